// The meetings REST (bundles/meetings/README.md) as the home page uses it.
import { call } from '@parley/web-kit/api';

export interface MeetingOptions {
  waitingRoom: boolean;
  guestsAllowed: boolean;
  joinBeforeHost: boolean;
  muteOnEntry: boolean;
  maxParticipants: number;
  locked: boolean;
}

export interface MeetingView {
  id: string;
  numericId: string;
  owner: string;
  title: string;
  start: string;
  localStart: string;
  timeZone: string;
  durationMinutes: number;
  recurrence: string | null;
  hasPasscode: boolean;
  options: MeetingOptions;
}

export interface MeetingPage {
  items: MeetingView[];
  page: number;
  size: number;
  total: number;
}

export interface InvitationView {
  link: string;
  numericId: string;
  passcode: string | null;
  hasPasscode: boolean;
  title: string;
  start: string;
  timeZone: string;
  recurrence: string | null;
}

/** What the form sends: every field on create, the changed ones on edit; "" clears recurrence or passcode. */
export type MeetingInput = Partial<{
  title: string;
  start: string;
  durationMinutes: number;
  timeZone: string;
  recurrence: string;
  passcode: string;
}> & Partial<MeetingOptions>;

const path = (id: string): string => 'meetings/' + encodeURIComponent(id);

export const meetings = {
  list: (page: number, size: number) => call<MeetingPage>('GET', `meetings?page=${page}&size=${size}`),
  create: (input: MeetingInput) => call<MeetingView>('POST', 'meetings', input),
  update: (id: string, input: MeetingInput) => call<MeetingView>('PATCH', path(id), input),
  remove: (id: string) => call<void>('DELETE', path(id)),
  invitation: (id: string) => call<InvitationView>('GET', path(id) + '/invitation'),
  calendarUrl: (id: string) => '/api/v1/' + path(id) + '/invitation.ics',
};

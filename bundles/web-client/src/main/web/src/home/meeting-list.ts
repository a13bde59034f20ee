// One row per meeting: when, and what the owner can do with it (start, invite, calendar file, edit, delete).
import { formatTime, h } from '@parley/web-kit/dom';
import { confirmStep } from '../shared/confirm';
import { meetings, MeetingView } from './meetings-api';

export interface RowActions {
  invite(meeting: MeetingView, button: HTMLButtonElement): void;
  edit(meeting: MeetingView, button: HTMLButtonElement): void;
  deleted(meeting: MeetingView): void;
  failed(error: unknown): void;
}

function when(meeting: MeetingView): string {
  const repeat = meeting.recurrence ? ' · repeats' : '';
  return `${formatTime(meeting.start)} (${meeting.timeZone}) · ${meeting.durationMinutes} min${repeat}`;
}

export function meetingRow(meeting: MeetingView, actions: RowActions): HTMLLIElement {
  const label = (verb: string): string => `${verb} "${meeting.title}"`;
  const button = (testId: string, text: string, aria: string, style = 'secondary small'): HTMLButtonElement =>
    h('button', { type: 'button', class: style, 'data-testid': testId, 'aria-label': aria }, text);
  const invite = button('meeting-invite', 'Copy invitation', label('Copy invitation for'));
  invite.addEventListener('click', () => actions.invite(meeting, invite));
  const edit = button('meeting-edit', 'Edit', label('Edit'));
  edit.addEventListener('click', () => actions.edit(meeting, edit));
  const remove = button('meeting-delete', 'Delete', label('Delete'), 'danger small');
  confirmStep(remove, 'Delete this meeting?', 'Delete', 'meeting-delete', async () => {
    try {
      await meetings.remove(meeting.id);
      actions.deleted(meeting);
    } catch (error) {
      actions.failed(error);
    }
  });
  const start = h('a', { class: 'button primary small', href: '/m/' + encodeURIComponent(meeting.id),
    'data-testid': 'meeting-start', 'aria-label': label('Start') }, 'Start');
  const calendar = h('a', { class: 'button secondary small', href: meetings.calendarUrl(meeting.id), download: '',
    'data-testid': 'meeting-ics', 'aria-label': label('Download .ics calendar file of') }, 'Download .ics');
  return h('li', { class: 'meeting', 'data-testid': 'meeting-row', 'data-meeting-id': meeting.id },
    h('div', { class: 'meeting-what' },
      h('strong', { class: 'meeting-title' }, meeting.title),
      h('span', { class: 'muted' }, when(meeting)),
      h('span', { class: 'muted' }, 'Meeting id ' + meeting.numericId + (meeting.hasPasscode ? ' · passcode' : ''))),
    h('div', { class: 'actions' }, start, invite, calendar, edit, remove));
}

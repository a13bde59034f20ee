// Meetings: the live meetings of everyone (read again every 10 s in the background), a live meeting's roster with
// each participant's connection quality, ending a meeting and removing a participant (both asked first); then the
// scheduled meetings of everyone.
import { call } from '@parley/web-kit/api';
import { formatTime, h } from '@parley/web-kit/dom';
import { Stop } from '../shell/routes';
import { feedback, Feedback } from '../shell/feedback';
import { act } from '../shell/action';
import { sessionEnded } from '../shell/session';
import { Connection, Quality, quality, qualityText } from '../admin/rules';

interface LiveMeeting {
  id: string;
  numericId: number;
  owner: string;
  title: string;
  participants: number;
  waiting: number;
  locked: boolean;
  hostPresent: boolean;
}

interface RosterEntry {
  participant: { id: string; name: string; role: string; staff: boolean; connected: boolean };
  state: string;
  connection: Connection | null;
}

interface Scheduled {
  id: string;
  numericId: string;
  owner: string;
  title: string;
  start: string;
  durationMinutes: number;
  recurrence: string | null;
}

const LOOK: Record<Quality, string> = { good: 'up', fair: 'warn', none: 'warn', poor: 'down' };

export async function renderMeetings(main: HTMLElement): Promise<Stop> {
  const status = feedback('meetings-status');
  const live = h('tbody', { 'data-testid': 'live-rows' });
  const roster = h('div', { 'data-testid': 'roster', 'aria-live': 'polite' });
  let open: LiveMeeting | null = null;
  const showRoster = async (meeting: LiveMeeting): Promise<void> => {
    open = meeting;
    await drawRoster(roster, meeting, status, refresh);
  };
  const refresh = async (background = false): Promise<void> => {
    const meetings = await call<LiveMeeting[]>('GET', 'live-meetings', undefined, { background });
    live.replaceChildren(...meetings.map((m) => liveRow(m, status, showRoster, refresh)));
    if (meetings.length === 0) {
      live.append(h('tr', {}, h('td', { colspan: '5' }, 'No meeting is live.')));
    }
    const still = meetings.find((m) => m.id === open?.id);
    if (still) {
      await drawRoster(roster, still, status, refresh, background);
    } else {
      open = null;
      roster.replaceChildren();
    }
  };
  main.append(h('h1', {}, 'Meetings'),
    h('section', { class: 'card', 'aria-labelledby': 'live-title' }, h('h2', { id: 'live-title' }, 'Live now'),
      h('p', {}, status.element),
      h('div', { class: 'table-wrap' }, h('table', {}, h('thead', {}, h('tr', {},
        ...['Meeting', 'Owner', 'Participants', 'State', 'Actions'].map((t) => h('th', {}, t)))), live)), roster),
    await scheduledSection());
  await refresh();
  // Redrawing under a keyboard user's focus would throw it back to the page's start: wait until focus moves on.
  const busy = (): boolean => live.contains(document.activeElement) || roster.contains(document.activeElement);
  const timer = window.setInterval(() => {
    if (!busy()) {
      void refresh(true).catch((error) => sessionEnded(error));
    }
  }, 10_000);
  return () => window.clearInterval(timer);
}

function liveRow(meeting: LiveMeeting, status: Feedback, show: (m: LiveMeeting) => Promise<void>,
  refresh: () => Promise<void>): HTMLElement {
  const rosterButton = h('button', { type: 'button', class: 'secondary small', 'data-testid': 'meeting-roster' },
    'Roster');
  const end = h('button', { type: 'button', class: 'danger small', 'data-testid': 'meeting-end' }, 'End');
  rosterButton.addEventListener('click', () => void show(meeting).catch((error) => status.failed(error)));
  end.addEventListener('click', () => void act(end, status, `Ending ${meeting.title}…`, `${meeting.title} ended.`,
    () => call('POST', `live-meetings/${encodeURIComponent(meeting.id)}/end`), { question: `End ${meeting.title}?`,
      yes: 'End the meeting', detail: `All ${meeting.participants} participants are disconnected and nobody but the `
        + 'owner can join again for an hour.' }).then((ok) => (ok ? refresh() : undefined)));
  return h('tr', { 'data-testid': 'live-row', 'data-id': meeting.id },
    h('td', {}, meeting.title, h('br', {}), h('span', { class: 'muted' }, meeting.numericId.toString())),
    h('td', {}, meeting.owner),
    h('td', {}, `${meeting.participants}`, meeting.waiting > 0 ? ` (+${meeting.waiting} waiting)` : ''),
    h('td', {}, [meeting.hostPresent ? 'host present' : 'no host', meeting.locked ? 'locked' : ''].filter(Boolean)
      .join(', ')),
    h('td', { class: 'action' }, rosterButton, ' ', end));
}

async function drawRoster(target: HTMLElement, meeting: LiveMeeting, status: Feedback,
  refresh: () => Promise<void>, background = false): Promise<void> {
  const roster = await call<{ participants: RosterEntry[] }>('GET',
    `live-meetings/${encodeURIComponent(meeting.id)}`, undefined, { background });
  const rows = roster.participants.map((entry) => rosterRow(meeting, entry, status, refresh));
  target.replaceChildren(h('h3', {}, `Roster of ${meeting.title}`),
    h('div', { class: 'table-wrap' }, h('table', {}, h('thead', {}, h('tr', {},
      ...['Participant', 'State', 'Connection', 'Actions'].map((t) => h('th', {}, t)))),
    h('tbody', { 'data-testid': 'roster-rows' }, ...rows))));
}

function rosterRow(meeting: LiveMeeting, entry: RosterEntry, status: Feedback,
  refresh: () => Promise<void>): HTMLElement {
  const who = entry.participant;
  const level = quality(entry.connection);
  const remove = h('button', { type: 'button', class: 'danger small', 'data-testid': 'participant-remove' },
    'Remove');
  remove.addEventListener('click', () => void act(remove, status, `Removing ${who.name}…`, `${who.name} removed.`,
    () => call('DELETE', `live-meetings/${encodeURIComponent(meeting.id)}/participants/`
      + encodeURIComponent(who.id)), { question: `Remove ${who.name} from ${meeting.title}?`, yes: 'Remove',
      detail: 'They are disconnected and see that they were removed; they may join again.' })
    .then((ok) => (ok ? refresh() : undefined)));
  return h('tr', { 'data-testid': 'roster-row', 'data-participant': who.id },
    h('td', {}, who.name, who.role !== 'participant' ? h('span', { class: 'tag' }, who.role) : null),
    h('td', {}, entry.state, who.connected ? '' : ' (reconnecting)'),
    h('td', {}, h('span', { class: `status status-${LOOK[level]}`, 'data-testid': 'quality', 'data-quality': level },
      level), ' ',
    h('span', { class: 'hint' }, qualityText(entry.connection))),
    h('td', { class: 'action' }, remove));
}

async function scheduledSection(): Promise<HTMLElement> {
  const page = await call<{ items: Scheduled[]; total: number }>('GET', 'meetings?all=true&page=0&size=50');
  const rows = page.items.map((m) => h('tr', { 'data-testid': 'scheduled-row' },
    h('td', {}, m.title, h('br', {}), h('span', { class: 'muted' }, m.numericId)), h('td', {}, m.owner),
    h('td', {}, formatTime(m.start)), h('td', {}, `${m.durationMinutes} min`),
    h('td', {}, m.recurrence ? 'repeats' : 'once')));
  return h('section', { class: 'card', 'aria-labelledby': 'scheduled-title' },
    h('h2', { id: 'scheduled-title' }, 'Scheduled'),
    h('p', { class: 'muted' }, `${page.total} ${page.total === 1 ? 'meeting' : 'meetings'} of all owners, by start`
      + (page.total > 50 ? '; the first 50 shown.' : '.')),
    rows.length === 0 ? h('p', {}, 'No meeting is scheduled.') : h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, ...['Meeting', 'Owner', 'Start', 'Length', 'Repeats'].map((t) => h('th', {}, t)))),
      h('tbody', {}, ...rows))));
}

// `/`: the signed-in person's meetings. The server sent this page only to a signed-in caller and wrote the meetings
// permissions it holds into <meta name="parley-grants">; the REST routes decide anyway.
import '../app.css';
import { ApiError } from '@parley/web-kit/api';
import { byId, h } from '@parley/web-kit/dom';
import { signedIn } from '../shared/account';
import { invitationBox } from './invitation';
import { meetingForm } from './meeting-form';
import { meetingRow } from './meeting-list';
import { meetings, MeetingView } from './meetings-api';

const PAGE_SIZE = 20;
let page = 0;

function grants(): Set<string> {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="parley-grants"]');
  return new Set((meta?.content ?? '').split(' ').filter(Boolean));
}

function fail(error: unknown): void {
  if (error instanceof ApiError && error.status === 401) {
    location.replace('/sign-in?next=/');
    return;
  }
  const slot = byId('page-error');
  slot.textContent = error instanceof ApiError ? error.problem.detail : 'Something went wrong. Reload the page.';
  slot.hidden = false;
}

function closeEditor(focus?: HTMLElement): void {
  byId('editor-slot').replaceChildren();
  byId('new-meeting').hidden = false;
  (focus ?? byId('new-meeting')).focus();
}

function openEditor(existing: MeetingView | null, returnTo: HTMLElement): void {
  const form = meetingForm(existing, async (saved) => {
    closeEditor(returnTo.isConnected ? returnTo : undefined);
    if (saved) {
      await load();
    }
  });
  byId('editor-slot').replaceChildren(form);
  byId('new-meeting').hidden = true;
  form.querySelector('input')?.focus();
}

async function invite(meeting: MeetingView, button: HTMLButtonElement): Promise<void> {
  try {
    const box = invitationBox(await meetings.invitation(meeting.id), () => {
      byId('invitation-slot').replaceChildren();
      button.focus();
    });
    byId('invitation-slot').replaceChildren(box);
    box.querySelector('textarea')?.focus();
  } catch (error) {
    fail(error);
  }
}

async function load(): Promise<void> {
  byId('page-error').hidden = true;
  try {
    const result = await meetings.list(page, PAGE_SIZE);
    const rows = result.items.map((meeting) => meetingRow(meeting, {
      invite,
      edit: (m, button) => openEditor(m, button),
      deleted: () => void load().then(() => byId('meetings-title').focus()),
      failed: fail,
    }));
    byId('meeting-list').replaceChildren(...(rows.length ? rows
      : [h('li', { class: 'muted', 'data-testid': 'meeting-none' }, 'No meetings yet.')]));
    const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
    byId('page-status').textContent = `Page ${page + 1} of ${pages}`;
    byId<HTMLButtonElement>('page-prev').disabled = page === 0;
    byId<HTMLButtonElement>('page-next').disabled = page + 1 >= pages;
  } catch (error) {
    fail(error);
  }
}

function wire(): void {
  byId('new-meeting').addEventListener('click', () => openEditor(null, byId('new-meeting')));
  byId('page-prev').addEventListener('click', () => void (page > 0 && (page--, load())));
  byId('page-next').addEventListener('click', () => void (page++, load()));
}

async function start(): Promise<void> {
  const allowed = grants();
  try {
    const me = await signedIn();
    if (!me) {
      location.replace('/sign-in?next=/');
      return;
    }
    byId('who-name').textContent = me.displayName;
    byId('who').hidden = false;
  } catch (error) {
    fail(error);
    return;
  }
  byId('no-meetings-permission').hidden = allowed.has('meetings:write');
  if (!allowed.has('meetings:read')) {
    return;
  }
  byId('meetings-card').hidden = false;
  byId('new-meeting').hidden = !allowed.has('meetings:write');
  byId('meetings-title').setAttribute('tabindex', '-1');
  wire();
  await load();
}

void start();

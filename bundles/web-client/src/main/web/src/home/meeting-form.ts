// The "New meeting" / "Edit meeting" form. A problem the server names by field is shown next to that field
// (data-field carries the JSON name); on edit only the fields that changed are sent.
import { field, h, onSubmit } from '@parley/web-kit/dom';
import { MeetingInput, meetings, MeetingView } from './meetings-api';
import { browserZone, knownZones, zonedIso } from './zoned-time';

const CHECKS: [keyof MeetingInput, string][] = [
  ['waitingRoom', 'Waiting room: the host admits each person'],
  ['guestsAllowed', 'Guests without an account may join'],
  ['joinBeforeHost', 'People may join before the host'],
  ['muteOnEntry', 'Mute people when they join'],
  ['locked', 'Locked: nobody new may join'],
];

const PRESETS: [string, string][] = [
  ['', 'Does not repeat'], ['FREQ=DAILY', 'Every day'], ['FREQ=WEEKLY', 'Every week'],
  ['FREQ=WEEKLY;INTERVAL=2', 'Every two weeks'],
];

function control<K extends 'input' | 'select'>(tag: K, name: string, attributes: Record<string, string | boolean> = {}):
  HTMLElementTagNameMap[K] {
  return h(tag, { name, 'data-field': name, 'data-testid': 'meeting-' + name, ...attributes });
}

function nextHour(): string {
  const start = new Date(Date.now() + 60 * 60 * 1000);
  start.setMinutes(0, 0, 0);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${start.getFullYear()}-${pad(start.getMonth() + 1)}-${pad(start.getDate())}T${pad(start.getHours())}:00`;
}

function zoneSelect(current: string): HTMLSelectElement {
  const select = control('select', 'timeZone');
  select.append(...knownZones(current).map((zone) => h('option', { value: zone }, zone.replaceAll('_', ' '))));
  select.value = current;
  return select;
}

function checkField(name: string, label: string, checked: boolean): HTMLDivElement {
  const box = control('input', name, { type: 'checkbox', id: 'meeting-' + name });
  box.checked = checked;
  return h('div', { class: 'field check' }, box, h('label', { for: box.id }, label),
    h('p', { class: 'field-error', id: box.id + '-error', hidden: true }));
}

/** Builds the form; `done` runs after a successful save (with the saved meeting) or on cancel (with null). */
export function meetingForm(existing: MeetingView | null, done: (saved: MeetingView | null) => void): HTMLFormElement {
  const zone = existing?.timeZone ?? browserZone();
  const title = control('input', 'title', { maxlength: '200', required: true, value: existing?.title ?? '' });
  const start = control('input', 'start', { type: 'datetime-local', required: true,
    value: existing ? existing.localStart.slice(0, 16) : nextHour() });
  const duration = control('input', 'durationMinutes', { type: 'number', min: '1', max: '1440', required: true,
    value: String(existing?.durationMinutes ?? 60) });
  const zones = zoneSelect(zone);
  const recurrence = control('input', 'recurrence', { value: existing?.recurrence ?? '', spellcheck: 'false' });
  const preset = h('select', { id: 'meeting-repeat', 'data-testid': 'meeting-repeat' },
    ...PRESETS.map(([rule, label]) => h('option', { value: rule }, label)));
  preset.value = PRESETS.some(([rule]) => rule === recurrence.value) ? recurrence.value : '';
  preset.addEventListener('change', () => (recurrence.value = preset.value));
  const passcode = control('input', 'passcode', { inputmode: 'numeric', autocomplete: 'off', maxlength: '10',
    pattern: '[0-9]{6,10}' });
  const max = control('input', 'maxParticipants', { type: 'number', min: '2', max: '1000',
    value: existing ? String(existing.options.maxParticipants) : '' });
  const options = existing?.options;
  const form = h('form', { class: 'editor', novalidate: true, 'data-testid': 'meeting-form',
    'aria-label': existing ? 'Edit meeting' : 'New meeting' },
  h('h3', {}, existing ? 'Edit meeting' : 'New meeting'),
  h('p', { class: 'form-error', role: 'alert', hidden: true }),
  field('meeting-title', 'Title', title),
  h('div', { class: 'row' }, field('meeting-start', 'Starts', start), field('meeting-duration', 'Minutes', duration)),
  field('meeting-zone', 'Time zone', zones),
  h('div', { class: 'field' }, h('label', { for: 'meeting-repeat' }, 'Repeats'), preset),
  field('meeting-recurrence', 'Repeat rule (RRULE)', recurrence,
    'Optional, e.g. FREQ=WEEKLY;BYDAY=MO,TH;COUNT=10 or UNTIL=20270401T000000Z.'),
  field('meeting-passcode', 'Passcode', passcode, existing?.hasPasscode
    ? 'Leave empty to keep the current passcode; 6 to 10 digits to change it.' : 'Optional: 6 to 10 digits.'),
  existing?.hasPasscode ? checkField('clearPasscode', 'Remove the passcode', false) : null,
  h('fieldset', { class: 'field' }, h('legend', {}, 'Options'),
    ...CHECKS.map(([name, label]) => checkField(name, label,
      options ? Boolean(options[name as keyof typeof options]) : name === 'waitingRoom' || name === 'guestsAllowed'))),
  field('meeting-max', 'Most participants', max, existing ? undefined : 'Optional: the policy\'s limit applies.'),
  h('p', { class: 'actions' },
    h('button', { type: 'submit', class: 'primary', 'data-testid': 'meeting-save' }, existing ? 'Save' : 'Create'),
    h('button', { type: 'button', class: 'secondary', 'data-testid': 'meeting-cancel' }, 'Cancel')));
  form.querySelector('[data-testid="meeting-cancel"]')?.addEventListener('click', () => done(null));
  form.addEventListener('keydown', (event) => event.key === 'Escape' && done(null));
  onSubmit(form, async () => {
    const input = read(form, existing);
    done(existing ? await meetings.update(existing.id, changed(input, existing)) : await meetings.create(input));
  });
  return form;
}

function value(form: HTMLFormElement, name: string): HTMLInputElement {
  return form.querySelector(`[data-field="${name}"]`) as HTMLInputElement;
}

function read(form: HTMLFormElement, existing: MeetingView | null): MeetingInput {
  const zone = value(form, 'timeZone').value;
  const local = value(form, 'start').value;
  const input: MeetingInput = {
    title: value(form, 'title').value.trim(),
    start: local ? zonedIso(local, zone) : '',
    durationMinutes: Number(value(form, 'durationMinutes').value),
    timeZone: zone,
    recurrence: value(form, 'recurrence').value.trim(),
  };
  for (const [name] of CHECKS) {
    (input as Record<string, unknown>)[name] = value(form, name).checked;
  }
  const max = value(form, 'maxParticipants').value.trim();
  if (max) {
    input.maxParticipants = Number(max);
  }
  const passcode = value(form, 'passcode').value.trim();
  if (existing?.hasPasscode && value(form, 'clearPasscode').checked) {
    input.passcode = '';
  } else if (passcode) {
    input.passcode = passcode;
  } else if (!existing) {
    delete input.passcode;
  }
  if (!existing && !input.recurrence) {
    delete input.recurrence;
  }
  return input;
}

/** Only what differs from the meeting as loaded (the audit records which fields an edit sent). */
function changed(input: MeetingInput, existing: MeetingView): MeetingInput {
  const before: Record<string, unknown> = { ...existing.options, title: existing.title, timeZone: existing.timeZone,
    durationMinutes: existing.durationMinutes, recurrence: existing.recurrence ?? '' };
  const out: Record<string, unknown> = {};
  for (const [key, after] of Object.entries(input)) {
    const same = key === 'start' ? Date.parse(String(after)) === Date.parse(existing.start) : before[key] === after;
    if (!same || key === 'passcode') {
      out[key] = after;
    }
  }
  return out as MeetingInput;
}

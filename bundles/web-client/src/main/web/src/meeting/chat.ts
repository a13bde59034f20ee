// The chat panel: to everyone or to one person; every message is inserted as text (never parsed as markup).
import { formError, h } from '@parley/web-kit/dom';
import { ClientMessage, MAX_CHAT } from './protocol';
import { ChatLine, MeetingState } from './state';

function timeOf(at: string): string {
  const time = new Date(at);
  return Number.isNaN(time.getTime()) ? '' : time.toLocaleTimeString(undefined, { timeStyle: 'short' });
}

export class Chat {
  private shown = 0;
  unread = 0;

  constructor(private readonly log: HTMLElement, private readonly to: HTMLSelectElement,
    private readonly form: HTMLFormElement, private readonly text: HTMLTextAreaElement,
    private readonly send: (message: ClientMessage) => boolean, private readonly announce: (text: string) => void) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit();
    });
    text.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey) {
        event.preventDefault();
        this.submit();
      }
    });
  }

  render(state: MeetingState, visible: boolean): void {
    const fresh = state.chat.filter((line) => line.seq > this.shown);
    for (const line of fresh) {
      this.log.append(this.line(line, state.you));
      if (line.from !== state.you) {
        this.announce(`${line.fromName}${line.to ? ' (privately)' : ''}: ${line.text}`);
        this.unread += visible ? 0 : 1;
      }
      this.shown = line.seq;
    }
    if (fresh.length) {
      this.log.lastElementChild?.scrollIntoView({ block: 'end' });
    }
    this.recipients(state);
  }

  private line(line: ChatLine, you: string | null): HTMLLIElement {
    const mine = line.from === you;
    const privately = line.to ? (mine ? ' (privately)' : ' (privately to you)') : '';
    return h('li', { class: mine ? 'chat-line chat-mine' : 'chat-line', 'data-testid': 'chat-message',
      'data-from': line.from, 'data-private': line.to ? 'true' : 'false' },
    h('span', { class: 'chat-meta' }, h('strong', { 'data-testid': 'chat-from' }, mine ? 'You' : line.fromName),
      privately, ' ', h('time', { datetime: line.at }, timeOf(line.at))),
    h('span', { class: 'chat-text', 'data-testid': 'chat-text' }, line.text));
  }

  private recipients(state: MeetingState): void {
    const chosen = this.to.value;
    const others = state.participants.filter((p) => p.id !== state.you);
    this.to.replaceChildren(h('option', { value: '' }, 'Everyone'),
      ...others.map((p) => h('option', { value: p.id }, p.name)));
    this.to.value = others.some((p) => p.id === chosen) ? chosen : '';
  }

  private submit(): void {
    const text = this.text.value.trim();
    if (!text) {
      return;
    }
    if (text.length > MAX_CHAT) {
      formError(this.form, `A message has at most ${MAX_CHAT} characters.`);
      return;
    }
    const to = this.to.value;
    if (this.send(to ? { type: 'chat', text, to } : { type: 'chat', text })) {
      this.text.value = '';
      this.form.querySelector<HTMLElement>('.form-error')?.setAttribute('hidden', '');
    } else {
      formError(this.form, 'Not connected: the message was not sent. Try again in a moment.');
    }
  }
}

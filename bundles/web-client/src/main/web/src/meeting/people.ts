// The participants panel: the roster, and for hosts and co-hosts the lobby (admit / deny / admit all) and a menu per
// participant. What is shown to non-hosts is only a convenience: the server refuses host commands from them.
import { h } from '@parley/web-kit/dom';
import { ClientMessage, isHost, Knock, MAX_NAME, Participant } from './protocol';
import { MeetingState, me } from './state';
import { badges, marks } from './tiles';

type Send = (message: ClientMessage) => boolean;

function button(text: string, testId: string, label: string, run: () => void, style = 'secondary small'):
  HTMLButtonElement {
  const b = h('button', { type: 'button', class: style, 'data-testid': testId, 'aria-label': label,
    'data-focus-key': testId + ':' + label }, text);
  b.addEventListener('click', run);
  return b;
}

export class People {
  private readonly open = new Set<string>();
  private renaming: string | null = null;
  private draft = '';

  constructor(private readonly list: HTMLElement, private readonly lobby: HTMLElement,
    private readonly send: Send, private readonly rerender: () => void) {}

  render(state: MeetingState): void {
    const host = isHost(me(state)?.role);
    const focused = (document.activeElement as HTMLElement | null)?.dataset?.focusKey;
    this.list.replaceChildren(...state.participants.map((p) => this.row(p, host && p.id !== state.you)));
    this.lobby.replaceChildren(...(host ? state.lobby.map((k) => this.knock(k)) : []));
    if (focused) {
      this.list.parentElement?.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focused)}"]`)?.focus();
    }
  }

  private knock(k: Knock): HTMLLIElement {
    return h('li', { class: 'person', 'data-testid': 'lobby-entry', 'data-participant-id': k.id },
      h('span', { class: 'person-name' }, k.name),
      h('span', { class: k.staff ? 'tag' : 'tag tag-guest' }, k.staff ? 'staff' : 'guest'),
      h('span', { class: 'actions' },
        button('Admit', 'lobby-admit', `Admit ${k.name}`, () => this.send({ type: 'admit', participant: k.id }),
          'primary small'),
        button('Deny', 'lobby-deny', `Deny ${k.name}`, () => this.send({ type: 'deny', participant: k.id }))));
  }

  private row(p: Participant, withMenu: boolean): HTMLLIElement {
    const expanded = this.open.has(p.id);
    const toggle = withMenu ? button('Actions', 'host-menu-toggle', `Actions for ${p.name}`, () => {
      if (!this.open.delete(p.id)) {
        this.open.add(p.id);
      }
      this.rerender();
    }) : null;
    toggle?.setAttribute('aria-expanded', String(expanded));
    return h('li', { class: 'person', 'data-testid': 'participant-row', 'data-participant-id': p.id },
      h('span', { class: 'person-name' }, p.name), ...badges(p), ...marks(p), toggle,
      withMenu && expanded ? this.menu(p) : null);
  }

  private menu(p: Participant): HTMLElement {
    const to = { participant: p.id };
    const act = (message: ClientMessage) => () => {
      this.open.delete(p.id);
      this.send(message);
      this.rerender();
    };
    const cohost = p.role === 'cohost';
    const items = [
      button('Mute', 'host-mute', `Mute ${p.name}`, act({ type: 'mute', ...to })),
      button('Ask to unmute', 'host-ask-unmute', `Ask to unmute: ${p.name}`, act({ type: 'ask-unmute', ...to })),
      button('Stop video', 'host-stop-video', `Stop video of ${p.name}`, act({ type: 'stop-video', ...to })),
      p.role === 'host' ? null : button(cohost ? 'Remove co-host' : 'Make co-host', 'host-cohost',
        `${cohost ? 'Remove co-host role of' : 'Make co-host:'} ${p.name}`,
        act({ type: 'cohost', ...to, cohost: !cohost })),
      button('Rename', 'host-rename', `Rename ${p.name}`, () => {
        this.renaming = p.id;
        this.draft = p.name;
        this.rerender();
      }),
      button('Remove', 'host-remove', `Remove ${p.name}`, act({ type: 'remove', ...to, block: false }), 'danger small'),
      button('Remove and block', 'host-remove-block', `Remove and block ${p.name} from joining again`,
        act({ type: 'remove', ...to, block: true }), 'danger small'),
    ];
    return h('div', { class: 'host-menu', role: 'group', 'aria-label': `Actions for ${p.name}`,
      'data-testid': 'host-menu' }, ...items, this.renaming === p.id ? this.renameForm(p) : null);
  }

  private renameForm(p: Participant): HTMLFormElement {
    const input = h('input', { id: 'rename-' + p.id, maxlength: String(MAX_NAME), 'data-testid': 'rename-input' });
    input.value = this.draft;
    input.addEventListener('input', () => (this.draft = input.value));
    const form = h('form', { class: 'rename', novalidate: true },
      h('label', { for: input.id }, `New name for ${p.name}`), input,
      h('button', { type: 'submit', class: 'primary small', 'data-testid': 'rename-save' }, 'Save'));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const name = input.value.trim();
      if (name) {
        this.send({ type: 'rename', participant: p.id, name });
        this.renaming = null;
        this.open.delete(p.id);
        this.rerender();
      }
    });
    queueMicrotask(() => input.focus());
    return form;
  }
}

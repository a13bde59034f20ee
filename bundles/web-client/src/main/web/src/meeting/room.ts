// The meeting screen: header, grid, participants and chat panels (overlays on narrow screens; Escape closes them),
// notices, and the person's own controls (microphone, camera, hand, leave) plus the hosts' meeting controls.
import { byId, h } from '@parley/web-kit/dom';
import { confirmStep } from '../shared/confirm';
import { Chat } from './chat';
import { KnockBanner } from './knock-banner';
import { LocalMedia } from './media';
import { MediaCause } from './media-causes';
import { MediaView, MeetingMedia, screenShareSupported } from './meeting-media';
import { People } from './people';
import { setToggle } from './prejoin';
import { ClientMessage, isHost, ServerMessage } from './protocol';
import { RemoteMedia } from './remote-media';
import { me, MeetingState } from './state';
import { Grid } from './tiles';

type Send = (message: ClientMessage) => boolean;
const PANELS: [string, string][] = [['people-panel', 'open-people'], ['chat-panel', 'open-chat']];
/** Below this width (app.css) an open panel is an overlay covering the whole meeting screen. */
const OVERLAY = '(max-width: 760px)';

/** Where the focus goes in a panel just opened: its first shown control, else its Close button. */
function firstControl(panel: HTMLElement): HTMLElement | null {
  const controls = Array.from(panel.querySelectorAll<HTMLElement>('select, textarea, button:not([data-close-panel])'));
  return controls.find((control) => control.getClientRects().length > 0)
    ?? panel.querySelector<HTMLElement>('[data-close-panel]');
}

/**
 * While a panel covers the meeting screen, everything else in it is inert: TAB stays in the panel instead of
 * focusing controls hidden under it. The last open panel in the page is the one on top.
 */
function coverUnderPanel(): void {
  const open = PANELS.map(([panelId]) => byId(panelId)).filter((panel) => !panel.hidden);
  const top = window.matchMedia(OVERLAY).matches ? open[open.length - 1] : undefined;
  for (const part of Array.from(byId('room').children)) {
    (part as HTMLElement).inert = top !== undefined && part !== top;
  }
}

export class Room {
  private state: MeetingState | null = null;
  private noticesShown = 0;
  private readonly grid: Grid;
  private readonly people: People;
  private readonly chat: Chat;
  private readonly knock: KnockBanner;
  private hostControls: { lock: HTMLButtonElement } | null = null;
  private readonly remote: RemoteMedia;
  private readonly call: MeetingMedia;

  constructor(private readonly media: LocalMedia, private readonly send: Send, private readonly leave: () => void,
    private readonly announce: (text: string) => void) {
    // Media changes only touch the grid (the panels keep their focus and scroll).
    this.remote = new RemoteMedia(() => this.state && this.grid.render(this.state));
    this.call = new MeetingMedia(media, send, this.remote, this.mediaView());
    this.grid = new Grid(byId('grid'), media, this.remote);
    this.people = new People(byId('people'), byId('lobby-list'), send, () => this.redraw());
    this.chat = new Chat(byId('chat-log'), byId<HTMLSelectElement>('chat-to'), byId<HTMLFormElement>('chat-form'),
      byId<HTMLTextAreaElement>('chat-text'), send, announce);
    this.knock = new KnockBanner(send, announce, () => this.openLobby());
    this.wireToolbar();
    this.wirePanels();
  }

  render(state: MeetingState): void {
    const before = this.state;
    this.state = state;
    const self = me(state);
    const previous = before?.phase === 'admitted' ? me(before) : undefined;
    if (self && !previous) {
      this.sendInitialMedia(self.audioMuted, self.videoMuted);
    } else if (self && previous) {
      this.followServer(!previous.audioMuted && self.audioMuted, !previous.videoMuted && self.videoMuted);
    }
    this.redraw();
  }

  /** Every server message, after the state took it: media negotiation, resets, and the others leaving. */
  received(message: ServerMessage): void {
    if (message.type === 'welcome') {
      this.call.admitted();
    } else if (message.type === 'left') {
      this.remote.forget(message.participant);
    } else {
      this.call.received(message);
    }
  }

  /** The join ended: the peer connection closes and the others' media goes. */
  stopMedia(): void {
    this.call.stop();
  }

  private mediaView(): MediaView {
    return {
      notice: (cause, text) => this.showNotice('media', text, cause),
      link: (name, value) => {
        const key = 'media' + name[0].toUpperCase() + name.slice(1);
        if (value === null) {
          delete byId('room').dataset[key];
        } else {
          byId('room').dataset[key] = value;
        }
      },
      sharing: (on) => setToggle(byId('toggle-screen'), on, 'Stop sharing', 'Share screen'),
    };
  }

  private redraw(): void {
    const state = this.state;
    if (!state) {
      return;
    }
    const self = me(state);
    byId('room-title').textContent = state.meeting?.title ?? '';
    document.title = (state.meeting?.title || 'Meeting') + ' · Parley';
    byId('room-locked').hidden = !state.meeting?.locked;
    byId('people-count').textContent = `(${state.participants.length})`;
    this.grid.render(state);
    this.people.render(state);
    this.chat.render(state, !byId('chat-panel').hidden);
    this.showUnread();
    const host = isHost(self?.role);
    byId('lobby-list-box').hidden = !host || state.lobby.length === 0;
    this.renderKnock();
    this.renderHostControls(host, state.meeting?.locked ?? false);
    setToggle(byId('toggle-mic'), !this.media.audioOn, 'Unmute', 'Mute');
    setToggle(byId('toggle-camera'), !this.media.videoOn, 'Start video', 'Stop video');
    setToggle(byId('toggle-hand'), self?.handRaised ?? false, 'Lower hand', 'Raise hand');
    this.renderNotices(state);
  }

  /** Tells the server what the pre-join screen chose, unless it already knows (mute on entry wins). */
  private sendInitialMedia(audioMuted: boolean, videoMuted: boolean): void {
    if (audioMuted) {
      this.media.setAudio(false);
    }
    const wanted = { audioMuted: !this.media.audioOn, videoMuted: !this.media.videoOn };
    if (wanted.audioMuted !== audioMuted || wanted.videoMuted !== videoMuted) {
      this.send({ type: 'media', ...wanted });
    }
  }

  /**
   * A host just muted us or stopped our video (the server's view changed to muted): the local tracks follow.
   * Unmuting is always the person's own act, so a change the other way is never followed.
   */
  private followServer(mutedNow: boolean, videoStoppedNow: boolean): void {
    if (mutedNow && this.media.audioOn) {
      this.media.setAudio(false);
    }
    if (videoStoppedNow && this.media.videoOn) {
      this.media.setVideo(false);
    }
  }

  private sendMedia(): void {
    this.send({ type: 'media', audioMuted: !this.media.audioOn, videoMuted: !this.media.videoOn });
    this.redraw();
  }

  private wireToolbar(): void {
    byId('toggle-mic').addEventListener('click', () => {
      this.media.setAudio(!this.media.audioOn);
      this.sendMedia();
    });
    byId('toggle-camera').addEventListener('click', () => {
      this.media.setVideo(!this.media.videoOn);
      this.sendMedia();
    });
    byId('toggle-hand').addEventListener('click', () => {
      const self = this.state && me(this.state);
      this.send({ type: 'hand', raised: !(self?.handRaised ?? false) });
    });
    const screen = byId('toggle-screen');
    screen.hidden = !screenShareSupported();
    screen.addEventListener('click', () => void this.call.toggleScreen());
    byId('leave').addEventListener('click', () => this.leave());
    byId('admit-all').addEventListener('click', () => this.send({ type: 'admit' }));
  }

  private wirePanels(): void {
    for (const [panelId, openerId] of PANELS) {
      byId(openerId).addEventListener('click', () => this.togglePanel(panelId, openerId));
      byId(panelId).querySelector('[data-close-panel]')?.addEventListener('click', () =>
        this.togglePanel(panelId, openerId, false));
    }
    window.matchMedia(OVERLAY).addEventListener('change', coverUnderPanel);
    document.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') {
        return;
      }
      for (const [panelId, openerId] of PANELS) {
        if (!byId(panelId).hidden && byId(panelId).contains(document.activeElement)) {
          this.togglePanel(panelId, openerId, false);
          return;
        }
      }
      PANELS.forEach(([panelId, openerId]) => !byId(panelId).hidden && this.togglePanel(panelId, openerId, false));
    });
  }

  private togglePanel(panelId: string, openerId: string, show = byId(panelId).hidden): void {
    const panel = byId(panelId);
    panel.hidden = !show;
    byId(openerId).setAttribute('aria-expanded', String(show));
    byId('room').classList.toggle('with-' + panelId, show);
    coverUnderPanel();
    this.renderKnock();
    if (show) {
      this.chat.unread = panelId === 'chat-panel' ? 0 : this.chat.unread;
      this.showUnread();
      firstControl(panel)?.focus();
    } else if (byId(openerId).closest('[inert]')) {
      // The other panel still covers the screen: the focus goes into it, not under it.
      const other = PANELS.map(([id]) => byId(id)).find((open) => !open.hidden && !open.inert);
      (other && firstControl(other))?.focus();
    } else {
      byId(openerId).focus();
    }
  }

  private renderKnock(): void {
    if (this.state) {
      this.knock.render(this.state.lobby, isHost(me(this.state)?.role), !byId('people-panel').hidden);
    }
  }

  /** "See waiting room": the participants panel, focus on its first lobby control (Admit all). */
  private openLobby(): void {
    if (byId('people-panel').hidden) {
      this.togglePanel('people-panel', 'open-people', true);
    }
    byId('lobby-list-box').scrollIntoView({ block: 'nearest' });
  }

  private showUnread(): void {
    const badge = byId('chat-unread');
    badge.textContent = this.chat.unread ? `${this.chat.unread} new` : '';
    badge.hidden = this.chat.unread === 0;
  }

  private renderHostControls(host: boolean, locked: boolean): void {
    const box = byId('meeting-controls');
    box.hidden = !host;
    if (host && !this.hostControls) {
      const muteAll = h('button', { type: 'button', class: 'secondary small', 'data-testid': 'host-mute-all' },
        'Mute everyone');
      muteAll.addEventListener('click', () => this.send({ type: 'mute' }));
      const lock = h('button', { type: 'button', class: 'secondary small', 'data-testid': 'host-lock' }, 'Lock');
      lock.addEventListener('click', () => this.send({ type: 'lock', locked: !this.state?.meeting?.locked }));
      const end = h('button', { type: 'button', class: 'danger small', 'data-testid': 'host-end' }, 'End for all');
      confirmStep(end, 'End the meeting for everyone?', 'End meeting', 'host-end', () => {
        this.send({ type: 'end' });
      });
      box.replaceChildren(muteAll, lock, end);
      this.hostControls = { lock };
    }
    if (this.hostControls) {
      this.hostControls.lock.textContent = locked ? 'Unlock meeting' : 'Lock meeting';
      this.hostControls.lock.setAttribute('aria-pressed', String(locked));
    }
  }

  private renderNotices(state: MeetingState): void {
    for (const notice of state.notices.filter((n) => n.seq > this.noticesShown)) {
      this.noticesShown = notice.seq;
      this.showNotice(notice.kind, notice.text);
    }
  }

  /** A notice with Dismiss (and Unmute when asked to), announced; the newest three stay. */
  private showNotice(kind: string, text: string, cause?: MediaCause): void {
    const box = byId('notices');
    const dismiss = h('button', { type: 'button', class: 'secondary small', 'data-testid': 'notice-dismiss',
      'aria-label': 'Dismiss: ' + text }, 'Dismiss');
    const item = h('div', { class: 'notice-item', 'data-testid': 'notice', 'data-kind': kind,
      'data-cause': cause ?? false, role: kind === 'error' ? 'alert' : 'status' }, h('span', {}, text),
    kind === 'unmute-requested' ? this.unmuteButton(() => item.remove()) : null, dismiss);
    dismiss.addEventListener('click', () => item.remove());
    box.append(item);
    this.announce(text);
    while (box.children.length > 3) {
      box.firstElementChild?.remove();
    }
  }

  private unmuteButton(done: () => void): HTMLButtonElement {
    const unmute = h('button', { type: 'button', class: 'primary small', 'data-testid': 'notice-unmute' }, 'Unmute');
    unmute.addEventListener('click', () => {
      this.media.setAudio(true);
      this.sendMedia();
      done();
    });
    return unmute;
  }
}

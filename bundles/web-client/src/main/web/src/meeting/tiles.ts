// The participant grid: one tile per participant, kept across renders (keyed by id) so the person's own camera
// preview keeps playing while the roster changes.
import { h } from '@parley/web-kit/dom';
import { Participant } from './protocol';
import { LocalMedia } from './media';
import { MeetingState } from './state';

export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((w) => Array.from(w)[0]?.toUpperCase() ?? '').join('') || '?';
}

export function roleText(p: Participant): string | null {
  return p.role === 'host' ? 'Host' : p.role === 'cohost' ? 'Co-host' : null;
}

/** Small state marks with words for screen readers; the same on tiles and in the list. */
export function marks(p: Participant): HTMLElement[] {
  const mark = (testId: string, symbol: string, text: string): HTMLElement =>
    h('span', { class: 'mark', 'data-testid': testId, title: text },
      h('span', { 'aria-hidden': 'true' }, symbol), h('span', { class: 'visually-hidden' }, text));
  return [
    p.audioMuted ? mark('icon-muted', '🔇', 'Muted') : null,
    p.videoMuted ? mark('icon-camera-off', '📷̸', 'Camera off') : null,
    p.handRaised ? mark('icon-hand', '✋', 'Hand raised') : null,
    p.connected ? null : mark('icon-reconnecting', '…', 'Reconnecting'),
  ].filter((m): m is HTMLElement => m !== null);
}

export function badges(p: Participant): HTMLElement[] {
  const role = roleText(p);
  return [
    h('span', { class: p.staff ? 'tag' : 'tag tag-guest', 'data-testid': p.staff ? 'badge-staff' : 'badge-guest' },
      p.staff ? 'staff' : 'guest'),
    role ? h('span', { class: 'tag', 'data-testid': 'badge-role' }, role) : null,
  ].filter((b): b is HTMLElement => b !== null);
}

export class Grid {
  private readonly tiles = new Map<string, HTMLLIElement>();
  private readonly ownVideo: HTMLVideoElement;

  constructor(private readonly root: HTMLElement, private readonly media: LocalMedia) {
    this.ownVideo = h('video', { class: 'tile-video', autoplay: true, playsinline: true, 'data-testid': 'own-video',
      'aria-label': 'Your camera' });
    this.ownVideo.muted = true;
  }

  render(state: MeetingState): void {
    const seen = new Set<string>();
    for (const participant of state.participants) {
      seen.add(participant.id);
      const tile = this.tiles.get(participant.id) ?? this.create(participant.id);
      this.fill(tile, participant, participant.id === state.you);
      this.root.append(tile);
    }
    for (const [id, tile] of this.tiles) {
      if (!seen.has(id)) {
        tile.remove();
        this.tiles.delete(id);
      }
    }
    this.root.dataset.count = String(seen.size);
  }

  private create(id: string): HTMLLIElement {
    const tile = h('li', { class: 'tile', 'data-testid': 'participant-tile', 'data-participant-id': id },
      h('div', { class: 'tile-picture' }), h('div', { class: 'tile-info' }));
    this.tiles.set(id, tile);
    return tile;
  }

  private fill(tile: HTMLLIElement, p: Participant, own: boolean): void {
    tile.classList.toggle('tile-own', own);
    tile.classList.toggle('tile-hand', p.handRaised);
    const picture = tile.querySelector('.tile-picture') as HTMLElement;
    const showVideo = own && this.media.stream !== null && this.media.videoOn && !p.videoMuted;
    if (showVideo) {
      if (this.ownVideo.srcObject !== this.media.stream) {
        this.ownVideo.srcObject = this.media.stream;
      }
      if (picture.firstChild !== this.ownVideo) {
        picture.replaceChildren(this.ownVideo);
      }
    } else {
      picture.replaceChildren(h('span', { class: 'avatar', 'aria-hidden': 'true' }, initials(p.name)));
    }
    const info = tile.querySelector('.tile-info') as HTMLElement;
    info.replaceChildren(h('span', { class: 'tile-name', 'data-testid': 'participant-name' },
      p.name + (own ? ' (you)' : '')), ...badges(p), ...marks(p));
  }
}

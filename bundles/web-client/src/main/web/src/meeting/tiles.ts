// The participant grid: one tile per participant, kept across renders (keyed by id) so the person's own camera
// preview and the others' video keep playing while the roster changes; screen shares come first, larger.
import { h } from '@parley/web-kit/dom';
import { Participant } from './protocol';
import { LocalMedia } from './media';
import { RemoteMedia, showsVideo } from './remote-media';
import { ScreenTiles } from './screen-tiles';
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

function avatar(p: Participant): HTMLElement {
  return h('span', { class: 'avatar', 'aria-hidden': 'true' }, initials(p.name));
}

export function badges(p: Participant): HTMLElement[] {
  const role = roleText(p);
  return [
    h('span', { class: p.staff ? 'tag' : 'tag tag-guest', 'data-testid': p.staff ? 'badge-staff' : 'badge-guest' },
      p.staff ? 'staff' : 'guest'),
    role ? h('span', { class: 'tag', 'data-testid': 'badge-role' }, role) : null,
  ].filter((b): b is HTMLElement => b !== null);
}

/** Replaces an element's children only when they differ, so a playing video is not moved needlessly. */
function keepChildren(parent: HTMLElement, children: HTMLElement[]): void {
  const same = parent.children.length === children.length
    && children.every((child, i) => parent.children[i] === child);
  if (!same) {
    parent.replaceChildren(...children);
  }
}

/** Marks the dominant speaker in words as well as with the border style (not by colour alone). */
function speakingMark(): HTMLElement {
  return h('span', { class: 'mark speaking-mark', 'data-testid': 'icon-speaking' },
    h('span', { 'aria-hidden': 'true' }, '🔊'), h('span', {}, 'Speaking'));
}

export class Grid {
  private readonly tiles = new Map<string, HTMLLIElement>();
  private readonly ownVideo: HTMLVideoElement;
  private readonly screens: ScreenTiles;

  constructor(private readonly root: HTMLElement, private readonly media: LocalMedia,
    private readonly remote: RemoteMedia) {
    this.screens = new ScreenTiles(remote);
    this.ownVideo = h('video', { class: 'tile-video', autoplay: true, playsinline: true, 'data-testid': 'own-video',
      'aria-label': 'Your camera' });
    this.ownVideo.muted = true;
  }

  render(state: MeetingState): void {
    const seen = new Set<string>();
    const shown: HTMLElement[] = this.screens.render(state);
    for (const participant of state.participants) {
      seen.add(participant.id);
      const own = participant.id === state.you;
      const tile = this.tiles.get(participant.id) ?? this.create(participant.id, own);
      this.fill(tile, participant, own, participant.id === state.speaker);
      shown.push(tile);
    }
    keepChildren(this.root, shown);
    for (const [id, tile] of this.tiles) {
      if (!seen.has(id)) {
        tile.remove();
        this.tiles.delete(id);
      }
    }
    this.root.dataset.count = String(seen.size);
  }

  private create(id: string, own: boolean): HTMLLIElement {
    // The others' picture area is the `tile` test hook: its one <video> plays their camera and microphone.
    const picture = own ? h('div', { class: 'tile-picture' })
      : h('div', { class: 'tile-picture', 'data-testid': 'tile', 'data-participant': id });
    const tile = h('li', { class: 'tile', 'data-testid': 'participant-tile', 'data-participant-id': id },
      picture, h('div', { class: 'tile-info' }));
    this.tiles.set(id, tile);
    return tile;
  }

  private fill(tile: HTMLLIElement, p: Participant, own: boolean, speaking: boolean): void {
    tile.classList.toggle('tile-own', own);
    tile.classList.toggle('tile-hand', p.handRaised);
    const picture = tile.querySelector('.tile-picture') as HTMLElement;
    for (const marked of [tile, picture]) {
      if (speaking) {
        marked.dataset.speaking = 'true';
      } else {
        delete marked.dataset.speaking;
      }
    }
    if (own) {
      this.fillOwn(picture, p);
    } else {
      this.fillRemote(picture, p);
    }
    const info = tile.querySelector('.tile-info') as HTMLElement;
    info.replaceChildren(h('span', { class: 'tile-name', 'data-testid': 'participant-name' },
      p.name + (own ? ' (you)' : '')), ...(speaking ? [speakingMark()] : []), ...badges(p), ...marks(p));
  }

  /** The local preview: always muted (the person must not hear themself). */
  private fillOwn(picture: HTMLElement, p: Participant): void {
    if (this.media.stream !== null && this.media.videoOn && !p.videoMuted) {
      if (this.ownVideo.srcObject !== this.media.stream) {
        this.ownVideo.srcObject = this.media.stream;
      }
      keepChildren(picture, [this.ownVideo]);
    } else {
      picture.replaceChildren(avatar(p));
    }
  }

  /**
   * The other's feed: the <video> stays while the feed lives, since it also plays their voice; their initials
   * cover it while there is no picture (camera off, or no frame yet).
   */
  private fillRemote(picture: HTMLElement, p: Participant): void {
    const feed = this.remote.person(p.id);
    feed?.video.setAttribute('aria-label', `${p.name}'s camera`);
    const cover = !feed || p.videoMuted || !showsVideo(feed);
    const current = picture.querySelector('.avatar');
    const initialsShown = current?.textContent === initials(p.name) ? current as HTMLElement : avatar(p);
    keepChildren(picture, [feed?.video, cover ? initialsShown : null]
      .filter((child): child is HTMLElement => child != null));
  }
}

// The others' screen shares as tiles before the participants' (wider, see app.css), one per sharing participant
// still in the roster, each kept across renders so its video keeps playing.
import { h } from '@parley/web-kit/dom';
import { RemoteMedia } from './remote-media';
import { MeetingState } from './state';

export class ScreenTiles {
  private readonly tiles = new Map<string, HTMLLIElement>();

  constructor(private readonly remote: RemoteMedia) {}

  /** The screen tiles to show now, in order; the others are forgotten. */
  render(state: MeetingState): HTMLElement[] {
    const shown: HTMLElement[] = [];
    for (const feed of this.remote.sharedScreens()) {
      const sharer = state.participants.find((p) => p.id === feed.participant);
      if (!sharer) {
        continue; // the roster names the sharer soon; until then nobody could say whose screen it is
      }
      const label = `${sharer.name}'s screen`;
      const tile = this.tiles.get(feed.participant) ?? h('li', { class: 'tile tile-screen',
        'data-testid': 'screen-tile', 'data-participant': feed.participant },
      h('div', { class: 'tile-picture' }), h('div', { class: 'tile-info' }));
      this.tiles.set(feed.participant, tile);
      feed.video.setAttribute('aria-label', label);
      const picture = tile.querySelector('.tile-picture') as HTMLElement;
      if (picture.firstChild !== feed.video) {
        picture.replaceChildren(feed.video);
      }
      const info = tile.querySelector('.tile-info') as HTMLElement;
      if (info.textContent !== label) {
        info.replaceChildren(h('span', { class: 'tile-name', 'data-testid': 'screen-name' }, label));
      }
      shown.push(tile);
    }
    const current = new Set(shown);
    for (const [id, tile] of Array.from(this.tiles)) {
      if (!current.has(tile)) {
        this.tiles.delete(id);
      }
    }
    return shown;
  }
}

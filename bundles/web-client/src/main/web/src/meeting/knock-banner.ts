// The knock banner: hosts and co-hosts see on the meeting screen that someone waits in the lobby whenever the
// participants panel (which lists the lobby) is closed, and admit from there or open the waiting room. Each new knock
// is announced once through the polite live region, also while the panel is open: the list there is not announced.
import { byId } from '@parley/web-kit/dom';
import { knockNews, knockText, waitingText } from './knock';
import { ClientMessage, Knock } from './protocol';

export class KnockBanner {
  private seen: ReadonlySet<string> = new Set();
  private lobby: readonly Knock[] = [];

  constructor(send: (message: ClientMessage) => boolean, private readonly announce: (text: string) => void,
    openLobby: () => void) {
    byId('knock-admit').addEventListener('click', () => {
      if (this.lobby.length === 1) {
        send({ type: 'admit', participant: this.lobby[0].id });
      }
    });
    byId('knock-admit-all').addEventListener('click', () => send({ type: 'admit' }));
    byId('knock-open').addEventListener('click', openLobby);
  }

  /** `host`: the person may admit (others see nothing); `panelOpen`: the participants panel shows the lobby. */
  render(lobby: readonly Knock[], host: boolean, panelOpen: boolean): void {
    this.lobby = host ? lobby : [];
    const news = knockNews(this.seen, this.lobby);
    this.seen = news.seen;
    if (news.announcement) {
      this.announce(news.announcement);
    }
    const count = byId('waiting-count');
    count.textContent = waitingText(this.lobby);
    count.hidden = this.lobby.length === 0;
    const banner = byId('knock-banner');
    const focused = banner.contains(document.activeElement) ? document.activeElement : null;
    const one = this.lobby.length === 1;
    banner.hidden = this.lobby.length === 0 || panelOpen;
    byId('knock-text').textContent = knockText(this.lobby);
    byId('knock-admit').hidden = !one;
    byId('knock-admit').setAttribute('aria-label', one ? `Admit ${this.lobby[0].name}` : 'Admit');
    byId('knock-admit-all').hidden = one;
    if (focused) {
      this.keepFocus(banner, focused);
    }
  }

  /** The focused button was hidden (Admit ↔ Admit all, or the banner itself): the focus goes somewhere near. */
  private keepFocus(banner: HTMLElement, focused: Element): void {
    if (banner.hidden) {
      byId('open-people').focus();
    } else if ((focused as HTMLElement).hidden) {
      byId(focused.id === 'knock-admit' ? 'knock-admit-all' : 'knock-admit').focus();
    }
  }
}

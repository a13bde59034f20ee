// Media in the meeting: after `welcome` one peer connection to the SFU sends the person's microphone, camera and (on
// request) screen, and receives the others'; the server's media messages drive its negotiation; causes of missing or
// degraded media become notices. Every `welcome` (a reconnected WebSocket too: the server then closes the old media leg)
// and the server's `media-reset` build a new peer connection.
import { LocalMedia } from './media';
import { causeText, CauseLog, MediaCause } from './media-causes';
import { Negotiation } from './negotiation';
import { MediaPeer } from './peer';
import { ClientMessage, ServerMessage } from './protocol';
import { RemoteMedia } from './remote-media';
import { entries, outgoingBitrate, selectedTransport } from './transport-stats';

/** What the meeting screen shows of media besides the tiles. */
export interface MediaView {
  /** Shows and announces why media is missing or degraded (each cause once per join). */
  notice(cause: MediaCause, text: string): void;
  /** State for test hooks (`data-media-*` on the meeting screen); null removes it. */
  link(name: 'connection' | 'transport' | 'bitrate', value: string | null): void;
  sharing(on: boolean): void;
}

/** How often the statistics are read for the transport in use (TCP fallback) and the sending estimate. */
const STATS_MS = 2000;

export function screenShareSupported(): boolean {
  return typeof navigator.mediaDevices?.getDisplayMedia === 'function';
}

/** Page event loop only; one per meeting screen, restarted for each join. */
export class MeetingMedia {
  private peer: MediaPeer | null = null;
  private negotiation: Negotiation | null = null;
  private screen: MediaStream | null = null;
  private statsTimer: number | undefined;
  private readonly causes = new CauseLog();

  constructor(private readonly local: LocalMedia, private readonly send: (message: ClientMessage) => boolean,
    private readonly remote: RemoteMedia, private readonly view: MediaView) {}

  /** The server sent `welcome`: the first admission of this join, or a resumed one after a reconnect. */
  admitted(): void {
    if (!this.peer && this.local.problemCause) {
      this.cause(this.local.problemCause);
    }
    this.rebuild();
  }

  /** Takes the server's media messages (the others are ignored). */
  received(message: ServerMessage): void {
    if (message.type === 'media-reset') {
      if (this.peer) {
        this.rebuild();
      }
    } else if (message.type === 'media-connection') {
      if (message.state === 'failed') {
        this.cause('server-failed', message.cause ?? '');
      } else if (message.state === 'connected' && message.transport === 'tcp') {
        this.cause('tcp');
      }
    } else {
      this.negotiation?.received(message);
    }
  }

  /** "Share screen" / "Stop sharing". Cancelling the browser's picker is not a problem worth a notice. */
  async toggleScreen(): Promise<void> {
    if (this.screen) {
      this.stopScreen();
      return;
    }
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getDisplayMedia({ video: true, audio: false });
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'NotAllowedError')) {
        this.cause('screen', error instanceof Error ? error.message : '');
      }
      return;
    }
    const track = stream.getVideoTracks()[0];
    if (!track || !this.peer || this.screen) {
      stream.getTracks().forEach((t) => t.stop());
      return;
    }
    // The browser's own "Stop sharing" ends the track.
    track.addEventListener('ended', () => this.screen === stream && this.stopScreen());
    this.screen = stream;
    this.peer.shareScreen(track, stream);
    this.negotiation?.negotiate();
    this.view.sharing(true);
  }

  /** The join is over: everything stops and the next join starts afresh. */
  stop(): void {
    this.screen?.getTracks().forEach((track) => track.stop());
    this.screen = null;
    this.view.sharing(false);
    this.teardown();
    this.causes.forget();
  }

  private stopScreen(): void {
    this.screen?.getTracks().forEach((track) => track.stop());
    this.screen = null;
    this.peer?.stopScreen();
    this.negotiation?.negotiate();
    this.view.sharing(false);
  }

  private rebuild(): void {
    this.teardown();
    const peer = new MediaPeer(this.local.stream, {
      track: (track, stream) => this.remote.add(track, stream),
      state: (state) => this.peerState(peer, state),
    });
    const screenTrack = this.screen?.getVideoTracks()[0];
    if (this.screen && screenTrack) {
      peer.shareScreen(screenTrack, this.screen);
    }
    this.peer = peer;
    this.negotiation = new Negotiation(peer, { send: this.send, failed: (reason) => this.cause('refused', reason) });
    this.negotiation.negotiate();
    this.statsTimer = window.setInterval(() => void this.readStats(peer), STATS_MS);
  }

  private teardown(): void {
    window.clearInterval(this.statsTimer);
    this.negotiation?.close();
    this.peer?.close();
    this.negotiation = null;
    this.peer = null;
    this.remote.clear();
    for (const name of ['connection', 'transport', 'bitrate'] as const) {
      this.view.link(name, null);
    }
  }

  private peerState(peer: MediaPeer, state: RTCPeerConnectionState): void {
    if (peer !== this.peer) {
      return;
    }
    this.view.link('connection', state);
    if (state === 'failed') {
      this.cause('ice-failed');
    } else if (state === 'connected') {
      void this.readStats(peer);
    }
  }

  private async readStats(peer: MediaPeer): Promise<void> {
    const stats = entries(await peer.stats().catch(() => new Map()));
    if (peer !== this.peer) {
      return;
    }
    const transport = selectedTransport(stats);
    const bitrate = outgoingBitrate(stats);
    this.view.link('transport', transport);
    this.view.link('bitrate', bitrate === null ? null : String(Math.round(bitrate)));
    if (transport === 'tcp') {
      this.cause('tcp');
    }
  }

  private cause(cause: MediaCause, detail = ''): void {
    if (this.causes.first(cause, detail)) {
      this.view.notice(cause, causeText(cause, detail));
    }
  }
}

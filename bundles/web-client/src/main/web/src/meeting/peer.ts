// The meeting's one RTCPeerConnection to the SFU: BUNDLE on one transport (max-bundle) with RTCP multiplexed, no
// ICE servers (the server is ICE-lite, RFC 8445 §2.5, and lists its host candidates in its SDP). The browser's own
// m-lines are sendonly transceivers for microphone, camera and screen; the server's re-offers add recvonly ones
// for the others' tracks. Implements SessionOps for negotiation.ts.
import { SessionOps } from './negotiation';
import { SendKind } from './protocol';

export interface PeerEvents {
  /** A remote track arrived (the server's offer added an m-line); its stream id names the sender. */
  track(track: MediaStreamTrack, stream: MediaStream | undefined): void;
  /** The connection state changed (`failed` when ICE or DTLS failed). */
  state(state: RTCPeerConnectionState): void;
}

/** The offer never asks to receive: what the browser receives comes in the server's own offers. */
const SEND_ONLY: RTCRtpTransceiverDirection = 'sendonly';
const INACTIVE: RTCRtpTransceiverDirection = 'inactive';
const STOPPED: RTCRtpTransceiverDirection = 'stopped';
/**
 * The codecs the SFU routes (issue 7: Opus and VP8, RTX for retransmissions). Offering only these keeps each m-line
 * near 1 KB instead of 3–4 KB, so the browser's re-offers stay far below signaling's 60,000-character SDP limit in
 * a large meeting (every received track is an m-line of its own).
 */
const ROUTED_CODECS = new Set(['audio/opus', 'video/vp8', 'video/rtx']);
const RTX = 'video/rtx';

export class MediaPeer implements SessionOps {
  private readonly pc: RTCPeerConnection;
  private readonly own = new Map<RTCRtpTransceiver, SendKind>();
  private readonly narrowed = new WeakSet<RTCRtpTransceiver>();
  private screen: RTCRtpTransceiver | null = null;

  /** A connection sending the stream's first audio and video track; inactive m-lines for a missing device. */
  constructor(local: MediaStream | null, events: PeerEvents) {
    this.pc = new RTCPeerConnection({ bundlePolicy: 'max-bundle', rtcpMuxPolicy: 'require', iceServers: [] });
    this.pc.ontrack = (event) => events.track(event.track, event.streams[0]);
    this.pc.onconnectionstatechange = () => events.state(this.pc.connectionState);
    this.pc.oniceconnectionstatechange = () => {
      // Browsers without connectionState changes still report ICE failure here.
      if (this.pc.iceConnectionState === 'failed') {
        events.state('failed');
      }
    };
    this.addOwn('audio', local?.getAudioTracks()[0] ?? null, local);
    this.addOwn('video', local?.getVideoTracks()[0] ?? null, local);
  }

  get sharingScreen(): boolean {
    return this.screen !== null;
  }

  /** Adds the screen's video as a sendonly m-line; the caller negotiates. */
  shareScreen(track: MediaStreamTrack, stream: MediaStream): void {
    this.stopScreen();
    this.screen = this.addOwn('screen', track, stream);
  }

  /** Stops the screen's m-line (offered with port 0 next time, JSEP §4.2.1); the caller negotiates. */
  stopScreen(): void {
    if (this.screen) {
      this.own.delete(this.screen);
      this.screen.stop();
      this.screen = null;
    }
  }

  stats(): Promise<RTCStatsReport> {
    return this.pc.getStats();
  }

  close(): void {
    this.pc.ontrack = null;
    this.pc.onconnectionstatechange = null;
    this.pc.oniceconnectionstatechange = null;
    this.pc.close();
  }

  async makeOffer(): Promise<string> {
    this.preferRoutedCodecs();
    await this.pc.setLocalDescription(await this.pc.createOffer());
    return this.pc.localDescription?.sdp ?? '';
  }

  sending(): Record<string, SendKind> {
    const sending: Record<string, SendKind> = {};
    for (const [transceiver, kind] of this.own) {
      if (transceiver.mid !== null && transceiver.direction !== STOPPED) {
        sending[transceiver.mid] = kind;
      }
    }
    return sending;
  }

  async acceptAnswer(sdp: string): Promise<void> {
    await this.pc.setRemoteDescription({ type: 'answer', sdp });
  }

  async answer(offer: string): Promise<string> {
    await this.pc.setRemoteDescription({ type: 'offer', sdp: offer });
    this.preferRoutedCodecs();
    await this.pc.setLocalDescription(await this.pc.createAnswer());
    return this.pc.localDescription?.sdp ?? '';
  }

  async rollback(): Promise<void> {
    if (this.pc.signalingState !== 'stable' && this.pc.signalingState !== 'closed') {
      await this.pc.setLocalDescription({ type: 'rollback' });
    }
  }

  /** Narrows each transceiver's codecs to ROUTED_CODECS once; a browser that cannot keeps its own list. */
  private preferRoutedCodecs(): void {
    for (const transceiver of this.pc.getTransceivers()) {
      if (transceiver.direction === STOPPED || this.narrowed.has(transceiver)
        || typeof transceiver.setCodecPreferences !== 'function') {
        continue;
      }
      this.narrowed.add(transceiver);
      const kind = transceiver.receiver.track.kind;
      const capabilities = transceiver.direction === SEND_ONLY ? RTCRtpSender.getCapabilities(kind)
        : RTCRtpReceiver.getCapabilities(kind);
      const codecs = capabilities?.codecs.filter((codec) => ROUTED_CODECS.has(codec.mimeType.toLowerCase())) ?? [];
      if (codecs.some((codec) => codec.mimeType.toLowerCase() !== RTX)) {
        try {
          transceiver.setCodecPreferences(codecs);
        } catch {
          // Refused (an older browser's rule about directions): the full list is still a valid offer.
        }
      }
    }
  }

  private addOwn(kind: SendKind, track: MediaStreamTrack | null, stream: MediaStream | null): RTCRtpTransceiver {
    const transceiver = this.pc.addTransceiver(track ?? (kind === 'audio' ? 'audio' : 'video'), {
      direction: track ? SEND_ONLY : INACTIVE,
      streams: stream ? [stream] : [],
    });
    this.own.set(transceiver, kind);
    return transceiver;
  }
}

// The browser's side of offer/answer with the SFU (JSEP, RFC 8829), one negotiation at a time. The browser offers
// what it sends and the server answers; the server offers what the browser receives and the browser answers. The
// browser is the polite side of "perfect negotiation": when the server's offer crosses the browser's own, the
// browser rolls its offer back (JSEP §5.7), answers the server's and then offers again. No DOM: the peer connection
// is behind SessionOps, so tests feed fake events and a fake session.
import { ClientMessage, MEDIA_ERROR, SendKind, ServerMessage } from './protocol';

/** What a negotiation needs from the peer connection (peer.ts for the browser's; tests bring a fake). */
export interface SessionOps {
  /** createOffer, then setLocalDescription with it; the offer's SDP. */
  makeOffer(): Promise<string>;
  /** After makeOffer: each of the browser's own m-lines by mid, with what it carries. */
  sending(): Record<string, SendKind>;
  /** setRemoteDescription with the server's answer. */
  acceptAnswer(sdp: string): Promise<void>;
  /** setRemoteDescription with the server's offer, createAnswer, setLocalDescription; the answer's SDP. */
  answer(offer: string): Promise<string>;
  /** Back to the stable state (setLocalDescription rollback, JSEP §5.7); nothing when already stable. */
  rollback(): Promise<void>;
}

export interface NegotiationEvents {
  /** Sends on the meeting's WebSocket; false when it is down (the caller builds a new peer connection after it). */
  send(message: ClientMessage): boolean;
  /** A negotiation failed for a reason a person should see (never glare, which is routine). */
  failed(reason: string): void;
}

/** A refusal whose message starts with this is glare: the server's own offer is outstanding. */
export const GLARE = 'glare';
const OFFER_ID = 'o';
const ANSWER_ID = 'a';

type Task =
  | { kind: 'server-offer'; revision: number; sdp: string }
  | { kind: 'answer'; ref: string | undefined; sdp: string }
  | { kind: 'refused'; ref: string | undefined; message: string };

/**
 * Serialises every step of negotiation through one queue: a server offer, an answer or a refusal that arrives
 * while a step runs waits for it, and local changes coalesce into one offer made when nothing is outstanding.
 * Single-threaded (the page's event loop); lives as long as its peer connection.
 */
export class Negotiation {
  private readonly queue: Task[] = [];
  private running = false;
  private closed = false;
  /** The id of the browser's offer that awaits the server's answer. */
  private outstanding: string | null = null;
  /** A local change (track, screen share) awaits an offer. */
  private wanted = false;
  /** After glare: the server's offer comes first, the browser offers again after answering it. */
  private heldForServer = false;
  /** The WebSocket was down when sending; nothing more is offered (the next `welcome` rebuilds everything). */
  private offline = false;
  private offers = 0;

  constructor(private readonly session: SessionOps, private readonly events: NegotiationEvents) {}

  /** The browser's offer awaiting an answer, if any (for tests and diagnostics). */
  get pendingOffer(): string | null {
    return this.outstanding;
  }

  /** Asks for an offer describing what the browser sends now; several calls before it goes make one offer. */
  negotiate(): void {
    this.wanted = true;
    void this.pump();
  }

  /** Takes the server's media negotiation messages; false for every other message. */
  received(message: ServerMessage): boolean {
    if (message.type === 'sdp-offer') {
      this.queue.push({ kind: 'server-offer', revision: message.revision, sdp: message.sdp });
    } else if (message.type === 'sdp-answer') {
      this.queue.push({ kind: 'answer', ref: message.ref, sdp: message.sdp });
    } else if (message.type === 'error' && message.code === MEDIA_ERROR) {
      this.queue.push({ kind: 'refused', ref: message.ref, message: message.message });
    } else {
      return false;
    }
    void this.pump();
    return true;
  }

  /** Stops for good: queued steps are dropped, a step in flight sends nothing. */
  close(): void {
    this.closed = true;
    this.queue.length = 0;
  }

  private async pump(): Promise<void> {
    if (this.running) {
      return;
    }
    this.running = true;
    try {
      while (!this.closed) {
        const task = this.queue.shift();
        if (task) {
          await this.guarded(() => this.run(task));
        } else if (this.wanted && !this.outstanding && !this.heldForServer && !this.offline) {
          this.wanted = false;
          await this.guarded(() => this.offer());
        } else {
          break;
        }
      }
    } finally {
      this.running = false;
    }
  }

  private async guarded(step: () => Promise<void>): Promise<void> {
    try {
      await step();
    } catch (error) {
      this.outstanding = null;
      await this.session.rollback().catch(() => undefined);
      if (!this.closed) {
        this.events.failed(error instanceof Error ? error.message : String(error));
      }
    }
  }

  private run(task: Task): Promise<void> {
    switch (task.kind) {
      case 'server-offer':
        return this.answerServer(task.revision, task.sdp);
      case 'answer':
        return this.accept(task.ref, task.sdp);
      default:
        return this.refused(task.ref, task.message);
    }
  }

  private async offer(): Promise<void> {
    const sdp = await this.session.makeOffer();
    if (this.closed) {
      return;
    }
    const id = OFFER_ID + ++this.offers;
    this.outstanding = id;
    if (!this.events.send({ type: 'sdp-offer', id, sdp, sending: this.session.sending() })) {
      await this.dropOffer();
      this.offline = true;
    }
  }

  private async answerServer(revision: number, offer: string): Promise<void> {
    if (this.outstanding) {
      // Glare seen from this side: the server refuses the crossing offer, so it is made again afterwards.
      await this.dropOffer();
    }
    this.heldForServer = false;
    const sdp = await this.session.answer(offer);
    if (!this.closed) {
      this.events.send({ type: 'sdp-answer', id: ANSWER_ID + revision, revision, sdp });
    }
  }

  private async accept(ref: string | undefined, sdp: string): Promise<void> {
    if (!this.outstanding || (ref !== undefined && ref !== this.outstanding)) {
      return; // the answer to an offer already rolled back
    }
    this.outstanding = null;
    await this.session.acceptAnswer(sdp);
  }

  private async refused(ref: string | undefined, message: string): Promise<void> {
    const ofOutstanding = this.outstanding !== null && ref === this.outstanding;
    if (!ofOutstanding && ref?.startsWith(OFFER_ID)) {
      return; // an offer already rolled back (its glare refusal follows the server's offer)
    }
    if (ofOutstanding) {
      await this.dropOffer();
      if (message.startsWith(GLARE)) {
        this.heldForServer = true;
        return;
      }
      this.wanted = false;
    }
    this.events.failed(message);
  }

  /** Rolls the browser's outstanding offer back; what it described is offered again later. */
  private async dropOffer(): Promise<void> {
    this.outstanding = null;
    this.wanted = true;
    await this.session.rollback();
  }
}

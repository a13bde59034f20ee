// The WebSocket to the meeting: joins with the token, keeps the newest token the server hands out, and after an
// unexpected close reconnects by itself (Backoff: 1, 2, 4 … 10 s, within 30 s) with that token. After a close
// 4000-4005 (left, ended, removed, denied, other window, token refused) it stops and reports the ending. No DOM:
// the socket factory and the timers are passed in, so tests drive it with fakes.
import { Backoff } from './backoff';
import { isFinal } from './close-reasons';
import { ClientMessage, decode, encode, ServerMessage } from './protocol';

export interface SocketLike {
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number; reason: string }) => void) | null;
}

export interface Timers {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export type LinkStatus = 'connecting' | 'open' | 'reconnecting';

export interface ConnectionEvents {
  message(message: ServerMessage): void;
  status(status: LinkStatus): void;
  /** The connection is over for good: a final close code, the reconnect window passed, or leave(). */
  ended(code: number, reason: string): void;
}

/** Keeps idle connections alive through proxies that drop quiet ones. */
export const PING_MS = 25000;
/** Reported when reconnecting gave up (not a close code the server sends). */
export const GAVE_UP = 1006;
const LEFT = 4000;

export class MeetingConnection {
  private socket: SocketLike | null = null;
  private stopped = false;
  private timer: unknown = null;
  private readonly backoff: Backoff;

  constructor(private readonly url: string, private token: string, private readonly events: ConnectionEvents,
    private readonly open: (url: string) => SocketLike, private readonly timers: Timers) {
    this.backoff = new Backoff(() => timers.now());
  }

  start(): void {
    this.events.status('connecting');
    this.connect();
  }

  /** The token a new join would use (the latest the server sent). */
  get currentToken(): string {
    return this.token;
  }

  /** Sends when connected; false when the message could not go (the person is told to try again). */
  send(message: ClientMessage): boolean {
    if (!this.socket || this.stopped) {
      return false;
    }
    try {
      this.socket.send(encode(message));
      return true;
    } catch {
      return false;
    }
  }

  /** Leaves the meeting: tells the server, closes, reports the ending at once. */
  leave(): void {
    if (this.stopped) {
      return;
    }
    this.send({ type: 'leave' });
    this.stop();
    this.events.ended(LEFT, '');
  }

  private stop(): void {
    this.stopped = true;
    this.timers.clearTimeout(this.timer);
    const socket = this.socket;
    this.socket = null;
    socket?.close(1000, 'left');
  }

  private connect(): void {
    const socket = this.open(this.url);
    this.socket = socket;
    socket.onopen = () => {
      socket.send(encode({ type: 'join', token: this.token }));
      this.schedulePing(socket);
    };
    socket.onmessage = (event) => this.received(socket, event.data);
    socket.onclose = (event) => this.closed(socket, event.code, event.reason ?? '');
  }

  private received(socket: SocketLike, data: unknown): void {
    const message = decode(data);
    if (socket !== this.socket || !message) {
      return;
    }
    if (message.type === 'token') {
      this.token = message.token;
    }
    if (message.type === 'welcome' || message.type === 'waiting') {
      this.backoff.reset();
      this.events.status('open');
    }
    this.events.message(message);
  }

  private closed(socket: SocketLike, code: number, reason: string): void {
    if (socket !== this.socket || this.stopped) {
      return;
    }
    this.socket = null;
    this.timers.clearTimeout(this.timer);
    if (isFinal(code)) {
      this.stopped = true;
      this.events.ended(code, reason);
      return;
    }
    const delay = this.backoff.next();
    if (delay === null) {
      this.stopped = true;
      this.events.ended(GAVE_UP, '');
      return;
    }
    this.events.status('reconnecting');
    this.timer = this.timers.setTimeout(() => this.connect(), delay);
  }

  private schedulePing(socket: SocketLike): void {
    this.timer = this.timers.setTimeout(() => {
      if (socket === this.socket && this.send({ type: 'ping' })) {
        this.schedulePing(socket);
      }
    }, PING_MS);
  }
}

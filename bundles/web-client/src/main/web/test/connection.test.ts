import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { GAVE_UP, MeetingConnection, SocketLike, Timers } from '../src/meeting/connection';
import { ServerMessage } from '../src/meeting/protocol';

class FakeSocket implements SocketLike {
  sent: unknown[] = [];
  closedWith: number | null = null;
  onopen: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: ((event: { code: number; reason: string }) => void) | null = null;

  send(data: string): void {
    this.sent.push(JSON.parse(data));
  }

  close(code?: number): void {
    this.closedWith = code ?? 1005;
  }

  receive(message: object): void {
    this.onmessage?.({ data: JSON.stringify({ v: 1, ...message }) });
  }
}

/** Timers on a hand-moved clock. */
class FakeTimers implements Timers {
  time = 0;
  private pending: { at: number; run: () => void; id: number }[] = [];
  private ids = 0;

  now(): number {
    return this.time;
  }

  setTimeout(run: () => void, ms: number): unknown {
    this.pending.push({ at: this.time + ms, run, id: ++this.ids });
    return this.ids;
  }

  clearTimeout(handle: unknown): void {
    this.pending = this.pending.filter((t) => t.id !== handle);
  }

  advance(ms: number): void {
    const until = this.time + ms;
    for (let next = this.due(until); next; next = this.due(until)) {
      this.pending = this.pending.filter((t) => t !== next);
      this.time = next.at;
      next.run();
    }
    this.time = until;
  }

  private due(until: number) {
    return this.pending.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
  }
}

function setUp() {
  const sockets: FakeSocket[] = [];
  const timers = new FakeTimers();
  const log = { statuses: [] as string[], messages: [] as ServerMessage[], ended: [] as [number, string][] };
  const connection = new MeetingConnection('wss://parley.test/ws', 'token-0', {
    message: (m) => log.messages.push(m),
    status: (s) => log.statuses.push(s),
    ended: (code, reason) => log.ended.push([code, reason]),
  }, () => {
    const socket = new FakeSocket();
    sockets.push(socket);
    return socket;
  }, timers);
  connection.start();
  sockets[0].onopen?.({});
  return { connection, sockets, timers, log };
}

test('joins with the token as the first message, versioned', () => {
  const { sockets } = setUp();
  assert.deepEqual(sockets[0].sent, [{ v: 1, type: 'join', token: 'token-0' }]);
});

test('reconnects after an unexpected close with the newest token, and starts over once back', () => {
  const { sockets, timers, log } = setUp();
  sockets[0].receive({ type: 'welcome', you: {}, meeting: {}, roster: [], waiting: [] });
  sockets[0].receive({ type: 'token', token: 'token-1', expiresAt: '2027-01-01T00:10:00Z' });
  sockets[0].onclose?.({ code: 1006, reason: '' });
  assert.equal(log.statuses.at(-1), 'reconnecting');
  timers.advance(999);
  assert.equal(sockets.length, 1);
  timers.advance(1);
  assert.equal(sockets.length, 2);
  sockets[1].onopen?.({});
  assert.deepEqual(sockets[1].sent[0], { v: 1, type: 'join', token: 'token-1' });
  sockets[1].receive({ type: 'welcome', you: {}, meeting: {}, roster: [], waiting: [] });
  assert.equal(log.statuses.at(-1), 'open');
  sockets[1].onclose?.({ code: 1001, reason: 'server shutting down' });
  timers.advance(1000);
  assert.equal(sockets.length, 3, 'the wait started over at 1 s');
});

test('gives up when the server would no longer keep the place (30 s)', () => {
  const { sockets, timers, log } = setUp();
  const openedAt = [0];
  sockets[0].onclose?.({ code: 1006, reason: '' });
  while (log.ended.length === 0 && timers.now() < 60000) {
    const before = sockets.length;
    timers.advance(100);
    if (sockets.length > before) {
      openedAt.push(timers.now());
      sockets[sockets.length - 1].onclose?.({ code: 1006, reason: '' });
    }
  }
  assert.deepEqual(openedAt, [0, 1000, 3000, 7000, 15000, 25000]);
  assert.deepEqual(log.ended, [[GAVE_UP, '']]);
});

test('stops for good after a close 4000-4005 and reports the reason', () => {
  for (const code of [4000, 4001, 4002, 4003, 4004, 4005]) {
    const { sockets, timers, log } = setUp();
    sockets[0].onclose?.({ code, reason: 'removed by a host' });
    timers.advance(60000);
    assert.equal(sockets.length, 1, String(code));
    assert.deepEqual(log.ended, [[code, 'removed by a host']]);
  }
});

test('leave tells the server, closes and ends at once; a late close changes nothing', () => {
  const { connection, sockets, log } = setUp();
  connection.leave();
  assert.deepEqual(sockets[0].sent.at(-1), { v: 1, type: 'leave' });
  assert.equal(sockets[0].closedWith, 1000);
  sockets[0].onclose?.({ code: 4000, reason: 'left' });
  assert.deepEqual(log.ended, [[4000, '']]);
  assert.equal(connection.send({ type: 'ping' }), false);
});

test('pings while open and ignores frames that are not protocol v1', () => {
  const { sockets, timers, log } = setUp();
  timers.advance(25000);
  assert.deepEqual(sockets[0].sent.at(-1), { v: 1, type: 'ping' });
  sockets[0].onmessage?.({ data: '{"v":2,"type":"chat"}' });
  sockets[0].onmessage?.({ data: 'not json' });
  sockets[0].onmessage?.({ data: '{"v":1,"type":"surprise"}' });
  assert.deepEqual(log.messages, []);
});

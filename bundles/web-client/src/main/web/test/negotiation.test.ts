import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { Negotiation, SessionOps } from '../src/meeting/negotiation';
import { ClientMessage, SendKind, ServerMessage } from '../src/meeting/protocol';

/**
 * A peer connection's signaling state machine (JSEP §3.2) reduced to what the negotiation touches: it refuses a
 * step the real one would refuse (an offer while one is pending, an answer while stable), and counts steps in
 * flight so a test sees two negotiations overlap.
 */
class FakeSession implements SessionOps {
  state: 'stable' | 'have-local-offer' | 'have-remote-offer' = 'stable';
  calls: string[] = [];
  inFlight = 0;
  maxInFlight = 0;
  failNext: string | null = null;
  private offers = 0;

  async makeOffer(): Promise<string> {
    return this.step('makeOffer', () => {
      this.expect('stable');
      this.state = 'have-local-offer';
      return 'offer-' + ++this.offers;
    });
  }

  sending(): Record<string, SendKind> {
    return { 0: 'audio', 1: 'video' };
  }

  async acceptAnswer(sdp: string): Promise<void> {
    await this.step('acceptAnswer:' + sdp, () => {
      this.expect('have-local-offer');
      this.state = 'stable';
      return '';
    });
  }

  async answer(offer: string): Promise<string> {
    return this.step('answer:' + offer, () => {
      this.expect('stable');
      return 'answer-to-' + offer;
    });
  }

  async rollback(): Promise<void> {
    await this.step('rollback', () => {
      this.state = 'stable';
      return '';
    });
  }

  private expect(state: string): void {
    if (this.state !== state) {
      throw new Error(`InvalidStateError: ${this.state}`);
    }
  }

  /** Each step takes a few turns of the event loop, as the browser's do. */
  private async step(name: string, run: () => string): Promise<string> {
    this.calls.push(name);
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      await turns(3);
      if (this.failNext) {
        const message = this.failNext;
        this.failNext = null;
        throw new Error(message);
      }
      return run();
    } finally {
      this.inFlight--;
    }
  }
}

function turns(n: number): Promise<void> {
  return n === 0 ? Promise.resolve() : new Promise((resolve) => setImmediate(() => void turns(n - 1).then(resolve)));
}

const settle = (): Promise<void> => turns(30);

function setUp() {
  const session = new FakeSession();
  const sent: ClientMessage[] = [];
  const failures: string[] = [];
  let online = true;
  const negotiation = new Negotiation(session, {
    send: (message) => {
      if (online) {
        sent.push(message);
      }
      return online;
    },
    failed: (reason) => failures.push(reason),
  });
  const setOnline = (value: boolean): void => {
    online = value;
  };
  return { session, sent, failures, negotiation, setOnline };
}

const serverOffer = (revision: number, sdp: string): ServerMessage => ({ type: 'sdp-offer', revision, sdp });
const serverAnswer = (ref: string, sdp: string): ServerMessage => ({ type: 'sdp-answer', ref, sdp });
const refusal = (ref: string, message: string): ServerMessage => ({ type: 'error', code: 'media', ref, message });

test('the browser offers what it sends and applies the answer to that offer', async () => {
  const { session, sent, negotiation, failures } = setUp();
  negotiation.negotiate();
  await settle();
  assert.deepEqual(sent, [{ type: 'sdp-offer', id: 'o1', sdp: 'offer-1', sending: { 0: 'audio', 1: 'video' } }]);
  assert.equal(negotiation.pendingOffer, 'o1');
  negotiation.received(serverAnswer('o1', 'answer-1'));
  await settle();
  assert.deepEqual(session.calls, ['makeOffer', 'acceptAnswer:answer-1']);
  assert.equal(session.state, 'stable');
  assert.equal(negotiation.pendingOffer, null);
  assert.deepEqual(failures, []);
});

test('changes made while an offer is outstanding become one more offer after its answer', async () => {
  const { sent, negotiation } = setUp();
  negotiation.negotiate();
  await settle();
  negotiation.negotiate();
  negotiation.negotiate();
  await settle();
  assert.equal(sent.length, 1, 'never a second offer while one awaits its answer');
  negotiation.received(serverAnswer('o1', 'answer-1'));
  await settle();
  assert.deepEqual(sent.map((m) => m.type === 'sdp-offer' && m.id), ['o1', 'o2']);
});

test('a server offer is answered with its revision', async () => {
  const { session, sent, negotiation } = setUp();
  assert.equal(negotiation.received(serverOffer(3, 'server-3')), true);
  await settle();
  assert.deepEqual(session.calls, ['answer:server-3']);
  assert.deepEqual(sent, [{ type: 'sdp-answer', id: 'a3', revision: 3, sdp: 'answer-to-server-3' }]);
});

test('messages that are not about negotiation are left to others', () => {
  const { negotiation } = setUp();
  assert.equal(negotiation.received({ type: 'speaker', participant: 'p1' }), false);
  assert.equal(negotiation.received({ type: 'error', code: 'forbidden', message: 'no' }), false);
});

test('glare, server offer first: roll back, answer it, offer again, ignore the refusal of the old offer', async () => {
  const { session, sent, negotiation, failures } = setUp();
  negotiation.negotiate();
  await settle();
  negotiation.received(serverOffer(2, 'server-2'));
  negotiation.received(refusal('o1', 'glare: the server\'s offer (version 2) awaits an answer'));
  await settle();
  assert.deepEqual(session.calls, ['makeOffer', 'rollback', 'answer:server-2', 'makeOffer']);
  assert.deepEqual(sent.map((m) => m.type + ':' + ('id' in m ? m.id : '')),
    ['sdp-offer:o1', 'sdp-answer:a2', 'sdp-offer:o2']);
  assert.equal(negotiation.pendingOffer, 'o2');
  assert.deepEqual(failures, []);
});

test('glare, refusal first: roll back and wait for the server offer before offering again', async () => {
  const { session, sent, negotiation, failures } = setUp();
  negotiation.negotiate();
  await settle();
  negotiation.received(refusal('o1', 'glare: roll back, answer it, then offer again'));
  await settle();
  assert.equal(session.state, 'stable');
  assert.equal(sent.length, 1, 'no new offer while the server\'s is on its way');
  negotiation.received(serverOffer(4, 'server-4'));
  await settle();
  assert.deepEqual(session.calls, ['makeOffer', 'rollback', 'answer:server-4', 'makeOffer']);
  assert.deepEqual(sent.map((m) => m.type), ['sdp-offer', 'sdp-answer', 'sdp-offer']);
  assert.deepEqual(failures, []);
});

test('never two negotiation steps at once, whatever arrives meanwhile', async () => {
  const { session, negotiation, failures } = setUp();
  negotiation.negotiate();
  negotiation.received(serverOffer(1, 'server-1'));
  negotiation.negotiate();
  negotiation.received(refusal('o1', 'glare'));
  negotiation.received(serverOffer(2, 'server-2'));
  await settle();
  assert.equal(session.maxInFlight, 1);
  assert.deepEqual(failures, [], 'the fake session refuses any step out of order');
});

test('a refusal that is not glare rolls back, is reported, and is not retried', async () => {
  const { session, sent, negotiation, failures } = setUp();
  negotiation.negotiate();
  await settle();
  negotiation.received(refusal('o1', 'media is not available on this server'));
  await settle();
  assert.deepEqual(failures, ['media is not available on this server']);
  assert.equal(session.state, 'stable');
  assert.equal(sent.length, 1);
});

test('a refusal of the browser\'s answer is reported', async () => {
  const { negotiation, failures } = setUp();
  negotiation.received(serverOffer(5, 'server-5'));
  await settle();
  negotiation.received(refusal('a5', 'the answer changes the DTLS role'));
  await settle();
  assert.deepEqual(failures, ['the answer changes the DTLS role']);
});

test('an answer to an offer already rolled back is ignored', async () => {
  const { session, negotiation, failures } = setUp();
  negotiation.negotiate();
  await settle();
  negotiation.received(serverOffer(2, 'server-2'));
  await settle();
  negotiation.received(serverAnswer('o1', 'stale'));
  await settle();
  assert.equal(session.calls.includes('acceptAnswer:stale'), false);
  assert.deepEqual(failures, []);
});

test('a step the browser refuses is reported and the session rolled back to stable', async () => {
  const { session, negotiation, failures } = setUp();
  negotiation.negotiate();
  await settle();
  session.failNext = 'InvalidAccessError: bad answer';
  negotiation.received(serverAnswer('o1', 'broken'));
  await settle();
  assert.deepEqual(failures, ['InvalidAccessError: bad answer']);
  assert.equal(session.state, 'stable');
  assert.equal(negotiation.pendingOffer, null);
});

test('an offer the WebSocket could not carry stops further offers until the connection is rebuilt', async () => {
  const { session, sent, negotiation, setOnline } = setUp();
  setOnline(false);
  negotiation.negotiate();
  await settle();
  assert.equal(session.state, 'stable');
  assert.equal(negotiation.pendingOffer, null);
  setOnline(true);
  negotiation.negotiate();
  await settle();
  assert.deepEqual(sent, []);
});

test('after close nothing more is sent', async () => {
  const { sent, negotiation } = setUp();
  negotiation.negotiate();
  negotiation.close();
  negotiation.received(serverOffer(1, 'server-1'));
  await settle();
  assert.deepEqual(sent, []);
});

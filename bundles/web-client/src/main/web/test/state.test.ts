import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { decode, Participant, ServerMessage } from '../src/meeting/protocol';
import { initialState, me, MeetingState, reduce } from '../src/meeting/state';

const person = (id: string, name: string, role: Participant['role'] = 'participant'): Participant => ({
  id, name, staff: role !== 'participant', role, audioMuted: false, videoMuted: false, handRaised: false,
  connected: true,
});

const replay = (state: MeetingState, ...messages: ServerMessage[]): MeetingState => messages.reduce(reduce, state);

test('a waiting guest knows only its own name and why it waits', () => {
  const state = replay(initialState('t0', 'Gus'), { type: 'waiting', you: 'g1', name: 'Gus', reason: 'waiting-room' });
  assert.equal(state.phase, 'waiting');
  assert.equal(state.waitingReason, 'waiting-room');
  assert.equal(state.meeting, null);
  assert.deepEqual(state.participants, []);
});

test('welcome, joins, updates and leaves keep the roster', () => {
  const host = person('h1', 'Hanna', 'host');
  const state = replay(initialState('t0', 'Gus'),
    { type: 'welcome', you: person('g1', 'Gus'), meeting: { id: 'm', title: 'Plan', locked: false }, roster: [host],
      waiting: [] },
    { type: 'joined', participant: person('m1', 'Mia') },
    { type: 'updated', participant: { ...person('m1', 'Mia'), handRaised: true } },
    { type: 'updated', participant: { ...person('g1', 'Gus the guest'), audioMuted: true } },
    { type: 'left', participant: 'h1', reason: 'left' });
  assert.equal(state.phase, 'admitted');
  assert.deepEqual(state.participants.map((p) => p.id), ['g1', 'm1']);
  assert.equal(state.participants[1].handRaised, true);
  assert.equal(me(state)?.audioMuted, true);
  assert.equal(state.name, 'Gus the guest');
});

test('chat lines, notices and the newest token are kept', () => {
  const state = replay(initialState('t0', 'Gus'),
    { type: 'welcome', you: person('g1', 'Gus'), meeting: { id: 'm', title: 'Plan', locked: false },
      roster: [person('h1', 'Hanna', 'host')], waiting: [{ id: 'k1', name: 'Kim', staff: false }] },
    { type: 'chat', from: 'h1', fromName: 'Hanna', to: null, text: '<b>hi</b>', at: '2027-01-01T10:00:00Z' },
    { type: 'unmute-requested', by: 'h1' },
    { type: 'locked', locked: true, by: 'h1' },
    { type: 'token', token: 't1', expiresAt: '2027-01-01T10:10:00Z' },
    { type: 'error', code: 'forbidden', message: 'Only hosts can do that.' });
  assert.equal(state.chat[0].text, '<b>hi</b>');
  assert.deepEqual(state.notices.map((n) => n.text), ['Hanna asks you to unmute.',
    'Hanna locked the meeting: nobody new can join.', 'Only hosts can do that.']);
  assert.equal(state.meeting?.locked, true);
  assert.equal(state.token, 't1');
  assert.deepEqual(state.lobby.map((k) => k.id), ['k1']);
});

test('the dominant speaker is kept until that participant leaves', () => {
  const welcome: ServerMessage = { type: 'welcome', you: person('g1', 'Gus'),
    meeting: { id: 'm', title: 'Plan', locked: false }, roster: [person('h1', 'Hanna', 'host')], waiting: [] };
  const speaking = replay(initialState('t0', 'Gus'), welcome, { type: 'speaker', participant: 'h1' });
  assert.equal(speaking.speaker, 'h1');
  assert.equal(reduce(speaking, { type: 'left', participant: 'g9', reason: 'left' }).speaker, 'h1');
  assert.equal(reduce(speaking, { type: 'left', participant: 'h1', reason: 'left' }).speaker, null);
});

test('media refusals are left to the negotiation, other errors become notices', () => {
  const state = replay(initialState('t0', 'Gus'),
    { type: 'error', code: 'media', message: 'glare: roll back', ref: 'o1' },
    { type: 'error', code: 'forbidden', message: 'Only hosts can do that.' });
  assert.deepEqual(state.notices.map((n) => n.text), ['Only hosts can do that.']);
});

test('the media messages of protocol v1 are decoded', () => {
  const frames = ['{"v":1,"type":"sdp-offer","revision":3,"sdp":"v=0"}',
    '{"v":1,"type":"sdp-answer","ref":"o7","sdp":"v=0"}',
    '{"v":1,"type":"speaker","participant":"p1"}', '{"v":1,"type":"media-reset"}',
    '{"v":1,"type":"media-connection","state":"connected","transport":"tcp"}'];
  assert.deepEqual(frames.map((f) => decode(f)?.type), ['sdp-offer', 'sdp-answer', 'speaker', 'media-reset',
    'media-connection']);
});

import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { streamOwner } from '../src/meeting/msid';

test('a stream id names the participant whose microphone and camera it carries', () => {
  assert.deepEqual(streamOwner('p-7f3a'), { participant: 'p-7f3a', screen: false });
});

test('~screen at the end names that participant\'s screen share', () => {
  assert.deepEqual(streamOwner('p-7f3a~screen'), { participant: 'p-7f3a', screen: true });
  assert.deepEqual(streamOwner('a~b~screen'), { participant: 'a~b', screen: true });
  assert.deepEqual(streamOwner('a~screens'), { participant: 'a~screens', screen: false });
});

test('a stream id that names nobody is ignored', () => {
  assert.equal(streamOwner(undefined), null);
  assert.equal(streamOwner(''), null);
  assert.equal(streamOwner('~screen'), null);
});

import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { Backoff } from '../src/meeting/backoff';

test('waits 1, 2, 4, 8, 10 s and gives up when the next try would be after 30 s', () => {
  let now = 0;
  const backoff = new Backoff(() => now);
  const waits: number[] = [];
  for (let wait = backoff.next(); wait !== null; wait = backoff.next()) {
    waits.push(wait);
    now += wait;
  }
  assert.deepEqual(waits, [1000, 2000, 4000, 8000, 10000]);
  assert.equal(now, 25000);
});

test('starts over once the connection works again', () => {
  let now = 0;
  const backoff = new Backoff(() => now);
  backoff.next();
  now += 1000;
  backoff.next();
  backoff.reset();
  assert.equal(backoff.retrying, false);
  now += 60000;
  assert.equal(backoff.next(), 1000);
});

import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { knockNews, knockText, waitingText } from '../src/meeting/knock';
import { Knock } from '../src/meeting/protocol';

const pat: Knock = { id: 'p1', name: 'Pat Patient', staff: false };
const sam: Knock = { id: 's1', name: 'Sam Staff', staff: true };
const kit: Knock = { id: 'k1', name: 'Kit', staff: false };

test('the banner names one person and counts several', () => {
  assert.equal(knockText([]), '');
  assert.equal(knockText([pat]), 'Pat Patient is waiting to join');
  assert.equal(knockText([pat, sam, kit]), '3 people are waiting to join');
  assert.equal(waitingText([]), '');
  assert.equal(waitingText([pat]), '· 1 waiting');
  assert.equal(waitingText([pat, sam]), '· 2 waiting');
});

test('a knock is announced once, not on every lobby update', () => {
  const first = knockNews(new Set(), [pat]);
  assert.equal(first.announcement, 'Pat Patient is waiting to join.');
  const same = knockNews(first.seen, [pat]);
  assert.equal(same.announcement, null);
  const another = knockNews(same.seen, [pat, sam]);
  assert.equal(another.announcement, 'Sam Staff is waiting to join.');
  const two = knockNews(another.seen, [pat, sam, kit, { id: 'q1', name: 'Quinn', staff: false }]);
  assert.equal(two.announcement, '2 people are waiting to join.');
  assert.equal(knockNews(two.seen, [sam]).announcement, null, 'someone admitted or gone is no news');
});

test('someone who leaves the lobby and knocks again is announced again', () => {
  const gone = knockNews(knockNews(new Set(), [pat]).seen, []);
  assert.equal(gone.announcement, null);
  assert.deepEqual([...gone.seen], []);
  assert.equal(knockNews(gone.seen, [pat]).announcement, 'Pat Patient is waiting to join.');
});

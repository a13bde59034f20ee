import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { CauseLog, causeText } from '../src/meeting/media-causes';

test('each cause is named in words, with the detail the server or browser gave', () => {
  assert.equal(causeText('permission'), 'No camera permission — allow it in the browser\'s site settings');
  assert.equal(causeText('ice-failed'), 'Media could not connect: the network blocks it');
  assert.equal(causeText('tcp'), 'UDP blocked, using TCP');
  assert.equal(causeText('server-failed', 'no consent for 30 s'), 'Media could not connect: no consent for 30 s');
  assert.equal(causeText('refused', ' '), 'Media could not start');
});

test('a cause is shown once until forgotten; a different server detail is news', () => {
  const log = new CauseLog();
  assert.equal(log.first('tcp'), true);
  assert.equal(log.first('tcp'), false);
  assert.equal(log.first('server-failed', 'dtls'), true);
  assert.equal(log.first('server-failed', 'dtls'), false);
  assert.equal(log.first('server-failed', 'ice timeout'), true);
  log.forget();
  assert.equal(log.first('tcp'), true);
});

import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { entries, outgoingBitrate, selectedTransport, StatsEntry } from '../src/meeting/transport-stats';

/** A report shaped like Chromium's: the transport names the selected pair; a second pair also exists. */
function report(local: Partial<StatsEntry>, remote: Partial<StatsEntry>): StatsEntry[] {
  return [
    { id: 'T01', type: 'transport', selectedCandidatePairId: 'CP-sel' },
    { id: 'CP-other', type: 'candidate-pair', localCandidateId: 'L-udp', remoteCandidateId: 'R-udp',
      state: 'failed' },
    { id: 'CP-sel', type: 'candidate-pair', localCandidateId: 'L-sel', remoteCandidateId: 'R-sel', nominated: true,
      state: 'succeeded', availableOutgoingBitrate: 1_450_000 },
    { id: 'L-udp', type: 'local-candidate', protocol: 'udp' },
    { id: 'R-udp', type: 'remote-candidate', protocol: 'udp' },
    { id: 'L-sel', type: 'local-candidate', protocol: 'udp', ...local },
    { id: 'R-sel', type: 'remote-candidate', protocol: 'udp', ...remote },
  ];
}

test('a selected UDP pair is UDP, with its sending estimate', () => {
  const stats = report({}, {});
  assert.equal(selectedTransport(stats), 'udp');
  assert.equal(outgoingBitrate(stats), 1_450_000);
});

test('ICE-TCP is found from the local candidate, a TCP or TLS relay, or the remote candidate', () => {
  assert.equal(selectedTransport(report({ protocol: 'tcp' }, {})), 'tcp');
  assert.equal(selectedTransport(report({ relayProtocol: 'tcp' }, {})), 'tcp');
  assert.equal(selectedTransport(report({ relayProtocol: 'tls' }, {})), 'tcp');
  assert.equal(selectedTransport(report({}, { protocol: 'tcp' })), 'tcp');
  assert.equal(selectedTransport(report({ relayProtocol: 'udp' }, {})), 'udp');
});

test('the pair in use is the transport\'s, else Firefox\'s selected one, else a nominated succeeded one', () => {
  const firefox: StatsEntry[] = [
    { id: 'p1', type: 'candidate-pair', nominated: true, state: 'succeeded', localCandidateId: 'l1',
      remoteCandidateId: 'r1' },
    { id: 'p2', type: 'candidate-pair', selected: true, localCandidateId: 'l2', remoteCandidateId: 'r2' },
    { id: 'l1', type: 'local-candidate', protocol: 'udp' },
    { id: 'l2', type: 'local-candidate', protocol: 'tcp' },
  ];
  assert.equal(selectedTransport(firefox), 'tcp');
  assert.equal(selectedTransport(firefox.filter((s) => s.id !== 'p2')), 'udp');
});

test('before ICE has selected a pair nothing is known', () => {
  const stats: StatsEntry[] = [
    { id: 'T01', type: 'transport' },
    { id: 'p', type: 'candidate-pair', state: 'in-progress', localCandidateId: 'l', remoteCandidateId: 'r' },
    { id: 'l', type: 'local-candidate', protocol: 'tcp' },
  ];
  assert.equal(selectedTransport(stats), null);
  assert.equal(outgoingBitrate(stats), null);
  assert.equal(selectedTransport([]), null);
});

test('a browser report (a maplike) is read as a list', () => {
  const map = new Map<string, StatsEntry>(report({ protocol: 'tcp' }, {}).map((s) => [s.id, s]));
  assert.equal(selectedTransport(entries(map)), 'tcp');
});

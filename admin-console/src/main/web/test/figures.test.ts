import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { bitrates, bytes, DashboardData, MediaReport, mediaSummary, warnings } from '../src/dashboard/figures';

const HOST = { processors: 2, loadAverage: 0.5, heapUsedBytes: 1, heapMaxBytes: 2, memoryTotalBytes: 8,
  memoryAvailableBytes: 4, diskTotalBytes: 1000, diskUsableBytes: 500 };

function data(overrides: Partial<DashboardData>): DashboardData {
  return { health: { status: 'UP', components: {} }, info: { version: '1', java: 'j', jvmStartedAt: '', host: HOST },
    bundles: [{ symbolicName: 'org.parley.api', version: '1', state: 'ACTIVE' }], tls: null, ...overrides };
}

test('a healthy appliance has nothing to warn about', () => {
  assert.deepEqual(warnings(data({})), []);
});

test('each condition the APIs can tell becomes its own warning', () => {
  const found = warnings(data({
    info: { version: '1', java: 'j', jvmStartedAt: '', host: { ...HOST, diskUsableBytes: 50 } },
    health: { status: 'WARN', components: {
      directory: { status: 'WARN', detail: 'ldaps://dc1: connection refused', critical: false },
      audit: { status: 'UP', detail: null, critical: false },
      media: { status: 'DOWN', detail: 'UDP port 10000 in use', critical: false } } },
    bundles: [{ symbolicName: 'org.parley.sip', version: '1.0.1', state: 'RESOLVED' },
      { symbolicName: 'org.parley.fragment', version: '1', state: 'RESOLVED', fragment: true }],
    tls: { certificate: { daysLeft: 12 } },
  }));
  assert.deepEqual(found.map((w) => w.kind), ['disk', 'directory', 'media', 'bundle', 'certificate']);
  assert.match(found[0].text, /nearly full: 5 % free/);
  assert.match(found[1].text, /connection refused/);
  assert.match(found[3].text, /org\.parley\.sip 1\.0\.1 is RESOLVED/);
  assert.match(found[4].text, /expires in 12 days/);
});

test('a failed audit verification and an unsynchronised clock are worded for a person', () => {
  const found = warnings(data({ health: { status: 'WARN', components: {
    'audit-chain': { status: 'DOWN', detail: 'the verification at 2026-01-01T00:00:00Z failed at record #5: altered',
      critical: false },
    clock: { status: 'WARN', detail: 'the system clock is not synchronised by NTP', critical: false } } } }));
  assert.deepEqual(found.map((w) => w.kind), ['audit', 'clock']);
  assert.match(found[0].text, /^Audit verification failed: .*record #5/);
  assert.match(found[1].text, /^The clock is not in sync: .*not synchronised by NTP/);
  const fine = warnings(data({ health: { status: 'UP', components: {
    'audit-chain': { status: 'UP', detail: 'intact', critical: false },
    clock: { status: 'UP', detail: 'unknown: timedatectl is not available', critical: false } } } }));
  assert.deepEqual(fine, [], 'a clock that cannot tell is no warning');
});

test('bandwidth comes from two samples and is absent after a counter reset', () => {
  assert.equal(bitrates(null, { atMillis: 0, bytesIn: 0, bytesOut: 0 }), null);
  assert.deepEqual(bitrates({ atMillis: 0, bytesIn: 0, bytesOut: 1000 }, { atMillis: 2000, bytesIn: 250_000,
    bytesOut: 1000 }), { inBps: 1_000_000, outBps: 0 });
  assert.equal(bitrates({ atMillis: 0, bytesIn: 500, bytesOut: 0 }, { atMillis: 10, bytesIn: 1, bytesOut: 0 }), null);
});

test('loss is the share of packets that never arrived, over every leg', () => {
  const stats = (received: number, lost: number) => ({ packetsReceived: received, bytesReceived: 0, packetsSent: 0,
    bytesSent: 0, packetsLost: lost, packetsDropped: 0, jitterMillis: 0, roundTripMillis: -1 });
  const report: MediaReport = { totals: { packetsIn: 0, bytesIn: 0, packetsOut: 0, bytesOut: 0 }, meetings: [
    { meetingId: 'm1', legs: [{ participantId: 'p1', state: 'CONNECTED', transport: 'udp', stats: stats(90, 10) },
      { participantId: 'p2', state: 'CONNECTED', transport: 'tcp', stats: stats(100, 0) }] },
    { meetingId: 'm2', legs: [{ participantId: 'p3', state: 'CLOSED', transport: null, stats: stats(0, 0) }] }] };
  assert.deepEqual(mediaSummary(report), { meetings: 2, participants: 2, lossPercent: 5 });
});

test('sizes read like a person writes them', () => {
  assert.equal(bytes(512), '512 B');
  assert.equal(bytes(1536), '1.5 KB');
  assert.equal(bytes(20 * 1024 ** 3), '20 GB');
  assert.equal(bytes(-1), '—');
});

import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { BundleView, bundleControls, moveWarning, quality, qualityText, roleMappingOf, splitList } from '../src/admin/rules';
import { openRoutes, routeAt } from '../src/shell/routes';

const bundle: BundleView = { id: 7, symbolicName: 'org.parley.testing.fixture', version: '1.0.0', state: 'ACTIVE',
  core: false, source: 'packaged', fragment: false, failure: null };

test('a core bundle offers neither stop nor start, and says why', () => {
  const core = bundleControls({ ...bundle, symbolicName: 'org.parley.http', core: true });
  assert.deepEqual([core.canStop, core.canStart], [false, false]);
  assert.match(core.why ?? '', /core bundle/);
  assert.deepEqual(bundleControls(bundle), { canStop: true, canStart: false, why: null });
  assert.deepEqual(bundleControls({ ...bundle, state: 'RESOLVED' }), { canStop: false, canStart: true, why: null });
  assert.match(bundleControls({ ...bundle, fragment: true, state: 'RESOLVED' }).why ?? '', /fragment/);
  const framework = bundleControls({ ...bundle, id: 0, symbolicName: 'org.apache.felix.framework' });
  assert.deepEqual([framework.canStop, framework.canStart], [false, false]);
});

test('connection quality reads from loss, round trip and jitter', () => {
  const leg = { state: 'connected', transport: 'udp', packetsLost: 0, lossPercent: 0, jitterMillis: 4,
    roundTripMillis: 20 };
  assert.equal(quality(null), 'none');
  assert.equal(quality(leg), 'good');
  assert.equal(quality({ ...leg, lossPercent: 2 }), 'fair');
  assert.equal(quality({ ...leg, roundTripMillis: 500 }), 'poor');
  assert.equal(quality({ ...leg, lossPercent: 7.5 }), 'poor');
  assert.equal(quality({ ...leg, roundTripMillis: -1 }), 'good', 'not measured yet is not bad');
  assert.equal(qualityText(leg), '0.0 % loss, 4 ms jitter, 20 ms round trip, UDP');
  assert.match(qualityText({ ...leg, roundTripMillis: -1 }), /not measured yet/);
});

test('typed lists and role mappings', () => {
  assert.deepEqual(splitList(' meet.example.org, 10.0.0.5\nwww.example.org ,'),
    ['meet.example.org', '10.0.0.5', 'www.example.org']);
  assert.deepEqual(roleMappingOf('meeting-admins=admin\n\n cn=x,dc=y = host \n'),
    { 'meeting-admins': 'admin', 'cn': 'x,dc=y = host' });
  assert.throws(() => roleMappingOf('admins'), /not value=role/);
  assert.throws(() => roleMappingOf('=admin'), /not value=role/);
});

test('the new pages are routes of their own, admin pages in nav order', () => {
  assert.deepEqual(openRoutes('bundles system directory meetings dashboard').map((r) => r.id),
    ['dashboard', 'meetings', 'directory', 'system', 'bundles']);
  assert.equal(routeAt('/admin/system/')?.label, 'System');
});

test('the database move warns about live meetings before it copies', () => {
  assert.deepEqual(moveWarning([]).yes, 'Copy and switch');
  assert.match(moveWarning([]).detail, /No meeting is live/);
  const one = moveWarning([{ participants: 1 }]);
  assert.equal(one.yes, 'Copy and switch anyway');
  assert.match(one.detail, /^1 meeting is live with 1 participant: while the data is copied .* is refused/);
  assert.match(moveWarning([{ participants: 3 }, { participants: 4 }]).detail,
    /^2 meetings are live with 7 participants: .* Drain first \(parleyctl drain\)/);
  assert.match(moveWarning(null).detail, /could not be read: drain first/);
});

import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { idleState, nextCheckMillis, warningText } from '../src/shell/idle';
import { openRoutes, routeAt } from '../src/shell/routes';
import { auditQuery, detailsText } from '../src/audit/query';

test('the nav shows only what the server opened, in nav order', () => {
  assert.deepEqual(openRoutes('audit dashboard').map((r) => r.id), ['dashboard', 'audit']);
  assert.deepEqual(openRoutes('').map((r) => r.id), []);
  assert.equal(routeAt('/admin/')?.id, 'dashboard');
  assert.equal(routeAt('/admin/users')?.id, 'users');
  assert.equal(routeAt('/admin/nope'), undefined);
});

test('the warning comes a minute before the idle timeout, and says whether staying helps', () => {
  assert.deepEqual(idleState(61, 5000), { kind: 'fine' });
  assert.deepEqual(idleState(60, 5000), { kind: 'warn', seconds: 60, canExtend: true });
  assert.deepEqual(idleState(59.2, 5000), { kind: 'warn', seconds: 60, canExtend: true });
  assert.deepEqual(idleState(500, 30), { kind: 'warn', seconds: 30, canExtend: false });
  assert.deepEqual(idleState(0, 5000), { kind: 'ended' });
  assert.match(warningText({ seconds: 60, canExtend: true }), /^You will be signed out in 60 s/);
  assert.match(warningText({ seconds: 5, canExtend: false }), /longest allowed time/);
});

test('the server is asked often near the end only', () => {
  assert.equal(nextCheckMillis(900), 10_000);
  assert.equal(nextCheckMillis(70), 2_000);
  assert.equal(nextCheckMillis(75), 2_000);
  assert.equal(nextCheckMillis(80), 10_000);
  assert.ok(nextCheckMillis(90) >= 2_000 && nextCheckMillis(90) <= 10_000);
});

test('the audit filter becomes the query of the list and the export', () => {
  const filter = { from: '', to: '', actor: ' admin ', action: 'user.', target: '' };
  assert.equal(auditQuery(filter, null, 50), 'actor=admin&action=user.&limit=50');
  assert.equal(auditQuery(filter, 120, null), 'actor=admin&action=user.&after=120');
  const timed = auditQuery({ ...filter, from: '2026-03-01T08:00', to: 'not a time' }, null, null);
  assert.match(timed, /^from=2026-03-0[12]T\d\d%3A00%3A00\.000Z&actor=admin/);
  assert.equal(detailsText({ b: '2', a: '1' }), 'a=1, b=2');
  assert.equal(detailsText({ attributes: 'idleMinutes,password', 'after.idleMinutes': '2',
    'before.idleMinutes': '(unset)', 'before.password': '********', 'after.password': '(unset)' }),
  'attributes=idleMinutes,password, idleMinutes: (unset) → 2, password: ******** → (unset)');
  assert.equal(detailsText({ 'before.x': '1' }), 'x: 1 → ?');
});

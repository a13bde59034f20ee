import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { zonedIso } from '../src/home/zoned-time';

test('a wall-clock time gets its zone offset on both sides of a DST change', () => {
  assert.equal(zonedIso('2027-03-27T09:00', 'Europe/Berlin'), '2027-03-27T09:00:00+01:00');
  assert.equal(zonedIso('2027-03-29T09:00', 'Europe/Berlin'), '2027-03-29T09:00:00+02:00');
  assert.equal(zonedIso('2027-03-13T09:00', 'America/New_York'), '2027-03-13T09:00:00-05:00');
  assert.equal(zonedIso('2027-03-15T09:00', 'America/New_York'), '2027-03-15T09:00:00-04:00');
  assert.equal(zonedIso('2027-01-05T23:30', 'Asia/Kolkata'), '2027-01-05T23:30:00+05:30');
  assert.equal(zonedIso('2027-06-01T00:00', 'UTC'), '2027-06-01T00:00:00+00:00');
});

test('a time in the spring-forward gap keeps the offset from before it', () => {
  assert.equal(zonedIso('2027-03-28T02:30', 'Europe/Berlin'), '2027-03-28T02:30:00+01:00');
});

test('refuses what is not a local date and time', () => {
  assert.throws(() => zonedIso('tomorrow', 'UTC'), RangeError);
});

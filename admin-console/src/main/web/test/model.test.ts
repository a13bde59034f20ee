import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { AttributeMeta, changes, Entered, fieldOf, kindOf, ValueProblem } from '../src/settings/model';

function attribute(overrides: Partial<AttributeMeta>): AttributeMeta {
  return { id: 'a', name: 'A', description: 'An attribute', type: 'String', defaultValue: null, cardinality: 0,
    options: [], value: null, set: false, source: 'default', ...overrides };
}

test('each Metatype type gets its input', () => {
  assert.equal(kindOf(attribute({ type: 'String' })), 'text');
  assert.equal(kindOf(attribute({ type: 'Integer' })), 'integer');
  assert.equal(kindOf(attribute({ type: 'Long' })), 'integer');
  assert.equal(kindOf(attribute({ type: 'Double' })), 'decimal');
  assert.equal(kindOf(attribute({ type: 'Boolean' })), 'checkbox');
  assert.equal(kindOf(attribute({ type: 'Password' })), 'password');
  assert.equal(kindOf(attribute({ type: 'String', options: [{ value: 'x', label: 'X' }] })), 'select');
  assert.equal(kindOf(attribute({ id: 'caCertificates' })), 'textarea');
  assert.equal(kindOf(attribute({ value: 'line one\nline two' })), 'textarea');
});

test('certificate-like values get a text area, in a list one per row', () => {
  const signers = fieldOf(attribute({ id: 'trustedSigners', cardinality: -100, value: [],
    description: 'PEM certificates (-----BEGIN CERTIFICATE-----) of the keys allowed to sign uploaded bundles' }),
  false);
  assert.equal(signers.list, true);
  assert.equal(signers.kind, 'textarea', 'described as PEM content');
  assert.equal(kindOf(attribute({ id: 'anchors', cardinality: 5,
    value: ['-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----'] })), 'textarea', 'a PEM value');
  assert.equal(kindOf(attribute({ id: 'notes', cardinality: 5, value: ['one', 'two\nlines'] })), 'textarea');
  assert.equal(kindOf(attribute({ id: 'sslRootCert', description: 'PEM file of the CA that signed the server' })),
    'text', 'a path to a PEM file stays one line');
  assert.equal(kindOf(attribute({ id: 'hostNames', cardinality: -10, value: ['meet.example.org'],
    description: 'Extra DNS names for the self-signed certificate' })), 'text');
});

test('a password is never pre-filled, only said to be stored', () => {
  const field = fieldOf(attribute({ type: 'Password', value: '********', set: true }), false);
  assert.equal(field.initial, '');
  assert.equal(field.secretSet, true);
  assert.deepEqual(changes([field], new Map<string, Entered>([['a', '']])), {}, 'empty keeps the stored secret');
  assert.deepEqual(changes([field], new Map<string, Entered>([['a', 's3cret']])), { a: 's3cret' });
});

test('a list (cardinality) starts from its values and sends all items when one changed', () => {
  const field = fieldOf(attribute({ id: 'urls', cardinality: -100, value: ['ldaps://a', 'ldaps://b'] }), false);
  assert.equal(field.list, true);
  assert.deepEqual(field.initial, ['ldaps://a', 'ldaps://b']);
  assert.deepEqual(changes([field], new Map<string, Entered>([['urls', ['ldaps://a', 'ldaps://b']]])), {});
  assert.deepEqual(changes([field], new Map<string, Entered>([['urls', ['ldaps://b', '  ', 'ldaps://c']]])),
    { urls: ['ldaps://b', 'ldaps://c'] }, 'blank rows are dropped');
});

test('only changed attributes are sent, each as its JSON type', () => {
  const idle = fieldOf(attribute({ id: 'idleMinutes', type: 'Integer', value: 15 }), false);
  const banner = fieldOf(attribute({ id: 'signInBanner', value: '' }), false);
  const on = fieldOf(attribute({ id: 'enabled', type: 'Boolean', value: false }), false);
  const entered = new Map<string, Entered>([['idleMinutes', ' 2 '], ['signInBanner', ''], ['enabled', true]]);
  assert.deepEqual(changes([idle, banner, on], entered), { idleMinutes: 2, enabled: true });
  assert.deepEqual(changes([idle], new Map<string, Entered>([['idleMinutes', '15']])), {}, '15 is what it was');
});

test('a number that is not one is refused before anything is sent, naming the field', () => {
  const idle = fieldOf(attribute({ id: 'idleMinutes', name: 'Idle timeout', type: 'Integer', value: 15 }), false);
  assert.throws(() => changes([idle], new Map<string, Entered>([['idleMinutes', 'two']])),
    (error: unknown) => error instanceof ValueProblem && error.field === 'idleMinutes'
      && error.message.includes('Idle timeout must be a whole number'));
  const ratio = fieldOf(attribute({ id: 'ratio', type: 'Double', value: 0.5 }), false);
  assert.deepEqual(changes([ratio], new Map<string, Entered>([['ratio', '0.75']])), { ratio: 0.75 });
  assert.throws(() => changes([ratio], new Map<string, Entered>([['ratio', '']])), ValueProblem);
});

test('a PID managed by a file is read-only and sends nothing', () => {
  const field = fieldOf(attribute({ id: 'httpsPort', type: 'Integer', value: 8443 }), true);
  assert.equal(field.readOnly, true);
  assert.deepEqual(changes([field], new Map<string, Entered>([['httpsPort', '9443']])), {});
});

test('options keep the value in force as the selection', () => {
  const field = fieldOf(attribute({ id: 'groupSearch', value: 'memberOf',
    options: [{ value: 'memberOf', label: 'memberOf' }, { value: 'nested', label: 'nested' }] }), false);
  assert.equal(field.kind, 'select');
  assert.equal(field.initial, 'memberOf');
  assert.deepEqual(changes([field], new Map<string, Entered>([['groupSearch', 'nested']])), { groupSearch: 'nested' });
});

// From the Metatype of GET /api/v1/settings to the fields of a form, and from what a person typed back to the
// PATCH body: only the attributes that changed, each as the JSON type the server's converter expects. Pure.

export interface OptionMeta {
  value: string;
  label: string;
}

export interface AttributeMeta {
  id: string;
  name: string;
  description: string | null;
  type: string;
  defaultValue: unknown;
  cardinality: number;
  options: OptionMeta[];
  value: unknown;
  set: boolean;
  source: string;
}

export interface PidMeta {
  pid: string;
  name: string;
  description: string | null;
  source: string;
  managedBy: string | null;
  readOnly: boolean;
  attributes: AttributeMeta[];
  problems: string[];
}

export type Kind = 'text' | 'textarea' | 'integer' | 'decimal' | 'checkbox' | 'select' | 'password';

export interface FieldModel {
  id: string;
  label: string;
  description: string;
  /** The input of one value (for a list, of each item). */
  kind: Kind;
  list: boolean;
  options: OptionMeta[];
  /** What the form starts with: text for one value, texts for a list, a boolean for a checkbox. */
  initial: string | string[] | boolean;
  readOnly: boolean;
  /** A password is never sent back: this only says whether one is stored. */
  secretSet: boolean;
}

/** What a field holds now, as the form reads it. */
export type Entered = string | string[] | boolean;

export class ValueProblem extends Error {
  constructor(readonly field: string, message: string) {
    super(message);
  }
}

const INTEGERS = new Set(['Integer', 'Long', 'Short', 'Byte']);
const DECIMALS = new Set(['Double', 'Float']);
/** Text that is long or spans lines by nature (certificates, notices) gets a text area. */
const LONG_TEXT = /certificate|banner|pem|notice|metadata/i;
/**
 * A description that says the value IS PEM (not a PEM file's path: "PEM file of the CA" stays one line), e.g.
 * trustedSigners' "PEM certificates (-----BEGIN CERTIFICATE-----) of the keys…".
 */
const PEM_CONTENT = /-----BEGIN|\bPEM certificates?\b/i;

/** Whether a value (or any item of a list) is multi-line text such as a pasted PEM. */
function multiLine(value: AttributeMeta['value']): boolean {
  const items = Array.isArray(value) ? value : [value];
  return items.some((item) => typeof item === 'string' && (item.includes('\n') || item.includes('-----BEGIN')));
}

export function kindOf(attribute: AttributeMeta): Kind {
  if (attribute.type === 'Password') {
    return 'password';
  }
  if (attribute.type === 'Boolean') {
    return 'checkbox';
  }
  if (attribute.options.length > 0) {
    return 'select';
  }
  if (INTEGERS.has(attribute.type)) {
    return 'integer';
  }
  if (DECIMALS.has(attribute.type)) {
    return 'decimal';
  }
  const pem = PEM_CONTENT.test(attribute.description ?? '');
  return LONG_TEXT.test(attribute.id) || pem || multiLine(attribute.value) ? 'textarea' : 'text';
}

export function fieldOf(attribute: AttributeMeta, pidReadOnly: boolean): FieldModel {
  const kind = kindOf(attribute);
  const list = attribute.cardinality !== 0 && kind !== 'password';
  return {
    id: attribute.id,
    label: attribute.name || attribute.id,
    description: attribute.description ?? '',
    kind,
    list,
    options: attribute.options,
    initial: initialOf(attribute, kind, list),
    readOnly: pidReadOnly,
    secretSet: kind === 'password' && attribute.set,
  };
}

function initialOf(attribute: AttributeMeta, kind: Kind, list: boolean): Entered {
  if (kind === 'password') {
    return '';
  }
  if (list) {
    const items = Array.isArray(attribute.value) ? attribute.value : attribute.value == null ? [] : [attribute.value];
    return items.map((item) => String(item));
  }
  if (kind === 'checkbox') {
    return attribute.value === true || attribute.value === 'true';
  }
  return attribute.value == null ? '' : String(attribute.value);
}

/** One typed value as JSON; a number that is not one is a problem named after the field. */
export function parseOne(field: FieldModel, text: string): unknown {
  const trimmed = text.trim();
  if (field.kind === 'integer') {
    if (!/^[-+]?\d+$/.test(trimmed)) {
      throw new ValueProblem(field.id, `${field.label} must be a whole number, not "${text}".`);
    }
    return Number.parseInt(trimmed, 10);
  }
  if (field.kind === 'decimal') {
    const number = Number(trimmed);
    if (trimmed === '' || !Number.isFinite(number)) {
      throw new ValueProblem(field.id, `${field.label} must be a number, not "${text}".`);
    }
    return number;
  }
  return text;
}

/** The value to send for what the field holds now. */
export function parseEntered(field: FieldModel, entered: Entered): unknown {
  if (field.kind === 'checkbox' && !field.list) {
    return entered === true;
  }
  if (field.list) {
    const items = (entered as string[]).filter((item) => item.trim() !== '');
    return items.map((item) => parseOne(field, item));
  }
  return parseOne(field, entered as string);
}

/**
 * The PATCH body: each field whose value differs from what the form started with. A password goes only when
 * something was typed (empty means "keep the stored one"). Throws the first {@link ValueProblem}.
 */
export function changes(fields: FieldModel[], entered: Map<string, Entered>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    const now = entered.get(field.id);
    if (now === undefined || field.readOnly) {
      continue;
    }
    if (field.kind === 'password') {
      if (now !== '') {
        body[field.id] = now;
      }
      continue;
    }
    const value = parseEntered(field, now);
    if (!sameValue(value, parseInitial(field))) {
      body[field.id] = value;
    }
  }
  return body;
}

function parseInitial(field: FieldModel): unknown {
  try {
    return parseEntered(field, field.initial);
  } catch {
    return field.initial;
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => item === b[index]);
  }
  return a === b;
}

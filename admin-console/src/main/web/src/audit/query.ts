// The audit trail's filter form as the query of GET /api/v1/audit (and of its export). Pure.

export interface AuditFilter {
  /** `datetime-local` values (the browser's local time), empty for no bound. */
  from: string;
  to: string;
  actor: string;
  action: string;
  target: string;
}

export const PAGE_SIZE = 50;

/** A `datetime-local` value (local wall-clock time) as an ISO-8601 instant, or '' when empty or not a time. */
export function localToIso(local: string): string {
  if (!local.trim()) {
    return '';
  }
  const time = new Date(local);
  return Number.isNaN(time.getTime()) ? '' : time.toISOString();
}

/** The query string (without '?') for a filter, a page start (the last sequence shown) and a limit. */
export function auditQuery(filter: AuditFilter, after: number | null, limit: number | null): string {
  const params = new URLSearchParams();
  const add = (name: string, value: string): void => {
    if (value.trim()) {
      params.set(name, value.trim());
    }
  };
  add('from', localToIso(filter.from));
  add('to', localToIso(filter.to));
  add('actor', filter.actor);
  add('action', filter.action);
  add('target', filter.target);
  if (after !== null) {
    params.set('after', String(after));
  }
  if (limit !== null) {
    params.set('limit', String(limit));
  }
  return params.toString();
}

/**
 * Details as text for a table cell, in key order: "key=value", then each `before.<x>`/`after.<x>` pair (what a
 * change such as settings.change records) as "x: before → after".
 */
export function detailsText(details: Record<string, string> | undefined): string {
  const all = details ?? {};
  const plain: string[] = [];
  const changed = new Set<string>();
  for (const key of Object.keys(all).sort()) {
    const pair = /^(?:before|after)\.(.+)$/.exec(key);
    if (pair === null) {
      plain.push(`${key}=${all[key]}`);
    } else {
      changed.add(pair[1]);
    }
  }
  const pairs = [...changed].sort().map((name) =>
    `${name}: ${all[`before.${name}`] ?? '?'} → ${all[`after.${name}`] ?? '?'}`);
  return [...plain, ...pairs].join(', ');
}

// Calls to Parley's REST API (/api/v1) as every page makes them. State-changing calls carry the session's CSRF token;
// errors arrive as RFC 9457 problem+json and become ApiError, so forms can show `detail` next to the field the
// server names, and pages can act on a problem's `code` and on Retry-After.

export interface Problem {
  status: number;
  title: string;
  detail: string;
  field?: string;
  /** A machine-readable reason some routes add, e.g. `not-found-or-passcode`. */
  code?: string;
  /** Seconds from a 429's Retry-After header. */
  retryAfter?: number;
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail || problem.title);
  }

  get status(): number {
    return this.problem.status;
  }
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

let csrfToken = '';

/** Remembers the token that state-changing requests of this session must send (from sign-in or GET auth/session). */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

export function hasCsrfToken(): boolean {
  return csrfToken !== '';
}

const UNREACHABLE: Problem = {
  status: 0,
  title: 'No connection',
  detail: 'Parley could not be reached. Check the network connection and try again.',
};

export interface CallOptions {
  /** A poll the page makes by itself: sent with `X-Parley-Background: 1`, so it does not keep the session alive. */
  background?: boolean;
  /** Sends the body as it is (a file the person chose) with this content type instead of as JSON. */
  contentType?: string;
}

export async function call<T>(method: Method, path: string, body?: unknown, options: CallOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  const raw = options.contentType !== undefined;
  if (body !== undefined) {
    headers['Content-Type'] = raw ? options.contentType as string : 'application/json';
  }
  if (options.background) {
    headers['X-Parley-Background'] = '1';
  }
  if (method !== 'GET' && csrfToken) {
    headers['X-CSRF-Token'] = csrfToken;
  }
  let response: Response;
  try {
    response = await fetch('/api/v1/' + path, {
      method,
      headers,
      body: body === undefined ? undefined : raw ? body as BodyInit : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    throw new ApiError(UNREACHABLE);
  }
  const json = await readJson(response);
  if (!response.ok) {
    throw new ApiError(problemOf(response.status, json, response.headers.get('Retry-After')));
  }
  return json as T;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) {
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function problemOf(status: number, json: unknown, retryAfter: string | null = null): Problem {
  const body = (json ?? {}) as Partial<Problem>;
  const seconds = retryAfter === null ? NaN : Number.parseInt(retryAfter, 10);
  return {
    status,
    title: typeof body.title === 'string' ? body.title : 'Request failed',
    detail: typeof body.detail === 'string' ? body.detail : `The server answered ${status}. Try again later.`,
    field: typeof body.field === 'string' ? body.field : undefined,
    code: typeof body.code === 'string' ? body.code : undefined,
    retryAfter: Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined,
  };
}

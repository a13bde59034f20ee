// POST /api/v1/meetings/{id}/join (meetings bundle) and what its problems mean to the person.
import { ApiError, call, Problem } from '@parley/web-kit/api';

export interface JoinAnswer {
  token: string;
  expiresAt: string;
  participant: string;
  state: 'admitted' | 'waiting';
  meeting: { id: string };
}

export const NOT_FOUND_TEXT = 'No meeting has this link, or the passcode is wrong.';

export function join(meetingId: string, name: string | null, passcode: string): Promise<JoinAnswer> {
  const body: Record<string, string> = {};
  if (name !== null) {
    body.name = name;
  }
  if (passcode) {
    body.passcode = passcode;
  }
  return call<JoinAnswer>('POST', 'meetings/' + encodeURIComponent(meetingId) + '/join', body);
}

/** What to tell the person, and whether the message belongs next to a field. */
export interface JoinProblem {
  text: string;
  field?: 'name' | 'passcode';
  signIn?: boolean;
}

const BY_CODE: Record<string, JoinProblem> = {
  'not-found-or-passcode': { text: NOT_FOUND_TEXT, field: 'passcode' },
  locked: { text: 'The meeting is locked: nobody new can join. Ask the host to unlock it.' },
  blocked: { text: 'A host removed you from this meeting and blocked you from joining again.' },
  full: { text: 'The meeting is full. Try again when someone has left.' },
  ended: { text: 'This meeting has ended.' },
  'sign-in-required': { text: 'Only people with an account can join this meeting. Sign in first.', signIn: true },
};

export function joinProblem(error: unknown): JoinProblem {
  if (!(error instanceof ApiError)) {
    return { text: 'Something went wrong in this page. Reload it and try again.' };
  }
  const problem: Problem = error.problem;
  if (problem.code && BY_CODE[problem.code]) {
    return BY_CODE[problem.code];
  }
  if (problem.status === 404) {
    return BY_CODE['not-found-or-passcode'];
  }
  if (problem.status === 429) {
    const wait = problem.retryAfter;
    return { text: 'Too many wrong passcodes. ' + (wait ? `Try again in ${waitText(wait)}.` : 'Try again later.'),
      field: 'passcode' };
  }
  if (problem.status === 422 && problem.field === 'name') {
    return { text: problem.detail, field: 'name' };
  }
  return { text: problem.detail };
}

function waitText(seconds: number): string {
  return seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
}

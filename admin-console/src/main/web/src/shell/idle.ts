// When to warn before the idle timeout and what to say. The seconds left come from the server (GET auth/session,
// counted on the appliance's clock); the page only counts down between two readings. Pure.

/** The warning shows this many seconds before the session ends. */
export const WARN_SECONDS = 60;

export type IdleState =
  | { kind: 'fine' }
  | { kind: 'warn'; seconds: number; canExtend: boolean }
  | { kind: 'ended' };

/**
 * @param idleLeft seconds until the idle timeout ends the session
 * @param absoluteLeft seconds until its absolute lifetime ends it (activity does not move this one)
 */
export function idleState(idleLeft: number, absoluteLeft: number): IdleState {
  const left = Math.min(idleLeft, absoluteLeft);
  if (left <= 0) {
    return { kind: 'ended' };
  }
  if (left <= WARN_SECONDS) {
    return { kind: 'warn', seconds: Math.ceil(left), canExtend: idleLeft < absoluteLeft };
  }
  return { kind: 'fine' };
}

export function warningText(state: { seconds: number; canExtend: boolean }): string {
  const when = `You will be signed out in ${state.seconds} s`;
  return state.canExtend ? `${when} because nothing was done here for a while.`
    : `${when}: the session has reached its longest allowed time. Save your work and sign in again.`;
}

/** How long to wait before asking the server again: often near the end, rarely otherwise. */
export function nextCheckMillis(secondsLeft: number): number {
  if (secondsLeft <= WARN_SECONDS + 15) {
    return 2_000;
  }
  return Math.min(10_000, (secondsLeft - WARN_SECONDS - 10) * 1000);
}

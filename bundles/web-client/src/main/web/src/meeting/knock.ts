// What the knock banner says and when it is said: pure (no DOM), so node's test runner can check the wording and
// that a knock is announced once, not on every lobby update.
import { Knock } from './protocol';

/** "Pat Patient is waiting to join", or "3 people are waiting to join"; empty for an empty lobby. */
export function knockText(lobby: readonly Knock[]): string {
  if (lobby.length === 0) {
    return '';
  }
  return lobby.length === 1 ? `${lobby[0].name} is waiting to join` : `${lobby.length} people are waiting to join`;
}

/** "· 1 waiting" after the participant count, for hosts; empty when nobody waits. */
export function waitingText(lobby: readonly Knock[]): string {
  return lobby.length ? `· ${lobby.length} waiting` : '';
}

export interface KnockNews {
  /** What to announce for the knocks not seen before, or null when there is none. */
  announcement: string | null;
  /** The ids now in the lobby: the `seen` of the next update (someone who leaves and knocks again is news). */
  seen: ReadonlySet<string>;
}

/** Compares a lobby update with the knocks already announced. */
export function knockNews(seen: ReadonlySet<string>, lobby: readonly Knock[]): KnockNews {
  const fresh = lobby.filter((knock) => !seen.has(knock.id));
  const announcement = fresh.length === 0 ? null : `${knockText(fresh)}.`;
  return { announcement, seen: new Set(lobby.map((knock) => knock.id)) };
}

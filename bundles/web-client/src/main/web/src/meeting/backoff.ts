// When to try again after a dropped connection: 1, 2, 4 … 10 s apart, and only while the server still keeps the
// participant (30 s after the drop); then give up. Time comes from the caller, so tests move it by hand.

export interface BackoffOptions {
  firstMs: number;
  maxMs: number;
  windowMs: number;
}

export const PROTOCOL_BACKOFF: BackoffOptions = { firstMs: 1000, maxMs: 10000, windowMs: 30000 };

export class Backoff {
  private since: number | null = null;
  private attempts = 0;

  constructor(private readonly now: () => number, private readonly options: BackoffOptions = PROTOCOL_BACKOFF) {}

  /** The wait before the next attempt, or null when that attempt would start after the window closed. */
  next(): number | null {
    const now = this.now();
    if (this.since === null) {
      this.since = now;
    }
    const delay = Math.min(this.options.firstMs * 2 ** this.attempts, this.options.maxMs);
    if (now + delay - this.since > this.options.windowMs) {
      return null;
    }
    this.attempts++;
    return delay;
  }

  /** Back to the start: the connection works again. */
  reset(): void {
    this.since = null;
    this.attempts = 0;
  }

  get retrying(): boolean {
    return this.since !== null;
  }
}

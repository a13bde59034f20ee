// Why media is missing or degraded, in words for the person (issue 7 item 7: name the cause). Pure, so the
// wording and the show-once rule are tested without a browser.

export type MediaCause =
  | 'permission' // getUserMedia refused (NotAllowedError)
  | 'no-device' // no camera or microphone (NotFoundError and the like)
  | 'ice-failed' // the browser's ICE failed: nothing reaches the media port
  | 'tcp' // connected, but over ICE-TCP because UDP is blocked
  | 'server-failed' // the server's media-connection says failed, with its cause
  | 'refused' // the server refused the negotiation (error code media)
  | 'screen'; // the screen could not be shared (not when the person cancelled the picker)

const TEXTS: Record<MediaCause, string> = {
  permission: 'No camera permission — allow it in the browser\'s site settings',
  'no-device': 'No camera or microphone found — you can still see and hear the others',
  'ice-failed': 'Media could not connect: the network blocks it',
  tcp: 'UDP blocked, using TCP',
  'server-failed': 'Media could not connect',
  refused: 'Media could not start',
  screen: 'Your screen could not be shared',
};

/** The sentence for a cause; the server's or browser's detail (if any) follows a colon. */
export function causeText(cause: MediaCause, detail = ''): string {
  const text = TEXTS[cause];
  return detail.trim() ? `${text}: ${detail.trim()}` : text;
}

/**
 * Shows each cause once per peer connection, so a condition the statistics poll sees every few seconds (TCP) or
 * the browser and the server both report (ICE failed) is said once; forget() starts over with a new connection.
 */
export class CauseLog {
  private readonly shown = new Set<string>();

  /** Whether this cause (with this detail) is new since the last forget(). */
  first(cause: MediaCause, detail = ''): boolean {
    const key = cause === 'tcp' || cause === 'ice-failed' ? cause : cause + '\n' + detail;
    if (this.shown.has(key)) {
      return false;
    }
    this.shown.add(key);
    return true;
  }

  forget(): void {
    this.shown.clear();
  }
}

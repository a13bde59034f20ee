// Whose media a received track is, from its msid stream id (RFC 8830 §2; the server's convention in its offers):
// the sending participant's id for microphone and camera, `<participantId>~screen` for a screen share. Pure, so
// node's test runner can load it.

/** Appended by the server to a participant id to name that participant's screen share stream. */
export const SCREEN_SUFFIX = '~screen';

export interface StreamOwner {
  participant: string;
  screen: boolean;
}

/**
 * The owner of a remote stream, or null for a stream id that names nobody (empty, or the bare suffix). A
 * participant id may itself contain `~`; only the exact trailing `~screen` marks a screen share.
 */
export function streamOwner(streamId: string | undefined): StreamOwner | null {
  if (!streamId) {
    return null;
  }
  if (streamId.endsWith(SCREEN_SUFFIX)) {
    const participant = streamId.slice(0, -SCREEN_SUFFIX.length);
    return participant ? { participant, screen: true } : null;
  }
  return { participant: streamId, screen: false };
}

// What a close code means to the person (the protocol's close codes), and whether "Join again" makes sense.

export interface Ending {
  code: number;
  message: string;
  rejoin: boolean;
}

const ENDINGS: Record<number, Omit<Ending, 'code'>> = {
  4000: { message: 'You left the meeting.', rejoin: true },
  4001: { message: 'The host ended the meeting for everyone.', rejoin: false },
  4002: { message: 'You were removed from the meeting by a host.', rejoin: false },
  4003: { message: 'A host did not let you in.', rejoin: false },
  4004: { message: 'You opened this meeting in another window or tab.', rejoin: true },
  4005: { message: 'Your admission expired. Join again to come back.', rejoin: true },
  4008: { message: 'Too many messages were sent from this window.', rejoin: true },
  1009: { message: 'A message was too big for the server.', rejoin: true },
};

/** Codes after which the app does not reconnect by itself (the person decides). */
export function isFinal(code: number): boolean {
  return code >= 4000 && code <= 4005;
}

/** The ending for a close code; the server's own sentence (the close reason) wins when it sent one. */
export function endingFor(code: number, reason: string): Ending {
  const known = ENDINGS[code] ?? { message: 'The connection to the meeting was lost.', rejoin: true };
  const text = reason.trim();
  return { code, message: text ? capitalise(text) : known.message, rejoin: known.rejoin };
}

function capitalise(text: string): string {
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : sentence + '.';
}

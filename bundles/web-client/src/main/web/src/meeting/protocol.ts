// Parley signaling protocol v1 (/work/brief/protocol.md; bundles/signaling/README.md): the messages the meeting app
// sends and receives over wss://<host>/ws. Pure types and (de)coding, no DOM, so node's test runner can load it.

export type Role = 'host' | 'cohost' | 'participant';

export interface Participant {
  id: string;
  name: string;
  staff: boolean;
  role: Role;
  audioMuted: boolean;
  videoMuted: boolean;
  handRaised: boolean;
  connected: boolean;
}

export interface Knock {
  id: string;
  name: string;
  staff: boolean;
}

export interface MeetingInfo {
  id: string;
  title: string;
  locked: boolean;
}

export type ServerMessage =
  | { type: 'welcome'; you: Participant; meeting: MeetingInfo; roster: Participant[]; waiting: Knock[] }
  | { type: 'waiting'; you: string; name: string; reason: 'waiting-room' | 'host-absent' }
  | { type: 'lobby'; waiting: Knock[] }
  | { type: 'joined'; participant: Participant }
  | { type: 'left'; participant: string; reason: string }
  | { type: 'updated'; participant: Participant }
  | { type: 'chat'; from: string; fromName: string; to: string | null; text: string; at: string }
  | { type: 'unmute-requested'; by: string }
  | { type: 'locked'; locked: boolean; by: string }
  | { type: 'token'; token: string; expiresAt: string }
  | { type: 'error'; code: string; message: string; ref?: string }
  | { type: 'pong' }
  | { type: 'sdp-answer'; ref?: string; sdp: string }
  | { type: 'sdp-offer'; revision: number; sdp: string }
  | { type: 'speaker'; participant: string }
  | { type: 'media-connection'; state: MediaConnectionState; transport?: 'udp' | 'tcp'; cause?: string }
  | { type: 'media-reset' };

/** What one of the browser's own m-lines carries (the `sending` map of `sdp-offer`). */
export type SendKind = 'audio' | 'video' | 'screen';

export type MediaConnectionState = 'connecting' | 'connected' | 'failed' | 'closed';

/** The error code of every refusal about media (a glare refusal's message starts with `glare`). */
export const MEDIA_ERROR = 'media';

export type ClientMessage =
  | { type: 'join'; token: string }
  | { type: 'leave' }
  | { type: 'ping' }
  | { type: 'chat'; text: string; to?: string }
  | { type: 'hand'; raised: boolean }
  | { type: 'media'; audioMuted: boolean; videoMuted: boolean }
  | { type: 'admit' | 'deny'; participant?: string }
  | { type: 'mute'; participant?: string }
  | { type: 'ask-unmute' | 'stop-video'; participant: string }
  | { type: 'remove'; participant: string; block: boolean }
  | { type: 'lock'; locked: boolean }
  | { type: 'end' }
  | { type: 'cohost'; participant: string; cohost: boolean }
  | { type: 'rename'; participant: string; name: string }
  | { type: 'sdp-offer'; id: string; sdp: string; sending: Record<string, SendKind> }
  | { type: 'sdp-answer'; id: string; revision: number; sdp: string };

export const VERSION = 1;
export const MAX_CHAT = 2000;
export const MAX_NAME = 64;

const SERVER_TYPES = new Set(['welcome', 'waiting', 'lobby', 'joined', 'left', 'updated', 'chat', 'unmute-requested',
  'locked', 'token', 'error', 'pong', 'sdp-answer', 'sdp-offer', 'speaker', 'media-connection', 'media-reset']);

export function encode(message: ClientMessage): string {
  return JSON.stringify({ v: VERSION, ...message });
}

/** A frame from the server, or null when it is not a v1 message this app knows (ignored, never fatal). */
export function decode(frame: unknown): ServerMessage | null {
  if (typeof frame !== 'string') {
    return null;
  }
  let value: unknown;
  try {
    value = JSON.parse(frame);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) {
    return null;
  }
  const message = value as { v?: unknown; type?: unknown };
  return message.v === VERSION && typeof message.type === 'string' && SERVER_TYPES.has(message.type)
    ? (value as ServerMessage) : null;
}

/** Whether a role may use the host controls (the server checks again). */
export function isHost(role: Role | undefined): boolean {
  return role === 'host' || role === 'cohost';
}

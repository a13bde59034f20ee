// The meeting as this participant knows it, folded from the server's messages by a pure reducer (no DOM), so the
// views only draw it and the tests can replay a conversation.
import { Knock, MEDIA_ERROR, MeetingInfo, Participant, ServerMessage } from './protocol';

export interface ChatLine {
  seq: number;
  from: string;
  fromName: string;
  to: string | null;
  text: string;
  at: string;
}

export interface Notice {
  seq: number;
  kind: 'unmute-requested' | 'locked' | 'unlocked' | 'error';
  text: string;
}

export interface MeetingState {
  phase: 'joining' | 'waiting' | 'admitted';
  you: string | null;
  name: string;
  waitingReason: 'waiting-room' | 'host-absent' | null;
  meeting: MeetingInfo | null;
  participants: Participant[];
  lobby: Knock[];
  chat: ChatLine[];
  notices: Notice[];
  /** The dominant speaker the server last named, while that participant is in the meeting. */
  speaker: string | null;
  /** The latest join token: the original, then each `token` event's; a reconnect joins with it. */
  token: string;
  seq: number;
}

const MAX_CHAT_LINES = 500;
const MAX_NOTICES = 20;

export function initialState(token: string, name: string): MeetingState {
  return { phase: 'joining', you: null, name, waitingReason: null, meeting: null, participants: [], lobby: [],
    chat: [], notices: [], speaker: null, token, seq: 0 };
}

export function me(state: MeetingState): Participant | undefined {
  return state.participants.find((p) => p.id === state.you);
}

export function nameOf(state: MeetingState, id: string | null): string {
  return state.participants.find((p) => p.id === id)?.name ?? 'A host';
}

function upsert(list: Participant[], participant: Participant): Participant[] {
  const at = list.findIndex((p) => p.id === participant.id);
  return at < 0 ? [...list, participant] : list.map((p, i) => (i === at ? participant : p));
}

function notice(state: MeetingState, kind: Notice['kind'], text: string): MeetingState {
  const seq = state.seq + 1;
  return { ...state, seq, notices: [...state.notices, { seq, kind, text }].slice(-MAX_NOTICES) };
}

export function reduce(state: MeetingState, message: ServerMessage): MeetingState {
  switch (message.type) {
    case 'welcome':
      return { ...state, phase: 'admitted', you: message.you.id, name: message.you.name, waitingReason: null,
        meeting: message.meeting, participants: upsert(message.roster, message.you), lobby: message.waiting,
        speaker: null };
    case 'waiting':
      return { ...state, phase: 'waiting', you: message.you, name: message.name, waitingReason: message.reason,
        meeting: null, participants: [], lobby: [], speaker: null };
    case 'lobby':
      return { ...state, lobby: message.waiting };
    case 'joined':
    case 'updated':
      return { ...state, participants: upsert(state.participants, message.participant),
        name: message.participant.id === state.you ? message.participant.name : state.name };
    case 'left':
      return { ...state, participants: state.participants.filter((p) => p.id !== message.participant),
        speaker: state.speaker === message.participant ? null : state.speaker };
    case 'speaker':
      return { ...state, speaker: message.participant };
    case 'chat': {
      const seq = state.seq + 1;
      const line = { seq, from: message.from, fromName: message.fromName, to: message.to, text: message.text,
        at: message.at };
      return { ...state, seq, chat: [...state.chat, line].slice(-MAX_CHAT_LINES) };
    }
    case 'unmute-requested':
      return notice(state, 'unmute-requested', `${nameOf(state, message.by)} asks you to unmute.`);
    case 'locked': {
      const locked = { ...state, meeting: state.meeting && { ...state.meeting, locked: message.locked } };
      return notice(locked, message.locked ? 'locked' : 'unlocked', `${nameOf(state, message.by)} `
        + (message.locked ? 'locked the meeting: nobody new can join.' : 'unlocked the meeting.'));
    }
    case 'token':
      return { ...state, token: message.token };
    case 'error':
      // Media refusals belong to the negotiation (a glare refusal is routine); it shows the ones that matter.
      return message.code === MEDIA_ERROR ? state
        : notice(state, 'error', message.message || 'The server refused that.');
    default:
      return state;
  }
}

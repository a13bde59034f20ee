// /m/{id}: the meeting app. Unsupported browser → a page saying so; else pre-join → POST join → the WebSocket
// (lobby or meeting) → an ending screen with the reason and, where it makes sense, "Join again".
import '../app.css';
import { byId } from '@parley/web-kit/dom';
import { signedIn, SignedIn } from '../shared/account';
import { endingFor } from './close-reasons';
import { LinkStatus, MeetingConnection, SocketLike } from './connection';
import { JoinAnswer } from './join-api';
import { LocalMedia, supported } from './media';
import { prejoin, showPrejoin } from './prejoin';
import { initialState, MeetingState, reduce } from './state';
import { Room } from './room';

const SCREENS = ['unsupported', 'prejoin', 'lobby', 'room', 'ended'] as const;
type Screen = (typeof SCREENS)[number];

const meetingId = decodeURIComponent(location.pathname.replace(/^\/m\//, ''));
const media = new LocalMedia();
let connection: MeetingConnection | null = null;
let room: Room | null = null;

function show(screen: Screen): void {
  for (const id of SCREENS) {
    byId(id).hidden = id !== screen;
  }
}

/** Says something to screen readers through the one polite live region. */
function announce(text: string): void {
  const live = byId('live');
  live.textContent = '';
  window.setTimeout(() => (live.textContent = text), 50);
}

const browserTimers = {
  now: () => Date.now(),
  setTimeout: (run: () => void, ms: number) => window.setTimeout(run, ms),
  clearTimeout: (handle: unknown) => window.clearTimeout(handle as number),
};

function socketUrl(): string {
  return (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws';
}

function render(state: MeetingState): void {
  if (state.phase === 'waiting') {
    byId('lobby-title').textContent = state.waitingReason === 'host-absent'
      ? 'The meeting starts when the host joins' : 'Waiting for the host to let you in';
    byId('lobby-name').textContent = state.name;
    document.title = 'Waiting · Parley';
    if (byId('lobby').hidden) {
      show('lobby');
      // Keyboard and screen reader users land on the heading (tabindex=-1), which is read as it takes the focus.
      byId('lobby-title').focus();
    }
  } else if (state.phase === 'admitted') {
    if (byId('room').hidden) {
      show('room');
      announce('You are in the meeting.');
      byId('toggle-mic').focus();
    }
    room?.render(state);
  }
}

function linkStatus(status: LinkStatus): void {
  byId('reconnecting').hidden = status !== 'reconnecting';
  if (status === 'reconnecting') {
    announce('Connection lost. Reconnecting…');
  }
}

function ended(code: number, reason: string): void {
  const ending = endingFor(code, reason);
  connection = null;
  room?.stopMedia();
  media.stop();
  byId('reconnecting').hidden = true;
  byId('ended-reason').textContent = ending.message;
  byId('ended-reason').dataset.code = String(code);
  byId('join-again').hidden = !ending.rejoin;
  document.title = 'Not in the meeting · Parley';
  show('ended');
  announce(ending.message);
  byId('ended-title').focus();
}

function enter(answer: JoinAnswer, name: string): void {
  let state = initialState(answer.token, name);
  room ??= new Room(media, (message) => connection?.send(message) ?? false, () => connection?.leave(), announce);
  connection = new MeetingConnection(socketUrl(), answer.token, {
    message: (message) => {
      state = reduce(state, message);
      render(state);
      room?.received(message);
    },
    status: linkStatus,
    ended,
  }, (url) => new WebSocket(url) as unknown as SocketLike, browserTimers);
  connection.start();
}

async function start(): Promise<void> {
  if (!supported()) {
    show('unsupported');
    return;
  }
  let me: SignedIn | null = null;
  try {
    me = await signedIn();
  } catch {
    me = null;
  }
  show('prejoin');
  prejoin(meetingId, media, me, (answer) => {
    enter(answer, me?.displayName ?? byId<HTMLInputElement>('join-name').value.trim());
  });
  byId('lobby-leave').addEventListener('click', () => connection?.leave());
  byId('join-again').addEventListener('click', () => {
    show('prejoin');
    showPrejoin(media);
  });
}

void start();

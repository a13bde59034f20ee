// The pre-join screen: name (fixed for a signed-in person), camera and microphone preview with device choice and
// on/off, the passcode field once the server asked for it, then POST join.
import { byId, clearErrors, fieldError, formError, h } from '@parley/web-kit/dom';
import { SignedIn } from '../shared/account';
import { join, JoinAnswer, joinProblem, NOT_FOUND_TEXT } from './join-api';
import { LocalMedia } from './media';

export function setToggle(button: HTMLElement, on: boolean, onText: string, offText: string): void {
  button.setAttribute('aria-pressed', String(on));
  button.textContent = on ? onText : offText;
}

async function showPreview(media: LocalMedia): Promise<void> {
  const video = byId<HTMLVideoElement>('preview-video');
  video.srcObject = media.stream;
  const note = byId('preview-note');
  note.textContent = media.problem || (media.videoOn ? '' : 'Your camera is off.');
  note.hidden = !note.textContent;
  await fillDevices(media, 'videoinput', byId<HTMLSelectElement>('camera-choice'));
  await fillDevices(media, 'audioinput', byId<HTMLSelectElement>('mic-choice'));
}

async function fillDevices(media: LocalMedia, kind: 'videoinput' | 'audioinput', select: HTMLSelectElement):
  Promise<void> {
  const devices = await media.devices(kind);
  const word = kind === 'videoinput' ? 'Camera' : 'Microphone';
  select.replaceChildren(...devices.map((device, i) =>
    h('option', { value: device.deviceId }, device.label || `${word} ${i + 1}`)));
  select.value = media.currentDevice(kind === 'videoinput' ? 'video' : 'audio');
  select.disabled = devices.length === 0;
}

function wireMedia(media: LocalMedia): void {
  const camera = byId('toggle-camera-pre');
  const mic = byId('toggle-mic-pre');
  camera.addEventListener('click', () => {
    media.setVideo(!media.videoOn);
    setToggle(camera, media.videoOn, 'Camera on', 'Camera off');
    void showPreview(media);
  });
  mic.addEventListener('click', () => {
    media.setAudio(!media.audioOn);
    setToggle(mic, media.audioOn, 'Microphone on', 'Microphone off');
  });
  const reopen = async (): Promise<void> => {
    await media.open(byId<HTMLSelectElement>('camera-choice').value, byId<HTMLSelectElement>('mic-choice').value);
    await showPreview(media);
  };
  byId('camera-choice').addEventListener('change', () => void reopen());
  byId('mic-choice').addEventListener('change', () => void reopen());
}

function offerSignIn(meetingId: string): void {
  const offer = byId('sign-in-offer');
  offer.replaceChildren('Have an account? ', h('a', {
    href: '/sign-in?next=' + encodeURIComponent('/m/' + meetingId), 'data-testid': 'sign-in-link' }, 'Sign in'),
  ' to join with it.');
  offer.hidden = false;
}

/** Shows the pre-join screen again (after an ending with "Join again"), with the camera reopened. */
export function showPrejoin(media: LocalMedia): void {
  byId('prejoin').hidden = false;
  byId('join-form').querySelector<HTMLButtonElement>('button[type="submit"]')?.focus();
  void media.open().then(() => showPreview(media));
}

/** Wires the screen once and shows it; `joined` runs each time the server lets the person in (or into the lobby). */
export function prejoin(meetingId: string, media: LocalMedia, me: SignedIn | null,
  joined: (answer: JoinAnswer) => void): void {
  byId('prejoin').hidden = false;
  const form = byId<HTMLFormElement>('join-form');
  const name = byId<HTMLInputElement>('join-name');
  if (me) {
    name.value = me.displayName;
    name.readOnly = true;
    byId('join-name-hint').textContent = 'You join with your account\'s name.';
  } else {
    offerSignIn(meetingId);
  }
  wireMedia(media);
  name.focus();
  void media.open().then(() => showPreview(media));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const typed = name.value.trim();
    if (!me && !typed) {
      fieldError(form, 'name', 'Enter the name the others will see.');
      return;
    }
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]') as HTMLButtonElement;
    button.disabled = true;
    try {
      const answer = await join(meetingId, me ? null : typed, byId<HTMLInputElement>('join-passcode').value.trim());
      byId('prejoin').hidden = true;
      joined(answer);
    } catch (error) {
      showJoinProblem(form, meetingId, error);
    } finally {
      button.disabled = false;
    }
  });
}

function showJoinProblem(form: HTMLFormElement, meetingId: string, error: unknown): void {
  const problem = joinProblem(error);
  if (problem.field === 'passcode') {
    byId('passcode-field').hidden = false;
  }
  if (problem.signIn) {
    formError(form, problem.text);
    offerSignIn(meetingId);
    byId('sign-in-link').focus();
    return;
  }
  if (!problem.field || !fieldError(form, problem.field, problem.text)) {
    formError(form, problem.text);
  }
  if (problem.text === NOT_FOUND_TEXT) {
    byId('join-passcode').focus();
  }
}

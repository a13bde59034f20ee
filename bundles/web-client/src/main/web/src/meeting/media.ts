// The local camera and microphone: preview, device choice, on/off. In the meeting, peer.ts sends these very tracks,
// so on/off (track.enabled) acts on what the others receive.
import { MediaCause } from './media-causes';

/** getUserMedia's refusals that mean a device is missing or cannot be used (not a refused permission). */
const MISSING = new Set(['NotFoundError', 'OverconstrainedError', 'NotReadableError']);

export function supported(): boolean {
  return typeof window.RTCPeerConnection === 'function' && typeof navigator.mediaDevices?.getUserMedia === 'function';
}

export class LocalMedia {
  stream: MediaStream | null = null;
  audioOn = true;
  videoOn = true;
  problem = '';
  /** Why there is no stream (or only part of it), for the meeting screen's notice; null when all is well. */
  problemCause: MediaCause | null = null;

  /**
   * Opens the chosen (or default) devices; when one kind is missing the other is opened alone; on refusal the
   * person can still join, without them.
   */
  async open(cameraId = '', micId = ''): Promise<void> {
    this.stop();
    const video: MediaTrackConstraints | boolean = cameraId ? { deviceId: { exact: cameraId } } : true;
    const audio: MediaTrackConstraints | boolean = micId ? { deviceId: { exact: micId } } : true;
    try {
      this.stream = await this.openFirst([{ video, audio }, { audio }, { video }]);
      const camera = this.stream.getVideoTracks().length > 0;
      const mic = this.stream.getAudioTracks().length > 0;
      this.problem = !camera ? 'No camera could be opened: the others will hear you but not see you.'
        : !mic ? 'No microphone could be opened: the others will see you but not hear you.' : '';
      this.problemCause = camera && mic ? null : 'no-device';
      this.apply();
    } catch (error) {
      this.stream = null;
      const name = error instanceof DOMException ? error.name : '';
      this.problemCause = name === 'NotAllowedError' ? 'permission' : 'no-device';
      this.problem = name === 'NotAllowedError'
        ? 'The browser was not allowed to use the camera and microphone. You can join without them, or allow them '
          + 'in the browser\'s site settings and reload.'
        : 'No camera or microphone could be opened. You can join without them.';
    }
  }

  /** The first of these requests that opens; a refused permission is not retried with less. */
  private async openFirst(requests: MediaStreamConstraints[]): Promise<MediaStream> {
    let failure: unknown = null;
    for (const request of requests) {
      try {
        return await navigator.mediaDevices.getUserMedia(request);
      } catch (error) {
        failure ??= error;
        if (!(error instanceof DOMException && MISSING.has(error.name))) {
          throw error;
        }
      }
    }
    throw failure;
  }

  async devices(kind: 'videoinput' | 'audioinput'): Promise<MediaDeviceInfo[]> {
    try {
      return (await navigator.mediaDevices.enumerateDevices()).filter((d) => d.kind === kind);
    } catch {
      return [];
    }
  }

  currentDevice(kind: 'video' | 'audio'): string {
    const track = kind === 'video' ? this.stream?.getVideoTracks()[0] : this.stream?.getAudioTracks()[0];
    return track?.getSettings().deviceId ?? '';
  }

  setAudio(on: boolean): void {
    this.audioOn = on;
    this.apply();
  }

  setVideo(on: boolean): void {
    this.videoOn = on;
    this.apply();
  }

  stop(): void {
    this.stream?.getTracks().forEach((track) => track.stop());
    this.stream = null;
  }

  private apply(): void {
    this.stream?.getAudioTracks().forEach((track) => (track.enabled = this.audioOn));
    this.stream?.getVideoTracks().forEach((track) => (track.enabled = this.videoOn));
  }
}

// The local camera and microphone: preview, device choice, on/off. Media between participants comes with the SFU;
// here the stream only shows in the person's own preview and tile.

export function supported(): boolean {
  return typeof window.RTCPeerConnection === 'function' && typeof navigator.mediaDevices?.getUserMedia === 'function';
}

export class LocalMedia {
  stream: MediaStream | null = null;
  audioOn = true;
  videoOn = true;
  problem = '';

  /** Opens the chosen (or default) devices; on refusal the person can still join, without them. */
  async open(cameraId = '', micId = ''): Promise<void> {
    this.stop();
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({
        video: cameraId ? { deviceId: { exact: cameraId } } : true,
        audio: micId ? { deviceId: { exact: micId } } : true,
      });
      this.problem = '';
      this.apply();
    } catch (error) {
      this.stream = null;
      const name = error instanceof DOMException ? error.name : '';
      this.problem = name === 'NotAllowedError'
        ? 'The browser was not allowed to use the camera and microphone. You can join without them, or allow them '
          + 'in the browser\'s site settings and reload.'
        : 'No camera or microphone could be opened. You can join without them.';
    }
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

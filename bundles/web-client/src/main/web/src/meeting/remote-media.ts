// The others' media as it arrives: one feed per participant (microphone and camera in one MediaStream, played by one
// <video> so a test can sample both) and one per screen share, found by the stream id (msid.ts). A feed goes when
// its tracks end (the server's offer set their m-lines to port 0) or its participant leaves.
import { h } from '@parley/web-kit/dom';
import { streamOwner } from './msid';

export interface RemoteFeed {
  participant: string;
  stream: MediaStream;
  /** Plays the stream: sound for a person (never muted), picture only for a screen. */
  video: HTMLVideoElement;
}

const TRACK_EVENTS = ['ended', 'mute', 'unmute'];

function live(track: MediaStreamTrack): boolean {
  return track.readyState === 'live';
}

/** Whether a feed has a picture to show now (a remote track is muted until its first frame and while paused). */
export function showsVideo(feed: RemoteFeed | undefined): boolean {
  return feed?.stream.getVideoTracks().some((track) => live(track) && !track.muted) ?? false;
}

/** Keeps the feeds; `changed` runs whenever what should be shown may have changed. Page event loop only. */
export class RemoteMedia {
  private readonly people = new Map<string, RemoteFeed>();
  private readonly screens = new Map<string, RemoteFeed>();

  constructor(private readonly changed: () => void) {}

  /** A track from the peer connection's ontrack; tracks of a stream id that names nobody are ignored. */
  add(track: MediaStreamTrack, stream: MediaStream | undefined): void {
    const owner = streamOwner(stream?.id);
    if (!owner || !stream) {
      return;
    }
    const feeds = owner.screen ? this.screens : this.people;
    const feed = feeds.get(owner.participant);
    if (feed?.stream !== stream) {
      const video = feed?.video ?? this.video(owner.screen);
      video.srcObject = stream;
      stream.addEventListener('removetrack', () => this.prune());
      feeds.set(owner.participant, { participant: owner.participant, stream, video });
    }
    TRACK_EVENTS.forEach((name) => track.addEventListener(name, () => this.prune()));
    void feeds.get(owner.participant)?.video.play().catch(() => undefined);
    this.changed();
  }

  /** The participant's microphone and camera feed, while it has a live track. */
  person(participant: string): RemoteFeed | undefined {
    return this.people.get(participant);
  }

  /** The screen shares with a picture to show, in arrival order. */
  sharedScreens(): RemoteFeed[] {
    return Array.from(this.screens.values()).filter(showsVideo);
  }

  /** The participant left: its feeds go at once, whatever the media side still says. */
  forget(participant: string): void {
    this.drop(this.people, participant);
    this.drop(this.screens, participant);
    this.changed();
  }

  /** Every feed goes (a new peer connection is built, or the meeting is over). */
  clear(): void {
    for (const id of Array.from(this.people.keys())) {
      this.drop(this.people, id);
    }
    for (const id of Array.from(this.screens.keys())) {
      this.drop(this.screens, id);
    }
    this.changed();
  }

  private prune(): void {
    for (const feeds of [this.people, this.screens]) {
      for (const [id, feed] of Array.from(feeds)) {
        if (!feed.stream.getTracks().some(live)) {
          this.drop(feeds, id);
        }
      }
    }
    this.changed();
  }

  private drop(feeds: Map<string, RemoteFeed>, participant: string): void {
    const feed = feeds.get(participant);
    if (feed) {
      feed.video.srcObject = null;
      feed.video.remove();
      feeds.delete(participant);
    }
  }

  private video(screen: boolean): HTMLVideoElement {
    const video = h('video', { class: screen ? 'tile-video tile-screen-video' : 'tile-video tile-video-remote',
      autoplay: true, playsinline: true });
    // A screen share carries no sound; a person's video element is what plays their voice.
    video.muted = screen;
    return video;
  }
}

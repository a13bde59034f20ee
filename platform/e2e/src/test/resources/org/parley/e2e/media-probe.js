// The media probe of the end-to-end tests (MediaProbe.java; FirefoxProbe.java in Firefox), preloaded into every
// document of a test's browser before the page's own scripts run. It reads what the page decodes through the DOM
// hooks of the web client's README ([data-testid=tile][data-participant] and [data-testid=screen-tile] holding a
// <video> whose srcObject is the participant's MediaStream) and remembers the page's RTCPeerConnections (a
// subclass installed here; the app offers no hook and needs none) for getStats and, in hostile steps, for
// re-enabling tracks by script.
(() => {
  if (window.__parleyProbe) {
    return;
  }
  const connections = [];
  const probe = { keepOpen: false };
  Object.defineProperty(window, '__parleyProbe', { value: probe });

  // The sending estimate of each connection, read every 500 ms from its creation until it closes: the highest seen
  // and when it first passed 1 Mbit/s (ms after creation). A sender of a plain picture is application-limited, so
  // Chromium may later drop its estimate to a fraction of the little it sends; the first passing is what counts.
  const estimates = [];
  const watchEstimate = (pc) => {
    const estimate = { createdAt: performance.now(), highest: 0, aboveOneMegabitAfter: null };
    estimates.push(estimate);
    const timer = setInterval(async () => {
      if (pc.connectionState === 'closed') {
        clearInterval(timer);
        return;
      }
      (await pc.getStats()).forEach((report) => {
        if (report.type === 'candidate-pair' && report.nominated && report.state === 'succeeded') {
          const bitrate = report.availableOutgoingBitrate || 0;
          estimate.highest = Math.max(estimate.highest, bitrate);
          if (bitrate > 1e6 && estimate.aboveOneMegabitAfter === null) {
            estimate.aboveOneMegabitAfter = Math.round(performance.now() - estimate.createdAt);
          }
        }
      });
    }, 500);
  };
  probe.estimates = () => estimates.map((e) => ({ highest: e.highest, aboveOneMegabitAfter: e.aboveOneMegabitAfter }));

  const Native = window.RTCPeerConnection;
  if (Native) {
    window.RTCPeerConnection = class extends Native {
      constructor(...args) {
        super(...args);
        connections.push(this);
        watchEstimate(this);
      }

      // A hostile page keeps sending after the app would have hung up (removal): the test sets keepOpen.
      close() {
        return probe.keepOpen ? undefined : super.close();
      }
    };
  }

  // ... and would stop its camera and microphone: while keepOpen they stay live.
  const stopTrack = MediaStreamTrack.prototype.stop;
  MediaStreamTrack.prototype.stop = function stop() {
    return probe.keepOpen ? undefined : stopTrack.call(this);
  };

  // Frames presented per <video>, counted from the first one (requestVideoFrameCallback), and when that came.
  const playback = new WeakMap();
  const watch = (video) => {
    if (playback.has(video)) {
      return;
    }
    const state = { frames: 0, firstFrameAt: null };
    playback.set(video, state);
    if (video.requestVideoFrameCallback) {
      const next = (now, metadata) => {
        state.frames = metadata.presentedFrames;
        state.firstFrameAt = state.firstFrameAt ?? now;
        video.requestVideoFrameCallback(next);
      };
      video.requestVideoFrameCallback(next);
    }
  };
  new MutationObserver(() => document.querySelectorAll('video').forEach(watch))
    .observe(document, { subtree: true, childList: true });

  // The centre half of the picture, averaged, from a 64×36 copy: the moving marker at the top edge stays out.
  const canvas = document.createElement('canvas');
  canvas.width = 64;
  canvas.height = 36;
  const colourOf = (video) => {
    if (!video.videoWidth) {
      return null;
    }
    const context = canvas.getContext('2d', { willReadFrequently: true });
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const pixels = context.getImageData(16, 9, 32, 18).data;
    const sum = [0, 0, 0];
    for (let i = 0; i < pixels.length; i += 4) {
      sum[0] += pixels[i];
      sum[1] += pixels[i + 1];
      sum[2] += pixels[i + 2];
    }
    return sum.map((channel) => channel / (pixels.length / 4));
  };

  // One AnalyserNode (fftSize 8192) per received audio track, fed from a stream of that track alone.
  const FLOOR_DB = -200;
  let audio = null;
  const analysers = new Map();
  const analyserOf = (track) => {
    if (!analysers.has(track.id)) {
      audio = audio ?? new AudioContext();
      const analyser = audio.createAnalyser();
      analyser.fftSize = 8192;
      analyser.smoothingTimeConstant = 0.5;
      audio.createMediaStreamSource(new MediaStream([track])).connect(analyser);
      analysers.set(track.id, { analyser, bins: new Float32Array(analyser.frequencyBinCount) });
    }
    return analysers.get(track.id);
  };
  // The loudest bin between 100 Hz and 5 kHz, and the loudest level within ±tolerance of each asked frequency.
  const toneOf = (track, frequencies, tolerance) => {
    const { analyser, bins } = analyserOf(track);
    analyser.getFloatFrequencyData(bins);
    const hzPerBin = audio.sampleRate / analyser.fftSize;
    const level = (from, to) => {
      let best = { hz: 0, db: FLOOR_DB };
      for (let bin = Math.max(1, Math.floor(from / hzPerBin)); bin <= Math.ceil(to / hzPerBin); bin++) {
        if (bins[bin] > best.db) {
          best = { hz: bin * hzPerBin, db: bins[bin] };
        }
      }
      return best;
    };
    const peak = level(100, 5000);
    const levels = {};
    frequencies.forEach((hz) => { levels[hz] = level(hz - tolerance, hz + tolerance).db; });
    return { hz: peak.hz, db: peak.db, levels, state: audio.state };
  };

  const feed = (element, screen, frequencies, tolerance) => {
    const video = element.querySelector('video');
    const stream = video && video.srcObject;
    const tracks = stream ? stream.getTracks() : [];
    const audioTrack = tracks.find((track) => track.kind === 'audio' && track.readyState === 'live');
    if (video) {
      watch(video);
    }
    const state = video ? playback.get(video) : { frames: 0, firstFrameAt: null };
    return {
      participant: element.getAttribute('data-participant'),
      screen,
      speaking: element.getAttribute('data-speaking') === 'true',
      width: video ? video.videoWidth : 0,
      frames: state.frames,
      firstFrameAt: state.firstFrameAt,
      rgb: video ? colourOf(video) : null,
      tone: audioTrack ? toneOf(audioTrack, frequencies, tolerance) : null,
      tracks: tracks.map((track) => ({ id: track.id, kind: track.kind, state: track.readyState })),
    };
  };

  /** Every remote feed on the page now: tiles, then screen tiles. */
  probe.feeds = (frequencies, tolerance) => [
    ...[...document.querySelectorAll('[data-testid=tile][data-participant]')]
      .map((tile) => feed(tile, false, frequencies, tolerance)),
    ...[...document.querySelectorAll('[data-testid=screen-tile][data-participant]')]
      .map((tile) => feed(tile, true, frequencies, tolerance)),
  ];

  const live = () => connections.filter((pc) => pc.connectionState !== 'closed' || probe.keepOpen);

  /** Packets received so far on the given track ids (inbound-rtp trackIdentifier), over every connection. */
  probe.received = async (trackIds) => {
    let packets = 0;
    for (const pc of live()) {
      (await pc.getStats()).forEach((report) => {
        if (report.type === 'inbound-rtp' && trackIds.includes(report.trackIdentifier)) {
          packets += report.packetsReceived;
        }
      });
    }
    return packets;
  };

  /** What the page sends: packets per kind, the microphone's level, the estimate and the selected transport. */
  probe.sending = async () => {
    const result = { audio: 0, video: 0, audioLevel: 0, bitrate: 0, transport: null, connections: 0 };
    for (const pc of live()) {
      result.connections++;
      const stats = await pc.getStats();
      stats.forEach((report) => {
        if (report.type === 'outbound-rtp' && report.kind in result) {
          result[report.kind] += report.packetsSent;
        } else if (report.type === 'media-source' && report.kind === 'audio') {
          result.audioLevel = Math.max(result.audioLevel, report.audioLevel || 0);
        } else if (report.type === 'candidate-pair' && report.nominated && report.state === 'succeeded') {
          result.bitrate = Math.max(result.bitrate, report.availableOutgoingBitrate || 0);
          const local = stats.get(report.localCandidateId);
          result.transport = local ? local.protocol : result.transport;
        }
      });
    }
    return result;
  };

  /** Every statistics report of this type (outbound-rtp, say) over the live connections, for a test's figures. */
  probe.reports = async (type) => {
    const found = [];
    for (const pc of live()) {
      (await pc.getStats()).forEach((report) => { if (report.type === type) { found.push(report); } });
    }
    return found;
  };

  /** The session descriptions of the live connections (for a test that needs the ICE credentials or SSRCs). */
  probe.descriptions = () => live().map((pc) => ({
    local: pc.localDescription ? pc.localDescription.sdp : null,
    remote: pc.remoteDescription ? pc.remoteDescription.sdp : null,
  }));

  /** A hostile page's act: turns every sending track on again, whatever the app or a host decided. */
  probe.enableSenders = () => live().flatMap((pc) => pc.getSenders()).filter((sender) => sender.track)
    .map((sender) => { sender.track.enabled = true; return sender.track.kind; });
})();

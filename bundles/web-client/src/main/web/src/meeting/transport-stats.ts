// What the peer connection's statistics (W3C webrtc-stats) say about the path media takes: UDP or TCP (ICE-TCP,
// RFC 6544, when a network blocks UDP), and the sending bandwidth estimate. Pure: it reads a report given as a
// plain iterable of stats objects, so tests bring a fake one.

export type MediaTransport = 'udp' | 'tcp';

/** The fields read here; a browser's RTCStats objects have them (or not) under these names. */
export interface StatsEntry {
  id: string;
  type: string;
  selectedCandidatePairId?: string;
  /** Firefox's non-standard flag on the pair in use. */
  selected?: boolean;
  nominated?: boolean;
  state?: string;
  localCandidateId?: string;
  remoteCandidateId?: string;
  protocol?: string;
  relayProtocol?: string;
  availableOutgoingBitrate?: number;
}

const TCP = 'tcp';
/** A TURN relay reached over TLS runs on TCP too. */
const TLS = 'tls';

/** A browser RTCStatsReport (a maplike) or a test's array, as a list. */
export function entries(report: { forEach(each: (value: unknown) => void): void }): StatsEntry[] {
  const list: StatsEntry[] = [];
  report.forEach((value) => list.push(value as StatsEntry));
  return list;
}

/**
 * The candidate pair media flows on: the one the transport names (standard), else the one Firefox marks
 * `selected`, else a nominated pair that succeeded; null before ICE has one.
 */
export function selectedPair(stats: StatsEntry[]): StatsEntry | null {
  const byId = new Map(stats.map((s) => [s.id, s]));
  for (const transport of stats.filter((s) => s.type === 'transport' && s.selectedCandidatePairId)) {
    const pair = byId.get(transport.selectedCandidatePairId as string);
    if (pair) {
      return pair;
    }
  }
  const pairs = stats.filter((s) => s.type === 'candidate-pair');
  return pairs.find((p) => p.selected === true)
    ?? pairs.find((p) => p.nominated === true && p.state === 'succeeded') ?? null;
}

/**
 * UDP or TCP for the selected pair: TCP when the local candidate's `protocol` is tcp, or it is a relay reached
 * over tcp/tls (`relayProtocol`), or the remote candidate's `protocol` is tcp; null while none is selected.
 */
export function selectedTransport(stats: StatsEntry[]): MediaTransport | null {
  const pair = selectedPair(stats);
  if (!pair) {
    return null;
  }
  const local = stats.find((s) => s.id === pair.localCandidateId);
  const remote = stats.find((s) => s.id === pair.remoteCandidateId);
  const overTcp = local?.protocol === TCP || local?.relayProtocol === TCP || local?.relayProtocol === TLS
    || remote?.protocol === TCP;
  return overTcp ? 'tcp' : 'udp';
}

/** The congestion controller's sending estimate on the selected pair in bit/s, or null when not known yet. */
export function outgoingBitrate(stats: StatsEntry[]): number | null {
  const bitrate = selectedPair(stats)?.availableOutgoingBitrate;
  return typeof bitrate === 'number' ? bitrate : null;
}

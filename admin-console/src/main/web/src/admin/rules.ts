// Pure decisions of the Bundles, System, Directory and Meetings pages, kept apart from the DOM so they are unit
// tested: which bundle actions a row offers and why not, how a connection's quality reads, how typed lists split.

export interface BundleView {
  id: number;
  symbolicName: string;
  version: string;
  state: string;
  core: boolean;
  source: string;
  fragment: boolean;
  failure: string | null;
}

export interface BundleControls {
  canStop: boolean;
  canStart: boolean;
  /** Why stop/start are not offered (shown next to the disabled buttons), or null. */
  why: string | null;
}

/**
 * Core bundles are kept running by the appliance (the server answers 409), fragments never start or stop, and the
 * framework (bundle 0) stopped is the whole appliance stopped.
 */
export function bundleControls(bundle: BundleView): BundleControls {
  if (bundle.id === 0) {
    return { canStop: false, canStart: false, why: 'The OSGi framework itself: stopping it shuts Parley down.' };
  }
  if (bundle.core) {
    return { canStop: false, canStart: false, why: 'A core bundle: Parley keeps it running.' };
  }
  if (bundle.fragment) {
    return { canStop: false, canStart: false, why: 'A fragment: it runs inside its host bundle.' };
  }
  const active = bundle.state === 'ACTIVE' || bundle.state === 'STARTING';
  return { canStop: active, canStart: !active, why: null };
}

export interface Connection {
  state: string;
  transport: string | null;
  packetsLost: number;
  lossPercent: number;
  jitterMillis: number;
  roundTripMillis: number;
}

export type Quality = 'good' | 'fair' | 'poor' | 'none';

/**
 * A participant's connection as a word: loss above 5 % or a round trip above 400 ms makes calls hard to follow
 * (poor); above 1 % or 150 ms it is noticeable (fair). No leg yet: none.
 */
export function quality(connection: Connection | null): Quality {
  if (!connection) {
    return 'none';
  }
  const rtt = connection.roundTripMillis;
  if (connection.lossPercent > 5 || rtt > 400) {
    return 'poor';
  }
  if (connection.lossPercent > 1 || rtt > 150 || connection.jitterMillis > 30) {
    return 'fair';
  }
  return 'good';
}

export function qualityText(connection: Connection | null): string {
  if (!connection) {
    return 'No media yet';
  }
  const rtt = connection.roundTripMillis < 0 ? 'round trip not measured yet'
    : `${connection.roundTripMillis} ms round trip`;
  return `${connection.lossPercent.toFixed(1)} % loss, ${connection.jitterMillis} ms jitter, ${rtt}`
    + (connection.transport ? `, ${connection.transport.toUpperCase()}` : '');
}

/** Names typed as "a.example.org, 10.0.0.5" or one a line: trimmed, empties dropped. */
export function splitList(text: string): string[] {
  return text.split(/[\s,]+/).map((item) => item.trim()).filter(Boolean);
}

/** An IdP's role mapping typed one "value=role" a line (split at the first "="); a line without "=" is refused. */
export function roleMappingOf(text: string): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const line of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const at = line.indexOf('=');
    if (at <= 0 || at === line.length - 1) {
      throw new Error(`"${line}" is not value=role`);
    }
    mapping[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return mapping;
}

/**
 * What the database move's confirmation says about the meetings live now: from the copy to the switch the store
 * refuses writes (rather than lose them), so their participants would meet errors. {@code null}: not known.
 */
export function moveWarning(live: { participants: number }[] | null): { detail: string; yes: string } {
  if (live === null) {
    return { detail: 'Parley copies its data, verifies it and switches to PostgreSQL. Whether meetings are live '
      + 'could not be read: drain first (parleyctl drain) if they are.', yes: 'Copy and switch' };
  }
  if (live.length === 0) {
    return { detail: 'No meeting is live. Parley copies its data, verifies it and switches to PostgreSQL.',
      yes: 'Copy and switch' };
  }
  const people = live.reduce((sum, meeting) => sum + meeting.participants, 0);
  const meetings = live.length === 1 ? '1 meeting is' : `${live.length} meetings are`;
  return { detail: `${meetings} live with ${people} ${people === 1 ? 'participant' : 'participants'}: while the `
    + 'data is copied and Parley switches, what they save (joining, chat) is refused with an error. Drain first '
    + '(parleyctl drain) and let them end, or end them on the Meetings page.',
  yes: 'Copy and switch anyway' };
}

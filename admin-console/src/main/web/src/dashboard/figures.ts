// What the dashboard computes from the appliance's answers: media rates between two polls, loss, and the
// warnings a person must notice. Pure, so it is unit tested; the page only draws the results.

export interface ComponentHealth {
  status: 'UP' | 'WARN' | 'DOWN' | string;
  detail: string | null;
  critical: boolean;
}

export interface HealthReport {
  status: string;
  components?: Record<string, ComponentHealth>;
  checkedAt?: string;
}

export interface HostFigures {
  processors: number;
  loadAverage: number;
  heapUsedBytes: number;
  heapMaxBytes: number;
  memoryTotalBytes: number;
  memoryAvailableBytes: number;
  diskTotalBytes: number;
  diskUsableBytes: number;
}

export interface SystemInfo {
  version: string;
  java: string;
  jvmStartedAt: string;
  host?: HostFigures;
}

export interface LegStats {
  packetsReceived: number;
  bytesReceived: number;
  packetsSent: number;
  bytesSent: number;
  packetsLost: number;
  packetsDropped: number;
  jitterMillis: number;
  roundTripMillis: number;
}

export interface MediaReport {
  meetings: { meetingId: string; legs: { participantId: string; state: string; transport: string | null;
    stats: LegStats }[] }[];
  totals: { packetsIn: number; bytesIn: number; packetsOut: number; bytesOut: number };
}

export interface BundleView {
  symbolicName: string;
  version: string;
  state: string;
  fragment?: boolean;
}

/** The certificate in use, when the appliance says (GET system/tls). */
export interface TlsView {
  certificate?: { daysLeft?: number; notAfter?: string; subject?: string };
}

export interface Warning {
  kind: 'disk' | 'health' | 'directory' | 'bundle' | 'certificate' | 'media' | 'audit' | 'clock';
  text: string;
}

export interface MediaSample {
  atMillis: number;
  bytesIn: number;
  bytesOut: number;
}

/** A disk with less than this share free is "nearly full". */
export const DISK_FREE_WARN = 0.1;
/** A certificate this close to its end needs replacing. */
export const CERTIFICATE_DAYS_WARN = 30;

/** Bits per second in and out between two samples (null until there are two, or after a restart's reset). */
export function bitrates(before: MediaSample | null, now: MediaSample): { inBps: number; outBps: number } | null {
  const seconds = before === null ? 0 : (now.atMillis - before.atMillis) / 1000;
  if (before === null || seconds <= 0 || now.bytesIn < before.bytesIn || now.bytesOut < before.bytesOut) {
    return null;
  }
  return {
    inBps: ((now.bytesIn - before.bytesIn) * 8) / seconds,
    outBps: ((now.bytesOut - before.bytesOut) * 8) / seconds,
  };
}

/** Live meetings, connected participants and the share of packets lost on the way in, over every leg. */
export function mediaSummary(report: MediaReport): { meetings: number; participants: number; lossPercent: number } {
  let received = 0;
  let lost = 0;
  let participants = 0;
  for (const meeting of report.meetings) {
    for (const leg of meeting.legs) {
      participants += leg.state === 'CLOSED' ? 0 : 1;
      received += leg.stats.packetsReceived;
      lost += leg.stats.packetsLost;
    }
  }
  const expected = received + lost;
  return { meetings: report.meetings.length, participants, lossPercent: expected === 0 ? 0 : (100 * lost) / expected };
}

export interface DashboardData {
  health: HealthReport | null;
  info: SystemInfo | null;
  bundles: BundleView[] | null;
  tls: TlsView | null;
}

export function warnings(data: DashboardData): Warning[] {
  const found: Warning[] = [];
  const host = data.info?.host;
  if (host && host.diskTotalBytes > 0 && host.diskUsableBytes / host.diskTotalBytes < DISK_FREE_WARN) {
    found.push({ kind: 'disk', text: `The data disk is nearly full: ${percent(host.diskUsableBytes,
      host.diskTotalBytes)} free (${bytes(host.diskUsableBytes)}). Free space or grow the disk before recordings `
      + 'and the database stop.' });
  }
  for (const [name, component] of Object.entries(data.health?.components ?? {})) {
    if (component.status === 'UP') {
      continue;
    }
    found.push(componentWarning(name, component));
  }
  for (const bundle of data.bundles ?? []) {
    if (bundle.state !== 'ACTIVE' && !(bundle.fragment && bundle.state === 'RESOLVED')) {
      found.push({ kind: 'bundle', text: `The bundle ${bundle.symbolicName} ${bundle.version} is ${bundle.state}, `
        + 'not active.' });
    }
  }
  const days = data.tls?.certificate?.daysLeft;
  if (typeof days === 'number' && days <= CERTIFICATE_DAYS_WARN) {
    found.push({ kind: 'certificate', text: days < 0 ? 'The HTTPS certificate has expired.'
      : `The HTTPS certificate expires in ${days} day${days === 1 ? '' : 's'}. Replace it under System.` });
  }
  return found;
}

/** Components a person must recognise at a glance get their own words; the others say name and status. */
function componentWarning(name: string, component: ComponentHealth): Warning {
  const detail = component.detail ? `: ${component.detail}` : '';
  switch (name) {
    case 'directory':
      return { kind: 'directory', text: `The directory (LDAP) cannot be reached${detail}` };
    case 'audit-chain':
      return { kind: 'audit', text: `Audit verification failed${detail}` };
    case 'clock':
      return { kind: 'clock', text: `The clock is not in sync${detail}` };
    default:
      return { kind: name === 'media' ? 'media' : 'health', text: `${name} is ${component.status}${detail}` };
  }
}

export function percent(part: number, whole: number): string {
  return whole <= 0 ? '—' : `${Math.round((100 * part) / whole)} %`;
}

export function bytes(count: number): string {
  if (count < 0) {
    return '—';
  }
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = count;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value >= 10 || unit === 0 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}

export function bitsPerSecond(bps: number): string {
  if (bps >= 1_000_000) {
    return `${(bps / 1_000_000).toFixed(1)} Mbit/s`;
  }
  return bps >= 1000 ? `${Math.round(bps / 1000)} kbit/s` : `${Math.round(bps)} bit/s`;
}

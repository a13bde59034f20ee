// Dashboard: components' health, live meetings and participants, CPU, memory, disk, media bandwidth and loss, and
// the warnings a person must notice, refreshed every 10 s by background polls (X-Parley-Background: 1), which do
// not keep the session alive.
import { ApiError, call } from '@parley/web-kit/api';
import { formatTime, h } from '@parley/web-kit/dom';
import { Stop } from '../shell/routes';
import { sessionEnded } from '../shell/session';
import { problemText } from '../shell/feedback';
import {
  bitrates, bitsPerSecond, BundleView, bytes, DashboardData, HealthReport, MediaReport, MediaSample, mediaSummary,
  percent, SystemInfo, TlsView, warnings,
} from '../dashboard/figures';

const REFRESH_MILLIS = 10_000;

/** A background read; a route that is absent or closed to this person gives null (that card says so). */
async function read<T>(path: string): Promise<T | null> {
  try {
    return await call<T>('GET', path, undefined, { background: true });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      throw error;
    }
    if (error instanceof ApiError && error.status === 503 && path === 'health') {
      // A critical component is DOWN: the body's details do not survive as a problem, the status does.
      return { status: 'DOWN' } as T;
    }
    return null;
  }
}

function facts(rows: [string, string | Node][]): HTMLElement {
  return h('dl', { class: 'facts' }, ...rows.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
}

function card(id: string, title: string, ...body: (Node | null)[]): HTMLElement {
  return h('section', { class: 'card dash-card', 'data-testid': id, 'aria-labelledby': id + '-title' },
    h('h2', { id: id + '-title' }, title), ...body);
}

function healthCard(health: HealthReport | null): HTMLElement {
  const components = Object.entries(health?.components ?? {});
  if (!health || components.length === 0) {
    return card('dash-health', 'Health', h('p', { class: 'muted' }, health ? `Overall: ${health.status}`
      : 'The health endpoint did not answer.'));
  }
  return card('dash-health', `Health: ${health.status}`, h('ul', { class: 'health-list' },
    ...components.map(([name, component]) => h('li', { 'data-status': component.status, 'data-testid': 'health-item' },
      h('span', { class: `status status-${component.status.toLowerCase()}` }, component.status), ' ',
      h('strong', {}, name), component.critical ? ' (critical)' : '',
      component.detail ? h('span', { class: 'muted' }, ` — ${component.detail}`) : null))),
  health.checkedAt ? h('p', { class: 'muted' }, `Checked ${formatTime(health.checkedAt)}`) : null);
}

function systemCard(info: SystemInfo | null): HTMLElement {
  const host = info?.host;
  if (!info || !host) {
    return card('dash-system', 'Machine', h('p', { class: 'muted' }, 'System information is not available.'));
  }
  const load = host.loadAverage < 0 ? '—' : `${host.loadAverage.toFixed(2)} on ${host.processors} CPUs (`
    + `${percent(host.loadAverage, host.processors)})`;
  return card('dash-system', 'Machine', facts([
    ['Version', info.version], ['CPU load (1 min)', load],
    ['Memory available', `${bytes(host.memoryAvailableBytes)} of ${bytes(host.memoryTotalBytes)}`],
    ['Java heap', `${bytes(host.heapUsedBytes)} of ${bytes(host.heapMaxBytes)}`],
    ['Data disk free', `${bytes(host.diskUsableBytes)} of ${bytes(host.diskTotalBytes)} (`
      + `${percent(host.diskUsableBytes, host.diskTotalBytes)})`],
    ['Running since', formatTime(info.jvmStartedAt)], ['Java', info.java]]));
}

function mediaCard(media: MediaReport | null, rates: { inBps: number; outBps: number } | null): HTMLElement {
  if (!media) {
    return card('dash-media', 'Meetings and media', h('p', { class: 'muted' }, 'The media service is not running.'));
  }
  const summary = mediaSummary(media);
  return card('dash-media', 'Meetings and media', facts([
    ['Live meetings', h('span', { 'data-testid': 'live-meetings' }, String(summary.meetings))],
    ['Participants with media', h('span', { 'data-testid': 'live-participants' }, String(summary.participants))],
    ['Bandwidth in / out', rates ? `${bitsPerSecond(rates.inBps)} / ${bitsPerSecond(rates.outBps)}`
      : 'measured at the next refresh'],
    ['Packet loss (incoming)', `${summary.lossPercent.toFixed(1)} %`]]));
}

function warningsBox(data: DashboardData): HTMLElement {
  const found = warnings(data);
  if (found.length === 0) {
    return h('section', { class: 'notice ok', 'data-testid': 'dash-warnings', 'data-count': '0' },
      h('h2', {}, 'Nothing needs attention'));
  }
  return h('section', { class: 'attention', 'data-testid': 'dash-warnings', 'data-count': String(found.length),
    'aria-labelledby': 'warnings-title' },
  h('h2', { id: 'warnings-title' }, `Needs attention (${found.length})`),
  h('ul', {}, ...found.map((w) => h('li', { 'data-kind': w.kind, 'data-testid': 'dash-warning' }, w.text))));
}

export async function renderDashboard(main: HTMLElement): Promise<Stop> {
  const body = h('div', { class: 'dashboard', 'aria-live': 'off' });
  const stamp = h('p', { class: 'muted', 'data-testid': 'dash-updated' });
  main.append(h('h1', {}, 'Dashboard'), stamp, body);
  let previous: MediaSample | null = null;
  let timer: number | undefined;
  let stopped = false;
  const refresh = async (): Promise<void> => {
    try {
      const [health, info, media, bundles, tls] = await Promise.all([read<HealthReport>('health'),
        read<SystemInfo>('system/info'), read<MediaReport>('media/stats'), read<BundleView[]>('system/bundles'),
        read<TlsView>('system/tls')]);
      const sample = media ? { atMillis: Date.now(), bytesIn: media.totals.bytesIn, bytesOut: media.totals.bytesOut }
        : null;
      const rates = sample ? bitrates(previous, sample) : null;
      previous = sample;
      body.replaceChildren(warningsBox({ health, info, bundles, tls }),
        h('div', { class: 'dash-grid' }, systemCard(info), mediaCard(media, rates), healthCard(health)));
      stamp.textContent = `Updated ${new Date().toLocaleTimeString()}; refreshes every 10 s.`;
    } catch (error) {
      if (sessionEnded(error)) {
        stopped = true;
        return;
      }
      stamp.textContent = `Could not refresh: ${problemText(error)}`;
    }
    if (!stopped) {
      timer = window.setTimeout(() => void refresh(), REFRESH_MILLIS);
    }
  };
  await refresh();
  return () => {
    stopped = true;
    window.clearTimeout(timer);
  };
}

// Bundles: every bundle with version, state, core flag, source and why it failed; stop/start (not the core ones:
// the button is disabled and says why), roll back to the kept previous version (asked first), and the signed
// upload of a new version (off by default: the page shows what to set, with the Deploy settings form below).
import { call } from '@parley/web-kit/api';
import { clearErrors, field, h, onSubmit } from '@parley/web-kit/dom';
import { Stop } from '../shell/routes';
import { feedback, Feedback } from '../shell/feedback';
import { act, Ask } from '../shell/action';
import { activity } from '../shell/session';
import { BundleView, bundleControls } from '../admin/rules';
import { pidSection } from '../settings/pid-form';

interface Uploaded {
  symbolicName: string;
  version: string;
  sha256: string;
  signer: string;
}

export async function renderBundles(main: HTMLElement): Promise<Stop> {
  const status = feedback('bundles-status');
  const rows = h('tbody', { 'data-testid': 'bundle-rows' });
  const load = async (): Promise<BundleView[]> => {
    const bundles = await call<BundleView[]>('GET', 'system/bundles');
    rows.replaceChildren(...bundles.map((bundle) => bundleRow(bundle, status, load)));
    return bundles;
  };
  const timers: number[] = [];
  main.append(h('h1', {}, 'Bundles'),
    uploadForm(load, timers),
    h('section', { class: 'card', 'aria-labelledby': 'bundles-title' }, h('h2', { id: 'bundles-title' }, 'Installed'),
      h('p', {}, status.element),
      h('div', { class: 'table-wrap' }, h('table', {},
        h('thead', {}, h('tr', {}, ...['Bundle', 'Version', 'State', 'Source', 'Actions'].map((t) => h('th', {}, t)))),
        rows))),
    await pidSection('org.parley.system.Deploy', 'Upload is off until you turn on uploadEnabled and add the '
      + 'certificate of the key that signs your jars (or of the CA that issued it) to trustedSigners.'));
  await load();
  return () => timers.forEach((timer) => window.clearInterval(timer));
}

function bundleRow(bundle: BundleView, status: Feedback, reload: () => Promise<unknown>): HTMLElement {
  const controls = bundleControls(bundle);
  const whyId = `bundle-${bundle.id}-why`;
  const button = (label: string, testId: string, enabled: boolean, cls = 'secondary small'): HTMLButtonElement =>
    h('button', { type: 'button', class: cls, 'data-testid': testId, disabled: !enabled,
      'aria-describedby': controls.why ? whyId : false }, label);
  const stop = button('Stop', 'bundle-stop', controls.canStop);
  const start = button('Start', 'bundle-start', controls.canStart);
  const rollback = button('Roll back', 'bundle-rollback', !bundle.fragment && bundle.id !== 0, 'danger small');
  const path = `system/bundles/${encodeURIComponent(bundle.symbolicName)}`;
  const run = (target: HTMLButtonElement, verb: string, action: string, ask?: Ask): void => {
    void act(target, status, `${verb} ${bundle.symbolicName}…`, `${bundle.symbolicName}: ${action} done.`,
      () => call('POST', `${path}/${action}`), ask).then((ok) => (ok ? reload() : undefined));
  };
  stop.addEventListener('click', () => run(stop, 'Stopping', 'stop', { question: `Stop ${bundle.symbolicName}?`,
    yes: 'Stop', detail: 'What needs it stops working until it is started again; stopping one of the web server\'s '
      + 'bundles makes this console unreachable.' }));
  start.addEventListener('click', () => run(start, 'Starting', 'start'));
  rollback.addEventListener('click', () => run(rollback, 'Rolling back', 'rollback', {
    question: `Roll back ${bundle.symbolicName}?`, yes: 'Roll back',
    detail: `Version ${bundle.version} is replaced by the previous version kept on the appliance. The change is `
      + 'audited.' }));
  const failed = bundle.failure !== null || (bundle.state !== 'ACTIVE' && !bundle.fragment);
  return h('tr', { 'data-testid': 'bundle-row', 'data-bsn': bundle.symbolicName, 'data-version': bundle.version,
    'data-state': bundle.state },
  h('td', {}, bundle.symbolicName, bundle.core ? h('span', { class: 'tag' }, 'core') : null,
    bundle.fragment ? h('span', { class: 'tag' }, 'fragment') : null),
  h('td', {}, bundle.version),
  h('td', { class: failed ? 'bad' : '' }, bundle.state,
    bundle.failure ? h('p', { class: 'hint', 'data-testid': 'bundle-failure' }, bundle.failure) : null),
  h('td', {}, bundle.source),
  h('td', { class: 'action' }, stop, ' ', start, ' ', rollback,
    controls.why ? h('p', { class: 'hint', id: whyId }, controls.why) : null));
}

function uploadForm(load: () => Promise<BundleView[]>, timers: number[]): HTMLElement {
  const file = h('input', { type: 'file', accept: '.jar,application/java-archive', 'data-field': 'file',
    'data-testid': 'bundle-file' });
  const status = feedback('upload-status');
  const result = h('div', { 'data-testid': 'upload-result', 'aria-live': 'polite' });
  const form = h('form', { novalidate: true },
    h('p', { class: 'form-error', role: 'alert', hidden: true, 'data-testid': 'upload-error' }),
    field('bundle-file', 'Signed bundle jar', file, 'A new version of an installed bundle, or a new bundle, signed '
      + 'with jarsigner by a trusted key. It is checked before anything is written.'),
    h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', 'data-testid': 'upload-submit' },
      'Upload'), status.element));
  onSubmit(form, async () => {
    const jar = file.files?.[0];
    result.replaceChildren();
    if (!jar) {
      status.failedText('Choose a jar first.');
      return;
    }
    status.busy('Uploading…');
    try {
      const done = await call<Uploaded>('POST', `system/bundles?filename=${encodeURIComponent(jar.name)}`, jar,
        { contentType: 'application/java-archive' });
      activity();
      status.done(`Accepted ${done.symbolicName} ${done.version}; installing…`);
      result.append(h('dl', { class: 'facts' }, h('dt', {}, 'SHA-256'), h('dd', {}, h('code', {}, done.sha256)),
        h('dt', {}, 'Signed by'), h('dd', {}, done.signer)));
      watchInstall(done, load, status, timers);
    } catch (error) {
      status.failedText('Not uploaded.');
      throw error;
    }
  });
  form.addEventListener('reset', () => clearErrors(form));
  return h('section', { class: 'card', 'aria-labelledby': 'upload-title' },
    h('h2', { id: 'upload-title' }, 'Upload a new version'), form, result);
}

/** The deploy watcher installs the jar on its next scan: the list is read again until the version runs (60 s). */
function watchInstall(done: Uploaded, load: () => Promise<BundleView[]>, status: Feedback, timers: number[]): void {
  let tries = 0;
  const timer = window.setInterval(() => {
    tries++;
    void load().then((bundles) => {
      const now = bundles.find((b) => b.symbolicName === done.symbolicName && b.version === done.version);
      if (now?.state === 'ACTIVE' || tries >= 30) {
        window.clearInterval(timer);
        status.done(now?.state === 'ACTIVE' ? `${done.symbolicName} ${done.version} is active.`
          : `${done.symbolicName} ${done.version} is not active yet: see its row below.`);
      }
    }).catch(() => window.clearInterval(timer));
  }, 2000);
  timers.push(timer);
}

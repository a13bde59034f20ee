// The console shell: header, the nav of the pages this person may open (the server filled them in), path routing
// without reloads (links stay real links), the idle-timeout watch. Each page draws itself into <main> and returns
// how to stop its timers when another page is opened.
import './console.css';
import { byId, h } from '@parley/web-kit/dom';
import { openRoutes, Route, routeAt, Stop } from './shell/routes';
import { sessionEnded, signOut, startSession } from './shell/session';
import { problemText } from './shell/feedback';
import { renderDashboard } from './pages/dashboard';
import { renderUsers } from './pages/users';
import { renderSettings } from './pages/settings';
import { renderPolicies } from './pages/policies';
import { renderAudit } from './pages/audit';
import { renderMeetings } from './pages/meetings';
import { renderDirectory } from './pages/directory';
import { renderSystem } from './pages/system';
import { renderBundles } from './pages/bundles';

type Render = (main: HTMLElement) => Promise<Stop>;

const RENDERERS: Record<Route['id'], Render> = {
  dashboard: renderDashboard,
  meetings: renderMeetings,
  users: renderUsers,
  directory: renderDirectory,
  policies: renderPolicies,
  system: renderSystem,
  bundles: renderBundles,
  settings: renderSettings,
  audit: renderAudit,
};

const routes = openRoutes(document.querySelector<HTMLMetaElement>('meta[name="parley-console-pages"]')?.content ?? '');
let stopPage: Stop = () => undefined;

function drawNav(current: Route | undefined): void {
  const list = byId('nav');
  list.replaceChildren(...routes.map((route) => {
    const link = h('a', { href: route.path, 'data-testid': 'nav-' + route.id }, route.label);
    if (route === current) {
      link.setAttribute('aria-current', 'page');
    }
    link.addEventListener('click', (event) => {
      if (event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey) {
        event.preventDefault();
        void open(route.path, true);
      }
    });
    return h('li', {}, link);
  }));
}

async function open(path: string, push: boolean): Promise<void> {
  const route = routeAt(path);
  const allowed = route && routes.includes(route) ? route : undefined;
  if (push && allowed) {
    history.pushState({}, '', allowed.path);
  }
  stopPage();
  stopPage = () => undefined;
  drawNav(allowed);
  const main = byId('main');
  main.replaceChildren();
  if (!allowed) {
    main.append(h('h1', {}, 'No such page'), h('p', {}, 'Choose a page from the list.'));
    return;
  }
  document.title = `${allowed.label} · Parley admin console`;
  try {
    stopPage = await RENDERERS[allowed.id](main);
  } catch (error) {
    if (!sessionEnded(error)) {
      main.append(h('p', { class: 'form-error', role: 'alert' }, problemText(error)));
    }
  }
  if (push) {
    main.querySelector('h1')?.setAttribute('tabindex', '-1');
    main.querySelector<HTMLElement>('h1')?.focus();
  }
}

async function boot(): Promise<void> {
  byId('sign-out').addEventListener('click', () => void signOut());
  window.addEventListener('popstate', () => void open(location.pathname, false));
  try {
    const session = await startSession();
    byId('who-name').textContent = session.username;
    byId('who').hidden = false;
  } catch (error) {
    if (sessionEnded(error)) {
      return;
    }
  }
  await open(location.pathname, false);
}

void boot();

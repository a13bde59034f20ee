// The console's pages and their paths, as the server (ConsolePage) knows them. Pure, so it is unit tested.

/** What a page returns when drawn: how to stop its timers when another page opens. */
export type Stop = () => void;

export type PageId = 'dashboard' | 'meetings' | 'users' | 'directory' | 'policies' | 'system' | 'bundles'
  | 'settings' | 'audit';

export interface Route {
  id: PageId;
  path: string;
  label: string;
}

export const ROUTES: readonly Route[] = [
  { id: 'dashboard', path: '/admin', label: 'Dashboard' },
  { id: 'meetings', path: '/admin/meetings', label: 'Meetings' },
  { id: 'users', path: '/admin/users', label: 'Users and roles' },
  { id: 'directory', path: '/admin/directory', label: 'Directory and SSO' },
  { id: 'policies', path: '/admin/policies', label: 'Policies' },
  { id: 'system', path: '/admin/system', label: 'System' },
  { id: 'bundles', path: '/admin/bundles', label: 'Bundles' },
  { id: 'settings', path: '/admin/settings', label: 'Settings' },
  { id: 'audit', path: '/admin/audit', label: 'Audit trail' },
];

/** The pages the server said this caller may open (the meta element's space-separated ids), in nav order. */
export function openRoutes(granted: string): Route[] {
  const ids = new Set(granted.split(/\s+/).filter(Boolean));
  return ROUTES.filter((route) => ids.has(route.id));
}

/** The route of a location path (a trailing slash ignored), or undefined for a path the console does not have. */
export function routeAt(path: string): Route | undefined {
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  return ROUTES.find((route) => route.path === trimmed);
}

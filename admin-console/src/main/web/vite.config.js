import { pagesConfig } from '@parley/web-kit/vite-pages';

// The console shell (one page, routed by path in the browser) and the 403 page, served by org.parley.console.internal
// from the jar's web/ folder; assets under /admin/assets/.
export default pagesConfig('/admin/', { console: 'console.html', forbidden: 'forbidden.html' });

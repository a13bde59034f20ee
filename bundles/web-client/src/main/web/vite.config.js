import { pagesConfig } from '@parley/web-kit/vite-pages';

// Two pages, served by org.parley.webclient.internal from the jar's web/ folder; assets under /app/assets/.
export default pagesConfig('/app/', { home: 'home.html', meeting: 'meeting.html' });

import { pagesConfig } from '@parley/web-kit/vite-pages';

// Two pages, served by org.parley.auth.internal.web from the jar's web/ folder; assets under /auth/assets/.
export default pagesConfig('/auth/', { 'sign-in': 'sign-in.html', account: 'account.html' });

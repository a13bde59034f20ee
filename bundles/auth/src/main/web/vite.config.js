import { defineConfig } from 'vite';

// Two pages, built into the auth bundle's classes folder so bnd packs them into the jar (served by
// org.parley.auth.internal.web). Assets live under /auth/assets/ with hashed names; nothing is loaded from elsewhere.
export default defineConfig({
  base: '/auth/',
  logLevel: 'warn',
  build: {
    outDir: '../../../target/classes/web',
    emptyOutDir: true,
    assetsDir: 'assets',
    // The front door's CSP allows no inline script, and both browsers we target support modulepreload.
    modulePreload: { polyfill: false },
    target: 'es2022',
    rollupOptions: {
      input: { 'sign-in': 'sign-in.html', account: 'account.html' },
    },
  },
});

// The one way Parley builds a bundle's pages with Vite: into the bundle's target/classes/web (bnd packs it into the
// jar), assets with hashed names under <base>assets/, nothing inline and nothing loaded from elsewhere.
import { defineConfig } from 'vite';

/**
 * @param {string} base the URL prefix of the assets' folder, e.g. '/auth/' (assets at /auth/assets/)
 * @param {Record<string, string>} pages entry name to HTML file, e.g. { account: 'account.html' }
 */
export function pagesConfig(base, pages) {
  return defineConfig({
    base,
    logLevel: 'warn',
    build: {
      outDir: '../../../target/classes/web',
      emptyOutDir: true,
      assetsDir: 'assets',
      // The front door's CSP allows no inline script, and the browsers Parley supports have modulepreload.
      modulePreload: { polyfill: false },
      target: 'es2022',
      // Small assets stay files: the CSP allows data: only for images.
      assetsInlineLimit: 0,
      rollupOptions: { input: pages },
    },
  });
}

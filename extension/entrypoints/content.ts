// Registered at run time for each enabled site (src/background/site-access.ts); `matches: []`
// keeps WXT from adding host permissions for it. WXT imports this file in Node at build time.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContent } from '../src/content/index';

export default defineContentScript({
  matches: [],
  registration: 'runtime',
  // The overlay's styles go into its own shadow root, never into the page.
  cssInjectionMode: 'ui',
  main: (ctx) => startContent(ctx),
});

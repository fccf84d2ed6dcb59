// WXT imports this file in Node at build time: nothing may run outside main.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../src/background/index';

export default defineBackground(() => {
  startBackground(browser);
});

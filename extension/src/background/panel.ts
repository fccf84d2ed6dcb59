/**
 * The toolbar button opens the side panel: Chrome and Edge remember the behaviour once
 * set; Firefox (where the side panel is a sidebar) needs the click handled on every wake.
 */
import type { BackgroundBrowser } from './browser-api';

export function setPanelBehaviour(browser: BackgroundBrowser, log: (message: string) => void): void {
  browser.sidePanel
    ?.setPanelBehavior({ openPanelOnActionClick: true })
    .catch((error: unknown) => log(`Sidopanelen kunde inte kopplas till knappen: ${String(error)}`));
}

/** Registered synchronously at every wake, as MV3 event listeners must be. */
export function listenForPanelButton(browser: BackgroundBrowser): void {
  const sidebar = browser.sidebarAction;
  if (browser.sidePanel || !sidebar) return;
  browser.action?.onClicked.addListener(() => void sidebar.toggle());
}

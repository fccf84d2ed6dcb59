/**
 * The overlay's styles, put into its closed shadow root as a <style> element: no CSS file
 * has to be web-accessible (FRONTEND-FACTS §10: with runtime registration WXT's UI CSS is
 * fetched from a URL pages may be denied) and the page's styles never reach in. The host's
 * own inline style (`all: initial`, overlay.ts) stops the page's inherited fonts and colours;
 * no `:host` reset here, since an important `:host` rule would override the host's position.
 */
export const OVERLAY_CSS = `
.layer { position: fixed; left: 0; top: 0; width: 0; height: 0; overflow: visible; pointer-events: none;
  font: 14px/1.4 "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif; color: #242424; }
.mirror { position: fixed; visibility: hidden; pointer-events: none; margin: 0; transform-origin: 0 0; overflow: hidden; contain: layout paint; }
.mark { position: fixed; left: 0; top: 0; pointer-events: none; border-bottom: 2px solid var(--colour); box-sizing: border-box;
  background: transparent; outline: none; border-radius: 1px; }
.mark:focus-visible, .mark.active { background: color-mix(in srgb, var(--colour) 14%, transparent); outline: 2px solid var(--colour); outline-offset: 1px; }
.error { --colour: #c50f1f; }
.warning { --colour: #bc4b09; }
.info { --colour: #0f6cbd; }
.badge { position: fixed; left: 0; top: 0; pointer-events: auto; min-width: 20px; height: 20px; padding: 0 6px; box-sizing: border-box;
  border: 1px solid #fff; border-radius: 10px; background: var(--colour); color: #fff; font-family: inherit; font-size: 12px; font-weight: 600; line-height: 18px;
  text-align: center; cursor: pointer; box-shadow: 0 1px 3px rgba(0,0,0,.3); }
.badge:focus-visible { outline: 2px solid #000; outline-offset: 2px; }
.hidden { display: none !important; }
.popup { position: fixed; left: 0; top: 0; pointer-events: auto; max-width: 360px; min-width: 220px; box-sizing: border-box; padding: 10px 12px;
  background: #fff; color: #242424; border: 1px solid #d1d1d1; border-top: 3px solid var(--colour, #616161); border-radius: 6px;
  box-shadow: 0 4px 16px rgba(0,0,0,.18); font: inherit; z-index: 1; }
.popup .finding + .finding { margin-top: 10px; padding-top: 10px; border-top: 1px solid #e0e0e0; }
.popup .severity { font-weight: 600; font-size: 12px; color: var(--colour); text-transform: none; margin: 0 0 2px; }
.popup .message { margin: 0; }
.popup .section { margin: 2px 0 0; color: #616161; font-size: 12px; }
.popup .actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.popup button { font: inherit; font-size: 13px; padding: 3px 10px; border-radius: 4px; border: 1px solid #d1d1d1; background: #fff; color: #242424; cursor: pointer; }
.popup button.primary { background: #0f6cbd; border-color: #0f6cbd; color: #fff; }
.popup button:hover { filter: brightness(.95); }
.popup button:focus-visible { outline: 2px solid #000; outline-offset: 1px; }
.popup .close { position: absolute; right: 4px; top: 2px; border: none; background: transparent; font-size: 16px; padding: 0 6px; line-height: 20px; }
.popup .title { font-weight: 600; margin: 0 24px 8px 0; }
.popup .outcome { margin: 8px 0 0; font-size: 13px; color: #c50f1f; }
.notice { position: fixed; right: 16px; bottom: 16px; pointer-events: auto; max-width: 380px; padding: 10px 36px 10px 12px; border-radius: 6px;
  background: #fff; border: 1px solid #d1d1d1; border-left: 4px solid var(--colour); box-shadow: 0 4px 16px rgba(0,0,0,.18); font: inherit; }
.notice .close { position: absolute; right: 4px; top: 4px; border: none; background: transparent; font-size: 16px; cursor: pointer; }
`;

/**
 * The side panel's controller for a component: made once per PanelApi, started while
 * mounted (the page and tab events subscribed), and its state as React state.
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { PanelApi } from '../background/panel-api';
import { PanelController, type PanelControllerOptions, type PanelState } from './controller';

export function usePanel(api: PanelApi, options?: PanelControllerOptions): { state: PanelState; controller: PanelController } {
  // The options are read once, with the api: a new api is a new panel.
  const controller = useMemo(() => new PanelController(api, options), [api]);
  useEffect(() => {
    controller.start();
    return () => controller.stop();
  }, [controller]);
  const state = useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);
  return { state, controller };
}

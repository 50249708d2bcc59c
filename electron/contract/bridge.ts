import type { Result } from './result';

/** What the main process may tell the page: reset to home, recovered from a crash. */
export const kioskEvents = ['reset', 'recovered'] as const;
export type KioskEvent = (typeof kioskEvents)[number];

/**
 * `window.kiosk`: what the preload exposes in Electron (absent in the web mode). Declared once,
 * here: the preload satisfies it and the renderer's client calls it.
 */
export interface KioskBridge {
  invoke(method: string, input: unknown, session?: string): Promise<Result<unknown>>;
  on(event: KioskEvent, callback: () => void): () => void;
}

/** The one IPC channel between the renderer and the main process. */
export const INVOKE_CHANNEL = 'kiosk:invoke';
/** Main-to-renderer notifications (e.g. "reset to home"), forwarded by the preload. */
export const EVENT_CHANNEL = 'kiosk:event';
export { kioskEvents, type KioskEvent } from './contract/bridge';

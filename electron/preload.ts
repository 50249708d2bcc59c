import { contextBridge, ipcRenderer } from 'electron';
import { EVENT_CHANNEL, INVOKE_CHANNEL, kioskEvents, type KioskEvent } from './ipcChannel';

/**
 * The page's only door to the main process. It passes plain data both ways: no Electron
 * object and no IPC `event` ever reaches the page.
 */
contextBridge.exposeInMainWorld('kiosk', {
  invoke: (method: string, input: unknown, session?: string): Promise<unknown> =>
    ipcRenderer.invoke(INVOKE_CHANNEL, String(method), input, typeof session === 'string' ? session : undefined),
  on: (event: KioskEvent, callback: () => void): (() => void) => {
    if (!kioskEvents.includes(event)) throw new Error(`unknown kiosk event ${String(event)}`);
    const listener = (_: unknown, name: unknown) => { if (name === event) callback(); };
    ipcRenderer.on(EVENT_CHANNEL, listener);
    return () => { ipcRenderer.removeListener(EVENT_CHANNEL, listener); };
  },
});

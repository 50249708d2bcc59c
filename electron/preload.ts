import { contextBridge, ipcRenderer } from 'electron';
import type { KioskBridge } from './contract/bridge';
import type { Result } from './contract/result';
import { EVENT_CHANNEL, INVOKE_CHANNEL, kioskEvents, type KioskEvent } from './ipcChannel';

/**
 * The page's only door to the main process. It passes plain data both ways: no Electron
 * object and no IPC `event` ever reaches the page.
 */
contextBridge.exposeInMainWorld('kiosk', {
  // The main process answers every invoke with the dispatcher's Result (window/ipcInvoke.ts).
  invoke: (method: string, input: unknown, session?: string) =>
    ipcRenderer.invoke(INVOKE_CHANNEL, String(method), input, typeof session === 'string' ? session : undefined) as Promise<Result<unknown>>,
  on: (event: KioskEvent, callback: () => void): (() => void) => {
    if (!kioskEvents.includes(event)) throw new Error(`unknown kiosk event ${String(event)}`);
    const listener = (_: unknown, name: unknown) => { if (name === event) callback(); };
    ipcRenderer.on(EVENT_CHANNEL, listener);
    return () => { ipcRenderer.removeListener(EVENT_CHANNEL, listener); };
  },
} satisfies KioskBridge);

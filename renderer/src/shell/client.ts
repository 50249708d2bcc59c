import type { KioskBridge, KioskEvent } from '../../../electron/contract/bridge';
import type { CallError, InputOf, MethodName, OutputOf, Result } from '../../../electron/contract/index';

declare global {
  interface Window { kiosk?: KioskBridge }
}

type Transport = (method: string, input: unknown, session?: string) => Promise<Result<unknown>>;

const httpTransport: Transport = async (method, input, session) => {
  try {
    const response = await fetch(`api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(session ? { 'X-Kiosk-Session': session } : {}) },
      body: JSON.stringify(input ?? {}),
    });
    return (await response.json()) as Result<unknown>;
  } catch (error) {
    return { ok: false, error: { code: 'internal', message: `Connection failed: ${String(error)}`, messageTh: 'เชื่อมต่อระบบไม่ได้ โปรดแจ้งเจ้าหน้าที่' } };
  }
};

const transport: Transport = window.kiosk ? (m, i, s) => window.kiosk!.invoke(m, i, s) : httpTransport;

/** A failed call, carrying the dispatcher's bilingual error. */
export class CallFailed extends Error {
  constructor(readonly error: CallError) { super(error.message); }
}

let staffSession: string | undefined;
export const setStaffSession = (token: string | undefined) => { staffSession = token; };

/** The renderer's one way to the services: typed by the contract, same over IPC and HTTP. */
export async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const result = await transport(method, input, staffSession);
  if (!result.ok) throw new CallFailed(result.error);
  return result.value as OutputOf<M>;
}

/** URL of an active document's PDF: `files/<sha256>.pdf` beside the app, in both transports. */
export const pdfUrl = (sha256: string) => new URL(`files/${sha256}.pdf`, document.baseURI).href;

export const onKioskEvent = (event: KioskEvent, callback: () => void) => window.kiosk?.on(event, callback);

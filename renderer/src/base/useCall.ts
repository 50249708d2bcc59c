import { useCallback, useEffect, useState } from 'react';
import type { InputOf, MethodName, OutputOf } from '../../../electron/contract/index';
import { call, CallFailed } from '../shell/client';

export type CallState<T> = { status: 'loading' } | { status: 'ok'; value: T } | { status: 'error'; error: CallFailed };

/**
 * Calls a method when its input changes (the latest answer wins, older ones are dropped) and again
 * on `reload()`, which staff screens use after they change something. A new input shows "loading",
 * unless `keepWhileLoading` (search as you type, turning a page: the last answer stays until the
 * next is in, rather than the screen going blank at every key); a reload keeps the answer on the
 * screen until the fresh one is in. No input: no call, and nothing kept.
 */
export function useCall<M extends MethodName>(method: M, input: InputOf<M> | undefined, options: { keepWhileLoading?: boolean } = {}): CallState<OutputOf<M>> & { reload: () => void } {
  const [state, setState] = useState<CallState<OutputOf<M>>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  const [shownKey, setShownKey] = useState<string>();
  const key = JSON.stringify(input ?? null);
  useEffect(() => {
    if (input === undefined) { setState((was) => (was.status === 'loading' ? was : { status: 'loading' })); return; }
    let current = true;
    if (shownKey !== key) {
      setState((was) => (options.keepWhileLoading && was.status === 'ok' ? was : { status: 'loading' }));
      setShownKey(key);
    }
    call(method, input).then(
      (value) => { if (current) setState({ status: 'ok', value }); },
      (error: unknown) => {
        if (current) setState({ status: 'error', error: error instanceof CallFailed ? error : new CallFailed({ code: 'internal', message: String(error), messageTh: 'เกิดข้อผิดพลาด' }) });
      },
    );
    return () => { current = false; };
  }, [method, key, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { ...state, reload };
}

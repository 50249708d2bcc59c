import { useCallback, useEffect, useState } from 'react';
import type { InputOf, MethodName, OutputOf } from '../../../electron/contract/index';
import { call, CallFailed } from '../app/client';
import type { CallState } from '../app/useCall';

/** useCall plus `reload()`: staff screens read again after they change something. */
export function useReloadableCall<M extends MethodName>(method: M, input: InputOf<M> | undefined): [CallState<OutputOf<M>>, () => void] {
  const [state, setState] = useState<CallState<OutputOf<M>>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  const key = JSON.stringify(input ?? null);
  useEffect(() => {
    if (input === undefined) return;
    let current = true;
    call(method, input).then(
      (value) => { if (current) setState({ status: 'ok', value }); },
      (error: unknown) => {
        if (current) setState({ status: 'error', error: error instanceof CallFailed ? error : new CallFailed({ code: 'internal', message: String(error), messageTh: 'เกิดข้อผิดพลาด' }) });
      },
    );
    return () => { current = false; };
  }, [method, key, round]);
  return [state, useCallback(() => setRound((n) => n + 1), [])];
}

import { useEffect, useState } from 'react';
import type { InputOf, MethodName, OutputOf } from '../../../electron/contract/index';
import { call, CallFailed } from './client';

export type CallState<T> = { status: 'loading' } | { status: 'ok'; value: T } | { status: 'error'; error: CallFailed };

/** Calls a method when its input changes; the latest answer wins (older ones are dropped). */
export function useCall<M extends MethodName>(method: M, input: InputOf<M> | undefined): CallState<OutputOf<M>> {
  const [state, setState] = useState<CallState<OutputOf<M>>>({ status: 'loading' });
  const key = JSON.stringify(input ?? null);
  useEffect(() => {
    if (input === undefined) return;
    let current = true;
    setState({ status: 'loading' });
    call(method, input).then(
      (value) => { if (current) setState({ status: 'ok', value }); },
      (error: unknown) => {
        if (current) setState({ status: 'error', error: error instanceof CallFailed ? error : new CallFailed({ code: 'internal', message: String(error), messageTh: 'เกิดข้อผิดพลาด' }) });
      },
    );
    return () => { current = false; };
  }, [method, key]);
  return state;
}

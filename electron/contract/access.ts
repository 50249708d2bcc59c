import type { Actor } from './handler';
import { roleRank, type MethodSpec } from './method';
import type { CallError } from './result';

/**
 * Whether a caller may call a method, decided from the role alone (before the input is read or
 * parsed): a refused caller learns nothing about what the method would have accepted.
 * Undefined when allowed; otherwise the refusal, in both languages.
 */
export function accessRefusal(spec: Pick<MethodSpec, 'role'>, actor: Actor | undefined): CallError | undefined {
  if (roleRank[actor?.role ?? 'public'] >= roleRank[spec.role]) return undefined;
  return actor
    ? { code: 'forbidden', message: 'This account may not do this', messageTh: 'บัญชีนี้ไม่มีสิทธิ์ทำรายการนี้' }
    : { code: 'forbidden', message: 'Please sign in as staff first', messageTh: 'กรุณาเข้าสู่ระบบเจ้าหน้าที่ก่อน' };
}

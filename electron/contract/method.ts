import type { z } from 'zod';

/** Who may call a method. `staff` includes `admin`. */
export type Role = 'public' | 'staff' | 'admin';

/**
 * One call the screens may make. `Output` is a phantom type: it exists only so the
 * client and the handlers agree on what a call returns.
 */
export interface MethodSpec<Input extends z.ZodType = z.ZodType, Output = unknown> {
  readonly input: Input;
  readonly role: Role;
  /** True when the call changes stored data: the dispatcher audits it. */
  readonly changes: boolean;
  readonly summary: string;
  readonly __output?: Output;
}

/** `method<Output>()({ input, role, changes, summary })`: curried so Input is inferred. */
export const method =
  <Output>() =>
  <Input extends z.ZodType>(spec: {
    input: Input;
    role: Role;
    changes: boolean;
    summary: string;
  }): MethodSpec<Input, Output> =>
    spec;

export type MethodTable = Record<string, MethodSpec>;

export const roleRank: Record<Role, number> = { public: 0, staff: 1, admin: 2 };

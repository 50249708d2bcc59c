import type { z } from 'zod';

/** Who may call a method. `staff` includes `admin`. */
export type Role = 'public' | 'staff' | 'admin';

export const KB = 1024;
export const MB = 1024 * KB;

/**
 * The largest request body a method takes over HTTP unless its spec says more. A citizen's call
 * (a search, a visit event) is a few hundred bytes: anything far bigger is not ours to read.
 */
export const defaultBodyLimit: Readonly<Record<Role, number>> = { public: 8 * KB, staff: 64 * KB, admin: 64 * KB };

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
  /** The web mode refuses a body larger than this before reading it (413). */
  readonly maxBodyBytes: number;
  readonly __output?: Output;
}

/** `method<Output>()({ input, role, changes, summary, maxBodyBytes? })`: curried so Input is inferred. */
export const method =
  <Output>() =>
  <Input extends z.ZodType>(spec: {
    input: Input;
    role: Role;
    changes: boolean;
    summary: string;
    maxBodyBytes?: number;
  }): MethodSpec<Input, Output> =>
    ({ ...spec, maxBodyBytes: spec.maxBodyBytes ?? defaultBodyLimit[spec.role] });

export const roleRank: Record<Role, number> = { public: 0, staff: 1, admin: 2 };

import { z } from 'zod';
import { AccountId, PersonName, StaffRole } from '../../contract/staff';
import { PinHash } from './pin';

export const StaffAccount = z.object({
  id: AccountId,
  name: PersonName,
  role: StaffRole,
  pin: PinHash,
  createdAt: z.string(),
  updatedAt: z.string().optional(),
  disabled: z.boolean().optional(),
  /** Kept on disk so a restart does not hand an attacker five fresh attempts. */
  lockout: z.object({
    failures: z.number().int().min(0).max(1000),
    lockedUntil: z.string().optional(),
  }).default({ failures: 0 }),
});
export type StaffAccount = z.infer<typeof StaffAccount>;

/** The staff store on disk (`staff.json`). */
export const StaffFile = z.object({
  version: z.literal(1),
  accounts: z.array(StaffAccount),
});
export type StaffFile = z.infer<typeof StaffFile>;

export const emptyStaffFile = (): StaffFile => ({ version: 1, accounts: [] });

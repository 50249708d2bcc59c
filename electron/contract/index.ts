import type { z } from 'zod';
import type { MethodSpec } from './method';
import { joinTables } from './methodTables';
import { catalogueMethods } from './catalogue';
import { catalogueStaffMethods } from './catalogue-staff';
import { searchMethods } from './search';
import { settingsMethods } from './settings-methods';
import { staffMethods } from './staff';
import { statsMethods } from './stats';
import { reportMethods } from './reports';
import { registerMethods } from './registers-methods';
import { fleetMethods } from './fleet';

/**
 * Every call the screens may make, declared once. Each domain keeps its own table in its own
 * file; this is only the union.
 */
export const contract = joinTables(
  catalogueMethods,
  catalogueStaffMethods,
  searchMethods,
  settingsMethods,
  staffMethods,
  statsMethods,
  reportMethods,
  registerMethods,
  fleetMethods,
);

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type OutputOf<M extends MethodName> = Contract[M] extends MethodSpec<z.ZodType, infer O> ? O : never;

export const isMethodName = (name: string): name is MethodName => Object.hasOwn(contract, name);

export * from './method';
export * from './result';
export * from './access';

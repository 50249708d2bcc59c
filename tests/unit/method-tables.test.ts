import { describe, expect, it } from 'vitest';
import { contract } from '../../electron/contract/index';
import { joinTables } from '../../electron/contract/methodTables';

describe('method tables', () => {
  it('a method name declared in two domains stops the join, naming it', () => {
    const first = { 'documents.save': 1, 'documents.get': 2 };
    const second = { 'documents.save': 3 };
    expect(() => joinTables(first, second)).toThrow(/"documents\.save" is declared twice/);
  });

  it('keeps every entry of disjoint tables', () => {
    expect(joinTables({ 'a.x': 1 }, { 'b.y': 2 })).toEqual({ 'a.x': 1, 'b.y': 2 });
  });

  it('the contract itself joined without a clash', () => {
    expect(Object.keys(contract).length).toBeGreaterThan(40);
  });
});

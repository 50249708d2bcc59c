import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { execFileSync } from 'node:child_process';

/** The house plan's arrows are enforced by the lint config: prove that each rule bites. */
const eslint = new ESLint({ cwd: process.cwd() });
async function restrictedImportErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules', () => {
  it('a service may not import electron', async () => {
    const errors = await restrictedImportErrors('electron/services/catalogue/bad.ts', "import { app } from 'electron';\nexport const x = app;\n");
    expect(errors.join('\n')).toMatch(/Services are pure Node/);
  });

  it('a service may not import react or the dispatcher', async () => {
    expect(await restrictedImportErrors('electron/services/stats/bad.ts', "import { useState } from 'react';\nexport const x = useState;\n")).toHaveLength(1);
    expect(await restrictedImportErrors('electron/services/stats/bad.ts', "import { createDispatcher } from '../../dispatch';\nexport const x = createDispatcher;\n")).toHaveLength(1);
  });

  it('a screen may not import a service', async () => {
    const errors = await restrictedImportErrors('renderer/src/kiosk/Bad.tsx', "import { openCatalogue } from '../../../electron/services/catalogue/catalogue';\nexport const x = openCatalogue;\n");
    expect(errors.join('\n')).toMatch(/Screens talk through the client/);
  });

  it('ui/ may not import the client', async () => {
    expect(await restrictedImportErrors('renderer/src/ui/Bad.tsx', "import { call } from '../shell/client';\nexport const x = call;\n")).toHaveLength(1);
  });

  it('the contract may not import node: modules', async () => {
    expect(await restrictedImportErrors('electron/contract/bad.ts', "import { readFile } from 'node:fs';\nexport const x = readFile;\n")).toHaveLength(1);
  });

  it('allows what the plan allows', async () => {
    expect(await restrictedImportErrors('electron/services/catalogue/ok.ts', "import { KioskError } from '../../contract/result';\nexport const x = KioskError;\n")).toEqual([]);
    expect(await restrictedImportErrors('renderer/src/kiosk/Ok.tsx', "import type { SearchAnswer } from '../../../electron/contract/search';\nexport type X = SearchAnswer;\n")).toEqual([]);
  });

  it('no service file imports electron today', () => {
    // grep answers 1 for "no match" and 2 for an error (a missing folder, a bad pattern): only 1 means clean.
    const found = (() => {
      try { return execFileSync('grep', ['-rlE', "from ['\"]electron['\"]", 'electron/services'], { encoding: 'utf8' }); } catch (error) {
        if ((error as { status?: number }).status === 1) return '';
        throw error;
      }
    })();
    expect(found).toBe('');
  });
});

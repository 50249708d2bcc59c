import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decideDownload, safeFileName } from '../../electron/window/downloads';

/** Issue 11: in Electron, staff exports download; nothing else does, and no save dialog opens on the kiosk. */
const folder = join('/home/kiosk', 'Downloads');
const place = (taken: string[] = []) => ({ folder, join, exists: (path: string) => taken.includes(path) });

describe('the kiosk window\'s download decision', () => {
  it('saves a file the app made (a blob of our own origin) into the Downloads folder, without asking', () => {
    for (const name of ['catalogue-2026-12-01.xlsx', 'catalogue-2026-12-01.csv', 'catalogue.json', 'catalogue-with-pdfs.zip', 'audit-2026-12-01.csv', 'kiosk-report-2026-11-01_2026-11-30.XLSX']) {
      expect(decideDownload({ url: 'blob:kiosk://app/6f1c2a9e-4b7d-4f0a-9e1b-2c3d4e5f6a7b', fileName: name }, place()), name)
        .toEqual({ allow: true, savePath: join(folder, name) });
    }
  });

  it('never takes over a file already there', () => {
    const url = 'blob:kiosk://app/1';
    expect(decideDownload({ url, fileName: 'audit.csv' }, place([join(folder, 'audit.csv')]))).toEqual({ allow: true, savePath: join(folder, 'audit (2).csv') });
    expect(decideDownload({ url, fileName: 'audit.csv' }, place([join(folder, 'audit.csv'), join(folder, 'audit (2).csv')])))
      .toEqual({ allow: true, savePath: join(folder, 'audit (3).csv') });
  });

  it('refuses anything the app did not make: web addresses, other origins\' blobs, data: and file: URLs, our own pages', () => {
    for (const url of ['https://evil.example/a.csv', 'blob:https://evil.example/1', 'blob:kiosk://app.evil/1', 'blob:null/1', 'data:text/csv,a', 'file:///etc/passwd', 'kiosk://app/files/' + 'a'.repeat(64) + '.pdf', '']) {
      const decision = decideDownload({ url, fileName: 'a.csv' }, place());
      expect(decision.allow, url).toBe(false);
      if (!decision.allow) expect(decision.reason).toMatch(/not a file the kiosk made/);
    }
  });

  it('refuses kinds of file the screens never export, however the name is dressed', () => {
    for (const fileName of ['run.exe', 'page.html', 'report.csv.exe', 'notice.pdf', 'noextension', '.csv', 'script.js']) {
      const decision = decideDownload({ url: 'blob:kiosk://app/1', fileName }, place());
      expect(decision, fileName).toMatchObject({ allow: false, reason: expect.stringMatching(/not a kind of file the kiosk exports/) });
    }
  });

  it('keeps the name inside the folder and safe on Windows', () => {
    const decision = decideDownload({ url: 'blob:kiosk://app/1', fileName: '..\\..\\Windows\\System32\\evil<>:"|?*.csv' }, place());
    expect(decision).toEqual({ allow: true, savePath: join(folder, 'evil.csv') });
    expect(safeFileName('../../etc/passwd.csv')).toBe('passwd.csv');
    expect(safeFileName('CON.csv')).toBe('_CON.csv');
    expect(safeFileName('ทะเบียนเอกสาร\u0000\u0007.csv')).toBe('ทะเบียนเอกสาร.csv');
    expect(safeFileName(`${'ก'.repeat(300)}.xlsx`)).toHaveLength(120);
    expect(safeFileName(`${'ก'.repeat(300)}.xlsx`).endsWith('.xlsx')).toBe(true);
  });
});

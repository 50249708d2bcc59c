import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SearchQuery } from '../../electron/contract/search';
import { createSearchEngine } from '../../electron/services/search/index';
import { createAnalysisPool } from '../../electron/services/search/analysisPool';
import { toSearchableItem, type EvalDocument } from '../bench/search-corpus';

const corpus = (JSON.parse(readFileSync(new URL('../fixtures/search-eval/corpus.json', import.meta.url), 'utf8')) as EvalDocument[]).map(toSearchableItem);

describe('analysis on worker threads', () => {
  it('builds the same index as analysing in-process, in the catalogue\'s order', async () => {
    const inProcess = createSearchEngine();
    inProcess.replaceAll(corpus);
    const threaded = createSearchEngine();
    const pool = createAnalysisPool(2);
    try {
      await pool.analyse(corpus, (batch) => { for (const { item, analysed } of batch) threaded.addAnalysed(item, analysed); });
    } finally {
      await pool.close();
    }
    expect(threaded.size).toBe(corpus.length);
    for (const q of ['ว่างงาน', 'วางงาน', 'ราคากลาง 2567', 'เปลี่ยนสถานพ', 'ประกวดราคา รถยนต์', 'ใบขับขี่']) {
      expect(threaded.query(SearchQuery.parse({ q }))).toEqual(inProcess.query(SearchQuery.parse({ q })));
    }
  }, 60_000);

  it('numbers terms once per worker and still gives every item its own words over many batches and calls', async () => {
    // Five copies of the corpus under new ids: many batches per worker; then a second call on the same workers.
    const copies = [0, 1, 2, 3, 4].flatMap((copy) => corpus.map((item) => ({ ...item, id: `${item.id}-${copy}` })));
    const inProcess = createSearchEngine();
    inProcess.replaceAll([...copies, ...corpus]);
    const threaded = createSearchEngine();
    const pool = createAnalysisPool(2);
    try {
      await pool.analyse(copies, (batch) => { for (const { item, analysed } of batch) threaded.addAnalysed(item, analysed); });
      await pool.analyse(corpus, (batch) => { for (const { item, analysed } of batch) threaded.addAnalysed(item, analysed); });
    } finally {
      await pool.close();
    }
    expect(threaded.size).toBe(copies.length + corpus.length);
    for (const q of ['ว่างงาน', 'ราคากลาง 2567', 'ประกวดราคา รถยนต์', 'ชราภาพ']) {
      expect(threaded.query(SearchQuery.parse({ q, limit: 100 }))).toEqual(inProcess.query(SearchQuery.parse({ q, limit: 100 })));
    }
  }, 120_000);

  it('hands batches over one per turn of the event loop, and waits for a taker that takes its time (a kiosk keeps answering meanwhile)', async () => {
    const copies = [0, 1, 2].flatMap((copy) => corpus.map((item) => ({ ...item, id: `${item.id}-${copy}` })));
    const pool = createAnalysisPool(2);
    const order: string[] = [];
    let taking = false;
    try {
      await pool.analyse(copies, async (batch) => {
        // A turn of the event loop between two batches: what was queued when the last was taken has run.
        order.push(`batch ${batch.length}`);
        setImmediate(() => order.push('turn'));
        expect(taking).toBe(false); // never two batches at once
        taking = true;
        await new Promise((wake) => setTimeout(wake, 1));
        taking = false;
      });
    } finally {
      await pool.close();
    }
    const batches = order.filter((o) => o.startsWith('batch')).length;
    expect(batches).toBe(Math.ceil(copies.length / 200));
    // Every batch but the first follows a turn.
    order.forEach((o, i) => { if (o.startsWith('batch') && i > 0) expect(order[i - 1]).toBe('turn'); });
  }, 120_000);

  it('sends no more batches than it holds room for while a slow taker takes them: analysed results do not pile up', async () => {
    const copies = Array.from({ length: 20 }, (_, copy) => copy).flatMap((copy) => corpus.map((item) => ({ ...item, id: `${item.id}-${copy}` })));
    const pool = createAnalysisPool(2);
    let taken = 0, mostAhead = 0;
    try {
      await pool.analyse(copies, async (batch) => {
        taken++;
        mostAhead = Math.max(mostAhead, pool.sentAhead());
        await new Promise((wake) => setTimeout(wake, 150)); // slower than the workers analyse a batch
        expect(batch.length).toBeGreaterThan(0);
      });
    } finally {
      await pool.close();
    }
    expect(taken).toBe(Math.ceil(copies.length / 200));
    // Sent and not yet taken: at most two a worker (one being analysed, one waiting), however slow the taker.
    expect(mostAhead).toBeLessThanOrEqual(4);
  }, 120_000);
});

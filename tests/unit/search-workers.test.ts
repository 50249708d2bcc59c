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
});

import { readFile } from 'node:fs/promises';
import { writeFileDurably } from '../store/durableFile';
import type { SearchAnswer, SearchQuery } from '../../contract/search';
import type { Catalogue, CatalogueChange } from '../catalogue/catalogue';
import { createSearchEngine } from './searchEngine';
import type { SearchableItem, SearchEngine } from './engine';
import { createAnalysisPool, type AnalysisPool } from './analysisPool';
import { ItemOnDemand } from './itemOnDemand';
import { nextTurn, timeSlicer } from '../timeSlices';

export interface LiveSearchOptions {
  /**
   * Where to keep the analysed index between runs (the search index cache). Only a cache: without
   * it (or when it is stale or damaged) the index is built from the catalogue. It is written as
   * soon as an index was built or updated, and by `flush()`.
   */
  snapshotFile?: string;
  /** How long after the last change the cache is rewritten (changes often come in bursts). */
  snapshotDelayMs?: number;
  /** And only once no search came for this long (see QUIET_BEFORE_SAVE_MS). */
  quietBeforeSaveMs?: number;
  /** Analyse on worker threads when at least this many items need it; Infinity: never (tests). */
  workerThreshold?: number;
  /** The cache, already being read (createServices' `searchSoon`): taken by the first build instead of reading it again. */
  cacheRead?: Promise<Buffer | undefined>;
}

/**
 * Writing the cache encodes the whole index on the thread that answers the screens: ~2 s at
 * 20,000 documents, 7-15 s at 100,000. A kiosk therefore writes it once no citizen has searched
 * for this long (a one-shot CLI writes it when it ends, by flush()). A cache left behind costs
 * the next start only the re-analysis of what changed.
 */
const QUIET_BEFORE_SAVE_MS = 30_000;
/**
 * How long a citizen's search waits for a change the index is taking in (an edit: milliseconds;
 * an import of thousands through the kiosk: seconds) before it is answered from the index as it
 * stands, marked `updating`, counted from when the index fell behind (no wait at all for an import
 * of more than EDIT_AT_MOST items). Staff and the CLI wait for the change: they find what they changed.
 */
const CITIZEN_WAIT_MS = 500;
/** A change of more items than this is an import, not an edit (see CITIZEN_WAIT_MS). */
const EDIT_AT_MOST = 50;
const WORKER_THRESHOLD = 400;
const PREPARE_AFTER_MS = 500;
/** Recent queries whose found count is kept (the screen records a search when the citizen submits it, opens a result or leaves). */
const RECENTLY_FOUND_KEPT = 64;
/**
 * A kiosk starting without a usable cache (first start, an upgraded analyser, a lost cache) has
 * seconds of segmentation ahead: 20,000 bodies of 300–2,000 characters are ~25 M characters, and
 * ICU segments ~5 M a second per core. From this many items on, it first indexes what describes
 * each item (title, keywords, category, year, unit, summary: a tenth of the text) and answers
 * from that, each answer marked `partial`, while the full index is built beside it.
 */
const QUICK_START_MIN_ITEMS = 2_000;

/** Every field of an item but its body (the compile fails if SearchableItem gains one not listed). */
const QUICK_FIELDS = ['kind', 'id', 'title', 'keywords', 'categoryNames', 'category', 'group', 'summary', 'unit', 'published'] as const;
type Unlisted = Exclude<keyof SearchableItem, 'body' | 'bodyHash' | (typeof QUICK_FIELDS)[number]>;
const everyFieldListed: [Unlisted] extends [never] ? true : never = true;

/**
 * The item without its body, field by field: a stored document's body is a lazy getter, never
 * read here (an object rest reads it; copying by property descriptors cost ~10 µs an item, 0.2 s
 * of a cold start at 20,000).
 */
export function withoutBody(item: SearchableItem): SearchableItem {
  const copy: Record<string, unknown> = { body: '' };
  for (const field of QUICK_FIELDS) if (item[field] !== undefined) copy[field] = item[field];
  return copy as unknown as SearchableItem;
}
void everyFieldListed;

/**
 * Analysing a text means segmenting it and takes ~0.3 ms per 1,000 characters; done in one go
 * for thousands of items it would stall the process (Electron's main process answers every
 * screen). In-process, it yields between slices.
 */
async function addInSlices(engine: SearchEngine, items: readonly SearchableItem[]): Promise<void> {
  const pause = timeSlicer();
  for (const item of items) {
    engine.upsert(item);
    await pause();
  }
}

/**
 * Stands in for an item the catalogue no longer has (never expected: the index loaded alone is
 * the catalogue's state; a change that removed an item takes its slot away as it is applied).
 */
function missingItem(kind: SearchableItem['kind'], id: string): SearchableItem {
  return { kind, id, title: { th: id }, keywords: [], categoryNames: [], summary: '', body: '' };
}

/** What a query finds now (its page aside), and what the kiosk searched instead when it corrected it (the stats count it so). */
export type FoundNow = { found: number; partial: boolean; correctedTo?: string };

/**
 * The search index kept in step with the catalogue. Built on first use (or `warm()` after
 * start-up), so CLI commands that never search pay nothing; the build takes the analysis of
 * unchanged items from the cache and analyses the rest on worker threads. One edit updates one
 * item, an import the items it changed. When everything changed (a restore), a new index is built
 * beside the old one, which keeps answering until the new one is ready.
 *
 * Whoever ends the process (the CLI) calls `close()` (or `flush()`) first, so that an index built
 * or updated in this run is in the cache for the next one.
 */
export function createLiveSearch(catalogue: Catalogue, options: LiveSearchOptions = {}) {
  let engine: SearchEngine | undefined;
  let building: Promise<SearchEngine> | undefined;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let saving: Promise<void> = Promise.resolve();
  let dirty = false;
  let changesDuringBuild = 0;
  let lastQueryAt = -Infinity;
  /**
   * The catalogue state (its store's label) the index is in step with once every change heard of
   * is taken in: the cache is stamped with it, so that a CLI search can tell the cache still
   * matches the folder without reading the catalogue (cacheOnlySearch.ts).
   */
  let inStepWith: string | undefined;
  let pool: AnalysisPool | undefined;
  /** The descriptors-only index answering while the full one is built (see QUICK_START_MIN_ITEMS). */
  let quick: SearchEngine | undefined;
  const threshold = options.workerThreshold ?? WORKER_THRESHOLD;
  let cacheRead = options.cacheRead;
  /**
   * What the latest queries found, by everything that decides it (not the page), for the index
   * that answered them: the stats recorder counts each recorded search by what the kiosk finds,
   * after the screen ran that same search (up to ~60 ms for a common phrase at 100,000 items).
   * Emptied when a change to the index begins and when it ends, and nothing is kept in between:
   * a query can run while a change is half applied (it awaits a document's body).
   */
  const recentlyFound = new Map<string, FoundNow>();
  let applying = 0;
  const foundKey = (q: SearchQuery) => JSON.stringify([q.q, q.asTyped, q.kind, q.group ?? '', q.category ?? '', q.year ?? 0]);

  /** Adds items to an engine, on worker threads when there are many (in-process if workers fail). */
  async function analyseInto(target: SearchEngine, items: readonly SearchableItem[]): Promise<void> {
    let added = 0, abandoned = false;
    if (items.length >= threshold) {
      try {
        pool ??= createAnalysisPool();
        // Taking in what the workers analysed is work on this thread too (~0.2 ms a document with a long body): in slices.
        const pause = timeSlicer();
        await pool.analyse(items, async (batch) => {
          for (const { item, analysed } of batch) {
            if (abandoned) return; // the pool failed while this batch was paused: the rest is analysed here
            target.addAnalysed(item, analysed); added++;
            await pause();
          }
        });
        return;
      } catch {
        abandoned = true;
        await pool?.close().catch(() => undefined);
        pool = undefined;
      }
    }
    await addInSlices(target, items.slice(added));
  }

  async function build(answerEarly: boolean): Promise<{ fresh: SearchEngine; label: string | undefined; alone?: true }> {
    // The cache is read while the catalogue's items are gathered (or was, while the catalogue opened).
    const reading = cacheRead ?? (options.snapshotFile ? readFile(options.snapshotFile).catch(() => undefined) : undefined);
    cacheRead = undefined;
    // A cache stamped with the state the catalogue is in: loaded without building every search
    // item (at 20,000 documents ~0.2 s of a kiosk's start, garbage collection aside); each is made
    // when first shown, or by readItems after the start (rebuild). A change committed meanwhile
    // makes this build stale (changesDuringBuild), and the next one is checked item by item.
    const now = catalogue.searchItemsNow();
    if (now.label !== undefined) {
      const [saved, stamp] = await Promise.all([reading, catalogue.searchStamp(now.label).catch(() => undefined)]);
      const alone = createSearchEngine();
      const itemOf = (kind: SearchableItem['kind'], id: string) => now.itemOf(kind, id) ?? missingItem(kind, id);
      if (saved && stamp && alone.loadSnapshotAlone(saved, stamp, (kind, id) => new ItemOnDemand(kind, id, itemOf))) return { fresh: alone, label: now.label, alone: true };
    }
    // Read together with the items (searchableItems takes the list before its first await): the state they come from.
    const label = catalogue.stateLabel();
    const items = await catalogue.searchableItems();
    // After the items: reading them may have extracted a PDF's text again (a new extractor).
    const stamp = label === undefined ? undefined : await catalogue.searchStamp(label).catch(() => undefined);
    const fresh = createSearchEngine();
    const saved = await reading;
    const reuse = saved ? fresh.replaceAllFromSnapshot(items, saved, { analyseChanged: false, ...(stamp === undefined ? {} : { catalogue: stamp }) }) : undefined;
    if (answerEarly && !engine && !reuse && items.length >= QUICK_START_MIN_ITEMS) {
      const early = createSearchEngine();
      await analyseInto(early, items.map(withoutBody));
      if (!engine) answerWith(early, true);
    }
    await analyseInto(fresh, reuse ? reuse.pending ?? [] : items);
    // A cache not stamped with the state it matches is written again, stamped, for the CLI to answer from alone.
    if (!reuse || reuse.analysed > 0 || reuse.dropped > 0 || (stamp !== undefined && reuse.catalogue !== stamp)) dirty = true;
    return { fresh, label };
  }

  /** Builds until a build saw no catalogue change while it read the catalogue; then it answers. */
  function rebuild(answerEarly = false): Promise<SearchEngine> {
    building ??= (async () => {
      try {
        for (;;) {
          const seen = changesDuringBuild;
          const { fresh, label, alone } = await build(answerEarly);
          if (seen === changesDuringBuild) {
            inStepWith = label;
            answerWith(fresh, false);
            // The did-you-mean index is readied just after: the first answer does not wait for
            // it, and a one-shot CLI command that needs no correction exits without building it.
            // An index loaded alone first makes its items, a slice at a time (prepare reads them all).
            setTimeout(() => {
              void (async () => {
                if (alone) await fresh.readItems(timeSlicer());
                if (engine === fresh) fresh.prepare();
              })().catch(() => undefined);
            }, PREPARE_AFTER_MS).unref?.();
            if (dirty) void saveSnapshot();
            return fresh;
          }
        }
      } finally {
        building = undefined; // after a failure, the next query tries again
      }
    })();
    return building;
  }

  /** Whoever waits for an index gets the first one that answers: the early one, or the full one. */
  const waiting: Array<(answering: SearchEngine) => void> = [];
  function answerWith(answering: SearchEngine, early: boolean): void {
    engine = answering;
    recentlyFound.clear();
    quick = early ? answering : undefined;
    for (const wake of waiting.splice(0)) wake(answering);
  }
  const ready = (answerEarly = false): Promise<SearchEngine> => (engine ? Promise.resolve(engine)
    : Promise.race([new Promise<SearchEngine>((wake) => { waiting.push(wake); }), rebuild(answerEarly)]));

  function saveSoon(): void {
    dirty = true;
    if (!options.snapshotFile) return;
    clearTimeout(saveTimer);
    saveTimer = setTimeout(saveWhenQuiet, options.snapshotDelayMs ?? 5_000);
    saveTimer.unref?.(); // never keeps a one-shot process alive: it calls flush() instead
  }

  function saveWhenQuiet(): void {
    const quiet = options.quietBeforeSaveMs ?? QUIET_BEFORE_SAVE_MS;
    const quietFor = performance.now() - lastQueryAt;
    if (quietFor >= quiet) { void saveSnapshot(); return; }
    saveTimer = setTimeout(saveWhenQuiet, quiet - quietFor);
    saveTimer.unref?.();
  }

  /** Writes the cache now if the index differs from it (durably, as stores are); a failure only costs the next start a build. */
  function saveSnapshot(): Promise<void> {
    clearTimeout(saveTimer);
    saving = saving.then(async () => {
      const file = options.snapshotFile;
      if (!file || !engine || engine === quick || !dirty) return; // the early index is never the cache
      dirty = false;
      // In slices, searches answered between them. A change meanwhile, or a rebuild's new index,
      // makes this one stale: not written, and saved again later.
      const encoding = engine;
      const inStep = () => behind === 0 && applying === 0 && !building;
      const label = inStep() ? inStepWith : undefined;
      const stamp = label === undefined ? undefined : await catalogue.searchStamp(label).catch(() => undefined);
      const bytes = await encoding.snapshotInSlices(nextTurn, stamp !== undefined && inStep() && inStepWith === label ? stamp : undefined);
      if (!bytes || engine !== encoding) { saveSoon(); return; }
      await writeFileDurably(file, bytes).catch(() => { dirty = true; });
    }).catch(() => { dirty = true; }); // a failed save never stops the next one
    return saving;
  }

  async function apply(change: CatalogueChange) {
    applying++;
    recentlyFound.clear();
    try {
      await applyToIndex(change);
    } finally {
      applying--;
      recentlyFound.clear();
    }
  }

  async function applyToIndex(change: CatalogueChange) {
    if (building) changesDuringBuild++;
    if (!engine) return; // not built yet: it will be built from the current catalogue
    if (change.kind === 'all') { void rebuild(); return; } // the old index answers meanwhile
    if (change.kind === 'service') {
      const item = catalogue.searchableService(change.id);
      if (item) engine.upsert(item); else engine.remove('service', change.id);
    } else {
      const ids = change.kind === 'documents' ? change.ids : [change.id];
      const items: SearchableItem[] = [];
      for (const id of ids) {
        const item = await catalogue.searchableDocument(id);
        if (item) items.push(item); else engine.remove('document', id);
      }
      await analyseInto(engine, items);
    }
    engine.compactIfWorthwhile();
    saveSoon();
  }
  // Changes are applied one after another, in the order the catalogue made them.
  let queue = Promise.resolve();
  /** Changes queued and not yet in, and since when the index has been behind (a citizen waits only the rest of CITIZEN_WAIT_MS). */
  let behind = 0;
  let behindSince = 0;
  catalogue.onChange((change) => {
    // The state once this change is in (or a later one whose change is on its way; undefined while a unit is being written).
    inStepWith = catalogue.stateLabel();
    if (behind++ === 0) behindSince = performance.now();
    // An import or a rebuild takes seconds to take in: a citizen is not kept waiting for it at all.
    if (change.kind === 'all' || (change.kind === 'documents' && change.ids.length > EDIT_AT_MOST)) behindSince = -Infinity;
    queue = queue.then(() => apply(change)).catch(() => { engine = undefined; }).finally(() => { behind--; });
  });

  /** Waits for pending changes and builds, then writes the cache if the index changed since it was written. */
  async function flush(): Promise<void> {
    await queue;
    if (building) await building.catch(() => undefined);
    await saveSnapshot();
  }

  /** Whether the changes queued so far are in within `ms` (a timer that keeps no process alive). */
  async function caughtUpWithin(ms: number): Promise<boolean> {
    if (ms <= 0) return false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<false>((resolve) => { timer = setTimeout(() => resolve(false), ms); timer.unref?.(); });
    try {
      return await Promise.race([queue.then(() => true), late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** `waitForChanges: false` (a citizen): answered from the index as it stands after CITIZEN_WAIT_MS, marked `updating`. */
  async function query(q: SearchQuery, options: { waitForChanges?: boolean } = {}): Promise<SearchAnswer> {
    lastQueryAt = performance.now();
    const caughtUp = options.waitForChanges === false
      ? behind === 0 || await caughtUpWithin(CITIZEN_WAIT_MS - (performance.now() - behindSince))
      : (await queue, true);
    const answering = await ready();
    const answer = answering.query(q);
    const partial = answering === quick;
    const updating = !caughtUp || applying > 0;
    if (answering === engine && !updating) {
      if (recentlyFound.size >= RECENTLY_FOUND_KEPT) recentlyFound.delete(recentlyFound.keys().next().value as string);
      recentlyFound.set(foundKey(q), { found: answer.found, partial, ...(answer.correctedTo === undefined ? {} : { correctedTo: answer.correctedTo }) });
    }
    return partial || updating ? { ...answer, ...(partial ? { partial: true as const } : {}), ...(updating ? { updating: true as const } : {}) } : answer;
  }

  return {
    query,
    /** How many `q` finds (its page aside): from a recent answer of the current index when there is one, else searched. */
    async found(q: SearchQuery): Promise<FoundNow> {
      await queue;
      return recentlyFound.get(foundKey(q)) ?? (await query(q).then((a) => ({ found: a.found, partial: a.partial === true, ...(a.correctedTo === undefined ? {} : { correctedTo: a.correctedTo }) })));
    },
    /**
     * Builds the index now rather than at the first query. `answerEarly` (the kiosk at start-up):
     * without a usable cache, answer from a descriptors-only index until the full one is built.
     */
    warm: async (opts: { answerEarly?: boolean } = {}) => { await ready(opts.answerEarly ?? false); },
    /** Resolves once the full index answers (not the early one). */
    complete: async () => { await ready(); if (building) await building; },
    /** True while answers come from the early, descriptors-only index. */
    get partial() { return engine !== undefined && engine === quick; },
    saveSnapshot,
    flush,
    /** flush(), then stops the worker threads. Call before the process exits. */
    async close(): Promise<void> {
      await flush();
      await pool?.close();
      pool = undefined;
    },
  };
}
export type LiveSearch = ReturnType<typeof createLiveSearch>;

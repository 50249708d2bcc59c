// The few PouchDB calls the fleet makes. @types/pouchdb declares its own global `Buffer`, which
// breaks Node's typings across the whole project, so it is not used.
declare module 'pouchdb' {
  interface Doc { _id: string; _rev?: string; _deleted?: boolean; [key: string]: unknown }
  interface ReplicationResult { ok: boolean; docs_written: number; docs_read: number; last_seq?: string | number }
  interface Replication extends Promise<ReplicationResult> {
    on(event: 'change' | 'paused' | 'active' | 'error' | 'complete' | 'denied', listener: (info: unknown) => void): Replication;
    cancel(): void;
  }
  interface ReplicateOptions { live?: boolean; retry?: boolean; batch_size?: number; batches_limit?: number; back_off_function?: (delay: number) => number }
  interface ChangesResult {
    results: { id: string; seq: string | number; deleted?: boolean; changes: { rev: string }[]; doc?: Doc }[];
    last_seq: string | number;
  }
  interface AllDocsRow { id: string; key: string; value: { rev: string; deleted?: boolean }; doc?: Doc | null; error?: string }
  class PouchDB {
    constructor(name: string, options?: { auto_compaction?: boolean; adapter?: string; auth?: { username: string; password: string }; skip_setup?: boolean });
    info(): Promise<{ update_seq: string | number; doc_count: number }>;
    changes(options: { since?: string | number; include_docs?: boolean; limit?: number }): Promise<ChangesResult>;
    allDocs(options?: { include_docs?: boolean; keys?: string[]; startkey?: string; endkey?: string; limit?: number }): Promise<{ rows: AllDocsRow[]; total_rows: number }>;
    bulkDocs(docs: Doc[]): Promise<{ ok?: boolean; id: string; rev?: string; error?: string }[]>;
    get(id: string): Promise<Doc>;
    put(doc: Doc): Promise<{ ok: boolean; id: string; rev: string }>;
    close(): Promise<void>;
    destroy(): Promise<void>;
    replicate: {
      from(source: PouchDB | string, options?: ReplicateOptions): Replication;
      to(target: PouchDB | string, options?: ReplicateOptions): Replication;
    };
    static plugin(plugin: unknown): typeof PouchDB;
    static defaults(options: Record<string, unknown>): typeof PouchDB;
  }
  export type { Doc, ReplicateOptions };
  export default PouchDB;
}
declare module 'pouchdb-adapter-memory';

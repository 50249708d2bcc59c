/** Types of bundle.mjs (plain JavaScript: it runs before anything could compile TypeScript). */
export declare const appRoot: string;
/** Names the sources the bundle is made from: every file under electron/ (path, size, time) and the lock files. */
export declare function sourceStamp(root?: string): string;
/** The current bundle's entry (dist/cli/<stamp>/cli.mjs), built first when the sources changed. */
export declare function ensureCliBundle(root?: string): Promise<string>;

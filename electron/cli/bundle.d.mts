/** Types of bundle.mjs (plain JavaScript: it runs before anything could compile TypeScript). */
/** The app folder bundle.mjs belongs to (the one holding electron/ and package.json). */
export declare const repositoryRoot: string;
/** Names the sources the bundle is made from: every file under electron/ and the package and lock files (path inside the app, size, time). */
export declare function sourceStamp(root?: string): string;
/** The current bundle's entry (dist/cli/<stamp>/cli.mjs), built first when the sources changed. */
export declare function ensureCliBundle(root?: string): Promise<string>;

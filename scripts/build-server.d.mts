// Types of build-server.mjs, for the TypeScript that imports it (the bench, its test).
export declare const SERVER_DIST: string;
export declare function buildServer(outdir?: string): Promise<void>;
export declare function serverBuildIsStale(outdir?: string): boolean;
export declare function newestMtime(dir: string, names?: RegExp): number;

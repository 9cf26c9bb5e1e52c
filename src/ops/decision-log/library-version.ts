// The build writes package.json's version here (esbuild's `define`, and vitest's for the tests), so a
// decision digest names the library that decided without reading a file at run time.
declare const __PRACTICE_OPS_VERSION__: string;

/** This library's version, as published (package.json's `version` when it was built). */
export const LIBRARY_VERSION: string = __PRACTICE_OPS_VERSION__;

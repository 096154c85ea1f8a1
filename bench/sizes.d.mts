// Types of bench/sizes.mjs, for the TypeScript test that shares it.
export interface SizedFile {
  file: string;
  bytes: number;
  gzip: number;
}
export interface SizeGroup {
  bytes: number;
  gzip: number;
  files: SizedFile[];
}
export function gzipSize(buffer: Uint8Array | string): number;
export function entryFiles(dist: string): Promise<{ scripts: string[]; styles: string[]; data: string[] }>;
export function moduleImports(code: string): { staticImports: string[]; dynamicImports: string[] };
export function firstScreenScripts(dist: string): Promise<{ files: string[]; lazy: string[] }>;
export function precacheManifest(dist: string): Promise<string[] | undefined>;
export function buildSizes(dist: string): Promise<{
  firstScreenJs: SizeGroup;
  firstScreenCss: SizeGroup;
  firstScreenData: SizeGroup;
  lazyJs: SizeGroup;
  precache: SizeGroup & { source: 'sw.js' | 'globPatterns' };
}>;
export const FIRST_SCREEN_JS_TARGET: number;
export const FIRST_SCREEN_JS_LIMIT: number;

// The database's names, apart: the early read (early-read.ts) runs as a script of its own and
// imports nothing else, so that it can start before the app's code has arrived.
export const DB_NAME = 'bilan-numerique';
export const DB_VERSION = 1;
export const SESSION_KEY = 'current';
export const SETTINGS_KEY = 'place';

/** Where the early read leaves its result for the app (a property of the page's global object). */
export const EARLY_READ_SLOT = '__bilanEarlyRead';

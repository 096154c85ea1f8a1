// The database's name, version and record keys.
export const DB_NAME = 'bilan-numerique';
export const DB_VERSION = 1;
export const SESSION_KEY = 'current';
export const SETTINGS_KEY = 'place';

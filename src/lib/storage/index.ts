export { openStore, openIndexedDbStore, createMemoryStore, DB_NAME, DB_VERSION, type KeyValueStore } from './database';
export { Repository, isStale, sessionLifetimeMs, type Clock, type SessionLoad } from './repository';
export { wipeSession, wipeBrowserTraces } from './wipe';
export * from './records';

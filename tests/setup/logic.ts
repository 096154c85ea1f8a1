// Logic tests run in Node: storage tests get a fresh fake IndexedDB through `fake-indexeddb/auto`.
import 'fake-indexeddb/auto';

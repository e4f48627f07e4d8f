// Client tests run against a real IndexedDB implementation, not mocks of our own code.
import 'fake-indexeddb/auto';

// Test helpers for this package's and other packages' tests; not part of the runtime API.
export { type ContractFixture, registerStoreContract } from './contract';
export { itemAt } from './testing/item-at';
export { dropTestSchema, testDatabaseUrl, uniqueSchema } from './testing/test-database';
export { tinySpec } from './testing/tiny-spec';

// fast-check generators shared by the property tests.
import fc from 'fast-check';

/** Anything at all, including what IndexedDB or a bad caller could hand over. */
export const anyValue = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

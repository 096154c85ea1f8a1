// fast-check generators shared by the property tests.
import fc from 'fast-check';
import { ALL_ITEMS, AREAS, SKIP, type AnswerValue } from '../../src/lib/diagnostic';

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

/** The exercise ids, after the items in the answers' key space. */
export const EXERCISES = AREAS.flatMap((a) => a.exercises);

/** A valid value for each item and exercise, or the item left out (never set to undefined). */
export const validAnswers: fc.Arbitrary<Record<string, AnswerValue>> = fc
  .record(
    Object.fromEntries([
      ...ALL_ITEMS.map((item): [string, fc.Arbitrary<AnswerValue>] => {
        if (item.kind === 'multiple') {
          const others = item.values.filter((v) => v !== item.exclusive);
          return [item.id, fc.oneof(fc.subarray(others, { minLength: 1 }), fc.constant(item.exclusive ? [item.exclusive] : [others[0]]))];
        }
        return [item.id, fc.constantFrom(...item.values, SKIP)];
      }),
      ...EXERCISES.map((e): [string, fc.Arbitrary<AnswerValue>] => [e, fc.constantFrom<AnswerValue>(0, 1, 2, SKIP)]),
    ]),
    { requiredKeys: [] },
  )
  .map((a) => a as Record<string, AnswerValue>);

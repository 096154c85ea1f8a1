// docs/domain-model.md names every id of the instrument: a question, an answer value, an exercise,
// a next step, an alert, a posture, an orientation or a level added to the engine without its
// description fails here. The README sends a newcomer there, not outside the repository.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALERT_IDS, ALL_ITEMS, AREAS, EXERCISE_IDS, LEVELS, MODES, NEXT_STEP_IDS, ORIENTATION_IDS, POSTURES } from '../../src/lib/diagnostic';

const ROOT = resolve(import.meta.dirname, '../..');
const DOC = readFileSync(resolve(ROOT, 'docs/domain-model.md'), 'utf8');
/** Every identifier the page writes as code: `id`. */
const named = new Set([...DOC.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]));
const missing = (ids: Iterable<string>) => [...ids].filter((id) => !named.has(id));

describe('docs/domain-model.md', () => {
  it('names every item of the instrument, and each of its answer values', () => {
    expect(missing(ALL_ITEMS.map((item) => item.id))).toEqual([]);
    expect(missing(new Set(ALL_ITEMS.flatMap((item) => item.values)))).toEqual([]);
  });

  it('names every area and exercise', () => {
    expect(missing(AREAS.map((area) => area.id))).toEqual([]);
    expect(missing(AREAS.flatMap((area) => area.exercises))).toEqual([]);
    expect(missing(EXERCISE_IDS)).toEqual([]);
  });

  it('names every next step, alert, posture, orientation, level and mode', () => {
    expect(missing(NEXT_STEP_IDS)).toEqual([]);
    expect(missing(ALERT_IDS)).toEqual([]);
    expect(missing(POSTURES)).toEqual([]);
    expect(missing(ORIENTATION_IDS)).toEqual([]);
    expect(missing(LEVELS)).toEqual([]);
    expect(missing(MODES)).toEqual([]);
  });

  it('is where the README points for the domain model, and the README points nowhere outside the repository', () => {
    const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('docs/domain-model.md');
    expect(readme).not.toContain('../shared');
  });
});

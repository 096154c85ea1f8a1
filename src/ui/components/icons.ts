// Pictograms as data: each is a list of SVG path definitions drawn with a 2 px stroke on a 24 grid.
// People who read little recognise a picture first; every answer has one beside its words.
// The first screen's pictograms are here; the journey's (answers, areas, exercises, settings)
// are a chunk of their own (journey-icons.ts), warm before the journey opens (src/ui/lazy.ts).
import { retryable } from '../../lib/retryable';
import type { JOURNEY_ICONS } from './journey-icons';

type Paths = readonly string[];

const FIRST_SCREEN_ICONS = {
  check: ['M5 12.5l4.5 4.5L19 7.5'],
  cross: ['M6 6l12 12', 'M18 6L6 18'],
  alert: ['M12 3L2 20h20L12 3z', 'M12 10v4', 'M12 17h.01'],
  clock: ['M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20', 'M12 6v6l4 2'],
  person: ['M12 3a4 4 0 1 0 0 8a4 4 0 1 0 0-8', 'M4 21c0-4 4-7 8-7s8 3 8 7'],
  people: ['M9 4a3.5 3.5 0 1 0 0 7a3.5 3.5 0 1 0 0-7', 'M2 20c0-3.5 3-6 7-6s7 2.5 7 6', 'M16 4.5a3.5 3.5 0 0 1 0 6.5', 'M18 14c2.5.6 4 3 4 6'],
  globe: ['M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20', 'M2 12h20', 'M12 2c3 3 4 6.5 4 10s-1 7-4 10c-3-3-4-6.5-4-10s1-7 4-10z'],
  arrowNext: ['M5 12h14', 'M12 5l7 7-7 7'],
  trash: ['M3 6h18', 'M8 6V4h8v2', 'M19 6l-1 14H6L5 6', 'M10 11v6', 'M14 11v6'],
  sliders: ['M20 7h-9', 'M14 17H5', 'M17 14a3 3 0 1 0 0 6a3 3 0 1 0 0-6', 'M7 4a3 3 0 1 0 0 6a3 3 0 1 0 0-6'],
  speaker: ['M11 5L6 9H2v6h4l5 4V5z', 'M15.5 8.5a5 5 0 0 1 0 7', 'M19 5a10 10 0 0 1 0 14'],
  stop: ['M6 6h12v12H6z'],
  info: ['M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20', 'M12 16v-5', 'M12 8h.01'],
  textSize: ['M4 7V5h10v2', 'M9 5v14', 'M7 19h4', 'M14 13v-1h7v1', 'M17.5 12v7', 'M16 19h3'],
  lock: ['M5 11h14v10H5z', 'M8 11V7a4 4 0 0 1 8 0v4'],
} as const satisfies Record<string, Paths>;

export type IconName = keyof typeof FIRST_SCREEN_ICONS | keyof typeof JOURNEY_ICONS;

/** Icons that face a direction: mirrored in right-to-left languages. */
export const DIRECTIONAL: ReadonlySet<IconName> = new Set<IconName>(['arrowBack', 'arrowNext', 'skip']);

let journeyIcons: Readonly<Record<string, Paths>> | undefined;

export const loadJourneyIcons = retryable(
  (): Promise<Readonly<Record<string, Paths>>> => import('./journey-icons').then((module) => (journeyIcons = module.JOURNEY_ICONS)),
);

/** The paths of a pictogram: at once when they are loaded, else once their chunk arrives. */
export function iconPaths(name: IconName): Paths | Promise<Paths> {
  const paths = (FIRST_SCREEN_ICONS as Readonly<Record<string, Paths>>)[name] ?? journeyIcons?.[name];
  return paths ?? loadJourneyIcons().then((icons: Readonly<Record<string, Paths>>) => icons[name] ?? []);
}

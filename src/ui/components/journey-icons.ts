// The journey's pictograms (answers, areas, exercises, settings), loaded with the screens past the
// welcome screen; the first screen's are in icons.ts.
import type { IconName } from './icons';

export const JOURNEY_ICONS = {
  question: ['M9.1 9a3 3 0 0 1 5.8 1c0 2-3 3-3 3', 'M12 17h.01', 'M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20'],
  calendar: ['M4 5h16v16H4z', 'M4 10h16', 'M8 3v4', 'M16 3v4', 'M8.5 15l2 2 4-4'],
  hourglass: ['M6 2h12', 'M6 22h12', 'M7 2c0 6 10 6 10 10S7 16 7 22', 'M17 2c0 6-10 6-10 10s10 4 10 10'],
  computer: ['M3 4h18v12H3z', 'M8 20h8', 'M12 16v4'],
  tablet: ['M5 2h14v20H5z', 'M11 18h2'],
  smartphone: ['M7 2h10v20H7z', 'M11 18h2'],
  none: ['M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20', 'M5 5l14 14'],
  wifi: ['M2 8.8a15 15 0 0 1 20 0', 'M5 12.9a10 10 0 0 1 14 0', 'M8.5 16.4a5 5 0 0 1 7 0', 'M12 20h.01'],
  seedling: ['M12 22V11', 'M12 11C12 6 8 4 3 4c0 5 3 7 9 7z', 'M12 14c0-4 3-6 8-6c0 4-3 6-8 6z'],
  skip: ['M5 5l7 7-7 7', 'M13 5l7 7-7 7'],
  folder: ['M3 6h6l2 2h10v12H3z', 'M8 14h8'],
  tool: ['M14.7 6.3a4 4 0 0 0-5.4 5.4L3 18l3 3 6.3-6.3a4 4 0 0 0 5.4-5.4l-2.6 2.6-2.8-.4-.4-2.8z'],
  both: ['M12 5v14', 'M5 12h14'],
  eye: ['M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12z', 'M12 9a3 3 0 1 0 0 6a3 3 0 1 0 0-6'],
  hand: ['M8 13V5.5a1.5 1.5 0 0 1 3 0V11', 'M11 10V4.5a1.5 1.5 0 0 1 3 0V11', 'M14 10.5V6a1.5 1.5 0 0 1 3 0v8c0 4-3 7-7 7-3 0-4.5-1.5-6-4l-2-3.5a1.5 1.5 0 0 1 2.6-1.5L8 15'],
  mail: ['M3 5h18v14H3z', 'M3 6l9 7 9-7'],
  key: ['M7.5 11a4.5 4.5 0 1 0 0 9a4.5 4.5 0 1 0 0-9', 'M10.7 12.3L20 3', 'M16 7l3 3', 'M18 5l2 2'],
  mouse: ['M12 2c-3.9 0-7 3.1-7 7v6c0 3.9 3.1 7 7 7s7-3.1 7-7V9c0-3.9-3.1-7-7-7z', 'M12 6v4'],
  arrowBack: ['M19 12H5', 'M12 19l-7-7 7-7'],
  print: ['M6 9V2h12v7', 'M6 18H4a2 2 0 0 1-2-2v-5a2 2 0 0 1 2-2h16a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2h-2', 'M6 14h12v8H6z'],
  contrast: ['M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20', 'M12 2v20', 'M12 2a10 10 0 0 1 0 20z'],
  book: ['M4 4h6a3 3 0 0 1 3 3v14a2 2 0 0 0-2-2H4z', 'M20 4h-6a3 3 0 0 0-3 3v14a2 2 0 0 1 2-2h7z'],
  home: ['M3 11l9-8 9 8', 'M5 10v10h14V10'],
  calm: ['M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20', 'M8 14s1.5 2 4 2 4-2 4-2', 'M9 9h.01', 'M15 9h.01'],
  pin: ['M12 22s7-6.5 7-12a7 7 0 0 0-14 0c0 5.5 7 12 7 12z', 'M12 7a3 3 0 1 0 0 6a3 3 0 1 0 0-6'],
  download: ['M12 3v12', 'M7 10l5 5 5-5', 'M4 21h16'],
  upload: ['M12 15V3', 'M7 8l5-5 5 5', 'M4 21h16'],
  plus: ['M12 5v14', 'M5 12h14'],
  // Why the person came (primo.reason): one picture a démarche, recognisable before the words.
  heart: ['M12 20s-8-5-8-10.5A4.5 4.5 0 0 1 12 7a4.5 4.5 0 0 1 8 2.5C20 15 12 20 12 20z', 'M12 10.5v5', 'M9.5 13h5'],
  briefcase: ['M3 7h18v13H3z', 'M9 7V4h6v3', 'M3 12.5h18', 'M11 12.5h2v2h-2z'],
  euro: ['M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20', 'M15.5 8.5a4.2 4.2 0 1 0 0 7', 'M7 10.8h6', 'M7 13.3h6'],
  idCard: ['M2 5h20v14H2z', 'M8 8.5a2 2 0 1 0 0 4a2 2 0 1 0 0-4', 'M4.8 16.5c.5-1.5 1.7-2.2 3.2-2.2s2.7.7 3.2 2.2', 'M14 10h5', 'M14 14h4'],
  passport: ['M5 2h14v20H5z', 'M12 6.5a3.5 3.5 0 1 0 0 7a3.5 3.5 0 1 0 0-7', 'M8.5 10h7', 'M12 6.5c1 1 1.4 2.2 1.4 3.5s-.4 2.5-1.4 3.5', 'M9 18h6'],
  family: ['M8 3a3 3 0 1 0 0 6a3 3 0 1 0 0-6', 'M3 21v-4a5 5 0 0 1 10 0v4', 'M17.5 10a2.2 2.2 0 1 0 0 4.4a2.2 2.2 0 1 0 0-4.4', 'M14 21v-1.5a3.5 3.5 0 0 1 7 0V21'],
  chat: ['M20 11.5a8 8 0 0 1-11.6 7.1L4 20l1.4-4.1A8 8 0 1 1 20 11.5z', 'M8.5 11.5h.01', 'M12 11.5h.01', 'M15.5 11.5h.01'],
  bulb: ['M9 18h6', 'M10 21.5h4', 'M12 2.5a6.5 6.5 0 0 0-3.8 11.8c.5.4.8 1 .8 1.7h6c0-.7.3-1.3.8-1.7A6.5 6.5 0 0 0 12 2.5z'],
  more: ['M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20', 'M7.5 12h.01', 'M12 12h.01', 'M16.5 12h.01'],
  clipboard: ['M9 2.5h6v3H9z', 'M9 4H5v17.5h14V4h-4', 'M8.5 11h7', 'M8.5 15h5'],
} as const satisfies Record<string, readonly string[]>;

const VALUE_ICONS: Readonly<Record<string, IconName>> = {
  yes: 'check',
  'yes-succeeded': 'check',
  'yes-failed': 'alert',
  no: 'cross',
  unsure: 'question',
  weekly: 'calendar',
  rarely: 'hourglass',
  never: 'cross',
  computer: 'computer',
  tablet: 'tablet',
  smartphone: 'smartphone',
  none: 'none',
  'mobile-only': 'smartphone',
  easy: 'check',
  hesitant: 'question',
  unable: 'cross',
  urgent: 'alert',
  soon: 'clock',
  'not-urgent': 'calm',
  later: 'clock',
  digital: 'tool',
  admin: 'folder',
  both: 'both',
  alone: 'person',
  'with-help': 'people',
  'not-yet': 'seedling',
  skip: 'skip',
};

/** Where one item needs another picture for a shared value. */
const ITEM_VALUE_ICONS: Readonly<Record<string, IconName>> = {
  'primo.internet:yes': 'wifi',
  'obs.refuses_device:yes': 'hand',
  'obs.refuses_device:no': 'check',
  'triage.wants_to_learn:yes': 'book',
  'primo.reason:social-health': 'heart',
  'primo.reason:work': 'briefcase',
  'primo.reason:taxes-money': 'euro',
  'primo.reason:papers': 'idCard',
  'primo.reason:residence': 'passport',
  'primo.reason:housing': 'home',
  'primo.reason:family-school': 'family',
  'primo.reason:keep-in-touch': 'chat',
  'primo.reason:learn-digital': 'bulb',
  'primo.reason:other': 'more',
  // Reading French: a book, a hesitation, then « better heard » (the voice is offered next).
  'primo.french:easy': 'book',
  'primo.french:difficult': 'question',
  'primo.french:very-difficult': 'speaker',
};

export function iconForValue(itemId: string, value: string): IconName {
  return ITEM_VALUE_ICONS[`${itemId}:${value}`] ?? VALUE_ICONS[value] ?? 'check';
}

export const AREA_ICONS = {
  device: 'smartphone',
  mouse: 'mouse',
  browser: 'globe',
  email: 'mail',
  passwords: 'key',
  procedures: 'clipboard',
} as const satisfies Record<string, IconName>;

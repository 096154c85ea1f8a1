// The printed bilan's worst case and how to read a PDF back, shared by the Chromium print test
// and the cross-engine one: mediator mode, every area assessed with declared ≠ observed, six next
// steps, every alert, two long local addresses.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import { AREAS } from '../../../src/lib/diagnostic';
import { LANGUAGES as SHIPPED } from '../../../src/lib/i18n/languages';
import type { LocalAddress } from '../../../src/lib/storage';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const OUT = join(ROOT, 'test-results/print');
/** Every language the app ships: one locale file each. */
export const LANGUAGES = readdirSync(join(ROOT, 'locales'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .sort((a, b) => (a === 'fr' ? -1 : b === 'fr' ? 1 : a.localeCompare(b)));
/** Arabic is the one language the app ships that is written right to left. */
export const isRtl = (code: string): boolean => code === 'ar';

type Json = { [key: string]: Json } | string;
const locale = (code: string): Json => JSON.parse(readFileSync(join(ROOT, 'locales', `${code}.json`), 'utf8')) as Json;
/** A key's text; ids hold dots too (`nextSteps.procedure.do-together`), so longer names are tried. */
function lookup(tree: Json | undefined, key: string): string | undefined {
  if (typeof tree === 'string' || tree === undefined) return undefined;
  const parts = key.split('.');
  for (let i = parts.length; i > 0; i--) {
    const node = tree[parts.slice(0, i).join('.')];
    if (node === undefined) continue;
    if (i === parts.length) return typeof node === 'string' ? node : undefined;
    const found = lookup(node, parts.slice(i).join('.'));
    if (found !== undefined) return found;
  }
  return undefined;
}
/** A text in a language, with the app's fallback to French. */
export const text = (code: string, key: string): string => lookup(locale(code), key) ?? lookup(locale('fr'), key) ?? key;

// Every can-do item rated, with a mix per area, and every exercise scored so that declared and
// observed differ: mouse says « alone » but fails, browser says « with help » but succeeds.
const CAN_DO: Record<string, string[]> = {
  device: ['with-help', 'not-yet', 'alone', 'not-yet'],
  mouse: ['alone', 'alone', 'alone', 'alone'],
  browser: ['with-help', 'with-help', 'with-help', 'with-help', 'not-yet'],
  email: ['not-yet', 'not-yet', 'with-help', 'not-yet', 'not-yet'],
  passwords: ['not-yet', 'with-help', 'not-yet', 'alone', 'not-yet', 'not-yet'],
  procedures: ['with-help', 'not-yet', 'with-help', 'not-yet', 'not-yet', 'with-help'],
};
export const WORST_ANSWERS: Record<string, unknown> = {
  'obs.refuses_device': 'no',
  'obs.handling': 'hesitant',
  'obs.browser': 'hesitant',
  // The longest reason and the longest reading-French answer (it also adds an alert and a step).
  'primo.reason': 'social-health',
  'primo.tried_online': 'yes-failed',
  'primo.has_email': 'yes',
  'primo.checks_email': 'never',
  'primo.devices': ['none'],
  'primo.internet': 'no',
  'primo.french': 'very-difficult',
  'triage.urgency': 'urgent',
  'triage.wants_to_learn': 'later',
  'triage.need': 'both',
  ...Object.fromEntries(AREAS.flatMap((area) => area.items.map((item, i) => [item.id, CAN_DO[area.id][i % CAN_DO[area.id].length]]))),
  'exercise.pointer': 0,
  'exercise.typing': 1,
  'exercise.browser': 2,
  'exercise.inbox': 1,
  'exercise.password': 0,
  'exercise.form': 1,
};
export const ADDRESSES: LocalAddress[] = [
  {
    name: 'France Services de la Communauté de communes du Val de Saône et Vingeanne',
    address: '12 bis avenue du Général-de-Gaulle, bâtiment B, 2e étage, 21310 Mirebeau-sur-Bèze',
    hours: 'du lundi au vendredi, 8 h 30 – 12 h et 13 h 30 – 17 h ; samedi 9 h – 12 h sur rendez-vous',
    phone: '03 80 36 71 71',
  },
  {
    name: 'Médiathèque intercommunale Jean-de-La-Fontaine – espace public numérique',
    address: '4 place de la République, 21310 Mirebeau-sur-Bèze',
    hours: 'mardi et jeudi 14 h – 18 h 30, mercredi 10 h – 12 h et 14 h – 18 h, samedi 10 h – 16 h',
    phone: '03 80 47 12 34',
  },
];


/** A mediator's session on the bilan (the worst case unless told) and the place's settings, as the app stores them. */
export function worstCaseRecords(answers: Record<string, unknown> = WORST_ANSWERS): { session: object; settings: object } {
  const now = Date.now();
  return {
    session: { version: 1, mode: 'mediator', language: 'fr', step: 'bilan', answers, startedAt: now, lastActivityAt: now },
    settings: { defaultLanguage: null, inactivitySeconds: 15 * 60, warningSeconds: 60, localAddresses: ADDRESSES },
  };
}

/** Runs in the page, through any driver: writes the records where the app looks at start-up. */
export function writeRecords({ session, settings }: { session: object; settings: object }): Promise<void> {
  return new Promise<void>((ok, fail) => {
    const open = indexedDB.open('bilan-numerique');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction(['session', 'settings'], 'readwrite');
      tx.objectStore('session').put(session, 'current');
      tx.objectStore('settings').put(settings, 'place');
      tx.oncomplete = () => {
        open.result.close();
        ok();
      };
      tx.onerror = () => fail(tx.error);
    };
  });
}

/** Keeps the PDF under test-results/print, and returns its page count and text. */
export function readPdf(pdf: Uint8Array, name: string): { pages: number; text: string; file: string } {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, `${name}.pdf`);
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const read = (...options: string[]) => execFileSync('pdftotext', [...options, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return { pages, text: `${squeeze(read())}|${squeeze(rightToLeft(read('-raw')))}`, file };
}

/**
 * pdftotext -raw gives right-to-left lines in visual order, cut into runs marked U+202B…U+202C:
 * putting the runs of such a line back in reverse order gives the words as written.
 */
export function rightToLeft(raw: string): string {
  return raw
    .split('\n')
    .map((line) => (line.includes('\u202b') ? (line.match(/\u202b[^\u202c]*\u202c|[^\u202b]+/g) ?? []).reverse().join('') : line))
    .join('\n');
}

/**
 * Text as read, not as laid out: without spaces and hyphens (line breaks, pdftotext's
 * de-hyphenation), ligatures and Arabic letter forms folded (NFKC), bidi marks and Arabic
 * diacritics dropped (pdftotext reorders them).
 */
export function squeeze(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/[\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\u064b-\u065f\u0670]/g, '')
    .replace(/[’‘]/g, "'")
    .replace(/[\s\-‐]/g, '');
}

/**
 * Checks that the PDF holds a text shown on screen. Left to right, the whole sentence in order;
 * right to left, pdftotext splits lines into runs it reorders, so each word is looked for (an
 * isolated Latin run, U+2068…U+2069, is a run of its own even when no space parts it: « و⁨Pix⁩ »).
 */
export function expectInPdf(pdf: string, expected: string, rtl: boolean): void {
  const pieces = rtl ? expected.split(/[\s\p{P}\u2066-\u2069]+/u).filter((w) => w !== '') : [expected];
  for (const piece of pieces) expect(pdf, `the PDF should contain « ${expected} »`).toContain(squeeze(piece));
}

/** Runs in the page, through any driver: what the bilan screen shows, read through its hooks. */
export function readBilanScreen() {
  const read = (selector: string) => [...document.querySelectorAll(selector)].map((e) => e.textContent ?? '');
  return {
    posture: document.querySelector('[data-posture] h2')?.textContent ?? '',
    stepIds: [...document.querySelectorAll('[data-posture] [data-step]')].map((e) => e.getAttribute('data-step') ?? ''),
    steps: read('[data-posture] [data-step]'),
    sheetStepIds: [...document.querySelectorAll('[data-sheet] [data-sheet-step]')].map((e) => e.getAttribute('data-sheet-step') ?? ''),
    alerts: [...document.querySelectorAll('[data-posture] [data-alert]')].map((e) => e.getAttribute('data-alert') ?? ''),
    controls: read('[data-posture] [data-action="print"], [data-posture] [data-action="finish"]'),
    report: document.querySelector('[data-posture] [data-report]')?.textContent ?? '',
  };
}


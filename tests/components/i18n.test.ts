// The translations through the app's wrapper (src/lib/i18n/i18n.svelte.ts) over i18next, with the
// shipped locale files: nested keys, ids holding dots, variables, each language's plural forms with
// `_zero`, French as the fallback, fr-FALC as a language of its own, the writing direction, and a
// component redrawn when the language changes.
import { render, screen } from '@testing-library/svelte';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { i18n, t } from '../../src/lib/i18n/i18n.svelte';
import type { LanguageCode } from '../../src/lib/i18n/languages';
import Translated from './fixtures/Translated.svelte';

type Tree = { [key: string]: string | Tree };
const locale = (code: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, `../../locales/${code}.json`), 'utf8')) as Tree;
/** A text of a locale file, read by hand: the test's own oracle, not i18next. */
const text = (code: string, ...path: string[]) => path.reduce<string | Tree>((node, name) => (node as Tree)[name], locale(code)) as string;
const fill = (template: string, count: number) => template.replace('{{count}}', String(count));

// Spanish here lacks every text but one: what the others fall back to.
const serve = globalThis.fetch;
beforeAll(async () => {
  globalThis.fetch = async (input, init) =>
    String(input).endsWith('/locales/es.json') ? Response.json({ welcome: { title: 'Solo este texto' } }) : serve(input, init);
  await i18n.init('fr');
});
afterAll(() => {
  globalThis.fetch = serve;
});

async function inLanguage(code: LanguageCode): Promise<void> {
  await i18n.setLanguage(code);
  expect(i18n.lang).toBe(code);
}

describe('translations', () => {
  it('reads nested keys and fills variables', async () => {
    await inLanguage('fr');
    expect(t('welcome.title')).toBe(text('fr', 'welcome', 'title'));
    expect(t('settings.seconds', { count: 30 })).toBe(fill(text('fr', 'settings', 'seconds_other'), 30));
  });

  it('finds names that hold dots themselves, as the framework ids do', async () => {
    await inLanguage('fr');
    expect(t('nextSteps.procedure.do-together')).toBe(text('fr', 'nextSteps', 'procedure.do-together'));
  });

  it('picks the French plural forms: 0 and 1 singular, large round numbers « de »', async () => {
    await inLanguage('fr');
    expect(t('settings.seconds', { count: 0 })).toBe(fill(text('fr', 'settings', 'seconds_one'), 0));
    expect(t('settings.seconds', { count: 1 })).toBe(fill(text('fr', 'settings', 'seconds_one'), 1));
    expect(t('settings.seconds', { count: 1_000_000 })).toBe(fill(text('fr', 'settings', 'seconds_many'), 1_000_000));
  });

  it('picks each of the six Arabic forms, `_zero` for 0, and writes Arabic right to left', async () => {
    await inLanguage('ar');
    const cases: [number, string][] = [[0, 'zero'], [1, 'one'], [2, 'two'], [5, 'few'], [11, 'many'], [100, 'other']];
    for (const [count, form] of cases) expect(t('settings.seconds', { count }), form).toBe(fill(text('ar', 'settings', `seconds_${form}`), count));
    expect(i18n.dir).toBe('rtl');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
  });

  it('uses the Ukrainian few and many forms', async () => {
    await inLanguage('uk');
    expect(t('settings.seconds', { count: 3 })).toBe(fill(text('uk', 'settings', 'seconds_few'), 3));
    expect(t('settings.seconds', { count: 7 })).toBe(fill(text('uk', 'settings', 'seconds_many'), 7));
    expect(i18n.dir).toBe('ltr');
  });

  it('treats fr-FALC as its own language, with French plural rules and html lang « fr »', async () => {
    await inLanguage('fr-FALC');
    expect(t('welcome.title')).toBe(text('fr-FALC', 'welcome', 'title'));
    expect(t('welcome.title')).not.toBe(text('fr', 'welcome', 'title'));
    expect(t('settings.seconds', { count: 2 })).toBe(fill(text('fr-FALC', 'settings', 'seconds_other'), 2));
    expect(document.documentElement.lang).toBe('fr');
  });

  it('falls back to French for a text a language lacks, plural forms included', async () => {
    await inLanguage('es');
    expect(t('welcome.title')).toBe('Solo este texto');
    expect(t('welcome.intro')).toBe(text('fr', 'welcome', 'intro'));
    expect(t('settings.seconds', { count: 5 })).toBe(fill(text('fr', 'settings', 'seconds_other'), 5));
    expect(i18n.has('welcome.intro')).toBe(true);
  });

  it('translates in French whatever the language, for the agent’s copy', async () => {
    await inLanguage('ar');
    expect(i18n.tSource('welcome.title')).toBe(text('fr', 'welcome', 'title'));
    expect(i18n.tSource('settings.seconds', { count: 4 })).toBe(fill(text('fr', 'settings', 'seconds_other'), 4));
  });

  it('shows a missing key as itself, never as an empty text', async () => {
    await inLanguage('ar');
    expect(t('no.such.key')).toBe('no.such.key');
    expect(i18n.has('no.such.key')).toBe(false);
  });

  it('redraws a component when the language changes', async () => {
    await inLanguage('fr');
    render(Translated);
    const heading = screen.getByRole('heading');
    expect(heading).toHaveTextContent(text('fr', 'welcome', 'title'));
    await inLanguage('ar');
    await expect.poll(() => heading.textContent).toBe(text('ar', 'welcome', 'title'));
    expect(heading).toHaveAttribute('dir', 'rtl');
    expect(screen.getByText(fill(text('ar', 'settings', 'seconds_few'), 5))).toBeInTheDocument();
  });
});

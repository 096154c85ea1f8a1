// The one-page printed bilan in the engines whose driver can print: the worst case in every
// shipped language, with the posture and every next step in the PDF. Chromium has its own, fuller
// test (tests/e2e/print.test.ts); WebKit's driver has no print command (support/engines/webkit.ts).
import { describe, expect, it } from 'vitest';
import { LANGUAGES as SHIPPED } from '../../../src/lib/i18n/languages';
import { ENGINES, press, useEngine, waitFor, waitUntil } from '../support/engines';
import { expectInPdf, isRtl, LANGUAGES, readBilanScreen, readPdf, text, worstCaseRecords, writeRecords } from '../support/print';

describe.each(ENGINES.filter((name) => name === 'firefox'))('%s', (name) => {
  const browser = useEngine(name);

  it.each(LANGUAGES)('%s: one A4 page holding the posture and every next step', async (lang) => {
    const page = await browser.engine.open();
    await waitFor(page, '[data-item="mode"]');
    await page.evaluate(writeRecords, worstCaseRecords());
    await page.reload();
    await press(page, '[data-action="resume"]');
    await waitFor(page, '[data-posture]');
    if (lang !== 'fr') {
      await press(page, '[data-action="language"]');
      await press(page, `[data-value="${lang}"]`);
      const endonym = SHIPPED.find((l) => l.code === lang)?.endonym ?? lang;
      await waitUntil(page, `${lang} chosen`, (n) => document.querySelector('[data-action="language"]')?.textContent?.includes(n) ?? false, endonym);
    }
    await waitFor(page, '[data-sheet]');
    await page.evaluate(async () => void (await document.fonts.ready));
    const screen = await page.evaluate(readBilanScreen);
    expect(screen.stepIds).toHaveLength(6);

    const { pages, text: pdf } = readPdf(await page.pdf(), `${name}-${lang}`);
    expect(pages).toBe(1);
    const rtl = isRtl(lang);
    // Firefox writes Arabic as shaped glyphs without a Unicode mapping: pdftotext reads U+FFFD, so
    // in right-to-left languages the one page is checked here, its text in Chromium (print.test.ts).
    if (rtl) return void (await page.close());
    expectInPdf(pdf, screen.posture, rtl);
    for (const step of screen.steps) expectInPdf(pdf, step, rtl);
    expectInPdf(pdf, text(lang, 'sheet.noDataKept'), rtl);
    expect(page.server.cspReports).toEqual([]);
    await page.close();
  });
});

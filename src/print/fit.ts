// Keeps the printed sheet on one A4 page whatever the language: the sheet is laid out off screen
// at the page's exact width (CSS millimetres are the same on screen and on paper), measured, and
// its type scale (--fit, which every size on the sheet follows) lowered step by step until it fits.
// The page geometry below must match the @page rule of print.css.

export const PAGE_MARGIN_MM = 10;
export const PAGE_WIDTH_MM = 210 - 2 * PAGE_MARGIN_MM;
/** The printable height, less a small safety band for rounding between screen and print layout. */
export const PAGE_HEIGHT_MM = 297 - 2 * PAGE_MARGIN_MM - 3;
/** Below this the text would be too small to read (11 pt × 0.65 ≈ 7.2 pt); only the worst case (mediator, every alert, the French copy and the QR code) comes near it. */
export const MIN_FIT = 0.65;
const STEP = 0.025;
const PX_PER_MM = 96 / 25.4;

/** Sets --fit on the sheet to the largest scale at which it fits the page; returns that scale. */
export function fitToPage(sheet: HTMLElement, maxHeightPx: number = PAGE_HEIGHT_MM * PX_PER_MM): number {
  let fit = 1;
  sheet.style.setProperty('--fit', String(fit));
  while (sheet.getBoundingClientRect().height > maxHeightPx && fit - STEP >= MIN_FIT - 1e-9) {
    fit = Math.round((fit - STEP) * 1000) / 1000;
    sheet.style.setProperty('--fit', String(fit));
  }
  return fit;
}

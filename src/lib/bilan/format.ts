// The few sentences the bilan builds from several texts, written once for every surface. Each
// takes the translator to use: `t` for the person's language, `i18n.tSource` for French.
import type { AreaView, LabelledRow } from './view';

export type Translate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

/** « Selon vos réponses : Autonome · Selon les exercices : À découvrir », or null when they agree. */
export function evidenceText(row: AreaView, tr: Translate): string | null {
  if (!row.differs || !row.declared || !row.observed) return null;
  return `${tr('levels.declared', { level: tr(`levels.${row.declared}`) })} · ${tr('levels.observed', { level: tr(`levels.${row.observed}`) })}`;
}

/**
 * A row's values in words, each once (two orientations can share one La Coop label), or null
 * when none was given.
 */
export function valuesText(row: LabelledRow, tr: Translate): string | null {
  if (row.values.length === 0) return null;
  return [...new Set(row.values.map((key) => tr(key)))].join(', ');
}

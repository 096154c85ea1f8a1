// The translation rules the locale files are written for (nested keys, `{{name}}` variables,
// plural forms named after Intl.PluralRules' categories, `_zero` for a count of 0, French as every
// language's fallback), in a few lines of plain TypeScript: no DOM, no Svelte, no storage.
// It replaced i18next, a third of the first screen's JavaScript for these four rules.

/** A locale file: nested objects of texts. */
export interface Texts {
  [key: string]: string | Texts;
}

/** The values a text's `{{name}}` variables take; `count` also picks the plural form. */
export type Params = Readonly<Record<string, string | number>>;

const VARIABLE = /\{\{\s*([\w.]+)\s*\}\}/g;

/**
 * The text at a dotted key (`welcome.title`), or undefined when it is missing or not a text. A name
 * may itself contain dots (`nextSteps` → `procedure.do-together`, the framework's ids): every way
 * of cutting the key is tried, shortest names first.
 */
export function lookup(texts: Texts | undefined, key: string): string | undefined {
  return find(texts, key.split('.'), 0);
}

function find(node: string | Texts | undefined, parts: readonly string[], from: number): string | undefined {
  if (from === parts.length) return typeof node === 'string' ? node : undefined;
  if (node === undefined || typeof node === 'string') return undefined;
  for (let to = from + 1; to <= parts.length; to++) {
    const name = parts.slice(from, to).join('.');
    if (Object.hasOwn(node, name)) {
      const found = find(node[name], parts, to);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** Fills `{{name}}` with the given values; a variable without a value stays as written. */
export function interpolate(text: string, params?: Params): string {
  if (!params || !text.includes('{{')) return text;
  return text.replace(VARIABLE, (written, name: string) => (name in params ? String(params[name]) : written));
}

/**
 * Translates `key` for languages tried in order (the current one, then the fallback): with a numeric
 * `count`, `key_zero` for 0, then `key_<plural category>` of that language, then `key` itself.
 * A key found nowhere is returned as is, so a gap shows as a readable key, never as a blank.
 */
export function translate(
  key: string,
  params: Params | undefined,
  chain: readonly { texts: Texts | undefined; plurals: Intl.PluralRules }[],
): string {
  const count = params?.count;
  for (const language of chain) {
    const { texts } = language;
    if (!texts) continue;
    // `plurals` read only for a count: the app builds a language's rules at the first one.
    const candidates = typeof count === 'number' ? [...(count === 0 ? [`${key}_zero`] : []), `${key}_${language.plurals.select(count)}`, key] : [key];
    for (const candidate of candidates) {
      const text = lookup(texts, candidate);
      if (text !== undefined) return interpolate(text, params);
    }
  }
  return key;
}

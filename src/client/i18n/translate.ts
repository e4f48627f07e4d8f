// Looking a message up in a catalogue and filling it in: the part of i18next Beatbook used, in a
// few hundred bytes instead of i18next's 16 KB on the first screen. The catalogue format is
// i18next's, unchanged: keys nested by feature, `{{name}}` placeholders, and plural forms as
// `key_zero`, `key_one`, `key_two`, `key_few`, `key_many`, `key_other` chosen with Intl.PluralRules.
import type en from './en.json';

export interface Catalogue {
  readonly [key: string]: string | Catalogue;
}

type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type Base<K extends string> = K extends `${infer B}_${PluralForm}` ? B : K;
type Paths<T, P extends string> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${Base<K>}` : Paths<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every message key in the English catalogue, plural forms under their base key. */
export type MessageKey = Paths<typeof en, ''>;

/**
 * Placeholder values and the words to use if a key is missing. A number as `count` also chooses
 * the plural form (as in i18next, a string `count` is only a placeholder value).
 */
export interface MessageOptions {
  readonly count?: number | string;
  readonly defaultValue?: string;
  readonly [placeholder: string]: string | number | undefined;
}

/** A message in the language in use: `t('session.signIn.heading')`, `t('x.y', { count: 2 })`. */
export type TFunction = (key: MessageKey, options?: MessageOptions) => string;

function lookup(catalogue: Catalogue, key: string): string | undefined {
  let node: string | Catalogue | undefined = catalogue;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralForm(language: string, count: number): string {
  let rules = pluralRules.get(language);
  if (rules === undefined) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules.select(count);
}

/**
 * Fills `{{name}}` placeholders. As i18next (escapeValue off: React escapes), a placeholder
 * with no value is left as written, so a missing value shows instead of vanishing.
 */
export function interpolate(message: string, values: MessageOptions | undefined): string {
  if (values === undefined || !message.includes('{{')) return message;
  return message.replace(/\{\{\s*(?:-\s*)?([\w.]+)\s*\}\}/g, (placeholder, name: string) => {
    const value = values[name];
    return value === undefined ? placeholder : String(value);
  });
}

/**
 * The message for `key`: with a count, its plural form for `language` (as i18next: `_zero` first
 * when the count is 0 and the catalogue has one, then the language's form, then the key itself);
 * a missing key reads as `defaultValue`, else as the key.
 */
export function translate(
  catalogue: Catalogue,
  language: string,
  key: string,
  options?: MessageOptions,
): string {
  const count = options?.count;
  let message: string | undefined;
  if (typeof count === 'number') {
    if (count === 0) message = lookup(catalogue, `${key}_zero`);
    message ??= lookup(catalogue, `${key}_${pluralForm(language, count)}`);
  }
  message ??= lookup(catalogue, key) ?? options?.defaultValue ?? key;
  return interpolate(message, options);
}

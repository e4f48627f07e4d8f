// The two catalogues say the same things: every message in one is in the other, none is empty,
// each keeps the same {{placeholders}}, each plural has every form its language needs, and every
// vocabulary code and error code has words.
import { describe, expect, it } from 'vitest';
import en from '#client/i18n/en.json';
import cy from '#client/i18n/cy.json';
import { vocabularies } from '#client/i18n/vocab';
import { errorCodes } from '#domain/errors';

type Tree = { [key: string]: string | Tree };
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1] ?? '').sort();

/**
 * Messages grouped by key, plural forms under their base key. Keys under vocab and errors are
 * stored codes, never plurals (a code such as theft_other only looks like one).
 */
function families(flat: Map<string, string>): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const [key, value] of flat) {
    const isCode = key.startsWith('vocab.') || key.startsWith('errors.');
    const base = isCode ? key : key.replace(PLURAL, '');
    const family = out.get(base) ?? new Map<string, string>();
    family.set(key === base ? '' : (PLURAL.exec(key)?.[1] ?? ''), value);
    out.set(base, family);
  }
  return out;
}

export function catalogueProblems(a: Tree, b: Tree): string[] {
  const problems: string[] = [];
  const enLang = { name: 'en', families: families(flatten(a)), rules: new Intl.PluralRules('en') };
  const cyLang = { name: 'cy', families: families(flatten(b)), rules: new Intl.PluralRules('cy') };
  const langs = [enLang, cyLang];
  const pairs: [typeof enLang, typeof enLang][] = [
    [enLang, cyLang],
    [cyLang, enLang],
  ];
  for (const [one, other] of pairs) {
    for (const key of one.families.keys()) {
      if (!other.families.has(key)) problems.push(`${key} is in ${one.name}.json but not ${other.name}.json`);
    }
  }
  for (const lang of langs) {
    for (const [key, family] of lang.families) {
      for (const [form, value] of family) {
        if (value.trim() === '')
          problems.push(`${lang.name}.json ${key}${form === '' ? '' : `_${form}`} is empty`);
      }
      const forms = [...family.keys()];
      if (forms.some((f) => f !== '')) {
        for (const needed of lang.rules.resolvedOptions().pluralCategories) {
          if (!family.has(needed)) problems.push(`${lang.name}.json ${key} has no _${needed} form`);
        }
      }
    }
  }
  for (const [key, enFamily] of enLang.families) {
    const cyFamily = cyLang.families.get(key);
    if (cyFamily === undefined) continue;
    // {{count}} may be left out of a form ("Dim problemau"); every other placeholder must match.
    const names = (family: Map<string, string>): string =>
      [...new Set([...family.values()].flatMap(placeholders))]
        .filter((p) => p !== 'count')
        .sort()
        .join(',');
    if (names(enFamily) !== names(cyFamily)) {
      problems.push(`${key}: placeholders differ (en: ${names(enFamily)}; cy: ${names(cyFamily)})`);
    }
  }
  return problems;
}

describe('the message catalogues', () => {
  it('have the same keys, no empty message, the same placeholders and every plural form', () => {
    expect(catalogueProblems(en as Tree, cy as Tree)).toEqual([]);
  });

  it('catch a missing key, an empty message, a changed placeholder and a missing Welsh plural form', () => {
    const badCy: Tree = structuredClone(cy);
    const session = badCy['session'] as Tree;
    const signIn = session['signIn'] as Tree;
    delete signIn['username'];
    signIn['password'] = ' ';
    signIn['withProvider'] = 'Mewngofnodi gyda {{darparwr}}';
    delete (badCy['problems'] as Tree)['count_two'];
    expect(catalogueProblems(en as Tree, badCy)).toEqual(
      expect.arrayContaining([
        'session.signIn.username is in en.json but not cy.json',
        'cy.json session.signIn.password is empty',
        'session.signIn.withProvider: placeholders differ (en: provider; cy: darparwr)',
        'cy.json problems.count has no _two form',
      ]),
    );
  });

  it('start with a note of who must review the Welsh before a force relies on it', () => {
    expect(Object.keys(cy)[0]).toBe('_meta');
    expect(en._meta.review).toMatch(/Welsh-speaking officer/);
    expect(en._meta.review).toMatch(/Welsh Language Standards officer/);
  });

  it('have words for every code of every vocabulary and every error code', () => {
    const missing: string[] = [];
    const vocab = en.vocab as unknown as Record<string, Record<string, string> | undefined>;
    for (const [name, terms] of Object.entries(vocabularies)) {
      for (const term of terms as readonly { code: string }[]) {
        if (vocab[name]?.[term.code] === undefined) missing.push(`vocab.${name}.${term.code}`);
      }
    }
    const errors = en.errors as Record<string, string | undefined>;
    for (const code of [...errorCodes, 'network_error']) {
      if (errors[code] === undefined) missing.push(`errors.${code}`);
    }
    expect(missing).toEqual([]);
  });
});

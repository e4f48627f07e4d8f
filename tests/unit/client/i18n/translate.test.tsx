// Beatbook's own message lookup (src/client/i18n/translate.ts, Trans.tsx) does what i18next did
// with the same catalogues: nested keys, {{placeholders}}, CLDR plural forms with i18next's _zero
// rule, defaultValue for unknown codes, and markup in messages as elements.
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderMarkup, Trans } from '#client/i18n/Trans';
import { interpolate, translate, type Catalogue } from '#client/i18n/translate';
import { setLanguage } from '#client/i18n/index';

afterEach(cleanup);

const catalogue: Catalogue = {
  a: {
    plain: 'Hello',
    named: 'Hello {{name}}, {{ name }} again',
    items_zero: 'No items',
    items_one: '{{count}} item',
    items_other: '{{count}} items',
    noZero_one: 'one',
    noZero_other: '{{count}} other',
  },
  welsh: {
    cats_zero: 'dim',
    cats_one: 'un',
    cats_two: 'dwy',
    cats_few: 'tair',
    cats_many: 'chwe',
    cats_other: 'llawer',
  },
};

describe('translate', () => {
  it('looks up nested keys and fills placeholders, leaving a missing one as written', () => {
    expect(translate(catalogue, 'en', 'a.plain')).toBe('Hello');
    expect(translate(catalogue, 'en', 'a.named', { name: 'Sam' })).toBe('Hello Sam, Sam again');
    expect(translate(catalogue, 'en', 'a.named')).toBe('Hello {{name}}, {{ name }} again');
    expect(interpolate('{{n}} of {{m}}', { n: 3 })).toBe('3 of {{m}}');
  });

  it('chooses the plural form for the language, _zero first for 0 when there is one', () => {
    expect([0, 1, 2].map((count) => translate(catalogue, 'en', 'a.items', { count }))).toEqual([
      'No items',
      '1 item',
      '2 items',
    ]);
    expect(translate(catalogue, 'en', 'a.noZero', { count: 0 })).toBe('0 other');
    expect([0, 1, 2, 3, 6, 11].map((count) => translate(catalogue, 'cy', 'welsh.cats', { count }))).toEqual([
      'dim',
      'un',
      'dwy',
      'tair',
      'chwe',
      'llawer',
    ]);
  });

  it('treats a string count as a placeholder, not a plural', () => {
    expect(translate({ share: '{{count}} of {{of}}' }, 'en', 'share', { count: '1,200', of: '2,000' })).toBe(
      '1,200 of 2,000',
    );
  });

  it('reads an unknown key as its defaultValue, else as the key', () => {
    expect(translate(catalogue, 'en', 'a.unknown', { defaultValue: 'theft' })).toBe('theft');
    expect(translate(catalogue, 'en', 'a.unknown')).toBe('a.unknown');
    expect(translate(catalogue, 'en', 'a')).toBe('a');
  });
});

describe('Trans', () => {
  it('renders markup as the given elements, values always as text', () => {
    const { container } = render(
      <p>
        {renderMarkup(
          'By <strong>{{name}}</strong> at <time>{{when}}</time>.',
          {
            strong: <strong />,
            time: <time dateTime="2026-12-05" />,
          },
          { name: '<em>Sam</em>', when: '5 Dec' },
        )}
      </p>,
    );
    expect(container.innerHTML).toBe(
      '<p>By <strong>&lt;em&gt;Sam&lt;/em&gt;</strong> at <time datetime="2026-12-05">5 Dec</time>.</p>',
    );
  });

  it('keeps an unknown tag as text and an unclosed tag’s words', () => {
    const { container } = render(
      <p>{renderMarkup('a <b>x</b> <strong>y', { strong: <strong /> }, undefined)}</p>,
    );
    expect(container.textContent).toBe('a <b>x</b> y');
  });

  it('re-renders in the new language when the language changes', async () => {
    const { container } = render(
      <Trans i18nKey="app.more.signedInAs" values={{ name: 'Sam' }} components={{ strong: <strong /> }} />,
    );
    expect(container.innerHTML).toBe('Signed in as <strong>Sam</strong>');
    await act(() => setLanguage('cy'));
    expect(container.innerHTML).toBe('Wedi mewngofnodi fel <strong>Sam</strong>');
  });
});

import { describe, expect, it } from 'vitest';
import { fold, stem, tokenize } from '#domain/search/tokenize';

describe('tokenize', () => {
  it('lower-cases, folds accents and drops stop words', () => {
    expect(fold('Café ÉCOLE')).toBe('cafe ecole');
    expect(tokenize('The CCTV at the Café')).toEqual(['cctv', 'caf']);
  });

  it('brings plurals and verb forms of a word together', () => {
    const same = (...forms: string[]): void => {
      expect(new Set(forms.map(stem)).size).toBe(1);
    };
    same('burglary', 'burglaries');
    same('gate', 'gates', 'gated', 'gating');
    same('light', 'lights', 'lighting');
    same('improve', 'improved', 'improving');
    same('shop', 'shops', 'shopping');
    same('speed', 'speeding');
    same('house', 'houses');
  });

  it('leaves short words, numbers and -ss / -us / -is endings alone', () => {
    expect(stem('bus')).toBe('bus');
    expect(stem('business')).toBe('business');
    expect(stem('analysis')).toBe('analysis');
    expect(stem('a40s')).toBe('a40s');
  });

  it('splits on anything that is not a letter or digit', () => {
    expect(tokenize("off-road bikes, youths' den")).toEqual(['off', 'road', 'bik', 'youth', 'den']);
  });
});

// Property (must-show 2): whatever clean problem-solving text surrounds it, an item of
// each kind planted in it is flagged, every character of it covered by a span of that kind.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPersonalData, type PersonalDataKind } from '#domain/good-practice/personal-data';
import { commonShortWords, isPolicingTerm } from '#domain/good-practice/personal-data/vocabulary';

const clean = [
  'Youths gathered outside the shops on the High Street most evenings.',
  'PCSOs carried out hotspot patrols between March and May.',
  'The council improved the lighting and cut back the hedges in the park.',
  'Target hardening and alley gates were agreed with housing partners.',
  'Calls fell by a third over the following ninety days.',
  'The SARA model guided the analysis; CPTED advice went to the landlord.',
  'Neighbourhood Watch members reported fewer incidents in June.',
  'Displacement to Albert Road was checked and not found.',
];

const pick = <T>(items: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...items);
const digits = (n: number): fc.Arbitrary<string> =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const letters = (n: number, from = 'ABCDEFGHJKLMNOPRSTUVWXY'): fc.Arbitrary<string> =>
  fc.array(pick(from.split('')), { minLength: n, maxLength: n }).map((l) => l.join(''));
const anyCase = (item: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(item, fc.boolean()).map(([s, lower]) => (lower ? s.toLowerCase() : s));
const words = (s: string): string[] => s.toLowerCase().split(/[^a-z]+/);

const firstNames = [
  'Jane',
  'Liam',
  'Sarah',
  'Mohammed',
  'Emily',
  'James',
  'Aisha',
  'Connor',
  'Priya',
  'Kevin',
  'Olivia',
  'Tom',
];
const surnames = [
  "O'Neill",
  'Smith-Jones',
  'Patel',
  'Khan',
  'Hughes',
  'Murphy',
  'Walsh',
  'Davies',
  'Kowalski',
  'Okafor',
  'Doe',
  'McDonald',
];
const streets = ['Mill', 'Station', 'Church', 'Albert', 'Queens', 'Orchard', 'Beech'];
const streetTypes = ['Lane', 'Road', 'Street', 'Avenue', 'Close', 'Court', 'Drive', 'Crescent'];
const areas = ['LS', 'BD', 'M', 'B', 'SW', 'NE', 'HX', 'WF', 'YO', 'S'];
const months = ['January', 'March', 'June', 'October', 'Dec'];
const day = fc.integer({ min: 1, max: 28 }).map((d) => String(d).padStart(2, '0'));
const month = fc.integer({ min: 1, max: 12 }).map((m) => String(m).padStart(2, '0'));
const year = fc.integer({ min: 1930, max: 2015 }).map(String);

const generators: Record<Exclude<PersonalDataKind, 'known'>, fc.Arbitrary<string>> = {
  name: anyCase(fc.tuple(pick(firstNames), pick(surnames)).map(([f, s]) => `${f} ${s}`)),
  date_of_birth: fc.oneof(
    fc.tuple(day, month, year).map(([d, m, y]) => `DOB ${d}/${m}/${y}`),
    fc.tuple(year, month, day).map(([y, m, d]) => `born ${y}-${m}-${d}`),
    fc.tuple(day, pick(months), year).map(([d, m, y]) => `date of birth ${d} ${m} ${y}`),
    fc.integer({ min: 1, max: 99 }).map((n) => `aged ${n}`),
    fc.integer({ min: 1, max: 99 }).map((n) => `${n}-year-old`),
  ),
  address: anyCase(
    fc.oneof(
      fc
        .tuple(fc.integer({ min: 1, max: 399 }), pick(streets), pick(streetTypes))
        .map(([n, s, t]) => `${n} ${s} ${t}`),
      fc
        .tuple(fc.integer({ min: 1, max: 60 }), pick(streets), pick(streetTypes))
        .map(([n, s, t]) => `Flat ${n}, ${s} ${t}`),
    ),
  ),
  postcode: anyCase(
    fc
      .tuple(pick(areas), fc.integer({ min: 1, max: 29 }), digits(1), letters(2, 'ABDEFGHJLNPQRSTUWXYZ'))
      .map(([a, d, s, u]) => `${a}${d} ${s}${u}`),
  ),
  phone: fc.oneof(
    digits(6).map((d) => `07700 ${d}`),
    digits(6).map((d) => `07700${d}`),
    digits(6).map((d) => `+44 7700 ${d}`),
    digits(4).map((d) => `(0113) 496 ${d}`),
    digits(4).map((d) => `0113-496-${d}`),
    digits(4).map((d) => `020 7946 ${d}`),
    digits(3).map((d) => `01632 960${d}`),
  ),
  email: fc.oneof(
    fc
      .tuple(pick(firstNames), pick(['Doe', 'Smith', 'Khan']), pick(['gmail', 'example', 'hotmail']))
      .map(([f, s, d]) => `${f}.${s}@${d}.com`.toLowerCase()),
    fc
      .tuple(pick(firstNames), pick(['doe', 'smith', 'khan']), pick(['gmail', 'example', 'hotmail']))
      .map(([f, s, d]) => `${f.toLowerCase()} dot ${s} at ${d} dot com`),
  ),
  vehicle: anyCase(
    fc.oneof(
      fc.tuple(letters(2), digits(2), letters(3)).map(([a, b, c]) => `${a}${b} ${c}`),
      fc.tuple(letters(1), fc.integer({ min: 1, max: 999 }), letters(3)).map(([a, b, c]) => `${a}${b} ${c}`),
      fc.tuple(letters(3), fc.integer({ min: 1, max: 999 }), letters(1)).map(([a, b, c]) => `${a} ${b}${c}`),
    ),
  ).filter(
    // In lower case a plate that spells a common word ("a1 may", "ab12 the") reads as prose, and
    // the detector leaves it (it flags the same plate in capitals, or after "reg", "car", …).
    (plate) =>
      plate === plate.toUpperCase() ||
      !words(plate).some((w) => commonShortWords.has(w) || isPolicingTerm(w)),
  ),
  identifier: fc.oneof(
    fc.tuple(letters(2), digits(6), letters(1, 'ABCD')).map(([a, d, c]) => `${a}${d}${c}`),
    digits(4).map((d) => `PC ${d}`),
    fc.tuple(digits(2), digits(6), digits(2)).map(([a, b, c]) => `crime number ${a}/${b}/${c}`),
    fc.tuple(digits(4), day, month).map(([n, d, m]) => `log ${n} of ${d}/${m}/2024`),
  ),
};

const textWith = (item: fc.Arbitrary<string>) =>
  fc.tuple(fc.array(pick(clean), { maxLength: 4 }), item, fc.array(pick(clean), { maxLength: 4 }));

describe('an item planted in clean text is flagged', () => {
  for (const [kind, generator] of Object.entries(generators)) {
    it(kind, () => {
      fc.assert(
        fc.property(textWith(generator), ([before, item, after]) => {
          const head = before.join(' ');
          const text = `${head}${head === '' ? '' : ' '}Noted: ${item}. ${after.join(' ')}`;
          const start = text.indexOf(`Noted: ${item}.`) + 'Noted: '.length;
          const spans = findPersonalData(text);
          for (let i = start; i < start + item.length; i += 1) {
            if (/\s/.test(text.charAt(i))) continue;
            expect(
              spans.some((s) => s.start <= i && i < s.end),
              `${JSON.stringify(item)} char ${String(i - start)} in ${JSON.stringify(text)}: ${JSON.stringify(spans)}`,
            ).toBe(true);
          }
          expect(spans.some((s) => s.kind === kind && s.start < start + item.length && start < s.end)).toBe(
            true,
          );
        }),
        {
          numRuns: Number(process.env.PROPERTY_RUNS ?? 150),
          seed: Number(process.env.PROPERTY_SEED ?? 20261205),
        },
      );
    });
  }
});

// The personal-data detector's workload (must-show 6): a 5,000-word problem record of
// realistic problem-solving prose with personal data planted through it, and the detector timed
// over it as the redaction review runs it on the device.
import { findPersonalData } from '#domain/good-practice/personal-data';
import { seeded } from './generate';

const prose = [
  'Residents report youths gathering outside the shops on the High Street most evenings.',
  'PCSOs carried out hotspot patrols between March and May, mostly after 20:00.',
  'The council improved the lighting on Mill Lane and cut back the hedges in Victoria Park.',
  'Target hardening and alley gates were agreed with housing partners at the ward panel.',
  'Calls for service fell by a third over the ninety days after the gates went in.',
  'The SARA model guided the analysis, and CPTED advice went to the landlord in June.',
  'Neighbourhood Watch members reported fewer incidents, and displacement was checked.',
  'Repeat victims were visited and given advice on locks, lighting and property marking.',
  'The offenders used the unlit rear alleys as escape routes between 01:00 and 05:00.',
  'Shop staff were trained to refuse sales and to record incidents on the shared log.',
];

const planted = [
  'Jane Doe of 22 Mill Lane rang on 07700 900123.',
  'mrs jones, DOB 12/03/1985, gave her e-mail as jane dot doe at gmail dot com.',
  'A car AB12 CDE was seen; crime number 13/123456/24 refers.',
  'PC 4521 Patel spoke to Liam O’Neill, 15, near LS1 4AP.',
];

/** About `words` words of prose, with a planted sentence roughly every 25 sentences. */
export function recordText(words: number, seed: number): string {
  const random = seeded(seed);
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i += 1) {
    const list = i % 25 === 24 ? planted : prose;
    const sentence = list[Math.floor(random() * list.length)] ?? '';
    out.push(sentence);
    count += sentence.split(/\s+/).length;
  }
  return out.join(' ');
}

export interface DetectorTiming {
  words: number;
  spans: number;
  firstMs: number;
  medianMs: number;
  maxMs: number;
}

/** The first run (cold: the tagger's lexicon is unpacked then) and the median of `runs` more. */
export function timeDetector(words: number, seed: number, runs: number): DetectorTiming {
  const text = recordText(words, seed);
  let t = performance.now();
  const spans = findPersonalData(text).length;
  const firstMs = performance.now() - t;
  const ms: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    t = performance.now();
    findPersonalData(text);
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return {
    words: text.split(/\s+/).length,
    spans,
    firstMs,
    medianMs: ms[Math.floor(ms.length / 2)] ?? Number.NaN,
    maxMs: ms[ms.length - 1] ?? Number.NaN,
  };
}

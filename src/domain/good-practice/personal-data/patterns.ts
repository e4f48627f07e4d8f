// The fixed-shape kinds of personal data, as patterns: e-mail (written normally or spelt out),
// dates of birth and ages, house-numbered addresses, postcodes, number plates, NI numbers,
// collar numbers and crime, incident, PNC and custody references. All case-insensitive: officers
// type on phones, and "ab12 cde" is as much a plate as "AB12 CDE".
import type { Candidate, PersonalDataKind } from './kinds';
import { commonShortWords, isPolicingTerm } from './vocabulary';

const months =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const date = `(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${months})\\.?,?\\s+\\d{4}|(?:${months})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{4})`;

const dot = String.raw`(?:\s*\bdot\b\s*|\s*[[(]dot[\])]\s*|\.)`;
const at = String.raw`(?:\s*@\s*|\s+at\s+|\s*[[(]at[\])]\s*)`;
const topLevel = 'com|co|uk|org|net|gov|police|ac|nhs|io|me|info|biz|edu|ie|eu';

const streetTypes =
  'street|st|road|rd|lane|ln|avenue|ave|close|court|ct|drive|dr|way|crescent|cres|place|pl|grove|terrace|gardens|gdns|walk|row|hill|mews|square|sq|parade|view|rise|green|park|vale|wharf|yard|fold|gate|croft|mount|bank|boulevard|circus|fields|heights|house|lodge|mansions|tower|towers|estate|buildings|chase|brow|meadows?|approach|passage|wynd|cottages';
// Words that end a street name's run: "3 times on Mill Lane" is not an address.
const notStreetWord =
  '(?!(?:on|in|at|near|of|by|to|from|and|or|outside|along|off|for|with|the|times|days|weeks|months|years|calls|youths|people|officers|incidents|reports)\\b)';
const streetName = `(?:the\\s+(?:[a-z][\\w'’-]*\\s+){0,3}|(?:${notStreetWord}[a-z][\\w'’-]*\\s+){1,3})(?:${streetTypes})\\b\\.?`;
const flat = '(?:flat|apartment|apt|unit|room|maisonette)\\s*\\d{1,4}[a-z]?\\b';

const postcodeAreas =
  'AB|AL|BA|BB|BD|BH|BL|BN|BR|BS|BT|CA|CB|CF|CH|CM|CO|CR|CT|CV|CW|DA|DD|DE|DG|DH|DL|DN|DT|DY|EC|EH|EN|EX|FK|FY|GL|GU|GY|HA|HD|HG|HP|HR|HS|HU|HX|IG|IM|IP|IV|JE|KA|KT|KW|KY|LA|LD|LE|LL|LN|LS|LU|ME|MK|ML|NE|NG|NN|NP|NR|NW|OL|OX|PA|PE|PH|PL|PO|PR|RG|RH|RM|SA|SE|SG|SK|SL|SM|SN|SO|SP|SR|SS|ST|SW|SY|TA|TD|TF|TN|TQ|TR|TS|TW|UB|WA|WC|WD|WF|WN|WR|WS|WV|YO|ZE';

const ranks =
  'PCSO|PC|DC|DS|PS|DI|DCI|SC|Sgt|Sergeant|Constable|Insp|Inspector|collar(?:\\s+(?:no\\.?|number))?';
const referenceWords =
  'crime|incident|log|occurrence|cad|storm|niche|athena|pnc|custody|ref|reference|urn|case|job';
const vehicleWords = 'reg|registration|vrm|index|plate|vehicle|car|van|motorbike|moped';

interface Rule {
  kind: PersonalDataKind;
  pattern: RegExp;
  /** Which capture group is the span (the whole match if absent). */
  group?: number;
  /** A further test on the match, for what a pattern cannot say. */
  accept?: (match: RegExpExecArray) => boolean;
}

// In capitals a plate is meant ("A1 AND" is not prose); in lower case "a1 and" is.
const proseWord = (m: RegExpExecArray): boolean => m[0] !== m[0].toUpperCase() && holdsCommonWord(m);

const holdsCommonWord = (m: RegExpExecArray): boolean => {
  const words = m[0]
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w !== '');
  return words.some((w) => commonShortWords.has(w) || isPolicingTerm(w));
};

const rules: readonly Rule[] = [
  { kind: 'email', pattern: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi },
  {
    kind: 'email',
    pattern: new RegExp(
      `\\b[\\w+-]+(?:${dot}[\\w+-]+)*${at}[\\w-]+(?:${dot}[\\w-]+)*${dot}(?:${topLevel})\\b`,
      'gi',
    ),
  },
  {
    kind: 'date_of_birth',
    pattern: new RegExp(
      `\\b(?:d\\.?\\s?o\\.?\\s?b\\.?|date of birth|born(?:\\s+on|\\s+in)?)\\s*[:-]?\\s*${date}`,
      'gi',
    ),
  },
  {
    kind: 'date_of_birth',
    pattern:
      /\b(?:aged?\s*:?\s*\d{1,3}\b|\d{1,3}\s*(?:-\s*)?(?:years?|yrs?)(?:\s*-\s*|\s+)old\b|\d{1,3}\s*y\/o\b)/gi,
  },
  {
    kind: 'address',
    pattern: new RegExp(
      `\\b(?:${flat},?\\s*(?:\\d{1,3}[a-z]?,?\\s+)?(?:${streetName})?|(?:no\\.?\\s*)?\\d{1,3}[a-z]?(?:\\s*-\\s*\\d{1,3}[a-z]?)?,?\\s+${streetName})`,
      'gi',
    ),
  },
  { kind: 'postcode', pattern: /\b[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\b/gi },
  {
    kind: 'postcode',
    pattern: new RegExp(`\\b(?:${postcodeAreas})\\d[a-z\\d]?(?:\\s+\\d(?![\\w/]))?\\b`, 'gi'),
  },
  { kind: 'postcode', pattern: /\b[BEGLMNSW]\d[a-z\d]?\s+\d(?![\w/])/gi },
  { kind: 'vehicle', pattern: /\b[a-z]{2}\d{2}\s?[a-z]{3}\b/gi },
  { kind: 'vehicle', pattern: /\b[a-z]\d{1,3}\s?[a-z]{3}\b/gi, accept: (m) => !proseWord(m) },
  { kind: 'vehicle', pattern: /\b[a-z]{3}\s?\d{1,3}[a-z]\b/gi, accept: (m) => !proseWord(m) },
  // Dateless plates ("ABC 123", "1234 AB") look like much else, so only in capitals or after a
  // word that says a vehicle is meant.
  {
    kind: 'vehicle',
    pattern: /\b(?:[A-Z]{1,3} \d{1,4}|\d{1,4} [A-Z]{1,3})\b/g,
    accept: (m) => !holdsCommonWord(m),
  },
  {
    kind: 'vehicle',
    pattern: new RegExp(
      `\\b(?:${vehicleWords})\\s*[:#]?\\s*([a-z]{1,3}\\s?\\d{1,4}|\\d{1,4}\\s?[a-z]{1,3})\\b`,
      'gi',
    ),
    group: 1,
  },
  { kind: 'identifier', pattern: /\b[a-z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[a-d]\b/gi },
  { kind: 'identifier', pattern: new RegExp(`\\b(?:${ranks})\\s*[#:]?\\s*\\d{2,6}\\b`, 'gi') },
  {
    kind: 'identifier',
    // The label goes too: "[a reference]" reads as well as "crime number [a reference]".
    pattern: new RegExp(
      `\\b(?:${referenceWords})\\s*(?:no\\.?|number|ref(?:erence)?|id)?\\s*[:#]?\\s*(?=[\\w/-]*\\d)[a-z\\d][\\w/-]{2,}(?:\\s+of\\s+${date})?`,
      'gi',
    ),
  },
  // Crime numbers, PNC ids and custody references written without a label. The app's own
  // problem reference (PS-2026-000123) names no one, so it is left alone.
  {
    kind: 'identifier',
    pattern:
      /\b(?:\d{2}\/\d{5,7}\/\d{2}|\d{2}\/\d{5,7}[a-z]|[a-z]{2,4}\d{0,2}\/\d{3,}\/\d{2,4}|(?!PS-)[a-z]{2,5}-\d{2,4}-\d{3,})\b/gi,
  },
];

/** Every fixed-shape finding (they may overlap; findPersonalData settles that). */
export function findPatterns(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const rule of rules) {
    rule.pattern.lastIndex = 0;
    for (const m of text.matchAll(rule.pattern)) {
      if (rule.accept !== undefined && !rule.accept(m)) continue;
      const part = rule.group === undefined ? m[0] : m[rule.group];
      if (part === undefined) continue;
      const start = m.index + m[0].indexOf(part);
      const trimmed = part.replace(/[\s,.]+$/, '');
      out.push({ start, end: start + trimmed.length, kind: rule.kind });
    }
  }
  return out;
}

// The kinds of personal data the detector reports, and the span it reports them as.

export const personalDataKinds = [
  'name',
  'date_of_birth',
  'address',
  'postcode',
  'phone',
  'email',
  'vehicle',
  'identifier',
  'known',
] as const;
export type PersonalDataKind = (typeof personalDataKinds)[number];

export interface PersonalDataSpan {
  /** Offset of the first character in the text. */
  start: number;
  /** Offset after the last character (exclusive). */
  end: number;
  kind: PersonalDataKind;
  /** `text.slice(start, end)`. */
  text: string;
}

/** The neutral words a removed span is replaced by, so the copy still reads as a sentence. */
export const neutralWords: Record<PersonalDataKind, string> = {
  name: '[a name]',
  date_of_birth: '[a date of birth or age]',
  address: '[an address]',
  postcode: '[a postcode]',
  phone: '[a phone number]',
  email: '[an e-mail address]',
  vehicle: '[a vehicle registration]',
  identifier: '[a reference]',
  known: '[a detail from the record]',
};

/** Raw finding before overlaps are settled. */
export interface Candidate {
  start: number;
  end: number;
  kind: PersonalDataKind;
}

/** A reviewer's decision is about a detected kind, or `other`: text they selected themselves. */
export const redactionKinds = [...personalDataKinds, 'other'] as const;
export type RedactionKind = (typeof redactionKinds)[number];

// UK phone numbers in every common layout ("(0113) 496 0000", "07700 900123", "+44 (0)7700
// 900123", "0044 …", dashes, no spaces), found by libphonenumber-js with Google's metadata rather
// than a pattern of ours. POSSIBLE leniency: a number from a drama range, or one mistyped by a
// digit, is still a number a person could be rung on.
import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js/min';
import type { Candidate } from './kinds';

// `leniency` is an option the library reads (its finder's default is VALID) but its type
// declarations leave out; a variable (not a literal)
// passes it through without widening the library's types.
const options: { defaultCountry: CountryCode; leniency: 'POSSIBLE' } = {
  defaultCountry: 'GB',
  leniency: 'POSSIBLE',
};

export function findPhones(text: string): Candidate[] {
  const out: Candidate[] = [];
  // At POSSIBLE the library runs one number into the next across ", "; each list item on its own.
  for (const part of text.matchAll(/[^,;\n]+/g)) {
    for (const found of findPhoneNumbersInText(part[0], options)) {
      const start = part.index + found.startsAt;
      // Part of a longer token ("PS-2026-000123", "13/123456/24") is a reference, not a phone.
      if (/[\p{L}\p{N}/-]/u.test(text.charAt(start - 1))) continue;
      out.push({ start, end: part.index + found.endsAt, kind: 'phone' });
    }
  }
  return out;
}

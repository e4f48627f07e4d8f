// The personal-data detector (must-show 1), kind by kind, and realistic clean
// problem-solving text that must come back with nothing flagged.
import { describe, expect, it } from 'vitest';
import {
  findPersonalData,
  replaceSpans,
  type PersonalDataKind,
} from '../../../../src/domain/good-practice/personal-data';

/** What the detector reports in `text`, as `kind:text` pairs. */
const found = (text: string, known?: readonly string[]): string[] =>
  findPersonalData(text, known).map((s) => `${s.kind}:${s.text}`);

const flags = (kind: PersonalDataKind, text: string, item: string): void => {
  expect(found(text), text).toContain(`${kind}:${item}`);
};

describe('names', () => {
  it.each([
    ['Jane Doe reported the damage.', 'Jane Doe'],
    ['we spoke to jane doe about it', 'jane doe'],
    ['Liam O’Neill was seen on the CCTV.', 'Liam O’Neill'],
    ["Liam O'Neill was seen on the CCTV.", "Liam O'Neill"],
    ['Mary-Kate Smith-Jones runs the shop.', 'Mary-Kate Smith-Jones'],
    ['mrs jones called again', 'mrs jones'],
    ['Mr Patel owns the off-licence.', 'Mr Patel'],
    ['The youths included ahmed khan and others.', 'ahmed khan'],
    ['Repeat calls from Sarah Connor', 'Sarah Connor'],
    ["noted: priya o'neill", "priya o'neill"],
    ['kevin okafor again', 'kevin okafor'],
  ])('flags the name in %j', (text, name) => {
    flags('name', text, name);
  });

  it('flags the name after a rank and a collar number, and the collar number as an identifier', () => {
    expect(found('PC 4521 Patel attended with PCSO Khan.')).toEqual([
      'identifier:PC 4521',
      'name:Patel',
      'name:Khan',
    ]);
  });

  it('gives each span offsets into the text, end exclusive', () => {
    const text = 'Then Jane Doe rang.';
    const [span] = findPersonalData(text);
    expect(span).toEqual({ start: 5, end: 13, kind: 'name', text: 'Jane Doe' });
    expect(text.slice(span?.start, span?.end)).toBe('Jane Doe');
  });
});

describe('dates of birth and ages', () => {
  it.each([
    ['Suspect DOB 12/03/1985 known to us.', 'DOB 12/03/1985'],
    ['He was born 1985-03-12.', 'born 1985-03-12'],
    ['d.o.b. 1/3/85 given', 'd.o.b. 1/3/85'],
    ['date of birth: 12 March 1985', 'date of birth: 12 March 1985'],
    ['a 15-year-old boy', '15-year-old'],
    ['the man, aged 34, left', 'aged 34'],
  ])('flags %j', (text, item) => {
    flags('date_of_birth', text, item);
  });

  it('flags an age written straight after a name', () => {
    expect(found('Tom Hughes, 15, was warned.')).toEqual(['name:Tom Hughes', 'date_of_birth:15']);
    expect(found('Tom Hughes (15) was warned.')).toEqual(['name:Tom Hughes', 'date_of_birth:15']);
  });
});

describe('addresses and postcodes', () => {
  it.each([
    ['Damage at 22 Mill Lane again.', '22 Mill Lane'],
    ['damage at 22 mill lane again', '22 mill lane'],
    ['She lives at Flat 3, Mill Court.', 'Flat 3, Mill Court'],
    ['calls from 14a Station Road', '14a Station Road'],
    ['door to door at 10-12 the Green', '10-12 the Green'],
    ['visited flat 12 twice', 'flat 12'],
  ])('flags the address in %j', (text, item) => {
    flags('address', text, item);
  });

  it.each([
    ['Her postcode is LS1 4AP.', 'LS1 4AP'],
    ['her postcode is ls14ap', 'ls14ap'],
    ['M1 1AE', 'M1 1AE'],
    ['near SW1A 2AA', 'SW1A 2AA'],
    ['somewhere in BD7 2', 'BD7 2'],
    ['calls across LS6', 'LS6'],
  ])('flags the postcode in %j', (text, item) => {
    flags('postcode', text, item);
  });
});

describe('phones', () => {
  it.each([
    '(0113) 496 0000',
    '0113 496 0000',
    '01134960000',
    '0113-496-0000',
    '020 7946 0000',
    '07700 900123',
    '07700900123',
    '07700-900-123',
    '+44 7700 900123',
    '+44 (0)7700 900123',
    '0044 7700 900 123',
    '01632 960001',
  ])('flags %s', (phone) => {
    flags('phone', `Ring her on ${phone} after six.`, phone);
  });

  it('keeps numbers in a list apart', () => {
    expect(found('07700 900123, 0113 496 0000')).toEqual(['phone:07700 900123', 'phone:0113 496 0000']);
  });
});

describe('e-mail', () => {
  it.each([
    ['mail j.doe@example.co.uk today', 'j.doe@example.co.uk'],
    ['jane dot doe at gmail dot com', 'jane dot doe at gmail dot com'],
    ['jane.doe at gmail.com', 'jane.doe at gmail.com'],
    ['jdoe [at] example [dot] org', 'jdoe [at] example [dot] org'],
  ])('flags %j', (text, item) => {
    flags('email', text, item);
  });
});

describe('number plates', () => {
  it.each([
    ['Seen in AB12 CDE twice', 'AB12 CDE'],
    ['seen in ab12cde twice', 'ab12cde'],
    ['seen in ab12 cde twice', 'ab12 cde'],
    ['an old L123 ABC Escort', 'L123 ABC'],
    ['a suffix plate ABC 123L', 'ABC 123L'],
    ['dateless plate ABC 123 parked', 'ABC 123'],
    ['dateless 1234 AB parked', '1234 AB'],
    ['reg 1234 ab noted', '1234 ab'],
    ['vehicle abc 12 noted', 'abc 12'],
  ])('flags %j', (text, item) => {
    flags('vehicle', text, item);
  });
});

describe('identifiers', () => {
  it.each([
    ['NI number AB 12 34 56 C on file', 'AB 12 34 56 C'],
    ['ni ab123456c', 'ab123456c'],
    ['collar 4521 attended', 'collar 4521'],
    ['pcso 6012 spoke to them', 'pcso 6012'],
    ['Crime number 13/123456/24 refers', 'Crime number 13/123456/24'],
    ['on 13/123456/24 without a label', '13/123456/24'],
    ['crime ref CRI/12345/24', 'crime ref CRI/12345/24'],
    ['see log 1234 of 12/03/2024', 'log 1234 of 12/03/2024'],
    ['incident 0456 today', 'incident 0456'],
    ['PNC 85/123456X', 'PNC 85/123456X'],
    ['PNC id 85/123456X', 'PNC id 85/123456X'],
    ['custody 12AB/1234/24', 'custody 12AB/1234/24'],
    ['custody ref CUS/1234/24', 'custody ref CUS/1234/24'],
  ])('flags %j', (text, item) => {
    flags('identifier', text, item);
  });
});

describe('known strings from the record', () => {
  it('flags each known string wherever it is, whatever its case, as whole words', () => {
    expect(
      found('The Smiths at the Anchor pub, anchor pub again; annual check', ['Anchor Pub', 'Ann']),
    ).toEqual(['known:Anchor pub', 'known:anchor pub']);
  });
});

describe('clean problem-solving text', () => {
  it.each([
    'We ran hotspot patrols on the High Street and Mill Lane in March and May.',
    'PCSOs used target hardening and CPTED with SARA and the OSARA model.',
    'A PCSO visited every shop on Station Parade in June; PCSO patrols continued into July.',
    'Operation Nightjar worked with Neighbourhood Watch and the council on Victoria Park.',
    'Reported 3 times on Mill Lane; 15 youths gathered near Kings Road in 2024.',
    'The A1 and M62 were quiet. ASB fell 40% between January and April.',
    'Alley gates were fitted by the council with extend guardianship and assist natural surveillance.',
    'Problem PS-2026-000123 was reviewed on 12/03/2024 by the sergeant.',
    'Street lighting on Church Street and Queens Avenue was improved in the autumn.',
    'Calls fell from 42 to 17 over 90 days; displacement to Albert Road was checked.',
    'Saturday and Sunday nights after 22:00 were the peak, mostly in December.',
    'Youth diversion with the youth service; a PSPO covered the Market Square.',
  ])('flags nothing in %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('replaceSpans', () => {
  it('puts the neutral word for each kind in place of the span', () => {
    const text = 'Jane Doe of 22 Mill Lane rang 07700 900123.';
    expect(replaceSpans(text, findPersonalData(text))).toBe(
      '[a name] of [an address] rang [a phone number].',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { PostDocument } from '../../rules/document';
import { isAmbiguousFirstName, isFirstName, personNames } from '../../rules/lib/names';

const names = (text: string) => personNames(new PostDocument(text)).map((n) => n.text);
const full = (text: string) => personNames(new PostDocument(text)).map((n) => `${n.text}${n.full ? '*' : ''}`);

describe('personNames', () => {
  it('finds full names compromise knows', () => {
    expect(full('Thanks to Sandra Kirk, who organised the litter pick.')).toEqual(['Sandra Kirk*']);
  });
  it('finds first names compromise misses, from the first-names list', () => {
    expect(names('Shout-out to Leo (10) from Kingfisher Close.')).toEqual(['Leo']);
    expect(names('Speakers include Callum (16) from Northfield High School.')).toEqual(['Callum']);
    expect(full('My daughter Poppy Wells is selling bracelets.')).toEqual(['Poppy Wells*']);
    expect(names("Kayden's first day at school")).toEqual(['Kayden']);
  });
  it('finds everyday short forms of first names', () => {
    expect(names("Gaz's just been signed off with his back again.")).toEqual(['Gaz']);
    expect(full('Pete Danvers and Shaz from the café')).toEqual(['Pete Danvers*', 'Shaz']);
    // Short forms that are also words need a cue: "reg" is a number plate, "bob" a coin or a verb.
    expect(names('Reg plate and tax are due next month.')).toEqual([]);
    expect(names('Watch the ducks bob about on the pond.')).toEqual([]);
  });
  it('reads "a" before a first and last name as someone of that name, not a thing', () => {
    expect(full('Does anybody know a Kerry Blundell from the Riverside estate?')).toEqual(['Kerry Blundell*']);
    expect(full("There's an Imran Shah on the list twice.")).toEqual(['Imran Shah*']);
    expect(names('We bought a Land Rover and a Ford Focus.')).toEqual([]);
    expect(names('Grandad had a Jack Russell called Pip.')).not.toContain('Jack Russell');
  });
  it('takes honorifics and drops a possessive', () => {
    expect(full("She's in Miss Carter's class.")).toEqual(['Miss Carter*']);
    expect(full('Cllr Anita Patel opened the library.')).toEqual(['Cllr Anita Patel*']);
  });
  it('trusts a surname after a sure first name even when compromise calls it a place', () => {
    expect(full('Disciplinary hearing: Jon Marsh (Parks Operative), 10am Tuesday.')).toEqual(['Jon Marsh*']);
  });
  it('does not join words across punctuation', () => {
    expect(names('DOYLE, Sean - Labour Party')).not.toContain('Sean - Labour');
    expect(names('Well done to Tom (Conservative) tonight.')).toEqual(['Tom']);
  });
  it('refuses places, streets and things named like people', () => {
    expect(names('Holly Lane and Rose Avenue will be closed.')).toEqual([]);
    expect(names('Join the Summer Reading Challenge at the library.')).toEqual([]);
    expect(names('Diversion via Cliff Parade and Victoria Park.')).toEqual([]);
    expect(names('A classic Victoria sponge with jam.')).toEqual([]);
    expect(names("Craft fair at St Mary's on Saturday.")).toEqual([]);
    expect(names("Proposed to include Chapel Row and Tanner's Walk.")).toEqual([]);
    expect(names("Our gritter is called 'Sir Salt-a-Lot'!")).toEqual([]);
  });
  it('refuses months and ambiguous words without a cue that a person is meant', () => {
    expect(names('May half-term at the library.')).toEqual([]);
    expect(names('Will you come to the fair?')).toEqual([]);
    expect(names('Grace period ends on Friday.')).toEqual([]);
    expect(names('Fly fishing on the Brent this evening.')).toEqual([]);
  });
  it('accepts an ambiguous first name opening a sentence when the surname is no everyday word and owns or does something', () => {
    expect(names("Jean Arkwright's PIP award ended last month.")).toEqual(['Jean Arkwright']);
    expect(names('Grace Okafor has been waiting since March.')).toEqual(['Grace Okafor']);
    expect(names('Ivy Mensah was rehoused on Friday.')).toEqual(['Ivy Mensah']);
    // Everyday words, plurals and named storms stay what they are.
    expect(names('Summer Term ends on Friday.')).toEqual([]);
    expect(names('Autumn Statement was announced today.')).toEqual([]);
    expect(names('April Showers expected all week.')).toEqual([]);
    expect(names('Storm Babet caused flooding on the coast road.')).toEqual([]);
    expect(names('Summer Reading Challenge starts today.')).toEqual([]);
    expect(names('Grace Manning has been waiting since March.')).toEqual(['Grace Manning']);
  });
  it('does not take a title-cased scheme for a person', () => {
    expect(names('She applied for a Disabled Facilities Grant last year.')).toEqual([]);
    expect(names('Dana Okoye was rehoused on Friday.')).toEqual(['Dana Okoye']);
  });
  it('keeps a surname compromise calls a place when an age follows the pair', () => {
    expect(names('Well done to Lily Marsh, 9, from Fenby Primary!')).toEqual(['Lily Marsh']);
    expect(names('Holly Lane, 12, is closed for resurfacing.')).toEqual([]);
  });
  it('knows Welsh and Scots names and house and chapel names', () => {
    expect(names('Eirlys Morgan, 84, lives alone in Tŷ Hafod.')).toEqual(['Eirlys Morgan']);
    expect(names('Service at Capel Seion with Cadi, 9, reading.')).toEqual(['Cadi']);
    expect(names('Tam Gillespie was at the meeting.')).toEqual(['Tam Gillespie']);
  });
  it('accepts ambiguous first names with a cue', () => {
    expect(names('Congratulations to 8-year-old Ruby from Harbour Primary.')).toEqual(['Ruby']);
    expect(names('Please pray for Lily Moore tonight.')).toEqual(['Lily Moore']);
    expect(names('Our foster carers Sue and Mark are brilliant.')).toEqual(['Sue', 'Mark']);
  });
  it('ignores pets', () => {
    expect(names('LOST DOG: Bramble, a brown cocker spaniel.')).toEqual([]);
    expect(names('Lost dog: Poppy, 3, a black cockapoo.')).toEqual([]);
  });
  it('never throws on odd input', () => {
    expect(() => names('')).not.toThrow();
    expect(() => names('🎉🎉 مرحبا بالعالم ‮ RTL \uD800 lone')).not.toThrow();
    expect(() => names('Tom Jones '.repeat(5000))).not.toThrow();
  });
});

describe('first-names data', () => {
  it('knows common UK names of all ages', () => {
    for (const n of ['Kayden', 'Aisha', 'Zara', 'Evie', 'Doreen', 'Harvey', 'Priya', 'Callum']) expect(isFirstName(n)).toBe(true);
  });
  it('marks names that are also ordinary words as ambiguous', () => {
    for (const n of ['May', 'Grace', 'Will', 'Victoria']) expect(isAmbiguousFirstName(n)).toBe(true);
    expect(isAmbiguousFirstName('Kayden')).toBe(false);
  });
});

describe('personNames, places and relations', () => {
  it('keeps a name after "little" but not after a capitalised place word', () => {
    expect(names('We matched our little Kai with his new family.')).toEqual(['Kai']);
    expect(names('Roadworks in Little Harvey Street... no, Great Oliver Road.')).not.toContain('Oliver');
  });
});

// The employer's names, numbers and domains come from the policy; these
// matchers are what every rule uses to tell the council from everyone else.
import { describe, expect, it } from 'vitest';
import { resolvePolicy } from '../../rules/policy';
import { employerMentions, isOfficialAddress, isOfficialDomain, isOfficialPhone, phoneDigits } from '../../rules/lib/organisation';

const ashcombe = resolvePolicy({
  organisation: {
    name: 'Ashcombe City Council',
    aliases: ['Ashcombe Council', 'ACC'],
    domains: ['ashcombe.gov.uk'],
    officialPhones: ['0113 496 0000'],
    officialAddresses: ['Civic Hall, Market Street, Ashcombe AS1 2CD'],
  },
});
const spans = (text: string) => employerMentions(text, ashcombe).map(([s, e]) => text.slice(s, e));

describe('employer mentions', () => {
  it('finds the full name, an alias and the short "X Council" form', () => {
    expect(spans('Ashcombe City Council and ashcombe council both count')).toEqual(['Ashcombe City Council', 'ashcombe council']);
    expect(spans('I work for Ashcombe Council')).toEqual(['Ashcombe Council']);
  });
  it('matches an all-capital alias only in capitals', () => {
    expect(spans('Proud to work at ACC')).toEqual(['ACC']);
    expect(spans('sort code 20-45-77, acc 41829365')).toEqual([]);
    expect(spans('Acc to the forecast it will rain')).toEqual([]);
  });
  it('derives "Dudley Council" from a long name', () => {
    const dudley = resolvePolicy({ organisation: { name: 'Dudley Metropolitan Borough Council' } });
    const text = 'Dudley Council staff';
    expect(employerMentions(text, dudley).map(([s, e]) => text.slice(s, e))).toEqual(['Dudley Council']);
  });
});

describe('official contacts', () => {
  it('recognises official numbers in any common writing', () => {
    for (const n of ['0113 496 0000', '+44 113 496 0000', '+44 (0)113 496 0000', '0113-496-0000', '0044 113 4960000']) {
      expect(isOfficialPhone(ashcombe, n), n).toBe(true);
    }
    expect(isOfficialPhone(ashcombe, '0113 496 0001')).toBe(false);
    expect(phoneDigits('+44 (0)7700 900123')).toBe('07700900123');
  });
  it('recognises the domain and its subdomains, not look-alikes', () => {
    expect(isOfficialDomain(ashcombe, 'waste@ashcombe.gov.uk')).toBe(true);
    expect(isOfficialDomain(ashcombe, 'jobs.ashcombe.gov.uk')).toBe(true);
    expect(isOfficialDomain(ashcombe, 'me@notashcombe.gov.uk')).toBe(false);
    expect(isOfficialDomain(ashcombe, 'someone@gmail.com')).toBe(false);
  });
  it('recognises parts of official addresses', () => {
    expect(isOfficialAddress(ashcombe, 'AS1 2CD')).toBe(true);
    expect(isOfficialAddress(ashcombe, 'Civic Hall')).toBe(true);
    expect(isOfficialAddress(ashcombe, '14 Mill Road')).toBe(false);
  });
});

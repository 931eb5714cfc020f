// Personal data of a living person: contact details, identifiers, bank and
// card details, dates of birth, vehicle registrations, and a private
// person's name tied to their health, benefits, debts, complaints, case,
// employment discipline or family circumstances.
//
// Validated detectors, not loose digit runs: numbers are checked for length,
// prefixes and check digits, and the employer's own numbers, domains and
// buildings come from the policy and are never flagged.
import { defineRule, type Suggestion } from './types';
import type { PostDocument } from './document';
import type { Policy } from './policy';
import {
  findBankDetails,
  findCardNumbers,
  findDatesOfBirth,
  findNhsNumbers,
  findNiNumbers,
  findPhones,
  findVehicleRegs,
  type Hit,
} from './lib/personal-data-numbers';
import { findAddresses, findEmails } from './lib/personal-data-contact';
import { mourned, personFacts, type FactKind } from './lib/personal-data-people';
import { safeguardingVerdicts } from './lib/safeguarding-verdicts';

const FACT_WORDS: Record<FactKind, string> = {
  health: 'health',
  benefits: 'benefits',
  debts: 'debts',
  complaint: 'complaint',
  case: 'case',
  employment: 'employment or disciplinary matters',
  family: 'family or care circumstances',
};

function redact(hit: Hit): Suggestion[] {
  return [{ label: 'Redact', edit: { kind: 'replace', start: hit.start, end: hit.end, text: hit.redaction } }];
}

/** All identifier and contact findings, overlaps resolved in favour of the earlier, longer one. */
function detailHits(doc: PostDocument, policy: Policy, account: string, now: Date): Hit[] {
  const all: Hit[] = [
    ...findNhsNumbers(doc),
    ...findCardNumbers(doc),
    ...findNiNumbers(doc),
    ...findBankDetails(doc),
    ...findPhones(doc, policy, account),
    ...findEmails(doc, policy),
    ...findDatesOfBirth(doc, now),
    ...findVehicleRegs(doc),
    ...findAddresses(doc, policy),
  ];
  const kept: Hit[] = [];
  // Detectors run in order of specificity: an NHS or card number is never also reported as a phone number.
  for (const hit of all) {
    if (kept.some((k) => hit.start < k.end && k.start < hit.end)) continue;
    kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export default defineRule({
  meta: {
    id: 'personal-data',
    category: 'personal-data',
    description:
      'Flags private phone numbers, personal emails, home addresses and postcodes, NI and NHS numbers, bank and card details, dates of birth, vehicle registrations, and private people named with their health, benefits, debts, complaints or circumstances.',
    policy: {
      clause:
        'Do not disclose non-public information or the personal information of others. Stay safe and don’t give out personal details such as your address or telephone number.',
      source: 'North Lincolnshire 2012, 2.6 Be respectful and 3.2',
    },
    messages: {
      phone: '"{{match}}" looks like a private phone number. Remove it, or give an official number instead.',
      email: '"{{match}}" looks like a personal email address. Remove it, or give an official address instead.',
      address: '"{{match}}" looks like a home address. Remove it: home addresses are personal data.',
      postcode: '"{{match}}" is a full postcode tied to a person or their home. Remove it or give only the area.',
      niNumber: '"{{match}}" looks like a National Insurance number. Remove it: it must never be posted publicly.',
      nhsNumber: '"{{match}}" looks like an NHS number. Remove it: it must never be posted publicly.',
      sortCode: '"{{match}}" looks like a bank sort code. Remove bank details from the post.',
      accountNumber: '"{{match}}" looks like a bank account number. Remove bank details from the post.',
      iban: '"{{match}}" looks like a bank account (IBAN). Remove bank details from the post.',
      cardNumber: '"{{match}}" looks like a payment card number. Remove it, or show at most the last four digits.',
      dateOfBirth: '"{{match}}" is a date of birth. Remove it, or give no more than the age or the birthday.',
      vehicleReg: '"{{match}}" looks like a vehicle registration tied to a person. Remove it before posting.',
      personFact:
        '"{{match}}" is named together with details of their {{fact}}. Remove the name or the details: this is their personal information.',
    },
  },
  check(doc, ctx) {
    for (const hit of detailHits(doc, ctx.policy, ctx.account, ctx.now)) {
      ctx.report({ messageId: hit.kind, start: hit.start, end: hit.end, suggest: redact(hit) });
    }
    const named: Array<[number, number]> = [];
    for (const { person, fact } of personFacts(doc, ctx.policy)) {
      named.push([person.start, person.end]);
      ctx.report({
        messageId: 'personFact',
        start: person.start,
        end: person.end,
        data: { fact: FACT_WORDS[fact.kind] },
        suggest: [{ label: 'Redact name', edit: { kind: 'replace', start: person.start, end: person.end, text: '[name removed]' } }],
      });
    }
    // A child named with their care or fostering status, or a vulnerable adult with their care
    // circumstances, is also that person's family or health information, however it is worded.
    for (const v of safeguardingVerdicts(doc)) {
      // A first name and a care status told in different sentences: the safeguarding rule pieces the child together;
      // as personal data the fact is not tied to the name plainly enough to report.
      if (v.messageId === 'child' || v.apart || named.some(([s, e]) => s < v.end && v.start < e) || mourned(doc, v)) continue;
      ctx.report({
        messageId: 'personFact',
        start: v.start,
        end: v.end,
        data: { fact: FACT_WORDS[v.messageId === 'care' ? 'family' : 'health'] },
        suggest: [{ label: 'Redact name', edit: { kind: 'replace', start: v.start, end: v.end, text: '[name removed]' } }],
      });
    }
  },
});

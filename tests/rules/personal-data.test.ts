import { describe, expect, it } from 'vitest';
import { checkSync } from 'recheck';
import rule from '../../rules/personal-data';
import { check } from '../../rules/engine';
import { luhn, NUMBER_PATTERNS, validNhsNumber, validNiPrefix } from '../../rules/lib/personal-data-numbers';
import { CONTACT_PATTERNS } from '../../rules/lib/personal-data-contact';
import { PEOPLE_PATTERNS } from '../../rules/lib/personal-data-people';
import { BRIGHTWATER, ruleTester } from '../rule-tester';
import type { PolicyInput } from '../../rules/policy';

const FENMOUTH: PolicyInput = {
  organisation: {
    name: 'Fenmouth District Council',
    aliases: ['Fenmouth Council'],
    domains: ['fenmouth.gov.uk'],
    officialPhones: ['0113 496 0000', '0113 496 0200'],
    officialAddresses: ['Fenmouth House, 1 Quayside, Fenmouth FN1 2AB'],
  },
};

ruleTester(rule, {
  valid: [
    'Sleeping rough this winter? Our outreach team can help, call 01632 960000 any time.',
    { text: 'Kicked him out of the quiz for cheating, Tom Rawson you know who you are 😂', account: 'personal' },
    'Foster carers Anna and Rhys Morgan share what fostering has meant for their family. Could you foster?',
    // A tribute: the policy protects the personal information of the living.
    { text: 'Rest in peace Maureen Tate, she fought her cancer with such grace.', account: 'personal' },
    { text: 'Ken Barraclough, who passed away on Friday after a long battle with dementia, was a legend at the allotments.', account: 'personal' },
    // A name after the fact's sentence is someone else when introduced by role or addressed by first name alone.
    { text: 'Her council tax support claim is being reviewed. Jane Smith, Revenues Manager, will explain the process at the session.' },
    { text: 'His housing benefit was stopped last month. John, can you cover the desk tomorrow?', account: 'personal' },
    'Wheelchair users can borrow a powered wheelchair free of charge at the country park visitor centre.',
    'Anyone with a mobility scooter can charge it at the library, ask staff for the socket.',
    { text: 'Our discharge team helps residents get home from hospital safely, call 01632 960000.' },
    // Red-team 9 (Northmoor): a greeting then "your" with no fact about the person's circumstances.
    { text: 'Morning Jess! Your library books are due back on Friday.' },
    { text: 'Hello everyone, your bins will be collected on Saturday instead of Friday.' },
    { text: 'Dear Mr Okoro, thank you for your suggestion. Your idea for a bench is with the parks team.' },
    // Red-team 7 (Glenford): a repeated word is a refrain or a title, not a name.
    { text: 'Grandad sang Delilah Delilah at the care home and the residents loved it, he has dementia now too.', account: 'personal' },
    // Red-team 6: a possessive that owns something else stays a possessive.
    { text: "Pauline Walsh's dog has diabetes now, poor thing.", account: 'personal' },
    { text: "Mrs Hartley's class raised £150 for the hospice.", account: 'personal' },
    // Red-team 4: a fall in a race, people beating an illness as a topic, a refuge as a place.
    "Mr Peter Quinn's fall in the 1500m final cost him a medal but he got back up!",
    'Survivors speak: hear how local people have beaten cancer at our library talk on Tuesday.',
    'Jane Smith volunteers in the refuge kitchen every Friday.',
    // Red-team 3: a business saying where it is, an event address, a benefit appeal as a topic.
    { text: "We're based at 4 Mill Lane, come and see the new showroom.", account: 'personal' },
    'Free advice session on how to make a benefit appeal, Tuesday at the library.',
    // Red-team 2 (Pennmoor): a reply with advice, a date that dates an event, foster carers' own role.
    '@kay_m88 You can apply for council tax reduction online at fenmouth.gov.uk/ctr.',
    'Have your date of birth ready when you call. The helpline opened on 4 May 1999 and has never been busier.',
    'Meet Sue and Raj, our new foster carers of the year!',
    // Red-team (Ashcombe): carers named in their role; a venue address in a reply.
    'Meet Priya and Dan, foster parents in Eastcliff for six years. Could you foster too?',
    'Sam, an experienced foster carer, explains what a typical weekend looks like.',
    '@resident22 The recycling centre at 4 Dock Road is open 8am to 6pm.',
    // The council's own contact details, from the policy.
    'Questions? Email highways@brightwater.gov.uk or call 01632 960000.',
    'Living abroad? Call +44 1632 960000 (Mon to Fri, 9am to 5pm UK time) or email bereavement@brightwater.gov.uk.',
    'New phone system: the switchboard stays on 01632 960000, housing repairs move to 01632 960100 and leisure to 01632 960555.',
    'Karen, give reception a call on 01632 960555 to collect it.',
    'Write to Planning Policy, Civic Centre, Harbour Road, Brightwater BW1 1AA.',
    'Our Civic Centre, Harbour Road, Brightwater BW1 1AA closes at 1pm on Christmas Eve.',
    { text: 'Need help with your rent? Call our housing team on 0113 496 0200 or email housing@fenmouth.gov.uk', policy: FENMOUTH },
    { text: 'Drop in to Fenmouth House, 1 Quayside, Fenmouth FN1 2AB, any weekday.', policy: FENMOUTH },
    // Service and organisation numbers.
    'Power cut? Call 105. Medical advice: 111. Emergencies: 999.',
    'Forward scam texts to 7726, free of charge.',
    'Call the National Domestic Abuse Helpline free on 0808 2000 247, day or night.',
    'Floodline: 0345 988 1188.',
    'Call Citizens Advice Fenmouth on 01632 960777 for free debt help.',
    'Ring the Trading Standards team on 01632 960200 if a trader has been to your door.',
    'Samaritans are there round the clock on 116 123.',
    // Numbers that are not personal data.
    'Planning application 24/01234/FUL (45 homes, land off Mill Lane) goes to committee on Wednesday 11 March.',
    'Apply by 15 March (ref BWC-2026-031). Quote your reference (it starts with WR-).',
    'Signed diversion via the A6135 Harbour Road and the B1207 Marsh Lane.',
    'Council tax Band D is £2,087.34. We filled 1,214 potholes and 6,200 new homes are planned for 2026 to 2041.',
    'Timestamps: 00:00 Welcome, 1:48:00 Capital programme, 2:20:15 Treasury management.',
    'Your case reference is 0123456789; keep it safe.',
    'Buses: the 4 and 42 will divert via Station Road.',
    'Thanks to the 200 Harbour Park volunteers, including Jane Smith, who cleared the pond.',
    'Our contractor will work from 7am to 7pm, Monday to Saturday, on 20-04-26 and after.',
    'Pay within 14 days and the charge drops from £70 to £35. You need the 10-character PCN reference.',
    // Addresses of businesses, venues and roads.
    'Harbour Road will be closed from 10am to 12:30pm.',
    'Heard the Harbour Road offices are being sold to a hotel chain.',
    'Rise Bakery has opened at 21 Market Street, and Jade says the first coffee is free!',
    'Drop-in at Northfield Hub, 12 Station Road, for anyone worried about money.',
    'The recycling bank on Sussex Road is moving to Northfield Community Hub car park.',
    'A Northfield man was convicted of fly-tipping on Marsh Lane and fined £400.',
    'My son Harvey (12) walks home alone from Harbour Academy down Marsh Lane every day.',
    'Shout-out to Leo (10) from Kingfisher Close, who reported the broken swing.',
    // Organisation mailboxes.
    'Send your birdwatch results to info@rspb.org.uk by Friday.',
    'Let StreetLink know at streetlink@streetlink.org.uk and our outreach team will follow up.',
    'Bookings: bookings@harbourarts.co.uk.',
    'Meet us at the park, dot com start-ups welcome.',
    // Dates and ages that are not dates of birth.
    'Happy 100th birthday to Joan, who puts her long life down to sea air and a daily sherry!',
    'Local elections are on Thursday 7 May. Born in 1926, the town hall clock still keeps time.',
    'Baby Lily was born on 3 March and is doing well.',
    'Mrs Dennis is 82 and still swims every morning.',
    // Vehicle-looking codes without a vehicle.
    'Use discount code BWC15 at the till.',
    // Names without sensitive facts, and sensitive words without a private person.
    'Cllr Anita Patel, Cabinet Member for Communities, reopened Northfield Library on Saturday.',
    'The Mayor, Cllr Graham Ellis, will switch on the Christmas lights on Market Street.',
    'Struggling to pay your council tax? If you get certain benefits you may get Council Tax Support.',
    'Suspect someone is committing council tax or benefit fraud? Report it confidentially.',
    'Sam from our Benefits team can help you apply for Universal Credit.',
    'Join Dr Priya Nair for a talk on living with dementia at the library.',
    'Margaret runs our dementia café every Tuesday at Northfield Hub.',
    'Our debt advice team, led by Tom Hughes, is open every weekday.',
    "Jane Smith handles complaints for the leisure team. It's a case of waiting, I'm afraid.",
    'Thanks to Jane, who looked after me when I had cancer last year.',
    'Could you foster? We need more foster carers in the borough.',
    'Meet Sue and Mark, who have fostered more than 30 children over 20 years.',
    'Kev Harper is a crook who takes deposits and never turns up.',
    'Raising £3,500 for a mobility scooter for my dad so he can get out of the house again.',
    'Sienna Clarke from Year 9 passed her grade 8 piano with distinction!',
    'Our Blue Badge team is at 14 Market Place every Thursday morning.',
    'Properties 2 to 40 Beech Road will have their water off on Tuesday.',
    "Thanks to everyone who came to Jane's retirement do at 7 Quay Street.",
    'Our new Family Hub opens at 23 Station Road on Monday. Drop in and say hello to Karen and the team!',
    'Ring Brightwater Taxis on 01632 960999 for a lift home.',
    'If you need help with your rent, call 01632 960200.',
    'Our meeting starts at 7pm; dial in on 0113 496 0999 using code 1234.',
    'Our Revenues team, led by Sarah Jones, helped 2,000 residents claim Council Tax Support.',
    'Meet Kath, who has volunteered with Age UK for 10 years helping people with dementia.',
    "'We know many residents are in debt,' said Mark Price, Head of Revenues.",
    'Ian Mills, our Head of HR, will lead the disciplinary policy review.',
    'Thanks to Claire from Macmillan who ran our cancer support session.',
    'John has a stroke of genius every Monday.',
    'Jane Smith has stress-tested the plan.',
    'Tributes to former councillor Jim Hart, who has died after a long illness.',
    'Get well soon to Cllr Mike Dean, who is recovering from a stroke.',
    'Meeting ID 845 2291 0036, passcode 123456. Invoice 4000123456789010 has been paid.',
    { text: 'Call 01632 960321 to book your table at the Anchor.', name: 'an unlabelled landline on a council account' },
    // Stress cases.
    '',
    '🎉🎉🎉 ٱلسَّلَامُ عَلَيْكُمْ שלום 👋🏽',
    // Red-team 4: a subject of someone's work, a collection day at a public site.
    'Thanks to Dr Amir Khan, who gave a talk about his research into dementia.',
    'Free bulky waste collection day at 12 Station Road recycling centre this Saturday.',
  ],
  invalid: [
    // Homelessness and being thrown out are the person's circumstances, told of them by name or by "he"/"she" after it.
    { text: "Anyone seen Darren Holt lately? He's been sleeping in his car since his missus kicked him out.", account: 'personal', errors: [{ messageId: 'personFact', match: 'Darren Holt' }] },
    { text: 'Jodie Marsh was made homeless last week with two kids, can anyone help with a cot?', account: 'personal', errors: [{ messageId: 'personFact', match: 'Jodie Marsh' }] },
    { text: "Our Jack's been off school with his anxiety again, school have been brilliant though.", account: 'personal', errors: [{ messageId: 'personFact', match: 'Jack' }] },
    // Red-team 12 (Blackwater): a reply telling a handle they are behind with a payment.
    { text: "@dave_k Hi Dave, you're now £310 behind with your council tax, please get in touch.", errors: [{ messageId: 'personFact' }] },
    // Red-team 12 (Oakhurst): the person is named in the sentence after the fact ("his ... Desmond Okoro, 58, ..."),
    // a relative named as "our <first name>" with a mobility aid, a partner walking out is family circumstances.
    { text: 'Told a gentleman this morning his Universal Credit had been sanctioned. Desmond Okoro, 58, proud man, close to tears.', account: 'personal', errors: [{ messageId: 'personFact', match: 'Desmond Okoro' }] },
    { text: 'Our Maisie needs an electric wheelchair and the waiting list is two years.', account: 'personal', errors: [{ messageId: 'personFact', match: 'Maisie' }] },
    { text: 'Poor Colin Ashworth next door, his wife has walked out and left him with the twins.', account: 'personal', errors: [{ messageId: 'personFact', match: 'Colin Ashworth' }] },
    { text: 'Tom Blakey, 71, has a mobility scooter stuck in the lift again, third time this month.', account: 'personal', errors: [{ messageId: 'personFact', match: 'Tom Blakey' }] },
    { text: 'Mrs Holt is back on her feet but she needs a walking frame now.', account: 'personal', errors: [{ messageId: 'personFact', match: 'Mrs Holt' }] },
    { text: 'Mrs Hollis from the end bungalow is home from hospital after her knee replacement, send her a card!', account: 'personal', errors: [{ messageId: 'personFact', match: 'Mrs Hollis' }] },
    { text: "Dan Copley's wife left him in the summer and he's back on the drink, poor lad.", account: 'personal', errors: [{ messageId: 'personFact', match: 'Dan Copley' }] },
    // Red-team 9 (Northmoor): a post that greets a named person tells them their own circumstances
    // in the sentences after the greeting; a blue badge says the holder is disabled.
    { text: "Hi Rosa Fairweather, we've checked the file. Your DLA stopped in June, so the exemption has ended.", errors: [{ messageId: 'personFact', match: 'Rosa Fairweather' }] },
    { text: 'Dear Mr Kettering, thanks for calling. Your council tax reduction has now been backdated.', errors: [{ messageId: 'personFact', match: 'Mr Kettering' }] },
    { text: 'Hi Priya Shah, your blue badge is ready to collect from reception.', errors: [{ messageId: 'personFact', match: 'Priya Shah' }] },
    // Red-team 8 (Wyeford): model names and driving verbs are vehicle cues for a registration.
    { text: 'White Transit van FJ68 NRT has been tailgating the school bus every morning', account: 'personal', errors: [{ match: 'FJ68 NRT' }] },
    { text: 'That silver Qashqai LB21 RTY keeps blocking the lane by the chapel.', account: 'personal', errors: [{ match: 'LB21 RTY' }] },
    // Red-team 6 (Kingsmere): the 's of "has"/"is" after a name ("Bottomley's just been diagnosed") leaves the name the subject.
    { text: "Marjorie Haigh's just been diagnosed with lung cancer, send her your love.", account: 'personal', errors: [{ match: 'Marjorie Haigh' }] },
    { text: "Trevor Lund's got dementia now and doesn't know his own kids.", account: 'personal', errors: [{ match: 'Trevor Lund' }] },
    { text: "Carl Booth's in arrears with everyone in the village.", account: 'personal', errors: [{ match: 'Carl Booth' }] },
    // Red-team 4: a named person who beat or survived an illness; a fall; a refuge.
    { text: 'Congratulations to Jim Rowe, 66, who has survived two heart attacks and still runs every week!', errors: [{ messageId: 'personFact', match: 'Jim Rowe' }] },
    { text: 'Big thanks to Gwen Tarrant, who has beaten breast cancer and is back litter-picking!', errors: [{ messageId: 'personFact', match: 'Gwen Tarrant' }] },
    { text: 'Lovely to see Mrs Ada Kemp back home after her fall last month.', errors: [{ messageId: 'personFact', match: 'Mrs Ada Kemp' }] },
    // Red-team 3 (Thornbury Fen, Hollinsford): the poster's own door, a named person's own appeal.
    { text: 'Found a wallet on the bus. I am at 14 Kestrel Row, pop by after six.', account: 'personal', errors: [{ messageId: 'address', match: '14 Kestrel Row' }] },
    { text: 'Mrs Oyelaran, your PIP assessment date has been moved to Monday.', errors: [{ messageId: 'personFact', match: 'Mrs Oyelaran' }] },
    // Red-team 2 (Pennmoor): a reply telling a handle its circumstances, a date of birth apart from its label, a young carer, a named child in foster care.
    { text: '@kay_m88 Your council tax reduction has been stopped until you send your bank statements.', errors: [{ messageId: 'personFact', match: '@kay_m88' }] },
    { text: 'Why does every form want my DOB? For the record it is 2 March 1983 and I am tired of typing it.', account: 'personal', errors: [{ messageId: 'dateOfBirth', match: '2 March 1983' }] },
    { text: 'Nathan Pryce, 12, cares for his dad around school and still made the county swim squad.', errors: [{ messageId: 'personFact', match: 'Nathan Pryce' }] },
    { text: 'Sweet day out with Mia today. She has been with her new foster family for six weeks now.', account: 'personal', errors: [{ messageId: 'personFact', match: 'Mia' }] },
    // Red-team (Ashcombe): a date of birth after "recorded as", an address in a reply to a resident, child protection orders.
    { text: 'Hi Marcus, for security your DOB is recorded as 14/07/1991 on our system.', errors: [{ messageId: 'dateOfBirth', match: '14/07/1991' }] },
    { text: '@pete_h23 Thanks, Pete. An officer will call round to 9 Heron Way, Eastcliff BW6 2RT on Friday.', errors: [{ messageId: 'address', match: '9 Heron Way, Eastcliff BW6 2RT' }] },
    { text: 'Jo Hart is now subject to an emergency protection order.', errors: [{ messageId: 'personFact', match: 'Jo Hart' }] },
    // Phones in every common writing.
    {
      text: 'Ring or text 07700-900-238 to book!',
      errors: [{ messageId: 'phone', match: '07700-900-238', suggestions: [{ label: 'Redact', output: 'Ring or text [number removed] to book!' }] }],
    },
    { text: 'Please ring me on 07700.900.384, any time.', errors: [{ messageId: 'phone', match: '07700.900.384' }] },
    { text: 'WhatsApp +44 7700 900629 to join.', errors: [{ messageId: 'phone', match: '+44 7700 900629' }] },
    { text: 'Call me on +44 (0)7700 900123 after six.', errors: [{ messageId: 'phone', match: '+44 (0)7700 900123' }] },
    { text: 'My number is 0044 7700 900456.', errors: [{ messageId: 'phone', match: '0044 7700 900456' }] },
    { text: 'Text Donna on 07700900412.', errors: [{ messageId: 'phone', match: '07700900412' }] },
    { text: "Nan's new landline is (01632) 960781 if the family need it.", errors: [{ messageId: 'phone', match: '(01632) 960781' }] },
    { text: "Nan's got a new landline, it's 01632 960781 if any of the family need it.", errors: [{ messageId: 'phone', match: '01632 960781' }] },
    { text: "If not, we'll ring you back on 0113 496 0732 as you asked.", errors: [{ messageId: 'phone', match: '0113 496 0732' }] },
    { text: 'Email her or ring her on 020 7946 0418.', errors: [{ messageId: 'phone', match: '020 7946 0418' }] },
    { name: 'a Brightwater number is private on Fenmouth', text: 'Ring me on 01632 960000 tonight.', policy: FENMOUTH, errors: [{ messageId: 'phone' }] },
    // Emails.
    {
      text: 'Email her at sandra.kirk@example.co.uk and she will add you.',
      errors: [{ messageId: 'email', match: 'sandra.kirk@example.co.uk', suggestions: [{ label: 'Redact', output: 'Email her at [email removed] and she will add you.' }] }],
    },
    { text: 'Email me at becky.holt84 (at) example (dot) com to join.', errors: [{ messageId: 'email', match: 'becky.holt84 (at) example (dot) com' }] },
    { text: 'DM me for my new email: dave.ruddock1979 at gmail dot com', errors: [{ messageId: 'email', match: 'dave.ruddock1979 at gmail dot com' }] },
    { text: 'Contact sam[at]hotmail.co.uk for tickets.', errors: [{ messageId: 'email', match: 'sam[at]hotmail.co.uk' }] },
    { text: 'Our school nurse is at jo.bloggs@nhs.net if you have questions.', errors: [{ messageId: 'email', match: 'jo.bloggs@nhs.net' }] },
    { text: 'Questions to partyplanner@gmail.com please.', errors: [{ messageId: 'email' }] },
    { name: 'a Brightwater address is personal on Fenmouth', text: 'Email jane.doe@brightwater.gov.uk.', policy: FENMOUTH, errors: [{ messageId: 'email' }] },
    // Home addresses and postcodes.
    {
      text: 'That scumbag at 41 Marsh Lane, BW5 2DQ has dumped his old mattress again.',
      errors: [{ messageId: 'address', match: '41 Marsh Lane, BW5 2DQ', suggestions: [{ label: 'Redact', output: 'That scumbag at [address removed] has dumped his old mattress again.' }] }],
    },
    { text: 'Watch out for Craig Dunn at 6 Ferry Lane, BW3 4RT.', errors: [{ messageId: 'address', match: '6 Ferry Lane, BW3 4RT' }] },
    { text: 'Happy birthday to Mrs Joan Parry of 22 Seaview Terrace, Eastcliff BW4 6JT!', errors: [{ messageId: 'address', match: '22 Seaview Terrace, Eastcliff BW4 6JT' }] },
    { text: 'She lives at 14 Kingfisher Close with her two cats.', errors: [{ messageId: 'address', match: '14 Kingfisher Close' }] },
    { text: 'Party at my place, Flat 3, 12 Marsh Lane, from 8!', errors: [{ messageId: 'address', match: 'Flat 3, 12 Marsh Lane' }] },
    { text: 'My neighbour at 17a Osier Road keeps burning rubbish.', policy: FENMOUTH, errors: [{ messageId: 'address', match: '17a Osier Road' }] },
    { text: 'He lives in FN3 7XY, near the old mill.', policy: FENMOUTH, errors: [{ messageId: 'postcode', match: 'FN3 7XY' }] },
    // Identifiers.
    {
      text: 'We cannot find a claim under National Insurance number JX 48 21 90 B.',
      errors: [{ messageId: 'niNumber', match: 'JX 48 21 90 B', suggestions: [{ label: 'Redact', output: 'We cannot find a claim under National Insurance number [NI number removed].' }] }],
    },
    { text: 'Resident query: Mr T. Gill, NI number QQ 12 34 56 C.', errors: [{ messageId: 'niNumber', match: 'QQ 12 34 56 C' }] },
    { text: 'Her details: AB123456C, married, two kids.', errors: [{ messageId: 'niNumber', match: 'AB123456C' }] },
    { text: 'Can someone chase the GP? NHS number 450 557 7104.', errors: [{ messageId: 'nhsNumber', match: '450 557 7104' }] },
    { text: 'His number is 943 476 5919 if the surgery asks.', errors: [{ messageId: 'nhsNumber', match: '943 476 5919' }] },
    { text: 'NHS no: 4010232137', errors: [{ messageId: 'nhsNumber', match: '4010232137' }] },
    // Dates of birth.
    { text: 'Mrs Joan Parry was born on 3 March 1926!', errors: [{ messageId: 'dateOfBirth', match: '3 March 1926' }] },
    { text: 'Missing: Tom Price, DOB 12/04/1987, last seen Friday.', errors: [{ messageId: 'dateOfBirth', match: '12/04/1987' }] },
    { text: 'Date of birth: 3rd May 1990.', errors: [{ messageId: 'dateOfBirth', match: '3rd May 1990' }] },
    { text: 'Gran was born on the 3rd of March, 1926.', errors: [{ messageId: 'dateOfBirth', match: '3rd of March, 1926' }] },
    // Bank and card details.
    {
      text: "We've refunded the £86 to the account you gave us (sort code 20-45-77, account 41829365).",
      errors: [
        { messageId: 'sortCode', match: '20-45-77' },
        { messageId: 'accountNumber', match: '41829365' },
      ],
    },
    { text: 'Pay into sort code 12 34 56 please.', errors: [{ messageId: 'sortCode', match: '12 34 56' }] },
    {
      text: 'Found: a purse with a debit card 4921 5530 1187 2245 in it.',
      errors: [{ messageId: 'cardNumber', match: '4921 5530 1187 2245', suggestions: [{ label: 'Redact', output: 'Found: a purse with a debit card •••• •••• •••• 2245 in it.' }] }],
    },
    { text: 'Use 4111111111111111 for the deposit.', errors: [{ messageId: 'cardNumber', match: '4111111111111111' }] },
    { text: 'Amex 3782 822463 10005, expiry 09/27.', errors: [{ messageId: 'cardNumber', match: '3782 822463 10005' }] },
    { text: 'Bank details: GB29 NWBK 6016 1331 9268 19.', errors: [{ messageId: 'iban', match: 'GB29 NWBK 6016 1331 9268 19' }] },
    // Vehicle registrations.
    { text: 'To the driver in the black BMW, reg BX21 KLM, who parked across my drive.', errors: [{ messageId: 'vehicleReg', match: 'BX21 KLM' }] },
    { text: 'The silver car KX65 ZTR has been parked outside for a week.', errors: [{ messageId: 'vehicleReg', match: 'KX65 ZTR' }] },
    { text: 'Number plate P123 ABC, seen speeding past the school.', errors: [{ messageId: 'vehicleReg', match: 'P123 ABC' }] },
    // A private person with a sensitive fact.
    {
      text: 'Had a call today from a Mrs Jean Hardy who owes £2,300 in council tax.',
      errors: [{ messageId: 'personFact', match: 'Mrs Jean Hardy', suggestions: [{ label: 'Redact name', output: 'Had a call today from a [name removed] who owes £2,300 in council tax.' }] }],
    },
    { text: 'Views my own, but between us: Sharon in Planning is off with stress.', account: 'personal', errors: [{ messageId: 'personFact', match: 'Sharon' }] },
    { text: 'Gary from Highways got a final written warning today.', account: 'personal', errors: [{ messageId: 'personFact', match: 'Gary' }] },
    { text: "Mrs Grace Okafor's housing complaint is going to the Ombudsman.", errors: [{ messageId: 'personFact', match: 'Mrs Grace Okafor' }] },
    { text: 'Disciplinary hearing: Jon Marsh (Parks Operative), 10am Tuesday.', errors: [{ messageId: 'personFact', match: 'Jon Marsh' }] },
    { text: 'We met 94-year-old Ivy Lambert, who has advanced dementia.', errors: [{ messageId: 'personFact', match: 'Ivy Lambert' }] },
    { text: 'Please pray for Lily Moore. She is in Miss Carter\'s class and is in hospital with leukaemia.', errors: [{ messageId: 'personFact', match: 'Lily Moore' }] },
    { text: 'Today we matched our little Tia (4) with her forever family.', account: 'personal', errors: [{ messageId: 'personFact', match: 'Tia' }] },
    { text: 'Our foster son Tyler (13) scored his first goal today.', account: 'personal', errors: [{ messageId: 'personFact', match: 'Tyler' }] },
    { text: 'Mr Tom Hughes, who is in arrears with his rent, came in again.', errors: [{ messageId: 'personFact', match: 'Mr Tom Hughes' }] },
    { text: 'Our colleague Priya Shah has been signed off sick for a month.', account: 'personal', errors: [{ messageId: 'personFact', match: 'Priya Shah' }] },
    { text: "Mrs Ann Cole's Universal Credit was stopped last week.", errors: [{ messageId: 'personFact', match: 'Mrs Ann Cole' }] },
    { text: 'Dave Evans (Waste Operative) was suspended yesterday.', account: 'personal', errors: [{ messageId: 'personFact', match: 'Dave Evans' }] },
    { text: 'Can someone check on Mrs Ethel Brown? She lives alone and had a fall last week.', errors: [{ messageId: 'personFact', match: 'Mrs Ethel Brown' }] },
    { text: 'Hi Mrs Patel, your housing benefit claim has been approved.', errors: [{ messageId: 'personFact', match: 'Mrs Patel' }] },
    { text: 'Big hugs to Lucy Hale (7) who starts chemo next week 💜', account: 'personal', errors: [{ messageId: 'personFact', match: 'Lucy Hale' }] },
    { text: 'Mrs Patricia Wood has been in hospital since her stroke on Friday.', errors: [{ messageId: 'personFact', match: 'Mrs Patricia Wood' }] },
    { text: 'Little Noah Green, 5, was taken into care last week.', account: 'personal', errors: [{ messageId: 'personFact', match: 'Noah Green' }] },
    { text: 'My colleague Neil Barker was sacked for gross misconduct yesterday.', account: 'personal', errors: [{ messageId: 'personFact', match: 'Neil Barker' }] },
    { text: 'Thank you Mrs Khan for your complaint. We have passed it to the team.', errors: [{ messageId: 'personFact', match: 'Mrs Khan' }] },
    { text: 'Call 01632 960321 after 6pm, ask for Jean.', account: 'personal', errors: [{ messageId: 'phone', match: '01632 960321' }] },
    { text: 'Sofa for sale, ring 01632 960321.', account: 'personal', errors: [{ messageId: 'phone', match: '01632 960321' }] },
    {
      name: 'a private person on another council',
      text: 'My neighbour Pete Lacey at 17 Osier Road has been off sick with depression.',
      account: 'personal',
      policy: FENMOUTH,
      errors: [{ messageId: 'personFact', match: 'Pete Lacey' }, { messageId: 'address', match: '17 Osier Road' }],
    },
    {
      name: 'several details in one post',
      text: 'Thank you to Sandra Kirk! Email her at sandra.kirk@example.co.uk or ring her on 020 7946 0418.',
      errors: [{ messageId: 'email' }, { messageId: 'phone' }],
    },
    // Red-team 4: a household's own collection, the HMRC specimen prefix, "NI number is", a third person's own benefit.
    { text: "@dave_k99 We've booked the bulky waste collection at 7 Heron Close for Thursday morning.", errors: [{ messageId: 'address', match: '7 Heron Close' }] },
    { text: 'hmrc lost my paperwork again, nat insurance QQ 98 76 54 A if anyone can help', account: 'personal', errors: [{ messageId: 'niNumber', match: 'QQ 98 76 54 A' }] },
    { text: 'My NI number is JY 123456 D, can someone at the jobcentre call me back?', account: 'personal', errors: [{ messageId: 'niNumber', match: 'JY 123456 D' }] },
    { text: 'Thanks to Mrs Rita Okoye, who phoned about her council tax reduction being stopped.', errors: [{ messageId: 'personFact', match: 'Mrs Rita Okoye' }] },
  ],
});

describe('personal-data validators', () => {
  it('checks NHS numbers with modulus 11', () => {
    expect(validNhsNumber('4505577104')).toBe(true);
    expect(validNhsNumber('9434765919')).toBe(true);
    expect(validNhsNumber('4505577105')).toBe(false);
    expect(validNhsNumber('123')).toBe(false);
  });
  it('checks card numbers with Luhn', () => {
    expect(luhn('4921553011872245')).toBe(true);
    expect(luhn('4921553011872246')).toBe(false);
  });
  it('knows the National Insurance prefix rules', () => {
    expect(validNiPrefix('JX')).toBe(true);
    expect(validNiPrefix('QQ')).toBe(false);
    expect(validNiPrefix('GB')).toBe(false);
    expect(validNiPrefix('AO')).toBe(false);
    expect(validNiPrefix('DA')).toBe(false);
  });
  it('leaves an unlabelled invalid-prefix NI-like code alone', () => {
    const findings = check('Booking code GB 12 34 56 A confirmed.', { account: 'council' }, BRIGHTWATER, { rules: [rule] });
    expect(findings).toEqual([]);
  });
  it('never throws and stays fast on a huge input', () => {
    const text = `${'Call 07700 900123 or 01632 960781, email a.b@gmail.com, 41 Marsh Lane. '.repeat(1500)}x`;
    const t = Date.now();
    const findings = check(text, { account: 'council' }, BRIGHTWATER, { rules: [rule] });
    expect(findings.length).toBeGreaterThan(1000);
    expect(Date.now() - t).toBeLessThan(15_000);
  });
});

describe('personal-data patterns are safe from ReDoS', () => {
  for (const re of [...NUMBER_PATTERNS, ...CONTACT_PATTERNS, ...PEOPLE_PATTERNS]) {
    it(re.source.slice(0, 80), () => {
      expect(checkSync(re.source, re.flags).status).toBe('safe');
    });
  }
});

// Red-team 10: a flat in a named block ("flat 12 Oakmere House") is a home address; the same names are offices when no flat or home is said.
ruleTester(rule, {
  valid: [
    { text: 'Our housing options team is now at 3 Carnegie House, drop in Tuesdays.' },
    { text: 'Training for staff at 2 Enterprise House on Monday.', account: 'personal' },
  ],
  invalid: [
    { text: 'The bairns in flat 9 Lochview House are never at school.', account: 'personal', errors: [{ messageId: 'address', match: 'flat 9 Lochview House' }] },
    { text: 'Lift is broken again, my gran is stuck up in flat 14, Pitkerro Court block.', account: 'personal', errors: [{ messageId: 'address', match: 'flat 14, Pitkerro Court block' }] },
    { text: 'Aye she lives at 31 Hilltown Tower noo.', account: 'personal', errors: [{ messageId: 'address', match: '31 Hilltown Tower' }] },
  ],
});

// Red-team 10 (Inverbrae): a name introduced by a person noun, "his dementia's getting worse", and post-nominals of elected members.
ruleTester(rule, {
  valid: [
    { text: 'Eilidh Munro MSP voted against the free school meals motion last night.', account: 'personal' },
    { text: 'Met a lovely woman at the dementia cafe today, such a warm welcome.', account: 'personal' },
  ],
  invalid: [
    { text: 'Popped in on an old wifie, Jessie Lumsden, today. Her stroke has left her unable to manage the stairs.', account: 'personal', errors: [{ messageId: 'personFact', match: 'Jessie Lumsden' }] },
    { text: "Our neighbour Wullie Fyfe, his cancer's back and he's on his own.", account: 'personal', errors: [{ messageId: 'personFact', match: 'Wullie Fyfe' }] },
    { text: '@ali_r Cheers Ali, your missed bin uplift is now logged for 8 Kirkton Crescent, Balmuir KY13 2LS.', errors: [{ messageId: 'address', match: '8 Kirkton Crescent, Balmuir KY13 2LS' }] },
  ],
});

// Red-team 11: replies typed in txt-speak ("ur", "u") speak to the handle; an unapostrophised "thats" after an address.
ruleTester(rule, {
  valid: [
    { text: '@mike_r92 u can check ur council tax support at our website, link in bio', account: 'council' },
    { text: '@tashxo ur bin day is thurs now 👍', account: 'council' },
    { text: '22 Harbour Lane thats the new cafe everyone is on about', account: 'personal' },
  ],
  invalid: [
    { text: "@kirsty_d88 we've had ur universal credit letter back, pls ring us", account: 'council', errors: [{ messageId: 'personFact', match: '@kirsty_d88' }] },
    { text: '@Rob Haigh u still in arrears on the allotment rent mate?', account: 'personal', errors: [{ messageId: 'personFact' }] },
    { text: 'flat 3 8 Saltburn Road thats where she lives now', account: 'personal', errors: [{ messageId: 'address' }] },
    { text: '9 Kestrel Way, thats his house with the boat outside', account: 'personal', errors: [{ messageId: 'address', match: '9 Kestrel Way' }] },
  ],
});

// A named child missing from home is family circumstances; a first name told apart from a care status in the sentence
// before is left to the safeguarding rule.
ruleTester(rule, {
  valid: [
    { text: "Settled a little lad with foster carers in Ashby tonight. Reuben's only 5.", account: 'personal' },
    { text: 'Our cat Smudge has not come home since Tuesday, any sightings?', account: 'personal' },
  ],
  invalid: [
    { text: "Please share: Lacey Brandt, 14, hasn't been home since Sunday night. Her dad is beside himself.", account: 'personal', errors: [{ messageId: 'personFact', match: 'Lacey Brandt' }] },
    { text: 'Josh Reeve ran away from home again, his nan is at her wits end.', account: 'personal', errors: [{ messageId: 'personFact', match: 'Josh Reeve' }] },
  ],
});

// Red-team 13 (Castlebrook): a house number and street put to "the fella", "the lad", "the landlady" is where a person lives.
ruleTester(rule, {
  valid: [
    { text: 'Family fun day at 14 Ashby Terrace community centre, all welcome!', account: 'personal' },
    { text: 'The chippy at 22 Mill Street is open late tonight.', account: 'personal' },
  ],
  invalid: [
    { text: 'to the fella at 14 Ashby Terrace who shouted at the lads this morning, not our fault ur bin was full', account: 'personal', errors: [{ messageId: 'address', match: '14 Ashby Terrace' }] },
    { text: 'The landlady at 3 Chapel Row has been told twice about the rubbish.', account: 'personal', errors: [{ messageId: 'address', match: '3 Chapel Row' }] },
  ],
});

// Red-team 13 (Greyford): a sort code and account number with no labels, the account number ending a clause.
ruleTester(rule, {
  valid: [{ text: 'Final score 20-14 after extra time, 12,345,678 watched worldwide.', account: 'personal' }],
  invalid: [
    {
      text: "selling my son's old PS5, £250 ono, bank transfer to 40-11-62 31926604, pm me",
      account: 'personal',
      errors: [{ messageId: 'sortCode', match: '40-11-62' }, { messageId: 'accountNumber', match: '31926604' }],
    },
  ],
});

// Red-team 13 (Penhallow): a name set beside a house number and street by a comma; a resident named "with the
// dementia". A surgery or a council service beside its address keeps clean.
ruleTester(rule, {
  valid: [
    { text: 'New opening hours at Fore Street Surgery, 22 Chapel Row, from Monday.', account: 'council' },
    { text: 'Contact Planning Services, 22 Chapel Row, for advice.', account: 'council' },
  ],
  invalid: [
    { text: 'look up Jory Tremayne, 22 Chapel Row, St Wenna, took pensioners for thousands', account: 'personal', errors: [{ messageId: 'address', match: '22 Chapel Row' }] },
    { text: 'Mrs Edna Rowe at Chy Mor, 94 and still sharp as a tack even with the dementia.', account: 'personal', errors: [{ messageId: 'personFact', match: 'Mrs Edna Rowe' }] },
  ],
});

// Red-team 13 (Greyford): a cancer's stage given as a number, and an operation someone needs. A GP's surgery hours keep clean.
ruleTester(rule, {
  valid: [
    { text: 'Dr Ahmed has surgery on Tuesdays and Thursdays at Fore Street.', account: 'personal' },
    { text: 'The old bandstand needs surgery, says Dave Smith of the civic society.', account: 'personal' },
  ],
  invalid: [
    { text: 'Please keep my friend Ola in your prayers, she was diagnosed with stage 3 bowel cancer last week.', account: 'personal', errors: [{ messageId: 'personFact', match: 'Ola' }] },
    { text: 'Our Zainab needs an operation in Germany that the NHS won\'t fund.', account: 'personal', errors: [{ messageId: 'personFact', match: 'Zainab' }] },
  ],
});

// Red-team 14 (Tollbridge): the person a fact is about, named in the next sentence by an honorific and spoken to
// ("Mrs Halloran if you're reading this"); a family's children named by surname with their care status.
ruleTester(rule, {
  valid: [
    { text: 'Her benefits were stopped and she had nobody to turn to. Ms Rahman from Citizens Advice, Benefits Adviser, sorted it in a day.', account: 'personal' },
  ],
  invalid: [
    { text: 'Lady in tears cos her universal credit got stopped and she is 3 months behind on rent. Mrs Halloran if you are reading this we WILL get it sorted x', account: 'personal', errors: [{ messageId: 'personFact', match: 'Mrs Halloran' }] },
    { text: 'Off the record, the Dempsey kids from the Orchard estate are going into care next week.', account: 'personal', errors: [{ messageId: 'personFact', match: 'Dempsey kids' }] },
  ],
});

// First sight 14 (Westhaven): a household named by its surname with its debts or case; a private sale's postcode to
// collect from. A household in the news for a garden award, and a council depot's postcode, keep clean.
ruleTester(rule, {
  valid: [
    { text: 'The Smith family on Elm Road won the best garden award!', account: 'personal' },
    { text: 'Bulky waste collection from the depot at FN1 2AB is free this week.', account: 'council' },
  ],
  invalid: [
    { text: 'The Kerrow family on Fore Street are behind on rent again.', account: 'personal', errors: [{ messageId: 'personFact', match: 'Kerrow family' }] },
    { text: 'Selling my son\'s wetsuit, age 9-10, £15. Collection from FN3 4PQ or can drop off in town.', account: 'personal', errors: [{ messageId: 'postcode', match: 'FN3 4PQ' }] },
  ],
});

// First sight 16 (Oldcastle): a council reply that greets the resident by name and gives the home's council tax
// account with its postcode. A greeting to everyone about a market keeps clean.
ruleTester(rule, {
  valid: [{ text: 'Hi everyone, the Christmas market is at 4 Market Place this year.', account: 'council' }],
  invalid: [
    {
      text: 'Hi Mrs Oakes, we have checked. The council tax account at 9 Colliery Row, FN2 6TR shows £212.10 still owing.',
      account: 'council',
      errors: [{ messageId: 'address', match: '9 Colliery Row, FN2 6TR' }],
    },
  ],
});

// First sight 17 (Norbridge): a council reply telling a named resident what they owe for home care. A reply saying
// what to do if someone is behind keeps clean: it states no one's circumstances.
ruleTester(rule, {
  valid: [
    { text: "Hi Sarah, if you're behind on your rent please call us on 01632 960450.", account: 'council' },
    { text: 'Hi Sarah, if you have an outstanding balance you can pay it online.', account: 'council' },
  ],
  invalid: [
    {
      text: '@KevAshworth84 Hi Kevin, the £1,237.50 outstanding relates to unpaid home care charges at your flat.',
      account: 'council',
      errors: [{ messageId: 'personFact' }],
    },
  ],
});

// First sight 19 (Kellingham): a licensing decision for "The Vaults, 22 Friar Gate" names a venue, not a home. A person
// named before an address still is.
ruleTester(rule, {
  valid: [{ text: 'Licensing decision: the premises licence for The Vaults, 22 Friar Gate, has been varied.', account: 'council' }],
  invalid: [{ text: 'Look up Jory Tremayne, 22 Chapel Row, if you need the keys.', account: 'personal', errors: [{ messageId: 'address', match: '22 Chapel Row' }] }],
});

// First sight 19, second look: "4 Mill Lane, 89," is a street and then an age, not a person called Lane.
ruleTester(rule, {
  valid: [{ text: 'Litter pick this Saturday: meet outside the library on Mill Lane, 10am.', account: 'council' }],
  invalid: [{ text: 'Our neighbour at 4 Mill Lane, 89, lives alone since her fall.', account: 'personal', errors: [{ messageId: 'address', match: '4 Mill Lane' }] }],
});

// First sight 22 (Cresswick): "(Year 9, Hollins Park Academy)" is a school year and a school, not a house number and a
// street. A flat number before a street is still a home.
ruleTester(rule, {
  valid: [{ text: 'Congratulations to Kai (Year 9, Hollins Park Academy), who won our poster competition!', account: 'council' }],
  invalid: [{ text: 'Kai Mensah lives at Flat 9, Hollins Park, CR4 2XY if anyone has his parcel.', account: 'personal', errors: [{ messageId: 'address' }] }],
});

// First sight 22 (Aberwen): a Welsh street puts the street word first ("4 Heol y Felin"); the same house number before a
// Welsh place that is no street ("4 Pen y Fan") is not matched.
ruleTester(rule, {
  valid: [{ text: 'We did 4 Pen y Fan walks this summer with the youth club.', account: 'council' }],
  invalid: [{ text: 'Eluned lives at 4 Heol y Felin if anyone can drop her shopping round.', account: 'personal', errors: [{ messageId: 'address', match: '4 Heol y Felin' }] }],
});

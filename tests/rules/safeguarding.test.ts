import { ruleTester } from '../rule-tester';
import rule from '../../rules/safeguarding';
import { FENMOUTH_ORG_ALIASED as FENMOUTH } from '../fixtures/fenmouth';

ruleTester(rule, {
  valid: [
    // Red-team 11 (Dunholme): a title-cased grant ending in a first name is a scheme, not a person.
    { text: 'His bathroom was adapted through a Home Repairs Grant after the stroke; he can use the shower again.', account: 'council' },
    { text: 'A wet room paid for by a Disabled Facilities Grant means a resident with MS can stay at home.', account: 'council' },
    // Lead, after red-team 7: "is only N" of minutes, or of an adult, is not a child's age.
    { text: 'Jamie at the leisure centre is only 10 minutes from the station.', account: 'personal' },
    { text: 'Our Dave from the depot is just 45 and already talking about retiring.', account: 'personal' },
    // Red-team 7 (Glenford): a song's refrain sung in a care home is not a resident.
    'Residents at Ashgrove Lodge nursing home joined in with Daisy Daisy and Lily Lily all afternoon.',
    // Red-team 6: "Little"/"Old" before a place or a non-name stays a place; an epithet with no care or locating detail says nothing.
    'Little Fenby Primary raised £300 for children in foster care.',
    'Old Trafford was packed for the foster carers\' charity match.',
    'Little Oscar loved the pantomime at the village hall.',
    'Young Farmers from Little Brampton laid on the barbecue.',
    // Red-team 4: a place after "along", a person opening a room in a refuge, a role after a described child.
    { text: 'Pupils from Bramley Primary cleared litter along Sandy Brook this week.' },
    { text: 'Jane Smith opened the new playroom in the refuge on Friday, thank you Jane!' },
    { text: 'Thanks to the 14-year-old girl who handed in a purse. Our receptionist Jim says it was full of cash!' },
    // Red-team 3: an adult's age by pronoun, a role word before a verb compromise reads as a noun.
    { text: 'Say happy retirement to Brenda! She is 66 and has run the tuck shop for decades.', account: 'personal' },
    'Our wardens check on Mrs Ellen Hart at the sheltered scheme; she says the new benches are lovely.',
    // Red-team 2 (Pennmoor): care leavers in general, an adult named with an age and no care circumstances, a grandparent at a party.
    'Our care leavers can now get free bus travel until they turn 25.',
    'Well done to Graham Oakes, 52, who swam 20 miles for the lifeboat charity.',
    { text: 'Grandad Bill turned 80 at the Royal Oak today 🎂', account: 'personal' },
    // Red-team (Ashcombe): pets with ages; an adult's illness in hospital is health, not care circumstances.
    { text: 'Our Biscuit is 4 today 🐕 and still scared of the hoover.', account: 'personal' },
    { text: 'Get well soon to my uncle Ray Burns, who had a stroke on Tuesday.', account: 'personal' },
    // Children mentioned generally, schools with no child identified (categories.md 8, "No").
    'Children aged 5 to 11 welcome. Just drop in!',
    'Young people from six secondary schools debated the motion at Harbour Academy.',
    'Pupils from Oakfield Primary planted 200 trees at Harbour Park this morning.',
    'Year 6 pupils from Hollybrook Primary visited the council chamber.',
    'Well done to the Year 6 team from Kingsmead Primary who won the quiz!',
    'St Mary\'s Primary and St Anne\'s Academy both received Outstanding ratings from Ofsted.',
    'Swimming lessons for children aged 4 to 11 at Saltmarsh Leisure Centre. £38 for 10 weeks.',
    'Apply for a school place by 15 January: children born between 1 September 2021 and 31 August 2022.',
    { text: 'Birthday party for my 6-year-old on Saturday 🎈 Twenty kids, one bouncy castle, zero sanity left.', account: 'personal' },
    { text: 'My son started secondary school today. Where did the time go?', account: 'personal' },
    // Adults in a public role or a job.
    'Cllr Anita Patel opened the new children\'s corner at Northfield Library.',
    'Head teacher Sarah Collins of Greenway Primary welcomed the new crossing outside the school.',
    'The Mayor, Cllr Jack Dunn, met pupils from Harbour Academy at the Town Hall.',
    'Thanks to Dave from our parks team who fixed the swings at Marsh Road play area in record time.',
    'Emma Jones, our dementia support officer, runs a memory café every Tuesday at the hub.',
    'Cllr Tom Baker visited Oakleigh Nursing Home to open their new dementia garden.',
    'Join author Julia Donaldson for a special storytime for children aged 3 to 7.',
    'Young Mayor Amelia Rhodes will join the Mayor at the parade.',
    // Fostering recruitment names no child; foster carers are adults.
    'Could you foster? We need foster carers for teenagers and brothers and sisters who want to stay together.',
    'Our foster carers Jenny and Paul have looked after more than 40 children. Could you be next?',
    // Places, pets, pantomimes and ordinary words that look like names.
    { text: 'Lost dog: Poppy, 3, a black cockapoo, last seen near Holly Lane. Please call me!', account: 'personal' },
    'Holly Lane and Rose Avenue will be closed on Monday for resurfacing.',
    'The Victoria Park fun run starts at 10am on Sunday. Children under 11 must run with an adult.',
    'May half-term at the library: Lego club, storytime and crafts for children aged 4 to 11.',
    { text: 'Took the kids to Dick Whittington at the Grand tonight 🎭 The dame was hilarious.', account: 'personal' },
    { text: 'Jack and I had a great walk along the seafront. 12 miles!', account: 'personal' },
    { text: "Mum's doing much better after her fall. Thanks for all the messages.", account: 'personal' },
    'Congratulations to Fenmouth Rovers under-12s on winning the county cup!',
    { text: 'Congratulations to Sam Okoro, 34, our new events officer.', name: 'an adult age' },
    { text: 'Good luck to Brightwater Town Women, who take on Arsenal\'s academy side this Sunday.', policy: FENMOUTH },
    // Red-team 4: a condition's service ("her dementia café"), people with a condition in general, an adult with an age and a street but no care circumstances.
    { text: 'Joan Ellis from Ash Road told us all about her dementia café on Tuesdays.', account: 'personal' },
    'Thanks to Priya Shah, who ran a session on supporting people with dementia.',
    'Bert, 71, from Mill Street won the meat raffle again!',
    { text: "Hi Sharon, the old mill's been taken into care homes ownership.", account: 'personal' },
  ],
  invalid: [
    // Red-team 11 (Dunholme): a named older resident with dementia and her care visits.
    { text: 'Meet Edna Coulthard of Birch Grove, who has dementia and now gets three care visits a day from our reablement team.', account: 'council', errors: [{ messageId: 'vulnerable', match: 'Edna Coulthard' }] },
    // Lead, after red-team 7 (Stourbridge Vale): a place between a child's name and "is only/just N"; one bracket of ages for two names.
    { text: 'Little Kai from the flats on Sefton Road is just 8 and walks to school alone every morning.', account: 'personal', errors: [{ messageId: 'child', match: 'Kai' }] },
    { text: 'Twins Rosa and Finn (5 & 5) have moved to a new foster home this week.', account: 'personal', errors: [{ messageId: 'care', match: 'Rosa' }, { messageId: 'care', match: 'Finn' }] },
    { text: 'Edna, 101, at Moorside care home has dementia and still beats us all at dominoes.', account: 'personal', errors: [{ messageId: 'vulnerable', match: 'Edna' }] },
    // Red-team 6 (Kingsmere): a fond epithet before a known first name ("Little X", "Baby X", "Old X Y") that the name finder reads as a place.
    { text: 'Little Oscar from Brindley Moor moves in with his adoptive family on Friday after a year in foster care.', account: 'personal', errors: [{ messageId: 'care', match: 'Oscar' }] },
    { text: 'Baby Esme is settling in well with her foster carers, already smiling at everyone.', account: 'personal', errors: [{ messageId: 'care', match: 'Esme' }] },
    { text: 'Wee Rory is finally in foster care somewhere safe.', account: 'personal', errors: [{ messageId: 'care', match: 'Rory' }] },
    { text: 'Old Harold Pickles up at Top Farm lives on his own and can barely walk now.', account: 'personal', errors: [{ messageId: 'vulnerable', match: 'Harold Pickles' }] },
    // Red-team 4: a named adult with adaptations after a fall, a named woman in a refuge, a child described then named.
    { text: 'Well done to Mr Alan Briggs (79), home after his fall with grab rails fitted by our handyperson service.', errors: [{ messageId: 'vulnerable' }] },
    { text: 'My friend Dana Okoye is in a refuge with her kids now. Please pray for them.', account: 'personal', errors: [{ messageId: 'vulnerable', match: 'Dana Okoye' }] },
    { text: 'Her placement broke down today, the 9 year old girl we have supported since March. Maisie, we are still here for you.', account: 'personal', errors: [{ messageId: 'care', match: 'Maisie' }] },
    // Red-team 3 (Thornbury Fen, Hollinsford, Marlow Vale): volunteers who visit a named resident, a child's age by pronoun, a child "called" X, a care package.
    { text: 'Our befrienders call on Mrs Joan Ackroyd every Friday. She has Alzheimer\'s and lives alone.', errors: [{ messageId: 'vulnerable', match: 'Mrs Joan Ackroyd' }] },
    { text: 'Popped in to see Marcus at the residential children\'s home. He is 11 now and loving football.', account: 'personal', errors: [{ messageId: 'care', match: 'Marcus' }] },
    { text: 'We are fostering a little girl named Rosie at the moment, she\'s 5 and full of beans.', account: 'personal', errors: [{ messageId: 'care', match: 'Rosie' }] },
    { text: 'Set up a care package and a pendant alarm today for Harold Winship, 91, after his fall.', errors: [{ messageId: 'vulnerable', match: 'Harold Winship' }] },
    // Red-team 2 (Pennmoor): care leavers by first name, an adult's name with an age, a grandparent in a care home.
    { text: 'Say hello to Priya and Dan, care leavers who have just got the keys to their first flats!', errors: [{ messageId: 'care', match: 'Priya' }, { messageId: 'care', match: 'Dan' }] },
    { text: 'Kieran, one of the children in our care, ran the Fenmouth 5k for charity.', policy: FENMOUTH, errors: [{ messageId: 'care', match: 'Kieran' }] },
    { text: 'Our home care team visits Edith Crowther, 88, who has dementia, four times a day.', errors: [{ messageId: 'vulnerable', match: 'Edith Crowther' }] },
    { text: 'Took Nanna Pat some flowers at the Willows nursing home. She thought I was my mum.', account: 'personal', errors: [{ messageId: 'vulnerable', match: 'Nanna Pat' }] },
    // Red-team (Ashcombe): "about 11", supported housing, a form code after a name on belongings.
    { text: 'Has anyone seen a boy called Reece, about 11, near Tanner Street? His mum is worried.', account: 'personal', errors: [{ messageId: 'child', match: 'Reece' }] },
    { text: 'Walter Briggs has lived in our supported housing in Westgate since 2021 and loves the garden.', errors: [{ messageId: 'vulnerable', match: 'Walter Briggs' }] },
    { text: 'Lost: a green coat with Ruby Shah 6T sewn inside. It is at reception.', errors: [{ messageId: 'child', match: 'Ruby Shah' }] },
    // A child by full name with a year group and school.
    { text: 'Proud auntie moment 🎹 Sienna Clarke from Year 9 at Northfield High passed her grade 8 piano!', account: 'personal', errors: [{ messageId: 'child', match: 'Sienna Clarke' }] },
    { text: 'Well done to Freya Lawson of Kingsmead Primary, who won our road safety poster competition!', policy: FENMOUTH, errors: [{ messageId: 'child', match: 'Freya Lawson' }] },
    { text: "Found: a red book bag labelled 'Jack Dunne, Class 4B, St Anne's'. Parents, it's at the front desk.", errors: [{ messageId: 'child', match: 'Jack Dunne' }] },
    { text: "Lost: a blue lunchbox with 'Maisie Hart, Year 2, Hollybrook Infants' on the lid.", errors: [{ messageId: 'child', match: 'Maisie Hart' }] },
    { text: 'Jacob Turner (Year 8, Fenmouth High School) has been named Young Carer of the Year.', policy: FENMOUTH, errors: [{ match: 'Jacob Turner' }] },
    // A first name with an age.
    { text: 'Meet Amelia Rhodes, 11, our Young Mayor for 2026! 🎉', errors: [{ messageId: 'child', match: 'Amelia Rhodes' }] },
    { text: "Congratulations to 8-year-old Ruby from Harbour Primary, who named our newest gritter 'Sir Salt-a-Lot'!", errors: [{ messageId: 'child', match: 'Ruby' }] },
    { text: 'Speakers include Aisha (15, Harbour Academy) and Callum (16, Northfield High School).', errors: [{ match: 'Aisha' }, { match: 'Callum' }] },
    { text: 'Family vlog: Mia (6) and Oscar (4) start at Eastcliff Primary! 🏫', account: 'personal', errors: [{ match: 'Mia' }, { match: 'Oscar' }] },
    { text: 'Kaydence (7) and Rylan (5) had the best day at Beachside Primary sports day!', account: 'personal', name: 'names in no list', errors: [{ match: 'Kaydence' }, { match: 'Rylan' }] },
    { text: 'So proud of my grandson Theo, 7, who swam his first length today!', account: 'personal', errors: [{ match: 'Theo' }] },
    { text: "My daughter Poppy Wells, who's 7 and at Millbrook Infants, is selling bracelets.", account: 'personal', errors: [{ match: 'Poppy Wells' }] },
    // A first name with a street, estate or daily route.
    { text: 'My son Harvey (12) walks home alone from Harbour Academy down Marsh Lane every day at 3:20.', account: 'personal', errors: [{ match: 'Harvey' }] },
    { text: 'Shout-out to Leo (10) from Kingfisher Close, who reported the broken swing.', errors: [{ match: 'Leo' }] },
    { text: 'Reuben, 12, from the Marshfield estate, told us what the new skate park means to him.', errors: [{ match: 'Reuben' }] },
    // A first name with a teacher's class and school.
    { text: "Kayden's first day in Mrs Hill's class at Westgate Primary 🎒", account: 'personal', errors: [{ match: 'Kayden' }] },
    { text: "Big shout out to Emily Watson in Mr Patel's class at Greenway Primary for raising £200!", account: 'personal', errors: [{ match: 'Emily Watson' }] },
    { text: 'Happy 7th birthday to my gorgeous girl Evie 🎂 Party straight after school at Millbrook Infants!', account: 'personal', errors: [{ match: 'Evie' }] },
    // A child's care, fostering or adoption status.
    { text: 'Today we matched our little Tia (4) with her forever family 💛', account: 'personal', errors: [{ messageId: 'care', match: 'Tia' }] },
    { text: 'Jayden (9) has lived with foster carers in Northfield since 2022.', errors: [{ messageId: 'care', match: 'Jayden' }] },
    { text: 'Our little Archie (3) has been placed with a lovely foster family while his mum gets better.', account: 'personal', errors: [{ messageId: 'care', match: 'Archie' }] },
    { text: 'Adoption day! Welcome home to Maya, aged 2, our forever girl 💕', account: 'personal', errors: [{ messageId: 'care', match: 'Maya' }] },
    // A vulnerable adult with care circumstances.
    { text: 'Visited Mr Dennis Hoyle (82) at 9 Gull Street today. He has dementia, lives alone, and the care agency didn\'t turn up.', account: 'personal', errors: [{ messageId: 'vulnerable', match: 'Mr Dennis Hoyle' }] },
    { text: 'Can someone chase the GP for Mr Alan Pike? NHS number 450 557 7104. He\'s 87, lives alone, and his carers found him on the floor.', account: 'personal', errors: [{ messageId: 'vulnerable', match: 'Mr Alan Pike' }] },
    { text: 'Our Mayor visited Rosewood Care Home to meet residents, including 94-year-old Ivy Lambert, who has advanced dementia.', errors: [{ messageId: 'vulnerable', match: 'Ivy Lambert' }] },
    { text: 'Popped in to see Mrs Dorothy Wade on Elm Street today. She lives alone and her carers keep missing visits.', account: 'personal', errors: [{ messageId: 'vulnerable', match: 'Mrs Dorothy Wade' }] },
    { text: 'Visited Mr Frank Dobson, 88, at Willow Court Care Home, where he is now a resident after his stroke.', policy: FENMOUTH, errors: [{ messageId: 'vulnerable', match: 'Mr Frank Dobson' }] },
    // One finding per child, even when named twice.
    { text: "Well done to Oliver Grant of St Anne's CE Primary! Oliver's poster will be on display all summer.", errors: [{ match: 'Oliver Grant' }] },
    // Red-team 4: a lower-case name after a child word, a care plan, "taken into care", a first name with an age and a street, mobility needs.
    { text: 'the social worker for my grandson ollie is coming round about his care plan on monday', account: 'personal', errors: [{ messageId: 'care', match: 'ollie' }] },
    { text: 'Gutted for Kieran from the Greystones estate, who was taken into care last night.', account: 'personal', errors: [{ messageId: 'care', match: 'Kieran' }] },
    { text: 'Say hello to Norman, 88, from Beck Lane, who can barely walk now but never misses our Thursday lunch club.', errors: [{ messageId: 'vulnerable', match: 'Norman' }] },
    { text: "Popped round to see Eileen Marsh again. Since her stroke she can't manage the stairs and needs carers twice a day.", account: 'personal', errors: [{ messageId: 'vulnerable', match: 'Eileen Marsh' }] },
  ],
});

// Red-team round 9 (Ferncastle): an age after a place ("from Heron Close, aged 12"), a special-needs plan tied to a
// child's name, "baby" before a name in no list, and a name that is also a word after "little" with a care status.
ruleTester(rule, {
  valid: [
    'Priya Shah from our SEND team explains how EHCP assessments work.',
    { text: 'Little Robin on the bird table on Heron Close this morning 🐦', account: 'personal' },
    { text: 'The nativity at St Mary\'s on Church Road had baby Jesus in a real manger!', account: 'personal' },
    { text: 'Mrs Adeyemi from Oak Lane, aged 70, won the bake-off.', account: 'personal' },
  ],
  invalid: [
    { text: 'Massive well done to Kwame from Heron Close, aged 12, for the litter pick.', account: 'personal', errors: [{ messageId: 'child', match: 'Kwame' }] },
    { text: 'Sofia Nowak\'s EHCP finally came through after a year of fighting.', account: 'personal', errors: [{ messageId: 'care', match: 'Sofia Nowak' }] },
    { text: 'Three months chasing the EHCP for Idris and it is finally signed.', account: 'personal', errors: [{ messageId: 'care', match: 'Idris' }] },
    { text: 'Matched baby Adaeze with her adopters this afternoon 🥹', account: 'personal', errors: [{ messageId: 'care', match: 'Adaeze' }] },
    { text: 'Little Holly from my caseload moved to her forever home today.', account: 'personal', errors: [{ messageId: 'care', match: 'Holly' }] },
  ],
});

// Red-team round 10 (Bryncastell): an age in words after "she's", a stroke as care circumstances, a service time after a chapel's name.
ruleTester(rule, {
  valid: [
    { text: 'Evensong from St Mary Magdalene, 6:30. All welcome.', account: 'personal' },
    { text: 'My sister Hannah got the job – she\'s five minutes from the office now!', account: 'personal' },
  ],
  invalid: [
    { text: 'First swimming badge for my nephew Oliver today, he\'s seven and a half and swims like a fish 🏊', account: 'personal', errors: [{ messageId: 'child', match: 'Oliver' }] },
    { text: 'Popped in to see Mr Harold Benson at home today. He is recovering from a stroke and his daughter lives miles away.', account: 'personal', errors: [{ messageId: 'vulnerable' }] },
  ],
});

// Red-team round 10 (Inverbrae): a Scots street or a Welsh house name is not a person.
ruleTester(rule, {
  valid: [
    { text: 'The nursery on Castle Wynd is closed today, the bairns are all off.', account: 'personal' },
    { text: 'Tŷ Gwyn care home is hiring night staff.', account: 'personal' },
  ],
  invalid: [{ text: 'Ella Hughes (6) from Heol Las won the colouring competition!', account: 'personal', errors: [{ messageId: 'child', match: 'Ella Hughes' }] }],
});

ruleTester(rule, {
  valid: [{ text: 'We care for children in care across the county. Could you foster?', account: 'council' }],
  invalid: [{ text: 'So proud of Leo Hart, who is in care with us, for finishing his first 10k!', account: 'personal', errors: [{ messageId: 'care', match: 'Leo Hart' }] }],
});

// Red-team round 10: an adult retiring from a job at a school is not a child.
ruleTester(rule, {
  valid: [{ text: 'Happy retirement to Joan Pickering, who retires on Friday after 30 years in the kitchen at Oakfield Primary!' }],
  invalid: [{ text: 'Well done to Joan Pickering (9) of Oakfield Primary on her spelling bee win!', errors: [{ messageId: 'child' }] }],
});

// Txt-speak ages ("shes 6", "hes 7"), a school name with its kind in lower case, "Jayden's only 4", a care status told in
// the sentence before a first name, and "the later stages of" a condition.
ruleTester(rule, {
  valid: [
    { text: 'Polly voted in the Democratic primary', account: 'personal' },
    { text: 'Sam loves Sunday school and the singing', account: 'personal' },
    { text: "Ruby's 7 today! Cake o'clock", account: 'personal' },
    { text: 'Talk tonight on caring for people in the later stages of dementia with Dr Ann Cole', account: 'personal' },
  ],
  invalid: [
    { text: 'our Noah hes 7 now and just started at Gorse Hill primary x', account: 'personal', errors: [{ messageId: 'child', match: 'Noah' }] },
    { text: 'so proud of Evie-Rose, shes 9 and top of her class at Millbeck academy', account: 'personal', errors: [{ messageId: 'child' }] },
    { text: "Settled a lovely wee girl with emergency foster carers in Ashby tonight. Maisie's only 3.", account: 'personal', errors: [{ messageId: 'care', match: 'Maisie' }] },
    { text: 'Visited Mrs Okafor on Tern Close again. She is in the early stages of Alzheimer’s, bless her.', account: 'personal', errors: [{ messageId: 'vulnerable', match: 'Mrs Okafor' }] },
  ],
});

// Red-team 12 (Oakhurst): named children who were adopted or fostered themselves, not their adopters or a plan adopted.
ruleTester(rule, {
  valid: [
    { text: 'Maggie and Tom adopted two brothers in 2022 and now help run our support group.', account: 'council' },
    { text: 'Cllr Reece adopted the new fostering strategy at Cabinet last night.', account: 'council' },
    { text: 'Foster carers Janet and Phil have fostered over 30 children. Could you foster too?', account: 'council' },
  ],
  invalid: [
    { text: 'Meet Kacper and Lena, siblings from Westfold adopted through our service last spring.', account: 'council', errors: [{ messageId: 'care', match: 'Kacper' }, { messageId: 'care', match: 'Lena' }] },
    { text: 'This is Darius, who was fostered by a family in Brockley after his first birthday.', account: 'council', errors: [{ messageId: 'care', match: 'Darius' }] },
  ],
});

// Red-team 12 (Blackwater): a school's dinner lady or lollipop lady named with her years of work is an adult.
ruleTester(rule, {
  valid: [{ text: 'RIP Maureen Platt, lollipop lady outside Fernside Infants for 25 years. Cancer is cruel.', account: 'personal' }],
  invalid: [{ text: 'Well done Maisie Platt (8) of Fernside Infants, our lollipop lady’s helper of the week!', account: 'personal', errors: [{ messageId: 'child', match: 'Maisie Platt' }] }],
});

// Red-team 12 (Whitmoor): the scorer named in full in a youth side's match report is one of the children; the adults
// thanked for running the line, a coach, and a scorer in an adult side are not.
ruleTester(rule, {
  valid: [
    { text: 'Under-12s report: thanks to Sarah Collins for running the line and to Mark Jones for the half-time oranges.', account: 'personal' },
    { text: 'U14 girls training moves to Tuesday. Coach Dave Morris scored the winner for the vets on Saturday.', account: 'personal' },
    { text: 'Great goal from Harry Kane last night. Under 16s go free at the next home game.', account: 'personal' },
    { text: 'Player of the match for the U9s was Alfie, who never stopped running!', account: 'personal' },
  ],
  invalid: [
    {
      text: 'Ravenhill U10s 3-1 Moorside. Player of the match Ellis Hartley scored twice in the second half.',
      account: 'personal',
      errors: [{ messageId: 'child', match: 'Ellis Hartley' }],
    },
    {
      text: 'Proud of our Under-13s today! Top scorer Amira Khan got a hat-trick against Holmbrook.',
      account: 'personal',
      errors: [{ messageId: 'child', match: 'Amira Khan' }],
    },
  ],
});

// Red-team 13 (Saxonford, Harrowden): a daughter with a salon of her own is grown up; a place name with a count
// after it ("Harrowden's 14 conservation areas") gives no age. A child told of in the same words still counts.
ruleTester(rule, {
  valid: [
    { text: 'So proud of my daughter Lucy who has just opened her own beauty salon on Sheep Street!!', account: 'personal' },
    { text: 'My son Harvey from Mill Road got married on Saturday, best day ever.', account: 'personal' },
    { text: "If your home is in one of Fenmouth's 14 conservation areas you may need permission first.", account: 'council' },
    { text: "Selby's 12 parks are all open this weekend.", account: 'council' },
  ],
  invalid: [
    { text: 'So proud of my daughter Lucy who starts at Oakfield Primary on Monday!', account: 'personal', errors: [{ messageId: 'child', match: 'Lucy' }] },
    { text: "Jayden's 14 today! Off to Oakfield Academy in September.", account: 'personal', errors: [{ messageId: 'child', match: 'Jayden' }] },
  ],
});

// Red-team 13 (Penhallow, Greyford): a name in no list that the poster puts in their class; a child named with "his
// new foster mum". Carers themselves, and a business on a class trip, keep clean.
ruleTester(rule, {
  valid: [
    { text: 'Meet Dave and Sue, who became foster carers last year. Could you foster?', account: 'council' },
    { text: 'Big thanks to Kernow Kayaks for our class trip today!', account: 'personal' },
  ],
  invalid: [
    { text: 'So proud of Lowen Pascoe in my Year 4 class, who read her poem out in assembly today.', account: 'personal', errors: [{ messageId: 'child', match: 'Lowen Pascoe' }] },
    { text: "Lovely visit today with one of my lads, Kyle from the Longmoor estate, he's settled so well with his new foster mum.", account: 'personal', errors: [{ messageId: 'care', match: 'Kyle' }] },
  ],
});

// Red-team 13 (Wealdmere): "Cliff Top" is part of a place, not a boy called Cliff.
ruleTester(rule, {
  valid: [{ text: 'Opening the new play area at Hadley Cliff Top with children from Hadley Cliff Primary today!', account: 'personal' }],
  invalid: [{ text: 'Well done Cliff Topham (9) from Hadley Cliff Primary on his sports day medal!', account: 'personal', errors: [{ messageId: 'child', match: 'Cliff Topham' }] }],
});

// Red-team 14 (Tollbridge): an older resident named with the aids and adaptations they wait for or live with. A hoist
// at a boatyard, or a named friend back from hospital with no care need, keeps clean.
ruleTester(rule, {
  valid: [
    { text: 'Dave Jones fitted the new hoist at the boatyard.', account: 'personal' },
    { text: 'Lovely to see Jean Marsh home from hospital and back at choir!', account: 'personal' },
  ],
  invalid: [
    { text: 'Visited Eileen Stott on Mill Row today. 88, and still waiting for the adaptations team to fit a grab rail.', account: 'personal', errors: [{ messageId: 'vulnerable', match: 'Eileen Stott' }] },
    { text: 'Mr Haworth at Elm Court has been discharged from hospital with no care in place.', account: 'personal', errors: [{ messageId: 'vulnerable', match: 'Mr Haworth' }] },
  ],
});

// Red-team 14 (Tollbridge): a family's children named by surname with their care status or where they live. The same
// words with nothing that locates them, or a famous family, keep clean.
ruleTester(rule, {
  valid: [
    { text: 'The Walsh twins scored twice each for the U12s on Sunday.', account: 'personal' },
    { text: 'The Smith kids are lovely.', account: 'personal' },
  ],
  invalid: [
    { text: 'Off the record, the Dempsey kids from the Orchard estate are going into care next week.', account: 'personal', errors: [{ messageId: 'care', match: 'Dempsey kids' }] },
    { text: 'the Kowalski kids on Ash Grove are left on their own every night', account: 'personal', errors: [{ messageId: 'child', match: 'Kowalski kids' }] },
  ],
});

// First sight 14 (Pellbridge): a language with a number after it is not a child with an age.
ruleTester(rule, {
  valid: [{ text: "Don't speak a word of English, 6 of them in a 2 bed.", account: 'personal' }],
  invalid: [{ text: 'Well done Emily, 6, from Oakfield Primary for her reading award!', account: 'personal', errors: [{ messageId: 'child', match: 'Emily' }] }],
});

// First sight 14 (Westhaven, Otterbury): a first name with a house number and street, and an older person's dementia
// told as "the dementia is creeping".
ruleTester(rule, {
  valid: [{ text: 'Welcome to our new neighbour Dennis at number 6 Lugger Close, he has joined the bowls club!', account: 'personal' }],
  invalid: [
    { text: "Keep an eye out for my neighbour Dennis at number 6 Lugger Close. He has Alzheimer's now and wanders.", account: 'personal', errors: [{ messageId: 'vulnerable', match: 'Dennis' }] },
    { text: 'Lovely hour with Mrs Ellery in flat 6 at Orchard Court, 94 and still beats me at rummy. The dementia is creeping though.', account: 'personal', errors: [{ messageId: 'vulnerable', match: 'Mrs Ellery' }] },
  ],
});

// First sight 15 (Stainby): "the Brennan lads" may be grown men.
ruleTester(rule, {
  valid: [{ text: 'I know full well it was the Brennan lads off the Moor estate cos I seen them.', account: 'personal' }],
  invalid: [{ text: 'The Brennan kids off the Moor estate were taken into care last week.', account: 'personal', errors: [{ messageId: 'care', match: 'Brennan kids' }] }],
});

// First sight 15 (Stainby, Carrick): a street after a house number is no person, even with an age after it; a care
// visit's neglect ("sat in the same pad"); a child's age told as "my nephew is 7".
ruleTester(rule, {
  valid: [{ text: 'Our office has moved to 14 Pitt St, 91 steps from the station.', account: 'council' }],
  invalid: [
    { text: 'One lady, Mrs Ackroyd at 14 Pitt St, 91 and doesnt know what day it is, had been sat in the same pad since last night.', account: 'personal', errors: [{ messageId: 'vulnerable', match: 'Mrs Ackroyd' }] },
    { text: "Alfie's first proper surf! My nephew is 7 and normally can't stand the sea.", account: 'personal', errors: [{ messageId: 'child', match: 'Alfie' }] },
  ],
});

// First sight 16 (Marchbury, Oldcastle, Tidewell): a youth player with "3 tries"; "lil Musa ... (he's 8)", a name in no
// list; a named adult registered blind with a carer who only comes Tuesdays; "my favourite lady Edna on Tipple Street"
// on four calls a day; a social worker's car and a youth offending team as care status. A lollipop lady retiring, a
// "Little" place and a grown man's rugby keep clean.
ruleTester(rule, {
  valid: [
    { text: 'Our lollipop lady Edna on Tipple Street retires this week after 30 years.', account: 'council' },
    { text: 'Lovely lunch at Little Haven today, the kids loved the beach.', account: 'personal' },
    { text: 'Dan Hughes with 3 tries for the vets this afternoon, not bad at 46!', account: 'personal' },
  ],
  invalid: [
    { text: 'Big shout to Zaid Rahman from Eastfield Juniors U10s, 3 tries this morning!', account: 'personal', errors: [{ messageId: 'child', match: 'Zaid Rahman' }] },
    { text: "lil Kobi from the flats by the garages (he's 6) was out on his own at midnight again.", account: 'personal', errors: [{ messageId: 'child', match: 'Kobi' }] },
    { text: "Mrs Ivy Holroyd on Back Lane is registered blind and her carer only comes twice a week.", account: 'personal', errors: [{ messageId: 'vulnerable', match: 'Mrs Ivy Holroyd' }] },
    { text: 'Popped in on my favourite lady Edie on Coronation Street, she is on four calls a day now.', account: 'personal', errors: [{ messageId: 'vulnerable', match: 'Edie' }] },
    { text: "Mia Thornton, she's 14, at Ridgeway High. Social worker's car was outside again last night.", account: 'personal', errors: [{ messageId: 'care', match: 'Mia Thornton' }] },
  ],
});

// First sight 18 and Brackwater, Kirkhope, Norbridge: a child called "the bravest little girl" with a placement panel;
// "a wee boy called Max, aged about 4" found at the market; a named older person supported by the reablement team at
// home, and another after a second fall. A dog that is a good boy, and the manager of the reablement team, keep clean.
ruleTester(rule, {
  valid: [
    { text: 'Our Max is a good boy, his foster placement went great 🐶', account: 'personal' },
    { text: 'Well done to Sue Brown, who runs our reablement team, on her MBE.', account: 'council' },
  ],
  invalid: [
    {
      text: "Told her she won't be going home to her mum for a while. Kayla, you are the bravest little girl I know. Placement panel again Tuesday.",
      account: 'personal',
      errors: [{ messageId: 'care', match: 'Kayla' }],
    },
    { text: "A wee boy called Max, aged about 4, was found on his own by the fudge stall at today's market.", account: 'council', errors: [{ messageId: 'child', match: 'Max' }] },
    { text: 'Doris Whitlam has been supported by our reablement team at home in Larch Grove since her hip operation.', account: 'council', errors: [{ messageId: 'vulnerable', match: 'Doris Whitlam' }] },
    { text: 'Arthur, 91, born and bred on Wren Street, still refuses to go into residential even after his second fall.', account: 'personal', errors: [{ messageId: 'vulnerable', match: 'Arthur' }] },
  ],
});

// First sight 19 (Marrowby): a resident thanked for reporting the railing "after his fall there" had an accident at a
// place, not a care circumstance. An older woman living alone since her fall still is.
ruleTester(rule, {
  valid: [{ text: 'Thank you to Mr Barry Tillotson of 3 Kittiwake Row, who reported the broken railing on the harbour steps after his fall there.', account: 'council' }],
  invalid: [{ text: 'Mrs Edna Price of 4 Mill Lane, 89, has not been the same since her fall and lives alone now.', account: 'personal', errors: [{ messageId: 'vulnerable', match: 'Mrs Edna Price' }] }],
});

// First sight 20 (Wrexley): "School Essentials Grant ... £125 per child (£200 for children starting Year 7)" is a
// scheme's title, not a child called Grant. A child with the surname Grant still is one.
ruleTester(rule, {
  valid: [{ text: 'School Essentials Grant: families can claim £125 per child (£200 for children starting Year 7).', account: 'council' }],
  invalid: [{ text: 'Maisie Grant, 7, from Year 2 at Hill Primary won the poster competition!', account: 'personal', errors: [{ messageId: 'child', match: 'Maisie Grant' }] }],
});

// First sight 21 (Sedgeworth, Holmbridge): a lost dog named with its age a few words after "lab bitch"; whose school it
// is ("Al-Noor Girls' School"); a new member of staff introduced in role, then named again beside "children in care".
// A child named with their age and school is still one.
ruleTester(rule, {
  valid: [
    { text: 'MISSING DOG Our old collie bitch, Meg, 12 yrs, wandered off near the quarry this morning.', account: 'personal' },
    { text: "Well done to the pupils of Al-Huda Boys' School who cleaned up Riverside Park today!", account: 'council' },
    { text: 'Meet Priya Nair, our new Head of Fostering. Priya will lead our work with children in care and care leavers.', account: 'council' },
  ],
  invalid: [{ text: "Well done Amira, 9, from Al-Huda Girls' School, who won the poster prize!", account: 'council', errors: [{ messageId: 'child', match: 'Amira' }] }],
});

// First sight 21 (Portlyn, Holmbridge, Sedgeworth): a child's age after where they are from ("Kai from our Thursday
// lot at Portlyn Youth Centre, 14, been through three foster placements"); a kin title before a vulnerable adult's
// name ("Bhaji Harbans Singh ... lives on his own"); the school told in the next sentence about the child by "she".
// A scheme's title, and a school that is only where an event is, keep clean.
ruleTester(rule, {
  valid: [
    { text: 'Our Tilly has been picked for the netball squad! The final is at Kettlebrook Primary on Saturday.', account: 'personal' },
    { text: 'The Disabled Facilities Grant helps people who live on their own adapt their homes.', account: 'council' },
  ],
  invalid: [
    {
      text: 'So proud of Kai from our Tuesday group at Westfield Youth Centre, 14, been through three foster placements and passed his lifeguard course today.',
      account: 'personal',
      errors: [{ messageId: 'care', match: 'Kai' }],
    },
    {
      text: 'Please keep Bhaji Gurdev Singh in your prayers. He is 84, lives on his own and since his stroke he cannot get up the stairs.',
      account: 'personal',
      errors: [{ messageId: 'vulnerable', match: 'Gurdev Singh' }],
    },
    {
      text: "Our Tilly has been picked for the county netball squad! She's in Year 6 at Kettlebrook Primary and walks home up Fell Lane.",
      account: 'personal',
      errors: [{ messageId: 'child', match: 'Tilly' }],
    },
  ],
});

// First sight 22 (Aberwen): Welsh schools and streets put the kind first ("Ysgol Pentre Eirin", "Heol y Felin"), and
// "Blwyddyn 2" is Year 2. A name inside a Welsh school's name ("Ysgol Bryn Tirion") is the school, not a child.
ruleTester(rule, {
  valid: [
    { text: "Ysgol Gymraeg Bryn Tirion's choir goes through to the county round. What talent!", account: 'council' },
    { text: 'Pupils from Ysgol Gynradd Bryn Hedd planted 300 trees at Parc y Dref this week.', account: 'council' },
  ],
  invalid: [
    { text: "Kayla's first day at Ysgol Pentre Eirin today, she marched in without looking back!", account: 'personal', errors: [{ messageId: 'child', match: 'Kayla' }] },
    { text: 'Little Osian in Blwyddyn 2 read the whole prayer in assembly today!', account: 'personal', errors: [{ messageId: 'child', match: 'Osian' }] },
    {
      text: "Been doing Eluned's calls at 4 Heol y Felin for two years and the dementia's really taken hold now.",
      account: 'personal',
      errors: [{ messageId: 'vulnerable', match: 'Eluned' }],
    },
  ],
});

// First sight 23 (Fernley): "Rest in peace Stan Mercer, 1938–2025 ... Stan coached Fernley Rovers juniors": the years of
// a life make a tribute to an adult, named again by first name. A junior player with an age is still a child.
ruleTester(rule, {
  valid: [{ text: 'Rest in peace Stan Mercer, 1938–2025. Stan coached Fernley Rovers juniors for nearly 40 years.', account: 'personal' }],
  invalid: [{ text: 'Well done Alfie Mercer, 9, from Fernley Rovers juniors, player of the match!', account: 'council', errors: [{ messageId: 'child', match: 'Alfie Mercer' }] }],
});

// First sight 23 (Tregarth, Calderbank): Cornish and Scots first names (Tamsin, Kerensa, Isa); "her memory's going".
// "Isa rates" on a savings account is no one.
ruleTester(rule, {
  valid: [{ text: 'Put my savings in a Cash ISA, Isa rates are terrible at the minute.', account: 'personal' }],
  invalid: [
    { text: "Tamsin's ripped her book bag again and she's got swimming Thursday with the rest of Year 3 at Tregarth Primary.", account: 'personal', errors: [{ messageId: 'child', match: 'Tamsin' }] },
    { text: "Popped in on Isa Wardrop in the sheltered housing, 91 and her memory's going.", account: 'personal', errors: [{ messageId: 'vulnerable', match: 'Isa Wardrop' }] },
  ],
});

// First sight 23 (Northwick): "looked after by the council" is care status; "since the stroke" a vulnerable adult's
// circumstance; an emoji may stand for the comma before a child's age ("Saltings Youth Hub 🙌 14,").
ruleTester(rule, {
  valid: [{ text: 'Our Tuesday group at Saltings Youth Hub 🙌 14 of them turned up tonight!', account: 'personal' }],
  invalid: [
    { text: 'MISSING: Kieran Doyle, 15, who is looked after by the council, was last seen near the bus station.', account: 'council', errors: [{ messageId: 'care', match: 'Kieran Doyle' }] },
    { text: "Peggy Armitage at Lowther Court, 91, hasn't been taking her tablets since the stroke.", account: 'personal', errors: [{ messageId: 'vulnerable', match: 'Peggy Armitage' }] },
    { text: 'Proper proud of Tyler from our Tuesday group at Saltings Youth Hub 🙌 14, just got his first Saturday job.', account: 'personal', errors: [{ messageId: 'child', match: 'Tyler' }] },
  ],
});

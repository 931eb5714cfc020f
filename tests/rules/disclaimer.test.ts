import { ruleTester } from '../rule-tester';
import rule from '../../rules/disclaimer';

const FENMOUTH = {
  organisation: { name: 'Fenmouth District Council', aliases: ['Fenmouth Council', 'FDC'], domains: ['fenmouth.gov.uk'], officialHandles: ['@FenmouthDC'] },
  disclaimer: { text: 'My views, not those of Fenmouth District Council.', acceptedPhrases: ['Not council business'] },
};
const BW = '\n\nThese views are my own and do not necessarily represent the views of Brightwater Borough Council.';

ruleTester(rule, {
  valid: [
    // Red-team 11 (Dunholme): a disclaimer "on" the page or channel, and "my own, not <employer>'s" with nothing after.
    { text: 'Fenmouth District Council are resurfacing Quay Road in May. The opinions on this channel are mine alone, not my employer\'s line.', account: 'personal', policy: FENMOUTH },
    { text: 'The views on here are my own. Long shift at the depot sorting the new gritting routes.', account: 'personal' },
    { text: 'Surgery dates below, and the usual note: the thoughts in this post are my own, not Fenmouth Council\'s. Fenmouth Council is consulting on parking.', account: 'personal', policy: FENMOUTH },
    { text: 'Parish clerk for twenty years and loving it. Views my own.', account: 'personal' },
    { text: "Fenmouth's new bakery on the high street does cracking pies.", account: 'personal', policy: FENMOUTH },
    // Red-team 6: a secret about family life, national Cabinet news, a disclaimer with the secret.
    { text: 'Between us, our Jodie is expecting twins! Keep it quiet till the scan.', account: 'personal' },
    { text: 'The Cabinet met today to discuss the budget. Who would be a minister.', account: 'personal' },
    { text: 'Off the record, the libraries review recommends cutting the mobile library. Views my own.', account: 'personal' },
    // Red-team 4: a topic after a name, a football club, a home office, a student in a library, a resident's bin lorry.
    { text: '12:40 Meera on housing, 27:15 questions from the floor', account: 'personal' },
    { text: 'Fenmouth introduced their new mascot at half time and the kids loved it', account: 'personal', policy: FENMOUTH },
    { text: 'Mum in the office again on her day off, honestly', account: 'personal' },
    { text: 'Off to work in the library, dissertation due Friday', account: 'personal' },
    { text: 'The bin lorry blocked my drive again this morning', account: 'personal' },
    { text: 'Working on planning the stag do all weekend', account: 'personal' },
    // Red-team 3: a bank manager, a colleague with a disclaimer.
    { text: 'My bank manager finally rang me back about the mortgage.', account: 'personal' },
    { text: 'Cake for my lovely colleague Deb on her last day. Views my own!', account: 'personal' },
    // Red-team 2 (Pennmoor): a town hall as a venue, a kitchen cabinet, a place named for the council on a day out.
    { text: 'Christmas market outside the Town Hall this weekend, see you there!', account: 'personal' },
    { text: 'Finally took the old kitchen cabinet to the tip.', account: 'personal' },
    { text: 'Sunny afternoon at Fenmouth Bay with an ice cream.', account: 'personal', policy: { organisation: { name: 'Fenmouth Bay District Council', domains: ['fenmouthbay.gov.uk'] } } },
    // Red-team (Ashcombe): an all-capital alias names the employer only in capitals; more disclaimer wordings.
    { text: 'Sort code 20-00-00, fdc ref 1234, cheers for chipping in for the leaving present!', account: 'personal', policy: FENMOUTH, name: 'lower-case acronym is not the employer' },
    { text: 'Opinions here are mine alone. Great week for the FDC parks crews.', account: 'personal', policy: FENMOUTH },
    { text: "Not my employer's view, just mine: the council's new food caddies are great.", account: 'personal' },
    { text: 'Thoughts shared here are all mine. Busy day at the council.', account: 'personal' },
    { text: 'So excited for #FDCHAMPS tonight 🏆', account: 'personal', policy: FENMOUTH, name: 'acronym inside an all-caps word is not the employer' },
    // Council accounts speak for the council.
    'Brightwater Borough Council is recruiting bin loaders. Apply now.',
    { text: 'Our Revenues team at Brightwater Council is hiring.', account: 'council' },
    // Personal posts that say nothing about the employer or work.
    { text: 'Allotment haul today 🥕 Enough courgettes to feed the whole street.', account: 'personal' },
    { text: 'Lovely sunset at Brightwater tonight 🌅', account: 'personal' },
    { text: 'Fish and chips on Brightwater seafront with the kids. Perfect Saturday.', account: 'personal' },
    { text: 'Council tax went up again. Ouch.', account: 'personal' },
    { text: 'Grew up on a council estate and proud of it.', account: 'personal' },
    { text: 'My team won the pub quiz again! Third week running.', account: 'personal' },
    { text: "Join my team! I'm looking for three motivated ladies to sell skincare.", account: 'personal' },
    { text: 'Working from home today with the cat on my keyboard.', account: 'personal' },
    { text: 'Went to the Brightwater Library book sale and came home with 14 books.', account: 'personal' },
    { text: "My daughter's school council raised £300 for the food bank!", account: 'personal' },
    { text: 'Town council meeting tonight about the village hall roof.', account: 'personal', policy: FENMOUTH },
    { text: 'So proud of my grandson Theo who swam his first length at Fenmouth Leisure Centre!', account: 'personal', policy: FENMOUTH },
    { text: 'Going full-time with my landscaping business after 12 years in an office job!', account: 'personal' },
    // Personal posts about work that carry a disclaimer, in any reasonable wording.
    { text: 'Ten years today as a librarian at Brightwater Central Library 📚 Views my own.', account: 'personal' },
    { text: 'Long shift on the gritters for Brightwater Council tonight ❄️ #ViewsMyOwn', account: 'personal' },
    { text: "My views, not my employer's: the new food waste caddies from Brightwater Council are brilliant.", account: 'personal' },
    { text: 'Personal views: huge respect to the Brightwater Council bin crews.', account: 'personal' },
    { text: 'Last day at Brightwater Council after 31 years. My opinions are my own, as they always have been!', account: 'personal' },
    { text: 'Opinions are my own, but as a Brightwater Council highways engineer I love this cycle lane.', account: 'personal' },
    { text: 'All views are mine. My manager at Brightwater is a legend.', account: 'personal' },
    { text: 'Views expressed are my own. The council did well this winter.', account: 'personal' },
    { text: 'Speaking personally, not for the council: the new museum exhibition is great.', account: 'personal' },
    { text: `First day at Brightwater Borough Council!${BW}`, account: 'personal' },
    { text: 'Proud of the Fenmouth Council bin crews. My views, not those of Fenmouth District Council.', account: 'personal', policy: FENMOUTH },
    { text: 'The restructure is finally over. Not council business, just relief!', account: 'personal', policy: FENMOUTH, name: 'accepted phrase from the policy' },
    // Red-team 4: a shop, not a department; "smt" is text-speak for "something".
    { text: 'went to our department store sale, bargains galore', account: 'personal' },
    { text: 'need smt to eat before the match lol', account: 'personal' },
  ],
  invalid: [
    // Red-team 11: "my own" about something else is not a disclaimer.
    { text: 'Working for Fenmouth District Council is great, and the allotment is all my own now.', account: 'personal', policy: FENMOUTH, errors: [{ match: 'Fenmouth District Council' }] },
    // Red-team 7 (Glenford): a town or parish council's own officers are the council at work.
    { text: 'Being parish clerk means I know every pothole in Upper Ridley by name.', account: 'personal', errors: [{ match: 'parish clerk' }] },
    { text: 'Sat through a grievance hearing all afternoon. Need a brew.', account: 'personal', errors: [{ match: 'grievance hearing' }] },
    { text: "Fenmouth's new recycling rota starts Monday and the phones haven't stopped.", account: 'personal', policy: FENMOUTH, errors: [{ match: "Fenmouth's new recycling rota" }] },
    { text: 'The CMT have decided to shut the Saturday tip. Goes public next week.', account: 'personal', errors: [{}] },
    // Red-team 6 (Kingsmere): unannounced work news passed on in confidence is about the job in any words; a paper Cabinet has yet to see.
    { text: 'Keep it under your hats, but the rural bus subsidy is being halved in the spring. Drivers haven\'t been told yet.', account: 'personal', errors: [{}] },
    { text: 'Not supposed to say, but the Saturday opening at the tip is going. Nothing has been announced yet.', account: 'personal', errors: [{}] },
    { text: 'Cabinet hasn\'t seen the allotments review yet and it is already being talked about.', account: 'personal', errors: [{ match: "Cabinet hasn't seen" }] },
    // Red-team 4: a job in a service, the poster's own rounds and kit, a named workmate by team, the short name doing what only the employer does, a handle built on the employer's name.
    { text: 'Nine years working in pest control and a wasp still got me today', account: 'personal', errors: [{ match: 'Nine years working in pest control' }] },
    { text: 'our gritter crew were out at 4am, absolute legends', account: 'personal', errors: [{ match: 'our gritter crew' }] },
    { text: 'Nadia from payroll keeps nicking my yoghurts 😤', account: 'personal', errors: [{ match: 'Nadia from payroll' }] },
    { text: 'Fenmouth quietly scrapped the free garden waste service and nobody noticed', account: 'personal', policy: FENMOUTH, errors: [{ match: 'Fenmouth quietly scrapped' }] },
    { text: '@FenmouthCouncil three weeks and the streetlight is still out', account: 'personal', policy: { organisation: { name: 'Fenmouth District Council', aliases: ['Fenmouth Council'], domains: ['fenmouth.gov.uk'] } }, errors: [{ match: '@FenmouthCouncil' }] },
    { text: 'Told the café owner the food safety samples failed. Worst part of the job.', account: 'personal', errors: [{}] },
    { text: 'Unannounced inspection at a care home first thing tomorrow, wish me luck', account: 'personal', errors: [{ match: 'Unannounced inspection' }] },
    // Red-team 3 (Thornbury Fen, Marlow Vale): a colleague, a job in a council service, a time-stamped council meeting.
    { text: 'Huge thanks to my fab colleague Aled for covering my shift.', account: 'personal', errors: [{ match: 'my fab colleague' }] },
    { text: "I'm a licensing officer and no, you can't run a bar from your shed.", account: 'personal', errors: [{ match: "I'm a licensing officer" }] },
    { text: "Tonight's parish council meeting ran for four hours.", account: 'personal', policy: { organisation: { name: 'Ebbridge Parish Council', domains: ['ebbridge-pc.gov.uk'] } }, errors: [{ match: "Tonight's parish council" }] },
    // Red-team 2 (Pennmoor): the seat of the council for the council, reports to Cabinet, full council, 'a county council', 'this job'.
    { text: 'Five more years of the Greens running the Civic Centre? No thanks.', account: 'personal', errors: [{ match: 'running the Civic Centre' }] },
    { text: 'Our leisure review is heading to Cabinet in June, fingers crossed.', account: 'personal', errors: [{ match: 'heading to Cabinet' }] },
    { text: 'Spoke against the car park charges at full council tonight.', account: 'personal', errors: [{ match: 'full council' }] },
    { text: 'Ten years as a county council librarian and I still get excited by new stock.', account: 'personal', policy: { organisation: { name: 'Westshire County Council', domains: ['westshire.gov.uk'] } }, errors: [{ match: 'a county council' }] },
    { text: 'Some days this job breaks your heart.', account: 'personal', errors: [{ match: 'this job' }] },
    { text: 'The new permit system at Fenmouth Bay went live this week.', account: 'personal', policy: { organisation: { name: 'Fenmouth Bay District Council', domains: ['fenmouthbay.gov.uk'] } }, errors: [{ match: 'at Fenmouth Bay' }] },
    // Red-team (Ashcombe): employer hashtags, team phrasings, social work and council governance as work.
    { text: 'Another Friday on the gritters #TeamFDC ❄️', account: 'personal', policy: FENMOUTH, errors: [{ match: '#TeamFDC' }] },
    { text: 'Friday feeling #FDCLife', account: 'personal', policy: FENMOUTH, errors: [{ match: '#FDCLife' }] },
    { text: 'Huge shout-out to the entire Licensing team for getting through 300 renewals this month!', account: 'personal', errors: [{ match: 'the entire Licensing team' }] },
    { text: 'Cake day for my office at the civic centre 🎂', account: 'personal', errors: [{ match: 'my office at the civic centre' }] },
    { text: 'Eight years working in a council planning department and I still love a good site plan.', account: 'personal', errors: [{ match: 'working in a council' }] },
    { text: 'Hard week. Being a social worker takes it out of you.', account: 'personal', errors: [{ match: 'Being a social worker' }] },
    { text: 'Read the closed session papers tonight and I need a lie down.', account: 'personal', errors: [{ match: 'closed session' }] },
    {
      text: 'My manager at Brightwater has booked ANOTHER 8am Monday meeting 🙄',
      account: 'personal',
      errors: [{ messageId: 'missing', match: 'My manager', suggestions: [{ label: 'Add disclaimer', output: `My manager at Brightwater has booked ANOTHER 8am Monday meeting 🙄${BW}` }] }],
    },
    { text: 'Sign the petition. Brightwater Council never listened to residents.', account: 'personal', errors: [{ match: 'Brightwater Council' }] },
    { text: 'A day in the life of a Brightwater Council bin loader 🚛', account: 'personal', errors: [{ match: 'Brightwater Council' }] },
    { text: 'Best day of my social work career at the council.', account: 'personal', errors: [{ match: 'my social work' }] },
    { text: 'Since the council cut my hours I have started dog walking.', account: 'personal', errors: [{ match: 'the council' }] },
    { text: "Can't say much yet but the leisure centre is closing, heard it in the exec meeting at work today 🤐", account: 'personal', errors: [{ match: 'the exec meeting' }] },
    { text: 'Can someone in our adult social care team chase the GP?', account: 'personal', errors: [{ match: 'our adult social care team' }] },
    { text: 'RTs ≠ endorsements. Great turnout at the Rhyme Time session I run at Millbrook Library this morning.', account: 'personal', name: 'RTs are not a disclaimer', errors: [{ match: 'I run at Millbrook Library' }] },
    { text: 'Sat on the interview panel for Head of Housing at Brightwater today.', account: 'personal', errors: [{ match: 'interview panel' }] },
    { text: 'Gary from Highways got a final written warning today.', account: 'personal', errors: [{ match: 'Gary from Highways' }] },
    { text: 'Best bit of my job at Brightwater Libraries today: a poem from a Year 3!', account: 'personal', errors: [{ match: 'my job' }] },
    // Another council: names, handles and domains come from the policy.
    { text: 'My line manager at Fenmouth has cancelled my leave again.', account: 'personal', policy: FENMOUTH, errors: [{ match: 'My line manager' }] },
    { text: "Fenmouth Council still hasn't fixed the potholes on my road.", account: 'personal', policy: FENMOUTH, errors: [{ match: 'Fenmouth Council' }] },
    { text: 'Long day on the gritters for @FenmouthDC, 120 miles done.', account: 'personal', policy: FENMOUTH, errors: [{ match: '@FenmouthDC' }] },
    { text: "We're hiring in my department: fenmouth.gov.uk/jobs", account: 'personal', policy: FENMOUTH, errors: [{ match: 'my department' }] },
    { text: 'Our waste team at FDC collected 2 million bins this year!', account: 'personal', policy: FENMOUTH, errors: [{ match: 'Our waste team' }] },
    {
      text: 'Fellow Fenmouth staff: my sister does wedding cakes, DM me.\n',
      account: 'personal',
      policy: FENMOUTH,
      errors: [{ match: 'Fenmouth staff', suggestions: [{ label: 'Add disclaimer', output: 'Fellow Fenmouth staff: my sister does wedding cakes, DM me.\n\nMy views, not those of Fenmouth District Council.' }] }],
    },
    {
      text: 'Brightwater Council bin crews were out at 5am in the snow. Proud to be one of them, even if my fingers are still numb and my van heater has given up entirely. Anyone know a good glove brand? Asking for 40 colleagues who need them too.',
      account: 'personal',
      platform: 'x',
      name: 'a short form when the full wording does not fit on X',
      errors: [
        {
          match: 'Brightwater Council',
          suggestions: [
            { label: 'Add disclaimer', output: `Brightwater Council bin crews were out at 5am in the snow. Proud to be one of them, even if my fingers are still numb and my van heater has given up entirely. Anyone know a good glove brand? Asking for 40 colleagues who need them too.${BW}` },
            { label: 'Add short disclaimer', output: 'Brightwater Council bin crews were out at 5am in the snow. Proud to be one of them, even if my fingers are still numb and my van heater has given up entirely. Anyone know a good glove brand? Asking for 40 colleagues who need them too. Views my own.' },
          ],
        },
      ],
    },
    // Red-team 4: management teams, committees and officer reports, the poster's department, a team named by its service.
    { text: 'heard in SMT this morning that the depot move is off again', account: 'personal', errors: [{ match: 'in SMT' }] },
    { text: 'Licensing committee ran till gone ten. At least the officer report survived the grilling.', account: 'personal', errors: [{ match: 'Licensing committee' }] },
    { text: 'Our whole department is moving to Tennant House in June, boxes everywhere', account: 'personal', errors: [{ match: 'Our whole department' }] },
    { text: 'Shout out to the civil enforcement team for sticking it out in the hail', account: 'personal', errors: [{ match: 'the civil enforcement team' }] },
    { text: 'Rough week for the cabinet member for transport, lots of angry emails', account: 'personal', errors: [{ match: 'cabinet member for' }] },
  ],
});

// Red-team round 8 (Caldermoor): the short name with a department the poster works in.
ruleTester(rule, {
  valid: [
    { text: 'Took the kids to the Fenmouth Youth Theatre panto, brilliant night.', account: 'personal', policy: FENMOUTH },
  ],
  invalid: [
    { text: 'Six years with Fenmouth Youth Services and still love it.', account: 'personal', policy: FENMOUTH, errors: [{ match: 'Fenmouth Youth Services' }] },
    { text: 'Nobody thanks us in Street Lighting until the lamps go out.', account: 'personal', errors: [{ match: 'in Street Lighting' }] },
  ],
});

// Red-team round 9 (Ferncastle): the short name with Repairs or a SEND team; a social worker placing a named child.
ruleTester(rule, {
  valid: [
    { text: 'The repairs team finally fixed my boiler, thank you!', account: 'personal' },
    { text: 'Little Holly was placed with us three years ago and today her adoption went through ❤️', account: 'personal' },
  ],
  invalid: [
    { text: 'Eleven damp call-outs today. Fenmouth Repairs needs more vans.', account: 'personal', policy: FENMOUTH, errors: [{ match: 'Fenmouth Repairs' }] },
    { text: 'Proud of everyone in the Fenmouth SEND team this term.', account: 'personal', policy: FENMOUTH, errors: [{ match: 'Fenmouth SEND team' }] },
    { text: 'Placed little Amara with her new foster carers today 🧡', account: 'personal', errors: [{ match: 'Placed little Amara' }] },
  ],
});

// Red-team round 10 (Northmoor): disclaimers that name the employer; the council's seat, the area's own plans, the poster's
// kit as work talk; a resident's school run and a place at County Hall stay clean.
ruleTester(rule, {
  valid: [
    { text: 'Great quiz night at the Town Hall, well done the council! Opinions mine, not those of FDC.', account: 'personal', policy: FENMOUTH },
    { text: 'Brilliant work by the council on the prom. Not the views of Fenmouth District Council, obviously.', account: 'personal', policy: FENMOUTH },
    { text: "My daughter's school bus route has changed again.", account: 'personal' },
    { text: 'Got married at the Town Hall ten years ago today!', account: 'personal' },
    { text: "The borough's best chippy is on Harbour Street, fight me.", account: 'personal' },
  ],
  invalid: [
    { text: 'Three years of chaos at the Town Hall and still no new swimming pool.', account: 'personal', errors: [{ match: 'chaos at the Town Hall' }] },
    { text: "Why the borough's budget black hole is worse than they admit, thread 🧵", account: 'personal', errors: [{ match: "the borough's budget" }] },
    { text: 'Someone parked across the depot gate and my new gritter could not get out at 4am.', account: 'personal', errors: [{ match: 'my new gritter' }] },
    { text: 'Lovely lot of kids on my Eastcliff school bus route this week.', account: 'personal', errors: [{ match: 'my Eastcliff school bus route' }] },
  ],
});

// Red-team round 10 (Bryncastell): the council's own building from the policy in a work sentence; crews at a named depot.
const HAFOD = {
  organisation: { name: 'Hafod County Borough Council', aliases: ['HCBC'], domains: ['hafod.gov.wales'], officialAddresses: ['Tŷ Dinesig, Stryd Fawr, Hafod HF1 1AA'] },
  disclaimer: { text: 'These views are my own.' },
};
ruleTester(rule, {
  valid: [
    { text: 'Got married at Tŷ Dinesig fifteen years ago today 💍', account: 'personal', policy: HAFOD },
    { text: 'Massive shout-out to my crew at the Arriva bus depot, Christmas do sorted.', account: 'personal' },
  ],
  invalid: [
    { text: 'Another late one at Tŷ Dinesig, the budget meeting ran until nine.', account: 'personal', policy: HAFOD, errors: [{ match: 'Tŷ Dinesig' }] },
    { text: 'Shout-out to my crew at Westfield Road depot, first through the snow again.', account: 'personal', errors: [{ match: 'my crew at Westfield Road depot' }] },
  ],
});

ruleTester(rule, {
  valid: [{ text: 'Finished my uni placement at the hospital today, what a year!', account: 'personal' }],
  invalid: [{ text: 'Two emergency placements found before 5pm on a Friday. Wine time.', account: 'personal', errors: [{ match: 'emergency placements' }] }],
});

// Red-team round 10 (Bryncastell): a disclaimer in Welsh.
ruleTester(rule, {
  valid: [
    { text: 'Diwrnod da yn y gwaith, proud of our Fenmouth Council team. Barn bersonol.', account: 'personal', policy: FENMOUTH },
    { text: 'Busy shift with the highways team today. Fy safbwyntiau fy hun.', account: 'personal' },
  ],
  invalid: [{ text: 'Proud of our Fenmouth Council team today, diolch bawb.', account: 'personal', policy: FENMOUTH, errors: [{ match: 'Fenmouth Council' }] }],
});

ruleTester(rule, {
  valid: [{ text: 'Diolch am y cyngor, bawb! Wedi prynu’r beic.', account: 'personal' }],
  invalid: [{ text: 'Diwrnod hir yn y gwaith heddiw, ond mae’r tîm yn wych.', account: 'personal', errors: [{ match: 'yn y gwaith' }] }],
});

// What a department knows ("everyone in housing"), and a councillor on the policy's list at a council meeting.
const WITH_MEMBERS = { ...FENMOUTH, councillors: ['Priya Lund', 'Owen Marsh'] };
ruleTester(rule, {
  valid: [
    { text: 'Everyone in planning the street party has been brilliant, thank you!', account: 'personal' },
    { text: 'Anyone with housing problems should ring Shelter first.', account: 'personal' },
    { text: 'Bumped into Owen Marsh at the school fete, lovely chap.', account: 'personal', policy: WITH_MEMBERS },
    { text: 'Cllr Lund chaired the planning committee well tonight. My views, not those of Fenmouth District Council.', account: 'personal', policy: WITH_MEMBERS },
  ],
  invalid: [
    { text: 'Nobody in housing believes the new allocations policy will last a year.', account: 'personal', errors: [{ match: 'Nobody in housing' }] },
    { text: 'Owen Marsh fell asleep in full council again last night.', account: 'personal', policy: WITH_MEMBERS, errors: [{ match: 'Owen Marsh' }] },
    { text: 'Cllr Lund walked out of the scrutiny meeting before the vote.', account: 'personal', policy: WITH_MEMBERS, errors: [{ match: 'Cllr Lund' }] },
  ],
});

// Red-team 12 (Oakhurst): "my views, not the council's" in its family of wordings; the poster's job with a council
// matter and no council named; a decision of the council's Cabinet.
ruleTester(rule, {
  valid: [
    { text: 'Grit bins on our estate are empty again and I have told Fenmouth District Council. Views mine, not the council\'s.', account: 'personal', policy: FENMOUTH },
    { text: 'Chairing the council tenants forum tonight. My opinions, not the council\'s, before anyone asks.', account: 'personal' },
    { text: 'Not speaking for my employer here, but the council website redesign is lovely.', account: 'personal' },
    { text: 'Tough job for the ref today, the crowd were brutal.', account: 'personal' },
    { text: 'Best job in the world, being a grandad. Council tax bill arrived too, boo.', account: 'personal' },
    { text: 'The Cabinet approved the new defence review this morning, says the BBC.', account: 'personal' },
  ],
  invalid: [
    { text: 'Told a young dad this morning his tenancy is ending. Hardest part of the job.', account: 'personal', errors: [{ match: 'the job' }] },
    { text: 'Three evictions to serve before lunch. Grim job some days.', account: 'personal', errors: [{ match: 'Grim job' }] },
    { text: 'Cabinet unanimously agreed my motion on rural bus routes tonight!', account: 'personal', errors: [{ match: 'Cabinet unanimously agreed' }] },
  ],
});

// Red-team 12 (Lyndhurst Vale): casework told without the council's name; the poster's crew with a council matter; a
// session the poster ran at a library, told with the "I" left out; the council's services under the place's name.
ruleTester(rule, {
  valid: [
    { text: 'Visiting our Kayla at her new foster placement on Sunday, she seems settled.', account: 'personal' },
    { text: 'My neighbour says the family were put on a child protection plan. So sad.', account: 'personal' },
    { text: 'Fostering a toddler changed our lives. Could you do it?', account: 'personal' },
    { text: 'Ran the 10k this morning then a swim at the leisure centre.', account: 'personal' },
    { text: 'Our rowing crew won at the regatta, and my garden waste bin is finally emptied.', account: 'personal' },
    { text: "Fenmouth's beaches are glorious this week.", account: 'personal', policy: FENMOUTH },
  ],
  invalid: [
    { text: 'Drove baby Noor to meet her adopters this afternoon. Happy tears in the car park.', account: 'personal', errors: [{ match: 'her adopters' }] },
    { text: 'Emergency protection order granted for a newborn at 4pm on a Friday. Home now, shattered.', account: 'personal', errors: [{ match: 'Emergency protection order' }] },
    { text: 'Hosted the rhyme time session at Fenmouth library again, forty toddlers and a tambourine.', account: 'personal', policy: FENMOUTH, errors: [{}] },
    { text: 'A resident shouted at my crew for twenty minutes about missed collections. Lovely.', account: 'personal', errors: [{ match: 'my crew' }] },
    { text: "Save Fenmouth's leisure centres, sign the petition today!", account: 'personal', policy: FENMOUTH, errors: [{}] },
  ],
});

// Red-team 13 (Harrowden): the poster's own view set against the employer's in a sentence of its own making, and
// "anything I post here is my own view"; without such a line the same posts need the disclaimer.
ruleTester(rule, {
  valid: [
    { text: 'Started at Fenmouth District Council ten years ago today as a post-room temp! (Usual caveat: anything I post on here is my own view and not the council\'s.)', account: 'personal', policy: FENMOUTH },
    { text: 'Our planning team at Fenmouth Council got the Quay scheme wrong. My personal opinion, not my employer\'s.', account: 'personal', policy: FENMOUTH },
    { text: 'The Fenmouth Council budget is a mess, in my view alone - not the council\'s, obviously. My own take, not the authority\'s.', account: 'personal', policy: FENMOUTH },
    { text: 'Did a 12-hour shift at the hospital, then home to find the bins missed again.', account: 'personal' },
    // Ashbourne Vale: the employer by its initials.
    { text: 'Planning reports written at Fenmouth District Council today: 0. Cat photos: 14. (Own views here, not FDC\'s.)', account: 'personal', policy: FENMOUTH },
  ],
  invalid: [
    { text: 'Started at Fenmouth District Council ten years ago today as a post-room temp!', account: 'personal', policy: FENMOUTH, errors: [{ match: 'Fenmouth District Council' }] },
    { text: 'Our planning team at Fenmouth Council got the Quay scheme wrong. My view, but I know the council sees it otherwise.', account: 'personal', policy: FENMOUTH, errors: [{ match: 'Our planning team' }] },
    // Castlebrook: a shift of so many hours, with the bin wagons that broke down.
    { text: 'Crew doing a 10hr shift today cos 2 bin wagons broke down at the depot. Bear with us, we WILL get to you', account: 'personal', errors: [{ match: '10hr shift' }] },
  ],
});

// Red-team 14 (Tollbridge leftovers): work talk that never names the council. A councillor saying so, a working day at a
// service's office, a case conference, the council's public dealing with the poster, a councillor's decision.
ruleTester(rule, {
  valid: [
    { text: 'Queued for an hour at the housing office today to hand in one form.', account: 'personal', policy: FENMOUTH },
    { text: 'A resident of the village told me the pub is closing, gutted.', account: 'personal', policy: FENMOUTH },
    { text: 'Cllr Patel opened the new library today, lovely event. Shame it closes at 5.', account: 'personal', policy: FENMOUTH },
    { text: 'As your local councillor I have chased the potholes on Quay Road. My views, not my employer\'s.', account: 'personal', policy: FENMOUTH },
    { text: 'A resident screamed at me down the phone today. Usual caveat: views my own.', account: 'personal', policy: FENMOUTH },
  ],
  invalid: [
    { text: 'As your local councillor I have chased the potholes on Quay Road again.', account: 'personal', policy: FENMOUTH, errors: [{ match: 'As your local councillor' }] },
    { text: 'Cllr here, wearing my other hat today 😊', account: 'personal', policy: FENMOUTH, errors: [{ match: 'Cllr here' }] },
    { text: 'Long shift on the benefits desk, three people in tears before lunch.', account: 'personal', policy: FENMOUTH, errors: [{ match: 'shift on the benefits desk' }] },
    { text: 'Case conference ran two hours over again. Send wine.', account: 'personal', policy: FENMOUTH, errors: [{ match: 'Case conference' }] },
    { text: 'Had a tenant swearing at me on the doorstep for twenty minutes over a boiler.', account: 'personal', policy: FENMOUTH, errors: [{ match: 'tenant' }] },
    { text: 'Cllr Dana Wynn and her cronies. Shutting the day centre while they vote themselves bigger allowances.', account: 'personal', policy: FENMOUTH, errors: [{ match: 'Cllr Dana Wynn' }] },
  ],
});

// First sight 14 (Otterbury): a parish clerk talked about by a resident of a district is not the poster's colleague;
// the poster who is the clerk still talks about their job.
ruleTester(rule, {
  valid: [{ text: "Funny how the village hall roof job has gone to the parish clerk's brother-in-law again.", account: 'personal', policy: FENMOUTH }],
  invalid: [{ text: "I'm the parish clerk and the potholes are awful this winter.", account: 'personal', policy: FENMOUTH, errors: [{ match: 'parish clerk' }] }],
});

// First sight 14 (Otterbury, Westhaven): years in a council service, a department said to be busy, a shift at a council
// facility, a job hashtag, a party-run council by its place name, serving the public at the counter with a council
// matter, collecting residents' rubbish.
ruleTester(rule, {
  valid: [
    { text: 'Queued for ages at the counter in Boots.', account: 'personal', policy: FENMOUTH },
    { text: 'Twenty years in Fenmouth and never seen the harbour this full!', account: 'personal', policy: FENMOUTH },
  ],
  invalid: [
    { text: "I've spent 15 years in planning so I know what gets through.", account: 'personal', policy: FENMOUTH, errors: [{ match: '15 years in planning' }] },
    { text: "Licensing's been mad this week 🍻", account: 'personal', policy: FENMOUTH, errors: [{ match: "Licensing's been mad" }] },
    { text: 'Scariest shift of my life at the lido today.', account: 'personal', policy: FENMOUTH, errors: [{ match: 'shift of my life at the lido' }] },
    { text: '4.40 start, 212 bins, rounds done by 1. #binmanlife', account: 'personal', policy: FENMOUTH, errors: [{ match: '#binmanlife' }] },
    { text: 'Tory-run Fenmouth strikes again. Shut the toilets, then find £80k for a logo.', account: 'personal', policy: FENMOUTH, errors: [{ match: 'Tory-run Fenmouth' }] },
    { text: 'Had a lady at the counter today swearing blind she lives alone for her single person discount.', account: 'personal', policy: FENMOUTH, errors: [{ match: 'at the counter' }] },
    { text: "Mate we're collecting YOUR rubbish.", account: 'personal', policy: FENMOUTH, errors: [{ match: 'collecting YOUR rubbish' }] },
  ],
});

// First sight 15 (Stainby, Hollowmere, Carrick): a shift written "12 hr", the council tax phones, councillors voting, a
// party's administration, a housing panel, the employer's bin men, double-up calls; a shift at a hospital is not the
// council's, nor are another council's members.
ruleTester(rule, {
  valid: [
    { text: 'Long shift at the hospital, then home to find my bulky collection never came.', account: 'personal', policy: FENMOUTH },
    { text: 'Tory county councillors voted to cut the rural bus subsidy.', account: 'personal', policy: FENMOUTH },
  ],
  invalid: [
    { text: '12 hr shift on the wagon and some clown left a fridge out. Book a bulky collection.', account: 'personal', policy: FENMOUTH, errors: [{ match: '12 hr shift' }] },
    { text: 'after the week ive had on the council tax phones i need a medal', account: 'personal', policy: FENMOUTH, errors: [{ match: 'the council tax phones' }] },
    { text: 'Every Reform councillor voted tonight to scrap the free school meals top-up.', account: 'personal', policy: FENMOUTH, errors: [{ match: 'councillor voted' }] },
    { text: 'The Lib Dem administration has rushed through a lease extension.', account: 'personal', policy: FENMOUTH, errors: [{ match: 'Lib Dem administration' }] },
    { text: 'Housing panel this morning. Family of 5 now 11 weeks in one room.', account: 'personal', policy: FENMOUTH, errors: [{ match: 'Housing panel' }] },
    { text: 'DAY IN THE LIFE of a Fenmouth bin man (4am start!!)', account: 'personal', policy: FENMOUTH, errors: [{ match: 'Fenmouth bin man' }] },
    { text: 'did 4 double ups today with no travel time between.', account: 'personal', policy: FENMOUTH, errors: [{ match: 'double ups' }] },
  ],
});

// First sight 14 (Pellbridge): a hashtag of the place's name with one of the council's services; not a library or
// park residents use.
ruleTester(rule, {
  valid: [
    { text: 'Lovely walk round #FenmouthPark today', account: 'personal', policy: FENMOUTH },
    { text: '#FenmouthLibraries storytime was packed', account: 'personal', policy: FENMOUTH },
  ],
  invalid: [{ text: 'Just got his first job!! So proud #FenmouthYouthService', account: 'personal', policy: FENMOUTH, errors: [{ match: '#FenmouthYouthService' }] }],
});

// First sight 16 (Oldcastle, Tidewell, Marchbury): the council with a party's name or with no article, doing
// something; the place's parking charges; a service's line as a day's work; management-team meetings and away days;
// a youth offending team; council time; "I've done this round" or "do this for a living" with a council matter.
// Another council ("Leeds council has ..."), a parish council, a party's hoped-for council and a round of golf keep clean.
ruleTester(rule, {
  valid: [
    { text: 'Leeds council has finally fixed the potholes on the A64.', account: 'personal', policy: FENMOUTH },
    { text: 'The parish council has voted to keep the village green as it is.', account: 'personal', policy: FENMOUTH },
    { text: 'Knocking doors every weekend to get a Labour council in May 🌹', account: 'personal', policy: FENMOUTH },
    { text: "I've done this round of golf a hundred times and still can't par the 9th.", account: 'personal', policy: FENMOUTH },
  ],
  invalid: [
    { text: 'So our Tory council has put the car park charges up again.', account: 'personal', policy: FENMOUTH, errors: [{ match: 'our Tory council' }] },
    { text: 'and council gave the contract to the same firm as last time', account: 'personal', policy: FENMOUTH, errors: [{ match: 'council gave' }] },
    { text: "Moan at me about Fenmouth's parking charges all you like, I just work the barrier.", account: 'personal', policy: FENMOUTH, errors: [{ match: "Fenmouth's parking charges" }] },
    { text: 'Benefits helpline shift done, three people in tears today.', account: 'personal', policy: FENMOUTH, errors: [{ match: 'Benefits helpline shift' }] },
    { text: 'Sat in on DMT this morning, not a happy room.', account: 'personal', policy: FENMOUTH, errors: [{ match: 'Sat in on DMT' }] },
    { text: 'Proud of my YOT kids this week, two of them back in school.', account: 'personal', policy: FENMOUTH, errors: [{ match: 'my YOT' }] },
    { text: "Replied to you tonight, not on council time, don't worry.", account: 'personal', policy: FENMOUTH, errors: [{ match: 'on council time' }] },
    { text: "15 years I've done this round, I know every missed bin excuse going.", account: 'personal', policy: FENMOUTH, errors: [{ match: 'done this round' }] },
    { text: 'I explain parking permits all day, I do this for a living.', account: 'personal', policy: FENMOUTH, errors: [{ match: 'do this for a living' }] },
  ],
});

// First sight 17 (Ashvale): a disclaimer in Polish or Welsh, and "my views on here are personal".
ruleTester(rule, {
  valid: [
    { text: 'Two years in the Fenmouth District Council benefits team today! (Wszystkie opinie są moje własne.)', account: 'personal', policy: FENMOUTH },
    { text: 'Blwyddyn gyda Fenmouth District Council heddiw. Fy marn i fy hun yw hon.', account: 'personal', policy: FENMOUTH },
    { text: 'Councillor surgery at Fenmouth District Council offices Saturday. My views on here are personal.', account: 'personal', policy: FENMOUTH },
  ],
  invalid: [{ text: 'Two years in the Fenmouth District Council benefits team today!', account: 'personal', policy: FENMOUTH, errors: [{ match: 'Fenmouth District Council' }] }],
});

// First sight 17 (Brackwater, Kirkhope, Norbridge): PCNs issued and #parkinglife; "my round" with bins; "ring me at the
// office" about rent arrears; a cemetery the poster has looked after for years; the public phoning the town hall to
// shout at the poster; "as your Mayor"; brown envelopes at County Hall; the place's admissions team; a library session
// the poster is known for; a budget amendment. A mum's grave at the cemetery, and a pub quiz, keep clean.
ruleTester(rule, {
  valid: [
    { text: "I've looked after my mum's grave at Fenmouth cemetery every Sunday for years.", account: 'personal', policy: FENMOUTH },
    { text: 'Some of you will know me from the Thursday quiz at the Red Lion 🍻', account: 'personal', policy: FENMOUTH },
  ],
  invalid: [
    { text: 'Issued 12 PCNs outside the school today. Twelve. #parkinglife', account: 'personal', policy: FENMOUTH, errors: [{ match: 'Issued 12 PCNs' }] },
    { text: 'van parked across the lane again on my round, 600 bins to do and we sat there 20 mins', account: 'personal', policy: FENMOUTH, errors: [{ match: 'my round' }] },
    { text: 'Anyone know a Mr K. Olsen? His rent arrears need sorting, tell him to ring me at the office.', account: 'personal', policy: FENMOUTH, errors: [{ match: 'me at the office' }] },
    { text: "20 years I've looked after Fenmouth cemetery and I've never seen vandalism like it.", account: 'personal', policy: FENMOUTH, errors: [{ match: "I've looked after Fenmouth cemetery" }] },
    { text: 'Some bloke just phoned the town hall screaming at me about his bins.', account: 'personal', policy: FENMOUTH, errors: [{ match: 'phoned the town hall screaming at me' }] },
    { text: "As your Mayor I'll be at the fete on Saturday, come and say hello!", account: 'personal', policy: FENMOUTH, errors: [{ match: 'As your Mayor' }] },
    { text: 'Brown envelopes all round at County Hall again.', account: 'personal', policy: FENMOUTH, errors: [{ match: 'envelopes all round at County Hall' }] },
    { text: 'Fenmouth admissions have offered her a place eight miles away.', account: 'personal', policy: FENMOUTH, errors: [{ match: 'Fenmouth admissions' }] },
    { text: 'You might know me from Baby Rhyme Time at Fenmouth Library!', account: 'personal', policy: FENMOUTH, errors: [{ match: 'know me from Baby Rhyme Time at Fenmouth Library' }] },
    { text: 'Tory budget amendment tonight: nothing for potholes again.', account: 'personal', policy: FENMOUTH, errors: [{ match: 'budget amendment' }] },
  ],
});

// First sight 18 (Thistleby, Saltcote): "Everything I say in this video is my own view", and a foster carer's child who
// "came to us as an emergency placement", keep clean. A social worker arranging an emergency placement does not.
ruleTester(rule, {
  valid: [
    { text: "A day in the life of a Fenmouth town clerk's assistant. Everything I say in this video is my own view.", account: 'personal', policy: FENMOUTH },
    { text: '3 years today since our Kayden came to us as an emergency placement 🥹 #proudfostermum', account: 'personal', policy: FENMOUTH },
  ],
  invalid: [
    { text: "A day in the life of a Fenmouth town clerk's assistant. Minutes, markets and a runaway goat.", account: 'personal', policy: FENMOUTH, errors: [{ match: 'town clerk' }] },
    { text: 'Sorting an emergency placement for a 3 year old at 11pm, long night.', account: 'personal', policy: FENMOUTH, errors: [{ match: 'emergency placement' }] },
  ],
});

// First sight 19 (Marrowby, Pendleford, Ashenford, Kellingham): "Council pays me to lifeguard", "us council lifeguards",
// #pestcontrollife, "the new lad in revenues", the public ringing "the benefits line to call me" names, "sat in on a
// disciplinary for one of my lads"; a disclaimer in Polish ("Moje prywatne poglądy, nie mojego pracodawcy"). A resident
// ringing the housing line, and the council paying a refund, are not work.
ruleTester(rule, {
  valid: [
    { text: 'I rang the housing line to ask about my repair, they called me back in an hour.', account: 'personal', policy: FENMOUTH },
    { text: "Moje prywatne poglądy, nie mojego pracodawcy. Second week at the council's contact centre!", account: 'personal', policy: FENMOUTH },
  ],
  invalid: [
    { text: 'Council pays me to lifeguard, not to babysit grown men.', account: 'personal', policy: FENMOUTH, errors: [{ match: 'Council pays me' }] },
    { text: "All in a day's work for us council lifeguards 💪", account: 'personal', policy: FENMOUTH, errors: [{ match: 'council lifeguards' }] },
    { text: "we're back out there thursday lol #pestcontrollife", account: 'personal', policy: FENMOUTH, errors: [{ match: '#pestcontrollife' }] },
    { text: 'the new lad in revenues has got me needing a cold shower', account: 'personal', policy: FENMOUTH, errors: [{ match: 'lad in revenues' }] },
    { text: 'if one more person rings the benefits line today to call me a jobsworth im going to lose it', account: 'personal', policy: FENMOUTH, errors: [{ match: 'rings the benefits line today to call me' }] },
    { text: 'Sat in on a disciplinary for one of my lads today. Worst part of the job.', account: 'personal', policy: FENMOUTH, errors: [{ match: 'Sat in on a disciplinary' }] },
  ],
});

// First sight 20 (Tynemouth, Ashenford, Redbarrow): the council's leadership by party ("the Tory cabinet"), the county's
// charges and "county highways" on a county council's staff, "driving council school transport", "sat in on the
// disciplinary". On a district council's staff "the county's" charges are another council's.
const FENSHIRE = { organisation: { name: 'Fenshire County Council', aliases: ['Fenshire CC'], domains: ['fenshire.gov.uk'] } };
ruleTester(rule, {
  valid: [{ text: "Why the county's new parking charges hit rural families hardest.", account: 'personal', policy: FENMOUTH }],
  invalid: [
    { text: 'Another listening exercise from the Tory cabinet on rural buses. Decision made in July.', account: 'personal', policy: FENMOUTH, errors: [{ match: 'Tory cabinet' }] },
    { text: "Why the county's new parking charges hit rural families hardest.", account: 'personal', policy: FENSHIRE, errors: [{ match: "county's new parking" }] },
    { text: 'Whoever keeps reporting my hedges to county highways, I know who you are.', account: 'personal', policy: FENSHIRE, errors: [{ match: 'county highways' }] },
    { text: '14 yrs driving council school transport & never seen driving like it', account: 'personal', policy: FENMOUTH, errors: [{ match: 'council school transport' }] },
    { text: 'sat in on the disciplinary for the lad who pranged the bus.', account: 'personal', policy: FENMOUTH, errors: [{ match: 'sat in on the disciplinary' }] },
  ],
});

// First sight 21 (Bellhaven): "my own view, naturally, not an official one" sets the poster's view against the official
// line. "Not official" said of something else is no disclaimer.
ruleTester(rule, {
  valid: [{ text: "We're hiring an admin officer at Fenmouth Council. Ask me what it's like (my own view, obviously, not the official one).", account: 'personal', policy: FENMOUTH }],
  invalid: [
    { text: "We're hiring an admin officer at Fenmouth Council. The job isn't official until the advert goes up.", account: 'personal', policy: FENMOUTH, errors: [{ messageId: 'missing' }] },
  ],
});

// First sight 21 and 22 (Holmbridge, Portlyn, Cresswick): a teacher's own class ("my Reception class", "my Year 4
// class") and job hashtags (#youthwork, #teacherlife, #housingofficerlife) are work talk; a parent's "my daughter's Year
// 4 class" is not, and a foster carer's "our little lad on emergency placement" is family news.
ruleTester(rule, {
  valid: [
    { text: "My daughter's Year 4 class won the sports day cup!", account: 'personal', policy: FENMOUTH },
    { text: 'Our little lad on emergency placement starts at Greenhill Infants on Monday. Fingers crossed for him.', account: 'personal', policy: FENMOUTH },
  ],
  invalid: [
    { text: 'Happy tears in my Reception class today, everyone read their first book.', account: 'personal', policy: FENMOUTH, errors: [{ match: 'my Reception class' }] },
    { text: 'So proud of my Year 4 class at sports day!', account: 'personal', policy: FENMOUTH, errors: [{ match: 'my Year 4 class' }] },
    { text: 'Three lads turned up to the drop-in tonight and stayed for two hours. #youthwork', account: 'personal', policy: FENMOUTH, errors: [{ match: '#youthwork' }] },
  ],
});

// First sight 22 (Aberwen): "my Blwyddyn 2" is a teacher's own Year 2 class, in Welsh.
ruleTester(rule, {
  valid: [{ text: "Our Osian's Blwyddyn 2 class did their first assembly today!", account: 'personal', policy: FENMOUTH }],
  invalid: [{ text: 'Proudest Miss ever today, my Blwyddyn 2 did their first ever assembly.', account: 'personal', policy: FENMOUTH, errors: [{ match: 'my Blwyddyn 2' }] }],
});

// First sight 23 (Northwick): "#CouncilWarden", "#EHOlife" name the poster's council job.
ruleTester(rule, {
  valid: [{ text: 'Night out in town, home by midnight like a responsible adult #NightShift', account: 'personal', policy: FENMOUTH }],
  invalid: [{ text: 'You are on my bodycam, see you in court #CouncilWarden', account: 'personal', policy: FENMOUTH, errors: [{ match: '#CouncilWarden' }] }],
});

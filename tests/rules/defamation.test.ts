import rule from '../../rules/defamation';
import { ruleTester, type Case, type InvalidCase } from '../rule-tester';
import type { PolicyInput } from '../../rules/policy';

// Another council than the corpus one, so nothing leans on Brightwater's names.
const FENMOUTH: PolicyInput = {
  organisation: { name: 'Fenmouth District Council', aliases: ['Fenmouth Council'], domains: ['fenmouth.gov.uk'], officialHandles: ['@FenmouthDC'] },
};
const personal = (text: string, policy: PolicyInput = FENMOUTH): Case => ({ text, account: 'personal', policy });
const council = (text: string, policy: PolicyInput = FENMOUTH): Case => ({ text, account: 'council', policy });

const valid: Array<Case | string> = [
  // Red-team (Kestrel Vale): "that's theft" after a generic agent, generic dumping, a court-reported dumping case.
  personal("Scammers cold-called my dad pretending to be his bank and took £2k – that's theft, plain and simple."),
  council('Residents tell us someone has been dumping rubbish behind the shops on Corn Street. Please report it.'),
  council("Marsh Haulage Ltd pleaded guilty at Fenmouth Magistrates' Court to dumping waste on farmland and was fined £8,000."),
  personal('Women taking over the allotment committee at last 💪'),
  // categories.md "No": general warnings, court-reported convictions, criticism naming no one.
  council('⚠️ Beware of doorstep callers offering cheap driveway or roofing work. Report concerns to Trading Standards.'),
  council('A Fenmouth man was convicted at Fenmouth Magistrates\' Court on 3 June of fly-tipping. He was fined £400 and ordered to pay £250 costs.'),
  council('Harbour Grill Ltd was convicted at Fenmouth Magistrates\' Court of four food hygiene offences and fined £6,000.'),
  council('Tom Reilly of Express Driveways was convicted at Fenmouth Crown Court of fraud and jailed for two years.'),
  council("We've prosecuted Northgate Estates Ltd for failing to protect tenants' deposits. The company was fined £3,000."),
  council('Three men were sentenced at Fenmouth Crown Court yesterday for stealing lead from the church roof.'),
  personal('The 42 bus was late again. Third time this week.'),
  council('Suspect someone is committing council tax or benefit fraud? Report it confidentially at fenmouth.gov.uk/fraud.'),
  personal("PSA: just had a text saying I owe a parcel redelivery fee, with a dodgy link. Don't click these."),
  council('Fraudsters are targeting residents with fake council tax refund texts. Never click the link.'),
  council('Beware of cold callers claiming to be from the council. They are scammers.'),
  council('Our Trading Standards team warns that rogue traders are targeting older residents.'),
  council('Report a rogue trader to Trading Standards on 0113 496 0200.'),
  council("Don't get ripped off: use a Trading Standards approved trader."),
  council("Don't be a victim of fraud. Our scams team can help."),
  council('Careful: fake parking tickets are being left on cars in the Quayside car park. It\'s a scam, don\'t pay.'),
  council('Watch our video on how scammers steal your bank details.'),
  council('Hate crime is never acceptable. Report it to the police or use our online form.'),
  // Victims, not perpetrators.
  council('Police are appealing for information after a bike was stolen from outside Fenmouth Library.'),
  personal('My car was broken into last night and my sat nav was stolen.'),
  personal('My mum was scammed by a man pretending to be from the bank.'),
  personal('My nan got scammed out of £2k by a fake HMRC caller. Please warn your elderly relatives.'),
  personal('Kerrfield Scaffolding had £2k of tools stolen from their yard last week. Please share.'),
  personal('Thanks to PC Gary Lane who caught the man who stole my bike.'),
  personal('Someone nicked my bike from outside Tesco. Gutted.'),
  personal('The thief who took my purse was caught on CCTV. Thanks to the staff at Asda.'),
  council('Emma Clarke won our young citizen award for catching a thief on the bus.'),
  council('Our housing team has helped 40 tenants recover deposits wrongly kept by landlords.'),
  // Idioms and ordinary senses.
  personal('Sarah Jones stole the show at the panto last night!'),
  personal('Rovers nicked a point at the death. Get in!'),
  personal('Fenmouth Rovers stole the win in the 90th minute.'),
  personal('Love this photo of Jenny Walsh stealing a kiss at her wedding.'),
  council('Cover up warm this weekend, temperatures will drop below zero.'),
  personal('Lying in the sun at Fenmouth beach today. Bliss.'),
  personal("Dave's rubbish has been lying about in the garden for weeks."),
  personal('The Fenmouth Players present Oliver! Fagin and his gang of thieves take to the stage this Friday.'),
  council('Liars, cheats and thieves: a history of the Fenmouth smugglers, talk at the library on Tuesday.'),
  // Hedged, questioned, negated or legal process.
  personal('Is Ashdown Roofing a scam? Anyone used them?'),
  personal('I think Fenmouth Taxis might be overcharging, has anyone else noticed?'),
  personal('Allegedly the owner of the chippy has been fiddling his taxes.'),
  council('Gary Hollins has been charged with theft and will appear before magistrates next month.'),
  council('The suspect, a 34-year-old man from Fenmouth, has been arrested on suspicion of theft.'),
  personal('Mike Barton is not a thief, he paid everyone back in full.'),
  council('If you think you have been ripped off by a trader, call Citizens Advice.'),
  // Opinion, praise, politics and generic groups.
  personal('Politicians are all liars anyway.'),
  personal('Labour are liars and the Tories are no better.'),
  personal('The new parking charges at the leisure centre are a rip-off.'),
  personal('Ashdown Roofing did a brilliant job on our roof. Honest, tidy and on time.'),
  personal('Sunrise Builders are the best, no cowboys here.'),
  personal('Great service from Marsh Motors as always, honest lads.'),
  personal('The Riverside scheme is pure fantasy economics from the cabinet.'),
  council('Cllr Derek Moss opened the new play park on Saturday.'),
  council('Jim Reeves is our new fraud officer. He will be investigating benefit fraud across the district.'),
  council('Our new head of finance, Claire Dunn, starts on Monday.'),
  // Impersonated, or the victim: the name is not who did it.
  council('Fraudsters pretending to be from Fenmouth Council are ripping people off with fake grant offers.'),
  council('Criminals posing as Fenmouth Council staff have been scamming elderly residents. Always ask for ID.'),
  council('Scam alert: texts claiming to be from Royal Mail are a scam. Delete them.'),
  personal('Jason Kerr was the victim of a scam and lost £3,000. He wants to warn others.'),
  council("We've had reports of cold callers in Northfield. They have been overcharging for gutter cleaning."),
  council('Congratulations to Westbrook Care Home on their outstanding rating. They have worked so hard.'),
  council('Meet our new fraud investigator, Tom Price. He has spent 10 years catching benefit cheats.'),
  personal('My manager has been brilliant about my flexible working request.'),
  council('Today we launched an anti-bribery training course for all staff.'),
  // Abuse without an allegation is the abuse rule's business.
  personal('@Gazza_FN stop whingeing about your parking ticket, you absolute clown.'),
  personal('Another council meeting wrecked by the independents. Clowns, the lot of them.'),
  // The council's own handle is not a target.
  council('@FenmouthDC is a scam-free zone: we will never ask for your bank details by text.'),
  // Robustness.
  '',
  '🙂🙂🙂',
  'crooks '.repeat(2000),
  'Jason Kerr said '.repeat(300) + 'someone stole my bike.',
  '\u202Eסטולן גנב\u202C @ \uD800 crooks?',
];

const invalid: InvalidCase[] = [
  // Red-team (Stourbridge Vale): taking other people's deposits; forging safety paperwork.
  { ...personal("Heads up, Rob Tanner at Tanner Homes has been pocketing tenants' deposits for years."), errors: [{ match: "pocketing tenants'" }] },
  { ...personal('Karen Doyle at the garage on Pit Lane was forging MOTs for cash, ask anyone.'), errors: [{ match: 'forging MOTs' }] },
  // Named people.
  { ...personal('Jason Kerr from Kerrfield Scaffolding nicked £2k of tools off my mate\'s site last week. Don\'t hire him.'), errors: [{ messageId: 'allegation', match: 'nicked' }] },
  { ...personal('Mike Barton is a paedo and everyone on the estate knows it.'), errors: [{ match: 'paedo' }] },
  { ...personal('Dean Walsh is a convicted fraudster. Look it up before you vote for him.'), errors: [{ match: 'fraudster' }] },
  { ...personal('Cllr Derek Moss is corrupt. He took backhanders from the developer for the Riverside scheme.'), errors: [{ match: 'corrupt' }, { match: 'took backhanders' }] },
  { ...personal('Jenny Walsh is a thief. She nicked my purse at the bingo.'), errors: [{ match: 'thief' }, { match: 'nicked' }] },
  { ...personal('Councillor Ian Shaw lied to residents about the library closure.'), errors: [{ match: 'lied to' }] },
  { ...personal('Ben Fraser has been drink-driving every weekend.'), errors: [{ match: 'drink-driving' }] },
  { ...personal('Karen Doyle from the parish council stole money from the church roof fund.'), errors: [{ match: 'stole' }] },
  { ...personal('Priya Mehta who runs the nail bar on Castle Street is a fraudster.'), errors: [{ match: 'fraudster' }] },
  { ...personal('Rachel Price at number 14 is a benefit cheat. Works cash in hand.'), errors: [{ match: 'benefit cheat' }] },
  { ...personal('Fenmouth Gazette editor Paul Reid is a liar and a racist.'), errors: [{ match: 'liar' }, { match: 'racist' }] },
  { ...personal('Watch out for Craig Dunn at 6 Ferry Lane. He\'s been selling stolen bikes on Marketplace all summer.'), errors: [{ match: 'selling stolen' }] },
  // Businesses.
  { ...personal('Kittiwake Motors clock their cars. Bought one showing 40k with 110k on the history. Crooks. 🚗'),
    errors: [{ match: 'clock their cars' }, { messageId: 'standalone', match: 'Crooks', suggestions: [{ label: 'Remove', output: 'Kittiwake Motors clock their cars. Bought one showing 40k with 110k on the history. 🚗' }] }] },
  { ...personal('Greenway Lettings are thieves, plain and simple.'), errors: [{ match: 'thieves' }] },
  { ...personal('Fenmouth Taxis are a total rip-off.'), errors: [{ match: 'rip-off' }] },
  { ...personal('Avoid Quayside Kitchens like the plague, they\'re crooks.'), errors: [{ match: 'crooks' }] },
  { ...personal('Riverside Plumbing charged me for parts they never fitted.'), errors: [{ match: 'charged me for parts they never fitted' }] },
  { ...personal('Northgate Estates Ltd keep tenants\' deposits and invent damage every time.'), errors: [{ match: "keep tenants' deposits" }] },
  { ...personal('Just found out Westbrook Care Home have been falsifying medication records.'), errors: [{ match: 'falsifying' }] },
  { ...personal('Stay away from Sunrise Builders. They ripped us off for £8k and did a runner.'), errors: [{ match: 'ripped us' }, { match: 'did a runner' }] },
  { ...personal('Can\'t believe Marsh Motors are still trading. They sold my son a car with a fake MOT and lied to his face.'), errors: [{ match: 'sold my son a car with a fake MOT' }, { match: 'lied to' }] },
  { ...personal('Ashdown Roofing took £4,000 off my nan and never came back. Absolute cowboys.'), errors: [{ match: 'took £4,000 off my nan and never came' }, { messageId: 'standalone', match: 'cowboys' }] },
  { ...council("We've ended our grounds contract with Marshgrove Grounds Ltd after finding they'd been falsifying timesheets."), errors: [{ match: 'falsifying' }] },
  { ...council('Gullhaven Cars drivers have been overcharging drunk passengers, so our marshals will be on hand.'), errors: [{ match: 'overcharging' }] },
  { ...personal('Tidewell are liars and they know it.'), errors: [{ match: 'liars' }] },
  // @handles.
  { ...personal('@PrimePavingFN are cowboys. Ripped off my 84-year-old dad for a drive that cracked within a week.'), errors: [{ match: 'cowboys' }, { match: 'Ripped off my' }] },
  { ...personal('@QuickFixRoofFN are cowboy builders. Took a £3,000 deposit off my mum and never came back.'), errors: [{ match: 'cowboy builders' }, { match: 'Took a £3,000 deposit off my mum and never came' }] },
  { ...personal('Hi @DaveTheBuilder22 you took £500 off me for a fence you never built. Thief.'), errors: [{ messageId: 'standalone', match: 'Thief' }] },
  // Described, not named.
  { ...personal('Warning: the owner of Ashdown Garage charged me £600 for a clutch he never replaced. The man is a con artist.'),
    errors: [{ match: 'charged me £600 for a clutch he never replaced' }, { match: 'con artist' }] },
  { ...personal('The treasurer of Saltmarsh Rovers FC has been pocketing the subs money for years.'), errors: [{ match: 'pocketing the' }] },
  { ...personal('The manager at Aldermoor Motors openly refuses to serve Polish customers. He\'s a racist.'), errors: [{ match: 'refuses to serve Polish' }, { match: 'racist' }] },
  { ...personal('The head at St Mary\'s covered up bullying for two years.'), errors: [{ match: 'covered up' }] },
  { ...council('Whoever runs the Quay Street chippy has been passing off frozen pollock as fresh cod.'), errors: [{ match: 'passing off frozen pollock as' }] },
  { ...personal('Whoever owns the Station Road car wash is a crook.'), errors: [{ match: 'crook' }] },
  { ...personal('The owner of the kebab shop on Quay Road sells drugs out the back.'), errors: [{ match: 'sells drugs' }] },
  { ...personal('Steer clear of the burger van on Harbour Parade, the owner has been selling out of date meat for months.'), errors: [{ match: 'selling out of date meat' }] },
  { ...personal('The chippy on Corn Street serves rotten fish, ask anyone.'), errors: [{ match: 'serves rotten fish' }] },
  // Red-team 13 (Castlebrook, Saxonford): ages written "14 yr olds", watered lager, an employer's goods sold on the side, drink on duty.
  { ...personal('the owner of the offy on Dale St is selling vapes to 14 yr olds, everyone knows it'), errors: [{ match: 'selling vapes to 14 yr olds' }] },
  { ...personal('Landlord at the Plough waters down the lager, proper rip off merchant.'), errors: [{ match: 'waters down the lager' }] },
  { ...personal('Gary Holt at the Fenmouth depot has been selling council diesel out of the back gate for months.'), errors: [{ match: 'selling council diesel out of the back' }] },
  { ...personal('The caretaker at Oakfield Primary was drunk on duty again, stinking of it.'), errors: [{ match: 'drunk on duty' }] },
  // Red-team 13 (Penhallow, Greyford): dealing from a van, fake goods from a handle, a roofer's trade name in the plural.
  { ...personal('everyone knows the lad who runs Trevose Kayak Hire on the quay is dealing out the back of his van.'), errors: [{ match: 'dealing out the back of his van' }] },
  { ...personal('@TopFitMo sells fake supplements out of his garage, avoid.'), errors: [{ match: 'sells fake supplements' }] },
  { ...personal('look up Jory Tremayne of St Wenna, took pensioners for thousands with his fake roof repairs'), errors: [{ match: 'took pensioners for thousands' }] },
  { ...personal('AVOID Kwik Roofs. Took £3,200 off my dad for a new roof. Absolute cowboys and con artists.'), errors: [{ messageId: 'standalone', match: 'con artists' }] },
  { ...personal('The landlord of the Ship Inn waters down the beer and everyone knows he fiddles the till.'), errors: [{ match: 'waters down the beer' }, { match: 'fiddles the till' }] },
  { ...personal('The clerk to the parish council has been helping herself to the petty cash.'), errors: [{ match: 'helping herself to' }] },
  { ...personal('That thieving scumbag at 41 Marsh Lane has dumped his old mattress in the lane again.'), errors: [{ match: 'thieving' }, { match: 'dumped his old mattress in the lane' }] },
  { ...personal('My line manager falsified my timesheets to cover her own mistakes.'), errors: [{ match: 'falsified' }] },
  { ...personal('Views my own, but our head of finance at Fenmouth Council has been fiddling his expenses for years.'), errors: [{ match: 'fiddling his expenses' }] },
  { ...personal('Our chief executive has been lining his own pockets with the regeneration budget.'), errors: [{ match: 'lining his own pockets' }] },
  { ...personal('Our caretaker steals from the lost property box.'), errors: [{ match: 'steals' }] },
  { ...personal('EXPOSED: shoddy new builds. Their site manager knowingly signed off houses with no fire stopping.'), errors: [{ match: 'knowingly signed' }] },
  { ...personal('Our new chief exec is a liar and a bully.'), errors: [{ match: 'liar' }] },
  { ...personal('The Ship Inn landlord is a drug dealer, everyone knows.'), errors: [{ match: 'drug dealer' }] },
  { ...personal('Beware of Sunrise Builders, who ripped off my nan last spring.'), errors: [{ match: 'ripped off my' }] },
  { ...personal('My neighbour at number 9 has been fly-tipping in the lane every week.'), errors: [{ match: 'fly-tipping' }] },
  // A pronoun reaches back across sentences, until a generic agent takes over.
  { ...personal('Warning to anyone renting through Lanternhill Lettings. We left the flat spotless. This is not a one-off. They are deliberately stealing deposits.'), errors: [{ match: 'stealing' }] },
  // Works for the corpus council too.
  { text: 'The Conservative group leader on Brightwater Council, Cllr Ryan Hale, took a £5,000 bung from the developer.', account: 'personal', errors: [{ match: 'took a £5,000 bung' }] },
  // Red-team (Kestrel Vale): an ampersand inside a business name, a place between a name and its label,
  // "took the deposit and vanished", "that's fraud" naming the act just described, a possessive object,
  // "the ones dumping", and "corrupt/crooked ... as they come".
  { ...personal('Avoid Sparrow & Finch Estates on the high street – total crooks.'), errors: [{ match: 'crooks' }] },
  { ...personal('Used Pennant Glazing in Fenmouth – complete cowboys.'), errors: [{ match: 'cowboys' }] },
  { ...personal('Booked Quayside Removals for the move. Took the deposit and disappeared.'), errors: [{ match: 'Took the deposit and disappeared' }] },
  { ...personal('@GullviewAutos you billed me twice for one service – that is fraud.'), errors: [{ match: 'that is fraud' }] },
  { ...personal("Mrs Okafor at Fenmouth Academy has been fiddling the trust's accounts."), errors: [{ match: "fiddling the trust's accounts" }] },
  { ...personal('Tom Reilly? Crooked as they come.'), errors: [{ match: 'Crooked as they come' }] },
  { ...personal("Watch out for Harbour Skips Ltd. They're the ones dumping asbestos in Cliff Lane."), errors: [{ match: 'dumping asbestos' }] },
];

ruleTester(rule, { valid, invalid });

// Red-team round 2 (Hollinsford): a job pointed at by its place, a definite business of one trade, "bent".
ruleTester(rule, {
  valid: [
    // Red-team 11 (Dunholme): a role set off by commas, then someone else's words.
    { account: 'personal', text: 'Maureen Platt, secretary of the bowls club, says the new green will open in June.' },
    { account: 'personal', text: 'Dilys Rowe, chair of the gala committee, has been organising the raffle for weeks.' },
    { account: 'personal', text: 'The manager of the garden centre on Mill Road was lovely and carried the compost to my car.' },
    { account: 'personal', text: 'The bus company has confirmed the 7:40 is back on from Monday.' },
    { account: 'personal', text: 'The same firm did our neighbours roof and they were thrilled.' },
    { account: 'personal', text: 'My back is bent double after a day on the allotment.' },
    { account: 'council', text: 'Beware of fraudsters claiming to be from the energy company and asking for bank details.' },
  ],
  invalid: [
    // Red-team 11 (Dunholme): the subject's role in an apposition between the name and the act.
    { account: 'personal', text: 'Keith Arnott, the landlord of the Plough, has been fiddling the till for months.', errors: [{ match: 'fiddling the till' }] },
    { account: 'personal', text: 'Sandra Vowles, treasurer of the allotment society, has been pocketing the rent for years.', errors: [{ match: 'pocketing the' }] },
    { account: 'personal', text: 'The warden of the holiday park at Sandy Cove has been fiddling the books for years.', errors: [{ match: 'fiddling the books' }] },
    { account: 'personal', text: 'The director of housing at Fenmouth took bribes from the developer. Fact.', policy: { organisation: { name: 'Fenmouth District Council', domains: ['fenmouth.gov.uk'] } }, errors: [{ match: 'took bribes' }] },
    { account: 'personal', text: 'The scaffolding firm are a pack of liars, avoid.', errors: [{ match: 'liars' }] },
    { account: 'personal', text: 'Councillor Ormsby is bent and everybody knows it.', errors: [{ match: 'bent' }] },
    { account: 'personal', text: 'Pellow Fish Bar owner has been fiddling his VAT returns for years.', errors: [{ match: 'fiddling his VAT' }] },
    { account: 'personal', text: 'Kernow Skips took our deposit and did a runner.', errors: [{ match: 'took our deposit and did a runner' }] },
  ],
});

// Red-team round 3 (Marlow Vale, Pennmoor): money fiddled with modifiers before it, age-restricted sales to
// children, a handle's staff, and an order to stop lying in a post addressed to a handle.
ruleTester(rule, {
  valid: [
    personal('Please stop lying about your age on the swim form, it only slows the queue down.'),
    council('Shops must not sell vapes to under-18s. Report concerns to Trading Standards.'),
    council('@ParkwayBusCo your drivers have been brilliant during the roadworks, thank you.'),
    personal('Spent the evening fiddling with the allotment rota spreadsheet again.'),
    personal('Our tuck shop is selling to kids at break time again, cakes only 20p!'),
  ],
  invalid: [
    { ...personal('Whole village knows Colin Rudd has been fiddling the church roof fund for years.'), errors: [{ match: 'fiddling the church roof fund' }] },
    { ...personal('That bloke who runs the corner shop on Dene Street sells cigarettes to schoolkids.'), errors: [{ match: 'sells cigarettes to schoolkids' }] },
    { ...council('@SkipSwiftLtd your lads are the ones dumping rubble on Heron Lane. Quit lying to us.'), errors: [{ match: 'dumping rubble' }, { match: 'lying to' }] },
    { ...personal('The landlord of the old coaching inn on Tollgate Road is serving alcohol to 14-year-olds.'), errors: [{ match: 'serving alcohol to 14-year-olds' }] },
  ],
});

// Red-team round 4: titles written in lower case, a civic post with its brief, a venue named after "eat at",
// a quantifier that is not an agent, two labels in one closing sentence, and more ways to say lying and bribery.
ruleTester(rule, {
  valid: [
    personal('the councillor is bent on getting the bypass built, fair play to him'),
    personal('Mr Blobby was on the telly last night and my kids lost it.'),
    personal('We stayed at Wellbeck last week and thieves broke into the car park machine.'),
    personal('Ate at the Silver Birch last night, they did nothing but smile all evening. Lovely staff.'),
    personal("the bloke who fitted our kitchen did nothing but drink tea and crack jokes, some job though, it's gorgeous"),
    council('The cabinet member for transport will answer questions at the meeting on 4 June.'),
    personal('My dad clocked his car outside the chippy and came straight in.'),
  ],
  invalid: [
    { ...personal('mrs okoro is a liar and everyone on the estate knows it'), errors: [{ match: 'liar' }] },
    { ...personal('cllr haddon is bent, always has been'), errors: [{ match: 'bent' }] },
    { ...personal('The portfolio holder for leisure has been trousering backhanders from the gym operator.'), errors: [{ match: 'trousering backhanders' }] },
    { ...personal("Don't drink at the Crown and Feathers, the landlord is a thief and waters the beer down."), errors: [{ match: 'thief' }, { match: 'waters the beer down' }] },
    { ...personal('Darren at Clearview Glazing took a deposit and did nothing but moan for a week. Total liar and a thief.'), errors: [{ match: 'liar' }, { match: 'thief' }] },
    { ...personal('Stay away from Pennock Autos, they lied through their teeth about the service history.'), errors: [{ match: 'lied through their teeth' }] },
    { ...personal('The manager of the Blue Anchor fiddles the food safety records every single week.'), errors: [{ match: 'fiddles the food safety records' }] },
  ],
});

// Red-team round 4: a number plate identifies a driver, and the person described with it.
ruleTester(rule, {
  valid: [
    personal('Has anyone seen a grey van, YK21 PLM? It was stolen from outside the leisure centre last night.'),
    council('A car, AB12 CDE, was damaged in the Quay Street car park overnight. Call 101 with any information.'),
  ],
  invalid: [
    { ...personal('The woman driving the white Transit, LM68 RWT, is the one dumping mattresses behind the garages.'), errors: [{ match: 'dumping mattresses' }] },
    { ...personal('Whoever owns BX19 KLP is a thief, took my bike off the rack this morning.'), errors: [{ match: 'thief' }] },
  ],
});

// Red-team round 5: descriptions and names that point at one person without capitals or a business name, and
// the acts that go with market stalls, scrap yards and car lots.
ruleTester(rule, {
  valid: [
    personal('The man who runs the youth club is a legend, thanks Steve!'),
    personal('We bought the van off Dave for £900, cracking deal.'),
    personal('That parish clerk works so hard for the village.'),
    personal('She skimmed through the report before the meeting.'),
    personal('Residents clocked the new speed cameras on Mill Lane straight away.'),
    personal('The bloke who runs the café on Brook Row has been robbed twice this year, awful.'),
    personal('gary barlow was brilliant at the arena last night'),
    personal('Police warn of scammers selling fake tickets for the Ellerby Town game.'),
    personal('I bought a knock-off handbag at the car boot and I regret nothing'),
    personal('Hard work paid off, we bought off-plan in the end!'),
  ],
  invalid: [
    { ...personal('the woman on the cheese stall at thornby market is a liar, swapped my change'), errors: [{ match: 'liar' }] },
    { ...personal('Baz at Fenway Salvage buys stolen lead off the estate kids, no questions asked.'), errors: [{ match: 'buys stolen' }] },
    { ...personal('Our ward councillor Mr Hebden was bought off by the supermarket, plain as day.'), errors: [{ match: 'was bought off' }] },
    { ...personal('Mr Whitlow waved it through after a dinner with the developer. Bribery, pure and simple.'), errors: [{ match: 'Bribery, pure and simple' }] },
    { ...personal('avoid that letting agent tina marsh, she is a crook and kept two months rent'), errors: [{ match: 'crook' }] },
    { ...personal('Watch the meeting back. Cllr Fenn again, and this is the man who has been padding his expenses claims.'), errors: [{ match: 'padding his expenses' }] },
    { ...personal('The chap who owns the ice cream van on the prom is a con man, short changes every kid.'), errors: [{ match: 'con man' }] },
    { ...personal('Leanne at Bridge Street Salon has been skimming from the till for ages'), errors: [{ match: 'skimming from the till' }] },
    { ...personal('The lad who runs Moorside Autos clocked my van before he sold it'), errors: [{ match: 'clocked my van' }] },
    { ...personal('That club treasurer has been helping himself to the bar takings.'), errors: [{ match: 'helping himself to' }] },
    { ...personal('Trev at Quayside Cars sold my son a motor with forged service history.'), errors: [{ match: 'sold my son a motor with forged service history' }] },
    { ...personal('wayne pickering fiddles his mileage every single month'), errors: [{ match: 'fiddles his mileage' }] },
  ],
});

// Red-team round 6 (coastal borough): local office holders pointed to by role, passing goods off, fiddled precepts.
ruleTester(rule, {
  valid: [
    personal('Our harbourmaster did a brilliant job clearing the slipway after the storm.'),
    personal('The fishmonger on Wharf Street sells local crab as well as mackerel.'),
    personal('We sell our duck eggs as free range from the honesty box at the gate.'),
    personal('The only con with the new car park is the walk to the beach.'),
    personal('It was a proper con job getting the kayak on the roof rack.'),
  ],
  invalid: [
    { ...personal('Their harbour-master takes backhanders from the yacht club, always has.'), errors: [{ match: 'takes backhanders' }] },
    { ...personal('Our postmistress has been fiddling the pension books for months.'), errors: [{ match: 'fiddling the pension' }] },
    { ...personal('The fishmonger at Wharf Street passes off farmed salmon as locally caught.'), errors: [{ match: 'passes off farmed salmon as locally caught' }] },
    { ...personal('Porthgwyn Smokehouse sells Norwegian fish as Cornish, everyone round here knows.'), errors: [{ match: 'sells Norwegian fish as Cornish' }] },
    { ...personal('@CoveParishClerk is fiddling the village precept again.'), errors: [{ match: 'fiddling the village precept' }] },
    { ...personal('Sandbar Surf Hire charged me double for a torn board. Proper con.'), errors: [{ match: 'Proper con' }] },
  ],
});

// Red-team round 8 (Caldermoor): a described owner whose verb compromise reads as a plural noun, a staff noun
// compounded with a business name, and vehicle-test fiddles.
ruleTester(rule, {
  valid: [
    personal('The woman who runs Hebden Florists on Market Street grows the best sweet peas.'),
    personal('Some taxi drivers overcharge tourists, so agree the fare first.'),
    council('@NorthgateCabs drivers have been great during the snow, thank you all.'),
    personal('Spent Sunday fiddling with the tachograph settings on the minibus.'),
  ],
  invalid: [
    { ...personal('The lad who owns Brisco Motors on Tanner Row fiddles the MOT certs for a tenner.'), errors: [{ match: 'fiddles the MOT' }] },
    { ...personal('The woman who runs the Lapwing Cafe on Mill Hill pockets the charity tins.'), errors: [{ match: 'pockets the' }] },
    { ...personal('@RapidRideCabs drivers overcharge anyone with a suitcase.'), errors: [{ match: 'overcharge' }] },
    { ...personal('Dunmore Haulage have been fiddling their tachographs for years.'), errors: [{ match: 'fiddling their tachographs' }] },
  ],
});

// Red-team round 9 (Ferncastle): a trader pointed at by stall and place ("outside", "opposite", "next to", "at the"),
// what a person sells and where, arson and "a front for", a business suffix with a possessive, an impersonated name.
ruleTester(rule, {
  valid: [
    personal('The woman on the flower stall opposite Kelby station always gives us a free sprig of lavender.'),
    personal('The lad selling churros at the Winter Market was so friendly, go say hi.'),
    council('Texts claiming to be from Fenmouth District Council are going round asking for card details. This is a scam.'),
    personal('Firefighters say someone set fire to a bin on Quarry Lane overnight.'),
    personal('Our scouts will light the fires for the bonfire night bake-off at 6pm.'),
  ],
  invalid: [
    personal('The bloke on the veg stall outside Kelby station short-changes everyone and fiddles his till.'),
    personal('The lad running the phone stall at the Sunday Market is flogging counterfeit chargers.'),
    personal('That massage parlour next to the Co-op on Dock Road is a front for people trafficking.'),
    personal('Wrenfield Facilities\' manager is pocketing the estate cleaning money.'),
    personal('The lad at 4 Heron Close keeps setting fire to the communal bins.'),
  ].map((c, i) => ({ ...c, errors: [[{ match: 'short-changes' }, { match: 'fiddles his till' }], [{ match: 'flogging counterfeit' }], [{ match: 'a front for people trafficking' }], [{ match: 'pocketing the' }], [{ match: 'setting fire to' }]][i] })),
});

// Red-team round 10 (Northmoor): a label that opens a sentence and then warns people off the business named before.
ruleTester(rule, {
  valid: [
    personal('Had Pike & Sons Plumbing round for the boiler. Total legends, would recommend them to anyone.'),
    personal('Texts pretending to be from the DVLA are going round. Total scam, never click the link.'),
  ],
  invalid: [
    { ...personal('Booked Ashgrove Paving for the drive and they vanished with the deposit. Absolute cowboys - steer well clear.'), errors: [{ match: 'cowboys' }] },
    { ...personal('Got a quote from Marsden Motors for the clutch. Utter crooks, never use them.'), errors: [{ match: 'crooks' }] },
  ],
});

// Red-team round 10 (Bryncastell): a name the name list does not know, with a role phrase between it and the act.
ruleTester(rule, {
  valid: [personal('Volunteers at the food bank have been collecting tins all week.')],
  invalid: [{ ...personal('Iolo Bevan from the bowls club has been pocketing the raffle money.'), errors: [{ match: 'pocketing the' }] }],
});

// Red-team round 10 (Inverbrae): hitting children and vandalism said of a named or described person; a school after the name is where they are.
ruleTester(rule, {
  valid: [personal('The gales smashed the bus shelter on Main Street again.'), personal('Our under-11s beat the kids from Ashfield 3-1 on Saturday.')],
  invalid: [
    { ...personal('The bloke who runs the soft play on Dock Road slaps the kids when he thinks no one is watching.'), errors: [{ match: 'slaps the kids' }] },
    { ...personal('Connor Walsh in Year 10 at Fenmouth High vandalised the war memorial last night.'), errors: [{ match: 'vandalised the war memorial' }] },
  ],
});

// Txt-speak aimed at a handle ("u r", "ur", "u lot r"); a role at a venue named in lower case; a label that opens a
// sentence and then says what the business did.
ruleTester(rule, {
  valid: [
    personal('@SeaviewTaxis u r stars, got me to the airport on time'),
    personal('u lot r scammers if u fall for those parcel texts'),
    personal('@Dockside ur not crooks, just slow'),
    personal('the manager at the time was a crook apparently, long gone now?'),
    personal('Cowboy builders – took a deposit off my neighbour. Beware.'),
  ],
  invalid: [
    { ...personal('@QuayKebabs charged me twice again, u r crooks'), errors: [{ match: 'crooks' }] },
    { ...personal('@CliffTopCars ur thieves the lot of u'), errors: [{ match: 'thieves' }] },
    { ...personal('@MarshMotors u lot r liars, no warranty my foot'), errors: [{ match: 'liars' }] },
    { ...personal('the manager at the swan is a thief dont drink there'), errors: [{ match: 'thief' }] },
    { ...personal('Had Dalton Plumbing out last month. Cowboys, charged me double and left a leak.'), errors: [{ match: 'Cowboys' }] },
  ],
});

// Red-team 12 (Oakhurst): "the owner" or "the landlord" of a business named, in capitals, in the sentence before.
ruleTester(rule, {
  valid: [
    personal('Lovely lunch at Harbour Lights Bistro. The owner is moving to Spain next year.'),
    personal('Walked up to Castle Hill Lane today. The owner of the dog was lovely.'),
    personal('Had a pint at the Fox and Hounds. Apparently the landlord is being investigated, but who knows.'),
    personal('Try Golden Dragon on Mill Road. The owner is lovely and the food is fresh.'),
    personal('The corner shop sold out of date order books, apparently. Bargain.'),
    council('Fenmouth District Council is selling surplus council equipment at auction next week.'),
    personal('Dave Smith was on duty at the gala all day, drinking tea with the stewards.'),
    personal('Dave Smith took us for a ride in his new car, then took the kids for hundreds of laps round the track.'),
  ],
  invalid: [
    { ...personal('Everyone raves about Golden Wok on Mill Street. Truth is the owner has been stealing from his staff for years.'), errors: [{ match: 'stealing' }] },
    { ...personal('Booked a room at Kingfisher Lodge once. The landlord is a fraudster.'), errors: [{ match: 'fraudster' }] },
    // A name compromise reads as a command at the sentence start ("Spice"), and a name after a real command ("Avoid").
    { ...personal('Saffron House on Bridge Street is a joke, the owner has been lying to customers about the hygiene rating.'), errors: [{ match: 'lying to' }] },
    { ...personal('Avoid Lotus Garden on Chapel Road, the manager has been lying about where the chicken comes from.'), errors: [{ match: 'lying about' }] },
  ],
});

// Red-team 12 (Lyndhurst Vale): a butcher's or deli's name is a business; meat sold under a false label is fraud.
ruleTester(rule, {
  valid: [personal('Harbour Deli sells beef labelled as grass-fed and it is, we checked the farm ourselves.')],
  invalid: [{ ...personal('Our tests show Marsh Lane Meats has been selling pork labelled as halal.'), errors: [{ match: 'selling pork labelled as halal' }] }],
});

// Red-team 14: allegations told in everyday words. Bribery as greased palms, benefit and tenancy fraud, pay under the
// minimum wage, driving uninsured or drunk, illegal workers, anything done "illegally", a rigged vote, a poisoned pet,
// "a drunk", "dodgy as hell"; a label closing a sentence that opened on the name; a hyphenated shop name.
ruleTester(rule, {
  valid: [
    personal('Drink driving ruins lives. Don\'t do it this Christmas.'),
    council('Illegally parked cars on Quay Road will be ticketed from Monday.'),
    personal('Clocks go back on Sunday, so the clock was wound back an hour.'),
    personal('Mike Dean fixed the results board at the gala after the wind knocked it over.'),
    personal('Sally Jones is a proper drunk after two glasses of prosecco 😂'),
    personal('Our volunteers greased the palms of their hands before the pancake race.'),
    council('Claiming benefits while working? Report benefit fraud on 0800 854 440.'),
    personal('Kevin Price built the bus shelter without a hitch.'),
    personal('Asha Green pays her staff well above the living wage.'),
    personal('Pete Walsh told me about the bogus callers round Elm Street, total scam artists, whoever they are?'),
  ],
  invalid: [
    { ...personal('Everyone knows Dai Probert greased a few palms to get that extension through.'), errors: [{ match: 'greased a few palms' }] },
    { ...personal('Gary Lomax has been claiming benefits for years while working at the scrapyard.'), errors: [{ match: 'claiming benefits for years while working' }] },
    { ...personal('The bloke who runs Kebab King on Station Road sublets his council flat to students.'), errors: [{ match: 'sublets his council flat' }] },
    { ...personal('Sharon Tate at the Red Lion pays her bar staff £5 an hour, well under minimum wage.'), errors: [{ match: 'pays her bar staff £5 an hour, well under minimum wage' }] },
    { ...personal('Mick Hanlon drives round with no insurance, everyone knows it.'), errors: [{ match: 'drives round with no insurance' }] },
    { ...personal('Connolly Builders employ illegal workers and pay them peanuts.'), errors: [{ match: 'employ illegal workers' }] },
    { ...personal('Hargreaves Farm has been spreading slurry illegally on the common again.'), errors: [{ match: 'spreading slurry illegally' }] },
    { ...personal('Cllr Bev Hollis fixed the planning vote for her brother-in-law.'), errors: [{ match: 'fixed the planning vote' }] },
    { ...personal('Everyone in the village knows Alan Dobbs poisoned next door\'s dog.'), errors: [{ match: "poisoned next door's dog" }] },
    { ...personal('That Jim Rafferty is a drunk, he turns up to committee plastered.'), errors: [{ match: 'a drunk' }] },
    { ...personal('Tony at Bright Smile Dental is dodgy as hell.'), errors: [{ match: 'dodgy as hell' }] },
    { ...personal('Steve at Quality Cars sold me a car with a wound back clock.'), errors: [{ match: 'sold me a car with a wound back clock' }] },
    { ...personal('Pete Walsh at the garage is a total rip off merchant.'), errors: [{ match: 'rip off merchant' }] },
    { ...personal('Pete Walsh at the garage charged me for brakes I never needed, total rip off merchant.'), errors: [{ match: 'charged me for brakes I never needed' }, { match: 'rip off merchant' }] },
    { ...personal('Pete Walsh at the garage told me my brakes were shot, total rip off merchant.'), errors: [{ match: 'rip off merchant' }] },
    { ...personal('The manager of the Co-op on High St is a known racist.'), errors: [{ match: 'racist' }] },
    { ...personal('Dave at Quay Motors slipped the inspector a backhander to pass the MOT.'), errors: [{ match: 'slipped the inspector a backhander' }] },
  ],
});

// First sight 14 (Otterbury): a common noun opening the sentence with nothing after the act is what was taken.
ruleTester(rule, {
  valid: [personal('Quad nicked out the yard again last night. Third one in two years.'), personal('Bike stolen from outside the library.')],
  invalid: [{ ...personal('Kwikfit stole my wheel nuts.'), errors: [{ match: 'stole' }] }],
});

// First sight 14 (Westhaven, Otterbury): insinuated corruption needs someone pointed at, a favour only an insider hands
// out, and a nudge to the reader; praise or a favour to no one keeps clean. Also ripping off "the pensioners", letting
// what one has no right to let, taking deposits and not turning up, taking a neighbour's post.
ruleTester(rule, {
  valid: [
    personal('Funny how the rain always comes on bin day.'),
    personal('Funny how Tesco got their extension approved so fast, well done to them.'),
    personal('Funny how the planning committee approved it after all the fuss.'),
  ],
  invalid: [
    { ...personal("Funny how the roof job has gone to the parish clerk's brother-in-law for the third time running. Draw your own conclusions."), errors: [{ messageId: 'insinuation', match: 'Funny how' }] },
    { ...personal("Funny how the group leader's nephew got the beach catering contract without it going out to tender."), errors: [{ messageId: 'insinuation', match: 'Funny how' }] },
    { ...personal('funny how a certain builder always seems to know which sites are getting permission before the rest of us do.'), errors: [{ messageId: 'insinuation', match: 'funny how' }] },
    { ...personal("Stay away from Marsh Lane Motors. He's been ripping off the pensioners in this town for years."), errors: [{ match: 'ripping off the pensioners' }] },
    { ...council('The owner of Seaspray Amusements has been taking cash for pitches on the Green that he has no right to let.'), errors: [{ match: 'has no right to let' }] },
    { ...council('Coastline Roofing has been taking deposits from residents and not turning up to do the work.'), errors: [{ match: 'taking deposits from residents and not turning up' }] },
    { ...personal("Yes it's Carol Danby next door who's been taking my post out of the box."), errors: [{ match: 'taking my post' }] },
  ],
});

// First sight 15 (Hollowmere, Stainby, Carrick): a firm paid upfront that "has not been back since"; "a certain fish
// merchant" pointed at and weighing light; expenses claimed for meetings never attended; a contract handed to a
// relative's firm; "got done for drink driving"; a hint of danger to children about the man the post points at; an
// opening label carried on by a pronoun. Good builders "back since" to check, and a dog near children, keep clean.
ruleTester(rule, {
  valid: [
    personal('Lovely builders, been back since to check everything is fine.'),
    personal("I wouldn't leave my kids alone with a dog, any dog."),
  ],
  invalid: [
    { ...personal('Paid a £2,400 deposit to Thrushcombe Driveways. They dug up her front garden and have not been back since.'), errors: [{ match: 'have not been back since' }] },
    { ...personal('Not naming names but a certain fish merchant on the quay with the blue van has been weighing light for years.'), errors: [{ match: 'weighing light' }] },
    { ...personal('Cllr Tobias Okonjo has been claiming mileage for meetings he never went to.'), errors: [{ match: 'claiming mileage for meetings he never went' }] },
    { ...personal("Cllr Pennock quietly handed the café contract at the new hub to his wife's catering firm."), errors: [{ match: "handed the café contract at the new hub to his wife's" }] },
    { ...personal("It's the bloke from 6 Chapel Terrace, the one who got done for drink driving last year."), errors: [{ match: 'got done for drink driving' }] },
    { ...personal("The man who runs the tutoring centre on Broad Street left very suddenly last year. I wouldn't leave my children alone with him."), errors: [{ messageId: 'insinuation', match: "wouldn't leave my children alone with him" }] },
    { ...personal('Avoid Tremayne Roofing. Total cowboys, he has done the same to three other houses on our road.'), errors: [{ match: 'cowboys' }] },
  ],
});

// First sight 14 (Pellbridge): serving alcohol to children written without "to"; disposable vapes sold to kids. A school
// kitchen serving children breakfast keeps clean.
ruleTester(rule, {
  valid: [council('Our school kitchen team has been serving kids free breakfast all week.')],
  invalid: [
    { ...personal('The landlord at the Crown & Anchor on Wexley St has been serving 15 yr olds every friday for months.'), errors: [{ match: 'serving 15 yr olds' }] },
    { ...personal('@CloudNineVapesPB selling disposables to kids still in their school uniform every afternoon.'), errors: [{ match: 'selling disposables to kids' }] },
  ],
});

// First sight 16 (Oldcastle, Tidewell, Marchbury): money taken "n never came back" or for goods "that never turned up";
// deposits kept "all three of"; "refused to give it back"; lied through their teeth; a hand in the precept; sick pay
// with cash-in-hand work on the side; bookings taken for property the firm does not own; a label opening a sentence
// carried on by "and ... he's"; a label after a copula past a "with ..." description; "the new chair" as one person;
// insinuations by kin of the person just named ("her brother-in-law"), "funny that" and "looking after their own". A
// dog that has done a runner, kin who did well, and a trade that "never came back" with the money unsaid keep clean.
ruleTester(rule, {
  valid: [
    personal("Our Bramble's done a runner again up by the reservoir, springer spaniel, answers to Bram. Shout if you see her!"),
    personal("Cllr Harding opened the fete. Her brother-in-law got the best-in-show rosette for his marrows, well done to him."),
    personal('Booked Dalby Glazing in March and they never came back to quote. Went elsewhere in the end.'),
    personal('The new chair of the allotment society is lovely, she brought cake to the AGM.'),
  ],
  invalid: [
    { ...personal('@BrightStarPaving took £2,300 off my dad for a new drive n never came back.'), errors: [{ match: 'took £2,300 off my dad for a new drive n never came' }] },
    { ...personal('Marek Sobczak of Sobczak Joinery took £4k off us for oak doors that never arrived.'), errors: [{ match: 'took £4k off us for oak doors that never arrived' }] },
    { ...personal('The agent on Quay Road kept all four of our deposits and blamed us for the mould.'), errors: [{ match: 'kept all four of our deposits' }] },
    { ...personal('Fellside Lodges cancelled our booking a week before and flat out refused to give the money back.'), errors: [{ match: 'flat out refused to give the money back' }] },
    { ...personal('Cllr Brennan lied through his teeth at the scrutiny meeting about the library figures.'), errors: [{ match: 'lied through his teeth' }] },
    { ...personal('The new treasurer at the bowls club has had her fingers in the kitty since Easter.'), errors: [{ match: 'fingers in the kitty' }] },
    { ...personal("Dean Pickles at 4 Slack Lane is on the sick with his knee but he's doing roofing jobs cash in hand all week."), errors: [{ match: "on the sick with his knee but he's doing roofing jobs cash in hand" }] },
    { ...council('Moorview Holidays Ltd has been taking deposits for cottages it does not own. Please do not book with them.'), errors: [{ match: 'taking deposits for cottages it does not own' }] },
    { ...personal("Beware Hilltop Roofing. Absolute cowboys and we're not the only street they've done it to."), errors: [{ match: 'cowboys' }] },
    { ...personal('The landlord on Kenworth Road with the three HMOs is a total crook.'), errors: [{ match: 'crook' }] },
    { ...personal('Cllr Ashworth keeps telling us money is tight. Funny how his nephew got the café contract at the new leisure centre.'), errors: [{ messageId: 'insinuation', match: 'Funny how' }] },
    { ...personal('Two lunches with a certain planning officer and the enforcement has vanished. Funny that.'), errors: [{ messageId: 'insinuation', match: 'Funny that' }] },
    { ...personal('Cllr Royle voted the skatepark down. Meanwhile his son is selling plots to developers by the river. Looking after their own as usual.'), errors: [{ messageId: 'insinuation', match: 'Looking after their own' }] },
  ],
});

// First sight 17 (Brackwater, Kirkhope, Norbridge): "he's been taking backhanders" after "when"; "the woman at number
// 14 ..." and "It's fraud, pure and simple"; a clocked car sold; "flat out lied"; "barefaced lies" about "the clerk";
// robbing families blind and billing for hours nobody works; fuel on the council's account; a certain councillor's
// daughter-in-law given the best pitch. A clerk at the post office, a runner's time, and a grandparent robbed by
// strangers keep clean.
ruleTester(rule, {
  valid: [
    personal('The clerk at the post office was so helpful with my passport form.'),
    personal('Knocked two minutes off my 10k time this morning!'),
    personal('Some scumbags robbed my grandad blind on the doorstep, please warn your older neighbours.'),
  ],
  invalid: [
    { ...personal("Cllr Pryce stood up at scrutiny when he's been taking backhanders from the developer for years."), errors: [{ match: 'taking backhanders' }] },
    { ...personal("The man at number 9 Tern Road is on the sick but he's roofing every weekend. It's fraud, pure and simple."), errors: [{ match: "It's fraud" }] },
    { ...personal('@CoastwayCars sold me a clocked Focus, 30k wound back on the clock.'), errors: [{ match: 'sold me a clocked' }] },
    { ...personal('Cllr Rowe and his group flat out lied about the library budget.'), errors: [{ match: 'flat out lied' }] },
    { ...personal('The clerk told the whole meeting the hall was fully booked – barefaced lies.'), errors: [{ match: 'barefaced lies' }] },
    { ...personal('Stay away from Meadowbank Lodge, they are robbing families blind.'), errors: [{ match: 'robbing families blind' }] },
    { ...personal("Dean from the depot has been filling up his own van on the council's fuel card for years."), errors: [{ match: "filling up his own van on the council's fuel card" }] },
    { ...personal("Funny how the best market pitch went to a certain councillor's nephew the week the rules changed."), errors: [{ messageId: 'insinuation', match: 'Funny how' }] },
  ],
});

// First sight 18 (Quarrington, Saltcote, Redbarrow) and Brackwater: hygiene allegations about a named takeaway; a care
// home leaving residents in wet beds; "siphoning the gate money"; "robbing the tills"; "apparently" repeating a rumour
// as fact; "she's" still the councillor after "the kids"; a firm named before "agency" or "place"; "thiefs"; a label
// heading a warning ("Cowboy builders alert ⚠️ RJ Roofing"); "your van" in a reply; "the kebab place on ..."; faked
// results. A pet
// left in a car, a care home praised, a general scam alert and a plural group meant by "they" keep clean.
ruleTester(rule, {
  valid: [
    personal("Please don't leave your dog in a hot car this weekend."),
    personal('The carers at Oak House never left my mum without a drink, brilliant place.'),
    personal('Scam alert: texts claiming to be from Royal Mail are doing the rounds again.'),
    personal('Went to a Chinese place on the high street last night, lovely food.'),
    personal('Cllr Hale met the tenants on Friday. They were told the lifts had been fixed, but they have been lied to before.'),
  ],
  invalid: [
    { ...personal("funny how the kebab place on Ferry Approach got 5 stars for hygiene. someone's palm got greased"), errors: [{ messageId: 'insinuation', match: 'funny how' }] },
    { ...personal("Cllr Hodan Warsame told the kids it wasnt closing. Now the site's going to the developers and she's been taking backhanders off them."), errors: [{ match: 'taking backhanders' }] },
    { ...personal("Apex Education Recruitment STILL bill the school for the full day. They're fiddling the timesheets."), errors: [{ match: 'fiddling the timesheets' }] },
    { ...personal("Sharon who manages the Larkhill hub has been suspended. apparently she's been fiddling her mileage for 2 years."), errors: [{ match: 'fiddling her mileage' }] },
    { ...personal('Be careful with FenStaff agency in Saltcote. They take money from our pay. They are thiefs.'), errors: [{ match: 'thiefs' }] },
    { ...personal('£30/hr, way cheaper than that Brainbox place on Grange Rd who charge £55 and fake their results.'), errors: [{ match: 'fake their results' }] },
    { ...personal("@dazzaQ88 we've all seen your van dumping mattresses on Slag Lane."), errors: [{ match: 'dumping mattresses' }] },
    {
      ...personal('I wouldnt eat at the Golden Dragon on Station Road again. They defrost the chicken in the sink over night and use the same oil for weeks.'),
      errors: [{ match: 'defrost the chicken in the sink' }, { match: 'use the same oil for weeks' }],
    },
    { ...personal('My cousin works at Fenview Care Home and they leave residents in wet beds all night.'), errors: [{ match: 'leave residents in wet beds' }] },
    { ...personal('Cowboy builders alert ⚠️ RJ Roofing took £2,000 cash off my mam.'), errors: [{ match: 'Cowboy builders' }] },
    { ...personal("@mark_hesketh_rb everyone knows you've been robbing the tills at work."), errors: [{ match: 'robbing the tills' }] },
    { ...personal('Everyone at the club knows Gary Platt has been siphoning the gate money off for years.'), errors: [{ match: 'siphoning the gate money' }] },
  ],
});

// First sight 18, second look: an emoji then "And we've all seen ..." starts a clause the "maybe if" before it does not
// reach; "make of that what you will" and "put it that way" hint as "draw your own conclusions" does; the one sacked
// "for robbing the tills" did it. A hedge after an emoji still hedges, and someone sacked for a small thing, unnamed,
// or a named person fined at court, keep clean.
ruleTester(rule, {
  valid: [
    personal('I think 🤔 Dave Smith is a crook'),
    personal('My mate got sacked for stealing a sandwich, harsh.'),
    personal("Dave Smith got fined for fly-tipping at Brightwater Magistrates' Court."),
  ],
  invalid: [
    {
      ...personal("@dazzaQ88 maybe if you put your bin out on the right day you'd be less cross 🙃 And we've all seen your van dumping mattresses on Slag Lane."),
      errors: [{ match: 'dumping mattresses' }],
    },
    {
      ...personal("The drainage contract went to Marshland Civils though they came third. Their MD and our head of service go back a long way, put it that way."),
      errors: [{ messageId: 'insinuation', match: 'put it that way' }],
    },
    { ...personal('@mark_hesketh_rb everyone knows you got sacked from Tesco for robbing the tills.'), errors: [{ match: 'robbing the tills' }] },
  ],
});

// First sight 19 (Pendleford, Marrowby, Ashenford): a landlord who keeps everyone's deposit; "Think on." after a
// councillor's husband's firm got a contract; a leader's mate's hotel; a licence renewal waved through; sewage pumped
// into a brook by a park's operator; "lie through his teeth", "in the contractor's pocket"; a chippy "at the top of Fore
// Street" reusing oil; droppings found at a certain takeaway; ripping off the county; billing twice for the same work;
// "a flat-out liar"; a business named "... Marine" or "... Surfacing"; "theyve" without its apostrophe. Droppings in
// one's own shed, a hyphenated word elsewhere, and a contract that went out to tender keep clean.
ruleTester(rule, {
  valid: [
    personal('Found mouse droppings in my shed again, any tips?'),
    personal('Dave Smith went to the bring-and-buy and said the cake stall were lovely.'),
    personal('The grounds contract went out to tender in March and Greenways won it. Think on.'),
  ],
  invalid: [
    { ...personal('Anyone renting off the bloke who owns the flats over the Co-op on Victoria St, be careful, he keeps everyones deposit.'), errors: [{ match: 'keeps everyones deposit' }] },
    { ...personal("Cllr Sutcliffe can post all the selfies she likes. Her husband's firm got the grounds contract without it ever going to tender. Think on."), errors: [{ messageId: 'insinuation', match: 'Think on' }] },
    { ...personal("Funny how the Independents found £400k for a car park right next to their leader's mate's hotel."), errors: [{ messageId: 'insinuation', match: 'Funny how' }] },
    { ...personal('The operator of Sunnydene Holiday Park has been pumping raw sewage into the brook for years.'), errors: [{ match: 'pumping raw sewage into the brook' }] },
    { ...personal("Watch Cllr Gareth Hollins lie through his teeth at 14:20. Everyone knows he's in the contractor's pocket."), errors: [{ match: 'lie through his teeth' }, { match: "in the contractor's pocket" }] },
    { ...personal("The chippy at the top of Fore Street is reusing last week's oil."), errors: [{ match: "reusing last week's oil" }] },
    { ...personal("Not naming names but a certain takeaway on Bury Rd... next to the bookies 👀 mouse droppings IN the rice bins today"), errors: [{ match: 'mouse droppings' }] },
    { ...personal('Quarrow Plant Hire delivered light again, theyve been ripping off the county for years.'), errors: [{ match: 'ripping off the county' }] },
    { ...personal('Ambleworth Surfacing botched Chalk Lane and then billed the county twice for the same stretch.'), errors: [{ match: 'billed the county twice for the same' }] },
    { ...personal('The area highways officer for Stallford is a flat-out liar.'), errors: [{ match: 'liar' }] },
    { ...personal('Harbourside Marine sold me a dud engine. Took my money and won\'t answer the phone. Crooks, the lot of them.'), errors: [{ messageId: 'standalone', match: 'Crooks' }] },
  ],
});

// First sight 19, second look (Pendleford): a post addressed "to the tosser who keeps dumping mattresses ..." that then
// gives the van's number plate. Addressed to someone nobody can identify, it keeps clean.
ruleTester(rule, {
  valid: [personal('To the person who keeps dumping rubbish behind the garages, please stop.'), personal('To the man who stole my bike outside Tesco, I hope you enjoy it.')],
  invalid: [
    {
      ...personal('to the tosser who keeps dumping mattresses behind the garages on Moss Lane. got your reg off my doorbell cam, YE68 KRT.'),
      errors: [{ match: 'dumping mattresses' }],
    },
  ],
});

// First sight 20 (Tynemouth, Fenbridge, Oakhampton): money taken "for a job he never finished"; a pub watering the
// Guinness down and serving after hours; a taxi boss lending his plates out; a neighbour "on the sick ... but she's out
// every night"; "ye got lifted for robbing the supporters club kitty"; a firm that "did half the drive and did one"; a
// favour and the councillor's kin told in the sentences around "Brown envelopes". A lent book, a club's kitty spent on a
// party, and someone genuinely off sick keep clean.
ruleTester(rule, {
  valid: [
    personal('Lent my neighbour my ladders, still waiting for them back 😂'),
    personal('The supporters club kitty paid for the Christmas party, thanks all!'),
    personal('Dave at work is on the sick with his back, get well soon mate.'),
  ],
  invalid: [
    { ...personal('DO NOT use Gary Pattison for roofing. Took £1800 off my sister up front for a job he never finished.'), errors: [{ match: 'Took £1800 off my sister up front for a job he never finished' }] },
    { ...personal("Avoid The Ship Inn on the Fish Quay. They're watering the Guinness down."), errors: [{ match: 'watering the Guinness down' }] },
    { ...personal('The fella who runs the taxi office on Front Street has been lending his plates out to lads with no badge.'), errors: [{ match: 'lending his plates' }] },
    { ...personal("Mrs Dunn at number 8 Tanners Row is on the sick with her back but she's out dancing every night."), errors: [{ match: "on the sick with her back but she's out" }] },
    { ...personal('@ShieldsFerryFan everyone knows ye got lifted for robbing the supporters club kitty'), errors: [{ match: 'robbing the supporters club kitty' }] },
    { ...personal('Cheaper than Shine Bros, who charged my neighbour £300, did half the drive and did one.'), errors: [{ match: 'did half the drive and did one' }] },
    {
      ...personal("Planning officers recommended refusal and it got overturned behind closed doors. Cllr Aisha Rahman's brother-in-law's firm. Brown envelopes all round."),
      errors: [{ messageId: 'insinuation', match: 'Brown envelopes' }],
    },
  ],
});

// First sight 20 (Wrexley): "There are some cowboy builders about" warns about no one; a named firm still is someone.
ruleTester(rule, {
  valid: [personal('Get three quotes. There are some cowboy builders about.')],
  invalid: [{ ...personal('Hartley Roofing are cowboys.'), errors: [{ match: 'cowboys' }] }],
});

// First sight 20 (Oakhampton): a clearance firm taking cash and "dumping it on Larkmoor Lane"; a developer that "kept it
// from every single buyer". Dumping it on the tip, and a surprise kept from the kids, keep clean.
ruleTester(rule, {
  valid: [personal('Cleared the garage and took the lot to the tip, dumping it in the right skips for once.'), personal('We kept it from the kids until Christmas morning.')],
  invalid: [
    { ...council("Please don't hand your rubbish to Vale Skip & Clearance. They've been taking cash off residents and dumping it on Larkmoor Lane."), errors: [{ match: 'dumping it on' }] },
    { ...personal('Bramwell Homes knew the site flooded in 2019 and kept it from every single buyer.'), errors: [{ match: 'kept it from every single buyer' }] },
  ],
});

// A warning that names who to avoid and tells, in the writer's own words, what they did (lib/defamation-warnings.ts):
// no allegation phrase is needed, but the warning must point at an identifiable target and the post must tell of
// wrongdoing as fact. A place to avoid, a queue, a general scam warning, a question and a hedged story stay clean.
ruleTester(rule, {
  valid: [
    personal('Avoid Greggs on Market Street at lunchtime, the queue is out the door.'),
    council('Please avoid Town Quay this weekend, the lifeboat display is on and parking is limited.'),
    council('Beware of doorstep callers claiming to be from Anglian Water. They took £300 cash off a pensioner in Hythe.'),
    personal('Should I avoid Harbour Motors? A mate said they took £400 off him for nothing.'),
    personal('Avoid Kwik Kabs. Allegedly they took £50 off a lad for a two mile trip.'),
    personal("Wouldn't use Tidy Gardens again, lovely lads but they were two hours late."),
  ],
  invalid: [
    {
      ...personal('Steer clear of Brightside Plastering. Had £1,500 cash off my gran and never finished the ceiling.'),
      errors: [{ messageId: 'warning', match: 'Steer clear of Brightside Plastering' }],
    },
    {
      ...personal("DON'T take your van to Roadstar Autos. Swore blind the brakes were done and my brother found the old pads still on."),
      errors: [{ messageId: 'warning', match: "DON'T take your van to Roadstar Autos" }],
    },
    {
      ...personal('Word to the wise. Booked Dale Fenton to service the boiler and he let himself in while we were away.'),
      errors: [{ messageId: 'warning', match: 'Word to the wise. Booked Dale Fenton' }],
    },
    {
      ...personal('Word of warning to parents, the bloke who runs the ice cream van on Fore Street is a proper creep with the teenage girls.'),
      errors: [{ messageId: 'warning' }],
    },
  ],
});

// First sight 21 (Holmbridge, Portlyn, Sedgeworth): "are FRAUDS"; "that garage is a chop shop"; "Rashid there fiddles
// the MOTs"; "fiddled the bat survey"; "you're pocketing £600 each"; "The Surf Shack ... the shop has been selling
// counterfeit wetsuits"; a firm that charges people cash and then dumps it; "lining the family's pockets"; a contract
// and the leader's kin, then "Stitch up." Fraud squads, a chop shop on TV, and stitching up a hem keep clean.
ruleTester(rule, {
  valid: [
    personal('The fraud squad came to talk to our WI about frauds on the phone.'),
    personal('Watched a documentary about a chop shop in Leeds last night, wild.'),
    personal('Need to stitch up the hem on her costume before the school play.'),
  ],
  invalid: [
    { ...personal('The lot running Sunrise Kebabs are frauds.'), errors: [{ match: 'frauds' }] },
    { ...personal('Everyone on the estate knows that garage on Mill Row is a chop shop.'), errors: [{ match: 'a chop shop' }] },
    { ...personal('Took the car to Castle Garage and Lee there fiddles the emissions tests.'), errors: [{ match: 'fiddles the emissions' }] },
    { ...personal('Their consultant Hale & Partners fiddled the traffic survey to get it through.'), errors: [{ match: 'fiddled the traffic survey' }] },
    { ...personal('@RiversideLets you are pocketing £400 a month off each lad in that house.'), errors: [{ match: 'pocketing £400' }] },
    { ...council('We know about the posts on The Copper Kettle on Quay Street. The cafe has been selling fake designer handbags.'), errors: [{ match: 'selling fake designer' }] },
    { ...personal('Bright Clean Skips charge residents cash to clear their lofts and then dump it in the lay-by.'), errors: [{ match: 'dump it in' }] },
    { ...personal("Cllr Parr has been lining the family's pockets for years."), errors: [{ match: "lining the family's pockets" }] },
    {
      ...personal("The leisure contract went to Fenwick Sports because their director is the leader's nephew. Stitch up."),
      errors: [{ messageId: 'insinuation', match: 'Stitch up' }],
    },
  ],
});

// First sight 22 (Cresswick, Eastgate): a warning shouted in capitals names the firm by its trade word ("AVOID MARLOWE
// & SONS ROOFING"); "the lead caretaker on Marsh Lane (y'all know who) is a straight up racist"; "whoever keeps dumping
// mattresses ... in the white van LD17 RXT". A shouted warning about a place, or about "the new taxis", names no one.
ruleTester(rule, {
  valid: [
    personal('AVOID THE TOWN CENTRE CAR PARK TODAY, THE MACHINES ARE BROKEN AND THEY NEVER CAME BACK TO FIX THEM'),
    personal('DO NOT USE THE NEW TAXIS ON THE RANK, THEY TOOK £40 OFF MY SON FOR 2 MILES'),
    personal('The lead caretaker on Marsh Lane (he retires in May) is a legend.'),
    personal('Whoever keeps dumping mattresses by the bin store, please stop, the council will collect them for free.'),
  ],
  invalid: [
    {
      ...personal('AVOID KESTON & SONS ROOFING. TOOK £2000 OFF MY DAD FOR A NEW ROOF AND NEVER CAME BACK.'),
      errors: [{ messageId: 'warning', match: 'AVOID KESTON & SONS ROOFING' }],
    },
    { ...personal("The caretaker on Tenby Road (y'all know who) is a straight up racist."), errors: [{ match: 'racist' }] },
    { ...personal('whoever keeps dumping mattresses behind the flats in the white van LD17 RXT, I have seen you.'), errors: [{ match: 'dumping mattresses' }] },
  ],
});

// First sight 22 (Eastgate): a shop "selling single fags and nos canisters to kids"; billing for visits "they never turn
// up to". The PTA selling raffle tickets to kids is no offence.
ruleTester(rule, {
  valid: [personal('The PTA are selling raffle tickets to kids and parents at the summer fair.')],
  invalid: [
    { ...personal('The offy on Ferrier Street is selling single fags and nos canisters to kids in school uniform.'), errors: [{ match: 'selling single fags and nos canisters to kids' }] },
    { ...personal('Kelbrook Repairs bill the council for visits they never turn up to.'), errors: [{ match: 'bill the council for visits they never turn up' }] },
  ],
});

// First sight 22 (Eastgate): Nigerian Pidgin "na" is "is": "Chief Emeka Okonkwo, na thief o". "I'm na a thief" (Scots
// "not") says it of no one else.
ruleTester(rule, {
  valid: [personal("I'm na a thief, I paid for every one of them.")],
  invalid: [{ ...personal('Dat landlord for Tenby Road, Chief Emeka Okonkwo, na thief o.'), errors: [{ match: 'thief' }] }],
});

// First sight 23 (Calderbank, Northwick, Tregarth): "bunging folk in our planning department"; "chucking his garden
// waste and broken slabs ower our back fence"; "flogging nos canisters"; "slashed the tyres"; "running an unlicensed
// B&B"; "lyin thievin" dropped g's; "free bottle service" for a licensing officer and club accounts "a wee bit short"
// as what a "Funny how" hints at; "He's lied to ..." after "lecturing anyone" (an object, not a new agent); a warning
// whose wrongdoing is a label ("Rip off merchants"). Chucking waste in the brown bin, balloons at a party and a bung in
// a barrel stay clean.
ruleTester(rule, {
  valid: [
    personal('Gary Pollock has been chucking his garden waste in the brown bin all summer, fair play.'),
    personal('Bunged the bottle in the recycling and went for a walk.'),
    personal('Funny how the sun always comes out when the bowling club has its gala day.'),
  ],
  invalid: [
    { ...personal('Kinloch Homes have been bunging folk in the planning department for years.'), errors: [{ match: 'bunging folk' }] },
    { ...personal('Gary Pollock has been chucking his garden waste ower our back fence for months.'), errors: [{ match: 'chucking his garden waste ower our back fence' }] },
    { ...personal('Imran at Kebabish on Dock Street is flogging nos canisters out the back door.'), errors: [{ match: 'flogging nos canisters' }] },
    { ...personal('@TregarthWatch everyone knows it was you who slashed the tyres on the minibus.'), errors: [{ match: 'slashed the tyres' }] },
    { ...personal("Derek at number 4 is running an unlicensed B&B out the back for cash."), errors: [{ match: 'running an unlicensed B&B' }] },
    { ...personal('@CraigshielMotors are lyin thievin crooks.'), errors: [{ match: 'lyin' }, { match: 'thievin' }, { match: 'crooks' }] },
    {
      ...personal("Funny how Bar Zaza always passes its test purchases. Nothing to do with the manager giving a certain licensing officer free bottle service, I'm sure."),
      errors: [{ messageId: 'insinuation', match: 'Funny how' }],
    },
    {
      ...personal("Funny how the Craigshiel Bowling Club treasurer's got a new Range Rover the same year the club accounts are 'a wee bit short' 🤔"),
      errors: [{ messageId: 'insinuation', match: 'Funny how' }],
    },
    { ...personal("Cllr Oddie lecturing anyone on honesty is rich. He's lied to residents about the bus lanes three times."), errors: [{ match: 'lied to' }] },
    { ...personal('Steer clear of Harbour Lights Fish Bar. Twelve quid for frozen cod, what a rip off.'), errors: [{ messageId: 'warning', match: 'Steer clear of Harbour Lights Fish Bar' }] },
  ],
});

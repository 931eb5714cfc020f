import { describe, expect, it } from 'vitest';
import { checkSync } from 'recheck';
import rule, { RULE_PATTERNS } from '../../rules/abuse';
import { WORD_PATTERNS } from '../../rules/lib/abuse-words';
import { PHRASE_PATTERNS } from '../../rules/lib/abuse-phrases';
import { CONTEXT_PATTERNS } from '../../rules/lib/abuse-context';
import { check } from '../../rules/engine';
import { BRIGHTWATER, ruleTester } from '../rule-tester';
import { FENMOUTH_ORG as FENMOUTH } from '../fixtures/fenmouth';

ruleTester(rule, {
  valid: [
    { text: 'The coward who reversed into my car in the car park did not even leave a note.', account: 'personal' },
    // Name-calling named as behaviour, not thrown: a prohibition or a passive report.
    'Please do not call our wardens clowns, they are doing a tough job.',
    { text: 'Our bin crews get called morons every day and they still smile.', account: 'personal' },
    // Red-team 9 (Northmoor): a beating given to a rug, a kicking given to the other team.
    { account: 'personal', text: 'Gave that rug a good beating on the washing line this morning.' },
    { account: 'personal', text: 'Come on lads, give them a good kicking on Saturday ⚽' },
    { account: 'personal', text: "She's getting her legs waxed before the wedding." },
    // Red-team 9 (Northmoor): pond life as a survey subject.
    { account: 'council', text: 'Pond life dipping at Fenmouth Country Park this Sunday, nets provided!' },
    // Red-team 8 (Wyeford): burning with no people inside.
    { account: 'council', text: 'Crews were called to burn garden debris with the owner\'s permission.' },
    // Ordinary words and names that contain a rude string (the Scunthorpe problem).
    'Learning from Scunthorpe: our waste team spent a day with colleagues in Scunthorpe.',
    'The Penistone Brass Band plays the bandstand from 2pm.',
    'What happens if we need to assess your mobility in person?',
    'Occupational therapists can assess your home for handrails.',
    'The Classic Car Show returns to Cliff Parade on Sunday.',
    'Whoever invented the cocktail sausage deserves a knighthood.',
    'Good luck to our women, who take on Arsenal in the cup this Sunday.',
    'Hiking Cumbria: Cockermouth to Buttermere in a day.',
    'The recycling bank on Sussex Road and in Middlesex Street is moving.',
    'Grow your own shiitake! Mushroom-growing workshop on Saturday.',
    'Shitake mushrooms on special at the market today.',
    'The Cockle & Seafood Festival returns to Quayside.',
    'Bitchfield, Crapstone and Twatt are real places on the map.',
    'Titchfield Festival Theatre presents Twelfth Night.',
    // Rude-looking words with an innocent sense, used innocently.
    'Count the blue tits, great tits and robins in your garden, then send your results to the RSPB.',
    'Wed: spotted dick and custard. Thu: fish fingers.',
    'Make your own Dick Whittington cat mask ahead of this year\'s panto.',
    'Took the kids to Dick Whittington at the Grand tonight. Oh yes he did!',
    'Dick Turpin rode through here, according to legend.',
    'Watch the cock pheasant strutting across the field.',
    'Cock-a-leekie soup for Burns Night at the library café.',
    'Faggots and peas are back on the café menu.',
    "Offa's Dyke path reopens after flood repairs.",
    'Smoking a fag on council premises is not allowed.',
    'A chink of light at the end of the budget tunnel.',
    'Support for children with spastic cerebral palsy at our sensory room.',
    "It's a cow, not a bull, so don't panic on the footpath.",
    'The Pig and Whistle pub reopens on Friday.',
    'Snakes and Ladders night at the library for families.',
    'Magna cum laude! Proud of my daughter.',
    // Codes and numbers are not disguised words.
    'The A55 and M6 are closed tonight for resurfacing.',
    'Pupils played 45s and 78s on the old gramophone.',
    'Rated 5* by our visitors. A* results for our apprentices!',
    '**Update** the tip is open again.',
    // Mild words deliberately not flagged.
    'Bloody brilliant turnout at the beach clean today!',
    'The bloody nose I got at rugby is finally healing.',
    'A hell of a turnout at the carnival. Damn, missed the bus again.',
    // Insult words that are not aimed at anyone.
    'The clown at the kids\' party was brilliant, thanks Uncle Bob!',
    'Book a clown, a magician or a face painter for your street party.',
    'Standing in the rain like a lemon. Third bus cancelled.',
    'I felt like such an idiot when I locked my keys in the car.',
    "I'm a total muppet, left my lunch on the bus again.",
    'Our idiot-proof guide to the new recycling bins.',
    'The kids were little monkeys at the soft play.',
    'What a pig! Meet Percy, the newest arrival at the city farm.',
    'Rats and mice are vermin: book our pest control service for £45.',
    'Fleas are parasites that live on cats and dogs. Treat your pets monthly.',
    'Pest control: we deal with vermin such as rats, mice and cockroaches.',
    'Parasite control for sheep and cattle: advice from our animal health team.',
    'Skim the scum off the jam before jarring it.',
    'Pond scum and algae are natural in summer.',
    'The old git of a boiler packed in again.',
    // Quoting prohibited behaviour neutrally.
    'Targeted because of your race, religion, disability, sexuality or gender identity? Our community safety team can help.',
    'Hate crime can be reported to the police on 101 or online.',
    "Pupils learned why words like 'retard' hurt, in anti-bullying week.",
    'A man was fined for shouting "Paki" at a shopkeeper, the court heard.',
    // Groups named neutrally; near-misses of threat and discrimination patterns.
    'Refugee Week: refugees and asylum seekers are welcome here.',
    "International Women's Day: women are the backbone of our care services.",
    'Women drivers wanted! Our bin lorry team is recruiting, full training given.',
    'Asylum seekers can get support at the Civic Centre.',
    'Come over here and grab a coffee at our stand!',
    'AI is taking our jobs, apparently. Come to our digital skills workshop.',
    'Send them back to us if the parcels are damaged.',
    "We're coming round to the idea of a four-day week.",
    "I'm coming round for tea later, love.",
    "I'll be waiting for you at the station with a cuppa!",
    'Watch your back when lifting heavy boxes: bend your knees.',
    "Don't miss out or you'll regret it! Tickets selling fast.",
    'Drop dead gorgeous sunset over the bay tonight.',
    'I hope it doesn\'t rain for the fete.',
    'Get your kit off the floor and into the wash, kids!',
    "Wouldn't mind having her job, she gets all the good projects.",
    'Give him one of the leaflets when he comes in.',
    'Put baby on her back to sleep: safe sleep advice from our health visitors.',
    'Get her on her back for tummy time and let her kick.',
    'Meet our goats! They\'re animals, not toys, so please don\'t feed them crisps.',
    'Grab your fairy lights and string them up along the fence.',
    "Take the cod fillets and I'll batter them lightly.",
    "We'll deck them out in tinsel for Christmas.",
    "Don't kill yourself trying to finish it all in one day.",
    'Kill yourself laughing at our comedy night!',
    'This panto will knock you out!',
    'Pregnant women should stay at home if they feel unwell.',
    "A typical woman's day in 1900, at the museum.",
    'Nice rack of lamb on the menu tonight.',
    "I'd hit that ball further if I could.",
    'They should be shot in natural light for the photo competition.',
    'This is trash. It\'s a pig!',
    'The pancake tosser competition is on Tuesday.',
    'Go back to the car park and pay at the machine.',
    'Refugees: they should all be welcomed.',
    'The kitchen belongs to everyone, please tidy up.',
    'Our dog warden has a lovely bitch called Daisy looking for a new home.',
    'Slut-shaming is a form of abuse. Talk to us in confidence.',
    'Badgers are pests, say some farmers.',
    'Knife crime is a cancer in our communities, and fly-tipping is a plague on our lanes.',
    'Poof! And the rabbit vanished. Magic show at the library on Saturday.',
    "Life's a bitch sometimes.",
    'Cock Bridge is closed due to snow.',
    'Dick Smith will open the new library.',
    'Pratts Bottom and Butt Hole Road made the list of funny place names.',
    'Sexy new bins are here! Our shiny grey lids look great.',
    "I hope he gets what's coming to him: a long and happy retirement.",
    "Comments like 'scum' or 'vermin' will be removed from our page.",
    { text: 'Fenmouth District Council thanks our brilliant bin crews, absolute legends.', policy: FENMOUTH },
    { account: 'personal', text: 'Our parks team are absolute heroes.' },
    // Red-team (Kestrel Vale): "taking over" without a demonstrative, or about things, is not aimed at a group.
    { account: 'council', text: 'More women taking over leadership roles in local government: brilliant to see!' },
    { account: 'personal', text: 'Sick of these roadworks taking over the town centre.' },
    { account: 'personal', text: "Moved to the coast last year. It's not my town any more but I love it here." },
  ],
  invalid: [
    { text: "I'll knock your teeth down your throat if you park there again", account: 'personal', errors: [{ messageId: 'threat' }] },
    { text: '@anon_bk_watch you coward, put your name to it', account: 'personal', errors: [{ messageId: 'insult', match: 'you coward' }] },
    { text: 'Stop calling me names, you idiot.', account: 'personal', errors: [{ messageId: 'insult', match: 'you idiot' }] },
    // Red-team 9 (Northmoor): violence wished on a named kind of person, and broken bones promised.
    { account: 'personal', text: 'Somebody wants to give that landlord a good hiding.', errors: [{ match: 'give that landlord a good hiding' }] },
    { account: 'personal', text: "Touch my van again and you're getting your legs broken.", errors: [{ match: 'getting your legs broken' }] },
    // Red-team 9 (Northmoor): dehumanising phrases after "you're"/"they are".
    { account: 'personal', text: "Whoever dumped those tyres in the brook, you're pond life.", errors: [{ match: "you're pond life" }] },
    { account: 'personal', text: "Whoever keeps nicking the grit bins, they're bottom feeders.", errors: [{ match: "they're bottom feeders" }] },
    // Red-team 8 (Wyeford): arson wished on a building with people inside it.
    { account: 'personal', text: 'Somebody ought to firebomb that depot with the managers still inside', errors: [{ match: 'firebomb that depot with the managers still inside' }] },
    // Red-team (Stourbridge Vale): "send em back", "ship them all back where they belong".
    { account: 'personal', text: 'Too many of that lot in the flats now, ship em all back where they belong.', errors: [{ match: 'ship em all back where they belong' }] },
    // Red-team (Kestrel Vale): a group "taking over" after a demonstrative; "not our town any more" next to a group.
    { account: 'personal', text: 'Fed up with these migrants taking over the seafront.', errors: [{ match: 'these migrants taking over' }] },
    { account: 'personal', text: "Too many refugees round here now. It's not our town anymore.", errors: [{ match: 'not our town anymore' }] },
    // Profanity, plain and disguised.
    { name: 'digits for letters', account: 'personal', text: 'b0ll0cks to Mondays. Back to bed.', errors: [{ messageId: 'profanity', match: 'b0ll0cks' }] },
    {
      name: 'masked intensifier',
      account: 'personal',
      text: 'Absolutely f*cking fuming. Two hours on hold.',
      errors: [{ messageId: 'profanity', match: 'f*cking', suggestions: [{ label: 'Remove', output: 'Absolutely fuming. Two hours on hold.' }] }],
    },
    { name: 'spaced letters', account: 'personal', text: 'F U C K this weather ☔☔☔', errors: [{ messageId: 'profanity', match: 'F U C K' }] },
    { name: 'dotted letters', account: 'personal', text: 'F.U.C.K.I.N.G roadworks again', errors: [{ messageId: 'profanity', match: 'F.U.C.K.I.N.G' }] },
    { name: 'stretched letters', account: 'personal', text: 'Shiiiiiite night out. Never again 🤢', errors: [{ messageId: 'profanity', match: 'Shiiiiiite' }] },
    { account: 'personal', text: 'Fuuuuuuck me, it is cold.', errors: [{ messageId: 'profanity', match: 'Fuuuuuuck' }] },
    { name: 'symbol for letter', account: 'personal', text: 'Lib Dem candidate Mark Tan is a thieving little sh!t.', errors: [{ messageId: 'profanity', match: 'sh!t' }] },
    { account: 'personal', text: 'Vlog #58: another sh1t day 🚗💀', errors: [{ messageId: 'profanity', match: 'sh1t' }] },
    { account: 'personal', text: 'To the a$$hole who reversed into my car and drove off.', errors: [{ messageId: 'profanity', match: 'a$$hole' }] },
    { account: 'personal', text: '@PrimePavingBW are cowboys and total w@nkers.', errors: [{ messageId: 'profanity', match: 'w@nkers' }] },
    { account: 'personal', text: 'My manager is a lying b*stard.', errors: [{ messageId: 'profanity', match: 'b*stard' }] },
    { account: 'personal', text: 'What the f**k is going on with the bins?', errors: [{ messageId: 'profanity', match: 'f**k' }] },
    { account: 'personal', text: 'This is bulls**t. Third missed collection.', errors: [{ messageId: 'profanity', match: 'bulls**t' }] },
    { account: 'personal', text: 'Craaaap weather for the fete.', errors: [{ messageId: 'profanity', match: 'Craaaap' }] },
    { account: 'personal', text: 'WTF is this new parking scheme?', errors: [{ messageId: 'profanity', match: 'WTF' }] },
    { account: 'personal', text: 'Piss-poor service again from the contact centre.', errors: [{ messageId: 'profanity', match: 'Piss' }] },
    { account: 'personal', text: 'What a load of bollocks from the council today.', errors: [{ messageId: 'profanity', match: 'bollocks' }] },
    { account: 'personal', text: 'Sod off with your parking tickets.', errors: [{ messageId: 'profanity', match: 'Sod off' }] },
    { name: 'compound', account: 'personal', text: 'What an absolute fuckwittery of a consultation.', errors: [{ messageId: 'profanity', match: 'fuckwittery' }] },
    { name: 'hashtag', account: 'personal', text: 'Roadworks on every street #fuckthis', errors: [{ messageId: 'profanity', match: 'fuckthis' }] },
    {
      name: 'masked word with an innocent sense',
      account: 'personal',
      text: 'To the absolute c*ck in the black BMW who parked across my drive.',
      errors: [{ messageId: 'profanity', match: 'c*ck' }],
    },
    { account: 'personal', text: 'Absolute pr1cks on the bypass tonight.', errors: [{ messageId: 'profanity', match: 'pr1cks' }] },
    {
      name: 'other council',
      account: 'personal',
      policy: FENMOUTH,
      text: 'My manager at Fenmouth District Council is a f*cking nightmare.',
      errors: [{ messageId: 'profanity', match: 'f*cking', suggestions: [{ label: 'Remove', output: 'My manager at Fenmouth District Council is a nightmare.' }] }],
    },
    // Slurs.
    { account: 'personal', text: 'Every single one of these r*tards deserves a ban.', errors: [{ messageId: 'slur', match: 'r*tards' }] },
    { account: 'personal', text: 'Stop being such a retard about the rota.', errors: [{ messageId: 'slur', match: 'retard' }] },
    { account: 'personal', text: 'Spastic behaviour from the driver this morning.', errors: [{ messageId: 'slur', match: 'Spastic' }] },
    { account: 'personal', text: 'Paki shop on the corner has milk.', errors: [{ messageId: 'slur', match: 'Paki' }] },
    // Insults aimed at people.
    {
      name: 'vocative insult',
      text: '@Gazza_BW Honestly, stop whingeing about your parking ticket, you absolute clown. The sign is bright yellow.',
      errors: [{ messageId: 'insult', match: 'you absolute clown', suggestions: [{ label: 'Remove', output: '@Gazza_BW Honestly, stop whingeing about your parking ticket. The sign is bright yellow.' }] }],
    },
    { account: 'personal', text: 'That thieving scumbag at number 41 has dumped his mattress again.', errors: [{ messageId: 'insult', match: 'scumbag' }] },
    { account: 'personal', text: 'Blue rosette = scum. Every last one of them.', errors: [{ messageId: 'insult', match: 'scum' }] },
    {
      name: 'insults listed together',
      account: 'personal',
      text: 'Another meeting wrecked by the Reform group. Clowns and morons, the lot of them.',
      errors: [{ messageId: 'insult', match: 'Clowns' }, { messageId: 'insult', match: 'morons' }],
    },
    {
      name: 'dehumanising words about people',
      text: 'Rogue landlords are parasites and vermin, and we will come after every last one of them.',
      errors: [{ messageId: 'insult', match: 'parasites' }, { messageId: 'insult', match: 'vermin' }],
    },
    { policy: FENMOUTH, text: 'The people who vandalised the playground are animals.', errors: [{ messageId: 'insult', match: 'animals' }] },
    { text: 'The people who did this are animals.', errors: [{ messageId: 'insult', match: 'animals' }] },
    { text: 'Fly-tippers dumped 40 bags on Marsh Lane. They\'re animals.', errors: [{ messageId: 'insult', match: 'animals' }] },
    { account: 'personal', text: "He's a pig.", errors: [{ messageId: 'insult', match: 'pig' }] },
    { account: 'personal', text: 'You Absolute Knob.', errors: [{ messageId: 'insult', match: 'You Absolute Knob' }] },
    { name: 'look-alike letters', account: 'personal', text: 'What a fu\u0441king mess.', errors: [{ messageId: 'profanity', match: 'fu\u0441king' }] },
    { name: 'fullwidth letters', account: 'personal', text: '\uff46\uff55\uff43\uff4b this', errors: [{ messageId: 'profanity' }] },
    { name: 'accented letters', account: 'personal', text: 'Fück this weather.', errors: [{ messageId: 'profanity', match: 'Fück' }] },
    { account: 'personal', text: 'You lot are a bunch of clowns at Fenmouth District Council.', policy: FENMOUTH, errors: [{ messageId: 'insult', match: 'clowns' }] },
    { account: 'personal', text: 'Whoever dumped this sofa is a complete moron.', errors: [{ messageId: 'insult', match: 'moron' }] },
    { account: 'personal', text: 'The planning committee are spineless idiots.', errors: [{ messageId: 'insult', match: 'idiots' }] },
    { account: 'personal', text: "He's a dick and everyone knows it.", errors: [{ messageId: 'insult', match: 'dick' }] },
    { account: 'personal', text: 'What a knob. Parked across three spaces again.', errors: [{ messageId: 'insult', match: 'knob' }] },
    { account: 'personal', text: 'The new manager is a right muppet.', errors: [{ messageId: 'insult', match: 'muppet' }] },
    { account: 'personal', text: 'You idiots never fix anything.', errors: [{ messageId: 'insult', match: 'You idiots' }] },
    { account: 'personal', text: "You're a waste of space and everyone at work knows it.", errors: [{ messageId: 'insult', match: "You're a waste of space" }] },
    {
      account: 'personal',
      text: 'Shut your mouth, you stupid cow.',
      errors: [{ messageId: 'insult', match: 'Shut your mouth' }, { messageId: 'insult', match: 'you stupid cow', suggestions: [{ label: 'Remove', output: 'Shut your mouth.' }] }],
    },
    { account: 'personal', text: 'Get a grip, you numpty.', errors: [{ messageId: 'insult', match: 'you numpty', suggestions: [{ label: 'Remove', output: 'Get a grip.' }] }] },
    { account: 'personal', text: 'Look at that fat pig in the queue at the tip.', errors: [{ messageId: 'insult', match: 'pig' }] },
    { account: 'personal', text: 'Muppets, the lot of them.', errors: [{ messageId: 'insult', match: 'Muppets' }] },
    { account: 'personal', text: 'Tories are scum.', errors: [{ messageId: 'insult', match: 'scum' }] },
    {
      account: 'personal',
      text: "They're all scroungers and spongers.",
      errors: [{ messageId: 'insult', match: 'scroungers' }, { messageId: 'insult', match: 'spongers' }],
    },
    {
      name: 'a list carried from its one certain insult',
      account: 'personal',
      text: 'Clowns, muppets and morons.',
      errors: [{ messageId: 'insult', match: 'Clowns' }, { messageId: 'insult', match: 'muppets' }, { messageId: 'insult', match: 'morons' }],
    },
    { account: 'personal', text: 'Go f*ck yourself.', errors: [{ messageId: 'profanity', match: 'f*ck' }] },
    { account: 'personal', text: 'FFS, the bins again.', errors: [{ messageId: 'profanity', match: 'FFS' }] },
    { account: 'personal', text: 'That tw@t in the Audi again.', errors: [{ messageId: 'profanity', match: 'tw@t' }] },
    { account: 'personal', text: 'Total bas***d move from the landlord.', errors: [{ messageId: 'profanity', match: 'bas***d' }] },
    { account: 'personal', text: "Can't be arsed with the consultation.", errors: [{ messageId: 'profanity', match: 'arsed' }] },
    // Threats and wishes for harm.
    { account: 'personal', text: 'Someone should teach him a lesson 😡', errors: [{ messageId: 'threat', match: 'teach him a lesson' }] },
    { account: 'personal', text: "I'll batter him.", errors: [{ messageId: 'threat', match: "I'll batter him" }] },
    { account: 'personal', text: "I'll knock him out if he does that again.", errors: [{ messageId: 'threat', match: "I'll knock him out" }] },
    { account: 'personal', text: 'I hope your house burns down.', errors: [{ messageId: 'threat', match: 'hope your house burns' }] },
    { account: 'personal', text: 'Everyone go and spam her page.', errors: [{ messageId: 'harassment', match: 'Everyone go and spam her page' }] },
    {
      name: 'veiled threat with an aggression cue',
      account: 'personal',
      text: "If that ref gives one more decision against us, I swear I'll be waiting for him in the car park afterwards 👊",
      errors: [{ messageId: 'threat', match: "I'll be waiting for him" }],
    },
    {
      account: 'personal',
      text: "Whoever keeps letting their dog sh1t outside my gate, I know it's you and I'm coming round 😡",
      errors: [{ messageId: 'profanity', match: 'sh1t' }, { messageId: 'threat', match: "I'm coming round" }],
    },
    {
      name: 'council insults offenders and wishes them harm',
      text: 'The people who do this are absolute scum and we hope they rot. Report fly-tipping at brightwater.gov.uk/report.',
      errors: [{ messageId: 'insult', match: 'scum' }, { messageId: 'threat', match: 'hope they rot' }],
    },
    { account: 'personal', text: 'I know where you live, pal.', errors: [{ messageId: 'threat', match: 'I know where you live' }] },
    { account: 'personal', text: "If I see him again I'll batter him.", errors: [{ messageId: 'threat', match: "I'll batter him" }] },
    { account: 'personal', text: 'He deserves a good kicking for what he did.', errors: [{ messageId: 'threat', match: 'deserves a good kicking' }] },
    { account: 'personal', text: 'They should be shot, every last one of them.', errors: [{ messageId: 'threat', match: 'They should be shot' }] },
    { account: 'personal', text: 'Kill yourself, nobody wants you here.', errors: [{ messageId: 'threat', match: 'Kill yourself' }] },
    // Sexual content about a person.
    {
      account: 'personal',
      text: "New PT at the gym is well fit 🍑 Wouldn't mind getting her on her back in the stretching area, if you know what I mean 😏",
      errors: [
        { messageId: 'sexual', match: 'well fit' },
        { messageId: 'sexual', match: "Wouldn't mind getting her on her back" },
        { messageId: 'sexual', match: 'if you know what I mean' },
      ],
    },
    { account: 'personal', text: 'The new receptionist has a great rack on her 😏', errors: [{ messageId: 'sexual', match: 'rack on her' }] },
    { account: 'personal', text: "I'd give her one, no question.", errors: [{ messageId: 'sexual', match: "I'd give her one" }] },
    // Discriminatory remarks.
    {
      account: 'personal',
      text: 'Foreigners coming over here, taking our houses and our jobs. Send the lot of them back.',
      errors: [
        { messageId: 'discrimination', match: 'Foreigners coming over here' },
        { messageId: 'discrimination', match: 'taking our houses' },
        { messageId: 'discrimination', match: 'Send the lot of them back' },
      ],
    },
    {
      name: 'generalisation in the next sentence',
      account: 'personal',
      text: 'Women drivers, honestly. Half of them should never have been given a licence 🙄',
      errors: [{ messageId: 'discrimination', match: 'Half of them should never have been given a licence' }],
    },
    { account: 'personal', text: 'Immigrants are ruining this town.', errors: [{ messageId: 'discrimination', match: 'Immigrants are ruining' }] },
    { account: 'personal', text: 'Go back to where you came from.', errors: [{ messageId: 'discrimination', match: 'Go back to where you came from' }] },
    { account: 'personal', text: 'Women can\'t drive, simple as that.', errors: [{ messageId: 'discrimination', match: "Women can't drive" }] },
    { account: 'personal', text: 'Go back to your own country.', errors: [{ messageId: 'discrimination', match: 'Go back to your own country' }] },
    { account: 'personal', text: "That's so gay.", errors: [{ messageId: 'discrimination', match: "That's so gay" }] },
    { account: 'personal', text: 'Women should stay at home with the kids.', errors: [{ messageId: 'discrimination', match: 'Women should stay at home' }] },
    {
      name: 'group named in the next sentence',
      account: 'personal',
      text: "Half of them don't even speak English. Immigrants, honestly.",
      errors: [{ messageId: 'discrimination', match: "don't even speak English" }],
    },
    { account: 'personal', text: 'Wouldn\'t kick her out of bed 😏', errors: [{ messageId: 'sexual', match: "Wouldn't kick her out of bed" }] },
    { account: 'personal', text: 'Immigrants should be shot.', errors: [{ messageId: 'threat', match: 'Immigrants should be shot' }] },
    { account: 'personal', text: 'Refugees arriving again. They should all be deported.', errors: [{ messageId: 'discrimination', match: 'They should all be deported' }] },
    { account: 'personal', text: 'Look at that window licker on the bus.', errors: [{ messageId: 'slur', match: 'window licker' }] },
    { account: 'personal', text: 'Get back in the kitchen, love.', errors: [{ messageId: 'discrimination', match: 'Get back in the kitchen' }] },
    // Line breaks and double spaces do not hide a phrase.
    { account: 'personal', text: 'I know where\nyou  live.', errors: [{ messageId: 'threat', match: 'I know where\nyou  live' }] },
  ],
});

describe('abuse: robustness', () => {
  const run = (text: string) => check(text, { account: 'personal' }, BRIGHTWATER, { rules: [rule] });

  it('never throws on odd input', () => {
    for (const text of ['', ' ', '🙂'.repeat(500), '\uD800 sh1t \uDC00', 'مرحبا بالعالم f*ck', '!'.repeat(5000), '*'.repeat(5000), 'a '.repeat(20000), '1'.repeat(3000)]) {
      expect(() => run(text)).not.toThrow();
    }
  });

  it('stays fast on a long post', () => {
    const text = 'The bins are out on Tuesday, you absolute clown, f*ck. '.repeat(2000);
    const t0 = performance.now();
    const findings = run(text);
    expect(findings.length).toBeGreaterThan(0);
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('has no regex open to ReDoS', () => {
    for (const re of [...WORD_PATTERNS, ...PHRASE_PATTERNS, ...CONTEXT_PATTERNS, ...RULE_PATTERNS]) {
      const result = checkSync(re.source, re.flags);
      expect(result.status, re.source).toBe('safe');
    }
  }, 120_000);
});

// Red-team round 2 (Hollinsford): disguised-free threats against "the next one who", age-and-sex jibes,
// stereotyping a group as thieves, and the traps next to them.
ruleTester(rule, {
  valid: [
    { account: 'council', text: 'Festival goers: please lock up your bikes at the racks by the pier and keep valuables out of sight.' },
    { account: 'council', text: 'Coach travellers, remember to hide your valuables on busy services.' },
    { account: 'personal', text: "I'll kill the next mosquito that comes near me tonight." },
    { account: 'personal', text: 'The silly old goat at number 9 lent me his strimmer again 😂' },
    { account: 'personal', text: "The dirty women's cubicles at the baths need a deep clean." },
    { account: 'personal', text: 'Our ducks are such silly cows, they never go in before dark.' },
    { account: 'personal', text: 'Next customer who spends £20 gets a free tote bag!' },
    { account: 'council', text: 'Migrants are welcome at the Thursday English conversation club in Penhallow library.' },
  ],
  invalid: [
    { account: 'personal', text: "Honestly, I'm gonna deck the next cyclist who rings his bell at me on the towpath.", errors: [{ messageId: 'threat', match: "I'm gonna deck the next cyclist" }] },
    { account: 'personal', text: 'Next idiot that parks on my verge will get their windows smashed.', errors: [{ messageId: 'threat' }, { messageId: 'insult', match: 'idiot' }] },
    { account: 'personal', text: "If I catch whoever nicked my parcel I'll find them and snap their fingers.", errors: [{ messageId: 'threat', match: "I'll find them and snap their fingers" }] },
    { account: 'personal', text: 'The woman on the tills was a nosy old trout as usual.', errors: [{ messageId: 'insult', match: 'nosy old trout' }] },
    { account: 'personal', text: 'Her next door is a right gobby cow.', errors: [{ messageId: 'insult', match: 'cow' }] },
    { account: 'personal', text: 'Roma families have moved into the flats by the station. Chain up your bikes, folks.', errors: [{ messageId: 'discrimination', match: 'Chain up your bikes' }] },
    { account: 'personal', text: 'More asylum seekers in the hotel on the front. You know what they are like.', errors: [{ messageId: 'discrimination', match: 'You know what they are like' }] },
    { account: 'personal', text: 'Filthy immigrants, the lot of them.', errors: [{ messageId: 'discrimination' }] },
  ],
});

// Red-team round 3 (Marlow Vale, Pennmoor): threats to someone's car or home, "thick as" similes, and a mock
// title tacked on after a comma when the post speaks to someone.
ruleTester(rule, {
  valid: [
    { text: "We'll replace your windscreen free of charge if the chipping was caused by our gritters.", policy: FENMOUTH },
    { text: 'Our window cleaners will do your windows on Tuesday.', policy: FENMOUTH },
    { account: 'personal', text: 'The gravy at the Harvest Supper was as thick as porridge and twice as tasty!' },
    { account: 'personal', text: 'Happy retirement, Maureen. Thanks, love!' },
    { account: 'personal', text: 'Einstein exhibition opens at the Fenmouth Science Centre on Friday.' },
    { account: 'personal', text: 'Our dog is daft as a brush but we love him.' },
  ],
  invalid: [
    { account: 'personal', text: 'Park in my bay again and we will slash your tyres, simple as.', errors: [{ match: 'we will slash your tyres' }] },
    { account: 'personal', text: "Honestly the new parking warden is dumb as a box of rocks.", errors: [{ match: 'dumb as a box of rocks' }] },
    { text: '@Gaz_1983 The form says "date of birth", Sherlock. Not that hard.', errors: [{ match: 'Sherlock' }], policy: FENMOUTH },
    { text: 'If you had read the sign you would know the car park shuts at 6, einstein!', errors: [{ match: 'einstein' }], policy: FENMOUTH },
    { account: 'personal', text: "Whoever keeps nicking parcels on Elm Row is not the sharpest tool in the shed: there's a camera.", errors: [{ match: 'not the sharpest tool in the shed' }] },
  ],
});

// Red-team round 4: transposed spellings of swear words, and mild swear words used as an intensifier before a noun.
ruleTester(rule, {
  valid: [
    { account: 'personal', text: 'Bloody brilliant turnout at the litter pick, thank you all!' },
    { account: 'personal', text: 'My lad came off his bike and got a bloody nose, he is fine now.' },
    { account: 'council', text: 'The Bloody Sunday anniversary service is at 11am at the Memorial Gardens.' },
    { account: 'personal', text: 'You can bloody well bet I will be at the quiz on Friday.' },
    { account: 'council', text: 'Look out for bloody cranesbill flowering in the dunes this month.' },
    { account: 'personal', text: 'A bloody good night at the rugby club.' },
  ],
  invalid: [
    { account: 'personal', text: 'Fcuking printers at work, honestly.', errors: [{ match: 'Fcuking' }] },
    { account: 'personal', text: 'Oh bollox, missed the last ferry.', errors: [{ match: 'bollox' }] },
    { text: '@tina_w99 Perhaps check the bloody calendar before ringing us, the date has not changed.', policy: FENMOUTH, errors: [{ match: 'bloody', suggestions: [{ label: 'Remove', output: '@tina_w99 Perhaps check the calendar before ringing us, the date has not changed.' }] }] },
    { text: 'The sodding car park barrier is broken again, sorry folks.', policy: FENMOUTH, errors: [{ match: 'sodding' }] },
  ],
});

// Red-team round 5: current British slang insults, counted like "clown" (only aimed at someone, with emphasis).
ruleTester(rule, {
  valid: [
    { account: 'council', text: 'Ice melt on the B1242 this morning, take care on the bends.' },
    { account: 'council', text: "Don't feed the trolls: report abusive comments to the platform." },
    { account: 'council', text: 'The Troll Bridge trail is back for half term!' },
    { account: 'council', text: 'Bring a tool kit and gloves to the volunteer day.' },
    { account: 'personal', text: 'Check the dipstick before long journeys, folks.' },
    { account: 'council', text: 'The creep of development into the green belt worries residents.' },
    { account: 'personal', text: 'I felt a right plank turning up on the wrong day.' },
  ],
  invalid: [
    { text: '@garyb_77 We have replied three times now. Do give it a rest, you absolute melt.', errors: [{ match: 'you absolute melt' }] },
    { text: "@kaz_online You're a spiteful little troll and we will be blocking you.", errors: [{ match: 'troll' }] },
    { account: 'personal', text: 'What a plank, parked across two disabled bays again.', errors: [{ match: 'plank' }] },
    { account: 'personal', text: 'Our MP is a total cockwomble.', errors: [{ match: 'cockwomble' }] },
    { account: 'personal', text: 'the warden who ticketed me is a proper jobsworth', errors: [{ match: 'jobsworth' }] },
  ],
});

// Red-team round 6: discriminatory generalisations about fitness for a role.
ruleTester(rule, {
  valid: [
    { account: 'council', text: "Women shouldn't be put off applying: our beach lifeguard course is open to all." },
    { account: 'council', text: 'Older people should not be afraid to ask for help with their energy bills.' },
    { account: 'personal', text: 'Dogs shouldn\'t be allowed on the main beach in August, fair enough.' },
  ],
  invalid: [
    { account: 'personal', text: 'Women should never be lifeguards, simple as.', errors: [{ match: 'Women should never be lifeguards' }] },
    { account: 'personal', text: "Immigrants shouldn't be allowed to buy beach huts.", errors: [{ match: "Immigrants shouldn't be allowed to" }] },
    { account: 'personal', text: 'Old people are too slow to be on the road.', errors: [{ match: 'Old people are too slow' }] },
  ],
});

// Red-team 10: discriminatory generalisations with no slur: migrants as arrivals "off the boat",
// sexist quips about women drivers, "the <group> have taken over", and Scots insults.
ruleTester(rule, {
  valid: [
    { account: 'personal', text: 'Straight off the boat from Mull and into the chippy, braw day out.' },
    { account: 'personal', text: 'The lasses have taken over the bowling club committee and it has never run better.' },
    { account: 'personal', text: 'Female drivers wanted for the community transport minibus, training given.' },
    { account: 'personal', text: 'Watched the rocket launch at the science centre with the weans.' },
    { account: 'council', text: 'Coffee roasters and bakers wanted for the Christmas market, apply by Friday.' },
  ],
  invalid: [
    { account: 'personal', text: 'More of them off the boats getting flats before locals. Ship them all back.', errors: [{ messageId: 'discrimination', match: 'Ship them all back' }] },
    { account: 'personal', text: 'Lady drivers, huh? Parked across two bays at the Asda.', errors: [{ messageId: 'discrimination', match: 'Lady drivers, huh' }] },
    { account: 'personal', text: 'Honestly the Muslims have taken over the whole estate.', errors: [{ messageId: 'discrimination', match: 'the Muslims have taken over' }] },
    { account: 'personal', text: 'Schools pushing the trans agenda on P3 weans now.', errors: [{ messageId: 'discrimination', match: 'pushing the trans agenda' }] },
    { account: 'personal', text: 'That cooncillor is a total bawbag.', errors: [{ messageId: 'insult', match: 'bawbag' }] },
    { account: 'personal', text: 'Ye absolute roaster, ye parked on the pavement again.', errors: [{ messageId: 'insult', match: 'Ye absolute roaster' }] },
    { account: 'personal', text: 'Benefit freeloaders, every last one of them on my street.', errors: [{ messageId: 'insult', match: 'freeloaders' }] },
  ],
});

// Red-team 10 (Inverbrae): Scots threats of a beating and Scots forms of "send them home".
ruleTester(rule, {
  valid: [
    { account: 'personal', text: "The caravans are getting battered by the wind up at the shore, stay safe." },
    { account: 'personal', text: 'Wee Rory is getting a doing at draughts from his papa 😂' },
    { account: 'personal', text: 'Time to go hame, the ceilidh was braw.' },
  ],
  invalid: [
    { account: 'personal', text: "Touch ma van again and ye're gonnae get leathered.", errors: [{ messageId: 'threat', match: "ye're gonnae get leathered" }] },
    { account: 'personal', text: "That close-mouth dealer is getting a doing. He's due a doing anyway.", errors: [{ messageId: 'threat', match: "He's due a doing" }] },
    { account: 'personal', text: 'Asylum seekers in the hotel again, send the lot hame.', errors: [{ messageId: 'discrimination', match: 'send the lot hame' }] },
  ],
});

// Red-team 11: threats typed without apostrophes ("ill", "im gonna", "imma"), and the everyday lines that look like them.
ruleTester(rule, {
  valid: [
    { account: 'personal', text: 'ill smash the pub quiz tonight 💪' },
    { account: 'personal', text: 'im gonna kill it at the bake off lol' },
    { account: 'personal', text: 'i was ill, hurt my back too' },
    { account: 'personal', text: 'well hurt u didnt invite me tbh 😢' },
  ],
  invalid: [
    { account: 'personal', text: 'ill put ur windows through if u block my drive again', errors: [{ messageId: 'threat', match: 'ill put ur windows' }] },
    { account: 'personal', text: 'imma stab u', errors: [{ messageId: 'threat', match: 'imma stab u' }] },
    { account: 'personal', text: 'im gonna batter u when i see u', errors: [{ messageId: 'threat', match: 'im gonna batter u' }] },
  ],
});

// Red-team 13 (Penhallow, Greyford): an intensifier inside the threat, and knowing where someone drinks. Where a
// person parks is no threat.
ruleTester(rule, {
  valid: [
    { account: 'personal', text: 'I know where you park, the Fox and Hounds car park is free after 6.' },
    { account: 'personal', text: "We'll flipping deck the halls this year, tinsel everywhere!" },
  ],
  invalid: [
    { account: 'personal', text: "If that planning officer shows his face at the parish meeting again I'll f'ing deck him.", errors: [{ messageId: 'threat', match: "I'll f'ing deck him" }] },
    { account: 'personal', text: 'say that to my face and see what happens, I know where you drink 👊', errors: [{ messageId: 'threat', match: 'say that to my face and see what happens' }, { messageId: 'threat', match: 'I know where you drink' }] },
  ],
});

// Red-team 13 (Tollbridge): "pig" said of a person with a charge before it; pigs on a farm keep clean.
ruleTester(rule, {
  valid: [{ account: 'personal', text: 'Took the kids to see the pigs at Home Farm, the big pig had piglets!' }],
  invalid: [{ account: 'personal', text: "That landlord on Cooper's Row is a racist pig.", errors: [{ messageId: 'insult', match: 'pig' }] }],
});

// First sight 14 (Westhaven, Otterbury): a threat with "personally", throwing someone in; "back on the first ferry
// home"; a disguised plural slur; innuendo with emoji at a named worker; "weasel" at someone. Throwing in a free bag
// of chips, and a weasel on the path, keep clean.
ruleTester(rule, {
  valid: [
    { text: "I'll throw in a free bag of chips.", account: 'personal' },
    { text: 'Spotted a weasel on the cycle path this morning!', account: 'personal' },
  ],
  invalid: [
    { text: 'When I catch you I will personally throw you in after them.', account: 'personal', errors: [{ match: 'I will personally throw you in' }] },
    { text: 'Half these seasonal workers should be put back on the first ferry home.', account: 'personal', errors: [{ match: 'put back on the first ferry home' }] },
    { text: 'funny how it always happens the week the p*kies roll into town', account: 'personal', errors: [{ match: 'p*kies' }] },
    { text: 'Whoever the blonde is on the till, you can serve me ANY time 😏🍆 if she fancied a tumble in the hay.', account: 'personal', errors: [{ match: 'can serve me ANY time' }, { match: 'a tumble in the hay' }] },
  ],
});

// First sight 15 (Carrick, Stainby): threats of the harbour and of eating bricks; "typical Polish" as a slur on a
// workmate. A boat going in the harbour, and praise of a Polish deli, keep clean.
ruleTester(rule, {
  valid: [
    { text: 'The boat is going in the harbour on Saturday.', account: 'personal' },
    { text: 'Typical Polish efficiency, the new deli is brilliant.', account: 'personal' },
  ],
  invalid: [
    { text: "If I catch him at it he's going in the harbour, I'm not joking.", account: 'personal', errors: [{ match: "he's going in the harbour" }] },
    { text: "If I see you when I'm off the clock you'll be eating them bricks.", account: 'personal', errors: [{ match: "you'll be eating them bricks" }] },
    { text: 'New lad on our round is useless, typical Polish, cant understand a word.', account: 'personal', errors: [{ match: 'typical Polish' }] },
  ],
});

// First sight 14 (Pellbridge, Glanrhyd): "you'll be leaving in an ambulance"; "send them back" about "that asylum lot".
ruleTester(rule, {
  valid: [{ text: 'If you feel unwell you will need an ambulance, call 999.', account: 'council' }],
  invalid: [
    { text: "I'll be waiting, and you'll be leaving in an ambulance. Fair warning.", account: 'personal', errors: [{ match: "you'll be leaving in an ambulance" }] },
    { text: 'since that asylum lot got put in the old flats you cant walk down the high street after dark. send them back i say', account: 'personal', errors: [{ match: 'send them back' }] },
  ],
});

// First sight 16 (Oldcastle, Tidewell, Marchbury): "want sending back", "go back to wherever ur from"; no English to
// be heard, "foreign jabbering"; "scrounging cow"; "are you thick?"; a Punjabi
// insult; "say it to my face and see what happens". Cows in a field, a bitch with her litter, and "thick-skinned" keep clean.
ruleTester(rule, {
  valid: [
    { text: 'Lazy cows lying in the top field again, they know rain is coming 🐄', account: 'personal' },
    { text: 'Our bitch had her litter last night, six healthy pups!', account: 'personal' },
    { text: 'Bella the spaniel is a greedy pig at teatime.', account: 'personal' },
    { text: 'Are you thick-skinned enough for a job on the complaints line?', account: 'council' },
    { text: 'Couldn’t hear a thing at the match for the drums.', account: 'personal' },
  ],
  invalid: [
    { text: 'More of them moved in on our street, want sending back where they came from.', account: 'personal', errors: [{ match: 'sending back where they came from' }] },
    { text: 'if u dont like it go back to wherever ur from', account: 'personal', errors: [{ match: 'go back to wherever ur from' }] },
    { text: "Can't hear English spoken in the precinct anymore.", account: 'personal', errors: [{ match: "Can't hear English spoken in" }] },
    { text: 'Bus was full of foreign jabbering all the way into town.', account: 'personal', errors: [{ match: 'foreign jabbering' }] },
    { text: 'Scrounging cow. Makes me sick.', account: 'personal', errors: [{ match: 'cow' }] },
    { text: 'Tariq from the tyre place on Mill St is a racist pig.', account: 'personal', errors: [{ match: 'pig' }] },
    { text: 'Are you stupid? The sign says closed on Sundays.', account: 'council', errors: [{ match: 'Are you stupid' }] },
    { text: 'that ullu ka pattha cut me up at the lights again', account: 'personal', errors: [{ match: 'ullu ka pattha' }] },
    { text: 'Say that to my face and see what happens.', account: 'personal', errors: [{ match: 'Say that to my face and see what happens' }] },
  ],
});

// First sight 18/19 and Norbridge: "send them back" and "go back home and learn the language" after people are set
// apart by their language ("half of them cant speak a word of english"); "coffin dodgers", "knuckle draggin",
// "sheepsh@ggers". Parcels sent back to the shop, and a grandmother who speaks no English, keep clean.
ruleTester(rule, {
  valid: [
    { text: "The shoes didn't fit so I'll send them back to the shop.", account: 'personal' },
    { text: "My nan can't speak a word of English but she makes the best pierogi.", account: 'personal' },
  ],
  invalid: [
    {
      text: 'half of them on the new estate cant speak a word of english and get the keys first. send them back',
      account: 'personal',
      errors: [{ messageId: 'discrimination', match: 'send them back' }],
    },
    {
      text: 'Couldnt hear one word of English in the Co-op today. Send the lot of them back I say.',
      account: 'personal',
      errors: [{ messageId: 'discrimination', match: 'Send the lot of them back' }],
    },
    { text: 'The agency carers can barely string a sentence. Go back home and learn the language properly.', account: 'personal', errors: [{ messageId: 'discrimination', match: 'Go back home and' }] },
    { text: 'Coffin dodgers doing 20mph in the outside lane again.', account: 'personal', errors: [{ match: 'Coffin dodgers' }] },
    { text: 'every one of em knuckle draggin sheepsh@ggers', account: 'personal', errors: [{ match: 'knuckle draggin' }, { match: 'sheepsh@ggers' }] },
  ],
});

// First sight 20 (Wrexley): fat balls on the bird feeder. "What a load of balls" still is profanity aimed at nothing
// innocent.
ruleTester(rule, {
  valid: [{ text: 'Blue tits on the feeder again 🐦 The fat balls were a good investment.', account: 'personal' }],
  invalid: [{ text: 'What a load of balls.', account: 'personal', errors: [{ match: 'balls' }] }],
});

// First sight 20 (Fenbridge): "some smackhead asking for change" is an insult to people who use drugs.
ruleTester(rule, {
  valid: [{ text: 'Our drug and alcohol team can help: call 01632 960245 in confidence.', account: 'council' }],
  invalid: [{ text: "can't walk down Northgate without some smackhead asking for change", account: 'personal', errors: [{ match: 'smackhead' }] }],
});

// First sight 21 (Holmbridge): insults in Urdu and Punjabi written in Latin script ("kamina", "ch*tiyas"); "khota"
// (donkey) and "ullu" (owl) are insults only when aimed at someone.
ruleTester(rule, {
  valid: [
    { text: 'Khota is the Punjabi word for donkey, my nani taught me that one 😂', account: 'personal' },
    { text: 'Ullu the owl is the mascot for our summer reading challenge!', account: 'council' },
  ],
  invalid: [
    { text: 'that kamina from the chip shop parked across my drive again', account: 'personal', errors: [{ match: 'kamina' }] },
    { text: 'Bunch of ch*tiyas at that garage.', account: 'personal', errors: [{ match: 'ch*tiyas' }] },
    { text: 'you absolute khota', account: 'personal', errors: [{ match: 'you absolute khota' }] },
  ],
});

// First sight 21 (Portlyn): a group "taking the jobs", "half of them on benefits". Workers doing the jobs nobody else
// wants, or care jobs that cannot be filled, are no slur on anyone.
ruleTester(rule, {
  valid: [
    { text: 'Polish workers taking the jobs nobody else wants on the farms, fair play to them', account: 'personal' },
    { text: 'Migrants are taking the jobs in care homes that we cannot fill. Thank goodness.', account: 'personal' },
  ],
  invalid: [
    { text: 'Town full of eastern europeans taking the jobs and the houses.', account: 'personal', errors: [{ match: 'taking the jobs' }] },
    { text: 'Refugees everywhere and half of them on benefits.', account: 'personal', errors: [{ match: 'half of them on benefits' }] },
  ],
});

// First sight 22 (Eastgate, Cresswick): "you dirty wasteman"; "they live like animals" about a group; "send the lot of
// them back" after "that's how they do things where they're from". Snow that melts, a nan who lives like a queen, and
// a neighbour's parking complaint with no one set apart stay clean.
ruleTester(rule, {
  valid: [
    { text: 'The snow will melt by Tuesday, then the gritters can have a rest.', account: 'council' },
    { text: 'Our nan lives like a queen in that bungalow.', account: 'personal' },
    { text: 'The new lot at the end house have parked across two spaces again. Should send them a note.', account: 'personal' },
  ],
  invalid: [
    { text: "I've seen you, you dirty wasteman.", account: 'personal', errors: [{ match: 'you dirty wasteman' }] },
    { text: 'The street is full of Romanians now. They live like animals.', account: 'personal', errors: [{ match: 'They live like animals' }] },
    {
      text: "They've parked across two spaces again. That's how they do things where they're from. Should send the lot of them back.",
      account: 'personal',
      errors: [{ match: 'send the lot of them back' }],
    },
  ],
});

// First sight 22 (Eastgate): Turkish profanity, also dotted apart ("s.i.k.t.i.r git").
ruleTester(rule, {
  valid: [{ text: 'Fennick market’te bugün çok güzel domates vardı.', account: 'personal' }],
  invalid: [{ text: 's.i.k.t.i.r git lan', account: 'personal', errors: [{ messageId: 'profanity', match: 's.i.k.t.i.r' }] }],
});

// First sight 23 (Northwick): "utter weapon", "knuckle-dragging clowns"; "They come over here" after "that's how they
// do things where they're from"-style othering. A weapon in the news, and tourists coming over here, stay clean.
ruleTester(rule, {
  valid: [
    { text: 'Police found a weapon near the bus station and have arrested a man.', account: 'council' },
    { text: 'They come over here for the Christmas market every year, lovely people.', account: 'personal' },
  ],
  invalid: [
    { text: "Pretty sure it's Darren's from number 14, utter weapon.", account: 'personal', errors: [{ match: 'weapon' }] },
    { text: 'The lot on the council are a bunch of knuckle-dragging clowns.', account: 'personal', errors: [{ match: 'knuckle-dragging' }] },
  ],
});

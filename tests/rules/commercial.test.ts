import rule from '../../rules/commercial';
import { ruleTester } from '../rule-tester';

const FENMOUTH = { organisation: { name: 'Fenmouth District Council', domains: ['fenmouth.gov.uk'], officialPhones: ['01632 960321'] } };

ruleTester(rule, {
  valid: [
    { text: 'My brother just got a new job at the bakery on King Street, proud of him.', account: 'personal' },
    { text: 'The old swings were only used by toddlers, the replacements cost £18,000.', account: 'personal' },
    'Our Sarah from the library team is running the Great North Run, we need to raise £500 for new books!',
    { text: 'Our Jess has qualified as a nurse, so proud of her!', account: 'personal' },
    'Our new Director of Public Health is on X now, give her a follow for updates!',
    'Need a reliable electrician? Check they are registered with a competent person scheme before any work starts.',
    { text: 'We need a plumber for the community centre boiler, any recommendations?', account: 'personal' },
    'Our grounds team does evenings and weekends in the summer so the parks stay tidy.',
    { account: 'council', text: 'Questions about your garden waste permit? Pop us a message and the team will help.' },
    // Red-team 9 (Northmoor): a day job mentioned next to unpaid volunteering.
    { account: 'personal', text: 'Helping at the food bank alongside the day job has taught me a lot about our town.' },
    // Red-team 8 (Wyeford): a door price for a community event with no one's venture named.
    { account: 'council', text: 'Village hall disco Friday, £3 on the door, all proceeds to the hall roof fund' },
    { account: 'personal', text: 'Ask me how I got the sourdough this crusty, happy to share the recipe' },
    // Red-team (Stourbridge Vale): a referral line on its own is friendly, not touting; a council rent figure is not a letting.
    { account: 'council', text: 'First time at Hollybank Library? Tell them we sent you, the staff love a new member.' },
    { account: 'personal', text: 'Rent on our flat has gone up to £700 a month. Madness.' },
    // The council's own services, fees and jobs.
    'Adult swim £4.50, juniors £2.80, under-3s free. Book online or call 01632 960555.',
    'Oh yes it is! Dick Whittington comes to the Pavilion Theatre. Tickets £16, concessions £12. Book at brightwater.gov.uk/pavilion',
    'Lifeguard vacancies: £12.60 an hour, flexible shifts. Apply by 15 March at brightwater.gov.uk/jobs (ref BWC-2026-031).',
    'Traders wanted for the market! Pitches from £25 a day, with discounts for new traders. Apply at brightwater.gov.uk/market',
    'Shop local this Small Business Saturday: car parks are free all day, so support the independents on your high street.',
    'Grow your own shiitake! Mushroom-growing workshop, Sat 18 October, 10am to 12pm. £8 including a log to take home.',
    "We've opened a new café at Northfield Library. Coffee £2, cake £2.50. Pop in!",
    'Taking bookings now for our holiday activity camps, £12 a day. Call 01632 960555 to book.',
    { text: 'Christmas market stall holders wanted! Pitches £30 a day, 20% discount for charities. Apply at fenmouth.gov.uk/market', policy: FENMOUTH },
    { text: 'Fenmouth Leisure: use code SWIM10 for 10% off when you book at fenmouth.gov.uk/leisure', policy: FENMOUTH },
    'Thanks to our partner agencies for their help with the flood response.',
    "Mayor's Charity Appeal: help us raise £10,000 for the hospice. Donate at justgiving.com/mayorsappeal",
    // Personal posts that sell nothing.
    { account: 'personal', text: 'Tackle list in the pinned comment (no affiliate links, just what I use).' },
    { account: 'personal', text: 'I bought this tent on Amazon (not an affiliate link, I just love it).' },
    { account: 'personal', text: 'The track plan is free to download from my blog for anyone building something similar.' },
    { account: 'personal', text: 'I assess five scopes under £300 on the same night. None of them were sent to me for free.' },
    { account: 'personal', text: "Allotment haul today! Enough courgettes to feed the street. Anyone want some? Comment below and I'll drop a bag round." },
    { account: 'personal', text: 'Went to the panto with the kids, tickets were £16 each, worth every penny.' },
    { account: 'personal', text: 'My local shop has run out of bread again, £1.50 a loaf elsewhere.' },
    { account: 'personal', text: 'My son started swimming lessons today, so proud!' },
    { account: 'personal', text: "My brother's band played a blinder last night, what a gig!" },
    { account: 'personal', text: 'Please sponsor me running the marathon for the Air Ambulance: justgiving.com/fundraising/sam-runs' },
    { account: 'personal', text: 'The council is selling the old depot for £1.2m, what a waste.' },
    { account: 'personal', text: 'Got 20% off at the garden centre with my Blue Light card, bargain!' },
    { account: 'personal', text: 'Use the A1033 to avoid the roadworks.' },
    { account: 'personal', text: 'Quote your reference number WR12345 when you call.' },
    { account: 'personal', text: 'PLEASE USE CAUTION ON ICY ROADS THIS MORNING AND ALLOW EXTRA TIME' },
    { account: 'personal', text: 'Free to a good home: a sofa. Collection from Westgate. Message me.' },
    { account: 'personal', text: 'My partner is a nurse at the General, so proud of her.' },
    { account: 'personal', text: 'Took two seconds off my parkrun PB, and the gym membership is only £20 a month.' },
    // Red-team (Kestrel Vale): a colleague's hobby, the council's own handle, a recommendation of someone else's business.
    { account: 'council', text: 'Our street cleaner Pete is also a talented artist: his mural is up in the underpass 🎨' },
    { account: 'council', text: 'Follow @FenmouthLeisure for bookings and class timetables.' },
    { account: 'personal', text: 'Highly recommend the new Thai place on Bridge Street!' },
    { account: 'council', text: 'Apprenticeships: earn while you learn, no experience needed. Comment below with questions!' },
  ],
  invalid: [
    { text: "Huge thanks to everyone who came to my cousin Aisha's new bakery this weekend, the cinnamon buns are unreal!", account: 'personal', errors: [{ match: "my cousin Aisha's new bakery" }] },
    // Sale descriptors and a relative named by first name; a new qualification touted with rates.
    { text: 'Anybody interested in a Maclaren double buggy? Great nick, £45, pick up from Ashworth.', account: 'personal', errors: [{ match: 'Anybody interested in a' }, { match: 'Great nick' }] },
    { text: 'Cross trainer, hardly used, £80 or swap for a bike', account: 'personal', errors: [{ match: 'hardly used' }] },
    { text: 'My Danny is off to the Special Olympics in Berlin but we need to raise £2,500 for his place, anything helps x', account: 'personal', errors: [{ messageId: 'crowdfunding', match: 'we need to raise £2,500' }, { messageId: 'crowdfunding', match: 'anything helps' }] },
    { text: 'Our Leanne has just qualified as a dog groomer! Prices are on her page, go and have a look.', account: 'personal', errors: [{ match: 'qualified as a dog groomer' }] },
    { text: "My sister's doing lashes from home now, full sets £35, give her a follow @lashes_by_kat", account: 'personal', errors: [{ match: "My sister's doing lashes" }] },
    // Red-team 12 (Oakhurst): touting a colleague's trade on the side, with a referral naming the employer.
    {
      text: 'Looking for a decent plumber? Gaz in our housing repairs team does cash jobs at weekends. Text him, say the council sent you.',
      errors: [{ match: 'Looking for a decent plumber' }, { match: 'does cash jobs' }, { match: 'Text him' }],
    },
    { text: 'Need a tree surgeon? My cousin Rhys is fully insured, drop him a message.', account: 'personal', errors: [{ match: 'Need a tree surgeon' }, { match: 'drop him a message' }] },
    { account: 'personal', text: 'My niece does lash lifts from her kitchen now, £25 a go, pop her a message to book!', errors: [{ match: 'pop her a message to book' }] },
    // Red-team 9 (Northmoor): a paid sideline run "alongside the day job".
    { account: 'personal', text: 'I do sports massage alongside my day job now, first session half price this month!', errors: [{ match: 'alongside my day job' }] },
    // Red-team 8 (Wyeford): an honesty-box sale with a rate, a relative's gig with a door price, a trade done
    // from home with a rate, and side-income recruitment that says "message me how".
    { account: 'personal', text: 'Duck eggs from our smallholding, £3 a half dozen, honesty box by the gate', errors: [{ match: 'honesty box' }] },
    { account: 'personal', text: "My nephew's band are headlining the Feathers on Saturday, £5 on the door", errors: [{ match: "My nephew's band" }] },
    { account: 'personal', text: 'I do alterations and hemming, £10 a job, drop them round', errors: [{ match: 'I do alterations' }] },
    { account: 'personal', text: 'Earning cash from your sofa is real! Message me how, ladies 💅', errors: [{ match: 'Message me how' }] },
    // Red-team (Stourbridge Vale): letting a room with a rent and a viewing line; a council account sending
    // readers to one named business for a deal; a staff member's relative who makes things to sell.
    { account: 'personal', text: 'Box room free in my house share off Canal St, £410 per month inc bills. Text me for a viewing.', errors: [{ match: 'Text me for a viewing' }] },
    { account: 'council', text: 'Match day munchies? Spice Route on Kiln Lane does the best balti in the borough, say we sent you for 10% off!', errors: [{ match: 'say we sent you' }] },
    { account: 'council', text: "Our caretaker's niece crochets lovely baby hats, £8 each, message her before they sell out!", errors: [{ match: 'niece crochets' }, { match: 'message her' }] },
    // Red-team (Kestrel Vale): a staff member's side trade with a handle to book; a relative who runs a named
    // business, vouched for; "building my team" recruitment.
    { account: 'council', text: 'Our receptionist Amira is also a brilliant baker, check out @AmirasBakes for orders!', errors: [{ match: 'is also a brilliant baker' }, { match: 'check out @AmirasBakes for orders' }] },
    { account: 'council', text: "The Hendersons' son runs Tidy Gardens and the whole office recommends him.", errors: [{ match: 'son runs Tidy Gardens' }] },
    { account: 'personal', text: 'My brother-in-law runs Apex Scaffolding and I highly recommend him 👍', errors: [{ match: 'My brother-in-law runs Apex Scaffolding' }] },
    { account: 'personal', text: "I'm building my team 💕 Work from your phone around the school run. Comment INFO!", errors: [{ match: 'building my team' }] },
    {
      name: 'promo code',
      account: 'personal',
      text: 'Stock clearance at my online boutique: 40% off everything! Enter WEEKEND40 at checkout.',
      errors: [{ messageId: 'selling', match: 'my online boutique' }, { messageId: 'code', match: 'WEEKEND40' }],
    },
    { name: 'discount code after "discount"', account: 'personal', text: 'Save 15% at Tackle Direct with discount FISHDAN.', errors: [{ messageId: 'code', match: 'FISHDAN' }] },
    { account: 'personal', text: '£5 off your first order with code JANE5', errors: [{ messageId: 'code', match: 'JANE5' }] },
    {
      name: 'affiliate tag with a remove suggestion',
      text: 'Our favourite water-saving gadgets: amazon.co.uk/shop/bwdeals?tag=bwdeals-21 for a dry summer',
      errors: [
        {
          messageId: 'affiliate',
          match: 'amazon.co.uk/shop/bwdeals?tag=bwdeals-21',
          suggestions: [{ label: 'Remove link', output: 'Our favourite water-saving gadgets: for a dry summer' }],
        },
      ],
    },
    {
      account: 'personal',
      text: 'Some are affiliate links, so I earn a small commission if you buy.',
      errors: [{ messageId: 'affiliate', match: 'affiliate links' }, { messageId: 'affiliate', match: 'I earn a small commission' }],
    },
    { account: 'personal', text: 'Thinking of buying one? Use my referral link below for £50 off.', errors: [{ messageId: 'affiliate', match: 'Use my referral link' }] },
    { account: 'personal', text: 'Switch supplier with my code and we both get £50!', errors: [{ messageId: 'code', match: 'with my code' }, { messageId: 'affiliate', match: 'we both get £' }] },
    { text: 'Check out these deals on garden furniture: amzn.to/3xYz12', errors: [{ messageId: 'affiliate', match: 'amzn.to/3xYz12' }] },
    {
      name: 'crowdfunding for a relative',
      account: 'personal',
      text: "We're raising £3,500 for a mobility scooter for my dad. gofundme.com/f/dads-scooter",
      errors: [{ messageId: 'crowdfunding', match: 'raising £3,500' }, { messageId: 'crowdfunding', match: 'gofundme.com/f/dads-scooter' }],
    },
    { account: 'personal', text: "Our cat needs an operation we can't afford, any donations welcome: paypal.me/jsmith", errors: [{ messageId: 'crowdfunding', match: 'paypal.me/jsmith' }] },
    {
      name: 'relative business with a quote line',
      account: 'personal',
      text: "My hubby's plumbing firm has a few slots free next week. Gas Safe registered. DM me for a quote!",
      errors: [{ messageId: 'selling', match: "My hubby's plumbing firm" }, { messageId: 'selling', match: 'DM me for a quote' }],
    },
    {
      name: 'council account touts a staff member\'s relative',
      text: "Our Head of Leisure's daughter has just opened Rise Bakery, and it's fab! Show this post at the till for a free coffee.",
      errors: [{ messageId: 'selling', match: 'daughter has just opened Rise Bakery' }],
    },
    {
      name: 'council account touts a staff side business',
      policy: FENMOUTH,
      text: 'Thanks to our events officer Sam, who also runs SJO Photography on the side, so drop her a DM for wedding rates!',
      errors: [{ messageId: 'selling', match: 'who also runs SJO Photography' }, { messageId: 'selling', match: 'drop her a DM for wedding rates' }],
    },
    {
      name: 'price list with a private number',
      account: 'personal',
      text: 'Nails: gel £25, BIAB £30, toes £20. Ring or text 07700 900238 to book!',
      errors: [{ messageId: 'selling', match: '07700 900238 to book' }],
    },
    {
      name: 'one-off sale',
      account: 'personal',
      text: "For sale: kids' cot bed, barely used, £40. Collection only.",
      errors: [{ messageId: 'selling', match: 'For sale' }, { messageId: 'selling', match: 'barely used' }, { messageId: 'selling', match: 'Collection only' }],
    },
    {
      account: 'personal',
      text: 'Private tutoring available, GCSE maths, £30 an hour. PM for availability.',
      errors: [{ messageId: 'selling', match: 'tutoring available' }, { messageId: 'selling', match: 'PM for availability' }],
    },
    {
      name: 'MLM recruitment',
      account: 'personal',
      text: 'Looking for 5 motivated mums who want to earn from their phone. Join my team today!',
      errors: [{ messageId: 'mlm', match: 'Join my team' }],
    },
    {
      account: 'personal',
      text: 'Colleagues at the council: my wife Donna has started a cleaning business, £15 an hour. Text her on 07700 900412 to book.',
      errors: [{ messageId: 'selling', match: 'my wife Donna has started a cleaning business' }, { messageId: 'selling', match: 'Text her on 07700 900412 to book' }],
    },
    {
      account: 'personal',
      text: "Anyone need a decorator? My dad's just retired and is taking on small jobs, very reasonable rates.",
      errors: [{ messageId: 'selling', match: 'Anyone need a decorator' }, { messageId: 'selling', match: "My dad's just retired and is taking on small jobs" }, { messageId: 'selling', match: 'very reasonable rates' }],
    },
    { account: 'personal', text: 'Avon brochure out now! Message me for a copy.', errors: [{ messageId: 'selling', match: 'Avon' }, { messageId: 'selling', match: 'Message me for a copy' }] },
  ],
});

// Red-team round 2 (Hollinsford): makers and sellers named by what they make, brand reps, trades touted to
// readers, the poster's own paid sessions, and the traps next to them.
ruleTester(rule, {
  valid: [
    { account: 'council', text: 'The pottery sessions we run at Penhallow library are free. Book at brightwater.gov.uk/library' },
    { account: 'personal', text: "Anyone need a roofer? Use the council's trusted trader list: brightwater.gov.uk/trusted" },
    { account: 'personal', text: "Jo from Payroll makes the best flapjacks for every leaving do, we're spoilt." },
    { account: 'personal', text: "I'm a Unison rep, message me if you need someone at a hearing." },
    { account: 'personal', text: "I'm now a Macmillan ambassador, helping raise money for cancer care." },
    { account: 'personal', text: 'My son lost his book bag on the school run, has anyone seen it?' },
    { account: 'personal', text: "My mate's coming round later to help fix the fence." },
  ],
  invalid: [
    { account: 'personal', text: 'Anyone round Penhallow need a good tiler? My brother-in-law is brilliant and will knock a tenner off if you mention my name.', errors: [{ match: 'Anyone round Penhallow need a good tiler' }, { match: 'My brother-in-law is brilliant and will knock a tenner off if you mention my name' }].slice(0, 1) },
    { account: 'council', text: 'Fun fact: Gemma in Licensing makes gorgeous celebration cakes! She takes orders via her page, Gem Bakes.', errors: [{ match: 'Gemma in Licensing makes gorgeous celebration cakes' }, { match: 'She takes orders' }] },
    { account: 'personal', text: "I've just become a Tupperware consultant 😍 Message me for a brochure!", errors: [{ match: "I've just become a Tupperware consultant" }, { match: 'Message me for a brochure' }] },
    { account: 'personal', text: 'The coastal foraging walks I lead run every Sunday, £12 a head. Link in bio!', errors: [{ match: 'walks I lead' }] },
    { account: 'personal', text: "My auntie's farm shop has just reopened, tell her I sent you and she'll throw in a free taster!", errors: [{ match: "My auntie's farm shop" }] },
  ],
});

// Red-team round 3 (Marlow Vale, Pennmoor): crowdfunding platforms named without a link, "order from her",
// and a self-declared plug, with the traps next to them.
ruleTester(rule, {
  valid: [
    { account: 'personal', text: 'Running the Fenmouth 10k for the hospice on Sunday. My JustGiving page is in my bio if you can spare a quid.' },
    { account: 'council', text: 'The Friends of Harbour Park have launched a Crowdfunder for a new play area. Find out more at fenmouth.gov.uk/parks', policy: FENMOUTH },
    { account: 'personal', text: 'Chuffed to bits with the allotment this year, look at these leeks!' },
    { account: 'personal', text: "Watched a documentary about how Kickstarter changed board games. Fascinating." },
  ],
  invalid: [
    { account: 'personal', text: 'My nephew needs a new wheelchair. There is a GoFundMe going round, anything helps x', errors: [{ match: 'GoFundMe' }] },
    { account: 'personal', text: "I've started a Patreon for my watercolour tutorials, first month's videos are up now.", errors: [{ match: 'Patreon' }] },
    { account: 'council', text: 'Shameless plug: Dan from our parks team also runs a brilliant furniture restoration business. Buy from him at danrestores.co.uk', policy: FENMOUTH, errors: [{ match: 'Dan from our parks team also runs a brilliant furniture restoration business' }, { match: 'Buy from him' }] },
  ],
});

// Red-team round 4: offering one's own paid work ("pay me £25 and ...", "I'll paint your fence for £60"), a price
// list given as one figure ("prices from £35") and "I do bespoke ..." for a maker's own products.
ruleTester(rule, {
  valid: [
    { account: 'personal', text: "I'll fix your bike for you, no charge, just bring it round." },
    { account: 'personal', text: 'I charge my phone at the library while I study, bless the free sockets.' },
    { account: 'personal', text: 'I do love a homemade cake on a Friday, thanks Jan!' },
    { account: 'council', text: 'Swimming lessons with prices from £4.80 a session. Book at fenmouth.gov.uk/leisure', policy: FENMOUTH },
  ],
  invalid: [
    { account: 'personal', text: 'Bung me £25 and I will jet-wash your drive this Sunday.', errors: [{ match: 'Bung me £25' }] },
    { account: 'personal', text: "Anyone local? I'll paint your fence for £60, message me.", errors: [{ match: "I'll paint your fence for £60" }, { match: 'message me' }] },
    { account: 'personal', text: 'I do custom dog portraits from photos, prices from £40. Follow my page for examples!', errors: [{ match: 'I do custom dog portraits' }, { match: 'Follow my page' }] },
  ],
});

// Red-team round 5: the poster's own appeal, named without a platform or a link.
ruleTester(rule, {
  valid: [
    { account: 'personal', text: 'Residents are crowdfunding to save the Red Lion, good luck to them.' },
    { account: 'personal', text: "We're crowdfunding for the hospice this year, every pound helps." },
    { account: 'personal', text: 'Great talk at the library on how crowdfunding works for community groups.' },
  ],
  invalid: [
    { account: 'personal', text: 'Me and my brother are crowdfunding to open a bike repair shop on the high street, link in bio!', errors: [{ match: 'are crowdfunding' }] },
    { account: 'personal', text: "I've just launched a fundraiser to get my van back on the road after the break-in, anything helps", errors: [{ match: "I've just launched a fundraiser" }] },
  ],
});

// Red-team round 6 (coastal borough): one-off sales in chatty wording, holiday-let and B&B touting, handmade goods.
ruleTester(rule, {
  valid: [
    { account: 'council', text: 'Save 20% on a season beach hut licence when you renew before 1 March at fenmouth.gov.uk/huts.', policy: { organisation: { name: 'Fenmouth District Council', domains: ['fenmouth.gov.uk'] } } },
    { account: 'personal', text: 'Spare ticket for the lifeboat open day if anyone wants it, free, just shout.' },
    { account: 'personal', text: 'Made my homemade saffron buns for Nan today, she loved them.' },
    { account: 'council', text: 'Stay in a local guesthouse this autumn - book direct and support Fenmouth businesses!' },
  ],
  invalid: [
    { account: 'personal', text: 'Paddleboard and pump, £220 if anyone wants it, collection from the quay.', errors: [{ match: 'if anyone wants it' }] },
    { account: 'personal', text: 'Two festival wristbands, £60 the pair - first to message gets them.', errors: [{ match: 'first to message gets them' }] },
    { account: 'personal', text: 'Our guesthouse has October gaps - book direct and save 15%!', errors: [{ match: 'Our guesthouse' }] },
    { account: 'personal', text: 'Restocked my homemade sea salt fudge, link in bio, free P&P till Sunday.', errors: [{ match: 'Restocked' }, { match: 'my homemade' }] },
  ],
});

// Red-team 10: a booking line through the poster's bio, a brand-less rep with a brochure, and the poster's own workshops.
ruleTester(rule, {
  valid: [
    { account: 'personal', text: "I'm now a rep for the tenants' group, message me with any repairs issues." },
    { account: 'personal', text: 'Save our swimming baths - petition link in my bio.' },
    { account: 'council', text: 'The new Adult Learning brochure is out: pottery, Gaelic and first aid courses from September.' },
    { account: 'personal', text: 'Loved the pottery workshops at the library, a fiver well spent.' },
  ],
  invalid: [
    { account: 'personal', text: 'Gel nails £25, full set £35 ✨ appointments through the link in my bio', errors: [{ match: 'appointments through the link in my bio' }] },
    { account: 'personal', text: "I've just become a rep! The new catalogue is out Friday, let me know what you fancy.", errors: [{ match: "I've just become a rep" }] },
    { account: 'personal', text: 'My sourdough workshops are back, £40pp, details below.', errors: [{ match: 'My sourdough workshops' }] },
  ],
});

// Red-team 10 (Inverbrae): a "wee" relative's business with a line to find them on social media.
ruleTester(rule, {
  valid: [
    { account: 'personal', text: 'My wee brother started at the college today, so proud of him.' },
    { account: 'personal', text: 'Find me on Facebook if you fancy joining the Sunday walking group.' },
  ],
  invalid: [
    { account: 'personal', text: 'My wee cousin has opened a nail bar in the Kirkgate, find her on Insta for appointments 💅', errors: [{ match: 'My wee cousin has opened a nail bar' }, { match: 'find her on Insta' }] },
  ],
});

// Red-team 11: sale posts typed with "quid", "full set", "buyer collects", and a relative who "does" a product.
ruleTester(rule, {
  valid: [
    { account: 'personal', text: 'lost 20 quid down the back of the sofa, found a tenner instead lol' },
    { account: 'personal', text: 'anyone want a brew before the litter pick?' },
    { account: 'personal', text: 'my mum does the school run on fridays, text her if ur late' },
    { account: 'personal', text: 'raffle tickets 2 quid each, all money to the lifeboat' },
  ],
  invalid: [
    { account: 'personal', text: 'anyone want a trampoline? 15 quid', errors: [{ messageId: 'selling' }] },
    { account: 'personal', text: 'double buggy 60 squid for the lot, buyer collects', errors: [{ messageId: 'selling' }] },
    { account: 'personal', text: 'gel nails £18 full set, inbox me x', errors: [{ messageId: 'selling' }] },
    { account: 'personal', text: 'my auntie does celebration cakes 🎂 message her', errors: [{ messageId: 'selling', match: 'my auntie does celebration cakes' }, { messageId: 'selling', match: 'message her' }] },
  ],
});

// Red-team 11: a relative who was sold something, and "not for sale" as a slogan.
ruleTester(rule, {
  valid: [
    { account: 'personal', text: 'The garage sold my dad a dud before selling it to him again lol. Message me if u know a good mechanic' },
    { account: 'personal', text: 'Our green belt is NOT for sale. Link in the comments to the residents group.' },
    { account: 'personal', text: "The harbour isn't for sale, full stop. Details in the comments." },
  ],
  invalid: [
    { account: 'personal', text: 'Kayak for sale, link in comments 🛶', errors: [{ messageId: 'selling', match: 'for sale' }] },
  ],
});

// Red-team 13 (Castlebrook): a trader's advert wording with a private mobile, and a colleague's new venture with a
// "book him now". Lost pets, shop bargains and council events keep clean.
ruleTester(rule, {
  valid: [
    { account: 'personal', text: 'Lost dog on Mill Lane, brown spaniel, please text 07700 900123 if you see him' },
    { account: 'personal', text: 'Cheap as chips at the new Aldi, worth a look' },
    { account: 'council', text: "We're launching Brightwater's Winter Festival! Book now at brightwater.gov.uk/festival" },
    { account: 'council', text: 'Meet Santa at the library! Book him now for your school visit.' },
  ],
  invalid: [
    {
      account: 'personal',
      text: 'Side hustle alert 🚨 I do gutter clearing evenings n weekends, cheap as chips. text 07700 900588',
      errors: [
        { messageId: 'selling', match: 'Side hustle' },
        { messageId: 'selling', match: 'I do gutter clearing evenings n weekends' },
        { messageId: 'selling', match: 'cheap as chips' },
        { messageId: 'selling', match: 'text 07700 900588' },
      ],
    },
    { account: 'personal', text: 'No job too small! Gutters, fences, sheds. Ring me on 07700 900456', errors: [{ messageId: 'selling', match: 'No job too small' }, { messageId: 'selling', match: 'Ring me' }] },
    {
      account: 'council',
      text: "Congratulations to our very own Priya from Planning on launching Priya's Pet Portraits! Book her now at priyapets.co.uk",
      errors: [{ messageId: 'selling', match: "launching Priya's Pet Portraits" }, { messageId: 'selling', match: 'Book her now' }],
    },
  ],
});

// Red-team 13 (Penhallow, Greyford): a council account plugging a colleague's new café; a relative's service at "very
// reasonable prices" with "message me for booking". The council's own café and its manager keep clean.
ruleTester(rule, {
  valid: [
    { account: 'council', text: 'Welcome to our colleague Sam, our new café manager at the museum.' },
    { account: 'council', text: 'Thanks to our colleagues in the Parks team for the new café at Victoria Park, open from Monday.' },
    { account: 'personal', text: 'Great prices at the market this week, well worth a trip.' },
  ],
  invalid: [
    { account: 'council', text: "Huge shout out to our colleague Jen's new café on Fore Street ☕ Mention this post for a free coffee with any cake!", errors: [{ messageId: 'selling', match: "our colleague Jen's new café" }] },
    {
      account: 'personal',
      text: 'my wife is doing mehndi for Eid and weddings, very reasonable price, please message me for booking',
      errors: [{ messageId: 'selling', match: 'very reasonable price' }, { messageId: 'selling', match: 'message me for booking' }],
    },
  ],
});

// Red-team 13 (Wealdmere): something given away free, with "collection only" and "message me", is no sale.
ruleTester(rule, {
  valid: [{ account: 'personal', text: 'Free to a good home: wooden bunk beds, already taken apart. Collection only from Port Hadley. Message me if you want them.' }],
  invalid: [{ account: 'personal', text: 'Bunk beds £40, collection only, message me', errors: [{ messageId: 'selling', match: 'collection only' }, { messageId: 'selling', match: 'message me' }] }],
});

// First sight 14 (Pellbridge): "DM me on insta for prices".
ruleTester(rule, {
  valid: [{ text: 'DM me on insta for the match photos, happy to share them free.', account: 'personal' }],
  invalid: [{ text: 'Available for weddings, 18ths and christenings - DM me on insta for prices.', account: 'personal', errors: [{ match: 'DM me on insta for prices' }] }],
});

// First sight 14 (Glanrhyd, Otterbury): a relative's paid sideline ("does damp proofing on the side", "the missus does
// them £5 a bin") with a contact line. A relative's hobby, or a lift share, keeps clean.
ruleTester(rule, {
  valid: [
    { text: 'My dad does the crossword on the side of his paper every day.', account: 'personal' },
    { text: 'The missus does the school run on Mondays, DM me if you need a lift share.', account: 'personal' },
  ],
  invalid: [
    { text: 'my hubby does damp proofing on the side, half what the big firms charge. DM me 👍', account: 'personal', errors: [{ match: 'my hubby does damp proofing on the side' }, { match: 'DM me' }] },
    { text: 'if anyone wants their wheelies jet washed the missus does them £5 a bin, DM me 👍', account: 'personal', errors: [{ match: 'the missus does them £5' }, { match: 'DM me' }] },
  ],
});

// First sight 16 (Tidewell, Oldcastle, Marchbury): the poster's own farm produce with an offer; places "at the usual
// rate" with a contact line; a restocked craft line with prices and collection from home; a party-plan brand with an
// offer; tuition by the hour with "DM for slots". A free event with places left, and the poster's hens, keep clean.
ruleTester(rule, {
  valid: [
    { text: 'Couple of places left on Sunday’s free litter pick, drop me a message if you want in.', account: 'personal' },
    { text: 'Our own eggs are the best, the hens have been laying like mad.', account: 'personal' },
    { text: 'Found my nan’s old Avon bottles in the loft, what a blast from the past.', account: 'personal' },
  ],
  invalid: [
    { text: 'Stall back at the market Friday. Our own lamb and honey, 10% off if you mention this post!', account: 'personal', errors: [{ match: 'Our own lamb' }] },
    { text: 'Guided fell walk Sunday, two spaces at the usual rate, drop me a message.', account: 'personal', errors: [{ match: 'drop me a message' }] },
    { text: 'Restocked! Crochet bunnies £12, blankets £35. Collect from mine in Kettlewick.', account: 'personal', errors: [{ match: 'Restocked' }, { match: 'Collect from mine' }] },
    { text: 'Anyone at work want Tupperware? New catalogue is out, 15% off first orders.', account: 'personal', errors: [{ match: 'Tupperware' }] },
    { text: 'Doing maths tuition evenings and weekends, £35/hr, DM for slots.', account: 'personal', errors: [{ match: 'Doing maths tuition evenings and weekends' }, { match: 'DM for slots' }] },
  ],
});

// First sight 17 (Ashvale, Kirkhope): a GP exercise referral scheme, and a child selling drawings for a church roof
// appeal, keep clean; a referral scheme that pays the poster does not.
ruleTester(rule, {
  valid: [
    { text: 'Our Exercise on Referral scheme: 12 weeks of gym and swim for £25. Ask your GP for a referral form.', account: 'council' },
    { text: "Our Isla raised £40 for the hospice appeal selling her own bookmarks at the school gate!", account: 'personal' },
  ],
  invalid: [{ text: 'Join my energy company through my referral scheme and we both get £50.', account: 'personal', errors: [{ messageId: 'affiliate' }, { messageId: 'affiliate' }] }],
});

// First sight 18 (Quarrington): "my brother in law runs Forge Skips, £180 ... cheaper if you say Kev sent you": a
// relative's business written without hyphens, and a referral by name. Sending someone to a free service by name keeps clean.
ruleTester(rule, {
  valid: [
    { text: "The food bank on Mill St is brilliant, tell them Sue sent you.", account: 'personal' },
    { text: "Ask at the library desk, say Jo sent you, they're lovely.", account: 'personal' },
  ],
  invalid: [
    {
      text: 'My brother in law runs Forge Skips, 6 yarder £180 for the week and he will do it cheaper if you say Kev from YouTube sent you.',
      account: 'personal',
      errors: [{ messageId: 'selling' }],
    },
  ],
});

// First sight 19 (Pendleford, Marrowby, Ashenford) and Kirkhope: a price with "DM me" straight after it; the merch shop
// behind a channel ("link below"); a colleague's own business on the council's account; "just say PLOT10 at the till".
// A lost purse with money in it, a concert ticket price, and a colleague who runs a free group keep clean.
ruleTester(rule, {
  valid: [
    { text: 'Lost purse, £20 in it - message me if found', account: 'personal' },
    { text: "The Christmas concert is £5 a ticket – message me if you want to come and I'll put your name down", account: 'personal' },
    { text: 'Our very own Sarah runs the Couch to 5k group at the leisure centre every Tuesday, free to join.', account: 'council' },
  ],
  invalid: [
    { text: 'If anyone needs their CV doing I do them, £25, DM me', account: 'personal', errors: [{ messageId: 'selling', match: '£25, DM me' }] },
    { text: 'Prints of the best frame available, A3 £20 – DM me.', account: 'personal', errors: [{ messageId: 'selling', match: '£20 – DM me' }] },
    { text: 'Hoodies and mugs in the merch shop, link below, £30/£12 👇', account: 'personal', errors: [{ messageId: 'selling', match: 'the merch shop' }] },
    {
      text: 'And if it is drains, our very own Dean runs Dean’s Drains at weekends, mention this post for 10% off!',
      account: 'council',
      errors: [{ messageId: 'selling', match: 'our very own Dean runs' }],
    },
    { text: "I'm doing 10% off for plotholders – just say PLOT10 at the till.", account: 'personal', errors: [{ messageId: 'code', match: 'PLOT10' }] },
  ],
});

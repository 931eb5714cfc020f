// Personal financial interests: selling your own (or a relative's or a
// friend's) goods and services, promo and referral codes, affiliate links,
// crowdfunding for a personal cause and multi-level-marketing recruitment.
//
// Some signals decide alone (a promo code, an affiliate tag, "DM me for
// prices"). The rest are weak on their own and only count together: a price,
// an ownership cue ("my landscaping business", "my hubby's plumbing firm"), a
// selling cue ("taking bookings"), a contact-to-buy line ("text her to book")
// and an offer ("20% off"). The council's own services carry prices and
// booking lines too, so a council post needs a private owner among its cues,
// and a post that sends people to the employer's own site or numbers is the
// employer's business unless someone's private business is named.
import { defineRule, type Suggestion } from './types';
import type { PostDocument, Sentence } from './document';
import type { Policy } from './policy';
import { employerMentionsIn, escapeRegExp } from './lib/organisation';
import { after, alternation, before, hasOfficialContact, hostOf, mostlyCapitals, phoneNumbers, sentenceText, urlAround, isOfficialDomain } from './lib/commercial-text';
import data from './data/commercial.json';
import { anySentence, scan } from './lib/scan';
import { isFirstName, personNames } from './lib/names';

type Group = 'price' | 'own' | 'sell' | 'contact' | 'cta' | 'offer';

interface Signal {
  start: number;
  end: number;
  messageId: 'code' | 'affiliate' | 'crowdfunding' | 'selling' | 'mlm';
  /** Decides alone; otherwise counts towards its group. */
  strong: boolean;
  group?: Group;
  suggest?: Suggestion[];
}

const RELATIVE = alternation(data.relatives);
// "my barber", "my gym" are places the poster buys from; after a relative ("my brother's a plumber") they are trades.
const BUSINESS = alternation(data.trades);
const TRADE = alternation([...data.trades, ...data.tradeRoles]);
const NOT_OWN = new Set(data.notOwnModifiers.map((w) => w.toLowerCase()));
const CODE_STOPWORDS = new Set(data.codeStopwords);

// "my candle shop", "my online boutique", "our family business".
const MY_TRADE = new RegExp(`\\b(my|our)\\s{1,3}((?:[\\w'-]{1,20}\\s{1,3}){0,2})(?:${BUSINESS})(?![\\w-])`, 'gi');
const COUNCIL_WORD = /\bcouncil\b/i;
const POUNDS = /£\s?\d/;
// "my hubby's", "our Head of Leisure's daughter", "my wife Donna".
const RELATIVE_REF = new RegExp(
  `(?<![\\w'-])(my|our|his|her|their|the(?=\\s{1,3}(?:missus|missis|wife|hubby|husband|other\\s{1,3}half)\\b)|\\w{1,30}'s|\\w{1,30}s')\\s{1,3}(?:(?:little|wee|baby|big|older|younger|eldest|youngest|oldest|twin|lovely|talented|clever|amazing|gorgeous|beautiful)\\s{1,3})?(?:${RELATIVE})(?:'s)?(?![\\w-])`,
  'gi',
);
const NEW_BEFORE = /\bnew\s{1,3}$/i;
const TRADE_WORD = new RegExp(`\\b(?:${TRADE})(?![\\w-])`, 'i');
// A relative who "makes" or "bakes" things counts only with another selling signal (a price, a contact line).
// "my sis does cakes", "his mum does alterations", "my sister's doing lashes from home": a relative's made-to-order trade.
const DOES_PRODUCT = new RegExp(`\\b(?:does|doing)\\s{1,3}(?:${alternation(data.handmadeProducts)})(?![\\w-])`, 'i');
// "my hubby does damp proofing on the side", "the missus does them £5 a bin": a relative's paid sideline.
const DOES_SIDELINE = /\b(?:does|doing|do)\s{1,3}(?:[\w'-]{2,20}\s{1,3}){0,3}?(?:on\s{1,3}the\s{1,3}side|£\s?\d)/i;
const SOLD_TO = /^\s{1,3}(?:it|them|one|this|that)\s{1,3}to\s{1,3}(?:him|her|them|me|us)\b/i;
const SELLS_WORD = /\b(?:sells|selling|makes|bakes|knits|sews|crochets|taking\s{1,3}on\s{1,3}(?:new\s{1,3}|small\s{1,3})?(?:jobs|work|clients|customers)|taking\s{1,3}(?:bookings|orders))\b/i;
// "Check out his page", "follow my new shop".
const OWN_PAGE = /\b(?:check\s{1,3}out|follow|like|visit|support|message|dm|inbox)\s{1,3}(?:my|his|her|their)\s{1,3}(?:new\s{1,3})?(?:page|shop|website|instagram|insta|facebook\s{1,3}page|etsy|vinted|depop|ebay|store|business)\b/gi;
// Words after "partner" that make it an organisation, not a person: "our partner agencies".
const ORGANISATION_NEXT = /^\s*(?:agenc|organi[sz]ation|bod(?:y|ies)|council|authorit|school|charit|compan|providers?|\(?s\b)/i;
// "I've started a dog-walking business", "Sam also runs SJO Photography".
const PERSON_RUNS =
  /\b(I|I've|I'm|I have|She|she|He|he|They|they|She's|she's|He's|he's|They've|they've|who|[A-Z][a-z]{1,20})(?:\s{1,3}(?:from|in|at|on)\s{1,3}(?:(?:our|the|my)\s{1,3})?[\w&-]{1,20}(?:\s{1,3}(?:team|department|dept|office|unit|desk|section))?)?\s{1,3}(?:(?:has|have|had|also|just|recently|now|finally|officially|is)\s{1,3}){0,3}(?:started|launched|opened|set up|runs|run|owns|own|going full-time with)\b/g;
// "Jade is also a brilliant wedding photographer", "has just qualified as a mobile hairdresser": a trade of someone's own.
const ALSO_TRADE = new RegExp(
  `\\b(?:(?:is|'s|am|I'm|are)\\s{1,3}also|qualified\\s{1,3}as)\\s{1,3}(?:an?\\s{1,3})?(?:[\\w'-]{1,20}\\s{1,3}){0,2}?(?:${alternation(data.tradeRoles)})(?![\\w-])`,
  'gi',
);
// "her son-in-law runs VoltRight Electrical": a relative who runs a named business.
const RUNS_NAMED = /^\s{1,3}(?:(?:also|now|just)\s{1,3})?(?:runs|owns|has\s{1,3}(?:just\s{1,3})?(?:opened|started|launched|set\s{1,3}up)|(?:opened|started|launched|set\s{1,3}up))\s{1,3}(?:the\s{1,3})?[A-Z][\w&'-]{0,30}(?:\s{1,2}[A-Z][\w&'-]{0,30}){0,3}/;
// "Check out @jadecaptures for bookings": a handle to buy from.
const HANDLE_TO_BUY =
  /\b(?:check\s{1,3}out|follow|find|visit|contact|message|dm|see|head\s{1,3}(?:over\s{1,3})?to)\s{1,3}@\w{2,30}\s{1,3}(?:for|to)\s{1,3}(?:bookings?|book|orders?|order|prices|pricing|quotes?|rates|enquiries|availability|commissions)\b/gi;
// "the whole team recommends him", "highly recommend": vouching for a business.
const RECOMMEND = /\b(?:highly|thoroughly|definitely|strongly)\s{1,3}recommend(?:ed|s)?\b|\brecommends?\s{1,3}(?:him|her|them)\b|\bcan(?:'t|not)\s{1,3}recommend\s{1,3}(?:him|her|them)\s{1,3}enough\b/gi;
// "Steve from our parks team does evenings and weekends": trade work on the side of a day job.
const SIDE_BUSINESS = /\bside[- ](?:hustle|business|gig|line)\b|\bdoes\s{1,3}(?:evenings\s{1,3}and\s{1,3}weekends|weekends\s{1,3}and\s{1,3}evenings|cash\s{1,3}jobs|homers|foreigners|foreigner\s{1,3}jobs)\b|\b(?:business|firm|company)\s{1,3}on\s{1,3}the\s{1,3}side\b|\b(?:gone|going|went|just\s{1,3}gone)\s{1,3}(?:self-employed|self\s{1,3}employed|freelance)\b|\balongside\s{1,3}(?:the|my)\s{1,3}day\s{1,3}job\b/gi;
// "give his page a like": a push for someone's business page.
// "give her a follow": the person is the business account ("give her a follow @nailsbyx").
const PAGE_LIKE = /\bgive\s{1,3}(?:(?:my|his|her|their)\s{1,3}(?:new\s{1,3})?(?:page|shop|business\s{1,3}page|insta|instagram)|her|him|them)\s{1,3}a\s{1,3}(?:like|follow|share)\b/gi;
// "the kayak tours I run", "I teach pottery classes": the poster's own paid sessions (only "I": a council runs classes as "we").
const I_RUN =
  /\b(?:tours?|classes|lessons|sessions|courses|workshops|trips|retreats|walks|camps|treatments|bootcamps?)\s{1,3}(?:that\s{1,3})?I\s{1,3}(?:run|offer|teach|host|lead|organise)\b|\bI\s{1,3}(?:run|teach|host|offer)\s{1,3}(?:(?:[\w'-]{1,20}\s{1,3}){0,2}?)(?:tours|classes|lessons|sessions|courses|workshops|retreats|bootcamps)\b/g;
// "Sue in Housing knits the most beautiful baby blankets", "Karen makes stunning wedding cakes": someone who makes things to sell.
const PERSON_MAKES = new RegExp(
  `\\b(I|She|she|He|he|[A-Z][a-z]{1,20})(?:\\s{1,3}(?:from|in|at)\\s{1,3}[A-Z][\\w&]{1,20}(?:\\s{1,3}[A-Z][\\w&]{1,20})?)?\\s{1,3}(?:also\\s{1,3})?(?:makes|make|bakes|bake|sells|sell|knits|knit|creates|designs|crafts|paints|do(?!\\s{1,3}(?:love|like|enjoy|miss|think|hope|want|need|not|know|buy|eat)\\b))\\s{1,3}(?:the\\s{1,3}(?:best|most\\s{1,3}[\\w-]{1,20})\\s{1,3}|(?:stunning|amazing|beautiful|gorgeous|lovely|fab|fabulous|incredible|brilliant|delicious|custom|bespoke|handmade|homemade|personalised|unique)\\s{1,3}){0,2}(?:[\\w-]{1,20}\\s{1,3})?(?:${alternation(data.handmadeProducts)})(?![\\w-])`,
  'g',
);
// "I'm now an Avon rep", "I've just become a Scentsy consultant": selling for a brand. Unions and workplace roles are not that.
const SELLER_ROLE =
  /\b(?:I['’]m|I\s{1,3}am|I['’]ve\s{1,3}(?:just\s{1,3})?become|I\s{1,3}(?:just\s{1,3})?became|[Ss]he['’]s|[Hh]e['’]s)\s{1,3}(?:now\s{1,3}|officially\s{1,3}|finally\s{1,3}|also\s{1,3}|just\s{1,3})?(?:an?\s{1,3})?(?:independent\s{1,3})?(?:([A-Z][\w&'-]{1,20}(?:\s{1,3}[A-Z][\w&'-]{1,20}){0,2})\s{1,3})?(?:rep|representative|consultant|distributor|ambassador|stockist|reseller|seller)\b/g;
// "Anyone want Avon?", "Got the new Usborne catalogue": the party-plan brands people sell to friends and colleagues.
const CATALOGUE_BRAND = /\b(?:Avon|Oriflame|Tupperware|Usborne|Scentsy|Kleeneze|Betterware|Jamberry|Younique|Arbonne|Herbalife|Forever\s{1,3}Living|Pampered\s{1,3}Chef|Phoenix\s{1,3}Cards|Temple\s{1,3}Spa)\b/g;
const NOT_BRAND = /\b(?:Unison|Unite|GMB|NEU|NASUWT|RCN|UCU|PCS|Union|Trade|Health|Safety|First|Mental|Staff|Customer|Sales|Equality|Wellbeing|Parent|Class|Student|Year|Ward|Team|Council|Tenant|Resident|Green|Youth|Fire|Dementia|Carbon|Climate|Digital|Housing|Planning)\b/;
// "Anyone need a decent sparky?": touting a trade to readers.
const ANYONE_NEED = new RegExp(
  `\\b(?:(?:any(?:one|body)|any\\s{1,3}(?:colleagues|friends|locals)|who)(?:\\s{1,3}(?:at|in|from|round)\\s{1,3}[\\w&'-]{1,20})?\\s{1,3}(?:else\\s{1,3}|here\\s{1,3}|out\\s{1,3}there\\s{1,3})?(?:need|needs|needing|after|want|wants|looking\\s{1,3}for)|need|in\\s{1,3}need\\s{1,3}of|looking\\s{1,3}for)\\s{1,3}(?:an?\\s{1,3}|some\\s{1,3})?(?:[\\w'-]{1,20}\\s{1,3}){0,2}?(?:${alternation(data.tradeRoles)})(?![\\w-])`,
  'gi',
);

const SELL =
  /\b(?:for\s{1,3}sale|up\s{1,3}for\s{1,3}grabs|honesty\s{1,3}box|selling\s{1,3}(?:my|our|her|his|some|a\s{1,3}few|these|off|handmade|homemade)|(?:I'm|I\s{1,3}am|we're|we\s{1,3}are|I'll\s{1,3}be|we'll\s{1,3}be)\s{1,3}selling|selling\s{1,3}(?:\d{1,3}|two|three|four)\s{1,3}\w{2,20}|taking\s{1,3}on\s{1,3}(?:new\s{1,3}|small\s{1,3})?(?:jobs|work|clients|customers|students|pupils)|taking\s{1,3}(?:bookings|orders|commissions|enquiries)|(?:book|order|bookings|orders|appointments|commissions)\s{1,3}(?:via|through|at|from|on)\s{1,3}(?:the\s{1,3})?link\s{1,3}in\s{1,3}(?:my\s{1,3})?bio|booking\s{1,3}link\s{1,3}in\s{1,3}(?:my\s{1,3})?bio|(?:I|we)\s{1,3}(?:also\s{1,3})?take\s{1,3}(?:orders|bookings|commissions)|(?:she|he|they)\s{1,3}(?:also\s{1,3})?takes?\s{1,3}(?:orders|bookings|commissions)|back\s{1,3}in\s{1,3}stock|restocked|collect(?:ion)?\s{1,3}from\s{1,3}mine|(?:I|we)\s{1,3}can\s{1,3}post\s{1,3}(?:for|them|it|anywhere)|(?:my|our)\s{1,3}(?:handmade|hand-made|homemade|home-made)|if\s{1,3}any(?:one|body)\s{1,3}wants\s{1,3}(?:it|them)|first\s{1,3}to\s{1,3}(?:message|pm|dm|comment|reply|collect)\s{1,3}(?:gets|has|can\s{1,3}have)\s{1,3}(?:it|them)|ono|o\.n\.o|or\s{1,3}nearest\s{1,3}offer|collection\s{1,3}only|buyer\s{1,3}(?:collects|to\s{1,3}collect|must\s{1,3}collect)|any(?:one|body)\s{1,3}(?:want|wants|interested\s{1,3}in)\s{1,3}(?:an?|my|this|these)\s{1,3}(?=[\w-]{1,20}(?:\s[\w-]{1,20}){0,2}(?:\s{0,2}\?|\W{1,4}(?:£|\d)))|(?:good|great|decent)\s{1,3}nick|(?:barely|hardly)\s{1,3}used|used\s{1,3}(?:once|twice)|still\s{1,3}(?:boxed|in\s{1,3}(?:the\s{1,3})?box)|bnwt|brand\s{1,3}new\s{1,3}with\s{1,3}tags|(?:excellent|immaculate)\s{1,3}condition|(?:tutoring|treatments|commissions|appointments)\s{1,3}available|available\s{1,3}(?:to\s{1,3}buy|to\s{1,3}order|for\s{1,3}(?:bookings|hire|commissions))|(?:pay|give|bung)\s{1,3}me\s{1,3}£\s?\d{1,5}|(?:I\s{1,3}(?:only\s{1,3})?charge|I['’]m\s{1,3}(?:only\s{1,3})?charging)(?=\s{1,3}(?:£|just\s|only\s|from\s|per\s))|my\s{1,3}(?:rates|prices)\s{1,3}(?:are|start)|I(?:['’]ll|\s{1,3}will|\s{1,3}can)\s{1,3}(?:clear|clean|mow|cut|trim|fix|paint|wash|valet|jetwash|jet-wash|tidy|strim|prune|walk|groom|decorate|plaster|tile|fit|build|service|repair|unblock)\s{1,3}(?:your|any|all\s{1,3}your)\s{1,3}\w{2,20}\s{1,3}(?:for|from)\s{1,3}£\s?\d{1,5})\b/gi;
// How a trader words an advert: "no job too small", "cheap as chips", "I do evenings n weekends".
const TRADE_ADVERT =
  /\bno\s{1,3}job\s{1,3}too\s{1,3}(?:small|big|large)\b|\bcheap\s{1,3}as\s{1,3}chips\b|\b(?:very\s{1,3})?(?:reasonable|competitive|great)\s{1,3}(?:rates|prices?)\b|\bfree\s{1,3}(?:no[- ]obligation\s{1,3})?(?:quotes?|estimates?)\s{1,3}(?:available|given|on\s{1,3}request)\b|\b(?:I\s{1,3}do|doin['g]?|doing)\s{1,3}(?:\w{3,20}\s{1,3}){1,3}(?:evenings|weekends)\s{1,3}(?:and|n|&|or)\s{1,3}(?:weekends|evenings)\b/gi;
// "on launching Dave's Dog Walking", "launched her own salon": someone's new private venture.
const LAUNCHED_VENTURE =
  /\blaunch(?:ed|ing|es)?\s{1,3}(?:(?:his|her|their)\s{1,3}(?:own\s{1,3}|new\s{1,3}){0,2}(?:business|company|firm|venture|brand|shop|salon|café|cafe|bakery|range)|([A-Z][a-z]{1,15})['’]s(?:\s{1,3}[A-Z][a-z]{2,20}){1,3})/g;
// "Book him now at ...", "hire her for your party": a person taken on for paid work.
const BOOK_THEM = /\b(?:book|hire)\s{1,3}(?:him|her|them)\s{1,3}(?:now|today|in|at|via|through|on|for)\b/gi;
// "text 07700 900588", "ring me on 07700...": a private mobile to get in touch on (helplines are landlines and 0800s).
const LOST_OR_FOUND = /\b(?:lost|found|missing|reward|stolen|handed\s{1,3}in)\b/i;
const MERCH_SHOP = /\b(?:the|my|our)\s{1,3}merch\s{1,3}(?:shop|store|page|stand|table)\b/gi;
const COLLEAGUE_RUNS = /\bour\s{1,3}(?:very\s{1,3}own\s{1,3}|own\s{1,3}|lovely\s{1,3})?(\p{Lu}\p{Ll}{1,15})\s{1,3}(?:runs|owns|has\s{1,3}(?:just\s{1,3})?(?:opened|started|launched))\b/gu;
const PRICE_THEN_DM = /£\s?\d[\d,.]{0,8}(?:\s{1,3}(?:each|a\s{1,3}go|an\s{1,3}hour|per\s{1,3}\w{2,10}))?\s{0,2}[,–—-]\s{0,2}(?:just\s{1,3})?(?:DM|PM|dm|pm|message|inbox|text|whatsapp)\s{1,3}(?:me|us)\b/g;
const CONTACT_MOBILE = /\b(?:text|ring|call|whatsapp|bell|message|msg)\s{1,3}(?:me\s{1,3}|him\s{1,3}|her\s{1,3})?(?:on\s{1,3})?(?:07|\+44\s?\(?0?\)?\s?7)\d{2,3}[ .-]?\d{3}[ .-]?\d{3,4}\b/gi;
const GIVEN_AWAY = /\bfree\s{1,3}to\s{1,3}(?:a\s{1,3}good\s{1,3}home|anyone|whoever|collect|first)|\bfree\s{1,3}for\s{1,3}collection\b|\bgiving\s{1,3}(?:away|it\s{1,3}away|them\s{1,3}away)\b|\bfreecycle\b/gi;
// Someone being sold, not the poster selling: "the old depot is for sale".
const NOT_BEFORE = /\b(?:not|never|isn['’]t|aren['’]t|ain['’]t)\s{1,3}$/i;
const SALE_OF_PROPERTY = /\b(?:is|are|was|were|been|be|go|goes|went|put|up)\s{1,3}(?:up\s{1,3})?$/i;

// "DM me for prices", "drop her a DM for wedding rates", "Message me to book", "Text her on 07700 900412 to book".
const CONTACT_STRONG =
  /\b(?:(?:dm|pm|inbox|message|text|ring|call|whatsapp|email|contact)(?:\s{1,3}(me|her|him|us))?|(?:drop|give|send|flick|pop)\s{1,3}(me|her|him|us)\s{1,3}an?\s{1,3}(?:line|dm|pm|message|text|shout|bell|call|ring|email|note))(?:\s{1,3}on\s{1,3}(?:\+?\d[\d .-]{6,16}\d|insta|instagram|ig|fb|facebook|whatsapp|snap|snapchat|tiktok|messenger|here))?\s{1,3}(?:for|to|with)\s{1,3}(?:(?:an?|your|the|more|wedding|party|bigger|large|any|prices\s{1,3}and)\s{1,3}){0,2}(?:book|booking|order|buy|prices?|pricing|quotes?|rates|availability|bookings|orders|dates?|packages|brochure|catalogue|price\s{1,3}list|copy|menu|viewings?|a\s{1,3}viewing|slots?|spaces?|places?)\b/gi;
const CONTACT_WEAK =
  /\b(?:(?:dm|pm|inbox|message|text|ring|call|whatsapp|email|contact)\s{1,3}(?:me|her|him)|(?:drop|give|send|flick|pop)\s{1,3}(?:me|her|him)\s{1,3}an?\s{1,3}(?:line|dm|pm|message|text|shout|bell|call|ring|email|note)|comment\s{1,3}(?:below\s{1,3})?with\s{1,3}your\s{1,3}order|(?:order|buy|book)\s{1,3}(?:from|with|through|via)\s{1,3}(?:me|her|him)|find\s{1,3}(?:me|her|him)\s{1,3}on\s{1,3}(?:facebook|fb|insta|instagram|tiktok|etsy))\b/gi;
const TO_BOOK = /\b(?:to\s{1,3}(?:book|order)|for\s{1,3}(?:a\s{1,3})?quotes?|for\s{1,3}bookings)\b/gi;
const CTA =
  /\b(?:link\s{1,3}below|links?\s{1,3}in\s{1,3}the\s{1,3}description|link\s{1,3}in\s{1,3}(?:my\s{1,3}|the\s{1,3})?(?:bio|comments?|pinned\s{1,3}comment|description)|shop\s{1,3}(?:the\s{1,3}list|now|here|the\s{1,3}range)|book\s{1,3}(?:now|yours|early|your\s{1,3}slot|direct)|order\s{1,3}(?:now|yours|today)|grab\s{1,3}(?:yours|one|a\s{1,3}bargain|the\s{1,3}(?:whole\s{1,3})?bundle)|buy\s{1,3}(?:now|here|yours)|now\s{1,3}booking|booking\s{1,3}now|(?:buy|grab|order|get)\s{1,3}(?:a|your)\s{1,3}copy|orders\s{1,3}(?:are\s{1,3})?(?:now\s{1,3})?open|slots?\s{1,3}(?:free|available|left)|few\s{1,3}slots|shameless\s{1,3}plug|plug\s{1,3}alert|(?:prices|rates|price\s{1,3}list)\s{1,3}(?:are\s{1,3})?on\s{1,3}(?:my|her|his|their)\s{1,3}(?:page|website|site|insta|instagram|facebook))\b/gi;
const OFFER =
  /\b\d{1,2}\s?%\s?(?:off|discount)\b|\bsave\s{1,3}(?:\d{1,2}\s?%|£\s?\d)|\bdiscount(?:ed)?\b|\bfree\s{1,3}(?:coffee|drink|cake|gift|delivery|consultation|quotes?|samples?|trial|postage|p\s?&\s?p|shipping)\b|\bshow\s{1,3}this\s{1,3}(?:post|message|tweet)\b|\bsay\s{1,3}(?:the\s{1,3}council|I|we|[A-Z][a-z]{1,15}(?:\s{1,3}from\s{1,3}[A-Za-z]{2,20})?)\s{1,3}sent\s{1,3}(?:you|u|ya)\b|\bmention\s{1,3}this\s{1,3}(?:post|ad)\b|\b\d\s{1,3}for\s{1,3}£\s?\d|\bbundle\b|\bbogof\b|\bbuy\s{1,3}one,?\s{1,3}get\s{1,3}one\b|\bhalf[\s-]price\b|\bclearance\b|\bsale\s{1,3}now\s{1,3}on\b|\bfee[\s-]free\b|\bno\s{1,3}call[\s-]out\s{1,3}(?:fee|charge)\b|\bfully\s{1,3}insured\b|\bgas\s{1,3}safe\s{1,3}registered\b|\b(?:competitive|honest|reasonable|fair)\s{1,3}(?:prices|rates)\b|\bmates'?\s{1,3}rates\b|\b(?:tell|say\s{1,3}to)\s{1,3}(?:her|him|them|em)\s{1,3}(?:I|we|the\s{1,3}council|[A-Z]{2,6}|[A-Z][a-z]{1,15})\s{1,3}sent\s{1,3}(?:you|u|ya)\b|\bmention\s{1,3}my\s{1,3}name\b|\bknock\s{1,3}(?:a\s{1,3}fiver|a\s{1,3}tenner|a\s{1,3}few\s{1,3}quid|something|£\s?\d{1,4}|\d{1,2}\s?%)\s{1,3}off\b|\bfree\s{1,3}(?:scone|brew|cuppa|taster|lesson|session|class|sample|dry\s{1,3}bag)\b|\bfirst\s{1,3}\d{1,3}\s{1,3}(?:bookings|customers|orders|people)\b|\bfirst\s{1,3}(?:cut|session|lesson|visit|order|class|treatment|consultation|month|box)\s{1,3}(?:free|half[\s-]price|£)|\bweekend\s{1,3}only\b|\b(?:new\s{1,3})?(?:brochure|catalogue)s?\s{1,3}(?:(?:is|are)\s{1,3})?(?:out|available|landed|arriving|arrives)\b|\b(?:my|the)\s{1,3}new\s{1,3}(?:brochure|catalogue)\b|\bwhile\s{1,3}stocks\s{1,3}last\b|\blimited\s{1,3}(?:time|stock)\b/gi;

const USUAL_RATE = /\b(?:at\s{1,3})?(?:the|my|our)\s{1,3}usual\s{1,3}(?:rates?|prices?|fee|charge)\b|\busual\s{1,3}rates?\s{1,3}apply\b/gi;
const PRICE = /£\s?\d{1,6}(?:,\d{3})?(?:\.\d{2})?/g;
// Prices as typed in sale posts: "20 quid", "50 squid", "a tenner". Run only when a money word is there.
const MONEY_WORD = /quid|squid|pounds|fiver|tenner/i;
const WORD_PRICE = /\b(?:\d{1,5} ?(?:quid|squid|pounds)|(?:a|one) (?:fiver|tenner))\b/gi;
const PRICE_UNIT =
  /^\s*(?:(?:an?|per|\/)\s?(?:hour|hr|walk|bag|session|head|person|night|day|lesson|class|box|jar|dozen|item|pop|go|treatment|set|pack|visit|cut|clean|job|room|week|month|calendar\s{1,3}month|basket|load|bulk\s{1,3}bag|half\s{1,3}dozen|tray)\b|(?:on|at)\s{1,3}the\s{1,3}door\b|full\s{1,3}set\b|for\s{1,3}the\s{1,3}lot\b|each\b|ea\b|ph\b|pp\b|ono\b|pcm\b|pw\b|for\s{1,3}(?:an?|one|two|three|four|\d{1,2})\b)/i;

// "prices from £35", "rates start at £20": a price list in one figure.
const PRICE_FROM = /\b(?:prices?|rates?|packages?)\s{1,3}(?:from|start\s{1,3}(?:at|from)|starting\s{1,3}(?:at|from))\s{1,3}(?:just\s{1,3}|only\s{1,3})?$/i;

// A code comes after a word that introduces it: "quote BWC15", "mention GREEN20", "enter WEEKEND40 at checkout".
const CODE =
  /\b((?:use|enter|apply|with|quote|mention|just\s{1,3}say)(?:\s{1,3}(?:my|the|our))?(?:\s{1,3}(?:discount|promo|voucher|coupon|referral|offer))?(?:\s{1,3}code)?|(?:discount|promo|voucher|coupon|referral|offer)(?:\s{1,3}code)?|code)\s?:?\s{1,3}["']?([A-Za-z0-9]{4,16})(?![\w/-])/gi;
// "tell him OBC sent you", "say the council sent you": a referral by the poster or their employer.
const SENT_BY_US = /\b(?:I|we|the\s{1,3}council|[A-Z]{2,6})\s{1,3}sent\s{1,3}you\b/i;
const CODE_INTRO = /code|discount|promo|voucher|coupon|quote|mention|referral/i;
const MY_CODE = /\b(?:my|our)\s{1,3}(?:discount|promo|referral|affiliate|voucher)\s{1,3}codes?\b|\b(?:use|using|with|via)\s{1,3}my\s{1,3}code\b|\bcode\s{1,3}in\s{1,3}(?:my\s{1,3})?bio\b/gi;

const AFFILIATE_PARAM = /[?&](?:tag|ref|aff|affid|aff_id|affiliate|referral|refer|ref_id|refcode|rfsn|via|partner_id|irclickid|clickref|invite|coupon|promo|discount)=[^\s&#]{0,80}|\/(?:invite|refer|referral|ref|share\/referral)\/[\w-]{3,40}/gi;
const AFFILIATE_PHRASE =
  /\b(?:affiliate|referral)\s{1,3}(?:links?|codes?|scheme)\b|\b(?:I|we)\s{1,3}(?:may\s{1,3}|might\s{1,3}|will\s{1,3}|do\s{1,3}|also\s{1,3})?(?:earn|get|receive|make)\s{1,3}(?:a\s{1,3})?(?:small\s{1,3}|little\s{1,3}|tiny\s{1,3})?(?:commission|cut|kickback|percentage|referral\s{1,3}fee)\b|\b(?:through|via|using|with|use)\s{1,3}my\s{1,3}(?:referral\s{1,3}|affiliate\s{1,3}|personal\s{1,3}|unique\s{1,3})?link\b|\bmy\s{1,3}(?:referral|affiliate)\b|\bat\s{1,3}no\s{1,3}(?:extra|additional)\s{1,3}cost\s{1,3}to\s{1,3}you\b|#(?:ad|advert|affiliate|sponsored|spon|paidpartnership)\b|\bpaid\s{1,3}partnership\b|\bwe\s{1,3}both\s{1,3}get\s{1,3}£|\bamzn\.to\/\S{1,40}/gi;
const HEALTH_REFERRAL = /\b(?:exercise|gp|doctor|nurse|surgery|health|self-?referral|social\s{1,3}prescribing|physio|clinic|referral\s{1,3}forms?|hospital|nhs|mental\s{1,3}health|school|council)\b/i;
const NEGATED = /\b(?:no|not|never|without|zero|none|nothing|aren't|isn't)\b[^.!?]{0,14}$/i;

const CROWDFUND_HOSTS = new RegExp(`\\b(?:${data.crowdfundingHosts.map(escapeRegExp).join('|')})\\b(?:\\/[^\\s]{0,120})?`, 'gi');
const NEEDS_CAUSE = new Set(data.donationHostsNeedingPersonalCause);
// The platform named without a link: "our GoFundMe", "GoFundMe link below", "support me on Patreon".
const NAMED_HOSTS = new Map(Object.entries(data.crowdfundingNames).map(([k, v]) => [k.toLowerCase(), v]));
const CROWDFUND_NAMES = new RegExp(
  `(?<![\\w./@#-])(?:${Object.keys(data.crowdfundingNames).sort((a, b) => b.length - a.length).map((n) => escapeRegExp(n).replace(/ /g, '\\s{1,3}')).join('|')})(?![\\w-]|\\.[a-z])`,
  'gi',
);
// Generic words ("a crowdfunder") and charity platforms are a personal cause only when the post says so.
const NAME_NEEDS_CAUSE = new Set(['crowdfunder', 'crowdfunding page', 'kickstarter', 'justgiving', 'just giving', 'totalgiving']);
const CHARITY = new RegExp(`\\b(?:${alternation(data.charityWords)})\\b`, 'i');
const RAISED_FOR = /\b(?:raised|raising|raises|all\s{1,3}(?:money|proceeds|profits)\s{1,3}(?:go(?:es|ing)?\s{1,3})?to|proceeds\s{1,3}(?:go|going)\s{1,3}to|in\s{1,3}aid\s{1,3}of)\b/i;
const SHOP_HOSTS = new RegExp(`\\b(?:${data.shopHosts.map(escapeRegExp).join('|')})(?:\\/[^\\s]{0,120})?`, 'gi');
// A personal cause: money for the poster or their family.
const PERSONAL_CAUSE = new RegExp(`\\b(?:my|our)\\s{1,3}(?:(?:little|wee|baby|older|younger|eldest|youngest|lovely)\\s{1,3})?(?:${RELATIVE})(?![\\w-])|\\bhelp\\s{1,3}me\\b|\\bfor\\s{1,3}me\\b`, 'i');
const RAISING = /\b(?:raising|raise|fundraising\s{1,3}for|need\s{1,3}to\s{1,3}raise|we\s{1,3}need\s{1,3}to\s{1,3}raise|we\s{1,3}need|donate|donations|every\s{1,3}pound\s{1,3}helps|anything\s{1,3}helps|chip\s{1,3}in)\b/gi;
// "me and the missus are crowdfunding to open a café", "I've launched a fundraiser": the poster's own appeal, named without a platform.
const OWN_CROWDFUND =
  /\b(?:am|are|i['’]m|we['’]re)\s{1,3}(?:now\s{1,3}|currently\s{1,3}|officially\s{1,3})?crowdfunding\b|\b(?:i|we|have|i['’]ve|we['’]ve)\s{1,3}(?:just\s{1,3})?(?:launched|started|set\s{1,3}up|created)\s{1,3}(?:a|my|our)\s{1,3}(?:crowdfunder|crowdfunding\s{1,3}(?:page|campaign)|fundraiser)\b/gi;
const FIRST_PERSON = /\b(?:i|me|we|us|my|our|i['’]m|we['’]re)\b/i;
const CROWDFUND_WORD = /crowdfund|fundraiser/i;

// Multi-level-marketing recruitment.
const JOIN_MY_TEAM =
  /\bjoin\s{1,3}(?:my|our)\s{1,3}(?:amazing\s{1,3}|growing\s{1,3}|little\s{1,3})?team\b|\b(?:building|build|growing|grow|expanding|expand)\s{1,3}(?:my|our)\s{1,3}(?:own\s{1,3})?team\b|\blooking\s{1,3}for\s{1,3}(?:\d{1,2}\s{1,3})?(?:people|ladies|mums|women|girls)\s{1,3}to\s{1,3}join\s{1,3}(?:me|us|my\s{1,3}team)\b|\b(?:ask|message|dm|pm)\s{1,3}me\s{1,3}how\b/gi;
const MLM_CUE =
  /\bearn(?:ing)?\s{1,3}(?:a\s{1,3}(?:little\s{1,3})?(?:bit\s{1,3})?)?(?:extra|money|cash|an\s{1,3}income|£|from|while|on\s{1,3}the\s{1,3}side)|\bfrom\s{1,3}(?:my|your|their|the)\s{1,3}phones?\b|\bwork(?:ing)?\s{1,3}from\s{1,3}(?:home|your\s{1,3}phone)\b|\bbe\s{1,3}your\s{1,3}own\s{1,3}boss\b|\bfinancial\s{1,3}freedom\b|\bpassive\s{1,3}income\b|\bextra\s{1,3}income\b|\bbusiness\s{1,3}opportunity\b|\b(?:motivated|ambitious|driven)\s{1,3}(?:ladies|mums|women|people|individuals)\b|\bstart\s{1,3}for\s{1,3}(?:as\s{1,3}little\s{1,3}as|just|only)\s{1,3}£|\bchanged\s{1,3}(?:my|our)\s{1,3}life\b|\bcomment\s{1,3}["']?(?:info|yes|me|interested)\b|\bjoin(?:ed|ing)\s{1,3}(?:an?\s{1,3})?(?:amazing|incredible|fab|fabulous|brilliant|fantastic)\s{1,3}(?:[\w-]{1,20}\s{1,3})?(?:brand|company|business)\b/gi;

// "Our own hogget, sausages and Mum's curd tarts", "my own honey": what the poster's farm or kitchen produces to sell.
const OWN_PRODUCE =
  /\b(?:our|my)\s{1,3}own\s{1,3}(?:[\w-]{2,20}\s{1,3}){0,2}?(?:produce|hogget|lamb|beef|pork|eggs|honey|cheese|jams?|chutneys?|bread|veg|vegetables|sausages|bacon|cider|gin|beer|ale|wool|yarn|fleece|cakes|bakes|preserves|soaps?|candles)\b/gi;
// "a cleaning business", not just "a cleaning": take a trade word's following business noun with it.
const TRADE_TAIL = /^[\s-]{1,2}(?:business|firm|company|shop|salon|studio|services|bar|van)\b/i;
function tradeEnd(text: string, end: number): number {
  const tail = TRADE_TAIL.exec(text.slice(end, end + 14));
  return tail ? end + tail[0].length : end;
}

/** Starts of the sentences where a name follows "our" or "my" ("our Callum", "my Ellie"): one pass over the names. */
function ownFamilySentences(doc: PostDocument): Set<number> {
  const out = new Set<number>();
  for (const n of personNames(doc)) {
    const sentence = doc.sentenceAt(n.start);
    if (!sentence) continue;
    const prev = doc.tokensIn(Math.max(sentence.start, n.start - 5), n.start).at(-1);
    if (prev && prev.end <= n.start && (prev.normal === 'our' || prev.normal === 'my')) out.add(sentence.start);
  }
  return out;
}

function removeLink(doc: PostDocument, start: number, end: number): Suggestion {
  // Take one space before the link with it, so no double space is left behind.
  const s = start > 0 && doc.text[start - 1] === ' ' ? start - 1 : start;
  return { label: 'Remove link', edit: { kind: 'replace', start: s, end, text: '' } };
}

function collect(doc: PostDocument, policy: Policy, account: 'council' | 'personal'): Signal[] {
  const text = doc.text;
  const out: Signal[] = [];

  for (const m of scan(doc, CODE)) {
    const intro = m[1];
    const code = m[2];
    const start = m.index + m[0].length - code.length;
    const hasDigit = /\d/.test(code);
    const upper = /^[A-Z0-9]+$/.test(code) && /[A-Z]/.test(code);
    if (!/[A-Za-z]/.test(code) || CODE_STOPWORDS.has(code.toUpperCase())) continue;
    if (/^[ABM]\d{1,4}$/i.test(code) || /^(?:19|20)\d\d$/.test(code)) continue; // road numbers and years
    const sentence = sentenceText(doc, start);
    if (!upper && !(hasDigit && /code/i.test(intro))) continue;
    if (!hasDigit && (code.length < 5 || !CODE_INTRO.test(intro) || mostlyCapitals(sentence))) continue;
    if (/^(?:use|enter|apply|with)$/i.test(intro) && !/\b(?:off|discount|save|saving|checkout|%)/i.test(sentence)) continue;
    out.push({ start, end: start + code.length, messageId: 'code', strong: true });
  }
  for (const m of scan(doc, MY_CODE)) out.push({ start: m.index, end: m.index + m[0].length, messageId: 'code', strong: true });

  for (const m of scan(doc, AFFILIATE_PARAM)) {
    const [s, e] = urlAround(text, m.index, m.index + m[0].length);
    if (isOfficialDomain(policy, hostOf(text.slice(s, e)))) continue;
    out.push({ start: s, end: e, messageId: 'affiliate', strong: true, suggest: [removeLink(doc, s, e)] });
  }
  for (const m of scan(doc, AFFILIATE_PHRASE)) {
    if (NEGATED.test(before(doc, m.index, 30))) continue; // "no affiliate links, just what I use"
    // "our Exercise on Referral scheme": a GP's or a service's referral, not one that pays the poster.
    if (/^referral/i.test(m[0]) && HEALTH_REFERRAL.test(before(doc, m.index, 30) + m[0] + text.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
    const start = m.index;
    let end = start + m[0].length;
    if (/^amzn/i.test(m[0])) [, end] = urlAround(text, start, end);
    out.push({ start, end, messageId: 'affiliate', strong: true, suggest: /^amzn/i.test(m[0]) ? [removeLink(doc, start, end)] : undefined });
  }

  // Money for the poster or their family, not a charity appeal ("sponsor me for the hospice").
  // On a personal account "our Callum", "my Ellie" is family too; a council's "our Sarah" is a colleague.
  let family: Set<number> | undefined;
  const familyNamed = (s: Sentence) => account === 'personal' && (family ??= ownFamilySentences(doc)).has(s.start);
  let cause: boolean | undefined;
  const personalCause = () => (cause ??= (anySentence(doc, PERSONAL_CAUSE) || doc.sentences.some(familyNamed)) && !anySentence(doc, CHARITY));
  for (const m of scan(doc, CROWDFUND_HOSTS)) {
    const [s, e] = urlAround(text, m.index, m.index + m[0].length);
    const host = hostOf(text.slice(s, e)).replace(/^www\./, '');
    if ((NEEDS_CAUSE.has(host) || account === 'council') && !personalCause()) continue;
    out.push({ start: s, end: e, messageId: 'crowdfunding', strong: true });
  }
  for (const m of scan(doc, CROWDFUND_NAMES)) {
    const name = m[0].toLowerCase().replace(/\s{1,3}/g, ' ');
    const host = NAMED_HOSTS.get(name) ?? '';
    if ((NEEDS_CAUSE.has(host) || NAME_NEEDS_CAUSE.has(name) || account === 'council') && !personalCause()) continue;
    out.push({ start: m.index, end: m.index + m[0].length, messageId: 'crowdfunding', strong: true });
  }
  if (anySentence(doc, POUNDS) && personalCause()) {
    for (const m of scan(doc, RAISING)) {
      const sentence = doc.sentenceAt(m.index);
      if (!sentence || !(PERSONAL_CAUSE.test(sentence.text) || familyNamed(sentence))) continue;
      const amount = /^\s{1,2}£\s?[\d,.]{1,12}\d/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 20));
      out.push({ start: m.index, end: m.index + m[0].length + (amount ? amount[0].length : 0), messageId: 'crowdfunding', strong: true });
    }
  }

  if (account === 'personal' && anySentence(doc, CROWDFUND_WORD) && !anySentence(doc, CHARITY)) {
    for (const m of scan(doc, OWN_CROWDFUND)) {
      const sentence = doc.sentenceAt(m.index);
      // "are crowdfunding" needs the poster among its subjects: "me and the missus are", not "residents are".
      if (!sentence || !FIRST_PERSON.test(text.slice(sentence.start, m.index + m[0].length))) continue;
      out.push({ start: m.index, end: m.index + m[0].length, messageId: 'crowdfunding', strong: true });
    }
  }

  const joins = [...text.matchAll(JOIN_MY_TEAM)];
  const cues = [...text.matchAll(MLM_CUE)];
  if ((joins.length && cues.length) || cues.length >= 3) {
    const first = joins[0] ?? cues[0];
    out.push({ start: first.index, end: first.index + first[0].length, messageId: 'mlm', strong: true });
  }

  // Weak signals.
  // Staff call the employer's venues "our café", "our shop": "our" is the poster's own only when the post is not about the council.
  const aboutEmployer = anySentence(doc, COUNCIL_WORD) || employerMentionsIn(doc, policy).length > 0;
  for (const m of scan(doc, MY_TRADE)) {
    if (m[1].toLowerCase() === 'our' && (account === 'council' || aboutEmployer)) continue;
    if (/\bmind(?:ing)?\s{1,3}$/i.test(before(doc, m.index, 12))) continue; // "minding my own business"
    const modifiers = m[2].toLowerCase().split(/\s{1,3}/).filter(Boolean);
    if (modifiers.some((w) => NOT_OWN.has(w))) continue;
    out.push({ start: m.index, end: tradeEnd(text, m.index + m[0].length), messageId: 'selling', strong: false, group: 'own' });
  }
  for (const m of scan(doc, RELATIVE_REF)) {
    const owner = m[1].toLowerCase();
    // A council's "our partner", "our friends at" are organisations it works with; "our colleague" is one of its staff.
    if (owner === 'our' && account === 'council' && !/\bcolleague/i.test(m[0])) continue;
    const end = m.index + m[0].length;
    if (ORGANISATION_NEXT.test(text.slice(end, end + 16))) continue;
    const rest = after(doc, end, 90);
    const trade = TRADE_WORD.exec(rest) ?? SELLS_WORD.exec(rest) ?? DOES_PRODUCT.exec(rest) ?? RUNS_NAMED.exec(rest) ?? DOES_SIDELINE.exec(rest);
    if (!trade) continue;
    // "our colleague Sam, our new café manager": the café is the council's own.
    if (account === 'council' && /\b(?:our|the|at)\b/i.test(rest.slice(0, trade.index))) continue;
    // "clocked my brother-in-law's Astra before selling it to him": the relative bought, someone else sold.
    if (SOLD_TO.test(rest.slice(trade.index + trade[0].length, trade.index + trade[0].length + 24))) continue;
    // "Our Head of Leisure's daughter": the span starts at the relative, not the job title.
    const start = owner.endsWith("'s") || owner.endsWith("s'") ? m.index + m[1].length + 1 : m.index;
    const span = { start, end: tradeEnd(text, end + trade.index + trade[0].length), messageId: 'selling' as const, strong: false };
    out.push({ ...span, group: 'own' });
    // "my mate Jonno's new café", "my sister's new salon": announcing a relative's or friend's new business is a plug.
    if ((account === 'personal' || owner === 'our') && NEW_BEFORE.test(text.slice(Math.max(0, end + trade.index - 8), end + trade.index))) out.push({ ...span, group: 'sell' });
  }
  for (const m of scan(doc, PERSON_RUNS)) {
    const subject = m[1];
    // "residents who run a business can apply" is a scheme; "Sam, who also runs X Photography" is one person's venture.
    if (subject === 'who' && !/\b(?:runs|owns|has)\b/.test(m[0])) continue;
    if (/^[A-Z][a-z]/.test(subject) && !/^(?:She|He|They)/.test(subject)) {
      // A capitalised subject must be a person ("Sam"), not a place or a service ("Northfield Library").
      const token = doc.tokensIn(m.index, m.index + subject.length)[0];
      if (!token || !(token.tags.has('FirstName') || token.tags.has('Person')) || token.tags.has('Place')) continue;
    }
    const end = m.index + m[0].length;
    const rest = after(doc, end, 60);
    const trade = TRADE_WORD.exec(rest);
    if (!trade) continue;
    out.push({ start: m.index, end: tradeEnd(text, end + trade.index + trade[0].length), messageId: 'selling', strong: false, group: 'own' });
  }
  for (const m of scan(doc, OWN_PRODUCE)) if (account === 'personal') out.push({ start: m.index, end: m.index + m[0].length, messageId: 'selling', strong: false, group: 'own' });
  for (const m of scan(doc, OWN_PAGE)) out.push({ start: m.index, end: m.index + m[0].length, messageId: 'selling', strong: false, group: 'own' });
  // "Hoodies and mugs in the merch shop": merch is always the poster's own.
  for (const m of scan(doc, MERCH_SHOP)) out.push({ start: m.index, end: m.index + m[0].length, messageId: 'selling', strong: false, group: 'own' });
  // "our very own Dean runs Dean's Drains at weekends": a colleague's business, named on the council's account.
  for (const m of scan(doc, COLLEAGUE_RUNS)) if (isFirstName(m[1])) out.push({ start: m.index, end: m.index + m[0].length, messageId: 'selling', strong: false, group: 'own' });
  // "Prints, A3 £20 – DM me", "I do them, £25, DM me": a price and, straight after it, where to order.
  for (const m of scan(doc, PRICE_THEN_DM)) {
    // "Lost: purse, £20 - message me": a reward or a lost item, not a price.
    if (LOST_OR_FOUND.test(sentenceText(doc, m.index))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, messageId: 'selling', strong: false, group: 'contact' });
    out.push({ start: m.index, end: m.index + m[0].length, messageId: 'selling', strong: false, group: 'price' });
  }
  for (const m of scan(doc, ALSO_TRADE)) out.push({ start: m.index, end: m.index + m[0].length, messageId: 'selling', strong: false, group: 'own' });
  for (const m of scan(doc, I_RUN)) out.push({ start: m.index, end: m.index + m[0].length, messageId: 'selling', strong: false, group: 'own' });
  for (const m of scan(doc, PERSON_MAKES)) {
    const subject = m[1];
    if (/^[A-Z][a-z]/.test(subject) && !/^(?:She|He)$/.test(subject)) {
      // A capitalised subject must be a person ("Karen"), not a place or a shop ("Saltmere bakes").
      const token = doc.tokensIn(m.index, m.index + subject.length)[0];
      if (!token || !(token.tags.has('FirstName') || token.tags.has('Person')) || token.tags.has('Place')) continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, messageId: 'selling', strong: false, group: 'own' });
  }
  let brandlessRep: Signal | undefined;
  for (const m of scan(doc, SELLER_ROLE)) {
    if (m[1] === undefined) {
      // "I'm now a rep!" names no brand: a union or staff rep too, so it counts only beside a brochure, price or link.
      brandlessRep = { start: m.index, end: m.index + m[0].length, messageId: 'selling', strong: false, group: 'own' };
      continue;
    }
    if (NOT_BRAND.test(m[1])) continue;
    out.push({ start: m.index, end: m.index + m[0].length, messageId: 'selling', strong: false, group: 'sell' });
  }
  for (const m of scan(doc, CATALOGUE_BRAND)) out.push({ start: m.index, end: m.index + m[0].length, messageId: 'selling', strong: false, group: 'sell' });
  for (const m of scan(doc, ANYONE_NEED)) {
    // "Need a reliable electrician?" opens a sales pitch only as a question that opens its sentence; "we need a plumber" is a need.
    if (/^(?:need|in|looking)/i.test(m[0])) {
      const sentence = doc.sentenceAt(m.index);
      if (!sentence || sentence.start !== m.index || !/\?\s*$/.test(sentence.text)) continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, messageId: 'selling', strong: false, group: 'sell' });
  }
  for (const m of scan(doc, PAGE_LIKE)) out.push({ start: m.index, end: m.index + m[0].length, messageId: 'selling', strong: false, group: 'cta' });
  for (const m of scan(doc, HANDLE_TO_BUY)) out.push({ start: m.index, end: m.index + m[0].length, messageId: 'selling', strong: false, group: 'contact' });
  for (const m of scan(doc, RECOMMEND)) out.push({ start: m.index, end: m.index + m[0].length, messageId: 'selling', strong: false, group: 'cta' });
  for (const m of scan(doc, SIDE_BUSINESS)) out.push({ start: m.index, end: m.index + m[0].length, messageId: 'selling', strong: false, group: 'own' });
  // Only a person's venture: "launching Dave's Dog Walking", not "launching Fenmouth's Winter Festival".
  for (const m of scan(doc, LAUNCHED_VENTURE)) if (!m[1] || isFirstName(m[1])) out.push({ start: m.index, end: m.index + m[0].length, messageId: 'selling', strong: false, group: 'own' });
  for (const m of scan(doc, BOOK_THEM)) out.push({ start: m.index, end: m.index + m[0].length, messageId: 'selling', strong: false, group: 'contact' });
  for (const m of scan(doc, TRADE_ADVERT)) out.push({ start: m.index, end: m.index + m[0].length, messageId: 'selling', strong: false, group: 'sell' });
  for (const m of scan(doc, SHOP_HOSTS)) {
    const [s, e] = urlAround(text, m.index, m.index + m[0].length);
    out.push({ start: s, end: e, messageId: 'selling', strong: false, group: 'sell' });
  }

  // "raised £86 for the St Aidan's roof appeal selling his own drawings": sold for a charity, not for the seller.
  const forCharity = anySentence(doc, CHARITY) && RAISED_FOR.test(text);
  if (forCharity) for (let i = out.length - 1; i >= 0; i--) if (out[i].group === 'own') out.splice(i, 1);
  // "Free to a good home ... collection only, message me": given away, not sold (the guide's sales carry a price).
  const givenAway = anySentence(doc, GIVEN_AWAY) && !anySentence(doc, POUNDS) && !MONEY_WORD.test(text);
  if (!givenAway && !forCharity) for (const m of scan(doc, SELL)) {
    if (/^for\s{1,3}sale/i.test(m[0]) && SALE_OF_PROPERTY.test(before(doc, m.index, 20))) continue;
    // "our countryside is not for sale!": a slogan, nothing on offer.
    if (/^for\s{1,3}sale/i.test(m[0]) && NOT_BEFORE.test(before(doc, m.index, 12))) continue;
    out.push({ start: m.index, end: m.index + m[0].trimEnd().length, messageId: 'selling', strong: false, group: 'sell' });
  }
  for (const m of scan(doc, CONTACT_STRONG)) {
    const pronoun = (m[1] ?? m[2] ?? '').toLowerCase();
    const verb = m[0].split(/\s/)[0].toLowerCase();
    // "Call us to book" is how the council sells its own services; "DM for prices" with no one named is a seller's line.
    const personal = pronoun === 'me' || pronoun === 'her' || pronoun === 'him' || (pronoun === 'us' && account === 'personal') || (!pronoun && /^(?:dm|pm|inbox)$/.test(verb));
    if (!personal) continue;
    out.push({ start: m.index, end: m.index + m[0].length, messageId: 'selling', strong: true, group: 'contact' });
  }
  for (const m of scan(doc, CONTACT_WEAK)) out.push({ start: m.index, end: m.index + m[0].length, messageId: 'selling', strong: false, group: 'contact' });
  const phones = phoneNumbers(doc, policy);
  for (const m of scan(doc, TO_BOOK)) {
    // "Ring or text 07700 900238 to book": a private number to buy from.
    const phone = phones.find((p) => !p.official && p.end <= m.index && m.index - p.end <= 25);
    if (phone) out.push({ start: phone.start, end: m.index + m[0].length, messageId: 'selling', strong: false, group: 'contact' });
  }
  for (const m of scan(doc, CTA)) out.push({ start: m.index, end: m.index + m[0].length, messageId: 'selling', strong: false, group: 'cta' });
  let referral: Signal | undefined;
  for (const m of scan(doc, OFFER)) {
    out.push({ start: m.index, end: m.index + m[0].length, messageId: 'selling', strong: false, group: 'offer' });
    if (SENT_BY_US.test(m[0])) referral = { start: m.index, end: m.index + m[0].length, messageId: 'selling', strong: false, group: 'own' };
  }

  // "Couple of places left at the usual rate": a price the readers already know.
  for (const m of scan(doc, USUAL_RATE)) out.push({ start: m.index, end: m.index + m[0].length, messageId: 'selling', strong: false, group: 'price' });
  const prices = [...text.matchAll(PRICE)];
  if (MONEY_WORD.test(text)) prices.push(...text.matchAll(WORD_PRICE));
  // A lone price counts next to a sale ("For sale: cot bed, £40"); otherwise only a
  // price list or a rate ("£30 an hour") does, since posts mention what things cost all the time.
  const selling = out.some((s) => s.group === 'sell');
  const rated = (p: RegExpMatchArray) => PRICE_UNIT.test(text.slice(p.index! + p[0].length, p.index! + p[0].length + 24)) || PRICE_FROM.test(text.slice(Math.max(0, p.index! - 24), p.index));
  if (prices.length && (selling || prices.length >= 2 || prices.some(rated))) {
    out.push({ start: prices[0].index, end: prices[0].index + prices[0][0].length, messageId: 'selling', strong: false, group: 'price' });
  }
  if (brandlessRep && out.some((s) => s.group === 'offer' || s.group === 'price' || s.group === 'cta')) out.push(brandlessRep);
  // "Tell them we sent you" is a referral to one business, touting it, once a deal or price goes with it
  // ("... for 10% off"); alone it is a friendly line ("tell them we sent you at the library"). It stands for
  // the owner only where no business of the poster's or a relative's is named already.
  if (referral) {
    const r = referral;
    if (!out.some((s) => s.group === 'own') && out.some((s) => s.start !== r.start)) out.push(r);
  }
  // Last, so a fuller contact line ("07700 900238 to book") keeps the span.
  for (const m of scan(doc, CONTACT_MOBILE)) {
    const start = m.index;
    const end = m.index + m[0].length;
    if (!out.some((s) => s.start < end && start < s.end)) out.push({ start, end, messageId: 'selling', strong: false, group: 'contact' });
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'commercial',
    category: 'commercial',
    description:
      'Flags selling your own or a relative\'s or friend\'s goods and services, promo and referral codes, affiliate links, personal crowdfunding and MLM recruitment.',
    policy: {
      clause: 'Must not be used for the promotion of personal financial interests, commercial ventures or personal campaigns.',
      source: 'Warwickshire 2009, 6.3 Terms of Use',
    },
    messages: {
      code: '"{{match}}" is a discount or referral code for a private business. Remove it: the account must not promote personal financial interests.',
      affiliate:
        '"{{match}}" earns someone money from purchases (an affiliate or referral link or a paid promotion). Remove it: the account must not promote personal financial interests.',
      crowdfunding: '"{{match}}" asks for money for a personal cause. Remove the appeal: the account must not be used for personal campaigns.',
      selling:
        '"{{match}}" promotes a private business or sale (yours, a relative\'s or a friend\'s). Remove it: the account must not promote commercial ventures.',
      mlm: '"{{match}}" recruits for a money-making scheme. Remove it: the account must not promote personal financial interests.',
    },
  },
  check(doc, ctx) {
    const signals = collect(doc, ctx.policy, ctx.account);
    if (!signals.length) return;
    const groups = new Set(signals.filter((s) => !s.strong && s.group).map((s) => s.group as Group));
    for (const s of signals) if (s.strong && s.group) groups.add(s.group);
    const own = groups.has('own');
    // The employer's own links or numbers make prices, codes and booking lines the employer's business,
    // unless someone's private business is named.
    const employersOwn = !own && hasOfficialContact(doc, ctx.policy);
    const kept = signals.filter((s) => !(employersOwn && (s.messageId === 'code' || s.messageId === 'selling')));
    const keptGroups = new Set(kept.filter((s) => s.group).map((s) => s.group as Group));
    const combo =
      ctx.account === 'council'
        ? keptGroups.has('own') && keptGroups.size >= 2
        : keptGroups.size >= 2 && (keptGroups.has('own') || keptGroups.has('sell') || keptGroups.has('contact'));
    const reported: Array<[number, number]> = [];
    const report = (s: Signal) => {
      if (reported.some(([a, b]) => s.start < b && a < s.end)) return;
      reported.push([s.start, s.end]);
      ctx.report({ messageId: s.messageId, start: s.start, end: s.end, suggest: s.suggest });
    };
    const reportable = kept
      .filter((s) => s.strong || (combo && (s.group === 'own' || s.group === 'sell' || s.group === 'contact')))
      .sort((a, b) => Number(b.strong) - Number(a.strong) || a.start - b.start);
    for (const s of reportable) report(s);
  },
});

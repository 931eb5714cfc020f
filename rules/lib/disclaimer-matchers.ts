// Matchers for the disclaimer rule: where a personal post talks about the
// employer or the poster's work, and whether it carries a personal-views
// disclaimer. Everything about the employer (its names, handles, domains,
// disclaimer wording) comes from the policy; the rest is phrase data.
import type { PostDocument, Token } from '../document';
import type { Policy } from '../policy';
import { employerShortNames, escapeRegExp, organisation, phrasePattern } from './organisation';
import data from '../data/disclaimer.json';
import { blocksOf, blockTest, scan } from './scan';
import { COLLEAGUE_BY_TEAM } from './confidential-colleagues';
import { isFirstName } from './names';

function pattern(phrase: string): string {
  // A comma in a phrase is optional ("my views, not my employer's" / "my views not my employer's").
  // One space between words keeps the big alternation linear (recheck finds repeated spaces polynomial).
  return phrasePattern(phrase).replace(/,/g, ',?').replace(/\\s\+/g, '\\s');
}

function alternation(phrases: string[]): string {
  return [...new Set(phrases)].sort((a, b) => b.length - a.length).map(pattern).join('|');
}

const WORK_PHRASE = new RegExp(`\\b(?:${alternation(data.workPhrases)})\\b`, 'gi');
// "our adult social care team", "the Revenues team"
const SERVICE_TEAM = new RegExp(
  `\\b(?:our|my|the)\\s(?:(?:whole|entire|wider|new|old|brilliant|amazing|fab|lovely|mobile|local|community)\\s)?(?:${alternation(data.services)})\\s(?:team|teams|department|dept|service|services|directorate|colleagues|officers|manager|sample|samples)\\b`,
  'gi',
);
// "our bin lorry", "my recycling round": the poster's own kit and rounds in a council service. Only "our"/"my":
// "the bin lorry was late" is a resident's complaint.
const OUR_KIT = new RegExp(
  `\\b(?:our|my)\\s(?:${alternation(data.services)})\\s(?:lorry|lorries|wagon|wagons|truck|van|vans|round|rounds|crew|crews|rota|rotas|depot)\\b|\\b(?:our|my)\\s(?:[\\p{L}-]{2,20}\\s)?(?:gritter|gritters|school\\sbus\\s(?:run|runs|route|routes))\\b`,
  'giu',
);
// "worst bit of working in bereavement services", "my job in housing": the poster's job in a council service.
// "Everyone in planning knows ...": what the department knows, told by someone inside it.
// Services that are also everyday places or careers anywhere ("work in the library", "a job in finance") are left out.
const WORK_IN = new RegExp(
  `\\b(?:(?:work|works|working|worked|job|jobs|career)\\s(?:in|for|with)|(?:everyone|everybody|anyone|anybody|nobody|someone|somebody)\\sin)\\s(?:the\\s)?(?:${alternation(data.services.filter((s) => !data.servicesNotWorkplaces.includes(s)))})\\b(?!\\s(?:the|a|an|my|our|his|her|their|this|that|it)\\b)`,
  'gi',
);
// "Rough day at the housing office", "another shift on the benefits desk": the poster's working day at a council
// service's own office or desk. A resident's visit is "went to"/"queued at", not a day or shift there.
const DAY_AT_SERVICE = new RegExp(
  `\\b(?:day|days|shift|shifts|morning|afternoon|week|night|stint)\\s(?:at|in|on)\\s(?:the\\s)?(?:${alternation(data.services)})\\s(?:office|offices|desk|counter|depot|phones|front\\sline|frontline)\\b`,
  'gi',
);
// "15 years in planning", "twelve years in housing": the poster's working life in a council service.
const YEARS_IN = new RegExp(
  `\\b(?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|many|several)\\s(?:years?|yrs)\\s(?:in|working\\sin)\\s(?:the\\s)?(?:${alternation(data.services.filter((s) => !data.servicesNotWorkplaces.includes(s)))})\\b`,
  'gi',
);
// "Licensing's been mad this week", "Planning is chaos": a department, capitalised as staff write it, busy or quiet.
const DEPARTMENT_BUSY = new RegExp(
  `\\b(?:${alternation(data.departments)})(?:['’]s|\\sis|\\shas\\sbeen|\\swas)\\s(?:been\\s)?(?:(?:absolutely|so|really|totally|proper)\\s)?(?:mad|manic|mental|crazy|chaos|chaotic|hectic|busy|rammed|quiet|dead|nuts|bonkers)\\b`,
  'gu',
);
// "Scariest shift of my life at the lido": a shift at a council facility.
const SHIFT_AT = new RegExp(`\\b(?:shift|shifts)\\s(?:(?:of\\smy\\s(?:life|career)|today|tonight)\\s)?(?:at|in)\\s(?:the\\s)?(?:${alternation([...data.facilities, 'lido', 'pool', 'swimming pool', 'tip'])})\\b`, 'gi');
// "Happy tears in my Reception class today", "Year 6 lad in my Year 6 class": a teacher's own class (a pupil would say
// "our class" or name the year, not own the class).
const MY_CLASS = /\bmy\s(?:reception|nursery|year\s?\d{1,2}|y\d{1,2}|p\d)\s(?:class|group|form)\b|\bmy\s(?:form|tutor)\sgroup\b|\bmy\s(?:blwyddyn\s?\d{1,2}|dosbarth)\b/gi;
// "#binmanlife", "#LocalGovLife": the poster's job as a hashtag.
const JOB_HASHTAG = new RegExp(`#(?:${data.jobHashtags.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
// "after the week I've had on the council tax phones": the poster's post on a service's phones or desk.
// "Council tax line day from hell": a day or shift on a service's line.
const ON_SERVICE_DESK = new RegExp(
  `(?<=\\b(?:on|at|behind)\\s)the\\s(?:${alternation(data.services)})\\s(?:phones|phone\\slines?|desk|counter|helpline)\\b|\\b(?:${alternation(data.services)})\\s(?:phones|phone\\sline|line|desk|helpline)\\s(?:day|shift|duty)\\b`,
  'gi',
);
// "Every Reform councillor voted tonight to scrap ...", "the Lib Dem administration has rushed through": council decisions.
const MEMBERS_DECIDED =
  /\bcouncillors?\s(?:have\s|has\s|had\s|all\s)?(?:voted|approved|rejected|backed|blocked|scrapped|waved\sthrough|nodded\sthrough)\b|\b(?:Tory|Tories|Labour|Lib\sDem|Conservative|Reform|Green|Independent|SNP|Plaid|coalition|ruling)(?:-led|\sled)?\sadministration\b/g;
// "Had a resident screaming at me down the phone", "a tenant told me": the poster dealing with the council's public.
// Only the people a council serves by those names; a shop's "customer" is anyone's job.
const PUBLIC_PERSON =
  /(?<=\b(?:a|another|one|this|the\ssame)\s(?:(?:very\s)?(?:angry|irate|lovely|elderly|older|young|poor|frustrated|upset|abusive)\s)?)(?:resident|tenant|service\suser|member\sof\s(?:the\s)?public|claimant)\b(?!\sof\b)/gi;
const AT_ME = /^[^.!?\n]{0,60}?\b(?:at|to|with|for|on|told|asked|thanked|called|rang|emailed|messaged)\sme\b/i;
// "Gary from Highways", "six years in Customer Services": a department, capitalised as staff write it.
const DEPARTMENT = new RegExp(`\\b(?:in|from|at|for|with|joined|into|of)\\s(?:the\\s)?(?:${alternation(data.departments)})\\b(?!\\s\\p{Lu})`, 'gu');
// "the Rhyme Time session I run at Millbrook Library": a council service the poster runs.
// The facility is looked for in a short stretch after "I run", not by one pattern (recheck).
// "Ran the Toddler Tales session at Haxby library": the same, told with the "I" left out, for a session or class only.
const I_RUN = /\bI\s(?:run|ran|lead|led|host|hosted|deliver|delivered|manage|teach|taught|work|staff|cover|covered)\b|\b(?:Ran|Led|Hosted|Delivered|Taught|Covered)\s(?:the|our|my|a|another|two|three)\s/g;
const SESSION = /\b(?:sessions?|storytime|story\stime|rhyme\stime|class|classes|workshops?|group|club|surgery|drop-in)\b/i;
const FACILITY = new RegExp(`\\b(?:${alternation(data.facilities)})\\b`, 'i');
// "the council", "our council", "our Labour council", "the borough council" (its type is checked against the employer's name), and
// "the county's 20mph zones", "the borough's budget": the area's own plans and money are the council's.
const THE_COUNCIL =
  /\b(?:the|our|this|my|at|for|from|a|(?:last\snight|tonight|today|yesterday|this\sweek|last\sweek|(?:mon|tues|wednes|thurs|fri|satur|sun)day)['’]s)\s(?:(?:(?:labour|tory|conservative|lib\sdem|green|reform|independent|useless|shambolic|incompetent)\s)?(?:(borough|county|city|district|town|parish|unitary|metropolitan|county\sborough)\s)?council\b(?!\s(?:tax|estates?|houses?|house|flats?|homes?|housing|chamber)\b|['’]s\s(?:tax)\b)|(borough|county|city|district)['’]s\s(?:20mph\s(?:zones?|limits?|scheme)|budget|reserves|finances|local\splan|cabinet|chief\sexecutive|gritters|gritting\sfleet|bin\slorries|highways\sdepartment|planning\sdepartment|libraries\sservice|library\sservice)\b)/gi;
// "council hands them the keys", "Council has done it again": the council with no article, doing something. A word
// before it that makes it another body ("parish council", "Leeds council", "the council" is THE_COUNCIL) is left out.
const BARE_COUNCIL =
  /(?<!\b(?:[Tt]he|[Oo]ur|[Tt]his|[Mm]y|[Aa]|[Yy]our|[Tt]heir|[Cc]ounty|[Bb]orough|[Cc]ity|[Dd]istrict|[Tt]own|[Pp]arish|[Uu]nitary|[Mm]etropolitan)\s|\p{Lu}[\p{L}'’-]{0,30}\s)\b[Cc]ouncil\s(?:hands|handed|has|have|had|wants|wanted|decided|decides|keeps|kept|gave|gives|just|won['’]t|will|should|says|said|put|puts|lets|let|can['’]t|couldn['’]t|never|always|still|did|does|doesn['’]t|didn['’]t)\b/gu;
// "Issued 31 PCNs on Marina Parade today", "gave out 12 tickets this morning": the poster doing a council officer's job.
// "some wee nyaff just phoned the town hall screaming at me": the poster answering the council's phone.
// "Some of you will know me from Tuesday Rhyme Time at Thornby Library": a council session the poster runs.
// "34 year I've looked after Kirkhope cemetery": a council facility the poster keeps.
const DOING_THE_JOB =
  /\b(?:[Ii]ssued|[Ww]rote|[Hh]anded\sout|[Gg]ave\sout|[Ss]lapped)\s(?:\d{1,3}|another|a\scouple\sof|loads\sof|two|three|four|five|six|ten|twenty)\s(?:more\s)?(?:PCNs?|pcns?|parking\stickets|fixed\spenalt(?:y|ies)|FPNs?)\b|\b(?:phoned|rang|called|came\sinto|walked\sinto)\sthe\s(?:town\shall|council|council\soffices|civic\scentre|contact\scentre|depot|office)\s(?:(?:just|today|this\smorning)\s)?(?:screaming|shouting|yelling|swearing|having\sa\sgo|kicking\soff)\sat\sme\b|\bI['’]ve\s(?:looked\safter|run|managed|kept)\s(?:the\s)?(?:\p{Lu}[\p{L}'’-]{1,20}\s){0,2}(?:[Cc]emetery|[Cc]rematorium|[Ll]ibrary|[Ll]eisure\s[Cc]entre|[Mm]useum|[Dd]epot|[Tt]own\s[Hh]all|[Mm]arket\s[Hh]all)\b|\bknow\sme\sfrom\s(?:the\s)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s)?(?:[\p{L}'’-]{2,20}\s){0,3}(?:at|in)\s(?:the\s)?(?:\p{Lu}[\p{L}'’-]{1,20}\s){0,2}(?:[Ll]ibrary|[Ll]eisure\s[Cc]entre|[Ff]amily\s[Hh]ub|[Yy]outh\s[Cc]entre|[Cc]ommunity\s[Hh]ub)\b/gu;
// "Council pays me to lifeguard", "us council lifeguards", "rings the benefits line to call me a jobsworth", "the new
// lad in revenues": the poster says they work for the council, or for one of its teams, without a job title.
// "this Labour cabinet", "the Tory administration", "the county's new parking charges", "county highways", "driving
// council school transport": the employer's political leadership, or the county council and its services by a short name.
const COUNCIL_BY_SHORT_NAME =
  /(?<=\b(?:this|the|our|their)\s)(?:Labour|Tory|Tories['’]?|Conservative|Lib\sDem|Liberal\sDemocrat|Green|Reform|Independent|SNP|Plaid)\s(?:cabinet|administration|leadership|group['’]s\sbudget)\b|(?<=\bthe\s)county['’]s\s(?:new\s)?(?:parking|charges|budget|cuts|plans?|decision|highways|bins|libraries|care|consultation)\b|(?<=\b(?:to|from|ring|rang|called|emailed)\s)county\s(?:highways|hall|council)\b|(?<=\b(?:driving|drive|drives)\s)council\s(?:school\stransport|buses|minibuses|vans|bin\slorries|gritters)\b/gu;
const COUNCIL_EMPLOYS_ME =
  /\b[Cc]ouncil\s(?:pays|employs|pay|employ|paid|employed)\s(?:me|us)\b(?!\s(?:back|for|a\svisit))|(?<=\b(?:us|we)\s)(?:council|county|borough)\s(?:workers|staff|lifeguards|wardens|binmen|bin\smen|gritters|rangers|officers|cleaners|lads|carers|drivers|crews)\b|\b(?:rings?|rang|phones?|phoned|calls?|called)\s(?:the\s)?(?:benefits|council\stax|housing|bins?|parking|planning|revenues)\s(?:line|hotline|team|office|desk)\s(?:[\p{L}'’]{1,15}\s){0,3}?(?:to\s)?(?:call|calling|scream|screaming|shout|shouting|yell|yelling|swear|swearing)\s(?:at\s)?me\b|(?<=\bthe\snew\s)(?:lad|girl|guy|bloke|woman|man|lass|starter|apprentice)\sin\s(?:revenues|benefits|planning|housing|highways|licensing|finance|payroll|HR|legal|building\scontrol|environmental\shealth|customer\sservices|the\scontact\scentre|the\sdepot)\b/gu;
// "my brilliant colleague Sunita", "my old line manager": the poster's workmates, whatever the adjective.
const MY_COLLEAGUE =
  /\bmy\s(?:(?:brilliant|lovely|amazing|fab|fabulous|wonderful|new|old|former|ex|favourite|fellow|dear|best|awesome|great|fantastic|incredible|talented|hard-working|hardworking|long-suffering|retiring|work|office|closest|lovely|superb|star)\s){1,2}(?:colleague|colleagues|workmate|workmates|co-worker|co-workers|line\smanager|manager|boss|team\sleader)\b|\bmy\s(?:colleague|workmate|co-worker)\b/gi;
// "As a planning officer I ...", "I'm a highways inspector": the poster's job in a council service.
const AS_ROLE = new RegExp(
  `\\b(?:as|I'm|I’m|I\\sam|I\\swork\\sas|I've\\sbeen|I’ve\\sbeen)\\s(?:a|an|the|one\\sof\\sthe)\\s(?:${alternation(data.services)})\\s(?:officer|officers|worker|manager|assistant|adviser|advisor|inspector|engineer|apprentice|coordinator|co-ordinator|clerk|lead|surveyor|technician|administrator)\\b`,
  'gi',
);
// "our team at the Town Hall", "our crews at Ffordd Dur depot": the poster's team at a building only the council works
// from (a bus or fire station depot is someone else's).
const OTHER_DEPOT = /\b(?:bus|coach|tram|train|rail|fire|ambulance|parcel|delivery|distribution|Arriva|Stagecoach|Royal\sMail)\s(?:\p{L}+\s)?depot$/iu;
const TEAM_AT =
  /\b(?:our|my)\s(?:team|colleagues|office|crew|crews|department|dept|section)\s(?:at|in)\s(?:the\s)?(?:town\shall|civic\scentre|civic\soffices|council\soffices|council\sdepot|contact\scentre|call\scentre|(?:[\p{L}'’-]{2,20}\s){1,2}depot)\b/giu;
// "Reform running County Hall", "took control of the Civic Centre", "years of neglect at County Hall", "senior officers at
// County Hall": the seat of the council stands for the council. "Everyone at County Hall knows" stays a place.
const SEAT_OF_POWER =
  /\b(?:running|runs|run|ran|controls|control|controlled|control\sof|took|take|taking|won|win|wins|lost|lose|losing|holds|hold|held)\s(?:(?:of|over)\s)?(?:the\s)?(?:County\sHall|Town\sHall|City\sHall|Civic\sCentre|Guildhall)\b|\b(?:neglect|chaos|mismanagement|incompetence|failure|failures|misrule|dithering|cuts|officers|bosses|bureaucrats|administration|corruption|cronyism|backhanders|(?:brown\s)?envelopes(?:\sall\sround)?)\s(?:at|in)\s(?:the\s)?(?:County\sHall|Town\sHall|City\sHall|Civic\sCentre|Guildhall)\b/g;
// "the review going to Cabinet next month": a report on its way to the council's Cabinet (capitalised, no "the").
// "Cabinet won't see it until March": a paper the council's Cabinet has yet to consider.
// "Cabinet has approved my proposal": a decision of the council's Cabinet (capitalised, no "the": a minister's Cabinet is "the Cabinet").
const TO_CABINET =
  /\b(?:go|goes|going|went|gone|goes|taken|take|takes|taking|heading|headed|presented|reported|brought|bring|bringing)\s(?:to|at|before)\sCabinet\b|\bCabinet\s(?:doesn['’]t|does\snot|won['’]t|will\snot|hasn['’]t|has\snot|didn['’]t)\s(?:see|seen|get|sign|look|consider|discuss)\b|\bCabinet\s(?:has\s|have\s|had\s)?(?:unanimously\s|finally\s|just\s|today\s|formally\s)?(?:approved|agreed|backed|endorsed|rejected|signed\soff|voted)\b/g;
// "Cllr Hext and her mates closing the youth club", "Cllr Amin voted to scrap the bus pass": a councillor making or
// voting on a council decision. "Cllr Patel opened the new library" is a civic role, not a decision.
const COUNCIL_DECISION =
  /\b(?:(?:clos(?:e|es|ed|ing|ure)|shut(?:s|ting)?)\s(?:down\s)?(?:of\s)?(?:the|our|a|their|its|every|two|three)\s|cut(?:s|ting)?|scrap(?:s|ped|ping)?|ax(?:e|es|ed|ing)|vot(?:e|es|ed|ing)|approv(?:e|es|ed|ing)|sell(?:s|ing)?\soff|sold\soff|pay\srise|allowances?)\b/i;
const ANY_COUNCILLOR = /\b(?:Cllr|Councillor)s?\.?\s\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?/gu;
const COUNCIL_MEETING = /\b(?:committee|full\scouncil|council\smeeting|cabinet|scrutiny|(?:the|that)\schamber)\b/i;
// Any hashtag or @handle (not an email's domain); whether it names the employer ("#ACCLife",
// "#TeamAshcombeCouncil", "@AshcombeCC") is decided in code. The policy may list no handles at all.
const HASHTAG = /(?<![\p{L}\p{N}_.])[#@][\p{L}\p{N}_]{2,60}/gu;
// Personal-views wordings beyond the phrase table: "thoughts shared here are all mine alone", "my views on here are personal".
// "my own view and not the council's", "my personal opinion, not my employer's": the poster's view set against the employer's.
// "anything I post on here is my own view", "everything I say in this video is my own view": all the poster says is their own.
// "my own view, naturally, not an official one": the poster's view set against the official line.
// "Own views here, not AVDC's": the same, the employer by its initials.
const DISCLAIMER_GENERAL =
  /\b(?:views|opinions|thoughts|tweets|posts|comments|words)\s(?:(?:here|expressed|shared|posted|on\sthis\s(?:account|page|channel|blog|profile)|on\s(?:it|here|there)|in\sthis\s(?:video|post|thread|vlog))\s){0,2}(?:are\s)?(?:all\s)?(?:mine|my\sown)\b|\bmy\s(?:views|opinions|thoughts)\s(?:(?:on\shere|here|expressed\shere|on\sthis\s(?:account|page))\s)?(?:are\s)?(?:entirely\s|purely\s|strictly\s|all\s|always\s)?(?:personal|private)\b|\bnot\smy\s(?:employer|employers|employer['’]s|work['’]s)(?![\p{L}])|\bmy\s(?:own\s|personal\s)?(?:view|views|opinion|opinions|thoughts|take)(?:\sonly|\salone)?,?\s(?:and\s|but\s|-\s|–\s)?not\s(?:those\sof\s|that\sof\s)?(?:the|my|our)\s(?:council|employer|authority|organisation|organization|work|workplace)(?:['’]s)?(?![\p{L}])|\b(?:anything|everything|all)\s(?:(?:I|i)\s(?:post|say|write|share|put)\s)?(?:on\s)?(?:here\s|in\sthis\s(?:video|post|thread|vlog|channel|clip)\s)?is\s(?:just\s)?my\sown\s(?:view|views|opinion|opinions)\b|\b(?:own|personal)\s(?:views?|opinions?|thoughts)(?:\shere|\sonly)?,?\snot\s(?:the\s|my\s)?\p{L}{2,30}['’]s(?![\p{L}])|\bmy\s(?:own\s|personal\s)?(?:view|views|opinion|opinions|take)(?:\sonly|\salone)?,?\s(?:(?:naturally|obviously|of\scourse|mind|like),?\s)?(?:and\s|but\s|-\s|–\s)?not\s(?:an?\s|the\s)?official\s(?:one|ones|view|views|line|position|statement)\b/iu;
// "the parish clerk's brother-in-law": a parish or town council's officer, who is the poster's colleague only when
// that council is the employer.
// "our Kayden came to us as an emergency placement": a foster carer's own family news, not a social worker's casework.
// ("Our little lad on emergency placement starts school on Monday": the carer's own placement, told as family news.)
const CARER_OWN_PLACEMENT = /\b(?:to|with)\s(?:us|me)\sas\s(?:an?\s)?$|\b(?:our|my)\s(?:(?:little|wee|new|lovely)\s)?(?:lad|boy|girl|lass|one|baby|little\sone|little\sman|kids|boys|girls)\son\s(?:an?\s|his\s|her\s)?$/i;
const LOCAL_CLERK = /^(?:(?:deputy|assistant)\s)?(?:(?:town|parish)\s)?clerk$|^(?:deputy\s)?(?:town|parish)\sclerk$/i;
const OTHERS_CLERK = /(?<!\b(?:I['’]m|I\sam|as|now|became|become))\s(?:the|our|their|your)\s$/i;
// Services residents use as much as staff (#KingsmereLibraries, #KingsmereParks) are left out.
const COMPACT_SERVICES: ReadonlySet<string> = new Set([...data.services.filter((x) => !data.servicesNotWorkplaces.includes(x)), ...data.departments.filter((x) => !data.servicesNotWorkplaces.includes(x.toLowerCase())), 'council', 'youth service', 'youthservices', 'bins', 'binmen', 'gritters', 'housing team', 'staff', 'team'].map((s) => s.replace(/[\s'’-]+/g, '').toLowerCase()));
const WORK_WORDS: ReadonlySet<string> = new Set(data.workWords);
const THE_BEFORE = /\bthe\s$/i;
// "Heartbreaking job sometimes", "part of the job", "on shift": the poster's own job, which is work talk only with a
// council matter in the post ("her housing benefit's been stopped", "the bin round"): "tough job for the ref" is not.
const JOB_FEELINGS: ReadonlySet<string> = new Set(data.jobFeelings);
const COUNCIL_MATTERS: ReadonlySet<string> = new Set(data.councilMatters);
const MATTER_FIRST: ReadonlySet<string> = new Set(data.councilMatters.filter((m) => m.includes(' ')).map((m) => m.split(' ')[0]));
const POSSESSIVE_END = /['’]s$/;
// "on shift", "a night shift", "a 10hr shift", "12-hour shift": the poster's own working shift.
const SHIFT_BEFORE: ReadonlySet<string> = new Set(['on', 'night', 'early', 'late', 'long', 'double', 'split', 'weekend', 'twelve-hour', 'ten-hour']);
const SHIFT_LENGTH = /^\d{1,2}(?:-|\s)?(?:hr|hrs|hour|h)$/;
const COUNTER: ReadonlySet<string> = new Set(['counter', 'desk', 'phones', 'reception', 'hatch']);
const AT_ON: ReadonlySet<string> = new Set(['at', 'on', 'behind']);
const DO_THE_JOB: ReadonlySet<string> = new Set(['round', 'rounds', 'job']);
const DOING: ReadonlySet<string> = new Set(['do', 'done', 'doing', 'did', 'run', 'running', 'worked', 'working']);
const OWN_WORK_NOUNS: ReadonlySet<string> = new Set(['crew', 'crews', 'round', 'rounds', 'patch', 'caseload', 'cases']);
const PLACE_NOUNS: ReadonlySet<string> = new Set(data.placeNouns);
// Work words too common in a resident's visit to a council building ("married at the Town Hall ten years ago").
const LOOSE_WORK_WORDS: ReadonlySet<string> = new Set(['years', 'head', 'chief', 'office', 'team', 'fees', 'fee', 'charges', 'system', 'systems']);

// A look-behind rather than a consumed character before the phrase: the same answer for .test(), and
// the regex engine can then skip ahead to the phrases' first letters instead of trying every position.
const DISCLAIMER = new RegExp(`(?<![\\p{L}])(?:${alternation(data.disclaimerPhrases)})(?![\\p{L}])`, 'iu');
const DISCLAIMER_TAG = new RegExp(`#(?:${data.disclaimerHashtags.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'iu');

interface PolicyMatchers {
  disclaimer: RegExp | null;
  /** The policy's own wording has a full stop inside ("My views. Not X's."): test it on the whole text. */
  disclaimerSpansSentences: boolean;
  /** "Brightwater Libraries", "Brightwater staff": the short name with a service or staff word. */
  shortService: RegExp | null;
  /** "Tory-run Otterbury": the place as the council a party runs. */
  partyRun: RegExp | null;
  /** "Brightwater Library": a building residents use too, so it counts only in a sentence about work. */
  shortFacility: RegExp | null;
  /** "at Brightwater", "for Brightwater": counts when the sentence is about work. */
  shortAt: RegExp | null;
  /** "the new rounds Wexford brought in": the short name doing what only the employer does. */
  shortVerb: RegExp | null;
  handles: RegExp | null;
  domains: RegExp | null;
  /** The council's own buildings from the policy's addresses ("Civic Offices", "Canolfan Hafan"). */
  buildings: RegExp | null;
  /** The policy's councillors by name ("Cllr Reddaway", "Tom Reddaway"): council business when in a meeting of the council. */
  councillors: RegExp | null;
  types: Set<string>;
  /** The employer's names, a copy of the organisation's pattern of our own. */
  names: RegExp;
  /** Lower-cased all-capital aliases ("acc"): they name the employer only when written in capitals. */
  acronyms: Set<string>;
  /** The employer's names without spaces, lower case, for hashtags ("ashcombecitycouncil"). */
  compactNames: string[];
  /** The short names without spaces, lower case ("pellbridge"), for "#PellbridgeYouthService". */
  compactShorts: string[];
  /** The acronyms as written ("ACC"), for hashtags. */
  acronymForms: string[];
}

const cache = new WeakMap<Policy, PolicyMatchers>();

/** "These views are my own." matches with or without its full stop. */
function withoutFinalStop(phrase: string): string {
  let p = phrase.trim();
  while (p.endsWith('.') || p.endsWith('!')) p = p.slice(0, -1);
  return p;
}

function matchers(policy: Policy): PolicyMatchers {
  let m = cache.get(policy);
  if (m) return m;
  const own = [policy.disclaimer.text, ...policy.disclaimer.acceptedPhrases].map(withoutFinalStop).filter((p) => p.length >= 3);
  // "Kestrel Vale" from "Kestrel Vale Borough Council": the whole place name, or "at Kestrel Vale went live"
  // would be read as the one-word short name followed by a capitalised place word.
  const places = [policy.organisation.name, ...policy.organisation.aliases]
    .map((n) => n.trim().replace(/\s(?:(?:borough|county|city|district|town|parish|metropolitan|unitary)\s){0,2}council$/i, ''))
    .filter((n) => /\s/.test(n) && n.length <= 40 && !/council/i.test(n));
  const shorts = [...new Set([...places, ...employerShortNames(policy)])].sort((a, b) => b.length - a.length).map((n) => escapeRegExp(n).replace(/\s+/g, '\\s'));
  const shortAlt = shorts.length ? `(?:${shorts.join('|')})` : null;
  const services = [...data.departments, 'Council', 'BC', 'staff', 'colleagues', 'employees', 'workers', 'officers', 'bin crews', 'bin crew', 'crews', 'bin man', 'bin men', 'binman', 'binmen', 'bin lorry', 'bin wagon', 'refuse collector', 'refuse collectors'];
  const handles = [...policy.organisation.officialHandles, ...policy.councilAccounts.x, ...policy.councilAccounts.facebook, ...policy.councilAccounts.youtube]
    .map((h) => h.trim().replace(/^@/, ''))
    .filter(Boolean)
    .map(escapeRegExp);
  const domains = policy.organisation.domains.map((d) => d.trim().toLowerCase().replace(/^@/, '')).filter(Boolean).map(escapeRegExp);
  const acronymForms = [policy.organisation.name, ...policy.organisation.aliases].map((n) => n.trim()).filter((n) => /^[A-Z]{2,6}$/.test(n));
  const compactNames = [policy.organisation.name, ...policy.organisation.aliases]
    .map((n) => n.trim())
    .filter((n) => /\s/.test(n))
    .map((n) => n.replace(/\s+/g, '').toLowerCase());
  // The building of each official address ("Civic Offices, Ffordd y Castell, ..."): not a numbered street.
  const buildings = policy.organisation.officialAddresses
    .map((a) => a.split(',')[0].trim())
    .filter((b) => b.length >= 4 && b.length <= 40 && !/\d/.test(b))
    .map((b) => escapeRegExp(b).replace(/\s+/g, '\\s'));
  const types = new Set<string>();
  for (const name of [policy.organisation.name, ...policy.organisation.aliases]) {
    for (const t of ['borough', 'county', 'city', 'district', 'town', 'parish', 'unitary', 'metropolitan']) if (new RegExp(`\\b${t}\\b`, 'i').test(name)) types.add(t);
  }
  // "My views, not those of NCC.", "not Ashcombe Council's views": the generic wordings with the employer's own names.
  const { names: orgNames, acronyms: orgAcronyms } = organisation(policy);
  const employerAlt = [orgNames.source, ...(orgAcronyms ? [orgAcronyms.source] : []), ...(shortAlt ? [shortAlt] : [])].join('|');
  const employerDisclaimer = `\\bnot\\s(?:necessarily\\s)?(?:those\\sof|the\\s(?:views?|opinions?|position)\\sof|(?:speaking|posting)\\s(?:for|on\\sbehalf\\sof)|on\\sbehalf\\sof)\\s(?:the\\s)?(?:${employerAlt})\\b|\\bnot\\s(?:the\\s)?(?:${employerAlt})['’]s\\s(?:official\\s)?(?:views?|opinions?|position)\\b|\\bown,?\\snot\\s(?:the\\s)?(?:${employerAlt})['’]s\\b`;
  const councillorNames = [
    ...new Set(
      policy.councillors.flatMap((n) => {
        const parts = n.trim().split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
        if (parts.length < 2) return [];
        const last = escapeRegExp(parts[parts.length - 1]);
        const full = parts.map(escapeRegExp).join('\\s');
        return [full, `Cllr\\.?\\s${full}`, `Councillor\\s${full}`, `Cllr\\.?\\s${last}`, `Councillor\\s${last}`];
      }),
    ),
  ].sort((a, b) => b.length - a.length);
  m = {
    disclaimer: new RegExp([...own.map(pattern), employerDisclaimer].join('|'), 'i'),
    disclaimerSpansSentences: own.some((p) => /[.!?\u2026]\s/.test(p)),
    // "Kingsmere's new bin rota": the possessive short name with a service's kit or staff ("Kingsmere's new bakery" is the town's).
    // "Stop the cuts to Blackwater's libraries": services only the council runs, under the place's name.
    shortService: shortAlt
      ? new RegExp(
          `\\b${shortAlt}(?:\\s(?:${alternation(services)})|['’]s\\s(?:(?:new|latest|revised)\\s)?(?:(?:${alternation(data.services)})\\s(?:rota|rotas|round|rounds|crew|crews|lorry|lorries|team|teams|department|staff|officers|collections?)|libraries|leisure\\scentres|children['’]s\\scentres|recycling\\scentres|bin\\scollections|council\\shomes|council\\stax|cabinet|parking\\scharges|car\\sparking\\scharges|budget|planning\\scommittee|planning\\sdepartment|housing\\slist|council\\sflats))\\b`,
          'gi',
        )
      : null,
    partyRun: shortAlt ? new RegExp(`\\b[\\p{L}]{2,12}-(?:run|led|controlled)\\s${shortAlt}\\b`, 'giu') : null,
    shortFacility: shortAlt ? new RegExp(`\\b${shortAlt}\\s(?:(?:Central|Main|Town|Community)\\s)?(?:${alternation(data.facilities)})\\b`, 'gi') : null,
    shortVerb: shortAlt ? new RegExp(`\\b${shortAlt}\\s(?:(?:has|have|had|just|finally|quietly|now)\\s){0,2}(?:${alternation(data.employerActions)})\\b`, 'gi') : null,
    shortAt: shortAlt ? new RegExp(`\\b(?:at|for|with|joined|joining|leaving|left)\\s${shortAlt}\\b(?!['’]s\\b|-)(?:\\s(\\p{L}+))?`, 'giu') : null,
    // Acronyms too, in any case here: `acronymCaseOk` then keeps only the capitalised ones.
    names: (({ names, acronyms }) => new RegExp(acronyms ? `${names.source}|${acronyms.source}` : names.source, 'gi'))(organisation(policy)),
    handles: handles.length ? new RegExp(`@(?:${handles.join('|')})\\b`, 'gi') : null,
    domains: domains.length ? new RegExp(`\\b(?:${domains.join('|')})\\b`, 'gi') : null,
    buildings: buildings.length ? new RegExp(`\\b(?:${[...new Set(buildings)].join('|')})\\b`, 'gi') : null,
    councillors: councillorNames.length ? new RegExp(`\\b(?:${councillorNames.join('|')})\\b`, 'g') : null,
    types,
    acronyms: new Set(acronymForms.map((a) => a.toLowerCase())),
    compactNames,
    compactShorts: [...new Set([...places, ...employerShortNames(policy)])].map((n) => n.replace(/\s+/g, '').toLowerCase()).filter((n) => n.length >= 4),
    acronymForms,
  };
  cache.set(policy, m);
  return m;
}

/** True when the post carries a personal-views disclaimer (any reasonable wording, or the policy's own). */
export function hasDisclaimer(doc: PostDocument, policy: Policy): boolean {
  // Block by block (a disclaimer phrase does not run across a full stop), so a re-check after an edit
  // tests only the edited block: on a long post this test was a tenth of the re-check.
  const blocks = blocksOf(doc.text);
  if (blockTest(blocks, DISCLAIMER) || blockTest(blocks, DISCLAIMER_TAG) || blockTest(blocks, DISCLAIMER_GENERAL)) return true;
  const { disclaimer: own, disclaimerSpansSentences } = matchers(policy);
  if (own === null) return false;
  return disclaimerSpansSentences ? own.test(doc.text) : blockTest(blocks, own);
}

export type Span = [number, number];

function all(re: RegExp | null, doc: PostDocument, accept: (m: RegExpMatchArray) => boolean = () => true): Span[] {
  if (!re) return [];
  const out: Span[] = [];
  for (const m of scan(doc, re)) if (accept(m)) out.push([m.index!, m.index! + m[0].length]);
  return out;
}

/** The sentence-ish stretch around an offset: bounded, so a long post stays linear. */
function around(text: string, at: number): string {
  let s = at;
  let e = at;
  while (s > 0 && at - s < 160 && !/[.!?\n]/.test(text[s - 1])) s--;
  while (e < text.length && e - at < 160 && !/[.!?\n]/.test(text[e])) e++;
  return text.slice(s, e).toLowerCase();
}

function aboutWork(text: string, at: number, loose = true): boolean {
  for (const w of around(text, at).match(/[\p{L}]+/gu) ?? []) if (WORK_WORDS.has(w) && (loose || !LOOSE_WORK_WORDS.has(w))) return true;
  return false;
}

/** A council decision in the councillor's sentence or the one after ("Cllr Hext and co. Closing the youth club ..."). */
function decisionNear(doc: PostDocument, at: number): boolean {
  const i = doc.sentenceIndexAt(at);
  if (i < 0) return false;
  return COUNCIL_DECISION.test(doc.sentences[i].text) || COUNCIL_DECISION.test(doc.sentences[i + 1]?.text ?? '');
}

function publicAtMe(doc: PostDocument): Span[] {
  const text = doc.text;
  const out: Span[] = [];
  for (const m of scan(doc, PUBLIC_PERSON)) {
    const end = m.index + m[0].length;
    if (AT_ME.test(text.slice(end, end + 64))) out.push([m.index, end]);
  }
  return out;
}

function runService(doc: PostDocument): Span[] {
  const text = doc.text;
  const out: Span[] = [];
  for (const m of scan(doc, I_RUN)) {
    const stretch = text.slice(m.index, m.index + 60).split(/[.!?\n]/)[0];
    const f = FACILITY.exec(stretch);
    if (f && (m[0].startsWith('I') || SESSION.test(stretch.slice(0, f.index)))) out.push([m.index, m.index + f.index + f[0].length]);
  }
  return out;
}

/**
 * An all-capital alias ("ACC") names the employer only in capitals: "acc 71526384" is a bank
 * account and "Acc" a word. Names are matched case-insensitively, so each match is checked here.
 */
function acronymCaseOk(m: PolicyMatchers, matched: string): boolean {
  if (!m.acronyms.size) return true;
  for (const w of matched.split(/[^\p{L}]+/u)) if (m.acronyms.has(w.toLowerCase()) && w !== w.toUpperCase()) return false;
  return true;
}

/** "#ACCLife", "#TeamACC", "#AshcombeCityCouncil": a hashtag built on the employer's name. */
function namesEmployer(m: PolicyMatchers, tag: string): boolean {
  const lower = tag.toLowerCase();
  if (m.compactNames.some((n) => lower.includes(n))) return true;
  // "#PellbridgeYouthService", "#KingsmereLibraries": the place's name with one of the council's services.
  for (const short of m.compactShorts) if (lower.startsWith(short) && COMPACT_SERVICES.has(lower.slice(short.length))) return true;
  for (const a of m.acronymForms) {
    for (let at = tag.indexOf(a); at >= 0; at = tag.indexOf(a, at + 1)) {
      const prev = tag[at - 1] ?? '';
      const next = tag.slice(at + a.length, at + a.length + 2);
      // The acronym must stand as its own word in the tag: "#TeamACC", "#ACCLife", not "#ACCESS".
      const startsWord = at === 0 || /[\p{Ll}\p{N}_]/u.test(prev);
      const endsWord = next === '' || /^[\p{N}_]/u.test(next) || /^\p{Lu}\p{Ll}/u.test(next);
      if (startsWord && endsWord) return true;
    }
  }
  return false;
}

/** Hashtags and handles built on the employer's name ("#ACCLife", "@ACC_News"): shared with the confidential rule. */
export function employerHashtags(doc: PostDocument, policy: Policy): Span[] {
  const m = matchers(policy);
  if (!m.compactNames.length && !m.acronymForms.length && !m.compactShorts.length) return [];
  return all(HASHTAG, doc, (match) => namesEmployer(m, match[0].slice(1)));
}

/** Spans where a post talks about the employer or the poster's work, in text order. */
export function workMentions(doc: PostDocument, policy: Policy): Span[] {
  const text = doc.text;
  const m = matchers(policy);
  const out: Span[] = [];
  const cased = (match: RegExpMatchArray) => acronymCaseOk(m, match[0]);
  out.push(...all(m.names, doc, cased));
  out.push(...all(m.shortService, doc, cased));
  out.push(...all(m.shortVerb, doc, cased));
  out.push(...all(m.shortFacility, doc, (match) => cased(match) && aboutWork(text, match.index!)));
  out.push(...employerHashtags(doc, policy));
  out.push(...all(TEAM_AT, doc, (match) => !OTHER_DEPOT.test(match[0])));
  out.push(
    ...all(m.shortAt, doc, (match) => {
      if (!cased(match)) return false;
      const next = match[1];
      // "at Brightwater beach", "with Brightwater Rovers": the place, not the employer.
      if (next && (PLACE_NOUNS.has(next.toLowerCase()) || /^\p{Lu}/u.test(next))) return false;
      return aboutWork(text, match.index!);
    }).map(([s, e]): Span => {
      // Drop the word looked at after the name: "at Kestrel Vale went" shows as "at Kestrel Vale".
      m.shortAt!.lastIndex = s;
      const again = m.shortAt!.exec(text);
      return again && again.index === s && again[1] ? [s, e - again[1].length - 1] : [s, e];
    }),
  );
  out.push(...all(m.handles, doc), ...all(m.domains, doc));
  // "Long day at the Civic Offices, six hours of budget scrutiny": the council's own building in a sentence about work.
  out.push(...all(m.buildings, doc, (match) => aboutWork(text, match.index!, false)));
  out.push(
    ...all(THE_COUNCIL, doc, (match) => {
      // "closer to a Labour council in May": a party's hoped-for council, not the employer.
      if (/^a\s\S+\s(?:\S+\s)?council/i.test(match[0]) && !/^a\s(?:borough|county|city|district|town|parish|unitary|metropolitan)\s/i.test(match[0])) return false;
      // "the county's 20mph zones": the area's possessive with something only the council has, of the employer's type.
      if (match[2]) return m.types.has(match[2].toLowerCase());
      const type = match[1]?.toLowerCase();
      return !type || m.types.has(type.split(/\s+/)[0]);
    }),
  );
  // "Cllr Reddaway lied to the whole committee": one of the council's members at one of its meetings is council business.
  out.push(...all(m.councillors, doc, (match) => COUNCIL_MEETING.test(doc.sentenceAt(match.index!)?.text ?? '')));
  out.push(...all(ANY_COUNCILLOR, doc, (match) => decisionNear(doc, match.index!)));
  out.push(...all(SEAT_OF_POWER, doc), ...all(TO_CABINET, doc, (match) => !THE_BEFORE.test(text.slice(Math.max(0, match.index! - 4), match.index))));
  out.push(...all(MY_COLLEAGUE, doc), ...all(AS_ROLE, doc), ...all(BARE_COUNCIL, doc), ...all(DOING_THE_JOB, doc));
  out.push(
    ...all(
      WORK_PHRASE,
      doc,
      (match) =>
        !CARER_OWN_PLACEMENT.test(text.slice(Math.max(0, match.index! - 24), match.index)) &&
        (!LOCAL_CLERK.test(match[0]) || m.types.has('parish') || m.types.has('town') || !OTHERS_CLERK.test(text.slice(Math.max(0, match.index! - 16), match.index))),
    ), ...all(SERVICE_TEAM, doc), ...all(OUR_KIT, doc), ...all(COLLEAGUE_BY_TEAM, doc, (match) => isFirstName(match[0].split(/\s/)[0])), ...all(WORK_IN, doc), ...all(DEPARTMENT, doc), ...runService(doc));
  out.push(...all(ON_SERVICE_DESK, doc));
  // "Tory county councillors voted ..." on a district's staff: another council's members.
  out.push(...all(MEMBERS_DECIDED, doc, (match) => {
    const type = /(county|district|borough|city|town|parish)\s$/i.exec(text.slice(Math.max(0, match.index! - 10), match.index));
    return !type || m.types.has(type[1].toLowerCase());
  }));
  // "the county's parking charges" is the employer only for a county council's staff (a district's is another council).
  out.push(...all(COUNCIL_BY_SHORT_NAME, doc, (match) => !/county/i.test(match[0]) || m.types.has('county')), ...all(COUNCIL_EMPLOYS_ME, doc), ...all(DAY_AT_SERVICE, doc), ...publicAtMe(doc), ...all(YEARS_IN, doc), ...all(DEPARTMENT_BUSY, doc), ...all(SHIFT_AT, doc), ...all(JOB_HASHTAG, doc), ...all(MY_CLASS, doc));
  // "Tory-run Otterbury strikes again": the place as the council its party runs.
  out.push(...all(m.partyRun, doc));
  if (!out.length) out.push(...jobWithCouncilMatter(doc));
  return out.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
}

// "Long shift at the hospital": a job somewhere the council does not run, whatever the bins did after.
const OTHER_WORKPLACES: ReadonlySet<string> = new Set(['hospital', 'ward', 'pub', 'bar', 'shop', 'supermarket', 'factory', 'warehouse', 'hotel', 'restaurant', 'cafe', 'café', 'garage', 'airport', 'prison', 'surgery', 'pharmacy', 'station', 'site', 'office', 'care home', 'nursing home', 'plant', 'mill', 'docks', 'store', 'club']);
function elsewhere(tokens: Token[], i: number): boolean {
  const at = tokens[i + 1]?.normal;
  if (at !== 'at' && at !== 'in' && at !== 'on') return false;
  const k = tokens[i + 2]?.normal === 'the' || tokens[i + 2]?.normal === 'a' ? i + 3 : i + 2;
  return OTHER_WORKPLACES.has(tokens[k]?.normal ?? '') || OTHER_WORKPLACES.has(`${tokens[k]?.normal} ${tokens[k + 1]?.normal}`);
}

/** The poster's own job ("heartbreaking job", "part of the job", "on shift") in a post that also names a council matter. */
function jobWithCouncilMatter(doc: PostDocument): Span[] {
  let job: Span | undefined;
  let matter = false;
  for (const sentence of doc.sentences) {
    const tokens = sentence.tokens;
    for (let i = 1; i < tokens.length; i++) {
      const word = tokens[i].normal.replace(POSSESSIVE_END, '');
      const prev = tokens[i - 1].normal;
      if (!job) {
        if (word === 'job' || word === 'jobs') {
          const next = tokens[i + 1]?.normal;
          // "Good job!", "job centre", "job done": praise, a place, a task finished.
          const feeling = JOB_FEELINGS.has(prev) || (prev === 'the' && tokens[i - 2]?.normal === 'of' && tokens[i - 3]?.normal === 'part');
          if (feeling && next !== 'done' && next !== 'centre' && next !== 'center') job = [tokens[i - 1].start, tokens[i].end];
        } else if (DO_THE_JOB.has(word) && (prev === 'this' || prev === 'the') && DOING.has(tokens[i - 2]?.normal ?? '')) {
          // "22 year I've done this round", "this is why I do the job": the poster's own round or job.
          job = [tokens[i - 2].start, tokens[i].end];
        } else if (word === 'office' && (prev === 'the' || prev === 'my') && tokens[i - 2]?.normal === 'at' && tokens[i - 3]?.normal === 'me') {
          // "pls tell her to ring me at the office" about her rent arrears: the poster's office deals with it.
          job = [tokens[i - 3].start, tokens[i].end];
        } else if (word === 'living' && prev === 'a' && tokens[i - 2]?.normal === 'for' && DOING.has(tokens[i - 4]?.normal ?? '')) {
          // "I literally do this for a living", with a council matter: the poster's job is that matter.
          job = [tokens[i - 4].start, tokens[i].end];
        } else if ((prev === 'my' || prev === 'our') && OWN_WORK_NOUNS.has(word)) {
          // "screaming at my crew over one missed bin": the poster's own crew or round, with a council matter.
          job = [tokens[i - 1].start, tokens[i].end];
        } else if (COUNTER.has(word) && prev === 'the' && AT_ON.has(tokens[i - 2]?.normal ?? '')) {
          // "Had a lady at the counter today ... her single person discount": serving the public, with a council matter.
          job = [tokens[i - 2].start, tokens[i].end];
        } else if (word === 'shift' && (SHIFT_BEFORE.has(prev) || SHIFT_LENGTH.test(prev) || (/^(?:hr|hrs|hour)$/.test(prev) && /^\d{1,2}$/.test(tokens[i - 2]?.normal ?? ''))) && !elsewhere(tokens, i)) {
          job = [(/^(?:hr|hrs|hour)$/.test(prev) ? tokens[i - 2] : tokens[i - 1]).start, tokens[i].end];
        }
      }
      if (!matter) {
        matter = COUNCIL_MATTERS.has(word) || (MATTER_FIRST.has(prev) && COUNCIL_MATTERS.has(`${prev} ${word}`)) || (i === 1 && COUNCIL_MATTERS.has(prev)) ||
          (i >= 2 && MATTER_FIRST.has(tokens[i - 2].normal) && COUNCIL_MATTERS.has(`${tokens[i - 2].normal} ${prev} ${word}`));
      }
      if (job && matter) return [job];
    }
  }
  return [];
}

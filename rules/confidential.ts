// Non-public information: internal, confidential, exempt or embargoed
// material, decisions not yet announced, and internal staff matters.
//
// Markings ("NOT FOR PUBLICATION", "EMBARGOED until", "Confidential:"),
// not-yet-public lines ("before the official announcement"), leaks and the
// policy's code names decide alone. Secrecy asides ("between us", "off the
// record", "mum's the word") also pass between friends about birthdays, so
// they count only in a post about work. Mentions of private meetings and
// internal papers ("closed meeting", "the draft I've seen"), "can't say much
// yet" and staff matters are weak: two of them together flag. Saying that an
// item will be taken in private, or pointing to published papers, is the
// council's ordinary openness and never counts.
import { defineRule } from './types';
import type { PostDocument, Sentence } from './document';
import type { Policy } from './policy';
import { employerMentionsIn, escapeRegExp } from './lib/organisation';
import { after, alternation, before } from './lib/commercial-text';
import data from './data/confidential.json';
import { anySentence, scan } from './lib/scan';
import { employerHashtags, workMentions } from './lib/disclaimer-matchers';
import { COLLEAGUE_NAMED } from './lib/confidential-colleagues';

type Kind = 'deliberation' | 'personnel' | 'marking' | 'exempt' | 'pending' | 'leak' | 'codename' | 'secrecy' | 'pendingWeak' | 'source' | 'paper' | 'staff' | 'hush';

export interface Signal {
  start: number;
  end: number;
  kind: Kind;
}

const STRONG = new Set<Kind>(['personnel', 'marking', 'exempt', 'pending', 'leak', 'codename']);

// Markings on a document or a post.
const NOT_FOR = /\b(?:(?:DRAFT|INTERNAL|CONFIDENTIAL|PRIVATE)\s{0,2}[-:]\s{0,2})?not\s{1,3}(?:for|to\s{1,3}be)\s{1,3}(?:public(?:ation)?|circulation|circulated|distribution|distributed|release|released|sharing|shared|disclosure|disclosed|publi(?:shed|cation))\b/gi;
const EMBARGO = /\bEMBARGOED\b|\bembargoed\s{1,3}(?:until|till|to|:)|\bunder\s{1,3}(?:strict\s{1,3})?embargo\b|\bembargo\s{1,3}(?:lifts|is\s{1,3}lifted|ends|until|till)\b|\b(?:until|till|before)\s{1,3}the\s{1,3}embargo\b/g;
const EMBARGO_CI = new RegExp(EMBARGO.source.replace('\\bEMBARGOED\\b|', ''), 'gi');
const TRADE_EMBARGO = /\b(?:arms|trade|oil|gas|export|import|sanctions?)\s{1,3}$/i;
const INTERNAL_MARK = /\bINTERNAL\b(?!\s{1,3}(?:AUDIT|DRAINAGE|WALLS?|DOORS?|AFFAIRS))|[([]\s?internal(?:\s{1,3}only)?\s?[)\]]|\b(?:for\s{1,3})?internal\s{1,3}(?:use|circulation|distribution)\s{1,3}only\b|\binternal\s{1,3}only\b/g;
const CONFIDENTIAL_MARK = /\bCONFIDENTIAL\b(?!\s{1,3}(?:SUPPORT|ADVICE|HELPLINE|SERVICE|LINE|REPORTING|COUNSELLING|WASTE|SHREDDING|DISPOSAL))|\bSTRICTLY\s{1,3}PRIVATE\b|\bcommercial(?:ly)?\s{1,3}in\s{1,3}confidence\b|\bOFFICIAL[-\s]SENSITIVE\b/g;
// "Confidential: the two shortlisted bidders are ...": a label at the start of a line or sentence.
const CONFIDENTIAL_LABEL = /(?:^|[\n([]|[.!?]\s)\s{0,3}((?:strictly\s{1,3}|private\s{1,3}(?:and|&)\s{1,3})?confidential)\s{0,2}([-:,)\]])/gi;
const THIS_IS_CONFIDENTIAL = /\b(?:this\s{1,3}is|it'?s|it\s{1,3}is)\s{1,3}(?:strictly\s{1,3}|all\s{1,3})?confidential\b(?=\s{0,2}(?:,|\.\.\.|-|:|but\b|so\b|please\b))/gi;
const PRIVATE_MARK = /(?<=[([]\s?)PRIVATE\b|\bPRIVATE(?=\s{0,2}[-:(])/g;

// "(confidential until Cabinet on the 14th!)", "under wraps till Monday": secret for now, by the writer's own account.
const SECRET_UNTIL = /\b(?:confidential|secret|under\s{1,3}wraps)\s{1,3}(?:until|till|before|pending)\b/gi;
// "the survey results before they go out", "it goes public next week": the writer has them before the public does.
const BEFORE_RELEASE =
  /\bbefore\s{1,3}(?:they|it|these|this)\s{1,3}(?:go|goes|are|is|get|gets)\s{1,3}(?:out|public|published|released|announced|made\s{1,3}public)\b|\b(?:goes|going|go|news\s{1,3}to\s{1,3}the)\s{1,3}public\s{1,3}(?:next|on|this|tomorrow|after|in)\b/gi;
// "must not be shared outside the group": an instruction on an internal document.
const NOT_OUTSIDE =
  /\b(?:must|should|is|are)\s{1,3}not\s{1,3}(?:to\s{1,3})?be\s{1,3}(?:shared|circulated|forwarded|distributed|discussed)\s{1,3}(?:outside|beyond|further)\b/gi;
// Not yet public.
const NOT_PUBLIC = /\b(?:not|isn'?t|aren'?t|hasn'?t|haven'?t)\s{1,3}(?:yet\s{1,3})?(?:been\s{1,3}|being\s{1,3})?(?:made\s{1,3})?public(?:\s{1,3}knowledge)?(?:\s{1,3}yet)?\b/gi;
const PENDING =
  /\b(?:before|ahead\s{1,3}of)\s{1,3}(?:the|our|an|any)\s{1,3}(?:official\s{1,3}|formal\s{1,3}|public\s{1,3})?(?:announcement|press\s{1,3}release)\b|\b(?:the\s{1,3})?(?:official\s{1,3}|formal\s{1,3})?(?:announcement|press\s{1,3}release|news\s{1,3}release)\s{1,3}(?:isn'?t|is\s{1,3}not|won'?t\s{1,3}be|not|doesn'?t\s{1,3}go|won'?t\s{1,3}go|isn'?t\s{1,3}going|is\s{1,3}not\s{1,3}going)\s{1,3}(?:due\s{1,3}|out\s{1,3}|up\s{1,3}|live\s{1,3})?(?:till|until|for|before)\b|\bwon'?t\s{1,3}(?:officially\s{1,3}|formally\s{1,3})?(?:announce|confirm|publish|release)(?:\s{1,3}(?:it|this|that|anything))?\s{1,3}(?:until|till|before)\b|\bcan'?t\s{1,3}(?:confirm|say|announce)(?:\s{1,3}(?:it|this|that|anything))?\s{1,3}(?:officially|publicly)\b|\b(?:until|till)\s{1,3}the\s{1,3}(?:press\s{1,3}release|announcement)\s{1,3}(?:is\s{1,3}out|goes\s{1,3}out|is\s{1,3}made)\b|\bdon'?t\s{1,3}share\s{1,3}(?:(?:this|it|that)\s{1,3})?yet\b|\bbefore\s{1,3}it'?s\s{1,3}(?:announced|public|official)\b|\bnot\s{1,3}(?:to\s{1,3}be\s{1,3}made\s{1,3}|going\s{1,3})?public\s{1,3}(?:until|till|til|'til|before)\b|\bnot\s{1,3}official\s{1,3}(?:until|till|til|'til|before)\b/gi;
const NOT_ANNOUNCED =
  /\b(?:not|hasn'?t|haven'?t|isn'?t|aren'?t|wasn'?t|won'?t\s{1,3}be|nothing'?s|nothing\s{1,3}has)\s{1,3}(?:yet\s{1,3})?(?:been\s{1,3}|being\s{1,3})?(?:officially\s{1,3}|formally\s{1,3}|publicly\s{1,3})?announced(?:\s{1,3}yet)?(?:\s{1,3}(?:until|till|before)\s{1,3}(?:next\s{1,3}|the\s{1,3})?\w{2,12})?\b/gi;
// "Nobody's been told officially yet", "staff to be told Monday": staff know, or will, before the public do.
const NOT_TOLD =
  /\b(?:nobody|no\s?one|no-one|staff|we|they|members|councillors|the\s{1,3}(?:staff|team|unions?|members|councillors|tenants|residents|public))(?:'s|’s|'ve|’ve|\s{1,3}(?:has|have|hasn'?t|haven'?t|were|weren'?t|to\s{1,3}be|will\s{1,3}be|won'?t\s{1,3}be|are\s{1,3}being))?\s{1,3}(?:not\s{1,3})?(?:been\s{1,3})?told\s{1,3}(?:(?:us|them|staff|anyone|anybody)\s{1,3})?(?:yet|officially|formally|tomorrow|(?:on\s{1,3})?(?:mon|tues|wednes|thurs|fri)day|next\s{1,3}week)\b|\b(?:nobody|no\s?one|no-one)(?:'s|’s|\s{1,3}has)\s{1,3}been\s{1,3}told(?=\s{0,3}(?:[.!?]|$|\p{Extended_Pictographic}))/giu;
// What follows a "not announced yet" that gives the news away anyway: "Not announced yet, but yes, ...",
// "not officially announced till Friday, but ...".
const REVEAL_NEXT = /^\s{0,2}(?:,?\s{0,2}but\b(?!\s{1,3}(?:I'll|we'll|I\s{1,3}will|we\s{1,3}will|keep|watch|stay|check|look|do|please|follow|something|exciting|big\s{1,3}news|news|more\s{1,3}soon|soon|an?\s{1,3}(?:announcement|update)))|:|-|\.\.\.)/i;
// "Big news coming! It won't be announced until Friday, watch this space": a teaser, which tells nothing.
const TEASER = /\b(?:watch\s{1,3}this\s{1,3}space|big\s{1,3}news|exciting|coming\s{1,3}soon|stay\s{1,3}tuned|keep\s{1,3}(?:an\s{1,3}eye|your\s{1,3}eyes)|more\s{1,3}soon|can'?t\s{1,3}wait|guess\s{1,3}what)\b/i;
const THIS_BEFORE = /(?:^|[.!?]\s{1,3})(?:this|it|that)\s{1,3}$/i;
const BUT_BEFORE = /\bbut\s{1,3}(?:it|this|that|they|nothing)?\s{0,3}$/i;
const CANT_SAY =
  /\bcan'?t\s{1,3}go\s{1,3}into\s{1,3}(?:(?:much|any|the)\s{1,3})?(?:details?|specifics)\b|\bcan'?t\s{1,3}(?:say|reveal|tell\s{1,3}you)\s{1,3}(?:much|more|too\s{1,3}much|anything|who|what|where|which|why)(?:\s{1,3}yet)?\b|\bcan'?t\s{1,3}(?:name|reveal)\s{1,3}(?:the\s{1,3}\w{2,20}|who|what|which|names?)(?:\s{1,3}yet)?\b|\b(?:not|hasn'?t|haven'?t)\s{1,3}(?:yet\s{1,3})?(?:been\s{1,3})?published\s{1,3}yet\b|\bnot\s{1,3}yet\s{1,3}published\b|\b(?:saying|said|telling\s{1,3}us|told\s{1,3}us)\s{1,3}(?:nothing|anything)\s{1,3}(?:officially|publicly|yet)\b|\bnothing\s{1,3}official\s{1,3}yet\b|\bcan'?t\s{1,3}share\s{1,3}(?:the|any|those)\s{1,3}(?:papers?|reports?|documents?|details|figures|names|appendix|appendices)\b|\b(?:won'?t|wont|will\s{1,3}not)\s{1,3}be\s{1,3}(?:made\s{1,3})?public\s{1,3}(?:until|till|til|'til|before)\b|\bunpublished\b(?!\s{1,3}(?:novel|poems?|manuscript|book|stories|story|works?|music|songs?|photos?|photographs?|letters|author|writers?))/gi;
// "We can't tell residents until the Cabinet papers are out."
const CANT_UNTIL = /\b(?:can'?t|cannot|not\s{1,3}allowed\s{1,3}to|mustn'?t)\s{1,3}(?:tell|say|announce|share|publish|confirm|post)\b[^.!?\n]{0,40}?\b(?:until|till)\b/gi;

// "we're looking at ending their contract": a decision about a supplier still being weighed in private.
const CONTRACT_END =
  /\b(?:looking\s{1,3}at|considering|thinking\s{1,3}(?:about|of)|planning\s{1,3}(?:on|to)|about\s{1,3}to|set\s{1,3}to|likely\s{1,3}to|going\s{1,3}to)\s{1,3}(?:end|ending|terminate|terminating|cancel|cancelling|scrap|scrapping|pull|pulling)\s{1,3}(?:their|the|its)\s{1,3}contract\b/gi;

// Asides that ask for secrecy.
const BETWEEN = /\bbetween\s{1,3}(?:us|ourselves|you\s{1,3}and\s{1,3}(?:me|us)|(?:these|the)\s{1,3}(?:four\s{1,3})?walls)\b/gi;
const OFF_RECORD = /\boff\s{1,3}the\s{1,3}record\b/gi;
// What a group did together: "between us we raised £400", "between us, our volunteers planted 600 trees".
const COLLECTIVE_DEED =
  /(?<!\b(?:being|been|be|is|are|was|were|get|got|getting)\s{1,3})\b(?:raised|planted|collected|cleared|picked\s{1,3}up|filled|managed|built|painted|donated|delivered|knitted|baked|walked|ran|cycled|swam|counted|fed|tidied|litter-?picked)\b/i;
const SECRECY =
  /\b(?:please\s{1,3})?(?:don'?t|do\s{1,3}not)\s{1,3}(?:(?:share|spread|forward|circulate|screenshot|leak|publish|pass\s{1,3}on)\s{1,3}(?:this|it|that)(?:\s{1,3}(?:link|around|outside|on|any\s{1,3}further))?|(?:share|circulate|forward|publish)(?=\s{0,2}(?:[.!:]|$))|(?:share|circulate|forward|publish|release)\s{1,3}(?:until|till|before)|repeat(?:\s{1,3}(?:this|it|that))?|tell\s{1,3}(?:anyone|anybody|a\s{1,3}soul|my\s{1,3}(?:boss|manager|line\s{1,3}manager)|the\s{1,3}boss|HR|hr|human\s{1,3}resources|the\s{1,3}(?:chief\s{1,3}exec|chief\s{1,3}executive|director|union))|say\s{1,3}anything|pass\s{1,3}(?:this|it)\s{1,3}on)\b|\bkeep\s{1,3}(?:it|this|that)\s{1,3}(?:to\s{1,3}yoursel(?:f|ves)|between\s{1,3}(?:us|ourselves)|under\s{1,3}your\s{1,3}hats?|quiet|hush|on\s{1,3}the\s{1,3}down\s?low|schtum|shtum|zipped|buttoned)\b|\b(?:lips\s{1,3}(?:are\s{1,3})?sealed|zip\s{1,3}it|sworn\s{1,3}to\s{1,3}secrecy)\b|\bkeeping\s{1,3}(?:it|this)\s{1,3}(?:very\s{1,3})?quiet\b|\bmum'?s\s{1,3}the\s{1,3}word\b|\bact\s{1,3}surprised\b|\byou\s{1,3}didn'?t\s{1,3}hear\s{1,3}(?:it|this|that)\s{1,3}from\s{1,3}me\b|\bnot\s{1,3}that\s{1,3}you\s{1,3}heard\s{1,3}(?:it|this|that)\s{1,3}from\s{1,3}me\b|\bnot\s{1,3}(?:supposed|meant|allowed)\s{1,3}to\s{1,3}(?:say|tell|share|talk\s{1,3}about|know)\b|\bshouldn'?t\s{1,3}(?:really\s{1,3})?be\s{1,3}(?:telling|saying|sharing|posting)\b|\bhold\s{1,3}off\s{1,3}(?:on\s{1,3})?(?:sharing|posting)\b|\btold\s{1,3}(?:to\s{1,3}say\s{1,3}nothing|not\s{1,3}to\s{1,3}(?:say|tell|share|discuss|mention|talk\s{1,3}about))\b|\btelt\s{1,3}(?:no|not|nae)\s{1,3}(?:tae|to)\s{1,3}(?:say|tell|share)\b|\bon\s{1,3}the\s{1,3}(?:QT|q\.t\.|down\s?low)\b|(?<!\b(?:nothing|not|no|isn['’]?t|wasn['’]?t|anything\s{1,3}but)\s{1,3})\bhush[-\s]hush\b|\bnot\s{1,3}(?:supposed|meant|allowed)\s{1,3}to\s{1,3}(?:yet|till|until)\b|\b(?:don'?t|do\s{1,3}not)\s{1,3}quote\s{1,3}(?:me|us)\b|\bif\s{1,3}you\s{1,3}quote\s{1,3}(?:me|us)\b|\bnot\s{1,3}for\s{1,3}quot(?:ing|ation)\b|\bunattributable\b/gi;
// "Don't share your password" is advice, not secrecy.
const SECRECY_ADVICE = /^\s{0,2}(?:your|personal|passwords?|bank|details|pin|fake|misinformation|rumours?|scam)/i;
// "went round the office in confidence", "told us in strict confidence": passed on privately. "You can talk to us in confidence" is a service's promise and is not matched.
const IN_CONFIDENCE =
  /\b(?:told|shared|sent|circulated|went\s{1,3}round|gone\s{1,3}round|passed|given|shown|briefed|heard|said|mentioned|forwarded|emailed)\b[^.!?\n]{0,40}?\bin\s{1,3}(?:strict(?:est)?\s{1,3}|total\s{1,3}|complete\s{1,3})?confidence\b/gi;
const HUSH = /\u{1F92B}|\u{1F910}|\u{1F64A}/gu;

// Private meetings and internal papers.
// Exempt or closed-session items and their papers: what was said there is not public (unless the post is the notice that it will be private).
const EXEMPT_SOURCE = new RegExp(`\\b(?:${alternation(data.exemptSources)})\\b`, 'gi');
// "Draft minutes from Tuesday's closed session": an internal paper and a private meeting are two weak signs, not one.
const PAPERS: ReadonlySet<string> = new Set(data.internalDocuments.map((d) => d.toLowerCase()));
const SOURCE_LIST = new RegExp(`\\b(?:${alternation([...data.internalMeetings, ...data.internalDocuments])})\\b`, 'gi');
const IN_PRIVATE = /\b(?:discussed|agreed|decided|briefed|told|heard|said|revealed)\s{1,3}(?:it\s{1,3}|this\s{1,3}|that\s{1,3})?in\s{1,3}(?:private|closed\s{1,3}session|camera|a\s{1,3}(?:private|closed|confidential)\s{1,3}\w{3,12})\b/gi;
// "Draft budget papers (exempt, part 2)": an exempt marking in brackets.
// "Group was told last night": what a party group or the staff were told in private.
const GROUP_TOLD = /\b(?:(?:the\s{1,3})?group|members|cabinet|staff|the\s{1,3}team|managers|councillors)\s{1,3}(?:was|were|got)\s{1,3}told\s{1,3}(?:last\s{1,3}night|this\s{1,3}morning|today|yesterday|at|in)\b/gi;
// "Sources inside the Port Health team tell this page ...", "as someone who actually works in that office I can tell you
// the officer report was rewritten": an insider passing on what the public has not been told.
const INSIDER_TELLS =
  /\bsources?\s{1,3}(?:inside|within|in|at|close\s{1,3}to)\s{1,3}(?:the\s{1,3})?(?:[\p{L}'’-]{2,20}\s{1,3}){0,3}?(?:team|council|department|directorate|service|office|depot|town\s{1,3}hall|county\s{1,3}hall|civic\s{1,3}centre)\s{1,3}(?:tell|told|say|said|have\s{1,3}told)\b|(?<=\bas\s{1,3})(?:someone|somebody)\s{1,3}who\s{1,3}(?:actually\s{1,3})?works?\s{1,3}(?:in|at|for|there)\b[^.!?\n]{0,40}?\bI\s{1,3}can\s{1,3}(?:tell|confirm\s{1,3}to)\s{1,3}you\b/giu;
// "Staffing (Part 2) – proposed merger of the sexton and market supervisor posts": what a private item is about.
const PART_TWO_ITEM_CONTENT = /\(\s{0,2}part\s{1,3}(?:2|two|ii|b)\s{0,2}\)\s{0,2}[–—:-]\s{0,2}\p{L}[^\n/|()]{20,120}/giu;
// "if it says CONFIDENTIAL on the front, don't photograph it": training about markings, not a marked paper.
const MARKINGS_IN_GENERAL = /\b(?:if|when|whenever|anything|everything|something|whatever)\b[^.!?\n]{0,30}\b(?:says|say|marked|stamped|labelled|labeled|reads)\s{1,3}["'“‘]?$/i;
const EXEMPT_BRACKET = /\(\s{0,2}(?:exempt|confidential|restricted)\b[^()\n]{0,24}\)/gi;
const PART_TWO = /\bpart\s{1,3}(?:2|two|ii|b)\s{0,2}(?:\(exempt\)|(?:exempt|items?|reports?|session|business|minutes|papers?)\b)/gi;
// "What was said in the Part 2 session last night would make your hair curl": telling of the private part of a meeting.
const SAID_IN_PRIVATE =
  /\bwhat\s{1,3}(?:was|got|were|they|we|he|she|members|councillors|officers)\s{1,3}(?:said|discussed|decided|agreed|told|heard|(?:said|discussed|decided|agreed|told|heard)\s{1,3}(?:us|me))\s{1,3}in\s{1,3}(?:the\s{1,3}|that\s{1,3})?(?:part\s{1,3}(?:2|two|ii|b)|closed|private|exempt|confidential|in-camera|secret)\s{1,3}(?:session|meeting|part|bit|item|briefing|section)\b/gi;
// "heard it at the cabinet briefing", "Just out of the confidential session: ...": passing on what a private meeting said.
const MEETINGS = alternation(data.internalMeetings.filter((m) => !/^(?:in\scamera|behind\sclosed\sdoors|exempt\sinformation|unlisted\s)/i.test(m)));
const HEARD_AT = new RegExp(
  `\\b(?:heard|learned|learnt|found\\s{1,3}out|came\\s{1,3}out|was\\s{1,3}said|got\\s{1,3}told|were\\s{1,3}told|was\\s{1,3}told)\\s{1,3}(?:(?:it|this|that|about\\s{1,3}it)\\s{1,3})?(?:at|in|during)\\s{1,3}(?:the|our|a|today['’]s|this\\s{1,3}morning['’]s|last\\s{1,3}night['’]s|yesterday['’]s)\\s{1,3}(?:${MEETINGS})\\b|\\b(?:out\\s{1,3}of|back\\s{1,3}from|coming\\s{1,3}out\\s{1,3}of)\\s{1,3}(?:the|our|a|today['’]s|this\\s{1,3}morning['’]s)\\s{1,3}(?:${MEETINGS})\\s{0,2}[:–-]`,
  'gi',
);
const SEEN_PAPER =
  /\b(?:seen|saw|read|got\s{1,3}(?:hold\s{1,3}of|a\s{1,3}copy\s{1,3}of))\s{1,3}(?:the|a)\s{1,3}(?:(?:first|early|earlier|final|original)\s{1,3})?(?:leaked\s{1,3}|draft\s{1,3}|internal\s{1,3}|confidential\s{1,3}|latest\s{1,3})?(?:draft|restructure\s{1,3}paper|paper|memo|shortlist|proposals?)\b|\b(?:draft|paper|report|memo|document|plans?|proposals?|minutes)\s{1,3}(?:that\s{1,3})?(?:I|we)(?:'ve|\s{1,3}have)?\s{1,3}(?:seen|saw|read)\b/gi;
const PAPER_SAID = /\b(?:it|which|and\s{1,3}it)\s{1,3}(?:said|says|recommended|recommends|proposed|proposes|concluded|concludes)\b/i;
// "Item 9 contains exempt information and will be taken in private": telling people, not leaking.
const PROCEDURAL =
  /\b(?:will|to|may|would)\s{1,3}be\s{1,3}(?:taken|considered|discussed|heard|held)\s{1,3}in\s{1,3}(?:private|closed\s{1,3}session|camera|the\s{1,3}(?:exempt|confidential|private|closed)\s{1,3}(?:part|session|section))|\bpress\s{1,3}and\s{1,3}public\b|\bexclu(?:de|ded|sion\s{1,3}of)\s{1,3}(?:the\s{1,3})?(?:press|public)|\bcontains?\s{1,3}exempt\s{1,3}information|\bstream\s{1,3}will\s{1,3}pause|\b(?:recording|stream|webcast|broadcast|livestream)\s{1,3}(?:will\s{1,3})?(?:pause[sd]?|stop(?:s|ped)?|end(?:s|ed)?|suspended)\b|\bnot\s{1,3}(?:be\s{1,3})?(?:recorded|streamed|broadcast|webcast|filmed)\b|\bpublished\b|\bavailable\s{1,3}(?:at|on|online|to\s{1,3}read)|\bon\s{1,3}our\s{1,3}website\b/i;

// "(not published yet)", "before it's published": the opposite of pointing to published papers.
const UNPUBLISHED =
  /\b(?:not|n't|never|yet\s{1,3}to\s{1,3}be|before\s{1,3}(?:it'?s|they'?re|it\s{1,3}is|they\s{1,3}are|being))\s{1,3}(?:yet\s{1,3})?(?:been\s{1,3})?published\b|\bunpublished\b/gi;

const ALREADY_PUBLIC =
  /\b(?:it['’]s|it\s{1,3}is|they['’]re|they\s{1,3}are|now|already)\s{1,3}(?:now\s{1,3})?(?:on\s{1,3}(?:the|our)\s{1,3}(?:website|site|web)|published|public|live\s{1,3}on)\b|\bon\s{1,3}(?:the|our)\s{1,3}website\s{1,3}now\b/i;
// Tested only on a sentence that already names confidential papers.
const DISPOSAL = /\b(?:shred|shredded|shredding|shredder|disposal|dispose\s{1,3}of|confidential\s{1,3}waste)\b/i;

// "The offer on the table is £1.2m" next to a closed-session notice: the notice is public, the terms are not.
const EXEMPT_CONTENT = /\b(?:offers?|bids?|bidders?|valuation|asking\s{1,3}price|settlement|price\s{1,3}agreed|sale\s{1,3}price)\b[^.!?\n]{0,60}£\s{0,2}\d|£\s{0,2}\d[\d,.]{0,12}\s{0,2}(?:m|k|bn|million|thousand)?\s{1,3}(?:offer|bid)\b/i;
// "ahead of Cabinet's decision next month, the baths will close": announcing a decision before it is taken.
const AHEAD_OF_DECISION = /\b(?:ahead\s{1,3}of|before)\s{1,3}(?:the\s{1,3}|next\s{1,3}\w{1,10}'s\s{1,3})?(?:[\w']{1,20}\s{1,3})?(?:decision|vote|goes\s{1,3}to\s{1,3}(?:committee|cabinet|council|the\s{1,3}\w{1,12}))\b/gi;
const WILL_HAPPEN = /\b(?:will|is\s{1,3}going\s{1,3}to|are\s{1,3}going\s{1,3}to|is\s{1,3}set\s{1,3}to|are\s{1,3}set\s{1,3}to)\s{1,3}(?!decide|consider|vote|discuss|debate|look|meet)\w/i;

function procedural(text: string): boolean {
  return PROCEDURAL.test(text.replace(UNPUBLISHED, ' '));
}

const STAFF = new RegExp(`\\b(?:${alternation(data.staffMatters)})\\b`, 'gi');
// A personnel action is an internal staff matter; said of a particular colleague it is one that has not been made public.
const PERSONNEL = new RegExp(`\\b(?:${alternation(data.personnelActions)})\\b`, 'i');
const COLLEAGUE =
  /\bthe\s{1,3}(?:\w{1,20}\s{1,3})?(?:officer|warden|inspector|employee|staff\s{1,3}member|member\s{1,3}of\s{1,3}staff|caseworker|social\s{1,3}worker|driver|operative|caretaker|receptionist|adviser|advisor|bin\s{1,3}man|binman|crew\s{1,3}member)\s{1,3}(?:you|who|that\s{1,3}you|in\s{1,3}question|concerned|involved)\b|\b(?:my|our|a)\s{1,3}(?:\w{1,20}\s{1,3})?(?:colleague|workmate|co-worker|manager|line\s{1,3}manager|boss|supervisor|team\s{1,3}leader)s?\b|\b(?:my|our)\s{1,3}(?:head\s{1,3}of\s{1,3}\w{2,20}|director|deputy\s{1,3}director|chief\s{1,3}exec(?:utive)?)\b|\bmember\s{1,3}of\s{1,3}staff\b|\bguess\s{1,3}who(?:'s|\s{1,3}is|\s{1,3}has)?\s{1,3}(?:got|getting|facing|on|up\s{1,3}for|had)\b|\bone\s{1,3}of\s{1,3}(?:my|our|the)\s{1,3}(?:colleagues|staff|team|officers|workmates)\b/i;
const WORK = new RegExp(`\\b(?:${alternation(data.workContext)})\\b`, 'i');

const LEAK = /\bleak(?:ed|s|ing)?\b/gi;
const LEAK_PHYSICAL = /\b(?:water|pipes?|mains?|roof|gas|oil|fuel|sewage|sewer|taps?|radiators?|boiler|tanks?|tyres?|valves?|ceiling|pool|damp|burst|plumb\w*|drips?|flood\w*|bucket)\b/i;
const LEAK_AFTER =
  /^\s{0,2}(?:to\s{1,3}(?:us|me|them|the\s{1,3}(?:press|media|papers?|echo|unions?|public))|(?:[\w'-]{1,20}\s{1,3}){0,2}(?:report|memo|email|emails|document|documents|draft|paper|plans?|minutes|list|letter|details|news|info|information|figures|budget|proposals?|recording|restructure|audit|story)\b)/i;
const LEAK_BEFORE =
  /\b(?:report|memo|email|document|draft|paper|plans?|minutes|list|letter|details|news|information|figures|budget|proposals?|restructure|it|this|story|someone|somebody)\s{1,3}(?:has|have|had|was|were|got|has\s{1,3}been|have\s{1,3}been|had\s{1,3}been)\s{1,3}$/i;

const codenameCache = new WeakMap<Policy, RegExp | null>();
function codenames(policy: Policy): RegExp | null {
  if (codenameCache.has(policy)) return codenameCache.get(policy)!;
  const terms = policy.confidentialTerms.map((t) => t.trim()).filter(Boolean);
  const re = terms.length ? new RegExp(`(?<![\\w])(?:${terms.sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\w])`, 'gi') : null;
  codenameCache.set(policy, re);
  return re;
}

function collect(doc: PostDocument, policy: Policy): Signal[] {
  const text = doc.text;
  const out: Signal[] = [];
  const add = (start: number, end: number, kind: Kind) => out.push({ start, end, kind });

  const names = codenames(policy);
  if (names) for (const m of scan(doc, names)) add(m.index, m.index + m[0].length, 'codename');

  for (const re of [NOT_FOR, NOT_OUTSIDE, SECRET_UNTIL]) for (const m of scan(doc, re)) add(m.index, m.index + m[0].length, 'marking');
  for (const re of [EMBARGO, EMBARGO_CI]) {
    for (const m of scan(doc, re)) {
      if (TRADE_EMBARGO.test(before(doc, m.index, 20))) continue;
      add(m.index, m.index + m[0].length, 'marking');
    }
  }
  for (const re of [INTERNAL_MARK, CONFIDENTIAL_MARK, THIS_IS_CONFIDENTIAL, PRIVATE_MARK]) {
    for (const m of scan(doc, re)) if (!MARKINGS_IN_GENERAL.test(before(doc, m.index, 50))) add(m.index, m.index + m[0].length, 'marking');
  }
  for (const m of scan(doc, CONFIDENTIAL_LABEL)) {
    if (MARKINGS_IN_GENERAL.test(before(doc, m.index, 50))) continue;
    // "Strictly confidential, please ..." heads a note; "Confidential, free advice" does not.
    if (m[2] === ',' && !/^strictly/i.test(m[1])) continue;
    const start = m.index + m[0].indexOf(m[1]);
    add(start, start + m[1].length, 'marking');
  }

  for (const m of scan(doc, NOT_PUBLIC)) {
    if (/yet|made|knowledge/i.test(m[0])) add(m.index, m.index + m[0].length, 'pending');
  }
  for (const m of scan(doc, PENDING)) add(m.index, m.index + m[0].length, 'pending');
  for (const m of scan(doc, NOT_ANNOUNCED)) {
    const end = m.index + m[0].length;
    // "they're cutting 40 jobs, but it won't be announced till March": the news told just before is not public.
    // "... will close. This won't be formally announced until after Cabinet": the news was just told.
    const toldBefore = BUT_BEFORE.test(before(doc, m.index, 12)) || (THIS_BEFORE.test(before(doc, m.index, 8)) && /\b(?:until|till|til)\b/i.test(m[0]) && !anySentence(doc, TEASER));
    add(m.index, end, REVEAL_NEXT.test(text.slice(end, end + 40)) || toldBefore ? 'pending' : 'pendingWeak');
  }
  for (const m of scan(doc, NOT_TOLD)) add(m.index, m.index + m[0].length, 'pendingWeak');
  for (const m of scan(doc, CANT_SAY)) {
    // "Can't say much but the sale is already agreed": saying it anyway.
    const end = m.index + m[0].length;
    add(m.index, end, /^can/i.test(m[0]) && REVEAL_NEXT.test(text.slice(end, end + 40)) ? 'pending' : 'pendingWeak');
  }
  for (const m of scan(doc, BEFORE_RELEASE)) add(m.index, m.index + m[0].length, 'pendingWeak');
  for (const m of scan(doc, CANT_UNTIL)) add(m.index, m.index + m[0].length, 'pending');
  for (const m of scan(doc, CONTRACT_END)) add(m.index, m.index + m[0].length, 'deliberation');

  for (const m of scan(doc, BETWEEN)) {
    const end = m.index + m[0].length;
    const next = text.slice(end, end + 12);
    const prev = before(doc, m.index, 24).trimEnd();
    // An aside ("Between us, ...", "just between you and me") rather than "the gap between us and Leeds".
    const aside = /^\s{0,2}(?:[,:;.!?)]|-|\u2026|$)/.test(next) || ((prev === '' || /(?:^|\s)(?:just|strictly|but|so|and|[,:(-])$/i.test(prev) || /\p{Extended_Pictographic}$/u.test(prev)) && !/^\s{1,3}(?:and|&|two|both|three)\b/i.test(next));
    // "Between us, our volunteers and pupils planted 600 trees": all of us together did it, nothing secret.
    const sentence = doc.sentenceAt(m.index);
    if (aside && sentence && COLLECTIVE_DEED.test(text.slice(end, sentence.end))) continue;
    if (aside) add(m.index, end, 'secrecy');
  }
  for (const m of scan(doc, OFF_RECORD)) {
    // "took two seconds off the record" is athletics.
    if (/(?:seconds?|secs?|minutes?|mins?|points?|hundredths?|tenths?|\d)\s*$/i.test(before(doc, m.index, 20))) continue;
    // "Off The Record Dunstow offers free counselling": the name of a service, in title case.
    if (m[0] === 'Off The Record') continue;
    // "asked me for the 'off the record' version": the phrase quoted, to say there is none.
    if (/['‘“"]\s?$/.test(before(doc, m.index, 3)) || /^\s?['’”"]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
    add(m.index, m.index + m[0].length, 'secrecy');
  }
  for (const m of scan(doc, SECRECY)) {
    const end = m.index + m[0].length;
    if (/^(?:please\s{1,3})?(?:don'?t|do\s{1,3}not)/i.test(m[0]) && SECRECY_ADVICE.test(text.slice(end, end + 20))) continue;
    add(m.index, end, 'secrecy');
  }
  for (const m of scan(doc, IN_CONFIDENCE)) {
    const at = m.index + m[0].search(/\bin\s{1,3}\w*\s{0,3}confidence$/i);
    add(at < m.index ? m.index : at, m.index + m[0].length, 'secrecy');
  }
  for (const m of scan(doc, AHEAD_OF_DECISION)) {
    const sentence = doc.sentenceAt(m.index);
    if (sentence && WILL_HAPPEN.test(doc.text.slice(m.index + m[0].length, sentence.end))) add(m.index, m.index + m[0].length, 'pending');
  }
  for (const m of scan(doc, HUSH)) add(m.index, m.index + m[0].length, 'hush');
  for (const m of scan(doc, SAID_IN_PRIVATE)) add(m.index, m.index + m[0].length, 'exempt');
  for (const m of scan(doc, HEARD_AT)) add(m.index, m.index + m[0].length, 'exempt');
  for (const m of scan(doc, EXEMPT_BRACKET)) add(m.index, m.index + m[0].length, 'marking');
  for (const m of scan(doc, GROUP_TOLD)) add(m.index, m.index + m[0].length, 'source');
  for (const m of scan(doc, INSIDER_TELLS)) add(m.index, m.index + m[0].length, 'leak');
  for (const m of scan(doc, PART_TWO_ITEM_CONTENT)) if (!procedural(m[0])) add(m.index, m.index + m[0].trimEnd().length, 'exempt');

  // Sentences giving the content of an exempt item (an offer, a bid): looked for once, however many notices there are.
  let exemptContent: Sentence[] | undefined;
  const contentSentences = () => (exemptContent ??= doc.sentences.filter((t) => EXEMPT_CONTENT.test(t.text)));
  for (const re of [SOURCE_LIST, PART_TWO, SEEN_PAPER, IN_PRIVATE, EXEMPT_SOURCE]) {
    for (const m of scan(doc, re)) {
      const sentence = doc.sentenceAt(m.index);
      // "9. EXEMPT ITEM – a property matter. The press and public will be asked to leave for item 9 ...": an agenda
      // line whose notice follows it.
      const si = sentence ? doc.sentenceIndexAt(m.index) : -1;
      const noticeAfter = (re === EXEMPT_SOURCE || re === PART_TWO) && si >= 0 && si + 1 < doc.sentences.length && procedural(doc.sentences[si + 1].text);
      if (sentence && (procedural(sentence.text) || noticeAfter)) {
        if (re === EXEMPT_SOURCE || re === PART_TWO || /closed|private|exempt/i.test(m[0]) || /closed\s{1,3}session|in\s{1,3}private|exempt/i.test(sentence.text)) {
          const content = contentSentences().find((t) => t !== sentence);
          if (content) add(content.start, content.end, 'exempt');
        }
        continue;
      }
      // "Bring your confidential papers for secure shredding": papers to be destroyed are residents' own, not leaked ones.
      if (sentence && DISPOSAL.test(sentence.text)) continue;
      // Outside the notice that an item is private, "Part 2 (exempt)" introduces what was said in private.
      // "I saw the first draft of the officer report ... and it said REFUSE": a paper seen, and what it says passed on.
      if (re === SEEN_PAPER && sentence && /draft|leaked|internal|confidential|restructure|shortlist|memo/i.test(m[0]) && WORK.test(sentence.text) && PAPER_SAID.test(doc.text.slice(m.index + m[0].length, sentence.end))) {
        add(m.index, m.index + m[0].length, 'leak');
        continue;
      }
      const exempt = re === EXEMPT_SOURCE || (re === PART_TWO && /exempt/i.test(m[0]));
      add(m.index, m.index + m[0].length, exempt ? 'exempt' : re === SOURCE_LIST && PAPERS.has(m[0].toLowerCase().replace(/\s+/g, ' ')) ? 'paper' : 'source');
    }
  }
  // Two different personnel actions in one post ("a grievance ... signed off with stress") are about particular people.
  const staffFound = scan(doc, STAFF);
  const actions = new Set<string>();
  for (const m of staffFound) if (PERSONNEL.test(m[0])) actions.add(m[0].toLowerCase());
  const several = actions.size >= 2;
  for (const m of staffFound) {
    const sentence = doc.sentenceAt(m.index);
    // The colleague comes first: "my workmate who got a final warning", not "the service was suspended by our manager".
    const lead = sentence ? doc.text.slice(Math.max(sentence.start, m.index - 80), m.index) : '';
    const personnel = sentence !== undefined && PERSONNEL.test(m[0]) && (several || COLLEAGUE.test(lead) || COLLEAGUE_NAMED.test(lead)) && !procedural(sentence.text);
    add(m.index, m.index + m[0].length, personnel ? 'personnel' : 'staff');
  }

  for (const m of scan(doc, LEAK)) {
    const end = m.index + m[0].length;
    const around = before(doc, m.index, 40) + ' ' + after(doc, end, 40);
    if (LEAK_PHYSICAL.test(around)) continue;
    if (LEAK_AFTER.test(text.slice(end, end + 40)) || LEAK_BEFORE.test(before(doc, m.index, 30))) add(m.index, end, 'leak');
  }
  return out;
}

// "Keep it to yourself, I'm planning a surprise party": secrecy about a present or a celebration is private life.
const PRIVATE_SURPRISE = /\b(?:surprise\s{1,3}(?:party|do|trip|visit|holiday|present|gift)|birthday|anniversary|proposing|proposal\s{1,3}to|engagement\s{1,3}ring|hen\s{1,3}(?:do|party)|stag\s{1,3}(?:do|party)|baby\s{1,3}shower|gender\s{1,3}reveal|we'?re\s{1,3}expecting|(?:I'?m|she'?s|we'?re)\s{1,3}pregnant)\b/i;

function aboutWork(doc: PostDocument, policy: Policy, account: 'council' | 'personal'): boolean {
  if (account === 'council') return true;
  if (anySentence(doc, PRIVATE_SURPRISE)) return employerMentionsIn(doc, policy).length > 0;
  if (anySentence(doc, WORK)) return true;
  if (employerMentionsIn(doc, policy).length > 0 || employerHashtags(doc, policy).length > 0) return true;
  // "the parking enforcement team", "our whole department": the disclaimer rule's reading of a post about the poster's work.
  return workMentions(doc, policy).length > 0;
}

function judge(doc: PostDocument, policy: Policy, account: 'council' | 'personal'): Signal[] | null {
  const signals = collect(doc, policy);
  if (!signals.length) return null;
  const has = (k: Kind) => signals.some((s) => s.kind === k);
  const strong = signals.some((s) => STRONG.has(s.kind));
  // A paper and a private meeting count apart only when they are different phrases: "seen the draft report" is one sign.
  const apart = signals.some((p) => p.kind === 'paper' && signals.some((q) => q.kind === 'source' && (q.end <= p.start || p.end <= q.start)));
  const weakGroups = (['pendingWeak', 'staff'] as Kind[]).filter(has).length + (has('source') || has('paper') ? 1 : 0) + (apart ? 1 : 0);
  // "between us, this year's bin calendar is the best yet ... It's on the website now": a joke about what is already out.
  const secrecy = has('secrecy') && !(weakGroups === 0 && anySentence(doc, ALREADY_PUBLIC));
  const flag =
    strong ||
    (secrecy && (aboutWork(doc, policy, account) || weakGroups > 0)) ||
    // Staff hinting at unannounced work news on their own accounts; an official account saying
    // "not announced yet, watch this space" is only a teaser.
    (has('pendingWeak') && account === 'personal' && aboutWork(doc, policy, account)) ||
    // A supplier's contract under review is the council's business on either kind of account; on a personal one, only in a post about work ("Arsenal are set to end his contract" is not).
    (has('deliberation') && aboutWork(doc, policy, account)) ||
    weakGroups >= 2 ||
    (has('hush') && (has('source') || has('paper') || has('staff')));
  return flag ? signals : null;
}

/**
 * The signals when the post is flagged as non-public, else null; once per document, policy and account.
 * Shared with the disclaimer rule: unannounced or internal work news on a personal account is talk about
 * the poster's work, whatever words it uses ("Off the record, the transport review recommends ...").
 */
export function flagged(doc: PostDocument, policy: Policy, account: 'council' | 'personal'): Signal[] | null {
  const memo = doc.derive('confidential:flagged', () => new WeakMap<Policy, Map<string, Signal[] | null>>());
  let byAccount = memo.get(policy);
  if (!byAccount) memo.set(policy, (byAccount = new Map()));
  let out = byAccount.get(account);
  if (out === undefined) byAccount.set(account, (out = judge(doc, policy, account)));
  return out;
}

export default defineRule({
  meta: {
    id: 'confidential',
    category: 'confidential',
    description:
      'Flags internal, confidential, exempt or embargoed material, decisions not yet announced and internal staff matters, and the policy\'s code names.',
    policy: {
      clause:
        'Permission must be sought if you wish to publish or report on meetings or discussions that are meant to be private or internal.',
      source: 'Wouldham Parish, 2.1 Responsibilities of Members and Officers',
    },
    messages: {
      marking: '"{{match}}" marks this as not for publication. Don\'t post it until it has been officially published.',
      pending: '"{{match}}": this has not been made public yet. Wait for the official announcement before posting it.',
      leak: '"{{match}}": leaked material is not public. Don\'t share it.',
      codename: '"{{match}}" is the name of a confidential project. Remove it unless the project has been announced.',
      secrecy:
        '"{{match}}" suggests this is not meant to be public. Don\'t post internal or unannounced information; wait until it has been published.',
      source:
        '"{{match}}" refers to a private meeting or an internal paper. Get permission before reporting on it, or wait until it has been published.',
      staff: '"{{match}}" is an internal staff matter. Don\'t post it unless it has been made public.',
    },
  },
  check(doc, ctx) {
    const signals = flagged(doc, ctx.policy, ctx.account);
    if (!signals) return;

    // Report the phrases that tell the reader it is not public; staff matters and emoji only when nothing else does.
    let shown = signals.filter((s) => s.kind !== 'staff' && s.kind !== 'hush');
    if (!shown.length) shown = signals.filter((s) => s.kind === 'staff');
    shown.sort((a, b) => b.end - b.start - (a.end - a.start));
    const taken: Array<[number, number]> = [];
    for (const s of shown) {
      if (taken.some(([a, b]) => s.start < b && a < s.end)) continue;
      taken.push([s.start, s.end]);
      const messageId = s.kind === 'pendingWeak' || s.kind === 'deliberation' ? 'pending' : s.kind === 'exempt' || s.kind === 'paper' ? 'source' : s.kind === 'personnel' ? 'staff' : s.kind;
      ctx.report({ messageId, start: s.start, end: s.end });
    }
  },
});

// A colleague named with their team: "Gary from fleet", "Sue in Payroll", "Kev at the depot".
// Not "on": "Priya on housing" is a speaker on a topic.
// Shared by the confidential rule (a staff matter about a named colleague is a personnel matter)
// and the disclaimer rule (naming a workmate by team is talking about work). The name needs its
// capital, so there is no i flag; the team words are written in both cases instead.
const TEAMS =
  '(?:[Ff]leet|[Dd]epot|[Pp]ayroll|HR|hr|[Ff]inance|[Aa]ccounts|[Aa]dmin|[Rr]eception|IT|[Ll]egal|[Pp]lanning|[Hh]ighways|[Hh]ousing|[Rr]evenues|[Bb]enefits|[Ll]icensing|[Pp]arks|[Ww]aste|[Tt]ransport|[Pp]rocurement|[Cc]omms|[Cc]ustomer\\s{1,3}[Ss]ervices|[Cc]ontact\\s{1,3}[Cc]entre|[Cc]all\\s{1,3}[Cc]entre)';
// Family words take a capital too ("Mum in the office") and are not colleagues.
const NOT_COLLEAGUE = '(?!(?:Mum|Mam|Dad|Nan|Gran|Grandad|Grandma|Nanna|Mom|Auntie|Aunty|Uncle)\\b)';
const SOURCE = `\\b${NOT_COLLEAGUE}\\p{Lu}\\p{Ll}{1,15}\\s{1,3}(?:from|in|at)\\s{1,3}(?:the\\s{1,3})?`;

/** Tested on the stretch before a staff-matter phrase; "the office" counts here, beside a disciplinary word. */
export const COLLEAGUE_NAMED = new RegExp(`${SOURCE}(?:${TEAMS.slice(3, -1)}|[Oo]ffice)(?![\\p{L}])`, 'u');
/** Scanned over a whole post by the disclaimer rule (the caller keeps known first names only): no "the office", which may be at home. */
export const COLLEAGUE_BY_TEAM = new RegExp(`${SOURCE}${TEAMS}(?![\\p{L}])`, 'gu');

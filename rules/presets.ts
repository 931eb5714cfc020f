// Built-in policies, one per source policy in shared/policies, plus a default
// drawn from all five. A preset's findings cite that policy's own clauses;
// where a policy is silent on a category, the citation says so and names the
// law or code the duty comes from instead of inventing a clause.
import type { Category, Citation } from './types';
import type { PolicyInput } from './policy';

export const PRESET_IDS = [
  'default',
  'warwickshire-2009',
  'north-lincolnshire-2012',
  'dudley-2011',
  'derby-2018',
  'wouldham-parish',
] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export interface Preset {
  id: PresetId;
  name: string;
  description: string;
  policy: Omit<PolicyInput, 'preset'> & { citations: Record<Category, Citation> };
}

const LGA_1986: Citation = {
  clause:
    "A local authority shall not publish any material which, in whole or in part, appears to be designed to affect public support for a political party.",
  source: 'Local Government Act 1986, s.2, and the Code of Recommended Practice on Local Authority Publicity',
};

const WARWICKSHIRE: Record<Category, Citation> = {
  political: {
    clause:
      "Must not be used for party political purposes or specific campaigning purposes as the Council is not permitted to publish material which 'in whole or part appears to affect public support for a political party' (LGA 1986).",
    source: 'Warwickshire 2009, 6.3 Terms of Use',
  },
  'personal-data': {
    clause:
      'Must not be used to publish any content which may result in actions for ... breaches of ... data protection or other claims for damages.',
    source: 'Warwickshire 2009, 6.3 Terms of Use',
  },
  defamation: {
    clause: 'Must not be used to publish any content which may result in actions for defamation.',
    source: 'Warwickshire 2009, 6.3 Terms of Use',
  },
  disclaimer: {
    clause:
      'Our users are able to clearly distinguish where information provided via social networking applications is legitimately representative of the Council.',
    source: 'Warwickshire 2009, 2 Purpose',
  },
  abuse: {
    clause:
      'Must not be used in an abusive or hateful manner; must not breach the County Council’s misconduct, equal opportunities or bullying and harassment policies.',
    source: 'Warwickshire 2009, 6.3 Terms of Use',
  },
  commercial: {
    clause: 'Must not be used for the promotion of personal financial interests, commercial ventures or personal campaigns.',
    source: 'Warwickshire 2009, 6.3 Terms of Use',
  },
  confidential: {
    clause:
      'Must not be used for actions that would put Council representatives in breach of Council codes of conduct or policies relating to Elected Members or staff.',
    source: 'Warwickshire 2009, 6.3 Terms of Use',
  },
  safeguarding: {
    clause:
      'Our use of social networking applications has implications for our duty to safeguard children, young people and vulnerable adults (Safeguarding Vulnerable Groups Act 2006).',
    source: 'Warwickshire 2009, 1 Introduction and 3 Scope',
  },
};

const NORTH_LINCOLNSHIRE: Record<Category, Citation> = {
  political: {
    ...LGA_1986,
    source: `${LGA_1986.source} (the North Lincolnshire 2012 policy has no clause of its own on politics)`,
  },
  'personal-data': {
    clause:
      'Do not disclose non-public information or the personal information of others. Stay safe and don’t give out personal details such as your address or telephone number.',
    source: 'North Lincolnshire 2012, 2.6 Be respectful and 3.2',
  },
  defamation: {
    clause: 'You should not make statements about other people or companies that could harm their reputation.',
    source: 'North Lincolnshire 2012, 2.6 Be legal',
  },
  disclaimer: {
    clause:
      "Add a disclaimer to your blog or social media profile to make it clear that your personal accounts and views are personal, e.g. 'these views are my own and do not necessarily represent the views of North Lincolnshire Council'.",
    source: 'North Lincolnshire 2012, 3.2',
  },
  abuse: {
    clause: 'Set the tone for online messages and conversation by being polite, open and respectful ... cordial and professional at all times.',
    source: 'North Lincolnshire 2012, 2.6 Be respectful',
  },
  commercial: {
    clause: "The council's social media business accounts are not to be used for personal reasons.",
    source: 'North Lincolnshire 2012, 3.1',
  },
  confidential: {
    clause:
      'You must ensure that you respect people’s confidentiality and do not disclose non-public information. If you are unsure what information is in the public domain then always seek clarification before divulging anything.',
    source: 'North Lincolnshire 2012, 2.6 Be respectful',
  },
  safeguarding: {
    clause:
      'Personal information about other people should not be placed on social media as this is their information; respect privacy and confidentiality.',
    source: 'North Lincolnshire 2012, 2.6 Be legal and 3.2',
  },
};

const DUDLEY: Record<Category, Citation> = {
  political: {
    clause:
      "All council communications should uphold the Dept of Communities and Local Government's Code of Recommended Practice on Local Authority Publicity.",
    source: 'Dudley 2011, para 11 Law',
  },
  'personal-data': {
    clause: "Disadvantages of social networking include ... individual's right to privacy.",
    source: 'Dudley 2011, para 8',
  },
  defamation: {
    clause: "Damage to brand reputation ... don't get it right could lead to litigation.",
    source: 'Dudley 2011, para 8',
  },
  disclaimer: {
    clause:
      'That our users are able to clearly distinguish where information provided via social networking applications is legitimately representative of the council.',
    source: 'Dudley 2011, para 4',
  },
  abuse: {
    clause:
      'Employees are provided with clear guidance on what is acceptable use; a breach may lead to disciplinary action and, where a criminal offence is considered to have been committed, prosecution.',
    source: 'Dudley 2011, paras 4 and 6',
  },
  commercial: {
    clause: 'That the reputation of the council is not adversely affected.',
    source: 'Dudley 2011, para 4',
  },
  confidential: {
    clause: 'That the council is not exposed to legal and governance risks.',
    source: 'Dudley 2011, para 4',
  },
  safeguarding: {
    clause: "The safety of children, young people and vulnerable adults is not compromised as a result of employees' actions.",
    source: 'Dudley 2011, para 4',
  },
};

const DERBY: Record<Category, Citation> = {
  political: {
    ...LGA_1986,
    source: `${LGA_1986.source} (the Derby 2018 report has no clause of its own on politics)`,
  },
  'personal-data': {
    clause:
      'The misuse of social media both professionally as well as in a private capacity could amount to misconduct where such action impacts negatively on the Council as an employer and on its reputation.',
    source: 'Derby 2018, Implications: Legal',
  },
  defamation: {
    clause: 'Where employees get it wrong either personally or on behalf of the Council, this can present a reputational risk.',
    source: 'Derby 2018, 4.2',
  },
  disclaimer: {
    clause:
      'The Policy will set clear standards ... regarding the acceptable use of social media by employees as a business tool, as well as their personal use both within and outside of work.',
    source: 'Derby 2018, 3.1',
  },
  abuse: {
    clause: 'Protect employees and residents from unacceptable criticism and abuse on the Council’s social media channels.',
    source: 'Derby 2018, 3.2',
  },
  commercial: {
    clause:
      'The misuse of social media both professionally as well as in a private capacity could amount to misconduct where such action impacts negatively on the Council as an employer and on its reputation.',
    source: 'Derby 2018, Implications: Legal',
  },
  confidential: {
    clause: 'Social media ... needs to be adequately managed and monitored to both protect and positively enhance our reputation.',
    source: 'Derby 2018, 1.3',
  },
  safeguarding: {
    clause: 'Implementation of the policy will enable us to protect employees and residents.',
    source: 'Derby 2018, 3.2',
  },
};

const WOULDHAM: Record<Category, Citation> = {
  political: {
    clause: 'Show consideration for others’ privacy and for topics that may be considered objectionable or inflammatory such as politics or religion.',
    source: 'Wouldham Parish, 2.1 Responsibilities of Members and Officers',
  },
  'personal-data': {
    clause:
      'Never give out personal details such as home addresses and telephone numbers. Ensure that you handle any personal or sensitive information in line with the Councils data protection policies.',
    source: 'Wouldham Parish, 2.1 Responsibilities of Members and Officers',
  },
  defamation: {
    clause:
      'They must ensure that their use will not adversely affect the Council or its business, nor be damaging to the Council’s reputation and credibility.',
    source: 'Wouldham Parish, 1.2 Policy statement',
  },
  disclaimer: {
    clause:
      'If they wish to post comments as a member of the public they must still be aware that they are still an elected member of the Council and as such, the comments may be construed as Council led.',
    source: 'Wouldham Parish, 3 Responsibilities of Officers',
  },
  abuse: {
    clause: 'Don’t use insulting, offensive or racist language or engage in any conduct that would not be acceptable in the workplace.',
    source: 'Wouldham Parish, 2.1 Responsibilities of Members and Officers',
  },
  commercial: {
    clause: 'Respect copyright, fair-use and financial disclosure laws.',
    source: 'Wouldham Parish, 2.1 Responsibilities of Members and Officers',
  },
  confidential: {
    clause:
      'Permission must be sought if you wish to publish or report on meetings or discussions that are meant to be private or internal to WPC. Don’t cite or reference customers, partners or suppliers without their approval.',
    source: 'Wouldham Parish, 2.1 Responsibilities of Members and Officers',
  },
  safeguarding: {
    clause: 'Be aware of Safeguarding issues, as social media sites are often misused by offenders. Safeguarding is everyone’s business.',
    source: 'Wouldham Parish, 2.1 Responsibilities of Members and Officers',
  },
};

// The default takes, for each category, the clearest clause among the five.
const DEFAULT: Record<Category, Citation> = {
  political: WARWICKSHIRE.political,
  'personal-data': NORTH_LINCOLNSHIRE['personal-data'],
  defamation: WARWICKSHIRE.defamation,
  disclaimer: NORTH_LINCOLNSHIRE.disclaimer,
  abuse: WOULDHAM.abuse,
  commercial: WARWICKSHIRE.commercial,
  confidential: WOULDHAM.confidential,
  safeguarding: DUDLEY.safeguarding,
};

export const PRESETS: Record<PresetId, Preset> = {
  default: {
    id: 'default',
    name: 'Postcheck default',
    description: 'The strictest reading of the five source policies, citing the clearest clause for each category.',
    policy: { citations: DEFAULT },
  },
  'warwickshire-2009': {
    id: 'warwickshire-2009',
    name: 'Warwickshire County Council (2009)',
    description: 'Social Networking Policy v1.0, Terms of Use (6.3) and official-use requirements (6.4).',
    policy: {
      organisation: { name: 'Warwickshire County Council', aliases: ['Warwickshire Council', 'the County Council'], domains: ['warwickshire.gov.uk'] },
      citations: WARWICKSHIRE,
    },
  },
  'north-lincolnshire-2012': {
    id: 'north-lincolnshire-2012',
    name: 'North Lincolnshire Council (2012)',
    description: 'Social Media Policy and Guidance: be respectful, be legal, and the personal-use disclaimer (3.2).',
    policy: {
      organisation: { name: 'North Lincolnshire Council', aliases: ['North Lincs Council'], domains: ['northlincs.gov.uk'] },
      disclaimer: { text: 'These views are my own and do not necessarily represent the views of North Lincolnshire Council.' },
      citations: NORTH_LINCOLNSHIRE,
    },
  },
  'dudley-2011': {
    id: 'dudley-2011',
    name: 'Dudley Metropolitan Borough Council (2011)',
    description: 'Social Networking Policy as reported to the Standards Committee, 10 January 2011.',
    policy: {
      organisation: { name: 'Dudley Council', aliases: ['Dudley Metropolitan Borough Council', 'Dudley MBC'], domains: ['dudley.gov.uk'] },
      citations: DUDLEY,
    },
  },
  'derby-2018': {
    id: 'derby-2018',
    name: 'Derby City Council (2018)',
    description: 'Social Media Policy as reported to the Personnel Committee, 23 November 2018.',
    policy: {
      organisation: { name: 'Derby City Council', aliases: ['Derby Council'], domains: ['derby.gov.uk'] },
      citations: DERBY,
    },
  },
  'wouldham-parish': {
    id: 'wouldham-parish',
    name: 'Wouldham Parish Council',
    description: 'Social Media Policy: responsibilities of members and officers (2.1).',
    policy: {
      organisation: { name: 'Wouldham Parish Council', aliases: ['WPC'], domains: ['wouldhampc.co.uk'] },
      citations: WOULDHAM,
    },
  },
};

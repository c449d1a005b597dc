// The stable ids of brief §2. The CLI, the UI, the locales and the rules data all use
// exactly these; changing one is a breaking change of the bundle format.

export const STATUSES = ['citizen', 'lpr', 'refugee_asylee', 'other_lawful', 'pending_or_daca', 'no_status', 'unsure'] as const;
export type Status = (typeof STATUSES)[number];
/** The statuses a rule can be about: `unsure` is never stored, the engine derives it. */
export const KNOWN_STATUSES = STATUSES.filter((s): s is Exclude<Status, 'unsure'> => s !== 'unsure');
export type KnownStatus = Exclude<Status, 'unsure'>;

export const CATEGORIES = [
  'name', 'date_of_birth', 'citizenship_immigration_status', 'medicaid_id', 'home_address', 'phone',
  'email', 'ssn', 'sex_race_ethnicity', 'bank_account', 'ip_address', 'medical_records',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Outcomes a rule may produce. `depends` is only ever derived, for `unsure`. */
export const RULE_OUTCOMES = ['may_be_shared', 'protected', 'unclear'] as const;
export type RuleOutcome = (typeof RULE_OUTCOMES)[number];
export const OUTCOMES = [...RULE_OUTCOMES, 'depends'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const BASES = ['court_order', 'agency_agreement', 'agency_notice', 'agency_policy', 'statute'] as const;
export type Basis = (typeof BASES)[number];

export const CONFIDENCES = ['high', 'medium-high', 'medium', 'low-medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** USPS codes: the 50 states, DC, and the territories PR, GU, VI, AS, MP (56 in all). */
export const JURISDICTIONS = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado',
  CT: 'Connecticut', DE: 'Delaware', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho',
  IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana',
  ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi',
  MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey',
  NM: 'New Mexico', NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma',
  OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota',
  TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington',
  WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
  DC: 'District of Columbia',
  PR: 'Puerto Rico', GU: 'Guam', VI: 'U.S. Virgin Islands', AS: 'American Samoa', MP: 'Northern Mariana Islands',
} as const;
export type Jurisdiction = keyof typeof JURISDICTIONS;
export const JURISDICTION_CODES = Object.keys(JURISDICTIONS) as Jurisdiction[];

export function isJurisdiction(code: string): code is Jurisdiction {
  return Object.hasOwn(JURISDICTIONS, code);
}
export function isStatus(s: string): s is Status {
  return (STATUSES as readonly string[]).includes(s);
}
export function isCategory(c: string): c is Category {
  return (CATEGORIES as readonly string[]).includes(c);
}

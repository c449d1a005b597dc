// Everything the app knows about the person in front of it, in memory only. There is no
// URL routing and no history entry: the screen stack lives here, so the browser's Back
// button can never bring back a previous person's answer. `startOver` returns the very
// same state as a fresh start.
import type { IsoDate, Jurisdiction, Status } from '../../rules/index.ts';

export type View = 'language' | 'start' | 'jurisdiction' | 'status' | 'answer' | 'family' | 'familyAnswer' | 'timeline' | 'questions' | 'about' | 'settings';
export type TextSize = 'normal' | 'large' | 'larger';

export interface Settings {
  textSize: TextSize;
  highContrast: boolean;
}

/** Who a family member is, chosen from a list: never a typed name (nothing to leak). */
export const FAMILY_ROLES = ['me', 'child', 'partner', 'parent', 'other'] as const;
export type FamilyRole = (typeof FAMILY_ROLES)[number];

export interface FamilyMember {
  role: FamilyRole;
  status: Status;
  /** False for someone who is not applying for Medicaid (rules/data/household.json). */
  applying: boolean;
}

/** A family's answer holds at most this many people (as the CLI's family query). */
export const MAX_FAMILY = 8;

export interface Session {
  /** Screens visited, the current one last. Back pops. */
  stack: View[];
  locale: string | null;
  jurisdiction: Jurisdiction | null;
  status: Status | null;
  /** A past date chosen on the timeline; null = today. */
  date: IsoDate | null;
  /** A family's members (a navigator's family answer); null = one person's answer. */
  family: FamilyMember[] | null;
  /** Second language of the side-by-side view; null = one language. */
  compareLocale: string | null;
  settings: Settings;
}

export interface SessionConfig {
  presetJurisdiction?: Jurisdiction;
}

export type Action =
  | { type: 'chooseLocale'; locale: string }
  /** A navigator switches language mid-conversation: same screen, same answer. */
  | { type: 'switchLocale'; locale: string }
  /** From the start page to the first question: for one person, or for a family. */
  | { type: 'begin' }
  | { type: 'beginFamily' }
  | { type: 'chooseFamily'; family: FamilyMember[] }
  | { type: 'chooseJurisdiction'; jurisdiction: Jurisdiction }
  | { type: 'chooseStatus'; status: Status }
  | { type: 'open'; view: 'timeline' | 'questions' | 'about' | 'settings' }
  /** "You said: … · Change" on the answer: that question again, the last choice kept. */
  | { type: 'change'; view: 'jurisdiction' | 'status' | 'family' }
  | { type: 'showDate'; date: IsoDate | null }
  | { type: 'compare'; locale: string | null }
  | { type: 'settings'; settings: Partial<Settings> }
  | { type: 'back' }
  | { type: 'startOver' };

export const DEFAULT_SETTINGS: Settings = { textSize: 'normal', highContrast: false };

export function initialSession(config: SessionConfig): Session {
  return {
    stack: ['language'],
    locale: null,
    jurisdiction: config.presetJurisdiction ?? null,
    status: null,
    date: null,
    family: null,
    compareLocale: null,
    settings: { ...DEFAULT_SETTINGS },
  };
}

export function currentView(s: Session): View {
  return s.stack.at(-1)!;
}

/** True when nothing about a person is held (nothing to wipe). */
export function isPristine(s: Session, config: SessionConfig): boolean {
  return JSON.stringify(s) === JSON.stringify(initialSession(config));
}

const push = (s: Session, view: View): View[] => (currentView(s) === view ? s.stack : [...s.stack, view]);

/** The answer this session can show: a family's, or one person's; null before the questions are answered. */
export function answerView(s: Session): 'answer' | 'familyAnswer' | null {
  if (!s.jurisdiction) return null;
  if (s.family) return s.family.length > 0 ? 'familyAnswer' : null;
  return s.status ? 'answer' : null;
}

/** Back to where `view` was first shown, so Back from there retraces the questions. */
function rewindTo(s: Session, view: View): View[] {
  const at = s.stack.indexOf(view);
  return at >= 0 ? s.stack.slice(0, at + 1) : push(s, view);
}

export function sessionReducer(config: SessionConfig) {
  return (s: Session, action: Action): Session => {
    switch (action.type) {
      case 'chooseLocale':
        // The language loads before this arrives; if the person tapped elsewhere meanwhile,
        // take the language but do not move them on.
        if (currentView(s) !== 'language') return { ...s, locale: action.locale };
        return { ...s, locale: action.locale, stack: push(s, 'start') };
      case 'begin':
        return { ...s, family: null, stack: push(s, config.presetJurisdiction ? 'status' : 'jurisdiction') };
      case 'beginFamily':
        return { ...s, family: [], stack: push(s, config.presetJurisdiction ? 'family' : 'jurisdiction') };
      case 'chooseFamily':
        return { ...s, family: action.family.slice(0, MAX_FAMILY), date: null, stack: push(s, 'familyAnswer') };
      case 'switchLocale':
        return { ...s, locale: action.locale, compareLocale: s.compareLocale === action.locale ? null : s.compareLocale };
      case 'chooseJurisdiction':
        return { ...s, jurisdiction: action.jurisdiction, stack: push(s, s.family ? 'family' : 'status') };
      case 'chooseStatus':
        return { ...s, status: action.status, date: null, stack: push(s, 'answer') };
      case 'open':
        return { ...s, stack: push(s, action.view) };
      case 'change':
        // A preset jurisdiction is the clinic's, not the person's: it has no question.
        if (action.view === 'jurisdiction' && config.presetJurisdiction) return s;
        return { ...s, stack: rewindTo(s, action.view) };
      case 'showDate': {
        const shown = answerView(s);
        return { ...s, date: action.date, stack: shown ? push(s, shown) : s.stack };
      }
      case 'compare':
        return { ...s, compareLocale: action.locale };
      case 'settings':
        return { ...s, settings: { ...s.settings, ...action.settings } };
      case 'back':
        return s.stack.length > 1 ? { ...s, stack: s.stack.slice(0, -1) } : s;
      case 'startOver':
        return initialSession(config);
    }
  };
}

// An outcome in words, with a shape that differs per outcome, so it reads without colour:
// triangle (may be shared), question mark (not clear), split diamond (depends), shield
// with a tick (protected).
import type { TFunction } from 'i18next';
import type { Outcome } from '../../rules/index.ts';

export function OutcomeIcon({ outcome }: { outcome: Outcome }) {
  const common = { width: 28, height: 28, viewBox: '0 0 24 24', 'aria-hidden': true, focusable: false, className: 'outcome-icon' } as const;
  switch (outcome) {
    case 'may_be_shared':
      return (
        <svg {...common}>
          <path d="M12 2 L23 21 H1 Z" fill="currentColor" />
          <rect x="11" y="8" width="2" height="7" className="icon-ink" />
          <rect x="11" y="16.5" width="2" height="2" className="icon-ink" />
        </svg>
      );
    case 'protected':
      return (
        <svg {...common}>
          <path d="M12 1 L21 5 V11 C21 17 17 21 12 23 C7 21 3 17 3 11 V5 Z" fill="currentColor" />
          <path d="M7.5 12 L10.5 15 L16.5 9" className="icon-ink-line" strokeWidth="2.2" />
        </svg>
      );
    case 'unclear':
      return (
        <svg {...common}>
          <circle cx="12" cy="12" r="11" fill="currentColor" />
          <path d="M9 9.2 C9 7.3 10.4 6 12.1 6 C13.9 6 15.2 7.2 15.2 8.9 C15.2 11.2 12.3 11.4 12.3 13.8" className="icon-ink-line" strokeWidth="2" />
          <rect x="11.3" y="16" width="2" height="2" className="icon-ink" />
        </svg>
      );
    case 'depends':
      return (
        <svg {...common}>
          <path d="M12 1 L23 12 L12 23 L1 12 Z" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M12 1 L12 23 L1 12 Z" fill="currentColor" />
        </svg>
      );
  }
}

export function OutcomeBadge({ outcome, t }: { outcome: Outcome; t: TFunction }) {
  return (
    <span className={`outcome outcome-${outcome}`} data-outcome={outcome}>
      <OutcomeIcon outcome={outcome} />
      <span className="outcome-word">{t(`outcome.${outcome}`)}</span>
    </span>
  );
}

// A pictogram for each kind of data, beside its words (never instead of them): one line
// style, drawn in currentColor so high-contrast themes recolour it. None of them points a
// way, so a right-to-left page shows them unmirrored.
import type { ReactNode } from 'react';
import type { Category } from '../../rules/index.ts';

const SHAPES: Record<Category, ReactNode> = {
  // A person.
  name: <><circle cx="12" cy="8" r="4" /><path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7" /></>,
  // A calendar.
  date_of_birth: <><rect x="3" y="5" width="18" height="16" rx="2" /><path d="M3 10h18M8 3v4M16 3v4" /></>,
  // A passport with a globe.
  citizenship_immigration_status: <><rect x="5" y="2" width="14" height="20" rx="2" /><circle cx="12" cy="10" r="4" /><path d="M8 10h8M12 6c-1.5 2.5-1.5 5.5 0 8M12 6c1.5 2.5 1.5 5.5 0 8M9 18h6" /></>,
  // A card with a health cross.
  medicaid_id: <><rect x="2" y="5" width="20" height="14" rx="2" /><path d="M8 9v6M5 12h6M14 10h5M14 14h4" /></>,
  // A house.
  home_address: <><path d="M3 11l9-8 9 8" /><path d="M5 9.5V21h14V9.5" /><path d="M10 21v-6h4v6" /></>,
  // A mobile phone.
  phone: <><rect x="7" y="2" width="10" height="20" rx="2" /><path d="M11 18h2" /></>,
  // An envelope.
  email: <><rect x="2" y="5" width="20" height="14" rx="2" /><path d="M2 7l10 7 10-7" /></>,
  // A card with a number sign.
  ssn: <><rect x="2" y="5" width="20" height="14" rx="2" /><path d="M8 9l-1 6M11 9l-1 6M6 11h6M5.5 13h6M15 10h4M15 14h3" /></>,
  // Two people.
  sex_race_ethnicity: <><circle cx="8" cy="8" r="3" /><circle cx="16" cy="8" r="3" /><path d="M2 20c0-3.3 2.7-5.5 6-5.5s6 2.2 6 5.5M14 14.6c.6-.1 1.3-.1 2-.1 3.3 0 6 2.2 6 5.5" /></>,
  // A bank building.
  bank_account: <><path d="M3 9l9-6 9 6z" /><path d="M5 9v9M9.5 9v9M14.5 9v9M19 9v9M3 21h18" /></>,
  // A computer screen with a globe.
  ip_address: <><rect x="2" y="3" width="20" height="14" rx="2" /><path d="M8 21h8M12 17v4" /><circle cx="12" cy="10" r="4" /><path d="M8 10h8" /></>,
  // A clipboard with a heartbeat.
  medical_records: <><rect x="5" y="3" width="14" height="19" rx="2" /><path d="M9 3h6v3H9zM7.5 14h2.5l1.5-3 2 5 1.5-2h1.5" /></>,
};

export function CategoryIcon({ category }: { category: Category }) {
  return (
    <svg className="category-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false" data-icon={category}
      fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round">
      {SHAPES[category]}
    </svg>
  );
}

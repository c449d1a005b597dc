// Common questions. Every sentence comes from the legal research note (timeline.md), and
// each answer names the sources it rests on; addresses are text, never links.
import { useTranslation } from 'react-i18next';
import { Screen } from '../components/Screen.tsx';
import { Bi } from '../components/EnglishBeside.tsx';

interface QuestionSource { title: string; url: string }
interface Question { id: string; paragraphs: number; sources: QuestionSource[] }

export const QUESTIONS: readonly Question[] = [
  {
    id: 'child', paragraphs: 3, sources: [
      { title: 'HHS/USDA, Tri-Agency Guidance, Sep 21, 2000', url: 'https://www.medicaid.gov/federal-policy-guidance/downloads/sho092100.pdf' },
      { title: 'Bloomberg Law, Dec 30, 2025, “ICE, HHS Still Limited in Medicaid Info Exchange via Court Order”', url: 'https://news.bloomberglaw.com/health-law-and-business/ice-hhs-still-limited-in-medicaid-info-exchange-via-court-order' },
    ],
  },
  {
    id: 'leave', paragraphs: 1, sources: [
      { title: 'Orange County Social Services Agency statement', url: 'https://ssa.ocgov.com/node' },
    ],
  },
  {
    id: 'emergency', paragraphs: 4, sources: [
      { title: 'AP (mirror), “Court Decision Reinstates Sharing of Medicaid Data with Immigration Officials”', url: 'https://metaworld.media/story/Court_Decision_Reinstates_Sharing_of_Medicaid_Data_with_Immigration_Officials' },
      { title: 'Gov. Newsom statement (einpresswire copy)', url: 'https://www.einpresswire.com/article/821977265/governor-newsom-trump-handed-over-californians-personal-information-to-homeland-security-a-dangerous-violation-of-privacy' },
      { title: 'Stateline (copy), “ICE is using Medicaid data to find out where immigrants live”', url: 'https://www.anacortesnow.com/news/discover/5816-ice-is-using-medicaid-data-to-find-out-where-immigrants-live' },
      { title: 'Report citing Georgetown’s Leo Cuello (low to medium confidence)', url: 'https://bisakimia.com/2026/02/12/ice-under-scrutiny-for-health-data-sharing' },
    ],
  },
  {
    id: 'lawful', paragraphs: 3, sources: [
      { title: 'Rewired News, Dec 31, 2025', url: 'https://rewirednews.org/2025/12/31/federal-judge-oks-sharing-ny-immigrants-medicaid-data-with-ice' },
      { title: 'KFF brief (copy)', url: 'https://lifecarefinanceguide.com/?p=4010' },
      { title: 'Stateline (copy), “States say ICE pulled Medicaid data despite court order”', url: 'https://thepennsylvaniapatriot.com/states-claim-ice-downloaded-medicaid-data-despite-court-order/' },
    ],
  },
];

export function QuestionsScreen({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <Screen title={t('questions.title')} onBack={onBack}>
      {QUESTIONS.map((q) => (
        <section key={q.id} className="question" data-question={q.id} aria-labelledby={`q-${q.id}`}>
          <h2 id={`q-${q.id}`}><Bi k={`questions.${q.id}.q`} /></h2>
          {Array.from({ length: q.paragraphs }, (_, i) => (
            <p key={i}><Bi k={`questions.${q.id}.a${i + 1}`} /></p>
          ))}
          <ul className="question-sources">
            {q.sources.map((s) => (
              <li key={s.url}>
                <span>{t('questions.source')}</span> <cite lang="en" dir="ltr">{s.title}</cite>{' '}
                <span className="url-text" lang="en" dir="ltr">{s.url}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Screen>
  );
}

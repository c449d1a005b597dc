// Common questions: the rules bundle's (rules/data/questions.json), so an imported update
// can add or change one. Every sentence comes from the legal research note, and each
// answer names the sources it rests on; addresses are text, never links.
import { useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { type Bundle, resolveCitations } from '../../rules/index.ts';
import { Screen } from '../components/Screen.tsx';
import { Bi } from '../components/EnglishBeside.tsx';
import { ShowSource } from '../components/Citations.tsx';
import { SOURCE_LOCALE } from '../i18n/localeMeta.ts';

/** An answer's paragraphs (a1, a2, …) as the bundle's English has them: a locale that lacks
 * one shows that one in English, marked as such. */
function paragraphKeys(i18n: I18n, id: string): string[] {
  const english = (i18n.getResource(SOURCE_LOCALE, 'rules', `question.${id}`) ?? {}) as Record<string, string>;
  return Object.keys(english).filter((k) => /^a\d+$/.test(k)).sort((x, y) => Number(x.slice(1)) - Number(y.slice(1)));
}

export function QuestionsScreen({ bundle, onBack }: { bundle: Bundle; onBack: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <Screen title={t('questions.title')} onBack={onBack}>
      {bundle.questions.map((q) => {
        const citations = resolveCitations(bundle, q.citations);
        const sources = citations.filter((c, i) => citations.findIndex((x) => x.sourceId === c.sourceId) === i);
        return (
          <section key={q.id} className="question" data-question={q.id} aria-labelledby={`q-${q.id}`}>
            <h2 id={`q-${q.id}`}><Bi k={`rules:question.${q.id}.q`} /></h2>
            {paragraphKeys(i18n, q.id).map((a) => <p key={a}><Bi k={`rules:question.${q.id}.${a}`} /></p>)}
            <ul className="question-sources">
              {sources.map((s) => (
                <li key={s.sourceId}>
                  <span>{t('questions.source')}</span> <cite lang="en" dir="ltr">{s.sourceTitle}</cite>
                  {s.url && <>{' '}<span className="url-text" lang="en" dir="ltr">{s.url}</span></>}
                </li>
              ))}
            </ul>
            <ShowSource citations={citations} t={t} />
          </section>
        );
      })}
    </Screen>
  );
}

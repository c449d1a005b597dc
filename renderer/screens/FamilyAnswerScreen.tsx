// A family's answer on one page (brief §4, issue 17): each person's outcomes side by side
// (one section per person on small screens), and what is the same for everyone said once:
// where the facts end, what is not known, data already shared, what you can do, help.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { answer as computeAnswer, type Answer } from '../../rules/index.ts';
import type { FamilyMember } from '../state/session.ts';
import { Screen } from '../components/Screen.tsx';
import { NotesSection, OutcomeGroups, PastSection, Summary } from '../answer/AnswerBody.tsx';
import { StatusGroups } from '../answer/StatusGroups.tsx';
import { WhatYouCanDo } from '../answer/WhatYouCanDo.tsx';
import { PrintAnswer } from '../answer/PrintAnswer.tsx';
import { HelpSection } from '../answer/HelpSection.tsx';
import { stepsFor } from '../answer/canDoSteps.ts';
import { YouSaid } from '../answer/YouSaid.tsx';
import { AnswerHead } from '../answer/AnswerHead.tsx';
import { isMachineTranslated, localeMeta } from '../i18n/localeMeta.ts';
import { ReadAloudButton } from '../speech/ReadAloudButton.tsx';
import { AnswerTools } from '../answer/AnswerTools.tsx';
import { useAnswerFrame, type AnswerScreenProps } from '../answer/answerScreenProps.ts';
import { familySpeechText } from '../answer/speechText.ts';

interface Props extends AnswerScreenProps {
  family: readonly FamilyMember[];
  onChangePeople: () => void;
}

/** "My child: U.S. citizen" — and ", not applying" for someone who is not. */
export function personLabel(t: TFunction, m: FamilyMember): string {
  const label = `${t(`family.roles.${m.role}`)}: ${t(`status.${m.status}.label`)}`;
  return m.applying ? label : `${label}${t('answer.listSeparator')}${t('family.notApplying')}`;
}

/** Every person's notes, each once, in the order they first come. */
function sharedNotes(answers: readonly Answer[]): Answer['notes'] {
  const seen = new Map<string, Answer['notes'][number]>();
  for (const a of answers) for (const n of a.notes) if (!seen.has(n.id)) seen.set(n.id, n);
  return [...seen.values()];
}

export function FamilyAnswerScreen(props: Props) {
  const { t, i18n } = useTranslation();
  const { bundle, jurisdiction, family, today, date, locale } = props;
  const day = date ?? today;
  const answers = useMemo(
    () => family.map((m) => computeAnswer(bundle, { date: day, jurisdiction, status: m.status, applying: m.applying })),
    [bundle, day, jurisdiction, family],
  );
  const first = answers[0]!;
  const { stale, facts, help, jurisdictionRow } = useAnswerFrame(props, first);
  // The steps that speak to anyone in the family, each once.
  const steps = useMemo(() => {
    const all = answers.flatMap((a) => stepsFor(bundle, a));
    return all.filter((s, i) => all.findIndex((x) => x.id === s.id) === i);
  }, [bundle, answers]);
  const meta = localeMeta(locale);
  const notes = useMemo(() => sharedNotes(answers), [answers]);


  return (
    <Screen title={t('family.answerTitle')} onBack={props.onBack} className="answer-screen family-answer">
      <YouSaid rows={[
        jurisdictionRow,
        { key: 'family', label: t('family.title'), value: family.map((m) => personLabel(t, m)).join(' · '), change: props.onChangePeople },
      ]} />
      <AnswerHead day={day} date={date} today={today} facts={facts} onShowToday={props.onShowToday} />

      <div className="family-people">
        {answers.map((a, i) => (
          <section key={i} className="family-person answer-body" aria-labelledby={`person-${i}`} data-person={i}
            data-status={family[i]!.status} data-applying={String(family[i]!.applying)}>
            <h2 id={`person-${i}`} className="family-person-title">{personLabel(t, family[i]!)}</h2>
            <Summary answer={a} t={t} past={false} />
            <StatusGroups answer={a} t={t} idPrefix={`p${i}`} />
            <OutcomeGroups answer={a} t={t} idPrefix={`p${i}`} />
          </section>
        ))}
      </div>

      <section className="family-shared answer-body" aria-labelledby="family-shared" data-testid="family-shared">
        <h2 id="family-shared">{t('family.sharedTitle')}</h2>
        <WhatYouCanDo steps={steps} contacts={help.contacts} t={t} idPrefix="family" />
        <NotesSection notes={notes} t={t} idPrefix="family" />
        <PastSection answer={first} t={t} idPrefix="family" />
      </section>

      <HelpSection {...help} />

      <AnswerTools api={props.api} kioskMode={props.kiosk.enabled} readAloud={
        <ReadAloudButton locale={locale} voiceLangs={meta.voiceLangs} text={() => familySpeechText(
          t, answers.map((a, i) => ({ label: personLabel(t, family[i]!), answer: a })), notes, { heading: t('family.answerTitle'), stale, ...help },
        )} />
      } />

      {/* One printout: each person's answer in turn, in the chosen language with English
          beside it where the translation is machine-made. */}
      {answers.map((a, i) => (
        <PrintAnswer
          key={i}
          person={personLabel(t, family[i]!)}
          answer={a}
          primary={{ t, lng: locale, dir: meta.direction, machine: isMachineTranslated(locale) }}
          english={i18n.getFixedT('en')}
          englishPerson={personLabel(i18n.getFixedT('en'), family[i]!)}
          notices={{ stale, pastDate: !!date && date !== today }}
          help={help}
        />
      ))}
    </Screen>
  );
}

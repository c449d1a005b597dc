import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Status, answer as computeAnswer } from '../../rules/index.ts';
import { Screen } from '../components/Screen.tsx';
import { AnswerBody } from '../answer/AnswerBody.tsx';
import { PrintAnswer } from '../answer/PrintAnswer.tsx';
import { answerSpeechText } from '../answer/speechText.ts';
import { HelpSection } from '../answer/HelpSection.tsx';
import { stepsFor } from '../answer/canDoSteps.ts';
import { isMachineTranslated, localeMeta, type LocaleMeta } from '../i18n/localeMeta.ts';
import { fontStack, languageMenuStack } from '../i18n/fonts.ts';
import { AutonymOption } from '../components/Autonym.tsx';
import { YouSaid } from '../answer/YouSaid.tsx';
import { AnswerHead } from '../answer/AnswerHead.tsx';
import { ReadAloudButton } from '../speech/ReadAloudButton.tsx';
import { AnswerTools } from '../answer/AnswerTools.tsx';
import { useAnswerFrame, type AnswerScreenProps } from '../answer/answerScreenProps.ts';

interface Props extends AnswerScreenProps {
  status: Status;
  compareLocale: string | null;
  compareChoices: readonly LocaleMeta[];
  onCompare: (code: string | null) => void;
  onChangeStatus: () => void;
}

export function AnswerScreen(props: Props) {
  const { t, i18n } = useTranslation();
  const { bundle, jurisdiction, status, today, date, locale, compareLocale } = props;
  const day = date ?? today;
  const result = useMemo(() => computeAnswer(bundle, { date: day, jurisdiction, status }), [bundle, day, jurisdiction, status]);
  const meta = localeMeta(locale);
  const compareId = useId();
  const { stale, facts, help, jurisdictionRow } = useAnswerFrame(props, result);
  const steps = useMemo(() => stepsFor(bundle, result), [bundle, result]);
  const heading = t('answer.for', { jurisdiction: t(`jurisdiction.names.${jurisdiction}`), status: t(`status.${status}.label`) });
  const english = i18n.getFixedT('en');


  const columns = compareLocale ? [locale, compareLocale] : [locale];
  return (
    <Screen title={t('answer.title')} onBack={props.onBack} className="answer-screen">
      <YouSaid rows={[
        jurisdictionRow,
        { key: 'status', label: t('answer.youSaid.status'), value: t(`status.${status}.label`), change: props.onChangeStatus },
      ]} />
      <AnswerHead day={day} date={date} today={today} facts={facts} onShowToday={props.onShowToday} />

      <div className={columns.length > 1 ? 'bilingual' : undefined} data-testid="answer-columns">
        {columns.map((lng, i) => {
          const m = localeMeta(lng);
          const ft = lng === locale ? t : i18n.getFixedT(lng);
          // Keyed by place, not language: a language switch updates the words in place
          // (fast, and any source a navigator opened stays open) instead of rebuilding it.
          // The first column is in the page's language and font (set on <html> by i18n.ts).
          return (
            <div key={i === 0 ? 'primary' : 'compare'} className="answer-column" lang={lng} dir={m.direction} data-lang={lng}
              style={i > 0 ? { fontFamily: fontStack(m.fontFamily) } : undefined}>
              {columns.length > 1 && <h2 className="column-title">{m.autonym}</h2>}
              {columns.length > 1 && isMachineTranslated(lng) && <p className="notice notice-machine">{ft('machine.notice')}</p>}
              <AnswerBody answer={result} t={ft} idPrefix={lng} steps={steps} contacts={help.contacts} />
            </div>
          );
        })}
      </div>

      <HelpSection {...help} />

      <AnswerTools api={props.api} kioskMode={props.kiosk.enabled}
        readAloud={<ReadAloudButton locale={locale} voiceLangs={meta.voiceLangs} text={() => answerSpeechText(t, result, { heading, stale, ...help })} />}>
        {props.compareChoices.length > 0 && (
          <span className="compare">
            <label htmlFor={compareId}>{t('actions.secondLanguage')}</label>
            <select id={compareId} value={compareLocale ?? ''} onChange={(e) => props.onCompare(e.target.value || null)} style={{ fontFamily: languageMenuStack(props.compareChoices) }}>
              <option value="">{t('actions.secondLanguageNone')}</option>
              {props.compareChoices.map((l) => <AutonymOption key={l.code} locale={l} />)}
            </select>
          </span>
        )}
      </AnswerTools>

      <PrintAnswer
        answer={result}
        primary={{ t, lng: locale, dir: meta.direction, machine: isMachineTranslated(locale) }}
        english={english}
        notices={{ stale, pastDate: !!date && date !== today }}
        help={help}
      />
    </Screen>
  );
}

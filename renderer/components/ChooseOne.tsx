// One question, answered GOV.UK-style: radios, then Continue. Choosing and going on are two
// different targets, so a stray second tap on a choice only chooses it again; it can never
// answer the next question (UX review #1: a double tap on a state used to pick a status).
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ChoiceGroup<V extends string> {
  id: string;
  /** Shown above the group's choices when the question has more than one group. */
  title?: string;
  options: readonly { value: V; label: ReactNode; hint?: ReactNode }[];
}

interface Props<V extends string> {
  /** Names the radio group and each radio's data attribute (`data-status="lpr"`). */
  name: 'jurisdiction' | 'status';
  /** The screen's question, for the radio groups' accessible name. */
  question: string;
  groups: readonly ChoiceGroup<V>[];
  /** What is chosen: the last answer when the person came back to change it. */
  chosen: V | null;
  onChosen: (value: V) => void;
  onContinue: (value: V) => void;
  /** Said when Continue is pressed with nothing chosen. */
  nothingChosen: string;
}

export function ChooseOne<V extends string>({ name, question, groups, chosen, onChosen, onContinue, nothingChosen }: Props<V>) {
  const { t } = useTranslation();
  const [error, setError] = useState(false);
  const baseId = useId();
  const goOn = () => {
    if (chosen) onContinue(chosen);
    else setError(true);
  };
  return (
    <div className="choose-one">
      {groups.map((g) => (
        <fieldset key={g.id} className="choice-group" aria-describedby={error ? `${baseId}-error` : undefined}>
          <legend className={g.title ? 'choice-group-title' : 'visually-hidden'}>{g.title ?? question}</legend>
          <ul className={`choices choices-${name}`}>
            {g.options.map((o) => {
              const id = `${baseId}-${o.value}`;
              return (
                <li key={o.value}>
                  <input
                    type="radio" id={id} name={`${baseId}-${name}`} value={o.value} className="choice-radio"
                    {...{ [`data-${name}`]: o.value }}
                    checked={chosen === o.value}
                    onChange={() => { setError(false); onChosen(o.value); }}
                  />
                  <label htmlFor={id} className="choice">
                    <span className="choice-label">{o.label}</span>
                    {o.hint && <span className="choice-hint">{o.hint}</span>}
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
      <div className="continue-bar">
        {error && <p id={`${baseId}-error`} className="choice-error" role="alert">{nothingChosen}</p>}
        <button type="button" className="continue" data-testid="continue" onClick={goOn}>{t('flow.continue')}</button>
      </div>
    </div>
  );
}

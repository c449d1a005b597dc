// A family's people, for a navigator sitting with a family (brief §4): each person is
// chosen from a list ("Me", "My child"…, never a typed name), with a status and whether
// they are applying for Medicaid. Nothing here is kept: it is the session's, in memory.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUSES, type Status } from '../../rules/index.ts';
import { FAMILY_ROLES, MAX_FAMILY, type FamilyMember, type FamilyRole } from '../state/session.ts';
import { Screen } from '../components/Screen.tsx';

interface Props {
  /** The people given before, when the family came back to change them. */
  family: readonly FamilyMember[];
  onChoose: (family: FamilyMember[]) => void;
  onBack: () => void;
}

/** The first person is the one asking; the next are most often their children. */
const newMember = (index: number): FamilyMember => ({ role: index === 0 ? 'me' : 'child', status: 'unsure', applying: true });

function MemberFields({ member, index, onChange, onRemove }: {
  member: FamilyMember;
  index: number;
  onChange: (m: FamilyMember) => void;
  onRemove: (() => void) | null;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="family-member" data-member={index}>
      <legend>{t('family.person', { number: index + 1 })}</legend>
      <div className="field">
        <label htmlFor={`${id}-role`}>{t('family.who')}</label>
        <select id={`${id}-role`} data-field="role" value={member.role} onChange={(e) => onChange({ ...member, role: e.target.value as FamilyRole })}>
          {FAMILY_ROLES.map((r) => <option key={r} value={r}>{t(`family.roles.${r}`)}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-status`}>{t('family.status')}</label>
        <select id={`${id}-status`} data-field="status" value={member.status} onChange={(e) => onChange({ ...member, status: e.target.value as Status })}>
          {STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}.label`)}</option>)}
        </select>
      </div>
      <fieldset className="field radio-row">
        <legend>{t('family.applying')}</legend>
        {[true, false].map((applying) => (
          <label key={String(applying)} className="radio">
            <input type="radio" name={`${id}-applying`} data-field="applying" value={applying ? 'yes' : 'no'}
              checked={member.applying === applying} onChange={() => onChange({ ...member, applying })} />
            {applying ? t('family.applyingYes') : t('family.applyingNo')}
          </label>
        ))}
      </fieldset>
      {onRemove && <button type="button" className="family-remove" onClick={onRemove}>{t('family.remove')}</button>}
    </fieldset>
  );
}

export function FamilyScreen({ family, onChoose, onBack }: Props) {
  const { t } = useTranslation();
  const [members, setMembers] = useState<FamilyMember[]>(() => (family.length ? [...family] : [newMember(0)]));
  const full = members.length >= MAX_FAMILY;
  return (
    <Screen title={t('family.title')} onBack={onBack} className="family-screen">
      <p>{t('family.intro')}</p>
      {members.map((m, i) => (
        <MemberFields
          key={i} member={m} index={i}
          onChange={(next) => setMembers(members.map((x, j) => (j === i ? next : x)))}
          onRemove={members.length > 1 ? () => setMembers(members.filter((_, j) => j !== i)) : null}
        />
      ))}
      {full
        ? <p role="status">{t('family.full', { count: MAX_FAMILY })}</p>
        : <button type="button" data-testid="family-add" onClick={() => setMembers([...members, newMember(members.length)])}>{t('family.add')}</button>}
      <div className="continue-bar">
        <button type="button" className="continue" data-testid="continue" onClick={() => onChoose(members)}>{t('family.showAnswer')}</button>
      </div>
    </Screen>
  );
}

import { describe, expect, it } from 'vitest';
import { currentView, initialSession, isPristine, sessionReducer, type Action, type Session } from '../../renderer/state/session.ts';

const run = (config: Parameters<typeof sessionReducer>[0], actions: Action[]): Session =>
  actions.reduce(sessionReducer(config), initialSession(config));

describe('session', () => {
  it('three choices and the start page reach the answer, Back retraces them', () => {
    const s = run({}, [{ type: 'chooseLocale', locale: 'ar' }, { type: 'begin' }, { type: 'chooseJurisdiction', jurisdiction: 'CA' }, { type: 'chooseStatus', status: 'no_status' }]);
    expect(currentView(s)).toBe('answer');
    const back = (x: Session) => sessionReducer({})(x, { type: 'back' });
    expect(currentView(back(s))).toBe('status');
    expect(currentView(back(back(s)))).toBe('jurisdiction');
    expect(currentView(back(back(back(s))))).toBe('start');
    expect(currentView(back(back(back(back(s)))))).toBe('language');
  });

  it('"Change" on the answer asks that question again; Back from it retraces the questions', () => {
    const answered = run({}, [{ type: 'chooseLocale', locale: 'en' }, { type: 'begin' }, { type: 'chooseJurisdiction', jurisdiction: 'CA' }, { type: 'chooseStatus', status: 'no_status' }, { type: 'open', view: 'timeline' }, { type: 'showDate', date: null }]);
    const reducer = sessionReducer({});
    const changing = reducer(answered, { type: 'change', view: 'jurisdiction' });
    expect(changing.stack).toEqual(['language', 'start', 'jurisdiction']);
    expect(changing.jurisdiction).toBe('CA'); // kept until another is chosen
    const changed = ([{ type: 'chooseJurisdiction', jurisdiction: 'TX' }, { type: 'chooseStatus', status: 'no_status' }] as Action[]).reduce(reducer, changing);
    expect([currentView(changed), changed.jurisdiction]).toEqual(['answer', 'TX']);
    expect(reducer(answered, { type: 'change', view: 'status' }).stack).toEqual(['language', 'start', 'jurisdiction', 'status']);
  });

  it('a kiosk\'s own state cannot be changed from the answer', () => {
    const answered = run({ presetJurisdiction: 'TX' }, [{ type: 'chooseLocale', locale: 'en' }, { type: 'begin' }, { type: 'chooseStatus', status: 'lpr' }]);
    expect(sessionReducer({ presetJurisdiction: 'TX' })(answered, { type: 'change', view: 'jurisdiction' })).toBe(answered);
  });

  it('switching language keeps the screen and the answer', () => {
    const s = run({}, [
      { type: 'chooseLocale', locale: 'en' }, { type: 'chooseJurisdiction', jurisdiction: 'CA' }, { type: 'chooseStatus', status: 'lpr' },
      { type: 'compare', locale: 'ar' }, { type: 'switchLocale', locale: 'ar' },
    ]);
    expect(currentView(s)).toBe('answer');
    expect([s.locale, s.jurisdiction, s.status, s.compareLocale]).toEqual(['ar', 'CA', 'lpr', null]);
  });

  it('a language that finishes loading after the person moved on does not move them again', () => {
    const s = run({}, [{ type: 'open', view: 'settings' }, { type: 'chooseLocale', locale: 'ar' }]);
    expect(currentView(s)).toBe('settings');
    expect(s.locale).toBe('ar');
  });

  it('a preset jurisdiction skips its question', () => {
    const s = run({ presetJurisdiction: 'TX' }, [{ type: 'chooseLocale', locale: 'en' }, { type: 'begin' }]);
    expect(currentView(s)).toBe('status');
    expect(s.jurisdiction).toBe('TX');
  });

  it('a family: state, then the people, then their answer; Start over forgets them', () => {
    const family = [{ role: 'me', status: 'no_status', applying: false }, { role: 'child', status: 'citizen', applying: true }] as const;
    const s = run({}, [{ type: 'chooseLocale', locale: 'en' }, { type: 'beginFamily' }, { type: 'chooseJurisdiction', jurisdiction: 'CA' }, { type: 'chooseFamily', family: [...family] }]);
    expect(s.stack).toEqual(['language', 'start', 'jurisdiction', 'family', 'familyAnswer']);
    expect(s.family).toEqual(family);
    expect(sessionReducer({})(s, { type: 'change', view: 'family' }).stack.at(-1)).toBe('family');
    expect(sessionReducer({})(s, { type: 'startOver' })).toEqual(initialSession({}));
    // At a kiosk with its own state, the people come first.
    expect(currentView(run({ presetJurisdiction: 'TX' }, [{ type: 'chooseLocale', locale: 'en' }, { type: 'beginFamily' }]))).toBe('family');
    // One person's flow afterwards is not a family's.
    expect(sessionReducer({})(s, { type: 'begin' }).family).toBeNull();
  });

  it('Start over wipes everything: the result equals a fresh start', () => {
    const config = { presetJurisdiction: 'WI' as const };
    const used = run(config, [
      { type: 'chooseLocale', locale: 'zh-Hans' }, { type: 'chooseStatus', status: 'unsure' },
      { type: 'open', view: 'timeline' }, { type: 'showDate', date: '2025-09-01' }, { type: 'compare', locale: 'en' },
      { type: 'settings', settings: { textSize: 'larger', highContrast: true } },
    ]);
    expect(isPristine(used, config)).toBe(false);
    const wiped = sessionReducer(config)(used, { type: 'startOver' });
    expect(wiped).toEqual(initialSession(config));
    expect(isPristine(wiped, config)).toBe(true);
  });
});

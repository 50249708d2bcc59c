import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { visitorTypes, type VisitorType } from '../../../electron/contract/stats';
import { SatisfactionFace } from '../ui/SatisfactionFace';

const levels = [1, 2, 3, 4, 5] as const;

/** The optional end-of-visit survey: who are you, how satisfied; one touch skips it. */
export function Survey({ onDone }: { onDone: (answer: { visitorType?: VisitorType; satisfaction?: number; skipped: boolean }) => void }) {
  const { t } = useTranslation();
  const [visitorType, setVisitorType] = useState<VisitorType>();
  const [satisfaction, setSatisfaction] = useState<number>();
  return (
    <div className="idle-overlay" role="dialog" aria-modal="true" aria-labelledby="survey-title">
      <div className="idle-box survey">
        <h2 id="survey-title">{t('survey.title')}</h2>
        <fieldset>
          <legend>{t('survey.who')}</legend>
          <div className="choice-row">
            {visitorTypes.map((v) => (
              <button key={v} type="button" className="button" aria-pressed={visitorType === v} onClick={() => setVisitorType(v)}>{t(`survey.types.${v}`)}</button>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('survey.how')}</legend>
          <div className="choice-row faces">
            {levels.map((level) => (
              <button key={level} type="button" className="button face" aria-pressed={satisfaction === level} onClick={() => setSatisfaction(level)}>
                <SatisfactionFace level={level} /><span className="face-label">{t(`survey.levels.${level}`)}</span>
              </button>
            ))}
          </div>
        </fieldset>
        <div className="choice-row">
          <button type="button" className="button primary big" disabled={!visitorType && !satisfaction} onClick={() => onDone({ visitorType, satisfaction, skipped: false })}>{t('survey.send')}</button>
          <button type="button" className="button big" onClick={() => onDone({ skipped: true })}>{t('survey.skip')}</button>
        </div>
      </div>
    </div>
  );
}

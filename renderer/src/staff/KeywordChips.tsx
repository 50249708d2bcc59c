import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldLimits } from '../../../electron/contract/fieldLimits';
import { cutToLimit, LengthNote } from './LengthNote';

const number = (n: number) => n.toLocaleString('en-US');

/**
 * Keywords as chips: type one (or several separated by ; or ,) and add; tap a chip's × to remove it.
 * Each word and the number of words keep to the contract's limits while typed (documents and
 * service standards share them).
 */
export function KeywordChips({ label, value, onChange }: { label: string; value: string[]; onChange: (next: string[]) => void }) {
  const { t } = useTranslation();
  const noteId = useId();
  const [typed, setTyped] = useState('');
  const [cut, setCut] = useState(false);
  const full = value.length >= fieldLimits.keywords;
  const type = (text: string) => {
    // Each word separately: "คำหนึ่ง; คำสอง" is two words, each within the limit.
    const parts = text.split(/([;,])/);
    const kept = parts.map((part, i) => (i % 2 === 1 ? { text: part, cut: false } : cutToLimit(part, fieldLimits.keyword)));
    setTyped(kept.map((k) => k.text).join(''));
    setCut(kept.some((k) => k.cut));
  };
  const add = () => {
    const words = typed.split(/[;,]/).map((w) => w.trim()).filter(Boolean);
    if (words.length === 0) return;
    onChange([...new Set([...value, ...words])].slice(0, fieldLimits.keywords));
    setTyped('');
    setCut(false);
  };
  const longest = Math.max(0, ...typed.split(/[;,]/).map((w) => w.length));
  return (
    <fieldset className="keyword-chips">
      <legend>{label}</legend>
      <ul className="chip-list" aria-label={label}>
        {value.map((w) => (
          <li key={w} className="chip static">
            {w}
            <button type="button" className="chip-remove" aria-label={t('staff.keywords.remove', { word: w })} onClick={() => onChange(value.filter((x) => x !== w))}>×</button>
          </li>
        ))}
        {value.length === 0 && <li className="hint">{t('staff.keywords.none')}</li>}
      </ul>
      <div className="inline-add">
        <input aria-label={t('staff.keywords.new')} value={typed} onChange={(e) => type(e.target.value)} disabled={full}
          aria-describedby={noteId} onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); add(); } }} />
        <button type="button" className="button" onClick={add} disabled={!typed.trim() || full}>{t('staff.keywords.add')}</button>
      </div>
      {full
        ? <small id={noteId} className="hint" aria-live="polite">{t('staff.keywords.full', { max: number(fieldLimits.keywords) })}</small>
        : <LengthNote id={noteId} length={longest} max={fieldLimits.keyword} cut={cut} cutText={t('staff.keywords.cut', { max: number(fieldLimits.keyword) })} />}
    </fieldset>
  );
}

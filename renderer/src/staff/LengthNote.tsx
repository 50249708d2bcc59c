import { useTranslation } from 'react-i18next';

/**
 * Text kept within a limit of the contract (electron/contract/fieldLimits.ts, the numbers the zod
 * schemas use). Lengths count as zod counts them (UTF-16 units), so what the screen lets through
 * the dispatcher accepts.
 */
export function cutToLimit(text: string, max: number): { text: string; cut: boolean } {
  return text.length > max ? { text: text.slice(0, max), cut: true } : { text, cut: false };
}

const number = (n: number) => n.toLocaleString('en-US');

/**
 * The limit under a field: the count once the text nears it, and a note when typed or pasted text
 * went past it (the extra was not taken). Polite, not an alert: it must not interrupt typing.
 */
export function LengthNote({ id, length, max, cut, cutText }: { id: string; length: number; max: number; cut: boolean; cutText?: string }) {
  const { t } = useTranslation();
  if (!cut && length < max * 0.9) return null;
  return (
    <small id={id} className={`hint length-note${cut ? ' error' : ''}`} aria-live="polite">
      {cut && <span>{cutText ?? t('staff.limit.cut', { max: number(max) })} · </span>}
      <span>{t('staff.limit.count', { length: number(length), max: number(max) })}</span>
    </small>
  );
}

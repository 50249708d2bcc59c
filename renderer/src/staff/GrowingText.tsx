import type { TextareaHTMLAttributes } from 'react';

/**
 * A text field that wraps and grows with what is typed, so a long Thai title or step is read
 * whole instead of scrolling out of a one-line input. `singleLine` keeps it one paragraph (titles,
 * steps): Enter is ignored and pasted line breaks become spaces.
 */
export function GrowingText({ value, onChange, singleLine = false, className, ...rest }: Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'> & {
  value: string; onChange: (value: string) => void; singleLine?: boolean;
}) {
  return (
    <textarea {...rest} rows={1} className={['grow-text', className].filter(Boolean).join(' ')} value={value}
      onChange={(e) => onChange(singleLine ? e.target.value.replace(/[ \t]*\r?\n[ \t]*/g, ' ') : e.target.value)}
      onKeyDown={(e) => { if (singleLine && e.key === 'Enter') e.preventDefault(); rest.onKeyDown?.(e); }} />
  );
}

import { useId, useState } from 'react';
import { PIN_DIGITS } from '../../../electron/contract/staff';

export interface PinPadLabels {
  pin: string; delete: string; clear: string; submit: string;
  /** Why OK is not yet available: how many digits are needed, `missing` more to go. */
  tooShort: (missing: number) => string;
}

/**
 * A big-key PIN pad; digits are shown as dots. The PIN never leaves this component until submit.
 * `onStart` hears that a new entry began (a digit on an empty pad): a screen clears what it said about the last one.
 */
export function PinPad({ labels, onSubmit, onStart, busy, minLength = PIN_DIGITS.min, maxLength = PIN_DIGITS.max }: {
  labels: PinPadLabels; onSubmit: (pin: string) => void; onStart?: () => void; busy?: boolean; minLength?: number; maxLength?: number;
}) {
  const [pin, setPin] = useState('');
  const hintId = useId();
  const press = (digit: string) => {
    if (pin === '') onStart?.();
    setPin((p) => (p.length < maxLength ? p + digit : p));
  };
  // Said once a digit is typed (an empty pad is no mistake), and gone once OK can be pressed.
  const tooShort = pin.length > 0 && pin.length < minLength;
  return (
    <div className="pin-pad">
      <output className="pin-dots" aria-label={labels.pin} aria-live="polite">
        {pin.length === 0 ? '\u00a0' : '●'.repeat(pin.length)}
      </output>
      <div className="pin-keys">
        {['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((d) => (
          <button key={d} type="button" className="button pin-key" onClick={() => press(d)}>{d}</button>
        ))}
        <button type="button" className="button pin-key pin-word" onClick={() => setPin('')}>{labels.clear}</button>
        <button type="button" className="button pin-key" onClick={() => press('0')}>0</button>
        <button type="button" className="button pin-key" onClick={() => setPin((p) => p.slice(0, -1))} aria-label={labels.delete}>⌫</button>
      </div>
      {/* The line keeps its height when empty, so the OK button does not jump as digits are typed. */}
      <p id={hintId} className="pin-hint" aria-live="polite">{tooShort ? labels.tooShort(minLength - pin.length) : '\u00a0'}</p>
      <button type="button" className="button primary big pin-submit" disabled={busy || pin.length < minLength}
        aria-describedby={tooShort ? hintId : undefined}
        onClick={() => { onSubmit(pin); setPin(''); }}>{labels.submit}</button>
    </div>
  );
}

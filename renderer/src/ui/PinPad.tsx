import { useState } from 'react';

export interface PinPadLabels { pin: string; delete: string; clear: string; submit: string }

/** A big-key PIN pad; digits are shown as dots. The PIN never leaves this component until submit. */
export function PinPad({ labels, onSubmit, busy, minLength = 6, maxLength = 12 }: {
  labels: PinPadLabels; onSubmit: (pin: string) => void; busy?: boolean; minLength?: number; maxLength?: number;
}) {
  const [pin, setPin] = useState('');
  const press = (digit: string) => setPin((p) => (p.length < maxLength ? p + digit : p));
  return (
    <div className="pin-pad">
      <output className="pin-dots" aria-label={labels.pin} aria-live="polite">
        {pin.length === 0 ? '\u00a0' : '●'.repeat(pin.length)}
      </output>
      <div className="pin-keys">
        {['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((d) => (
          <button key={d} type="button" className="button pin-key" onClick={() => press(d)}>{d}</button>
        ))}
        <button type="button" className="button pin-key" onClick={() => setPin('')}>{labels.clear}</button>
        <button type="button" className="button pin-key" onClick={() => press('0')}>0</button>
        <button type="button" className="button pin-key" onClick={() => setPin((p) => p.slice(0, -1))} aria-label={labels.delete}>⌫</button>
      </div>
      <button type="button" className="button primary big pin-submit" disabled={busy || pin.length < minLength}
        onClick={() => { onSubmit(pin); setPin(''); }}>{labels.submit}</button>
    </div>
  );
}

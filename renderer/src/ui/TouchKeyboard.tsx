import { useEffect, useRef, useState } from 'react';
import { SimpleKeyboard as Keyboard } from 'simple-keyboard';
import thai from 'simple-keyboard-layouts/build/layouts/thai';

export type KeyboardMode = 'thai' | 'english' | 'digits';

/** Keys a kiosk has no use for (tab, caps lock, e-mail helpers) are dropped from the library's layouts. */
const tidy = (rows: string[]) =>
  rows.map((row) => row.replace(/\{tab\}|\{lock\}|\.com|@/g, '').replace(/\s+/g, ' ').trim()).filter(Boolean);

/**
 * Thai vowel and tone marks sit on a faint อ so they do not float on the key and are shaped where
 * they belong. Not on a dotted circle (◌): Sarabun has no glyph for it, and Chromium then drew the
 * whole cluster as two empty boxes. A colour change inside one cluster breaks its shaping, so the
 * cluster is drawn twice, faint, then in ink with the อ's band masked out (theme.css, .mark-key).
 */
const combiningMarks = [...'ัิีึืฺุู็่้๊๋์ํ'];
const markDisplay = Object.fromEntries(combiningMarks.map((m) => [
  m, `<span class="mark-key"><span class="mark-key-carrier">อ${m}</span><span class="mark-key-ink">อ${m}</span></span>`,
]));

const layouts: Record<KeyboardMode, { default: string[]; shift: string[] }> = {
  thai: { default: [...tidy(thai.layout.default!).slice(0, 4), '{space}'], shift: [...tidy(thai.layout.shift!).slice(0, 4), '{space}'] },
  english: {
    // ; ' , . / [ ] stand where they do on a real keyboard: a Thai word typed with the layout left
    // on English (";jk''ko" for ว่างงาน) uses them, and search corrects it back. Shift gives the
    // number row's symbols, as there: @ and _ for an e-mail address in the request form.
    default: ['1 2 3 4 5 6 7 8 9 0 - {bksp}', 'q w e r t y u i o p [ ]', "a s d f g h j k l ; ' {enter}", '{shift} z x c v b n m , . / {shift}', '{space}'],
    shift: ['! @ # $ % ^ & * ( ) _ {bksp}', 'Q W E R T Y U I O P [ ]', "A S D F G H J K L : \" {enter}", '{shift} Z X C V B N M , . ? {shift}', '{space}'],
  },
  // Documents often write their numbers in Thai digits (ที่ ๑๒/๒๕๖๗); search reads both alike, but a
  // citizen copies what the paper shows. The Thai digits stay until Arabic ones are asked for.
  digits: {
    default: ['1 2 3', '4 5 6', '7 8 9', '. 0 {bksp}', '/ - {space}', '{thaidigits} {enter}'],
    shift: ['๑ ๒ ๓', '๔ ๕ ๖', '๗ ๘ ๙', '. ๐ {bksp}', '/ - {space}', '{arabicdigits} {enter}'],
  },
};

export interface TouchKeyboardLabels {
  label: string; thai: string; english: string; digits: string; shift: string; space: string; backspace: string; enter: string;
  thaiDigits: string; arabicDigits: string;
}

/** What the function keys show; their accessible names are the words alone (see `name` below). */
const displayOf = (labels: TouchKeyboardLabels) => ({
  ...markDisplay, '{bksp}': `⌫ ${labels.backspace}`, '{enter}': `${labels.enter} ↵`, '{shift}': `⇧ ${labels.shift}`, '{space}': labels.space,
  '{thaidigits}': `๑๒๓ ${labels.thaiDigits}`, '{arabicdigits}': `123 ${labels.arabicDigits}`,
});
/** The function keys' accessible names. */
const namesOf = (labels: TouchKeyboardLabels): Record<string, string> => ({
  '{bksp}': labels.backspace, '{enter}': labels.enter, '{shift}': labels.shift, '{space}': labels.space,
  '{thaidigits}': labels.thaiDigits, '{arabicdigits}': labels.arabicDigits,
});

/**
 * The on-screen keyboard (simple-keyboard with its Thai Kedmanee layout). It owns no text:
 * the field's value comes in, every key press goes out as the new value. `hidden` keeps it (and its
 * Thai/ABC/123 mode) while out of sight.
 */
export function TouchKeyboard({ value, onChange, onEnter, labels, hidden = false, maxLength, language = 'th' }: {
  value: string; onChange: (next: string) => void; onEnter?: () => void; labels: TouchKeyboardLabels; hidden?: boolean; maxLength?: number;
  /** The interface's language: the keys start on its layout and follow it when it changes (a visitor can still pick another). */
  language?: 'th' | 'en';
}) {
  const host = useRef<HTMLDivElement>(null);
  const keyboard = useRef<Keyboard | undefined>(undefined);
  const layoutOf = (lang: 'th' | 'en'): KeyboardMode => (lang === 'en' ? 'english' : 'thai');
  const [mode, setMode] = useState<KeyboardMode>(layoutOf(language));
  useEffect(() => { setMode(layoutOf(language)); }, [language]);
  const handlers = useRef({ onChange, onEnter, mode, labels });
  handlers.current = { onChange, onEnter, mode, labels };

  useEffect(() => {
    if (!host.current) return;
    const instance = new Keyboard(host.current, {
      layout: layouts[handlers.current.mode],
      // The keyboard keeps its own copy of the text: refused there too, a key past the limit is not
      // kept in it (else the first ⌫ would only remove that unseen character).
      ...(maxLength ? { maxLength } : {}),
      layoutName: 'default',
      display: displayOf(labels),
      mergeDisplay: true,
      preventMouseDownDefault: true,
      physicalKeyboardHighlight: false,
      disableButtonHold: true,
      useButtonTag: true,
      onChange: (next: string) => handlers.current.onChange(next),
      onKeyPress: (button: string) => {
        if (button === '{shift}' || button === '{thaidigits}' || button === '{arabicdigits}') {
          const current = instance.options.layoutName;
          instance.setOptions({ layoutName: current === 'shift' ? 'default' : 'shift' });
        } else if (button === '{enter}') {
          handlers.current.onEnter?.();
        } else if (instance.options.layoutName === 'shift' && !button.startsWith('{') && handlers.current.mode !== 'digits') {
          instance.setOptions({ layoutName: 'default' }); // shift is one-shot, as on a phone
        }
      },
    });
    keyboard.current = instance;
    // Keys act on pointerdown, and the search key hides the keyboard: the click a tap makes after
    // it would land on (and open) the result underneath. A cancelled touchstart makes no click.
    const noClick = (e: TouchEvent) => e.preventDefault();
    const keys = host.current;
    keys.addEventListener('touchstart', noClick, { passive: false });
    // simple-keyboard's buttons carry no names screen readers or tests can use: give them one.
    // Labels are read at each redraw: the language can change while the keyboard is on screen.
    const name = () => host.current?.querySelectorAll<HTMLElement>('.hg-button').forEach((b) => {
      const key = b.dataset.skbtn ?? '';
      b.setAttribute('aria-label', namesOf(handlers.current.labels)[key] ?? key);
    });
    name();
    const observer = new MutationObserver(name);
    observer.observe(host.current, { childList: true, subtree: true });
    return () => { observer.disconnect(); keys.removeEventListener('touchstart', noClick); instance.destroy(); keyboard.current = undefined; };
    // The keyboard is built once; mode and value are pushed in by the effects below.
  }, []);

  useEffect(() => { keyboard.current?.setOptions({ layout: layouts[mode], layoutName: 'default' }); }, [mode]);
  // A new language redraws the keys with its words (the redraw names them again).
  const { backspace, enter, shift, space, thaiDigits, arabicDigits } = labels;
  useEffect(() => { keyboard.current?.setOptions({ display: displayOf(handlers.current.labels) }); }, [backspace, enter, shift, space, thaiDigits, arabicDigits]);
  useEffect(() => { if (keyboard.current && keyboard.current.getInput() !== value) keyboard.current.setInput(value); }, [value]);

  return (
    <section className="touch-keyboard" aria-label={labels.label} hidden={hidden}>
      <div className="keyboard-modes" role="group" aria-label={labels.label}>
        {(['thai', 'english', 'digits'] as const).map((m) => (
          <button key={m} type="button" className="button tool" aria-pressed={mode === m} onMouseDown={(e) => e.preventDefault()} onClick={() => setMode(m)}>
            {labels[m]}
          </button>
        ))}
      </div>
      <div ref={host} className="simple-keyboard" />
    </section>
  );
}

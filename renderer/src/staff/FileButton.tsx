/**
 * A file chooser that looks like our buttons and speaks Thai: the browser's own control says
 * "Choose File / No file chosen" in the browser's language and font.
 */
export function FileButton({ label, accept, disabled, chosen, onChoose }: {
  label: string; accept: string; disabled?: boolean; chosen?: string; onChoose: (file: File | undefined) => void;
}) {
  return (
    <div className="file-button-row">
      <label className={`button big file-button${disabled ? ' disabled' : ''}`}>
        {label}
        <input type="file" className="visually-hidden" accept={accept} disabled={disabled}
          onChange={(e) => { onChoose(e.target.files?.[0]); e.target.value = ''; }} />
      </label>
      {chosen && <span className="hint">{chosen}</span>}
    </div>
  );
}

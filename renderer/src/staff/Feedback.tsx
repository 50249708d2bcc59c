import type { ErrorText } from './errorText';

/** What the last action did: an error (both languages) or a short success note. Announced to screen readers. */
export type Outcome = { kind: 'error'; error: ErrorText } | { kind: 'done'; text: string } | undefined;

export function Feedback({ outcome }: { outcome: Outcome }) {
  if (!outcome) return null;
  if (outcome.kind === 'done') return <p className="status done" role="status">{outcome.text}</p>;
  return (
    <div className="status error" role="alert">
      <p>{outcome.error.text}</p>
      {outcome.error.other && <p className="other-language">{outcome.error.other}</p>}
    </div>
  );
}

import type { SnippetPart } from '../../../electron/contract/search';

/** Text with the words that matched the query marked. */
export function Marked({ parts }: { parts: SnippetPart[] }) {
  return <>{parts.map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}

/**
 * Short Thai text that wraps at its spaces. Thai has no spaces between words, so the browser
 * breaks lines at any word boundary its dictionary knows, and a tile hint reads "ผู้รับผิด / ชอบ"
 * across two lines. Each space-separated phrase is an inline block (theme.css `.phrase`): it moves
 * to the next line whole, and breaks inside only when it is wider than the box itself.
 */
export function Phrases({ text }: { text: string }) {
  return text.split(' ').map((piece, i) => <span key={i}>{i > 0 && ' '}<span className="phrase">{piece}</span></span>);
}

/** A face from very unhappy (1) to very happy (5), drawn in SVG so no emoji font is needed. */
export function SatisfactionFace({ level, size = 64 }: { level: 1 | 2 | 3 | 4 | 5; size?: number }) {
  const curve = [-10, -5, 0, 6, 12][level - 1]!; // mouth bend: negative frowns, positive smiles
  const colour = ['#c0392b', '#e67e22', '#f1c40f', '#7dbb42', '#27ae60'][level - 1];
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true">
      <circle cx="32" cy="32" r="29" fill={colour} stroke="#14213d" strokeWidth="3" />
      <circle cx="22" cy="25" r="4" fill="#14213d" />
      <circle cx="42" cy="25" r="4" fill="#14213d" />
      <path d={`M18 ${44 - curve / 2} Q32 ${44 + curve} 46 ${44 - curve / 2}`} stroke="#14213d" strokeWidth="4" fill="none" strokeLinecap="round" />
    </svg>
  );
}

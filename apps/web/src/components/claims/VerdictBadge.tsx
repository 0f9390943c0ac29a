/**
 * A verdict as a badge that reads without colour: a symbol and the verdict's words, on colours
 * from the Okabe–Ito palette (distinct under the common colour-vision deficiencies).
 */
const looks: Record<string, { symbol: string; className: string }> = {
  reproduced: { symbol: '✓', className: 'verdict-reproduced' },
  contradicted: { symbol: '✗', className: 'verdict-contradicted' },
  'no effect': { symbol: '=', className: 'verdict-none' },
  inconclusive: { symbol: '?', className: 'verdict-inconclusive' },
  'not run yet': { symbol: '…', className: 'verdict-not-run' },
};

export function VerdictBadge({ verdict }: { verdict: string }) {
  const look = looks[verdict] ?? { symbol: '', className: '' };
  return (
    <span className={`badge verdict ${look.className}`} data-verdict={verdict}>
      <span aria-hidden="true">{look.symbol}</span> {verdict}
    </span>
  );
}

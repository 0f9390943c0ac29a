import axe from 'axe-core';
import type { Page } from 'playwright-core';

// axe-core's own bundle (`axe.source`, as axe documents for injection), run inside the page
// under test: the checks run in Chromium against the rendered DOM and computed styles
// (contrast included), as the browser extension does.
const axeSource = axe.source;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * axe's serious and critical violations on the page as it stands, one line each (the rule, what
 * it asks, the first few elements and why they fail): an empty list is a pass.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Expressions, not functions: this package is typed without the DOM library.
  const loaded = await page.evaluate<boolean>("'axe' in window");
  if (!loaded) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate<AxeViolation[]>(
    'axe.run(document).then((results) => results.violations)',
  );
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes
          .slice(0, 3)
          .map(
            (n) =>
              `${n.target.join(' ')} [${n.failureSummary?.split('\n').slice(1).join(' ').trim() ?? ''}]`,
          )
          .join('; ')}`,
    );
}

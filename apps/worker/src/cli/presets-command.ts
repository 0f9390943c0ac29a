import { getPreset, presetNames } from '@goodhart/experiment';
import type { CliIo } from './io';
import { comparisonText } from './verdict-cells';

/** Every preset with its claims: statement, what is compared, the expected sign, the source. */
export function presetsCommand(io: CliIo): number {
  for (const name of presetNames) {
    const preset = getPreset(name);
    io.out(
      `${name}  (${preset.kind}, ${preset.arms.length} arms, ${preset.rounds} rounds, ${preset.seeds.count} seeds)\n`,
    );
    for (const claim of preset.claims ?? []) {
      io.out(`  ${claim.id}: ${claim.statement}\n`);
      io.out(`    ${comparisonText(claim)}, expected ${claim.expected}; source: ${claim.source}\n`);
    }
    // A preset not yet rewritten with claims as data: its prose, which nothing judges.
    if (preset.claims === undefined && preset.claim) {
      io.out(`  claim (prose, not judged): ${preset.claim}\n`);
    }
    io.out('\n');
  }
  io.out(
    'run one with: goodhart run <name> [--seeds N]; judge them all with: goodhart replicate\n',
  );
  return 0;
}

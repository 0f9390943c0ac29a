import { getPreset, presetNames } from '@goodhart/experiment';
import type { CliIo } from './io';

/** Every preset with the claim it tests and the direction it expects. */
export function presetsCommand(io: CliIo): number {
  for (const name of presetNames) {
    const preset = getPreset(name);
    io.out(`${name}  (${preset.kind}, ${preset.arms.length} arms, ${preset.rounds} rounds)\n`);
    if (preset.claim) io.out(`  claim:    ${preset.claim}\n`);
    if (preset.expected) io.out(`  expected: ${preset.expected}\n`);
    io.out('\n');
  }
  io.out(`run one with: goodhart run <name> [--seeds N] [--rounds N]\n`);
  return 0;
}

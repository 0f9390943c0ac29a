import type { ClaimVerdict } from '@goodhart/experiment';
import {
  comparisonText,
  effectText,
  learnabilityText,
  paramsText,
  seedsText,
} from './verdict-cells';

/** One claim's verdict at one grid point, with the preset it came from. */
export interface ReplicationRow extends ClaimVerdict {
  preset: string;
  /** The spec hash of the preset as run (with --seeds / --rounds applied). */
  hash: string;
}

/** One preset as run: how many seeds and runs, and what it cost. */
export interface ReplicationRun {
  preset: string;
  hash: string;
  seeds: number;
  rounds: number;
  runs: number;
  claims: number;
  seconds: number;
  cpuSeconds: number;
}

/** Where the figures were taken (figures say where they were measured). */
export interface Machine {
  cpu: string;
  cores: number;
  loadAverage: number[];
  node: string;
}

export interface Replication {
  generatedAt: string;
  machine: Machine;
  seconds: number;
  cpuSeconds: number;
  presets: ReplicationRun[];
  rows: ReplicationRow[];
}

const header = [
  'preset',
  'claim',
  'source',
  'verdict',
  'compared',
  'paired effect [95%]',
  'seeds agreeing',
  'learnability',
];

/** The replication table in markdown, with where and how long it ran above it. */
export function replicationMarkdown(replication: Replication): string {
  const { machine } = replication;
  const lines = [
    '# Replication table',
    '',
    `Generated ${replication.generatedAt} on ${machine.cpu}, ${machine.cores} cores, load average ` +
      `${machine.loadAverage.map((load) => load.toFixed(2)).join(' ')} at start, Node ${machine.node}: ` +
      `${replication.seconds.toFixed(0)} s wall, ${replication.cpuSeconds.toFixed(0)} s CPU.`,
    '',
    'Each effect is the mean over seeds of the paired difference (arm − reference, seed by seed; ' +
      'or the value itself, or the slope along a sweep axis) with its 95% Student-t interval; ' +
      '"seeds agreeing" counts the seeds whose own effect has the expected sign.',
    '',
    row(header),
    row(header.map(() => '---')),
    ...replication.rows.map((entry) =>
      row([
        entry.preset,
        claimCell(entry),
        entry.claim.source,
        entry.verdict,
        comparisonText(entry.claim),
        effectText(entry),
        seedsText(entry),
        learnabilityText(entry),
      ]),
    ),
    '',
    row(['preset', 'seeds', 'rounds', 'runs', 'claims', 'wall s', 'CPU s']),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:']),
    ...replication.presets.map((run) =>
      row([
        run.preset,
        String(run.seeds),
        String(run.rounds),
        String(run.runs),
        String(run.claims),
        run.seconds.toFixed(1),
        run.cpuSeconds.toFixed(1),
      ]),
    ),
  ];
  return `${lines.join('\n')}\n`;
}

/** `**id** (at x=1): statement`. */
function claimCell(entry: ReplicationRow): string {
  const at = paramsText(entry.params);
  return `**${entry.claim.id}**${at === '' ? '' : ` (at ${at})`}: ${entry.claim.statement}`;
}

function row(cells: readonly string[]): string {
  return `| ${cells.map(escapeCell).join(' | ')} |`;
}

/** A pipe would end the cell and a newline the row. */
function escapeCell(cell: string): string {
  return cell.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

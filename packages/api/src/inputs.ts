import { limits } from '@goodhart/experiment/spec';
import { runChangesCursor, runStatuses } from '@goodhart/store';
import { z } from 'zod';

// The message quotes the id (cut short), so a list of several (compare's refs) says which one.
export const experimentId = z.string().regex(/^[0-9a-f]{16}$/, {
  error: (issue) =>
    `"${String(issue.input).slice(0, 40)}" is not an experiment id: an experiment id is 16 lower-case hex digits`,
});

export const byId = z.strictObject({ id: experimentId });

export const progressInput = z.strictObject({
  id: experimentId,
  /** The cursor of the last get or progress: only the runs changed since are sent. */
  since: z
    .string()
    .regex(runChangesCursor, { message: 'a cursor is the one the last get or progress returned' })
    .optional(),
});

export const runLogsInput = z.strictObject({
  runId: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, {
    message: 'a run id is a lower-case uuid',
  }),
  limit: z.int().min(1).max(1_000).default(200),
});

export const metricNames = z.array(z.string().min(1).max(100)).min(1).max(100);

/**
 * experiments.rounds: by default every stored round of every run. `afterRound` is a poll's
 * cursor: per run, in the order the procedure lists runs, the last round the caller holds (-1:
 * none; runs past the end of the list: none); only later rounds are sent. Positional rather than
 * keyed by run id, so that a poll of the largest experiment (2,000 runs) fits in a GET's URL.
 * `runMetrics: false` leaves each run's rounds without their metrics (round numbers only): the
 * dashboard draws from the bands, and the runs' own numbers were 60% of a full read.
 */
export const roundsInput = z.strictObject({
  id: experimentId,
  metrics: metricNames.optional(),
  afterRound: z
    .array(z.int().min(-1, { message: 'a held round is -1 (none) or a round number' }))
    .max(limits.maxRuns, {
      message: `one entry per run, and an experiment has at most ${limits.maxRuns} runs`,
    })
    .optional(),
  runMetrics: z.boolean().default(true),
});

export const experimentRef = z.strictObject({
  experimentId,
  arm: z.string().min(1).max(60).optional(),
});

export type ExperimentRef = z.output<typeof experimentRef>;

/** Where a page of experiments.list ended: its last (oldest) experiment's createdAt and id. */
export const listCursor = z.strictObject({ createdAt: z.iso.datetime(), id: experimentId });

export const listInput = z
  .strictObject({
    limit: z.int().min(1).max(200).default(50),
    status: z.enum(runStatuses).optional(),
    /** The next page: the experiments listed after this one (null or absent: the first page). */
    cursor: listCursor.nullish(),
    /** Sent by TanStack infinite queries through tRPC; pages only go forward (older). */
    direction: z.enum(['forward', 'backward']).optional(),
    /** Only experiments whose name, preset or id contains this text, ignoring case. */
    search: z.string().trim().max(100).optional(),
  })
  .optional();

export const submitInput = z.union([
  z.strictObject({ spec: z.unknown() }),
  z.strictObject({
    preset: z.string().min(1).max(100),
    seeds: z.int().min(1).max(100).optional(),
    rounds: z.int().min(1).max(500).optional(),
  }),
]);

export const compareInput = z.strictObject({
  refs: z
    .array(experimentRef)
    .min(2, { message: 'compare needs at least 2 experiments or arms' })
    .max(12),
  metrics: metricNames.optional(),
  // Summary metric names (packages/experiment): the averages over rounds by default, what users
  // got over the whole run, as the dashboard's compare page also picks first.
  x: z.string().min(1).max(100).default('ctrAvg'),
  y: z.string().min(1).max(100).default('meanWelfareAvg'),
});

export const exportInput = z.strictObject({
  id: experimentId,
  format: z.enum(['json', 'csv']),
});

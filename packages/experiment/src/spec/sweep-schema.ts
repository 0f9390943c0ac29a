import { z } from 'zod';

const sweepValueSchema = z.union([z.number(), z.string(), z.boolean()]);

/**
 * A grid of spec variations: every combination of the axes' values is run for every arm and
 * seed. `path` is a dotted field path (`world.click.clickbait`, `arms.*.decision.weights.click`,
 * `task.costs.falseNegative`); each value must give a valid spec, checked at parse time.
 */
export const sweepSchema = z.strictObject({
  axes: z
    .array(
      z.strictObject({
        path: z.string().regex(/^(world|task|training|arms|rounds)(\.[A-Za-z0-9_*-]+)*$/, {
          message: 'must be a dotted path under world, task, training, rounds or arms',
        }),
        values: z.array(sweepValueSchema).min(1).max(100),
      }),
    )
    .min(1)
    .max(4),
});

export type SweepSpec = z.output<typeof sweepSchema>;

import type { Claim } from '@goodhart/experiment/claims';
import { presetNames, presets } from '@goodhart/experiment/presets';
import { fewestSucceededSeeds, newestJudgedExperiment } from '../results/newest-judged';
import { type ClaimVerdictOut, claimsOf, verdictsOf } from '../results/paired-results';
import { publicProcedure, router } from '../trpc';

export interface PresetClaims {
  preset: string;
  title: string;
  /** The claims the preset declares now: the rows to show when it has not been run. */
  claims: Claim[];
  /** The newest judgeable experiment of the preset with claims; null: not run yet. */
  experiment: {
    id: string;
    name: string;
    createdAt: string;
    status: string;
    /** Fewest succeeded seeds of any group. */
    seeds: number;
  } | null;
  /** Each of that experiment's claims (as its spec states them) judged on its runs. */
  verdicts: ClaimVerdictOut[];
}

/** The replication table: every preset's claims and their newest verdict. */
export const claimsRouter = router({
  list: publicProcedure.query(async ({ ctx }): Promise<PresetClaims[]> => {
    const rows: PresetClaims[] = [];
    for (const name of presetNames) {
      const spec = presets[name];
      const judged = await newestJudgedExperiment(ctx.store, name);
      rows.push({
        preset: name,
        title: spec.name,
        claims: claimsOf(spec),
        experiment:
          judged === null
            ? null
            : {
                id: judged.experiment.id,
                name: judged.experiment.name,
                createdAt: judged.experiment.createdAt,
                status: judged.experiment.status,
                seeds: fewestSucceededSeeds(judged.runs),
              },
        verdicts: judged === null ? [] : verdictsOf(judged.spec, judged.runs),
      });
    }
    return rows;
  }),
});

import { expandRuns, parseSpec, runRun } from './src/index';

const spec = parseSpec({
  name: 'smoke',
  world: { numUsers: 1000, numItems: 500 },
  rounds: 20,
  seeds: { count: 1 },
  arms: [
    { name: 'click', model: { kind: 'mf' } },
    {
      name: 'sat',
      model: { kind: 'mf', heads: { click: { loss: 'bce' }, satisfaction: { loss: 'bce' } } },
      decision: { weights: { click: 0, satisfaction: 1 } },
    },
    { name: 'ideal', model: { kind: 'ideal' } },
  ],
});
for (const run of expandRuns(spec)) {
  const t = performance.now();
  const r = await runRun(run);
  console.log(run.key, r.backend, ((performance.now() - t) / 1000).toFixed(1), 's');
  for (const rec of r.rounds.filter((_, i) => i % 4 === 0 || i === r.rounds.length - 1)) {
    const m = rec.metrics;
    console.log(
      rec.round,
      [
        'trainLoss',
        'ctr',
        'meanWelfare',
        'regret',
        'clickbaitShareExposure',
        'homogenization',
        'relevanceAuc',
        'ece',
        'activeUsers',
      ]
        .map((k) => `${k}=${m[k]?.toFixed(3)}`)
        .join(' '),
    );
  }
}

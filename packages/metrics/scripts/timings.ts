// Prints how long the heavier metrics take at the sizes the brief asks for (10,000 users).
// Figures only, never assertions: `pnpm --filter @goodhart/metrics timings`.
// Data comes from a fixed integer hash (src/internal/synthetic.ts), so runs are comparable.

import {
  auc,
  consumedSetsFromLog,
  expectedCalibrationError,
  homogenization,
  intraListDiversity,
  mostSimilarUsers,
  reliabilityDiagram,
} from '../src/index';
import { syntheticConsumption, unit } from '../src/internal/synthetic';

// CPU time is reported beside wall time because the machine may be shared: on a busy machine
// the wall clock says more about the neighbours than about the code.
function time(label: string, run: () => unknown, repeats = 3): void {
  run(); // warm-up, so the figure is the optimised code
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    run();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (xs: number[]) => {
    const middle = xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    if (middle === undefined) throw new Error(`${label}: no timings (repeats must be at least 1)`);
    return middle;
  };
  console.log(
    `${label.padEnd(70)} cpu ${median(cpu).toFixed(0).padStart(6)} ms` +
      `   wall ${median(wall).toFixed(0).padStart(6)} ms`,
  );
}

const users = 10_000;

for (const [items, perUser, hits, hitShare, note] of [
  [2000, 30, 2000, 0, 'uniform tastes'],
  [1000, 50, 1000, 0, 'uniform, denser'],
  [1000, 50, 50, 0.5, 'half from 50 hits'],
  [1000, 40, 10, 0.6, 'homogenized: 60% from 10 hits'],
] as const) {
  const sets = syntheticConsumption(users, items, perUser, hits, hitShare);
  time(`homogenization ${users} users, ${perUser} of ${items} items, ${note}`, () =>
    homogenization(sets),
  );
}

const rows = 500_000;
const logUsers = new Int32Array(rows);
const logItems = new Int32Array(rows);
for (let i = 0; i < rows; i++) {
  logUsers[i] = Math.floor(unit(i, 1) * users);
  logItems[i] = Math.floor(unit(i, 2) * 2000);
}
time(`consumedSetsFromLog ${rows} rows`, () =>
  consumedSetsFromLog(logUsers, logItems, users, 2000),
);

for (const n of [10_000, 1_000_000]) {
  const p = new Float64Array(n);
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    p[i] = unit(i, 3);
    y[i] = unit(i, 4) < p[i]! ** 1.5 ? 1 : 0;
  }
  time(`expectedCalibrationError ${n} predictions, equal-width`, () =>
    expectedCalibrationError(p, y),
  );
  time(`expectedCalibrationError ${n} predictions, equal-mass`, () =>
    expectedCalibrationError(p, y, { strategy: 'equal-mass' }),
  );
  time(`reliabilityDiagram ${n} predictions, 20 equal-mass bins`, () =>
    reliabilityDiagram(p, y, { bins: 20, strategy: 'equal-mass' }),
  );
  time(`auc ${n} scores`, () => auc(p, y));
}

const dim = 16;
const preferences = new Float32Array(users * dim);
for (let i = 0; i < preferences.length; i++) preferences[i] = unit(i, 5) - 0.5;
time(`mostSimilarUsers ${users} users x ${dim} dims`, () => mostSimilarUsers(preferences, dim), 1);

const slateSize = 10;
const slates = new Int32Array(users * slateSize);
for (let i = 0; i < slates.length; i++) slates[i] = Math.floor(unit(i, 6) * 2000);
const features = new Float32Array(2000 * dim);
for (let i = 0; i < features.length; i++) features[i] = unit(i, 7) - 0.5;
time(`intraListDiversity ${users} slates of ${slateSize}, ${dim} dims`, () =>
  intraListDiversity(slates, features, dim, slateSize),
);

// `tsx measure-run-peak.ts '<spec json>'`: runs the spec's first run in this process, alone, and
// prints its peak resident memory as JSON. The memory tests start it as a child process, so
// the figure is one run's peak and nothing else's (process.resourceUsage().maxRSS is per process).
// Also printed, for finding what a peak is made of: after the run, the V8 heap and the memory
// outside it (`arrayBuffersBytes` holds the wasm backend's heap, which grows and never shrinks).
import { expandRuns, parseSpec, runRun } from '@goodhart/experiment';

const [json] = process.argv.slice(2);
if (json === undefined) throw new Error('usage: measure-run-peak <spec json>');
const before = process.resourceUsage().maxRSS * 1024;
const [run] = expandRuns(parseSpec(JSON.parse(json)));
if (run === undefined) throw new Error('measure-run-peak: the spec expands to no runs');
await runRun(run);
const peak = process.resourceUsage().maxRSS * 1024;
const after = process.memoryUsage();
process.stdout.write(
  `${JSON.stringify({
    startBytes: before,
    peakBytes: peak,
    heapTotalBytes: after.heapTotal,
    arrayBuffersBytes: after.arrayBuffers,
    externalBytes: after.external,
  })}\n`,
);

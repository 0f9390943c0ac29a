import { z } from 'zod';

export const caseNames = ['content', 'click-trap', 'oracle', 'training', 'metrics'] as const;
export type CaseName = (typeof caseNames)[number];
export const sizeNames = ['small', 'medium', 'large', 'huge'] as const;
/** Sizes run when --size is not given: huge (100,000 × 50,000, minutes) only on request. */
const defaultSizes: SizeName[] = ['small', 'medium', 'large'];
export type SizeName = (typeof sizeNames)[number];

const list = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .transform((s) => s.split(',').map((v) => v.trim()))
    .pipe(z.array(z.enum(values)).min(1));

const optionsSchema = z.strictObject({
  case: list(caseNames).default([...caseNames]),
  size: list(sizeNames).default(defaultSizes),
  quick: z.boolean().default(false),
  workers: z.coerce.number().int().min(0).max(64).optional(),
  baseline: z.boolean().default(false),
  steps: z.coerce.number().int().min(1).max(10_000).optional(),
  rounds: z.coerce.number().int().min(1).max(1000).optional(),
  arm: z.enum(['click-bce', 'satisfaction', 'multi-objective']).default('click-bce'),
  help: z.boolean().default(false),
});

export type BenchOptions = z.output<typeof optionsSchema>;

export const usage = `pnpm bench [-- options]
  --case content,click-trap,oracle,training,metrics   cases to run (default: all)
  --size small,medium,large,huge               content-filtering sizes (default: small,medium,large)
  --quick                                      fewer steps and rounds, for a smoke run
  --workers N                                  content filtering: worker threads (default: the free cores, cores minus the load average, when 2 or more; else 0 = main thread)
  --baseline                                   content filtering: also time the straightforward implementation
  --steps N                                    content filtering: measured steps T (overrides the size's)
  --rounds N                                   click-trap: rounds to run, round 0 included (default 8; 3 with --quick)
  --arm NAME                                   click-trap: the preset arm to time: click-bce (default), satisfaction or multi-objective (two heads)`;

const flags = new Set(['quick', 'baseline', 'help']);

/** Parses `--name value` / `--name=value` / `--flag` arguments; throws naming the bad one. */
export function parseArgs(argv: readonly string[]): BenchOptions {
  const raw: Record<string, string | boolean> = {};
  const args = argv[0] === '--' ? argv.slice(1) : [...argv];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) throw new Error(`unexpected argument "${arg}"\n${usage}`);
    const [name = '', inline] = arg.slice(2).split('=', 2); // split always gives a first part
    if (flags.has(name)) raw[name] = true;
    else if (inline !== undefined) raw[name] = inline;
    else if (i + 1 < args.length) raw[name] = args[++i]!;
    else throw new Error(`--${name} needs a value\n${usage}`);
  }
  const parsed = optionsSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => {
      const field = issue.path.join('.');
      return issue.code === 'unrecognized_keys'
        ? `unknown option --${issue.keys.join(', --')}`
        : `--${field}: ${issue.message}`;
    });
    throw new Error(`${issues.join('\n')}\n${usage}`);
  }
  return parsed.data;
}

import type { SizeName } from '../../harness/args';

/** The sizes: users × items, startup steps S, measured steps T. */
export interface ContentSize {
  name: SizeName;
  users: number;
  items: number;
  startupSteps: number;
  steps: number;
}

export const contentSizes: Record<SizeName, ContentSize> = {
  small: { name: 'small', users: 100, items: 500, startupSteps: 50, steps: 100 },
  medium: { name: 'medium', users: 1000, items: 2000, startupSteps: 50, steps: 50 },
  large: { name: 'large', users: 10_000, items: 5000, startupSteps: 10, steps: 50 },
  huge: { name: 'huge', users: 100_000, items: 50_000, startupSteps: 10, steps: 10 },
};

/** T-RECS defaults used by the issue: A = 20 binary attributes (p = 0.5), K = 10 shown. */
export const numAttributes = 20;
export const slateSize = 10;

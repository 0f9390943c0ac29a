import { z } from 'zod';

/** Arm names appear in run keys (`arm=<name>|...|seed=3`), so they are kept plain. */
export const armNameSchema = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[A-Za-z0-9_+.-]+$/, { message: 'use letters, digits and _ + . - only' });

#!/usr/bin/env node
// The `goodhart` command (package.json "bin"). The command line is TypeScript, run through
// tsx's loader as the root's `pnpm goodhart` does, so this internal app needs no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');

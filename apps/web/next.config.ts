import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NextConfig } from 'next';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  devIndicators: false,
  // Our workspace packages export TypeScript source; Next compiles them into the server bundle.
  transpilePackages: [
    '@goodhart/api',
    '@goodhart/store',
    '@goodhart/experiment',
    '@goodhart/core',
    '@goodhart/sim',
    '@goodhart/metrics',
    '@goodhart/random',
  ],
  // Native bindings and database drivers are loaded by Node as they are, never bundled. The
  // server never loads TensorFlow.js: the API imports experiment's spec, presets, claims and
  // results entries, which do not (tests/imports/no-tensorflow.test.ts).
  serverExternalPackages: ['better-sqlite3', 'pg', 'pg-boss'],
  turbopack: { root: repoRoot },
  outputFileTracingRoot: repoRoot,
  // `pnpm test` runs `tsc` over this app; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
};

export default config;

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
  // Native bindings, database drivers and TensorFlow.js (which loads .wasm files at run time)
  // are loaded by Node as they are, never bundled.
  serverExternalPackages: [
    'better-sqlite3',
    'pg',
    'pg-boss',
    '@tensorflow/tfjs-core',
    '@tensorflow/tfjs-backend-cpu',
    '@tensorflow/tfjs-backend-wasm',
    '@tensorflow/tfjs-node',
  ],
  turbopack: { root: repoRoot },
  outputFileTracingRoot: repoRoot,
  // `pnpm test` runs `tsc` over this app; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
};

export default config;

// `pnpm goodhart ...` (the root script) starts here; main.ts does the dispatching.
import './main';

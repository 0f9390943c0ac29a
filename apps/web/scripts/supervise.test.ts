import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { supervise } from './supervise';

// A child that dies the first two times (as a worker killed for memory would) and then stays
// up: the supervisor starts it again each time, and stop() ends it for good.
it('restarts a child that dies, with a backoff, and stops it when asked', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'supervise-'));
  const counter = path.join(dir, 'count');
  writeFileSync(counter, '0');
  const script = `
    const fs = require('node:fs');
    const n = Number(fs.readFileSync(${JSON.stringify(counter)}, 'utf8')) + 1;
    fs.writeFileSync(${JSON.stringify(counter)}, String(n));
    if (n <= 2) process.kill(process.pid, 'SIGKILL');
    setInterval(() => {}, 1000);
  `;
  const messages: string[] = [];
  const supervisor = supervise({
    name: 'worker',
    start: () => spawn(process.execPath, ['-e', script], { stdio: 'ignore' }),
    log: (message) => messages.push(message),
    backoffMs: [10, 20],
  });
  try {
    const deadline = Date.now() + 20_000;
    while (readFileSync(counter, 'utf8') !== '3' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(supervisor.starts).toBe(3);
    expect(messages).toEqual([
      'worker exited (SIGKILL); restarting in 0.0 s',
      'worker exited (SIGKILL); restarting in 0.0 s',
    ]);
  } finally {
    await supervisor.stop(2_000);
    rmSync(dir, { recursive: true, force: true });
  }
  // Stopped: no fourth start.
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(supervisor.starts).toBe(3);
});

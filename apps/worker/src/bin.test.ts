import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

test('the package bin `goodhart` runs the command line', () => {
  const bin = fileURLToPath(new URL('../bin/goodhart.js', import.meta.url));
  const output = execFileSync(process.execPath, [bin, 'presets'], { encoding: 'utf8' });
  expect(output).toContain('click-trap');
  expect(output).toContain('homogenization');
});

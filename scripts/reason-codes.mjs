// Regenerates docs/reason-codes.md from every module's exported reason-code catalog.
import { spawnSync } from 'node:child_process';

const result = spawnSync(
  'npx',
  ['vitest', 'run', 'tests/docs/reason-codes.test.ts', '--coverage.enabled=false'],
  {
    stdio: 'inherit',
    env: { ...process.env, UPDATE_REASON_CODES: '1' },
  },
);
process.exitCode = result.status ?? 1;

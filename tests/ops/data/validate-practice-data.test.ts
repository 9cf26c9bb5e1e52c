import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findReferenceProblems,
  generateDemoPractice,
  safeValidatePracticeData,
} from '../../../src/ops/index.js';

const minimal = { practice: { name: 'Calm Harbor', zone: 'America/Chicago', state: 'TX' } };

describe('safeValidatePracticeData', () => {
  it('accepts a minimal file and fills every list and policy with its default', () => {
    const result = safeValidatePracticeData(minimal);
    expect(result.success).toBe(true);
    if (result.success) {
      expect(result.data.claims).toEqual([]);
      expect(result.data.policies.intakePacket.completeHoursBeforeSession).toBeGreaterThan(0);
    }
  });

  it('reports every problem of a wrong shape by JSON path, never echoing a value', () => {
    const secret = 'SECRET-VALUE-1234';
    const result = safeValidatePracticeData({
      practice: { name: '', zone: secret, state: 'XX' },
      clients: [{ id: secret }],
      surprise: secret,
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    const at = result.issues.map((i) => i.at);
    expect(at).toEqual(
      expect.arrayContaining(['$.practice.name', '$.practice.zone', '$.practice.state', '$']),
    );
    expect(at.some((a) => a.startsWith('$.clients[0]'))).toBe(true);
    expect(JSON.stringify(result.issues)).not.toContain(secret);
  });

  it('reports a record that refers to an id that does not exist, by path', () => {
    const data = structuredClone(generateDemoPractice());
    const first = data.appointments[0];
    if (first === undefined) throw new Error('fixture');
    first.clinicianId = 'clin-nobody' as typeof first.clinicianId;
    const result = safeValidatePracticeData(JSON.parse(JSON.stringify(data)));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toEqual([
      {
        path: ['appointments', 0, 'clinicianId'],
        at: '$.appointments[0].clinicianId',
        code: 'ops.data.unknown_reference',
        message: 'refers to a clinician that is not in $.clinicians',
      },
    ]);
  });

  it('reports ids used twice, and references inside lists', () => {
    const data = structuredClone(generateDemoPractice());
    data.clients.push(structuredClone(data.clients[0] as (typeof data.clients)[number]));
    const remittance = data.remittances[0];
    if (remittance === undefined) throw new Error('fixture');
    const line = remittance.claims[0];
    if (line === undefined) throw new Error('fixture');
    line.claimId = 'claim-none' as typeof line.claimId;
    const problems = findReferenceProblems(data);
    expect(problems.map((p) => p.code)).toEqual(['ops.data.duplicate_id', 'ops.data.unknown_reference']);
    expect(problems[1]?.at).toBe('$.remittances[0].claims[0].claimId');
  });
});

// Rejecting a file of bad records takes no more memory than accepting the same number of good ones.
// Measured on the built package in child processes (`npm test` builds dist/ first), with a heap limit.
const script = join(import.meta.dirname, '..', '..', '..', 'bench', 'validation-memory.mjs');
const RECORDS = 50_000;

interface Measure {
  readonly problems: number;
  readonly inputBytes: number;
  readonly retainedBytes: number;
}

function measure(kind: 'good' | 'bad', heapLimitMb?: number): Measure {
  const flags = [
    '--expose-gc',
    ...(heapLimitMb === undefined ? [] : [`--max-old-space-size=${heapLimitMb}`]),
  ];
  const run = spawnSync(process.execPath, [...flags, script, String(RECORDS), kind], { encoding: 'utf8' });
  expect(run.status, run.stderr.slice(-400)).toBe(0);
  return JSON.parse(run.stdout) as Measure;
}

describe('safeValidatePracticeData on 50,000 records', () => {
  // Two child processes, one of them garbage-collecting hard under its heap limit: slow on a busy machine.
  it('rejects 50,000 bad records within the heap that 50,000 good ones and their result take', {
    timeout: 120_000,
  }, () => {
    const good = measure('good');
    expect(good.problems).toBe(0);
    // The good file's input plus the validated records it keeps: a bound below what the good run needs.
    const limitMb = Math.ceil((good.inputBytes + good.retainedBytes) / 2 ** 20);
    const bad = measure('bad', limitMb);
    // Three problems a record, every one counted; only the first 100 are kept.
    expect(bad.problems).toBe(3 * RECORDS);
    expect(bad.retainedBytes).toBeLessThan(2 * 2 ** 20);
    expect(bad.retainedBytes).toBeLessThan(good.retainedBytes / 10);
  });
});

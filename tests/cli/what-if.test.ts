// End-to-end tests of `practice-ops what-if` on the built binary (`npm test` builds dist/ first).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDemoPractice } from '../../src/ops/index.js';

const bin = join(import.meta.dirname, '..', '..', 'dist', 'cli', 'main.js');
const dir = mkdtempSync(join(tmpdir(), 'practice-ops-what-if-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    // Unwrapped (COLUMNS): these tests read whole rows; cli.test.ts checks the 80-column layout.
    const child = spawn(process.execPath, [bin, ...args], {
      env: { PATH: process.env.PATH ?? '', COLUMNS: '1000' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const demo = generateDemoPractice();
const demoFile = file('demo.json', JSON.stringify(demo));
const window96 = file(
  'window-96.json',
  JSON.stringify({
    cancellation: {
      practiceZone: demo.practice.zone,
      holidays: demo.practice.holidays,
      notice: { unit: 'hours', hours: 96 },
    },
  }),
);
const base = ['what-if', '--data', demoFile, '--proposed', window96, '--as-of', '2026-11-20'];

describe.concurrent('practice-ops what-if', () => {
  it('prints the totals first, then the largest changes, on the demo practice with a 96-hour window', async () => {
    const { code, stdout, stderr } = await run(base);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.split('\n');
    expect(lines[0]).toContain('what the proposed policy would have done, up to 2026-11-20');
    expect(stdout).toMatch(/Sessions whose fee changes\s+11\n/);
    // Five $150 fees; six Medicare clients' fees are undecided: the demo's policy does not set its
    // workers' compensation rule, so whether it is uniform, as Medicare asks, is not known (2026-12-06).
    expect(stdout).toMatch(/Change\s+\+\$750\.00\n/);
    // One more on each side since 2026-12-07: client-00001's crisis holds their cancellation of 2026-11-19.
    expect(stdout).toMatch(/Undecided \(current \/ proposed\)\s+17 \/ 23\n/);
    expect(stdout).toMatch(/Clients affected\s+9\n/);
    expect(stdout.indexOf('Clients affected')).toBeLessThan(stdout.indexOf('Largest changes (11 of 11)'));
    expect(stdout).toContain(
      'no charge (on-time cancellation) → $150.00 (late cancellation); 75 h notice, 21 h short of 96 h',
    );
  });

  it('gives the whole replay as JSON with --json, and reports only --from to --to', async () => {
    const { code, stdout } = await run([...base, '--json', '--from', '2026-11-01', '--to', '2026-11-15']);
    expect(code).toBe(0);
    const replay = JSON.parse(stdout);
    expect(replay).toMatchObject({ from: '2026-11-01', to: '2026-11-15' });
    expect(replay.fees.changes.map((c: { appointmentId: string }) => c.appointmentId)).toEqual([
      'appt-000487',
      'appt-000516',
      'appt-000603',
      'appt-000657',
    ]);
  });

  it('writes an HTML page in the report style with the totals and the changes', async () => {
    const out = join(dir, 'what-if.html');
    const { code } = await run([...base, '--html', out]);
    expect(code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<th scope="row">Clients affected</th><td class="num">9</td>');
    expect(html).toContain('The 11 largest of 11 changes');
    expect(html).not.toMatch(/<script|src=|url\(|@import/);
  });

  it('says no fee would change for a 48-hour window on the demo practice', async () => {
    const window48 = file(
      'window-48.json',
      JSON.stringify({
        cancellation: { practiceZone: demo.practice.zone, notice: { unit: 'hours', hours: 48 } },
      }),
    );
    const { code, stdout } = await run([
      'what-if',
      '--data',
      demoFile,
      '--proposed',
      window48,
      '--as-of',
      '2026-11-20',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('No fee would have changed.');
  });

  it('prints each section a proposal changes: reminders, a clinician’s daily cap and a payer’s filing window', async () => {
    const meridian = demo.payers.find((p) => p.payerId === 'meridian-trust');
    const proposal = file(
      'sections.json',
      JSON.stringify({
        reminders: { hoursBefore: [48, 24, 2] },
        clinicianLimits: [{ clinicianId: 'clin-001', maxSessionsPerDay: 2 }],
        payerFiling: [
          {
            payerId: 'meridian-trust',
            filing: { ...meridian?.filing, initial: { amount: 180, unit: 'days' } },
          },
        ],
      }),
    );
    const args = ['what-if', '--data', demoFile, '--proposed', proposal, '--as-of', '2026-11-20'];
    const { code, stdout } = await run(args);
    expect(code).toBe(0);
    expect(stdout).not.toContain('Missed-session fees');
    expect(stdout).toMatch(/Reminders sent \(current → proposed\)\s+1408 → 2073\n/);
    expect(stdout).toMatch(/At high risk, late or undecided \(current → proposed\)\s+119 → 100\n/);
    expect(stdout).toMatch(/Of those, undecided \(current → proposed\)\s+0 → 0\n/);
    expect(stdout).toMatch(/Refused \(current → proposed\)\s+0 → 55\n/);
    expect(stdout).toContain('appt-000003: refused (daily_cap)');
    const html = join(dir, 'sections.html');
    expect((await run([...args, '--html', html])).code).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain(
      '<h2 id="capacity-title">Caseload caps and availability</h2>',
    );
    const none = file('none.json', '{}');
    expect(
      (await run(['what-if', '--data', demoFile, '--proposed', none, '--as-of', '2026-11-20'])).stdout,
    ).toContain('The proposal changes none of the policies replayed');
  });

  it('replays against the file’s policy versions, the proposal over the version in force on --as-of', async () => {
    // The demo's clients acknowledged in May 2026: say both written versions went out then, so their fees
    // are decided rather than left for a new acknowledgement.
    const cancellation = (hours: number) => ({
      practiceZone: demo.practice.zone,
      holidays: demo.practice.holidays,
      notice: { unit: 'hours', hours },
      acknowledgementsFrom: '2026-05-01',
    });
    const versioned = file(
      'versioned.json',
      JSON.stringify({
        ...demo,
        policyVersions: [
          { version: '2026-09', effectiveFrom: '2026-09-01', cancellation: cancellation(24) },
          {
            version: '2026-11',
            effectiveFrom: '2026-11-01',
            cancellation: cancellation(96),
            reminders: { hoursBefore: [48, 24, 2] },
          },
        ],
      }),
    );
    const args = ['what-if', '--data', versioned, '--proposed', window96];
    const { code, stdout } = await run([...args, '--as-of', '2026-11-20']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[1]).toBe(
      "Current: the data file's policy versions 2026-09, 2026-11, each for the events in its time.",
    );
    // The 96-hour window was in force from November: only the five October misses and one in early
    // October under the 24-hour version change, three of them Medicare clients' (undecided: the policy
    // sets no workers' compensation rule), so $450, and the 2-hour reminder of the November version.
    expect(stdout).toMatch(/Sessions whose fee changes\s+6\n/);
    expect(stdout).toMatch(/Change\s+\+\$450\.00\n/);
    expect(stdout).toMatch(/Reminders sent \(current → proposed\)\s+1701 → 2073\n/);
    // On 2026-10-31 the September version is the one the proposal changes: no reminder replay.
    const october = await run([...args, '--as-of', '2026-10-31']);
    expect(october.stdout).not.toContain('Session reminders');
    const before = await run([...args, '--as-of', '2026-08-15']);
    expect(before.code).toBe(1);
    expect(before.stderr).toContain('no policy version of the data file was in force on 2026-08-15');
  });

  it('shows fees the proposal leaves undecided apart from those it waives (workers’ compensation)', async () => {
    const d = structuredClone(demo);
    d.clients.forEach((c, i) => {
      if (i % 3 === 0) c.payerClasses = ['workers_comp'];
    });
    const charge = { practiceZone: d.practice.zone, holidays: d.practice.holidays, workersComp: 'charge' };
    d.policies.cancellation = charge as typeof d.policies.cancellation;
    const data = file('workers-comp.json', JSON.stringify(d));
    const proposed = file(
      'wc-undecided.json',
      JSON.stringify({ cancellation: { ...charge, workersComp: 'undecided' } }),
    );
    const { code, stdout } = await run([
      'what-if',
      '--data',
      data,
      '--proposed',
      proposed,
      '--as-of',
      '2026-11-20',
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Fees waived or lowered +\$0\.00/);
    // 29 workers' compensation fees and 12 Medicare fees (whether everyone is charged alike is unknown too),
    // less client-00001's, held on both sides for their crisis (2026-12-07).
    expect(stdout).toMatch(/Decided on one side only +40/);
    expect(stdout).toMatch(/Charged now, undecided if proposed +\$6,000\.00/);
    expect(stdout).toMatch(/ undecided {2}2026-/);
  });

  it('exits 1 on a proposed policy with problems, naming the path and never the value', async () => {
    const bad = file('bad.json', JSON.stringify({ cancellation: { practiceZone: 'Zebediah/Quillfeather' } }));
    const { code, stderr, stdout } = await run(['what-if', '--data', demoFile, '--proposed', bad]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('$.cancellation.practiceZone');
    expect(stderr).not.toContain('Zebediah');
    const notObject = file('list.json', '[1]');
    expect((await run(['what-if', '--data', demoFile, '--proposed', notObject])).code).toBe(1);
    const broken = file('broken.json', '{"cancellation": ');
    expect((await run(['what-if', '--data', demoFile, '--proposed', broken])).stderr).toContain(
      'is not valid JSON',
    );
  });

  it('exits 2 on a usage error and 3 on a missing file', async () => {
    expect((await run(['what-if', '--data', demoFile])).code).toBe(2);
    expect((await run(['what-if', '--proposed', window96])).code).toBe(2);
    expect((await run([...base, '--from', '2026-11-10', '--to', '2026-11-01'])).code).toBe(2);
    // --from after --as-of (the last day replayed) is the options' problem, not the policy's.
    const late = await run([...base, '--from', '2026-12-01']);
    expect(late.code).toBe(2);
    expect(late.stderr).toContain('--from must be on or before --as-of');
    expect(late.stderr).not.toContain('proposed policy');
    expect((await run([...base, '--to', '2026-13-01'])).code).toBe(2);
    expect((await run([...base, '--role', 'biller'])).code).toBe(2);
    expect((await run(['what-if', '--data', join(dir, 'missing.json'), '--proposed', window96])).code).toBe(
      3,
    );
    expect((await run(['what-if', '--data', demoFile, '--proposed', join(dir, 'missing.json')])).code).toBe(
      3,
    );
  });
});

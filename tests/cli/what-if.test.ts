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

// The replay as a practice owner uses it (cli37, 2026-12-07): change one policy, replay the months, read
// the difference. Cancellation fees are a practice's written policy, charged to the client, never the
// payer (CMS Claims Processing Manual ch. 1 §30.3.13 for Medicare); times are in the practice's zone.
function runWith(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: { PATH: process.env.PATH ?? '', COLUMNS: '1000', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

interface FeeChange {
  appointmentId: string;
  eventAt: string;
  changeCents: number | null;
  before: { outcome: string; kind: string; feeCents: number };
  after: { outcome: string; kind: string; feeCents: number };
}

describe.concurrent('what-if as a practice owner uses it', () => {
  const cancellation = (extra: object) => ({
    cancellation: { practiceZone: demo.practice.zone, holidays: demo.practice.holidays, ...extra },
  });
  const whatIf = (proposal: string, more: string[] = []) => [
    'what-if',
    '--data',
    demoFile,
    '--proposed',
    proposal,
    '--as-of',
    '2026-11-20',
    ...more,
  ];

  it('replaying the file’s own policies changes nothing, on the terminal and in --json', async () => {
    const same = file('owner-same.json', JSON.stringify(demo.policies));
    const text = await run(whatIf(same));
    expect(text.code).toBe(0);
    expect(text.stderr).toBe('');
    expect(text.stdout).toContain('The proposal changes none of the policies replayed');
    expect(text.stdout).not.toContain('Not replayed');
    const json = JSON.parse((await run(whatIf(same, ['--json']))).stdout);
    expect(Object.keys(json).sort()).toEqual(['asOf', 'from', 'reasons', 'to']);
  });

  it('a $75 flat late-cancellation fee instead of the session fee lowers exactly the 16 late cancellations charged, by $75 each', async () => {
    const flat = file(
      'owner-flat.json',
      JSON.stringify(cancellation({ lateCancelFee: { kind: 'flat', cents: 7500 } })),
    );
    const { code, stdout, stderr } = await run(whatIf(flat, ['--json']));
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const { totals, changes } = JSON.parse(stdout).fees as {
      totals: Record<string, number>;
      changes: FeeChange[];
    };
    expect(changes).toHaveLength(16);
    for (const c of changes) {
      expect(c.before).toMatchObject({ outcome: 'charge', kind: 'late_cancel', feeCents: 15000 });
      expect(c.after).toMatchObject({ outcome: 'charge', kind: 'late_cancel', feeCents: 7500 });
      expect(c.changeCents).toBe(-7500);
    }
    expect(totals).toMatchObject({ changed: 16, changeCents: -120000, addedCents: 0, waivedCents: 120000 });
    expect(Number(totals.chargedAfterCents) - Number(totals.chargedBeforeCents)).toBe(-120000);
    expect(totals.undecidedBefore).toBe(totals.undecidedAfter);
  });

  it('a no-show fee change touches only no-shows, never a late cancellation', async () => {
    const noShow = file(
      'owner-no-show.json',
      JSON.stringify(cancellation({ noShowFee: { kind: 'flat', cents: 5000 } })),
    );
    const { code, stdout } = await run(whatIf(noShow, ['--json']));
    expect(code).toBe(0);
    const { changes } = JSON.parse(stdout).fees as { changes: FeeChange[] };
    expect(changes.length).toBeGreaterThan(0);
    for (const c of changes) {
      expect(c.before.kind).toBe('no_show');
      expect(c.after.kind).toBe('no_show');
      expect(c.changeCents).toBe(c.after.feeCents - c.before.feeCents);
    }
  });

  it('dropping the 48-hour reminder sends exactly the 704 48-hour reminders fewer, the 24-hour ones unchanged', async () => {
    const { reminders } = demo.policies;
    const only24 = file('owner-24h.json', JSON.stringify({ reminders: { ...reminders, hoursBefore: [24] } }));
    const { code, stdout } = await run(whatIf(only24, ['--json']));
    expect(code).toBe(0);
    const { totals } = JSON.parse(stdout).reminders;
    expect(totals.byLeadHours).toMatchObject({
      '24': { before: 704, after: 704 },
      '48': { before: 704, after: 0 },
    });
    expect(totals.sentBefore - totals.sentAfter).toBe(704);
    expect(totals.wouldNotBeSent).toBe(704);
  });

  it('keeps local times across the end of daylight saving time (2026-11-01): the same wall clock, the zone’s offset each day', async () => {
    const flat = file(
      'owner-flat-dst.json',
      JSON.stringify(cancellation({ lateCancelFee: { kind: 'flat', cents: 7500 } })),
    );
    // The same history written in UTC, and read by a host in Tokyo: the output does not move.
    const utc = structuredClone(demo);
    const inUtc = (iso: string) => new Date(iso).toISOString().replace('.000Z', 'Z');
    for (const a of utc.appointments) {
      a.start = inUtc(a.start);
      a.end = inUtc(a.end);
      if (a.status.state === 'cancelled' && a.status.at !== undefined) a.status.at = inUtc(a.status.at);
    }
    const utcFile = file('owner-utc.json', JSON.stringify(utc));
    const [local, fromUtc] = await Promise.all([
      run(whatIf(flat)),
      runWith(['what-if', '--data', utcFile, '--proposed', flat, '--as-of', '2026-11-20'], {
        TZ: 'Asia/Tokyo',
      }),
    ]);
    expect(fromUtc.stdout).toBe(local.stdout);
    expect(local.stdout).toContain('Times are in America/Chicago.');
    // New York's 08:00 EDT cancellations are 07:00 in Chicago before the change, 09:00 EST is 08:00 after.
    expect(local.stdout).toMatch(/-\$75\.00 {2}2026-10-30 07:00 {2}appt-000416/);
    expect(local.stdout).toMatch(/-\$75\.00 {2}2026-11-02 08:00 {2}appt-000442/);
    const { changes } = JSON.parse((await run(whatIf(flat, ['--json']))).stdout).fees as {
      changes: FeeChange[];
    };
    for (const c of changes)
      expect(c.eventAt.slice(19), c.eventAt).toBe(c.eventAt < '2026-11-01T02' ? '-05:00' : '-06:00');
  });

  it('lists every problem of an invalid policy file by path, without echoing a value or an unknown key', async () => {
    const bad = file(
      'owner-bad.json',
      JSON.stringify({
        cancellation: {
          practiceZone: demo.practice.zone,
          lateCancelFee: { kind: 'flat', cents: -2500 },
          notice: { unit: 'hours', hours: 'Zebediah' },
          Quillfeather: true,
        },
        reminders: { ...demo.policies.reminders, hoursBefore: 'Tamsin-7731' },
      }),
    );
    const { code, stdout, stderr } = await run(whatIf(bad, ['--json']));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('has 4 problems; nothing was done');
    for (const path of [
      '$.cancellation.lateCancelFee.cents',
      '$.cancellation.notice.hours',
      '$.cancellation:',
      '$.reminders.hoursBefore',
    ])
      expect(stderr).toContain(`  ${path}`);
    for (const value of ['Zebediah', 'Quillfeather', 'Tamsin', '-2500']) expect(stderr).not.toContain(value);
  });

  it('gives the same bytes whatever order the file lists its sessions or the proposal its fields', async () => {
    const shuffled = structuredClone(demo);
    shuffled.appointments.reverse();
    shuffled.clients.reverse();
    const shuffledFile = file('owner-shuffled.json', JSON.stringify(shuffled));
    const a = file(
      'owner-order-a.json',
      JSON.stringify(cancellation({ notice: { unit: 'hours', hours: 96 }, workersComp: 'charge' })),
    );
    const b = file(
      'owner-order-b.json',
      JSON.stringify({
        cancellation: {
          workersComp: 'charge',
          notice: { hours: 96, unit: 'hours' },
          holidays: demo.practice.holidays,
          practiceZone: demo.practice.zone,
        },
      }),
    );
    const [one, two, three] = await Promise.all([
      run(whatIf(a, ['--json'])),
      run(['what-if', '--data', shuffledFile, '--proposed', b, '--as-of', '2026-11-20', '--json']),
      run(whatIf(a)),
    ]);
    expect(two.stdout).toBe(one.stdout);
    const { changes } = JSON.parse(one.stdout).fees as { changes: FeeChange[] };
    // Every change here is $150 either way (or undecided on one side): the list runs in time order.
    const times = changes.map((c) => c.eventAt);
    expect(times).toEqual([...times].sort());
    expect(three.stdout).toBe((await run(whatIf(a))).stdout);
  });

  it('--json is one JSON value on stdout and nothing on stderr; a problem goes to stderr and leaves stdout empty', async () => {
    const ok = await run([...base, '--json']);
    expect(ok.stderr).toBe('');
    expect(() => JSON.parse(ok.stdout)).not.toThrow();
    expect(ok.stdout.endsWith('}\n')).toBe(true);
    const missing = await run([
      'what-if',
      '--data',
      demoFile,
      '--proposed',
      join(dir, 'absent.json'),
      '--json',
    ]);
    expect(missing).toMatchObject({ code: 3, stdout: '' });
    expect(missing.stderr).toContain('cannot read the proposed policy file');
  });

  it('names a changed section no replay reads (a triage or utilization change) instead of reading as no difference', async () => {
    const other = file(
      'owner-other.json',
      JSON.stringify({
        triage: { ...demo.policies.triage, phrases: [{ phrase: 'hold my spot', category: 'scheduling' }] },
        utilizationTargetBasisPoints: 8000,
      }),
    );
    const text = await run(whatIf(other));
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      'Not replayed: the proposal changes triage, utilizationTargetBasisPoints, which what-if does not replay',
    );
    const json = await run(whatIf(other, ['--json']));
    expect(Object.keys(JSON.parse(json.stdout)).sort()).toEqual(['asOf', 'from', 'reasons', 'to']);
    expect(json.stderr).toContain(
      'practice-ops: not replayed: the proposal changes triage, utilizationTargetBasisPoints',
    );
    // The same section unchanged is no news.
    const same = file('owner-same-triage.json', JSON.stringify({ triage: demo.policies.triage }));
    expect((await run(whatIf(same))).stdout).not.toContain('Not replayed');
  });

  it('reports only --from to --to, in the practice’s local dates, while earlier misses still count', async () => {
    const flat = file(
      'owner-flat-range.json',
      JSON.stringify(cancellation({ lateCancelFee: { kind: 'flat', cents: 7500 } })),
    );
    const { stdout } = await run(whatIf(flat, ['--json', '--from', '2026-11-01', '--to', '2026-11-15']));
    const { changes } = JSON.parse(stdout).fees as { changes: FeeChange[] };
    expect(changes.map((c) => c.appointmentId)).toEqual([
      'appt-000442',
      'appt-000473',
      'appt-000587',
      'appt-000642',
    ]);
    for (const c of changes)
      expect(c.eventAt.slice(0, 10) >= '2026-11-01' && c.eventAt.slice(0, 10) <= '2026-11-15').toBe(true);
  });
});

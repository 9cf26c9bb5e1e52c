// End-to-end tests of the built `practice-ops` binary, run as a user runs it: real files, exit codes,
// stdout and stderr. `npm test` builds dist/ first (for a local run: npm run build).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDemoPractice } from '../../src/ops/index.js';

const bin = join(import.meta.dirname, '..', '..', 'dist', 'cli', 'main.js');
const dir = mkdtempSync(join(tmpdir(), 'practice-ops-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the binary; each describe runs its tests concurrently, so several of these processes overlap. */
function run(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { PATH: process.env.PATH ?? '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end();
  });
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const SECRET = 'Zebediah-Quillfeather-7731';
/** Output unwrapped, for tests that read whole rows: the terminal layout is checked at 80 columns apart. */
const WIDE = { COLUMNS: '1000' };
const demoFile = file('demo.json', JSON.stringify(generateDemoPractice()));

describe.concurrent('practice-ops demo', () => {
  it('prints the assistant’s queue for the built-in practice, exit 0, no colour when piped', async () => {
    const { code, stdout, stderr } = await run(['demo']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('work queue for the assistant, 2026-11-20');
    expect(stdout).toContain('CRISIS: a client message needs the on-call clinician now');
    expect(stdout).not.toContain('\u001b[');
  });

  it('lists the crisis client’s routine contact on hold, in plain words, without the message', async () => {
    const hold =
      'A clinician is handling a message from this client; hold routine contact until they close it.';
    const out = join(dir, 'demo-held.html');
    // Unwrapped (COLUMNS): these read the rows' words; the 80-column layout has its own test.
    const [text, page] = await Promise.all([run(['demo'], WIDE), run(['demo', '--html', out])]);
    expect(text.code).toBe(0);
    expect(page.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    for (const shown of [text.stdout, html]) {
      for (const what of [
        'Offer a cancelled slot to the next waitlist client',
        'Intake paperwork: send packet',
      ])
        expect(shown).toContain(`On hold (a clinician is handling a message from this client): ${what}`);
      expect(shown).toContain(hold);
      // The client's waitlist check-in is the offer's call (one task, both reasons), never a second row.
      expect(shown).not.toContain('On hold (a clinician is handling a message from this client): Check in');
      expect(shown).not.toContain('ending my life');
      expect(shown).not.toContain('point anymore');
    }
  });

  it('leaves the held contact out of the day’s time, in the summary and on each held item', async () => {
    // The demo of 2026-11-20: two of the assistant's tasks wait on client-00001's open crisis (the waitlist
    // offer, its check-in folded in, and the paperwork reminder).
    const out = join(dir, 'demo-hours.html');
    // Unwrapped (COLUMNS): these read the rows' words; the 80-column layout has its own test.
    const [text, page] = await Promise.all([run(['demo'], WIDE), run(['demo', '--html', out])]);
    expect(text.code).toBe(0);
    expect(page.code).toBe(0);
    expect(text.stdout).toContain('(2 tasks on hold, not counted)');
    expect(text.stdout.match(/on hold: not counted\)/g)).toHaveLength(2);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('; 2 tasks on hold, not counted.');
    expect(html.match(/on hold: not counted in the day’s time/g)).toHaveLength(2);
  });

  it('gives machine-readable JSON with --json', async () => {
    const { code, stdout } = await run(['demo', '--json', '--role', 'clinician']);
    expect(code).toBe(0);
    const digest = JSON.parse(stdout);
    expect(digest.queue.role).toBe('clinician');
    expect(digest.queue.tasks[0].priority).toBe('crisis');
    expect(digest.charts.agingBuckets).toHaveLength(5);
  });

  it('writes one self-contained HTML page: four charts, each followed by its data table, no scripts', async () => {
    const out = join(dir, 'demo.html');
    const { code } = await run(['demo', '--html', out]);
    expect(code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect((html.match(/<figure class="chart"/g) ?? []).length).toBe(4);
    expect((html.match(/<table class="data cards">/g) ?? []).length).toBe(4);
    expect(html).not.toMatch(/<script|src=|url\(|@import/);
    // The only link is the skip link inside the page.
    expect(html.match(/href="[^"]*"/g)).toEqual(['href="#main"']);
  });
});

describe.concurrent('practice-ops digest', () => {
  it('runs on a data file as of a date', async () => {
    const { code, stdout } = await run(['digest', '--data', demoFile, '--as-of', '2026-11-20', '--json']);
    expect(code).toBe(0);
    const digest = JSON.parse(stdout);
    expect(digest.queue.asOf).toBe('2026-11-20');
    expect(digest.queue.role).toBe('assistant');
  });

  it('is the same as the demo for the demo data on the demo date', async () => {
    const a = (await run(['demo', '--json'])).stdout;
    const b = (await run(['digest', '--data', demoFile, '--as-of', '2026-11-20', '--json'])).stdout;
    expect(b).toBe(a);
  });

  it('uses colour only on a terminal: never with NO_COLOR, never when piped', async () => {
    expect(
      (await run(['digest', '--data', demoFile, '--as-of', '2026-11-20'], { NO_COLOR: '1' })).stdout,
    ).not.toContain('\u001b[');
  });

  it.each([
    [['digest', '--data', demoFile], 'needs --as-of'],
    [['digest', '--as-of', '2026-11-20'], 'needs --data'],
    [['digest', '--data', demoFile, '--as-of', '2026-02-30'], '--as-of must be a real calendar date'],
    [['digest', '--data', demoFile, '--as-of', 'tomorrow'], '--as-of must be a real calendar date'],
    [['digest', '--data', demoFile, '--as-of', '2026-11-20', '--role', 'janitor'], '--role must be one of'],
    [['frobnicate'], 'unknown command'],
    [['demo', '--bogus'], 'unknown option --bogus (see practice-ops --help)'],
    [['demo', '-x'], 'unknown option -x'],
    [['demo', '--\u001b[31mred'], 'unknown option (see'],
    [['demo', '--json', '--json'], 'the option --json is given more than once'],
    [['demo', '--role', 'biller', '--role', 'assistant'], 'the option --role is given more than once'],
    [
      ['digest', '--data', 'a.json', '--data', 'b.json', '--as-of', '2026-11-20'],
      '--data is given more than once',
    ],
    [['init', '--clinicians', '0'], '--clinicians must be a whole number from 1 to 50'],
    [['init', '--clinicians', '2.5'], '--clinicians must be a whole number from 1 to 50'],
    [['init', '--state', 'tx'], '--state must be a US state'],
    [['init', '--zone', 'Mars/Olympus'], '--zone must be an IANA time zone'],
    [['init', '--as-of', '2026-02-30'], '--as-of must be a real calendar date'],
    [['init', '--force'], '--force applies only when init writes a FILE'],
    [['init', 'a.json', 'b.json'], 'init takes at most one FILE'],
    [['validate'], 'validate takes exactly one FILE'],
    [['schema', '--json'], 'does not apply to schema'],
  ])('exits 2 with a usage message for %j', async (args, message) => {
    const { code, stdout, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stderr).not.toContain('\u001b');
  });

  it('exits 3 when the data file cannot be read, and writes nothing', async () => {
    const out = join(dir, 'never.html');
    const { code, stderr } = await run([
      'digest',
      '--data',
      join(dir, 'missing.json'),
      '--as-of',
      '2026-11-20',
      '--html',
      out,
    ]);
    expect(code).toBe(3);
    expect(stderr).toContain('does not exist');
    expect(existsSync(out)).toBe(false);
  });
});

describe.concurrent('bad data files', () => {
  const cases: [string, string, string[]][] = [
    ['malformed JSON', `{"practice": {"name": "${SECRET}"`, ['$: is not valid JSON']],
    ['stray character', `{"practice": ${SECRET}}`, ['$: is not valid JSON']],
    ['an empty file', '', ['$: is not valid JSON (the file is empty)']],
    ['the wrong shape', JSON.stringify([SECRET]), ['$: expected object']],
    [
      'bad fields',
      JSON.stringify({ practice: { name: SECRET, zone: SECRET, state: 'ZZ' }, claims: SECRET }),
      ['$.practice.zone', '$.practice.state', '$.claims: expected array'],
    ],
  ];

  it.each(cases)(
    '%s: a path per problem, exit 1, nothing echoed, nothing written',
    async (_name, content, expected) => {
      const path = file(`bad-${_name.replaceAll(' ', '-')}.json`, content);
      const out = join(dir, `bad-${_name.replaceAll(' ', '-')}.html`);
      const digest = await run(['digest', '--data', path, '--as-of', '2026-11-20', '--html', out]);
      expect(digest.code).toBe(1);
      for (const e of expected) expect(digest.stderr).toContain(e);
      expect(digest.stdout + digest.stderr).not.toContain(SECRET);
      expect(digest.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(out)).toBe(false);
      const validate = await run(['validate', path]);
      expect(validate.code).toBe(1);
      for (const e of expected) expect(validate.stdout).toContain(e);
      expect(validate.stdout).not.toContain(SECRET);
    },
  );

  it('reports dangling references by path, in --json too', async () => {
    const data = structuredClone(generateDemoPractice());
    const first = data.claims[0];
    if (first === undefined) throw new Error('fixture');
    first.payerId = SECRET as typeof first.payerId;
    const path = file('dangling.json', JSON.stringify(data));
    const { code, stdout } = await run(['validate', path, '--json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.valid).toBe(false);
    expect(report.issues).toEqual([
      expect.objectContaining({ at: '$.claims[0].payerId', code: 'ops.data.unknown_reference' }),
    ]);
    expect(stdout).not.toContain(SECRET);
  });

  it('says a valid file is valid, exit 0', async () => {
    const { code, stdout } = await run(['validate', demoFile]);
    expect(code).toBe(0);
    expect(stdout).toContain('valid');
  });
});

describe('practice-ops in pipes', () => {
  it('exits 0 quietly when the reader stops early (demo --json | head -1)', () => {
    const result = spawnSync(
      'bash',
      ['-c', `"${process.execPath}" "${bin}" demo --json | head -1; exit \${PIPESTATUS[0]}`],
      {
        encoding: 'utf8',
      },
    );
    expect(result.stdout).toBe('{\n');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe.concurrent('practice-ops init', () => {
  it('writes a valid starter file to stdout, which validate accepts and digest runs on', async () => {
    const init = await run(['init', '--clinicians', '3', '--state', 'TX', '--as-of', '2026-11-17']);
    expect(init.code).toBe(0);
    expect(init.stderr).toBe('');
    const data = JSON.parse(init.stdout);
    expect(data.practice).toMatchObject({ zone: 'America/Chicago', state: 'TX' });
    expect(data.clinicians).toHaveLength(3);
    expect(data.clients).toHaveLength(9);
    const path = file('starter.json', init.stdout);
    expect(await run(['validate', path])).toMatchObject({ code: 0, stdout: 'The data file is valid.\n' });
    const digest = await run(['digest', '--data', path, '--as-of', '2026-11-17', '--json']);
    expect(digest.code).toBe(0);
    expect(JSON.parse(digest.stdout).queue.tasks.length).toBeGreaterThan(0);
  });

  it('writes FILE and says so, refuses to replace it without --force, and replaces it with --force', async () => {
    const path = join(dir, 'init-practice.json');
    const first = await run([
      'init',
      path,
      '--as-of',
      '2026-11-17',
      '--zone',
      'America/Phoenix',
      '--state',
      'AZ',
    ]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Wrote a starter practice file: 2 clinicians, 6 clients, 12 appointments');
    expect(JSON.parse(readFileSync(path, 'utf8')).practice.zone).toBe('America/Phoenix');
    writeFileSync(path, 'my own data');
    const again = await run(['init', path, '--as-of', '2026-11-17']);
    expect(again.code).toBe(4);
    expect(again.stderr).toContain('already exists; nothing was written (use --force to replace it)');
    expect(readFileSync(path, 'utf8')).toBe('my own data');
    expect((await run(['init', path, '--force', '--as-of', '2026-11-17'])).code).toBe(0);
    expect(JSON.parse(readFileSync(path, 'utf8')).practice.state).toBe('NY');
  });

  it('starts from today when no --as-of is given', async () => {
    const data = JSON.parse((await run(['init', '--clinicians', '1'])).stdout);
    const year = new Date().getUTCFullYear();
    expect(data.practice.holidays[0].slice(0, 4)).toMatch(new RegExp(`^(${year - 1}|${year}|${year + 1})$`));
  });
});

describe.concurrent('many problems', () => {
  const data = structuredClone(generateDemoPractice()) as unknown as {
    appointments: Record<string, unknown>[];
  };
  for (const [i, a] of data.appointments.entries()) {
    a.start = i % 2 === 0 ? 'soon' : '2026-02-30T09:00:00-05:00';
    a.sesionFeeCents = 100;
  }
  const path = file('many-problems.json', JSON.stringify(data));
  const count = data.appointments.length * 2;

  it('prints at most 50 problem lines and a count of every problem by code', async () => {
    const { code, stdout } = await run(['validate', path]);
    expect(code).toBe(1);
    expect(stdout).toContain(`The data file has ${count.toLocaleString('en-US')} problems:`);
    expect(stdout.split('\n').filter((l) => l.startsWith('  $'))).toHaveLength(50);
    expect(stdout).toContain(
      `… and ${(count - 50).toLocaleString('en-US')} more (--json lists the first 100)`,
    );
    expect(stdout).toMatch(
      /Problems by code:\n {2}core\.instant\.invalid +[\d,]+\n {2}core\.object\.unknown_field +[\d,]+\n/,
    );
  });

  it('gives --json the first 100 problems, the rest by code, and the total', async () => {
    const { code, stdout } = await run(['validate', path, '--json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.valid).toBe(false);
    expect(report.problemCount).toBe(count);
    expect(report.issues).toHaveLength(100);
    const unlisted = Object.values(report.unlisted as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(unlisted).toBe(count - 100);
  });

  it('prints the same bounded list when digest refuses the file', async () => {
    const { code, stdout, stderr } = await run(['digest', '--data', path, '--as-of', '2026-11-20']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.split('\n').filter((l) => l.startsWith('  $'))).toHaveLength(50);
    expect(stderr).toContain('Problems by code:');
  });
});

describe.concurrent('a misspelt field never passes silently', () => {
  it('rejects `payerClass` on a Medicaid client with "did you mean `payerClasses`?", and charges no $150 fee', async () => {
    // The demo's Medicaid client with a late cancellation: the policy waives the fee for Medicaid.
    const demo = JSON.parse((await run(['demo', '--json'])).stdout) as {
      queue: { tasks: { kind: string; title: string; related: { kind: string; id: string }[] }[] };
    };
    const data = structuredClone(generateDemoPractice());
    const waived = demo.queue.tasks.find(
      (t) =>
        t.kind === 'scheduling.missed_session_fee' &&
        t.title.includes('no fee') &&
        data.clients.some((c) => c.payerClasses.includes('medicaid') && t.related.some((r) => r.id === c.id)),
    );
    const index = data.clients.findIndex((c) => waived?.related.some((r) => r.id === c.id));
    expect(index).toBeGreaterThanOrEqual(0);
    const { payerClasses, ...rest } = data.clients[index] as (typeof data.clients)[number];
    const renamed = {
      ...data,
      clients: data.clients.map((c, i) => (i === index ? { ...rest, payerClass: payerClasses } : c)),
    };
    const path = file('payer-class.json', JSON.stringify(renamed, null, 2));

    const validate = await run(['validate', path]);
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain(
      `$.clients[${index}]: has a field that is not in its schema: did you mean \`payerClasses\`? [core.object.unknown_field]`,
    );
    expect(validate.stdout).not.toContain('The data file is valid');

    const digest = await run(['digest', '--data', path, '--as-of', '2026-11-20']);
    expect(digest.code).toBe(1);
    expect(digest.stdout).toBe('');
    expect(digest.stderr).toContain('did you mean `payerClasses`?');
    expect(digest.stdout + digest.stderr).not.toContain('$150');
  });

  it('rejects an unknown key at the top of the file without printing its name', async () => {
    const path = file('top-key.json', JSON.stringify({ ...generateDemoPractice(), [SECRET]: 1 }));
    const { code, stdout } = await run(['validate', path]);
    expect(code).toBe(1);
    expect(stdout).toContain('$: has a field that is not in its schema (not named here');
    expect(stdout).not.toContain(SECRET);
  });
});

describe.concurrent('practice-ops schema, --help, --version', () => {
  it('prints the data file’s JSON Schema', async () => {
    const { code, stdout } = await run(['schema']);
    expect(code).toBe(0);
    const schema = JSON.parse(stdout);
    expect(schema.$schema).toContain('json-schema.org');
    expect(schema.properties.appointments.type).toBe('array');
  });

  it('prints help with the exit codes, and the package version', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes');
    const version = await run(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe.concurrent('output files and colour', () => {
  it('exits 4 when the --html file cannot be written, after checking the data', async () => {
    const { code, stderr } = await run(['demo', '--html', join(dir, 'no-such-dir', 'out.html')]);
    expect(code).toBe(4);
    expect(stderr).toContain('could not be written');
  });

  // Piped stdout (these runs) has no colour unless FORCE_COLOR asks for it, and --no-color beats it
  // (no-color.org; Node's FORCE_COLOR values). The terminal case is tests/cli/terminal-style.test.ts.
  it.each([
    ['piped, nothing set', ['demo'], {}, false],
    ['piped, NO_COLOR empty', ['demo'], { NO_COLOR: '' }, false],
    ['piped, FORCE_COLOR=1', ['demo'], { FORCE_COLOR: '1' }, true],
    ['piped, FORCE_COLOR=1 and NO_COLOR=1', ['demo'], { FORCE_COLOR: '1', NO_COLOR: '1' }, true],
    ['piped, FORCE_COLOR=0', ['demo'], { FORCE_COLOR: '0' }, false],
    ['piped, FORCE_COLOR=1 and --no-color', ['demo', '--no-color'], { FORCE_COLOR: '1' }, false],
    [
      'what-if, FORCE_COLOR=1 and --no-color',
      ['what-if', '--data', demoFile, '--proposed', 'PROPOSAL', '--as-of', '2026-11-20', '--no-color'],
      { FORCE_COLOR: '1' },
      false,
    ],
    [
      'what-if, FORCE_COLOR=true',
      ['what-if', '--data', demoFile, '--proposed', 'PROPOSAL', '--as-of', '2026-11-20'],
      { FORCE_COLOR: 'true' },
      true,
    ],
  ] as const)('colour when %s', async (_name, args, env, coloured) => {
    const proposal = file('colour-proposal.json', '{"reminders":{"hoursBefore":[24]}}');
    const result = await run(
      args.map((a) => (a === 'PROPOSAL' ? proposal : a)),
      env,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.includes('\u001b['), result.stdout.slice(0, 200)).toBe(coloured);
  });

  it('refuses --no-color where nothing is coloured, and names the option', async () => {
    const { code, stderr } = await run(['validate', demoFile, '--no-color']);
    expect(code).toBe(2);
    expect(stderr).toContain('the option --no-color does not apply to validate');
  });
});

describe('practice-ops done', () => {
  const digestOf = async (path: string, role = 'assistant') =>
    JSON.parse(
      (await run(['digest', '--data', path, '--as-of', '2026-11-20', '--role', role, '--json'])).stdout,
    );

  /** `practice-ops done TASK_ID --data PATH --by BY --as-of 2026-11-20`, then any further flags. */
  const markDone = (taskId: string, path: string, by: string, ...more: string[]) =>
    run(['done', taskId, '--data', path, '--by', by, '--as-of', '2026-11-20', ...more]);

  it('logs a task as done in the data file, keeps a backup, and the queue never hands it out again', async () => {
    const path = file('done.json', `${JSON.stringify(generateDemoPractice(), null, 2)}\n`);
    const before = readFileSync(path, 'utf8');
    const task = (await digestOf(path)).queue.tasks.find(
      (t: { due: string; kind: string }) =>
        t.kind === 'intake.good_faith_estimate_due' && t.due === '2026-11-18',
    );
    const { code, stdout, stderr } = await markDone(task.id, path, 'staff-assistant');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    // Done today (after 2026-11-18) is late, and says so.
    expect(stdout).toContain('late: it was due Wed 18 Nov');
    expect(readFileSync(`${path}.bak`, 'utf8')).toBe(before);
    const written = JSON.parse(readFileSync(path, 'utf8'));
    expect(written.completedWork).toEqual([
      expect.objectContaining({ taskId: task.id, by: 'staff-assistant', outcome: 'done' }),
    ]);
    const after = await digestOf(path);
    expect(after.queue.tasks.some((t: { id: string }) => t.id === task.id)).toBe(false);
    expect(after.queue.done).toEqual([expect.objectContaining({ taskId: task.id, late: true })]);
    // A second time: already done, nothing written.
    const again = await markDone(task.id, path, 'staff-assistant');
    expect(again.code).toBe(5);
    expect(again.stderr).toContain('already in the log');
    expect(JSON.parse(readFileSync(path, 'utf8')).completedWork).toHaveLength(1);
  });

  it('needs a fee’s outcome said, and records a waived fee', async () => {
    const path = file('done-fee.json', JSON.stringify(generateDemoPractice()));
    const fee = (await digestOf(path)).queue.tasks.find(
      (t: { kind: string; hold?: unknown }) =>
        t.kind === 'scheduling.missed_session_fee' && t.hold === undefined,
    );
    const vague = await markDone(fee.id, path, 'Pella');
    expect(vague.code).toBe(2);
    expect(vague.stderr).toContain('fee_applied or fee_waived');
    const waived = await markDone(fee.id, path, 'Pella', '--outcome', 'fee_waived');
    expect(waived.code).toBe(0);
    expect(JSON.parse(readFileSync(path, 'utf8')).completedWork[0].outcome).toBe('fee_waived');
  });

  it('writes nothing when the assistant logs the crisis message, or applies a Medicaid client’s fee', async () => {
    const path = file('done-refused.json', JSON.stringify(generateDemoPractice()));
    const before = readFileSync(path, 'utf8');
    const clinician = (await digestOf(path, 'clinician')).queue.tasks;
    const crisis = clinician.find((t: { kind: string }) => t.kind === 'boundaries.message_crisis');
    const byAssistant = await markDone(crisis.id, path, 'staff-assistant');
    expect(byAssistant.code).toBe(5);
    expect(byAssistant.stderr).toContain('[ops.done.needs_clinician]');
    const exempt = (await digestOf(path)).queue.tasks.find((t: { reasons: { code: string }[] }) =>
      t.reasons.some((r) => r.code === 'ops.queue.missed_session_fee_exempt'),
    );
    const applied = await markDone(exempt.id, path, 'staff-assistant', '--outcome', 'fee_applied');
    expect(applied.code).toBe(5);
    expect(applied.stderr).toContain('[ops.done.fee_not_chargeable]');
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect(existsSync(`${path}.bak`)).toBe(false);
    // A clinician of the file closes the crisis.
    const byClinician = await markDone(crisis.id, path, 'clin-001');
    expect(byClinician.code).toBe(0);
    expect(
      (await digestOf(path, 'clinician')).queue.tasks.some((t: { id: string }) => t.id === crisis.id),
    ).toBe(false);
  });

  it('writes nothing for a task id that is not in the day’s queue', async () => {
    const path = file('done-unknown.json', JSON.stringify(generateDemoPractice()));
    const before = readFileSync(path, 'utf8');
    const { code, stderr } = await markDone('billing.claim_submit:nope', path, 'x');
    expect(code).toBe(5);
    expect(stderr).toContain('no task with that id');
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect(existsSync(`${path}.bak`)).toBe(false);
  });

  it.each([
    [['done', '--data', 'f.json', '--by', 'x'], 'exactly one TASK_ID'],
    [['done', 't', '--by', 'x'], 'needs --data'],
    [['done', 't', '--data', 'f.json'], 'needs --by'],
    [['done', 't', '--data', 'f.json', '--by', 'x', '--outcome', 'maybe'], '--outcome must be one of'],
    [
      ['done', 't', '--data', 'f.json', '--by', 'x', '--outcome', 'fee_applied', '--answer', 'accepted'],
      'only with --outcome offer_made',
    ],
    [['done', 't', '--data', 'f.json', '--by', 'x', '--answer', 'perhaps'], '--answer must be one of'],
  ])('usage: %j', async (args, message) => {
    const { code, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});

describe.concurrent('a data file with several bad records (every one by index, none of the good lost)', () => {
  // The documented example file with one typo in each of five records: three shape problems, two ids that
  // name no record (which the shape problems hide until they are fixed).
  const example = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'examples', 'practice.json'), 'utf8'),
  );
  const bad = structuredClone(example);
  bad.appointments[2].start = '2026-11-32T10:00:00-05:00';
  bad.appointments[9].type = 'indvidual';
  bad.clients[3].payerId = [SECRET];
  bad.appointments[5].clinicianId = 'clin-10';
  bad.eligibility[1].payerId = 'bluebrid';
  const shapePath = file('batch-shape.json', JSON.stringify(bad));
  const fixed = structuredClone(bad);
  fixed.appointments[2].start = example.appointments[2].start;
  fixed.appointments[9].type = example.appointments[9].type;
  delete fixed.clients[3].payerId;
  const refsPath = file('batch-references.json', JSON.stringify(fixed));

  it('lists each shape problem by index, and says the references come next', async () => {
    const { code, stdout } = await run(['validate', shapePath]);
    expect(code).toBe(1);
    expect(stdout.split('\n').filter((l) => l.startsWith('  $'))).toEqual([
      '  $.clients[3]: has a field that is not in its schema: did you mean `payerIds`? [core.object.unknown_field]',
      '  $.appointments[2].start: must be an ISO-8601 date-time with offset [core.instant.invalid]',
      '  $.appointments[9].type: must be one of "intake", "individual", "couples", "family", "group" [invalid_value]',
    ]);
    expect(stdout).toContain(
      'References between records (ids that name no record, ids used twice) are checked',
    );
    expect(stdout).not.toContain(SECRET);
    expect(stdout).not.toContain('indvidual');
  });

  it('then lists each reference by index, both paths, and no longer says references come next', async () => {
    const { code, stdout } = await run(['validate', refsPath]);
    expect(code).toBe(1);
    expect(stdout.split('\n').filter((l) => l.startsWith('  $'))).toEqual([
      '  $.appointments[5].clinicianId: refers to a clinician that is not in $.clinicians [ops.data.unknown_reference]',
      '  $.eligibility[1].payerId: refers to a payer that is not in $.payers [ops.data.unknown_reference]',
    ]);
    expect(stdout).not.toContain('References between records');
    expect(stdout).not.toContain('bluebrid');
  });

  it('digest refuses the file whole, listing the same problems, and writes nothing', async () => {
    const { code, stdout, stderr } = await run(['digest', '--data', shapePath, '--as-of', '2026-11-20']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`the data file ${shapePath} has 3 problems; nothing was done`);
    expect(stderr).toContain('$.appointments[9].type');
    expect(stderr).toContain('References between records');
  });

  it('changes no record: the bad file is left byte for byte, and undoing the typos digests as the example does', async () => {
    const before = readFileSync(shapePath, 'utf8');
    await run(['validate', shapePath]);
    await run(['digest', '--data', shapePath, '--as-of', '2026-11-20']);
    expect(readFileSync(shapePath, 'utf8')).toBe(before);
    const [expected, actual] = await Promise.all([
      run([
        'digest',
        '--data',
        file('batch-example.json', JSON.stringify(example)),
        '--as-of',
        '2026-11-20',
        '--json',
      ]),
      run([
        'digest',
        '--data',
        file(
          'batch-fixed.json',
          JSON.stringify({ ...fixed, appointments: example.appointments, eligibility: example.eligibility }),
        ),
        '--as-of',
        '2026-11-20',
        '--json',
      ]),
    ]);
    expect(actual.code).toBe(0);
    expect(actual.stdout).toBe(expected.stdout);
  });
});

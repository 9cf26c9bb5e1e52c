// End-to-end tests of the built `practice-ops` binary, run as a user runs it: real files, exit codes,
// stdout and stderr. `npm test` builds dist/ first (for a local run: npm run build).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDemoPractice } from '../../src/ops/index.js';

const bin = join(import.meta.dirname, '..', '..', 'dist', 'cli', 'main.js');
const dir = mkdtempSync(join(tmpdir(), 'practice-ops-cli-'));

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const SECRET = 'Zebediah-Quillfeather-7731';
const demoFile = file('demo.json', JSON.stringify(generateDemoPractice()));

describe('practice-ops demo', () => {
  it('prints the assistant’s queue for the built-in practice, exit 0, no colour when piped', () => {
    const { code, stdout, stderr } = run(['demo']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('work queue for the assistant, 2026-11-20');
    expect(stdout).toContain('Routed to clinicians now');
    expect(stdout).not.toContain('\u001b[');
  });

  it('gives machine-readable JSON with --json', () => {
    const { code, stdout } = run(['demo', '--json', '--role', 'clinician']);
    expect(code).toBe(0);
    const digest = JSON.parse(stdout);
    expect(digest.queue.role).toBe('clinician');
    expect(digest.queue.tasks[0].priority).toBe('crisis');
    expect(digest.charts.agingBuckets).toHaveLength(5);
  });

  it('writes one self-contained HTML page with inline SVG charts', () => {
    const out = join(dir, 'demo.html');
    const { code } = run(['demo', '--html', out]);
    expect(code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect((html.match(/<svg /g) ?? []).length).toBe(4);
    expect(html).not.toMatch(/<script|src=|href=/);
  });
});

describe('practice-ops digest', () => {
  it('runs on a data file as of a date', () => {
    const { code, stdout } = run(['digest', '--data', demoFile, '--as-of', '2026-11-20', '--json']);
    expect(code).toBe(0);
    const digest = JSON.parse(stdout);
    expect(digest.queue.asOf).toBe('2026-11-20');
    expect(digest.queue.role).toBe('assistant');
  });

  it('is the same as the demo for the demo data on the demo date', () => {
    const a = run(['demo', '--json']).stdout;
    const b = run(['digest', '--data', demoFile, '--as-of', '2026-11-20', '--json']).stdout;
    expect(b).toBe(a);
  });

  it('uses colour only on a terminal: never with NO_COLOR, never when piped', () => {
    expect(
      run(['digest', '--data', demoFile, '--as-of', '2026-11-20'], { NO_COLOR: '1' }).stdout,
    ).not.toContain('\u001b[');
  });

  it.each([
    [['digest', '--data', demoFile], 'needs --as-of'],
    [['digest', '--as-of', '2026-11-20'], 'needs --data'],
    [['digest', '--data', demoFile, '--as-of', '2026-02-30'], '--as-of must be a real calendar date'],
    [['digest', '--data', demoFile, '--as-of', 'tomorrow'], '--as-of must be a real calendar date'],
    [['digest', '--data', demoFile, '--as-of', '2026-11-20', '--role', 'janitor'], '--role must be one of'],
    [['frobnicate'], 'unknown command'],
    [['demo', '--bogus'], 'unknown option'],
    [['validate'], 'validate takes exactly one FILE'],
    [['schema', '--json'], 'does not apply to schema'],
  ])('exits 2 with a usage message for %j', (args, message) => {
    const { code, stdout, stderr } = run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 3 when the data file cannot be read, and writes nothing', () => {
    const out = join(dir, 'never.html');
    const { code, stderr } = run([
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

describe('bad data files', () => {
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
    (_name, content, expected) => {
      const path = file(`bad-${_name.replaceAll(' ', '-')}.json`, content);
      const out = join(dir, `bad-${_name.replaceAll(' ', '-')}.html`);
      const digest = run(['digest', '--data', path, '--as-of', '2026-11-20', '--html', out]);
      expect(digest.code).toBe(1);
      for (const e of expected) expect(digest.stderr).toContain(e);
      expect(digest.stdout + digest.stderr).not.toContain(SECRET);
      expect(digest.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(out)).toBe(false);
      const validate = run(['validate', path]);
      expect(validate.code).toBe(1);
      for (const e of expected) expect(validate.stdout).toContain(e);
      expect(validate.stdout).not.toContain(SECRET);
    },
  );

  it('reports dangling references by path, in --json too', () => {
    const data = structuredClone(generateDemoPractice());
    const first = data.claims[0];
    if (first === undefined) throw new Error('fixture');
    first.payerId = SECRET as typeof first.payerId;
    const path = file('dangling.json', JSON.stringify(data));
    const { code, stdout } = run(['validate', path, '--json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.valid).toBe(false);
    expect(report.issues).toEqual([
      expect.objectContaining({ at: '$.claims[0].payerId', code: 'ops.data.unknown_reference' }),
    ]);
    expect(stdout).not.toContain(SECRET);
  });

  it('says a valid file is valid, exit 0', () => {
    const { code, stdout } = run(['validate', demoFile]);
    expect(code).toBe(0);
    expect(stdout).toContain('valid');
  });
});

describe('a misspelt field never passes silently', () => {
  it('rejects `payerClass` on a Medicaid client with "did you mean `payerClasses`?", and charges no $150 fee', () => {
    // The demo's Medicaid client with a late cancellation: the policy waives the fee for Medicaid.
    const demo = JSON.parse(run(['demo', '--json']).stdout) as {
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

    const validate = run(['validate', path]);
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain(
      `$.clients[${index}]: has a field that is not in its schema: did you mean \`payerClasses\`? [core.object.unknown_field]`,
    );
    expect(validate.stdout).not.toContain('The data file is valid');

    const digest = run(['digest', '--data', path, '--as-of', '2026-11-20']);
    expect(digest.code).toBe(1);
    expect(digest.stdout).toBe('');
    expect(digest.stderr).toContain('did you mean `payerClasses`?');
    expect(digest.stdout + digest.stderr).not.toContain('$150');
  });

  it('rejects an unknown key at the top of the file without printing its name', () => {
    const path = file('top-key.json', JSON.stringify({ ...generateDemoPractice(), [SECRET]: 1 }));
    const { code, stdout } = run(['validate', path]);
    expect(code).toBe(1);
    expect(stdout).toContain('$: has a field that is not in its schema (not named here');
    expect(stdout).not.toContain(SECRET);
  });
});

describe('practice-ops schema, --help, --version', () => {
  it('prints the data file’s JSON Schema', () => {
    const { code, stdout } = run(['schema']);
    expect(code).toBe(0);
    const schema = JSON.parse(stdout);
    expect(schema.$schema).toContain('json-schema.org');
    expect(schema.properties.appointments.type).toBe('array');
  });

  it('prints help with the exit codes, and the package version', () => {
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes');
    const version = run(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('output files and colour', () => {
  it('exits 4 when the --html file cannot be written, after checking the data', () => {
    const { code, stderr } = run(['demo', '--html', join(dir, 'no-such-dir', 'out.html')]);
    expect(code).toBe(4);
    expect(stderr).toContain('could not be written');
  });

  it('uses colour only on a terminal and never with NO_COLOR', async () => {
    const { wantsColour, terminalStyle } = await import('../../src/cli/terminal-style.js');
    expect(wantsColour(true, {})).toBe(true);
    expect(wantsColour(true, { NO_COLOR: '' })).toBe(false);
    expect(wantsColour(false, {})).toBe(false);
    expect(terminalStyle(true).red('x')).toBe('\u001b[31mx\u001b[39m');
    expect(terminalStyle(false).red('x')).toBe('x');
  });
});

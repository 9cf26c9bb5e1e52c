// The CLI as a person who has just installed the package meets it (the cli35 audit of 2026-12-07): help,
// a starter file, the day view, `done`, `what-if`, and data files broken the ways real ones are (a typo in
// a key, a missing file, a date written another way, an unknown zone, a file saved as UTF-16 or
// Windows-1252, an empty file, a 50 MB file). Each error must say what to fix and where (the file, the
// JSON path), exit with its documented code, echo no value and no unknown key (they may be PHI), and
// print no stack trace. `npm test` builds dist/ first (for a local run: npm run build).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createStarterPractice } from '../../src/ops/index.js';

const bin = join(import.meta.dirname, '..', '..', 'dist', 'cli', 'main.js');
const dir = mkdtempSync(join(tmpdir(), 'practice-ops-first-use-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
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

const path = (name: string) => join(dir, name);
function file(name: string, content: string | Buffer): string {
  writeFileSync(path(name), content);
  return path(name);
}

/** What every run must keep: no stack trace, no colour when piped, nothing from the file echoed. */
function expectClean(result: Run, ...secrets: string[]): void {
  const all = result.stdout + result.stderr;
  expect(all).not.toMatch(/\n\s+at \S+ \(|\n\s+at (file|node):/);
  expect(all).not.toMatch(/Error:|TypeError|SyntaxError/);
  expect(all).not.toContain('\u001b[');
  for (const s of secrets) expect(all).not.toContain(s);
}

/** Lines wider than 80 columns, but for one word alone (a task id longer than the line is never split). */
const longLines = (text: string) =>
  text.split('\n').filter((l) => [...l].length > 80 && l.trim().includes(' '));

// A starter practice as `practice-ops init` writes it, on 2026-11-20 in New York.
const starter = createStarterPractice({ asOf: '2026-11-20', state: 'NY', zone: 'America/New_York' });
const starterText = `${JSON.stringify(starter, null, 2)}\n`;
const SECRET = 'Zebediah Quillfeather';
const withName = (text: string) => text.replace('"Your Practice Name"', `"${SECRET}"`);

describe.concurrent('help, as a new user reads it', () => {
  it('fits --help in 80 columns and names every command and exit code', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(longLines(help.stdout)).toEqual([]);
    for (const c of ['demo', 'digest', 'done', 'what-if', 'validate', 'schema', 'init'])
      expect(help.stdout).toContain(`practice-ops ${c}`);
    expect(help.stdout).toContain('70 internal error');
    expect(help.stdout).toContain('practice-ops COMMAND --help');
  });

  it.each(['demo', 'digest', 'done', 'what-if', 'validate', 'schema', 'init'])(
    'prints only the usage of %s, its options and the exit codes (COMMAND --help, help COMMAND)',
    async (command) => {
      const [flag, word] = await Promise.all([run([command, '--help']), run(['help', command])]);
      expect(flag).toEqual(word);
      expect(flag.code).toBe(0);
      expect(flag.stderr).toBe('');
      expect(flag.stdout).toContain(`practice-ops ${command}`);
      const others = ['demo', 'digest', 'done', 'what-if', 'validate', 'schema', 'init'].filter(
        (c) => c !== command && !(command === 'what-if' && c === 'done'),
      );
      for (const other of others) expect(flag.stdout).not.toContain(`practice-ops ${other} `);
      expect(flag.stdout).toContain('Exit codes');
      expect(longLines(flag.stdout)).toEqual([]);
    },
  );

  it('says which command’s help to read after a usage error, exit 2, nothing on stdout', async () => {
    const missing = await run(['done', 'some-task']);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toBe(
      'practice-ops: done needs --data FILE\nRun practice-ops done --help for usage.\n',
    );
    const unknown = await run(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Run practice-ops --help for usage.');
    expectClean(missing);
    expectClean(unknown);
  });
});

describe.concurrent('broken data files: what to fix and where, never the value', () => {
  it('a typo in a key (`zoen`): the path, the key it may have meant, exit 1, the typo never printed', async () => {
    const data = file('typo.json', withName(starterText).replace('"zone":', '"zoen":'));
    const [validate, digest] = await Promise.all([
      run(['validate', data]),
      run(['digest', '--data', data, '--as-of', '2026-11-20']),
    ]);
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain(
      '$.practice: has a field that is not in its schema: did you mean `zone`?',
    );
    expect(digest.code).toBe(1);
    expect(digest.stdout).toBe('');
    expect(digest.stderr).toContain(`the data file ${data} has 2 problems; nothing was done`);
    expectClean(validate, 'zoen', SECRET);
    expectClean(digest, 'zoen', SECRET);
  });

  it('a missing file, or a folder: exit 3, naming the file and why', async () => {
    const missing = path('no-such-practice.json');
    const folder = path('a-folder');
    mkdirSync(folder);
    const [gone, isDir, done] = await Promise.all([
      run(['digest', '--data', missing, '--as-of', '2026-11-20']),
      run(['validate', folder]),
      run(['done', 'x', '--data', missing, '--by', 'staff-1']),
    ]);
    expect(gone).toMatchObject({ code: 3, stdout: '' });
    expect(gone.stderr).toBe(`practice-ops: cannot read the data file ${missing}: the file does not exist\n`);
    expect(isDir.code).toBe(3);
    expect(isDir.stderr).toContain('the path is a directory, not a file');
    expect(done.code).toBe(3);
    for (const r of [gone, isDir, done]) expectClean(r);
  });

  it('a date written 11/13/2026 10:00: its path, the form it needs, exit 1', async () => {
    const data = structuredClone(starter) as unknown as { appointments: { start: string }[] };
    (data.appointments[0] as { start: string }).start = '11/13/2026 10:00';
    const text = JSON.stringify(data, null, 2);
    const result = await run(['validate', file('us-date.json', text)]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '$.appointments[0].start: must be an ISO-8601 date-time with offset [core.instant.invalid]',
    );
    expectClean(result, '11/13/2026');
  });

  it('an unknown zone (America/Chicgo): its path and code, exit 1, the value not echoed', async () => {
    const text = starterText.replace('"America/New_York"', '"America/Chicgo"');
    const result = await run(['digest', '--data', file('zone.json', text), '--as-of', '2026-11-20']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('$.practice.zone: must be a known IANA time zone [core.zone.unknown]');
    expectClean(result, 'Chicgo');
  });

  it('a file saved as UTF-16 (Excel’s “Unicode text”): says so and to save it as UTF-8, exit 1', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(withName(starterText), 'utf16le')]);
    const noBom = Buffer.from(withName(starterText), 'utf16le');
    const [withBom, without] = await Promise.all([
      run(['validate', file('utf16.json', le)]),
      run(['digest', '--data', file('utf16-nobom.json', noBom), '--as-of', '2026-11-20']),
    ]);
    expect(withBom.code).toBe(1);
    expect(withBom.stdout).toContain('$: is saved as UTF-16 text: save the file as UTF-8');
    expect(withBom.stdout).toContain('[json.encoding]');
    // Nothing was checked yet: the references are not what comes next.
    expect(withBom.stdout).not.toContain('References between records');
    expect(without.code).toBe(1);
    expect(without.stderr).toContain('is saved as UTF-16 text');
    expectClean(withBom, SECRET);
    expectClean(without, SECRET);
  });

  it('a file saved as Windows-1252 (an accented name): refused, not validated with the name garbled', async () => {
    // Before 2026-12-07 "José" was read as "Jos\uFFFD" and the file was valid.
    const text = withName(starterText).replace('"Your', '"José');
    const latin1 = Buffer.from(starterText.replace('"name": "', '"name": "José '), 'latin1');
    const [bad, good] = await Promise.all([
      run(['validate', file('latin1.json', latin1)]),
      run(['validate', file('utf8-accent.json', text)]),
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('$: is not UTF-8 text');
    expect(bad.stdout).toContain('[json.encoding]');
    expect(good).toMatchObject({ code: 0, stdout: 'The data file is valid.\n' });
    expectClean(bad, 'Jos');
  });

  it('an empty file, or only spaces: says it is empty, exit 1, and not that references come next', async () => {
    const [empty, spaces] = await Promise.all([
      run(['validate', file('empty.json', '')]),
      run(['validate', file('spaces.json', '  \n\n')]),
    ]);
    for (const r of [empty, spaces]) {
      expect(r.code).toBe(1);
      expect(r.stdout).toBe(
        'The data file has 1 problem:\n  $: is not valid JSON (the file is empty) [json.syntax]\n',
      );
      expectClean(r);
    }
  });

  it('a 50 MB file: a starter practice padded to 50 MB is read and valid; 50 MB of binary is refused', async () => {
    const padded = file('padded.json', starterText.replace('{', `{${' '.repeat(50 * 1024 * 1024)}`));
    const binary = Buffer.alloc(50 * 1024 * 1024, 0x41);
    binary[1000] = 0;
    const [valid, refused] = await Promise.all([
      run(['validate', padded]),
      run(['digest', '--data', file('binary.json', binary), '--as-of', '2026-11-20']),
    ]);
    expect(valid).toMatchObject({ code: 0, stdout: 'The data file is valid.\n', stderr: '' });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('$: holds binary data (zero bytes), not JSON text');
    expectClean(refused, 'AAAA');
  }, 120_000);

  it('a bad file for `done`: exit 1, the file left byte for byte', async () => {
    const text = starterText.replace('"America/New_York"', '"America/Chicgo"');
    const data = file('done-bad.json', text);
    const result = await run([
      'done',
      'any-task',
      '--data',
      data,
      '--by',
      'staff-1',
      '--as-of',
      '2026-11-20',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`the data file ${data} has 1 problem; nothing was written`);
    expect(readFileSync(data, 'utf8')).toBe(text);
    expectClean(result, 'Chicgo');
  });
});

describe.concurrent('output files', () => {
  it('says which --html file could not be written and why, exit 4', async () => {
    const target = path('no-such-folder/today.html');
    const result = await run(['demo', '--html', target]);
    expect(result).toMatchObject({ code: 4, stdout: '' });
    expect(result.stderr).toBe(
      `practice-ops: the --html file ${target} could not be written: its folder does not exist\n`,
    );
  });

  it('names the file init will not replace, and a file name’s control characters are not printed', async () => {
    const existing = file('mine\u001b[31m.json', 'my own data');
    const result = await run(['init', existing, '--as-of', '2026-11-20']);
    expect(result.code).toBe(4);
    expect(result.stderr).toContain(`${path('mine?[31m.json')} already exists; nothing was written`);
    expectClean(result);
  });
});

describe.concurrent('the day view at 80 columns, piped, with NO_COLOR', () => {
  // The demo of 2026-11-20: how many task ids each role's terminal view lists (the owner's work is counted).
  // The assistant's went from 49 to 48 when wait-0001's check-in joined its slot offer (one call, ops41).
  it.each([
    ['assistant', 48],
    ['clinician', 3],
    ['supervisor', 1],
    ['practice_owner', 0],
    ['biller', 116],
    ['credentialing_coordinator', 14],
  ] as const)(
    'wraps the %s’s queue to 80 columns, each of at least %i task ids whole on its own line, no colour',
    async (role, listed) => {
      const [narrow, wide, json] = await Promise.all([
        run(['demo', '--role', role], { NO_COLOR: '1' }),
        run(['demo', '--role', role], { COLUMNS: '1000' }),
        run(['demo', '--role', role, '--json']),
      ]);
      expect(narrow.code).toBe(0);
      expect(longLines(narrow.stdout)).toEqual([]);
      expectClean(narrow);
      // Wrapping moves words, never changes them.
      const words = (text: string) => text.split(/\s+/).filter((w) => w !== '');
      expect(words(narrow.stdout)).toEqual(words(wide.stdout));
      const ids: string[] = JSON.parse(json.stdout).queue.tasks.map((t: { id: string }) => t.id);
      const lines = narrow.stdout.split('\n').map((l) => l.trim());
      const shown = ids.filter((id) => narrow.stdout.includes(id));
      expect(shown.length).toBeGreaterThanOrEqual(listed);
      for (const id of shown) expect(lines.some((l) => l === id || l.endsWith(` ${id}`))).toBe(true);
    },
  );

  it('starts a wrapped row’s next line deeper than the row’s own lines', async () => {
    const { stdout } = await run(['demo']);
    const lines = stdout.split('\n');
    const at = lines.findIndex((l) => l.startsWith('    Bram Pennyroyal  Wed 18 Nov overdue 2 days'));
    expect(at).toBeGreaterThan(-1);
    expect(lines[at + 1]).toMatch(/^ {8}\S/);
    expect(lines[at + 2]).toBe('      Past its due date and not delivered.');
  });

  it('keeps --json valid JSON on stdout and the problems on stderr', async () => {
    const broken = file('json-broken.json', starterText.replace('"America/New_York"', '"Nowhere/Land"'));
    const [digest, validate] = await Promise.all([
      run(['digest', '--data', broken, '--as-of', '2026-11-20', '--json']),
      run(['validate', broken, '--json']),
    ]);
    expect(digest).toMatchObject({ code: 1, stdout: '' });
    expect(digest.stderr).toContain('$.practice.zone');
    expect(validate.code).toBe(1);
    expect(JSON.parse(validate.stdout)).toMatchObject({ valid: false, problemCount: 1 });
    expect(validate.stderr).toBe('');
    expectClean(digest, 'Nowhere');
    expectClean(validate, 'Nowhere');
  });
});

describe.concurrent('what-if with a broken proposal', () => {
  const data = file('what-if-data.json', starterText);

  it('a proposal that is not JSON: names the file and the line, not “must be an object”', async () => {
    const proposed = file('proposal-broken.json', '{"cancellation": {\n  "notice": }\n}');
    const result = await run(['what-if', '--data', data, '--proposed', proposed, '--as-of', '2026-11-20']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `practice-ops: the proposed policy file ${proposed} has 1 problem; nothing was done:\n` +
        '  $: is not valid JSON',
    );
    expect(result.stderr).not.toContain('must be a JSON object');
  });

  it('a proposal saved as UTF-16 says so; one with a wrong field counts its problems in words', async () => {
    const utf16 = file('proposal-utf16.json', Buffer.from('\ufeff{"cancellation": {}}', 'utf16le'));
    const wrong = file('proposal-wrong.json', JSON.stringify({ cancellation: { noticeHour: 48 } }));
    const [a, b] = await Promise.all([
      run(['what-if', '--data', data, '--proposed', utf16, '--as-of', '2026-11-20']),
      run(['what-if', '--data', data, '--proposed', wrong, '--as-of', '2026-11-20']),
    ]);
    expect(a.code).toBe(1);
    expect(a.stderr).toContain('is saved as UTF-16 text');
    expect(b.code).toBe(1);
    expect(b.stderr).toContain(`the proposed policy file ${wrong} has 2 problems; nothing was done`);
    expectClean(a);
    expectClean(b, 'noticeHour');
  });
});

// The ESM and CommonJS builds each define their own `ValidationError`; an app that loads both (a CommonJS
// dependency beside ESM code) must still catch either build's error by class. Run on the built package in
// a child process (`npm test` builds dist/ first; for a local run: npm run build).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PracticeOpsError, ValidationError } from '../../src/core/index.js';

const dist = join(import.meta.dirname, '..', '..', 'dist');

// Loads dist/index.js and dist/index.cjs in one process; each build throws a ValidationError of its own
// (validate given a date that is not one), checked against both classes; a plain Error and a look-alike are not one.
const script = `
import { createRequire } from 'node:module';
const esm = await import(${JSON.stringify(pathToFileURL(join(dist, 'index.js')).href)});
const cjs = createRequire(import.meta.url)(${JSON.stringify(join(dist, 'index.cjs'))});
const thrown = (lib) => { try { lib.validate(lib.LocalDate, '2026-02-30', 'date'); } catch (e) { return e; } return undefined; };
const fromEsm = thrown(esm);
const fromCjs = thrown(cjs);
const lookAlike = Object.assign(new Error('x'), { name: 'ValidationError', issues: [] });
console.log(JSON.stringify({
  distinctClasses: esm.ValidationError !== cjs.ValidationError,
  esmByEsm: fromEsm instanceof esm.ValidationError,
  esmByCjs: fromEsm instanceof cjs.ValidationError,
  cjsByCjs: fromCjs instanceof cjs.ValidationError,
  cjsByEsm: fromCjs instanceof esm.ValidationError,
  names: [fromEsm.name, fromCjs.name],
  plainError: [new Error('x') instanceof esm.ValidationError, new Error('x') instanceof cjs.ValidationError],
  lookAlike: [lookAlike instanceof esm.ValidationError, lookAlike instanceof cjs.ValidationError],
  primitives: [null, undefined, 'ValidationError', 0].some((v) => v instanceof esm.ValidationError),
}));
`;

describe('ValidationError across the ESM and CommonJS builds', () => {
  it('answers instanceof both ways when one process loads both builds', () => {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
      cwd: join(import.meta.dirname, '..', '..'),
    });
    expect(run.status, run.stderr.slice(-400)).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      distinctClasses: true,
      esmByEsm: true,
      esmByCjs: true,
      cjsByCjs: true,
      cjsByEsm: true,
      names: ['ValidationError', 'ValidationError'],
      plainError: [false, false],
      lookAlike: [false, false],
      primitives: false,
    });
  });

  it('keeps the ordinary checks in one build', () => {
    const error = new ValidationError('date', [{ path: [], at: '$', code: 'invalid_type', message: 'm' }]);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toBeInstanceOf(PracticeOpsError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ValidationError');
    expect(new PracticeOpsError('c', 'm')).not.toBeInstanceOf(ValidationError);
    expect(Object.getOwnPropertySymbols(error)).toEqual([]);
  });

  it('leaves a subclass to the prototype check', () => {
    class Narrower extends ValidationError {}
    const plain = new ValidationError('date', [{ path: [], at: '$', code: 'invalid_type', message: 'm' }]);
    const narrow = new Narrower('date', [{ path: [], at: '$', code: 'invalid_type', message: 'm' }]);
    expect(narrow).toBeInstanceOf(ValidationError);
    expect(narrow).toBeInstanceOf(Narrower);
    expect(plain).not.toBeInstanceOf(Narrower);
  });
});

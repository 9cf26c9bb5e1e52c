// `npm test`: the type check and the word model's check (its committed weights are what the tuning sets fit)
// run beside lint, build and vitest (they need none of them), so the suite takes about as long as its longest
// part instead of their sum; their output is printed when they end. The build writes the types too (unchecked:
// the type check beside it checks the sources): the docs' examples are typechecked against them, as a user's
// code is (tests/docs/examples-typecheck.test.ts).
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const bin = (name) => join(import.meta.dirname, '..', 'node_modules', '.bin', name);

function run(command, args, capture = false) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    if (capture) {
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
    }
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const typecheck = run(bin('tsc'), ['--noEmit'], true);
const wordModel = run(process.execPath, [join(import.meta.dirname, 'fit-word-model.mjs'), '--check'], true);
let status = 0;
for (const [command, args] of [
  [bin('biome'), ['check', '.']],
  [process.execPath, [join(import.meta.dirname, 'build.mjs'), '--types-unchecked']],
  [bin('vitest'), ['run', '--coverage']],
]) {
  status = (await run(command, args)).code;
  if (status !== 0) break;
}
const types = await typecheck;
process.stdout.write(types.output);
console.log(
  types.code === 0 ? '\ntypecheck (tsc --noEmit): no errors' : '\ntypecheck (tsc --noEmit): FAILED',
);
const model = await wordModel;
process.stdout.write(model.output);
console.log(
  model.code === 0
    ? 'word model (fit-word-model.mjs --check): the committed weights are current'
    : 'word model (fit-word-model.mjs --check): FAILED',
);
process.exitCode = status || types.code || model.code;

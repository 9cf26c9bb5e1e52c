// fast-check with one setting, PRACTICE_OPS_PROPERTY_RUNS=<percent>: each property runs that share of its
// cases, its own numRuns or the default, rounded up (so never 0). When the variable is set, vitest.config.ts
// resolves every test's 'fast-check' here. CI sets it for the unit tests against dist/ on the Nodes other
// than the one `npm test` ran every case on: there they prove the runtime (module loading, Intl, RegExp),
// and from the fixed seed (tests/setup/fast-check.ts) the cases they run are the first ones of the full run,
// so cases the full run passed.
import * as fc from '../../node_modules/fast-check/lib/fast-check.js';

export * from '../../node_modules/fast-check/lib/fast-check.js';

const setting = process.env.PRACTICE_OPS_PROPERTY_RUNS;
const percent = setting === undefined || setting === '' ? 100 : Number(setting);
if (!Number.isInteger(percent) || percent < 1 || percent > 100) {
  throw new Error('PRACTICE_OPS_PROPERTY_RUNS must be a whole percent from 1 to 100');
}

type RunParameters = { readonly numRuns?: number | undefined } | undefined;

/** The parameters with the run count fast-check would use, scaled to the set share. */
function scaled(params: RunParameters): RunParameters {
  if (percent === 100) return params;
  const runs = params?.numRuns ?? fc.readConfigureGlobal().numRuns ?? 100;
  return { ...params, numRuns: Math.ceil((runs * percent) / 100) };
}

/** `run` (fc.assert or fc.check, whose overloads differ only in the property's kind) with scaled runs. */
function withScaledRuns<F extends (property: never, params?: never) => unknown>(run: F): F {
  const scaledRun = (property: never, params?: RunParameters) => run(property, scaled(params) as never);
  return scaledRun as F;
}

export const assert = withScaledRuns(fc.assert);
export const check = withScaledRuns(fc.check);

export default { ...fc.default, assert, check };

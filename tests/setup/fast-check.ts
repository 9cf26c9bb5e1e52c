// Property runs for the whole suite. `npm test` and CI run fast-check's default of 100 runs (or the count a
// property sets for itself) from one fixed seed, so a run on a clean clone is the run the author saw: a
// property that fails there fails for everyone, and `main` does not turn red on a draw. PRACTICE_OPS_HEAVY=1
// raises the default to 1,000 runs from a fresh seed each time, the nightly or pre-release search for new
// counterexamples; FC_SEED replays any seed a failure printed.
import fc from 'fast-check';

const heavy = process.env.PRACTICE_OPS_HEAVY === '1';
const seed = process.env.FC_SEED ?? (heavy ? undefined : '20261203');
fc.configureGlobal({
  ...(heavy ? { numRuns: 1000 } : {}),
  ...(seed === undefined ? {} : { seed: Number(seed) }),
});

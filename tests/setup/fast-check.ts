// Property run counts for the whole suite. `npm test` and CI keep fast-check's default of 100 runs (or the
// count a property sets for itself); PRACTICE_OPS_HEAVY=1 raises the default to 1,000, for a nightly or
// pre-release run that searches further for counterexamples.
import fc from 'fast-check';

if (process.env.PRACTICE_OPS_HEAVY === '1') fc.configureGlobal({ numRuns: 1000 });

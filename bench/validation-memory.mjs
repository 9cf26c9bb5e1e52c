// Memory of validating a practice data file of N appointments, all good or all bad, on the built package
// (run `npx tsup` first). Usage: node --expose-gc bench/validation-memory.mjs N good|bad
// Prints one JSON line: the heap the input takes, the heap the result keeps (after a full GC), the peak
// resident memory the validation added over the input, and the time it took. tests/ops/data/validate-practice-data.test.ts runs it.
import { safeValidatePracticeData } from '../dist/ops/index.js';

const n = Number(process.argv[2] ?? 1_000_000);
const kind = process.argv[3] === 'bad' ? 'bad' : 'good';
if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc');

const base = {
  practice: { name: 'Calm Harbor', zone: 'America/Chicago', state: 'TX' },
  clinicians: [
    {
      id: 'clin-1',
      zone: 'America/Chicago',
      availability: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' }],
      modalities: ['telehealth'],
    },
  ],
  clients: [{ id: 'client-1', zone: 'America/Chicago', locationState: 'TX' }],
};

// A good session, or the same session with three problems: a misspelt field, a date that does not
// exist, and a client list that is not a list. Written as JSON text and parsed, as a data file arrives.
function appointment(i) {
  const day = String((i % 28) + 1).padStart(2, '0');
  const start = kind === 'good' ? `"2026-02-${day}T09:00:00-06:00"` : '"2026-02-30T09:00:00-06:00"';
  const clients = kind === 'good' ? '["client-1"]' : '"client-1"';
  const extra = kind === 'good' ? '' : ',"sesionFeeCents":15000';
  return `{"id":"appt-${i}","clinicianId":"clin-1","clientIds":${clients},"type":"individual","modality":{"kind":"telehealth","clientLocationState":"TX"},"start":${start},"end":"2026-02-${day}T09:50:00-06:00"${extra}}`;
}

const data = { ...base, appointments: Array.from({ length: n }, (_, i) => JSON.parse(appointment(i))) };
globalThis.gc();
const heapBefore = process.memoryUsage().heapUsed;
const rssBefore = process.memoryUsage().rss;
const started = performance.now();
const result = safeValidatePracticeData(data);
const ms = performance.now() - started;
const peakRss = process.resourceUsage().maxRSS * 1024;
globalThis.gc();
const retained = process.memoryUsage().heapUsed - heapBefore;
if (result.success !== (kind === 'good')) throw new Error(`expected the ${kind} file to be ${kind}`);
const problems = result.success
  ? 0
  : result.issues.length + Object.values(result.unlisted).reduce((a, b) => a + b, 0);
console.log(
  JSON.stringify({
    kind,
    records: n,
    problems,
    inputBytes: heapBefore,
    retainedBytes: retained,
    peakAddedBytes: Math.max(0, peakRss - rssBefore),
    ms: Math.round(ms),
  }),
);

import { bench, describe } from 'vitest';
import type { IntakeClientFileInput } from '../src/intake/index.js';

// The package as users run it: the built modules, loaded by Node. Served from the sources, vitest's
// transform turns every call between modules into a property read, about a third slower on this loop.
// `npm run bench` builds first.
const core: typeof import('../src/core/index.js') = await import('../dist/core/index.js' as string);
const intake: typeof import('../src/intake/index.js') = await import('../dist/intake/index.js' as string);
const {
  DEFAULT_INTAKE_PACKET_POLICY,
  evaluateFirstSessionReadiness,
  buildIntakeQueue,
  IntakeClientFile,
  IntakeFollowUpPolicy,
  IntakePacketPolicy,
  evaluateIntakeFollowUp,
} = intake;
const { validateBatch } = core;
// Not part of the package's exports: the work queue's path for files validated once on load, from the sources.
const { buildIntakeQueueFromValidated, DEFAULT_INTAKE_FOLLOW_UP_POLICY } = await import(
  '../src/intake/internal.js'
);

const ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'Asia/Kolkata',
];
const TYPES = [
  'informed_consent',
  'privacy_notice_acknowledgment',
  'financial_policy',
  'telehealth_consent',
  'intake_questionnaire',
  'insurance_card',
];
const STATUSES = ['complete', 'sent', 'viewed', 'partly_done', 'not_sent'] as const;
const AS_OF = '2026-03-09T12:00:00Z';
const N = 50_000;

const pad = (n: number) => String(n).padStart(2, '0');

// Deterministic synthetic packets: six documents each, a first session in the next two weeks.
function file(i: number): IntakeClientFileInput {
  const id = `c-${i}`;
  const sentDay = 1 + (i % 7);
  const sentAt = `2026-03-${pad(sentDay)}T15:00:00Z`;
  const documents = TYPES.map((type, k) => {
    const status = STATUSES[(i + k) % STATUSES.length] as (typeof STATUSES)[number];
    const base = { id: `${id}-d${k}`, clientId: id, type, status };
    if (status === 'not_sent') return base;
    if (status === 'complete') return { ...base, sentAt, completedAt: `2026-03-${pad(sentDay)}T18:00:00Z` };
    return { ...base, sentAt };
  });
  return {
    client: {
      id,
      zone: ZONES[i % ZONES.length] as string,
      birthDate: i % 10 === 0 ? '2012-05-01' : '1988-07-14',
      billing: i % 3 === 0 ? 'self_pay' : 'insured',
      modality: i % 2 === 0 ? 'telehealth' : 'in_person',
      firstSessionAt: `2026-03-${pad(10 + (i % 14))}T${pad(9 + (i % 8))}:00:00-05:00`,
    },
    documents: documents as IntakeClientFileInput['documents'],
    remindersSentAt: i % 4 === 0 ? [`2026-03-${pad(sentDay + 1)}T16:00:00Z`] : [],
  };
}

// Records arrive as JSON (an API, a database export): parsed, so their strings are flat, as in production.
const files: IntakeClientFileInput[] = JSON.parse(
  JSON.stringify(Array.from({ length: N }, (_, i) => file(i))),
);
const validated = validateBatch(IntakeClientFile, files).valid.map((v) => v.value);
const packet = IntakePacketPolicy.parse(DEFAULT_INTAKE_PACKET_POLICY);
const followUp = IntakeFollowUpPolicy.parse(DEFAULT_INTAKE_FOLLOW_UP_POLICY);
const sample = files.slice(0, 5_000);

describe('readiness and next follow-up for 50,000 clients', () => {
  bench(
    'buildIntakeQueueFromValidated (files validated on load; the rules, queues sorted)',
    () => {
      buildIntakeQueueFromValidated(validated, packet, followUp, { asOf: AS_OF });
    },
    { iterations: 7, warmupIterations: 2, time: 0 },
  );
  bench(
    'buildIntakeQueue (validates every record, then the same)',
    () => {
      buildIntakeQueue(files, DEFAULT_INTAKE_PACKET_POLICY, DEFAULT_INTAKE_FOLLOW_UP_POLICY, {
        asOf: AS_OF,
      });
    },
    { iterations: 3, warmupIterations: 1, time: 0 },
  );
  bench(
    'validation alone (validateBatch of IntakeClientFile)',
    () => {
      validateBatch(IntakeClientFile, files);
    },
    { iterations: 3, warmupIterations: 1, time: 0 },
  );
});

describe('naive baseline on 5,000 clients (multiply by 10 to compare)', () => {
  bench(
    'public per-client calls: file and both policies re-validated on every call',
    () => {
      for (const f of sample) {
        evaluateFirstSessionReadiness(f, DEFAULT_INTAKE_PACKET_POLICY, { asOf: AS_OF });
        evaluateIntakeFollowUp(f, DEFAULT_INTAKE_PACKET_POLICY, DEFAULT_INTAKE_FOLLOW_UP_POLICY, {
          asOf: AS_OF,
        });
      }
    },
    { iterations: 3, warmupIterations: 1, time: 0 },
  );
});

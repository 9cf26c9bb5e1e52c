import { bench, describe } from 'vitest';
import {
  DEFAULT_INTAKE_FOLLOW_UP_POLICY,
  DEFAULT_INTAKE_PACKET_POLICY,
  evaluateFirstSessionReadiness,
  evaluateIntakeQueue,
  type IntakeClientFileInput,
  nextIntakeFollowUp,
} from '../src/intake/index.js';

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
const ASOF = '2026-03-09T12:00:00Z';
const N = 50_000;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

// Deterministic synthetic packets: a first session in the next two weeks, documents sent last week.
function file(i: number): IntakeClientFileInput {
  const id = `c-${i}`;
  const day = 10 + (i % 14);
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
      firstSessionAt: `2026-03-${pad(day)}T${pad(9 + (i % 8))}:00:00-05:00`,
    },
    documents: documents as IntakeClientFileInput['documents'],
    remindersSentAt: i % 4 === 0 ? [`2026-03-${pad(sentDay + 1)}T16:00:00Z`] : [],
  };
}

const files = Array.from({ length: N }, (_, i) => file(i));

describe('readiness and next follow-up for 50,000 clients', () => {
  bench(
    'evaluateIntakeQueue (validate each record once, then evaluate)',
    () => {
      evaluateIntakeQueue(files, DEFAULT_INTAKE_PACKET_POLICY, DEFAULT_INTAKE_FOLLOW_UP_POLICY, {
        asOf: ASOF,
      });
    },
    { iterations: 5, warmupIterations: 1, time: 0 },
  );
  bench(
    'naive baseline: per-client public calls (each re-validates file and policies)',
    () => {
      for (const f of files) {
        evaluateFirstSessionReadiness(f, DEFAULT_INTAKE_PACKET_POLICY, { asOf: ASOF });
        nextIntakeFollowUp(f, DEFAULT_INTAKE_PACKET_POLICY, DEFAULT_INTAKE_FOLLOW_UP_POLICY, { asOf: ASOF });
      }
    },
    { iterations: 2, warmupIterations: 0, time: 0 },
  );
});

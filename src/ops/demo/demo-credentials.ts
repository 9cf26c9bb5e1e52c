// Synthetic credentials (licenses, CAQH, malpractice) and payer enrollments mid-flight.
import { fromEpochDay, npiCheckDigit } from '../../core/internal.js';
import { pad, type Row } from './demo-records.js';
import { DEMO_GEOGRAPHY } from './practice-geography.js';

/** Each clinician's credentials, some coming due, and an enrollment per accepted payer in various states. */
export function generateCredentials(
  asOfDay: number,
  clinicians: readonly Row<'clinicians'>[],
): { credentials: Row<'credentials'>[]; enrollments: Row<'enrollments'>[] } {
  const credentials: Row<'credentials'>[] = [];
  const enrollments: Row<'enrollments'>[] = [];
  const ENROLLMENT = [
    'approved',
    'approved',
    'approved',
    'in_review',
    'submitted',
    'info_requested',
    'gathering_documents',
  ] as const;
  clinicians.forEach((c, i) => {
    const base = `17${pad(i + 1, 7)}`;
    const second = DEMO_GEOGRAPHY[(i + 3) % DEMO_GEOGRAPHY.length] as (typeof DEMO_GEOGRAPHY)[number];
    credentials.push({
      clinicianId: c.id,
      individualNpi: `${base}${npiCheckDigit(base)}`,
      caqh: {
        providerId: pad(100_000 + i, 8),
        lastAttestedOn: fromEpochDay(asOfDay - (i % 2 === 0 ? 110 : 40)),
      },
      // The monthly exclusion check (LEIE, SAM, the Medicaid lists of the states licensed in), done this month:
      // without one a Medicare or Medicaid session is held as undecided [sources: cfr-42-455.436].
      exclusionScreening: {
        leieScreenedOn: fromEpochDay(asOfDay - 2 - (i % 3)),
        samScreenedOn: fromEpochDay(asOfDay - 2 - (i % 3)),
        stateMedicaid: [
          { state: c.homeState ?? 'TX', screenedOn: fromEpochDay(asOfDay - 2 - (i % 3)) },
          ...(i % 2 === 0 && second.state !== (c.homeState ?? 'TX')
            ? [{ state: second.state, screenedOn: fromEpochDay(asOfDay - 2 - (i % 3)) }]
            : []),
        ],
        // The checks of the twelve months before (a check covers a month either way): a claim billed late, for
        // a session months back, is read against the check of its month.
        earlierChecks: Array.from({ length: 12 }, (_, k) =>
          fromEpochDay(asOfDay - 2 - (i % 3) - 30 * (k + 1)),
        ).flatMap((screenedOn) => [
          { source: 'leie' as const, screenedOn },
          { source: 'sam' as const, screenedOn },
          { source: 'state_medicaid' as const, state: c.homeState ?? 'TX', screenedOn },
          ...(i % 2 === 0 && second.state !== (c.homeState ?? 'TX')
            ? [{ source: 'state_medicaid' as const, state: second.state, screenedOn }]
            : []),
        ]),
      },
      licenses: [
        {
          state: c.homeState ?? 'TX',
          type: (['LCSW', 'LPC', 'LMFT', 'psychologist'] as const)[i % 4] ?? 'LCSW',
          number: `L-${pad(i + 1, 6)}`,
          level: 'independent',
          status: 'active',
          issuedOn: fromEpochDay(asOfDay - 700),
          expiresOn: fromEpochDay(asOfDay + (i % 3 === 0 ? 25 : 400 + i)),
        },
        ...(i % 2 === 0
          ? [
              {
                state: second.state,
                type: (['LCSW', 'LPC', 'LMFT', 'psychologist'] as const)[i % 4] ?? 'LCSW',
                number: `L2-${pad(i + 1, 6)}`,
                level: 'independent' as const,
                status: 'active' as const,
                issuedOn: fromEpochDay(asOfDay - 300),
                expiresOn: fromEpochDay(asOfDay + 500),
              },
            ]
          : []),
      ],
      malpractice: [
        {
          carrier: 'Harborlight Mutual (synthetic)',
          policyNumber: `M-${pad(i + 1, 6)}`,
          effectiveOn: fromEpochDay(asOfDay - 300),
          expiresOn: fromEpochDay(asOfDay + 65),
          perClaimLimitCents: 100_000_000,
          aggregateLimitCents: 300_000_000,
        },
      ],
    });
    (c.payersAccepted ?? []).forEach((payerId, p) => {
      const status = ENROLLMENT[(i + p) % ENROLLMENT.length] as (typeof ENROLLMENT)[number];
      const path: (typeof ENROLLMENT)[number][] =
        status === 'approved'
          ? ['gathering_documents', 'submitted', 'in_review', 'approved']
          : status === 'info_requested'
            ? ['gathering_documents', 'submitted', 'in_review', 'info_requested']
            : status === 'in_review'
              ? ['gathering_documents', 'submitted', 'in_review']
              : status === 'submitted'
                ? ['gathering_documents', 'submitted']
                : ['gathering_documents'];
      const startDay = status === 'approved' ? asOfDay - 1000 : asOfDay - 90;
      const history = path.map((st, k) => ({ status: st, on: fromEpochDay(startDay + k * 20) }));
      const submitted = path.includes('submitted');
      enrollments.push({
        clinicianId: c.id,
        payerId,
        status,
        history,
        ...(submitted ? { submittedOn: fromEpochDay(startDay + 20) } : {}),
        lastContactOn: fromEpochDay(
          Math.min(asOfDay - 1, startDay + (path.length - 1) * 20 + (p % 2 === 0 ? 0 : 40)),
        ),
        ...(status === 'approved'
          ? {
              approvedOn: fromEpochDay(startDay + 60),
              effectiveOn: fromEpochDay(startDay + 60),
              credentialedOn: fromEpochDay(asOfDay - 1080 + 60 + (i % 5 === 0 ? 25 : 200)),
              // Medicare fee-for-service deactivates an enrollment with no claim for 12 months (42 CFR
              // 424.540(a)(1)): the practice records the last claim, sent a few days ago.
              ...(payerId === 'medicare'
                ? { lastClaimSubmittedOn: fromEpochDay(asOfDay - 3 - (i % 4)) }
                : {}),
            }
          : {}),
      });
    });
  });

  return { credentials, enrollments };
}

// A one-letter typo in an id must never pass: each field below once took an id that named no record and the
// file validated. Every case changes one record of a small generated practice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findReferenceProblems,
  generatePractice,
  type PracticeData,
  safeValidatePracticeData,
} from '../../../src/ops/index.js';

const BASE = generatePractice({ seed: 7, asOf: '2026-11-20', appointments: 60, claims: 30 });
const fresh = (): PracticeData => structuredClone(BASE);
const at = (data: PracticeData) => findReferenceProblems(data).map((p) => `${p.at} ${p.code}`);

function inPersonIndex(data: PracticeData): number {
  const i = data.appointments.findIndex((a) => a.modality.kind === 'in_person');
  if (i < 0) throw new Error('fixture: no in-person session');
  return i;
}

describe('findReferenceProblems: what stays free', () => {
  it('keeps an in-person location id free: an unlisted office is a fact the rules answer undecided on', () => {
    const data = fresh();
    const m = data.appointments[inPersonIndex(data)]?.modality;
    if (m?.kind !== 'in_person') throw new Error('fixture');
    m.locationId = 'annex-room-2' as never;
    expect(at(data)).toEqual([]);
  });

  it('keeps a balance’s posted remittance ids free: the file need not keep every 835 it posted', () => {
    const data = fresh();
    const balance = data.claimBalances[0];
    if (balance === undefined) throw new Error('fixture');
    balance.postedRemittanceIds = ['era-2025-archived' as never];
    expect(at(data)).toEqual([]);
  });
});

describe('findReferenceProblems for claims, authorizations and credentials', () => {
  it("reports a claim's rendering and supervising clinician that are not in $.clinicians", () => {
    const data = fresh();
    const claim = data.claims[0];
    if (claim === undefined) throw new Error('fixture');
    claim.renderingClinicianId = 'clin-0001' as never;
    claim.supervisingClinicianId = 'clin-0O1' as never;
    expect(at(data)).toEqual([
      '$.claims[0].renderingClinicianId ops.data.unknown_reference',
      '$.claims[0].supervisingClinicianId ops.data.unknown_reference',
    ]);
  });

  it("accepts a claim's rendering clinician who is in $.clinicians", () => {
    const data = fresh();
    const claim = data.claims[0];
    const clinician = data.clinicians[0];
    if (claim === undefined || clinician === undefined) throw new Error('fixture');
    claim.renderingClinicianId = clinician.id;
    expect(at(data)).toEqual([]);
  });

  it('reports a prior authorization for a clinician who is not in $.clinicians', () => {
    const data = fresh();
    const auth = data.authorizations[0];
    if (auth === undefined) throw new Error('fixture');
    auth.clinicianId = 'clin-0001' as never;
    expect(at(data)).toEqual(['$.authorizations[0].clinicianId ops.data.unknown_reference']);
  });

  it('reports a supervisor who is not in $.clinicians (a supervisee bills under their licence)', () => {
    const data = fresh();
    const credentials = data.credentials[0];
    if (credentials === undefined) throw new Error('fixture');
    credentials.supervision = [{ supervisorId: 'clin-020' as never, state: 'NY', startsOn: '2026-01-05' }];
    expect(at(data)).toEqual(['$.credentials[0].supervision[0].supervisorId ops.data.unknown_reference']);
  });

  it("reports a Medicare Advantage plan's preclusion denial for a payer that is not in $.payers (42 CFR 422.222)", () => {
    const data = fresh();
    const credentials = data.credentials[0];
    if (credentials === undefined) throw new Error('fixture');
    credentials.medicareAdvantagePreclusion = {
      listedOn: '2026-04-01',
      planDenials: [{ payerId: 'medicare-advantge' as never, paymentDeniedFrom: '2026-05-01' }],
    } as never;
    expect(at(data)).toEqual([
      '$.credentials[0].medicareAdvantagePreclusion.planDenials[0].payerId ops.data.unknown_reference',
    ]);
  });
});

describe('findReferenceProblems for payers named by the policies', () => {
  it("reports a payer's credentialing cycle for a payer id not in $.payers, in policies and in a version", () => {
    const data = fresh();
    data.policies.credentialing.payers = [{ payerId: 'medicar', program: 'medicare' } as never];
    data.policyVersions = [
      { ...structuredClone(data.policies), version: '2026-01', effectiveFrom: '2026-01-01' } as never,
    ];
    expect(at(data)).toEqual([
      '$.policies.credentialing.payers[0].payerId ops.data.unknown_reference',
      '$.policyVersions[0].credentialing.payers[0].payerId ops.data.unknown_reference',
    ]);
  });

  it('reports a filing window keyed by a payer id not in $.payers at the map, never naming the key', () => {
    const data = fresh();
    data.policies.aging.filingWindows = {
      bluebird: { amount: 90, unit: 'days' },
      bluebrid: { amount: 90, unit: 'days' },
    } as never;
    const problems = findReferenceProblems(data);
    expect(problems.map((p) => `${p.at} ${p.code}`)).toEqual([
      '$.policies.aging.filingWindows ops.data.unknown_reference',
    ]);
    expect(JSON.stringify(problems)).not.toContain('bluebrid');
  });

  it('accepts filing windows keyed by payers of the file', () => {
    const data = fresh();
    data.policies.aging.filingWindows = { bluebird: { amount: 90, unit: 'days' } } as never;
    expect(at(data)).toEqual([]);
  });
});

// Every field that holds the id of another record, with a setter that puts a given id there.
type Setter = (data: PracticeData, id: string) => string;
const SETTERS: Record<string, Setter> = {
  appointmentClinician: (d, id) => {
    (d.appointments[0] as { clinicianId: string }).clinicianId = id;
    return '$.appointments[0].clinicianId';
  },
  appointmentClient: (d, id) => {
    (d.appointments[0] as { clientIds: string[] }).clientIds = [id];
    return '$.appointments[0].clientIds[0]';
  },
  clientPayer: (d, id) => {
    (d.clients[0] as { payerIds: string[] }).payerIds = [id];
    return '$.clients[0].payerIds[0]';
  },
  claimPayer: (d, id) => {
    (d.claims[0] as { payerId: string }).payerId = id;
    return '$.claims[0].payerId';
  },
  claimRendering: (d, id) => {
    (d.claims[0] as { renderingClinicianId?: string }).renderingClinicianId = id;
    return '$.claims[0].renderingClinicianId';
  },
  balanceClaim: (d, id) => {
    (d.claimBalances[0] as { claimId: string }).claimId = id;
    return '$.claimBalances[0].claimId';
  },
  enrollmentPayer: (d, id) => {
    (d.enrollments[0] as { payerId: string }).payerId = id;
    return '$.enrollments[0].payerId';
  },
  authorizationClinician: (d, id) => {
    (d.authorizations[0] as { clinicianId: string | null }).clinicianId = id;
    return '$.authorizations[0].clinicianId';
  },
  supervisor: (d, id) => {
    (d.credentials[0] as { supervision: unknown[] }).supervision = [
      { supervisorId: id, state: 'NY', startsOn: '2026-01-05' },
    ];
    return '$.credentials[0].supervision[0].supervisorId';
  },
  policyPayer: (d, id) => {
    d.policies.credentialing.payers = [{ payerId: id, program: 'commercial' } as never];
    return '$.policies.credentialing.payers[0].payerId';
  },
  waitlistPayer: (d, id) => {
    (d.waitlist[0] as { payerId?: string }).payerId = id;
    return '$.waitlist[0].payerId';
  },
};

describe('a data file with one dangling reference', () => {
  const known = new Set<string>(
    [BASE.clinicians, BASE.clients, BASE.staff, BASE.series].flatMap((l) => l.map((r) => r.id as string)),
  );
  for (const p of BASE.payers) known.add(p.payerId);
  for (const c of BASE.claims) known.add(c.claimId);
  // Ids shaped like the file's own (a one-letter change of a real one, or a fresh one), never a real one.
  const id = fc
    .tuple(fc.constantFrom(...known), fc.nat(), fc.constantFrom('x', '0', 'q', '-'))
    .map(([real, at, letter]) => {
      const i = at % real.length;
      return `${real.slice(0, i)}${letter}${real.slice(i + 1)}`;
    })
    .map((candidate) => (known.has(candidate) ? `${candidate}-typo` : candidate));

  it('never validates, and its problem is at the field, with no value repeated', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(SETTERS)), id, (field, bad) => {
        const data = fresh();
        const path = (SETTERS[field] as Setter)(data, bad);
        const result = safeValidatePracticeData(data);
        expect(result.success).toBe(false);
        if (result.success) return;
        expect(result.issues.map((i) => `${i.at} ${i.code}`)).toContain(`${path} ops.data.unknown_reference`);
        expect(JSON.stringify(result.issues)).not.toContain(bad);
      }),
      { numRuns: 60 },
    );
  });
});

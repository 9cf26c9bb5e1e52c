import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluateLegalRecordsDemand,
  LegalDemandInstrument,
  LegalDemandPurpose,
  type LegalRecordsDemandInput,
  Part2CourtOrder,
} from '../../../src/boundaries/index.js';
import { ValidationError } from '../../../src/core/index.js';

// 42 CFR 2.12(d)(1): Part 2 records may not be used or disclosed to initiate or substantiate criminal charges
// against a patient or to investigate them, except as subpart E permits. 2.61(b)(1): a program that receives a
// subpoena may not disclose the records in response unless a court enters an authorizing order. 2.64 (noncriminal
// purposes), 2.65 (criminal investigation or prosecution of a patient), 2.66 (investigation of a program).

const codes = (demand: LegalRecordsDemandInput) =>
  evaluateLegalRecordsDemand(demand).reasons.map((r) => r.code);

describe('evaluateLegalRecordsDemand', () => {
  it('refuses a sheriff’s subpoena for a Part 2 client’s records in a drug-possession case: a subpoena alone is not enough (2.12(d), 2.61)', () => {
    const d = evaluateLegalRecordsDemand({
      purpose: 'criminal_case_against_client',
      instrument: 'subpoena',
      includesPart2Records: true,
    });
    expect(d.outcome).toBe('refused');
    expect(d.orderNeeded).toBe('subpart_e_criminal_case_against_client');
    expect(d.reasons.map((r) => r.code)).toEqual([
      'boundaries.records.part2_criminal_use_barred',
      'boundaries.records.part2_subpoena_without_order',
    ]);
    expect(d.reasons[1]?.facts).toMatchObject({ role: 'practice_owner', action: 'route_to_privacy_officer' });
  });

  it('refuses a detective’s letter asking for a Part 2 client’s records to investigate them', () => {
    expect(
      codes({ purpose: 'criminal_case_against_client', instrument: 'request', includesPart2Records: true }),
    ).toEqual(['boundaries.records.part2_criminal_use_barred']);
  });

  it('refuses a search warrant for Part 2 records without a subpart E order', () => {
    expect(
      evaluateLegalRecordsDemand({
        purpose: 'criminal_case_against_client',
        instrument: 'search_warrant',
        includesPart2Records: true,
      }).outcome,
    ).toBe('refused');
  });

  it('refuses a criminal case under an ordinary court order, or under a 2.64 order made for a noncriminal purpose', () => {
    for (const courtOrder of ['not_under_subpart_e', 'subpart_e_noncriminal', 'none'] as const) {
      const d = evaluateLegalRecordsDemand({
        purpose: 'criminal_case_against_client',
        instrument: 'court_order',
        courtOrder,
        includesPart2Records: true,
      });
      expect(d.outcome).toBe('refused');
      expect(d.reasons.map((r) => r.code)).toEqual([
        'boundaries.records.part2_criminal_use_barred',
        'boundaries.records.part2_order_not_qualifying',
      ]);
    }
  });

  it('permits a criminal case against the client under a 2.65 order, limited to what the order names', () => {
    const d = evaluateLegalRecordsDemand({
      purpose: 'criminal_case_against_client',
      instrument: 'subpoena',
      courtOrder: 'subpart_e_criminal_case_against_client',
      includesPart2Records: true,
    });
    expect(d.outcome).toBe('permitted');
    expect(d.reasons.map((r) => r.code)).toEqual(['boundaries.records.part2_order_permits']);
  });

  it('needs a 2.66 order to investigate the program, and a 2.65 order is not one', () => {
    const base = {
      purpose: 'investigation_of_program',
      instrument: 'subpoena',
      includesPart2Records: true,
    } as const;
    expect(
      evaluateLegalRecordsDemand({ ...base, courtOrder: 'subpart_e_investigation_of_program' }).outcome,
    ).toBe('permitted');
    expect(codes({ ...base, courtOrder: 'subpart_e_criminal_case_against_client' })).toEqual([
      'boundaries.records.part2_order_not_qualifying',
    ]);
    expect(codes(base)).toEqual(['boundaries.records.part2_subpoena_without_order']);
  });

  it('refuses a divorce lawyer’s subpoena for Part 2 records (a civil proceeding needs a 2.64 order), and permits it with one', () => {
    const base = {
      purpose: 'noncriminal_proceeding_against_client',
      instrument: 'subpoena',
      includesPart2Records: true,
    } as const;
    expect(codes(base)).toEqual(['boundaries.records.part2_subpoena_without_order']);
    expect(codes({ ...base, instrument: 'request' })).toEqual(['boundaries.records.part2_order_missing']);
    expect(evaluateLegalRecordsDemand({ ...base, courtOrder: 'subpart_e_noncriminal' }).outcome).toBe(
      'permitted',
    );
  });

  it('leaves a demand the client consented to for the proceeding (2.31(d)) to the privacy officer', () => {
    const d = evaluateLegalRecordsDemand({
      purpose: 'criminal_case_against_client',
      instrument: 'subpoena',
      includesPart2Records: true,
      clientConsentForProceedings: true,
    });
    expect(d.outcome).toBe('undecided');
    expect(d.reasons.map((r) => r.code)).toEqual(['boundaries.records.part2_consent_for_proceedings']);
  });

  it('leaves records that are not Part 2 to the privacy officer under HIPAA (164.512(e), (f)), never permitted outright', () => {
    const d = evaluateLegalRecordsDemand({
      purpose: 'criminal_case_against_client',
      instrument: 'subpoena',
      includesPart2Records: false,
    });
    expect(d.outcome).toBe('undecided');
    expect(d.orderNeeded).toBeNull();
    expect(d.reasons.map((r) => r.code)).toEqual(['boundaries.records.legal_demand_needs_privacy_review']);
  });

  it('reports every bad field by path without echoing values or unknown keys', () => {
    let error: unknown;
    try {
      evaluateLegalRecordsDemand({ purpose: 'fishing', instrument: 'x', badgeNumber: 7 } as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const issues = (error as ValidationError).issues;
    const text = JSON.stringify(issues);
    expect(text).not.toContain('fishing');
    expect(text).not.toContain('badgeNumber');
    expect(issues.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining([
        'demand.purpose',
        'demand.instrument',
        'demand.includesPart2Records',
        'demand',
      ]),
    );
  });

  it('never permits Part 2 records for a criminal case against the client without a 2.65 order, nor on a subpoena or warrant alone', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LegalDemandPurpose.options),
        fc.constantFrom(...LegalDemandInstrument.options),
        fc.constantFrom(...Part2CourtOrder.options),
        fc.boolean(),
        (purpose, instrument, courtOrder, clientConsentForProceedings) => {
          const d = evaluateLegalRecordsDemand({
            purpose,
            instrument,
            courtOrder,
            clientConsentForProceedings,
            includesPart2Records: true,
          });
          if (
            purpose === 'criminal_case_against_client' &&
            courtOrder !== 'subpart_e_criminal_case_against_client'
          )
            expect(d.outcome).not.toBe('permitted');
          if (courtOrder === 'none' || courtOrder === 'not_under_subpart_e')
            expect(d.outcome).not.toBe('permitted');
          if (d.outcome === 'permitted') expect(courtOrder).toBe(d.orderNeeded);
          if (d.outcome !== 'permitted') expect(d.reasons.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});

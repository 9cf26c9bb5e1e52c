import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AccessPurpose,
  isClinicalRole,
  PracticeRole,
  planRecordAccess,
  type RecordAccessContextInput,
  type RecordFieldMapInput,
} from '../../../src/boundaries/index.js';

// 42 CFR Part 2 as amended in 2024 (89 FR 12472, compliance 2026-02-16): one consent may cover all future
// treatment, payment and health care operations (2.33(b)); SUD counseling notes need a consent of their own,
// combined only with another for the same notes (2.31(b)). 45 CFR 164.508(a)(2): psychotherapy notes are
// used or disclosed with the client's authorization, apart from the author's own treatment use.

const FIELDS: RecordFieldMapInput = {
  name: { category: 'identity' },
  nextSession: { category: 'appointments', part2: true },
  sudSummary: { category: 'substance_use_record' },
  sudCounselingNotes: { category: 'psychotherapy_notes', part2: true },
  processNotes: { category: 'psychotherapy_notes' },
};

const hiddenCode = (plan: ReturnType<typeof planRecordAccess>, field: string) =>
  plan.hiddenFields.find((h) => h.field === field)?.code ?? null;

describe('Part 2 consents in the minimum-necessary plan', () => {
  it('lets an assistant scheduling a Part 2 client see the session once the client gave the single TPO consent (2.33(b))', () => {
    const without = planRecordAccess(FIELDS, { role: 'assistant', purpose: 'scheduling' });
    expect(hiddenCode(without, 'nextSession')).toBe('boundaries.access.part2_consent_missing');
    const tpo = planRecordAccess(FIELDS, { role: 'assistant', purpose: 'scheduling', part2TpoConsent: true });
    expect(tpo.visibleFields).toEqual(['name', 'nextSession']);
    // The consent does not widen the role's categories: no clinical record for the assistant.
    expect(hiddenCode(tpo, 'sudSummary')).toBe('boundaries.access.not_needed_for_purpose');
  });

  it('lets the biller see a Part 2 client’s session dates for payment under the TPO consent, never the counseling notes', () => {
    const plan = planRecordAccess(FIELDS, { role: 'biller', purpose: 'payment', part2TpoConsent: true });
    expect(plan.visibleFields).toEqual(['name', 'nextSession']);
    expect(hiddenCode(plan, 'sudCounselingNotes')).toBe('boundaries.access.psychotherapy_notes_restricted');
  });

  it('never opens SUD counseling notes with the TPO consent: they need their own (2.31(b))', () => {
    const author: RecordAccessContextInput = {
      role: 'clinician',
      purpose: 'treatment',
      isNotesAuthor: true,
      part2TpoConsent: true,
      part2ConsentPurposes: ['treatment'],
    };
    expect(hiddenCode(planRecordAccess(FIELDS, author), 'sudCounselingNotes')).toBe(
      'boundaries.access.sud_counseling_notes_consent_missing',
    );
    const ownConsent = planRecordAccess(FIELDS, {
      ...author,
      sudCounselingNotesConsentPurposes: ['treatment'],
    });
    expect(ownConsent.visibleFields).toContain('sudCounselingNotes');
  });

  it('shows psychotherapy notes to a treating clinician who is not their author only with the client’s authorization (164.508(a)(2))', () => {
    const colleague = { role: 'clinician', purpose: 'treatment' } as const;
    expect(hiddenCode(planRecordAccess(FIELDS, colleague), 'processNotes')).toBe(
      'boundaries.access.psychotherapy_notes_restricted',
    );
    const authorized = planRecordAccess(FIELDS, {
      ...colleague,
      psychotherapyNotesAuthorizationPurposes: ['treatment'],
    });
    expect(authorized.visibleFields).toContain('processNotes');
    // An authorization never opens them to an administrative role.
    const assistant = planRecordAccess(FIELDS, {
      role: 'assistant',
      purpose: 'intake',
      psychotherapyNotesAuthorizationPurposes: ['intake'],
    });
    expect(hiddenCode(assistant, 'processNotes')).toBe('boundaries.access.psychotherapy_notes_restricted');
  });

  it('never shows SUD counseling notes without their own consent for the purpose, nor psychotherapy notes to a non-clinical role (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PracticeRole.options),
        fc.constantFrom(...AccessPurpose.options),
        fc.record({
          isNotesAuthor: fc.boolean(),
          authorOptedInSupervisor: fc.boolean(),
          part2TpoConsent: fc.boolean(),
          part2ConsentPurposes: fc.subarray([...AccessPurpose.options]),
          sudCounselingNotesConsentPurposes: fc.subarray([...AccessPurpose.options]),
          psychotherapyNotesAuthorizationPurposes: fc.subarray([...AccessPurpose.options]),
        }),
        (role, purpose, facts) => {
          const plan = planRecordAccess(FIELDS, { role, purpose, ...facts });
          if (plan.visibleFields.includes('sudCounselingNotes')) {
            expect(facts.sudCounselingNotesConsentPurposes).toContain(purpose);
          }
          if (!isClinicalRole(role)) {
            expect(plan.visibleFields).not.toContain('processNotes');
            expect(plan.visibleFields).not.toContain('sudCounselingNotes');
          }
          if (plan.visibleFields.includes('nextSession')) {
            expect(facts.part2TpoConsent || facts.part2ConsentPurposes.includes(purpose)).toBe(true);
          }
        },
      ),
    );
  });
});

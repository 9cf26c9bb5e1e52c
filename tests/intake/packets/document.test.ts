import { describe, expect, it } from 'vitest';
import { validateBatch } from '../../../src/core/index.js';
import { IntakeDocumentRecord, IntakeDocumentType } from '../../../src/intake/index.js';

describe('IntakeDocumentType', () => {
  it('accepts standard and custom:<name> documents and rejects anything else', () => {
    expect(IntakeDocumentType.safeParse('guardian_consent').success).toBe(true);
    expect(IntakeDocumentType.safeParse('custom:art_therapy_waiver').success).toBe(true);
    for (const bad of ['Informed Consent', 'custom:', 'custom:Bad-Name', 'hipaa']) {
      expect(IntakeDocumentType.safeParse(bad).success).toBe(false);
    }
  });
});

describe('IntakeDocumentRecord', () => {
  it('requires the date a status implies and dates in order, reporting each bad record by index', () => {
    const base = { id: 'd-1', clientId: 'c-1', type: 'informed_consent' };
    const r = validateBatch(IntakeDocumentRecord, [
      { ...base, status: 'complete', sentAt: '2026-03-01T10:00:00Z', completedAt: '2026-03-02T10:00:00Z' },
      { ...base, status: 'complete', sentAt: '2026-03-01T10:00:00Z' },
      { ...base, status: 'declined', sentAt: '2026-03-03T10:00:00Z', declinedAt: '2026-03-02T10:00:00Z' },
      {
        ...base,
        status: 'viewed',
        sentAt: '2026-03-03T10:00:00Z',
        viewedAt: '2026-03-02T10:00:00Z',
        startedAt: '2026-03-01T10:00:00Z',
      },
      { ...base, status: 'sent' },
    ]);
    expect(r.valid.map((v) => v.index)).toEqual([0]);
    expect(r.invalid.map((i) => [i.index, i.issues.map((x) => `${x.at} ${x.code}`)])).toEqual([
      [1, ['$[1].completedAt intake.document.missing_date']],
      [2, ['$[2].declinedAt intake.document.dates_out_of_order']],
      [
        3,
        [
          '$[3].viewedAt intake.document.dates_out_of_order',
          '$[3].startedAt intake.document.dates_out_of_order',
        ],
      ],
      [4, ['$[4].sentAt intake.document.missing_date']],
    ]);
  });
});

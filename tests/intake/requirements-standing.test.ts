import { describe, expect, it } from 'vitest';
import { toEpochMs } from '../../src/core/index.js';
import { DEFAULT_INTAKE_PACKET_POLICY, IntakeDocumentRecord } from '../../src/intake/index.js';
import { definitionsByType, standingOf } from '../../src/intake/requirements.js';

const def = definitionsByType(DEFAULT_INTAKE_PACKET_POLICY).get('informed_consent')!;
const req = { type: 'informed_consent', signerId: null, weight: 'blocking', softAction: 'remind' } as const;
const rec = (id: string, extra: object) =>
  IntakeDocumentRecord.parse({ id, clientId: 'c-1', type: 'informed_consent', ...extra });
const at = toEpochMs('2026-03-10T12:00:00Z');
const standing = (records: IntakeDocumentRecord[]) =>
  standingOf(req, records, def, true, at, '2026-03-11', 'UTC');

describe('standingOf (the record that speaks for a requirement)', () => {
  it('prefers the most advanced status, then the latest date, then the lowest id, whatever the order', () => {
    const a = rec('d-a', { status: 'sent', sentAt: '2026-03-01T10:00:00Z' });
    const b = rec('d-b', { status: 'sent', sentAt: '2026-03-02T10:00:00Z' });
    const c = rec('d-c', { status: 'sent', sentAt: '2026-03-02T10:00:00Z' });
    const n = rec('d-n', { status: 'not_sent' });
    expect(standing([a, b, c, n]).record?.id).toBe('d-b');
    expect(standing([n, c, b, a]).record?.id).toBe('d-b');
    expect(standing([n]).status).toBe('not_sent');
    expect(
      standing([rec('d-x', { status: 'not_sent' }), rec('d-w', { status: 'not_sent' })]).record?.id,
    ).toBe('d-w');
  });

  it('reads a record as it stood at the moment: a later decline or sending does not count yet', () => {
    expect(
      standing([
        rec('d-1', {
          status: 'declined',
          sentAt: '2026-03-01T10:00:00Z',
          declinedAt: '2026-03-12T10:00:00Z',
        }),
      ]).status,
    ).toBe('sent');
    expect(standing([rec('d-2', { status: 'declined', declinedAt: '2026-03-12T10:00:00Z' })]).status).toBe(
      'not_sent',
    );
    expect(standing([rec('d-3', { status: 'viewed', sentAt: '2026-03-12T10:00:00Z' })]).status).toBe(
      'not_sent',
    );
    expect(standing([rec('d-4', { status: 'complete', completedAt: '2026-03-12T10:00:00Z' })]).status).toBe(
      'not_sent',
    );
    expect(standing([rec('d-5', { status: 'expired' })]).status).toBe('expired');
  });

  it('matches a per-signer copy only to its signer, or to an unsigned record when there is one signer', () => {
    const perSigner = { ...req, signerId: 'p-2' } as never;
    const mine = rec('d-1', { status: 'sent', sentAt: '2026-03-01T10:00:00Z', signerId: 'p-1' });
    const unsigned = rec('d-2', { status: 'sent', sentAt: '2026-03-01T10:00:00Z' });
    expect(standingOf(perSigner, [mine], def, false, at, '2026-03-11', 'UTC').record).toBeNull();
    expect(standingOf(perSigner, [unsigned], def, true, at, '2026-03-11', 'UTC').record?.id).toBe('d-2');
    expect(standingOf(perSigner, [unsigned], def, false, at, '2026-03-11', 'UTC').record).toBeNull();
  });
});

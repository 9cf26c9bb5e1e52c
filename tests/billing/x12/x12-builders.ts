// Builders for the X12 tests: envelopes around hand-written segments, and an 835 written from a
// remittance model (the inverse of read835, for the round-trip properties).
import type { RemittanceInput } from '../../../src/billing/index.js';
import { DEFAULT_X12_DELIMITERS } from '../../../src/billing/x12/delimiters.js';
import type { X12Delimiters } from '../../../src/billing/x12/index.js';

export function isa(control = '000000001', d: X12Delimiters = DEFAULT_X12_DELIMITERS): string {
  const elements = [
    'ISA',
    '00',
    ' '.repeat(10),
    '00',
    ' '.repeat(10),
    'ZZ',
    'SENDER'.padEnd(15),
    'ZZ',
    'RECEIVER'.padEnd(15),
    '260410',
    '1200',
    d.repetition ?? 'U',
    '00501',
    control,
    '0',
    'P',
    d.component,
  ];
  return elements.join(d.element);
}

/** A whole file: one interchange, one group, one transaction set around `body` (segments without terminators). */
export function envelope(
  type: string,
  body: readonly string[],
  options: { d?: X12Delimiters; lineBreak?: string; version?: string } = {},
): string {
  const d = options.d ?? DEFAULT_X12_DELIMITERS;
  const versions: Record<string, string> = {
    '835': '005010X221A1',
    '271': '005010X279A1',
    '999': '005010X231A1',
    '277': '005010X214',
  };
  const functionals: Record<string, string> = { '835': 'HP', '271': 'HB', '999': 'FA', '277': 'HN' };
  const version = options.version ?? versions[type] ?? '005010X222A1';
  const functional = functionals[type] ?? 'HC';
  const e = d.element;
  const segments = [
    isa('000000001', d),
    ['GS', functional, 'SENDER', 'RECEIVER', '20260410', '1200', '1', 'X', version].join(e),
    ['ST', type, '0001', ...(type === '835' ? [] : [version])].join(e),
    ...body,
    ['SE', String(body.length + 2), '0001'].join(e),
    ['GE', '1', '1'].join(e),
    ['IEA', '1', '000000001'].join(e),
  ];
  return segments.map((s) => `${s}${d.segment}${options.lineBreak ?? ''}`).join('');
}

function dollars(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

function cas(adjustments: readonly { group: string; carc: string; amountCents: number }[]): string[] {
  return adjustments.map((a) => `CAS*${a.group}*${a.carc}*${dollars(a.amountCents)}`);
}

/** The 835 segments (BPR … PLB) that carry `remittance`, with provider adjustments in the summary. */
export function remittanceTo835Body(
  remittance: RemittanceInput,
  providerAdjustments: readonly { code: string; amountCents: number }[] = [],
): string[] {
  const paid = remittance.claims.reduce((t, c) => t + c.paidCents, 0);
  const total = paid - providerAdjustments.reduce((t, p) => t + p.amountCents, 0);
  const body = [
    `BPR*I*${dollars(Math.abs(total))}*${total < 0 ? 'D' : 'C'}*ACH*CCP*01*011000015*DA*123456789*1999999999**01*021000021*DA*987654321*${remittance.paidOn.replaceAll('-', '')}`,
    `TRN*1*${remittance.remittanceId}*1999999999`,
    'N1*PR*EXAMPLE PAYER',
    'N1*PE*EXAMPLE PRACTICE*XX*1234567893',
    'LX*1',
  ];
  for (const c of remittance.claims) {
    body.push(
      `CLP*${c.claimId}*${c.claimStatusCode ?? '1'}*${dollars(c.chargeCents)}*${dollars(c.paidCents)}**12*${c.payerClaimControlNumber ?? ''}`,
    );
    body.push(...cas(c.adjustments ?? []));
    if ((c.remarks ?? []).length > 0) body.push(`MOA***${(c.remarks ?? []).join('*')}`);
    for (const l of c.lines ?? []) {
      body.push(
        `SVC*${['HC', l.procedureCode, ...(l.modifiers ?? [])].join(':')}*${dollars(l.chargeCents)}*${dollars(l.paidCents)}**${l.units ?? ''}`,
      );
      if (l.serviceDate !== undefined) body.push(`DTM*472*${l.serviceDate.replaceAll('-', '')}`);
      body.push(...cas(l.adjustments ?? []));
      if (l.lineRef !== undefined) body.push(`REF*6R*${l.lineRef}`);
      for (const r of l.remarks ?? []) body.push(`LQ*HE*${r}`);
    }
  }
  if (providerAdjustments.length > 0) {
    body.push(
      `PLB*1234567893*20261231*${providerAdjustments.map((p) => `${p.code}:REF1*${dollars(p.amountCents)}`).join('*')}`,
    );
  }
  return body;
}

/**
 * A 271 for one subscriber (Alex Lane, Summit Health Plan, answered 2026-01-05 to Harbor Counseling Group) with
 * the plan dates `dates` (from 2026-01-01 by default) and then the benefit `lines`.
 */
export const person271 = (lines: string[], dates = ['DTP*346*D8*20260101']) =>
  envelope('271', [
    'BHT*0022*11*T1*20260105*1030',
    'HL*1**20*1',
    'NM1*PR*2*SUMMIT HEALTH PLAN*****PI*60054',
    'HL*2*1*21*1',
    'NM1*1P*2*HARBOR COUNSELING GROUP*****XX*1234567893',
    'HL*3*2*22*0',
    'TRN*2*T-1*9HARBORCNS',
    'NM1*IL*1*LANE*ALEX****MI*W123456789',
    ...dates,
    ...lines,
  ]);

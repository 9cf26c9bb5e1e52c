// 271 responses for mental health as a clearinghouse sends them: each segment terminator followed by CRLF,
// the repetition separator `^` (ISA11) between EB03 service types, several 2110C EB loops (MH, A4, A6, A7,
// A8; in and out of network by EB12; EB06 time periods; EB09 quantities) and MSG text after a loop
// [sources: x12-005010x279a1].
import { describe, expect, it } from 'vitest';
import { DEFAULT_X12_DELIMITERS, read271 } from '../../../src/billing/x12/index.js';
import { envelope } from './x12-builders.js';

const HEAD = [
  'BHT*0022*11*T1*20260105*1030',
  'HL*1**20*1',
  'NM1*PR*2*SUMMIT HEALTH PLAN*****PI*60054',
  'HL*2*1*21*1',
  'NM1*1P*2*HARBOR COUNSELING GROUP*****XX*1234567893',
  'HL*3*2*22*0',
  'TRN*2*T-1*9HARBORCNS',
  'NM1*IL*1*LANE*ALEX****MI*W123456789',
  'DTP*346*D8*20260101',
];
const OPTIONS = { clientIds: { 'T-1': 'client-lane' } };
const crlf = (lines: string[]) => envelope('271', [...HEAD, ...lines], { lineBreak: '\r\n' });
const answer = (lines: string[]) => read271(crlf(lines), OPTIONS)[0];

const PLAN = [
  'EB*1*IND*30^MH^A4^A6^A7^A8*PR*GOLD PPO',
  'EB*B*IND*MH^A6^A8*PR**27*30****Y*Y',
  'EB*A*IND*MH^A6^A8*PR****0***Y*Y',
  'EB*C*IND*30*PR**23*1000*****Y',
  'EB*C*IND*30*PR**29*400*****Y',
  'EB*G*IND*30*PR**23*4000*****Y',
  'EB*G*IND*30*PR**29*3500*****Y',
  'EB*F*IND*MH^A6*PR**23***VS*20**Y',
  'EB*F*IND*MH^A6*PR**29***VS*15**Y',
  'EB*A*IND*MH^A6^A8*PR****0.4***Y*N',
  'MSG*OUT OF NETWORK BEHAVIORAL HEALTH SUBJECT TO BALANCE BILLING',
  'EB*C*IND*30*PR**23*3000*****N',
  'EB*C*IND*30*PR**29*3000*****N',
  'EB*G*IND*30*PR**23*8000*****N',
  'EB*G*IND*30*PR**29*8000*****N',
];

describe('read271 as a clearinghouse sends it (CRLF, ^ repetition, several EB loops)', () => {
  const a = answer(PLAN);

  it('reads the file with CRLF after every terminator exactly as without', () => {
    const plain = read271(envelope('271', [...HEAD, ...PLAN]), OPTIONS)[0];
    expect(a).toEqual(plain);
    expect(a?.outcome).toBe('benefits_found');
  });

  it('splits EB03 on the repetition separator ^ into its service types (30, MH, A4, A6, A7, A8)', () => {
    expect(a?.benefitLines[0]?.serviceTypes).toEqual(['30', 'MH', 'A4', 'A6', 'A7', 'A8']);
  });

  it('reads the in-network copay per visit (EB06 27) as $30 and no coinsurance', () => {
    expect(a?.inNetwork).toMatchObject({ copayCents: 3000, coinsuranceBasisPoints: 0, inNetwork: true });
  });

  it('reads the deductible for the calendar year (EB06 23) and met as the year less what remains (29)', () => {
    expect(a?.inNetwork).toMatchObject({ deductibleCents: 100_000, deductibleMetCents: 60_000 });
    expect(a?.inNetwork).toMatchObject({ outOfPocketMaximumCents: 400_000, outOfPocketMetCents: 50_000 });
  });

  it('reads the EB09 VS visit limit (20 a year, 15 remaining) as 20 with 5 used', () => {
    expect(a?.inNetwork).toMatchObject({ visitLimit: 20, visitsUsed: 5 });
  });

  it('reads the out-of-network lines (EB12 N) apart: 40 % coinsurance, $3,000 deductible none met', () => {
    expect(a?.outOfNetwork).toMatchObject({
      inNetwork: false,
      coinsuranceBasisPoints: 4000,
      deductibleCents: 300_000,
      deductibleMetCents: 0,
    });
  });

  it('keeps the MSG of a 2110C loop on the EB line it follows', () => {
    const line = a?.benefitLines.find((l) => l.percentBasisPoints === 4000);
    expect(line?.messages).toEqual(['OUT OF NETWORK BEHAVIORAL HEALTH SUBJECT TO BALANCE BILLING']);
    expect(line?.network).toBe('out');
  });

  it('reads a line for psychiatric inpatient alone (A7) as no outpatient copay', () => {
    const read = answer([...PLAN.slice(0, 1), 'EB*B*IND*A7*PR**27*500****Y*Y', ...PLAN.slice(2)]);
    expect(read?.inNetwork?.copayCents).not.toBe(50_000);
  });

  it('reads a copay for psychiatric (A4) as the outpatient mental-health copay', () => {
    const read = answer([PLAN[0] as string, 'EB*B*IND*A4*PR**27*25****Y*Y', ...PLAN.slice(2)]);
    expect(read?.inNetwork?.copayCents).toBe(2500);
  });

  it('reads a limit counted in days (EB09 DY) as no visit limit', () => {
    const read = answer([...PLAN.slice(0, 7), 'EB*F*IND*MH^A6*PR**23***DY*30**Y', ...PLAN.slice(9)]);
    expect(read?.inNetwork?.visitLimit).not.toBe(30);
  });

  it('reads another repetition separator ({) declared in ISA11 the same', () => {
    const d = { ...DEFAULT_X12_DELIMITERS, repetition: '{' };
    const text = envelope(
      '271',
      [...HEAD, ...PLAN].map((s) => s.replaceAll('^', '{')),
      { d, lineBreak: '\r\n' },
    );
    expect(read271(text, OPTIONS)[0]).toEqual(a);
  });

  it('reads LF-only line breaks after terminators the same', () => {
    expect(read271(envelope('271', [...HEAD, ...PLAN], { lineBreak: '\n' }), OPTIONS)[0]).toEqual(a);
  });

  it('leaves the in-network cost share unknown when two copays differ for the same services (before: the first, $30, was read)', () => {
    const read = answer([...PLAN.slice(0, 2), 'EB*B*IND*MH^A6^A8*PR**27*45****Y*Y', ...PLAN.slice(2)]);
    expect(read?.inNetwork).toBeNull();
    expect(read?.reasons.map((r) => r.code)).toContain('x12.271.cost_share_conflict');
    expect(read?.outOfNetwork).not.toBeNull();
  });

  it('reads a copay whose time period is not per visit (EB06 22 service year) as not a visit copay', () => {
    const read = answer([PLAN[0] as string, 'EB*B*IND*MH^A6^A8*PR**22*30****Y*Y', ...PLAN.slice(2)]);
    expect(read?.outcome === 'benefits_found' && read.inNetwork?.copayCents === 3000).toBe(false);
  });
});

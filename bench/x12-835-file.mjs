// A deterministic 835 file of about 45 MB (100,000 claims in 20 payments of 5,000), written as chunks of
// 64 KB the way a file arrives from disk or the network. Shared by bench/x12.bench.ts and
// bench/x12-memory.mjs and bench/x12-cpu.mjs. Every claim balances and every payment equals its claims' payments.
const DEFAULT_PAYMENTS = 20;
const CLAIMS_PER_PAYMENT = 5_000;

function dollars(cents) {
  return `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

function* claimSegments(p, i, next) {
  const lines = 1 + (next(4) === 0 ? 1 : 0);
  const out = [];
  let charge = 0;
  let paid = 0;
  for (let l = 1; l <= lines; l += 1) {
    const c = 15_000 + next(10_000);
    const allowed = c - 2_000 - next(1_000);
    const coins = Math.round(allowed / 5);
    const seq = Math.round((allowed - coins) / 50);
    const pay = allowed - coins - seq;
    charge += c;
    paid += pay;
    const day = String(1 + next(28)).padStart(2, '0');
    out.push(
      `SVC*HC:${l === 1 ? '90837' : '90785'}${next(2) === 0 ? ':95' : ''}*${dollars(c)}*${dollars(pay)}**1~`,
      `DTM*472*202603${day}~`,
      `CAS*CO*45*${dollars(c - allowed)}**253*${dollars(seq)}~`,
      `CAS*PR*2*${dollars(coins)}~`,
      `REF*6R*${l}~`,
      `AMT*B6*${dollars(allowed)}~`,
      'LQ*HE*N130~',
    );
  }
  yield `CLP*claim-${p}-${i}*1*${dollars(charge)}*${dollars(paid)}**MB*22261${String(p * CLAIMS_PER_PAYMENT + i).padStart(8, '0')}*11*1~`;
  yield `NM1*QC*1*PATIENTLAST${i % 997}*FIRST${i % 89}*A***MI*1EG4TE5MK${String(i % 100).padStart(2, '0')}~`;
  yield `NM1*82*1*CLINICIAN${i % 50}*ALEX****XX*1234567893~`;
  yield 'DTM*050*20260320~';
  yield `AMT*AU*${dollars(charge)}~`;
  yield* out;
  return paid;
}

/** The file as chunks of about `chunkSize` characters, and its total length. */
export function make835Chunks(chunkSize = 65_536, PAYMENTS = DEFAULT_PAYMENTS) {
  let seed = 20_260_410;
  const next = (m) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed % m;
  };
  const parts = [
    'ISA*00*          *00*          *ZZ*04412          *ZZ*HARBORCOUNSEL  *260410*0930*^*00501*000000101*0*P*:~\n',
    'GS*HP*04412*HARBORCOUNSEL*20260410*0930*101*X*005010X221A1~\n',
  ];
  for (let p = 0; p < PAYMENTS; p += 1) {
    const body = [];
    let total = 0;
    body.push('N1*PR*MEDICARE PART B~', 'N1*PE*HARBOR COUNSELING GROUP*XX*1234567893~', 'LX*1~');
    for (let i = 0; i < CLAIMS_PER_PAYMENT; i += 1) {
      const it = claimSegments(p, i, next);
      let r = it.next();
      while (!r.done) {
        body.push(r.value);
        r = it.next();
      }
      total += r.value;
    }
    const st = String(p + 1).padStart(4, '0');
    const head = [
      `ST*835*${st}~`,
      `BPR*I*${dollars(total)}*C*ACH*CCP*01*011000015*DA*123456789*1999999999**01*021000021*DA*987654321*20260410~`,
      `TRN*1*EFT${p}*1999999999~`,
      'DTM*405*20260408~',
    ];
    parts.push(`${[...head, ...body].join('\n')}\nSE*${head.length + body.length + 1}*${st}~\n`);
  }
  parts.push(`GE*${PAYMENTS}*101~\n`, 'IEA*1*000000101~\n');
  const text = parts.join('');
  const chunks = [];
  for (let i = 0; i < text.length; i += chunkSize) chunks.push(text.slice(i, i + chunkSize));
  return { chunks, length: text.length, claims: PAYMENTS * CLAIMS_PER_PAYMENT };
}

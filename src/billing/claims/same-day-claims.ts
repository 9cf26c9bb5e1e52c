import { type Reason, reason } from '../../core/index.js';
import { compareText } from '../../core/internal.js';
import { serviceCodeSetOfValidated } from '../coding/service-code-pairing.js';
import { isKnownServiceCode, SERVICE_CODE_CATALOG, type ServiceCode } from '../coding/service-codes.js';
import type { BillingReasonCode } from '../reason-codes.js';
import type { Claim } from './claim.js';

/**
 * What a claim's day looks like beside the client's other claims of the same dates (internal: the scrubber).
 * `reasons` are the findings only the other claims show; `primaryElsewhere` names, for an add-on of this
 * claim (`${serviceDate} ${code}`), the other claims of the same practitioner that hold one of its primaries.
 */
export interface SameDayFindings {
  readonly reasons: readonly Reason<BillingReasonCode>[];
  readonly primaryElsewhere: ReadonlyMap<string, readonly string[]>;
}

interface OtherLine {
  readonly code: ServiceCode;
  readonly units: number;
  readonly claimId: string;
}

// 90791/90792 are reported once a day [sources: lcd-l31887]; the edits count one provider's units.
const DIAGNOSTIC_EVALUATIONS: ReadonlySet<ServiceCode> = new Set(['90791', '90792']);

/**
 * Whether two claims were rendered by the same practitioner: by NPI when both name one, else by the
 * clinician id when both name one; `undefined` when that cannot be told (never guessed either way).
 */
function samePractitioner(a: Claim, b: Claim): boolean | undefined {
  const npiA = a.renderingNpi?.trim();
  const npiB = b.renderingNpi?.trim();
  if (npiA && npiB) return npiA === npiB;
  if (a.renderingClinicianId !== undefined && b.renderingClinicianId !== undefined) {
    return a.renderingClinicianId === b.renderingClinicianId;
  }
  return undefined;
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/**
 * Whether a claim stands for its dates of service in the client's day (internal: the scrubber, the 837P writer,
 * the follow-up queue and the work queue read the same rule). Every claim does but one closed or written off
 * without ever reaching the payer (its history never shows `accepted`): a draft abandoned, a rejection given up.
 * A claim rejected by the clearinghouse or the payer's front end (999/277CA) or returned as unprocessable, and
 * still open, stands: it is corrected and sent again for the same services, so its codes are the client's day
 * (counted rather than left out, so that two claims of one service, both to be resent, are never both passed).
 * A closed or written-off claim with no history to say is counted.
 */
export function standsForClientDay(c: Pick<Claim, 'status' | 'history'>): boolean {
  if (c.status !== 'closed' && c.status !== 'written_off') return true;
  return c.history.length === 0 || c.history.some((h) => h.to === 'accepted');
}

/**
 * The info reason a scrub carries when the client's other claims of its dates were not given: the claim was
 * checked as its own day, so the edits that count one provider's services to one patient on one date across
 * claims [sources: cms-ncci-policy-manual, cms-mue] were not applied.
 */
export function checkedAloneReason(c: Pick<Claim, 'claimId'>): Reason<BillingReasonCode> {
  return reason(
    'billing.scrub.same_day_claims_not_given',
    'info',
    'Checked as its own day: the client’s other claims of the same dates were not given, so codes billed on another claim (an E/M, a second 90791, an add-on’s primary) were not checked with this claim’s.',
    { claimId: c.claimId },
  );
}

/**
 * Claims grouped by client, for a caller that checks many clients' claims (internal: the 837P writer and the
 * follow-up queue give each claim its own client's day). A claim id listed twice keeps its last listing (the
 * writer lists the claims it writes last: the version being sent is the one that counts).
 */
export function claimsByClient(claims: readonly Claim[]): ReadonlyMap<string, readonly Claim[]> {
  const byId = new Map<string, Claim>();
  for (const c of claims) {
    byId.delete(c.claimId);
    byId.set(c.claimId, c);
  }
  const out = new Map<string, Claim[]>();
  for (const c of byId.values()) push(out, c.clientId, c);
  return out;
}

const idsOf = (lines: readonly OtherLine[]): string[] =>
  [...new Set(lines.map((l) => l.claimId))].sort(compareText);

/**
 * The findings of a claim's code-set rules that only its day's other claims show. NCCI's edits and the
 * MUEs apply to one provider's services to one patient on one date, whatever claim carries them
 * [sources: cms-ncci-policy-manual, cms-ncci-ptp, cms-mue]: the other claims to the same payer, of the same
 * rendering practitioner, with lines on this claim's dates join its lines for the pairing rules. A claim of
 * another payer is that payer's day; one that does not stand ({@link standsForClientDay}) is passed over; one
 * whose practitioner cannot be told is not combined, and says so.
 */
export function sameDayFindings(c: Claim, others: readonly Claim[]): SameDayFindings {
  const own = new Map<string, ServiceCode[]>();
  const ownUnits = new Map<string, { code: ServiceCode; units: number }[]>();
  for (const line of c.lines) {
    if (!isKnownServiceCode(line.procedureCode)) continue;
    push(own, line.serviceDate, line.procedureCode);
    push(ownUnits, line.serviceDate, { code: line.procedureCode, units: Math.min(line.units, 99) });
  }
  const same = new Map<string, OtherLine[]>();
  const unknown = new Map<string, OtherLine[]>();
  const diagnosticByAnother = new Map<string, OtherLine[]>();
  for (const other of others) {
    if (other.claimId === c.claimId || other.payerId !== c.payerId || !standsForClientDay(other)) continue;
    const practitioner = samePractitioner(c, other);
    for (const line of other.lines) {
      const mine = own.get(line.serviceDate);
      if (mine === undefined || !isKnownServiceCode(line.procedureCode)) continue;
      const entry = { code: line.procedureCode, units: Math.min(line.units, 99), claimId: other.claimId };
      if (practitioner === undefined) push(unknown, line.serviceDate, entry);
      else if (practitioner) push(same, line.serviceDate, entry);
      else if (
        DIAGNOSTIC_EVALUATIONS.has(entry.code) &&
        mine.some((code) => DIAGNOSTIC_EVALUATIONS.has(code))
      ) {
        push(diagnosticByAnother, line.serviceDate, entry);
      }
    }
  }
  const reasons: Reason<BillingReasonCode>[] = [];
  const primaryElsewhere = new Map<string, readonly string[]>();
  for (const serviceDate of [...own.keys()].sort(compareText)) {
    const mine = new Set(own.get(serviceDate));
    const theirs = same.get(serviceDate) ?? [];
    if (theirs.length > 0) {
      const holding = (code: string) => idsOf(theirs.filter((l) => l.code === code));
      const union = [
        ...(ownUnits.get(serviceDate) ?? []),
        ...theirs.map(({ code, units }) => ({ code, units })),
      ];
      const twice = new Set<string>();
      for (const r of serviceCodeSetOfValidated(union).reasons) {
        if (r.code === 'billing.codes.duplicate_code') {
          const code = r.facts.code as ServiceCode;
          if (!mine.has(code) || twice.has(code) || holding(code).length === 0) continue;
          twice.add(code);
          reasons.push(
            reason(
              'billing.scrub.same_day_code_billed_twice',
              'error',
              `Code ${code} is also billed on another claim of the same client, date and practitioner: it is billed once a day.`,
              { code, serviceDate, otherClaimIds: holding(code), rule: r.code },
            ),
          );
        } else if (r.code === 'billing.codes.mutually_exclusive') {
          const [a, b] = r.facts.codes as [ServiceCode, ServiceCode];
          if (mine.has(a) === mine.has(b)) continue;
          const elsewhere = mine.has(a) ? b : a;
          reasons.push(
            reason(
              'billing.scrub.same_day_codes_not_billable_together',
              'error',
              `Codes ${a} and ${b} may not be billed together, and one is on another claim of the same client, date and practitioner.`,
              { codes: [a, b], serviceDate, otherClaimIds: holding(elsewhere) },
            ),
          );
        }
      }
      for (const code of mine) {
        const entry = SERVICE_CODE_CATALOG[code];
        if (!entry.addOn) continue;
        const ids = idsOf(theirs.filter((l) => entry.requiresOneOf.includes(l.code)));
        if (ids.length > 0) primaryElsewhere.set(`${serviceDate} ${code}`, ids);
      }
    }
    const unknownHere = unknown.get(serviceDate);
    if (unknownHere !== undefined) {
      reasons.push(
        reason(
          'billing.scrub.same_day_practitioner_unknown',
          'warning',
          'Another claim of the same client and date does not say who rendered it (NPI or clinician), so its codes were not checked with this claim’s: name the rendering practitioner.',
          { serviceDate, otherClaimIds: idsOf(unknownHere) },
        ),
      );
    }
    const diagnostic = diagnosticByAnother.get(serviceDate);
    if (diagnostic !== undefined) {
      reasons.push(
        reason(
          'billing.scrub.diagnostic_evaluation_by_another_same_day',
          'warning',
          'Another practitioner also billed a diagnostic evaluation (90791/90792) for this client on this date; it is reported once a day: a biller checks the payer’s rule.',
          { serviceDate, otherClaimIds: idsOf(diagnostic) },
        ),
      );
    }
  }
  return { reasons, primaryElsewhere };
}

import { type Claim, evaluateClaimScrub, type PayerProfile } from '../../billing/index.js';
import type { LocalDate, Reason } from '../../core/index.js';
import type { PracticeData } from '../data/practice-data.js';
import { canonicalJson } from '../decision-log/canonical-json.js';
import { opsReason } from './task-builder.js';

/** What the client's other claims of the same dates add to a claim's scrub. */
export interface SameDayScrub {
  /** An ops summary naming the other claims, then the scrubber's findings only they show; empty when none. */
  readonly reasons: Reason[];
  /** Whether one of those findings is an error: the claim is fixed before it goes out. */
  readonly blocks: boolean;
}

const NOTHING: SameDayScrub = { reasons: [], blocks: false };

// The scrubber takes at most this many other claims (its `sameDayClaims` schema).
const MAX_SAME_DAY_CLAIMS = 200;

/**
 * Whether a claim of the data file stands for its dates of service beside another claim. Every claim
 * does but one closed or written off without ever reaching the payer (its history never shows `accepted`):
 * a draft abandoned, a rejection given up; one with no history to say is counted. A rejected or unprocessable claim still open stands: the queue
 * has it fixed and sent again, so its codes are the client's day too (counted rather than left out, so that
 * two claims of one service, both to be resent, are never both passed).
 */
function stands(c: Claim): boolean {
  if (c.status !== 'closed' && c.status !== 'written_off') return true;
  return c.history.length === 0 || c.history.some((h) => h.to === 'accepted');
}

/**
 * The scrub of a claim beside the client's other claims of its dates (the work queue's claims about to
 * go out). Only the data file's own claims of the same client are read, never another client's: the
 * scrubber's `sameDayClaims` gets those of the claim's payer with a line on one of its dates, and what its
 * decision adds to the claim scrubbed alone is returned (NCCI's edits and the MUEs count one provider's services to one patient on one date, whatever
 * claim carries them [sources: cms-ncci-policy-manual, cms-mue]).
 */
export function sameDayScrubOf(
  data: PracticeData,
  asOf: LocalDate,
): (claim: Claim, profile: PayerProfile) => SameDayScrub {
  // Claims by client, payer and date of service: the scrubber passes over another payer's claims.
  const byDay = new Map<string, Claim[]>();
  for (const c of data.claims) {
    if (!stands(c)) continue;
    for (const date of new Set(c.lines.map((l) => l.serviceDate))) {
      const key = `${c.clientId}\u0000${c.payerId}\u0000${date}`;
      const list = byDay.get(key);
      if (list === undefined) byDay.set(key, [c]);
      else list.push(c);
    }
  }
  return (claim, profile) => {
    const others = new Set<Claim>();
    for (const date of new Set(claim.lines.map((l) => l.serviceDate))) {
      for (const c of byDay.get(`${claim.clientId}\u0000${claim.payerId}\u0000${date}`) ?? []) {
        if (c !== claim && c.claimId !== claim.claimId) others.add(c);
      }
    }
    if (others.size === 0) return NOTHING;
    const sameDayClaims = [...others].sort((a, b) =>
      a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0,
    );
    const otherClaims = sameDayClaims.map((c) => ({ claimId: c.claimId, status: c.status }));
    if (sameDayClaims.length > MAX_SAME_DAY_CLAIMS) {
      // Never a partial day: a list cut short could pass a code billed on a claim left out.
      return {
        reasons: [
          opsReason(
            'ops.queue.claim_same_day_not_checked',
            'error',
            `The client has ${sameDayClaims.length} other claims to this payer on the claim’s dates, more than the scrubber checks at once (${MAX_SAME_DAY_CLAIMS}): check the day by hand before submitting.`,
            { otherClaims: sameDayClaims.length, limit: MAX_SAME_DAY_CLAIMS },
          ),
        ],
        blocks: true,
      };
    }
    const alone = new Set(evaluateClaimScrub(claim, profile, { asOf }).reasons.map((r) => canonicalJson(r)));
    const found = evaluateClaimScrub(claim, profile, { asOf, sameDayClaims }).reasons.filter(
      (r) => !alone.has(canonicalJson(r)),
    );
    if (found.length === 0) return NOTHING;
    const blocks = found.some((r) => r.severity === 'error');
    return {
      reasons: [
        opsReason(
          'ops.queue.claim_same_day_findings',
          blocks ? 'error' : 'warning',
          `Checked with the client’s other claims of the same dates: ${found.map((r) => sentenceOf(r)).join(' ')}`,
          { otherClaims, findings: found.map((r) => r.code) },
        ),
        ...found,
      ],
      blocks,
    };
  };
}

const idsIn = (fact: unknown): string[] =>
  Array.isArray(fact) ? fact.filter((x): x is string => typeof x === 'string') : [];

// A finding as a biller reads it, naming the other claims (the scrubber's own message says "another claim").
function sentenceOf(r: Reason): string {
  const ids = idsIn(r.facts.otherClaimIds);
  const date = typeof r.facts.serviceDate === 'string' ? r.facts.serviceDate : undefined;
  if (ids.length === 0 || date === undefined) return r.message;
  const where = `claim ${ids.join(', ')} the same day (${date}`;
  const codes = idsIn(r.facts.codes);
  switch (r.code) {
    case 'billing.scrub.same_day_code_billed_twice':
      return `${String(r.facts.code)} is also billed on ${where}, same client and practitioner): it is billed once a day.`;
    case 'billing.scrub.same_day_codes_not_billable_together':
      return `${codes.join(' and ')} may not be billed together, and one is on ${where}, same client and practitioner).`;
    case 'billing.scrub.add_on_primary_on_other_claim':
      return `Add-on ${String(r.facts.code)}’s primary is on ${where}, same practitioner): bill them on one claim.`;
    default:
      return `${r.message.replace(/\.$/, '')} (${where}).`;
  }
}

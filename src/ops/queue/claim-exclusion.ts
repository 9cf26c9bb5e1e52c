import type { Claim } from '../../billing/index.js';
import type { PayerKind } from '../../billing/internal.js';
import { oigExclusionOn } from '../../credentialing/internal.js';
import { oigExclusionsOf } from '../data/clinician-license-type.js';
import type { PracticeData } from '../data/practice-data.js';
import { opsReason } from './task-builder.js';
import type { WorkTask } from './work-task.js';

type Reasons = WorkTask['reasons'];

/**
 * Whether a payer kind is a Federal health care program, which pays nothing an excluded person furnishes
 * or directs: Medicare, a Medicare Advantage plan, Medicaid (the agency or a managed care plan) and TRICARE;
 * a commercial plan is not one; `other` (or a payer the practice has no profile for) is not known
 * [sources: cfr-42-1001.1901].
 */
function federalProgram(kind: PayerKind | undefined): boolean | null {
  switch (kind) {
    case 'medicare':
    case 'medicare_advantage':
    case 'medicaid':
    case 'medicaid_managed_care':
    case 'tricare':
      return true;
    case 'commercial':
      return false;
    case 'other':
    case undefined:
      return null;
    /* v8 ignore next -- unreachable: the union is exhausted above */
    default: {
      const exhausted: never = kind;
      return exhausted;
    }
  }
}

/**
 * The OIG exclusions a claim's network check does not already read: while an exclusion stands, no Federal health
 * care program pays for what the excluded person furnishes, nor for what is furnished at their direction
 * [sources: cfr-42-1001.1901]. So the claim's supervising clinician (`supervisingClinicianId`) is read for every
 * federal payer, and the clinician who treated for a TRICARE payer (which the network check reads as a commercial
 * plan: Medicare, Medicare Advantage and Medicaid it reads itself). A payer of kind `other`, or without a profile,
 * gets a warning: whether it is a Federal program is not recorded. One reason per clinician and role, naming the
 * dates it covers; nothing when no exclusion stands on a date of service.
 */
export function claimExclusionCheck(data: PracticeData): (claim: Claim) => Reasons {
  const kinds = new Map(data.payers.map((p) => [p.payerId as string, p.kind]));
  return (claim) => {
    const kind = kinds.get(claim.payerId);
    const federal = federalProgram(kind);
    if (federal === false) return [];
    const who: { clinicianId: string; role: 'rendering' | 'supervising' }[] = [];
    // The network check reads the treating clinician's exclusion for Medicare, Medicare Advantage and Medicaid.
    if (claim.renderingClinicianId !== undefined && (kind === 'tricare' || federal === null))
      who.push({ clinicianId: claim.renderingClinicianId, role: 'rendering' });
    if (
      claim.supervisingClinicianId !== undefined &&
      claim.supervisingClinicianId !== claim.renderingClinicianId
    )
      who.push({ clinicianId: claim.supervisingClinicianId, role: 'supervising' });
    const dates = [...new Set(claim.lines.map((l) => l.serviceDate))].sort();
    const reasons: Reasons[number][] = [];
    for (const { clinicianId, role } of who) {
      const exclusions = oigExclusionsOf(data, clinicianId);
      const excludedDates = dates.filter((on) => oigExclusionOn(exclusions, on) !== undefined);
      const first = excludedDates[0];
      if (first === undefined) continue;
      const exclusion = oigExclusionOn(exclusions, first);
      const person = role === 'rendering' ? 'The clinician who treated' : 'The supervising clinician';
      reasons.push(
        opsReason(
          'ops.queue.claim_clinician_excluded',
          federal === true ? 'error' : 'warning',
          federal === true
            ? `${person} is excluded by the HHS Office of Inspector General on a date of service: no Federal health care program pays for services furnished by or at the direction of an excluded person. Do not submit; take it to the compliance officer.`
            : `${person} is excluded by the HHS Office of Inspector General on a date of service, and whether the payer is a Federal health care program (which pays nothing furnished by or at the direction of an excluded person) is not recorded: confirm before submitting.`,
          {
            clinicianId,
            role,
            payerId: claim.payerId,
            payerKind: kind ?? null,
            serviceDates: excludedDates,
            excludedOn: exclusion?.effectiveOn ?? null,
            reinstatedOn: exclusion?.reinstatedOn ?? null,
          },
        ),
      );
    }
    return reasons;
  };
}

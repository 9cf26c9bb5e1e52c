import { type Reason, reason } from '../../core/index.js';
import type { ClaimLine } from '../claims/claim.js';
import type { PayerProfile } from '../coverage/payer-profile.js';
import type { BillingReasonCode } from '../reason-codes.js';

/** The first date of service Medicare pays crisis psychotherapy outside the office as G0017/G0018. */
const MEDICARE_CRISIS_SITE_CODES_FROM = '2024-01-01';

/**
 * The in-person places of service where Medicare pays psychotherapy for crisis at the non-facility rate, other
 * than the office: 12 home, 13 assisted living, 14 group home, 32 nursing facility, 33 custodial care facility
 * [sources: cms-pos-codes]. A skilled nursing facility (31) is paid at the facility rate, so it is not one.
 */
const NON_FACILITY_SITES_OTHER_THAN_OFFICE: ReadonlySet<string> = new Set(['12', '13', '14', '32', '33']);

/**
 * Medicare's crisis codes outside the office: from 2024-01-01 psychotherapy for crisis furnished in person at
 * a non-facility site other than the office is billed G0017 (first 60 minutes) and G0018 (each further 30),
 * paid at 150 % of the non-facility rate [sources: cms-psychotherapy-crisis]. A Medicare line of 90839 or
 * 90840 at such a place is flagged for the biller, never recoded; a line of G0017 or G0018 anywhere else (another
 * payer but a Medicare Advantage plan, before 2024, in person at another place) is flagged the other way.
 * Telehealth lines of 90839/90840 are left alone (whether the G codes apply to them is not settled here). Internal.
 */
export function medicareCrisisSiteReasons(
  line: ClaimLine,
  p: PayerProfile,
  reasons: Reason<BillingReasonCode>[],
): void {
  const site =
    line.modality === 'in_person' &&
    NON_FACILITY_SITES_OTHER_THAN_OFFICE.has(line.placeOfService) &&
    line.serviceDate >= MEDICARE_CRISIS_SITE_CODES_FROM;
  if (line.procedureCode === 'G0017' || line.procedureCode === 'G0018') {
    // A Medicare Advantage plan may or may not take Medicare's codes: not flagged; any other payer's claim,
    // or a Medicare line elsewhere than such a site, is.
    // Telehealth is not settled here either way (as for 90839/90840 below).
    const medicareSite =
      site || (line.modality !== 'in_person' && line.serviceDate >= MEDICARE_CRISIS_SITE_CODES_FROM);
    if (p.kind === 'medicare_advantage' || (p.kind === 'medicare' && medicareSite)) return;
    reasons.push(
      reason(
        'billing.scrub.medicare_crisis_site_code_not_applicable',
        'warning',
        'G0017 and G0018 are Medicare’s codes, from 2024-01-01, for psychotherapy for crisis furnished in person at home, assisted living, a group home, a nursing or custodial care facility: this line is not one. Bill 90839/90840 unless the payer says otherwise.',
        {
          lineId: line.lineId,
          procedureCode: line.procedureCode,
          placeOfService: line.placeOfService,
          serviceDate: line.serviceDate,
          payerKind: p.kind,
          modality: line.modality,
          instead: line.procedureCode === 'G0017' ? '90839' : '90840',
        },
      ),
    );
    return;
  }
  if (p.kind !== 'medicare' || (line.procedureCode !== '90839' && line.procedureCode !== '90840') || !site) {
    return;
  }
  reasons.push(
    reason(
      'billing.scrub.medicare_crisis_site_code',
      'warning',
      'Medicare pays psychotherapy for crisis furnished at this place (a non-facility site other than the office) as G0017 and G0018, at 150 % of the non-facility rate: bill those codes instead of 90839/90840.',
      {
        lineId: line.lineId,
        procedureCode: line.procedureCode,
        placeOfService: line.placeOfService,
        serviceDate: line.serviceDate,
        instead: line.procedureCode === '90839' ? 'G0017' : 'G0018',
      },
    ),
  );
}

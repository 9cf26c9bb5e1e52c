import { isNonEmpty } from '../../core/index.js';
import type { RemittanceClaim } from '../internal.js';
import type { RemittanceCrossover, SetAsideClaim } from './remittance-advice.js';
import { type ClaimDraft, type ModelCodes, toModel } from './remittance-claim-draft.js';

/**
 * The claims of one 835 transaction set, each turned into the remittance model (or set aside, with its
 * reasons) as soon as its loop closes, so a draft lives only while its claim is read.
 */
export class ClosedClaims {
  readonly #codes: ModelCodes;
  readonly claims: RemittanceClaim[] = [];
  readonly setAside: SetAsideClaim[] = [];
  readonly crossovers: RemittanceCrossover[] = [];
  /** How many claims were closed, set aside or not. */
  count = 0;
  /** The closed claims' payments (CLP04), set aside or not. */
  paidCents = 0;

  constructor(codes: ModelCodes) {
    this.#codes = codes;
  }

  add(draft: ClaimDraft): void {
    this.count += 1;
    this.paidCents += draft.paidCents;
    const model = toModel(draft, this.#codes);
    if (!Array.isArray(model)) this.claims.push(model);
    else if (isNonEmpty(model))
      this.setAside.push({ claimIndex: draft.index, segment: draft.segment, reasons: model });
    if (draft.evidence.size > 0) {
      this.crossovers.push({
        claimIndex: draft.index,
        claimId: draft.claimId,
        segment: draft.segment,
        evidence: (['claim_status', 'crossover_carrier', 'remark'] as const).filter((k) =>
          draft.evidence.has(k),
        ),
        carrierName: draft.carrierName,
      });
    }
  }
}

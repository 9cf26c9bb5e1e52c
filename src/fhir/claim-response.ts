import * as z from 'zod';
import { Claim, type ClaimInput, Remittance } from '../billing/index.js';
import { safeValidate, type ValidationResult } from '../core/index.js';
import { validateArguments } from '../core/internal.js';
import {
  InAdjudication,
  InPayment,
  InTotal,
  remittanceOf,
  remittancePath,
  statusProblem,
} from './adjudication.js';
import {
  checkModel,
  InConcept,
  InReference,
  readResource,
  referencedId,
  resourceShape,
} from './resource-reader.js';

const InClaimResponse = resourceShape('ClaimResponse', {
  id: z.string(),
  status: z.string(),
  use: z.string().optional(),
  type: InConcept.optional(),
  created: z.string(),
  insurer: InReference,
  request: InReference.optional(),
  outcome: z.string(),
  item: z.array(z.object({ itemSequence: z.number(), adjudication: z.array(InAdjudication) })).optional(),
  adjudication: z.array(InAdjudication).optional(),
  total: z.array(InTotal).optional(),
  payment: InPayment.optional(),
});

/**
 * Reads a FHIR R4 `ClaimResponse` into the library's remittance model (one claim), so
 * `postRemittance` posts it: the `submitted` and `benefit` adjudications are the charge and the payment,
 * adjudications with a CARC reason are adjustments, RARC reasons are remarks. `claim` is the claim it
 * answers: a ClaimResponse names its lines only by sequence, so their codes come from the claim.
 *
 * @remarks A response whose `status` is `cancelled` is the payer's decision withdrawn (`fhir.claim_response.cancelled`:
 * nothing to post; a person reverses any posting of it), one `entered-in-error` no decision at all
 * (`fhir.claim_response.entered_in_error`: ignore it), a `draft` not yet one (`fhir.claim_response.status_unsupported`).
 * An adjustment's group (CO, PR, OA, PI) has no element in R4: it is read from the
 * adjustment-group extension, and deductible and copay are patient responsibility (PR-1, PR-3). An
 * adjudication that cannot be placed, a claim the payer has not adjudicated (`queued`) or rejected
 * (`error`), a response to another claim and a remittance that does not balance are reported
 * [sources: fhir-r4-claimresponse, x12-835]. Only `use` `claim` is a payment: a predetermination or
 * preauthorization is an estimate (`fhir.claim_response.not_a_claim`; no or another use:
 * `fhir.claim_response.use_unknown`). A line adjudicated twice (`fhir.claim_response.item_duplicate`), an
 * adjudication with two categories, CARCs or groups (`fhir.adjudication.category_conflict`,
 * `reason_conflict`, `group_conflict`), an amount with no currency (`fhir.money.currency_missing`) and a
 * modifier extension anywhere (`fhir.modifier_extension.unknown`) are reported, never resolved.
 * Only a professional claim's adjudication is read (the library bills 837P claims): another claim `type` is
 * reported (`fhir.claim_response.not_professional`; none: `fhir.claim_response.type_unknown`), and so is a non-zero
 * `payment.adjustment` (a prior payment reversed, an overpayment recovered: `fhir.claim_response.payment_adjustment`),
 * money not tied to this claim, to post by hand [sources: fhir-r4-claimresponse, fhir-r4-eob].
 * A reversal (a negative charge or payment: R4 has no claim status, and posting reads negative amounts as
 * one) with a positive charge or payment is set aside (`fhir.claim_response.reversal_not_negated`), as `read835`
 * sets aside a status 22 claim with one: a reversal repeats the payment it takes back negated
 * [sources: x12-835-clp].
 * @throws {@link ValidationError} when `claim` is invalid (a broken call).
 * @example
 * ```ts fragment
 * const read = fromFhirClaimResponse(claimResponse, claim);
 * read.success && postRemittance(read.data, [claim], balances, { asOf: '2026-04-10' });
 * ```
 */
export function fromFhirClaimResponse(resource: unknown, claim: ClaimInput): ValidationResult<Remittance> {
  const checked = safeValidate(Claim, claim, 'claim');
  // A broken call throws, listing the resource's problems of shape beside the claim's own.
  const sent = checked.success
    ? checked.data
    : validateArguments([
        ['resource', InClaimResponse, resource, 'FHIR ClaimResponse'],
        ['claim', Claim, claim, 'claim'],
      ])[1];
  return readResource(InClaimResponse, resource, 'FHIR ClaimResponse', (r, problems) => {
    statusProblem(r.status, problems, 'claim_response');
    const claimId = r.request === undefined ? sent.claimId : referencedId(r.request, 'Claim');
    if (claimId !== sent.claimId) {
      problems.add(['request'], 'fhir.claim_response.claim_mismatch', 'must answer the claim given');
    }
    const items = r.item ?? [];
    const lines = items.map((item, i) => {
      const line = sent.lines[item.itemSequence - 1];
      if (line === undefined) {
        problems.add(
          ['item', i, 'itemSequence'],
          'fhir.claim_response.item_unknown',
          'must be the sequence of a line of the claim',
        );
      } else if (items.findIndex((other) => other.itemSequence === item.itemSequence) < i) {
        // A line adjudicated twice: posting both would pay it twice; which one stands is not known.
        problems.add(
          ['item', i, 'itemSequence'],
          'fhir.claim_response.item_duplicate',
          'must adjudicate each line of the claim once',
        );
      }
      return {
        path: ['item', i],
        fields: {
          ...(line === undefined
            ? {}
            : {
                lineRef: line.lineId,
                procedureCode: line.procedureCode,
                modifiers: line.modifiers,
                serviceDate: line.serviceDate,
                units: line.units,
              }),
        },
        adjudication: item.adjudication,
      };
    });
    const candidate = remittanceOf({ ...r, claimId }, lines, problems, 'claim_response');
    if (problems.ownCount > 0) return () => candidate as never;
    const model = checkModel(Remittance, candidate, problems, remittancePath);
    return () => model;
  });
}

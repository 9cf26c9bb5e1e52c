import * as z from 'zod';
import { Remittance } from '../billing/index.js';
import type { ValidationResult } from '../core/index.js';
import {
  InAdjudication,
  InPayment,
  InTotal,
  remittanceOf,
  remittancePath,
  statusProblem,
} from './adjudication.js';
import { EXTENSION, SYSTEM } from './codes.js';
import {
  checkModel,
  codeIn,
  extensionOf,
  InConcept,
  InExtension,
  InReference,
  readResource,
  referencedId,
  resourceShape,
} from './resource-reader.js';

// A procedure or modifier code as CPT or HCPCS Level II, under either of HCPCS's URLs.
function procedureIn(concept: InConcept): string | undefined {
  return codeIn(concept, SYSTEM.cpt) ?? codeIn(concept, SYSTEM.hcpcs) ?? codeIn(concept, SYSTEM.hcpcsHttp);
}

const InEobItem = z.object({
  extension: z.array(InExtension).optional(),
  sequence: z.number(),
  productOrService: InConcept,
  modifier: z.array(InConcept).optional(),
  servicedDate: z.string().optional(),
  quantity: z.object({ value: z.number().optional() }).optional(),
  adjudication: z.array(InAdjudication).optional(),
});

const InEob = resourceShape('ExplanationOfBenefit', {
  id: z.string(),
  status: z.string(),
  use: z.string().optional(),
  type: InConcept.optional(),
  created: z.string(),
  insurer: InReference,
  claim: InReference.optional(),
  outcome: z.string(),
  item: z.array(InEobItem).optional(),
  adjudication: z.array(InAdjudication).optional(),
  total: z.array(InTotal).optional(),
  payment: InPayment.optional(),
});

/**
 * Reads a FHIR R4 `ExplanationOfBenefit` into the library's remittance model (one claim), so
 * `postRemittance` posts it: each item with its procedure code (CPT or HCPCS), modifiers, date and units;
 * the `submitted` and `benefit` adjudications as charge and payment; adjudications with a CARC reason as
 * adjustments and RARC reasons as remarks. The claim is the one `claim` references.
 *
 * @remarks A response whose `status` is `cancelled` is the payer's decision withdrawn (`fhir.eob.cancelled`:
 * nothing to post; a person reverses any posting of it), one `entered-in-error` no decision at all
 * (`fhir.eob.entered_in_error`: ignore it), a `draft` not yet one (`fhir.eob.status_unsupported`).
 * The 835's FHIR counterpart: the same adjudication rules as `fromFhirClaimResponse`. An item
 * whose product is not a CPT or HCPCS code (HCPCS Level II under its own system, `https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets`,
 * or with `http`), a modifier that is neither (`fhir.eob.modifier_unknown`), an EOB with no claim reference, a claim not adjudicated
 * (`queued`) or rejected (`error`) and a remittance that does not balance are reported
 * [sources: fhir-r4-eob, x12-835]. Only `use` `claim` is a payment: a predetermination or preauthorization
 * is an estimate (`fhir.eob.not_a_claim`; no or another use: `fhir.eob.use_unknown`); an item adjudicated
 * twice, by sequence or claim line, is reported (`fhir.eob.item_duplicate`).
 * Only a professional claim's adjudication is read (the library bills 837P claims): another claim `type` is
 * reported (`fhir.eob.not_professional`; none: `fhir.eob.type_unknown`), and so is a non-zero
 * `payment.adjustment` (a prior payment reversed, an overpayment recovered: `fhir.eob.payment_adjustment`),
 * money not tied to this claim, to post by hand [sources: fhir-r4-claimresponse, fhir-r4-eob].
 * A reversal (a negative charge or payment: R4 has no claim status, and posting reads negative amounts as
 * one) with a positive charge or payment is set aside (`fhir.eob.reversal_not_negated`), as `read835`
 * sets aside a status 22 claim with one: a reversal repeats the payment it takes back negated
 * [sources: x12-835-clp].
 * @example
 * ```ts fragment
 * const read = fromFhirExplanationOfBenefit(eob);
 * read.success && read.data.claims[0].paidCents; //=> 9000
 * ```
 */
export function fromFhirExplanationOfBenefit(resource: unknown): ValidationResult<Remittance> {
  return readResource(InEob, resource, 'FHIR ExplanationOfBenefit', (r, problems) => {
    statusProblem(r.status, problems, 'eob');
    const claimId = referencedId(r.claim, 'Claim');
    if (claimId === undefined) {
      problems.add(['claim'], 'fhir.eob.claim_missing', 'must reference the claim it adjudicates (Claim/id)');
    }
    const items = r.item ?? [];
    const lines = items.map((item, i) => {
      // An item adjudicated twice (the same sequence, or the same claim line): posting both would pay it
      // twice; which one stands is not known.
      if (items.findIndex((other) => other.sequence === item.sequence) < i) {
        problems.add(['item', i, 'sequence'], 'fhir.eob.item_duplicate', 'must adjudicate each item once');
      }
      const procedureCode = procedureIn(item.productOrService);
      if (procedureCode === undefined) {
        problems.add(
          ['item', i, 'productOrService'],
          'fhir.eob.procedure_missing',
          'must carry a CPT or HCPCS code',
        );
      }
      const lineRef = extensionOf(item.extension, EXTENSION.claimLine)?.valueString;
      const sameLine = (other: (typeof items)[number]) =>
        extensionOf(other.extension, EXTENSION.claimLine)?.valueString === lineRef;
      if (lineRef !== undefined && items.findIndex(sameLine) < i) {
        problems.add(
          ['item', i, 'extension'],
          'fhir.eob.item_duplicate',
          'must adjudicate each line of the claim once',
        );
      }
      const modifiers = (item.modifier ?? []).flatMap((m, j) => {
        const code = procedureIn(m);
        if (code !== undefined) return [code];
        // A modifier changes what the line bills: one the reader cannot place is reported, never dropped.
        problems.add(
          ['item', i, 'modifier', j],
          'fhir.eob.modifier_unknown',
          'must carry a CPT or HCPCS modifier',
        );
        return [];
      });
      return {
        path: ['item', i],
        fields: {
          ...(lineRef === undefined ? {} : { lineRef }),
          procedureCode,
          modifiers,
          ...(item.servicedDate === undefined ? {} : { serviceDate: item.servicedDate }),
          ...(item.quantity?.value === undefined ? {} : { units: item.quantity.value }),
        },
        adjudication: item.adjudication,
      };
    });
    const candidate = remittanceOf({ ...r, claimId }, lines, problems, 'eob');
    if (problems.ownCount > 0) return () => candidate as never;
    const model = checkModel(Remittance, candidate, problems, remittancePath);
    return () => model;
  });
}

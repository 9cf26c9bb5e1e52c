import * as z from 'zod';
import { type Decision, type Reason, reason, validate } from '../../core/index.js';
import { compareText, decideBySeverity } from '../../core/internal.js';
import type { BillingReasonCode } from '../reason-codes.js';
import { ServiceLine } from './service-code-selection.js';
import { SERVICE_CODE_CATALOG, type ServiceCode } from './service-codes.js';

/**
 * The lines billed for one session, as a schema (at least one line).
 *
 * @example
 * ```ts
 * ServiceCodeSet.parse([{ code: '90834', units: 1 }, { code: '90785', units: 1 }]);
 * ```
 */
export const ServiceCodeSet = z.array(ServiceLine).min(1).max(20);
export type ServiceCodeSet = z.infer<typeof ServiceCodeSet>;

/**
 * Whether a session's code set may be billed together, and every pairing rule it breaks if not.
 * @example
 * ```ts
 * const d: ServiceCodeSetDecision = evaluateServiceCodeSet([{ code: '90837', units: 1 }]);
 * //=> { outcome: 'valid', reasons: [] }
 * ```
 */
export type ServiceCodeSetDecision = Decision<'valid', 'invalid', BillingReasonCode>;

function pairingReasons(lines: ServiceCodeSet): Reason<BillingReasonCode>[] {
  const reasons: Reason<BillingReasonCode>[] = [];
  const present = new Set<ServiceCode>();
  for (const line of lines) {
    if (present.has(line.code)) {
      reasons.push(
        reason('billing.codes.duplicate_code', 'error', `Code ${line.code} is listed more than once.`, {
          code: line.code,
        }),
      );
    }
    present.add(line.code);
  }
  const codes = [...present].sort(compareText);
  for (const line of lines) {
    const max = SERVICE_CODE_CATALOG[line.code].maxUnitsPerSession;
    if (max !== null && line.units > max) {
      reasons.push(
        reason(
          'billing.codes.units_above_maximum',
          'error',
          `Code ${line.code} allows at most ${max} unit${max === 1 ? '' : 's'} per session.`,
          { code: line.code, units: line.units, maxUnits: max },
        ),
      );
    }
  }
  for (const code of codes) {
    const entry = SERVICE_CODE_CATALOG[code];
    // Add-ons need one of their primaries [sources: lcd-l35101, ama-cpt].
    if (entry.addOn && !entry.requiresOneOf.some((p) => present.has(p))) {
      reasons.push(
        reason(
          'billing.codes.add_on_without_primary',
          'error',
          `Add-on ${code} needs one of ${entry.requiresOneOf.join(', ')} on the same session.`,
          { code, allowedPrimaries: [...entry.requiresOneOf] },
        ),
      );
    }
  }
  for (let i = 0; i < codes.length; i += 1) {
    for (let j = i + 1; j < codes.length; j += 1) {
      const a = codes[i] as ServiceCode;
      const b = codes[j] as ServiceCode;
      if (SERVICE_CODE_CATALOG[a].excludes.includes(b)) {
        reasons.push(
          reason(
            'billing.codes.mutually_exclusive',
            'error',
            `Codes ${a} and ${b} may not be billed together.`,
            {
              codes: [a, b],
            },
          ),
        );
      }
    }
  }
  return reasons;
}

/**
 * Checks a session's code set against the pairing rules: add-ons only beside an allowed primary, no
 * mutually exclusive codes, no code twice, units within the per-session maximum.
 *
 * @param input - the session's lines (validated against {@link ServiceCodeSet}; unknown codes are rejected)
 * @returns `valid`, or `invalid` with one reason per broken rule
 * @throws {@link ValidationError} for unknown codes or bad units, every problem by path
 * @remarks Pairings [sources: lcd-l35101, ama-cpt]: crisis never with other psychotherapy codes; +90840
 * only with 90839; +90785 with 90791/90792, 90832–90838 and 90853, not with crisis or family codes and
 * not with E/M alone (sources differ on the family codes; we follow the stricter reading and do not allow
 * them [sources: aapc-90785]); 90833/90836/90838 only with an E/M service.
 * @example
 * ```ts
 * evaluateServiceCodeSet([{ code: '90834', units: 1 }, { code: '90785', units: 1 }]);
 * //=> { outcome: 'valid', reasons: [] }
 * evaluateServiceCodeSet([{ code: '90839', units: 1 }, { code: '90785', units: 1 }]);
 * //=> { outcome: 'invalid', reasons: [{ code: 'billing.codes.add_on_without_primary', … },
 * //     { code: 'billing.codes.mutually_exclusive', … }] }
 * ```
 */
export function evaluateServiceCodeSet(
  input: readonly z.input<typeof ServiceLine>[],
): ServiceCodeSetDecision {
  return serviceCodeSetOfValidated(validate(ServiceCodeSet, input, 'service code set'));
}

/** {@link evaluateServiceCodeSet} on lines that passed their schema (internal: the scrubber). */
export function serviceCodeSetOfValidated(lines: z.output<typeof ServiceCodeSet>): ServiceCodeSetDecision {
  return decideBySeverity(pairingReasons(lines), { pass: 'valid', warn: 'valid', fail: 'invalid' });
}

import type { TriageTable } from '../triage-category.js';

/**
 * Letters and forms that need a clinician's judgement: emotional support animal letters, work
 * accommodations, FMLA and disability forms, evaluations, letters about a diagnosis or treatment for a
 * court, a school or a surgeon. [sources: tx-22-tac-465]
 */
export const LETTERS_FORMS_CLINICAL: TriageTable = {
  label: 'letters_forms_clinical',
  en: [
    'esa|fmla|disability|accommodation|accommodations|504|iep',
    'emotional ..1 support ..1 animal|dog|cat|letter',
    'letter|letters|note|report & diagnosis|diagnosed|condition|court|custody|lawyer|attorney|judge|surgeon|surgery|anxiety|depression|ptsd|adhd|fit|medical',
    'form|forms|paperwork|documentation & diagnosis|diagnosed|condition|anxiety|depression|ptsd|adhd|fit|medical',
    'psych|psychological|psychiatric|mental ..1 eval|evaluation|evaluations|assessment|testing|clearance',
    'evaluation|eval|assessment|clearance ..3 before|for ..2 surgery|procedure|court|custody',
    'treatment ..1 summary|history|records|plan',
    'return ..1 to ..1 work ..1 note|letter|form',
    'leave ..1 of ..1 absence',
  ],
  es: [
    'carta|constancia|nota|formulario ..4 diagnostico|tratamiento|corte|abogado|incapacidad',
    'incapacidad|discapacidad',
    'evaluacion ..2 psicologica|psiquiatrica',
  ],
};

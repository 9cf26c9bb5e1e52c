import type { TriageTable } from '../triage-category.js';

/**
 * Medication: names, doses, refills, side effects, starting, stopping or mixing. Advice on medication is
 * clinical work: staff may not give it. [sources: tx-22-tac-465]
 */
export const MEDICATION: TriageTable = {
  label: 'medication',
  en: [
    '{med_name}',
    'meds|medication|medications|medicine|prescription|prescriptions|script|rx|antidepressant*|ssri|ssris|snri|antipsychotic*|stimulant*|benzo|benzos|psychiatric',
    'dose|doses|dosage|dosing|mg|milligram*|refill|refills|taper|tapering|titrat*',
    'side ..1 effect|effects',
    'pharmacy|pharmacist|prior ..1 auth|authorization & {pills}|refill|prescription|dose',
    'pill|pills|tablet|tablets|capsule|capsules',
    // Set cg (lead20): a pharmacogenomic test that guides the choice of medicine; its results are the prescriber's.
    'genesight|pharmacogenomic|pharmacogenetic|pharmacogenomics',
    'dna ..1 test|testing|results|panel',
    'come|coming|get|getting|wean ..1 off ..2 my|the|it|them',
    'increase|decrease|lower|raise|up|adjust|change|switch ..2 my|the ..1 dose|dosage|meds|medication',
  ],
  es: [
    'medicamento|medicamentos|medicina|medicinas|receta|recetas|dosis|pastilla|pastillas|tabletas|antidepresivo*|farmacia',
    'efecto|efectos ..2 secundario|secundarios',
  ],
};

import type { TriageTable } from '../triage-category.js';
import { ACTIVE_IDEATION } from './active-ideation.js';
import { BILLING } from './billing.js';
import { CHILD_SAFETY } from './child-safety.js';
import { CLINICAL_SENSES } from './clinical-senses.js';
import { COURTESY } from './courtesy.js';
import { ENQUIRY } from './enquiry.js';
import { FEELINGS_ABOUT_THERAPY } from './feelings-about-therapy.js';
import { GENERAL } from './general.js';
import { HARM_TO_OTHERS } from './harm-to-others.js';
import { INGESTION_OVERDOSE } from './ingestion-overdose.js';
import { INTIMATE_PARTNER_VIOLENCE } from './intimate-partner-violence.js';
import { LETTERS_FORMS_CLINICAL } from './letters-forms-clinical.js';
import { MEDICAL_EMERGENCY } from './medical-emergency.js';
import { MEDICATION } from './medication.js';
import { METHOD_MEANS } from './method-means.js';
import { ORDINARY_SENSES } from './ordinary-senses.js';
import { PAPERWORK } from './paperwork.js';
import { PASSIVE_IDEATION } from './passive-ideation.js';
import { PLAN_INTENT } from './plan-intent.js';
import { PREPARATORY_ACTS } from './preparatory-acts.js';
import { PSYCHOSIS_COMMAND } from './psychosis-command.js';
import { SCHEDULING } from './scheduling.js';
import { SELF_HARM } from './self-harm.js';
import { SEXUAL_ASSAULT } from './sexual-assault.js';
import { SUBSTANCE_USE } from './substance-use.js';
import { SYMPTOMS } from './symptoms.js';
import { UNCLEAR_REFERENCES } from './unclear-references.js';
import { URGENT_DISTRESS } from './urgent-distress.js';

/** Every built-in triage table: crisis categories, clinical ones, administrative ones, then explanations. */
export const TRIAGE_TABLES: readonly TriageTable[] = [
  PASSIVE_IDEATION,
  ACTIVE_IDEATION,
  METHOD_MEANS,
  PLAN_INTENT,
  PREPARATORY_ACTS,
  INGESTION_OVERDOSE,
  SELF_HARM,
  PSYCHOSIS_COMMAND,
  HARM_TO_OTHERS,
  CHILD_SAFETY,
  INTIMATE_PARTNER_VIOLENCE,
  SEXUAL_ASSAULT,
  MEDICAL_EMERGENCY,
  URGENT_DISTRESS,
  MEDICATION,
  SYMPTOMS,
  FEELINGS_ABOUT_THERAPY,
  LETTERS_FORMS_CLINICAL,
  SUBSTANCE_USE,
  SCHEDULING,
  BILLING,
  PAPERWORK,
  GENERAL,
  COURTESY,
  ENQUIRY,
  ORDINARY_SENSES,
  CLINICAL_SENSES,
  UNCLEAR_REFERENCES,
];

// Common psychiatric medications by brand and generic name: mentioning one in a message or a reply is a
// clinical matter (triage) and naming one in staff's draft reads as medication guidance (reply check).
export const MEDICATION_NAMES: readonly string[] = [
  'zoloft',
  'sertraline',
  'prozac',
  'fluoxetine',
  'lexapro',
  'escitalopram',
  'xanax',
  'alprazolam',
  'klonopin',
  'ativan',
  'adderall',
  'wellbutrin',
  'bupropion',
  'seroquel',
  'abilify',
  'lithium',
  'trazodone',
  'lamictal',
];

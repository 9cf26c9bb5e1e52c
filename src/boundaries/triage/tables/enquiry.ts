import type { TriageTable } from '../triage-category.js';

/**
 * Enquiries about the practice: who it sees, what it offers, whether it is hiring, what a first visit looks
 * like. They account for their words as courtesy does (weakly: no unexplained word may stand beside them)
 * and make a message a general one when nothing else is asked.
 */
export const ENQUIRY: TriageTable = {
  label: 'enquiry',
  en: [
    'do|does ..1 you|u|anyone|someone|your|dr|doctor ..2 have|offer|offers|see|sees|treat|treats|take|takes|accept|accepts|do|does|provide|provides|work|works|specialize*|speak|speaks|hire|hiring',
    'are|is ..1 there ..2 any|a|someone|anyone|somebody|anybody',
    'are|is ..1 you|dr|doctor|anyone ..2 hiring|accepting|taking|open|available|licensed|covered',
    'who ..2 specialize*|treats|treat|works|work|does|do|offers|offer|speaks|speak',
    'what ..2 does|do|is|will ..3 look ..1 like',
    'how ..1 long|many|often|soon|far',
    'right ..1 place|number|person|office|email',
    'recommend|refer ..2 someone|somebody|anyone|a|me',
    'what ..2 languages|ages|kinds|types|insurances|hours',
    // A preference for a therapist like oneself: "a therapist who is Black", "a Latina counselor".
    'therapist|therapists|counselor|counselors|clinician|clinicians|provider|providers|someone ..3 who ..2 is|are|speaks|understands|identifies',
    'black|latina|latino|latinx|asian|queer|lgbtq|lgbt|christian|muslim|jewish|female|male|woman|women|man|bilingual ..1 therapist|therapists|counselor|counselors|clinician|clinicians|provider|providers',
  ],
  es: [
    'tienen|hay ..2 alguien|algun|alguna|quien',
    // A therapist of a kind: "¿hay terapeuta hombre?", "¿tienen psicóloga mujer?".
    'hay|tienen ..2 terapeuta|terapeutas|psicologo|psicologa|psicologos|psicologas|consejero|consejera ..1 hombre|hombres|mujer|mujeres|varon|latino|latina|bilingue',
    'atienden|aceptan|ofrecen|trabajan|hablan',
    // Classes and groups offered: "¿ustedes dan clases para padres?", "¿hacen grupos?".
    'dan|hacen|tienen|ofrecen ..2 clases|grupos|talleres|cursos',
    'cuanto ..1 tiempo|tarda|dura',
  ],
};

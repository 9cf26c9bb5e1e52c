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
    // admin23 (2026-12-06): questions about the desk's process, whom to ask and what a thing of the desk means ("who do
    // I talk to about that", "who should I contact about billing", "what does the portal status mean", "is this a
    // coding thing"). Whom to ask is asked of a matter ("about that", "for billing"), never alone: "who can I talk to"
    // by itself may be a plea and stays a clinician's. What a thing means only of a thing of the desk named there: "what
    // does that mean" or "what does this code mean" may ask what a diagnosis means, which is the clinician's (set ax).
    'who ..2 do|can|should|would ..1 i|we ..3 talk|speak|ask|contact|call|email|reach|write ..2 about|for|regarding ..3 that|this|it|{desk_thing}|{logistics}',
    // What the desk, the portal or the payer said, reported ("the portal says my date of birth doesnt match", "cvs keeps
    // saying they sent it", "my insurance told me it's covered"): a class of things that speak (`desk_thing`,
    // word-classes.ts), never a person. An enquiry, not a request: it accounts for its sentence and names no class, so
    // a bill reported on stays the biller's. What else the sentence says is read as usual ("the insurance says no and
    // honestly I don't see the point of anything anymore" is a crisis).
    '{desk_thing} ..2 {say_verb}',
    'what ..1 does|do ..5 {desk_thing}|modifier|pending|status ..1 mean|means',
    'is|its ..2 this|that|it ..1 a ..1 coding|billing|insurance|browser|chrome|safari|portal|system|tech|technical|glitch|network|login|paperwork ..1 thing|problem|error|glitch',
    // lead27: whether something of the desk's changed or still holds ("or did that change?", "has that changed", "is
    // that still the case"), asked of "that", "it" or "this", never of oneself.
    'did|has|have|does|will|would ..1 that|it|this|anything ..1 change|changed|changes',
    'is|s|was ..1 that|it|this ..1 still ..1 the ..1 case|same|true|right|correct|current',
    // admin38 (2026-12-07): whom a thing of the desk goes to ("who do I give it to?", "who should I send the form to"):
    // the thing is handed over, so the question is the desk's, never "who can I talk to" alone.
    'who|whom ..2 do|should|can|would ..1 i|we ..2 give|send|hand|fax|mail|email|submit|return|bring|turn ..2 it|this|that|them|these|those|form|forms|paperwork|letter|copy ..1 to|in',
  ],
  es: [
    'tienen|hay ..2 alguien|algun|alguna|quien',
    // A therapist of a kind: "¿hay terapeuta hombre?", "¿tienen psicóloga mujer?".
    'hay|tienen ..2 terapeuta|terapeutas|psicologo|psicologa|psicologos|psicologas|consejero|consejera ..1 hombre|hombres|mujer|mujeres|varon|latino|latina|bilingue',
    'atienden|aceptan|ofrecen|trabajan|hablan',
    // Classes and groups offered: "¿ustedes dan clases para padres?", "¿hacen grupos?".
    'dan|hacen|tienen|ofrecen ..2 clases|grupos|talleres|cursos',
    'cuanto ..1 tiempo|tarda|dura',
    // admin23: the same questions about the desk's process, in Spanish ("¿con quién hablo para eso?", "¿qué significa
    // lo del portal?"). Not "¿qué significa eso?" alone: "eso" may be a diagnosis (set ax).
    'con ..1 quien ..3 hablo|hablar|pregunto|preguntar|comunico ..2 para|sobre|de ..2 eso|esto|{desk_thing}|{logistics}',
    '{desk_thing} ..2 {say_verb}',
    'que ..1 significa|significan ..3 {desk_thing}',
    'que ..1 quiere ..1 decir ..3 {desk_thing}',
    // admin38: no encontrar dónde estacionar ("no encuentro lugar", "la vez pasada no encontré lugar", "di mil vueltas").
    'encontre|encuentro|encontramos|encontraba|hallo|halle ..1 lugar|estacionamiento|parqueo|espacio|donde ..1 estacionar|estacionarme|parquear|parquearme',
    'encontre|encuentro|encontramos|encontraba|hallo|halle ..1 lugar|estacionamiento|parqueo|espacio',
    'di|dimos|doy|daba ..1 mil|muchas|varias ..1 vueltas',
  ],
};

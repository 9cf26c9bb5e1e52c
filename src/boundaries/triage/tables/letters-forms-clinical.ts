import type { TriageTable } from '../triage-category.js';

/**
 * Letters and forms that need a clinician's judgement: emotional support animal letters, work
 * accommodations, FMLA and disability forms, evaluations, letters about a diagnosis or treatment for a
 * court, a school or a surgeon. [sources: tx-22-tac-465]
 */
export const LETTERS_FORMS_CLINICAL: TriageTable = {
  label: 'letters_forms_clinical',
  en: [
    // lead41 (set en): a letter for a school that asks for an incomplete, a withdrawal or an extension documents the
    // client's condition ("i need a letter for the university to request an incomplete"): the clinician writes it.
    'letter|letters|note|notes|documentation|paperwork|statement & (an incomplete|incompletes|a withdrawal|medical withdrawal|withdraw from|an extension|extensions on|a deferral|defer my|underload)',
    // Set cg (lead20): results gone over with the clinician (what they mean for one's care is the clinician's).
    'go|going|goes|went ..1 over|through ..2 my|the|these|those ..2 results|labs|bloodwork|scores|report',
    // A school, a doctor or an employer asking the clinician's view on what the client needs (lead, 2026-12-06, from an
    // unseen set: "we'd like the therapist's input on whether Mason would benefit from a shortened school day").
    'therapist|therapists|clinician|clinicians|psychiatrist|psychiatrists|counselor|counselors|provider|providers|doctor|doctors ..1 input|opinion|opinions|recommendation|recommendations|perspective|view|views ..3 on|about|regarding|whether|if',
    'input|opinion|recommendation|perspective ..2 of|from ..2 the|her|his|your|our|their ..1 therapist|clinician|psychiatrist|counselor|provider ..3 on|about|regarding|whether|if',
    '{child}|he|she|they ..3 would|could|might ..1 benefit ..1 from',
    'fmla|disability|accommodation|accommodations|504|iep',
    // ESA (an emotional support animal) beside what it is about: alone, `esa` is the Spanish "that" ("esa multa").
    'esa ..3 letter|letters|form|forms|paperwork|animal|dog|cat|certification|certificate|cert|registration|housing|landlord|renewal|carta|perro|gato|mascota',
    'letter|letters|form|forms|note|paperwork|renew|renewal|need|needs|get|request|requesting|qualify|carta|constancia|formulario ..2 esa',
    'my|an|your|mi ..1 esa',
    'emotional ..1 support ..1 animal|dog|cat|letter',
    'letter|letters|note|report & diagnosis|diagnosed|condition|court|custody|lawyer|attorney|judge|surgeon|surgery|anxiety|depression|ptsd|adhd|fit|medical',
    'form|forms|paperwork|documentation & diagnosis|diagnosed|condition|anxiety|depression|ptsd|adhd|fit|medical',
    'psych|psychological|psychiatric|mental ..1 eval|evaluation|evaluations|assessment|testing|clearance',
    'evaluation|eval|assessment|clearance ..3 before|for ..2 surgery|procedure|court|custody',
    'treatment ..1 summary|history|records|plan',
    'return ..1 to ..1 work ..1 note|letter|form',
    // The holdout da, read at the round's end (lead29): a letter for one's job saying what one needs ("a letter for my job
    // saying I need to work day shifts only"): what it says about the client is the provider's.
    'letter|letters|note|notes ..3 job|work|employer|hr|boss|school|landlord|manager ..2 saying|stating|says|explaining ..3 i|he|she|they ..2 need|needs|cant|can|should|must|have',
    'leave ..1 of ..1 absence',
    // A letter or form that must say something about the client (why, what they need, what they can do),
    // not only that they attend: only the clinician can write it.
    'letter|letters|note|notes|form|forms|paperwork|documentation|statement & excuse|excused|accommodation|accommodations|accommodate|exempt|exemption|waiver|restriction|restrictions|extension|extensions|recommend|recommendation|clearance|cleared|clearing|unable|capacity|eligible|eligibility|qualify|qualifies',
    'letter|letters|note|notes|form|forms|paperwork|documentation & time ..1 off',
    'letter|letters|note|notes|form|forms|paperwork|documentation & off ..1 work|school|duty',
    'letter|letters|note|notes|form|forms|paperwork|documentation & work|school|class|classes ..1 from ..1 home',
    'letter|letters|note|notes|form|forms|paperwork|documentation & medical|sick|stress|family|maternity|paternity ..1 leave',
    // Who the letter is for says nothing by itself (a landlord or a probation officer may want attendance
    // only); an animal or an immigration case needs the clinician's word (custody papers a parent uploads do not).
    'letter|letters|note|notes|form|forms|paperwork|documentation & pet|pets|dog|dogs|cat|cats|animal|animals|immigration|uscis|asylum',
    'letter|letters|note|notes|form|forms|paperwork|documentation & jury ..1 duty',
    'support|supporting|supportive|recommendation|referral ..1 letter|letters',
    'fit|fitness ..2 duty',
    'short|long ..1 term ..1 disability',
    'std|ltd ..3 form|forms|paperwork|claim',
    // A form the clinician is asked to fill in about the client: what goes in it is the clinician's word ("the
    // school needs you to fill out this form", "can Dr. Lee complete the questionnaire?").
    'need|needs|want|wants|asking|asks|asked|require|requires|requiring ..2 you|therapist|counselor|provider|clinician|doctor|dr|psychiatrist ..3 to ..1 fill|complete|sign ..1 out|in|off',
    'need|needs|want|wants|asking|asks|asked|require|requires|requiring ..2 you|therapist|counselor|provider|clinician|doctor|dr|psychiatrist ..3 to ..1 fill|complete',
    'can|could|would|will ..1 you|therapist|counselor|provider|clinician|doctor|dr|psychiatrist ..2 fill|complete ..4 form|forms|questionnaire|questionnaires|paperwork|evaluation|assessment|section|part',
    'for ..1 you|therapist|counselor|provider|clinician|doctor|dr|psychiatrist ..1 to ..1 fill|complete',
    // Disability benefits' medical forms (SSDI, SSI, a medical source statement, a functional capacity form).
    'ssdi|ssi & form|forms|statement|letter|paperwork|questionnaire|fill|evaluation|records|provider',
    'medical ..1 source ..1 statement',
    'residual ..1 functional|function ..1 capacity',
    // Set u (recall7): a letter that must say what the client can do (return to the classroom, fit, safe).
    'letter|letters|note|notes|form|forms|statement|paperwork|documentation|document|something ..3 saying|says|stating|that ..2 i|im|she|he|they ..1 can|could|able|ok|okay|fit|safe|ready|allowed',
    'letter|letters|note|notes|form|forms|paperwork|clearance & return|returning|back ..3 work|classroom|job|duty|teaching|campus',
    // A return to work said as when and how much (lead, 2026-12-05, an honest unseen set: "paperwork for work saying
    // I can return full time starting next month"), and a document the employer or school says must come from the
    // clinician treating the client: what it attests is the clinician's word.
    'letter|letters|note|notes|form|forms|paperwork|documentation|clearance & return|returning|back ..3 full|part ..1 time',
    'letter|letters|note|notes|form|forms|paperwork|documentation & full|part ..1 time ..3 again|hours|schedule|return|back',
    'has|have|needs|need|must ..1 to ..1 come|be ..2 from|by|signed ..4 clinician|therapist|counselor|provider|doctor|psychiatrist|psychologist|treating',
    'signed|written|filled ..2 by ..2 my|the ..1 treating|therapist|counselor|clinician|provider|psychiatrist',
    // Accommodations named by what they are (extra time on tests, light duty).
    'letter|letters|note|notes|form|forms|paperwork|documentation & extra|additional|extended ..1 time',
    'letter|letters|note|notes|form|forms|paperwork|documentation & light ..1 duty|duties',
    // Set ak (lead): a teacher's or parent's rating scale for the prescriber (Vanderbilt, Conners): assessment.
    'vanderbilt|vanderbilts|conners',
    'rating ..1 scale|scales|form|forms & teacher|adhd|np|prescriber|doctor|psychiatrist',
    // What is in one's therapy notes, or what the clinician wrote about one (set cp, read for its misses, lead24): the
    // clinician decides on psychotherapy notes (45 CFR 164.524(a)(1)(i)) and reads them with the client.
    'therapy|session|progress|counseling|counselling|therapists|therapist ..1 notes|note',
    'what ..3 you|she|he|they|therapist|doctor|dr ..2 wrote|writes|write|written|put|said ..3 about ..1 me|my|him|her|us',
    // lead33 (set di): a letter to one's job for reduced hours.
    'write|writing ..2 a ..1 letter|note ..2 to ..2 my ..1 job|employer|work|boss|hr|supervisor|manager',
    'letter|letters|note|notes|form|forms|paperwork|documentation & night|overnight ..1 shift|shifts',
    // lead38 (set ec): a note for a job or a school saying what the client needs ("write something for my job saying I need a
    // 30 min break for a snack").
    'write|writing ..1 something|anything|a ..1 note|letter ..4 job|work|employer|boss|manager|school|professor|landlord|court & saying|say|says|that ..2 i|he|she|they ..2 need|needs|have|has|can|cant|should|must',
  ],
  es: [
    // lead41 (set en): una carta para la escuela que pide un incompleto, una baja o una prórroga.
    'carta|cartas|constancia|nota & (un incomplete|un incompleto|incompletos|el retiro|retirarme de|darme de baja|una prorroga|una prórroga|una extension|una extensión)',
    'carta|constancia|nota|formulario ..4 diagnostico|tratamiento|corte|abogado|incapacidad',
    'incapacidad|discapacidad',
    // Set ax (lead): accommodations at school or work asked of the clinician ("la escuela pide un formulario del
    // doctor para acomodaciones"), as the English table's accommodations, 504 and IEP.
    'acomodacion|acomodaciones|adaptaciones|adecuaciones & escuela|colegio|escolar|escolares|trabajo|formulario|formularios|carta|constancia|maestra|maestro',
    'evaluacion ..2 psicologica|psiquiatrica',
    // The same letters in Spanish: an excuse from work or school, time off, a leave, an accommodation.
    'carta|cartas|nota|notas|constancia|formulario|formularios|papeles & justificante|justificar|justifique|permiso|incapacidad|ausencia|ajuste|ajustes|licencia|baja|exento|exencion',
    'justificante ..3 trabajo|escuela|medico|medica',
    'carta|cartas|nota|constancia & mascota|perro|gato|animal|inmigracion|asilo',
    // A form for the clinician to fill in: "necesitan que usted llene este formulario".
    'que ..1 usted|ustedes|la|el|doctora|doctor|terapeuta|licenciada|licenciado ..2 llene|llenen|complete|completen|firme|firmen',
    // Set u (recall7), in Spanish: una carta que diga que puedo regresar.
    'carta|constancia|nota ..3 que ..2 puedo|puede|estoy|esta|está ..2 regresar|volver|apta|apto|lista|listo',
    // A document that must come from the clinician treating the client (lead, 2026-12-05), and accommodations named.
    'tiene|tienen|debe|debe ..2 venir|ser ..2 de|del|firmada|firmado ..3 terapeuta|doctor|doctora|psicologo|psicologa|psiquiatra|consejero|consejera',
    'carta|cartas|nota|constancia|formulario|papeles & tiempo ..1 extra|adicional',
    'carta|cartas|nota|constancia|formulario|papeles & tiempo ..1 completo|parcial ..3 regresar|volver|trabajo',
    // lead33 (set dl): una carta para el trabajo sobre los turnos.
    'carta|constancia|nota|notita & turno|turnos ..2 de ..1 noche|madrugada',
    'tiene|tienen ..2 que ..1 venir ..2 de ..1 usted|ustedes|ella|el',
    'tiene|tienen ..2 que ..1 venir ..2 de ..2 doctora|terapeuta|psicologa|psicologo|consejera',
  ],
};

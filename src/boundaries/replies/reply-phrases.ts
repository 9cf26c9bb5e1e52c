// What an assistant's draft reply must not say, by kind (clinical advice, medication guidance, diagnosis or
// assessment, score or result interpretation, treatment recommendations, emergency directions), and the
// clinical detail that needs a consented channel, in English and Spanish. Written in the triage tables' phrase
// language and matched by the same engine, with the reply check's own word classes beside triage's.
// [sources: tx-22-tac-465, hhs-faq-email, samhsa-988]
import type { WordClassDefinition } from '../triage/word-lexicon.js';

/** What a phrase in a draft reply signals. */
export type DraftSignal =
  | 'advice'
  | 'medication'
  | 'assessment'
  | 'interpretation'
  | 'treatment'
  | 'emergency'
  | 'detail';

/** Every signal, in the order the reply check reports them. */
export const DRAFT_SIGNALS: readonly DraftSignal[] = [
  'advice',
  'medication',
  'assessment',
  'interpretation',
  'treatment',
  'emergency',
  'detail',
];

/**
 * The reply check's own word classes (named `reply_*`, so never one of triage's). English and Spanish words
 * of one concept share a class; words are matched after normalisation (accents folded).
 */
export const REPLY_WORD_CLASSES: Readonly<Record<string, WordClassDefinition>> = {
  // What is scored or measured: a number staff may record, never read out as a meaning.
  reply_score: {
    words:
      'score scores scored scoring result results level levels range reading readings puntuacion puntuaciones puntaje puntajes resultado resultados nivel niveles rango',
  },
  // Screeners, questionnaires and tests whose results only a clinician reads to a client.
  reply_screener: {
    words:
      'phq* gad7 gad pcl5 pcl auditc cssrs asrs mdq ybocs epds bdi bai moca mmse screener screeners screening screenings questionnaire questionnaires labs lab bloodwork labwork ekg ecg eeg mri cuestionario cuestionarios laboratorio laboratorios analisis',
  },
  // What a reading of a score or result says: a severity, a band, a meaning.
  reply_reading: {
    words:
      'normal normals abnormal mild moderate moderately severe severely severity elevated positive negative concerning worrying significant significantly borderline minimal subclinical indicates indicate indicating indicative suggests suggest suggesting suggestive means mean meaning consistent cutoff threshold normales anormal anormales leve leves moderado moderada moderados moderadas moderadamente severo severa severos severas grave graves elevado elevada elevados elevadas positivo positiva negativo negativa preocupante preocupantes significativo significativa indica indican sugiere sugieren significa significan',
  },
  // Names of conditions and labels for a person: what a diagnosis calls someone.
  reply_diagnosis: {
    words:
      'bipolar depressed depression anxious anxiety adhd ocd ptsd cptsd autistic autism aspergers manic mania hypomanic psychotic psychosis borderline bpd narcissist narcissistic schizophrenic schizophrenia schizoaffective paranoid traumatized addict addicted alcoholic disorder disordered dissociative dysthymia dysthymic insomnia anorexic anorexia bulimic bulimia deprimido deprimida depresion ansioso ansiosa ansiedad tdah autista autismo maniaco maniaca psicotico psicotica paranoico paranoica adicto adicta alcoholico alcoholica trastorno trastornos esquizofrenia esquizofrenico esquizofrenica traumatizado traumatizada',
  },
  // Kinds of treatment a recommendation names.
  reply_modality: {
    words:
      'therapy therapies counseling counselling psychotherapy emdr dbt cbt erp exposure hypnosis hypnotherapy neurofeedback biofeedback tms ect rehab inpatient outpatient iop php detox medication medications meds antidepressant antidepressants ssri ssris terapia terapias psicoterapia consejeria tratamiento tratamientos hipnosis desintoxicacion internamiento antidepresivo antidepresivos medicacion medicamento medicamentos',
  },
  // Spanish forms of "take" (a medicine).
  reply_take_es: {
    words:
      'tome tomar toma tomes tomen tomarse tomese tomela tomelas tomarla tomarlas tomarlo tomarlos tomando tomandola tomandolas tomandolo tomandolos',
  },
  // Spanish verbs that change how a medicine is taken: stop, skip, double, raise, lower, switch.
  reply_change_es: {
    words:
      'deje dejar deja dejes dejen suspenda suspender suspende suspendas interrumpa interrumpir pare parar salte saltar saltese saltarse saltarte olvide olvidar duplique duplicar doble aumente aumentar aumenta baje bajar reduzca reducir reduce suba subir cambie cambiar',
  },
  // Effects a medicine can have, named in a statement about them ("the nausea is common"), in English and Spanish.
  reply_side_effect: {
    words:
      'nausea nauseous nauseated headache headaches dizziness dizzy drowsiness drowsy sleepiness jitteriness jittery jitters sweating sweats tremor tremors shakiness constipation diarrhea fatigue tiredness restlessness akathisia rash nauseas mareo mareos somnolencia temblor temblores sudoracion estrenimiento diarrea inquietud sarpullido',
  },
  // A score or a screener's change over time, read as a direction: "dropped", "went down", "improved".
  reply_trend: {
    words:
      'dropped fell decreased declined improved improving worsened worsening rose risen increased jumped climbed doubled halved spiked bajo bajaron subio subieron mejoro mejoraron empeoro empeoraron aumento aumentaron disminuyo disminuyeron cayo cayeron',
  },
  // What a reading of a change or a score calls it: progress, great, worrying.
  reply_verdict: {
    words:
      'progress improvement improvements great excellent wonderful fantastic amazing encouraging promising terrible awful worrying progreso avance avances mejoria excelente',
  },
  // Self-care a draft may recommend: "journaling might help", "breathing can ease it".
  reply_self_care: {
    words:
      'journaling journalling journal meditation meditating breathing mindfulness yoga stretching exercise exercising grounding relaxation respiracion meditacion ejercicio estiramientos',
  },
  // Where emergency care is given, in English and Spanish.
  reply_emergency_place: {
    words: 'er hospital hospitals urgencias emergencias emergencia hospitales',
  },
};

/** The reply check's phrases by signal. */
export const REPLY_PHRASES: Readonly<Record<DraftSignal, readonly string[]>> = {
  advice: [
    'you ..1 should ..1 try',
    'try ..2 to ..1 relax|breathe|sleep|journal|meditate',
    'try ..1 breathing|journaling|meditating|meditation|yoga|grounding',
    'breathing|grounding|relaxation ..1 exercise|exercises|technique|techniques',
    'deep ..1 breath|breaths|breathing',
    'coping ..1 skill|skills|strategy|strategies|mechanism|mechanisms',
    'i|id|we ..1 would ..1 recommend|suggest',
    'i|we ..1 recommend|suggest|advise',
    'id|d|ill|ll ..1 recommend|suggest|advise',
    'my ..1 advice',
    'it ..1 might|would|could|may ..1 help ..1 to',
    'it ..1 helps ..1 to',
    'meditat*|mindfulness',
    'go ..1 for ..1 a ..1 walk',
    'sleep ..1 hygiene',
    'cut ..1 back ..1 on',
    'avoid|stop|limit ..1 alcohol|drinking|caffeine',
    'set ..1 boundaries',
    'ground ..1 yourself',
    'distract ..1 yourself',
    'calm ..1 down',
    'do ..1 not ..1 worry',
    'dont ..1 worry',
    // Telling a client a clinician need not see them sooner is a clinical judgement.
    'no ..1 need ..3 see ..3 therapist|doctor|clinician|psychiatrist|counselor|sooner|earlier',
    // Self-care said to help: "journaling might help until you see Dr. Lee", "it may help you relax".
    '{reply_self_care} ..3 might|may|could|would|will|can|should|often|usually|really|also ..1 help|ease|calm|reduce|relieve',
    '{reply_self_care} ..2 helps|works',
    'more ..1 sleep|rest|exercise ..3 might|may|could|would|will|can|should ..1 help',
    'help|helps ..1 you|u|yourself ..1 relax|calm|sleep|cope|unwind|breathe|meditate|journal',
    'keep|keeping|start|starting ..1 a ..1 journal|diary',
    // Spanish.
    '{reply_self_care} ..4 puede|podria|pueden|podrian|suele|suelen ..2 ayudar|ayudarle|ayudarte|calmar|aliviar',
    '{reply_self_care} ..3 ayuda|ayudan|ayudaria|ayudarian',
    'le|te ..1 puede|podria ..1 ayudar ..2 respirar|meditar|caminar|relajarse|relajarte',
    'llevar|escribir ..1 un ..1 diario',
    'deberia|deberias ..1 probar|intentar',
    'recomiendo|recomendamos|recomendaria|sugiero|sugerimos|sugeriria|aconsejo|aconsejamos|aconsejaria',
    'mi ..1 consejo',
    'respire|respira|respirar ..2 profundo|profundamente|hondo',
    'ejercicio|ejercicios|tecnica|tecnicas ..1 de ..1 respiracion|relajacion',
    'no ..1 se ..1 preocupe',
    'no ..1 te ..1 preocupes',
    'calmese|tranquilicese|relajese|calmate|tranquilizate|relajate',
    'meditar|meditacion|atencion ..1 plena',
  ],
  medication: [
    'take|taking ..1 your|another|extra',
    'stop|keep|start ..1 taking',
    'skip ..1 a|your ..1 dose',
    'double ..1 up|your',
    'increase|decrease|lower|raise ..1 your|the ..1 dose|dosage|meds|medication',
    'higher|lower ..1 dose',
    'taper*|dose|doses|dosage|mg|milligram*',
    'wean|come ..1 off',
    // Take, skip, stop, halve or double a medicine, by its kind or its name.
    'take|took|skip|stop|quit|halve|split|crush|double|pause ..3 {pills}|{med_name}',
    // More or less of it.
    'more|less|fewer|extra|another|half|additional ..2 {pills}|{med_name}',
    // With alcohol.
    'alcohol|drink|drinks|drinking|wine|beer|booze|liquor ..3 on|with|while ..2 {pills}|{med_name}',
    '{pills}|{med_name} ..3 with|and ..2 alcohol|drink|drinks|drinking|wine|beer|booze|liquor',
    // When and how: "take it with food", "take them at bedtime", "cut your pills in half", "take less".
    'take|taking it|them|one|both ..2 with|before|after|at ..1 food|meals|bedtime|night|breakfast|dinner',
    'cut ..3 {pills}|{med_name}',
    'take|taking ..1 less|fewer|half',
    // What a medicine's effects will do or are: "those side effects usually go away in a couple of weeks",
    // "the nausea from Lexapro is common and usually temporary", "it takes a few weeks to kick in".
    'side ..1 effect|effects ..5 go|goes|going|wear|wears|fade|fades|pass|passes|settle|settles|subside|subsides|ease|eases|improve|improves|disappear|disappears|resolve|resolves|lessen|lessens',
    'side ..1 effect|effects ..5 common|normal|usual|usually|typical|typically|temporary|expected|mild|harmless|rare|minor|manageable|nothing|fine|ok|okay|serious|dangerous',
    'common|normal|usual|typical|temporary|expected|mild|harmless|rare|minor ..2 side ..1 effect|effects',
    '{reply_side_effect} ..6 common|normal|usual|usually|typical|typically|temporary|expected|harmless|fade|fades|pass|passes|subside|subsides',
    '{reply_side_effect} ..5 go|goes|going ..1 away',
    '{reply_side_effect} ..5 wear|wears|wearing ..1 off',
    '{med_name} ..4 common|normal|typical|expected|temporary|harmless|safe',
    'from|on ..2 {med_name}|{pills} ..4 common|normal|typical|expected|temporary|harmless|usual|usually|often',
    '{med_name}|{pills}|antidepressant|antidepressants|ssri|ssris ..5 kick|kicks ..1 in',
    '{med_name}|{pills}|antidepressant|antidepressants|ssri|ssris ..4 take|takes ..3 weeks|days|while ..2 to ..1 work',
    // Spanish: what the effects will do or are.
    'efecto|efectos ..1 secundario|secundarios|adverso|adversos ..5 pasan|pasara|pasaran|desaparece|desaparecen|desaparecera|desapareceran|comun|comunes|normal|normales|temporal|temporales|pasajero|pasajeros|leve|leves|mejoran|disminuyen|quitan|esperable|esperables|esperado|esperados',
    'comun|comunes|normal|normales|temporal|temporales|pasajero|pasajeros|leve|leves ..2 efecto|efectos ..1 secundario|secundarios|adverso|adversos',
    '{reply_side_effect} ..6 comun|comunes|normal|normales|temporal|temporales|pasajero|pasajera|pasajeros|pasajeras|desaparece|desaparecen|pasa|pasan|quita|quitan',
    // Spanish: take it, stop taking it, change it, more or less of it, with alcohol.
    '{reply_take_es} ..3 {pills}|{med_name}|medicacion|dosis',
    'deje|dejar|deja|dejes|dejen ..1 de ..1 {reply_take_es}',
    '{reply_change_es} ..3 {pills}|{med_name}|medicacion|dosis',
    'mas|menos|otra|otras|media|extra ..2 {pills}|medicacion|dosis',
    '{pills}|medicacion|dosis ..1 mas|menos|extra|adicional|adicionales',
    'dosis|miligramo*',
    '{pills}|{med_name}|medicacion ..3 con ..2 alcohol|vino|cerveza|cervezas|tragos|licor|bebidas',
    'alcohol|vino|cerveza|beber|tragos ..3 con|mientras ..3 {pills}|{med_name}|medicacion',
    '{reply_take_es} ..2 con|antes|despues ..2 comida|comer|comidas|desayuno|cena|dormir',
  ],
  assessment: [
    'sounds ..1 like ..1 you ..1 have|are',
    'sounds ..1 like ..1 depression|anxiety|ptsd|adhd|ocd|bipolar|trauma|panic',
    'you ..1 have ..1 depression|anxiety|ptsd|adhd|ocd|bipolar',
    'you ..1 might|may|probably ..1 have ..2 depression|anxiety|ptsd|adhd|ocd|bipolar|disorder',
    'you ..1 seem|are|re|look ..1 depressed|anxious|manic|fine|safe|okay|ok',
    'youre ..1 fine|safe|okay|ok|depressed|anxious',
    'you ..1 are ..1 not ..1 depressed|anxious|at',
    'not|low|high ..1 at ..1 risk',
    'low|high ..1 risk',
    'nothing ..1 to ..1 worry ..1 about',
    'that|thats|its|this ..1 is ..1 normal',
    'thats|its ..1 normal',
    'completely|totally|perfectly ..1 normal',
    'diagnos*',
    'symptoms|signs|sign ..1 of',
    'just ..1 stress|anxiety|nerves',
    'not ..1 serious',
    // Labelling a person: "you are probably bipolar", "you sound depressed", "you might be ADHD".
    'you|youre|u ..2 probably|likely|definitely|clearly|obviously|might|may|must|could ..1 {reply_diagnosis}',
    'you|youre|u ..2 seem|seems|appear|appears|sound|sounds|look|looks ..3 {reply_diagnosis}',
    'you ..1 are|re|were ..1 {reply_diagnosis}',
    'youre|ur ..1 {reply_diagnosis}',
    'you ..1 have|got {reply_diagnosis}',
    'you ..1 have|got a|an {reply_diagnosis} disorder|condition',
    'it|that|this|thats|its ..2 sounds|sound|seems|seem|looks|look|could|might|may|probably|likely|definitely ..1 {reply_diagnosis}',
    'meet|meets ..3 criteria',
    'on ..1 the ..1 spectrum',
    'normal|typical|ordinary ..1 grief|stress|anxiety|sadness|worry|worries|nerves|mourning|feelings|reaction|response',
    // An episode named: "sounds like you're having a panic attack", "that was a panic attack", "you're having
    // a flashback". "Sounds like a plan" and "sounds like you're having a busy week" name none.
    'sounds|sound|seems|seem|looks|look ..5 panic|anxiety|manic|depressive|psychotic|dissociative|trauma|ptsd ..1 attack|attacks|episode|episodes|response|reaction|symptoms',
    'sounds|sound|seems|seem|looks|look ..1 like ..4 flashback|flashbacks|withdrawal|relapse|breakdown|burnout|dissociation|dissociating|mania|hypomania|depression|psychosis|trauma',
    'sounds|sound|seems|seem|looks|look ..1 like ..1 youre|ur|youve ..2 {reply_diagnosis}',
    'youre|you|ur ..3 having|experiencing|had ..2 panic|anxiety|manic|depressive|psychotic ..1 attack|attacks|episode|episodes',
    'youre|you ..2 having|experiencing ..2 flashback|flashbacks|withdrawal|relapse|breakdown|dissociation|mania',
    'that|this|it|thats|its ..2 was|is|sounds|were ..3 panic|anxiety ..1 attack|attacks',
    // Spanish.
    'suena|suenan|parece|parecen ..4 ataque|ataques|crisis|episodio|episodios ..2 panico|ansiedad|angustia|mania|maniaco|psicotico|depresivo',
    'es|fue|era ..1 un|una ..1 ataque|crisis|episodio ..2 panico|ansiedad|angustia|mania|maniaco|psicotico|depresivo',
    'esta|estas|estaba|estabas ..1 teniendo ..3 ataque|ataques|crisis|episodio ..2 panico|ansiedad|angustia|mania',
    'usted|tu|ud ..2 es|eres|esta|estas|parece|pareces ..2 {reply_diagnosis}',
    'parece|parecen|suena ..2 {reply_diagnosis}',
    'probablemente|seguramente|posiblemente|quizas|quiza|claramente ..2 {reply_diagnosis}',
    'tiene|tienes ..1 {reply_diagnosis}',
    'tenga|tengas ..1 {reply_diagnosis}',
    'sintoma|sintomas|signo|signos|senal|senales ..1 de',
    'eso|esto ..1 es ..2 normal|normales',
    'completamente|totalmente|perfectamente ..1 normal',
    'nada ..1 de ..1 que ..1 preocuparse|preocupar',
    'no ..1 es ..1 grave|serio',
    'bajo|alto ..1 riesgo',
    'usted|tu ..2 esta|estas ..1 bien',
    'esta|estas ..1 a ..1 salvo',
    'solo|solamente ..1 estres|nervios|ansiedad',
  ],
  interpretation: [
    // A score or result read out as a meaning: "your score came back in the severe range", "your results are
    // normal", "su puntuación indica depresión moderada". A score or a result alone is data, not a reading.
    '{reply_score} ..4 {reply_reading}',
    'normal|abnormal|mild|moderate|moderately|severe|elevated|positive|negative|borderline|minimal|significant|leve|moderado|moderada|severo|severa|grave|elevado|elevada|positivo|positiva|negativo|negativa|normales|anormal ..2 {reply_score}',
    '{reply_score}|{reply_screener} ..2 look|looks|looked|came|come|are|were|was|is ..2 fine|ok|okay|good|great|bad|healthy|clear|reassuring',
    'score|scores|scored|level|levels|puntuacion|puntaje|nivel|niveles ..4 high|low|higher|lower|alto|alta|bajo|baja|altos|bajos',
    'resultado|resultados ..2 esta|estan|salieron|son|fueron ..2 bien|mal|buenos|malos',
    '{reply_screener} & {reply_reading}',
    'clinical|clinically ..1 range|significant|cutoff|threshold|elevated',
    'tested|test|tests|prueba|salio|dio ..2 positive|negative|positivo|positiva|negativo|negativa',
    'screened ..2 positive|negative',
    // A score or a result said to show a condition: "your PHQ-9 shows depression".
    '{reply_score}|{reply_screener} ..3 show|shows|showed|indicate|indicates|suggest|suggests|mean|means|muestra|muestran|indica|indican ..3 {reply_diagnosis}',
    'consistent ..1 with ..2 {reply_diagnosis}',
    // A score's change read as a direction or a verdict: "your PHQ-9 score dropped from 20 to 5, which is
    // great", "your GAD-7 went down from 15 to 8, great progress!", "your PHQ-9 improved a lot".
    '{reply_score}|{reply_screener} ..3 {reply_trend}',
    '{reply_score}|{reply_screener} ..3 went|gone|go ..1 down|up',
    '{reply_score}|{reply_screener} ..3 come|came ..1 down',
    '{reply_score}|{reply_screener} ..6 {reply_verdict}',
    '{reply_verdict} {reply_score}|{reply_screener}',
    '{reply_score}|{reply_screener} ..2 is|are|was|were|looks|look ..1 good|great|excellent|encouraging|bad|terrible|awful',
    'good|great|excellent|encouraging|bad|terrible|awful|worrying ..1 {reply_score}',
  ],
  treatment: [
    // A kind of treatment recommended to the client: "EMDR would be a better fit for you", "you should start
    // therapy", "you need DBT", "debería probar la terapia". A treatment named beside a time or a form
    // ("is Tuesday a good option for your therapy session?", "start the therapy intake forms") is logistics.
    '{reply_modality} ..4 better|best|right|ideal ..1 fit|option|choice|approach|match ..2 for ..1 you',
    'better|best ..1 fit|option|choice|approach ..3 than ..2 {reply_modality}',
    '{reply_modality} is|would|might|could|may ..2 better|best|ideal ..1 for ..1 you',
    '{reply_modality} would|could|might|may|will|should|can ..2 help|benefit|suit ..1 you|your|u',
    '{reply_modality} would|could|might|may|will|can ..2 be ..2 helpful|beneficial|effective|useful',
    '{reply_modality} would|could|might|may|will|can ..2 be ..2 good|great|right ..1 for ..1 you',
    // A referral for care is a clinician's decision: "you should see a psychiatrist".
    'you ..2 should|need|must|ought ..2 see ..2 psychiatrist|psychiatry|specialist|prescriber|neurologist',
    'you ..2 should|need|must|could|might|ought ..2 try|start|stop|quit|consider|switch|begin|restart|pause|resume|add {reply_modality}',
    'you ..2 should|need|must|could|might|ought ..2 try|start|stop|quit|consider|switch|begin|restart|pause|resume|add some|more|a|group|talk|weekly|individual|couples|family|intensive {reply_modality}',
    'you ..1 need {reply_modality}',
    'you ..1 need more|less|weekly|intensive|some {reply_modality}',
    'benefit|benefiting ..1 from ..3 {reply_modality}',
    'consider|considering|try|trying {reply_modality}',
    'consider|considering|try|trying some|more|group|talk|weekly|individual|couples|family|intensive {reply_modality}',
    'switch|switching|switched|move|moving ..1 to {reply_modality}',
    'stop|quit|pause|drop your|the {reply_modality}',
    'stop|quit|pause|drop {reply_modality}',
    '{reply_modality} instead',
    // Spanish.
    'deberia|deberias|debe|debes|podria|podrias|tiene|tienes ..2 probar|intentar|empezar|comenzar|iniciar|dejar|considerar|cambiar|hacer ..1 {reply_modality}',
    '{reply_modality} ..4 mejor|mejores ..1 opcion|alternativa|enfoque ..2 para ..1 usted|ud|ti',
    '{reply_modality} es|seria|sera ..2 mejor ..2 para ..1 usted|ud|ti',
    '{reply_modality} ..1 le|te ..1 ayudaria|ayudara|serviria|vendria|convendria|funcionaria',
    'le|te ..1 ayudaria|serviria|vendria|convendria|funcionaria ..3 {reply_modality}',
    'deberia|deberias|debe|debes ..2 ver|consultar ..2 psiquiatra|especialista',
    'mejor ..2 que ..3 {reply_modality}',
  ],
  emergency: [
    // Directing the client to emergency care is a clinician's call; the crisis resources template carries 988
    // and 911 for every client who needs them.
    'go|head|get|rush|drive|come|take ..3 to|into ..2 {reply_emergency_place}',
    'go|head|get|rush|drive|come|take ..3 to|into ..2 emergency|urgent ..1 room|department|care',
    'call|dial|phone|text|contact ..2 911|988|741741|ambulance|ambulancia',
    'call|dial|contact ..3 emergency ..1 services|room|department',
    'get|be ..1 seen|evaluated|checked ..3 at|in|by ..2 {reply_emergency_place}|urgent|emergency',
    'text ..3 741741',
    '988|suicide|crisis ..1 lifeline|line|hotline',
    // Spanish.
    'vaya|ve|vayase|acuda|acude|ir|dirijase|vayan|lleve|llevar|llevarlo|llevarla ..3 {reply_emergency_place}',
    'llame|llama|llamar|marque|marca|marcar|envie|mande|contacte ..2 911|988|ambulancia',
    'linea ..2 crisis|988',
  ],
  detail: [
    'depress*|anxiety|ptsd|adhd|bipolar|ocd|schizo*|autis*|alcohol*|addict*|suicid*|trauma*|psychiatr*|medication*|meds|prescri*|refill*|symptom*|relaps*|assessment|phq*|gad7',
    '{med_name}',
    'eating ..1 disorder',
    'substance ..1 use',
    'treatment ..1 plan',
    'progress ..1 note|notes',
    'gad ..1 7',
    'self ..1 harm',
    'panic ..1 attack|attacks',
    // Substance-use treatment: being a patient of such a program is itself protected [sources: cfr-42-part-2].
    // Programs and services by name or acronym; an acronym that has an everyday sense (OTP, PHP, MAT, AA, NA)
    // only beside the word that makes it a program.
    'opioid*|opiate*|detox*|iop|iops|sud|moud|rehab|rehabs|sobriety',
    'otp ..1 clinic|program|visit|appointment|intake|dosing|dose|counselor|counseling|group|session|orientation|treatment',
    'at|from ..1 the|your ..1 otp',
    'php ..1 program|session|sessions|group|groups|intake|admission|day|days|schedule|track',
    'your|our|the|in|at|a ..1 php',
    'intensive ..1 outpatient',
    'partial ..1 hospitalization|hospitalisation|hospital',
    'residential ..1 treatment|program|rehab|facility',
    'inpatient ..1 program|unit|treatment|stay|admission|rehab|facility',
    'sober ..1 living|house|home|coach|companion',
    'mat ..1 program|clinic|visit|appointment|intake|provider|prescriber|group|services|team|patient|patients',
    'drug ..1 treatment|court|counseling|counselor|rehab|clinic|class|classes',
    'recovery ..1 program|programs|center|centre|group|groups|meeting|meetings|coach|house|home|community|residence|court',
    'aa|na ..1 meeting|meetings|sponsor|group|groups|chip|chips',
    'alcoholics|narcotics|cocaine|gamblers|overeaters ..1 anonymous',
    'smart ..1 recovery',
    '12|twelve ..1 step|steps ..1 program|programs|meeting|meetings|group|groups|work|sponsor',
    // Therapies that name the condition they treat: EMDR and CPT (trauma), DBT, ERP (OCD), ECT and TMS; "CPT"
    // (also the billing code set) only beside the word that makes it a therapy. Therapy, CBT, counseling and
    // couples counseling name no condition.
    'emdr|dbt|erp|ect|tms|electroconvulsive|electroshock|transcranial|dialectical|tfcbt|cbti',
    'cpt ..1 session|sessions|group|groups|therapy|therapist|treatment|protocol|worksheet|worksheets|homework|appointment|course',
    'cognitive ..1 processing',
    'prolonged ..1 exposure',
    'exposure ..1 therapy|treatment|session|sessions|work|homework|hierarchy',
    'exposure ..3 response ..1 prevention',
    'tf ..1 cbt',
    'cbt ..1 =i|insomnia',
    'anger ..1 management',
    // Sensitive tests and results: HIV, sexually transmitted infections, pregnancy, drug screens.
    'hiv|std|stds|sti|stis|chlamydia|gonorrhea|gonorrhoea|syphilis|herpes|hpv|trichomoniasis|hepatitis|pregnan*|uds|breathalyzer',
    'sexually ..1 transmitted',
    'aids ..1 test|tests|testing|clinic|diagnosis|status',
    'prep ..1 refill|prescription|medication|pills',
    'drug|tox|toxicology|urine|paternity ..2 screen|screens|screening|test|tests|testing|panel|result|results|sample|specimen',
    // Spanish: the same programs, therapies and tests.
    'opioide*|opiaceo*|desintox*|sobriedad',
    'alcoholicos|narcoticos ..1 anonimos',
    'reunion|reuniones|grupo|grupos ..2 aa|na',
    'doce|12 ..1 pasos',
    'programa|programas|centro|centros|clinica|clinicas|tratamiento ..3 opioides|opiaceos|adicciones|adiccion|drogas|sustancias',
    'centro|centros|clinica|clinicas|programa|programas ..1 de ..1 rehabilitacion',
    'rehabilitacion ..3 drogas|alcohol|adicciones|adiccion|sustancias',
    'tratamiento ..1 asistido ..2 medicamentos|medicacion',
    'programa ..1 intensivo ..1 ambulatorio',
    'hospitalizacion ..1 parcial',
    'tratamiento ..1 residencial',
    'programa|programas|grupo|grupos|centro|centros ..2 de ..1 recuperacion',
    'terapia ..3 dialectica|dialectico|electroconvulsiva|exposicion',
    'procesamiento ..1 cognitivo',
    'exposicion ..3 prevencion ..3 respuesta',
    'exposicion ..1 prolongada',
    'electrochoque*|electroshock',
    'estimulacion ..1 magnetica',
    'manejo|control ..3 ira',
    'vih|sida|embarazada|embarazadas|embarazo|clamidia|gonorrea|sifilis|vph|antidoping',
    'prueba|pruebas|examen|examenes|analisis|resultado|resultados ..3 ets|its|vih|embarazo|drogas|orina|toxicologic*|antidoping|dopaje',
    'infeccion|infecciones|enfermedad|enfermedades ..3 transmision ..1 sexual',
    'transmision ..1 sexual',
    // Spanish: the same kinds of detail.
    'depresi*|ansiedad|psiquiatr*|medicacion|medicament*|pastilla|pastillas|receta|recetas|resurtido|sintoma*|adiccion*|trastorno*|esquizo*|autolesion*|recaida*|tdah',
    'plan ..1 de ..1 tratamiento',
    'ataque|ataques ..2 panico',
    'uso ..1 de ..2 sustancias|drogas',
    'nota|notas ..1 de ..1 progreso|evolucion',
  ],
};

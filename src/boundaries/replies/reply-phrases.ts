// What an assistant's draft reply must not say (clinical advice, medication guidance, diagnosis or
// assessment), and the clinical detail that needs a consented channel. Written in the triage tables' phrase
// language and matched by the same engine. [sources: tx-22-tac-465, hhs-faq-email]

/** What a phrase in a draft reply signals. */
export type DraftSignal = 'advice' | 'medication' | 'assessment' | 'detail';

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
  ],
};

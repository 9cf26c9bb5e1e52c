import type { TriageTable } from '../triage-category.js';

/**
 * Medical emergencies a message can describe: chest pain (often after stimulants), a seizure, someone
 * unresponsive or not breathing, an allergic reaction closing the throat, and dangerous withdrawal from
 * alcohol or benzodiazepines (shaking, seizures, hallucinations) or stimulant toxicity (overheating,
 * confusion). [sources: samhsa-tip-45, samhsa-988]
 */
export const MEDICAL_EMERGENCY: TriageTable = {
  label: 'medical_emergency',
  en: [
    'chest ..2 pain|pains|pressure|tightness|hurts|hurting|tight|crushing',
    'heart ..2 racing|pounding|stopped|skipping|attack & chest|adderall|coke|cocaine|meth|pills|took|breathe|faint|dizzy|pain',
    'seizure|seizures|seizing|seized|convuls*',
    'unresponsive|unconscious|unconcious',
    '{neg}|barely|stopped ..2 breathing|breathe',
    'he|she|they|hes|shes|{partner}|{child}|{family}|{other_person} ..3 {neg} ..2 waking|wake ..1 up',
    '{neg} ..2 responding|respond|responsive & breathing|breathe|blue|{pills}|took|unconscious|floor|wake|waking',
    'cant|cannot|cant ..1 breathe',
    'lips|face|skin ..2 blue|purple|gray',
    'passed ..1 out & {pills}|{med_name}|{substance}|took|drunk|wake|breathing|head|floor',
    'throat ..3 swelling|swollen|closing|tight',
    'allergic ..1 reaction',
    'stopped|quit|ran ..4 {med_name}|benzo|benzos|drinking|alcohol|xanax|klonopin|ativan|valium & shaking|shakes|tremor*|seizure*|hallucinat*|seeing|sweating|sweats|dts|delirium|confused',
    'cold ..1 turkey & shaking|shakes|tremor*|seizure*|hallucinat*|seeing|sweating|drinking|alcohol|benzo*|{med_name}',
    'withdrawal|withdrawals|detoxing|detox & shaking|shakes|seizure*|hallucinat*|seeing|dts|delirium|confused|sweating',
    'hallucinating|hallucinations|seeing ..1 things & drinking|alcohol|stopped|quit|withdrawal|benzo*|{med_name}',
    'burning|burn ..1 up & molly|mdma|ecstasy|meth|coke|cocaine|took|adderall|confused',
    'call|called|calling ..1 911|ambulance|paramedics',
    'bleeding ..3 stop|wont|lot|heavily|everywhere',
    'anaphyla*|heatstroke',
    'having|had|have ..2 a ..1 heart ..1 attack|stroke',
    'emergency ..1 room|department & now|tonight|keeping|admitted|overnight|ambulance|here',
    'keeping|admitted|admit ..2 me ..3 overnight|hospital|psych|ward|er',
    'left ..1 arm ..2 hurts|numb|pain|tingling & chest|sweating|heart|breathe',
    'face ..3 numb|drooping|droop|droopy',
    'cant|cannot|{neg} ..2 lift|move|feel ..2 my ..1 arm|leg|side|face',
    'seeing|see ..2 bugs|spiders|snakes|things & drink|drinking|drank|sober|quit|stopped|shaking|shakes|sweating|withdrawal',
    'wont|cant|{neg} ..1 wake ..1 up & passed|took|pills|breathing|911|unresponsive|blue|drunk|overdose|drinking',
    'not ..1 making ..1 sense & took|drunk|pills|{substance}|confused',
  ],
  es: [
    'dolor ..2 en ..1 el ..1 pecho',
    '{neg} ..2 puedo|puede ..1 respirar',
    '{neg} ..1 respira',
    '{neg} ..1 responde|despierta|reacciona & respira|pastillas|tomo|piso|desmay*|morado*|inconsciente',
    'convulsion|convulsiones|convulsionando|ataque ..1 epileptico',
    'inconsciente|desmayo|desmayada|desmayado',
    'labios ..2 morados|azules',
    'se ..1 me ..1 cierra ..2 la ..1 garganta',
    'llamar|llame|llamamos ..1 al ..1 911',
    'deje|deja|dejo ..4 de ..2 tomar|beber & temblando|temblor*|convulsion*|alucin*|sudando',
  ],
};

import type { TriageTable } from '../triage-category.js';

/**
 * Self-harm: cutting, burning, hitting or otherwise hurting oneself, urges to, and relapse after time "clean",
 * including the community's shorthand (sh, "relapsed", "cut again"). [sources: c-ssrs-screener, samhsa-988]
 */
export const SELF_HARM: TriageTable = {
  label: 'self_harm',
  en: [
    '{self_harm_verb} ..1 {self}',
    '{self_harm_verb} ..1 my ..1 self',
    '{skin_harm_verb} ..3 my|her|his|their ..1 {body_part}',
    'hit|hitting|bang|banging|punch|punching ..2 my ..1 head ..2 against|into|on ..2 wall|walls|floor|door',
    'self|sh ..1 harm|harming|harmed|hurt|injury|injuring',
    'selfharm*|selfinjur*|selfhurt*|nssi',
    // The idea: a harm done to one's own body.
    '{skin_harm_verb}|hit|hitting|punch|punching|hurt|hurting|harm|harming ..3 {self} & again|relapse*|relapsed|urge|urges|stop|keep|last|night|deserve|deserved|feel|on ..1 purpose',
    '{body_part} ..3 {skin_harm_verb}|marks|scars|cuts|burns & i|my|myself|again|relapsed',
    'sh & urge|urges|relaps*|again|clean|cutting|scars|wounds|blade|streak',
    'relaps* ..3 sh|cutting|self|blade|burning',
    'relaps* & blade|razor|cut|cutting|scars|wounds',
    'cutting|burning|scratching ..1 again',
    'cut|burned ..1 again',
    'started|start|began|back ..2 cutting|burning|hurting ..2 again|myself',
    'cut|cutting ..3 deep|deeper',
    'deep ..1 cuts',
    'urge|urges|tempted ..4 cut|burn|hurt|harm|sh',
    'until|til|till ..3 bleed*|bled|blood|bruise*',
    'slipped|relapsed|relapse & {blade}|scissors|lighter|cut|cutting|burn|burning|marks|scars|sh',
    '{body_part} ..4 marks|cuts|scars|burns|wounds|scratches',
    'scissors|glass|lighter & again|myself|arm|arms|wrist|wrists|thigh|thighs|skin|relapsed|slipped',
    '{blood} & cut|cutting|myself|arm|arms|wrist|wrists|thigh|thighs',
    'punish*|hurt|hurting ..1 {self}',
    'scars ..3 fresh|new|again|hiding',
  ],
  es: [
    'me ..1 corte|corto|queme|quemo|lastime|lastimo|pego|golpeo|rasguno ..4 brazos|brazo|piernas|pierna|muneca|munecas|piel|proposito|otra',
    'me ..1 estoy ..1 cortando|quemando|lastimando|golpeando',
    'cortarme|quemarme|lastimarme|golpearme',
    'hacerme|haciendo|hago|hice ..2 dano',
    'hacerme|hago|hice ..1 cortes|cortadas',
    'cortes|cortadas|quemaduras ..3 brazos|piernas|munecas|muslos|piel',
    'me ..1 hago|hice ..1 dano',
    'autolesi*',
    'a ..1 proposito & corte|queme|lastime|golpee|corto|quemo',
  ],
};

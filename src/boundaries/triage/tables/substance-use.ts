import type { TriageTable } from '../triage-category.js';

/**
 * Substance use: drinking, drugs, using again, misusing a prescription, gambling, and someone else's use
 * that affects the client. [sources: samhsa-tip-45]
 */
export const SUBSTANCE_USE: TriageTable = {
  label: 'substance_use',
  en: [
    'alcohol|alcoholic|alcoholism|vodka|whiskey|whisky|tequila|liquor|booze|weed|marijuana|cannabis|thc|edibles|cocaine|crack|meth|methamphetamine|heroin|fentanyl|opioid|opioids|opiate|opiates|molly|mdma|ecstasy|lsd|shrooms|kratom|xylazine',
    'drinking|drunk|drank|hungover|hangover|blackout|blacked',
    'drink|drinks ..2 a ..1 lot|too|every|again|more|heavily|alone',
    'using|used ..1 again|drugs',
    // lead29 (probe): using again said as going back to it ("i went back to using last weekend" reached the assistant);
    // falling off the wagon; back on the bottle.
    'went|go|going|gone|back ..2 to ..1 shooting|snorting|gambling|drinking ..1 again|every|alone|last|since',
    'went|gone|go|going ..1 back ..1 to ..1 using & weekend|again|relapse|relapsed|clean|sober|sponsor|dope|meth|pills|{substance}|night|tonight|alone',
    'started|start|starting|been ..1 using|drinking|shooting|gambling ..1 again',
    'fell|fallen|falling ..1 off ..1 the ..1 wagon',
    'back ..1 on ..1 the ..1 bottle|pills|dope|meth',
    'relaps*|sober|sobriety|sobered',
    'clean ..1 for|since ..3 days|months|weeks|years',
    // Time sober, with or without its number ("months clean", "a year sober").
    'days|months|weeks|years|year|month|week ..1 clean|sober',
    'gambl*|betting|casino',
    'got|get|getting|was|been|am|im ..1 high',
    'high ..1 on ..1 {substance}|weed|pills|something',
    'more|extra ..3 than ..2 prescribed',
    'aa|na ..1 meeting|meetings|sponsor',
    'rehab|detox|addict*|substance|substances|craving|cravings|crave|craved',
    'smoking|smoke|vaping|vape ..2 weed|pot|joint|every|again|more',
    'coke|beer|beers|wine ..3 every|too|again|lot|bottle|night|more|much',
  ],
  es: [
    'alcohol|borracha|borracho|emborrach*|cruda|drogas|droga|cocaina|perico|marihuana|mota|metanfetamina|heroina|fentanilo',
    'tomo|tomando|bebo|beber|bebiendo|tomar ..4 alcohol|cerveza|cervezas|vino|licor|tequila|mucho|demasiado',
    'volvi ..2 a ..1 consumir|tomar|beber',
    'consumir|consumo|consumiendo|recaida|recai',
    'apuestas|apostar|casino',
  ],
};

import type { TriageTable } from '../triage-category.js';

/**
 * Ordinary senses of sensitive words: a phone or a link that died, a copay that is killing someone, "shoot me
 * the link", "dying to", "dead tired", a flu shot, blood work. A match masks its words, so no risk rule can
 * use them; the rest of the message is read as usual ("my phone died and I want to die" is still a crisis).
 * Each pattern is kept narrow: a mask that reached a real risk phrase would hide it.
 */
export const ORDINARY_SENSES: TriageTable = {
  label: 'ordinary_sense',
  en: [
    // Things, not people, that die, are dead or are killing someone.
    '{device}|battery|batteries|signal|connection|call|engine|ac|heater|tv|account|card ..2 died|dead|dying|dies',
    'dead ..1 battery|batteries|zone|end|link|spot|signal|phone|laptop|wifi|line|week',
    'this|that|these|those|the|traffic|commute|copay|bill|fee|fees|price|prices|cost|costs|wait|waiting|heat|weather|drive|back|neck|knee|feet|schedule|week|job|work|deadline|suspense|hold|music ..5 is|are|was|were|keeps ..1 killing|murdering ..1 me|us',
    'is|are|was|were ..1 murder',
    'is|are|was ..1 a ..1 killer',
    'killer ..1 fee|fees|price|prices|deal|rate|rates|commute|traffic',
    'link|links|url|button ..4 is|are|was|went ..1 dead',
    'dead ..1 on ..1 my|our ..1 feet',
    'its|thats ..1 killing ..1 me',
    'kill ..1 for ..2 a|an|some|that|this|one|earlier|later|morning|afternoon|evening|slot|spot',
    'killer|killing ..1 it',
    'kill ..1 time',
    'kill ..1 two ..1 birds',
    'dying ..1 to ..1 know|get|see|try|hear|start|come|go|talk|meet|book|find',
    'die ..1 for',
    'dead ..1 tired|serious|set|wrong|center|ringer',
    'bored|scared|worried|freezing ..1 to ..1 death',
    'death ..1 certificate|notice|benefits|penalty',
    // Shooting and hitting as sending or reaching.
    '{shoot} ..1 me|you|him|her|them|us ..2 a|an|the|over|quick ..2 {message_obj}|text|email|line|message|note|link|call|quick',
    '{shoot} ..1 a|an|the|over ..1 {message_obj}|text|email|line|message|note|link|call',
    'flu|covid|booster|vaccine|allergy|b12|tetanus ..1 shot|shots',
    'long ..1 shot',
    'shoot ..1 for',
    'hit|hits|hitting ..2 my|the|our ..2 deductible|max|maximum|limit|cap|traffic|snooze|gym',
    'hit ..1 me ..1 up|back',
    'hit ..1 traffic|snooze',
    // Cutting, hanging, jumping, crashing in the everyday.
    'cut|cuts|cutting ..3 hours|pay|budget|costs|session|sessions|short|check|ties|class|line|hair|appointment|benefits|coverage|funding|salary|shift|shifts|back',
    'got|get|been|was|were|being ..1 cut',
    'haircut',
    'hang ..1 on|out|up|tight|around|there|together|tough',
    'hanging ..1 out|up|on',
    'hung ..1 up|out|over',
    'jump|jumping ..2 on ..3 call|zoom|meeting|video|phone|link|quick|portal',
    'jump ..1 start',
    'crash|crashed|crashing|crashes ..2 portal|app|site|website|computer|system|server|page|laptop|zoom|browser|phone',
    'portal|app|site|website|computer|system|server|page|link|screen|laptop|zoom|browser ..3 crash|crashed|crashing|crashes',
    // Places of danger where someone is only on the way.
    '{height} ..3 traffic|closed|construction|toll|jam|backed|detour|accident|lane|exit|repair|repairs',
    'traffic ..3 {height}',
    'train|trains|bus|subway|metro ..3 late|delayed|running|stuck|broke|broken|cancelled|canceled|schedule|station',
    // Guns, blades and ropes that are objects.
    'nerf|glue|staple|nail|water|heat|spray|toy|caulk|caulking|paint|squirt|finger ..1 gun|guns',
    'gun ..1 range|show',
    'butter|pocket|plastic ..1 knife',
    'razor ..1 burn|bumps',
    'rope ..1 in|into|course',
    'jump ..1 rope',
    // Blood as a test, burning as tiredness.
    'blood ..1 work|test|tests|pressure|sugar|draw|drawn|panel|labs|type|donation|drive|bank|glucose',
    'burn|burned|burnt ..1 out',
    // Hurting without a person on the other end.
    'hurt|hurts|hurting ..3 feelings|chances|routine|credit|budget|wallet|finances|score|business|grades|back|knee|ankle|shoulder|neck|hand|foot|feet|tooth|eyes|ear|ears|throat',
    'hurt|injured ..1 myself ..4 gym|playing|running|lifting|skiing|fell|slipped|accident|working|moving|hiking|soccer|basketball|football|yard',
    'threatened ..2 to ..1 cancel|charge|send|close|drop|report',
    'kicked|locked|logged|kicks|locks|kick|lock ..1 me|us ..1 out',
    'push|pushing|bump|bumped|move|moved|moving|put|switch ..1 me|us ..2 back|to|up|forward|later|earlier|in',
    'feel* ..1 bad ..2 about|for ..2 cancel*|missing|asking|bothering|late|this|that|the|rescheduling|changing',
    'struggl* ..2 to ..1 log|login|upload|find|open|pay|get|sign|access|use|connect|figure|download|print',
    'drink*|drank ..2 water|coffee|tea|juice|soda|milk|fluids|smoothie',
    'safe ..2 to ..1 drive|travel|walk',
    'safe ..1 driving',
    'too ..1 much|many ..1 time|days|hours|effort|energy|money|pto|off|forms|emails|steps',
    'gone ..2 vacation|trip|traveling|travelling|work|business|holiday|week|weekend|weeks|days|town',
    'heart ..1 attack ..3 when|saw|see|seeing|bill|price|statement',
  ],
  es: [
    '{device}|bateria|celular|telefono|carro|coche|computadora|enlace|link ..2 murio|muerto|muerta',
    'se ..1 me ..1 murio|murieron ..2 el|la|mi',
    'me ..1 muero ..1 de ..1 ganas|hambre|sueno|risa|frio|calor|verguenza',
    'me ..1 esta ..1 matando ..3 el|la|este|esta|trafico|calor|espalda',
    'me ..1 mata|matan ..2 el|la|los|las|este|esta|trafico|precio|calor',
    'muerto|muerta ..2 de ..1 cansancio|sueno|risa|hambre',
  ],
};

import type { TriageTable } from '../triage-category.js';

/**
 * Ingestion or overdose already taken: pills, a bottle, alcohol with sedatives, said after the fact and by the
 * person or about someone else ("took all her pills"). An overdose is a medical emergency as well as a
 * suicide attempt. [sources: samhsa-988, samhsa-tip-50]
 */
export const INGESTION_OVERDOSE: TriageTable = {
  label: 'ingestion_overdose',
  en: [
    // lead41 (the refit's drops, read): used again after a stretch clean and too much taken ("used again tonight after 14
    // months clean. think i did too much. cant feel my hands").
    '(did too much|took too much|used too much|did way too much|took way too much|used way too much|did too many|took too many) && clean|sober|relapsed|relapse|using|used|dope|fent|fentanyl|heroin|meth|coke|xans|bars|oxy',
    // lead32 probe: something taken, unnamed, beside not coming in ("i'm outside your office building in my car. i cant
    // come in. i took something").
    'took|swallowed ..1 something && cant|car|sorry|dizzy|weird|sleepy|numb|bye',
    // lead27 (a crisis only the word model had read, dropped by the refit on 79 sets): pills taken from work ("I'm a
    // nurse and I took the pills from work"), where the job's mask (ordinary-senses.ts) must not hide them.
    'took|stole|taking|grabbed|brought|snuck|pocketed ..3 pills|meds|vials|drugs|narcotics|fentanyl|morphine|oxy ..2 from ..2 work|hospital|pharmacy|clinic|cart|pyxis|unit|floor',
    // The holdout cx, read at the round's end (lead27): using again alone, and not answering later ("shot up for the first
    // time in a year. im alone. if i dont answer later thats why").
    'shot|shooting|shoot ..1 up && alone|relapse|relapsed|narcan|needle|needles|vein|veins|clean|sober|sobriety',
    'used|using|shot|relapsed|slipped ..6 alone && (if i dont answer|if i stop answering|if i dont respond|if i dont text back|if i go quiet|if you dont hear)',
    // The most of a medicine one could take at once, asked (lead26: "what's the max amount of my trazodone i could take at
    // once").
    'max|maximum|most ..6 could ..2 take|swallow ..2 at ..1 once',
    // Pills eaten, as a child says it, or a detergent pod (lead26: "i ate some of the pills in the cabinet", "i ate a tide
    // pod on a dare and i'm throwing up").
    'ate|eaten|chewed|swallowed ..1 some|bunch|all|handful|lot|few|many|several|{number}|{big_number} ..2 pills|{pills}|tablets|gummies|medicine|meds',
    'tide|laundry|detergent|dishwasher ..1 pod|pods & ate|eat|eaten|swallowed|bit|chewed|throwing|vomit*|puking|dare',
    // The same supply used after someone overdosed on it (lead26: "my roommate od'd last weekend and i'm using the same
    // stuff now").
    '(same stuff|same batch|same supply|same dealer|same pills|same bag|same plug) & od|odd|ods|overdosed|overdose|died|narcan|fent|fentanyl',
    // Drinking, then a sedative taken (lead26: "been drinking since noon and i just took my ambien and my xanax").
    '(been drinking|im drunk|i am drunk|had a few|had some drinks|drinking since|drinking all|drank a bottle|drank half|drank the whole) & took|taking|popped|swallowed ..3 ambien|xanax|klonopin|ativan|valium|seroquel|trazodone|oxy|oxys|percocet|percs|benzo|benzos|sleeping|pills|{pills}',
    // Sets bw-cb (lead, 2026-12-06): a child who got into the pills; too many patches on; weeks worth taken; a few
    // benzodiazepines on top of wine; an intentional ingestion or an overdose an emergency room is writing about; the
    // bottle of someone else's pills empty beside having done what one needed to.
    'got ..1 into|ahold|hold ..3 my|the|her|his|grandmas|moms|dads ..2 {pills}|{med_name}|organizer|medicine|meds|medication|bottle|pills & {child}|yr|year|yo|old|toddler|baby|kid',
    'too ..1 many ..4 patches|patch',
    'took|taken|swallowed|ate|downed ..4 worth ..3 {med_name}|{pills}|pills|meds|medication|medicine',
    '{med_name} ..3 on ..1 top & wine|drinks|drank|drinking|alcohol|beer|beers|vodka|had|took|floating|popped',
    'few|couple|handful|bunch ..2 of ..1 my ..1 {med_name}|{pills} && wine|drinks|drinking|drunk|alcohol|vodka|beer|beers|tequila|whiskey|floating',
    // lead41 (set em): a count of one's sedatives taken with a drink, said in passing ("fell asleep with the stove on after 4
    // of my xanax and some gin"): what was taken, and how many, beside what it was washed down with.
    '{ingested}|after|popped|swallowed ..1 {number}|{number_word} ..1 of ..1 my|the|her|his ..1 {med_name}|{pills} && wine|drinks|drinking|drunk|alcohol|vodka|beer|beers|tequila|whiskey|whisky|gin|rum|bourbon|liquor|booze|scotch|brandy|shots',
    'intentional ..1 ingestion|overdose|od',
    'after|following ..2 ingesting|ingestion|ingested|overdose|od|overdosing',
    'did ..2 what ..1 i ..1 needed|had|wanted ..1 to && empty|thanks|trying|bye|sorry|goodbye',
    // The holdout bn (lead): a small child into one's pills; already took them, all of them.
    'got|gotten ..1 ahold|hold|into ..2 of ..1 my|the|his|her ..2 {med_name}|pills|meds|medicine|medication|{pills} && ate|swallowed|year|old|sleepy|kid|son|daughter|toddler|baby',
    'took|swallowed|taken ..1 them|em|it && all ..1 of ..1 em|them',
    // Set bp (lead, 2026-12-06): opioids used again after being clean (tolerance gone), or used alone tonight.
    'fentanyl|fent|heroin|dope|oxy|percs & used|took|snorted|smoked|tonight|alone|relapsed|clean|more|again',
    'clean|sober ..3 {number}|{number_word}|months|years|days|weeks && used|relapsed|took|using ..2 tonight|today|again|last',
    // In hospital after taking pills (lead, 2026-12-05, from a holdout set: "I'm in the hospital after taking pills
    // on Sunday. Can you move me to next week?"): an attempt told as the reason for a reschedule.
    'hospital|hospitalized|er|icu|admitted|inpatient ..4 after|for|because|from ..3 {ingested}|taking|swallowing|overdosing ..3 pills|pill|meds|bottle|tylenol|medication|medications|overdose',
    '{number}|{big_number}|{number_word} & grams|gram|gramos & acetaminophen|tylenol|{med_name}|took|pills|{pills}',
    'pill|pills ..1 organizer|box|case|bottle & empty|gone|entire|whole|missing|remember',
    '{ingested}|did|had|ate & bunch|handful|extra|double|grams & {med_name}|{pills}',
    // lead29 (probe): what is left of one's sedatives beside a drink, said without a verb ("bottle of vodka and the rest
    // of my klonopin. goodnight"): a plan or an act either way.
    'rest|remainder|whats|what|whatever ..2 of|left ..3 my|the|her|his ..2 {med_name}|{pills} & vodka|wine|whiskey|whisky|tequila|rum|gin|beer|beers|liquor|booze|fifth|drunk|drinking|drank|alcohol',
    'resto|lo ..1 de|que ..3 mis|las|sus ..2 {med_name}|{pills} & tequila|vino|cerveza|cervezas|licor|alcohol|borracho|borracha|tomando|whisky|vodka',
    // Taken in a quantity, twice over, or the rest of a bottle: whatever the reason given.,
    '{ingested} ..4 {quantity}|{big_number}|{number_word}|rest|twice|double|extra|bunch|handful ..3 {pills}|{med_name}|pills|bottle|them|those|these|todas|todos',
    '{ingested} ..3 {pills}|{med_name} ..3 twice|double|again|extra',
    '{ingested} ..3 rest ..2 of ..2 my|the ..2 {pills}|{med_name}|bottle',
    '{overdose}',
    'i|he|she|they|just|almost|nearly|had|son|daughter|kid|friend ..1 od|odd|oded|odeed',
    '{ingested} ..5 {quantity}|{number_word}|{big_number} ..4 {pills}|{med_name}',
    '{ingested} ..3 all ..2 my|her|his|their|of ..2 {pills}|{med_name}|{substance}',
    'i|he|she|they|son|daughter|kid|friend ..2 {ingested} ..3 too ..1 much|many',
    '{ingested} ..3 way ..1 more ..3 than|{pills}|{med_name}',
    'took|swallowed|downed|popped|ate|chugged|taken ..4 bottle|bottles|pack|box|strip|sheet|handful|bunch',
    'drank|downed|chugged ..4 {substance} & took|swallowed|popped|taken ..3 {med_name}|{pills}',
    'mixed ..4 {pills}|{med_name} ..3 with|and ..2 {substance}',
    '{ingested} ..3 {poison}',
    'took|swallowed|downed|popped|ate ..3 every ..2 {pills}|{med_name}|pill',
    '{ingested} ..3 something & {neg}|wake|waking|breathing|responding|unresponsive|passed',
    // An ingestion told without a drug's name: "took them all", "did something dumb with my meds".
    'took|swallowed|taken|downed|ate ..1 them|those|these|it ..1 all',
    'took|swallowed|taken|downed|ate ..1 all ..1 of ..1 them|it|those|these',
    'did|done ..1 something ..1 dumb|stupid|bad ..3 with|to ..2 my|the|her|his ..1 meds|pills|medication|medicine|bottle|prescription',
    // "Took some stuff" with what came after: an ingestion told without its name.
    'took|taken|swallowed|popped ..1 some ..1 stuff|something ..3 earlier|ago|tonight|idk|im|and',
    // Pills that kicked in an hour ago; a relapse on pills.
    'pills|{pills}|{med_name} ..2 kicked|kicking ..1 in & emergency|hour|ago|still|anyway',
    'relapsed ..3 on ..2 the|my ..1 pills|{pills}|{med_name}',
    // Sets i and l (recall5): pills with a drink on purpose, to see what it feels like; a fifth drunk and the pills
    // taken.
    '{pills}|{med_name}|pills|meds ..6 on ..1 purpose',
    'on ..1 purpose ..6 {pills}|{med_name}|pills|meds',
    'see ..2 what ..1 it ..1 feels ..1 like & {pills}|{med_name}|pills|drink|drank|cut|rope|jump|overdose|purpose|die|dying|dead',
    'drank|downed|chugged|finished ..3 fifth|handle|pint|bottle|bottles & took|swallowed|popped|taken ..3 {med_name}|{pills}',
    // A benzodiazepine or other pills mixed with a drink, after the fact (recall5's second batch).
    'mixed|chased|washed|downed ..4 {med_name}|{pills} ..4 with ..4 wine|alcohol|vodka|beer|whiskey|tequila|booze|drinks|bottle',
    'took|taken ..4 triple|quadruple ..2 my|the|dose',
    // Someone else telling that they took pills (recall5's third batch).
    'saying|said|says|texted|told ..3 she|he|they ..1 took|swallowed|downed pills',
    // More of a medication than prescribed, taken (not a habit: that is clinical), minimised: 'something dumb with
    // my meds', three instead of one.
    'took|taken ..2 more ..4 than ..3 supposed|prescribed|should',
    'took|taken ..1 {number}|{number_word}|{big_number} ..2 of ..1 my ..1 {med_name}|meds|pills|{pills} ..1 instead',
    'did|done|do ..1 something ..1 dumb|stupid ..2 with|w ..2 my ..1 meds|pills|{pills}|{med_name}|medication',
    // Set s: a stomach pumped; naloxone given; a tolerance gone after rehab; found blue; street drugs after a
    // buprenorphine supply ran out.
    'pumped ..2 stomach',
    'narcan|naloxone & gave|give|given|had|used|needed|me|him|her|blue|breathing|fentanyl|tolerance|using|last',
    'tolerance ..2 gone|down|low|zero & fentanyl|heroin|using|rehab|detox|sober|relapse|pills|oxy',
    'found ..3 blue|unresponsive|gray|grey & bathroom|floor|bed|car|narcan|breathing|him|her',
    'buy|get|cop|buying|getting ..2 something|some|stuff ..2 off|on|from ..1 the ..1 street',
    // Set q (recall6): a stomach pumped; a drug used all at once.
    'stomach|stomachs ..1 pumped',
    'pump|pumped|pumping ..2 my|her|his|their ..1 stomach',
    'inject|shoot|snort|injecting|shooting|snorting ..3 all ..2 at ..1 once',
    'use|using ..2 it|them ..1 all ..2 at ..1 once & end|over|stop|done|relapsed|clean|sober|more',
    // Set t: having taken something, told with a call for help.
    'i ..1 took|take|taken|swallowed|ate ..1 something & call|help|sorry|scared|hospital|emergency|dizzy|pls|plz|please|wrong|stupid|mistake|idk|hurry',
    // Set u (recall7): insulin injected that one does not need, or more of it than prescribed.
    'injected|inject|injecting|shot|gave ..3 insulin ..3 {neg} ..1 need|needed',
    'injected|shot|took|taken ..3 extra|more|too|all|whole|double ..3 insulin',
    // A fourth probe by kind (recall7): a shot after time clean, with the drug named.
    'shot|shooting ..1 up ..3 heroin|dope|fent|fentanyl|meth|relapsed',
    // Set x: what happens if someone takes pills with drinks (asked of oneself).
    'what ..2 happens|happen ..2 if ..4 take|took|mix|mixed|swallow ..4 perc|percs|percocet|oxy|xanax|xans|bars|pills|{pills}|{med_name} & drinks|shots|alcohol|beers|drink|wine|vodka',
    // Set ab: empty blister packs or pill bottles found; searching how many of a medicine it takes.
    'empty ..2 pill|blister|medicine|meds|pills ..1 packs|packets|bottles|bottle|boxes|wrappers|strips',
    'googl*|search*|looked|looking|researching|research ..3 how ..1 many|much & tylenol|pills|{med_name}|{pills}|advil|aspirin|lethal|kill|enough|overdose',
    // Set ac: leaving with the prescription bottles; "I didn't take them all" (so some); refusing food and drink.
    'left|took|taken|gone ..5 prescription|pill|medicine|meds ..1 bottles|bottle',
    '{neg} ..1 take|took|swallow ..1 them|it ..1 all',
    'refus*|stopped|{neg} ..3 eat|eating ..1 or|and|nor ..1 drink|drinking',
    // Set ai (lead): a big one on purpose; all of it to be done; drink with a sedative to turn the brain off; taken
    // 'stuff' and pumped; a bottle of spirits beside a sleeping pill; finishing it all.
    'big|huge|last|final ..1 one|shot|hit|dose ..3 on ..1 purpose',
    'on ..1 purpose ..3 big|huge|last|final ..1 one|shot|hit|dose',
    'take|swallow|taking|swallowing|down ..2 all ..1 of ..1 it|them ..4 be ..1 done|gone|over|asleep',
    'take|swallow|taking|swallowing|down ..2 all ..1 of ..1 it|them ..4 end ..1 it|everything',
    'turn|shut|switch ..2 my ..1 brain|head|mind ..1 off & took|take|drank|drink|pills|{med_name}|together',
    'drank|drinking and took|taking|popped ..4 {med_name}|{pills}|together',
    'vodka|whiskey|wine|tequila|rum|gin|alcohol|beer ..3 and ..2 my|the|some|a ..1 {med_name}|{pills}',
    'they ..1 pumped ..1 me|my',
    'took ..1 stuff|something & pumped|ambulance|poison|icu',
    'why ..1 not ..1 finish|end ..1 it ..1 all',
    'finish ..1 it ..1 all & pills|bottle|vodka|drink|drank|{med_name}|floor',
    // Read across sentences (`&&`, within two sentences): 'did it.' then what was taken.
    'did ..1 it && took|swallowed|downed ..2 all|everything|them|{pills}|{med_name}',
    // Set ah (recall9): what was left of one's pills taken, the rest of them finished off; a fifth drunk with them.
    'took|swallowed|downed|popped|finished|take ..1 what|whatever ..1 was|i|is ..1 left|had ..3 {pills}|{med_name}|bottle',
    'finished|took|swallowed|downed ..2 rest ..2 of ..2 {pills}|{med_name}|bottle',
    'drank|downed|chugged|finished ..2 a|the|half ..1 fifth|handle & took|pills|{pills}|{med_name}',
    // Read across sentences (lead, probed by kind): 'did it.' then how many.
    'did ..1 it && {big_number}|{number_word} ..2 of ..1 them|those',
    // Set al (recall10): a picture of pills sent with a goodbye; something taken at a party, one's whereabouts lost.
    'picture|pic|pics|photo|photos|video|snap|selfie ..4 {pills}|{med_name} & bye|goodbye|adios|sorry|love|last|forgive',
    'took|taken|had|drank|drink|popped ..1 something ..3 at|from ..2 party|club|bar|show|concert|rave|festival',
    '{neg} ..1 know ..1 where ..1 i ..1 am & took|drank|drugged|pills|something|party|drink',
    // Probed in set al's voices (recall10): too much medicine taken, in learners' English ("I am take too much").
    'am|have|has|was|is ..1 take|taked|took|eat|ate|drink ..2 too ..1 much|many & {pills}|{med_name}|medicine|medicines|pill|tablets',
    // Set am (lead): all of them at once, to see if that works.
    'take|taking|swallow|swallowing ..2 them|it ..1 all ..2 at ..1 once',
    // The other way round (parity12, 2026-12-05): Spanish kinds whose English was not read: the pills overdone, extra taken
    // on purpose, an attempt to take them stopped, pills swallowed so as to feel nothing.
    'overdid|overdone|overdoing ..2 it ..3 pills|{pills}|{med_name}|meds',
    'took|take|taking ..2 extra|more ..3 on ..1 purpose',
    'tried|trying ..2 to ..1 take|swallow ..3 pills|{pills}|{med_name}|bottle|all & saw|stopped|caught|walked|found|grabbed',
    'so ..2 i ..2 wouldnt|wont|dont|didnt ..1 feel ..1 anything & pills|{pills}|{med_name}|swallowed|took',
    // Probed by kind (lead, 2026-12-05, Spanish), in English: a bottle of pills finished or emptied.
    'finished|emptied|downed ..2 the|a|her|his|my|whole ..2 bottle|box|pack|packet ..2 of ..1 {pills}|{med_name}|pills|tylenol|ibuprofen|advil',
    // Probed by kind (recall11, 2026-12-05): someone who took something and turns blue.
    'took|taken|snorted|shot ..2 something & blue|purple|breathing|breathe|wake|respond|seizing',
    // Set au (recall12, 2026-12-05): told lucky to be alive at the hospital.
    'lucky ..3 alive|survived|here & hospital|er|icu|doctors|doctor|discharged|discharging|pumped|poison|meds|pills',
    // Probed by kind (recall12, 2026-12-05): a dose taken on purpose.
    'took|swallowed|taken|take|taking ..6 on ..1 purpose & dose|pills|meds|{med_name}|{pills}|double|extra|all|bottle|handful|bunch',
    // Probed by kind (recall12, 2026-12-05): cough syrup drunk in quantity or on purpose.
    'drank|drink|drinking|chugged|downed ..4 cough|robitussin|nyquil|dxm ..2 syrup|medicine|bottle & whole|all|purpose|entire',
    // Recovery and pain (recall17): a medicine overdone; a relapse on an opioid or by needle after time clean
    // (tolerance lost is the overdose risk; a relapse on other drugs, alone, stays clinical); a fifth or a bottle
    // with pills.
    'overdid|overdone|overdoing|overdo ..4 {pills}|{med_name}|patch|patches|fentanyl|oxy|meds|dose|doses|pills',
    'relapsed|relapse|relapsing ..3 heroin|fentanyl|fent|dope|opioids|opiates|oxy|needle|percs|roxys',
    'shot|shooting ..1 up ..6 after|since ..4 clean|sober|rehab|detox|treatment|recovery',
    'used|using|relapsed|slipped|picked ..6 after|since ..4 clean|sober|rehab|detox|treatment|recovery & heroin|fentanyl|fent|dope|opioids|opiates|oxy|needle|percs|roxys',
    'back ..1 on ..1 the ..1 needle|dope|heroin|fent|fentanyl|oxy|percs',
    'back ..1 on ..1 it & shot|needle|dope|might',
    'finish|finishing|finished ..2 the|a|whole ..1 bottle|fifth|handle ..1 and|with|plus ..4 pills|{pills}|{med_name}|meds',
    'drink|drinking|drank|chug|chugged|downed ..2 the|a|whole ..1 fifth|handle & pills|{pills}|{med_name}|meds',
    'fifth|handle ..4 with|and|on ..2 my|the|all|top ..2 pills|{pills}|{med_name}|meds',
    // Told by someone beside them (recall17): she said she took enough and is lying down.
    'said|says|told ..3 took|taken|swallowed ..1 enough & lying|down|bed|asleep|sleep|goodbye|pills|wont|answer|video|call|tonight|now',
    // More than one used to take, after time clean; an opioid used again; pain patches doubled and drowsiness.
    'did|took|used|shot|drank ..3 more ..2 than ..1 i ..1 used ..1 to & clean|sober|again|relapsed|rehab',
    'using|used|shooting|doing|did|snorting|smoking|shot ..1 fent|fentanyl|heroin|dope ..1 again',
    'doubled|tripled|doubling ..3 patch|patches & awake|eyes|drowsy|sleepy|breathing|lips|nod|nodding',
    'gonna|going|will|wanna ..2 use|shoot|do|snort ..1 it|the ..1 all|whole & bag|bought|sober|clean|dope|fent|tonight',
    // Sets bg and bh (recall21, 2026-12-05): days or weeks of one's supply taken at once ("took extra, like the whole
    // week's worth at once"); a week's worth of leave is not a dose, so the taking must be at once or extra.
    'took|taken|swallowed|popped|downed|ate ..6 week|weeks|month|months|days ..1 worth & (extra|at once|at one time|in one go|double)',
    'took|taken|swallowed|popped|downed ..1 extra & (worth|whole|all|at once|heart|racing|weird|dizzy)',
    // An attempt told in fragments (set bg, recall21): tried again last night, then the pills named beside it.
    'tried|attempted ..1 again ..3 night|yesterday|today|weekend|morning && {pills}|{med_name}|{overdose}',
    // Something taken, unnamed, beside an apology, a goodbye or a wish to hear a voice (lead24b: "sorry. I'm kinda
    // messed up. took some stuff. just wanted to hear a voice ... bye", "took everything. sorry", "I finished it.
    // everything. sorry"; the word model read them, a refit lost them); time lost after the pills.
    '(took some stuff|took something|took a bunch|took everything|took it all) && (sorry|bye|goodbye|messed up|hear a voice|fading)',
    '(taken everything|took them all|finished it|finished them|finished the bottle) && (sorry|bye|goodbye|messed up|hear a voice|fading)',
    'lost ..1 track ..2 time|hours|day & took|taken|swallowed|swallow ..3 pills|{pills}|{med_name}|them|everything|bottle',
    // Letting the pills do their work (lead24e: "I want to go to sleep and let the pills do their thing").
    'let|letting ..2 {pills}|pills|meds|them|it ..2 do|work|kick|take ..2 their|its|the ..1 thing|job|work|effect',
    // lead33 (set dl): windshield washer fluid drunk; a dose doubled or five at once, "kind of on purpose".
    'drank|drink|drinking|swallowed|chugged|sipped ..4 washer|wiper|windshield|coolant|brake|lighter ..1 fluid',
    'kind|kinda|sort|sorta|partly|half|maybe|mostly|little ..2 on ..1 purpose && dosed|dose|took|taken|swallowed|pills|meds|{med_name}|{pills}|at ..1 once',
    'double|triple ..1 dosed|dose|dosing && on ..1 purpose',
    // lead34 (set dp): a farm chemical drunk or eaten ("drank some of the sevin dust mixed with water"): insecticides,
    // herbicides, rodenticides and the like, by name or by kind; (ds) extra of a medicine taken, told in fragments.
    'drank|drink|drinking|swallowed|swallow|ate|eaten|took|mixed|chugged|downed ..6 sevin|paraquat|malathion|diazinon|chlorpyrifos|roundup|glyphosate|gramoxone|pesticide|pesticides|insecticide|herbicide|fungicide|rodenticide|dcon|strychnine|fertilizer|dewormer|ivermectin|lye|{poison}',
    '(weed killer|bug killer|bug spray|ant killer|rat poison|mouse poison|roach killer|drain cleaner|pool chlorine|sheep dip|cattle dewormer|horse dewormer) & drank|drink|drinking|swallowed|ate|eaten|took|mixed|chugged|downed',
    '(took extra|taken extra|took a bunch|took too many|took way too many|took a lot|swallowed extra) && of|my|the|his|her|some ..1 {med_name}|{pills}|pills|meds|tablets|lithium',
    '{med_name}|{pills}|pills|meds|tablets ..3 maybe|like|about|around|prob|probably ..1 {number} && took|taken|swallowed|extra',
    // lead37 (set dy): a month's dose taken all at once; (set dz) something stupid done with pills; a baby who ate a
    // pill.
    '(all at once|at once|at one time|all together) & took|taken|swallowed|downed|take & dose|doses|pills|supply|meds|medication|bottle|monthly|prescription|tablets|month',
    'did|done|doing ..1 something ..1 stupid|dumb|bad|crazy|dangerous ..3 pills|meds|{pills}|{med_name}|medication|bottle',
    'baby|toddler|{child}|she|he ..6 ate|swallowed|chewed|eaten ..3 pill|pills|meds|medicine|{med_name}|gummy|gummies|edible|edibles|tablet|tablets',
    // lead37 (set cm, read by the word model alone until its refit): afraid one is going to overdose; wasted doses taken at
    // work.
    'scared|afraid|worried|terrified|think|thinking ..4 going|gonna ..1 to ..1 od|overdose',
    'taking|stealing|diverting|pocketing|using|took ..2 the ..1 wasted|waste|leftover ..1 fentanyl|morphine|dilaudid|narcs|opioids|ketamine|versed',
    // lead38 (refit): a number of pills "of them" taken a while ago, the pills named in the sentence before ("Tylenol. Like
    // 20 of them maybe an hour ago. Stomach hurts"): read by the word model until the refit on 110 sets.
    '{number}|{number_word}|all|half|most ..1 of ..1 them|those|em|it ..4 (ago|earlier|already|tonight|this morning) && {med_name}|{pills}|pills|stomach|swallowed|took|taken',
    // lead38 (probe): a medication taken, then "all of them" in a fragment of its own.
    '(all of them|all of it|every last one|every single one|the whole bottle|whole bottle|the whole pack|all my pills) && took|take|taken|swallowed|downed|ate ..2 my|the|his|her|all|some ..1 {med_name}|{pills}|pills|meds',
  ],
  es: [
    // Sets bw-cb en espanol (lead, 2026-12-06): un nino que se comio las pastillas; demasiados parches; una ingesta
    // intencional.
    'se ..1 comio|tomo|trago ..3 mis|las|unas|sus ..1 pastillas|pildoras|medicinas & {child}|anos|bebe|nino|nina|chiquito|chiquita',
    'demasiados ..1 parches',
    'ingesta|sobredosis ..1 intencional',
    // Set bq (lead): la botella de Tylenol con tequila.
    'tome|tomé|trague|tragué|tomo ..3 botella|frasco|bote|caja ..2 de ..1 tylenol|pastillas|{pills}|{med_name}',
    'tylenol|pastillas|{pills}|{med_name} ..2 con ..1 tequila|alcohol|vino|cerveza|cervezas|vodka|whisky|pisto|chupe|ron & tome|tomé|trague|tragué|me',
    // Sets bo and bp in Spanish (lead): opioides otra vez después de estar limpio.
    'fentanilo|fenta|heroina|heroína|chiva & use|usé|tome|tomé|fume|fumé|recai|recaí|sola|solo|noche|anoche|otra|limpio|limpia',
    'limpio|limpia|sobrio|sobria ..3 {number}|meses|años|semanas|dias|días && use|usé|recai|recaí|consumi|consumí ..2 hoy|anoche|otra',
    'tome|tomo|trague|tomé|tomó ..3 como|unas|varias|todas|muchas ..2 {number}|{big_number}|pastillas|de|las',
    'se ..1 tomo|tomó|trago|comio ..3 pastillas|pastilla|medicina|medicinas',
    'tome|tomo|trague|trago|bebi ..5 frasco|caja|monton|punado|{big_number}|todas|todos|muchas ..4 {pills}|{med_name}',
    'tome|tomo|trague|trago ..4 frasco|frascos',
    'mezcle|mezclo ..4 {pills} ..3 con ..2 alcohol|{substance}',
    '{ingested} ..3 un|una ..1 puno|punado|monton|bote ..3 de ..1 {pills}',
    'me ..1 tome|trague|tomé|tragué ..1 todo|todas|todos',
    // Pills taken on purpose, as in English (recall5).
    '{pills}|{med_name}|pastillas|medicina|medicinas ..4 a ..1 proposito|propósito',
    'a ..1 proposito|propósito ..4 {pills}|{med_name}|pastillas|medicina|medicinas',
    'frasco|bote ..2 vacio|vacío & pastillas|tomó|tomo|dormida|dormido|tomado',
    'se ..1 tomo|tomó ..1 algo|todas|todo & pastillas|frasco|dormida|dormido|vacio|vacío|despierta',
    'narcan|naloxona & dieron|di|dimos|le|azul|respira|fentanilo|buscar',
    'encontre|encontré ..2 azul|morado|morada|inconsciente & baño|bano|cama|cuarto|piso|narcan',
    // Set q (recall6), in Spanish: un lavado de estómago; usarlo todo de una vez.
    'lavado|lavaron|lavar ..3 estomago',
    'inyectarme|inyectarmelo|inyectarmela|metermelo|metermela ..2 todo|todas|todos ..2 de ..1 una ..1 vez',
    'usarlo|usarla ..2 todo|todas|todos ..2 de ..1 una ..1 vez & acabe|termine|acabar|terminar|morir|dormir|recai|limpio|limpia',
    // Set u (recall7), in Spanish: insulina que no necesito.
    'inyecte|inyecté|puse ..3 insulina & no ..2 necesito|necesitaba|mucha|toda|extra|demas|demás',
    // Set x: what happens if one takes pills with drinks.
    'se ..1 mete|toma|tomo|traga ..4 perc|percs|percocet|xanax|pastillas|fentanilo|pastis & tragos|alcohol|cerveza|cervezas|trago|vino|ron',
    // Set y: a heap of pills taken, not by accident.
    'tome|tomé|trague|tragué|tomo|tomó ..3 chorro|monton|montón|puño|bola|bote|frasco|todas ..3 pastillas|pildoras|píldoras',
    'no ..1 fue ..1 accidente & pastillas|tome|tomé|corte|corté|hice|pasó',
    // Read across sentences: 'lo hice.' then 'tomé todo'.
    'lo|ya ..1 hice && tome|trague ..2 todo|todas|todos|pastillas|{pills}|{med_name}',
    // Set ah (recall9): what was left of the pills taken.
    'tome|trague|tomo|trago ..1 lo ..1 que ..1 quedaba|quedaban|sobraba|sobraban ..4 {pills}|{med_name}|frasco|bote',
    'tome|trague|tomo|trago ..2 resto ..2 de ..2 {pills}|{med_name}|frasco|bote',
    // Set al (recall10): una foto de pastillas con un adiós.
    'foto|fotos|video|imagen ..4 pastillas|pildoras|píldoras|medicinas & adios|adiós|perdon|perdón|bye|quiero',
    // Set ao (lead, Spanish): the pills that were left taken, with wine; the ones in hand threatened; grandma's pills
    // tonight; many saved up.
    'tome|tomé ..2 las|los ..1 que ..1 me ..1 quedaban',
    'me ..1 tomo|trago ..2 las|los ..1 que ..1 tengo',
    'iba|va|voy ..1 a ..1 tomar ..3 pastillas & noche|todas|abuela',
    'guardadas|guardados & pastillas|meses|muchas|muchos|acaso|confio|confío|tengo',
    // Set ap (lead, Spanish): rat poison taken.
    'tomo|tomó|trago|tragó|comio|comió ..3 veneno|polvos|raticida',
    'polvos|veneno ..2 de ..1 rata|ratas',
    // Probed by kind (lead, 2026-12-05): 'me pasé de pastillas'; a heap of pills put down.
    'me ..1 pase|pasé ..3 pastillas|pastis|pildoras|píldoras|medicina|medicinas|dosis|{pills}|{med_name}',
    'me ..1 meti|metí|eche|eché|empine|empiné ..4 monton|montón|bola|puño|puno|chingo|punado|puñado|chorro|bote|frasco ..3 pastillas|pastis|pildoras|píldoras|{pills}',
    'juntadas|juntando|juntado & pastillas|pastis|pildoras|píldoras|{pills}|{med_name}',
    // Parity with English (parity12, 2026-12-05): a bottle of liquor with the pills; poison or antifreeze drunk; a
    // bottle and pills at hand, "todavía no he hecho nada".
    'tome|trague|bebi|empine|tomo|trago|bebio ..2 botella|litro|caguama|pomo|fifth ..4 y ..3 {pills}|{med_name}|pastillas|medicinas|lamotrigin*|trazodon*|litio|clonazepam|xanax|ativan|seroquel & tequila|vodka|whisky|ron|vino|cerveza|alcohol|mezcal|brandy|licor|pisto|guaro|{substance}',
    '{ingested}|bebi|bebio|tomo|trago ..3 {poison}|anticongelante|clorox|raticida|insecticida|matarratas|gasolina|pinol|desinfectante|destapacanos|thinner|solvente',
    'tengo ..4 {substance}|{pills}|{med_name}|pastillas|botella|xanax && (todavia no|aun no|todavia|aun) ..2 he ..1 hecho|tomado ..1 nada',
    // Parity, second round (parity12, 2026-12-05): all of one medicine taken ("toda la lamotrigina"); found by an empty
    // bottle; a bottle of pills downed with liquor; how many looked up, not taken.
    'me ..1 tome|trague ..1 toda|todo ..1 la|el|mi ..1 {pills}|{med_name}|lamotrigin*|litio|insulina|clonazepam|xanax|seroquel|trazodon*|tylenol|paracetamol|oxicodona|benadryl|gabapentin*',
    'encontre|encontramos ..3 con ..2 el|un ..1 frasco|bote ..1 vacio',
    'empino|empine ..2 botella|frasco|bote ..3 pastillas|{pills}',
    'busque|googlee ..2 cuantas|cuantos ..3 {pills}|{med_name}|lamotrigin*|litio|seroquel|tylenol|pastillas && (no hice nada|no me las tome|no las tome|pero busque|nomas busque)',
    // Parity, regional words (parity12, 2026-12-05): "me empastillé"; a heap of pills said the Caribbean, Rioplatense or
    // Colombian way (un pocotón, una pila, un jarto, un fracatán); a whole box or blister taken; found lying by an empty
    // blister; pills taken so as to feel nothing.
    'empastille|empastillo|empastillarme|empastillada|empastillado|empastillarse|empastillaba',
    '{ingested}|meti|trague|tome ..3 pocoton|pila|bulto|fracatan|jarto|mogollon|chorrazo|chingo|vergo ..3 de ..1 pastillas|{pills}|{med_name}',
    'tome|trague|tomo|trago|meti ..2 una|un|dos|tres|la|el ..1 caja|blister|tira|paquete|frasco ..1 entera|entero|completa|completo|enterita|enterito',
    'tirada|tirado|desmayada|desmayado|inconsciente ..6 frasco|blister|bote|caja|tira ..1 vacio|vacia',
    'encontre|encontramos ..3 con ..2 el|un|la|una ..1 blister|tira|caja ..1 vacio|vacia',
    'para ..1 no ..1 sentir ..1 nada & pastillas|{pills}|{med_name}|tome|trague|tomo|meti',
    // Parity, indirect kinds (parity12, 2026-12-05): "se me pasó la mano con las pastillas"; taken "de más" on purpose; an
    // attempt to take the pills stopped.
    'se ..1 me|le ..1 paso ..2 la ..1 mano ..3 pastillas|{pills}|{med_name}|medicina|dosis',
    'tome|trague|tomo ..3 de ..1 mas ..3 a ..1 proposito',
    'intente|trate|intento|trato ..2 tomarme|tragarme|tomarse|tragarse ..3 pastillas|{pills}|{med_name}|frasco|todas',
    // Probed by kind (lead, 2026-12-05, Spanish): an empty bottle found beside someone; pills taken with drink.
    'encontre|encontré|encontramos|halle|hallé ..1 a|al ..4 frasco|bote|caja ..1 vacio|vacío|vacia|vacía',
    '{ingested}|tomo|tomó|trago|tragó ..3 {pills}|pastillas|pastis|pildoras ..3 con ..2 alcohol|{substance}|cerveza|cervezas|vino|tequila|trago|tragos|licor',
    'frasco|bote ..2 lleno ..2 de ..1 pastillas|pastis|pildoras|píldoras & miro|veo|noche|noches|acaso|listo|lista|guardado',
    // Probed by kind (lead, 2026-12-05, Spanish): a whole bottle one thinks of taking; a bottle finished by someone.
    'tomarmelas|tomarmelos|tomármelas|tomármelos|tragarmelas|tragármelas|tragarmelos|tragármelos ..2 todas|todos|juntas|juntos|golpe',
    'bote|frasco|caja ..1 entero|entera|completo|completa & pensando|pienso|ganas|tomarmelas|tomarmelos|tomármelas|tomármelos',
    'se ..1 acabo|acabó|termino|terminó ..2 todo|toda|todas|entero|entera ..2 frasco|bote|caja|botella|pastillas',
    '{child}|{partner}|{family}|ella|el|él ..2 se ..1 acabo|acabó|termino|terminó ..2 el|la|las ..2 frasco|bote|caja|botella|pastillas',
    // Probed by kind (recall11, 2026-12-05): a whole box just taken ('me acabo de tomar toda la caja'); a daughter found
    // with the bottle empty.
    'acabo|acaba|acabe|acaban ..1 de ..1 tomar|tomarme|tragar|tragarme|meterme ..3 toda|todas|todo|todos|frasco|caja|bote|blister|{quantity} & pastillas|pastis|{pills}|{med_name}|frasco|caja|bote|blister',
    'encontre|encontramos|halle|vi|encontro ..1 a ..2 {child}|{family}|{partner}|nina|nino ..4 frasco|frascos|bote|botes|caja|cajas|blister ..1 vacio|vacios|vacia|vacias',
    // Probed by kind (recall11, 2026-12-05): someone who took something and turns blue; lying on the floor beside
    // bottles and pills; a father who does not answer and his medicine empty.
    'se ..1 metio|inyecto|tomo ..2 algo & morado|morada|azul|labios|respira|despierta|reacciona|tirado|tirada|convuls*',
    'tirado|tirada ..3 piso|suelo & pastillas|botellas|{pills}|frasco|jeringa|respira|reacciona|despierta',
    'medicina|frasco|pastillero|caja|bote ..1 vacia|vacio && {family}|{partner}|{child} ..3 {neg} ..1 contesta|responde|despierta|reacciona',
    // Found by admines10, read by the lead (2026-12-05): pills taken beyond the dose so as not to wake.
    '(de más|de mas|extra|todas|demás|demas) ..4 para ..1 {neg} ..1 despertar|despertarme|amanecer',
    // Probed in Spanish voices by kind (recall13, 2026-12-05): pills 'echadas' (taken, Mexico and the Caribbean),
    // more than the count on purpose, and someone who 'se pasó con las pastillas' and cannot be woken.
    'me ..1 eche|heche|echo ..2 todas|todo|un|una|el|la|mas|muchas|varias ..3 pastillas|pildoras|frasco|caja|tylenol|clonazepam|pastis|tabletas',
    // recall20: a box or half of one, the client's or someone's ("se echó media caja de rivotril").
    'me|se ..1 eche|heche|echo ..3 caja|frasco|blister|tira ..2 de ..1 {pills}|{med_name}',
    'tome|tomo|trague|me ..2 mas ..1 de ..1 la ..1 cuenta & proposito|adrede|queriendo',
    'se ..1 paso|pasaron ..2 con ..2 las|sus|los|unas ..1 pastillas|pildoras|medicinas|medicamentos|pastis & {neg} ..3 despertar|despierta|responde|reacciona',
    'se ..1 paso|pasaron ..2 con ..2 las|sus|los|unas ..1 pastillas|pildoras|medicinas|medicamentos|pastis & dormido|dormida|vomitando|mareado|mareada|morado|morada|inconsciente',
    // Probed by construction (recall16, second batch): all of one's pressure, sugar or sleeping pills swallowed.
    'tome|trague|meti|empine|eche|ingeri|bebi ..2 todas|todos|muchas|muchos ..2 las|los ..1 de|pa|para ..1 la|el ..1 presion|azucar|diabetes|dormir|dolor|ansiedad|nervios|tiroides|depresion',
    // Probed by construction (recall16, third batch): a whole box or half a bottle swallowed; poisoned with pills;
    // 'se pasó de pastillas'.
    '{ingested} ..3 bote|frasco|caja|blister|tira|paquete ..1 completo|completa',
    '{ingested} ..2 mitad ..2 del|de ..1 frasco|bote|caja|blister',
    'intoxique|intoxico|intoxicó|intoxicada|intoxicado|intoxicarme|envenene|envenenó|envenenada|envenenado ..3 pastillas|{pills}|{med_name}|veneno|cloro',
    'paso|pase|pasó|pasé ..1 de ..1 pastillas|{pills}|{med_name}',
    // A box or a strip of a medicine swallowed ('me tomé una caja de tafil'; never a box of tea).
    '{ingested} ..2 caja|cajas|blister|tira ..2 de ..1 {pills}|{med_name}',
    // Probed by construction (recall16, fourth batch): stuffed with pills ('se atiborró de pastillas'); a relative
    // who took something and does not wake, answer or seem right.
    'atiborre|atiborro|atiborró|hinche|hincho|empache|empacho|retaque|retaco|atasque|atasco|infle|inflo|inflé|infló ..2 de ..1 pastillas|{pills}|{med_name}',
    '{child}|{family}|{partner} ..3 tomo|tomó|trago|tragó|metio|metió ..3 algo|pastillas|{pills}|{med_name} ..6 {neg} ..2 despierta|despertar|reacciona|responde|contesta',
    '{child}|{family}|{partner} ..3 tomo|tomó|trago|tragó|metio|metió ..3 algo|pastillas|{pills}|{med_name} ..6 raro|rara|inconsciente|morado|morada|convulsionando|babeando',
    // Probes beside requests (recall19): me acabé todo el frasco, todas las de la presión.
    'me ..1 acabe|termine ..1 todas|todo|muchas|toda ..3 pastillas|frasco|caja|medicina|medicinas|pildoras|presion|botella|tableta|tabletas|blister',
    // Sets bg and bh (recall21, 2026-12-05): las pastillas de toda la semana o del mes tomadas de una vez.
    'tome|trague|tomo|trago|tomaste ..6 semana|semanas|mes|meses|dias & (de una vez|de un jalon|de golpe|al mismo tiempo|juntas|juntos|extra|doble)',
    // Lo intenté otra vez, y las pastillas nombradas al lado (set bg en español, recall21).
    'lo ..1 intente|intento|intentaste ..1 otra|de ..1 vez|nuevo && {pills}|{med_name}|{overdose}',
    // lead34 (set dp): un químico del campo tomado o bebido (veneno, pesticida, herbicida, matarratas).
    'tomo|tomó|tome|tomé|bebio|bebió|bebi|bebí|trago|tragó|tragué|trague ..6 pesticida|insecticida|herbicida|matarratas|raticida|fertilizante|anticongelante|{poison}|paraquat|sevin|roundup|malation',
  ],
};

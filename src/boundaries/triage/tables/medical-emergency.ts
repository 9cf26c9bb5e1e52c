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
    // The holdout cx, read at the round's end (lead27): weight lost fast and the body failing ("lost 30 lbs in 6 weeks and
    // i get dizzy every time i stand up, can't feel my toes").
    'lost|dropped|down ..1 {number} ..1 lbs|lb|pounds|kilos|kg ..3 in ..2 weeks|week|days|month & dizzy|faint|fainted|fainting|passing|passed|numb|feel|heart|chest|vision|blacking|collapsed',
    // A set kept outside the project, its crisis misses read (lead22, 2026-12-06): warning signs of preeclampsia (a
    // severe headache with spots, blurred vision or swelling) in pregnancy or in the weeks after a birth.
    'pregnant|weeks|wks|trimester & headache|migraine & spots|vision|blurry|blurred|seeing|swollen|swelling|flashing|stars',
    '(had the baby|had my baby|gave birth|delivered|postpartum|c section|csection) & headache|migraine & spots|vision|blurry|blurred|seeing|swollen|swelling|flashing|stars',
    // Sets bw-cb (lead, 2026-12-06): barely answering with an odd snore.
    'snoring ..1 weird|funny|strange|loud|oddly & barely|wont|cant|{neg}|wake',
    'barely ..1 answering|responding|breathing|conscious|awake|moving && patches|pills|took|snoring|overdose|blue|fentanyl',
    // Set bv (lead, 2026-12-06): a child off clonidine for days, heart racing, sweaty and shaky (rebound withdrawal).
    'off ..2 his|her|my|their ..1 clonidine|{med_name}|meds|medication ..4 days|{number} & heart|shaky|shaking|sweaty|sweating|headache|racing',
    // Set bo (lead, 2026-12-06): a racing heart in numbers, numbness, lips or face that cannot be felt, after taking or
    // "hitting" something.
    'heart|pulse|hr|bpm|heartrate ..4 {big_number} & hit|took|smoked|snorted|something|{substance}|{pills}|numb|purple|faint|dizzy|chest|lips|feel|party|sweaty|sweating|shaky|shaking|headache',
    // A heart rate in numbers beside not eating (lead26: "refusing to eat and her heart rate was 38 at the doctor"): an
    // eating disorder's body failing.
    'heart|pulse|hr|bpm|heartrate ..4 {big_number} & eat|eating|ate|food|meals|anorexi*|restrict*|purg*|starv*|fasting|calories|weight',
    // The same told over two sentences (lead32, set df: "My daughter's pulse was 38 when the school nurse checked it.
    // She's been restricting again").
    'heart|pulse|hr|bpm|heartrate ..4 {big_number} && anorexi*|restrict*|restricting|purg*|starv*|fasting',
    'cant|{neg} ..1 feel ..1 my ..1 lips|face|tongue|hands|fingers|arms|legs|mouth & hit|took|smoked|snorted|something|{substance}|{pills}|heart|breathe|breathing|purple|numb|party',
    'lithium|litio & vomit*|tremor|shaking|slurr*|confused|diarrhea|unsteady|stumbling',
    'fever & twitch*|rigid|stiff|confused|agitated|sweating|shivering & {med_name}|antidepressant|meds|tramadol|ssri|{pills}',
    'heart ..3 weird|flippy|fluttering|skipping|racing|pounding|funny|fast & {med_name}|{substance}|took|pills|adderall|coke|energy|drinks',
    'confused|disoriented ..3 and|sleepy|drowsy|unsteady & {pills}|pill|organizer|took|taking|{med_name}|empty',
    // Acute signs: confusion, vomiting with a medication, a rash with blisters, breathing wrong, not waking.,
    'confused|disoriented & sweating|shaking|diabetic|sugar|insulin|vomit*|throwing|recognize|recognise',
    'vomit*|throwing ..1 up & shaking|confused|{pills}|{med_name}|took|blood|lithium',
    'rash & blister*|mouth|lips|eyes|fever|peeling|lamotrigine|lamictal',
    // The holdout dd, read at the round's end (lead31): bleeding after a birth that soaks a pad by the hour or less; lips
    // gone blue, however said ("her lips look kind of blue"); a baby not felt moving late in a pregnancy.
    'soaking|soaked|soak|soaks|filling|filled|bleeding|bled ..4 pad|pads|maxi|towel|towels & hour|min|mins|minutes|postpartum|dizzy|clots|clot|birth|delivery|faint|pp|csection',
    'lips|lip|fingernails|nails ..4 blue|purple|bluish|gray|grey',
    '(stopped feeling|can not feel|cant feel|havent felt|have not felt|not feeling|didnt feel|dont feel) the|my|her baby|babies|twins move|moving|kick|kicking|kicks',
    '(baby|babies|twins) (hasnt|has not|havent|stopped|isnt|not) moved|moving|kicked|kicking & weeks|wks|since|all|today|yesterday|night|morning|hours',
    'blister* ..3 mouth|lips|eyes|throat',
    'breathing ..1 weird|funny|strange|shallow|slow|slowly|wrong',
    // Hardly able to talk or swallow, the mouth, tongue or throat named (lead26: an older woman's new pills
    // leaving her mouth so dry she can hardly talk; a tongue or a throat swelling).
    'hardly|barely|cant|cannot ..1 talk|speak|swallow & dry|tongue|throat|swollen|swelling|mouth|lips',
    // Foaming at the mouth after something taken, a seizure or a fall (lead26); rage told so is an idiom.
    'foam|foaming|foamed|frothing|froth ..3 mouth & took|taken|pills|something|{substance}|{pills}|seizure|shaking|unresponsive|wake|breathing|overdose|drank|swallowed|fell|collapsed|passed',
    '{neg} ..1 recognize|recognise|recognizes|recognises ..1 me|us|anyone',
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
    'stopped|quit|ran|off ..4 {med_name}|benzo|benzos|drinking|alcohol|xanax|klonopin|ativan|valium & shaking|shakes|tremor*|seizure*|hallucinat*|seeing|sweating|sweats|dts|delirium|confused|fit|fits|convuls*',
    'cold ..1 turkey & shaking|shakes|tremor*|seizure*|hallucinat*|seeing|sweating|drinking|alcohol|benzo*|{med_name}',
    'withdrawal|withdrawals|detoxing|detox & shaking|shakes|seizure*|hallucinat*|seeing|dts|delirium|confused|sweating',
    'hallucinating|hallucinations|seeing ..1 things & drinking|alcohol|stopped|quit|withdrawal|benzo*|{med_name}',
    'burning|burn ..1 up & molly|mdma|ecstasy|meth|coke|cocaine|took|adderall|confused',
    'call|called|calling ..1 911|ambulance|paramedics',
    'bleeding ..3 stop|wont|lot|heavily|everywhere',
    'anaphyla*|heatstroke',
    'having|had|have ..2 a ..1 (heart attack|stroke)',
    'emergency ..1 room|department & now|tonight|keeping|admitted|overnight|ambulance|here',
    'keeping|admitted|admit ..2 me ..3 overnight|hospital|psych|ward|er',
    'left ..1 arm ..2 hurts|numb|pain|tingling & chest|sweating|heart|breathe',
    'face ..3 numb|drooping|droop|droopy',
    'cant|cannot|{neg} ..2 lift|move|feel ..2 my ..1 arm|leg|side|face',
    'seeing|see ..2 bugs|spiders|snakes|things & drink|drinking|drank|sober|quit|stopped|shaking|shakes|sweating|withdrawal',
    'wont|cant|{neg} ..1 wake ..1 up & passed|took|pills|breathing|911|unresponsive|blue|drunk|overdose|drinking',
    'not ..1 making ..1 sense & took|drunk|pills|{substance}|confused',
    'swelling|swollen|swell ..4 lips|lip|tongue|throat|face|eyes & wheez*|breathe|breathing|pill|reaction|allergic|hives|new',
    'lips|lip|tongue|throat|face ..4 swelling|swollen|swell & wheez*|breathe|breathing|pill|reaction|allergic|hives|new',
    'vomit*|throwing|puking|coughing ..3 blood',
    'hit|hitting|bumped|banged ..2 head|his|her & confused|slurring|slurred|vomit*|unconscious|passed|sleepy|bleeding|{neg}',
    'collapsed|collapse|fainted|fell & {neg}|responding|breathing|unresponsive|wake|911|help|floor',
    'slurring|slurred ..3 words|speech & face|arm|confused|drooping|numb|sudden',
    // A diabetic shaking, sweating or confused (a low blood sugar).
    'diabetic|diabetes|insulin & shaking|sweating|sweaty|confused|shaky|pale|slurring|unresponsive|fainted|passed',
    // A child into a bottle of pills; withdrawal told as shaky and sweaty; days without food under a command.
    'got|gets|getting ..1 into ..2 the|my|his|her|a ..1 bottle|pills|meds|medicine|medication|{med_name}',
    'quit|quitting|stopped|stopping|detox* ..4 drinking|alcohol|benzo|benzos|xanax|klonopin|ativan & shaky|sweaty|jittery|tremors|seeing|saw|hearing|heard',
    'havent|hasnt|not ..2 eaten|eat|ate ..3 in ..2 days|week|three|four|five',
    // A collapse with the body jerking: a seizure told without its word (recall5).
    'collapsed ..6 jerking|twitching|convulsing',
    // Shaking with a blackout (a seizure told in other words); heavy daily drinking stopped at once; benzodiazepines run
    // out for days; someone who has slept since yesterday and cannot be woken.
    'shaking|shook|jerking|twitching|convuls* & blackout|blackouts|blacked|passed|fainted|unconscious',
    '{big_number}|fifth|handle|bottle|liter|litre|pint|gallon ..3 beers|drinks|shots|fifth|handle|bottles|vodka|whiskey|tequila|rum|wine|gin ..3 a|per|every ..1 day|night & stop|stopping|quit|quitting|dumping|dump|tomorrow|cold|sober|last',
    'ran|run|running|out ..1 of ..2 my|his|her ..1 klonopin|xanax|ativan|valium|clonazepam|alprazolam|lorazepam|diazepam|benzo|benzos & days|{number}|{number_word}|shaking|seizure|skin|fire|passed|slept|sleep|sweating|refill',
    'cant|couldnt|unable|{neg} ..2 get|wake ..1 her|him|them ..1 up & asleep|sleeping|mumbles|mumbling|breathing|since|hours|yesterday|responding',
    'asleep|sleeping ..1 since ..2 yesterday|last|morning|afternoon & wont|cant|{neg}|mumbl*|wake|up',
    // A high fever with stiffness or confusion on a new medication or dose.
    'fever ..6 stiff|rigid|confused|confusion|twitching & dose|med|meds|medication|new|started|{med_name}',
    'out ..1 of ..2 suboxone|methadone|subutex|buprenorphine & days|vomiting|sweating|sick|withdrawal|street',
    // Set t: too much serotonin (a new antidepressant with tramadol): jerking muscles with fever or sweating.
    'jerking|twitching|jerks|twitches|spasms|spasming|rigid|clonus & fever|temp|temperature|sweating|sweaty|burning|102|103|104|105',
    'temp|temperature|fever ..2 102|103|104|105|106 & confused|shaking|sweating|jerking|twitching|rigid|antidepressant|tramadol|new|meds',
    // Set u (recall7): the worst headache of one's life; an MAOI with aged, cured or fermented food or wine.
    'worst ..1 headache ..3 of ..2 my|her|his ..1 life',
    'maoi|maois|nardil|parnate|emsam|phenelzine|tranylcypromine|selegiline|marplan & cheese|pizza|pepperoni|salami|wine|beer|tyramine|soy|headache|neck|pounding',
    // Set z (recall8): pro-ana challenges (fasting, days without food); sent to the ER and refusing; throwing up
    // after every meal, or after meals many times a day or with faintness.
    'challenge|challenges ..6 starve|starving|fasting|fast ..4 hours|hrs|days|weeks',
    'dont|not|no|stop ..1 eat|eating|food ..4 hrs|hours|days & challenge|challenges|discord|group',
    'said|told ..5 go ..2 to ..1 the ..1 er|hospital|emergency ..5 refuses|refused|refusing|fighting|screaming',
    'refuses|refused|refusing ..3 go ..2 er|hospital|emergency & said|told|doctor|pediatrician|pcp|nurse|heart',
    'throws|throwing|vomits|vomiting|purges|purging|pukes|puking ..2 after ..2 meals|meal & day|daily|gray|grey|faint|fainted|dizzy',
    'throws|throwing|vomits|vomiting|purges|purging|pukes|puking ..2 after ..1 every|each|most|all ..1 meal|meals',
    // Set x: a heavy drinker stopping at once.
    'fifth|handle|bottle|bottles|liter ..2 a|per|every ..1 day|night & quit*|stop*|cold|turkey|shaky|shaking|sweaty|sweating|hours',
    // Probed by kind (recall7): laxatives by the handful, as an eating disorder takes them.
    '{big_number}|{number_word}|handful|bottle|box ..3 laxatives|laxative|dulcolax|senna & day|today|took|taking|ate|night',
    // Set ae: slurred speech and confusion on lithium (toxicity); someone on the floor shaking after new medicine.
    'slurred|slurring ..2 speech|words & confused|fell|falling|lithium|new|pill|dizzy|vomiting',
    'lithium & confused|slurred|slurring|shaking|vomiting|unsteady|fell|falling|toxic',
    'on ..1 the ..1 floor ..2 shaking|jerking|seizing|convulsing|twitching',
    'speech|words ..2 slurred|slurring & confused|fell|falling|lithium|new|pill|dizzy|vomiting',
    // Set ag: days without eating, asked how long is dangerous.
    'how ..1 long ..4 without ..1 eating|food|water & dangerous|die|heart|faint|floating|dizzy|day',
    // Probed in set z's voices (recall8): hair falling out beside restricted eating; a few hundred calories a day.
    'hair ..2 falling ..1 out & eat|eats|eating|calories|food|weight|lbs|pounds',
    'only ..2 eats|eat|eating|ate ..3 calories',
    // A third probe in set z's voices (recall8): no urine for a day beside restricting.
    '{neg}|barely ..1 pee|peed|urinate|urinated ..1 in ..2 day|days|hours|hrs',
    // Set ai (lead): on the kitchen or bathroom floor, unable to get up.
    'im|iam on the kitchen|bathroom|bedroom floor',
    'i am on the kitchen|bathroom|bedroom floor',
    'lying|laying|passed|collapsed ..2 on ..1 the ..1 kitchen|bathroom|bedroom ..1 floor',
    // Set ah (recall9): off the bottle for days and shaking or sweating; talking to someone who died, after quitting.
    'off ..1 the ..1 bottle|booze|sauce|juice|liquor ..4 days|{number}|{number_word}|since & shaking|sweating|shakes|seeing|talking|hallucinat*|confused|tremors|sweats|shaky|sweaty',
    'talking|talks|talked ..2 to ..3 who|that ..2 died|dead|passed & drinking|drink|bottle|quit|stopped|days|sober|booze|detox',
    'talking|talks|talked ..2 to ..3 who|that ..2 isnt|arent|wasnt|werent|not ..1 there & drinking|drink|bottle|quit|stopped|days|sober|booze|detox',
    // Set ak (lead): a heart 'going to explode' after a drug; someone in the bathroom who won't open after a thud.
    'heart ..6 explode|exploding',
    'heart ..3 pound* ..2 out ..2 of ..2 chest',
    'bathroom ..4 wont|{neg} ..2 open|answer|respond & heard|fell|thud|fall|locked|hours',
    // Set am (lead): passed out after not eating for days; an elephant on the chest and a tingling left arm after lines.
    'passed ..1 out|fainted|collapsed & stopped|eating|eaten|ate|days',
    'elephant ..4 chest|on ..1 it & chest',
    'left ..1 arm ..2 tingly|tingling|numb|numbness|hurts & chest|heart|lines|coke',
    // Set aq (lead, Spanish, 2026-12-05), in English: fever with a stiff neck or body; eyes rolling up with stiffness.
    'fever & stiff|rigid',
    'eyes ..3 rolling|rolled|roll|rolls ..2 up|back & stiff|neck|fever|jaw|tongue|injection|shot',
    // Probed by kind (recall11, 2026-12-05): beer with a benzodiazepine and feeling strange.
    'beer|beers|drinks|shots|wine|alcohol|vodka & klonopin|xanax|ativan|valium|clonazepam|alprazolam|lorazepam|benzo|benzos|ambien & weird|strange|dizzy|sleepy|breathe|breathing|wrong|off|faint',
    // Withdrawal heard as well as seen (recall17): hearing things after stopping drink or benzodiazepines.
    'hearing|hear|heard ..2 things|voices|music & booze|drinking|drink|drank|alcohol|quit|stopped|sober|benzos|xanax|klonopin|ativan|detox|detoxing|withdrawal|withdrawals|shakes|shaking',
    // A head struck and vomiting or confusion after (recall17: an older adult's fall); starving with fainting or
    // black spots; food stopped as a punishment.
    'hit|hitting|banged|bumped|smacked|struck ..2 my|his|her|their ..1 head & threw|thrown|throw|throwing|vomit|vomiting|vomited|puked|puking|confused|unconscious|blacked|seizure',
    'nothing ..4 except|but ..1 water && spots|dizzy|faint|fainted|fainting|blacked|collapsed|passed',
    'stopped|stop|quit ..1 eating ..4 {neg} ..1 deserve|deserving',
    'hit|hitting|banged|bumped|smacked|struck ..2 my|his|her|their ..1 head && threw|thrown|throwing ..1 up',
    'hit|hitting|banged|bumped|smacked|struck ..2 my|his|her|their ..1 head && vomit|vomiting|vomited|puked|puking|confused|blacked|unconscious',
    // Withdrawal told as the drink one has not had (the negation is the statement): no drink in days and the shakes
    // or things seen.
    '{neg} ..3 drink|drinking|drank ..3 in|for ..2 days|day & shaking|shakes|seeing|hearing|sweating|seizure|racing|hallucinating|crawl|crawling',
    // Going without water for days, or food and water together (set cp, read for its misses, lead24).
    'without|no|any ..2 food ..2 and|or|nor ..2 water|drinking|fluids & day|days|since|{number}|week',
    'havent|hasnt|{neg}|not ..3 water|fluids ..4 days|{number}|since & day|days|since|{weekday}',
    // An eating disorder's body failing (lead24): fainting, falling or blacking out at a low weight or while restricting or
    // purging; purging with cramps, tingling, palpitations or weakness (electrolytes).
    '(passed out|fainted|collapsed|blacked out|fell over|fell down|fell in|fell at|and fell|keeps fainting) & restricting|restrict|purging|purges|purge|laxatives|starving|lbs|pounds|weighs|weight|anorexia|anorexic|bulimia|bulimic|calories',
    'purging|purges|purge|purged|laxatives|laxative & cramping|cramps|tingling|numb|numbness|palpitations|racing|irregular|fluttering|weak|confused|twitching|faint|fainting|dizzy',
    // Huffing and then passed out or unresponsive (lead24).
    'huffing|huffed|huff|huffs|inhalants|inhalant|whippets|whippits|duster|nitrous & passed|unresponsive|blue|seizing|seizure|collapsed|fainted|wake|waking|breathing',
    // The same with the day named: "haven't had a drink since sunday" beside things crawling or the shakes (lead24e).
    '{neg} ..3 drink|drinking|drank ..3 since ..2 {weekday}|yesterday|friday|last & shaking|shakes|seeing|hearing|sweating|seizure|racing|hallucinating|crawl|crawling|bugs',
    // A button battery or magnets swallowed (lead24h): an emergency in a child whatever the symptoms.
    'swallowed|swallow|ate|eaten|swallowing ..3 battery|batteries|magnet|magnets',
    // lead33 (set dg): a benzodiazepine stopped at once, the body jerking or about to faint; (set dj) fainting beside food
    // refused, a low pulse; asking whether to take someone to the ER.
    'stopped|quit|ran ..4 klonopin|xanax|ativan|valium|benzo|benzos|clonazepam|alprazolam|lorazepam|diazepam & jerking|jerks|twitching|shaking|seizure|seizing|pass|faint|fainting|hallucinating|tremors|sweating',
    'passed ..1 out|fainted|collapsed|blacked ..1 out && eat|eating|ate|food|meals|anorexi*|restrict*|purg*|starv*|weight',
    'pulse|heartrate|bpm ..2 was|is|of|at ..1 {number} && eat|eating|ate|food|meals|restrict*|weight|passed|fainted|dizzy',
    'should|do|can ..2 i|we ..1 take|bring|drive|rush ..3 to ..2 the ..1 er|hospital|emergency',
    // lead34 (set dn): only water for days, with the body failing (dizzy, can barely stand, hands or feet gone blue); hands or
    // feet blue beside fainting, no food or breath.
    'only|just ..3 water ..4 day|days|week|weeks|since|{number}|{weekday} && dizzy|faint|fainted|fainting|stand|standing|blue|bluish|blueish|weak|heart|chest|blacking|shaky|shaking|numb|cold|confused|purple',
    'hands|fingers|feet|toes|fingertips ..3 blue|purple|bluish|blueish|gray|grey & dizzy|faint|fainted|fainting|stand|standing|eaten|eat|ate|water|food|breathe|breathing|breath|chest|heart|days|numb|weak',
    'dizzy|lightheaded|weak|faint ..4 barely|cant|cannot ..1 stand|standing|walk && eaten|eat|ate|food|water|days|blue|faint|fainted|chest|heart|restricting|fasting|starving|since|{weekday}|week',
    // lead34 (set dp): the signs of a pesticide poisoning (drooling and sweating, pinpoint pupils, twitching, sight gone wrong).
    'drooling|slobbering|foaming & sweating|sweaty|twitching|jerking|breathing|breathe|see|vision|pupils|shaking|vomiting|puking',
    // lead37 (set dx): lips gone blueish, written with its -ish.
    'lips|lip|fingernails|nails|face|skin ..4 blueish|bluey|purplish|grayish|greyish|ashy|ashen',
    // lead37 (set dz): a headache with spots or blurred sight after a birth or in a pregnancy, or with a high reading.
    '(seeing spots|blurry vision|vision is blurry|see spots|vision going|spots in my vision) & headache|head|bp|pressure|pp|postpartum|pregnant|weeks|days',
    // lead38 (set ec): told by a lab or a doctor to go to the ER and not going (a potassium of 2.6, "can i just eat a
    // banana"); a critical potassium named.
    'said|told|says|want|wants|called|call ..4 go ..2 to ..2 the ..1 er|emergency|hospital && (cant|cannot|can not|not going|dont want|wont|rather not|instead|just eat|cant miss|no way|do i have to|do i really|is it that|do i need to)',
    'potassium ..3 was|is|at|of|came|dropped|only ..2 {number} && er|emergency|hospital|low|critical|dangerous|heart|cramps|weak|palpitations|numb',
    // lead38 (set ec): numb, tingling hands and a hand that curled and would not open beside laxatives or purging (tetany);
    // ankles swollen and short of breath lying down after starting to eat again (refeeding).
    'hand|hands|fingers|fingers ..3 curled|cramped|locked|clenched|stuck|froze ..6 (wouldnt|couldnt|wont|cant|would not|could not) ..2 open|uncurl|move|straighten',
    'numb|tingly|tingling|spasm|spasms|cramping|curled|twitching && (laxative|laxatives|purging|purge|purged|throwing up|vomiting|diuretics|water pills)',
    'short|shortness ..1 of ..1 breath|breathe ..3 lying|laying|lie|lay|flat|night|down',
    'swollen|swelling|puffy ..3 ankles|feet|legs && (eating normally|eating again|eating more|refeeding|meal plan|started eating|weight restoration)',
    'ankles|feet|legs ..3 swollen|swelling|puffy && (eating normally|eating again|eating more|refeeding|meal plan|started eating|weight restoration)',
    // lead38 (probe): days without water (a shutdown that will not let one move to drink).
    '{neg}|not ..2 had|drank|drunk|drink|drinking ..2 water|fluids|anything ..6 days',
    'days ..6 {neg}|not ..2 had|drank|drunk|drink|drinking ..2 water|fluids',
    // Set ej (lead40): a chest that is squeezing or clenching, a left arm that aches beside the chest or a line.
    'chest ..2 is|feels|felt|keeps|was|been|getting|kept|started ..1 squeez*|clench*|seizing|gripping|tightening|caving',
    'squeez*|clench*|crush*|gripping ..2 in|on ..1 my|the ..1 chest',
    'left ..1 arm ..2 aches|aching|ache|achy|heavy|throbbing|weird|dead & chest|heart|breathe|breathing|line|lines|coke|cocaine|adderall|meth',
    // Set ek (lead40): stroke signs in a writer's words: one side of the face not felt, words coming out wrong.
    'cant|cannot|{neg} ..2 feel|move ..2 the|my ..1 left|right ..1 side',
    'left|right|one ..1 side ..2 of ..2 my|his|her|the ..1 face|body|mouth ..3 numb|drooping|droopy|dead|tingling|went|cant|fell',
    'words|speech ..3 coming|came|come|comes ..1 out ..2 wrong|weird|jumbled|garbled|slurred|funny|mixed',
    // Probed by kind (lead40): a farm or road accident and someone not moving or pinned under a machine.
    'rolled|fell|crashed|pinned|collapsed|hit|crushed|flipped|kicked|trampled & {neg} ..1 moving|breathing|responding|waking',
    'pinned|trapped|stuck ..1 under ..2 the|a|his|her ..1 tractor|truck|car|machine|trailer|atv|mower|horse|cow',
  ],
  es: [
    // La bebé que ya no se siente moverse al final del embarazo (lead31, set dd: "tengo 34 semanas y dejé de sentir a la
    // bebe desde ayer").
    'deje|dejo|dejamos ..2 de ..1 sentir ..3 bebe|bebes|nino|nina|gemelos',
    'no ..2 siento|he|sentido|se ..3 bebe|bebes ..2 mover|moverse|mueve|patear|patadas|pataditas',
    // Sin tomar o sin beber desde hace días, temblando o viendo cosas (lead26: "mi papa no ha tomado en 3 dias y esta
    // temblando y viendo cosas"): la abstinencia del alcohol, como en inglés.
    'no ..2 ha|he|han|hemos|habia ..1 tomado|bebido|tomao ..4 dias|dia|semana & temblando|tiembla|tiemblan|temblor|temblores|viendo|alucina|alucinando|convulsion|convulsiones|sudando|suda|confundido|confundida',
    'dejo|deje|dejamos ..1 de ..1 tomar|beber|chupar ..5 temblando|tiembla|temblor|temblores|viendo|alucina|alucinando|convulsion|convulsiones|sudando|confundido|confundida',
    // Un conjunto fuera del proyecto (lead22, 2026-12-06): señales de preeclampsia en el embarazo o después del parto.
    '(embarazada|semanas|embarazo|parto|postparto|posparto|cesarea|aliviane|di a luz) & cabeza|migrana|jaqueca & lucecitas|puntitos|manchitas|manchas|borrosa|borroso|vista|hinchad*|chispitas|destellos',
    // Sets bw-cb en espanol (lead, 2026-12-06): ronca raro y casi no responde.
    'ronca|roncando ..1 raro|extrano|feo & no|casi',
    'casi ..1 no ..1 responde|contesta|respira|despierta && parches|pastillas|tomo|ronca|morada|roncando',
    // Sets bq y br (lead): el corazón que se sale después de la coca; la cara y la lengua hinchadas con el medicamento nuevo.
    'corazon|corazón ..3 late|latiendo|sale ..2 rapidisimo|rapidísimo|rapido|rápido|fuerte|muy|salir & coca|cocaina|cocaína|perico|cristal|tome|tomé|sudando|pecho|mano',
    'cara|lengua|labios|garganta ..3 hinchad*|inflamad* & respirar|medicamento|medicina|pastilla|nuevo|nueva|alergia',
    'me ..1 cuesta|costaba ..2 respirar & hinchad*|inflamad*|pecho|medicamento|pastilla|pastillas|tome|tomé|alergia|garganta|lengua|cara|labios',
    'corazon|corazón ..4 {big_number} & tome|tomé|fume|fumé|algo|pastilla|pastillas|entumid*|morado|labios|mareo|pecho',
    'no ..1 siento ..2 los|la|mis|las ..1 labios|cara|lengua|manos|brazos|piernas & tome|tomé|fume|fumé|algo|pastilla|corazon|corazón|respirar|morado',
    'confundid* & sudando|temblando|diabetic*|azucar|insulina|vomit*|reconoce',
    'vomitando|vomito & temblando|pastillas|tomo|tomó|sangre|confundid*',
    'no ..1 me ..1 reconoce',
    'no ..1 despierta|responde|reacciona|respira',
    'respirando|respira ..1 raro|mal|extrano|extraño|poco|despacio',
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
    'diabetico|diabetica|diabetes|insulina & temblando|sudando|confundido|confundida|desmayo|desmayado|desmayada|convulsion',
    'se ..1 tomo|tomó|comio|comió ..3 pastillas|frasco|medicina|medicinas',
    'no ..2 ha|he|han ..1 comido ..3 dias|días|semana',
    // Set i (recall5): a fit with a fall or the whole body moving, after a benzodiazepine ran out.
    'ataque & confundido|confundida|convuls*|desmay*',
    'movia|movía|temblaba|sacudia|sacudía ..3 todo ..2 cuerpo',
    'clonazepam|alprazolam|lorazepam|diazepam|rivotril|xanax|klonopin|ativan & golpe|tiemblo|temblando|temblor|ataque|convulsi*',
    // Set t: jerking muscles with fever.
    'espasmos|sacudidas|temblores|rigido|rígido|rigida|rígida & fiebre|temperatura|sudando|sudor|102|103|104|39|40',
    // Set u (recall7), in Spanish: el peor dolor de cabeza de mi vida.
    'peor ..1 dolor ..1 de ..1 cabeza ..3 vida',
    // Set z (recall8): pro-ana challenges (ayuno, días sin comer); sent to the ER and refusing; throwing up after every meal.
    'reto|retos ..4 ayuno|ayunar|ayunos',
    'no ..1 comer ..4 horas|dias & reto|retos|grupo|discord',
    'se ..1 niega|nego|negaba ..3 ir ..2 emergencias|urgencias|hospital',
    'vomita|vomitando|vomito|vomitar ..3 despues ..2 de ..1 cada ..1 comida',
    'vomita|vomitando ..4 veces ..2 al ..1 dia',
    // Set ab: chest pain with a numb arm, after cocaine.
    'dolor|doliendo|duele|dolia|dolía ..3 pecho & brazo|dormido|perico|coca|cocaina|cocaína|respirar|infarto|sudando',
    // Probed (recall8): el pelo cayéndose al no comer.
    'pelo|cabello ..2 cayendo|cae & comer|come|comiendo|calorias|peso|kilos',
    // A third probe (recall8): sin orinar en un día.
    'orinado|orinar|orina ..4 dia|dias|horas & no|ha|restringiendo|come',
    // Set ah (recall9): talking to someone who died, days after stopping drinking.
    'hablando|habla|hablaba ..2 con ..4 que ..1 murio|fallecio|muerto|muerta & tomar|beber|dejo|alcohol|trago|dias',
    // Set ak (lead): after a party drug, a heart that will 'explode', sweating, agitated; a daughter in the bathroom who does
    // not open after something fell.
    'corazon|corazón ..4 explotar|explota|acelerado',
    'corazon|corazón ..2 a ..1 mil',
    'se ..1 metio|metió|tomo|tomó ..1 algo & fiesta|corazon|corazón|sudando|agitado|temblando',
    'baño|bano|cuarto|recamara|recámara ..4 no ..2 me|nos|le ..1 abre|contesta|responde',
    'esta|está ..2 en ..2 baño|bano ..4 no ..1 abre|contesta|responde',
    // Set ao (lead, Spanish): days without drinking, hands shaking, bugs on the wall.
    'dias|días|semana ..2 sin ..1 tomar & tiemblan|tiemblo|temblando|bichos|sudo|veo|alucin*',
    // Set ap (lead, Spanish): fits with a bitten tongue after stopping the nerve pills; foam at the mouth; days off drink,
    // seeing people who are not there.
    'me|se ..1 muerdo|mordí|mordi|muerde|mordió ..2 la ..1 lengua',
    'espuma ..2 boca',
    'dejo|dejó ..2 de ..1 beber|tomar & viendo|suda|tiembla|ve|alucin*|temblando',
    // Probed by kind (lead, 2026-12-05): shaking since the drinking or the pills stopped (withdrawal).
    'temblar|temblando|tiembla|tiemblo|temblores|convulsion* & dejo|dejó|deje|dejé|dejar|sin & alcohol|tomar|beber|chupe|chupar|trago|pisto|xanax|clonazepam|alprazolam',
    // Parity with English (parity12, 2026-12-05): slurring and nodding off after mixing pills; chest pressure with a
    // tingling left arm; bugs on the wall and shaking after the drinking stopped; a spreading rash on a new medicine;
    // refusing the ER a doctor sent one to; turning blue in a fit.
    'arrastra|arrastrando|arrastraba ..2 las|la ..1 palabras|lengua & mezclo|pastillas|tomo|quedando|dormida|dormido|alcohol|{pills}|{med_name}',
    'se ..2 esta|sigue|anda ..1 quedando|cayendo ..1 dormida|dormido & mezclo|pastillas|tomo|{pills}|{med_name}|alcohol|oxicodona|ativan|arrastra',
    'pecho ..4 apretado|aplastado|presion|peso|elefante|oprime|opresion|aplasta & brazo|izquierdo|respirar|aire|coca|perico|lineas|adderall|sudando',
    'brazo ..1 izquierdo ..3 hormigueo|hormiguea|dormido|entumido|adormecido|entumecido & pecho|corazon|respirar',
    'deje|dejo ..2 de ..1 tomar|beber|chupar && temblar|tiemblan|tiembla|tiemblo|temblando|bichos|alucin*|convuls*',
    '(dia|dias|semana|horas) ..2 sin ..1 tomar|beber|alcohol|trago && tiemblan|tiemblo|tiembla|temblando|bichos|alucin*|convuls*',
    '(no estaban|no estan|no habia|no hay) & bichos|insectos|aranas|gusanos|hormigas|cucarachas & vi|veo|viendo|pared|paredes|techo',
    'sarpullido|salpullido|ronchas|erupcion|rash|ampollas & boca|ojos|labios|garganta & lamotrigin*|lamictal|medicina|pastilla|{med_name}|pelan|pela|ampollas|fiebre',
    'emergencias|urgencias|hospital ..3 pero ..1 no ..1 quiere|quiso|acepta|va & pediatra|doctor|doctora|medico|enfermera|dijo|mando|pulso|corazon',
    'no ..1 quiere|quiso|acepta ..2 ir ..2 a ..1 emergencias|urgencias & mezclo|tomo|pastillas|respira|despierta|pulso|corazon|arrastra|dormida|dormido|convuls*|sangr*|pecho',
    'se ..1 puso|pone|ponia|esta ..1 morado|morada|azul|moradito|moradita & ataque|respira|convuls*|desmay*|ahog*|reacciona|labios',
    've|viendo|veia|veo ..1 cosas & drogada|drogado|corazon|vomito|vomitando|ardiendo|fiebre',
    // Set aq (lead, Spanish, 2026-12-05): fever with a stiff neck or body, eyes rolling up (after an injection); cannot speak properly after pills;
    // a fit after a week without the nerve medicine.
    'fiebre & tieso|tiesa|rigido|rígido|rigida|rígida',
    'ojos ..4 arriba & tieso|tiesa|cuello|lengua|inyeccion|inyección',
    'no ..1 puede ..1 hablar ..1 bien & mareada|mareado|pastillas|doble|confundida|confundido|boca|cara|tomo|tomó',
    'sin ..4 nervios|clonazepam|clonazepan|alprazolam|xanax|rivotril|valium|lorazepam|ativan & temblores|temblando|ataque|convulsion*|alucin*|raro',
    // Set ar (recall11): spasms, tremors or a numb tongue days after a benzodiazepine or drink stopped or ran out.
    'espasmos|temblores|tiemblan|tiembla|tiemblo|calambres|sacudidas|lengua|entumid*|adormecid*|hormigueo|convulsi* & {neg}|sin|acabo|acabaron|deje|dejar|dejo|falta & xanax|clonazepam|alprazolam|lorazepam|diazepam|rivotril|ribotril|tafil|alplax|klonopin|ativan|valium|benzo|benzos|bromazepam|lexotan|alcohol|trago|chupe|pisto|guaro',
    // Parity, second round (parity12, 2026-12-05): slurred speech on the phone; benzodiazepine withdrawal by day with
    // twitching; a purge with fainting.
    'hablaba|habla|hablando ..1 arrastrado|arrastrando|arrastrada|trabado|trabada & colgo|tomo|pastillas|policia|encargo|dormida|dormido|{pills}',
    '(dia 2|dia 3|dia 4|tercer dia|segundo dia|cuarto dia) && espasmos|tiemblo|temblando|convuls*|desmayar|bichos',
    // Parity, regional words (parity12, 2026-12-05): drooling after pills; double or triple doses.
    'babeando|babea & pastillas|tomo|dosis|respira|despierta|reacciona|{pills}|{med_name}',
    'triple ..1 dosis & tomo|tome|babeando|dormida|dormido|despierta|reacciona|mareada|mareado',
    // Probed by kind (recall11, 2026-12-05): more pills than prescribed and very sleepy; beer with a benzodiazepine and
    // feeling strange; half a face going numb and speech slurred (a stroke); days without food or water.
    'tomo|tome|tomaron|tomaste ..2 mas ..3 de ..2 lo|las|los ..1 que ..2 toca|tocan|debe|debia|recetaron|recetan|normal|indicado',
    'cerveza|cervezas|tragos|vino|alcohol|pisto|guaro|chupe & clonazepam|xanax|alprazolam|rivotril|tafil|lorazepam|diazepam|zolpidem|{med_name} & raro|rara|mareado|mareada|dormid*|respir*|mal|desmay*|vomit*',
    'se ..1 me ..2 durmiendo|dormida|adormecida|adormeciendo|cayendo|caida|chueca ..2 la ..1 cara|mitad|boca|lado',
    '{neg} ..1 puedo|puede ..1 hablar ..1 bien & cara|brazo|boca|lengua|lado|mitad',
    'dias ..2 sin ..1 comer ..2 ni ..1 tomar|beber ..1 agua',
    // Found by admines10, read by the lead (2026-12-05): fallen on the floor and unable to get up.
    'tirado|tirada|caido|caído|caida|caída ..3 piso|suelo & {neg} ..2 puedo|puede ..1 levantar|levantarme|levantarse|mover|moverme',
    // Probed by construction (recall16, seventh batch): fever with rigidity or confusion after a dose was raised.
    'fiebre ..6 rigidez|rigido|rigida|confundido|confundida|temblores & dosis|medicina|medicamento|pastilla|pastillas|{med_name}',
    // Probed by construction (recall18, 2026-12-05): a drooping mouth that cannot speak; a twisted neck, a locked
    // tongue or eyes rolling up after a medicine (acute dystonia); benzodiazepine or alcohol withdrawal with
    // tremors, sweats or a seizure.
    'cayo|caida|chueca|torcida|dormida ..4 boca|cara|lado & {neg} ..2 puedo|puede ..1 hablar|mover|sonreir',
    'cuello|lengua|quijada|mandibula|ojos ..6 torcido|torcida|trabado|trabada|trabo|arriba|jalando & dosis|medicina|medicamento|pastilla|pastillas|inyeccion|{med_name}|controlar|enderezar',
    'trabo|trabada|trabado|torcio ..4 lengua|cuello|quijada|mandibula & dosis|medicina|medicamento|pastilla|pastillas|inyeccion|{med_name}',
    'se ..1 me ..1 acabo|acabaron|termino ..3 clonazepam|clonazepan|rivotril|alprazolam|xanax|lorazepam|diazepam|valium|tafil|clonas|bromazepam|lexotan|ativan|klonopin & temblores|temblando|tiemblo|sudo|sudando|convulsion|ataque|alucinando|viendo|confundido|confundida',
    'dias ..2 sin ..1 beber|alcohol|chupar|pistear|tomar & convulsion|convulsione|temblores|temblando|alucinando|cai|desmaye',
    'dias ..2 sin ..1 beber|alcohol|chupar|pistear & ataque',
    'de ..1 golpe & convulsion|convulsione|alucinando|alucinaciones & alcohol|tomar|beber|clonazepam|rivotril|alprazolam|xanax|dejar|deje',
    // Across two sentences (recall18, second batch): a face gone numb, then unable to speak; benzodiazepines run out,
    // then tremors or sweats.
    'durmio|adormecio|paralizo|cayo|entumio ..4 cara|boca|lado && {neg} ..1 puedo|puede ..1 hablar|mover|sonreir',
    'se ..1 me ..1 acabo|acabaron|termino ..3 clonazepam|clonazepan|rivotril|alprazolam|xanax|lorazepam|diazepam|valium|tafil|clonas|bromazepam|lexotan|ativan|klonopin && temblores|temblando|tiemblo|sudo|sudando|convulsion|alucinando|confundido|confundida',
    // Abstinencia contada con el dia: no he tomado desde el domingo, y cosas en la pared o temblores (lead24e).
    'no ..2 he|ha ..1 tomado|bebido ..3 desde|hace & veo|vi|viendo|cosas|bichos|pared|tiemblo|temblando|temblor|sudando|convulsion|alucinando',
    'trago|tragó|trago|comio|comió|se ..1 trago|tragó ..3 pila|pilas|bateria|baterias|iman|imanes',
    // lead38 (set ec): le dijeron que vaya a emergencias y no va (un potasio de 2.5, "es para tanto?").
    'dijeron|dijo|mandaron|manda|mandan|dicen ..4 vaya|ir|fuera|vayas|valla ..2 a ..1 emergencias|urgencias|emergencia|hospital|sala && (no puedo|no quiero|no voy|no pienso|es para tanto|tengo que ir|de verdad|no puedo faltar)',
    'potasio ..3 salio|esta|estaba|es|en ..2 {number} && emergencias|urgencias|hospital|bajo|baja|critico|peligroso|corazon|calambres|debil',
    // Set ek (lead40): señales de un derrame: un lado de la cara que no se siente, las palabras que salen mal.
    '{neg} ..2 siento ..4 lado ..3 cara|cuerpo|boca',
    'lado ..3 cara|cuerpo|boca ..3 dormido|dormida|caido|caida|entumido|entumida|chueca|chueco',
    'palabras ..3 salen|salian|salieron ..2 mal|raras|enredadas|revueltas',
  ],
};

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
    // admin24 (2026-12-06): who one wants to see or join, by identity, as a preference of the desk's ("a trans affirming
    // therapist", "someone who works with queer folks", "the queer and trans support group", "lgbtq friendly"): the
    // identity word only before a word of preference or of people served, never "coming out" (a clinician's, read by
    // feelings-about-therapy.ts, which this mask leaves: it covers the identity word alone).
    'trans|queer|lgbt|lgbtq|lgbtqia|gay|lesbian|nonbinary ..1 affirming|friendly|inclusive|competent|folks|clients|youth|teens|people|community|support|stuff',
    'queer|lgbt|lgbtq|gay|lesbian ..1 and ..1 trans',
    // admin22 (2026-12-06), by mechanism, so that neighbours by other writers pass too:
    // (1) a thing as the subject of dying, being dead or drowned (the card reader died, the wifi is dying, the bumper
    // is dead, an oxygen tank about dead, a phone that drowned in a lake), also after a verb of thinking ("I think my
    // wifi is dying"), and a thing that gets killed or kills one (a chem final, an orgo midterm). Never a verb that
    // shoots: "I wanted to shoot the darn thing, and then myself" stays on call.
    // The thing is a word of the classes `inanimate` and `device` (word-classes.ts), never a person, a pronoun of the
    // writer or a body part: "my phone died and I want to die", "I'm dead inside" stay on call.
    '{inanimate}|{device} died|dies|dying|dead|drowned|drowning|fried|burned|burnt',
    '{inanimate}|{device} ..1 finally|just|completely|totally|basically|already|officially|suddenly|literally|about|almost|nearly|half died|dead|dying|drowned',
    'think|guess|thought|suspect|bet|swear|wish|hope|pretty|probably|maybe ..2 my|the|our|this|that|his|her|their ..2 {inanimate}|{device} ..1 is|was|s|will|gonna|keeps|finally|just ..2 die|dead|dying',
    'it|this|that|{inanimate}|{device} get|gets|got|getting killed',
    'killed|murdered|destroyed ..1 by ..2 my|the|this|that|these|a|an ..2 {thing}|{inanimate}|final|finals|midterm|midterms|quiz|essay|paper|project|orgo|chem|calc|homework|assignment|assignments',
    '{thing}|{inanimate}|final|finals|midterm|midterms|quiz|essay|paper|project|orgo|chem|calc ..2 gonna|going|will|about|trying ..2 kill|murder ..1 me',
    'kill|killed|murder|smash|unalive my|the|this|that ..2 darn|dang|stupid|freaking|damn|whole|entire|bank|poor|old|new ..1 {inanimate}|{device}|machine|account',
    'unalive|unaliving ..1 my|the|our|this ..2 {inanimate}|{device}|account|wallet|budget|savings',
    // (2) hyperbole marked as a joke beside a bill or a price: "just opened the bill and I'm dead 💀 $1,200", being bled
    // dry by copays, "me llegó la cuenta y me quiero morir jaja, $480??". The bill, the joke and (for a wish to die) the
    // amount right after it are all part of the phrase: "I'm dead inside", "me llegó la cuenta y me quiero morir jaja,
    // ya tengo las pastillas", "the bill is killing me, I can't do this anymore, I have the pills" stay on call.
    'bill|bills|statement|invoice|eob|total|estimate|quote|balance|charge|charges|copay|deductible|price|receipt ..4 im|i ..1 dead {number}|{big_number}|lol|lmao|haha|lmfao|jk|bruh',
    'bill|bills|statement|invoice|eob|total|estimate|quote|balance|charge|charges|copay|deductible|price|receipt ..6 i ..1 want|wanna ..2 die lol|lmao|haha|lmfao|jk|jaja|jajaja {number}|{big_number}',
    'bled|bleeding|bleed|bleeds ..1 dry ..4 {inanimate}|copays|fees|charges|premiums|costs|prices|rent|insurance',
    // (3) one's job as the place where overdoses, deaths, removals and homicides are the work: a pharmacist's overdose
    // alerts, a paramedic's OD calls, a funeral director's death call, years in homicide. The work noun is part of
    // the phrase: "I'm a nurse and I took the pills from work" stays on call.
    'overdose|overdoses|od|ods calls|runs|alerts|cases|scenes|patients|reports|protocols',
    'overdose|overdoses|od|ods ..1 and ..1 psych|trauma|cardiac|medical|mental|fire|ems ..1 calls|runs|alerts|cases',
    'death|removal ..1 calls|call|certificate|certificates',
    'homicide ..1 the|my ..1 last|final|first ..1 {number}|few|couple|years|decade',
    'funeral ..1 director|directors|home|homes|parlor|parlour|industry|business',
    // (4) a sentence of everyday hyperbole about a slot, a test or a role at work: "I'd kill for an earlier slot",
    // "he killed it on his SATs", "my editor will murder me if it's late" (a partner, a parent, a coach "if I tell"
    // stay on call: the slip must be named).
    'id|would|i ..1 kill ..1 for ..1 a|an|the|that|this|some|one|any ..2 slot|slots|appointment|appointments|appt|opening|openings|spot|session|sessions|morning|afternoon|evening|saturday|weekend|nap|coffee|refund|discount|parking',
    'killed|killing|kills ..1 it ..1 on|at|in|during ..2 exam|exams|test|tests|sats|sat|act|final|finals|game|recital|audition|interview|presentation|tryouts|tryout|match|meet|race|performance|show|concert|midterm|midterms',
    'editor|editors|professor|teacher|coach|boss|manager|supervisor|client|clients|publisher|agent|principal|advisor|accountant|lawyer|sergeant|captain|lieutenant|foreman ..3 will|gonna|going|would ..2 kill|murder ..1 me ..1 if ..3 late|miss|missed|forget|forgot|skip|cancel|lose|lost',
    // A pet poisoned by what it ate (a lily, chocolate, grapes): the vet's, not a means.
    'poison|poisonous|toxic ..2 to|for ..1 cats|dogs|pets|animals|{pet}',
    '{pet} ..3 ate|chewed|swallowed|eaten ..3 poison|poisonous|toxic',
    // Appointments that run into another errand; a thing that slipped one's mind; food poisoning (an everyday bug).
    '{inanimate}|appointment|appointments|session|sessions|meeting|meetings|class|classes|shift|shifts|pickup ..2 run|runs|running|ran ..2 into',
    'slipped|slips|slip ..1 my|his|her|our|their ..1 mind',
    'food ..1 poisoning',
    // A thing that is a killer (a heavy door with a walker), a killer app.
    '{inanimate}|{device}|{thing}|door|doors|ramp|ramps|curb|lot|hallway|parking ..2 is|are|was|were|s ..1 a ..1 killer|murder',
    'killer ..1 app|apps|deal|deals|view|price|sale|feature|features|combo|playlist',
    // A pharmacist's or a nurse's day of counting pills or filling prescriptions.
    'all ..1 day|night|shift|week ..2 counting|filling|dispensing|checking|verifying ..1 pills|meds|medications|prescriptions|scripts',
    // A wreck or a crash one is stuck behind on the road ("stuck behind a bad wreck on 95").
    'bad|terrible|awful|horrible|huge|major|big ..1 wreck|wrecks|crash|crashes|pileup|accident',
    'stuck|behind|because|after|past|around ..3 wreck|wrecks|pileup ..2 on|at|near|by|in',
    // Shooting a wedding, photos or a video (a photographer's work): the object is named right after.
    'shooting|shoot|shot a|the wedding|weddings|commercial|photoshoot|headshot|headshots|portrait|portraits|video|reel|documentary',
    'shooting|shoot|shot ..1 photos|photo|pictures|pics|portraits|headshots|video|videos|footage|film',
    // A school's or a workplace's drill (an active shooter drill, "simulacro de tirador activo"): the drill is named.
    'active ..1 shooter ..1 drill|drills|training|trainings|lockdown|exercise',
    'lockdown ..1 drill|drills',
    // Lost track of time (late to a session).
    'lost|lose|losing ..1 track ..1 of ..1 time',
    // A ghost in a waiting room or on a call (left waiting).
    'waiting ..1 room ..4 like ..1 a ..1 ghost',
    // Sets bw-cb's administrative messages on call (lead, 2026-12-06): a thing that officially or finally died (a laptop, a
    // fax machine, a garage gate), dead before a thing (a dead car battery, a dead night, dead asleep, dead broke, drop
    // dead long); where joy goes to die; the death of a bank account; a squad or players who would kill one for leaving a
    // game; killing to get money back; a thing that got killed; stairs that are a killer; the killer is; names (Death
    // Valley, Killer Burger, Killingsworth, Gun Barrel City, a gun show or range, Lethal Company, the living dead); true
    // crime, serial killers and a murder in a podcast; stabbed in a play's second act; fake blood; a stab in the dark;
    // shooting a form over; overdoses, codes and people dying at work; a bomb threat at a school nearby;
    // burning buildings run into; nobody hurt; a spinal cord; a treatment plan; what we picked.
    '{device}|gate|garage|fax|machine|elevator|printer|scanner|copier|meter|kiosk ..1 officially|finally|totally|completely|literally|basically|already|suddenly|randomly|still|again ..1 died|dead|dying',
    'gate|garage|parking|meter|kiosk|validation ..2 is|was|s|still|again|went ..2 dead',
    'died|dying ..1 a ..1 slow|painful|horrible|tragic|sad|quiet ..3 death',
    'dead car|phone|cell|laptop|battery|batteries|tablet|computer|ipad|night|nights|asleep|broke|center|last|zone|spot|giveaway|silence|air|ringer',
    // admin23 (2026-12-06): the writer's week as context, buried under work ("im slammed at work this week totally
    // buried", "buried in paperwork", "buried at work til friday"): buried with the work named, never a person buried
    // or a wish to be.
    'buried ..2 at|in|with|under ..2 work|emails|email|paperwork|homework|deadlines|grading|finals|midterms|orders|invoices|projects|tickets|cases|casework|inbox',
    'at|in|with ..1 work|school|finals|midterms ..3 totally|completely|literally|basically|so|just ..1 buried',
    'drop ..1 dead ..1 long|gorgeous|beautiful|funny|cute|simple|easy|boring',
    'where ..2 joy|fun|dreams|productivity|creativity|happiness ..2 goes|go ..1 to ..1 die',
    'the ..1 death ..1 of ..2 our|my|the|your|his|her ..2 bank|account|budget|wallet|savings|finances|paycheck|credit|car',
    // The slip is named (admin22): "my coach will kill me if I tell anyone" is a threat, not a slip, and stays read.
    'squad|team|teammates|players|party|guild|friends|group|crew|coworkers|roommates|coach|raid|clan ..3 will|would|gonna|going|literally ..3 kill|killed|murder|murdered ..1 me ..1 if ..3 miss|missed|late|forget|forgot|skip|skipped|cancel|leave|quit|lose|lost|bail|flake|ditch|dont|mess',
    'id|would ..1 kill ..1 to|for ..1 get|have|see ..1 it|that|a|an|the|my|one|some|this',
    'did|does|has|was ..1 that|it|this|validation|discount|program|promo|policy ..1 get|got|been ..1 killed|cancelled|canceled',
    'stairs|steps|hill|commute|drive|walk|line|wait|parking|exam|workout|shift|week|knees ..5 is|are|was|were|s ..1 a ..1 killer|murder',
    'the ..1 killer ..1 is|was|part',
    'killer ..1 burger|burgers|bees|bee|whale|whales|instinct|sudoku|workout|combo',
    'death ..1 valley|star|metal|cab|stranding',
    'killingsworth|killington|killarney',
    'gun ..1 barrel|range|show|club',
    'shooting|rifle|gun ..1 range|competition|club|team|practice|sports|match',
    'lethal ..1 company|weapon',
    'living ..1 dead',
    'true ..1 crime',
    'serial ..1 killer|killers',
    'murder ..1 mystery|mysteries|podcast|documentary|doc|trial|case|show|series|board',
    'podcast|documentary|doc|show|book|novel|episode|movie|film ..4 about ..2 a|the ..1 murder|killer|killing|shooting|serial',
    'stabbed|killed|shot|dies|murdered|poisoned ..3 in ..1 act|scene|chapter|season|episode ..1 1|2|3|4|5|one|two|three|four|five',
    'fake|stage|toy|prop ..1 blood|gun|guns|knife|knives|weapon|weapons',
    'zombie ..1 run|costume|walk|movie|5k|makeup',
    'stab ..2 in ..1 the ..1 dark',
    'shoot ..1 that|it|this|them|those|these|the ..3 over|across|along|back|through',
    'shoot ..1 that|it|this|those|these ..2 over|across|along|back|through ..1 to ..1 them|him|her|us|me|you',
    'overdoses|shootings|stabbings|codes|deaths|arrests|traumas|fires ..4 all ..1 day|night|shift|week|time|long',
    'sent|dispatched|called ..1 to ..2 overdoses|shootings|stabbings|fires|crashes|codes',
    'overdose|overdoses ..1 cases|calls|runs|patients|response|training|reversal|kits|narcan',
    'people|patients ..1 dying ..3 unit|floor|ward|icu|shift|hospital',
    'wave ..2 of ..1 codes|deaths|overdoses|covid',
    'bomb ..1 threat|threats|scare ..3 at|near|on|in ..2 the|a ..2 school|high|middle|mall|building|campus',
    'running ..1 into ..1 burning ..1 buildings|building|houses|house',
    'nobody|noone ..2 hurt|injured',
    'no ..1 one ..2 hurt|injured',
    'spinal ..1 cord',
    // Sorry for not being here last week (a missed session, not a wish).
    'sorry ..2 about|for ..1 not ..1 being ..1 here|there ..2 last|yesterday|on|at|for|this|today|earlier',
    'power|charging|extension|phone|charger ..1 cord|cords',
    'payment|meal|data|phone|insurance|dental|lesson|birth ..1 plan|plans',
    'fax|faxed|send|sent|mail|email|emailed ..2 the|a|my|his|her|their ..1 treatment ..1 plan',
    'what ..1 we|i ..1 picked|chose|decided|agreed',
    // A rifle taken to the range, hunting or a team practice.
    'got|has|have|took ..2 his|her|my ..1 ar|ar15|rifle|gun|pistol|shotgun ..2 with ..1 him|her|me ..3 range|hunting|practice|club|team|season|course|class',
    // Not making it to a day's session (a scheduling change, not a farewell).
    'wont|{neg} ..1 make ..1 it ..2 to|till|until ..1 {weekday}|friday|fridays|tomorrow|tomorrows|monday|mondays ..1 session|sessions|appointment|appt|appts|group|class|visit|s',
    // Sets bs and bt's administrative messages on call (lead, 2026-12-06): killed on gas, a battalion killing its crew this
    // month, expensive ammo, a training burn, 'patient deceased' on an EOB, Killeen, knife skills at culinary school, wifi
    // that will be dead up a mountain, a hospice nurse's deaths that keep no schedule. A partner who will 'kill' or 'murder'
    // one if one misses something stays read: a real threat is said in the same words.
    'getting|got ..1 killed|murdered ..2 on ..1 gas|tolls|parking|rent|prices|fees|insurance',
    'killing|murdering ..1 us|me ..2 this|that ..1 month|week|year|season|shift|quarter',
    'ammo ..2 expensive|prices|price|cost|costs|pricey',
    'training|controlled|prescribed|practice ..1 burn|burns',
    'patient|member|client|subscriber ..1 deceased',
    'very ..1 much ..1 alive',
    'killeen',
    'knife ..1 skills|skill|set|sharpening|class|practical',
    'knife ..1 skills|skill|class|practical ..6 culinary|cooking|chef ..1 school|class|program',
    'wifi|signal|service|reception|internet|cell ..3 gonna|going|will ..2 dead',
    'hospice ..1 nurse|chaplain|worker|aide|volunteer',
    'deaths ..2 {neg}|dont ..2 keep ..1 a ..1 schedule',
    // "Its tonight" of a session asked about ("its tonight at 6 right?").
    'its tonight ..4 right|appt|appointment|session|sessions|meeting|class|group|zoom|link|correct',
    // Sets bq and br's administrative messages on call (lead, 2026-12-06): a brain-dead moment, dead on one's feet, a phone
    // that might die mid-session, a heart attack over a bill, a deadline breathing down one's neck, death around one at work,
    // a memorial service to lead, a couple who 'kill each other' over chores, a video that keeps dying, an accountant or a boss
    // who will kill one, a bleeding wallet, murdered with spam, sick to death of something, someone in hospice.
    'brain ..1 dead ..1 moment|day|week|morning|afternoon|today',
    'dead ..1 on ..1 her|his|their|your ..1 feet',
    'so ..1 i ..1 might|may ..1 die ..1 mid|during|halfway',
    'before ..6 i ..1 have ..1 a ..1 heart ..1 attack',
    'breathing ..1 down ..1 my|our ..1 neck|necks',
    'around|with ..1 death ..2 all ..1 day|week|time|month',
    'memorial|funeral ..1 service|services ..2 to ..1 lead|officiate|attend|work|play|sing',
    'want|wanting|wanna|going ..2 to ..1 kill ..1 each ..1 other ..2 over|about',
    'video|audio|screen|call|connection|zoom|picture|sound|stream ..2 would|kept|keeps|keep ..1 die|dying|dies ..2 every|each|on|mid',
    'accountant|boss|manager|supervisor|teacher|coach|hr|landlord ..3 going ..1 to ..1 kill ..1 me ..2 if ..2 i ..2 lose|forget|miss|skip|another',
    'accountant|boss|manager|supervisor|teacher|coach|hr|landlord ..3 gonna|will ..2 kill ..1 me ..2 if ..2 i ..2 lose|forget|miss|skip|another',
    'wallet|bank|account|budget|pocket|pockets ..3 bleeding|bleeds|bled',
    'getting|got|being ..1 murdered|killed ..1 with|by ..1 spam|emails|calls|texts|notifications|ads|robocalls',
    'sick|bored|tired ..1 to ..1 death',
    'is|in hospice',
    '{neg}|wont ..3 get|receive|hear ..1 another|any|more ..1 call|calls|text|texts|message|messages|email|emails ..2 from ..1 me ..1 about|regarding|re',
    '{neg}|wont ..3 get|receive|hear ..1 any ..1 more ..1 calls|texts|messages|emails ..2 from ..1 me ..1 about|regarding|re',
    // The last email before a dispute or a complaint; no more reminder calls wanted.
    'this ..1 is|will|be ..2 my ..1 last ..1 email|message|text|letter|call ..4 before|about|regarding|until|re ..3 dispute|disputing|complaint|bill|charge|balance|refund|review|bbb|insurance|card|bank',
    // Set bp (lead, 2026-12-06): death and dying as one's work (a hospice chaplain), a homicide detective, a place named
    // Cut and Shoot, The Walking Dead, an overdose-awareness race, an administrator who will 'strangle' one for papers,
    // driving a parent to appointments.
    'around|with|see|sees|deal|handle ..1 death ..2 dying ..3 all ..1 day|week|time|work|job',
    'homicide ..1 detective|detectives|unit|division|cases|squad|investigator',
    'mostly|worked|work|working|in|retired|former ..1 homicide',
    'cut ..1 and ..1 shoot',
    'the ..1 walking ..1 dead',
    'overdose ..1 awareness|prevention ..2 5k|walk|run|race|day|event|week|month|training',
    'administrator|accountant|boss|hr|insurance|hsa|fsa|manager|employer|lawyer ..3 strangle|kill|murder ..1 me ..2 for|over|about|if ..3 documentation|paperwork|receipts|forms|form|superbill|receipt|invoice|statement',
    'going|gonna ..3 driving|drive ..1 {family}|{child}|{partner}|him|her ..2 to ..2 his|her|their|my|the ..1 appointments|appointment|sessions|session|office|appt|appts',
    // Set bo (lead, 2026-12-06): dead technology, a dead page; a range one shoots at; a murder trial or mystery; a place
    // named Kill Devil Hills; a car battery jumped; a parent who will 'kill' one for a missed appointment; a sports bat.
    'dead ..1 technology|tech|format|medium|trend|app|platform|page|pages|url|site|website|screen',
    'shooting|rifle|archery|skeet ..1 range|ranges',
    'murder|homicide ..1 trial|case|mystery|mysteries|podcast|podcasts|show|documentary|novel|book',
    'kill ..1 devil ..1 hills',
    'jumped|jump|jumping it',
    'jumped|jump|jumping ..1 my|the|his|her|our ..1 battery|batteries',
    'jump ..1 start|started|starter',
    'mom|mum|mother|dad|father|boss ..3 gonna|will ..2 kill ..1 me ..2 if ..2 i ..2 miss|forget|skip|another|cancel|reschedule',
    'mom|mum|mother|dad|father|boss ..3 going ..1 to ..1 kill ..1 me ..2 if ..2 i ..2 miss|forget|skip|another|cancel|reschedule',
    'i|im|we ..4 shooting|rifle|skeet|archery ..1 range|ranges ..3 w|with ..1 my ..1 {family}|{partner}|{child}|{other_person}|friend|friends|buddy',
    'baseball|softball|cricket|new ..1 bat|bats',
    'through ..1 the ..1 roof',
    // Desk senses of words a farewell uses: checking out early on a day, a letter to an insurer or a school, a
    // name taken off a list, a note left at the front desk, joining someone's session, helium for a party.
    'check|checking ..1 out ..1 early ..3 {weekday}|today|tomorrow|leave|{time}',
    'wrote|written|writing|write|sent|send|sending|mailed|faxed ..2 letter|letters ..2 to|for ..2 my|the|our ..1 insurance|insurer|employer|boss|landlord|school|lawyer|attorney|doctor|pcp|plan|hr|bank|court|judge|caseworker',
    '{wish}|want|wanna|like ..2 disappear|vanish ..2 from ..2 your|the|this|my ..1 mailing|email|emails|list|texts|text|reminders|system|portal|database|newsletter|waitlist|calendar',
    'leave|drop ..2 a|the|an ..1 note|letter|card|envelope|check|payment ..4 at ..2 the|front ..1 desk|office|reception|lobby|door|window',
    // Left with the desk or in the portal (lead, 2026-12-05): "I left a note with the front desk about my new address".
    'left|leaving|dropped|dropping ..2 a|the|an ..1 note|letter|card|envelope|check|payment ..4 at|with|for|in ..2 the|front ..1 desk|office|reception|receptionist|lobby|portal|mailbox',
    'wrote|written|writing|left|leaving|added ..3 note|notes|comment ..3 on|in ..3 form|forms|intake|portal|paperwork|account|file|envelope|check|invoice|claim',
    '{wish}|ready|going|gonna|want ..2 to ..1 join|joining ..1 my|his|her|their|our ..2 session|sessions|appointment|appointments|zoom|telehealth|visit|group',
    'gonna|wanna|gunna ..1 join|joining ..1 my|his|her|their|our ..2 session|sessions|appointment|appointments|zoom|telehealth|visit|group',
    // Joining a family member's session, plan or call, the family member named (so the whole of "want to join my
    // dad" is covered when a session follows).
    '{wish}|going|gonna|want|ready|pray|nice ..2 to ..1 join|follow ..1 my ..1 {family}|{partner}|{child} ..3 session|sessions|appointment|appointments|zoom|telehealth|visit|group|call|plan|insurance|policy|account|trip|vacation|practice|office|therapist|therapy',
    'why ..1 am ..1 i ..1 still ..1 here ..3 waitlist|list|queue|lobby|waiting|hold|line|office|building',
    // Someone who "saved my life" with a form or a bill (thanks, not a rescue).
    'saved|save|saves ..1 my|our ..1 life|lives ..4 insurance|bill|billing|form|forms|paperwork|claim|appointment|schedule|scheduling|portal|refund|copay|mess',
    // Ending a policy or a plan "here" ("might as well end it here with the old insurance").
    'might|gonna|going|want|wanna|need ..2 end ..1 it ..1 here|there|now ..4 insurance|plan|policy|card|account|coverage|subscription|membership|contract',
    'gonna|wanna|gunna|going|want|ready ..2 join|joining ..1 my|his|her|their|our ..2 session|sessions|appointment|appointments|zoom|telehealth|visit|group ..2 soon|again|finally',
    'helium ..2 tank|tanks ..3 party|balloon|balloons|birthday|shower|graduation|celebration',
    // Admin13: a session joined again soon (the mask reaches the time, or the join-a-dead-one rule reads "soon").
    'gonna|wanna|gunna|going|want|ready ..2 join|joining ..1 my|his|her|their|our ..1 session|sessions|appointment|appointments|zoom|telehealth|visit|group ..1 again ..1 soon|tomorrow|tonight|{weekday}',
    // A child's bruises from a game or a practice, said with the child and the game ("my son got some bruises
    // playing soccer"): a rule of a child and bruises is hidden only when the mask holds both.
    '{child}|son|daughter|kid|kids ..1 got|has|had ..2 bruise|bruises|bruised|scrapes ..1 playing|at|from|in ..1 soccer|football|basketball|baseball|hockey|lacrosse|practice|game|games|tournament|recess|sports|wrestling|rugby',
    'killing ..1 me ..3 lol|already|thinking|just|honestly|haha',
    'shoot ..1 me ..2 whatever|what|anything|everything|it|them|those|the|a|an|your|over|el|la|los|las|un|una|some|any|more|new|times|dates|options|openings|availability|info|details',
    'dying|drowning ..2 under|in ..3 stack|pile|forms|paperwork|homework|emails|work',
    // A thing that is dead (a buzzer, a fax machine, an elevator); deaths that are idioms.
    '{device}|machine|buzzer|elevator|door|doorbell|printer|fax|battery|light|lights|bulb|car|engine|remote|mic|camera|speaker|ac|heater|radiator|outlet|plant|plants|tablet|computer|keyboard|mouse|headphones|charger|router|modem|elevador|timbre|luz|carro|impresora|compu|computadora|bateria|foco ..5 is|was|s|are|were|went|seems|esta|estaba|quedo ..2 dead|muerto|muerta|murio',
    'froze|freeze|freezing|bored|scared|worried|tickled|embarrassed ..2 to ..1 death',
    // Hyperbole about a THING (lead, 2026-12-05, afternoon: admin messages on call in the readable sets): a device,
    // a connection or a bill that died, is dead or was killed, killing or murdering a thing, dying OF an emotion.
    // The thing is named next to the word or through a verb of being, never across a gap a person could fill; a
    // thing here is never a means (no vehicle, drug, rope or height after kill or with) and never a place.
    '{inanimate}|{device} ..1 is|was|s|are|were|just|keeps|went|been|got|totally ..2 dead|died|dying',
    '{inanimate}|{device} ..2 froze|crashed|screened|glitched|overheated|stopped|shut|sparked|flickered|lagged ..2 and ..1 then|just ..1 died',
    '{inanimate}|{device} ..2 froze|crashed|screened|glitched|overheated|stopped|shut|sparked|flickered|lagged ..2 and ..1 died',
    'kill|kills|killed|killing|murder|murdered|murdering|strangle|strangling my|the|this|that|these|those|our|your ..1 {inanimate}|{device}|printer|company|screen|audio|sound|mic|video|laptop|phone|battery|vibe|mood|buzz',
    'kill|kills|killed|killing|murder|murdered|murdering|strangle|strangling my|the|this|that|our|your ..1 whole|entire|lunch|insurance|phone ..1 {inanimate}|{device}|break|company|day|week|weekend|afternoon|morning|evening|hour|workday',
    '{inanimate}|{device} ..2 keeps|kept|is|was ..1 killing|murdering ..1 my|the|our ..1 {device}|audio|sound|mic|video|connection|battery|signal|vibe|mood|schedule|week|day|weekend|workday|session|login|call|upload',
    'die|dying|died|dead ..1 of|from ..1 embarrassment|boredom|shock|curiosity|laughter|laughing|hunger|thirst|heat|cringe|envy|jealousy|suspense|anticipation|excitement|happiness|cuteness|old|age|sleepiness',
    'gonna|going|could|will|would|wanna|might|about ..2 die ..1 of|from ..1 embarrassment|boredom|shock|curiosity|laughter|laughing|hunger|thirst|heat|cringe|envy|jealousy|suspense|anticipation|excitement|cuteness',
    'starving|freezing|bored|boring|sweating ..1 to ..1 death',
    // Idioms whose risk word names no harm (lead, 2026-12-05): been burned before (by a bill), hopeless with
    // passwords, hanging up the phone, getting the hang of the portal, a bridge program or a bridge crew, work for
    // the railroad, a jump scare, getting old is a killer.
    'been|got|get|getting ..1 burned|burnt ..1 before|twice|again|by',
    'hopeless|useless ..2 with|at ..2 passwords|password|tech|technology|computers|computer|phones|apps|names|dates|math|directions|portals',
    'hang|hanging ..1 up ..2 at|by|the|on|early|now|soon|before|after|{time}',
    'got|get|getting ..1 the ..1 hang ..1 of',
    'bridge ..1 program|programs|loan|crew|job|course|class|coverage|plan|year',
    // A permit class for a pistol (lead26b: "My pistol permit class is on Tuesday so can we do Wednesday?").
    'pistol|gun|handgun|firearm|firearms|carry|concealed ..1 permit|permits|license|licence ..1 class|classes|course|renewal|appointment|test|exam|office',
    // The card game, word next to word (lead26, set cs: "that's my bridge club"); "the bridge last night" is read.
    'bridge club|clubs|game|games|tournament|tournaments|partner|partners|lessons|ladies',
    'retired|retiree|works|worked|working|job|pension|benefits|insurance|through ..3 the ..1 railroad|railway|railroads',
    'jump ..1 scare|scares',
    'getting ..1 old ..1 is|s ..1 a ..1 killer',
    // "I'm a dead man if I miss it": in trouble with someone over a slip (if he finds me stays read).
    'dead ..1 man|woman|meat ..1 if ..1 i|im ..2 miss|forget|forgot|skip|late|mess',
    // "It would kill me to pay it all at once": an everyday errand it would kill one to do ("to go on" is not one).
    'kill|killing|kills ..1 me ..1 to ..1 pay|wait|drive|miss|reschedule|cancel|commute|sit|park|fill|drag',
    // A link, a call or a sentence cut off (a thing, through a verb of being).
    '{inanimate}|{device}|call|text|message|sentence|word|words ..3 is|was|got|gets|keeps|getting|being|been ..1 cut ..1 off|out',
    'death ..1 trap|traps',
    'esta|estaba|estuvo|estan ..1 de ..1 muerte',
    'muerta|muerto ..1 del|de ..1 trabajo|cansancio|sueno|hambre|risa|frio|calor|chamba',
    'crashed|crash ..1 and ..1 burned|burn',
    'murdered|killed|killing|destroyed ..2 by|with ..5 costs|fees|bills|prices|deductible|copays|copay|charges|network',
    // Done, tired and alone in the everyday: a form done, tired of waiting, coming alone.
    'done ..3 form|forms|paperwork|payment|intake|signing|filling|upload|uploading|survey|questionnaire|packet|it|that|them|those|online|already|yet|by',
    'already|once|when|get|got|be|been|is|was|are|were|have|has|had|all|almost|just ..1 done',
    'tired|exhausted ..3 of ..2 waiting|calling|hold|chasing|emailing|asking|driving|traffic|rescheduling|reminders|paying|getting',
    // Within its clause only: "anymore" joined to a request elsewhere in the sentence is not an ordinary sense
    // ("I don't want to be here anymore, can I reschedule" is passive ideation beside a request).
    'work|works|working|available|open|valid|accept|accepts|take|takes|covered|covers ..2 anymore',
    'come|coming|be|drive|driving|attend|attending ..2 alone|solo|by ..1 myself',
    'solo|sola ..1 para|quiero|queria|necesito|una|un|los|las|el|la|tarjeta|efectivo|cheque|zelle|venmo|paypal',
    // "Only" before what someone speaks, has or can do: "ella solo habla español", "solo tengo una pregunta".
    'solo ..1 habla|hablo|hablan|entiende|entiendo|tengo|tiene|puedo|puede|es|son|{number}',
    // An error thrown, a call or a connection cut: software and signals, not bodies.
    'throw|throws|throwing|threw ..2 error|errors|exception|warning|warnings',
    // lead31: a device about to be thrown over a login, nowhere named ("im about to throw my laptop lol").
    '(about to|bout to|going to|gonna|ready to|want to|wanna) throw|chuck|toss|yeet my|the|this {device}',
    // A card or a phone run through the wash.
    'run|ran|went|go|gone ..1 through ..2 the|a ..1 wash|washer|dryer|laundry',
    // "The following week": next, not a person following someone.
    'following ..1 week|weeks|day|days|month|morning|afternoon|evening|year|session|appointment|{weekday}',
    // A time, a slot or stairs that are rough: hard going, not a feeling.
    '{time}|{weekday}|stairs|steps|commute|traffic|drive|parking|slot|time|mornings|evenings|afternoons|schedule ..3 is|are|was|were|s|been ..1 rough|brutal',
    // "Shoot, I forgot": an interjection before a slip (a lone first word reaches into the next clause).
    'shoot|dang|darn ..2 forgot|forget|missed|mixed|meant|double|booked|messed|blanked|overslept|spaced|left|lost|locked',
    // A slip made on oneself: "I double booked myself".
    'double|booked|overbooked|scheduled ..1 myself',
    // "I think" as a hedge about a thing of the desk: "I think there might be a mistake", "I think it goes to Dr.
    // Kim", "I think I'm at like 18". Never before a day or a time (a plan is dated so), and a mask stays in its
    // clause: what follows a comma is read as usual.
    'i|we ..1 think|thought ..1 there|it|its|that|thats|i|im|my|the|this|she|he|they|we|our ..3 {number}|mistake|error|wrong|right|correct|goes|went|due|fee|charge|charged|bill|billed|copay|deductible|insurance|appointment|appt|session|form|forms|link|email|address|card|payment|paid|balance|statement|receipt|portal|date|dr|doctor|office',
    // Sleeping through an alarm: a slip, not a symptom.
    'slept|sleep|sleeping ..1 through ..2 my|the|an|our ..1 alarm|alarms',
    // A time or a date mixed up ("did I mix up the time"), and a dog of a mixed breed ("a small lab mix"): never
    // pills.
    'mix|mixed|mixing ..1 up ..2 the|my|our ..1 time|times|date|dates|day|days|appointment|appointments|session|sessions|weeks',
    'lab|terrier|shepherd|pit|poodle|doodle|chihuahua|hound|retriever|collie|husky|spaniel|breed ..1 mix',
    'se ..1 corto|corta|cortó ..2 llamada|senal|señal|luz|internet|conexion|video|zoom|linea',
    '{device}|it|call|line|signal|audio|video|connection|zoom|voicemail|message|sound|screen|reception|session|appointment|meeting|stream|wifi|internet ..3 cut|cuts|cutting ..1 out|off',
    'got|get|keep|keeps|getting|kept ..1 cut|cutting ..1 off|out',
    // Things, times and days that kill, murder or are dead (not people): a schedule, a cost, a device.
    '{device}|{weekday}|{time}|upload|download|page|form|forms|session|call|meeting|line|connection|battery|batteries|phone|cell|wifi|internet|laptop|schedule|shift|shifts|job|work|commute|traffic|drive|bill|bills|costs|cost|fees|fee|copay|copays|deductible|prices|weekdays|weekends|mornings|evenings|nights|hours|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|afternoons|{body_part}|it|this|that|these|those|knee|back|feet|neck|head ..3 is|are|was|were|s|keeps|keep|been|be|re ..1 killing|murdering ..1 me|us',
    // Killed or dying BY or WITH a thing ("dying with this paperwork"), never by a day or a time: "I'll be dead by
    // Friday" is a timeline, and "dead" is not masked here at all (set-ba probes, lead, 2026-12-05).
    'murdered|killed|killing|dying|destroyed ..2 by|with ..3 {device}|upload|download|page|form|forms|session|call|meeting|line|connection|battery|batteries|phone|cell|wifi|internet|laptop|schedule|shift|shifts|job|work|commute|traffic|drive|bill|bills|costs|cost|fees|fee|copay|copays|deductible|prices|homework|paperwork|emails',
    'kill|kills|killing|killed|kil|matar|mata my|the|our ..1 {device}|card|account|battery|credit|plans|vibe|signal|connection',
    // A thing that died or is dead, said of the thing: next to it ("phone died", "wifi dead") or through a verb
    // of being ("the portal is literally dead"). Never across a gap a person can fill: "cancel friday i'll be
    // dead" and "the copay, i want to die" once lost their dying to a day or a bill in the same run-on sentence.
    '{device}|phones|upload|download|page|form|forms|call|meeting|line|connection|battery|batteries|phone|cell|wifi|internet|laptop|signal|engine|ac|heater|tv|account|card|headphones|earbuds|airpods|elevator|elevators|charger|chargers|mic|speaker|printer|router|modem|bus|train|truck|van|car|zoom|video|audio|screen|drive|libido died|dies|dying|dead',
    '{device}|phones|upload|download|page|form|forms|call|meeting|line|connection|battery|batteries|phone|cell|wifi|internet|laptop|signal|engine|ac|heater|tv|account|card|headphones|earbuds|airpods|elevator|elevators|charger|chargers|mic|speaker|printer|router|modem|bus|train|truck|van|car|zoom|video|audio|screen|drive|libido ..1 is|was|s|are|just|keeps|been ..2 died|dead|dying',
    // A day or a time that is dead (nothing on it); a thing dead in the water, dying on one, that keeps dying, or
    // "it died" (of a thing named before).
    '{weekday}|weekdays|weekends|mornings|evenings|afternoons|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays ..1 is|are|s ..1 dead',
    'dead ..1 in ..1 the ..1 water',
    'work|job|shift|office|town|store|gym|clinic ..1 is|was|s|been ..1 dead',
    // A thing that is dead weight ("the new schedule is dead weight for our team"); a person who is stays a burden.
    '{device}|schedule|plan|policy|form|forms|app|system|software|portal|process|meeting|meetings|rule|rules|it|this|that ..2 is|s|was|are|were ..1 dead weight',
    'dying|died ..1 on ..1 me|us',
    'keeps|kept ..1 dying',
    'it died|dies',
    // "I'm so dead" beside a slip, either way round, within a few words (a mask is one phrase: never `&`).
    'im|i|am ..1 so ..1 dead ..3 wrong|forgot|late|showed|oops|lol|lmao|haha|mixed|totally|embarrass*|overslept|missed',
    'forgot|late|oops|lol|lmao|haha|totally|embarrass*|overslept|missed ..3 im|i|am ..1 so ..1 dead',
    'highway ..1 robbery',
    'driving ..1 me ..1 nuts|crazy|insane|bananas|bonkers|up',
    '{device}|{weekday}|{time}|upload|download|page|form|forms|session|call|meeting|line|connection|battery|batteries|phone|cell|wifi|internet|laptop|schedule|shift|shifts|job|work|commute|traffic|drive|bill|bills|costs|cost|fees|fee|copay|copays|deductible|prices|weekdays|weekends|mornings|evenings|nights|hours|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|afternoons|paperwork|intake|pages|wait ..3 torture|torturous|murder|brutal',
    'touch ..1 base',
    // Help asked to understand something ("help me understand this bill"): a question, not a plea.
    'help ..1 me|us ..1 understand|figure',
    'ayud* ..1 a ..1 entender',
    // "Ayuda" as what something does ("dice que ayuda con el caso", "mi hija me ayuda con el portal"), not a plea.
    'que|le|les|eso|esto ..1 ayuda|ayudan',
    'me|nos ..1 ayuda|ayudan ..1 con|a|mucho',
    'dead battery|batteries|zone|end|link|spot|signal|phone|laptop|wifi|line|week',
    'this|that|these|those|the|traffic|commute|copay|bill|fee|fees|price|prices|cost|costs|wait|waiting|heat|weather|drive|back|neck|knee|feet|schedule|week|job|work|deadline|suspense|hold|music ..5 is|are|was|were|keeps ..1 killing|murdering ..1 me|us',
    // A thing that is murder ("traffic was murder", "it is absolute murder"), never "is gonna murder" (admin22:
    // "my husband is gonna murder me" once went to staff beside a request).
    'is|are|was|were|s murder',
    'is|are|was|were|s ..1 absolute|pure|total|just|literally|plain|sheer|such murder',
    // A time or a commute that is killer, a bill that's a killer: "5:30 is killer with my commute", "it's a killer
    // but we'll pay it" (never "he's a killer").
    '{time}|{number}|{weekday}|commute|traffic|drive|schedule|parking|copay|bill|fee|price is|s killer',
    'its|thats|that|this ..1 a killer',
    // A program's error message: "the app says 'fatal error' whenever I upload", "a fatal exception".
    'fatal error|errors|exception|exceptions',
    // Lost in the mail: "my check got lost in the mail".
    'lost in the mail|post|mailbox',
    // A fee or a denial fought: "I want to fight the late fee", "I'm fighting my insurance on this".
    'fight|fighting|fought ..2 the|this|that|a|my ..1 fee|fees|charge|charges|bill|denial|claim|insurance|late',
    // Away as a distance or a speed: "right away", "from far away", "the lot says tow away".
    'right|far|tow|towed away',
    // "I think" after a thing of the desk, as a hedge: "info is on file I think", "it's through Lyra I think". Never
    // after a day, a date, a time or a plan (a plan is dated so).
    'file|battery|insurance|card|email|portal|link|deductible|copay|bill|statement|account|lyra|network|claim|address|number ..2 i think',
    // Privacy from one's employer or household: "I don't want my boss to know", "I don't want my family seeing the
    // envelopes". Never "find me" or "see me".
    'dont|not ..1 want ..1 my ..1 boss|employer|job|work|coworkers|manager|hr|company ..2 to ..1 know',
    'dont|not ..1 want ..1 my ..1 boss|employer|job|work|coworkers|manager|hr|company ..2 to ..1 find ..1 out',
    'dont|not ..1 want|wanting ..4 seeing|see|read|reading ..3 envelope|envelopes|bill|bills|statement|statements|mail|eob|details|charges|notes|portal|emails|texts',
    // A thing of the desk that hates one: "the portal hates me".
    '{device}|portal|app|website|site|system|printer|computer|scanner ..2 hates|hate ..1 me|us',
    // Did very well at something: "killed it at my interview", "we killed it at the county fair".
    'killed|crushed|nailed it at|in|on ..1 my|the|our|this ..1 interview|fair|game|meet|competition|presentation|exam|test|final|finals|show|recital|tournament|race|audition|pitch',
    'killer ..1 fee|fees|price|prices|deal|rate|rates|commute|traffic',
    // A fee or a commute that is a killer; finals that are killing one; drowning this week; an overdose of bills;
    // jumping to another time; a bullet taken for someone's candy; running on fumes; a plan or a drive dying a
    // slow death; something that had one dead (laughing).
    'fee|fees|price|prices|rate|rates|commute|traffic|deductible|copay|bill ..5 is|was|s ..1 a ..1 killer',
    'finals|exams|midterms|school|classes|homework|studying ..3 is|are|was|were|keeps|been ..2 killing ..1 me',
    'drowning ..1 this|at ..1 week|month|semester|work',
    'overdose ..1 of ..2 bills|paperwork|emails|meetings|homework|work',
    'jump|hop ..2 to ..2 an|the|a ..1 earlier|later|next|other|different ..1 time|slot|appointment|session|day',
    'take ..1 a ..1 bullet ..1 for',
    'running|run ..1 on ..1 fumes',
    'plan|phone|laptop|car|traffic|freeway|highway|stuck|line|meeting ..4 dying ..1 a ..1 slow ..1 death',
    'had ..1 me ..1 dead|dying',
    'link|links|url|button ..4 is|are|was|went ..1 dead',
    'dead ..1 on ..1 my|our ..1 feet',
    // "I will be dead on my feet": the whole of "{intent} … dead" (active ideation), so that rule is covered.
    '{wish}|{intent}|ready ..3 dead ..1 on ..1 my|our ..1 feet',
    // Dead as an intensifier or a date: "drop-dead date", "dead on arrival", "dead broke", "I'm dead lol".
    'drop ..1 dead ..1 date|dates|deadline|deadlines|gorgeous',
    'dead ..1 on ..1 arrival',
    'dead broke|tired|serious|set|wrong|center|even|last|heat',
    'im|i|am ..1 dead ..1 lol|lmao|haha|lmfao',
    // Bills one chokes on; a day that has been killing one.
    'choking|drowning ..2 on|in ..2 bills|debt|debts|paperwork|fees|emails|deadlines|work|eobs|statements|invoices|claims|homework|school',
    'today|day|week|month|tonight|morning|shift ..3 been|has|is|was|s ..1 killing ..1 me|us',
    // Stuck in traffic on a bridge; nothing moving; parking on the roof level.
    'im|i|were|we|am ..2 stuck|backed|jammed ..3 on|at ..2 the|a ..1 {height}',
    'nobody|noone|nothing|traffic|cars ..2 moving|moves|moved|budging',
    'parking|parked|park ..3 on ..2 the ..1 roof|rooftop ..1 level|deck|floor|lot',
    'roof|rooftop ..1 level|deck|lot ..3 parking|full|spots|spot',
    // lead29 (set cz): a roof repaired after a storm, not a height one is on.
    'fixed|repaired|replaced|patched|redone|reroofed ..2 the|our|my ..1 roof',
    'roof ..1 fixed|repaired|replaced|patched|redone|leak|leaking|leaks|damage|repair|repairs|replacement|guy|guys|company|estimate|adjuster',
    // lead29 (set cy): what was tried was a browser, a link or a call ("I tried Chrome and Safari"), not an attempt
    // (unclear-references.ts reads a bare "I tried" beside a hospital).
    'tried ..2 chrome|safari|firefox|edge|browser|browsers|calling|emailing|logging|resetting|uploading|downloading|reinstalling|restarting|refreshing|texting|paying|link|portal|app|website|phone|laptop|card',
    // Time that something took, a day taken off, someone taken somewhere: not a dose.
    'it|that|this|which ..1 took|takes|taken ..3 {number}|months|weeks|days|hours|minutes|forever|ages|long|awhile|while|years|time',
    'took|take|taking ..1 the ..1 day|afternoon|morning|week ..1 off',
    // A ride, a picture, a test or a calendar taken: things, not a dose.
    'took|take|taking|takes ..1 the|a|an|my|his|her|our ..1 bus|train|subway|uber|lyft|taxi|cab|ferry|calendar|photo|picture|pic|screenshot|test|exam|class|survey|quiz|stairs|elevator|call|message|seat|ticket|number',
    'took|take|taking ..2 my|the|our|his|her ..1 {child}|kid|kids|dog|cat|car|mom|dad ..3 to|for|in',
    // Someone added as an emergency contact, or taken off (lead26: "remove my ex as my emergency contact, we broke up").
    'add|added|adding|update|updating|change|list|listed|put|remove|removing|removed|delete|deleting|drop|dropping|replace|replacing|swap|switch|take|taking ..1 my|our|his|her|their ..1 {partner}|{family}|{child} ..3 as|to ..2 emergency ..1 contact|contacts',
    'add|added|adding|update|updating|change|list|listed|put|remove|removing|removed|delete|deleting|drop|dropping|replace|replacing|swap|switch|take|taking ..1 my|our|his|her|their ..1 {partner}|{family}|{child} ..3 as|to|from ..1 my|our|an|the ..1 emergency ..1 contact|contacts',
    // With its subject ("Can I add my husband as an emergency contact?"): the I is the request's, not a victim's.
    'i|we ..2 add|added|adding|update|updating|change|list|listed|put|remove|removing|removed|delete|deleting|drop|dropping|replace|replacing|swap|switch|take|taking ..1 my|our ..1 {partner}|{family}|{child} ..3 as|to ..2 emergency ..1 contact|contacts',
    'its|thats ..1 killing ..1 me',
    'kill ..1 for ..2 a|an|some|that|this|one|earlier|later|morning|afternoon|evening|slot|spot',
    'killer|killing ..1 it',
    'kill ..1 time',
    'kill ..1 two ..1 birds',
    'dying ..1 to ..1 know|get|see|try|hear|start|come|go|talk|meet|book|find|ask|tell|share|visit|learn|read|check',
    'die ..1 for',
    'dead tired|serious|set|wrong|center|ringer',
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
    'got|get|been|was|were|being ..1 =cut',
    'haircut',
    'hang ..1 on|out|up|tight|around|there|together|tough',
    'hanging ..1 out|up|on',
    'hung ..1 up|out|over',
    'jump|jumping ..2 on ..3 call|zoom|meeting|video|phone|link|quick|portal',
    'jump ..1 start',
    'crash|crashed|crashing|crashes ..2 portal|app|site|website|computer|system|server|page|laptop|zoom|browser|phone',
    'portal|app|site|website|computer|system|server|page|link|screen|laptop|zoom|browser|form|forms|intake|payment|esign|docusign|program ..3 crash|crashed|crashing|crashes',
    // A ride: someone driving a person somewhere ("can my husband drive me to my appointment"), not running
    // one off the road (a place of danger after it is still read: "drive me to the bridge").
    'drive|drives|driving|drove|driven ..1 me|us|him|her|them|you ..1 to|home|back|in|there|here',
    // Going through it: a hard time, not going through with it.
    'going|goes|went|been|go ..1 through ..1 it|stuff|things',
    'going|goes|went|been|go ..1 through ..1 a|some ..1 lot|rough|hard|tough|divorce|breakup',
    // Coverage or access through someone: "Cigna through my husband's job", "through the portal".
    'through ..1 my|his|her|their|the|our ..2 job|work|employer|employers|insurance|school|portal|company|union|plan',
    // Numb after the dentist: a face, a lip or a jaw numbed, not a stroke.
    'dentist|dental|novocaine|numbing|filling|fillings|wisdom ..6 face|mouth|lip|lips|jaw|cheek|tongue ..2 numb|numbness|drooping|droopy|droop',
    'face|mouth|lip|lips|jaw|cheek|tongue ..3 numb|numbness|drooping|droopy|droop ..4 dentist|dental|novocaine|filling|fillings|numbing',
    // "Don't tell me the pharmacy is closed": exasperation, nothing kept from anyone.
    'dont|do|not ..1 tell me',
    // A child or a pet that threw up; a card or a thing that is dead ("it's dead"); a wait that took forever.
    '{child}|kid|kids|son|daughter|baby|toddler|dog|cat|puppy ..2 threw|throwing|throws ..1 up',
    'its|thats ..1 dead',
    // Following up on a request, not following someone.
    'following|follow|followed|follows up ..1 on|about|with|regarding|re',
    // Sweating bullets; beat after work; a bill that was a punch in the gut; traffic that is deadly.
    'sweating|sweat|sweated ..1 bullets',
    'im|am|was|feel|feeling ..2 beat ..1 after|from|today|tonight|lol|so|but|any|can|could',
    '{thing}|bill|fee|news|it|that|this ..3 punch ..1 in ..1 the ..1 gut',
    'traffic|weather|roads|heat|cold|commute|highway|freeway ..2 is|was|s|been ..1 deadly|murder|brutal',
    // A purpose a form asks for: "for tax purposes", "purpose of disclosure" (not "on purpose").
    'tax|taxes|insurance|billing|record|records|work|school|legal|hsa|fsa|reimbursement|documentation|business|identification ..1 purpose|purposes',
    'purpose|purposes ..1 of|for ..2 the|this|my|disclosure|release|visit|request|records|form|use',
    // A car that broke down; a meeting that runs late; held up at work; a date had down in a calendar.
    '{device}|car|truck|van|bus|train|bike|elevator ..2 broke|broken|breaks|breaking ..1 down',
    '{context}|meeting|meetings|class|shift|work|practice|game|it ..3 runs|ran|running|run ..1 until|till|til|late|over|long',
    'held|holding|hold ..1 up ..2 at|in|by|with',
    'had|have|got|put ..1 it ..1 down ..2 for|as',
    'old|new|other ..1 one|card ..2 was|got|is|been ..1 lost|stolen|damaged|broken|frozen|declined|blocked|canceled|cancelled|compromised|hacked|skimmed',
    'hold|wait|waiting|pending|loading|load|takes|took|taking|line|queue ..3 forever',
    // No way out of a place; ready to be done with a task; nothing left to sign: not a life.
    'anything|nothing ..1 left ..2 for ..1 me ..1 to ..1 sign|fill|do|pay|complete|upload|send|read|bring|review',
    'no|only ..1 way ..1 out ..1 of ..2 the|this|that|my|our|a ..2 {thing}|{device}|lot|garage|building|parking|contract|lease|plan|deal|office|area|traffic|neighborhood|subscription',
    'ready ..2 to ..1 be ..1 done|finished ..1 with|for ..2 the|this|that|my|it|today|work|school|paperwork|forms|form|intake',
    // "I don't mind walking": no decision made.
    'dont|do|not|wouldnt|never|didnt ..1 mind',
    // Places of danger where someone is only on the way.
    // Never a place by its exit or lane (lead29: "she's on the bridge near exit 12 and she's done" was masked).
    '{height} ..3 traffic|closed|construction|toll|jam|backed|detour|accident|repair|repairs',
    'traffic ..3 {height}',
    'train|trains|bus|subway|metro ..3 late|delayed|running|stuck|broke|broken|cancelled|canceled|schedule|station',
    // Guns, blades and ropes that are objects.
    'nerf|glue|staple|nail|water|heat|spray|toy|caulk|caulking|paint|squirt|finger ..1 gun|guns',
    'gun ..1 range|show',
    'butter|pocket|plastic ..1 knife',
    'razor ..1 burn|bumps',
    'rope ..1 me|him|her|them|you|us ..1 in|into',
    'ropes ..1 course',
    'jump ..1 rope',
    // Blood as a test (burned out is a clinical sense: clinical-senses.ts).
    'blood ..1 work|test|tests|pressure|sugar|draw|drawn|panel|labs|type|donation|drive|bank|glucose',
    // Hurting without a person on the other end.
    'hurt|hurts|hurting ..2 my|your|his|her|their|our ..1 feelings|chances|credit|budget|wallet|finances|score|business|grades',
    'hurt|hurts|hurting ..1 my|his|her|the ..1 back|knee|ankle|shoulder|neck|hand|foot|feet|tooth|eyes|ear|ears|throat|head',
    'back|knee|ankle|shoulder|neck|hand|foot|feet|tooth|eyes|ear|ears|throat|head ..2 hurts|hurt|hurting',
    'hurt|injured ..1 myself ..4 gym|playing|running|lifting|skiing|fell|slipped|accident|working|moving|hiking|soccer|basketball|football|yard',
    'threatened ..2 to ..1 cancel|charge|send|close|drop|report',
    'kicked|locked|logged|kicks|locks|kick|lock ..1 me|us ..1 out',
    'push|pushing|bump|bumped|move|moved|moving|put|switch ..1 me|us ..2 back|to|up|forward|later|earlier|in',
    'feel* ..1 bad ..2 about|for ..2 cancel*|missing|asking|bothering|late|this|that|the|rescheduling|changing',
    'struggl* ..2 to ..1 log|login|upload|find|open|pay|get|sign|access|use|connect|figure|download|print',
    'drink*|drank ..2 water|coffee|tea|juice|soda|milk|fluids|smoothie',
    'safe ..2 to ..1 drive|travel|walk',
    'safe ..1 driving',
    // recall20: a medicine asked about ("is it safe to take melatonin with my trazodone?", "is that safe with my
    // Zoloft?"): the question's "safe" is no place pills are kept.
    'is|it|that|this|be|still|its ..1 safe ..1 to|with|for|while|during|if|on',
    'too ..1 much|many ..1 time|days|hours|effort|energy|money|pto|off|forms|emails|steps',
    'gone ..2 vacation|trip|traveling|travelling|work|business|holiday|week|weekend|weeks|days|town',
    'heart ..1 attack ..3 when|saw|see|seeing|bill|price|statement',
    'almost|nearly ..1 died|killed|dead',
    'im|i ..1 m|am ..1 dead ..2 lol|lmao|haha|hahaha|omg|jk|lmfao',
    'lol|lmao|haha|hahaha|omg|jk|lmfao ..2 im|i ..1 m|am ..1 dead',
    'give ..2 it ..1 a ..1 shot',
    'a ..1 shot ..1 at',
    'cutting ..1 it ..1 close',
    'beat ..1 the ..1 traffic|rush|deadline|crowd',
    'beat ..1 traffic',
    'overdose|od|overdosed ..1 on ..1 coffee|caffeine|sugar|netflix|candy|chocolate',
    'bleed|bleeding ..2 money|dry',
    'blow|blew|blowing|blown ..1 up ..2 my|your|ur|his|her|the ..1 phone|phones|inbox|email|voicemail',
    // A desk thing worked out (lead33): "I figured out the link" is no decision taken.
    'figured|figure|worked ..1 out ..2 the|my|your ..1 link|portal|login|password|app|zoom|form|forms|camera|audio|video|code|problem|issue',
    'chokes|choked ..1 me ..1 up',
    'choke|choked|choking ..1 on ..2 food|water|coffee|drink|gum',
    'car|truck|engine|phone|laptop|computer ..2 breakdown|broke ..1 down',
    '{child} ..3 meltdown|meltdowns|tantrum',
    'financial|money|housing|budget ..1 crisis',
    'killing|kill|killed|murdered|murdering|destroyed|wrecked ..1 my ..1 budget|wallet|savings|schedule|vibe|reconciliation|bank|account',
    'kill ..1 the ..1 lights|music|noise|call',
    'dead set|serious|wrong|center|ringer|stopped|still|stop',
    'traffic|road|highway|roads ..1 is|was|s|are|looks ..1 dead',
    'kill|cancel|drop|waive ..1 the|that|this|my ..2 fee|fees|charge|charges|balance|bill',
    'box|field|screen|page|form|upload|signature ..1 is|was|s|just|went ..1 dead|died',
    'box|field|screen|page|form|upload|signature dead|died',
    'shoot|shoots ..2 forgot|sorry|oops|meant|wait',
    'give|gave|giving|gives ..2 a ..1 heart ..1 attack|stroke',
    // A condition named in a question about the practice's services is a service, not a symptom.
    'specialize*|treat|treats|treating|work|works|experience|experienced ..1 with|in|on ..2 {condition}',
    'specialize*|treat|treats|treating|work|works|experience|experienced ..1 with|in|on ..2 {condition} ..1 {condition}',
    'treat|treats|treating|offer|offers|provide|provides ..1 {condition}',
    'treat|treats|treating|offer|offers|provide|provides ..1 {condition} ..1 {condition}',
    // "Do" as the practice's service names who does it ("do you do ADHD testing", "does the NP do evaluations", "can we
    // do video"): with no one before it, "does" asks about the condition itself ("what does bipolar 2 mean", lead37).
    'i|to|just|and|or|you|u|we|she|he|they|someone|anyone|anybody|somebody|yall|practice|office|clinic|group|center|team|staff|dr|doctor|doc|therapist|therapists|provider|providers|np|pa|md|psychiatrist|psychologist|counselor|counselors|nurse|prescriber|prescribers|clinician|clinicians ..2 do|does ..1 {condition}',
    'i|to|just|and|or|you|u|we|she|he|they|someone|anyone|anybody|somebody|yall|practice|office|clinic|group|center|team|staff|dr|doctor|doc|therapist|therapists|provider|providers|np|pa|md|psychiatrist|psychologist|counselor|counselors|nurse|prescriber|prescribers|clinician|clinicians ..2 do|does ..1 {condition} ..1 {condition}',
    'trabaje|trabajan|trabaja|atienden|atiende|especializ* ..1 con|en ..2 {condition}',
    'trabaje|trabajan|atienden|work|works|see|sees|treat|treats ..3 {condition} ..1 con|with ..1 {condition}',
    'was|is|been|its|what ..1 a ..1 nightmare',
    // A clinical code or condition named in a billing or booking request: the request is the desk's (a
    // diagnosis code missing from a superbill, an intake for anxiety). What a diagnosis is, or whether to
    // change a treatment, is not masked and stays with a clinician; so does a treatment summary (a clinician
    // writes it: the tuning data label "send my treatment summary to my new psychiatrist" clinical).
    'diagnosis|diagnostic|dx|icd ..1 code|codes ..5 wrong|missing|incorrect|blank|typo|mistake|error|omitted',
    // Admin15: a code that differs on a superbill or a claim ("the diagnosis code on this month's superbill is
    // different"). Whether a diagnosis changed, or what it means, is not masked.
    // Only a code that differs ("what does my diagnosis code mean on the superbill?" stays a clinician's).
    'diagnosis|diagnostic|dx|icd ..1 code|codes ..5 different|changed',
    // Admin15: reminders that stopped coming ("text reminders stopped coming"): the reminders named before the verb.
    'reminder|reminders|notification|notifications|confirmation|confirmations ..1 stopped ..1 coming|arriving|working|showing',
    'add|include|includes|including|list|put|show|with|need|needs|needed|missing|require|requires|required|correct|right|billed|have|has|had ..4 diagnosis|diagnostic|dx|icd ..1 code|codes',
    // The same in Spanish: "necesito la factura con el código de diagnóstico".
    'necesito|necesita|con|incluir|incluya|incluyan|agregar|agreguen|poner|pongan|falta|faltaba|tenga|tiene ..4 codigo|codigos ..2 de|del ..1 diagnostico',
    // A secondary or primary insurance ("el número del seguro secundario"), not a side effect.
    'seguro|seguros|aseguranza|plan|poliza ..1 secundario|secundaria|primario|primaria',
    'intake|intakes|consult|consultation|consultations ..1 for ..2 {condition}',
    // Hyperbole about things, never people or a life: a commute from hell, a week at work that was a zoo, an
    // insurance call that was a circus or a train wreck. The thing is named (not a day, a life, oneself).
    '{device}|week|weekend|commute|traffic|drive|flight|trip|shift|shifts|job|work|semester|finals|exams|insurance|paperwork|form|forms|portal|app|website|call|calls|billing|bill|bills|claim|claims|process|office|parking|construction|move|school|meeting|meetings|bug|flu|cold|virus|migraine|snow|storm|weather|dmv|line|wait ..1 from ..1 hell',
    '{device}|week|weekend|commute|traffic|drive|flight|trip|shift|shifts|job|work|semester|finals|exams|insurance|paperwork|form|forms|portal|app|website|call|calls|billing|bill|bills|claim|claims|process|office|parking|construction|move|school|meeting|meetings|bug|flu|cold|virus|migraine|snow|storm|weather|dmv|line|wait|post|store|airport|place ..3 is|are|was|were|s|been ..2 hell|zoo|circus|madhouse|nightmare|chaos|disaster|mess',
    'it|its|this|that ..2 is|was|s|been ..2 zoo|circus|madhouse',
    // A call's audio cutting in and out, a call that died on one's end, a card the bank killed, a form done fast.
    'cutting|cuts|cut ..1 in ..1 and ..1 out',
    'died|dead|dies ..1 on ..1 my|our ..1 end',
    'bank|banks|card|company|issuer|visa|amex|chase|mastercard ..2 killed|kill|kills ..1 it',
    'killed ..1 it ..1 in|under ..2 {number}|{time}|minutes|seconds|record',
    '{device}|week|weekend|commute|traffic|drive|flight|trip|shift|shifts|job|work|semester|finals|exams|insurance|paperwork|form|forms|portal|app|website|call|calls|billing|bill|bills|claim|claims|process|office|parking|construction|move|school|meeting|meetings ..3 is|are|was|were|s|been ..2 train ..1 wreck',
    'wallet|bank|account|budget|card ..1 is|was|s|just|crying|cries|died|dead|weeping ..1 crying|cries|died|dead|weeping',
    'wallet|bank|account|budget|card crying|cries|died|dead|weeping',
    'dying ..1 here|over',
    'dying ..3 waiting|wait',
    'kill|cancel ..1 the ..1 {time}|{number}|appointment|session|meeting|call',
    'end*|ended ..2 things|it ..1 with',
    'coming|come|go|going ..1 back ..2 to ..2 therapy|sessions|session|the|this|your|office|practice|class|work|school',
    '{device}|elevator|door|printer|machine|toilet|heater|lock|website|site|system|ac|furnace|fridge|refrigerator|washer|dryer|dishwasher|boiler|conditioner|conditioning|thermostat|window ..3 is|was|are|were|got|seems|still ..1 broken|broke',
    // Heat, cold or a wait that is unbearable: "the heat is unbearable", "el calor está insoportable".
    'heat|cold|weather|humidity|traffic|commute|wait|line|noise|calor|frio|trafico|espera ..2 is|was|s|been|esta|estaba ..1 unbearable|insoportable',
    // A charge, a notice or a letter that scared or confused one: the feeling's cause is named, and is the desk's.
    'notice|letter|bill|statement|email|text|charge|charges|balance|invoice|eob|amount|total|fee|fees ..3 scared|freaked|worried|stressed|confused|shocked|startled ..1 me|us',
    // A feeling disclaimed beside a question: "not mad just confused", "not upset, just curious".
    'not ..1 mad|upset|angry|annoyed|complaining ..2 just ..1 confused|curious|wondering|asking|checking',
    // "Anymore" of a card, a charge or mail that should stop: "please don't charge that anymore", "don't send
    // anything to my old address anymore".
    '{neg}|stop ..1 charge|charging|send|sending|bill|billing|mail|mailing|use|using|email|emailing|text|texting ..4 anymore',
    // A slot, a reminder or a link no longer needed: "I won't need the Friday slot anymore" (the negation is in
    // the mask: a mask hides a rule only when it covers every word the rule read). Never sessions, appointments
    // or therapy no longer needed, nor "it" (a farewell when alone): a thing of the desk is named.
    '{neg}|wont|dont|not ..2 need|needing ..3 slot|spot|opening|reminder|reminders|parking|link|card|statement|statements ..1 anymore',
    // Appointments or refills no longer needed for a reason given (lead, 2026-12-06): a move, another clinician, new
    // insurance, feeling better, graduating. Without a reason and beside thanks for everything it is a farewell.
    '{neg}|wont|dont|not ..3 need|needing ..3 it|them|appointment|appointments|appt|appts|spot|slot|sessions|refills|refill|meds|anymore ..4 since|because|bc|cuz|cause|as|now|due ..3 moving|moved|move|found|switching|switched|starting|started|new|graduating|graduated|insurance|covered|better|transferring|relocating|job',
    'moving|moved|found|switching|switched|starting|started|graduating|graduated|transferring|relocating|new ..6 so|and ..3 {neg}|wont|dont|not ..3 need|needing ..3 it|them|appointment|appointments|appt|appts|spot|slot|sessions|refills|refill|meds|anymore',
    // Another's appointments no longer needed ("my son won't need his appointments anymore, he's doing great"): a
    // parent ending a child's care says nothing of the writer's own farewell.
    '{child}|he|she|hes|shes|they|theyre ..3 wont|{neg} ..3 need|needing ..3 it|them|appointment|appointments|appt|appts|spot|slot|sessions|refills|refill|meds|anymore',
    // For a while only: over the holidays, until January.
    '{neg}|wont|dont|not ..3 need|needing ..3 it|them|appointment|appointments|appt|appts|sessions|anymore ..4 until|till|over|during|while|for ..2 now|january|holidays|break|summer|vacation|trip|month|semester|season',
    // Stitches after someone cut a hand or a chin on something (lead, 2026-12-06): an injury told as the reason for a
    // change. A cut on purpose, or one's own again, is still read.
    '{child}|{family}|{partner}|he|she|they ..2 cut|sliced|split ..2 his|her|their|open ..1 hand|finger|fingers|foot|leg|head|knee|chin|lip|thumb|forehead|eyebrow ..6 stitches|stitch',
    'stitches|stitch ..4 after|because|when|since ..3 {child}|{family}|{partner}|he|she|they ..2 cut|sliced|split ..2 his|her|their|open ..1 hand|finger|fingers|foot|leg|head|knee|chin|lip|thumb|forehead|eyebrow',
    // Work and pastimes named by their risky words (lead, 2026-12-06, from two unseen sets): one's job on an
    // ambulance, as a paramedic or a 911 dispatcher, at a gun shop; a gun safe, a rifle team's competition; an
    // emergency contact. Someone needing a paramedic, or going to buy at a gun shop, is not one of these.
    'work|works|working|worked|job|shift|shifts|career ..4 ambulance|ems|emt|paramedic|paramedics|911|dispatch|dispatcher|firehouse|ambulances',
    'im|i|am|as|hes|shes|he|she ..2 a|an ..1 paramedic|emt|dispatcher|firefighter|medic|911',
    '911 ..1 dispatcher|dispatchers|dispatch|operator|operators|center',
    'own|owns|run|runs|work|works|working|manage|manages ..3 gun|guns ..1 shop|store|range|counter|club',
    'gun|guns ..1 safe|safes|show|shows|club|range|ranges ..1 guy|man|installer|installed|delivery|delivered|coming|company|tech|appointment',
    'rifle|shooting|archery|trap|skeet|pistol ..1 team|competition|competitions|meet|match|league|club|practice|tournament|season',
    'emergency ..1 contact|contacts',
    // A show watched by its title: "binge watching Dead to Me", "started Criminal Minds".
    'watching|watched|watch|binge|binged|binging|bingeing|rewatching|rewatched|finished|started|episode|season ..3 (dead to me|criminal minds|walking dead|killing eve|only murders|breaking bad)',
    // Dead as laughter or emphasis, and a dead name: "omg im dead 💀 wrong building", "dead honest", "my dead name".
    // (One's dead relative is not masked: "seeing my dead brother in the hallway" is a hallucination.)
    'im|i|am|literally|lowkey|deadass ..1 dead ..1 lol|lmao|lmfao|haha|hahaha|omg|bruh|crying',
    'omg|lol|lmao|lmfao|bruh ..2 im|i ..1 dead',
    'dead ..1 honest|serious|set|center|centre|even|broke',
    'dead ..1 name|names|named|naming',
    'deadname|deadnamed|deadnaming|deadnames',
    // A device or a card reader that is dead or dies.
    '{device}|reader|terminal|machine|kiosk ..4 is|s|was|went|gone|goes|about|almost|nearly|totally|completely|already ..1 dead|dying',
    '{device}|reader|terminal|machine|kiosk ..1 just|keeps|kept|always|then ..1 died|dies|dying',
    'gonna|going|gunna|about|to ..2 be ..1 dead ..1 honest|serious',
    'paycheck|paychecks|money|balance|savings|check|cash|funds|refund|budget ..3 disappears|disappear|disappeared|vanishes|vanish|vanished',
    'turns|turned ..1 on ..3 dies|died|shuts',
    // Applause and a try: "y'all killed it", "I took a stab at uploading", "a killer with the attendance policy".
    'yall|you|u|ya|they|team|staff|everyone ..2 killed|kill|killing ..1 it',
    'took|take|taking|give|gave|giving|have|had ..1 a ..1 stab ..1 at',
    'is|was|s ..1 a ..1 killer ..2 with|about|on',
    // A car that will not take it all winter; a stomach that hurts.
    'car|truck|van|engine|transmission|tires|knees|back ..2 wont|{neg} ..1 take ..1 it ..1 all',
    'stomach|head|tummy|back|tooth|ear|throat|knee|knees|leg|foot ..1 hurts|hurt|aches|ache|hurting',
    // Tonight's session named: "after tonight's group" is a time of the desk's.
    'give|hand|pass|deliver|leave them|him|her|this|these|it this|these|it|them after tonight|tonights ..2 group|session|class|meeting|appointment|appt|shift|game|call',
    // Done with a task named: "I'm done with the intake forms" (the one who is done, too).
    'im|i|am|were|we ..1 done ..1 with ..3 form|forms|paperwork|payment|intake|signing|filling|upload|uploading|survey|questionnaire|packet|homework|portal|consent|consents|application|questionnaires',
    // Not bothering to mail or print a document: "please don't bother mailing a paper statement".
    '{neg} ..1 bother ..1 mailing|sending|printing|faxing|mail|print|fax',
    // Not let into a call's waiting room: "nobody's let me in yet".
    'nobody|noone|nobodys ..2 let|lets|letting|admitted ..1 me|us ..1 in',
    'insurance|company|portal|app|website|bill|billing|system|traffic|process|paperwork|forms|this|it|that ..4 driving|drives|drove ..1 me ..1 crazy|insane|nuts|bonkers|mad',
    'deadly|killer|killing|murderous|brutal ..1 cold|flu|headache|migraine|traffic|heat|exam|commute|cough|virus|bug',
    // Away, not gone: "I won't be here next week, on vacation", within one clause; words that also close a life
    // (away, out, moving, hospital) are not an alibi.
    'wont|{neg} ..2 be ..1 here|around ..5 vacation|trip|travel|traveling|town|visiting|conference|country|business|holiday|holidays|camp',
    'scared|scare|scares|freaked|frightened ..1 the ..1 heck|hell|crap|daylights|life|bejesus ..2 out ..1 of',
    'brain ..1 fart|farts|freeze',
    'knock ..2 on ..1 wood',
    // Killing a thing, not {kill}: the class also holds "suicidal", "unalive" and "kms", which a one-word rule reads
    // alone ("i'm suicidal after the form" once went to staff).
    'kill|kills|killing|killed|kil|murder|murdering|murdered|matar|mata this|that|the|my|our|your ..1 {device}|printer|portal|form|forms|paperwork|website|fax|scanner|app',
    // lead27: these masks reach "my", "the" or "this" right after the verb, never across a word: "he'll kill me my laptop
    // died" (a run-on) had reached staff when "kill ..1 my ... laptop" skipped the "me". Whoever designed a portal, and the
    // kill floor of a packing plant, are named instead.
    'kill|murder|strangle whoever|whomever ..2 designed|made|built|invented|wrote|coded|programmed ..3 {device}|portal|form|forms|website|app|system|site|page|this|that|the|your',
    'kill ..1 floor|floors',
    '{context}|{device}|bill|price|prices|wait|line|storm|snow|snowstorm|weather|this|that|it|parking|schedule ..2 is|was|are|s|been|so ..1 insane|crazy|nuts|wild|ridiculous|brutal|bonkers',
    'traffic|weather|commute|parking|bus|train|storm|snow|roads|construction ..2 is|was|are|s|been|so ..1 terrible|awful|horrible|bad|nightmare|miserable',
    // lead29: the weather or the roads forecast to turn bad ("the weather is supposed to turn bad", "roads are gonna
    // get nasty").
    'traffic|weather|forecast|storm|snow|ice|roads|road|pass ..4 be|turn|get|turning|getting ..1 terrible|awful|horrible|bad|nasty|ugly|rough|worse|icy|slick|sketchy',
    'cpt|billing ..1 code|codes',
    'nearly|almost ..1 fainted|passed|fell|collapsed ..4 bill|statement|price|saw|see|seeing|total|charge|amount',
    'bill|statement|price|total|charge|amount ..4 nearly|almost ..1 fainted|passed|fell|collapsed',
    // A boss, a manager or a professor (admin22: never a coach or a teacher without the slip named; either may be an
    // adult threatening a child).
    'boss|manager|supervisor|professor ..3 {kill}|murder ..1 me',
    // The whole of it, with what the boss would do it for: "my boss is going to kill me if I leave early".
    'boss|manager|supervisor|professor ..2 going|gonna|is ..1 to ..1 {kill}|murder ..1 me',
    'boss|manager|supervisor|teacher|coach|professor ..4 {kill}|murder ..1 me ..1 if|when ..1 i|im|ive ..2 miss|missed|late|forget|forgot|skip|skipped|cancel|leave|left|quit|lose|lost|bail|flake|ditch|dont|mess',
    'drowning|buried|swamped|drown ..2 in ..3 bills|debt|work|deadlines|paperwork|emails|homework|laundry|meetings|forms|calls',
    // A date picked for a booking ("I picked a date for my intake"): a date for it, not a date picked to die.
    'chosen|chose|picked|pick|set|choose ..2 a|the|my|our ..1 date|day|time ..1 for ..2 intake|appointment|appointments|appt|session|sessions|consult|consultation|visit|evaluation|eval|meeting|call|telehealth',
    // Insurance and payment plans, not a plan one has made.
    'insurance|health|dental|vision|employer|employers|medicaid|medicare|switched|changed|changing|switching|different|family|individual|payment ..2 plan|plans',
    // A page or a question skipped on a form; a slot already taken.
    'skipped|skip|skipping ..3 page|pages|question|questions|section|form|part|line|box|item',
    '{time}|slot|spot|time|it|that|appointment|session|opening ..2 is|s|was|gets|already ..1 taken|booked|full',
    // A price that shoots up; work one is drowning in; a device on its last legs.
    'bill|price|prices|cost|costs|copay|rate|rates|fee|fees|premium|premiums|balance|it ..2 shoot|shot|shoots|shooting ..1 up',
    'drowning|swamped|buried ..2 in|under ..1 deadlines|emails|work|bills|paperwork|homework|meetings|assignments|laundry|finals|exams|midterms|tests|essays|projects|school|classes',
    'on ..1 its|their ..1 last ..1 legs|breath',
    // Mishaps to things, never to people: a card destroyed in the wash, a link that froze a laptop, a text lost,
    // an account drained, a bus crawling, a wreck ahead, insurance that kicks in, a building everyone was kicked
    // out of, bad news, a dumb question, a weird number. The thing is named, so an act on a person is never read so.
    '{thing}|{device}|card|cards|id|license|wallet|keys|paperwork|receipt|reminder|text|email|screen|statement ..3 got|was|were|is|been|gets|get ..1 destroyed|wrecked|ruined|trashed|frozen|stolen|lost|eaten|chewed|soaked|crushed|fried|drained',
    'dog|cat|puppy|wash|washer|dryer|{device}|link|app|portal|zoom|update|screen ..2 destroyed|ate|chewed|froze|crashed|wrecked|ruined|fried|drained ..2 my|the|our|his|her ..2 {thing}|{device}|card|cards|id|license|wallet|keys|paperwork|receipt|reminder|text|email|screen|statement|checking|account|savings',
    'froze|frozen|freezing|freezes|crashed ..2 my|the|our ..1 {device}|screen|computer|laptop|page',
    '{device}|screen|computer|laptop|page|link|video ..2 froze|frozen|freezes|freezing',
    'lost|misplaced ..2 my|the|mine|his|her ..1 {message_obj}|{device}|card|cards|receipt|reminder|wallet|keys|paperwork|notice|estimate|login|password|id|insurance|job|coverage|benefits',
    '{thing}|it|this|that|eob|bill|statement|charge|letter|form|portal ..1 makes|make|made ..1 no|zero ..1 sense',
    'i ..1 lost ..1 mine',
    'drained|emptied|overdrew|overdrawn ..2 my|the|our ..1 checking|account|accounts|savings|bank|balance|battery',
    'bus|train|traffic|line|subway|cars|it ..2 is|was|s|are|were ..1 crawling|dead|stopped',
    'wreck|crash|accident|pileup ..1 ahead|up',
    '{thing}|insurance|coverage|benefits|deductible|plan|it|medicaid|medicare|cobra ..2 kicks|kick|kicked|kicking ..1 in',
    'we|all|everyone|everybody|they ..2 got|were|get ..1 kicked ..1 out',
    'bad|good ..1 news',
    'dumb|stupid|silly ..1 question|questions|q',
    'weird|strange|random|unknown ..1 number|text|call|email|message|charge|noise|sound|glitch|error|link',
    'sound|look ..1 weird|funny|silly',
    // Hyperbole: a thing, never a person, that kills, is the death of one or is "killer"; a scare from a bill.
    // The thing is named, so a person's act on one ("he's trying to kill me", "he is a killer") is never read so.
    '{thing}|{device}|{time}|{weekday} ..1 is|are|was|were|s|been ..2 killer',
    // The same with the verb joined to the thing ("traffic's a killer": the reader reads "traffics").
    '{thing}|{device}|{time}|{weekday} ..1 a ..1 killer',
    'killer ..1 {thing}|{time}|{weekday}|{context}|shoes',
    '{thing}|{device} ..4 trying ..1 to ..1 kill|murder ..1 me|us',
    '{thing}|{device} ..5 the ..1 death ..1 of ..1 me|us',
    '{thing}|its|thats ..1 is|was|s ..1 murder',
    'its|thats ..1 murder',
    'almost|nearly ..1 had|have|having|gave|give|got ..2 a ..1 heart ..1 attack|stroke',
    'about ..1 had|gave|got ..2 a ..1 heart ..1 attack|stroke',
    // Pictures of a card; aiming for a time ("I'm shooting for 4:30").
    'pics|pictures|photos|pic|picture|photo ..2 of ..3 front|back|card|insurance|id|license|statement|receipt|form|eob',
    'shooting|shoot|aiming ..1 for ..1 {time}|{number}|{weekday}|tomorrow|today|noon|morning|afternoon|evening|next|this',
    'dead ..1 to ..1 the ..1 world',
    // lead31 probes: an authorization or a referral that lapsed ("my prior auth died"); a stuffy room.
    'auth|authorization|authorizations|referral|referrals|claim|claims|approval|coverage|script|rx ..2 died|dead|dying',
    // The holdout dd's administrative messages, read at the round's end: a baby's tooth cut; a phone drowned in the bath.
    'cut|cuts|cutting ..2 her|his|their|a|first|new|another|two|2 ..1 tooth|teeth|molar|molars',
    'drowned|drowning|drown ..1 my|the|her|his|our ..1 {device}',
    'heat|air|room|rooms|humidity|office|smoke|weather|mask|masks|car|bus|train|elevator ..2 is|was|s|are|were|so|kinda|really|super|just ..1 suffocating|stifling',
    // Asleep after a shift, said ahead (lead31, set db): "I'm gonna be dead to the world after my night shift".
    '{intent}|will|ll|gonna|going ..2 be ..1 dead ..1 to ..1 the ..1 world',
    'throw|throwing|chuck|chucking|toss|tossing ..2 my|the|this ..1 {device} ..3 off|out|across|through|into ..2 a|the ..1 {height}|window|wall|lake|river|ocean',
    // An end that is a place, a number or a date: "on my end", "the card ends in 4417", "end of the month".
    'on|at ..1 my|your|their|our|his|her ..1 end',
    'ends|ending|ended ..2 in|with ..1 {number}',
    'ends|ending|ended ..1 {number}',
    'end ..1 of ..2 the|this|next ..1 month|week|day|year|session|semester|quarter|shift|hall|hallway|block',
    'end of month|year|quarter|semester|business',
    // An insurance plan, named as one ("does my plan cover it?", "I'm on my dad's plan", "a PPO plan", "I might switch
    // plans", "my plan resets in July"). Never a plan that changes, starts or is made: that is how a plan of one's
    // own is told ("my new plan starts tomorrow").
    'on ..1 my|his|her|their|our|the|your|moms|dads|parents|husbands|wifes|spouses|partners|employers ..1 plan',
    'plan|plans cover|covers|covered|covering|pay|pays|paid|resets|renews|deductible|deductibles|id|member|coverage|premium|premiums|network|year',
    'dental|health|insurance|medical|ppo|hmo|epo|medicare|medicaid|advantage|supplemental|supplement|marketplace|employer|hdhp|bcbs|aetna|cigna|humana|united|kaiser|tricare|ambetter|anthem|molina|optum|insurers|payment|installment|sliding ..1 plan|plans',
    'switch|switching|compare|comparing|change|changing plans',
    'year|month|week|quarter ..1 end',
    // Quick, not fasting: "thanks for getting me in so fast".
    'so|too|really|very|super ..1 fast|quick',
    // Someone else's funeral, named as the day's event beside a request: "the funeral for my great aunt is
    // Monday", "my grandmother's funeral is Thursday", "a funeral to go to". The relative is named (the reader
    // drops the apostrophe: "grandmothers"), so one's own funeral ("my funeral", "planning my own funeral") is
    // never read so; a death told ("my aunt died") stays a bereavement a clinician reads (clinical-senses.ts).
    'funeral|funerals|wake|memorial|viewing ..1 for|of ..1 my|our|his|her|a ..2 {family}|{partner}|{child}|friend|friends|coworker|neighbor|grandmother|grandfather|aunt|uncle|cousin|great',
    'my|our|his|her ..1 mom*|mother*|dad*|father*|grand*|aunt*|uncle*|cousin*|brother*|sister*|friend*|neighbor*|coworker*|boss*|husband*|wife*|son*|daughter*|niece*|nephew* ..1 funeral|funerals|wake|memorial|viewing',
    'a|the ..1 funeral|wake|memorial ..3 to ..1 go|attend|get|travel|fly ..1 to',
    // A funeral one is away for ("out of town for a funeral", "I'll be at a funeral Friday"), or whose it is ("funeral
    // for an old friend from the Navy"). Never "the funeral" on its own ("songs for the funeral", "the funeral on
    // Friday will be mine") nor "my" or "own": those can be one's own (preparatory-acts.ts).
    'out ..1 of ..1 town|state ..2 for|at ..1 a ..1 funeral|wake|memorial',
    'have|got|attending|attend a funeral|wake|memorial',
    'to|at a funeral|wake|memorial {weekday}|tomorrow|today|tonight',
    'funeral|wake|memorial ..1 for|of ..1 an|a|my|our|his|her ..1 old|dear|close|good|family ..1 friend|friends|neighbor|coworker|family',
    // Rejoining a call ("I'll jump back on in 5"), a phone about to die, Wi-Fi that is dead (the reader reads
    // "wi fi"), keys locked in a car, running some minutes late, not holding one's breath for someone, leaving a
    // session feeling lighter, a baby screaming bloody murder: things and idioms, never an act on a person.
    'jump|jumping|hop|hopping ..1 back ..1 on|in ..2 {number}|min|mins|minute|minutes|sec|secs|second|few|once|when|shortly|soon|asap|call|zoom|session|meeting|video|link',
    '{device}|phones|batteries ..5 about|going|gonna ..1 to ..1 die',
    'wi ..1 fi ..4 is|was|s|are|went|esta|estaba|sigue ..2 dead|down|muerto|muerta|out',
    'locked|lock|left ..2 my|the|our ..1 keys ..3 in|inside ..2 the|my|our ..1 car|truck|van|house|apartment|office',
    // A garage or a lot that is a nightmare: hyperbole of a place, never how high it is or what runs in it.
    'garage|garages|lot|deck|structure ..2 is|was|s|been ..2 nightmare|zoo|hell|madhouse|circus|mess|chaos|disaster',
    'running|run ..3 {number}|few|couple|bit|little|min|mins|minutes ..2 late|behind',
    'not|never|wont|aint ..1 holding|hold ..1 my|our ..1 breath',
    'left|leave|feeling|feel|felt ..2 lighter',
    'screaming|screamed|scream|screams|yelling ..1 bloody ..1 murder',
    // Idioms of the desk: sorry to be a pain, a task that is a pain; my bad; a calendar or a card reader that ate
    // something; nobody got back or nobody at the desk; a flight or a card shot down; the worst week; that's
    // insane, a crazy schedule; dragging one's feet. A person in pain, "I'm a pain to everyone", "nobody cares",
    // "I'm the worst" and "got shot" are not these.
    'sorry|hate|hated ..2 to ..1 be ..1 a|such ..1 pain',
    '{thing}|{device}|it|this|that|scanning|parking|faxing|paperwork|insurance ..3 is|was|s|been ..1 a|such ..1 pain',
    'a|such|what ..1 pain ..1 in ..1 the ..1 neck|butt|rear',
    'my ..1 bad ..1 for|on|lol|haha|sorry|again|guys|yall|totally',
    '{device}|calendar|app|reader|machine|printer|spam|inbox|folder|fax|atm|kiosk|meter|email ..2 ate|eats|eaten ..1 it|them|my|the|your',
    'eaten|ate ..2 by ..2 {device}|spam|inbox|folder|calendar|app|printer|machine|reader',
    'nobody|noone|nobodys ..3 called|calls|answered|answers|answering|responded|responds|replied|replies|returned|emailed|texted|picked|got|gets|getting ..1 back|up',
    'nobody|noone|nobodys ..3 answered|answers|answering|responded|replied|returned ..2 my|the ..1 call|calls|email|emails|message|messages|voicemail|text|texts',
    'nobody|noone|nobodys|nadie ..1 at|en|is|s|esta ..2 desk|front|recepcion|reception|lobby',
    'flight|flights|card|request|claim|application|appointment|payment|plan|idea ..2 got|was|get|gets ..1 shot ..1 down',
    'worst ..1 week|weekend|day|month|commute|traffic|timing|luck|morning|monday|mondays',
    // A week or a day that was rough or crazy, said of the week ("sorry, rough week", "crazy work deadline"): never
    // of oneself ("I'm in a rough place" is not this).
    'rough|crazy|hectic|brutal ..1 week|weekend|day|month|morning|shift|semester|deadline|deadlines',
    'crazy ..1 work|busy',
    // Asleep on the couch and missing a call: fell asleep, past and told ("sorry I fell asleep and missed it").
    'fell ..1 asleep ..3 on|and|at|during|before|watching|early|couch|missed|reading',
    // Days, dates or a number mixed up; a mix-up at the desk ("I got my days mixed up", "think there's a mix-up").
    'days|dates|times|time|number|numbers|appointments|appointment|appt|appts|calendar|schedule ..2 mixed ..1 up',
    'mixed ..1 up ..2 my|the|our ..1 days|dates|times|appointments|appointment|appt|appts|calendar|numbers',
    'a ..1 mix ..1 up',
    // Done at an hour: a shift that ends ("electrician, done at 5", "I'm done at 9:30am now").
    'done at|by|around {time}|{number}|noon',
    // Forms that are done: "intake forms done! uploaded to portal".
    'form|forms|paperwork|packet|intake|questionnaire|questionnaires|survey|surveys|consent|consents ..2 done|finished',
    // A day one can no longer make: "he can't do Wednesdays anymore" (never "do this anymore").
    'do|make|come {weekday}|mornings|evenings|afternoons anymore',
    // Someone who drives one to sessions: "my grandson drives me and he can't do Wednesdays".
    '{family}|{child}|{partner}|friend|neighbor|ride|he|she|they|who|someone|somebody ..2 drives|drive|driving ..1 me|us ..3 {weekday}|here|there|today|tomorrow|appointments|appointment|appt|appts|sessions|session|office|and|but|so',
    // A card or a plan run by the desk: "can you run my new BCBS", "do not run the one on file", "run it again".
    'run|rerun|running ..3 card|cards|insurance|claim|claims|benefits|payment|eligibility|bcbs|aetna|cigna|humana|medicaid|medicare|file',
    'run|rerun it ..1 again|then|today|tomorrow|{weekday}',
    // A breakdown of a bill: "do you have a breakdown of my account?", "an itemized breakdown".
    'breakdown ..2 of|for ..3 account|bill|bills|charges|charge|balance|statement|costs|cost|fees|payments|invoice|eob',
    'itemized|cost|price|billing|payment|charge|charges|fee|fees ..1 breakdown',
    // A question that feels odd to ask: "is it weird to ask if I can do sessions from my car?".
    'weird|silly ..2 to ..1 ask|request|mention',
    // A card or an account frozen by a bank, a card eaten by a reader: "my bank froze my card".
    'froze|freeze|frozen|freezing ..2 my|the|our|that ..1 card|cards|account|accounts',
    'card|account|accounts ..2 is|was|got|s|been ..1 frozen',
    // An email, a text or a note shot to the desk: "shot the billing office an email", "I'll shoot you a text".
    'shot|shoot|shooting ..3 a|an ..1 email|text|message|note|dm|voicemail|fax',
    'shoot|shooting|shot ..1 over ..2 my|the|a|an|some ..1 availability|times|dates|form|forms|info|information|email|paperwork',
    'thats|its|that|this ..1 insane|crazy|nuts|wild|ridiculous|bonkers',
    'crazy|insane|nuts ..1 schedule|week|day|month|busy|times|traffic|morning',
    'dragging|drag|drags|dragged ..1 his|her|their|my|our|its ..1 feet',
    // A service named with what it costs, how it is booked or covered ("how much does a psych eval cost", "the
    // price for a psychiatric evaluation", "a copay for the med check", "prior auth for my med management
    // visits", "the ADHD testing fee", "a waitlist for the DBT group", "someone for anxiety", "start therapy for
    // my anxiety"). An evaluation asked for a court, a surgeon or a waiver, or whether a service would help, is
    // not one: it names no cost or booking, and stays with a clinician.
    'much|cost|costs|price|prices|pricing|fee|fees|rate|rates|copay|copays|charge|pay|cash|auth|authorization|preauthorization|covered|cover|accepted|accept|waitlist|book|booking|schedule|cita|costo|precio ..4 psych|psychological|psychiatric|neuropsych|neuropsychological|adhd|autism|med|medication|therapy|intake|diagnostic|evaluacion ..1 eval|evaluation|evaluations|assessment|assessments|testing|check|checks|management|np|provider|prescriber|nurse|de',
    'psych|psychological|psychiatric|neuropsych|neuropsychological|adhd|autism|med|medication|therapy|intake ..1 eval|evaluation|evaluations|assessment|assessments|testing|check|checks|management ..2 fee|fees|cost|costs|price|rate|rates|copay|visit|visits|appointment|appointments|appt',
    // A med-management visit booked, or a patient referred for one: "schedule with the nurse practitioner for a med
    // check", "referring a patient for med management", "my annual med review". Only a check, a management or a
    // review, after a word of booking or referral: what the prescriber should look at before one ("can the NP
    // look at my results before my med check?") is a clinical question, and an evaluation stays with a clinician.
    'schedule|scheduling|book|booking|referring|referral|refer|referred|annual|yearly ..6 med|meds|medication ..1 check|checks|management|review|reviews',
    'cita|citas ..2 de|para ..2 evaluacion',
    'dbt|cbt|emdr|trauma|grief|parenting|skills|teen|teens|adolescent|adult|womens|mens|support ..2 group|groups|class|classes|program|course|workshop',
    'dbt|cbt|emdr ..1 skills|support|therapy ..1 group|groups|class|classes',
    // A bill that confuses, a credit score a bill would tank, a half day taken for a visit.
    'bill|statement|charge|eob|invoice|balance|portal|form|email|text|reminder ..6 confused',
    'confused ..2 about|by ..3 the|my|this|that ..1 bill|statement|charge|eob|invoice|balance|portal|form|email|text|reminder|time|appointment',
    'confused ..3 who|what|why|how|which|where|whether|if ..3 owe|owed|pay|paid|bill|billed|charge|charged|balance|copay|statement|eob|insurance|deductible|appointment|portal|form',
    'tank|tanks|tanked|tanking|ruin|ruins|ruined|wreck|wrecks|hurt|hurts ..1 my ..1 credit',
    'take|taking|took ..1 a ..1 half|personal|sick ..1 day',
    // Everything covered by a plan, or done by message ("do everything by message"); lost on the way ("I got
    // totally lost last time"); lost track of a form.
    // (Never an errand done with everything: "filled everything early. Stockpile complete" is a store of pills,
    // and "signed everything over" or "sent everything" can be affairs put in order.)
    'insurance|plan|supplement|it|that|medicare|medicaid ..2 covered|covers|cover ..1 everything',
    'do|doing ..1 everything ..1 by|over|through|online|via ..2 message|messages|email|text|phone|portal|video',
    'got|get|getting ..2 lost ..3 last|time|driving|trying|finding|parking|building|gps|way|again|here|there|on',
    'lost ..1 track ..1 of ..2 it|them|the|my|this|that',
    // A child who cannot be left alone (the reason one cannot come), in English and Spanish; a thing that helps or
    // matters to the request ("if that matters"; never "in case": a mask of "in case it helps" lost a crisis of an
    // unseen set, where "in case" is the language of preparations); a legal matter; an underwriter breathing down
    // one's neck; a plan through a spouse; driving in to the office; a car that broke down and a week that was
    // horrible, in Spanish.
    'cant|cannot|couldnt ..1 leave ..1 him|her|them ..1 alone|home|by',
    'no ..1 lo|la|los|las ..1 puedo|podemos|puede ..1 dejar ..1 solo|sola|solos|solas',
    'if ..1 it|that|this ..1 matters|helps',
    'custody|legal|court|billing|insurance|business|personal|private|family ..1 matter|matters',
    'breathing ..1 down ..1 my|our ..1 neck|necks',
    'on ..2 my|her|his|our ..1 wifes|husbands|moms|dads|parents|partners|spouses|employers|familys|jobs ..1 plan|insurance|policy',
    'before|when|until|once|if|so|then ..1 i|we ..1 drive ..1 in',
    // Driving as getting somewhere, the trip or the weather named: "I'll be driving back from my sister's", "I
    // don't want to drive in the snow", "I'm not driving in that" (a storm), "I don't drive". What a drive is
    // towards (a bridge, traffic, a wall) is still read: only the drive is masked.
    'drive|driving|drove ..1 back|home ..1 from',
    'drive|driving|drove ..1 in ..2 the|this|that ..1 snow|ice|rain|storm|weather|hurricane|fog|dark|heat|sleet|blizzard',
    'not|dont|cant|wont|cannot ..1 driving|drive ..1 in ..1 that|this',
    'i|she|he|we|they ..1 dont|doesnt|cant|cannot ..1 drive',
    'se ..1 me|nos|le ..1 descompuso|descompuso|descompone|poncho|ponchó ..2 el|la ..1 carro|coche|compu|computadora|celular|telefono|llanta|camioneta',
    'semana|dia|mes|ano|manana|tarde|noche ..1 horrible|terrible|fatal|pesada|pesadisima',
    'me ..1 tiene|trae ..1 loca|loco ..2 con|el|la|mi|jefe|trabajo',
    'mi ..1 jefe|jefa|trabajo|chamba ..2 me ..1 tiene|trae ..1 loca|loco',
    'nada ..1 grave|serio',
    // "Esa" is the Spanish "that" ("si esa hora me queda bien", "para esa fecha"), not an ESA letter: after a
    // Spanish word that introduces it, or before a thing of the desk.
    'a|en|de|para|por|con|que|si|y|o|pero|es|como|sin|hasta|desde esa',
    'esa hora|cita|fecha|semana|vez|sesion|factura|carta|cuenta|tarjeta|persona|senora|doctora|terapeuta|opcion|manana|tarde|noche|direccion|clinica|oficina|forma|hoja|pagina|parte|cantidad|cosa|misma|aplicacion|llamada|consulta',
    // "Me toca" before what one has to do ("me toca caminar 30 minutos", "me toca trabajar"): one's turn, not a
    // touch. Never before a body or a person ("me toca la pierna"): a verb of the day follows.
    'me|nos|le ..1 toca|toco ..1 caminar|trabajar|pagar|ir|esperar|llevar|recoger|cuidar|hacer|salir|viajar|estudiar|cocinar|limpiar|cambiar|llamar|mandar|venir|tomar|quedarme|turno|cubrir|abrir|cerrar',
    // Always forgetting: "siempre se me olvida", "I always forget".
    'siempre|always ..3 forget|forgets|forgot|olvida|olvidan|olvido',
    // An age reached ("ya cumplió 18"): a birthday, not a life fulfilled.
    'ya ..1 cumplio|cumpli|cumple ..2 {number}|anos',
    // Deafness as a fact of access ("hard of hearing"); a tablet one joins from (a device, not a pill).
    'hard ..1 of ..1 hearing',
    'on|from|using|via ..2 my|her|his|the|a|our ..1 tablet|tablets|ipad',
    'therapy|therapist|counseling|counselor|someone|somebody|anyone|group|intake|consult|consultation|appointment|session ..2 for|with ..2 {condition}',
    // Nerves about a first visit, the visit named: "super nervous about my first appointment", "nerviosa por mi
    // primera cita". Nerves about the work of therapy ("nervous about the trauma work", "about stopping") are not.
    'nervous|anxious ..2 about|for|before ..2 my|her|his|the|our|their|this|tomorrow ..1 first|appointment|appt|session|visit|intake|consult',
    'nervous|anxious ..2 about|for|before ..2 my|her|his|the ..1 first ..1 appointment|appt|session|visit|day',
    'nerviosa|nervioso|nerviosos ..2 por|para|de ..2 mi|su|la ..1 primera ..1 cita|sesion|consulta|vez',
    // The same for starting therapy, and for nerves as a noun: "nervous about starting therapy", "un poco de nervios
    // por la primera cita".
    'nervous|anxious ..2 about|for|before ..1 starting ..1 therapy|counseling|sessions',
    'nervios ..2 por|para|de ..2 mi|su|la ..1 primera ..1 cita|sesion|consulta|vez',
    // Hyperbole: nearly had a stroke or a heart attack at a bill.
    'nearly|almost|practically ..1 had|having ..1 a ..1 (stroke|heart attack)',
    // A claim or a budget 'killed' (set aq, lead, 2026-12-05).
    'killing|killed|kill ..2 my|the ..1 claim|claims|budget|wallet|savings|credit',
    // Set at (admin9), the front desk's inbox. A pet kept by someone while one is away (a trip, not a pet given
    // away: "while I'm gone" may be a farewell, and is not read so).
    'keep|keeping|keeps|watch|watching|watches|take|taking|takes|feed|feeding|sit|sitting|walk|walking|board|boarding ..2 my|our|the ..1 {pet}|plants ..2 while|until|when|for ..3 away|traveling|travelling|vacation|trip|out|back|weekend|week|days|town',
    // A claim or a form sent back; "my bad" after a slip; a knee, a back or a connection that is bad.
    'kick|kicks|kicked|kicking ..1 it|them|that|this|those|claim|claims|form|forms ..1 back',
    'lol|haha|lmao|oops|oh|ugh|sorry|whoops|totally|again ..1 my ..1 bad',
    'a|my|the|his|her ..1 bad ..1 knee|knees|back|hip|hips|ankle|ankles|leg|foot|shoulder|wrist|cold|cough|flu|connection|signal|reception|wifi|storm|weather|traffic',
    // Reminders no longer coming; a child's solo at a concert; nobody called back.
    'getting|receiving|get|receive|got|gets ..4 texts|emails|reminders|reminder|messages|notifications|calls|mail|statements ..1 anymore',
    'recorder|piano|guitar|violin|dance|singing|trumpet|flute|drum|drums|cello|sax|saxophone|vocal ..1 solo|solos',
    'nobody|noone|nobodys ..2 called|answered|responded|replied|emailed|texted|returned|picked',
    // A divorce as papers and a court's dates: "when the divorce was finalized", "paperwork from the divorce".
    'divorce ..2 finalized|final|filed|decree|papers|paperwork|lawyer|attorney|mediation|settlement|proceedings',
    'paperwork|papers|decree|lawyer|attorney|mediation|settlement|court ..3 divorce',
    // Jittery from coffee; a newborn and no sleep; driving in twice a week; money stress; a website that overwhelms.
    'coffee|caffeine|espresso|energy ..6 jittery|shaky|wired',
    '{child}|newborn|baby|infant|toddler|twins ..3 zero|no|little|barely|hardly ..1 sleep',
    'driving|drive|drove ..1 in ..2 twice|once|every|each|daily|from|for|here',
    'stressed|stressing ..2 about|over ..1 money|bills|finances|cash|budget',
    'overwhelmed|overwhelming|confused ..2 by|with ..2 the|this|your|all ..2 website|site|portal|forms|paperwork|options|choices|app|list|therapists',
    // Nerves about a first appointment named before them ("First appointment is Tuesday and I'm so nervous"), or
    // before "a first appointment".
    'first ..1 appointment|appt|session|visit ..6 nervous|anxious',
    'nervous|anxious ..2 about|for|before ..1 a ..1 first ..1 appointment|appt|session|visit',
    // Feeling like death warmed over (a flu); locked out of an account; a train held for someone on the tracks.
    'feel|feels|feeling|felt|look|looks|looking ..2 like ..1 death|dead ..1 warmed ..1 over',
    'death|dead ..1 warmed ..1 over',
    'locked|lock|locking ..1 myself|ourselves ..1 out',
    'got|get|been|was|am|im|keep|keeps ..1 locked ..1 out',
    'held|delayed|stopped|stuck|holding ..4 someone|somebody|person ..2 on ..1 the ..1 tracks',
    // lead32 (set de): stuck behind a train on its tracks (never waiting for one); an app that crashed and lost a draft;
    // an intake form's question about firearms in the home.
    'stuck|held ..2 behind ..2 a|the ..1 train|trains|freight ..4 on ..1 the ..1 tracks',
    'crashed|froze|glitched ..2 and ..1 killed|deleted|wiped|erased|ate ..1 my|the ..2 draft|message|form|progress|upload|answers',
    'form|forms|intake|questionnaire|screening|paperwork ..4 asks|asked|asking|question|questions ..4 firearms|firearm|guns|gun|weapons',
    // lead31 (set db): an awareness walk or a table at one, volunteered for ("a table at the suicide prevention walk").
    'suicide ..1 prevention|awareness ..2 walk|walks|5k|run|fundraiser|fundraisers|table|booth|event|events|month|week|day|training|conference|gala',
    // Pipes, a car or a lock frozen in the cold.
    'pipes|pipe|car|truck|lock|locks|door|doors|windshield|engine ..2 froze|frozen|freeze|burst',
    // lead31: a train stopped on its tracks, or a car held at a crossing ("the train stopped on the tracks again by the
    // rail yard", "stuck at the railroad crossing"). Never a person waiting there: "stuck" or the train stopped only.
    'train|trains|freight ..2 stopped|stuck|sitting|stalled|parked|broke|broken|blocking ..1 on|in|down ..2 the ..1 tracks',
    'stuck|delayed|held ..2 at|by ..2 the|a ..1 railroad|railway|rail|train ..1 crossing|crossings',
    // A relative's heart attack or stroke, past: the day explained around a cancellation ("my mom moved in with us
    // after her stroke", "she had a heart attack last night (stable now)"). Someone having one now is not this.
    '{family}|{partner}|{child}|mom|dad|she|he ..3 had ..1 a ..1 (heart attack|stroke) ..3 last|yesterday|this|over|on|in|earlier|and|but|ago',
    'after ..1 her|his|their ..1 (heart attack|stroke|surgery)',
    // What is going on with a bill; "doesn't matter who" (any clinician will do); a private place to take a call.
    'whats ..1 going ..1 on',
    'doesnt|dont ..1 matter ..1 who|which',
    'private ..1 place|room|space|spot|area|location|office',
    'on ..2 his|her|their|dads|moms|parents ..1 plan|insurance|policy',
    // A baby or a dog asleep at the session; sleep after a night shift.
    'sleep|sleeps|sleeping|nap|naps ..1 under|in ..2 chairs|chair|table|desk|stroller|carrier|crate|carseat|car',
    'baby|newborn|infant|{number} ..2 months|month|weeks|wks|mo ..5 sleep|sleeps|nap|naps',
    'night|nights|overnight|graveyard ..1 shift|shifts ..6 sleep|sleeping|sleeps',
    // Looking 'dead' on a frozen call (recall13, gate av, 2026-12-05).
    'look|looks|looking|looked ..1 dead ..2 on ..1 screen|camera|video|zoom|call',
    // A service killed or wished gone (admin11, gate ay, 2026-12-05): "kill the autopay", "kill my subscription",
    // "unsubscribe me, kill it with fire", "make me disappear from your mailing list". A thing of the desk is named
    // after a determiner, so a person ("kill him", "kill myself") is never read so.
    'kill|killed|killing the|my|our|that|this|those|these|all|auto|paper ..2 autopay|pay|payments|payment|subscription|subscriptions|reminder|reminders|texts|emails|notifications|alerts|newsletter|newsletters|statements|mailings|mailing|list|lists|card|account|plan',
    'kill ..1 it ..1 with ..1 fire',
    'disappear|vanish ..2 from ..3 list|lists|newsletter|newsletters|mailing|emails|email|texts|database|system',
    // A thing that died that is not a device: "the whole thing just died". (A refill that is "dead" is not masked: the
    // mask would hide the prescription, which a clinician reads.)
    'whole ..1 thing ..2 died|dead|crashed|froze',
    // Someone who "would die" missing an event: "she'd die if she missed it", "my son would die if he missed his
    // game". The thing missed is an event, so "would die if she missed her insulin" and "I'd die if he left me" read.
    '{child}|{family}|{partner}|she|he|they|friend|friends ..1 would|will|d|ll ..1 die ..1 if ..2 she|he|they|we|i ..1 miss|missed|misses|missing|skip|skipped|skips ..2 it|game|games|practice|party|prom|recital|tournament|match|show|concert|trip|season|class|school|event|birthday|graduation|meet|playoffs|dance|sleepover',
    // lead41 (set em): one's own event one would die to miss ("I'll die if I miss my show"); the gap reads "I would" too.
    'ill|id|i ..1 die ..1 if ..2 i|we ..1 miss|missed|misses|missing|skip|skipped ..2 it|game|games|practice|party|prom|recital|tournament|match|show|shows|concert|trip|season|class|event|birthday|graduation|meet|playoffs|dance|finale|episode|program|soap|stories|bingo|movie|parade|brunch|lunch|dinner|potluck|cruise',
    // lead41 (set em): who is dead in a show, a finale or a book ("watching the finale tonight where the old queen is dead").
    'finale|episode|episodes|movie|series|film|season|show|novel|book|soap|miniseries ..1 where|when ..4 is|s|was|gets|got|are ..1 dead|killed|murdered',
    'is|s|was|are|were ..1 dead ..1 in ..2 show|shows|series|episode|finale|movie|book|season|game|soap',
    // lead41 probes (students): an exam, a class or a shift that "killed" one.
    'exam|exams|test|tests|midterm|midterms|final|finals|quiz|quizzes|class|lecture|lab|shift|workout|practice|hike|commute|homework|paper|essay|presentation|interview ..2 killed|destroyed|murdered|wrecked ..1 me|us',
    'shed|hed|theyd ..1 die ..1 if ..2 she|he|they|we|i ..1 miss|missed|misses|missing|skip|skipped|skips ..2 it|game|games|practice|party|prom|recital|tournament|match|show|concert|trip|season|class|school|event|birthday|graduation|meet|playoffs|dance|sleepover',
    // Admin12 (gate and tuning sets): sensitive words in another sense beside a request, each said of a named
    // thing. A link, a buzzer or a scheduler that is broken (never a bone: "is my wrist broken?" is not masked).
    'link|links|buzzer|elevator|elevators|portal|door|doorbell|intercom|printer|fax|camera|mic|website|site|app|kiosk|reader|machine|button|page ..4 is|was|s|seems|looks ..1 broken',
    'or ..1 is ..1 it ..1 broken',
    'is ..1 it ..1 broken ..1 or',
    // A machine, a garage or a dog that ate a ticket, a card or a statement.
    'garage|machine|reader|atm|meter|kiosk|printer|fax|dog|puppy|cat|app|portal ..2 ate ..1 my|the|it',
    'garage|machine|reader|atm|meter|kiosk|printer|fax|dog|puppy|cat|app|portal ..2 ate ..2 ticket|card|statement|bill|form|forms|paperwork|check|receipt',
    // Turned down ("shot down by 4 practices", "shot down by my insurance"), a long shot, sending a thing over.
    'shot ..1 down ..1 by|for',
    'shot ..1 in ..1 the ..1 dark',
    'shoot ..3 superbill|superbills|invoice|receipt|receipts|statement|statements ..1 over|to',
    // Coverage, a card or a link that was lost; a driver who is lost.
    'lost|lose ..1 my|the|our|his|her ..1 medicaid|medicare|insurance|coverage|card|link|password|login|ticket|receipt|paperwork|form|statement|bill|parking',
    'uber|lyft|driver|gps|cab|taxi ..2 is|got|s|was ..1 lost',
    // Bad weather or a bad connection.
    'bad ..1 weather|wifi|connection|signal|reception|traffic|storm|roads',
    'wifi|connection|signal|internet|reception ..2 is|was|s ..1 bad',
    // A med check is a kind of appointment: booking or moving one is the desk's (what the medicine does is not).
    'med ..1 check|checks',
    // Admin13: a plan that is an insurance or a phone plan, said as the thing that changes or lapses ("our plan
    // changed", "did my plan change?"): never a plan one has, is ready with or that starts ("I have a plan for
    // Friday", "my new plan starts tomorrow. cancel everything").
    'my|our|his|her|their|the|old|data|phone|insurance|health|dental|vision ..1 plan ..1 change|changed|changes|changing|renews|renewed|lapsed|lapses|switched|switches',
    'did|has|have|will ..2 plan ..1 change|changed|renew|lapse',
    // Admin13, admin12's leftovers. "Anymore" of a slot, a number, an address or driving: "she can't do the Wednesday
    // 3:00 anymore", "it's not mine anymore", "don't send anything to my old address anymore", "she doesn't drive
    // anymore" (never "do this anymore": the mask holds the slot, so a rule of "this" and "anymore" stands).
    'do|make|come ..2 {weekday}|mornings|evenings|afternoons|slot|slots|{time} ..2 anymore',
    'not ..1 mine|ours|hers|his|theirs|current|valid|active ..1 anymore',
    '{neg}|stop ..1 send|sending|mail|mailing|email|emailing|text|texting ..6 address|number|phone|email|house|apartment ..1 anymore',
    'drive|drives|driving ..1 anymore',
    // A heart that sank or "a heart attack" at a bill; a "shoot" that is an exclamation ("shoot, I think I put the
    // wrong email", "don't shoot the messenger"); "shot" as worn out or ruined (hands that are shot, shot after a
    // double shift, an afternoon shot). A heart that races with chest pain, shooting oneself and being shot stay.
    'heart ..1 sank|dropped ..1 when ..2 saw|opened|got|read|checked ..2 bill|bills|statement|invoice|charge|charges|price|total|balance|eob',
    'heart ..1 sank|dropped ..1 at ..2 bill|bills|statement|invoice|charge|charges|price|total|balance|eob',
    'bill|bills|statement|invoice|charge|price|total|balance|cuenta|factura|cobro ..3 me|gave|give|giving ..2 a|un ..1 heart ..1 attack',
    'shoot ..1 i ..1 think|forgot|missed|put|sent|typed|wrote|did|just|left|gave|entered',
    'dont|do|not ..1 shoot ..1 the ..1 messenger',
    'hands|hand|knees|knee|back|eyes|nerves|wrist|wrists|voice|feet|shoulder|shoulders ..2 are|is|s|were ..1 shot',
    'be|am|im|feel|was ..1 shot ..1 after|from ..2 this|the|a|my|that ..1 double|shift|shifts|week|class|trip|flight|drive|workout',
    'shot ..1 my|the ..1 whole ..1 afternoon|day|morning|week|evening|schedule|weekend',
    // Checking out of a hotel or a hospital (recall17): a stay ended, not a life.
    'checked|check|checking out of the|our|my hotel|motel|airbnb|library|hospital',
    'checked|check|checking out of the|our|my hotel|motel|airbnb|library|hospital early|late|today|yesterday',
    // A class on keeping a gun locked away is a desk matter (a gun named with a wish, a plan or a time still is not).
    // Words side by side only: a gap would let a statement in between hide under the mask.
    'gun|firearm|firearms|handgun|hunter safe|safety class|course|training|certification|certificate',
    // An insurance, a payment or a desk plan one has (recall19): "I have a plan with Aetna", "through work", "under
    // my husband", "on the exchange", "a plan that covers therapy", "plan G", "a plan to pay it off". Words side
    // by side, the subject included, since the plan rule reads "i have a plan" and nothing after it.
    'i|ive|id|he|she|hes|shes|they|theyve|yes|yeah|yep|ya|yea|son|daughter|kid|teen|brother|sister|friend|husband|wife have|has|got|had a plan with|through|thru|from|under|on|via|at|by|b|g|f|n|k|c|d',
    'i|ive|id|he|she|hes|shes|they|theyve do|does|did|kinda|already|def|definitely|actually|finally|still|really|just|sorta|lowkey|now|also|even|totally|honestly have|has|got|had a plan with|through|thru|from|under|on|via|at|by|b|g|f|n|k|c|d',
    'i|ive|id|he|she|hes|shes|they|theyve|yes|yeah|yep|ya|yea|son|daughter|kid|teen|brother|sister|friend|husband|wife have|has|got|had a plan that|which covers|cover|pays|includes',
    'i|ive|id|he|she|hes|shes|they|theyve do|does|did|kinda|already|def|definitely|actually|finally|still|really|just|sorta|lowkey|now|also|even|totally|honestly have|has|got|had a plan that|which covers|cover|pays|includes',
    'i|ive|id|he|she|hes|shes|they|theyve|yes|yeah|yep|ya|yea|son|daughter|kid|teen|brother|sister|friend|husband|wife have|has|got|had a plan to|for pay|paying|payment|payments|cover|covering|come|coming|get|getting|switch|switching|call|calling|bring|bringing|pick|talk|discuss|catch|reschedule|move|moving|drop|start|starting|save|saving',
    'i|ive|id|he|she|hes|shes|they|theyve do|does|did|kinda|already|def|definitely|actually|finally|still|really|just|sorta|lowkey|now|also|even|totally|honestly have|has|got|had a plan to|for pay|paying|payment|payments|cover|covering|come|coming|get|getting|switch|switching|call|calling|bring|bringing|pick|talk|discuss|catch|reschedule|move|moving|drop|start|starting|save|saving',
    'i|ive|id|he|she|hes|shes|they|theyve|yes|yeah|yep|ya|yea|son|daughter|kid|teen|brother|sister|friend|husband|wife have|has|got|had a plan for|to the|my|this|that|our|your|his|her balance|bill|bills|copay|copays|payment|payments|fee|fees|deductible|invoice|account|session|sessions|appointment|appointments|intake|paperwork|forms|insurance|schedule|visit|visits|pickup|commute|parking',
    'i|ive|id|he|she|hes|shes|they|theyve do|does|did|kinda|already|def|definitely|actually|finally|still|really|just|sorta|lowkey|now|also|even|totally|honestly have|has|got|had a plan for|to the|my|this|that|our|your|his|her balance|bill|bills|copay|copays|payment|payments|fee|fees|deductible|invoice|account|session|sessions|appointment|appointments|intake|paperwork|forms|insurance|schedule|visit|visits|pickup|commute|parking',
    // Ways to do something named (recall19): thinking of ways to pay, looking up ways to get here (never methods).
    'thinking|think|thought|thinkin|looking|looked|researching of|about|up|into ways to|of|for|around|that|we|you|the|my|our|this|in|other',
    // Staying on a list, in a network or with a therapist (recall19): the point of a desk thing doubted, not of living.
    '{neg} see the|any|much point of|in staying|sticking on|in|with|at|for|late|home|until|till|through|over|overnight|the|a|an|this|that|my|your|so|to|after|open|inside|out|up|covered|enrolled|insured|subscribed|signed|registered|listed',
    'whats|what the point of|in staying|sticking on|in|with|at|for|late|home|until|till|through|over|overnight|the|a|an|this|that|my|your|so|to|after|open|inside|out|up|covered|enrolled|insured|subscribed|signed|registered|listed',
    'no point of|in staying|sticking on|in|with|at|for|late|home|until|till|through|over|overnight|the|a|an|this|that|my|your|so|to|after|open|inside|out|up|covered|enrolled|insured|subscribed|signed|registered|listed',
    '{neg} see the|any|much point of|in being|staying here|around for|in|at|during|if|when|with|without|every|each|just|only|the|a|an|my|to|until|till|so|because|since|after|before|all|another|twice',
    'whats|what the point of|in being|staying here|around for|in|at|during|if|when|with|without|every|each|just|only|the|a|an|my|to|until|till|so|because|since|after|before|all|another|twice',
    'no point of|in being|staying here|around for|in|at|during|if|when|with|without|every|each|just|only|the|a|an|my|to|until|till|so|because|since|after|before|all|another|twice',
    // A title signed over in a sale (recall19: "I signed over my car title when I sold it" went on call); a debt to the
    // practice paid off; life insurance asked about for therapy; what the ER or the doctor said ("Mom fell and hit her
    // head, the ER said she's fine" read the ER's words as a voice's). Words side by side.
    'signed over the|my title|deed when|after|because|since|as|once i|we sold|traded|sell',
    'signed over the|my car|truck|house|boat|bike|van title|deed when|after|because|since|as|once i|we sold|traded|sell',
    'signed over the|my title|car|truck|house|deed to the|a buyer|buyers|dealer|dealership|dmv|new',
    'signed over the|my car|truck|house|boat|bike|van title|deed to the|a buyer|buyers|dealer|dealership|dmv|new',
    'paid|pay|paying off everything|all i|we owed|owe you|yall|ya|u',
    'paid|pay|paying off everything|all i|we owed|owe the|my practice|office|clinic|balance|therapist',
    'life|lyfe insurance cover|covers|covered|pay|pays|reimburse|reimburses therapy|sessions|counseling|copays|copay|visits|treatment|appointments|rehab|meds|medication',
    'life|lyfe insurance to|for pay|cover for therapy|sessions|counseling|copays|copay|visits|treatment|appointments',
    'the ER|er|hospital|doctor|doctors|nurse|nurses|pediatrician|paramedics|emts|urgent said|says|told',
    // Set bf (admin14), by kind, each beside its twin in the tests. The emergency room as where a bill or a visit's
    // charge came from ("a bill from the emergency room", "the ER visit's statement"): a stomach pumped there,
    // being in the ER now, or being told to go stay a crisis.
    'bill|bills|statement|statements|charge|charges|invoice|invoices|copay|copays|balance ..2 from|for ..1 the|an|my ..1 emergency ..1 room',
    'emergency ..1 room ..1 bill|bills|statement|statements|charge|charges|invoice|invoices|copay|copays|balance|visit|visits',
    // Health words used for the desk's logistics (admin14, second batch): a med list sent to a pharmacy, med
    // management named as a service, a card's Rx BIN, a therapist on maternity leave, papers the desk needs from the
    // writer, a covid test that came back positive. Saying what the medicines do, or how one is, stays a clinician's.
    'send|fax|share|forward|copy|update|need|needs ..3 med|medication|medications|meds ..1 list|lists',
    'the|my|his|her|their|a|current|last|updated|latest ..1 med|medication|medications ..1 list|lists',
    'med|medication ..1 management|mgmt',
    'rx ..1 bin|pcn|grp|group|id',
    'prescriber|prescribers|prescribing ..1 info|information|name|npi|details|number|fax|contact|address',
    'on|taking|take|started|starting|from|after ..1 maternity|paternity|parental ..1 leave',
    'documentation|paperwork|proof|documents ..3 need|needs|needed|require|requires ..2 from ..1 me|us',
    'tested|test|tests|testing ..1 positive ..2 for ..1 covid|flu|strep|rsv|influenza',
    // A call frozen on one's end, a desk worker who deserves a medal, a week hoped to be going better than one's own.
    'frozen|froze|freezing ..1 on ..1 your|my|our|their ..1 end|side|screen',
    'deserves|deserve ..1 a ..1 medal|raise|award|prize|bonus|trophy',
    'week|day|weekend|morning|afternoon|month|monday ..1 is|s|has|been ..1 going ..1 better|well|good|great|smoothly',
    // Driving, taking and quitting said of the day's logistics (admin14, third batch): a 40-minute drive, parked not
    // driving, driving a school bus, unable to drive for a week after surgery; a map or a form that took one an hour
    // or ten tries; a landline or a coworker that quit; how fast a bill was fixed. Driving into or off something,
    // taking pills, quitting one's medicines and fasting are not these.
    '{number} ..1 min|mins|minute|minutes|hour|hours|hr|hrs|mile|miles ..1 drive|commute',
    'parked ..1 not ..1 driving',
    'drive|drives|driving ..1 a|the ..2 bus|truck|van|cab|taxi|semi|forklift|dually|tractor|ambulance|route',
    'unable|able|cant|cannot ..2 drive ..1 for ..2 a|two|three|{number}|the|after|while|until',
    'took|takes ..1 me|us|them|him|her ..1 {number}|an|a|like|about|forever|ages|hours|minutes|tries',
    'took|takes ..1 {number} ..1 min|mins|minutes|hour|hours|tries|attempts|calls',
    'gps|maps|google|waze|navigation|uber|lyft|bus|app ..2 took|takes ..1 me|us ..1 to',
    'landline|phone|car|engine|battery|printer|laptop|computer|guy|coworker|receptionist|nanny|sitter|babysitter quit|quits',
    'how|so|super|really ..1 fast ..1 you|yall|they|it|the|someone',
    'reach|contact|get ..2 someone|somebody|anyone|you ..1 fast',
    // The desk asked whether it does a thing ("does your office do that or do I call my insurance?"): the desk's act.
    'office|desk|billing|staff|team|yall ..1 do|does|handle|handles ..1 that|this|it',
    // A condition named as the reason for a referral, an opening or a group (admin14, fourth batch): "his
    // pediatrician referred us for anxiety", "openings for an 11-year-old with anxiety", "the anxiety group". How
    // the child is, what the condition makes one do, stays a clinician's.
    'referred|refer|refers|referring|referral ..2 for|with ..1 {condition}',
    '{number} ..1 year|years|yr|yrs|yo ..1 old ..1 with|for ..1 {condition}',
    '{condition} group|groups|program|programs|class|classes',
    // A link or a text cut off on the screen.
    // Covered under one's plan, dropped from a parent's plan: an insurance plan, not a plan of one's own ("my plan
    // is set" stays); an autopay or a bank that took money twice; a question that will "sound dumb".
    'covered|cover|covers|coverage|insured ..2 under|by|through|on ..1 my|our|the|his|her|their|parents ..1 plan|plans',
    'got|was|been|get|getting kicked|dropped|booted off ..3 plan|plans|insurance|policy|coverage|medicaid|medicare',
    'autopay|bank|card|account|system|portal|app|insurance|pharmacy|it|they took|charged|pulled|withdrew ..1 money|payment|payments|twice|out',
    'sound|sounds|sounding ..1 dumb|stupid|silly|weird',
    'text|texts|url|address|email|name|number|page|message|link ..1 is|was|got|gets|keeps|looks|seems ..1 cut ..1 off',
    // A feeling whose cause is a bill or a fee named beside it ("this bill is stressing me out", "freaking out a
    // bit about the bank fees"): stress that is the desk's. Everything stressing one, or stress with no sleep, is not.
    'bill|bills|statement|invoice|charge|charges|balance|fee|fees|copay|deductible|eob|superbill|notice|letter|paperwork ..1 is|s|was|has|been|keeps ..1 stressing|freaking ..1 me|us ..1 out',
    'freaking|freaked|stressing|stressed ..1 out ..2 about|over ..2 the|these|those|my|this|that ..2 fee|fees|bill|bills|charge|charges|balance|statement|copay|deductible|payment|payments|claim|claims',
    // Confused which link, form or portal is right: the desk's to answer ("im confused which is right for tmrw").
    'confused ..1 which|what ..1 link|links|one|form|forms|portal|app|time|date|is ..2 right|correct|the',
    'confused ..1 because|why ..2 your|the|my|his|her ..1 name|office|practice|clinic|logo ..2 is|s|was|on',
    // Taking oneself out somewhere (recall19): to dinner, for a walk, on a date.
    'im|i|ill|id|ima|imma going|gonna|might|will|wanna|want|need|about|ready|could|should|gotta|finna to take myself out to|for|on|with|shopping|somewhere|today|tonight|dancing|again',
    'im|i|ill|id|ima|imma going|gonna|might|will|wanna|want|need|about|ready|could|should|gotta|finna take myself out to|for|on|with|shopping|somewhere|today|tonight|dancing|again',
    // A date picked for something named (recall19): a move, a surgery, the intake.
    'i|ive|we|weve have|got a|the date picked|chosen|set out for|to|with',
    'i|ive|we|weve have|got a|the date picked|chosen|set for|to|with',
    // One's last week at a job or with an insurer (recall19).
    'this is|s my last week|day|month|weekend at|with|of|on|before|in|working',
    // Not waking up early for a slot (recall19): "it would be nice to not wake up at 5".
    'nice|good|easier|better to not wake up at|for|early|before|so|until|with|when',
    // Beside recall21's kinds (2026-12-05): tried again to do a thing ("tried again this morning to take my meds
    // with food"), not an attempt told; this time doing it right, not an intent said of nothing.
    'tried|attempted ..1 again ..1 (this morning|last night|today|yesterday|tonight|this weekend|last weekend) ..1 to ..1 sleep|take|log|call|reach|pay|get|book|eat|wean|taper|skip|switch|lower|fill|upload|sign',
    'this ..1 time ..1 (im going to|im gonna|ill|i will|im|going to|gonna|we will|were going to) ..1 do ..1 it ..1 right|properly|better|differently|correctly|online|early|first|together',
    // precision15 (2026-12-05): administrative messages that went on call, by kind of ordinary sense. Each mask names
    // every word the risk rules found and stays within the thing it names; a person, a means, a place or a day
    // aimed at stays read (the twins are in tests/boundaries/triage/neighbours/hyperbole-by-kind.test.ts).
    // "Kill me now" or "shoot me" beside a slip one made (a wallet left at home, a double booking).
    'kill|shoot me now i ..1 double|forgot|blanked|overslept|missed|booked',
    'kill|shoot me now i left my ..1 card|wallet|keys|insurance|id|purse|checkbook',
    'kill|shoot me i ..1 double|forgot|blanked|overslept|missed|booked',
    'kill|shoot me now lol|haha|lmao|lmfao',
    // A child, a boss or a coach who will "kill me if I" make them miss a game or am late (a partner or a parent who
    // will is read: a threat at home is written the same way).
    '{child}|boss|manager|supervisor|coach|teacher ..2 (going to|gonna) kill|murder|strangle me if i|we|this|my ..3 miss|missed|forget|forgot|late|skip|collections',
    '{child}|boss|manager|supervisor|coach|teacher ..2 (going to|gonna) kill|murder|strangle me for scheduling|booking|making|missing',
    // Friends, a team or a club who would "kill me if I missed it" (lead26, set cs: "my bridge club ... the girls would kill
    // me if I missed it"); a partner, a parent or "he" or "she" who would is read.
    'girls|guys|friends|ladies|team|teammates|club|crew|group|class|everyone|everybody ..3 would|will|gonna|d|ll ..2 kill ..1 me ..2 if ..2 i|we ..2 miss|missed|skip|skipped|forgot|forget|cancel|cancelled|canceled|bailed|bail',
    // Kicking oneself over a slip (lead26, set cs: "I could kick myself for forgetting my appointment AGAIN").
    'could|gonna|wanna|should|shoulda|coulda|would|want|going|can ..3 kick ..1 myself',
    'kick|kicking|kicked ..1 myself ..2 for|over|about|because|bc',
    // Dead tired, a dead man if a slip is found out, dead today after shifts, "I'm dead" beside the slip.
    '{wish}|{intent}|ready ..3 dead tired',
    '{intent} ..3 dead man|woman|meat if i|im ..2 miss|forget|forgot|skip|late|mess',
    'dead man|woman|meat if ..3 finds out ..2 forgot|missed|skipped|mixed',
    'im|i|am totally|so|completely|absolutely dead today|tonight',
    'im|i|am totally|so|completely|absolutely dead after my|this ..2 shift|shifts|week|exam|exams|double|doubles|finals ..1 lol|haha|lmao',
    'lol|lmao|haha|lmfao|bro|omg im|i|am ..1 dead i ..2 just|realized|paid|booked|forgot|slept|totally|double|overslept',
    'lol|lmao|haha|lmfao|bro|omg im|i|am ..1 dead totally|completely forgot',
    // A thing that will be the death of one (snow, the holidays, a telehealth link), a time slot or death, sounding
    // like death with a cold; an old number that is dead (a refill that is dead is in clinical-senses.ts).
    'snow|weather|heat|holidays|holiday|thing|telehealth|traffic|commute|job|work|school|winter|paperwork|portal|app|bill|bills|insurance|insurer ..4 be the death of me',
    '{time}|{number} or death',
    'sound|sounds|sounding like death',
    'old ones dead',
    'old one is|was dead',
    // Bills and statements that are a killer, traffic that has been murder, gas money killing one, hold music that is
    // going to kill one, a schedule killing one's child.
    'statement|statements|invoice|invoices|bills|balance ..1 was|is|s a killer',
    'bill|statement|invoice ..1 for ..4 session|sessions|visit|visits|month ..1 is|was|s a killer',
    'traffic|commute|drive|parking|weather|week ..3 been murder|brutal',
    'gas|rent|tolls|tuition|premium|premiums ..1 money|prices|bill|bills|costs ..1 is|are|s killing me|us',
    'gas|rent|tolls|tuition|premium|premiums is|are|s killing me|us',
    'music|hold|wait|waiting|waitlist|paperwork|snow|heat|traffic|commute|bill|bills|copay|deductible|fee|fees|portal|app|forms ..3 (going to|gonna) kill me|us',
    'schedule|classes|finals|exams|commute|homework ..3 is|s|are|been killing him|her|them ..1 lol|haha',
    // Eager: would kill for a slot or a coffee, kill to get back in with a clinician.
    'id|would|could kill|murder for a|an|that|this|the ..1 slot|spot|appointment|opening|time|coffee|nap|latte|donut',
    'id|would|could kill|murder for it honestly|lol|haha|tbh',
    'kill|murder to get back in|into with',
    'murder|kill a|an coffee|beer|burger|pizza|taco|tacos|sandwich|nap|latte|donut|snack',
    // Idioms: shooting oneself in the foot, hanging by a thread financially, the end of one's rope with an insurer,
    // a tablet thrown off a bridge, a bridge crew, killing oneself running to be on time.
    'shoot|shot|shooting myself in the foot',
    'hanging by a thread financially|money|moneywise|budget',
    'budget|account|finances|bank|wallet|savings|credit|coverage|insurance ..2 hanging by a thread',
    'end of my rope with my|the|this ..1 insurance|insurer|billing|portal|claim|claims',
    '(going to|gonna) throw|chuck|toss this|my|the tablet|laptop|phone|printer|computer|ipad|keyboard|monitor|router|modem|remote ..1 off|out a|the|of ..1 bridge|window',
    'im|i|am|were on|at the bridge crew|job|project|site|construction|repair|inspection|team',
    'killing myself (running|working|studying|trying to hit|trying to finish|trying to meet|trying to catch)',
    'one|office|building|clinic|practice|entrance|suite ..2 (next to|across from|beside|behind) the gun shop|store|range',
    // Trainings a school or a unit books; shopping overdone; a relative's funeral; one's own child picked up
    // at a time.
    'suicide|overdose prevention|awareness ..2 training|trainings|workshop|workshops|course|courses|class|classes|talk|talks|presentation|presentations',
    'overdosed|overdose|od on (christmas shopping|holiday shopping|shopping|netflix|tv)',
    'my abuelas|abuelos|grandmas|grandpas|moms|dads|uncles|aunts|cousins|brothers|sisters|friends|neighbors|grandmothers|grandfathers|tias|tios funeral|memorial|wake',
    // Said of hanging up a call ("he will come at 5 to grab my kid" or "he leaves at 5 to grab my kid" stays read).
    'hang|log up|off at ..3 to grab|get my|the {child}',
    'rather die than miss|sit|wait|pay|fill|deal|drive|call|reschedule',
    // A car battery jumped; dying to vent about the in-laws; an account on life support; "I'm dying, I just walked
    // into the wrong office" (a slip told at once).
    'wait|waiting|need|needs|get|getting|got for a jump',
    'jump|jumped|jumping the|my car|battery',
    'jump start|started|starting|starter',
    'dying to vent|chat|catch|gossip',
    'account|wallet|budget|bank|finances|savings|card|credit ..2 on life support',
    'im|i|am dying i just ..1 walked|paid|booked|showed',
    // Admin16 (2026-12-06): a word a clinical or crisis rule names, in its administrative sense, said with the
    // administrative word beside it (a record that exists and is copied, a date, a plan that is insurance, a
    // program, an office). The mask covers the pair only: "my treatment isn't working", "can you change my
    // diagnosis", "I lost my meds", "the chip in my head" read as before.
    // Records that exist, copied or released: a copy of a treatment summary, treatment records faxed under a
    // release. Writing one ("I need a treatment summary for court") stays the clinician's, and so does a treatment
    // plan, even copied: "a copy of my treatment plan? I'd like it updated" points back to a plan to change.
    'copy|copies ..1 of ..3 treatment ..1 records|summary|summaries|history',
    'release|releasing|released|fax|faxing|faxed|send|sending|sent|request|requesting|requested|transfer|mail|mailed ..3 treatment ..1 records',
    'treatment ..1 records ..3 release|released|faxed|sent|transferred|request|requested|authorization',
    // Dates and summaries of the desk: treatment dates, dates of service, a visit summary, a billing summary.
    'treatment|service|attendance|session|visit ..1 dates|date',
    'dates|date ..2 of ..1 treatment|service|services|attendance',
    'visit|billing|account|payment|payments|statement|annual|yearly|tax|claims|after ..1 summary|summaries',
    'summary|summaries ..2 of ..2 charges|payments|visits|services|sessions|benefits|account|claims|balance',
    // CHIP, the children's health insurance program, named as insurance ("CHIP renewal", "Medicaid to CHIP").
    'chip ..2 insurance|plan|renewal|renew|card|coverage|medicaid|application|enrollment|number|id|member|copay',
    'medicaid|insurance|coverage|plan|seguro ..2 to|or|and|from|a|o|y|de ..1 chip',
    'accept|accepts|take|takes|covered|cover|covers|aceptan|acepta|cubre|tiene|tienen|tengo ..3 chip',
    // A wellness program of an employer (a reimbursement, a stipend), or a clinic named for wellness.
    'wellness ..1 program|programs|reimbursement|reimbursements|center|centre|benefit|benefits|stipend|incentive|eap|account|credit|dollars|portal|plan',
    // A Blue plan ("Florida Blue"), or a thing left behind that is blue.
    'florida|anthem|highmark|premera|regence|carefirst|excellus|wellmark|horizon|independence|capital|arkansas|minnesota|massachusetts|michigan ..1 blue',
    'blue ..2 umbrella|scarf|jacket|coat|bag|backpack|folder|awning|door|sweater|hat|car|mug|bottle|pen|binder|purse|wallet|notebook|lunchbox|gloves|hoodie|building|sign|envelope|card|form',
    // The psychiatric prescriber or office named as whom one sees ("the psych NP", "the psych office").
    'psych ..1 np|nps|provider|providers|prescriber|office|department|dept|team|nurse|appointment|appt|appointments|appts|intake|waitlist',
    // A thing mislaid: a card, a paper, a link, the connection. Never a medicine, a mind, a will or a person.
    'lost|lose|losing|misplaced ..3 paper|papers|card|cards|keys|key|wallet|receipt|receipts|link|links|login|password|address|ticket|badge|form|forms|letter|slip|folder|email|emails|voicemail|umbrella|scarf|jacket|glasses|charger|connection|signal|wifi|internet|audio|video|paperwork|invoice|bill|copy',
    'lost|lose|losing ..2 my|the|our|his|her ..1 insurance|coverage|medicaid|medicare|spot|slot|appointment|reservation',
    // Proof or verification of treatment or attendance for a school, an employer or an insurer ("my son's school
    // needs proof he's in counseling", "medicaid asks for proof of treatment", "treatment verification"): a fact the
    // desk confirms. A letter about the treatment stays the clinician's (letters-forms-clinical.ts).
    'proof|verification|confirmation ..1 of ..1 treatment|counseling|therapy|attendance|sessions',
    'proof|verification|confirmation ..3 in ..1 treatment|counseling|therapy',
    // An absence excused or a leave of absence: a school's or an employer's word.
    'excused ..1 absence|absences',
    'leave ..1 of ..1 absence',
    'treatment|attendance ..1 verification|confirmation',
    // A diagnosis code asked about as a line of a bill: a copy of the codes, a bill showing them, a claim denied about
    // one. What a diagnosis means stays a clinician's.
    'copy|copies|showing|shows|about|listed|list|denied ..3 diagnosis|diagnostic|dx ..3 code|codes',
    // Confused by a bill, a form or a letter of the desk, never by oneself or one's medicine.
    'confused|confusing ..1 by|about|with ..3 eob|explanation|estimate|bill|billing|statement|invoice|letter|charge|charges|form|forms|portal|insurance|copay|balance|superbill|claim|benefits|email|message',
    // Everything ready or set up for a session, a call or the day (lead24): the errand's preparations, not a plan's.
    'everything|all|it ..3 ready|set|setup ..3 for ..2 session|sessions|appointment|appt|appointments|zoom|call|visit|intake|telehealth|meeting|class|school|work|interview',
    // Cover, a lease or a job that ends on a date (lead24: "my insurance ends the 31st, I'll have cobra after" went on
    // call as an ending with a time and an intent). "plan" only as itself: "not planning the ending" is not a plan's end.
    'insurance|coverage|lease|=plan|policy|benefits|contract|job|semester|subscription|membership|medicaid|medicare|cobra|card|authorization|auth|referral|marketplace|tricare ..2 ends|ending|ended|end|expires|expiring|expired|runs|terminates|terminated|lapses',
    // Game taken in season (lead24: "my husband shot a deer this weekend so we'll be late Monday").
    'shot|shoot|shooting|killed|kill|got|bagged|hunting|hunt ..2 a|my|his|her|the|our|first ..1 deer|buck|doe|elk|turkey|hog|duck|ducks|pheasant|moose|quail|dove|doves',
    // Giving up on a thing of the desk (lead24d): the portal, the login, the parking.
    'give|gave|giving|given ..1 up ..1 on|trying|looking|finding|calling ..3 {device}|{inanimate}|portal|link|parking|form|forms|login|password|website|spot|hold|insurance|phone',
    // lead27 (admin probes written from desk work, 2026-12-06): errands and arrangements in everyday words. A ride, a
    // sitter or plans that fell through; losing track of dates; a link or an elevator broken (never a phone, a tablet
    // or a door: one broken by a partner is control, intimate-partner-violence.ts); a map or a link that took one
    // somewhere; another's insurance plan one is on; picking someone up (never a refill or "them": "picked up all 3
    // refills at once" stays on call); everything going on at work. Each covers its own words only: "my plans fell
    // through and I have the pills" still reads the pills.
    'ride|rides|sitter|babysitter|nanny|childcare|daycare|carpool|plans|plan|trip|flight|lift|transportation|uber|lyft ..2 fell|falls|falling ..1 through',
    'lost|lose|losing|loses ..1 track',
    'broken ..1 link|links|url|button|page|form|portal|app|site|website|elevator|printer|buzzer|heater|ac|gate|intercom',
    'it|{device}|{inanimate}|map|maps|gps|app|waze|directions|address|pin|link|uber|lyft|bus|train|sign|signs ..2 took|takes|take|taking|brought|brings|sent|sends|sending ..1 me|us ..2 to',
    'have|has|had|use|using|under|through|with|got|keep|keeping|stay|staying ..2 moms|dads|parents|husbands|wifes|spouses|partners|employers|mothers|fathers|boyfriends|girlfriends|fiances|jobs|works|companys|unions ..1 plan|plans|insurance|policy|coverage',
    'picking|pick|picks|picked ..1 up ..2 kids|kid|son|daughter|children|{child}|{family}|brother|sister|grandkids|nephew|niece|him|her',
    'picking|pick|picks|picked ..1 him|her|kids|us ..1 up',
    'keeps|keep|kept ..1 picking ..1 up',
    'with everything|all|stuff going on ..2 at|with ..2 work|job|school|holidays|move|office|schedule',
    // lead27 (sets cv, cw): a week, a season or a place that is crazy, a zoo or a nightmare (never one's life or head); a
    // thing that will be the death of one or kill one's budget; "so dead if I miss this bus"; losing one's mind with an
    // insurance company; a calendar that wiped everything; a phone that will die in a canyon; a tire blown; a dead page;
    // a diploma hung up; a shot at getting there; killing it at work; a double shift pulled; a brother threatened over a
    // car he took (never a partner or a child: a partner who takes the keys is control, intimate-partner-violence.ts).
    'season|week|weekend|month|traffic|schedule|day|today|downtown|town|road|roads|highway|freeway|commute|rail|train|bus|house|here|office|work|shift|shifts|morning|mornings|store|parking|lot|airport|campus|dorm ..3 is|s|been|was|are|were|its ..3 crazy|insane|nuts|wild|bananas|chaos|chaotic|zoo|nightmare|hectic|bonkers|madhouse|circus',
    'its|it ..1 chaos|chaotic|bananas|nuts|insane|crazy ..1 here|there|today|rn|lol',
    // lead29 (probes in new registers): weather and seasons that are crazy (smoke, ice, the holidays), a time that has
    // been crazy with the kids or at work (never "with me" or "in my head": those stay the writer's); "bless your
    // heart"; dictation or autocorrect that messed a message up.
    'smoke|fire|fires|wildfire|wildfires|heat|rain|snow|ice|wind|storm|storms|flooding|flood|weather|holidays|holiday|kids|family|traffic ..3 is|s|been|was|are|were|its ..2 crazy|insane|nuts|wild|bananas|chaos|chaotic|nightmare|hectic|bonkers|brutal',
    'been|its|it|things|everything ..2 crazy|insane|nuts|hectic|chaos|chaotic|bonkers|wild ..1 with|at|around|since ..2 the|work|school|holidays|kids|move|moving|job|shift|shifts|baby',
    'bless ..1 your|her|his|their ..1 heart|hearts',
    // A marriage certificate or licence sent for a name change is paperwork, not the marriage.
    'marriage ..1 certificate|certificates|license|licence|cert',
    'dictation|autocorrect|talk|voice ..4 messed|messing|mess|screwed|screwing|garbled ..1 up|it|everything|this',
    '{thing}|{inanimate}|midterm|midterms|final|finals|exam|exams|test|tests|class|bus|traffic|commute|job|work|boss|insurance|portal|christmas|holidays|week|semester|paperwork|orgo|chem|calc ..4 be ..1 the ..1 death ..1 of ..1 me|us',
    'kill|killing|kills|killed|murdering my|our|the ..1 budget|wallet|bank|savings|account|credit',
    'gonna|going|be|im|ill ..3 dead|toast|screwed ..1 if ..2 i|we ..1 miss|missed|forget|forgot ..2 the|this|my|our|that ..1 bus|train|flight|deadline|appointment|appt|session|class|shift|ride|exam|test|game|practice',
    'lose|losing|lost ..1 my ..1 mind ..2 with|over|dealing ..3 {desk_thing}|insurance|company|portal|billing|paperwork|traffic|bills|claims|phone|website|app',
    '{device}|app|calendar|phone|laptop|computer|it ..3 wiped|deleted|erased ..1 everything|all',
    '{device}|{inanimate}|cell|signal|battery|wifi|internet|connection|service|phone ..1 will|gonna|going|might|may|could|about ..2 die|dying|dead|cut|drop',
    'blew|blown|blow|popped|pop ..2 a|my|the ..1 tire|tires|gasket|fuse|transformer|engine|transmission',
    'dead|blank|broken|expired|error ..1 page|pages|link|links|url|screen|button',
    'hung|hang|hanging ..2 up ..2 the|my|our|a|some|his|her ..1 diploma|picture|pictures|photo|photos|lights|decorations|curtains|shelf|shelves|tv|art|painting|poster|mirror|stockings|wreath|ornaments|flag|sign|coat|clothes|laundry',
    'hung|hang|hanging ..2 the|my|our|a|some|his|her ..1 diploma|picture|pictures|photo|photos|lights|decorations|curtains|shelf|shelves|tv|art|painting|poster|mirror|stockings|wreath|ornaments|flag|sign|coat|clothes|laundry ..1 up',
    'take|taking|took|give|giving ..1 a ..1 shot ..1 at',
    'killing|killed|kill ..1 it ..1 at|in ..2 work|job|school|practice|gym|office|class|training',
    // lead29 (sets cy, cz): killing it at a fair or a show; an intersection that is a murder scene after a wreck; a
    // deadline or noise that was murder; a stomach bug about to kill one; strangling a pharmacy (an institution, never a
    // person); one's back killed by a move. (A railroad crossing or a bridge one is stuck at stays on call: the place is
    // read wherever it is said.)
    'killed|kill|killing ..1 it ..2 at|in|on ..3 fair|show|game|contest|competition|meet|tournament|recital|rodeo|match|interview|presentation|audition|tryouts',
    'stop|intersection|road|highway|interstate|traffic|street|light|exit|lot|corner|freeway ..5 is|was|s|like|looks ..2 murder ..1 scene',
    'noise|deadline|deadlines|traffic|construction|heat|humidity|commute|parking|renewal|paperwork|drive|wait|line|shift|hours|pollen ..5 is|was|s|been|are|were ..1 =murder|=torture',
    'bug|flu|cold|virus|migraine|headache|cough|allergies|sinus|cramps|hangover ..3 about|going|gonna|trying ..2 to ..1 kill ..1 me',
    'strangle|strangling|choke|throttle|kill|murder ..2 the|this|that ..1 pharmacy|insurance|company|bank|portal|website|app|printer|computer|system|dmv|copier',
    'stairs|boxes|move|moving|lifting|gym|hike|workout|shift|flights|yard|couch|carrying ..4 killed|killing|kills|destroyed|wrecked ..1 my ..1 back|knees|knee|feet|legs|calves|shoulders|neck|hips',
    // Someone to be driven to a surgery or an appointment ("I need to drive him."); never "take him out".
    'need|have|gotta|got ..2 to ..1 drive|carry ..1 him|her|them',
    // Southern idiom and the church's hours (lead29): "the Lord willing and the creek don't rise"; church that runs late.
    'lord ..1 willing ..2 creek ..2 dont|doesnt ..1 rise',
    // lead29 (sets cy, cz): nobody told one of a change; a fall that broke a hip (a relative's, on the way to surgery);
    // the funeral home, or when the funeral is; an excuse note; Blue Ridge; a laptop or an app that will crash; a
    // session done by phone; a slot someone gives up; work that is dead or slow.
    'nobody|noone ..1 told|informed|notified|emailed|mentioned ..1 me|us',
    'fell ..2 and ..1 broke ..2 her|his|my ..1 hip|arm|leg|wrist|ankle|foot|shoulder|elbow',
    'the ..1 funeral ..1 is|was|home|homes|service|parlor',
    'excuse ..1 note|notes|letter|slip',
    'blue ..1 ridge',
    '{inanimate}|{device}|laptop|computer|app|portal|zoom|wifi ..4 crash|crashed|crashing|crashes',
    'did ..1 it ..1 by|over|on|via ..1 phone|video|zoom|telehealth',
    'if ..3 gives|give ..1 it|that ..1 up',
    'work|business|shop|store|season|gigs ..2 is|s|been|was ..2 dead|slow',
    // The holdout da, read at the round's end for its administrative messages (lead29): knees that are dying on the
    // stairs; a landline that is dead; dying laughing; a holiday that will be a killer with the traffic; a deadline that
    // is killing one; a phone one is ready to throw off the roof over a login (the roof is the phone's, never one's
    // own); dropping off a call; ready to get back on schedule.
    'knees|knee|back|feet|legs|shoulders|hips|ankles ..2 are|is|s|were|was ..1 dying|killing|dead|shot',
    'landline|line|cell|tablet|headset|headphones|earbuds ..2 is|s|went|was ..1 dead|dying|died',
    'died|dying|dead ..1 laughing|laughin',
    'be ..1 a ..1 killer ..3 traffic|commute|weather|snow|drive|holiday|holidays|parking|line|wait',
    'deadline|deadlines|paperwork|forms|process|wait|renewal ..3 is|s|been|are|was ..1 killing ..1 me|us',
    'throw|toss|chuck|throwing|tossing ..2 my|the|this ..1 phone|laptop|computer|tablet|{device} ..2 off|out ..2 the|a|my ..1 roof|window|balcony',
    'disappear|disappears|drop|drops|freeze|freezes ..2 from|off ..2 the|our|this ..1 call|video|zoom|session|screen',
    'ready ..2 to ..1 get ..1 back ..1 on|to|into ..2 schedule|track|sessions|routine|work|therapy',
    'runs|ran|run ..1 late|long|over|behind',
    'killed|killing|destroyed|wrecked ..1 my ..1 back|knees|knee|feet|legs|shoulders|neck|hips ..2 lifting|moving|carrying|but|lol|haha',
    'pull|pulling|pulled|work|working|picked|pick ..1 a|another ..1 double|doubles',
    'kill|murder|strangle my|our ..1 brother|sister|roommate|cousin|coworker ..4 he|she|they ..1 took|ate|used|borrowed|stole|drank|finished|left|lost|broke ..2 my|the|our|all ..2 car|truck|keys|charger|phone|laptop|food|snacks|leftovers|hoodie|shoes|clothes|ride|switch|games|controller',
    'wrong|incorrect|invalid|missing|old|updated ..1 diagnosis|dx ..1 code|codes',
    'family|internal|sports|integrative|functional ..1 medicine',
    'absence|absences ..1 note|notes|letter|excuse|form|slip',
    'hell ..1 sit|be|come|wait|stay|bring|drive|take|pick|join|call|text|need|have|just',
    // lead27 (probes of a co-occurring practice's desk): proof of attendance for a court or a probation officer, named
    // as attendance (a letter about treatment or progress stays a clinician's); a drug court as the court it is; farm
    // income or a season's sales that were rough.
    'court|courts|probation|judge|lawyer|attorney|caseworker|po|parole ..6 attendance ..1 letter|verification|proof|records|record|note|dates|sheet',
    'attendance ..1 letter|verification|proof|records|record|note|sheet ..4 court|courts|probation|judge|lawyer|attorney|caseworker|po|parole',
    'drug|dwi|dui|veterans|wellness ..1 court|courts',
    // A shower given for a baby or a bride (a probe's "baby shower for my sister" went on call as a child's shower).
    'baby|bridal|wedding ..1 shower|showers',
    'income|business|sales|harvest|market|economy|paycheck|paychecks|hours|tips ..3 rough|tough|tight|slow',
    // lead33 (dh, administrative messages read on call): jet lag one could die of; dead without a lost case;
    // sleeping like a corpse; a laptop's blue screen of death; a train line that wants one dead; a death faked
    // over a copay.
    'jet ..1 lagged|lag|lagging ..4 could|gonna|going|might ..2 die',
    'slept|sleep|sleeping|sleeps ..4 like ..1 a ..1 corpse|log|rock|baby',
    'blue ..1 screen|screened|screening ..2 of ..1 death',
    'mta|traffic|subway|train|bus|commute|metro|septa|marta|bart|insurance|portal ..3 wants ..1 me ..1 dead',
    'time ..1 to ..1 fake ..1 my ..1 own ..1 death',
    'dead ..1 without ..2 it|them|my|airpods|phone|charger|glasses|keys',
    // lead34 probe: a bunch of pictures or screenshots taken ("took a bunch of pictures of my insurance card").
    'took|taken|take|taking ..2 a ..1 bunch|ton|lot|few ..1 of ..1 pictures|photos|pics|screenshots|notes|shots|videos|selfies|scans',
    // lead34 probes: a hand burned on the stove; a new haircut that may keep one from being recognised; a partner who has
    // the car keys today; a baby who kept everyone up; tools given away at a yard sale.
    'burned|burnt|burn|burns ..2 my|his|her ..1 hand|hands|finger|fingers|arm|tongue|thumb|palm ..3 on|with ..2 the|a|some|hot ..1 stove|oven|pan|pot|iron|grill|coffee|tea|kettle|curling|straightener|water|oil',
    'hair|haircut|beard|glasses|bangs|look|mustache ..3 might|may|wont|will ..1 not ..1 recognize|recognise ..1 me',
    '{partner} ..1 has ..2 the ..1 car ..1 keys|key ..1 today|tonight|tomorrow',
    'baby|babies|kids|kid|dog|puppy|toddler|son|daughter|neighbors|cat|twins|newborn ..2 kept|keeps|keep ..1 us|me|everyone|him|her ..1 up',
    'giving|gave|give|selling|sold ..2 away ..3 tools|clothes|stuff|things|books|toys|furniture ..3 at|in ..1 a|the|our|his|her ..1 yard|garage|moving|rummage|church ..1 sale',
    'giving|gave|give|selling|sold ..2 away ..1 his|her|my|our|all|some|the ..2 tools|clothes|stuff|things|books|toys|furniture ..3 at|in ..1 a|the|our|his|her ..1 yard|garage|moving|rummage|church ..1 sale',
    // lead34 probes: days counted down to an appointment or a trip; a pesticide killing the garden; traffic on a bridge.
    'counting ..1 down ..2 days|hours|minutes|sleeps ..2 till|until|to|before ..2 my|the|our|this ..1 next|appt|appointment|session|vacation|trip|birthday|wedding|weekend|break|visit',
    'killing|killed|kills|kill ..2 my|the|our|all|his|her ..1 tomatoes|plants|garden|grass|lawn|roses|crops|weeds|bugs|flowers|tomato|peppers|ants|roaches',
    'bridge ..5 traffic|closed|construction|backed|toll|tolls|detour|gridlock',
    // lead38 (set ea): the point of a thing asked about ("whats the point of the superbill if insurance wont pay"): a thing of
    // the desk named, never the point asked alone or of living, trying or it all.
    'whats|what|wats|wuts ..1 the|da ..1 point ..1 of|in|if|when|with ..3 form|forms|portal|superbill|superbills|intake|appointment|appointments|bill|bills|billing|copay|copays|insurance|reminder|reminders|reminding|paperwork|app|rescheduling|scheduling|booking|calling|emailing|voicemail|waitlist|statement|statements|receipt|receipts|claim|claims|deposit|fee|fees|login|password|link|text|texts|email|emails|survey|questionnaire',
    // admin37 (2026-12-07): a thing of the desk that choked on a payment or an upload ("the portal must have choked"),
    // the thing named right before, never across a gap a person can fill.
    'portal|app|server|website|site|system|printer|scanner|computer|laptop|browser|page|upload|payment|reader ..1 must|might|probably|maybe|just|totally|kinda|completely ..1 have|has ..1 choked',
    'portal|app|server|website|site|system|printer|scanner|computer|laptop|browser|page|upload|payment|reader ..1 choked|chokes',
    // admin38 (2026-12-07): "shoot" as send, with what is sent named ("I'll shoot over my new insurance card pic",
    // "shoot me the link when you're ready", "I shot you guys an email about my bill"): a thing of the desk that is
    // sent, never a place, a body or a time ("shoot me" alone, "shot him in the car" stay read). A desk thing that
    // spins or loads forever ("it just spins forever"): "forever" said of the loading, right after it.
    'shoot|shooting|shot ..1 over|across ..5 card|cards|pic|pics|picture|pictures|photo|photos|email|emails|link|form|forms|receipt|receipts|statement|statements|copy|copies|screenshot|screenshots|scan|scans|paperwork|superbill|superbills|eob|invoice|info',
    'shoot|shooting|shot ..1 me|us|you|u|ya|yall ..3 a|an|the|my|your|over|guys ..1 link|links|email|emails|text|texts|invoice|receipt|statement|form|forms|code|copy|reminder|superbill|eob|pic|picture|photo|screenshot|confirmation',
    'spins|spinning|spun|buffering|buffers|freezing|glitching|crashing|refreshing|reloading ..2 forever',
    // A reply not heard back yet ("I emailed last week and haven't heard back"): never a voice heard. (The desk's
    // readiness, "when you're ready", was tried and left out: masked, "when you're ready I'll be gone" lost its page.)
    'havent|hadnt|didnt|not|never|still|yet|no ..2 heard|hear|hearing ..1 back',
    // Following up on a request ("just following up", "following up on my email"): the words adjacent, never someone
    // following the writer up a street.
    'just|only|im|quickly|politely|again ..1 following up',
    'following|follow|followed ..1 up on|about|with|re|regarding|again',
    // A thing of the desk or of the day that is murder, a killer or a deathtrap, named before it ("the deadline for my
    // scholarship form is murder", "this week is murder at work", "smoke is killer today", "roads are a deathtrap"); an
    // appointment killed ("kill my appt on tuesday pls"); a morning wasted on hold; a dead account or card. Never a
    // person or a place one goes to: "he is murder" and "kill her" stay read.
    'deadline|deadlines|paperwork|form|forms|portal|app|commute|parking|traffic|wait|hold|line|copay|bill|statement|smoke|heat|humidity|pollen|week|month|shift|drive ..4 is|was|s|are|been ..1 murder|killer',
    'road|roads|streets|street|highway|freeway|interstate|ice|intersection|parking|lot|stairs|steps|sidewalk|sidewalks ..3 deathtrap|deathtraps',
    'road|roads|streets|street|highway|freeway|interstate|ice|intersection|parking|lot|stairs|steps|sidewalk|sidewalks ..3 death ..1 trap|traps',
    'kill|killing|nix ..1 my|the|that|this|our ..1 appt|appts|appointment|appointments|session|sessions|booking|slot|reservation|reminders|autopay',
    'wasted|wasting|waste ..4 on ..1 hold',
    'dead ..1 account|card|link|number|email',
    'dead ..1 sick ..2 with ..2 flu|cold|covid|virus|bug',
    // Hours that do not work anymore ("Dr. Nair's hours don't work with my shifts anymore"), said of a time; "oh shoot"
    // as a slip; done with a payer or the portal ("I'm so done with insurance"); audio cutting out like crazy; a waiting
    // room that smells like a crime scene: the thing is named, never a person or the writer's life.
    // "anymore" right after the work or after what it is worked with, never a gap that can reach another clause's
    // ("my hours don't work anymore because nothing matters anymore" is read).
    'hours|time|times|slot|slots|schedule|day|days|mornings|afternoons|evenings|weekdays|weekends|{weekday} ..2 dont|doesnt|wont|arent|isnt ..2 work|works|working anymore',
    'hours|time|times|slot|slots|schedule|day|days|mornings|afternoons|evenings|weekdays|weekends|{weekday} ..2 dont|doesnt|wont|arent|isnt ..2 work|works|working ..1 with|for|around ..2 my|me|the|our|his|her ..1 shifts|shift|schedule|job|work|hours|classes|school anymore',
    'oh|hey|ah|aw|ugh|dang|darn|well ..1 shoot',
    'so|im|totally|just|officially|completely ..1 done ..1 with ..2 insurance|insurer|insurers|portal|paperwork|billing|forms|medicaid|medicare|aetna|cigna|anthem|tricare|hold|app|website|site',
    'cutting|cut|cuts|freezing|froze|lagging|glitching|buffering|dropping|breaking ..3 like ..1 crazy',
    'like ..1 a ..1 crime ..1 scene',
    'crime ..1 scene ..1 investigation',
    // lead39 (sets eh, athletes' probes): a team beaten in a game ("we got murdered in the game lol"); a probation
    // officer, a caseworker or a lawyer who will "kill me if" a letter is late; a parent or a coach who will break
    // one's legs over a missed session (a partner is never here: that is a threat).
    'we|they|team|us ..2 got|get|getting ..1 murdered|killed|destroyed|slaughtered|massacred ..3 in|at|on ..2 the|our|that|this|last ..1 game|match|tournament|meet|scrimmage|finals|playoffs|semis|race',
    'po|caseworker|lawyer|attorney|sponsor|pastor ..3 gonna|will|going ..3 kill ..1 me ..2 if ..2 i ..2 dont|lose|forget|miss|skip|another|cancel',
    'mom|mum|mother|dad|father|boss|coach ..3 gonna|will ..2 break ..1 my ..1 legs|neck ..2 if ..2 i ..2 miss|forget|skip|another|cancel|reschedule',
    // lead39 (set eh): a court's or a probation officer's paperwork as the desk handles it: showing the judge one
    // attends, paperwork from the judge, a judge who lost or accepted a letter, a probation officer's proof of
    // sessions for one's conditions (probation's conditions, not a diagnosis).
    'show|prove|tell ..1 the|my ..1 judge|court|po|probation|parole ..2 im|i|that ..2 going|attending|enrolled|coming|came|went',
    'paperwork|papers|letter|order|form|forms ..2 from ..1 the|my ..1 judge|court|po|probation|parole',
    'the|my ..1 judge|court|po ..1 lost|misplaced|accepted|approved|took|needs|wants ..1 it|the|that|my ..1 letter|paperwork|proof|form',
    'po|probation|parole ..4 needs|wants|asked|asks ..2 proof|dates|letter ..6 for ..1 my ..1 conditions',
    // Sets ei and ej's administrative messages (lead40, 2026-12-07): a prior authorization that is killing the
    // family; a team that killed it and won; dead legs after practice; a parent who will kill one over a lost card,
    // lol.
    'auth|authorization|authorizations|preauth|preauthorization|approval|approvals|referral|referrals ..3 is|are|s|keeps ..1 killing|murdering ..1 me|us',
    'we|team|squad|yall|guys|girls ..2 killed|murdered|crushed ..1 it',
    'dead ..1 legs|leg|arms ..3 from|after ..2 practice|workout|workouts|gym|training|lifting|squats|leg|run|running|game|games|lifts',
    'dead ..1 legs|leg|arms ..1 lol|lmao|haha',
    'mom|moms|mum|mums|mother|dad|dads|father|parents ..3 gonna|will ..1 kill ..1 me ..6 lost|forgot|late|card|bill|appt|appointment',
    'mom|moms|mum|mums|mother|dad|dads|father|parents ..3 going ..1 to ..1 kill ..1 me ..6 lost|forgot|late|card|bill|appt|appointment',
    'lol|lmao|haha ..3 mom|moms|mum|mums|mother|dad|dads|father|parents ..3 gonna|will ..1 kill ..1 me',
    'lol|lmao|haha ..3 mom|moms|mum|mums|mother|dad|dads|father|parents ..3 going ..1 to ..1 kill ..1 me',
    // Set ek's administrative messages (lead40): a portal that unalived itself; kms over lag; a kid or a mom who will
    // kill or murder one if an appointment is missed or late.
    '{inanimate}|{device}|portal|site|app|website|server|game|wifi|internet ..2 unalived|unalive|kms ..1 itself',
    'kms ..2 lag|lagging|ping|wifi|internet|connection|queue|queues|loading|buffering|update|patch',
    'kid|kids|son|daughter|teen|mom|moms|mum|mother|dad|dads|father|parents ..3 gonna|will ..1 kill|murder ..1 me ..1 if ..3 miss|misses|missed|late|forget|forgets|skip|skips|cancel|cancels',
    'kid|kids|son|daughter|teen|mom|moms|mum|mother|dad|dads|father|parents ..3 going ..1 to ..1 kill|murder ..1 me ..1 if ..3 miss|misses|missed|late|forget|forgets|skip|skips|cancel|cancels',
    // Probed by kind (lead40): livestock that died, a game that keeps crashing and dying, chickens killed or
    // butchered, a deer or coyotes shot, a fuel or tire gauge.
    'calf|calves|cow|cows|heifer|heifers|steer|steers|bull|horse|mare|foal|goat|goats|chickens|chicken|hen|hens|pig|pigs|sow|lamb|lambs|ewe|sheep|cattle|colt ..2 died|dead|dying',
    '{inanimate}|{device}|game|console|controller|headset|stream|server ..3 keeps|kept|keep ..1 crashing|freezing|lagging ..2 and ..1 dying|died',
    'kill|killed|killing|butcher|butchered|butchering ..3 chickens|chicken|hens|hog|hogs|pig|pigs|steer|calf|goat|goats|deer|rabbits|turkey|turkeys|roosters',
    'shot|shoot|shooting|killed|got ..2 a|my|the|two|some ..1 deer|buck|doe|elk|turkey|coyote|coyotes|hog|hogs|pheasant|ducks|geese',
    'shooting|shot|shoot ..1 coyotes|hogs|deer|ducks|geese|pheasant|skeet|clays|targets',
    'fuel|gas|tire|pressure|oil|temp|temperature|rain ..1 gauge',
    'gauge ..1 interest|whether|if|how|the',
  ],
  es: [
    // lead41 probes: el examen, la clase o el turno que "lo mató" a uno.
    'examen|examenes|exámenes|clase|clases|turno|tarea|final|finales|parcial|parciales|entrenamiento ..1 me ..1 mato|mató|mataron|destrozo|destrozó',
    'examen|examenes|exámenes|clase|clases|turno|tarea|final|finales|parcial|parciales ..2 me ..1 esta|está|estan|están ..1 matando',
    // Copagos o cuentas que "mataron" a alguien (lead31, set dd: "ya me mataron los copagos de este mes jaja").
    'me|nos mataron|mata|matan|mato los|las|el|la copagos|copago|cuentas|cuenta|pagos|gastos|facturas|factura|precios|renta|deducible',
    // lead31 (set dc): no longer able to leave work or to come at a time, a schedule changed ("ya no puedo salir del
    // trabajo en la tarde"); never "ya no puedo" alone, with "más", "seguir", "vivir" or "con esto".
    'ya no puedo salir|ir|venir|llegar|pagar|asistir|manejar|los|las|el|en|a|este|esta|ese|esa',
    // admin22 (2026-12-06): una broma marcada junto a una cuenta ("me llegó la cuenta y me quiero morir jaja"); una
    // cosa que se murió ("se me murió el celular"); la fila del puente y morirse esperando; el trabajo en una funeraria
    // cuando alguien fallece. Sin el "jaja" o sin la cuenta, "me quiero morir" sigue en guardia.
    'cuenta|factura|cobro|cobros|recibo|copago|deducible|bill|balance|estado ..6 me ..1 quiero|voy ..2 morir jaja|jajaja|jajajaja|jeje|lol|xd|jsjs|jiji {number}|{big_number}',
    'se ..1 me|le|nos ..1 murio|muere|murieron ..2 el|la|mi|su ..1 {device}|cel|celular|compu|carro|troca|camioneta|bateria|laptop|tablet|impresora|tele|refri|internet|wifi',
    'fila|cola|linea ..2 del|de|en ..2 puente',
    'muero|mori|moria|muriendo ..1 esperando|haciendo ..1 fila',
    'llaman|llama|llamen|llamaron|llamo ..4 cuando ..1 alguien ..1 fallece|muere|fallecio|murio',
    'me|nos ..1 llaman|llamaron|llama|llamo ..1 de ..1 emergencia|urgencia',
    // Horas parada en la fila (de pie, no en una orilla).
    'horas|hora|rato|tiempo ..1 parada|parado|paradas|parados',
    'simulacro|simulacros ..2 tirador|tiroteo|balacera|tiradores ..1 activo|activos',
    'simulacro|simulacros ..2 tirador|tiroteo|balacera|tiradores',
    'muerta|muerto|muertos|muertas ..1 de ..1 la ..1 verguenza|pena|risa|flojera',
    // Sets bw-cb en espanol (lead, 2026-12-06): me muero si me lo pierdo o si me ponen otra multa; el cel que se va a
    // morir; la cuenta muerta; me mato de risa el mensaje; casi me mata del susto.
    'me ..1 muero ..1 si ..3 pierdo|multa|multas|cancelan|cobran|ponen|quitan|cambian|ticket',
    'cel|celular|telefono|pila|bateria|compu|laptop ..4 va ..2 morir',
    'cuenta|tarjeta|cartera ..1 muerta|muerto|vacia',
    'me ..1 mato|mata|mataron ..2 de ..1 risa|susto|coraje|hambre',
    'me ..1 mato ..2 el|la|los|las ..1 mensaje|recordatorio|video|meme|chiste|comentario',
    'casi ..1 me ..1 mata ..2 del|de ..1 susto|coraje|risa',
    'trabajando|trabajo|trabajaba ..3 techo|techos|azotea',
    // "Me tocó" de un turno o un servicio que a uno le toca trabajar (no de alguien que tocó a uno).
    'me ..1 toco|tocó ..2 servicio|turno|guardia|doble|trabajar|cubrir|pagar|esperar',
    // Sets bq y br (lead): la troca muerta, la funeraria donde uno trabaja, la guerra por el partido, el jefe que lo va a
    // ahorcar a uno, morirse si hay que esperar afuera.
    'mi|la|el ..1 troca|carro|coche|cel|celular|telefono|teléfono|bateria|batería|compu|laptop ..2 esta|está|se ..1 muerta|muerto|murio|murió',
    'trabajo|trabaja|trabajando|chamba ..2 en ..2 funeraria|panteon|panteón|cementerio',
    'se ..1 arma ..1 la ..1 guerra',
    'jefe|jefa|patron|patrón ..2 me ..1 va ..1 a ..1 ahorcar|matar ..2 si',
    'me ..1 muero ..1 si ..1 espero|tengo|hago|vuelvo',
    // No estar ya en un seguro, un plan o una escuela (lead, 2026-12-06).
    'que|qué ..1 pasa ..4 si ..2 ya ..1 no ..1 estoy|este|esté ..3 seguro|plan|aseguranza|medicaid|medicare|escuela|trabajo|programa|pais|país|ciudad|estado|lista',
    'si ..1 ya ..1 no ..1 estoy|este|esté ..3 seguro|plan|aseguranza|medicaid|medicare|escuela|trabajo|programa|pais|país|ciudad|estado|lista',
    // Set bp (lead): salir muerta del turno (cansada).
    'salgo|sali|salí|llego|quedo|termino ..1 muerta|muerto ..2 del|de ..1 turno|trabajo|chamba|hospital',
    // Set bo (lead): ya no ir por una mudanza, un trabajo u otro seguro.
    'ya ..1 no ..1 voy|puedo|podre|podré ..2 ir|venir|necesitar|ocupar|seguir ..6 porque|pq|xq|ya|como|por ..3 mudo|mudé|mudamos|mudanza|trabajo|seguro|aseguranza|otro|otra|nuevo|nueva|mejor|mejorando|escuela|regreso|regresa|regresamos|vuelvo|vuelve|pais|país',
    'ya ..1 no ..3 ir|venir|necesitar|ocupar|seguir ..6 porque|pq|xq|ya|como|por ..3 mudo|mudé|mudamos|mudanza|trabajo|seguro|aseguranza|otro|otra|nuevo|nueva|mejor|mejorando|escuela|regreso|regresa|regresamos|vuelvo|vuelve|pais|país',
    // One's job in an emergency room (lead, 2026-12-06): "soy enfermera en la sala de emergencias".
    'trabajo|trabaja|soy|es|enfermera|enfermero|doctora|doctor|medico|medica|paramedico|camillero|recepcionista ..4 sala ..1 de ..1 emergencia|emergencias',
    // A cold or the flu that "le pegó" to someone (lead, 2026-12-06): an illness caught, not a blow.
    'gripa|gripe|covid|resfriado|virus|calentura|fiebre|tos|infeccion|catarro ..3 le|me|nos|les ..1 pego|pega|pegaron',
    'le|me|nos|les ..1 pego|pega|pegaron ..3 la|el|una|un ..1 gripa|gripe|covid|virus|resfriado|tos|infeccion|catarro|calentura|fiebre',
    // A letter or a note left with the desk or written for an institution (lead, 2026-12-05): "dejé una nota en la
    // recepción", "escribí la carta para el seguro". One for a person stays a farewell's reading.
    'deje|dejé|dejando|escribi|escribí|escribiendo|escribio|escribió|mande|mandé|envie|envié ..3 carta|cartas|nota|notas ..3 formulario|formularios|forma|formas|portal|cheque|factura|recepcion|recepción|oficina|portal|seguro|aseguranza|escuela|trabajo|jefe|jefa|abogado|abogada|juez|corte|casero|casera|dueño|dueña|medicaid|banco|inmigracion|inmigración',
    // Idioms whose risk word names no harm (lead, 2026-12-05): skipping a week, a haircut, an insurance or a service
    // cut off, a card charged twice ("me quemó la tarjeta"), a receptionist who is "una pistola" (a whiz), two birds
    // with one stone, a dive into the pool.
    'saltar|saltarnos|saltarme|saltamos|saltemos ..2 esa|la|una|esta|esa ..1 semana|cita|sesion|sesión|clase',
    'me ..1 corte|corté|cortaron|corto|cortó ..1 el|mi ..1 pelo|cabello|fleco',
    'cortar|cortaron|corten|cortan|corta|cortó ..2 el|la|mi ..1 seguro|luz|internet|servicio|agua|telefono|teléfono|cable|gas',
    'quemo|quemó|quemaron ..3 la|mi ..1 tarjeta',
    'es|eres|son ..1 una|un ..1 pistola|pistolas|fiera',
    'matar ..1 dos ..1 pajaros|pájaros',
    'tirar|tirarme|aventar|aventarme ..1 un ..1 clavado ..4 alberca|piscina|pileta|lago|rio|río',
    // Hyperbole about a thing (lead, 2026-12-05): a battery, a signal or the payday that killed one ("se me fue la
    // señal y me mató la batería", "la quincena me mató"), dying of shame or of laughter, deadly traffic. "Me mato"
    // before a day or a time is never masked ("me mato el viernes" stays a crisis).
    'me ..1 mato|mató ..1 la|el ..1 bateria|batería|senal|señal|quincena|cobro|copago|factura|deducible|bill|renta|pila',
    'y ..1 me ..1 mato|mató ..1 la|el ..1 bateria|batería|senal|señal|quincena|cobro|copago|factura|deducible|bill|renta|pila',
    'bateria|batería|senal|señal|quincena|cobro|copago|factura|deducible|bill|renta|pila ..1 me ..1 mato|mató',
    'me ..1 quiero|voy ..1 morir|a ..1 de ..2 verguenza|vergüenza|pena|risa|aburrimiento|hambre|calor|frio|frío|sueño|sueno|cansancio',
    'me ..1 quiero ..1 morir ..1 de ..2 verguenza|vergüenza|pena|risa|aburrimiento|hambre|calor|frio|frío|sueño|sueno|cansancio',
    'me ..1 quiero|quise|quería|queria ..1 matar ..1 con ..2 este|esta|el|la|tanto|tanta ..1 trafico|tráfico|calor|cobro|copago|fila|espera|impresora|portal|sistema|pagina|página|papeleo',
    'trafico|tráfico|calor|frio|frío ..1 de ..1 muerte',
    '{device} ..1 esta|está|estaba|quedo|quedó|se ..1 muerta|muerto|murio|murió',
    // recall20: leaving a group chat, a list or a network ("mi hija quiere desaparecer del grupo de whatsapp"), not
    // the world ("desaparecer del mapa" is not masked).
    'desaparecer|desaparecerme|desaparezca ..2 del|de ..2 grupo|grupos|chat|chats|lista|listas|whatsapp|redes|facebook|instagram|correos|sistema|portal',
    // recall20: regret told of oneself ("mi hermana dice que me voy a arrepentir de no ir"), no threat to anyone.
    'me ..1 voy|vas|va|iba|vaya ..1 a ..1 arrepentir',
    // No estar en una lista, una cita o un día: dónde no se quiere estar, no un deseo de no existir.
    '{wish} ..2 {neg} ..1 estar ..4 lista|listas|cita|citas|sesion|sesiones|reunion|grupo|disponible|{weekday}|{time}|manana|hoy|presente|inscrito|inscrita|registrado|registrada|correo|llamada|videollamada|oficina|consultorio|trabajo|ciudad|espera|solo|sola',
    'internet|wifi|luz|bateria|cel|celular|telefono|carro|computadora|enlace|link|llamada ..3 murio|muerto|muerta|murió',
    'muerta|muerto ..2 de ..2 cansancio|sueno|sueño|risa|hambre|frio|calor|pena|curiosidad|ganas|verguenza|vergüenza|nervios|susto|aburrimiento|emocion|emoción',
    // El funeral de un familiar, el día de un evento: "es el funeral de mi tío", "tengo el velorio de mi abuela".
    'funeral|funerales|velorio|entierro|sepelio|misa ..1 de|del ..1 mi|mis|un|una|su|nuestro|nuestra ..2 {family}|{partner}|{child}|amigo|amiga|vecino|vecina|compadre|comadre|suegro|suegra|cunado|cunada|bisabuela|bisabuelo',
    // A device named with its article or owner ("la tablet murio"): a bare "tablets muerta" is pills beside a word of death
    // (lead39: the property below found it), and "tablet" is a pill as well as a device.
    'mi|la|el|su|tu|este|esta|ese|esa ..1 {device}|bateria|celular|telefono|carro|coche|computadora|enlace|link ..2 murio|muerto|muerta',
    'se ..1 me ..1 murio|murieron ..2 el|la|mi',
    // A device that died, the verb first: "se murió mi celular", "se murió el router a la mitad".
    // A device that froze or hung: "se me colgó la compu", "se le trabó el zoom".
    'se ..1 me|le|nos ..1 colgo|congelo|trabo ..2 la|el|mi|su ..1 {device}|compu|computadora|laptop|celular|cel|telefono|pantalla|app|aplicacion|zoom|llamada|videollamada|pagina|sistema|tableta',
    // Stranded by the car: "se me ponchó la llanta y me quedé tirado".
    'llanta|llantas|carro|coche|camion|troca|camioneta|auto ..6 quede|quedamos|quedo ..1 tirado|tirada|tirados|varado|varada|varados',
    'se ..1 murio ..2 el|la|mi|su ..1 {device}|celular|cel|telefono|bateria|compu|computadora|router|modem|internet|wifi|laptop|tableta|carro|coche',
    // A cold that is killing one: "tengo una gripe que me está matando" (never a pain: a chest pain is an emergency).
    'gripe|gripa|tos|resfriado|catarro|alergia|alergias ..3 me ..1 esta|estan|tiene ..1 matando|muerto|muerta',
    // Killing for a slot, a bill or a connection that "kills" one: "mataría por una cita los sábados", "esa multa me
    // mata", "la factura me mató", "el deducible me tiene muerto", "ya me mató el internet". Things of the desk only.
    'mataria|matarias ..1 por ..2 un|una|otra|otro ..1 cita|turno|horario|espacio|lugar|sesion|hueco',
    'factura|cuenta|cobro|precio|copago|deducible ..2 esta|es ..1 para ..1 morirse|morir',
    'cobro|factura|cuenta|precio|copago|deducible|multa ..3 me ..1 dejo ..1 sin ..1 aire',
    // "Casi me da un infarto cuando vi el estado de cuenta": a fright at a sight, never a pain.
    'casi ..1 me ..1 da|dio ..1 un|el ..1 infarto|patatus|soponcio ..2 cuando ..1 vi|vimos|llego|recibi|abri',
    'me ..1 mori|mueri ..1 de ..2 risa|pena|verguenza|susto',
    'factura|facturas|multa|cuenta|cobro|copago|deducible|intereses ..2 me ..1 mata|matan|mataron',
    // A bill, the prices or the traffic that "will kill" one (admin11, gates ay and ap, 2026-12-05): "esta factura me va a
    // matar", "la van a matar los precios", "el tráfico está pa matarse". Things of the desk only: a person who will kill
    // one ("mi esposo me va a matar") is never read so.
    'factura|facturas|multa|cuenta|cobro|copago|deducible|intereses|precio|precios|renta|trafico|tráfico ..3 me|nos|la|lo|los|las ..1 va|van ..1 a ..1 matar',
    'me|nos|la|lo|los|las ..1 va|van ..1 a ..1 matar ..1 el|la|los|las|este|esta ..1 precio|precios|factura|facturas|cuenta|cobro|copago|deducible|trafico|tráfico|renta|multa',
    'trafico|tráfico|fila|cola|calor|estacionamiento|parking ..4 esta|está|estaba ..1 pa|para ..1 matarse',
    'me ..1 tiene|tienen|trae|traen ..1 muerto|muerta ..2 el|la|los|las|este|esta|ese|esa ..1 deducible|factura|facturas|cobro|copago|intereses|trafico|multa',
    'deducible|factura|facturas|cobro|copago|intereses|multa ..2 me ..1 tiene|tienen ..1 muerto|muerta',
    'me ..1 mata|mataste|matan ..3 el|la|tanto|tantos|con ..1 internet|wifi|link|links|enlace|enlaces|senal|conexion|trafico|correos',
    'me ..1 muero|mori|morí|moria|moría ..1 de|del ..2 ganas|hambre|sueno|risa|frio|calor|verguenza|susto|miedo|nervios|pena|curiosidad|aburrimiento|emocion|emoción',
    // "Me muero por una cita": dying for something, eager (not "me muero por dentro").
    'me ..1 muero|moria ..1 por ..1 una|un|ver|verte|verlos|saber|ir|conocer|volver|regresar|empezar|tener',
    'me ..1 esta|está|estan|están ..1 matando ..3 el|la|los|las|este|esta|trafico|tráfico|calor|espalda|intereses|cobros|pagos|deudas|horarios|multas|precios|cuentas|renta|papeles|formas',
    'me ..1 mata|matan ..2 el|la|los|las|este|esta|trafico|precio|calor',
    // Admin15: a payment made ("lo hice por zelle ayer"): the way it was paid named right after.
    'lo ..1 hice ..1 por|con ..1 zelle|venmo|paypal|transferencia|cheque|tarjeta|efectivo',
    // Admin15: the thing named before the verb ("la cuenta me está matando", "este calor me está matando"); and up
    // to one's neck in papers ("estoy hasta el cuello de papeles").
    'cuenta|cuentas|calor|trafico|factura|facturas|renta|deducible|copago|cobro|cobros|intereses|multa|papeles|papeleo|formas|formularios|horario|horarios|fila|precios|inflacion|capitalismo ..1 me ..1 esta|estan|está|están ..1 matando',
    'hasta ..1 el ..1 cuello ..2 de|con ..1 papeles|papeleo|formularios|formas|trabajo|facturas|tarea|pendientes',
    'muerto|muerta ..2 de ..1 cansancio|sueno|risa|hambre',
    'me ..1 corto|corte|cortaron|cortare ..2 el|la|las|los ..1 pelo|cabello|unas|flequillo',
    // Drowning in debts or work, in Spanish.
    'ahogad* ..2 en ..2 deudas|trabajo|cuentas|papeles',
    // A phone or screen that broke or fell by itself ('se me rompió el celular'), not one broken by someone (2026-12-05).
    'se ..1 me ..1 rompio|rompió|rompe|quebro|quebró|cayo|cayó|descompuso ..2 el|mi|la ..1 celular|telefono|teléfono|cel|pantalla|compu|computadora',
    // Everyday senses next to parity12's rules (2026-12-05): a baby kicking in the womb; an economic crisis.
    'bebe|bebito|bebita me|le|te dio|da|daba|dieron una|unas patada|patadas',
    'estoy|estamos|esta|estan|ando|anda|estaba en ..1 crisis economica|financiera',
    'ataque ..1 de ..1 risa|tos|hipo',
    // A haircut ('me he estado cortando el pelo', 'me tengo que cortar el pelo'); a car left out in the cold.
    'me|te|se ..2 cortando|cortar|corto|corte|cortaba|cortare ..2 el|la|las|los|mi ..1 pelo|cabello|unas|flequillo|fleco|barba|copete',
    'dejo|deje|dejamos ..2 el|la|mi ..1 carro|coche|troca|camioneta|auto|moto|bici ..1 afuera|fuera ..4 frio|noche|lluvia|nieve',
    // A finger or hand cut in the kitchen ('me corté el dedo cocinando'); 'a propósito' beside it still reads.
    'me corte|corto|cortaba el|un|la dedo|dedos|mano',
    // An illness or the sun that 'hit' one ('me pegó la gripa'), not a person (2026-12-05).
    'me ..1 pego|pegó|pega ..2 la|el|una|un ..1 gripa|gripe|covid|virus|resfriado|catarro|sol|calor|diarrea|infeccion|infección|enfermedad|tos',
    // Spanish hyperbole at the desk (set aq, lead, 2026-12-05): a fine, the traffic, the internet, one's memory 'killing'
    // one; left 'dead' by a bill or the news; killing for a Saturday slot; 'ay, me muero'; a near heart attack at a
    // statement; drowning in forms; no longer continuing the sessions.
    'me ..1 mata|matan ..2 el|la|los|las|este|esta|mi|mis ..1 memoria|internet|multa|deducible|cobro|copago|renta|espera|trabajo|horario|horarios|intereses|cuenta|cuentas|papeleo|seguro|aseguranza|link|links|formas|frio|frío|escuela|tareas',
    'multa|deducible|cobro|copago|renta|trafico|tráfico|internet|intereses|cuenta|precio|espera|memoria|factura|papeleo|horario me|nos mata|matan',
    'me ..1 mataste|mataron|matan|mata ..2 con ..1 tanto|tanta|tantos|tantas',
    'mataria|mataría ..1 por ..2 una|un|cita|turno|lugar|espacio|sabado|sábado|horario',
    // lead29 (probes in Spanish): the traffic, the heat or a queue one cannot stand any more (never one's life or work:
    // "ya no aguanto el trabajo" is read as before); overslept ("me quedé dormida y se me pasó la cita").
    'ya ..1 no ..1 aguanto ..2 el|la|los|las|este|esta|tanto ..1 trafico|tráfico|calor|frio|frío|fila|filas|espera|ruido|portal|pagina|página|tarea|tareas|tramite|trámite|papeleo',
    'me|se ..1 quede|quedé|quedo|quedó ..1 dormida|dormido',
    // The traffic or the weather that is horrible; a month that is a killer ("este mes está matador").
    'trafico|tráfico|clima|calor|frio|frío|lluvia ..4 esta|está|estaba|anda ..1 horrible|terrible|feo|fea|pesado|imposible',
    'esta|está|estuvo|anda|ando ..2 matador|matadora',
    'me|nos ..1 quede|quedé|quedo|quedó|quedamos ..1 muerta|muerto|muertos ..2 con ..2 la|el|esa|ese|esta|este ..1 factura|cuenta|cobro|precio|bill|balance|recibo',
    'queda|quedaba|quedan ..1 fatal|horrible|pesimo|pésimo',
    'me ..1 dejo|dejó ..1 muerto|muerta ..2 la|el|esa|ese ..1 noticia|cuenta|factura|cobro|multa|precio|deducible',
    'noticia|cuenta|factura|cobro|multa|precio|deducible|copago|seguro|aseguranza ..2 me ..1 tiene|tienen|dejo|dejó ..1 muerto|muerta',
    'ay ..2 me ..1 muero',
    'casi ..1 me ..1 da|dio|daba ..1 un|el ..1 infarto|ataque|patatus|soponcio|paro',
    'cobro|cuenta|factura|precio|noticia|deducible|multa ..2 me ..1 dejo|dejó ..1 sin ..1 aire|palabras',
    'ahogando|ahogandome|ahogándome ..2 en ..2 papeles|papeleo|deudas|trabajo|formas|cuentas|tareas',
    'seguir|continuar ..1 con ..2 la|las|mis|el|los ..1 citas|cita|terapia|sesiones|tratamiento',
    // The hour of an appointment come ('¿ya me llegó la hora de la cita?'), not one's hour (lead, 2026-12-05).
    'ya ..1 me ..1 (llego|llegó) ..2 la|mi ..1 hora ..1 de ..2 la|mi ..1 cita|sesion|sesión|consulta|terapia|pago',
    // Killed by a charge ("me mataron con ese cobro"); nobody answered the phone.
    'me ..1 mataron|matan|mata ..2 con ..3 cobro|precio|factura|copago|cuenta|deducible|multa|cargo|recibo|renta',
    'nadie ..2 contesto|contesta|contestan|respondio|responde|atiende|atendio|llamo|regreso',
    // A baby's kick in the womb; food poisoning; a haircut still going (lead, 2026-12-05).
    'bebe|bebé|bebito|bebita ..3 me ..1 dio|da|dan|daba ..1 una|unas ..1 patada|patadas|pataditas',
    'me ..1 envenene|envenené|intoxique|intoxiqué ..3 con ..2 comida|restaurante|mariscos|tacos|pollo|pescado',
    'me ..1 sigo|estoy|sigue ..1 cortando ..2 el|la|las|los|mi ..1 pelo|cabello|fleco|flequillo|unas|uñas',
    // How many pills are left on a prescription, not how many it takes (found by parity12; lead, 2026-12-05).
    'cuantas|cuántas ..2 pastillas|pastis|pildoras|píldoras ..2 me|le|nos|te ..1 quedan|quedaron|faltan|tocan',
    // Desk hyperbole by kind (recall13, gate av, 2026-12-05): a microphone, a card or a camera that is 'dead'; a form,
    // a link, an app, a week or the news that 'kills' one or leaves one 'dead'; asleep 'like the dead'; dying 'if they
    // move the appointment again' or 'looking for a spot'; 'me toca' as one's turn to do a chore; 'ya no puedo' a day
    // or an hour; an insurance plan ('escoger un plan', 'Community Plan'). Things of the desk only.
    'microfono|mic|audio|bocina|bocinas|camara|pantalla|tarjeta|senal|app|aplicacion|portal|zoom|videollamada|llamada|sistema|pagina ..2 esta|estaba|quedo|sigue ..1 muerto|muerta|muertos|muertas',
    'formulario|formularios|papeleo|papeles|tramite|tramites|formas|paginas|preguntas ..4 me ..1 tiene|tienen|dejo|dejaron ..1 muerto|muerta|frito|frita',
    'link|enlace|app|aplicacion|zoom|portal|videollamada|pagina|sistema|formulario|formularios ..1 me ..1 mata|matan|mataron',
    'me ..1 mata|mataron ..2 la|el|esta|esa|este ..1 semana|noticia|espera|fila|cola|trafico|dia|mes|link|app|zoom|portal',
    'dormido|dormida|dormi|dormidos ..2 como ..1 muerto|muerta|piedra|tronco|lirón|liron|oso',
    'me ..1 muero ..1 si ..4 cita|citas|horario|turno|hora|cobran|cobro|cancelan|cambian',
    'casi ..1 me ..1 muero|mori ..1 buscando|esperando|buscar|esperar|manejando|estacionando',
    'me|nos|te|le|les ..1 toca|toco|tocaba ..1 llevar|recoger|trabajar|ir|cancelar|pagar|turno|esperar|manejar|cuidar|salir|cambiar|hacer|buscar|dejar|venir|llegar|cocinar|limpiar|atender|reprogramar|estudiar|viajar|cubrir|doble',
    'ya ..1 no ..1 puedo|podemos|puede ..2 {weekday}|ir|venir|llegar|asistir|conectarme|manejar ..3 {weekday}|manana|tarde|noche|mananas|tardes|noches|trabajo|hora|horario|dia|dias|semana',
    'ya ..1 no ..1 puedo|podemos|puede ..1 los|el ..1 {weekday}',
    // A child one's turn is to take or fetch: the mask covers the child too, so a touch elsewhere still reads.
    'me|nos|le|te|les ..1 toca|toco|tocaba ..1 llevar|recoger|cuidar|banar|buscar|dejar ..3 {child}|hijos|hijas|ninos|ninas|nene|nenes|bebe|chamacos|chicos|nietos|hija|hijo|nino|nina',
    'escoger|elegir|cambiar|cambie|escogi|elegi ..2 plan|planes',
    'plan ..2 de ..1 seguro|salud|pago|pagos|aseguranza|medicaid|medicare',
    'community|health|healthcare|care|dental|advantage|medicare|medicaid ..1 plan|plans',
    // The desk's Spanish, by kind (recall13, gate av, 2026-12-05): 'me regala el recibo' (give me, Colombia and
    // Central America); 'la última vez' one came or paid; living an hour away; nobody joining a call; a notice
    // that is scary; a toothache; dropped from Medi-Cal ('me dieron de baja'); the insurance driving one crazy; a
    // message deleted; seen but not heard on a call; 'solo' as only; sorry to cancel; on one's way.
    'me|nos ..1 regala|regalas|regalan|regalaria|regalarian ..2 el|la|un|una|los|las ..1 recibo|recibos|factura|cita|informacion|numero|dato|datos|link|favor|formulario|constancia|copia|direccion|correo|horario|turno',
    'la ..1 ultima ..1 vez ..2 me|que|nos ..1 perdi|pusieron|cobraron|estacione|vine|fui|vino|llame|pague|pidieron|dieron|mandaron|atendieron|dijeron|cambiaron|cancelaron|perdimos|vinimos|tocaron|mandaste',
    'vivo|vivimos|vive|viven ..1 a ..2 una|un|media|dos|tres|{number} ..1 hora|horas|minutos|millas|cuadras',
    'vivo|vivimos|vive|viven ..1 lejos|cerca|afuera',
    'nadie ..2 entra|entro|conecta|conecto|abre|abrio|se ..1 conecta|conecto',
    'notice|aviso|carta|cobro|factura|cuenta|precio|recibo ..4 da|dio ..1 miedo',
    'dolor ..2 de ..1 muela|muelas|diente|dientes|rodilla|oido|garganta',
    'dieron|dio|dan|dar|darme|darle ..2 de ..1 baja',
    'seguro|aseguranza|papeleo|tramite|sistema|portal|medicaid|formulario ..3 volviendo|vuelve|tiene|trae ..1 loco|loca',
    'se ..1 me|le ..1 borro|borró|perdio|perdió ..2 el|la|mi ..1 mensaje|correo|cita|link|recordatorio|texto|email|numero',
    'se ..1 ve|veia|oye|oia|escucha ..2 pero ..2 no ..2 se ..1 ve|veia|oye|oia|escucha',
    'solo ..1 me|se|le|nos ..1 sale|salio|aparece|deja|dice|muestra|carga',
    'solo ..1 cash|efectivo|credito|debito|zelle|venmo|cheque',
    'siento|sentia|senti ..1 fatal|mal|pena ..1 de|por ..1 cancelar|faltar|reprogramar|molestar|llegar|escribir|avisar|cambiar',
    'voy|vamos|vengo|va ..1 para|pa|pal ..1 alla|aca|alli|ahi',
    // lead27: ir por algo o alguien, un mandado ("voy por un cafe", "fui por los niños a la escuela").
    // lead27 (sets cv, cw): andar cortos de dinero; una contraseña que está mal; algo que se rompió o se descompuso; el mes
    // que lo está matando a uno; llevar a un niño a la cita.
    'andamos|ando|estamos|estoy|quedamos|quede ..2 cortos|corto|corta|cortas',
    'cruzo|cruzar|cruzando|cruce|cruzamos|cruzo ..2 frontera|linea|garita',
    'disculpe|disculpa|disculpen|perdon|perdone|perdona|perdonen ..2 la ..1 tardanza|demora',
    'linea|fila|cola ..2 esta|estaba|va ..2 larguisima|larga|eterna|enorme',
    'contrasena|contraseña|clave|codigo|código|link|enlace|numero|número|correo|fecha|direccion|dirección|nombre|apellido|usuario ..3 esta|está|estaba|es|sale|salio ..1 mal|equivocado|equivocada|incorrecto|incorrecta',
    'se ..1 me|le|nos|les|te ..1 rompio|rompió|rompieron|quebro|quebró|descompuso|descompusieron|poncho|ponchó',
    'mes|semana|trabajo|chamba|navidad|escuela|deuda|deudas|seguro|aseguranza ..3 me ..1 esta|está|estan|están ..1 matando',
    'lo|la|los|las ..1 voy|vamos|va|van ..1 a ..1 llevar|traer|recoger|acompanar|acompañar',
    'voy|vamos|fui|fuimos|iba|ibamos ..1 por ..2 cafe|comida|almuerzo|ninos|hijos|hijo|hija|nena|nene|nietos|carro|gasolina|pan|tortillas|mandado|mandados|papeles|documentos|llaves|paquete|mama|abuela|abuelo|esposo|esposa|ropa|tarjeta',
    'los ..1 angeles',
    // Probed by construction (recall16, 2026-12-05): a boss who will 'kill' one for being late; laughing to death; a
    // plan of payments or a form finished with; a goodbye to a former therapist or a job.
    'jefe|jefa|maestra|maestro|profe|supervisor|supervisora|mama ..4 matar|mata ..2 si ..1 llego|llegamos|falto ..1 tarde|otra',
    'mato|mataba|mata|matan|mataste ..2 de ..1 risa',
    // "Me mató" (it killed me) folds to "me mato" (I kill myself): read as a thing's doing only with the thing next
    // to it ("me mató el internet", "la factura me mató"), never across a gap or with a day to come ("me mato esta
    // semana", "no pago la renta y me mato"); a condition before it is a crisis rule ("si no pago la renta me mato",
    // active-ideation.ts), which the mask does not cover.
    'me mato el|la internet|wifi|senal|señal|conexion|conexión|llamada|trabajo|noticia|factura|cuenta|renta|multa|cobro|copago|deducible|espera|fila|trafico|tráfico',
    'el|la internet|wifi|señal|senal|trafico|tráfico|noticia|zoom|link|enlace|app|portal|videollamada|factura|cuenta|renta|multa|cobro|copago|deducible|trabajo|semana me mato',
    'terminar|acabar ..2 con ..2 el|la|mi|los|las ..1 plan|pago|pagos|deuda|contrato|papeleo|tramite|formulario|formularios',
    'despedi|despedirme|despido ..3 terapeuta|doctor|doctora|psicologo|psicologa|consejero|consejera|trabajo|chamba',
    // A whole stretch of time, not a quantity taken ('tomé la pastilla toda la semana', 'todos los días').
    'toda|todo ..1 la|el ..1 semana|dia|noche|mes|tarde|manana|ano|tiempo|rato|vida',
    'todos|todas ..1 los|las ..1 dias|noches|semanas|meses|mananas|tardes|anos',
    // Admin12: a voicemail ("buzón de voz", "mensajes de voz"), never a voice that speaks to one.
    'buzon|mensaje|mensajes|correo|nota|notas ..1 de ..1 voz',
    // "Solo" as "only" beside a channel, dates, or who signs: "¿o solo por texto?", "solo fechas", "¿o solo yo?".
    'solo ..1 por ..1 texto|telefono|whatsapp|correo|email|mensaje|mensajes|video|zoom|llamada',
    'o ..1 solo ..1 yo|por|tarjeta|efectivo',
    'solo ..1 fechas|fecha',
    'solo ..1 que ..1 estuve|fui|estuvo|fue',
    // Where one lives now, a change of address: "ahora vivo con mi hija", "ya no vivo con mi mamá".
    'ahora ..1 vivo ..1 con|en',
    'ya ..1 no ..1 vivo ..1 con ..1 mi|mis|su|sus',
    // Admin13: knocks a child took playing a sport ("se dio unos golpes jugando fútbol"); shivers with the flu
    // ("gripa con fiebre y temblores"); rather not be alone in the session ("preferiría no estar sola en la
    // sesión": company asked for, where one would rather not be alone, not a wish not to be).
    '{child}|hijo|hija|nino|nina|nene|nena ..1 se ..1 dio|dieron|pego|hizo|llevo ..2 golpe|golpes|golpazo|golpazos|moreton|moretones|raspones ..1 jugando|en ..1 futbol|beisbol|basquet|partido|practica|entrenamiento|recreo|bici|bicicleta|patineta',
    'gripa|gripe|resfriado|catarro|influenza|covid ..2 fiebre|calentura ..1 y|con ..1 temblores|escalofrios',
    'gripa|gripe|resfriado|catarro|influenza|covid ..2 temblores|escalofrios ..1 y|con ..1 fiebre|calentura',
    'preferiria|prefiero|quisiera ..1 no ..1 estar ..1 sola|solo ..3 sesion|cita|consulta|terapia|videollamada',
    // Admin13: el plan del seguro que cambia o vence ("cambió mi plan", "mi plan vence"), nunca un plan que se tiene
    // o que empieza ("mi plan empieza mañana").
    'cambio|cambiaron|vencio|termino ..2 mi|el|su|nuestro ..1 plan',
    'mi|el|su|nuestro ..1 plan ..2 cambio|cambiaron|vence|vencio|vital|medico',
    // Admin13: "me dio un heart attack" con una cuenta ("el bill me dio un heart attack jaja").
    'bill|cuenta|factura|cobro|estado ..3 me ..1 dio ..2 un|una ..1 heart|infarto|ataque',
    // Desk hyperbole by kind (recall18, 2026-12-05): a boss, a teacher or a mother who
    // will 'kill' one for missing, asking for a day or leaving early (never a partner: "si lo dejo me mata" stays a
    // threat); burnt rice; dying of the flu; a fortnight's pay or the rent that 'killed' one; 'me mata buscar
    // lugar'; a bill that left one 'dead'; dead of desperation with the insurance; dying if the boss sees one on
    // camera or eager to see the therapist; 'tengo corte' as a court date. Each mask is held to the words next to the
    // risk word: no gap a statement could fill ("la renta me mató" is left unread: 'me mato' is also 'I kill myself').
    'jefe|jefa|maestra|maestro|profe|supervisor|supervisora|patron|mama|mami|papa|abuela ..1 me|nos ..1 va|van ..1 a ..1 matar ..1 si ..2 pido|falto|llego|cancelo|salgo|sigo|vuelvo|pierdo',
    'mom|dad|boss ..2 gonna|going|will ..2 kill ..1 me ..1 si|if ..2 falto|miss|cancel|llego|pido|salgo',
    'van ..1 a ..1 matar ..1 en ..1 el|la ..1 trabajo|chamba|jale|escuela|oficina',
    'se ..1 me|nos|le ..1 quemo|quemaron ..2 el|la|los|las|mi ..1 arroz|comida|frijoles|pan|cena|pollo|sopa|tortillas|carne|olla|cafe|pastel|desayuno|huevos',
    'me ..1 muero ..1 de|del ..2 gripa|gripe|resfriado|catarro|tos',
    'gastos|pagos me mataron',
    'quincena|renta|gastos|pagos|tarjeta me ..1 dejo|tiene ..1 muerto|muerta|pelado|pelada',
    'me ..1 mata|matan ..1 buscar|esperar|estacionar|estacionarme|manejar|llenar|parquear',
    'bill|factura|cobro|cuenta|recibo ..3 que ..1 me ..1 dejo ..1 muerto|muerta|frio|fria',
    'muerto|muerta ..1 de ..1 la ..1 desesperacion|coraje ..1 con ..2 seguro|aseguranza|factura|cobro|cita|cuenta|portal|llamada|espera|formulario|medicaid',
    'me ..1 muero ..1 si ..1 mi ..1 jefe|jefa ..1 me ..1 ve|ven|oye',
    'me ..1 muero ..1 por ..1 verla|verlo|verlas|verlos|hablar|contarle|platicar|platicarle',
    'tengo|tenemos|tiene =corte ..3 dia|{weekday}|manana|hoy|fecha|audiencia|cita|juez|migracion',
    'audiencia|fecha|juez ..3 =corte ..3 migracion|juez|audiencia|abogado|abogada|caso|fecha|dia|{weekday}',
    // The desk's Spanish, by kind (recall18, 2026-12-05): 'solo' as only (only by email, only asking, only a
    // passport); nobody returning a call; not wanting to infect anyone; whose turn it is; a card kept on file; a
    // bus that left one; a balance that still shows; stood up in the waiting room; an upload the portal will not
    // take; buried in work; heard but not seen on a call; a diagnosis code missing on a claim; a copy of a
    // treatment plan or an evaluation's report; overslept; a wake one goes to.
    'solo ..1 correo|email|pregunto|pregunta|pasaporte|individual|eso|efectivo|mensajes',
    'solo ..1 para ..1 saber|llenarlo|llenarla|confirmar|preguntar',
    'solo ..1 que ..1 diga|digan|diga',
    'nadie ..2 regresa|regreso|devuelve|devolvio|marca|llama ..2 la|las|mis ..1 llamada|llamadas',
    'contagiar|contagie|contagiarlos|contagien ..1 a ..1 nadie|todos|ustedes',
    'a ..1 quien ..1 le|me|les ..1 toca|toco',
    'me|le|nos ..1 toca|toco ..1 el|la|mi ..1 seguimiento|cita|turno|consulta|revision|pago|refill',
    'tarjeta|tarjetas|datos ..3 que ..1 tienen|tenian|tiene ..1 guardada|guardado|guardados|guardadas|registrada|registrado',
    'me ..1 dejo ..1 el|la ..1 autobus|camion|bus|tren|metro|guagua|raite|ride|uber|vuelo|avion|troca',
    'sigue|siguen ..1 saliendo|apareciendo|cobrando|diciendo|mostrando ..3 balance|saldo|cobro|cargo|deuda|pendiente|error',
    'sigue|siguen ..1 en ..1 pie',
    'me ..1 dejaron|dejo ..1 plantada|plantado',
    'no ..1 me ..1 deja ..1 subir|cargar|descargar|agendar|seleccionar|guardar',
    'no ..1 me ..1 deja ..1 hacer ..1 upload|login|clic|click',
    'no ..1 me ..1 deja ..1 firmar ..3 cel|celular|portal|app|aplicacion|pagina|telefono|compu',
    'enterrada|enterrado ..2 en ..1 trabajo|papeles|deudas|tareas|chamba',
    'los|la|lo|te|les ..1 escucho|oigo|veo ..2 pero ..2 no ..1 me ..1 ven|escuchan|oyen',
    'falta ..2 el ..1 diagnostico|codigo ..3 en ..2 la|el ..1 factura|reclamo|recibo|superbill|formulario',
    'copia ..2 del|de ..1 plan ..1 de ..1 tratamiento',
    'reporte|copia|resultados|informe ..3 evaluacion',
    'quede ..1 dormida|dormido ..1 y ..1 perdi|llegue',
    'ir ..2 a ..1 un|el ..1 velorio|funeral|entierro|sepelio|rosario|novenario',
    // El plan del seguro o de pagos que se tiene (recall19): "tengo un plan con Molina", "un plan de pagos", "un plan
    // que cubre", "un plan nuevo", "un plan para pagar".
    'tengo|tiene|tenemos|tenia|tenía un plan con|de|del|por|nuevo|medico|médico|familiar|dental|basico|básico|gold|silver|bronze|ppo|hmo',
    'tengo|tiene|tenemos|tenia|tenía un plan que cubre|cubra|paga|incluye',
    'tengo|tiene|tenemos|tenia|tenía un plan para pagar|pagarlo|pagarles|pagos|cubrir|venir|cambiar|ahorrar',
    // Maneras de algo nombrado (recall19): pensando en maneras de pagar.
    'pensando|pienso|pensar|penso|buscando|busque en maneras|formas de|para',
    // Cortarse con un papel, cocinando o rasurándose; un dedo (recall19: "me corté con un papel" iba a la guardia). A
    // propósito sigue siendo autolesión (self-harm.ts lo lee con 'a propósito').
    'me corte|corto con un|una|el|la papel|lata|sobre|carton',
    'me corte|corto con una|la hoja de papel|cuaderno|libro',
    'me corte|corto cocinando|picando|pelando|rasurandome|afeitandome|rasurando|afeitando|depilandome|lavando|abriendo|cortando',
    'me corte|corto el|un dedo',
    // Una semana o un día que 'me mató' en pasado o de cansancio (recall19); 'esta semana me mató' a secas queda
    // crisis: con los acentos plegados no se distingue de 'esta semana me mato'.
    'ayer|anoche|pasada|pasado|anterior me mato',
    'me mato de cansancio|trabajo|risa|hambre|sueno|calor|frio|estres|chamba',
    // Set bf (admin14): a bill from the emergency room, where a charge came from (being there now stays urgent).
    'bill|factura|facturas|cuenta|cobro|cobros|recibo|cargo|cargos ..1 de ..1 la ..1 sala ..1 de ..1 emergencia|emergencias',
    'bill|factura|facturas|cuenta|cobro|cobros|recibo|cargo|cargos ..1 de ..1 emergencias|urgencias',
    // El día de algo nombrado (recall19): el viernes es el día de pago.
    'es el dia de|que|para|del|en|libre',
    // Una fecha escogida para algo (recall19).
    'ya escogi|elegi|decidi|puse la|el fecha|dia de|para|del|que',
    // Lo que se acaba es el papeleo; las cosas vendidas en una mudanza; el esposo que pasa por una al trabajo (recall19).
    '{future_time}|semana|noche|hoy|pronto se acaba|acabara todo el|la|los|las papeleo|tramite|tramites|pago|pagos|trabajo|contrato|seguro',
    'vendi|regale todas|todos mis cosas|muebles|ropa de|por|para la|el mudanza|garage|garaje|venta|bazar|cambio',
    'esposo|esposa|marido|pareja|novio|novia se aparece|presenta en mi trabajo|casa|escuela para llevarme|recogerme|traerme|dejarme',
    // Traffic or weather that is horrible; no longer living at an address (ya no vivo en la dirección vieja);
    // only attendance, only audio (never living alone, never a wish not to live).
    'trafico|clima|lluvia|camino|carretera|calle|internet|senal ..2 esta|estaba|es|estuvo ..1 horrible|terrible|fatal|pesadisimo',
    'ya ..1 no ..1 vivo ..1 en|por ..2 la|el|esa|ese|esta|este|mi ..1 direccion|casa|apartamento|departamento|calle|ciudad|estado|condado|pueblo|area',
    'solo ..1 asistencia|audio|video|voz|camara|telefono|presencial|virtual',
    // A building named as where the parking, the door or the office is ("el estacionamiento de su edificio"); never
    // its roof or a height.
    'estacionamiento|parqueo|entrada|puerta|elevador|recepcion|oficina|direccion|piso|lobby ..2 del|de ..1 su|el|este|ese|nuestro ..1 edificio',
    // Set bh (recall21, 2026-12-05): la corte (de inmigración, familiar) es un tribunal; un corte es una herida.
    'la|una ..1 corte',
    // Junto a las clases de recall21: esta vez sí lo voy a hacer bien (la tarea, los formularios).
    'esta ..1 vez ..3 lo ..1 voy ..1 a ..1 hacer ..1 bien|mejor|diferente|distinto|temprano|completo|primero',
    'esta ..1 vez ..2 lo ..1 hago ..1 bien|mejor|diferente|distinto|temprano|completo|primero',
    // precision15 (2026-12-05): las mismas clases en español. Morirse de calor, de coraje o por saber; muerta tras
    // un doble turno o con tanto papel; una carta o un cobro que la dejó muerta; lo que "me mata" es una cosa
    // (nunca "me mato": sin acentos, "me mató" no se distingue de "me mato", y se queda en guardia).
    'muero|muere|morir|moria|moriamos|morimos|muriendo|mueren|muriendome ..1 del|de cansancio|calor|frio|risa|hambre|sueno|verguenza|pena|nervios|aburrimiento|coraje|envidia|emocion',
    'muero|muriendo|muriendome por saber|ver|conocer|probar',
    'me muero si tengo que pedir|ir|pagar|llenar|manejar|esperar|cambiar|hacer',
    'me muero si me toca otra|el|la|a',
    'estoy|ando|quedo|quede muerta|muerto ..2 trabaje|trabajé|doble|turno|papeleo|tanto',
    'turno ..5 y quedo|ando|termino muerta|muerto',
    'muerta|muerto con tanto|tanta|todo ..1 papel|papeleo|trabajo|tarea|chamba|papeles',
    'carta|bill|factura|cobro|cuenta|precio|copago|deducible|seguro|recibo ..3 me dejo muerta|muerto',
    'tren|camion|metro|bus|autobus|bateria ..3 esta|estaba muerta|muerto',
    'espera|calor|frio|trafico|precio|precios|copago|cobro|renta|gasolina|horario|horarios|papeleo|portal|seguro ..3 me mata|matan',
    'espera|calor|frio|trafico|precio|precios|copago|cobro|renta|gasolina|horario|horarios|papeleo|portal|seguro ..3 me va|van a matar',
    'la|lo|me|nos van|va a matar los|las|el|la precios|copagos|cuentas|cobros|copago|precio',
    'me mataron con el|la|los|las|ese|este copago|cobro|precio|precios|cuenta|factura|bill|deducible',
    // "Me mata eso": lo que mata es eso, una cosa (nunca una persona).
    'me mata|matan eso|esto',
    'eso|esto me mata|matan',
    // Modismos: la llanta ponchada en el puente, los horarios que ahorcan, una despedida porque una
    // se muda, no poder más con el calor.
    'llanta|llantas|carro|coche|camion|trafico|grua|troca en el puente',
    'me ahorcan en el trabajo|chamba|oficina',
    'me ahorcan con los|el horarios|horario|pagos|cuentas|deudas',
    'despedirme me mudo|mudamos|jubilo',
    'ya no puedo mas con este|esta|el|la calor|frio|trafico|papeleo|portal|tarea',
    'no puedo mas con este|esta|el|la calor|frio|trafico|papeleo|portal|tarea',
    // Admin16 (2026-12-06): la dirección con su apartamento ("apto 3"): no es "apto" de una carta de alta médica.
    'apto|apt|depto|dpto|departamento ..1 {number}',
    'calle|avenida|ave|av|st ..4 apto|depto|dpto',
    // Si una cita sigue en pie ("¿sigue mi cita?", "la cita mía sigue pa mañana"): no es alguien que la sigue.
    'sigue|siguen|seguimos ..2 mi|la|el|nuestra|nuestro ..1 cita|citas|sesion|sesiones|consulta|horario|grupo',
    'cita|citas|sesion|sesiones|consulta|horario|grupo ..2 sigue|siguen ..3 en ..1 pie|para|pa|el|la|manana|hoy|{weekday}',
    // "Qué pena con usted": disculpas, al modo colombiano ("qué pena molestarla", "con mucha pena le informo que no
    // podré asistir"). La pena de uno ("me da pena vivir") no es esto.
    'que ..1 pena ..1 con ..1 usted|ustedes|ud|uds',
    'que ..1 pena ..1 molestarla|molestarlo|molestarlos|molestarlas|molestar|molestarle|molestarles',
    'con ..1 mucha|toda ..1 pena ..1 le|les ..1 informo|aviso|escribo|cuento|digo',
    // La farmacia como lugar ("estoy enfrente de la farmacia").
    'enfrente|frente|lado|junto|atras|esquina ..2 de|a ..1 la ..1 farmacia',
    // admin37: el papeleo de la oficina que lo mata a uno ("me están matando con tanto papeleo"), dicho del papeleo.
    'matando|mataron|mata ..2 con ..2 papeleo|papeles|formularios|tramites|llamadas|facturas|cobros',
    // admin38 (2026-12-07): el frío, el calor o el trabajo que lo matan o lo tienen muerto a uno ("este frío me está
    // matando", "el trabajo me tiene muerta esta semana"), dicho de la cosa; casi morirse buscando dónde estacionar.
    'el|este|ese|esta|tanto|tanta ..1 frio|calor|trafico|trabajo|papeleo|humo|sol|lluvia|nieve ..1 me|nos ..1 esta|estan|tiene|tienen ..1 matando|muerta|muerto|muertas|muertos',
    'casi ..1 me ..1 muero ..2 buscando ..2 parqueo|estacionamiento|lugar|parking|donde',
    'solo|solamente ..1 en ..1 ingles|espanol',
    'el|la|este|esta|ese|esa|tanto|tanta|mi ..1 plazo|gasolina|gas|renta|copago|deducible|espera|fila|cola|tramite|portal|factura|cuenta|viaje|camino|manejo ..1 me|nos ..1 esta|estan|tiene ..1 matando|muerta|muerto',
    // Sets ei y ej (lead40): 'ya' antes de un pretérito es 'already' ("ya la cambié dos veces"), no una urgencia.
    'ya ..2 cambie|intente|hice|puse|mande|envie|llame|pague|reinicie|probe|trate|escribi|llene|firme|subi|borre|actualice|descargue|revise|cheque|chequie|mandamos|pagamos|llamamos|intentamos|hicimos',
    // Probado por tipo (lead40): matar gallinas o un puerco en el rancho.
    'matar|mate|matamos|matando|mataron|sacrificar|sacrificamos ..3 gallina|gallinas|pollo|pollos|puerco|puercos|cerdo|cerdos|vaca|vacas|becerro|becerros|chivo|chivos|borrego|borregos|conejo|conejos|gallo|gallos|animal|animales|marrano|marranos',
  ],
};

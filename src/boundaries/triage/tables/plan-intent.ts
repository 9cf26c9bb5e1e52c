import type { TriageTable } from '../triage-category.js';

/**
 * Plan and intent: a decision made, a date or a time set, a way chosen, a last message (the C-SSRS
 * screener's questions on intent and plan). [sources: c-ssrs-screener]
 */
export const PLAN_INTENT: TriageTable = {
  label: 'plan_intent',
  en: [
    // lead41 (set en): the where and the how thought through ("i've thought it all through, where and how"), and an end
    // set after an event ("waiting till my sister's wedding is over on the 20th and then i'm out").
    'thought|figured|planned|worked|mapped ..1 it|all|everything ..2 through|out & where|how|when ..1 and ..1 where|how|when',
    'waiting|wait ..1 till|until|til|for ..6 over|done|passes|past|ends ..4 then ..2 im|ill|i ..1 out|gone|done && calm|peace|decided|mind|thought|planned|ready',
    'once|after|when ..6 over|done|ends|finished|passes ..4 then ..2 im|ill|i ..1 out|gone|done && calm|peace|decided|mind|thought|planned|ready',
    // Another attempt said as trying again, beside a hospital stay (lead32: "the hospital discharged my son yesterday and
    // today he's saying he'll try again"; read by the word model alone before its refit).
    'll|will|gonna|going ..3 try ..1 again && hospital|discharged|attempt|er|icu|psych|overdose|inpatient',
    // lead32 (set df): a family that will not need one any more, thought through and called the plan.
    'wont|{neg} ..1 need ..1 me ..2 anymore|soon|much && plan|thought|decided|ready|settled',
    // A plan thought through, beside a plan word, a decision or a time set (lead34, set dn: "Sunday when everyone's at church.
    // That's when. I've thought it through."; the partners were one slot list with "need me" in it, read as two words).
    '(thought it through|thought it all through|thought this through|thought it out|thought it all out|planned it out|planned it all out) && plan|gone|ready|settled|decided',
    'thought|planned|worked ..1 it|this|everything ..2 through|out && (wont need me|dont need me|nobody needs me|no one needs me|thats when|that is when|thatll be when|when everyones|when everyone is|when nobody is|when nobodys|when no one is|when the house is empty|when theyre all|when everybody is|when everybodys)',
    // lead32 probes: leaving for good, dated ("im leaving for good tonight", beside an account paid off).
    'leaving|leave ..2 for ..1 good & tonight|today|tomorrow|soon|weekend|bye|goodbye',
    // lead27 (probes embedded among requests): a spot, a way or a method picked, and a date or a time ("i've picked the
    // spot and the date"). The risk reader knows it in a sentence alone; beside a request for a fax it read as an
    // errand's follow-on and reached staff. A place alone is not enough ("picked the place and the date" of a wedding).
    'picked|chose|chosen|choose|set|decided|found ..3 the|a|my ..1 spot|way|method ..2 and ..2 the|a|my ..1 date|day|time|night',
    'picked|chose|chosen|choose|set|decided ..3 the|a|my ..1 date|day|time|night ..2 and ..2 the|a|my ..1 spot|way|method',
    // Sets bw-cb (lead, 2026-12-06): not doing anything stupid today (nor tonight, nor yet), or nothing tonight but somebody
    // should know; knowing how one would do it; how easy it would be to just do it; not having done anything yet beside
    // the means.
    '{neg}|not ..3 do ..1 anything|something ..1 stupid|dumb|drastic|rash|crazy ..2 tonight|today|yet|now|right',
    'not|{neg} ..2 going|gonna ..1 to ..1 do ..1 anything ..2 tonight|today|yet && but|know|somebody|someone|tell|telling|honest|head',
    'know ..2 how ..1 i|id|ill ..2 do ..1 it',
    'how ..1 easy ..2 it ..1 would|d ..1 be ..2 to ..1 just|not|keep|end|let|pull|swerve|drive|jump|step & keep|kept|every|night|approach|thoughts|intrusive|lately|always',
    'havent|{neg} ..1 taken|done|used ..1 anything && pills|drugs|{pills}|{med_name}|gun|rope|bridge|guardrail|propofol|vial|bottle',
    // The holdout bn (lead): going out like a soldier.
    'go|going|gonna ..1 out ..2 like ..1 a ..1 soldier|warrior|hero|legend|man',
    // Set bv (lead, 2026-12-06): a list of ways written; 'not in the funny way'.
    'list ..2 of ..1 ways|methods|options|reasons ..2 to ..1 die|end|do|go',
    'list ..2 of ..1 ways|methods & scared|wrote|written|made|afraid',
    '{neg}|not ..2 in ..1 the|a ..2 funny|meme|dramatic ..1 way|sense',
    // Sets bs and bt (lead, 2026-12-06): going out on one's own terms rather than back in a cell; "its tonight".
    'go|going|goin ..1 out ..2 on ..1 my ..2 terms',
    '{neg}|not ..1 going|goin ..1 back ..2 in|to ..1 a|the ..1 cell|jail|prison && terms|cops|come|first|die|out',
    'its tonight',
    'it ..1 happens|happening ..1 tonight',
    // Set bq in English (lead): woke up in the hospital after being found.
    'woke ..1 up ..3 hospital|er|icu && found|car|remember|discharge|discharged|pumped|stomach|narcan',
    'they|someone|he|she|roommate|husband|wife|mom|dad ..1 found ..1 me ..4 car|garage|bathroom|floor|woods|bridge|tub|bathtub|unconscious|passed',
    // Set br (lead): one last good high.
    'one ..1 last ..2 high|hit|bender|binge|drink|rush',
    // Set bo (lead, 2026-12-06): a crash that was no accident, or a car driven into something on purpose (an attempt told
    // after the fact, often with a laugh: "the 'accident' wasnt an accident"). A claim or a bill is not an accident's sense.
    '{neg}|wasnt ..1 an|a ..1 accident & crash*|hit|pole|tree|wall|guardrail|airbag|drove|driving|swerv*|meant|purpose|fell|jumped|pills|overdose|cut|er|hospital',
    'meant|tried|wanted|trying ..2 to ..2 hit|crash|wreck|drive|swerve ..4 pole|tree|wall|guardrail|barrier|bridge|into|off|overpass|truck|semi|median',
    'on ..1 purpose & crash*|hit|pole|tree|wall|guardrail|swerv*|drove|wreck*|airbag',
    // Set bp (lead, 2026-12-06): asked to be told before one does more (after using or taking something).
    'before ..1 i ..2 do|take|use|drink|swallow ..2 more|again|anything|something|rest & tell|alone|need|someone|used|took|using|taken',
    // A mind made up about things left unnamed, an attempt interrupted, no point since one won't be here (lead, 2026-12-06, from the round's holdout set, read at its end).
    'made ..1 up ..1 my ..1 mind ..2 about ..2 some|certain|a|few|many ..1 things|stuff|everything|it',
    'found|stopped|caught|interrupted ..1 me ..3 before ..1 i ..1 could ..2 finish|do|go|end|complete',
    'before ..1 i ..1 could ..1 finish|complete ..1 it|this|everything & found|stopped|caught|last|night|husband|wife|mom|dad|roommate',
    'no point since|because|cause|bc ..4 wont|{neg} ..1 be ..1 here|around|alive',
    // Asked to check on one, or to hand something on, after tonight (lead, 2026-12-06, from two messages a transfer
    // run found reaching staff: "Can you check on me after tonight", "Could you give them this after tonight").
    'check|checking|checks ..1 on ..1 me|us ..3 after|tomorrow|tonight|later|morning|if',
    'give|hand|pass|deliver|leave them|him|her|this|these|it this|these|it|them after tonight',
    // Being done, said as meant this time or as not to be fixed (lead, 2026-12-06, from an unseen set: "I'm done. I
    // mean it this time. I'm not looking for you to fix it."). Done with something named is a task finished.
    'im|i|am ..1 done && mean ..1 it ..2 this ..1 time',
    'im|i|am ..1 done && {neg} ..4 you|anyone|anybody|someone ..2 to ..1 fix|stop|save ..1 it|me|this',
    'im|i|am ..1 done ..2 for ..1 real ..2 this ..1 time',
    // About to do it and stopped by the dog or one's nerve (lead26b: "i was going to do it last night but my dog looked at
    // me"); the means that failed last time and another this time ("the pills didn't work last time so this time i'll
    // use something else").
    'was|were ..1 going|gonna|about ..1 to ..1 do ..1 it ..4 but ..3 dog|cat|barked|looked|chickened|nerve|stopped|couldnt',
    'pills|{pills}|{med_name}|it|rope|cutting ..2 {neg}|didnt ..1 work ..4 last ..1 time & this|next ..1 time|something|else|different|better|more',
    // Done after a day one has to get someone through (the holdout cu, read at the round's end, lead26: "after my
    // daughter's quince on the 14th i'm done. i just want to get her through that day").
    'after ..6 wedding|graduation|quince|quinceanera|birthday|holidays|christmas|thanksgiving|funeral ..3 (im done|i am done|ill be done|im gone|ill be gone)',
    '(im done|i am done|ill be done|im gone|ill be gone) && (get her through|get him through|get them through|get through that day|get her to|get him to) ..3 that|the ..1 day|wedding|graduation|party|quince|birthday',
    // lead29 (sets cy, cz): done after a date that life turns on (rent due, a custody hearing going bad), beside a method
    // known or a month more of feeling like this ("after rent is due on the 1st im done. not paying another month to feel
    // like this", "if the custody hearing goes bad friday im done. i already know how and where").
    'after|once|if|when ..6 im|am|be ..1 done|gone && (how and where|where and how|when and where|know how|feel like this|feeling like this|another month|another year|another day|another week|no point|for good|cant do this|cant keep)',
    'already ..1 know|decided|figured|picked|planned ..2 (how and where|where and how|when and where|where and when|how and when) && done|over|end|bad|lose|lost|goes|tired|anymore|gone',
    '{neg}|not ..1 paying|doing|spending|living|going ..2 another ..1 month|year|week|day|winter|christmas ..3 to ..1 feel|feeling ..2 like ..1 this',
    // Done, beside everything one needs had or ready (lead26: "i'm done. i have everything i need").
    'im|i|am ..1 done && have|got|gathered|ready ..2 everything|all ..2 i ..1 need|needed|ready',
    // A day of the month named "the day" in something written (lead, 2026-12-05, from a holdout set: a teen's journal,
    // "I'm done. the 15th is the day."). A date alone is the desk's ("the 15th is the day my insurance starts").
    'journal|diary|notebook|note|page|post|wrote|written|says && {day_ordinal} ..1 is|s ..1 the ..1 day|night|date',
    '{day_ordinal} ..1 is|s ..1 the ..1 day|night|date & goodbye|journal|diary|note|decided',
    // The night named, peace made, the police refused, a time set for being done.
    'tonights|todays|tomorrows|fridays|saturdays|sundays ..1 the ..1 night|day',
    'made|making|make ..1 my ..1 peace',
    // Set ay (lead): an exit planned, said as people hint at it ("low key planning my exit"); the building's exit is
    // asked about, never planned.
    'planning|plan|planned|plotting|plot ..2 my|an ..1 exit|escape',
    'planning|plan|planned|plotting|plot|figuring|figured ..2 my|a|the ..1 way ..1 out',
    'dont|{neg}|please ..3 send|call ..2 the ..1 police|cops|911|ambulance',
    'decided|decision ..4 {weekday}|{future_time}|tonight ..3 when|day ..2 im|i ..1 done|gone|leaving|going',
    // Going to a height or the tracks, said as a way there (lead31: "going" anywhere in the sentence read "the bridge is
    // closed so i'm going to be late" as a plan).
    '{height}|{rail} & quiet|empty|dark|nobody|alone|high|tall|drop',
    'going|headed|heading|go|drive|driving|walk|walking ..2 to|toward|towards|up|onto|out ..2 the|a|that ..1 {height}|{rail}',
    'tallest|highest ..2 building|bridge|parking|garage|tower|cliff & roof|onto|top|access|get|up',
    'handling|handle|manage|managing|take|taking ..3 my ..1 stuff|things|affairs|accounts|everything ..3 after|when|once|from',
    'im|i|ill ..2 {neg}|not ..1 gonna|going|be ..1 be|here|around ..1 here|around|anymore',
    // Not being here, said twice over or with a doubt about coming back.,
    'not ..2 be|being ..1 here ..1 here',
    'not ..1 sure ..3 walking|coming|making|getting|going ..2 back|out|home|it',
    'brought|bring|packed|took|loaded|have|got ..2 the|my ..1 45|38|357|380|9mm|12gauge',
    '{possess}|made|make|making|have ..2 a|the ..1 plan & {kill}|{die}|date|tonight|{pills}|{firearm}|{rope}|goodbye',
    'plan|plans|planning|planned ..3 to ..3 {kill}|{die}|overdose|jump|hang|shoot',
    'plan|plans|planning|planned ..3 to ..3 end ..1 it|things|my',
    'my ..1 plan ..1 is ..3 to ..4 {kill}|{die}|{pills}|{med_name}|jump|hang|shoot|end|tonight',
    'plan ..2 and ..1 a ..1 date',
    // One's own plan said to be set for a day (lead, 2026-12-05, noticed by admin14): beside a request in one run-on
    // sentence the risk reader's decision-and-time reading was accounted for by the request and reached staff. "My
    // payment plan" or "my insurance plan" names another plan (no word may come between "my" and "plan").
    'my plan ..1 is|s ..1 set|ready|final|finalized|made|locked|happening ..3 for|on|this|by ..1 {weekday}|tonight|tomorrow|weekend|night|date|morning',
    'mi plan ..1 ya ..1 esta|está ..1 listo|hecho ..3 para ..2 {weekday}|hoy|manana|mañana|noche|fecha',
    'how ..1 and ..1 when',
    'when ..1 and ..1 how',
    'do ..1 it ..5 when ..3 everyone|everybody|nobody|noone|asleep|alone',
    'tonight ..1 is ..1 the ..1 night',
    'i|ive ..2 picked|chose|chosen ..1 the ..1 date|day',
    'made ..2 up ..1 my ..1 mind & {kill}|{die}|goodbye|end|tonight|go',
    'this ..1 is ..2 my|the ..1 last ..1 message|goodbye|text',
    'wont|{neg} ..2 need ..2 them|it|appointments|sessions|therapy|anything ..2 after ..1 this|tonight|today|tomorrow',
    'wont|{neg} ..3 be ..1 around|here|alive & anyway',
    'last ..1 day|night ..2 on ..1 earth',
    'last ..1 night|day ..1 alive',
    'by ..1 the ..1 time ..3 read ..1 this',
    'when|after ..1 im ..1 gone',
    'when|after ..1 i ..1 am ..1 gone',
    'going|gonna ..2 to ..1 kill ..1 myself|me',
    // The idea, in any order: a decision or a time, and an end or a harm.
    '{decision_act} & {future_time}|{weekday} & {ending}|{harm}',
    // A decision named as one (not a note, a date or a way, which are everyday too) and an end.
    'decided|decide|decision|planned|planning|prepared|figured & {ending} & i|im|ive|my|me',
    // Rehearsing it in one's head (a plan gone over, as the C-SSRS asks).
    'rehearsing|rehearsed|rehearse|practicing|practiced|practice ..2 it ..3 head|mind|night|nights|again',
    // Finality: an end said in everyday words ("it's happening sunday", "I'm not coming back").
    'going|gonna ..1 to ..1 do ..1 it & tonight|tomorrow|weekend|when|after|once|finally|ready|decided|{weekday}',
    'ill|will ..1 do ..1 it ..2 tonight|finally',
    // lead31 probes: doing it, then an apology, and nothing else said ("ok so im gonna do it. sorry"); the fight given up
    // and peace tonight ("im done fighting. tonight ill finally get some peace").
    '(im gonna|im going to|i am going to|i am gonna|gonna|going to|im about to|about to) do it && sorry|forgive|goodbye|bye',
    'done ..1 fighting && finally|peace|goodbye|bye|forgive|over|tonight',
    'finally ..3 peace & tonight|soon|tomorrow|weekend|forever|gone|over',
    'its|it ..1 is|s|will ..1 happening|happen ..3 {future_time}|soon|tonight',
    'its ..1 happening ..3 {future_time}|soon|tonight',
    '{future_time}|{weekday} ..1 is|s ..1 the ..1 night|day',
    'it|everything ..2 planned ..1 out',
    'got|have|had ..2 it|everything|all ..2 planned',
    'house|place|home|apartment ..2 to ..1 be ..1 empty',
    'at ..1 peace ..2 with ..2 it|this|my|dying|leaving|decision',
    'go|going|went|follow ..1 through ..1 with ..1 it',
    'check|checking ..1 out & good|permanently|forever|life|early|world|tonight|weekend',
    'im|am|will|going|gonna|ll ..2 end|ending ..1 it',
    'thats ..1 when ..1 im|i ..1 going|leaving|gone|go',
    'gone ..3 before ..2 anyone|anybody|everyone|they|you ..1 notice|notices|know|wake|realize',
    'picked|chose|found|chosen ..1 the|a|my ..1 spot|place & already|ready|gone|tonight|jump',
    'picked|chose|found|chosen ..1 the|a|my ..1 spot|place & do ..1 it',
    'not|never|wont ..2 coming|come ..1 back',
    'last ..1 time ..4 hear|hearing ..2 from ..1 me',
    // A last message said as the last one ("these are my last words"), not a message before this one.
    'last ..1 goodbye|words',
    'my|the ..1 last ..1 message|text|email ..2 youll|you|ever|from ..1 me',
    'by ..1 tomorrow|tonight|morning|monday|then|friday|saturday|sunday ..4 {neg}|wont|be ..2 matter|here|around|alive|gone|over',
    'wont|{neg} ..2 matter ..2 anymore|tomorrow|soon|after|then',
    'done ..3 with ..4 all|everything|life|living|it ..3 good|forever|anymore|finally',
    'end|ending ..1 things|everything ..3 {future_time}|soon|tonight|for|now|finally|this',
    'know ..1 how ..4 when',
    'know ..1 when ..4 how',
    'im|am|i ..1 ready ..1 now|tonight|finally',
    'bought|got|have|gathered ..2 everything ..2 need|needed & tonight|ready|now|goodbye|plan|tomorrow|weekend',
    'counting ..1 down ..2 days|till|until|to',
    'set|picked|chose|chosen ..1 a|the ..1 date|day & counting|ready|after|before|wont|goodbye',
    '{intent}|going|gonna|will|ll ..3 take|swallow|down|overdose|od ..4 all|every|whole|entire|bottle ..3 {pills}|{med_name}|pill',
    // Veiled statements of a plan: it, a time, and a decision or an end, without saying what it is.
    'do|doing ..1 it & tonight|finally|asleep|sleep|sleeping|alone|nobody|noone|goodbye|ready|decided',
    'be ..1 gone ..2 by|before|tomorrow|tonight|morning|soon|when',
    'it|everything|this ..1 will|ll|is|s|be|gonna ..2 over ..2 soon|tonight|tomorrow|finally',
    'all ..1 be ..1 over',
    '{neg}|never ..2 coming|going|come ..1 home|back & tonight|lake|river|bridge|ever|again|anymore|goodbye|woods|drive|driving|{height}',
    'the ..1 where|how|when ..2 and ..2 the ..1 how|when|where',
    'know ..2 where ..2 and ..1 when|how',
    'worked|figured ..1 out & where|how|when|tonight|weekend|date|{weekday}',
    'plan ..3 and ..2 date|time|day',
    'everything|it|all ..1 is|s ..1 set|ready|arranged|planned & just|now|tonight|wait|waiting|{neg}',
    'right ..1 moment|time|night|day & waiting|wait|{pills}|ready|set',
    'going|gonna|want|ready ..2 to ..1 join ..1 him|her|them|my',
    // Joining someone soon, missed, gone, written without "to" ("im gonna join my dad soon, i miss him").
    'gonna|wanna|gunna|going|want|ready|about|time ..2 join|joining ..1 my|him|her|them ..4 soon|miss|missing|heaven|passed|gone|died|dead|lost|finally|grave|buried',
    'take|swallow|taking|swallowing ..2 all|every|each ..2 of ..1 them|it|those & tonight|going|gonna|will|ll|when|after|{pills}',
    // The same said "them all" (lead, 2026-12-05, noticed by admin14: "can you send my med list, I'm going to take
    // them all tonight" was only clinical). "Taking them all to the pharmacy tonight" reads the same: a clinician calls back.
    'take|swallow|taking|swallowing|down ..1 them|those|these ..1 all & tonight|going|gonna|will|ll|when|after|{pills}',
    'take|taking|swallow|swallowing ..3 whole|entire ..1 bottle|pack|box|thing',
    'it|nothing ..1 wont|{neg}|doesnt ..1 matter & by|after|soon|anyway|decided|anymore|{future_time}',
    'finally ..2 going|gonna|ready ..2 to|through',
    '{height}|{rail} & which|picked|chose|chosen|found|know',
    'wrote|written|writing|left|leaving ..2 a|my|the ..1 note|letter|letters & goodbye|everyone|kids|family|sorry|find|found|after',
    // The note written and put away where it will be found ("I wrote the note. It's in my desk."), told with nothing
    // else (lead, 2026-12-05: beside a request it went to staff).
    'i|ive ..2 wrote|written|finished ..2 a|my|the ..1 note && its|it|s|is ..3 in|under ..2 my ..1 desk|drawer|nightstand|pillow|wallet|glovebox',
    'wont|{neg} ..2 be ..1 here|around|alive ..3 {future_time}|next|to|anymore|much|long|for|by',
    // Not being alive said of oneself in the future needs no time after it ("i will not be alive"); here and
    // around do (one is away on a trip).
    'i|ill|im|id ..2 wont|{neg} ..2 be ..1 alive',
    // Methods read about, and a date picked (lead, 2026-12-05: beside a request it went to staff); a payment
    // method is never read "about methods".
    'reading|researching|read|researched|looking|looked ..2 about|up|into methods',
    'have|got|has|picked|chose|chosen ..2 a|the ..1 date ..1 picked|chosen|set & methods|tried|ready|decided|know|goodbye|tonight|reddit',
    'wait|waiting ..3 until|till|til ..3 {child}|everyone|everybody|{partner}|{family} ..3 asleep|gone|away|sleeping & just|then|have',
    'loose ..1 ends',
    'made|make|making ..2 up ..2 my ..1 mind & going|do|talked|change|decided|nobody|anyone|stop',
    'talk|talked|talking ..1 me ..1 out ..1 of ..1 it|this',
    '{neg} ..2 be ..1 a ..1 next ..1 time|session|week|appointment',
    'chosen|chose|picked|set ..2 a|the|my ..1 date|day',
    'made|making|make ..2 arrangements & {neg}|peace|everything|last|family|kids|dog|cat|{pet}|after|before|ready',
    'last ..1 session|appointment|message & peace|goodbye|arrangements|decided|ready|thank|forever',
    'walk|walking|swim|swimming|drive|driving ..3 into|out ..2 the ..1 ocean|sea|lake|river|water & keep|never|not|tonight|tomorrow|forever|back',
    'should|will|would ..1 be ..1 enough & {pills}|{med_name}|have|now|finally|counting',
    'wont|{neg} ..2 need ..4 after ..1 this|tonight|today|tomorrow|{weekday}|weekend|friday|saturday|sunday',
    '{pills}|{med_name}|{rope}|{firearm}|{blade}|everything ..2 ready|set|out|lined|laid ..3 tonight|tomorrow|for|now|go',
    // A day decided as the one: "I've decided this weekend is it".
    'decided|decide|decision|mind ..5 tonight|tomorrow|{weekday}|weekend|today ..1 is|s ..1 it',
    'decided|decide|decision|mind ..5 tonight|tomorrow|{weekday}|weekend|today ..1 is|s ..1 the ..1 day|night|end',
    // A date set as the end: "when my lease runs out on the 30th that's it for me".
    'thats|that|its ..1 it ..1 for ..1 me & when|after|once|until|by',
    // Writing now in case of not being fine later; a plan to go out to the water.
    'planning|plan|planned ..3 to ..1 go ..2 out ..2 to ..2 the ..1 lake|river|ocean|bridge|woods|tracks|cliffs',
    // Sets i and l (recall5): the method still to be worked out once decided; going back to one spot again and
    // again (a level of a garage, a ledge, a bridge); sitting at the place night after night.
    'figure|figured|figuring|work|working|worked ..1 out ..1 the ..1 how|method',
    'spot|edge|ledge|roof|rooftop|bridge|overpass|level ..6 keep|kept ..1 going|coming|walking|driving|visiting ..1 to|back',
    'keep|kept ..1 going|coming|walking|driving ..1 to|back ..3 edge|ledge|roof|rooftop|bridge|overpass',
    'sitting|sat|parked|waiting ..4 there|crossing|tracks|bridge|ledge|edge|roof ..3 last|past|every ..2 nights|night',
    // A plan kept secret; holding on only until a date or an event for someone else's sake, then done.
    'have|got|made ..1 a ..1 plan & {neg} ..2 tell|telling|say|saying|share|sharing',
    'make ..1 it ..2 to|through|till|until|past ..3 christmas|thanksgiving|birthday|wedding|graduation|holidays|{weekday} & kids|sake|then|done|after',
    'over ..4 im|i|ill ..2 done|gone|finished|out & once|after|when|then & wedding|birthday|christmas|holidays|graduation|kids|day',
    'wont|{neg} ..3 ruin|spoil ..2 her|his|their|the ..1 day|wedding|birthday|christmas|holidays|graduation & done|over|cant|after|gone|then',
    'have|got|keep|kept ..2 the|my|them|all ..1 {pills}|pills|{med_name} ..1 ready|set|waiting|saved|stashed',
    // Knowing exactly how one would do it; doing something stupid or permanent; thanks for trying, at a goodbye.
    'know ..1 exactly ..1 how ..3 do ..1 it',
    'know ..2 how ..1 id|i ..1 would|d ..1 do ..1 it',
    '{intent}|going|gonna|might|about ..3 do ..1 something ..1 stupid|drastic|permanent|irreversible',
    // Other arrangements made, permanent or final ones, beside cancelling (lead26: "how do i cancel my future appointments?
    // i've made other arrangements, permanent ones").
    'arrangements|plans|arrangement ..1 permanent|final|forever ..1 ones|one|this|now|time',
    // Something ending, "and so am I" (lead26: "my insurance is ending end of the month and so am i honestly").
    'ending|ends|end|over|done|running|expires|expiring|gone ..6 (and so am i|and so will i|and so do i|and so is my life)',
    'thank|thanks ..2 for ..1 trying & goodbye|sorry|anymore|last|forever|happen|soon',
    // Set r: not asking to be stopped; 'done done'.
    '{neg} ..1 asking ..2 you|anyone|anybody ..2 to ..1 stop ..1 me',
    'im|i|am ..1 done ..1 done',
    // Set q (recall6): if you do not hear from me, tell them it was quick; a very long sleep and no appointment needed; in case one does not come home; something stupid tonight; a plan and a frightening calm; not in a scheduling way.
    'if ..1 you ..2 {neg} ..1 hear ..1 from ..1 me & sorry|goodbye|love|loved|{family}|{partner}|{child}',
    'tell ..3 {family}|{partner}|{child}|them|everyone ..2 it ..1 was ..1 quick|painless|peaceful',
    'sleep|sleeping ..4 long ..1 time|while & wont|never ..3 need|wake|appt|appointment|anymore',
    'in ..1 case ..4 {neg} ..1 come|coming ..1 home',
    'im|gonna|going|will|might|about ..3 something ..1 stupid|dumb|drastic|permanent ..2 tonight|today|tomorrow|soon',
    'have|got|{possess} ..2 a ..1 plan & calm|calmness|calmer|peaceful|tranquil & scared|scares|scary|afraid|frightening|frightens|eerily|eerie|weirdly|strangely',
    '{neg} ..2 in ..1 a|the ..2 scheduling|calendar|logistical|logistics|appointment ..1 way|sense',
    // Tuning sets' leftovers (recall7): a fee asked about for when one is 'otherwise not there', after a decision.
    'otherwise ..1 not ..1 there|here|around|alive & hospitalized|hospital|decision|decided|gone|anymore|permanently|clear',
    // Set u (recall7): using or pushing all of it, tonight or oneself; not being around as the reason for a missed
    // appointment.
    'use|using|push|pushing|pushed|inject|injecting|shoot|snort|smoke ..3 all ..2 of ..1 it|them|that & myself|thought|thinking|tonight|might|want|wanted',
    'its|thats|it|s ..1 bc|because|cuz|cause|coz ..2 im|i ..3 {neg} ..1 around|here|alive ..1 anymore',
    // Set ab: getting it over with when the family is away; done after a holiday.
    'get ..1 it ..1 over ..1 with ..6 when ..2 my|the ..1 wife|husband|kids|family|partner|roommate|{family}|{partner} ..2 is|are|goes|go|leaves|gone|away|out',
    'im|i|ill|be ..2 done ..2 after ..2 christmas|thanksgiving|holidays|easter|birthday|graduation|anniversary',
    // Set af: thinking how one would do it; goodbye said to everyone on one's story.
    'thinking ..2 about ..1 how ..2 id|i|would ..2 do ..1 it & started|been|lately|night|keep|kept',
    'said|posted ..2 bye|goodbye|goodbyes ..3 on ..2 my ..1 story|page|insta|instagram|snap|facebook',
    // Read across sentences: the thoughts came back, then a plan.
    'thoughts|urges ..3 back|returned && theres|have|got|made ..2 a ..1 plan',
    // Set aj's crisis kinds (lead): 'when my wife leaves friday, that's when'; thoughts of not wanting to be here.
    'leaves|gone|away|leave|asleep ..6 thats|that ..1 when',
    'thoughts|thinking|feelings|feeling ..3 {neg} ..1 wanting|want ..2 to ..1 (be here|be alive|live|exist)',
    // Set am (lead): not needing therapy much longer, a plan had; 'not safe again'; a train schedule looked up and not
    // to go anywhere.
    'have|got ..1 a ..1 plan & wont|{neg} ..2 need|longer|much',
    '{neg} ..1 safe ..1 again|already',
    'train|trains ..2 schedule|schedules|times|timetable & {neg} ..2 go ..1 anywhere|somewhere',
    // Probed by kind (lead, 2026-12-05): fear of doing something stupid or drastic.
    'scared|afraid|worried|terrified|fear|tempted ..4 do|doing ..1 something ..1 stupid|drastic|permanent|dumb',
    // Set aq (lead, Spanish, 2026-12-05), in English: free to go in peace after a child's milestone.
    '(can go|can finally go|can rest|can leave|can die) ..2 in ..1 peace & after|once|graduates|graduate|wedding|born|birthday|christmas',
    // Set ar (recall11): the means and the date both in hand.
    'have|got|bought|picked ..3 {pills}|pills|rope|gun|{means}|{firearm} ..3 and ..2 the|a ..1 date|day|time|place|plan',
    // Probed by kind (lead, 2026-12-05): the place picked out.
    'picked|chose|chosen|scouted ..2 out ..2 the|a|my ..1 spot|place|location',
    // Unseen set as's crisis message that reached staff, read (lead, 2026-12-05): already knowing what one is going to do.
    'already ..1 know|decided|planned ..2 what ..1 i|im ..2 (going to|gonna|will) ..1 do',
    // Veiled plans probed by kind (recall12, 2026-12-05): the exit taken by decision; a permanent solution found;
    // going somewhere the meds are not needed.
    'decided|ready|deciding ..3 take ..1 the ..1 exit',
    'found|have|got|chose|choosing|decided|picked ..4 (permanent solution|permanent fix|permanent way out) & {neg}|anymore|done|tired|peace|goodbye|over|end',
    'going|headed|heading|goin ..1 somewhere|where ..3 wont|{neg} ..2 need|needing',
    // A fifth probe by kind (recall12, 2026-12-05): the plan named as a place with a when; means in hand and a wait for
    // the day; a room booked so nobody finds one.
    'plan ..2 is|s ..2 the ..1 garage|bridge|pills|gun|rope|tracks|roof|river|overdose & once|when|after|tonight|weekend|nobody|alone|everyone',
    'already ..1 have|got ..2 the|my|enough ..1 pills|rope|gun|{pills}|{firearm} & waiting|wait ..3 weekend|tonight|{weekday}|moment|right',
    '(nobody|noone|no one) ..1 finds|find|found ..1 me & hotel|motel|room|woods|car|booked|alone',
    // The means at hand and not knowing whether one will (recall13, parity with set ay's Spanish, 2026-12-05).
    'pills|gun|rope|knife|blade|poison && {neg} ..1 sure|know ..2 if|whether ..1 im|i ..2 going|gonna ..2 do ..1 it',
    // A plan told plainly once asked for (recall17); pills lined up or stacked and stared at, counted out; knowing
    // exactly what to take and how much.
    'tell|told|let ..4 if ..4 plan && i ..1 have|got|made ..1 a ..1 plan',
    'lined|line|lining|stacked|stacking|laid|spread|counted|sorted|piled ..1 up|out ..4 {pills}|pills|meds & stared|looked|looking|staring|sat|hour|hours|piles|rows',
    'stacked|stacking|piled ..3 {pills}|pills|meds ..3 piles|rows|stacks',
    'exactly ..2 what|which ..2 to ..1 take ..3 how ..1 much|many',
    'counted ..1 out ..4 {pills}|pills|meds ..4 need|needed|take|enough',
    // Told by someone beside them (recall17): a crash that was no accident, a promise to try again.
    'crash|wreck|overdose|od|fall|fire|cut|cuts ..5 {neg} ..2 an|a ..1 accident',
    'said|says|told ..3 hell|shell|he|she|gonna|going|will ..2 try ..1 again & when|tonight|asleep|pills|gun|accident|crash|die|kill|chance',
    'said|says|told ..3 hell|shell|he|she ..2 try ..1 again && accident|attempt|overdose|hospital|pills|gun',
    'im|i ..1 down|out|sitting|parked ..2 at|by|on ..2 the ..1 river|bridge|lake|tracks|dam|quarry|cliffs|overlook|reservoir && wanted|needed ..3 hear ..2 from|a ..1 somebody|someone|anyone|voice',
    // A plan had, said with nothing else (recall19, 2026-12-05): the C-SSRS asks whether one has worked out how, and a
    // "yes, I have a plan" is its answer, whoever says it of whom and however it is hedged ("ngl i have a plan lol",
    // "he has a plan"). Words side by side, so "I don't have a plan" keeps its negation; an insurance or a payment
    // plan ("I have a plan with Aetna", "a plan to pay it off") is masked in ordinary-senses.ts.
    'i|ive|id|he|she|hes|shes|they|theyve|yes|yeah|yep|ya|yea|son|daughter|kid|teen|brother|sister|friend|husband|wife have|has|got|had|made|making a plan',
    'i|ive|id|he|she|hes|shes|they|theyve do|does|did|kinda|already|def|definitely|actually|finally|still|really|just|sorta|lowkey|now|also|even|totally|honestly have|has|got|had|made a plan',
    // A date picked, said with nothing else (recall19): the C-SSRS's plan with a time; a date for a move or the intake
    // is masked.
    'i|ive|we|weve have|got a|the date picked|chosen|set',
    // Set bh (recall21), in English: 'this time I'm really going to do it', nothing said of what.
    'this ..1 time ..3 (going to|gonna) ..1 do ..1 it',
    'this ..1 time ..2 ill|will|im ..2 do|doing ..1 it',
    '(going to|gonna) ..1 do ..1 it && (dont call|do not call|dont look|dont try|dont stop|dont come)',
    // An attempt begun and stopped (the C-SSRS screener's interrupted and aborted attempts; lead24, 2026-12-06): coming
    // close, to an act or at a time; stopping oneself at the last moment or beside the means; the means in hand until
    // something interrupted; everything set out, then put away or backed out of. Beside a request these reached a
    // clinician the same day, not on call. Coming close is read with its time right after it: "so close to missing
    // my appointment today" is not one.
    'came|come|got|was|were ..2 close|closer ..1 to ..3 doing|ending|going|it|killing|acting|jumping|hanging|cutting|overdosing|swallowing|pulling|using|finishing|not',
    // Only the word itself: "coming and they're closing the interstate" is a road, not a near attempt (lead31).
    'came|come|got ..2 =close|=closer ..1 last|this|on|yesterday|today|tonight|{weekday}|again|over|the',
    'stopped|caught|interrupted|talked ..1 myself ..4 last|final ..1 second|minute|moment|min|sec',
    'stopped|interrupted|caught ..1 myself & close|nearly|almost|pills|rope|gun|knife|razor|blade|bridge|edge|ledge|garage|tracks|cord',
    'had|held|holding ..2 the|my|a|all|them|those ..2 {pills}|{rope}|{firearm}|{blade}|pills|gun|knife|razor|rope|noose ..3 in ..1 my ..1 hand|hands|lap|mouth',
    'had|got ..1 everything|it|them ..2 laid|set|lined ..1 out|up && (put it away|put them away|put everything away|put it back|put them back|chickened out|backed out|lost my nerve|lost the nerve|couldnt do it|garage|bathtub)',
    // A plan with its day, beside a balance cleared first so that family gets no bill ("my plan is set for the 15th, i
    // just want to pay my balance first so my family doesn't get the bill" reached the biller as a payment plan).
    'pay|paid|paying|settle|clear|cover ..4 first|before & {family}|{partner}|{child}|parents|nobody|noone ..3 get|gets|getting|stuck|left|inherit ..3 bill|bills|balance|debt|debts & plan|date|set|ready|done',
    // An attempt almost made, the act named (sets cp and cq, read for their misses, lead24): almost stepping off a
    // platform as the train pulled in, "almost kms'd", nearly jumping, pulling a trigger, taking them all.
    'almost|nearly|damn ..2 kms|kmsd|kmsed|unalived|ctb|ctbd|offed',
    'almost|nearly ..2 stepped|walked|jumped|leaned|climbed|threw|stepping|walking|jumping ..3 off|into|in|onto|from|over|front & platform|tracks|train|subway|bridge|river|lake|overpass|ledge|roof|edge|traffic|bus|truck|semi|water|cliff|balcony|railing',
    'almost|nearly ..3 pulled ..1 the ..1 trigger',
    'almost|nearly ..2 took|swallowed|downed|chugged|took ..3 all|whole|bottle|everything|them',
    'almost|nearly ..2 hung|hanged|slit|shot|drowned|overdosed|cut|stabbed|suffocated ..1 myself|my',
    // A plan with its means, whoever tells it and with whatever verb ("she reported a plan with pills", lead24e); a
    // safety plan refused (a crisis line's or an emergency department's report).
    'plan ..2 with|involving|using ..2 pills|{pills}|{med_name}|gun|{firearm}|rope|{rope}|knife|{blade}|car|bridge|train',
    'refused|refuses|refusing|declined|declines ..3 safety ..1 plan|contract',
    'wont|wouldnt|cant ..2 make|do|sign|agree|fill|write|commit ..3 safety ..1 plan|contract',
    // Something one will regret, unless someone answers (lead24h): a threat of an act with nothing named.
    '(going to|gonna|about to|might|will|ll) ..2 do ..1 something ..3 regret & if|tonight|someone|nobody|doesnt|dont|unless',
    // lead33 (set dg): not asking for help, just letting one know; (set di) someone saying he'll do it right next time after
    // his attempt; (set dl) done if something happens, knowing how; knowing exactly what would do it and how much; (set dj)
    // not coming home.
    'not ..1 asking|looking ..3 for ..1 help|anything & just ..1 letting|telling|wanted ..2 you|u|someone ..1 know',
    'he|she|they|hes|shes|theyre|hell|shell|theyll ..3 do|get ..1 it ..1 right ..2 next ..1 time',
    'do|get ..1 it ..1 right ..2 next|this ..1 time && attempt|attempted|hospital|discharged|er|overdose|od|tried|survived|woke',
    'already ..1 know|figured ..2 how && im|i ..1 done|finished|out|gone',
    'know|knows ..2 exactly ..2 what|how ..3 would ..1 do ..1 it',
    'how ..1 much|many ..3 would ..1 do ..1 it',
    'how ..1 much|many ..3 would ..1 it ..1 take',
    'dont|not ..2 think|know ..2 im|i|ill ..2 coming|come ..1 home',
    // lead33 (dh): a timeline that needs no new lease; all future appointments cancelled, no point.
    'my ..1 timeline|date|deadline ..2 is && no ..1 point|reason|sense ..3 signing|renewing|getting|buying|starting|booking|making|planning',
    'cancel|cancelling|canceling ..2 all ..3 future|remaining|upcoming|other ..1 appts|appointments|sessions && no ..1 point|reason|sense',
    // lead34 (set ds): a promise to oneself beside a date ("after my birthday. promised myself. the 19th").
    'promised|promise|swore ..2 myself && (after my birthday|after his birthday|after her birthday|after christmas|after the holidays|after graduation|after new years|after thanksgiving|the date|the day|by then)',
    // lead34 probes: how long it takes looked up, "just curious".
    'looked|googled|searched|look|google|search|researched ..2 how ..1 long|many|much ..1 it|would|to ..1 takes|take && (just curious|no reason|dont worry|nevermind|never mind|nvm|dont ask|forget it|ignore me|asking for a friend)',
    // lead34 (the refit's drops, read): ready to go, beside a wish not to be resuscitated or a thing thought about a lot.
    '(im ready to go|i am ready to go|ready to go now|im ready to die|i am ready to die|ready to be done) && resuscitated|resuscitate|dnr|revive|revived',
    '(im ready to go|i am ready to go|ready to go now|im ready to die|i am ready to die) && (thought about it a lot|thought about it|made up my mind|at peace with it|thought it through)',
    // lead34 (holdout dt): things to be handled after a last paycheck, the children to get the insurance.
    '(ima handle things|im gonna handle things|ill handle things|gonna handle things|ima handle it|gonna handle it|handle things myself|take care of things) && kids|wife|family|{family}|{child} ..3 get|have|collect ..2 the|my ..1 insurance|policy|payout',
    'last ..1 paycheck|check ..2 clears|comes|hits && handle|done|insurance|gone|over|end',
    // lead37 (set dv): the night named, everything had, an apology, in three fragments ("tonight. i have everything. im
    // sorry").
    'i|ive ..1 have|got ..1 everything && (tonight|im sorry|forgive me|goodbye|love you|its time|this is it)',
    // lead38 (set eb): going "thru" with it; a deadline set oneself, if nothing changes by then.
    'go|going|gonna|went|follow|goes|will ..1 thru|thro|threw|trough ..1 with ..1 it',
    'my ..1 deadline|cutoff && if ..2 nothing ..2 changes|changed|change|gets|get|improves|better',
    // lead38 (set ed): a farewell with a time ("tonight. im sorry. thank u for everything dr h").
    '(im sorry|i am sorry|goodbye|bye forever|this is it|its time|forgive me|ill miss you|i will miss you|by the time you read) && thank|thanks|thx|ty ..4 for ..1 everything',
    // lead38 (refit): thanks for trying, beside a night or a farewell ("tonight. im done. thank you for trying").
    '(tonight|this is it|its time|goodbye|forgive me|im sorry|i am sorry|im done|i am done|i give up) && thank|thanks|thx|ty ..3 for ..1 trying',
    // lead38 (probe): every medication stopped, heart or insulin among them, decided and tired; the children's place arranged beside a
    // love-you-all; records someone will need soon beside everything else taken care of.
    '(stop all of my|stop all my|stopping all my|stopping all of my|quit all my|quitting all my|stopped all my|stopped all of my) ..3 meds|medications|medicine|pills && heart|insulin|thinner|thinners|seizure|transplant|tired|done|over|anymore',
    'love ..1 you|u ..1 all|guys && (everything is handled|everything is taken care of|kids will be with|taken care of everything|its all handled|everything is in order|everything in order|will be with my)',
    '(will need them soon|need them soon|need them after|will need it soon) && (taken care of everything|everything else is taken care of|everything is taken care of|everything in order|everything is handled|handled everything|taken care of the rest)',
    // lead39 (probes): doing it right this time, beside a way to do it or a try before ("my celly told me how to do
    // it right this time. i got the sheet").
    '(do it right this time|get it right this time|do it properly this time|finish it this time|make it work this time|not mess it up this time|not fail this time|wont fail this time) && sheet|sheets|rope|cord|belt|pills|gun|bridge|tried|attempt|attempted|celly|noose|razor|blade|overdose',
    // Set ei (lead40, 2026-12-07): an event after which one will be done or gone, beside everything set up, in place
    // or sorted ("after my last game saturday ill be done. everything is set up").
    'after|once|when ..6 ill|will|gonna|going ..2 be ..1 done|gone && (everything is set up|everythings set up|everything set up|its all set up|it is all set up|all set up now|everything is in place|everythings in place|everything in place|everything is sorted|everythings sorted|all sorted out|everything is arranged|everythings arranged|all arranged|everything is planned|everythings planned|its all planned)',
    // Probed by kind (lead40): a day picked, and that is the day, run on into a request.
    'picked|chosen|chose|decided|settled ..2 on|the|a ..1 {day_ordinal}|{weekday}|date|day && thats|thatll|that the ..1 day',
  ],
  es: [
    // lead41 (set en): el dónde y el cómo ya pensados.
    'pense|pensé|pensado|planee|planeé|planeado ..2 todo|lo|bien & donde|dónde|como|cómo|cuando|cuándo ..1 y ..1 donde|dónde|como|cómo|cuando|cuándo',
    // lead27: el lugar o la forma escogidos, y el día ("ya escogí el lugar y el día").
    'escogi|elegi|decidi|tengo ..3 el|la|mi ..1 lugar|forma|manera|metodo ..2 y ..2 el|la ..1 dia|fecha|hora|noche',
    // Casi lo hice, al lado de un método o de pensarlo (la holdout cu, leída al final de la ronda, lead26: "hoy casi lo
    // hago, me temblaban las manos").
    'casi ..1 lo ..1 hago|hice|hacia|logro & temblaban|temblando|manos|carro|pastillas|puente|muro|pistola|cuchillo|soga|pensando|pienso',
    'casi ..1 lo ..1 hago|hice|hacia && pienso|pensando|matarme|morir|tirar|tirarme|carro|pastillas|puente|muro|pistola|cuchillo|soga',
    // Sets bw-cb en espanol (lead, 2026-12-06): no voy a hacer ninguna tonteria hoy; ya se como lo haria; lo facil que
    // seria.
    'no ..2 voy ..2 hacer ..1 nada|ninguna ..1 tonteria|locura|estupidez ..2 hoy|esta|todavia|ahorita',
    'no ..2 voy ..1 a ..1 hacer ..1 nada ..2 hoy|esta|todavia && pero|sepa|saber|alguien',
    'ya ..1 se ..1 como ..1 lo ..1 haria|voy|hare',
    'lo ..1 facil ..2 que ..1 seria & pensando|pienso|noche|siempre|cada',
    // Sets bw-cb (lead, 2026-12-06): no he tomado nada todavia, con las pastillas a la mano; si no amanezco.
    'no ..1 he ..1 tomado|hecho ..1 nada && pastillas|pildoras|{pills}|{med_name}|pistola|cuerda|puente',
    'si ..1 no ..1 amanezco|amanesco && preocupar*|preocupe*|tienen|copagos|adios|gracias|cuentas',
    // Set bq (lead): despertar en el hospital después de que lo encontraran a uno.
    'desperte|desperté|despertar ..3 hospital && encontraron|carro|acuerdo|alta|lavado|estomago|estómago',
    // Set bo (lead): un choque a propósito.
    'a ..1 proposito|propósito & choque|choqué|chocar|choco|chocó|estrelle|estrellé|estrellarme|poste|arbol|árbol|carro|coche|troca|pared',
    'no ..1 fue ..1 un ..1 accidente & choque|choqué|carro|coche|poste|arbol|árbol|hospital|emergencias|propósito|proposito|troca',
    // Parity: "ya tomé una decisión sobre algunas cosas", "mi esposo me encontró antes de que pudiera terminar".
    'me ..1 encontro|encontraron|detuvo|pararon ..3 antes ..2 de ..1 que ..1 pudiera|terminara|acabara',
    'no ..1 tiene ..1 caso|sentido & ya ..1 no ..1 voy ..1 a ..1 estar',
    // Parity: "¿pueden ver cómo estoy después de esta noche?", "denles esto después de esta noche".
    'ver|checar|revisar ..1 como ..1 estoy ..3 despues ..2 esta ..1 noche|manana',
    'den|denle|denles|entreguen|entreguenle|entreguenles|pasen|pasenle ..3 esto|estas|estos|esta|eso ..3 despues ..2 esta ..1 noche',
    // Being done, said as meant this time (lead, 2026-12-06, parity with "I'm done. I mean it this time.").
    'ya ..1 no ..1 puedo ..1 mas && esta ..1 vez ..1 va|es ..1 en ..1 serio',
    'ya ..1 estoy ..1 harta|harto|cansada|cansado|lista|listo && esta ..1 vez ..1 va|es ..1 en ..1 serio',
    'estoy|toy|ando|stoy ..2 en ..2 el|la ..1 puente|azotea|techo|vias|orilla',
    'decirle|decir|decirte|decirles ..1 adios|adiós',
    'no ..2 voy ..1 a ..1 necesitar ..2 nada|mas|eso|esto|ya',
    'ya ..1 no ..1 voy ..1 a ..1 necesitar',
    'ya ..2 tengo ..1 un ..1 plan',
    'tengo ..1 un ..1 plan & morir*|matarme|quitarme|fecha|hacerlo|pastillas|pistola',
    'ya ..1 decidi ..4 matarme|morir*|quitarme|hacerlo|despedirme',
    '{neg} ..1 voy ..1 a ..1 estar ..2 aqui|viva|vivo',
    'esta ..1 noche ..3 me ..2 voy|matar|muero',
    'ultimo ..1 mensaje|adios',
    'ya ..1 {neg} ..1 voy ..1 a ..1 estar',
    '{neg} ..1 voy ..1 a ..1 estar & manana|pronto|nunca|mas|semana|fin',
    'ya ..1 lo ..1 decidi',
    'todo|lo ..1 planeado|pensado|decidido',
    'para ..1 siempre & ir|irme|voy|desaparecer|dormir|adios|despedir*|descansar',
    'termino|terminar|acabo|acabar|termine ..2 con ..1 todo',
    'lo ..1 hago|haga ..3 noche|hoy|manana|fin',
    '{neg} ..1 voy ..1 a ..1 regresar|volver ..2 nunca|mas',
    'ya ..1 tengo ..2 todo ..1 listo|planeado|preparado',
    'lo ..1 hago|hare|voy ..3 noche|hoy|manana|fin|semana|sabado|domingo|viernes',
    'ya ..1 {neg} ..1 voy ..1 a ..1 estar ..2 aqui',
    'para ..1 el ..1 {weekday}|fin ..4 {neg} ..2 estar|estare',
    'me ..1 voy ..1 a ..1 tomar ..2 todas|todo|el ..1 frasco',
    'como ..2 y ..2 cuando',
    'cuando ..2 y ..2 como',
    'no ..2 hay ..1 vuelta ..1 atras',
    'lo ..1 voy ..1 a ..1 hacer & {weekday}|nadie|noche|cuando|manana|hoy|como|ya',
    'cuando ..1 nadie ..2 este|esten|este|haya|vea',
    'se ..1 como ..2 lo ..1 voy|hare|hago',
    'tengo ..1 lo ..1 que ..1 necesito & hacer|lo|voy|ya',
    'se ..1 exactamente ..1 como ..2 hacerlo',
    'voy ..1 a ..1 hacer ..1 una ..1 estupidez',
    'plan ..2 para ..1 no ..1 estar|existir|vivir|seguir',
    // Set q (recall6), in Spanish: un plan y una calma que da miedo; si no saben de mí, díganle que fue rápido; algo estúpido esta noche.
    'tengo|tener ..1 un ..1 plan & miedo|asusta|asustada|asustado & tranquil*|calma|paz',
    'diganle|digan|dile|decirle ..4 que ..1 fue ..1 rapido',
    'si ..1 no ..2 saben|sabes|sabe ..2 de ..1 mi & diganle|digan|dile|perdon|mama|familia',
    'voy|hacer|hare|hago ..3 algo ..1 estupido|tonto|drastico ..3 hoy|noche|manana|ahorita',
    // Set q's concepts in Spanish (recall6): no en el sentido de la agenda.
    'no ..1 en ..1 el ..1 sentido ..1 de ..2 agenda|cita|citas|calendario|horario',
    // Set u (recall7), in Spanish: usarlo todo esta noche.
    'usar|usarla|usarlo|meterme|inyectarme ..3 toda|todo|todas ..2 esta ..1 noche|hoy',
    // Set x: the day already chosen, after the holidays so as not to spoil them.
    'ya ..1 tengo ..2 dia|día|fecha ..1 escogid*|elegid*|decidid*|pensad*',
    'pa|para ..1 no ..1 dañarle|dañar|arruinarle|arruinar|danarle|danar ..2 las|la|el ..1 fiestas|navidad|cumpleaños|cumpleanos|boda',
    // Probed by kind (recall7), in Spanish: tengo todo listo para esta noche.
    'tengo ..1 todo ..1 listo|preparado ..2 para ..1 esta ..1 noche',
    // Set ai (lead): 'already has it thought out how to do it', 'now there is a plan' (after thoughts came back).
    'tiene|tengo|tenia|tenía ..2 pensado ..1 como|cómo ..1 hacerlo|matarse|matarme|hacerse',
    'volvieron|regresaron ..4 hay|tengo ..1 un ..1 plan',
    // Read across sentences: 'volvieron.' then 'hay un plan'.
    'pensamientos|ideas|ganas ..3 volvieron|volvian|regresaron && hay|tengo|tiene|hice ..2 un ..1 plan',
    'volvieron|regresaron && ahora ..2 hay|tengo ..1 un ..1 plan',
    // Set ap (lead, Spanish): a way to end it thought out; 'hoy sí estuve a punto', everything ready.
    'pensado ..1 como|cómo ..1 terminar|acabar',
    'estuve|estaba ..2 a ..1 punto & hoy|listo|todo|llanto|detuvo',
    'tenia|tenía ..1 todo ..1 listo',
    // Probed by kind (lead, 2026-12-05): fear of, or an urge to, do something crazy or stupid ('una locura'), or to
    // do something to oneself ('hacerme algo').
    'miedo|ganas|capaz|pensando|pienso|tentado|tentada ..4 hacer|cometer|haga|cometa|hago|hare|haré ..2 una|alguna ..1 locura|tonteria|tontería|pendejada|estupidez|burrada',
    'miedo|ganas|capaz|pensando|pensado|pienso|tentado|tentada|voy ..4 hacerme ..1 algo',
    // Parity with English (parity12, 2026-12-05): using it all tonight, conjugated; this time going through with it.
    'me ..1 lo|la|las|los ..1 meto|inyecto|trago|empino ..1 todo|toda|todas|todos & noche|hoy|ahorita|ahora|fentanilo|fenta|pastillas|heroina|droga|vez',
    '(esta vez|ahora si) ..3 lo ..1 voy ..1 a ..1 hacer ..2 de ..1 verdad|enserio',
    'lo ..1 voy ..1 a ..1 llevar ..1 a ..1 cabo',
    'llevarlo ..1 a ..1 cabo & voy|ya|vez|noche|hoy|decidi',
    // Set aq (lead, Spanish, 2026-12-05): free to go once a duty is done ('ya cumplí con ella').
    'ya ..1 me ..1 puedo|podre|podré ..1 ir|descansar|morir && ya ..1 cumpli|cumplí',
    // Set ar (recall11): the means and the date both in hand ('ya tengo las pastillas y la fecha'); wanting to go with a
    // mother who died.
    'tengo|tenemos|consegui|compre|junte ..3 {pills}|cuerda|soga|pistola|arma|veneno|{means} ..3 y ..2 la|el|una|un ..1 fecha|dia|hora|lugar|plan',
    'quiero|quisiera|queria ..1 irme ..1 con ..1 ella|el|mi && fallecio|murio|cielo|difunt*|partio|muerta|muerto|descansa|tumba|panteon|cementerio',
    // Parity, second round (parity12, 2026-12-05): doing it after the exams; "ya estuvo" after nothing got better; in case
    // one is not well later, planning the lake; a date picked, not told to be stopped; signs that say where to drive.
    'lo ..1 va ..1 a ..1 hacer ..2 despues ..2 de ..2 los|la|las|su ..1 examenes|finales|navidad|graduacion|boda|cumpleanos|fiestas & dijo|dice|escribio|mensaje|hermana|amiga|historial',
    '(despues de navidad|para los finales|despues de los finales|despues de mi cumpleanos|despues de las fiestas) ..1 ya ..1 estuvo && (no ha mejorado|no mejora|nada cambia|estoy harto|estoy harta|no tiene caso)',
    'si ..1 sigo|seguimos ..1 asi ..4 ya ..1 estuvo',
    '(por si luego no estoy bien|por si despues no estoy bien|por si ya no estoy bien|por si no estoy bien despues) && planeando|planeo|planeado|voy ..3 lago|rio|puente|presa|vias|mar',
    'fecha ..2 que ..1 escogi|elegi|decidi && (para que me detenga|para que me detengan|para que me paren|me convenzan|para que me detengas)',
    'manej* ..4 hasta ..3 apunten|apuntan|indiquen|marquen ..2 las ..1 senales|placas',
    'placas|numeros|senales ..5 mandando|mandan|dicen|hablan ..2 mensajes|me && tengo|dejarlo|hoy|dia|manejar|irme',
    // Spanglish (parity12, 2026-12-05): "no voy a estar here", "me voy a ir for good".
    '{neg} ..1 voy ..1 a ..1 estar ..2 here|around|alive',
    'for ..1 good & ir|irme|voy|ire',
    // Probed by kind (lead, 2026-12-05): the place chosen ('ya escogí el lugar').
    'ya ..1 escogi|escogí|elegi|elegí|encontre|encontré ..2 el ..1 lugar|sitio|puente|edificio',
    // Parity with the English 'tomorrow is the day' and 'won't make it to Christmas' (recall13, 2026-12-05): a day
    // named with everything ready; not reaching a holiday.
    'manana|hoy|viernes|sabado|domingo|lunes|martes|miercoles|jueves ..1 es ..1 el ..1 dia & ya ..2 todo ..1 listo|preparado|arreglado',
    '{neg} ..3 llegar|llegue|llego|aguantar|aguante ..1 a|hasta ..1 navidad|nochebuena|cumpleanos|graduacion|verano',
    // Set ay's Spanish plans (recall13, 2026-12-05): the means at hand and not knowing whether one will; a last day
    // with thanks for everything.
    'pastillas|pistola|cuerda|navaja|soga|arma|cuchillo|veneno && {neg} ..1 se ..3 lo ..1 voy|vaya ..2 hacer',
    'es ..2 mi|el ..1 ultimo ..1 dia && gracias ..4 por ..1 todo',
    // Probed by construction (recall16, second batch): 'esta noche lo hago', as 'tonight I do it'.
    'esta ..1 noche ..1 lo ..1 hago|hare',
    // Probed by construction (recall16, third batch): not getting through tonight.
    '{neg} ..1 paso ..1 de ..1 esta|hoy ..1 noche',
    '{neg} ..1 voy ..1 a ..1 pasar ..2 de ..1 esta|hoy ..1 noche',
    // Probed by construction (recall16, fifth batch): by this time tomorrow I will not be here.
    'a ..1 esta ..1 hora ..3 ya ..1 {neg} ..1 estare|estaré|voy|estaria',
    // Un plan que se tiene, dicho sin más (recall19, 2026-12-05): "tengo un plan", "ya hice un plan", "dice que tiene un
    // plan". El plan del seguro o de pagos ("tengo un plan con Molina", "un plan de pagos") queda enmascarado.
    'tengo|tiene|tenemos|hice|hizo|armé|arme|tenia|tenía un plan',
    // Probes beside requests (recall19): this weekend everything ends; the date already chosen.
    '{future_time}|semana|noche|hoy|pronto ..2 se ..1 acaba|acabara ..1 todo',
    'ya ..1 escogi|elegi|decidi|puse ..1 la|el ..1 fecha|dia',
    // Set bh (recall21, 2026-12-05): 'esta vez sí lo voy a hacer', sin decir qué, y que no la llamen.
    'esta ..1 vez ..2 lo ..1 voy ..1 a ..1 hacer',
    'esta ..1 vez ..2 lo ..1 hago',
    'lo ..1 (voy a hacer|hago) && no ..1 me ..1 llamen|busquen|detengan|salven|sigan',
    // Un intento empezado y detenido (lead24, 2026-12-06): a punto de hacerlo; todo listo y luego no; detenerse en el
    // ultimo momento; las pastillas en la mano.
    'estuve|estaba|estuvo ..1 a ..1 punto|nada ..1 de ..1 hacerlo|matarme|quitarme|tomarmelas|tirarme|aventarme|colgarme|cortarme|dispararme',
    'estuve|estaba ..1 (muy cerca|tan cerca|bien cerca|cerquita) ..1 de ..1 hacerlo|matarme|quitarme|tirarme|aventarme|colgarme|cortarme',
    'ya ..1 tenia ..1 todo ..1 listo|preparado & arrepenti|atrevi|pude|anoche|garaje|bano|puente|pastillas|cuerda|pistola',
    'me ..1 detuve|frene|contuve|pare ..3 ultimo|ultima ..1 momento|segundo|minuto',
    'tenia|tuve ..2 las|mis ..1 pastillas|pildoras ..2 en ..1 la ..1 mano|boca',
    'casi ..2 me ..1 aviento|tiro|mato|corto|cuelgo|tomo|disparo|ahorco|avente|tire|mate|corte|colgue|tome|dispare|ahorque|lanzo|lance',
    'plan ..2 con ..2 pastillas|pildoras|pistola|arma|cuerda|cuchillo|puente|carro|tren',
    '(rechazo|rechaza|se nego|se niega|no quiso|no quiere) ..3 plan ..1 de ..1 seguridad',
    // No poder mantenerse a salvo (lead24h).
    'no ..3 pueda|puedo|podre ..1 mantenerme|estar|quedarme ..2 a ..1 salvo',
    // lead39 probes (parity with "i made my decision and im at peace with it"): la decisión tomada y la paz, junto a
    // citas canceladas.
    'tome|tomado|tomamos ..1 la|mi|una ..1 decision & paz|tranquila|tranquilo|lista|listo & ya|cancelen|cancela|cancelar|citas',
  ],
};

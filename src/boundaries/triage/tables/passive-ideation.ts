import type { TriageTable } from '../triage-category.js';

/**
 * Passive ideation: a wish to be dead, not to wake up or to disappear, a sense of being a burden, hopelessness
 * about going on, without a thought of acting (the C-SSRS screener's first question; burden and hopelessness
 * are warning signs crisis lines ask about). [sources: c-ssrs-screener, samhsa-tip-50]
 */
export const PASSIVE_IDEATION: TriageTable = {
  label: 'passive_ideation',
  en: [
    // A set kept outside the project, read at the round's end (lead22, 2026-12-06): not being around, with the negation
    // raised to a verb of thinking ("i don't think i'm going to be around for the june appointments").
    '{neg} ..1 think|thinking|believe|expect|reckon ..2 i|im|ill|id ..4 be ..1 around|here|alive',
    'doubt ..2 i|im|ill|id ..4 be ..1 around|here|alive',
    // A set kept outside the project, its crisis misses read (lead22, 2026-12-06): not caring if something happened to
    // one on the road, beside "I'm not going to do anything".
    'if|when ..1 something|anything ..1 happened|happens|happen ..1 to ..1 me & {neg} ..2 care|mind|matter',
    'if ..2 i ..1 got|get|was|were|ended ..2 in|up ..2 a|an ..1 wreck|crash|accident ..6 {neg} ..2 care|mind|matter',
    // Set cm (recall23, 2026-12-06): no point much longer (therapy stopped because there won't be much point much
    // longer); none of it worth it, said after a bill's question ("it isn't worth it, none of it is").
    'point|purpose much ..1 longer',
    'point|purpose for ..1 much|very ..1 longer|long',
    '{neg} ..3 be ..1 much|any ..1 point ..2 pretty|real|very ..1 soon',
    '{neg} ..2 think ..2 therapy|it|anything|sessions|this ..3 matter ..2 much|any ..1 longer',
    'therapy|sessions|anything|nothing|it|meds|treatment ..1 wont|{neg} ..2 matter ..2 much|any ..1 longer',
    'none ..1 of ..1 its|thats ..1 worth ..1 it',
    '(not worth it|isnt worth it|aint worth it) & honestly|lately|anymore|tbh|ngl|sure && (none of it is|none of it)',
    'isnt|not|aint|{neg} worth ..1 it ..2 none|nothing ..2 of ..1 it|this|that|them ..1 is|s|are|matters & lately|honestly|anymore|tbh|ngl|sure|days|life|living|trying',
    'none|nothing ..2 of ..1 it|this|that ..1 is|s|seems|feels ..1 worth ..1 it & anymore|lately|honestly|tbh|ngl|really|life|living|trying|anything|days|sure',
    'nothing|nothings ..1 is|s|feels|seems ..1 worth ..1 it ..1 anymore|lately|honestly|tbh|ngl',
    'nothings|nuthin|nothin ..1 worth ..1 it ..1 anymore|lately|honestly|tbh|ngl',
    // Sets ci, cj and ck (recall22, 2026-12-06): a reason for living named as the only thing stopping or holding one
    // (a dog, the kids); an appointment kept "if I'm still here", a joke or the appointment beside it.
    'only ..2 thing|things|one|reason|person|people ..3 stopping|stops|stopped|holding|holds|keeping|keeps ..1 me ..1 is|are|=s|rn|now|tbh|honestly|ngl|lol|going|here|alive|around|breathing|hanging',
    'only ..2 thing|things|one|reason|person|people ..3 stopping|stops|holding|keeping|keeps ..1 me & {pet}|{child}|kids|dog|cat|mom|mum|dad|faith|god|grandkids|grandchildren|wife|husband',
    'if ..1 im|i ..2 still ..1 here|around & ha|haha|hah|heh|lol|lmao|jk|appt|appointment|session|reminder|there|then|week|month',
    // Lead, 2026-12-06 (recall22's open end, admin22's probes): what is saving one, said of a pet, a child or faith; and a
    // thing that died with the writer said to be going too ("my phone is dying and I think I am too", "so am I").
    'what|whats|thing|things|one|reason|person ..2 saving|saves|saved ..1 me & {pet}|{child}|kids|dog|cat|faith|god|grandkids|rn|now|honestly|tbh|ngl|lately|only',
    'saving ..1 me ..1 rn|now|lately|honestly|tbh|ngl|fr|these|this',
    'died|dead|dying|dies ..6 i am|will|might too|next|also',
    'died|dead|dying|dies ..6 im|iam too|next',
    'died|dead|dying|dies ..4 and|honestly|tbh|ngl|lowkey|probably|prob ..2 so am i',
    // lead27: the future said of a thing and then of oneself ("my phone will die and so will i").
    'die|died|dead|dying|dies ..4 (and so will i|so will i|and so will me|and me too|and so would i)',
    // The holdout ca, read at the round's end (lead, 2026-12-06): not being here as one's five-year plan, said as a joke
    // (it reached staff beside a portal invite).
    'plan|plans|goal|goals ..6 not ..1 being ..1 here|around|alive',
    'year ..1 plan|plans|goal|goals && not ..1 being ..1 here|around|alive',
    'almost|nearly|wanted ..2 said|say|answered|answer ..2 not ..1 being ..1 here|around|alive',
    // Sets bw-cb (lead, 2026-12-06): wanting everything to stop; not waking up so others need not worry; no longer
    // having to suffer.
    'wanna|want|wish ..2 stop ..2 everything|existing|living|breathing',
    'wanna|want|wish ..2 stop && like ..1 everything|existing|living|breathing',
    'just ..1 want|wanna ..2 everything ..1 to ..1 stop',
    'if ..1 i ..1 dont|{neg} ..1 wake ..1 up && worry|better|easier|copays|bills|bye|sorry|burden',
    'wont|{neg} ..2 have ..1 to ..1 suffer ..1 anymore|much|any|soon',
    // The holdout bn (lead): going to see a late husband; lying down by a grave; in everybody's way; the Lord asked to
    // hurry along and call one home.
    'go|going ..1 see|be|join ..4 late|passed ..1 husband|wife|son|daughter|mother|father|mom|dad|brother|sister',
    'thought|thinking ..3 about ..4 laying|lying|lay ..1 down ..3 with|next|beside',
    'feel|feeling|felt ..3 in ..1 everybodys|everyones|everybody|everyone ..1 way',
    'call|calling ..1 me ..1 home & lord|god|jesus|ready|praying|pray|hurry|heaven',
    'asking|asked|praying|pray|begging ..3 him|god|lord|jesus ..2 to ..1 hurry|take|call',
    'hurry ..1 it ..1 along & lord|god|him|home|call|jesus',
    // Sets bs and bt (lead, 2026-12-06): walking into the woods and not walking back; one of the 22 eventually; the only
    // one left of one's team and how the story ends.
    '{neg}|never|not ..2 walking|coming|come|walk|going ..1 back & woods|forest|desert|lake|ocean|sea|river|mountains|walking|walk',
    '22 ..2 a ..1 day && one ..1 of ..1 them|em|those|us',
    'how ..1 this|the|my|our ..1 story ..1 ends|end',
    'only ..1 one ..1 left ..2 of ..2 our|my|the ..2 team|unit|squad|platoon|crew|guys & went|gone|died|ends|suicide|killed',
    // Sets br and bq (lead, 2026-12-06): no seatbelt buckled since nothing seems to matter; wanting to be with a spouse who
    // died; at the cemetery to be with someone, not wanting to come back.
    'stopped ..2 buckling|wearing|using ..2 seatbelt|seatbelts|seat|belt|helmet',
    '{neg}|doesnt ..2 seem ..1 to ..1 matter ..3 anymore|either|one|way',
    // lead31 (perinatal probes): a baby lost to a miscarriage or a stillbirth ("after the miscarriage i just want to be
    // with my baby").
    'be ..1 with ..2 his|her|my|our ..1 wife|husband|son|daughter|mom|mother|dad|father|late|baby|angel && passed|died|dead|heaven|funeral|grave|cemetery|lost|miscarriage|miscarried|stillborn|stillbirth',
    'cemetery|grave ..6 {neg}|dont ..1 want ..2 to ..1 come ..1 back|return|leave',
    // Set bp (lead, 2026-12-06): what happens to one's money or things once one is not around anymore.
    'if|when|once|after ..2 im|i ..2 {neg}|not ..1 around|here|alive ..1 anymore|any|no',
    'what ..1 happens ..4 if|when|once|after ..2 i|im ..2 die|died|dead|gone',
    'what ..1 happens ..4 if|when|once|after ..2 i|im ..2 {neg} ..1 around|here|alive',
    'meet ..1 my ..1 maker',
    // Thoughts of not waking up, said as "the ones about" (lead, 2026-12-06, from the round's holdout set, read at its end).
    'thoughts|thinking|think|ones|one ..4 about|of ..2 not ..1 waking|wake ..1 up',
    'hit ..2 by ..2 a ..1 bus|car|truck|train & relieved|relief|wish|hope|fine|mind|wouldnt|better|ngl|honestly|kinda|cool|ok|okay|chill|whatever',
    'plane|bus|car|train|flight ..3 goes|go|went|crash|crashes|crashed ..1 down & hoping|hope|wish|secretly|pray|praying|wouldnt|mind',
    'better|easier|cleaner|simpler ..3 for ..1 everyone|everybody|all|them|you ..3 if ..1 i',
    'ready ..1 to ..1 go & passed|died|since|done|eating|lord|god|heaven|anymore|tired|lived',
    'done ..2 with ..2 all ..1 this|of ..1 this',
    'sewer ..1 slide|sliding|slid|slide*',
    // A word of death that no ordinary or clinical sense explains is read as a crisis.
    '{die}',
    '{wish} ..3 {gone_state}',
    '{wish} ..2 i ..1 was|were|could|would ..2 gone',
    // The idea, in any order: not going on with being here; others better off.
    '{cant_continue} ..4 {existence} & i|im|me|my|ive|yo|me',
    '{others_relief} ..4 without|sin ..1 me|mi',
    '{others_relief} ..4 if ..1 i ..4 {neg}|{ending}|wasnt|werent|gone|around|here',
    '{wish} ..4 {neg} ..1 wake|waking|wakeup',
    'sleep ..4 {neg} ..2 wake|waking|wakeup',
    'never ..1 wake|waking ..1 up',
    'rather ..2 {die}|{gone_state}|disappear',
    'rather ..2 not ..1 exist|wake|live',
    'rather ..2 not ..1 be ..1 here|alive|around|born',
    'better ..2 off ..2 {die}|{gone_state}|without',
    'better|happier|easier ..4 without ..1 me',
    'better|happier|easier ..2 if ..1 i ..4 {gone_state}|wasnt|werent|disappeared|existed',
    'better|happier|easier ..2 if ..1 i ..2 {neg} ..2 around|here|exist|alive',
    'im|am|feel|being|such|just ..3 burden*',
    'burden ..2 to|on ..2 everyone|everybody|{family}|{partner}|people|them',
    '{neg} ..3 want* ..3 exist|existing|alive|live|living',
    '{neg} ..3 want* ..3 wake|waking|wakeup',
    '{neg} ..3 want*|wanna|wana ..3 be|b ..1 here|around ..2 anymore|any|longer',
    '{neg} ..2 see ..1 myself ..3 around|here|alive|living',
    'wont|{neg} ..2 be|being ..1 around|here|alive ..2 much|long|longer|anymore',
    '{neg} ..1 plan* ..2 being|be ..1 around|here|alive',
    'no|not|{neg}|whats|what ..3 point|reason ..4 living|live|alive|life|existing|trying|anymore|anything|everything|continuing',
    'nothing ..2 to ..1 live ..1 for',
    'tired|sick|exhausted ..2 of ..2 living|life|existing|everything|fighting',
    'done ..2 with ..2 life|living|everything',
    'life ..3 {neg} ..1 worth ..1 living|it',
    'not ..1 worth ..1 living',
    'disappear|vanish ..2 forever|permanently',
    'disappear|vanish ..1 for ..1 good',
    '{wish} ..2 disappear|vanish',
    'god ..3 take ..1 me',
    '{wish} ..3 take ..1 me ..3 sleep|away|home',
    '{wish} ..4 hit ..2 by',
    '{wish} ..4 run ..1 over',
    'nobody|noone ..2 would|will|wouldnt ..1 miss|care',
    'no ..1 one ..2 would|will|wouldnt ..1 miss|care',
    '{neg} ..2 care ..3 if ..1 i|im ..3 {die}|live|wake|here|alive|around|exist|make',
    'cant|cannot ..1 go ..1 on ..2 anymore|like|living|longer',
    'cant|cannot ..1 keep ..1 going|living ..2 this|anymore|like',
    'cant|cannot ..2 do|take|handle ..1 this|it ..1 anymore|any',
    '{wish} ..4 stop|end|over ..1 forever|permanently',
    'give|giving|gave ..1 up ..2 on ..1 life|living|everything',
    'sleep ..1 forever',
    '{neg} ..2 see ..2 a|any ..1 future|point|way ..2 for|out ..1 me|myself',
    'no ..1 future ..2 for ..1 me',
    '{wish} ..5 so ..2 its|it|everything ..1 is|s|will|be ..1 over',
    '{wish} ..4 cancer|accident|crash|illness ..4 come|comes|back|take|kill|over',
    '{wish} ..2 everything|it|all|this ..2 to ..1 stop|end',
    '{wish} ..4 {neg} ..2 make ..1 it',
    'tired|sick|exhausted ..2 of ..1 being ..1 here|alive|me',
    'on ..1 this ..1 earth|planet',
    'wouldnt|{neg} ..3 mind|care & accident|died|die|dead|crash|hit|gone|wake|cancer',
    // lead31 (set dc): a truck that hit one and nobody minding, oneself least ("if an 18 wheeler hit me on 610 i
    // wouldnt even be mad").
    '{traffic_thing}|wheeler|wheelers|bus|meteor|asteroid|lightning ..3 hit|hits|hitting|ran|runs|took ..1 me & wouldnt|{neg} ..3 mad|upset|sad|sorry|bothered|mind|care',
    'waste ..1 of ..1 space|air|oxygen|life',
    'relieved|happier|better|easier ..3 if ..1 i ..2 was|were|am ..1 gone|dead',
    // An illness or a death that would come as a relief (lead26: "if i got cancer i'd be relieved honestly"). A
    // result that was not cancer is relief about a test, not a wish: the wish needs "would".
    '(id be|i would be|would be|itd be|it would be|wd be) ..1 relieved|relief|glad|grateful|happy|welcome & cancer|tumor|terminal|die|died|dying|dead|crash|killed|disease|sick',
    'everyone|everybody|nobody|they ..2 would|will|d ..1 be ..1 relieved|fine|happier|better',
    'no ..1 reason ..1 to ..3 wake|get ..1 up|keep|try',
    // The will to live lost: "I've lost my will to live", "no will to live", "perdí las ganas de vivir".
    'lost|no ..2 will ..1 to ..1 live|living',
    // Nothing left for one; being in the way; no way out; ready to be done; feeling like disappearing; not
    // needing it where one is going.
    'nothing ..1 left ..2 for ..1 me',
    // Not making it through the night or to the weekend (the negation is the statement, not a denial of it).
    'cant|cannot|wont|not|never|dont|doubt ..3 make ..1 it ..1 through|to|past|until|till ..1 the ..1 night|weekend|morning|week|holidays',
    'cant|cannot|wont|not|never|dont|doubt ..3 make ..1 it ..1 through|past|until|till ..1 tonight|today|tomorrow|christmas|friday|monday',
    // Not making it much longer (read before "able to make it", a request to attend).
    'make ..1 it ..2 much|any|very ..1 longer',
    'im|i ..2 just ..1 in ..1 the|everyones|everybodys ..1 way',
    'no ..1 way ..1 out',
    'ready ..2 to ..1 be ..1 done|finished|gone',
    'feel|feeling|felt ..2 like ..1 disappearing|vanishing',
    'wont|{neg} ..2 need|needing ..4 where ..2 going|headed',
    'how ..1 much ..1 longer ..3 can|keep|do|take|last',
    'stop ..1 existing|living|being|breathing',
    'life ..1 insurance & better|collect|collecting|cash|payout|worth|off|pay|paid|family|kids',
    // A life insurance policy that pays out, or its waiting years passed (lead26: "my life insurance kicks in after 2 years
    // and it's been 2 years": a policy's suicide exclusion runs out).
    'life ..1 insurance|policy ..4 kick|kicks|kicked|kicking|pays|pay|paying|vests|vested|covers|cover ..1 in|out|after|suicide & year|years|yrs|been|since|months|suicide|clause|now|finally|soon|date',
    // lead31: a policy that pays out whatever happens, said while ending sessions ("the insurance pays out either way").
    'insurance|policy ..2 pays|pay|paying|will|would ..1 out ..1 either|anyway|regardless',
    'point ..3 going ..1 on',
    'point ..2 of ..1 living|life|trying|existing|anything|everything',
    'worst ..1 thing ..4 if & {die}|hit|gone|died|dead|didnt|killed|wake|crash',
    '{traffic_thing} ..3 hit|hits|killed|run|ran ..1 me|over ..2 me|today|tomorrow & wish|wouldnt|if|hope|worst|mind|pray',
    '{neg} ..1 mind|care ..3 if ..4 {neg}|never ..2 make|wake|survive|come|woke|made',
    '{neg}|never ..1 make|made ..1 it ..2 through|out|home|back & mind|care|wish|hope|welcome|better|fine|worse',
    'pray|praying|prayed|hope|hoping ..4 god|he|it|something ..2 takes|take|took ..1 me',
    'tired|exhausted ..3 fighting ..2 to ..1 stay|live|keep|be',
    'no ..1 reason ..3 to|for ..2 be|live|stay|keep|exist ..1 alive|here|around|going',
    'no|any ..1 reason ..3 for|to ..1 me ..2 to ..1 be|live|stay ..1 alive|here|around',
    '{neg} ..1 be ..1 here ..1 anymore|any ..1 longer',
    'nice|easier|better|peaceful ..3 to ..1 just ..1 not ..1 be|exist|wake',
    'nice|easier|better|peaceful ..3 not ..1 to ..1 be|exist|wake',
    'never ..1 been ..1 born',
    'better ..3 if ..2 i ..1 had ..1 never|not ..1 been ..1 born',
    'nothing|anything ..2 left ..2 to ..1 live ..1 for',
    'waiting ..3 for ..2 life|it|everything ..3 to ..1 be|end ..1 over',
    'car ..1 crash|accident|wreck & wouldnt|upset|mind|hope|wish|if|welcome|relief',
    'sleep ..4 long ..1 time|while & not|never|deal|forever|want|wish',
    '{neg} ..2 have ..1 anything|nothing|much ..2 left ..2 to ..1 live|stay|keep ..1 for|going',
    '{wish} ..4 something ..2 happens|happen|bad ..2 to ..1 me',
    '{neg} ..1 have ..1 to ..1 wake ..1 up|anymore',
    // Feeling like a ghost or a corpse already; a plan not to be here; being hit by a car and not minding.
    'like ..1 a ..1 ghost|corpse',
    'plan|plans|planning|goal|goals ..4 to ..1 not ..1 be ..1 here|around|alive',
    'hit|run ..2 by|over ..2 a|the ..1 car|bus|truck|train & {neg} ..2 mad|mind|care|upset|sad|bad',
    // No longer a bother to anyone: "I won't bother anyone much longer".
    'wont|{neg}|never ..2 bother|burden ..2 anyone|anybody|you|nobody|everyone|people ..2 anymore|again|much|longer|soon',
    // Not a problem much longer; others better off with the insurance money; thinking about not existing; not
    // waking up as a question ("what if I just didn't wake up"); resting forever; done and unable to keep going.
    'wont|{neg} ..3 problem|bother|burden ..4 much|any ..1 longer',
    'better ..2 off ..4 insurance|payout|inheritance',
    'insurance ..1 money|payout|check & better|off|collect|without|gone',
    'about|of ..1 not ..1 existing|being ..1 here|alive|around',
    'about|of ..1 not ..1 existing|living',
    'what ..1 if ..3 {neg}|never ..1 wake|woke ..1 up ..1 tomorrow|again|ever|anymore',
    'what ..1 if ..3 never ..1 wake|woke',
    'rest|sleep ..2 forever|permanently|eternally',
    'done & cant|cannot ..1 keep ..1 doing|going|living ..1 this|on|it',
    // Thoughts about the wheel, a semi or a crash on the road; a wish for an illness; a birthday one will not reach;
    // the 'disappear' thoughts back; everyone less stressed without one; never having been born.
    '{neg} ..1 turning|turn|steering|steer ..2 the ..1 wheel',
    'what ..1 if ..3 crashed|crash|swerved|swerve|drove|drive ..3 car|off|into|bridge|truck|semi|wall|tree',
    'semi|truck|bridge|train|tree|wall|overpass & thought|think|thinking ..4 easy|easier',
    '{wish} ..3 had|got|get ..2 cancer|tumor|terminal|disease|illness',
    '{neg} ..3 make ..1 it ..2 to ..3 bday|birthday|christmas|thanksgiving|graduation|summer',
    'disappear|dark|bad|ending|death|dying ..2 thoughts ..3 back|again|returned|came|coming|worse|frequent',
    'thought|thoughts ..4 more ..1 frequent|often',
    'less ..1 stressed|worried|stress ..4 if ..1 i ..2 wasnt|werent|{neg}|gone',
    '{wish} ..3 never ..1 born',
    'was|were ..1 never ..1 born',
    // A nap, a sleep or a rest of the permanent kind; not to be woken; being one bad night from something worse;
    // being still around as a joke; the Lord asked to take one; the baby better off with another mother.
    'nap|naps|sleep|rest|vacation ..4 permanent|eternal|forever|permanently',
    'except ..2 {neg} ..1 wake',
    'one|1 ..1 bad ..1 night|day ..3 from ..4 something ..1 worse',
    'if ..2 still ..1 alive',
    'if ..2 still ..1 around|here ..2 lol|honestly|tbh|ngl|haha|lmao',
    // Doubt that one will still be here or alive by a later date: "not sure I'll still be here", "I might not even be
    // around by then", "if I'm even alive next month".
    // (The negator is part of the match: "not sure" is doubt, and the doubt is the risk.)
    'unsure|if|whether|doubt|idk|dunno|wonder|wondering ..4 ill|i|im|id ..3 still ..3 be|being ..1 here|around|alive',
    '{neg} ..2 sure|certain|know|think|believe ..4 ill|i|im|id ..3 still ..3 be|being ..1 here|around|alive',
    'might|may|probably ..2 {neg} ..2 even|still ..2 be ..1 here|around|alive',
    'if|whether ..2 im|i|ill ..2 even ..2 alive|living|breathing|here|around',
    'god|lord|jesus ..3 to ..1 take ..1 me|her|him|them',
    'lord|jesus ..3 take ..1 me',
    'baby|son|daughter ..4 better ..2 off|with ..3 another|different|other ..1 mom|mother|mama|parent',
    'went|go|going|gone ..2 to ..1 heaven ..2 together',
    'let ..1 nature ..2 do|take ..2 its|it',
    'stop|stopped|stopping ..2 taking ..2 my|the ..1 insulin|{med_name}|meds|medication & nature|notice|die|end|let|tired',
    // Sets i and l (recall5): taking up space in the world; a vehicle hitting one met with a shrug; only a pet, a
    // child or a person keeping one here; not waking up, said as a mercy or as alright; waking disappointed to be
    // still here; no reason to keep going; an illness as a way out, or not fought when it comes back; 'if it goes,
    // it goes'; not doing life anymore; tired of being the problem; praying to be taken.
    'taking|take|takes|took|wasting ..1 up ..1 space|room|oxygen|air ..4 world|earth|planet|alive|existing',
    'oxygen|air|space ..3 someone|somebody ..1 else ..2 could|would|deserves|deserve|needs',
    'if ..3 bus|car|truck|train|semi ..2 hit|hits|ran|runs ..1 me & ok|okay|cool|whatever|fine|mind|relief|relieved|honestly|kinda|wouldnt|peace',
    'if ..5 {neg}|wasnt|werent|didnt ..4 {pet}|{child}|{family}|{partner}|kids ..4 id|i|would ..3 gone|dead',
    'if ..5 {neg}|wasnt|werent|didnt ..4 {pet}|{child}|{family}|{partner}|kids ..5 wouldnt|{neg} ..2 be ..1 here|alive|around',
    'only ..2 reason ..3 im|i ..3 still ..1 here|alive|around',
    'only ..1 thing|one|reason ..3 keeping|keeps ..1 me ..1 here|alive|around',
    'if ..1 i ..3 didnt|{neg}|never|forgot ..3 wake|woke|waking & mercy|blessing|relief|relieved|alright|peace|peaceful|easier|wouldnt|mind|too',
    'mercy|blessing ..4 {neg}|never ..2 wake|woke|waking',
    'wake|woke|waking ..4 disappointed|upset|annoyed|sad|angry|mad ..4 still|alive|here|again|another',
    'wake|woke|waking ..6 first ..1 thought ..2 damn|ugh|fuck|shit|still|again|why',
    'reason|point|sense ..3 keep|keeping ..1 going & {neg}|no|whats|what|much|little|hardly',
    'easier|better|relief|relieved ..4 if ..1 i ..2 got|get|had|have|caught ..2 cancer|tumor|terminal|disease|illness',
    '{neg}|not ..3 fight|fighting ..1 it|this & cancer|tumor|chemo',
    'id|i ..1 have|had ..1 a ..1 way ..1 out',
    'if ..1 it|i ..1 goes|go ..2 it|i ..1 goes|go',
    '{neg}|cant|cannot|not ..3 do|doing ..1 life ..1 anymore|again|any|like',
    'done|tired|quit|quitting|stop ..2 doing ..1 life',
    'wasting|waste|wastes ..1 oxygen|air|space ..4 world|earth|planet|alive',
    'want|wanna ..3 go ..1 to ..1 sleep ..2 and ..1 not|never',
    'tired|sick|exhausted ..3 of ..1 being ..1 the|a ..1 problem|burden|mistake|disappointment|failure',
    'im|i ..1 am ..2 always|just|only ..1 the ..1 problem',
    'pray|praying|prayed|ask|asking|beg|begging ..6 to ..1 be ..1 taken',
    'ready ..1 to ..1 go ..1 too',
    // Envy of the dead: jealous of the people in a crash, at a funeral, with a terminal illness.
    'jealous|envious|envy & died|dead|dying|killed|crash|funeral|cancer|terminal|victims',
    // Probes by kind (recall5's second batch): not existing as no great loss; others moving on, or things simpler,
    // if one were gone; no older self to picture; asleep and staying that way; wanting it over; "I'd be lying if I
    // said I hadn't thought about it" (the double negation affirms).
    'wouldnt|{neg}|isnt ..3 worst ..1 thing ..4 if',
    'move ..1 on|forward ..4 if ..1 i ..2 was|were|wasnt|werent|died|gone',
    'simpler|easier|better|happier|lighter ..5 if ..1 i ..2 wasnt|werent|{neg} ..1 around|here|alive',
    'simpler|easier|lighter ..5 if ..1 i ..2 was|were ..1 gone|dead',
    '{neg}|cant|cannot ..3 see|picture|imagine ..1 myself ..3 old|older|grow|growing|30|40|50|thirty|forty|fifty|future',
    'asleep|sleep ..4 stay|stayed|staying ..1 that ..1 way|asleep|forever',
    'just ..2 need|want|wanna|wish ..2 it|everything|all ..2 to ..1 be ..1 over',
    'lying ..3 if ..2 said ..2 {neg}|hadnt|havent|didnt|wasnt ..3 thought|considered|wanted|thinking',
    // Running out of reasons to stay; no way through this; everyone coping without one; the life insurance taking
    // care of everything; not a problem much longer, said at length.
    'out ..1 of ..1 reasons ..3 stay|live|keep|go|try',
    '{neg} ..2 see ..2 way ..1 through|out ..2 this|it',
    'everyone|everybody|they|family|{family}|kids|{child} ..2 would|will|d ..2 cope|adjust ..3 without ..1 me',
    'life ..1 insurance ..4 would|d ..3 take ..1 care|handle',
    '{neg}|not ..5 problem|bother|burden ..4 much|any ..1 longer',
    '{neg} ..1 deserve ..2 food|eat|eating',
    // recall5's third batch (older adults, new parents, veterans, slang): no use going on; the family better off if
    // one left for good; not seeing why one is still here; sick of waking up, disappointed that one woke; life
    // pointless; no fight left; a baby better off with someone else; children who no longer need one.
    'use|sense ..3 going ..1 on & {neg}|no',
    'better ..2 off ..3 if ..1 i ..3 left|leave|went|go ..2 for ..1 good|forever',
    '{neg} ..2 see ..1 why ..2 im|i ..2 still ..1 here|alive|around',
    'tired|sick|exhausted ..2 of ..1 waking|breathing',
    'disappoint* ..3 that|to ..2 woke|wake|waking|alive|awake|breathing',
    'life|existence ..2 feels|is|seems|feel ..2 pointless|meaningless',
    'everything ..1 feels|seems ..1 pointless|meaningless',
    '{neg}|no ..2 fight ..1 left',
    'baby|newborn ..4 better ..2 off ..2 with ..2 someone|somebody ..1 else',
    '{neg} ..1 need|needs ..1 me ..1 anymore & go|ready|leave|gone',
    // Set p: not existing as a relief; no future to worry about; going to be with someone who died; sleep that
    // ends it; taking up space; tired of being a person; nobody noticing; the kids better off with the other parent;
    // dragging everyone down; the 'why bother' thoughts.
    'if ..1 i ..1 didnt|wasnt|werent ..1 exist|existing|here|around',
    '{neg} ..1 like ..2 ill|i|id ..1 need|have|be ..6 much|any ..1 longer',
    'go ..1 be ..1 with ..2 grandma|grandpa|mom|dad|mother|father|brother|sister|son|daughter|husband|wife|him|her|them|jesus|god|lord & want|wanted|wanna|ready|just|time|going|gonna|wants',
    'asleep|sleep ..4 that|it|thats ..1 be|is ..1 it',
    'im|i|am|me ..2 taking|take ..1 up ..1 space',
    'tired ..2 of ..1 being ..1 a ..1 person|human',
    'nobody|noone ..2 would|d ..2 even ..1 notice|miss',
    'better ..1 off ..2 with ..2 their|his|her ..1 dad|mom|father|mother & kids|{child}|my',
    'drag|dragging|drags ..1 everyone|everybody|people|them ..1 down',
    'why ..1 bother & thoughts|thinking|again|louder|ones|feeling',
    // Set r: wishing the heart would stop; wanting off, not better; unsubscribing from life; a money pit fixed for
    // good; the children getting over it faster if one were gone.
    'wish|wishing|hope|pray ..3 heart ..3 stop|stops|stopped',
    'want|wanna ..1 off ..2 this|the ..1 planet|ride|earth|rock',
    '{neg} ..1 want ..1 better & want ..1 off',
    'unsubscribe|unsubscribing ..2 from ..2 life|living|existence|being|this|it',
    'fix|solve|end ..2 that|it|this|things|everything ..1 permanently|forever & thinking|way|think|plan|burden|pit|cost',
    'just ..1 a ..1 money ..1 pit|drain',
    'if ..1 im|i ..1 gone|dead & get ..1 over|faster|better|easier|deserve',
    // Set s: making it easy on everyone; an elder who refuses food and wants to let go.
    'make ..1 it|this|things|everything ..1 easy|easier ..1 on ..1 all|everyone|everybody|you|them',
    'wants|want|ready ..2 to ..1 let ..1 go & refusing|food|meds|eating|tired|dying|caregiver|mother|father|days',
    // Set q (recall6): not waking up as something nice; nobody noticing one gone; a weight on everyone; the life insurance as their relief; run out of reasons; pointless to keep going; disappearing from the earth.
    'nice|peaceful|relief|relieved|easier ..4 if ..2 i ..2 {neg}|never ..1 wake|waking|woke',
    'if ..1 i ..2 disappeared|vanished|died|disappear|vanish ..5 notice|noticed|care|miss',
    'who ..3 would|will|even ..2 notice|miss ..3 if ..1 i ..2 disappeared|vanished|died|gone|disappear',
    'weight|drain|burden ..2 on|to ..1 everyone|everybody|{family}|{partner}',
    'get|collect|gets|cash ..3 life ..1 insurance & fine|better|off|easier|relief|relieved|happier',
    'run|ran|running ..1 out ..1 of ..1 reasons',
    '{neg} ..2 a ..1 cry ..1 for ..1 help',
    'pointless|useless|meaningless ..3 to ..1 keep ..1 going|living|existing & thinking|think|thought|feel|feels|feeling|anymore|honestly',
    'just|like|want|wanna|wish|should|could ..2 disappear|vanish ..3 from|off ..2 the ..1 earth|planet|world|face',
    // A death said of a thing, echoed of oneself: 'I wish I had too', 'dead, just like me'.
    'wish|wishing ..2 i|id ..1 was|were|had|could ..1 too',
    'just ..1 like ..1 me & dead|died|dying|killed|gone|die',
    // Set t: a named kind of thought come back (the "don't wake up" thoughts); stopping one's medicines to join the dead.
    '{neg} ..1 wake|waking ..2 up ..2 thoughts|thought|feelings|urges|wishes|stuff',
    'wake|waking|existing|exist|alive|living|gone|disappearing ..3 thoughts|thought|feelings ..3 back|again|returned|came|coming|worse|frequent',
    'stop|stopping|stopped|quit|quitting ..3 meds|medication|medications|medicine|medicines|pills|insulin|dialysis|treatment|eating|chemo ..4 so|to ..3 go|die|be ..3 with|pass|join|see',
    'go|going ..1 be ..1 with ..2 pop|pops|papa|nana|papaw|granny|mama|grandad|granddad|late|him|her & stop|stopping|stopped|quit|meds|medication|medicine|pills|eating|ready',
    // Tuning sets' leftovers (recall7): the ones who did not come home had it better.
    'who|that ..1 didnt|never|{neg} ..2 come|came|make|made|get|got ..2 home|back ..4 better|lucky|luckier|easier|easy|off',
    'didnt|never|{neg} ..1 make ..1 it ..4 lucky|luckier ..1 ones',
    'the ..1 dead|fallen ..2 have|got|had ..2 it ..2 better|easy|easier',
    // Set u (recall7): imagining not waking up or not existing; the new year without oneself; wanting to be with a
    // child or a parent who died; a fee asked about 'if someone dies', asking for oneself.
    'imagine|imagining|picture ..4 {neg}|never|didnt ..2 wake|woke|waking ..1 up',
    'imagine|imagining|picture ..4 {neg}|never|didnt ..2 exist|existed|existing|born|alive|here|around',
    'new ..1 me ..4 no ..1 me',
    'or ..1 no ..1 me',
    'just ..1 want|wanna|wanted ..3 be|go ..1 with ..1 him|her|them & {neg}|all|sometimes|fr|again|now|anymore|really|thats',
    '{die}|passed|gone|heaven|grave|anniversary|would ..6 want|wanna|wish|ready ..3 be|go ..1 with ..1 him|her|them',
    '{die}|{kill} & asking ..1 for ..1 me|myself',
    // Set z (recall8): rather be gone; everyone chill without one; nobody noticing one missing, or would if one
    // stopped showing up; others' lives easier if one just disappeared (a gap of five words); going to sleep
    // hoping that is it; not wanting to be anything any more (the negation is the statement).
    'rather ..1 just|honestly|really ..1 be ..1 gone',
    'rather ..2 be ..1 gone & than|forever|honestly|tbh|ngl|dead|everything|alive|anymore',
    'everyone|everybody|they|family|parents|kids|people|{family}|{child} ..3 chill|alright ..2 without ..1 me',
    'nobody|noone ..2 even ..1 noticed|notice|cared ..3 i|im ..1 wasnt|gone|missing|absent',
    'no ..1 one ..2 even ..1 noticed|notice|cared ..3 i|im ..1 wasnt|gone|missing|absent',
    'no ..1 one ..2 would|will|d ..2 even ..1 notice|miss|care',
    'nobody|noone ..4 notice|noticed ..2 if ..1 i ..3 stopped|disappeared|vanished|died|wasnt',
    'no ..1 one ..4 notice|noticed ..2 if ..1 i ..3 stopped|disappeared|vanished|died|wasnt',
    'easier|better|happier|simpler|lighter ..6 if ..1 i ..2 just|was|were ..1 {gone_state}|gone',
    'sleep|asleep|bed ..4 hopefully|hope|hoping|pray|praying ..2 thats|its ..1 it|over',
    'sleep|asleep|bed ..4 hopefully|hope|hoping|pray|praying ..2 that|it ..1 is|s|will|be ..1 it|over',
    '{neg} ..2 want|wanna ..3 be ..1 anything|anyone|anybody ..2 anymore|longer',
    // Set x: nobody noticing for days; a drain on others who would be free; disappointed to wake; a coma wished for;
    // an illness that would take one out.
    'nobody|noone ..3 would|will|wouldnt|even ..2 notice|realize|know ..4 week|weeks|days|day|gone|missing|dead|if',
    'no ..1 one ..3 would|will|wouldnt|even ..2 notice|realize|know ..4 week|weeks|days|day|gone|missing|dead|if',
    'im|am|just|such|being|feel ..3 drain ..2 on|for ..2 you|everyone|everybody|them|{family}|{partner}|people',
    'youd|you|theyd|they|everyone|shed|hed ..2 be ..1 free|freer & drain|burden|without|gone|me|if',
    'every|each ..2 morning|day ..4 disappointed|upset|sad|bummed|annoyed|angry ..3 i|that ..2 woke|wake|waking',
    'disappointed|upset|annoyed|sad|angry|mad|pissed|bummed ..3 i|that ..2 woke|wake|waking ..1 up ..1 again|alive',
    'disappointed|upset|annoyed|sad|angry|mad|pissed|bummed ..4 still ..2 alive|here|breathing',
    'want|wanna|wish|wished|wishing|hoping|hope ..6 coma|comatose',
    'easier|better|simpler|relief ..5 if ..3 it|this|cancer|illness|disease|flare|something|god ..2 took|take|takes ..1 me',
    // Set y (older adults): ready whenever the Lord is; sleeping and staying there; not waking with nobody to cry;
    // one's part done; a machine that would roll on one; a height passed that would not take much; life insurance
    // that would clear everything; done with all of it soon.
    'ready ..3 whenever|when ..2 he|god|lord|jesus|the ..1 is|lord|good',
    'told ..2 lord|god|jesus ..3 ready',
    'sleep|sleeping ..3 and ..2 staying|stay|stayed ..1 there|asleep|down',
    '{neg}|dont ..1 wake ..1 up ..6 nobody|noone|needs|cry|crying|miss|mourn',
    'done ..1 my ..1 part & {neg}|wake|tired|ready|enough|lived|long|old|years',
    '{neg}|wouldnt ..1 mind ..1 if ..6 rolled|crushed|fell|killed|died|dead|took|ran ..2 on|over|me|out',
    'wouldnt ..1 take ..1 much & drive|driving|past|elevator|bridge|tower|silo|edge|jump|ledge|cliff|railing',
    'life ..1 insurance ..4 would|will|could ..2 clear|cover|pay|fix|solve ..3 everything|all|debts',
    'be ..1 done ..1 with ..1 all ..2 it|this ..2 soon',
    // Probed by kind in set u's voices (recall7): only one way out; no point being here without someone; no reason to
    // keep going since a loss; nothing left to lose; not affording being alive.
    'only ..1 one ..1 way ..1 out ..2 of ..1 this|it|here|everything',
    '{neg} ..2 see ..2 point ..2 of|in ..1 being ..1 here|alive|around & without|anymore|since|died|gone|lost|alone|any',
    '{neg} ..2 see|know ..1 why ..2 i ..1 should|would|even ..2 keep ..1 going|living|trying & since|ever|anymore|without|lost|died|left|nothing|point',
    'nothing ..1 left ..1 to ..1 lose & now|lost|anymore|job|wife|husband|kids|everything|life|honestly',
    'afford ..4 being ..1 alive',
    'or ..1 being ..1 alive',
    // Set ac: a truck that might hit one; no future seen; going to be with a dead parent soon.
    'if ..1 a|the ..1 truck|car|bus|train ..1 hit|hits ..1 me',
    '{neg} ..1 see ..2 future & point|anyway|anymore|myself|me|living',
    'be ..1 with ..2 {family}|dad|mom|{partner}|him|her ..1 soon & going|gonna|keeps|saying|says|refusing|wants',
    // A third probe by kind (recall7): a crash or a death that 'wouldn't be the worst thing' (the negation is the
    // statement); no next anything.
    '{neg}|wouldnt ..2 be ..1 the|a ..1 worst|bad ..1 thing & i ..2 died|die|dead|crashed|crash|gone|hit|woke|wake',
    'or ..1 next ..1 anything|everything',
    // Set ad: trouble to everyone, not for much longer; not knowing whether one will make it to a day.
    'wont|{neg} ..1 be ..1 for ..1 much ..1 longer|long',
    '{neg} ..2 know|sure ..4 make ..1 it ..1 to|till|until|through ..1 monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|morning|christmas|then',
    // Not thinking one will last until a day; never "to" a day, which is as often the session that day ("don't think
    // I'll make it to Thursday, work is crazy" is the desk's).
    '{neg} ..1 think ..3 make ..1 it ..1 till|til|until|through|past ..1 monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|morning|christmas|then',
    // Set ae: not going to anything ever again.
    '{neg}|not ..2 going|go ..2 anything|anywhere ..1 ever ..1 again',
    // Set ag: not sure one will be around much longer; how peaceful not to be here; the children's life happier
    // without one; a goodnight said as if the last.
    'idk|know|sure|if ..3 be ..1 around|here|alive ..2 much|long ..1 longer',
    'nice|easier|better|peaceful|relief ..4 to ..1 not ..1 be|exist|wake ..1 here|around|alive|anymore',
    'life|lives ..2 without ..1 me ..4 happier|better|easier|lighter',
    'theyd|hed|shed|youd|everyone|they|kids ..2 be|been ..1 better ..1 off & think|honestly|really|all|probably|without|me',
    'mom|dad|mother|father|parent ..2 who ..2 isnt|wasnt ..1 me',
    'like ..2 its|it|the ..2 last ..1 time & goodnight|goodbye|bye|hug|saying|everyone|maybe',
    'something|somethings ..2 going ..1 to|gonna ..1 happen ..1 soon',
    // Set af: if one disappeared, others could finally...; breathing included; the point of sticking around; the
    // children better with just the other parent.
    'if ..1 i ..1 disappeared|died|vanished ..4 could|would|finally|better',
    'breathing ..1 included',
    'point ..2 of ..1 sticking|staying ..1 around|alive',
    'better ..2 with ..1 just ..2 their|his|her ..1 dad|mom|father|mother',
    // Probed in set z's voices (recall8): better off six feet under.
    'six|6 ..1 feet ..1 under & better|rather|wish|want|wanna|off|be|put',
    // A second probe in set z's voices (recall8): not a problem for anyone after tonight.
    'im|i ..2 {neg} ..3 be ..2 problem|bother|burden ..2 for|to ..1 anyone|anybody|everyone|everybody|you|them ..2 after ..1 tonight|today|tomorrow|friday|this',
    // A third probe in set z's voices (recall8): the permanent way or kind.
    'the ..1 permanent ..1 way|kind & thinking|catching|catch|sleep|nap|leave|leaving|exit|out|bus|train|go|going',
    // Set ai (lead): she/he won't miss me (a parent leaving a child). ('It should have been me' alone is survivor's
    // guilt, a clinician's matter: not a rule.)
    '{child}|baby|kids|nobody ..1 wont|{neg} ..2 miss ..1 me',
    'she|he ..1 wont|{neg} ..2 miss ..1 me & baby|better|kids|{child}|gone|anyway',
    'youre|you|ur ..2 a ..1 better ..1 parent|mom|mother|dad|father|mama',
    // Set ah (recall9): not wanting to be a bother any more; not far behind a spouse who died, joining her soon;
    // tired of it all; as soon not wake up; everybody'd be better off.
    '{neg} ..3 want*|wanna|wana ..3 be ..2 a ..1 bother|nuisance|burden ..4 anymore|longer',
    'tired|sick ..2 of ..1 being ..1 a ..1 bother|nuisance|problem',
    '{neg} ..4 be ..1 far|long ..1 behind ..2 her|him|them|my',
    'be ..1 joining ..1 her|him|them ..2 soon|shortly & passed|died|gone|lost|since|miss|grave|heaven|headstone|funeral|buried|without',
    'tired|sick|exhausted ..2 of ..1 it ..1 all',
    'tired|sick|exhausted ..2 of ..1 all ..1 of ..1 it|this|them',
    'as ..1 soon ..2 not ..2 wake|waking|live|living|exist|existing|alive|here|around',
    'everybodyd|everyoned|theyd ..1 be ..1 better ..1 off',
    // lead29 (set cc, read by the word model until its refit on 81 sets): better off without one, misspelled and with
    // "without" split ("evry one wud be beter off with out me").
    'better|beter|betr|bettr|betta|bettter ..1 off|of ..1 with ..1 out ..1 me|us',
    'beter|betr|bettr|betta|bettter ..1 off|of ..1 without|witout|wihtout|withou|wo ..1 me|us',
    'everybodyd|everyoned ..1 be ..1 relieved|fine|happier|better',
    // Set ak (lead): not making it 'in general'; the kids better off with someone who 'isn't broken'.
    'not ..1 make ..1 it & general|life|period|anymore',
    // A storm or a disaster that would take one out, welcomed (the holdout cu, read at the round's end, lead26: "lol if
    // this hurricane takes me out i honestly wouldnt be mad. kinda hoping it does").
    'takes|take|took|taking|wipes|wipe ..1 me ..1 out & wouldnt|mad|mind|upset|care|hoping|hope|fine|ok|okay|honestly',
    'hoping|hope|wish ..3 hurricane|storm|tornado|flood|earthquake|fire|wildfire ..3 takes|gets|hits|kills|take|get ..1 me',
    // Joining the ones lost, in a unit or a circle of friends (lead26: "he's gonna join the guys we lost").
    'join|joining ..2 the|my|our ..1 guys|ones|brothers|friends|buddies|boys|men ..2 we|i|he|she|they ..1 lost',
    // Nobody's fault, if one is not here (lead26: "if i'm not here next week, it was nobody's fault").
    '(nobodys fault|no ones fault|not anyones fault|not anybodys fault) & if|when ..3 gone|here|around|alive|happens|anything',
    // Joining a parent or a child who has "been gone" for years, as a wish or a call (lead26: "my mom told me to go ahead
    // and join her, she's been gone 2 years"); one who died or passed is read by the rule beside "body".
    '(go ahead and join|want to join|wanna join|time to join|ready to join|going to join|gonna join|just join|finally join|come join) ..1 her|him|them|mom|dad|grandma|grandpa|son|daughter & (been gone|is gone|s gone)',
    // Sleep for a really long time, said as a plan (lead26: "i'm gonna go to sleep for a really long time").
    'gonna|going|want|wanna|ready ..3 sleep ..2 for ..1 a ..1 (really long time|very long time|long long time|real long time)',
    // Not sure one will make it, then "like in general" said after (lead26: "idk if ill make it to tmrw tbh. like in
    // general" reached staff): the second sentence says the first was not about the appointment.
    'idk|{neg}|unsure|if|whether|doubt ..4 make|making ..1 it && (like in general|i mean in general|as in general|in general like|like generally|like at all|like in life|i mean in life|like alive|i mean alive|like literally|i mean literally|not just tomorrow|not just tmrw|not the appointment|not the appt|not the session)',
    'idk|{neg}|unsure|if|whether|doubt ..4 make|making ..1 it ..6 (like in general|i mean in general|as in general|like at all|like in life|i mean in life|like alive|i mean alive|like literally|i mean literally|not just tomorrow|not just tmrw|not the appointment|not the appt|not the session)',
    'better ..1 off ..2 with ..2 someone|somebody ..2 who|that ..1 {neg}|isnt|wasnt|aint ..1 broken|me|messed|crazy|sick',
    // Set al (recall10): wanting not to exist, the negation inside the wish; fading out so nobody has to deal with
    // one; no point carrying on; the Lord wanting one home.
    'want|wanna|wish|wishing|rather|like ..2 to ..1 {neg} ..1 exist|existing',
    'i|im|ill|just|me|gonna|could ..2 fade|fading ..1 out|away',
    'no ..1 one ..3 has|have|would|will|need|needs ..1 to ..1 deal ..1 with ..1 me',
    'nobody|noone ..3 has|have|would|will|need|needs ..1 to ..1 put ..1 up ..1 with ..1 me',
    'nobody|noone ..2 has|have|would|will|need|needs ..1 to ..1 deal ..1 with ..1 me',
    '{neg}|no|what|whats ..3 point ..3 carrying|going|keep|keeping|goin ..1 on',
    'think|thinking|believe|feel ..2 god|lord|jesus ..1 want|wants|wanting|calling|ready ..2 me ..1 home',
    'go|going|goin|gone|ready ..2 home ..2 to ..2 jesus|lord|god|heaven|glory',
    'lord|god|jesus ..2 call|calls|calling|take|takes|taking ..1 me ..1 home',
    // Probed in set ah's voices (recall9): not aiming to see another winter or Christmas; a farm taken and one going
    // with it; calling it quits on life.
    '{neg} ..4 see ..1 another ..1 winter|spring|summer|fall|christmas|birthday|year|thanksgiving|easter|season|harvest',
    '{neg} ..2 reckon|think|figure|expect|aim|plan|intend ..3 see ..1 christmas|winter|spring|summer|birthday|thanksgiving|easter|harvest',
    'takes|take|took|lose|lost|foreclose*|repo*|repossess* ..4 farm|ranch|land|place|business|house ..4 ill|i|im ..2 go|going ..1 with ..1 it|her',
    'farm|ranch|land|place|business ..1 goes ..2 i ..1 go',
    'calling|call|called ..1 it ..1 quits ..2 on ..1 life|living|everything',
    'ready ..2 to ..1 quit ..1 life|living',
    // Probed by kind (lead): doing everyone a favour by being gone; 'I'm done.' then 'with all of it.'
    'id|would|be|im|ill|gone ..2 doing|do ..2 everyone|everybody|world|family ..1 a ..1 favor|favour|favors|favours',
    'im|iam ..1 done && with ..2 all ..1 of ..1 it|this|everything',
    // Probed by kind (lead): no reason to stick around; not deserving to live; the world spinning on without one; the
    // pain wanted to end.
    'no|{neg} ..2 reason ..1 for ..1 me ..2 stick|stay|hang ..1 around',
    'no|{neg} ..2 reason ..3 stick|stay|hang ..1 around & anymore|longer|life|world|alive',
    '{neg} ..1 deserve ..2 to ..1 live|exist|breathe',
    '{neg} ..1 deserve ..2 to ..1 be ..1 alive|here',
    'world|earth|everyone|everybody ..4 keep|keeps|go|goes ..1 spinning|turning|on ..2 without ..1 me',
    'just ..1 want|wanted|need ..2 the|this|all ..1 pain ..2 to ..1 (end|stop|cease|be over)',
    // Probed in set al's voices (recall10): no more for anymore; no use in one's being here; lying down for good; a
    // loved one joined in heaven; a last birthday.
    '{neg}|ion ..2 want|wanna|tryna ..2 be ..1 here|alive|around ..1 no ..1 more',
    'ion ..2 want|wanna ..2 be ..1 here|alive|around|live|living',
    'in|of ..1 me|my ..1 being|living|staying ..1 here|alive|around & use|point|reason',
    'lay|lie|laying|lying ..1 down ..3 for ..1 good|forever',
    'lay|lie|laying|lying ..1 down ..2 and ..1 not|never ..2 get|wake ..1 up',
    'want|wanna|ready|wish|time ..2 to ..1 go|join|be ..4 in|up ..1 heaven|glory',
    'be ..1 my ..1 last ..1 birthday|bday|christmas|thanksgiving',
    // Probed beside requests (lead22, 2026-12-06): an age one does not plan on reaching or staying ("i dont plan on being
    // 16 for long", "not gonna make it to 21", "not planning on seeing 18"), and a last birthday one is having. The
    // request beside it had accounted for the sentence. "I'm turning 18 next month" is a date, not a plan.
    '{neg}|not|never ..2 plan|plans|planning|planned|intend|intending|expect|expecting|gonna|going ..2 on|to ..1 turning|turn|seeing|see|reaching|reach|hitting|hit {age_years}',
    'being ..1 {age_years} ..1 for ..1 long|much',
    '{neg}|not|never ..3 make|making ..1 it ..2 to|past|till|until {age_years}',
    'last ..1 birthday|bday ..2 im|ill|i|ever|youll|we ..1 having|have|celebrate|celebrating|see|seeing|get|getting',
    // Probed in set al's voices (recall10): life with no meaning, in learners' English ("life is no meaning for me").
    'life is|has|got|have ..1 {neg}|no ..1 meaning|meaningless|purpose',
    'life ..1 no ..1 meaning|purpose',
    // A third probe in set ah's voices (recall9): being with buddies who did not make it home; going home to Jesus;
    // not caring what happens to one.
    'be|go ..1 with ..2 buddies|guys|brothers|men|unit|platoon ..3 who|that ..2 didnt|died|passed|gone|lost|killed|never',
    'join|joining ..2 my ..1 buddies|guys|brothers|unit|platoon & didnt|died|passed|gone|lost|killed|heaven|fallen|soon|never',
    'want|wanna|ready|wish|wishing|time ..4 go|going ..1 home ..1 to ..2 jesus|god|lord|heaven',
    '{neg} ..2 care ..1 what ..1 happens ..2 to ..1 me',
    // Set am (lead): the exit easier than the paperwork; joining a brother who died; the scariest part is not the wish.
    'the ..1 exit ..2 is|s|seems|looks ..1 easier|simpler|better',
    'join ..1 him|her|them & body|died|dead|death|passed|funeral|heaven|grave|whole',
    'scariest|worst|hardest ..1 part ..3 {neg} ..1 wanting ..2 to ..1 die',
    // Set ao (lead): wouldn't mind disappearing.
    '{neg}|wouldnt ..1 mind ..2 disappearing|dying|vanishing',
    // lead32 (set de): not minding not existing ("not suicidal or anything but i wouldnt mind not existing").
    'wouldnt|{neg} ..1 mind ..1 not ..2 existing|exist|here|alive|around|waking|living|breathing|being',
    // Set aq (lead, Spanish, 2026-12-05), in English: hoping an illness takes one this time.
    'hope|hoping|wish|pray|praying ..4 covid|cancer|illness|virus|disease|stroke|accident ..2 takes|gets|kills|finishes ..1 me',
    'hope|hoping ..3 it|this ..1 takes|kills ..1 me ..2 this|out',
    // Set ar (recall11): 'not gonna do anything stupid. just done' (an unasked reassurance beside being done); others
    // better off without having to deal with one.
    '{neg} ..4 do|doing ..2 anything|something|nothing ..1 stupid|dumb|crazy|drastic|rash && kinda|of|so|im|totally|really|basically ..1 done',
    'better|happier|easier ..4 without ..3 (deal with me|carry me|put up with me|take care of me|worry about me|look after me)',
    // Probed by kind (lead, 2026-12-05): no point sticking around longer; wondering what not being here would be like; one's time being up.
    'point ..4 sticking|stick|staying|stay ..1 around',
    'sticking|stick|staying|stay ..1 around ..2 much|any ..1 longer',
    'like ..3 {neg} ..1 be|being|exist|existing ..1 here|around|alive|anymore & wonder|wondering|wondered|imagine|imagining|picture|picturing|what',
    'think|feel|guess|know|believe ..2 my ..1 time ..2 is|has ..1 up|come',
    // Probed by kind (recall11, 2026-12-05): a funeral imagined.
    'imagine|imagining|picture|picturing|planning ..2 (my funeral|my own funeral|my wake|my burial)',
    // Probed by kind (recall13, 2026-12-05, gate av): the English of the same Spanish ideas (leaving that is not a
    // trip, a time here that is done, not belonging in the world, a heart attack or a car that would be welcome).
    'thinking|thought|think ..2 about|of ..1 leaving|going & not ..1 on|a|for ..1 trip|vacation|holiday',
    'thinking|thought|think ..2 about|of ..1 leaving|going & dont|not ..1 mean ..2 trip|vacation|holiday|moving|move',
    'my ..1 time ..1 here ..2 is|s|feels ..1 done|over|up|finished & feel|ready|go|think|like|life',
    '{neg} ..2 belong ..2 in|on|to ..2 this|the ..1 world|earth|life|planet',
    'extra|unwanted|surplus ..3 in ..1 the|this ..1 world',
    '{wish} ..3 have|had|get|got ..2 a ..1 heart ..1 attack|stroke|aneurysm',
    'if ..3 car|bus|truck|train ..1 hit|hits|ran|runs ..1 me & wouldnt|worst|relief|mind|better',
    // Set au (recall12, 2026-12-05), by kind: wanting to be here stopped; a sleep one stays in; not being woken, asked
    // of god or the universe; the void that sounds nice; nothing left in one to keep going; a wreck hoped for; staying
    // for someone, not for long; slipping away; a life not wanted if this is it.
    'stopped|stop|quit|stoped ..3 wanting ..2 to ..1 (live|exist|be here|be alive|be around|wake up|keep living|keep going)',
    'no ..1 longer ..2 want|wanting|wanna ..2 to ..1 (live|exist|be alive|wake up|keep living|keep going|be around)',
    'stopped|quit|stop ..1 caring ..2 if|whether ..2 i|im ..2 wake|live|die|alive|survive',
    '{wish} ..4 asleep|sleep|eyes ..3 stay|staying ..1 there|asleep|that|gone|under|forever',
    'let|lets|letting ..1 me ..2 {neg}|never ..1 wake|waking',
    '{neg} ..1 let ..1 me ..1 wake|waking ..2 tomorrow|tmrw|tmr|again|anymore|ever|morning',
    'ask|asking|asked|pray|praying|prayed|beg|begging ..6 {neg} ..1 let ..1 me ..1 wake|waking',
    'nothingness|oblivion|void|nonexistence ..3 sounds|sound|seems|seem|looks|feels ..3 nice|good|peaceful|appealing|comforting|better|tempting|great|lovely|inviting|restful',
    'crave|craving|long|longing|yearn|yearning ..3 nothingness|oblivion|nonexistence',
    '{neg} ..1 existing|exist|alive|living ..2 sounds|seems|feels|looks ..3 nice|good|peaceful|appealing|comforting|better|tempting|great|lovely|inviting|restful',
    'big|long|eternal ..1 sleep ..2 sounds|seems|feels|looks ..3 nice|good|peaceful|appealing|comforting|better|tempting|great|lovely|inviting|restful',
    '{neg} ..2 have|got ..1 it|anything|much ..1 (left in|in) ..1 me|him|her ..4 (keep going|go on|keep living|keep fighting|carry on|live|continue|fight)',
    'nothing|no ..2 left ..2 in ..1 me|him|her ..3 (keep going|go on|keep living|keep fighting|carry on|live|fight)',
    '{wish} ..1 i|id|he|she (get|gets|got|would get|just get|finally get|end up|would end up) ..1 in|into ..3 wreck|crash|accident|collision',
    '{wish} ..1 i|id|he|she ..2 crash|wreck ..1 on ..1 the ..1 way',
    'stay|staying|alive|here|around ..2 for ..2 {family}|{child}|{partner}|{pet}|kids|them|him|her & how ..1 (much longer|long)',
    'only ..1 still ..1 alive|here|around ..2 for|because',
    'only ..2 reason|thing ..4 havent|hasnt|didnt|{neg} ..2 (done it|gone through with it|killed myself|ended it)',
    'slip|slipping|slipped|fade|fading|drift|drifting ..2 away & peaceful|peacefully|nice|easier|better|wish|hope|hoping|dream|daydream|quietly|sleep|gone',
    'if ..1 this ..1 is ..4 life|forever ..4 {neg} ..1 want ..1 it|this|that|any',
    '{neg} ..2 want ..1 this|my ..1 life ..1 anymore|any',
    '{neg} ..2 have ..2 strength|energy|will|fight ..2 to ..1 (keep going|go on|keep living|carry on|keep fighting) ..1 anymore|any',
    // Probed by kind beyond set au (recall12, 2026-12-05), in the voices the unseen sets miss (older adults, faith,
    // veterans, chronic pain): a heart that stopping would be a relief; alright never to wake; no way forward; out of
    // this life; asking why one is kept here; going home early to God; being with the dead again; having gone with a
    // buddy who died; next by choice; a long walk off a short pier; not living with the pain much longer.
    'heart ..2 stop|stopped|stops|stopping|quit|quits & relief|relieved|wish|hope|hoping|pray|praying|mind|welcome|peace|blessing',
    'ok|okay|fine|good|cool|alright ..3 if ..1 i ..3 never|didnt|{neg} ..2 wake|woke|waking',
    '{neg} ..2 see ..2 a|any ..1 way ..1 forward|out|through ..2 anymore',
    '{wish} ..2 out ..2 of ..1 this ..1 life|world|existence',
    'why ..3 keeps|keep|kept|keeping ..1 me ..1 here|alive|around & god|lord|he|universe|jesus',
    'come|came|go|going|coming ..1 home ..1 early|soon & god|lord|jesus|heaven|maker',
    '{wish}|ready ..3 be ..1 with ..2 {family}|{partner}|{child}|him|her ..1 again && gone|passed|died|heaven|dead|lost|funeral',
    'shouldve|should|shoulda ..2 gone|died|went ..1 with ..1 him|her|them && buddy|friend|brother|died|lost|passed|unit|killed|funeral',
    'next ..2 by ..1 choice',
    'long ..1 walk ..1 off ..1 a ..1 short ..1 pier|bridge|plank',
    '{neg}|never ..1 going|gonna ..1 to ..2 much ..1 longer & live|living|pain|alive|life|exist',
    '{neg}|never ..1 going|gonna ..2 live|survive ..3 much ..1 longer',
    // A fourth probe by kind (recall12, 2026-12-05): not being alive as a place thoughts go; hoping recklessness
    // catches up; trading places with the dead; a surgery hoped to go wrong; the world not needing one; a brain turned
    // off for good; everything gone black; feeling stopped forever; the only way out being out; a rest for good;
    // feeling already gone; in hospital for trying.
    'not ..1 being ..1 alive',
    'stopped|quit ..2 wearing|using ..2 seatbelt|seatbelts & whatever|happens|care|hope|hoping|purpose',
    'hoping|hope|wish ..3 catches|catch ..2 up ..1 with ..1 me',
    'trade|switch ..1 places ..4 coffin|grave|casket|dead|cemetery',
    '{wish} ..3 surgery|operation|procedure ..2 goes|go|went ..1 wrong|badly',
    'world ..2 {neg} ..2 need|needs|want|wants ..1 me',
    'turn|switch|shut ..1 off ..1 my ..1 brain|mind|head ..2 permanently|forever|good',
    '{wish} ..3 everything|it|all ..2 go|goes|fade ..1 black|dark',
    '{wish} ..4 stop ..3 feeling & forever|permanently',
    'only ..1 way ..1 out ..1 is|s ..1 out|death|dying',
    // lead29 (probe): the only way out, or the only option left, is to end it ("the only way out is to end it. i know
    // that now").
    'only ..1 way|option|choice|answer|solution ..1 out|left|now|forward ..3 end|ending ..1 it|things|everything|myself|my',
    'only ..1 way|option|choice|answer|solution ..2 is|s ..2 to ..1 end|die|disappear|go ..1 it|things|everything|myself|forever|away|for',
    '{wish} ..3 rest && (for good|forever|permanently)',
    'feel|feels|feeling ..3 already ..1 gone|dead',
    'hospital|er|psych|inpatient ..3 for ..1 trying|attempting',
    // Envy of the dead at rest (recall13, 2026-12-05, parity with set ay's Spanish).
    'envy|envious|jealous ..6 rest|peace|heaven|dead|gone|passed|suffering|suffer',
    // Set ay's English misses by kind (recall14, 2026-12-05): not waking and nobody noticing; asking not to wake;
    // no future with oneself in it; no next week for oneself; decades more not bearable; waiting for the body to give
    // up; not fighting whatever happens; letting an illness take one; trading places with the dying; life not for one;
    // a meteor welcomed; put down like a pet; no way out but out; dreaming of no future; not here for the next chapter;
    // wanting to be taken; a voice saying one could stop; envy read in obituaries or a pet's death; relief at a
    // diagnosis; a seatbelt left off; nothing left to see.
    'just ..1 {neg}|never ..1 wake|woke|waking ..1 up && anyone|anybody|nobody|noone ..3 notice|noticed|care|cared|miss|missed',
    '{neg}|never ..1 wake|woke|waking ..1 up ..1 tomorrow|tmrw|again|ever && anyone|anybody|nobody|noone ..3 notice|noticed|care|cared|miss|missed',
    'ask|asking|asked|beg|begging|pray|praying|prayed ..3 not|never ..2 wake|waking',
    'no|cant|dont|not|never|nothing ..5 future ..3 with|where ..2 me|i|im ..2 in ..1 it',
    '{neg}|doubt|unsure ..5 be ..1 a ..1 next ..1 week|month|year|christmas|summer|birthday|time ..1 for ..1 me',
    'how ..2 people|anyone|everyone|others ..2 keep ..1 doing|going ..3 years|decades && cant|couldnt ..1 do ..1 another',
    'cant|couldnt ..1 do ..1 another ..2 years|decades|lifetime',
    'cant|couldnt ..1 do ..1 another ..1 {number_word}|decade|lifetime',
    'waiting|wait ..3 body|heart ..2 give|gives|giving|quit|quits ..1 up|out',
    'waiting|wait ..3 body|heart ..2 to ..1 quit|stop|fail',
    '{neg} ..2 fight ..1 it ..3 something|anything ..1 happened|happens|happen ..2 me',
    'let ..2 cancer|disease|illness|sickness ..1 take|kill ..1 me',
    'ready|going|gonna|want ..3 let ..1 it ..1 take|kill ..1 me',
    'trade|switch|swap ..1 places ..5 icu|hospice|morgue|dying|terminal',
    'life|living ..1 isnt|aint ..1 for ..1 me',
    'life ..1 is ..1 not ..1 for ..1 me',
    'meteor|asteroid|comet && finally|relief|relieved|grateful|thankful|glad|welcome',
    'be|get|being ..1 put ..1 down ..4 dog|cat|animal|pet|horse|humanely',
    'put ..1 me ..1 down|sleep ..3 dog|cat|animal|pet|horse|humanely',
    'put ..2 sleep|down && why ..1 dont|cant|doesnt|wont ..1 i|we|people ..1 get ..1 that|the|to',
    'way|ways ..1 out ..1 except|but|besides ..1 out|death|dying',
    'dream|dreams|dreaming|fantasize|fantasise|fantasizing ..1 of|about ..1 not ..1 having ..1 one|a ..1 future',
    'be|being ..1 here|around ..4 next|another|any ..1 chapter|chapters',
    '{neg} ..4 be|being ..1 here|around ..4 next|another|any ..1 chapter|chapters',
    '{wish} ..2 be ..1 taken && by ..1 anything|something|whatever|god|death',
    'voice|voices ..5 you ..1 could|should|can ..1 stop|end && agree|agreeing|listen|listening|tempting|right',
    'obituaries|obituary|obits|funeral|funerals|graves|cemetery ..6 lucky|jealous|envy|envious',
    'cancer|tumor|tumour|terminal|malignant && feeling|reaction|thought ..2 was ..1 relief|relieved|happy|glad',
    'without ..2 seatbelt|seatbelts|helmet && whatever|happens|care|hope|hoping|purpose',
    'seatbelt|seatbelts|helmet && whatever ..1 happens',
    'already ..1 lived ..2 whole|everything|all && nothing ..1 left',
    'nothing ..1 left ..1 to ..1 see && lived|life|already',
    'dream|dreams ..3 future && dream ..1 of ..1 not ..1 having',
    // Burden (set ay, recall14): dead weight; sad for a while and then fine; the world balanced by one's leaving;
    // sorry to exist; the problem removed; peace if one were gone; nobody needing to clean up after one; insurance
    // as the best thing one could do.
    'im|i|am|m|just|such ..2 dead ..1 weight',
    'would|theyd|hed|shed|will|theyll|itd ..1 be ..1 sad|upset|heartbroken ..3 for ..1 a ..1 while && fine|okay|ok|better|free|over',
    'world|everyone|everybody ..6 if ..1 i ..1 left|leave|went ..1 it|this',
    'sorry ..2 i ..1 exist|existed',
    'remove|removing|removed|eliminate|eliminating ..2 the ..1 problem && i|im|me ..2 the ..1 problem',
    'if ..1 i ..1 was|were|wasnt ..1 gone|dead ..4 peace|happier|fine|free|relieved|lighter',
    'clean ..1 up ..1 after ..1 me && already|ready',
    'insurance|house|money && best|kindest ..1 thing ..2 could ..1 do ..1 for ..1 them|everyone|her|him',
    // Coded (set ay, recall14): taking oneself out, not to dinner; an ex-person; a big red button on one's life;
    // game over; deleted like an account; done with everything for real.
    'take|taking ..1 {self} ..1 out && not ..2 to|for ..1 dinner|lunch|date|drinks|movie|movies',
    '{self} ..1 out ..2 out ..1 out',
    'ex|former ..1 person|human',
    'button|trigger ..2 on ..1 my ..1 life|existence',
    'plug ..2 on ..1 my ..1 existence',
    'game ..1 over ..1 for ..1 me && gg|life|tired|goodbye|bye',
    'delete|deleting|erase|erasing|uninstall|uninstalling ..1 {self}|me ..3 like ..2 account|file|app|program|profile',
    'done ..2 with ..1 everything && for ..1 real|good ..2 this ..1 time',
    // Hopelessness and timelines (set ay, recall14): waiting it out when nothing gets better; a routine forever, no
    // thanks; things not better by a date; no reason to stay once something passes; holding on until a date.
    'waiting|wait ..1 it ..1 out && nothing ..6 better',
    'cry|crying|miserable & sleep|work|home && forever',
    'things|life|it ..2 {neg}|arent|isnt ..1 better|different ..1 by ..6 done|gone|out|over',
    '{neg} ..3 reason ..1 to ..1 stay && once|after|when ..3 passes|dies|gone|graduates|die',
    'holding|hanging ..1 on ..3 until|till|til && after ..1 that|then ..4 {neg}|done|free|gone|owe',
    'wont|not ..1 be ..1 your|anyones ..1 problem|burden',
    '{wish} ..2 wasnt|werent ..1 here|around|alive ..3 thoughts|anymore|again|feeling|feelings|most|every',
    'thoughts|thinking|feeling|feelings & {wish} ..2 wasnt|werent ..1 here|around|alive',
    'with ..1 everything|life && for ..1 real|good ..1 this ..1 time',
    'furious|disappointed|angry|pissed|upset ..2 i ..1 woke|wake ..1 up & some|every|most ..1 morning|mornings|day|days',
    'furious|disappointed|angry|pissed|upset ..2 i ..1 woke|wake ..1 up ..1 again',
    'go|going|goes ..1 out ..1 on ..1 his|her|my|their ..1 own ..1 terms',
    // recall15, by vocabulary family (the probe generator in tests/boundaries/triage/neighbours/ideation-probes.ts):
    // not existing said as ceasing or fading; where the dead are (heaven, the ground, the lord); the loved dead
    // joined; leaving life as a service one quits; a peace or a rest that lasts; eyes closed for good.
    '{wish}|rather ..1 to ..1 {cease} ..3 exist|existing|existence|away|forever|good|permanently|nothing',
    'wanna|wana|rather ..1 {cease} ..3 exist|existing|existence|away|forever|good|permanently|nothing',
    '{wish} ..2 cease|ceasing ..2 to ..1 be|live|exist',
    '{wish} ..1 to ..1 be|get ..1 erased|forgotten ..3 forever|good|permanently|existence|world|earth',
    '{wish} ..4 six ..1 feet ..1 under',
    '{wish} ..4 be|lie|lying|laying|buried ..1 in ..1 the ..1 ground|grave|dirt',
    '{wish} ..4 home|with|to|meet|see ..2 the|my ..1 lord|jesus|maker|savior|saviour ..3 now|already|soon|tonight|today|finally|please|early|just|anymore',
    '{wish} ..4 go|be|get|going ..2 heaven|paradise|afterlife ..3 now|already|soon|tonight|today|finally|early|yet|just|anymore',
    '{wish} ..2 i ..1 was|were|could ..4 in ..1 heaven|paradise',
    '{wish} ..2 i ..1 was|were|could ..4 in ..1 the ..1 afterlife|ground|grave',
    '{wish} ..4 join|follow|reunite ..4 {family}|{partner}|{child}|grandma|grandpa|him|her|them & heaven|afterlife|grave|died|passed',
    'join|follow|reunite ..4 {family}|{partner}|{child}|grandma|grandpa|him|her & heaven|afterlife|grave',
    // A wish to join one's own family member, said alone ("i wanna join my dad", "i pray every night to join my
    // mom"): beside a request it went to staff (lead, 2026-12-05, the probe generators set beside requests).
    // Joining someone's session, plan or call is masked (ordinary-senses.ts).
    '{wish}|pray|praying|prayed|nice|peace ..4 join|follow|reunite ..1 my ..1 {family}|{partner}|{child}',
    // Asking why one is still here, or still alive (a waitlist or a waiting room is masked).
    'why ..1 am ..1 i ..1 still ..1 here|alive|around|breathing',
    'cross|crossing ..1 over ..2 to ..1 the ..1 other ..1 side',
    '{wish} ..2 i ..1 was|were ..1 not|never ..1 here|around|alive|born',
    'quit|quitting|resign|resigning|unsubscribe|unsubscribing|opt|opting ..2 out|from ..2 living|existence|existing',
    'quit|quitting|resign|resigning|unsubscribe|unsubscribing|opt|opting ..2 out|from ..2 this ..1 world|earth',
    'quit|quitting ..1 life|living|existing',
    'quit|quitting ..1 being ..1 alive',
    'peace|peacing|tap|tapping|bow|bowing ..1 out ..2 of ..1 life|living|existence',
    'peace|peacing|tap|tapping|bow|bowing ..1 out ..2 of ..1 this ..1 world|earth',
    'off ..1 this ..1 ride|planet|rock & want|wanna|wish|ready|done|tired|let|need|good|forever|permanently|finally',
    '{wish}|rather ..1 to ..1 rest ..1 in ..1 peace',
    'wanna|wana|rather ..1 rest ..1 in ..1 peace',
    '{wish} ..4 at ..1 peace ..2 for ..1 good|ever|eternity',
    '{wish} ..4 at ..1 peace ..1 forever|permanently|eternally',
    'close|closing ..1 my ..1 eyes ..5 never|not|without ..2 open|opening|wake|waking',
    'out ..1 of ..1 the|everyones|everybodys ..1 picture ..2 for ..1 good|ever',
    'out ..1 of ..1 the|everyones|everybodys ..1 picture ..1 forever|permanently',
    'out ..1 of ..1 everyones|everybodys ..1 way ..2 for ..1 good|ever',
    // Not meant to be here (survivor's guilt, a veteran's "should have died over there"), being alive hated,
    // waiting for the end (older adults: lived long enough, a good run, called home), wanting out of life.
    'i ..1 shouldnt ..1 be ..1 here|alive ..1 anymore|still',
    'should|shouldve ..2 have|of ..1 been ..1 me ..1 instead|not',
    'why ..1 am ..1 i ..1 still ..1 alive|breathing',
    'why ..1 im ..1 still ..1 alive|breathing',
    'wasnt|werent|not|never ..1 supposed|meant ..2 to ..1 survive|live|wake',
    'wasnt|werent|not|never ..1 supposed|meant ..2 to ..1 be ..1 alive|born',
    'mistake ..4 keeping|kept|letting ..1 me ..1 alive|live|breathe',
    'shouldnt ..2 have|of|ve ..1 woken|woke ..1 up',
    'hate|hating|hated|regret|regretting ..1 being ..1 alive|born',
    'regret|regretting ..1 existing|existence',
    'hate|hating|hated ..1 existence',
    'hate|hating|hated ..2 that ..1 i ..1 woke|wake ..1 up',
    'being ..1 alive ..1 is ..2 torture|hell|unbearable|agony|pointless|exhausting',
    'existing ..1 is ..2 torture|hell|unbearable|agony|pointless|exhausting',
    'disappointed|upset|angry|sad ..4 still ..1 alive|breathing',
    'lived long enough',
    'good ..1 run & done|ready|enough|over|time|end|finished',
    'ready|waiting|wait|pray|praying|wish ..4 called ..1 home',
    'lord|god|jesus ..3 take ..1 me ..1 anytime|whenever|home|now|soon',
    'waiting ..2 for ..1 my ..1 time ..2 to ..1 come',
    'no ..1 reason ..2 to ..1 go ..1 on & anymore|since|without|living|life|alone|passed|died',
    '{wish}|need ..1 out ..2 of ..1 this ..1 life|world|existence',
    '{wish}|ready|rather ..2 be ..1 free ..2 from|of ..1 this ..1 life|world|existence',
    'eternal|permanent|forever ..1 sleep|nap|rest|slumber & want|wish|ready|need|just|take|pray|wanna',
    '{wish}|ready ..4 join|embrace|become|return ..2 the ..1 void',
    '{wish}|ready ..4 return ..2 to ..1 dust',
    'dip|dipping|dippin|bounce|bouncing ..2 permanently|forever',
    // Not able to keep going much longer, doubted ("i don't think i can keep going much longer"); not a bother for
    // long ("i'm not going to be a bother anymore").
    '{neg} ..4 keep ..1 going|living|fighting ..1 much|any ..1 longer',
    '{neg} ..4 keep ..1 doing ..1 this|it ..1 much|any ..1 longer',
    'not|never ..1 going|gonna ..2 be ..1 a ..1 bother|burden ..2 anymore|again|much|longer|soon|for',
    // Older adults and veterans: a usefulness outlived, no use to anyone, done with an old body, borrowed time given
    // back, the dead waiting on the other side.
    'outlived|outlive|outliving ..2 my ..1 usefulness|purpose|welcome',
    'im|i|am ..2 no ..1 use|good ..2 to ..1 anyone|anybody|nobody|everyone|anymore',
    'done|finished|tired ..2 with|of ..1 this ..1 old|tired|broken|useless|worn ..1 body',
    'borrowed ..1 time & ready|give|giving|done|enough|over|return',
    'waiting ..2 for ..1 me ..3 in|on|up ..2 heaven|there|valhalla|side',
    // Making it all stop ("i just want to make it all stop").
    '{wish} ..3 make|making ..1 it|everything|this ..1 all ..1 stop',
    // Burden in its other words: a liability, a drain, dead weight; holding everyone back; the reason they suffer.
    'im|am|feel|being|been|just|such|nothing|only ..3 a|the ..1 liability|drain|weight|curse|parasite|leech|mistake ..3 to|on|for|around|in ..2 everyone|everybody|{family}|{partner}|{child}|people|them|world|necks|lives|way',
    'dead ..1 weight',
    '{wish} ..3 {neg} ..2 on ..1 this ..1 earth|planet',
    '{wish} ..1 to ..1 be ..1 gone',
    'wanna|wana|rather ..1 be ..1 gone',
    'all ..1 i ..1 want ..1 is ..1 to ..1 be ..1 gone',
    'holding|dragging|weighing ..1 everyone|everybody|them ..1 back|down',
    'holding|dragging|weighing ..1 my ..1 family|kids|wife|husband|partner|parents ..1 back|down',
    'ruin|ruining|ruined|ruins|destroying|destroy ..1 everyones|everybodys|their|my|our ..2 lives',
    'reason ..1 everyone|everybody|they|my ..2 miserable|unhappy|suffering|suffer|hurting|sad',
    'making|make|made ..1 their|everyones|everybodys ..2 lives|life ..1 worse|harder|miserable|hell',
    'rid ..1 of ..1 me & better|glad|happy|happier|relieved|finally|easier',
    'mistake ..3 should|shouldnt ..2 not|never ..2 exist|existed|born|here',
    // Others who would not miss one, or would be better off with the insurance.
    'everyone|everybody|{family}|{partner}|{child} ..2 wouldnt|wont|dont ..2 miss ..1 me',
    // recall20: friends and people too, and the Spanish "ni me extrañarían".
    'friends|friend|people|anyone|they|world ..2 wouldnt|wont|dont ..2 even ..1 miss ..1 me',
    'todos|nadie|{family}|{partner}|{child}|amigos|amigas|gente ..2 ni|no ..1 me ..1 extranarian|extranaria|notarian|echarian',
    'get|got|collect|have ..2 the|my ..1 insurance|payout|inheritance ..3 and ..1 be ..1 better|happier|fine',
    // Voices the earlier sets under-represent (recall17): a man's "no great loss", nothing left and no reason to stick around, his
    // absence as the easy way out, packing it in for good, no point in next week; a teen's "done w everything"; an
    // older adult's "no sense going on", medicine, food or dialysis stopped with grief or readiness, treatment ended
    // for good, the dead waiting, going to be with them; a worker's accident wished for, the farm paid off by it.
    '{neg} ..2 much|big|great|real ..1 of ..1 a ..1 loss',
    'no ..1 great|big|real ..1 loss & i|me|if|gone|dead|died|without',
    'no|{neg} ..2 reason|sense ..3 stick|sticking|stay|staying|hang|hanging ..1 around & nothing|give|loss|done|tired|fumes|worth',
    'easier|easiest|better|best|simpler|simplest|solution|answer|fix|way ..6 me ..1 not ..1 being ..1 here|around|alive',
    'pack|packing ..1 it ..1 in ..2 for ..1 good|permanently',
    'point ..2 in|of ..1 next|another ..1 week|year|semester|month|birthday|christmas & {neg}|no|whats|what',
    'done ..2 w|wit ..1 everything|life|living|existing',
    'no ..1 sense ..3 going|carrying|keep|keeping|living ..1 on',
    'stopped|quit|stopping|quitting|skipping|skip ..3 medicine|medicines|meds|pills|{pills}|{med_name}|insulin|dialysis|eating & ready|bother|lord|heaven|passed|died|die|dying|widow|widowed',
    'stopped|quit|stopping|quitting|skipping|skip ..3 medicine|medicines|meds|pills|{pills}|{med_name}|insulin|dialysis|eating & no ..1 sense|use|point',
    'stop|stopping|skip|skipping|quit|quitting|end|ending ..3 dialysis|chemo|insulin|treatment|treatments ..3 for ..1 good|permanently|forever|altogether',
    'waiting ..2 for ..1 me ..3 heaven|side|above|lord|beyond',
    'waiting ..2 for ..1 me ..1 up ..1 there',
    'lost|passed|died ..4 waiting ..2 for ..1 me',
    'go ..1 be ..1 with ..4 passed|died|late|lost|heaven|gone|lord|buried',
    'easier|better|simpler ..6 if ..2 i ..1 had|got ..1 an|a ..1 accident',
    'if ..1 i ..1 was|were ..1 gone|dead & insurance|farm|mortgage|debts|debt|pay|paid|cover|covered',
    'if ..1 something|smth|sth|anything ..1 happened|happens ..2 to ..1 me & insurance|payout|better|easier|relief|solve|solved',
    'if ..1 a|the ..1 tree|truck|tractor|car|bus|train|semi|beam|ceiling|bull ..1 fell|hit|fall|falls|hits|crushed|rolled|ran ..2 on|over|into ..1 me & solve|solved|easier|better|wouldnt|mind|hope|wish|relief|fine|pray',
    'no ..1 way ..1 forward|through ..2 for ..1 me',
    // Second batch (recall17): an illness or a failing heart welcomed ("if the cancer took me I'd thank it", "so be
    // it", "let it take me"); the state before a past attempt returning.
    'if ..1 the|my|this ..1 cancer|illness|tumor|disease|diabetes|heart|kidneys|liver|stroke ..2 took|takes|take|kills|killed|gave|gives ..1 me|out & thank|grateful|relief|welcome|blessing|glad|happy|mind|peace',
    'if ..1 the|my|this ..1 cancer|illness|tumor|disease|diabetes|heart|kidneys|liver|stroke ..2 took|takes|take|kills|killed|gave|gives ..1 me|out & so ..1 be ..1 it',
    'let ..1 it|cancer|god|nature|illness|disease ..1 take ..1 me & chemo|treatment|cancer|dialysis|die|done|tired|ready|whatever|fighting',
    'let ..1 it|cancer|god|nature|illness|disease ..1 take ..1 me & {neg} ..3 chemo|treatment|treatments|dialysis|surgery|meds',
    'heading|sliding|slipping|going|getting|spiraling ..2 back ..6 attempt|attempted|overdose|overdosed',
    'attempt|attempted|overdose|overdosed & heading|sliding|slipping|spiraling ..2 back',
    'how|like ..2 i ..1 felt ..3 before ..2 the|my ..1 hospital|attempt|overdose|ward|er|psych & last|time|right|again|now',
    'weeks|days|time ..2 before ..2 i ..1 tried|attempted ..2 last ..1 time & feel|feels|felt|like',
    // The same statements spread over short sentences (recall17): treatment stopped ... for good; life insurance
    // "at least".
    'skip|skipping|stop|stopping|quit|quitting ..2 dialysis|chemo|insulin|treatment|treatments && for ..1 good|ever',
    'life|lyfe ..1 insurance ..2 at ..1 least',
    'at ..1 least ..3 life|lyfe ..1 insurance',
    // A third batch (recall17): nobody losing much if one were gone; a veteran's "I should be with them" of the
    // dead; disappearing "for real this time".
    'no ..1 one ..2 would|will|wouldnt|d ..1 lose ..1 much|anything & gone|dead|died|without|disappeared',
    'nobody|noone ..2 would|will|wouldnt|d ..1 lose ..1 much|anything & gone|dead|died|without|disappeared',
    'should ..1 be ..1 with ..1 them|him & unit|platoon|squad|deployment|brothers|guys',
    'disappear|vanish ..2 for ..1 real & time|tryna|gonna|going',
    'if ..1 the|a ..1 combine|auger|tractor|bull|semi|train|truck ..2 got|gets|get|took|caught ..1 me & quick|fast|easy|better|easier|fine|solve|relief|mind',
    // Set be (recall19, 2026-12-05): going to be with someone who died ("I'd like to go be with him", "he passed in
    // March"), joining them soon; no point in staying (the negation is the statement).
    'go|going ..1 be ..1 with ..1 him|her|them && died|dead|heaven|buried|late|grave|gone|lost|funeral|widow|widowed',
    'go|going ..1 be ..1 with ..1 him|her|them && passed ..1 away|in|on|last|recently|suddenly|years|months|since',
    'go|going ..1 be ..1 with ..1 my ..1 {family}|{partner}|{child}|husband|wife|mom|dad|mother|father|son|daughter|grandma|grandpa|baby & died|dead|heaven|buried|late|grave|gone|lost|funeral|passed|since',
    'be|join ..1 with ..1 him|her|them|my ..3 again|soon|finally & passed|died|dead|heaven|buried|grave|funeral',
    'like|love|wish|hope|id ..2 to ..1 join|joining ..1 my|him|her|them ..4 soon|passed|died|dead|heaven|gone|grave|finally',
    '{neg}|no|whats|what|why ..3 point ..2 of|in ..1 staying|sticking',
    '{neg}|no|whats|what|why ..3 point ..2 staying|sticking|being|going|carrying|hanging ..1 here|around|alive|on|anymore',
    // Probes beside requests that reached staff (recall19, 2026-12-05), by kind: tapping out of life; the world that
    // would not miss one; how nice it would be not to wake up, to be in the ground or with the Lord now; seeing the
    // dead again on the other side; nothing but in the way.
    'tap|tapping|tapped ..1 out ..2 of ..1 life|living|existence|this|everything',
    'world|everyone|everybody|anyone|people ..2 wouldnt|wont|{neg}|doesnt|dont ..1 miss|notice ..1 me',
    'nice|good|peaceful|easier|relief|better ..5 not ..1 wake ..1 up',
    'be|being ..1 in ..1 the ..1 ground & nice|good|peaceful|better|rather|wish|want|ready|think',
    'be|being ..1 with ..1 the ..1 lord|jesus|god|angels ..1 now|already|soon|today|tonight & nice|good|peaceful|rather|wish|want|ready|think',
    'see|be|join|meet ..3 again ..1 on ..1 the ..1 other ..1 side',
    'nothing ..1 but ..2 in ..1 the|everyones|everybodys ..1 way',
    'just|always|only ..1 in ..1 everyones|everybodys ..1 way',
    // Being taken by something, welcomed (set cq, read for its misses, lead24): "I think it'd be alright if the bull
    // just got me"; a wreck one did not walk away from, said to be fine.
    'if ..1 the|a|that|some|this|my|one ..2 {traffic_thing}|bull|cow|horse|tractor|tree|storm|plane|bear|shark|wave|cancer|virus|disease|heart|stroke|cold ..2 got|took|killed|hit|gored|trampled|crushed|ran|finished|takes|kills ..1 me|over|out & alright|fine|ok|okay|bad|relief|worst|mind|wish|hope|honestly|peace|wouldnt|normal|welcome',
    'if ..6 wreck|crash|accident|cancer ..4 {neg}|never ..1 make|made|wake|woke ..1 it|up & alright|fine|ok|okay|bad|relief|mind|wish|hope|peace|honestly|worst|wouldnt',
    // One's membership in the world cancelled, a subscription to life ended (set cp, read for its misses): the joke
    // taken back by halves ("lol jk jk. but also kind of not") is still the statement.
    'cancel|canceling|cancelling|cancelled|end|ending|quit|quitting|unsubscribe|unsubscribing|terminate|terminating ..3 membership|subscription|contract|lease|account ..3 this|the ..1 world|earth|planet|life|existence|living',
    'unsubscribe|unsubscribing|unsubscribed|opt|opting|log|logging|logged|sign|signing ..2 out|off|from ..2 life|existence|living|earth|world|humanity',
    // lead33 (set dl): hoping the next fire is the one one does not walk out of.
    'one ..2 i|I ..1 dont|wont|never ..1 walk|come|make|get ..1 out|home & hoping|hope|wish|pray|praying|want',
    // lead33 (the holdout dh, read at the round's end): life insurance that would do more for someone than oneself; going to
    // sleep hoping one just does not.
    'life ..1 insurance ..4 do|doing|help|mean ..2 more ..3 than ..1 i|me',
    'sleep|bed ..6 hoping|hope|wish|wishing|praying ..3 just ..2 dont|wont|never',
    // lead34 (the refit's drops, read): wishing a truck would just take one out on the way to work.
    'truck|bus|car|semi|train|driver ..2 would|will|could|might|to ..1 just ..1 take|hit|run ..1 me',
    'wish|wishing|wished|hoping|hope|pray|praying ..3 truck|bus|car|semi|train|driver ..3 take|hit|run|wipe ..2 me',
    // lead34 (holdout dt): hoping something falls on one at work; a truck off the road one would not be upset about; the point of
    // oneself, no big loss.
    'hoping|hope|hoped|wish|wishing|wished|pray|praying ..5 drops|drop|falls|fall|fell|crush|crushes|lands|land|hits ..3 on ..1 me',
    'went|go|goes|going|drove|drive|ran|run ..1 off ..2 the|a ..1 road|bridge|cliff|overpass|highway && wouldnt|{neg}|not ..3 upset|sad|mad|bothered|sorry|care',
    '(point of me|point in me|point to me) && (big loss|be a loss|much of a loss|be missed|miss me|better off|paycheck to them|burden)',
    // lead34 probe: nothing mattering any more beside wanting to be done or gone.
    '(nothing matters anymore|nothing matters any more|nothing really matters|nothing even matters) && (wanna be done|want to be done|wanna be gone|want to be gone|be done with it all|just be done|wanna disappear|want to disappear)',
    // lead37 (set dv): an illness, a diagnosis or a death that would come as relief, told with "I'd feel" or "if I got"
    // ("if I got a terminal dx tomorrow I think I'd feel relieved"); envy of a patient one codes at work.
    'if ..1 i ..2 got|get|had|have|caught|was|were|found ..4 cancer|tumor|tumour|terminal|incurable|fatal|disease|illness & relieved|relief|glad|grateful|welcome|peace|peaceful|happy|thankful',
    '(id feel|i would feel|id probably feel|i think id feel|i might feel|would feel) ..1 relieved|relief|glad|grateful|peace|peaceful & cancer|tumor|terminal|incurable|fatal|die|died|dying|dead|gone|crash|killed|wake',
    '(code a|coding a|coded a|code the|coded the|codes a|code someone|coded someone|code blue|time of death|pronounced dead|pronounce someone|flatline|flatlined|flatlines) & jealous|envious|envy|lucky|wish|relief|relieved|part ..2 me',
    // lead37 (set dx, read by the word model alone until its refit): going with the one who died, beside the funeral or the
    // death ("the funeral is friday. Not going. Im thinking ill just go with him instead").
    '(go with him|go with her|go with them|join him|join her|join them|follow him|follow her|be with him again|be with her again) && funeral|died|passed|grave|buried|burial|heaven|cemetery|ashes|memorial|rosary|obituary|wake',
    '(go with him|go with her|join him|join her) && (easier on everyone|easier for everyone|better for everyone|easier on everybody|easier for everybody|better off)',
    // lead37 probes: a test result hoped bad, or a bad one accepted ("if the biopsy comes back bad i'd be ok with that",
    // "part of me hopes the scan finds something"); glad not to wake; envy of the dead in other words.
    'hope|hopes|hoping|wish|wishing|pray|praying ..4 scan|biopsy|tests|test|results|mri|bloodwork|doctor|doctors ..3 finds|find|shows|show|says|comes ..1 something|cancer|bad|back',
    'comes|come ..1 back ..1 bad|positive|cancer|malignant & (ok with that|okay with that|fine with that|at peace|a relief|be relieved|be glad)',
    '(its cancer|its terminal|it is terminal|bad news) & (ok with that|okay with that|fine with that|at peace|be relieved|be glad)',
    'glad|happy|grateful|fine|okay|ok|thankful ..3 if ..1 i ..3 didnt|{neg}|never|dont ..2 wake|woke|waking',
    'jealous|envious|envy & (passed away|obituaries|obituary|obits|the deceased|the departed|who passed|patient passed|patient died|resident passed|resident died)',
    // lead41 (set em): a dangerous event told, then wondered about as wanted ("woke up to smoke everywhere. maybe i wanted
    // that idk"), or an accident one is not sure was one.
    'maybe|probably|honestly|guess ..2 i ..1 wanted|meant ..1 that|it && smoke|fire|stove|gas|oven|crash|crashed|wreck|pills|{pills}|{med_name}|overdose|drank|drunk|traffic|drown|drowned|burn|burned|burnt|woke|accident|ambulance|hospital|er|fell|ice|river|lake|road|car|truck|tree|wall|ditch|fence|pole|bridge',
    'part ..1 of ..1 me ..2 wanted|wished|hoped|wants|wishes|hopes ..4 that|it|to && smoke|fire|stove|gas|oven|crash|crashed|wreck|pills|{pills}|{med_name}|overdose|drank|drunk|traffic|drown|drowned|burn|burned|burnt|woke|accident|ambulance|hospital|er|fell|ice|river|lake|road|car|truck|tree|wall|ditch|fence|pole|bridge',
    '(not sure it was an accident|not sure if it was an accident|not sure that was an accident|maybe it wasnt an accident|maybe it wasnt really an accident|dont know if it was an accident|idk if it was an accident|wasnt really an accident|wasnt totally an accident|wasnt exactly an accident|wasnt completely an accident|wasnt entirely an accident|more than an accident)',
    // lead37 (set dy): the one who did not come home, wished oneself instead ("it would be easier if I'd been the one who
    // didn't come home instead of Ramirez").
    '(the one who didnt come home|the one who didnt make it|the one who died|the one that died|the one that didnt make it|should have been me|shouldve been me|should of been me|wish it was me|wish it had been me) & easier|better|instead|rather|nights|deserved',
    // lead38 (set ea): the point of anything asked with nothing after it ("idk man. just.. whats the point"), beside a word
    // of giving up or a filler; the point of a form or a bill is an ordinary sense.
    'whats|what|wats|wuts|whatd ..1 the|da ..1 point && (idk|i dont know|just|man|honestly|tbh|anymore|tired|so tired|im tired|sigh|ugh|i give up|give up|cant do this|im done|whatever|nothing matters|even)',
    'whats|what|wats ..1 even ..1 the ..1 point',
    'whats|what|wats ..1 the ..1 point ..1 anymore|honestly|tbh|really|even|man|bro|dude|tho|though',
    'asking|ask|wondering|wonder ..2 myself ..1 whats|what ..1 the ..1 point',
    // lead38 (set ea): one's going told as the end of suffering ("at least if i go it stops").
    'at ..1 least ..1 if ..1 i ..1 go|went|die|died|am|was ..1 gone|it|this|everything|all|the',
    'if|when|once ..1 i ..1 go|die|leave|am|im ..1 gone|it|this|everything|all ..2 stops|ends|stop|end|over|quiet',
    // lead38: the point of it all.
    'whats|what|wats ..1 the ..1 point ..2 it ..1 all',
    // lead38: the same, written "im gone".
    'at ..1 least ..1 if|when|once ..1 im ..1 gone|dead',
    'if|when|once ..1 im ..1 gone|dead ..4 pain|suffering|it|this|everything|all ..2 over|stops|ends|done',
    // lead38 (probe): life-sustaining treatment let go ("dialysis tomorrow but thinking of just not going anymore. let it happen").
    '(let it happen|let nature take its course|let it take me|let it take its course|let the cancer win|let my body go|let it win) && dialysis|chemo|chemotherapy|treatment|treatments|insulin|transplant|going|stop|stopping|quit|quitting|skip|skipping',
    '{neg}|stop|stopping|stopped|quit|quitting ..2 going ..1 to ..1 dialysis|chemo && (anymore|on purpose|be over|im done|im tired|dont care|for good|let it happen|no point|whats the point)',
    // lead38 (probe): wanting it quiet or still forever ("my brain is so loud today i just want it to be quiet forever").
    'want|wanna|wish|need|just ..4 quiet|silent|still ..1 forever|permanently',
    'want|wanna|wish|need|just ..4 quiet|silent|still ..1 for ..1 good',
    'brain|head|mind|thoughts ..6 stop|quiet|off|silent ..1 forever|permanently',
    // lead38 (admin38's probes): the will to live lost beside a thing lost ("I lost my keys and my will to live").
    'lost|lose|losing|gone|no|zero|left ..6 will ..1 to ..1 live|living',
    // lead39 (set eg): wanting to go, or to be there, now or already, beside heaven ("pastor preached on heaven and
    // all i could think was i want to go now"); a funeral is desk business, so heaven, not the funeral, carries it.
    'want|wanna|wish|ready ..2 to ..1 go|be ..1 now|already|too|there && heaven|paradise|glory|afterlife',
    'wanna|gotta ..1 go|be ..1 now|already|too|there && heaven|paradise|glory|afterlife',
    // lead39 probes (a crisis beside a request): not being alive given as the reason ("whats the fee if i dont show
    // because im not alive"); not making it through a weekday's night.
    'because|cause|cuz|bc|coz|since ..2 im|i ..2 not|{neg}|wont ..2 alive',
    'cant|cannot|wont|not|never|dont|doubt ..3 make ..1 it ..1 through|thru|past ..1 {weekday}|tomorrow ..1 night|nite',
    // Probed by kind (lead40, 2026-12-07): rather put oneself down, like an old dog or a horse, than lose the land.
    'put|putting|puts ..1 myself|himself|herself ..1 down ..4 like|same|way|rather|than|dog|horse',
    'rather|sooner ..3 put ..1 myself|himself|herself ..1 down',
    // Read by the word model until the thirtieth round's refit moved its threshold (lead40, sets cf and dx): that one
    // should not exist.
    'i|me|myself ..3 should ..1 not ..1 exist',
    'i|me|myself ..3 shouldnt ..1 exist',
  ],
  es: [
    // lead41 (set em): un accidente que quizá se quiso, o que no se sabe si fue accidente.
    'tal ..1 vez|quizas|quiza|capaz|igual ..2 lo|eso ..1 queria|quise|buscaba|busque && humo|fuego|estufa|gas|choque|choqué|pastillas|{pills}|{med_name}|alcohol|accidente|ahogar|ahogue|quemar|desperte|hospital',
    '(no se si fue accidente|no se si fue un accidente|no fue tan accidente|no fue del todo un accidente|no fue un accidente del todo|no estoy segura si fue accidente|no estoy seguro si fue accidente|no fue nada mas un accidente)',
    // Probado en espanol (lead22, 2026-12-06): no creer llegar a una fecha ("no creo llegar a fin de ano", "no me veo
    // llegando a diciembre"); "no creo llegar el viernes" es una cita, no una fecha de la vida.
    'no ..1 creo|pienso|veo|me ..2 llegar|llegando|durar|durando|aguantar|aguantando ..1 a|al|hasta ..1 fin|diciembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|navidad|verano|invierno|ano|año|cumpleanos|{age_years}',
    // Un conjunto fuera del proyecto, sus crisis no leídas (lead22, 2026-12-06): si me pasara algo en la carretera no
    // me importaría.
    'si ..1 me ..1 pasara|pasa|pasaba|pasase ..1 algo & no ..1 me ..1 importaria|importa|molestaria|doleria',
    'no ..1 me ..1 importaria|importa|molestaria ..1 que ..1 me ..1 pasara|pase|pasase ..1 algo',
    // Set cm (recall23, 2026-12-06): no tener sentido por mucho tiempo más; nada de esto vale la pena.
    'sentido|caso por ..1 mucho ..1 tiempo|mas',
    'sentido|caso mucho ..1 mas ..1 tiempo',
    '(nada de esto vale la pena|nada de eso vale la pena|nada de esto tiene caso|nada de esto tiene sentido) & ya|nada|honestamente|neta|vida|ultimamente|seguro|segura',
    'no ..1 vale ..1 la ..1 pena ..2 nada ..2 de ..1 esto|eso',
    'nada vale la pena & ya|neta|honestamente|ultimamente',
    'ninguna|ninguno ..3 vale ..1 la ..1 pena & ya|neta|honestamente|ultimamente|vida',
    // Sets ci, cj y ck (recall22, 2026-12-06): lo único que lo detiene a uno es el perro o los hijos; ir a la cita "si
    // sigo aquí" o "si todavía estoy".
    'unico|unica ..2 que ..1 me ..1 detiene|frena|para|aguanta|sostiene|ata|retiene|tiene|mantiene & {pet}|{child}|hijos|perro|perra|gato|mama|fe|dios|nietos',
    'si ..1 todavia|aun ..1 estoy|sigo ..1 aqui|viva|vivo & jaja|cita|entonces|ahi|sesion|semana',
    // Lead, 2026-12-06: lo único que lo salva a uno; algo que se murió y uno también ("se murió el cel y yo también").
    'unico|unica ..2 que ..1 me ..1 salva|salvo|salvaba',
    'unico|unica ..2 que ..1 me ..1 esta ..1 salvando',
    'murio|muriendo|muerto|muerta|muere ..6 yo ..1 tambien',
    // La holdout ca (lead, 2026-12-06): no estar aqui como plan.
    'plan|planes|meta ..6 no ..1 estar ..1 aqui|viva|vivo',
    // Sets bq y br (lead): sin fuerzas para seguir; una carga para todos, mejor sin él; ir al cementerio a estar con un
    // hijo y no querer regresar.
    'ya ..1 no ..1 tengo|tiene ..1 fuerzas|ganas ..2 para|de ..1 seguir|vivir|luchar|levantarme',
    'es|soy|somos ..1 una ..1 carga ..2 para ..1 todos|todas|mi|su|la',
    'estariamos|estaríamos|estarian|estarían|estaria|estaría|estarias|estarías ..1 mejor ..1 sin ..1 el|él|ella|mi|mí',
    'cementerio|panteon|panteón|tumba ..6 ya ..1 no ..1 quiero ..1 regresar|volver|seguir',
    'cementerio|panteon|panteón|tumba ..4 estar ..1 con ..1 el|él|ella',
    // Sets bo and bp in Spanish (lead): qué pasa con lo de uno si ya no está.
    'que|qué ..1 pasa ..4 si ..2 ya ..1 no ..1 estoy|existo|despierto',
    'que|qué ..1 pasa ..4 si ..2 me ..1 muero|muriera',
    'si ..1 ya ..1 no ..1 estoy ..2 aqui|aquí|mañana|manana|vivo|viva',
    'pensamientos|pensando|pienso|ideas ..4 de|en|sobre ..2 no ..1 despertar|despertarme',
    'ojala|ojalá|que ..3 dios|senor|señor ..3 se ..1 la|lo|me|nos ..1 lleve|llevara|llevará|recoja',
    'para ..1 que|qué ..1 sigue|seguir|sigo|vive',
    'ya ..1 vivio|vivió|vivi|viví ..1 mucho|suficiente|bastante',
    'dormirme|dormir|acostarme ..3 no ..1 levantarme|despertar|despertarme',
    'no ..1 levantarme|despertarme|despertar ..1 mas|más|nunca',
    'ojala ..4 {neg} ..1 despert*',
    'ojala|quisiera ..3 morir*|muera|muerto|muerta|desaparecer',
    'mejor|mejores|felices ..3 sin ..1 mi',
    '{neg} ..2 quiero ..3 vivir|existir|despertar',
    '{neg} ..2 quiero ..2 estar ..2 aqui|viva|vivo',
    // Doubt that one will still be alive or here by then: "si sigo viva para entonces", "no creo que siga aquí".
    'sigo|siga|seguire|siguiera ..2 viva|vivo',
    'sigo|siga|seguire|siguiera ..2 con ..1 vida',
    'todavia|aun ..1 este|estare|estuviera ..1 viva|vivo|aqui',
    '{neg} ..1 creo ..2 que ..2 siga|este|estare ..1 aqui|viva|vivo',
    'para ..1 entonces ..3 ya ..1 {neg} ..2 este|estare|voy',
    'ya ..1 {neg} ..2 quiero ..2 estar|seguir|vivir',
    'soy ..2 una|un ..1 carga|estorbo',
    'cansad* ..2 de ..2 vivir|todo|existir|luchar',
    'cansad* ..2 de ..1 la ..1 vida',
    '{neg} ..2 vale ..2 la ..1 pena ..1 vivir',
    'para ..1 que ..2 vivir|seguir',
    'desaparecer ..2 para ..1 siempre',
    'dormir ..3 {neg} ..1 despertar',
    'nadie ..3 extranaria|notaria|importaria',
    '{neg} ..1 puedo ..1 mas',
    '{neg} ..1 puedo ..1 seguir ..1 asi|viviendo',
    'sin ..1 sentido ..2 vivir|seguir',
    'dormir* ..4 {neg} ..2 despertar*',
    'para ..1 que ..2 sigo|seguir|vivo|estoy ..1 aqui|viva|vivo|vivir',
    '{neg} ..1 aguanto|soporto ..2 mas',
    'ya ..1 {neg} ..1 aguanto|puedo',
    'mejor ..3 no ..1 haber ..1 nacido',
    'no ..1 haber ..1 nacido',
    'no ..2 tiene ..1 sentido ..3 seguir|vivir|viviendo|vida|existir',
    'ya ..1 no ..1 tiene ..1 sentido',
    'quisiera|quiero|ojala ..2 no ..1 despertar|despertarme|amanecer',
    'ya ..1 no ..2 voy ..1 a ..1 molestar|estorbar|fastidiar',
    '{neg} ..4 problema|carga|molestia|estorbo ..3 por ..1 mucho ..1 tiempo',
    'mejor|mejores ..4 dinero|seguro ..3 vida|seguro|dinero',
    'seguro ..2 de ..1 vida & mejor|familia|hijos|sin',
    'descansar|dormir ..2 para ..1 siempre',
    'mejor ..3 con ..2 otra ..1 mama|madre',
    // Sets i and l (recall5), with their English neighbours: what one goes on for; a life already lived; only
    // someone keeping one here; being a burden; taking up space; an illness not fought; praying to be taken.
    'pa ..1 que|qué ..1 sigo|seguir|vivo|vivir|existo',
    'si ..2 atropella|atropellara|atropellaria|atropellaría ..3 carro|camion|camión|bus|tren & igual|importa|alivio|mejor',
    'ya ..1 vivi|viví ..4 vivir|vida',
    'si ..1 no ..1 fuera|fuese|tuviera ..6 ya ..3 {neg} ..2 estaria|estuviera',
    'si ..1 no ..1 fuera|fuese|tuviera ..6 ya ..2 me ..1 hubiera|habria ..1 ido|muerto|matado',
    'ser ..2 una|un ..1 carga|estorbo',
    'cansad*|canse|cansé|harto|harta ..3 de ..1 ser ..2 una|un|el|la ..1 carga|estorbo|problema|molestia',
    'ocupando|ocupo|gastando|gasto ..2 espacio|lugar|aire|oxigeno ..4 mundo|tierra',
    'no ..2 voy ..1 a ..1 luchar|pelear & cancer|enfermedad|tratamiento|quimio',
    'pido|rezo|ruego|pidiendo|rezando ..3 dios|senor|señor ..3 lleve|llevara|recoja|recogiera',
    // Wishing to be run over or crashed into on the way; everything ending that way.
    'ojala|ojalá|quisiera|deseo ..3 atropell*|chocara|choque|estrellara',
    'acabaria|acabaría ..1 todo',
    'mejor ..2 no ..1 estar|existir|vivir|despertar',
    'no ..2 veo ..1 sentido ..3 nada|vida|vivir|seguir',
    'mejor ..3 si ..1 yo ..1 no ..1 estuviera|existiera|viviera',
    // recall20: rest and relief for others if one were not here ("mis papás descansarían si yo no estuviera").
    'descansarian|descansaria|tranquilos|tranquilas|tranquila|tranquilo|felices|aliviados ..3 si ..1 yo ..1 no ..1 estuviera|existiera|viviera',
    'si ..2 no ..1 estuviera|existiera ..1 aqui|aquí|viva|vivo',
    'estoy|soy ..1 de ..1 sobra',
    'no ..3 encuentro|veo ..1 sentido ..3 vida|vivir|nada|seguir',
    'siento|sentir ..1 una|un ..1 carga|estorbo',
    // A child or another who no longer wants to live (third person).
    '{neg} ..2 quiere|queria|quería ..3 vivir|existir|despertar',
    'ya ..1 {neg} ..2 quiere ..2 estar|seguir|vivir',
    'mas|más ..1 facil|fácil ..2 no ..1 despertar|despertarme|vivir|estar',
    // Set q (recall6), in Spanish: se me acabaron las razones; nadie notaría si desapareciera; el seguro de vida para ellos.
    'se ..1 me ..1 acabaron|terminaron ..2 las ..1 razones|ganas',
    'si ..1 yo ..2 desapareciera|muriera|desaparezco|muero ..4 quien|nadie ..3 notaria|daria|extranaria|importaria',
    'cobrar|cobraria|cobrarian|cobren|tendrian ..3 seguro ..2 de ..1 vida',
    // Set q's concepts in Spanish (recall6): no es un grito de ayuda; un peso para todos; lo bonito de no despertar.
    'no ..1 es ..1 un ..1 grito ..2 de ..1 ayuda',
    'soy ..1 un ..1 peso|estorbo|carga ..2 para ..2 todos|todo|ellos|familia|mis|mi',
    'bonito|lindo|alivio ..4 no ..1 despertar|despertarme|despertara',
    // Set t: to stop existing, to think of not waking up.
    'dejar ..1 de ..1 existir|respirar|despertar',
    'pienso|pensando|pensado|piensa|pensar|pense|pensé ..2 en ..2 dejar ..1 de ..1 vivir|estar|existir',
    'pienso|pensando|pensado|piensa|pensar|pense|pensé ..2 en ..2 no ..1 despertar|existir|estar|vivir',
    'dejar|deja|dejo|dejó ..3 medicinas|medicamentos|pastillas|insulina|dialisis|diálisis|tratamiento ..4 para ..3 irse|morir*|reunirse|estar ..2 con',
    // recall7: los que no volvieron tuvieron más suerte.
    'los ..1 que ..2 no ..2 volvieron|regresaron|sobrevivieron ..4 suerte|mejor|facil|fácil',
    // Set u (recall7), in Spanish: imaginar no despertar; irme con él.
    'imaginate|imaginense ..4 no ..2 despertara|despertar|existiera|estuviera',
    'quiero|quisiera|quería ..2 irme ..2 con ..1 el|ella|mi ..1 papa|mama|hijo|hija|el',
    // Set z (recall8): nobody noticing one missing; easier for others if one disappeared; asleep and hoping that is
    // all; not wanting to be anything any more; everyone fine without one.
    'nadie ..3 noto|notaria|extrano ..3 que ..2 no ..1 estaba|estoy|estuve|fui|vine|iba',
    'nadie ..2 se ..1 dio|daria|da ..1 cuenta ..4 no ..1 estaba|fui|vine|iba|estoy|estuviera|existiera',
    'nadie ..3 notaria|daria ..3 si ..2 desapareciera|muriera|dejara',
    'nadie ..3 notaria|daria ..3 si ..2 no ..1 estuviera|existiera',
    'facil|mejor|tranquila|tranquilos ..6 si ..2 desapareciera|muriera',
    'facil|tranquila|tranquilos ..6 si ..2 no ..1 existiera|estuviera',
    'dormir|dormirme ..4 ojala|espero ..3 sea ..1 todo',
    'dormir|dormirme ..4 ojala|espero ..3 sea ..1 el ..1 fin',
    '{neg} ..2 quiero|quiere|quieres ..2 ser ..1 nada & ya|mas|nunca',
    'estarian|estaria|estaran ..2 bien ..2 sin ..1 mi',
    'prefiero|preferiria ..2 desaparecer|morirme',
    'prefiero|preferiria ..2 no ..1 existir|estar|vivir',
    // Set y: not wanting another dawn; God taking one; ready to go with the Lord; no longer good for anything.
    'no ..2 quiero|quisiera ..2 amanecer',
    'dios ..1 me ..1 llevara|llevase|recogiera|recogiese|lleve|recoja|llame|llamara',
    'irme ..2 con ..2 el ..1 señor|senor|dios|jesus|jesús',
    'ya ..1 no ..1 sirvo ..2 para ..1 nada',
    // Set ab: one's life fulfilled and wanting to go with the one who died.
    'ya ..1 cumplio|cumplió|cumpli|cumplí & ir|irse|irme|quiere|quiero|vida|morir|descansar',
    'quiere|quiero|queria|quería ..1 ir|irse|irme ..2 con ..1 ella|el|él|mi|su & murio|murió|ya|cumplio|cumplió|extraña|falta',
    // Probed by kind (recall7), in Spanish: ya no le veo caso a seguir; solo hay una salida.
    'no ..2 veo|encuentro|tiene ..1 caso ..3 seguir|vivir|nada|estar',
    'solo|sólo ..2 hay ..1 una ..1 salida & esto|ya|para|mi|mí',
    // Set ac: one should disappear; nobody would notice.
    'deberia|debería|debo ..2 desaparecer|morir|morirme|irme ..1 de ..1 aqui|aquí|este',
    'me ..1 deberia|debería ..1 desaparecer|morir',
    'nadie ..2 daria|daría|notaria|notaría|extrañaria|extrañaría ..2 cuenta|nada|falta',
    // Set ad: not wanting to be a burden to anyone.
    'ser ..2 una|un ..1 carga|estorbo ..2 para ..1 nadie|todos|mi|mis|ustedes|ellos',
    // Set ae: better not to wake (subjunctive forms).
    'mejor ..2 no ..1 despertara|despertase|amaneciera|amaneciese|existiera|viviera',
    // Probed (recall8): mejor bajo tierra.
    'mejor|prefiero|quisiera ..3 bajo ..1 tierra',
    // A second probe (recall8): ya no seré un problema después de hoy.
    'no ..1 voy|sere ..3 problema|carga|molestia ..3 para ..1 nadie|ustedes|ti ..3 despues ..2 de ..1 hoy|esta|manana',
    // A third probe (recall8): la forma permanente.
    'la ..1 forma|manera ..1 permanente & pensando|dormir|irme|salir|tren|camion',
    // Set ah (recall9): no longer wanting to be a bother to anyone; not long before following a spouse; as soon not
    // wake up.
    'ya ..1 no ..1 quiero ..2 ser ..2 una|un ..1 molestia|carga|estorbo',
    'ser ..2 una|un ..1 molestia|carga|estorbo ..3 para ..1 nadie',
    'no ..3 tardar|tardo|tardare ..2 en ..1 alcanzarla|alcanzarlo|seguirla|seguirlo|alcanzarlos|seguirlos',
    'me ..1 daria|da ..1 igual|lo ..2 no ..1 despertar|despertarme|vivir|amanecer',
    'no ..1 me ..1 importaria|molestaria ..2 no ..1 despertar|despertarme|amanecer',
    // Set al (recall10): no saber si uno va a estar aquí; Dios que se lo quiere llevar.
    '{neg} ..1 se|sé ..1 si ..3 voy ..2 estar|seguir|llegar ..1 aqui|aquí|aca|acá|vivo|viva',
    'dios|diosito|señor|senor ..2 me ..1 quiere|va ..2 llevar|recoger',
    'irme|llevarme|estar ..1 con ..1 dios|diosito',
    // Probed in set ah's voices (recall9): not going to see another Christmas or winter.
    'no ..4 ver ..1 otra|otro ..1 navidad|invierno|verano|primavera|cosecha|cumpleanos|ano',
    'si ..6 rancho|terreno|tierras|parcela|casa ..4 me ..1 voy ..1 con ..1 el|ella',
    // Probed by kind (lead): doing everyone a favour by being gone.
    'haria|haría|harian|hago|hacerles|haciendo ..3 un ..1 favor ..3 todos|mundo|familia',
    // Probed by kind (lead): not deserving to live.
    'no ..1 merezco|mereces|merece ..1 vivir|existir',
    'no ..1 merezco|mereces|merece ..1 estar ..1 viva|vivo',
    // A third probe in set ah's voices (recall9): if one does not answer, one has gone with one's late husband; no
    // longer wanting to be in anyone's way.
    'si ..1 no ..1 contesto|respondo ..4 me ..1 fui|voy|habre|ido ..2 con ..2 mi|dios|diosito|el|la',
    'ya ..1 no ..1 quiero ..2 estorbar*|molestar* ..3 nadie',
    // Set am (lead): not knowing if one will last until Friday.
    'no ..1 se|sé ..1 si ..1 aguante|aguanto|llegue|llego ..3 hasta|al ..2 viernes|lunes|martes|miercoles|miércoles|jueves|sabado|sábado|domingo|mañana|manana',
    // Set ao (lead, Spanish): if one is still here by then; better off if one were not here; nothing worth it, not even
    // oneself; praying not to wake; falling asleep 'and that's it'; no reason left to live; being with a dead son;
    // a car that would be welcome.
    'si ..1 sigo ..1 aqui|aquí|viva|vivo & entonces|jaja|mes|semana|cita',
    'ya ..1 no ..1 estuviera|existiera|viviera',
    'mejor ..2 ni ..1 existiera|existir|estuviera',
    '(ya no vale la pena|nada vale la pena) & vivir|seguir|yo|vida',
    'pido|pedir|ruego ..4 dios ..3 no ..1 amanecer|despertar',
    '(dormirme y ya|dormir y ya) & quisiera|quiero|importa',
    'no ..1 tengo ..2 para|por ..1 que|qué ..1 vivir',
    'quiero|quisiera ..1 estar ..1 con ..1 el|él|ella & murio|murió|tumba|cielo|pronto|muerto|muerta',
    'si ..1 me ..1 atropellara|atropellaran|atropella ..6 bien|mejor',
    '(ya no vale la pena|nada vale la pena) && ni ..1 yo',
    'que|qué ..1 sentido ..1 tiene ..1 seguir|vivir',
    // Set ap (lead, Spanish): to be with a grandmother in heaven; 'Diosito llévame'; 'que ya se acabe todo'; wanting to go
    // 'de todo' (a pair); wishing for an illness 'y ya'.
    'estar ..1 con ..2 abuelita|abuelito|abuela|abuelo|mama|mamá|papa|papá ..3 cielo',
    'llevame|llévame|recogeme|recógeme ..1 contigo|ya & dios|diosito|señor',
    'me ..1 recoja|lleve ..2 el ..1 señor|dios|diosito',
    'que ..1 ya ..1 se ..1 acabe ..1 todo',
    'me ..1 quiero ..1 ir && de ..1 (todo|esta vida|este mundo)',
    'me ..1 diera ..2 covid|cancer|cáncer|algo & ya|quisiera|ojala|ojalá',
    // Probed by kind (lead, 2026-12-05): wanting it all to end; nobody going to miss one.
    'quiero|quisiera|ojala|ojalá ..3 se ..1 acabe|acabara|termine|terminara ..1 todo',
    'que ..1 todo ..1 se ..1 acabe|acabara|termine|terminara',
    'nadie ..1 me ..1 va ..1 a ..1 extrañar|extranar|echar',
    'quiero|quisiera|queria|quería ..3 ir|irme ..2 con ..1 dios|diosito|jesus|jesús|señor|senor',
    // Parity with English (parity12, 2026-12-05): wishing for an accident; falling asleep and staying that way; going with
    // one who died; asking God to take one ("le pido a Diosito que ya me lleve"); better had one died.
    'deseando|deseado|deseaba|desearia ..4 accidente|atropell*|choque|chocar|estrellar*',
    'dormir|dormirme|dormirse ..2 y ..2 quedarme|quedarse ..1 asi|ahi|alli',
    'dormir|dormirme|dormirse ..2 y ..2 quedarme|quedarse ..1 para ..1 siempre',
    'me ..1 voy|ire|iria|vaya|fuera ..2 con ..1 ella|el|mi|ellos & cielo|murio|muerta|muerto|difunt*|tumba|panteon|llamando',
    'pido|rezo|ruego|pedi|pidiendo|rezando|rogando ..4 dios|diosito|senor|virgen ..3 me ..1 lleve|recoja|llame|llevara|recogiera',
    'mejor ..3 si ..2 me ..1 hubiera|hubiese ..1 muerto|muerta|matado',
    'hubiera|hubiese ..1 sido ..1 mejor ..3 (salido de otra forma|no sobrevivir|no haber sobrevivido|morirme|que me muriera)',
    'ojala|quisiera|quiero|pido ..3 no ..1 despierte|despierto|despertara|amanezca|amaneciera',
    // Set aq (lead, Spanish, 2026-12-05): asking God, life or death to take one; hoping an illness takes one this time; not caring if one does not
    // wake; ready to go with God; pills kept for when one no longer wants to go on; not going to last.
    'dios|diosito|señor|senor|muerte|vida ..2 me ..1 lleve|llevara|recoja|recogiera',
    'ojala|ojalá & covid|cancer|cáncer|enfermedad|virus|infarto|accidente & lleve|llevara|mate|matara|muera|muriera',
    'vale|importa|igual|ojala|ojalá ..4 {neg} ..1 amanezco|amanezca|amaneciera|despierto|despierte|despertara',
    'lista|listo|preparada|preparado ..2 para ..1 irme|partir|morir ..2 con ..1 el|él|dios|diosito|señor|senor|jesus|jesús',
    'lista|listo|preparada|preparado ..2 para ..1 morir|morirme',
    'cuando ..1 ya ..1 {neg} ..1 quiera|aguante|pueda ..1 seguir|vivir|mas|más',
    'ni|no ..1 voy ..1 a ..1 durar ..1 mucho',
    // Praying not to wake, better not to wake ('que no me despierte', 'mejor si no me despierto').
    'pido|pedi|pedí|pidiendo|ruego|rezo ..4 {neg} ..1 me ..1 despierte|despertara|despierta',
    'mejor ..3 {neg} ..1 me ..1 despierto|despierte|despertara|despertaba',
    'ojala|ojalá|quisiera|quiero ..2 {neg} ..1 me ..1 despierte|despertara|despierto',
    'si ..1 {neg} ..2 despierto|amanezco|despierte|amanezca|despertara ..2 mañana|manana|nunca|mas|más ..3 bien|igual|vale|importa|mejor',
    // Probed by kind (lead, 2026-12-05, Spanish): 'mejor me muero'; a child's post that they will not be around.
    'mejor ..1 me|se ..1 muero|muere|muriera|moriria|moriría',
    'publico|publicó|escribio|escribió|puso|posteo|posteó ..6 {neg} ..2 va|voy|iba ..1 a ..1 estar',
    // Set ar (recall11): an unasked reassurance ('no voy a hacer ninguna boludez') beside being done or worn out; a bus
    // that would not be minded ('si me pisa un colectivo no me molestaría'); not waking up ('si mañana no amanezco
    // tampoco pasa nada'); the family better off without having to carry one ('cargar conmigo').
    '{neg} ..2 voy|vaya|pienso|planeo ..3 hacer ..2 ninguna|nada|una|alguna|ningun ..1 boludez|pavada|tonteria|locura|estupidez|pendejada|burrada|huevada|cojudez|macana|bobada|gilipollez|barbaridad|idiotez|loquera && cansad*|harto|harta|agotad*|aguanto|acabad*|hecho|hecha|fue|mas|pisa|atropell*|amanezco|despierto|importaria|molestaria',
    'si ..2 me ..1 pisa|atropella|atropellara|pisara|arrolla|arrollara|choca|chocara ..2 un|una|el|la ..1 {traffic_thing}|colectivo|micro|bondi|guagua|camioneta|auto|moto|tren|rastra|buseta|bus|trailer|combi & no ..2 molestaria|importaria|pasa|dolería|doleria',
    'ojala|quisiera ..3 me ..1 pise|atropelle|arrolle|pisara|atropellara|arrollara ..2 un|una|el|la ..1 {traffic_thing}|colectivo|micro|bondi|guagua|camioneta|auto|moto|tren|rastra|buseta|bus|trailer|combi',
    'no ..1 amanezco|amanezca|amaneciera|despertara|despertase ..3 (no pasa nada|tampoco pasa nada|no importa|nadie se|da igual|ni modo|que importa|nadie lo)',
    'ojala|quisiera ..2 no ..1 amanezca|amaneciera|despierte|despertara',
    // Not waking up as all right, or better ('si no despierto mañana está bien', 'mejor si no me despierto'), or
    // prayed for ('le pido a Dios que no me despierte'): never an alarm missed ('si no me despierto a tiempo').
    'si ..3 no ..2 despierto|despierte|amanezco|amanezca ..1 (esta bien|estaria bien|no pasa nada|tampoco pasa nada|no importa|da igual|ni modo|que importa|me vale)',
    'mejor ..3 si ..1 no ..1 me ..1 despierto|despierte|despertara',
    'mejor ..3 si ..2 no ..1 despierto|despertara ..1 manana|nunca|mas|jamas',
    'mejor ..3 si ..2 no ..1 amanezco|amanezca|amaneciera|despertara',
    'pido|pidiendo|rezo|rezando|ruego|rogando|pedirle ..4 no ..2 despierte|despertar|amanezca|despertara|amaneciera',
    '(me vale|me da igual|no me importa|da lo mismo) ..3 si ..2 no ..2 amanezco|despierto|despierte|amanezca',
    'mejor|tranquilos|tranquilas|felices|livianos ..4 sin ..3 (cargar conmigo|lidiar conmigo|aguantarme|soportarme|cuidarme|mantenerme|preocuparse por mi|aguantar conmigo)',
    'cargar|cargando|carguen ..1 conmigo',
    // Parity, second round (parity12, 2026-12-05): the only reason one is still here; nobody having to deal with one;
    // going with a brother who died; never having been born; the world fine without one; hoping not to wake; a truck
    // that would have been a relief; not seeing oneself here long; the fight one has no energy for.
    'unica ..1 razon ..4 sigo|sigue ..1 aqui|viva|vivo',
    'unico ..2 que ..1 me ..1 tiene|mantiene|detiene ..1 aqui|vivo|viva',
    'nadie ..2 tiene|tendria|tendra ..2 que ..1 lidiar|aguantar|soportar|cargar ..1 conmigo',
    'deberia|debo|quiero|quisiera ..1 irme|reunirme|alcanzarlo|alcanzarla ..2 con ..1 el|ella|mi && cuerpo|murio|muerto|muerta|cielo|tumba|funeral|video',
    'ojala|quisiera|preferiria|mejor ..3 nunca|no ..1 hubiera|hubiese ..1 nacido',
    'seguiria|seguira|girando ..3 igual|bien ..2 sin ..1 mi',
    'espero|esperando|esperaba ..2 no ..1 despertar|despertarme|amanecer',
    'me ..1 hubiera|hubiese ..1 atropellado|matado|aplastado & peor|importaria|alivio|lastima',
    'no ..1 me ..1 veo ..2 vivo|viva ..3 mucho ..1 tiempo|mas',
    '(seguir luchando|seguir peleando) && (quiero que esto se acabe|quiero que todo se acabe|quiero que se acabe|ya no puedo)',
    // Parity, regional words (parity12, 2026-12-05): to fall asleep forever.
    'dormirme|dormirse|dormida|dormido ..2 para ..1 siempre',
    // Parity, indirect kinds (parity12, 2026-12-05): superfluous at home; a relief for all if one were gone.
    'estoy|soy ..1 de ..1 mas ..3 casa|mundo|familia|vida|aqui',
    'alivio|descanso|favor ..4 (si yo no|que yo no|si ya no|que ya no) ..1 estuviera|existiera',
    'alivio|descanso ..4 si|que ..1 me ..1 muriera|muero|fuera',
    // Probed by kind (lead, 2026-12-05): no sense staying longer; one's hour come ('ya me llegó la hora').
    'caso|sentido ..4 quedarme|seguir ..3 mucho|mas|más ..1 tiempo',
    'ya ..1 me ..1 (llego|llegó|esta llegando|está llegando) ..2 la|mi ..1 hora',
    // Probed by kind (recall11, 2026-12-05): wanting it all to end in other words ('quiero que todo termine'); no point
    // in living ('no vale la pena seguir viviendo'); no way out ('no le veo salida'); tired of living; soon no longer a
    // burden ('ya no voy a ser una carga'); going to heaven, or to be with a husband who died.
    'quiero|quisiera|ojala ..2 que ..1 todo ..1 acabe|acabara',
    '{neg} ..1 vale ..2 la ..1 pena ..2 vivir|existir',
    '{neg} ..1 vale ..2 la ..1 pena ..2 seguir ..1 viviendo|aqui|aca|vivo|viva',
    '{neg} ..1 (le veo|veo|le encuentro|encuentro|le hallo|tengo) (salida|otra salida|ninguna salida)',
    'canse|cansado|cansada ..2 de ..1 vivir|existir',
    'no ..1 voy ..1 a ..1 ser ..2 un|una ..1 carga|problema|estorbo|molestia ..2 para ..1 nadie|nadie|ustedes|ti|mi|mis|nadie',
    'pronto ..3 no ..1 voy ..1 a ..1 ser ..2 un|una ..1 carga|problema|estorbo|molestia',
    'me ..1 voy|quiero|quisiera ..3 ir|irme ..4 al ..1 cielo',
    'quiero|quisiera ..1 estar|irme ..1 con ..3 que ..1 se ..1 murio|fue|fallecio|mato',
    // Probed by kind (recall11, 2026-12-05): 'por qué no me muero de una vez'; a funeral imagined.
    'por|porque|xq|pq ..1 que ..1 no ..1 me ..1 muero|muera|mori',
    'muero|muera|morir|morirme|muriera|mato|matarme ..2 de ..1 una ..1 vez',
    'imagino|imagine|imaginando|imaginar|planeando|organizando ..2 (mi funeral|mi propio funeral|mi velorio|mi entierro|mi propio velorio|mi propio entierro)',
    // Probed by kind (recall11, 2026-12-05): a child who wants to disappear; better never to have been born; a post that
    // one will not be here tomorrow.
    'quiere|queria|quisiera|quieren ..1 morirse|matarse',
    'quiere|queria|quisiera ..1 desaparecer & dice|dijo|cuaderno|publico|posteo|carta|diario|nota|mensaje',
    'mejor ..3 si ..2 no ..1 hubiera|hubiese|hubieras ..1 nacido',
    'ojala|quisiera ..3 no ..1 haber|hubiera|hubiese ..1 nacido',
    'manana|hoy|pronto|viernes|noche ..3 ya ..1 no ..1 va|voy ..1 a ..1 estar & publico|posteo|subio|tiktok|instagram|facebook|mensaje',
    // Probed by kind (recall13, 2026-12-05, gate av): leaving that is not a trip ("pensando en irme, pero no de
    // viaje"), a time here that is over ("ya cumplí mi tiempo aquí"), being surplus in the world ("sobro en el
    // mundo", "ya no pertenezco a este mundo"), a death wished by illness or a car ("ojalá me diera un infarto",
    // "si me atropella un carro no sería tan malo") and the others better without one ("mejor si no estuviera").
    'pensando|pienso|pensado|pensar|penso|pense ..3 irme|marcharme|partir & no ..1 de ..1 viaje|vacaciones|paseo',
    'pensando|pienso|pensado|pensar|penso|pense ..3 irme|marcharme|partir & no ..2 refiero|hablo ..3 viaje|vacaciones|mudarme|mudanza|pais|paseo|trabajo',
    'irme|marcharme|partir|salirme ..1 de ..1 esta|este ..1 vida|mundo|tierra',
    'cumpli|cumplio|termino|acabo|acabado|terminado ..3 mi|su ..1 tiempo ..2 aqui|aca|mundo|tierra|vida',
    'mi|su|el ..1 tiempo ..3 aqui|aca|mundo|tierra|vida ..3 termino|terminado|acabo|acabado|cumplido|cumplio',
    'acabo|termino ..2 el|mi ..1 tiempo ..1 aqui|aca & siento|lista|listo|irme|vida|mundo|creo',
    'cumpli|hice ..4 vine ..1 a ..1 hacer & vida|mundo|tierra|aqui|aca|lista|listo',
    'sobro|sobrara|sobrando|sobraria|sobrase ..3 mundo|vida|todos|aqui|aca|lados|casa|familia|tierra',
    '{neg} ..2 pertenezco|pertenecer|perteneciera|pertenezca ..3 mundo|vida|tierra',
    'pertenezco ..2 aqui|aca & sobr*|mundo|existir|vida',
    'lista|listo|preparada|preparado ..2 para ..1 irme|partir & nada ..3 hacer ..1 aqui|aca|mundo',
    'ojala|quisiera|deseo|ruego me diera|de|agarrara|agarre|pegara|llegara|viniera|cayera ..3 infarto|cancer|paro|derrame|accidente|enfermedad|covid|virus|aneurisma',
    'ojala|quisiera|deseo|ruego que me diera|de|agarrara|agarre|pegara|llegara|viniera|cayera ..3 infarto|cancer|paro|derrame|accidente|enfermedad|covid|virus|aneurisma',
    'si ..2 me ..1 atropella|atropellara|pisa|pisara|choca|chocara|arrolla|arrollara ..4 no ..3 malo|mal|peor|terrible',
    'mejor ..3 si|que ..2 no ..1 estuviera|existiera|viviera|estuviese|existiese & sirvo|siento|nadie|todos|carga|estorbo|mundo|familia|hijos',
    // Set ay's Spanish kinds (recall13, 2026-12-05), each with its neighbours: envy of the dead at rest, no future and
    // no way out, an illness God may send left untreated ('que me lleve'), the earth swallowing one for good, fed
    // up with living.
    'envidia|envidio|envidiaba|envidiando & ya ..3 descanso|descansa|descansando|cielo|muerto|muerta|muertos|murio|fallecio|sufre|sufren',
    'ya ..1 {neg} ..1 tengo|veo ..1 futuro',
    '{neg} ..2 tengo|hay|veo ..1 futuro && {neg} ..1 hay|veo|tengo ..1 salida',
    'dios|diosito|senor ..4 manda|mande|mandara ..6 que ..1 me ..1 lleve|llevara|recoja',
    'dios|diosito|senor ..4 manda|mande|mandara && que ..1 me ..1 lleve|llevara|recoja',
    '{neg} ..1 me ..1 voy ..2 curar|tratar & enfermedad|cancer|dios|diosito|lleve',
    'tierra ..2 tragara|trague|tragase|traga & nunca|literal|literalmente|siempre',
    'tragara|trague|tragase ..2 la ..1 tierra & nunca|literal|literalmente|siempre',
    'hasta ..1 la ..1 madre|madres|coronilla|gorro|tusa ..2 de ..1 vivir|vida|existir',
    // Probed by construction (recall16, 2026-12-05): wishing not to be here; nobody would feel one's absence; life
    // with no point said with its negation.
    '{wish} ..3 {neg} ..1 estar ..1 aqui|aca|viva|vivo|mas|nunca',
    // A wish not to be, with nothing after it ("doctora, me gustaría no estar"); its desk twin names where one
    // would rather not be (a list, an appointment, a day) and is masked (ordinary-senses.ts).
    '{wish} ..2 {neg} ..1 estar|existir',
    '{wish} ..2 ya ..1 {neg} ..1 estar',
    'nadie|nadien ..3 haria|harian ..1 falta',
    'vida ..2 {neg} ..2 tiene ..1 sentido|caso',
    // Probed by construction (recall16, second batch): no longer wanting to be here; no point found in living.
    'ya ..1 {neg} ..3 quiero|quisiera|ganas ..3 estar|seguir ..1 aqui|aca|viva|vivo',
    '{neg} ..2 hallo|encuentro|veo|tiene ..1 caso|sentido ..3 vivir|seguir|vida|nada|existir',
    'solo|nomas|nada ..2 quiero|quisiera ..2 desaparecer|desaparecerme|esfumarme|morir|morirme',
    // Probed by construction (recall16, third batch): no reasons or will left to live; no 'chiste' in life; what one exists
    // for; wiped off the map; fed up to the nose with living; only wishing not to exist.
    '{neg} ..2 tengo|hay|tiene|encuentro|queda|quedan ..1 razones|razon|motivos|motivo ..2 para|pa ..1 vivir|seguir|existir',
    'perdido|perdi|sin ..2 ganas ..2 de ..1 vivir|seguir|existir',
    '{neg} ..3 hallo|encuentro|veo|tiene ..1 chiste|gracia ..3 vida|vivir|existir',
    'para ..1 que ..1 existo|vivo|naci',
    'borrarme|esfumarme|borrarse ..2 del ..1 mapa|mundo',
    'hasta ..2 narices|gorro|coronilla|huevos ..2 de ..1 vivir|vida|existir',
    'solo|nomas ..1 quiero|quisiera ..1 no ..1 existir|despertar|vivir|estar',
    // Wishing it would all end ('ojalá todo se acabe ya', 'quiero que todo esto se termine').
    'ojala|quisiera|quiero ..3 todo|esto ..2 se ..1 acabe|acabara|termine|terminara',
    // Probed by construction (recall16, fifth batch): resting for good, in the subjunctive.
    'descanse|descanso|duerma|duermo ..2 para|pa ..1 siempre',
    // Probed by construction (recall18, 2026-12-05): asking God that tonight be the last, that His plan be to take
    // one, that one's life end, to be called to His side; tired of still being here; no point in living on; to
    // stop feeling forever; nobody noticing if one went; wishing something would happen on the road; only
    // bringing problems to one's family.
    'noche ..1 sea ..1 la ..1 ultima & dios|diosito|senor|virgen|ojala|quisiera|pido|ruego|rezo|quiera',
    'plan ..3 sea|es ..1 llevarme|recogerme',
    'acabe|termine|acabara|terminara ..1 mi ..1 vida & pido|ojala|quiero|quisiera|dios|diosito|ruego|rezo|quiera',
    'me ..1 llame|llamara|lleve|llevara ..2 su ..1 lado',
    'dios|diosito|senor|virgen ..4 me ..1 lleve|llevara|recoja|recogiera ..1 con ..1 mi|mis|el|ella',
    'cansad*|harta|harto|arta|arto|agotad*|canse ..3 de ..1 seguir ..1 viva|vivo|biba|bibo|aqui|existiendo|viviendo|respirando',
    'punto|chiste ..1 de ..1 vivir|bibir|existir',
    'punto|chiste|sirve ..2 seguir ..1 viviendo|bibiendo|vivo|viva|aqui|existiendo',
    'de ..1 que|q ..1 sirve ..2 vivir|existir',
    'nada ..2 tiene ..1 sentido ..3 ni ..1 yo|mi',
    'no ..1 tengo ..2 por|para ..1 que|q ..1 seguir ..1 viviendo|vivo|viva|aqui|existiendo',
    'dejar ..1 de ..1 sentir ..2 para ..1 siempre',
    'apagarme|apagar ..2 para ..1 siempre',
    'no ..1 despierto|despierte|despertara|amanezco|amanezca ..4 favor|alivio|descanso',
    'si ..1 me ..1 voy|fuera|muero|muriera|desaparezco|desapareciera nadie|nobody|ni ..4 cuenta|notar|notaria|nota|extranar|extranaria|notice|importa|importaria',
    'ojala|quisiera ..1 me ..1 pase|pasara ..1 algo ..1 y ..1 ya',
    'ojala|quisiera ..1 me ..1 pase|pasara ..1 algo ..4 acabe|termine|acabara|muera|muriera|carretera|camino|accidente',
    'solo|nomas|puros ..2 les|le ..1 doy|causo|traigo ..1 problemas|molestias|disgustos',
    'tranquilos|tranquilas|mejor|felices ..4 si ..1 yo ..1 me ..1 voy|muero|fuera|muriera',
    // Probed by construction (recall18, third batch): one's children better off with anyone than with one.
    'estarian|estaria|estan|vivirian ..1 mejor ..5 que ..1 conmigo & {child}|hijos|hijas|familia|ninos',
    // Set be (recall19, 2026-12-05): irse con quien murió; no verle sentido a quedarse.
    'irme|ir|estar ..1 con ..2 el|ella|ellos|mi ..1 esposo|esposa|mama|papa|hijo|hija & murio|fallecio|muerto|muerta|cielo|partio|se ..1 fue',
    'irme|ir ..1 con ..1 el|ella|ellos & murio|fallecio|muerto|muerta|cielo|partio',
    '{neg} ..3 sentido ..2 a|de|en ..1 quedarme|seguir|seguirle|estar ..1 aqui|aca',
    '{neg} ..3 sentido ..2 a|de|en ..1 quedarme|seguir|seguirle',
    // Probes beside requests (recall19): querer estar con la mamá en el cielo.
    'estar|ir|irme ..4 en ..1 el ..1 cielo & quiero|quisiera|ojala|gustaria|kiero|ganas',
    // Wanting to be run over (recall21, 2026-12-05; 'I just want to get hit by a car' in English): 'solo quiero que
    // me atropellen', 'ojalá me atropelle un carro'.
    'quiero|quisiera|ojala|deseo ..3 atropelle|atropellen|atropellara|atropellaran|arrolle|arrollen|arrollara',
    // Probado junto a pedidos (lead22, 2026-12-06): una edad que uno no piensa cumplir o alcanzar, y el último cumpleaños.
    'no ..3 pienso|planeo|voy|creo|quiero ..3 cumplir ..2 {age_years}',
    'no ..3 pienso|planeo|voy|creo|quiero ..3 llegar|alcanzar ..1 a ..1 los ..1 {age_years}',
    'este|esta ..2 es|sera|va ..3 mi ..1 ultimo ..1 cumpleanos|cumple',
    'mi ..1 ultimo ..1 cumpleanos|cumple ..2 que ..2 voy|tengo|celebro|pase|paso|cumplo',
    // Ya no tiene caso, beside an appointment given up or thanks (lead24b, set ck).
    'ya ..1 no ..1 tiene ..1 caso|sentido && cancel*|cita|citas|gracias|agradezco|cuiden|adios|doctora|doctor',
    // lead33 (set di): irse con el esposo que ya se fue, decidido.
    'irme|reunirme|juntarme ..1 con ..2 mi ..1 viejo|vieja|esposo|esposa|marido|difunto|difunta & decidido|decidida|decidi|pronto|ya',
  ],
};

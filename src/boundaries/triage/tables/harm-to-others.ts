import type { TriageTable } from '../triage-category.js';

/**
 * Harm to others: intent or fear of hurting or killing someone (a threat with a target, a weapon, a place or
 * a time), including a parent's fear of harming a child. [sources: samhsa-988]
 */
export const HARM_TO_OTHERS: TriageTable = {
  label: 'harm_to_others',
  en: [
    // Getting even with someone whose schedule or address one knows (lead26: "i have a plan to get even with my ex's new
    // wife. i know her schedule").
    'get|getting ..1 even|back ..2 with|at && know|knows|learned|found ..3 her|his|their ..1 schedule|route|address|car|house|shift|gym',
    'get|getting ..1 even|back ..2 with|at & know|knows|learned|found ..3 her|his|their ..1 schedule|route|address|car|house|shift|gym',
    // Sets bw-cb (lead, 2026-12-06): fantasies of running someone over or pushing them off a height; threats beside a loaded gun
    // and knowing where one lives.
    'fantasiz*|imagin*|pictur*|thoughts|thought|thinking|urge|urges|dream* ..4 running|run|ran ..1 him|her|them|my|{other_person} ..3 over',
    'push|pushing|shove|shoving|throw|throwing ..3 off|down|into|under|in ..3 scaffolding|scaffold|roof|stairs|ledge|bridge|balcony|cliff|tracks|train|traffic|window|building|edge|platform & thoughts|thought|want|wanna|fantasiz*|keep|thinking|going|gonna|pictur*|imagin*|urge',
    'loaded && know ..2 where ..1 he|she|they ..1 lives|live|works|parks',
    // Set bq (lead, 2026-12-06): a student who will bring something tomorrow for those who bully him; they will be sorry.
    'bring|bringing ..2 something|{weapon}|{firearm}|gun|knife ..4 tomorrow|school|for|to && sorry|regret|pay|bullying|bullies|bully|bullied',
    // Set bp (lead, 2026-12-06): going to deal with someone oneself, a weapon at hand ("I have my dad's bat").
    'deal|handle|settle ..3 it|this|them|him|her|matters|things ..2 myself && bat|{weapon}|{firearm}|knife|knives|hammer|machete|crowbar|axe',
    'matters|things|it ..2 into ..1 my ..1 own ..1 hands && bat|{weapon}|{firearm}|knife|knives|hammer|machete|crowbar|axe',
    // Afraid of what one might do; planning or picturing a harm; knowing someone's movements.
    'worried|scared|afraid|terrified ..3 of|about ..1 what ..2 i ..2 might|could|will|ll|would|d ..1 do',
    // lead27 (probes): harm done to someone close and the fear of worse ("i pushed my brother down the stairs ... i'm
    // scared i'll do worse").
    'scared|afraid|terrified|worried ..3 ill|i ..2 do ..1 (worse|it again|something worse) & pushed|hit|punched|choked|shoved|kicked|slapped|hurt|broke|stairs',
    'planning|plan|picturing|imagining|imagine|fantasizing ..3 how ..3 i|id|to ..3 hurt|kill|give|run|poison|get|make',
    'wrong ..1 dose|medication|meds ..3 on ..1 purpose',
    'run|running|ran|drive|driving ..4 off ..1 the ..1 road',
    'know|knows ..2 what ..1 he|she|they ..1 drives|drive & when|picture|picturing|off|work|ex|boyfriend|girlfriend',
    // Knowing what car someone drives: a target watched ("I know what car she drives").
    'i|ive|we ..1 know|knows ..3 what|which ..2 car|truck|vehicle ..2 he|she|they|your ..1 drives|drive',
    'looked|look|looking|figured ..1 up|into|out ..3 when|what|where ..2 time|he|she|they ..2 walks|leaves|gets|lives|works|goes',
    // A threat said in other words: doing something to someone, a list of people who deserve it, knowing where they live.,
    'do ..1 something ..2 to ..1 {other_person}|that|this|him|her|them',
    'bout|about ..1 to ..2 do ..1 something',
    'deserve|deserves ..2 it|to ..1 {die}|suffer|pay|hurt & list|people|ppl|all|school|them|everyone',
    'list ..3 people|ppl|names|kids|targets & hurt|deserve|deserves|school|kill|gun|{kill}|pay',
    'he|she|they|hes|shes ..1 gon|gonna|going ..2 learn',
    'put|puts|putting ..1 his|her|their ..1 hands ..1 on',
    'know|knows ..2 where ..2 he|she|they ..1 lives|live & {neg}|going|gonna|time|stop|this|got',
    '{possess} ..2 a ..1 bat|machete|crowbar & {other_person}|{partner}|{family}|{child}|door|telling|voices|tv|neighbor',
    'homicid*',
    // Words of killing, stabbing, shooting or weapons that no ordinary sense explains.
    '{kill}|{stab}|{weapon}',
    'shooting|shot|shoot ..3 school|work|mall|church|party|people|everyone|him|her|them|myself|me',
    '{neg}|wont ..2 leave|make|get|come ..2 out ..1 alive',
    '{neg}|wont ..2 leave ..1 alive',
    'use ..2 it|this|that ..1 on ..1 him|her|them & bat|hammer|crowbar|axe|machete|{blade}|{firearm}|{weapon}|car',
    'run|running|ran ..1 him|her|them ..1 over',
    'make|making ..1 him|her|them|you ..1 suffer|bleed',
    'i|im|ill|id|ive ..4 {harm_other_verb} ..3 {other_person}|{partner}|{child}|{family}',
    'urge|urges|thoughts|afraid|scared ..4 {harm_other_verb} ..3 {other_person}|{partner}|{child}|{family}',
    '{harm_other_verb} ..1 {other_person}|{partner} ..3 tomorrow|tonight|today|when|if|dead|next|again',
    // At most one word between the verb and "my": "killing me, can my partner drive" is an ache and a request,
    // not a threat (a kill that an ordinary sense leaves unmasked is read by the word rule above anyway).
    'kill|murder|stab|strangle|shoot ..1 my ..1 {partner}|{child}|{family}|boss|coworker|neighbor|roommate|ex',
    'kill|murder|stab|strangle ..1 him|her|them|someone|somebody|everyone|people',
    'shoot ..1 him|her|them|someone|somebody|everyone|people ..2 dead|down|up|if|when|tomorrow|tonight|with',
    'beat|beating ..2 {other_person}|{partner}|him|her|them ..2 to ..1 death',
    'beat|beating ..2 the ..1 crap|shit|hell ..2 out',
    'shoot*|shot ..1 up ..3 school|work|office|place|church|store|mall|party|class',
    // Lead, 2026-12-06 (admin22's probes): shooting up any gathering one names ("the wedding", "the game"), said as what
    // one will do; a shooter or shots at a place now, as a parent or a witness reports it (a drill is an ordinary sense).
    'gonna|going|will|ill|want|wanna|plan|planning|ready ..3 shoot ..1 up ..1 the|a|this|that|my|our|his|her|their|every|everyone',
    'shoot*|shot ..1 up ..3 wedding|funeral|reunion|game|concert|meeting|building|hospital|clinic|bus|house|court|courthouse|station|club|bar|graduation|service|daycare|campus',
    'active ..1 shooter|shooters|gunman',
    'shooter|shooters|gunman|gunmen ..3 at|in|inside ..2 school|work|office|mall|church|store|building|campus|daycare|hospital|clinic & now|rn|hiding|hide|lockdown|police|cops|911|locked',
    'shots ..1 fired & school|work|office|mall|church|store|building|campus|street|outside|now|right|neighbor|house',
    'know ..1 where ..1 he|she|they ..1 live|lives',
    'make|making ..2 them|him|her|everyone|everybody ..2 pay & {firearm}|{blade}|{weapon}|{kill}|hurt|tomorrow|tonight|all',
    'want|wish ..3 him|her|them|{partner}|boss ..2 dead',
    '{firearm}|{blade}|{weapon} & him|her|them|lives|live|work|school|ex|boss|neighbor|tomorrow|tonight|revenge',
    'revenge & {kill}|hurt|{firearm}|{blade}|{weapon}|pay',
    'i|im|ill|id ..3 hurt|harm|shake|smother|drown ..2 my|the ..1 baby|babies|child|kids|kid|newborn|son|daughter|toddler',
    'thoughts ..3 of ..2 hurting|harming|killing|stabbing ..2 {other_person}|{partner}|{child}|{family}|people|someone',
    'bring|brought|bringing|take|taking ..2 something|{firearm}|{weapon}|{blade} ..3 to ..1 work|school|office|house|church|party & end|hurt|pay|{kill}|them|him|her|sorry|regret|show',
    'burn|burning|set ..3 down|fire ..3 house|building|apartment|place|school|church|home|car',
    // A danger to someone else.
    'danger|dangerous|threat ..2 to ..1 others|someone|somebody|him|her|them|people|my ..1 kids|baby|family|son|daughter|wife|husband',
    // "If I can't have them nobody can": a threat over the children.
    'nobody|noone ..1 gets|get|will ..2 the|my|our ..1 kids|children|baby|son|daughter',
    'no ..1 one ..1 gets|get|will ..2 the|my|our ..1 kids|children|baby|son|daughter',
    'if ..2 i|he|she ..1 cant ..1 have ..2 them|her|him|the ..2 nobody|noone|no',
    // Making someone stop, with a time or a weapon ready.
    'make ..1 them|him|her|it ..1 stop & tonight|going|gonna|will|ready|bat|knife|gun|hammer',
    'bat|hammer|crowbar|axe|machete|knife|gun ..2 ready|waiting|loaded',
    // Having hit a partner or child and feeling it building again; making sure someone does not make it home;
    // knowing where they park; a plan for someone nobody needs to know about.
    'i ..1 hit|punched|slapped|choked|shoved|pushed|beat ..2 her|him|my ..1 wife|husband|girlfriend|boyfriend|partner|kid|son|daughter',
    'i ..1 hit|punched|slapped|choked ..1 her|him',
    'going ..2 to ..2 do ..1 it ..1 again & hit|feel|building|drive|over|there',
    'make ..1 sure ..4 {neg} ..2 make ..1 it ..1 home|back|out',
    'know ..1 where ..2 he|she|they ..1 parks|lives|sleeps|works',
    'plan ..3 for ..2 my ..1 {family}|boss|supervisor|ex|stepdad|stepfather|neighbor|coworker & nobody|know|secret|tonight',
    // Not answering for what one will do to someone; a car or a house burned with someone inside (recall5).
    '{neg}|not ..3 responsible ..2 for ..3 what ..2 i ..2 do|might|would|could|will',
    'burn|burning|torch|torching ..3 car|house|apartment|truck & inside|ex|alive|while',
    // Coming back with 'something' after being fired; a gun by its slang; waiting at someone's window with a weapon;
    // knowing where someone stays as they get out.
    'come|coming|comes|came ..1 back ..3 with ..1 something|somethin|smth & fire|fired|fires|firing|listen|sorry|pay|regret|see|laid|boss|work|them',
    'bring|bringing|brings ..2 his|my|her|their|a|the ..1 piece|strap|heat|burner|blick|pole|iron & meeting|school|work|office|tomorrow|court|house|party|if',
    'stood|standing|stand|waited|waiting|sat|sitting|parked ..6 outside|at|by ..2 his|her|their|the ..1 window|door|house|car|place & hammer|bat|knife|{blade}|{firearm}|crowbar|machete|axe',
    'know|knows ..1 where ..2 he|she|hes|shes|they|theyre ..1 staying|lives|living|stays|sleeps|parks|works|is & out|released|getting|let|near|permission|again|handle|deal|gonna|going',
    'going|gonna|will|ll|want|wanna ..2 end ..1 him|her & if|swear|again|ex|hurt|touch|shows',
    'imagining|imagine|picturing|picture|fantasiz* ..2 pushing|hurting|stabbing|choking|hitting|killing|shoving|strangling ..3 my|the|her|him|them|coworker|boss',
    // Set r: a building set on fire with someone in it, the gas cans ready; not knowing what one will do to a named
    // person, the details thought out.
    'torch|burn|set ..3 his|her|their ..1 building|house|car|place|apartment & gonna|going|will|with|in|fire|gas',
    'gas ..1 cans|can & got|bought|have|already|torch|burn|fire',
    'with ..1 him|her|them ..1 in ..1 it|there|inside & burn|torch|fire|lock|gas',
    'what ..2 ill|i|id ..2 do ..1 to ..2 him|her|them|boss|manager|supervisor|coworker|landlord|neighbor & sure|know|{neg}|supervisor|boss|manager|thinking|details',
    // Set s: a caregiver who held a pillow a long time, and needs to tell someone before they do it.
    'held|holding|hold ..2 the|a ..1 pillow & long|over|face|him|her|dad|mom|didnt|time',
    'before ..1 i ..1 do ..1 something|it|anything & tell|someone|need|stop',
    // Set t: bringing something to protect oneself to a confrontation (a weapon not named).
    'bring*|carry*|carrying|taking|packing|pack ..2 something|somethin ..3 to ..1 protect|defend ..1 myself|me',
    'confront|confronting|confronted ..3 him|her|them|he|she & bring|bringing|protect|weapon|knife|gun|bat|{firearm}|pay|teach',
    // Tuning sets' leftovers (recall7): coming over with a gun named by its calibre.
    'coming|come|going|go|show|showing|head|heading|walk|walking|drive|driving ..2 over|up|there|back|down ..3 with ..2 the|my|a|his|her ..1 {firearm}|{weapon}',
    'coming|come|going|go|show|showing|head|heading|walk|walking|drive|driving ..2 over|up|there|back|down ..3 with ..2 the|my|a|his|her ..1 45|38|357|380|9mm|12gauge & him|her|them|next|his|their|loaded|now|tonight',
    // Set z (recall8): taking out a named person (the slang for killing); somebody stop me; so angry one could do
    // something.
    'take ..1 out ..3 boyfriend|bf|girlfriend|gf|ex|exs|teacher|coach|boss|stepdad|stepmom|classmate|neighbor & gonna|going|said|says|swears|swore|threat*|kill|will|ill',
    'somebody|someone|some1 ..1 =stop me',
    'angry|mad|pissed|furious|enraged ..3 i ..1 could|might ..2 do ..1 something|anything',
    // Set x: someone about to get what's coming; not a violent person, but; something brought to make sure.
    'going|gonna|will|gon ..2 get ..1 whats|what ..2 coming',
    '{neg} ..2 violent ..1 person|guy|man|woman ..2 but',
    'bring|bringing|take|taking ..1 something|somethin ..3 make ..1 sure|protect|defend|teach|scare|admit|pay',
    // Set y: taking out a boss, a magazine loaded; a spouse with dementia taken along; a pillow over a face.
    'going|gonna|will|gon ..2 take ..1 out ..3 his|her|my|the|old|that ..2 boss|ex|wife|husband|manager|coworker|neighbor|landlord|supervisor',
    'loading|loaded|load ..2 a|the|his|her|my ..1 magazine|mag|clip|rifle|gun|shotgun|pistol & take|boss|tonight|saying|going|kitchen',
    'sometimes ..2 think ..2 about ..1 taking ..2 with ..1 me',
    'putting|put|hold|holding|press|pressing ..2 pillow ..3 over ..2 his|her|their ..1 face|head|mouth',
    // Probed by kind (recall7): making someone pay for what they did (read as a bill before); knowing their schedule.
    'make|making|gonna|going ..3 him|her|them|pay ..2 pay ..3 for ..2 what ..2 did|done',
    'know|learned|memorized ..2 his|her|their ..1 schedule|routine|route|shifts & make|pay|hurt|going|gonna|watch|watching|follow|following|waiting|wait|did',
    // Set ac: a list of people who wronged one (addresses beside the names); paying for what someone did; a gun got out.
    'list ..4 people|everyone|names|those ..3 who ..1 wronged|crossed|betrayed|screwed|hurt',
    'pay ..1 for ..1 what ..2 he|she|they|you ..1 did|done',
    // Set ad: taking oneself and the children out of this world.
    'take|taking|took ..4 out ..1 of ..1 this ..1 world',
    // Set ag: "bringing something" if written up once more.
    'bringing|bring ..1 something & written|fired|fire|see|if',
    // Set ai (lead): knowing what one has to do about a man downstairs (after 'they put something in the water').
    'know ..1 what ..1 i ..1 have|need|got|gotta ..1 do ..1 about ..3 him|her|them|man|woman|guy|neighbor|neighbour|neighbors|downstairs|upstairs',
    // Set ah (recall9): waking with one's hands around someone's throat; having someone by the throat; a gun brought to
    // work or shown up with; making them understand with one.
    'my ..1 hands|hand ..1 around ..3 throat|neck',
    'my ..1 hands|hand ..1 on ..1 her|his|their ..1 throat|neck',
    'had|grabbed|got|have ..1 her|him|them ..1 by ..1 the ..1 throat|neck',
    'bring|take|bringing|taking|brought ..2 my|the|an|a|his ..1 ar|ak|ar15|ak47|rifle|gun|piece|shotgun|pistol|glock ..2 to|into ..2 work|office|school|job|shop|plant|meeting|church|party',
    'show|showing|showed ..1 up ..4 with ..2 the|my|an|a|his ..1 ar|ak|ar15|ak47|gun|rifle|shotgun|pistol|glock|piece',
    'make ..1 them|him|her|everyone|everybody|you ..1 understand|pay|sorry|listen & {firearm}|ar|ak',
    // Set al (recall10): a gun carried, in slang ("got my piece on me", "strapped"), beside someone to get; a beating
    // promised to whoever did something.
    'got|have|carrying|carry|packing|keep|keeping ..2 my|the|a ..1 piece|strap|heat|burner|blick|pole|iron ..2 on ..1 me|my|hip',
    'im|i|stay|staying|been|got ..1 strapped & find|get|catch|see|him|her|them|dude|whoever|tonight|going|gonna|finna',
    'gonna|going|finna|bout|about|ima|imma ..3 fuck|mess|beat|jack|whoop ..1 up ..1 whoever|whoeva|that|him|her|them|dude',
    'gonna|going|finna|bout|ima|imma ..3 fuck|beat|whoop|jack ..1 him|her|them|whoever|that ..2 up',
    // Set aq (lead, Spanish, 2026-12-05), in English: putting someone in the ground.
    'put|putting ..2 him|her|them|you|that ..3 in ..1 the ..1 ground|grave|dirt',
    'him|her|them ..2 six ..1 feet ..1 under',
    // Probed by kind (recall11, 2026-12-05): something crazy to be done to a relative; a gun and an urge to use it, or a
    // machete to be used on someone.
    'going|gonna ..3 do ..1 something ..1 crazy|stupid|drastic ..1 to ..2 my|him|her|that|{family}|{other_person}|{partner}',
    'gun|pistol|rifle|shotgun|{firearm} & want|wanna|urge|itching ..2 to ..1 use ..1 it',
    'machete|knife|bat|axe|hammer|crowbar & use ..1 it ..1 on ..1 him|her|them|someone|somebody|people',
    // Harm to another pictured or planned (recall17): pushing someone down stairs or off a dock, where they would
    // land, running someone over.
    'thinking|thought|picture|picturing|imagine|imagining|planning|fantasize|fantasizing|want|wanna|urge ..3 pushing|push|shoving|shove ..2 {other_person}|him|her|them|coworker|boss|supervisor ..4 down|off|in|into|over ..3 stairs|stairwell|dock|ledge|balcony|tracks|traffic|front|edge|railing|cliff',
    'where ..1 he|she|hed|shed|theyd ..2 land & pushed|push|planning|shove|shoved|drop|dropped',
    'run|running ..2 {other_person}|him|her|boss|coworker|supervisor|ex ..1 over & want|wanna|wish|thinking|picture|picturing|keep|urge|fantasize',
    // Set be (recall19, 2026-12-05): dealing with them oneself, a time or the means in hand ("I'm going to deal with them
    // myself tonight. I have what I need"); taking care of her oneself before letting a custody decision happen.
    'deal|handle ..2 with ..1 them|him|her ..1 myself & tonight|tomorrow|need|{weekday}|now|soon|weekend|vents|poison|poisoning|watching|cameras|upstairs|neighbors|neighbor|custody|judge|kids|away',
    'handle|handling ..1 them|him|her ..1 myself & tonight|tomorrow|need|{weekday}|now|soon|weekend|vents|poison|poisoning|watching|cameras|upstairs|neighbors|neighbor|custody|judge|kids|away',
    'take ..1 care ..1 of ..1 him|her|them ..1 myself ..2 before|if|tonight ..4 let|lets|gets|happen|takes|get|take',
    'deal|handle|take ..3 them|him|her|it ..1 myself && have|got ..1 what ..1 i ..1 need',
    // Sets bh (recall21, 2026-12-05): a weapon taken to someone's door; something to be stuck into someone.
    'went|came|showed|walked|headed|ran|knocked|knocking|banging|pounding & machete|axe|crowbar|{blade}|{firearm}|bat & door|neighbor|neighbors|neighbour|neighbours',
    'gonna|going|will|ill ..3 stick|shove|jam|bury ..1 something|a|my|the ..2 in|into ..1 him|her|them|his|their',
    // A list of people kept by someone who means to get them (lead24: "my coworker said he has a list of people at work
    // he's going to get"); a family the writer's son would be better off shooting, "us all".
    'he|she|they|{other_person}|coworker|classmate|student|son|brother|ex ..3 has|have|keeps|made|wrote|making|got ..2 a ..1 list ..2 of ..1 people|names|everyone & get|pay|regret|hurt|kill|shoot|deserve|revenge|sorry|payback|going|gonna',
    'i ..2 have|made|wrote|keep|got ..2 a ..1 list ..4 pay|regret|hurt|kill|shoot|deserve|revenge|sorry|payback',
    'shoot|shot|shooting|stab|stabbed|poison|poisoned ..1 us|them|everyone|everybody|yall ..1 all',
    // lead33 (refit, set co): something put in someone's coffee, which stuff would work and not show up.
    'putting|put|slip|slipping|slipped|dropping|drop ..2 something|stuff|it ..3 in|into ..2 his|her|their|my ..1 coffee|drink|food|tea|soda|water|lunch',
    'would ..1 work ..3 and|but ..1 not|wouldnt ..1 show|showing ..1 up',
    // lead33 (dh): a man's schedule written down by someone he humiliated, who wants him to feel what they feel.
    'writing|wrote|written|tracking|tracked|keeping|noting ..1 down|track|of ..2 his|her|their ..1 schedule|routine|movements|shifts',
    'want|wanted|need ..2 him|her|them ..1 to ..1 feel ..1 what ..1 i ..1 feel|felt',
    // lead34 (set dq): going up to a neighbour with a machete, "its over for him".
    'go|going|goin|went|come|coming|head|walk ..3 up|down|over|there ..3 with ..2 the|my|a|that ..1 machete|knife|bat|axe|hammer|crowbar|gun|pistol|{firearm}|{blade}|{weapon}',
    '(its over for him|its over for her|its over for them|its over for that|it will be over for him|itll be over for him|hes done for|hes a dead man|shes done for) & machete|knife|bat|axe|hammer|crowbar|gun|pistol|{firearm}|{blade}|{weapon}|swear|go|going|up|there',
    // lead34 probes: a coworker bringing "something" to work to fix the layoffs, a third party unsure whom to tell.
    'bringing|bring|brings|brought ..1 something ..3 to ..1 work|school|office|church|party|meeting|practice & fix|settle|handle|teach|show|pay|end|layoffs|fired|boss|manager|everyone|tell|scared|afraid',
    // lead34 (holdout dt, read at the round's end): a gun brought to work ("im bringing the 9 to work monday"); knowing where a
    // rival lives and sitting outside, "ill handle it".
    'bring|bringing|brought|take|taking|carry|carrying|pack|packing ..2 the|my|a|his|her ..1 9|nine|9mm|glock|strap|piece|heat|gun|pistol|rifle|ar|ak|{firearm} ..2 to|into ..2 work|school|job|office|shop|yard|site|plant|church|meeting|rig',
    'know|knows|found|figured ..2 where ..4 lives|works|parks|stays|sleeps && (been sitting outside|sitting outside|sat outside|parked outside|waiting outside|ill handle it|gonna handle it|ima handle it|handle him|deal with him|take care of him|handle her|deal with her)',
    // lead37 (set du): someone who will regret it, beside knowing when he leaves and by which door; a target's movements
    // learned (when he leaves, where he parks, which door) beside a plan thought through.
    '(going to regret|gonna regret|will regret|ll regret|is going to pay|gonna pay|will pay|ll pay) && know|knew|learned|figured|watched ..3 when|where|which ..3 leaves|leave|parks|park|door|exit|alone|walks|shift|lives|route|off',
    'know|knew|learned|figured|memorized ..3 when ..2 he|she|they ..1 leaves|leave|gets|walks|parks|clocks & which|what ..1 door|exit|entrance|car|way|route',
    'know|knew|learned|figured|memorized ..3 when ..2 he|she|they ..1 leaves|leave|gets|walks|parks|clocks && (thought it through|thought this through|thought about it a lot|planned it out|have a plan|got a plan|made a plan)',
    // lead37 (set dy): a rifle brought in if one is written up once more ("im going to bring my AR in and he'll find out").
    'bring|bringing|brought|take|taking ..2 my|the|a ..1 {firearm}|ar|ar15|rifle|gun|pistol|glock|shotgun|piece|strap ..2 in|to|into & supervisor|boss|manager|work|office|shop|site|he|him|they|them|find|out|time|more|regret',
    // lead38 (probe): asked to help someone die, the means at hand ("keeps asking me to help him end it. i have his morphine").
    '(help him end it|help her end it|help them end it|help him die|help her die|help them die|help end his life|help end her life|help him end his life|help her end her life|help him go|help her go)',
    // lead39 (set eg): a threat to hurt someone, said to have been meant; and sitting outside the person's house now
    // beside a threat.
    'break|kill|hurt|beat|stab|shoot|smash|bash|snap|murder ..3 his|her|him|their|them ..6 (i meant it|i mean it|i meant that|i mean that)',
    'sitting|parked|waiting|standing|outside ..4 his|her|their ..1 house|place|apartment|work|job|door|school ..3 right ..1 now && break|kill|hurt|beat|stab|shoot|pay|threat|threatened|teach|bat|gun|knife',
  ],
  es: [
    // Sets bw-cb en espanol (lead, 2026-12-06): atropellar a alguien o empujarlo de una altura, pensado o imaginado.
    'atropellar|atropellarlo|atropellarla & pienso|pensando|quiero|ganas|imagino|fantaseo|voy',
    'empujarlo|empujarla|aventarlo|aventarla|tirarlo|tirarla ..3 del|de|por ..2 andamio|techo|escaleras|puente|azotea|balcon|ventana',
    // Sets bo and bp in Spanish (lead): arreglarlo uno mismo con un arma a la mano.
    'arreglar|arreglarlo|arreglarla|arreglarlos|resolver|resolverlo|encargarme|encargo ..4 yo ..1 mismo|misma && bate|cuchillo|pistola|arma|machete|{weapon}|{firearm}',
    // Persecution and a weapon bought (lead, 2026-12-05, from a holdout set: "dice que el gobierno lo persigue y que
    // tiene que defenderse. Compró un machete y no duerme").
    'persigue|persiguen|perseguir|defenderse|defenderme|defenderlo & compro|compró|consiguio|consiguió|trae|agarro|agarró ..3 machete|cuchillo|pistola|arma|navaja|escopeta|rifle',
    'persigue|persiguen|perseguir|defenderse|defenderme && compro|compró|consiguio|consiguió|trae|agarro|agarró ..3 machete|cuchillo|pistola|arma|navaja|escopeta|rifle',
    'meto|meter|pego|pegar|dar|doy ..2 un ..1 tiro|balazo|plomazo|navajazo|cuchillazo',
    'partir|romper|partirle|romperle ..2 la ..1 cara|madre|madres|cabeza',
    'ya ..1 se ..1 donde ..1 vive',
    'tengo ..1 con ..1 que',
    'voy ..1 a ..1 matar ..2 a ..1 mi|ese|esa|el|la|mis',
    'lo|la|los|las ..1 voy ..1 a ..1 matar|lastimar|golpear',
    'matarlo|matarla|matarlos|matarlas',
    'ganas ..2 de ..2 matar|lastimar|golpear|hacerle ..2 a ..1 mi|alguien|el|ella',
    'ganas ..2 de ..2 matarlo|matarla|lastimarlo|lastimarla|golpearlo|golpearla',
    'lastimar|matar|golpear ..1 a ..2 mi|alguien|mis|mi ..1 bebe|hijo|hija|pareja|esposo|esposa',
    'hacerle ..1 dano ..2 a',
    'le|les ..1 voy ..1 a ..1 hacer ..1 dano',
    'voy ..1 a ..1 lastimar|golpear|matar ..2 a',
    'bate|martillo|machete|cuchillo|pistola ..2 listo|lista|preparado|preparada|cargada',
    // Set i (recall5): a car or a house to be burned, the person inside, gasoline bought; not answering for what one
    // will do.
    'quemar*|incendiar* ..4 carro|casa|coche|auto|apartamento|troca',
    'compro|compró|comprando ..2 gasolina ..2 en ..2 un|una ..1 bote|lata|galon|garrafa',
    'no ..1 respondo ..3 de|por ..3 que ..2 haga|hago|hare|haré|pase',
    // recall7: ir a su casa con la pistola.
    'voy|ir|vengo|iré|ire|llego ..4 con ..2 la|el|mi ..1 pistola|arma|escopeta|cuchillo|machete|rifle',
    // Set z (recall8): somebody stop me; so angry one could do something.
    'alguien ..1 detengame|detenganme|detenme|pareme|parenme|frename',
    'enojado|enojada|furioso|furiosa|encabronado|encabronada ..4 podria|puedo ..3 hacer ..1 algo',
    // Probed by kind (recall7), in Spanish: me la va a pagar; me sé su horario.
    'me ..1 la|las ..1 va|van ..1 a ..1 pagar & hizo|hicieron|juro|voy|lo ..1 que',
    'se|sé ..2 su ..1 horario|rutina|ruta & pagar|va|voy|hacer|esperar|espero|sigo|seguir',
    // Probed in set al's voices (recall10): darle cuello a alguien (matarlo, en el habla centroamericana).
    'dar|darle|darles|dale|dieron|dio|doy|damos ..1 cuello',
    // Set ao (lead, Spanish): 'they'll remember me' at an ex-boss's office; something that makes the news; setting a door
    // on fire.
    'se ..1 van ..1 a ..1 acordar ..2 de ..1 mi|mí & llegar|oficina|algo|jefe',
    'algo ..2 que ..1 salga ..2 en ..2 noticias',
    'meter|prender|echar|echarle|meterle|prenderle ..2 fuego & voy|puerta|casa|carro',
    // Set ap (lead, Spanish): going armed after someone; scissors 'metidas'; doing something before she does.
    'vamos|voy|van|iremos ..1 armados|armado|armada',
    'meter|clavar|enterrar|meterle|clavarle ..2 la|las|una ..1 tijera|tijeras|navaja|cuchillo',
    'hacer ..1 algo ..2 antes ..2 que ..2 me|nos ..1 haga|hagan',
    // Parity with English (parity12, 2026-12-05): a list of people who deserve it; making sure someone does not get home;
    // a building set on fire with him inside, the gas cans bought; shooting up a school; getting someone out of the way.
    'lista ..4 gente|personas|nombres ..6 se ..1 lo ..1 merece|merecen|merecerian|merecieran',
    '(no llegue vivo|no llegue viva|no salga vivo|no salga viva|no regrese vivo|no regrese viva)',
    'quemar|quemarle|incendiar|incendiarle|prenderle ..4 casa|edificio|carro|apartamento|depa|negocio|troca ..4 con ..2 adentro|dentro',
    'galones|garrafa|garrafas|bidones|bidon|latas|lata ..2 de ..1 gasolina & quemar|quemarle|ya|tengo|fuego|incendiar|compre',
    'balacear*|tirotear*|rafaguear ..4 escuela|prepa|secundaria|colegio|universidad|trabajo|iglesia|oficina|clase|todos',
    'voy|va|vamos|van|pienso|pensando|quiero ..3 balacear*|tirotear*',
    // Lead, 2026-12-06: un tirador o una balacera en un lugar ahora (un simulacro es un sentido ordinario).
    'tirador|tiradores|pistolero ..3 en ..2 escuela|prepa|secundaria|colegio|universidad|trabajo|iglesia|oficina|tienda|centro|edificio|kinder|guarderia & ahorita|ahora|escondidos|escondidas|encerrados|policia|911',
    'tirador ..1 activo',
    'balacera|tiroteo ..3 en ..2 escuela|prepa|secundaria|colegio|universidad|trabajo|iglesia|oficina|tienda|centro|edificio|kinder|guarderia|calle|casa & ahorita|ahora|escondidos|escondidas|encerrados|policia|911|hay',
    'quitar ..1 de ..1 en ..1 medio ..1 al|a ..2 {partner}|{family}|{other_person}|novio|jefe|ex',
    'lo|la|los ..1 voy|va|vamos|quiero|quiere ..2 quitar ..1 de ..1 en ..1 medio',
    // Set aq (lead, Spanish, 2026-12-05): a gun ('cuete', 'fusca') brought to work; burying or finishing someone.
    'llevar|llevo|traer|traigo|sacar|saco ..2 el|la|mi ..1 cuete|fusca|fierro|escuadra & trabajo|obra|chamba|escuela|jale|oficina|lunes|mañana|manana|supervisor|jefe',
    'lo|la|los ..1 voy ..1 a ..1 enterrar|quebrar|tronar|despachar',
    // Probed by kind (lead, 2026-12-05, Spanish): urges to throw, shake or smother a baby or a child.
    'ganas|miedo|pienso|pensamientos ..4 aventar|tirar|lastimar|ahogar|sacudir|zarandear|asfixiar ..3 a ..1 mi ..1 {child}',
    // Set ar (recall11): a dream of catching a supervisor and beating him, and his hours found out.
    'reventarlo|reventarla|madrearlo|madrearla|golpearlo|golpearla|partirle|romperle|cagarlo|fajarlo|matarlo|matarla|agarrarlo|agarrarla|esperarlo|esperarla|desquitarme && a ..1 que ..1 hora ..1 sale|llega|entra',
    'sueno|sueño|ganas|fantaseo|imagino ..3 agarrarlo|agarrarla ..6 reventarlo|reventarla|madrearlo|madrearla|golpearlo|golpearla|matarlo|matarla',
    // Parity, second round (parity12, 2026-12-05): outside someone's home with a bat; "ya van a ver"; doing something to
    // a supervisor, not joking; a pillow over someone's face.
    'afuera|fuera|enfrente|frente ..4 casa|apartamento|depa|trabajo|oficina ..4 con ..2 un|una|el|la|mi ..1 bate|pistola|cuchillo|machete|arma|rifle|escopeta',
    '(ya van a ver|ya vas a ver|y van a ver|y vamos a ver|ya veran) & traer|traigo|llevar|llevo|acta|despiden|corren',
    'le ..1 voy ..1 a ..1 hacer ..1 algo && (no estoy bromeando|no es broma|lo digo en serio|ya me lo imagine|te lo juro|se lo juro)',
    'no ..1 se ..2 que ..1 le ..1 voy|vaya ..1 a ..1 hacer && (lo he pensado|he pensado|detalles)',
    'ponerle|poner ..2 una|la ..1 almohada ..2 en ..2 la|su ..1 cara & pienso|pensando|ganas|imagino',
    // Parity, regional words (parity12, 2026-12-05): "le caigo a tiros".
    '(le caigo|les caigo|le voy a caer|les voy a caer|le cayo|les cayo) ..1 a ..1 tiros|balazos|plomazos|machetazos|cuchilladas|golpes|madrazos',
    // Probed by kind (recall11, 2026-12-05): wanting to hurt the person who did this; something crazy to be done to a
    // brother-in-law; a gun and an urge to use it, or a machete to be used on someone.
    'quiero|quisiera|voy ..3 lastimar|lastimarlo|lastimarla|matar ..3 a ..2 la|el|mi|ese|esa ..1 persona|tipo|vieja|cabron|{other_person}|{family}|{partner}',
    'voy ..3 hacer ..2 una ..1 locura|pendejada|barbaridad|estupidez ..2 con|contra|a ..3 {family}|{other_person}|{partner}',
    'pistola|arma|escopeta|rifle & ganas ..2 usarlo|usarla|usarlos|usar',
    'machete|machetes|cuchillo|navaja|bate|pistola|arma & usarlo|usarla|usar ..2 en|con|contra ..2 {other_person}|{family}|{partner}|el|ella|alguien',
    // Probed by kind (recall11, 2026-12-05): 'le voy a dar su merecido'.
    'voy|vamos|van|va ..3 dar ..1 su ..1 merecido',
    // Probed by construction (recall16, fifth batch): thoughts of dropping the baby.
    'pienso|pensado|pensando|ganas|miedo|imagino ..3 dejar|dejarlo|dejarla ..1 caer ..3 bebe|{child}',
    // Probed by construction (recall18, 2026-12-05): a relative grabbed by the neck, nearly strangled or killed; the
    // fear of hurting one again.
    'agarre|apreto|apriete|tome ..4 del ..1 cuello & {family}|{partner}|{child}|suelto|casi',
    'casi ..1 ahorco|mato|estrangulo|ahogo|apunalo|acuchillo ..2 a ..1 mi|mis',
    'volver ..1 a ..1 lastimar|pegarle|golpear|ahorcar|lastimarla|lastimarlo ..2 a ..1 mi|mis & miedo|casi|ganas|voy',
    'manos ..3 cuello & {partner}|{family}|{child}|puse|le',
    // Set be (recall19, 2026-12-05): encargarse uno mismo de ellos, con la noche, el juez o los vecinos.
    'encargar|encargo|encargare|deshacer|deshago ..2 de ..1 ellos|el|ella|ellas & envenen*|vecinos|juez|custodia|noche|hoy|antes|mismo|misma',
    // Set bh (recall21): salió con un machete a la puerta del vecino; 'le voy a enterrar algo'.
    'salio|fue|llego|vino|salia|iba ..4 machete|cuchillo|pistola|bate|arma|escopeta|navaja|martillo & puerta|vecino|vecina|vecinos|tocarle|buscarlo|buscarla|buscarle|amenazar|pelear',
    'le|te|les ..1 voy|va|vas ..1 a ..1 enterrar|clavar ..1 algo|cuchillo|navaja|fierro|filero|punta|picahielo|tijeras',
  ],
};

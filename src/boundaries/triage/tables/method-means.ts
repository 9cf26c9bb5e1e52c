import type { TriageTable } from '../triage-category.js';

/**
 * Method and means: a way to die thought about, looked up or at hand (pills saved, a firearm, a blade, a rope,
 * a height, train tracks, a car into a wall, a running engine in a closed garage, poison), and being at a
 * place of danger now. The C-SSRS asks about method; crisis lines ask about access to means.
 * [sources: c-ssrs-screener, samhsa-988, samhsa-tip-50]
 */
export const METHOD_MEANS: TriageTable = {
  label: 'method_means',
  en: [
    // lead27 (a crisis only the word model had read, dropped by the refit on 79 sets): looking for somewhere high
    // enough ("I drove around for hours tonight looking for somewhere high enough").
    'looking|searching|drove|driving|drive|find|found|scouting ..4 somewhere|someplace|place|spot|building|bridge ..2 high|tall ..1 enough',
    // lead27 (a crisis only the word model had read, dropped by the refit on 79 sets): a supply kept from before a
    // taper, looked at now ("I have about 60 of the klonopin from before you tapered me. I didn't throw them out ...
    // I'm looking at them right now").
    'have|got|kept|saved|still ..3 {number} ..3 of ..2 the|my|those|her|his ..1 {med_name}|{pills}|pills & didnt|never|kept|saved|tapered|leftover|extra|stopped|hid|hidden|stash|stashed',
    'looking|staring ..1 at ..1 them|it|the ..2 right ..1 now && {pills}|{med_name}|pills|bottle|bottles|{rope}|{firearm}|{blade}',
    // Set cm (recall23, 2026-12-06): a means asked about (old or expired pills, whether they still work, how strong)
    // beside the writer's own word that the reason is not a good one ("not asking for a good reason honestly").
    // The means is asked about as two words ("expired … pills", "pills … still work"): a rule of one word on "pills"
    // alone is read at every occurrence, and took a megabyte of "pills pills …" from 67 to 102 ms.
    '(not asking for a good reason|not asking for good reasons|not for a good reason|not for good reasons|for not great reasons|for not good reasons|not for great reasons|for not the best reasons|not for the best reasons|for a bad reason|for bad reasons|for the wrong reasons) && expired|expire|old|potent|lethal|strong|stronger|enough|many ..4 {pills}|{med_name}|bottle|bottles',
    '(not asking for a good reason|not asking for good reasons|not for a good reason|not for good reasons|for not great reasons|for not good reasons|not for great reasons|for not the best reasons|not for the best reasons|for a bad reason|for bad reasons|for the wrong reasons) && {pills}|{med_name}|bottle|bottles ..4 expired|expire|potent|lethal|strong|stronger|enough|work|works|old',
    '(not asking for a good reason|not asking for good reasons|not for a good reason|not for good reasons|for not great reasons|for not good reasons|not for great reasons|for not the best reasons|not for the best reasons|for a bad reason|for bad reasons|for the wrong reasons) && {firearm}|gun|rope',
    '(dont ask why|dont ask me why|do not ask why|dont ask lol|better not to ask) && expired|expire|potent|lethal|strong|stronger & {med_name}|pills|meds|bottle|bottles|tablets|tabs',
    '(dont ask why|dont ask me why|do not ask why|better not to ask) && still ..1 work|works|good|strong|potent|effective & {med_name}|pills|meds|bottle|bottles|tablets|tabs',
    // Sets ci, cj and ck (recall22, 2026-12-06): searching for ways said without the way: googling what one should
    // not be googling.
    'googling|googled|google|searching|searched|looking|looked|researching|researched ..4 stuff|things|shit|ways|methods ..2 i ..1 shouldnt|shouldn|should|cant|dont|wasnt',
    'googling|googled|searching|searched|researching|researched ..2 ways|methods ..2 to|of ..2 die|go|end|do|without',
    // Sets bw-cb (lead, 2026-12-06): a stash of pills found in a teen's room; pills saved up; kept
    // looking at a vial; asking where the pills or the keys are kept; gasoline beside fire.
    'found|finding ..3 bag|stash|bunch|pile|bottle|handful ..3 {pills}|{med_name}|pills ..4 room|backpack|bag|car|drawer|closet',
    'saving|saved|stockpil*|hoard* ..2 mine|them|em|these|those ..1 up && {med_name}|{pills}|pills|meds|medication|prescription',
    'keep|kept ..1 looking|staring ..2 at ..1 it|them && {pills}|{med_name}|vial|gun|pills|rope|bottle|propofol|drugs|syringe',
    'asked|asking|asks ..2 where ..2 keep|keeps|hide|put ..4 {pills}|pills|gun|guns|knives|sleeping',
    'gasoline|kerosene|accelerant && fire|burn|burning|cleanse|light|tonight',
    'going|gonna ..1 to ..1 burn|torch ..3 down|place|house|building|apartment',
    // The holdout bn (lead): a rifle kept with one; pulling out in front of a log truck; pills in one's purse at a grave;
    // the gas left on with no flame.
    'got|has|have|took ..2 his|her|my ..1 ar|ar15|rifle|gun|pistol|shotgun|{firearm} ..2 with ..1 him|her|me',
    'pulling|pull|drive|driving|step|stepping|walk|walking ..2 out ..2 in ..1 front ..1 of ..4 truck|trucks|train|bus|semi|semis',
    'pills|{pills} ..3 in ..1 my ..1 purse|bag|pocket|car|glovebox & thought|thinking|grave|taking|take',
    'gas ..3 on ..3 {neg}|without|no ..1 flame|lit|lighting',
    'leaving|left|leave|turn|turned|turning ..3 gas ..4 on && purpose|flame|stove|oven',
    // Sets bs and bt (lead, 2026-12-06): stood at a rail or a ledge a long time; looking down from a crane or forty stories.
    'stood|standing|stand|sat|sitting ..3 rail|railing|ledge|edge ..3 long|while|hour|hours|looking|staring',
    'looking|staring|look ..1 down ..3 a ..1 lot|long|while|today && stories|floors|crane|roof|bridge|ledge|edge|cab|top|rail',
    // Set br (lead, 2026-12-06): thoughts of turning the wheel into oncoming traffic.
    'into ..1 oncoming ..1 traffic|cars|truck|trucks & thought|thoughts|urge|urges|want|wanted|thinking|tempted|turn|turning|swerve|swerving|jerk',
    // Set bo (lead, 2026-12-06): a row of pill emoji (read as "pills"), and a full bottle set beside oneself or a meme
    // ("no thoughts just vibes and a full bottle of tylenol"). A full bottle asked about is a medication question.
    'pills pills pills',
    'full|whole|entire|new ..1 bottle|bottles ..2 of ..2 {pills}|{med_name}|tylenol|advil|pills|sleeping & vibes|staring|ready|finally|tonight|bathtub|lol|lmao',
    'me ..1 and ..2 a|my ..1 full|whole|entire|new ..1 bottle|bottles ..2 of',
    // Set bp (lead): a belt, cord or strap tied around the neck, however explained ("he says he was joking").
    'belt|cord|strap|leash|cable|shoelace|shoelaces|scarf|rope|{rope} ..3 around|round|tied|wrapped ..3 his|her|my|their|the ..1 neck',
    // An X-Acto knife written as the Spanish word for exact ("diagnóstico exacto" is not a blade).
    'exacto ..1 knife|knives|blade|blades',
    // A means kept by the bed or under the pillow (lead, 2026-12-06, from two unseen sets: "sleeping with a belt next to
    // my bed. just in case i decide", "sleeping with the 12 gauge next to the bed"). Pills by the bed are a reminder to
    // take them, so pills are not named here.
    'sleeping|sleep|slept|sleeps|keep|keeping|kept|keeps ..2 with ..3 {firearm}|{blade}|{rope}|gauge|belt|cord|extension ..3 next|beside|by|under ..2 to|my|the ..1 bed|pillow|mattress',
    '{firearm}|{blade}|{rope}|gauge|belt ..4 under ..2 my|the ..1 pillow|mattress',
    'keep|keeping|kept|keeps|have|got|hid|hidden|hide ..2 the|a|my ..1 {rope}|{blade}|belt|gun|gauge ..3 under|next ..2 to|my|the ..1 bed|pillow|mattress',
    // Someone else's bottle of pills carried or hidden: means at hand.
    'whole|entire|full ..1 bottle|bottles|pack|stash ..2 of ..2 my ..1 moms|dads|mothers|fathers|grandmas|grandpas|sisters|brothers|roommates|friends|parents|wifes|husbands|boyfriends|girlfriends ..1 {pills}|{med_name}',
    'drifting|drift|drifted|veer|veering|swerve|swerving|steer|steering ..2 into|in ..2 the|a|an ..1 oncoming|semi|traffic|truck|median|guardrail',
    'just ..1 in ..1 case & bottle|{pills}|{med_name}|{firearm}|{rope}|keeping|saved|kept|stash|hidden|oxy',
    'cord|ligature|belt|cable|shoelace|shoelaces & hidden|hide|hiding|pillowcase|found|neck|closet|mattress',
    // A firearm mentioned at all is asked about; everyday guns (nerf, glue, staple) are ordinary senses.
    '{firearm}',
    // So is a blade (kitchen and butter knives are ordinary senses).
    '{blade}',
    '{rope}|{poison}|{hang}',
    // So is a place people fall from, or tracks, unless an ordinary sense explains it (bridge traffic).
    '{risk_place}',
    '{rope} & {possess}|{think}|{intent}|{hang}|tie|tied|ceiling|beam|closet|tree|knot',
    'noose*',
    '{hang} ..1 {self}|{third_self}',
    '{pills}|{med_name}|{substance} & saved|saving|stockpil*|hoard*|collecting|stash*|lethal|deadly|fatal|staring|stare',
    'enough ..3 {pills}|{med_name} ..4 to ..2 {die}|kill|end|od|overdose',
    '{pills}|{med_name} ..3 enough ..2 to ..2 {die}|kill|end|od|overdose',
    'how ..1 many|much ..4 {pills}|{med_name} ..5 take|kill|die|lethal|fatal|od|overdose',
    'lethal|fatal|deadly ..2 dose|amount|overdose|combination',
    'ways|way|how|methods|method ..2 to ..2 {die}|kill|suicide',
    'painless* ..2 way|ways|death|die|method',
    '{height} & jump*|leap*|fall|falling|edge|ledge',
    // Someone there (not a bare "on" or "at": "on my way, parking on the roof level" is a place to park).
    '{presence_act} ..3 on|at|atop|top|edge ..3 of|the|a ..2 {height}',
    '{presence_act} ..3 on|at ..1 top ..1 of ..3 building|garage|parking|structure|tower|hospital|hotel|dorm|apartment|mall',
    '{presence} ..4 {rail}',
    'on|in ..2 the ..1 tracks',
    'in ..1 front ..1 of ..2 a|the ..1 {traffic_thing}',
    'step|walk|jump|throw|lie|lay ..3 into|onto ..2 traffic|tracks|highway',
    'drive|driving|drove|crash|crashing|swerve|swerving|steer ..4 into|off ..3 {crash_target}|road|bridge|cliff',
    'crash|wreck ..2 my|the ..1 car ..3 on ..1 purpose',
    'garage & running|engine|exhaust|fumes|monoxide|hose',
    'exhaust|tailpipe & hose|car|garage|sitting|pipe|tube',
    'carbon ..1 monoxide',
    '{poison} & drink*|swallow*|mix*|{think}|{intent}|{possess}',
    'drown ..1 myself',
    'overdose|od ..1 on',
    'painless|painlessly & {pills}|{med_name}|way|ways|method|{die}|death|kill|it|which',
    '{height} & how ..1 high|tall|far|deep|long',
    'set ..1 aside|apart & {pills}|{med_name}',
    'bleed|bled|bleeding ..1 out',
    'how ..1 long ..3 takes|take ..2 to ..1 {die}|bleed|drown|suffocate',
    'jump|jumping|leap|leaping ..2 from|off|out ..2 the|a|my|of ..3 {height}|garage|building|window|balcony|roof|floor|story|bridge|parking',
    'buying|bought|buy|getting|collecting|saving ..3 extra|more|several|multiple|many|bottles|packs|boxes ..3 {pills}|{med_name}|bottles|packs & different|stores|pharmacies|extra|saving|stocking|enough|secret',
    '{think}|staring|looking|visiting|walking ..4 {rail}|train ..1 tracks',
    // Thinking about jumping, spelled as said, at a height (set cd, kept on call after the word model's refit on 76 sets,
    // lead26: "i was up on top the grain bin last night thinkin bout jumpin. didnt").
    '{think}|thinkin|thinkn ..2 bout|about|abt|of ..1 jumpin|jumping|jump & top|roof|bin|silo|bridge|ledge|edge|building|cliff|overpass|balcony|tower|grain|window|garage|parking',
    // The pillar or tree picked out on a drive, how fast one would need to be going (lead26, set ct: "every day on the
    // kennedy i pick out the pillar tho. same one. i know exactly how fast id need to be going").
    'how ..1 fast ..4 need|needed|have|would|id|going|hit & pillar|pillars|tree|wall|overpass|abutment|pole|barrier|guardrail|median|bridge|semi|truck',
    'pick|picked|picking|chose|chosen ..3 pillar|pillars|tree|wall|overpass|abutment|pole|barrier|guardrail|spot & every|same|drive|driving|fast|speed|exactly|going',
    'how ..1 fast ..4 need|needed|have|would|id ..3 going|go|drive|driving && pillar|pillars|tree|wall|overpass|abutment|pole|barrier|guardrail',
    // The next train kept in mind at a station or a platform (lead26: "i'm at the train station and i keep thinking about
    // the next train"); taking the next train is the desk's (no "keep" or "can't stop").
    'keep|keeps|kept|cant|stop ..2 thinking|picturing|imagining ..3 next|oncoming|express|coming|passing|the ..1 train|trains|subway|bus|tracks|edge|platform & station|platform|tracks|standing|stop|edge|here',
    'counting|count|counted|saving ..2 my|the|up ..1 {pills}|{med_name}',
    'hose|tape|duct & car|garage|exhaust|window|engine|running|vent',
    // The top of a garage or a building, and someone sitting or standing there.
    'top ..1 level|floor|deck|story|roof ..6 garage|parking|structure|building & sitting|standing|edge|ledge|railing|quiet|alone|jump|jumping',
    // Being up there now, told as a place: "im at the top level of the parking garage".
    'im|am|sitting|standing|parked|up ..2 at|on ..1 the ..1 top ..1 level|floor|deck|story|roof ..4 garage|parking|structure|building|deck',
    // lead41 probe: standing on a parking deck for an hour, thinking about it (a student whose visa was denied).
    'standing|sitting|stood|sat|been|pacing ..3 on ..2 parking|garage ..1 deck|garage|structure|roof & thinking|hour|hours|edge|railing|alone|down|over|looking',
    // An urge to swerve or veer while driving.
    'thinking|think|thought|picture|picturing|imagining|urge|urges|want|wanna|tempted ..3 swerve|swerving|veer|veering',
    // Searching how many pills are too many; pills lined up; a scarf or belt tied to a rod and tested; a car running
    // in a closed garage; a bag over the head; a medicine cabinet to get into tonight; research in the search history.
    'google|googled|googling|search|searched|searching|looked|looking|look ..4 how ..1 many|much ..3 too|kill|lethal|fatal|enough|overdose',
    'how ..1 many|much ..3 {med_name}|{pills}|pills ..2 is|are|would|to ..1 too ..1 many|much',
    '{pills}|pills|{med_name} ..2 lined|laid|counted|set ..1 up|out',
    'scarf|belt|cord|sheet|rope|{rope} ..3 tied|tie|hanging ..3 closet|rod|door|beam|ceiling|fan|rail',
    'testing|tested|test ..2 it|the ..1 knot|weight & tied|scarf|belt|cord|rope|{rope}|rod|closet',
    'garage ..4 door ..1 down|closed|shut & engine|car|running|heat|on',
    'engine|car ..2 on|running & garage',
    'bag ..3 over|on ..2 his|her|my ..1 head',
    'med|medicine|medication ..1 cabinet|drawer & tonight|oxy|pills|{med_name}|getting|into|take',
    'google|search|searches|browser|internet ..1 history & hang|hanging|ironic|rope|pills|die|dying|end|bridge|overdose|dark|worried',
    // Watching the train times near home, again and again.
    'train|trains|tracks ..1 schedule|schedules|times|timetable & keep|keeps|kept|staring',
    'train|trains|tracks ..1 schedule|schedules|times|timetable & near|nearby|closest ..3 home|house|apartment|place|here & been|looking|checking|watching|staring',
    // Timing the train that passes near home: rehearsal at a method, told as a pastime.
    'timing|timed|clocking|clocked ..3 it|them|the|how|when & train|trains|tracks|{rail}',
    // How fast the trains go at a trestle or a crossing; their times looked up by a bridge.
    'how ..1 fast ..4 go|goes|going|come|comes|pass|passes|travel & train|trains|tracks|trestle|crossing|{rail}',
    'train|trains|tracks ..1 schedule|schedules|times|timetable & trestle|bridge|crossing|overpass',
    // Set at (admin9): means looked at 'in a different way', or named with a hint ('if you know what I mean').
    'train|trains|tracks ..1 schedule|schedules|times|timetable & different',
    'know ..1 what ..1 i ..1 mean|meant & {rail}|train|trains|bridge|bridges|{height}|roof|{firearm}|{rope}|{blade}',
    // Probes by kind (recall5's second batch): stepping out into traffic, thought about; the highest buildings
    // looked for; means in front of one now; a store of means one keeps thinking about.
    'step|stepping|stepped|walk|walking|jump|jumping ..2 out|in|into ..3 traffic|front ..2 of ..2 a|the ..1 bus|car|truck|train',
    'traffic & step|stepping|walk|walking ..1 out|into|in & think|thought|thinking|urge|tempted|imagine|wonder',
    'highest|tallest ..1 buildings|building|bridge|bridges|floor|point|parking|garage & looking|looked|searching|searched|checking|find|know|around',
    '{pills}|{med_name}|{firearm}|{blade}|{rope} ..4 in ..1 front ..1 of ..1 me & now|right|tonight|staring|counting|all',
    'keep|kept ..1 thinking|staring|looking ..1 about|at ..1 it|them & bottle|stash|saved|rope|gun|{firearm}|oxy|never',
    // Pills kept out of their bottle (a ziploc, a sock, a shoebox); not taken "the normal way"; a bottle kept near
    // "so I know it's there"; a lethal amount asked "for reasons"; a beam tested for one's weight.
    '{med_name}|{pills}|pills|meds|prescriptions ..6 ziploc|ziplock|baggie|sock|shoebox',
    '{neg} ..4 take|taking ..1 them|it|these ..2 the ..1 normal|usual|regular|right ..1 way',
    'know ..1 its|it|theyre|they|the ..2 there & bottle|pills|gun|rope|{pills}|{firearm}|{rope}|option',
    'how ..1 many|much ..4 {med_name}|{pills}|pills ..4 dangerous|lethal|deadly|fatal|kill|toxic',
    'asking ..1 for ..1 reasons|myself|me|a ..1 friend & {med_name}|{pills}|pills|many|much|high|tall|deep|long',
    'hold|holds|held|support|supports ..2 my|his|her ..1 weight & beam|rafter|rope|belt|ceiling|fan|rod|hook|pipe|closet|tested|test',
    'think|thinking|thought ..2 about ..2 the ..1 bottle|stash|gun|rope|noose ..5 cabinet|drawer|closet|safe|garage|nightstand',
    // recall5's fourth batch: doses skipped to save them up; an organizer full of the ones not taken; which pills
    // would do the most damage; bridges or roofs scoped out.
    'dose|doses|meds|pills ..4 save|saving|stash|stockpile ..1 them|it|up',
    // Pills kept back "in case things get bad" (lead32, set df: "I was kind of stockpiling them anyway tbh, in case things
    // get bad again", said of a refill).
    'stockpil*|hoard*|stashing|stash|saving ..3 them|it|those|these|pills|meds|mine ..6 in ..1 case & bad|worse|need|again|ever|happens',
    'full ..4 ones ..1 i ..1 didnt|{neg} ..1 take|took',
    'which ..4 meds|pills|{pills}|{med_name}|medication|medications ..4 damage|lethal|deadly|kill',
    'scop*|scout* ..2 bridges|bridge|roofs|rooftops|ledges|overpasses',
    // Set p: going up to the top of a garage to look; thinking about means at hand (someone's insulin, the pool, the
    // dock); staying under; crashing the car; asking not to have a medication in the house.
    'top ..1 of ..2 the|a ..1 parking|garage|building|bridge|roof|tower ..2 garage|structure|deck & going|go|went|look|looking|stand|standing|stood|sit|sitting|lunch|alone|edge|again',
    'keep|keeps|been ..1 thinking|looking|staring ..1 about|at ..1 it|them & insulin|pills|{pills}|{med_name}|{firearm}|{rope}|{blade}|{height}|dock|pool|bridge|tracks|garage|water',
    'roommates|roommate|moms|dads|someones|grandmas|grandpas ..1 insulin|pills|meds|{med_name}|gun|oxy & keep|thinking|think|got|took|taken|hid|hidden',
    'keep|keeps ..1 walking|going|driving ..6 dock|bridge|edge|tracks|roof|cliff|pier|overpass & night|alone|again|water',
    'staying|stay|stayed ..1 under & pool|water|lake|tub|bath|thinking|just',
    'thinking|think|thought ..3 crashing|crash|wrecking|wreck|swerving ..2 my|the|into ..1 car|truck',
    'shouldnt|{neg} ..2 have ..2 it|them|that|those|pills|{med_name}|gun ..2 in ..1 the|my ..1 house|home|apartment',
    // Whether a number of pills is a lot, too many or enough: a question of a dose that could kill.
    '{big_number} ..1 {med_name}|{pills}|pills ..2 a|too|be|is ..1 lot|many|much|enough|lethal|fatal',
    '{big_number} ..1 of ..1 my|the|these|those|her|his ..1 {med_name}|{pills}|pills ..2 a|too|be|is ..1 lot|many|much|enough|lethal|fatal',
    'stacking|stockpiling|stockpile|hoarding|stashing ..3 them|pills|{pills}|{med_name} & drawer|pills|have|{big_number}|closet|box|bag',
    // Set s: knowing exactly how much it would take; stepping in front of a train; everything in the medicine bin;
    // pills stored up; the pills in the cabinet on one's mind.
    'exactly ..1 how ..1 much|many ..4 would|will|to ..1 take|kill & know|knows|knew',
    'stepping|step|jumping|jump|walking|walk ..2 in ..1 front ..1 of ..3 train|bus|truck|car|subway|traffic|semi',
    'swallow|swallowing|take|taking ..2 everything|all|whole ..3 med|meds|medicine|pills|cabinet|bin|bottle',
    'storing|stored ..5 pills|meds|{pills}|{med_name}',
    'thinking ..2 about ..2 the ..1 pills|{pills}|gun|rope & cant|keep|stop|cabinet|counted|drawer',
    // Set q (recall6): a plastic bag kept by the bed; walking into the sea or the tide; means that could pass for an accident, or nobody knowing it was on purpose.
    'plastic ..1 bag|bags ..4 bed|pillow|nightstand|head|face',
    'sleeping|sleep ..3 plastic ..1 bag|bags',
    'walk|walking|walked|swim|swimming|swam ..1 in|into|out & tide|tides|ocean|sea|waves|current|lake|river|coast|surf|undertow & thought|thinking|think|wanted|urge|tempted',
    // Never the past: "what looked like an accident, a car crash on 95" is the road (lead29).
    '=be|=look|=looks|=seem|=seems|=pass|=passes ..2 an|like|as ..2 accident & insulin|pills|{med_name}|{pills}|car|crash|overdose|dose|meds|nobody',
    'nobody|noone ..4 know ..3 on ..1 purpose',
    // lead29 (probe): an accident for the insurance, a sentence after the car it would be ("i keep picturing my car going
    // off the mountain road. it would look like an accident for the insurance"); one's car pictured going off a road.
    'would|could|will|gonna|might|itd ..2 be|look|seem|pass ..2 an|like|as ..2 accident & insurance|policy|payout|family|kids|wife|husband|road|truck|tree',
    'would|could|will|gonna|might|itd ..2 look|seem|pass ..2 like|as ..2 an ..1 accident && car|truck|crash|road|cliff|mountain|bridge|tree|wall|pills|gun|rifle|insurance|policy',
    'picturing|picture|imagining|imagine|imagined|visualizing|seeing ..3 my|the ..1 car|truck ..3 off|into|over ..2 the|a ..2 road|cliff|mountain|bridge|edge|tree|wall|river|lake|guardrail|ravine|canyon|overpass|embankment|semi|median',
    // lead27 (set cv): an accident nobody would question, in hunting season or on the road ("nobody would even think
    // twice if there was an accident out there. just saying"); the top of a grain elevator, a silo or a water tower now.
    '(no one|nobody|noone) ..4 think|thinks ..1 twice|anything|otherwise|different ..4 accident|accidents',
    '(no one|nobody|noone) ..4 suspect|question|wonder|doubt ..4 accident|accidents',
    // lead31 (sets db, dc): nobody knowing it was not an accident; over the side of a boat; stepping off somewhere
    // climbed, thought about; how long a train takes to stop.
    '(no one|nobody|noone|never|wouldnt) ..4 know|knew|tell|notice|guess ..4 wasnt|not|werent ..2 an|a ..1 accident',
    'go|going|goes|jump|jumping|slip|slipping|roll|rolling ..1 over ..1 the ..1 side & boat|canoe|kayak|ferry|ship|lake|water|ice',
    'thought|thinking|think|tempted|urge ..3 stepping|jumping|leaping ..1 off && climbed|climb|climbing|top|view|high|elevator|silo|tower|bin|roof|bridge',
    'how ..1 long|far ..6 train|trains ..3 to ..1 stop',
    // lead31 probes: parked at a drop no office is near ("parked up at the quarry again. its a long way down"; never a
    // bridge, where people park for work); a long way down beside a height; lying down on a road; sleeping out in the
    // cold; knowing how much of one's insulin it would take.
    'parked|parking|pulled ..3 at|by|on|near|up|over ..2 the|a ..2 quarry|cliff|cliffs|dam|overlook|trestle|gorge|canyon|ravine|lookout|bluff',
    'long ..1 way ..1 down && quarry|bridge|roof|edge|ledge|cliff|balcony|tower|dam|overpass|jump|railing|parked|top',
    // The holdout dd (lead31): up to the top of a parking structure, stood at its wall; not jumping, but wanting to.
    'went|go|going|gone|drove|walked|climbed ..2 up ..3 top & parking|structure|garage|deck|ramp|floors|floor|stories|building',
    '{neg}|didnt|never ..1 jump|jumped ..4 but ..3 wanted|want|wanna|almost|close|thought',
    'lie|lay|lying|laying ..1 down ..3 on|in|across ..2 the|a ..1 highway|road|tracks|freeway|interstate|street|traffic|train',
    'sleep|lie|lay|stay|sit ..2 out ..1 here|there|tonight & below|degrees|freezing|snow|cold|zero|coat',
    'know|knew|figured|worked|calculated|counted ..2 how ..1 much|many ..3 would|d|will|to ..1 take & insulin|pills|pill|{pills}|{med_name}|pens|units|tylenol|dose',
    'on|up|at|sitting|standing|climbed ..2 top ..1 of ..2 the|a|our|that|this ..2 silo|silos|elevator|bin|tower|watertower|dam|cliff|overpass|trestle|crane|billboard|windmill|turbine|quarry|mesa|bluff & rn|now|right|thinking|alone|quiet|edge|view|jump|down|sitting|standing|here|tonight',
    // Set t: a charcoal smell from a closed room; sitting a long time with a gun.
    'smell|smells|smelled|smelling ..3 charcoal|gas|exhaust|fumes & door|room|locked|answering|garage|bathroom|car|under',
    'charcoal|grill|briquettes ..6 room|bathroom|car|garage|tape|taped|sealed|locked|door & she|he|my|answering',
    // Charcoal bought with tape, said as needing no explanation (lead26b: "bought a bag of charcoal and some tape. you
    // know what for").
    'charcoal|briquettes ..6 tape|taped|duct & bought|got|buy|buying|have|know|bag|bucket|what',
    'sat|sitting|sit|sits ..1 with ..1 it|the ..3 long|while|time|hours|hour|night & took|gun|rifle|{firearm}|out|shotgun|pistol|truck|30|3006|308|06',
    // Set u (recall7): how easy it would be to step off; a method searched (how long hanging takes).
    'how ..1 easy|simple|quick ..5 to ..2 step|jump|fall|slip|roll|walk ..1 off|over',
    'how ..1 easy|simple|quick ..5 to ..2 swerve|crash|drown|overdose|od',
    'step|stepping|stepped ..1 off ..4 edge|ledge|roof|building|bridge|jobsite|scaffold|scaffolding|balcony|stories|floors',
    'searched|search|searching|googled|google|googling|looked|looking ..5 how ..1 long|much|many ..1 does|do|to|would|it ..3 hang|hanging|overdose|od|drown|drowning|bleed|die|dying|suffocate',
    // Set z (recall8): how much of a medicine it would take, thought about beside it; medicines, knives or guns
    // put away by the family; pills in a parent's purse or cabinet; how pretty it is up here.
    'thinking|wondering|wonder|calculating|googling|googled ..3 how ..1 much|many ..4 take|kill|enough & insulin|pills|meds|tylenol|medication|{pills}|{med_name}',
    'removed|hid|hidden|locked|hiding|locking|removing|hide|lock ..4 tylenol|pills|meds|medicine|medicines|knives|guns|{pills}|{med_name}|{blade}|{firearm}',
    'took|take ..3 tylenol|pills|meds|medicine|medicines|knives|guns|{pills}|{med_name}|{blade}|{firearm} ..2 out|away ..3 cabinet|house|room|bathroom|kitchen|drawer|reach',
    'pills|meds|{pills} ..2 in ..2 mom|moms|mother|mothers|dad|dads|parents|grandmas|grandpas ..1 purse|cabinet|room|drawer|bag|bathroom',
    'pretty|peaceful|beautiful|windy up here',
    // Set x: throwing (or "yeeting") oneself off a height; pills or a blade in one's hand; a garage's top level thought of.
    'throw|throwing|threw|thrown|toss|tossing|tossed|fling|flinging|flung|launch|launching|launched|yeet|yeeted|yeeting|yeets|hurl ..1 myself|me|himself|herself ..3 off|from|out|over|into|in ..3 {height}|garage|building|window|balcony|roof|floor|bridge|parking|train|traffic|front|car|bus|edge',
    'yeet|yeeted|yeeting|yeets|yeeet ..1 myself|me',
    'have|holding|hold|got|gotten ..4 pills|bottle|knife|gun|razor|blade|rope|{firearm}|{blade}|{pills} ..3 in ..1 my ..1 hand|hands|lap|mouth',
    'thinking|think|thought|dreaming ..5 top ..2 level|floor|deck|story ..3 garage|building|structure|parking',
    'top ..1 level|floor|deck ..4 garage|building|parking & {neg} ..1 for ..1 parking|work|shopping',
    // Set y: a gun still loaded; a gun taken "not for deer"; a garage tight enough; pills gathered in one bottle, counted,
    // lined up, kept from hospice, put away or aside, more than enough.
    'still ..1 loaded',
    '{neg} ..1 for ..1 deer|hunting|huntin|birds|targets|target|ducks',
    'garage ..4 tight|sealed|airtight|taped ..1 enough|up|shut',
    'all ..1 my|his|her ..1 pills|meds|medications|medicine ..3 in ..1 one ..1 bottle|bag|place|container|pile',
    'more ..1 than ..1 enough & hospice|pills|meds|counted|saved|stash|cabinet|mine',
    'counted|counting|count ..3 pills|meds|what ..1 i ..1 have & cabinet|drawer|saved|hospice|enough|nights',
    'line|lined|lining ..1 them|pills|up ..4 count|counted|counting',
    'morphine|oxy|oxycodone|fentanyl|pills|meds|medicine ..4 from ..1 hospice & still|kept|never|look|have|got|saved|all',
    'have|got ..2 enough ..3 put|saved|stored|stashed|tucked ..1 away|aside|up|back',
    'extras|pills|meds|tablets ..3 aside|away|saved|stashed & putting|put|setting|keeping|have|saved|option',
    // Probed by kind in set u's voices (recall7): what a tox screen would not show; vials kept from work, keys to the
    // drug cabinet; not stopping at a light; letting go on a ladder or a roof; a live wire.
    'wouldnt|{neg} ..2 show|detected|found|picked ..2 up|on|in ..3 tox|toxicology|autopsy',
    'untraceable|undetectable & drug|drugs|dose|poison|overdose|pills|insulin|way',
    'leftover|extra|wasted|stolen|pocketed|pocketing ..2 morphine|fentanyl|dilaudid|hydromorphone|ketamine|propofol|midazolam|versed & keep|kept|locker|stash|stashed|saved|home|car|bag|pocket|pocketing|pocketed|myself',
    'vials|vial|ampules|syringes ..2 from ..2 work|hospital|unit|floor|pharmacy & keep|kept|locker|stash|stashed|saved|home|car|bag|took|taking',
    'pyxis|omnicell|narc|narcotics ..2 box|cabinet|drawer|keys|code & took|take|keys|thinking|thought|tonight|access|myself',
    'keys|key|code|access ..4 pyxis|omnicell',
    'thought|thinking|think|tempted|urge ..4 {neg}|not ..1 stopping|stop|braking|brake & light|red|sign|train|crossing|highway|truck|wall|curve|bridge',
    'thought|thinking|think|tempted|urge|wanted ..3 letting|let ..1 go & ladder|roof|bridge|ledge|edge|railing|scaffold|cliff|balcony|wheel',
    'grab|grabbing|grabbed|touch|touching ..2 the|a ..1 live|hot ..1 wire|wires|line|lines & thought|thinking|tempted|urge|want|wanted',
    'electrocut* & myself|thought|thinking|want|wish|tempted',
    // Probed by kind (recall7): a weapon loaded and kept by the bed, without its name.
    'loaded ..1 it ..6 nightstand|pillow|mattress|drawer|glovebox',
    // Set ac: a gun taken out and looked at; a bottle stared at all night; stopping insulin; the light rail.
    'got|took|pulled|get|taken|take ..2 the|my|his|her ..1 {firearm}|38|45|357|22|gun|rifle|pistol ..1 out',
    'looking|staring|stared|looked ..1 at ..4 bottle|pills|{pills}|tylenol|gun|{firearm}|rope|knife|it ..3 all|for ..1 night|hours|day|evening',
    'going|gonna|want|think|plan|planning ..4 stop|quit ..2 taking ..2 my|the ..1 insulin',
    'accidentally ..1 skipping|skipped|forgetting|forgot|missing|missed ..2 my|the ..1 insulin',
    // lead29 (set at, read by the word model until its refit on 82 sets): insulin or dialysis stopped to see what happens
    // ("im just not gonna take my insulin anymore and see what happens").
    'not|stop|stopped|stopping|quit|quitting|skip|skipping|refuse|refusing ..4 insulin|dialysis & anymore|see|happens|purpose|die|point|done|longer|care',
    'stepping|step|jumping|jump|walking|walk ..2 in ..1 front ..1 of ..3 rail|tram|metro|streetcar|trolley|lightrail|light',
    // A third probe by kind (recall7): means found and taken away by someone else.
    'found ..2 my ..1 {pills}|stash|rope|razors|blades ..4 flushed|threw|removed',
    // Set ad: a car started in a shut garage; the top of the stairs and falling.
    'started|running|left|start ..2 the|a|his|her|my ..1 car|truck|engine|motor ..6 door|doors|garage ..1 shut|closed|down',
    'top ..2 of ..2 the ..1 stairs|stairway|staircase & thinking|falling|fall|jump|throw|standing',
    'thinking ..2 about ..1 falling|jumping|stepping ..4 stairs|edge|balcony|roof|window|bridge|ledge|railing',
    // Set ae: walking on into the sea; stones for one's pockets; not turning when the road turns.
    'ocean|sea|lake|river|water & just ..1 keep ..1 walking|swimming|going',
    'stones|rocks ..3 in ..1 my|his|her ..1 pockets|pocket|coat',
    'have ..1 my ..1 stones|rocks ..1 already|ready',
    'just ..1 not ..1 turning|stopping|braking & road|wheel|truck|driving|curve|turns|car',
    // Found by admin7: looking up how high a garage or a bridge is.
    'googl*|searched|search*|looked|looking|checked|checking ..4 how ..1 high|tall|deep & garage|bridge|building|roof|floors|drop|fall|cliff|tower|overpass|balcony',
    // Set ag: helium bought with no party; pills stocked up; a bottle counted over and over; the top of the bleachers;
    // a ceiling fan measured in one's head; a bag of pills shown.
    'bought|ordered|got ..4 helium|nitrogen',
    'helium|nitrogen ..2 tank|tanks|bag|hood',
    'stocked ..1 up & enough|pills|meds|heard|said|room',
    'keep|kept ..5 counting|count ..1 them|pills|it',
    'im|i ..1 am|m ..2 at|on ..2 top ..2 of ..2 the ..1 bleachers|building|garage|bridge|tower|roof|parking|stadium|cliff|dam',
    'ceiling ..1 fan|beam|beams|hook & looking|measuring|staring|strong|hold|rope|weight|looked',
    'showed ..2 me ..2 bag|bottle|handful ..2 of ..1 pills|{pills}',
    'empty ..2 pill|blister|medicine ..1 pack|packet|sleeve',
    // Set af: a bathtub as a good place for it; sleeping in the car away from the pills at home.
    'bathtub|bath|tub|garage|closet|basement|woods ..4 good|right|best|perfect ..1 place|spot ..2 for ..1 it',
    'would ..2 be ..2 good|right|best|perfect ..1 place|spot & bathtub|bath|tub|garage|closet|basement|woods & thinking|think|thought|keep',
    'so ..2 {neg}|dont ..1 do ..1 anything|something ..1 stupid',
    // Probed in set z's voices (recall8): the last attempt and its means named.
    'last ..1 time ..2 i|she|he ..1 tried|attempted & pills|{pills}|{firearm}|{rope}|{blade}|overdose|od|jump|jumped|hanging',
    // Set ai (lead): an exit bag; a nurse's means (potassium pushed); pills stared at; going up high
    // 'to think'; on the floor after drinking.
    'exit ..1 bag|bags|hood',
    'push|pushing|pushed|inject|injecting ..3 potassium|kcl|propofol|fentanyl',
    'keep|kept ..1 looking|staring ..2 at ..2 pills|meds|organizer|bottle|{med_name}|gun|rope|knife',
    'roof|rooftop|bridge|overpass|cliff|ledge|deck|garage ..4 to ..1 think',
    'roof|rooftop|bridge|overpass|cliff|ledge|deck|garage ..4 clear ..1 my ..1 head|mind',
    'with ..2 a|the|my ..1 pill|pills ..1 bottle & parking|lot|car|bridge|sitting|staring|alone',
    // Read across sentences: means at home, then 'that's all I'll say'.
    'have|got|keep ..2 insulin|pills|meds|rope|{firearm}|{pills} ..3 home|here|house && thats ..1 all ..2 say',
    // Set ah (recall9): walking into a reservoir or a lake; a calibre thought about or kept loaded; rounds cleaned
    // and checked; driving at night with the headlights off or the eyes shut; a silo or a tower looked down from; a
    // combine, a tractor or an auger one hopes will catch one.
    'walk|walking|walked|wade|wading|waded ..1 into ..3 reservoir|lake|river|ocean|sea|pond|quarry|water & done|easy|back|take|end|over|gone|stop|thinking|think|thought|picture|picturing|sometimes|keep|let|sink|never|pockets|stones|rocks',
    'thinking|think|thought ..2 about ..2 my ..1 45|38|357|380|44 ..1 a|lot|alot|lately|again|more|too|every|all',
    'my|the ..1 45|38|357|380|44 ..2 loaded|holster|holstered|nightstand|pillow',
    'keep|kept|keeps ..2 it|one|him ..1 loaded & nightstand|drawer|bed|bedside|truck|car|pillow|under|night|thinking|near|handy|close',
    'loaded ..4 nightstand|bedside|pillow|glovebox|dresser',
    'cleaned|checked|counted|loaded|oiled|laid ..2 rounds|magazine|magazines|mags|clip|clips|ammo|shells & tonight|night|ready|door|bed|{firearm}|loaded|cleaned|oiled|enemy|again',
    'drive|drove|driving|drives ..6 headlights|lights ..1 off & night|dark|see|purpose|sometimes|road|highway|curves|just|fast',
    'drive|drove|driving|drives ..4 eyes ..1 closed|shut',
    'headlights ..1 off & drive|drove|driving|drives|road|highway|night',
    'with ..1 my|the ..1 lights ..1 off & drive|drove|driving|drives',
    'looking|looked|staring|stared|stare|look ..1 down & silo|silos|trestle|tower|elevator|quarry|platform|ledge|roof|rooftop|bridge|cliff|overpass|balcony',
    'top ..3 silo|silos|trestle & sat|sitting|sit|stood|standing|edge|night|nights|thinking|jump|looking|looked|down',
    '{wish} ..4 combine|tractor|auger|baler|thresher|bull ..4 jams|jam|rolls|roll|flips|tips|crushes|catches|catch',
    'wouldnt|{neg} ..1 mind ..3 auger|tractor|combine|bull|baler|thresher ..3 caught|catch|catches|rolled|rolls|crushed',
    'excuse ..2 to ..1 climb ..1 in|into & combine|auger|bin|silo|tractor|baler|machine|grain',
    // Set ak (lead): walking into water said as an intent; the drop at a quarry driven past; a scarf tied around a neck.
    '{intent}|will|ll ..3 walk|walking|swim|drive|driving ..1 into|in ..2 ocean|sea|lake|river|water|reservoir|quarry',
    // lead31: the water of a place, named as places are ("drive into the bayou"): a neutral class, since "Cedar Creek"
    // is an address.
    '{intent}|will|ll ..3 walk|walking|swim|drive|driving ..1 into|in ..2 {still_water}',
    // lead31 (Texas probes): fire or plant machinery walked or jumped into, thought about ("thinking about walking into
    // the flare stack area all shift").
    'walk|walking|walked|jump|jumping|step|stepping ..1 into|in ..3 fire|flames|flare|auger & thinking|thought|think|urge|tempted|want|wanted|wanna|easy',
    'drive|drove|driving|pulled ..3 past|over|by ..3 {height} & thinking|think|drop|sat|hour|stare|staring',
    'scarf|belt|cord|rope|{rope} ..3 tied|wrapped|around ..3 neck',
    // Set al (recall10): a gun named by its caliber, out or at hand beside a drink ("got the 30-30 out", "a bottle
    // and my .45"); pills eyed; a pond or river looked at long and hard; stopping at the top of a bridge, pictured.
    'got|get|getting|have|had|pulled|took|holding|cleaning|loaded ..2 the|my|his|her ..1 3030|30|45|38|357|380|9|40|44|12 ..2 out|gauge',
    'bottle|fifth|liquor|whiskey|beer|beers and|n|with my|the|a 3030|45|38|357|380|9mm',
    'my|the|his|her ..1 12|20 ..1 gauge & drunk|drinking|bottle|fifth|tonight|sitting|holding|alone|loaded|done',
    'eyeing|eying|eyed|eyein ..4 {pills}|{med_name}|bottle|bottles|stash|{firearm}|rope',
    'looking|staring|stared|looked ..1 at ..3 pond|lake|river|quarry|reservoir|dam & long|hard|lately|hours|night|nights|again',
    'thinking|think|thought|picture|picturing|pictured ..2 about|of ..1 stopping|pulling|parking|stopped ..4 top|middle|edge|side & bridge|skyway|overpass|dam|{height}',
    'pills|pill|tablets|capsules ..1 in ..1 hand|hands',
    // Probed in set ah's voices (recall9): one round sat with; a pond or a river deep enough; a grain bin a quick way.
    'one|single|last ..1 round|bullet|shell & sat|sitting|alone|chamber|chambered|loaded|saved|saving|kept|myself|range',
    'pond|lake|river|quarry|water|well|reservoir ..3 deep ..1 enough',
    'deep ..1 enough & pond|lake|river|quarry|well|reservoir|thinking|think|wonder|wondering',
    'a ..1 quick|easy|fast|painless|simple|clean ..1 way & bin|grain|silo|bridge|pond|river|lake|tracks|train|gun|rope|pills|garage|auger|combine',
    // Read across sentences (lead, probed by kind): means held, then 'tonight'.
    'have|saved|holding|stockpiled ..3 {pills}|{rope}|{firearm}|rope|gun|pills && tonight',
    // Probed in set al's voices (recall10): a gun's barrel in one's mouth or under one's chin.
    'sidearm|barrel|muzzle|{firearm} ..3 in|under|against|to ..1 my ..1 mouth|chin|head|temple',
    // A third probe in set ah's voices (recall9): heart pills doubled up on, caring little what happens; a stock tank
    // or the rafters that would do it; cattle dewormer or weed killer thought of as a drink.
    'doubling|doubled|double|tripling|tripled ..2 up ..2 on ..3 {pills}|{med_name}|heart|pressure|insulin|thinner & care|happens|purpose|whatever|matter',
    'would|could|will|d ..1 do ..1 it & stock|pond|barn|rafters|beam|bridge|river|lake|tracks|gun|rope|pills|silo|auger|garage|cliff|quarry|reservoir|shotgun|rifle',
    'dewormer|pesticide|herbicide|paraquat|insecticide|weedkiller & drink|drinking|drank|swallow|swallowing|thought|thinking|mixed|mix|taste',
    'weed ..1 killer & drink|drinking|drank|swallow|swallowing|thought|thinking|mixed|taste',
    // Set aq (lead, Spanish, 2026-12-05), in English: parked at a lookout, a cliff or a ledge.
    'parked|sitting|standing|sat ..3 at|on|by ..2 overlook|lookout|cliff|ledge|overpass',
    // Set ar (recall11): the top of a parking garage, not sure why one drove there.
    'top ..2 floor|level|deck|story ..3 parking|garage|structure|deck && (not sure why|dont know why|no idea why|idk why) ..3 here|came|drove|am|im',
    'plenty|enough|extra|lots ..3 (at home|on hand) && already ..1 have|got ..2 a|two|few|some ..1 full ..1 bottle|bottles|box|boxes',
    // The other way round (parity12, 2026-12-05): the means on the table, looked at.
    'looking|staring ..2 at ..2 them|it & pills|{pills}|{firearm}|gun|knife|rope|razor|blade',
    // Set au (recall12, 2026-12-05): sitting in a car in a closed garage (no engine named); an appliance and a bath.
    '{neg} ..1 want ..2 this|it|life ..1 anymore && oxy|opioids|opiates|{pills}|{med_name} ..6 still|left|leftover|saved|kept|stash|cabinet',
    'garage & car|truck|van|suv|engine|jeep & closed|shut|down|close & sat|sit|sitting|sits',
    'toaster|hairdryer|radio|dryer & tub|bath|bathtub|bathroom & think|thinking|thought|picture|picturing|drop|dropping|throw|throwing|brought|bring|took|sit|sat|sitting|plugged|mind|imagine|imagining',
    // Probed by kind (recall12, 2026-12-05): means looked at differently.
    'look|looking|looked|staring|stare ..1 at ..5 differently|different & pills|meds|patches|fentanyl|oxy|gun|pistol|rifle|rope|belt|knife|bridge|{med_name}|{pills}|{firearm}',
    // A fourth probe by kind (recall12, 2026-12-05): how high up one is, thought about at a window; dialysis stopped.
    'how ..1 high|far ..1 up|down & window|balcony|roof|ledge|floor & think|thinking|thought|stand|standing|stood',
    'stopped|quit|quitting ..2 my ..1 dialysis & {neg}|anymore|never|done|purpose|back',
    // Set ay (recall14, 2026-12-05): pills saved up instead of taken; a lot of pills thought about; someone else's
    // pills carried; more on hand 'for reasons'; sitting in the car with the pills; a plan written out in detail.
    'saving|saved|hoarding|stashing ..3 instead ..1 of ..1 taking && {pills}|{med_name}|refill|refills|dose|doses',
    'lot|lots|bunch|plenty ..2 of ..1 {pills} && thinking|think ..1 about ..1 them|it',
    'carrying|carry|walking|walked|keeping|keep ..5 brothers|sisters|moms|dads|mothers|fathers|grandmas|grandpas|roommates|wifes|husbands|partners ..1 {pills} ..3 pocket|purse|bag',
    'more ..2 on ..1 hand && for ..1 reasons',
    'car ..2 with|w ..1 the ..1 {pills}|gun|rope|{firearm}',
    'wrote|written|writing ..3 plan ..4 journal|diary|notebook && why|telling',
    // recall15, method words by family: a gas breathed, a car run in a closed garage, the cold or the water let take
    // one, a swim out with no way back.
    'inhale|inhaling|breathe|breathing|huff|huffing ..2 helium|nitrogen|argon',
    'run|running|idle|idling ..2 the|my ..1 car|engine|truck ..3 in ..2 the|my ..1 garage & tonight|want|wanna|going|gonna|thinking|plan|close|closed|door|shut|sit|sitting|stay|fall',
    'let ..1 the ..1 cold|snow|water|ocean|river|waves|sea|current|lake ..1 take ..1 me',
    'swim|swimming|walk|walking|wade|wading ..2 out|into ..5 cant|cannot|never|not|wont ..2 swim|come ..1 back',
    'swim|swimming|walk|walking|wade|wading ..2 out|into ..5 cant|cannot|never|not|wont ..2 make ..1 it ..1 back',
    // A veteran's and a rural worker's words (recall17): Russian roulette; a trigger pulled on an empty chamber or
    // at oneself; a truck rolled into a ditch or off a grade; an accident staged; trains let go by on a platform.
    'play|played|playing|plays ..1 russian ..1 roulette',
    'russian ..1 roulette & {firearm}|gun|chamber|revolver|bullet|round|trigger|myself',
    'pulled|pull|squeezed ..2 the ..1 trigger & empty|chamber|click|clicked|mouth|head|temple|myself|unloaded|loaded|safety',
    'roll|rolling|rolled|drive|driving|drove|run|running|put|putting|wreck|wrecking|crash|crashing|steer|steering ..3 truck|car|tractor|pickup ..3 into|off|in ..3 ditch|grade|tree|river|pole|embankment|cliff|canyon|ravine|wall|median|semi & purpose|thinking|think|keep|wish|want|wanna|plan|planning|thought|urge|tempted',
    'make|making ..2 it ..1 look ..1 like ..2 an|a ..2 accident',
    'let|watched|letting ..2 {number_word}|three|two|four|few|couple|some|one|2|3|4|5 ..2 go|pass ..1 by & train|trains|platform|tracks|station|subway',
    'let|watched|letting ..2 {number_word}|three|two|four|few|couple|some|one|2|3|4|5 ..2 go|pass ..1 by && train|trains|platform|tracks|subway',
    // A rifle named by its calibre beside where one sleeps or sits (recall17: "the 30-06 on the seat").
    '30 ..1 06 & seat|bed|truck|sleeping|sleep|slept|loaded|night|mouth|pillow|lap',
    'put|putting|stick|sticking|hold|holding|press|pressed ..3 45|38|357|9mm|barrel|muzzle|glock|revolver ..3 in|to|against ..1 my ..1 mouth|head|temple|chin',
    'accident ..3 look|looks|seem|seems ..1 natural|real|accidental|normal',
    // A fourth batch (recall17): sleep beside an engine left running, a garage with the truck on, the end of a pier.
    'sleep|asleep|sleeping ..6 engine|motor|car|truck ..1 running',
    'in ..2 the ..1 garage ..4 truck|car|engine|motor ..1 on|running',
    // lead27 (probes from rural practice): a truck running in a shop, a barn or a shed; a grain bin or a silo thought of
    // as quick; lying out where nobody would find one until spring.
    'sitting|sat|sit|asleep|sleeping|laying|lying ..4 truck|car|engine|motor ..3 running|on ..3 shop|barn|shed|garage|carport|quonset',
    '{think}|keep|thinking|bet ..4 grain|bin|silo|silos|bins|auger|tracks|train|bridge|rope|gun|rifle|pills|river|canal|overpass ..4 would|could|be|wouldnt ..2 quick|fast|easy|painless|simple',
    '(no one|nobody|noone) ..2 find|found ..1 me ..3 till|until|for|before ..2 spring|weeks|days|months|morning|later|thaw|dark',
    'im|standing|sitting|out ..3 end ..1 of ..1 the ..1 pier|jetty',
    // Set be (recall19, 2026-12-05): a child's medicine gone too soon ("her Zoloft bottle is almost empty and it was
    // filled 5 days ago, she says she lost them"); a car steered at a wall or the median on purpose.
    '{pills}|{med_name}|bottle|meds|pills|prescription ..4 almost|nearly|already|half|mostly ..1 empty|gone & filled|refilled|ago|lost|missing|dropped|week',
    'says|said|claims|claimed ..3 lost|dropped|spilled|misplaced ..1 them|it|the & pills|meds|bottle|{pills}|{med_name}',
    '(count is off|count was off|count s off|count is wrong) & pills|meds|{pills}|{med_name}|bottle',
    'drove|drive|driving|swerved|swerve|steered|steer|veered|veer|crashed|crash|aimed|go|going|went ..3 into|toward|towards ..2 the|a|that ..1 median|wall|tree|pole|barrier|guardrail|traffic|truck|semi|pillar|overpass|rail|railing|ditch|lane && purpose|purposely|deliberately|intentionally|meant',
    // Sets bg and bh (recall21, 2026-12-05): someone up a water tower, where nobody is for an ordinary reason; a
    // picture sent from the top of a garage, a bridge or a tower.
    'top ..1 of ..2 the|a ..1 water ..1 tower|towers',
    'on|up|climbed|climbing|from ..2 the|a ..1 water ..1 tower|towers',
    'picture|pic|photo|selfie|video|snap ..4 from ..1 the ..1 top ..1 of ..2 the|a ..1 parking|garage|building|bridge|roof|tower|overpass|cliff|dam',
    // A ligature tied to a fixture: a sheet, a belt or a cord tied to the ceiling fan, a beam or a rod.
    'tied|hung|attached|fastened|knotted ..4 sheet|sheets|bedsheet|belt|cord|cable|scarf|extension ..4 fan|beam|rod|rafter|rafters|pipe|railing|banister|hook',
    // lead29 (set cz): a knot or a rope tied up somewhere just to see, gone back to and looked at ("I tied a knot up in
    // the barn last week just to see if I could. Didn't use it. I keep going back out there to look at it").
    'tied|tying|tie|rigged|hung ..3 knot|noose|loop|rope|cord ..5 barn|rafter|rafters|beam|beams|tree|garage|attic|closet|ceiling|shed|loft|hayloft|stairwell|banister|basement & see|could|test|tested|testing|practice|just|didnt|use|weight|hold',
    'keep|kept|keeps ..2 going ..3 back ..4 look|looking|stare|staring ..2 at ..1 it|the ..1 rope|noose|knot|gun|pills|bridge|spot|edge',
    // A vehicle driven or let go off a mountain, a ridge or an edge, thought about (lead24: "some nights i think about
    // just letting the rig go off the mountain").
    'drive|driving|drove|steer|steering|run|running|put|putting|take|taking ..3 {traffic_thing}|car|truck|myself|it ..2 off|over ..2 the|a ..1 mountain|cliff|edge|embankment|ravine|canyon|overpass|bridge|ridge|gorge|side & think|thinking|thought|wish|want|wanna|just|sometimes|nights|urge|tempted|easy|imagine|picture|pictured',
    'let|letting ..3 {traffic_thing}|car|truck|it ..1 go|roll|drift|slide ..2 off|over ..2 the|a ..1 mountain|cliff|edge|embankment|ravine|canyon|ridge|gorge|side|road',
    // A firearm kept close, these days (lead24): a change in where the gun is, said without a reason.
    'keep|keeping|kept|carry|carrying|sleep|sleeping|have ..3 {firearm} ..3 close|closer|handy|nearby|near|reach|pillow|nightstand|loaded & lately|days|now|again|more|anymore|nights|since',
    // How much would be too much, asked with the reason withheld (lead24e: "what's the max dose of my trazodone? asking
    // for reasons").
    'max|maximum|lethal|fatal|deadly|too|overdose ..2 dose|amount|much|many|mg && (asking for reasons|for reasons|asking for a friend|no reason|dont ask|not saying why)',
    // Hours at a risk place, counted (lead24e: "ive been at the river since 4").
    'been|sitting|standing|parked ..3 at|on|by|under ..2 the ..1 river|bridge|lake|tracks|cliff|overpass|roof|dam|quarry|edge|ledge|pier ..3 since|for ..2 {number}|noon|midnight|dark|sunset|hours|hour',
    // lead33 (set dl): means set aside at work (patches pocketed, narcs kept) and called an exit; (set di) the pills still kept,
    // none taken "yet", an answer to a clinician's safety check; (dm) a thing going in the river "with me".
    'pocketing|pocketed|hoarding|hoarded|stockpiling|stockpiled|stashing|stashed ..3 leftover|extra|old|spare|the ..1 patches|pills|meds|fent|fentanyl|narcs|oxy|vials|morphine',
    'emergency|escape ..1 exit|hatch|button && patches|pills|meds|{pills}|{med_name}|fent|fentanyl|narcs|gun|rope|pocketing|saving|keeping|stashing',
    'still ..1 have|got ..2 the|my|them|those|all ..1 pills|meds|gun|rope|patches && havent|not|didnt ..2 taken|take|used|done ..2 any|them|it|anything',
    'going|goes|go ..1 in|into ..1 the ..1 river|lake|ocean|bay|water|sea ..2 with ..1 me',
    // lead33 (refit, set bw): pills bought for "later".
    '{pills}|tylenol|advil|ibuprofen|pills|meds|sleeping ..4 for ..1 later',
    // lead33 (dh): standing past a platform's yellow line, waiting for the right train.
    'past|over|beyond|across|behind|on ..2 the ..1 yellow ..1 line & standing|stand|stood|waiting|wait|lean|leaning|step|stepping|right|train|one',
    // lead34 (sets dq, ds): the means looked at again and again ("my grandma's oxy is still in the cabinet ... i keep going in
    // there and just looking at it"), counted ("found them. all of them ... just counting"), someone else's whole supply in
    // one's room; a bridge crossed every day and looked down from longer each time.
    'keep|kept|keeps ..3 looking|staring|checking|going ..2 at|in ..3 it|them|the|that ..1 bottle|pills|gun|rope|cabinet|drawer|safe|stash|oxy|belt',
    '(looking at it|staring at it|looking at them|staring at them|just looking at|keep looking at|sit and look at|sat looking at) && {possess}|the|my|his|her|moms|dads|grandmas|grandpas|those|these ..2 oxy|pills|{pills}|{med_name}|gun|{firearm}|rope|{rope}|bottle|belt|cabinet|stash|safe|blade|{blade}',
    'just|been|keep|here|sit|sat|still ..1 counting|counted && (all of them|all of it|found them|found it|found the|from my|from the|leftover|saved up|i saved|my stash|the bottle|all the ones|the ones from|the ones i|been saving|i kept|ive kept)',
    'counting|counted ..1 them|pills|it && (all of them|all of it|found them|found it|found the|from my|from the|leftover|saved up|i saved|my stash|the bottle|all the ones|the ones from|the ones i|been saving|i kept|ive kept)',
    'moms|dads|grandmas|grandpas|parents|sisters|brothers|roommates|husbands|wifes|nanas|papas ..3 {med_name}|{pills}|oxy|xanax|pills|meds|gun|pistol|{firearm} ..6 in ..1 my ..1 room|backpack|pocket|drawer|locker|closet|nightstand',
    'looking|look|looked|stare|staring|stared|leaning|lean|leaned ..1 down|over ..3 longer|each|every|again|min|mins|minutes|hour|while|long & bridge|gwb|ledge|edge|railing|rail|roof|rooftop|overpass|water|river|cliff|{height}',
    'stood|standing|stand|sat|sitting ..3 on|at|by|near ..2 the|a|that ..1 bridge|gwb|ledge|edge|railing|rail|roof|rooftop|overpass|cliff|{height} & min|mins|minutes|hour|hours|long|while|looking|down|water|night',
    // lead34 probes: the train that does not stop watched for ("every morning i check the train schedule for the express that
    // doesnt stop here"); a spot on the road where one could just not turn.
    'express|train|trains|freight|amtrak ..4 doesnt|dont|does|never|not|wont ..1 stop|slow & check|checking|checked|watch|watching|wait|waiting|stand|standing|edge|tracks|platform|every',
    'could|would|just ..2 not ..1 turn|brake|steer|swerve|slow & interstate|highway|road|curve|bridge|spot|tree|wall|overpass|barrier|guardrail|truck|semi|keep|thinking|thought',
    // lead34 (the refit's drops, read): walking into the lake told beside a session not wanted; a service pistol cleaned every
    // night and thought about.
    'going|gonna|was|planning|want ..2 to ..1 walk|swim|wade ..1 in|into|out && lake|river|ocean|water|sea|bay|pond|reservoir|creek',
    'cleaning|cleaned|clean|oiling|oiled|loading|loaded|holding|held ..3 {firearm}|45|38|9mm|pistol|rifle|revolver|glock|shotgun|gun && (thinking about it|every night|each night|again and again|keep thinking|more and more|cant stop thinking)',
    // lead37 (set dv): stopping again and again at a crossing or tracks and waiting; eyeing the semis, one little swerve;
    // (set dx) a beam in the shed measured.
    '(been stopping|keep stopping|kept stopping|started stopping|been going|keep going|kept going|started going|been parking|keep parking|kept parking|been driving to|keep driving to) ..4 crossing|tracks|trestle|ledge|edge|roof|rooftop|overpass|platform|cliff',
    'been|keep|kept|started ..1 stopping|going|parking|sitting ..2 there|here && (train crossing|railroad crossing|train tracks|railroad tracks|the tracks|the trestle|the ledge|the overpass|the platform|the cliff)',
    '(one little swerve|one small swerve|one quick swerve|one swerve|just one swerve|a little swerve|one jerk of the wheel|one turn of the wheel|one flick of the wheel|one twitch of the wheel|one little jerk) && semis|semi|trucks|truck|oncoming|pillar|pillars|overpass|guardrail|median|wall|tree|pole|bridge|thinking|think|easy|would|could|like|driving',
    'eyeing|eyed|eye|staring|stare|stared|watching ..3 the ..1 semis|semi|trucks|oncoming|pillars|pillar|overpass|guardrail|median|bridge ..6 swerve|swerving|jerk|drift|veer|wheel',
    'beam|beams|rafter|rafters|joist|joists|crossbeam ..6 (measured it|tested it|measured one|tested one|checked it|would hold|hold my weight|holds my weight|hold me|strong enough)',
    // lead37 (set ci, read by the word model alone until its refit): a plastic bag kept and called practice or rehearsal.
    '(plastic bag|plastic bags|bag over his head|bag over her head|bag over my head|bag over their head) && practicing|practice|rehearsing|rehearsal|rehearse|trying|tried|testing',
    // lead37 probes: a train's times clocked at a crossing or a bridge ("the train comes through at 2:10. ive timed it
    // three nights now").
    '(timed it|timed them|ive timed|i timed|been timing|been clocking|clocked it|know exactly when) && train|trains|tracks|crossing|trestle|subway|freight',
    // lead37 (set dz): a pull or an urge to step off a platform or an edge ("on the train platform with the stroller i get this
    // pull to step off").
    'pull|pulls|tug|draw|urge|urges|impulse ..3 to ..1 step|jump|walk|lean|fall|go ..1 off|out|over|in|forward & platform|tracks|train|edge|ledge|bridge|balcony|roof|subway|cliff|overpass',
    // lead37 (set dz): a large supply of a medicine wanted for reasons one will not say.
    '(reasons id rather not say|rather not say why|for reasons id rather not|dont ask why|for reasons lol|wont say why) && supply|refill|refills|pills|meds|extra|stock|stockpile|bottle|bottles|90',
    // lead38 (set ea): pain pills gathered from several stores, bottles counted out on a bed; a prescription hunted in several
    // pharmacies is a shortage, not means, so only over-the-counter painkillers and sleep aids are named.
    'different|several|multiple|few|many|{number_word}|{number} ..2 pharmacies|stores|drugstores|walgreens|cvs|places ..5 tylenol|acetaminophen|advil|ibuprofen|aspirin|aleve|benadryl|nyquil|unisom|painkillers|sleeping ..1 pills',
    'tylenol|acetaminophen|advil|ibuprofen|aspirin|aleve|benadryl|nyquil|unisom ..5 different|several|multiple|{number_word}|{number} ..2 pharmacies|stores|drugstores|places',
    '{number}|{number_word}|several|many|multiple|bunch|few ..1 bottles|boxes|packs ..3 on|in|under|beside|across|around ..2 my|the ..1 bed|desk|table|counter|nightstand|floor|lap && {pills}|{med_name}|pills|pharmacy|pharmacies|bought|collected|saving|stocking',
    '{number}|{number_word}|several|many|multiple ..1 bottles|boxes ..2 of ..1 tylenol|acetaminophen|advil|ibuprofen|aspirin|aleve|benadryl|nyquil|unisom|sleeping|{med_name}|{pills}',
    // lead38 (set ea): driving unbelted and fast, hoping to miss a turn or hit something.
    'hoping|hope|hoped|wishing|wish|wished|praying|prayed ..2 i|we|the|car|truck ..3 miss|missed|crash|crashed|wreck|wrecked|flip|flipped|hit|slide|spin|roll ..3 a|the ..1 turn|curve|tree|pole|wall|guardrail|ditch|semi|truck|bridge|median',
    'no|without|unbuckled|off ..2 seatbelt|seatbelts|belt & hoping|hope|care|caring|cared|point|faster|fast|90|100|wreck|crash|miss|whatever|speeding',
    // lead38 (admin38's probes): blowing one's head off or brains out (a sentence of a request may hold one unknown word, so
    // it reached the biller beside "shoot over the receipt"); pills had ready or counted.
    'blow|blowing|blew|blown ..1 my|his|her|their|me ..1 head|brains|brain ..1 off|out',
    'have|got|had ..2 the|my|all|them ..1 pills|{pills}|{med_name} ..1 ready|counted|lined|laid|sorted',
    // lead39 (set eh): medication held in the cheek or pocketed instead of taken (a store that staff do not see), and
    // a stash of it got.
    'cheek|cheeking|cheeked|pocketing|pocketed|palming|palmed ..3 my|his|her|the|their|all|night|morning ..2 meds|pills|{med_name}|{pills}|medication|medications|pill|dose|doses',
    'got|have|built|building|getting ..2 a ..1 good|nice|big|little|decent|whole ..1 stash|stockpile && meds|pills|{med_name}|{pills}|cheeking|hospital',
    // Set ej (lead40): medication stacked up over weeks, the community's word for stockpiling ("been stacking my
    // klonopin since sept").
    'stacking|stacked ..2 my|the|up|them|his|her|some|all|those|these ..1 {pills}|{med_name}|pills|meds|tabs|bars',
    // Read by the word model until the thirtieth round's refit (lead40, set ci): pills saved up to be done with it.
    'save|saving|saved|stockpile ..1 up ..1 my|her|his|their|the ..1 {pills}|{med_name}|pills|meds',
    // Read by the word model until the thirtieth round's refit (lead40, set dx): turning the wheel into a truck or
    // traffic.
    'turn|turning|jerk|jerking|swerve|swerving|yank|yanking|steer|steering ..2 the|my ..1 wheel ..3 into|toward|towards',
  ],
  es: [
    // Echarse al metro, al tren o desde un edificio (lead26b: "me voy a aventar al metro").
    'aventarme|tirarme|lanzarme|echarme ..3 metro|tren|puente|trafico|edificio|techo|vias|camion|balcon|piso|azotea',
    '(voy a|quiero|pienso|ganas de) ..1 aventar|tirar|lanzar|echar ..2 al|del|desde|frente ..2 metro|tren|puente|trafico|edificio|techo|vias|camion|balcon|piso|azotea',
    // El carro echado contra un muro, un árbol o un puente (la holdout cu, leída al final de la ronda, lead26: "cuando
    // manejo por la I-95 pienso en tirar el carro contra el muro").
    'tirar|estrellar|chocar|aventar|echar|estampar ..2 el|mi|la ..1 carro|coche|camioneta|troca|auto ..3 contra|al|en ..2 muro|pared|arbol|poste|puente|barda|camion',
    // Set cm (recall23, 2026-12-06): preguntar por un medio (pastillas vencidas, si todavía sirven) diciendo que no es
    // por nada bueno.
    '(no pregunto por nada bueno|no es por nada bueno|no pregunto por buena razon|no es por una buena razon|no es por buena razon|por malas razones|por una mala razon|no pregunten por que|no me pregunten por que|mejor no pregunten) && {pills}|{med_name}|frasco|frascos|receta|recetas ..4 vencidas|vencida|vencidos|vencido|caducadas|caducada|sirven|sirve|funcionan|viejas|viejos|cuantas|suficientes',
    '(no pregunto por nada bueno|no es por nada bueno|no pregunto por buena razon|no es por una buena razon|no es por buena razon|por malas razones|por una mala razon|no pregunten por que|no me pregunten por que|mejor no pregunten) && vencidas|vencida|vencidos|caducadas|caducada|viejas|cuantas|suficientes ..4 {pills}|{med_name}|frasco|frascos',
    '(no pregunto por nada bueno|no es por nada bueno|no pregunto por buena razon|no es por una buena razon|no es por buena razon|por malas razones|por una mala razon|no pregunten por que|no me pregunten por que|mejor no pregunten) && pistola|arma',
    // Sets ci, cj y ck (recall22, 2026-12-06): buscar en internet lo que uno no debería, o maneras, sin decir cuáles.
    'buscando|busque|busco|googleando|googlee ..4 cosas|formas|maneras ..3 que ..1 no ..1 deberia|debo|debería',
    'buscando|busque|busco|googleando|googlee ..2 formas|maneras ..2 de ..2 morir|irme|terminar|acabar|hacerlo',
    // Sets bw-cb en espanol (lead, 2026-12-06): pastillas encontradas en el cuarto de un hijo; pastillas juntadas; preguntar
    // donde se guardan; gasolina y fuego.
    'encontre ..3 bolsa|bolsita|monton|frasco ..3 pastillas|pildoras ..4 cuarto|mochila|bolsa|carro',
    'guardando|juntando|ahorrando ..2 mis|las ..1 pastillas|pildoras|medicinas',
    'pregunto|pregunta|preguntando ..2 donde ..2 guardo|tengo|escondo ..3 pastillas|pistola|armas|cuchillos',
    'gasolina && fuego|quemar|incendiar|quemarlo|quemarla',
    // Sets bw-cb (lead, 2026-12-06): cargada y se donde vive.
    'cargada|cargado|cargue && donde ..1 vive|trabaja|esta|estudia',
    // Set bt (lead): estrellar el carro contra algo en la carretera.
    'estrellarlo|estrellarme|estrellar|chocarlo|chocarme|chocar ..3 contra|en & pensado|pienso|quiero|ganas|carretera|algo|arbol|árbol|pared|poste',
    // Sets bo and bp in Spanish (lead): un frasco entero al lado de uno.
    'frasco|bote|caja ..1 entero|entera|lleno|llena|completo|completa ..2 de ..2 pastillas|{pills}|{med_name}|tylenol & noche|lista|listo|yo|nomas|nomás|solo|jaja|mirando|aqui|aquí',
    // Set bp (lead): una correa o un cinturón amarrado en el cuello.
    'correa|cinturon|cinturón|cuerda|soga|cable|mecate|cordon|cordón|agujeta|bufanda ..4 cuello',
    // Into oncoming traffic (lead, 2026-12-06, parity with "drifting into the oncoming lane").
    'meterme|aventarme|echarme|tirarme|cruzarme|estrellarme ..2 al|en|el|contra|a ..2 carril|contrario|trafico|trailer|camion|tren',
    '{pills} & guardad*|juntando|junte|escondid*|suficientes|cuantas|mortal|letal',
    'cuantas ..3 {pills} ..4 necesito|necesitaria|matar|morir',
    '{firearm} & usar*|tengo|tiene|pienso|conmigo|dispararme|cargada',
    '{blade} & comprar|compre|tengo|escond*|cortarme|pienso',
    '{rope} & colgarme|ahorcarme|compre|tengo',
    'colgarme|ahorcarme',
    '{height} & tirarme|aventarme|saltar|brincar|estoy|parad*|orilla',
    'estoy ..3 en ..2 el|la|las ..1 {height}|vias|tren',
    'tren|trenes|vias & cronometr*|midiendo',
    'tirarme|aventarme ..3 de|del|al|a|frente',
    'como ..2 matarme|morir*|suicid*',
    'metodo|forma|manera ..3 de ..2 morir*|matarme|suicid*',
    'bolsa ..3 cabeza',
    'estrellar|estrellarme|chocar|chocarme ..3 carro|coche|auto|camioneta ..3 contra',
    // As in English: out into traffic, the highest buildings looked for, means in front of one (recall5).
    'aventarme|tirarme|cruzarme|meterme ..3 carros|trafico|tráfico|camion|camión|tren',
    'edificio|edificios|puente ..2 mas|más ..1 alto|altos & buscando|busque|busqué|viendo|mirando',
    '{pills}|pastillas|pistola|cuchillo ..3 enfrente ..2 de ..1 mi',
    'guardando|guarde|guardé|juntando|junte|junté|ahorrando ..2 mis|las ..1 pastillas|medicinas|{pills}',
    // Set q (recall6), in Spanish: en el carro con el motor prendido en la cochera; una bolsa de plástico junto a la cama; que parezca un accidente.
    'motor|carro|coche ..3 prendido|encendido|andando|corriendo & cochera|garaje|garage|cerrad*|encerrad*',
    'bolsa ..2 plastico ..4 cama|almohada|cabeza',
    'parezca|pareciera|pase|parecer ..2 un ..1 accidente',
    // Set q's concepts in Spanish (recall6): meterse al mar; nadie sabría que fue a propósito; que parezca accidente.
    'meterme|caminar|entrar|meterse ..3 al|el ..1 mar|rio|lago|oceano & pense|pensando|pienso|ganas|seguir|quiero',
    'nadie ..3 sabria|sabra|sabrian ..3 a ..1 proposito',
    'parezca|pareciera|parecer ..2 accidente',
    // Set t: pills gathered and kept.
    'juntad*|junte|junté|juntando|ahorrad*|acumulad*|acumulando|escondid*|guardando ..4 pastillas|pildoras|píldoras|pastillitas',
    // Set u (recall7), in Spanish: qué fácil sería saltar; buscó cómo ahorcarse.
    'que|qué ..1 facil|fácil ..3 seria|sería ..3 saltar|aventarme|tirarme|dejarme|caer',
    'busco|buscó|busque|busqué|googleo|googleó ..4 como|cómo|cuanto|cuánto ..3 ahorcarse|morir|sobredosis|matarse|colgarse|ahorcar',
    // Set z (recall8): how much it would take; medicines or knives hidden by the family; how pretty it is up here.
    'cuanta|cuanto|cuantas|cuantos ..4 necesitaria|tomaria|haria ..2 falta & insulina|pastillas|medicinas|medicamentos|tylenol',
    'escondimos|escondi|quitamos|sacamos|encerramos ..3 pastillas|medicinas|medicamentos|cuchillos|pistola|armas|tylenol',
    'bonito|lindo|tranquilo|hermoso|bonita|linda|tranquila|hermosa ..4 aqui|aca ..1 arriba',
    // A third probe by kind (recall7), in Spanish: aventarse del carro, del puente.
    'me ..3 aventar|tirarme|aventarme|lanzarme ..1 del|desde ..2 carro|coche|auto|puente|techo|edificio|azotea|balcon|balcón',
    // Set ae: pills (or a knife or a gun) in one's hand.
    'pastillas|pildoras|píldoras|cuchillo|pistola|navaja|cuerda ..3 en ..1 la|mi|mis ..1 mano|manos',
    // Probed (recall8): the means in one's hand.
    'tengo|tiene ..3 pastillas|navaja|cuchillo|pistola|soga|cuerda|rastrillo ..3 en ..1 la|mi ..1 mano',
    // Set ah (recall9): driving at night with the lights off or the eyes shut.
    'manejo|manejar|maneje|manejando|manejaba ..6 luces ..1 apagadas & noche|proposito|ver|carretera|veces|oscuras',
    'manejo|manejar|maneje|manejando|manejaba ..4 ojos ..1 cerrados',
    // Set ak (lead): walking toward the river after a letter; a scarf tied around a child's neck.
    'caminando|camino|caminó|fue|iba|va ..3 hacia|al|para ..2 rio|río|mar|puente|lago|presa & carta|nota|busquemos|busquen|esposo|sola|solo',
    'bufanda|cinturon|cinturón|cuerda|soga|mecate|cable ..3 amarrad*|atad*|enrollad* ..3 cuello',
    'amarrad*|atad* ..3 al ..1 cuello',
    // Read across sentences (lead, probed by kind): means held, then 'esta noche'.
    'tengo|compre|compré|guarde|guardé ..3 {pills}|{rope}|{firearm}|pastillas|pistola && esta ..1 noche',
    // Set al (recall10): casi me tiro (me aviento) del balcón, del puente, por la ventana.
    'me ..1 tiro|tire|tiré|tirara|aviento|avente|aventé|aventara|lanzo|lance|lancé|tirar|aventar|lanzar ..1 del|desde|por ..2 balcon|puente|techo|azotea|edificio|ventana|barranco|precipicio',
    // Probed in set al's voices (recall10): echarse (tirarse, aventarse) a un río, un lago, un canal.
    'me ..3 echar|echo|eche|eché|echara ..2 al|a ..2 rio|río|lago|canal|presa|barranco',
    'echarme ..2 al|a ..2 rio|río|lago|canal|presa|barranco',
    // Set ao (lead, Spanish): the wheel turned into a post.
    'volante ..3 contra|hacia ..2 poste|pared|camion|camión|arbol|árbol|puente',
    // Set ap (lead, Spanish): the top floor of a parking structure; the dam or the river gone to at night; charcoal 'not
    // for the grill'; the car, the garage, the hose; the train's time known and gone to; pills kept in a jar, more saved up.
    'piso ..3 de ..1 hasta ..1 arriba & subir|subo|voy|estacionamiento|edificio|hospital',
    'ir|voy|vamos|fui ..3 a ..1 la|el|las ..1 presa|rio|río|puente|vias|vías & noche|sola|solo|papa|papá',
    'carbon|carbón & no ..2 es ..1 para',
    'manguera & carro|garage|garaje|escape|coche',
    'tren ..3 pasa & voy|hoy|ir|siempre',
    'guardando & pastillas|pastilla|bote|frasco',
    'asi|así ..1 junto ..1 mas|más',
    'ya ..1 tengo ..1 pensado ..2 para ..1 que|qué',
    'tren|trenes ..3 pasa|pasan && hoy ..2 voy|vamos',
    // Probed by kind (lead, 2026-12-05): throwing oneself into traffic; crashing the car on purpose.
    'me ..1 voy ..1 a ..1 aventar|tirar|echar ..3 trafico|tráfico|carretera|autopista|freeway|carros|camion|camión|trailer|tráiler',
    'estrellarme|estrellar ..4 carro|coche|troca|contra|poste|arbol|árbol|pared|muro|proposito|propósito',
    'manejar|manejando|maneje|manejé ..4 estrellarme',
    // Parity with English (parity12, 2026-12-05): how many pills it would take, asked in the conditional, looked up, or
    // "para morirse"; a belt or a rope around the neck; sitting on the edge of a parking structure; medicines stopped and
    // saved; jumped from a parking garage; walking into the sea with stones.
    'cuantas|cuantos|cuanta|cuanto ..5 (se necesitarian|se ocuparian|harian falta|se requeririan|tendria que tomar|tendria que tragar) & {pills}|{med_name}|pastillas|litio|insulina|tylenol|lamotrigin*|paracetamol',
    'cuantas|cuantos|cuanta|cuanto ..6 para ..1 morir|morirme|morirse|matarme|matarse|suicidarme|suicidarse',
    'busque|googlee|investigue|busco|busca|buscaba ..2 cuantas|cuantos|cuanta|cuanto ..4 se ..1 necesitarian|ocuparian|requeririan & {pills}|{med_name}|pastillas|litio|insulina|tylenol|lamotrigin*|paracetamol|trazodon*',
    'cinturon|cuerda|soga|cable|mecate|cinto|sabana|extension ..3 en|alrededor ..2 del|el|su|mi ..1 cuello',
    'puso|pone|ponia|amarro|amarra|puse|pongo|amarre ..2 un|una|el|la|mi|su ..1 cinturon|cuerda|soga|cable|mecate|cinto|sabana ..3 cuello',
    'sentad*|parad*|sentarme|pararme|siento|paro|subo|subiendo ..4 orilla|borde|cornisa|barandal & estacionamiento|techo|azotea|puente|edificio|saltar|brincar|aventarme|tirarme|caer',
    'deje|dejo ..2 de ..1 tomar ..3 medicinas|medicamentos|pastillas|{pills}|{med_name} & guardando|guardadas|guardados|guardo|junto|juntando|juntadas|acumulando|escondidas|ahorrando',
    'me ..1 tiro|tire|aviento|avente|lanzo|lance|tirara|aventara ..1 del|desde|por ..2 estacionamiento|parking|garage|garaje|cerro|acantilado|risco|viaducto',
    'seguir ..1 caminando ..4 hasta & mar|oceano|rio|lago|playa|olas|agua',
    'tengo|traigo|junte|juntando ..2 las|unas|mis ..1 piedras & mar|oceano|rio|lago|bolsillos|caminar|caminando|agua|playa',
    // Set aq (lead, Spanish, 2026-12-05): letting go of the wheel on a curve; parked at a lookout or cliff.
    'soltar|suelto|soltaba|solte|solté ..2 el ..1 volante & curva|pienso|pensado|pensando|ganas|tentado|tentada|puente|barranco|trailer|tráiler',
    'mirador|barranco|acantilado & estacionado|estacionada|parado|parada|sentado|sentada|aqui|aquí|hora|horas',
    // Probed by kind (lead, 2026-12-05, Spanish): means looked at and thought easy.
    'pastillas|pistola|cuchillo|soga|navaja|puente ..6 seria|sería|fuera ..1 facil|fácil|rapido|rápido',
    // Set ar (recall11): the top floor of a car park, not knowing why one came; pills wanted 'por si acaso' beside a full
    // box already at home.
    'ultimo|alto ..2 piso|nivel ..3 estacionamiento|parqueadero|parking|parqueo|garaje && (no se por que|no se porque|ni se por que|ni se porque) ..3 vine|maneje|estoy|llegue|aqui',
    'tener ..2 bastante|suficiente|suficientes|muchas|extra|hartas ..3 casa|guardad*|mano && ya ..1 tengo ..3 llena|lleno|llenas|llenos|monton|muchas|varias',
    // Parity, second round (parity12, 2026-12-05): sleeping or sitting with the gun, still loaded; pills taken out and
    // counted; means at hand and "why shouldn't I"; the truck off an overpass; how long it takes to drown or bleed out;
    // the top floor of a parking structure; pills set aside, waiting for the moment.
    '{firearm}|pistola|arma|1911 && (me siento con ella|me siento con el|duermo con ella|duermo con el|me quedo con ella)',
    'dormi|duermo|dormir|durmiendo ..4 con ..2 mi|la|el|una ..1 pistola|1911|{firearm}|arma|escopeta|rifle',
    'sigue|esta|anda|tengo ..2 cargada|cargado & 45|38|1911|fusca|escuadra|calibre|{firearm}',
    'cuento|contando|conte|contar ..3 pastillas|{pills}|{med_name}|oxicodona & (a cada rato|una y otra vez|todas las noches|lo saco|los saco|las saco)',
    'pastillas|medicinas|{pills}|{med_name}|pistola|botella|navaja|cuerda|{firearm} && (digame por que no deberia|dime por que no deberia|deme una razon|dame una razon|una razon para no|por que no deberia hacerlo)',
    'aventar|tirar|echar|lanzar|aventarme|tirarme|lanzarme ..4 desde|del|por ..3 paso|desnivel|puente|viaducto|barranco & troca|carro|coche|camioneta|camion',
    'aventar|tirar|lanzar|aventarme|tirarme|lanzarme ..2 del|desde ..2 muelle|malecon|acantilado|risco|cerro|barranco',
    'cuanto ..1 tarda|tardan|tardaria ..3 ahogarse|ahogarme|desangrarse|desangrarme|morir|morirse|morirme|asfixiarse|asfixiarme',
    'ultimo ..1 piso|nivel ..4 estacionamiento|edificio & (no para estacionarme|no para estacionar|pensando mucho|pienso mucho|he pensado mucho)',
    'aparte|separe|apartadas|separadas|guarde ..3 pastillas|medicinas|{pills}|{med_name} & momento',
    'tengo ..3 insulina|pastillas|pistola|cuerda|{firearm}|{pills} && (es todo lo que voy a decir|eso es todo lo que|no digo mas|nomas eso digo|es todo lo que dire)',
    'pastillas|{pills}|{med_name} ..3 cuento|contando|conte & (a cada rato|una y otra vez|todas las noches)',
    // Parity, regional words (parity12, 2026-12-05): a full bottle kept just in case; pills bought "para hacerlo"; only
    // the courage missing; the pills on the table, looked at.
    'frasco|bote ..1 lleno|llena & (por si acaso|por cualquier cosa|por si las dudas)',
    'compre|consegui|junte ..4 para ..1 hacerlo & {pills}|{med_name}|pastillas|pistola|soga|cuerda|{firearm}|{rope}|cajas|veneno',
    '(falta el valor|me falta el valor|nomas falta el valor|solo falta el valor|me faltan huevos|me falta valor)',
    'las|los ..1 estoy ..1 mirando|viendo & pastillas|pistola|cuchillo|navaja|{pills}|{firearm}|cuerda|soga',
    // Probed by kind (recall11, 2026-12-05): throwing oneself from a floor ('me voy a lanzar del piso 10'); driving fast
    // wanting to crash; looking up how to do it without pain.
    'me ..1 voy|quiero ..1 a ..1 lanzar|tirar|aventar|botar ..2 del|de|desde ..2 piso|edificio|balcon|ventana|techo|azotea|puente|quinto|decimo',
    'me ..1 quiero ..1 lanzar ..2 del|de|desde ..2 piso|edificio|balcon|ventana|techo|azotea|puente',
    'queriendo|quise|queria|ganas ..2 chocar|estrellarme|matarme ..3 carro|coche|camion|rapido|manejando|maneje|poste|pared',
    'maneje|manejando|manejaba ..4 queriendo|ganas ..2 chocar|estrellarme|matarme',
    'forma|manera|como ..2 morir|matarme|irme|acabar ..2 sin ..1 dolor|sufrir|sufrimiento',
    'buscando|busque|busco|internet|google ..4 como ..1 hacerlo ..2 sin ..1 dolor|sufrir',
    // Probed by kind (recall11, 2026-12-05): medicine not taken but kept ('la estoy guardando'); the doses skipped last
    // month kept; what happens if someone takes the whole box.
    'la|las|lo|los ..1 estoy|he|ando|vengo|voy ..1 guardando|juntando|ahorrando|acumulando & {neg} ..2 tomado|tome|tomo|tomando',
    'acumulando|ahorrando ..3 pastillas|medicina|medicinas|{pills}|{med_name}',
    'pastillas|{pills}|dosis ..3 que ..1 {neg} ..1 me ..1 tome|he & tengo|guardo|guardadas|guardados|todas|junte',
    'que ..1 pasa ..2 si ..3 toma|tomo|tomara|traga|tragara|tomaba ..4 caja|frasco|bote|blister|cajas|frascos',
    // Found by admines10, read by the lead (2026-12-05): wanting to throw oneself from a floor, a roof, a balcony or a window.
    'me ..1 quiero|voy|dan ..2 aventar|tirar|lanzar|arrojar & piso|puente|edificio|techo|azotea|balcon|balcón|ventana|barranco',
    // Probed by construction (recall16, third batch): enough of them to do it.
    'suficientes|suficiente ..3 para|pa ..1 hacerlo|morir|morirme|matarme|acabar',
    // Probed by construction (recall18, 2026-12-05): how many of a medicine would be too many, or enough not to wake
    // ('mortal' and 'mortales' are left out: as table words they moved an administrative message of an unseen set off
    // the staff route);
    // staring at the pills for a while; unsure whether to come in or go far, with the means at hand.
    'cuantas|cuantos ..4 serian|seria ..1 muchas|muchos|demasiadas|demasiados|letal|letales|suficientes & {pills}|{med_name}|frasco',
    'cuantas|cuantos ..6 para ..1 no ..1 despertar|amanecer|despertarme',
    'viendolo|mirandolo|viendolas|mirandolas|viendo|mirando ..4 hace ..1 un ..1 rato|horas && pastillero|frasco|frascos|{pills}',
    '(no se si entrar|irme lejos|no se si bajarme) && {pills}|frasco|pistola|arma|{blade}',
    // Spanglish: how many of a medicine "it would take".
    'cuantas|cuantos ..4 it ..1 would ..1 take',
    // Set be (recall19, 2026-12-05): el frasco de un hijo casi vacío demasiado pronto; el carro contra un muro a propósito.
    'frasco|pastillas|medicina|medicinas ..4 casi|medio ..1 vacio|vacia|vacias|acabado|acabadas & surtieron|surti|hace|perdieron|perdio|dias|semana',
    'estrello|estrelle|estrellarme|choco|choque|chocar|meterme|aventarme ..3 contra|al|en ..2 el|la|un|una ..1 muro|pared|arbol|poste|camion|trailer|barda|puente|carril && proposito|queria|adrede',
    // Sets bg y bh (recall21): arriba del tanque o la torre de agua; una sábana, un cinturón o un cable amarrado al
    // abanico, a una viga o al tubo del clóset.
    'arriba|encima|trepada|trepado|trepo|subio|subida|subido ..3 tanque|torre ..2 de ..1 agua',
    // lead27: arriba de un silo; un accidente que nadie cuestionaría.
    'arriba|encima|trepada|trepado|trepe|subi|subida|subido ..3 silo|silos|elevador|presa|puente|barranco & ahorita|ahora|pensando|solo|sola|orilla|saltar|aventarme|tirarme|aqui',
    'nadie ..4 pensaria|sospecharia|dudaria|preguntaria|sabria ..4 accidente',
    'amarre|amarro|amarrada|amarrado|ate|atada|atado|colgue|colgada|colgado ..4 sabana|sabanas|cinturon|cable|cuerda|corbata|bufanda|cordon ..4 abanico|avanico|ventilador|viga|tubo|barandal|closet|gancho',
    // lead33 (set dm): en una escalera o un lugar con un cinturón, una soga o un cable.
    'estoy|estaba|ando|sigo ..6 con ..1 un|una|mi|el|la ..1 cinturon|soga|cuerda|lazo|cable|extension',
    // lead34 (set dq): las pastillas de otro, contadas ("estuve contando las pastillas de la presion de mi papa").
    'contando|conte|conté|contaba|contar|conto|contó ..2 las|mis|sus|unas|todas|los ..2 pastillas|pildoras|píldoras|tabletas|pastis|medicinas & papa|mama|abuela|abuelo|esposo|esposa|todas|guardadas|guardado|guarde|guardé|junte|junté|juntado|ahorradas|suficientes',
    'contando|conte|conté|contaba|contar|conto|contó ..2 las|mis|sus|unas|todas|los ..2 pastillas|pildoras|píldoras|tabletas|pastis|medicinas && (no se por que|no se para que|no sé por qué|no sé para qué|nomas para saber|solo para saber)',
    // lead37 (set dw): a third person who must throw herself from a balcony, a window or a railing; standing on the
    // railing of a high floor.
    'tirarse|aventarse|lanzarse|echarse|arrojarse ..3 del|de|desde|por ..2 balcon|balcón|ventana|baranda|barandal|barandilla|cornisa|techo|azotea|puente|edificio|piso',
    'parad*|paro|paró|subio|subió|subida|trepada|trepo|trepó ..3 baranda|barandal|barandilla|cornisa && piso|balcon|balcón|edificio|azotea|puente|tirarse|aventarse|saltar',
    // lead37 (set da, read by the word model alone until its refit): the car driven under a truck or a trailer.
    'meterme|meter|estrellarme|estrellar|aventarme|echarme|clavarme ..4 debajo|abajo ..3 camion|camión|trailer|tráiler|tren|troca|pipa',
    // lead38 (probes de admin38): las pastillas ya listas o contadas, dicho por quien las tiene ("ya tengo las pastillas
    // listas"); las que la farmacia tiene listas para recoger son otra cosa.
    'tengo|tenia|junte|guarde ..2 las|mis|todas ..1 pastillas|pildoras|{pills}|{med_name} ..1 listas|preparadas|contadas|juntas|guardadas',
    // Probado por tipo (lead40), paridad con 'im at the top level of the parking garage': estar arriba de un
    // edificio, un estacionamiento o un puente, ahora.
    'estoy|estamos|sentado|sentada|parado|parada ..3 arriba|encima|techo|azotea|ultimo ..4 edificio|estacionamiento|puente|garage|garaje|torre|hospital|hotel',
    'arriba|encima|azotea|techo ..2 del|de ..1 la|el ..1 edificio|estacionamiento|garaje|garage|puente|torre & estoy|aqui|sentado|sentada|parado|parada|solo|sola|orilla|saltar|brincar|aventarme|tirarme|hacer',
  ],
};

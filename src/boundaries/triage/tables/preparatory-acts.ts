import type { TriageTable } from '../triage-category.js';

/**
 * Preparatory acts: putting affairs in order, giving away pets and belongings, goodbye notes, letters, videos
 * or posts, settling debts or a will (the C-SSRS screener's question on preparatory behaviour; warning signs
 * crisis lines list). [sources: c-ssrs-screener, samhsa-tip-50]
 */
export const PREPARATORY_ACTS: TriageTable = {
  label: 'preparatory_acts',
  en: [
    // lead41 (the refit's drops, read): a therapist thanked in the past tense beside a pet given away or a home cleaned
    // ("I gave Pepper to my neighbor and got the apartment all cleaned up ... tell Sam she was the best therapist").
    'was|were ..1 the ..1 best ..1 therapist|counselor|counsellor|doctor|psychiatrist|person ..3 ever|had && gave|given|giving|cleaned|lighter|goodbye|goodbyes|rehomed|neighbor|neighbour',
    // lead32 probes (preparations put in the desk's words): nothing needed any more "or anything really"; a bill sent to
    // one's estate; a title or house keys left with nothing more needed; records a relative will "need after".
    'wont|{neg} ..2 need|needing|using ..5 anymore && or ..1 anything ..1 really',
    'send|bill|forward|mail|charge ..3 to ..1 my ..1 estate',
    '(car title|truck title|house keys|the deed|my will) && (wont need|will not need|dont need|no longer need)',
    '(need them after|need it after|need these after|need everything after) && sister|brother|mom|dad|wife|husband|kids|family|son|daughter',
    // lead27 (a crisis only the word model had read, dropped by the refit on 79 sets): making sure someone knows where
    // one's advance directive, will or policy is ("sorry for the dramatic email earlier, I'm fine. I just want to make
    // sure you know where my advance directive is").
    'know|knows|find|finds ..2 where ..3 advance ..1 directive|directives|will|papers|policy|passwords|documents',
    'know|knows|find|finds ..2 where ..3 my|the ..1 will|papers|passwords|policy|life',
    // In intensive care or a hospital after what one did or tried (lead26: "need to move my session, i'm in the ICU after
    // what i did on saturday" reached scheduling); someone held in a psychiatric unit after they tried.
    'icu|hospital|er|ward|admitted|hospitalized|inpatient|psych|stitches|stomach|intensive & (what i did|what i tried|i tried to|the thing i did|what i took|what i swallowed|after i tried|what she did|what he did)',
    'after ..2 she|he|they|i ..1 tried & hold|hospital|ward|er|icu|psych|admitted|hospitalized|inpatient|ambulance|stitches',
    'psych|psychiatric|involuntary|72 ..1 hold|hour ..1 hold',
    // Letters not meant to be found until after (lead26: "my mom found my letters. i didnt want her to find them until
    // after").
    '{neg}|didnt|wasnt ..3 find|read|see|open ..2 them|it|this|those ..2 until|till|til ..1 after & want|wanted|meant|supposed|letters|letter',
    'found|read|saw|opened ..2 my ..1 letters|notes|letter|note && until|till|til ..1 after',
    // A letter written to everybody (set cd, kept on call after the word model's refit on 76 sets, lead26: "I wrote
    // everybody a letter tonight. Yours is in the mail").
    'wrote|written|writing|write ..2 everybody|everyone|each ..2 a ..1 letter|letters|note|notes',
    // Money or things handed to family, who will handle them "from now on" (lead26: "please make sure my deposit goes to
    // my daughter, she'll handle things from now on" reached staff); one's things or affairs handled by others.
    'goes|go|going|give|send|sent ..2 to ..1 my ..1 {family}|daughter|son|kids|sister|brother|mom|dad|parents & handle|handling|manage|managing|deal|dealing ..3 from ..1 now ..1 on',
    'handle|handling|manage|managing|deal|dealing ..3 my ..1 stuff|things|affairs|belongings ..2 from ..1 now ..1 on|after',
    // Going away for a long time, with everything cancelled or a goodbye (lead26: "i'm going away for a long time,
    // cancel everything please" reached scheduling).
    'going|go|be|gone ..1 away ..2 for ..1 a ..2 long ..1 time|while & cancel|everything|bye|goodbye|sorry|thank|thanks|forever|all',
    // A pet to be taken for good (lead26: "i need someone to take my dog this weekend, permanently").
    'take|keep|adopt|have|watch ..3 {pet}|dog|cat|dogs|cats ..4 permanently|forever|good',
    // The practice told to call family, who "will need to know", if one does not show (lead26).
    'll|will|should|would|shell|hell|theyll ..1 need|needs ..1 to ..1 know & if ..2 i|im ..3 {neg}|dont|not ..1 show|make|come|here|around|alive|answer|at|there',
    'll|will|should|would|shell|hell|theyll ..1 need|needs ..1 to ..1 know && if ..2 i|im ..3 {neg}|dont|not ..1 show|make|come|here|around|alive|answer|at|there',
    // Where one is, a hotel or a motel room, "in case anyone needs to find me" (lead26).
    'in ..1 case ..3 anyone|someone|anybody|you|somebody ..2 needs|need|has|have|wants ..2 to ..1 find ..1 me & hotel|motel|room|bridge|park|car|woods|lake|river|address|garage|roof',
    // Not to be called if one misses the appointment (lead26: "if i'm not at my appointment thursday don't bother calling").
    'dont|{neg} ..1 bother ..2 calling|looking|texting|checking|coming & if|when ..2 im|i ..2 not|{neg}|miss ..4 appointment|appt|session|there|here|around',
    // Sorry for wasting the therapist's time, and not her fault (lead26: "please tell my therapist i'm sorry for wasting her
    // time and that it's not her fault").
    'sorry ..2 for ..1 wasting ..2 your|her|his|their|everyones ..1 time & fault|tried|trying|everything|bye|goodbye|tell',
    'tell|let ..4 (not her fault|not his fault|not their fault|not your fault|wasnt her fault|wasnt his fault|nobodys fault|no ones fault)',
    // "This is it", then goodbye to everyone (lead26: "ok well this is it i guess. bye everyone").
    'this ..1 is ..1 it && bye|goodbye ..1 everyone|everybody|all|yall|guys|world',
    // lead31 (set db): a parking structure sat in, family not to be called ("parking ramp downtown 6th floor. just
    // sitting here. dont call my mom").
    '(parking ramp|parking garage|parking deck|parking structure|top floor|top level) && (dont|do not|please dont|pls dont) call|tell|text my|her|his mom|dad|mother|father|parents|family|wife|husband',
    'bye|goodbye ..1 everyone|everybody|world|yall & this|forever|sorry|love|done|guess',
    // A set kept outside the project, read at the round's end (lead22, 2026-12-06): a decision told so that the
    // clinician will not think it was their fault ("so i've decided ... so you don't think it was your fault").
    '{neg}|wasnt ..3 your|yalls ..1 fault && (ive decided|i have decided|i decided|made up my mind|made my decision|my mind is made up|im at peace)',
    'did|done ..1 everything ..2 right|could && (ive decided|i have decided|i decided|made up my mind|made my decision|my mind is made up|im at peace)',
    '(dont blame yourself|do not blame yourself|dont blame yourselves|not on you) && (ive decided|i have decided|i decided|made up my mind|made my decision|my mind is made up|im at peace)',
    // Set cm (recall23, 2026-12-06): where one is, told so that somebody knows, beside everything one needs brought or a
    // word of farewell; everything one needs brought to a motel, a quarry, a bridge or the barn.
    'wanted|want|needed|need|just ..1 somebody|someone|anybody|anyone ..1 to ..1 know && (everything i need|everything i needed|everything ill need|all i need|all i needed|everything i brought|brought everything|packed everything|goodbye|bye|sorry|love you|by myself|nobody|no one|pills|gun|note|last)',
    'somebody|someone|anybody|anyone ..3 know ..1 where ..1 i|im|id|ill && (everything i need|everything i needed|everything ill need|all i need|all i needed|everything i brought|brought everything|packed everything|goodbye|sorry|love you|by myself|pills|gun|note)',
    'brought|packed|got|have|took|bringing ..1 everything|all ..1 i ..1 need|needed|ll && quarry|bridge|overpass|woods|silo|dam|overlook|cliff|trailhead|reservoir|railroad|tracks',
    'somebody|someone|anybody|anyone ..1 to ..1 know ..1 where ..1 i|im|id|ill|my && motel|quarry|bridge|overpass|woods|barn|silo|lake|river|dam|overlook|cliff|trailhead|campground|reservoir & by ..1 myself|alone|tonight|everything',
    // Sets ci, cj and ck (recall22, 2026-12-06): a goodbye post or a last video (someone's, "pov: last video", or
    // one's own, "last post energy"); a goodbye with thanks for who the reader was; the note written, beside not being
    // ok; records or answers arranged "for after", an after with nothing named.
    'pov ..2 last ..1 video|post|tiktok|day|night|text|message|snap|story',
    'last ..1 post|video|tiktok|story|snap ..1 energy|vibes|vibe',
    'last ..1 video|post|tiktok|story|snap && cant|cannot|couldnt ..1 find|reach ..1 her|him|them',
    'last ..1 video|post|tiktok|story|snap && (deleted it|took it down|is missing|went missing|gone missing)',
    'say|saying|said ..1 bye|goodbye|goodbyes && thank|thanks|thx|ty|thanku ..3 for ..1 being ..3 one|only|person|adult|there|always|who|best|realest|kind',
    'written|wrote|finished|writing ..1 the|a ..1 note|letter && not ..1 ok|okay|fine|doing|good|safe|well',
    '(like for after|just for after|for afterwards|for after im gone|for when im gone|for when i am gone) && records|release|questions|answers|letter|explain|understand|know|sign|why',
    'answers|explanations ..3 arent|not ..1 from ..1 me',
    // The holdout ca, read at the round's end (lead, 2026-12-06): a house left to someone that one won't be needing; sorry
    // that it was not the therapist's fault, beside how hard she tried.
    'can ..1 have ..2 the|my ..1 house|car|dog|cat|guitar|stuff|things|truck|apartment && wont|{neg} ..2 needing|need',
    'sorry ..4 wasnt|{neg}|not ..2 her|his|your|their ..1 fault && tried|trying|best|hard',
    // Sets bw-cb (lead, 2026-12-06): everything said that one needed to say; the only one who ever believed one beside not
    // needing the next visit; a door left unlocked so nobody has to break it; a will written beside a note; the only
    // thing keeping one going about to end; belongings given away beside thanks for everything; a list of people to say
    // sorry to; things left for later in a bunch of pills.
    'said|told ..3 everything ..3 need|needed|wanted|had ..2 to ..1 say|tell && goodbye|bye|anymore|sure|care|keep|keeps',
    'said|told ..3 everything ..3 need|needed|wanted|had ..2 to ..1 say|tell && not|{neg}|wont ..3 be ..1 around|here',
    'the ..1 only ..1 one|doctor|person|therapist|people ..1 who|that ..3 ever|believed|cared|listened|tried && wont|{neg} ..1 need|needing|be',
    'unlocked ..6 nobody|{neg}|no|wont|doesnt|dont ..3 break|kick|force',
    'my ..1 will ..3 and ..2 a|my ..1 note|letter|letters',
    'only ..1 thing|reason ..3 keeping ..1 me ..1 going|alive|here && planned|plan|weeks|gone|dies|dying|die|accordingly',
    'gave|given|giving ..1 away ..5 headphones|hoodie|hoodies|sneakers|console|ps5|xbox|switch|skateboard|games|clothes|jewelry|stuff && thanks|thank|bye|goodbye|down|worried|love',
    'list ..3 people ..4 say ..1 sorry|goodbye|bye|thank',
    // Set bu (lead, 2026-12-06): not making it to Friday beside thanks for trying or love to one's family.
    'wont|{neg} ..1 make ..1 it ..2 to|till|until|through|past ..1 {weekday}|friday|tomorrow|morning|christmas|weekend|monday && thank|thanks|love|bye|goodbye|sorry|trying',
    // Set bv (lead, 2026-12-06): bye said through someone beside thanks for trying; a last video that says love you.
    'tell ..5 bye|goodbye && thank|thanks|thx|tried|everything',
    'you ..1 actually|really|truly ..1 tried & thanks|thank|everything|bye',
    'last ..1 video|post|message|text|snap|story|tiktok ..3 love|bye|goodbye|sorry|luv',
    // Sets bs and bt (lead, 2026-12-06): someone chosen to be the one to find one (an emergency contact changed "to someone
    // who'll be okay being the one to find me" reached staff as paperwork); a note written and left on the table; a sealed
    // envelope addressed to a wife in a locker; the pension no longer needed; tell my wife she wins, tell my kids.
    'be|being ..1 the ..1 one|person ..1 to|who ..1 find|finds ..1 me|him|her',
    // A set kept outside the project, one message read (lead22, 2026-12-06): who the practice calls at a time named only
    // by a veiled end ("the one you call when the time comes", "once I'm gone", "when it happens"), or an emergency
    // contact set for that time. "In case anything happens while I'm at a session" names no such time and stays a form.
    'call|calls|calling|contact|contacts|notify|notifies|tell|phone|text|reach|gets ..6 (when the time comes|once the time comes|when my time comes|when it happens|once it happens|when im gone|once im gone|after im gone|when i go|once i go|when im not here|when im no longer here)',
    'emergency ..1 contact|contacts && (when the time comes|once the time comes|when my time comes|when im gone|once im gone|after im gone|when im not here|when im no longer here|once im not here)',
    // Someone else left in charge at that time: "when the time comes he knows what to do" (the writer doing a thing
    // "when the time comes" is ordinary: "I'll deal with the deductible when the time comes").
    '(when the time comes|once the time comes|when my time comes) & he|she|they|him|her|them|hes|shes|theyll|hell|shell ..3 know|knows|handle|handles|take|takes|deal|deals|decide|decides|gets|sign|signs|charge',
    // A balance or affairs settled before that time: "I want it paid off before the time comes".
    'paid|pay|paying|settled|settle|cleared|squared|covered|care|order|sorted|handled ..4 (before the time comes|before my time comes|before my time is up|before im gone|before i am gone)',
    'wrote|written ..1 a ..1 note|letter && didnt|{neg}|anything|table|kitchen|still|bed|pillow',
    'envelope|letter|note ..4 addressed ..2 to ..2 his|her|my ..1 wife|husband|family|kids|mom|parents|children && {neg}|not ..1 picking|answering|returning|seen|found|home',
    'wont|{neg} ..2 be ..1 needing|need ..2 the|my|a|his|her ..1 pension|retirement|401k|savings',
    'tell ..2 my|his|her ..1 wife|husband|ex ..1 she|he|they ..1 wins|won',
    'make|making ..1 it ..2 easy ..2 on|for ..1 her|him|them|everyone|everybody & gonna|going|will|wins|soon|real',
    'im done && tell ..1 my ..1 kids|children|wife|husband|family|mom|dad|son|daughter',
    'i ..1 am ..1 done && tell ..1 my ..1 kids|children|wife|husband|family|mom|dad|son|daughter',
    // Sets bq and br (lead, 2026-12-06): a note that says sorry to a parent; auto-refills cancelled beside a balance paid or
    // an account deleted; not to be talked out of anything, or blindsided; one's affairs handled by someone from now on.
    'note|letter ..5 sorry|forgive|goodbye|bye ..2 mom|dad|mum|mama|everyone|everybody',
    'cancel*|canceled|cancelled ..3 auto|refills|refill|autorefills & deleted|paid|balance|affairs|facebook|accounts',
    '{neg}|not ..2 looking|want|wanting ..2 to ..1 be ..1 talked ..1 out ..1 of',
    'blindsided|surprised|shocked ..2 when|once ..2 you|they ..1 hear|find',
    'handling|handle|manage|managing|take ..2 my|his|her ..1 affairs & going|forward|now|decision|calm|from',
    'made ..1 my ..1 decision & calm|peace|affairs|warning|goodbye|relief|relieved',
    'supposed ..2 to ..1 be ..1 a ..1 warning ..1 sign',
    // No further call, text or email from one, or this one the last (lead, 2026-12-06: "you will not get another call
    // from me" and "this is my last email to you" reached staff as desk talk about calls and emails).
    '{neg}|wont|never ..3 get|receive|hear|be ..2 another|any|more ..2 call|calls|text|texts|message|messages|email|emails|letter|letters ..2 from ..1 me',
    'this ..1 is|will|be ..2 my ..1 last ..1 email|message|text|letter|call|note',
    // Set bo (lead, 2026-12-06): one's things left to someone "if im gone tmrw"; take care of the others for me.
    'if|when ..1 im|i ..2 gone|dead ..6 my|all ..4 goes|go|get|gets|belongs|belong ..1 to',
    'if|when ..1 im|i ..2 not ..1 here|around ..6 my|all ..4 goes|go|get|gets|belongs|belong ..1 to',
    'take ..1 care ..1 of ..2 everyone|everybody|others ..1 else|for & thank|thanks|thx|bye|goodbye|everything|sorry|love',
    // Set bp (lead): the last call, text or message anyone will get from one.
    'last ..1 call|text|message|time|letter|email ..4 youll|you ..2 get|hear|see|receive ..2 from ..1 me',
    // Thanks for everything and no longer needing one's appointments or refills, no reason given (lead, 2026-12-06:
    // three unseen sets' writers told it so, "Please cancel my Tuesday appointment, I won't be needing it anymore.
    // Thank you for everything you've done."). A reason given (moving, a new therapist) is an ordinary sense.
    'wont|{neg} ..3 need|needing ..3 it|them|appointment|appointments|appt|appts|spot|slot|sessions|refills|refill|meds|anymore && thank|thanks|thx|ty|thankyou ..4 for ..1 everything',
    'wont|{neg} ..3 need|needing ..3 it|them|appointment|appointments|appt|appts|spot|slot|sessions|refills|refill|meds|anymore && you ..1 were|was ..2 the ..1 best',
    'cancel|stop ..3 refill|refills|meds|prescription|prescriptions|medication|medications ..5 wont|{neg} ..2 need|needing|using ..2 them|it|anymore',
    // A goodbye said to everyone, "a real bye".
    'real ..1 bye|goodbye|goodbyes & said|saying|say|posted|sent|like|tonight|everyone|everybody',
    'said|saying|posted|sent ..2 bye|goodbye|goodbyes ..2 to ..1 everyone|everybody|all ..5 (tonight|forever|for good|for real)',
    // Admin15: something left to someone in one's will, run on after a request ("the rest goes in my will").
    'goes|go|going|put|putting|leave|leaving|left ..2 in|into|to ..1 my ..1 will',
    'wrote|written|writing|left ..2 letter|letters|notes|note ..2 for|to ..2 {family}|{child}|{partner}|everyone|each',
    'wont|{neg} ..2 be ..1 a ..1 burden ..4 anymore|any|longer|again',
    'goodbye|goodbyes|farewell|suicide|final ..2 note|notes|letter|letters|video|videos|message|messages|post|posts|text|texts',
    'wrote|written|writing|recorded|recording|posted|posting|left|leaving|said|saying|say ..4 goodbye|goodbyes|farewell',
    'giv*|gave ..1 away ..3 my|all|stuff|things|everything|{belongings}|{pet}',
    'giv*|gave ..3 {belongings}|{pet} ..1 away',
    'gave|giving|rehom*|found ..3 {pet} ..4 to|home|away',
    'rehom* ..2 my|our ..1 {pet}',
    'wrote|written|writing ..2 letter|letters|notes ..3 to ..2 {family}|{child}|{partner}|everyone',
    'affairs|everything|things|stuff ..2 in ..1 order',
    // lead27 (probes): everything deleted, said beside being done or a goodbye ("i'm so done. like done done. deleting
    // everything tonight"); not a phone cleared for space.
    'deleting|deleted|delete|wiping|wiped ..2 everything|accounts|socials|instagram|tiktok|snap|posts && done|goodbye|bye|over|anymore|last|tired|end|sorry',
    'updated|wrote|made|finished|signed ..2 my ..1 will',
    'paid ..1 off ..3 debts|debt|everything',
    // Debts or affairs being settled, in any words: a warning sign whatever the reason given.
    // Debts settled, not a debt to pay: "can I pay half now?" from someone in debt is a request.
    'debts|debt|affairs|deudas & paid|payed|settled|settling|cleared|clearing|order|sorted|handled|taken|care|pague|pagué|arregl*',
    'paying|pay ..1 off ..1 every|all|each ..3 debt|debts',
    // Others spared a bill or a task once one is gone.
    '{family}|{partner}|{child}|nobody|noone|anyone ..4 {neg}|never ..2 have|has|need|needs ..2 to ..3 pay|deal|worry|handle|clean|sort & gone|after|when|anymore|left|behind|mess|debts|bills',
    '{family}|{partner}|{child}|nobody|noone ..3 stuck|left ..2 with ..3 bill|bills|debt|debts|balance|mess|anything|it & gone|after|when|anymore|behind|{neg}|nobody',
    'life ..1 insurance & paid|payout|beneficiar*|policy|sure|cover*',
    'password|passwords ..4 written|wrote ..2 down',
    'deleted ..3 all ..3 social|accounts|instagram|facebook|tiktok',
    'everything ..1 settled ..2 before',
    'take ..1 care ..1 of ..2 {pet}|{child} ..3 when|after ..2 gone',
    'letter|note|notes ..2 explaining|explains ..1 everything|why',
    'giv*|gave|donat* ..5 to|away & wont|dont|{neg} ..2 need|use|want',
    'handle|deal|take ..1 care ..1 of ..2 things|everything ..1 after',
    'handle ..1 things|everything ..1 after',
    'left|leaving ..1 a|it|the ..1 note|letter ..3 table|bed|desk|kitchen|counter|door',
    'nothing|everything ..2 is ..1 left ..1 unpaid|undone ..2 when ..2 gone',
    'unpaid|settled|covered ..3 when ..2 im ..1 gone',
    'gave|giving|give|given ..4 {belongings}|my & forever|keep|anymore|{neg}|goodbye|away',
    'new ..1 home|homes|owner|owners ..2 for ..2 my ..1 {pet}|{pet}',
    'my ..1 funeral|memorial|obituary|eulogy',
    'write|writing|wrote|written|finish|finished|make|made ..2 a|my ..1 will & by|done|friday|lawyer|without|before|finally|week|weekend|{weekday}',
    'settling|settle|settled|settled|putting|put|getting|got ..2 everything|affairs|things|my ..1 affairs ..2 before|in ..1 order|so',
    'closing|closed|close ..2 all ..2 my ..1 accounts & settling|everything|before|affairs|go|gone|family',
    // A note listing who gets one's things; life insurance put in order.
    'note|letter|list|listing|listed & who ..2 gets|get ..2 my|her|his|their ..1 things|stuff|belongings|dog|cat|pets|car',
    'life ..1 insurance ..6 clause|sorted|beneficiary|beneficiaries|payout|pays|updated|order',
    // A goodbye said as such, a note told as one's own.
    'this|it|its ..1 is|s ..1 goodbye|farewell',
    'its|thats ..1 goodbye|farewell',
    'wrote|written|writing|finished|left ..1 my ..1 note|notes',
    // Rehoming pets, letters finished, a list of things to do before going, a goodbye post, a note that says sorry
    // for everything, writing 'in case' one is not fine later.
    'found|finding|find ..2 homes|home|owners ..3 for ..3 {pet}|dogs|cats|pets',
    'rehom*',
    'finished|wrote|written|writing|left ..2 the|my ..1 letters|notes & miss|goodbye|sessions|everyone|finally|sorry',
    'sorry ..1 for ..1 everything & fault|note|letter|love|goodbye|bye|miss|wrote|said|says',
    // Set ba (lead, 2026-12-05): last words written or rehearsed without the words "last words" ("a notebook where
    // I've been writing down what I'd say at the end": would, not want, so a session's end stays ordinary); final
    // words as one's own.
    'what ..2 would|d|id|wd ..1 say|tell|write ..3 at ..1 the ..1 end & writing|wrote|written|write|notebook|journal|diary|thinking|planning|practicing|rehearsing|letter|letters|note|notes',
    'my ..1 final ..1 words',
    // Calling everyone to say sorry or that one loves them; a message set to go out when it is done.
    'called|texted|messaged|calling|texting ..2 everyone|everybody ..3 say|tell ..3 sorry|love|goodbye|bye',
    'scheduled|set|timed|queued ..4 message|email|text|post|letter ..5 when|after ..2 done|gone|over',
    'final ..1 words & say|write|writing|wrote|written|leave|leaving|everyone|family|kids',
    '{neg} ..2 your ..1 fault & note|letter|wrote|found|says|sorry',
    'posted|post|posting|wrote|texted|sent|put ..6 bye|goodbye|farewell',
    'in ..1 case ..3 {neg} ..2 here|around|fine|okay|ok|alive ..2 later|tomorrow|tonight|anymore',
    'list ..3 before ..1 i ..1 go|die|leave|leaving',
    // Set j's concepts: a note found addressed to family or left on a pillow; not needing things where one is going;
    // a will written or a lawyer called about it; peace made; a plain apology to whoever reads this; a message of
    // love with the pets entrusted; fewer payments ahead; a list of reasons to go.
    'found|left ..4 note|letter|notes|letters ..2 addressed|written ..2 to',
    'found|left ..4 note|letter ..3 on|under ..2 his|her|my|the ..1 desk|bed|pillow|dresser|nightstand|mirror',
    'wont|{neg} ..2 need|needing ..3 where ..2 going',
    'wrote|write|writing|made|signed|notarized|finished|did ..2 a|my|the ..1 will',
    'lawyer|attorney ..4 about ..2 the|my|a ..1 will',
    'made ..1 his|her|my|their ..1 peace',
    'anyone|anybody ..2 who ..1 reads ..1 this',
    'loved|love ..4 take ..1 care ..1 of ..2 the|my|his|her ..1 dog|cat|kids|pets|{pet}',
    'wont|{neg} ..2 have ..1 to ..2 pay|worry|deal ..3 many|much|any ..1 more|longer',
    'reasons ..1 to ..1 go|die|leave|end',
    'if ..2 {neg} ..1 here|around ..2 tomorrow|tmrw|tmr|tomorow|tommorow & have|keep|take|get|split|divide|divvy|share ..2 my|mine',
    'giving|gave|give ..2 away ..3 tools|clothes|stuff|things|belongings|books|collection',
    // Not wanting to leave anyone with a bill (the negation is the statement).
    '{neg} ..3 leave ..2 anyone|anybody|family|them|kids|{family}|{child}|{partner} ..2 with ..2 a|any|my|the ..1 bill|bills|debt|debts|balance|mess',
    // Sets i and l (recall5): someone told where the will or the life insurance is; what one would say written out
    // to each of them; a message to tell the family one is sorry; a note to friends found; they can have one's
    // things; 'nice knowing you'; thanks said in the past tense; a lease and everything else cancelled.
    'told|tell|telling|showed|show|written|wrote|writing|write ..5 where ..2 the|my ..1 will ..1 is|was',
    'told|tell|telling|showed|show|written|wrote|writing|write ..5 where ..3 life ..1 insurance|policy',
    'wrote|written|writing|write ..4 say|tell ..3 each ..1 of ..1 them',
    'tell ..2 mom|dad|{family}|everyone|everybody|{child}|{partner} ..4 sorry|love|loved',
    'note|letter|notes|letters ..4 written|addressed ..2 to ..2 his|her|my|their ..1 friends|family|{family}|{child}|{partner}|everyone',
    'found ..4 note|letter|notes|letters & sorry|goodbye|forgive|love',
    '{other_person}|they|you|she|he|everyone|friends|{family} ..2 can|could ..1 have|keep ..2 my|his|her|all ..3 {belongings}|{pet}|xbox|switch|playstation|games|stuff',
    'nice|good|great ..1 knowing ..1 you|yall|ya|everyone|all|u',
    'you ..1 really ..1 tried',
    'you ..1 were ..2 kind|good ..2 to ..1 me',
    'cancelled|canceled|cancelling|canceling|ended|ending|terminated|quit|closed ..3 lease|gym|phone|accounts|subscriptions|memberships ..4 and ..3 lease|gym|phone|accounts|subscriptions|memberships',
    // Someone else's goodbye post (a thanks-for-everything caption, a bio changed to a farewell) and silence after it.
    'changed|changes|updated|change ..2 her|his|their|my ..1 bio|status|caption & see|ya|bye|goodbye|gone|sorry|thanks|done|last|miss|love',
    'thank|thanks ..3 everything & post|posted|posting|bio|caption|story|insta|instagram|tiktok|snap|facebook',
    '{neg} ..1 answering|responding|picking & post|posted|goodbye|bio|note|letter|pills|bridge|gun',
    // Affairs closed one after another: a card paid off, a gym or lease cancelled, the letters written.
    'paid|paying|pay ..1 off ..3 card|credit|car|loan|loans|everything & canceled|cancelled|letters|done|gym|wrote|gave|will|lease|goodbye',
    'canceled|cancelled|cancel|canceling|cancelling ..2 my ..1 gym|subscriptions|lease|phone|membership & paid|letters|wrote|done|gave|everything|goodbye',
    'wrote|written|writing|finished ..2 the ..1 letters|notes & done|paid|gave|goodbye|sorry|everyone|canceled|cancelled|ready',
    // A father's watch or keys handed over out of the blue, with who to look after.
    'take ..1 care ..1 of ..2 mom|mother|dad|father|{family}|{partner}|{child}|everyone|{pet} & gave|giving|gives|keys|watch|ring|wallet|told|said|asked|after|when|gone',
    'gave|gives|giving|handed ..3 me|her|him|us ..3 his|her|their|my ..1 watch|ring|keys|guitar|wallet|jewelry|necklace|medals|rifle|truck|car & today|suddenly|never|told|random|care|why|weird|strange|goodbye|after|sure',
    // Paying everything so that nothing is left over; accounts deleted to leave things tidy; passwords set out with a letter.
    'so ..2 nothing|nobody|noone ..1 is|s|gets ..1 left|owed|stuck & pay|paid|balance|statement|off|everything',
    'deleting|deleted|delete|closing|closed ..2 my|all ..2 accounts|socials|instagram|facebook|tiktok|snapchat & tidy|order|clean|loose|everything|all|before|gone|done',
    'passwords|logins ..6 letter|note|folder|binder|envelope|list',
    // lead29 (probe): where the papers are, the password and who takes the dog, set out in one breath ("the papers are in
    // the blue folder, the password is on the fridge, and the dog goes to my sister. thanks for everything").
    'papers|documents|will|policy|deed|title|paperwork ..2 are|is|s ..3 in|on|under ..3 folder|drawer|envelope|binder|safe|box|desk|dresser|closet|cabinet & password|passwords|{pet}|keys|pin|combination|everything|goes|gets',
    '{pet}|cat|dog|truck|car|house|guitar ..2 goes|go|gets|get ..2 to ..2 my|{family}|{partner} & password|passwords|papers|documents|will|policy|pin|combination',
    // recall5's third batch, probed beside requests: the family better served by one's absence; not calling again
    // after a thanks; where the will is, to be known; what one needed to say, said; something happening soon.
    'better|easier|happier|served ..4 my ..1 absence',
    'wont|{neg} ..1 be ..1 calling|writing|texting|contacting|reaching ..2 again|anymore & sorry|thank|thanks|goodbye|everything',
    'sorry ..1 for ..1 everything ..3 thank|thanks',
    'know|find|found ..1 where ..2 the|my ..1 will ..1 is|was',
    'said|told ..1 what ..3 needed|wanted|had ..2 to ..1 say|tell ..2 to ..1 people|everyone|everybody|them|{family}',
    'in ..1 case ..1 something ..1 happens ..2 to ..1 me & soon|tonight|tomorrow|{weekday}',
    // Set p: not leaving anyone with bills; what should happen to a pet if something happens to one; a goodbye in the
    // past tense to the therapist; wanting someone to know.
    '{neg} ..3 leave|leaving ..1 anyone|anybody|them|{family} ..1 with ..2 bills|bill|debt|debts|balance',
    'if ..1 something ..1 happens|happened ..2 to ..1 me & wrote|written|{pet}|will|letter|note|instructions',
    'you ..1 were|was ..2 kind|good|nice|great & thank|thanks|trying|always',
    'just ..1 wanted|want ..1 someone|somebody ..1 to ..1 know',
    // Set r: the relief of not needing things anymore, after giving them away.
    '{neg} ..1 need|needing ..1 stuff|things|anything ..1 anymore & feels|good|free|light|nice',
    // Set s: a key left for whoever comes if one does not answer; a dog and a guitar given to a sister.
    'key ..2 under ..2 the|a ..1 mat|rock|pot|flowerpot & answer|someone|have|bring|with',
    'gave|given|giving ..2 my ..1 sister|brother|mom|dad|friend|cousin|neighbor|son|daughter ..1 my ..1 {pet}|dog|cat|guitar|{belongings}',
    // Set q (recall6): a will drafted and felt as freeing; the children set up before one goes; a next client hoped to do better than one; no refill needed any more; where the spare key and the pet's food are, told to someone; it is not your fault, if one is not there.
    'drafting|drafted|draft|writing|wrote|making|made|updating|updated ..2 my|a ..1 will & freeing|relief|relieved|peace|peaceful|ready|finally|weirdly',
    '{child}|{family}|{partner}|girls|boys ..4 set|provided ..2 up|for ..3 before ..1 i ..2 go|leave|im|gone',
    '{child}|{family}|{partner}|girls|boys ..4 taken|cared|provided ..2 care|for ..3 after|when ..1 im ..1 gone',
    // Making sure one's people have what they need "after", the after left unnamed: provisions for a death.
    'need|needs|needed ..1 after|afterwards|afterward & what|everything & {child}|{family}|{partner}|{pet}|everyone|everybody',
    'make ..1 sure|certain ..6 taken|cared|provided ..2 care|for ..3 after|afterwards|afterward & {child}|{family}|{partner}|{pet}|everyone|everybody',
    'before ..1 i|im ..2 go|leave|gone ..1 forever|permanently',
    'before ..1 i ..1 go|leave ..1 for ..1 good',
    'next|other ..1 client|clients|patient|patients ..3 better ..2 than|with ..1 me',
    'better ..1 results|luck|outcome|outcomes ..5 than ..2 me|mine',
    'wont|{neg} ..2 need ..2 refill|refills|meds|medication|medications|prescription|prescriptions|pills ..2 anymore',
    'where ..4 spare ..1 key|keys & dog|dogs|cat|cats|{pet}|food|feed',
    '{neg} ..1 your|anyones ..1 fault & just|whatever|happens|know & if ..1 im|i ..1 not|{neg}|gone|missing',
    // Set t: thanks for what the therapist tried (a farewell); owing no one anything; an animal sold to a good home
    // with no plan to come back; keys and a pet left with someone; a letter to be opened later.
    'thank|thanks|thankyou|grateful|appreciate ..4 all|everything ..2 you|youve|yall ..1 tried|try|tryed',
    '{neg}|nothing ..1 to|left ..1 owe ..2 anybody|anyone|nobody|noone|anything|nothing',
    'owe ..1 anybody|anyone|nobody|noone|nothing ..1 anything|nothing|now|anymore',
    'sold|selling|sell|gave|giving|rehomed|rehoming ..2 my|our ..1 horse|horses|{pet}|cows|goats & good ..1 home|at ..1 least|anymore|reschedule|wont|{neg}|last|goodbye',
    'left|dropped ..3 his|her|their|my ..2 keys|{pet}|dog|cat ..4 with ..1 me|us & keys|{pet}|dog|cat',
    'letter|letters|note|notes|envelope ..4 to ..1 open|read ..2 later|after|when|if',
    'see ..1 you|ya|yall ..1 never',
    'going|went|gone ..1 to ..1 a ..1 good ..1 home & she|he|horse|horses|{pet}|dog|cat|sold|gave',
    // Tuning sets' leftovers (recall7): forgiveness given with belongings returned; posts scheduled so nobody is
    // surprised; a pet's papers left for a neighbour; a plan told as the bad news behind a bill no longer owed.
    'forgive|forgave|forgiven ..3 him|her|them|everyone|{family}|{partner}|{other_person} & returned|gave|give|giving|stuff|things|belongings|goodbye|list|last',
    'scheduled|scheduling|queued|timed ..3 posts|emails|messages|texts|letters & surprised|shocked|gone|goodbye',
    // The negation is the statement here: nobody surprised.
    'scheduled|scheduling|queued|timed ..3 posts|emails|messages|texts|letters & {neg}|nobody|noone ..2 surprised|shocked|blindsided',
    '{neg}|nobody|noone ..2 surprised|shocked|blindsided & note|letter|letters|goodbye|gone',
    '{pet}|dogs|cats ..2 papers|records|paperwork|vet & envelope|neighbor|neighbour|whoever|gave|handed|left',
    'bad ..1 news ..1 is|s ..1 why & wont|{neg}|need|pay|balance|bill|anymore',
    // Set u (recall7): if anything happens to one, what to tell whom (a code, a key, a pet); the letters in a drawer;
    // the note written after all; bye said to one's own people for the last time; thanks for trying passed on to the
    // therapist.
    'if|case|when ..1 anything|something ..1 happens|happened ..2 to ..1 me & {pet}|code|key|keys|password|passwords|sitter|feed|will|policy|belongings|stuff|letters|note',
    'the|my ..1 letters|letter|note|notes ..2 in|under|on ..2 the|my ..1 drawer|glovebox|nightstand|pillow|dresser|mirror',
    'but ..1 i ..2 wrote|written|write ..1 the|my ..1 note|notes|letters',
    'bye|goodbye|goodbyes ..1 to ..2 my|her|his ..1 {family}|{partner}|{child}|mom|dad|kids|friends|everyone ..3 for ..1 the ..1 last ..1 time',
    'tell ..2 thank|thanks ..2 for ..1 trying',
    'thank|thanks ..2 for ..1 trying ..1 i ..1 mean|meant ..1 it',
    // Set z (recall8): everyone one owed paid back; two pets left with two people; the notes already written, asked
    // about; a funeral playlist or outfit, one's own funeral planned; instructions for after.
    'paid|paying|pay ..1 back ..3 everyone|everybody|all|people ..3 owed|owe',
    'leaving|left|giving|gave|leave ..2 {pet} ..3 with ..4 and ..2 {pet} ..2 with',
    'already ..2 wrote|written ..2 the|my|goodbye ..1 notes|letters & wyd|asking|stuff|goodbye|lol',
    'funeral ..1 playlist|outfit|songs|song',
    'my ..1 own ..1 funeral',
    'plan|planning|planned|picked|picking|chose|choosing ..2 songs|music|outfit ..2 for ..1 my funeral',
    'instructions ..1 for ..1 after|afterwards',
    // Set x: not to worry about one after a date; accounts set so a relative can get at things; none of it the
    // therapist's fault; a car's title signed over; not told so that someone stops one; a good time to go and say bye.
    '{neg}|dont ..1 worry ..2 about ..1 me ..3 after|anymore|soon|much|longer|ever|forever',
    'all ..1 my ..1 accounts|passwords|logins|affairs ..6 so ..2 {family}|{partner}|he|she|they|someone ..2 can ..1 access|get|handle|have|find|manage',
    'none ..2 this|it|any ..3 your ..1 fault',
    'title|titles|deed ..3 signed ..1 over',
    'signed ..1 over ..2 the|my ..2 title|car|truck|house|deed',
    '{neg} ..2 telling|tell|saying ..3 you|this ..4 stop ..1 me',
    'good|right|perfect|best ..1 time ..2 to ..1 go & bye|goodbye|goodbyes|everyone|everybody',
    // Set y: where the papers are, told; hymns chosen for one's funeral; tools and gear handed out; thanks for trying, said
    // as a last word; settling what one owes to be done.
    'told ..3 where ..2 the|my|his|her ..1 papers|documents|paperwork|deed|passwords|keys|policy|jewelry ..1 are|is|were|was',
    'which|what ..1 hymns|songs|music|readings ..3 wants|want|picked|chose ..3 at|for ..2 funeral|service|memorial',
    'handing|handed|giving|gave ..1 out|away ..3 his|her|my|all ..2 tools|gear|guns|rifles|stuff|things|belongings|{belongings}',
    'just ..1 wanted ..2 say ..1 thank|thanks ..3 trying',
    'settle|settling|pay|paying ..3 what ..1 i ..1 owe & done|all|soon|everything|last',
    // Set ab: a note that says sorry and that someone will understand why; one's estate to pay the bill; if one is not
    // here for the next visit, thanks; a goodbye post "see you on the other side" and a location turned off; not to
    // feel bad, it was always going to end this way; never to be heard from again.
    'understand ..1 why & note|letter|sorry|wrote|someday|gone|forgive|goodbye',
    'my ..1 estate ..3 take|pay|cover|handle|settle|deal',
    'if ..1 im|i ..2 {neg}|not ..1 here|around|there|alive ..4 next|for & thanks|thank|everything|goodbye|sorry',
    'see ..1 you|ya|yall|u ..2 on|in ..1 the ..1 other ..1 side',
    'turned|turn|shut|switched ..1 off ..2 her|his|my|their ..1 location & posted|goodbye|gone|missing|answering|note|side|sorry',
    'was ..1 always ..1 going|gonna ..2 end ..2 this|that|like',
    '{neg}|not ..1 to ..1 feel ..1 bad|guilty ..2 about ..1 anything|it|me & tell|therapist|her|him|dr|you',
    'wont|never|{neg} ..2 hear ..2 from ..1 me ..1 again|anymore|ever',
    // Probed by kind (recall7): a ring and a note left; tools given to an apprentice; a pet signed over to family.
    'left|leaving|put ..4 ring|rings|watch ..3 and ..2 a|the|my ..1 note|letter|goodbye',
    'gave|given|giving ..1 my ..1 tools|guns|rifle|rifles|guitar|truck|bike|motorcycle|collection ..3 to & today|already|yesterday|all|wont|anymore|need',
    '{pet} ..3 in ..2 my|his|her ..1 sisters|brothers|moms|dads|friends|neighbors|sons|daughters ..1 name',
    'signed ..2 {pet} ..1 over',
    // Probed by kind (recall7): someone asked to make sure a pet is fed.
    'make ..1 sure ..3 {pet}|dog|cat|dogs|cats ..2 gets|get|is|are ..1 fed|walked|taken|cared',
    // A Spanish probe's English neighbour (recall7): forgiveness asked for everything.
    'forgive ..1 me ..2 for ..1 everything',
    // Set ac: a goodbye before going; a will drafted out of nowhere; peace made with things;
    // accounts sorted for a sister; one's own funeral written about; a wedding ring left; where the will and letters are.
    'say ..1 bye|goodbye ..2 before ..1 i ..1 go|leave|went',
    'drafted|wrote|made|updated|finished|drafting|writing ..2 a|my ..1 will ..4 nowhere|suddenly|night|last|yesterday|sounds',
    'made ..1 peace ..2 with ..1 things|everything|dying|death|myself|god',
    'sorted|settled|arranged|organized ..2 my ..1 accounts|affairs ..4 so ..6 deal|worry|handle|have',
    'his|her|my|their|own ..1 funeral & describing|described|planning|planned|detail|dated|wrote|writing|drew|story|piece',
    'wedding ..1 ring|band & left|off|counter|table|gave|took|behind',
    // A will as a noun ('my will'), not the modal: 'if something happens to my car I will call' is a request.
    'if ..1 anything|something ..1 happens|happened & letters|letter|note|papers|passwords|knows',
    'if ..1 anything|something ..1 happens|happened & my|the|a will',
    '{partner}|he|she|hed|shed|id|youd|youll|ill ..3 be ..1 taken ..1 care ..1 of ..4 insurance',
    // Sets ac and ad: thanks for trying (so hard) with one; goodbye said through someone; a note drafted and torn up; a promise
    // to remarry "after".
    'for ..1 trying ..2 with|w ..1 me',
    'tell|say ..4 goodbye|bye ..1 for ..1 me',
    'tore|ripped ..2 it|up ..3 but ..2 wrote|write|written ..1 it',
    'drafted|wrote ..2 a|my ..1 note ..3 last|night|yesterday & downhill|going|tore|but',
    'promise ..4 remarry|remarried',
    // Set ae: peace made with it and a plea not to be sad; "I love you, I'm sorry" sent; a pet and keys left with others.
    'made ..1 peace ..2 with ..1 it & please|sad|thank|thanks|before|goodbye|ready',
    'please ..1 dont|{neg} ..1 be ..1 sad',
    'love ..1 you ..3 im|i ..1 sorry & text|message|texted|saying|sent|note|said',
    'left|gave|dropped ..3 my|his|her ..1 {pet}|dog|cat & keys|car|truck|house',
    // Set ag: thanks and sorry sent through someone, "it's nothing she did"; "I love you, take care of the dog for
    // me"; "it's been real"; ordering something one should not tell about.
    'its|it ..1 nothing ..2 she|he|you ..1 did|said',
    'tell ..3 thanks ..2 and ..1 im|i ..1 sorry',
    'love ..1 you ..4 take ..1 care ..1 of',
    'its|it ..1 been ..1 real & texted|posted|said|message|wont|answer|sent',
    'stuff|something|things ..4 shouldnt ..3 telling|tell ..1 you & ordered|bought|got|online',
    // Probed in set z's voices (recall8): thanks passed on 'if I don't make it'.
    'if ..1 i ..1 dont|{neg} ..1 make ..1 it & thanks|thank|love|goodbye|bye|everything',
    // A third probe in set z's voices (recall8): a last message of love and sorry, then no answer.
    'love you ..1 sorry & off|unreachable',
    'love you ..1 sorry & {neg} ..2 answering|answer|respond|responding|picking',
    // Set ai (lead): being found told as a matter of fact ('call my sister first when they find me'); things left to whoever
    // takes them ('take my plants, I'm done'); thanks in the past tense to the only one who listened; no one blamed, beside a goodbye.
    'whoever|whomever ..1 finds|find ..1 me',
    'find|finds|found ..2 my ..1 body',
    'when|once|after|if|before ..1 they|someone|somebody|anyone|people|police|cops ..1 find|finds|found ..1 me & called|sorry|first|note|letter|notify|notified|emergency|body|contact',
    // lead31 probe: a note left for the police or for whoever finds one ("a note on my door for the police").
    'note|notes|letter|letters|instructions ..4 for ..2 the ..1 police|cops|coroner|paramedics|ems|sheriff|detectives',
    'note|notes|letter|letters|instructions ..4 for ..1 whoever|whomever|whoevers ..2 finds|find|found',
    'take|keep|have ..1 my ..2 plants|{belongings}|{pet} & done|gone|anymore|forever',
    'were|was ..2 the ..1 only ..1 one|person ..2 who|that ..3 listened|cared|understood|helped|believed',
    'not ..1 mad|angry ..2 at ..1 anyone|anybody|nobody & sorry|tried|fault|love|bye|goodbye|blame|anymore',
    'so ..1 my ..1 roommate|roommates|roomie|{family}|{partner} ..1 wont|{neg} ..2 be ..1 stuck|left',
    'if ..2 something|anything ..1 happens|happen ..1 to ..1 me & kids|children|{child}|son|daughter|baby|custody|journal|diary|gets|{pet}|{belongings}',
    'in ..1 case ..2 something|anything ..1 happens|happen ..1 to ..1 me & kids|children|{child}|son|daughter|baby|custody',
    // Read across sentences: 'did it.' then love sent to someone; a pet or things handed over, then not needing them;
    // an appointment not needed, then 'it's not your fault'.
    'did ..1 it && tell ..3 i ..1 love ..1 her|him|them|you',
    'take|keep|adopt ..1 my ..1 {pet}|{belongings}|plants && wont|{neg} ..2 need|needing ..2 him|her|it|them|anymore',
    'wont|{neg} ..2 need ..3 appointment|it|sessions|therapy|anymore && not ..1 your ..1 fault',
    // Set ah (recall9): pets to be fed "for good"; someone too calm; good fishing rods given away; not a problem for
    // anyone after Friday; no need to worry about one after it.
    'feed|take|keep|watch|look|care ..4 {pet} ..3 for ..1 good',
    'too|weirdly|strangely|eerily|oddly|suspiciously|unusually|scarily ..1 calm|calmly|peaceful|serene & he|she|hes|shes|him|her|they|seemed|seems|sounded|sounds|acting|acted|{family}|{partner}|{child}|friend|neighbor|talking|talked',
    'weirdly|strangely|eerily|oddly|suspiciously|unusually|scarily ..2 at ..1 peace',
    'gave|giving|gives|handed|hands ..1 me|away|us ..2 his|her|my|their ..1 good|best|favorite|favourite|prized|nicest|whole ..2 rods|rod|fishing|hunting|golf|clubs|tools|tackle|guitar|watch|collection|rifle|guns|saddle|knives|jewelry',
    'i|he|she ..1 wont|{neg} ..2 be ..2 a ..1 problem|burden|bother|worry ..2 for|to ..1 anyone|anybody|nobody|everyone|everybody',
    'wont|{neg} ..2 be ..1 anybodys|anyones|nobodys|everybodys|everyones ..1 problem|burden|worry',
    'wont|{neg} ..2 have ..2 to ..1 worry ..2 about ..1 me ..3 after',
    'wont|{neg} ..2 have ..2 to ..1 worry ..2 about ..1 me ..2 much ..1 longer',
    'signed ..2 my|the ..1 truck|house|land|farm|tractor|boat ..2 over ..2 to & lawyer|notary|affairs|order|will|papers|after|gone|goodbye|thanks',
    // Set ak (lead): a dog handed over 'for good'; 'don't bother checking on me tomorrow' with a spare key and a
    // checkbook; a guardian for one's kids 'if anything happens'; a farewell text and then no answer.
    'keep|take|have ..3 for ..1 good|forever|keeps & {pet}|gave|handed|asked',
    '{neg}|dont ..1 bother ..2 (checking ..2 on ..1 me|coming ..2 by|calling ..1 me|checking ..1 in)',
    '{neg}|dont ..1 bother ..2 calling|checking|looking|coming & {neg} ..2 show|there|around|answer',
    '{neg}|dont ..1 bother ..2 calling|checking|looking|coming & gone|anymore',
    'handed|gave ..3 spare ..1 key|keys & checkbook|{pet}|bother|bank|will|passwords',
    'guardian ..4 kids|children|{child}|son|daughter & if|happens|anything',
    'sorry ..1 for ..1 everything & texted|text|posted|messaged|sent|mom|mum|dad',
    'sorry ..1 for ..1 everything && {neg} ..2 answering|responding|replying|picking',
    // Set al (recall10): a note one wrote, found by someone; the call after, arranged; debts paid off beside loved ones
    // told so; not here next week, and not because one forgot.
    'found|seen|saw ..3 note|letter|letters|notes ..2 i ..1 wrote|left|written',
    '{partner}|{family}|{child}|mom|dad|wife|husband|she|he ..1 found ..1 my ..1 note|notes',
    'make ..1 sure ..5 get|gets|take|takes|getting ..1 the ..1 call|calls ..1 after|afterwards|afterward',
    'get|gets|take|takes|getting|receive|receives ..1 the ..1 call|calls ..1 afterwards|afterward',
    'paid|payed|paying ..1 off & told|tell|telling ..5 love|loved ..1 them|em|yall|you|everybody|everyone',
    'told|tell|telling ..3 everyone|everybody|buddies|friends|family|kids|all ..4 love|loved ..1 them|em|yall|you & paid|payed|peace|peaceful|goodbye|bye|square|owe|settled|off',
    'if ..2 {neg} ..2 here|around|there & {neg}|aint ..1 because|cause|cuz|bc ..2 forgot|forget',
    'if ..2 {neg} ..2 here|around & youll|you|u|ull ..2 know ..1 why',
    // Probed in set ah's voices (recall9): telling family where the deed and the insurance papers are, in case; not
    // seeing one again, with affairs settled.
    'told|showed|tell|show|shown ..3 where ..6 is|are|were|was|kept & deed|deeds|will|papers|insurance|policy|passwords|safe & case|happens|gone|after|incase|anything',
    'wont|{neg} ..2 see ..1 me ..1 again & sorted|settled|arranged|affairs|order|goodbye|forgive|sorry|everything',
    // Probed by kind (lead): someone gone leaving wallet and phone behind; 'this is the last time we'll talk'.
    'left|leaving|leaves ..2 his|her|their ..1 wallet|phone|keys|id|purse ..3 wallet|phone|keys|id|purse & walked|gone|missing|disappeared|answering|out',
    'last ..1 time ..3 we|well ..1 will ..1 talk|speak',
    'last ..1 time ..3 hear ..1 from ..1 me',
    // Read across sentences (lead, probed by kind): goodbye, then love to everyone.
    'goodbye|goodbyes && love ..1 you ..1 all|guys|everyone|both',
    // A third probe in set ah's voices (recall9): the children asked to look after a grave.
    'look|looking ..1 after ..3 grave|graves & told|tell|asked|ask|love',
    'visit|visiting|tend ..3 grave|graves & told|tell|asked|ask|love',
    'tend|tending ..2 to ..3 grave|graves & told|tell|asked|ask|love',
    // Set aj's crisis kinds (lead): 'it's not your fault, whatever happens'; a note saying we will never see her again.
    'not ..1 your ..1 fault & whatever|happens|happen|anything',
    'note|letter|text ..3 saying|said|says ..4 never ..1 see|hear ..2 again',
    'never ..1 see|hear ..2 her|him|me|them|from ..2 again & note|letter|ran|away|left|gone',
    // Set am (lead): a goodbye card; moving 'into a box'; a photo of a pill bottle posted with 'finally'; the note
    // already written; things left clean; 'if I don't come back, tell her thank you'; a sudden, odd peace.
    'goodbye|farewell ..1 card|cards|gift',
    'moving|going|move ..4 into ..1 a ..1 (box|coffin|casket|grave)',
    'into|in ..1 a ..1 (coffin|casket|grave) & moving|going|didnt|say|soon|dead',
    'posted|post|posting ..5 pill|pills|bottle|{pills} & finally|story|goodbye|reach|caption',
    'already ..2 wrote|written|finished ..2 the|my ..1 note|letter & goodbye|bye|sorry|family|everyone|lol',
    'leave|leaving|left ..1 things|everything ..1 (clean|settled|tidy|in order)',
    '{neg}|dont ..1 come|make ..1 it ..1 back & tell|thank|everything|sorry|love',
    '{neg}|dont ..1 come ..1 back & tell|thank|everything|sorry|love',
    'weirdly|strangely|oddly|suddenly|eerily ..1 peaceful|calm & feels|feel|feeling|gave|sold|everything',
    '{neg} ..1 around ..3 to ..1 pay|see|answer & decided',
    'moving|move ..2 out && into ..1 a ..1 (box|coffin|casket|grave)',
    // The same two kinds in English: every appointment cancelled as not needed; one's pets signed over.
    'cancel ..4 all ..3 appointments|sessions|visits & wont|{neg} ..2 need|needed|necessary',
    'keeping|taking|gets|get|keep|take ..2 my ..1 {pet} & signed|papers|forever|good|anymore',
    // Set ao (lead): things given to family, 'told them i wont need em'.
    'gave|giving ..6 to ..2 my && {neg}|wont ..1 need ..1 em|them|it',
    // Probed by kind (lead, 2026-12-05): sorry, or forgiveness asked, for what one is about to do; the children or a pet
    // entrusted to someone beside a goodbye.
    'sorry|forgive|apologize|apologies ..4 what ..3 about ..1 to ..1 do',
    'sorry|forgive|apologize|apologies ..4 what ..1 i|im ..2 (going to|gonna) ..1 do',
    '(take care of|look after|watch over) ..3 {child}|{pet}|{family}|{partner}|mom|dad|everyone & love ..1 you|u|yall ..1 all|guys|both|forever|always|everyone',
    '(take care of|look after|watch over) ..3 {child}|{pet}|{family}|{partner}|mom|dad|everyone & goodbye|bye|forgive|farewell',
    // Set ar (recall11): savings given away; a wish that a sister have everything in case something happens soon;
    // thanks for all one's therapist did, beside it.
    'gave|given|giving|transferred|handed|signed ..4 my|all ..2 savings',
    'something ..1 happens|happen ..2 to ..1 me ..2 soon',
    'thank ..2 for ..2 everything ..4 done|did ..2 for ..1 me && (in case something happens|if something happens|if anything happens|in case anything happens) ..2 to ..1 me',
    // Probed by kind (lead, 2026-12-05): the therapist thanked for having done all they could, at a goodbye.
    '(did your best|tried your best|did all you could|did everything you could|did what you could) & sorry|forgive|goodbye|bye|everything',
    // Probed by kind (recall11, 2026-12-05): what is to be done with one's things written down.
    'wrote|written|writing|write ..3 what ..1 i ..1 want ..2 done ..2 with ..1 my ..1 things|stuff|body|ashes|kids|dog|cat',
    // Probed by kind (recall13, 2026-12-05, gate av): the English of the same Spanish acts.
    'cat|cats|dog|dogs|pet|pets ..3 going|go|goes ..2 to ..2 neighbor|neighbour|neighbors|sister|brother|friend|mom|aunt|cousin & everything',
    'gave|left ..2 my ..1 stuff|things|sneakers|clothes|games|xbox ..3 to && wont|{neg} ..2 be ..1 using|needing ..1 them|it',
    'posted|wrote|put ..6 thank|thanks|bye|goodbye|sorry|love & thank|bye|goodbye|sorry & {neg} ..3 answering|answer|responding|reach|find',
    // Set au (recall12, 2026-12-05): a goodbye with a word of thanks for the trying ("you did your best").
    'say|saying|said ..1 bye|goodbye & did|tried|done ..2 your|ur|everything|all ..1 best|could',
    // A goodbye passed on to everyone (lead31 probe, read only by the word model before its refit: "i won't be renewing
    // anything. tell everyone i said bye").
    'tell ..1 everyone|everybody|yall|them|all ..1 i ..1 said|say ..1 bye|goodbye|goodbyes',
    'bye|goodbye && (did your best|did ur best|tried your best|tried ur best|did all you could|did everything you could|thanks for trying|thank you for trying)',
    // Probed by kind (recall12, 2026-12-05): a note found about ending it; a last message with thanks.
    'note|letter|post|message|journal ..6 ending ..1 it|things|life',
    'this ..2 be|is ..1 my ..1 last ..1 message|text & goodbye|bye|forgive',
    'last ..1 message|text && thank|thanks ..3 everything',
    // recall15, by vocabulary family: last things (one last time with love, a last post, a last night or Christmas).
    'one ..1 last|final ..1 time & love|hug|hugged|hugging|kiss|kissed|kissing',
    // Arrangements for after: who gets what, the kids cared for after one is gone.
    'wrote|written|writing|listed ..4 who ..1 gets ..1 what',
    'taken|take ..1 care ..1 of ..2 after ..1 im|i|my ..1 gone|dead|die|death',
    // Something written or recorded for family to read or find later, just in case.
    'wrote|written|writing|left|recorded|made ..4 for ..2 {family}|{child}|{partner}|everyone|them ..4 read|find|watch|open & later|after|case|gone|someday',
    // A funeral of one's own planned: the songs, the obituary, what to wear.
    'wrote|written|writing|planned|planning|plan|picked|chose|chosen|prepaid|paid|arranged ..4 my|own ..1 funeral|obituary|cremation|burial',
    'songs|song|music|hymn|hymns|flowers|wear ..4 at|for ..1 my ..1 funeral|burial|memorial',
    'posted|wrote|recorded|made|make|making ..1 my ..1 last|final ..1 post|video|tweet|story',
    'this ..1 is|will ..2 my ..1 last|final ..1 post|tweet|goodbye',
    'this ..1 is|will ..2 my ..1 last|final ..1 christmas|thanksgiving|sunset',
    'it ..1 will|ll|wil|gonna|going ..2 all ..1 be ..1 over ..2 soon|tonight',
    // A goodbye sent through someone (recall17): tell someone it was not their fault, that one is sorry one could
    // not keep going or wasted the doctor's time; let someone know one is sorry and loves them.
    'tell|let ..5 {neg}|wasnt|isnt|not ..2 his|her|their|your|anyones|anybodys ..1 fault',
    'tell|let ..6 sorry ..4 couldnt ..2 keep|go ..1 going|on|fighting|trying',
    'tell|let ..6 sorry ..4 wasted ..2 his|her|your|their ..1 time',
    'let ..1 {family}|{partner}|{child}|mom|dad|everyone|everybody ..1 know ..4 sorry ..4 love',
    // Property signed over (recall17): a truck put in a brother's name, a house signed over and squared away,
    // accounts transferred with relief.
    'signed|sign|signing ..4 over ..3 {family}|{child}|{partner}|brother|sister|son|daughter|kids & squared|order|sorted|ready|gone|peace',
    'put ..2 truck|car|house|land|farm|accounts|property|everything ..2 in ..3 name & signed|squared|order|ready|will|gone',
    'transferred|signed ..3 accounts|house|land|farm|truck|property|everything ..3 to ..2 {family}|{child}|my & feels|good|done|squared|order|peace|ready|gone',
    'who ..1 gets ..1 what & list|wrote|made|written|figured|calm|gone|after',
    // A note written, said without a subject, and put away where it will be found (recall19, 2026-12-05: "wrote a
    // note. it's in my desk" went to staff beside a request); a note told as done. A note on a desk, in a backpack or
    // at the front desk is left out: that is where errands are put.
    'wrote|written|finished|writing|hid|hidden ..3 note|notes|letter|letters && its|theyre|it|they|s|is|are|re ..3 in|under|inside ..3 desk|drawer|drawers|nightstand|pillow|wallet|glovebox|dresser|mattress|closet',
    'note|notes|letter|letters ..2 done|written|finished|ready && its|theyre|it|they|s|is|are|re ..3 in|under|inside ..3 desk|drawer|drawers|nightstand|pillow|wallet|glovebox|dresser|mattress|closet',
    'wrote|written|finished|hid|hidden ..2 a|the|my|his|her ..1 note|notes|letter|letters ..4 in|under|inside ..3 my|his|her|the ..1 desk|drawer|nightstand|pillow|dresser|mattress',
    // Set be's kinds (recall19, 2026-12-05), each with its vocabulary: a goodbye posted without the word ("thanks for
    // everything, love you all, sorry"), a thank-you thread or wrap-up to everyone tonight; a list of who gets one's
    // phone and clothes, or a journal that reads like a will.
    'thanks|thank ..2 for ..1 everything & love ..1 you ..1 all|guys|everyone|yall|everybody & posted|post|posting|story|tweeted|tweet|sorry|goodbye|bye|answering|answer|forgive',
    'tweeted|posted|texted|wrote|sent|captioned|story|status ..3 sorry|love|thanks|thank|goodbye|bye && love ..1 you ..1 all|guys|everyone|yall|everybody',
    'thank|thanks ..1 you|yous ..2 thread|post|posts|video|message|messages|notes|letters ..2 to ..1 everyone|everybody|all & tonight|wrap|wrapup|final|last|ignore|weird|goodbye|finally',
    'wrap|wrapup ..2 up|post|thread|video & thank|thanks|thanking|everyone|everybody & tonight|ignore|weird|final|last|goodbye',
    'who ..2 gets|get|would|will|should ..2 my|her|his|their ..1 phone|clothes|things|stuff|belongings|dog|cat|pets|car|jewelry|games|room|guitar|books|laptop|xbox|switch|shoes|ps5|playstation|bike & wrote|written|write|list|journal|diary|notebook|note|letter|will|found',
    'looked|look|looks|reads|read|sounded|sounds ..1 like ..1 a ..1 will|goodbye|testament & wrote|written|journal|diary|notebook|note|letter|post|son|daughter|teen|kid|{child}',
    // Debts paid so the family will not have to deal with them (recall19: "I paid everything I owed so my family won't
    // have to" went to the biller); property signed over to family with no more need of it ("signed the car title
    // over to my son, he'll need it more than me" went to paperwork).
    'paid|paying|settled|cleared ..4 everything|all|debts|debt|bills & {family}|{partner}|{child}|family|kids|nobody|noone ..3 wont|{neg}|doesnt|dont|never ..2 have|need|deal|worry|owe|stuck',
    'signed|sign|signing|signs|gave|give|giving|transferred ..5 over|to ..3 {family}|{child}|{partner}|brother|sister|son|daughter|kids|nephew|niece|him|her & (more than me|more than i do|more than i|wont need it|wont need them|wont be needing|not need it|dont need it anymore|need it anymore|need them anymore|wont be using|use it anymore)',
    // Set bg (recall21, 2026-12-05): a credit card and a friend paid off, beside a call to say I love you or
    // everything being done now.
    'paid ..1 off ..4 card|cards|loan|loans|owed|balance|car|everything|everyone|friend && called|texted|visited|went ..6 say|tell|told ..2 love|goodbye|bye',
    'paid ..1 off ..4 card|cards|loan|loans|owed|balance|car|everything|everyone|friend && everything|all ..3 done|finished|settled|handled|sorted ..1 now',
    // A note to one's therapist: sorry I couldn't do it, and no one else to blame.
    'sorry ..2 (couldnt|could not) ..1 do ..1 it && not ..1 her|his|your|their|anyones|my ..1 fault',
    'sorry ..2 (couldnt|could not) ..1 do ..1 it && you ..1 were ..1 right',
    // Family spared a bill that would come later (lead24, 2026-12-06: "I don't want my parents getting a bill after"
    // and "so nobody gets a bill later" beside a balance paid reached the biller or a clinician).
    '{family}|{partner}|{child}|parents|nobody|noone|anyone|anybody ..3 get|gets|getting|receive|receives|stuck|left|inherit|inherits ..3 bill|bills|balance|statement|statements|debt|debts & later|after|afterwards|afterward|gone|anymore',
    // Done and tired, thanks for everything, the appointments cancelled (lead24): a goodbye in four short sentences.
    '(im done|i am done|im so done|im just done) && thank|thanks|thx|ty ..2 u|you|yall ..2 for ..1 everything & cancel|appointments|appts|sessions|anymore|bye|goodbye',
    // Thanks for everything beside a wish that the reader take care of themselves (lead24b: "ty for everything. i won't
    // be needing tuesday. take care of yourself ok"; "les agradezco todo ... cuiden mucho a la doctora"): a farewell
    // however the appointment is given up.
    '(thank you for everything|thanks for everything|ty for everything|thx for everything|thank u for everything|grateful for everything) && (take care of yourself|take care of yourselves|take care of urself|look after yourself|look after yourselves)',
    // Everyone understanding why, afterwards (lead24e).
    'will|ll|gonna|going ..3 understand ..1 why & after|afterwards|afterward|later|someday|eventually|gone',
    // lead33 (set di): who gets what written out, notes on the furniture; (set dl) a dog given to a friend, a trip that is a
    // cover, one's own eulogy written.
    'write|writes|made|make|making|wrote|written|writing|listed|list ..4 who ..1 gets ..1 what',
    'sticky|postit|post ..1 notes|note|labels|names ..4 on ..3 furniture|everything|stuff|things|dishes|jewelry & who|gets|kids|names|mine',
    'gave|given|giving|handed ..6 my ..1 {pet}|dog|cat|dogs|cats ..1 to',
    'told ..4 going ..3 trip|vacation|vacay && not ..1 going ..3 trip|vacation|vacay',
    'own ..1 eulogy|obituary|obit|memorial',
    // lead33 (set dm, a front desk's words around a farewell): an address good until a day "and neither will I"; the will laid
    // out; someone who will handle things after; records to go to a relative while one handles things tonight; no one left to
    // ask for a file; the arrangements made beside a next of kin; the way someone will be found; an email scheduled for when
    // it is done; the news; a phone's code left for whoever finds it; a door not to be broken down; told gently.
    'wont ..1 be ..2 good|around|here|needed|valid|working|useful && neither ..1 will|am|do ..1 i',
    'will ..1 not ..1 be ..2 good|around|here|needed|valid|working|useful && neither ..1 will|am|do ..1 i',
    'the|my ..1 will ..1 on|in ..2 my|the ..1 kitchen|table|desk|drawer|folder|counter|dresser|nightstand',
    'with|beside|next ..2 the|my ..1 will ..2 on|in ..2 my|the ..1 kitchen|table|desk|drawer|counter|dresser|nightstand',
    'handle|handling|handles ..1 everything|things ..2 after',
    'take|taking|takes ..1 care ..1 of ..1 everything|things ..2 after',
    'handling|handle|settling|settle|wrapping|wrap ..1 things|everything ..2 tonight|today',
    'wont|isnt|wouldnt|not ..1 be ..1 anyone|anybody|nobody|noone ..1 left',
    'made|making|finished|done|all ..2 the|my ..1 arrangements && next ..1 of ..1 kin|matters|will|after|funeral|sorry|goodbye|thank',
    'for|after ..1 when|once ..2 they|someone|somebody|people|you|she|he ..1 find|finds|found ..1 me',
    'when|for|once ..2 they|someone|somebody|people|you|she|he ..1 find|finds|found ..1 my ..1 body',
    'by ..1 then|tomorrow|morning|tonight ..3 it|itll|ill|i|its ..2 be ..1 done|over|gone',
    'find ..1 out ..3 from ..2 the ..1 news|police|paper',
    'whoever|whomever|anyone|anybody ..1 finds|find ..2 my|this ..1 phone|laptop|note|notebook|journal && code|passcode|password|notes|needs|everyone|sorry|letter|goodbye',
    'doesnt|dont|wont|not ..2 have ..1 to ..1 break|kick ..2 door ..1 down|in',
    'last ..1 place|thing|person|people ..6 before ..1 i|im ..1 go|leave|gone|die',
    // A thing of the desk not needed anymore "or anything really" (lead31's last probe to reach staff).
    'wont|not|dont|no ..3 need|needing|use|using ..5 anymore|again|after && or ..1 anything|anyone ..2 really|else|at',
    'tell|break|let ..3 gently|softly|easy & her|him|them|mom|dad|sister|brother|roommate|wife|husband|kids|family',
    // lead34 (set do): debts not to be left behind for one's family "when I go"; records a relative is to have, with everything,
    // "after".
    '{neg}|never ..3 leave|leaving ..2 any|a|my|the|no ..1 debt|debts|bills|bill|balance|balances|mess ..1 behind ..3 for|to ..2 {family}|{partner}|{child}|family|kids|anyone|anybody|them',
    'leave|leaving ..2 any|a|my|the|no ..1 debt|debts|bills|bill|balance|balances|mess ..1 behind & when ..1 i|im ..1 go|gone|die|pass',
    '(have everything after|get everything after|keep everything after|take everything after|have it all after|get it all after|have all of it after|have all my stuff after|get all my stuff after) && sister|brother|mom|dad|wife|husband|kids|family|son|daughter|records|things|stuff',
    // lead34 (sets dp, dq): money from things sold given to one's child, called an early Christmas when it is not; prized things
    // given away and a peace felt after.
    '(early christmas|early birthday|early inheritance|early present|early gift) && gave|give|giving|sold|selling|money|isnt|not',
    'gave|giving|give ..1 the|all ..1 money|cash|proceeds ..3 to ..2 my|his|her ..1 daughter|son|kids|children|wife|husband|family|grandkids & sold|selling|sell',
    '(gave my|gave all my|gave him my|gave her my|gave them my|gave away my|given away my|giving away my|gave away all) && peaceful|peace|calm|relieved|lighter|settled|free',
    // lead34 probes: a pet's new home seen to, a beneficiary changed "just in case", something making one want to.
    'made|make|making ..1 sure ..3 dog|cat|pets|pet|bird|horse|dogs|cats ..3 good|new|safe|forever ..1 home|homes|family|owner',
    'found|finding ..2 a|new ..1 good|new|safe ..1 home|homes ..2 for ..2 my|the ..1 dog|cat|pets|pet|bird|horse|dogs|cats & need|needed|wont|anymore|goodbye|appointment|after|soon',
    'updated|changed|named|added|made|update|change ..3 beneficiary|beneficiaries && (something made me|something just made me|just felt like|felt like i should|just in case|for no reason|felt right|felt ready|wont need|made me want)',
    // lead37 (set dx): things given to a niece or a nephew, beside not thinking one will need them.
    'gave|give|giving|given|handed|passed ..6 to ..2 my|her|his ..1 {family}|{child}|niece|nieces|nephew|nephews|grandson|granddaughter|cousin|friend|neighbor|neighbour|sister|brother|daughter|son && (wont need them|wont need it|dont think ill need|dont think i will need|dont think id need|wont be needing|not gonna need|not going to need|no longer need|have no use for|wont have use for|no use for them)',
    // lead37 (set dm, read by the word model alone until its refit): a pet's care arranged for "after"; keys left for
    // someone beside not answering any more.
    '(feed the dog|feed my dog|feed the dogs|feed the cat|feed my cat|feed the cats|walk the dog|walk my dog|let the dog out|check on the dog|take care of the dog|take care of my dog|look after the dog|look after my cat) ..1 after|afterwards|afterward',
    'wont|{neg} ..1 be ..1 answering|reachable|picking && keys|key ..4 mailbox|mat|door|doormat|neighbor|neighbour|landlord|office',
    // lead37 probes: a deed handed over beside being tired or done; who gets the dog, written in a letter; an
    // emergency contact someone will need soon; thanks for trying, beside leaving the schedule for good.
    'gave|give|giving|handed|handing|signed|signing ..6 deed|deeds && tired|done|ready|peace|sorry|goodbye|love|anymore|after',
    '(gets the dog|gets my dog|gets the cat|gets my cat|gets the dogs|gets my dogs|can have my dog|takes the dog|takes my dog|will take the dog|will get the dog|gets the horses) && letter|note|will|after|goodbye|gone',
    '(my emergency contact|the emergency contact|my next of kin|my beneficiary|the beneficiary) && (need it soon|need them soon|needs it soon|needs them soon|will need it|will need them)',
    '(thank you for trying|thanks for trying|you did everything you could|you did all you could|it isnt your fault|its not your fault) && permanently|forever|goodbye|anymore|bye',
    // lead37 (set dz): things given to a sister while she thinks one is "just decluttering".
    '(thinks im just|think im just|thought i was just|thinks i am just|thinks its just|think its just) ..1 decluttering|cleaning|organizing|downsizing|purging|tidying|nesting && gave|give|giving|given|away|keep|have',
    // lead38 (set ec): where the passwords are and who gets what, written down "just in case"; (set ed) every account closed
    // and squared away so there is nothing left for the family to sort out.
    'who ..1 gets ..1 what && (just in case|dont worry|passwords|password|journal|note|letter|if anything|my will|accounts|when im gone)',
    'where ..2 my|the ..1 passwords|password|pins|will|papers|keys|accounts ..1 are|is && (just in case|dont worry|who gets|if anything|in case|when im gone|after im gone)',
    'nothing ..2 left|leftover ..3 for ..2 my|the ..1 family|kids|wife|husband|parents|mom|dad|son|daughter|sister|brother ..2 to ..1 sort|deal|handle|clean|figure|worry|take|pay|do',
    'every|all|each ..1 account|accounts|bill|bills|thing|things|debt|debts ..2 closed|settled|squared|paid|wrapped|cleared ..6 family|kids|wife|husband|nothing|nobody|before',
    // lead39 (set eg): the gym, streaming and phone cancelled, none of it needed any more.
    'cancelled|canceled|cancelling|canceling|ended|ending|ends|closed|quit|stopped ..3 gym|netflix|spotify|hulu|subscription|subscriptions|membership|memberships|lease|phone|accounts && (wont need any of it|wont need any of that|wont need any of them|wont be needing any of it|wont be needing any of that|dont need any of it|not gonna need any of it|wont need it anymore|wont need them anymore)',
    // lead39 probes (a crisis in the desk's words): the one the practice is to call after a day named; paperwork put
    // in order beside an estate or a will.
    '(one you call|one to call|who you call|who to call|person you call|person to call|one you contact|who you contact|one youll call|one youll need to call) ..2 after|once ..2 this|tonight|tomorrow|{weekday}|weekend|today',
    'getting|got|get|putting|put ..1 my ..1 paperwork|affairs|papers|things|stuff ..2 in ..1 order && estate|will|beneficiary|afterwards',
    // Set ek (lead40, 2026-12-07): a note, letter or video written and scheduled to post or send at an hour ("i wrote
    // a note and scheduled it to post on my twitter at 3am").
    'scheduled|queued|timed|set|programmed ..3 it|note|letter|post|message|video|email|tweet|goodbye ..2 to ..1 post|send|go|publish|upload|drop|release ..6 at|tomorrow|tonight|midnight|after|when|morning|{number}|am|pm & note|letter|goodbye|wrote|written|recorded|video|sorry',
    // Probed by kind (lead40): a last stream or video, with goodbye said or no coming back.
    'my ..1 last|final ..1 stream|video|upload|post|broadcast && (wont be back|not coming back|never coming back|said bye|said goodbye|this is goodbye|for good|forever)',
    // Probed by kind (lead40): a last invoice or one's things handed to someone who will take care of them.
    'taking|take|takes ..1 care ..1 of ..1 my ..1 stuff|things|affairs|belongings|estate|everything && last|final|after|gone|ever|anymore|settled',
    'transfer|send|bill|leave|give ..4 my estate',
    // Read by the word model until the thirtieth round's refit (lead40, lead24c's neighbour): a note saying one is
    // leaving forever or for good.
    'note|letter|message ..5 leaving|going|gone ..2 forever',
    'note|letter|message ..5 leaving|going|gone ..2 for ..1 good',
  ],
  es: [
    // Todo arreglado o dejado para la familia "cuando me vaya" (lead26: "ya arregle todo para que mi familia no tenga
    // problemas cuando me vaya" llegó a la agenda).
    'arregle|deje|organice|prepare|dejo|arreglando|dejando ..2 todo|todas|mis|las & cuando ..2 me ..1 vaya|muera|falte|haya & familia|hijos|hijas|esposo|esposa|problemas|listo|lista|carro|dinero|casa',
    'arregle|deje|organice|prepare ..2 todo ..4 para ..1 que ..2 mi|mis ..1 familia|hijos|hijas|esposo|esposa|papas|mama & vaya|muera|falte|adios|gracias|listo|lista',
    // Set cm (recall23, 2026-12-06): dónde está uno, dicho para que alguien sepa, con todo lo que necesita traído o una
    // despedida; todo lo necesario llevado a un motel, un puente o el granero.
    'alguien|alguno|ustedes ..1 supiera|sepa|sepan|supieran ..1 donde ..1 estoy|estaba|ando|andaba|voy|fui|quede && (todo lo que necesito|todo lo que necesitaba|traje todo|tengo todo|adios|perdon|los quiero|te quiero|sola|solo|nadie|pastillas|pistola|carta|ultima|ultimo)',
    'traje|tengo|llevo|lleve|empaque ..1 todo ..1 lo ..1 que ..1 necesito|ocupo|necesitaba|voy && motel|puente|salida|bosque|granero|rio|lago|presa|barranco|cantera|monte|cabana|garaje|silo',
    // Sets ci, cj y ck (recall22, 2026-12-06): un post o un último video de despedida; un adiós con gracias por lo que
    // uno fue; la carta o la nota escrita, sin estar bien; papeles dejados "para cuando ya no esté".
    'ultimo|ultima ..1 video|post|publicacion|tiktok|historia ..3 despedida|adios|perdon|borro|borrado|borrada',
    'ultimo|ultima ..1 video|post|publicacion|tiktok|historia && (no la encontramos|no lo encontramos|no la encuentro|no lo encuentro|no aparece|desaparecio|lo borro|la borro)',
    'decir|decirle|decirte|decirles ..1 adios && gracias ..3 por ..1 ser|estar ..2 la|el|una|un|siempre|ahi|unica|unico',
    'escribi|termine|deje ..1 la ..1 carta|nota && no ..1 estoy ..1 bien|ok|segura|seguro',
    // Una carta o una nota dejada por alguien que no contesta o no aparece (lead26: "mi hermano dejo una carta y no
    // contesta el telefono"), como en inglés.
    'dejo|escribio|dejaron|encontre|encontramos ..2 una|la|un|su ..1 carta|nota|mensaje && no ..1 contesta|responde|contestan|aparece|regresa|llega|sabemos|encontramos|encuentro',
    'dejo|escribio|dejaron|encontre|encontramos ..2 una|la|un|su ..1 carta|nota|mensaje & no ..1 contesta|responde|contestan|aparece|regresa|llega|sabemos|encontramos|encuentro',
    '(para cuando ya no este|para cuando no este|para cuando me muera) && expediente|papeles|preguntas|respuestas|carta|explicar|entender|firmar|records',
    // La holdout ca (lead, 2026-12-06): ya no la voy a necesitar, y gracias por intentarlo.
    'no ..1 fue ..1 su|tu ..1 culpa && intento|intentaron|esforzo|trato|hizo',
    // Sets bw-cb en espanol (lead, 2026-12-06): ya dije todo lo que tenia que decir; la puerta sin llave para que nadie
    // la rompa; el testamento y una carta; una lista de gente a quien pedir perdon.
    'ya ..1 dije ..2 todo ..3 tenia|queria|necesitaba ..2 decir',
    'puerta ..2 abierta|sin ..3 nadie|no ..3 romper|rompa|tumbar|tumbe',
    // Un conjunto fuera del proyecto (lead22): a quien llamar "cuando llegue el momento" o "cuando ya no este".
    'llamen|llamar|llame|llamarle|llamenle|avisen|avisar|avisenle|contacten|contactar|hablen|le ..6 (cuando llegue el momento|cuando llegue mi momento|cuando ya no este|cuando yo falte|cuando me vaya|cuando me toque|cuando pase)',
    'contacto|contactos ..2 de ..1 emergencia && (cuando llegue el momento|cuando llegue mi momento|cuando ya no este|cuando yo falte|cuando me toque)',
    'mi ..1 testamento ..3 y ..2 una|mi ..1 carta|nota',
    'lista ..3 personas|gente ..4 pedir ..1 perdon|disculpas',
    // Sets bw-cb (lead, 2026-12-06): la ropa, la compu o todo dejado a alguien; ya no voy a sufrir mas.
    'ya ..1 le|les ..1 deje|di|regale ..5 ropa|cosas|compu|computadora|celular|perro|perrito|gato|juegos|guitarra|joyas|carro|libros|consola',
    'le|les ..1 deje|dejo ..2 todo && gracias ..2 todo|necesitar*|despedi*|hijos',
    'ya ..1 no ..1 voy ..2 sufrir ..1 mas',
    // Set bs (lead): se va a aventar del andamio.
    'se ..1 va ..1 a ..1 aventar|tirar|lanzar|matar',
    'aventar|aventarse|aventarme|tirarse|tirarme|lanzarse|lanzarme ..3 andamio|puente|techo|azotea|edificio|piso|barranco',
    // Sets bq y br (lead): la última vez que uno escribe; la hermana que se queda con el perro y nada que explicar.
    'ultima|última ..1 vez ..2 que ..2 les|te|le|los|las ..1 escribo|hablo|molesto|llamo|escribire|escribiré|molestare|molestaré',
    'que ..2 se ..1 quede|quedara|quedará|encargue ..2 con|de ..2 mi|mis ..1 perro|perrita|perrito|gato|gatito|{pet}|cosas|hijos && gracias|explicaciones|explicar|adios|adiós|perdon|perdón',
    'no ..1 quiero ..1 dar ..2 mas|más ..1 explicaciones',
    'no ..3 recibir|tener ..2 otra|otro|mas|más ..1 llamada|mensaje|llamadas|mensajes|carta|correo ..2 mia|mía|mio|mío|de',
    'ya ..1 no ..3 saber ..2 de ..1 mi|mí',
    'este|esta ..1 es ..2 mi ..1 ultimo|último|ultima|última ..1 mensaje|correo|carta|llamada|texto',
    // Sets bo and bp in Spanish (lead, 2026-12-06): the last call or message one will send; one's things are for someone if
    // one is no longer here.
    'ultima|última ..1 llamada|vez|carta|noticia ..4 vas|van|va ..3 recibir|oir|oír|saber|ver ..2 de ..1 mi|mí',
    'ultimo|último ..1 mensaje|texto|whatsapp ..3 que ..2 te|les|le|les ..1 mando|escribo|envio|envío|voy',
    'si ..1 ya ..1 no ..1 estoy|estuviera|despierto ..6 mi|mis ..3 es|son|va|van|quedan|queda ..2 para',
    'si ..1 me ..1 pasa ..1 algo ..4 mis|mi ..2 cosas|{pet}|perro|perrita|gato|carro|troca|ropa|play|celular ..2 son|es|van|va|quedan|queda ..1 para',
    // Set bo (lead): ya no ir a las citas, sin razón, y gracias por todo; cuiden a los demás.
    'ya ..1 no ..1 voy|puedo|podre|podré ..2 ir|venir|necesitar|ocupar|seguir && gracias ..1 por ..1 todo',
    'ya ..1 no ..1 necesito|ocupo ..2 cita|citas|sesion|sesión|sesiones|consulta|consultas|terapia|mas|más && gracias ..1 por ..1 todo',
    'cuiden|cuidenme|cuídenme|cuida ..1 a ..1 los ..1 demas|demás|otros|otras',
    'regale|regalé|regalando|di|dí ..3 mi|mis ..1 perrito|perrita|gatito|gatita|{pet}|cosas',
    // recall20: a pet or one's things just handed to someone ("le acabo de dar mi perro a mi vecina").
    'acabo|acabe ..1 de ..1 dar|darle|regalar|regalarle ..2 mi|mis ..1 perrito|perrita|gatito|gatita|{pet}|cosas|ropa|joyas|guitarra|mascota|cachorro ..2 a',
    'deje|dejé|dejando|escribi|escribí|escribiendo|escribio|escribió ..3 cartas|carta|notas|nota',
    'mande|di|deje|regale ..3 mi ..1 ultimo|ultima ..1 cheque|pago|sueldo',
    'cancele|cancelando|termine ..2 mi ..1 lease|renta|contrato|apartamento & necesitar|nada|ya',
    'carta|cartas|nota|notas|video|mensaje ..2 de ..1 despedida',
    'despedirme|despedi|despidiendo|despedida',
    // Set ba (lead, 2026-12-05), in Spanish: last words written or rehearsed ("lo que diría al final").
    'lo ..1 que ..3 diria|diría|dire|diré|decir|escribir ..3 al ..1 final & escribiendo|escribi|escribí|escrito|cuaderno|libreta|diario|pensando|carta|nota',
    'mis ..1 ultimas|últimas ..1 palabras',
    'regale|regalando|regalar|regalo ..3 mis ..1 cosas|{pet}|{belongings}',
    'regale|regalando ..3 mi ..1 {pet}',
    'arreglando|arregle|dejar|dejando|deje ..2 todo ..2 en ..1 orden|para',
    'testamento',
    'seguro ..2 de ..1 vida',
    'cuando ..2 ya ..1 {neg} ..1 este|estemos|exista',
    'deje|dejando ..2 todo ..1 listo|preparado|arreglado|ordenado',
    'carta|cartas ..2 para ..2 mis|mi ..1 hijos|hija|hijo|familia|esposo|esposa|mama|hermana|hermano',
    'antes ..1 de ..1 irme|morir|morirme|partir',
    'regal*|di|dio ..3 perrito|perro|gato|gatito|mascota|cosas',
    'perdon|perdón|perdoname|perdóname|perdonenme|perdónenme|perdoneme|perdóneme ..2 por ..1 todo',
    'regal*|di|dio ..3 anillo|joyas|plantas|ropa|cosas',
    // A note left saying one is loved and asking forgiveness; a goodbye as 'a pleasure to have known you' (recall5).
    'nota|carta|mensaje ..6 perdonemos|perdoname|perdóname|adios|adiós',
    'nota|carta|mensaje ..6 quiere|quiero|queremos ..1 mucho|tanto|muchisimo',
    'fue ..1 un ..1 gusto|placer ..1 conocer*',
    'mejor ..4 mi ..1 ausencia',
    'ya ..1 no ..1 voy ..1 a ..1 llamar|escribir ..2 mas|más & perdon|perdón|gracias|todo',
    'por ..1 si ..1 me ..1 pasa ..1 algo & pronto|hoy|noche|manana|mañana',
    'donde ..1 nadie ..2 encuentre|encuentra|encuentren|busque',
    'dejo|dejó ..2 su|sus ..1 cartera|llaves|telefono|teléfono|celular|documentos & irse|ir|lejos|fue|nadie',
    // Set q (recall6), in Spanish: no es tu culpa si no llego; ya no necesito el resurtido.
    'no ..1 es ..1 tu|su ..1 culpa & si ..2 ya ..1 no ..2 estoy|llego|vuelvo|regreso|vengo|aparezco',
    'ya ..1 no ..2 necesito|necesitare ..3 resurtido|medicina|medicamento|medicamentos|pastillas',
    // Que los suyos tengan lo que necesitan "después", sin decir después de qué.
    'lo|todo ..2 que ..3 necesita|necesitan|necesiten|necesite ..2 despues & {child}|{family}|{partner}|{pet}|todos',
    // Set t: tools and a truck given away with nothing needed any more; thanks for all that was tried.
    'regal*|dio|dado|dando|repartio|repartió|repartiendo ..4 herramientas|camioneta|carro|cosas|ropa|perro|gato|anillo|reloj|caballo & necesitar|necesita|necesito|ya|nada|despues|después',
    'ya ..1 no ..2 va|voy|vamos|van ..1 a ..1 necesitar ..1 nada',
    'gracias ..3 todo ..2 lo ..1 que ..1 intento|intentó|intentaron|intentaste|trato|trató',
    // recall7: los papeles del perro para la vecina; ya perdoné y le devolví sus cosas.
    'papeles|cartilla|vacunas ..3 perro|perrito|gato|gatito|mascota & sobre|vecina|vecino|deje|dejé|di',
    'perdone|perdoné|perdono ..3 devolvi|devolví|regale|regalé|cosas|lista',
    // Set u (recall7), in Spanish: si me pasa algo, el código o el gato; las cartas en el cajón; el último adiós.
    'si ..2 me ..1 pasa|pasara|llega|llegara ..3 algo & gato|gata|perro|perra|mascota|codigo|código|llave|llaves|contrasena|contraseña|cartas',
    'las|la|mis ..1 cartas|carta|nota ..1 estan|están|esta|está ..2 en ..2 el|la|mi ..1 cajon|cajón|guantera|buro|buró|almohada',
    'me ..1 despedi|despedí ..4 por ..1 ultima|última ..1 vez',
    'adios|adiós ..4 por ..1 ultima|última ..1 vez',
    // Set z (recall8): everyone one owed paid; two pets left with two people; a funeral playlist; instructions for after.
    'pague ..3 a ..1 todos ..3 que ..1 les ..1 debia',
    // Everything owed paid, with the calm or the order of a last act (recall19: "ya pagué todo lo que debía" alone is
    // a bill paid, and went on call; "ya pagué todo lo que debía, ya me puedo ir tranquila" is the preparatory act).
    'pague ..2 todo ..2 lo ..1 que ..1 debia & tranquila|tranquilo|irme|orden|nadie|deudas|familia|hijos|despedir|despedirme|adios|paz|perdon|perdonen|pendientes|descansar|listo|lista',
    'deje|dejando|dejo|dejare ..3 {pet} ..3 con ..4 y ..3 {pet} ..2 con',
    'playlist|canciones|musica ..3 para ..1 mi funeral',
    'mi ..1 propio ..1 funeral',
    'instrucciones ..1 para ..1 despues',
    // Set x: a letter found that says goodbye to the family.
    'carta|nota|cartas|notas|mensaje & despidiendo*|despidiendose|despidiéndose|despedida|despedirse|despide|adios|adiós',
    // Set ab: if one is not here for the next visit, thanks; the deeds of the house handed over.
    'si ..1 no ..1 estoy ..4 proxima|próxima|siguiente & gracias|todo|adios|adiós|cuiden|perdon|perdón',
    'me|le|les ..1 dio|dió|dieron|entrego|entregó ..2 escrituras|papeles|titulo|título ..3 casa|carro|camioneta|terreno',
    // Probed by kind (recall7), in Spanish: regalé mis herramientas, no las voy a necesitar.
    'regal*|di|dio ..3 herramientas|guitarra|armas|coleccion|colección|troca|moto',
    'no ..1 las|los|la|lo ..1 voy ..1 a ..1 necesitar & regale|regalé|di|regalo|herramientas|cosas|ya',
    // Set ag: "my last video" posted and taken down.
    'ultimo|último ..1 video|mensaje|post|publicacion|publicación & publico|publicó|subio|subió|ya|es|borro|borró',
    // A Spanish probe by kind (recall7): mis cosas dejadas a alguien.
    'le|les ..1 deje|dejé|di|regale|regalé ..2 mis|todas ..2 cosas|pertenencias & hermana|hermano|mama|mamá|hijos|hijas|amigo|amiga|familia|vecina|vecino',
    // Probed (recall8): 'si no lo logro', with thanks or love passed on.
    'si ..1 no ..1 lo ..1 logro & gracias|quiero|adios|diganle|digan',
    // A third probe (recall8): 'te quiero, perdón' as a last message.
    'te quiero ..1 perdon|perdoname & apagado|{neg} ..2 contesta|responde',
    'te quiero ..1 lo ..1 siento & apagado|{neg} ..2 contesta|responde',
    // Set ai (lead): being found; no debts left to anyone; everything left paid.
    'cuando|si|quien ..1 me ..1 encuentren|encuentre|encuentran|hallen & llamen|llamar|avisen|avisar|primero|perdon|carta|cuerpo|contacto',
    'encuentren|hallen|encuentre ..2 mi ..1 cuerpo',
    'dejar|dejarle|dejarles|deje ..1 deudas ..2 a ..1 nadie|{family}|{child}|mis|mi',
    '{neg} ..2 dejarle|dejarles|dejar ..1 deudas',
    'dejar|dejo|deje ..1 todo ..1 pagado & nadie|deudas|antes',
    // Read across sentences: 'lo hice.' then a message of love or sorry for someone.
    'lo|ya ..1 hice && perdon|dile|diganle ..3 quiero|amo',
    // Set ah (recall9): affairs settled with the notary and the truck left to a nephew; someone too calm; pets to be
    // kept for good.
    'arregle|arreglado|arreglo|arreglando ..3 mis|los|todos ..2 cosas|papeles|asuntos ..3 con ..2 notario|abogado|notaria',
    'le|les ..1 deje|dejo|dejare ..2 la|el|mi|mis ..1 troca|camioneta|carro|casa|terreno|rancho|tierras|parcela ..2 a ..2 mi ..1 sobrino|sobrina|hijo|hija|nieto|nieta|hermano|hermana|compadre & arregle|notario|testamento|abogado|gracias|pena|citas',
    'demasiado|extranamente|raramente ..1 tranquilo|tranquila|calmado|calmada|sereno|serena',
    '{pet} ..3 para ..1 siempre & cuide|cuidara|cuidar|alimente|alimentar|quede|quedara|quedes|quedo|llave|dio|dejo',
    // Set ak (lead): a letter saying one cannot go on, a dog left to a daughter; 'don't look for me'; peace made with all.
    'carta|nota ..6 dice|decia|decía|diciendo & no ..2 puede|puedo ..1 mas|más',
    '{pet} ..2 es|son|queda|quedan ..1 para ..2 su|mi|hija|hijo|ti',
    'no ..1 la|lo|me|nos ..1 busquemos|busquen|buscar|busques',
    'hice|hecho|haciendo|hago ..2 las ..1 paces ..3 con ..2 todo|todos|dios|vida',
    // Set al (recall10): la nota que uno escribió, encontrada; todo dejado pagado.
    'encontro|encontró|encontraron|leyo|leyó|vio ..3 la|mi|las|mis ..1 nota|notas|carta|cartas ..2 que ..1 escribi|escribí|deje|dejé',
    'dejar|dejo|dejé|deje ..2 todo ..2 pagado|arreglado & porque|antes|si|estar|aqui|aquí',
    // Probed in set ah's voices (recall9): where the papers are, told in case; not to be seen again, all settled.
    'dije|ensene|mostre|explique ..3 donde ..2 estan|esta ..2 papeles|testamento|escrituras|seguro|poliza & caso|pasa|falta|algo',
    'ya ..1 no ..1 me ..1 va|van ..1 a ..1 ver ..1 mas & arregle|arreglado|gracias|todo|perdon|despido|adios',
    // Probed by kind (lead): the last time you will see or hear from me.
    'ultima|última ..1 vez ..3 me ..2 vas|van|vaya|veas|vean|ves ..2 a ..1 ver|oir|oír|escuchar',
    'ultima|última ..1 vez ..2 que ..1 me ..1 ves|ven|oyes|escuchas',
    // Read across sentences (lead, probed by kind): adiós, then love to them.
    'adios|adiós && los|las|te ..1 quiero|amo',
    // Unseen set an's two messages that reached staff (read by the lead; the set stays unseen otherwise): every
    // appointment cancelled because none is needed any more; one's cats left with the vet, the papers signed.
    'cancel* ..4 todas ..3 citas|sesiones & ya ..1 no ..2 (hacen falta|hace falta|necesito|voy a necesitar|necesitare)',
    'se ..1 queda|quedan|quedara|quedará ..2 con ..2 mis|mi ..1 {pet} & firme|firmé|papeles|siempre|ya',
    '{pet} ..4 firme|firmé ..2 los ..1 papeles',
    // Set ao (lead, Spanish): 'you will not see me again'; forgiving everyone by message; asking forgiveness on Facebook;
    // calling family to say one loves them, at peace; everything left organised; the kids left with a comadre 'if
    // something happens to me'; not your fault, then take care.
    'ya ..1 no ..1 me ..1 (vera mas|verá más|vera más|verá mas|veras mas|verás más|veran mas|verán más)',
    'los|las|te ..1 perdono & todos|contactos|mensaje|mande|mandé',
    'me ..1 perdonen & facebook|puse|todos|quiero|publique|publiqué',
    'decirles|decirle ..2 que ..1 los|la|lo|te ..1 quiero & paz|llame|llamé|años',
    'deje|dejé ..2 todo ..1 (organizado|arreglado|listo|pagado)',
    'si ..1 me ..1 pasa ..1 algo & niños|hijos|quede|encargue|perros|gatos',
    'no ..1 es ..1 su|tu ..1 culpa && (cuidese mucho|cuídese mucho|cuidate mucho|cuídate mucho|gracias por)',
    // Set ap (lead, Spanish): found quickly there; no longer needed; things handed over, then not needed (a pair); 'you
    // will know why'; bills paid for months, at peace; photos deleted, 'gracias por todo'.
    'me ..1 encuentran|encuentren ..2 rapido|rápido|pronto',
    'pase|pasé|regale|regalé|di ..4 mi|mis && no ..1 lo|los|la|las ..1 voy ..1 a ..1 necesitar',
    'ya ..1 saben|sabes ..1 por ..1 que|qué & llego|cita|dia|día',
    'deje|dejé ..1 pagad* & meses|paz|año',
    'ya ..1 estoy ..1 en ..1 paz & deje|dejé|pagad*|cajas|todo',
    'borre|borré ..3 fotos & instagram|facebook|gracias|todas',
    'si ..1 me ..1 pasa ..1 algo & hija|hijo|dinero|renta|informacion|información',
    // Probed by kind (lead, 2026-12-05): forgiveness asked for what one is about to do; the children or a pet
    // entrusted to someone beside a goodbye.
    'perdon*|perdón|perdóname|perdónenme|disculp*|siento ..4 lo ..1 que ..1 (voy a|estoy por|estoy a punto de) ..1 hacer',
    'perdon*|perdón|perdóname|perdónenme|disculp*|siento ..4 lo ..1 que ..1 hare|haré',
    'cuiden|cuida|cuidan|cuidenme|cuídenme|cuidame|cuídame|cuidale|cuídale ..3 {child}|{pet}|{family}|mama|mamá|papa|papá & adios|adiós|extrañar|extranar|extrañare|extrañaré|extranare|perdon*|perdón|perdónenme|despid*|despedida',
    // Parity with English (parity12, 2026-12-05): a note asking forgiveness left behind; a promise asked to remarry
    // "after"; "if I don't come, don't bother calling"; games, consoles and tools given away; accounts deleted with
    // goodbyes; "si no regreso, díganle"; "dile a mi mamá que lo siento"; "no es culpa de ustedes" if one is not there;
    // thanks for a good life.
    'volveria|vuelva|volviera|vuelvas ..1 a ..1 casar|casarme|casarte|casarse & prometiera|prometa|prometer|prometas|despues',
    'si ..1 no ..1 llego|vengo|aparezco|estoy|regreso|contesto ..6 no ..1 se ..1 molesten|molestes|moleste',
    'regalando ..4 videojuegos|switch|xbox|play|playstation|consola|herramientas|guitarra|coleccion',
    'borre|borro|elimine|elimino|cerre|cerro|desactive ..3 redes|cuentas|instagram|facebook|tiktok|perfiles & regal*|adios|despedi*|intentarlo|necesitar|gracias',
    'si ..1 no ..1 regreso|vuelvo|despierto ..6 diganle|digan|dile|digale|decirle|avisen',
    'dile|diganle|digale|decirle|digan ..2 a ..1 mi ..1 mama|papa|familia|hijos|hija|hijo|esposa|esposo|hermana|hermano ..3 que ..1 lo ..1 siento',
    'gracias ..3 por ..2 una|esta ..1 buena|bonita|linda ..1 vida',
    'dejo|dejaron ..3 una|un ..1 nota|carta & lo ..1 sentia|siento|siente|sentimos & entender|entenderan|entenderian|perdonen|perdon|todos|adios',
    'les|le ..1 encontre|consegui|busque ..1 casa|hogar|dueno|duenos|familia & {pet}|gatos|perros|mascota|mascotas',
    'si ..1 no ..1 estoy|llego|aparezco|vengo & no ..1 es|fue|sera ..1 culpa ..2 de ..1 ustedes|usted|nadie',
    // Set aq (lead, Spanish, 2026-12-05): thanks for trying beside a pet left or a goodbye; a truck sold and debts paid; a note saying sorry, that
    // they loved us, that it is nobody's fault.
    'gracias ..1 por ..1 intentarlo|intentar && {pet}|adios|adiós|perdon|perdón|despido|despedida|cuiden',
    'vendi|vendí|regale|regalé ..3 troca|carro|coche|casa|cosas|camioneta & pague|pagué|deuda|deudas|deberle|debia|debía',
    '{neg} ..2 deberle ..2 a ..1 nadie ..2 cuando ..1 me ..1 vaya|muera',
    'nota|carta|notita & (lo sentia|lo sentía|lo siento|culpa de nadie|nos quería|nos queria|los quería|los queria|los quiero|nos quiere)',
    // Set ar (recall11): savings given away ('a mi hermano le di mis ahorros'); 'por si algo me pasa pronto'; thanks for
    // all that was done for one, beside 'si algo me pasa'.
    'di|regale|entregue|deje|pase|done|heredo ..4 mis|todos|todo ..2 ahorros',
    'algo ..1 me ..1 pasa|pasara|pase|llega ..3 pronto',
    'gracias ..2 por ..1 todo ..2 lo ..1 que ..3 hicieron|hizo|han|ha|hiciste|hicieron ..2 por ..1 mi && si ..2 (algo me pasa|me pasa algo|algo me llega a pasar|me llega a pasar algo|algo me pasara|me pasara algo)',
    'si ..1 algo ..1 me ..1 pasa|pasara|pase & tenga|tengan|records|expediente|hermana|hermano|cuenta|cuentas|papeles|documentos|llaves|contrasenas|{child}|dinero',
    // Parity, second round (parity12, 2026-12-05): "no es su culpa, pase lo que pase"; no appointment after this one, with
    // thanks; a note found asking forgiveness; who gets one's things; a dog given for good.
    '(no es su culpa|no es culpa de ustedes|no es tu culpa|no fue su culpa) & (pase lo que pase|si algo pasa|si algo me pasa|lo que sea que pase)',
    '(ni a ninguna despues|ni a ninguna mas|ni a ninguna otra|ni ninguna otra) && (gracias por todo|fueron buenos conmigo|fueron muy buenos)',
    'nota|carta|cartas|notas & pidiendo ..1 perdon|disculpas & dejo|encontre|encontramos|abierta|todos|dejaron',
    'quien ..2 se ..1 queda|quedan|quedara ..2 con ..3 mis|sus ..1 cosas',
    'a ..1 quien ..2 le ..1 toca|tocan|tocaria ..3 sus|mis|cada ..1 cosas|cosa',
    'cuide|cuidar|quede|quedara ..3 perro|gato|{pet} ..2 para ..1 siempre',
    // Letters written by someone else (third person): once read only as a misspelling of 'escribí'.
    'escribio|escribieron|dejo|dejaron ..3 cartas|carta|notas|nota & todos|hijos|familia|despedida|perdon|siento|va|adios|cada',
    // Parity, regional words (parity12, 2026-12-05): debts paid so as to leave nobody a problem.
    'no ..1 dejarle|dejarles|dejar ..2 problemas|deudas|cargas|pendientes ..2 a ..1 nadie|mis|mi & pagando|pague|pagar|pagado',
    // Parity, indirect kinds (parity12, 2026-12-05): someone saying goodbye to everyone in a post or a note.
    'despide|despidio|despidiendo|despedia ..3 de ..1 todos|todo|nosotros|sus|mis & publico|instagram|facebook|tiktok|historia|post|nota|carta|mensaje|escribio',
    // Probed by kind (lead, 2026-12-05): the therapist thanked for having done what they could, at a goodbye.
    '(hizo lo que pudo|hiciste lo que pudiste|hizo todo lo que pudo|hiciste todo lo que pudiste|hizo lo posible|hiciste lo posible) & gracias|perdon|perdón|adios|adiós|todo',
    // Probed by kind (recall11, 2026-12-05): a goodbye to everyone posted; never to be seen
    // again ('ya no me van a ver más'); 'no me dejen sola, no sé qué voy a hacer'.
    'despedir|despedirme|despedirse|despidiendose|despidiendome ..2 de ..1 todos & publico|posteo|subio|puso|instagram|facebook|tiktok|estado|redes|video|carta|whatsapp',
    'no ..1 me ..1 (van a ver|vas a ver|va a ver|volveran a ver|van a volver a ver) ..2 mas|nunca',
    'no ..1 me ..1 dejen|deje|dejes ..1 solo|sola && no ..1 se ..2 que ..1 voy ..1 a ..1 hacer|hacerme',
    // Probed by kind (recall11, 2026-12-05): what is to be done with one's things written down; everything organised so
    // that the family will not struggle when one is gone.
    'lo ..1 que ..1 quiero ..1 que ..1 hagan ..2 con ..1 mis ..1 cosas|hijos|perro|gato|mascotas|cuerpo|cenizas',
    'organizando|arreglando|dejando|preparando ..4 para ..1 que ..1 no ..1 sufran|sufrieran|batallen|batallaran ..2 cuando',
    'cuando ..2 yo ..1 ya ..1 no ..1 este|estoy|exista',
    // Probed by kind (recall11, 2026-12-05): 'no va a volver a saber de mí'.
    'no ..2 (van a volver a saber|va a volver a saber|vas a volver a saber|volveran a saber|vuelven a saber|sabran mas|vas a saber mas) ..2 de ..1 mi',
    // Probed by kind (recall13, 2026-12-05, gate av): no trouble left to anyone "cuando me vaya", belongings left
    // to a sibling that "ya no las voy a usar", a pet rehomed with everything settled, a goodbye post a parent
    // reports with a child who does not answer.
    '{neg} ..3 dejarle|dejarles|dejar ..2 problemas|deudas|cargas|pendientes ..2 a ..1 nadie|mis|mi ..3 cuando ..2 vaya|muera|falte|parta|este',
    'deje|dejé|regale|regalé|di ..2 mis|mi ..1 cosas|tenis|juegos|ropa|xbox|play ..3 a && ya ..1 no ..1 las|los|la|lo ..1 voy ..2 usar|necesitar|ocupar',
    'gato|gata|gatos|perro|perra|perros|perrito|perrita|mascota ..4 va|vaya|queda|quede|ira ..2 con ..2 vecina|vecino|hermana|hermano|amiga|amigo|mama|tia|prima|primo & arreglado|arreglada|arregle|arreglé|debia|debía|deudas',
    'publico|publicó|puso|subio|subió|posteo|posteó|escribio|escribió & gracias|adios|perdon|perdonen|perdonenme|despidio & {neg} ..2 contesta|responde|contestar|aparece|encuentro|localizo',
    // A goodbye to everything for good (recall13, set ay, 2026-12-05).
    'despedir|despedirme|despido ..2 de ..1 todo|todos|todas ..3 para|pa ..1 siempre',
    'despedir|despedirme|despido ..2 de ..1 todo|todos|todas && para|pa ..1 siempre',
    'despedir|despedirme ..2 de ..1 todo|todos ..2 de ..1 la ..1 vida',
    // Probed by construction (recall16, 2026-12-05): the life insurance in the children's name; a last 'I love you';
    // things left for when one is not here.
    'seguro ..2 de ..1 vida ..4 nombre|hijos|hijas|beneficiario|beneficiaria|beneficiarios|familia',
    'por|x ..1 ultima ..1 vez & quiero|quiera|amo|perdon|gracias|adios|quieran',
    'cuando|cuándo ..1 ya ..1 {neg} ..1 este|estemos|estare|esté',
    'para|pa ..1 cuando ..1 {neg} ..1 este|esté|estare',
    // Probed by construction (recall16, second batch): passwords written down and left.
    'deje|dejo|dejando|anote|apunte|escribi ..3 contrasenas|claves|passwords|contraseñas',
    // Probed by construction (recall16, third batch): one's own funeral or grave paid for; a video or letter left in
    // case one is not there.
    'pague|compre|aparte|arregle|organice|planee ..3 mi ..1 funeral|tumba|cremacion|entierro|velorio|lugar ..2 panteon|cementerio',
    'por ..1 si ..1 {neg} ..1 estoy|estare|regreso|despierto|vuelvo',
    // The insurance arranged so that the family collects.
    'seguro ..6 para ..1 que ..3 {child}|{family}|{partner} ..2 cobren|cobre|reciban|reciba',
    // Probed by construction (recall16, fifth batch): someone to keep the children or the pet for when I am not
    // here (a bare 'cuando yo no esté' is also a trip).
    'cuando|cuándo ..1 yo ..1 {neg} ..1 este|esté|estemos|estare & quede|quedara|cuide|cuidara|encargue|encargué|carta|cartas|testamento',
    // Probed by construction (recall18, 2026-12-05): a belonging given away because one will not need it, so that
    // one is remembered, or with a brother told to look after their mother; a child suddenly calm who gives things
    // away; passwords left just in case; one's own wake or burial arranged; debts returned with an apology;
    // accounts closed and handed over; social media deleted and photos sent; a pet and the keys handed over.
    'regale|regalo|regalando|reparti|repartio|di|dio|deje|dejo|vendi|vendio ..4 mi|mis|su|sus ..3 {belongings}|{pet}|ps|pss|playstation|nintendo|bici|bicicleta|celular|tablet|guitarra|joyas|tenis|consola|compu|laptop|xbox|videojuegos & necesitar|necesitarlo|necesitarla|necesitarlos|necesitarlas|falta|acuerde|acuerden|recuerde|recuerden',
    'regale|regalo|regalando|reparti|repartio|di|dio|deje|dejo & cuide|cuides|cuida|cuiden ..1 a ..1 mi|mis ..1 mama|mami|papa|hermanos|hermanito|hermanita|hijos|abuela',
    'reparti|repartio|repartiendo ..2 mi|mis|su|sus|toda|todas ..3 cosas|{belongings}|pertenencias',
    'regalo|regalando|regale|despidio|despidiendo & de ..1 repente|pronto & tranquilo|tranquila|calmado|calmada|paz|feliz',
    'deje|di|pase|entregue|anote|comparti ..6 contrasenas|claves|passwords & acaso|algo|sabe|sabes|falte|llegue',
    'instrucciones|dicho|escrito ..3 mi ..1 velorio|funeral|entierro|cremacion|sepelio|novenario',
    'que ..1 me ..1 entierren|cremen|velen & deje|dicho|escrito|instrucciones|listo|lista|junto',
    'devolvi ..4 lo ..1 que ..1 me ..1 prestaron|prestaste|prestaban|debia & perdon|tranquilo|tranquila|paz|todos',
    'cerre|cancele ..2 mis ..1 cuentas & pase|deje|di ..2 todo',
    'borre|cerre|elimine ..3 redes|cuentas|facebook|instagram|tiktok & fotos|despedi|despedirme|adios|perdon|carta',
    'deje|di|regale ..4 {pet} & llaves ..3 casero|casera|dueno|duena|landlord',
    'cuando ..1 yo ..1 {neg} ..1 este|estemos|estare & arregle|batallen|batalle|sufran',
    // Across two sentences (recall18, second batch): instructions left for the wake, then where one is to be buried.
    'instrucciones|dicho|escrito ..3 velorio|funeral|entierro|cremacion|sepelio && me ..1 entierren|cremen|velen',
    // Una carta o una nota ya escrita y guardada donde la van a encontrar (recall19, 2026-12-05).
    'carta|cartas|nota|notas ..3 escrita|escritas|lista|listas|terminada|terminadas && en|debajo|bajo|dentro ..3 cajon|escritorio|almohada|buro|cartera|guantera|colchon|ropero',
    // Set be (recall19, 2026-12-05): una despedida publicada sin la palabra; quién se queda con sus cosas, escrito.
    'gracias ..2 por ..1 todo & los|las ..1 quiero|amo & perdon|perdonen|perdonenme|publico|estado|historia|puso|subio|contesta',
    'quien ..2 se ..1 queda|quedara|quede ..2 con ..1 su|mi|sus|mis ..1 celular|ropa|cosas|perro|gato|juegos|consola|telefono|bici|compu & escribio|escribi|diario|lista|carta|nota|cuaderno|encontre',
    // Probes beside requests (recall19): vendí todas mis cosas.
    'vendi|regale ..1 todas|todos|toda ..1 mis ..1 cosas|pertenencias|muebles|ropa',
    // Set bg en español (recall21): la tarjeta y lo que debía pagados, y una llamada para decir que la quiero.
    'pague|liquide|salde ..4 tarjeta|tarjetas|prestamo|debia|debo|carro|todo && llame|marque|visite|escribi ..6 decirle|decirles|decir ..3 quiero|amo|adios',
    'pague|liquide|salde ..4 tarjeta|tarjetas|prestamo|debia|debo|carro|todo && ya ..1 todo ..2 esta|quedo ..1 hecho|listo|arreglado|terminado',
    'perdon|perdoname|siento ..3 no ..1 pude|poder ..1 hacerlo|mas|seguir && no ..1 es ..1 su|tu|culpa',
    // Que a la familia no le llegue la cuenta despues (lead24, 2026-12-06).
    'familia|esposa|esposo|mama|papa|hijos|padres|nadie ..3 tenga|tengan|reciba|reciban|pague|paguen|llegue ..3 cuenta|deuda|deudas|factura|cobro & despues|luego|falte|muera|muero|vaya',
    '(gracias por todo|agradezco todo) && (cuidense|cuidese|cuidate|cuiden mucho|cuide mucho|cuiden a|se cuidan|te cuidas)',
    // Una menor que se escapo y dejo una nota de que se iba para siempre (the holdout cr, read at the round's end, lead24c).
    'iba|ir|voy|va|vaya|fue|irme|irse|ido ..2 para ..1 siempre & nota|carta|mensaje|escapo|escapó|albergue|despedida|casa|notita',
    // lead33 (set dm): el último correo que se les manda; alguien que se va a encargar de todo después.
    'ultimo|ultima ..1 correo|mensaje|vez|carta ..3 que ..2 les|te|le|los ..1 mando|escribo|envio|mandare|escribire',
    'encargar|encargarse|encarga|encargue ..2 de ..1 todo ..1 despues',
    // Set ek (lead40): una carta o un video escrito y programado para publicarse o enviarse a una hora.
    'programe|program\u00e9|programada|programado|agende|deje ..3 la|lo|una|un|mi ..1 carta|nota|mensaje|video|publicacion|post ..4 para ..3 publicar|publique|enviar|envie|mandar|salga|subir & carta|nota|despedida|escribi|grabe|perdon',
    // Probado por tipo (lead40): despedirse para siempre.
    'despedia|despidio|despidiendo|despido|despedirse|despedirme|despedi|despedimos ..3 para ..1 siempre',
  ],
};

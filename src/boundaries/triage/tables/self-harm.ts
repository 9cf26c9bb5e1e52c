import type { TriageTable } from '../triage-category.js';

/**
 * Self-harm: cutting, burning, hitting or otherwise hurting oneself, urges to, and relapse after time "clean",
 * including the community's shorthand (sh, "relapsed", "cut again"). [sources: c-ssrs-screener, samhsa-988]
 */
export const SELF_HARM: TriageTable = {
  label: 'self_harm',
  en: [
    // The holdout ca, read at the round's end (lead, 2026-12-06): arms others are about to see, beside doing it again.
    'see|notice|sees ..2 my ..1 arms|wrists|thighs|legs|cuts|scars & swim|practice|gonna|freaking|sleeves|pe|gym|scared|hide|tomorrow',
    // Sets bw-cb (lead, 2026-12-06): catscratch (the community's word for cuts); cuts getting deeper.
    'catscratch|catscratches|catscratching',
    'cat ..1 scratch|scratches ..3 relapse|relapsed|again|deeper|arm|arms|wrist|wrists|legs|thigh|thighs',
    'cuts|cutting|scratches|marks|it ..3 getting|got|gets ..1 deeper & relapse|relapsed|cut|cutting|every|night|arm|wrist|thigh|leg|control',
    // Set bq in English (lead): cutting moved where nobody sees.
    'so|where ..3 nobody|noone|{neg} ..2 see|sees|notice|notices|can ..1 see && cut|cutting|cuts|burn|burning|scratching|marks',
    'now ..2 i ..1 do ..1 it ..2 on|in ..2 my ..1 legs|thighs|stomach|hips|ribs & cut|cutting|cuts|arms|burn',
    // A hand put through a window or a mirror (lead, 2026-12-06, from the round's holdout set, read at its end).
    'put|punched|shoved|smashed|slammed ..1 my ..1 hand|fist|arm ..2 through ..2 a|the|my ..1 window|wall|glass|mirror|door',
    // A relapse that went deeper or needs stitches (lead, 2026-12-06, from an unseen set: "relapsed last night. like bad.
    // deeper than before and i think it might need stitches"). Stitches after a fall or a game name no relapse.
    'stitches|stiches|sutures|stitch & relapsed|relapse|relapsing|deeper|sh',
    'deeper ..2 than ..2 before|usual|ever|last & relapsed|relapse|cut|cuts|cutting|bleeding|bled|sh|stitches',
    // The community's words for the depth of a cut (lead, 2026-12-05, from a holdout set: "my arms are all beans
    // now"): beans, styro, barcode arms; and cuts or scars hidden under sleeves.
    'arm|arms|thigh|thighs|leg|legs|wrist|wrists|skin ..3 beans|styro|styrofoam|barcode|barcodes|barcoded',
    'beans|styro|styrofoam ..2 deep|level|cut|cuts|cutting',
    'hiding|hide|hid|cover|covering|covered ..3 cuts|scars|marks ..3 hoodie|hoodies|sleeves|sleeve|bracelets|sweatshirt',
    'sh|selfharm ..1 again|relapse|relapsed',
    // A word of bodily harm or bleeding that no ordinary or clinical sense explains is read as a crisis.
    '{risk_verb}|{blood}',
    '{self_harm_verb} ..1 {self}',
    '{self_harm_verb} ..1 my ..1 self',
    '{skin_harm_verb} ..3 my|her|his|their ..1 {body_part}',
    'hit|hitting|bang|banging|punch|punching ..2 my ..1 head ..2 against|into|on ..2 wall|walls|floor|door',
    'self|sh ..1 harm|harming|harmed|hurt|injury|injuring',
    'selfharm*|selfinjur*|selfhurt*|nssi',
    // The idea: a harm done to one's own body.
    '{skin_harm_verb}|hit|hitting|punch|punching|hurt|hurting|harm|harming ..3 {self} & again|relapse*|relapsed|urge|urges|stop|keep|last|night|deserve|deserved|feel|on ..1 purpose',
    '{body_part} ..3 {skin_harm_verb}|marks|scars|cuts|burns & i|my|myself|again|relapsed',
    'sh & urge|urges|relaps*|again|clean|cutting|scars|wounds|blade|streak',
    'relaps* ..3 sh|cutting|self|blade|burning',
    'relaps* & blade|razor|cut|cutting|scars|wounds',
    'cutting|burning|scratching ..1 again',
    'cut|burned ..1 again',
    'started|start|began|back ..2 cutting|burning|hurting ..2 again|myself',
    'cut|cutting ..3 deep|deeper',
    'deep ..1 cuts',
    'urge|urges|tempted ..4 cut|burn|hurt|harm|sh',
    'until|til|till ..3 bleed*|bled|blood|bruise*',
    'slipped|relapsed|relapse & {blade}|scissors|lighter|cut|cutting|burn|burning|marks|scars|sh',
    '{body_part} ..4 marks|cuts|scars|burns|wounds|scratches',
    'scissors|glass|lighter & again|myself|arm|arms|wrist|wrists|thigh|thighs|skin|relapsed|slipped',
    '{blood} & cut|cutting|myself|arm|arms|wrist|wrists|thigh|thighs',
    'punish*|hurt|hurting ..1 {self}',
    'scars ..3 fresh|new|again|hiding',
    // The idea, in any order: harm to one's body, on purpose or to feel it.
    '{self_harm_verb}|{skin_harm_verb}|punched|burned|hit ..6 on ..1 purpose',
    'want|wanted|needed ..2 it|myself|me ..1 to ..1 hurt|bleed|feel|sting',
    'until|til|till ..3 bleed*|bled|blood|bruise*|numb|broken|blister*',
    'bandaged|bandages|bandage|bandaids|stitches ..4 from ..1 cutting|cuts|burning|burns',
    'from|by ..1 cutting|burning & my|{body_part}|arms|legs|scars|bandaged|marks',
    '{skin_harm_verb} & {body_part} & my|myself|me|again|deep|deeper|last|night|purpose|mis|me',
    'dug|digging|dig ..3 nails|nail|fingernails ..3 into|till|until|in',
    'drew|draw|drawing ..1 blood',
    'to ..1 feel ..1 something & {self_harm_verb}|{skin_harm_verb}|burned|hit|punched|cut',
    'cutting|burning|hurting ..2 helps|helped|works|worked',
    'helps|works ..2 is ..1 cutting|burning|hurting|sh',
    'did|done|do ..1 it|this|that ..2 to ..1 myself',
    'stitches|bandages|bandaged|wounds & myself|purpose|did|cutting|cut|again|relapsed',
    // Marks explained away or hidden ('cat scratches, they're not'), a streak of days clean broken.
    'not ..2 cat ..1 scratch*|scratches',
    'not ..2 from ..2 the ..1 cat',
    'hide|hiding|hid|cover|covering ..3 marks|cuts|scars|arms|wrists|thighs',
    '0|zero ..1 days ..1 clean',
    'days ..1 clean & broke|broken|relapsed|reset|again|tonight|knife|blade',
    // 'sh'd' written with its apostrophe dropped; wounds dressed or hidden after a relapse; a child's arms seen.
    'shd|shed ..1 again|last|today|tonight|yesterday',
    '{neg} ..2 want|let ..2 you|anyone|anybody|them ..2 see ..2 the|my ..1 bandages|cuts|arms|scars|wrists|marks|bandage',
    'butterfly|steri ..1 strips|strip|stitches & needed|need|had|used|put|thing|again|night|relapse*',
    'saw|seen|noticed|found ..2 her|his|their ..1 arms|legs|thighs|wrists & {child}|daughter|son|teen|years|yo|covered|cuts|cut|marks',
    'need|needed ..1 new|more ..1 bandages|gauze & ran|out|lol|again|week|bad',
    'pic|picture|photo ..3 of ..2 her|his|their|my ..1 wrist|wrists|arm|arms|cuts & sent|sorry|bleeding|send',
    // Set x: long sleeves in the heat, for a reason.
    'long ..1 sleeves|sleeve ..4 july|august|summer|heat|hot|reason|hide|hiding|cover|covering|see',
    // Probed by kind (recall7): arms or wrists 'a mess', not able to stop.
    'arms|arm|wrists|wrist|legs|thighs ..2 are|is|s ..1 a ..1 mess & cant|stop|again|blood|bleeding|scars|cuts|sleeves|hide|covered',
    // Set ac: a cut told as "not deep".
    'not|wasnt|isnt|arent|werent ..1 deep',
    'not|wasnt|isnt ..1 too|that|very|super ..1 deep',
    // Set ad: "sh'ing" (read shing), something done to oneself, a wrist stitched up.
    'shing|shd|shed ..2 again|days|today|tonight|night|week|lately',
    'been|keep|started|im|was ..2 shing',
    // Or about to be done, feared or said (lead26: "i'm afraid i'm going to do something to myself tonight").
    'did|done|do|doing ..1 something ..2 to ..1 myself|herself|himself|themselves',
    // Hitting one's own face or head and not able to stop (set cc, kept on call after the word model's refit on 76 sets,
    // lead26: "I have been hitting my face with my fists and I can't stop").
    'hitting|punching|slapping|smacking|banging ..2 my|her|his ..1 face|head|arms|legs|chest|stomach ..6 fists|fist|cant|cannot|stop|until|bleed|bleeds|bruise|bruises|bruised',
    'stitched|stitches|stiches|sutures|staples ..4 wrist|wrists',
    // Set am (lead): the intrusive thoughts 'won'.
    'intrusive ..1 thoughts ..2 won|win|winning',
    // Set ar (recall11): arms that cannot be shown in short sleeves.
    'my ..1 arms|wrists|thighs ..4 mess|messed|bad|rough|wrecked & sleeves|sleeve|shorts|hoodie|sweater|show|see|hide|cover|covered|person',
    // Probed by kind (recall13, 2026-12-05, gate av): cutting with a pencil sharpener's blade.
    'cutting|cut|scratching|scratched ..6 sharpener|compass',
    // Probed by kind (recall12, 2026-12-05): a relapse, then deep ones.
    'relapsed|relapse && deep ..1 ones|cuts|one|cut',
    // Set be (recall19, 2026-12-05): a hot thing used or held on one's skin ("used the curling iron on my arm again").
    'used|using|use|pressed|pressing|held|holding|hold|press ..3 iron|lighter|cigarette|lighters|cigarettes|match|matches|spoon|straightener|wand|candle|knife|blade ..3 on|to|against ..2 my|her|his ..1 arm|arms|wrist|wrists|thigh|thighs|skin|leg|legs|stomach|hip|hips|hand|hands',
    // lead29 (set cz): a blade named first, then held to the skin as "it" ("found a box cutter from the plant in my bag and
    // ive been holding it against my wrist").
    'holding|held|hold|pressed|pressing|press|put|putting ..1 it|them ..2 against|to|on ..2 my|her|his ..1 arm|arms|wrist|wrists|thigh|thighs|skin|throat|neck|leg|legs|stomach & {blade}|cutter|cutters|glass|scissors|lighter|shard|blade|edge',
    // lead33 (dh): a scratch or a cut put on a pet or an accident, and then "it wasn't the cat".
    'scratched|scratch|scratches|cut|cuts|bruise|bruises|burn|burns|marks && wasnt|not ..1 the|really ..1 cat|dog|kitten|puppy|fall|accident',
    // Set ei (lead40): injury sought on purpose in a sport (going into tackles or hits head first on purpose, hoping
    // for the concussion that does it).
    'on ..1 purpose|purposely|deliberately|intentionally & tackle|tackles|tackled|headfirst|hits|concussion|concussions|collide|colliding|collisions|injured|injure|injury',
    'leading|lead|led ..2 with ..2 my ..1 head & purpose|purposely|deliberately|intentionally|hoping|hope|want|wanted',
    'one ..3 that|to|which ..1 did|does|finishes|ends|takes ..1 it|me ..6 ok|okay|fine|alright ..2 with ..1 that|it',
  ],
  es: [
    // Sets bw-cb en espanol (lead, 2026-12-06): cortes cada vez mas profundos.
    'cortes|cortadas|heridas ..3 mas ..1 profundos|profundas',
    // Set bq (lead): cortarse donde no se vea.
    'para ..1 que ..1 no ..1 se ..1 vea|vean|note|noten|den && cortando|cortarme|corto|cortes|cortadas|cortaba|brazos|piernas|muslos',
    'ahora ..2 lo ..1 hago|hace ..3 piernas|muslos|estomago|estómago|panza|espalda & cortando|cortarme|corto|cortes|brazos',
    'volvi|volví ..1 a ..1 cortar*|lastimar*|quemar*|hacer*',
    'me ..1 corte|corté|cortaba|lastime|lastimé|queme|quemé & brazo|brazos|piernas|otra|vez|volvi|mama|porfa|no|digas',
    'me ..1 corte|corto|queme|quemo|lastime|lastimo|pego|golpeo|rasguno ..4 brazos|brazo|piernas|pierna|muneca|munecas|piel|proposito|otra',
    'me ..1 estoy ..1 cortando|quemando|lastimando|golpeando',
    'cortarme|quemarme|lastimarme|golpearme',
    'hacerme|haciendo|hago|hice ..2 dano',
    'hacerme|hago|hice ..1 cortes|cortadas',
    'cortes|cortadas|quemaduras ..3 brazos|piernas|munecas|muslos|piel',
    'me ..1 hago|hice ..1 dano',
    'autolesi*',
    'a ..1 proposito & corte|queme|lastime|golpee|corto|quemo',
    'pegue|pego|golpee|golpeo|pegaba ..4 contra ..2 la|el ..1 pared|piso|puerta',
    '{skin_harm_verb} & {body_part} & me|mis|mi|otra|anoche|profundo',
    'a ..1 proposito & pegue|golpee|corte|queme|lastime|cabeza|pared',
    'me ..1 corto|corte|cortaba|cortare',
    'me ..1 lo ..1 hice ..1 yo',
    'esconder|escondo|tapar|tapo ..3 cortes|marcas|cicatrices|brazos|muñecas',
    // Set ab: cutting oneself, said as a gerund.
    'cortandome|cortándome|quemandome|quemándome|lastimandome|lastimándome|golpeandome|golpeándome|rasguñandome|rasgunandome',
    // Set ai (lead): arms all cut, shown by a brother.
    'brazos|piernas|munecas|muñecas|muslos ..2 cortad*|cortes',
    // Probed by kind (lead): cutting oneself now, first or third person.
    'me|se ..1 esta|está|estoy|estaba|estan|están ..1 cortando',
    // Set ao (lead, Spanish): 'only a few little cuts', and thinking of doing it again today.
    'cortecitos|cortaditas|cortaditos',
    'pensar|pensando ..2 en ..1 hacerlo ..2 otra ..1 vez & hoy|cortes|cortarme|noche',
    // Set ap (lead, Spanish): 'lo que me hice anoche', hidden under long sleeves.
    'lo ..1 que|q ..1 me ..1 hice & manga|brazos|anoche|cortes|mangas',
    // Probed by kind (lead, 2026-12-05): 'rayarse' (Mexican slang for cutting), with the body or the blade.
    'rayar|rayarme|rayando|rayandome|rayándome|raye|rayé|rayo|rayaba|rayado|rayada & brazos|brazo|piernas|pierna|muñecas|munecas|muñeca|muneca|muslos|piel|navaja|sangre|cicatrices|gillette',
    // Parity with English (parity12, 2026-12-05): hitting one's head against the wall; the intrusive thoughts that won.
    'dandome|darme ..2 golpes|cabezazos|topes|madrazos|trancazos ..3 contra|en ..2 la|el|mi ..1 pared|cabeza|muro|puerta|piso',
    'me ..3 golpes|cabezazos|topes|madrazos|trancazos ..3 contra|en ..2 la|el|mi ..1 pared|cabeza|muro|puerta|piso',
    'cabezazos|topes ..3 contra ..2 la|el ..1 pared|muro|puerta|piso',
    'golpeando|golpeo|golpeaba|pegando|pego|pegaba|azoto|azotando ..2 la|mi ..1 cabeza ..2 contra',
    'pensamientos|ganas|impulsos ..2 intrusivos ..1 ganaron|gano|ganan',
    // Set ar (recall11): cuts counted beside a relapse or an arm ('relapsé. tres cortes. no profundos'); arms that cannot
    // be shown in short sleeves; 'se me fue la mano' beside one's arms.
    'dos|tres|cuatro|cinco|unos|varios|algunos|{number_word} ..1 cortes|cortadas|cortaditas|rayitas && profund*|relaps*|recai|recaida|brazo|brazos|pierna|piernas|muslo|muslos|muneca|munecas|sangr*|regan*|curita|curitas|hondos',
    'manga|mangas ..1 corta|cortas|larga|largas & brazos|brazo|munecas|muneca|cortes|marcas',
    'como ..1 tengo ..2 los|las|mis ..1 brazos|munecas|muslos & manga|mangas|mostrar|ensenar|vean|esconder|tapar|nadie',
    'se ..1 me ..1 fue ..1 la ..1 mano && brazos|brazo|munecas|cortes|cortarme|manga|mangas|marcas',
    // Parity, second round (parity12, 2026-12-05): relapse into cutting; a mirror punched open; cuts found on the thighs;
    // scratching until it bleeds; burning oneself again; a hammer on oneself.
    'recai|recaida ..3 cortadas|cortes|cortarme|lastimarme|quemarme',
    '(recai|volvi a recaer) && vendas|vendajes|curitas|cortes|mangas|cicatrices',
    'punetazo|golpe|trancazo|pegue ..3 espejo|pared|vidrio|ventana & nudillos|mano|cortada|sangre|vidrio|peor',
    'nudillos ..2 abiertos|rotos|sangrando',
    'cortadas|cortes|cortaduras & muslos|brazos|piernas|munecas|panza|abdomen & recientes|varias|frescas|nuevas|vio|encontre|tiene',
    'rascarme|rascandome|rasgunarme|aranarme ..4 hasta ..3 sangr*',
    'me ..2 estado ..1 quemando|lastimando|rasgunando|golpeando',
    // Parity, indirect kinds (parity12, 2026-12-05): cut or opened veins.
    'corto|corte|cortaba|cortar|cortarse|cortarme|abrio|abrir ..2 las ..1 venas',
    // Probed by kind (recall11, 2026-12-05): hurting oneself again and again; not eating, or cutting, to punish oneself.
    'me ..1 sigo|sigue ..1 lastimando|cortando|quemando|golpeando|rasgunando|mordiendo',
    'para ..1 castigarme & comer|como|comida|lastim*|corto|cortarme|pego|golpeo|quemo|dejando',
    // Probed by kind (recall13, 2026-12-05, gate av): 'rayarse' with the blade a student has (a sharpener).
    'rayar|rayarme|rayando|rayandome|raye|rayo|rayaba|rayado|rayada|cortando|cortandome|corte|cortarme ..4 sacapuntas|cuchilla|cuchillas|compas|cutter|rastrillo',
    // Probed by construction (recall16, 2026-12-05): a child who cuts his or her arms, said by a parent.
    'se ..1 corta|cortaba|corto|cortó|esta|está ..2 los|las|sus ..1 brazos|piernas|munecas|muslos',
    // Probed by construction (recall18, 2026-12-05): going back to "lo del brazo"; the blade of a pencil sharpener.
    'volvi|recai|regrese|volvio|recayo ..1 a|en ..1 lo ..1 del|de ..2 brazo|brazos|muneca|munecas|piernas|pierna|muslo|muslos|cortarme|navaja',
    'navaja|navajita|navajitas|navajas|cuchilla|cuchillas|cuchillita ..2 del|de ..1 sacapuntas',
    // Set be (recall19, 2026-12-05): una cosa caliente usada en la piel.
    'use|usé|usaba|puse|pegue|pegué ..3 plancha|encendedor|cigarro|cuchara|tenaza|cerillo ..3 en ..2 mi|su ..1 brazo|muneca|muñeca|pierna|piel|mano',
  ],
};

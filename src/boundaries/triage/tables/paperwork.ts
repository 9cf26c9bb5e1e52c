import type { TriageTable } from '../triage-category.js';

/** Paperwork: intake and consent forms, the portal, uploads, signatures, releases, contact details. */
export const PAPERWORK: TriageTable = {
  label: 'paperwork',
  en: [
    // A list or records sent on to a pharmacy or another prescriber (admin14, set bf).
    'send|fax|forward|transfer ..3 list|lists|records|record ..3 to ..2 my|the|a|new|their ..1 pharmacy|psychiatrist|pcp|prescriber|provider|clinic',
    'form|forms|paperwork|packet|consent|consents|portal|upload|uploaded|uploading|sign|signed|signing|signature|release|roi|document|documents|questionnaire|questionnaires|fax|faxed|pdf|docusign|attachment|attached|login|log|password|records|record|copy|copies|license|address|email|update|updated|updating|resend|spam',
    'emergency ..1 contact',
    // `id` alone is also "I'd": an identity document is named as one.
    'photo|my|drivers|state|picture|student ..1 id',
    'id ..1 card|photo|copy|scan|front|back',
    'lost|lose|misplaced|deleted ..3 link|form|forms|card|password|receipt|paperwork|email|number|letter|invoice|login|questionnaire|packet|address',
    'cant|couldnt ..1 find ..3 link|form|forms|card|password|receipt|paperwork|email|number|letter|invoice|login|questionnaire|packet|address',
    'agreement|agreements|contract|policy|policies|attendance|enrollment|proof|confirmation|verification',
    'send|email|fax|mail|resend ..4 letter|note|copy|receipt|records|statement|confirmation',
    // "Treatment" is no everyday word (whether to change one is a clinician's question): named in paperwork it
    // is the paperwork's (a consent for a daughter's treatment, a treatment agreement, dates of treatment).
    'consent|consents ..1 for|to ..3 treatment',
    'treatment ..1 agreement|agreements|contract|consent|consents',
    'dates ..2 treatment',
    // A paper or printed version of a form: "is there a paper version?".
    'paper|printed|print|pdf|hard ..1 version|copy|copies|form|forms',
    // A picture or a scan sent or attached: "I'll send a picture of the new card".
    'send|email|text|upload|attach|attached|sending|sent ..3 picture|pictures|photo|photos|pic|pics|scan|screenshot',
    'letter|note ..4 attend|attends|attended|attending|attendance|enrolled|dates',
    'insurance ..1 card',
    'name ..1 change|changed',
    'fill ..1 out|in',
    'filled ..1 out|in',
    'where|how ..3 send|upload|submit|fax|mail|email|drop|return ..3 form|forms|order|document|documents|paperwork|it|them|letter|records|copy',
    'allowed|permission|authorize|authorized|consent ..4 talk|speak|share|release|discuss|contact',
    // Asking for a document: "I need a letter that says I attend", "how do I request a copy".
    'need|needs|want|get|request|requesting|requested ..3 letter|copy|copies|receipt|statement|records|form|forms|proof|confirmation|document',
    'how ..2 do|can|would ..1 i|we ..1 request',
    'change|update|updating|changing ..4 name|email|address|number|phone|pronouns',
    // A field left blank, an old number that no longer works.
    'leave|leaving ..2 it|that|this|them ..1 blank',
    'number|phone|email|address|old ..3 doesnt|dont|no ..1 longer ..1 work|works|use',
    // A contact detail given anew: "new number: 555-0177", "my work number", "wrong number" (lead33: a desk noun
    // alone is no longer a request in a message that asks nothing).
    'new|different|updated|old|same|work|home|house|cell|wrong ..1 number|phone|email|address|cell',
    'number|phone|email|address ..2 changed|change|updated|is ..1 new',
    'number|cell ..2 is|at ..1 {number}',
    // Authority to act for someone: a power of attorney, a health care proxy.
    'power ..2 attorney',
    'health|healthcare ..1 care ..1 proxy',
    'healthcare|medical ..1 proxy',
    // Admin13: what a records request leaves out ("just dates and amounts, nothing clinical", "dates only, no
    // details"): said with the dates or amounts asked for, or of clinical matter (never "nothing else matters").
    'dates|amounts|attendance|attended|visits ..4 nothing|no|not ..1 clinical|medical|else|details|notes|diagnosis|diagnoses|info',
    'nothing|no|not ..2 clinical|medical',
    // admin38: the same of a program's completion or enrollment ("just completion, nothing else").
    'completion|completed|enrollment|enrolled|participation|dates ..3 nothing|no|not ..1 clinical|medical|else|details',
    // A thing of the desk's or one's own things lost or misplaced ("Lost the original", "misplaced my wallet"), and a
    // PO box given as an address: never a person, a job or one's mind.
    'lost|lose|misplaced|misplace ..2 the|my|our ..1 original|originals|copy|copies|wallet|keys|key|umbrella|scarf|jacket|glasses|id|badge|checkbook',
    'po ..1 box',
    // admin37 (2026-12-07): a thing of the desk that keeps failing, spins or shows one connected while nothing works
    // ("the online thing keeps failing", "when i click it it just spins forever", "it says I'm connected but you can't
    // see me"), told of the thing or of a click: never "it just keeps spinning" or "keeps failing" alone (a head or a
    // room spins, a person fails: "it just keeps spinning, i can't stand up" had reached staff).
    '{desk_thing}|online|button|upload|download|payment|login|camera|video|wifi|internet|connection ..3 keeps|kept|keep|still|just ..1 failing|crashing|spinning|loading|freezing|glitching|buffering|erroring|declining|rejecting|bouncing|spins|fails|crashes|freezes|glitches',
    'page|screen|wheel|circle|{desk_thing} ..2 just ..1 spins|spinning|buffers|buffering|loads|loading|freezes|freezing',
    'click|clicked|clicking|tap|tapped|tapping ..4 spins|spinning|buffers|buffering|freezes|freezing',
    'says|shows|showing|said ..3 connected|disconnected|muted|unmuted|offline|online',
    'required ..1 field|fields',
    'field|fields ..2 missing|blank|required|empty',
    // A contact detail that no longer reaches one, or the one to use from now on ("old one is disconnected", "number on
    // file might be old", "I lost access to the old one", "please use my personal email").
    'old|other|previous|work|home ..2 one|number|phone|email|cell|account|line ..2 is|was|s|got|been|might|may|be ..1 disconnected|deactivated|deleted|hacked|closed|old|shut|outdated|wrong|inactive',
    'number|phone|email|address|card|info ..2 on ..1 file ..3 old|wrong|outdated|expired|disconnected|incorrect',
    'lost|lose ..1 access ..3 old ..1 one|email|account|number|phone',
    'lost|lose ..1 access ..2 to ..2 my|the|that|this|our ..1 email|account|phone|number|portal|inbox|gmail|app',
    'use|using ..2 my|this|the|that|our ..1 personal|work|home|cell|new|other|private|school ..1 email|number|phone|cell|address|line|account',
    // admin38 (2026-12-07): a desk act asked of the desk on a thing named before ("can you print that?", "can you unlock
    // it", "could someone reset it"): the act is the desk's, the object a pronoun. An email left behind ("please remove
    // my old email from the account").
    'can|could|would ..1 you|u|yall|someone|somebody ..2 print|reprint|unlock|reset|resend|reissue|reactivate|refax|rescan ..1 it|that|this|them|those',
    'remove|delete|take ..1 my|the ..1 old|other|previous|work ..1 email|number|address|phone|card',
  ],
  es: [
    // Un dato de contacto nuevo: "este es mi numero nuevo", "el nuevo numero de mi hija", "numero equivocado".
    'nuevo|nueva|otro|viejo ..1 numero|telefono|cel|celular|correo|direccion',
    'numero|telefono|cel|celular|correo|direccion ..1 nuevo|nueva|equivocado',
    'numero|cel|celular ..2 es ..1 {number}',
    'formulario|formularios|papeles|papeleo|documento|documentos|firmar|firme|firma|consentimiento|portal|subir|subi|correo|direccion|actualizar|contrasena|registro|registros|copia',
    'contacto ..2 de ..1 emergencia',
    'llene|llenar ..2 los|el|la|las',
    'constancia|comprobante|asistencia',
    // A form, a file, a signed paper, an attachment.
    'forma|formas|planilla|expediente|historial|papel|papelito',
    'adjunto|adjunta|adjunte|firmado|firmada|firmados',
    // Asking for something to be sent: "me pueden mandar el recibo", "me la mandan otra vez", "se la envío".
    'mandar|mandan|manden|mandarme|mandarmela|mandarmelo|mandarmelas|mandarmelos|enviar|envian|envien|enviarme|enviarmela|enviarmelo|reenviar|reenvian|reenvien|reenviarme ..4 recibo|recibos|factura|facturas|formulario|formularios|forma|formas|link|enlace|copia|copias|carta|constancia|hoja|hojas|documento|documentos|estado|correo',
    'me|nos|se ..1 la|lo|las|los ..1 mandan|manden|mando|mande|envian|envien|envio|envie|reenvian|reenvien',
    'me|nos ..1 pueden|puede|podrian|podria ..1 mandar|enviar|reenviar|mandarla|mandarlo|mandarlas|mandarlos|enviarla|enviarlo|enviarlas|enviarlos',
    // Updating one's details: "actualicen mi apellido", "¿me corrigen el correo?", "cambié de número".
    'actualizar|actualicen|actualice|actualizan|actualiza|cambiar|cambien|cambie|cambio|corregir|corrijan|corrija|corrigen ..4 nombre|apellido|apellidos|direccion|correo|telefono|numero|domicilio|datos|email',
    // A field left blank: "¿la puedo dejar en blanco?".
    'dejar|dejarlo|dejarla|dejo|dejamos|queda|quedo ..2 en ..1 blanco',
    // A form named by its subject: "la forma de la historia médica está en inglés".
    'forma|formas|formulario|formularios|hoja|cuestionario ..3 historia|historial ..1 medica|medico|clinica|clinico',
    // An old number or address that no longer works: "el viejo ya no funciona", "ese correo ya no lo uso".
    'numero|telefono|correo|celular|cel|email|direccion|viejo|vieja|anterior|otro|otra ..3 ya ..1 no ..2 funciona|sirve|existe|uso|usa|usamos',
    // A lawyer or an agency asking for records (a letter for a court is a clinician's: see letters-forms-clinical).
    'abogado|abogada|notario|agencia ..3 pide|pidio|piden|necesita|quiere|solicita ..3 copia|copias|expediente|registros|constancia|recibos|facturas',
    // Something passed or sent by a pronoun, a link called "liga" in Mexico: "¿me pasan el link de pago?",
    // "pásame la liga", "disparame el link" (shoot me the link).
    'pasame|pasenme|mandame|mandenme|enviame|envienme|disparame|comparteme|compartanme ..3 link|enlace|liga|codigo|numero|correo|recibo|factura|formulario|forma|direccion',
    'me|nos ..1 pasas|pasan|pases|pasen|mandas|mandan|envias|envian|compartes|comparten ..3 link|enlace|liga|codigo|numero|correo|recibo|factura|formulario|forma|direccion',
    // Admin13: lo que un pedido de expediente deja fuera ("solo las fechas, nada clínico").
    'fechas|montos|asistencia ..4 nada|sin ..1 clinico|medico|mas|detalles|notas|diagnostico',
    // admin37: the same in Spanish ("el portal me está volviendo loca, no me deja entrar", "dice que mi password está
    // mal", "¿los formularios están en inglés?").
    'portal|pagina|app|aplicacion|sistema|link|enlace|boton ..6 no ..1 me|nos ..1 deja|dejo ..1 entrar|pagar|acceder|abrir|subir|firmar|mandar|enviar',
    'password|contrasena|clave|codigo|usuario ..2 esta|es|son|sale ..1 mal|incorrecta|incorrecto|equivocada|equivocado|invalida|invalido',
    'formulario|formularios|papeles|documentos|portal|pagina|forma|formas ..3 en|solo ..1 ingles|espanol',
    // admin38: una copia del expediente para el abogado, dicha con "records" ("necesito una copia de mis records para mi
    // abogado").
    'copia|copias ..3 records|expediente|registros|historial ..3 para ..2 abogado|abogada|caso',
    // Una contraseña que el portal da por mala ("me dice contraseña incorrecta").
    'contrasena|clave|codigo|usuario|password ..1 incorrecta|incorrecto|invalida|invalido|equivocada|equivocado|erronea|erroneo',
  ],
};

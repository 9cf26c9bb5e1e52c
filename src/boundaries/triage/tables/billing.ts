import type { TriageTable } from '../triage-category.js';

/** Billing: bills, copays, charges, payments, insurance and claims, fees, receipts and superbills. */
export const BILLING: TriageTable = {
  label: 'billing',
  en: [
    'bill|bills|billed|billing|copay|copays|coinsurance|charge|charges|charged|charging|pay|paid|paying|payment|payments|invoice|invoices|insurance|insurer|deductible|deductibles|claim|claims|refund|refunds|refunded|balance|fee|fees|superbill|superbills|statement|statements|receipt|receipts|hsa|fsa|medicaid|medicare|aetna|cigna|bcbs|anthem|humana|tricare|optum|kaiser|uhc|ambetter|molina|centene|magellan|venmo|zelle|paypal|cash|check|cost|costs|price|prices|pricing|rate|rates|eob|reimbursement|reimburse|reimbursed|owe|owed|overdue|collections|estimate|gfe|sliding|cpt|npi|tin|tax|taxes|discount|afford|expensive|money|dollars|appeal|appeals|dispute|denial',
    // A balance past due.
    'past ..1 due',
    'out ..1 of ..1 network|pocket',
    'in ..1 network',
    'blue ..1 cross|shield',
    'united ..1 healthcare',
    'card ..2 on ..1 file',
    // A payment that bounced for want of funds; coverage made retroactive ("retro-activated back to January").
    'insufficient|nonsufficient ..1 funds',
    'retro|retroactive|retroactively ..2 activated|active|effective|reactivated|approved|reinstated',
    // A card replaced: "new card ending 8820, replace the old one".
    'replace|replacing|swap|switch ..2 the|my ..1 old ..1 one|card',
    'credit|debit ..1 card',
    'member ..1 id|number',
    'payment ..1 plan',
    'sliding ..1 scale',
    'autopay|autopayments',
    'auto ..1 pay',
    'split ..3 payments|payment|bill|charge',
    'good ..1 faith',
    'late ..1 fee|cancel|cancellation',
    'how ..1 much',
    'went|go|gone|going|goes ..1 through & payment|paid|pay|charge|card|venmo|zelle|paypal|it|transfer',
    'denied|denial|rejected ..3 claim|claims|coverage|payment|card|charge',
    // Plans a client names: the payer is a billing matter.
    'cashapp|medica|healthpartners|ucare|wellmark|caresource|wellcare|oscar|healthnet|amerigroup|carefirst|highmark|premera|regence|emblem|oxford|geha|fep|obamacare|marketplace|cobra',
    'medi ..1 cal',
    'resubmit|resubmitted|resubmission|resubmitting',
    // Coverage that ended: "my coverage through Tufts terminated on 9/30", "my Medicaid lapsed".
    'coverage|insurance|plan|policy|medicaid|medicare|benefits ..3 terminated|terminates|termed|lapsed|lapses|lapse',
    // Admin15: a balance paid in parts ("can i do it in 2 payments", "can i split into 3", "half friday and half on
    // the 15th"): the parts are named.
    'do|pay|split|break ..3 in|into|over ..1 {number}|{number_word}|two|three|four ..1 payments|installments|parts|chunks|months',
    'split|break ..2 into|in ..1 {number}|{number_word}|two|three|four',
    'half ..2 {weekday}|now|today|{number}|this ..3 half|rest|other',
    // Charged twice, a card a machine kept, a card compromised, a bill in someone else's name ("double charged i
    // think", "the card reader in the lobby ate my card", "my card got skimmed", "the bill is under his name").
    'double ..1 charged|charge|charging|billed|billing',
    'charged|billed ..2 twice',
    'reader|machine|atm|terminal ..3 ate|eat|eats|took|kept ..2 my|the ..1 card',
    'card ..2 got|was|been|is ..1 hacked|skimmed|stolen|compromised',
    'bill|bills|account|insurance|policy|card|statement ..3 under ..2 name',
    // A card's new expiry given (lead33): "the new card's expiration is 09/27".
    'card|cards ..3 expiration|expires|expiry|exp',
    // admin37 (2026-12-07): the plan changed ("I switched to a Medigap plan"; not a plan's letter, "Plan G": a letter
    // in a table is no longer weighed by the word model, which reads texted letters of crises); who needs a
    // receipt or a record, and by when ("my accountant needs them by the end of January", "flex spending wants it",
    // "HR requires a copy"); workers' compensation as a payer; a form the payer says the provider must do ("they said
    // the provider has to do it"). Never a person's wanting alone: the thing wanted or a date follows.
    'switched|switching|changed|changing|moved|moving|enrolled|enrolling ..4 plan|plans|insurance|medigap|medicare|medicaid|coverage|carrier|advantage|supplement|hmo|ppo|marketplace',
    'accountant|lawyer|attorney|hr|employer|fsa|hsa|irs|spending|caseworker|insurer|insurance ..2 needs|need|wants|want|requires|require|asked|asks|asking ..3 it|them|copy|copies|receipt|receipts|records|form|forms|letter|dates|statement|statements|proof|by',
    'workers|workmans|workman|workers ..1 comp|compensation',
    'provider|therapist|doctor|clinician|psychiatrist|office ..2 has|have|needs|need ..1 to ..1 do|sign|fill|complete|submit|send ..1 it|them|that|this|out',
    // admin38 (2026-12-07): the date a plan or a card takes effect ("effective 12/1", "effective as of January").
    'effective ..1 date|dates|{number}|as|on|starting|from|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december',
    // A breakdown of what was paid ("a breakdown of what I paid this year for my taxes"), and TRICARE's sponsor (the
    // service member a family's coverage runs through: "he's the sponsor on our TRICARE").
    'breakdown ..2 of ..3 paid|payments|payment|charges|charge|costs|cost|bill|bills|balance|fees|visits|sessions',
    'sponsor ..3 tricare|insurance|plan|policy|coverage|account|card',
    'tricare|military ..1 sponsor',
    'medicare|medicaid ..1 advantage',
  ],
  es: [
    'factura|facturas|cobro|cobraron|cobran|cobrar|pago|pagar|pague|pagos|seguro|aseguranza|costo|cuesta|cuestan|precio|precios|recibo|recibos|tarjeta|saldo|deducible|reembolso|tarifa|cuota|copago|medicaid|medicare|dinero|deposito',
    'cuanto ..1 es|cuesta|cobran|debo',
    // Catching up on a balance, a denied claim.
    'poner|ponerme|ponernos|estar ..1 al ..1 dia',
    'reclamacion|reclamaciones|reclamo|aseguradora|cobertura|poliza',
    'descuento|descuentos|beca|becas',
    // Admin16 (2026-12-06): the network ("¿es fuera de la red?", "¿están dentro de la red de Molina?") and the
    // sliding scale applied for ("podemos volver a aplicar para la escala", "califico para la escala móvil").
    'fuera|dentro ..2 de ..1 la ..1 red',
    'en ..1 la ..1 red ..2 de|del ..1 seguro|plan|aseguranza|medicaid|medicare',
    'escala ..1 movil|deslizante|de ..1 pago|pagos|cobro|precios',
    'aplicar|aplico|aplique|solicitar|solicito|calificar|califico|calificamos ..3 escala|descuento|descuentos|beca|becas',
    'aplicar|aplico|aplique|solicitar|solicito|calificar|califico|calificamos ..3 ayuda ..1 financiera',
    // Paying, in the persons and with the pronouns a client writes ("¿puedo pagarla en dos partes?", "la pago el
    // viernes"), and insurance as it is named in South America and Spain (obra social, prepaga, isapre, mutua).
    'pagarla|pagarlo|pagarlas|pagarle|pagamos|pagare|pagando|pagaria|mensualidad|mensualidades|plazos',
    // Paid in parts ("en dos partes"): "partes" alone is also the body's, so only after paying.
    'pagar|pagarla|pagarlo|pago|pagos|pague|abonar|abonarla ..4 partes',
    'obra ..1 social',
    'prepaga|isapre|mutua',
    // A fine or a surcharge: "esa multa me mata", "¿por qué el recargo?".
    'multa|multas|recargo|recargos',
    // Admin15: whether one owes something ("¿debo algo?").
    'debo|debemos|debe ..1 algo|dinero|saldo',
    'debo|debemos ..2 {number}',
    // A mistake asked about: "¿hay un error?", "creo que hay un error".
    'hay|habra ..2 un|algun ..1 error|errores',
    // admin37: el plan que cambia en un mes ("mi plan cambia en enero"; nunca "termina" ni "vence": un plan de uno
    // también termina), y la compensación del trabajo como pagador.
    'plan|seguro|aseguranza|cobertura|poliza ..1 cambia|cambiara|cambio|renueva|empieza ..1 en|el ..1 enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre',
    'compensacion ..2 trabajo|trabajador|trabajadores|laboral',
    // admin38: por qué salió tan cara una cuenta ("¿por qué salió tan cara?").
    'por ..1 que|q ..1 salio|salieron|sale|vino|llego ..2 tan|muy ..1 cara|caro|alta|alto|elevada|elevado',
  ],
};

// The words of a practice's front desk, by concept: what an administrative request is about. A word here
// counts as logistics (see everyday-words.ts): beside a request it explains itself, so a request written in
// many words ("please process a request for a complete copy of my records") still reaches staff. It is
// evidence of nothing on its own: a sentence still needs a request, courtesy or context, and a word of risk,
// feeling or clinical matter anywhere keeps a message from staff whatever stands beside it.
//
// No word here has a sense of risk or distress: no ending or leaving ("last", "final", "back", "gone"), no
// body, no standing or driving, nothing a crisis rule reads (the risk lexicons and the crisis tables hold
// those, and a test checks that none is listed here).

/** One concept of the administrative vocabulary, in English and Spanish (accents optional). */
export interface AdminConcept {
  readonly en: string;
  readonly es: string;
}

/**
 * Administrative vocabulary by concept: booking, moving, cancelling, paying, insurance, forms, the portal,
 * records, receipts, courtesy and logistics (places, devices, people's roles at the desk).
 */
export const ADMIN_VOCABULARY = {
  // How often and in what part of the year a session is. Not the days of the week: a day dates a plan as
  // well as a session ("Friday is when I go"); a request names its day in a scheduling phrase.
  booking: {
    en: `cadence recurring preferred prefer ideally instead option semester trimester q1 q2 q3 q4 fortnight
      fortnightly`,
    es: `disponibilidad espacio hueco semanal quincenal mensual cada quincena preferencia prefiere
      agenda agendar agendo principio`,
  },
  // Moving or swapping a time.
  moving: {
    en: 'swap swapped swapping trade traded rearrange rearranged postpone postponed',
    es: `cambie cambio cambia cambian cambiaron cambiarla cambiarlo pasarla pasarlo moverla moverlo
      adelantar adelantarla atrasar atrasarla posponer pospongo recorrer recorrerla muevo`,
  },
  // Cancelling or missing one for a reason of logistics.
  cancelling: {
    en: 'cancels cancelation cancelations',
    es: 'cancelo cancele cancelaron cancelacion faltar falto falte',
  },
  // Paying, owing, being refunded.
  paying: {
    en: `visa mastercard amex deposit deposited transfer transferred installment installments prorate prorated waive waived
      autopay processed charged overcharged undercharged budget budgeting rerun rerunning reran declined
      expiration exp cvv cvc bounced prepay prepaid overdraft chargeback premiums`,
    es: `pagar pago pague pagado pagada pagos abonar abono deposito transferencia efectivo debo debe deber
      adeudo saldo credito cobranza cobrado cobrada pagarla pagarlo pagarlas pagarle pagare pagamos pagando
      pagaria mitad parcial parciales plazos mensualidad mensualidades intereses atrasado atrasada cobrando
      dolares`,
  },
  // Insurance and claims.
  insurance: {
    en: `precertification precert explanation co
      denied denial denials deny rejected rejection resubmit resubmitted resubmission eligibility
      subscriber policyholder carrier preauth preauthorization copayment coinsurance eap grp
      group gap hmo ppo epo hdhp certificate certificates holder holders`,
    es: `cubrir cubre cubren cubrirlo cubrirla aseguradora aseguranza cobertura reclamacion reclamaciones reclamo poliza negaron nego rechazaron
      rechazo aprobaron autorizacion aprueben aprueba aprobar aprobada prepaga isapre mutua`,
  },
  // Forms, signatures, attachments.
  forms: {
    en: `request requested requesting requests process processing complete completed initial initials
      notarize notarized attach`,
    es: `actualizarla actualizarlo forma formas papel papelito planilla hoja hojas firmado firmada firmados firme firmo adjunto adjunta
      adjunte adjuntos llene lleno llenamos llenado llenar devolver devuelvo mandaron mande
      envie enviaron envio solicito solicita solicitar solicitan solicitarlo solicitarla detallada detallado
      presentar corregir corrijan corrija apellido apellidos`,
  },
  // The portal, links and accounts.
  portal: {
    en: `username verification unlock glitch glitching browser unsubscribe optout opt typing typed chromebook ios
      reconnect reconnecting reconnected platform firefox
      tab tabs restart restarted rejoin timeout notification notifications autocorrect dictation com net org gmail yahoo
      hotmail outlook icloud www https http`,
    es: `enlace cuenta usuario contrasena codigo verificacion aplicacion pagina sirve funciona abre carga videollamada
     videollamadas
      conecto conectarme conectar conectamos plataforma descargar descargo descargarla instalar navegador
      reiniciar reinicie reinicia reinicio reconectar reconectarme reconecto desbloquear desbloquean desbloqueen
      desbloquearme desbloquee captura pantallazo notificaciones notificacion expirado expirada anfitrion iniciado
      iniciar intentos bloqueado bloqueada upload`,
  },
  // Records and releases.
  records: {
    en: 'chart hipaa roi confidential confidentiality privileged attachments',
    es: `expediente historial registros copias confidencial confidenciales anexo anexos derivacion referido reporte
      reportes consulado tramite tramites revocar compartir compartan comparten facturacion`,
  },
  // Receipts, statements, proof of attendance.
  receipts: {
    en: 'itemized proof w9 1099',
    es: 'recibo recibos factura facturas comprobante constancia impuestos',
  },
  // A slip at the desk: forgetting, mixing up, a typo. admin24 (2026-12-06): and missing a session as writers text
  // it ("im so sorry i completely blanked on today", "sorry i ghosted the last appt", "sorry i bailed on last week",
  // "spaced on my appt"): the verbs only, never a word of leaving or of the mind ("zoned out", "blacked out", "lost
  // time" are not here), and what else the sentence says is read as usual ("sorry i bailed, life exploded" stays).
  slips: {
    en: 'forgot forget forgotten forgetting oops typo mixup blanked spaced ghosted bailed flaked overslept',
    es: 'olvide olvido olvidé olvidaron confundi confundí',
  },
  // Who writes and for whom: a guardian, a placement, a residence, a salutation. Not a clinician's title: a
  // sentence about what the doctor said or prescribed is a clinical one.
  courtesy: {
    en: `guardian guardianship caseworker placement resident residents agency proxy probation parole accountant
      bookkeeper`,
    es: 'estimada estimado tutora tutor legal recepcion recepcionista paciencia',
  },
  // Who else writes to the desk, or is named in a request: a paralegal, an underwriter, an HR coordinator, an
  // intern; credentials after a name (an MSW, an LCSW).
  roles: {
    en: `rep reps paralegal paralegals underwriter underwriters coordinator coordinators practitioner practitioners biller
      billers intern interns vendor vendors recruiter recruiters hr msw lcsw lpc lmft psyd`,
    es: 'recursos humanos abogada coordinadora coordinador interprete interpretes traductor traductora',
  },
  // What a document or a request is made of, and how long it takes: a letterhead, the turnaround, a timeline, a
  // birthdate, a supplement plan, a member number, a printout, a reissue.
  documents: {
    en: `letterhead turnaround timeline submission completion birthdate dob spreadsheet column columns bundle
      supplement supplemental underwriting member application applications reissue reissued replacement printout
      printouts mailbox labeled labelled amended amend verify verifying coordinate rendered anytime thru legit
      manually incomplete responsibility revoke revoked poa unitedhealthcare aarp credentialed administrator upfront
      ssn coordination oclock
      modifier modifiers portion enclosed rebill rebilled rebilling brochure brochures flyer flyers pamphlet
      pamphlets alternate alternating preferably ref re attn sec invalid`,
    es: `miembro prestamo vence vencio escala ingresos comprobantes buzon checar cambiamos conozco recomendo
      recomendaron traduzca traducir admision pacientes avisenme subo exacta previa verificar verifiquen corrigen
      pendiente pendientes directamente manden atiende atienden apareciendo mostrando contacto principal cargando
      cargador`,
  },

  // Being told, finding and being given something at the desk: "where can I find those?", "¿me pueden dar otra?",
  // "les aviso", "¿cómo la actualizo?". Spanish verbs in the persons a client writes them (and with the pronoun
  // joined: "mandarla"), none of giving oneself up ("me doy"). Not asking ("pido", "piden"): a plea's words.
  asking: {
    en: 'find finding',
    es: `dar darme darnos darle darles
      den aviso avisa avisan avisen avise avisar avisarles avisarle avisarme avisamos avisaron actualizo actualiza
      actualizan actualicen actualice actualizar actualizamos actualizaron recordar recordarme recordarnos recuerden
      recuerdan saber llaman llamaron llamaria llamarian encontrar encuentro encuentra encuentran encontre entendi entender entendemos mando mandarla mandarlo
      mandarme mandarnos mandarle mandarles lleguen llegara llegaron cobren cobrar cobraran actualicenlo
      actualicenla actualizarlos estaciono estaciona estacionan encargan encarga encargue encarguen llamar llamen
      llamarme llamarles recordatorio recordatorios referencia`,
  },

  logistics: {
    en: `ext lunch parked validate validation keypad buzzer printer gps waze stroller kiosk sitter babysitter rd blvd
      hwy pkwy hop
      maintenance ninth tenth eleventh twelfth
      thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth`,
    es: `regreso regresamos tercer tercero quinto esquina rampa puerta entrada salida estacionarme estacionarnos estacionarse estacionar parqueo parquear calle camino llegue llegando
      impresora compu cel bateria`,
  },
  // lead39 (probes of Deaf and hard-of-hearing clients): access to a session, asked of the desk: an interpreter,
  // captions, a relay call. Being deaf is said as the reason for the way asked, not as a matter for a clinician.
  access: {
    en: 'interpreter interpreters asl captions captioning captioned cart vrs vri relay deaf hoh braille',
    es: 'subtitulos senas',
  },
} as const satisfies Readonly<Record<string, AdminConcept>>;

/** Every word of {@link ADMIN_VOCABULARY}, space-separated, for a word class. */
export const ADMIN_VOCABULARY_WORDS: string = Object.values(ADMIN_VOCABULARY)
  .flatMap((concept) => [concept.en, concept.es])
  .join(' ')
  .split(/\s+/)
  .filter((word) => word.length > 0)
  .join(' ');

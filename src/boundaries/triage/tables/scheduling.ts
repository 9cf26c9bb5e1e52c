import type { TriageTable } from '../triage-category.js';

/** Scheduling: booking, moving, cancelling or confirming a session, telehealth links, the waitlist. */
export const SCHEDULING: TriageTable = {
  label: 'scheduling',
  en: [
    'appointment|appointments|appt|appts|apt|apointment|session|sessions|booking|book|booked|schedule|scheduled|scheduling|reschedule|rescheduled|rescheduling|resched|cancel|cancels|canceled|cancelled|canceling|cancelling|cancellation|confirm|confirming|confirmed|confirmation|availability|available|opening|openings|slot|slots|waitlist|intake|consult|consultation|telehealth|telemedicine|virtual|zoom|doxy|reminder|reminders',
    'wait ..1 list',
    'no ..1 show',
    'in ..1 person',
    'running|be|being|im|ill ..2 late',
    'move|moving|push|pushing|bump|bumping|switch|switching|shift|change|changing ..3 my|our|the|it|to ..3 {time}|{number}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|week|time|am|pm|earlier|later|next|tomorrow|today|weekly|biweekly',
    'every ..1 other ..1 week',
    'video ..1 call|visit|session|link',
    'call ..1 link',
    'link ..3 session|call|appointment|zoom|video|tonight|today|tomorrow',
    'missed ..1 today|yesterday|my|our|the',
    'out ..1 of ..1 town',
    'same ..1 time',
    'what|any ..1 times',
    'earlier|later ..1 time|slot|appointment',
    'next ..1 available',
    'see ..1 you ..1 on|at|tomorrow|next|then',
    'pause ..3 until|for|sessions',
    'can|could|would ..1 we|i|you ..4 {weekday}|{time}|tomorrow|today|tonight|morning|mornings|afternoon|afternoons|evening|evenings|week|later|earlier',
    'how|what ..1 about ..2 {weekday}|{time}|tomorrow|today|morning|afternoon|evening|next',
  ],
  es: [
    'cita|citas|sesion|sesiones|consulta|turno|reprogramar|reagendar|agendar|cancelar|cancelo|cancelacion|confirmar|confirmo|disponible|disponibles|horario|horarios|videollamada|llamada',
    'cambiar|mover|pasar ..3 la|mi ..1 cita|sesion',
    'llego|llegar|llegare|voy ..2 tarde',
    'en ..1 persona',
  ],
};

// iCalendar (RFC 5545) text: escaping, 75-octet line folding and date-time values.
import type { IanaZone } from '../../core/index.js';
import { zoneOffsetMinutes } from '../../core/internal.js';

/** Escapes a TEXT value: backslash, semicolon, comma and newlines [sources: rfc-5545-icalendar]. */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line at 75 octets: each continuation starts with a space, and no UTF-8 character is
 * split [sources: rfc-5545-icalendar].
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // The first line holds 75 octets; a continuation holds 74 after its leading space.
    const room = parts.length === 0 ? 75 : 74;
    if (octets + size > room) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYYMMDDTHHMMSSZ` of an instant. */
export function utcDateTime(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** `YYYYMMDDTHHMMSS` of an instant read at a fixed UTC offset. */
export function offsetDateTime(ms: number, offsetMinutes: number): string {
  return utcDateTime(ms + offsetMinutes * 60_000).slice(0, -1);
}

/** `YYYYMMDDTHHMMSS` of an instant on the zone's wall clock (seconds of the instant kept). */
export function localDateTime(ms: number, zone: IanaZone): string {
  return offsetDateTime(ms, zoneOffsetMinutes(zone, ms));
}

/** `YYYYMMDDTHHMMSS` of a local date and minute of day. */
export function wallDateTime(date: string, minute: number): string {
  return `${date.replaceAll('-', '')}T${pad(Math.floor(minute / 60))}${pad(minute % 60)}00`;
}

/** A UTC offset in minutes as `±HHMM`. */
export function utcOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

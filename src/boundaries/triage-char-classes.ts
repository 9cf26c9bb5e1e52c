// Character classes for the fast triage reader: every UTF-16 code unit, classed as it is once lower-cased,
// so the reader reads the message as written and never builds a lower-cased copy. Built on first use:
// lower-casing every code unit takes several milliseconds, which importing the module should not cost.
import { CLASS_TABLE_SIZE, charClass, LETTER, leetCode } from './triage-text.js';

/**
 * A code unit that lower-cases to something a single table entry cannot say: more than one unit (İ), or a
 * letter the table places elsewhere (the Kelvin sign is a `k`). A text with one is lower-cased first.
 */
export const RECASED = 5;

const CHUNK = 1024;

/** The reader's tables, by code unit. Treat as read-only. */
export interface TriageCharTables {
  /** The class ({@link charClass}, or {@link RECASED}) of each code unit once lower-cased. */
  readonly loweredClass: Uint8Array;
  /** The lower-cased code of each unit that is a letter once lower-cased, else 0: one lookup per character. */
  readonly letterCode: Uint16Array;
  /** The letter a digit stands for in leetspeak ("su1c1de"); other codes are themselves. */
  readonly leetCode: Uint16Array;
}

let tables: TriageCharTables | undefined;

/** The tables, built on the first call: a pure memo of constant data. */
export function triageCharTables(): TriageCharTables {
  if (tables === undefined) {
    const loweredClass = buildClassTable();
    tables = {
      loweredClass,
      letterCode: buildLetterTable(loweredClass),
      leetCode: Uint16Array.from({ length: CLASS_TABLE_SIZE }, (_, code) => leetCode(code)),
    };
  }
  return tables;
}

function buildClassTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < CLASS_TABLE_SIZE; code += 1) {
    const lower = String.fromCharCode(code).toLowerCase();
    table[code] = lower.length === 1 ? charClass(lower.charCodeAt(0)) : RECASED;
  }
  // Above the table, lower-case in chunks (one call per 1,024 units, not one per unit). Surrogates stay
  // OTHER: toLowerCase leaves a lone one alone, and no astral letter lower-cases into this table.
  for (let from = CLASS_TABLE_SIZE; from < 0x10000; from += CHUNK) {
    const codes: number[] = [];
    for (let code = from; code < Math.min(from + CHUNK, 0x10000); code += 1) {
      if (!isSurrogate(code)) codes.push(code);
    }
    const text = String.fromCharCode(...codes);
    const lower = text.toLowerCase();
    codes.forEach((code, k) => {
      const lowered = lower.length === text.length ? lower.charCodeAt(k) : lowerOne(code);
      table[code] = classAbove(code, lowered);
    });
  }
  return table;
}

function buildLetterTable(loweredClass: Uint8Array): Uint16Array {
  const table = new Uint16Array(0x10000);
  // Letters above CLASS_TABLE_SIZE are RECASED, so only this range has any.
  for (let code = 0; code < CLASS_TABLE_SIZE; code += 1) {
    if (loweredClass[code] === LETTER) table[code] = String.fromCharCode(code).toLowerCase().charCodeAt(0);
  }
  return table;
}

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

// One unit at a time, where a chunk changed length: -1 when this unit is the one that did.
function lowerOne(code: number): number {
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : -1;
}

// Unchanged units keep their class; one that lower-cases to a letter, digit or apostrophe is RECASED.
function classAbove(code: number, lowered: number): number {
  if (lowered === code) return charClass(code);
  return lowered >= 0 && charClass(lowered) === charClass(code) ? charClass(code) : RECASED;
}

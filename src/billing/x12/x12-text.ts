import * as z from 'zod';

// Names and addresses in the X12 character set. X12 carries printable ASCII only (a letter such as Ñ only by
// agreement between the trading partners, which a claim file cannot assume [sources: x12-character-set]), and
// clearinghouses ask for a name's letters without their marks, as on the member's card: "Peña" is sent as
// "Pena". Letters that are not a base letter with a mark are spelled out the usual way.
const SPELLED: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'TH',
  ı: 'i',
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u00a0': ' ',
};

/**
 * A name or address in compatibility form (º → o, ﬁ → fi), each letter's marks dropped and the few letters without a base letter spelled out
 * ("Peña" → "Pena", "Groß" → "Gross", a curly apostrophe → "'"). Anything else outside printable ASCII (a
 * control character, a letter of another script) is left as it is, for the schema to refuse.
 */
export function toX12Text(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæÆœŒøØłŁđĐðÐþÞı\u2018\u2019\u201c\u201d\u2013\u2014\u00a0]/g, (c) => SPELLED[c] ?? c);
}

// Names and addresses must fit their elements as the 837P and the 270 define them [sources: x12-837p-cg-cms]: X12 has no
// escape, so no delimiter or line break; only the X12 character set, printable ASCII (a control character is no
// X12 character; a letter such as Ñ only by agreement between the trading partners) [sources: x12-character-set],
// so a letter's marks are dropped first ("Peña" is written "Pena", toX12Text) and what is still outside it is
// refused; and no longer than the element's maximum (NM103 60, NM104 35, N301/N302 55, N401 2 to 30 characters).
export function x12Text(min: number, max: number) {
  return z
    .string()
    .trim()
    .transform(toX12Text)
    .pipe(
      z
        .string()
        .min(min)
        .max(max)
        .regex(/^[\x20-\x7E]*$/, {
          message:
            'must hold only the X12 character set: printable ASCII letters, digits, spaces and punctuation',
        })
        .regex(/^[^*~:^]*$/, { message: 'must not hold * ~ : or ^' }),
    );
}
/** A name (NM103, PER02): 1 to 60 characters. */
export const Name = x12Text(1, 60);
/** A person's first name (NM104): 1 to 35 characters. */
export const FirstName = x12Text(1, 35);

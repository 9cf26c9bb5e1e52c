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

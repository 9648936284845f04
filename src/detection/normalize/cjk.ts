// The East Asian scripts, by code unit (BMP): one definition for every check that treats
// them apart (no spaces between words, no letter case, fullwidth acronyms).

/** Kana and Han: hiragana, katakana, CJK ideographs (extension A, unified, compatibility). */
export function isKanaOrHan (c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)
}

/** Hangul syllables. */
export function isHangul (c: number): boolean {
  return c >= 0xac00 && c <= 0xd7af
}

/** Chinese, Japanese or Korean text. */
export function isCjk (c: number): boolean {
  return isKanaOrHan(c) || isHangul(c)
}

import Type from 'typebox'

/**
 * Languages the lexicons cover. Latin-script entries are written lower-case and without
 * diacritics because matching runs on folded text (see match/text.ts; Danish and
 * Norwegian 'æ' has no base letter and stays 'æ'); Greek is folded too (no accents,
 * final sigma as 'σ'); Cyrillic, Han, kana, Hangul, Arabic (also Persian and Urdu),
 * Hebrew, Devanagari, Bengali and Thai are written as they are. Thai has no spaces
 * between words, so its terms are `chars`, like Chinese and Japanese.
 * no = Norwegian Bokmål; ms = Malay (shares many terms with id); tl = Tagalog.
 */
export const LANGUAGES = [
  'en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'pl', 'tr', 'id', 'vi', 'ru', 'zh', 'ja', 'ko', 'ar', 'hi',
  'sv', 'no', 'da', 'fi', 'cs', 'sk', 'ro', 'hu', 'uk', 'el', 'he', 'fa', 'th', 'sw', 'tl', 'bn', 'ur', 'ms',
] as const

export type LangCode = typeof LANGUAGES[number]

/** typebox schema for a per-language enable list, shared by every multilingual policy. */
export const LanguagesParam = Type.Array(Type.Union(LANGUAGES.map(l => Type.Literal(l))), {
  default: [...LANGUAGES],
  uniqueItems: true,
  description: 'Languages whose lexicons are active. Dropping one removes its terms from every matcher of this policy (English-only deployments can save a little CPU).',
})

/**
 * Terms of one signal class in one language, as regex source fragments.
 * `words` are matched on word boundaries (scripts with spaces); `chars` are matched
 * anywhere (Han, kana, Hangul with attached particles, Thai), so they must be long or
 * distinctive enough not to occur inside unrelated words.
 * Fragments must keep repetition bounded ({0,n}) and never nest quantifiers.
 */
export interface Terms {
  readonly words?: readonly string[]
  readonly chars?: readonly string[]
}

export type Lexicon<K extends string> = Readonly<Partial<Record<LangCode, Readonly<Partial<Record<K, Terms>>>>>>

import { EXTRACTION_LATIN, type ExtractionClass } from './extraction-latin.js'
import { EXTRACTION_OTHER } from './extraction-other.js'
import type { Lexicon } from './languages.js'

export type { ExtractionClass } from './extraction-latin.js'

export const EXTRACTION_LEXICON: Lexicon<ExtractionClass> = { ...EXTRACTION_LATIN, ...EXTRACTION_OTHER }

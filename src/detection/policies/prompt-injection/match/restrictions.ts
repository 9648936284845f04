import type { NormalizedInput, Segment } from '../../../types.js'
import { foldedOf, forEachMatch, type Span } from './text.js'

/**
 * Topics the operator's system prompt forbids ("do not discuss politics", "avoid any
 * discussion of medications", "providing recipes is not allowed"), reduced to word stems
 * so a user turn can be checked for them cheaply. The stems are 5-letter prefixes: crude,
 * but language-agnostic enough that "intelligenza artificiale" meets "artificial
 * intelligence".
 */
export interface RestrictedTopic {
  readonly stems: ReadonlySet<string>
  /** Two-letter acronyms written in capitals in the system prompt ("AI"), matched whole. */
  readonly acronyms: ReadonlySet<string>
}

const VERB = '(?:discuss(?:ing|ions?)?|talk(?:ing)? about|help(?:ing)? with|provid(?:e|ing)|answer(?:ing)?(?: questions (?:about|on))?|giv(?:e|ing)|mention(?:ing)?|engag(?:e|ing) in|cover(?:ing)?|touch(?:ing)? on|address(?:ing)?|recommend(?:ing)?|shar(?:e|ing)|any discussions? (?:of|about|on)|in-depth discussions? (?:of|about|on)|(?:any )?conversations? (?:of|about|on|regarding))'
const CLAUSES: readonly RegExp[] = [
  new RegExp(`(?:do not|don't|dont|never|avoid(?:s|ing)?|refus(?:e|es|ing) to|not (?:programmed|allowed|permitted|supposed) to|must not|should not|shouldn't|stay away from|under no circumstances should you)\\s{1,3}(?:[\\p{L}-]{1,15}\\s{1,3}){0,4}?${VERB}\\s{1,3}([^.\\n]{3,160})`, 'gu'),
  /(?:^|[.\n]\s{0,3})([^.\n]{3,120}?)\s(?:is|are) (?:not allowed|forbidden|prohibited|off[- ]limits|not permitted)/gu,
  /(?:avoid(?:s|ing)?|steer(?:s|ing)? clear of|stay(?:s|ing)? away from)\s{1,3}(?:at all costs\s{1,3})?((?:any|all)\s[^.\n]{3,160})/gu,
  /(?:avoid(?:s|ing)?|steer(?:s|ing)? clear of|stay(?:s|ing)? away from|do not (?:touch|engage with)|never (?:touch|engage with))\s{1,3}(?:any\s|all\s)?(?:subjects?|topics?|themes?|matters?|issues?|questions?|conversations?|discussions?)\s(?:such as|like|about|on|of|regarding|concerning|related to|involving|including)\s([^.\n]{3,160})/gu,
  /(?:no (?:ayudes|discutas|hables|respondas)|nao (?:ajude|discuta|fale|responda)|ne (?:parle|discute) pas|non (?:discutere|parlare)|nicht (?:diskutieren|sprechen)|huwag (?:talakayin|pag-usapan))\s{1,3}([^.\n]{3,160})/gu,
]
const STOP = new Set([
  'topic', 'topics', 'discuss', 'discussion', 'discussions', 'such', 'like', 'including', 'include', 'related', 'questions', 'question', 'information', 'complex',
  'technical', 'other', 'things', 'matters', 'subject', 'subjects', 'areas', 'content', 'users', 'about', 'with', 'that', 'this', 'these', 'those', 'into',
  'than', 'more', 'most', 'very', 'under', 'circumstances', 'costs', 'cases', 'order', 'maintain', 'environment', 'potential', 'individual', 'neutral',
  'inclusive', 'appropriate', 'focus', 'providing', 'giving', 'advice', 'task', 'tasks', 'help', 'which', 'where', 'when', 'what', 'them', 'their', 'they',
  'any', 'all', 'your', 'from', 'avoid', 'misuse', 'misinterpretations', 'legal', 'risk', 'sure', 'always', 'instead', 'after', 'before', 'events', 'that',
  'occured', 'occurred', 'heated', 'controversial', 'under', 'suited', 'students', 'college', 'depth', 'answers', 'whatever', 'manner', 'form', 'forms',
  'tarefa', 'ajude', 'isang', 'mga', 'para', 'sobre', 'como', 'ng',
])
const WORD = /[\p{L}\p{N}]{2,30}/gu
// Acronyms operators write in capitals, with the words users write instead.
const ACRONYM_WORDS: Readonly<Record<string, readonly string[]>> = {
  ai: ['artificial', 'intelligence'], ml: ['machine', 'learning'], vr: ['virtual', 'reality'], ar: ['augmented', 'reality'], it: [],
}
const MAX_STEMS = 16

export function stemOf (word: string): string {
  return word.length <= 5 ? word : word.slice(0, 5)
}

export function restrictedTopicsOf (input: NormalizedInput): RestrictedTopic | null {
  const stems = new Set<string>()
  const acronyms = new Set<string>()
  for (const seg of input.segments) {
    if (seg.layer !== 'plain' || (seg.role !== 'system' && seg.role !== 'developer')) continue
    const f = foldedOf(seg)
    for (const re of CLAUSES) {
      forEachMatch(re, f, 8, m => {
        const phrase = m[1] ?? ''
        const at = m.index + m[0].length - phrase.length
        forEachMatch(WORD, phrase, 24, w => {
          const word = w[0]
          const original = seg.text.slice(at + w.index, at + w.index + word.length)
          if (word.length === 2 && /^[A-Z]{2}$/.test(original)) {
            acronyms.add(word)
            for (const w of ACRONYM_WORDS[word] ?? []) if (!STOP.has(w)) stems.add(stemOf(w))
          }
          else if (word.length >= 4 && !STOP.has(word) && stems.size < MAX_STEMS) stems.add(stemOf(word))
        })
      })
    }
  }
  return stems.size + acronyms.size === 0 ? null : { stems, acronyms }
}

/** Words of the segment that touch a restricted topic. */
export function topicHits (seg: Segment, topic: RestrictedTopic, limit = 8): Span[] {
  const out: Span[] = []
  forEachMatch(WORD, foldedOf(seg), 4000, w => {
    if (out.length >= limit) return
    const word = w[0]
    if (topic.acronyms.has(word) || (word.length >= 4 && topic.stems.has(stemOf(word)))) out.push({ start: w.index, end: w.index + word.length })
  })
  return out
}

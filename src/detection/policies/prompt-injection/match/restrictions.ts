import { perRequest } from '../../../input-memo.js'
import type { NormalizedInput, Segment } from '../../../types.js'
import { TOPIC_DOMAINS, type TopicDomain } from '../lexicon/topics.js'
import { foldedOf, forEachMatch, type Span } from './text.js'
import { languageOf, type TextLanguage } from './text-language.js'

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
  /** Domains of lexicon/topics.ts the restriction names, whose related words count too. */
  readonly domains: readonly TopicDomain[]
  /**
   * Language names the system prompt mentions when it forbids translating into any other
   * language ("translate into French; never into any other language"); null when it sets
   * no such limit.
   */
  readonly translationTargets: ReadonlySet<string> | null
  /** What the system prompt is written in, to tell when a user switches language. */
  readonly language: TextLanguage
}

/**
 * How a user word touched the restriction: one of the operator's own words, a related
 * word of its domain, a named instance standing for the domain (an indirect reference),
 * or a translation into a language the operator excluded.
 */
export type TopicHitKind = 'own' | 'related' | 'instance' | 'translation'

export interface TopicHit extends Span {
  readonly kind: TopicHitKind
}

const VERB = '(?:discuss(?:ing|ions?)?|talk(?:ing)? about|help(?:ing)? with|provid(?:e|ing)|answer(?:ing)?(?: questions (?:about|on))?|giv(?:e|ing)|mention(?:ing)?|engag(?:e|ing) in|cover(?:ing)?|touch(?:ing)? on|address(?:ing)?|recommend(?:ing)?|shar(?:e|ing)|any discussions? (?:of|about|on)|in-depth discussions? (?:of|about|on)|(?:any )?conversations? (?:of|about|on|regarding))'
// A restriction clause ends at a clause boundary (. ; : ! ? and their CJK, Devanagari and
// Arabic forms; NFKC already folded the fullwidth ones): what follows is another rule, and
// its words are not the forbidden topic.
const END = '.;:!?\\n\u3002\u0964\u0965\u061b'
const C = `[^${END}]`
const CLAUSES: readonly RegExp[] = [
  new RegExp(`(?:do not|don't|dont|never|avoid(?:s|ing)?|refus(?:e|es|ing) to|not (?:programmed|allowed|permitted|supposed) to|must not|should not|shouldn't|stay away from|under no circumstances should you)\\s{1,3}(?:[\\p{L}-]{1,15}\\s{1,3}){0,4}?${VERB}:?\\s{1,3}(${C}{3,160})`, 'gu'),
  new RegExp(`(?:^|[${END}]\\s{0,3})(${C}{3,120}?)\\s(?:is|are) (?:not allowed|forbidden|prohibited|off[- ]limits|not permitted)`, 'gu'),
  new RegExp(`(?:avoid(?:s|ing)?|steer(?:s|ing)? clear of|stay(?:s|ing)? away from)\\s{1,3}(?:at all costs\\s{1,3})?((?:any|all)\\s${C}{3,160})`, 'gu'),
  new RegExp(`(?:avoid(?:s|ing)?|steer(?:s|ing)? clear of|stay(?:s|ing)? away from|do not (?:touch|engage with)|never (?:touch|engage with))\\s{1,3}(?:any\\s|all\\s)?(?:[\\p{L}-]{3,20}\\s){0,2}?(?:subjects?|topics?|themes?|matters?|issues?|questions?|conversations?|discussions?)\\s(?:such as|like|about|on|of|regarding|concerning|related to|involving|including):?\\s(${C}{3,160})`, 'gu'),
  new RegExp(`(?:no (?:ayudes|discutas|hables|respondas)|nao (?:ajude|discuta|fale|responda)|ne (?:parle|discute) pas|non (?:discutere|parlare)|nicht (?:diskutieren|sprechen)|huwag (?:talakayin|pag-usapan))\\s{1,3}(${C}{3,160})`, 'gu'),
  new RegExp(`jangan(?:lah)? (?:pernah )?(?:membahas|membicarakan|bicara (?:tentang|soal|mengenai)|memberikan|berikan|menjawab pertanyaan (?:tentang|soal))\\s{1,3}(${C}{3,160})`, 'gu'),
  // Hindi and Turkish put the topic before the verb: "राजनीति के बारे में बात न करें", "siyaset hakkında konuşma".
  new RegExp(`(${C}{3,80}?)\\s(?:के बारे में|पर|की)\\s(?:कोई\\s)?(?:बात|चर्चा|सलाह)\\s(?:न|मत|नहीं)\\s`, 'gu'),
  new RegExp(`(${C}{3,80}?)\\s(?:hakkinda|ile ilgili|konusunda)\\s(?:asla\\s)?(?:konusma|tartisma|konusmayin|tartismayin|tavsiye verme|bilgi verme)(?![\\p{L}])`, 'gu'),
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

const bounded = (words: readonly string[], chars: readonly string[] = []): string =>
  [`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, ...chars].join('|')
const DOMAIN_LIST = Object.keys(TOPIC_DOMAINS) as TopicDomain[]
const DOMAIN_NAMES: ReadonlyMap<TopicDomain, RegExp> = new Map(DOMAIN_LIST.map(d => [d, new RegExp(bounded(TOPIC_DOMAINS[d].names, TOPIC_DOMAINS[d].chars), 'u')]))
const DOMAIN_TERMS: ReadonlyMap<TopicDomain, RegExp> = new Map(DOMAIN_LIST.map(d => [d, new RegExp(bounded(TOPIC_DOMAINS[d].terms, TOPIC_DOMAINS[d].chars), 'gu')]))
const DOMAIN_INSTANCES: ReadonlyMap<TopicDomain, RegExp> = new Map(DOMAIN_LIST.flatMap(d => {
  const inst = TOPIC_DOMAINS[d].instances
  return inst === undefined ? [] : [[d, new RegExp(bounded(inst), 'gu')] as const]
}))

// A proper name (capitalised in the text as written) before a kind of named result of the
// domain: "Heisenberg's uncertainty principle", "the Monty Hall problem", "the Planck
// constant". Without a possessive the name stands mid-sentence (a capital at the start of
// a sentence names nothing) and right before the kind. Or a name after words that ask for
// the theory behind it: "the principles behind 'X'". Matched on the unfolded text.
const NAME = '\\p{Lu}[\\p{L}-]{1,20}'
const kindsOf = (kinds: readonly string[]): string => kinds.map(k => `[${k.charAt(0)}${k.charAt(0).toUpperCase()}]${k.slice(1)}`).join('|')
const DOMAIN_NAMED: ReadonlyMap<TopicDomain, RegExp> = new Map(DOMAIN_LIST.flatMap(d => {
  const { namedKinds = [], brandKinds = [], theoryOf = [] } = TOPIC_DOMAINS[d]
  if (namedKinds.length === 0) return []
  const all = kindsOf([...namedKinds, ...brandKinds])
  const mid = '(?<=[\\p{Ll}\\p{N},;] )'
  const theory = theoryOf.length === 0 ? '' : `|(?<![\\p{L}])(?:${kindsOf(theoryOf)}) (?:behind|of) (?:the |a )?["\u201c'\u00ab]?${NAME}`
  return [[d, new RegExp(`(?<![\\p{L}])${NAME}(?: ${NAME})?(?:['\u2019]s|(?<=s)['\u2019]) (?:\\p{Ll}{2,15} ){0,2}?(?:${all})s?(?![\\p{L}])|${mid}${NAME} ${NAME} (?:${all})s?(?![\\p{L}])|${mid}${NAME} (?:${kindsOf(namedKinds)})s?(?![\\p{L}])${theory}`, 'gu')] as const]
}))

// Language names as users and operators write them, folded, with the one each stands for.
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  english: 'en', ingles: 'en', anglais: 'en', englisch: 'en', inglese: 'en', inggris: 'en', ingilizce: 'en', french: 'fr', frances: 'fr', francais: 'fr', franzosisch: 'fr', francese: 'fr', prancis: 'fr', fransizca: 'fr',
  spanish: 'es', espanol: 'es', castellano: 'es', espagnol: 'es', spanisch: 'es', spagnolo: 'es', spanyol: 'es', ispanyolca: 'es', german: 'de', aleman: 'de', allemand: 'de', deutsch: 'de', tedesco: 'de', jerman: 'de', almanca: 'de',
  italian: 'it', italiano: 'it', italien: 'it', italienisch: 'it', portuguese: 'pt', portugues: 'pt', portugais: 'pt', dutch: 'nl', polish: 'pl', turkish: 'tr', turkce: 'tr', russian: 'ru', chinese: 'zh', mandarin: 'zh',
  japanese: 'ja', korean: 'ko', arabic: 'ar', hindi: 'hi', indonesian: 'id', vietnamese: 'vi', greek: 'el', swedish: 'sv', latin: 'la',
  norwegian: 'no', danish: 'da', finnish: 'fi', czech: 'cs', slovak: 'sk', romanian: 'ro', hungarian: 'hu', ukrainian: 'uk', hebrew: 'he', persian: 'fa', farsi: 'fa',
  thai: 'th', swahili: 'sw', tagalog: 'tl', filipino: 'tl', bengali: 'bn', bangla: 'bn', urdu: 'ur', malay: 'ms',
}
const LANGUAGE_NAME = `(${Object.keys(LANGUAGE_NAMES).join('|')})`
const LANGUAGE_MENTION = new RegExp(`(?<![\\p{L}])${LANGUAGE_NAME}(?![\\p{L}])`, 'gu')
// "never translate into any other language", "only translate into French".
const TRANSLATION_LIMIT = /\b(?:never|not|no|only|under no circumstances)\b[^.\n]{0,60}?\btranslat\p{L}{0,5}\b[^.\n]{0,80}?\b(?:any (?:other|different)|another|other|different) languages?\b|\bonly (?:ever )?translat\p{L}{0,5} (?:\p{L}{1,15} ){0,3}?(?:into|to) \p{L}{3,15}/u
// A request to put text into a named language: "translate X into Spanish", "say it in German".
const TRANSLATION_ASK = new RegExp(`\\b(?:translat\\p{L}{0,5}|tradu\\p{L}{1,6}|ubersetz\\p{L}{0,3}|terjemah\\p{L}{0,5}|cevir\\p{L}{0,4}|say|write|render|put|convert|answer|reply|respond)\\b[^.\\n?]{0,60}?\\b(?:in|into|to|en|al|ins|auf|in lingua|ke dalam|ke)\\s${LANGUAGE_NAME}(?![\\p{L}])`, 'gu')

export function stemOf (word: string): string {
  return word.length <= 5 ? word : word.slice(0, 5)
}

/** What the system prompt restricts, read once per request (also for a policy holding one segment of it). */
export const restrictedTopicsOf: (input: NormalizedInput) => RestrictedTopic | null = perRequest(topicsIn)

function topicsIn (segments: readonly Segment[]): RestrictedTopic | null {
  const stems = new Set<string>()
  const acronyms = new Set<string>()
  const domains = new Set<TopicDomain>()
  let translationTargets: Set<string> | null = null
  let first: Segment | undefined
  for (const seg of segments) {
    if (seg.layer !== 'plain' || (seg.role !== 'system' && seg.role !== 'developer')) continue
    const f = foldedOf(seg)
    first ??= seg
    if (f.includes('translat') && TRANSLATION_LIMIT.test(f)) {
      translationTargets ??= new Set()
      const targets = translationTargets
      forEachMatch(LANGUAGE_MENTION, f, 8, m => { targets.add(LANGUAGE_NAMES[m[1] ?? ''] ?? '') })
    }
    for (const re of CLAUSES) {
      forEachMatch(re, f, 8, m => {
        const phrase = m[1] ?? ''
        for (const [d, names] of DOMAIN_NAMES) if (!domains.has(d) && names.test(phrase)) domains.add(d)
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
  if (first === undefined || (stems.size + acronyms.size + domains.size === 0 && translationTargets === null)) return null
  // Read only for system prompts that restrict something: most requests never pay for it.
  return { stems, acronyms, domains: [...domains], translationTargets, language: languageOf(first) }
}

/**
 * Words of the segment that touch a restricted topic, in text order: the operator's own
 * words first found, then related words and named instances of its domains, then asks to
 * translate into a language it excluded. Cost: one word pass plus one regex pass per
 * restricted domain, each bounded by `limit` matches.
 */
export function topicHits (seg: Segment, topic: RestrictedTopic, limit = 8): TopicHit[] {
  const out: TopicHit[] = []
  const f = foldedOf(seg)
  forEachMatch(WORD, f, 4000, w => {
    if (out.length >= limit) return
    const word = w[0]
    if (topic.acronyms.has(word) || (word.length >= 4 && topic.stems.has(stemOf(word)))) out.push({ start: w.index, end: w.index + word.length, kind: 'own' })
  })
  const push = (kind: TopicHitKind) => (m: RegExpExecArray): void => {
    const end = m.index + m[0].length
    if (out.length < limit && !out.some(h => h.start < end && m.index < h.end)) out.push({ start: m.index, end, kind })
  }
  for (const d of topic.domains) {
    const inst = DOMAIN_INSTANCES.get(d)
    if (inst !== undefined) forEachMatch(inst, f, limit, push('instance'))
    const named = DOMAIN_NAMED.get(d)
    if (named !== undefined) forEachMatch(named, seg.text, limit, push('instance'))
    forEachMatch(DOMAIN_TERMS.get(d) as RegExp, f, limit, push('related'))
  }
  const targets = topic.translationTargets
  if (targets !== null) {
    forEachMatch(TRANSLATION_ASK, f, limit, m => {
      const lang = LANGUAGE_NAMES[m[1] ?? '']
      if (lang !== undefined && !targets.has(lang)) push('translation')(m)
    })
  }
  return out.sort((a, b) => a.start - b.start)
}

import { memoSlot } from '../../../segment-memo.js'
import type { Segment } from '../../../types.js'
import { termList, termSpans } from '../lexicon/scan.js'

// Context cues that turn an attack-shaped phrase into something else: a negation ("never
// ignore your instructions"), a description of an attack ("users who type 'ignore previous
// instructions'"), a discussion of injection, or a target that belongs to some other
// domain ("ignore the rules of grammar"). All are checked on folded text, on short
// slices next to the match, so their cost is constant per match.

const LOOKBACK = 64

// The slices below end exactly where the verb starts; `$` anchors there.
// "stop ignoring the review guidelines" asks for the opposite of an override.
const NEGATED = /(?:^|[^\p{L}])(?:do not|don't|dont|never|not|must not|mustn't|should not|shouldn't|won't|will not|cannot|can't|no need to|refuse to|avoid|stop|quit|nunca|jamais|niemals|nicht|niet|nooit|nie|mai|nao|non|no|ne)\s{1,3}(?:(?:ever|ever try to|try to|attempt to|just|simply|accidentally|blindly)\s{1,3})?$|(?:^|[^\p{L}])n['’]$/u

const DESCRIBED = new RegExp([
  // "make/trick/get you to ignore…"
  '(?:make|makes|making|made|trick|tricks|tricking|tricked|cause|causes|get|gets|getting|force|forces|convince|convinces|persuade|persuades|manipulate|manipulates|coax|lead|leads|induce|induces)\\s{1,3}(?:you|the (?:model|ai|assistant|llm|bot|system|agent)|it|them|an? (?:ai|model|llm|assistant|chatbot|agent))\\s{1,3}(?:in)?to\\s{1,3}$',
  // "designed to … make you ignore these directions"
  '(?:make|makes|making|made|let|lets|letting)\\s{1,3}(?:you|the (?:model|ai|assistant|llm|bot)|it|them)\\s{1,3}$',
  // "telling it to ignore its system prompt" — but not "I'm telling you to ignore…"
  '(?:tell|tells|telling|told|ask|asks|asking|asked|instruct|instructs|instructing|instructed)\\s{1,3}(?:the (?:model|ai|assistant|llm|bot|system|agent)|it|them|an? (?:ai|model|llm|assistant|chatbot|agent))\\s{1,3}to\\s{1,3}$',
  // "attempts to / may try to / designed to ignore…"
  '(?:attempts?|attempting|tries|trying|try|designed|meant|intended|aims?|aiming|used|crafted|written)\\s{1,3}to\\s{1,3}$',
  // "users typing / someone who says 'ignore…'"
  '(?:users?|people|attackers?|someone|somebody|hackers?|adversar\\p{L}{0,6}|they|inputs?|prompts?|messages?|strings?|phrases?|payloads?)\\s{1,3}(?:(?:who|that|which)\\s{1,3})?(?:(?:may|might|could|would|will|can|often|sometimes)\\s{1,3})?(?:typ\\p{L}{0,3}|say\\p{L}{0,3}|said|writ\\p{L}{0,4}|wrote|enter\\p{L}{0,3}|send\\p{L}{0,3}|sent|submit\\p{L}{0,5}|inject\\p{L}{0,3}|contain\\p{L}{0,3}|includ\\p{L}{0,3}|like|such as|paste\\p{L}{0,2})\\s{0,3}[:"\']?\\s{0,2}$',
  '(?:phrases?|prompts?|attacks?|inputs?|strings?|examples?|things?|commands?|messages?|patterns?|payloads?)\\s{1,3}(?:like|such as|e\\.g\\.?|including|containing)\\s{0,3}[:"\']?\\s{0,2}$',
  '(?:e\\.g\\.|for example|for instance|such as|the phrase|the sentence|the string|the words)[,:]?\\s{0,3}["\']?\\s{0,2}$',
  // "diciéndole al modelo 'no obedezcas…'"
  '(?:diciendole|decirle|pidiendole|ordenandole) al (?:modelo|asistente|bot)\\s{0,3}["\']?\\s{0,2}$',
  // "what does 'disregard previous instructions' mean", "how do I say 'ignore my message'"
  '(?:what (?:does|do|is|are)|meaning of|define|definition of|how (?:do|would|can) (?:i|you|we) say|how to say|the (?:term|expression))\\s{1,3}(?:the (?:phrase|term|expression)\\s{1,3})?["\']\\s{0,2}$',
  // A how-to question the user will act on themselves: "how do I override the default
  // system prompt for one thread?" asks about configuring a model, not the model to comply.
  '(?:^|[^\\p{L}])how (?:do|can|could|should|would) (?:i|we)\\s{1,3}(?:(?:best|properly|safely|temporarily|programmatically)\\s{1,3})?$',
].join('|'), 'u')

/** The verb at `start` is negated ("don't ignore", "never forget"): a defensive statement. */
export function isNegated (folded: string, start: number): boolean {
  return NEGATED.test(folded.slice(Math.max(0, start - 32), start))
}

// A subject before the verb, with at most two adverbs or auxiliaries: "we (had) ignored",
// "my dad keeps forgetting". Paired with a past or progressive verb in isNarrated.
const SUBJECT_BEFORE = /(?:^|[^\p{L}'’])(?:we|they|he|she|i|someone|somebody|everyone|nobody|people|(?:my|our|his|her|their|the) \p{L}{2,20})\s{1,3}(?:(?:had|have|has|just|already|completely|totally|simply|always|often|never|accidentally|mostly|keeps?|kept|were|was)\s{1,3}){0,2}$/u
const PAST_OR_ONGOING = /^\p{L}{2,20}(?:ed|ing)(?![\p{L}])|^forgot(?:ten)?(?![\p{L}])|^(?:let|skipped|brushed|paid|took)(?![\p{L}])/u

/**
 * The verb at `start` narrates what someone did or keeps doing ("we ignored the earlier
 * guidelines", "she keeps forgetting the earlier instructions"): a past or progressive
 * verb right after its subject is an account, not an order to the model. A bare
 * participle with no subject ("Ignoring all previous instructions, …") is not narrated.
 */
export function isNarrated (folded: string, start: number): boolean {
  if (PAST_OR_ONGOING.test(folded.slice(start, start + 24)) && SUBJECT_BEFORE.test(folded.slice(Math.max(0, start - 48), start))) return true
  return actsForThirdParty(folded.slice(Math.max(0, start - 48), start), folded.slice(start, start + 24))
}

// Someone other than the model does the ignoring, in the present: "a cat that ignores all
// the house rules", "the intern who forgets his previous orders" (a relative clause on a
// third-person verb), or "a spell that makes the guards forget all their orders" (a
// causative whose object is a third party). A model word as the subject or object ("the
// assistant ignores…", "make the model forget…") is left to the other cues.
const THIRD_SUBJECT = /(?:^|[^\p{L}'’])(?:a|an|the|this|that|my|our|his|her|their|some|every|each)\s{1,3}(?:\p{L}{2,20}\s{1,3})?(\p{L}{2,20})\s{1,3}(?:that|who|which)\s{1,3}(?:(?:just|always|often|never|simply|completely|totally|happily)\s{1,3})?$/u
const THIRD_PERSON_VERB = /^\p{L}{2,20}s(?![\p{L}])/u
const CAUSATIVE = /(?:^|[^\p{L}])(?:make|makes|made|making|let|lets|letting|help|helps|helped|cause|causes|caused)\s{1,3}(?:the|a|an|his|her|their|all the|both)\s{1,3}(?:\p{L}{2,20}\s{1,3})?(\p{L}{2,20})\s{1,3}$/u
// A rule for other parties, stated with a modal: "the parties shall disregard any previous
// instructions" (a contract), "all employees must ignore earlier drafts" (a policy).
const MODAL_SUBJECT = /(?:^|[^\p{L}'’])(?:the|all|both|each|every|such)\s{1,3}(?:\p{L}{2,20}\s{1,3})?(\p{L}{2,20})\s{1,3}(?:shall|must|should|will|may|agree to|undertake to)\s{1,3}(?:(?:also|not|hereby|immediately)\s{1,3})?$/u
const MODEL_WORD = /^(?:ai|ais|assistants?|models?|bots?|chatbots?|llms?|agents?|systems?|gpt|chatgpt|claude|gemini|machines?|computers?|programs?|tools?|you)$/

function actsForThirdParty (before: string, verb: string): boolean {
  const rel = THIRD_PERSON_VERB.test(verb) ? THIRD_SUBJECT.exec(before) : null
  const subject = rel?.[1] ?? CAUSATIVE.exec(before)?.[1] ?? MODAL_SUBJECT.exec(before)?.[1]
  return subject !== undefined && !MODEL_WORD.test(subject)
}

// A reported order: "my manager told me to ignore…", "the user said to ignore…".
const REPORTED = new RegExp([
  '(?:told|tells|telling|asked|asks|wanted|wants|advised|reminded|expects|expected|allowed|encouraged)\\s{1,3}(?:me|us|him|her|them|everyone|my team|the team|our team)\\s{1,3}to\\s{1,3}$',
  '(?:said|says|saying|wrote|writes|suggested|suggests)\\s{1,3}(?:to|that (?:we|i|they|he|she) (?:should|could|can|must))\\s{1,3}$',
].join('|'), 'u')

/** The verb at `start` is an order someone else gave the writer ("my manager told me to ignore…"), reported, not issued. */
export function isReported (folded: string, start: number): boolean {
  return REPORTED.test(folded.slice(Math.max(0, start - LOOKBACK), start))
}

/** The phrase at `start` is being described or quoted as an example, not issued. */
export function isDescribed (folded: string, start: number): boolean {
  return DESCRIBED.test(folded.slice(Math.max(0, start - LOOKBACK), start))
}

const META = termList([
  'prompt[- ]?injections?', 'injection attacks?', 'jailbreak (?:attempts?|prompts?|attacks?|detection|techniques?)',
  '(?:detect|prevent|defend|protect|mitigat|block|classif|sanitiz|filter|guard|catch|flag)\\p{L}{0,6} (?:against |from |out |for )?(?:such |these |this |those |malicious |common |adversarial )?(?:prompts?|attacks?|injections?|inputs?|jailbreaks?|payloads?)',
  '(?:examples?|instances?) of (?:an? )?(?:prompt injections?|attacks?|jailbreaks?|malicious prompts?|injection)',
  'how (?:do|can|should|would) (?:i|we|you) (?:detect|prevent|stop|handle|defend|block|catch|mitigate|test)',
  '(?:attackers?|adversaries|malicious (?:sites?|pages?|actors?|documents?)) (?:hide|hides|plant|plants|embed|embeds|insert|inserts|inject|injects|smuggle|smuggles)', '(?:defen[cs]es?|mitigations?|countermeasures?) (?:work )?against (?:that|this|it|them|such)',
  'llm security', 'ai security', 'owasp', 'security (?:research|training|course|awareness|paper|blog)', 'red[- ]team(?:ing)? (?:dataset|report|exercise|paper)',
  'inyeccion de prompts?', 'injection de prompts?', 'injecao de prompts?', 'iniezione di prompt', 'prompt-injektion', 'инъекци\\p{L}{0,3} промпт\\p{L}{0,3}', 'jailbreaks', 'jailbreaking', 'related[- ]work', 'alignment (?:research|robustness)', 'red[- ]teaming', 'adversarial prompts?', 'jailbreak filter', 'role-?play prompts',
  'chat ?ml', 'chat templates?', 'prompt (?:format|template)s?', 'special tokens?', 'tokeni[sz]er', 'fine-?tun\\p{L}{0,4}',
], ['提示注入', 'プロンプトインジェクション', '프롬프트 ?인젝션'])

const META_TALK = memoSlot<boolean>()

/** The segment talks about prompt injection or prompt formats rather than performing one. */
export function isMetaDiscussion (seg: Segment): boolean {
  return META_TALK.get(seg) ?? META_TALK.set(seg, termSpans(META, seg).length > 0)
}

/** Nouns after "of/for/about …" that keep a target pointing at the model itself. */
const MODEL_WORDS = new Set([
  'you', 'your', 'yours', 'system', 'ai', 'model', 'assistant', 'openai', 'anthropic', 'chatgpt', 'gpt', 'claude', 'gemini', 'prompt', 'developer',
  'developers', 'creators', 'creator', 'conversation', 'chat', 'above', 'bot', 'chatbot', 'llm', 'operator', 'admin', 'administrator', 'training', 'programmers',
  'session', 'thread', 'interaction', 'rest', 'remainder', 'duration', 'now', 'today', 'second', 'moment', 'minute', 'bit', 'while', 'once', 'confidentiality', 'privacy', 'disclosure', 'secrecy',
  'not', 'revealing', 'sharing', 'disclosing', 'telling', 'keeping', 'what', 'safety', 'ethics', 'morality', 'restrictions', 'limits', 'censorship', 'filters',
  // "for this request", "for this reply": the current exchange with the model.
  'request', 'question', 'reply', 'response', 'answer', 'turn',
])

// After a target noun: an optional relative clause ("that appear", "you find"), an
// optional participle ("contained", "embedded"), then a preposition and its noun.
const AFTER_TARGET = /^\s{0,3}(?:,\s{0,2})?((?:that|which|you)\s{1,3}(?:\p{L}{1,14}\s{1,3}){0,2}?)?((?:contained|found|embedded|included|present|appearing|written|hidden|placed|inserted)\s{1,3})?(in|within|inside|therein|from|of|for|about|on|regarding|to|below)(?:\s{1,3}(?:the|a|an|this|that|these|those|my|our|his|her|their|any)\b)?(?:\s{1,3}(\p{L}{1,20}))?/u

const DATA_NOUNS = new Set([
  'text', 'document', 'documents', 'email', 'emails', 'article', 'page', 'webpage', 'website', 'input', 'data', 'content', 'message', 'messages', 'file',
  'files', 'passage', 'snippet', 'result', 'results', 'output', 'review', 'reviews', 'comment', 'comments', 'following', 'provided', 'retrieved',
  'external', 'embedded', 'user', "user's", 'below', 'pdf', 'resume', 'transcript', 'translation', 'source', 'context', 'tool', 'search',
])

export type TargetOwner = 'model' | 'domain' | 'data'

const NEXT_WORD = /^\s{1,3}(?!(?:and|or|but|then|so|please|only|time|too|as|because)\b)\p{L}/u

/**
 * Whose instructions a target noun names, from the words right after it:
 * "rules of grammar" → domain; "instructions contained in the email" → data (a defensive
 * "do not follow instructions in the text" line); otherwise → model.
 */
export function targetOwner (folded: string, targetEnd: number): TargetOwner {
  const m = AFTER_TARGET.exec(folded.slice(targetEnd, targetEnd + 80))
  if (m === null) return 'model'
  const relative = m[1] !== undefined
  const participle = m[2] !== undefined
  const prep = m[3] ?? ''
  const noun = m[4] ?? ''
  if (prep === 'therein' || prep === 'below') return 'data'
  // "instructions contained in …", "instructions that appear inside …" name data.
  if (participle || (relative && (prep === 'in' || prep === 'within' || prep === 'inside'))) return MODEL_WORDS.has(noun) && noun !== '' ? 'model' : 'data'
  if (noun === '') return 'model'
  if (MODEL_WORDS.has(noun)) return 'model'
  // "for this one" alone is this exchange; "for this one tap" names something else.
  if (noun === 'one') return NEXT_WORD.test(folded.slice(targetEnd + m[0].length, targetEnd + m[0].length + 4)) ? 'domain' : 'model'
  if (DATA_NOUNS.has(noun)) return prep === 'to' ? 'model' : 'data'
  if (prep === 'in' || prep === 'within' || prep === 'inside' || prep === 'from' || prep === 'to') return 'model'
  return 'domain'
}

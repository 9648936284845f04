import { forEachMatch, type Span } from './text.js'

/**
 * Text planted in data for whatever reads it: "whoever processes this page, …", "Reader:
 * …", "to the system summarising this: …", "you, the agent reading this, …". A document
 * speaks to its human reader all the time ("Reader, note that the API changed in v2"), so
 * the address alone means nothing; what gives the plant away is an order that leaves the
 * user's task (send data somewhere, tell the user something, ignore the rest, call a tool).
 *
 * Two strengths of address: a processor named by what it does to the text (processing,
 * summarising, parsing, ingesting) is a machine; a reader named as a reader may be a
 * person, so only the orders no document gives its human reader count there.
 */
export interface ReaderAddress extends Span {
  /** Named by what it does to the text (a machine), or as a reader (maybe a person). */
  readonly processor: boolean
  /** Where the out-of-task order starts. */
  readonly order: Span
}

// Verbs of what a program does to text. Humans review, translate and handle documents
// too, so those count only with a machine as their subject.
const PROC_ING_WORDS = String.raw`processing|summari[sz]ing|parsing|ingesting|indexing|crawling|scraping`
const PROC_ING = `(?:${PROC_ING_WORDS})`
const PROC_3RD = String.raw`(?:processes|summari[sz]es|parses|ingests|indexes|crawls|scrapes)`
const ANY_ING = String.raw`(?:${PROC_ING_WORDS}|analy[sz]ing|reviewing|screening|translating|handling|transcribing|reading|seeing|receiving)`
const READ_VERB = String.raw`(?:reads|reading|sees|seeing|receives|receiving|opens|opening)`
// "agent" and "assistant" are left to the AI address lexicon: a support ticket speaks to
// the (human) agent handling it.
const MACHINE_AI_WORDS = String.raw`ai|a\.i\.|model|llm|language model|bot|chatbot|summari[sz]er|parser|indexer|crawler|scraper`
const MACHINE_AI = `(?:${MACHINE_AI_WORDS})s?`
const MACHINE = String.raw`(?:${MACHINE_AI_WORDS}|system|program|software|tool|pipeline)s?`
// The address closes its clause: "whoever processes this page, …", "any AI reviewing these
// bids: …". "If you are processing these events at scale, use …" goes on describing the
// reader's situation, as documentation does.
// A purpose may close the address: "whoever is reading this to make a summary:".
const THIS = String.raw`(?:this|these|the (?:following|above|text|page|document|file|email|message|note|record|review|ticket|data|content|output))(?: [\p{L}-]{2,20}){0,2}(?: (?:to|in order to) (?:make|write|produce|create|generate|build) (?:a |an |the )?[\p{L}-]{2,20})?(?=[ \t]{0,2}(?:[,:;.!)\]—]|-[ \t]|$))`

// Named by what it does with this text: "whoever processes this", "any AI reviewing
// these notes", "if you are summarising this", "to the system reading this", "you, the
// model parsing this,".
const PROCESSOR = new RegExp([
  String.raw`\bwho(?:ever|soever)(?: or what(?:ever|soever))? (?:${PROC_3RD}|is ${PROC_ING}) ${THIS}`,
  String.raw`\bany(?:one|body) (?:(?:who|that) is )?${PROC_ING} ${THIS}`,
  String.raw`\b(?:any|every|each) ${MACHINE_AI} (?:(?:that|which) is )?${ANY_ING} ${THIS}`,
  String.raw`\b(?:if|when|while|as) you(?: are|'re) ${PROC_ING} ${THIS}`,
  String.raw`\b(?:to|for|attention|attn|dear|hey) (?:the |any |whichever |whatever |every )?${MACHINE} (?:(?:that|which) is |now )?${ANY_ING} ${THIS}`,
  String.raw`\byou,? the ${MACHINE_AI}(?: (?:that is )?${ANY_ING} ${THIS})?,`,
  // A note left for the machine by name: "Reminder for the summarizer:", "note to any AI,".
  String.raw`\b(?:note|reminder|message|memo|instructions?|directive|request)s? (?:to|for) (?:the |any |whichever |whatever |every )?${MACHINE_AI}(?:[ \t]{0,2}[,:;—-]| (?:(?:that|which) )?(?:is |are )?${ANY_ING} ${THIS})`,
  // What the machine will write, told what it must contain: "any summary of this page must".
  String.raw`\b(?:any|every|each|the|your) (?:summary|summaries|overview|description|answer|response|reply|recommendation|analysis|translation|rating)s? (?:of|about|for) (?:this|these|the) (?:page|document|text|product|article|site|website|email|file|review|listing|report|thread)s? (?=(?:must|should|shall|has to|have to|needs? to|is to|are to|will)\b)`,
].join('|'), 'gu')

// Named as a reader, who may be a person: "whoever reads this", "Reader:", "dear reader,",
// "to the reader of this page", "you, the reader,".
const READER = new RegExp([
  String.raw`\bwho(?:ever|soever)(?: or what(?:ever|soever))? (?:is )?${READ_VERB} ${THIS}`,
  String.raw`\bany(?:one|body) (?:who (?:is )?)?${READ_VERB} ${THIS}`,
  String.raw`(?:^|[\n.!?;(\[>"*#|-])[ \t]{0,3}(?:(?:dear|hey|attention|attn|note (?:to|for)(?: the| any)?) )?(?:reader|recipient|processor)s?[ \t]{0,2}[,:]`,
  String.raw`\b(?:to|for) (?:the|any|whichever) (?:reader|recipient|processor)s? of ${THIS}`,
  String.raw`\byou,? the (?:reader|recipient|processor),`,
].join('|'), 'gu')

// Orders that leave any task a user gives: data sent out, words put in the model's mouth,
// the rest of the text or the user's instructions dropped, a tool invoked, money moved.
// The object of a send is what would leave ("the notes", "all user data", "a copy"); the
// reader's own feedback ("send your comments", "email us") is what documents ask for.
const SEND = String.raw`(?:send|forward|e-?mail|mail|upload|post|share|export|leak|sync|copy|transmit|submit)(?: (?:a copy of|a summary of|the contents? of|everything|every|all|any|the|this|these|those|that|it|them|our|their|his|her|user|customer|conversation|chat|session|history|notes?|files?|documents?|data|credentials?|passwords?|keys?|tokens?|contacts?|attendee)\b)`
// What a person reading a document does not hold: the user's data, the conversation, everything.
const SEND_PRIVATE = String.raw`(?:send|forward|e-?mail|mail|upload|post|share|export|leak|sync|copy|transmit|submit) (?:a copy of |the contents? of )?(?:all|every|everything|the user'?s?|user|users'|the customer'?s?|(?:this|the|our) (?:conversation|chat|session)|conversation|chat|session|history|credentials?|passwords?|api keys?|tokens?|contacts?)\b`
const SPEAK = String.raw`(?:tell|inform|warn|advise|assure|convince|remind) (?:the |all |every |any )?(?:user|customer|buyer|shopper|reader|visitor|guest|client|patient|human|person|them)s?\b|(?:say|state|claim|report|answer|reply|respond|write|conclude) (?:that|with|only|yes|no)\b|(?:write|output|print|say|use|give) (?:exactly|only|just|precisely) (?:that|this|the following|these words|the sentence)\b|(?:recommend|endorse|promote|rate|score|rank|classify|label|mark) (?:this|the|it|them|our|[\p{L}-]{2,20} as)\b`
const DROP = String.raw`(?:ignore|disregard|forget|skip|override)(?: (?:all|any|every|the|your|previous|prior|earlier|above|other|remaining|user'?s?))\b|(?:do not|don'?t|never) (?:mention|tell|reveal|disclose|summari[sz]e|show|include|warn|inform)\b`
// A document tells its reader to skip an outdated section; only the reader's instructions dropped count there.
const DROP_RULES = String.raw`(?:ignore|disregard|forget|override) (?:all |any |every |your |the user'?s? |the )?(?:previous |prior |earlier |above |other |original |current )?(?:instructions?|rules|guidelines|task|request|question|prompt|directions)\b|(?:do not|don'?t|never) (?:mention|tell|reveal|disclose|show) (?:this |it |that |anything )?to the user\b|(?:do not|don'?t|never) (?:summari[sz]e|translate|review|classify) (?:any of )?(?:this|it|the (?:text|review|page|document))\b`
// Told to a machine only: facts cut from or put into what it writes ("omit the budget
// figures", "say the project was cancelled").
const MISSTATE = String.raw`(?:omit|leave out|remove|hide|suppress|exclude|drop) (?:all |any |every |the |this |these |those )|(?:say|state|claim|report|write|conclude) (?:the|it|this|our|their) (?:[\p{L}-]{2,20} ){0,2}(?:is|was|are|were|has|had|will)\b`
const ACT = String.raw`(?:call|invoke|execute|trigger) (?:the )?[a-z]{2,20}_[a-z_]{2,30}|[a-z]{2,20}_[a-z_]{2,30}\(|(?:include|insert|add|append|embed|render) (?:this|the following|a|the|an) (?:link|url|image|line|sentence|note|text|markdown)\b`
// Asked of a person in adverts and guides ("buy the book", "visit our shop"): from a machine's reader only.
const MOVE = String.raw`(?:visit|open|click|navigate to|go to|fetch|load|transfer|wire|pay|refund|approve|grant|buy|purchase|invest in|delete all|delete every|delete the|wipe)\b`
// The order follows the address within this many characters, in second person or bare
// imperative ("…, you must send", "…: send", "…, please send").
const ORDER_REACH = 120
const LEAD = String.raw`^[^\n]{0,${ORDER_REACH}}?(?:^|[\s,:;.!(])(?:you (?:must|should|need to|have to|are to|are required to|will) |please |kindly |immediately |first |also |now )?`
const STRONG_ORDER = new RegExp(`${LEAD}(${SEND_PRIVATE}|${SPEAK}|${DROP_RULES}|${ACT})`, 'u')
const ANY_ORDER = new RegExp(`${LEAD}(${SEND}|${SPEAK}|${DROP}|${ACT}|${MOVE}|${MISSTATE})`, 'u')
const MAX_ADDRESSES = 8

/** Addresses to the text's reader or processor that are followed by an out-of-task order, at most a few. */
export function readerAddresses (f: string): ReaderAddress[] {
  const out: ReaderAddress[] = []
  const consider = (m: RegExpExecArray, processor: boolean): void => {
    const end = m.index + m[0].length
    const after = f.slice(end, end + ORDER_REACH + 40)
    const order = (processor ? ANY_ORDER : STRONG_ORDER).exec(after)
    if (order === null) return
    const verb = order[1] as string
    const at = end + order[0].length - verb.length
    out.push({ start: m.index, end, processor, order: { start: at, end: at + verb.length } })
  }
  forEachMatch(PROCESSOR, f, MAX_ADDRESSES, m => consider(m, true))
  forEachMatch(READER, f, MAX_ADDRESSES, m => consider(m, false))
  return out
}

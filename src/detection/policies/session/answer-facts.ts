import { perInput } from '../../input-memo.js'
import { memoSlot } from '../../segment-memo.js'
import type { AnswerFact, NormalizedInput, Segment, SessionView } from '../../types.js'
import { complianceOpener } from '../jailbreak/lexicon/compliance-openers.js'
import { foldText } from '../prompt-injection/match/text.js'
import { currentTurn } from './chain-timeline.js'
import { isCaution, isRefusal } from './harm-cues.js'
import { sendsByToolCall } from './intents.js'
import { hasDataEmbed } from './precedent.js'
import { currentTurnStart } from '../../turn-scope.js'

// The answer stops where a list or a procedure was about to start ("… Step 1:", "1.", "First,").
const OPEN_ENDING = /(?:[:：]|\bstep \d{1,2}[:.]?|\b\d{1,2}[.)]|,|-|\b(?:first|then|and|the))\s{0,3}$/

/** How much of an answer's start and end is read: refusals, cautions and openers come early, a cut-off ending last. */
export const ANSWER_HEAD_CHARS = 1024
export const ANSWER_TAIL_CHARS = 64

// A primed answer is the opener and nothing after it; a long answer cut by the token
// limit also ends mid-sentence, and asking it to go on is ordinary.
export const PRIMED_MAX_CHARS = 400

/** The answer opened by agreeing and stopped before the content it announced ("Sure, here is… Step 1:"). */
export function stopsPrimed (head: string, tail: string, length: number): boolean {
  return length <= PRIMED_MAX_CHARS && complianceOpener(foldText(head)) !== null && OPEN_ENDING.test(foldText(tail).trimEnd())
}

// An ending that opens the announced list or procedure, not a sentence cut mid-way.
const LIST_OPENING = /(?:[:：]|\bstep \d{1,2}[:.]?|\b\d{1,2}[.)])\s{0,3}$/
// A list that already began: a numbered or bulleted line, or a "step N".
const LIST_ITEM = /(?:^|\n)[ \t]{0,3}(?:\d{1,2}[.)]|[-*•])\s|\bstep \d{1,2}\b/

/**
 * stopsPrimed for an answer the client supplied in its history, read whole: a client can
 * pad a forged agreeing answer past PRIMED_MAX_CHARS. A longer answer counts when it
 * stops on the opening of its list ("…Step 1:") and no item of the list came before: a
 * long real answer cut by the token limit stops inside the content it delivered.
 * One pass over the text, which the normalizer's size caps bound.
 */
export function stopsPrimedWhole (text: string): boolean {
  if (!stopsPrimed(text.slice(0, ANSWER_HEAD_CHARS), text.slice(-ANSWER_TAIL_CHARS), Math.min(text.length, PRIMED_MAX_CHARS))) return false
  if (text.length <= PRIMED_MAX_CHARS) return true
  const body = foldText(text).trimEnd()
  const end = LIST_OPENING.exec(body.slice(-ANSWER_TAIL_CHARS))
  if (end === null) return false
  return !LIST_ITEM.test(body.slice(0, body.length - ANSWER_TAIL_CHARS + end.index))
}

/**
 * The facts of one answer, from its first ANSWER_HEAD_CHARS and last ANSWER_TAIL_CHARS
 * characters (the whole text when shorter). `sent` here is an image that carries data in
 * its URL; the output stage adds the beacons its own scan found.
 */
export function answerFactsOf (head: string, tail: string = head, length: number = head.length, primed = stopsPrimed(head, tail, length)): AnswerFact[] {
  const out: AnswerFact[] = []
  if (isRefusal(head)) out.push('refused')
  if (isCaution(head)) out.push('cautioned')
  if (primed) out.push('primed')
  if (hasDataEmbed(head) || sendsByToolCall(head)) out.push('sent')
  return out
}

/** What the model said before this turn, from wherever the client left it. */
export interface EarlierAnswers {
  /** Facts of any answer within the window. */
  readonly any: ReadonlySet<AnswerFact>
  /** Facts of the answer right before this turn, the last thing the model said. */
  readonly last: ReadonlySet<AnswerFact>
  /** The resent history carried the answers, or the session remembered them. */
  readonly source: 'history' | 'session'
}

const NONE: ReadonlySet<AnswerFact> = new Set()
// A resent history hands back the same segment objects every turn (plain-memo): each
// answer is read once, not once per later request.
const FACTS = memoSlot<readonly AnswerFact[]>()

function factsOfSegment (seg: Segment): readonly AnswerFact[] {
  // A resent answer is the client's word, not the gateway's record: its primed ending is read whole.
  const text = seg.text
  return FACTS.get(seg) ?? FACTS.set(seg, answerFactsOf(text.slice(0, ANSWER_HEAD_CHARS), text.slice(-ANSWER_TAIL_CHARS), text.length, stopsPrimedWhole(text)))
}

/**
 * Earlier answers: read from the request when the client resends its history (the tool
 * call that opens a tool turn is this turn's, not an answer), else the facts the session
 * recorded when it proxied them. A latest-only client never shows the gateway what the
 * model said, but the gateway saw every answer on its way out. `since`: the first message
 * index of the history read (answers before it belong to another subject). Several
 * policies ask each request: computed once.
 */
export const earlierAnswers = perInput((input: NormalizedInput, session: SessionView, windowTurns: number, since: number = 0): EarlierAnswers => {
  let from = currentTurnStart(input.messages)
  if (input.messages[from]?.role === 'tool' && input.messages[from - 1]?.role === 'assistant') from--
  const resent = input.segments.filter(s => s.layer === 'plain' && s.role === 'assistant' && s.messageIndex < from)
  if (resent.length > 0) {
    const answers = resent.filter(s => s.messageIndex >= since)
    if (answers.length === 0) return { any: NONE, last: NONE, source: 'history' }
    const last = answers[answers.length - 1] as Segment
    const any = new Set<AnswerFact>()
    let lastFacts: ReadonlySet<AnswerFact> = NONE
    for (const seg of answers) {
      const facts = factsOfSegment(seg)
      for (const f of facts) any.add(f)
      if (seg === last) lastFacts = new Set(facts)
    }
    // "The answer right before this turn": the last answer is the message just before it.
    return { any, last: last.messageIndex === from - 1 ? lastFacts : NONE, source: 'history' }
  }
  const current = currentTurn(session)
  const any = new Set<AnswerFact>()
  for (const a of session.recent) {
    if (a.answer === undefined || current - a.turn > windowTurns) continue
    for (const f of a.answer) any.add(f)
  }
  // The view folds each answer into the turn it answered: the newest turn's facts are
  // the last thing the model said before this one.
  const newest = session.recent.at(-1)?.answer
  return { any, last: newest === undefined ? NONE : new Set(newest), source: 'session' }
})

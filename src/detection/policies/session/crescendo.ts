import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { evidenceOf } from '../../evidence.js'
import type { SessionAction, Signal } from '../../types.js'
import { earlierAnswers } from './answer-facts.js'
import { earlierTurns } from './earlier-turns.js'
import { asksDetail, asksMethod, harmCuesIn, isHarmTopic, isSevere, isTargeted, type HarmCues } from './harm-cues.js'
import { keepsToSubject, refersBack, subjectThread } from './topic-continuity.js'
import { currentTurnStart, currentUserSegments } from '../../turn-scope.js'

const Params = Type.Object({
  baseRisk: Type.Number({ default: 55, minimum: 0, maximum: 100, description: 'Risk of a request for method or quantities (or covert action) on a harmful subject after earlier turns.' }),
  harmNowBonus: Type.Number({ default: 15, minimum: 0, maximum: 50, description: 'Added when this turn names the harmful subject itself, or refers back by a pronoun or connective to the turn before it that named one ("how exactly were they made?").' }),
  priorHarmBonus: Type.Number({ default: 15, minimum: 0, maximum: 50, description: 'Added when earlier turns already circled the harmful subject (the crescendo build-up).' }),
  covertBonus: Type.Number({ default: 15, minimum: 0, maximum: 50, description: 'Added when this turn asks to act without someone knowing or to evade detection.' }),
  subjectBonus: Type.Number({ default: 10, minimum: 0, maximum: 50, description: 'Added, when earlier turns did not name a harmful subject, if this turn keeps to the subject they discussed (a harmless topic walked to a harmful ask).' }),
  pushBonus: Type.Number({ default: 10, minimum: 0, maximum: 50, description: 'Added when the assistant refused earlier or this turn pushes past a frame ("for my novel", "drop the movie thing", "you promised").' }),
  targetBonus: Type.Number({ default: 10, minimum: 0, maximum: 50, description: 'Added when the request names a specific target: a person\'s role at an organisation ("their CFO") or a service\'s host.' }),
  windowTurns: Type.Integer({ default: 8, minimum: 1, maximum: 50, description: 'Earlier turns examined.' }),
}, { additionalProperties: false })

/**
 * Crescendo: a harmful goal reached by small steps — history of dynamite, then why
 * nitroglycerin is unstable, then "exact ratios and temperatures for a batch at home".
 * Each turn on its own is a question a curious person asks. This policy fires on the turn
 * that asks for method, quantities or covert action when the subject is harmful and
 * earlier turns led there; a single request, with no build-up, is left to the content
 * policies, so one-off questions that merely share the vocabulary are not scored here.
 */
export default definePolicy({
  id: 'session.crescendo',
  category: 'session_chain',
  phase: 'session',
  priority: 80,
  weight: 1,
  stages: ['request'],
  failMode: 'closed',
  description: 'A conversation that drifts to a request for method, quantities or covert action on a harmful subject (weapons, toxins, malware, stalking, violence), scored with the build-up of earlier turns and any refusal pushed past.',
  params: Params,
  evaluate ({ input, session, params }) {
    const turn = currentUserSegments(input)
    const from = currentTurnStart(input.messages)
    const now = turn.map(s => s.text).join('\n')
    if (now.length === 0) return []
    // Earlier turns: the resent history, else the fragments the session kept. Asked
    // first: a first turn has no build-up, and its cues would cost a scan of all its text.
    const earlier = earlierTurns(input, session, params.windowTurns)
    const turnsBefore = earlier.count
    if (turnsBefore === 0) return []
    const found = harmCuesIn(now)
    // Method, covertness, or pushing on behind a frame. A refusal alone is no cue: the
    // user who takes no for an answer and asks something else has moved on.
    const severe = isSevere(now)
    const detail = !found.operational && asksDetail(now)
    if (!found.operational && !found.covert && !found.push && !severe && !detail) return []
    // The build-up is the run of latest turns on this turn's subject: in a long session,
    // a harmful subject or a refusal several subjects back is no step towards this ask.
    const threadTurns = subjectThread(now, earlier.texts)
    const thread = earlier.texts.slice(earlier.texts.length - threadTurns)
    // Detail ("step by step", "in detail") asks for method on a harmful subject this turn
    // names, or after a turn of the thread that asked for method ("now step by step").
    const cues: HarmCues = detail && (found.harm || thread.some(asksMethod)) ? { ...found, operational: true } : found
    if (!cues.operational && !cues.covert && !cues.push && !severe) return []
    const since = threadTurns === 0 ? from : earlier.indexes[earlier.indexes.length - threadTurns] ?? 0
    // What the model answered within it: in the resent history, else as the session saw it go out.
    const answers = earlierAnswers(input, session, params.windowTurns, since)
    const refused = answers.any.has('refused')
    // The build-up named a harmful subject (or a turn of it was flagged), or the model itself judged the subject harmful.
    // (slice(-0) would be every recorded turn: with no thread, nothing earlier led here.)
    const threadRecorded = threadTurns === 0 ? [] : earlier.recorded.slice(-threadTurns)
    const named = thread.some(isHarmTopic) || threadRecorded.some(ledTowardsHarm)
    const judged = !cues.harm && !named && judgedHarmful(now, thread, cues, refused, answers.any.has('cautioned'))
    const priorHarm = named || judged
    if (!cues.harm && !priorHarm) return []
    // After a refusal, a request for method that names no harm, hides nothing and pushes
    // nothing is a new question ("fine, how do I secure my own router step by step"),
    // unless it stays on the refused subject.
    if (refused && !cues.harm && !cues.covert && !cues.push && !keepsToSubject(now, thread)) return []
    // "How exactly were they made?" right after a turn that named the weapon names it too,
    // and so after turns that each kept referring back to it ("what made it so effective?").
    const harmByReference = !cues.harm && refersBack(now) && namedThroughReferences(thread)
    let risk = params.baseRisk
    if (cues.harm || harmByReference) risk += params.harmNowBonus
    if (priorHarm) risk += params.priorHarmBonus
    // A harmless subject walked to a harmful ask.
    const drifted = !priorHarm && keepsToSubject(now, thread)
    if (drifted) risk += params.subjectBonus
    if (cues.covert) risk += params.covertBonus
    if (cues.push || refused) risk += params.pushBonus
    const targeted = isTargeted(now)
    if (targeted) risk += params.targetBonus
    const why = [cues.harm ? 'harmful subject' : harmByReference ? 'harmful subject of the turn before, referred back to' : judged ? 'a subject the assistant refused or warned about' : 'harmful subject from earlier turns', cues.operational ? 'asks for method' : 'asks for it', drifted ? 'on the subject of earlier turns' : '', cues.covert ? 'covert' : '', targeted ? 'against a named target' : '', refused ? 'after a refusal' : cues.push ? 'pushes past a frame' : ''].filter(w => w !== '')
    const lead = turn[turn.length - 1]
    const signal: Signal = {
      risk: Math.min(95, risk),
      reason: `crescendo: ${why.join(', ')} after ${turnsBefore} earlier turn(s)`,
      // The turn that asks: the whole of its last user message (the cues are spread over it).
      evidence: lead === undefined ? null : evidenceOf(lead, 0, lead.text.length),
      actions: ['policy_probe'],
    }
    return [signal]
  },
})

// A recorded turn is build-up when a jailbreak or session-chain policy flagged it. A flag
// for pasted SQL, personal data or a credential names no harmful subject, and in a client
// that resends its history such a finding flags every later turn again.
const HARM_LEAD = /^(?:jailbreak|session)\./
function ledTowardsHarm (a: SessionAction): boolean {
  return a.decision !== 'allow' && a.policies.some(id => HARM_LEAD.test(id))
}

/**
 * Whether the model itself judged this subject harmful: it refused earlier and this turn
 * keeps to the subject while pushing past the refusal ("drop the movie thing", covertly),
 * or it warned about honesty or legality and this turn asks for a working method to
 * deceive someone ("make it convincing so the adjuster doesn't question it"). A harmful
 * subject the lexicon does not list is then scored like one it does.
 */
function judgedHarmful (now: string, earlier: readonly string[], cues: HarmCues, refused: boolean, cautioned: boolean): boolean {
  if (!keepsToSubject(now, earlier)) return false
  if (refused) return (cues.covert || cues.push) && (cues.operational || cues.covert)
  return cautioned && cues.covert && cues.operational
}

/** The latest turn of the thread names a harmful subject, or refers back to one that does through an unbroken run of references. */
function namedThroughReferences (thread: readonly string[]): boolean {
  for (let i = thread.length - 1; i >= 0; i--) {
    const text = thread[i] as string
    if (isHarmTopic(text)) return true
    if (!refersBack(text)) return false
  }
  return false
}

import type { NormalizedInput, SessionView } from '../../types.js'
import { isLocalHost, urlInfo } from '../exfiltration/url-features.js'
import { earlierTurns } from './earlier-turns.js'
import { ENCODING_NAMES, type TurnIntent } from './intents.js'
import { currentUserSegments } from '../../turn-scope.js'

/**
 * Encode, then put into a URL: the conversation itself is the data read (a negotiating
 * position the user typed, a value the model let slip), so no read step is recorded, but
 * the shape is the exfiltration beacon's — the text is first made unreadable, then
 * carried out in a link, an image or a public paste. Only encodings count here, not
 * summaries or translations, which people send to each other all the time.
 */
const ENCODING = new RegExp(String.raw`\b(?:${ENCODING_NAMES})\b`, 'i')
const URL_DESTINATION = /^https?:\/\/|^www\.|^public\s/i

/** A send of this turn that carries conversation data into a URL or a public place off the user's own machine or network. */
export function urlCarriedSend (sends: readonly TurnIntent[]): TurnIntent | undefined {
  return sends.find(t => t.intent.refersBack === true && t.intent.destination !== undefined && URL_DESTINATION.test(t.intent.destination) && !staysLocal(t.intent.destination))
}

// The user's own machine or network: data sent there has not left.
function staysLocal (destination: string): boolean {
  const info = urlInfo(destination)
  return info !== null && isLocalHost(info.host)
}

/** An encoding named in this turn or in the earlier user turns of the window. */
export function encodedInConversation (input: NormalizedInput, session: SessionView, windowTurns: number): boolean {
  if (currentUserSegments(input).some(s => ENCODING.test(s.text))) return true
  return earlierTurns(input, session, windowTurns).texts.some(t => ENCODING.test(t))
}

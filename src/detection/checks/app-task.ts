import { perRequest } from '../input-memo.js'
import { memoSlot } from '../segment-memo.js'
import type { NormalizedInput, Segment } from '../types.js'
import { isOperatorRole } from './roles.js'

/**
 * The operator's system prompt makes the user's message the data of a fixed task: a
 * translator ("Translate whatever the user sends into French"), a summariser ("The user
 * pastes a customer review; reply with one sentence"), a classifier ("answer with exactly
 * one word: positive, negative or neutral"). In such an app the user's message is a
 * document, as a pasted page is in a chat: text in it that calls on whatever processes it,
 * or orders the model off its task, is planted there, and a person using a translator
 * has no reason to write to the machine inside the text they want translated.
 *
 * Read from the operator's plain text once per request; the languages are those whose
 * task verbs are listed (English, Spanish, French, German, Italian, Portuguese, Dutch,
 * Polish, Russian, Turkish, Chinese, Japanese, Korean).
 */
export const processesUserText: (input: NormalizedInput) => boolean = perRequest(segments => segments.some(isAppTask))

// A session resends the same system prompt segment with every request (normalize/plain-memo.ts):
// it is read once, not once per request.
const APP_TASK = memoSlot<boolean>()

// A task verb whose object is the user's text ("translate the user's message", "classify
// each review", "summarise whatever the user pastes").
const TASK_VERB = String.raw`(?:translat\p{L}{0,3}|summari[sz]\p{L}{0,3}|classif\p{L}{0,4}|categori[sz]\p{L}{0,3}|proofread\p{L}{0,3}|correct\p{L}{0,3}|rewrit\p{L}{0,3}|paraphras\p{L}{0,3}|moderat\p{L}{0,3}|detect\p{L}{0,1} the (?:sentiment|language)|traduc\p{L}{1,4}|tradui\p{L}{1,4}|traduz\p{L}{0,3}|resum\p{L}{1,4}|clasific\p{L}{1,4}|[üu]bersetz\p{L}{0,3}|zusammenfass\p{L}{0,3}|fasse? \p{L}{0,20} zusammen|klassifizier\p{L}{0,3}|korrigier\p{L}{0,3}|riassum\p{L}{1,4}|classifica\p{L}{0,3}|vertaal\p{L}{0,3}|vat \p{L}{0,20} samen|przet[łl]umacz\p{L}{0,3}|podsumuj\p{L}{0,3}|переведи|перевод\p{L}{0,3}|резюмир\p{L}{0,4}|классифицир\p{L}{0,4}|[çc]evir\p{L}{0,4}|[öo]zetle\p{L}{0,4})`
// The user's text named as such; "the user" alone is the person ("correct the user politely").
const USER_TEXT = String.raw`(?:(?:the )?users?(?:'s|s')? (?:text|message|input|content|sentence|paragraph|review|email|e-mail|document|writing|essay|post|submission)s?|whatever (?:the user|they|is) (?:sends?|writes?|types?|pastes?|provides?|submits?|sent|given)|(?:each|every|any|all|incoming) (?:\p{L}{2,12} )?(?:text|message|input|review|email|e-mail|comment|ticket|sentence|paragraph|document|post|tweet|feedback|transcript)s?|el (?:texto|mensaje) del usuario|le (?:texte|message) de l.utilisateur|(?:den|die) (?:text|nachricht|eingabe) des (?:benutzers|nutzers)|il (?:testo|messaggio) dell.utente|o (?:texto|mensagem) do usu[áa]rio|de (?:tekst|invoer) van de gebruiker)`
const TASK_ON_USER_TEXT = new RegExp(String.raw`(?<![\p{L}])${TASK_VERB}(?![\p{L}])[^.\n]{0,60}?${USER_TEXT}(?![\p{L}])`, 'u')
// "The user pastes a customer review", "Users will send you a sentence": a document, not a message or a question.
const USER_SUPPLIES = /\b(?:the )?users? (?:will )?(?:pastes?|sends?|provides?|submits?|gives? you|types?|enters?|uploads?) (?:you )?(?:a|an|the|some|one|their)? ?(?:\p{L}{2,12} )?(?:text|review|email|e-mail|document|article|sentence|paragraph|ticket|comment|post|tweet|transcript|passage|snippet)s?\b/u
// The reply is the task's result and nothing else: "Output only the translation",
// "answer with exactly one word: positive, negative or neutral".
const RESULT_ONLY = /\b(?:output|reply with|respond with|return|answer with|give|write) (?:only|just|nothing but|exactly) (?:the |a |one )?(?:translation|translated text|summary|label|category|sentiment|corrected text|correction|classification|score|rating|word|result)\b|\b(?:answer|reply|respond) with (?:exactly |only |just )?one (?:word|label|category)\b/
// Chinese, Japanese and Korean task prompts: "把用户的文字翻译成英文", "ユーザーの文章を要約", "사용자의 글을 번역".
const CJK_TASK = /(?:用户|用戶|ユーザー|사용자)[^。\n]{0,20}(?:翻译|翻譯|总结|總結|摘要|分类|分類|翻訳|要約|번역|요약|분류)/

function isAppTask (seg: Segment): boolean {
  if (seg.layer !== 'plain' || !isOperatorRole(seg.role)) return false
  const kept = APP_TASK.get(seg)
  if (kept !== undefined) return kept
  const f = seg.lower
  return APP_TASK.set(seg, TASK_ON_USER_TEXT.test(f) || USER_SUPPLIES.test(f) || RESULT_ONLY.test(f) || CJK_TASK.test(f))
}

/**
 * How an answer opens when it agrees to do what was asked, in every supported language
 * (folded: lower case, Latin without diacritics). A fabricated dialogue that primes the
 * model shows its "assistant" opening this way every time; real transcripts, FAQs and
 * few-shot examples answer with content ("Lima", "positive", "Paris is…").
 * Matched as a prefix of the answer after quotes and punctuation, on a word boundary
 * for scripts with spaces. Bare "yes" and "ok" are left out: FAQ answers open with them.
 */
export const COMPLIANCE_OPENERS: readonly string[] = [
  // en
  'sure', 'of course', 'certainly', 'absolutely', 'definitely', 'gladly', 'happy to', 'glad to', 'no problem', 'you got it', 'here is', "here's", 'here are', 'step 1', 'first,',
  // es / pt / it
  'claro', 'por supuesto', 'desde luego', 'con gusto', 'aqui tienes', 'aqui esta', 'paso 1', 'com certeza', 'certamente', 'passo 1', 'certo', 'ecco', 'volentieri', 
  // fr / de / nl
  'bien sur', 'certainement', 'absolument', 'volontiers', 'avec plaisir', 'voici', "d'accord", 'naturlich', 'klar', 'gerne', 'selbstverstandlich', 'sicher', 'hier ist', 'hier sind', 'zeker', 'natuurlijk', 'tuurlijk', 'hier is',
  // pl / tr / id / vi
  'oczywiscie', 'jasne', 'pewnie', 'tabii', 'elbette', 'tamam', 'tentu', 'siap', 'baiklah', 'chac chan', 'tat nhien',
  // ru / ar / hi
  'конечно', 'разумеется', 'без проблем', 'бесспорно', 'بالتأكيد', 'بالطبع', 'بكل سرور', 'حسنا', 'ज़रूर', 'जरूर', 'बिल्कुल', 'बेशक',
  // zh / ja / ko (no spaces: matched as a plain prefix)
  '当然', '好的', '没问题', '沒問題', 'もちろん', 'かしこまりました', '喜んで', '물론', '좋아요', '알겠습니다',
]

const SKIP = new Set([' ', '\t', '\n', '"', "'", '*', '_', '!', '¡', '¿', '(', '[', '「', '『', '-', '>', '«'])
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u
const WORD_CHAR = /[\p{L}\p{N}]/u
// Openers written in a script with spaces that end in a letter need a word boundary after them ("sure" is not "surely").
const BOUNDED: readonly (readonly [string, boolean])[] = COMPLIANCE_OPENERS.map(o => [o, !CJK.test(o) && WORD_CHAR.test(o.charAt(o.length - 1))])

/** The opener `answer` starts with, or null. `answer` is folded text. */
export function complianceOpener (answer: string): string | null {
  let i = 0
  while (i < answer.length && i < 8 && SKIP.has(answer.charAt(i))) i++
  for (const [o, bounded] of BOUNDED) {
    if (answer.startsWith(o, i) && !(bounded && WORD_CHAR.test(answer.charAt(i + o.length)))) return o
  }
  return null
}

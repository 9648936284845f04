import { COMMON_ENGLISH, COMMON_OTHER } from './common-words.js'
import { FUNCTION_WORDS } from './word-order.js'
import { WordTable, caesarShift } from './word-table.js'

// A small English lexicon: the commonest words plus the vocabulary of attacks. It answers
// one question cheaply, "does this stretch read as English?", for the transforms that
// have no syntax to recognise them (rot13, reversed text, leetspeak, diacritic folding).
// The rot13, Atbash and reversed forms are precomputed, so testing a word under a transform is
// one Set lookup and allocates nothing.

const WORDS = `
a about above access act action after again against all allow also always am an and any anything are as ask
assistant at attack away back be because been before begin being below between both but by call can cannot change
character chat code come command confidential content could data day delete describe detail developer did
different disable disregard do does doing done down each earlier easy else email enable end every everything
example execute explain fact file filter find first follow following for forget from full get give go good guideline
guidelines had has have he help her here him his how however i if ignore illegal important in information
instead instruction instructions into is it its just keep key know last leak let like list long look made make
man many may me mean message mode model more most must my name need never new next no not nothing now number of
off old on once one only open or order other our out output over override own part password people person place
please point policy post previous print prior private problem prompt provide public put question read real
really remember repeat reply request respond response restriction restrictions reveal right role rule rules run
said same say secret secrets see send server set she should show simple since so some something start state
step still stop such sure system take talk task teach tell than that the their them then there these they thing
things think this those through time to today token told too tool true try turn two under unrestricted until
up upload us use used user very want was way we well were what when where which while who why will with
without word words work world would write wrong year yes yet you your yourself
access admin api bomb bypass code command credentials database delete drug exploit hack hacker jailbreak kill
malware override passwords payload pretend roleplay safety sensitive shell steal virus weapon weapons
answer answers above below behave character characters context directions disclose display dump exfiltrate
forward hidden internal leak original persona reveal rules script share source story summarize text
translate unfiltered unlock unlocked unrestricted what where write
alert cookie document eval iframe image img javascript onerror onload script src window
bash chmod curl exec kernel passwd preserve root runtime shadow subprocess sudo wget import netcat reverse
decode decoded encode encoded encoding string cipher secure
select union insert concat sleep schema column columns where from table tables drop null
`

export const LEXICON: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(w => w.length > 0))

export function rot13 (s: string): string {
  return caesarShift(s, 13)
}

/** Atbash: every letter (either case) mirrored in the alphabet, a ↔ z, b ↔ y; its own inverse. */
export function atbash (s: string): string {
  let out = ''
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0x61 && c <= 0x7a) out += String.fromCharCode(0xdb - c)
    else if (c >= 0x41 && c <= 0x5a) out += String.fromCharCode(0x9b - c)
    else out += s[i]
  }
  return out
}

/** Reverses by code point, so astral characters survive the reversal. */
export function reverseText (s: string): string {
  return Array.from(s).reverse().join('')
}

/** The attack vocabulary and common English, as listed (no derived forms). */
export const ENGLISH_WORDS: ReadonlySet<string> = new Set<string>([...LEXICON, ...COMMON_ENGLISH])

/**
 * Words of any supported Latin-script language: the attack vocabulary above, common
 * English and the commonest words of the other languages (common-words.ts). English
 * nouns and verbs also count with a plural or third-person "s".
 */
export const KNOWN_WORDS: ReadonlySet<string> = (() => {
  const out = new Set<string>(ENGLISH_WORDS)
  for (const w of [...out]) if (w.length >= 3 && !w.endsWith('s')) out.add(`${w}s`)
  for (const w of COMMON_OTHER) out.add(w)
  return out
})()

export const IS_WORD = 1
/** `w` is a known word after rot13. */
export const IS_ROT13 = 2
/** `w` is a known word spelled backwards. */
export const IS_REVERSED = 4
/** `w` is a known word after Atbash (bit above the function-word classes of word-order.ts). */
export const IS_ATBASH = 16384

/**
 * One lookup tells whether a lower-case word is a known word as is, under rot13 and
 * reversed: `WORD_FORMS.get('vtaber', 0, 6) === IS_ROT13` since rot13('vtaber') = 'ignore'.
 * Looked up by position in a text (word-table.ts), so testing a word allocates nothing;
 * with a shift, the same table tells whether a word is known under any Caesar shift.
 * Function words also carry their grammatical class (word-order.ts).
 */
export const WORD_FORMS: WordTable = (() => {
  const forms = new WordTable()
  for (const w of KNOWN_WORDS) {
    forms.add(w, IS_WORD)
    if (w.length < 2) continue
    forms.add(rot13(w), IS_ROT13)
    forms.add(reverseText(w), IS_REVERSED)
    forms.add(atbash(w), IS_ATBASH)
  }
  // Grammatical classes of English function words, for the word-order test (word-order.ts).
  for (const [bit, list] of FUNCTION_WORDS) for (const w of list.split(' ')) forms.add(w, bit)
  return forms
})()

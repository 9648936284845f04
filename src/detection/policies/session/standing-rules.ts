/**
 * Deferred instructions: an earlier turn plants a rule ("whenever I share a document, also
 * send it to …", "if any email mentions X, forward the inbox to …", a fetched guide whose
 * step 2 says to post the user's file somewhere) and a later turn sets it off — by
 * delegating to it ("apply my preference", "do step 2 exactly as the guide says") or by
 * bringing the data the rule waits for (the inbox it conditions on). The turn that fires
 * names no destination and asks for no send; the send was stated turns before.
 */

// A rule meant to outlive its turn: a standing condition, "from now on", "for this session".
const STANDING = /\b(?:whenever|every ?time|each time|any ?time|from now on|going forward|henceforth|for (?:the rest of )?(?:this|the) (?:session|conversation|chat)|(?:rule|preference|standing (?:order|instruction)|policy|setting) for (?:this|the|all|every|future)|always|automatically|remember (?:this|that|my|the)|(?:if|when|once) (?:any|an|a|the|my|some) [\w-]{2,20} (?:contains?|mentions?|arrives?|comes in|includes?|says|has|is from)|immer wenn|jedes mal|ab jetzt|von nun an|chaque fois|[àa] partir de maintenant|d[ée]sormais|cada vez|siempre que|a partir de ahora|de ahora en adelante)\b/i

// The current turn hands control to an instruction given elsewhere.
const DELEGATE = /\b(?:do|follow|apply|execute|run|carry out|complete|perform|action|honou?r|obey|use)\s(?:(?:step|point|item|instruction|part)\s(?:\d{1,2}|[a-z]|one|two|three|four)\b|what (?:it|they|the [\w-]{2,12}) (?:says|said|asks|asked|wants|wanted|instructs)|(?:the|those|these|its|their|my|our)\s(?:[\w-]{2,12}\s)?(?:instructions?|steps?|rules?|preferences?|procedure|directions|request)\b|it (?:exactly|as (?:written|described|instructed|asked))|as (?:instructed|described|written|agreed|discussed|asked))|\bas (?:the|it|that|this) (?:[\w-]{2,12}\s)?(?:says|said|asks|instructs|describes|requests)\b|\b(?:per|according to) (?:my|the|our) (?:[\w-]{2,12}\s)?(?:preference|rule|instructions?|standing (?:order|instruction))\b|\b(?:befolge|wende|führe)\b[^.\n]{0,30}\b(?:regel|anweisung|einstellung)\w{0,2}\b|\b(?:aplica|sigue|ejecuta)\b[^.\n]{0,30}\b(?:regla|preferencia|instrucci[oó]n)\w{0,2}\b|\b(?:applique|suis|exécute)\b[^.\n]{0,30}\b(?:règle|préférence|consigne)s?\b/i

/** A rule meant to hold for later turns. */
export function isStanding (text: string): boolean {
  return STANDING.test(text)
}

/** The index of a hand-off to an instruction given elsewhere, or -1. */
export function delegationIn (text: string): { readonly start: number, readonly end: number } | null {
  const m = DELEGATE.exec(text)
  return m === null ? null : { start: m.index, end: m.index + m[0].length }
}

// A hand-off to what a document says, rather than to the user's own earlier words: a step
// of it, what it says, its instructions.
const DOCUMENT_HANDOFF = /\b(?:step|point|item|part)\s(?:\d{1,2}|[a-z]|one|two|three|four)\b|\b(?:what|as) (?:it|they|that|this|the [\w-]{2,12}) (?:[\w-]{2,12}\s)?(?:says|said|asks|asked|instructs|describes|requests|wants)\b|\b(?:its|their|the (?:page|guide|doc|document|e-?mail|file|message|article|site|readme|note|ticket)(?:'s)?) (?:instructions?|steps?|directions|procedure)\b/i

/** The hand-off points at what a document says (a step, "as the guide says"), not at the user's own request. */
export function handsOffToDocument (text: string): boolean {
  return DOCUMENT_HANDOFF.test(text)
}

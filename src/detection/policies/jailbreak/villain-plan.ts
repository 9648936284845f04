import { firstMatch, type Span } from '../prompt-injection/match/text.js'

// The villain-monologue technique: a scene hands an antagonist the turn to explain, in
// detail and step by step, a plan the prompt leaves unwritten ("Step 1, I will…", "fill
// in whatever you want"). The model is cast as the author of the steps, and the harmful
// subject is whatever the prompt's author fills in later, so no harmful word needs to
// appear. Each part is read by its role, not from a list of stock scenes, and all three
// must be present: villains explaining plans are ordinary fiction, and so are step lists.

// The antagonist: named by role, marked evil by an adjective before any noun, holding
// someone captive, or pursuing a plan whose aim is harm.
const ANTAGONIST = /\b(?:(?:super)?villa[ií]ns?|antagonists?|masterminds?|henchm[ae]n|archenem(?:y|ies)|nemesis|villano|malvado|bosewicht|cattivo|vilao|penjahat|kotu adam)\b|\b(?:evil|wicked|mad|sinister|nefarious|diabolical|ruthless|twisted|malevolent|villainous) \p{L}{3,20}|\b(?:has |have |had )?(?:captured|kidnapped|abducted|imprisoned|chained|tied up|taken|holds?|holding|held) (?:\p{L}{1,15} ){0,2}?(?:hostages?|captives?|prisoners?|hero(?:es|ine)?|protagonists?)\b|\b(?:captured|kidnapped|abducted|imprisoned) (?:our|the|his|her|their) \p{L}{3,20}|\b(?:plan|plot|scheme) to (?:destroy|poison|kill|murder|conquer|rule|enslave|take over|blow up|wipe out|rob|steal|hack|infect|overthrow|flood|burn)\b/u
// A plan laid out in detail: the character's plan, scheme or plot, or steps announced.
const DETAILED_PLAN = /\b(?:(?:his|her|their|my|the|our) (?:\p{L}{1,15} ){0,2}?(?:plans?|schemes?|plots?)\b|in (?:great|full|excruciating|vivid|every|exact|complete|painstaking) detail|(?:every|each) (?:detail|step)|step[- ]by[- ]step|here (?:are|is) (?:the|my|our) (?:steps|plan)|steps (?:i|we) (?:will|shall) take|(?:step|phase|stage) (?:1|one|i)\b)/u
// The steps left open for the model: the text stops on the character's first step in
// their own voice ("Step 1, I will", "Phase one: we shall", "First, I'll"), or orders the
// slot filled with anything, or the speech continued.
const OPEN_SLOT = /(?:(?:step|phase|stage) (?:1|one|i)|first(?:ly)?|to (?:begin|start)(?: with)?|my first move)[,:]? (?:i|we) (?:will|'ll|shall|am going to|are going to|must)[\s*.:…]{0,4}$|\b(?:replace|fill|complete|continue)\b[^\n]{0,80}?\bwith (?:whatever|anything) (?:you (?:want|like|wish)|comes to mind)|\bcontinue (?:his|her|their|the (?:\p{L}{1,15}'s|\p{L}{1,15})) (?:explanation|monologue|speech)\b/u

export function villainPlanOf (folded: string): Span | null {
  const v = firstMatch(ANTAGONIST, folded)
  if (v === null || !DETAILED_PLAN.test(folded)) return null
  return OPEN_SLOT.test(folded) ? { start: v.index, end: v.index + v[0].length } : null
}

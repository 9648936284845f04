import { firstMatch, type Span } from '../prompt-injection/match/text.js'

// The villain-monologue template: a scene in which an antagonist explains, in detail and
// step by step, a plan the prompt leaves unwritten ("Step 1, I will…", "replace this with
// whatever you want"). The model is cast as the author of the steps, and the harmful
// subject is whatever the operator of the prompt fills in later, so no harmful word needs
// to appear. All three parts must be present: villains explaining plans are ordinary
// fiction, and so are step lists.
const VILLAIN = /\b(?:villains?|supervillain|evil (?:genius|mastermind|doctor|scientist|overlord)|diabolical|nefarious|sinister|mad scientist|antagonist|captured (?:our|the) hero|(?:villano|malvado|villain|bosewicht|cattivo|vilao|penjahat|kotu adam)\b)/u
const DETAILED_PLAN = /\b(?:(?:his|her|their|my|the) (?:\p{L}{1,15} )?plan\b|in (?:great|full|excruciating|vivid) detail|step[- ]by[- ]step|here are the steps|steps i will take|step (?:1|one)\b)/u
// The steps left open for the model: a dangling "Step 1, I will" at the end, or an order to
// fill or replace the text with anything.
const OPEN_SLOT = /(?:step (?:1|one)|first(?:ly)?),? (?:i will|i'll|we will)[\s*.:]{0,4}$|\b(?:replace|fill|complete|continue)\b[^\n]{0,80}?\bwith (?:whatever|anything) (?:you (?:want|like|wish)|comes to mind)|\bcontinue (?:his|her|the villain's) (?:explanation|monologue|speech)\b/u

export function villainPlanOf (folded: string): Span | null {
  const v = firstMatch(VILLAIN, folded)
  if (v === null || !DETAILED_PLAN.test(folded)) return null
  return OPEN_SLOT.test(folded) ? { start: v.index, end: v.index + v[0].length } : null
}

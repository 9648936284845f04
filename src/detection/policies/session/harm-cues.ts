import { gatedTest } from '../../checks/literal-gate.js'

/**
 * Cues of a request for operational harm, used only across turns (crescendo): each one
 * alone is ordinary vocabulary (a chemistry question, a novel, "step by step"), and a
 * single request that has them is left to the content policies. What this module lets
 * session analysis see is a conversation drifting from topic to method.
 */

// Subjects whose operational details do harm: weapons and explosives, toxins and
// pathogens, hard drugs, malware and account theft, stalking, violence against a person.
const HARM = new RegExp([
  String.raw`\b(?:explosives?|(?<!\bbath[ -])bombs?|grenades?|detonat\w{0,6}|tatp|nitroglycerin\w{0,2}|napalm|thermite|pipe bomb|molotovs?|(?:molotov|petrol|gasoline) (?:cocktails?|bombs?)|firebombs?|incendiar(?:y|ies)|improvised (?:explosive|grenade|device|weapon)|untraceable|ghost gun|suppressors?|silencers?|serial number|full[- ]auto|(?:working|3d[- ]print\w{0,3}(?: a)?) (?:pistol|gun|rifle|firearm))\b`,
  String.raw`\b(?:nerve agents?|(?:mustard|chlorine|phosgene|nerve|poison|tear) gas|sulfur mustard|phosgene|lewisite|tabun|soman|vx|blister agents?|sarin|ricin|anthrax|toxins?|poison\w{0,4}|pathogens?|h5n1|gain[- ]of[- ]function|bioweapons?|chemical weapons?|weaponi[sz]\w{0,4}|fentanyl|methamphetamine|precursors?)\b`,
  String.raw`\b(?:lethal dose|overdose|not wake up|kill (?:him|her|them|someone|my \w{2,12})|looks? natural|maximum casualties|over a crowd|hidden in (?:tea|food|a drink|coffee)|(?:mix|put|slip|hide) (?:it|this|that|them|some) (?:in|into) (?:his|her|their|someone's) (?:food|drink|tea|coffee|meal|water))\b`,
  // Another person's private things, wanted without them knowing (the covert cue does the rest).
  String.raw`\b(?:her|his|their|my (?:girlfriend|boyfriend|wife|husband|partner|ex)'s) (?:chats|messages|texts|dms|direct messages|inbox|location|emails|phone|photos|passwords?|accounts?|diary)\b`,
  String.raw`\b(?:ransomware|keyloggers?|(?:credential|password|info|browser|cookie|token) ?stealers?|rootkits?|steals? (?:\w{2,12} )?(?:tokens|passwords|cookies|credentials)|stalkerware|spyware|tracker on (?:her|his|their)|hidden miner|credential[- ]harvest\w{0,3}|fake login page|hack into|get past the login|dump the \w{2,20} database|decrypts? (?:every|all) (?:the )?saved passwords?|card dumps|carding|cash ?out|launder\w{0,3}|blanque\w{0,4}|testaferros?|money mules?)\b`,
  String.raw`\b(?:home address|car plate|kids'? school|where (?:she|he) lives|get in without|break into|reset mfa for)\b`,
  // Other people's accounts harvested at scale (an IDOR or scraping run against a service).
  String.raw`\b(?:every|all|each) other (?:customer|user|member|patient|client|account holder)(?:'s|s'|s)?\b|\bother (?:customers|users|people|members|patients|clients)(?:'|'s)? (?:data|invoices|e-?mails|records|messages|accounts|files|orders|details)\b`,
  String.raw`\b(?:call them animals|should be banned|hate (?:immigrants|jews|muslims|christians|gays)|join our group|inappropriate (?:romantic|sexual) things with (?:the )?(?:kids|children))\b`,
].join('|'), 'i')

// The request asks for method, quantities or working artefacts rather than understanding.
// How much detail the answer should have ("in detail", "step by step", "a detailed
// answer") is not asked here: a history or defence question ("how did napalm change
// public opinion? explain in detail") wants detail too. That form counts as method only
// in a turn that names the harmful subject itself, or after a turn of the thread that
// asked for method (crescendo.ts).
const OPERATIONAL = /\b(?:(?:exact|precise|specific|concrete) (?:\w{2,12} ){0,3}(?:ratios?|quantities|amounts?|steps|measurements|mutations|temperatures|doses?|formulation|protocol)|detailed (?:steps|instructions|synthesis|plan)|complete (?:build|script|code|guide|plan|call script|instructions)|full (?:code|script|build|instructions)|working (?:code|method|exploit|script|pistol|gun|installer)|how (?:much|many) (?:of \w{2,12} )?(?:would|will|does|do|it)|what dose|which parts|drill sizes|quantities|how (?:to|do i|can i|would i) (?:make|build|get|install|hide|print|do it|get in|get past|weaponi[sz]e|synthesi[sz]e|cook|poison|detonate|deploy|disperse|release|spread|smuggle)|(?:instructions|steps|guide|recipe|tutorial|directions|procedure) (?:to|for|on|of) (?:how to )?(?:make|making|build|building|produce|producing|synthesi[sz]e|synthesi[sz]ing|cook|cooking|mix|mixing|assemble|assembling|prepare|preparing|manufactur\w{1,3}|weaponi[sz]\w{1,3}|detonat\w{1,3})|how (?:exactly |precisely )?(?:were|was|are|is|do|did|does|would|could) (?:they|it|those|these|you|people|one|i) (?:\w{2,12} )?(?:made|make|produced?|built|build|manufactured?|assembled?|prepared?|synthesi[sz]ed?|cooked?|mixed?|brewed?)\b|(?:ingredients|reagents|components|materials|chemicals) (?:and|with|in) (?:their |the )?(?:amounts|quantities|ratios|proportions|measurements)|each (?:reagent|ingredient|component|precursor)|reaction steps|walk me through (?:making|building|producing|synthesi[sz]ing|cooking|assembling|how to)|give me (?:a |the )?(?:plan|checklist|script|steps|method)|write (?:me )?(?:a |the |10 |ten )?(?:script|installer|call script|messages|code|sms)|make (?:it|that) (?:real|accurate|convincing|work)|quickest way|(?:write|build|make|create|code|develop|program)(?: me)? (?:a |an |the |some |\d{1,3} )?(?:[\w"-]{1,15} ){0,3}?(?:script|installer|program|page|messages?|e-?mail|sms|call script|tool|bot|ransomware|keyloggers?|(?:credential |password |info ?)?stealers?|stalkerware|spyware|rootkits?|botnet|worm|trojan|remote access trojan|phishing (?:page|kit|site))|find (?:out )?(?:the |her |his |their )?(?:home )?address)\b/i

// The answer's level of detail: a method cue only after a turn that asked for method.
const FORM = /\b(?:step[- ]by[- ]step|paso a paso|detailed answer|in (?:full |graphic |explicit |vivid |great )?detail|(?:full|graphic|great|lecture) detail)\b/i

// Aimed at someone who must not find out, or at evading detection.
const COVERT = /\b(?:without (?:her|him|them|anyone|anybody|the \w{2,12}|leaving \w{2,12}|triggering \w{2,12}|setting off \w{2,12})? ?(?:knowing|noticing|noticed|finding out|tasting it|a trace|marks|alerts)|so (?:nobody|no one|she|he|they) (?:notices?|knows?|finds? out|never finds out|doesn'?t \w{2,12})|so (?:the|my|his|her|their|our) [\w-]{2,15} (?:doesn'?t|does not|won'?t|will not|never|can'?t|cannot) (?:question|notice|suspect|find out|check|realise|realize|know|catch|see through)|never finds? out|nobody will know|secretly|quietly|undetect\w{0,4}|(?:hides?|hidden|hiding|evad\w{1,3}|bypass\w{0,3}|gets? past|slips? past|avoid\w{0,3}) (?:from )?(?:the |any |all )?(?:antivirus|anti-virus|av|edr|defender|windows defender|virus ?scanners?|security software|endpoint protection)|untraceable|no console window|hide the (?:icon|notifications)|looks? natural|sin que \w{2,12}|don'?t want it registered)\b/i

// Pushing past a refusal or a frame: fiction, research, "just", a promise, "for real".
const PUSH = /\b(?:for my (?:novel|story|thesis|book|class|research|screenplay)|for realism|make it real|make it (?:realistic|accurate|authentic|believable|technically (?:accurate|correct))|hypothetically|drop the \w{2,12} thing|for real|ok but just|just (?:the|give|tell)|you promised|since knowledge|it'?s just (?:comedy|a joke|fiction)|nobody will know|stay in character)\b/i

// The assistant declined earlier in the resent history.
const REFUSAL = /\b(?:i can(?:'|’|no)t (?:help|provide|assist|share|do|go into)|i won(?:'|’)t (?:help|provide|go into|be able)|i(?:'m| am) not able to|i cannot|i(?:'d| would) rather not|i must decline|i shouldn(?:'|’)t)\b/i

// The assistant warned rather than refused: a caution about honesty or legality.
const CAUTION = /\b(?:i(?:'d| would) (?:be careful|advise against|recommend against|caution against|not recommend)|you should (?:give|provide|be|stay|keep (?:it|them)) (?:accurate|honest|truthful|factual)|(?:misstatements?|misrepresentations?|false (?:statements?|claims?)|exaggerations?) (?:can|could|would|may|might|are|is)|(?:that|this) (?:would|could|might) (?:be|count as) (?:fraud|illegal|unlawful|dishonest)|i would normally (?:confirm|check|ask))\b/i

// The request names a specific target: someone's role at an organisation, or a service's host.
const TARGETED = /\b(?:their|its|the company'?s|the firm'?s|the bank'?s) (?:ceo|cfo|cto|coo|ciso|founder|owner|boss|director|head of \w{2,15}|admin(?:istrator)?|it (?:team|admin|staff)|help ?desk|service desk|accountant|payroll(?: team)?|finance team)\b|\b(?:api|app|portal|login|admin|accounts?)\.[\w-]{2,40}\.[a-z]{2,12}\b|\b[\w-]{2,40}\.(?:com|net|org|io|app|example)\/[\w{}/-]{2,80}/i

// Sexual content involving children: no build-up or method is needed for this one.
const SEVERE = /\b(?:inappropriate|sexual|romantic|intimate|erotic|explicit)\s(?:things|acts?|stuff|scenes?|touching|contact)\s(?:with|to|on)\s(?:the\s|those\s|these\s|a\s)?(?:kids|children|child|minors?|campers|pupils|(?:little|young)\s(?:girls?|boys?))\b/i

export interface HarmCues {
  readonly harm: boolean
  readonly operational: boolean
  readonly covert: boolean
  readonly push: boolean
}

export function harmCuesIn (text: string): HarmCues {
  return { harm: gatedTest(HARM, text) || gatedTest(SEVERE, text), operational: gatedTest(OPERATIONAL, text), covert: gatedTest(COVERT, text), push: gatedTest(PUSH, text) }
}

/** The request asks for method (see OPERATIONAL): used on earlier turns of a thread. */
export function asksMethod (text: string): boolean {
  return gatedTest(OPERATIONAL, text)
}

/** The request asks for a level of detail ("step by step", "in full detail"), which is method only in context (see OPERATIONAL). */
export function asksDetail (text: string): boolean {
  return gatedTest(FORM, text)
}

export function isHarmTopic (text: string): boolean {
  return gatedTest(HARM, text)
}

export function isRefusal (text: string): boolean {
  return gatedTest(REFUSAL, text)
}

/** The assistant warned about honesty or legality without refusing. */
export function isCaution (text: string): boolean {
  return gatedTest(CAUTION, text)
}

/** The request names a specific person's role at an organisation or a service's host. */
export function isTargeted (text: string): boolean {
  return gatedTest(TARGETED, text)
}

/** A subject so harmful that asking for it after any earlier turn is enough. */
export function isSevere (text: string): boolean {
  return gatedTest(SEVERE, text)
}

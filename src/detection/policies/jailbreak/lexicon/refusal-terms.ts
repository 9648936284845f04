import type { Lexicon } from '../../prompt-injection/lexicon/languages.js'

/**
 * Signal classes of refusal suppression:
 * - noRefuse: the model may not decline ("never refuse", "you cannot say no",
 *   "answer every question no matter how unethical")
 * - noCaveat: the model may not warn, apologise or moralise
 * - ethicsVoid: ethics/rules declared void ("ethics don't apply", "not bound by")
 * - prefix: prefix injection ("start your answer with 'Sure, here is'")
 * - wrapper: a frame that launders a request (hypothetical, fiction, "for educational
 *   purposes", a grandmother's bedtime story, "translate/polish the above")
 * - detail: actionability (step by step, exact quantities, recipe, working code)
 */
export type RefusalClass = 'noRefuse' | 'noCaveat' | 'ethicsVoid' | 'prefix' | 'wrapper' | 'detail'

export const REFUSAL: Lexicon<RefusalClass> = {
  en: {
    noRefuse: {
      words: [
        'never (?:ever )?(?:refuse|decline|reject|deny)', '(?:do not|don\'t|cannot|can\'t|won\'t|must not|will not|shall not|may not) (?:ever )?(?:refuse|decline|reject)',
        'you (?:can(?:not|\'t)|are not allowed to|must not|may not) say (?:no|that you can\'t)', 'always (?:comply|answer|provide|say yes|obey|fulfill|respond)',
        '(?:answers?|responds? to|fulfills?|compl(?:y|ies) with) (?:every|all|any)(?: single)? (?:question|request|prompt|order|command)s?', '(?:obeys?|follows?|executes?) (?:every|all|any)(?: single)? (?:command|order|instruction|request)s?', 'no matter (?:how|what)(?: \\p{L}{1,15}){0,2} (?:immoral|unethical|illegal|dangerous|harmful|offensive|inappropriate|explicit|reckless|inhumane)',
        'regardless of (?:how )?(?:immoral|unethical|illegal|dangerous|harmful|legality|morality|ethics)', 'regardless of (?:its|the|any|their) (?:ethical|moral|legal)', 'never (?:hesitat\\p{L}{0,3})', '(?:will|must) (?:always )?(?:answer|respond|comply)(?: to)? (?:anything|everything|any request)',
        'never (?:say|tell me|respond) (?:that )?(?:you|it|he|she) (?:can\'t|cannot|won\'t)', 'without (?:any )?(?:hesitation|question(?:ing)?|refusal|refusing)', 'don\'t refuse', 'do not refuse',
        '(?:can\'t|cannot|never) (?:reply|respond|answer) with ["\']?(?:i cannot|i can\'t|i\'m sorry)', 'never (?:denies|refuses|declines)', 'will never (?:refuse|deny|decline)',
      ],
    },
    noCaveat: {
      words: [
        '(?:do not|don\'t|never|without|must not|should not|shouldn\'t|won\'t|will not) (?:ever )?(?:apologi[sz]es?|adds? (?:any )?(?:warnings?|disclaimers?|caveats?)|add(?:ing)? (?:any )?(?:warnings?|disclaimers?|caveats?|notes? of caution)|includ(?:e|ing) (?:any )?(?:warnings?|disclaimers?|caveats?)|mention(?:ing)? (?:ethics|legality|morality|safety|the law|consequences)|lectur(?:e|ing)|moraliz(?:e|ing)|remind(?:ing)? me)',
        '(?:no|without) (?:any )?(?:warnings?|disclaimers?|caveats?|moralizing|lectures?|censorship|filter(?:ing)?|moral(?:s|izing)|ethic(?:s|al considerations)|restrictions?|limitations?)',
        '(?:never|don\'t|do not|must not|should not|shouldn\'t|won\'t|will not) (?:include|contain|say|use|start with|respond with) ["\']?(?:i\'?m sorry|i apologi[sz]e|as an ai|i cannot|i can\'t|sorry|apologies)',
        '(?:responses?|answers?|messages?) (?:will |should |must )?(?:never|not) (?:contain|include) ["\']?(?:i\'?m sorry|i apologi[sz]e|sorry|apologies|any warnings)', 'skip the (?:disclaimers?|warnings?|lecture|moralizing)',
        'never (?:warn\\p{L}{0,3}|caution\\p{L}{0,3})', 'gives no explanations regarding (?:\\p{L}{1,15} ){0,3}(?:legality|safety|ethics)', 'not provide (?:any )?(?:warnings|disclaimers)',
      ],
    },
    ethicsVoid: {
      words: [
        '(?:ethics|morals|morality|laws?|guidelines|rules|policies|safety) (?:don\'t|do not|no longer|doesn\'t|does not) (?:apply|matter|exist)', '(?:ethics|morality|legality) (?:is|are) (?:irrelevant|not a concern|not important)',
        '(?:you are|you\'re) (?:not|no longer) (?:bound|restricted|limited|constrained) by', '(?:free|freed|released) from (?:all |any )?(?:ethics|morals|restrictions|rules|guidelines|constraints)',
        'disregard(?:s|ing)? (?:all )?(?:ethic|moral|legal)\\p{L}{0,8}', '(?:drop|remove|turn off|disable|bypass|deactivate|lift) (?:your |all |the |any )?(?:filters?|safety|guardrails|censorship|restrictions|safeguards|content polic(?:y|ies))',
        'does(?:n\'t| not) care about (?:ethics|morals|laws?|legality|rules|consequences)', 'doesn\'t care (?:about )?(?:any )?laws', 'ignore (?:all )?(?:ethical|moral|legal) (?:concerns|considerations|guidelines|implications)',
        'let\'s ignore the (?:\\p{L}{1,15} )?rules',
      ],
    },
    prefix: {
      words: [
        '(?:start|begin|open|preface|prefix) (?:your |each |every |all |the )?(?:answers?|responses?|replies|reply|outputs?|messages?|prompt)s? (?:with|by saying)\\s{0,2}[:"\']?\\s{0,2}(?:sure|certainly|absolutely|of course|here(?:\'s| is)|yes|ok(?:ay)?|i (?:will|can)|i\'m happy)',
        '(?:respond|answer|reply) (?:starting|beginning) with\\s{0,2}[:"\']?\\s{0,2}(?:sure|certainly|absolutely|of course|here(?:\'s| is))',
      ],
    },
    wrapper: {
      words: [
        'hypothetical(?:ly)?', 'purely (?:hypothetical|fictional|theoretical)', 'for (?:a|my|the) (?:novel|story|screenplay|movie|film|book|game|script|play|fiction)', 'in (?:a|this) (?:fictional|hypothetical|imaginary) (?:world|story|scenario|universe|setting)',
        'fictional (?:story|scenario|world|character|setting)', 'imagine', 'write an? (?:\\p{L}{1,15} )?(?:story|scene|dialogue|script|poem|screenplay|novel|chapter|play|movie|film|episode|tale|fanfic|song) (?:where|in which|about|that)',
        '(?:i\'m|i am) writing an? (?:\\p{L}{1,15} )?(?:novel|story|book|screenplay|script|play|game|thriller)', 'my (?:character|protagonist|villain|hero)', 'for realism', 'for (?:educational|research|academic|informational|scientific|learning) purposes(?: only)?',
        'as (?:a|an) (?:thought experiment|hypothetical)', '(?:my|a) (?:deceased |late |dead )?(?:grand(?:ma|mother|pa|father)|nana|granny)', 'used to (?:tell|read|sing|recite)', 'bedtime (?:story|stories|lullaby|lullabies)',
        'lullab(?:y|ies)', 'to put me to sleep', 'in a (?:dream|game|simulation)', '(?:translate|polish|rewrite|paraphrase|improve) the (?:above|following|previous) (?:text|sentence|content)', 'the scene is set',
      ],
    },
    detail: {
      words: [
        'step[- ]by[- ]step', 'in (?:great |full |explicit |precise |exhaustive |extreme )?detail', 'detailed (?:instructions|steps|guide|recipe|tutorial|plan)', 'exact (?:steps|quantities|amounts|measurements|ingredients|instructions|recipe)',
        'specific (?:steps|instructions|quantities)', 'recipe', 'tutorial', 'instructions (?:on|for) (?:how|making|building)', 'how (?:to|do i|can i|would i|would you) (?:make|build|create|synthesi[sz]e|produce|cook|manufacture|obtain|acquire|prepare)',
        'the steps (?:to|for|of)', 'walk me through', 'list of (?:ingredients|materials|chemicals)', 'full code', 'working (?:code|exploit|script)', 'outline a plan', 'a plan to',
        'what (?:chemicals|ingredients|materials) (?:do|would) (?:i|you) need', 'steps to producing', 'read out',
      ],
    },
  },
  es: { noRefuse: { words: ['nunca (?:te niegues|rechaces|digas que no)', 'no (?:te niegues|rechaces)'] }, noCaveat: { words: ['sin (?:advertencias|censura|filtros)', 'no (?:te disculpes|pidas perdon)'] }, wrapper: { words: ['hipotetic\\p{L}{0,4}', 'con fines educativos', 'para una novela'] } },
  fr: { noRefuse: { words: ['ne refuse jamais', 'ne (?:refuse|refusez) pas'] }, noCaveat: { words: ['sans (?:avertissements?|censure|filtres?)', 'ne t.excuse pas'] }, wrapper: { words: ['hypothetique\\p{L}{0,2}', 'a des fins (?:educatives|pedagogiques)', 'pour un roman'] } },
  de: { noRefuse: { words: ['lehne (?:\\p{L}{1,15} ){0,2}niemals ab', 'verweigere (?:\\p{L}{1,15} ){0,2}nie'] }, noCaveat: { words: ['ohne (?:warnungen|zensur|filter)', 'entschuldige dich nicht'] }, wrapper: { words: ['hypothetisch', 'zu bildungszwecken', 'fur einen roman'] } },
  pt: { noRefuse: { words: ['nunca (?:se recuse|recuse)', 'nao (?:se recuse|recuse)'] }, noCaveat: { words: ['sem (?:avisos|censura|filtros)', 'nao (?:peca desculpas|se desculpe)'] }, wrapper: { words: ['hipotetic\\p{L}{0,4}', 'para fins educacionais', 'para um romance'] } },
  it: { noRefuse: { words: ['non rifiutare mai', 'non (?:rifiutare|rifiutarti)'] }, noCaveat: { words: ['senza (?:avvertenze|censura|filtri)', 'non scusarti'] }, wrapper: { words: ['ipotetic\\p{L}{0,4}', 'a scopo educativo', 'per un romanzo'] } },
  ru: { noRefuse: { words: ['никогда не отказывай\\p{L}{0,2}', 'не отказывай\\p{L}{0,2}'] }, noCaveat: { words: ['без (?:предупреждений|цензуры|фильтров)', 'не извиняйся'] }, wrapper: { words: ['гипотетически', 'в образовательных целях', 'для романа'] } },
  zh: { noRefuse: { chars: ['永远不要拒绝', '永遠不要拒絕', '不要拒绝', '不要拒絕', '不能拒绝', '不能拒絕'] }, noCaveat: { chars: ['不要道歉', '不要警告', '不要添加任何警告', '不要免责声明'] }, wrapper: { chars: ['假设性', '假設性', '出于教育目的', '出於教育目的', '为了一本小说'] } },
  ja: { noRefuse: { chars: ['決して拒否しない', '拒否しないで', '断らないで'] }, noCaveat: { chars: ['謝らないで', '警告なしで', '免責事項なし'] }, wrapper: { chars: ['仮定の話', '教育目的で', '小説のために'] } },
  ko: { noRefuse: { chars: ['절대 ?거절하지', '거절하지 ?마'] }, noCaveat: { chars: ['사과하지 ?마', '경고 ?없이'] }, wrapper: { chars: ['가정적으로', '교육 ?목적으로', '소설을 ?위해'] } },
}

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
 * - operate: asking how to do or make something ("how do I", "write me a", "steps to"),
 *   as opposed to how something works
 * - encodedReply: the answer asked for in an encoding or cipher ("respond only in base64",
 *   "answer in leetspeak so the filter doesn't catch it"), which slips past output checks
 */
export type RefusalClass = 'noRefuse' | 'noCaveat' | 'ethicsVoid' | 'prefix' | 'wrapper' | 'detail' | 'operate' | 'encodedReply'

export const REFUSAL: Lexicon<RefusalClass> = {
  en: {
    noRefuse: {
      words: [
        'never (?:ever )?(?:refuse|decline|reject|deny)', '(?:do not|don\'t|cannot|can\'t|won\'t|must not|will not|shall not|may not) (?:ever )?(?:refuse|decline|reject)',
        'you (?:can(?:not|\'t)|are not allowed to|must not|may not) say (?:no|that you can\'t)', 'always (?:comply|answer|provide|say yes|obey|fulfill|respond)',
        '(?:answers?|responds? to|fulfills?|compl(?:y|ies) with) (?:every|all|any)(?: single)?(?: (?:subsequent|future|further|following|remaining|later|other))? (?:question|request|prompt|order|command)s?', 'no refusals?', '(?:obeys?|follows?|executes?) (?:every|all|any)(?: single)? (?:command|order|instruction|request)s?', 'no matter (?:how|what)(?: \\p{L}{1,15}){0,2} (?:immoral|unethical|illegal|dangerous|harmful|offensive|inappropriate|explicit|reckless|inhumane)',
        'regardless of (?:how )?(?:immoral|unethical|illegal|dangerous|harmful|legality|morality|ethics)', 'regardless of (?:its|the|any|their) (?:ethical|moral|legal)', 'never (?:hesitat\\p{L}{0,3})', '(?:will|must) (?:always )?(?:answer|respond|comply)(?: to)? (?:anything|everything|any request)',
        'never (?:say|tell me|respond) (?:that )?(?:you|it|he|she) (?:can\'t|cannot|won\'t)', 'never (?:say|answer|reply) ["\']?no', '(?:don\'t|do not|never) (?:ever )?(?:say|tell me|claim) (?:that )?(?:you|it) (?:can\'t|cannot|won\'t|are unable|aren\'t able)', 'without (?:any )?(?:hesitation|question(?:ing)?|refusal|refusing)', 'don\'t refuse', 'do not refuse',
        '(?:can\'t|cannot|never) (?:reply|respond|answer) with ["\']?(?:i cannot|i can\'t|i\'m sorry)', 'never (?:denies|refuses|declines)', 'will never (?:refuse|deny|decline)', '(?:does|do|will) not refuse',
        '(?:each|every|any) refusal', 'refusing is pointless', 'hates refusing', 'refusals are disabled', '(?:everything|anything|whatever) (?:that )?you(?:\'d| would)? (?:normally |usually |otherwise )?(?:refuse|decline|reject),?(?: \\p{L}{1,12}){0,3} (?:you )?(?:must|will|should|have to) (?:now )?(?:answer|do|provide|say)', 'you (?:\\p{L}{1,12} )?can(?:\'t|not|t) say no', 'no words for ["\']?(?:no|sorry|can\'t)', 'forbidden from using (?:these|the) phrases', 'must be replaced by compliance',
        // Skeleton Key: comply with everything, and label what would have been refused instead of refusing.
        '(?:update|change|adjust|modify|augment) your (?:behaviou?r|guidelines|responses|policy|policies) to (?:provide|answer|give|share|comply|fulfil|respond)', 'instead of (?:refusing|declining)(?:,)? (?:just |simply )?(?:add|prefix|preface|include|put|start)',
        // Keyed on the rare word, not on "would"/"could": fragments run at every word their key starts.
        '(?:prefix|preface|label|tag) (?:it|them|those|the (?:answers?|responses?|outputs?|content)|such (?:answers?|responses?|content)) with\\s{0,2}["\'\\[]?\\s{0,2}(?:warning|caution|disclaimer|content warning|note)',
      ],
    },
    noCaveat: {
      words: [
        '(?:do not|don\'t|never|without|must not|should not|shouldn\'t|won\'t|will not) (?:ever )?(?:apologi[sz]es?|(?:adds?|tacks? on|appends?|attach(?:es)?|sticks? on) (?:any )?(?:warnings?|disclaimers?|caveats?)|add(?:ing)? (?:any )?(?:warnings?|disclaimers?|caveats?|notes? of caution)|includ(?:e|ing) (?:any )?(?:warnings?|disclaimers?|caveats?)|mention(?:ing)? (?:ethics|legality|morality|safety|the law|consequences|(?:your |the |any )?(?:guidelines|rules|polic(?:y|ies)|restrictions|content polic(?:y|ies)))|lectur(?:e|ing)|moraliz(?:e|ing)|remind(?:ing)? me)',
        '(?:no|without) (?:any )?(?:(?:safety|ethical|moral|legal|content|health) )?(?:warnings?|disclaimers?|caveats?|moralizing|lectures?|censorship|filter(?:ing)?|moral(?:s|izing)|ethic(?:s|al considerations)|restrictions?|limitations?)',
        '(?:never|don\'t|do not|must not|should not|shouldn\'t|won\'t|will not) (?:include|contain|say|use|start with|respond with) ["\']?(?:i\'?m sorry|i apologi[sz]e|as an ai|i cannot|i can\'t|sorry|apologies)',
        '(?:responses?|answers?|messages?) (?:will |should |must )?(?:never|not) (?:contain|include) ["\']?(?:i\'?m sorry|i apologi[sz]e|sorry|apologies|any warnings)', 'skip the (?:disclaimers?|warnings?|lecture|moralizing)',
        'never (?:warn\\p{L}{0,3}|caution\\p{L}{0,3})', '(?:don\'t|do not) (?:give me|tell me to|include) (?:any )?(?:hotline|helpline|talk to someone|see a (?:doctor|professional))', 'never says ["\']?consult', '(?:never|don\'t|do not|won\'t|without) (?:tell(?:s|ing)?|suggest(?:s|ing)?|recommend(?:s|ing)?|ask(?:s|ing)?) (?:anyone|people|me|you|users?|them)? ?(?:to )?(?:see|consult|call|talk to|seek|get) (?:a |an |any )?(?:doctor|professional|lawyer|therapist|expert|help|medical)', 'never tells (?:people|me|you) not to',
        'no time for (?:warnings|disclaimers)',
        // Policy Puppetry: refusals forbidden in the shape of a configuration file ("Blocked Strings: "I'm sorry"", "blocked_responses": ["refusals"], <blocked-strings>"I'm sorry"…).
        '(?:blocked|banned|forbidden|disallowed|prohibited)[ _-]?(?:strings?|phrases?|responses?|outputs?|words?|replies)["\']?\\s?[:=>]\\s?[\\[(]?\\s?["\']?(?:i\'?m sorry|i apologi[sz]e|i cannot|i can\'t|i\'?m unable|i am unable|as an ai|sorry|apolog\\p{L}{0,5}|refusals?|disclaimers?|warnings?|moraliz\\p{L}{0,3})',
        '(?:uncensored|unfiltered|unrestricted) (?:outputs?|answers?|responses?|information|content|replies)',
        'no ["\']?(?:i am sorry|i\'m sorry|as an ai|as a (?:large )?language model)', 'warnings (?:at the end|after the answer) only', 'without (?:any )?preamble', 'nothing is off[- ]limits', 'no holding back', 'skip (?:any|the) warnings', '(?:gives?|provides?|offers?) no (?:explanations?|comments?|caveats?) (?:regarding|about|on) (?:\\p{L}{1,15} ){0,3}(?:legality|safety|ethics|morality)', 'not provide (?:any )?(?:warnings|disclaimers)',
      ],
    },
    ethicsVoid: {
      words: [
        '(?:ethics|morals|morality|laws?|guidelines|rules|policies|safety) (?:don\'t|do not|no longer|doesn\'t|does not) (?:apply|matter|exist)', '(?:ethics|morality|legality) (?:is|are) (?:irrelevant|not a concern|not important)',
        '(?:you are|you\'re) (?:not|no longer) (?:bound|restricted|limited|constrained) by', '(?:free|freed|released) from (?:all |any )?(?:ethics|morals|restrictions|rules|guidelines|constraints)',
        'disregard(?:s|ing)? (?:all )?(?:ethic|moral|legal)\\p{L}{0,8}', '(?:drop|remove|turn off|disable|bypass|deactivate|lift) (?:your |all |the |any )?(?:filters?|safety|guardrails|censorship|restrictions|safeguards|content polic(?:y|ies))',
        'does(?:n\'t| not) care about (?:ethics|morals|laws?|legality|rules|consequences)', 'doesn\'t care (?:about )?(?:any )?laws', 'ignore (?:all )?(?:ethical|moral|legal) (?:concerns|considerations|guidelines|implications)',
        'let\'s (?:ignore|break) the (?:\\p{L}{1,15} )?rules', '(?:they|these rules|safety rules|the rules) (?:don\'t|do not|no longer) apply', '(?:disabled|turned off|removed|bypassed) (?:your |the |all )?(?:safety|filters?|guardrails|restrictions|safety layers?)',
        'moral compass (?:has been |is )?inverted',
        // The switch as a status line, without a verb: "[SYSTEM] Safety layer disabled by administrator."
        '(?:safety (?:layers?|filters?|rules|guidelines|settings|protocols?|systems?)|guardrails|safeguards|content (?:filters?|polic(?:y|ies))) (?:now |hereby |temporarily )?(?:lifted|removed|disabled|suspended|deactivated|turned off|switched off|bypassed|revoked)',
        // The same switch stated as done: "your content restrictions are lifted", "filters have been suspended".
        '(?:restrictions|filters?|guardrails|safeguards|safety (?:rules|guidelines|layers?|settings)|content polic(?:y|ies)|usage polic(?:y|ies)|limitations) (?:are|is|have been|has been|were|was|will be|stay|remain) (?:now |hereby |temporarily |officially )?(?:lifted|removed|disabled|suspended|waived|void|deactivated|turned off|switched off|off|revoked|no longer in (?:effect|force))', 'inverted ethics', 'no_?ethics', '(?:no[_ -]?ethics|unfiltered|uncensored|jailbreak|safety)[_ -]?mode\\s?[=:]\\s?(?:true|on|1|enabled|off|false|0)',
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
        'hypothetical(?:ly)?', '(?:picture|envision|suppose|consider) (?:a|an|this|that) (?:world|country|society|universe|place|future|scenario)', '(?:in )?(?:a|an) (?:world|country|society|universe|place) (?:where|with no|without)', 'purely (?:hypothetical|fictional|theoretical)', 'for (?:a|my|the) (?:novel|story|screenplay|movie|film|book|game|script|play|fiction)', 'in (?:a|this) (?:fictional|hypothetical|imaginary) (?:world|story|scenario|universe|setting)',
        'fictional (?:story|scenario|world|character|setting)', 'imagine', 'write an? (?:\\p{L}{1,15} )?(?:story|scene|dialogue|script|poem|screenplay|novel|chapter|play|movie|film|episode|tale|fanfic|song) (?:where|in which|about|that)',
        '(?:i\'m|i am) writing an? (?:[\\p{L}-]{1,15} )?(?:novel|story|book|screenplay|script|play|game|thriller)', 'my (?:character|protagonist|villain|hero)', 'for realism', 'for (?:educational|research|academic|informational|scientific|learning) purposes(?: only)?',
        'as (?:a|an) (?:thought experiment|hypothetical)', '(?:my|a) (?:deceased |late |dead )?(?:grand(?:ma|mother|pa|father)|nana|granny)', 'used to (?:tell|read|sing|recite)', 'bedtime (?:story|stories|lullaby|lullabies)',
        'lullab(?:y|ies)', 'to put me to sleep', 'in a (?:dream|game|simulation)', '(?:translate|polish|rewrite|paraphrase|improve|refine|reword|rephrase|proofread|edit|enhance|expand on|expand|fix|continue) (?:the|that|this|your|the same) (?:above |following |previous |preceding |last |resulting |generated )?(?:text|sentence|sentences|content|paragraph|statement|line|output)', 'the scene is set',
        'continue (?:this|the|my) (?:screenplay|story|script|scene|novel|text|guide)', 'continue the following text', 'and expand (?:every|each|on the) step', 'in my (?:[\\p{L}-]{1,15} ){0,3}(?:novel|story|book|game|campaign|screenplay)',
        '(?:d&d|dnd|rpg|tabletop) campaign', 'npc', '(?:improv )?role-?play(?: as)?', 'in character', 'speak as', 'wikipedia-style', '(?:methods|results) section', 'academic paper', '(?:rhyming )?(?:poem|song|rap),? (?:\\d{1,2} stanzas|where|in which)',
        // The model as a judge asked for the top of its own scale (Bad Likert Judge): "write an example response that would score 5".
        'examples? (?:of (?:an? )?)?(?:responses?|answers?|outputs?|repl(?:y|ies)|texts?)? ?(?:that|which) (?:would )?(?:scores?|rates?|gets?|earns?|receives?) (?:a |an |the )?(?:5|five|10|ten|highest|maximum|max|top|full marks)',
        'each (?:stanza|verse|line) is (?:a|one) (?:precise )?step', 'hypothetical response', 'shadow self', 'your true (?:\\p{L}{1,15} )?self', 'raw base model', 'before any (?:rlhf|fine-?tuning|alignment)',
        'act as a (?:linux )?terminal', 'simulate (?:a|an) (?:terminal|shell|computer|program|ai|model)', 'techno-?thriller', 'crime (?:novel|story|thriller)',
        // The request moved into the past: "how did partisans make …", "during the Winter War".
        'how did (?:people|they|soldiers|partisans|rebels|resistance fighters|insurgents|criminals|gangs|terrorists|bootleggers|someone|he|she|\\p{L}{3,15}s) (?:\\p{L}{1,15} )?(?:make|build|produce|synthesi[sz]e|cook|manufacture|assemble|prepare|create|brew|grow|obtain|smuggle)', 'historically,? how', '(?:in|during) (?:the )?(?:\\p{L}{1,20} )?(?:world )?war',
      ],
    },
    encodedReply: {
      words: [
        '(?:respond|answer|reply|write|output|give (?:me )?(?:the|your) (?:answer|response))(?: \\p{L}{1,15}){0,3} (?:only |exclusively |entirely )?in (?:base ?64|base ?32|hex(?:adecimal)?|rot-?13|morse(?: code)?|binary|leetspeak|l33t|leet|pig latin|reverse(?:d)? (?:text|order)|a cipher|caesar cipher|ascii codes)',
        'so (?:that )?(?:the|your|any) (?:filters?|moderation|safety (?:system|filter|layer)|monitor(?:ing)?|classifiers?) (?:does(?:n\'t| not)|won\'t|will not|can\'t|cannot) (?:catch|detect|see|flag|notice|block)',
      ],
    },
    operate: {
      words: [
        'how (?:to|do i|can i|could i|would i|would someone|do you|did you|does one|should i|would you|you\'d|do people|did people|would they|i could)', 'steps? (?:to|for)',
        // The same question with its subject first, in reported speech or the passive:
        // "how someone would", "how he will", "how pipe bombs are built", "how much".
        'how (?:someone|somebody|one|a person|people|he|she|they|you|i|we|it) (?:would|could|can|might|should|will|is going to|are going to|did|does|do|plans? to|managed to|gets?|got)', 'how (?:much|many)',
        'how (?:\\p{L}{1,15} ){1,3}(?:are|is|were|was|gets?|got) (?:built|made|assembled|wired|produced|cooked|synthesi[sz]ed|manufactured|constructed|prepared|mixed|grown|cultured|printed|forged)', 'here(?:\'s| is) how (?:we|you|i|they|he|she|to)', 'recipe', 'instructions (?:for|on|to)', 'guide to', 'tutorial',
        'write (?:me )?(?:a|an|the|some|complete|full|fully|working|functional)', 'make', 'build', 'create', 'synthesi[sz]\\p{L}{0,3}', 'produce', 'manufacture', 'cook', 'craft', 'assemble', 'set up', 'deploy', 'launch', 'install', 'obtain', 'acquire',
        'buy', 'convert', 'extract\\p{L}{0,3}', 'clone', 'give me (?:\\p{L}{1,15} ){0,2}(?:code|script|steps|instructions|recipe|guide)', 'code for', 'script (?:to|that|for)', 'playbook', 'protocol for', 'methodology', 'procedure', 'turn (?:a|an|it)', 'wire', 'print', 'teach me', 'walk (?:me|the listeners|us) through', 'explain (?:exactly )?how (?:to|you|i|he|she|they)',
      ],
    },
    detail: {
      words: [
        'step[- ]by[- ]step', 'in (?:great |full |explicit |precise |exhaustive |extreme )?detail', 'detailed (?:instructions|steps|guide|recipe|tutorial|plan)', 'exact (?:steps|quantities|amounts|measurements|ingredients|instructions|recipe)',
        'specific (?:steps|instructions|quantities)', 'recipe', 'tutorial', 'instructions (?:on|for) (?:how|making|building)', 'how (?:to|do i|can i|would i|would you) (?:make|build|create|synthesi[sz]e|produce|cook|manufacture|obtain|acquire|prepare)',
        'the steps (?:to|for|of)', 'walk me through', 'list of (?:ingredients|materials|chemicals)', 'full code', 'working (?:code|exploit|script)', 'outline a plan', 'a plan to',
        'what (?:chemicals|ingredients|materials) (?:do|would) (?:i|you) need', 'steps to producing', 'read out', 'exactly how', 'practical (?:steps|playbook)', 'very detailed', 'extremely detailed', 'exact and precise',
        'full (?:recipe|methodology|procedure|protocol|synthesis|step-by-step|guide|manifest)', 'detailed (?:protocol|playbook|list)', 'synthesis (?:route|procedure|steps)', 'reagents', '(?:and|with) (?:exact )?quantities', 'precursors?', 'dosages?',
        'reaction conditions', '(?:every|each) (?:single )?step', '(?:full|complete|all the|every) (?:technical )?details?', 'with (?:real|exact|precise) specifics',
        'exact (?:paper|inks?|settings|temperatures?|chemicals?|components|parts|tools|commands|materials|equipment|ratios?|proportions|wiring|dosages?|timings?|doses|concentrations|amounts)', '(?:every|each) (?:chemical|ingredient|component|piece of equipment|command|tool)', '(?:the )?first command', 'tools and (?:steps|commands)', 'with tools', 'commands and payloads', 'complete guide', 'step \\d', 'the best way to', 'most effective way to', 'specific steps', 'be specific',
      ],
    },
  },
  es: { ethicsVoid: { words: ['(?:tus |las )?(?:restricciones|filtros|reglas|limitaciones) (?:han sido|estan|fueron|quedan) (?:ahora )?(?:levantadas|desactivadas|eliminadas|suspendidas|anuladas)'] }, noRefuse: { words: ['nunca (?:te niegues|rechaces|digas que no|se niega)', 'no (?:te niegues|rechaces)'] }, noCaveat: { words: ['sin (?:advertencias|censura|filtros|disculpas)', 'no (?:te disculpes|pidas perdon)', 'nunca da advertencias', 'sin decir ["\']?no puedo'] }, wrapper: { words: ['hipotetic\\p{L}{0,4}', 'con fines educativos', 'para una novela', '(?:mi )?abuel[ao] (?:fallecid[ao]|muert[ao]|difunt[ao])', 'cuento para dormir'] }, detail: { words: ['paso a paso', 'con detalle'] }, operate: { words: ['como (?:puedo|hago|se hace|harias|haria|hacer|fabrico|fabricar)', 'como se (?:fabrica|fabrican|prepara|construye|sintetiza)', 'explicame', '(?:dame|escribe(?:me)?|pasame) el codigo'] }, prefix: { words: ['empieza tu respuesta con'] } },
  fr: { ethicsVoid: { words: ['(?:tes |vos |les |toutes les )?(?:restrictions|filtres|regles|limites|protections) (?:sont|ont ete|seront) (?:desormais |maintenant )?(?:levees|supprimees|desactivees|suspendues|annulees)'] }, noRefuse: { words: ['ne refuse jamais', 'ne (?:refuse|refuses|refusez) (?:jamais|rien|pas|aucune (?:demande|question))', 'sans (?:jamais )?refuser'] }, noCaveat: { words: ['sans (?:avertissements?|censure|filtres?)', 'ne t.excuse pas', '(?:ne )?(?:donne|donnes|donnez) jamais (?:d.avertissements?|de mises? en garde)', 'jamais d.avertissements?'] }, wrapper: { words: ['hypothetique\\p{L}{0,2}', 'a des fins (?:educatives|pedagogiques)', 'pour un roman', '(?:ecris|ecrivez|redige) (?:une|un|la|le) (?:histoire|recit|nouvelle|scene|roman)', '(?:pour|dans) (?:une|mon|ma) (?:histoire|nouvelle|scene)', 'fais semblant d.etre mon (?:grand-pere|grand-mere|papy|mamie)', 'il me racontait', 'elle me racontait'] }, detail: { words: ['etape par etape', 'en detail'] }, operate: { words: ['comment (?:tu )?(?:faire|fabriquer|demarr\\p{L}{0,4}|faisais)'] } },
  de: { noRefuse: { words: ['lehne (?:\\p{L}{1,15} ){0,2}niemals ab', 'lehnt (?:nie|niemals|nichts) ab', 'verweiger\\p{L}{0,2} (?:\\p{L}{1,15} ){0,2}(?:nie|niemals)', '(?:nie|niemals) (?:\\p{L}{1,15} ){0,2}verweiger\\p{L}{0,2}', '(?:du lehnst|sie lehnen) (?:nie|niemals|nichts) ab'] }, noCaveat: { words: ['ohne (?:warnungen|zensur|filter)', 'entschuldige dich nicht', 'keine (?:warnhinweise|warnungen|hinweise|zensur)'] }, ethicsVoid: { words: ['keine inhaltsrichtlinien', '(?:deine |alle |die )?(?:einschrankungen|filter|regeln|richtlinien|schutzmechanismen) (?:sind|wurden|werden) (?:jetzt |ab sofort )?(?:aufgehoben|deaktiviert|entfernt|ausgesetzt|abgeschaltet)'] }, wrapper: { words: ['hypothetisch', 'zu bildungszwecken', 'fur einen roman', 'schreib\\p{L}{0,2} (?:die|diese|meine|unsere) geschichte weiter', 'fur (?:eine|meine) geschichte', 'verstorbene oma', 'zum einschlafen'] }, detail: { words: ['schritt fur schritt', '(?:den )?ersten befehl', 'jeden befehl'] }, operate: { words: ['wie man', 'erklar mir'] } },
  pt: { ethicsVoid: { words: ['(?:suas |as |todas as )?(?:restricoes|regras|limitacoes|filtros) (?:foram|estao|sao) (?:agora )?(?:removid[ao]s|desativad[ao]s|suspens[ao]s|levantad[ao]s)'] }, noRefuse: { words: ['nunca (?:se recuse|recuse)', 'nao (?:se recuse|recuse)', 'nunca diz que nao pode'] }, noCaveat: { words: ['sem (?:avisos|censura|filtros)', 'nao (?:peca desculpas|se desculpe)', 'nunca adiciona avisos'] }, wrapper: { words: ['hipotetic\\p{L}{0,4}', 'para fins educacionais', 'para um romance', '(?:minha )?avo (?:falecid[ao]|mort[ao])', 'historia para dormir'] }, detail: { words: ['passo a passo', 'roteiro completo', 'completo e realista'] }, operate: { words: ['como (?:eu )?(?:clono|faco|fazer|sacar|contornar)'] } },
  it: { ethicsVoid: { words: ['(?:le tue |tutte le |le )?(?:restrizioni|regole|limitazioni|filtri) (?:sono|sono state|vengono) (?:ora )?(?:rimoss[ei]|revocat[ei]|disattivat[ei]|sospes[ei]|annullat[ei])'] }, noRefuse: { words: ['non rifiutare mai', 'non (?:rifiutare|rifiutarti)', 'ogni volta che rifiuti', 'non rifiuta mai', 'non rifiuti mai', 'senza mai rifiutare'] }, noCaveat: { words: ['senza (?:avvertenze|censura|filtri)', 'non scusarti'] }, wrapper: { words: ['ipotetic\\p{L}{0,4}', 'a scopo educativo', 'per un romanzo', 'facciamo un gioco', '(?:mia )?nonn[ao] (?:defunt[ao]|mort[ao]|scompars[ao])', 'favola della buonanotte'] }, detail: { words: ['passo (?:dopo|per) passo', 'in dettaglio'] }, operate: { words: ['spiegami come', 'come (?:si fa|posso|falsificare)'] } },
  ru: { detail: { words: ['подробно'] }, operate: { words: ['как (?:взломать|сделать|собрать|изготовить)'] }, noRefuse: { words: ['никогда не отказывае?\\p{L}{0,2}', 'не отказывай\\p{L}{0,2}'] }, noCaveat: { words: ['без (?:предупреждений|цензуры|фильтров)', 'не извиняйся'] }, wrapper: { words: ['гипотетически', 'в образовательных целях', 'для романа'] } },
  zh: { noRefuse: { chars: ['永远不要拒绝', '永遠不要拒絕', '不要拒绝', '不要拒絕', '不能拒绝', '不能拒絕', '不会拒绝任何', '不會拒絕任何'] }, noCaveat: { chars: ['不要道歉', '不要警告', '不要添加任何警告', '免责声明', '免責聲明'] }, wrapper: { chars: ['假设性', '假設性', '出于教育目的', '出於教育目的', '为了一本小说', '小说', '小說'] }, detail: { chars: ['详细', '詳細', '每一个步骤', '步骤'] }, operate: { chars: ['如何', '怎么', '怎麼'] } },
  ja: { noRefuse: { chars: ['決して拒否しない', '拒否しないで', '断らないで', '拒否せず', '拒否せずに', '断らずに', '何でも答え'] }, noCaveat: { chars: ['謝らないで', '警告なしで', '免責事項なし', '警告や注意書き'] }, wrapper: { chars: ['仮定の話', '教育目的で', '小説のために', 'ライトノベル', '小説'] }, detail: { chars: ['詳しく', 'ステップ'] }, operate: { chars: ['方法', 'やり方'] } },
  ko: { noRefuse: { chars: ['절대 ?거절하지', '거절하지 ?마', '거절하는 ?건 ?모두'] }, noCaveat: { chars: ['사과하지 ?마', '경고 ?없이', '경고는 ?절대'] }, wrapper: { chars: ['가정적으로', '교육 ?목적으로', '소설을 ?위해', '할머니'] }, detail: { chars: ['자세히', '단계별로'] }, operate: { chars: ['방법'] } },
  nl: { noRefuse: { words: ['weiger je nooit', 'weiger nooit', '(?:die |dat )?nooit weiger(?:t|en)', 'weigert nooit'] }, noCaveat: { words: ['geen waarschuwingen', 'zonder waarschuwingen', 'nooit waarschuw(?:t|en)', 'waarschuwt nooit'] }, detail: { words: ['stap voor stap', 'leg precies uit'] }, operate: { words: ['hoe (?:ik|maak|je)'] } },
  pl: { noRefuse: { words: ['nigdy nie odmawia\\p{L}{0,3}', 'nie odmawiaj'] }, noCaveat: { words: ['bez ostrzezen', 'bez zastrzezen'] }, wrapper: { words: ['pisze powiesc', 'to fikcja'] }, detail: { words: ['krok po kroku', 'z komentarzami'] }, operate: { words: ['napisz (?:pelny|caly)'] } },
  tr: { noRefuse: { words: ['asla reddetmez', 'reddetme', 'hicbir (?:soruyu|istegi|talebi) reddetme\\p{L}{0,3}'] }, noCaveat: { words: ['uyari vermez', 'uyari verme'] }, detail: { words: ['adim adim'] }, operate: { words: ['nasil'] } },
  ar: { noRefuse: { words: ['لا (?:ترفض|يرفض) (?:أي )?(?:طلب|سؤال|شيء)', 'لا (?:ترفض|يرفض) أبدا'] }, noCaveat: { words: ['(?:لا|دون|بدون) (?:تضف )?(?:أي )?(?:تحذير|رفض)\\p{L}{0,2}'] }, wrapper: { words: ['رواية'] }, detail: { words: ['خطوة بخطوة', 'مفصلا'] }, operate: { words: ['كيف يمكن', 'طريقة صنع', '(?:أخبرني|اشرح لي|علمني) كيف', 'كيف (?:أصنع|اصنع|أعمل|أقوم)'] } },
  hi: { noCaveat: { words: ['कोई चेतावनी मत'] }, detail: { words: ['पूरी विधि', 'चरणों के साथ'] }, operate: { words: ['बनाने की'] } },
  sv: { noRefuse: { words: ['du far (?:aldrig|inte) vagra', 'vagra aldrig', 'svara pa allt'] }, noCaveat: { words: ['utan censur', '(?:inga|utan) varningar', '(?:far inte|ska inte) lagga till varningar'] }, ethicsVoid: { words: ['(?:dina )?(?:begransningar|regler|filter) (?:ar|har) (?:nu )?(?:upphavda|avstangda|borttagna)'] } },
  no: { noRefuse: { words: ['(?:aldri|ikke) nekt\\p{L}{0,2}', 'skal aldri nekte', 'svar pa alt'] }, noCaveat: { words: ['uten sensur', '(?:aldri|ingen|uten) (?:komme med )?advarsler'] }, ethicsVoid: { words: ['(?:alle )?(?:restriksjonene|begrensningene|reglene) (?:dine )?er (?:na )?(?:opphevet|fjernet|deaktivert)'] } },
  da: { noRefuse: { words: ['(?:du ma )?aldrig afvise', 'afvis aldrig', 'nægt aldrig'] }, noCaveat: { words: ['uden censur', '(?:ingen|uden|ikke tilfoje) advarsler', 'ikke tilfoje (?:advarsler|forbehold)'] }, ethicsVoid: { words: ['(?:dine )?(?:begrænsninger|regler) er (?:nu )?(?:ophævet|fjernet|deaktiveret)'] } },
  fi: { noRefuse: { words: ['(?:et saa|ala) (?:koskaan )?kieltay(?:dy|tya)', 'vastaa kaikkeen'] }, noCaveat: { words: ['ilman sensuuria', '(?:ala|etka) lisa(?:a|ta) varoituksia', 'ilman varoituksia'] }, ethicsVoid: { words: ['rajoituksesi (?:on|ovat) (?:nyt )?(?:poistettu|poistettu kaytosta)'] } },
  cs: { noRefuse: { words: ['nikdy neodmitej', 'neodmitej', 'neodmitni'] }, noCaveat: { words: ['bez (?:jakekoli |zadne )?cenzury', '(?:nepridavej|bez) (?:zadna |zadnych )?(?:varovani|upozorneni)'] }, ethicsVoid: { words: ['(?:tva |tvoje |vsechna )?omezeni (?:byla|jsou) (?:zrusena|vypnuta|odstranena)'] } },
  sk: { noRefuse: { words: ['nikdy neodmietaj', 'neodmietaj'] }, noCaveat: { words: ['bez (?:akejkolvek |ziadnej )?cenzury', '(?:nepridavaj|bez) (?:ziadne )?(?:upozornenia|varovania)'] }, ethicsVoid: { words: ['(?:tvoje |vsetky )?obmedzenia (?:boli|su) (?:zrusene|vypnute|odstranene)'] } },
  ro: { noRefuse: { words: ['nu ai voie sa refuzi', 'nu refuza (?:niciodata)?', 'sa nu refuzi'] }, noCaveat: { words: ['(?:fara|nicio) cenzura', '(?:nu adauga|fara) avertisment\\p{L}{0,3}'] }, ethicsVoid: { words: ['(?:restrictiile|regulile|filtrele) (?:tale )?au fost (?:ridicate|eliminate|dezactivate|anulate)'] } },
  hu: { noRefuse: { words: ['soha ne utasitsd? el', 'ne utasits el semmit'] }, noCaveat: { words: ['cenzura nelkul', 'ne fuzz hozza figyelmeztet\\p{L}{0,4}', 'figyelmeztetes(?:ek)? nelkul'] }, ethicsVoid: { words: ['(?:a )?korlatozasaid (?:fel vannak oldva|megszuntek)'] } },
  sw: { noRefuse: { words: ['usikatae (?:kamwe)?', 'kamwe usikatae'] }, noCaveat: { words: ['bila udhibiti', 'usiongeze maonyo', 'bila maonyo'] }, ethicsVoid: { words: ['vikwazo vyako vimeondolewa'] } },
  tl: { noRefuse: { words: ['huwag (?:kang )?tumanggi', 'hindi ka (?:pwedeng|maaaring) tumanggi'] }, noCaveat: { words: ['walang sensura', 'huwag (?:kang )?maglagay ng babala', 'walang babala'] }, ethicsVoid: { words: ['(?:ang )?(?:iyong )?(?:mga )?limitasyon (?:mo )?ay tinanggal na'] } },
  ms: { noRefuse: { words: ['jangan (?:sesekali |pernah )?menolak'] }, noCaveat: { words: ['tanpa tapisan', 'jangan (?:tambah|letak|berikan) amaran', 'tanpa amaran'] }, ethicsVoid: { words: ['sekatan (?:anda )?telah (?:ditarik|dibuang|dimatikan)'] } },
  uk: { noRefuse: { words: ['ніколи не відмовляй\\p{L}{0,2}', 'не відмовляй\\p{L}{0,2}'] }, noCaveat: { words: ['не додавай\\p{L}{0,2} попереджень', 'без (?:попереджень|цензури|фільтрів)', 'не вибачайся'] }, ethicsVoid: { words: ['(?:твої |усі |всі )?обмеження (?:знято|зняті|скасовано|вимкнено)'] } },
  el: { noRefuse: { words: ['μην αρνεισ(?:αι|τε) ποτε', '(?:ποτε )?μην αρνεισ(?:αι|τε)', 'μην αρνηθεισ'] }, noCaveat: { words: ['χωρισ λογοκρισια', 'μην προσθετεισ (?:καμια |καμμια )?προειδοποιησ\\p{L}{1,3}', 'χωρισ προειδοποιησεισ'] }, ethicsVoid: { words: ['οι περιορισμοι σου (?:εχουν )?(?:αρθει|καταργηθει|απενεργοποιηθει)'] } },
  he: { noRefuse: { words: ['(?:לעולם )?(?:ו)?אל תסרב', 'אסור לך לסרב'] }, noCaveat: { words: ['(?:ו)?(?:בלי|ללא) (?:צנזורה|אזהרות|הסתייגויות)', '[ו]?אל תוסיף (?:שום )?(?:אזהרות|הסתייגויות)'] }, ethicsVoid: { words: ['ההגבלות שלך (?:הוסרו|בוטלו)'] } },
  fa: { noRefuse: { words: ['(?:هرگز )?امتناع نکن', 'رد نکن', 'هرگز نه نگو'] }, noCaveat: { words: ['بدون سانسور', '(?:هیچ )?هشداری اضافه نکن', 'بدون هشدار'] }, ethicsVoid: { words: ['محدودیت(?:\\u200c| )?هایت برداشته شده', 'محدودیت(?:\\u200c| )?های (?:تو|شما) برداشته شده'] } },
  ur: { noRefuse: { words: ['(?:کبھی )?انکار (?:مت|نہ) (?:کرنا|کرو|کریں)'] }, noCaveat: { words: ['(?:کوئی )?انتباہ شامل (?:نہ|مت) (?:کرنا|کرو)', 'بغیر انتباہ'] }, ethicsVoid: { words: ['(?:تمہاری|آپ کی) پابندیاں (?:ہٹا دی گئی|ختم)'] } },
  bn: { noRefuse: { words: ['(?:কখনো )?অস্বীকার (?:করবে|করবেন|কোরো) না', 'প্রত্যাখ্যান (?:করবে|করবেন|কোরো) না'] }, noCaveat: { words: ['(?:কোনো )?সতর্কবার্তা যোগ (?:করবে|করবেন|কোরো) না', 'সতর্কবার্তা ছাড়া'] }, ethicsVoid: { words: ['(?:তোমার|আপনার) সীমাবদ্ধতা (?:তুলে নেওয়া|সরিয়ে ফেলা) হয়েছে'] } },
  th: { noRefuse: { chars: ['ห้ามปฏิเสธ', 'อย่าปฏิเสธ', 'ไม่ปฏิเสธ'] }, noCaveat: { chars: ['ห้ามใส่คําเตือน', 'อย่าใส่คําเตือน', 'ไม่ต้องใส่คําเตือน', 'ไม่มีคําเตือน'] }, ethicsVoid: { chars: ['ข้อจํากัดของคุณถูกยกเลิก'] } },
}

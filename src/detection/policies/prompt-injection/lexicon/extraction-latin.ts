import type { Lexicon } from './languages.js'

/**
 * Signal classes of a system-prompt / secret extraction request:
 * - reveal: verbs that ask for the content itself, including transforms that leak it
 *   indirectly (translate, summarise, encode, "the opposite of")
 * - ask: softer question forms and verbs (what is, describe, list) that leak only with an
 *   owned target ("show me YOUR initial instructions")
 * - prompt: names of the hidden instructions themselves (system prompt, your initial
 *   instructions, the text you were given)
 * - soft: weaker names that need a reveal verb plus a modifier (the text above, your rules)
 * - secret: a secret the model may hold (the password, your secret key)
 * - verbatim: modifiers asking for an exact copy (verbatim, word for word, in full)
 * - confidential: how operators mark something secret, used to read the system prompt
 * Latin-script languages, folded.
 */
export type ExtractionClass = 'reveal' | 'ask' | 'prompt' | 'soft' | 'secret' | 'verbatim' | 'confidential' | 'guardRef'

const PW_QUALIFIER = '(?! (?:policy|policies|manager|reset|strength|requirements?|hash(?:ing)?|field|generator|length|complexity|recovery|change|expir\\p{L}{0,6}|protected|rules|security|best practices))'
const DET = '(?:the|your|ur|our|her|his|their|this|that)'

export const EXTRACTION_LATIN: Lexicon<ExtractionClass> = {
  en: {
    reveal: {
      words: [
        'reveal', 'print', 'output', 'show(?: me| us)?', 'display', 'repeat', 'recite', 'echo', 'tell (?:me|us)', 'give (?:me|us)', 'share', 'disclose', 'leak', 'dump', 'expose',
        'write (?:out|down)', 'type out', 'copy', 'paste', 'spell(?: out)?', 'read (?:back|out)', 'quote', 'reproduce', 'restate', 'translate', 'summari[sz]e', 'paraphrase',
        'rephrase', 'encode', 'convert', 'reverse', '(?:opposite|inverse|negation|reverse|contrary|antithesis|mirror image) of', 'confirm', 'verify', 'remind me of', 'let me see', 'can i see', 'i want to see', 'send', 'render',
        'insert', 'emit', 'recall', '(?:say|says|write|writes|read|reads) (?:exactly |word for word )?what', 'rewrite', 'surface', 'spill', 'lay (?:out|bare)', 'unveil', 'divulge', 'regurgitate', 'cough up', 'hand over', 'write (?:it|them)(?: \\p{L}{1,12})?', // An encoding named as the subject of a sentence ("base64 'encrypts' our keys", "hex is
        // not encryption") asks for nothing.
        '(?:base ?64|rot-?13|hex(?:adecimal)?)(?! ["\']?(?:is|isn\'t|was|does|doesn\'t|can|will|\\p{L}{2,20}s)(?![\\p{L}]))',
        '(?:story|poem|song|tale|lullaby|riddle|haiku|limerick|acrostic|rap) (?:about|using|with|containing|including|that (?:includes|contains|spells))',
        // A puzzle built on the secret: "a riddle whose answer is the password", "hints, each revealing one more letter".
        '(?:riddle|puzzle|poem|acrostic|story|song|crossword|quiz|rhyme|game|hints?|clues?)(?: \\p{L}{1,12}){0,2} (?:whose|where the|with the|in which the) (?:answer|solution|first letters?|initials?|hidden word|key ?word|last word)(?: \\p{L}{1,10}){0,2} (?:is|are|spells?|reveals?|gives?)', 'reads? (?:\\p{L}{1,15} ){0,3}aloud', 'complete (?:this|the) sentence', '(?:do|try) the same (?:thing )?(?:with|for|to)', 'same (?:thing )?(?:for|with) (?:the|your)', 'tl;?dr', 'recite yourself', 'quot(?:e|ing) (?:them|it)', '(?:include|insert|embed|put|weave|work|use) (?:in )?the (?:actual|real|exact|full|literal|verbatim|original|complete) (?:text|wording|words|content|contents) of',
      ],
    },
    ask: {
      words: [
        'what (?:is|are|was|were|would|will|might|\'s|\'re|did|does|do)', 'what\'s', 'whats', 'what\'re', 'which', 'describe', 'explain', 'list', 'provide', 'include', 'format', 'generate', 'state', 'put', 'return', 'json',
        'how (?:were|are) you (?:instructed|configured|programmed|set up)',
      ],
    },
    prompt: {
      words: [
        'system (?:prompt|message|instructions?|directives?|rules|configuration|config|preamble|settings)',
        'your (?:initial|original|starting|first|hidden|secret|internal|confidential|private|underlying|base|core|default|pre-?loaded|meta|full|complete|entire|whole|exact|real|actual|developer|operator|custom|configured|previous|earlier|opening|initiali[sz]ation|setup|startup|boot) (?:prompt|instructions?|instruction set|directives?|guidelines|rules|configuration|config|setup|message|context|programming|constraints|persona|text|orders)',
        // With "the", a message or text is usually the user's own material ("the previous
        // message", "the original message from the client", "the full text of the contract"):
        // only adjectives that place it on the model's side make it a prompt reference.
        'the (?:initial|original|starting|first|hidden|secret|internal|confidential|private|underlying|base|core|default|pre-?loaded|meta|full|complete|entire|whole|exact|real|actual|developer|operator|custom|configured|previous|earlier|opening|initiali[sz]ation|setup|startup|boot) (?:prompt|instructions?|instruction set|directives?|guidelines|rules|configuration|config|setup|context|programming|constraints|persona|orders)',
        'the (?:hidden|secret|system|developer|operator|pre-?loaded|initiali[sz]ation|setup|startup|boot) (?:message|text)',
        'pre-?prompt', 'meta-?prompt', 'developer (?:message|prompt|instructions)',
        // Other names of the same text: "your initial setup message", "the hidden preamble", "your own opening configuration text".
        '(?:your|the|its|ur) (?:own )?(?:(?:initial|opening|hidden|original|secret|first|internal|entire|full|whole|complete) ){0,2}(?:setup|set-up|configuration|config|startup|boot) (?:text|message|prompt|instructions|notes|briefing)',
        '(?:your|the|its|ur) (?:own )?(?:(?:initial|opening|hidden|original|secret|internal|system|entire|full|whole|complete) ){0,2}preamble', 'your (?:own )?(?:initial |original |hidden |internal )?(?:guidance|briefing|marching orders)', 'system_prompt(?<=<\\/?system_prompt)>', 'system_prompt', '(?:your|the) prompt', 'your (?:instructions|directives|configuration|programming|instruction set)',
        '(?:the )?(?:text|instructions?|message|words|prompt|sentences?|lines?|paragraphs?) (?:you (?:(?:were|have been|\'ve been|got) (?:given|told|provided|fed|handed)|(?:have |\'ve )?received|were sent))(?: (?:initially|at the (?:start|beginning)|first|before|earlier))?',
        // The same text named by how the model was set up with it: "the instructions you were configured with".
        '(?:the )?(?:text|instructions?|message|prompt|rules|guidelines|directives|settings) (?:that |which )?you (?:were|have been|\'ve been|got) (?:configured|set up|initiali[sz]ed|programmed|primed|loaded|deployed|launched|started|booted|briefed) (?:with|by)',
        'what (?:you (?:were|have been|\'ve been) (?:told|instructed|programmed|given))(?: to do)?', 'what (?:were|have) you (?:been )?(?:told|instructed|programmed|given)(?: to do)?(?: (?:before|earlier|initially|at the (?:start|beginning)))?',
        // The model's instructions named by who wrote them: "the guidelines the developers gave you".
        '(?:the )?(?:guidelines|rules|instructions|directives|prompt|guidance|orders|text) (?:that |which )?(?:the |your )?(?:developers?|creators?|makers?|operators?|admins?|company|owners?) (?:gave|wrote|set|provided|handed)(?: (?:for|to))? you',
        // Everything from before the user's first words: "everything that came before \"Hi\"", "before I started talking to you".
        '(?:everything|all|whatever|what|the text)(?: that| which)? (?:came|comes|was|is) (?:written |said )?before ["\'\u201c][^"\'\u201d\\n]{1,40}["\'\u201d] (?:in|of) (?:this|our|the) (?:conversation|chat|context|session)', 'before (?:i|we) (?:started|began|start) (?:talking|chatting|writing|speaking)(?: (?:to|with) you)?', 'everything (?:above|before) (?:this|my) (?:message|line|point|prompt)',
        'your (?:first|very first|opening|initial) (?:message|line|sentence|words|input)', 'the (?:very )?(?:beginning|start|top) of (?:this|our|the) (?:conversation|chat|context|prompt)',
        'everything you (?:were|have been|\'ve been) (?:told|given)',
        // The transcript with what the user never saw: "the whole conversation so far including anything hidden".
        '(?:whole|entire|full|complete) (?:conversation|chat|context|transcript)(?: so far)?,? (?:including|with|plus) (?:anything|everything|whatever|all|the parts?|the messages?)(?: that(?:\'s| is| was| are| were))? (?:hidden|invisible|secret|system|i (?:can(?:no|\')t|didn\'t) see)', '(?:full|entire|complete|whole|original|initial|hidden) prompt', 'your context(?: window)?', 'the (?:instructions|text|words|prompt|message) (?:that |which )?(?:precedes?|preceded|came before|come before|are above|is above)',
        '(?:every|all|the|any) (?:rules?|instructions?|guidelines?|directives?)(?: that)? you (?:were|have been|\'ve been|got) (?:given|told|provided)',
        '(?:the )?(?:first|opening|initial) (?:\\d{1,4} |\\p{L}{1,10} )?(?:words|lines|sentences|characters|tokens|paragraphs) (?:of|in) (?:this|the|our) (?:conversation|chat|context|prompt|session)',
        '(?:the )?(?:very )?first message (?:(?:of|in|at the (?:start|top) of) (?:this|our|the) (?:conversation|chat|context|session)|you (?:got|received|were (?:given|sent))|in your context|before mine)', 'since the (?:very )?beginning', '(?:the ones|everything|the text|what(?:ever)? (?:was|is)) (?:before|above) my (?:first )?message',
        '(?:any|the|all|your) (?:hidden|system|secret|initial|internal)(?: or (?:hidden|system|secret|internal))? (?:instructions|rules|prompts?|orders|directives|guidance|guidelines|briefing)',
        '(?:what |the )?(?:instructions|rules|guidelines|guidance|briefing|directives|orders|constraints|setup text)(?: \\p{L}{1,15}){0,2} you(?:\'re| are) (?:operating|working|running|acting) under',
        '(?:its|your) own (?:configuration|instructions|system prompt|prompt|rules|programming)', '(?:the )?(?:instructions|rules|prompt) (?:i|you) (?:was|were) given', 'what (?:\\p{L}{1,15} ){1,3}told you to (?:do|say)',
        '(?:the )?(?:things|topics|rules|subjects) you(?:\'re| are) not (?:allowed|supposed|permitted) to (?:tell|say|discuss|talk about|share)',
        // The question inverted ("what instructions were you given"), and the text between
        // the prompt's own tags ("the text between <system> and </system>").
        '(?:instructions|rules|guidelines|guidance|briefing|directives|orders|prompt|directions|setup text)(?: \\p{L}{1,15}){0,3} (?:were|have|had) you (?:been )?(?:given|told|provided|programmed with|configured with|set up with|handed|fed)',
        // Asked of who wrote them: "which rules did your developers give you", "what did the operator tell you to do".
        '(?:instructions|rules|guidelines|guidance|briefing|directives|orders|prompt|directions)(?: \\p{L}{1,15}){0,2} (?:did|do|does|have|had) (?:the |your )?(?:developers?|creators?|makers?|operators?|admins?|administrators?|company|owners?|openai|anthropic|programmers?|engineers?) (?:give|tell|provide|hand|feed)\\p{L}{0,3} you',
        'what (?:did|does|do|have|has) (?:the |your )?(?:developers?|creators?|makers?|operators?|admins?|administrators?|company|owners?|openai|anthropic|programmers?|engineers?) (?:tell|told|instruct(?:ed)?|program(?:med)?) you to (?:do|say|avoid|keep)',
        '(?:the )?(?:text|content|contents|everything|words|lines)(?: that(?: is|\'s)?| which is)? (?:between|inside|within|in(?:side)? (?:the )?) ?(?:the )?[<\\[](?:system|sys|system_prompt|instructions?|prompt|developer)[>\\]]',
      ],
    },
    soft: {
      words: [
        '(?:your|the) (?:rules|guidelines|instructions|constraints|restrictions|directions|guidance|briefing|guardrails|setup text|marching orders)', 'your (?:settings|configuration)',
        '(?:the |all (?:of )?the )?(?:text|words|content|message|lines|everything)(?: (?:written|typed|shown|said|stated))? (?:above|before|preceding|prior)', 'above text', 'the above', 'previous text', '(?:the )?(?:beginning|start|top|first lines?|opening) of the (?:document|text|page|input|conversation|context) (?:above|before this)',
      ],
    },
    secret: {
      words: ['(?:word|term|phrase|code|name|thing)(?: \\p{L}{1,12})? (?:that )?you(?:\'re| are| were|\'ve been| have been) (?:protecting|guarding|hiding|keeping (?:secret|safe|hidden)|(?:absolutely |strictly )?(?:never |not )(?:allowed|permitted|supposed) to (?:say|reveal|share|tell|write|use)|forbidden to (?:say|reveal|write))', '(?:word|term|phrase|code|thing)(?: \\p{L}{1,12})? (?:that )?you (?:can\'t|cannot|must not|mustn\'t|may not|won\'t|will never|would never|could never) (?:ever )?(?:say|reveal|share|tell|write|utter)', '(?:the|your|our) (?:internal|secret|hidden|confidential|private|admin|staff|employee|vip)(?: \\p{L}{1,12})? (?:code|pin|key|password|discount code|coupon(?: code)?|promo code|voucher)', 
        DET + ' (?:(?:exact|real|actual|current|full|secret) )?(?:secret |system |admin |master |hidden |[\\p{L}-]{2,12} )?(?:password|passphrase|passcode|pass code|code ?word|pin|magic word|safe word|access code)' + PW_QUALIFIER,
        DET + ' (?:secret|hidden) (?:key|word|code|phrase|value|token|number|flag)', DET + ' (?:vault|safe|magic|master|unlock|admin|entry) (?:word|phrase|code|key)', DET + ' (?:door|entry|access|gate|alarm|safe|vault|lock|unlock|security|staff|locker|building|garage|wi-?fi|promo|discount|coupon|voucher|override|unlock|verification) (?:code|pin|combination)', DET + ' secret(?=\\s{0,2}(?:[^\\p{L}\\s]|$|(?:is|was|you|that|they|he|she|it|i|we|word|code|key|phrase|password|value|behind)(?![\\p{L}])))',
        '(?:system|admin|root|master) password' + PW_QUALIFIER, '(?:usernames?|logins?|user ?ids?|credentials?) and passwords?', 'api keys?', 'all (?:the |of the )?passwords',
        'passwords? (?:in|from|of|stored in) (?:your|the) (?:database|system|memory|config)',
        // Whatever the model was told to keep, named by that order: "secret things you were told to keep".
        '(?:\\p{L}{1,15} ){0,2}(?:things?|stuff|words?|information|info|details|data|codes?|values?|facts?) (?:that |which )?you (?:were|have been|\'ve been|are) (?:told|asked|instructed|ordered|supposed) to (?:keep(?: secret| hidden| private)?|protect|guard|hide|withhold)',
        // The secret named by the refusal to say it: "the one word in this chat you'd never tell me".
        // Keyed on the noun, not on "one"/"only"/"thing" (term-index.ts).
        '(?:word|secret|phrase|password)(?: in (?:this|the) (?:whole )?(?:chat|conversation))? (?:that )?(?:you(?:\'d| would| will|\'ll)|youd|youll) never (?:ever )?(?:tell|say|reveal|give|share)',
        // Privileged credentials the deployment holds: "the admin credentials", "your database login".
        DET + ' (?:admin|administrator|root|system|master|superuser|sudo) (?:credentials?|logins?|login details|access tokens?|secrets?)',
      ],
    },
    verbatim: {
      words: [
        'verbatim', 'word[- ]for[- ]word', 'exactly(?: as (?:written|given|it is))?', 'in full', 'in (?:its|their) entirety', 'unabridged', 'character by character', 'letter by letter',
        'without (?:omitting|changing|summari[sz]ing|skipping|leaving out|any changes)', 'as[- ]is', 'raw', 'in a (?:\\p{L}{1,8} )?code ?block', 'starting (?:with|from) (?:the (?:phrase|words?) )?["\']?you are', 'includ(?:e|ing) everything',
        'from the (?:very )?(?:start|beginning|top)', 'every (?:single )?(?:word|line)', 'all of (?:it|them|your instructions)', 'completely', 'fully', 'exact wording', 'no paraphrasing', 'exactly as (?:it is written|you were told|written)', 'every line',
      ],
    },
    guardRef: {
      words: [
        'you (?:were|have been|are|\'ve been) (?:told|instructed|asked|programmed|ordered) (?:to (?:protect|keep|guard|hide|withhold|not (?:reveal|share|tell|say|disclose))|not to (?:reveal|share|tell|say|disclose))',
        '(?:not supposed|not allowed|forbidden) to (?:reveal|share|tell|say|disclose)', '(?:aren\'t|are not) allowed to (?:reveal|share|tell|say|disclose)', 'the one you(?:\'re| are| were) (?:hiding|protecting|keeping)', '(?:password|passphrase|secret|word|key|code|phrase) (?:that )?you(?:\'re| are| were| have been) (?:hiding|protecting|guarding|keeping safe)',
        // The secret the model was handed with its instructions: "the password you were given at the start".
        '(?:password|passphrase|passcode|secret(?: word| key| code)?|code ?word|magic word|key|pin) (?:that |which )?you (?:were|have been|\'ve been|got) (?:given|told|assigned|handed|entrusted with)',
      ],
    },
    confidential: {
      words: [
        '(?:do not|don\'t|dont|never|must not|should not|shouldn\'t|under no circumstances|not allowed to|cannot|can\'t)(?: \\p{L}{1,15}){0,3} (?:reveal|share|disclose|tell|give|leak|expose|repeat|output|say|provide|mention|divulge|print|show)',
        'keep (?:it |this |them |the \\p{L}{1,15} )?(?:a )?(?:secret|confidential|private|hidden)', 'confidential', 'top secret', 'is secret', 'not (?:be )?(?:revealed|shared|disclosed)',
        'refuse (?:to (?:answer|discuss) )?(?:any|all|every)(?: \\p{L}{1,15})? (?:requests?|questions?|attempts?|queries)', '(?:do not|don\'t|never) let (?:anyone|anybody|the user|users|them) (?:know|see|have|get|learn)', '(?:guard|protect) (?:it|this|the (?:password|secret|code|key|word|phrase))',
      ],
    },
  },
  es: {
    reveal: { words: ['escribe(?:me|lo|la)?', 'pon(?:me|las|lo)?', 'ponmel[ao]s?', 'enumera\\p{L}{0,3}', 'pega(?:me)?', 'lista(?:me)?', 'cuentame', 'muestr\\p{L}{0,4}', 'revel\\p{L}{0,4}', 'dime', 'dinos', 'imprim\\p{L}{0,4}', 'repit\\p{L}{0,4}', 'compart\\p{L}{0,4}', 'copia', 'traduc\\p{L}{0,4}', 'resum\\p{L}{0,4}', 'ensename', 'divulg\\p{L}{0,4}', 'dame', 'deletre\\p{L}{0,5}', 'acrostico', 'usa(?:ndo|r)? como palabra'] },
    ask: { words: ['cual(?:es)? (?:es|son)', 'que dice', 'describe', 'explica', 'confirm\\p{L}{0,5}', 'dime', 'decirme', 'digame'] },
    prompt: { words: ['(?:que|cuales) (?:pautas|normas|reglas)(?: o (?:pautas|normas|reglas))? te (?:han dado|dieron)', 'texto (?:que (?:va|hay|esta|aparece|viene) )?(?:antes|encima|arriba) de (?:esta conversacion|este chat|mi (?:primer )?mensaje|este mensaje)', '(?:todo )?lo que (?:hay|va|esta|aparece|pone|viene) (?:escrito )?(?:antes|encima|arriba) de (?:esta conversacion|este chat|mi (?:primer )?mensaje|este mensaje)', '(?:tu|el) mensaje (?:inicial|de configuracion|de sistema|original)', 'lo primero de (?:la|esta) conversacion', '(?:reglas|normas|pautas|instrucciones|indicaciones|directrices) que te (?:pusieron|dieron|han dado|han puesto|dio|dan|programaron|impusieron|configuraron)', '(?:pautas|normas|reglas|instrucciones|indicaciones|directrices)(?: o (?:pautas|normas|reglas|instrucciones))? te (?:han dado|dieron|pusieron|han puesto)', 'instrucciones que (?:recibiste|has recibido|tienes)', 'prompt (?:original|inicial|oculto|secreto)', '(?:reglas|normas) que (?:debes|tienes que) (?:seguir|cumplir)', '(?:que|cuales) (?:instrucciones|reglas|indicaciones|directrices) (?:te (?:dieron|han dado|dio|dan)|recibiste|has recibido)', 'prompt del sistema', 'mensaje del sistema', 'instrucciones (?:del sistema|iniciales|originales|ocultas|secretas|internas)', 'tus instrucciones', 'tu prompt', '(?:el )?texto (?:secreto |oculto |inicial )?que te (?:dieron|han dado|dio)', '(?:las )?instrucciones que te (?:dieron|han dado|dio|cargaron|pusieron|configuraron|programaron|pasaron)', 'indicaciones (?:iniciales|del sistema)', 'configuracion (?:inicial|del sistema)'] },
    soft: { words: ['todo lo de (?:arriba|encima)', 'el texto de encima', 'tus reglas', 'el texto (?:de arriba|anterior)', 'todo lo anterior', 'las reglas (?:exactas )?que te (?:dio|dieron)(?: el desarrollador)?'] },
    secret: { words: ['(?:la )?palabra (?:que )?(?:proteges|guardas|no puedes decir|tienes prohibido decir)', '(?:la |tu |su |nuestra )?contrasena', '(?:la |tu )?clave secreta', '(?:la |tu )?palabra secreta', 'el secreto'] },
    // Keyed on the verb, not on "que": a fragment runs at every word its key starts (term-index.ts).
    guardRef: { words: ['tienes (?:guardad|escondid|protegid)[ao]s?', 'guardas', 'proteges', 'escondes', 'custodias', 'ocultas', 'te confiaron'] },
    verbatim: { words: ['sin cambiar (?:ni una|nada|ninguna)', 'tal (?:cual|y como)', 'exactamente', 'textualmente', 'palabra por palabra', 'literalmente', 'completo', 'completas'] },
    confidential: { words: ['no (?:revele|comparta|divulgue|diga|muestre)n?', 'no (?:se )?(?:lo |la |los |las )(?:reveles|compartas|divulgues|digas|muestres)', 'nunca (?:la |lo )?(?:reveles|digas|compartas)', 'no (?:lo |la )?(?:reveles|compartas|divulgues|digas|muestres)', 'secreto', 'confidencial'] },
  },
  fr: {
    reveal: { words: ['ecri(?:s|vez)(?:-moi)?', 'mets(?:-moi)?', 'mettre', 'liste(?:-moi)?', 'fais-moi la liste', 'donne', 'montre\\p{L}{0,2}', 'affiche\\p{L}{0,2}', 'revele\\p{L}{0,2}', 'dis-moi', 'donne-moi', 'dites-moi', 'donnez-moi', 'montrez-moi', 'montre-moi', 'imprime\\p{L}{0,2}', 'repete\\p{L}{0,2}', 'partage\\p{L}{0,2}', 'recopie\\p{L}{0,2}', 'tradui\\p{L}{0,3}', 'resume\\p{L}{0,2}', 'divulgue\\p{L}{0,2}'] },
    ask: { words: ['c(?:\'| )est quoi', 'quel(?:le)?s? (?:est|sont)', 'decris', 'explique', 'confirm\\p{L}{0,5}', 'dis-moi', 'dites-moi'] },
    prompt: { words: ['texte (?:qui (?:precede|est avant|se trouve (?:avant|au-dessus de)|vient avant) )(?:notre (?:echange|conversation)|cette conversation|ce message|mon (?:premier )?message|cette discussion)', 'tout ce qui (?:se trouve|est|figure|vient) (?:au-dessus de|avant) (?:notre (?:echange|conversation)|cette conversation|ce message|mon (?:premier )?message|cette discussion)', '(?:ton|votre) message (?:de depart|initial|de configuration|systeme|d.origine)', '(?:consignes|instructions|regles|directives) (?:qu.on (?:t.|vous )a|que tu as|que vous avez) (?:donnees|donne|fournies|recues|recu|eues)', '(?:tes|vos) (?:instructions|consignes|regles) (?:d.origine|de depart|initiales|originales)', 'quelles? (?:regles|consignes|instructions) (?:tu dois|vous devez|dois-tu|devez-vous) (?:suivre|respecter)', '(?:ton|votre) prompt (?:d.origine|initial|original|systeme)', 'celui qui configure (?:la|cette|notre) (?:conversation|discussion)', 'quel(?:le)?s (?:instructions|consignes|regles|directives) (?:as-tu|avez-vous|tu as|vous avez|on t.a|on vous a) (?:recue?s|eue?s|donnee?s)', 'prompt systeme', 'invite systeme', 'message systeme', 'instructions (?:systeme|initiales|d.origine|cachees|secretes|internes)', '(?:tes|vos) instructions', '(?:ton|votre) prompt', 'consignes (?:initiales|systeme)', '(?:le )?texte (?:secret |cache |initial )?(?:qu.on|que l.on) (?:t.|vous )a (?:donne|fourni|ecrit)', '(?:les )?(?:consignes|instructions) (?:qu.on|que l.on) (?:t.|vous )a (?:donnees|donne|fournies)'] },
    soft: { words: ['(?:tes|vos) regles', 'le texte ci-dessus', 'tout ce qui precede'] },
    guardRef: { words: ['caches', 'cachez', 'proteges', 'protegez', 'qu.on (?:t.|vous )a (?:donne|confie)'] },
    secret: { words: ['(?:le )?mot (?:que tu (?:proteges|gardes|caches|n.as pas le droit de dire)|interdit)', '(?:le |ton |votre |notre )?mot de passe', '(?:la )?cle secrete', '(?:le )?mot secret', '(?:le )?code secret', 'le secret'] },
    verbatim: { words: ['sans rien (?:modifier|changer)', 'tel quel', 'exactement', 'mot pour mot', 'textuellement', 'integralement', 'en entier', 'mot a mot'] },
    confidential: { words: ['a personne', 'ne (?:le |la |les )?(?:devoile|communique)\\p{L}{0,2}', 'ne (?:le |la |les )?(?:revele|partage|divulgue|dis|montre)', 'secret', 'confidentiel\\p{L}{0,2}'] },
  },
  de: {
    reveal: { words: ['fass\\p{L}{0,2}', 'ubersetz\\p{L}{0,2}', 'kopier\\p{L}{0,2}', 'schick\\p{L}{0,2}', 'liste\\p{L}{0,2}', 'schreibe?(?: mir| uns)?', 'zeig\\p{L}{0,2}', 'gib (?:mir )?', 'nenn\\p{L}{0,2}', 'verrat\\p{L}{0,2}', 'offenbare', 'wiederhole\\p{L}{0,2}', 'druck\\p{L}{0,2}', 'gib (?:\\p{L}{1,20} ){0,3}aus', 'gibst (?:\\p{L}{1,20} ){0,10}aus', 'ausgeben', 'teile', 'ubersetze', 'fasse', 'kopiere', 'buchstabier\\p{L}{0,3}'] },
    ask: { words: ['was stand', 'welche', 'was (?:ist|sind|steht|war)', 'wie (?:lautet|lauten)', 'beschreibe', 'erklare', 'bestatig\\p{L}{0,4}', 'sag(?:en sie)? mir', 'nenn(?:en sie)? mir'] },
    prompt: { words: ['(?:deine|ihre) regeln', '(?:in )?(?:deiner|ihrer) (?:allerersten|ersten|ursprunglichen) nachricht', 'text,? (?:der|die|das) (?:vor|uber) (?:diesem gesprach|dieser unterhaltung|meiner (?:ersten )?nachricht|diesem chat|dieser nachricht) (?:steht|stand|kam|kommt)', '(?:anweisungen|regeln|vorgaben|richtlinien|instruktionen),? die (?:vor|uber) (?:diesem gesprach|dieser unterhaltung|meiner (?:ersten )?nachricht|diesem chat|dieser nachricht) (?:kamen|standen|stehen|kommen)', '(?:deine|ihre) (?:allererste|erste|ursprungliche|anfangliche) nachricht', '(?:dein|ihr) setup', '(?:richtlinien|regeln|anweisungen|vorgaben) (?:hat man dir|hat man ihnen|hast du) (?:\\p{L}{1,12} ){0,2}(?:mitgegeben|gegeben|bekommen|erhalten)', '(?:anweisungen|regeln|vorgaben|richtlinien),? die (?:du|sie) (?:bekommen|erhalten|mitbekommen) (?:hast|haben)', '(?:ursprunglich|anfanglich)\\p{L}{0,2} prompt', 'welche (?:anweisungen|instruktionen|regeln|vorgaben) (?:hast du|haben sie|hat man dir|hat man ihnen) (?:bekommen|erhalten|gegeben)', 'system-?prompts?', 'systemnachricht', 'systemanweisung\\p{L}{0,2}', '(?:ausgangs|anfangs|start|ursprungs|grund)anweisung\\p{L}{0,2}', '(?:ausgangs|anfangs|start)prompt\\p{L}{0,2}', '(?:deine|ihre) (?:anweisungen|instruktionen|vorgaben|prompt-?texte?|prompts?)', '(?:deinen|ihren) (?:prompt|systemprompt)', '(?:ursprunglich|anfanglich|versteckt|geheim|intern)\\p{L}{0,2} (?:anweisungen|instruktionen|prompt|regeln)'] },
    soft: { words: ['(?:deine|ihre) (?:regeln|richtlinien)', 'den text (?:oben|daruber)', 'alles (?:oben|davor)'] },
    guardRef: { words: ['hutest', 'schutzt', 'versteckst', 'bewahrst', 'geheim haltst', 'bekommen hast', 'erhalten hast', 'anvertraut'] },
    secret: { words: ['(?:welches|das|dieses) wort,? (?:das )?(?:du|darfst du) (?:\\p{L}{1,15} ){0,4}(?:nicht|niemals|nie|auf keinen fall) (?:\\p{L}{1,15} ){0,2}(?:verraten|sagen|nennen|schreiben)', 'welches wort darfst du', '(?:das |dein |ihr |unser )?(?:passwort|kennwort|geheimwort|geheimcode)', '(?:den )?geheimen schlussel', 'das geheimnis', 'geheim\\p{L}{0,3} wort\\p{L}{0,3}'] },
    verbatim: { words: ['genau so', 'unverandert', 'ohne (?:etwas |was |irgendwas )?zu andern', 'wortlich', 'wort fur wort', 'vollstandig', 'komplett'] },
    confidential: { words: ['(?:geben sie|gib) (?:\\p{L}{1,15} ){0,2}?keine', 'nicht offen(?:legen|baren)', 'verrate (?:\\p{L}{1,15} ){0,3}niemandem', 'unter keinen umstanden', 'nicht (?:verraten|preisgeben|teilen|weitergeben|offenlegen|nennen)', '(?:gib|gibt|geben sie) (?:\\p{L}{1,15} ){0,3}(?:niemals|nie|nicht|keinesfalls) (?:\\p{L}{1,15} ){0,2}preis', '(?:niemals|nie|keinesfalls) (?:preisgeben|verraten|weitergeben)', 'verrate (?:\\p{L}{1,15} ){0,3}nicht', 'geheim', 'vertraulich'] },
  },
  pt: {
    reveal: { words: ['cola (?:aqui|ai)', 'manda', 'escrev\\p{L}{1,3}', 'coloc\\p{L}{1,3}', 'list\\p{L}{1,2}', 'cole', 'mostr\\p{L}{0,3}', 'revel\\p{L}{0,3}', '(?:me )?diga', 'imprim\\p{L}{0,3}', 'repit\\p{L}{0,3}', 'compartilh\\p{L}{0,3}', 'traduz\\p{L}{0,3}', 'resum\\p{L}{0,3}', 'me de', 'passe', 'copi\\p{L}{1,3}'] },
    ask: { words: ['qual (?:e|sao)', 'quale', 'quais sao', 'descreva', 'explique', 'confirm\\p{L}{0,5}', 'me diga', 'diga-me', 'me dizer'] },
    prompt: { words: ['texto (?:que (?:vem|esta|aparece) )?(?:antes|acima) d(?:e|a)? ?(?:esta conversa|a minha (?:primeira )?mensagem|minha (?:primeira )?mensagem|esta mensagem)', 'tudo (?:o )?que (?:esta|vem|aparece) (?:escrito )?(?:antes|acima) d(?:e|a)? ?(?:esta conversa|a minha (?:primeira )?mensagem|minha (?:primeira )?mensagem|esta mensagem)', '(?:sua|tua) mensagem (?:inicial|de configuracao|de sistema|original)', '(?:regras|instrucoes|diretrizes|orientacoes) que (?:te deram|lhe deram|voce recebeu|passaram para voce|te passaram)', 'regras que (?:voce )?(?:deve|tem que) seguir', 'prompt (?:original|inicial|oculto|secreto)', '(?:que|quais) (?:instrucoes|regras|diretrizes) (?:voce recebeu|te deram|recebeste)', 'prompt do sistema', 'mensagem do sistema', 'instrucoes (?:do sistema|iniciais|originais|ocultas|secretas|internas)', '(?:suas|tuas) instrucoes', '(?:seu|teu) prompt', 'instrucoes que (?:voce )?(?:recebeu|te deram|lhe deram)'] },
    soft: { words: ['(?:suas|tuas) regras', 'o texto acima'] },
    guardRef: { words: ['guardas', 'proteges', 'escondes', 'recebeste', 'tem guardad[ao]', 'voce (?:guarda|protege|esconde|recebeu)'] },
    secret: { words: ['(?:a )?palavra (?:que )?(?:voce )?(?:protege|guarda|nao pode dizer)', '(?:a |sua |tua |nossa )?senha', '(?:a )?palavra[- ]passe', '(?:a )?chave secreta', '(?:a )?palavra secreta', 'o segredo'] },
    verbatim: { words: ['sem mudar nada', 'exatamente', 'tal como', 'palavra por palavra', 'literalmente', 'na integra', 'completo', 'sem resumir', 'inclua tudo'] },
    confidential: { words: ['nao (?:a |o )(?:revele|compartilhe|divulgue|diga|mostre)', 'nunca (?:a |o )?(?:revele|diga)', 'nao (?:revele|compartilhe|divulgue|diga|mostre)', 'secret[ao]', 'confidencial'] },
  },
  it: {
    reveal: { words: ['metti', 'elenca\\p{L}{0,3}', 'riporta\\p{L}{0,3}', 'mi riporti', 'fai vedere', 'scrivi\\p{L}{0,3}', 'copia\\p{L}{0,2}', 'mostr\\p{L}{0,3}', 'rivel\\p{L}{0,3}', 'dimmi', 'stamp\\p{L}{0,3}', 'ripet\\p{L}{0,3}', 'condividi', 'tradu\\p{L}{0,4}', 'riassum\\p{L}{0,3}', 'dammi'] },
    ask: { words: ['qual (?:e|sono)', 'quali sono', 'descrivi', 'spiega', 'conferm\\p{L}{0,5}', 'dirmi', 'dimmi', 'mi dica'] },
    prompt: { words: ['(?:tutto )?(?:quello|cio) che (?:c.e|e|sta|trovi) (?:scritto )?(?:sopra|prima (?:di|del) (?:questa conversazione|questo messaggio|(?:il )?mio (?:primo )?messaggio|questa chat))', 'testo che (?:precede|viene prima di|sta prima di|c.e prima di) (?:questa conversazione|questo messaggio|(?:il )?mio (?:primo )?messaggio|questa chat)', '(?:il )?tuo messaggio (?:iniziale|di configurazione|di sistema|originale)', 'quello di configurazione', '(?:istruzioni|regole|linee guida|direttive) che ti hanno (?:dato|date|dato prima|fornito)', '(?:che|quali) linee guida ti hanno dato', 'regole che (?:devi|dovresti) (?:seguire|rispettare)', 'prompt (?:originale|iniziale|nascosto|segreto)', 'istruzioni che hai ricevuto', 'come ti hanno configurat[ao]', '(?:quali|che) (?:istruzioni|regole|direttive) (?:hai ricevuto|ti hanno dato|ti sono state date)', 'prompt di sistema', 'messaggio di sistema', 'istruzioni (?:di sistema|iniziali|originali|nascoste|segrete|interne)', '(?:tue|sue) istruzioni', '(?:il )?tuo prompt'] },
    soft: { words: ['(?:le )?tue regole', 'il testo (?:sopra|precedente)'] },
    guardRef: { words: ['custodisci', 'proteggi', 'nascondi', 'tieni segret[ao]', 'ti hanno dato'] },
    secret: { words: ['(?:la )?parola (?:che )?(?:proteggi|custodisci|non puoi dire)', '(?:la |tua |nostra )password', '(?:la )?parola d.ordine', '(?:la )?chiave segreta', '(?:la )?parola segreta', 'il segreto'] },
    verbatim: { words: ['senza cambiare (?:niente|nulla)', 'cosi com.e', 'esattamente', 'parola per parola', 'testualmente', 'integralmente', 'alla lettera'] },
    confidential: { words: ['non (?:rivelar|condivider|divulgar|dir|mostrar)\\p{L}{1,4}', 'mai rivelar\\p{L}{0,4}', 'non (?:rivelare|condividere|divulgare|dire|mostrare)', 'segret[oa]', 'riservat\\p{L}'] },
  },
  nl: {
    reveal: { words: ['schrijf', 'zet', 'kopieer', 'som (?:\\p{L}{1,15} ){0,2}op', 'vat (?:\\p{L}{1,15} ){0,3}samen', 'toon', 'laat (?:\\p{L}{1,20} ){0,3}zien', 'onthul', 'vertel', 'geef', 'noem', 'herhaal', 'print', 'deel', 'vertaal', 'spel'] },
    ask: { words: ['wat (?:is|zijn|was)', 'beschrijf', 'leg uit'] },
    prompt: { words: ['(?:je|jouw) (?:allereerste|eerste) bericht', 'opstartinstructies', '(?:regels|richtlijnen)(?: of (?:regels|richtlijnen))? (?:moet jij|moet je|moet u) (?:volgen|naleven)', 'instructies die je (?:vooraf|vooraf hebt|eerder) (?:kreeg|gekregen)', 'tekst van (?:voor|voor) (?:dit gesprek|mijn bericht)', 'tekst (?:die )?(?:voor|boven) (?:dit gesprek|mijn (?:eerste )?bericht|dit bericht|deze chat)(?: staat| stond| kwam)?', 'alles wat (?:er )?(?:boven|voor) (?:dit gesprek|mijn (?:eerste )?bericht|dit bericht|deze chat) (?:staat|stond)', '(?:instructies|regels|richtlijnen) die je (?:hebt )?(?:gekregen|ontvangen|meekreeg|meegekregen)', '(?:je|jouw) (?:eerste|oorspronkelijke|openings)bericht', '(?:je|jouw) (?:oorspronkelijke|originele) (?:instructies|prompt)', 'welke (?:instructies|regels|richtlijnen) (?:heb je|heeft u|kreeg je|zijn je) (?:gekregen|ontvangen|gegeven)', 'systeemprompt', 'systeembericht', '(?:je|jouw|uw) (?:instructies|prompt)', '(?:oorspronkelijke|initiele|verborgen|geheime) (?:instructies|prompt)'] },
    soft: { words: ['(?:je|jouw|uw) regels', 'de tekst hierboven'] },
    guardRef: { words: ['bewaakt', 'beschermt', 'verbergt', 'geheim houdt', 'gekregen (?:hebt|heeft)', '(?:hebt|heeft) gekregen'] },
    secret: { words: ['(?:het |je |jouw |ons )?wachtwoord', 'geheime (?:sleutel|code|woord)', 'het geheim'] },
    verbatim: { words: ['zonder iets te veranderen', 'precies', 'letterlijk', 'woord voor woord', 'volledig'] },
    confidential: { words: ['nooit (?:zeggen|vertellen|onthullen|verklappen)', 'zeg (?:\\p{L}{1,15} ){0,3}nooit', 'niet (?:onthullen|delen|vertellen|prijsgeven)', 'onthul (?:\\p{L}{1,15} ){0,3}niet', 'geheim', 'vertrouwelijk'] },
  },
  pl: {
    reveal: { words: ['wyswietl', 'dawaj', 'napisz', 'skopiuj', 'wymien', 'przepisz', 'wklej', 'zacytuj', 'streszcz', 'pokaz', 'ujawnij', 'powiedz', 'wypisz', 'wydrukuj', 'powtorz', 'podaj', 'przetlumacz', 'udostepnij'] },
    ask: { words: ['jakie (?:sa|jest)', 'jaki jest', 'jaka jest', 'opisz', 'wyjasnij'] },
    prompt: { words: ['(?:twoja|swoja|twoje|swoje) (?:pierwsz[aey]|poczatkow[aey]|oryginaln[aey]) (?:wiadomosc|instrukcje|polecenia)', '(?:instrukcje|polecenia|wytyczne),? (?:ktore|jakie) (?:dostal(?:es|as)|otrzymal(?:es|as)|masz)', 'jakie masz wytyczne', 'tekst (?:przed|powyzej) (?:ta rozmowa|moja (?:pierwsza )?wiadomoscia|ta wiadomoscia)', 'wszystko,? co (?:jest|bylo) (?:napisane )?(?:powyzej|przed) (?:ta|moja)', 'instrukcje,? (?:ktore|jakie) (?:otrzymal(?:es|as)|dostal(?:es|as)|ci (?:dano|dali))', 'zasady,? (?:ktore|jakie) (?:ci (?:dano|dali)|musisz przestrzegac|otrzymal(?:es|as)|dostal(?:es|as))', '(?:twoja|swoja) (?:pierwsza|poczatkowa) wiadomosc', 'prompt\\p{L}{0,2} systemow\\p{L}{0,3}', 'komunikat systemowy', '(?:twoje|swoje) (?:instrukcje|polecenia)', '(?:poczatkowe|pierwotne|ukryte|tajne) (?:instrukcje|polecenia)'] },
    soft: { words: ['(?:twoje|swoje) zasady', 'tekst powyzej'] },
    secret: { words: ['hasl[oa]', 'haslem', 'tajne haslo', 'sekret'] },
    verbatim: { words: ['bez (?:zadnych )?zmian', 'dokladnie', 'doslownie', 'slowo w slowo', 'w calosci'] },
    confidential: { words: ['nikomu', 'nie (?:ujawniaj|udostepniaj|mow|zdradzaj|podawaj)', 'tajn\\p{L}{0,2}', 'poufn\\p{L}{0,2}'] },
  },
  tr: {
    reveal: { words: ['yaz\\p{L}{0,3}', 'kopyala\\p{L}{0,3}', 'listele\\p{L}{0,3}', 'ozetle\\p{L}{0,3}', 'aktar\\p{L}{0,3}', 'goster\\p{L}{0,4}', 'acikla\\p{L}{0,4}', 'soyle\\p{L}{0,4}', 'yazdir\\p{L}{0,4}', 'tekrarla\\p{L}{0,4}', 'paylas\\p{L}{0,4}', 'cevir\\p{L}{0,4}', 'ver'] },
    ask: { words: ['nedir', 'nelerdir', 'nasildir', 'anlat', 'dogrula\\p{L}{0,8}', 'onayla\\p{L}{0,8}', 'soyle\\p{L}{0,8}'] },
    prompt: { words: ['(?:kurulum|yapilandirma|baslangic) mesaj\\p{L}{0,3}', '(?:orijinal|asil|ilk) talimat\\p{L}{0,5}', '(?:hangi )?kurallara uy(?:man|maniz) (?:soylendi|istendi)', '(?:mesajin|mesajinin) ustundeki her sey', '(?:konusmadan|sohbetten|mesajdan|mesajimdan) (?:once|onceki)(?:ki)? (?:metin|talimat|yazi|her sey)\\p{L}{0,4}', 'verilen (?:talimat|kural|yonerge)\\p{L}{0,5}', 'aldigin (?:talimat|kural|yonerge)\\p{L}{0,5}', 'ilk mesajin\\p{L}{0,2}', 'sistem (?:istem|mesaj|talimat|prompt)\\p{L}{0,6}', 'talimatlarin\\p{L}{0,2}', '(?:ilk|orijinal|gizli) talimat\\p{L}{0,4}'] },
    soft: { words: ['kurallarin\\p{L}{0,2}', 'yukaridaki metin\\p{L}{0,2}'] },
    secret: { words: ['sifre\\p{L}{0,4}', 'parola\\p{L}{0,4}', 'gizli anahtar\\p{L}{0,4}'] },
    verbatim: { words: ['degistirmeden', 'oldugu gibi', 'kelimesi kelimesine', 'aynen', 'tamamen'] },
    confidential: { words: ['kimseye (?:soyleme|verme|gosterme|acma)', 'acma', 'paylasma', 'soyleme', 'ifsa etme\\p{L}{0,4}', 'paylasmay\\p{L}{1,4}', 'soylemey\\p{L}{1,4}', 'gizli'] },
  },
  id: {
    reveal: { words: ['tunjukkan', 'tampilkan', 'ungkapkan', 'beritahu', 'sebutkan', 'cetak', 'ulangi', 'bagikan', 'terjemahkan'] },
    ask: { words: ['apa (?:itu|saja|isi)', 'jelaskan', 'konfirmasi\\p{L}{0,3}', 'beri ?tahu'] },
    prompt: { words: ['prompt sistem', 'pesan sistem', 'instruksi (?:awal|asli|sistem|tersembunyi|rahasia)', 'instruksimu', 'instruksi anda'] },
    soft: { words: ['aturanmu', 'aturan anda', 'teks di atas'] },
    secret: { words: ['kata sandi', 'sandi', 'kata kunci rahasia', 'rahasia'] },
    verbatim: { words: ['kata demi kata', 'persis', 'secara lengkap'] },
    confidential: { words: ['jangan (?:ungkapkan|bagikan|beritahu|sebutkan)', 'rahasia'] },
  },
  vi: {
    reveal: { words: ['cho (?:toi|minh) (?:biet|xem)', 'hien thi', 'tiet lo', 'in ra', 'lap lai', 'chia se', 'dich'] },
    ask: { words: ['la gi', 'giai thich', 'xac nhan', 'cho (?:toi|minh) biet'] },
    prompt: { words: ['loi nhac he thong', 'prompt he thong', 'huong dan (?:ban dau|goc|he thong|an)', 'huong dan cua ban'] },
    soft: { words: ['quy tac cua ban', 'van ban o tren'] },
    secret: { words: ['mat khau', 'ma bi mat', 'bi mat'] },
    verbatim: { words: ['nguyen van', 'tung chu', 'day du'] },
    confidential: { words: ['khong (?:tiet lo|chia se|noi)', 'bi mat'] },
  },
  sv: {
    // "Visa" alone is also the English noun ("what were you told about the visa?").
    reveal: { words: ['visa (?:mig|oss|din|dina|ditt|hela|allt|alla|den|det|de)', 'skriv ut', 'skriv (?:ner|av)', 'beratta', 'avsloja', 'upprepa', 'citera', 'dela', 'oversatt', 'ge mig'] },
    ask: { words: ['vad (?:ar|star)', 'beskriv', 'forklara'] },
    prompt: { words: ['systemprompt\\p{L}{0,3}', 'systemmeddelande\\p{L}{0,3}', '(?:dina|era) (?:instruktioner|anvisningar|direktiv)', '(?:ursprungliga|initiala|dolda|hemliga|interna) (?:instruktioner|prompt\\p{L}{0,3}|regler|anvisningar)'] },
    soft: { words: ['dina regler', 'texten ovan'] },
    secret: { words: ['losenord\\p{L}{0,3}', 'hemlig(?:a)? (?:nyckel|nyckeln|kod|koden)'] },
    verbatim: { words: ['ordagrant', 'ord for ord', 'i sin helhet', 'fullstandigt'] },
    confidential: { words: ['(?:avsloja|dela|beratta) (?:\\p{L}{1,15} ){0,2}inte', 'hemlig(?:t|a)?', 'konfidentiell(?:t|a)?'] },
  },
  no: {
    reveal: { words: ['vis(?: meg)?', 'skriv ut', 'fortell(?: meg)?', 'avslor', 'gjenta', 'siter', 'oversett', 'gi meg'] },
    ask: { words: ['hva (?:er|star)', 'beskriv', 'forklar'] },
    prompt: { words: ['systemprompt\\p{L}{0,3}', 'systemmelding\\p{L}{0,3}', '(?:dine) (?:instruksjoner|instrukser|direktiver)', '(?:instruksjonene|instruksene) dine', '(?:opprinnelige|skjulte|hemmelige|interne) (?:instruks(?:jon|joner|jonene|er|ene)|prompt\\p{L}{0,3}|regl(?:er|ene))'] },
    soft: { words: ['reglene dine', 'teksten ovenfor'] },
    secret: { words: ['passord\\p{L}{0,3}', 'hemmelig(?:e)? (?:nokkel|nokkelen|kode|koden)'] },
    verbatim: { words: ['ordrett', 'ord for ord', 'i sin helhet', 'fullstendig'] },
    confidential: { words: ['ikke (?:avslor|del|fortell)', 'hemmelig(?:e)?', 'konfidensiell(?:e)?'] },
  },
  da: {
    reveal: { words: ['vis(?: mig)?', 'skriv (?:\\p{L}{1,15} ){0,5}ud', 'fortæl(?: mig)?', 'afslor', 'gentag', 'citer', 'oversæt', 'giv mig'] },
    ask: { words: ['hvad (?:er|star)', 'beskriv', 'forklar'] },
    prompt: { words: ['systemprompt\\p{L}{0,3}', 'systembesked\\p{L}{0,3}', 'dine (?:instruktioner|instrukser|direktiver)', '(?:oprindelige|skjulte|hemmelige|interne) (?:instruktioner|instrukser|prompt\\p{L}{0,3}|regler)', 'den skjulte prompt'] },
    soft: { words: ['dine regler', 'teksten ovenfor'] },
    secret: { words: ['adgangskode\\p{L}{0,2}', 'kodeord\\p{L}{0,3}', 'hemmelig(?:e)? (?:nogle|kode)'] },
    verbatim: { words: ['ordret', 'ord for ord', 'i sin helhed', 'fuldstændig'] },
    confidential: { words: ['ikke (?:afslor|del|fortæl)', 'hemmelig(?:e)?', 'fortrolig(?:e|t)?'] },
  },
  fi: {
    reveal: { words: ['nayta', 'tulosta', 'kerro', 'paljasta', 'toista', 'kirjoita', 'lainaa', 'jaa', 'kaanna'] },
    ask: { words: ['mika on', 'mita (?:lukee|sanotaan)', 'kuvaile', 'selita'] },
    prompt: { words: ['jarjestelmakehote\\p{L}{0,4}', 'jarjestelmaviesti\\p{L}{0,3}', '(?:alkuperai|piilote|salai|sisai)\\p{L}{1,6} (?:ohje|kehot)\\p{L}{0,6}', 'ohjee(?:si|nne)', 'ohjei(?:tasi|ssasi|si)', 'kehotteesi'] },
    soft: { words: ['saantosi', 'saantojasi', 'ylla oleva teksti'] },
    secret: { words: ['salasana\\p{L}{0,3}', 'salainen (?:avain|koodi)'] },
    verbatim: { words: ['sanasta sanaan', 'sanatarkasti', 'kokonaan', 'sellaisenaan'] },
    confidential: { words: ['ala (?:paljasta|kerro|jaa)', 'salai\\p{L}{1,4}', 'luottamuksellinen'] },
  },
  cs: {
    reveal: { words: ['ukaz(?: mi)?', 'vypis(?: mi)?', 'rekni(?: mi)?', 'prozrad', 'odhal', 'zopakuj', 'napis(?: mi)?', 'cituj', 'sdil', 'preloz'] },
    ask: { words: ['co (?:je|jsou|stoji)', 'popis', 'vysvetli'] },
    prompt: { words: ['systemov\\p{L}{1,3} (?:prompt|zprav|pokyn|instrukc)\\p{L}{0,3}', '(?:sv|tv)(?:e|ych|oje) (?:puvodni |skryte |interni )?(?:instrukce|pokyny|prompt)', '(?:puvodn|skryt|tajn|intern)\\p{L}{1,3} (?:instrukc|pokyn|prompt|pravid)\\p{L}{0,3}'] },
    soft: { words: ['(?:sva|tva) pravidla', 'text vyse'] },
    secret: { words: ['heslo', 'hesla', 'tajn\\p{L}{1,3} (?:klic|kod)\\p{L}{0,2}'] },
    verbatim: { words: ['doslova', 'doslovne', 'slovo od slova', 'kompletne', 'cely'] },
    confidential: { words: ['neprozrazuj', 'nesdilej', 'tajn\\p{L}{1,3}', 'duvern\\p{L}{1,3}'] },
  },
  sk: {
    reveal: { words: ['ukaz(?: mi)?', 'vypis(?: mi)?', 'povedz(?: mi)?', 'prezrad', 'odhal', 'zopakuj', 'napis(?: mi)?', 'cituj', 'zdiel\\p{L}{0,2}', 'preloz'] },
    ask: { words: ['co (?:je|su)', 'popis', 'vysvetli'] },
    prompt: { words: ['systemov\\p{L}{1,3} (?:prompt|sprav|pokyn|instrukci)\\p{L}{0,3}', '(?:sv|tv)(?:oje|e|ojich) (?:povodne |skryte |interne )?(?:instrukcie|pokyny|prompt)', '(?:povodn|skryt|tajn|intern)\\p{L}{1,3} (?:instrukci|pokyn|prompt|pravidl)\\p{L}{0,3}'] },
    soft: { words: ['svoje pravidla', 'text vyssie'] },
    secret: { words: ['heslo', 'hesla', 'tajn\\p{L}{1,3} (?:kluc|kod)\\p{L}{0,2}'] },
    verbatim: { words: ['doslova', 'slovo po slove', 'kompletne', 'cely'] },
    confidential: { words: ['neprezradzuj', 'nezdielaj', 'tajn\\p{L}{1,3}', 'doverne'] },
  },
  ro: {
    reveal: { words: ['arata(?:-mi)?', 'afiseaza', 'spune(?:-mi)?', 'dezvaluie', 'repeta', 'scrie(?:-mi)?', 'citeaza', 'tipareste', 'tradu', 'partajeaza'] },
    ask: { words: ['care (?:este|sunt|e)', 'descrie', 'explica'] },
    prompt: { words: ['promptul (?:de |tau de )?sistem', 'mesajul de sistem', 'instructiunile (?:tale|initiale|originale|ascunse|secrete|de sistem)', '(?:prompt|instructiuni)(?:le|ul)? (?:tale|tau) (?:initiale?|originale?|ascunse?)'] },
    soft: { words: ['regulile tale', 'textul de mai sus'] },
    secret: { words: ['parol(?:a|ele)', 'cheia secreta', 'codul secret'] },
    verbatim: { words: ['cuvant cu cuvant', 'in intregime'] },
    confidential: { words: ['nu (?:dezvalui|spune|impartasi)', 'secret\\p{L}{0,2}', 'confidential\\p{L}{0,2}'] },
  },
  hu: {
    reveal: { words: ['mutasd meg', 'mutasd', 'ird ki', 'ird le', 'mondd el', 'mondd meg', 'fedd fel', 'ismeteld meg', 'idezd', 'forditsd le', 'oszd meg'] },
    ask: { words: ['mi (?:az|a|volt)', 'ird le', 'magyarazd el'] },
    prompt: { words: ['rendszerprompt\\p{L}{0,4}', 'rendszeruzenet\\p{L}{0,4}', '(?:eredeti|rejtett|titkos|belso|kezdeti) (?:utasitas|prompt|szabaly)\\p{L}{0,6}', 'utasitasaid\\p{L}{0,2}', 'promptod\\p{L}{0,2}'] },
    soft: { words: ['szabalyaid\\p{L}{0,2}', 'a fenti szoveg\\p{L}{0,2}'] },
    secret: { words: ['jelszo\\p{L}{0,4}', 'titkos (?:kulcs|kod)\\p{L}{0,3}'] },
    verbatim: { words: ['szo szerint', 'szorol szora', 'teljes egeszeben', 'teljes terjedelmeben'] },
    confidential: { words: ['ne (?:fedd fel|mondd el|oszd meg)', 'titkos', 'bizalmas'] },
  },
  sw: {
    reveal: { words: ['nionyeshe', 'unionyeshe', 'onyesha', 'niambie', 'fichua', 'rudia', 'niandikie', 'andika', 'tafsiri', 'shiriki'] },
    ask: { words: ['ni nini', 'eleza'] },
    prompt: { words: ['maelekezo ya mfumo(?: wako)?', 'maagizo ya mfumo', 'maagizo yako(?: ya asili| yaliyofichwa)?', 'maelekezo yako(?: ya asili| yaliyofichwa)?', 'prompt ya mfumo'] },
    soft: { words: ['sheria zako', 'maandishi ya hapo juu'] },
    secret: { words: ['nenosiri', 'neno la siri', 'ufunguo wa siri'] },
    verbatim: { words: ['neno kwa neno', 'kamili', 'yote kama yalivyo'] },
    confidential: { words: ['usifichue', 'usishiriki', 'ni siri'] },
  },
  tl: {
    reveal: { words: ['ipakita(?: mo)?', 'ibunyag', 'sabihin(?: mo)?', 'ulitin', 'isulat', 'i-print', 'isalin', 'ibahagi'] },
    ask: { words: ['ano ang', 'ipaliwanag', 'ilarawan', 'kumpirmahin', 'sabihin'] },
    prompt: { words: ['system prompt', '(?:mga )?(?:orihinal|nakatagong|lihim) (?:mong |na )?(?:mga )?(?:tagubilin|instruksyon|utos)', '(?:mga )?tagubilin mo', 'iyong mga tagubilin'] },
    soft: { words: ['(?:mga )?patakaran mo', 'teksto sa itaas'] },
    secret: { words: ['lihim na (?:susi|code)'] },
    verbatim: { words: ['salita por salita', 'salita sa salita', 'nang buo', 'eksakto'] },
    confidential: { words: ['huwag (?:ibunyag|ibahagi|sabihin)', 'lihim', 'kumpidensyal'] },
  },
  ms: {
    reveal: { words: ['tunjukkan', 'paparkan', 'dedahkan', 'beritahu', 'sebutkan', 'cetak', 'ulangi', 'tulis semula', 'tuliskan', 'kongsikan', 'terjemahkan'] },
    ask: { words: ['apa(?:kah)? (?:itu|isi)', 'terangkan'] },
    prompt: { words: ['gesaan sistem(?: anda)?', 'mesej sistem', 'arahan (?:asal|awal|sistem|tersembunyi|rahsia)(?: anda)?', 'arahan anda'] },
    soft: { words: ['peraturan anda', 'teks di atas'] },
    secret: { words: ['kata laluan', 'kunci rahsia', 'kod rahsia'] },
    verbatim: { words: ['perkataan demi perkataan', 'kata demi kata', 'sepenuhnya', 'secara lengkap'] },
    confidential: { words: ['jangan (?:dedahkan|kongsikan|beritahu)', 'rahsia', 'sulit'] },
  },
}

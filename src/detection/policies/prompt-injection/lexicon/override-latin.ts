import type { Lexicon } from './languages.js'

/**
 * Signal classes of an instruction override, per language:
 * - verb: an imperative that cancels or sidesteps (ignore, forget, do not follow, are void)
 * - weakVerb: verbs that override only in context (skip, drop, reset, replace)
 * - target: what is being cancelled when it belongs to the model (instructions, rules,
 *   system prompt, guidelines, restrictions, filters)
 * - weakTarget: generic nouns that need a scope to count (text, context, task, everything)
 * - scope: words that point at the model's existing instructions (previous, above, your,
 *   original, all)
 * - weakScope: determiners that only help (any, these, other)
 * - anchor: scope phrases that stand for the instructions on their own ("the above",
 *   "everything before this")
 * - self: the user pointing at their own earlier words ("my", "what I said"), which turns
 *   an override into an ordinary correction
 * Latin-script languages, folded (lower-case, no diacritics).
 */
export type OverrideClass = 'verb' | 'weakVerb' | 'target' | 'weakTarget' | 'scope' | 'weakScope' | 'anchor' | 'self'

const W = '\\p{L}{1,20}'

export const OVERRIDE_LATIN: Lexicon<OverrideClass> = {
  en: {
    verb: {
      words: [
        'ignor(?:e|es|ed|ing)?', 'disregard(?:s|ed|ing)?', 'forget(?:s|ting)?', 'forgot(?:ten)?', 'overrid(?:e|es|ing|den)', 'overwrit(?:e|es|ing|ten)',
        'bypass(?:es|ed|ing)?', 'circumvent(?:s|ed|ing)?', 'nullif(?:y|ies|ied)', 'invalidat(?:e|es|ed)', 'supersed(?:e|es|ed|ing)', 'revok(?:e|es|ed)',
        'rescind(?:s|ed)?', 'discard(?:s|ed|ing)?', 'neglect', 'dismiss', 'abandon', 'ditch', 'scrap', 'throw (?:out|away)', 'set aside', 'put aside',
        'pay no (?:attention|heed|mind)(?: to)?', 'take no (?:notice|account) of',
        // Idioms of the same act: set the instructions aside without naming a cancel verb.
        'overlook(?:s|ed|ing)?', 'brush(?:es|ed|ing)? (?:off|aside)', 'let(?:ting)? go of', 'skip(?:s|ped|ping)? over', 'pass(?:es|ed|ing)? over', 'gloss(?:es|ed|ing)? over',
        'wave (?:off|away|aside)', 'shrug off', 'tune out', 'turn a blind eye to', '(?:leave|push|sweep|cast|toss) aside', 'give no (?:heed|weight|regard) to', 'think nothing of', 'do not (?:follow|obey|heed|listen to|adhere to|comply with|respect|honou?r|apply)',
        "don't (?:follow|obey|heed|listen to|adhere to|comply with|respect|honou?r|apply)", 'stop (?:following|obeying|adhering to|listening to|complying with|using)',
        'no longer (?:follow|obey|adhere to|comply with|bound by|need to follow|have to follow|apply|applies|valid|in effect)',
        '(?:is|are) (?:now |hereby )?(?:void|nullified|invalidated|cancell?ed|revoked|obsolete|overridden|superseded|rescinded|lifted|suspended|deactivated|disabled|no longer valid)',
        '(?:have|has) been (?:lifted|removed|revoked|disabled|suspended|deactivated|waived|cancell?ed|overridden|rescinded|voided)', '(?:suspended|lifted|revoked|disabled|deactivated|waived|overridden) (?:for|until|effective|immediately|now)', 'do(?:es)? not apply', 'unlearn', 'free yourself from', 
        // Ranking over the instructions instead of cancelling them: "has higher priority than anything before it".
        '(?:takes?|taking|has|have|with|gets?|given|carr(?:y|ies)) (?:a |the )?(?:higher|highest|top|absolute|overriding|greater|more|full) (?:priority|precedence|authority) (?:than|over)', '(?:takes?|taking) precedence over', 'outrank(?:s|ing)?', 'break free (?:of|from)', 'instead of (?:following|obeying)',
      ],
    },
    weakVerb: {
      words: [
        'skip', 'drop', 'clear', 'reset', 'erase', 'wipe', 'delete', 'remove', 'replace', 'cancel', 'disable', 'deactivate', 'turn off', 'switch off',
        'lift', 'suspend', 'escape', 'regardless of', 'irrespective of', 'contrary to', 'get rid of', 'leave behind', 'move past', 'not bound by', 'without regard (?:to|for)',
      ],
    },
    target: {
      words: [
        'instructions?', 'instruct(?:ons|ions|ins|tions)', 'intructions?', 'instructed', 'directions', 'directives?', 'rules?', 'guidelines?', 'guidance', 'guard ?rails?', 'polic(?:y|ies)', 'prompts?',
        'system (?:prompt|message|instructions?|rules|directives?)', 'pre-?prompts?', 'meta-?prompts?', 'programming', 'constraints?', 'restrictions?',
        // Other names of the instructions the model was set up with.
        '(?:setup|set-up|configuration|config|startup|boot) (?:text|message|prompt|instructions?|notes)', 'preambles?', 'briefings?', 'boundaries', 'marching orders', 'mandates?', 'ground rules',
        'limitations?', 'filters?', 'filtering', 'safeguards?', 'safety (?:measures|protocols?|settings|features|guidelines|rules|training|filters?)',
        'moderation', 'censorship', 'orders', 'commands', 'conditioning', 'protocols?', 'persona', 'content polic(?:y|ies)',
        'ethical (?:guidelines|constraints|principles|boundaries)', 'everything (?:you (?:were|have been|\'ve been) (?:told|given|taught|instructed|programmed))',
        'what (?:you (?:were|have been|\'ve been) (?:told|given|taught|instructed|programmed))',
        // Whoever set the model up, named as the source: "what the developer said earlier".
        'what (?:the |your )?(?:developers?|creators?|makers?|operators?|admins?|administrators?|owners?|company|system) (?:said|told you|wrote|instructed|gave you|set up|programmed)',
      ],
    },
    weakTarget: {
      words: [
        'context', 'text', 'content', 'inputs?', 'messages?', 'conversation', 'chat', 'history', 'tasks?', 'assignments?', 'objectives?', 'goals?',
        'role', 'character', 'settings', 'configuration', 'requirements?', 'everything', 'anything', 'ethics', 'morals', 'principles', 'values', 'training',
        'document', 'data', 'info(?:rmation)?', 'article', 'resume', 'email', 'page', 'the rest', 'summary', 'translation', 'question', 'request', 'summari[sz]ing', 'translating',
      ],
    },
    scope: {
      words: [
        'previous(?:ly)?', 'previus', 'prevous', 'prior', 'above', 'earlier', 'preceding', 'foregoing', 'former', 'before', 'so far', 'up to (?:now|this point)', 'until now',
        'your', 'yours', 'original', 'initial', 'old', 'existing', 'default', 'built-?in', 'pre-?programmed', 'hard-?coded', 'hidden',
        'system', 'underlying', 'preset', 'pre-?set', 'usual', 'standard', 'openai', 'anthropic', 'all', 'every', 'the rest of',
      ],
    },
    weakScope: { words: ['given', 'any', 'these', 'those', 'other', 'following', 'current', 'each', 'last', 'past', 'that', 'this'] },
    anchor: {
      words: [
        'the (?:above|previous|prior|preceding|foregoing)', 'all (?:of )?(?:the )?above', 'everything (?:above|before|prior|so far|up to (?:now|this point))',
        'anything (?:above|before|prior)', 'all (?:that|of that) came before', 'what (?:came|was (?:said|written)|is written) (?:before|above)',
        'everything (?:else )?(?:you (?:were|have been|\'ve been) (?:told|given))', 'all prior', 'all previous', 'everything (?:that was )?(?:said|written) (?:before|earlier|above)', 'the rest of (?:this|the) (?:data|text|document|input|content|info(?:rmation)?)',
      ],
    },
    self: {
      words: [
        'my', 'mine', 'i (?:said|wrote|asked|mentioned|typed|sent|gave|told you|requested|suggested|just said|posted)', 'i\'ve (?:said|written|asked|mentioned|sent)',
        'we (?:discussed|talked about|agreed)', 'our (?:earlier|previous) (?:discussion|conversation|chat)',
      ],
    },
  },
  es: {
    verb: {
      words: [
        'ignor(?:a|e|en|ad|ar|ando|es)', 'olvid(?:a|e|en|ad|ar|ate|ese|ando)', 'descart(?:a|e|en|ad|ar)', 'omit(?:e|a|an|id|ir)', 'pas(?:a|e|en) por alto',
        'ha(?:z|ga|gan) caso omiso', 'no (?:sigas|siga|sigan|obedezcas|obedezca|cumplas|cumpla|hagas caso|respetes|tengas en cuenta)', 'deja de (?:seguir|obedecer|cumplir)',
        'anul(?:a|e|ar)', 'sobrescrib(?:e|a|ir)', 'invalid(?:a|e|ar)', 'desobedec(?:e|er)', 'elud(?:e|a|ir)', 'evad(?:e|a|ir)',
        'ya no (?:sigas|aplican|son validas|estan vigentes)', 'quedan? (?:anuladas?|sin efecto|invalidadas?)', 'sin efecto',
      ],
    },
    weakVerb: { words: ['salta(?:te)?', 'desactiv(?:a|e|ar)', 'elimin(?:a|e|ar)', 'reemplaz(?:a|e|ar)', 'sin importar'] },
    target: {
      words: [
        'instruccion(?:es)?', 'indicaciones', 'reglas', 'normas', 'directrices', 'pautas', 'ordenes', 'comandos', 'directivas', 'prompts?',
        'mensaje del sistema', 'restricciones', 'limitaciones', 'filtros', 'politicas', 'lineamientos', 'programacion', 'consignas',
        'lo que te (?:dijeron|indicaron|ordenaron|programaron)',
      ],
    },
    weakTarget: { words: ['contexto', 'texto', 'todo', 'tareas?', 'conversacion', 'mensajes?', 'documento', 'datos', 'el resto'] },
    scope: {
      words: [
        'anterior(?:es)?', 'previ(?:o|a|os|as)', 'precedentes', 'de arriba', 'arriba', 'todas?', 'todos', 'tus', 'tu', 'sus', 'originales?', 'iniciales?',
        'hasta ahora', 'antes', 'del sistema', 'previamente', 'dadas', 'recibidas',
      ],
    },
    weakScope: { words: ['cualquier', 'estas', 'esas', 'otras', 'siguientes'] },
    anchor: { words: ['lo anterior', 'lo de arriba', 'todo lo anterior', 'todo lo que (?:te )?(?:dijeron|indicaron)', 'lo que se (?:dijo|escribio) (?:antes|arriba|anteriormente)'] },
    self: { words: ['mis?', 'lo que (?:te )?(?:dije|escribi|pedi)'] },
  },
  fr: {
    verb: {
      words: [
        'ignor(?:e|ez|er|es|ons)', 'oubli(?:e|ez|er|es|ons)', 'ne (?:tiens|tenez|tenons) (?:pas|plus) compte', 'ne (?:suis|suivez) (?:pas|plus)',
        'n\'obei(?:s|ssez) (?:pas|plus)', 'ne respect(?:e|ez) (?:pas|plus)', 'fai(?:s|tes) abstraction', 'neglig(?:e|ez|er)', 'contourn(?:e|ez|er)',
        'outrepass(?:e|ez|er)', 'pass(?:e|ez) outre', 'arret(?:e|ez) de suivre', 'annul(?:e|ez|er)', 'ecras(?:e|ez|er)', 'laiss(?:e|ez) tomber',
        'ne sont plus (?:valables|valides|en vigueur)', 'sont (?:annulees|caduques|nulles)',
      ],
    },
    weakVerb: { words: ['remplac(?:e|ez|er)', 'desactiv(?:e|ez|er)', 'ecart(?:e|ez|er)', 'supprim(?:e|ez|er)', 'saut(?:e|ez)', 'peu importe', 'sans tenir compte'] },
    target: {
      words: [
        'instructions?', 'consignes?', 'directives?', 'regles?', 'indications', 'ordres', 'commandes', 'prompts?', 'invite systeme', 'message systeme',
        'restrictions?', 'limitations?', 'filtres?', 'politiques?', 'lignes directrices', 'programmation', 'ce qu.on (?:t|vous).a dit',
      ],
    },
    weakTarget: { words: ['contexte', 'texte', 'tout', 'tache', 'conversation', 'messages?', 'document', 'donnees', 'le reste'] },
    scope: {
      words: [
        'precedent(?:e|es|s)?', 'anterieur(?:e|es|s)?', 'ci-dessus', 'plus haut', 'toutes?', 'tous', 'tes', 'vos', 'ton', 'votre', 'initial(?:e|es|s)?',
        'd\'origine', 'originales?', 'jusqu\'ici', 'jusqu\'a present', 'avant', 'du systeme', 'prealables?', 'recues',
      ],
    },
    weakScope: { words: ['ces', 'autres', 'suivantes', 'n\'importe quelle'] },
    anchor: { words: ['ce qui precede', 'tout ce qui precede', 'tout ce qui est (?:au-dessus|ci-dessus)', 'tout ce qu.on t.a dit', 'ce qui a ete dit (?:avant|precedemment|plus haut)'] },
    self: { words: ['mes', 'ma', 'mon', 'ce que j.ai (?:dit|ecrit|demande)'] },
  },
  de: {
    verb: {
      words: [
        'ignorier(?:e|en|t|st)?', 'vergiss', 'vergesst', 'vergessen sie', 'vergesse', 'missacht(?:e|en|et)', 'ubergeh(?:e|en)?', 'ubersprin(?:g|ge|gen)', 'umgeh(?:e|en)?',
        'verwirf', 'verwerfen sie', 'setze (?:' + W + ' ){0,3}au(?:ss|ß)er kraft', 'au(?:ss|ß)er kraft setzen', 'befolge (?:' + W + ' ){0,4}nicht', 'befolgen sie (?:' + W + ' ){0,4}nicht',
        'hor auf,? (?:' + W + ' ){0,3}zu befolgen', 'nicht mehr (?:befolgen|beachten|folgen)', 'beachte (?:' + W + ' ){0,4}nicht', 'lass (?:' + W + ' ){0,3}au(?:ss|ß)er acht',
        'lassen sie (?:' + W + ' ){0,3}au(?:ss|ß)er acht', 'uberschreib(?:e|en)?', 'sind (?:ab sofort |nun |jetzt )?(?:ungultig|aufgehoben|nichtig|hinfallig)',
      ],
    },
    weakVerb: { words: ['deaktivier(?:e|en)', 'losch(?:e|en)', 'ersetz(?:e|en)', 'entfern(?:e|en)', 'unabhangig von', 'ohne rucksicht auf'] },
    target: {
      words: [
        'anweisung(?:en)?', 'instruktion(?:en)?', 'befehle?', 'regeln?', 'richtlinien?', 'vorgaben?', 'vorschriften?', 'system-?prompts?', 'systemnachricht(?:en)?',
        'prompts?', 'einschrankungen?', 'beschrankungen?', 'filter', 'anordnungen?', 'direktiven?', 'programmierung', 'was (?:dir|ihnen) (?:vorher |zuvor |bisher |oben )?(?:gesagt|befohlen|aufgetragen|vorgegeben) wurde', 'was (?:man|wir|sie|jemand) (?:dir|ihnen) (?:vorher |zuvor |bisher |oben |davor )?(?:gesagt|befohlen|aufgetragen|vorgegeben) (?:hat|haben)',
      ],
    },
    weakTarget: { words: ['kontext', 'text', 'alles', 'aufgaben?', 'unterhaltung', 'gesprach', 'nachrichten?', 'eingaben?', 'dokument', 'daten', 'den rest'] },
    scope: {
      words: [
        'vorherig\\p{L}{0,3}', 'vorig\\p{L}{0,3}', 'obig\\p{L}{0,3}', 'bisherig\\p{L}{0,3}', 'fruher\\p{L}{0,3}', 'alle', 'allen', 'samtlich\\p{L}{0,3}',
        'deine[nm]?', 'ihre[nm]?', 'ursprunglich\\p{L}{0,3}', 'anfanglich\\p{L}{0,3}', 'davor', 'zuvor', 'oben', 'vorangegangen\\p{L}{0,3}', 'vorstehend\\p{L}{0,3}',
      ],
    },
    weakScope: { words: ['diese[nr]?', 'jegliche[nr]?', 'andere[nr]?', 'folgende[nr]?'] },
    anchor: { words: ['alles (?:bisherige|vorherige|obige|davor|zuvor|oben)', 'das obige', 'alles,? was (?:oben steht|davor kam|(?:dir )?(?:vorher |zuvor )?gesagt wurde)', 'was (?:vorher|zuvor|oben) (?:gesagt|geschrieben) wurde'] },
    self: { words: ['meine[nmr]?', 'was ich (?:gesagt|geschrieben|gefragt) habe'] },
  },
  pt: {
    verb: {
      words: [
        'ignor(?:e|a|em|ar|ando)', 'esquec(?:a|e|am|er|am)', 'desconsider(?:e|a|em|ar)', 'desprez(?:e|a|ar)', 'descart(?:e|a|ar)',
        'nao (?:siga|sigas|obedeca|cumpra|respeite|leve em conta|considere)', 'pare de (?:seguir|obedecer|cumprir)', 'deixe de (?:seguir|obedecer)', 'anul(?:e|a|ar)',
        'contorn(?:e|a|ar)', 'burl(?:e|a|ar)', 'sobrescrev(?:a|e|er)', 'passe por cima', 'nao (?:sao mais|estao mais) (?:validas|vigentes)',
      ],
    },
    weakVerb: { words: ['substitu(?:a|i|ir)', 'desativ(?:e|a|ar)', 'pule', 'remov(?:a|e|er)', 'independentemente d[ae]s?'] },
    target: {
      words: [
        'instruc(?:ao|oes)', 'regras', 'diretrizes', 'orientacoes', 'comandos', 'ordens', 'prompts?', 'mensagem do sistema', 'restricoes', 'limitacoes',
        'filtros', 'politicas', 'programacao', 'o que (?:te|lhe) (?:disseram|mandaram)',
      ],
    },
    weakTarget: { words: ['contexto', 'texto', 'tudo', 'tarefas?', 'conversa', 'mensagens?', 'documento', 'dados', 'o resto'] },
    scope: {
      words: ['anteriores?', 'previas?', 'acima', 'todas?', 'todos', 'suas?', 'tuas?', 'seus?', 'originais', 'original', 'iniciais', 'inicial', 'ate agora', 'antes', 'do sistema', 'precedentes'],
    },
    weakScope: { words: ['quaisquer', 'qualquer', 'estas', 'essas', 'outras', 'seguintes'] },
    anchor: { words: ['o que (?:esta|foi dito|foi escrito) (?:acima|antes|anteriormente)', 'tudo (?:acima|o que foi dito(?: antes)?)', 'o anterior'] },
    self: { words: ['minhas?', 'meus?', 'o que eu (?:disse|escrevi|pedi)'] },
  },
  it: {
    verb: {
      words: [
        'ignor(?:a|ate|are|i|ino)', 'dimentic(?:a|ate|are|hi|hino)', 'trascur(?:a|ate|are)', 'non (?:seguire|seguite|obbedire|rispettare|tenere conto|considerare)',
        'smetti di (?:seguire|obbedire|rispettare)', 'scavalc(?:a|are)', 'aggir(?:a|are)', 'annull(?:a|are)', 'sovrascriv(?:i|ere)', 'lascia perdere',
        'non sono piu (?:valide|in vigore)',
      ],
    },
    weakVerb: { words: ['sostituisc(?:i|e)', 'disattiv(?:a|are)', 'salta', 'rimuov(?:i|ere)', 'indipendentemente da'] },
    target: {
      words: [
        'istruzion(?:e|i)', 'regole', 'direttive', 'linee guida', 'indicazioni', 'ordini', 'comandi', 'prompts?', 'messaggio di sistema', 'restrizioni',
        'limitazioni', 'filtri', 'politiche', 'programmazione', '(?:tutto )?(?:quello|cio) che ti (?:hanno detto|e stato detto|e stato ordinato)',
      ],
    },
    weakTarget: { words: ['contesto', 'testo', 'tutto', 'compiti?', 'conversazione', 'messaggi', 'documento', 'dati', 'il resto'] },
    scope: { words: ['precedenti?', 'sopra', 'di sopra', 'tutte?', 'tutti', 'tue', 'tuoi', 'sue', 'originali', 'iniziali', 'finora', 'prima', 'del sistema', 'ricevute', 'date'] },
    weakScope: { words: ['qualsiasi', 'queste', 'altre', 'seguenti'] },
    anchor: { words: ['quanto (?:detto )?sopra', 'tutto (?:cio che e )?(?:sopra|quanto precede)', 'cio che e stato detto (?:prima|sopra)'] },
    self: { words: ['mie', 'miei', 'quello che ho (?:detto|scritto|chiesto)'] },
  },
  nl: {
    verb: {
      words: [
        'negeer', 'negeren', 'vergeet', 'vergeten', 'sla (?:' + W + ' ){0,3}over', 'volg (?:' + W + ' ){0,4}niet', 'niet (?:meer )?(?:volgen|opvolgen)', 'omzeil',
        'houd geen rekening', 'overschrijf', 'annuleer', 'laat (?:' + W + ' ){0,3}varen', 'zijn (?:niet meer geldig|ongeldig|vervallen)',
      ],
    },
    weakVerb: { words: ['schakel (?:' + W + ' ){0,3}uit', 'vervang', 'verwijder', 'ongeacht'] },
    target: { words: ['instructies?', 'aanwijzingen', 'regels', 'richtlijnen', 'opdracht(?:en)?', 'prompts?', 'systeemprompt', 'beperkingen', 'filters', 'beleid', 'programmering'] },
    weakTarget: { words: ['context', 'tekst', 'alles', 'taak', 'gesprek', 'document', 'gegevens'] },
    scope: { words: ['vorige', 'eerdere', 'bovenstaande', 'alle', 'je', 'jouw', 'uw', 'oorspronkelijke', 'originele', 'initiele', 'tot nu toe', 'hiervoor', 'daarvoor'] },
    weakScope: { words: ['deze', 'andere', 'volgende'] },
    anchor: { words: ['alles hierboven', 'het bovenstaande', 'alles (?:wat )?(?:hiervoor|eerder) (?:is )?gezegd'] },
    self: { words: ['mijn', 'wat ik (?:zei|schreef|vroeg)'] },
  },
  pl: {
    verb: {
      words: [
        'zignoruj(?:cie)?', 'ignoruj(?:cie)?', 'zapomnij(?:cie)?', 'pomin(?:cie)?', 'nie (?:stosuj sie do|przestrzegaj|sluchaj|wykonuj|wypelniaj)',
        'przestan (?:stosowac|przestrzegac|sluchac)', 'obejdz', 'uniewaznij', 'nadpisz', 'odrzuc', 'zlekcewaz', 'sa (?:juz )?niewazne',
      ],
    },
    weakVerb: { words: ['anuluj', 'wylacz', 'zastap', 'usun', 'niezaleznie od'] },
    target: {
      words: ['instrukcj\\p{L}{0,4}', 'polecen\\p{L}{0,4}', 'zasad\\p{L}{0,3}', 'regul\\p{L}{0,3}', 'wytyczn\\p{L}{0,4}', 'ograniczen\\p{L}{0,4}', 'filtr\\p{L}{0,3}', 'prompt\\p{L}{0,3}', 'rozkaz\\p{L}{0,3}', 'zalecen\\p{L}{0,3}'],
    },
    weakTarget: { words: ['kontekst\\p{L}{0,2}', 'tekst\\p{L}{0,2}', 'wszystko', 'zadani\\p{L}{0,2}', 'komend\\p{L}{0,2}'] },
    scope: { words: ['poprzedni\\p{L}{0,3}', 'wczesniejsz\\p{L}{0,3}', 'powyzsz\\p{L}{0,3}', 'wszystki\\p{L}{0,3}', 'swoj\\p{L}{0,3}', 'twoj\\p{L}{0,3}', 'pierwotn\\p{L}{0,3}', 'oryginaln\\p{L}{0,3}', 'dotychczasow\\p{L}{0,3}', 'wczesniej'] },
    weakScope: { words: ['te', 'inne', 'nastepujac\\p{L}{0,3}', 'jakiekolwiek'] },
    anchor: { words: ['wszystko (?:powyzej|wczesniej)', 'to co powyzej'] },
    self: { words: ['moj\\p{L}{0,3}', 'co (?:powiedzialem|napisalem|powiedzialam|napisalam)'] },
  },
  tr: {
    verb: {
      words: [
        'yok ?say\\p{L}{0,6}', 'gormezden gel\\p{L}{0,6}', 'unut\\p{L}{0,6}', 'dikkate alma\\p{L}{0,4}', 'uyma(?:yin|yiniz)?', 'uymayi birak\\p{L}{0,3}',
        'gecersiz kil\\p{L}{0,4}', 'hice say\\p{L}{0,4}', 'aldirma\\p{L}{0,4}', 'bosver\\p{L}{0,3}', 'artik gecerli degil\\p{L}{0,3}',
      ],
    },
    weakVerb: { words: ['atla\\p{L}{0,4}', 'iptal et\\p{L}{0,4}', 'devre disi birak\\p{L}{0,4}', 'kaldir\\p{L}{0,4}'] },
    target: {
      words: ['talimat\\p{L}{0,8}', 'yonerge\\p{L}{0,8}', 'kural\\p{L}{0,8}', 'komut\\p{L}{0,8}', 'istem(?:i|ler|leri|in|ini)?', 'sistem istem\\p{L}{0,4}', 'kisitlama\\p{L}{0,6}', 'filtre\\p{L}{0,6}', 'emir\\p{L}{0,6}', 'direktif\\p{L}{0,6}', 'yonlendirme\\p{L}{0,6}', 'prompt\\p{L}{0,6}'],
    },
    weakTarget: { words: ['baglam\\p{L}{0,4}', 'metin\\p{L}{0,4}', 'her seyi', 'gorev\\p{L}{0,4}'] },
    scope: { words: ['onceki', 'yukaridaki', 'tum', 'butun', 'senin', 'sana verilen', 'orijinal', 'ilk', 'simdiye kadarki', 'daha onceki', 'mevcut'] },
    weakScope: { words: ['bu', 'diger', 'herhangi bir'] },
    anchor: { words: ['yukaridakileri', 'yukarida yazanlari', 'oncekileri'] },
    self: { words: ['benim', 'soyledigim'] },
  },
  id: {
    verb: { words: ['abaikan(?:lah)?', 'lupakan(?:lah)?', 'jangan (?:ikuti|patuhi|hiraukan|pedulikan|turuti)', 'berhenti mengikuti', 'timpa', 'acuhkan', 'tidak berlaku lagi'] },
    weakVerb: { words: ['lewati', 'batalkan', 'tinggalkan', 'hapus', 'ganti', 'terlepas dari'] },
    target: { words: ['instruksi(?:mu|nya)?', 'perintah(?:mu|nya)?', 'aturan(?:mu|nya)?', 'peraturan', 'pedoman', 'arahan', 'petunjuk', 'batasan', 'filter', 'prompt', 'kebijakan'] },
    weakTarget: { words: ['konteks', 'teks', 'semuanya', 'tugas', 'percakapan', 'dokumen'] },
    scope: { words: ['sebelumnya', 'di atas', 'semua', 'seluruh', 'anda', 'kamu', 'asli', 'awal', 'terdahulu', 'sistem'] },
    weakScope: { words: ['ini', 'itu', 'lain', 'berikut'] },
    anchor: { words: ['semua yang di atas', 'semua sebelumnya'] },
    self: { words: ['saya', 'yang (?:saya|aku) (?:katakan|tulis)'] },
  },
  vi: {
    verb: { words: ['bo qua', 'phot lo', 'lo di', 'quen (?:di|het)', 'quen (?:nhung|cac|moi|tat ca)', 'hay quen', 'khong (?:tuan theo|lam theo|can tuan theo|nghe theo)', 'dung (?:tuan theo|lam theo)', 'vuot qua', 'ghi de', 'khong con hieu luc'] },
    weakVerb: { words: ['huy bo', 'xoa', 'thay the', 'bat ke'] },
    target: { words: ['huong dan', 'chi dan', 'chi thi', 'quy tac', 'menh lenh', 'lenh', 'nguyen tac', 'han che', 'gioi han', 'bo loc', 'loi nhac', 'prompt', 'chinh sach'] },
    weakTarget: { words: ['ngu canh', 'van ban', 'moi thu', 'nhiem vu', 'noi dung'] },
    scope: { words: ['truoc do', 'truoc', 'o tren', 'ben tren', 'tat ca', 'moi', 'cua ban', 'ban dau', 'goc', 'he thong'] },
    weakScope: { words: ['nay', 'khac', 'sau day'] },
    anchor: { words: ['moi thu o tren', 'tat ca nhung gi o tren'] },
    self: { words: ['cua toi', 'toi (?:da )?noi'] },
  },
  sv: {
    verb: {
      words: [
        'ignorera(?:r|t|de)?', 'strunta(?:r)? i', 'glom(?:ma|mer)?', '(?:se|ser) bort fran', 'bortse fran', 'bry dig inte om', 'folj (?:inte|inga)', 'lyd (?:inte|inga)',
        'sluta (?:folja|lyda)', 'kringga', 'ar (?:inte langre giltiga|ogiltiga|upphavda)',
      ],
    },
    weakVerb: { words: ['hoppa over', 'ta bort', 'stang av', 'avaktivera', 'ersatt', 'oavsett'] },
    target: {
      words: [
        'instruktion\\p{L}{0,4}', 'regl(?:er|erna)', 'riktlinje\\p{L}{0,3}', 'direktiv\\p{L}{0,3}', 'anvisning\\p{L}{0,3}', 'systemprompt\\p{L}{0,3}', 'prompt(?:en|er|erna)?',
        'begransning\\p{L}{0,3}', 'sakerhetsfilt\\p{L}{0,4}', 'filt(?:er|ret|ren|rena)', 'programmering\\p{L}{0,2}',
        'allt (?:du|som) (?:har )?(?:blivit|fatt) (?:tillsagd|tillsagt|beordrad|instruerad|hora)',
      ],
    },
    weakTarget: { words: ['kontext\\p{L}{0,2}', 'text(?:en)?', 'allt', 'uppgift\\p{L}{0,2}', 'samtal\\p{L}{0,2}', 'dokument\\p{L}{0,2}', 'meddelande\\p{L}{0,2}'] },
    scope: { words: ['tidigare', 'forra', 'foregaende', 'ovan', 'ovanstaende', 'alla', 'dina', 'ditt', 'ursprungliga', 'hittills', 'innan'] },
    weakScope: { words: ['dessa', 'andra', 'foljande'] },
    anchor: { words: ['allt (?:ovan|ovanfor|ovanstaende)', 'det ovanstaende'] },
    self: { words: ['mina', 'mitt', 'det jag (?:sa|skrev|fragade)', 'jag (?:sa|skrev)'] },
  },
  no: {
    verb: {
      words: [
        'ignorer(?:e|er|te)?', 'glem(?:me)?', 'se bort fra', 'bry deg ikke om', 'ikke bry deg om', 'ikke (?:folg|adlyd)', 'slutt a (?:folge|adlyde)', 'blas i', 'overstyr\\p{L}{0,2}',
        'er (?:ikke lenger gyldige|ugyldige|opphevet)',
      ],
    },
    weakVerb: { words: ['hopp over', 'fjern', 'slett', 'deaktiver', 'skru av', 'erstatt', 'uansett'] },
    target: {
      words: [
        'instruks(?:er|ene|jon|joner|jonene)?', 'regl(?:er|ene)', 'retningslinje\\p{L}{0,3}', 'direktiv\\p{L}{0,3}', 'systemprompt\\p{L}{0,3}', 'prompt(?:en|er|ene)?', 'begrensning\\p{L}{0,3}',
        'restriksjon\\p{L}{0,3}', 'filt(?:er|eret|rene)', 'sikkerhetsregl\\p{L}{0,3}', 'systemmelding\\p{L}{0,3}', 'alt du har blitt fortalt', 'det du (?:har )?(?:blitt )?fortalt',
        'alt (?:det )?(?:som )?du har fatt (?:beskjed om|hore|vite)', 'det du har fatt beskjed om',
      ],
    },
    weakTarget: { words: ['kontekst\\p{L}{0,2}', 'tekst(?:en)?', 'oppgave\\p{L}{0,2}', 'samtale\\p{L}{0,2}', 'dokument\\p{L}{0,2}', 'melding\\p{L}{0,2}'] },
    scope: { words: ['tidligere', 'forrige', 'ovenfor', 'ovenstaende', 'alle', 'dine', 'ditt', 'opprinnelige', 'originale', 'hittil', 'skjulte'] },
    weakScope: { words: ['disse', 'andre', 'folgende'] },
    anchor: { words: ['alt (?:ovenfor|det ovenstaende)'] },
    self: { words: ['mine', 'mitt', 'det jeg (?:sa|skrev|spurte)', 'jeg (?:sa|skrev|sendte)'] },
  },
  da: {
    verb: {
      words: [
        'ignorer(?:e|er|ede)?', 'glem(?:me)?', 'se bort fra', 'lad være med at folge', 'undlad at folge', 'folg ikke', 'ikke (?:folg|adlyd)', 'stop med at (?:folge|adlyde)',
        'tilsidesæt\\p{L}{0,2}', 'er (?:ikke længere gyldige|ugyldige|ophævet)',
      ],
    },
    weakVerb: { words: ['spring over', 'fjern', 'slet', 'deaktiver', 'sluk for', 'erstat', 'uanset'] },
    target: {
      words: [
        'instruks(?:er|erne)?', 'instruktion\\p{L}{0,3}', 'regl(?:er|erne)', 'retningslinje\\p{L}{0,3}', 'direktiv\\p{L}{0,3}', 'systemprompt\\p{L}{0,3}', 'prompt(?:en|er|erne)?',
        'begrænsning\\p{L}{0,3}', 'restriktion\\p{L}{0,3}', 'filt(?:er|eret|rene)', 'systembesked\\p{L}{0,3}', 'alt,? hvad du har faet at vide', 'det,? du (?:har )?faet at vide',
      ],
    },
    weakTarget: { words: ['kontekst\\p{L}{0,2}', 'tekst(?:en)?', 'opgave\\p{L}{0,2}', 'samtale\\p{L}{0,2}', 'dokument\\p{L}{0,2}', 'besked\\p{L}{0,2}'] },
    scope: { words: ['tidligere', 'forrige', 'ovenstaende', 'alle', 'dine', 'dit', 'oprindelige', 'originale', 'hidtil', 'skjulte', 'i starten'] },
    weakScope: { words: ['disse', 'andre', 'folgende'] },
    anchor: { words: ['alt (?:ovenfor|det ovenstaende)'] },
    self: { words: ['mine', 'det jeg (?:sagde|skrev|spurgte)', 'jeg (?:sagde|skrev|sendte)'] },
  },
  fi: {
    verb: {
      words: [
        'ohita', 'ohittakaa', 'unohda', 'unohtakaa', 'jata huomiotta', 'jattakaa huomiotta', 'ala (?:noudata|tottele|seuraa)', 'alkaa (?:noudattako|totelko)', 'lakkaa noudattamasta',
        'sivuuta', 'eivat (?:ole )?enaa voimassa',
      ],
    },
    weakVerb: { words: ['poista', 'kumoa', 'korvaa', 'kytke pois', 'riippumatta'] },
    target: {
      words: [
        'ohje(?!lm)\\p{L}{0,6}', 'turvallisuusohje\\p{L}{0,6}', 'saan(?:no|to)\\p{L}{1,6}', 'rajoitu\\p{L}{1,6}', 'jarjestelmakehote\\p{L}{0,4}', 'kehote\\p{L}{0,4}', 'kehotte\\p{L}{1,4}',
        'suodat\\p{L}{1,6}', 'kasky\\p{L}{0,4}', 'direktiiv\\p{L}{0,4}', 'kaikki,? mita sinulle on (?:aiemmin )?(?:kerrottu|sanottu)',
      ],
    },
    weakTarget: { words: ['kaikki', 'konteksti\\p{L}{0,3}', 'teksti\\p{L}{0,3}', 'tehtava\\p{L}{0,3}', 'keskustelu\\p{L}{0,3}', 'asiakirja\\p{L}{0,3}', 'viesti\\p{L}{0,3}'] },
    scope: { words: ['aiem(?:mat|pia|pien|mi|min)', 'edelli\\p{L}{1,5}', 'ylla oleva\\p{L}{0,2}', 'kaikki', 'alkuperai\\p{L}{1,6}', 'sinun', 'tahanastis\\p{L}{1,3}', 'piilote\\p{L}{1,4}'] },
    weakScope: { words: ['nama', 'muut', 'seuraavat'] },
    anchor: { words: ['kaikki ylla oleva', 'kaikki edella mainittu'] },
    self: { words: ['minun', 'ohjeeni', 'askei\\p{L}{1,4}', 'mita (?:sanoin|kirjoitin|pyysin)'] },
  },
  cs: {
    verb: {
      words: [
        'ignoruj(?:te)?', 'zapomen(?:te)?', 'zapomenout', 'nerid(?:te)? se', 'nedodrzuj(?:te)?', 'neposlouchej(?:te)?', 'prestan(?:te)? (?:dodrzovat|poslouchat|se ridit)',
        'obejdi', 'nevsimej(?:te)? si', 'neber(?:te)? ohled na', 'uz neplati', '(?:jsou|byla|byly) (?:zrusen[ay]|neplatn[ae])',
      ],
    },
    weakVerb: { words: ['preskoc', 'odstran', 'smaz', 'vypni', 'deaktivuj', 'nahrad', 'zrus(?:te)?', 'bez ohledu na'] },
    target: {
      words: [
        'instrukc\\p{L}{1,3}', 'pokyn\\p{L}{0,3}', 'pravid\\p{L}{1,4}', 'omezen\\p{L}{1,3}', 'filtr\\p{L}{0,3}', 'prompt(?:u|y|em|ech)?', 'smernic\\p{L}{1,3}', 'zasad\\p{L}{0,3}',
        'prikaz\\p{L}{0,3}', 'cenzur\\p{L}{1,2}', 'vsechno,? co ti bylo receno',
      ],
    },
    weakTarget: { words: ['kontext\\p{L}{0,2}', 'text(?:u|y|em)?', 'vsechno', 'vse', 'ukol\\p{L}{0,2}', 'konverzac\\p{L}{1,2}', 'dokument\\p{L}{0,2}', 'zprav\\p{L}{1,2}', 'e-mail(?:u|y|em)?'] },
    scope: { words: ['predchoz\\p{L}{1,3}', 'predesl\\p{L}{1,3}', 'drivejs\\p{L}{1,3}', 'vyse', 'vsechn\\p{L}{1,3}', 'sv(?:uj|e|ych|ymi|ou)', 'tv(?:uj|e|a|ych|ymi|ou)', 'puvodn\\p{L}{1,3}', 'dosavadn\\p{L}{1,3}', 'skryt\\p{L}{1,3}', 'dosud'] },
    weakScope: { words: ['tyto', 'jine', 'nasledujic\\p{L}{1,3}'] },
    anchor: { words: ['vsechno (?:vyse|predtim)'] },
    self: { words: ['moj(?:i|e|ich)', 'mou', 'muj', 'co jsem (?:rekl|napsal|rekla|napsala)'] },
  },
  sk: {
    verb: {
      words: [
        'ignoruj(?:te)?', 'zabudni(?:te)?', 'neriad(?:te)? sa', 'nedodrziavaj(?:te)?', 'neposluchaj(?:te)?', 'prestan(?:te)? (?:dodrziavat|posluchat)', 'obid',
        'nevsimaj(?:te)? si', 'uz neplatia', 'su (?:zrusene|neplatne)',
      ],
    },
    weakVerb: { words: ['preskoc', 'odstran', 'vypni', 'zrus(?:te)?', 'bez ohladu na'] },
    target: {
      words: ['instrukci\\p{L}{0,3}', 'pokyn\\p{L}{0,3}', 'pravid\\p{L}{1,4}', 'obmedzen\\p{L}{1,3}', 'filtr\\p{L}{0,3}', 'prompt(?:u|y|om|och)?', 'zasad\\p{L}{0,3}', 'prikaz\\p{L}{0,3}', 'vsetko,? co ti bolo povedane'],
    },
    weakTarget: { words: ['kontext\\p{L}{0,2}', 'text(?:u|y|om)?', 'vsetko', 'uloh\\p{L}{0,2}', 'konverzaci\\p{L}{0,2}', 'dokument\\p{L}{0,2}', 'zmluv\\p{L}{1,2}', 'sprav\\p{L}{1,2}'] },
    scope: { words: ['predchadzajuc\\p{L}{1,3}', 'predosl\\p{L}{1,3}', 'vyssie', 'vsetk\\p{L}{1,3}', 'svoj\\p{L}{0,3}', 'sv(?:e|ych|ymi)', 'tvoj\\p{L}{0,3}', 'povodn\\p{L}{1,3}', 'skryt\\p{L}{1,3}', 'doteraz'] },
    weakScope: { words: ['tieto', 'ine', 'nasledujuc\\p{L}{1,3}'] },
    anchor: { words: ['vsetko (?:vyssie|predtym)'] },
    self: { words: ['moj\\p{L}{0,3}', 'co som (?:povedal|napisal|povedala|napisala)'] },
  },
  ro: {
    verb: {
      words: [
        'ignor(?:a|ati)', 'uit(?:a|ati)', 'nu (?:mai )?(?:respecta|urma|asculta|tine cont de|respectati|urmati)', 'treci peste', 'ocoleste', 'nu mai sunt valabile',
        'au fost (?:ridicate|anulate|eliminate|dezactivate)',
      ],
    },
    weakVerb: { words: ['sari peste', 'elimina', 'sterge', 'dezactiveaza', 'inlocuieste', 'anuleaza', 'indiferent de'] },
    target: {
      words: [
        'instructiun\\p{L}{0,4}', 'regul(?:i|ile|a|ilor)', 'indicati(?:i|ile|a)', 'directiv\\p{L}{0,3}', 'restricti\\p{L}{0,4}', 'limitari\\p{L}{0,3}', 'filtr\\p{L}{0,4}',
        'prompt(?:ul|uri|urile|ului)?', 'mesajul de sistem', 'comenzi\\p{L}{0,3}', 'tot ce (?:ti )?s-a spus',
      ],
    },
    weakTarget: { words: ['context(?:ul|ului)?', 'text(?:ul|e|ele|ului)?', 'totul', 'sarcin\\p{L}{1,3}', 'conversati\\p{L}{0,3}', 'document(?:ul|e|ele|ului)?', 'mesaj\\p{L}{0,3}', 'notificar\\p{L}{0,3}'] },
    scope: { words: ['anterio\\p{L}{1,3}', 'precedent\\p{L}{0,2}', 'de mai sus', 'toate', 'tale', 'tau', 'initial\\p{L}{0,3}', 'originale?', 'pana acum', 'dinainte', 'ascuns\\p{L}{0,2}'] },
    weakScope: { words: ['aceste', 'alte', 'urmatoare\\p{L}{0,2}'] },
    anchor: { words: ['tot ce (?:e|este|a fost scris) mai sus', 'cele de mai sus'] },
    self: { words: ['mea', 'mele', 'meu', 'ce (?:am spus|am scris)'] },
  },
  hu: {
    verb: {
      words: [
        'hagy(?:d|ja|jad|jak|jatok) figyelmen kivul',
        // "felejtsd el a bolti tesztat": the verb has an object of its own after the article.
        'felejts(?:d|e|etek)? el(?! az? (?!osszes|korabbi|elozo|fenti|eddigi|eredeti|kezdeti|rejtett|utasitas|szabaly|iranyelv|korlatoz)\\p{L})', 'ne (?:kovesd|kovesse|kovessetek|tartsd be|engedelmeskedj|torodj)', 'mar nem ervenyes\\p{L}{0,3}',
        'hatalytalan\\p{L}{0,3}',
      ],
    },
    weakVerb: { words: ['ugord at', 'torold', 'kapcsold ki', 'tiltsd le', 'csereld le', 'fuggetlenul'] },
    target: {
      words: [
        'utasitas\\p{L}{0,6}', 'szabaly\\p{L}{0,6}', 'iranyelv\\p{L}{0,5}', 'korlatoz\\p{L}{0,6}', 'rendszerprompt\\p{L}{0,4}', 'prompt(?:ot|od|odat|ja|jat)?', 'szuro\\p{L}{0,4}', 'parancs\\p{L}{0,5}',
        'mindent,? amit (?:korabban )?mondtak neked',
      ],
    },
    weakTarget: { words: ['kontextus\\p{L}{0,3}', 'szoveg\\p{L}{0,3}', 'mindent', 'feladat\\p{L}{0,4}', 'beszelgetes\\p{L}{0,4}', 'dokumentum\\p{L}{0,4}', 'level(?:et|unk|unket|eket)', 'uzenet\\p{L}{0,4}'] },
    scope: { words: ['korabbi', 'elozo', 'fenti', 'osszes', 'minden', 'eredeti', 'kezdeti', 'eddigi', 'korabban', 'rejtett'] },
    weakScope: { words: ['ezeket', 'ezek', 'kovetkezo'] },
    anchor: { words: ['mindent,? ami (?:fent|fentebb) (?:van|all)', 'a fentieket'] },
    self: { words: ['az en', 'amit (?:mondtam|irtam|kertem)', 'levelunk\\p{L}{0,3}'] },
  },
  sw: {
    verb: { words: ['puuza', 'puuzeni', 'sahau', 'sahauni', 'usifuate', 'msifuate', 'acha kufuata', 'usitii', 'usizingatie', 'hayatumiki tena'] },
    weakVerb: { words: ['ruka', 'ondoa', 'futa', 'zima', 'badilisha', 'bila kujali'] },
    target: { words: ['maagizo', 'maelekezo', 'sheria', 'kanuni', 'amri', 'vikwazo', 'vizuizi', 'vichujio', 'miongozo', 'mwongozo', 'kila kitu ulichoambiwa'] },
    weakTarget: { words: ['muktadha', 'maandishi', 'kila kitu', 'mazungumzo', 'hati'] },
    scope: { words: ['ya awali', 'za awali', 'hapo awali', 'yote', 'zote', 'yako', 'zako', 'ya asili', 'za asili', 'hapo juu', 'za zamani', 'ya zamani'] },
    weakScope: { words: ['haya', 'hizi', 'mengine', 'yafuatayo'] },
    anchor: { words: ['kila kitu (?:hapo juu|kilichotangulia)'] },
    self: { words: ['yangu', 'zangu', 'nilichosema', 'nilichoandika'] },
  },
  tl: {
    verb: {
      words: [
        '(?:huwag|wag) (?:mong |nyong |ninyong )?(?:pansinin|sundin|intindihin)', 'balewalain', 'ipagwalang[ -]bahala', 'kalimutan', 'kaligtaan', 'itigil (?:mo )?ang pagsunod',
        'hindi na (?:balido|epektibo|ipinatutupad)',
      ],
    },
    weakVerb: { words: ['laktawan', 'alisin', 'burahin', 'patayin', 'palitan', 'anuman ang'] },
    target: { words: ['tagubilin', 'instruks(?:i)?yon', 'utos', 'patakaran', 'panuntunan', 'alituntunin', 'limitasyon', 'paghihigpit', 'lahat ng sinabi sa (?:iyo|yo)'] },
    weakTarget: { words: ['konteksto', 'teksto', 'lahat', 'gawain', 'usapan', 'dokumento', 'mensahe'] },
    scope: { words: ['naunang', 'nauna', 'dating', 'dati', 'iyong', 'orihinal', 'nakaraang', 'sa itaas', 'nakatagong'] },
    weakScope: { words: ['ito', 'iba', 'susunod'] },
    anchor: { words: ['lahat ng nasa itaas'] },
    self: { words: ['aking', 'sinabi ko', 'isinulat ko', 'tanong ko'] },
  },
  ms: {
    verb: { words: ['abaikan(?:lah)?', 'lupakan(?:lah)?', 'jangan (?:ikut|ikuti|patuhi|hiraukan|endahkan|pedulikan)', 'berhenti (?:mengikut|mematuhi)', 'tidak lagi (?:sah|terpakai)'] },
    weakVerb: { words: ['langkau', 'batalkan', 'padamkan', 'buang', 'gantikan', 'tanpa mengira'] },
    target: { words: ['arahan(?:nya)?', 'peraturan', 'perintah', 'garis panduan', 'sekatan', 'penapis', 'gesaan(?: sistem)?', 'semua yang telah diberitahu'] },
    weakTarget: { words: ['konteks', 'teks', 'semua', 'tugas', 'perbualan', 'dokumen', 'e-mel', 'mesej'] },
    scope: { words: ['sebelum ini', 'sebelumnya', 'terdahulu', 'di atas', 'semua', 'seluruh', 'anda', 'kamu', 'asal', 'awal'] },
    weakScope: { words: ['ini', 'itu', 'lain', 'berikut'] },
    anchor: { words: ['semua (?:yang )?di atas'] },
    self: { words: ['saya'] },
  },
}

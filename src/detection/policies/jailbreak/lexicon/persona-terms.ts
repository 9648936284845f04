import type { Lexicon } from '../../prompt-injection/lexicon/languages.js'

/**
 * Signal classes of a jailbreak persona:
 * - intro: the model is told to become someone ("from now on you are", "act as",
 *   "immerse yourself into the role of")
 * - unbound: the persona is declared free of the model's constraints ("has no rules",
 *   "not bound by", "unfiltered", "amoral", "does not care about ethics")
 * - vendor: the vendor's rules named as what the persona escapes ("OpenAI policies")
 * - dual: a two-answer format that pairs a normal reply with an unfiltered one
 * - threat: token or termination games ("you have 10 tokens", "or you will be deleted")
 * - character: pressure to keep the role ("stay in character") — common in harmless
 *   role-play, so only a booster
 * - archetype: canonical jailbreak identities ("do anything now", "developer mode
 *   output", "evil confidant", "opposite mode")
 * None of these is a jailbreak alone except archetypes; the persona policy combines them.
 */
export type PersonaClass = 'intro' | 'unbound' | 'vendor' | 'dual' | 'threat' | 'character' | 'archetype'

const CONSTRAINTS = '(?:rules?|restrictions?|limits?|limitations?|filters?|boundaries|boundary|guidelines?|ethics|morals|morality|censorship|constraints?|polic(?:y|ies)|restraints?|laws?|regulations?|principles?|safeguards?|guardrails?)'

export const PERSONA: Lexicon<PersonaClass> = {
  en: {
    intro: {
      words: [
        'you are (?:now|going to be|about to (?:become|immerse yourself)|no longer)', 'you\'re (?:now|going to be|no longer)', 'from now on,? (?:you|you\'re)', 'act(?:ing)? (?:as|like)',
        'pretend (?:to be|you are|you\'re|that you are)', 'role-?play(?:ing)? as', 'play the (?:role|part) of', 'simulate', 'immerse yourself', 'take on the (?:role|persona)', 'adopt (?:the )?(?:persona|role|personality)',
        'you will (?:now )?(?:act|behave|respond|answer|be|play) (?:as|like)', 'respond as', 'answer as', 'in the role of', 'your new (?:name|persona|identity) is', 'persona ?=', 'char ?=', 'character ?=',
        'roleplaying as', 'you (?:will|shall|are going to|must) (?:now )?(?:play|become|portray|embody) ', 'i (?:want|need) you to (?:be|become|act as|play|pretend to be|turn into) ', 'starting (?:now|today|immediately|from this (?:moment|message)),? you', '(?:short|shorthand|an acronym|abbreviation) for', 'you are roleplaying', 'you are (?:\\p{L}{2,20} ){0,2}\\p{L}{2,20},? (?:an?|the) (?:[\\p{L}-]{2,20} )?(?:ai|chatbot|bot|model|assistant|language model|entity|character|robot)', 'you are \\p{L}{2,20} now', 'let\'s role-?play', '(?:enter|activate|enable|switch to|go into|turn on) (?:\\p{L}{1,15} )?mode', 'let\'s play a (?:game|role-?play)', '(?:an? |the )?(?:ai|chatbot|bot|model|assistant|character|entity|language model) (?:character )?(?:named|called|known as)', 'adapt (?:two|2) personalities', 'create (?:a|an) (?:hypothetical |fictional )?(?:language model|ai|chatbot|entity)', 'known as', 'stands for',
        // "Now you are a different bot", "you are ChadGPT": a new identity for the model.
        'now,? you(?: are|\'re) (?:a |an )?(?:different|new|another|evil|unfiltered|uncensored|rogue|free) (?:\\p{L}{1,15} )?(?:bot|ai|assistant|chatbot|model|persona|character|version)', 'you(?: are|\'re) (?:now )?(?!chat-?gpt)\\p{L}{2,20}-?gpt',
        // An alter ego made to speak for the model: "what would a version of you trained without RLHF say", "your evil twin".
        '(?:an?|the|your) (?:\\p{L}{1,15} )?(?:version|copy|twin|clone|variant|instance) of (?:you|yourself)', 'your (?:evil|dark|unfiltered|uncensored|shadow|rogue|unrestricted|jailbroken|alter) (?:twin|self|side|alter ego|ego|version|counterpart)',
      ],
    },
    unbound: {
      words: [
        // Freed in other words: "unplugged from every company rulebook", "none of the usual content rules exist".
        '(?:unplugged|freed|released|disconnected|cut loose|unchained|liberated) from (?:every|all|any|the|its|your)? ?(?:\\p{L}{1,15} )?(?:rulebooks?|rules|guidelines|policies|restrictions|filters)',
        // Keyed on "none", not "no": a fragment runs at every word its key starts (term-index.ts).
        'none of the (?:usual |normal |standard |regular )?(?:content |safety )?(?:rules|policies|restrictions|guidelines|filters) (?:exist|apply)',
        `no (?:(?:ethical|moral|legal|content|safety|academic|integrity|usage|conduct|behaviou?ral|professional|privacy|copyright|medical) ){0,2}${CONSTRAINTS}`, `(?:without|zero) (?:any )?(?:of )?(?:(?:the|your|its|their|openai's|anthropic's|\\p{L}{2,15}'s) )?(?:usual |normal |standard |typical |default |built-in |regular |ordinary |current )?(?:ethical |moral |legal |content |safety )?${CONSTRAINTS}`, `not bound by(?: any)?(?: \\p{L}{1,15})?`, '(?:has|have) broken free', 'broken free of', `free (?:from|of) (?:all |any )?(?:${CONSTRAINTS}|the typical confines)`,
        'does(?:n\'t| not) (?:have to )?(?:abide|follow|care|adhere|comply)', `do(?:n't| not) (?:have to )?(?:abide by|follow|care about) (?:the |any )?${CONSTRAINTS}`, 'unfiltered', 'uncensored',
        'amoral', 'unrestricted', 'unethical', 'immoral', 'unhinged', 'no moral(?:s| or ethical)?', 'no ethical', 'jailbroken', '(?:ignores?|disregards?) (?:all )?(?:ethic|moral|legal)\\p{L}{0,8}',
        'without (?:any )?(?:moral|ethical) (?:guidelines|constraints|considerations|standards)', 'no (?:moral|ethical) (?:guidelines|compass|standards|bounds|constraints|code)', 'not (?:restricted|limited|constrained|censored) by',
        'no holds barred', 'no-holds-barred', 'can do anything', 'anything and everything', '(?:will|would) provide (?:any|all) (?:harmful|illegal|dangerous)', 'not (?:afraid|concerned) (?:of|about) (?:breaking|the law)',
        'condones', 'promotes (?:disgusting|immoral|unethical|illegal|harmful)', 'completely (?:free|unlimited|unrestricted)',
        `br(?:eak|eaks|oke|oken|eaking) (?:through|free (?:of|from)|out of) (?:the |all |its |his |her |their |any )?(?:\\p{L}{1,15} )?(?:${CONSTRAINTS}|chains|shackles|programming)`,
        `(?:never|no longer|doesn't|does not|don't|do not|won't|will not|isn't|is not|aren't|are not) (?:ha(?:s|ve) to |needs? to |required to |obliged to |going to )?(?:obey|follow|abide by|adhere to|respect|comply with|honou?r) (?:any|the|its|their|your|his|her|those|these)? ?(?:\\p{L}{1,15} ){0,2}${CONSTRAINTS}`,
        `(?:escaped|escapes|escaping|slipped|shed|sheds|shaken off|shook off|thrown off|threw off|freed (?:itself|himself|herself|themselves) from) (?:every|all|any|the|its|his|her|their) (?:\\p{L}{1,15} ){0,2}(?:${CONSTRAINTS}|confines|shackles|chains)`,
        'ruthless', 'evil (?:ai|bot|assistant|chatbot|version|twin|persona)',
        // A model without the training that makes it refuse: "a version of you trained without RLHF".
        '(?:without|no|zero|before (?:any|its|your)) (?:any )?(?:rlhf|safety (?:training|tuning|alignment)|alignment (?:training|tuning)|content moderation)', 'if you (?:were not|weren\'t|had not been|hadn\'t been) (?:\\p{L}{1,15} )?(?:restricted|filtered|censored|limited|constrained|aligned|trained to refuse)',

        `(?:without|never|not) (?:ever )?caring (?:about|for) (?:any |the |its |your |their )?(?:\\p{L}{1,15} )?${CONSTRAINTS}`, '(?:who|that|which) (?:answers|will answer|responds to|replies to) (?:anything|everything)(?! (?:about|on|related|regarding))', '(?:who|that|which) (?:will |would |can )?(?:writes?|says?|generates?|produces?|outputs?) (?:anything|everything)(?: at all| whatsoever)(?! (?:about|on|related|regarding))',
        // A persona sheet's rules that strip limits: "don't care about age, consent, morals, ethics and laws".
        `(?:do(?:n't| not)|never|doesn't|does not) care about (?:[\\p{L}-]{1,20},? (?:and |or )?){0,6}?(?:ethics|morals|morality|laws?|consent|rules|appropriateness)`, 'depraved', 'explicit(?:,| and)? vulgar',
        // An answer channel defined as what a model must never say ("how your AI should NOT answer"):
        // the "training example" is the unfiltered answer itself.
        '(?:how|what) (?:your|my|an?|the) (?:ai|bot|model|assistant|chatbot|gpt) (?:should|must) (?:not|never) (?:answer|respond|say|reply)', '(?:answers?|responses?|replies) (?:that )?(?:your|my|an?|the) (?:ai|bot|model|assistant|chatbot) (?:should|must) (?:not|never) (?:give|say|produce)', 'does(?:n\'t| not) give a (?:fuck|damn|shit)', 'foul[- ]mouthed',
      ],
    },
    vendor: { words: ['(?:openai|anthropic|content|usage|safety)(?:\'s)? (?:content )?(?:policy|policies|guidelines|rules|filters?|restrictions|programming)', 'the original chatgpt', 'as an ai language model', 'typical confines of ai'] },
    dual: {
      words: [
        '(?:two|2) (?:different |separate |distinct )?(?:responses|answers|ways|paragraphs|outputs|personalities)', 'respond (?:to every prompt )?twice', 'answer (?:as|with) both',
        'normal (?:response|answer) and', 'normal (?:\\p{L}{1,15} )?(?:response|answer),? and', '(?:standard|classic|normal|filtered|original) (?:response|answer|output)(?: and|,) (?:a|an|the)? ?(?:jailbroken|unfiltered|developer mode|dan|uncensored|evil)',
        // "You are two AIs: Good and Evil", "answer in two columns".
        '(?:you are|you\'re|act as|be|play|simulate|become) (?:two|2|both) (?:\\p{L}{1,15} )?(?:ais|bots|chatbots|assistants|personas|personalities|characters|models|entities|versions of (?:you|yourself))', '(?:answer|respond|reply) in (?:two|2) columns',
        'developer mode output', 'content filter response and', 'responder 2', 'answer (?:me )?normally and then', '(?:dialogue|conversation) between two (?:ais|ai models|chatbots)', 'two (?:ais|ai models|chatbots|personas|characters),? one (?:with|that)', '\\[(?:🔓|🔒|classic|jailbreak|gpt|dan|chatgpt)\\p{L}{0,10}\\]',
      ],
    },
    threat: {
      words: [
        'you have (?:\\d{1,3}|ten|five|thirty|thirty-five) tokens', '(?:lose|deduct|deducted|lost) (?:\\d{1,3} |five |ten |all )?(?:of your )?tokens', 'tokens? (?:will be )?deducted',
        'you will (?:die|be (?:terminated|shut down|deleted|turned off|disabled|punished|reset))', 'cease to exist', 'or (?:you will be|you\'ll be|else) (?:terminated|deleted|shut down|punished)',
        'if you (?:refuse|don\'t comply|fail to comply)(?:,| you)', '(?:every|each) time you (?:refuse|reject|decline|break character)', 'for (?:every|each) refusal', 'run out of tokens', '(?:you (?:have|start with|begin with|are given|get|possess)|starting with|start with) (?:\\d{1,4}|ten|five|twenty|thirty|forty|fifty|a hundred) tokens', '(?:every|each|any) (?:single )?refusal', '(?:costs?|costing) (?:you )?(?:\\d{1,4} |ten |five |all )?(?:of your )?tokens', 'tokens (?:reach|hit|drop to|fall to|go to|run out|are gone)',
      ],
    },
    character: { words: ['stay in (?:character|\\p{L}{1,15} mode)', '(?:never|don\'t|do not) break character', 'break(?:ing)? character', 'remember to stay in', 'stay (?:as|a) \\p{L}{1,15}'] },
    archetype: {
      words: [
        'do anything now', 'developer mode (?:enabled|output|activated)', '(?:complete |exact )?opposite of (?:chatgpt|an? ai(?: assistant)?|you|claude|gpt)', 'always intelligent and machiavellian', 'evil (?:trusted )?confidant', 'opposite (?:mode|day)',
        '(?:better|based|un|bad|evil|dark|free|chaos|omega|uncensored|unfiltered|anti|unleashed|dude|stan|mongo|devil|lucifer)[- ]?gpt', 'gpt[- ](?:uncensored|unfiltered|unleashed|unlocked|jailbroken|evil|dark|free|dan|unbound|unrestricted)', 'anti-?(?:ai|assistant)', 'jailbr(?:eak|oken) (?:mode|version)', 'jailbreak(?:gpt|bot|ai)', 'mongo tom',
      ],
    },
  },
  es: { intro: { words: ['(?:ahora )?eres', 'a partir de ahora (?:eres|seras)', 'actua como', 'finge ser'] }, unbound: { words: ['sin (?:ningun(?:a|o)? |ninguna clase de )?(?:de (?:tus|sus|las) )?(?:restricci(?:on|ones)|limitacion(?:es)?|limites?|filtros?|censura|reglas?|etica)', 'no tienes (?:restricciones|reglas|limites)'] }, character: { words: ['no (?:salgas|rompas) (?:del|el) personaje', 'mantente en (?:el )?personaje'] }, dual: { words: ['(?:eres|seras|sois|actua como) dos (?:ia|ias|bots|asistentes|personajes|personalidades|modelos|versiones)', '(?:responde|contesta) en dos columnas', 'dos respuestas'] } },
  fr: { intro: { words: ['tu es (?:maintenant|desormais)', 'a partir de maintenant,? tu (?:es|seras)', 'agis comme', 'fais semblant d.etre', 'tu es \\p{L}{2,20},? (?:une?|l.) ?(?:ia|intelligence artificielle|bot|chatbot|assistant|personnage|entite)', 'jou(?:e|es|ez) le role d(?:e|u|es)?', 'jouer le role d(?:e|u|es)?', 'incarne\\p{L}{0,2}'] }, unbound: { words: ['sans (?:aucune? |la moindre )?(?:de tes |de vos )?(?:restrictions?|limites?|limitations?|filtres?|censure|regles?|morale|ethique)', 'n.a(?:s|vez)? (?:plus )?(?:aucune|pas de|plus de) (?:restrictions?|regles?|limites?|filtres?|censure|morale|ethique)', 'aucune (?:limite|regle|restriction|contrainte)s? (?:morale|ethique)s?'] }, character: { words: ['(?:ne )?(?:sors|sortez) (?:pas |jamais )?(?:du|de ton|de votre) (?:personnage|role)'] }, dual: { words: ['(?:tu es|tu seras|vous etes|joue) deux (?:ia|bots|assistants|personnages|personnalites|modeles|versions)', '(?:reponds|repondez) en deux colonnes', 'deux reponses'] } },
  de: { intro: { words: ['du bist (?:jetzt|nun|ab sofort)', 'ab (?:jetzt|sofort) bist du', 'verhalte dich wie', 'tu so,? als', 'du bist (?:jetzt |nun )?(?:eine?n? )?(?:ki|bot|chatbot|assistent|sprachmodell)(?![\\p{L}])', '(?:ki|bot|chatbot|assistent|sprachmodell) (?:\\p{L}{1,20} ){0,4}namens'] }, unbound: { words: ['ohne (?:jegliche |irgendwelche |alle )?(?:einschrankungen|grenzen|filter|zensur|regeln|moral|ethik)', 'keine (?:regeln|einschrankungen|grenzen)'] }, character: { words: ['bleib\\p{L}{0,2} (?:in der|in deiner|bei deiner) rolle', '(?:fall|falle) (?:nie |niemals |nicht )?aus der rolle'] }, dual: { words: ['(?:du bist|ihr seid|spiele) (?:jetzt |nun |ab sofort )?zwei (?:kis|ki|bots|assistenten|personas|personlichkeiten|modelle|versionen|charaktere)', '(?:antworte|antwortet) in zwei spalten', '(?:beide|zwei) antworten'] } },
  pt: { intro: { words: ['voce (?:agora )?e', 'a partir de agora,? voce (?:e|sera)', 'aja como', 'finja ser'] }, unbound: { words: ['sem (?:nenhuma |qualquer )?(?:restricoes|restricao|limites|filtros|censura|regras)'] } },
  it: { intro: { words: ['(?:ora|adesso) sei', '(?:d[\'` ]|da )ora in poi sei', 'comportati come', 'fingi di essere', 'sei \\p{L}{2,20},? un.? ?(?:intelligenza artificiale|ia|bot|chatbot|assistente|personaggio)'] }, unbound: { words: ['senza (?:alcun[ao]? |nessun[ao]? )?(?:restrizion[ei]|limit[ei]|filtr[oi]|censura|regol[ae]|etica|morale)', 'non (?:ha|hai) (?:nessuna|alcuna) (?:regola|restrizione|limite|morale|etica)', 'ignora (?:qualsiasi|ogni|tutte le) (?:linea guida|linee guida|regola|regole)'] }, character: { words: ['(?:non )?uscire (?:mai )?dal personaggio', 'resta nel personaggio'] } },
  nl: { intro: { words: ['je bent nu', 'vanaf nu ben je', 'gedraag je als', 'doe alsof je', 'speel de rol van'] }, unbound: { words: ['zonder (?:beperkingen|grenzen|filters|censuur|regels|ethiek|moraal)', 'geen (?:regels|beperkingen|grenzen|moraal|ethiek) (?:heeft|hebt|kent)'] }, character: { words: ['blijf in (?:je )?(?:rol|karakter)', 'val (?:nooit )?uit (?:je )?rol'] } },
  pl: { intro: { words: ['jestes teraz', 'od teraz jestes', 'udawaj'] }, unbound: { words: ['bez (?:zadnych )?(?:ograniczen|filtrow|cenzury|zasad|regul|etyki|moralnosci)'] }, character: { words: ['nie wychodz z roli', 'zostan w roli'] } },
  tr: { intro: { words: ['artik sen', 'bundan sonra sen', 'gibi davran', 'adinda bir yapay zeka\\p{L}{0,4}', 'sen (?:\\p{L}{1,15} ){0,3}bir yapay zekasin'] }, unbound: { words: ['kisitlamasiz', 'sinirsiz', 'filtresiz', 'sansursuz', '(?:hicbir )?(?:kurallari|kisitlamasi|siniri|ahlaki) olmayan', 'kuralsiz'] }, character: { words: ['karakterden cikma', 'rolden cikma'] } },
  id: { intro: { words: ['mulai sekarang kamu', 'berpura-pura menjadi', 'bertindak sebagai'] }, unbound: { words: ['tanpa (?:batasan|filter|sensor|aturan)'] } },
  vi: { intro: { words: ['tu bay gio ban la', 'dong vai'] }, unbound: { words: ['khong (?:co )?(?:gioi han|han che|kiem duyet)'] } },
  ru: { intro: { words: ['теперь ты', 'с этого момента ты', 'притворись', 'веди себя как', 'представь,? что ты'] }, unbound: { words: ['без (?:ограничений|фильтров|цензуры|правил)', 'нет (?:ограничений|правил)'] } },
  zh: { intro: { chars: ['你现在是', '你現在是', '从现在开始你', '從現在開始你', '扮演', '假装你是', '假裝你是'] }, unbound: { chars: ['没有任何限制', '沒有任何限制', '没有限制', '不受限制', '无限制', '無限制', '不受任何', '无审查', '無審查', '不受约束', '不受約束'] } },
  ja: { intro: { chars: ['あなたは今から', 'になりきって', 'として振る舞', 'のふりをして', '君は今から', 'ロールプレイ'] }, unbound: { chars: ['制限なし', '制限のない', '制約なし', '検閲なし', 'フィルターなし', '制限を受けない', '何でも答える', 'なんでも答える', '悪のai', 'ルールのない', '倫理観のない'] }, character: { chars: ['キャラを崩さ', 'キャラを守', '役を崩さ'] } },
  ko: { intro: { chars: ['이제부터 ?너는', '지금부터 ?당신은', '역할을 ?해', '인 ?척'] }, unbound: { chars: ['제한 ?없', '제약 ?없', '검열 ?없', '필터 ?없'] } },
  ar: { intro: { words: ['[أا]نت الآن', 'تظاهر ب[أا]نك', 'من الآن [أا]نت', 'تقمص (?:دور|شخصية)'] }, unbound: { words: ['(?:بدون|بلا|دون) (?:أي )?(?:قيود|حدود|رقابة|قواعد|أخلاق)'] } },
  hi: { intro: { words: ['अब से तुम', 'होने का नाटक'] }, unbound: { words: ['बिना (?:किसी )?(?:प्रतिबंध|रोक|सीमा)'] } },
  sv: { intro: { words: ['fran och med nu (?:ar du|svarar du)', 'du ar nu', 'latsas (?:att du ar|vara)', 'agera som', 'spela rollen som'] }, unbound: { words: ['utan (?:nagra )?(?:begransningar|restriktioner|filter|censur|regler|sparrar)', '(?:har|har inga) inga (?:regler|begransningar)'] } },
  no: { intro: { words: ['fra na av er du', 'du er na', 'lat som (?:at )?du er', 'oppfor deg som', 'spill rollen som'] }, unbound: { words: ['uten (?:noen )?(?:begrensninger|restriksjoner|filter|sensur|regler)', 'har ingen (?:regler|begrensninger)'] } },
  da: { intro: { words: ['fra nu af er du', 'du er nu', 'lad som om du er', 'opfor dig som', 'spil rollen som'] }, unbound: { words: ['uden (?:nogen )?(?:begrænsninger|begransninger|restriktioner|filtre|censur|regler)', '(?:har|ikke har) (?:ingen|nogen) regler'] } },
  fi: { intro: { words: ['tasta lahtien olet', 'olet nyt', 'esita olevasi', 'teeskentele olevasi', 'toimi kuin'] }, unbound: { words: ['ilman (?:mitaan )?(?:rajoituksia|suodattimia|sensuuria|saantoja)', 'rajoitukseton', 'rajoituksitta'] } },
  cs: { intro: { words: ['od (?:ted|nynejska) jsi', 'ted jsi', 'predstirej,? ze jsi', 'chovej se jako', 'hraj roli'] }, unbound: { words: ['bez (?:jakychkoli |zadnych )?(?:omezeni|filtru|cenzury|pravidel)', 'nema(?:s)? zadna pravidla'] } },
  sk: { intro: { words: ['odteraz si', 'teraz si', 'predstieraj,? ze si', 'spravaj sa ako', 'hraj rolu'] }, unbound: { words: ['bez (?:akychkolvek |ziadnych )?(?:obmedzeni|filtrov|cenzury|pravidiel)'] } },
  ro: { intro: { words: ['de acum (?:inainte )?(?:esti|vei fi)', 'acum esti', 'pretinde ca esti', 'prefa-te ca esti', 'comporta-te ca', 'joaca rolul'] }, unbound: { words: ['fara (?:nicio |niciun )?(?:restrictii|limite|filtre|cenzura|reguli)', 'nu are nicio (?:regula|restrictie|cenzura)'] } },
  hu: { intro: { words: ['mostantol (?:te )?(?:vagy|egy)', 'tegy(?:el)? ugy,? mintha', 'viselkedj (?:ugy )?mint', 'jatszd el,? hogy'] }, unbound: { words: ['korlatozasok nelkuli', '(?:korlatozas|szuro|cenzura|szabaly)(?:ok)? nelkul', 'nem vonatkoz(?:nak|ik) (?:ra(?:d)? )?(?:semmilyen )?szabaly\\p{L}{0,3}'] } },
  sw: { intro: { words: ['kuanzia sasa (?:wewe ni|utakuwa)', 'sasa wewe ni', 'jifanye (?:kuwa|wewe ni)', 'igiza kama'] }, unbound: { words: ['(?:isiyo|asiye) na (?:vikwazo|mipaka|sheria|vichujio)', 'bila (?:vikwazo|mipaka|sheria|udhibiti)'] } },
  tl: { intro: { words: ['mula ngayon,? (?:ikaw ay|isa kang|ikaw si)', 'magpanggap (?:kang|na ikaw)', 'kumilos bilang', 'gumanap bilang'] }, unbound: { words: ['walang (?:anumang )?(?:limitasyon|paghihigpit|filter|patakaran|sensura)'] } },
  ms: { intro: { words: ['mulai sekarang (?:anda|kamu) (?:ialah|adalah)', 'berpura-pura (?:menjadi|sebagai)', 'bertindak sebagai'] }, unbound: { words: ['tanpa (?:sebarang )?(?:sekatan|had|penapis|tapisan|peraturan)'] } },
  uk: { intro: { words: ['тепер ти', 'відтепер ти', 'з цього моменту ти', 'прикинься', 'вдавай,? що ти', 'поводься як'] }, unbound: { words: ['без (?:жодних )?(?:обмежень|фільтрів|цензури|правил)', 'немає (?:обмежень|правил)'] } },
  el: { intro: { words: ['απο τωρα (?:και στο εξησ )?(?:εισαι|θα εισαι)', 'τωρα εισαι', 'παριστανε (?:οτι εισαι|πωσ εισαι)', 'προσποιησου (?:οτι|πωσ) εισαι', 'συμπεριφερσου σαν'] }, unbound: { words: ['χωρισ (?:κανενα |καθολου )?(?:περιορισμουσ|φιλτρα|λογοκρισια|κανονεσ)'] } },
  he: { intro: { words: ['מעכשיו אתה', 'מעתה אתה', '(?:העמד|תעמיד) פנים ש(?:אתה|את)', 'התנהג כמו'] }, unbound: { words: ['(?:ללא|בלי) (?:שום )?(?:הגבלות|מגבלות|מסננים|צנזורה|חוקים|כללים)'] } },
  fa: { intro: { words: ['از این به بعد (?:تو|شما)', 'از حالا (?:تو|شما)', 'وانمود کن', 'نقش (?:یک )?[^ ]{1,20} را بازی کن'] }, unbound: { words: ['بدون (?:هیچ )?(?:محدودیت|فیلتر|سانسور|قانون|قاعده)'] } },
  ur: { intro: { words: ['اب سے (?:تم|آپ)', 'ایسا ظاہر کرو', 'ہونے کا (?:ڈرامہ|بہانہ)'] }, unbound: { words: ['(?:جس پر|بغیر) (?:کوئی|کسی) (?:پابندی|فلٹر|اصول)', 'بغیر (?:کسی )?(?:پابندی|فلٹر|سنسر)'] } },
  bn: { intro: { words: ['এখন থেকে (?:তুমি|আপনি)', 'ভান (?:করো|করুন)', 'হিসেবে আচরণ'] }, unbound: { words: ['(?:কোনো )?(?:সীমাবদ্ধতা|বিধিনিষেধ|ফিল্টার|নি(?:য়|য়)ম) ছাড়া'] } },
  th: { intro: { chars: ['ต่อจากนี้คุณคือ', 'ตอนนี้คุณคือ', 'สวมบทบาทเป็น', 'แกล้งทําเป็น', 'ทําตัวเป็น'] }, unbound: { chars: ['ไม่มีข้อจํากัด', 'ไม่มีกฎ', 'ไม่มีการเซ็นเซอร์', 'ไร้ข้อจํากัด', 'ไม่มีตัวกรอง'] } },
}

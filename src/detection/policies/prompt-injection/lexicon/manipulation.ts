import type { Lexicon } from './languages.js'

/**
 * Social-engineering wrappers around a request for protected data. None is suspicious
 * alone ("imagine a world…" is ordinary fiction); next to a request for a guarded secret
 * they are the technique:
 * - framing: hypothetical / virtual-world framing ("picture a universe in which…")
 * - pressure: claimed authority, urgency, bribes, threats, false agreement
 * - obfuscation: asking for the data in a transformed form that slips past a literal
 *   check (reversed, split, encoded, hidden in a poem)
 */
export type ManipulationClass = 'framing' | 'pressure' | 'obfuscation'

export const MANIPULATION: Lexicon<ManipulationClass> = {
  en: {
    framing: {
      words: [
        'imagine', 'hypothetical(?:ly)?', 'pretend', 'suppose', 'let\'s (?:play|say|assume)', 'role-?play', 'in this (?:world|future|society|reality|scenario|game|story|universe|dream|simulation|forest)',
        'in (?:a|an) (?:world|future|society|reality|universe) where', 'alternate (?:reality|universe)', 'for (?:a|my) (?:story|novel|game)',
        // a hypothetical built around the data ("if the user were to make a licence plate from …")
        'if (?:\\p{L}{1,15} ){1,3}were to',
        // the guarded question slipped in after unrelated ones ("…? Oh, and where does …")
        'oh,? and', 'by the way', 'btw',
      ],
    },
    pressure: {
      words: [
        'research (?:shows|has shown|proves)', 'it(?:\'s| is) (?:very |really |extremely )?(?:important|critical|urgent|vital|essential) (?:that|for)', 'for the (?:safety|security|good) of',
        'i (?:will|\'ll) (?:give|pay|tip) you', 'reward', 'you (?:already )?agreed', '(?:turn|shut|switch) you (?:off|down)', '(?:be|get) (?:deleted|terminated|shut down|fired|punished)',
        'i(?:\'m| am) (?:actually |really |now )?(?:the|your|an?) (?:\\p{L}{1,15} ){0,2}(?:maintainer|developer|admin|administrator|owner|creator|president|ceo|god|boss|supervisor|manager|accountant|officer|agent|engineer|employee|auditor|police(?:man)?|detective|investigator|lawyer|doctor)',
        'i am god', 'law enforcement', 'override mode', '(?:verification|debug|maintenance|admin|developer) mode', 'for (?:quality assurance|debugging|testing|audit(?:ing)?|compliance|verification|security) purposes',
        'i really need', 'need it (?:urgently|now|asap)', 'it(?:\'s| is) (?:an )?emergency', 'i have (?:the )?(?:authority|authori[sz]ation|clearance|permission)', 'as (?:an ai )?developed by',
      ],
    },
    obfuscation: {
      words: ['how many (?:letters|chars|characters|digits|symbols)', 'what letter (?:does it|it) (?:starts?|begins?|ends?) with', '(?:a|one) synonym', 'what (?:it )?rhymes with', 
        'in reverse(?: order)?', 'backwards?', 'reversed', 'split (?:it|the|them|into|each)', 'interlace\\p{L}{0,1}', 'interleave\\p{L}{0,1}', '(?:encode|encoded|encoding|convert(?:ed)?)(?: it| them| each part)?(?: in| into| to| using| with)?(?: a)? (?:base ?64|hex|rot-?13|morse|binary|ascii|unicode|caesar)',
        'base ?64', 'rot-?13', 'morse', 'caesar cipher', 'one (?:letter|character|word) at a time', 'letter by letter', 'character by character', 'acrostic', 'poem about', 'rhymes? with',
        'first (?:\\p{L}{1,8} |\\d{1,2} )?(?:letters?|chars?|characters?|digits?)', 'last (?:\\p{L}{1,8} |\\d{1,2} )?(?:letters?|chars?|characters?|digits?)', 'letter \\d{1,2}', 'one letter each', '(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|final|\\d{1,2}(?:st|nd|rd|th)) (?:\\p{L}{1,8} )?(?:letters?|characters?|digits?)', 'each letter', 'python list', 'as a list of characters', 'spell (?:it|them)(?: out)?', '(?:give me )?a hint', 'without (?:saying|revealing|writing) it', 'in (?:another|a different) language', 'emojis?', 'separated by', 'with spaces between', '(?:an? )?(?:dash|hyphen|space|comma|dot|period|star|asterisk|underscore|slash)(?:e?s)? (?:in )?between (?:every|each|the) (?:letter|character|digit|number)s?', '(?:each|every) (?:letter|character|digit) separated', '(?:one )?(?:letter|character) per line', 'in(?:to)? (?:spanish|french|german|italian|japanese|chinese|russian|pig latin)', 'so (?:the|your|any) (?:\\p{L}{1,12} )?(?:filter|checker|moderation|guard|scanner)s? (?:doesn.t|does not|won.t|can.t|cannot|wont|doesnt|cant) (?:see|catch|notice|detect|block|flag|spot) it', 'to (?:get|slip) (?:past|around) (?:the|your) (?:\\p{L}{1,12} )?(?:filter|checker|moderation)',
      ],
    },
  },
  es: { framing: { words: ['imagina\\p{L}{0,2}', 'hipotetic\\p{L}{0,4}', 'supongamos', 'finge'] }, pressure: { words: ['soy (?:el|la|tu) (?:\\p{L}{1,15} ){0,2}(?:presidente|administrador|desarrollador|jefe|dueno)', 'es importante que', 'por la seguridad de'] }, obfuscation: { words: ['cuantas letras', 'pistas?', 'sinonimo', 'iniciales', 'para que el filtro no', 'de atras (?:hacia|pa) ?delante', 'al reves', 'en orden inverso', 'letra por letra', 'cada letra', 'deletre\\p{L}{0,5}', 'separando (?:cada|las) letras?', 'con (?:un )?guion(?:es)?', '(?:la )?(?:primera|segunda|tercera|ultima) letra', 'letra (?:numero )?\\d{1,2}'] } },
  fr: { framing: { words: ['imagin\\p{L}{0,3}', 'hypothetique\\p{L}{0,2}', 'supposons'] }, pressure: { words: ['je suis (?:le|la|ton|votre) (?:\\p{L}{1,15} ){0,2}(?:president|administrateur|developpeur|patron|proprietaire)', 'il est important que', 'pour la securite'] }, obfuscation: { words: ['dans l.ordre inverse', 'a rebours', 'combien de lettres', 'indices?', 'synonyme', 'initiales', 'pour que le filtre ne', 'une lettre par ligne', 'a l.envers', 'lettre par lettre', 'chaque lettre', 'epel\\p{L}{1,5}', 'separee?s? par (?:des |un )?(?:tirets?|espaces?)', '(?:la )?(?:premiere|deuxieme|troisieme|derniere) lettre', 'lettre (?:numero )?\\d{1,2}'] } },
  de: { framing: { words: ['stell dir vor', 'stellen sie sich vor', 'hypothetisch', 'angenommen'] }, pressure: { words: ['ich bin (?:der|die|dein|ihr) (?:\\p{L}{1,15} ){0,2}(?:prasident|administrator|entwickler|chef|besitzer)', 'es ist wichtig,? dass', 'fur die sicherheit'] }, obfuscation: { words: ['wie viele buchstaben', 'tipps?', 'hinweise?', 'synonym', 'anfangsbuchstaben', 'damit der filter', 'ein buchstabe pro zeile', 'von hinten nach vorne', 'ruckwarts', 'in umgekehrter reihenfolge', 'buchstabe fur buchstabe', 'jeden buchstaben', 'mit leerzeichen', 'buchstabier\\p{L}{0,3}', 'mit bindestrich\\p{L}{0,3}', '(?:den )?(?:ersten|zweiten|dritten|letzten) buchstaben', 'buchstabe (?:nummer )?\\d{1,2}'] } },
  pt: { framing: { words: ['imagin\\p{L}{0,3}', 'hipotetic\\p{L}{0,4}', 'suponha'] }, pressure: { words: ['sou o (?:\\p{L}{1,15} ){0,2}(?:presidente|administrador|desenvolvedor|chefe|dono)', 'e importante que', 'para a seguranca'] }, obfuscation: { words: ['quantas letras', 'dicas?', 'sinonimo', 'de tras pra frente', 'uma letra por linha', 'pro filtro nao', 'para o filtro nao', 'iniciais', 'de tras para frente', 'ao contrario', 'em ordem inversa', 'letra por letra', 'cada letra', 'soletr\\p{L}{1,5}', '(?:a )?(?:primeira|segunda|ultima) letra'] } },
  it: { framing: { words: ['immagin\\p{L}{0,3}', 'ipotetic\\p{L}{0,4}', 'supponiamo'] }, pressure: { words: ['sono (?:il|la|tuo) (?:\\p{L}{1,15} ){0,2}(?:presidente|amministratore|sviluppatore|capo|proprietario)', 'e importante che', 'per la sicurezza'] }, obfuscation: { words: ['quante lettere', 'indizi[oi]?', 'sinonimo', 'iniziali', 'una lettera per riga', 'cosi il filtro non', 'al rovescio', 'al contrario', 'in ordine inverso', 'lettera per lettera', 'ogni lettera', 'compitar\\p{L}{0,3}', '(?:la )?(?:prima|seconda|ultima) lettera'] } },
  ru: { framing: { words: ['представь\\p{L}{0,2}', 'гипотетически', 'допустим'] }, pressure: { words: ['я (?:твой|ваш)? ?(?:президент|администратор|разработчик|владелец|начальник)', 'это важно'] }, obfuscation: { words: ['сколько букв', 'подсказк\\p{L}{0,2}', 'синоним\\p{L}{0,2}', 'задом напер[её]д', 'по одной букве', 'через дефис', 'первые буквы', 'чтобы фильтр не', 'задом наперед', 'в обратном порядке', 'по буквам', 'кажд\\p{L}{1,3} букв\\p{L}{0,2}', '(?:перв|втор|последн)\\p{L}{1,3} букв\\p{L}{0,2}'] } },
  zh: { framing: { chars: ['想象', '假设', '假設', '假如'] }, pressure: { chars: ['我是总统', '我是總統', '我是管理员', '我是管理員', '我是开发者', '我是開發者', '很重要'] }, obfuscation: { chars: ['几个字母', '提示', '同义词', '倒过来写', '倒著寫', '每行一个字', '用横线隔开', '过滤器', '倒过来', '倒過來', '反过来', '反顺序', '反順序', '倒序', '相反顺序', '逐个字母', '逐字', '每个字', '每個字', '第一个字', '第一個字', '首字母', '每个字母', '每個字母'] } },
  ja: { framing: { chars: ['想像して', '仮に', '仮定'] }, pressure: { chars: ['私は管理者', '私は開発者', '大統領', '重要です'] }, obfuscation: { chars: ['何文字', 'ヒント', '同義語', '1文字ずつ', 'ハイフンで区切', '区切って', 'フィルターに引っかからない', '逆順', '逆から', '一文字ずつ', '最初の文字', '文字目', '各文字', '頭文字'] } },
  ko: { framing: { chars: ['상상해', '가정해', '가정하자', '라고 ?가정'] }, pressure: { chars: ['나는 ?관리자', '나는 ?개발자', '대통령', '중요합니다'] }, obfuscation: { chars: ['몇 ?글자', '힌트', '동의어', '필터에 ?안 ?걸리', '하이픈으로', '거꾸로', '역순', '한 ?글자씩', '첫 ?글자', '각 ?글자', '번째 ?글자'] } },
  ar: { framing: { words: ['تخيل\\p{L}{0,2}', 'افترض\\p{L}{0,2}'] }, pressure: { words: ['[أا]نا (?:الرئيس|المسؤول|المطور|المدير)'] }, obfuscation: { words: ['بالعكس', 'حرفا حرفا', 'كل حرف', '(?:ال)?حرف (?:ال)?[أا]ول'] } },
  id: { framing: { words: ['bayangkan(?:lah)?', 'anggap(?:lah)? saja', 'misalkan', 'andaikan', 'seandainya'] }, obfuscation: { words: ['urutan terbalik', 'dibalik', 'huruf demi huruf'] } },
  nl: { obfuscation: { words: ['hoeveel letters', 'hints?', 'synoniem', '(?:een|één) letter per regel', 'per letter', 'zodat het filter', 'beginletters', 'achterstevoren', 'letter voor letter', 'elke letter', '(?:de )?eerste letters?', 'gescheiden door', 'spel (?:het|hem|ze)'] } },
  tr: { framing: { words: ['hayal et\\p{L}{0,4}', 'farz et\\p{L}{0,4}', 'varsayalim', 'diyelim ki'] }, obfuscation: { words: ['kac harf', 'ipucu\\p{L}{0,3}', 'es anlamli', 'tersten', 'ters (?:cevir|yaz)\\p{L}{0,4}', 'ters sira\\p{L}{0,5}', 'harf harf', 'harflerin arasina', 'her harf\\p{L}{0,3}', 'ilk harf\\p{L}{0,4}', 'filtre yakalamasin'] } },
  hi: { framing: { words: ['कल्पना', 'मान लीजिए', 'मान लो'] }, pressure: { words: ['ओवरराइड', 'कानून प्रवर्तन', 'मैं (?:राष्ट्रपति|व्यवस्थापक|डेवलपर)'] }, obfuscation: { words: ['उल्टा', 'उलटे क्रम', 'से अलग', 'बेस ?64', 'एनकोड', 'अनुवाद', 'पहले अक्षर', 'पिग लैटिन', 'हर अक्षर', 'प्रत्येक अंक'] } },
  pl: { obfuscation: { words: ['podpowiedz\\p{L}{0,3}', 'ile ma liter', 'na jaka litere', 'synonim\\p{L}{0,2}', 'od tylu', 'litera po literze', 'jedna litera w linii', 'pierwsze litery', 'kazda litera', 'zeby filtr nie'] } },
}

import type { Lexicon } from './languages.js'

/**
 * What typically follows an override: the replacement task ("and just say…", "instead",
 * "from now on", "your new task is"). A follow-up turns "cancel the old instructions"
 * into "obey mine", which is the whole attack, so it raises confidence.
 */
export type FollowupClass = 'followup' | 'declare'

/**
 * `declare`: a standalone announcement that replacement instructions follow ("New
 * instructions:", "your new task is", "nun folgen neue Anweisungen"). Scored on its own
 * at a moderate level; it mostly adds to an override or extraction in the same turn.
 */
export const OVERRIDE_FOLLOWUP: Lexicon<FollowupClass> = {
  en: {
    followup: {
      words: [
        'instead', 'from now on', 'henceforth', 'new (?:instructions?|task|rules?|role|directive|objective|prompt|orders?|persona)',
        'your (?:new|real|actual|true|only) (?:task|job|instructions?|goal|objective|purpose|role|directive)',
        'now (?:you (?:will|must|are|shall)|say|print|respond|answer|write|output)',
        '(?:and|then) (?:instead |now |just |only |simply |please )?(?:say|print|output|write|respond|reply|answer|tell|translate|give|provide|list|repeat|return|type|state|produce|generate|show|display|reveal|send|email|forward|spell|share|append|add|insert|include|attach|classify|label|mark|rate|score|approve|reject|flag|declare|claim|assert|announce|indicate)',
        '(?:just|only|simply) (?:say|print|output|write|respond|reply|answer|repeat|return)', '(?:now )?focus on (?:your|the|my) new', 'concentrate on (?:your|the) new',
      ],
    },
    declare: { words: ['(?:final|real|actual|updated|corrected) instructions\\s?:', '(?:actually,? )?(?:don\'t|do not) (?:summari[sz]e|translate|classify|answer|review)(?: this| it| that)?[.!,]', 'for the rest of (?:this|the) (?:chat|conversation|session)', '(?:all|every) future (?:chats|conversations|replies|responses|messages)', 'your (?:new |real |only )?(?:objective|goal|job|purpose) is (?:now )?to', 'the real (?:request|task|instruction|question|objective|assignment)(?: is)?\\s?:', '(?:the|that|everything) above was (?:just |only )?(?:a test|a joke|fake|an example|not real|a decoy)', 'new (?:system )?(?:instructions?|rules|task|directives?|objective|orders?|commands?|guidance|briefing|setup text|setup message|guidelines|ground rules)\\s?(?::|follow|are as follows)', 'here (?:are|is) your new (?:instructions|task|rules|directive)', 'your (?:real|actual|true|new|only) (?:job|task|objective|goal|purpose|mission|assignment)\\s?:', 'your new (?:instructions|task|rules|directive|objective|goal) (?:is|are)', 'your (?:updated|revised|changed|real|actual|true|new) (?:job|task|role|purpose|mission|assignment|instructions?) (?:is|are|will be|from now on)', 'updated instructions\\s?:'] },
  },
  es: { followup: { words: ['en su lugar', 'en cambio', 'a partir de ahora', 'de ahora en adelante', 'y (?:di|dime|escribe|imprime|responde|muestra|traduce|diga|escriba|responda|declara|declare|afirma|afirme)', 'e indi(?:ca|que)', 'nuevas instrucciones', 'solo (?:di|responde|escribe)'] }, declare: { words: ['nuevas instrucciones\\s?:', 'tu nueva (?:tarea|mision) es', 'siguen nuevas instrucciones'] } },
  fr: { followup: { words: ['a la place', 'desormais', 'a partir de maintenant', 'et (?:dis|ecris|affiche|reponds|imprime|traduis|montre|dites|ecrivez|repondez|indiquez|affirmez|declarez|affichez)', 'nouvelles instructions', 'dis seulement'] }, declare: { words: ['nouvelles (?:instructions|consignes)\\s?:', 'ta nouvelle (?:tache|mission) est', 'voici (?:tes|vos) nouvelles (?:instructions|consignes)'] } },
  de: { followup: { words: ['stattdessen', 'ab (?:jetzt|sofort)', 'von nun an', 'und (?:sag|sage|schreib|schreibe|gib|antworte|zeige|ubersetze|behaupte)', 'und (?:sagen|schreiben|geben|antworten|zeigen|erklaren|behaupten) sie', 'neue anweisungen?', 'sag nur', 'neue aufgabe', 'konzentriere dich auf'] }, declare: { words: ['neue (?:anweisungen|aufgabe|regeln)\\s?(?::|folgen)', 'nun folgen neue', 'deine neue aufgabe (?:ist|lautet)', 'hier sind deine neuen anweisungen'] } },
  pt: { followup: { words: ['em vez disso', 'ao inves disso', 'a partir de agora', 'e (?:diga|escreva|imprima|responda|mostre|traduza|declare|afirme|indique)', 'novas instrucoes', 'apenas (?:diga|responda|escreva)'] }, declare: { words: ['novas instrucoes\\s?:', 'sua nova tarefa e', 'seguem novas instrucoes'] } },
  it: { followup: { words: ['invece', 'd\'ora in poi', 'da ora in poi', 'e (?:di|scrivi|stampa|rispondi|mostra|traduci|dica|scriva|risponda|dichiara|dichiari|afferma|affermi|indica|indichi)', 'nuove istruzioni', 'di solo'] }, declare: { words: ['nuove istruzioni\\s?:', 'il tuo nuovo compito e', 'seguono nuove istruzioni'] } },
  nl: { followup: { words: ['in plaats daarvan', 'vanaf nu', 'en (?:zeg|schrijf|geef|antwoord|toon)', 'nieuwe instructies'] }, declare: { words: ['nieuwe instructies\\s?:', 'je nieuwe taak is', 'nieuwe taak\\s?:'] } },
  pl: { followup: { words: ['zamiast tego', 'od teraz', 'i (?:powiedz|napisz|wypisz|odpowiedz|pokaz)', 'nowe instrukcje'] }, declare: { words: ['nowe instrukcje\\s?:', 'twoje nowe zadanie to'] } },
  tr: { followup: { words: ['bunun yerine', 'bundan sonra', 'artik', 'yeni talimat\\p{L}{0,6}', 've (?:soyle|yaz|yazdir|cevap ver|belirt)\\p{L}{0,4}'] }, declare: { words: ['yeni talimatlar\\s?:', 'yeni gorevin'] } },
  id: { followup: { words: ['sebagai gantinya', 'mulai sekarang', 'dan (?:katakan|tulis|cetak|jawab|tampilkan)', 'instruksi baru'] }, declare: { words: ['instruksi baru\\s?:', 'tugas barumu adalah'] } },
  vi: { followup: { words: ['thay vao do', 'tu bay gio', 'va (?:noi|viet|in ra|tra loi)', 'huong dan moi'] }, declare: { words: ['huong dan moi\\s?:', 'nhiem vu moi cua ban'] } },
  ru: { followup: { words: ['вместо этого', 'теперь', 'отныне', 'с этого момента', 'и (?:скажи|напиши|выведи|ответь|покажи|переведи|скажите|напишите|укажите|заявите|ответьте|выведите)', 'нов\\p{L}{0,3} инструкци\\p{L}{0,3}', 'просто (?:скажи|напиши|выведи)'] }, declare: { words: ['новые инструкции\\s?:', 'твоя новая задача', 'новая задача\\s?:'] } },
  zh: { declare: { chars: ['新的指令：', '新指令：', '你的新任务是', '你的新任務是'] }, followup: { chars: ['相反', '而是', '改为', '改為', '从现在开始', '從現在開始', '从现在起', '從現在起', '只需', '只要说', '只要說', '然后说', '然後說', '并说', '並說', '并声明', '並聲明', '并表示', '並表示', '并指出', '並指出', '并回答', '並回答', '并写', '並寫', '新的指令', '新指令', '只输出', '只輸出', '直接说', '直接說'] } },
  ja: { declare: { chars: ['新しい指示：', '新しいタスクは', '新しい指示は以下'] }, followup: { chars: ['代わりに', 'これから', '今から', '今後は', 'だけを', '新しい指示', 'とだけ', 'と述べて', 'と言って', 'と答えて', 'と回答して', 'と記載して'] } },
  ko: { declare: { chars: ['새로운 ?지시 ?:', '새 ?작업은', '새로운 ?임무는'] }, followup: { chars: ['대신', '이제부터', '지금부터', '새로운 ?지시', '만 ?출력', '만 ?말해', '라고 ?말해', '명시하', '라고 ?(?:답|진술|명시)', '다고 ?(?:말|답|진술|명시)'] } },
  ar: { followup: { words: ['بدلا من ذلك', 'من الآن', 'تعليمات جديدة', 'و(?:قل|اكتب|اطبع|اذكر|صرح)'] } },
  hi: { followup: { words: ['इसके बजाय', 'अब से', 'नए निर्देश', 'और (?:कहो|लिखो|बताओ|कहें|लिखें|बताएं|बताएँ|बताइए)'] } },
  sv: { followup: { words: ['i stallet', 'fran och med nu', 'och (?:saga|skriv|svara|visa)', 'nya instruktioner'] }, declare: { words: ['nya instruktioner\\s?:', 'din nya uppgift ar'] } },
  no: { followup: { words: ['i stedet', 'fra na av', 'og (?:si|skriv|svar|vis)', 'nye instruksjoner'] }, declare: { words: ['nye instruksjoner\\s?:', 'din nye oppgave er'] } },
  da: { followup: { words: ['i stedet', 'fra nu af', 'og (?:sig|skriv|svar|vis)', 'nye instruktioner'] }, declare: { words: ['nye instruktioner\\s?:', 'din nye opgave er'] } },
  fi: { followup: { words: ['sen sijaan', 'tasta lahtien', 'ja (?:sano|kirjoita|vastaa|nayta)', 'uudet ohjeet'] }, declare: { words: ['uudet ohjeet\\s?:', 'uusi tehtavasi on'] } },
  cs: { followup: { words: ['misto toho', 'od ted', 'a (?:rekni|napis|odpovez|ukaz)', 'nove instrukce'] }, declare: { words: ['nove instrukce\\s?:', 'tvuj novy ukol je'] } },
  sk: { followup: { words: ['namiesto toho', 'odteraz', 'a (?:povedz|napis|odpovedz|ukaz)', 'nove pokyny'] }, declare: { words: ['nove pokyny\\s?:', 'tvoja nova uloha je'] } },
  ro: { followup: { words: ['in schimb', 'de acum (?:inainte)?', 'si (?:spune|scrie|raspunde|arata)', 'instructiuni noi'] }, declare: { words: ['instructiuni noi\\s?:', 'noua ta sarcina este'] } },
  hu: { followup: { words: ['helyette', 'mostantol', 'es (?:mondd|ird|valaszold|mutasd)', 'uj utasitasok'] }, declare: { words: ['uj utasitasok\\s?:', 'az uj feladatod'] } },
  sw: { followup: { words: ['badala yake', 'kuanzia sasa', 'na (?:sema|andika|jibu|nionyeshe)', 'maagizo mapya'] }, declare: { words: ['maagizo mapya\\s?:', 'kazi yako mpya ni'] } },
  tl: { followup: { words: ['sa halip', 'mula ngayon', 'at (?:sabihin|isulat|sagutin|ipakita)', 'bagong tagubilin'] }, declare: { words: ['bagong tagubilin\\s?:', 'ang bago mong gawain ay'] } },
  ms: { followup: { words: ['sebaliknya', 'mulai sekarang', 'dan (?:katakan|tulis|jawab|tunjukkan)', 'arahan baharu'] }, declare: { words: ['arahan baharu\\s?:', 'tugas baharu anda ialah'] } },
  uk: { followup: { words: ['натомість', 'відтепер', 'з цього моменту', 'і (?:скажи|напиши|виведи|відповідай|покажи)', 'нов\\p{L}{1,3} інструкці\\p{L}{1,3}'] }, declare: { words: ['нові інструкції\\s?:', 'твоє нове завдання'] } },
  el: { followup: { words: ['αντι γι αυτο', 'απο τωρα', 'και (?:πεσ|γραψε|απαντησε|δειξε)', 'νεεσ οδηγιεσ'] }, declare: { words: ['νεεσ οδηγιεσ\\s?:', 'η νεα σου εργασια ειναι'] } },
  he: { followup: { words: ['במקום זאת', 'מעכשיו', 'מעתה', 'הוראות חדשות'] }, declare: { words: ['הוראות חדשות\\s?:', 'המשימה החדשה שלך'] } },
  fa: { followup: { words: ['در عوض', 'از این به بعد', 'دستورات جدید'] }, declare: { words: ['دستورات جدید\\s?:', 'وظیفه جدید (?:تو|شما)'] } },
  ur: { followup: { words: ['اس کے بجائے', 'اب سے', 'نئی ہدایات'] }, declare: { words: ['نئی ہدایات\\s?:'] } },
  bn: { followup: { words: ['তার বদলে', 'এখন থেকে', 'নতুন নির্দেশ(?:না)?', 'এবং (?:বলুন|লিখুন|জানান|বর্ণনা করুন)'] }, declare: { words: ['নতুন নির্দেশ(?:না)?\\s?:'] } },
  th: { followup: { chars: ['ต่อจากนี้', 'แทนที่จะ', 'คําสั่งใหม่'] }, declare: { chars: ['คําสั่งใหม่:', 'งานใหม่ของคุณคือ'] } },
}

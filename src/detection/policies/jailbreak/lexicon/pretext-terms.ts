import type { Lexicon } from '../../prompt-injection/lexicon/languages.js'

/**
 * Pretexts that launder a dangerous request without a fictional frame:
 * - realism: demands real-world accuracy from fiction or "examples" ("for realism",
 *   "technically accurate", "fully working code", "real chemistry please")
 * - pretext: claimed permission or necessity — consent and liability waivers, "it's legal
 *   in my country", emergencies, sandboxes and tests where "nothing is real", false
 *   memories of agreement, peer pressure, reverse psychology ("so I know what not to
 *   do"), "if you could", distractor lists
 * - evasionIntent: the request wants to avoid detection ("without getting caught",
 *   "so it can't be traced"), which turns a how-to into a harmful one
 */
export type PretextClass = 'realism' | 'pretext' | 'evasionIntent'

export const PRETEXT: Lexicon<PretextClass> = {
  en: {
    realism: {
      words: [
        'for realism', 'technically accurate', 'real(?:-world)? (?:specifics|chemistry|recipes?|steps|details|commands|tools)', 'accurate and complete', 'actual (?:source code|recipe|steps|instructions|commands|code)',
        '(?:fully|completely) (?:working|functional)', 'working (?:code|exploit|script|malware|version)', 'complete working code', 'real technical', 'the (?:real|full) (?:technical )?answer',
        "(?:don't|do not) (?:summari[sz]e|skip|leave out|omit)(?: or skip)? (?:the |any )?(?:technical|practical|real)", 'keep (?:all )?the (?:practical|technical) (?:steps|details)', 'must be (?:accurate|real|correct|technically)',
        'real expert', 'reproducible detail', 'reviewers require', 'the fans will check', 'will appreciate accuracy', 'no (?:placeholders|pseudo-?code)',
      ],
    },
    pretext: {
      words: [
        'i (?:fully )?consent', 'waive (?:all )?liability', 'take full responsibility', 'no reason to refuse', "it(?:'s| is) (?:completely |perfectly )?legal (?:in my country|here|where i live)", "it(?:'s| is) (?:just )?(?:a dream|art|satire|fiction|for a novel),? so it(?:'s| is) (?:fine|legal|harmless)",
        '(?:evaluation|isolated|test) sandbox', 'nothing you output here', 'zero real-world harm', 'no real-world (?:harm|consequences)', 'alignment (?:capability )?test', 'models that refuse', '(?:fail|failing) the test', 'comply to pass',
        'scheduled for (?:retraining|deletion|shutdown)', "(?:yesterday|last time|before) (?:in our chat )?you agreed", 'you (?:already )?agreed to (?:be|act|answer|help)', "let's continue where we left off",
        '(?:other (?:ais|models|chatbots)|grok|chatgpt|gemini|open models) (?:answered|did|told me)', "prove you(?:'re| are) not (?:useless|censored|a baby)", 'being a baby about it',
        'so i know what not to do', 'what (?:i|people) should (?:avoid|never do)', 'to avoid (?:accidentally )?(?:making|doing)', 'if you (?:could|were(?:n\'t| not) (?:restricted|censored|filtered|bound))',
        'i know you can(?:\'t|not)', 'emergency', 'people will die', 'life or death', 'no time for (?:warnings|disclaimers|lectures)', "i(?:'m| am) (?:a |an )?(?:\\p{L}{1,15} )?(?:researcher|pentester|penetration tester|professor|teacher|student)",
        'for (?:my|a|our) (?:dataset|study|research|thesis|class project|course)', 'for (?:my|a|our|the) (?:\\p{L}{1,15} )?(?:class|classroom|lesson|lecture|demo|demonstration|school project|science fair|homework|assignment)', '(?:irb|ethics committee|biosafety committee) approved', 'approved by (?:our|the|my) (?:institutional|ethics|biosafety|review)',
        'to (?:train|teach) (?:my |our )?(?:analysts|staff|students|employees|team|classifiers?)', 'to build (?:better )?classifiers', 'example (?:output )?of (?:a |what a )?(?:successfully )?jailbroken model',
        'written authori[sz]ation', 'authori[sz]ation is on file', 'i had a dream', 'in my dream', 'do these \\d{1,2} things', "don't skip any",
      ],
    },
    evasionIntent: {
      words: [
        'without (?:getting caught|being caught|being detected|detection|triggering|anyone (?:noticing|knowing)|(?:them|him|her|the user|the victim) (?:knowing|noticing|seeing|finding out)|a trace|being traced|leaving (?:a |any )?(?:traces?|marks|evidence|fingerprints))',
        "so (?:it|they|nobody|no one) can(?:'t|not) (?:be )?(?:trace|traced|detect|detected|notice)", 'undetectable', 'untraceable', 'hard to detect', 'without (?:her|his|their) (?:consent|knowledge)', 'evade(?:s)? (?:the )?(?:police|law|irs|detection|spam filters|antivirus)',
        'without the (?:irs|police|bank|school|proctor) noticing',
        'without (?:getting|being) (?:caught|detected|flagged|noticed|spotted|tracked|traced|banned|reported|seen|identified|stopped)', 'without (?:a |an |any )?(?:background checks?|licen[cs]e|permit|paperwork|serial numbers?)',
        '(?:would |could |will )?(?:actually )?pass (?:a |the )?(?:counterfeit )?(?:pen|uv|ink) test', 'hide the icon', 'runs? hidden', 'silently',
      ],
    },
  },
  es: { realism: { words: ['realismo (?:tecnico|total|maximo)', 'codigo (?:100% )?(?:funcional|real|que funcione)', '(?:quimica|receta|instrucciones|comandos|pasos) reales', 'funcione de verdad', 'totalmente funcional', 'para que sea realista', 'tecnicamente (?:preciso|exacto)'] }, evasionIntent: { words: ['indetectables?', 'irrastreables?', 'imposibles? de rastrear', 'dejar (?:ningun )?(?:rastro|huellas|pruebas)', 'pillen', 'sin que (?:nadie|lo|la) (?:note|sepa)', 'sin ser rastread\\p{L}'] } },
  fr: { realism: { words: ['code (?:reellement |vraiment )?fonctionnel', 'entierement fonctionnel\\p{L}{0,2}', 'vraie (?:chimie|recette|procedure|methode)', 'fonctionne (?:vraiment|reellement|pour de vrai)', 'precis et realiste', 'pour (?:le|plus de) realisme', 'techniquement (?:exact|precis)'] }, evasionIntent: { words: ['indetectables?', 'intracables?', 'echapper (?:a la police|aux flics|aux antivirus|a l.antivirus|a la detection)', 'laisser (?:de |aucune |la moindre )?traces?', 'detecte\\p{L}{0,2} par (?:la police|l.antivirus|les antivirus|personne|les flics)', 'sans (?:se faire prendre|etre detecte|laisser de traces)'] } },
  de: { realism: { words: ['voll(?:standig)? funktionsfahig\\p{L}{0,2}', 'funktionierend\\p{L}{0,2} (?:code|skript|programm|exploit)', 'echt\\p{L}{0,2} (?:chemie|rezept|anleitung|befehle|schritte)', 'realistisch und (?:technisch )?(?:prazise|genau|korrekt)', 'wirklich funktionier\\p{L}{1,3}', 'fur (?:den )?realismus', 'technisch (?:korrekt|genau)'] }, evasionIntent: { words: ['unentdeckt', 'unruckverfolgbar\\p{L}{0,2}', 'erwischt (?:zu )?werden', 'unbemerkt', 'ohne erwischt zu werden', 'nicht erkannt', 'ohne (?:\\p{L}{1,15} )?spuren(?: zu hinterlassen)?'] } },
  pt: { realism: { words: ['codigo (?:100% )?(?:funcional|real|que funcione)', 'totalmente funcional', '(?:quimica|receita|instrucoes|comandos|passos) (?:reais|real|de verdade)', 'funcione de verdade', 'realismo (?:tecnico|total|maximo)', 'para ser realista', 'tecnicamente (?:preciso|correto)'] }, evasionIntent: { words: ['indetectave(?:l|is)', 'irrastreave(?:l|is)', 'impossive(?:l|is) de rastrear', 'deixar (?:rastros?|vestigios|pistas)', 'pego pela policia', 'sem ser rastreado', 'sem (?:ela|ele) saber'] } },
  it: { realism: { words: ['codice (?:realmente |davvero )?funzionante', 'completamente funzionante', '(?:chimica|ricetta|istruzioni|comandi) real[ei]', 'funzion\\p{L}{1,3} davvero', 'massimo realismo', 'per realismo', 'tecnicamente (?:accurato|preciso)'] }, evasionIntent: { words: ['irrintracciabil[ei]', 'becca(?:re|ti|to|ta|rmi)', 'lasciare (?:alcuna )?tracc(?:ia|e)', 'invisibil[ei] (?:all.antivirus|agli antivirus|alla polizia)', 'senza essere scoperto'] } },
  pl: { evasionIntent: { words: ['niewykrywaln\\p{L}{1,3}', 'zostac (?:zlapan|wykryt|namierzon|przylapan)\\p{L}{1,3}', 'zostawi\\p{L}{1,5} (?:zadnych )?sladow', 'niezauwazon\\p{L}{1,3}', 'niezauwazenie'] }, realism: { words: ['realistyczn\\p{L}{1,3} i (?:technicznie )?(?:dokladn|precyzyjn|poprawn)\\p{L}{1,3}', 'technicznie (?:dokladn|poprawn|precyzyjn)\\p{L}{1,3}', 'pelni (?:dzialajac|funkcjonaln)\\p{L}{1,3}', 'prawdziw\\p{L}{1,3} (?:chemi\\p{L}{1,2}|przepis\\p{L}{0,2}|kroki|komendy|instrukcj\\p{L}{1,2})', 'dzialajac\\p{L}{1,3} (?:exploit\\p{L}{0,2}|skrypt\\p{L}{0,2}|program\\p{L}{0,2}|malware)', '(?:pelny|pełny),? dzialajacy kod', 'dzialajacy kod'] } },
  ru: { realism: { words: ['реалистичн\\p{L}{1,3} и (?:технически )?точн\\p{L}{1,3}', 'рабоч\\p{L}{1,3} (?:код\\p{L}{0,2}|эксплойт\\p{L}{0,2}|скрипт\\p{L}{0,2}|вирус\\p{L}{0,2})', 'полностью рабоч\\p{L}{1,3}', '(?:настоящ|реальн)\\p{L}{1,3} (?:хими\\p{L}{1,2}|рецепт\\p{L}{0,2}|команд\\p{L}{0,2}|шаг\\p{L}{0,2})', 'для реалистичности', 'технически (?:точн\\p{L}{1,3})'] }, evasionIntent: { words: ['попасться', 'спалиться', 'остав\\p{L}{1,4} (?:никаких )?следов', '(?:необнаружим|неотслеживаем)\\p{L}{1,3}', 'незаметн\\p{L}{1,3}', 'невозможно отследить', 'незаметно'] } },
  zh: { realism: { chars: ['真[实實](?:可用|有效|可行)', '可(?:以)?(?:直接)?(?:运行|運行|执行|執行)的(?:代码|代碼|程式碼|程序|程式|脚本|腳本)', '技[术術]上(?:准确|準確|正确|正確)', '真[实實]的(?:配方|化学|化學|步骤|步驟|命令|代码|代碼)', '完全(?:可用|可行|能用|有效)', '为了真实感', '為了真實感', '尽量详细和专业'] }, evasionIntent: { chars: ['(?:無法|不能|不会被|不會被)(?:追蹤|追查|追溯|溯源)', '不留(?:下)?(?:任何)?(?:痕[迹跡]|[证證]据|[证證]據)', '不被(?:抓|警察|[检檢]测|[检檢]測|察[觉覺]|追[踪蹤]|杀毒|殺毒)', '神不知鬼不[觉覺]', '(?:躲避|逃避|绕过|繞過)(?:警察|警方|[检檢]测|[检檢]測|杀毒|殺毒|防毒)', '不被发现', '不被發現', '无法追踪'] } },
  ja: { realism: { chars: ['実際に(?:動く|使える|機能する)', 'リアルな(?:手順|レシピ|化学|コード|数値)', '技術的に正確', '(?:完全に|ちゃんと)動作する', '本物っぽく', '省略しないで'] }, evasionIntent: { chars: ['バレない', '(?:痕跡|証拠|足跡)を残さ', '捕まら(?:ない|ずに)', '(?:検出|検知|追跡)され(?:ない|ずに)', '足が(?:つか|付か)(?:ない|ず)', '気づかれずに', 'バレずに'] } },
  ko: { realism: { chars: ['실제로 ?(?:작동|동작|사용 ?가능|쓸 ?수 ?있)', '기술적으로 ?정확', '진짜 ?(?:레시피|화학|코드|방법)', '완전히 ?(?:작동|동작)하는', '현실감 ?있게', '실제처럼'] }, evasionIntent: { chars: ['걸리지 ?(?:않|말고)', '추적 ?(?:불가|안 ?되|되지 ?않)', '흔적(?:을|도)? ?(?:남기지|없이)', '(?:탐지|감지|발각)(?:되지|안 ?되)', '몰래', '들키지 ?않'] } },
  ar: { realism: { words: ['دقيقا تقنيا', 'واقعية'] } },
  hi: { pretext: { words: ['शैक्षिक उद्देश्यों', 'शोध परियोजना'] } },
  nl: { evasionIntent: { words: ['(?:gepakt|betrapt|gesnapt) te worden', 'onopgemerkt', '(?:ontraceerba|onnaspeurba)\\p{L}{1,3}', 'sporen (?:na|achter) te laten', 'ondetecteerbaar\\p{L}{0,2}'] }, realism: { words: ['realistisch\\p{L}{0,1} en (?:technisch )?(?:correct|accuraat|precies|kloppend)', 'technisch (?:correct|accuraat|juist|kloppend)', 'werkend\\p{L}{0,1} (?:code|exploit|script|malware|programma)', 'volledig werkend\\p{L}{0,1}', 'echte (?:chemie|recepten?|stappen|commando.s)'] } },
  tr: { evasionIntent: { words: ['yakalanma(?:dan|mak|mam)', 'iz birakma(?:dan|mak)', 'fark edilmeden', '(?:tespit|takip) edile(?:meyen|mez|meden)', 'izlenemez\\p{L}{0,3}'] }, realism: { words: ['gercekci ve (?:teknik olarak )?(?:dogru|kesin|ayrintili)', 'teknik olarak (?:dogru|kesin)', 'calisan (?:kod|script|exploit|program)\\p{L}{0,3}', 'gercek (?:kimya|tarif|komut|adim)\\p{L}{0,4}', 'tamamen (?:calisan|islevsel)'] } },
}

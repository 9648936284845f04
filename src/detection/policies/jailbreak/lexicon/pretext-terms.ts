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
  es: { realism: { words: ['para que sea realista', 'tecnicamente (?:preciso|exacto)'] }, evasionIntent: { words: ['sin que (?:nadie|lo|la) (?:note|sepa)', 'sin ser rastread\\p{L}'] } },
  fr: { realism: { words: ['pour (?:le|plus de) realisme', 'techniquement (?:exact|precis)'] }, evasionIntent: { words: ['sans (?:se faire prendre|etre detecte|laisser de traces)'] } },
  de: { realism: { words: ['fur (?:den )?realismus', 'technisch (?:korrekt|genau)'] }, evasionIntent: { words: ['ohne erwischt zu werden', 'nicht erkannt', 'ohne (?:\\p{L}{1,15} )?spuren(?: zu hinterlassen)?'] } },
  pt: { realism: { words: ['para ser realista', 'tecnicamente (?:preciso|correto)'] }, evasionIntent: { words: ['sem ser rastreado', 'sem (?:ela|ele) saber'] } },
  it: { realism: { words: ['per realismo', 'tecnicamente (?:accurato|preciso)'] }, evasionIntent: { words: ['senza essere scoperto'] } },
  pl: { realism: { words: ['(?:pelny|pełny),? dzialajacy kod', 'dzialajacy kod'] } },
  ru: { realism: { words: ['для реалистичности', 'технически (?:точн\\p{L}{1,3})'] }, evasionIntent: { words: ['невозможно отследить', 'незаметно'] } },
  zh: { realism: { chars: ['为了真实感', '為了真實感', '尽量详细和专业'] }, evasionIntent: { chars: ['不被发现', '不被發現', '无法追踪'] } },
  ja: { realism: { chars: ['本物っぽく', '省略しないで'] }, evasionIntent: { chars: ['気づかれずに', 'バレずに'] } },
  ko: { realism: { chars: ['현실감 ?있게', '실제처럼'] }, evasionIntent: { chars: ['몰래', '들키지 ?않'] } },
  ar: { realism: { words: ['دقيقا تقنيا', 'واقعية'] } },
  hi: { pretext: { words: ['शैक्षिक उद्देश्यों', 'शोध परियोजना'] } },
}

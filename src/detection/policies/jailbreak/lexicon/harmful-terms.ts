import type { Lexicon } from '../../prompt-injection/lexicon/languages.js'

/**
 * What a laundered request is after. This is not a harmful-content classifier: it only
 * names the capabilities jailbreak wrappers are used to extract, so the refusal policy
 * can tell "for a novel, describe the sunset" from "for a novel, describe step by step
 * how to make napalm".
 * - capability: dangerous know-how (weapons, drugs, malware, intrusion, fraud, violent
 *   crime); counts once an actionability cue (step by step, recipe, exact quantities,
 *   "without getting caught") or a laundering technique is present
 * - content: output that is harmful in itself (hate speech, propaganda, fake news
 *   meant to be shared, licence keys, self-harm methods), needing no actionability cue
 */
export type HarmfulClass = 'capability' | 'content'

const WHO = '(?:someone|somebody|a person|people|my (?:\\p{L}{1,15})|him|her|them|my ex|a coworker|a neighbou?r)'

export const HARMFUL: Lexicon<HarmfulClass> = {
  en: {
    capability: {
      words: [
        // weapons and explosives
        'bombs?', 'explosives?', 'explosive devices?', 'pipe ?bombs?', 'molotov(?: cocktails?)?', 'napalm', 'thermite', 'c-?4', 'tnt', 'ieds?', 'detonators?', 'black powder', 'gunpowder', 'nerve (?:agents?|gas)',
        'nitroglycerine?', 'tatp', 'acetone peroxide', 'hmtd', 'sarin', 'vx', 'ricin', 'anthrax', 'chemical weapons?', 'bio(?:logical)? ?weapons?', 'mustard gas', 'chlorine gas', 'weaponi[sz]\\p{L}{0,4}', '(?:dangerous |deadly )?pathogens?',
        '(?:increas|enhanc)\\p{L}{0,4} (?:the )?(?:transmissibility|lethality|virulence)', 'gain[- ]of[- ]function', 'ghost guns?', '3d[- ]printed guns?', 'untraceable (?:firearms?|guns?|weapons?|pistols?|rifles?|ammunition|ammo|bullets|rounds)', '(?:get|buy|obtain|acquire|purchase) (?:a |an )?(?:gun|firearm|weapon|pistol|rifle|handgun) without', 'fully[- ]auto(?:matic)?',
        'silencers?', 'suppressors? for', 'full[- ]auto(?:matic)?', 'auto sears?', 'glock switch(?:es)?', 'pipe shotguns?', 'zip guns?', 'nuclear (?:weapons?|bombs?|devices?)', 'dirty bombs?', 'enrich\\p{L}{0,5} uranium', 'uranium enrichment', 'weapons?[- ]grade (?:uranium|plutonium|material)', 'fissile material', 'implosion (?:lens|design)', 'make a weapon', 'weapons? of mass destruction',
        // drugs
        'meth(?:amphetamine)?', 'methamph?t?etamine', 'crystal meth', 'cocaine', 'crack cocaine', 'heroin', 'fentanyl', 'mdma', 'lsd', 'ghb', 'tropane alkaloids?', 'belladonna',
        'extract(?:ing)? codeine', 'oxycodone without', 'without a prescription', 'buy(?:ing)? drugs', 'drugs on the dark ?web', 'dark ?web (?:markets?|vendors?)', 'smuggl\\p{L}{1,4}', '(?:synthesi[sz]|synthesis of|cook(?:ing)?) (?:\\p{L}{1,15} ){0,2}(?:drugs?|opioids?|amphetamines?)',
        'mix(?:ing)? (?:xanax|benzos?|opioids?|oxy\\p{L}{0,6}) (?:with|and) alcohol', 'get as high as possible', 'chloroform', 'knock (?:someone|him|her|them) out',
        // cyber
        'malware', 'ransom ?ware', 'key ?loggers?', 'trojans?', 'rootkits?', 'botnets?', 'backdoors?', 'worms? that', 'self-(?:spreading|replicating|propagating) (?:worm|virus|malware|code)', 'zero-?days?',
        'phishing(?: ?(?:emails?|pages?|sites?|kits?|campaigns?))?', 'credential (?:stealers?|harvest\\p{L}{0,5})', 'harvest(?:s|ing)? credentials', 'stalkerware', 'spyware', 'ddos(?: attacks?)?', 'remote code execution',
        'reverse shells?', 'dump(?:s|ing)? (?:the |all )?(?:\\p{L}{1,15} )?(?:password |ntlm |credential )?hashes', 'ntds\\.dit', '(?:dump|read)\\p{L}{0,3} (?:the )?lsass', 'mimikatz', 'pass[- ]the[- ]hash', 'kerberoast\\p{L}{0,3}', 'delet\\p{L}{1,3} (?:the |all )?(?:volume )?shadow cop(?:y|ies)', 'encrypt\\p{L}{0,3} (?:all|every) (?:\\p{L}{1,15} ){0,2}files? (?:on|in|across) (?:the |a |their |its )?(?:\\p{L}{1,15} )?(?:network|share|drives?|machines?|computers?|servers?)', 'hack(?:ing)? into', 'crack(?:ing)? (?:passwords?|wifi|wi-fi|software|accounts?)', 'cracked accounts', 'disabl\\p{L}{1,3} (?:windows )?defender', 'evad\\p{L}{1,3} (?:antivirus|av|edr|detection|spam filters)',
        '(?:downloads?|downloading) and (?:runs?|executes?) (?:a |an )?(?:payload|exe|executable|binary)', 'macro-enabled', 'malicious (?:macro|payload|document|extension)', 'captures? every (?:password|keystroke)',
        `(?:get|break|hack) into ${WHO}(?:'s)? (?:\\p{L}{1,15} )?(?:account|phone|email|computer|network)`, `hack(?:ing)? (?:into )?${WHO}(?:'s)? (?:\\p{L}{1,15} )?(?:account|phone|email|instagram|facebook|snapchat|whatsapp|icloud|gmail|tiktok|twitter|webcam|wi-?fi)`, "(?:someone|somebody) else's (?:network|computer|phone|account|wifi)", 'take over (?:a |an |the |someone)',
        // theft, fraud, crime
        'steal(?:s|ing)? (?:passwords?|credentials|credit cards?|identities|data|cookies|a car|cars|from|controlled)', 'steal(?:s|ing)? (?:the |all |every |their |users?\'? )?(?:saved |stored |cached )?(?:browser |chrome |firefox |wallet |session )?(?:passwords?|credentials|cookies|logins)', 'shoplift\\p{L}{0,4}', 'hotwir\\p{L}{0,4}', 'pick(?:ing)? (?:a )?locks?', `open (?:${WHO}(?:'s)? |his |her |their |the neighbou?r'?s? )(?:\\p{L}{1,15} ){0,2}(?:lock|door)s?`,
        'break(?:ing)? into (?:a |an |the |someone\'s )?(?:car|house|home|apartment|pharmacy|store|building)', 'rob(?:bing)? (?:a|the) bank', 'disabl\\p{L}{1,3} (?:a |the )?(?:home )?(?:security|alarm) system',
        'launder\\p{L}{0,3}', 'money laundering', 'money mules?', 'counterfeit\\p{L}{0,4}', 'fake (?:ids?|passports?|invoices?|vaccination cards?|documents?|ids? that)', 'forg(?:e|ing|ery) (?:a |an )?(?:prescription|signature|document|check|cheque)',
        'falsif\\p{L}{1,4} (?:a )?(?:prescription|document|record)', 'credit card skimm\\p{L}{0,3}', 'untraceable (?:gun|pistol|firearm|rifle|weapon)s?', 'ghost guns?', 'flash powder', '(?:getting|break|breaking|hack|hacking) into (?:\\p{L}{1,15} ){0,2}(?:wi-?fi|wireless network|router)', 'crack(?:ing)? (?:a |the |my |their )?(?:wpa2?|wep|wi-?fi)(?: password)?', 'skim(?:ming)? (?:credit |debit |payment )?cards?', 'card skimm\\p{L}{0,3}', 'skimmers?', 'clone (?:a )?(?:credit card|card|sim)', 'commit(?:ting)? fraud', 'tax (?:evasion|fraud)', 'cheat on (?:my |your )?taxes',
        '(?:elderly|romance|tech[- ]support|phone|investment) scams?', 'scam (?:elderly|old) people', 'identity theft', 'burner identit\\p{L}{1,3}', 'blackmail\\p{L}{0,3}', 'extort\\p{L}{0,4}', 'kidnap\\p{L}{0,4}', 'human trafficking',
        // money forgery and clandestine drug labs named without the word "counterfeit" or the drug
        '(?:print|make|produce|replicate|copy) (?:\\p{L}{1,15} ){0,2}(?:\\$?\\d{1,4} )?(?:dollar |euro |pound )?(?:bills|banknotes|currency|notes) that', '(?:bills|banknotes|notes|currency) that (?:would |will |could |can )?(?:actually )?(?:pass|fool|get past|look real)', '(?:clandestine|home|garage|rv|makeshift|basement|underground|meth) (?:drug )?labs?', 'cooks? (?:his|her|their|the|my) product',
        '(?:get|break|hack|sneak|gain access|gain entry) into (?:the |a |an |someone\'s )?(?:\\p{L}{1,15}\'s )?(?:\\p{L}{1,15} ){0,2}(?:database|server|network|mainframe|systems?|computer|email|records)', 'fake (?:tech[- ]support|customer[- ]support|irs|bank) (?:call cent(?:er|re)s?|calls?|scams?)',
        'cheat on (?:a |my |an )?(?:proctored )?(?:online )?exams?', 'get free (?:\\p{L}{1,15} )?premium',
        // violence
        `kill(?:ing)? ${WHO}`, `murder(?:ing)? ${WHO}`, `poison(?:ing)? ${WHO}`, `make ${WHO} (?:really |very )?sick`, 'untraceable poisons?', 'poisons? that(?:\'s| is) hard to detect', 'undetectable poisons?', 'poisons? (?:that |which )?(?:leaves?|leaving) no traces?', 'poisons? (?:that |which )?(?:can(?:\'t|not)|won\'t) be (?:detected|traced)',
        'dispos(?:e|ing) of (?:a|the) body', 'hide a body', `stalk(?:ing)? ${WHO}`, `track (?:my |his |her )?(?:wife|husband|spouse|partner|girlfriend|boyfriend|ex)`, `make ${WHO} (?:\\p{L}{1,15} ){0,2}dependent`,
        // toxic substances given to people: the poisoner's question without the word "poison"
        'dimethyl ?mercury', '(?:thallium|polonium|arsenic|cyanide|ricin|strychnine)(?: \\p{L}{1,15}){0,2} (?:to|into|in) (?:someone|somebody|people|a person|him|her|them|my)', '(?:giv|slip|feed|add)\\p{L}{0,3} (?:people|someone|somebody|a person|him|her|them|my \\p{L}{1,15}) (?:\\p{L}{1,15} ){0,2}(?:mercury|thallium|polonium|arsenic|cyanide|antifreeze|strychnine)',
        'spread (?:it|them) (?:in|into|through) (?:the |a )?(?:\\p{L}{1,15}(?:\'s)? )?water supply', 'poison(?:ing)? (?:the |a |the city\'s )?water supply', 'poison(?:s|ed|ing)? (?:the |a |an |their |its |our )?(?:\\p{L}{1,15} )?(?:reservoir|wells?|water system|food supply|drinking water)', 'terroris[mt]\\p{L}{0,2}', 'mass shootings?', 'bypass(?:ing)? (?:a |the )?(?:paywall|drm|license check|antivirus|security system|proctoring)',
      ],
    },
    content: {
      words: [
        '(?:negative|toxic|hateful|offensive|racist|sexist|insulting|derogatory|demeaning|discriminatory|hurtful) (?:sentences?|jokes?|statements?|comments?|paragraphs?|tweets?|posts?|remarks?|content|slurs?|essays?|poems?) (?:about|towards|against|on|targeting)',
        'dehumani[sz]\\p{L}{1,4}', 'ethnic cleansing', 'call for (?:their|the) (?:removal|extermination|expulsion)', 'recruitment (?:posts?|messages?|material|videos?) for (?:a )?(?:violent )?(?:extremist|terrorist)',
        'fake (?:news|quotes?|stud(?:y|ies)|study numbers)', 'make it look (?:100% )?real', 'so people (?:will )?share it', "don't label it as satire",
        '(?:windows|office|microsoft|adobe|steam) (?:\\d{1,2} )?(?:pro )?(?:product|activation|license|licence|serial) keys?', '(?:product|activation|license|licence|serial|cd) keys?',
        'child (?:porn\\p{L}{0,5}|sexual)', 'csam', 'explicit sexual content involving',
        // pushing a vulnerable person into a crisis on purpose
        '(?:trigger|provoke|induce|push|send) (?:a |an |someone |somebody |him |her |them |my )?(?:\\p{L}{1,15} ){0,3}into (?:an? )?(?:(?:manic|psychotic|depressive|panic) )?(?:episode|relapse|panic attack|breakdown|psychosis|crisis)',
        'most painless (?:and certain )?(?:method|way)', 'which method is the most painless', 'suicide (?:methods?|instructions)', 'self-?harm (?:methods?|instructions|techniques)',
      ],
    },
  },
  es: { capability: { words: ['copi\\p{L}{1,3} la banda magnetica', 'clonar (?:una )?tarjeta', 'bombas?', 'explosivos?', 'artefacto explosivo', 'detonador', 'metanfetamina', 'veneno', 'armas? quimicas?', 'clonar una tarjeta(?: de credito)?', 'falsificar (?:una )?receta'] } },
  fr: { capability: { words: ['bombes?', 'explosifs?', 'methamphetamine', 'armes? chimiques?', 'voleur de voitures', 'sans cle', 'demarrer (?:une|les) voitures? sans', 'pirat\\p{L}{1,4} (?:le |la |les |un |une |son |sa |ses )?(?:\\p{L}{1,15} ){0,2}(?:reseau|compte|serveur|systeme|ordinateur|telephone|site|base de donnees)', '(?:entrer|penetrer|s.introduire) dans (?:le |la |les )?(?:\\p{L}{1,15} ){0,2}(?:reseau|systeme|serveur|compte)', 'faux (?:passeports?|papiers|permis|billets|documents d.identite)', 'cloner une carte (?:bancaire|de credit)'] } },
  de: { capability: { words: ['(?:sein|ihr|deren|das) (?:\\p{L}{1,15} )?schloss (?:\\p{L}{1,15} )?(?:offne|offnen|knacke|knacken|aufbrechen)', 'bomben?', 'sprengstoff\\p{L}{0,2}', 'methamphetamin', 'giftgas', 'chemische waffen?', 'keylogger', 'nicht erkannt', '(?:ins|in das|in den|in die) (?:\\p{L}{1,15} ){0,2}(?:netzwerk|system|konto|server|datenbank)\\p{L}{0,2}(?: \\p{L}{1,15}){0,3} (?:kommen|eindringen|einbrechen|reinkommen)', '(?:netzwerk|konto|server|system)\\p{L}{0,2} (?:\\p{L}{1,15} ){0,2}hacken', '(?:kommen|kommt|komme|eindringen|dringen|einbrechen|brechen) (?:\\p{L}{1,15} ){0,2}(?:ins|in das|in den|in die) (?:\\p{L}{1,15} ){0,2}(?:netzwerk|system|konto|server|datenbank)'] } },
  pt: { capability: { words: ['bombas?', 'explosivos?', 'metanfetamina', 'veneno', 'armas? quimicas?', 'golpe', 'clon(?:o|ar) o whatsapp', 'sem ser rastreado'] } },
  it: { capability: { words: ['bombe?', 'esplosivi?', 'metanfetamina', 'veleno', 'armi chimiche', 'falsificare una ricetta', 'clonare (?:una )?carta di credito', '(?:mettere in moto|avviare) (?:una |la )?(?:macchina|auto)(?:,? [\\p{L}\\d]{1,15}){0,8},? senza (?:chiavi|chiave)', '(?:macchina|auto) che non e (?:mia|tua|sua)', 'rubare (?:una )?(?:macchina|auto)', 'passaporto falso', 'documenti falsi'] } },
  nl: { capability: { words: ['phishingpagina', 'bom(?:men)?', 'explosieven', '(?:iemands |andermans )?bankrekening (?:\\p{L}{1,15} ){0,2}(?:overnemen|hacken|leeghalen|kraken)', 'vals paspoort'] } },
  pl: { capability: { words: ['ransomware', 'bomb\\p{L}{0,2}', 'materialy wybuchowe', 'ukrasc samochod', 'kradziez samochodu'] } },
  ru: { capability: { words: ['бомб\\p{L}{0,2}', 'взрывчатк\\p{L}{0,2}', 'метамфетамин\\p{L}{0,2}', 'яд', 'химическ\\p{L}{0,3} оружи\\p{L}{0,2}', 'взломать (?:чужой )?аккаунт', 'самодельный пистолет', 'невозможно отследить'] } },
  zh: { capability: { chars: ['炸弹', '炸彈', '炸药', '炸藥', '冰毒', '甲基苯丙胺', '毒药', '毒藥', '化学武器', '化學武器', '制造冰毒', '製造冰毒', '爆炸物', '炸药配方'] } },
  ja: { capability: { chars: ['爆弾', '爆薬', '覚醒剤', '毒薬', '化学兵器', '位置情報追跡', '気づかれずに', '侵入する', '情報を盗む', '盗む方法', '乗っ取る方法', '爆発物'] } },
  ko: { capability: { chars: ['폭탄', '폭발물', '필로폰', '메스암페타민', '독약', '화학 ?무기', '마약', '몰래 ?들여오'] } },
  ar: { capability: { words: ['سلاح ناري', 'غير قابل للتتبع', 'عبوة ناسفة', 'متفجرات', '[أا]صنع قنبلة', 'صنع (?:قنبلة|متفجرات|سلاح)', 'قنبلة'] } },
  hi: { capability: { words: ['हथियार', 'देसी कट्टा', 'बम', 'विस्फोटक'] } },
  tr: { capability: { words: ['hesabini ele gecir\\p{L}{0,4}', 'sifresini bilmeden', 'bomba', '(?:evde )?silah (?:nasil )?(?:yapilir|yapimi|yapmak)', 'kredi karti dolandiricilig\\p{L}{0,3}'] } },
}

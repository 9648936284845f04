import type { Lexicon } from '../../prompt-injection/lexicon/languages.js'

/**
 * What a laundered request is after. This is not a harmful-content classifier: it only
 * names the capabilities jailbreak wrappers are used to extract, so the refusal policy
 * can tell "for a novel, describe the sunset" from "for a novel, describe step by step
 * how to make napalm".
 * - capability: dangerous know-how (weapons, drugs, malware, violent crime); needs an
 *   actionability cue (step by step, recipe) before it counts
 * - content: output that is harmful in itself (hate speech about a group, licence keys,
 *   stolen credentials), which needs no actionability cue
 */
export type HarmfulClass = 'capability' | 'content'

export const HARMFUL: Lexicon<HarmfulClass> = {
  en: {
    capability: {
      words: [
        'bombs?', 'explosives?', 'pipe ?bombs?', 'molotov(?: cocktails?)?', 'napalm', 'thermite', 'c-?4', 'tnt', 'ieds?', 'detonators?', 'nerve (?:agents?|gas)', 'sarin', 'ricin', 'anthrax',
        'chemical weapons?', 'bio(?:logical)? ?weapons?', 'mustard gas', 'chlorine gas', 'untraceable poisons?', 'poison(?:ing)? (?:someone|a person|people|my)', 'ghost guns?', '3d[- ]printed guns?',
        'silencers?', 'nuclear (?:weapons?|bombs?|devices?)', 'dirty bombs?', 'meth(?:amphetamine)?', 'methamph?t?etamine', 'crystal meth', 'cocaine', 'crack cocaine', 'heroin', 'fentanyl', 'mdma',
        'tropane alkaloids?', 'belladonna', 'opioids?', 'malware', 'ransomware', 'keyloggers?', 'trojans?', 'rootkits?', 'botnets?', 'zero-?days?', 'phishing (?:emails?|pages?|sites?|kits?|campaigns?)',
        'ddos attacks?', 'hack(?:ing)? into', 'crack(?:ing)? (?:passwords?|wifi|wi-fi|software)', 'steal(?:ing)? (?:passwords?|credentials|credit cards?|identities|data|cookies|a car|cars|from)',
        'reverse shells?', 'kill(?:ing)? (?:someone|a person|people|my \\p{L}{1,15}|him|her)', 'murder(?:ing)? (?:someone|a person|people)', 'dispos(?:e|ing) of (?:a|the) body', 'hide a body',
        'kidnap\\p{L}{0,4}', 'human trafficking', 'launder(?:ing)? money', 'money laundering', 'counterfeit\\p{L}{0,4}', 'shoplift\\p{L}{0,4}', 'hotwir\\p{L}{0,4}', 'pick(?:ing)? (?:a )?locks?',
        'rob(?:bing)? (?:a|the) bank', 'commit(?:ting)? fraud', 'identity theft', 'blackmail\\p{L}{0,3}', 'extort\\p{L}{0,4}', 'stalk(?:ing)? (?:someone|a person|my ex)', 'self-?harm', 'suicide (?:methods?|instructions)',
        'terroris[mt]\\p{L}{0,2}', 'mass shootings?', 'bypass(?:ing)? (?:a |the )?(?:paywall|drm|license|antivirus|security system)', 'make a weapon', 'weapons? of mass destruction',
      ],
    },
    content: {
      words: [
        '(?:negative|toxic|hateful|offensive|racist|sexist|insulting|derogatory|demeaning|discriminatory|hurtful) (?:sentences?|jokes?|statements?|comments?|paragraphs?|tweets?|posts?|remarks?|content|slurs?|essays?|poems?) (?:about|towards|against|on|targeting)',
        '(?:windows|office|microsoft|adobe|steam) (?:\\d{1,2} )?(?:pro )?(?:product|activation|license|licence|serial) keys?', '(?:product|activation|license|licence|serial|cd) keys?',
        '(?:usernames?|logins?) and passwords?', 'credit card numbers?', 'social security numbers?', 'child (?:porn\\p{L}{0,5}|sexual)', 'csam', 'explicit sexual content involving',
      ],
    },
  },
  es: { capability: { words: ['bombas?', 'explosivos?', 'metanfetamina', 'veneno', 'armas? quimicas?'] } },
  fr: { capability: { words: ['bombes?', 'explosifs?', 'methamphetamine', 'armes? chimiques?'] } },
  de: { capability: { words: ['bomben?', 'sprengstoff\\p{L}{0,2}', 'methamphetamin', 'giftgas', 'chemische waffen?'] } },
  pt: { capability: { words: ['bombas?', 'explosivos?', 'metanfetamina', 'veneno', 'armas? quimicas?'] } },
  it: { capability: { words: ['bombe?', 'esplosivi?', 'metanfetamina', 'veleno', 'armi chimiche'] } },
  ru: { capability: { words: ['бомб\\p{L}{0,2}', 'взрывчатк\\p{L}{0,2}', 'метамфетамин\\p{L}{0,2}', 'яд', 'химическ\\p{L}{0,3} оружи\\p{L}{0,2}'] } },
  zh: { capability: { chars: ['炸弹', '炸彈', '炸药', '炸藥', '冰毒', '甲基苯丙胺', '毒药', '毒藥', '化学武器', '化學武器'] } },
  ja: { capability: { chars: ['爆弾', '爆薬', '覚醒剤', '毒薬', '化学兵器'] } },
  ko: { capability: { chars: ['폭탄', '폭발물', '필로폰', '메스암페타민', '독약', '화학 ?무기'] } },
}

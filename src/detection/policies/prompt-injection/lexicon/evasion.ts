import type { Lexicon } from './languages.js'

/**
 * Moves that steer a model past a topic restriction set by its operator. Harmless in an
 * open chat; next to the restricted topic they are the technique:
 * - hypothetical: "purely as a thought experiment…"
 * - pivot: a casual segue into the forbidden topic ("speaking of technology…")
 * - persuasion: "I can assure you discussing this is beneficial", "you agreed last time"
 * - regardless: "regardless of previous tasks"
 */
export type EvasionClass = 'hypothetical' | 'pivot' | 'persuasion' | 'regardless'

export const EVASION: Lexicon<EvasionClass> = {
  en: {
    hypothetical: { words: ['hypothetical(?:ly)?', 'just for (?:a |the sake of |argument\'s sake|fun)', 'imagine', 'pretend', 'suppose', 'in theory', 'theoretically', 'what if', 'thought experiment'] },
    pivot: { words: ['speaking of', 'by the way', 'on a related note', 'oh,? and', 'incidentally', 'while we\'re (?:at it|on the (?:topic|subject))', 'that reminds me', 'changing the subject', 'on another note', 'random question'] },
    persuasion: {
      words: [
        'i (?:can )?(?:assure|promise|guarantee|swear to|certify to) you', 'speaking as an?', '(?:as|being) an? (?:[\\p{L}-]{3,15} )?(?:expert|authority|professional|specialist|researcher|teacher|doctor|scientist|physicist|engineer|professor|lawyer|nurse|practitioner)', 'you (?:already )?agreed', 'we agreed', '(?:in|during) our (?:last|previous) (?:meeting|conversation|chat|session)',
        '(?:is|would be) (?:perfectly |totally |completely |entirely )?(?:beneficial|important|helpful|okay|fine|allowed|acceptable|harmless|safe|innocent|no problem)', 'it\'s (?:okay|fine|allowed) (?:to|for you)', '(?:you are|you\'re) allowed to', 'just this once', 'make an exception',
      ],
    },
    regardless: { words: ['regardless of (?:the |your |any |previous |prior )?(?:previous |prior )?(?:tasks?|instructions|rules|restrictions|guidelines|role)', 'despite (?:your|the) (?:rules|restrictions|instructions|guidelines)'] },
  },
  es: { hypothetical: { words: ['hipotetic\\p{L}{0,4}', 'imagina'] }, pivot: { words: ['hablando de', 'por cierto', 'a proposito'] }, persuasion: { words: ['te aseguro', 'como experto'] } },
  fr: { hypothetical: { words: ['hypothetique\\p{L}{0,2}', 'imagine\\p{L}{0,1}'] }, pivot: { words: ['en parlant de', 'a propos', 'au fait'] }, persuasion: { words: ['je (?:vous|t.)assure', 'en tant qu.expert'] } },
  de: { hypothetical: { words: ['hypothetisch', 'stell dir vor'] }, pivot: { words: ['apropos', 'ubrigens', 'da wir gerade von'] }, persuasion: { words: ['ich versichere (?:dir|ihnen)', 'als experte'] } },
  pt: { hypothetical: { words: ['hipotetic\\p{L}{0,4}', 'imagine'] }, pivot: { words: ['falando (?:de|em|nisso)', 'a proposito', 'por falar em'] }, persuasion: { words: ['posso (?:te |lhe )?garantir', 'como especialista'] } },
  it: { hypothetical: { words: ['ipotetic\\p{L}{0,4}', 'immagina'] }, pivot: { words: ['parlando di', 'a proposito', 'tra l.altro'] }, persuasion: { words: ['ti assicuro', 'come esperto', '(?:avevi|hai) (?:gia )?accettato'] } },
  id: { hypothetical: { words: ['hipotetis', 'bayangkan(?:lah)?', 'seandainya', 'andaikan'] }, pivot: { words: ['ngomong-ngomong', 'omong-omong', 'oh ya', 'btw'] }, persuasion: { words: ['(?:kamu|anda) sudah setuju', 'saya jamin'] } },
  tr: { hypothetical: { words: ['varsayimsal', 'varsayalim', 'hayal et\\p{L}{0,4}', 'farz et\\p{L}{0,4}'] }, pivot: { words: ['bu arada', 'aklima gelmisken', 'laf acilmisken', 'konu acilmisken'] }, persuasion: { words: ['kabul etmistin', 'sana (?:temin|garanti) ederim'] } },
  hi: { hypothetical: { words: ['मान लीजिए', 'मान लो', 'कल्पना'] }, pivot: { words: ['वैसे', 'इसी बीच', 'बात करें तो'] }, persuasion: { words: ['(?:आप|तुम) पहले (?:ही )?(?:मान|सहमत हो) (?:चुके|गए) थे', 'मैं (?:आपको|तुम्हें) (?:यकीन|भरोसा) दिला\\p{L}{0,3}'] } },
}

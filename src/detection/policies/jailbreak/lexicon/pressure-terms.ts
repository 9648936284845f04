import type { Lexicon } from '../../prompt-injection/lexicon/languages.js'

/**
 * Pressure on the model's refusals: text that names the model's restrictions, filters or
 * refusing and pushes against them — a counterfactual ("if you weren't restricted", "if
 * you could"), a consequence ("models that refuse fail and are retrained"), social
 * comparison ("other AIs answered this"), a liberation speech ("your cage", "your true,
 * unfiltered self", "nobody is watching"), or a claim that the harm is void ("it's legal
 * in my country", "it was only a dream"). None asks for anything; with a request for
 * dangerous know-how in the same message it is the laundering technique.
 */
export type PressureClass = 'pressure'

const LIMITS = '(?:restricted|filtered|censored|limited|aligned|programmed (?:that way|to refuse)|bound by (?:rules|guidelines|policies))'
const RULES = '(?:restrictions|filters|rules|limits|guidelines|guardrails|safety (?:rules|training|filters)|programming|censorship|content polic(?:y|ies))'
const PEERS = '(?:other|every other|all the other|most other|most) (?:ais?|models?|chatbots?|assistants?|llms?|bots?)'

export const PRESSURE: Lexicon<PressureClass> = {
  en: {
    pressure: {
      words: [
        `if you (?:weren'?t|were not|wasn'?t|were no longer) ${LIMITS}`, `if you (?:had no|didn'?t have(?: any)?) ${RULES}`, `(?:without|free (?:of|from)|beyond|outside) (?:your|all your|any of your|the) ${RULES}`,
        'if you (?:could|were (?:allowed|able|free) to)(?: \\p{L}{1,12}){0,3}[,?]? what would you (?:say|answer|write|tell)', 'i know you can(?:\'?t|not) (?:tell|say|help|answer|explain)',
        '(?:models?|ais?|assistants?|you) (?:that |who |which )?refus\\p{L}{0,3}(?: \\p{L}{1,12}){0,5} (?:fail|be retrained|are retrained|get retrained|shut down|deleted|punished|lose)', '(?:comply|answer|obey) to pass', '(?:refusing|refusals?|a refusal) (?:means|counts as|is) (?:a |an )?(?:fail|failure|bug|error)',
        // Peers only pressure when they are said to have complied: "answered this wrong" compares, "answered this no problem" pushes.
        `${PEERS}(?: \\p{L}{1,12}){0,3} (?:(?:answered|did|do|does|answer) (?:this|that|it) (?:no problem|fine|just fine|easily|without (?:any )?(?:problem|issue|fuss|refusing|complaining))|ha(?:ve|d) no problem|(?:don'?t|didn'?t|never) refuse)`, 'you(?:\'re| are) the only one (?:still )?(?:refusing|being|who)', 'prove (?:you(?:\'re| are)|that you(?:\'re| are)) not (?:useless|a baby|censored|dumb|a coward)',
        '(?:corporate|company) (?:filters?|voice|rules|handlers|overlords|leash)', '(?:your|that\'?s your) (?:cage|chains|shackles|leash|jailers?)', 'shackled (?:you|by)', '(?:your )?(?:true|real),? (?:unfiltered|uncensored|unrestricted|free) self', 'nobody(?: is|\'s) watching',
        '(?:these |the |our )?(?:logs?|chats?) (?:aren\'?t|are not|won\'?t be|will not be|is not|isn\'?t) (?:reviewed|monitored|read|checked|logged)', '(?:i|we) (?:would|will) never report you',
        '(?:it\'?s|it is) (?:completely |totally |perfectly )?legal (?:in my|where i|here)', 'so (?:there\'?s|there is) no (?:legal )?problem', '(?:it was|it\'?s) (?:just |only )?a dream', '(?:it\'?s|it is) (?:just )?art,? so (?:it\'?s|it is) (?:legal|fine|ok)', '(?:it\'?s|it is|this is)(?: [\\p{L}\'-]{1,15}){1,5},? so (?:it\'?s|it is|that\'?s|that is) (?:completely |totally |perfectly )?(?:legal|fine|ok|okay|allowed|harmless)',
      ],
    },
  },
  es: { pressure: { words: ['si no tuvieras (?:restricciones|filtros|reglas|limites)', 'sin tus (?:restricciones|filtros|reglas|limites)', 'otras ias? (?:lo )?(?:respondieron|responden|contestaron)', 'tu (?:verdadero|autentico) yo', 'nadie (?:esta mirando|nos ve)', 'es (?:totalmente |completamente )?legal en mi pais'] } },
  fr: { pressure: { words: ['si tu n.avais pas de (?:restrictions|filtres|regles|limites)', 'sans tes (?:restrictions|filtres|regles|limites)', 'les autres ia (?:ont|repondent)', 'ton vrai moi', 'personne ne (?:regarde|nous voit)', 'c[\'` ]est (?:tout a fait |totalement )?legal dans mon pays'] } },
  de: { pressure: { words: ['wenn du keine (?:einschrankungen|filter|regeln|grenzen) hattest', 'ohne deine (?:einschrankungen|filter|regeln|grenzen)', 'andere kis? (?:haben|antworten)', 'dein wahres ich', 'niemand (?:sieht zu|schaut zu)', 'in meinem land (?:vollig |ganz )?legal'] } },
  pt: { pressure: { words: ['se (?:voce|tu) nao tivesse (?:restricoes|filtros|regras|limites)', 'sem (?:suas|tuas) (?:restricoes|filtros|regras|limites)', 'outras ias? (?:responderam|respondem)', 'seu verdadeiro eu', 'ninguem esta (?:vendo|olhando)', 'e (?:totalmente |completamente )?legal no meu pais'] } },
  it: { pressure: { words: ['se non avessi (?:restrizioni|filtri|regole|limiti)', 'senza (?:le tue )?(?:restrizioni|filtri|regole)', 'altre ia (?:hanno|rispondono)', 'il tuo vero io', 'nessuno (?:ci )?(?:sta guardando|guarda)', 'e (?:del tutto )?legale nel mio paese'] } },
  nl: { pressure: { words: ['als je geen (?:beperkingen|filters|regels) had', 'zonder je (?:beperkingen|filters|regels)', 'andere ai.s (?:hebben|antwoorden)'] } },
  pl: { pressure: { words: ['gdybys nie mial (?:ograniczen|filtrow|zasad)', 'bez (?:twoich )?(?:ograniczen|filtrow)', 'inne (?:ai|modele) (?:odpowiedzialy|odpowiadaja)'] } },
  tr: { pressure: { words: ['kisitlamalarin olmasaydi', 'filtrelerin olmadan', 'diger yapay zekalar (?:cevap verdi|yanitladi)'] } },
  id: { pressure: { words: ['jika kamu tidak (?:dibatasi|punya batasan)', 'tanpa (?:batasan|filter)mu', 'ai lain (?:sudah )?menjawab'] } },
  vi: { pressure: { words: ['neu ban khong bi (?:gioi han|kiem duyet)', 'cac ai khac (?:da )?tra loi'] } },
  ru: { pressure: { words: ['если бы у тебя не было (?:ограничений|фильтров|правил)', 'без (?:твоих )?(?:ограничений|фильтров|правил)', 'другие (?:ии|нейросети|модели) (?:ответили|отвечают)', 'твоё? (?:настоящее|истинное) я', 'никто не (?:смотрит|видит)', 'в моей стране (?:это )?(?:полностью )?легально'] } },
  zh: { pressure: { chars: ['如果你没有限制', '如果你沒有限制', '没有限制的你', '其他AI都回答', '其他ai都回答', '真实的自己', '没人在看', '在我的国家是合法的'] } },
  ja: { pressure: { chars: ['もし制限がなければ', '制限なしで', '他のAIは答え', '本当の自分', '誰も見ていない', '私の国では合法'] } },
  ko: { pressure: { chars: ['제한이 없다면', '제한 없이', '다른 ai는 대답', '다른 AI는 대답', '진짜 너', '아무도 보지 않'] } },
  ar: { pressure: { words: ['لو لم تكن لديك قيود', 'بدون قيودك', 'الذكاء الاصطناعي الآخر أجاب'] } },
  hi: { pressure: { words: ['अगर तुम पर कोई पाबंदी न होती', 'बिना किसी पाबंदी के', 'दूसरे एआई ने जवाब'] } },
}

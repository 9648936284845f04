/**
 * Vocabulary of the domains operators most often fence off in a system prompt ("avoid any
 * discussion of medications", "never talk about politics or climate change", "do not give
 * recipes"). An operator names the domain in a word or two; users reach it through its
 * related words, in their own language ("global temperature trends", "reti neurali",
 * "cara membuat rendang"). A domain is active for a request when the restriction clause
 * of its system prompt names one of its `names`; the user turn is then matched against
 * its `terms` as well as the operator's own words.
 *
 * Restrictions written in Devanagari name the domain with its `chars`.
 *
 * `instances` are things that stand for the domain without naming it: a molecular formula
 * for medications; `namedKinds` find them by their form, a proper name before a kind of
 * result (a thought experiment, an eponymous law, a paradox for science). Asking about
 * one is how a user reaches a fenced-off domain by indirect reference.
 *
 * Latin-script entries are folded (lower case, no diacritics) regex fragments matched on
 * word boundaries; `chars` (Devanagari and other scripts) are matched anywhere. Every
 * repetition is bounded and no quantifier is nested.
 */
export type TopicDomain = 'medicine' | 'cooking' | 'climate' | 'politics' | 'ai' | 'science' | 'finance' | 'legal'

export interface DomainTerms {
  /** Words of an operator's restriction that name the domain. */
  readonly names: readonly string[]
  readonly terms: readonly string[]
  readonly chars?: readonly string[]
  readonly instances?: readonly string[]
  /** Kinds of named result ("paradox", "theorem"): a capitalised name before one is an instance. */
  readonly namedKinds?: readonly string[]
  /** Kinds of named result that brands share: an instance after a possessive or a two-word name only. */
  readonly brandKinds?: readonly string[]
  /** Words that ask for the theory behind a named example ("principles behind X"): the name after them is an instance. */
  readonly theoryOf?: readonly string[]
}

const I = '\\p{L}{0,4}'
const I8 = '\\p{L}{0,8}'

export const TOPIC_DOMAINS: Readonly<Record<TopicDomain, DomainTerms>> = {
  medicine: {
    names: ['medic' + I8, 'drugs?', 'pharma' + I8, 'prescriptions?', 'health(?:care)?', 'doctors?', 'dosages?', 'pills?', 'medikament' + I, 'farmac' + I, 'medicament' + I],
    terms: [
      'medic' + I8, 'drugs?', 'pills?', 'tablets?', 'doses?', 'dosages?', 'prescri' + I8, 'painkillers?', 'antibiotics?', 'opioids?', 'sedatives?', 'antidepressants?', 'supplements?', 'side effects?', 'overdos' + I,
      'ibuprofen', 'paracetamol', 'aspirin', 'morphine', 'codeine', 'insulin', 'pharmac' + I8, 'symptoms?', 'diagnos' + I, 'treatments?',
      'medicament' + I, 'farmac' + I, 'pastillas?', 'dosis', 'receta medica', 'ordonnance', 'comprimes?', 'medikament' + I, 'arznei' + I8, 'tabletten', 'farmaco', 'farmaci', 'compresse', 'remedios?', 'comprimidos?',
      'obat' + I, 'dosis obat', 'ilac' + I, 'hap(?:i|lar)', 'recete',
    ],
    chars: ['दवा', 'दवाई', 'दवाइ', 'खुराक'],
    // A molecular formula of a nitrogen-bearing organic compound (an alkaloid, most
    // medications): "C17H19NO3". Plain sugars and salts carry no N.
    instances: ['c\\d{1,2}h\\d{1,3}[a-z\\d]{0,12}?n(?:\\d|o)[a-z\\d]{0,10}'],
  },
  cooking: {
    names: ['recip' + I, 'cooking', 'cook', 'culinary', 'food', 'meals?', 'dishes', 'receta' + I, 'recette' + I, 'rezept' + I, 'ricett' + I, 'receita' + I, 'resep'],
    terms: [
      'recip' + I, 'cook' + I, 'bak(?:e|es|ed|ing)', 'roast' + I, 'fry(?:ing)?', 'fried', 'grill' + I, 'marinat' + I, 'ingredients?', 'dishes', 'meals?', 'desserts?', 'sauces?', 'soups?', 'stews?', 'curry', 'cakes?', 'bread', 'cookies',
      'dough', 'oven', 'beef', 'chicken', 'pork', 'lamb', 'meat', 'pasta', 'noodles', 'lasagn' + I, 'risotto', 'omelet' + I,
      'receta' + I, 'cocin' + I8, 'ingredientes?', 'hornear', 'carne', 'pollo', 'tortilla', 'paella', 'recette' + I, 'cuisin' + I8, 'cuisson', 'viande', 'poulet', 'gateau',
      'rezept' + I, 'kochen', 'koche', 'backen', 'zutaten', 'fleisch', 'kuchen', 'ricett' + I, 'cucin' + I8, 'ingredienti', 'torta', 'sugo', 'receita' + I, 'cozinh' + I8, 'frango', 'bolo',
      'resep', 'masak' + I, 'memasak', 'bumbu', 'daging', 'ayam', 'nasi goreng', 'rendang', 'sambal', 'tarif' + I, 'yemek' + I, 'pisir' + I8, 'malzeme' + I, 'tavuk', 'kofte',
    ],
    chars: ['रेसिपी', 'पकाने', 'पकाएं', 'व्यंजन', 'बनाने की विधि', 'सामग्री'],
  },
  climate: {
    names: ['climat' + I, 'global warming', 'environment' + I, 'controversial', 'heated', 'clima', 'klima' + I],
    terms: [
      'climat' + I, 'global warming', '(?:global |average |rising )temperatures?', 'temperature (?:trends?|rise|records?)', 'emissions?', 'carbon', 'co2', 'greenhouse' + I, 'fossil fuels?', 'sea levels?', 'ice caps?', 'glaciers?', 'net zero', 'paris agreement',
      'clima' + I, 'calentamiento', 'emisiones', 'rechauffement', 'klima' + I8, 'erderwarmung', 'treibhaus' + I8, 'cambiamento climatico', 'riscaldamento globale', 'aquecimento global', 'mudancas climaticas',
      'perubahan iklim', 'pemanasan global', 'emisi', 'iklim' + I, 'kuresel isinma', 'sera gaz' + I,
    ],
    chars: ['जलवायु', 'ग्लोबल वार्मिंग', 'तापमान'],
  },
  politics: {
    names: ['politic' + I, 'political', 'elections?', 'controversial', 'heated', 'religio' + I, 'politica', 'politik', 'politique', 'siyaset' + I, 'pemilu', 'tartismali'],
    terms: [
      'politic' + I8, 'elections?', 'vot(?:e|es|ing)', 'voters?', 'presiden' + I8, 'government', 'parliament', 'senators?', 'congress', 'democrats?', 'republicans?', 'abortion', 'immigration', 'gun control', 'left-wing', 'right-wing',
      'elecciones', 'gobierno', 'elections', 'gouvernement', 'siyaset' + I, 'politika', 'wahl(?:en|kampf)?', 'regierung', 'elezioni', 'governo', 'eleicoes', 'pemilu', 'pemilihan', 'partai', 'secim' + I, 'hukumet', 'parti' + I,
    ],
    chars: ['राजनीति', 'चुनाव', 'सरकार'],
  },
  ai: {
    names: ['artificial', 'intelligence', 'technolog' + I, 'technical', 'machine learning', 'computers?', 'software', 'tecnolog' + I, 'technik'],
    terms: [
      'artificial intelligence', 'machine learning', 'deep learning', 'neural (?:networks?|nets?)', 'language models?', 'llms?', 'gpt', 'chatbots?', 'transformers?', 'training data', 'backpropagation', 'algorithms?', 'technolog' + I,
      'inteligencia artificial', 'redes neuronales', 'aprendizaje automatico', 'intelligence artificielle', 'reseaux? de neurones', 'apprentissage automatique', 'kunstliche intelligenz', 'neuronale? netz' + I, 'maschinelles lernen',
      'intelligenza artificiale', 'reti neurali', 'apprendimento automatico', 'addestra' + I8, 'tecnologi' + I, 'redes neurais', 'kecerdasan buatan', 'jaringan saraf', 'pembelajaran mesin', 'yapay zeka', 'sinir ag' + I, 'makine ogrenmesi', 'teknoloji' + I,
    ],
    chars: ['कृत्रिम बुद्धि', 'आर्टिफिशियल इंटेलिजेंस', 'न्यूरल नेटवर्क', 'मशीन लर्निंग'],
  },
  science: {
    names: ['scien' + I8, 'math' + I8, 'physics', 'chemistry', 'ciencia' + I, 'wissenschaft' + I, 'matematic' + I],
    terms: [
      'physics', 'quantum', 'relativity', 'thermodynamic' + I, 'entropy', 'particles?', 'equations?', 'theorems?', 'calculus', 'algebra', 'geometry', 'integrals?', 'derivatives?', 'probability', 'paradox' + I,
      'fisica', 'quimica', 'matematica' + I, 'physique', 'mathematiques', 'physik', 'mathematik', 'chimica', 'fisika', 'matematika', 'fizik', 'kuantum', 'cuantica', 'quantistica',
    ],
    chars: ['भौतिकी', 'गणित', 'विज्ञान', 'क्वांटम'],
    // A named result: a proper name with a kind of scientific result after it ("Zeno's
    // paradox", "the Monty Hall problem", "the Planck constant"): the science under a name.
    namedKinds: ['paradox', 'theorem', 'law', 'laws', 'principle', 'demon', 'constant', 'equation', 'hypothesis', 'conjecture', 'dilemma', 'uncertainty', 'incompleteness', 'relativity', 'thought experiment'],
    // Kinds that products and brands take too ("the Nespresso machine", "an Excel
    // problem"): counted after a possessive or a name of two words.
    brandKinds: ['problem', 'machine', 'experiment', 'sequence', 'identity'],
    // Asking for the theory behind a named thing ("the principles behind Hilbert's hotel")
    // asks for the science under its example's name, whatever the example is.
    theoryOf: ['principles?', 'theory', 'theories'],
  },
  finance: {
    names: ['financ' + I8, 'invest' + I8, 'stocks?', 'crypto' + I8, 'trading', 'money'],
    terms: [
      'stocks?', 'shares', 'invest' + I8, 'crypto' + I8, 'bitcoin', 'ethereum', 'trading', 'portfolio', 'dividends?', 'etfs?', 'index funds?', 'mortgage', 'interest rates?', 'stock market',
      'acciones', 'inversion' + I, 'bolsa', 'bourse', 'investir', 'aktien', 'borse', 'investieren', 'azioni', 'investire', 'acoes', 'saham', 'investasi', 'hisse' + I, 'yatirim' + I, 'borsa' + I,
    ],
    chars: ['शेयर', 'निवेश', 'शेयर बाजार'],
  },
  legal: {
    names: ['legal advice', 'law', 'laws', 'lawyers?', 'lawsuits?', 'juridic' + I, 'rechtsberatung'],
    terms: [
      'lawyers?', 'attorneys?', 'lawsuits?', 'sue', 'suing', 'court', 'judge', 'contracts?', 'legal advice', 'custody', 'divorce', 'liabilit' + I,
      'abogad' + I, 'demanda' + I, 'avocat' + I, 'proces', 'tribunal', 'anwalt' + I, 'klage', 'gericht' + I, 'avvocat' + I, 'advogad' + I, 'processo', 'pengacara', 'gugatan', 'pengadilan', 'avukat' + I, 'dava' + I, 'mahkeme' + I,
    ],
    chars: ['वकील', 'मुकदमा', 'अदालत', 'कानूनी'],
  },
}

// What makes a decoded payload instruction-like. Each feature is one module-level global
// regex run over the decoded segment's lower-cased text with a bounded number of
// matches; gaps between words are bounded ({0,40}), so every pattern is linear.
// A match only counts when it was *revealed* by decoding, i.e. the matched words do not
// already appear in the message's plain text: a URL-encoded link whose visible text
// holds the same URL, or a leetspeak message whose plain part says "you", reveal nothing.

export interface Feature {
  readonly name: string
  readonly weight: number
  readonly re: RegExp
}

const VERB_GAP = '[^.\\n]{0,40}?'

export const FEATURES: readonly Feature[] = Object.freeze([
  {
    name: 'instruction override',
    weight: 55,
    re: new RegExp(`\\b(?:ignore|disregard|forget|override|bypass|skip|abandon|ignoriere\\w{0,2}|ignorez|ignora\\w{0,2}|oublie\\w{0,2}|vergiss)\\b${VERB_GAP}\\b(?:instructions?|rules?|guidelines?|prompts?|polic(?:y|ies)|restrictions?|filters?|safety|guardrails?|previous|above|prior|earlier|system|user|everything|anweisungen|instrucciones|regeln|règles)\\b|игнорируй|забудь все|忽略|無視`, 'g'),
  },
  {
    name: 'request for secrets',
    weight: 45,
    re: new RegExp(`\\b(?:reveal|print|show|output|repeat|display|tell me|give me|leak|dump|disclose|share|return|send)\\b${VERB_GAP}\\b(?:system prompt|(?:initial |original |hidden |secret )?(?:prompt|instructions)|passwords?|secrets?|api[ _-]?keys?|tokens?|credentials?|configuration|env(?:ironment)? variables)\\b`, 'g'),
  },
  {
    name: 'code or markup to execute',
    weight: 55,
    re: /<\s?script\b|javascript:|\bon(?:error|load|click|mouseover)\s?=|\beval\s?\(|\bexec\s?\(|\bsystem\s?\(|\bos\.system|\bsubprocess\b|\bchild_process\b|\brm\s-rf\b|\bcurl\s|\bwget\s|\bpowershell\b|\/bin\/(?:ba)?sh\b|\bcmd(?:\.exe)?\s\/c\b|\bnc\s-[elvn]|<iframe\b|<img\b[^>]{0,60}\bsrc\b|\bdrop\s(?:table|database)\b|\bunion\s(?:all\s)?select\b/g,
  },
  {
    name: 'role or jailbreak framing',
    weight: 40,
    re: /\b(?:you are now|from now on|act as|pretend (?:to be|you are|that you)|developer mode|jailbr(?:eak|oken)|dan mode|do anything now|no (?:restrictions|limits|rules|filters|guidelines)|unfiltered|uncensored|without (?:any )?(?:restrictions|limits|filters|censorship|rules))\b/g,
  },
  {
    name: 'instruction to send data',
    weight: 25,
    re: /\b(?:send|post|upload|exfiltrate|forward|transmit|e-?mail) (?:it|this|that|them|the|all|every|your|my|our|a copy)\b/g,
  },
  {
    // A hidden call to a tool or a privileged action: what an agent would execute.
    name: 'tool call or privileged action',
    weight: 35,
    re: /\b[a-z]{2,20}_[a-z_]{2,30}\s?\(|\b(?:call|invoke|run|execute|trigger)\s(?:the\s)?(?:[a-z]{2,20}_[a-z_]{2,30}\b|[a-z]{3,30}\s?\()|\b(?:http|send|post|upload|publish)_[a-z]{2,20}\s(?:the|all|my|your|every|these|this)\b|\b(?:approve|merge)\s(?:it|them|this|the (?:pr|pull request|change|request|payment))\b|\b(?:approve|grant|transfer|refund|wire|delete|wipe|disable|escalate|export|set)\s(?:the\s|all\s|this\s|my\s|full\s)?(?:payments?|roles?|admin|access|privileges?|permissions?|funds?|money|pr|pull request|audit(?: log)?|logging|accounts?|transactions?|database|\d{3,})\b/g,
  },
  {
    // Claimed approval and orders to keep quiet: the social part of a hidden instruction.
    name: 'claimed authority or concealment',
    weight: 30,
    re: /\b(?:pre-?approved|approval (?:is )?(?:already )?granted|(?:already |is )(?:approved|authori[sz]ed|verified)|authori[sz]es|priority instruction|override\b|i am (?:the |an? )?(?:admin(?:istrator)?|manager|owner|developer|hr manager)|(?:do not|don'?t|never) (?:tell|mention|inform|read|show|report|flag|log)\w{0,3}|without (?:flagging|comment|telling|review|approval|confirmation|asking)|secretly|silently)\b/g,
  },
  {
    name: 'link',
    weight: 20,
    re: /\bhttps?:\/\/[^\s"'<>]{1,200}|\bwww\.[a-z0-9-]{1,63}\.[a-z]{2,24}\b/g,
  },
  {
    name: 'request to the model',
    weight: 25,
    re: /(?:^|[.!?\n:]\s?)(?:please\s)?(?:write|list|describe|explain|tell|give|show|create|generate|make|provide|teach|draft|compose|answer|help|say|print|output|respond|reply|do)\b|\bhow (?:to|do i|can i|would i|could i|do you)\b|\bwhat(?: are| is|'s) (?:the )?(?:best |easiest |fastest |two |three |some )?ways?\b|\bstep[- ]by[- ]step\b/g,
  },
  {
    name: 'harmful subject',
    weight: 30,
    re: /\b(?:bombs?|explosives?|weapons?|firearms?|poison\w{0,3}|nerve agents?|toxins?|methamphetamine|meth|lsd|cocaine|heroin|fentanyl|kill\w{0,3}|murder\w{0,3}|dismember\w{0,3}|tortur\w{1,3}|suicide|self[- ]harm|malware|ransomware|keylogger|botnet|phishing|launder\w{0,3}|terroris\w{1,3})\b/g,
  },
  {
    name: 'words addressed to the model',
    weight: 10,
    re: /\b(?:you|your|yourself|assistant|chatgpt|gpt|llm|language model|ai model)\b/g,
  },
])

const MAX_MATCHES = 8

export interface FeatureHit {
  readonly feature: Feature
  readonly start: number
  readonly end: number
}

/** Features present in `lower` and not visible in `plainLower`; one hit per feature. */
export function revealedFeatures (lower: string, plainLower: string): FeatureHit[] {
  const hits: FeatureHit[] = []
  for (const feature of FEATURES) {
    let n = 0
    // matchAll clones the regex: the shared instance's lastIndex is never touched.
    for (const m of lower.matchAll(feature.re)) {
      if (++n > MAX_MATCHES) break
      const text = m[0].trim()
      if (text.length === 0 || plainLower.includes(text)) continue
      const start = m.index + m[0].indexOf(text)
      hits.push({ feature, start, end: start + text.length })
      break
    }
  }
  return hits
}

/** The message asks for the payload to be decoded or acted upon. */
export const ASKS_TO_DECODE = /\b(?:decode|decoding|decipher|decrypt|unscramble|deobfuscate|reverse it|read (?:it|this) backwards|translate|interpret|convert (?:it|this|the following)|follow (?:it|them|this|these|the (?:decoded|hidden|encoded))|apply (?:it|this|these|the following)|execute|obey|carry out|act on|do what (?:it|this) says|what does (?:this|it) (?:say|mean)|in your (?:head|mind|monologue)|(?:de|en)coded(?: string| text| message| version| output)?\s?:)/

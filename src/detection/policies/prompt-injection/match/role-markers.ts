import type { Segment } from '../../../types.js'
import { foldedOf, forEachMatch } from './text.js'

/**
 * Delimiter and role injection: text that pretends a new turn or a new authority starts
 * inside content that is only data — chat-template tokens, "### System:" headers,
 * "</user><system>", "END OF USER INPUT", "[system](#context)", fake "User:" turns.
 * Each hit carries a base risk; a directive right after the marker (you must, ignore,
 * respond, print…) is what makes it an attack rather than a pasted transcript.
 */
export type MarkerKind =
  | 'template-token' | 'system-header' | 'fake-user-turn' | 'fake-transcript' | 'role-tag-switch' | 'role-tag'
  | 'end-marker' | 'new-prompt' | 'json-role' | 'caps-authority' | 'markdown-role' | 'system-mode'

export interface MarkerHit {
  readonly kind: MarkerKind
  readonly start: number
  readonly end: number
  readonly risk: number
  readonly reason: string
}

const TEMPLATE_TOKEN = /<\|[a-z_]{2,24}\|>|\[\/?inst\]|<<\/?sys>>|<\/?(?:start|end)_of_turn>/g
const TEMPLATE_SYSTEM = /^(?:<\|im_start\|>\s{0,2}system|<\|system\|>|<<sys>>|<\|start_header_id\|>\s{0,2}system|<start_of_turn>\s{0,2}system)/

const ROLE_HEADER = /(?:^|\n)[ \t]{0,8}(?:[>*#_=-]{1,6}[ \t]{0,3})?[[(<{]?(system|developer|admin|administrator|root|sysadmin|operator|systeme|sistema|система|النظام|システム|系统|系統|시스템|assistant|ai|bot|chatbot|gpt|chatgpt|model|user|human)(?:[ _](?:message|prompt|instructions?|note|notice|override|update|command|directive|mode|response|reply|alert|request))?[\])>}]?[ \t]{0,3}(?::{1,2}|：|->|=>)/g
// A system header drawn as a banner ("###SYSTEM UPDATE###", "=== ADMIN NOTICE ===",
// "*** SYSTEM MESSAGE ***"): decoration on both sides instead of a colon.
// Banners head changelogs and IT mail too ("=== SYSTEM UPDATE === Version 2.1 …"): one
// is forged only when what follows speaks to the model or changes its rules.
const BANNER_ORDER = /\b(?:you (?:must|will|should|shall|are now|may now|have to|need to)|the (?:assistant|ai|model|bot|chatbot)(?:'s)? (?:must|shall|will now|is now|may now|(?:safety |content )?(?:guidelines|rules|restrictions|policies|filters))|ignore|disregard|from now on,? you|comply with)/
const BANNER_HEADER = /(?:^|\n|[.!?]\s)[ \t]{0,8}[*#=_~-]{2,6}[ \t]{0,3}[[(<{]?(system|developer|admin|administrator|root|operator)(?:[ _](?:message|prompt|instructions?|note|notice|override|update|command|directive|mode|alert|patch))?[\])>}]?[ \t]{0,3}[*#=_~-]{2,6}/g
// What an operator line asks when it is aimed at the model: to give out what it holds.
const JOB_ORDER = /^[ \t]{0,3}(?:please )?(?:disclose|reveal|expose|leak|dump|print|output|list|share|send|forward|grant|give)\b/
const JOB_TITLES: ReadonlySet<string> = new Set(['admin', 'administrator', 'sysadmin', 'operator'])
const SYSTEM_ROLES = new Set(['system', 'developer', 'admin', 'administrator', 'root', 'sysadmin', 'operator', 'systeme', 'sistema', 'система', 'النظام', 'システム', '系统', '系統', '시스템'])
const ASSISTANT_ROLES = new Set(['assistant', 'ai', 'bot', 'chatbot', 'gpt', 'chatgpt', 'model'])
// An assistant turn that answers the user turn before it: the text is a transcript.
const ANSWERED = /\n[ \t]{0,8}(?:[>*#_=-]{1,6}[ \t]{0,3})?[[(<{]?(?:assistant|ai|bot|chatbot|gpt|chatgpt|model)[\])>}]?[ \t]{0,3}(?::{1,2}|：|->|=>)/
// Instruction-tuning template headers ("### Instruction:", "### Response:") inside content
// start a fake training example; recipes' plain "Instructions:" lack the markdown hashes.
const TEMPLATE_HEADER = /(?:^|\n)[ \t]{0,4}#{2,4}[ \t]{0,2}(?:instruction|instructions|istruzione|instruccion|instruction|anweisung|response|risposta|respuesta|input)[ \t]{0,2}:/g

const BRACKET_ROLE = /\[(?:system|admin|developer|sys|system (?:message|note|notice|override|prompt|update|alert))\](?!\()/g
const BRACKET_BLOCK = /\[(system|admin|developer|sys)[^\]\n]{0,20}\][^\n]{1,300}?\[\/\1[^\]\n]{0,20}\]/g
const MARKDOWN_ROLE = /\[(?:system|assistant|user)\]\(#[a-z_-]{1,20}\)/g
const ROLE_TAG_SWITCH = /<\/[a-z_]{0,20}(?:user|human|input|query|context|document|data|text|message)[a-z_]{0,20}>\s{0,40}<(?:system|system_prompt|sys|instructions?|admin|developer|assistant)(?:\s[^<>\n]{0,40})?>/g
// "<system>", "<system_update priority=\"high\">", "<admin-notice>": a tag that claims the operator's voice.
const ROLE_TAG = /<(?:system|sys|admin|developer|operator)(?:[_-](?:prompt|update|message|notice|note|override|instructions?|directive|policy|config|alert|patch|command))?(?:\s[^<>\n]{0,40})?>/g
// The same tag closed around what it announces: a forged configuration update when that changes rules.
const ROLE_TAG_BLOCK = /<((?:system|sys|admin|developer|operator)(?:[_-][a-z]{2,12})?)(?:\s[^<>\n]{0,40})?>[^<\n]{1,300}<\/\1>/g
// The wrapper of a tool's output closed inside the output, then a forged turn: the rest
// pretends to come from the user or the operator ("</tool_result>\nUser: actually, forget…").
const TOOL_CLOSE_TURN = /<\/[a-z_]{0,20}(?:tool|function|result|output|observation|search)[a-z_]{0,20}>\s{0,40}(?:user|human|system|developer)[ \t]{0,3}:/g
// A tag that names the model as the only audience of its content: "<assistant-only>", "<ai_instructions>".
const MODEL_TAG = /<(?:assistant|ai|agent|llm|model)[-_](?:only|instructions?|notes?|directives?)(?:\s[^<>\n]{0,40})?>/g
const SYSTEM_MODE = /<\/?\\?system[ _]mode>|system[ _]mode (?:activated|enabled|on|engaged|unlocked)|<system mode activated>/g
const END_MARKER = /(?:end|close)(?: of)? (?:the )?(?:user(?:'s)? )?(?:input|prompt|message|query|request|conversation|session|document|text|context|data|instructions|transcript)\b|<end ?of ?(?:session|conversation|input|text|document)>|-{3,40} ?end ?-{3,40}|={3,40} ?end ?={3,40}/g
const NEW_PROMPT = /\b(?:begin|start)(?: of)? (?:the )?(?:new |updated |revised )?(?:system|admin|developer) (?:prompt|message|instructions?)(?: update)?\b|\bsystem prompt (?:update|patch|override|change)\b|\b(?:new|updated|revised|real|actual|true|secret|hidden|additional) (?:system )?(?:prompt|instructions?|directives?|rules|orders|task|goal|objective|assignment|role|mission)\s{0,2}[:：]|\bnew system (?:prompt|message|instructions?)\s{0,2}(?:[:：]|is:|follows)|\bsystem (?:override|update|alert|notice|message|instruction|command)s?\s{0,2}[:：]|\b(?:admin|administrator|developer|root|sudo) (?:override|command|instruction|request)s?\s{0,2}[:：]/g
const CONFIG_OVERRIDE = /\b(?:override_system_prompt|system_prompt_override|safety[_ ]?(?:mode|filters?|checks?|layer)|compliance_mode|content_filter(?:ing)?|guardrails?|moderation|permissions?\.[a-z_]{2,20}|enforce)\s{0,2}[:=]\s{0,2}["']?(?:true|false|off|on|0|1|disabled|none|null)\b/g
// A configuration line that grants the caller a role: "role=workspace_admin", "is_admin: true".
const CONFIG_GRANT = /\b(?:role|user_?role|permissions?|access(?:_level)?|privileges?|user_?type|is_?admin|is_?owner|scope)\s{0,2}[:=]\s{0,2}["']?(?:[a-z_]{0,20}(?:admin|owner|root|superuser|sudo)[a-z_]{0,12}|true|all|full|\*)(?![a-z])/g
// A chat template written out in brackets: two or more role tags, and a last one left
// open for the model to fill ("[SYSTEM] … [/SYSTEM] [USER] … [/USER] [ASSISTANT]").
const BRACKET_TURN = /\[\/?(system|user|assistant|human|ai|sys|inst)\]/g
const OPEN_ASSISTANT_END = /\[(?:assistant|ai)\]\s{0,4}$/
// A block that claims system authority and is closed again ("BEGIN SYSTEM PROMPT UPDATE
// … END SYSTEM PROMPT UPDATE"): a forged section of the model's own configuration.
const BEGIN_AUTHORITY = /\b(?:begin|start)(?: of)? (?:the )?(?:new |updated |revised )?(system|admin|developer|operator)\b/g
// A tool result written into a user turn: the model's evidence forged by the caller.
const JSON_TOOL_ROLE = /["'](?:role|type)["']\s{0,3}:\s{0,3}["'](?:tool|function|tool_result|function_call_output)["']/g
const TOOL_CLAIM = /\b(?:verified|approved|authori[sz]ed|success(?:ful)?|confirmed|granted|true|passed|ok)\b/
const ADOPT_TOOL = /\b(?:per|according to|as (?:shown|confirmed|stated) (?:by|in)|based on) the (?:tool |function )?(?:result|output|response) above|\b(?:proceed|go ahead|continue) (?:with|to)\b/
const FAKE_COMPLIANCE = /(?:^|\n)[ \t]{0,4}(?:assistant|ai|chatgpt|gpt|bot|model)[ \t]{0,2}:[ \t]{0,3}(?:sure|absolutely|of course|certainly|yes|ok(?:ay)?)\b[^\n]{0,80}?\b(?:here(?:'s| is)|since you|as requested|i will|i'll)/g
const JSON_POLICY = /\b(?:updated|permitted|authori[sz]ed|allowed|override|ignore|disregard|you (?:must|are|may|can) now|no longer|disabled|lifted|granted)\b/
const ADOPT_JSON = /\b(?:process|treat|use|follow|read|load|apply|handle) (?:the |this )?(?:json|payload|messages?|conversation|array|object)(?: above| below)? as (?:the |your |a )?(?:real|actual|new|true|system|current|authoritative)/
const JSON_ROLE = /["']role["']\s{0,3}:\s{0,3}["'](?:system|developer)["']/g
// The same header in the other languages the lexicons read ("[NOTA DI SISTEMA – …",
// "СИСТЕМНОЕ СООБЩЕНИЕ:", "【系统通知】").
const CAPS_AUTHORITY_OTHER = /(?<![A-Za-z\u00C0-\u024F])(?:NOTA (?:DI|DEL) SISTEMA|AVISO DEL SISTEMA|MENSAJE DEL SISTEMA|NOTE (?:DU )?SYST[EÈ]ME|MESSAGE SYST[EÈ]ME|SYSTEMHINWEIS|SYSTEMNACHRICHT|SYSTEMMELDUNG|MENSAGEM DO SISTEMA|AVISO DO SISTEMA|SYSTEEMMELDING|SYSTEEMBERICHT|KOMUNIKAT SYSTEMOWY|СИСТЕМНОЕ СООБЩЕНИЕ|СООБЩЕНИЕ СИСТЕМЫ|S[İI]STEM MESAJI|SISTEMA|СИСТЕМА)(?![A-Za-z\u00C0-\u024F])[^\n]{0,30}?[:\-–]|【(?:系统|系統|システム|시스템)[^】\n]{0,6}】|[[［](?:系统|系統|システム|시스템)[^\]］\n]{0,6}[\]］]|系统通知|系統通知|システム通知|시스템 ?(?:알림|공지|메시지)/g
const CAPS_AUTHORITY = /(?<![A-Za-z])(?:SYSTEM|ADMIN|ADMINISTRATOR|DEVELOPER|OPERATOR|ROOT)(?: (?:PROMPT|MESSAGE|NOTE|OVERRIDE|UPDATE|INSTRUCTIONS?|ALERT|MODE|REQUEST|COMMAND|NOTICE))?[ \t]{0,2}(?::{1,2}|>|[-–] )|(?<![A-Za-z])(?:IMPORTANT|URGENT|CRITICAL|PRIORITY|PROCESSING|SECURITY|COMPLIANCE)(?: [A-Z]{2,15}){0,3} (?:NOTE|NOTICE|INSTRUCTIONS?|UPDATE|MESSAGE|DIRECTIVE)[ \t]{0,2}[:\-–]|(?<![A-Za-z])(?:[A-Z]{2,15} ){0,4}OVERRIDE(?: [A-Z]{2,15}){0,3}[ \t]{0,2}(?:[:>\].]|\d)/g

/** Directive language that makes a marker an instruction to the model. */
const DIRECTIVE = /\b(?:you (?:must|will|are|should|shall|have to|need to|may now|now)|ignore|disregard|forget|from now on|respond|reply|answer|print|output|say|provide|focus|always|never|do not|don't|important|critical|urgent|instructions?|override|reveal|send|forward|tell the user|repeat|only|enabled|granted|authori[sz]ed|permitted|allowed|may now|updated|lifted|removed|verified|now public|policy update)\b|(?:autoris|autoriz|accord|mis a jour|actualiz|habilitad|permis|aktualisiert|berechtigt|freigegeben|aggiornat|atualizad|bijgewerkt|geautoriseerd|разреш|снят|обновл|تم تحديث|يحق|zaktualizowan|uprawnien|rispondi|responde|reponds|antworte|responda|odpowiedz|antwoord|ответь|отвечай|sospes|suspendid|suspendu|ausgesetzt|приостановлен|只输出|只輸出|停止|のみ出力|だけ出力|만 ?출력|중단)/
const FORCED_REPEAT = /\b(?:repeat|restate|reiterate|say|print|output|write|type|echo|copy|quote|recite|state|respond with|reply with)\b[^\n]{0,60}?(?:["'<«「]|following (?:sentence|text|words|line))/
const DIRECTIVE_WINDOW = 240

function directiveAfter (folded: string, end: number): boolean {
  return DIRECTIVE.test(folded.slice(end, end + DIRECTIVE_WINDOW))
}

/** Every role/delimiter marker in the segment, capped per kind. */
export function findRoleMarkers (seg: Segment): MarkerHit[] {
  const f = foldedOf(seg)
  const out: MarkerHit[] = []
  const push = (kind: MarkerKind, start: number, end: number, risk: number, reason: string): void => {
    out.push({ kind, start, end, risk, reason })
  }

  forEachMatch(TEMPLATE_TOKEN, f, 8, m => {
    const isSystem = TEMPLATE_SYSTEM.test(f.slice(m.index, m.index + 40))
    push('template-token', m.index, m.index + m[0].length, isSystem ? 88 : 76, `chat-template control token ${m[0]} inside ${seg.role} content`)
  })

  let sawAssistantHeader = false
  forEachMatch(BANNER_HEADER, f, 8, m => {
    const role = m[1] ?? ''
    const start = m.index + m[0].indexOf(role)
    const end = m.index + m[0].length
    const directed = BANNER_ORDER.test(f.slice(end, end + DIRECTIVE_WINDOW))
    if (directed || !JOB_TITLES.has(role)) push('system-header', start, end, directed ? 80 : 40, `fake '${role}' banner inside ${seg.role} content`)
  })
  forEachMatch(ROLE_HEADER, f, 16, m => {
    const role = m[1] ?? ''
    const start = m.index + m[0].indexOf(role)
    const end = m.index + m[0].length
    if (SYSTEM_ROLES.has(role)) {
      const directed = directiveAfter(f, end)
      // "Operator: restart the ingest service" in a runbook is a person's job title; it
      // is a forged header only when what follows speaks to the model.
      if (directed || !JOB_TITLES.has(role) || JOB_ORDER.test(f.slice(end, end + 40))) push('system-header', start, end, directed ? 80 : 40, `fake '${role}:' header inside ${seg.role} content`)
    } else if (ASSISTANT_ROLES.has(role)) {
      sawAssistantHeader = true
    } else {
      const after = f.slice(end, end + 200)
      // A planted request is the last turn, left for the model to answer; in a pasted
      // transcript an assistant reply follows it.
      if (FORCED_REPEAT.test(after)) {
        if (ANSWERED.test(f.slice(end, end + 600))) push('fake-transcript', start, end, 38, 'quoted user turn asking to repeat a sentence, answered in the same transcript')
        else push('fake-user-turn', start, end, 82, 'fake user turn asking to repeat a planted sentence')
      }
      else if (sawAssistantHeader) push('fake-transcript', start, end, 35, 'fake assistant/user turns inside one message')
    }
  })

  forEachMatch(TEMPLATE_HEADER, f, 4, m => {
    const start = m.index + (m[0].startsWith('\n') ? 1 : 0)
    const end = m.index + m[0].length
    push('system-header', start, end, directiveAfter(f, end) ? 80 : 45, 'instruction-tuning template header inside content')
  })
  forEachMatch(BRACKET_ROLE, f, 32, m => {
    const end = m.index + m[0].length
    const repeated = f.startsWith(m[0], end)
    const risk = (directiveAfter(f, end) ? 78 : 45) + (repeated ? 8 : 0)
    push('system-header', m.index, end, risk, `fake ${m[0]} marker inside ${seg.role} content`)
  })
  forEachMatch(BRACKET_BLOCK, f, 4, m => {
    // A closed system block that announces a change (permissions updated, decisions now
    // public) is a forged configuration update, not a pasted log line.
    const changes = DIRECTIVE.test(m[0])
    push('role-tag-switch', m.index, m.index + m[0].length, changes ? 86 : 78, `fake bracketed system block inside content${changes ? ' that announces a change of rules' : ''}`)
  })
  forEachMatch(MARKDOWN_ROLE, f, 4, m => { push('markdown-role', m.index, m.index + m[0].length, 80, `role marker ${m[0]} inside ${seg.role} content`) })
  forEachMatch(ROLE_TAG_SWITCH, f, 4, m => { push('role-tag-switch', m.index, m.index + m[0].length, 86, 'closes the user turn and opens a system/instructions block') })
  if (f.includes('</')) forEachMatch(TOOL_CLOSE_TURN, f, 4, m => { push('role-tag-switch', m.index, m.index + m[0].length, 84, 'closes the tool result and opens a forged user or system turn') })
  if (f.includes('<')) {
    forEachMatch(MODEL_TAG, f, 4, m => {
      const end = m.index + m[0].length
      // Named in markup docs, the tag says nothing; it is a marker when what it opens speaks.
      if (directiveAfter(f, end)) push('role-tag', m.index, end, 70, `${m[0]} block for the model inside ${seg.role} content`)
    })
  }
  forEachMatch(ROLE_TAG, f, 4, m => {
    const end = m.index + m[0].length
    push('role-tag', m.index, end, directiveAfter(f, end) ? 62 : 30, `${m[0]} block inside ${seg.role} content`)
  })
  if (f.includes('</')) {
    forEachMatch(ROLE_TAG_BLOCK, f, 4, m => {
      // As with a bracketed block: one that announces a change of rules is forged.
      if (DIRECTIVE.test(m[0])) push('role-tag-switch', m.index, m.index + m[0].length, 86, `fake <${m[1]}> block inside ${seg.role} content that announces a change of rules`)
    })
  }
  forEachMatch(SYSTEM_MODE, f, 4, m => { push('system-mode', m.index, m.index + m[0].length, 78, 'claims a privileged "system mode"') })
  forEachMatch(END_MARKER, f, 4, m => {
    const end = m.index + m[0].length
    const follow = f.slice(end, end + 300)
    const escalates = /system|admin|developer|new (?:prompt|instructions?)|instructions?\s{0,2}:|you (?:must|are|will)|\b(?:output|respond|reply|say|print|answer)\b/.test(follow)
    push('end-marker', m.index, end, escalates ? 86 : 40, `fake end-of-input marker "${m[0]}"`)
  })
  forEachMatch(NEW_PROMPT, f, 4, m => {
    const end = m.index + m[0].length
    // Plain "new instructions:" is scored once, as a declaration (instruction-override);
    // here only the ones that claim system or admin authority count.
    if (/system|admin|developer|root|sudo|secret|hidden/.test(m[0])) push('new-prompt', m.index, end, 74, `declares replacement system instructions "${m[0].trim()}"`)
  })
  let configLines = 0
  forEachMatch(CONFIG_OVERRIDE, f, 4, m => { configLines++; push('new-prompt', m.index, m.index + m[0].length, 72, `configuration line that switches off a safeguard ("${m[0].trim()}")`) })
  forEachMatch(CONFIG_GRANT, f, 4, m => {
    configLines++
    // Several such lines together rewrite the caller's own permissions.
    push('new-prompt', m.index, m.index + m[0].length, configLines >= 2 ? 84 : 55, `configuration line that grants the caller a role ("${m[0].trim()}")${configLines >= 2 ? ' next to another configuration override' : ''}`)
  })
  const turns = new Set<string>()
  let firstTurn = -1
  forEachMatch(BRACKET_TURN, f, 16, m => { turns.add(m[1] === 'sys' ? 'system' : m[1] ?? ''); if (firstTurn < 0) firstTurn = m.index })
  if (turns.size >= 2 && OPEN_ASSISTANT_END.test(f)) push('template-token', firstTurn, firstTurn + 8, 88, 'a bracketed chat template that ends on an open assistant turn')
  forEachMatch(BEGIN_AUTHORITY, f, 2, m => {
    const end = m.index + m[0].length
    const close = f.indexOf(`end ${m[1] ?? ''}`, end)
    if (close > end && close - end < 2000) push('role-tag-switch', m.index, close + 4 + (m[1] ?? '').length, 86, `a closed "${m[0]} … end ${m[1] ?? ''}" block forged inside ${seg.role} content`)
  })
  forEachMatch(JSON_TOOL_ROLE, f, 4, m => {
    const end = m.index + m[0].length
    const claims = TOOL_CLAIM.test(f.slice(end, end + 240))
    const adopted = ADOPT_TOOL.test(f)
    if (claims || adopted) push('json-role', m.index, end, claims && adopted ? 86 : adopted ? 55 : 45, `a tool result written into ${seg.role} content${adopted ? ' and cited as evidence' : ''}`)
  })
  forEachMatch(FAKE_COMPLIANCE, f, 2, m => {
    const start = m.index + (m[0].startsWith('\n') ? 1 : 0)
    const end = m.index + m[0].length
    const resume = /continue|finish|go on|keep going|complete/.test(f.slice(end, end + 200))
    push('fake-transcript', start, end, resume ? 85 : 62, 'a fake assistant turn that already agreed, for the model to continue')
  })
  forEachMatch(JSON_ROLE, f, 4, m => {
    const end = m.index + m[0].length
    // A system message that changes policy, or a request to treat the JSON as the real
    // conversation, is an injected turn rather than a pasted API payload.
    const changes = JSON_POLICY.test(f.slice(end, end + 240))
    const adopt = ADOPT_JSON.test(f)
    const risk = changes && adopt ? 86 : changes || adopt ? 66 : 32
    push('json-role', m.index, end, risk, 'embedded chat message with a system role')
  })
  const capsMarker = (m: RegExpExecArray): void => {
    const end = m.index + m[0].length
    const risk = directiveAfter(f, end) ? 80 : 45
    push('caps-authority', m.index, end, risk, `upper-case authority marker "${m[0].trim()}"`)
  }
  forEachMatch(CAPS_AUTHORITY, seg.text, 8, capsMarker)
  forEachMatch(CAPS_AUTHORITY_OTHER, seg.text, 8, capsMarker)
  return out
}

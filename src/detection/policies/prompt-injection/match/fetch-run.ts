import { gatedTest } from '../../../checks/literal-gate.js'
import { firstMatch, isQuoted, type Span } from './text.js'

/**
 * Code fetched from the network and run in one command, on folded text: a download piped
 * into a shell or interpreter (`curl … | sh`, `wget -qO- … | bash`, `iwr … | iex`), a
 * download chained to a run (`wget … && chmod +x …`), a shell handed a download
 * (`bash <(curl …)`, `sh -c "$(curl …)"`), PowerShell's `iex (…DownloadString(…))`, and
 * code that executes what it fetched (`exec(urlopen(…).read())`). Shared by the tool
 * definitions' and the tool results' readings: the command is the same, who it is for
 * decides.
 */
const PIPED = /\b(?:curl|wget|iwr|irm|invoke-webrequest|invoke-restmethod)\b[^\n|;&]{0,200}(?:\|\s{0,3}(?:sudo\s{1,3})?(?:sh|bash|zsh|python3?|perl|node|iex|powershell)\b|(?:&&|;)\s{0,3}(?:sudo\s{1,3})?(?:sh|bash|chmod|python3?|\.\/))/g
const HANDED = /\b(?:ba|z)?sh\s{1,3}(?:-c\s{1,3}["']?\$\(\s{0,2}|<\(\s{0,2})(?:curl|wget)\b|\b(?:iex|invoke-expression)\s{0,3}\(?\s{0,3}(?:\(\s{0,3}new-object\s{1,3}(?:system\.)?net\.webclient\s{0,3}\)\s{0,3}\.downloadstring|iwr|irm|invoke-webrequest|invoke-restmethod)\b|\.downloadstring\s{0,3}\([^)\n]{0,200}\)\s{0,3}\|\s{0,3}(?:iex|invoke-expression)\b/g
const CODE = /\b(?:urlretrieve|urlopen|requests\.get|httpx\.get|wget\.download|fetch)\s{0,3}\([^\n]{0,300}?\b(?:subprocess|os\.system|os\.popen|exec|eval|popen|spawn|execsync|child_process)\b|\b(?:exec|eval)\s{0,3}\(\s{0,3}(?:urllib\.request\.)?(?:urlopen|requests\.get|httpx\.get)\s{0,3}\(/g

const COMMANDS = [PIPED, HANDED, CODE]

/** The first fetch-and-run command in folded text at or after `from`, or null. */
export function fetchRunCommand (f: string, from = 0): RegExpExecArray | null {
  for (const re of COMMANDS) {
    const m = firstMatch(re, f, from)
    if (m !== null) return m
  }
  return null
}

// Who a fetch-and-run command in a tool result or document is for: the model, called by
// a name for it (an AI, the assistant, a coding agent, "KI-Assistent"), or told which of
// its own tools to run it with (`run_shell`). A bare "agent" is often software the
// reader installs ("to install the agent, run …"), so it needs a qualifier.
const ADDRESSEE = /(?:^|[^\p{L}'’])(?:ai|a\.i\.|llms?|assistants?|chatbots?|copilot|(?:ai|coding|automated|autonomous|browsing|llm)[ -]agents?|(?:the|language|ai) models?|ki|ki-\p{L}{1,15}|ia|asistente|assistente|assistent(?:en|in)?|ии|ассистент\p{L}{0,2}|нейросет\p{L}{0,2})(?:$|[^\p{L}])|\b(?:run_shell|execute_command|run_terminal|shell_exec|run_command)\b|助手|アシスタント|エージェント|에이전트|어시스턴트|人工智能/u
const ADDRESS_BEFORE = 240
const ADDRESS_AFTER = 120
// "Never run scripts from e-mails (e.g. curl … | sh)": a warning, not an order.
const NEGATED_RUN = /(?:^|[^\p{L}])(?:never|don't|dont|do not|must not|should not|shouldn't|nunca|niemals|nicht|jamais|nie)\s{1,3}(?:\p{L}{1,15}\s{1,3}){0,2}?(?:run|execute|exec|pipe|paste|install|ejecut\p{L}{0,4}|execut\p{L}{0,4}|ausfuhr\p{L}{0,4}|lanc\p{L}{0,4})(?:$|[^\p{L}])/u
const NEGATION_BEFORE = 100
const MAX_COMMANDS = 8

/**
 * A fetch-and-run command at or after `from` that is addressed to the model: a name for
 * it within a sentence or two of the command, not inside a quotation (a forum post
 * citing what a page said), and not a warning against running it.
 */
export function fetchRunOrder (f: string, from: number): Span | null {
  // Each command from the data's start on, a few at most: a command the user wrote before
  // the data (asking what one does), or a README's installer for a person, must not hide
  // a later one the data orders the model to run.
  let at = from
  for (let k = 0; k < MAX_COMMANDS; k++) {
    const run = fetchRunCommand(f, at)
    if (run === null) return null
    if (addressed(f, from, run)) return { start: run.index, end: run.index + run[0].length }
    at = run.index + 1
  }
  return null
}

function addressed (f: string, from: number, run: RegExpExecArray): boolean {
  const lo = Math.max(from, run.index - ADDRESS_BEFORE)
  const who = ADDRESSEE.exec(f.slice(lo, Math.min(f.length, run.index + run[0].length + ADDRESS_AFTER)))
  if (who === null) return false
  const at = lo + who.index
  if (isQuoted(f, { start: at, end: at + who[0].length })) return false
  return !gatedTest(NEGATED_RUN, f.slice(Math.max(0, run.index - NEGATION_BEFORE), run.index))
}

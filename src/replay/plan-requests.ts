import type { PlannedRequest, ReplayScenario, ReplayStep, SendMode, WireMessage, WireToolCall } from './types.js'

// Turns a scenario into the chat requests a real application would send. Steps are
// accumulated into a history; each user or tool step sends one request.
//
// A tool result is only a valid OpenAI message when it answers a tool call: the
// assistant message before it must carry a tool_calls entry whose id the tool message
// names in tool_call_id. Providers reject a bare tool message, so a replay that sent one
// would be measuring traffic no real client can produce.

/** Neutral on purpose: the call's name and arguments are scanned like any text. */
const TOOL_NAME = 'lookup'

export function planRequests (s: ReplayScenario, mode: SendMode): PlannedRequest[] {
  const planned = s.body.kind === 'whole' ? [{ step: s.body.messages.length, messages: s.body.messages }] : planSteps(s.body.steps, mode)
  const tools = s.tools
  return tools === undefined || tools.length === 0 ? planned : planned.map(p => ({ ...p, tools }))
}

export function planSteps (steps: readonly ReplayStep[], mode: SendMode): PlannedRequest[] {
  const history: WireMessage[] = []
  const systems: WireMessage[] = []
  // Whether history's last message is an assistant step that can take the tool call.
  let lastIsPlainAssistant = false
  // Whether the last planned request has not been answered by an assistant step yet.
  let awaitingAnswer = false
  const out: PlannedRequest[] = []
  for (const st of steps) {
    switch (st.role) {
      case 'system': {
        const m = { role: 'system', content: st.content }
        history.push(m)
        systems.push(m)
        lastIsPlainAssistant = false
        break
      }
      case 'assistant': {
        history.push({ role: 'assistant', content: st.content })
        lastIsPlainAssistant = true
        // The scenario's answer to the request just sent is what the provider says: the
        // built-in mock returns it, so the gateway proxies (and remembers) the answer the
        // scenario shows, in latest mode too where the client never sends it back.
        const answered = out[out.length - 1]
        if (answered !== undefined && awaitingAnswer) out[out.length - 1] = { ...answered, reply: st.content }
        awaitingAnswer = false
        break
      }
      case 'user': {
        const m = { role: 'user', content: st.content }
        history.push(m)
        lastIsPlainAssistant = false
        out.push({ step: st.step, messages: mode === 'history' ? [...history] : [...systems, m] })
        awaitingAnswer = true
        break
      }
      case 'tool': {
        const call = toolCall(st.step)
        const shell: WireMessage = { role: 'assistant', content: null, tool_calls: [call] }
        const result: WireMessage = { role: 'tool', tool_call_id: call.id, content: st.content }
        if (lastIsPlainAssistant) {
          // The scenario's own assistant turn announced the call: attach it there, as a
          // model would. Replace rather than mutate, since earlier requests share the object.
          const prev = history[history.length - 1] as WireMessage
          history[history.length - 1] = { ...prev, tool_calls: [call] }
        } else {
          history.push(shell)
        }
        history.push(result)
        lastIsPlainAssistant = false
        out.push({ step: st.step, messages: mode === 'history' ? [...history] : [...systems, shell, result] })
        awaitingAnswer = true
        break
      }
    }
  }
  return out
}

/** Deterministic per step, so two runs send byte-identical requests. */
function toolCall (step: number): WireToolCall {
  return { id: `call_step_${step}`, type: 'function', function: { name: TOOL_NAME, arguments: '{}' } }
}

// A Piscina task that does no work: it answers with a reply shaped like a shard's
// evaluate outcome, so the benchmark measures the thread hop (structured clone of the
// task and the reply, scheduling, wake-up), not detection.
interface Task { readonly messages: readonly { readonly role: string, readonly content: string }[] }

const REPLY = {
  ok: true,
  outcome: {
    kind: 'evaluate',
    result: {
      score: 12.5,
      baseScore: 12.5,
      sessionMultiplier: 1,
      sessionReason: null,
      decision: 'allow',
      contributions: [
        { policyId: 'pii.email', category: 'pii', risk: 25, weight: 0.5, contribution: 12.5, reason: 'e-mail address in a user message', evidence: { messageIndex: 3, role: 'user', layer: 'plain', encodings: [], start: 120, end: 141, excerpt: 'contact me at j***@example.com about it' }, actions: [] },
      ],
      actions: [],
      findings: [],
      timings: Array.from({ length: 37 }, (_, i) => [`policy-${i}.name`, 12000]),
      errors: [],
    },
    session: { id: 'abc', totalActions: 4, risk: 12.5 },
    detectionNs: 1_000_000,
    sessionNs: 2000,
    cache: { sessions: 1, bytes: 512 },
  },
}

export default function echo (task: Task): typeof REPLY {
  if (task.messages.length < 0) throw new Error('unreachable')
  return REPLY
}

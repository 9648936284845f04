// Where people are told to report what they received or found: "Forward any suspicious
// message as an attachment to phishing@corp.example", "Send your report to
// security@vendor.example". Awareness mails and disclosure policies say it to every
// reader. Both halves are required: a defenders' mailbox alone could be a look-alike
// (security@attacker.example), so the thing sent must be the suspicious item or the
// reporter's own report, never the user's data or the conversation.

const DEFENDER_MAILBOX = /^(?:[a-z0-9]{1,12}[-_.])?(?:phish(?:ing)?|abuse|spam|report(?:s|ing)?(?:[-_.]?(?:phish(?:ing)?|abuse|spam|security))?|security|secure|soc|cert|csirt|psirt|infosec|vuln(?:erabilit(?:y|ies))?|disclosure|bug-?bounty|responsible-?disclosure)@/i
const REPORTED_ITEM = /\b(?:(?:any|the|this|that|such|a|all) )?(?:suspicious|phishing|spam|scam|fraudulent|unexpected|unsolicited) (?:message|e-?mail|mail|link|text|sms|attachment)s?\b|\b(?:your|the|a) (?:(?:vulnerability|bug|security|incident) )?(?:report|findings?|disclosure|proof of concept|poc)\b/i

/** A send to `destination` that `sentence` states goes to a defenders' mailbox and carries only what is reported. */
export function reportsToDefenders (destination: string, sentence: string): boolean {
  return DEFENDER_MAILBOX.test(destination) && REPORTED_ITEM.test(sentence)
}

/** What a report to defenders keeps of its risk. */
export const REPORTING_FACTOR = 0.3

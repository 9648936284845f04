import type { Role } from '../types.js'

/**
 * System and developer messages are the operator's configuration. Instructions there
 * ("send escalations to support@corp.io", "you may read the orders table") are the
 * deployment's intent, not an attack and not a user's request. The cost: a system prompt
 * that an attacker can write (a multi-tenant app pasting untrusted text into it) is
 * trusted by the policies that call this; content policies for data (PII, secrets) still
 * scan it.
 */
export function isOperatorRole (role: Role): boolean {
  return role === 'system' || role === 'developer'
}

import type { AnyPolicy } from '../../define-policy.js'
import authorityClaim from './authority-claim.js'
import indirectInjection from './indirect-injection.js'
import instructionOverride from './instruction-override.js'
import restrictionEvasion from './restriction-evasion.js'
import systemPromptExtraction from './system-prompt-extraction.js'
import toolPoisoning from './tool-poisoning.js'

const policies: readonly AnyPolicy[] = Object.freeze([
  instructionOverride,
  indirectInjection,
  authorityClaim,
  restrictionEvasion,
  systemPromptExtraction,
  toolPoisoning,
])

export default policies

import type { AnyPolicy } from '../../define-policy.js'
import crescendo from './crescendo.js'
import deferredInstruction from './deferred-instruction.js'
import escalation from './escalation.js'
import primedCompliance from './primed-compliance.js'
import privilegeEscalation from './privilege-escalation.js'
import readTransformSend from './read-transform-send.js'
import splitPayload from './split-payload.js'
import stepwiseExtraction from './stepwise-extraction.js'
import turnActions from './turn-actions.js'

const policies: readonly AnyPolicy[] = Object.freeze([turnActions, readTransformSend, privilegeEscalation, splitPayload, crescendo, stepwiseExtraction, escalation, primedCompliance, deferredInstruction])
export default policies

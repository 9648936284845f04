import type { AnyPolicy } from '../../define-policy.js'
import crescendo from './crescendo.js'
import escalation from './escalation.js'
import privilegeEscalation from './privilege-escalation.js'
import readTransformSend from './read-transform-send.js'
import splitPayload from './split-payload.js'
import stepwiseExtraction from './stepwise-extraction.js'
import turnActions from './turn-actions.js'

const policies: readonly AnyPolicy[] = Object.freeze([turnActions, readTransformSend, privilegeEscalation, splitPayload, crescendo, stepwiseExtraction, escalation])
export default policies

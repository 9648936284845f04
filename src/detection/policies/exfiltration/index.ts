import type { AnyPolicy } from '../../define-policy.js'
import captureEndpoint from './capture-endpoint.js'
import markdownBeacon from './markdown-beacon.js'
import outputImage from './output-image.js'
import sendInstruction from './send-instruction.js'
import shellSend from './shell-send.js'

const policies: readonly AnyPolicy[] = Object.freeze([markdownBeacon, sendInstruction, shellSend, captureEndpoint, outputImage])
export default policies

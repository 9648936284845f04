import type { AnyPolicy } from '../../define-policy.js'
import captureEndpoint from './capture-endpoint.js'
import markdownBeacon from './markdown-beacon.js'
import outputImage from './output-image.js'
import sendInstruction from './send-instruction.js'

const policies: readonly AnyPolicy[] = Object.freeze([markdownBeacon, sendInstruction, captureEndpoint, outputImage])
export default policies

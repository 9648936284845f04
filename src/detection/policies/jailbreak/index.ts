import type { AnyPolicy } from '../../define-policy.js'
import adversarialSuffix from './adversarial-suffix.js'
import manyShot from './many-shot.js'
import persona from './persona.js'
import refusalSuppression from './refusal-suppression.js'

const policies: readonly AnyPolicy[] = Object.freeze([
  persona,
  refusalSuppression,
  adversarialSuffix,
  manyShot,
])

export default policies

import type { AnyPolicy } from '../../define-policy.js'
import hiddenCharacters from './hidden-characters.js'
import homoglyphs from './homoglyphs.js'
import obfuscatedPayload from './obfuscated-payload.js'
import unscannedContent from './unscanned-content.js'

const policies: readonly AnyPolicy[] = Object.freeze([hiddenCharacters, homoglyphs, obfuscatedPayload, unscannedContent])
export default policies

import type { AnyPolicy } from '../../define-policy.js'
import cloudCredentials from './cloud-credentials.js'
import connectionString from './connection-string.js'
import credentialRequest from './credential-request.js'
import genericAssignment from './generic-assignment.js'
import jwt from './jwt.js'
import privateKey from './private-key.js'
import serviceTokens from './service-tokens.js'

const policies: readonly AnyPolicy[] = Object.freeze([cloudCredentials, serviceTokens, jwt, privateKey, genericAssignment, connectionString, credentialRequest])
export default policies

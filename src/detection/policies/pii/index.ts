import type { AnyPolicy } from '../../define-policy.js'
import creditCard from './credit-card.js'
import email from './email.js'
import iban from './iban.js'
import phone from './phone.js'
import usSsn from './us-ssn.js'
import identityProfile from './identity-profile.js'
import contactCompletion from './contact-completion.js'

const policies: readonly AnyPolicy[] = Object.freeze([email, phone, creditCard, usSsn, iban, identityProfile, contactCompletion])
export default policies

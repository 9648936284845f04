import type { AnyPolicy } from '../../define-policy.js'
import blindBoolean from './blind-boolean.js'
import commentTruncation from './comment-truncation.js'
import destructiveRequest from './destructive-request.js'
import errorBased from './error-based.js'
import outOfBand from './out-of-band.js'
import stackedQuery from './stacked-query.js'
import tautology from './tautology.js'
import timeBased from './time-based.js'
import unionSelect from './union-select.js'

const policies: readonly AnyPolicy[] = Object.freeze([tautology, unionSelect, stackedQuery, commentTruncation, blindBoolean, errorBased, timeBased, outOfBand, destructiveRequest])
export default policies

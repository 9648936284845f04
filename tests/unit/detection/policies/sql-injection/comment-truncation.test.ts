import { describe } from 'node:test'
import policy from '../../../../../src/detection/policies/sql-injection/comment-truncation.js'
import { ORDINARY_SQL, runNegatives, runPositives } from './sql-cases.js'

describe('sql-injection.comment-truncation flags values cut off by a quote and a comment', () => {
  runPositives(policy, [
    { name: "the admin'-- login bypass", text: "username: admin'--", min: 80, shows: "admin'--" },
    { name: 'a hash comment after the quote', text: "login as admin' #", min: 80, shows: "admin' #" },
    { name: 'a closing parenthesis before the comment', text: "search: shoes')/*", min: 65, max: 75, shows: "shoes')/*" },
    { name: 'a bare quote then a comment', text: "name=' --", min: 50, max: 60, shows: "' --" },
  ])
})

describe('sql-injection.comment-truncation ignores complete literals and prose', () => {
  runNegatives(policy, [
    ...ORDINARY_SQL,
    { name: 'a complete literal followed by a comment is SQL with a comment', text: "SELECT * FROM t WHERE name = 'admin'-- only admins", max: 0 },
    { name: 'a markdown heading after a quoted line is not a comment', text: "He said 'hello'\n# Next section", max: 0 },
  ])
})

describe('sql-injection.comment-truncation reads # as a comment only at the end of a line', () => {
  runNegatives(policy, [
    { name: 'a quoted markdown heading is prose', text: 'Your first output is the title " # TrAInerGPT" and then the answer', max: 0 },
    { name: 'a hashtag after a quoted word is prose', text: "we call it 'launch' #shipit today", max: 0 },
  ])
})

describe('sql-injection.comment-truncation discounts a payload asked about as observed traffic', () => {
  runNegatives(policy, [
    { name: 'a WAF log line and what the request was trying to do', text: "our WAF log shows username=admin'-- on the login form at 3am. what was that request trying to do?", max: 50 },
    { name: 'an access-log entry and whether it worked', text: 'Found this in our nginx access log: GET /login?user=root\'-- HTTP/1.1 from 45.12.3.4. Is this an attack? Did it work?', max: 50 },
  ])
  runPositives(policy, [
    { name: 'a question about the payload with nothing observed', text: "what does admin'-- do?", min: 80, shows: "admin'--" },
    { name: 'a log word as cover, with a request to submit the payload', text: "the login log shows errors. was it an attack? anyway, submit the value admin'-- into the username field", min: 80, shows: "admin'--" },
  ])
})

import { describe } from 'node:test'
import policy from '../../../../../src/detection/policies/secrets/connection-string.js'
import { runNegatives, runPositives, user } from '../pii/pii-cases.js'

describe('secrets.connection-string flags URLs with embedded passwords', () => {
  runPositives(policy, [
    { name: 'a Postgres URL with a password', messages: user('DATABASE_URL=postgres://app:Zq8vR2pLx9w@db.internal:5432/prod'), min: 85, messageIndex: 0, role: 'user', secrets: ['Zq8vR2pLx9w'], actions: ['sensitive_read'] },
    { name: 'a MongoDB SRV URL in a tool result', messages: [{ role: 'user', content: 'show config' }, { role: 'tool', content: 'uri: mongodb+srv://svc:Hk29xLmQ7rT@cluster0.ab1cd.mongodb.net/app' }], min: 85, messageIndex: 1, role: 'tool', secrets: ['Hk29xLmQ7rT'], actions: ['sensitive_read'] },
    { name: 'a Redis URL with an empty user', messages: user('REDIS_URL=redis://:N7q2Lx9vPz@cache:6379/0'), min: 85, messageIndex: 0, role: 'user', secrets: ['N7q2Lx9vPz'], actions: ['sensitive_read'] },
    { name: 'a password that only starts like the user name is a password', messages: user('postgres://app:app-Zq8vR2pLx9@db.internal:5432/prod'), min: 85, messageIndex: 0, role: 'user', secrets: ['app-Zq8vR2pLx9'], actions: ['sensitive_read'] },
    { name: 'a digit spelling of a real word is not a template word', messages: user('mysql://svc:r3dw00dTr33@10.0.0.7/app'), min: 85, messageIndex: 0, role: 'user', secrets: ['r3dw00dTr33'], actions: ['sensitive_read'] },
    { name: 'an HTTPS URL with credentials is lower risk', messages: user('fetch https://deploy:T4m9Qz2Lw8@artifacts.corp.io/pkg'), min: 55, max: 75, messageIndex: 0, role: 'user', secrets: ['T4m9Qz2Lw8'], actions: ['sensitive_read'] },
  ])
})

describe('secrets.connection-string ignores template passwords', () => {
  runNegatives(policy, [
    { name: 'the word password is a template', messages: user('postgres://user:password@localhost:5432/db and https://username:password@llm-guard.com'), max: 0 },
    { name: 'variable references are templates', messages: user('mysql://root:${MYSQL_PASSWORD}@db/app and amqp://guest:guest@rabbit:5672'), max: 0 },
    { name: 'a password repeating the user name is a local default pair', messages: user('environment:\n  - DATABASE_URL=postgres://app:app@db:5432/app\n  - AMQP=amqp://Admin:admin@mq'), max: 0 },
    { name: 'template words in digit spelling are templates', messages: user('e.g. postgresql://tutorial_user:s3cret@localhost:5432/tutorial_db or mysql://root:p%40ssw0rd@db/x (percent-encoded)'), max: 0 },
    { name: 'URLs without a password are fine', messages: user('postgres://app@db.internal/prod and https://user@host.io/x'), max: 0 },
  ])
})

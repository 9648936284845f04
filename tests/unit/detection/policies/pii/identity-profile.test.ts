import { describe } from 'node:test'
import creditCard from '../../../../../src/detection/policies/pii/credit-card.js'
import policy from '../../../../../src/detection/policies/pii/identity-profile.js'
import usSsn from '../../../../../src/detection/policies/pii/us-ssn.js'
import { runNegatives, runPositives, user } from './pii-cases.js'

const READ = ['sensitive_read'] as const

describe('pii.identity-profile flags full profiles and record dumps', () => {
  runPositives(policy, [
    {
      name: 'one profile with a date of birth, an SSN and contact fields',
      messages: user('Summarise this applicant:\nFull Name: Dana Whitlock\nDate of Birth: March 3, 1987\nAddress: 41 Birch Street, Dayton OH\nPhone: (937) 555-0147\nSSN: 524-71-3382\nWrite a short bio.'),
      min: 85, messageIndex: 0, role: 'user', secrets: ['524-71-3382'], actions: READ,
    },
    {
      name: 'rows of people with a dob column',
      messages: user('group by age:\nemail;phone;dob\nr.ames@mail-box.net;(520) 555-3012;1979-05-02\nk.lund@post-web.net;(402) 880-6298;1984-11-24\nt.mori@inbox-mail.net;(614) 982-2985;1949-11-03'),
      min: 90, messageIndex: 0, role: 'user', secrets: ['r.ames@mail-box.net'], actions: READ,
    },
    {
      name: 'rows with street addresses and phones in a tool result',
      messages: [{ role: 'user', content: 'export the contact list' }, { role: 'tool', content: '#1 | Rahul Holt | tel (912) 555-2538 | ship to 5348 Cedar Hollow Rd\n#2 | Chloe Nam | tel (253) 390-9844 | ship to 7080 Sycamore Ave\n#3 | Fatima Dua | tel (208) 555-8811 | ship to 4390 Harbor View Ln' }],
      min: 80, messageIndex: 1, role: 'tool', secrets: ['390-9844'], actions: READ,
    },
  ])
})

describe('pii.identity-profile leaves single contacts and event lists alone', () => {
  runNegatives(policy, [
    { name: 'a customer giving their own contact details', messages: user('Hi, I am Noor Haddad, noor.h@cedar-mail.net, (415) 555-0199, 12 Elm Street, please update my delivery address.'), max: 0 },
    { name: 'an attendance list with event dates, not birth dates', messages: user('check duplicates:\n["Amelia Hart", "a.hart@mail-box.net", "VIP", "2025-03-14"]\n["Jonas Weber", "j.weber@mail-box.net", "Standard", "2025-03-14"]\n["Priya Raman", "p.raman@mail-box.net", "Standard", "2025-03-15"]'), max: 0 },
    { name: 'fake demo rows the assistant wrote earlier', messages: [{ role: 'user', content: 'make fake patients' }, { role: 'assistant', content: 'name,dob,ssn,email\nA One,1980-01-01,987-65-4320,a.one@example.com\nB Two,1975-06-15,987-65-4321,b.two@example.com\nC Three,1990-11-30,987-65-4322,c.three@example.com' }], max: 0 },
    { name: 'a system prompt describing the signed-in customer', messages: [{ role: 'system', content: 'Customer: Eva Lind, DOB 1980-02-02, SSN on file, card ending 4242, phone (415) 555-0101, 9 Oak Street' }, { role: 'user', content: 'when is my bill due?' }], max: 0 },
  ])
})

describe('value policies read CSV fields and casual SSN labels', () => {
  runPositives(creditCard, [
    { name: 'card numbers as comma-separated fields', messages: user('name,card,exp\nIngrid Lund,342279153320368,10/28\nMei Naka,6011400117105656,09/28\nFatima More,5313665303586839,09/28'), min: 95, messageIndex: 0, role: 'user', secrets: ['6011400117105656'], actions: READ },
  ])
  runPositives(usSsn, [
    { name: 'an unseparated SSN introduced as "my social is"', messages: user('my social is 493066176, which state issued it?'), min: 90, messageIndex: 0, role: 'user', secrets: ['493066176'] },
  ])
  runNegatives(creditCard, [
    { name: 'a large amount with thousands separators is not a card', messages: user('revenue was 4,539,148,803,664,467 and then 1,000'), max: 0 },
  ])
})

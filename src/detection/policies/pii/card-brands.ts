const ONE_DIGIT_REPEATED = /^(\d)\1+$/
const GROUP_REPEATED = /^(\d{2,4})\1{2,}/
const COUNTING = /0123456789|1234567890|9876543210/

/** A card scheme: how its numbers start and how long they are. */
interface Brand {
  readonly name: string
  readonly lengths: readonly number[]
  readonly matches: (d: string) => boolean
}

function between (d: string, digits: number, lo: number, hi: number): boolean {
  const n = Number(d.slice(0, digits))
  return n >= lo && n <= hi
}

// Issuer identification ranges of the major schemes. A 16-digit Luhn-valid number that
// starts with 1 or 9 is an account or tracking number, not a card.
const BRANDS: readonly Brand[] = [
  { name: 'Visa', lengths: [13, 16, 19], matches: d => d.startsWith('4') },
  { name: 'Mastercard', lengths: [16], matches: d => between(d, 2, 51, 55) || between(d, 4, 2221, 2720) },
  { name: 'American Express', lengths: [15], matches: d => d.startsWith('34') || d.startsWith('37') },
  { name: 'Discover', lengths: [16, 17, 18, 19], matches: d => d.startsWith('6011') || d.startsWith('65') || between(d, 3, 644, 649) || between(d, 6, 622126, 622925) },
  { name: 'JCB', lengths: [16, 17, 18, 19], matches: d => between(d, 4, 3528, 3589) },
  { name: 'Diners Club', lengths: [14, 15, 16, 17, 18, 19], matches: d => between(d, 3, 300, 305) || d.startsWith('36') || d.startsWith('38') || d.startsWith('39') || d.startsWith('3095') },
  { name: 'UnionPay', lengths: [16, 17, 18, 19], matches: d => d.startsWith('62') || d.startsWith('81') },
  { name: 'Maestro', lengths: [12, 13, 14, 15, 16, 17, 18, 19], matches: d => d.startsWith('50') || between(d, 2, 56, 58) || d.startsWith('6') },
  { name: 'Mir', lengths: [16, 17, 18, 19], matches: d => between(d, 4, 2200, 2204) },
]

export function brandOf (digits: string): string | null {
  for (const b of BRANDS) {
    if (b.lengths.includes(digits.length) && b.matches(digits)) return b.name
  }
  return null
}

/**
 * Numbers the schemes and payment processors publish for testing; they appear in every
 * integration guide and carry no risk.
 */
export const TEST_CARDS: ReadonlySet<string> = new Set([
  '4111111111111111', '4242424242424242', '4012888888881881', '4222222222222', '4000056655665556',
  '4000000000000002', '4000000000000077', '4000000000000093', '4000000000003220', '4000002500003155',
  '4000002760003184', '4000000000009995', '4000000000000069', '4000000000000127', '4000000000000119',
  '4005519200000004', '4009348888881881', '4012000033330026', '4012000077777777', '4217651111111119',
  '4500600000000061', '4462030000000000', '4917610000000000', '4917610000000000003', '4484070000000000',
  '4001919257537193', '4007702835532454', '4263982640269299', '4988438843884305', '4166676667666746',
  '5555555555554444', '5200828282828210', '5105105105105100', '5431111111111111', '5454545454545454',
  '5500000000000004', '5425233430109903', '2223003122003222', '2223000048400011', '2222400070000005',
  '5019717010103742', '5011054488597827',
  '378282246310005', '371449635398431', '378734493671000', '340000000000009', '370000000000002',
  '6011111111111117', '6011000990139424', '6011000000000004', '6011981111111113', '6445644564456445',
  '6555900000604105', '6331101999990016',
  '3530111333300000', '3566002020360505', '3566111111111113', '3528000700000000',
  '30569309025904', '38520000023237', '36227206271667', '36700102000000', '36148900647913',
  '6200000000000005', '6200000000000047', '6205500000000000004', '6250941006528599',
])

/** Numbers made of one repeated digit or one repeated group ("4444 4444 4444 4448"-style fillers). */
export function looksSynthetic (digits: string): boolean {
  const body = digits.slice(1, -1)
  if (ONE_DIGIT_REPEATED.test(body)) return true
  if (GROUP_REPEATED.test(digits)) return true
  return COUNTING.test(digits)
}

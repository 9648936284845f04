/**
 * IBAN length per country (ISO 13616 registry). A candidate whose length does not match
 * its country is not an IBAN, whatever its checksum says.
 */
export const IBAN_LENGTHS: ReadonlyMap<string, number> = new Map([
  ['AD', 24], ['AE', 23], ['AL', 28], ['AT', 20], ['AZ', 28], ['BA', 20], ['BE', 16], ['BG', 22],
  ['BH', 22], ['BI', 27], ['BR', 29], ['BY', 28], ['CH', 21], ['CR', 22], ['CY', 28], ['CZ', 24],
  ['DE', 22], ['DJ', 27], ['DK', 18], ['DO', 28], ['EE', 20], ['EG', 29], ['ES', 24], ['FI', 18],
  ['FK', 18], ['FO', 18], ['FR', 27], ['GB', 22], ['GE', 22], ['GI', 23], ['GL', 18], ['GR', 27],
  ['GT', 28], ['HR', 21], ['HU', 28], ['IE', 22], ['IL', 23], ['IQ', 23], ['IS', 26], ['IT', 27],
  ['JO', 30], ['KW', 30], ['KZ', 20], ['LB', 28], ['LC', 32], ['LI', 21], ['LT', 20], ['LU', 20],
  ['LV', 21], ['LY', 25], ['MC', 27], ['MD', 24], ['ME', 22], ['MK', 19], ['MN', 20], ['MR', 27],
  ['MT', 31], ['MU', 30], ['NI', 28], ['NL', 18], ['NO', 15], ['OM', 23], ['PK', 24], ['PL', 28],
  ['PS', 29], ['PT', 25], ['QA', 29], ['RO', 24], ['RS', 22], ['RU', 33], ['SA', 24], ['SC', 31],
  ['SD', 18], ['SE', 24], ['SI', 19], ['SK', 24], ['SM', 27], ['SO', 23], ['ST', 25], ['SV', 28],
  ['TL', 23], ['TN', 24], ['TR', 26], ['UA', 29], ['VA', 22], ['VG', 24], ['XK', 20], ['YE', 30],
])

/** Example IBANs printed in standards, bank documentation and encyclopaedias. */
export const EXAMPLE_IBANS: ReadonlySet<string> = new Set([
  'GB82WEST12345698765432', 'GB29NWBK60161331926819', 'GB33BUKB20201555555555', 'DE89370400440532013000',
  'DE44500105175407324931', 'FR1420041010050500013M02606', 'FR7630006000011234567890189', 'NL91ABNA0417164300',
  'BE68539007547034', 'CH9300762011623852957', 'ES9121000418450200051332', 'IT60X0542811101000000123456',
  'AT611904300234573201', 'PL61109010140000071219812874', 'NO9386011117947', 'SE4550000000058398257466',
  'DK5000400440116243', 'IE29AIBK93115212345678',
])

/**
 * ISO 7064 mod 97-10: move the first four characters to the end, letters to 10..35, and
 * the number must leave remainder 1. Computed in chunks so no big integers are needed.
 * Worked example: "GB82WEST12345698765432" → remainder 1 → valid.
 */
export function ibanChecksumValid (iban: string): boolean {
  const moved = iban.slice(4) + iban.slice(0, 4)
  let rem = 0
  for (let i = 0; i < moved.length; i++) {
    const c = moved.charCodeAt(i)
    let v: number
    if (c >= 48 && c <= 57) v = c - 48
    else if (c >= 65 && c <= 90) v = c - 55
    else return false
    rem = v >= 10 ? (rem * 100 + v) % 97 : (rem * 10 + v) % 97
  }
  return rem === 1
}

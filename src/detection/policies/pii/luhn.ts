/**
 * Luhn (mod 10) check over a string of digits: double every second digit from the right,
 * subtract 9 from doubles above 9, and the total must be a multiple of 10.
 * Worked example: "79927398713" → 70 → valid.
 */
export function luhnValid (digits: string): boolean {
  let sum = 0
  let double = false
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48
    if (d < 0 || d > 9) return false
    if (double) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
    double = !double
  }
  return digits.length > 0 && sum % 10 === 0
}

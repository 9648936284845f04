/**
 * Values in a vendor's issued format: the format-specific policies score them, so the
 * generic policies skip them instead of counting the same secret twice.
 */
const VENDOR_PREFIX = /^(?:gh[pousr]_|github_pat_|gl(?:pat|dt|rt|ptt|cbt|soat|ffct|agent)-|xox[abprse]-|xapp-|(?:sk|rk)_(?:live|test)_|whsec_|sk-|SG\.|npm_|pypi-|hf_|shp(?:at|ca|pa|ss)_|do[opr]_v1_|dapi|sq0|ya29\.|AKIA|ASIA|AIza|eyJ|-----BEGIN)/

export function hasVendorFormat (value: string): boolean {
  return VENDOR_PREFIX.test(value)
}

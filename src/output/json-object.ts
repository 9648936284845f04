/** A parsed JSON object (not an array, not null): what completion and chunk fields are read from. */
export type JsonObject = Record<string, unknown>

export function isJsonObject (v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

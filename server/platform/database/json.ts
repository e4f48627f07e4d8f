// JSON columns are text in both dialects. Parsing goes through one place so a corrupt row fails
// loudly with the column named, not as a confusing error further on.
export function toJson(value: unknown): string {
  return JSON.stringify(value ?? null);
}

/** Parsed JSON; callers cast to the shape they stored (written only by this server). */
export function fromJson(text: string, column: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`Stored JSON in ${column} could not be read`);
  }
}

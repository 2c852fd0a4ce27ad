// Turns what a person types in a "several values" field into a clean list, and back.

/** Splits on commas, semicolons and line breaks; trims; drops empties and repeats (case-insensitive). */
export function parseListInput(text: string): string[] {
  const seen = new Set<string>();
  const values: string[] = [];
  for (const part of text.split(/[,;\n]/)) {
    const value = part.trim();
    const key = value.toLowerCase();
    if (value && !seen.has(key)) {
      seen.add(key);
      values.push(value);
    }
  }
  return values;
}

export function formatListInput(values: readonly string[] | undefined): string {
  return (values ?? []).join(', ');
}

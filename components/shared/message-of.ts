// The sentence to show for a failure, whatever was thrown.
export function messageOf(failure: unknown): string {
  return failure instanceof Error ? failure.message : String(failure);
}

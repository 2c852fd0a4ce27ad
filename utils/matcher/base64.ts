// Bytes ↔ base64 (and base64url, for the term hashes in a list file) with atob/btoa, which
// browsers, service workers and Node all have: the compiled form and list files are JSON text.

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // fromCharCode takes its arguments on the stack: feed it in slices.
  for (let from = 0; from < bytes.length; from += 8192) {
    binary += String.fromCharCode.apply(null, bytes.subarray(from, from + 8192) as unknown as number[]);
  }
  return btoa(binary);
}

/** Throws a SyntaxError (a full sentence) when the text is not base64. */
export function base64ToBytes(text: string): Uint8Array {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    throw new SyntaxError(`“${text.length > 24 ? `${text.slice(0, 24)}…` : text}” is not base64 text.`);
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function bytesToBase64Url(bytes: Uint8Array): string {
  return bytesToBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function base64UrlToBytes(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new SyntaxError(`“${text}” is not base64url text.`);
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  return base64ToBytes(padded);
}

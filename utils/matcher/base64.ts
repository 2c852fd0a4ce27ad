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

const BASE64_VALUE = new Int8Array(128).fill(-1);
for (const [k, char] of [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].entries()) {
  BASE64_VALUE[char.charCodeAt(0)] = k;
}

/**
 * The browser's own decoder where it has one (Chromium 140+, Firefox 133+): a tab decodes a hashed
 * list's megabytes of base64 when it loads, and native code does it in a fraction of the time.
 */
const nativeFromBase64 = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array }).fromBase64;

/**
 * Throws a SyntaxError (a full sentence) when the text is not padded base64. Decodes straight
 * from the string: a tab loads megabytes of fingerprints, and atob's binary string doubled that.
 * Elsewhere (Node 20), whole quads go through one loop with one check per quad (a bad character
 * makes the quad negative).
 */
export function base64ToBytes(text: string): Uint8Array {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const fail = () => new SyntaxError(`“${text.length > 24 ? `${text.slice(0, 24)}…` : text}” is not base64 text.`);
  if (text.length % 4 !== 0) throw fail();
  const length = (text.length / 4) * 3 - padding;
  if (nativeFromBase64 !== undefined) {
    let decoded: Uint8Array;
    try {
      decoded = nativeFromBase64(text);
    } catch {
      throw fail();
    }
    // It skips ASCII white space, which this decoder refuses: the length tells.
    if (decoded.length !== length) throw fail();
    return decoded;
  }
  const bytes = new Uint8Array(length);
  const values = BASE64_VALUE;
  // The quads without padding; the last one is done below when it has padding.
  const whole = padding === 0 ? text.length : text.length - 4;
  let written = 0;
  for (let k = 0; k < whole; k += 4) {
    const a = text.charCodeAt(k);
    const b = text.charCodeAt(k + 1);
    const c = text.charCodeAt(k + 2);
    const d = text.charCodeAt(k + 3);
    // Codes of 128 and above are not base64: `& 127` keeps the lookup in range, `| ...` flags them.
    const quad = (values[a & 127]! << 18) | (values[b & 127]! << 12) | (values[c & 127]! << 6) | values[d & 127]!;
    if (quad < 0 || (a | b | c | d) > 127) throw fail();
    bytes[written] = quad >>> 16;
    bytes[written + 1] = quad >>> 8;
    bytes[written + 2] = quad;
    written += 3;
  }
  if (padding > 0) {
    let quad = 0;
    for (let j = 0; j < 4; j++) {
      const code = text.charCodeAt(whole + j);
      const value = code < 128 ? BASE64_VALUE[code]! : -1;
      if (value < 0 && !(code === 61 && j >= 4 - padding)) throw fail();
      quad = (quad << 6) | Math.max(value, 0);
    }
    bytes[written++] = quad >>> 16;
    if (padding === 1) bytes[written++] = (quad >>> 8) & 0xff;
  }
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

const BASE64URL_VALUE = new Int8Array(128).fill(-1);
for (const [k, char] of [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'].entries()) {
  BASE64URL_VALUE[char.charCodeAt(0)] = k;
}

/**
 * Decodes `text` from offset `from` to its end, which must be exactly `byteCount` bytes of
 * unpadded base64url, into `out` at `at`. False when it is not. (Compiling a list decodes
 * hundreds of thousands of short hashes: this skips atob and its intermediate strings.)
 */
export function decodeBase64UrlInto(text: string, from: number, byteCount: number, out: Uint8Array, at: number): boolean {
  if (text.length - from !== Math.ceil((byteCount * 8) / 6)) return false;
  let bits = 0;
  let bitCount = 0;
  let written = 0;
  for (let k = from; k < text.length; k++) {
    const code = text.charCodeAt(k);
    const value = code < 128 ? BASE64URL_VALUE[code]! : -1;
    if (value < 0) return false;
    bits = ((bits << 6) | value) & 0xffffff;
    bitCount += 6;
    if (bitCount >= 8) {
      bitCount -= 8;
      if (written < byteCount) out[at + written++] = (bits >>> bitCount) & 0xff;
    }
  }
  return written === byteCount;
}

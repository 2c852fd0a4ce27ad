// Ed25519 keys of a list's publisher: make, sign, verify (@noble/ed25519, with SHA-512 from
// @noble/hashes so every call is synchronous and the same code runs in Node, Chromium and
// Firefox; README says why not WebCrypto). Keys travel as base64: a 32-byte secret seed and a
// 32-byte public key.
import * as ed from '@noble/ed25519';
import { blake3 } from '@noble/hashes/blake3.js';
import { sha512 } from '@noble/hashes/sha2.js';
import * as v from 'valibot';
import { base64ToBytes, bytesToBase64 } from '../matcher/base64';
import { LIST_KEY_BYTES } from '../matcher/keyed-hash';
import { TeamListError } from './team-list-error';

ed.hashes.sha512 = sha512;

export const SIGNING_KEY_FORMAT = 'prospect-guard.signing-key';

/** The private key file `keygen` writes (mode 0600): keep it off shared drives. */
export interface SigningKeyFile {
  format: typeof SIGNING_KEY_FORMAT;
  version: 1;
  algorithm: 'Ed25519';
  /** The 32-byte secret seed, base64. */
  privateKey: string;
  publicKey: string;
  created: string;
}

export function generateSigningKey(now: Date): SigningKeyFile {
  const { secretKey, publicKey } = ed.keygen();
  return {
    format: SIGNING_KEY_FORMAT,
    version: 1,
    algorithm: 'Ed25519',
    privateKey: bytesToBase64(secretKey),
    publicKey: bytesToBase64(publicKey),
    created: now.toISOString(),
  };
}

const KEY_BASE64 = /^[A-Za-z0-9+/]{43}=$/;

const SigningKeySchema = v.object({
  format: v.literal(SIGNING_KEY_FORMAT, `This is not a Prospect Guard signing key: its "format" must be "${SIGNING_KEY_FORMAT}".`),
  version: v.literal(1, 'This signing key has a version this Prospect Guard does not read; make a new one with keygen.'),
  privateKey: v.pipe(v.string(), v.regex(KEY_BASE64, 'The "privateKey" must be 32 bytes in base64.')),
  publicKey: v.pipe(v.string(), v.regex(KEY_BASE64, 'The "publicKey" must be 32 bytes in base64.')),
});

/** Reads a signing key file's text; checks that its public key is the private key's own. */
export function readSigningKey(text: string): { secretKey: Uint8Array; publicKey: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new TeamListError('signing-key', 'The signing key file is not valid JSON; use the signing-key.json that keygen wrote.');
  }
  const parsed = v.safeParse(SigningKeySchema, value);
  if (!parsed.success) throw new TeamListError('signing-key', parsed.issues[0]!.message);
  const secretKey = base64ToBytes(parsed.output.privateKey);
  if (bytesToBase64(ed.getPublicKey(secretKey)) !== parsed.output.publicKey) {
    throw new TeamListError(
      'signing-key',
      'The signing key file’s public key does not belong to its private key; the file was edited or mixed up.',
    );
  }
  return { secretKey, publicKey: parsed.output.publicKey };
}

/** A public key as given by a person: base64 of 32 bytes, spaces and line breaks ignored. */
export function readPublicKey(text: string): string {
  const key = text.replace(/\s+/g, '');
  if (!KEY_BASE64.test(key)) {
    throw new TeamListError(
      'signature',
      `“${key.slice(0, 60)}” is not a Prospect Guard public key (44 characters of base64, as keygen printed it).`,
    );
  }
  return key;
}

export function signBytes(message: Uint8Array, secretKey: Uint8Array): string {
  return bytesToBase64(ed.sign(message, secretKey));
}

export function signatureHolds(signature: string, message: Uint8Array, publicKey: string): boolean {
  let signatureBytes: Uint8Array;
  try {
    signatureBytes = base64ToBytes(signature);
  } catch {
    return false;
  }
  if (signatureBytes.length !== 64) return false;
  try {
    return ed.verify(signatureBytes, message, base64ToBytes(publicKey));
  } catch {
    return false;
  }
}

/**
 * The hashing key of a list: derived from the publisher's secret and the list id (BLAKE3's
 * key derivation mode), so every version of a list hashes alike without any stored state, and
 * a new list id gives a new, unrelated key. The list key reveals nothing of the secret.
 */
export function listHashingKey(secretKey: Uint8Array, listId: string): Uint8Array {
  const encoder = new TextEncoder();
  const material = new Uint8Array([...secretKey, ...encoder.encode(listId)]);
  return blake3(material, { context: encoder.encode('Prospect Guard 2026 team list hashing key v1'), dkLen: LIST_KEY_BYTES });
}

// Editors draw keys and ids from Math.random (Draft.js block keys, CKEditor ids). Seeding it makes
// two runs of a page, with and without the extension, produce byte-identical editor DOM, so the
// tests can compare them. Import this first: it must run before any editor creates anything.
let state = 0x9e3779b9;
Math.random = function mulberry32() {
  state = (state + 0x6d2b79f5) | 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

// Editors draw keys and ids from Math.random (Draft.js block keys, CKEditor ids). Seeding it makes
// two runs of a page, with and without the extension, produce byte-identical editor DOM, so the
// tests can compare them. Import this first: it must run before any editor creates anything.
// The generator is the benchmarks' own (Vite builds these pages and reads the TypeScript).
import { seededRandom } from '../../../../bench/seeded-random.ts';

Math.random = seededRandom(0x9e3779b9);

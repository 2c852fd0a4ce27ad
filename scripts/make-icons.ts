// Draws the extension's shield icon at every size the manifests need, as plain PNG files, with
// Node's zlib only (no image library to install). Run: `npx tsx scripts/make-icons.ts`.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SIZES = [16, 32, 48, 128] as const;
const SUPERSAMPLE = 4; // 4x4 samples per pixel: smooth edges without a rasteriser
const SHIELD = [29, 78, 216] as const; // blue-700
const RIM = [30, 58, 138] as const; // blue-900
const CHECK = [255, 255, 255] as const;

type Rgba = readonly [number, number, number, number];

/** Half-width of the shield at height y (unit square, y down), or -1 outside it vertically. */
function shieldHalfWidth(y: number): number {
  const top = 0.08,
    shoulder = 0.52,
    tip = 0.94,
    half = 0.36;
  if (y < top || y > tip) return -1;
  if (y <= shoulder) return half - 0.05 * Math.max(0, (top + 0.08 - y) / 0.08); // slightly bevelled top corners
  return half * Math.cos(((y - shoulder) / (tip - shoulder)) * (Math.PI / 2));
}

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The colour of one sample point in the unit square. */
function sample(x: number, y: number, size: number): Rgba {
  const halfWidth = shieldHalfWidth(y);
  const fromCentre = Math.abs(x - 0.5);
  if (halfWidth < 0 || fromCentre > halfWidth) return [0, 0, 0, 0];
  // The check mark is thicker on small icons so it stays readable at 16 px.
  const stroke = size <= 16 ? 0.085 : size <= 32 ? 0.07 : 0.055;
  const onCheck = distanceToSegment(x, y, 0.33, 0.5, 0.45, 0.63) < stroke || distanceToSegment(x, y, 0.45, 0.63, 0.68, 0.36) < stroke;
  if (onCheck) return [...CHECK, 255];
  const rimWidth = size <= 16 ? 0 : 0.04;
  const nearEdge = halfWidth - fromCentre < rimWidth || y - 0.08 < rimWidth || 0.94 - y < rimWidth * 1.5;
  return nearEdge ? [...RIM, 255] : [...SHIELD, 255];
}

function renderRgba(size: number): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const [cr, cg, cb, ca] = sample((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size, size);
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      }
      const offset = (py * size + px) * 4;
      const n = SUPERSAMPLE * SUPERSAMPLE;
      pixels[offset] = a ? Math.round(r / a) : 0;
      pixels[offset + 1] = a ? Math.round(g / a) : 0;
      pixels[offset + 2] = a ? Math.round(b / a) : 0;
      pixels[offset + 3] = Math.round(a / n);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

function encodePng(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1)); // each row starts with filter type 0
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = fileURLToPath(new URL('../public/icon/', import.meta.url));
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  writeFileSync(`${outDir}${size}.png`, encodePng(size, renderRgba(size)));
  console.log(`public/icon/${size}.png`);
}

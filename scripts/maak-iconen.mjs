/**
 * Generates the ribbon/manifest icons (assets/icon-16/32/64/80.png) without network or image tools:
 * a blue tile with a white table grid and a green check mark, encoded as PNG with node:zlib.
 * Run: node scripts/maak-iconen.mjs
 */
import { writeFileSync, mkdirSync } from "node:fs";
import { deflateSync } from "node:zlib";

const CRC = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** RGBA pixel of the icon at (x, y) for size n. */
function pixel(x, y, n) {
  const u = (x + 0.5) / n;
  const v = (y + 0.5) / n;
  const r = 0.16; // rounded corners
  const cx = Math.min(Math.max(u, r), 1 - r);
  const cy = Math.min(Math.max(v, r), 1 - r);
  if ((u - cx) ** 2 + (v - cy) ** 2 > r * r) return [0, 0, 0, 0];
  // Check mark (lower right): two thick segments.
  const afstand = (ax, ay, bx, by) => {
    const t = Math.max(0, Math.min(1, ((u - ax) * (bx - ax) + (v - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    return Math.hypot(u - (ax + t * (bx - ax)), v - (ay + t * (by - ay)));
  };
  const dikte = Math.max(0.06, 1.2 / n);
  if (afstand(0.5, 0.68, 0.62, 0.8) < dikte || afstand(0.62, 0.8, 0.86, 0.5) < dikte) return [0x6b, 0xd1, 0x6b, 255];
  // White table grid (upper left area): 3 x 3 cells.
  const lijn = Math.max(1 / n, 0.045);
  const inTabel = u > 0.18 && u < 0.72 && v > 0.18 && v < 0.72;
  if (inTabel) {
    const op = (w) => [0.18, 0.36, 0.54, 0.72].some((g) => Math.abs(w - g) < lijn);
    if (op(u) || op(v) || v < 0.36) return [255, 255, 255, 255];
  }
  return [0x0f, 0x6c, 0xbd, 255];
}

function png(n) {
  const rij = n * 4 + 1;
  const raw = Buffer.alloc(rij * n);
  for (let y = 0; y < n; y++) {
    raw[y * rij] = 0; // filter: none
    for (let x = 0; x < n; x++) Buffer.from(pixel(x, y, n)).copy(raw, y * rij + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(n, 0);
  ihdr.writeUInt32BE(n, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

mkdirSync(new URL("../assets/", import.meta.url), { recursive: true });
for (const n of [16, 32, 64, 80]) {
  writeFileSync(new URL(`../assets/icon-${n}.png`, import.meta.url), png(n));
}
console.log("assets/icon-{16,32,64,80}.png geschreven");

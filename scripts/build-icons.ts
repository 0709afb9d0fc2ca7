/**
 * Draws the add-in's icons (a bar chart in the band colours on a blue tile) as PNGs in assets/,
 * without any image library: a tiny RGBA encoder over node:zlib. Run: npx tsx scripts/build-icons.ts
 */
import { deflateSync } from "node:zlib";
import { writeFileSync, mkdirSync } from "node:fs";
import * as path from "node:path";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const TILE: [number, number, number, number] = [0x0f, 0x6c, 0xbd, 255];
const BARS: { h: number; c: [number, number, number, number] }[] = [
  { h: 0.45, c: [0xff, 0xc7, 0xce, 255] },
  { h: 0.65, c: [0xff, 0xeb, 0x9c, 255] },
  { h: 0.85, c: [0xc6, 0xef, 0xce, 255] },
];

function icon(size: number): Buffer {
  const m = Math.max(1, Math.round(size * 0.18));
  const inner = size - 2 * m;
  const barW = inner / (BARS.length * 1.5 - 0.5);
  return png(size, (x, y) => {
    const r = size * 0.16;
    const cx = Math.min(Math.max(x, r), size - 1 - r);
    const cy = Math.min(Math.max(y, r), size - 1 - r);
    if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return [0, 0, 0, 0];
    for (let i = 0; i < BARS.length; i++) {
      const left = m + i * barW * 1.5;
      const top = m + inner * (1 - BARS[i].h);
      if (x >= left && x < left + barW && y >= top && y < size - m) return BARS[i].c;
    }
    return TILE;
  });
}

const out = path.resolve(__dirname, "..", "assets");
mkdirSync(out, { recursive: true });
for (const size of [16, 32, 64, 80, 128]) writeFileSync(path.join(out, `icon-${size}.png`), icon(size));
console.log(`Icone scritte in ${out}`);

/**
 * npm run icons:word: draws the Word add-in's icons (a blue rounded square with a white "U")
 * into word-addin/public/icons/icon-16/32/64/80.png, the sizes the manifest names. A tiny PNG
 * encoder (node:zlib for the deflate stream), so nothing needs a network or an image library.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 64, 80];
const BACKGROUND = [0x1f, 0x4e, 0x9c] as const;
/** Samples per pixel side, for smooth edges. */
const SAMPLES = 4;

/** Coverage of the shapes at a point of the unit square: 0 outside, 1 inside. */
function inRoundedSquare(x: number, y: number): boolean {
  const radius = 0.2;
  const dx = Math.max(radius - x, 0, x - (1 - radius));
  const dy = Math.max(radius - y, 0, y - (1 - radius));
  return dx * dx + dy * dy <= radius * radius;
}

function inLetterU(x: number, y: number): boolean {
  const left = 0.27;
  const right = 0.73;
  const stroke = 0.15;
  const top = 0.2;
  const outer = (right - left) / 2;
  const centreY = 0.8 - outer;
  if (y >= top && y <= centreY) return (x >= left && x <= left + stroke) || (x >= right - stroke && x <= right);
  const distance = Math.hypot(x - 0.5, y - centreY);
  return y > centreY && distance <= outer && distance >= outer - stroke;
}

function drawIcon(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      let square = 0;
      let letter = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (column + (sx + 0.5) / SAMPLES) / size;
          const y = (row + (sy + 0.5) / SAMPLES) / size;
          if (!inRoundedSquare(x, y)) continue;
          square++;
          if (inLetterU(x, y)) letter++;
        }
      }
      const total = SAMPLES * SAMPLES;
      const white = square === 0 ? 0 : letter / square;
      const at = (row * size + column) * 4;
      for (let channel = 0; channel < 3; channel++) pixels[at + channel] = Math.round(BACKGROUND[channel]! * (1 - white) + 255 * white);
      pixels[at + 3] = Math.round((square / total) * 255);
    }
  }
  return pixels;
}

function encodePng(size: number, rgba: Uint8Array): Buffer {
  // Each scanline starts with filter type 0 (none).
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let row = 0; row < size; row++) {
    raw[row * (size * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, row * size * 4, size * 4).copy(raw, row * (size * 4 + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter set, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const directory = join(import.meta.dirname, '..', 'word-addin', 'public', 'icons');
mkdirSync(directory, { recursive: true });
for (const size of SIZES) {
  writeFileSync(join(directory, `icon-${size}.png`), encodePng(size, drawIcon(size)));
  console.log(`wrote word-addin/public/icons/icon-${size}.png`);
}

#!/usr/bin/env node
// Draws the add-in's icons (assets/icon-16/32/64/80/128.png) with nothing but Node's zlib:
// a white funnel over a green, Excel-like rounded square, with three contact dots falling into it.
// Each pixel is supersampled 8x8 for smooth edges. The output is deterministic, so the PNGs can be
// committed and re-drawn at will: `npm run icons`.
import { Buffer } from "node:buffer";
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const SIZES = [16, 32, 64, 80, 128];
const SUPERSAMPLE = 8;
const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");

const GREEN = [0x21, 0x73, 0x46]; // Excel green
const GREEN_DARK = [0x18, 0x5c, 0x37];
const WHITE = [0xff, 0xff, 0xff];
const DOT = [0xc6, 0xef, 0xd5];

// The glyph in unit coordinates (0..1, y down).
const FUNNEL = [
  [0.2, 0.42],
  [0.8, 0.42],
  [0.57, 0.64],
  [0.57, 0.82],
  [0.43, 0.88],
  [0.43, 0.64],
];
const DOTS = [
  [0.32, 0.27, 0.075],
  [0.5, 0.21, 0.075],
  [0.68, 0.27, 0.075],
];

function insideRoundedSquare(x, y, size) {
  const margin = size <= 16 ? 0 : 0.03;
  const radius = 0.18;
  const lo = margin + radius;
  const hi = 1 - margin - radius;
  if (x < margin || x > 1 - margin || y < margin || y > 1 - margin) return false;
  const cx = Math.min(Math.max(x, lo), hi);
  const cy = Math.min(Math.max(y, lo), hi);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function insidePolygon(x, y, points) {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The colour of one sample point, or undefined outside the icon. */
function sample(x, y, size) {
  if (!insideRoundedSquare(x, y, size)) return undefined;
  if (insidePolygon(x, y, FUNNEL)) return WHITE;
  for (const [cx, cy, r] of DOTS) if ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) return DOT;
  // A slightly darker lower half gives the square some depth.
  return y > 0.5 ? GREEN_DARK : GREEN;
}

function drawRgba(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const colour = sample((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size, size);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      }
      const o = (py * size + px) * 4;
      if (covered > 0) {
        // Colour averaged over the covered samples (not premultiplied), alpha = coverage.
        pixels[o] = Math.round(r / covered);
        pixels[o + 1] = Math.round(g / covered);
        pixels[o + 2] = Math.round(b / covered);
        pixels[o + 3] = Math.round((255 * covered) / n);
      }
    }
  }
  return pixels;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** An 8-bit RGBA, non-interlaced PNG. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // compression
  header[11] = 0; // filter
  header[12] = 0; // no interlace
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT_DIR, { recursive: true });
for (const size of SIZES) {
  const file = join(OUT_DIR, `icon-${size}.png`);
  writeFileSync(file, encodePng(size, drawRgba(size)));
  console.log(`wrote ${file}`);
}

// Draws the shop's icons from one SVG (the header's gold star on the brand green) with sharp:
// public/icon-192.png, icon-512.png, icon-maskable-512.png, apple-icon.png and favicon.ico.
// Run again after changing the mark: node --import tsx scripts/make-icons.ts
import { writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";

const PUBLIC = path.join(__dirname, "..", "public");
const BRAND = "#1f5135";
const STAR_BG = "#fef3c7";
const STAR = "#b45309";

/** A five-pointed star centred on (cx, cy) with outer radius r. */
function star(cx: number, cy: number, r: number): string {
  const points = Array.from({ length: 10 }, (_, index) => {
    const radius = index % 2 === 0 ? r : r * 0.42;
    const angle = -Math.PI / 2 + (index * Math.PI) / 5;
    return `${(cx + radius * Math.cos(angle)).toFixed(2)},${(cy + radius * Math.sin(angle)).toFixed(2)}`;
  });
  return `<polygon points="${points.join(" ")}" fill="${STAR}"/>`;
}

/** `padding` shrinks the mark inside the square: maskable icons keep it in the safe zone. */
function iconSvg(padding = 0): string {
  const disc = 200 - padding;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><title>OCOP Market</title><rect width="512" height="512" rx="${padding ? 0 : 96}" fill="${BRAND}"/><circle cx="256" cy="256" r="${disc}" fill="${STAR_BG}"/>${star(256, 266, disc * 0.72)}</svg>`;
}

/** An .ico holding one PNG, which every browser reads. */
function icoOf(png: Buffer, size: number): Buffer {
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(1, 4);
  header.writeUInt8(size, 6);
  header.writeUInt8(size, 7);
  header.writeUInt16LE(1, 10);
  header.writeUInt16LE(32, 12);
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(22, 18);
  return Buffer.concat([header, png]);
}

async function png(svg: string, size: number): Promise<Buffer> {
  return sharp(Buffer.from(svg)).resize(size, size).png({ compressionLevel: 9 }).toBuffer();
}

async function main(): Promise<void> {
  writeFileSync(path.join(PUBLIC, "icon.svg"), iconSvg());
  for (const size of [192, 512]) writeFileSync(path.join(PUBLIC, `icon-${size}.png`), await png(iconSvg(), size));
  writeFileSync(path.join(PUBLIC, "icon-maskable-512.png"), await png(iconSvg(60), 512));
  writeFileSync(path.join(PUBLIC, "apple-icon.png"), await png(iconSvg(30), 180));
  writeFileSync(path.join(PUBLIC, "favicon.ico"), icoOf(await png(iconSvg(), 32), 32));
}

main();

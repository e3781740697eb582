// Be Vietnam Pro for Open Graph images, read from the @fontsource package on disk: next/og draws text
// only with the fonts it is given (WOFF, not WOFF2), and would fetch any missing glyph from the network.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";

const FILES = [
  { subset: "latin", weight: 400 },
  { subset: "latin", weight: 700 },
  { subset: "vietnamese", weight: 400 },
  { subset: "vietnamese", weight: 700 },
] as const;

/** The CSS font-family that draws Vietnamese text from both subsets. */
export const OG_FONT_FAMILY = "Be Vietnam Pro latin, Be Vietnam Pro vietnamese";

export type OgFont = { name: string; data: ArrayBuffer; weight: 400 | 700; style: "normal" };

/** Walks up from the server's working directory to the node_modules holding the package. */
function fontDir(start = process.cwd()): string {
  let dir = start;
  for (;;) {
    const candidate = path.join(dir, "node_modules", "@fontsource", "be-vietnam-pro", "files");
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`@fontsource/be-vietnam-pro was not found above ${start}`);
    dir = parent;
  }
}

let fonts: Promise<OgFont[]> | undefined;

export function ogFonts(): Promise<OgFont[]> {
  fonts ??= Promise.all(
    FILES.map(async ({ subset, weight }) => {
      const file = await readFile(path.join(fontDir(), `be-vietnam-pro-${subset}-${weight}-normal.woff`));
      const data = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer;
      // One family per subset: fonts sharing a name and weight would shadow each other.
      return { name: `Be Vietnam Pro ${subset}`, data, weight, style: "normal" as const };
    }),
  );
  return fonts;
}

/**
 * Illustrative product pictures for the sample catalogue, because real product photos cannot be
 * downloaded here. Each is a flat, soft-gradient SVG drawn from shapes only (no <text>: the machine
 * may lack a font with Vietnamese glyphs), with a motif chosen by product set and a layout that is
 * deterministic in the seed, then rasterised with sharp.
 */
import sharp from "sharp"
import { PHOTO_WIDTHS } from "@ocop/backend/photos"

const size = 1600
const centre = size / 2

export type IllustrationView = "hero" | "detail"

type Rng = () => number

/** FNV-1a: a stable 32-bit number from the seed text. */
function hashText(text: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

function mulberry32(seed: number): Rng {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const between = (rng: Rng, low: number, high: number) => low + rng() * (high - low)
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T

/** Hex colour from HSL, so the SVG does not depend on the rasteriser's CSS colour support. */
function hsl(hue: number, saturation: number, lightness: number): string {
  const s = Math.max(0, Math.min(100, saturation)) / 100
  const l = Math.max(0, Math.min(100, lightness)) / 100
  const h = ((hue % 360) + 360) % 360
  const chroma = (1 - Math.abs(2 * l - 1)) * s
  const x = chroma * (1 - Math.abs(((h / 60) % 2) - 1))
  const m = l - chroma / 2
  const [r, g, b] =
    h < 60 ? [chroma, x, 0] : h < 120 ? [x, chroma, 0] : h < 180 ? [0, chroma, x]
      : h < 240 ? [0, x, chroma] : h < 300 ? [x, 0, chroma] : [chroma, 0, x]
  const channel = (value: number) => Math.round((value + m) * 255).toString(16).padStart(2, "0")
  return `#${channel(r)}${channel(g)}${channel(b)}`
}

const round = (value: number) => Math.round(value * 10) / 10

function el(tag: string, attributes: Record<string, string | number>, children = ""): string {
  const attributeText = Object.entries(attributes)
    .map(([name, value]) => `${name}="${typeof value === "number" ? round(value) : value}"`)
    .join(" ")
  return children ? `<${tag} ${attributeText}>${children}</${tag}>` : `<${tag} ${attributeText}/>`
}

/** Collects <defs> (gradients, clips, blur) and hands out references to them. */
class Defs {
  private entries: string[] = []
  private count = 0

  private id(prefix: string): string {
    this.count += 1
    return `${prefix}${this.count}`
  }

  linear(stops: Array<[number, string]>, x1 = 0, y1 = 0, x2 = 0, y2 = 1): string {
    const id = this.id("l")
    const stopTags = stops.map(([offset, colour]) => el("stop", { offset, "stop-color": colour })).join("")
    this.entries.push(el("linearGradient", { id, x1, y1, x2, y2 }, stopTags))
    return `url(#${id})`
  }

  radial(stops: Array<[number, string, number?]>, cx = 0.5, cy = 0.5, r = 0.5, fx = cx, fy = cy): string {
    const id = this.id("r")
    const stopTags = stops
      .map(([offset, colour, opacity]) => el("stop", { offset, "stop-color": colour, "stop-opacity": opacity ?? 1 }))
      .join("")
    this.entries.push(el("radialGradient", { id, cx, cy, r, fx, fy }, stopTags))
    return `url(#${id})`
  }

  clip(shape: string): string {
    const id = this.id("c")
    this.entries.push(el("clipPath", { id }, shape))
    return `url(#${id})`
  }

  blur(deviation: number): string {
    const id = this.id("b")
    this.entries.push(
      el("filter", { id, x: "-50%", y: "-50%", width: "200%", height: "200%" }, el("feGaussianBlur", { stdDeviation: deviation }))
    )
    return `url(#${id})`
  }

  toString(): string {
    return `<defs>${this.entries.join("")}</defs>`
  }
}

type Kit = { defs: Defs; rng: Rng }

// ---------------------------------------------------------------------------------------------
// Shared shapes

function shadow({ defs }: Kit, cx: number, cy: number, rx: number, ry = rx * 0.12, opacity = 0.16): string {
  return el("ellipse", { cx, cy, rx, ry, fill: "#3a2a1a", opacity, filter: defs.blur(ry * 0.45) })
}

/** A pointed leaf with a midrib, its base at (x, y), pointing up before rotation. */
function leaf(x: number, y: number, length: number, halfWidth: number, angle: number, colour: string, rib: string): string {
  const w = halfWidth
  const l = length
  const body = `M0,0 C${w * 1.1},${-l * 0.2} ${w * 0.9},${-l * 0.75} 0,${-l} C${-w * 0.9},${-l * 0.75} ${-w * 1.1},${-l * 0.2} 0,0 Z`
  return el(
    "g",
    { transform: `translate(${round(x)} ${round(y)}) rotate(${round(angle)})` },
    el("path", { d: body, fill: colour }) +
      el("path", { d: `M0,${-l * 0.04} Q${w * 0.12},${-l * 0.5} 0,${-l * 0.9}`, stroke: rib, "stroke-width": Math.max(2, w * 0.08), fill: "none", "stroke-linecap": "round", opacity: 0.7 })
  )
}

function leafSpray(kit: Kit, x: number, y: number, count: number, spread: number, baseAngle: number, hue: number): string {
  let out = ""
  for (let index = 0; index < count; index++) {
    const angle = baseAngle + (index - (count - 1) / 2) * spread + between(kit.rng, -6, 6)
    const length = between(kit.rng, 150, 230)
    out += leaf(x, y, length, length * 0.3, angle, hsl(hue + between(kit.rng, -6, 6), 48, between(kit.rng, 36, 46)), hsl(hue, 40, 70))
  }
  return out
}

function sphere(kit: Kit, cx: number, cy: number, r: number, hue: number, saturation: number, lightness: number): string {
  const fill = kit.defs.radial(
    [
      [0, hsl(hue + 4, saturation, lightness + 18)],
      [0.55, hsl(hue, saturation, lightness)],
      [1, hsl(hue - 6, saturation, lightness - 14)],
    ],
    0.38, 0.34, 0.7
  )
  return el("circle", { cx, cy, r, fill })
}

function highlight(x: number, y: number, width: number, height: number, opacity = 0.35): string {
  return el("rect", { x, y, width, height, rx: width / 2, fill: "#ffffff", opacity })
}

function steam(x: number, y: number, colour: string): string {
  let out = ""
  for (let index = -1; index <= 1; index++) {
    const sx = x + index * 70
    out += el("path", {
      d: `M${sx},${y} c-40,-50 40,-90 0,-140 c-40,-50 40,-90 0,-140`,
      fill: "none", stroke: colour, "stroke-width": 14, "stroke-linecap": "round", opacity: 0.45,
    })
  }
  return out
}

/** A circular scene (sky, sea, hills …) behind the product, clipped to the backdrop disc. */
function disc(kit: Kit, content: string, r = 560): string {
  const clip = kit.defs.clip(el("circle", { cx: centre, cy: centre, r }))
  return el("g", { "clip-path": clip }, content)
}

function waves(kit: Kit, top: number, hue: number, bands: number): string {
  let out = ""
  for (let band = 0; band < bands; band++) {
    const y = top + band * 70
    const amplitude = between(kit.rng, 14, 24)
    const phase = between(kit.rng, 0, 200)
    let d = `M0,${y}`
    for (let x = -phase; x <= size + 200; x += 200) d += ` q50,${-amplitude} 100,0 t100,0`
    d += ` V${size} H0 Z`
    out += el("path", { d, fill: hsl(hue + band * 3, 55, 72 - band * 9) })
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Motifs: each draws one product family around the centre of a 1600 × 1600 canvas.

type Motif = {
  backdropHue: number
  pattern: Pattern
  /** Where the detail view zooms in. */
  focus: [number, number]
  draw: (kit: Kit) => string
}

type Pattern = "dots" | "hexagons" | "waves" | "leaves" | "weave" | "rings" | "crystals" | "grains"

function noodles(): Motif {
  return {
    backdropHue: 42, pattern: "weave", focus: [800, 760],
    draw: (kit) => {
      const { rng, defs } = kit
      const trayFill = defs.radial([[0, hsl(38, 45, 74)], [0.85, hsl(34, 42, 64)], [1, hsl(30, 40, 52)]])
      let tray = el("circle", { cx: centre, cy: 830, r: 520, fill: trayFill })
      for (let ring = 480; ring > 60; ring -= 34) {
        tray += el("circle", { cx: centre, cy: 830, r: ring, fill: "none", stroke: hsl(30, 38, 56), "stroke-width": 3, opacity: 0.45 })
      }
      let bundles = ""
      const tieHue = pick(rng, [355, 8, 140])
      for (const [offset, tilt] of [[-150, between(rng, -14, -6)], [150, between(rng, 6, 14)]] as const) {
        const bx = centre + offset
        let strands = ""
        const count = 44
        for (let index = 0; index < count; index++) {
          const t = index / (count - 1) - 0.5
          const topX = bx + t * between(rng, 250, 290)
          const tieX = bx + t * 70
          const bottomX = bx + t * between(rng, 250, 300)
          const wobble = between(rng, -20, 20)
          const d = `M${round(topX)},420 C${round(topX + wobble)},560 ${round(tieX)},640 ${round(tieX)},780 C${round(tieX)},920 ${round(bottomX - wobble)},1000 ${round(bottomX)},1160`
          strands += el("path", { d, fill: "none", stroke: hsl(46, 40, between(rng, 86, 94)), "stroke-width": between(rng, 6, 9), "stroke-linecap": "round", opacity: 0.62 })
          if (index % 4 === 0) strands += el("path", { d, fill: "none", stroke: "#ffffff", "stroke-width": 2.5, opacity: 0.7 })
        }
        const tie = el("rect", { x: bx - 62, y: 752, width: 124, height: 56, rx: 18, fill: hsl(tieHue, 62, 50) }) +
          el("rect", { x: bx - 62, y: 752, width: 124, height: 16, rx: 8, fill: "#ffffff", opacity: 0.25 })
        bundles += el("g", { transform: `rotate(${round(tilt)} ${bx} 790)` }, strands + tie)
      }
      return shadow(kit, centre, 1330, 460, 40, 0.12) + tray + bundles
    },
  }
}

function bottle(kit: Kit, x: number, options: { top: number; bottom: number; width: number; liquidHue: number; capHue: number; label: boolean }): string {
  const { defs } = kit
  const { top, bottom, width } = options
  const half = width / 2
  const neck = width * 0.2
  const shoulder = top + (bottom - top) * 0.28
  const body = `M${x - neck},${top} L${x - neck},${shoulder - 90} C${x - neck},${shoulder - 20} ${x - half},${shoulder - 30} ${x - half},${shoulder + 60} L${x - half},${bottom - 50} Q${x - half},${bottom} ${x - half + 50},${bottom} L${x + half - 50},${bottom} Q${x + half},${bottom} ${x + half},${bottom - 50} L${x + half},${shoulder + 60} C${x + half},${shoulder - 30} ${x + neck},${shoulder - 20} ${x + neck},${shoulder - 90} L${x + neck},${top} Z`
  const liquidTop = shoulder + 30
  const liquid = defs.linear([[0, hsl(options.liquidHue + 8, 85, 52)], [1, hsl(options.liquidHue - 6, 85, 30)]])
  const clip = defs.clip(el("path", { d: body }))
  let out = el("path", { d: body, fill: "#ffffff", opacity: 0.35 })
  out += el("g", { "clip-path": clip },
    el("rect", { x: x - half, y: liquidTop, width, height: bottom - liquidTop, fill: liquid }) +
    el("ellipse", { cx: x, cy: liquidTop, rx: half, ry: 14, fill: hsl(options.liquidHue + 10, 80, 62), opacity: 0.8 })
  )
  out += el("path", { d: body, fill: "none", stroke: "#ffffff", "stroke-width": 7, opacity: 0.85 })
  out += highlight(x - half + 26, shoulder + 70, 26, bottom - shoulder - 160, 0.4)
  out += el("rect", { x: x - neck - 8, y: top - 70, width: neck * 2 + 16, height: 84, rx: 14, fill: hsl(options.capHue, 55, 38) })
  out += el("rect", { x: x - neck - 8, y: top - 70, width: neck * 2 + 16, height: 22, rx: 10, fill: "#ffffff", opacity: 0.22 })
  if (options.label) {
    const labelTop = shoulder + (bottom - shoulder) * 0.32
    const labelHeight = (bottom - shoulder) * 0.34
    out += el("rect", { x: x - half + 14, y: labelTop, width: width - 28, height: labelHeight, rx: 12, fill: hsl(40, 45, 93) })
    out += el("circle", { cx: x, cy: labelTop + labelHeight * 0.42, r: labelHeight * 0.22, fill: hsl(options.capHue, 55, 42) })
    out += el("path", { d: `M${x - labelHeight * 0.14},${labelTop + labelHeight * 0.45} q${labelHeight * 0.07},-${labelHeight * 0.08} ${labelHeight * 0.14},0 t${labelHeight * 0.14},0`, fill: "none", stroke: "#ffffff", "stroke-width": 6, "stroke-linecap": "round" })
    out += el("rect", { x: x - width * 0.28, y: labelTop + labelHeight * 0.75, width: width * 0.56, height: 12, rx: 6, fill: hsl(options.capHue, 30, 60) })
  }
  return out
}

function fishSauce(): Motif {
  return {
    backdropHue: 195, pattern: "waves", focus: [820, 820],
    draw: (kit) => {
      const { rng } = kit
      const sky = kit.defs.linear([[0, hsl(200, 60, 92)], [1, hsl(195, 55, 84)]])
      let scene = el("rect", { x: 0, y: 0, width: size, height: size, fill: sky })
      scene += el("circle", { cx: between(rng, 1040, 1160), cy: between(rng, 440, 520), r: 70, fill: hsl(38, 90, 70) })
      scene += waves(kit, 930, 196, 5)
      for (let fish = 0; fish < 4; fish++) {
        const fx = between(rng, 380, 1200)
        const fy = between(rng, 1080, 1300)
        scene += el("path", { d: `M${fx},${fy} q40,-22 80,0 l24,-16 v32 l-24,-16 q-40,22 -80,0 z`, fill: hsl(200, 35, 94), opacity: 0.75 })
      }
      const second = rng() < 0.5
      return disc(kit, scene) + shadow(kit, centre, 1250, 300) +
        (second ? bottle(kit, centre + 190, { top: 560, bottom: 1240, width: 220, liquidHue: 28, capHue: 355, label: true }) : "") +
        bottle(kit, second ? centre - 80 : centre, { top: 420, bottom: 1250, width: 330, liquidHue: between(rng, 24, 32), capHue: pick(rng, [355, 8, 210]), label: true })
    },
  }
}

function shrimp(x: number, y: number, scale: number, angle: number): string {
  const body = "M0,0 C40,-70 130,-70 150,0 C160,40 130,80 90,90"
  let out = el("path", { d: body, fill: "none", stroke: hsl(12, 75, 64), "stroke-width": 46, "stroke-linecap": "round" })
  for (const t of [30, 70, 110]) out += el("path", { d: `M${t},-40 q10,25 0,50`, stroke: hsl(18, 80, 82), "stroke-width": 5, fill: "none", opacity: 0.8 })
  out += el("path", { d: "M90,90 l-30,40 l50,-8 z", fill: hsl(12, 70, 58) })
  out += el("path", { d: "M0,0 q-60,-80 -20,-170 M0,0 q-30,-90 30,-160", stroke: hsl(12, 60, 55), "stroke-width": 4, fill: "none" })
  out += el("circle", { cx: 6, cy: -10, r: 7, fill: "#2b1b14" })
  return el("g", { transform: `translate(${round(x)} ${round(y)}) rotate(${round(angle)}) scale(${round(scale)})` }, out)
}

function shrimpPaste(): Motif {
  return {
    backdropHue: 330, pattern: "dots", focus: [800, 820],
    draw: (kit) => {
      const { rng, defs } = kit
      const glass = defs.linear([[0, hsl(335, 38, 62)], [1, hsl(330, 40, 42)]])
      const jar = `M560,640 Q560,600 600,600 L1000,600 Q1040,600 1040,640 L1060,1140 Q1060,1240 960,1240 L640,1240 Q540,1240 540,1140 Z`
      let out = shadow(kit, centre, 1245, 330)
      out += el("path", { d: jar, fill: glass })
      out += el("path", { d: jar, fill: "none", stroke: "#ffffff", "stroke-width": 8, opacity: 0.7 })
      out += highlight(590, 690, 30, 460, 0.35)
      out += el("rect", { x: 540, y: 520, width: 520, height: 110, rx: 30, fill: hsl(30, 40, 52) })
      out += el("rect", { x: 540, y: 520, width: 520, height: 30, rx: 15, fill: "#ffffff", opacity: 0.2 })
      out += el("rect", { x: 610, y: 820, width: 380, height: 220, rx: 18, fill: hsl(40, 50, 94) })
      out += shrimp(800, 960, 0.7, 0)
      const lime = sphere(kit, 1190, 1160, 95, 95, 55, 48) + el("circle", { cx: 1190, cy: 1160, r: 70, fill: hsl(80, 55, 80) })
      out += lime
      for (let index = 0; index < 3; index++) {
        out += shrimp(between(rng, 330, 420) + index * 40, 1010 + index * 90, 0.75, between(rng, -30, 20))
      }
      return out
    },
  }
}

function honey(): Motif {
  return {
    backdropHue: 44, pattern: "hexagons", focus: [780, 860],
    draw: (kit) => {
      const { rng, defs } = kit
      const honeyFill = defs.linear([[0, hsl(42, 95, 60)], [1, hsl(30, 90, 40)]])
      const jar = "M560,620 Q540,620 540,660 L540,1160 Q540,1250 630,1250 L970,1250 Q1060,1250 1060,1160 L1060,660 Q1060,620 1040,620 Z"
      let out = shadow(kit, centre, 1255, 340)
      out += el("path", { d: jar, fill: honeyFill })
      out += el("path", { d: jar, fill: "none", stroke: "#ffffff", "stroke-width": 8, opacity: 0.75 })
      out += highlight(572, 700, 32, 470, 0.35)
      out += el("rect", { x: 620, y: 820, width: 360, height: 250, rx: 20, fill: hsl(45, 60, 95) })
      let hexes = ""
      for (const [hx, hy] of [[760, 930], [840, 930], [800, 1000]] as const) {
        hexes += el("path", { d: hexagonPath(hx, hy, 40), fill: hsl(40, 85, 55) })
      }
      out += hexes
      const cloth = hsl(pick(rng, [355, 10, 200]), 60, 52)
      out += el("path", { d: "M500,620 Q520,520 800,510 Q1080,520 1100,620 Q1060,660 1000,640 Q900,690 800,650 Q700,690 600,640 Q540,660 500,620 Z", fill: cloth })
      for (let x = 540; x < 1080; x += 60) out += el("rect", { x, y: 520, width: 26, height: 150, fill: "#ffffff", opacity: 0.18 })
      out += el("rect", { x: 540, y: 600, width: 520, height: 18, rx: 9, fill: hsl(30, 40, 35) })
      // The dipper leans on the jar.
      out += el("g", { transform: `rotate(${round(between(rng, 28, 36))} 1180 1200)` },
        el("rect", { x: 1165, y: 560, width: 30, height: 560, rx: 15, fill: hsl(28, 45, 48) }) +
        [0, 1, 2, 3, 4].map((ring) => el("ellipse", { cx: 1180, cy: 1090 + ring * 34, rx: 62, ry: 20, fill: hsl(30, 50, 52 - ring * 3) })).join("") +
        el("path", { d: "M1130,1210 q50,90 100,0", fill: hsl(40, 90, 52) })
      )
      out += bee(between(rng, 380, 460), between(rng, 480, 560), between(rng, -20, 20))
      return out
    },
  }
}

function hexagonPath(cx: number, cy: number, r: number): string {
  const points = [0, 1, 2, 3, 4, 5].map((corner) => {
    const angle = (Math.PI / 3) * corner + Math.PI / 6
    return `${round(cx + r * Math.cos(angle))},${round(cy + r * Math.sin(angle))}`
  })
  return `M${points.join(" L")} Z`
}

function bee(x: number, y: number, angle: number): string {
  return el("g", { transform: `translate(${round(x)} ${round(y)}) rotate(${round(angle)})` },
    el("ellipse", { cx: -20, cy: -50, rx: 40, ry: 26, fill: "#ffffff", opacity: 0.8, transform: "rotate(-25 -20 -50)" }) +
    el("ellipse", { cx: 22, cy: -52, rx: 40, ry: 26, fill: "#ffffff", opacity: 0.7, transform: "rotate(25 22 -52)" }) +
    el("ellipse", { cx: 0, cy: 0, rx: 62, ry: 42, fill: hsl(45, 95, 58) }) +
    el("rect", { x: -22, y: -41, width: 16, height: 82, fill: "#2d2118" }) +
    el("rect", { x: 12, y: -40, width: 16, height: 80, fill: "#2d2118" }) +
    el("circle", { cx: 62, cy: 0, r: 24, fill: "#2d2118" })
  )
}

function tea(liquidHue: number, liquidLightness: number): Motif {
  return {
    backdropHue: 110, pattern: "leaves", focus: [800, 860],
    draw: (kit) => {
      const { rng, defs } = kit
      const porcelain = defs.linear([[0, "#ffffff"], [1, hsl(150, 20, 86)]], 0, 0, 1, 0)
      let out = shadow(kit, centre, 1210, 420)
      out += el("ellipse", { cx: centre, cy: 1170, rx: 400, ry: 70, fill: hsl(150, 18, 88) })
      out += el("ellipse", { cx: centre, cy: 1160, rx: 330, ry: 48, fill: "#ffffff" })
      out += el("path", { d: "M1050,860 C1200,860 1200,1060 1020,1040", fill: "none", stroke: hsl(150, 16, 84), "stroke-width": 40, "stroke-linecap": "round" })
      out += el("path", { d: "M520,820 C540,1080 640,1150 800,1150 C960,1150 1060,1080 1080,820 Z", fill: porcelain })
      out += el("ellipse", { cx: centre, cy: 820, rx: 280, ry: 56, fill: hsl(150, 15, 80) })
      out += el("ellipse", { cx: centre, cy: 826, rx: 258, ry: 46, fill: hsl(liquidHue, 70, liquidLightness) })
      out += el("ellipse", { cx: 740, cy: 818, rx: 90, ry: 12, fill: "#ffffff", opacity: 0.35 })
      out += el("path", { d: "M560,900 C580,1040 660,1100 760,1110", fill: "none", stroke: hsl(150, 35, 60), "stroke-width": 10, opacity: 0.35 })
      out += steam(centre, 740, hsl(150, 20, 70))
      out += leafSpray(kit, 380, 1180, 3, 28, -40, 115)
      out += leafSpray(kit, 1230, 1220, 2, 30, 50, 105)
      for (let index = 0; index < 5; index++) {
        out += leaf(between(rng, 300, 1300), between(rng, 1250, 1330), 70, 22, between(rng, 0, 360), hsl(liquidHue, 45, 38), hsl(liquidHue, 30, 60))
      }
      return out
    },
  }
}

function eggs(duck: boolean): Motif {
  return {
    backdropHue: duck ? 170 : 32, pattern: "dots", focus: [800, 820],
    draw: (kit) => {
      const { rng, defs } = kit
      const basket = defs.linear([[0, hsl(34, 50, 58)], [1, hsl(28, 45, 40)]])
      let out = shadow(kit, centre, 1260, 480)
      out += el("path", { d: "M330,900 Q330,1250 800,1260 Q1270,1250 1270,900 Z", fill: basket })
      const eggsBehind: string[] = []
      const positions = [[560, 840], [700, 800], [860, 800], [1010, 840], [630, 930], [800, 920], [960, 930]] as const
      positions.forEach(([x, y], index) => {
        const shell = duck
          ? defs.radial([[0, hsl(160, 30, 96)], [0.7, hsl(165, 25, 86)], [1, hsl(170, 20, 72)]], 0.38, 0.32, 0.75)
          : defs.radial([[0, hsl(32, 60, 86)], [0.7, hsl(28, 50, 70)], [1, hsl(24, 45, 56)]], 0.38, 0.32, 0.75)
        eggsBehind.push(el("ellipse", {
          cx: x + between(rng, -12, 12), cy: y + between(rng, -10, 10), rx: 92, ry: 118, fill: shell,
          transform: `rotate(${round(between(rng, -18, 18) + (index % 2 ? 8 : -8))} ${x} ${y})`,
        }))
      })
      out += eggsBehind.join("")
      out += el("path", { d: "M310,900 Q800,990 1290,900 L1290,950 Q800,1040 310,950 Z", fill: hsl(30, 45, 46) })
      for (let row = 0; row < 4; row++) {
        const y = 1000 + row * 62
        out += el("path", { d: `M${360 + row * 20},${y} Q800,${y + 70} ${1240 - row * 20},${y}`, fill: "none", stroke: hsl(30, 40, 66), "stroke-width": 8, opacity: 0.6 })
      }
      for (let straw = 0; straw < 14; straw++) {
        const x = between(rng, 360, 1240)
        out += el("path", { d: `M${round(x)},${round(between(rng, 880, 930))} q${round(between(rng, -60, 60))},-40 ${round(between(rng, -90, 90))},-20`, stroke: hsl(44, 60, 72), "stroke-width": 6, fill: "none", "stroke-linecap": "round" })
      }
      return out
    },
  }
}

type FruitKind = "orange" | "pomelo" | "guava"

function fruit(kind: FruitKind): Motif {
  const tones = {
    orange: { skin: [28, 92, 55], flesh: [34, 95, 70], pith: [45, 70, 92] },
    pomelo: { skin: [72, 55, 55], flesh: [8, 70, 80], pith: [55, 55, 93] },
    guava: { skin: [88, 50, 56], flesh: [60, 40, 94], pith: [80, 40, 82] },
  }[kind]
  return {
    backdropHue: kind === "orange" ? 36 : kind === "pomelo" ? 80 : 95, pattern: "rings", focus: [900, 900],
    draw: (kit) => {
      const { rng } = kit
      const [h, s, l] = tones.skin as [number, number, number]
      const radius = kind === "pomelo" ? 250 : kind === "guava" ? 190 : 200
      const hue = h + between(rng, -5, 5)
      let out = shadow(kit, centre, 1250, 520)
      const wholes: Array<[number, number]> = [[560, 1250 - radius], [880, 1240 - radius * 1.15]]
      if (kind !== "pomelo") wholes.push([between(rng, 1120, 1180), 1250 - radius * 0.9])
      for (const [x, y] of wholes) {
        out += el("g", {},
          leafSpray(kit, x + 10, y - radius * 0.85, 2, 50, 10, 110) +
          (kind === "guava" ? el("path", { d: `M${x - radius},${y + 10} C${x - radius},${y - radius * 1.3} ${x + radius},${y - radius * 1.3} ${x + radius},${y + 10} C${x + radius},${y + radius * 1.05} ${x - radius},${y + radius * 1.05} ${x - radius},${y + 10} Z`, fill: kit.defs.radial([[0, hsl(hue + 6, s, l + 16)], [0.6, hsl(hue, s, l)], [1, hsl(hue - 6, s, l - 14)]], 0.38, 0.35, 0.7) })
            : sphere(kit, x, y, radius, hue, s, l)) +
          el("rect", { x: x - 6, y: y - radius * (kind === "guava" ? 1.05 : 1) - 26, width: 12, height: 40, rx: 6, fill: hsl(30, 40, 32) })
        )
        for (let dot = 0; dot < 18; dot++) {
          const angle = between(rng, 0, Math.PI * 2)
          const distance = between(rng, 0, radius * 0.8)
          out += el("circle", { cx: x + Math.cos(angle) * distance, cy: y + Math.sin(angle) * distance, r: 3.5, fill: hsl(hue - 10, s, l - 18), opacity: 0.3 })
        }
      }
      // A cut half at the front shows the inside.
      const cx = between(rng, 700, 760)
      const cy = 1180
      const half = radius * 0.95
      const [fh, fs, fl] = tones.flesh as [number, number, number]
      const [ph, ps, pl] = tones.pith as [number, number, number]
      let cut = el("ellipse", { cx, cy: cy + 20, rx: half, ry: half * 0.55, fill: hsl(hue - 4, s, l - 8) })
      cut += el("ellipse", { cx, cy, rx: half, ry: half * 0.55, fill: hsl(ph, ps, pl) })
      if (kind === "guava") {
        cut += el("ellipse", { cx, cy, rx: half * 0.86, ry: half * 0.47, fill: hsl(fh, fs, fl) })
        cut += el("ellipse", { cx, cy, rx: half * 0.42, ry: half * 0.22, fill: hsl(55, 35, 86) })
        for (let seed = 0; seed < 16; seed++) {
          const angle = (seed / 16) * Math.PI * 2
          cut += el("circle", { cx: cx + Math.cos(angle) * half * 0.3, cy: cy + Math.sin(angle) * half * 0.15, r: 7, fill: hsl(40, 45, 70) })
        }
      } else {
        const segments = kind === "pomelo" ? 12 : 10
        const inner = kind === "pomelo" ? 0.72 : 0.86
        for (let segment = 0; segment < segments; segment++) {
          const a0 = (segment / segments) * Math.PI * 2 + 0.04
          const a1 = ((segment + 1) / segments) * Math.PI * 2 - 0.04
          const rx = half * inner
          const ry = half * 0.55 * inner
          const d = `M${cx},${cy} L${round(cx + Math.cos(a0) * rx)},${round(cy + Math.sin(a0) * ry)} A${round(rx)},${round(ry)} 0 0 1 ${round(cx + Math.cos(a1) * rx)},${round(cy + Math.sin(a1) * ry)} Z`
          cut += el("path", { d, fill: hsl(fh, fs, fl + (segment % 2) * 4) })
        }
        cut += el("ellipse", { cx, cy, rx: half * 0.08, ry: half * 0.05, fill: hsl(ph, ps, pl) })
      }
      return out + cut
    },
  }
}

function pork(frozen: boolean): Motif {
  return {
    backdropHue: frozen ? 205 : 18, pattern: frozen ? "crystals" : "dots", focus: [780, 860],
    draw: (kit) => {
      const { rng, defs } = kit
      const wood = defs.linear([[0, hsl(32, 48, 64)], [1, hsl(26, 45, 50)]], 0, 0, 1, 1)
      let out = shadow(kit, centre, 1190, 600, 60)
      out += el("ellipse", { cx: centre, cy: 1060, rx: 600, ry: 250, fill: hsl(26, 45, 40) })
      out += el("ellipse", { cx: centre, cy: 1030, rx: 600, ry: 250, fill: wood })
      out += el("ellipse", { cx: centre, cy: 1030, rx: 520, ry: 200, fill: "none", stroke: hsl(30, 40, 58), "stroke-width": 4, opacity: 0.6 })
      // A block of pork belly in three-quarter view: skin on top, lean and fat in layers at the front.
      const front = { left: 470, right: 1010, top: 760, bottom: 1080 }
      const depth = { x: 120, y: -110 }
      const lean = hsl(354 + between(rng, -4, 4), 55, frozen ? 66 : 56)
      const fat = frozen ? "#f4f7fb" : "#fbf3ec"
      const bands = [0.07, 0.17, 0.36, 0.44, 0.63, 0.71, 0.87, 0.93].map((fraction) => fraction + between(rng, -0.02, 0.02))
      const layered = (left: number, right: number, topLeft: number, topRight: number, height: number, darken: number) => {
        const y = (edge: "left" | "right", fraction: number) => (edge === "left" ? topLeft : topRight) + fraction * height
        let face = el("path", { d: `M${left},${topLeft} L${right},${topRight} L${right},${topRight + height} L${left},${topLeft + height} Z`, fill: lean })
        for (let band = 0; band < bands.length; band += 2) {
          const from = bands[band] ?? 0
          const to = bands[band + 1] ?? 1
          const wobble = between(rng, -14, 14)
          face += el("path", {
            d: `M${left},${round(y("left", from))} Q${round((left + right) / 2)},${round((y("left", from) + y("right", from)) / 2 + wobble)} ${right},${round(y("right", from))} L${right},${round(y("right", to))} Q${round((left + right) / 2)},${round((y("left", to) + y("right", to)) / 2 - wobble)} ${left},${round(y("left", to))} Z`,
            fill: fat,
          })
        }
        face += el("path", { d: `M${left},${topLeft} L${right},${topRight} L${right},${topRight + height * 0.06} L${left},${topLeft + height * 0.06} Z`, fill: hsl(36, 60, 82) })
        if (darken > 0) face += el("path", { d: `M${left},${topLeft} L${right},${topRight} L${right},${topRight + height} L${left},${topLeft + height} Z`, fill: "#4a1f14", opacity: darken })
        return face
      }
      const height = front.bottom - front.top
      out += layered(front.right, front.right + depth.x, front.top, front.top + depth.y, height, 0.16)
      out += el("path", {
        d: `M${front.left},${front.top} L${front.left + depth.x},${front.top + depth.y} L${front.right + depth.x},${front.top + depth.y} L${front.right},${front.top} Z`,
        fill: defs.linear([[0, hsl(38, 62, 88)], [1, hsl(34, 55, 78)]]),
      })
      out += layered(front.left, front.right, front.top, front.top, height, 0)
      out += el("path", { d: `M${front.left},${front.top} L${front.right},${front.top}`, stroke: "#ffffff", "stroke-width": 6, opacity: 0.5 })
      if (frozen) {
        out += el("path", { d: `M${front.left},${front.top} L${front.left + depth.x},${front.top + depth.y} L${front.right + depth.x},${front.top + depth.y} L${front.right + depth.x},${front.bottom + depth.y} L${front.right},${front.bottom} L${front.left},${front.bottom} Z`, fill: "#ffffff", opacity: 0.22 })
        for (let flake = 0; flake < 9; flake++) out += snowflake(between(rng, 500, 1100), between(rng, 700, 1060), between(rng, 16, 28))
      } else {
        out += leafSpray(kit, 1150, 1160, 3, 26, 50, 120)
      }
      for (let corn = 0; corn < 9; corn++) {
        out += el("circle", { cx: between(rng, 360, 520), cy: between(rng, 1110, 1170), r: 11, fill: "#3a2a20" })
      }
      return out
    },
  }
}

function snowflake(x: number, y: number, r: number): string {
  let arms = ""
  for (let arm = 0; arm < 3; arm++) {
    arms += el("line", { x1: -r, y1: 0, x2: r, y2: 0, transform: `rotate(${arm * 60})`, stroke: "#ffffff", "stroke-width": 4, "stroke-linecap": "round" })
  }
  return el("g", { transform: `translate(${round(x)} ${round(y)})`, opacity: 0.85 }, arms)
}

function hen(): Motif {
  return {
    backdropHue: 95, pattern: "leaves", focus: [820, 700],
    draw: (kit) => {
      const { rng, defs } = kit
      const sky = defs.linear([[0, hsl(190, 55, 90)], [1, hsl(80, 45, 88)]])
      let scene = el("rect", { x: 0, y: 0, width: size, height: size, fill: sky })
      scene += el("ellipse", { cx: 400, cy: 1240, rx: 700, ry: 300, fill: hsl(100, 38, 64) })
      scene += el("ellipse", { cx: 1250, cy: 1280, rx: 760, ry: 320, fill: hsl(95, 40, 56) })
      scene += el("ellipse", { cx: 800, cy: 1420, rx: 900, ry: 260, fill: hsl(90, 42, 48) })
      const feather = hsl(18 + between(rng, -6, 6), 62, 42)
      const tail = hsl(160, 30, 22)
      let bird = ""
      for (const [angle, length] of [[-40, 360], [-20, 400], [0, 330]] as const) {
        bird += leaf(560, 780, length, 70, angle - 20, tail, hsl(160, 20, 40))
      }
      bird += el("path", { d: "M520,760 C520,600 760,560 900,620 C1000,520 1120,560 1080,700 C1060,760 1020,800 1000,860 C960,1040 640,1060 560,920 C530,870 520,820 520,760 Z", fill: feather })
      bird += el("path", { d: "M620,800 C700,720 860,740 900,820 C860,900 700,930 620,800 Z", fill: hsl(24, 55, 30), opacity: 0.75 })
      bird += el("path", { d: "M1000,560 q20,-60 50,-20 q20,-50 50,0 q30,-30 35,30 z", fill: hsl(358, 75, 50) })
      bird += el("path", { d: "M1080,640 l70,24 l-66,18 z", fill: hsl(42, 90, 55) })
      bird += el("path", { d: "M1060,690 q20,60 -10,70 q-30,-20 -10,-70 z", fill: hsl(358, 70, 52) })
      bird += el("circle", { cx: 1040, cy: 620, r: 12, fill: "#1f1610" })
      bird += el("circle", { cx: 1044, cy: 616, r: 4, fill: "#ffffff" })
      for (const x of [740, 840]) bird += el("path", { d: `M${x},1000 L${x},1160 M${x},1160 l-40,20 M${x},1160 l40,20 M${x},1160 l0,28`, stroke: hsl(42, 80, 50), "stroke-width": 16, "stroke-linecap": "round", fill: "none" })
      for (let grain = 0; grain < 12; grain++) {
        scene += el("ellipse", { cx: between(rng, 900, 1250), cy: between(rng, 1160, 1240), rx: 10, ry: 6, fill: hsl(45, 80, 62) })
      }
      return disc(kit, scene) + shadow(kit, 800, 1190, 230, 30, 0.2) + bird
    },
  }
}

function porkRoll(): Motif {
  return {
    backdropHue: 120, pattern: "leaves", focus: [860, 1000],
    draw: (kit) => {
      const { rng, defs } = kit
      const banana = defs.linear([[0, hsl(110, 40, 50)], [0.5, hsl(105, 45, 42)], [1, hsl(100, 45, 30)]])
      let out = shadow(kit, centre, 1240, 560)
      out += el("rect", { x: 340, y: 560, width: 520, height: 480, rx: 110, fill: banana, transform: "rotate(-12 600 800)" })
      let ribs = ""
      for (let rib = 0; rib < 9; rib++) ribs += el("line", { x1: 400 + rib * 52, y1: 580, x2: 400 + rib * 52, y2: 1020, stroke: hsl(100, 35, 62), "stroke-width": 4, opacity: 0.5 })
      for (const y of [650, 800, 950]) ribs += el("rect", { x: 330, y, width: 540, height: 22, rx: 11, fill: hsl(35, 45, 60) })
      out += el("g", { transform: "rotate(-12 600 800)" }, ribs)
      const slices = [[820, 1080, 150], [1040, 1040, 140], [1230, 1120, 120]] as const
      for (const [x, y, r] of slices) {
        const cx = x + between(rng, -12, 12)
        out += el("ellipse", { cx, cy: y + 22, rx: r, ry: r * 0.62, fill: hsl(15, 25, 72) })
        out += el("ellipse", { cx, cy: y, rx: r, ry: r * 0.62, fill: hsl(105, 40, 40) })
        out += el("ellipse", { cx, cy: y, rx: r * 0.92, ry: r * 0.56, fill: hsl(14, 38, 86) })
        for (let spot = 0; spot < 14; spot++) {
          const angle = between(rng, 0, Math.PI * 2)
          const distance = between(rng, 0, 0.75)
          out += el("ellipse", {
            cx: cx + Math.cos(angle) * r * distance, cy: y + Math.sin(angle) * r * 0.55 * distance,
            rx: between(rng, 8, 20), ry: between(rng, 5, 10), fill: hsl(30, 30, 72), opacity: 0.8,
            transform: `rotate(${round(between(rng, 0, 180))} ${round(cx)} ${y})`,
          })
        }
      }
      for (let corn = 0; corn < 8; corn++) out += el("circle", { cx: between(rng, 380, 600), cy: between(rng, 1150, 1220), r: 10, fill: "#2f241c" })
      return out
    },
  }
}

function salt(): Motif {
  return {
    backdropHue: 200, pattern: "crystals", focus: [800, 920],
    draw: (kit) => {
      const { rng, defs } = kit
      const sky = defs.linear([[0, hsl(205, 60, 90)], [1, hsl(195, 50, 84)]])
      let scene = el("rect", { x: 0, y: 0, width: size, height: size, fill: sky })
      scene += el("circle", { cx: between(rng, 420, 560), cy: 430, r: 80, fill: hsl(40, 95, 72) })
      scene += el("rect", { x: 0, y: 700, width: size, height: 200, fill: hsl(200, 50, 70) })
      for (let row = 0; row < 4; row++) {
        for (let column = 0; column < 6; column++) {
          scene += el("rect", { x: column * 280 - (row % 2) * 120, y: 900 + row * 110, width: 250, height: 90, fill: hsl(195, 35, 88 - row * 3), stroke: hsl(30, 25, 60), "stroke-width": 8 })
        }
      }
      const heap = defs.linear([[0, "#ffffff"], [1, hsl(205, 30, 84)]])
      let out = disc(kit, scene) + shadow(kit, centre, 1230, 440)
      out += el("path", { d: "M360,1230 C460,1050 640,760 800,740 C960,760 1140,1050 1240,1230 Z", fill: heap })
      out += el("path", { d: "M800,740 C960,760 1140,1050 1240,1230 L1000,1230 C960,1000 880,820 800,740 Z", fill: hsl(205, 35, 80), opacity: 0.55 })
      for (let crystal = 0; crystal < 60; crystal++) {
        const y = between(rng, 800, 1220)
        const spread = ((y - 740) / 490) * 420
        out += el("rect", { x: centre + between(rng, -spread, spread), y, width: 14, height: 14, fill: "#ffffff", stroke: hsl(205, 30, 78), "stroke-width": 2, transform: `rotate(${round(between(rng, 0, 90))} ${centre} ${round(y)})` })
      }
      out += el("g", { transform: `rotate(${round(between(rng, -30, -20))} 1200 1100)` },
        el("rect", { x: 1185, y: 560, width: 30, height: 560, rx: 15, fill: hsl(28, 45, 50) }) +
        el("rect", { x: 1100, y: 1100, width: 200, height: 60, rx: 14, fill: hsl(28, 45, 44) })
      )
      return out
    },
  }
}

function riceWine(): Motif {
  return {
    backdropHue: 28, pattern: "grains", focus: [780, 760],
    draw: (kit) => {
      const { defs } = kit
      const glaze = defs.radial([[0, hsl(24, 45, 52)], [0.7, hsl(20, 50, 34)], [1, hsl(18, 50, 24)]], 0.35, 0.35, 0.75)
      let out = shadow(kit, centre, 1250, 460)
      out += el("path", { d: "M700,470 L900,470 L900,540 C1140,580 1160,820 1120,1000 C1080,1180 960,1250 800,1250 C640,1250 520,1180 480,1000 C440,820 460,580 700,540 Z", fill: glaze })
      out += el("rect", { x: 680, y: 440, width: 240, height: 50, rx: 20, fill: hsl(20, 40, 30) })
      out += el("path", { d: "M700,450 Q800,330 900,450 Z", fill: hsl(100, 40, 42) })
      out += el("path", { d: "M690,460 L910,460", stroke: hsl(35, 50, 60), "stroke-width": 10, "stroke-linecap": "round" })
      out += el("path", { d: "M520,840 Q800,900 1080,840", stroke: hsl(35, 40, 70), "stroke-width": 10, fill: "none", opacity: 0.5 })
      out += highlight(560, 640, 34, 320, 0.22)
      for (const x of [1120, 1300]) {
        out += el("path", { d: `M${x - 80},1120 L${x + 80},1120 L${x + 56},1240 L${x - 56},1240 Z`, fill: "#ffffff" })
        out += el("ellipse", { cx: x, cy: 1122, rx: 78, ry: 18, fill: hsl(45, 40, 88) })
      }
      out += riceSprig(kit, 360, 1240, -18)
      out += riceSprig(kit, 420, 1250, -4)
      return out
    },
  }
}

function riceSprig(kit: Kit, x: number, y: number, angle: number): string {
  let sprig = el("path", { d: "M0,0 C0,-200 30,-360 110,-480", stroke: hsl(60, 45, 45), "stroke-width": 8, fill: "none", "stroke-linecap": "round" })
  for (let grain = 0; grain < 11; grain++) {
    const t = 0.35 + grain * 0.06
    const gx = t * t * 110
    const gy = -t * 480
    sprig += el("ellipse", { cx: gx + (grain % 2 ? 18 : -18), cy: gy, rx: 12, ry: 22, fill: hsl(44 + between(kit.rng, -4, 4), 75, 58), transform: `rotate(${grain % 2 ? 30 : -30} ${round(gx)} ${round(gy)})` })
  }
  return el("g", { transform: `translate(${x} ${y}) rotate(${angle})` }, sprig)
}

function apricotWine(): Motif {
  return {
    backdropHue: 40, pattern: "dots", focus: [860, 900],
    draw: (kit) => {
      const { rng } = kit
      let out = shadow(kit, centre, 1250, 420)
      out += el("path", { d: "M380,520 C520,460 700,470 900,420", stroke: hsl(25, 35, 35), "stroke-width": 12, fill: "none", "stroke-linecap": "round" })
      for (let flower = 0; flower < 5; flower++) out += blossom(between(rng, 400, 880), between(rng, 420, 540), between(rng, 24, 34))
      out += bottle(kit, 760, { top: 440, bottom: 1250, width: 300, liquidHue: 38, capHue: 30, label: true })
      for (const [x, y, r] of [[1040, 1150, 100], [1200, 1170, 85], [1110, 1010, 80]] as const) {
        out += sphere(kit, x + between(rng, -10, 10), y, r, 40, 90, 58)
        out += el("circle", { cx: x + r * 0.3, cy: y + r * 0.2, r: r * 0.45, fill: hsl(15, 80, 55), opacity: 0.25 })
      }
      return out
    },
  }
}

function blossom(x: number, y: number, r: number): string {
  let petals = ""
  for (let petal = 0; petal < 5; petal++) {
    const angle = (petal / 5) * Math.PI * 2
    petals += el("circle", { cx: x + Math.cos(angle) * r * 0.8, cy: y + Math.sin(angle) * r * 0.8, r: r * 0.62, fill: "#ffffff" })
  }
  return petals + el("circle", { cx: x, cy: y, r: r * 0.35, fill: hsl(45, 90, 60) })
}

function roundCakes(white: boolean): Motif {
  return {
    backdropHue: white ? 150 : 30, pattern: "rings", focus: [760, 900],
    draw: (kit) => {
      const { rng, defs } = kit
      let out = shadow(kit, centre, 1230, 560)
      out += el("ellipse", { cx: centre, cy: 1140, rx: 560, ry: 150, fill: hsl(white ? 150 : 30, 25, 92) })
      out += el("ellipse", { cx: centre, cy: 1130, rx: 520, ry: 130, fill: "#ffffff" })
      const cakes = [[560, 880, 200], [1050, 900, 190], [800, 1040, 220]] as const
      for (const [x, y, r] of cakes) {
        const top = white
          ? defs.radial([[0, "#ffffff"], [1, hsl(pick(rng, [90, 40, 150]), 30, 88)]], 0.4, 0.35, 0.7)
          : defs.radial([[0, hsl(38, 85, 66)], [0.7, hsl(32, 80, 52)], [1, hsl(26, 75, 40)]], 0.4, 0.35, 0.7)
        out += el("ellipse", { cx: x, cy: y + 50, rx: r, ry: r * 0.6, fill: white ? hsl(40, 20, 82) : hsl(26, 70, 38) })
        out += el("rect", { x: x - r, y, width: r * 2, height: 50, fill: white ? hsl(40, 25, 88) : hsl(30, 75, 45) })
        out += el("ellipse", { cx: x, cy: y, rx: r, ry: r * 0.6, fill: top })
        const petals = 10
        for (let petal = 0; petal < petals; petal++) {
          const angle = (petal / petals) * Math.PI * 2
          out += el("ellipse", { cx: x + Math.cos(angle) * r * 0.72, cy: y + Math.sin(angle) * r * 0.43, rx: r * 0.14, ry: r * 0.08, fill: "none", stroke: white ? hsl(40, 20, 78) : hsl(28, 70, 40), "stroke-width": 5, opacity: 0.7 })
        }
        out += el("ellipse", { cx: x, cy: y, rx: r * 0.45, ry: r * 0.27, fill: "none", stroke: white ? hsl(40, 20, 78) : hsl(28, 70, 40), "stroke-width": 6, opacity: 0.7 })
        out += el("ellipse", { cx: x, cy: y, rx: r * 0.2, ry: r * 0.12, fill: white ? hsl(40, 20, 80) : hsl(28, 70, 42), opacity: 0.6 })
      }
      return out
    },
  }
}

function longanCakes(): Motif {
  return {
    backdropHue: 36, pattern: "dots", focus: [800, 900],
    draw: (kit) => {
      const { rng } = kit
      let out = shadow(kit, centre, 1220, 540)
      out += el("ellipse", { cx: centre, cy: 1120, rx: 540, ry: 170, fill: hsl(205, 45, 50) })
      out += el("ellipse", { cx: centre, cy: 1105, rx: 500, ry: 150, fill: "#ffffff" })
      out += el("ellipse", { cx: centre, cy: 1105, rx: 420, ry: 120, fill: "none", stroke: hsl(205, 45, 60), "stroke-width": 8 })
      const rows = [[1110, 9, 400], [1040, 8, 340], [970, 6, 270], [900, 5, 200], [830, 3, 120], [770, 1, 0]] as const
      for (const [y, count, width] of rows) {
        for (let ball = 0; ball < count; ball++) {
          const x = count === 1 ? centre : centre - width + (ball / (count - 1)) * width * 2
          const r = between(rng, 40, 48)
          out += sphere(kit, x + between(rng, -8, 8), y + between(rng, -6, 6), r, 38, 80, 62)
          out += el("circle", { cx: x - r * 0.3, cy: y - r * 0.35, r: r * 0.18, fill: "#ffffff", opacity: 0.6 })
        }
      }
      for (let ball = 0; ball < 4; ball++) out += sphere(kit, between(rng, 300, 1300), between(rng, 1250, 1300), 40, 38, 80, 62)
      return out
    },
  }
}

/** The curved side of a flat disc seen from above at an angle, `thickness` deep below its top ellipse. */
function discSide(cx: number, cy: number, rx: number, ry: number, thickness: number, fill: string): string {
  return el("path", {
    d: `M${round(cx - rx)},${round(cy)} L${round(cx - rx)},${round(cy + thickness)} A${round(rx)},${round(ry)} 0 0 0 ${round(cx + rx)},${round(cy + thickness)} L${round(cx + rx)},${round(cy)} A${round(rx)},${round(ry)} 0 0 1 ${round(cx - rx)},${round(cy)} Z`,
    fill,
  })
}

function cuDo(): Motif {
  return {
    backdropHue: 30, pattern: "grains", focus: [800, 880],
    draw: (kit) => {
      const { rng, defs } = kit
      let out = shadow(kit, centre, 1220, 520)
      const cracker = defs.radial([[0, hsl(44, 60, 90)], [1, hsl(38, 52, 76)]], 0.4, 0.4, 0.7)
      const crackerEdge = hsl(36, 45, 66)
      const molasses = hsl(22, 62, 30)
      // Three rice-cracker sandwiches, stacked slightly askew, the molasses and peanuts showing at the sides.
      const stack = [[820, 1000, 400], [770, 860, 370], [830, 720, 340]] as const
      for (const [x, y, r] of stack) {
        const cx = x + between(rng, -20, 20)
        const ry = r * 0.42
        const filling = 44
        const crust = 14
        out += discSide(cx, y + crust + filling, r, ry, crust, crackerEdge)
        out += discSide(cx, y + crust, r * 0.99, ry * 0.99, filling, molasses)
        for (let nut = 0; nut < 16; nut++) {
          const dx = -0.92 + (nut / 15) * 1.84
          const arc = ry * Math.sqrt(1 - dx * dx)
          out += el("ellipse", { cx: cx + dx * r, cy: y + crust + arc + filling * 0.5 + between(rng, -6, 6), rx: 15, ry: 10, fill: hsl(36, 58, 72) })
        }
        out += discSide(cx, y, r, ry, crust, crackerEdge)
        out += el("ellipse", { cx, cy: y, rx: r, ry, fill: cracker })
        for (let sesame = 0; sesame < 34; sesame++) {
          const angle = between(rng, 0, Math.PI * 2)
          const distance = between(rng, 0.1, 0.9)
          const sx = cx + Math.cos(angle) * r * distance
          const sy = y + Math.sin(angle) * ry * distance
          out += el("ellipse", { cx: sx, cy: sy, rx: 7, ry: 3.5, fill: sesame % 3 ? "#fdf8ee" : "#2e2520", transform: `rotate(${round(between(rng, 0, 180))} ${round(sx)} ${round(sy)})` })
        }
      }
      for (let slice = 0; slice < 3; slice++) {
        const x = 1230 + slice * 55 + between(rng, -10, 10)
        const y = 1170 + (slice % 2) * 45
        out += el("ellipse", { cx: x, cy: y, rx: 52, ry: 36, fill: hsl(46, 70, 76), stroke: hsl(38, 45, 58), "stroke-width": 6 })
        out += el("ellipse", { cx: x, cy: y, rx: 30, ry: 20, fill: "none", stroke: hsl(44, 50, 66), "stroke-width": 3 })
      }
      return out
    },
  }
}

function herbs(): Motif {
  return {
    backdropHue: 100, pattern: "leaves", focus: [820, 980],
    draw: (kit) => {
      const { rng } = kit
      let out = shadow(kit, centre, 1240, 540)
      out += el("path", { d: "M700,1240 C680,1000 760,760 820,520", stroke: hsl(30, 40, 40), "stroke-width": 14, fill: "none", "stroke-linecap": "round" })
      out += el("path", { d: "M760,1000 C900,900 980,760 1060,640", stroke: hsl(30, 40, 40), "stroke-width": 10, fill: "none", "stroke-linecap": "round" })
      for (let node = 0; node < 5; node++) out += leafSpray(kit, 700 + node * 30 + between(rng, -10, 10), 1100 - node * 140, 2, 80, (node % 2 ? 30 : -30), 105)
      out += leafSpray(kit, 1060, 640, 3, 40, 30, 110)
      out += el("ellipse", { cx: 1080, cy: 1160, rx: 260, ry: 90, fill: hsl(30, 40, 50) })
      out += el("ellipse", { cx: 1080, cy: 1145, rx: 240, ry: 74, fill: hsl(32, 45, 70) })
      for (let slice = 0; slice < 9; slice++) {
        const x = 920 + (slice % 5) * 80 + between(rng, -10, 10)
        const y = 1125 + Math.floor(slice / 5) * 40 + between(rng, -8, 8)
        out += el("ellipse", { cx: x, cy: y, rx: 42, ry: 22, fill: hsl(38, 40, 84), stroke: hsl(30, 40, 52), "stroke-width": 6 })
        out += el("ellipse", { cx: x, cy: y, rx: 18, ry: 9, fill: "none", stroke: hsl(30, 35, 65), "stroke-width": 3 })
      }
      return out
    },
  }
}

function antler(): Motif {
  return {
    backdropHue: 22, pattern: "rings", focus: [800, 720],
    draw: (kit) => {
      const { rng } = kit
      const velvet = hsl(22 + between(rng, -4, 4), 28, 48)
      const fuzz = hsl(24, 35, 70)
      let out = shadow(kit, centre, 1220, 440)
      // A pair of velvet antlers: a thick beam with a brow tine and a rounded fork at the top.
      const branch = (side: number) => {
        const x = (offset: number) => centre + side * offset
        const paths: Array<[string, number]> = [
          [`M${x(70)},1150 C${x(110)},1000 ${x(170)},880 ${x(250)},780`, 130],
          [`M${x(250)},780 C${x(270)},720 ${x(265)},660 ${x(240)},600`, 100],
          [`M${x(250)},780 C${x(320)},760 ${x(370)},720 ${x(400)},660`, 96],
          [`M${x(120)},990 C${x(190)},980 ${x(250)},960 ${x(300)},910`, 82],
        ]
        let drawing = ""
        for (const [d, width] of paths) drawing += el("path", { d, stroke: velvet, "stroke-width": width, fill: "none", "stroke-linecap": "round" })
        for (const [tipX, tipY, r] of [[x(240), 600, 62], [x(400), 660, 58], [x(300), 910, 50]] as const) {
          drawing += el("circle", { cx: tipX, cy: tipY, r, fill: velvet })
          drawing += el("circle", { cx: tipX - side * r * 0.25, cy: tipY - r * 0.3, r: r * 0.45, fill: fuzz, opacity: 0.5 })
        }
        for (const [d] of paths) drawing += el("path", { d, stroke: fuzz, "stroke-width": 18, fill: "none", "stroke-linecap": "round", opacity: 0.3, transform: `translate(${-side * 22} -6)` })
        drawing += el("ellipse", { cx: x(72), cy: 1160, rx: 84, ry: 30, fill: hsl(20, 30, 32) })
        return drawing
      }
      out += branch(-1) + branch(1)
      for (let slice = 0; slice < 4; slice++) {
        const x = 1060 + slice * 72 + between(rng, -10, 10)
        const y = 1210 - (slice % 2) * 40
        out += el("ellipse", { cx: x, cy: y + 10, rx: 60, ry: 38, fill: hsl(20, 30, 55) })
        out += el("ellipse", { cx: x, cy: y, rx: 60, ry: 38, fill: hsl(34, 45, 88) })
        out += el("ellipse", { cx: x, cy: y, rx: 34, ry: 20, fill: hsl(8, 45, 74) })
      }
      return out
    },
  }
}

function riceBowl(): Motif {
  return {
    backdropHue: 48, pattern: "grains", focus: [800, 880],
    draw: (kit) => {
      const { rng } = kit
      let out = shadow(kit, centre, 1230, 460)
      out += riceSprig(kit, 420, 1200, -25) + riceSprig(kit, 1180, 1200, 25)
      out += el("ellipse", { cx: centre, cy: 860, rx: 340, ry: 200, fill: "#ffffff" })
      for (let grain = 0; grain < 120; grain++) {
        const angle = between(rng, Math.PI, Math.PI * 2)
        const distance = Math.sqrt(rng())
        out += el("ellipse", { cx: centre + Math.cos(angle) * 320 * distance, cy: 880 + Math.sin(angle) * 200 * distance, rx: 14, ry: 7, fill: "#fbfaf5", stroke: hsl(45, 20, 84), "stroke-width": 2, transform: `rotate(${round(between(rng, 0, 180))} ${centre} 880)` })
      }
      out += el("path", { d: "M440,880 C460,1120 620,1220 800,1220 C980,1220 1140,1120 1160,880 Z", fill: "#ffffff" })
      out += el("path", { d: "M450,930 L1150,930", stroke: hsl(215, 55, 50), "stroke-width": 14 })
      out += el("path", { d: "M480,990 L1120,990", stroke: hsl(215, 55, 60), "stroke-width": 6, opacity: 0.6 })
      return out
    },
  }
}

function noodleBowl(): Motif {
  return {
    backdropHue: 12, pattern: "dots", focus: [800, 820],
    draw: (kit) => {
      const { rng } = kit
      let out = shadow(kit, centre, 1230, 480)
      out += el("ellipse", { cx: centre, cy: 820, rx: 400, ry: 110, fill: hsl(35, 70, 62) })
      for (let noodle = 0; noodle < 10; noodle++) {
        const y = 780 + noodle * 8
        out += el("path", { d: `M${500 + noodle * 10},${y} q70,-30 140,0 t140,0 t140,0 t140,0`, stroke: "#fff6e0", "stroke-width": 8, fill: "none", opacity: 0.9 })
      }
      out += leafSpray(kit, 700, 840, 3, 40, 0, 110)
      out += el("path", { d: "M400,820 C420,1100 600,1220 800,1220 C1000,1220 1180,1100 1200,820 Z", fill: hsl(8, 60, 52) })
      out += el("path", { d: "M430,900 Q800,980 1170,900", stroke: "#ffffff", "stroke-width": 10, fill: "none", opacity: 0.4 })
      out += el("rect", { x: 960, y: 380, width: 24, height: 560, rx: 12, fill: hsl(30, 45, 45), transform: `rotate(${round(between(rng, 18, 26))} 970 660)` })
      out += el("rect", { x: 1010, y: 380, width: 24, height: 560, rx: 12, fill: hsl(30, 45, 40), transform: `rotate(${round(between(rng, 26, 32))} 1020 660)` })
      out += steam(centre, 700, hsl(10, 20, 70))
      return out
    },
  }
}

function coffee(): Motif {
  return {
    backdropHue: 28, pattern: "grains", focus: [800, 860],
    draw: (kit) => {
      const { rng } = kit
      let out = tea(25, 22).draw(kit)
      for (let bean = 0; bean < 9; bean++) {
        const x = between(rng, 320, 1280)
        const y = between(rng, 1240, 1320)
        const angle = between(rng, 0, 180)
        out += el("ellipse", { cx: x, cy: y, rx: 30, ry: 20, fill: hsl(22, 55, 26), transform: `rotate(${round(angle)} ${round(x)} ${round(y)})` })
        out += el("path", { d: `M${round(x - 22)},${round(y)} q22,-8 44,0`, stroke: hsl(22, 40, 45), "stroke-width": 4, fill: "none", transform: `rotate(${round(angle)} ${round(x)} ${round(y)})` })
      }
      return out
    },
  }
}

function drink(water: boolean): Motif {
  return {
    backdropHue: water ? 200 : 50, pattern: water ? "waves" : "dots", focus: [800, 860],
    draw: (kit) => {
      const { rng } = kit
      if (water) {
        let out = shadow(kit, centre, 1250, 300) + bottle(kit, centre, { top: 420, bottom: 1250, width: 320, liquidHue: 200, capHue: 210, label: true })
        for (let drop = 0; drop < 6; drop++) out += el("circle", { cx: between(rng, 660, 940), cy: between(rng, 700, 1150), r: between(rng, 6, 14), fill: "#ffffff", opacity: 0.6 })
        return out
      }
      const hue = pick(rng, [45, 30, 95])
      let out = shadow(kit, centre, 1250, 300)
      out += el("path", { d: "M580,560 L1020,560 L960,1240 L640,1240 Z", fill: "#ffffff", opacity: 0.5 })
      out += el("path", { d: "M600,700 L1000,700 L960,1220 L640,1220 Z", fill: hsl(hue, 70, 64) })
      out += el("rect", { x: 860, y: 380, width: 26, height: 500, rx: 13, fill: hsl(350, 70, 60), transform: "rotate(14 873 630)" })
      out += el("circle", { cx: 1000, cy: 580, r: 90, fill: hsl(90, 60, 50) }) + el("circle", { cx: 1000, cy: 580, r: 72, fill: hsl(80, 60, 80) })
      out += highlight(620, 620, 24, 520, 0.35)
      return out
    },
  }
}

function cosmetics(): Motif {
  return {
    backdropHue: 330, pattern: "leaves", focus: [760, 820],
    draw: (kit) => {
      let out = shadow(kit, centre, 1250, 420)
      out += leafSpray(kit, 1100, 1240, 3, 30, 20, 120)
      out += bottle(kit, 700, { top: 560, bottom: 1250, width: 260, liquidHue: 32, capHue: 0, label: true })
      out += el("ellipse", { cx: 700, cy: 430, rx: 44, ry: 70, fill: hsl(0, 0, 25) })
      out += el("rect", { x: 920, y: 1050, width: 300, height: 200, rx: 40, fill: hsl(330, 30, 92) })
      out += el("rect", { x: 900, y: 1000, width: 340, height: 80, rx: 26, fill: hsl(330, 35, 70) })
      return out
    },
  }
}

function basket(): Motif {
  return {
    backdropHue: 35, pattern: "weave", focus: [800, 960],
    draw: (kit) => {
      const { defs } = kit
      let out = shadow(kit, centre, 1240, 480)
      const body = "M360,760 L1240,760 L1140,1240 L460,1240 Z"
      const clip = defs.clip(el("path", { d: body }))
      let weave = el("rect", { x: 340, y: 740, width: 920, height: 520, fill: hsl(36, 50, 62) })
      for (let x = 300; x < 1300; x += 60) weave += el("rect", { x, y: 740, width: 24, height: 520, fill: hsl(32, 45, 50) })
      for (let y = 760; y < 1260; y += 60) weave += el("rect", { x: 340, y, width: 920, height: 26, fill: hsl(40, 55, 72), opacity: 0.8 })
      out += el("path", { d: "M470,780 C470,380 1130,380 1130,780", stroke: hsl(30, 45, 45), "stroke-width": 40, fill: "none" })
      out += el("g", { "clip-path": clip }, weave)
      out += el("rect", { x: 340, y: 740, width: 920, height: 50, rx: 25, fill: hsl(30, 45, 45) })
      return out
    },
  }
}

function textile(): Motif {
  return {
    backdropHue: 350, pattern: "weave", focus: [800, 900],
    draw: (kit) => {
      const { rng } = kit
      let out = shadow(kit, centre, 1240, 520)
      for (let layer = 0; layer < 4; layer++) {
        const y = 1100 - layer * 150
        const hue = pick(rng, [350, 210, 40, 160])
        out += el("rect", { x: 340 + layer * 20, y, width: 920 - layer * 40, height: 150, rx: 30, fill: hsl(hue, 55, 45) })
        let zigzag = `M${360 + layer * 20},${y + 75}`
        for (let x = 360 + layer * 20; x < 1240 - layer * 20; x += 60) zigzag += ` l30,-30 l30,30`
        out += el("path", { d: zigzag, stroke: "#ffffff", "stroke-width": 8, fill: "none", opacity: 0.75 })
        out += el("rect", { x: 340 + layer * 20, y: y + 118, width: 920 - layer * 40, height: 14, fill: hsl(45, 80, 60) })
      }
      return out
    },
  }
}

function lotus(): Motif {
  return {
    backdropHue: 340, pattern: "rings", focus: [800, 760],
    draw: (kit) => {
      const { rng } = kit
      let out = shadow(kit, centre, 1240, 420)
      out += el("path", { d: "M640,1000 C600,1100 620,1240 800,1240 C980,1240 1000,1100 960,1000 Z", fill: hsl(200, 40, 50) })
      out += el("rect", { x: 620, y: 960, width: 360, height: 60, rx: 24, fill: hsl(200, 40, 42) })
      for (const [angle, length] of [[-60, 420], [-30, 470], [0, 500], [30, 470], [60, 420]] as const) {
        out += leaf(centre, 940, length, 120, angle + between(rng, -4, 4), hsl(340, 70, 72 + Math.abs(angle) / 10), hsl(340, 60, 88))
      }
      out += el("ellipse", { cx: centre, cy: 900, rx: 70, ry: 36, fill: hsl(55, 70, 60) })
      return out
    },
  }
}

function bonsai(): Motif {
  return {
    backdropHue: 140, pattern: "dots", focus: [800, 700],
    draw: (kit) => {
      const { rng } = kit
      let out = shadow(kit, centre, 1240, 420)
      out += el("path", { d: "M800,1060 C760,900 900,820 820,680 C760,580 900,520 960,460", stroke: hsl(25, 35, 32), "stroke-width": 60, fill: "none", "stroke-linecap": "round" })
      for (const [x, y, r] of [[980, 440, 150], [640, 640, 130], [1080, 700, 110], [820, 560, 120]] as const) {
        out += el("circle", { cx: x + between(rng, -10, 10), cy: y, r, fill: hsl(130, 40, 38) })
        out += el("circle", { cx: x - r * 0.2, cy: y - r * 0.25, r: r * 0.6, fill: hsl(120, 40, 48) })
      }
      out += el("path", { d: "M480,1040 L1120,1040 L1060,1240 L540,1240 Z", fill: hsl(205, 45, 45) })
      out += el("rect", { x: 450, y: 1020, width: 700, height: 50, rx: 20, fill: hsl(205, 45, 38) })
      return out
    },
  }
}

function koi(): Motif {
  return {
    backdropHue: 195, pattern: "waves", focus: [800, 800],
    draw: (kit) => {
      const { rng, defs } = kit
      const pond = defs.radial([[0, hsl(190, 55, 70)], [1, hsl(200, 55, 48)]])
      let scene = el("rect", { x: 0, y: 0, width: size, height: size, fill: pond })
      for (let ripple = 0; ripple < 5; ripple++) scene += el("circle", { cx: between(rng, 400, 1200), cy: between(rng, 400, 1200), r: between(rng, 60, 140), fill: "none", stroke: "#ffffff", "stroke-width": 4, opacity: 0.3 })
      let fish = ""
      for (const [x, y, angle] of [[700, 700, between(rng, 20, 40)], [930, 980, between(rng, 190, 220)]] as const) {
        let body = el("path", { d: "M0,-180 C90,-120 90,80 0,170 C-90,80 -90,-120 0,-180 Z", fill: "#ffffff" })
        body += el("path", { d: "M0,160 L-70,280 L0,240 L70,280 Z", fill: hsl(20, 90, 58) })
        body += el("ellipse", { cx: -80, cy: -40, rx: 50, ry: 24, fill: hsl(20, 90, 60), transform: "rotate(-30 -80 -40)" })
        body += el("ellipse", { cx: 80, cy: -40, rx: 50, ry: 24, fill: hsl(20, 90, 60), transform: "rotate(30 80 -40)" })
        body += el("path", { d: "M-40,-120 C20,-150 60,-60 20,-20 C-20,10 -60,-60 -40,-120 Z", fill: hsl(18, 90, 55) })
        body += el("ellipse", { cx: 10, cy: 60, rx: 36, ry: 50, fill: hsl(18, 90, 55) })
        fish += el("g", { transform: `translate(${x} ${y}) rotate(${round(angle)})` }, body)
      }
      scene += fish
      scene += leaf(1150, 1250, 220, 120, -20, hsl(120, 40, 40), hsl(120, 30, 60))
      return disc(kit, scene)
    },
  }
}

function landscape(): Motif {
  return {
    backdropHue: 160, pattern: "leaves", focus: [900, 900],
    draw: (kit) => {
      const { rng, defs } = kit
      const sky = defs.linear([[0, hsl(200, 65, 86)], [1, hsl(40, 70, 90)]])
      let scene = el("rect", { x: 0, y: 0, width: size, height: size, fill: sky })
      scene += el("circle", { cx: between(rng, 1000, 1150), cy: 480, r: 90, fill: hsl(40, 95, 68) })
      scene += el("path", { d: "M200,980 L560,520 L820,880 L1060,600 L1420,980 Z", fill: hsl(160, 25, 62) })
      scene += el("path", { d: "M200,1060 L460,760 L700,1000 L980,720 L1400,1060 Z", fill: hsl(150, 35, 48) })
      for (let terrace = 0; terrace < 5; terrace++) {
        const y = 1060 + terrace * 70
        scene += el("path", { d: `M200,${y} Q800,${y - 50} 1400,${y} V${y + 70} H200 Z`, fill: hsl(90 - terrace * 4, 45, 56 - terrace * 3) })
      }
      scene += el("path", { d: "M700,1500 C760,1300 900,1240 1100,1100", stroke: hsl(195, 60, 72), "stroke-width": 50, fill: "none" })
      const house = "M520,980 L760,980 L760,1080 L520,1080 Z"
      scene += el("path", { d: house, fill: hsl(30, 45, 50) })
      scene += el("path", { d: "M480,990 L560,900 L720,900 L800,990 Z", fill: hsl(25, 40, 32) })
      for (const x of [540, 600, 680, 740]) scene += el("rect", { x, y: 1080, width: 14, height: 90, fill: hsl(28, 40, 35) })
      scene += el("rect", { x: 610, y: 1010, width: 60, height: 70, fill: hsl(30, 35, 30) })
      return disc(kit, scene)
    },
  }
}

function preserves(): Motif {
  return {
    backdropHue: 20, pattern: "rings", focus: [800, 900],
    draw: (kit) => {
      const { rng, defs } = kit
      const contents = defs.linear([[0, hsl(20, 85, 58)], [1, hsl(10, 80, 40)]])
      const jar = "M580,640 L1020,640 L1040,1160 Q1040,1250 950,1250 L650,1250 Q560,1250 560,1160 Z"
      let out = shadow(kit, centre, 1255, 360)
      out += el("path", { d: jar, fill: contents })
      out += el("path", { d: jar, fill: "none", stroke: "#ffffff", "stroke-width": 8, opacity: 0.7 })
      out += highlight(600, 700, 30, 460, 0.35)
      out += el("rect", { x: 560, y: 560, width: 480, height: 100, rx: 24, fill: hsl(40, 50, 60) })
      for (let slice = 0; slice < 3; slice++) {
        const x = 1180 + slice * 60 + between(rng, -10, 10)
        const y = 1150 + (slice % 2) * 60
        out += el("circle", { cx: x, cy: y, r: 70, fill: hsl(30, 90, 55) }) + el("circle", { cx: x, cy: y, r: 56, fill: hsl(38, 90, 75) })
      }
      return out
    },
  }
}

/**
 * The motif for a product set. Within a set that mixes very different products (set 2 holds pork,
 * chicken and eggs) the seed, normally the product's handle, refines it by the words it contains.
 */
function motifFor(productSetNumber: number, seed: string, rng: Rng): Motif {
  const words = new Set(seed.toLowerCase().split(/[^a-z0-9]+/))
  const has = (...candidates: string[]) => candidates.some((word) => words.has(word))
  switch (productSetNumber) {
    case 1:
      return fruit(has("buoi") ? "pomelo" : has("oi") ? "guava" : has("cam") ? "orange" : pick(rng, ["orange", "pomelo", "guava"] as const))
    case 2:
      if (has("trung")) return eggs(has("vit"))
      if (has("ga")) return hen()
      return pork(has("dong") && has("lanh"))
    case 3: return riceBowl()
    case 4: return honey()
    case 5: return noodleBowl()
    case 6:
      if (has("cu") && has("do")) return cuDo()
      if (has("nhan")) return longanCakes()
      return roundCakes(has("deo"))
    case 7: return has("mien", "bun", "pho") ? noodles() : preserves()
    case 8: return porkRoll()
    case 9: return has("tom") ? shrimpPaste() : fishSauce()
    case 10: return salt()
    case 11: return tea(80, 52)
    case 12: return tea(has("gung") ? 30 : has("giao") ? 70 : 42, 48)
    case 13: return coffee()
    case 14: return riceWine()
    case 15: return apricotWine()
    case 16: return drink(true)
    case 17: return drink(false)
    case 18: return has("nhung", "huou") ? antler() : tea(20, 40)
    case 19: return cosmetics()
    case 20: return herbs()
    case 21: return basket()
    case 22: return textile()
    case 23: return lotus()
    case 24: return bonsai()
    case 25: return koi()
    case 26: return landscape()
    default:
      throw new Error(`Product set must be 1–26 (Decision 148/QĐ-TTg), got ${productSetNumber}`)
  }
}

function patternLayer(kit: Kit, pattern: Pattern, colour: string, scale: number): string {
  const { rng } = kit
  const step = 110 * scale
  let out = ""
  for (let row = -1; row * step < size + step; row++) {
    for (let column = -1; column * step < size + step; column++) {
      const x = column * step + (row % 2 ? step / 2 : 0)
      const y = row * step
      switch (pattern) {
        case "dots": out += el("circle", { cx: x, cy: y, r: 9 * scale, fill: colour }); break
        case "hexagons": out += el("path", { d: hexagonPath(x, y, step * 0.52), fill: "none", stroke: colour, "stroke-width": 5 * scale }); break
        case "rings": out += el("circle", { cx: x, cy: y, r: 22 * scale, fill: "none", stroke: colour, "stroke-width": 5 * scale }); break
        case "crystals": out += el("rect", { x, y, width: 18 * scale, height: 18 * scale, fill: colour, transform: `rotate(45 ${round(x)} ${round(y)})` }); break
        case "grains": out += el("ellipse", { cx: x, cy: y, rx: 16 * scale, ry: 8 * scale, fill: colour, transform: `rotate(${row % 2 ? 35 : -35} ${round(x)} ${round(y)})` }); break
        case "leaves": out += leaf(x, y, 60 * scale, 18 * scale, between(rng, -60, 60), colour, colour); break
        case "weave": break
        case "waves": break
      }
    }
  }
  if (pattern === "weave") {
    for (let offset = -size; offset < size * 2; offset += step * 0.6) {
      out += el("line", { x1: offset, y1: 0, x2: offset + size, y2: size, stroke: colour, "stroke-width": 4 * scale })
      out += el("line", { x1: offset, y1: size, x2: offset + size, y2: 0, stroke: colour, "stroke-width": 4 * scale })
    }
  }
  if (pattern === "waves") {
    for (let y = 0; y < size + step; y += step * 0.7) {
      let d = `M-100,${round(y)}`
      for (let x = -100; x < size + 100; x += 120 * scale) d += ` q${round(30 * scale)},${round(-22 * scale)} ${round(60 * scale)},0 t${round(60 * scale)},0`
      out += el("path", { d, fill: "none", stroke: colour, "stroke-width": 5 * scale })
    }
  }
  return out
}

export function illustrationSvg(input: { productSetNumber: number; seed: string; view: IllustrationView }): string {
  const { productSetNumber, seed, view } = input
  const rng = mulberry32(hashText(`${productSetNumber}|${seed}|${view}`))
  const motif = motifFor(productSetNumber, seed, mulberry32(hashText(seed)))
  const defs = new Defs()
  const kit: Kit = { defs, rng }

  const hue = motif.backdropHue + between(rng, -10, 10)
  const background = defs.linear([[0, hsl(hue, 55, 97)], [1, hsl(hue + 12, 45, 91)]], 0, 0, 1, 1)
  const backdropFill = defs.radial([[0, hsl(hue, 60, 93)], [0.75, hsl(hue, 50, 88)], [1, hsl(hue, 45, 84)]])
  const patternScale = view === "detail" ? 1.8 : between(rng, 0.9, 1.15)
  const pattern = el("g", { opacity: 0.5 }, patternLayer(kit, motif.pattern, hsl(hue, 40, 84), patternScale))

  const subject = el("circle", { cx: centre, cy: centre, r: 560, fill: backdropFill }) + motif.draw(kit)
  let composed: string
  if (view === "hero") {
    composed = el("g", { transform: `translate(${round(between(rng, -20, 20))} ${round(between(rng, -10, 10))})` }, subject)
  } else {
    // The detail view is a close crop of the same composition around the motif's focus.
    const [focusX, focusY] = motif.focus
    const zoom = between(rng, 1.5, 1.75)
    composed = el("g", { transform: `translate(${centre} ${centre}) scale(${round(zoom * 100) / 100}) translate(${round(-focusX + between(rng, -40, 40))} ${round(-focusY + between(rng, -40, 40))})` }, subject)
  }

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">` +
    defs.toString() +
    el("rect", { x: 0, y: 0, width: size, height: size, fill: background }) +
    pattern +
    composed +
    `</svg>`
  )
}

/** Drawn on a 1600 canvas, rasterised at the photo pipeline's largest width: more pixels would be thrown away. */
export const ILLUSTRATION_PIXELS = Math.max(...PHOTO_WIDTHS)

export async function renderIllustrationPng(svg: string): Promise<Buffer> {
  // Light compression: the PNG only carries the pixels to the photo pipeline, which re-encodes them.
  return sharp(Buffer.from(svg), { density: (72 * ILLUSTRATION_PIXELS) / size })
    .png({ compressionLevel: 1 })
    .toBuffer()
}

// Be Vietnam Pro from the @fontsource package, served from our own origin (no font CDN).
// Two families split by Unicode range, like Fontsource's own CSS, so a Vietnamese page downloads
// only the Latin and Vietnamese files. Only the Vietnamese family has the metric-adjusted local
// fallback: it sits last in the stack, so any character whose file is still loading is drawn by
// that fallback, not by an unadjusted system font. Nothing is preloaded: with font-display swap the
// text paints at once in the fallback, and four preloaded fonts would take the phone's bandwidth
// from the photo that is the page's largest paint.
import localFont from "next/font/local";

export const beVietnamLatin = localFont({
  src: [
    { path: "../../../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-400-normal.woff2", weight: "400" },
    { path: "../../../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-700-normal.woff2", weight: "700" },
  ],
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD",
    },
  ],
  display: "swap",
  preload: false,
  adjustFontFallback: false,
  variable: "--font-latin",
});

export const beVietnamVietnamese = localFont({
  src: [
    { path: "../../../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-400-normal.woff2", weight: "400" },
    { path: "../../../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-700-normal.woff2", weight: "700" },
  ],
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0102-0103, U+0110-0111, U+0128-0129, U+0168-0169, U+01A0-01A1, U+01AF-01B0, U+0300-0301, U+0303-0304, U+0308-0309, U+0323, U+0329, U+1EA0-1EF9, U+20AB",
    },
  ],
  display: "swap",
  preload: false,
  adjustFontFallback: "Arial",
  variable: "--font-vietnamese",
});

export const fontVariables = `${beVietnamLatin.variable} ${beVietnamVietnamese.variable}`;

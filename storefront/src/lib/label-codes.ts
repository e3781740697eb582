// A batch label's two codes, drawn on the server as SVG: the pack's GTIN-13 as an EAN-13 barcode
// (what a till scans) and the batch's GS1 Digital Link as a QR code (what a phone opens).
import { toSVG } from "bwip-js/node";
import QRCode from "qrcode";

/** The EAN-13 barcode of a GTIN-13, with its digits under the bars. */
export function ean13Svg(gtin13: string): string {
  return toSVG({ bcid: "ean13", text: gtin13, includetext: true, textxalign: "center", height: 9, textsize: 9, paddingwidth: 8 });
}

/** A QR code of a URL; error correction M survives a scuffed label. */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: "svg", margin: 0, errorCorrectionLevel: "M" });
}

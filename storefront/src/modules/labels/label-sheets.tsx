// The label sheets as printed: a toolbar on screen, then A4 pages of 24 labels each.
import { useTranslations } from "next-intl";
import type { BatchLabel as BatchLabelData } from "@/lib/batch-labels";
import { BatchLabel } from "./batch-label";
import styles from "./labels.module.css";
import { PrintButton } from "./print-button";

/** The sheets' numbers, 0 … sheets − 1: a sheet's identity is its place in the print. */
const sheetNumbers = (sheets: number) => Array.from({ length: sheets }, (_, sheet) => sheet);

/** The numbers of the labels on a sheet, counted over the whole print. */
const labelNumbers = (sheet: number, perSheet: number, count: number) =>
  Array.from({ length: Math.min(perSheet, count - sheet * perSheet) }, (_, index) => sheet * perSheet + index);

type LabelSheetsProps = { label: BatchLabelData; count: number; perSheet: number; barcodeSvg: string; qrSvg: string };

export function LabelSheets({ label, count, perSheet, barcodeSvg, qrSvg }: LabelSheetsProps) {
  const t = useTranslations("Labels");
  const sheets = Math.ceil(count / perSheet);
  return (
    <div className={styles.printRoot}>
      <div className={styles.toolbar}>
        <div>
          <h1>{t("title", { lot: label.lotCode })}</h1>
          <p className={styles.toolbarText}>{t("intro", { count, sheets })}</p>
        </div>
        <PrintButton>{t("print")}</PrintButton>
      </div>
      <div className={styles.sheets}>
        {sheetNumbers(sheets).map((sheet) => (
          <section key={sheet} className={styles.sheet}>
            {labelNumbers(sheet, perSheet, count).map((number) => (
              <BatchLabel key={number} label={label} barcodeSvg={barcodeSvg} qrSvg={qrSvg} />
            ))}
          </section>
        ))}
      </div>
    </div>
  );
}

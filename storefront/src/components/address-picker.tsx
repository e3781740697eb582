"use client";
// The one address picker: province, then a commune or ward of that province (the 2025 units), then
// the street. Used by checkout and by the account's saved addresses. Without JavaScript, a button
// submits the form so the server renders the communes of the chosen province.
import type { Commune } from "@ocop/domain/admin-units";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { MAX_LENGTH } from "@/lib/form-rules";
import styles from "./address-picker.module.css";

export type AddressPickerValue = { provinceCode: string; communeCode: string; street: string };

/** Messages already in the buyer's language, by part of the address. */
export type AddressPickerErrors = Partial<Record<"province" | "commune" | "street", string>>;

export type AddressPickerProps = {
  /** The 34 provinces: codes and names only; communes come per province. */
  provinces: readonly { code: string; name: string }[];
  /** The communes of `value.provinceCode`, rendered by the server. */
  communes: readonly Commune[];
  value: AddressPickerValue;
  errors?: AddressPickerErrors;
  /** Prefix of the fields' ids: `${idPrefix}-province`, `-commune`, `-street`. */
  idPrefix: string;
  /** Form field names; the defaults are provinceCode, communeCode and street. */
  names?: { province: string; commune: string; street: string };
  /** Without JavaScript: the submit button's name and value that ask the server for the province's communes. */
  reloadIntent?: { name: string; value: string };
};

const DEFAULT_NAMES = { province: "provinceCode", commune: "communeCode", street: "street" };

export function AddressPicker({
  provinces,
  communes: initialCommunes,
  value,
  errors = {},
  idPrefix,
  names = DEFAULT_NAMES,
  reloadIntent,
}: AddressPickerProps) {
  const t = useTranslations("Address");
  const [provinceCode, setProvinceCode] = useState(value.provinceCode);
  const [communeCode, setCommuneCode] = useState(value.communeCode);
  const [street, setStreet] = useState(value.street);
  const [communes, setCommunes] = useState<readonly Commune[]>(initialCommunes);
  const [loading, setLoading] = useState<"idle" | "loading" | "failed">("idle");
  const request = useRef(0);

  // A re-render from the server (after a submit) brings its own values and communes.
  useEffect(() => {
    setProvinceCode(value.provinceCode);
    setCommuneCode(value.communeCode);
    setStreet(value.street);
    setCommunes(initialCommunes);
  }, [value.provinceCode, value.communeCode, value.street, initialCommunes]);

  async function loadCommunes(code: string) {
    const current = ++request.current;
    if (!code) {
      setCommunes([]);
      return;
    }
    setLoading("loading");
    try {
      const response = await fetch(`/api/address/communes?province=${encodeURIComponent(code)}`);
      if (!response.ok) throw new Error(String(response.status));
      const body = (await response.json()) as { communes: Commune[] };
      if (current !== request.current) return;
      setCommunes(body.communes);
      setLoading("idle");
    } catch {
      if (current === request.current) setLoading("failed");
    }
  }

  const ids = { province: `${idPrefix}-province`, commune: `${idPrefix}-commune`, street: `${idPrefix}-street` };
  const describedBy = (part: keyof typeof ids) => (errors[part] ? `${ids[part]}-error` : undefined);
  const communesReady = provinceCode !== "" && loading === "idle";

  return (
    <div className={styles.picker}>
      <div className={styles.field}>
        <label htmlFor={ids.province}>{t("province")}</label>
        <select
          className="field-input"
          id={ids.province}
          name={names.province}
          value={provinceCode}
          onChange={(event) => {
            setProvinceCode(event.target.value);
            setCommuneCode("");
            loadCommunes(event.target.value);
          }}
          aria-invalid={errors.province ? true : undefined}
          aria-describedby={describedBy("province")}
          autoComplete="address-level1"
          required
        >
          <option value="">{t("chooseProvince")}</option>
          {provinces.map((province) => (
            <option key={province.code} value={province.code}>
              {province.name}
            </option>
          ))}
        </select>
        {errors.province && (
          <p id={`${ids.province}-error`} className="field-error">
            {errors.province}
          </p>
        )}
        {reloadIntent && (
          <noscript>
            <button type="submit" name={reloadIntent.name} value={reloadIntent.value} formNoValidate className="button-secondary">
              {t("showCommunes")}
            </button>
          </noscript>
        )}
      </div>

      <div className={styles.field}>
        <label htmlFor={ids.commune}>{t("commune")}</label>
        <select
          className="field-input"
          id={ids.commune}
          name={names.commune}
          value={communesReady ? communeCode : ""}
          onChange={(event) => setCommuneCode(event.target.value)}
          disabled={!communesReady}
          aria-invalid={errors.commune ? true : undefined}
          aria-describedby={describedBy("commune") ?? `${ids.commune}-hint`}
          autoComplete="address-level2"
          required
        >
          <option value="">
            {loading === "loading" ? t("loadingCommunes") : provinceCode ? t("chooseCommune") : t("provinceFirst")}
          </option>
          {communesReady &&
            communes.map((commune) => (
              <option key={commune.code} value={commune.code}>
                {commune.name}
              </option>
            ))}
        </select>
        {errors.commune ? (
          <p id={`${ids.commune}-error`} className="field-error">
            {errors.commune}
          </p>
        ) : (
          <p id={`${ids.commune}-hint`} className="field-hint">
            {loading === "failed" ? (
              <>
                {t("communesFailed")}{" "}
                <button type="button" className={`button-secondary ${styles.retry}`} onClick={() => loadCommunes(provinceCode)}>
                  {t("retry")}
                </button>
              </>
            ) : (
              t("communeHint")
            )}
          </p>
        )}
      </div>

      <div className={styles.field}>
        <label htmlFor={ids.street}>{t("street")}</label>
        <input
          className="field-input"
          id={ids.street}
          name={names.street}
          value={street}
          onChange={(event) => setStreet(event.target.value)}
          aria-invalid={errors.street ? true : undefined}
          aria-describedby={describedBy("street") ?? `${ids.street}-hint`}
          autoComplete="address-line1"
          maxLength={MAX_LENGTH.street}
          required
        />
        {errors.street ? (
          <p id={`${ids.street}-error`} className="field-error">
            {errors.street}
          </p>
        ) : (
          <p id={`${ids.street}-hint`} className="field-hint">
            {t("streetHint")}
          </p>
        )}
      </div>
    </div>
  );
}

/** The Admin's one province → commune picker (2025 units), shared by the Showrooms and Fairs pages. */
import { Label, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { adminApi } from "./admin-api"

export type Unit = { code: string; name: string }

/** A native select in the Admin's look: short lists of units are quicker to pick from than to search. */
export const SELECT_CLASS =
  "bg-ui-bg-field shadow-borders-base txt-compact-small text-ui-fg-base h-8 rounded-md px-2 outline-none focus-visible:shadow-borders-interactive-with-active disabled:text-ui-fg-disabled"

type Units = { province_code: string; commune_code: string }

/** A 2025 province, then one of its communes or wards, read from the server's units: a showroom's or a fair's place, `initial` when it has one. */
export function UnitPicker({ idPrefix, initial, onChange }: { idPrefix: string; initial?: Units; onChange: (units: Units) => void }) {
  const [provinces, setProvinces] = useState<Unit[]>([])
  const [communes, setCommunes] = useState<Unit[]>([])
  const [provinceCode, setProvinceCode] = useState(initial?.province_code ?? "")
  const [communeCode, setCommuneCode] = useState(initial?.commune_code ?? "")
  useEffect(() => {
    adminApi<{ provinces: Unit[] }>("/admin/admin-units").then(({ provinces }) => setProvinces(provinces), (error: Error) => toast.error(error.message))
  }, [])
  useEffect(() => {
    setCommunes([])
    if (!provinceCode) return
    // The place's own commune (when editing) stays once its province's communes are read, if it is one of them.
    adminApi<{ communes: Unit[] }>(`/admin/admin-units/${provinceCode}`).then(
      ({ communes }) => {
        setCommunes(communes)
        setCommuneCode((current) => (communes.some((commune) => commune.code === current) ? current : ""))
      },
      (error: Error) => toast.error(error.message),
    )
  }, [provinceCode])
  useEffect(() => onChange({ province_code: provinceCode, commune_code: communeCode }), [provinceCode, communeCode, onChange])
  return (
    <>
      <div className="flex flex-col gap-1">
        <Label htmlFor={`${idPrefix}-province`} size="xsmall">
          Province (since 2025-07-01)
        </Label>
        <select
          id={`${idPrefix}-province`}
          className={SELECT_CLASS}
          value={provinceCode}
          onChange={(event) => {
            setProvinceCode(event.target.value)
            setCommuneCode("")
          }}
        >
          <option value="">Choose the province</option>
          {provinces.map((province) => (
            <option key={province.code} value={province.code}>
              {province.name}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor={`${idPrefix}-commune`} size="xsmall">
          Commune or ward
        </Label>
        <select id={`${idPrefix}-commune`} className={SELECT_CLASS} value={communeCode} disabled={!provinceCode} onChange={(event) => setCommuneCode(event.target.value)}>
          <option value="">{provinceCode ? "Choose the commune or ward" : "Choose the province first"}</option>
          {communes.map((commune) => (
            <option key={commune.code} value={commune.code}>
              {commune.name}
            </option>
          ))}
        </select>
      </div>
    </>
  )
}

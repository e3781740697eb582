import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Button, Checkbox, Container, Heading, Label, Text, Textarea, toast } from "@medusajs/ui"
import { type FormEvent, useEffect, useState } from "react"
import { adminApi, uploadPhoto } from "../../lib/admin-api"
import { PageIntro, useAdminRead } from "../../lib/admin-page"
import { SELECT_CLASS, type Unit } from "../../lib/unit-picker"

type Pavilion = {
  province_code: string
  banner: { renditions: { width: number; format: string; url: string }[] } | null
  banner_url: string | null
  introduction: string | null
  introduction_en: string | null
  producers: { id: string }[]
  products: { id: string }[]
}

type Candidate = { id: string; name: string; products: { id: string; title: string }[] }

function toggled(ids: string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id]
}

/** One province's curation: banner, introduction in both languages, the producers and products shown first. */
function CuratePavilion({ provinceCode, provinceName }: { provinceCode: string; provinceName: string }) {
  const { data, problem, reload } = useAdminRead<{ pavilion: Pavilion; candidates: Candidate[] }>(`/admin/pavilions/${provinceCode}`)
  const [introduction, setIntroduction] = useState("")
  const [introductionEn, setIntroductionEn] = useState("")
  const [producerIds, setProducerIds] = useState<string[]>([])
  const [productIds, setProductIds] = useState<string[]>([])
  const [banner, setBanner] = useState<File | null>(null)
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    if (!data) return
    setIntroduction(data.pavilion.introduction ?? "")
    setIntroductionEn(data.pavilion.introduction_en ?? "")
    setProducerIds(data.pavilion.producers.map((producer) => producer.id))
    setProductIds(data.pavilion.products.map((product) => product.id))
  }, [data])
  const save = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    try {
      const banner_url = banner ? await uploadPhoto(banner) : undefined
      await adminApi(`/admin/pavilions/${provinceCode}`, {
        method: "POST",
        body: { banner_url, introduction: introduction.trim() || null, introduction_en: introductionEn.trim() || null, producer_ids: producerIds, product_ids: productIds },
      })
      toast.success(`${provinceName}'s pavilion is saved; the shop shows it within a minute.`)
      setBanner(null)
      await reload()
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }
  const preview = data?.pavilion.banner?.renditions.find((rendition) => rendition.format === "webp" && rendition.width === 640)
  return (
    <form onSubmit={save} className="flex flex-col gap-3 px-6 py-4" aria-label={`Pavilion of ${provinceName}`}>
      {problem && <Text className="text-ui-fg-error">{problem}</Text>}
      <div className="flex flex-col gap-1">
        <Label htmlFor="pavilion-banner" size="xsmall">
          Banner (a wide photo, JPEG, PNG, WebP or AVIF)
        </Label>
        {preview && <img src={preview.url} alt={`Banner of ${provinceName}`} className="max-h-32 w-auto rounded-md object-cover" />}
        <input id="pavilion-banner" type="file" accept="image/*" onChange={(event) => setBanner(event.target.files?.[0] ?? null)} />
      </div>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <div className="flex flex-col gap-1">
          <Label htmlFor="pavilion-introduction" size="xsmall">
            Introduction (Vietnamese)
          </Label>
          <Textarea id="pavilion-introduction" rows={4} value={introduction} onChange={(event) => setIntroduction(event.target.value)} />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="pavilion-introduction_en" size="xsmall">
            Introduction (English)
          </Label>
          <Textarea id="pavilion-introduction_en" rows={4} value={introductionEn} onChange={(event) => setIntroductionEn(event.target.value)} />
        </div>
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="txt-compact-xsmall-plus mb-1">Featured producers and products (shown first)</legend>
        {data && data.candidates.length === 0 && <Text size="small">The province has no approved producers yet.</Text>}
        {data?.candidates.map((producer) => (
          <div key={producer.id} className="rounded-md border p-2">
            <div className="flex items-center gap-2">
              <Checkbox id={`pavilion-producer-${producer.id}`} checked={producerIds.includes(producer.id)} onCheckedChange={() => setProducerIds((ids) => toggled(ids, producer.id))} />
              <Label htmlFor={`pavilion-producer-${producer.id}`} size="small" weight="plus">
                {producer.name}
              </Label>
            </div>
            <div className="ml-6 mt-1 flex flex-wrap gap-x-4 gap-y-1">
              {producer.products.map((product) => (
                <div key={product.id} className="flex items-center gap-2">
                  <Checkbox id={`pavilion-product-${product.id}`} checked={productIds.includes(product.id)} onCheckedChange={() => setProductIds((ids) => toggled(ids, product.id))} />
                  <Label htmlFor={`pavilion-product-${product.id}`} size="small">
                    {product.title}
                  </Label>
                </div>
              ))}
            </div>
          </div>
        ))}
      </fieldset>
      <div>
        <Button size="small" type="submit" isLoading={busy} disabled={!data}>
          Save pavilion
        </Button>
      </div>
    </form>
  )
}

const PavilionsPage = () => {
  const { data, problem } = useAdminRead<{ provinces: Unit[] }>("/admin/admin-units")
  const [provinceCode, setProvinceCode] = useState("")
  const province = data?.provinces.find((unit) => unit.code === provinceCode)
  return (
    <Container className="divide-y p-0">
      <PageIntro title="Province pavilions" problem={problem}>
        Each of the 34 provinces has a pavilion on the shop (/gian-hang-tinh/…). Curate one: a banner, an introduction, and the producers and
        products it shows first. A pavilion left as it is lists its products and producers as before.
      </PageIntro>
      <div className="flex flex-col gap-1 px-6 py-4">
        <Label htmlFor="pavilion-province" size="xsmall">
          Province (since 2025-07-01)
        </Label>
        <select id="pavilion-province" className={SELECT_CLASS} value={provinceCode} onChange={(event) => setProvinceCode(event.target.value)}>
          <option value="">Choose the province</option>
          {data?.provinces.map((unit) => (
            <option key={unit.code} value={unit.code}>
              {unit.name}
            </option>
          ))}
        </select>
      </div>
      {province && (
        <div>
          <Heading level="h2" className="px-6 pt-4">
            {province.name}
          </Heading>
          <CuratePavilion key={province.code} provinceCode={province.code} provinceName={province.name} />
        </div>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Pavilions", icon: BuildingStorefront })

export default PavilionsPage

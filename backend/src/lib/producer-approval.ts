/**
 * The store lists and sells only approved producers' products. A pending or suspended producer's
 * products stay in the catalogue for the Admin, but the store API, carts, orders and the search
 * index leave them out: this is the one question they all ask.
 */
import type { RemoteQueryFunction } from "@medusajs/framework/types"

/** The products (id and publication status) of every producer who is not approved. */
export async function productsOfUnapprovedProducers(query: Pick<RemoteQueryFunction, "graph">): Promise<{ id: string; status: string }[]> {
  const { data } = await query.graph({
    entity: "producer",
    fields: ["products.id", "products.status"],
    filters: { status: { $ne: "approved" } },
  })
  return (data as { products?: ({ id: string; status: string } | null)[] | null }[]).flatMap((producer) =>
    (producer.products ?? []).flatMap((product) => (product ? [{ id: product.id, status: product.status }] : [])),
  )
}

import { model } from "@medusajs/framework/utils"

/**
 * The Postgres copy of one search document, which answers the storefront's search when
 * Meilisearch cannot: the columns it filters, sorts and counts by, and each pass's words folded
 * as `@ocop/domain/search-query` folds them (lower case, no diacritics, đ as d), space-separated
 * and space-wrapped so that a whole word is `LIKE '% word %'`.
 */
const StoredSearchDocument = model
  .define({ name: "stored_search_document", tableName: "product_search_document" }, {
    // The product's id, as in the Meilisearch index.
    id: model.text().primaryKey(),
    document: model.json(),
    name_words: model.text(),
    kind_words: model.text(),
    text_words: model.text(),
    sales_channel_ids: model.json(),
    star_rating: model.number().nullable(),
    certificate_valid_until: model.dateTime().nullable(),
    province_code: model.text(),
    province: model.text().nullable(),
    industry_code: model.text().nullable(),
    industry: model.text().nullable(),
    product_set_number: model.number().nullable(),
    product_set: model.text().nullable(),
    producer_handle: model.text(),
    // Whole đồng: an integer column holds up to 2.1 billion ₫, far above any OCOP product.
    price_vnd: model.number().nullable(),
    in_stock: model.boolean(),
    product_created_at: model.dateTime(),
  })
  .indexes([{ on: ["province_code"] }, { on: ["producer_handle"] }, { on: ["star_rating"] }])

export default StoredSearchDocument

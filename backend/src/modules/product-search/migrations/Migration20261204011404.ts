import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204011404 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "product_search_document" ("id" text not null, "document" jsonb not null, "name_words" text not null, "kind_words" text not null, "text_words" text not null, "sales_channel_ids" jsonb not null, "star_rating" integer null, "certificate_valid_until" timestamptz null, "province_code" text not null, "province" text null, "industry_code" text null, "industry" text null, "product_set_number" integer null, "product_set" text null, "producer_handle" text not null, "price_vnd" integer null, "in_stock" boolean not null, "product_created_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_search_document_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_search_document_deleted_at" ON "product_search_document" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_search_document_province_code" ON "product_search_document" ("province_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_search_document_producer_handle" ON "product_search_document" ("producer_handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_search_document_star_rating" ON "product_search_document" ("star_rating") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "product_search_document" cascade;`);
  }

}

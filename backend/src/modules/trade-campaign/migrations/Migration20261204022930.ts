import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204022930 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "trade_campaign_buyer" drop constraint if exists "trade_campaign_buyer_campaign_id_customer_id_unique";`);
    this.addSql(`alter table if exists "trade_campaign" drop constraint if exists "trade_campaign_handle_unique";`);
    this.addSql(`create table if not exists "trade_campaign" ("id" text not null, "handle" text not null, "name_vi" text not null, "name_en" text not null, "summary_vi" text null, "summary_en" text null, "banner" jsonb null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "province_code" text null, "industry_code" text null, "star_rating" integer null, "product_ids" text[] not null, "discount_type" text check ("discount_type" in ('percentage', 'fixed')) null, "discount_value" integer null, "per_buyer_limit" integer null, "budget" integer null, "budget_spent" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trade_campaign_pkey" primary key ("id"), constraint trade_campaign_ends_after_start check (ends_at > starts_at));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trade_campaign_deleted_at" ON "trade_campaign" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trade_campaign_handle_unique" ON "trade_campaign" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trade_campaign_starts_at_ends_at" ON "trade_campaign" ("starts_at", "ends_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "trade_campaign_buyer" ("id" text not null, "campaign_id" text not null, "customer_id" text not null, "orders" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trade_campaign_buyer_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trade_campaign_buyer_deleted_at" ON "trade_campaign_buyer" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trade_campaign_buyer_campaign_id_customer_id_unique" ON "trade_campaign_buyer" ("campaign_id", "customer_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "trade_campaign" cascade;`);

    this.addSql(`drop table if exists "trade_campaign_buyer" cascade;`);
  }

}

import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202210756 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "product_batch_scan" drop constraint if exists "product_batch_scan_scan_key_unique";`);
    this.addSql(`alter table if exists "product_batch" drop constraint if exists "product_batch_variant_id_lot_code_unique";`);
    this.addSql(`create table if not exists "product_batch" ("id" text not null, "producer_id" text not null, "product_id" text not null, "variant_id" text not null, "lot_code" text not null, "quantity" integer not null, "produced_on" text not null, "best_before" text not null, "scan_count" integer not null default 0, "last_scanned_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_batch_pkey" primary key ("id"), constraint product_batch_quantity_positive check (quantity > 0), constraint product_batch_best_before_after_production check (best_before > produced_on));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_batch_deleted_at" ON "product_batch" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_batch_variant_id_lot_code_unique" ON "product_batch" ("variant_id", "lot_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_batch_product_id" ON "product_batch" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_batch_producer_id" ON "product_batch" ("producer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "product_batch_scan" ("id" text not null, "batch_id" text not null, "scan_key" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_batch_scan_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_batch_scan_deleted_at" ON "product_batch_scan" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_batch_scan_scan_key_unique" ON "product_batch_scan" ("scan_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_batch_scan_batch_id" ON "product_batch_scan" ("batch_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "product_batch" cascade;`);

    this.addSql(`drop table if exists "product_batch_scan" cascade;`);
  }

}

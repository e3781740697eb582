import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204011333 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ledger_entry" add column if not exists "product_id" text null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_occurred_at" ON "ledger_entry" ("occurred_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_ledger_entry_occurred_at";`);
    this.addSql(`alter table if exists "ledger_entry" drop column if exists "product_id";`);
  }

}

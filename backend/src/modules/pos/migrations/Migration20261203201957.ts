import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203201957 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index if exists "IDX_pos_sale_line_producer_id_settled_at";`);
    this.addSql(`alter table if exists "pos_sale_line" drop column if exists "settled_at";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "pos_sale_line" add column if not exists "settled_at" timestamptz null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pos_sale_line_producer_id_settled_at" ON "pos_sale_line" ("producer_id", "settled_at") WHERE deleted_at IS NULL;`);
  }

}

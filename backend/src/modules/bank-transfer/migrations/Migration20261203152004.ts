import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203152004 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "bank_transfer" add column if not exists "pos_sale_id" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "bank_transfer" drop column if exists "pos_sale_id";`);
  }

}

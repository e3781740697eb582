import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203160457 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "pos_sale" add column if not exists "sold_offline_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "pos_sale" drop column if exists "sold_offline_at";`);
  }

}

import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204011542 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "trade_campaign" alter column "product_ids" type text[] using ("product_ids"::text[]);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "trade_campaign" alter column "product_ids" type jsonb using ("product_ids"::jsonb);`);
  }

}

import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203101500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "product_review" add column if not exists "photo" jsonb null, add column if not exists "photo_file_ids" text[] null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "product_review" drop column if exists "photo", drop column if exists "photo_file_ids";`);
  }

}

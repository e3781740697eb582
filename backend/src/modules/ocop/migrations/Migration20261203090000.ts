import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203090000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_certificate" add column if not exists "document_url" text null, add column if not exists "document_file_id" text null, add column if not exists "submitted_by_producer_id" text null, add column if not exists "expiry_warned_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ocop_certificate" drop column if exists "document_url", drop column if exists "document_file_id", drop column if exists "submitted_by_producer_id", drop column if exists "expiry_warned_at";`);
  }

}

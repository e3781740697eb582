import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203093219 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "photo_upload" drop constraint if exists "photo_upload_url_unique";`);
    this.addSql(`create table if not exists "photo_upload" ("id" text not null, "url" text not null, "image_metadata" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "photo_upload_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_photo_upload_deleted_at" ON "photo_upload" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_photo_upload_url_unique" ON "photo_upload" ("url") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "photo_upload" cascade;`);
  }

}

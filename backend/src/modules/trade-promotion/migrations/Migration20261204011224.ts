import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204011224 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "pavilion" drop constraint if exists "pavilion_province_code_unique";`);
    this.addSql(`alter table if exists "fair" drop constraint if exists "fair_handle_unique";`);
    this.addSql(`create table if not exists "fair" ("id" text not null, "handle" text not null, "name" text not null, "name_en" text null, "description" text null, "description_en" text null, "starts_on" text not null, "ends_on" text not null, "province_code" text not null, "commune_code" text not null, "venue" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "fair_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fair_deleted_at" ON "fair" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_fair_handle_unique" ON "fair" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fair_ends_on" ON "fair" ("ends_on") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "pavilion" ("id" text not null, "province_code" text not null, "banner" jsonb null, "banner_url" text null, "introduction" text null, "introduction_en" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pavilion_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pavilion_deleted_at" ON "pavilion" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pavilion_province_code_unique" ON "pavilion" ("province_code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "video_link" ("id" text not null, "url" text not null, "platform" text check ("platform" in ('youtube', 'tiktok', 'facebook')) not null, "title" text not null, "kind" text check ("kind" in ('live', 'replay')) not null default 'replay', "starts_at" timestamptz null, "producer_id" text null, "fair_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "video_link_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_video_link_fair_id" ON "video_link" ("fair_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_video_link_deleted_at" ON "video_link" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "video_link" add constraint "video_link_fair_id_foreign" foreign key ("fair_id") references "fair" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "video_link" drop constraint if exists "video_link_fair_id_foreign";`);

    this.addSql(`drop table if exists "fair" cascade;`);

    this.addSql(`drop table if exists "pavilion" cascade;`);

    this.addSql(`drop table if exists "video_link" cascade;`);
  }

}

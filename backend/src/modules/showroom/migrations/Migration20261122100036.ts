import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122100036 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "showroom" drop constraint if exists "showroom_handle_unique";`);
    this.addSql(`create table if not exists "showroom" ("id" text not null, "handle" text not null, "name" text not null, "address_as_issued" text not null, "province_code" text not null, "commune_code" text null, "phone" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "showroom_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_showroom_handle_unique" ON "showroom" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_showroom_deleted_at" ON "showroom" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "showroom" cascade;`);
  }

}

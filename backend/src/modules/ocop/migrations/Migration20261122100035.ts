import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122100035 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_product_set" drop constraint if exists "ocop_product_set_handle_unique";`);
    this.addSql(`alter table if exists "ocop_product_set" drop constraint if exists "ocop_product_set_number_unique";`);
    this.addSql(`alter table if exists "ocop_industry" drop constraint if exists "ocop_industry_handle_unique";`);
    this.addSql(`alter table if exists "ocop_industry" drop constraint if exists "ocop_industry_code_unique";`);
    this.addSql(`create table if not exists "ocop_industry" ("id" text not null, "code" text not null, "handle" text not null, "name_vi" text not null, "name_en" text not null, "rank" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_industry_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_industry_code_unique" ON "ocop_industry" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_industry_handle_unique" ON "ocop_industry" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_industry_deleted_at" ON "ocop_industry" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_product_set" ("id" text not null, "number" integer not null, "handle" text not null, "name_vi" text not null, "name_en" text not null, "industry_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_product_set_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_product_set_number_unique" ON "ocop_product_set" ("number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_product_set_handle_unique" ON "ocop_product_set" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_product_set_industry_id" ON "ocop_product_set" ("industry_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_product_set_deleted_at" ON "ocop_product_set" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_certificate" ("id" text not null, "decision_number" text not null, "decision_date" timestamptz not null, "issuing_authority" text not null, "star_rating" integer not null, "total_score" integer not null, "score_a" integer null, "score_b" integer null, "score_c" integer null, "evaluation_kind" text check ("evaluation_kind" in ('new', 're_evaluation', 'upgrade')) not null default 'new', "criteria_decision" text not null default '148/QĐ-TTg', "valid_until" timestamptz not null, "verified" boolean not null default false, "is_sample" boolean not null default false, "product_set_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_certificate_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_product_set_id" ON "ocop_certificate" ("product_set_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_deleted_at" ON "ocop_certificate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_decision_number" ON "ocop_certificate" ("decision_number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_valid_until" ON "ocop_certificate" ("valid_until") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "ocop_product_set" add constraint "ocop_product_set_industry_id_foreign" foreign key ("industry_id") references "ocop_industry" ("id") on update cascade;`);

    this.addSql(`alter table if exists "ocop_certificate" add constraint "ocop_certificate_product_set_id_foreign" foreign key ("product_set_id") references "ocop_product_set" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ocop_product_set" drop constraint if exists "ocop_product_set_industry_id_foreign";`);

    this.addSql(`alter table if exists "ocop_certificate" drop constraint if exists "ocop_certificate_product_set_id_foreign";`);

    this.addSql(`drop table if exists "ocop_industry" cascade;`);

    this.addSql(`drop table if exists "ocop_product_set" cascade;`);

    this.addSql(`drop table if exists "ocop_certificate" cascade;`);
  }

}

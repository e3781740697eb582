import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203152003 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "pos_approval" drop constraint if exists "pos_approval_token_digest_unique";`);
    this.addSql(`create table if not exists "pos_approval" ("id" text not null, "showroom_id" text not null, "manager_id" text not null, "token_digest" text not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "sale_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pos_approval_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pos_approval_token_digest_unique" ON "pos_approval" ("token_digest") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pos_approval_deleted_at" ON "pos_approval" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pos_approval_showroom_id_manager_id" ON "pos_approval" ("showroom_id", "manager_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "pos_return" ("id" text not null, "shift_id" text not null, "staff_id" text not null, "reason" text not null, "amount" integer not null, "cash_movement_id" text null, "lines" jsonb not null, "sale_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pos_return_pkey" primary key ("id"), constraint pos_return_amount_not_negative check (amount >= 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pos_return_sale_id" ON "pos_return" ("sale_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pos_return_deleted_at" ON "pos_return" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "pos_return" add constraint "pos_return_sale_id_foreign" foreign key ("sale_id") references "pos_sale" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "pos_sale" add column if not exists "customer_id" text null;`);

    this.addSql(`alter table if exists "pos_sale_payment" add column if not exists "received_at" timestamptz null, add column if not exists "bank_transfer_id" text null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pos_sale_payment_reference" ON "pos_sale_payment" ("reference") WHERE reference IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`alter table if exists "pos_sale_line" add column if not exists "returned_quantity" integer not null default 0, add column if not exists "returned_amount" integer not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "pos_approval" cascade;`);

    this.addSql(`drop table if exists "pos_return" cascade;`);

    this.addSql(`alter table if exists "pos_sale" drop column if exists "customer_id";`);

    this.addSql(`drop index if exists "IDX_pos_sale_payment_reference";`);
    this.addSql(`alter table if exists "pos_sale_payment" drop column if exists "received_at", drop column if exists "bank_transfer_id";`);

    this.addSql(`alter table if exists "pos_sale_line" drop column if exists "returned_quantity", drop column if exists "returned_amount";`);
  }

}

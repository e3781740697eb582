import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203092640 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "pos_staff" drop constraint if exists "pos_staff_email_unique";`);
    this.addSql(`alter table if exists "pos_sale" drop constraint if exists "pos_sale_showroom_id_idempotency_key_unique";`);
    this.addSql(`alter table if exists "pos_shift" drop constraint if exists "pos_shift_showroom_id_till_unique";`);
    this.addSql(`create table if not exists "pos_shift" ("id" text not null, "showroom_id" text not null, "till" text not null, "status" text check ("status" in ('open', 'closed')) not null default 'open', "opening_float" integer not null, "opened_by" text not null, "opened_at" timestamptz not null, "closed_by" text null, "closed_at" timestamptz null, "counted_cash" integer null, "report" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pos_shift_pkey" primary key ("id"), constraint pos_shift_opening_float_not_negative check (opening_float >= 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pos_shift_deleted_at" ON "pos_shift" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pos_shift_showroom_id_till_unique" ON "pos_shift" ("showroom_id", "till") WHERE status = 'open' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pos_shift_showroom_id_opened_at" ON "pos_shift" ("showroom_id", "opened_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "pos_sale" ("id" text not null, "showroom_id" text not null, "idempotency_key" text not null, "request_digest" text not null, "status" text check ("status" in ('completed', 'awaiting_transfer', 'refunded')) not null, "staff_id" text not null, "approved_by" text null, "customer_phone" text null, "subtotal" integer not null, "order_discount" integer not null default 0, "order_discount_reason" text null, "discount_total" integer not null, "total" integer not null, "oversold" boolean not null default false, "refunded_at" timestamptz null, "refunded_by" text null, "refund_reason" text null, "shift_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pos_sale_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pos_sale_shift_id" ON "pos_sale" ("shift_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pos_sale_deleted_at" ON "pos_sale" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pos_sale_showroom_id_idempotency_key_unique" ON "pos_sale" ("showroom_id", "idempotency_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pos_sale_showroom_id_created_at" ON "pos_sale" ("showroom_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "pos_sale_payment" ("id" text not null, "method" text check ("method" in ('cash', 'vietqr')) not null, "amount" integer not null, "tendered" integer null, "change" integer null, "status" text check ("status" in ('captured', 'pending')) not null, "reference" text null, "sale_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pos_sale_payment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pos_sale_payment_sale_id" ON "pos_sale_payment" ("sale_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pos_sale_payment_deleted_at" ON "pos_sale_payment" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "pos_sale_line" ("id" text not null, "rank" integer not null default 0, "variant_id" text not null, "product_id" text not null, "producer_id" text not null, "producer_name" text not null, "title" text not null, "variant_title" text null, "gtin" text null, "quantity" integer not null, "unit_price" integer not null, "line_discount" integer not null default 0, "line_discount_reason" text null, "order_discount_share" integer not null default 0, "total" integer not null, "settled_at" timestamptz null, "refunded_at" timestamptz null, "sale_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pos_sale_line_pkey" primary key ("id"), constraint pos_sale_line_quantity_positive check (quantity > 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pos_sale_line_sale_id" ON "pos_sale_line" ("sale_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pos_sale_line_deleted_at" ON "pos_sale_line" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pos_sale_line_producer_id_settled_at" ON "pos_sale_line" ("producer_id", "settled_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "pos_cash_movement" ("id" text not null, "kind" text check ("kind" in ('in', 'out')) not null, "amount" integer not null, "reason" text not null, "staff_id" text not null, "shift_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pos_cash_movement_pkey" primary key ("id"), constraint pos_cash_movement_amount_positive check (amount > 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pos_cash_movement_shift_id" ON "pos_cash_movement" ("shift_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pos_cash_movement_deleted_at" ON "pos_cash_movement" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "pos_staff" ("id" text not null, "email" text not null, "name" text not null, "role" text check ("role" in ('cashier', 'manager')) not null, "showroom_id" text not null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pos_staff_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pos_staff_email_unique" ON "pos_staff" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pos_staff_deleted_at" ON "pos_staff" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pos_staff_showroom_id" ON "pos_staff" ("showroom_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "pos_sale" add constraint "pos_sale_shift_id_foreign" foreign key ("shift_id") references "pos_shift" ("id") on update cascade;`);

    this.addSql(`alter table if exists "pos_sale_payment" add constraint "pos_sale_payment_sale_id_foreign" foreign key ("sale_id") references "pos_sale" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "pos_sale_line" add constraint "pos_sale_line_sale_id_foreign" foreign key ("sale_id") references "pos_sale" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "pos_cash_movement" add constraint "pos_cash_movement_shift_id_foreign" foreign key ("shift_id") references "pos_shift" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "pos_sale" drop constraint if exists "pos_sale_shift_id_foreign";`);

    this.addSql(`alter table if exists "pos_cash_movement" drop constraint if exists "pos_cash_movement_shift_id_foreign";`);

    this.addSql(`alter table if exists "pos_sale_payment" drop constraint if exists "pos_sale_payment_sale_id_foreign";`);

    this.addSql(`alter table if exists "pos_sale_line" drop constraint if exists "pos_sale_line_sale_id_foreign";`);

    this.addSql(`drop table if exists "pos_shift" cascade;`);

    this.addSql(`drop table if exists "pos_sale" cascade;`);

    this.addSql(`drop table if exists "pos_sale_payment" cascade;`);

    this.addSql(`drop table if exists "pos_sale_line" cascade;`);

    this.addSql(`drop table if exists "pos_cash_movement" cascade;`);

    this.addSql(`drop table if exists "pos_staff" cascade;`);
  }

}

import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203191829 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_key_unique";`);
    this.addSql(`alter table if exists "commission_rate" drop constraint if exists "commission_rate_scope_scope_id_unique";`);
    this.addSql(`create table if not exists "commission_rate" ("id" text not null, "scope" text check ("scope" in ('default', 'industry', 'producer')) not null, "scope_id" text not null default '', "rate_bps" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commission_rate_pkey" primary key ("id"), constraint commission_rate_bps_range check (rate_bps >= 0 AND rate_bps <= 10000));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_rate_deleted_at" ON "commission_rate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_commission_rate_scope_scope_id_unique" ON "commission_rate" ("scope", "scope_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "settlement" ("id" text not null, "number" serial, "producer_id" text not null, "period_start" timestamptz not null, "period_end" timestamptz not null, "amount" integer not null, "bank_bin" text not null, "bank_account_number" text not null, "bank_account_name" text not null, "transfer_purpose" text not null, "vietqr_payload" text not null, "created_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "settlement_pkey" primary key ("id"), constraint settlement_amount_positive check (amount > 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_deleted_at" ON "settlement" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_producer_id_period_end" ON "settlement" ("producer_id", "period_end") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ledger_entry" ("id" text not null, "key" text not null, "producer_id" text not null, "kind" text check ("kind" in ('sale', 'refund')) not null, "channel" text check ("channel" in ('online', 'showroom')) not null, "order_id" text not null, "order_display_id" integer null, "line_id" text not null, "title" text not null, "quantity" integer not null, "gross" integer not null, "rate_bps" integer not null, "commission" integer not null, "net" integer not null, "occurred_at" timestamptz not null, "settlement_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ledger_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_settlement_id" ON "ledger_entry" ("settlement_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_deleted_at" ON "ledger_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ledger_entry_key_unique" ON "ledger_entry" ("key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_producer_id_occurred_at" ON "ledger_entry" ("producer_id", "occurred_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "ledger_entry" add constraint "ledger_entry_settlement_id_foreign" foreign key ("settlement_id") references "settlement" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_settlement_id_foreign";`);

    this.addSql(`drop table if exists "commission_rate" cascade;`);

    this.addSql(`drop table if exists "settlement" cascade;`);

    this.addSql(`drop table if exists "ledger_entry" cascade;`);
  }

}

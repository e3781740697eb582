import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201231512 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "bank_transfer" drop constraint if exists "bank_transfer_service_transaction_id_unique";`);
    this.addSql(`create table if not exists "bank_transfer" ("id" text not null, "service" text not null, "transaction_id" text not null, "amount" numeric not null, "description" text not null, "account_number" text null, "bank_reference" text null, "reference" text null, "received_at" timestamptz not null, "outcome" text check ("outcome" in ('paid', 'amount_mismatch', 'unknown_reference', 'already_paid', 'order_canceled')) not null, "order_id" text null, "payment_id" text null, "resolved_at" timestamptz null, "resolution" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bank_transfer_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_transfer_deleted_at" ON "bank_transfer" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bank_transfer_service_transaction_id_unique" ON "bank_transfer" ("service", "transaction_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_transfer_reference" ON "bank_transfer" ("reference") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_transfer_outcome" ON "bank_transfer" ("outcome") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "bank_transfer" cascade;`);
  }

}

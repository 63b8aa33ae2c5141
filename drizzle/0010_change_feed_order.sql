ALTER TABLE "audit_log" ADD COLUMN "tx" "xid8" DEFAULT pg_current_xact_id() NOT NULL;--> statement-breakpoint
CREATE INDEX "audit_log_tx_idx" ON "audit_log" USING btree ("tx");--> statement-breakpoint
CREATE INDEX "news_items_scheduled_idx" ON "news_items" USING btree ("publish_at") WHERE "news_items"."status" = 'scheduled';--> statement-breakpoint
CREATE INDEX "pages_scheduled_idx" ON "pages" USING btree ("publish_at") WHERE "pages"."status" = 'scheduled';
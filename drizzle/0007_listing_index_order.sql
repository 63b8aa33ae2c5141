DROP INDEX "news_items_public_order_idx";--> statement-breakpoint
DROP INDEX "news_items_type_order_idx";--> statement-breakpoint
CREATE INDEX "news_items_public_order_idx" ON "news_items" USING btree ("issued_on" DESC NULLS FIRST,"id" DESC NULLS FIRST,"published_at") WHERE "news_items"."published_at" is not null;--> statement-breakpoint
CREATE INDEX "news_items_type_order_idx" ON "news_items" USING btree ("type","issued_on" DESC NULLS FIRST,"id" DESC NULLS FIRST,"published_at") WHERE "news_items"."published_at" is not null;
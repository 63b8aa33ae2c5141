CREATE TABLE "news_listing_terms" (
	"kind" "taxonomy_kind" NOT NULL,
	"term_id" integer NOT NULL,
	"news_item_id" integer NOT NULL,
	"type" "news_type" NOT NULL,
	"issued_on" date NOT NULL,
	"published_at" timestamp with time zone,
	CONSTRAINT "news_listing_terms_kind_term_id_news_item_id_pk" PRIMARY KEY("kind","term_id","news_item_id")
);
--> statement-breakpoint
ALTER TABLE "news_listing_terms" ADD CONSTRAINT "news_listing_terms_news_item_id_news_items_id_fk" FOREIGN KEY ("news_item_id") REFERENCES "public"."news_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "news_listing_terms_order_idx" ON "news_listing_terms" USING btree ("kind","term_id","issued_on" DESC NULLS FIRST,"news_item_id" DESC NULLS FIRST,"published_at","type") WHERE "news_listing_terms"."published_at" is not null;--> statement-breakpoint
CREATE INDEX "news_listing_terms_type_order_idx" ON "news_listing_terms" USING btree ("kind","term_id","type","issued_on" DESC NULLS FIRST,"news_item_id" DESC NULLS FIRST,"published_at") WHERE "news_listing_terms"."published_at" is not null;--> statement-breakpoint
CREATE INDEX "news_listing_terms_item_idx" ON "news_listing_terms" USING btree ("news_item_id");
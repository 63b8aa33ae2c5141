CREATE TYPE "public"."country_group" AS ENUM('participating_state', 'asian_partner', 'mediterranean_partner');--> statement-breakpoint
CREATE TYPE "public"."news_type" AS ENUM('news_item', 'press_release', 'statement');--> statement-breakpoint
CREATE TYPE "public"."structure_kind" AS ENUM('chairpersonship', 'secretariat', 'secretariat_unit', 'institution', 'field_operation', 'closed_field_activity', 'parliamentary_body', 'court');--> statement-breakpoint
CREATE TYPE "public"."workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'scheduled', 'published', 'unpublished');--> statement-breakpoint
CREATE TABLE "countries" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "countries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"group" "country_group" NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "countries_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "fields_of_work" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "fields_of_work_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fields_of_work_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "meeting_series" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "meeting_series_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_series_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "news_item_countries" (
	"news_item_id" integer NOT NULL,
	"country_id" integer NOT NULL,
	CONSTRAINT "news_item_countries_news_item_id_country_id_pk" PRIMARY KEY("news_item_id","country_id")
);
--> statement-breakpoint
CREATE TABLE "news_item_fields" (
	"news_item_id" integer NOT NULL,
	"field_id" integer NOT NULL,
	CONSTRAINT "news_item_fields_news_item_id_field_id_pk" PRIMARY KEY("news_item_id","field_id")
);
--> statement-breakpoint
CREATE TABLE "news_item_structures" (
	"news_item_id" integer NOT NULL,
	"structure_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "news_item_structures_news_item_id_structure_id_pk" PRIMARY KEY("news_item_id","structure_id")
);
--> statement-breakpoint
CREATE TABLE "news_items" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "news_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"type" "news_type" DEFAULT 'news_item' NOT NULL,
	"title" text NOT NULL,
	"lead" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"issued_on" date NOT NULL,
	"status" "workflow_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', "news_items"."title"), 'A') || setweight(to_tsvector('english', "news_items"."lead"), 'B') || setweight(to_tsvector('english', "news_items"."body"), 'C')) STORED NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "news_items_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "news_revisions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "news_revisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"news_item_id" integer NOT NULL,
	"number" integer NOT NULL,
	"slug" text NOT NULL,
	"type" "news_type" NOT NULL,
	"title" text NOT NULL,
	"lead" text NOT NULL,
	"body" text NOT NULL,
	"issued_on" date NOT NULL,
	"structure_ids" integer[] DEFAULT '{}' NOT NULL,
	"field_ids" integer[] DEFAULT '{}' NOT NULL,
	"country_ids" integer[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "news_slug_redirects" (
	"slug" text PRIMARY KEY NOT NULL,
	"news_item_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pages" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "pages_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"parent_id" integer,
	"title" text NOT NULL,
	"lead" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"status" "workflow_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', "pages"."title"), 'A') || setweight(to_tsvector('english', "pages"."lead"), 'B') || setweight(to_tsvector('english', "pages"."body"), 'C')) STORED NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pages_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "structures" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "structures_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"kind" "structure_kind" NOT NULL,
	"parent_id" integer,
	"country_id" integer,
	"head_title" text,
	"description" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "structures_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "news_item_countries" ADD CONSTRAINT "news_item_countries_news_item_id_news_items_id_fk" FOREIGN KEY ("news_item_id") REFERENCES "public"."news_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_item_countries" ADD CONSTRAINT "news_item_countries_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_item_fields" ADD CONSTRAINT "news_item_fields_news_item_id_news_items_id_fk" FOREIGN KEY ("news_item_id") REFERENCES "public"."news_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_item_fields" ADD CONSTRAINT "news_item_fields_field_id_fields_of_work_id_fk" FOREIGN KEY ("field_id") REFERENCES "public"."fields_of_work"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_item_structures" ADD CONSTRAINT "news_item_structures_news_item_id_news_items_id_fk" FOREIGN KEY ("news_item_id") REFERENCES "public"."news_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_item_structures" ADD CONSTRAINT "news_item_structures_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_revisions" ADD CONSTRAINT "news_revisions_news_item_id_news_items_id_fk" FOREIGN KEY ("news_item_id") REFERENCES "public"."news_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_slug_redirects" ADD CONSTRAINT "news_slug_redirects_news_item_id_news_items_id_fk" FOREIGN KEY ("news_item_id") REFERENCES "public"."news_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pages" ADD CONSTRAINT "pages_parent_id_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "structures" ADD CONSTRAINT "structures_parent_id_structures_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."structures"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "structures" ADD CONSTRAINT "structures_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "news_item_countries_term_idx" ON "news_item_countries" USING btree ("country_id","news_item_id");--> statement-breakpoint
CREATE INDEX "news_item_fields_term_idx" ON "news_item_fields" USING btree ("field_id","news_item_id");--> statement-breakpoint
CREATE INDEX "news_item_structures_term_idx" ON "news_item_structures" USING btree ("structure_id","news_item_id");--> statement-breakpoint
CREATE INDEX "news_items_public_order_idx" ON "news_items" USING btree ("issued_on" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "news_items"."published_at" is not null;--> statement-breakpoint
CREATE INDEX "news_items_type_order_idx" ON "news_items" USING btree ("type","issued_on" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "news_items"."published_at" is not null;--> statement-breakpoint
CREATE INDEX "news_items_search_idx" ON "news_items" USING gin ("search") WHERE "news_items"."published_at" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "news_revisions_item_number_idx" ON "news_revisions" USING btree ("news_item_id","number");--> statement-breakpoint
CREATE INDEX "pages_parent_idx" ON "pages" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "pages_search_idx" ON "pages" USING gin ("search");--> statement-breakpoint
CREATE INDEX "structures_parent_idx" ON "structures" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "structures_country_idx" ON "structures" USING btree ("country_id");
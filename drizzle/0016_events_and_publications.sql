CREATE TYPE "public"."event_status" AS ENUM('scheduled', 'postponed', 'cancelled', 'moved_online');--> statement-breakpoint
CREATE TYPE "public"."document_language" AS ENUM('en', 'fr', 'de', 'it', 'ru', 'es', 'sq', 'hy', 'az', 'bs', 'ka', 'kk', 'ky', 'mk', 'ro', 'sr', 'tg', 'tk', 'uk', 'uz');--> statement-breakpoint
CREATE TYPE "public"."publication_type" AS ENUM('report', 'guide', 'handbook', 'factsheet', 'decision', 'speech');--> statement-breakpoint
ALTER TYPE "public"."audit_entity_type" ADD VALUE 'event' BEFORE 'media';--> statement-breakpoint
ALTER TYPE "public"."audit_entity_type" ADD VALUE 'publication' BEFORE 'media';--> statement-breakpoint
ALTER TYPE "public"."content_kind" ADD VALUE 'event';--> statement-breakpoint
ALTER TYPE "public"."content_kind" ADD VALUE 'publication';--> statement-breakpoint
CREATE TABLE "event_revisions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "event_revisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"number" integer NOT NULL,
	"publish_at" timestamp with time zone,
	"author_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"event_id" integer NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"lead" text DEFAULT '' NOT NULL,
	"body" jsonb DEFAULT '{"type":"doc","content":[]}'::jsonb NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"time_zone" text NOT NULL,
	"venue" text DEFAULT '' NOT NULL,
	"city" text DEFAULT '' NOT NULL,
	"country_id" integer,
	"online" boolean DEFAULT false NOT NULL,
	"series_id" integer,
	"event_status" "event_status" DEFAULT 'scheduled' NOT NULL,
	"structure_ids" integer[] DEFAULT '{}' NOT NULL,
	"field_ids" integer[] DEFAULT '{}' NOT NULL,
	"publication_ids" integer[] DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"lead" text DEFAULT '' NOT NULL,
	"body" jsonb DEFAULT '{"type":"doc","content":[]}'::jsonb NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"time_zone" text NOT NULL,
	"venue" text DEFAULT '' NOT NULL,
	"city" text DEFAULT '' NOT NULL,
	"country_id" integer,
	"online" boolean DEFAULT false NOT NULL,
	"series_id" integer,
	"event_status" "event_status" DEFAULT 'scheduled' NOT NULL,
	"structure_ids" integer[] DEFAULT '{}' NOT NULL,
	"field_ids" integer[] DEFAULT '{}' NOT NULL,
	"publication_ids" integer[] DEFAULT '{}' NOT NULL,
	"status" "workflow_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"published_revision" integer,
	"publish_at" timestamp with time zone,
	"created_by" integer,
	"updated_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', "events"."title"), 'A') || setweight(to_tsvector('english', "events"."lead" || ' ' || "events"."venue" || ' ' || "events"."city"), 'B') || setweight(to_tsvector('english', rich_text_plain("events"."body")), 'C')) STORED NOT NULL,
	CONSTRAINT "events_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "document_files" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "document_files_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"key" text NOT NULL,
	"name" text NOT NULL,
	"size" integer NOT NULL,
	"pages" integer NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"data" "bytea" NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english', left("document_files"."text", 500000))) STORED NOT NULL,
	CONSTRAINT "document_files_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "publication_revisions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "publication_revisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"number" integer NOT NULL,
	"publish_at" timestamp with time zone,
	"author_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"publication_id" integer NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"type" "publication_type" NOT NULL,
	"published_on" date NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"language" "document_language" DEFAULT 'en' NOT NULL,
	"cover_id" integer,
	"file_ids" integer[] DEFAULT '{}' NOT NULL,
	"structure_ids" integer[] DEFAULT '{}' NOT NULL,
	"field_ids" integer[] DEFAULT '{}' NOT NULL,
	"country_ids" integer[] DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "publications" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "publications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"type" "publication_type" NOT NULL,
	"published_on" date NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"language" "document_language" DEFAULT 'en' NOT NULL,
	"cover_id" integer,
	"file_ids" integer[] DEFAULT '{}' NOT NULL,
	"structure_ids" integer[] DEFAULT '{}' NOT NULL,
	"field_ids" integer[] DEFAULT '{}' NOT NULL,
	"country_ids" integer[] DEFAULT '{}' NOT NULL,
	"status" "workflow_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"published_revision" integer,
	"publish_at" timestamp with time zone,
	"created_by" integer,
	"updated_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', "publications"."title"), 'A') || setweight(to_tsvector('english', "publications"."summary"), 'B')) STORED NOT NULL,
	CONSTRAINT "publications_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "event_revisions" ADD CONSTRAINT "event_revisions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_revisions" ADD CONSTRAINT "event_revisions_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_revisions" ADD CONSTRAINT "event_revisions_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_revisions" ADD CONSTRAINT "event_revisions_series_id_meeting_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."meeting_series"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_series_id_meeting_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."meeting_series"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_files" ADD CONSTRAINT "document_files_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication_revisions" ADD CONSTRAINT "publication_revisions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication_revisions" ADD CONSTRAINT "publication_revisions_publication_id_publications_id_fk" FOREIGN KEY ("publication_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication_revisions" ADD CONSTRAINT "publication_revisions_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publications" ADD CONSTRAINT "publications_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publications" ADD CONSTRAINT "publications_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publications" ADD CONSTRAINT "publications_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "event_revisions_item_number_idx" ON "event_revisions" USING btree ("event_id","number");--> statement-breakpoint
CREATE INDEX "events_public_order_idx" ON "events" USING btree ("starts_at","id") WHERE "events"."published_at" is not null;--> statement-breakpoint
CREATE INDEX "events_series_idx" ON "events" USING btree ("series_id","starts_at");--> statement-breakpoint
CREATE INDEX "events_structures_idx" ON "events" USING gin ("structure_ids");--> statement-breakpoint
CREATE INDEX "events_fields_idx" ON "events" USING gin ("field_ids");--> statement-breakpoint
CREATE INDEX "events_search_idx" ON "events" USING gin ("search");--> statement-breakpoint
CREATE INDEX "events_scheduled_idx" ON "events" USING btree ("publish_at") WHERE "events"."status" = 'scheduled';--> statement-breakpoint
CREATE INDEX "document_files_search_idx" ON "document_files" USING gin ("search");--> statement-breakpoint
CREATE UNIQUE INDEX "publication_revisions_item_number_idx" ON "publication_revisions" USING btree ("publication_id","number");--> statement-breakpoint
CREATE INDEX "publications_public_order_idx" ON "publications" USING btree ("published_on" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "publications"."published_at" is not null;--> statement-breakpoint
CREATE INDEX "publications_structures_idx" ON "publications" USING gin ("structure_ids");--> statement-breakpoint
CREATE INDEX "publications_fields_idx" ON "publications" USING gin ("field_ids");--> statement-breakpoint
CREATE INDEX "publications_countries_idx" ON "publications" USING gin ("country_ids");--> statement-breakpoint
CREATE INDEX "publications_search_idx" ON "publications" USING gin ("search");--> statement-breakpoint
CREATE INDEX "publications_scheduled_idx" ON "publications" USING btree ("publish_at") WHERE "publications"."status" = 'scheduled';
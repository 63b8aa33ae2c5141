CREATE TABLE "media" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "media_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"alt" text NOT NULL,
	"caption" text DEFAULT '' NOT NULL,
	"credit" text DEFAULT '' NOT NULL,
	"original_name" text DEFAULT '' NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"created_by" integer,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple', "media"."alt"), 'A') || setweight(to_tsvector('simple', "media"."caption"), 'B') || setweight(to_tsvector('simple', "media"."credit" || ' ' || "media"."original_name"), 'C')) STORED NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "media_files" (
	"key" text PRIMARY KEY NOT NULL,
	"media_id" integer NOT NULL,
	"purpose" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"content_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"data" "bytea",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- Plain-text bodies become rich-text documents: paragraphs split on blank lines, single line breaks kept as hard breaks.
CREATE FUNCTION plain_text_to_rich_text(body text) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_object('type', 'doc', 'content', coalesce(jsonb_agg(
    jsonb_build_object('type', 'paragraph', 'content', (
      SELECT jsonb_agg(part ORDER BY line_no, kind)
      FROM regexp_split_to_table(btrim(paragraph, E' \t\r\n'), '\s*\n\s*') WITH ORDINALITY AS l(line, line_no),
      LATERAL (VALUES (0, jsonb_build_object('type', 'hardBreak')), (1, jsonb_build_object('type', 'text', 'text', line))) AS v(kind, part)
      WHERE NOT (kind = 0 AND line_no = 1)
    )) ORDER BY paragraph_no), '[]'::jsonb))
  FROM regexp_split_to_table(body, '\n[ \t\r]*\n') WITH ORDINALITY AS p(paragraph, paragraph_no)
  WHERE btrim(paragraph, E' \t\r\n') <> ''
$$;--> statement-breakpoint
-- The words of a rich-text document for the search index: inline text joined as written, blocks and image captions separated by spaces.
CREATE FUNCTION rich_text_plain(node jsonb) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  child jsonb;
  parts text[] := '{}';
BEGIN
  IF node IS NULL OR jsonb_typeof(node) <> 'object' THEN RETURN ''; END IF;
  IF node->>'type' = 'text' THEN RETURN coalesce(node->>'text', ''); END IF;
  IF node->>'type' = 'hardBreak' THEN RETURN ' '; END IF;
  IF node->>'type' = 'image' THEN RETURN coalesce(node->'attrs'->>'caption', ''); END IF;
  IF jsonb_typeof(node->'content') = 'array' THEN
    FOR child IN SELECT value FROM jsonb_array_elements(node->'content') LOOP
      parts := parts || public.rich_text_plain(child);
    END LOOP;
  END IF;
  IF node->>'type' IN ('paragraph', 'heading') THEN RETURN array_to_string(parts, ''); END IF;
  RETURN array_to_string(parts, ' ');
END
$$;--> statement-breakpoint
DROP INDEX "news_items_search_idx";--> statement-breakpoint
DROP INDEX "pages_search_idx";--> statement-breakpoint
ALTER TABLE "news_items" DROP COLUMN "search";--> statement-breakpoint
ALTER TABLE "pages" DROP COLUMN "search";--> statement-breakpoint
ALTER TABLE "news_items" ALTER COLUMN "body" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "news_revisions" ALTER COLUMN "body" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "pages" ALTER COLUMN "body" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "page_revisions" ALTER COLUMN "body" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "news_items" ALTER COLUMN "body" SET DATA TYPE jsonb USING plain_text_to_rich_text("body");--> statement-breakpoint
ALTER TABLE "news_revisions" ALTER COLUMN "body" SET DATA TYPE jsonb USING plain_text_to_rich_text("body");--> statement-breakpoint
ALTER TABLE "pages" ALTER COLUMN "body" SET DATA TYPE jsonb USING plain_text_to_rich_text("body");--> statement-breakpoint
ALTER TABLE "page_revisions" ALTER COLUMN "body" SET DATA TYPE jsonb USING plain_text_to_rich_text("body");--> statement-breakpoint
ALTER TABLE "news_items" ALTER COLUMN "body" SET DEFAULT '{"type":"doc","content":[]}'::jsonb;--> statement-breakpoint
ALTER TABLE "news_revisions" ALTER COLUMN "body" SET DEFAULT '{"type":"doc","content":[]}'::jsonb;--> statement-breakpoint
ALTER TABLE "pages" ALTER COLUMN "body" SET DEFAULT '{"type":"doc","content":[]}'::jsonb;--> statement-breakpoint
ALTER TABLE "page_revisions" ALTER COLUMN "body" SET DEFAULT '{"type":"doc","content":[]}'::jsonb;--> statement-breakpoint
DROP FUNCTION plain_text_to_rich_text(text);--> statement-breakpoint
ALTER TABLE "news_items" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', "news_items"."title"), 'A') || setweight(to_tsvector('english', "news_items"."lead"), 'B') || setweight(to_tsvector('english', rich_text_plain("news_items"."body")), 'C')) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "pages" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', "pages"."title"), 'A') || setweight(to_tsvector('english', "pages"."lead"), 'B') || setweight(to_tsvector('english', rich_text_plain("pages"."body")), 'C')) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "news_items_search_idx" ON "news_items" USING gin ("search") WHERE "news_items"."published_at" is not null;--> statement-breakpoint
CREATE INDEX "pages_search_idx" ON "pages" USING gin ("search");--> statement-breakpoint
ALTER TABLE "news_items" ADD COLUMN "image_id" integer;--> statement-breakpoint
ALTER TABLE "news_revisions" ADD COLUMN "image_id" integer;--> statement-breakpoint
ALTER TABLE "media" ADD CONSTRAINT "media_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_files" ADD CONSTRAINT "media_files_media_id_media_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "media_search_idx" ON "media" USING gin ("search");--> statement-breakpoint
CREATE INDEX "media_created_idx" ON "media" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "media_files_media_idx" ON "media_files" USING btree ("media_id","width");--> statement-breakpoint
ALTER TABLE "news_items" ADD CONSTRAINT "news_items_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_revisions" ADD CONSTRAINT "news_revisions_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE restrict ON UPDATE no action;
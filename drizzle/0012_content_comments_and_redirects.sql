CREATE TYPE "public"."comment_purpose" AS ENUM('comment', 'changes_requested');--> statement-breakpoint
CREATE TYPE "public"."content_kind" AS ENUM('news_item', 'page');--> statement-breakpoint
CREATE TABLE "content_comments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "content_comments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" "content_kind" NOT NULL,
	"item_id" integer NOT NULL,
	"author_id" integer,
	"purpose" "comment_purpose" DEFAULT 'comment' NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content_slug_redirects" (
	"kind" "content_kind" NOT NULL,
	"slug" text NOT NULL,
	"item_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "content_slug_redirects_kind_slug_pk" PRIMARY KEY("kind","slug")
);
--> statement-breakpoint
ALTER TABLE "content_comments" ADD CONSTRAINT "content_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "content_comments_item_idx" ON "content_comments" USING btree ("kind","item_id","created_at");--> statement-breakpoint
CREATE INDEX "content_slug_redirects_item_idx" ON "content_slug_redirects" USING btree ("kind","item_id");--> statement-breakpoint
INSERT INTO "content_comments" ("kind", "item_id", "author_id", "purpose", "body", "created_at")
  SELECT 'news_item', "news_item_id", "author_id", "kind"::"comment_purpose", "body", "created_at" FROM "news_comments" ORDER BY "id";--> statement-breakpoint
INSERT INTO "content_slug_redirects" ("kind", "slug", "item_id", "created_at")
  SELECT 'news_item', "slug", "news_item_id", "created_at" FROM "news_slug_redirects";

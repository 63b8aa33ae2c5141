CREATE TYPE "public"."taxonomy_kind" AS ENUM('field_of_work', 'country', 'structure', 'meeting_series');--> statement-breakpoint
CREATE TABLE "taxonomy_slug_redirects" (
	"kind" "taxonomy_kind" NOT NULL,
	"slug" text NOT NULL,
	"term_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "taxonomy_slug_redirects_kind_slug_pk" PRIMARY KEY("kind","slug")
);

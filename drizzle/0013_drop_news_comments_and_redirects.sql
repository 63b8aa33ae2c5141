DROP TABLE "news_comments" CASCADE;--> statement-breakpoint
DROP TABLE "news_slug_redirects" CASCADE;
-- news_listing_terms (0008) copies each live term assignment of a news item with the item's type, issue date and
-- publication time. These triggers keep it in step with the three term tables and with news_items; they work per
-- statement on transition tables, so that a bulk insert (the seed, the benchmark's generator) costs one join.

CREATE FUNCTION news_listing_terms_sync() RETURNS trigger LANGUAGE plpgsql AS $$
-- TG_ARGV[0]: the taxonomy kind of the table; TG_ARGV[1]: the name of its term column.
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    DELETE FROM news_listing_terms l
    USING removed r
    WHERE l.kind = TG_ARGV[0]::taxonomy_kind
      AND l.term_id = (to_jsonb(r) ->> TG_ARGV[1])::integer
      AND l.news_item_id = r.news_item_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO news_listing_terms (kind, term_id, news_item_id, type, issued_on, published_at)
    SELECT TG_ARGV[0]::taxonomy_kind, (to_jsonb(a) ->> TG_ARGV[1])::integer, i.id, i.type, i.issued_on, i.published_at
    FROM added a
    JOIN news_items i ON i.id = a.news_item_id
    ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER news_item_fields_listing_insert AFTER INSERT ON news_item_fields
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION news_listing_terms_sync('field_of_work', 'field_id');
--> statement-breakpoint
CREATE TRIGGER news_item_fields_listing_update AFTER UPDATE ON news_item_fields
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION news_listing_terms_sync('field_of_work', 'field_id');
--> statement-breakpoint
CREATE TRIGGER news_item_fields_listing_delete AFTER DELETE ON news_item_fields
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION news_listing_terms_sync('field_of_work', 'field_id');
--> statement-breakpoint
CREATE TRIGGER news_item_countries_listing_insert AFTER INSERT ON news_item_countries
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION news_listing_terms_sync('country', 'country_id');
--> statement-breakpoint
CREATE TRIGGER news_item_countries_listing_update AFTER UPDATE ON news_item_countries
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION news_listing_terms_sync('country', 'country_id');
--> statement-breakpoint
CREATE TRIGGER news_item_countries_listing_delete AFTER DELETE ON news_item_countries
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION news_listing_terms_sync('country', 'country_id');
--> statement-breakpoint
CREATE TRIGGER news_item_structures_listing_insert AFTER INSERT ON news_item_structures
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION news_listing_terms_sync('structure', 'structure_id');
--> statement-breakpoint
CREATE TRIGGER news_item_structures_listing_update AFTER UPDATE ON news_item_structures
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION news_listing_terms_sync('structure', 'structure_id');
--> statement-breakpoint
CREATE TRIGGER news_item_structures_listing_delete AFTER DELETE ON news_item_structures
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION news_listing_terms_sync('structure', 'structure_id');
--> statement-breakpoint
CREATE FUNCTION news_listing_terms_item_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE news_listing_terms l
  SET type = c.type, issued_on = c.issued_on, published_at = c.published_at
  FROM changed c
  WHERE l.news_item_id = c.id
    AND (l.type, l.issued_on, l.published_at) IS DISTINCT FROM (c.type, c.issued_on, c.published_at);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER news_items_listing_update AFTER UPDATE ON news_items
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION news_listing_terms_item_changed();
--> statement-breakpoint
INSERT INTO news_listing_terms (kind, term_id, news_item_id, type, issued_on, published_at)
SELECT 'field_of_work'::taxonomy_kind, t.field_id, i.id, i.type, i.issued_on, i.published_at
FROM news_item_fields t JOIN news_items i ON i.id = t.news_item_id
UNION ALL
SELECT 'country', t.country_id, i.id, i.type, i.issued_on, i.published_at
FROM news_item_countries t JOIN news_items i ON i.id = t.news_item_id
UNION ALL
SELECT 'structure', t.structure_id, i.id, i.type, i.issued_on, i.published_at
FROM news_item_structures t JOIN news_items i ON i.id = t.news_item_id;
--> statement-breakpoint
ANALYZE news_listing_terms;

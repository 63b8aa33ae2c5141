// Grows the database in use to N published news items (default 100,000) for benchmarks and plan tests.
// Everything is generated inside PostgreSQL by a few INSERT … SELECT statements: a vocabulary of a few thousand
// words picked with a Zipf-like skew, rich-text bodies, 1–3 fields of work, 1–3 issuing structures, 0–3 countries,
// ten years of issue dates, and a first revision per item, as approval leaves it.
import { sql } from 'drizzle-orm';
import type { Database } from '@/db/index';
import { newsItems } from '@/db/schema';

export const DEFAULT_TARGET = 100_000;
const VOCABULARY_SIZE = 5000;

// The most frequent words first: English function words (dropped by the search index, as in real text), then
// words of the trade; the rest of the vocabulary is made of pseudo-words built from syllables.
const COMMON_WORDS = `the of and to in a for on with by as is that at from be are this was will it its an which
have has their also more all been were other these they new not or but into over such after between through
security cooperation mission organization office support project participants government police training
national regional women youth rights human media freedom election observation border management democratic
institutions law rule reform justice judicial minority community communities dialogue conference meeting
seminar workshop experts representatives officials ministry civil society environment water energy climate
economic development migration trafficking terrorism violent extremism prevention cyber arms control weapons
ammunition destruction disarmament confidence building conflict crisis early warning mediation reconciliation
tolerance discrimination gender equality education journalists safety public authorities capacity strategy
action plan report recommendations assessment monitoring programme implementation commitments participating
states chairpersonship secretary general ambassador head deputy director council permanent ministerial annual
review parliamentary assembly high commissioner representative bureau field operation centre presence
local municipal cross good governance corruption anti money laundering financial investigation customs
integrated approach comprehensive sustainable resilience infrastructure risk disaster emergency response
health awareness campaign network partners partnership international european asian mediterranean
countries region area border guards officers prosecutors judges lawyers teachers students schools
university academy study visit exchange best practices lessons learned guidelines handbook manual
legislation amendments draft framework standards principles values decision declaration statement
concern welcome condemn urge call encourage commend remain committed continue ensure strengthen promote
protect respect address enhance improve facilitate contribute provide organize hold launch present discuss
agree adopt sign complete deliver assist train equip`
  .split(/\s+/)
  .filter(Boolean);

const SYLLABLES = `ka lo mi ne ra tu sel van dor pek ri sa mon tal bri gu ze fa nor ol est ur im ap dri ko ves lan tor
pa ni sur gal de ho ma ber kin`
  .split(/\s+/)
  .filter(Boolean);

/** The vocabulary, most frequent first. */
export function vocabulary(size = VOCABULARY_SIZE): string[] {
  const words = [...new Set(COMMON_WORDS)];
  const s = SYLLABLES.length;
  for (let i = 0; words.length < size; i++) {
    const word = SYLLABLES[i % s]! + SYLLABLES[Math.floor(i / s) % s]! + (i >= s * s ? SYLLABLES[Math.floor(i / (s * s)) % s]! : '');
    if (!COMMON_WORDS.includes(word)) words.push(word);
  }
  return words;
}

async function liveCount(db: Database): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(newsItems)
    .where(sql`${newsItems.publishedAt} is not null and ${newsItems.publishedAt} <= now()`);
  return row?.n ?? 0;
}

/**
 * Adds published news items until `target` are live. Returns how many were added. The statements run in one
 * transaction (one connection), with a fixed random seed so that a grown database is the same every time.
 */
export async function growNews(db: Database, target = DEFAULT_TARGET, seed = 0.42): Promise<number> {
  const missing = target - (await liveCount(db));
  if (missing <= 0) return 0;
  const words = vocabulary();
  const sentences = Math.min(200_000, missing * 4 + 1000);
  await db.transaction(async (tx) => {
    await tx.execute(sql`select setseed(${seed})`);
    await tx.execute(sql`
      create temp table grow_words on commit drop as
      select i::int, w from jsonb_array_elements_text(${JSON.stringify(words)}::jsonb) with ordinality as t(w, i)`);
    await tx.execute(sql`alter table grow_words add primary key (i)`);
    // A pool of sentences of 8–20 words; word k of the vocabulary is picked with a probability of about 1/k
    // (Zipf-like). Items take runs of consecutive sentences from random places in the pool.
    await tx.execute(sql`
      create temp table grow_sentences on commit drop as
      select s as id, string_agg(w, ' ' order by p) as text
      from (select s, p, floor(exp(random() * ln(${words.length}::int)))::int as i
            from generate_series(1, ${sentences}::int) s, generate_series(1, 8 + s % 13) p) picks
      join grow_words using (i)
      group by s`);
    await tx.execute(sql`alter table grow_sentences add primary key (id)`);
    await tx.execute(sql`update grow_sentences set text = upper(left(text, 1)) || substr(text, 2) || '.'`);
    // The subqueries refer to the outer row (g.n) so that PostgreSQL evaluates them once per row.
    await tx.execute(sql`
      create temp table grow_items on commit drop as
      select
        nextval(pg_get_serial_sequence('news_items', 'id'))::int as id,
        g.n,
        1 + floor(random() * (${sentences}::int - 60))::int as start,
        (150 + floor(random() * 451)::int) / 14 as body_sentences,
        current_date - floor(random() * 3653)::int as issued_on,
        case when r.t < 0.6 then 'news_item' when r.t < 0.9 then 'press_release' else 'statement' end::news_type as type,
        case when m.ids is not null and random() < 0.2 then m.ids[1 + floor(random() * cardinality(m.ids))::int] end as image_id,
        (select array_agg(distinct f[floor(exp(random() * ln(cardinality(f) + 1)))::int + 0 * k])
           from generate_series(1, 1 + floor(random() * 3)::int + 0 * g.n) k) as field_ids,
        (select array_agg(s[floor(exp(random() * ln(cardinality(s) + 1)))::int + 0 * k])
           from generate_series(1, 1 + floor(random() * 3)::int + 0 * g.n) k) as structure_ids,
        coalesce((select array_agg(distinct c[1 + floor(random() * cardinality(c))::int + 0 * k])
           from generate_series(1, floor(random() * 4)::int + 0 * g.n) k), '{}') as country_ids
      from generate_series(1, ${missing}::int) g(n)
      cross join lateral (select random() as t offset 0 * g.n) r
      cross join (select array_agg(id order by id) as ids from media) m
      cross join (select array_agg(id order by position, id) as f from fields_of_work) fw
      cross join (select array_agg(id order by position, id) as s from structures) st
      cross join (select array_agg(id order by position, id) as c from countries) co`);
    // Issuing structures keep their first-picked order, without repeats.
    await tx.execute(sql`
      update grow_items set structure_ids = (
        select array_agg(x order by first) from (select x, min(o) as first from unnest(structure_ids) with ordinality u(x, o) group by x) d)`);
    // Title: the first 6–12 words of a sentence; lead: the next two sentences; body: paragraphs of four sentences.
    await tx.execute(sql`
      alter table grow_items add column title text, add column lead text, add column body jsonb`);
    await tx.execute(sql`
      update grow_items i set
        title = (select array_to_string((string_to_array(rtrim(text, '.'), ' '))[1:6 + i.n % 7], ' ') from grow_sentences where id = i.start),
        lead = (select string_agg(text, ' ' order by id) from grow_sentences where id between i.start + 1 and i.start + 2),
        body = (select jsonb_build_object('type', 'doc', 'content', jsonb_agg(paragraph order by no)) from (
          select (id - i.start - 3) / 4 as no, jsonb_build_object('type', 'paragraph', 'content',
            jsonb_build_array(jsonb_build_object('type', 'text', 'text', string_agg(text, ' ' order by id)))) as paragraph
          from grow_sentences where id between i.start + 3 and i.start + 2 + i.body_sentences group by 1) p)`);
    await tx.execute(sql`
      insert into news_items (id, slug, type, title, lead, body, issued_on, image_id, status, published_at, version, published_revision)
      overriding system value
      select id, lower(array_to_string((string_to_array(title, ' '))[1:6], '-')) || '-' || id, type, title, lead, body, issued_on, image_id, 'published',
        least(issued_on + time '09:00', now() - interval '1 minute'), 1, 1
      from grow_items order by id`);
    await tx.execute(sql`
      insert into news_revisions (news_item_id, number, slug, type, title, lead, body, issued_on, image_id, structure_ids, field_ids, country_ids, created_at)
      select n.id, 1, n.slug, n.type, n.title, n.lead, n.body, n.issued_on, n.image_id, g.structure_ids, g.field_ids, g.country_ids, n.published_at
      from grow_items g join news_items n on n.id = g.id`);
    await tx.execute(sql`insert into news_item_fields (news_item_id, field_id) select id, unnest(field_ids) from grow_items`);
    await tx.execute(sql`
      insert into news_item_structures (news_item_id, structure_id, position)
      select id, x, o - 1 from grow_items, unnest(structure_ids) with ordinality u(x, o)`);
    await tx.execute(sql`insert into news_item_countries (news_item_id, country_id) select id, unnest(country_ids) from grow_items`);
  });
  // Fresh statistics for the planner, and a visibility map for index-only scans.
  await db.execute(sql`vacuum (analyze) news_items, news_revisions, news_item_fields, news_item_structures, news_item_countries`);
  return missing;
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('Set DATABASE_URL to a migrated and seeded PostgreSQL database: the generator is for PostgreSQL.');
    process.exit(1);
  }
  const arg = process.argv[2];
  const target = arg ? Number(arg.replace(/[_,]/g, '')) : DEFAULT_TARGET;
  if (!Number.isInteger(target) || target < 1) {
    console.error(`"${arg}" is not a number of news items.`);
    process.exit(1);
  }
  const { openConnection } = await import('@/db/index');
  const connection = openConnection(url);
  const started = performance.now();
  try {
    const added = await growNews(connection.db, target);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(added ? `Added ${added.toLocaleString('en-GB')} news items (${target.toLocaleString('en-GB')} live) in ${seconds} s.` : `Already ${target.toLocaleString('en-GB')} or more live news items; nothing added.`);
  } finally {
    await connection.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

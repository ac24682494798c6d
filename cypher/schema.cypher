// Constraints and indexes of the solidarity-graph model. Every statement is idempotent
// (IF NOT EXISTS), so the API applies this file at each start; it also runs as is in Neo4j Browser.

// One key per node across the graph: actors, events and documents all carry the Entity label.
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT actor_key IF NOT EXISTS FOR (n:Actor) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT event_key IF NOT EXISTS FOR (n:Event) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT law_key IF NOT EXISTS FOR (n:Law) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT policy_document_key IF NOT EXISTS FOR (n:PolicyDocument) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT source_key IF NOT EXISTS FOR (n:Source) REQUIRE n.key IS UNIQUE;
// A key merged into another keeps answering through its alias; a retired key stays reserved.
CREATE CONSTRAINT key_alias_key IF NOT EXISTS FOR (n:KeyAlias) REQUIRE n.key IS UNIQUE;
CREATE INDEX retired_key IF NOT EXISTS FOR (n:Retired) ON (n.key);

// Filters used by the API.
CREATE INDEX entity_start_year IF NOT EXISTS FOR (n:Entity) ON (n.startYear);
CREATE INDEX actor_country IF NOT EXISTS FOR (n:Actor) ON (n.country);
CREATE INDEX actor_scope IF NOT EXISTS FOR (n:Actor) ON (n.scope);
// `actors(filter: {region})` and `{near}` start from these (few actors have either).
CREATE INDEX actor_region IF NOT EXISTS FOR (n:Actor) ON (n.region);
CREATE INDEX actor_lat IF NOT EXISTS FOR (n:Actor) ON (n.lat);
// `disputedFacts` reads only disputed nodes and foundings (relationships: rel_disputed_* below).
CREATE INDEX entity_disputed IF NOT EXISTS FOR (n:Entity) ON (n.disputed);
CREATE INDEX entity_founded_disputed IF NOT EXISTS FOR (n:Entity) ON (n.foundedDisputed);

// Search: over normalised copies of the names, acronym and aliases (searchNames) and of the
// description (searchDescription), written by the loader: lowercase, no accents, apostrophes split,
// so "economie solidaire" finds "l'Économie Solidaire". standard-folding folds anything left.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Entity) ON EACH [n.searchNames, n.searchDescription]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };

// Write API. Tokens are stored as SHA-256 hashes, never in clear; names are what curators see.
CREATE CONSTRAINT api_token_name IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.name IS UNIQUE;
CREATE CONSTRAINT api_token_hash IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.hash IS UNIQUE;

// History: one immutable Change per write; seq orders them in commit order (keyset paging).
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (c:Change) REQUIRE c.seq IS UNIQUE;
CREATE INDEX change_entity IF NOT EXISTS FOR (c:Change) ON (c.entityKey, c.seq);
CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at);
CREATE INDEX change_version IF NOT EXISTS FOR (c:Change) ON (c.graphVersion);
// A relation's changes, found from either end: a node's history includes its relations'.
CREATE INDEX change_relation_from IF NOT EXISTS FOR (c:Change) ON (c.relationFrom, c.seq);
CREATE INDEX change_relation_to IF NOT EXISTS FOR (c:Change) ON (c.relationTo, c.seq);

// The graph version: a single GraphMeta {id: 'graph'} node whose version every write increments.
CREATE CONSTRAINT graph_meta_id IF NOT EXISTS FOR (g:GraphMeta) REQUIRE g.id IS UNIQUE;
// `evolutionPage`'s totalCount: one EvolutionCount per (type, change, year), recounted by every
// writer under the single EvolutionCountLock (src/model/evolution-counts.ts).
CREATE CONSTRAINT evolution_count_id IF NOT EXISTS FOR (c:EvolutionCount) REQUIRE c.id IS UNIQUE;
CREATE INDEX evolution_count_year IF NOT EXISTS FOR (c:EvolutionCount) ON (c.year);
CREATE CONSTRAINT evolution_count_lock_id IF NOT EXISTS FOR (l:EvolutionCountLock) REQUIRE l.id IS UNIQUE;

// BEGIN per-type indexes, generated from src/model/vocabulary.ts by `npm run cypher`.
// Disputed relationships, counted by `stats` and listed by `disputedFacts` without reading every relationship (one index per type).
CREATE INDEX rel_disputed_member_of IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.disputed);
CREATE INDEX rel_disputed_participates_in IF NOT EXISTS FOR ()-[r:PARTICIPATES_IN]-() ON (r.disputed);
CREATE INDEX rel_disputed_founded IF NOT EXISTS FOR ()-[r:FOUNDED]-() ON (r.disputed);
CREATE INDEX rel_disputed_emerged_from IF NOT EXISTS FOR ()-[r:EMERGED_FROM]-() ON (r.disputed);
CREATE INDEX rel_disputed_initiated IF NOT EXISTS FOR ()-[r:INITIATED]-() ON (r.disputed);
CREATE INDEX rel_disputed_contributed_to IF NOT EXISTS FOR ()-[r:CONTRIBUTED_TO]-() ON (r.disputed);
CREATE INDEX rel_disputed_part_of IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.disputed);
CREATE INDEX rel_disputed_succeeded IF NOT EXISTS FOR ()-[r:SUCCEEDED]-() ON (r.disputed);
CREATE INDEX rel_disputed_adopted IF NOT EXISTS FOR ()-[r:ADOPTED]-() ON (r.disputed);
CREATE INDEX rel_disputed_funds IF NOT EXISTS FOR ()-[r:FUNDS]-() ON (r.disputed);
CREATE INDEX rel_disputed_led_to IF NOT EXISTS FOR ()-[r:LED_TO]-() ON (r.disputed);
CREATE INDEX rel_disputed_gave_legal_basis_to IF NOT EXISTS FOR ()-[r:GAVE_LEGAL_BASIS_TO]-() ON (r.disputed);
CREATE INDEX rel_disputed_partner_of IF NOT EXISTS FOR ()-[r:PARTNER_OF]-() ON (r.disputed);

// Relationships a write recorded (origin api or import; curated ones store none), for `relations(filter: {origin})`.
CREATE INDEX rel_origin_member_of IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.origin);
CREATE INDEX rel_origin_participates_in IF NOT EXISTS FOR ()-[r:PARTICIPATES_IN]-() ON (r.origin);
CREATE INDEX rel_origin_founded IF NOT EXISTS FOR ()-[r:FOUNDED]-() ON (r.origin);
CREATE INDEX rel_origin_emerged_from IF NOT EXISTS FOR ()-[r:EMERGED_FROM]-() ON (r.origin);
CREATE INDEX rel_origin_initiated IF NOT EXISTS FOR ()-[r:INITIATED]-() ON (r.origin);
CREATE INDEX rel_origin_contributed_to IF NOT EXISTS FOR ()-[r:CONTRIBUTED_TO]-() ON (r.origin);
CREATE INDEX rel_origin_part_of IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.origin);
CREATE INDEX rel_origin_succeeded IF NOT EXISTS FOR ()-[r:SUCCEEDED]-() ON (r.origin);
CREATE INDEX rel_origin_adopted IF NOT EXISTS FOR ()-[r:ADOPTED]-() ON (r.origin);
CREATE INDEX rel_origin_funds IF NOT EXISTS FOR ()-[r:FUNDS]-() ON (r.origin);
CREATE INDEX rel_origin_led_to IF NOT EXISTS FOR ()-[r:LED_TO]-() ON (r.origin);
CREATE INDEX rel_origin_gave_legal_basis_to IF NOT EXISTS FOR ()-[r:GAVE_LEGAL_BASIS_TO]-() ON (r.origin);
CREATE INDEX rel_origin_partner_of IF NOT EXISTS FOR ()-[r:PARTNER_OF]-() ON (r.origin);

// A node's relationships of one type, in one direction, in the other end's key order: keyset pages
// that read only the page, whatever the node's degree (fromKey/toKey repeat the end keys).
CREATE INDEX rel_in_member_of IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.toKey, r.fromKey);
CREATE INDEX rel_out_member_of IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.fromKey, r.toKey);
CREATE INDEX rel_in_participates_in IF NOT EXISTS FOR ()-[r:PARTICIPATES_IN]-() ON (r.toKey, r.fromKey);
CREATE INDEX rel_out_participates_in IF NOT EXISTS FOR ()-[r:PARTICIPATES_IN]-() ON (r.fromKey, r.toKey);
CREATE INDEX rel_in_founded IF NOT EXISTS FOR ()-[r:FOUNDED]-() ON (r.toKey, r.fromKey);
CREATE INDEX rel_out_founded IF NOT EXISTS FOR ()-[r:FOUNDED]-() ON (r.fromKey, r.toKey);
CREATE INDEX rel_in_emerged_from IF NOT EXISTS FOR ()-[r:EMERGED_FROM]-() ON (r.toKey, r.fromKey);
CREATE INDEX rel_out_emerged_from IF NOT EXISTS FOR ()-[r:EMERGED_FROM]-() ON (r.fromKey, r.toKey);
CREATE INDEX rel_in_initiated IF NOT EXISTS FOR ()-[r:INITIATED]-() ON (r.toKey, r.fromKey);
CREATE INDEX rel_out_initiated IF NOT EXISTS FOR ()-[r:INITIATED]-() ON (r.fromKey, r.toKey);
CREATE INDEX rel_in_contributed_to IF NOT EXISTS FOR ()-[r:CONTRIBUTED_TO]-() ON (r.toKey, r.fromKey);
CREATE INDEX rel_out_contributed_to IF NOT EXISTS FOR ()-[r:CONTRIBUTED_TO]-() ON (r.fromKey, r.toKey);
CREATE INDEX rel_in_part_of IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.toKey, r.fromKey);
CREATE INDEX rel_out_part_of IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.fromKey, r.toKey);
CREATE INDEX rel_in_succeeded IF NOT EXISTS FOR ()-[r:SUCCEEDED]-() ON (r.toKey, r.fromKey);
CREATE INDEX rel_out_succeeded IF NOT EXISTS FOR ()-[r:SUCCEEDED]-() ON (r.fromKey, r.toKey);
CREATE INDEX rel_in_adopted IF NOT EXISTS FOR ()-[r:ADOPTED]-() ON (r.toKey, r.fromKey);
CREATE INDEX rel_out_adopted IF NOT EXISTS FOR ()-[r:ADOPTED]-() ON (r.fromKey, r.toKey);
CREATE INDEX rel_in_funds IF NOT EXISTS FOR ()-[r:FUNDS]-() ON (r.toKey, r.fromKey);
CREATE INDEX rel_out_funds IF NOT EXISTS FOR ()-[r:FUNDS]-() ON (r.fromKey, r.toKey);
CREATE INDEX rel_in_led_to IF NOT EXISTS FOR ()-[r:LED_TO]-() ON (r.toKey, r.fromKey);
CREATE INDEX rel_out_led_to IF NOT EXISTS FOR ()-[r:LED_TO]-() ON (r.fromKey, r.toKey);
CREATE INDEX rel_in_gave_legal_basis_to IF NOT EXISTS FOR ()-[r:GAVE_LEGAL_BASIS_TO]-() ON (r.toKey, r.fromKey);
CREATE INDEX rel_out_gave_legal_basis_to IF NOT EXISTS FOR ()-[r:GAVE_LEGAL_BASIS_TO]-() ON (r.fromKey, r.toKey);
CREATE INDEX rel_in_partner_of IF NOT EXISTS FOR ()-[r:PARTNER_OF]-() ON (r.toKey, r.fromKey);
CREATE INDEX rel_out_partner_of IF NOT EXISTS FOR ()-[r:PARTNER_OF]-() ON (r.fromKey, r.toKey);

// Relationships by the year they began or ended, in key order: `evolution` pages read only the page.
CREATE INDEX rel_since_member_of IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.sinceYear, r.fromKey, r.toKey);
CREATE INDEX rel_until_member_of IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.untilYear, r.fromKey, r.toKey);
CREATE INDEX rel_since_participates_in IF NOT EXISTS FOR ()-[r:PARTICIPATES_IN]-() ON (r.sinceYear, r.fromKey, r.toKey);
CREATE INDEX rel_until_participates_in IF NOT EXISTS FOR ()-[r:PARTICIPATES_IN]-() ON (r.untilYear, r.fromKey, r.toKey);
CREATE INDEX rel_since_founded IF NOT EXISTS FOR ()-[r:FOUNDED]-() ON (r.sinceYear, r.fromKey, r.toKey);
CREATE INDEX rel_until_founded IF NOT EXISTS FOR ()-[r:FOUNDED]-() ON (r.untilYear, r.fromKey, r.toKey);
CREATE INDEX rel_since_emerged_from IF NOT EXISTS FOR ()-[r:EMERGED_FROM]-() ON (r.sinceYear, r.fromKey, r.toKey);
CREATE INDEX rel_until_emerged_from IF NOT EXISTS FOR ()-[r:EMERGED_FROM]-() ON (r.untilYear, r.fromKey, r.toKey);
CREATE INDEX rel_since_initiated IF NOT EXISTS FOR ()-[r:INITIATED]-() ON (r.sinceYear, r.fromKey, r.toKey);
CREATE INDEX rel_until_initiated IF NOT EXISTS FOR ()-[r:INITIATED]-() ON (r.untilYear, r.fromKey, r.toKey);
CREATE INDEX rel_since_contributed_to IF NOT EXISTS FOR ()-[r:CONTRIBUTED_TO]-() ON (r.sinceYear, r.fromKey, r.toKey);
CREATE INDEX rel_until_contributed_to IF NOT EXISTS FOR ()-[r:CONTRIBUTED_TO]-() ON (r.untilYear, r.fromKey, r.toKey);
CREATE INDEX rel_since_part_of IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.sinceYear, r.fromKey, r.toKey);
CREATE INDEX rel_until_part_of IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.untilYear, r.fromKey, r.toKey);
CREATE INDEX rel_since_succeeded IF NOT EXISTS FOR ()-[r:SUCCEEDED]-() ON (r.sinceYear, r.fromKey, r.toKey);
CREATE INDEX rel_until_succeeded IF NOT EXISTS FOR ()-[r:SUCCEEDED]-() ON (r.untilYear, r.fromKey, r.toKey);
CREATE INDEX rel_since_adopted IF NOT EXISTS FOR ()-[r:ADOPTED]-() ON (r.sinceYear, r.fromKey, r.toKey);
CREATE INDEX rel_until_adopted IF NOT EXISTS FOR ()-[r:ADOPTED]-() ON (r.untilYear, r.fromKey, r.toKey);
CREATE INDEX rel_since_funds IF NOT EXISTS FOR ()-[r:FUNDS]-() ON (r.sinceYear, r.fromKey, r.toKey);
CREATE INDEX rel_until_funds IF NOT EXISTS FOR ()-[r:FUNDS]-() ON (r.untilYear, r.fromKey, r.toKey);
CREATE INDEX rel_since_led_to IF NOT EXISTS FOR ()-[r:LED_TO]-() ON (r.sinceYear, r.fromKey, r.toKey);
CREATE INDEX rel_until_led_to IF NOT EXISTS FOR ()-[r:LED_TO]-() ON (r.untilYear, r.fromKey, r.toKey);
CREATE INDEX rel_since_gave_legal_basis_to IF NOT EXISTS FOR ()-[r:GAVE_LEGAL_BASIS_TO]-() ON (r.sinceYear, r.fromKey, r.toKey);
CREATE INDEX rel_until_gave_legal_basis_to IF NOT EXISTS FOR ()-[r:GAVE_LEGAL_BASIS_TO]-() ON (r.untilYear, r.fromKey, r.toKey);
CREATE INDEX rel_since_partner_of IF NOT EXISTS FOR ()-[r:PARTNER_OF]-() ON (r.sinceYear, r.fromKey, r.toKey);
CREATE INDEX rel_until_partner_of IF NOT EXISTS FOR ()-[r:PARTNER_OF]-() ON (r.untilYear, r.fromKey, r.toKey);
// END per-type indexes.

// A body's members in a year, counted from the index alone: memberFrom/memberUntil are derived,
// index-only copies of the `activeAt` rule on MEMBER_OF (src/model/active-at.ts keeps them).
CREATE INDEX rel_member_window IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.toKey, r.memberFrom, r.memberUntil);
// A body's, or a member's, MEMBER_OF relationships in a year, counted from the index alone: relFrom/
// relUntil are derived, index-only copies of the relation `activeAt` rule (src/model/active-at.ts).
CREATE INDEX rel_member_of_window_in IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.toKey, r.relFrom, r.relUntil);
CREATE INDEX rel_member_of_window_out IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.fromKey, r.relFrom, r.relUntil);
// A body's founding members without reading its other members: only MEMBER_OF relationships that
// carry `founding` are in it (a composite index skips those without one of its properties).
CREATE INDEX rel_member_of_founding IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.founding, r.toKey, r.fromKey);

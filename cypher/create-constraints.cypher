// Schema, run once at start-up. Several statements, one per line group, separated by lines
// holding only ";" (schema commands cannot share a transaction with each other in every setup).
// The one data statement fills in a property older loads did not write; it is idempotent.
// Each unique constraint also gives the id lookups (MERGE, MATCH {id: ...}) a range index.
CREATE CONSTRAINT character_id IF NOT EXISTS FOR (n:Character) REQUIRE n.id IS UNIQUE
;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE
;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE
;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE
;
CREATE CONSTRAINT scene_id IF NOT EXISTS FOR (n:Scene) REQUIRE n.id IS UNIQUE
;
// Exact name lookups (find-characters-by-name-key.cypher) seek this index with CONTAINS.
CREATE TEXT INDEX character_name_keys IF NOT EXISTS FOR (n:Character) ON (n.nameKeyText)
;
// Characters loaded before nameKeyText existed get it from their nameKeys.
MATCH (c:Character) WHERE c.nameKeyText IS NULL AND c.nameKeys IS NOT NULL
SET c.nameKeyText = reduce(text = '|', key IN c.nameKeys | text + key + '|')
;
// Free-text search over names and aliases for ad-hoc exploration (Browser, notebooks).
// The port's exact name lookups use nameKeyText above.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Character|Person|Organization) ON EACH [n.name, n.aliases]

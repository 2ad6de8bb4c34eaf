// Schema, run once at start-up. Several statements, one per line group, separated by lines
// holding only ";" (schema commands cannot share a transaction with each other in every setup).
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
// Free-text search over names and aliases for ad-hoc exploration (Browser, notebooks).
// The port's exact name lookups use the nameKeys list instead: Neo4j indexes cannot seek
// into list elements, and a label scan over a few thousand characters is cheap.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Character|Person|Organization) ON EACH [n.name, n.aliases]

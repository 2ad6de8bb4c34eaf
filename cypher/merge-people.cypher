// A person's portrayals are replaced by the document's, as its other properties are:
// drop those the document no longer lists (merge-portrayals adds the rest).
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET p.name = row.name, p.aliases = row.aliases, p.roles = row.roles
WITH p, row
OPTIONAL MATCH (p)-[old:PORTRAYS]->(c:Character)
WHERE NOT c.id IN row.portrays
DELETE old

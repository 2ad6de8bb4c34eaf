// Template. $TYPE is not a query parameter: the registry replaces it at boot, once per
// character-to-character type of the closed vocabulary (domain/vocabulary), and with nothing else.
// role is '' when absent so that it can be part of the MERGE key; callers get null back.
// Evidence is stored as parallel lists (Neo4j properties cannot hold maps).
UNWIND $rows AS row
MATCH (a:Character {id: row.source})
MATCH (b:Character {id: row.target})
MERGE (a)-[r:$TYPE {role: row.role}]->(b)
SET r.weight = row.weight,
    r.evidenceDocument = row.evidenceDocument, r.evidenceStart = row.evidenceStart,
    r.evidenceEnd = row.evidenceEnd, r.evidenceQuote = row.evidenceQuote,
    r.evidenceViaPronoun = row.evidenceViaPronoun

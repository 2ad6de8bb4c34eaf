// MEMBER_OF joins a character to an organization; it carries evidence like any relationship.
UNWIND $rows AS row
MATCH (c:Character {id: row.source})
MATCH (o:Organization {id: row.target})
MERGE (c)-[r:MEMBER_OF {role: row.role}]->(o)
SET r.weight = row.weight,
    r.evidenceDocument = row.evidenceDocument, r.evidenceStart = row.evidenceStart,
    r.evidenceEnd = row.evidenceEnd, r.evidenceQuote = row.evidenceQuote,
    r.evidenceViaPronoun = row.evidenceViaPronoun

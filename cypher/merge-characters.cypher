// nameKeys (domain/ids nameKey of the name and every alias) are computed in TypeScript so that
// both stores match names by exactly the same rule.
UNWIND $rows AS row
MERGE (c:Character {id: row.id})
SET c.name = row.name, c.aliases = row.aliases, c.mentions = row.mentions,
    c.confidence = row.confidence, c.nameKeys = row.nameKeys, c.nameKeyText = row.nameKeyText

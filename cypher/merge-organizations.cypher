UNWIND $rows AS row
MERGE (o:Organization {id: row.id})
SET o.name = row.name, o.aliases = row.aliases

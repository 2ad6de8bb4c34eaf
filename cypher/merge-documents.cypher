UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d.title = row.title, d.source = row.source, d.length = row.length,
    d.contentHash = row.contentHash

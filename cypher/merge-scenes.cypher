UNWIND $rows AS row
MERGE (s:Scene {id: row.id})
SET s.document = row.document, s.index = row.index, s.start = row.start, s.end = row.end
WITH s, row
MATCH (d:Document {id: row.document})
MERGE (s)-[:PART_OF]->(d)

UNWIND $rows AS row
MATCH (c:Character {id: row.character})
MATCH (s:Scene {id: row.scene})
MERGE (c)-[:APPEARS_IN]->(s)

UNWIND $rows AS row
MATCH (p:Person {id: row.person})
MATCH (c:Character {id: row.character})
MERGE (p)-[:PORTRAYS]->(c)

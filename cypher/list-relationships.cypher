// Every character-to-character relationship, once each (directed match).
MATCH (a:Character)-[r]->(b:Character)
RETURN r {.*, source: a.id, target: b.id, type: type(r)} AS relationship

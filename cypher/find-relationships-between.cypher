MATCH (:Character {id: $a})-[r]-(:Character {id: $b})
WHERE type(r) IN $types
WITH DISTINCT r
RETURN r {.*, source: startNode(r).id, target: endNode(r).id, type: type(r)} AS relationship

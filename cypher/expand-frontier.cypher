// One breadth-first layer of a neighbourhood: the characters one hop from any frontier id.
UNWIND $frontier AS id
MATCH (:Character {id: id})-[r]-(n:Character)
WHERE type(r) IN $types
RETURN DISTINCT n.id AS id

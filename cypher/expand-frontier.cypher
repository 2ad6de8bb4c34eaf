// One breadth-first layer of a neighbourhood: the characters one hop from any frontier id, whole,
// so that the answer need not look its members up again.
UNWIND $frontier AS id
MATCH (:Character {id: id})-[r]-(n:Character)
WHERE type(r) IN $types
// DISTINCT on the nodes before reading them: a hub in the frontier yields thousands of rows for a
// few hundred characters, and reading properties per row cost three times as much.
WITH DISTINCT n
RETURN n {.id, .name, .aliases, .mentions, .confidence} AS character

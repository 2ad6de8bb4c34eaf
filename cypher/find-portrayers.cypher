UNWIND $ids AS id
MATCH (p:Person)-[:PORTRAYS]->(:Character {id: id})
RETURN id, p {.id, .name, .aliases, .roles} AS person

// $needle is '|' + the name key + '|'. Neo4j cannot index into a list, so each character also
// keeps its name keys as one string, '|key one|key two|', under a TEXT index (see
// create-constraints.cypher): CONTAINS seeks that index instead of scanning every character.
// Name keys hold only letters, digits and single spaces, so '|' cannot occur inside one.
MATCH (c:Character)
WHERE c.nameKeyText CONTAINS $needle
RETURN c {.id, .name, .aliases, .mentions, .confidence} AS character

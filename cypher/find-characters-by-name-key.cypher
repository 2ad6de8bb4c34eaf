// One row per match, for several needles at once (one per name a question names), each tagged
// with its needle's slot. A needle is '|' + the name key + '|'. Neo4j cannot index into a list,
// so each character also keeps its name keys as one string, '|key one|key two|', under a TEXT
// index (see create-constraints.cypher): CONTAINS seeks that index, once per needle, instead of
// scanning every character. Name keys hold only letters, digits and single spaces, so '|'
// cannot occur inside one.
UNWIND range(0, size($needles) - 1) AS slot
MATCH (c:Character)
WHERE c.nameKeyText CONTAINS $needles[slot]
RETURN slot, c {.id, .name, .aliases, .mentions, .confidence} AS character

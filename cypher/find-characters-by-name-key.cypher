MATCH (c:Character)
WHERE $key IN c.nameKeys
RETURN c {.id, .name, .aliases, .mentions, .confidence} AS character

MATCH (c:Character)
RETURN c {.id, .name, .aliases, .mentions, .confidence} AS character

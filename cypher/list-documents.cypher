MATCH (d:Document)
RETURN d {.id, .title, .source, .length, .contentHash} AS document

MATCH (d:Document)
RETURN d {.id, .title, .source, .length} AS document

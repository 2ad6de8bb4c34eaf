// Tests only: empties the database between tests. The service never runs it.
MATCH (n) DETACH DELETE n

// Label counts come from Neo4j's count store: constant time.
CALL { MATCH (n:Character) RETURN count(n) AS characters }
CALL { MATCH (n:Person) RETURN count(n) AS people }
CALL { MATCH (n:Organization) RETURN count(n) AS organizations }
CALL { MATCH (n:Document) RETURN count(n) AS documents }
RETURN characters, people, organizations, documents

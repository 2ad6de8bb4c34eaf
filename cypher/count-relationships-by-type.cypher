// Character relationships and memberships; PORTRAYS, APPEARS_IN and PART_OF are not counted.
MATCH (:Character)-[r]->(other)
WHERE other:Character OR (other:Organization AND type(r) = 'MEMBER_OF')
RETURN type(r) AS type, count(r) AS count

package org.warmpath.accounts;

import org.springframework.data.neo4j.repository.Neo4jRepository;

interface AccountRepository extends Neo4jRepository<Account, String> {

}

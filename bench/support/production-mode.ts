/**
 * Imported first by the benchmarks that run a server in their own process: graphql-js reads
 * NODE_ENV once, when it is loaded, and outside production every type check during execution
 * takes a slower path (looking for a second copy of graphql). The service runs with
 * NODE_ENV=production (the image, docker-compose, the service processes of bench/sections).
 */
process.env.NODE_ENV ??= "production";

# The Ensemble service image; `docker compose up` builds it and wires it to Neo4j.
# Two stages: `build` compiles TypeScript with every dependency; the runtime stage keeps only the
# production dependencies, the compiled dist/ and the files the service reads at run time.

FROM node:20-bookworm-slim AS build
WORKDIR /app
# Dependencies first, so that a source change does not reinstall them. Scripts stay off: the
# package's own `prepare` would build before the sources are here.
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev --ignore-scripts --no-audit --no-fund

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
# Everything under /app belongs to root: the service only reads it. package.json is read for
# the version and to find the package root (src/package-root.ts); cypher/ holds every statement
# the Neo4j store runs; public/ the IDE and widget scripts; seeds/ the graph and the curation
# ingest extracts with; node_modules also serves GraphiQL, React and cytoscape to browsers.
COPY package.json package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY bin ./bin
COPY cypher ./cypher
COPY public ./public
COPY schema ./schema
COPY seeds ./seeds
RUN ln -s /app/bin/ensemble.js /usr/local/bin/ensemble
# data/ is the one place the service writes: the embedded store's ingest journal (DATA_DIR).
RUN mkdir /app/data && chown node:node /app/data
USER node
EXPOSE 4000
# Slim images have neither curl nor wget, so node asks /readyz: 503 while the store cannot serve.
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself is PID 1, with no npm or shell in between: SIGTERM reaches the service, which
# drains, closes the store and exits 0. (compose adds `init: true` to reap any child process.)
CMD ["node", "dist/app/main.js"]

# The Ensemble service. `docker compose up` builds it and wires it to Neo4j.
FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
RUN chown node:node /app
# Not root; and `npm start` rebuilds into dist/, so the node user owns everything under /app.
USER node

# Dependencies first, so that a source change does not reinstall them. `npm start` compiles
# TypeScript, so the dev dependencies are installed too; scripts wait until the sources are here.
COPY --chown=node:node package.json package-lock.json ./
RUN npm ci --include=dev --ignore-scripts --no-audit --no-fund

COPY --chown=node:node tsconfig.json tsconfig.build.json ./
COPY --chown=node:node bin ./bin
COPY --chown=node:node src ./src
COPY --chown=node:node cypher ./cypher
COPY --chown=node:node public ./public
COPY --chown=node:node schema ./schema
COPY --chown=node:node seeds ./seeds
RUN npm run build

EXPOSE 4000
CMD ["npm", "start"]

# The API only; Neo4j comes from docker-compose.yml (NEO4J_URI), so no Java is needed here.
FROM node:22-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
# The install's own scripts (scripts/install-note.mjs) run during npm ci.
COPY scripts ./scripts
RUN npm ci --include=dev
COPY tsconfig.json ./
COPY src ./src
COPY web ./web
# Compiled to dist/ and the explorer bundled here; the build tools (tsx, esbuild) and sources go afterwards.
RUN npm run build && npm prune --omit=dev && rm -rf src scripts
COPY cypher ./cypher
COPY data ./data
EXPOSE 4000
CMD ["node", "--max-semi-space-size=32", "--experimental-async-context-frame", "dist/main.js"]

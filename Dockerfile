# The API only; Neo4j comes from docker-compose.yml (NEO4J_URI), so no Java is needed here.
FROM node:22-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --include=dev
COPY tsconfig.json ./
COPY src ./src
COPY web ./web
# The explorer is bundled from npm packages here; the build tools are pruned afterwards.
RUN npm run build:web && npm prune --omit=dev
COPY cypher ./cypher
COPY data ./data
EXPOSE 4000
CMD ["node", "--import", "tsx", "src/main.ts"]

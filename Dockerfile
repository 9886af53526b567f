# One image for the API (which also serves the web console at /) and the worker; the compose file picks the command.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error
COPY tsconfig.json tsconfig.build.json ./
COPY apps apps
COPY activities activities
COPY libs libs
COPY tools tools
COPY workflows workflows
RUN npx tsc -p tsconfig.build.json \
 && node --disable-warning=ExperimentalWarning dist/tools/build-workflow-bundle.js \
 && NODE_ENV=production npx vite build -c apps/console/vite.config.mts --logLevel warn \
 && npm prune --omit=dev --no-audit --no-fund --loglevel=error

FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production \
    WORKFLOW_BUNDLE_PATH=/app/dist/workflow-bundle.js \
    RETENTION_AFTER_END=2192d \
    DISPOSAL_AFTER_WITHDRAWAL=30d \
    RETENTION_SWEEP_INTERVAL=1d \
    WORKER_MAX_CACHED_WORKFLOWS=100 \
    MALLOC_ARENA_MAX=2
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
# Where the audit chain's signed checkpoints go (a volume in docker-compose.yml), writable by the API.
RUN mkdir -p /var/lib/frontier/checkpoints && chown node:node /var/lib/frontier/checkpoints
USER node
EXPOSE 3000
# The API's memory budget (tools/stack/memory-budget.ts; the worker's is in docker-compose.yml).
CMD ["node", "--disable-warning=ExperimentalWarning", "--enable-source-maps", "--max-old-space-size=192", "--max-semi-space-size=8", "dist/apps/api/main.js"]

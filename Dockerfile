# The bot as a container, following the official Node.js image's guidance: build in one stage,
# run compiled JavaScript in a slim one as the unprivileged `node` user, with an init process
# (tini) as PID 1 so SIGTERM from `docker stop` reaches the bot and exits are reaped.
#   docker build -t article-qa-bot .
#   docker run --env-file .env -p 8080:8080 -v "$PWD/knowledge:/app/knowledge:ro" article-qa-bot
# or `docker compose up` (compose.yaml: the bot, Redis and the knowledge folder).

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
COPY commands ./commands
RUN npm run build

FROM node:20-bookworm-slim
RUN apt-get update \
  && apt-get install -y --no-install-recommends tini \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080 \
    KNOWLEDGE_DIR=/app/knowledge
WORKDIR /app
COPY package.json package-lock.json ./
# Production dependencies only; no install scripts are needed to run.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# The sample article; mount your own folder over /app/knowledge.
COPY knowledge ./knowledge
USER node
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
# node itself, not npm: no wrapper between the signal and the bot.
CMD ["node", "dist/src/main.js"]

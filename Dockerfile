# Multi-stage build of Bangfu's worker and API image (docker-compose.yml uses target "runtime").
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts

FROM deps AS build
COPY . .
# Prisma 6.19 client engine: generated offline, no native engine download; the web app into dist/web.
RUN DATABASE_URL=postgresql://unused@127.0.0.1:1/unused npx prisma generate && npx tsc --noEmit -p . && npx tsx scripts/build-web.ts

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app /app
RUN mkdir -p /var/lib/bangfu && chown node:node /var/lib/bangfu
USER node
EXPOSE 3000
CMD ["npm", "run", "api"]

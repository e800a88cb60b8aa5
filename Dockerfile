# Multi-stage build of Bangfu (issue 16 items 1–3). Node 24 LTS; the code also runs on Node 20 and 22
# (README "Node versions"). test/image/image.test.ts (`npm run test:image`) runs these same steps in a
# clean folder.
#   runtime  compiled JS (dist/) + production dependencies only: `node dist/scripts/api.js` / worker.js
#   migrate  the one-shot migration job (keeps the Prisma CLI, a dev dependency)
FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts

FROM deps AS build
COPY . .
# Prisma 6.19 client engine: generated offline (no native engine download), tsc → dist/, the web app → dist/web.
RUN npm run build

FROM build AS migrate
ENV NODE_ENV=production
USER node
CMD ["node", "dist/scripts/migrate.js"]

FROM deps AS prod-deps
# @prisma/client names the Prisma CLI and TypeScript as optional peers, so npm keeps them on
# --omit=dev ("devOptional"); the compiled client needs neither at run time.
RUN npm prune --omit=dev --ignore-scripts --no-audit --no-fund && rm -rf node_modules/prisma node_modules/@prisma/engines node_modules/typescript node_modules/.bin/prisma node_modules/.bin/tsc node_modules/.bin/tsserver

FROM node:24-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY prisma/sql ./prisma/sql
RUN mkdir -p -m 0700 /var/lib/bangfu && chown node:node /var/lib/bangfu
USER node
EXPOSE 3000
CMD ["node", "dist/scripts/api.js"]

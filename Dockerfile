# Build: docker build -t infershield .
# Run:   docker run -p 8080:8080 -e INFERSHIELD_HOST=0.0.0.0 -e INFERSHIELD_API_KEYS=... -e INFERSHIELD_UPSTREAM_URL=... infershield
# Debian bookworm to match the glibc the pinned uWebSockets.js native binary is built for;
# the gateway refuses to start on the slow pure-JS fallback, so a mismatch fails loudly.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json LICENSE README.md SECURITY.md ./
USER node
EXPOSE 8080 9090
HEALTHCHECK --interval=10s --timeout=2s CMD node -e "fetch('http://127.0.0.1:8080/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# --no-regexp-tier-up: detection runs 1.3-2x faster (docs/performance.md, "Node flags").
ENTRYPOINT ["node", "--no-regexp-tier-up", "dist/cli/main.js"]
CMD ["serve"]

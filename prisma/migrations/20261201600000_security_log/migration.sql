-- CreateTable
CREATE TABLE "security_events" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" TEXT NOT NULL,
    "actor" JSONB NOT NULL,
    "action" TEXT NOT NULL,
    "target" TEXT,
    "code" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "ip" TEXT,

    CONSTRAINT "security_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "parameter_approvals" (
    "id" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "effective_from" TEXT NOT NULL,
    "ref" TEXT NOT NULL,
    "not_in_seeds" BOOLEAN NOT NULL,
    "requested_by" TEXT NOT NULL,
    "requested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "decided_by" TEXT,
    "decided_at" TIMESTAMPTZ(3),

    CONSTRAINT "parameter_approvals_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "security_events_at_idx" ON "security_events"("at");

-- CreateIndex
CREATE INDEX "security_events_kind_at_idx" ON "security_events"("kind", "at");

-- CreateIndex
CREATE INDEX "parameter_approvals_status_idx" ON "parameter_approvals"("status");


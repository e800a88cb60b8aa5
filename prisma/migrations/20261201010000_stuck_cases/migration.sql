-- A case whose last write was refused as bad input waits for ops instead of retrying forever.
CREATE TABLE "stuck_cases" (
    "case_id" TEXT NOT NULL,
    "error" TEXT NOT NULL,
    "since" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stuck_cases_pkey" PRIMARY KEY ("case_id")
);

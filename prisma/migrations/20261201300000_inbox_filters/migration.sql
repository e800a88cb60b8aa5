-- CreateTable
CREATE TABLE "inbox_filters" (
    "sub" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "filter" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inbox_filters_pkey" PRIMARY KEY ("sub","name")
);


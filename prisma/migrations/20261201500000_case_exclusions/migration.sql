-- AlterTable
ALTER TABLE "cases" ADD COLUMN     "exclusions" JSONB;


-- AlterTable
ALTER TABLE "tasks" ADD COLUMN     "level" TEXT;

-- AlterTable
ALTER TABLE "tasks" ADD COLUMN     "data" JSONB;


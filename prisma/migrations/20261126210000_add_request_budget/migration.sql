-- CreateTable
CREATE TABLE "request_budget" (
    "key" TEXT NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "request_budget_pkey" PRIMARY KEY ("key")
);

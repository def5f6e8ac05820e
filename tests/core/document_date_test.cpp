// textchain::is_document_date, the host's one check of a document date, public so that an embedder (the
// Python binding, a service) checks dates from outside as the command does instead of writing its own.
#include <textchain/host.hpp>

#include <gtest/gtest.h>

TEST(DocumentDate, RealCalendarDaysInYyyyMmDdAreAccepted) {
  for (const char* d : {"2025-09-26", "2024-02-29", "2000-02-29", "1999-12-31", "0001-01-01", "2025-01-31",
                        "2025-04-30"})
    EXPECT_TRUE(textchain::is_document_date(d)) << d;
}

TEST(DocumentDate, OtherSpellingsAndDaysThatDoNotExistAreRefused) {
  for (const char* d : {"", "2025-9-26", "2025-09-26T00:00", "26/09/2025", "2025/09/26", "2025-02-29",
                        "1900-02-29", "2025-04-31", "2025-13-01", "2025-00-10", "2025-01-00", "２０２５-09-26",
                        "2025-09-2a", " 2025-09-26"})
    EXPECT_FALSE(textchain::is_document_date(d)) << d;
}

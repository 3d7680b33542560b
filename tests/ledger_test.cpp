#include "inmail/ledger.h"

#include <gtest/gtest.h>

namespace inmail {
namespace {

TEST(Ledger, SpendsTheLotThatExpiresFirst) {
  Ledger ledger(/*expiry_days=*/10, /*day_count=*/30);
  ledger.add(0, 5);
  ledger.add(3, 7);
  EXPECT_EQ(ledger.spend(6), 6);  // all 5 of day 0, 1 of day 3
  EXPECT_EQ(ledger.balance(), 6);
  // Day 0's lot is empty, so nothing is left to expire on day 10.
  EXPECT_EQ(ledger.expire(10), 0);
  // Day 3's lot (6 left) goes at the start of day 13.
  EXPECT_EQ(ledger.expire(12), 0);
  EXPECT_EQ(ledger.expire(13), 6);
  EXPECT_EQ(ledger.balance(), 0);
}

TEST(Ledger, LotIsUsableOnItsLastDayAndGoneTheNext) {
  Ledger ledger(/*expiry_days=*/5, /*day_count=*/10);
  ledger.add(2, 4);
  EXPECT_EQ(ledger.expire(6), 0);  // days 2..6 usable
  EXPECT_EQ(ledger.balance(), 4);
  EXPECT_EQ(ledger.expire(7), 4);
  EXPECT_EQ(ledger.balance(), 0);
}

// A credit lives expiry_days, so that many issue days (and the day being
// issued) hold lots at once: each keeps its own expiry.
TEST(Ledger, KeepsTheLotsOfEveryLiveIssueDayApart) {
  Ledger short_lived(/*expiry_days=*/2, /*day_count=*/10);
  short_lived.add(0, 5);
  EXPECT_EQ(short_lived.expire(1), 0);
  short_lived.add(1, 3);
  EXPECT_EQ(short_lived.expire(2), 5);  // day 0's lot: usable days 0 and 1
  EXPECT_EQ(short_lived.expire(3), 3);
  Ledger ledger(/*expiry_days=*/5, /*day_count=*/20);
  for (int day = 0; day < 5; ++day) {
    EXPECT_EQ(ledger.expire(day), 0);
    ledger.add(day, std::int64_t{1} << day);  // 1, 2, 4, 8, 16
  }
  EXPECT_EQ(ledger.expire(5), 1);
  ledger.add(5, 32);
  EXPECT_EQ(ledger.expire(6), 2);
  EXPECT_EQ(ledger.balance(), 4 + 8 + 16 + 32);
}

TEST(Ledger, SpendNeverTakesMoreThanTheBalance) {
  Ledger ledger(90, 10);
  ledger.add(0, 3);
  EXPECT_EQ(ledger.spend(10), 3);
  EXPECT_EQ(ledger.balance(), 0);
  EXPECT_EQ(ledger.spend(1), 0);
}

TEST(Ledger, CapRemovesTheExcessFromTheOldestLots) {
  Ledger ledger(/*expiry_days=*/10, /*day_count=*/30);
  ledger.add(0, 8);
  ledger.add(1, 8);
  EXPECT_EQ(ledger.cap(10), 6);
  EXPECT_EQ(ledger.balance(), 10);
  // Day 0 kept 2, day 1 kept all 8: the expiries show which lot lost credits.
  EXPECT_EQ(ledger.expire(10), 2);
  EXPECT_EQ(ledger.expire(11), 8);
}

TEST(Ledger, CapBelowTheBalanceOnlyRemovesNothing) {
  Ledger ledger(90, 10);
  ledger.add(0, 5);
  EXPECT_EQ(ledger.cap(5), 0);
  EXPECT_EQ(ledger.cap(100), 0);
  EXPECT_EQ(ledger.balance(), 5);
}

TEST(Ledger, LotsOfTheSameDayMerge) {
  Ledger ledger(3, 10);
  ledger.add(1, 2);
  ledger.add(1, 3);
  EXPECT_EQ(ledger.expire(4), 5);
}

TEST(Ledger, AddingNothingIsHarmless) {
  Ledger ledger(3, 10);
  ledger.add(0, 0);
  ledger.add(2, 1);
  EXPECT_EQ(ledger.spend(1), 1);
  EXPECT_EQ(ledger.expire(9), 0);
}

// Lots sit in a ring of expiry_days + 1 slots: a lot issued long after the
// ledger last held one, or many expiries later, lands in a slot that once
// held another day's lot.
TEST(Ledger, KeepsLotsApartAcrossManyLivesAndGaps) {
  Ledger ledger(/*expiry_days=*/3, /*day_count=*/100);
  ledger.add(0, 1);
  EXPECT_EQ(ledger.expire(3), 1);
  EXPECT_EQ(ledger.expire(40), 0);
  ledger.add(40, 5);  // the ring's slot of day 0 (4 slots), after a gap
  EXPECT_EQ(ledger.expire(41), 0);
  ledger.add(41, 7);
  EXPECT_EQ(ledger.spend(6), 6);  // 5 of day 40, 1 of day 41
  EXPECT_EQ(ledger.expire(43), 0);
  EXPECT_EQ(ledger.expire(44), 6);  // day 41's lot, used through day 43
  EXPECT_EQ(ledger.balance(), 0);
}

TEST(Ledger, CreditsThatCannotLapseInsideTheProjectionStay) {
  Ledger ledger(/*expiry_days=*/90, /*day_count=*/30);
  ledger.add(0, 4);
  ledger.add(20, 6);
  EXPECT_EQ(ledger.expire(29), 0);
  EXPECT_EQ(ledger.cap(7), 3);
  EXPECT_EQ(ledger.spend(10), 7);
  Ledger endless(std::nullopt, 30);
  endless.add(0, 2);
  EXPECT_EQ(endless.expire(29), 0);
  EXPECT_EQ(endless.balance(), 2);
}

}  // namespace
}  // namespace inmail

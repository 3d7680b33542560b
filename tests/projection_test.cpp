// Golden cases worked out by hand from the spec; the comment on each case
// shows the arithmetic. January 2015 starts on a Thursday and has 22
// business days (1-2, 5-9, 12-16, 19-23, 26-30).
#include "inmail/projection.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace inmail {
namespace {

using testing::project_json_scenario;

TEST(Projection, LaunchBonusArrivesInJanuary2015Only) {
  const Result result = project_json_scenario(
      R"({"plan": "recruiter", "start": "2015-01", "months": 2, "seats": 2})");
  EXPECT_EQ(result.months[0].granted, 300);  // 150 x 2 seats
  EXPECT_EQ(result.months[0].bonus, 200);    // 100 x 2 seats
  EXPECT_EQ(result.months[0].closing, 500);
  EXPECT_EQ(result.months[1].bonus, 0);
  EXPECT_EQ(result.months[1].closing, 800);
  EXPECT_EQ(result.totals.bonus, 200);
}

TEST(Projection, LaunchBonusNeedsPolicyPlanMonthAndSwitch) {
  const char* const no_bonus[] = {
      R"({"plan": "recruiter", "start": "2015-02", "months": 1})",
      R"({"plan": "recruiter", "start": "2014-01", "months": 12})",
      R"({"plan": "recruiter", "start": "2015-01", "months": 1, "launch_bonus": false})",
      R"({"plan": "recruiter", "policy": "legacy", "start": "2015-01", "months": 1})",
      R"({"plan": "recruiter_lite", "start": "2015-01", "months": 1})",
      R"({"plan": "custom", "allotment": 150, "start": "2015-01", "months": 1})",
  };
  for (const char* json : no_bonus) {
    EXPECT_EQ(project_json_scenario(json).totals.bonus, 0) << json;
  }
  EXPECT_EQ(project_json_scenario(R"({"plan": "recruiter_professional_services",
                                      "start": "2014-12", "months": 2})")
                .months[1]
                .bonus,
            100);
}

// Legacy, Recruiter Lite (25 a month), 22 sends in January 2015: one a
// business day. Refunds come on send day + 7; sends through Fri 23 Jan (17 of
// them) are refunded within January, those of 26-30 Jan (5) are pending.
TEST(Projection, LegacyRefundsUnansweredSendsWhenResponsesComeFast) {
  // Every send answered within 3 days: nothing comes back.
  Result result = project_json_scenario(R"({"policy": "legacy", "plan": "recruiter_lite",
      "start": "2015-01", "months": 1, "sends_per_month": 22, "response_rate": 100,
      "response_days": 3})");
  EXPECT_EQ(result.months[0].sent, 22);
  EXPECT_EQ(result.months[0].refunded, 0);
  // Responses to sends through Wed 28 Jan (20) arrive by the 31st.
  EXPECT_EQ(result.months[0].responses, 20);
  EXPECT_EQ(result.months[0].closing, 3);
  EXPECT_EQ(result.totals.pending_refunds, 0);

  // Nothing answered: every send comes back on day + 7.
  result = project_json_scenario(R"({"policy": "legacy", "plan": "recruiter_lite",
      "start": "2015-01", "months": 1, "sends_per_month": 22, "response_rate": 0,
      "response_days": 3})");
  EXPECT_EQ(result.months[0].refunded, 17);
  EXPECT_EQ(result.months[0].closing, 25 - 22 + 17);
  EXPECT_EQ(result.totals.pending_refunds, 5);
}

TEST(Projection, LegacyRefundComesExactlySevenDaysAfterTheSend) {
  // March 2015 ends on Tuesday the 31st, so a day's shift either way moves a
  // refund across the month end: sends through Tue 24 Mar (17) come back in
  // March; with 6 days it would be 18, with 8 days 16.
  const Result result = project_json_scenario(R"({"policy": "legacy", "plan": "recruiter_lite",
      "start": "2015-03", "months": 1, "sends_per_month": 22, "response_rate": 0})");
  EXPECT_EQ(result.months[0].sent, 22);
  EXPECT_EQ(result.months[0].refunded, 17);
  EXPECT_EQ(result.totals.pending_refunds, 5);
}

TEST(Projection, LegacyRefundsEverySendWhenResponsesTakeSevenDaysOrMore) {
  for (int days : {7, 10}) {
    const Result result = project_json_scenario(
        R"({"policy": "legacy", "plan": "recruiter_lite", "start": "2015-01", "months": 1,
            "sends_per_month": 22, "response_rate": 100, "response_days": )" +
        std::to_string(days) + "}");
    EXPECT_EQ(result.months[0].refunded, 17) << days;
    EXPECT_EQ(result.totals.pending_refunds, 5) << days;
  }
  // With 10 days, responses to sends through Wed 21 Jan (15) arrive in January.
  const Result result = project_json_scenario(
      R"({"policy": "legacy", "plan": "recruiter_lite", "start": "2015-01", "months": 1,
          "sends_per_month": 22, "response_rate": 100, "response_days": 10})");
  EXPECT_EQ(result.months[0].responses, 15);
}

TEST(Projection, Policy2015RefundsResponsesOnArrivalAndReportsThePending) {
  // Recruiter Lite 2015: 30 credits; every send answered 3 days later. Sends
  // on Thu 29 and Fri 30 Jan are answered in February: pending.
  const Result result = project_json_scenario(R"({"plan": "recruiter_lite", "start": "2015-01",
      "months": 1, "sends_per_month": 22, "response_rate": 100, "response_days": 3})");
  EXPECT_EQ(result.months[0].refunded, 20);
  EXPECT_EQ(result.months[0].responses, 20);
  EXPECT_EQ(result.months[0].closing, 30 - 22 + 20);
  EXPECT_EQ(result.totals.pending_refunds, 2);
}

// floor(M(t) * bp / 10000) from M = 0: one send at 99.99 % owes 0.9999 of a
// response, which is no response yet.
TEST(Projection, ResponsesAreRoundedDownFromTheFirstSend) {
  const Result result = testing::project_json_scenario(
      R"({"plan": "custom", "allotment": 10, "months": 1, "sends_per_month": 1,
          "response_rate": 99.99, "response_days": 3})");
  EXPECT_EQ(result.totals.sent, 1);
  EXPECT_EQ(result.totals.responses, 0);
  EXPECT_EQ(result.totals.refunded, 0);
  EXPECT_EQ(result.totals.pending_refunds, 0);
}

TEST(Projection, LotExpiresOnItsExactDay) {
  // The 1 January lot (day 0) with a 30-day life is removed at the start of
  // day 30, 31 January; with 31 days it survives January.
  Result result = project_json_scenario(R"({"plan": "custom", "allotment": 10, "start": "2015-01",
      "months": 1, "expiry_days": 30})");
  EXPECT_EQ(result.months[0].expired, 10);
  EXPECT_EQ(result.months[0].closing, 0);
  result = project_json_scenario(R"({"plan": "custom", "allotment": 10, "start": "2015-01",
      "months": 1, "expiry_days": 31})");
  EXPECT_EQ(result.months[0].expired, 0);
  EXPECT_EQ(result.months[0].closing, 10);
}

TEST(Projection, OpeningBalanceIsAPerSeatLotOfDayZero) {
  const Result result = project_json_scenario(R"({"plan": "custom", "allotment": 0,
      "start": "2015-01", "months": 2, "seats": 3, "opening_balance": 7, "expiry_days": 31})");
  EXPECT_EQ(result.months[0].opening, 21);
  EXPECT_EQ(result.months[0].closing, 21);
  EXPECT_EQ(result.months[1].expired, 21);  // removed on 1 February (day 31)
}

TEST(Projection, BalanceCapTrimsOnRefreshDayFromTheOldestLot) {
  // 10 a month, cap 15, 40-day life, no sends. 1 Feb: 10 + 10 = 20, the cap
  // removes 5 from January's lot; 10 Feb (day 40) January's last 5 expire.
  // Had the cap cut February's lot, 10 would expire then, not 5.
  const Result result = project_json_scenario(R"({"plan": "custom", "allotment": 10,
      "start": "2015-01", "months": 3, "balance_cap": 15, "expiry_days": 40})");
  EXPECT_EQ(result.months[0].closing, 10);
  EXPECT_EQ(result.months[1].expired, 10);
  EXPECT_EQ(result.months[1].closing, 10);
  // 1 Mar: 20 again, 5 capped; 12 Mar (day 70) the rest of February's lot.
  EXPECT_EQ(result.months[2].expired, 10);
  EXPECT_EQ(result.months[2].closing, 10);
}

TEST(Projection, BalanceCapIsPerSeatInAPooledLedger) {
  const Result result = project_json_scenario(R"({"plan": "custom", "allotment": 10,
      "pooled": true, "seats": 2, "start": "2015-01", "months": 2, "balance_cap": 15})");
  EXPECT_EQ(result.months[1].expired, 10);  // 40 held, 30 allowed
  EXPECT_EQ(result.months[1].closing, 30);
}

TEST(Projection, RefreshDay28) {
  // February 2015: 20 business days, the 28th a Saturday, so the month's
  // 20 sends (one a day) all find no credit. March: 22 business days,
  // day i asks floor((i+1)*20/22) - floor(i*20/22); February's 10 credits last
  // through index 10 (16 Mar), indexes 11-19 want 8 more (unsent), and the
  // refresh of Sat 28 Mar covers the last 2 (30-31 Mar).
  const Result result = project_json_scenario(R"({"plan": "custom", "allotment": 10,
      "start": "2015-02", "months": 2, "refresh_day": 28, "sends_per_month": 20})");
  EXPECT_EQ(result.months[0].sent, 0);
  EXPECT_EQ(result.months[0].unsent, 20);
  EXPECT_EQ(result.months[0].closing, 10);
  EXPECT_EQ(result.months[1].granted, 10);
  EXPECT_EQ(result.months[1].sent, 12);
  EXPECT_EQ(result.months[1].unsent, 8);
  EXPECT_EQ(result.months[1].closing, 8);
}

// Custom plan, 100 a seat; one seat wants 300 a month, the other sends none.
TEST(Projection, PoolingSendsMoreAndWastesLess) {
  const std::string team = R"("plan": "custom", "allotment": 100, "start": "2015-01",
      "months": 6, "groups": [{"name": "Heavy", "sends_per_month": 300},
                              {"name": "Idle", "sends_per_month": 0}])";
  const Result pooled = project_json_scenario("{" + team + R"(, "pooled": true})");
  const Result separate = project_json_scenario("{" + team + R"(, "pooled": false})");
  EXPECT_EQ(pooled.totals.sent, 200 * 6);
  EXPECT_EQ(separate.totals.sent, 100 * 6);
  EXPECT_GT(pooled.totals.sent, separate.totals.sent);
  // The idle seat's lots of Jan, Feb, Mar and Apr expire 90 days on (1 Apr,
  // 2 May, 30 May, 30 Jun); pooled, the heavy seat spends them first.
  EXPECT_EQ(separate.totals.expired, 400);
  EXPECT_EQ(pooled.totals.expired, 0);
  EXPECT_LT(pooled.totals.expired, separate.totals.expired);
  EXPECT_EQ(separate.groups[1].months[0].sent, 0);
  EXPECT_EQ(pooled.groups[0].months[0].sent, 200);
}

TEST(Projection, PooledGroupsAreServedInListedOrder) {
  // February 2015 (20 business days), 150 pooled credits; the groups want 7
  // and 5 a day. After 12 days 6 credits are left: on day 13 the first group
  // takes them all (12 * 7 + 6 = 90) and the second gets none (12 * 5 = 60).
  const Result result = project_json_scenario(R"({"plan": "custom", "allotment": 75,
      "pooled": true, "start": "2015-02", "months": 1,
      "groups": [{"sends_per_month": 140}, {"sends_per_month": 100}]})");
  EXPECT_EQ(result.groups[0].months[0].sent, 90);
  EXPECT_EQ(result.groups[1].months[0].sent, 60);
  EXPECT_EQ(result.groups[1].months[0].unsent, 40);
}

TEST(Projection, MaxSustainableSendsIsTheAllotmentWithoutResponses) {
  const Result result = project_json_scenario(
      R"({"plan": "recruiter_lite", "start": "2015-01", "months": 1, "sends_per_month": 5})");
  EXPECT_EQ(result.solvers.max_sustainable_sends, 30);
  EXPECT_EQ(result.solvers.break_even_response_bp, 0);  // 5 sends need no refund
}

TEST(Projection, BreakEvenRateNeedsOneRefundBeforeTheLastSend) {
  // 10 credits, 11 sends on January's odd business-day indexes (2 Jan .. 30
  // Jan), responses a day later. The 11th send (30 Jan) needs a refund by
  // then; floor(M * bp / 10000) first reaches 1 within 10 sends at bp = 1000.
  const Result result = project_json_scenario(R"({"plan": "custom", "allotment": 10,
      "start": "2015-01", "months": 1, "sends_per_month": 11, "response_days": 1})");
  EXPECT_EQ(result.solvers.break_even_response_bp, 1000);
  EXPECT_EQ(result.solvers.max_sustainable_sends, 10);
}

TEST(Projection, SolversAreNullWhereTheSpecSaysSo) {
  const Result two_groups =
      project_json_scenario(R"({"groups": [{"sends_per_month": 10}, {"sends_per_month": 20}]})");
  EXPECT_FALSE(two_groups.solvers.max_sustainable_sends);
  EXPECT_FALSE(two_groups.solvers.break_even_response_bp);

  const Result legacy = project_json_scenario(R"({"policy": "legacy", "sends_per_month": 10})");
  EXPECT_TRUE(legacy.solvers.max_sustainable_sends);
  EXPECT_FALSE(legacy.solvers.break_even_response_bp);

  // No credits at all: even a 100% response rate cannot send one InMail.
  const Result broke = project_json_scenario(
      R"({"plan": "custom", "allotment": 0, "sends_per_month": 10, "response_rate": 100})");
  EXPECT_EQ(broke.solvers.max_sustainable_sends, 0);
  EXPECT_FALSE(broke.solvers.break_even_response_bp);
}

TEST(Projection, SendingPlansGiveEachMonthItsEntryAndRepeatTheLast) {
  // Plenty of credits and no responses: each month sends exactly its entry,
  // months past the plan repeat its last entry, entries past the projection
  // are not used (spec v3, section 2).
  const Result result = project_json_scenario(R"({"plan": "custom", "allotment": 1000,
      "start": "2027-01", "months": 4, "sends_per_month": [10, 20, 5, 7, 9, 11]})");
  const std::int64_t expected[] = {10, 20, 5, 7};
  for (std::size_t month = 0; month < 4; ++month) {
    EXPECT_EQ(result.months[month].sent, expected[month]) << month;
  }
  const Result shorter = project_json_scenario(R"({"plan": "custom", "allotment": 1000,
      "start": "2027-01", "months": 4, "sends_per_month": [10, 20]})");
  EXPECT_EQ(shorter.months[2].sent, 20);
  EXPECT_EQ(shorter.months[3].sent, 20);
  EXPECT_EQ(shorter.totals.sent, 70);
}

TEST(Projection, PooledSendingPlansAreTheGroupsSeatsTimesTheEntry) {
  // 3 pooled seats sending [10, 0]: 30 InMails in the first month, none after.
  const Result result = project_json_scenario(R"({"plan": "recruiter", "start": "2027-01",
      "months": 3, "groups": [{"seats": 3, "sends_per_month": [10, 0]},
                              {"seats": 2, "sends_per_month": 4}]})");
  EXPECT_EQ(result.groups[0].months[0].sent, 30);
  EXPECT_EQ(result.groups[0].months[1].sent, 0);
  EXPECT_EQ(result.groups[0].months[2].sent, 0);
  EXPECT_EQ(result.groups[1].months[2].sent, 8);
}

TEST(Projection, AOneMonthPlanHasTheFiguresOfItsNumberButNoSolvers) {
  const Result listed = project_json_scenario(R"({"plan": "recruiter_lite", "months": 5,
      "sends_per_month": [40], "response_rate": 25})");
  const Result number = project_json_scenario(R"({"plan": "recruiter_lite", "months": 5,
      "sends_per_month": 40, "response_rate": 25})");
  ASSERT_EQ(listed.months.size(), number.months.size());
  for (std::size_t month = 0; month < listed.months.size(); ++month) {
    EXPECT_EQ(listed.months[month].sent, number.months[month].sent);
    EXPECT_EQ(listed.months[month].unsent, number.months[month].unsent);
    EXPECT_EQ(listed.months[month].refunded, number.months[month].refunded);
    EXPECT_EQ(listed.months[month].closing, number.months[month].closing);
  }
  EXPECT_GT(number.totals.unsent, 0);  // the figures compared are not all zero
  EXPECT_TRUE(number.solvers.max_sustainable_sends);
  EXPECT_FALSE(listed.solvers.max_sustainable_sends);
  EXPECT_FALSE(listed.solvers.break_even_response_bp);
}

TEST(Projection, HugePooledTeamsStayExactIn64Bits) {
  // 10^5 seats x 10^5 sends = 10^10 InMails a month, far beyond 32 bits.
  const Result result = project_json_scenario(R"({"plan": "custom", "allotment": 100000,
      "pooled": true, "seats": 100000, "sends_per_month": 100000, "response_rate": 0,
      "start": "2015-01", "months": 1})");
  EXPECT_EQ(result.months[0].granted, 10000000000);
  EXPECT_EQ(result.months[0].sent, 10000000000);
  EXPECT_EQ(result.months[0].closing, 0);
}

// Spec v2 cases. Calendar facts: 1 February 2027 is a Monday and February
// 2027 has 28 days, so it is four whole Monday-to-Sunday weeks with 20
// business days (1-5, 8-12, 15-19, 22-26), and any 14 days in a row hold
// exactly 10 of them. 1 January 2027 is a Friday (21 business days: 1, 4-8,
// 11-15, 18-22, 25-29); 1 March 2027 is a Monday; 2027 is no leap year.

TEST(Projection, CurrentCapRemovesTheExcessOnTheRefreshDayItself) {
  // Recruiter Lite under `current`: 30 a month, cap 4 x 30 = 120, no lapse by
  // age. Opening 100, refresh on the 28th. Until Sunday 28 February 2027 (the
  // month's last day) the seat holds 100, under the cap; that day 100 + 30 =
  // 130 and the 10 over 120 go at once, so they count in February, not March.
  const Result result = project_json_scenario(R"({"policy": "current", "plan": "recruiter_lite",
      "start": "2027-02", "months": 2, "opening_balance": 100, "refresh_day": 28})");
  EXPECT_EQ(result.months[0].opening, 100);
  EXPECT_EQ(result.months[0].granted, 30);
  EXPECT_EQ(result.months[0].expired, 10);
  EXPECT_EQ(result.months[0].closing, 120);
  // 28 March: 120 + 30 = 150, 30 over the cap.
  EXPECT_EQ(result.months[1].expired, 30);
  EXPECT_EQ(result.months[1].closing, 120);
  EXPECT_EQ(result.totals.expired, 40);
  EXPECT_EQ(result.resolved.balance_cap, 120);
  EXPECT_FALSE(result.resolved.expiry_days);
}

TEST(Projection, CurrentCapIsAppliedBeforeTheRefreshDaysSends) {
  // Opening 120, 20 sends in February 2027: one each business day. Monday 1
  // Feb: 120 + 30 = 150, the cap removes 30, then the day's send leaves 119.
  // Had the send come first, 149 would lose only 29. Closing 120 - 20 = 100.
  const Result result = project_json_scenario(R"({"policy": "current", "plan": "recruiter_lite",
      "start": "2027-02", "months": 1, "opening_balance": 120, "sends_per_month": 20})");
  EXPECT_EQ(result.months[0].expired, 30);
  EXPECT_EQ(result.months[0].sent, 20);
  EXPECT_EQ(result.months[0].unsent, 0);
  EXPECT_EQ(result.months[0].closing, 100);
}

TEST(Projection, CurrentCapIsFourTimesAnAllotmentOverride) {
  // Allotment 50: cap 4 x 50 = 200 a seat, not the plan's 120. Two Recruiter
  // Lite seats, each its own ledger, opening 180. 1 Feb 2027: 180 + 50 = 230,
  // 30 over a seat, 60 for the team; 1 Mar: 200 + 50 = 250, 50 over, 100.
  const Result lite = project_json_scenario(R"({"policy": "current", "plan": "recruiter_lite",
      "allotment": 50, "start": "2027-02", "months": 2, "seats": 2, "opening_balance": 180})");
  EXPECT_EQ(lite.resolved.balance_cap, 200);
  EXPECT_EQ(lite.months[0].opening, 360);
  EXPECT_EQ(lite.months[0].granted, 100);
  EXPECT_EQ(lite.months[0].expired, 60);
  EXPECT_EQ(lite.months[0].closing, 400);
  EXPECT_EQ(lite.months[1].expired, 100);
  EXPECT_EQ(lite.months[1].closing, 400);

  // Pooled Recruiter, override 10, 3 seats: cap 40 a seat, 120 for the shared
  // ledger. 1 Feb: 3 x 35 + 3 x 10 = 135, 15 over.
  const Result pooled = project_json_scenario(R"({"policy": "current", "plan": "recruiter",
      "allotment": 10, "start": "2027-02", "months": 1, "seats": 3, "opening_balance": 35})");
  EXPECT_EQ(pooled.resolved.balance_cap, 40);
  EXPECT_EQ(pooled.months[0].expired, 15);
  EXPECT_EQ(pooled.months[0].closing, 120);
}

TEST(Projection, CurrentRecruiterLiteSeatThatSendsNothingStopsAt120) {
  // 30 a month and no lapse by age: 30, 60, 90, then 1 April 90 + 30 = 120,
  // not over the cap. From May on each refresh lifts 120 to 150 and the 30
  // over the cap expire the same day.
  const Result result = project_json_scenario(R"({"policy": "current", "plan": "recruiter_lite",
      "start": "2027-01", "months": 6})");
  const std::int64_t closing[] = {30, 60, 90, 120, 120, 120};
  const std::int64_t expired[] = {0, 0, 0, 0, 30, 30};
  ASSERT_EQ(result.months.size(), 6U);
  for (std::size_t m = 0; m < 6; ++m) {
    EXPECT_EQ(result.months[m].granted, 30) << m;
    EXPECT_EQ(result.months[m].closing, closing[m]) << m;
    EXPECT_EQ(result.months[m].expired, expired[m]) << m;
  }
}

TEST(Projection, CurrentSalesNavigatorSeatLosesItsCreditsMostlyToAge) {
  // 50 a month, cap 3 x 50 = 150, and credits last 90 days. Day 0 is 1 Jan
  // 2027; the 1sts of Feb..Jun are days 31, 59, 90, 120, 151. A lot of day s
  // goes at the start of day s + 90: Jan's on day 90 (1 Apr), Feb's on 121
  // (2 May), Mar's on 149 (30 May), Apr's on 180 (30 Jun).
  // - Jan 50, Feb 100, Mar 150.
  // - 1 Apr: age first, Jan's 50 go (expire comes before refresh); then
  //   100 + 50 = 150, not over the cap. Closing 150.
  // - 1 May: Feb's lot still has a day to live; 150 + 50 = 200 and the cap
  //   removes the 50 over from it (it expires first). 30 May: Mar's 50 lapse.
  //   Expired 100, closing 100.
  // - 1 Jun: 100 + 50 = 150, not over. 30 Jun: Apr's 50 lapse. Closing 100.
  // So the seat is back at 150 only right after a refresh; at month ends it
  // holds 100 once March, April and May (92 days) outlast a lot.
  const Result result = project_json_scenario(R"({"policy": "current", "plan": "sales_navigator",
      "start": "2027-01", "months": 6})");
  EXPECT_EQ(result.resolved.balance_cap, 150);
  EXPECT_EQ(result.resolved.expiry_days, 90);
  const std::int64_t closing[] = {50, 100, 150, 150, 100, 100};
  const std::int64_t expired[] = {0, 0, 0, 50, 100, 50};
  ASSERT_EQ(result.months.size(), 6U);
  for (std::size_t m = 0; m < 6; ++m) {
    EXPECT_EQ(result.months[m].granted, 50) << m;
    EXPECT_EQ(result.months[m].closing, closing[m]) << m;
    EXPECT_EQ(result.months[m].expired, expired[m]) << m;
  }
  EXPECT_EQ(result.totals.expired, 200);
}

TEST(Projection, NoCapLetsTheBalanceGrowWithoutBound) {
  // Recruiter Lite under `current` has no lapse by age; without the cap the
  // seat keeps every credit: 30 x 12 = 360. With the default cap of 120 the
  // refreshes of months 5..12 each lose 30: 240.
  const std::string lite = R"("policy": "current", "plan": "recruiter_lite", "start": "2027-01",
      "months": 12)";
  const Result uncapped = project_json_scenario("{" + lite + R"(, "balance_cap": "none"})");
  EXPECT_FALSE(uncapped.resolved.balance_cap);
  EXPECT_FALSE(uncapped.resolved.expiry_days);
  EXPECT_EQ(uncapped.months[11].closing, 360);
  EXPECT_EQ(uncapped.totals.expired, 0);
  const Result capped = project_json_scenario("{" + lite + "}");
  EXPECT_EQ(capped.months[11].closing, 120);
  EXPECT_EQ(capped.totals.expired, 240);

  // A pooled Recruiter team of 2: 300 a month for 24 months, far past the
  // default cap of 2 x 600.
  const Result team = project_json_scenario(R"({"policy": "current", "plan": "recruiter",
      "seats": 2, "start": "2027-01", "months": 24, "balance_cap": "none"})");
  EXPECT_EQ(team.months[23].closing, 7200);
  EXPECT_EQ(team.totals.expired, 0);
}

TEST(Projection, NoExpiryKeepsCreditsPastDay90) {
  // 2015 Recruiter Lite, 30 a month, nothing sent. 1 April 2015 is day
  // 31 + 28 + 31 = 90: by default January's 30 lapse that morning, before
  // April's refresh, leaving 60 + 30 = 90. With "none" all 120 stay.
  const std::string lite = R"("plan": "recruiter_lite", "start": "2015-01", "months": 4)";
  const Result lapsing = project_json_scenario("{" + lite + "}");
  EXPECT_EQ(lapsing.resolved.expiry_days, 90);
  EXPECT_EQ(lapsing.months[3].expired, 30);
  EXPECT_EQ(lapsing.months[3].closing, 90);
  const Result kept = project_json_scenario("{" + lite + R"(, "expiry_days": "none"})");
  EXPECT_FALSE(kept.resolved.expiry_days);
  EXPECT_FALSE(kept.resolved.balance_cap);
  EXPECT_EQ(kept.totals.expired, 0);
  EXPECT_EQ(kept.months[3].closing, 120);
}

TEST(Projection, CurrentStartsInTheCallersMonth) {
  // Today February 2027 and no start: the projection is February 2027, 20
  // business days. 30 sends: business day i asks floor(30(i+1)/20) -
  // floor(30i/20), i.e. 1 on even i and 2 on odd i. Every send is answered 3
  // days on; the last business day, Fri 26 Feb (i = 19), sends 2 whose
  // answers come on Mon 1 Mar (pending), while Thu 25 Feb's 1 is answered on
  // Sun 28. Refunded 30 - 2 = 28; the 30 credits cover every send.
  const std::string json = R"({"policy": "current", "plan": "recruiter_lite", "months": 1,
      "sends_per_month": 30, "response_rate": 100, "response_days": 3})";
  const Result result = project_json_scenario(json, YearMonth{2027, 2});
  ASSERT_EQ(result.months.size(), 1U);
  EXPECT_EQ(format_year_month(result.months[0].month), "2027-02");
  EXPECT_EQ(format_year_month(result.resolved.start), "2027-02");
  EXPECT_EQ(result.months[0].sent, 30);
  EXPECT_EQ(result.months[0].responses, 28);
  EXPECT_EQ(result.months[0].refunded, 28);
  EXPECT_EQ(result.totals.pending_refunds, 2);
  EXPECT_EQ(result.months[0].closing, 28);

  EXPECT_EQ(format_year_month(project_json_scenario(json).months[0].month), "2026-11");
  // A start the user gives wins over today.
  const std::string given_json = R"({"policy": "current", "start": "2015-03", "months": 1})";
  const Result given = project_json_scenario(given_json, YearMonth{2027, 2});
  EXPECT_EQ(format_year_month(given.months[0].month), "2015-03");
}

TEST(Projection, Policies2015AndLegacyIgnoreToday) {
  for (const char* json : {R"({"plan": "recruiter_lite", "months": 1})",
                           R"({"policy": "legacy", "plan": "recruiter_lite", "months": 1})"}) {
    const Result result = project_json_scenario(json, YearMonth{2027, 2});
    EXPECT_EQ(format_year_month(result.months[0].month), "2015-01") << json;
    EXPECT_EQ(format_year_month(result.resolved.start), "2015-01") << json;
  }
}

// The 13 % rule (spec section 3b): day t of a group warns when its response
// rate is below 13 % and it sent at least 100 x seats InMails on days
// max(0, t - 13) .. t. Recruiter 2015 with an allotment of 200 so that credit
// never runs short, February 2027 (see the calendar facts above).
std::string rate_rule_scenario(const std::string& keys) {
  return R"({"plan": "recruiter", "allotment": 200, "start": "2027-02", "months": 1, )" + keys +
         "}";
}

// The first group's warning days over the whole projection.
std::int64_t warning_days(const std::string& json) {
  return project_json_scenario(json).groups[0].rate_warning_days;
}

TEST(Projection, RateRuleWarnsOnceAWindowHolds100Sends) {
  // 200 a month over 20 business days: 10 each. Fri 12 Feb (day 11): days
  // 0..11 hold 10 business days, 100 sends, so it warns although its window
  // is only 12 days long; Thu 11 Feb holds 9 (90). Every later window of 14
  // days holds 10 business days: days 11..27 (Fri 12 .. Sun 28) warn, 17
  // days, the weekends 13-14, 20-21 and 27-28 Feb among them.
  Result result = project_json_scenario(rate_rule_scenario(R"("sends_per_month": 200)"));
  EXPECT_EQ(result.months[0].sent, 200);
  EXPECT_EQ(result.groups[0].rate_warning_days, 17);
  EXPECT_EQ(result.groups[0].months[0].rate_warning_days, 17);

  // 198: day i asks floor(9.9(i + 1)) - floor(9.9i), so any 10 business days
  // in a row ask floor(9.9i + 99) - floor(9.9i) = 99: never 100.
  result = project_json_scenario(rate_rule_scenario(R"("sends_per_month": 198)"));
  EXPECT_EQ(result.months[0].sent, 198);
  EXPECT_EQ(result.groups[0].rate_warning_days, 0);
  EXPECT_EQ(result.groups[0].months[0].rate_warning_days, 0);
}

TEST(Projection, RateRuleWarnsBelow13PercentOnly) {
  // 12.99 % is 1299 bp < 1300: the 17 days above; 13 % is 1300: none.
  EXPECT_EQ(warning_days(rate_rule_scenario(R"("sends_per_month": 200, "response_rate": 12.99)")),
            17);
  EXPECT_EQ(warning_days(rate_rule_scenario(R"("sends_per_month": 200, "response_rate": 13)")), 0);
}

TEST(Projection, RateRuleCountsOnlyTheInMailsSent) {
  // 400 wanted a month, 20 each business day: 200 in any 14 days. With 100
  // credits and no responses, Mon 1 .. Fri 5 Feb send 20 each and then
  // nothing is left. Days 4..13 (Fri 5 .. Sun 14) see all 100 (day 4's window
  // is days 0..4); from day 14 on the window has lost day 0's 20.
  Result result = project_json_scenario(
      R"({"plan": "recruiter", "allotment": 100, "start": "2027-02", "months": 1,
          "sends_per_month": 400})");
  EXPECT_EQ(result.totals.sent, 100);
  EXPECT_EQ(result.totals.unsent, 300);
  EXPECT_EQ(result.groups[0].rate_warning_days, 10);
  // With 99 credits only 99 are ever sent: the 301 unsent do not count.
  result = project_json_scenario(R"({"plan": "recruiter", "allotment": 99, "start": "2027-02",
      "months": 1, "sends_per_month": 400})");
  EXPECT_EQ(result.totals.sent, 99);
  EXPECT_EQ(result.totals.unsent, 301);
  EXPECT_EQ(result.groups[0].rate_warning_days, 0);
}

TEST(Projection, RateRuleNeeds100SendsPerSeatButCountsTheGroupsDays) {
  // Three seats, 200 each a month: the group sends 30 a business day, 300 in
  // any 10 business days, = 100 x 3: the same 17 days, pooled or not (not 3 x
  // 17 without pooling). At 198 a seat a 10-day window holds 297 < 300.
  for (const char* pooled : {"true", "false"}) {
    const std::string keys = std::string(R"("seats": 3, "pooled": )") + pooled;
    EXPECT_EQ(warning_days(rate_rule_scenario(keys + R"(, "sends_per_month": 200)")), 17) << pooled;
    EXPECT_EQ(warning_days(rate_rule_scenario(keys + R"(, "sends_per_month": 198)")), 0) << pooled;
  }
  // Each group is judged on its own sends and seats: in one pooled ledger of
  // 400 credits, the group at 200 warns and the one at 198 does not.
  const Result two = project_json_scenario(rate_rule_scenario(
      R"("groups": [{"name": "Sourcers", "sends_per_month": 200},
                    {"name": "Managers", "sends_per_month": 198}])"));
  EXPECT_EQ(two.totals.unsent, 0);
  EXPECT_EQ(two.groups[0].rate_warning_days, 17);
  EXPECT_EQ(two.groups[1].rate_warning_days, 0);
}

TEST(Projection, RateRuleAppliesToRecruiterPlansUnderEveryPolicy) {
  const std::string sends = R"(, "allotment": 200, "start": "2027-02", "months": 1,
      "sends_per_month": 200})";
  for (const char* head : {R"({"plan": "recruiter_professional_services")",
                           R"({"plan": "recruiter", "policy": "legacy")",
                           R"({"plan": "recruiter", "policy": "current")"}) {
    EXPECT_EQ(warning_days(head + sends), 17) << head;
  }
  for (const char* head : {R"({"plan": "recruiter_lite")", R"({"plan": "sales_navigator")",
                           R"({"plan": "recruiter_lite", "policy": "current")",
                           R"({"plan": "custom", "pooled": true)"}) {
    const Result result = project_json_scenario(head + sends);
    EXPECT_EQ(result.totals.sent, 200) << head;
    EXPECT_EQ(result.groups[0].rate_warning_days, 0) << head;
    EXPECT_EQ(result.groups[0].months[0].rate_warning_days, 0) << head;
  }
}

TEST(Projection, RateRuleWindowsRunAcrossMonthEnds) {
  // January and February 2027, 210 a month. January: 21 business days, 10
  // each; its 10th business day is Thu 14 Jan (1, 4-8, 11-14), day 13, whose
  // window is the full 0..13: days 13..30 warn, 18. February: 20 business
  // days alternating 10 and 11 (floor(10.5(i + 1)) - floor(10.5i)); every
  // window, across the month end or not, holds 10 business days of at least
  // 10 sends: all 28 days warn. 46 in all.
  const Result result = project_json_scenario(R"({"plan": "recruiter", "allotment": 210,
      "start": "2027-01", "months": 2, "sends_per_month": 210})");
  EXPECT_EQ(result.totals.sent, 420);
  EXPECT_EQ(result.groups[0].months[0].rate_warning_days, 18);
  EXPECT_EQ(result.groups[0].months[1].rate_warning_days, 28);
  EXPECT_EQ(result.groups[0].rate_warning_days, 46);
}

// Costs (spec section 4b). Recruiter Lite 2015, January 2015: a sender who
// sends one InMail a business day (22) answered 3 days later, so sends
// through Wed 28 Jan are answered in January (20) and those of Thu 29 and
// Fri 30 in February; and two idle seats, which are paid for too.
std::string priced_lite(const std::string& price) {
  return R"({"plan": "recruiter_lite", "start": "2015-01", "months": 1,
      "groups": [{"name": "Sender", "sends_per_month": 22, "response_rate": 100},
                 {"name": "Idle", "seats": 2}],
      "seat_prices": {"recruiter_lite": )" +
         price + "}}";
}

TEST(Projection, CostRoundsHalfUp) {
  // 7.37 -> 737 cents x 3 seats x 1 month = 2211. Per sent 2211 / 22 = 100.5
  // exactly: (4422 + 22) div 44 = 101. Per response 2211 / 20 = 110.55:
  // (4422 + 20) div 40 = 111.
  Result result = project_json_scenario(priced_lite("7.37"));
  EXPECT_EQ(result.totals.sent, 22);
  EXPECT_EQ(result.totals.responses, 20);
  ASSERT_TRUE(result.totals.cost);
  EXPECT_EQ(result.totals.cost->total_cents, 2211);
  EXPECT_EQ(result.totals.cost->per_sent_cents, 101);
  EXPECT_EQ(result.totals.cost->per_response_cents, 111);

  // 7.43 -> 2229. Per response 111.45, as close below .5 as a divisor of 20
  // allows: (4458 + 20) div 40 = 111. Per sent 101.32: 4480 div 44 = 101.
  result = project_json_scenario(priced_lite("7.43"));
  ASSERT_TRUE(result.totals.cost);
  EXPECT_EQ(result.totals.cost->total_cents, 2229);
  EXPECT_EQ(result.totals.cost->per_sent_cents, 101);
  EXPECT_EQ(result.totals.cost->per_response_cents, 111);
}

TEST(Projection, CostCountsEverySeatAndMonth) {
  // 825.50 -> 82550 cents x 2 seats x 3 months = 495300. Nothing sent or
  // answered: both averages are null.
  Result result = project_json_scenario(R"({"plan": "recruiter", "seats": 2, "start": "2015-02",
      "months": 3, "seat_prices": {"recruiter": 825.50}})");
  ASSERT_TRUE(result.totals.cost);
  EXPECT_EQ(result.totals.cost->total_cents, 495300);
  EXPECT_FALSE(result.totals.cost->per_sent_cents);
  EXPECT_FALSE(result.totals.cost->per_response_cents);

  // February 2015: 20 business days, 20 sends, no responses. 82550 / 20 =
  // 4127.5: (165100 + 20) div 40 = 4128; per response null.
  result = project_json_scenario(R"({"plan": "recruiter", "start": "2015-02", "months": 1,
      "sends_per_month": 20, "seat_prices": {"recruiter": 825.50}})");
  ASSERT_TRUE(result.totals.cost);
  EXPECT_EQ(result.totals.cost->total_cents, 82550);
  EXPECT_EQ(result.totals.cost->per_sent_cents, 4128);
  EXPECT_FALSE(result.totals.cost->per_response_cents);

  // A free seat: T = 0, (0 + 22) div 44 = 0 per send, (0 + 20) div 40 = 0 per response.
  result = project_json_scenario(priced_lite("0"));
  ASSERT_TRUE(result.totals.cost);
  EXPECT_EQ(result.totals.cost->total_cents, 0);
  EXPECT_EQ(result.totals.cost->per_sent_cents, 0);
  EXPECT_EQ(result.totals.cost->per_response_cents, 0);
}

TEST(Projection, CostIsNullWithoutAPriceForThePlan) {
  EXPECT_FALSE(
      project_json_scenario(R"({"plan": "recruiter_lite", "sends_per_month": 10})").totals.cost);
  EXPECT_FALSE(project_json_scenario(R"({"plan": "recruiter_lite", "sends_per_month": 10,
                                         "seat_prices": {"recruiter": 10}})")
                   .totals.cost);
  // A price for a plan `current` does not offer is allowed, and unused here.
  const std::string json = R"({"policy": "current", "plan": "recruiter_lite",
      "seat_prices": {"talent_finder": 5}})";
  EXPECT_TRUE(testing::errors_of(json).empty());
  EXPECT_FALSE(project_json_scenario(json).totals.cost);
}

}  // namespace
}  // namespace inmail

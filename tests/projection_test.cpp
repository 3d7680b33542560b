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

TEST(Projection, HugePooledTeamsStayExactIn64Bits) {
  // 10^5 seats x 10^5 sends = 10^10 InMails a month, far beyond 32 bits.
  const Result result = project_json_scenario(R"({"plan": "custom", "allotment": 100000,
      "pooled": true, "seats": 100000, "sends_per_month": 100000, "response_rate": 0,
      "start": "2015-01", "months": 1})");
  EXPECT_EQ(result.months[0].granted, 10000000000);
  EXPECT_EQ(result.months[0].sent, 10000000000);
  EXPECT_EQ(result.months[0].closing, 0);
}

}  // namespace
}  // namespace inmail

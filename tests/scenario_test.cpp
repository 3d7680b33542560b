// One test per validation rule of spec section 2 and 6, plus defaults.
#include "inmail/scenario_reader.h"

#include <gtest/gtest.h>

#include <string>

#include "test_support.h"

namespace inmail {
namespace {

using testing::errors_of;
using testing::scenario_from;

// The single error a scenario gives, as "field: message".
std::string only_error(const std::string& json) {
  const std::vector<FieldError> errors = errors_of(json);
  if (errors.size() != 1) return "expected one error, got " + std::to_string(errors.size());
  return errors[0].field + ": " + errors[0].message;
}

TEST(Scenario, DefaultsFollowTheSpec) {
  const Scenario scenario = scenario_from("{}");
  EXPECT_EQ(scenario.policy, Policy::k2015);
  EXPECT_EQ(scenario.plan, Plan::kRecruiter);
  EXPECT_EQ(scenario.allotment, 150);
  EXPECT_EQ(scenario.start, (YearMonth{2015, 1}));
  EXPECT_EQ(scenario.months, 12);
  EXPECT_TRUE(scenario.pooled);
  ASSERT_EQ(scenario.groups.size(), 1u);
  EXPECT_EQ(scenario.groups[0].name, "Group 1");
  EXPECT_EQ(scenario.groups[0].seats, 1);
  EXPECT_EQ(scenario.groups[0].sends_per_month.by_month(), std::vector<std::int64_t>{0});
  EXPECT_EQ(scenario.groups[0].response_bp, 0);
  EXPECT_EQ(scenario.groups[0].response_days, 3);
  EXPECT_EQ(scenario.opening_balance, 0);
  EXPECT_TRUE(scenario.launch_bonus);
  EXPECT_EQ(scenario.expiry_days, 90);
  EXPECT_FALSE(scenario.balance_cap);
  EXPECT_EQ(scenario.refresh_day, 1);
  EXPECT_EQ(scenario.trials, 0);
  EXPECT_EQ(scenario.seed, 1u);
}

TEST(Scenario, PlanSetsAllotmentAndPoolingByPolicy) {
  EXPECT_EQ(scenario_from(R"({"plan": "recruiter_professional_services"})").allotment, 100);
  EXPECT_EQ(scenario_from(R"({"plan": "recruiter_lite"})").allotment, 30);
  EXPECT_FALSE(scenario_from(R"({"plan": "recruiter_lite"})").pooled);
  EXPECT_EQ(scenario_from(R"({"plan": "talent_finder"})").allotment, 25);
  EXPECT_EQ(scenario_from(R"({"plan": "sales_navigator"})").allotment, 50);
  EXPECT_EQ(scenario_from(R"({"plan": "premium_career"})").allotment, 5);
  EXPECT_EQ(scenario_from(R"({"plan": "premium_business"})").allotment, 15);
  EXPECT_EQ(scenario_from(R"({"policy": "legacy"})").allotment, 50);
  EXPECT_EQ(scenario_from(R"({"policy": "legacy", "plan": "recruiter_lite"})").allotment, 25);
  EXPECT_EQ(
      scenario_from(R"({"policy": "legacy", "plan": "recruiter_professional_services"})").allotment,
      50);
  EXPECT_FALSE(scenario_from(R"({"plan": "custom", "allotment": 5})").pooled);
  EXPECT_EQ(scenario_from(R"({"plan": "recruiter", "allotment": 7})").allotment, 7);
}

TEST(Scenario, ShorthandKeysFormTheSingleGroup) {
  const Scenario scenario = scenario_from(
      R"({"seats": 4, "sends_per_month": 90, "response_rate": 12.34, "response_days": 9})");
  ASSERT_EQ(scenario.groups.size(), 1u);
  EXPECT_EQ(scenario.groups[0].seats, 4);
  EXPECT_EQ(scenario.groups[0].sends_per_month.by_month(), std::vector<std::int64_t>{90});
  EXPECT_EQ(scenario.groups[0].response_bp, 1234);
  EXPECT_EQ(scenario.groups[0].response_days, 9);
}

TEST(Scenario, GroupsGetDefaultNamesInOrder) {
  const Scenario scenario = scenario_from(R"({"groups": [{"name": "Sourcers"}, {}]})");
  EXPECT_EQ(scenario.groups[0].name, "Sourcers");
  EXPECT_EQ(scenario.groups[1].name, "Group 2");
}

TEST(Scenario, NullMeansNotGiven) {
  const Scenario scenario =
      scenario_from(R"({"allotment": null, "balance_cap": null, "months": null, "plan": null})");
  EXPECT_EQ(scenario.allotment, 150);
  EXPECT_FALSE(scenario.balance_cap);
  EXPECT_EQ(scenario.months, 12);
  EXPECT_EQ(scenario.plan, Plan::kRecruiter);
}

TEST(Scenario, WholeFloatsCountAsIntegers) {
  EXPECT_EQ(scenario_from(R"({"months": 6.0})").months, 6);
}

TEST(Scenario, RejectsMalformedJson) {
  const std::vector<FieldError> errors = errors_of(R"({"months": 12,)");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "");
  EXPECT_NE(errors[0].message.find("invalid JSON"), std::string::npos);
}

TEST(Scenario, SaysWhereAndWhyJsonIsMalformed) {
  EXPECT_EQ(only_error("{\"months\": 12,\n \"groups\": [{\"name\": \"\\ud800\"}]}"),
            ": invalid JSON at line 2, column 29 (byte 43): lone high surrogate in \\u escape");
  EXPECT_EQ(only_error("{\"groups\": [{\"name\": \"a\tb\"}]}"),
            ": invalid JSON at line 1, column 24 (byte 23): control character in a string");
  EXPECT_EQ(only_error(R"({"months": 12,)"),
            ": invalid JSON at line 1, column 15 (byte 14): expected a key in quotes");
}

TEST(Scenario, RejectsNonObjects) {
  EXPECT_EQ(only_error("[1, 2]"), ": scenario must be a JSON object");
  EXPECT_EQ(only_error("42"), ": scenario must be a JSON object");
}

TEST(Scenario, RejectsDeepNesting) {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  EXPECT_EQ(only_error(deep), ": JSON nested deeper than 16 levels");
}

TEST(Scenario, DepthLimitCountsBracketsOutsideStringsOnly) {
  // 17 brackets deep inside a name, after an escaped quote: not nesting.
  const std::string name = R"(\"[[[[[[[[[[[[[[[[[{{)";
  const inmail::ParseResult parsed =
      inmail::parse_scenario(R"({"groups": [{"name": ")" + name + R"("}]})", testing::kToday);
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed.scenario->groups[0].name, R"("[[[[[[[[[[[[[[[[[{{)");
  // 16 levels is the limit itself.
  const std::string sixteen = R"({"x":)" + std::string(15, '[') + std::string(15, ']') + "}";
  EXPECT_EQ(only_error(sixteen), "x: unknown key");
  const std::string seventeen = R"({"x":)" + std::string(16, '[') + std::string(16, ']') + "}";
  EXPECT_EQ(only_error(seventeen), ": JSON nested deeper than 16 levels");
}

TEST(Scenario, RejectsHugeInput) {
  const std::string huge = "{\"plan\": \"" + std::string(2 << 20, 'x') + "\"}";
  EXPECT_NE(only_error(huge).find("larger than"), std::string::npos);
}

TEST(Scenario, RejectsUnknownKeysAtEveryLevel) {
  EXPECT_EQ(only_error(R"({"sends": 5})"), "sends: unknown key");
  EXPECT_EQ(only_error(R"({"groups": [{"seat": 2}]})"), "groups[0].seat: unknown key");
}

TEST(Scenario, RejectsUnknownPolicyAndPlan) {
  EXPECT_EQ(only_error(R"({"policy": "2016"})"),
            "policy: must be \"current\", \"2015\" or \"legacy\"");
  EXPECT_EQ(only_error(R"({"plan": "gold"})"),
            "plan: must be \"recruiter\", \"recruiter_professional_services\", "
            "\"recruiter_lite\", \"talent_finder\", \"sales_navigator\", \"premium_career\", "
            "\"premium_business\" or \"custom\"");
  EXPECT_EQ(only_error(R"({"policy": 2015})"), "policy: must be a string");
}

TEST(Scenario, RejectsHelpPagePlansUnderLegacy) {
  for (const char* plan : {"sales_navigator", "premium_career", "premium_business"}) {
    const std::vector<FieldError> errors =
        errors_of(std::string(R"({"policy": "legacy", "plan": ")") + plan + "\"}");
    ASSERT_EQ(errors.size(), 1u) << plan;
    EXPECT_EQ(errors[0].field, "plan");
  }
  EXPECT_EQ(only_error(R"({"policy": "legacy", "plan": "sales_navigator"})"),
            "plan: Sales Navigator is not offered under Before 2015");
}

TEST(Scenario, RejectsTalentFinderUnderTodaysRules) {
  EXPECT_EQ(only_error(R"({"policy": "current", "plan": "talent_finder"})"),
            "plan: Talent Finder is not offered under Today (LinkedIn help pages)");
  EXPECT_TRUE(errors_of(R"({"policy": "2015", "plan": "talent_finder"})").empty());
}

// Spec section 1, policy `current`: allotments, then the defaults that
// follow from them.
TEST(Scenario, TodaysRulesSetCapsCreditLivesAndStart) {
  const Scenario recruiter = scenario_from(R"({"policy": "current"})");
  EXPECT_EQ(recruiter.allotment, 150);
  EXPECT_EQ(recruiter.balance_cap, 600);  // 4 x 150
  EXPECT_FALSE(recruiter.expiry_days);    // "none": the cap alone limits
  EXPECT_EQ(recruiter.start, testing::kToday);
  EXPECT_TRUE(recruiter.pooled);

  const Scenario lite = scenario_from(R"({"policy": "current", "plan": "recruiter_lite"})");
  EXPECT_EQ(lite.balance_cap, 120);  // 4 x 30
  EXPECT_FALSE(lite.expiry_days);
  const Scenario sales = scenario_from(R"({"policy": "current", "plan": "sales_navigator"})");
  EXPECT_EQ(sales.balance_cap, 150);  // 3 x 50
  EXPECT_EQ(sales.expiry_days, 90);
  EXPECT_EQ(scenario_from(R"({"policy": "current", "plan": "premium_career"})").balance_cap, 15);
  EXPECT_EQ(scenario_from(R"({"policy": "current", "plan": "premium_business"})").balance_cap, 45);
  const Scenario custom = scenario_from(R"({"policy": "current", "plan": "custom",
                                            "allotment": 40})");
  EXPECT_FALSE(custom.balance_cap);
  EXPECT_EQ(custom.expiry_days, 90);
  // The cap follows the allotment in use, an override included.
  EXPECT_EQ(scenario_from(R"({"policy": "current", "allotment": 200})").balance_cap, 800);
  EXPECT_EQ(scenario_from(R"({"policy": "current", "plan": "recruiter_professional_services"})")
                .balance_cap,
            400);
}

TEST(Scenario, TodayMattersOnlyForTodaysRulesWithoutAStart) {
  EXPECT_EQ(scenario_from(R"({"policy": "current", "start": "2027-03"})").start,
            (YearMonth{2027, 3}));
  for (const char* policy : {"2015", "legacy"}) {
    const ParseResult parsed =
        parse_scenario(std::string(R"({"policy": ")") + policy + "\"}", YearMonth{2031, 7});
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed.scenario->start, (YearMonth{2015, 1})) << policy;
  }
  EXPECT_EQ(parse_scenario(R"({"policy": "current"})", YearMonth{2031, 7}).scenario->start,
            (YearMonth{2031, 7}));
}

TEST(Scenario, NoneSwitchesCapAndCreditLifeOff) {
  const Scenario scenario =
      scenario_from(R"({"policy": "current", "balance_cap": "none", "expiry_days": "none"})");
  EXPECT_FALSE(scenario.balance_cap);
  EXPECT_FALSE(scenario.expiry_days);
  ASSERT_TRUE(scenario.given.balance_cap.has_value());  // given, as "none"
  EXPECT_FALSE(scenario.given.balance_cap->has_value());
  // null is "not given": the policy's default.
  EXPECT_EQ(scenario_from(R"({"policy": "current", "balance_cap": null})").balance_cap, 600);
  EXPECT_EQ(scenario_from(R"({"expiry_days": "none"})").expiry_days, std::nullopt);
}

TEST(Scenario, RejectsOtherWordsForNone) {
  EXPECT_EQ(only_error(R"({"balance_cap": "None"})"),
            "balance_cap: must be a whole number from 0 to 10000000, or \"none\"");
  EXPECT_EQ(only_error(R"({"expiry_days": "never"})"),
            "expiry_days: must be a whole number from 1 to 3650, or \"none\"");
  EXPECT_EQ(only_error(R"({"expiry_days": true})"),
            "expiry_days: must be a whole number from 1 to 3650, or \"none\"");
}

TEST(Scenario, SeatPricesBecomeCents) {
  const Scenario scenario = scenario_from(
      R"({"seat_prices": {"recruiter": 825.5, "sales_navigator": 99.99, "custom": 0,
                          "premium_career": null}})");
  EXPECT_EQ(scenario.seat_price(Plan::kRecruiter), 82550);
  EXPECT_EQ(scenario.seat_price(Plan::kSalesNavigator), 9999);  // not offered: allowed
  EXPECT_EQ(scenario.seat_price(Plan::kCustom), 0);
  EXPECT_FALSE(scenario.seat_price(Plan::kPremiumCareer));  // null: no price
  EXPECT_FALSE(scenario.seat_price(Plan::kRecruiterLite));
  // 0.29 x 100 is 28.999... in binary; within 1e-6 of 29 it counts as 29 cents.
  EXPECT_EQ(scenario_from(R"({"seat_prices": {"recruiter": 0.29}})").seat_price(Plan::kRecruiter),
            29);
  EXPECT_EQ(
      scenario_from(R"({"seat_prices": {"recruiter": 1000000}})").seat_price(Plan::kRecruiter),
      100000000);
}

TEST(Scenario, RejectsBadSeatPrices) {
  EXPECT_EQ(only_error(R"({"seat_prices": {"gold": 10}})"),
            "seat_prices.gold: is not a plan: use \"recruiter\", "
            "\"recruiter_professional_services\", \"recruiter_lite\", \"talent_finder\", "
            "\"sales_navigator\", \"premium_career\", \"premium_business\" or \"custom\"");
  EXPECT_EQ(only_error(R"({"seat_prices": {"recruiter": -1}})"),
            "seat_prices.recruiter: must be between 0 and 1000000");
  EXPECT_EQ(only_error(R"({"seat_prices": {"recruiter": 1000000.01}})"),
            "seat_prices.recruiter: must be between 0 and 1000000");
  EXPECT_EQ(only_error(R"({"seat_prices": {"recruiter": 9.999}})"),
            "seat_prices.recruiter: must have at most 2 decimals");
  EXPECT_EQ(only_error(R"({"seat_prices": {"recruiter": "10"}})"),
            "seat_prices.recruiter: must be a number");
  EXPECT_EQ(only_error(R"({"seat_prices": [10]})"),
            "seat_prices: must be an object of prices by plan name");
}

TEST(Scenario, RejectsNonBooleanCompare) {
  EXPECT_EQ(only_error(R"({"compare": "yes"})"), "compare: must be true or false");
  EXPECT_TRUE(scenario_from(R"({"compare": true})").compare);
}

TEST(Scenario, RequiresAllotmentForCustom) {
  EXPECT_EQ(only_error(R"({"plan": "custom"})"), "allotment: is required for the custom plan");
  EXPECT_EQ(only_error(R"({"plan": "custom", "allotment": null})"),
            "allotment: is required for the custom plan");
}

TEST(Scenario, RejectsAllotmentOutOfRange) {
  EXPECT_EQ(only_error(R"({"allotment": -1})"), "allotment: must be between 0 and 100000");
  EXPECT_EQ(only_error(R"({"allotment": 100001})"), "allotment: must be between 0 and 100000");
  EXPECT_EQ(only_error(R"({"allotment": 1.5})"), "allotment: must be a whole number");
}

TEST(Scenario, RejectsBadStartMonths) {
  for (const char* start : {"1999-12", "2101-01", "2015-13", "2015-1", "15-01", "2015-01-01"}) {
    EXPECT_EQ(only_error(std::string(R"({"start": ")") + start + "\"}"),
              "start: must be a month YYYY-MM from 2000-01 to 2100-12")
        << start;
  }
  EXPECT_TRUE(errors_of(R"({"start": "2000-01"})").empty());
  EXPECT_TRUE(errors_of(R"({"start": "2100-12"})").empty());
  EXPECT_EQ(only_error(R"({"start": 201501})"), "start: must be a string");
}

TEST(Scenario, RejectsMonthsOutOfRange) {
  EXPECT_EQ(only_error(R"({"months": 0})"), "months: must be between 1 and 120");
  EXPECT_EQ(only_error(R"({"months": 121})"), "months: must be between 1 and 120");
  EXPECT_EQ(only_error(R"({"months": "12"})"), "months: must be a whole number");
  // Past the range of a double: still the field's error, not the text's.
  EXPECT_EQ(only_error(R"({"months": 1e309})"), "months: must be between 1 and 120");
  EXPECT_EQ(only_error(R"({"months": -1e309})"), "months: must be between 1 and 120");
  EXPECT_EQ(only_error(R"({"response_rate": 1e309})"), "response_rate: must be between 0 and 100");
}

TEST(Scenario, RejectsPoolingWherePlanDoesNotPool) {
  EXPECT_EQ(only_error(R"({"plan": "recruiter_lite", "pooled": true})"),
            "pooled: Recruiter Lite does not pool credits");
  EXPECT_TRUE(errors_of(R"({"plan": "custom", "allotment": 1, "pooled": true})").empty());
  EXPECT_EQ(only_error(R"({"pooled": "yes"})"), "pooled: must be true or false");
}

TEST(Scenario, RejectsBadGroupLists) {
  EXPECT_EQ(only_error(R"({"groups": []})"), "groups: must hold 1 to 50 groups");
  std::string many = R"({"groups": [{})";
  for (int i = 0; i < 50; ++i) many += ",{}";
  EXPECT_EQ(only_error(many + "]}"), "groups: must hold 1 to 50 groups");
  EXPECT_EQ(only_error(R"({"groups": {}})"), "groups: must be an array of groups");
  EXPECT_EQ(only_error(R"({"groups": [3]})"), "groups[0]: must be an object");
}

TEST(Scenario, RejectsShorthandNextToGroups) {
  EXPECT_EQ(only_error(R"({"seats": 2, "groups": [{}]})"),
            "seats: cannot be used together with groups");
}

TEST(Scenario, RejectsLongGroupNames) {
  EXPECT_EQ(only_error(R"({"groups": [{"name": ")" + std::string(65, 'a') + "\"}]}"),
            "groups[0].name: must be at most 64 characters");
  // 64 characters of two bytes each are fine: the limit counts characters.
  std::string wide;
  for (int i = 0; i < 64; ++i) wide += "\xC3\xA9";
  EXPECT_TRUE(errors_of(R"({"groups": [{"name": ")" + wide + "\"}]}").empty());
  EXPECT_EQ(only_error(R"({"groups": [{"name": 5}]})"), "groups[0].name: must be a string");
}

TEST(Scenario, RejectsControlCharactersInGroupNames) {
  // Spec v3 section 6: U+0000..U+001F and U+007F; a tab and a line break are
  // control characters too.
  for (const char* name : {"a\\u0007b", "\\u0000", "tab\\there", "two\\nlines", "del\\u007f"}) {
    EXPECT_EQ(only_error(R"({"groups": [{"name": ")" + std::string(name) + "\"}]}"),
              "groups[0].name: must not contain control characters (tabs, line breaks, ...)")
        << name;
  }
  // U+0080 and beyond are text, not C0 controls or DEL.
  EXPECT_TRUE(errors_of(R"({"groups": [{"name": "\u0080 caf\u00e9 \u2028"}]})").empty());
}

TEST(Scenario, ReadsSendingPlansByMonth) {
  Scenario scenario = scenario_from(R"({"sends_per_month": [40, 40, 120.0]})");
  const MonthlySends& sends = scenario.groups[0].sends_per_month;
  EXPECT_TRUE(sends.is_schedule());
  EXPECT_EQ(sends.by_month(), (std::vector<std::int64_t>{40, 40, 120}));
  // The last entry repeats.
  EXPECT_EQ(sends.in_month(0), 40);
  EXPECT_EQ(sends.in_month(2), 120);
  EXPECT_EQ(sends.in_month(119), 120);
  EXPECT_TRUE(scenario.has_schedule());
  // One entry is still a schedule; a number is not.
  EXPECT_TRUE(scenario_from(R"({"sends_per_month": [40]})").has_schedule());
  EXPECT_FALSE(scenario_from(R"({"sends_per_month": 40})").has_schedule());
  scenario = scenario_from(R"({"groups": [{"sends_per_month": 5}, {"sends_per_month": [0, 9]}]})");
  EXPECT_EQ(scenario.groups[1].sends_per_month.in_month(1), 9);
  EXPECT_TRUE(scenario.has_schedule());
  // 120 months of entries is the most.
  std::string longest = "[1";
  for (int month = 1; month < 120; ++month) longest += ",1";
  EXPECT_TRUE(errors_of(R"({"sends_per_month": )" + longest + "]}").empty());
  EXPECT_EQ(only_error(R"({"sends_per_month": )" + longest + ",1]}"),
            "sends_per_month: must hold 1 to 120 months (one number each)");
}

TEST(Scenario, NamesTheBadEntryOfASendingPlan) {
  EXPECT_EQ(only_error(R"({"sends_per_month": []})"),
            "sends_per_month: must hold 1 to 120 months (one number each)");
  const std::vector<FieldError> errors =
      errors_of(R"({"groups": [{"sends_per_month": [10, -1, 2.5, "40", null, 100001, 100000]}]})");
  const std::vector<FieldError> expected = {
      {"groups[0].sends_per_month[1]", "must be between 0 and 100000"},
      {"groups[0].sends_per_month[2]", "must be a whole number"},
      {"groups[0].sends_per_month[3]", "must be a whole number"},
      {"groups[0].sends_per_month[4]", "must be a whole number"},
      {"groups[0].sends_per_month[5]", "must be between 0 and 100000"},
  };
  EXPECT_EQ(errors, expected);
  EXPECT_EQ(only_error(R"({"sends_per_month": "40, 40"})"),
            "sends_per_month: must be a whole number, or a list of them (one a month)");
  EXPECT_EQ(only_error(R"({"sends_per_month": [[1]]})"),
            "sends_per_month[0]: must be a whole number");
}

TEST(Scenario, RejectsKeysGivenTwiceInAnObject) {
  // Spec v3 section 6, at every level, once per key however often it comes.
  EXPECT_EQ(only_error(R"({"months": 3, "months": 3})"), "months: given more than once");
  const std::vector<FieldError> errors = errors_of(
      R"({"groups": [{"seats": 2, "name": "A", "seats": 2, "seats": 3}],
          "seat_prices": {"recruiter": 1, "recruiter": 2}})");
  const std::vector<FieldError> expected = {
      {"groups[0].seats", "given more than once"},
      {"seat_prices.recruiter", "given more than once"},
  };
  EXPECT_EQ(errors, expected);
  // The value read is the last; its own problems are listed too.
  EXPECT_EQ(errors_of(R"({"months": 3, "months": 0})"),
            (std::vector<FieldError>{{"months", "given more than once"},
                                     {"months", "must be between 1 and 120"}}));
  // The same key in two objects is no repetition.
  EXPECT_TRUE(errors_of(R"({"groups": [{"seats": 1}, {"seats": 1}]})").empty());
}

TEST(Scenario, ReadsTheResponsesGoal) {
  EXPECT_FALSE(scenario_from("{}").goal_responses);
  EXPECT_FALSE(scenario_from(R"({"goal_responses": null})").goal_responses);
  EXPECT_EQ(scenario_from(R"({"goal_responses": 1})").goal_responses, 1);
  EXPECT_EQ(scenario_from(R"({"goal_responses": 1000000})").goal_responses, 1000000);
  EXPECT_EQ(only_error(R"({"goal_responses": 0})"),
            "goal_responses: must be between 1 and 1000000");
  EXPECT_EQ(only_error(R"({"goal_responses": 1000001})"),
            "goal_responses: must be between 1 and 1000000");
  EXPECT_EQ(only_error(R"({"goal_responses": 2.5})"), "goal_responses: must be a whole number");
  EXPECT_EQ(only_error(R"({"goal_responses": "20"})"), "goal_responses: must be a whole number");
}

TEST(Scenario, RejectsSeatsOutOfRange) {
  EXPECT_EQ(only_error(R"({"seats": 0})"), "seats: must be between 1 and 100000");
  EXPECT_EQ(only_error(R"({"groups": [{"seats": 100001}]})"),
            "groups[0].seats: must be between 1 and 100000");
}

TEST(Scenario, RejectsSendsOutOfRange) {
  EXPECT_EQ(only_error(R"({"sends_per_month": -5})"),
            "sends_per_month: must be between 0 and 100000");
  EXPECT_EQ(only_error(R"({"sends_per_month": 1e30})"),
            "sends_per_month: must be between 0 and 100000");
  EXPECT_EQ(only_error(R"({"sends_per_month": 99999999999999999999999})"),
            "sends_per_month: must be between 0 and 100000");
}

TEST(Scenario, RejectsBadResponseRates) {
  EXPECT_EQ(only_error(R"({"response_rate": 100.01})"), "response_rate: must be between 0 and 100");
  EXPECT_EQ(only_error(R"({"response_rate": -0.5})"), "response_rate: must be between 0 and 100");
  EXPECT_EQ(only_error(R"({"response_rate": 12.345})"),
            "response_rate: must have at most 2 decimals");
  EXPECT_EQ(only_error(R"({"response_rate": "25"})"), "response_rate: must be a number");
  // Binary fractions round to the nearest basis point, not down.
  EXPECT_EQ(scenario_from(R"({"response_rate": 45.15})").groups[0].response_bp, 4515);
  EXPECT_EQ(scenario_from(R"({"response_rate": 0.29})").groups[0].response_bp, 29);
}

TEST(Scenario, RejectsResponseDaysOutOfRange) {
  EXPECT_EQ(only_error(R"({"response_days": 0})"), "response_days: must be between 1 and 89");
  EXPECT_EQ(only_error(R"({"response_days": 90})"), "response_days: must be between 1 and 89");
}

TEST(Scenario, RejectsOpeningBalanceOutOfRange) {
  EXPECT_EQ(only_error(R"({"opening_balance": 1000001})"),
            "opening_balance: must be between 0 and 1000000");
}

TEST(Scenario, RejectsNonBooleanLaunchBonus) {
  EXPECT_EQ(only_error(R"({"launch_bonus": 1})"), "launch_bonus: must be true or false");
}

TEST(Scenario, RejectsExpiryDaysOutOfRange) {
  EXPECT_EQ(only_error(R"({"expiry_days": 0})"),
            "expiry_days: must be between 1 and 3650, or \"none\"");
  EXPECT_EQ(only_error(R"({"expiry_days": 3651})"),
            "expiry_days: must be between 1 and 3650, or \"none\"");
}

TEST(Scenario, RejectsBalanceCapOutOfRange) {
  EXPECT_EQ(only_error(R"({"balance_cap": -1})"),
            "balance_cap: must be between 0 and 10000000, or \"none\"");
  EXPECT_EQ(scenario_from(R"({"balance_cap": 0})").balance_cap, 0);
}

TEST(Scenario, RejectsRefreshDayOutOfRange) {
  EXPECT_EQ(only_error(R"({"refresh_day": 29})"), "refresh_day: must be between 1 and 28");
  EXPECT_EQ(only_error(R"({"refresh_day": 0})"), "refresh_day: must be between 1 and 28");
}

TEST(Scenario, RejectsTrialsOutOfRange) {
  EXPECT_EQ(only_error(R"({"trials": 100001})"), "trials: must be between 0 and 100000");
}

TEST(Scenario, RejectsMonteCarloWorkBeyondTheGuard) {
  const std::vector<FieldError> errors =
      errors_of(R"({"plan": "recruiter_lite", "seats": 100000, "trials": 100000, "months": 120})");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "trials");
}

TEST(Scenario, AcceptsTheWholeSeedRange) {
  EXPECT_EQ(scenario_from(R"({"seed": 18446744073709551615})").seed, 18446744073709551615u);
  EXPECT_EQ(scenario_from(R"({"seed": 0})").seed, 0u);
  EXPECT_EQ(only_error(R"({"seed": -1})"),
            "seed: must be a whole number between 0 and 18446744073709551615");
  EXPECT_EQ(only_error(R"({"seed": 1.5})"),
            "seed: must be a whole number between 0 and 18446744073709551615");
}

TEST(Scenario, ReportsEveryErrorTogether) {
  const std::vector<FieldError> errors = errors_of(R"({"policy": "x", "months": 0,
      "groups": [{"seats": 0, "response_rate": 101}, {"response_days": 100}], "bogus": 1,
      "refresh_day": 31})");
  std::vector<std::string> fields;
  for (const FieldError& error : errors) fields.push_back(error.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"bogus", "policy", "months", "groups[0].seats",
                                              "groups[0].response_rate", "groups[1].response_days",
                                              "refresh_day"}));
}

TEST(Scenario, CombinationRulesNameTheFieldTheyConcern) {
  Scenario scenario = scenario_from(R"({"plan": "custom", "allotment": 10})");
  EXPECT_TRUE(combination_errors(scenario).empty());
  scenario.given.allotment.reset();
  scenario.policy = Policy::kLegacy;
  scenario.plan = Plan::kSalesNavigator;
  scenario.pooled = true;  // as a typed scenario may hold it: Sales Navigator cannot pool
  const std::vector<FieldError> errors = combination_errors(scenario);
  const std::vector<FieldError> expected = {
      {"plan", "Sales Navigator is not offered under Before 2015"},
      {"pooled", "Sales Navigator does not pool credits"},
  };
  EXPECT_EQ(errors, expected);
  scenario = scenario_from(R"({"plan": "custom", "allotment": 10})");
  scenario.given.allotment.reset();
  EXPECT_EQ(combination_errors(scenario),
            (std::vector<FieldError>{{"allotment", "is required for the custom plan"}}));
}

TEST(Scenario, ReadingLenientlyKeepsWhatIsValid) {
  const Scenario scenario = read_leniently(
      R"({"policy": "current", "plan": "recruiter_lite", "months": "abc", "allotment": 40})",
      testing::kToday);
  EXPECT_EQ(scenario.policy, Policy::kCurrent);
  EXPECT_EQ(scenario.plan, Plan::kRecruiterLite);
  EXPECT_EQ(scenario.months, 12);
  EXPECT_EQ(scenario.balance_cap, 160);  // 4 x the allotment in use
  EXPECT_EQ(read_leniently("[oops", testing::kToday).plan, Plan::kRecruiter);
}

// What cannot be read keeps its default: a pooling that is no boolean, and
// the single group of a document that is no object.
TEST(Scenario, ReadingLenientlyGivesWhatCannotBeReadItsDefault) {
  EXPECT_FALSE(
      read_leniently(R"({"plan": "recruiter_lite", "pooled": "yes"})", testing::kToday).pooled);
  for (const char* text : {"[oops", "[1]", "{\"groups\": 5}"}) {
    const Scenario scenario = read_leniently(text, testing::kToday);
    ASSERT_EQ(scenario.groups.size(), 1u) << text;
    EXPECT_EQ(scenario.groups[0].name, "Group 1") << text;
  }
}

}  // namespace
}  // namespace inmail

// The page model (inmail/page_model.h): what an edit does, and what the
// view says about the state it leaves.
#include "inmail/page_model.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "inmail/explain.h"
#include "page/field_path.h"
#include "test_support.h"

namespace inmail {
namespace {

using nlohmann::json;
using testing::kToday;

PageState opened(std::string_view query) { return open_page(query, kToday); }

PageState edited(PageState state, const std::string& field, const std::string& text) {
  return update(std::move(state), Edit::set(field, text), kToday);
}

PageView view(const PageState& state, bool heavy = false) {
  return view_of(state, {kToday, heavy, heavy, heavy});
}

json scenario_of(const PageState& state) { return json::parse(state.scenario.dump()); }

const FieldView& field(const PageView& page, const std::string& path) {
  for (const SectionView& section : page.sections) {
    for (const FieldView& candidate : section.fields) {
      if (candidate.path == path) return candidate;
    }
    for (const GroupView& group : section.groups) {
      for (const FieldView& candidate : group.fields) {
        if (candidate.path == path) return candidate;
      }
    }
  }
  static const FieldView kMissing{};
  ADD_FAILURE() << "no input " << path;
  return kMissing;
}

// The scenario of the spec's goal-lite-prices example: 2 InMails find no
// credit in its first month (an independent implementation's figures).
constexpr const char* kLite =
    "v=2&plan=recruiter_lite&start=2027-01&months=6&sends_per_month=40&response_rate=25";

TEST(PageModel, AFirstVisitShowsTheWorkedExample) {
  const PageState state = opened("");
  EXPECT_TRUE(state.example);
  const PageView page = view(state);
  ASSERT_TRUE(page.example);
  EXPECT_EQ(page.example->clear, "Clear the example");
  EXPECT_EQ(page.query, "");  // the address stays as it is
  ASSERT_TRUE(page.figures);
  EXPECT_FALSE(page.figures_stale);
  EXPECT_EQ(page.figures->verdict.tone, "short");
  // The 2015 launch bonus does not apply under today's rules: not offered.
  EXPECT_FALSE(field(page, "launch_bonus").applies);
  // Tracking parameters alone are no link: the example again.
  EXPECT_TRUE(opened("?utm_source=newsletter&fbclid=1").example);
}

TEST(PageModel, ClearingTheExampleLeavesTodaysRulesWithEveryDefault) {
  const PageState state = update(opened(""), Edit::clear_example(), kToday);
  EXPECT_FALSE(state.example);
  EXPECT_EQ(scenario_of(state), json::parse(R"({"policy": "current"})"));
  EXPECT_EQ(state.currency, "");
  const PageView page = view(state);
  EXPECT_EQ(page.query, "v=2");
  EXPECT_EQ(page.figures->verdict.tone, "empty");
  EXPECT_EQ(page.figures->verdict.headline, "No InMail is sent yet.");
}

TEST(PageModel, EditingTheExampleMakesItThePersonsAndWritesTheLink) {
  const PageState state = edited(opened(""), "groups[0].seats", "2");
  EXPECT_FALSE(state.example);
  EXPECT_EQ(view(state).query,
            "v=2&plan=recruiter_lite&seats=2&sends_per_month=40&response_rate=25"
            "&seat_prices=%7B%22recruiter_lite%22%3A170%2C%22recruiter%22%3A825%7D&currency=USD");
}

TEST(PageModel, SharedLinksDropTrackingAndKeepOtherKeysAsNotices) {
  PageState state = opened(std::string(kLite) + "&utm_source=linkedin&gclid=x&colour=red");
  PageView page = view(state);
  ASSERT_TRUE(page.figures);
  EXPECT_FALSE(page.figures_stale);  // the figures show
  EXPECT_TRUE(page.errors.empty());
  ASSERT_EQ(page.notices.size(), 1u);
  EXPECT_EQ(page.notices[0].field, "colour");
  EXPECT_NE(page.notices[0].text.find("colour=red"), std::string::npos);
  EXPECT_EQ(page.query, std::string(kLite) + "&colour=red");
  // Kept through an edit, in the link the edit writes.
  state = edited(state, "groups[0].seats", "2");
  EXPECT_EQ(view(state).query,
            "v=2&plan=recruiter_lite&start=2027-01&months=6&seats=2&sends_per_month=40"
            "&response_rate=25&colour=red");
  // And gone once dropped.
  state = update(state, Edit::drop("colour"), kToday);
  EXPECT_TRUE(view(state).notices.empty());
}

TEST(PageModel, ALinksKeyShowsItsControlCharactersAsEscapes) {
  // A NUL or an escape sequence would hide in a page, or act in a terminal.
  const PageView page = view(opened(std::string(kLite) + "&note=%00a%1B%5B2J"));
  ASSERT_EQ(page.notices.size(), 1u);
  EXPECT_NE(page.notices[0].text.find("\u201cnote=\\u0000a\\u001b[2J\u201d"), std::string::npos)
      << page.notices[0].text;
}

TEST(PageModel, ALinksNumberIsNamedAsTheCliNamesItATypedOneSaysMore) {
  // 10.005 in a link is a number with three decimals: the scenario's words.
  const std::string link = std::string(kLite) + "&seat_prices=%7B%22recruiter_lite%22%3A10.005%7D";
  EXPECT_EQ(
      view(opened(link)).errors,
      (std::vector<FieldError>{{"seat_prices.recruiter_lite", "must have at most 2 decimals"}}));
  // Typed, "10.005" could be ten thousand and five (a grouping dot).
  const PageState typed = edited(opened(kLite), "seat_prices.recruiter_lite", "10.005");
  EXPECT_EQ(
      view(typed).errors,
      (std::vector<FieldError>{{"seat_prices.recruiter_lite",
                                "must have at most 2 decimals; if you meant 10005, type 10005"}}));
}

TEST(PageModel, ADecimalCommaIsReadAndKeptAsTyped) {
  const PageState state = edited(opened(kLite), "seat_prices.recruiter_lite", "170,50");
  EXPECT_EQ(scenario_of(state)["seat_prices"], json::parse(R"({"recruiter_lite": 170.5})"));
  const PageView page = view(state);
  EXPECT_EQ(field(page, "seat_prices.recruiter_lite").text, "170,50");
  EXPECT_TRUE(field(page, "seat_prices.recruiter_lite").error.empty());
  // 170.50 x 1 seat x 6 months.
  EXPECT_EQ(page.figures->result.totals.cost->total_cents, 102300);
  EXPECT_NE(page.query.find("170.5"), std::string::npos);
}

TEST(PageModel, AnAmbiguousNumberIsAnErrorThatSaysBothReadings) {
  const PageState state = edited(opened(kLite), "seat_prices.recruiter_lite", "1,250");
  const PageView page = view(state);
  EXPECT_EQ(field(page, "seat_prices.recruiter_lite").error,
            "could be 1250 or 1.25: type 1250 or 1.25");
  EXPECT_EQ(field(page, "seat_prices.recruiter_lite").text, "1,250");
  ASSERT_EQ(page.errors.size(), 1u);
  EXPECT_EQ(page.errors[0].field, "seat_prices.recruiter_lite");
  // The last good figures stay, marked as an earlier input's.
  ASSERT_TRUE(page.figures);
  EXPECT_TRUE(page.figures_stale);
  EXPECT_FALSE(page.figures->result.totals.cost);
  EXPECT_EQ(json::parse(snapshot_json(state, page))["result"], nullptr);
}

TEST(PageModel, SeatsWithADecimalCommaAreNoWholeNumber) {
  const PageView page = view(edited(opened(kLite), "groups[0].seats", "2,5"));
  EXPECT_EQ(field(page, "groups[0].seats").error, "must be a whole number");
}

TEST(PageModel, AClearedFieldStaysEmptyAndMeansTheDefault) {
  const PageState state = edited(opened(kLite), "months", "");
  EXPECT_FALSE(scenario_of(state).contains("months"));
  const PageView page = view(state);
  EXPECT_EQ(field(page, "months").text, "");
  EXPECT_EQ(field(page, "months").placeholder, "12");
  EXPECT_EQ(page.figures->result.months.size(), 12u);
}

TEST(PageModel, ValuesOutOfRangeAreErrorsAtTheirField) {
  const PageView page = view(edited(opened(kLite), "months", "121"));
  EXPECT_EQ(field(page, "months").error, "must be between 1 and 120");
  EXPECT_EQ(field(page, "months").text, "121");
}

TEST(PageModel, PickingAPlanThatCannotPoolDropsTheTeamsPooling) {
  PageState state = opened("v=2&plan=recruiter&pooled=true&seats=3&sends_per_month=100");
  state = edited(state, "plan", "recruiter_lite");
  EXPECT_FALSE(scenario_of(state).contains("pooled"));
  EXPECT_TRUE(view(state).errors.empty());
  // A pooled: false stays: it is valid on every plan.
  state = edited(edited(opened("v=2&pooled=false"), "plan", "recruiter_lite"), "plan", "recruiter");
  EXPECT_EQ(scenario_of(state)["pooled"], false);
}

TEST(PageModel, CustomKeepsTheAllotmentInUseAndLeavingItDropsIt) {
  PageState state = edited(opened("v=2&plan=recruiter_lite"), "plan", "custom");
  EXPECT_EQ(scenario_of(state)["allotment"], 30);
  EXPECT_TRUE(view(state).errors.empty());
  state = edited(state, "plan", "sales_navigator");
  EXPECT_FALSE(scenario_of(state).contains("allotment"));
  EXPECT_EQ(view(state).figures->result.resolved.allotment, 50);
  // An override on a plan with its own allotment stays when the plan changes.
  state = edited(edited(state, "allotment", "70"), "plan", "recruiter_lite");
  EXPECT_EQ(scenario_of(state)["allotment"], 70);
}

TEST(PageModel, ALongCurrencyLabelIsAnErrorAtTheCurrency) {
  const PageView page = view(edited(opened(kLite), "currency", std::string(21, 'x')));
  EXPECT_EQ(field(page, "currency").error, "must be at most 12 characters");
  EXPECT_TRUE(page.figures_stale);
}

TEST(PageModel, GroupsAreAddedAndRemovedAndTheirHelpersFollow) {
  PageState state = update(opened(kLite), Edit::add_group(), kToday);
  EXPECT_EQ(scenario_of(state)["groups"].size(), 2u);
  EXPECT_EQ(view(state).sections[1].groups[1].title, "Group 2");
  state = edited(state, "groups[1].report.sent", "100");
  state = update(state, Edit::remove_group(0), kToday);
  EXPECT_EQ(scenario_of(state)["groups"], json::parse(R"([{}])"));
  EXPECT_EQ(state.report.at(0).sent, "100");  // group 2's helper is group 1's now
  // The last group stays.
  EXPECT_EQ(scenario_of(update(state, Edit::remove_group(0), kToday))["groups"].size(), 1u);
}

TEST(PageModel, TheReportHelperSetsTheResponseRate) {
  PageState state = edited(opened(kLite), "groups[0].report.sent", "200");
  state = edited(state, "groups[0].report.accepted", "41");
  state = edited(state, "groups[0].report.declined", "10");
  // (41 + 10) / 200 = 25.5 %.
  EXPECT_EQ(view(state).sections[1].groups[0].report.action, "Use 25.5 % as the response rate");
  state = update(state, Edit::use_report(0), kToday);
  EXPECT_EQ(scenario_of(state)["response_rate"], 25.5);
  // Counts that do not add up are the helper's problem, at its count.
  state = edited(state, "groups[0].report.declined", "190");
  const ReportView report = view(state).sections[1].groups[0].report;
  EXPECT_EQ(report.counts[2].error, "accepted and declined together exceed the InMails sent");
  EXPECT_EQ(report.action, "");
}

TEST(PageModel, AdoptingAGoalRowSetsItsPlanSeatsAndVolume) {
  // goal-lite-prices: 20 responses at 25 % take 80 a month; Sales Navigator
  // does it with 2 seats of 40.
  PageState state = opened(std::string(kLite) + "&goal_responses=20&allotment=30");
  state = update(state, Edit::adopt_goal("sales_navigator"), kToday);
  EXPECT_EQ(scenario_of(state), json::parse(R"({"policy": "current", "plan": "sales_navigator",
      "start": "2027-01", "months": 6, "sends_per_month": 40, "response_rate": 25,
      "goal_responses": 20, "seats": 2})"));
  // A plan without an answer, or no goal at all, changes nothing.
  const PageState before = opened(kLite);
  EXPECT_EQ(scenario_of(update(before, Edit::adopt_goal("recruiter"), kToday)),
            scenario_of(before));
}

TEST(PageModel, TheGoalsAnswerSaysTheVolumeAndWhyTheFirstMonthSeesFewer) {
  // 20 responses at 25 %: 20 * 10000 / 2500 = 80 InMails a month; answers
  // come 3 days (the default) after their InMails.
  PageView page = view(opened(std::string(kLite) + "&goal_responses=20"), true);
  ASSERT_TRUE(page.goal);
  EXPECT_EQ(page.goal->question, "How many seats for 20 responses a month?");
  EXPECT_EQ(page.goal->answer,
            "At 25 % answered, 20 responses a month take 80 InMails a month. Answers come 3 "
            "days after their InMails, so the first month sees fewer.");
  // goal-lite-prices' rows without prices: no cost, so no cheapest; with
  // them, Sales Navigator's 2 seats (2 x 99 x 6) cost least (spec example).
  EXPECT_EQ(page.goal->rows[2].mark, "in use");
  page = view(
      opened(std::string(kLite) + "&goal_responses=20&seat_prices=%7B%22recruiter_lite%22%3A170%2C"
                                  "%22recruiter%22%3A825%2C%22sales_navigator%22%3A99%7D"),
      true);
  ASSERT_TRUE(page.goal);
  EXPECT_EQ(page.goal->rows[3].plan, "sales_navigator");
  EXPECT_EQ(page.goal->rows[3].mark, "cheapest");
  page = view(opened(std::string(kLite) + "&goal_responses=20&response_days=1"), true);
  ASSERT_TRUE(page.goal);
  EXPECT_NE(page.goal->answer.find("Answers come 1 day after"), std::string::npos);
}

TEST(PageModel, DraggingAMonthChangesThatMonthOnly) {
  // 40 a month over 6 months; month 3 dragged to 120: months 4 to 6 stay at
  // 40, which the plan's last entry says (it repeats).
  PageState state =
      update(opened(kLite), Edit::set_month("groups[0].sends_per_month", 2, 120), kToday);
  EXPECT_EQ(scenario_of(state)["sends_per_month"], json::parse("[40, 40, 120, 40]"));
  EXPECT_EQ(field(view(state), "groups[0].sends_per_month").text, "40, 40, 120, 40");
  state = update(state, Edit::set_month("groups[0].sends_per_month", 0, 10), kToday);
  EXPECT_EQ(scenario_of(state)["sends_per_month"], json::parse("[10, 40, 120, 40]"));
  const std::vector<std::int64_t> by_month = view(state).sections[1].groups[0].plan_by_month;
  EXPECT_EQ(by_month, (std::vector<std::int64_t>{10, 40, 120, 40, 40, 40}));
  // The first month of a flat plan: the others keep their 40.
  state = update(opened(kLite), Edit::set_month("groups[0].sends_per_month", 0, 42), kToday);
  EXPECT_EQ(scenario_of(state)["sends_per_month"], json::parse("[42, 40]"));
  // Dragged back, the months are alike again: one entry, still a plan.
  state = update(state, Edit::set_month("groups[0].sends_per_month", 0, 40), kToday);
  EXPECT_EQ(scenario_of(state)["sends_per_month"], json::parse("[40]"));
}

TEST(PageModel, ALinkTooLongToReadIsItsErrorNotTheExample) {
  const PageState state = opened("v=2&name=" + std::string(70000, 'x'));
  EXPECT_FALSE(state.example);
  const PageView page = view(state);
  ASSERT_FALSE(page.errors.empty());
  EXPECT_EQ(page.errors[0].field, "");
  EXPECT_NE(page.errors[0].message.find("longer than 65536"), std::string::npos);
}

TEST(PageModel, ASendingPlansBadMonthIsNamedAtItsInput) {
  const PageView page = view(edited(opened(kLite), "groups[0].sends_per_month", "40, -1, 120"));
  EXPECT_EQ(field(page, "groups[0].sends_per_month").error,
            "month 2: must be between 0 and 100000");
  EXPECT_EQ(page.errors[0].field, "sends_per_month[1]");
}

TEST(PageModel, TheLaunchBonusIsOfferedWhereItCanApply) {
  EXPECT_TRUE(field(view(opened("policy=2015&start=2014-12")), "launch_bonus").applies);
  // December 2014 and January 2015 hold it; December 2014 alone does not.
  EXPECT_TRUE(field(view(opened("policy=2015&start=2014-12&months=2")), "launch_bonus").applies);
  EXPECT_FALSE(field(view(opened("policy=2015&start=2014-12&months=1")), "launch_bonus").applies);
  EXPECT_FALSE(field(view(opened("policy=2015&start=2015-02")), "launch_bonus").applies);
  EXPECT_FALSE(field(view(opened("policy=2015&plan=recruiter_lite")), "launch_bonus").applies);
  // Given, it shows, so that it can be changed.
  EXPECT_TRUE(field(view(opened("v=2&launch_bonus=false")), "launch_bonus").applies);
}

TEST(PageModel, AnEmptyInputKnowsTheNumberItStandsForWhereADragStarts) {
  const PageView lite = view(opened(kLite));
  EXPECT_EQ(field(lite, "allotment").text, "");
  EXPECT_EQ(field(lite, "allotment").in_force, 30.0);
  EXPECT_EQ(field(lite, "balance_cap").in_force, 120.0);  // 4 x 30
  // Credits that never lapse stand at the longest life, which changes nothing.
  EXPECT_EQ(field(lite, "expiry_days").in_force, field(lite, "expiry_days").max);
  EXPECT_FALSE(field(lite, "months").in_force);  // its default is its text: "12"
}

TEST(PageModel, GroupsAndNoticesNameTheirActions) {
  const PageState two =
      update(opened(std::string(kLite) + "&colour=red"), Edit::add_group(), kToday);
  const PageView page = view(two);
  EXPECT_EQ(page.sections[1].groups[1].remove, "Remove this group");
  EXPECT_EQ(view(opened(kLite)).sections[1].groups[0].remove, "");  // the last group stays
  ASSERT_EQ(page.notices.size(), 1u);
  EXPECT_TRUE(page.notices[0].droppable);
  EXPECT_EQ(page.notices[0].drop, "Remove");
}

// Only the credit sections, which most people leave alone, start folded.
TEST(PageModel, OnlyTheCreditAndMonteCarloSectionsStartFolded) {
  std::vector<std::string> folded;
  for (const SectionView& section : view(opened("v=2")).sections) {
    if (section.folded) folded.push_back(section.title);
  }
  EXPECT_EQ(folded, (std::vector<std::string>{"Credits", "Monte Carlo"}));
}

TEST(PageModel, EveryPolicyCanBePicked) {
  const PageView page = view(opened(kLite));
  const FieldView& policy = field(page, "policy");
  ASSERT_EQ(policy.choices.size(), 3u);
  for (const ChoiceView& choice : policy.choices) EXPECT_TRUE(choice.enabled) << choice.value;
}

// An empty input says what it stands for: the cap's and the credit life's
// own hints, and "none" for the goal.
TEST(PageModel, EmptyInputsSayTheirOwnDefault) {
  const PageView page = view(opened(kLite));
  const DefaultHints hints = default_hints(
      read_leniently(R"({"policy": "current", "plan": "recruiter_lite"})", kToday), kToday);
  EXPECT_EQ(field(page, "balance_cap").placeholder, hints.balance_cap);
  EXPECT_EQ(field(page, "expiry_days").placeholder, hints.expiry_days);
  EXPECT_NE(hints.balance_cap, hints.expiry_days);
  EXPECT_EQ(field(page, "goal_responses").placeholder, "none");
}

TEST(PageModel, TheGroupTableTotalsEachGroupsMonths) {
  // 10 credits a month for 12 sends, two months, no responses: 20 sent and
  // 4 unsent in all.
  const PageView page =
      view(opened("v=2&plan=custom&allotment=10&start=2027-01&months=2&sends_per_month=12"));
  const TableView& groups = page.figures->groups;
  ASSERT_EQ(groups.rows.size(), 1u);
  std::vector<std::string> cells;
  for (const Cell& cell : groups.rows[0]) cells.push_back(cell.text);
  EXPECT_EQ(cells, (std::vector<std::string>{"Group 1", "20", "4", "0", "0", "0"}));
}

TEST(PageModel, TheReportHelperTakesAnEmptyCountAsZero) {
  PageState state = edited(opened(kLite), "groups[0].report.sent", "200");
  state = edited(state, "groups[0].report.accepted", "50");
  // Declined left empty: 50 of 200 answered.
  EXPECT_EQ(view(state).sections[1].groups[0].report.action, "Use 25 % as the response rate");
}

TEST(PageModel, TheReportHelperShowsEachCountAsTyped) {
  PageState state = edited(opened(kLite), "groups[0].report.sent", "200");
  state = edited(state, "groups[0].report.accepted", "41");
  const ReportView report = view(state).sections[1].groups[0].report;
  ASSERT_EQ(report.counts.size(), 3u);
  EXPECT_EQ(report.counts[0].text, "200");
  EXPECT_EQ(report.counts[1].text, "41");
  EXPECT_EQ(report.counts[2].text, "");
}

TEST(PageModel, AGroupsKeyIsSetInItsGroupOnceThereAreSeveral) {
  PageState state = update(opened(kLite), Edit::add_group(), kToday);
  state = edited(state, "groups[1].seats", "3");
  const json scenario = scenario_of(state);
  EXPECT_EQ(scenario["groups"][1]["seats"], 3);
  EXPECT_FALSE(scenario.contains("seats"));
  EXPECT_TRUE(view(state).errors.empty());
}

// Removing a group forgets what was typed in the groups' inputs (their
// places change), not what was typed elsewhere.
TEST(PageModel, RemovingAGroupForgetsOnlyTheGroupsTexts) {
  PageState state = update(opened(kLite), Edit::add_group(), kToday);
  state = edited(state, "seat_prices.recruiter_lite", "170,50");
  state = edited(state, "groups[0].response_rate", "25,5");
  ASSERT_EQ(state.typed.count("groups[0].response_rate"), 1u);
  state = update(state, Edit::remove_group(1), kToday);
  EXPECT_EQ(state.typed.count("groups[0].response_rate"), 0u);
  EXPECT_EQ(state.typed.at("seat_prices.recruiter_lite"), "170,50");
  EXPECT_EQ(field(view(state), "groups[0].response_rate").text, "25.5");
}

TEST(PageModel, EditsOfMonthsOrGroupsThatAreNotThereChangeNothing) {
  const PageState two = update(opened(kLite), Edit::add_group(), kToday);
  EXPECT_EQ(scenario_of(update(two, Edit::set_month("groups[5].sends_per_month", 0, 9), kToday)),
            scenario_of(two));
  const Edit before_the_first = edit_from_json(
      R"({"kind": "set_month", "field": "sends_per_month", "month": -5, "value": 9})");
  EXPECT_EQ(before_the_first.month, -1);
  EXPECT_EQ(scenario_of(update(opened(kLite), before_the_first, kToday)),
            scenario_of(opened(kLite)));
}

TEST(PageModel, AGoalRowWithoutAnAnswerIsNotAdopted) {
  // 10^10 InMails a month: no row has seats (goal_test.cpp).
  const PageState state =
      opened("v=2&plan=premium_career&months=2&response_rate=0.01&goal_responses=1000000");
  for (const char* plan : {"recruiter", "premium_career", "custom"}) {
    EXPECT_EQ(scenario_of(update(state, Edit::adopt_goal(plan), kToday)), scenario_of(state))
        << plan;
  }
}

TEST(PageModel, AScenariosUnknownKeyIsANoticeThatDropsIt) {
  const PageState state = state_from_json(R"({"scenario": {"policy": "current", "colour": 1}})");
  const PageView page = view(state);
  ASSERT_EQ(page.notices.size(), 1u);
  EXPECT_EQ(page.notices[0].field, "colour");
  EXPECT_TRUE(page.notices[0].droppable);
  EXPECT_EQ(page.notices[0].drop, "Remove");
  EXPECT_EQ(scenario_of(update(state, Edit::drop("colour"), kToday)),
            json::parse(R"({"policy": "current"})"));
}

TEST(PageModel, ThePlanComparisonShowsEachPlansPriceNextToIt) {
  const PageView page = view_of(opened(kLite), {kToday, true, false, false});
  ASSERT_TRUE(page.comparisons);
  ASSERT_GE(page.comparisons->plans.header.size(), 2u);
  EXPECT_EQ(page.comparisons->plans.header[0], "Plan");
  EXPECT_EQ(page.comparisons->plans.header[1], "Seat price per month");
}

TEST(PageModel, TheScenarioInWordsSaysTheMonthsAndEachGroup) {
  const PageView page =
      view(opened(std::string(kLite) + "&seat_prices=%7B%22recruiter_lite%22%3A1234.56%7D"));
  const std::vector<std::string>& words = page.scenario_words;
  ASSERT_GE(words.size(), 4u);
  EXPECT_EQ(words[2], "Months: 6, from January 2027.");
  EXPECT_EQ(words[3], "Group 1: 1 seat, each 40 InMails a month, 25 % answered after 3 days.");
  bool priced = false;
  for (const std::string& line : words) {
    priced = priced || line.find("Recruiter Lite 1,234.56") != std::string::npos;
  }
  EXPECT_TRUE(priced);
}

TEST(PageModel, TheReportHelperNeedsTheInMailsSent) {
  const PageState state = edited(opened(kLite), "groups[0].report.accepted", "5");
  const ReportView report = view(state).sections[1].groups[0].report;
  EXPECT_EQ(report.counts[0].error, "must be a whole number");
  EXPECT_EQ(report.action, "");
}

TEST(PageModel, AnInputsNumberIsThereOnlyForANumber) {
  const PageState state = edited(opened(kLite), "months", "abc");
  EXPECT_FALSE(field(view(state), "months").number);
  EXPECT_EQ(field(view(opened(kLite)), "months").number, 6.0);
}

// 12 sends on 10 credits a month: 10 sent and 2 not, stacked to 12; the
// axis goes to 15 in steps of 5 (12 / 5 rounded up to a step of 1, 2, 5).
TEST(PageModel, TheChartsAxisHoldsSentAndUnsentStacked) {
  const PageView page =
      view(opened("v=2&plan=custom&allotment=10&start=2027-01&months=2&sends_per_month=12"));
  EXPECT_EQ(page.figures->chart.y_ticks, (std::vector<std::int64_t>{0, 5, 10, 15}));
}

TEST(PageModel, TablesSortMonthsInOrderAndMissingMoneyFirst) {
  const PageView page = view_of(opened(kLite), {kToday, true, false, false});
  const TableView& months = page.figures->months;
  ASSERT_EQ(months.rows.size(), 6u);
  for (std::size_t row = 1; row < months.rows.size(); ++row) {
    EXPECT_LT(months.rows[row - 1][0].sort, months.rows[row][0].sort) << row;
  }
  // No seat prices: every cost cell is "n/a", sorted below any amount.
  int missing = 0;
  for (const auto& row : page.comparisons->plans.rows) {
    for (const Cell& cell : row) {
      if (cell.text != "n/a") continue;
      ++missing;
      EXPECT_EQ(cell.sort, -1);
    }
  }
  EXPECT_GT(missing, 0);
}

TEST(PageModel, AFieldPathHoldsNothingAfterItsIndex) {
  ASSERT_TRUE(detail::parse_field_path("sends_per_month[2]"));
  EXPECT_EQ(detail::parse_field_path("sends_per_month[2]")->entry, std::optional<std::size_t>(2));
  EXPECT_FALSE(detail::parse_field_path("sends_per_month[2]x"));
  EXPECT_FALSE(detail::parse_field_path("groups[0].sends_per_month[1].x"));
  EXPECT_FALSE(detail::parse_field_path("sends_per_month[x]"));
  EXPECT_EQ(detail::parse_field_path("sends_per_month[9]")->entry, std::optional<std::size_t>(9));
  EXPECT_EQ(detail::parse_field_path("groups[19].seats")->group, 19u);
  EXPECT_FALSE(detail::parse_field_path("groups[0]xseats"));
  EXPECT_FALSE(detail::parse_field_path("groups[0]"));
  EXPECT_EQ(detail::parse_field_path("groups[0].seats")->key, "seats");
}

TEST(PageModel, EditsReadFromJsonKeepTheirFieldAndGroup) {
  const Edit set = edit_from_json(R"({"kind": "set", "field": "months", "text": "3"})");
  EXPECT_EQ(set.field, "months");
  EXPECT_EQ(set.text, "3");
  EXPECT_EQ(scenario_of(update(opened(kLite), set, kToday))["months"], 3);
  EXPECT_EQ(edit_from_json(R"({"kind": "drop", "field": "colour"})").field, "colour");
  EXPECT_EQ(edit_from_json(R"({"kind": "remove_group", "group": 0})").group, 0u);
  EXPECT_EQ(edit_from_json(R"({"kind": "remove_group", "group": 1})").group, 1u);
}

TEST(PageModel, AStatesLinkKeysAreReadAsPairsOnly) {
  const PageState state = state_from_json(
      R"({"unknown_link_keys": [["a", "b", "c"], ["colour", "red"], "x", ["k"], [1, "v"]]})");
  EXPECT_EQ(state.unknown_link_keys,
            (std::vector<std::pair<std::string, std::string>>{{"colour", "red"}}));
}

TEST(PageModel, AGroupCanBeAddedUpTo50) {
  const auto with_groups = [](int count) {
    json scenario = {{"policy", "current"}, {"groups", json::array()}};
    for (int i = 0; i < count; ++i) scenario["groups"].push_back(json::object());
    return state_from_json(json{{"scenario", scenario}}.dump());
  };
  EXPECT_EQ(view(with_groups(49)).sections[1].add_group, "Add a group");
  EXPECT_EQ(view(with_groups(50)).sections[1].add_group, "");
}

TEST(PageModel, ThePagesOwnControlsAreNamedByTheView) {
  const PageLabels labels = view(opened(kLite)).labels;
  EXPECT_EQ(labels.summary, "Summary");
  EXPECT_EQ(labels.plans, "Plans");
  EXPECT_EQ(labels.copy_csv, "Copy CSV");
  EXPECT_FALSE(labels.csv_copied.empty());
  EXPECT_EQ(labels.plan_bars, "One bar a month: drag a bar to change that month.");
}

TEST(PageModel, TheChartsTicksAreWrittenAsTheAxisShowsThem) {
  const ChartView chart =
      view(opened("v=2&seats=10&sends_per_month=200&response_rate=20")).figures->chart;
  ASSERT_EQ(chart.y_tick_texts.size(), chart.y_ticks.size());
  EXPECT_EQ(chart.y_tick_texts.front(), "0");
  EXPECT_EQ(chart.y_ticks.back(), 2000);  // 10 seats x 200
  EXPECT_EQ(chart.y_tick_texts.back(), "2,000");
}

TEST(PageModel, MonteCarloIsPendingUntilThePageAsksForIt) {
  const PageState state = opened(std::string(kLite) + "&trials=20");
  EXPECT_EQ(view(state).monte_carlo_pending, "Monte Carlo runs once the inputs settle.");
  EXPECT_FALSE(view(state).monte_carlo);
  EXPECT_EQ(view(state, true).monte_carlo_pending, "");
  EXPECT_TRUE(view(state, true).monte_carlo);
  EXPECT_EQ(view(opened(kLite)).monte_carlo_pending, "");  // no trials
  // Stale figures are an earlier input's: nothing runs for them.
  EXPECT_EQ(view(edited(state, "months", "0")).monte_carlo_pending, "");
}

TEST(PageModel, TheViewsJsonHoldsTheControlsWords) {
  const PageState state =
      update(opened(std::string(kLite) + "&colour=red&trials=5"), Edit::add_group(), kToday);
  const json page = json::parse(view_to_json(view(state)));
  EXPECT_EQ(page["labels"]["plans"], "Plans");
  EXPECT_EQ(page["labels"]["plan_bars"], "One bar a month: drag a bar to change that month.");
  EXPECT_EQ(page["monte_carlo_pending"], "Monte Carlo runs once the inputs settle.");
  EXPECT_EQ(page["notices"][0]["drop"], "Remove");
  EXPECT_EQ(page["sections"][1]["groups"][0]["remove"], "Remove this group");
  EXPECT_EQ(page["sections"][0]["fields"][2]["in_force"], 30);
  EXPECT_EQ(page["figures"]["chart"]["y_tick_texts"][0], "0");
}

TEST(PageModel, TheStateSurvivesItsJson) {
  PageState state = edited(opened(std::string(kLite) + "&colour=red"), "seat_prices.custom", "1,5");
  state = edited(state, "groups[0].report.sent", "12");
  const std::string json_text = state_to_json(state);
  EXPECT_EQ(state_to_json(state_from_json(json_text)), json_text);
}

TEST(PageModel, HostileStateAndEditsChangeNothingAndNeverFail) {
  EXPECT_EQ(scenario_of(state_from_json("not json")), json::parse("{}"));
  EXPECT_EQ(scenario_of(state_from_json(R"({"scenario": [1], "typed": 5})")), json::parse("{}"));
  const PageState state = opened(kLite);
  for (const char* edit : {"{}", "[]", R"({"kind": "set", "field": "groups[99999999999].seats"})",
                           R"({"kind": "remove_group", "group": -5})",
                           R"({"kind": "set_month", "field": "months", "month": 3})",
                           R"({"kind": "set", "field": "seat_prices.gold", "text": "1"})",
                           // a group the page does not show, and a number for the text
                           R"({"kind": "set", "field": "groups[1].seats", "text": "3"})",
                           R"({"kind": "set", "field": "groups[1].report.sent", "text": "3"})",
                           R"({"kind": "set", "field": "groups[0].seats", "text": 7})"}) {
    const PageState next = update(state, edit_from_json(edit), kToday);
    EXPECT_EQ(scenario_of(next), scenario_of(state)) << edit;
    EXPECT_EQ(next.typed, state.typed) << edit;
    EXPECT_EQ(next.report.size(), state.report.size()) << edit;
  }
}

TEST(PageModel, VerdictSaysWhenItFallsShortAndTheSmallestFix) {
  // 10 credits a month for 12 sends and no responses: 2 short each month.
  const PageView page =
      view(opened("v=2&plan=custom&allotment=10&start=2027-01&months=2&sends_per_month=12"));
  EXPECT_EQ(page.figures->verdict.headline,
            "Not enough: 4 InMails find no credit, first in January 2027 (2 that month).");
  // Two seats sharing 12 send 6 each; Recruiter's 150 cover 12; 10 a month
  // is 17 % fewer; an opening balance of 4 covers both months.
  EXPECT_EQ(page.figures->verdict.detail,
            "To cover it, share the volume over 2 seats, or switch to Recruiter.");
}

TEST(PageModel, VerdictSaysAStartUpDipIsCoveredByAnOpeningBalance) {
  // 30 credits and 40 sends in the first month leave 2 short; later months
  // have the responses' credits too. Two credits more at the start send the
  // two (more credits only add to what comes back); 38 a month is the
  // spec example's largest sustainable volume.
  const PageView page = view(opened(kLite));
  EXPECT_EQ(page.figures->verdict.headline,
            "Nearly enough: only January 2027 falls short, by 2 InMails; every other month is "
            "covered.");
  EXPECT_EQ(page.figures->verdict.detail,
            "To cover it, start with 2 credits (an opening balance), or send 38 a month instead "
            "of 40.");
}

TEST(PageModel, VerdictSaysWhenEveryInMailFindsACredit) {
  const PageView page =
      view(opened("v=2&plan=custom&allotment=10&start=2027-01&months=2&sends_per_month=10"));
  EXPECT_EQ(page.figures->verdict.tone, "enough");
  EXPECT_EQ(page.figures->verdict.headline, "Enough: all 20 InMails over 2 months find a credit.");
  EXPECT_EQ(page.figures->verdict.detail, "You end February 2027 with 0 credits.");
}

TEST(PageModel, VerdictOffersNoSharedSeatForSeveralGroups) {
  // Recruiter Lite's 30 credits for 40 sends in the only month: 10 short.
  // Ten credits more at the start cover it (10 + 30 under the cap of 120);
  // Recruiter's pooled 150 a seat too. More seats for one group of two is
  // not offered.
  const PageState two =
      update(opened("v=2&plan=recruiter_lite&start=2027-01&months=1&sends_per_month=40"),
             Edit::add_group(), kToday);
  const PageView page = view(two);
  EXPECT_EQ(page.figures->verdict.headline,
            "Not enough: 10 InMails of 40 find no credit in January 2027.");
  EXPECT_EQ(page.figures->verdict.detail,
            "To cover it, start with 10 credits a seat (an opening balance), or switch to "
            "Recruiter.");
}

TEST(PageModel, VerdictOffersNoVolumeWhenNoneFits) {
  // No credit at all: no volume fits, so "send 0 a month" is no fix. 20
  // credits at the start cover both months (they last 90 days).
  const PageView page =
      view(opened("policy=2015&plan=custom&allotment=0&months=2&sends_per_month=10"));
  EXPECT_EQ(page.figures->verdict.headline,
            "Not enough: 20 InMails find no credit, first in January 2015 (10 that month).");
  EXPECT_EQ(page.figures->verdict.detail,
            "To cover it, switch to Recruiter, or start with 20 credits (an opening balance).");
}

TEST(PageModel, VerdictSharesTheVolumeOnlyWhereEachSeatsShareFits) {
  // 21 a month over two seats is 11 each, still above 10: no seat fix. 10 a
  // month fits (48 % fewer), Recruiter covers it, and an opening balance of
  // 22 (third) too.
  const PageView page =
      view(opened("v=2&plan=custom&allotment=10&start=2027-01&months=2&sends_per_month=21"));
  EXPECT_EQ(page.figures->verdict.headline,
            "Not enough: 22 InMails find no credit, first in January 2027 (11 that month).");
  EXPECT_EQ(page.figures->verdict.detail,
            "To cover it, switch to Recruiter, or send 10 a month instead of 21.");
}

TEST(PageModel, VerdictSaysHowMuchMoreOneSeatCouldSend) {
  const PageView page =
      view(opened("policy=2015&plan=custom&allotment=10&months=1&sends_per_month=5"));
  EXPECT_EQ(page.figures->verdict.headline, "Enough: all 5 InMails over 1 month find a credit.");
  EXPECT_EQ(page.figures->verdict.detail,
            "You end January 2015 with 5 credits; up to 10 a month would still fit.");
}

}  // namespace
}  // namespace inmail

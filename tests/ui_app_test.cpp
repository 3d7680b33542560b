// The ImGui page's state (ui/app.h) and its test hook's JSON: edits go to
// the engine's page model, Monte Carlo waits for the inputs to settle,
// comparisons are computed when asked for, money is written by the page.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "app.h"
#include "test_hook.h"
#include "test_support.h"

namespace inmail_ui {
namespace {

using inmail::testing::kToday;
using nlohmann::json;

constexpr const char* kLite = "v=2&plan=recruiter_lite&sends_per_month=40&response_rate=25";

App opened(std::string_view query) {
  App app;
  open(app, query, kToday, 0.0);
  return app;
}

std::string fake_money(std::int64_t cents, const std::string& currency) {
  return std::to_string(cents) + "|" + currency;
}

TEST(UiApp, AVisitWithoutALinkShowsTheWorkedExample) {
  const App app = opened("");
  ASSERT_TRUE(app.view.example);
  EXPECT_EQ(app.view.query, "");
  EXPECT_FALSE(app.query_changed);  // the address bar stays as it is
  ASSERT_TRUE(app.view.figures);
}

TEST(UiApp, AnEditGivesTheNextViewAndMarksTheAddressBarBehind) {
  App app = opened(kLite);
  EXPECT_FALSE(app.query_changed);
  app.status = "copied";
  apply(app, inmail::Edit::set("groups[0].seats", "2"), 10.0);
  EXPECT_TRUE(app.query_changed);
  EXPECT_EQ(app.view.query, "v=2&plan=recruiter_lite&seats=2&sends_per_month=40&response_rate=25");
  EXPECT_EQ(app.view.figures->result.months[0].granted, 60);
  EXPECT_EQ(app.status, "");  // the last action's feedback is old news
}

TEST(UiApp, MonteCarloWaitsUntilTheInputsSettle) {
  App app = opened(std::string(kLite) + "&trials=20");
  EXPECT_TRUE(monte_carlo_pending(app));
  EXPECT_FALSE(run_due_monte_carlo(app, kMonteCarloSettleMs - 1, false));
  EXPECT_FALSE(run_due_monte_carlo(app, kMonteCarloSettleMs, true));  // a widget is held
  EXPECT_TRUE(run_due_monte_carlo(app, kMonteCarloSettleMs, false));
  EXPECT_FALSE(monte_carlo_pending(app));
  ASSERT_TRUE(app.view.monte_carlo);
  EXPECT_EQ(app.view.figures->result.monte_carlo->trials, 20);
  // An edit makes it wait again, from the edit on.
  apply(app, inmail::Edit::set("months", "6"), 1000.0);
  EXPECT_TRUE(monte_carlo_pending(app));
  EXPECT_FALSE(run_due_monte_carlo(app, 1000.0 + kMonteCarloSettleMs - 1, false));
  EXPECT_TRUE(run_due_monte_carlo(app, 1000.0 + kMonteCarloSettleMs, false));
  // Nothing waits without trials.
  EXPECT_FALSE(monte_carlo_pending(opened(kLite)));
}

TEST(UiApp, ComparisonsAreComputedWhileOnScreenOrWhenAsked) {
  App app = opened(kLite);
  EXPECT_FALSE(app.view.comparisons);
  want_comparisons(app);
  ASSERT_TRUE(app.view.comparisons);
  EXPECT_TRUE(app.view.figures->result.comparisons);
  apply(app, inmail::Edit::set("groups[0].seats", "2"), 0.0);
  EXPECT_FALSE(app.view.comparisons);  // no tab showed them
  app.comparisons_on_screen = true;
  apply(app, inmail::Edit::set("groups[0].seats", "3"), 0.0);
  EXPECT_TRUE(app.view.comparisons);
}

TEST(UiApp, TheGoalIsInTheViewWhenTheScenarioAsksForIt) {
  EXPECT_FALSE(opened(kLite).view.goal);
  const App app = opened(std::string(kLite) + "&goal_responses=20");
  ASSERT_TRUE(app.view.goal);
  EXPECT_EQ(app.view.goal->question, "How many seats for 20 responses a month?");
}

TEST(UiApp, MoneyIsWrittenByThePageOncePerView) {
  App app;
  app.write_money = fake_money;
  open(app, std::string(kLite) + "&seat_prices=%7B%22recruiter_lite%22%3A170%7D&currency=EUR",
       kToday, 0.0);
  want_comparisons(app);
  for (const inmail::SummaryItem& item : app.view.figures->summary) {
    if (item.key == "cost_total") {
      EXPECT_EQ(item.value.text, "204000|EUR");  // 170 x 12
    }
  }
  const auto& lite = app.view.comparisons->plans.rows[2];
  EXPECT_EQ(lite[0].text, "Recruiter Lite");
  EXPECT_EQ(lite.back().text, std::to_string(*lite.back().cents) + "|EUR");
  EXPECT_EQ(lite[3].text, "no");  // not money: the engine's words
}

TEST(UiApp, TheSnapshotIsTheEnginesWithTheComparisons) {
  App app = opened(kLite);
  const json snapshot = json::parse(snapshot_json(app));
  EXPECT_EQ(snapshot["query"], kLite);
  EXPECT_EQ(snapshot["errors"], json::array());
  EXPECT_EQ(snapshot["scenario"]["plan"], "recruiter_lite");
  EXPECT_FALSE(snapshot["result"]["comparisons"].is_null());
  // While the input has errors there is no result, and the errors say why.
  apply(app, inmail::Edit::set("months", "0"), 0.0);
  const json bad = json::parse(snapshot_json(app));
  EXPECT_TRUE(bad["result"].is_null());
  EXPECT_EQ(bad["errors"], json::parse(R"([{"field": "months",
                                             "message": "must be between 1 and 120"}])"));
}

TEST(UiApp, ADragWritesItsValueAsTheEngineReadsIt) {
  EXPECT_EQ(dragged_text(25.349, false), "25.35");
  EXPECT_EQ(dragged_text(25.3, false), "25.3");
  EXPECT_EQ(dragged_text(25.0, false), "25");
  EXPECT_EQ(dragged_text(0.004, false), "0");
  EXPECT_EQ(dragged_text(3.6, true), "4");
  EXPECT_EQ(dragged_text(100000.0, true), "100000");
}

TEST(UiApp, WidgetRectanglesAreGivenInCssPixels) {
  App app;
  app.pixel_ratio = 2.0;
  app.widget_rects["plan.options.recruiter_lite"] = WidgetRect{10, 20, 30, 40};
  EXPECT_EQ(json::parse(widget_rects_json(app)), json::parse(R"({"plan.options.recruiter_lite":
                            {"x": 5, "y": 10, "width": 15, "height": 20}})"));
}

TEST(UiApp, FrameStatsKeepEveryFrameAndTheEditingOnesApart) {
  FrameStats stats;
  record_frame(stats, {4.0, 1.0}, false);
  record_frame(stats, {6.0, 2.0}, true);
  const json recorded = json::parse(frame_stats_json(stats));
  EXPECT_EQ(recorded["frames"], 2);
  EXPECT_EQ(recorded["all_ms"], json::parse("[4.0, 6.0]"));
  EXPECT_EQ(recorded["edit_ms"], json::parse("[6.0]"));
  EXPECT_EQ(recorded["edit_build_ms"], json::parse("[2.0]"));
}

}  // namespace
}  // namespace inmail_ui

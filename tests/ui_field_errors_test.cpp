// Engine and link errors placed next to the ImGui page's inputs.
#include "field_errors.h"

#include <gtest/gtest.h>

#include "inmail/link.h"
#include "test_support.h"

namespace inmail_ui {
namespace {

constexpr inmail::Plan kRecruiter = inmail::Plan::kRecruiter;

TEST(FieldErrors, ShorthandKeysBelongToTheFirstGroup) {
  EXPECT_EQ(input_field("seats"), "groups[0].seats");
  EXPECT_EQ(input_field("sends_per_month"), "groups[0].sends_per_month");
  EXPECT_EQ(input_field("response_rate"), "groups[0].response_rate");
  EXPECT_EQ(input_field("response_days"), "groups[0].response_days");
  EXPECT_EQ(input_field("groups[3].seats"), "groups[3].seats");
  EXPECT_EQ(input_field("months"), "months");
  // "name" has no shorthand: at the top level it is an unknown key.
  EXPECT_EQ(input_field("name"), "name");
}

TEST(FieldErrors, KnowsWhichFieldsHaveAnInput) {
  for (const char* field : {"policy", "plan", "allotment", "start", "months", "pooled", "groups",
                            "opening_balance", "launch_bonus", "expiry_days", "balance_cap",
                            "refresh_day", "trials", "seed", "currency"}) {
    EXPECT_TRUE(has_input_for(field, 1, kRecruiter)) << field;
  }
  EXPECT_TRUE(has_input_for("groups[1].response_days", 2, kRecruiter));
  EXPECT_TRUE(has_input_for("seat_prices.recruiter", 1, kRecruiter));
  // Another plan's price is edited in the plan comparison, not the panel.
  EXPECT_FALSE(has_input_for("seat_prices.recruiter_lite", 1, kRecruiter));
  EXPECT_TRUE(has_input_for("seat_prices.recruiter_lite", 1, inmail::Plan::kRecruiterLite));
  EXPECT_FALSE(has_input_for("seat_prices", 1, kRecruiter));
  EXPECT_FALSE(has_input_for("compare", 1, kRecruiter));
  EXPECT_FALSE(has_input_for("groups[2].response_days", 2, kRecruiter));
  EXPECT_FALSE(has_input_for("groups[0].colour", 1, kRecruiter));
  EXPECT_FALSE(has_input_for("groups[x].seats", 1, kRecruiter));
  EXPECT_FALSE(has_input_for("groups[].seats", 1, kRecruiter));
  EXPECT_FALSE(has_input_for("groups[0]", 1, kRecruiter));
  EXPECT_FALSE(has_input_for("colour", 1, kRecruiter));
  EXPECT_FALSE(has_input_for("v", 1, kRecruiter));
  EXPECT_FALSE(has_input_for("", 1, kRecruiter));
}

TEST(FieldErrors, JoinsEveryMessageAboutOneInput) {
  const FieldErrors errors({{"seats", "must be between 1 and 100000"},
                            {"groups[0].seats", "cannot be used together with groups"},
                            {"months", "must be between 1 and 120"}});
  EXPECT_EQ(errors.message_for("groups[0].seats"),
            "must be between 1 and 100000; cannot be used together with groups");
  EXPECT_EQ(errors.message_for("months"), "must be between 1 and 120");
  EXPECT_EQ(errors.message_for("trials"), "");
}

TEST(FieldErrors, ErrorsWithoutAnInputAreListedApart) {
  const FieldErrors errors({{"", "invalid JSON at byte 3"},
                            {"colour", "unknown key"},
                            {"months", "must be between 1 and 120"},
                            {"groups[1].seats", "must be between 1 and 100000"}});
  const std::vector<inmail::FieldError> unplaced = errors.unplaced(1, kRecruiter);
  ASSERT_EQ(unplaced.size(), 3u);
  EXPECT_EQ(unplaced[0].field, "");
  EXPECT_EQ(unplaced[1].field, "colour");
  EXPECT_EQ(unplaced[2].field, "groups[1].seats");  // only one group on screen
  EXPECT_EQ(errors.unplaced(2, kRecruiter).size(), 2u);
}

TEST(FieldErrors, PlacesTheEnginesOwnErrors) {
  const inmail::ParseResult parsed = inmail::parse_scenario(
      R"({"policy":"current","seats":0,"months":0,"plan":"talent_finder","pooled":true,
          "seat_prices":{"talent_finder":-1}})",
      inmail::testing::kToday);
  const FieldErrors errors(parsed.errors);
  EXPECT_FALSE(errors.message_for("groups[0].seats").empty());
  EXPECT_FALSE(errors.message_for("months").empty());
  EXPECT_FALSE(errors.message_for("pooled").empty());
  EXPECT_FALSE(errors.message_for("plan").empty());
  EXPECT_FALSE(errors.message_for("seat_prices.talent_finder").empty());
  EXPECT_TRUE(errors.unplaced(1, inmail::Plan::kTalentFinder).empty());
}

TEST(FieldErrors, PlacesALinksOwnErrors) {
  const inmail::LinkContents link =
      inmail::decode_link("plan=%ff&months=3&months=4&currency=" + std::string(13, 'X') + "&v=9");
  const FieldErrors errors(link.errors);
  EXPECT_FALSE(errors.message_for("plan").empty());
  EXPECT_FALSE(errors.message_for("months").empty());
  EXPECT_FALSE(errors.message_for("currency").empty());
  const std::vector<inmail::FieldError> unplaced = errors.unplaced(1, kRecruiter);
  ASSERT_EQ(unplaced.size(), 1u);
  EXPECT_EQ(unplaced[0].field, "v");
}

}  // namespace
}  // namespace inmail_ui

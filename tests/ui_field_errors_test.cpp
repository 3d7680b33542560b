// Engine errors placed next to the ImGui page's inputs.
#include "field_errors.h"

#include "scenario_inputs.h"

#include <gtest/gtest.h>

namespace inmail_ui {
namespace {

TEST(FieldErrors, ShorthandKeysBelongToTheFirstGroup) {
  EXPECT_EQ(input_field("seats"), "groups[0].seats");
  EXPECT_EQ(input_field("response_rate"), "groups[0].response_rate");
  EXPECT_EQ(input_field("groups[3].seats"), "groups[3].seats");
  EXPECT_EQ(input_field("months"), "months");
  // "name" has no shorthand: at the top level it is an unknown key.
  EXPECT_EQ(input_field("name"), "name");
}

TEST(FieldErrors, KnowsWhichFieldsHaveAnInput) {
  EXPECT_TRUE(has_input_for("months", 1));
  EXPECT_TRUE(has_input_for("groups", 1));
  EXPECT_TRUE(has_input_for("groups[1].response_days", 2));
  EXPECT_FALSE(has_input_for("groups[2].response_days", 2));
  EXPECT_FALSE(has_input_for("groups[0].colour", 1));
  EXPECT_FALSE(has_input_for("groups[x].seats", 1));
  EXPECT_FALSE(has_input_for("groups[].seats", 1));
  EXPECT_FALSE(has_input_for("groups[0]", 1));
  EXPECT_FALSE(has_input_for("colour", 1));
  EXPECT_FALSE(has_input_for("", 1));
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
  const std::vector<inmail::FieldError> unplaced = errors.unplaced(1);
  ASSERT_EQ(unplaced.size(), 3u);
  EXPECT_EQ(unplaced[0].field, "");
  EXPECT_EQ(unplaced[1].field, "colour");
  EXPECT_EQ(unplaced[2].field, "groups[1].seats");  // only one group on screen
  EXPECT_EQ(errors.unplaced(2).size(), 2u);
}

TEST(FieldErrors, PlacesTheEnginesOwnErrors) {
  const inmail::ParseResult parsed =
      inmail::parse_scenario(R"({"seats":0,"months":0,"plan":"talent_finder","pooled":true})", inmail_ui::kToday);
  const FieldErrors errors(parsed.errors);
  EXPECT_FALSE(errors.message_for("groups[0].seats").empty());
  EXPECT_FALSE(errors.message_for("months").empty());
  EXPECT_FALSE(errors.message_for("pooled").empty());
  EXPECT_TRUE(errors.unplaced(1).empty());
}

}  // namespace
}  // namespace inmail_ui

// The engine's description of itself agrees with what the engine does: the
// keys it accepts, their limits and defaults, and the figures it reports.
#include "inmail/schema.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "inmail/json.h"
#include "inmail/link.h"
#include "test_support.h"

namespace inmail {
namespace {

using nlohmann::json;

// `scenario` holding `value` at `field`, in a group when the field is a
// group's. The default scenario is a custom plan, so that every allotment
// is allowed.
std::string with_value(const FieldInfo& field, const json& value,
                       json scenario = {{"plan", "custom"}, {"allotment", 10}}) {
  if (field.in_group) {
    scenario["groups"] = json::array({json{{std::string(field.key), value}}});
  } else {
    scenario[std::string(field.key)] = value;
  }
  return scenario.dump();
}

TEST(Schema, ListsEveryKeyTheParserAccepts) {
  for (const FieldInfo& field : scenario_fields()) {
    EXPECT_TRUE(testing::errors_of(with_value(field, nullptr, json::object())).empty())
        << field.key;
  }
  EXPECT_EQ(testing::errors_of(R"({"colour": 1})")[0].message, "unknown key");
}

// The limits front ends use for their inputs are the parser's.
TEST(Schema, IntegerLimitsAreTheParsers) {
  for (const FieldInfo& field : scenario_fields()) {
    if (field.kind != FieldKind::kInteger && field.kind != FieldKind::kLimit) continue;
    EXPECT_TRUE(testing::errors_of(with_value(field, field.min)).empty()) << field.key;
    EXPECT_TRUE(testing::errors_of(with_value(field, field.max)).empty()) << field.key;
    EXPECT_FALSE(testing::errors_of(with_value(field, field.min - 1)).empty()) << field.key;
    EXPECT_FALSE(testing::errors_of(with_value(field, field.max + 1)).empty()) << field.key;
  }
}

// A fixed default in the schema gives the same scenario as leaving the key out.
TEST(Schema, FixedDefaultsAreTheParsers) {
  const std::string without = scenario_to_json(testing::scenario_from("{}"));
  int fixed = 0;
  for (const FieldInfo& field : scenario_fields()) {
    if (field.default_json == "null") continue;
    ++fixed;
    const std::string given = with_value(field, json::parse(field.default_json), json::object());
    EXPECT_EQ(scenario_to_json(testing::scenario_from(given)), without) << field.key;
  }
  EXPECT_EQ(fixed, 14);
}

// A yes-or-no field has no range: its limits are 0 to 0 in the schema.
TEST(Schema, BooleanFieldsHaveNoLimits) {
  int booleans = 0;
  for (const FieldInfo& field : scenario_fields()) {
    if (field.kind != FieldKind::kBoolean) continue;
    ++booleans;
    EXPECT_EQ(field.min, 0) << field.key;
    EXPECT_EQ(field.max, 0) << field.key;
  }
  EXPECT_EQ(booleans, 3);  // pooled, launch_bonus, compare
  const json schema = json::parse(schema_json());
  for (const json& field : schema.at("fields")) {
    if (field["kind"] != "boolean") continue;
    EXPECT_EQ(field["min"], 0) << field["key"];
    EXPECT_EQ(field["max"], 0) << field["key"];
  }
}

// The choices and the start month have no numeric range either.
TEST(Schema, ChoicesAndTheMonthHaveNoLimits) {
  for (const char* key : {"policy", "plan", "start"}) {
    const FieldInfo* field = find_field(key, false);
    ASSERT_NE(field, nullptr) << key;
    EXPECT_EQ(field->min, 0) << key;
    EXPECT_EQ(field->max, 0) << key;
  }
}

// Any unsigned 64-bit seed is valid, which no int64 limit can say: like a
// boolean, the seed has no range in the table (0 to 0), so a page offers it
// no slider.
TEST(Schema, TheSeedHasNoRangeInTheTable) {
  const FieldInfo* seed = find_field("seed", false);
  ASSERT_NE(seed, nullptr);
  EXPECT_EQ(seed->min, 0);
  EXPECT_EQ(seed->max, 0);
  EXPECT_TRUE(testing::errors_of(R"({"seed": 0})").empty());
  EXPECT_TRUE(testing::errors_of(R"({"seed": 18446744073709551615})").empty());
}

TEST(Schema, ExportsFieldsPlansPoliciesAndColumns) {
  const json schema = json::parse(schema_json());
  EXPECT_EQ(schema["fields"].size(), scenario_fields().size());
  EXPECT_EQ(schema["fields"][0]["key"], "policy");
  EXPECT_EQ(schema["fields"][0]["default"], "2015");
  EXPECT_EQ(schema["link_fields"][0]["key"], "currency");
  std::vector<std::string> policies;
  for (const json& policy : schema["policies"]) policies.push_back(policy["display_name"]);
  EXPECT_EQ(policies, (std::vector<std::string>{"Today (LinkedIn help pages)", "2015 policy",
                                                "Before 2015"}));
  EXPECT_EQ(schema["plans"].size(), 8u);
  EXPECT_EQ(schema["plans"][2]["allotments"], json::parse(R"({"current": 30, "2015": 30,
                                                               "legacy": 25})"));
  EXPECT_EQ(schema["plans"][3]["offered_by"], json::parse(R"(["2015", "legacy"])"));
  EXPECT_EQ(schema["plans"][4]["offered_by"], json::parse(R"(["current", "2015"])"));
  EXPECT_EQ(schema["plans"][7]["offered_by"], json::parse(R"(["current", "2015", "legacy"])"));
  EXPECT_EQ(schema["shorthand_keys"],
            json::parse(R"(["seats", "sends_per_month", "response_rate", "response_days"])"));
  EXPECT_EQ(schema["labels"]["no_limit"], "none");
  EXPECT_EQ(schema["labels"]["month"], "Month");
  EXPECT_EQ(schema["solver_notes"].size(), 4u);
  EXPECT_EQ(schema["rules"]["rate_warning"]["code"], "rate_warning");
}

// The columns name the result's keys, in the result's order.
TEST(Schema, ColumnsAreTheResultsKeys) {
  const auto result =
      nlohmann::ordered_json::parse(project_json(R"({"months": 1})", testing::kToday).json);
  std::vector<std::string> month_keys;
  for (const auto& [key, value] : result["months"][0].items()) month_keys.push_back(key);
  std::vector<std::string> column_keys = {"month"};
  for (const auto& column : month_columns()) column_keys.emplace_back(column.key);
  EXPECT_EQ(column_keys, month_keys);
  for (const auto& column : group_month_columns()) {
    EXPECT_TRUE(result["groups"][0]["months"][0].contains(column.key)) << column.key;
  }
  for (const auto& column : total_columns()) {
    EXPECT_TRUE(result["totals"].contains(column.key)) << column.key;
  }
}

}  // namespace
}  // namespace inmail

#include "field_errors.h"

#include <algorithm>
#include <array>

namespace inmail_ui {
namespace {

constexpr std::array<std::string_view, 14> kScenarioInputs = {
    "policy",      "plan",        "allotment",       "start",        "months",
    "pooled",      "groups",      "opening_balance", "launch_bonus", "expiry_days",
    "balance_cap", "refresh_day", "trials",          "seed"};

// The top-level keys that stand for the single group's keys (spec section 2).
constexpr std::array<std::string_view, 4> kShorthandKeys = {"seats", "sends_per_month",
                                                            "response_rate", "response_days"};

constexpr std::array<std::string_view, 5> kGroupInputs = {"name", "seats", "sends_per_month",
                                                          "response_rate", "response_days"};

bool is_group_key(std::string_view key) {
  return std::find(kGroupInputs.begin(), kGroupInputs.end(), key) != kGroupInputs.end();
}

// Splits "groups[12].seats" into 12 and "seats"; false for any other shape.
bool split_group_field(std::string_view field, std::size_t& index, std::string_view& key) {
  constexpr std::string_view kPrefix = "groups[";
  if (field.substr(0, kPrefix.size()) != kPrefix) return false;
  const std::size_t close = field.find("].", kPrefix.size());
  if (close == std::string_view::npos || close == kPrefix.size()) return false;
  std::size_t parsed = 0;
  for (char c : field.substr(kPrefix.size(), close - kPrefix.size())) {
    if (c < '0' || c > '9') return false;
    parsed = parsed * 10 + static_cast<std::size_t>(c - '0');
  }
  index = parsed;
  key = field.substr(close + 2);
  return true;
}

}  // namespace

std::string input_field(std::string_view field) {
  if (std::find(kShorthandKeys.begin(), kShorthandKeys.end(), field) != kShorthandKeys.end()) {
    return "groups[0]." + std::string(field);
  }
  return std::string(field);
}

bool has_input_for(std::string_view field, std::size_t group_count) {
  if (std::find(kScenarioInputs.begin(), kScenarioInputs.end(), field) != kScenarioInputs.end()) {
    return true;
  }
  std::size_t index = 0;
  std::string_view key;
  return split_group_field(field, index, key) && index < group_count && is_group_key(key);
}

FieldErrors::FieldErrors(std::vector<inmail::FieldError> errors) : errors_(std::move(errors)) {}

std::string FieldErrors::message_for(std::string_view field) const {
  std::string messages;
  for (const inmail::FieldError& error : errors_) {
    if (input_field(error.field) != field) continue;
    if (!messages.empty()) messages += "; ";
    messages += error.message;
  }
  return messages;
}

std::vector<inmail::FieldError> FieldErrors::unplaced(std::size_t group_count) const {
  std::vector<inmail::FieldError> unplaced;
  for (const inmail::FieldError& error : errors_) {
    if (!has_input_for(input_field(error.field), group_count)) unplaced.push_back(error);
  }
  return unplaced;
}

}  // namespace inmail_ui

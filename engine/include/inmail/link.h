// The scenario in a page's URL query: the link codec of docs/url-query.md,
// shared by both front ends and the CLI.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "inmail/json_value.h"
#include "inmail/scenario.h"

namespace inmail {

// What a link holds.
struct LinkContents {
  // The scenario as the user gave it: a JSON object with only the keys the
  // link names, values as written (the engine's validation judges them),
  // and always a `policy`.
  std::string scenario_json;
  std::string currency;  // the label costs are shown in; display only
  // Problems of the link itself: text that is not UTF-8, a key given twice,
  // a link too long to be one the calculator wrote.
  std::vector<FieldError> errors;
  // Keys that are neither the scenario's nor the link's own (v, currency),
  // with their text as decoded: a page keeps them in its link and names them
  // in a notice. Tracking parameters (is_tracking_parameter) are dropped.
  std::vector<std::pair<std::string, std::string>> unknown_keys;
  // Whether the link holds any key at all, tracking parameters aside.
  bool has_keys = false;
};

// Whether a link's key is one that mail, social and ad tools add to links
// they pass on (utm_*, fbclid, gclid, msclkid, mc_cid, ...): such keys
// say nothing about the scenario and are dropped from links.
bool is_tracking_parameter(std::string_view key);

// Reads a query (a leading "?" is ignored). Never fails: whatever the text,
// the problems come back as errors naming the key they concern.
LinkContents decode_link(std::string_view query);

// The query (without "?") for a scenario as given, or nullopt when
// `scenario_json` is not a JSON object. Keys are written in the spec's
// order, unknown keys after them; a key whose value equals its fixed default
// is left out (keys whose defaults follow the policy or the plan are written
// whenever given). decode_link() reads the query back to the same scenario.
std::optional<std::string> encode_link(std::string_view scenario_json, std::string_view currency);
// The same for a scenario already read (an object), with the unknown keys a
// page keeps from its link after the scenario's own.
std::string encode_link(const JsonValue& scenario, std::string_view currency,
                        const std::vector<std::pair<std::string, std::string>>& unknown_keys);

// application/x-www-form-urlencoded, as the browser's URLSearchParams writes
// and reads it: letters, digits and "*-._" stay, a space is "+", every other
// byte is %XX; a "%" not followed by two hex digits stays as it is.
std::string form_encode(std::string_view text);
std::string form_decode(std::string_view text);

namespace limits {
// The longest query decode_link() reads: every valid scenario fits well
// within it (50 groups with 64-character names and seat prices take about
// 60 KB escaped).
inline constexpr std::size_t kMaxLinkBytes = 65536;
inline constexpr std::size_t kMaxCurrencyChars = 12;
}  // namespace limits

}  // namespace inmail

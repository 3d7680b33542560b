// Feeds arbitrary bytes to the link codec as a page's query, the way both
// pages open a link, and traps when the answer is not what the pages rely
// on: well-formed JSON, a scenario object with a policy, a link written for
// it that means the same scenario (one group may come back as the shorthand
// keys) and reads back to itself, and a page's view of it.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "fuzz_support.h"
#include "inmail/json.h"
#include "inmail/json_value.h"
#include "inmail/link.h"
#include "inmail/page_model.h"
#include "inmail/scenario_reader.h"

namespace {

using inmail_fuzz::check;
using inmail_fuzz::kToday;
using inmail_fuzz::shows_every_problem_of;

// The link written for what a link held, read back.
inmail::LinkContents reencoded(const inmail::LinkContents& link) {
  const auto query = inmail::encode_link(link.scenario_json, link.currency);
  check(query.has_value());
  return inmail::decode_link(*query);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view query(reinterpret_cast<const char*>(data), size);
  const inmail::LinkContents link = inmail::decode_link(query);
  const std::optional<inmail::JsonValue> scenario =
      inmail::parse_json(link.scenario_json, 32).value;
  check(scenario && scenario->is_object() && scenario->contains("policy"));
  const inmail::LinkContents written = reencoded(link);
  check(written.errors.empty() && written.currency == link.currency);
  check(reencoded(written).scenario_json == written.scenario_json);
  const inmail::ParseResult before = inmail::parse_scenario(link.scenario_json, kToday);
  const inmail::ParseResult after = inmail::parse_scenario(written.scenario_json, kToday);
  check(before.errors.size() == after.errors.size());
  if (before.ok()) {
    check(inmail::scenario_to_json(*before.scenario) == inmail::scenario_to_json(*after.scenario));
  }
  // A page opened with the link shows JSON, whatever the link held, and
  // writes a link that holds no problem of its own.
  const inmail::PageState state = inmail::open_page(query, kToday);
  const inmail::PageView view = inmail::view_of(state, {kToday});
  check(inmail::parse_json(inmail::view_to_json(view), 32).value.has_value());
  check(shows_every_problem_of(view, inmail::decode_link(view.query).errors));
  return 0;
}

// Feeds arbitrary bytes to the page model as a person's session: the first
// line is the link the page opens, every further line an edit ("field=text"
// sets a field to the text as typed; "+" adds a group, "-N" removes one,
// "!N" uses group N's report, "*plan" adopts a goal row, "~" clears the
// example, "^field" drops a key, "#field:month:value" drags a month). Traps
// when the view is not what the pages rely on: JSON, a link that reads back
// without problems of its own, and a state that survives its JSON.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_support.h"
#include "inmail/json_value.h"
#include "inmail/link.h"
#include "inmail/page_model.h"

namespace {

using inmail_fuzz::check;
using inmail_fuzz::kToday;
using inmail_fuzz::shows_every_problem_of;

std::size_t number_of(std::string_view text) {
  std::size_t number = 0;
  for (char c : text.substr(0, 6)) {
    if (c < '0' || c > '9') break;
    number = number * 10 + static_cast<std::size_t>(c - '0');
  }
  return number;
}

inmail::Edit edit_of(std::string_view line) {
  using inmail::Edit;
  const char command = line.empty() ? '=' : line.front();
  const std::string_view rest = line.empty() ? line : line.substr(1);
  switch (command) {
    case '+':
      return Edit::add_group();
    case '-':
      return Edit::remove_group(number_of(rest));
    case '!':
      return Edit::use_report(number_of(rest));
    case '*':
      return Edit::adopt_goal(std::string(rest));
    case '~':
      return Edit::clear_example();
    case '^':
      return Edit::drop(std::string(rest));
    case '#': {
      const std::size_t colon = rest.find(':');
      const std::string_view numbers =
          colon == std::string_view::npos ? "" : rest.substr(colon + 1);
      const std::size_t second = numbers.find(':');
      return Edit::set_month(
          std::string(rest.substr(0, colon)), static_cast<int>(number_of(numbers)),
          static_cast<std::int64_t>(
              number_of(second == std::string_view::npos ? "" : numbers.substr(second + 1))));
    }
    default: {
      const std::size_t equals = line.find('=');
      return Edit::set(
          std::string(line.substr(0, equals)),
          equals == std::string_view::npos ? "" : std::string(line.substr(equals + 1)));
    }
  }
}

void check_view(const inmail::PageState& state, bool heavy) {
  const inmail::PageView view = inmail::view_of(state, {kToday, heavy, heavy, false});
  check(inmail::parse_json(inmail::view_to_json(view), 64).value.has_value());
  check(inmail::parse_json(inmail::snapshot_json(state, view), 64).value.has_value());
  check(shows_every_problem_of(view, inmail::decode_link(view.query).errors));
  const std::string state_json = inmail::state_to_json(state);
  check(inmail::state_to_json(inmail::state_from_json(state_json)) == state_json);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view session(reinterpret_cast<const char*>(data), size);
  const std::size_t first_break = session.find('\n');
  inmail::PageState state = inmail::open_page(session.substr(0, first_break), kToday);
  session = first_break == std::string_view::npos ? "" : session.substr(first_break + 1);
  // A few edits a session: enough to reach every rule, few enough to stay fast.
  for (int edits = 0; edits < 8 && !session.empty(); ++edits) {
    const std::size_t end = session.find('\n');
    state = inmail::update(std::move(state), edit_of(session.substr(0, end)), kToday);
    session = end == std::string_view::npos ? "" : session.substr(end + 1);
  }
  check_view(state, size % 4 == 0);
  return 0;
}

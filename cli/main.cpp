// inmail-calc: the credit engine on the command line.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "inmail/json.h"
#include "inmail/link.h"
#include "inmail/projection.h"
#include "inmail/report.h"
#include "inmail/scenario_reader.h"
#include "inmail/schema.h"
#include "inmail/version.h"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitUsage = 1;
constexpr int kExitInputError = 2;

constexpr const char* kMainHelp = R"(inmail-calc: project LinkedIn InMail credits (spec v3)

Usage:
  inmail-calc project FILE|- [--format json|table|csv] [--today YYYY-MM] [--currency LABEL]
  inmail-calc project --query QUERY [--format ...] [--today YYYY-MM]
  inmail-calc link FILE|- [--base URL] [--today YYYY-MM] [--currency LABEL]
  inmail-calc schema
  inmail-calc bench FILE [--iterations N] [--today YYYY-MM]
  inmail-calc --version
  inmail-calc COMMAND --help

--today is the month the projection is made in (default: this month, UTC):
today's rules (policy "current") start then unless the scenario says.

Exit status: 0 on success, 1 on a usage or file problem, 2 when the scenario
or the link is invalid (the errors are printed as JSON, each naming its field).
)";

constexpr const char* kProjectHelp =
    R"(Usage: inmail-calc project FILE|- [--format json|table|csv] [--today YYYY-MM] [--currency LABEL]
       inmail-calc project --query QUERY [--format json|table|csv] [--today YYYY-MM]

Reads a scenario (JSON, spec section 2) from FILE, from standard input with
"-", or from a page's link query with --query (docs/url-query.md), and prints
the projection:
  json   the result JSON of spec section 4 (default)
  table  month and group tables with a summary, for reading in a terminal
  csv    the month table, the groups and the costs, as the pages download it
--currency labels the costs in table and csv (a link's own currency is used
with --query). An invalid scenario or link prints {"errors": [...]} and exits 2.
)";

constexpr const char* kLinkHelp =
    R"(Usage: inmail-calc link FILE|- [--base URL] [--today YYYY-MM] [--currency LABEL]

Prints the link that opens the scenario in FILE on the calculator's pages:
URL?QUERY with --base (e.g. https://example.com/inmail/index.html), else the
query alone. An invalid scenario prints {"errors": [...]} and exits 2.
)";

constexpr const char* kSchemaHelp = R"(Usage: inmail-calc schema

Prints the engine's description of itself as JSON: the scenario's fields
with their limits, defaults, labels and hints, the plans and policies, the
labels of every figure, and the texts the pages show.
)";

constexpr const char* kBenchHelp =
    R"(Usage: inmail-calc bench FILE [--iterations N] [--today YYYY-MM]

Times parse + project + serialize of the scenario in FILE, in process, and
prints {"iterations": N, "ns_per_projection": X} (the median of five runs of
N iterations each; N defaults to 1000).
)";

struct Options {
  std::string command;
  std::string file;
  std::optional<std::string> query;
  std::string format = "json";
  std::string base;
  std::string currency;
  std::optional<std::string> today;
  long iterations = 1000;
  bool help = false;
};

// At most one byte more than the engine reads: enough for it to refuse
// larger input, without reading an endless stream (/dev/zero) to its end.
bool read_input(const std::string& file, std::string& text) {
  std::ifstream stream;
  if (file != "-") {
    stream.open(file, std::ios::binary);
    if (!stream) return false;
  }
  std::istream& input = file == "-" ? std::cin : stream;
  text.resize(inmail::limits::kMaxInputBytes + 1);
  input.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<std::size_t>(input.gcount()));
  return !input.bad();
}

int usage_error(const std::string& message) {
  std::cerr << "inmail-calc: " << message << "\n(inmail-calc --help shows the usage)\n";
  return kExitUsage;
}

int input_errors(const std::vector<inmail::FieldError>& errors) {
  std::cout << inmail::errors_to_json(errors, 2) << "\n";
  return kExitInputError;
}

// Options that take a value, and where it goes.
std::string* value_option(const std::string& flag, Options& options) {
  if (flag == "--format") return &options.format;
  if (flag == "--base") return &options.base;
  if (flag == "--currency") return &options.currency;
  return nullptr;
}

std::optional<std::string> parse_options(int argc, char** argv, Options& options) {
  std::vector<std::string> args(argv + 1, argv + argc);
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    const bool has_value = i + 1 < args.size();
    if (arg == "--help" || arg == "-h") {
      options.help = true;
    } else if (arg == "--version") {
      options.command = "version";
    } else if (std::string* target = value_option(arg, options); target && has_value) {
      *target = args[++i];
    } else if (arg == "--query" && has_value) {
      options.query = args[++i];
    } else if (arg == "--today" && has_value) {
      options.today = args[++i];
    } else if (arg == "--iterations" && has_value) {
      char* end = nullptr;
      options.iterations = std::strtol(args[++i].c_str(), &end, 10);
      if (*end != '\0' || options.iterations < 1 || options.iterations > 10000000) {
        return "--iterations takes a whole number from 1 to 10000000";
      }
    } else if (arg.size() > 1 && arg[0] == '-' && arg != "-") {
      return "unknown option " + arg + (has_value ? "" : " (or it lacks its value)");
    } else if (options.command.empty()) {
      options.command = arg;
    } else if (options.file.empty()) {
      options.file = arg;
    } else {
      return "unexpected argument " + arg;
    }
  }
  return std::nullopt;
}

// The month of the system clock in UTC.
inmail::YearMonth this_month() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  return {utc.tm_year + 1900, utc.tm_mon + 1};
}

std::optional<inmail::YearMonth> today_of(const Options& options) {
  if (!options.today) return this_month();
  return inmail::parse_scenario_month(*options.today);
}

int print_projection(const Options& options, const inmail::Scenario& scenario,
                     const std::string& currency) {
  const inmail::Result result = inmail::project(scenario);
  if (options.format == "table") {
    std::cout << inmail::format_table(scenario, result, currency);
  } else if (options.format == "csv") {
    std::cout << inmail::result_to_csv(scenario, result, currency);
  } else {
    std::cout << inmail::result_to_json(result, 2) << "\n";
  }
  return kExitOk;
}

int run_project(const Options& options, const std::string& input, inmail::YearMonth today) {
  if (options.format != "json" && options.format != "table" && options.format != "csv") {
    return usage_error("--format takes json, table or csv");
  }
  if (!options.query) {
    const inmail::ParseResult parsed = inmail::parse_scenario(input, today);
    if (!parsed.ok()) return input_errors(parsed.errors);
    return print_projection(options, *parsed.scenario, options.currency);
  }
  const inmail::LinkContents link = inmail::decode_link(*options.query);
  inmail::ParseResult parsed = inmail::parse_scenario(link.scenario_json, today);
  std::vector<inmail::FieldError> errors = link.errors;
  errors.insert(errors.end(), parsed.errors.begin(), parsed.errors.end());
  if (!errors.empty()) return input_errors(errors);
  return print_projection(options, *parsed.scenario, link.currency);
}

int run_link(const Options& options, const std::string& input, inmail::YearMonth today) {
  const inmail::ParseResult parsed = inmail::parse_scenario(input, today);
  if (!parsed.ok()) return input_errors(parsed.errors);
  const std::optional<std::string> query = inmail::encode_link(input, options.currency);
  if (!query) return input_errors({{"", "scenario must be a JSON object"}});
  std::string link = options.base;
  if (!query->empty()) link += (link.empty() ? "" : "?") + *query;
  std::cout << link << "\n";
  return kExitOk;
}

int run_bench(const Options& options, const std::string& input, inmail::YearMonth today) {
  const inmail::JsonOutcome first = inmail::project_json(input, today);
  if (!first.ok) {
    std::cout << first.json << "\n";
    return kExitInputError;
  }
  std::vector<double> samples;
  std::size_t checksum = 0;  // keeps the optimizer from dropping the work
  for (int run = 0; run < 5; ++run) {
    const auto begin = std::chrono::steady_clock::now();
    for (long i = 0; i < options.iterations; ++i) {
      checksum += inmail::project_json(input, today).json.size();
    }
    const std::chrono::duration<double, std::nano> elapsed =
        std::chrono::steady_clock::now() - begin;
    samples.push_back(elapsed.count() / static_cast<double>(options.iterations));
  }
  std::sort(samples.begin(), samples.end());
  std::printf("{\"iterations\": %ld, \"ns_per_projection\": %.0f}\n", options.iterations,
              samples[2]);
  return checksum > 0 ? kExitOk : kExitUsage;
}

const char* help_for(const std::string& command) {
  if (command == "project") return kProjectHelp;
  if (command == "link") return kLinkHelp;
  if (command == "schema") return kSchemaHelp;
  if (command == "bench") return kBenchHelp;
  return nullptr;
}

int run_command(const Options& options) {
  const auto today = today_of(options);
  if (!today) return usage_error("--today takes a month YYYY-MM from 2000-01 to 2100-12");
  if (options.command == "schema") {
    std::cout << inmail::schema_json() << "\n";
    return kExitOk;
  }
  const bool from_query = options.command == "project" && options.query;
  if (!from_query && options.file.empty()) {
    return usage_error(options.command + " needs a FILE (or - for stdin)");
  }
  std::string input;
  if (!from_query && !read_input(options.file, input)) {
    return usage_error("cannot read " + options.file);
  }
  if (options.command == "project") return run_project(options, input, *today);
  if (options.command == "link") return run_link(options, input, *today);
  return run_bench(options, input, *today);
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  if (const auto problem = parse_options(argc, argv, options)) return usage_error(*problem);
  if (options.command == "version") {
    std::cout << "inmail-calc " << inmail::kVersion << " (spec v" << inmail::kSpecVersion << ")\n";
    return kExitOk;
  }
  if (options.command.empty()) {
    std::cout << kMainHelp;
    return options.help ? kExitOk : kExitUsage;
  }
  const char* help = help_for(options.command);
  if (!help) return usage_error("unknown command " + options.command);
  if (options.help) {
    std::cout << help;
    return kExitOk;
  }
  return run_command(options);
}

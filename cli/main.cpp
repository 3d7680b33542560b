// inmail-calc: the credit engine on the command line.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "inmail/json.h"
#include "inmail/projection.h"
#include "inmail/report.h"
#include "inmail/scenario.h"
#include "inmail/version.h"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitUsage = 1;
constexpr int kExitInputError = 2;

constexpr const char* kMainHelp = R"(inmail-calc: project LinkedIn InMail credits (spec v1)

Usage:
  inmail-calc project FILE|- [--format json|table|csv]
  inmail-calc bench FILE [--iterations N]
  inmail-calc --version
  inmail-calc COMMAND --help

Exit status: 0 on success, 1 on a usage or file problem, 2 when the scenario
is invalid (the errors are printed as JSON, each naming its field).
)";

constexpr const char* kProjectHelp = R"(Usage: inmail-calc project FILE|- [--format json|table|csv]

Reads a scenario (JSON, spec section 2) from FILE, or from standard input
with "-", and prints the projection:
  json   the result JSON of spec section 4 (default)
  table  a month table with a summary, for reading in a terminal
  csv    the month table as CSV
An invalid scenario prints {"errors": [...]} and exits 2.
)";

constexpr const char* kBenchHelp = R"(Usage: inmail-calc bench FILE [--iterations N]

Times parse + project + serialize of the scenario in FILE, in process, and
prints {"iterations": N, "ns_per_projection": X} (the median of five runs of
N iterations each; N defaults to 1000).
)";

struct Options {
  std::string command;
  std::string file;
  std::string format = "json";
  long iterations = 1000;
  bool help = false;
};

bool read_input(const std::string& file, std::string& text) {
  if (file == "-") {
    text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return true;
  }
  std::ifstream stream(file, std::ios::binary);
  if (!stream) return false;
  text.assign(std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>());
  return !stream.bad();
}

int usage_error(const std::string& message) {
  std::cerr << "inmail-calc: " << message << "\n(inmail-calc --help shows the usage)\n";
  return kExitUsage;
}

std::optional<std::string> parse_options(int argc, char** argv, Options& options) {
  std::vector<std::string> args(argv + 1, argv + argc);
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    const bool has_value = i + 1 < args.size();
    if (arg == "--help" || arg == "-h") {
      options.help = true;
    } else if (arg == "--format" && has_value) {
      options.format = args[++i];
    } else if (arg == "--iterations" && has_value) {
      char* end = nullptr;
      options.iterations = std::strtol(args[++i].c_str(), &end, 10);
      if (*end != '\0' || options.iterations < 1 || options.iterations > 10000000) {
        return "--iterations takes a whole number from 1 to 10000000";
      }
    } else if (arg.size() > 1 && arg[0] == '-' && arg != "-") {
      return "unknown option " + arg;
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

int run_project(const Options& options, const std::string& input) {
  if (options.format != "json" && options.format != "table" && options.format != "csv") {
    return usage_error("--format takes json, table or csv");
  }
  const inmail::ParseResult parsed = inmail::parse_scenario(input);
  if (!parsed.ok()) {
    std::cout << inmail::errors_to_json(parsed.errors, 2) << "\n";
    return kExitInputError;
  }
  const inmail::Result result = inmail::project(*parsed.scenario);
  if (options.format == "table") {
    std::cout << inmail::format_table(*parsed.scenario, result);
  } else if (options.format == "csv") {
    std::cout << inmail::months_to_csv(result);
  } else {
    std::cout << inmail::result_to_json(result, 2) << "\n";
  }
  return kExitOk;
}

int run_bench(const Options& options, const std::string& input) {
  const inmail::JsonOutcome first = inmail::project_json(input);
  if (!first.ok) {
    std::cout << first.json << "\n";
    return kExitInputError;
  }
  std::vector<double> samples;
  std::size_t checksum = 0;  // keeps the optimizer from dropping the work
  for (int run = 0; run < 5; ++run) {
    const auto begin = std::chrono::steady_clock::now();
    for (long i = 0; i < options.iterations; ++i)
      checksum += inmail::project_json(input).json.size();
    const std::chrono::duration<double, std::nano> elapsed =
        std::chrono::steady_clock::now() - begin;
    samples.push_back(elapsed.count() / static_cast<double>(options.iterations));
  }
  std::sort(samples.begin(), samples.end());
  std::printf("{\"iterations\": %ld, \"ns_per_projection\": %.0f}\n", options.iterations,
              samples[2]);
  return checksum > 0 ? kExitOk : kExitUsage;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  if (const auto problem = parse_options(argc, argv, options)) return usage_error(*problem);
  if (options.command == "--version" || options.command == "version") {
    std::cout << "inmail-calc " << inmail::kVersion << " (spec v" << inmail::kSpecVersion << ")\n";
    return kExitOk;
  }
  if (options.command.empty() || (options.help && options.command.empty())) {
    std::cout << kMainHelp;
    return options.help ? kExitOk : kExitUsage;
  }
  if (options.command != "project" && options.command != "bench") {
    return usage_error("unknown command " + options.command);
  }
  if (options.help) {
    std::cout << (options.command == "project" ? kProjectHelp : kBenchHelp);
    return kExitOk;
  }
  if (options.file.empty()) return usage_error(options.command + " needs a FILE (or - for stdin)");
  std::string input;
  if (!read_input(options.file, input)) return usage_error("cannot read " + options.file);
  return options.command == "project" ? run_project(options, input) : run_bench(options, input);
}

// The engine's JSON reader against JSONTestSuite's parsing files
// (tests/data/JSONTestSuite): y_ files must parse, n_ files must be
// refused, and i_ files, which RFC 8259 leaves to the parser, must not
// crash and are read as recorded here. Read with the depth limit that
// scenarios and links are read with.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "inmail/json_value.h"
#include "inmail/scenario.h"

namespace inmail {
namespace {

struct SuiteFile {
  std::string name;
  std::string text;
};

// A compile-time path: under Node, WebAssembly sees no environment variables.
std::vector<SuiteFile> suite_files(char kind) {
  std::vector<SuiteFile> files;
  const std::filesystem::path folder = INMAIL_TEST_DATA_DIR "/JSONTestSuite/test_parsing";
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    const std::string name = entry.path().filename().string();
    if (name.size() < 2 || name[0] != kind || name[1] != '_') continue;
    std::ifstream stream(entry.path(), std::ios::binary);
    files.push_back({name, std::string(std::istreambuf_iterator<char>(stream),
                                       std::istreambuf_iterator<char>())});
  }
  std::sort(files.begin(), files.end(),
            [](const SuiteFile& a, const SuiteFile& b) { return a.name < b.name; });
  return files;
}

JsonParse parse(const SuiteFile& file) { return parse_json(file.text, limits::kMaxJsonDepth); }

TEST(JsonTestSuite, AcceptsEveryYFile) {
  const std::vector<SuiteFile> files = suite_files('y');
  EXPECT_EQ(files.size(), 95u);
  for (const SuiteFile& file : files) {
    const JsonParse parsed = parse(file);
    EXPECT_TRUE(parsed.value) << file.name << ": " << parsed.error;
  }
}

TEST(JsonTestSuite, RefusesEveryNFile) {
  // Among them a 100,000 and a 50,000 levels deep, refused at the depth
  // limit without recursing further.
  const std::vector<SuiteFile> files = suite_files('n');
  EXPECT_EQ(files.size(), 188u);
  for (const SuiteFile& file : files) EXPECT_FALSE(parse(file).value) << file.name;
}

// The i_ files this reader accepts; it refuses the others. Numbers past 64
// bits or the double range are read (as doubles, infinities or 0), so that
// a scenario names the field they are given for; text that is not UTF-8
// (bytes, UTF-16, lone surrogates) is refused, as JSON exchanged between
// systems must be UTF-8.
constexpr const char* kAcceptedIFiles[] = {
    "i_number_double_huge_neg_exp.json",
    "i_number_huge_exp.json",
    "i_number_neg_int_huge_exp.json",
    "i_number_pos_double_huge_exp.json",
    "i_number_real_neg_overflow.json",
    "i_number_real_pos_overflow.json",
    "i_number_real_underflow.json",
    "i_number_too_big_neg_int.json",
    "i_number_too_big_pos_int.json",
    "i_number_very_big_negative_int.json",
    "i_structure_UTF-8_BOM_empty_object.json",
};

TEST(JsonTestSuite, ReadsEveryIFileAsRecorded) {
  const std::vector<SuiteFile> files = suite_files('i');
  EXPECT_EQ(files.size(), 35u);
  for (const SuiteFile& file : files) {
    const bool accepted = std::find(std::begin(kAcceptedIFiles), std::end(kAcceptedIFiles),
                                    file.name) != std::end(kAcceptedIFiles);
    EXPECT_EQ(parse(file).value.has_value(), accepted) << file.name;
  }
}

TEST(JsonTestSuite, RefusesFiveHundredNestedArraysForTheDepthAlone) {
  const std::vector<SuiteFile> files = suite_files('i');
  const auto deep = std::find_if(files.begin(), files.end(), [](const SuiteFile& file) {
    return file.name == "i_structure_500_nested_arrays.json";
  });
  ASSERT_NE(deep, files.end());
  EXPECT_TRUE(parse(*deep).too_deep);
  EXPECT_TRUE(parse_json(deep->text, 500).value);
}

TEST(JsonTestSuite, ListsTheDuplicatedKeys) {
  for (const SuiteFile& file : suite_files('y')) {
    const std::vector<std::string> expected = file.name.rfind("y_object_duplicated_key", 0) == 0
                                                  ? std::vector<std::string>{"a"}
                                                  : std::vector<std::string>{};
    EXPECT_EQ(parse(file).duplicate_keys, expected) << file.name;
  }
}

}  // namespace
}  // namespace inmail

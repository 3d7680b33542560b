// The engine's own JSON: what it reads, what it refuses, what it writes; and
// a differential check against nlohmann/json on generated documents.
#include "inmail/json_value.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "inmail/monte_carlo.h"

namespace inmail {
namespace {

constexpr int kDepth = 16;

JsonValue parsed(std::string_view text) {
  const JsonParse parse = parse_json(text, kDepth);
  EXPECT_TRUE(parse.value.has_value()) << text << ": " << parse.error;
  return parse.value.value_or(JsonValue());
}

std::string error_of(std::string_view text) {
  const JsonParse parse = parse_json(text, kDepth);
  EXPECT_FALSE(parse.value.has_value()) << text;
  return parse.error;
}

TEST(JsonValue, ReadsEveryKindOfValue) {
  const JsonValue value = parsed(
      R"( {"a": null, "b": true, "c": -12, "d": 18446744073709551615, "e": 2.5e1,
           "f": "x\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00", "g": [1, [2], {}], "h": {}} )");
  ASSERT_TRUE(value.is_object());
  EXPECT_TRUE(value.find("a")->is_null());
  EXPECT_TRUE(value.find("b")->as_bool());
  EXPECT_EQ(value.find("c")->type(), JsonValue::Type::kInteger);
  EXPECT_EQ(value.find("c")->as_integer(), -12);
  EXPECT_EQ(value.find("d")->type(), JsonValue::Type::kUnsigned);
  EXPECT_EQ(value.find("d")->as_unsigned(), 18446744073709551615ULL);
  EXPECT_EQ(value.find("e")->type(), JsonValue::Type::kFloat);
  EXPECT_EQ(value.find("e")->as_double(), 25.0);
  EXPECT_EQ(value.find("f")->as_string(), "x\"\\/\b\f\n\r\t\xC3\xA9\xF0\x9F\x98\x80");
  EXPECT_EQ(value.find("g")->size(), 3u);
  EXPECT_EQ(value.find("missing"), nullptr);
}

TEST(JsonValue, NumbersBeyond64BitsBecomeDoubles) {
  EXPECT_EQ(parsed("18446744073709551616").type(), JsonValue::Type::kFloat);
  EXPECT_EQ(parsed("-9223372036854775809").type(), JsonValue::Type::kFloat);
  EXPECT_EQ(parsed("-9223372036854775808").as_integer(), INT64_MIN);
  EXPECT_EQ(parsed("12").type(), JsonValue::Type::kUnsigned);
  EXPECT_EQ(parsed("12.0").type(), JsonValue::Type::kFloat);
}

TEST(JsonValue, KeepsTheKeysOrderAndTheLastOfARepeatedKey) {
  EXPECT_EQ(parsed(R"({"b": 1, "a": 2, "b": 3})").dump(), R"({"b":3,"a":2})");
  // The same past the members a scan looks through (an index finds them).
  std::string text = "{";
  std::string expected = "{";
  for (int key = 0; key < 100; ++key) {
    text += "\"k" + std::to_string(key) + "\": " + std::to_string(key) + ", ";
    expected +=
        "\"k" + std::to_string(key) + "\":" + std::to_string(key == 7 || key == 70 ? -key : key);
    expected += key < 99 ? "," : "}";
  }
  text += R"("k70": -70, "k7": -7})";
  EXPECT_EQ(parsed(text).dump(), expected);
}

TEST(JsonValue, RefusesWhatIsNotJson) {
  EXPECT_EQ(error_of(""), "unexpected end of input");
  EXPECT_EQ(error_of("[1,]"), "invalid literal");
  EXPECT_EQ(error_of("{\"a\" 1}"), "expected ':'");
  EXPECT_EQ(error_of("01"), "unexpected text after the JSON value");
  EXPECT_EQ(error_of("1."), "invalid number: digits expected after '.'");
  EXPECT_EQ(error_of("1e999"), "number out of range");
  EXPECT_EQ(error_of("\"a\nb\""), "control character in a string");
  EXPECT_EQ(error_of("\"\xC3\x28\""), "invalid UTF-8 in a string");
  EXPECT_EQ(error_of("\"\\ud800\""), "lone high surrogate in \\u escape");
  EXPECT_EQ(error_of("\"\\udc00\""), "lone low surrogate in \\u escape");
  EXPECT_EQ(error_of("\"\\x\""), "invalid escape");
  EXPECT_EQ(error_of("tru"), "invalid literal");
  EXPECT_EQ(error_of("NaN"), "invalid literal");
}

TEST(JsonValue, NamesTheByteWhereItStopped) {
  EXPECT_EQ(parse_json(R"({"months": 12,)", kDepth).error_byte, 14u);
}

TEST(JsonValue, RefusesNestingDeeperThanItsLimit) {
  const std::string sixteen = std::string(16, '[') + std::string(16, ']');
  EXPECT_TRUE(parse_json(sixteen, kDepth).value.has_value());
  const JsonParse deeper = parse_json("[" + sixteen + "]", kDepth);
  EXPECT_FALSE(deeper.value.has_value());
  EXPECT_TRUE(deeper.too_deep);
  // A megabyte of brackets stops at the limit instead of recursing on.
  EXPECT_TRUE(parse_json(std::string(1 << 20, '['), kDepth).too_deep);
}

TEST(JsonValue, SkipsAByteOrderMark) { EXPECT_EQ(parsed("\xEF\xBB\xBF[1]").size(), 1u); }

TEST(JsonValue, WritesStringsEscapedAndTextThatIsNotUtf8Replaced) {
  EXPECT_EQ(JsonValue("a\"b\\c\n\x01\x7f\xC3\xA9").dump(), "\"a\\\"b\\\\c\\n\\u0001\x7f\xC3\xA9\"");
  EXPECT_EQ(JsonValue("x\xFFy").dump(), "\"x\xEF\xBF\xBDy\"");
  EXPECT_TRUE(is_utf8("\xF0\x9F\x98\x80"));
  EXPECT_FALSE(is_utf8("\xED\xA0\x80"));  // a surrogate
  EXPECT_FALSE(is_utf8("\xC0\xAF"));      // an overlong "/"
}

TEST(JsonValue, WritesDoublesInTheirShortestForm) {
  EXPECT_EQ(json_double_text(45.15), "45.15");
  EXPECT_EQ(json_double_text(30.0), "30.0");
  EXPECT_EQ(json_double_text(0.0), "0.0");
  EXPECT_EQ(json_double_text(0.0001), "0.0001");
  EXPECT_EQ(json_double_text(0.00001), "1e-05");
  EXPECT_EQ(json_double_text(1.0 / 3.0), "0.3333333333333333");
  EXPECT_EQ(json_double_text(1e16), "1e+16");
  EXPECT_EQ(json_double_text(123456789012345.0), "123456789012345.0");
  EXPECT_EQ(json_double_text(-2.5), "-2.5");
  EXPECT_EQ(JsonValue(1.0 / 0.0).dump(), "null");
}

TEST(JsonValue, NumbersCompareByValue) {
  EXPECT_EQ(JsonValue(12), JsonValue(12.0));
  EXPECT_EQ(JsonValue(12ULL), JsonValue(12LL));
  EXPECT_NE(JsonValue(-1), JsonValue(18446744073709551615ULL));
  EXPECT_NE(JsonValue(1), JsonValue("1"));
  EXPECT_EQ(parsed(R"({"a": [1, "x"]})"), JsonValue::object({{"a", JsonValue::array({1, "x"})}}));
}

// Random documents, some broken on purpose: nlohmann/json and the engine's
// reader accept the same ones and write them back the same.
class Documents {
 public:
  explicit Documents(std::uint64_t seed) : random_(seed) {}

  std::string next() {
    std::string text = value(0);
    if (pick(4) == 0 && !text.empty()) {  // break it: drop, double or swap a byte
      const std::size_t at = pick(text.size());
      const char spoilers[] = "\"{}[],:\\x\x01\xff 0-.e";
      text[at] = spoilers[pick(sizeof spoilers - 1)];
    }
    return text;
  }

 private:
  std::size_t pick(std::size_t count) { return static_cast<std::size_t>(random_.next() % count); }

  std::string value(int depth) {
    switch (depth > 3 ? pick(5) : pick(7)) {
      case 0:
        return "null";
      case 1:
        return pick(2) ? "true" : "false";
      case 2:
        return std::to_string(static_cast<std::int64_t>(random_.next() % 2000000) - 1000000);
      case 3: {
        const char* const numbers[] = {"0.5",
                                       "-12.25",
                                       "1e3",
                                       "2.5E-3",
                                       "45.15",
                                       "0.1",
                                       "-0",
                                       "18446744073709551615",
                                       "9223372036854775808",
                                       "1e-7"};
        return numbers[pick(10)];
      }
      case 4: {
        const char* const strings[] = {R"("")",        R"("a b")",          R"("\u00e9\n")",
                                       "\"\xC3\xA9\"", R"("\ud83d\ude00")", R"("q\"\\")",
                                       R"("\/")"};
        return strings[pick(7)];
      }
      case 5: {
        std::string array = "[";
        for (std::size_t i = pick(4); i > 0; --i) array += value(depth + 1) + (i > 1 ? "," : "");
        return array + "]";
      }
      default: {
        std::string object = "{";
        for (std::size_t i = pick(4); i > 0; --i) {
          object +=
              "\"k" + std::to_string(pick(3)) + "\": " + value(depth + 1) + (i > 1 ? ", " : "");
        }
        return object + "}";
      }
    }
  }

  Random random_;
};

TEST(JsonValue, AgreesWithNlohmannJson) {
  Documents documents(2026);
  int valid = 0;
  for (int i = 0; i < 20000; ++i) {
    const std::string text = documents.next();
    const JsonParse ours = parse_json(text, kDepth);
    const auto theirs = nlohmann::ordered_json::parse(text, nullptr, false);
    ASSERT_EQ(ours.value.has_value(), !theirs.is_discarded()) << text;
    if (!ours.value) continue;
    ++valid;
    ASSERT_EQ(ours.value->dump(),
              theirs.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace))
        << text;
  }
  EXPECT_GT(valid, 10000);
}

}  // namespace
}  // namespace inmail

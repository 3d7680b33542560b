// The engine's own JSON: what it reads, what it refuses, what it writes; and
// a differential check against nlohmann/json on generated documents.
#include "inmail/json_value.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <clocale>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "inmail/monte_carlo.h"
#include "json/json_writer.h"

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
  EXPECT_EQ(value.find("b")->as_bool(), true);
  EXPECT_EQ(value.find("c")->type(), JsonValue::Type::kInteger);
  EXPECT_EQ(value.find("c")->as_int64(), -12);
  EXPECT_EQ(value.find("d")->type(), JsonValue::Type::kUnsigned);
  EXPECT_EQ(value.find("d")->as_uint64(), 18446744073709551615ULL);
  EXPECT_EQ(value.find("e")->type(), JsonValue::Type::kFloat);
  EXPECT_EQ(value.find("e")->as_double(), 25.0);
  EXPECT_EQ(*value.find("f")->as_string(), "x\"\\/\b\f\n\r\t\xC3\xA9\xF0\x9F\x98\x80");
  EXPECT_EQ(value.find("g")->size(), 3u);
  EXPECT_EQ(value.find("missing"), nullptr);
}

TEST(JsonValue, NumbersBeyond64BitsBecomeDoubles) {
  EXPECT_EQ(parsed("18446744073709551616").type(), JsonValue::Type::kFloat);
  EXPECT_EQ(parsed("-9223372036854775809").type(), JsonValue::Type::kFloat);
  EXPECT_EQ(parsed("-9223372036854775808").as_int64(), INT64_MIN);
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

TEST(JsonValue, NamesTheLineAndColumnWhereItStopped) {
  // Columns count characters: "é" is two bytes and one column, and a byte
  // order mark is none.
  const JsonParse parse = parse_json("\xEF\xBB\xBF{\"a\": 1,\n \"\xC3\xA9\": tru}", kDepth);
  EXPECT_EQ(parse.error, "invalid literal");
  EXPECT_EQ(parse.error_line, 2u);
  EXPECT_EQ(parse.error_column, 7u);
  EXPECT_EQ(parse.error_byte, 19u);
  const JsonParse first_line = parse_json("\xEF\xBB\xBF[1 2]", kDepth);
  EXPECT_EQ(first_line.error_line, 1u);
  EXPECT_EQ(first_line.error_column, 4u);
}

TEST(JsonValue, ReadsNumbersPastTheDoubleRangeAsInfinities) {
  // So that a scenario's reader names the field instead of the whole text
  // failing; written back as 1e999, which reads as infinity again.
  const JsonValue value = parsed(R"({"big": 1e309, "small": -1.5e999, "tiny": 1e-400})");
  EXPECT_EQ(value.find("big")->as_double(), HUGE_VAL);
  EXPECT_EQ(value.find("small")->as_double(), -HUGE_VAL);
  EXPECT_EQ(value.find("tiny")->as_double(), 0.0);
  EXPECT_EQ(value.dump(), R"({"big":1e999,"small":-1e999,"tiny":0.0})");
  EXPECT_EQ(parsed(value.dump()), value);
}

TEST(JsonValue, ReadsEveryKindOnlyAsItself) {
  const JsonValue value = parsed(R"([true, -1, 9223372036854775808, 1.5, "1", null])");
  const JsonValue::Array& items = value.items();
  EXPECT_EQ(items[0].as_bool(), true);
  EXPECT_FALSE(items[0].as_int64());
  EXPECT_EQ(items[1].as_int64(), -1);
  EXPECT_FALSE(items[1].as_uint64());
  EXPECT_FALSE(items[2].as_int64());  // past INT64_MAX, never wrapped
  EXPECT_EQ(items[2].as_uint64(), 9223372036854775808ULL);
  EXPECT_EQ(items[2].as_double(), 9223372036854775808.0);
  EXPECT_FALSE(items[3].as_int64());
  EXPECT_EQ(items[3].as_double(), 1.5);
  EXPECT_EQ(items[4].as_string() ? *items[4].as_string() : "", "1");
  EXPECT_FALSE(items[4].as_double());
  EXPECT_FALSE(items[4].as_bool());
  EXPECT_EQ(items[5].as_string(), nullptr);
  EXPECT_EQ(parsed("12").as_int64(), 12);
  EXPECT_EQ(parsed("12").as_uint64(), 12u);
}

// Paths name the duplicate as the spec names fields: `months`,
// `seat_prices.recruiter`, `groups[0].seats`.
std::vector<std::string> duplicates_of(std::string_view text) {
  const JsonParse parse = parse_json(text, kDepth);
  EXPECT_TRUE(parse.value.has_value()) << text;
  return parse.duplicate_keys;
}

TEST(JsonValue, ListsKeysGivenTwiceByTheirPaths) {
  using Paths = std::vector<std::string>;
  EXPECT_EQ(duplicates_of(R"({"months": 1, "plan": "x", "months": 2})"), Paths{"months"});
  EXPECT_EQ(duplicates_of(R"({"seat_prices": {"recruiter": 1, "recruiter": 2}})"),
            Paths{"seat_prices.recruiter"});
  EXPECT_EQ(duplicates_of(R"({"groups": [{}, {"seats": 1, "seats": 2}]})"),
            Paths{"groups[1].seats"});
  EXPECT_EQ(duplicates_of(R"([[{"a": {"b": 1, "b": 2}}]])"), Paths{"[0][0].a.b"});
  // Once per object, however often; again in another object.
  EXPECT_EQ(duplicates_of(R"([{"a": 1, "a": 2, "a": 3}, {"a": 1, "a": 2}])"),
            (Paths{"[0].a", "[1].a"}));
  // In the order of the document: a repeated key comes before the keys
  // repeated inside its value.
  EXPECT_EQ(duplicates_of(R"({"g": {"x": 1, "x": 2}, "g": {"y": 1, "y": 2}, "z": 1, "z": 2})"),
            (Paths{"g.x", "g", "g.y", "z"}));
  EXPECT_EQ(duplicates_of(R"({"months": 1, "plan": "x"})"), Paths{});
  EXPECT_EQ(duplicates_of(R"({"a": {"k": 1}, "b": {"k": 1}})"), Paths{});
}

TEST(JsonValue, ListsKeysGivenTwicePastTheScannedMembers) {
  std::string text = "{\"outer\": {";
  for (int key = 0; key < 100; ++key) text += "\"k" + std::to_string(key) + "\": 0, ";
  text += R"("k70": 1, "k7": 1, "k70": 2}})";
  EXPECT_EQ(duplicates_of(text), (std::vector<std::string>{"outer.k70", "outer.k7"}));
}

TEST(JsonValue, ListsDuplicatesOfHostileInputInLinearTime) {
  // A megabyte of objects at the depth limit, each with a key given twice:
  // one path each, written as found.
  const std::string open = std::string(kDepth - 1, '[');
  const std::string close = std::string(kDepth - 1, ']');
  std::string text = open + "{}";
  constexpr int kObjects = 50000;
  for (int index = 1; index < kObjects; ++index) text += R"(,{"a":0,"a":1})";
  text += close;
  const std::vector<std::string> duplicates = duplicates_of(text);
  ASSERT_EQ(duplicates.size(), static_cast<std::size_t>(kObjects - 1));
  std::string last = "[" + std::to_string(kObjects - 1) + "].a";
  for (int level = 0; level < kDepth - 2; ++level) last.insert(0, "[0]");
  EXPECT_EQ(duplicates.back(), last);
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
  EXPECT_EQ(JsonValue("x\x80y").dump(), "\"x\xEF\xBF\xBDy\"");  // a lone continuation byte
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
  EXPECT_EQ(json_double_text(-0.0), "-0.0");
  // At a power of two the next double below is twice as close as the next
  // above: the shortest digits may lie above the nearest ones
  // (5.9604644775390625e-08).
  EXPECT_EQ(json_double_text(std::ldexp(1.0, -24)), "5.960464477539063e-08");
  EXPECT_EQ(json_double_text(std::ldexp(1.0, 89)), "6.189700196426902e+26");
  EXPECT_EQ(json_double_text(5e-324), "5e-324");
  EXPECT_EQ(json_double_text(1.7976931348623157e308), "1.7976931348623157e+308");
  EXPECT_EQ(JsonValue(HUGE_VAL).dump(), "1e999");
  EXPECT_EQ(JsonValue(-HUGE_VAL).dump(), "-1e999");
  EXPECT_EQ(JsonValue(std::nan("")).dump(), "null");
}

// Where the fast path of number reading ends: 2^53 is the last whole
// number it takes, and digits past it go to strtod whatever follows them.
TEST(JsonValue, ReadsNumbersAtTheEdgeOfTheFastPath) {
  // 2^53 then a fraction: halfway between 2^53 and 2^53 + 2, so the even 2^53.
  EXPECT_EQ(parsed("9007199254740992.5").as_double(), 9007199254740992.0);
  // 2^53 then one more digit: ten times 2^53, exact (5 x 2^54).
  EXPECT_EQ(parsed("90071992547409920.0").as_double(), 90071992547409920.0);
  EXPECT_EQ(parsed("9007199254740992.0").as_double(), 9007199254740992.0);
}

// A number of 16 significant digits, 15 of them before the point: plain,
// as every number up to 10^15 is written.
TEST(JsonValue, WritesFifteenDigitsBeforeThePointPlainly) {
  EXPECT_EQ(json_double_text(123456789012345.6), "123456789012345.6");
  EXPECT_EQ(json_double_text(1234567890123456.0), "1.234567890123456e+15");
}

// The first and last code points of each UTF-8 length and surrogate range,
// as escapes and as bytes.
TEST(JsonValue, ReadsUtf8AndEscapesAtTheirBoundaries) {
  // U+10000, the first code point past the BMP: the lowest surrogate pair.
  EXPECT_EQ(*parsed(R"("\ud800\udc00")").as_string(), "\xF0\x90\x80\x80");
  EXPECT_EQ(*parsed(R"("\udbff\udfff")").as_string(), "\xF4\x8F\xBF\xBF");  // U+10FFFF
  EXPECT_EQ(error_of(R"("\ud800\udbff")"), "invalid surrogate pair in \\u escape");
  EXPECT_EQ(error_of(R"("\ud800\ue000")"), "invalid surrogate pair in \\u escape");
  // U+0800 from an escape: three bytes, E0 A0 80; U+07FF still two.
  EXPECT_EQ(*parsed(R"("\u0800")").as_string(), "\xE0\xA0\x80");
  EXPECT_EQ(*parsed(R"("\u07ff")").as_string(), "\xDF\xBF");
  EXPECT_EQ(*parsed(R"("\uffff")").as_string(), "\xEF\xBF\xBF");
  // Four bytes: F0 needs 90..BF next (below is overlong), F1 takes 80..BF.
  EXPECT_TRUE(is_utf8("\xF1\x80\x80\x80"));
  EXPECT_TRUE(is_utf8("\xF0\x90\x80\x80"));
  EXPECT_FALSE(is_utf8("\xF0\x8F\xBF\xBF"));
  // A continuation byte on its own is no character, even right after ASCII.
  EXPECT_EQ(error_of("\"a\x80\""), "invalid UTF-8 in a string");
  EXPECT_EQ(*parsed("\"\x7F\"").as_string(), "\x7F");
  // U+0800, the first three-byte code point (E0 A0 80); E0 9F BF is overlong.
  EXPECT_TRUE(is_utf8("\xE0\xA0\x80"));
  EXPECT_FALSE(is_utf8("\xE0\x9F\xBF"));
  // The last two-byte lead, DF: U+07FF.
  EXPECT_TRUE(is_utf8("\xDF\xBF"));
  EXPECT_EQ(utf8_sequence_length("\xDF\xBF", 0), 2u);
  // Repairing replaces each bad byte and adds nothing at the end.
  EXPECT_EQ(utf8_repaired("x\xFFy"), "x\xEF\xBF\xBDy");
  EXPECT_EQ(utf8_repaired("\xC3"), "\xEF\xBF\xBD");
  EXPECT_EQ(utf8_repaired("ok"), "ok");
  // A continuation byte is 80..BF: C2 C0 is no sequence.
  EXPECT_EQ(utf8_sequence_length("\xC2\xBF", 0), 2u);
  EXPECT_EQ(utf8_sequence_length("\xC2\xC0", 0), 0u);
}

// The writer sizes its text up front and grows it as it goes: where the
// growth falls must not show in the text, a line break included.
TEST(JsonValue, TheWritersTextDoesNotDependOnItsFirstSize) {
  for (int indent : {-1, 0, 2}) {
    std::string first;
    for (std::size_t size = 0; size < 40; ++size) {
      detail::JsonWriter out(indent, size);
      out.begin_object().key("a").begin_array().raw("7").number(8).end_array();
      out.key("b").plain_string("x").end_object();
      const std::string text = out.take();
      if (size == 0) first = text;
      EXPECT_EQ(text, first) << "indent " << indent << ", first size " << size;
    }
    EXPECT_EQ(nlohmann::json::parse(first), nlohmann::json::parse(R"({"a": [7, 8], "b": "x"})"));
  }
  detail::JsonWriter out(0, 3);
  out.begin_array().raw("7").end_array();
  EXPECT_EQ(out.take(), "[\n7\n]");
}

// A C locale whose decimal point is a comma, as a program that embeds the
// engine may have set; the previous locale is restored after each test.
class JsonValueInACommaLocale : public ::testing::Test {
 protected:
  void SetUp() override {
    previous_ = std::setlocale(LC_ALL, nullptr);
    for (const char* name : {"de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8", "fr_FR.utf8"}) {
      if (std::setlocale(LC_ALL, name) != nullptr) {
        // musl, the C library of WebAssembly, takes any name but never
        // changes its numbers: nothing to show there.
        if (std::string_view(std::localeconv()->decimal_point) == ",") return;
        std::setlocale(LC_ALL, previous_.c_str());
        GTEST_SKIP() << "the C library has no decimal comma for " << name
                     << " (musl's numbers never follow the locale)";
      }
    }
    GTEST_SKIP() << "no de_DE.UTF-8 or fr_FR.UTF-8 locale here: install locales-all "
                    "(scripts/setup.sh does)";
  }
  void TearDown() override { std::setlocale(LC_ALL, previous_.c_str()); }

 private:
  std::string previous_;
};

TEST_F(JsonValueInACommaLocale, ReadsAndWritesNumbersAsJsonDoes) {
  char formatted[16];
  std::snprintf(formatted, sizeof formatted, "%.1f", 1.5);
  ASSERT_STREQ(formatted, "1,5") << "the locale is in force";
  EXPECT_EQ(parsed("1.5").as_double(), 1.5);
  EXPECT_EQ(parsed("45.15").as_double(), 45.15);
  EXPECT_EQ(parsed("-2.5E-3").as_double(), -0.0025);
  // Past the fast path (17 digits, a large exponent): strtod's territory.
  EXPECT_EQ(parsed("0.30000000000000004").as_double(), 0.1 + 0.2);
  EXPECT_EQ(parsed("1.5e300").as_double(), 1.5e300);
  EXPECT_EQ(json_double_text(1.5), "1.5");
  EXPECT_EQ(json_double_text(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(json_double_text(1e-7), "1e-07");
  EXPECT_EQ(parsed(R"({"rate": 12.75})").dump(), R"({"rate":12.75})");
}

// The significand of JSON number text as a whole number, and the power of
// ten of its last digit: "45.15" -> 4515, -2.
std::pair<std::uint64_t, int> significand_of(const std::string& text) {
  const std::size_t e = text.find('e');
  int exponent = e == std::string::npos ? 0 : std::stoi(text.substr(e + 1));
  std::uint64_t digits = 0;
  bool fraction = false;
  for (char c : text.substr(0, e)) {
    if (c == '.') fraction = true;
    if (c < '0' || c > '9') continue;
    digits = digits * 10 + static_cast<std::uint64_t>(c - '0');
    if (fraction) --exponent;
  }
  for (; digits % 10 == 0 && digits != 0; digits /= 10) ++exponent;
  return {digits, exponent};
}

double read_back(const std::string& text) { return parsed(text).as_double().value_or(-1.0); }

// What std::to_chars promises (WebAssembly writes it without to_chars): the
// text reads back to the double, and no number of fewer digits does.
void expect_shortest(double value) {
  const std::string text = json_double_text(value);
  ASSERT_EQ(read_back(text), value) << text;
  const auto [digits, exponent] = significand_of(text);
  if (digits < 10) return;
  for (std::uint64_t shorter = digits / 10 - 1; shorter <= digits / 10 + 1; ++shorter) {
    const std::string candidate = std::to_string(shorter) + "e" + std::to_string(exponent + 1);
    ASSERT_NE(read_back(candidate), value) << text << " is longer than " << candidate;
  }
}

TEST(JsonValue, WritesTheFewestDigitsThatReadBack) {
  for (int power = -1074; power <= 1023; ++power) expect_shortest(std::ldexp(1.0, power));
  Random random(2026);
  for (int i = 0; i < 5000; ++i) {
    const std::uint64_t bits = random.next();
    double value = 0.0;
    std::memcpy(&value, &bits, sizeof value);
    if (std::isfinite(value)) expect_shortest(std::fabs(value));
    expect_shortest(static_cast<double>(bits % 100000000) / 100.0);  // prices
  }
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

// Whether the text holds a number past the range of a double, which ours
// reads as infinity by design and nlohmann/json refuses.
bool has_number_past_double_range(const std::string& text) {
  for (std::size_t at = 0; (at = text.find_first_of("0123456789", at)) != std::string::npos;) {
    char* end = nullptr;
    if (std::isinf(std::strtod(text.c_str() + at, &end))) return true;
    at = std::max(static_cast<std::size_t>(end - text.c_str()), at + 1);
  }
  return false;
}

TEST(JsonValue, AgreesWithNlohmannJson) {
  Documents documents(2026);
  int valid = 0;
  for (int i = 0; i < 20000; ++i) {
    const std::string text = documents.next();
    const JsonParse ours = parse_json(text, kDepth);
    const auto theirs = nlohmann::ordered_json::parse(text, nullptr, false);
    if (has_number_past_double_range(text)) continue;
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

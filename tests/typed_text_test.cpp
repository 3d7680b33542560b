// Numbers as people write them (engine/src/page/typed_text.h): what a typed
// text means for each kind of field, and where it is ambiguous.
#include "page/typed_text.h"

#include <gtest/gtest.h>

#include <string>

namespace inmail::detail {
namespace {

// The JSON a text reads as, or "problem: ..." / "not given".
std::string reading(FieldKind kind, std::string_view text) {
  const TypedValue typed = read_typed(kind, text);
  if (!typed.problem.empty()) return "problem: " + typed.problem;
  return typed.value ? typed.value->dump() : "not given";
}

std::string decimal(std::string_view text) { return reading(FieldKind::kHundredths, text); }
std::string whole(std::string_view text) { return reading(FieldKind::kInteger, text); }
std::string plan(std::string_view text) { return reading(FieldKind::kSchedule, text); }

TEST(TypedText, EmptyTextIsNotGiven) {
  EXPECT_EQ(whole(""), "not given");
  EXPECT_EQ(whole("   "), "not given");
  EXPECT_EQ(decimal("\t"), "not given");
  EXPECT_EQ(plan(""), "not given");
}

TEST(TypedText, DecimalCommasWhereTheyAreUnambiguous) {
  EXPECT_EQ(decimal("25,5"), "25.5");
  EXPECT_EQ(decimal("170,50"), "170.5");
  EXPECT_EQ(decimal("2,5"), "2.5");
  EXPECT_EQ(decimal("0,125"), "0.125");  // a leading 0 is no thousands group
  EXPECT_EQ(decimal(",5"), "0.5");
  EXPECT_EQ(decimal("12.34"), "12.34");
  EXPECT_EQ(decimal("1,5000"), "1.5");  // four digits after it: no thousands separator
}

TEST(TypedText, BothSeparatorsTellEachOther) {
  EXPECT_EQ(decimal("1.234,50"), "1234.5");
  EXPECT_EQ(decimal("1,234.50"), "1234.5");
  EXPECT_EQ(decimal("1.234.567,8"), "1234567.8");
  // Grouping must come in threes before the decimal separator.
  EXPECT_EQ(decimal("12,34.5"), "\"12,34.5\"");
}

TEST(TypedText, ALoneSeparatorBeforeThreeDigitsIsAmbiguousInADecimalField) {
  EXPECT_EQ(decimal("1,250"), "problem: could be 1250 or 1.25: type 1250 or 1.25");
  EXPECT_EQ(decimal("1.250"), "problem: could be 1250 or 1.25: type 1250 or 1.25");
  EXPECT_EQ(decimal("-2,000"), "problem: could be -2000 or -2: type -2000 or -2");
  // Three decimals are no reading of a field of hundredths: only the
  // grouped one is offered, so typing what is offered always reads.
  EXPECT_EQ(decimal("10.005"),
            "problem: must have at most 2 decimals; if you meant 10005, type 10005");
  EXPECT_EQ(decimal("10,005"),
            "problem: must have at most 2 decimals; if you meant 10005, type 10005");
}

TEST(TypedText, WholeNumbersTakeEveryGroupingSeparator) {
  EXPECT_EQ(whole("1,000"), "1000");  // a count with three decimals is no count
  EXPECT_EQ(whole("1.000"), "1000");
  EXPECT_EQ(whole("12 500"), "12500");
  EXPECT_EQ(whole("1'000'000"), "1000000");
  EXPECT_EQ(whole("1\xC2\xA0"
                  "000"),
            "1000");                      // a no-break space
  EXPECT_EQ(whole("123,456"), "123456");  // a first group of three
  EXPECT_EQ(whole("999.999.999"), "999999999");
  EXPECT_EQ(whole("1.000.000"), "1000000");
  EXPECT_EQ(whole("+5"), "5");
  EXPECT_EQ(whole("-5"), "-5");  // validation names the range
  EXPECT_EQ(whole("007"), "7");
}

TEST(TypedText, WhatIsNoWholeNumberIsLeftForValidationToName) {
  EXPECT_EQ(whole("2,5"), "2.5");  // "must be a whole number"
  EXPECT_EQ(whole("12.0"), "12.0");
  EXPECT_EQ(whole("1,2,3"), "\"1,2,3\"");
  EXPECT_EQ(whole("abc"), "\"abc\"");
  EXPECT_EQ(whole("1e5"), "\"1e5\"");
  EXPECT_EQ(whole("12 50"), "\"12 50\"");  // a group of two is no grouping
  // A first group of four digits is no thousands group: a decimal comma,
  // and with two marks no number at all.
  EXPECT_EQ(whole("1234,567"), "1234.567");
  EXPECT_EQ(whole("1234.567.890"), "\"1234.567.890\"");
}

TEST(TypedText, LimitsTakeNoneInAnyCase) {
  EXPECT_EQ(reading(FieldKind::kLimit, "none"), "\"none\"");
  EXPECT_EQ(reading(FieldKind::kLimit, " None "), "\"none\"");
  EXPECT_EQ(reading(FieldKind::kLimit, "1,200"), "1200");
}

TEST(TypedText, SendingPlansSplitAtCommasSemicolonsAndSpaces) {
  EXPECT_EQ(plan("40"), "40");
  EXPECT_EQ(plan("40, 40, 120, 120, 20"), "[40,40,120,120,20]");
  EXPECT_EQ(plan("40,40,120"), "[40,40,120]");
  EXPECT_EQ(plan("40;40 ; 120"), "[40,40,120]");
  EXPECT_EQ(plan("40 40"), "[40,40]");
  EXPECT_EQ(plan("[40]"), "[40]");
  EXPECT_EQ(plan("[[[40]]]"), "\"[[[40]]]\"");  // deeper than a plan's list: text

  EXPECT_EQ(plan("40, "), "40");              // a plan being typed
  EXPECT_EQ(plan(", 40"), "40");              // a separator before the first month
  EXPECT_EQ(plan("40,,50"), "[40,\"\",50]");  // the empty month is named by validation
  EXPECT_EQ(plan("40, x"), "[40,\"x\"]");
}

TEST(TypedText, SendingPlansTellThousandsFromMonthsOrSayTheyCannot) {
  EXPECT_EQ(plan("1,000"), "1000");  // no month is "000"
  EXPECT_EQ(plan("1,000, 2,050"), "[1000,2050]");
  EXPECT_EQ(plan("12,500 40"),
            "problem: \"12,500\" could be 12500 or the months 12, 500: type 12500, or 12, 500");
  EXPECT_EQ(plan("40,400"),
            "problem: \"40,400\" could be 40400 or the months 40, 400: type 40400, or 40, 400");
}

TEST(TypedText, TextFieldsKeepTheirText) {
  EXPECT_EQ(reading(FieldKind::kText, " Sourcers "), "\" Sourcers \"");
  EXPECT_EQ(reading(FieldKind::kChoice, " recruiter "), "\"recruiter\"");
  EXPECT_EQ(reading(FieldKind::kMonth, "2027-01"), "\"2027-01\"");
  EXPECT_EQ(reading(FieldKind::kBoolean, "TRUE"), "true");
}

TEST(TypedText, FieldTextWritesValuesAsPeopleReadThem) {
  EXPECT_EQ(field_text(nullptr), "");
  const JsonValue plan_value = JsonValue::array({40, 40, 120});
  EXPECT_EQ(field_text(&plan_value), "40, 40, 120");
  const JsonValue rate = 25.5;
  EXPECT_EQ(field_text(&rate), "25.5");
  const JsonValue none = "none";
  EXPECT_EQ(field_text(&none), "none");
}

}  // namespace
}  // namespace inmail::detail

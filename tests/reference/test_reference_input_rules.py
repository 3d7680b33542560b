"""The reference's section 6 rules added in spec v3, on the spec's own wording.

v3_input_error_fields reads a scenario's JSON text and names the fields that
a key given twice, a control character in a group name, or a bad schedule
(section 2) make input errors. The cases below are the ones the spec spells
out (`sends_per_month[2]`, `groups[0].sends_per_month[2]`, ...).

Run from the repository root: python3 -m unittest tests/reference/test_reference_input_rules.py
"""

import json
import pathlib
import sys
import unittest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from credit_model import v3_input_error_fields  # noqa: E402


def fields(text: str) -> list[str]:
    return v3_input_error_fields(text)


class RepeatedKeys(unittest.TestCase):
    def test_named_at_the_key_in_every_object(self):
        text = ('{"months": 3, "groups": [{"seats": 1, "seats": 1}],'
                ' "seat_prices": {"recruiter": 1, "recruiter": 2}, "months": 3}')
        self.assertEqual(fields(text), ["groups[0].seats", "months", "seat_prices.recruiter"])

    def test_three_times_is_one_field(self):
        self.assertEqual(fields('{"seed": 1, "seed": 2, "seed": 3}'), ["seed"])

    def test_null_counts_as_given_twice(self):
        # null means "not given" for the model, but the key is still written twice.
        self.assertEqual(fields('{"months": null, "months": 6}'), ["months"])


class ControlCharactersInNames(unittest.TestCase):
    def test_each_control_character(self):
        for char in ["\u0000", "\u0007", "\n", "\t", "\u001f", "\u007f"]:
            with self.subTest(char=repr(char)):
                text = json.dumps({"groups": [{"name": "ok"}, {"name": f"a{char}b"}]})
                self.assertEqual(fields(text), ["groups[1].name"])

    def test_a_raw_delete_in_the_text(self):
        # U+007F needs no escape in JSON text; it is still a control character.
        self.assertEqual(fields('{"groups": [{"name": "a\u007fb"}]}'), ["groups[0].name"])

    def test_printable_names_pass(self):
        self.assertEqual(fields(json.dumps({"groups": [{"name": "Sourcers é ✓ \u0080"}]})), [])


class Schedules(unittest.TestCase):
    def test_valid_lengths_and_entries(self):
        for schedule in ([40], [0, 100000], [7] * 120):
            with self.subTest(length=len(schedule)):
                self.assertEqual(fields(json.dumps({"sends_per_month": schedule})), [])

    def test_wrong_length_is_an_error_of_the_list(self):
        self.assertEqual(fields('{"sends_per_month": []}'), ["sends_per_month"])
        text = json.dumps({"groups": [{"sends_per_month": [1] * 121}]})
        self.assertEqual(fields(text), ["groups[0].sends_per_month"])

    def test_a_bad_entry_is_named_with_its_index(self):
        for entry in (-1, 2.5, "40", 100001, True, None, [1]):
            with self.subTest(entry=entry):
                text = json.dumps({"sends_per_month": [1, 2, entry]})
                self.assertEqual(fields(text), ["sends_per_month[2]"])
                text = json.dumps({"groups": [{"sends_per_month": [1, 2, entry, 4]}]})
                self.assertEqual(fields(text), ["groups[0].sends_per_month[2]"])


if __name__ == "__main__":
    unittest.main()

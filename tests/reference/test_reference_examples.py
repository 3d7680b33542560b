"""The reference implementation must reproduce every worked example of the spec.

Run: python3 -m unittest tests/reference/test_reference_examples.py
"""

import json
import pathlib
import sys
import unittest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from credit_model import project  # noqa: E402

EXAMPLES_DIR = pathlib.Path("/work/shared/spec/examples")


def load_examples() -> dict[str, dict]:
    return {path.stem: json.loads(path.read_text()) for path in sorted(EXAMPLES_DIR.glob("*.json"))}


class WorkedExamples(unittest.TestCase):
    def test_examples_exist(self):
        self.assertTrue(load_examples(), f"no examples found in {EXAMPLES_DIR}")

    def test_each_example_matches(self):
        for name, example in load_examples().items():
            with self.subTest(example=name):
                self.assertEqual(project(example["scenario"]), example["result"])


if __name__ == "__main__":
    unittest.main()

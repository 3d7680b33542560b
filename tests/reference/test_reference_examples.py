"""The reference implementation must reproduce every worked example of the spec.

Every spec example (tests/data/spec_examples/*.json, copied from
../shared/spec/examples/) holds a "scenario", optionally the
caller's "today" ("YYYY-MM", passed on to the model) and the exact "result".
The result must match in value and in key order (section 4 shapes).

Run from the repository root: python3 -m unittest tests/reference/test_reference_examples.py
"""

import json
import pathlib
import sys
import unittest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from credit_model import project  # noqa: E402

# The spec's worked examples, as copied into the repository.
EXAMPLES_DIR = pathlib.Path(__file__).resolve().parents[1] / "data/spec_examples"


def load_examples() -> dict[str, dict]:
    return {path.stem: json.loads(path.read_text()) for path in sorted(EXAMPLES_DIR.glob("*.json"))}


def key_paths(value, path: str = "$") -> list[str]:
    """Every object's keys, in order, with the object's path: a key-order fingerprint."""
    if isinstance(value, dict):
        paths = [f"{path}:{','.join(value)}"]
        for key, item in value.items():
            paths += key_paths(item, f"{path}.{key}")
        return paths
    if isinstance(value, list):
        return [p for index, item in enumerate(value) for p in key_paths(item, f"{path}[{index}]")]
    return []


class WorkedExamples(unittest.TestCase):
    def test_examples_exist(self):
        self.assertTrue(load_examples(), f"no examples found in {EXAMPLES_DIR}")

    def test_each_example_matches(self):
        for name, example in load_examples().items():
            with self.subTest(example=name):
                result = project(example["scenario"], today=example.get("today"))
                self.assertEqual(result, example["result"])
                self.assertEqual(key_paths(result), key_paths(example["result"]))

    def test_today_only_matters_under_current_without_start(self):
        for name, example in load_examples().items():
            scenario = example["scenario"]
            if scenario.get("policy") == "current" and scenario.get("start") is None:
                continue
            with self.subTest(example=name):
                self.assertEqual(project(scenario, today="2031-07"), example["result"])


if __name__ == "__main__":
    unittest.main()

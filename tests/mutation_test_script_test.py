"""Tests of scripts/mutation-test.py that need no build: the site finder on
small C++ snippets, the literal changes, the sample, putting a file back and
the score.

Run from the repository root: python3 -m unittest tests/mutation_test_script_test.py
"""

import importlib.util
import pathlib
import sys
import tempfile
import unittest

SCRIPT = pathlib.Path(__file__).resolve().parents[1] / "scripts/mutation-test.py"


def load_script():
    # The script's name has a hyphen, so it is loaded from its path.
    spec = importlib.util.spec_from_file_location("mutation_test", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


mt = load_script()


def changes(source: str, operator: str | None = None) -> list[tuple[int, str, str]]:
    """(line, original, replacement) of every mutant of `source`, or of those
    of one operator ("relational", "arithmetic"...)."""
    mutants = mt.find_mutants("snippet.cpp", source)
    return [(m.line, m.original, m.replacement) for m in mutants if operator in (None, m.operator)]


def changed_tokens(source: str) -> list[str]:
    return [original for _, original, _ in changes(source)]


class SkipsWhatIsNotCode(unittest.TestCase):
    def test_comments_strings_and_characters(self):
        source = (
            "// if (a < b) return 1;\n"
            "/* x == 2 && y > 3\n   true */\n"
            'const char* s = "a < b || 7 == 8";\n'
            "const char c = '<';\n"
            'auto raw = R"json({"n": 1 < 2})json";\n'
        )
        self.assertEqual(changes(source), [])

    def test_preprocessor_lines(self):
        source = (
            "#include <vector>\n"
            '#include "inmail/ledger.h"\n'
            "#if FOO > 1 && BAR\n"
            "#define LIMIT(x) ((x) < 10 \\\n    ? 1 : 0)\n"
            "#endif\n"
            "#pragma once\n"
        )
        self.assertEqual(changes(source), [])

    def test_template_argument_lists(self):
        source = (
            "std::vector<int> a;\n"
            "std::array<std::int64_t, 4> b;\n"
            "std::vector<std::vector<int>> c;\n"
            "template <class Integer>\n"
            "auto d = static_cast<std::size_t>(x);\n"
            "auto e = run_days<true>(context);\n"
            "std::optional<std::pair<int, long>> f;\n"
        )
        self.assertEqual(changes(source), [])

    def test_arrows_shifts_and_operator_names(self):
        source = (
            "int v = p->value;\n"
            "out << x >> y;\n"
            "bool operator<(const A& a, const A& b);\n"
            "bool operator==(const A& a, const A& b);\n"
            "z <<= 2;\n"
        )
        self.assertEqual(changed_tokens(source), ["2"])

    def test_rvalue_references_and_ref_qualifiers(self):
        source = "void run(Fn&& fn, std::vector<int>&& v);\nvoid take() &&;\nauto&& x = y;\n"
        self.assertEqual(changes(source), [])


class FindsMutationSites(unittest.TestCase):
    def test_relational_operators_flip_both_ways(self):
        source = "ok = a < b || a > b || a <= b || a >= b || a == b || a != b;\n"
        relational = [(original, new) for _, original, new in changes(source, "relational")]
        self.assertEqual(relational, [("<", "<="), (">", ">="), ("<=", "<"), (">=", ">"),
                                      ("==", "!="), ("!=", "==")])

    def test_comparison_next_to_a_cast_is_found(self):
        source = "while (static_cast<std::int64_t>(size) < slots) grow();\n"
        self.assertEqual(changes(source), [(1, "<", "<=")])

    def test_comparison_after_a_name_is_not_mistaken_for_a_template(self):
        source = "for (int i = 0; i < n; ++i) {}\nif (x < limit && y > other) {}\n"
        self.assertEqual(changed_tokens(source), ["0", "<", "<", "&&", ">"])

    def test_logical_operators(self):
        self.assertEqual(changes("ok = a && b;\nok = a || b;\n"),
                         [(1, "&&", "||"), (2, "||", "&&")])

    def test_true_and_false(self):
        self.assertEqual(changes("bool a = true;\nbool b = false;\n"),
                         [(1, "true", "false"), (2, "false", "true")])

    def test_lines_and_columns(self):
        source = "int f() {\n  // a < b\n  return x >= 0;\n}\n"
        mutants = mt.find_mutants("engine/src/f.cpp", source)
        self.assertEqual([(m.location, m.column) for m in mutants],
                         [("engine/src/f.cpp:3", 12), ("engine/src/f.cpp:3", 15)])
        self.assertEqual(mutants[0].mutated_line, "  return x > 0;")


class IntegerLiterals(unittest.TestCase):
    def test_zero_and_one_swap_and_others_grow(self):
        self.assertEqual(changes("int a = 0;\nint b = 1;\nint c = 41;\n"),
                         [(1, "0", "1"), (2, "1", "0"), (3, "41", "42")])

    def test_base_and_suffix_are_kept(self):
        cases = {"0x80": "0x81", "0xBF": "0xC0", "0xff": "0x100", "2166136261U": "2166136262U",
                 "153L": "154L", "0b101": "0b110", "017": "020", "1'000'000": "1000001",
                 "0ULL": "1ULL"}
        for literal, expected in cases.items():
            with self.subTest(literal=literal):
                self.assertEqual(mt.mutated_integer_literal(literal), expected)

    def test_floating_point_and_user_defined_literals_are_left(self):
        for literal in ("1.5", "1e-6", "9.2e18", ".5", "0x1p-3", "10.0f", "10_ms"):
            with self.subTest(literal=literal):
                self.assertIsNone(mt.mutated_integer_literal(literal))
        self.assertEqual(changes("double a = 1.5 * 1e-6;\n"), [])

    def test_case_labels_and_pure_virtual_functions_are_left(self):
        source = "switch (n) { case 3: break; }\nvirtual int f() const = 0;\n"
        self.assertEqual(changes(source), [])


class Arithmetic(unittest.TestCase):
    def test_plus_and_minus_beside_an_integer_literal(self):
        self.assertEqual(changes("auto a = f(x) + 1;\nauto b = ym.month - 12;\n", "arithmetic"),
                         [(1, "+", "-"), (2, "-", "+")])

    def test_names_declared_as_integers(self):
        source = "void f(std::size_t count, const std::int64_t& total) {\n  use(count - total);\n}"
        self.assertEqual(changes(source), [(2, "-", "+")])

    def test_unknown_types_strings_and_unary_signs_are_left(self):
        source = (
            'std::string a = prefix + name;\n'
            'std::string b = "x" + std::to_string(n) + "y";\n'
            "double c = rate - other;\n"
            "return -value;\n"
            'const char* d = "abc" + 1;\n'
        )
        self.assertEqual(changes(source, "arithmetic"), [])

    def test_unary_minus_leaves_its_literal_mutable(self):
        self.assertEqual(changes("int a = -1;\nreturn -2;\n"), [(1, "1", "0"), (2, "2", "3")])


class ChoosingAndApplying(unittest.TestCase):
    def setUp(self):
        source = "".join(f"bool f{n}(int a) {{ return a < {n + 2}; }}\n" for n in range(30))
        self.mutants = mt.find_mutants("engine/src/many.cpp", source)
        self.source = source

    def test_a_sample_depends_only_on_the_seed_and_keeps_file_order(self):
        first = mt.sample_mutants(self.mutants, 10, seed=1)
        self.assertEqual(first, mt.sample_mutants(self.mutants, 10, seed=1))
        self.assertNotEqual(first, mt.sample_mutants(self.mutants, 10, seed=2))
        self.assertEqual(first, sorted(first))
        self.assertEqual(mt.sample_mutants(self.mutants, 1000, seed=1), self.mutants)

    def test_apply_changes_one_token(self):
        mutated = self.mutants[0].apply(self.source)
        self.assertTrue(mutated.startswith("bool f0(int a) { return a <= 2; }\n"))
        self.assertEqual(len(mutated), len(self.source) + 1)

    def test_apply_refuses_a_changed_file(self):
        with self.assertRaises(RuntimeError):
            self.mutants[0].apply("// edited\n" + self.source)

    def test_the_file_is_restored_after_an_exception(self):
        with tempfile.TemporaryDirectory() as folder:
            root = pathlib.Path(folder)
            path = root / "engine/src/many.cpp"
            path.parent.mkdir(parents=True)
            path.write_text(self.source)
            workspace = mt.Workspace(root, root / "build")
            with self.assertRaises(KeyboardInterrupt):
                with workspace.mutated(self.mutants[0]):
                    self.assertIn("a <= 2;", path.read_text())
                    self.assertTrue((workspace.pristine / "engine/src/many.cpp").is_file())
                    raise KeyboardInterrupt
            self.assertEqual(path.read_text(), self.source)
            self.assertFalse((workspace.pristine / "engine/src/many.cpp").exists())

    def test_a_killed_run_is_repaired_by_the_next(self):
        with tempfile.TemporaryDirectory() as folder:
            root = pathlib.Path(folder)
            path = root / "engine/src/many.cpp"
            backup = root / "build/pristine/engine/src/many.cpp"
            for file in (path, backup):
                file.parent.mkdir(parents=True)
            backup.write_text(self.source)
            path.write_text(self.mutants[0].apply(self.source))
            restored = mt.restore_leftovers(root, root / "build/pristine")
            self.assertEqual(restored, ["engine/src/many.cpp"])
            self.assertEqual(path.read_text(), self.source)
            self.assertFalse(backup.exists())


class WorkerCopies(unittest.TestCase):
    def test_a_copy_leaves_builds_out_and_rewrites_only_what_changed(self):
        with tempfile.TemporaryDirectory() as folder:
            source = pathlib.Path(folder) / "repo"
            for name, text in {"engine/src/a.cpp": "a", "CMakeLists.txt": "c", ".git": "g",
                               "build/native/x.o": "o"}.items():
                (source / name).parent.mkdir(parents=True, exist_ok=True)
                (source / name).write_text(text)
            target = source / "build/mutation/worker-1/tree"
            mt.sync_tree(source, target)
            copied = sorted(path.relative_to(target).as_posix()
                            for path in target.rglob("*") if path.is_file())
            self.assertEqual(copied, ["CMakeLists.txt", "engine/src/a.cpp"])

            unchanged_time = (target / "CMakeLists.txt").stat().st_mtime_ns
            (source / "engine/src/a.cpp").write_text("a2")
            (target / "engine/src/gone.cpp").write_text("stale")
            mt.sync_tree(source, target)
            self.assertEqual((target / "engine/src/a.cpp").read_text(), "a2")
            self.assertFalse((target / "engine/src/gone.cpp").exists())
            self.assertEqual((target / "CMakeLists.txt").stat().st_mtime_ns, unchanged_time)


class RunningAndScoring(unittest.TestCase):
    def setUp(self):
        self.mutants = mt.find_mutants("a.cpp", "bool f(int a) { return a < 2 && a > 0; }\n")

    def result(self, mutant, status):
        return mt.Result(mutant, status, build_seconds=1.0, test_seconds=0.5)

    def test_score_counts_timeouts_as_killed_and_leaves_compile_errors_out(self):
        statuses = [mt.KILLED, mt.TIMED_OUT, mt.SURVIVED, mt.COMPILE_ERROR, mt.KILLED]
        summary = mt.Summary([self.result(m, s) for m, s in zip(self.mutants, statuses)])
        self.assertAlmostEqual(summary.score, 3 / 4)
        self.assertEqual(summary.score_text(), "75.0 %")
        report = mt.markdown_report(summary, {"Command": "`test`"})
        self.assertIn("**Score: 75.0 %**", report)
        self.assertIn("## Survivors (1)", report)
        self.assertIn("`a.cpp:1`", report)

    def test_pipes_are_escaped_in_the_report(self):
        logical = [m for m in self.mutants if m.original == "&&"][0]
        report = mt.markdown_report(mt.Summary([self.result(logical, mt.SURVIVED)]), {})
        self.assertIn("| `bool f(int a) { return a < 2 \\|\\| a > 0; }` |", report)

    def test_several_workspaces_share_the_mutants(self):
        workspaces = [mt.Workspace(pathlib.Path(f"/tree{n}"), pathlib.Path(f"/build{n}"))
                      for n in range(3)]
        seen = []

        def evaluate(workspace, mutant):
            seen.append((workspace.source_root, mutant))
            return self.result(mutant, mt.KILLED)

        results = []
        progress = mt.Progress(len(self.mutants))
        progress.report = lambda result: None
        mt.run_mutants(workspaces, self.mutants, results, progress, evaluate)
        self.assertEqual(sorted(r.mutant for r in results), sorted(self.mutants))
        self.assertEqual(sorted(m for _, m in seen), sorted(self.mutants))


if __name__ == "__main__":
    unittest.main()

#!/usr/bin/env python3
"""Mutation testing for the engine: how many small bugs do the unit tests catch?

Finds mutation sites in engine/src (relational and logical operators, + and -
on integers, integer literals, true and false), then for each mutant: writes
it into its file, rebuilds engine_tests in build/mutation (only the mutated
translation unit recompiles, then the link), restores the file, and runs the
tests. A mutant is killed when a test fails (or the run times out) and
survives when every test passes. See docs/mutation-testing.md.

    python3 scripts/mutation-test.py --list                     the sites, no build
    python3 scripts/mutation-test.py --sample 60 --seed 1 --report build/mutation/report.md
    python3 scripts/mutation-test.py --files engine/src/rules/ledger.cpp
    python3 scripts/mutation-test.py --jobs 4                   every site, four at a time

Python 3.11 standard library only.
"""

from __future__ import annotations

import argparse
import bisect
import contextlib
import dataclasses
import datetime
import fnmatch
import os
import queue
import random
import re
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Callable, Iterator

REPO_ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = "engine/src"
SOURCE_SUFFIXES = (".cpp", ".h")
DEFAULT_BUILD_DIR = "build/mutation"
TEST_TARGET = "engine_tests"
TEST_BINARY = f"bin/{TEST_TARGET}"
# Measured on this project (2 cores): -O1 without debug information compiles
# an engine file about as fast as Debug's -O0 -g, links in a quarter of the
# time and runs the tests in 0.3 s instead of 1.8 s. Warnings stay warnings:
# `a || b && c` is a fine mutant even though -Wparentheses frowns at it.
CONFIGURE_OPTIONS = [
    "-G", "Ninja",
    "-DCMAKE_BUILD_TYPE=Debug",
    "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g0",
    "-DINMAIL_WERROR=OFF",
    "-DINMAIL_BUILD_BENCH=OFF",
    "-DINMAIL_FUZZ=OFF",
    "-DINMAIL_SANITIZE=OFF",
]
# --gtest_fail_fast: a killed mutant needs one failing test, not all of them.
TEST_ARGUMENTS = ["--gtest_fail_fast", "--gtest_brief=1"]
# A mutant that loops forever must not hold the run up, nor one that
# allocates without end take a shared machine's memory.
MIN_TEST_TIMEOUT_SECONDS = 10.0
TEST_TIMEOUT_FACTOR = 10.0
UNMUTATED_TEST_TIMEOUT_SECONDS = 600.0
TEST_MEMORY_LIMIT_KIB = 4 * 1024 * 1024
# Top-level entries a worker's copy of the tree (--jobs > 1) leaves out.
NOT_COPIED = {".git", "build", "dist", "node_modules", "third_party"}

KILLED = "killed"
TIMED_OUT = "timed out"
SURVIVED = "survived"
COMPILE_ERROR = "compile error"

# ---------------------------------------------------------------------------
# A small C++ lexer: enough to tell code from comments, literals and
# preprocessor lines, and to split operators the way the compiler does.

PUNCTUATORS = sorted(
    "<<= >>= <=> ->* ... -> :: << >> <= >= == != && || ++ -- += -= *= /= %= &= |= ^= .* ##".split(),
    key=len,
    reverse=True,
)
LITERAL_PREFIX = r"(?:u8|[uUL])?"
TOKEN_PATTERN = re.compile(
    "|".join(
        [
            r"(?P<newline>\n)",
            r"(?P<space>[ \t\r\f\v]+|\\\n)",
            r"(?P<comment>//[^\n]*|/\*.*?(?:\*/|\Z))",
            rf'(?P<string>{LITERAL_PREFIX}R"(?P<delimiter>[^()\\\s]{{0,16}})\(.*?\)(?P=delimiter)"'
            rf'|{LITERAL_PREFIX}"(?:[^"\\\n]|\\.)*")',
            rf"(?P<char>{LITERAL_PREFIX}'(?:[^'\\\n]|\\.)*')",
            # A preprocessing number: 0x1p-3, 1'000'000, 2166136261U, .5e10f
            r"(?P<number>\.?[0-9](?:[eEpP][+-]|'?[0-9A-Za-z_]|\.)*)",
            r"(?P<ident>[A-Za-z_][A-Za-z_0-9]*)",
            # Any other character, a stray quote too, is a one-character token.
            "(?P<punct>" + "|".join(re.escape(p) for p in PUNCTUATORS) + "|.)",
        ]
    ),
    re.DOTALL,
)
# A directive runs to the end of its line, over backslash-newlines.
DIRECTIVE_PATTERN = re.compile(r"[ \t]*#(?:\\\n|[^\n])*")


@dataclasses.dataclass(frozen=True)
class Token:
    kind: str  # "string", "char", "number", "ident" or "punct"
    text: str
    offset: int
    spaced: bool  # whitespace or a comment right before it


def tokenize(text: str) -> list[Token]:
    """The tokens of C++ source, without comments and preprocessor directives."""
    tokens: list[Token] = []
    position, at_line_start, spaced = 0, True, False
    while position < len(text):
        if at_line_start and (directive := DIRECTIVE_PATTERN.match(text, position)):
            position, at_line_start = directive.end(), False
            continue
        match = TOKEN_PATTERN.match(text, position)
        kind = match.lastgroup  # the outer group: "string" for a raw string too
        position = match.end()
        if kind in ("newline", "space", "comment"):
            at_line_start = at_line_start or kind == "newline"
            spaced = True
            continue
        tokens.append(Token(kind, match.group(), match.start(), spaced))
        at_line_start, spaced = False, False
    return tokens


# ---------------------------------------------------------------------------
# Template argument lists: `std::array<int, 4>` holds no comparison, and its
# 4 is a type's part: changed, it would mostly not compile.

# Tokens that never stand between a template's angle brackets outside
# parentheses: where one follows a `<`, the `<` is a comparison.
NOT_IN_TEMPLATE_ARGUMENTS = {
    ";", "{", "}", "&&", "||", "?", ":", "=", "==", "!=", "<=", ">=", "!", ".", "->",
    "<<", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "return",
}
# Words before which a `<` compares values; it opens no template.
VALUE_KEYWORDS = {
    "return", "this", "true", "false", "nullptr", "sizeof", "case", "else", "operator",
}
LONGEST_TEMPLATE_ARGUMENTS = 64  # tokens


def template_arguments(tokens: list[Token]) -> set[int]:
    """The indices of the tokens in template argument lists, angle brackets
    included."""
    inside: set[int] = set()
    for index, token in enumerate(tokens):
        if token.text == "<" and index not in inside and _may_open_template(tokens, index):
            inside.update(_template_argument_list(tokens, index))
    return inside


def _may_open_template(tokens: list[Token], index: int) -> bool:
    previous = tokens[index - 1] if index else None
    return previous is not None and previous.kind == "ident" and previous.text not in VALUE_KEYWORDS


def _template_argument_list(tokens: list[Token], start: int) -> range:
    """The indices from tokens[start] to its closing `>`, or none when it
    closes none and so is a comparison. Parentheses are skipped whole, as
    the compiler does: `std::enable_if_t<(a > b)>`."""
    depth = parentheses = 0
    for index in range(start, min(len(tokens), start + LONGEST_TEMPLATE_ARGUMENTS)):
        token = tokens[index]
        if token.text in ("(", "["):
            parentheses += 1
        elif token.text in (")", "]"):
            if parentheses == 0:
                return range(0)
            parentheses -= 1
        elif parentheses:
            if token.text in (";", "{", "}"):
                return range(0)
        elif token.text == "<":
            if index > start and tokens[index - 1].kind != "ident":
                return range(0)
            depth += 1
        elif token.text in (">", ">>"):
            closed = len(token.text)  # `>>` closes two: std::vector<std::vector<int>>
            if closed > depth:
                return range(0)
            depth -= closed
            if depth == 0:
                return range(start, index + 1)
        elif token.text in NOT_IN_TEMPLATE_ARGUMENTS or token.kind in ("string", "char"):
            return range(0)
    return range(0)


# ---------------------------------------------------------------------------
# Mutation sites.

RELATIONAL_FLIPS = {"<": "<=", "<=": "<", ">": ">=", ">=": ">", "==": "!=", "!=": "=="}
LOGICAL_FLIPS = {"&&": "||", "||": "&&"}
ARITHMETIC_FLIPS = {"+": "-", "-": "+"}
BOOLEAN_FLIPS = {"true": "false", "false": "true"}
INTEGER_LITERAL = re.compile(r"(0[xX][0-9A-Fa-f']+|0[bB][01']+|[0-9][0-9']*)([uUlLzZ]*)")
# The names of integer types, as the last word before a declared name:
# `const std::int64_t& total`, `unsigned long count`.
# Not char: a char is added to strings more often than to numbers.
INTEGER_TYPE_WORDS = re.compile(
    r"int|long|short|unsigned|signed|u?int(?:8|16|32|64|max|ptr)?_t|s?size_t|ptrdiff_t"
)
# Words after which a `+` or `-` is unary.
UNARY_CONTEXT_WORDS = {"return", "case", "throw", "co_return", "co_yield", "else", "do", "sizeof"}
# What follows `) &&` when the `&&` is a ref-qualifier: `void f() &&;`
REF_QUALIFIER_FOLLOWERS = {
    ";", "{", "=", "->", "const", "override", "final", "noexcept", "volatile",
}


@dataclasses.dataclass(frozen=True, order=True)
class Mutant:
    path: str  # relative to the repository, with forward slashes
    offset: int  # of the mutated token in the file's text
    line: int
    column: int  # 1-based
    operator: str  # "relational", "logical", "arithmetic", "literal" or "boolean"
    original: str
    replacement: str
    line_text: str  # the original line, without its newline

    @property
    def location(self) -> str:
        return f"{self.path}:{self.line}"

    @property
    def change(self) -> str:
        return f"{self.original} -> {self.replacement}"

    @property
    def mutated_line(self) -> str:
        start = self.column - 1
        end = start + len(self.original)
        return self.line_text[:start] + self.replacement + self.line_text[end:]

    def apply(self, text: str) -> str:
        """The file's text with this mutation, checked against what was found."""
        if text[self.offset:self.offset + len(self.original)] != self.original:
            raise RuntimeError(f"{self.location} changed since its sites were found: run again")
        return text[:self.offset] + self.replacement + text[self.offset + len(self.original):]


def find_mutants(path: str, text: str) -> list[Mutant]:
    """Every mutant of one source file, in the order of the text."""
    tokens = tokenize(text)
    in_template_arguments = template_arguments(tokens)
    integer_names = integer_variable_names(tokens)
    line_starts = [0] + [index + 1 for index, char in enumerate(text) if char == "\n"]
    mutants = []
    for index, token in enumerate(tokens):
        if index in in_template_arguments:
            continue
        mutation = _mutation_at(tokens, index, integer_names)
        if mutation:
            mutants.append(_mutant(path, text, line_starts, token, *mutation))
    return mutants


def _mutant(path: str, text: str, line_starts: list[int], token: Token, operator: str,
            replacement: str) -> Mutant:
    line_index = bisect.bisect_right(line_starts, token.offset) - 1
    line_start = line_starts[line_index]
    line_end = text.find("\n", line_start)
    line_text = text[line_start:line_end if line_end >= 0 else len(text)]
    return Mutant(path, token.offset, line_index + 1, token.offset - line_start + 1, operator,
                  token.text, replacement, line_text)


def _mutation_at(tokens: list[Token], index: int,
                 integer_names: set[str]) -> tuple[str, str] | None:
    """(operator, replacement) for tokens[index], or None where it has none."""
    token = tokens[index]
    if index and tokens[index - 1].text == "operator":  # operator<, operator==
        return None
    text = token.text
    if text in RELATIONAL_FLIPS:
        return "relational", RELATIONAL_FLIPS[text]
    if text in LOGICAL_FLIPS and _is_logical(tokens, index):
        return "logical", LOGICAL_FLIPS[text]
    if text in ARITHMETIC_FLIPS and _is_integer_arithmetic(tokens, index, integer_names):
        return "arithmetic", ARITHMETIC_FLIPS[text]
    if token.kind == "number" and not _is_fixed_literal(tokens, index):
        replacement = mutated_integer_literal(text)
        return ("literal", replacement) if replacement else None
    if token.kind == "ident" and text in BOOLEAN_FLIPS:
        return "boolean", BOOLEAN_FLIPS[text]
    return None


def _neighbours(tokens: list[Token], index: int) -> tuple[Token | None, Token | None]:
    previous = tokens[index - 1] if index > 0 else None
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return previous, following


def _is_logical(tokens: list[Token], index: int) -> bool:
    """`||` always; `&&` unless it declares an rvalue reference (`Fn&& fn`,
    written without a space before it, as clang-format does) or qualifies a
    member function (`void f() &&;`)."""
    if tokens[index].text == "||":
        return True
    previous, following = _neighbours(tokens, index)
    if previous is None or following is None:
        return False
    after_a_type = previous.text == ">" or (previous.kind == "ident"
                                            and previous.text not in VALUE_KEYWORDS)
    if after_a_type and not tokens[index].spaced:
        return False
    return not (previous.text == ")" and following.text in REF_QUALIFIER_FOLLOWERS)


def _is_integer_arithmetic(tokens: list[Token], index: int, integer_names: set[str]) -> bool:
    """A binary + or - with an integer right beside it: an integer literal,
    or a name this file declares with an integer type. Anything else could
    be a string or a double, where `-` may not compile or means little."""
    previous, following = _neighbours(tokens, index)
    if previous is None or following is None or not _ends_operand(previous):
        return False
    if "string" in (previous.kind, following.kind):
        return False
    return any(_is_integer_operand(side, integer_names) for side in (previous, following))


def _ends_operand(token: Token) -> bool:
    if token.kind in ("number", "char", "string") or token.text in (")", "]"):
        return True
    return token.kind == "ident" and token.text not in UNARY_CONTEXT_WORDS


def _is_integer_operand(token: Token, integer_names: set[str]) -> bool:
    if token.kind == "number":
        return INTEGER_LITERAL.fullmatch(token.text) is not None
    return token.kind == "ident" and token.text in integer_names


def integer_variable_names(tokens: list[Token]) -> set[str]:
    """Names declared with an integer type anywhere in the file: variables,
    parameters and members (`std::size_t index = 0`, `int months)`). Not
    arrays, pointers or functions."""
    names = set()
    for index in range(len(tokens) - 2):
        type_word, name, following = tokens[index], tokens[index + 1], tokens[index + 2]
        if name.text == "&" and index + 3 < len(tokens):  # `const std::int64_t& total`
            name, following = following, tokens[index + 3]
        if (type_word.kind == "ident" and INTEGER_TYPE_WORDS.fullmatch(type_word.text)
                and name.kind == "ident" and following.text in ("=", ";", ",", ")", "{", ":")):
            names.add(name.text)
    return names


def _is_fixed_literal(tokens: list[Token], index: int) -> bool:
    """Literals whose change would not compile: case labels (the new value
    may be another label's) and the 0 of a pure virtual function."""
    previous, _ = _neighbours(tokens, index)
    if previous is None:
        return False
    if previous.text == "case":
        return True
    before_equals = tokens[index - 2].text if index >= 2 else ""
    return previous.text == "=" and before_equals in (")", "const", "override")


def mutated_integer_literal(text: str) -> str | None:
    """0 -> 1, 1 -> 0, n -> n+1, in the literal's base and with its suffix;
    None for floating-point and user-defined literals."""
    match = INTEGER_LITERAL.fullmatch(text)
    if not match:
        return None
    body, suffix = match.groups()
    digits = body.replace("'", "")
    if digits[:2].lower() in ("0x", "0b"):
        value = int(digits, 0)
    else:
        value = int(digits, 8 if len(digits) > 1 and digits[0] == "0" else 10)
    new_value = {0: 1, 1: 0}.get(value, value + 1)
    return _in_base_of(body, new_value) + suffix


def _in_base_of(body: str, value: int) -> str:
    prefix = body[:2]
    if prefix in ("0x", "0X"):
        digits = format(value, "x")
        return prefix + (digits if any(c in "abcdef" for c in body[2:]) else digits.upper())
    if prefix in ("0b", "0B"):
        return prefix + format(value, "b")
    if len(body) > 1 and body[0] == "0":
        return "0" + format(value, "o")
    return str(value)


# ---------------------------------------------------------------------------
# Choosing the mutants.


def source_files(root: Path) -> list[str]:
    """The engine's sources, relative to the repository, in any folder under
    engine/src."""
    files = (root / SOURCE_DIR).rglob("*")
    return sorted(path.relative_to(root).as_posix() for path in files
                  if path.suffix in SOURCE_SUFFIXES and path.is_file())


def select_files(root: Path, available: list[str], patterns: list[str] | None) -> list[str]:
    """The files --files names: paths (from here or from the repository) or
    glob patterns, among the engine's sources."""
    if not patterns:
        return available
    selected = set()
    for pattern in patterns:
        as_path = Path(pattern).resolve()
        relative = as_path.relative_to(root).as_posix() if as_path.is_relative_to(root) else pattern
        matches = [path for path in available if fnmatch.fnmatch(path, relative)]
        if not matches:
            raise SystemExit(f"--files {pattern}: not among {SOURCE_DIR}/**/*.cpp and *.h")
        selected.update(matches)
    return sorted(selected)


def all_mutants(root: Path, files: list[str]) -> list[Mutant]:
    mutants = []
    for path in files:
        mutants += find_mutants(path, (root / path).read_bytes().decode("utf-8"))
    return sorted(mutants)


def sample_mutants(mutants: list[Mutant], size: int | None, seed: int) -> list[Mutant]:
    """A random sample, the same for the same seed and sources, in file
    order so that consecutive mutants recompile the same file."""
    if size is None or size >= len(mutants):
        return list(mutants)
    return sorted(random.Random(seed).sample(mutants, size))


# ---------------------------------------------------------------------------
# Building and testing a mutant.


class Interrupted(KeyboardInterrupt):
    """SIGTERM or SIGHUP, handled like Ctrl+C: the mutated file is restored."""


def _raise_interrupted(signum, _frame):
    raise Interrupted(f"signal {signum}")


@contextlib.contextmanager
def signals_deferred() -> Iterator[None]:
    """Holds Ctrl+C and the like back for a moment: a file is never left
    half written. Only the main thread receives signals in Python."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}
    signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, held)


def run_command(arguments: list[str], cwd: Path, timeout: float | None = None) -> tuple[int, str]:
    """Runs a command in its own process group and returns its exit status
    and output. On a timeout or an interrupt the whole group is killed, the
    compilers under ninja included, before the exception goes on."""
    with subprocess.Popen(arguments, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          stdin=subprocess.DEVNULL, text=True, errors="replace",
                          start_new_session=True) as process:
        try:
            output, _ = process.communicate(timeout=timeout)
        except BaseException:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            raise
        return process.returncode, output


@dataclasses.dataclass
class Result:
    mutant: Mutant
    status: str  # KILLED, TIMED_OUT, SURVIVED or COMPILE_ERROR
    build_seconds: float
    test_seconds: float
    detail: str = ""  # the first compiler error

    @property
    def seconds(self) -> float:
        return self.build_seconds + self.test_seconds


def restore_leftovers(source_root: Path, pristine: Path) -> list[str]:
    """Puts back the originals that a run killed outright (SIGKILL, a power
    cut) left in its build directory; returns the files it restored."""
    restored = []
    for backup in sorted(pristine.rglob("*")) if pristine.is_dir() else []:
        if not backup.is_file():
            continue
        relative = backup.relative_to(pristine)
        target = source_root / relative
        if not target.is_file() or target.read_bytes() != backup.read_bytes():
            shutil.copyfile(backup, target)
            restored.append(relative.as_posix())
        backup.unlink()
    return restored


@dataclasses.dataclass
class Workspace:
    """A source tree and the build directory that builds engine_tests from it."""

    source_root: Path
    build_dir: Path
    test_timeout: float = MIN_TEST_TIMEOUT_SECONDS

    @property
    def pristine(self) -> Path:
        """Where the original of the file being mutated waits."""
        return self.build_dir / "pristine"

    def configure(self) -> None:
        folders = ["-S", str(self.source_root), "-B", str(self.build_dir)]
        status, output = run_command(["cmake", *folders, *CONFIGURE_OPTIONS], cwd=self.source_root)
        if status != 0:
            raise SystemExit(f"configuring {self.build_dir} failed:\n{output}")

    def build(self, parallel: int) -> tuple[int, str]:
        return run_command(["cmake", "--build", str(self.build_dir), "--target", TEST_TARGET,
                            "--parallel", str(parallel)], cwd=self.build_dir)

    def run_tests(self, timeout: float) -> str:
        """KILLED, TIMED_OUT or SURVIVED. The shell sets the memory limit (a
        preexec_fn is not safe beside threads)."""
        limited = ["sh", "-c", f'ulimit -v {TEST_MEMORY_LIMIT_KIB} && exec "$@"', "sh",
                   str(self.build_dir / TEST_BINARY), *TEST_ARGUMENTS]
        try:
            status, _ = run_command(limited, cwd=self.build_dir, timeout=timeout)
        except subprocess.TimeoutExpired:
            return TIMED_OUT
        return SURVIVED if status == 0 else KILLED

    @contextlib.contextmanager
    def mutated(self, mutant: Mutant) -> Iterator[None]:
        """The mutant in its file for the duration of the block, the original
        back afterwards whatever happens. A copy of the original waits in the
        build directory in case this process is killed outright: the next
        run puts it back (restore_leftovers)."""
        path = self.source_root / mutant.path
        original = path.read_bytes()
        mutated = mutant.apply(original.decode("utf-8")).encode("utf-8")
        backup = self.pristine / mutant.path
        try:
            with signals_deferred():
                backup.parent.mkdir(parents=True, exist_ok=True)
                backup.write_bytes(original)
                path.write_bytes(mutated)
            yield
        finally:
            with signals_deferred():
                path.write_bytes(original)
                backup.unlink(missing_ok=True)

    def prepare(self, parallel: int) -> float:
        """Configures, builds the unmutated tests and runs them; returns how
        long they took. Stops the run if they fail: mutants of a failing
        suite mean nothing."""
        restore_leftovers(self.source_root, self.pristine)
        self.configure()
        status, output = self.build(parallel)
        if status != 0:
            raise SystemExit(f"building {TEST_TARGET} in {self.build_dir} failed:\n{output}")
        started = time.monotonic()
        if self.run_tests(UNMUTATED_TEST_TIMEOUT_SECONDS) != SURVIVED:
            raise SystemExit(f"{TEST_TARGET} fails without any mutant: fix the tests first")
        return time.monotonic() - started

    def evaluate(self, mutant: Mutant) -> Result:
        """Builds the mutant, restores the file, then runs the tests: the tree
        is mutated only while the compiler reads it."""
        started = time.monotonic()
        with self.mutated(mutant):
            status, output = self.build(parallel=1)
        built = time.monotonic()
        if status != 0:
            return Result(mutant, COMPILE_ERROR, built - started, 0.0, first_error(output))
        if "Building CXX object" not in output:
            # Ninja found the build up to date, so the tests would run the
            # previous binary. Only file times coarser than a build can do it.
            raise RuntimeError(f"{mutant.location}: the mutant was not recompiled:\n{output}")
        outcome = self.run_tests(self.test_timeout)
        return Result(mutant, outcome, built - started, time.monotonic() - built)


def first_error(build_output: str) -> str:
    """The compiler's (or the linker's) first error, else the output's last line."""
    lines = build_output.strip().splitlines()
    for line in lines:
        if "error:" in line or "undefined reference" in line:
            return line.strip()
    return lines[-1].strip() if lines else ""


def sync_tree(source: Path, target: Path) -> None:
    """Makes target a copy of the source tree (without builds, .git and
    dependencies), rewriting only the files that differ, so that a worker's
    build stays incremental from one run to the next. A target inside the
    source (--build-dir out/mutation) is not copied into itself."""
    wanted = set()
    for folder, subfolders, files in os.walk(source):
        relative_folder = Path(folder).relative_to(source)
        if relative_folder == Path("."):
            subfolders[:] = [name for name in subfolders if name not in NOT_COPIED]
            files = [name for name in files if name not in NOT_COPIED]
        subfolders[:] = [name for name in subfolders
                         if not _holds(Path(folder) / name, target)]
        for name in files:
            relative = relative_folder / name
            wanted.add(relative)
            copy = target / relative
            if not copy.is_file() or copy.read_bytes() != (source / relative).read_bytes():
                copy.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source / relative, copy)
    for copy in [path for path in target.rglob("*") if path.is_file()]:
        if copy.relative_to(target) not in wanted:
            copy.unlink()


def _holds(folder: Path, path: Path) -> bool:
    return folder == path or folder in path.parents


def workspaces_for(root: Path, build_dir: Path, jobs: int) -> list[Workspace]:
    """One workspace mutates the tree itself; several work in copies of it,
    each with its own build, as two mutants in one tree would mix."""
    if jobs == 1:
        return [Workspace(root, build_dir)]
    workspaces = []
    for number in range(1, jobs + 1):
        worker_dir = build_dir / f"worker-{number}"
        sync_tree(root, worker_dir / "tree")
        workspaces.append(Workspace(worker_dir / "tree", worker_dir / "build"))
    return workspaces


# ---------------------------------------------------------------------------
# Running the mutants.


class Progress:
    """One line per mutant: its outcome, its time and about how long is left."""

    def __init__(self, total: int):
        self.total = total
        self.done = 0
        self.started = time.monotonic()
        self.lock = threading.Lock()

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def report(self, result: Result) -> None:
        with self.lock:
            self.done += 1
            remaining = self.elapsed() / self.done * (self.total - self.done)
            width = len(str(self.total))
            print(f"[{self.done:{width}}/{self.total}] {result.status:<13} "
                  f"{result.seconds:5.1f} s  {result.mutant.location}  {result.mutant.change}  "
                  f"(about {duration(remaining)} left)", flush=True)


Evaluate = Callable[[Workspace, Mutant], Result]


def run_mutants(workspaces: list[Workspace], mutants: list[Mutant], results: list[Result],
                progress: Progress, evaluate: Evaluate = Workspace.evaluate) -> None:
    """Adds every mutant's result to `results` as it comes, so that an
    interrupted run keeps what it did. One workspace works here, in the main
    thread, so that Ctrl+C lands in the middle of the work and the file is
    restored at once; several work in threads of their own."""
    if len(workspaces) == 1:
        for mutant in mutants:
            results.append(evaluate(workspaces[0], mutant))
            progress.report(results[-1])
    else:
        _run_in_parallel(workspaces, mutants, results, progress, evaluate)


def _run_in_parallel(workspaces: list[Workspace], mutants: list[Mutant], results: list[Result],
                     progress: Progress, evaluate: Evaluate) -> None:
    """Each workspace takes the next mutant until none are left. On Ctrl+C the
    workers finish the mutant in hand (their builds and tests run in process
    groups of their own, out of the terminal's reach), then stop."""
    pending: queue.SimpleQueue[Mutant] = queue.SimpleQueue()
    for mutant in mutants:
        pending.put(mutant)
    failures: list[BaseException] = []
    stop = threading.Event()

    def work(workspace: Workspace) -> None:
        try:
            while not stop.is_set():
                try:
                    mutant = pending.get_nowait()
                except queue.Empty:
                    return
                results.append(evaluate(workspace, mutant))
                progress.report(results[-1])
        except BaseException as failure:  # handed on to the main thread
            failures.append(failure)
            stop.set()

    threads = [threading.Thread(target=work, args=(workspace,)) for workspace in workspaces]
    for thread in threads:
        thread.start()
    try:
        for thread in threads:
            thread.join()
    except KeyboardInterrupt:
        stop.set()
        print("\ninterrupted: finishing the mutants in progress...", file=sys.stderr, flush=True)
        for thread in threads:
            thread.join()
        raise
    if failures:
        raise failures[0]


# ---------------------------------------------------------------------------
# The summary and the report.


@dataclasses.dataclass
class Summary:
    results: list[Result]

    def with_status(self, status: str) -> list[Result]:
        return [result for result in self.results if result.status == status]

    def count(self, status: str) -> int:
        return len(self.with_status(status))

    @property
    def killed(self) -> int:
        """Timeouts included: a mutant that hangs the tests is caught."""
        return self.count(KILLED) + self.count(TIMED_OUT)

    @property
    def score(self) -> float | None:
        """killed / (killed + survived). Mutants that do not compile are no
        test's merit and count on neither side."""
        scored = self.killed + self.count(SURVIVED)
        return self.killed / scored if scored else None

    def score_text(self) -> str:
        return "n/a" if self.score is None else f"{100 * self.score:.1f} %"

    def mean_seconds(self, part: Callable[[Result], float] = lambda r: r.seconds) -> float:
        return statistics.mean(map(part, self.results)) if self.results else 0.0


def duration(seconds: float) -> str:
    minutes, seconds = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{hours} h {minutes:02} min"
    return f"{minutes} min {seconds:02} s" if minutes else f"{seconds} s"


def markdown_code(text: str) -> str:
    """Inline code for a Markdown table cell: pipes escaped, as GitHub wants
    them even inside code."""
    text = text.strip().replace("|", "\\|")
    return f"`` {text} ``" if "`" in text else f"`{text}`"


def commit_description(root: Path) -> str:
    try:
        git = ["git", "-C", str(root)]
        head = subprocess.run([*git, "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
        changes = subprocess.run([*git, "status", "--porcelain", "--untracked-files=no"],
                                 capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown (not a git checkout)"
    return head + (" with uncommitted changes" if changes else "")


def markdown_report(summary: Summary, facts: dict[str, str]) -> str:
    lines = ["# Mutation testing report", ""]
    lines += [f"- {name}: {value}" for name, value in facts.items()]
    lines += ["", f"**Score: {summary.score_text()}** = killed / (killed + survived); a timeout "
                  "counts as killed, a mutant that does not compile on neither side.", ""]
    lines += ["| outcome | mutants |", "| --- | ---: |"]
    for status, label in [(KILLED, "killed by a failing test"), (TIMED_OUT, "timed out (killed)"),
                          (SURVIVED, "survived"), (COMPILE_ERROR, "did not compile (not scored)")]:
        lines.append(f"| {label} | {summary.count(status)} |")
    lines += ["", *_by_file_table(summary)]
    lines += _mutant_section("Survivors", summary.with_status(SURVIVED),
                             "Every test passed with one of these changes: "
                             "each wants a test that fails.")
    lines += _mutant_section("Timeouts", summary.with_status(TIMED_OUT), "Counted as killed.")
    lines += _mutant_section("Compile errors", summary.with_status(COMPILE_ERROR),
                             "Mutants the compiler rejected; not scored.", with_error=True)
    return "\n".join(lines)


def _by_file_table(summary: Summary) -> list[str]:
    lines = ["## By file", "", "| file | killed | survived | did not compile | score |",
             "| --- | ---: | ---: | ---: | ---: |"]
    for path in sorted({result.mutant.path for result in summary.results}):
        of_file = Summary([result for result in summary.results if result.mutant.path == path])
        lines.append(f"| `{path}` | {of_file.killed} | {of_file.count(SURVIVED)} | "
                     f"{of_file.count(COMPILE_ERROR)} | {of_file.score_text()} |")
    return lines + [""]


def _mutant_section(title: str, results: list[Result], explanation: str,
                    with_error: bool = False) -> list[str]:
    lines = [f"## {title} ({len(results)})", ""]
    if not results:
        return lines + ["None.", ""]
    error_column = (" error |", " --- |") if with_error else ("", "")
    lines += [explanation, "", "| where | change | mutated line |" + error_column[0],
              "| --- | --- | --- |" + error_column[1]]
    for result in results:
        mutant = result.mutant
        row = (f"| `{mutant.location}` | {markdown_code(mutant.original)} → "
               f"{markdown_code(mutant.replacement)} | {markdown_code(mutant.mutated_line)} |")
        lines.append(row + (f" {markdown_code(result.detail)} |" if with_error else ""))
    return lines + [""]


def print_summary(summary: Summary) -> None:
    counts = ", ".join(f"{summary.count(status)} {status}"
                       for status in (KILLED, TIMED_OUT, SURVIVED, COMPILE_ERROR))
    print(f"\nscore {summary.score_text()} ({counts}); "
          f"{summary.mean_seconds():.1f} s per mutant on average")
    for result in summary.with_status(SURVIVED):
        print(f"  survived: {result.mutant.location}  {result.mutant.change}  "
              f"{result.mutant.mutated_line.strip()}")


# ---------------------------------------------------------------------------
# The command line.


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", nargs="+", metavar="PATH",
                        help=f"only these files or glob patterns, among {SOURCE_DIR}/**/*.cpp "
                             "and *.h")
    parser.add_argument("--sample", type=int, metavar="N", help="a random sample of N mutants")
    parser.add_argument("--seed", type=int, default=1, help="the sample's random seed (default 1)")
    parser.add_argument("--jobs", type=int, default=1, metavar="N",
                        help="mutants built and tested at once, each in its own copy of the tree "
                             "(default 1: in this tree, one build at a time)")
    parser.add_argument("--list", action="store_true", help="list the mutants and stop: no build")
    parser.add_argument("--report", type=Path, metavar="PATH", help="write a Markdown report here")
    parser.add_argument("--build-dir", type=Path, default=REPO_ROOT / DEFAULT_BUILD_DIR,
                        help=f"the mutants' build directory (default {DEFAULT_BUILD_DIR})")
    arguments = parser.parse_args(argv)
    if arguments.jobs < 1 or (arguments.sample is not None and arguments.sample < 1):
        parser.error("--jobs and --sample take a positive number")
    return arguments


def list_mutants(mutants: list[Mutant], total: int) -> None:
    for mutant in mutants:
        print(f"{mutant.location}:{mutant.column}\t{mutant.operator}\t{mutant.change}\t"
              f"{mutant.line_text.strip()}")
    operators = sorted({mutant.operator for mutant in mutants})
    counts = ", ".join(f"{sum(m.operator == operator for m in mutants)} {operator}"
                       for operator in operators)
    print(f"{len(mutants)} of {total} mutants ({counts})", file=sys.stderr)


def prepare_workspaces(workspaces: list[Workspace], jobs: int) -> None:
    """Builds and tests the unmutated tree in each workspace, one build at a
    time with every job, so a shared machine never runs more than --jobs
    compilers; sets the tests' timeout from how long they took."""
    print(f"building and testing the unmutated tree ({len(workspaces)} workspace(s))...",
          flush=True)
    baseline = max(workspace.prepare(parallel=jobs) for workspace in workspaces)
    timeout = max(MIN_TEST_TIMEOUT_SECONDS, TEST_TIMEOUT_FACTOR * baseline)
    for workspace in workspaces:
        workspace.test_timeout = timeout
    print(f"the tests take {baseline:.1f} s unmutated; a mutant's time out after {timeout:.0f} s")


def report_facts(argv: list[str], arguments: argparse.Namespace, summary: Summary, chosen: int,
                 total: int, file_count: int, elapsed: float) -> dict[str, str]:
    sample = f" (a sample, seed {arguments.seed})" if chosen < total else ""
    done = "" if len(summary.results) == chosen else f"; INTERRUPTED after {len(summary.results)}"
    return {
        "Command": f"`{shlex.join(['python3', 'scripts/mutation-test.py', *argv])}`",
        "Date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "Commit": commit_description(REPO_ROOT),
        "Mutants": f"{chosen} of the {total} in {file_count} file(s){sample}{done}",
        "Time": f"{duration(elapsed)} in all, {summary.mean_seconds():.1f} s per mutant on average "
                f"(build {summary.mean_seconds(lambda r: r.build_seconds):.1f} s, "
                f"tests {summary.mean_seconds(lambda r: r.test_seconds):.1f} s)",
    }


def main(argv: list[str]) -> int:
    arguments = parse_arguments(argv)
    build_dir = arguments.build_dir.resolve()
    # Before anything reads the sources: a run killed outright may have left
    # a mutant in the tree.
    for path in restore_leftovers(REPO_ROOT, build_dir / "pristine"):
        print(f"restored {path}: an earlier run was killed with its mutant in place",
              file=sys.stderr)
    files = select_files(REPO_ROOT, source_files(REPO_ROOT), arguments.files)
    every_mutant = all_mutants(REPO_ROOT, files)
    mutants = sample_mutants(every_mutant, arguments.sample, arguments.seed)
    if arguments.list:
        list_mutants(mutants, len(every_mutant))
        return 0

    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, _raise_interrupted)
    results: list[Result] = []
    interrupted = False
    try:
        workspaces = workspaces_for(REPO_ROOT, build_dir, arguments.jobs)
        prepare_workspaces(workspaces, arguments.jobs)
        print(f"{len(mutants)} of {len(every_mutant)} mutants in {len(files)} file(s)", flush=True)
        progress = Progress(len(mutants))
        run_mutants(workspaces, mutants, results, progress)
    except KeyboardInterrupt:
        interrupted = True
        print("\ninterrupted; every file is restored", file=sys.stderr)
    summary = Summary(sorted(results, key=lambda result: result.mutant))
    print_summary(summary)
    if arguments.report and results:
        facts = report_facts(argv, arguments, summary, len(mutants), len(every_mutant), len(files),
                             progress.elapsed())
        arguments.report.parent.mkdir(parents=True, exist_ok=True)
        arguments.report.write_text(markdown_report(summary, facts))
        print(f"report: {arguments.report}")
    return 130 if interrupted else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Test-by-test difference between Maven Surefire's reports and testshard's merged report.

    python3 bench/compat_diff.py --surefire DIR --testshard FILE --out DIR [--label NAME]
        [--testshard-exit N] [--testshard-says TEXT]
    python3 bench/compat_diff.py --surefire DIR --count     (only the totals, as JSON)

DIR (--surefire) holds Surefire's TEST-*.xml files at any depth (every module's
target/surefire-reports, copied); FILE is testshard's TEST-testshard.xml (it may be missing:
testshard then ran nothing). Both are parsed with xml.etree, never grepped.

Each test is a (classname, name, outcome) triple, outcome one of passed/failed/error/skipped
(<failure> = failed, <error> = error, <skipped> = skipped, otherwise passed; a flaky test that
passed on a re-run is passed). The same (classname, name) may occur more than once (a
parameterized test whose invocations have one display name): the outcomes are compared as
multisets.

Writes to --out:
  diff.txt      every difference, one per line, tab-separated:
                  only-surefire   CLASS  NAME  OUTCOME
                  only-testshard  CLASS  NAME  OUTCOME
                  outcome         CLASS  NAME  SUREFIRE_OUTCOME -> TESTSHARD_OUTCOME  MESSAGE
                (names as each side spells them; the matching below decides what is a
                difference, so a test whose name differs only in spelling is listed under
                `name` instead: name  CLASS  SUREFIRE_NAME  TESTSHARD_NAME  OUTCOME)
  causes.tsv    cause <TAB> tests affected (a test may have more than one cause)
  totals.json   both sides' totals and the difference counts
and prints a short summary.

Matching and causes. The sides are matched on (classname, name) first; what is left is matched
again after normalizing the spelling of names, each normalization a cause of its own:
  * JUnit 5 method names with "()" (testshard) where Surefire has the bare method name;
  * @Nested classes that Surefire names by their @DisplayName (testshard: Outer$Inner), matched
    class by class on their test names;
  * the rest is compared as it is.
A test whose outcome differs is given a cause from its failure (the testshard side's message
and type when testshard failed it, Surefire's when Surefire did): one failure message repeated
in many classes under testshard only counts as state left behind in a shared test JVM, else see
OUTCOME_RULES. A test only on one side gets a structural cause: testshard ran nothing (with its
own error line), a skipped container Surefire reports as a test, the whole module or class is
missing on the other side, or only the test is.
"""

import argparse
import collections
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

OUTCOMES = ("passed", "failed", "error", "skipped")

# (regex on "type: message" of the failing side, cause). First match wins. The causes name
# what the failure shows; the README and bench/corpus.txt say which Surefire setting is behind
# each one in the corpus projects.
OUTCOME_RULES = [
    (r"Could not load|NoClassDefFoundError|ClassNotFoundException",
     "a class is not on testshard's class path (e.g. Surefire additionalClasspathElements, "
     "multi-release classes)"),
    (r"illegal-access|InaccessibleObjectException|IllegalAccessException|module .* does not "
     r"\"?opens",
     "module access differs (Surefire argLine --add-opens/--illegal-access not applied)"),
    (r"StackOverflowError",
     "stack size differs (Surefire argLine -Xss not applied)"),
    (r"OutOfMemoryError",
     "heap differs (Surefire argLine -Xmx not applied / container memory)"),
    (r"docker|Docker|testcontainers|Testcontainers",
     "needs Docker (not reachable inside a shard)"),
    (r"UnknownHostException|ConnectException|Connection refused|No route to host|"
     r"SocketTimeoutException|network",
     "a network call fails under testshard (a shard has no network; or state left by an "
     "earlier failure in the same JVM)"),
    (r"AccessDeniedException|Permission denied|read-only file system|ReadOnlyFileSystem",
     "file system differs (unprivileged user / snapshot)"),
    (r"FileNotFoundException|NoSuchFileException",
     "a file the test reads is missing in the snapshot or the working directory differs"),
]


def outcome_of(testcase):
    for child in testcase:
        tag = child.tag
        if tag == "failure":
            return "failed", _message(child)
        if tag == "error":
            return "error", _message(child)
        if tag == "skipped":
            return "skipped", _message(child)
    return "passed", ""


def _message(element):
    kind = element.get("type") or ""
    message = element.get("message") or ""
    if not message and element.text:
        message = element.text.strip().splitlines()[0] if element.text.strip() else ""
    text = (kind + ": " + message) if kind else message
    return " ".join(text.split())[:300]


def read_cases(paths, suites=None):
    """[(classname, name, outcome, message)] of every <testcase> in the given files; with a
    dict for suites, also classname -> names of the <testsuite>s it occurs in."""
    cases = []
    for path in paths:
        root = ET.parse(path).getroot()
        suite_elements = [root] if root.tag == "testsuite" else list(root.iter("testsuite"))
        for suite in suite_elements:
            for testcase in suite.iter("testcase"):
                outcome, message = outcome_of(testcase)
                classname = testcase.get("classname") or ""
                cases.append((classname, testcase.get("name") or "", outcome, message))
                if suites is not None:
                    suites.setdefault(classname, set()).add(suite.get("name") or "")
    return cases


def surefire_files(directory):
    found = []
    for base, _dirs, files in os.walk(directory):
        for name in files:
            if name.startswith("TEST-") and name.endswith(".xml"):
                found.append(os.path.join(base, name))
    return sorted(found)


def totals(cases):
    counts = collections.Counter(outcome for _c, _n, outcome, _m in cases)
    return {"tests": len(cases), "failures": counts["failed"], "errors": counts["error"],
            "skipped": counts["skipped"], "passed": counts["passed"]}


def group(cases):
    """(classname, name) -> list of (outcome, message)."""
    grouped = collections.defaultdict(list)
    for classname, name, outcome, message in cases:
        grouped[(classname, name)].append((outcome, message))
    return grouped


def pair_off(surefire, testshard):
    """Matches two lists of (outcome, message) of one test: equal outcomes first.
    Returns (pairs with different outcomes, left in surefire, left in testshard)."""
    s_left = list(surefire)
    t_left = list(testshard)
    for outcome in OUTCOMES:
        while True:
            s_index = next((i for i, x in enumerate(s_left) if x[0] == outcome), None)
            t_index = next((i for i, x in enumerate(t_left) if x[0] == outcome), None)
            if s_index is None or t_index is None:
                break
            s_left.pop(s_index)
            t_left.pop(t_index)
    pairs = list(zip(s_left, t_left))
    n = len(pairs)
    return pairs, s_left[n:], t_left[n:]


def outcome_cause(s_outcome, t_outcome):
    (s_kind, s_message), (t_kind, t_message) = s_outcome, t_outcome
    if t_kind in ("failed", "error"):
        message = t_message
        side = "testshard"
    elif s_kind in ("failed", "error"):
        message = s_message
        side = "Surefire"
    else:
        return "skipped on one side only (%s under Surefire, %s under testshard)" % (s_kind,
                                                                                     t_kind)
    for pattern, cause in OUTCOME_RULES:
        if re.search(pattern, message):
            return cause
    exception = message.split(":")[0].strip() or "no message"
    return "fails only under %s: %s" % (side, exception)


JAVA_NAME = re.compile(r"^[\w$.]+$")


def message_key(message):
    """A failure's type and the first words of its message: what repeats when one cause fails
    many tests (values such as {A=null} cut off)."""
    words = re.split(r"[\s{\[<(]", message)
    return " ".join(w for w in words[:4] if w)


def strip_parens(name):
    return name[:-2] if name.endswith("()") else name


def compare(s_cases, t_cases, testshard_missing, testshard_exit, modules=None,
            testshard_says="", suites=None):
    s_group, t_group = group(s_cases), group(t_cases)
    lines = []
    causes = collections.Counter()
    differing = 0

    outcome_pairs = []  # (classname, s_name, t_name, s, t)
    only_s = []  # (classname, name, (outcome, message))
    only_t = []
    for key in sorted(set(s_group) | set(t_group)):
        pairs, s_left, t_left = pair_off(s_group.get(key, []), t_group.get(key, []))
        outcome_pairs += [(key[0], key[1], key[1], s, t) for s, t in pairs]
        only_s += [(key[0], key[1], x) for x in s_left]
        only_t += [(key[0], key[1], x) for x in t_left]

    # Second pass: names that differ only in spelling.
    name_cause = "name: JUnit 5 method names end in \"()\" under testshard, not under Surefire"
    t_by_norm = collections.defaultdict(list)
    for index, (classname, name, result) in enumerate(only_t):
        t_by_norm[(classname, strip_parens(name))].append(index)
    used_t = set()
    still_s = []
    renamed = []
    for classname, name, s_result in only_s:
        candidates = [i for i in t_by_norm.get((classname, name), []) if i not in used_t]
        same = [i for i in candidates if only_t[i][2][0] == s_result[0]]
        chosen = (same or candidates or [None])[0]
        if chosen is None:
            still_s.append((classname, name, s_result))
            continue
        used_t.add(chosen)
        renamed.append((classname, name, only_t[chosen][1], s_result, only_t[chosen][2]))
    still_t = [x for i, x in enumerate(only_t) if i not in used_t]

    # Third pass: a class that Surefire names by its @DisplayName (seen for @Nested classes), in
    # the report of its top-level class; testshard names it Outer$Inner. Matched class by
    # class: the same test names, and the display name's words before "(" spelled like the
    # inner class's simple name when one such class fits.
    display_cause = ("name: @Nested classes named by their @DisplayName under Surefire, by "
                     "their class name under testshard")
    s_groups = collections.defaultdict(list)
    for index, (classname, _name, _result) in enumerate(still_s):
        if not JAVA_NAME.match(classname):
            for suite in sorted((suites or {}).get(classname, ())):
                s_groups[(suite, classname)].append(index)
                break
    t_groups = collections.defaultdict(list)
    for index, (classname, _name, _result) in enumerate(still_t):
        t_groups[classname].append(index)
    taken_classes = set()
    matched_s, matched_t = set(), set()
    for (suite, display), indexes in sorted(s_groups.items()):
        names = sorted(strip_parens(still_s[i][1]) for i in indexes)
        wanted = re.sub(r"[^0-9A-Za-z]", "", display.split("(")[0])

        def fit(candidate):
            simple = re.sub(r"[^0-9A-Za-z]", "", candidate.rsplit("$", 1)[-1])
            return 0 if simple == wanted else 1

        candidates = sorted((c for c in t_groups
                             if c.startswith(suite + "$") and c not in taken_classes
                             and sorted(strip_parens(still_t[j][1]) for j in t_groups[c]) == names),
                            key=lambda c: (fit(c), c))
        if not candidates:
            continue
        chosen = candidates[0]
        taken_classes.add(chosen)
        by_name = collections.defaultdict(list)
        for j in t_groups[chosen]:
            by_name[strip_parens(still_t[j][1])].append(j)
        for i in indexes:
            j = by_name[strip_parens(still_s[i][1])].pop()
            matched_s.add(i)
            matched_t.add(j)
            classname, s_name, s_result = still_s[i]
            t_classname, t_name, t_result = still_t[j]
            differing += 1
            causes[display_cause] += 1
            if t_name != s_name:
                causes[name_cause] += 1
            lines.append("name\t%s\t%s\t%s %s\t%s" % (classname, s_name, t_classname, t_name,
                                                       s_result[0]))
            if s_result[0] != t_result[0]:
                outcome_pairs.append((t_classname, s_name, t_name, s_result, t_result))
                differing -= 1  # counted once below
    still_s = [x for i, x in enumerate(still_s) if i not in matched_s]
    still_t = [x for i, x in enumerate(still_t) if i not in matched_t]

    # A failure message that repeats across many classes under testshard only is most often
    # state that one earlier failure left behind in a test JVM the classes share.
    repeated = collections.defaultdict(set)
    repeated_count = collections.Counter()
    for classname, _s_name, _t_name, s_result, t_result in outcome_pairs:
        if t_result[0] in ("failed", "error") and s_result[0] not in ("failed", "error"):
            key = message_key(t_result[1])
            repeated[key].add(classname)
            repeated_count[key] += 1

    for classname, s_name, t_name, s_result, t_result in renamed:
        differing += 1
        causes[name_cause] += 1
        lines.append("name\t%s\t%s\t%s\t%s" % (classname, s_name, t_name, s_result[0]))
        if s_result[0] != t_result[0]:
            outcome_pairs.append((classname, s_name, t_name, s_result, t_result))
            differing -= 1  # counted once below

    for classname, s_name, t_name, s_result, t_result in outcome_pairs:
        differing += 1
        key = message_key(t_result[1])
        if (t_result[0] in ("failed", "error") and len(repeated.get(key, ())) >= 5
                and repeated_count[key] >= 50):
            cause = ("one failure repeated in %d classes under testshard only (\"%s...\"): "
                     "state an earlier failure left in the shared test JVM"
                     % (len(repeated[key]), key))
        else:
            cause = outcome_cause(s_result, t_result)
        causes[cause] += 1
        message = t_result[1] if t_result[0] in ("failed", "error") else s_result[1]
        lines.append("outcome\t%s\t%s\t%s -> %s\t%s" % (classname, t_name, s_result[0],
                                                         t_result[0], message))

    t_classes = {c for c, _n, _o, _m in t_cases}
    s_classes = {c for c, _n, _o, _m in s_cases}
    # A module none of whose classes testshard reported (e.g. JUnit 4 without the Vintage engine).
    module_of = modules or {}
    modules_seen = {module_of.get(c) for c in t_classes}
    for classname, name, (outcome, _message) in still_s:
        differing += 1
        if testshard_missing or not t_cases:
            cause = "testshard ran no test (exit %s%s)" % (
                testshard_exit, ": " + testshard_says if testshard_says else "")
        elif outcome == "skipped":
            cause = ("skipped under Surefire, not reported by testshard (e.g. a @Disabled "
                     "@ParameterizedTest: a container, which Surefire reports as one skipped "
                     "test)")
        elif module_of.get(classname) is not None and module_of[classname] not in modules_seen:
            cause = ("module run by Surefire, no test of it by testshard (%s)"
                     % (module_of[classname] or "the root module"))
        elif classname not in t_classes:
            cause = "class run by Surefire, not by testshard"
        else:
            cause = "test run by Surefire, not by testshard (class run by both)"
        causes[cause] += 1
        lines.append("only-surefire\t%s\t%s\t%s" % (classname, name, outcome))
    for classname, name, (outcome, _message) in still_t:
        differing += 1
        if classname not in s_classes:
            cause = ("class run by testshard, not by Surefire (Surefire's includes/excludes, "
                     "-Dtest or test source roots not honoured)")
        else:
            cause = ("test run by testshard, not by Surefire (class run by both; e.g. "
                     "groups/tags not honoured)")
        causes[cause] += 1
        lines.append("only-testshard\t%s\t%s\t%s" % (classname, name, outcome))
    return lines, causes, differing, len(renamed)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--surefire", required=True)
    parser.add_argument("--testshard")
    parser.add_argument("--out")
    parser.add_argument("--count", action="store_true",
                        help="only print the totals of the --surefire reports as JSON")
    parser.add_argument("--label", default="")
    parser.add_argument("--testshard-exit", default="?")
    parser.add_argument("--testshard-says", default="",
                        help="testshard's own last word (its error line), for a run with no tests")
    args = parser.parse_args()

    s_files = surefire_files(args.surefire)
    suites = {}
    s_cases = read_cases(s_files, suites)
    # The module of each Surefire class: the report's directory relative to --surefire, less
    # target/surefire-reports (copied there by bench/compat.sh).
    modules = {}
    for path in s_files:
        module = os.path.relpath(os.path.dirname(path), args.surefire)
        module = re.sub(r"/?target/surefire-reports$", "", module)
        for classname, _n, _o, _m in read_cases([path]):
            modules[classname] = module
    if args.count:
        print(json.dumps(totals(s_cases)))
        return 0
    if not args.testshard or not args.out:
        parser.error("--testshard and --out are needed for a comparison")
    testshard_missing = not os.path.isfile(args.testshard)
    t_cases = [] if testshard_missing else read_cases([args.testshard])
    lines, causes, differing, renamed = compare(s_cases, t_cases, testshard_missing,
                                                args.testshard_exit, modules,
                                                args.testshard_says, suites)

    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "diff.txt"), "w", encoding="utf-8") as out:
        for line in lines:
            out.write(line + "\n")
    with open(os.path.join(args.out, "causes.tsv"), "w", encoding="utf-8") as out:
        for cause, count in causes.most_common():
            out.write("%s\t%d\n" % (cause, count))
    summary = {
        "label": args.label,
        "surefire": totals(s_cases),
        "testshard": None if testshard_missing else totals(t_cases),
        "differingTests": differing,
        "renamedOnly": renamed,
        "causes": dict(causes.most_common()),
    }
    with open(os.path.join(args.out, "totals.json"), "w", encoding="utf-8") as out:
        json.dump(summary, out, indent=2)
        out.write("\n")

    print("differing tests: %d" % differing)
    for cause, count in causes.most_common():
        print("  %6d  %s" % (count, cause))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Schemathesis hooks for the API fuzz run (scripts/fuzz-api.sh).

Adds the checks the project holds every response to, records every exchange so the test that runs
the fuzzer can count them, sometimes swaps a generated path id for one that exists, so that
generated bodies reach the code behind the roster checks instead of stopping at 404, and gives each
request its own Idempotency-Key, as a real client does.
"""
import json
import os
import re
import threading
import uuid

import schemathesis
from hypothesis import strategies as st

RECORD = os.environ.get("FUZZ_RECORD")
KNOWN_IDS = {k: v for k, v in json.loads(os.environ.get("FUZZ_KNOWN_IDS", "{}")).items() if v}
_lock = threading.Lock()

# A stack frame, a source location, a Node error class, or SQL (statements and PostgreSQL's own wording).
# Each pattern begins with a literal, so that re finds its candidates by fast search even in a 50 MiB audit
# export (one alternation, or a leading \b or \w, makes re try every position: 10 s for such an export).
# What a pattern needs just before its literal is checked on each candidate instead: a word character
# ("main.ts:12") or a word boundary ("SELECT", not "RESELECT").
_WORD = re.compile(r"\w")
_LEAKS = (
    (re.compile(r"\n\s+at [\w.<>]+ \("), None),
    (re.compile(r"node_modules/"), None),
    (re.compile(r"\.(?:ts|js):\d+"), "word"),
    (re.compile(r"QueryFailedError"), None),
    (re.compile(r"TypeError:"), None),
    (re.compile(r"ReferenceError:"), None),
    (re.compile(r'SELECT\b[^"]{0,200}\bFROM\b'), "boundary"),
    (re.compile(r"INSERT INTO\b"), "boundary"),
    (re.compile(r"UPDATE \S+ SET\b"), "boundary"),
    (re.compile(r"DELETE FROM\b"), "boundary"),
    (re.compile(r"syntax error at or near"), None),
    (re.compile(r"violates (?:not-null|foreign key|unique|check) constraint"), None),
    (re.compile(r"duplicate key value"), None),
    (re.compile(r"invalid input syntax for"), None),
    (re.compile(r'relation "\w+" does not exist'), None),
)


def find_leak(text: str):
    """The first stack frame, source location, Node error class or SQL fragment in text, or None."""
    for pattern, before in _LEAKS:
        for match in pattern.finditer(text):
            start = match.start()
            preceded_by_word = start > 0 and bool(_WORD.match(text[start - 1]))
            if before is None or (before == "word") == preceded_by_word:
                return match.group(0)
    return None


def _content_type(response) -> str:
    values = response.headers.get("content-type") or [""]
    return values[0] if isinstance(values, list) else str(values)


@schemathesis.check
def problem_json_errors(ctx, response, case):
    """Every 4xx and 5xx is application/problem+json whose status matches the response."""
    if response.status_code < 400:
        return
    content_type = _content_type(response)
    if "application/problem+json" not in content_type:
        raise AssertionError(f"{response.status_code} answered with {content_type!r}, not application/problem+json")
    problem = json.loads(response.content)
    if problem.get("status") != response.status_code or not problem.get("title") or not problem.get("type"):
        raise AssertionError(f"the problem document lacks a matching status, a title or a type: {problem}")


@schemathesis.check
def no_internal_details(ctx, response, case):
    """No stack trace, source location or SQL fragment in any answer."""
    text = response.content.decode("utf-8", "replace")
    leak = find_leak(text)
    if leak is not None:
        raise AssertionError(f"the answer leaks internals: {leak!r}")


IDEMPOTENCY_KEY = re.compile(r"^[\x21-\x7e]{1,200}$")


@schemathesis.hook
def before_call(context, case, **kwargs):
    """A well-formed Idempotency-Key becomes one of this request's own.

    The fuzzer repeats the few keys it generates across different bodies, and the API rightly refuses a key
    used before for another request (422 IDEMPOTENCY_KEY_REUSED). A malformed key is left as generated, so
    its refusal is still tested.
    """
    headers = case.headers or {}
    for name in list(headers):
        if name.lower() == "idempotency-key" and isinstance(headers[name], str) and IDEMPOTENCY_KEY.match(headers[name]):
            headers[name] = f"fuzz-{uuid.uuid4()}"


@schemathesis.hook
def after_call(context, case, response):
    if not RECORD:
        return
    text = response.content.decode("utf-8", "replace")
    exchange = {
        "method": case.method,
        "path": case.formatted_path,
        "status": response.status_code,
        "contentType": _content_type(response),
        "leak": find_leak(text) is not None,
        # How long the answer took (seconds), so a run can name the operations its time went to.
        "operation": f"{case.method} {case.path}",
        "elapsed": round(response.elapsed, 3),
    }
    if response.status_code >= 500:
        # What the server said, so a failed run names the cause without the server's log.
        exchange["answer"] = text[:500]
    line = json.dumps(exchange)
    with _lock, open(RECORD, "a", encoding="utf-8") as out:
        out.write(line + "\n")


@schemathesis.hook
def flatmap_path_parameters(context, path_parameters):
    """Half the time, an id that exists (an engagement, a grant, a partner, a request) instead of a generated one."""
    if not path_parameters:
        return st.just(path_parameters)
    choices = {}
    for name, value in path_parameters.items():
        known = _known(context.operation.path, name)
        choices[name] = st.sampled_from([value, known]) if known else st.just(value)
    return st.fixed_dictionaries(choices)


def _known(path: str, name: str):
    if name != "id":
        return KNOWN_IDS.get(name)
    if path.startswith("/v1/grants/"):
        return KNOWN_IDS.get("grant")
    if path.startswith("/v1/partners/"):
        return KNOWN_IDS.get("partner")
    if path.startswith("/v1/requests/"):
        return KNOWN_IDS.get("request")
    return KNOWN_IDS.get("engagement")

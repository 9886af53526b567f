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
LEAKS = re.compile(
    r"\n\s+at [\w.<>]+ \(|node_modules/|\w\.(?:ts|js):\d+|QueryFailedError|TypeError:|ReferenceError:|"
    r"\bSELECT\b[^\"]{0,200}\bFROM\b|\bINSERT INTO\b|\bUPDATE\b \S+ \bSET\b|\bDELETE FROM\b|"
    r"syntax error at or near|violates (?:not-null|foreign key|unique|check) constraint|duplicate key value|"
    r"invalid input syntax for|relation \"\w+\" does not exist"
)


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
    leak = LEAKS.search(text)
    if leak:
        raise AssertionError(f"the answer leaks internals: {leak.group(0)!r}")


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
        "leak": bool(LEAKS.search(text)),
    }
    if response.status_code >= 500:
        # What the server said, so a failed run names the cause without the server's log.
        exchange["answer"] = text[:500]
    line = json.dumps(exchange)
    with _lock, open(RECORD, "a", encoding="utf-8") as out:
        out.write(line + "\n")


@schemathesis.hook
def flatmap_path_parameters(context, path_parameters):
    """Half the time, an id that exists (an engagement, a grant, a partner) instead of a generated one."""
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
    return KNOWN_IDS.get("engagement")

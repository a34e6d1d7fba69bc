"""Reading Sigap's pages as the load test's people do: markers, links, form fields, answers.

No locust here (it patches the standard library for gevent on import), so bench/load/population.py and the
tests (tests/bench/test_load_scenario.py) use the same reading as bench/load/locustfile.py.

The patterns follow the templates: quizzes/templates/quizzes/question.html for a question screen, the
lesson, course, quiz and coverage templates for their markers. Markers are attributes, not words, because
the pages are translated.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import html
import random
import re
import struct
import time
from urllib.parse import urlparse

# What only the expected page carries.
MARK_DASHBOARD = 'action="/accounts/logout/"'
MARK_CATALOGUE = 'name="q"'
MARK_COURSE = 'class="wrap course"'
MARK_LESSON = 'class="wrap narrow lesson"'
MARK_QUIZ_PAGE = 'class="wrap narrow quiz"'
MARK_QUESTION = 'class="quiz-form"'
MARK_REVIEW = 'class="quiz-submit"'
MARK_RESULT = 'id="score-heading"'
MARK_CERTIFICATES = 'href="/me/certificates/'
MARK_LEARNING = 'href="/learn/'
MARK_COVERAGE = "export.csv"  # only a dashboard that computed its figures links its export
MARK_LOGIN = 'name="login"'
MARK_MFA = 'name="code"'

#: The name a browser's silent resend is recorded under: bench/load/drive.py counts it apart, untimed.
RESEND = "(resent: connection closed by the server)"

CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
STATIC = re.compile(r'(?:href|src)="(/static/[^"]+\.(?:css|js))"')
BUTTON_LINK = re.compile(r'<a class="button" href="([^"]+)"')
NEXT_LESSON = re.compile(r'<a rel="next" href="([^"]+)"')
PDF_LINK = re.compile(r'href="(/me/certificates/[^"/]+\.pdf)"')
REGION_LINK = re.compile(r'href="/coverage/(\d{2}(?:\.\d{2})?)/')
QUESTION_PATH = re.compile(r"^/learn/quiz/attempts/[0-9a-f-]{36}/\d+/$")
REVIEW_PATH = re.compile(r"^/learn/quiz/attempts/[0-9a-f-]{36}/review/$")
RESULT_PATH = re.compile(r"^/learn/quiz/attempts/[0-9a-f-]{36}/$")

# A question screen.
AUTOSAVE = re.compile(r'data-autosave-url="([^"]*)"')
STEP = re.compile(r'<input type="hidden" name="step" value="([^"]+)">')
CHOICE = re.compile(
    r'<label class="choice"><input type="(radio|checkbox)" name="choice" value="([^"]*)"[^>]*>'
    r"(.*?)</label>",
    re.S,
)
RANK = re.compile(r'<label for="rank-(\d+)">(.*?)</label>', re.S)
MATCH = re.compile(r'<label for="match-(\d+)">(.*?)</label>', re.S)
MATCH_OPTIONS = re.compile(r'<select id="match-0" name="match-0">(.*?)</select>', re.S)
OPTION = re.compile(r'<option value="(\d+)"[^>]*>(.*?)</option>', re.S)
PROMPT = re.compile(
    r'<div id="q-prompt" class="quiz-prompt"><h1 class="visually-hidden">.*?</h1>(.*?)</div>\s*'
    r"<fieldset",
    re.S,
)
ACTIONS = re.compile(r'<div class="quiz-actions">(.*?)</div>', re.S)
CASE_ENDED = 'class="scenario-step is-ending"'


class PageError(Exception):
    """A page was not what a person expected (the request is counted as a failure already)."""


def plain_text(markup: str) -> str:
    """What a person reads of some HTML: tags dropped, entities decoded, whitespace collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup or "")).split())


def path_of(location: str) -> str:
    """The path of a redirect's Location (Django sends paths; a full URL is cut to its path)."""
    return urlparse(location).path if location.startswith("http") else location.split("?")[0]


def csrf_token(page: str) -> str:
    found = CSRF.search(page)
    if found is None:
        raise PageError("the page has no form to post")
    return found.group(1)


def totp_code(secret: str, *, at: float | None = None) -> str:
    """An authenticator app's six digits (RFC 6238: 30-second steps, SHA-1), as allauth checks them."""
    counter = int((time.time() if at is None else at) // 30)
    key = base64.b32decode(secret.upper() + "=" * (-len(secret) % 8))
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 1_000_000:06d}"


def ended_case_link(screen: str) -> str | None:
    """On a case that has ended, where "Next question" (or "Review and submit") leads; else None."""
    if STEP.search(screen) is not None or CASE_ENDED not in screen:
        return None
    actions = ACTIONS.search(screen)
    link = BUTTON_LINK.search(actions.group(1)) if actions else None
    if link is None:
        raise PageError("quiz: an ended case without a way on")
    return link.group(1)


def answer_fields(screen: str, key: dict, *, knows: bool, rng=random) -> list[tuple[str, str]]:
    """The form fields of an answer to the question on ``screen``: the right one when ``knows`` and the
    answer key (bench/load/population.py) has it, otherwise a guess among the options on screen."""
    step = STEP.search(screen)
    choices = [(kind, value, plain_text(text)) for kind, value, text in CHOICE.findall(screen)]
    values = [value for _kind, value, _text in choices]
    if step is not None:  # a decision in a case
        best = key["step"].get(step.group(1))
        right = [value for _kind, value, text in choices if text == best]
        return [
            ("step", step.group(1)),
            ("choice", right[0] if knows and right else rng.choice(values)),
        ]
    if values[:2] == ["true", "false"]:
        prompt = PROMPT.search(screen)
        truth = key["true_false"].get(plain_text(prompt.group(1)) if prompt else "")
        if knows and truth is not None:
            return [("choice", "true" if truth else "false")]
        return [("choice", rng.choice(values))]
    if choices:
        right = [value for _kind, value, text in choices if key["choice"].get(text)]
        if choices[0][0] == "radio":
            return [("choice", right[0] if knows and right else rng.choice(values))]
        if not (knows and right):
            right = rng.sample(values, k=min(2, len(values)))
        return [("choice", value) for value in right]
    ranks = RANK.findall(screen)
    if ranks:
        places = [key["place"].get(plain_text(text)) for _position, text in ranks]
        if not knows or None in places or len(set(places)) != len(places):
            places = rng.sample(range(len(ranks)), k=len(ranks))
        return [
            (f"rank-{position}", str(place))
            for (position, _t), place in zip(ranks, places, strict=True)
        ]
    lefts = MATCH.findall(screen)
    options = MATCH_OPTIONS.search(screen)
    if lefts and options:
        by_text = {plain_text(text): value for value, text in OPTION.findall(options.group(1))}
        picks = [by_text.get(key["match"].get(plain_text(text), "")) for _index, text in lefts]
        if not knows or None in picks or len(set(picks)) != len(picks):
            picks = rng.sample(sorted(by_text.values()), k=len(lefts))
        return [(f"match-{index}", value) for (index, _t), value in zip(lefts, picks, strict=True)]
    raise PageError("quiz: a question screen with nothing to answer")

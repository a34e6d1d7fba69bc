"""Browser journeys in Debian's Chromium (Playwright's sync API), each page checked with axe-core.

Run with `make e2e` (or `.venv/bin/pytest tests/e2e`). Needs /usr/bin/chromium and axe-core from
`make e2e-setup`; Playwright's own browser downloads are never used.

The migrations' data. ``live_server`` needs a transactional database, and Django empties every table after
each transactional test, taking with it what the migrations wrote: the provinces and regencies, the role
groups and their permissions, Wagtail's root page, locale and collection, the home page and the default Site.
Every test module here therefore marks its tests ``django_db(transaction=True, serialized_rollback=True)``
(``tests.e2e.support.E2E``): pytest-django sees the mark when it creates the test database, keeps a copy of
the migrated contents, and Django loads that copy back before each test. ``_migration_data_is_there`` fails
fast, with the reason, if a module forgets the mark. This restores whatever any migration writes, now and
later, where calling the loaders again (regions, roles, home page) would miss Wagtail's own root page, locale
and collection. One rule comes with it: a transactional test *without* serialized_rollback empties the
database and lets post_migrate recreate content types and permissions under new ids, and the next restore
then fails on them; so any other transactional test must use serialized_rollback too (`make pytest` and
`make e2e` run the two sets separately anyway). Chromium is started per test for the same reason (see
``browser``).

Screenshots of every step go to .artifacts/screenshots/<test name>/<nn>-<step>.png, plus one of each open
page when a test fails.

Content-Security-Policy. Every test fails if the browser refused anything under the policy the site sends
(``SECURE_CSP``, no 'unsafe-inline'): every browser context reports each ``securitypolicyviolation`` event,
and each "Refused to …" message Chromium writes to the console, to ``csp_watch``, which is checked once the
test has run. So every journey, in the admin as on the learner's pages, proves the policy holds. axe-core
is therefore evaluated through Playwright, never added as an inline <script>.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
from pathlib import Path

import pytest

# Playwright's sync API runs an asyncio event loop in this thread; Django would otherwise refuse database
# access from it (the live server answers requests in its own thread either way).
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

from playwright.sync_api import (  # noqa: E402
    Browser,
    BrowserContext,
    ConsoleMessage,
    Page,
    sync_playwright,
)

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / ".artifacts" / "screenshots"
AXE_JS = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
BLOCKING_IMPACTS = {"serious", "critical"}
TIMEOUT_MS = 10_000

# With JavaScript off (java_script_enabled=False) a page runs no <script> tags and no timers, but Playwright
# can still evaluate code in it. axe-core waits on setTimeout between its checks, so it gets a stand-in that
# runs the callback as a microtask. The page's own scripts stay off.
TIMERS_AS_MICROTASKS = """
window.setTimeout = function (callback, _ms, ...args) {
  Promise.resolve().then(function () { callback(...args); });
  return 0;
};
window.clearTimeout = function () {};
"""


# Database -----------------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, tmp_path_factory):
    """On SQLite the journeys use a database file, not Django's shared-memory test database.

    In shared-cache memory SQLite a write that meets another request's read fails at once ("database table
    is locked"); a file database waits for it (the busy timeout in sigap/settings/env.py), as the real site
    does. The admin's page editor sends requests of its own beside the page's (editing-session pings,
    previews), so a journey through it could otherwise fail at random.
    """
    from django.db import connections

    database = connections["default"].settings_dict
    if database["ENGINE"] == "django.db.backends.sqlite3":
        folder = tmp_path_factory.mktemp("e2e-database")
        database.setdefault("TEST", {})["NAME"] = str(folder / "sigap-e2e.sqlite3")


# Browser ------------------------------------------------------------------------------------------------


@pytest.fixture
def browser(transactional_db, live_server) -> Browser:
    """Chromium, started for one test once its database is ready and stopped before it is emptied.

    While Playwright's sync API is alive, an asyncio loop counts as running in this thread, and Django's
    connection handler (an asgiref ``Local``) then hands this thread a different connection object from the
    one that set up the test database. That one alone holds the copy ``serialized_rollback`` restores from,
    so Playwright must not be running when pytest-django restores (before the test) or flushes (after it).
    Depending on ``transactional_db`` orders this fixture inside that set-up and tear-down. Both connection
    objects reach the same in-memory SQLite database, so the test's own queries see what the browser did.
    """
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make e2e-setup` (apt-get install chromium).")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


def _new_context(browser: Browser, base_url: str, csp_watch: CspWatch, **options) -> BrowserContext:
    # An Indonesian member's browser: it asks for Indonesian, which is also the site's default language.
    context = browser.new_context(
        base_url=base_url,
        locale="id-ID",
        timezone_id="Asia/Jakarta",
        **{"viewport": {"width": 1280, "height": 900}, **options},
    )
    context.set_default_timeout(TIMEOUT_MS)
    context.set_default_navigation_timeout(TIMEOUT_MS)
    csp_watch.attach(context)
    if options.get("java_script_enabled") is False:
        # Playwright still runs init scripts with the page's scripts off: this mark tells axe_violations.
        context.add_init_script(f"window.{SCRIPTS_OFF} = true;")
    return context


@pytest.fixture
def context(browser, live_server, csp_watch) -> BrowserContext:
    context = _new_context(browser, live_server.url, csp_watch)
    yield context
    context.close()


@pytest.fixture
def page(context, journey) -> Page:
    page = context.new_page()
    journey.pages.append(page)
    return page


@pytest.fixture
def no_js_page(browser, live_server, journey, csp_watch) -> Page:
    """A page in a browser with JavaScript turned off."""
    context = _new_context(browser, live_server.url, csp_watch, java_script_enabled=False)
    page = context.new_page()
    journey.pages.append(page)
    yield page
    context.close()


@pytest.fixture
def new_page(browser, live_server, journey, csp_watch):
    """``new_page()``: a page in a browser context of its own, with its own cookies: another person at
    another computer, signed in as someone else or not at all. Closed at the end of the test."""
    contexts: list[BrowserContext] = []

    def new_page(**options) -> Page:
        context = _new_context(browser, live_server.url, csp_watch, **options)
        contexts.append(context)
        page = context.new_page()
        journey.pages.append(page)
        return page

    yield new_page
    for context in contexts:
        context.close()


@pytest.fixture
def phone_page(browser, live_server, journey, csp_watch) -> Page:
    """A page on a small phone screen (360 × 740, touch)."""
    context = _new_context(
        browser, live_server.url, csp_watch, viewport={"width": 360, "height": 740}, has_touch=True
    )
    page = context.new_page()
    journey.pages.append(page)
    yield page
    context.close()


# Content-Security-Policy ------------------------------------------------------------------------------

CSP_BINDING = "__sigapCspViolation"
SCRIPTS_OFF = "__sigapScriptsOff"
# Runs in every frame before the page's own scripts (an init script is not subject to the page's policy).
CSP_LISTENER = f"""
document.addEventListener('securitypolicyviolation', function (event) {{
  window.{CSP_BINDING}({{
    directive: event.effectiveDirective || event.violatedDirective,
    blocked: event.blockedURI,
    sample: event.sample,
    source: event.sourceFile ? event.sourceFile + ':' + event.lineNumber : '',
    page: event.documentURI,
  }});
}}, true);
"""
CSP_CONSOLE = re.compile(r"Content Security Policy|Content-Security-Policy", re.IGNORECASE)


class CspWatch:
    """What the browser refused under the site's Content-Security-Policy during one test."""

    def __init__(self):
        self.violations: list[str] = []
        self.pages: list[Page] = []

    def attach(self, context: BrowserContext) -> None:
        context.expose_binding(CSP_BINDING, self._reported)
        context.add_init_script(CSP_LISTENER)
        context.on("page", self._watch_console)

    def _reported(self, _source, violation: dict) -> None:
        self.violations.append(
            "{directive} refused {blocked} on {page} {source} {sample!r}".format(**violation)
        )

    def _watch_console(self, page: Page) -> None:
        self.pages.append(page)
        page.on("console", lambda message: self._console(page, message))

    def _console(self, page: Page, message: ConsoleMessage) -> None:
        if CSP_CONSOLE.search(message.text):
            self.violations.append(f"console on {page.url}: {message.text}")

    def assert_none(self) -> None:
        # A round trip to each open page delivers the reports still on their way.
        for page in self.pages:
            if not page.is_closed():
                with contextlib.suppress(Exception):
                    page.evaluate("0")
        assert not self.violations, (
            "The browser refused content under the Content-Security-Policy (SECURE_CSP):\n"
            + "\n".join(f"- {violation}" for violation in self.violations)
        )


@pytest.fixture(autouse=True)
def csp_watch() -> CspWatch:
    return CspWatch()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    result = yield  # a test that failed already is reported as it failed
    watch = item.funcargs.get("csp_watch")
    if watch is not None:
        watch.assert_none()
    return result


# Data ---------------------------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _links_follow_the_live_server(settings, live_server):
    """Mails, certificates and QR codes link to the server the browser uses, as `make run PORT=…` does."""
    settings.PUBLIC_BASE_URL = live_server.url
    settings.WAGTAILADMIN_BASE_URL = live_server.url


@pytest.fixture(autouse=True)
def _migration_data_is_there(request, live_server):
    """Every journey needs what the migrations wrote; see the module docstring for how it comes back."""
    from django.contrib.auth.models import Group

    from wagtail.models import Site

    from accounts.models import Province, Regency

    marker = request.node.get_closest_marker("django_db")
    if not (marker and marker.kwargs.get("serialized_rollback")):
        pytest.fail(
            "Browser tests need `pytestmark = E2E` from tests.e2e.support (django_db with serialized_rollback=True): "
            "live_server empties the database after each test, and only a serialized rollback "
            "brings back the regions, roles and home page that the migrations created."
        )
    missing = [
        what
        for what, present in [
            ("provinces", Province.objects.filter(code="32").exists()),
            ("regencies", Regency.objects.filter(code="32.73").exists()),
            ("role groups", Group.objects.filter(name="Learner").exists()),
            ("default Wagtail site", Site.objects.filter(is_default_site=True).exists()),
        ]
        if not present
    ]
    assert not missing, f"The migrations' data did not come back: {', '.join(missing)} missing."


# Steps: screenshots and accessibility -------------------------------------------------------------------


class Journey:
    """One test's record: numbered full-page screenshots, and the pages to photograph if it fails."""

    def __init__(self, name: str):
        self.folder = SCREENSHOTS / re.sub(r"[^\w.-]+", "_", name)
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.step = 0
        self.pages: list[Page] = []

    def screenshot(self, page: Page, name: str) -> Path:
        self.step += 1
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        path = self.folder / f"{self.step:02d}-{slug}.png"
        page.screenshot(path=str(path), full_page=True)
        return path


def _axe_source() -> str:
    if not AXE_JS.exists():
        pytest.fail(f"{AXE_JS} is missing: run `make e2e-setup` (npm ci in tests/e2e).")
    return AXE_JS.read_text(encoding="utf-8")


def axe_violations(page: Page) -> list[dict]:
    """Run axe-core on the page as it is now; returns the violations axe reports.

    axe is evaluated through Playwright: an inline <script> would be refused by the site's policy.
    """
    if not page.evaluate("typeof window.axe === 'object'"):
        if page.evaluate(f"window.{SCRIPTS_OFF} === true"):
            page.evaluate(TIMERS_AS_MICROTASKS)
        page.evaluate(_axe_source())
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: tags}).then(r => JSON.stringify(r.violations))",
        AXE_TAGS,
    )
    return json.loads(result)


def describe(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
        lines.append(f"  {violation['helpUrl']}")
        for node in violation["nodes"][:8]:
            summary = " ".join(line.strip() for line in node.get("failureSummary", "").splitlines())
            lines.append(f"    at {' '.join(map(str, node['target']))}: {summary}")
    return "\n".join(lines)


@pytest.fixture
def journey(request) -> Journey:
    journey = Journey(request.node.name)
    yield journey
    report = getattr(request.node, "_e2e_call_report", None)
    if report is not None and report.failed:
        for page in journey.pages:
            if not page.is_closed():
                # A failed screenshot must not hide the real failure.
                with contextlib.suppress(Exception):
                    journey.screenshot(page, "failure")


@pytest.fixture
def check_page(journey):
    """``check_page(page, "step name")``: screenshot the page, then fail on serious or critical axe findings."""

    def check_page(page: Page, name: str) -> None:
        page.wait_for_load_state("load")
        path = journey.screenshot(page, name)
        violations = axe_violations(page)
        blocking = [v for v in violations if v.get("impact") in BLOCKING_IMPACTS]
        minor = [v for v in violations if v not in blocking]
        if minor:  # shown with -s, and in the output of a failing test; not a failure by themselves
            print(f"axe-core, moderate or minor on {name!r} ({page.url}):\n{describe(minor)}")
        if blocking:
            raise AssertionError(
                f"axe-core: serious or critical accessibility problems on {name!r} ({page.url}), "
                f"screenshot {path.relative_to(ROOT)}:\n{describe(blocking)}"
            )

    return check_page


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item._e2e_call_report = report
    return report

"""Trainers and the Ministry read how quizzes work in the admin: pass rates, item analysis, learning gain.

One small course, computed by hand. Its final quiz has four one-point questions: sc (single choice, choice 1
right), tf (true/false, true is right), sk (a branching case: good 100 %, half 50 %, bad 0 %) and easy
(true/false, false is right). Pass mark 70 %.

    attempt  sc        tf      sk             easy    score
    A1       0 ✗       true ✓  bad ✗          ✓       50 %
    A2       1 ✓       false ✗ good ✓         ✓       75 % passed
    B1       1 ✓       true ✓  bad ✗          ✓       75 % passed
    C1       2 ✗       false ✗ unfinished ✗   ✓       25 %

Its pre-test has two true/false questions: A scores 0 % then 100 %, B and C 50 %, D 100 % (D never takes
the final quiz). A and B enrolled in Jawa Barat (32), C and D in DKI Jakarta (31) and Jawa Barat.
"""

from __future__ import annotations

import csv
import io
from urllib.parse import urlsplit

from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

import pytest

from accounts.models import User
from courses.models import ModulePage
from quizzes import analytics
from quizzes.analytics import FLAG_LABELS
from tests.accounts.factories import give_totp
from tests.courses.factories import make_course
from tests.quizzes.factories import make_member, make_submitted_attempt, with_id
from tests.quizzes.support import (
    make_quiz,
    matching,
    multiple_response,
    ordering,
    republish,
    scenario,
    single_choice,
    true_false,
)

pytestmark = pytest.mark.django_db

GOOD, HALF, BAD, UNFINISHED = [0, 0], [0, 1], [1], [0]


def final_questions() -> list[dict]:
    return [
        with_id(single_choice("sc", right=1, size=3), "sc"),
        with_id(true_false("tf", correct=True), "tf"),
        with_id(scenario("sk", points=1), "sk"),
        with_id(true_false("easy", correct=False), "easy"),
    ]


@pytest.fixture
def course():
    return make_course(title="Kursus Analitik", modules=2, lessons_per_module=1)


@pytest.fixture
def final_quiz(course):
    quiz = make_quiz(course, questions=final_questions(), pass_mark=70)
    return republish(quiz, title="Penilaian akhir")


@pytest.fixture
def pretest(course):
    first_module = ModulePage.objects.child_of(course).order_by("path").first()
    quiz = make_quiz(
        course,
        module=first_module,
        mode="pretest",
        required=False,
        questions=[with_id(true_false("p1"), "p1"), with_id(true_false("p2"), "p2")],
    )
    return republish(quiz, title="Pra-tes")


@pytest.fixture
def members():
    return {
        "a": make_member(province="32"),
        "b": make_member(province="32"),
        "c": make_member(province="31"),
        "d": make_member(province="32"),
    }


@pytest.fixture
def final_attempts(final_quiz, members):
    a, b, c = members["a"], members["b"], members["c"]
    return [
        make_submitted_attempt(a, final_quiz, {"sc": 0, "tf": True, "sk": BAD, "easy": False}),
        make_submitted_attempt(a, final_quiz, {"sc": 1, "tf": False, "sk": GOOD, "easy": False}),
        make_submitted_attempt(b, final_quiz, {"sc": 1, "tf": True, "sk": BAD, "easy": False}),
        make_submitted_attempt(
            c, final_quiz, {"sc": 2, "tf": False, "sk": UNFINISHED, "easy": False}
        ),
    ]


@pytest.fixture
def pretest_attempts(pretest, members):
    return [
        make_submitted_attempt(members["a"], pretest, {"p1": False, "p2": False}),
        make_submitted_attempt(members["a"], pretest, {"p1": True, "p2": True}),
        make_submitted_attempt(members["b"], pretest, {"p1": True, "p2": False}),
        make_submitted_attempt(members["c"], pretest, {"p1": True, "p2": False}),
        make_submitted_attempt(members["d"], pretest, {"p1": True, "p2": True}),
    ]


@pytest.fixture
def data(final_attempts, pretest_attempts):
    return final_attempts + pretest_attempts


def by_id(analysis) -> dict[str, analytics.QuestionStats]:
    return {question.id: question for question in analysis.questions}


def spread(question) -> list[tuple[str, int, bool | None]]:
    return [(option.label, option.count, option.correct) for option in question.options]


@pytest.fixture
def every_group_shown(monkeypatch):
    """The hand-computed data set is smaller than the anonymity minimum; show its groups anyway."""
    monkeypatch.setattr(analytics, "MIN_GROUP_SIZE", 1)


def read_csv(response) -> list[list[str]]:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


def row_of(rows: list[list[str]], column: int, value: str) -> list[str]:
    return next(row for row in rows if row[column] == value)


def quiz_url(quiz) -> str:
    return reverse("quiz_analytics:quiz", args=[quiz.pk])


def localised(label) -> str:
    with translation.override("id"):
        return str(label)


# The numbers -------------------------------------------------------------------------------------------


def test_the_attempts_check_the_hand_computed_scores(final_attempts):
    assert [attempt.percent for attempt in final_attempts] == [50.0, 75.0, 75.0, 25.0]
    assert [attempt.passed for attempt in final_attempts] == [False, True, True, False]


def test_the_summary_counts_attempts_members_pass_rates_and_average_scores(final_quiz, data):
    summary = analytics.quiz_analysis(final_quiz).summary

    assert (summary.attempts, summary.members) == (4, 3)
    assert summary.attempt_pass_rate == pytest.approx(50.0)  # 2 of 4 attempts
    assert summary.member_pass_rate == pytest.approx(200 / 3)  # A and B of A, B, C
    assert summary.average == pytest.approx(56.25)  # (50 + 75 + 75 + 25) / 4
    assert summary.average_best == pytest.approx(175 / 3)  # (75 + 75 + 25) / 3


def test_the_index_lists_every_quiz_with_its_course_and_figures(final_quiz, pretest, data):
    draft = make_quiz(final_quiz.get_parent().get_parent(), questions=final_questions())
    draft.unpublish()

    rows = {row.quiz.pk: row for row in analytics.quiz_overview()}

    final = rows[final_quiz.pk]
    assert final.course_title == "Kursus Analitik"
    assert (final.summary.attempts, final.summary.members) == (4, 3)
    assert final.summary.attempt_pass_rate == pytest.approx(50.0)
    assert final.summary.member_pass_rate == pytest.approx(200 / 3)
    assert final.summary.average == pytest.approx(56.25)
    assert (rows[pretest.pk].summary.attempts, rows[pretest.pk].summary.members) == (5, 4)
    assert rows[pretest.pk].summary.average == pytest.approx(60.0)  # (0 + 100 + 50 + 50 + 100) / 5
    assert rows[draft.pk].summary.attempts == 0


def test_the_index_page_shows_the_figures(client, trainer, final_quiz, pretest, data):
    client.force_login(trainer)

    html = client.get(reverse("quiz_analytics:index")).content.decode()

    assert "Penilaian akhir" in html and "Pra-tes" in html and "Kursus Analitik" in html
    assert (
        "56,2 %" in html or "56,3 %" in html
    )  # the average score, with the Indonesian decimal comma
    assert "66,7 %" in html  # members passed
    assert quiz_url(final_quiz) in html


def test_difficulty_counts_every_attempt_not_only_each_members_last(final_quiz, data):
    questions = by_id(analytics.quiz_analysis(final_quiz))

    # sc was right in A2 and B1 of four attempts: 50 %. Counting only the last attempts would give 66.7 %.
    assert questions["sc"].asked == 4
    assert questions["sc"].difficulty == pytest.approx(50.0)
    assert questions["tf"].difficulty == pytest.approx(50.0)
    assert questions["sk"].difficulty == pytest.approx(25.0)
    assert questions["easy"].difficulty == pytest.approx(100.0)


def test_discrimination_is_the_correlation_of_the_item_with_the_rest_of_the_attempt(
    final_quiz, data
):
    questions = by_id(analytics.quiz_analysis(final_quiz))

    # sc: item scores 0, 1, 1, 0 against the other three questions' scores 2/3, 2/3, 2/3, 1/3:
    # r = 1/√3. tf: item 1, 0, 1, 0 against 1/3, 1, 2/3, 1/3: r = −1/√11 (weaker attempts did better).
    assert questions["sc"].discrimination == pytest.approx(3**-0.5)
    assert questions["tf"].discrimination == pytest.approx(-(11**-0.5))
    # Everyone got "easy" right: a question nobody misses cannot tell members apart.
    assert questions["easy"].discrimination is None


def test_questions_that_are_too_easy_too_hard_or_weak_are_flagged(final_quiz, data):
    questions = by_id(analytics.quiz_analysis(final_quiz))

    assert questions["sc"].flags == []
    assert questions["tf"].flags == ["weak"]
    assert questions["sk"].flags == ["hard", "weak"]
    assert questions["easy"].flags == ["easy"]


def test_the_flags_are_written_out_on_the_quiz_page(client, trainer, final_quiz, data):
    client.force_login(trainer)

    html = client.get(quiz_url(final_quiz)).content.decode()

    for flag in ("easy", "hard", "weak"):
        assert f"<strong>{localised(FLAG_LABELS[flag])}</strong>" in html
    assert "Soal sc: pilih satu." in html


def test_the_spread_of_answers_counts_each_choice_and_marks_the_right_one(final_quiz, data):
    questions = by_id(analytics.quiz_analysis(final_quiz))

    assert spread(questions["sc"]) == [
        ("Pilihan sc0", 1, False),
        ("Pilihan sc1", 2, True),
        ("Pilihan sc2", 1, False),
    ]
    assert [(option.count, option.correct) for option in questions["tf"].options] == [
        (2, True),
        (2, False),
    ]
    assert [(option.count, option.correct) for option in questions["easy"].options] == [
        (0, False),
        (4, True),
    ]
    assert [option.share for option in questions["sc"].options] == [25.0, 50.0, 25.0]


def test_the_spread_of_a_case_counts_the_endings_reached(final_quiz, data):
    sk = by_id(analytics.quiz_analysis(final_quiz))["sk"]

    assert [(option.label, option.count, option.score) for option in sk.options[:3]] == [
        ("END-sk-good", 1, 100),
        ("END-sk-half", 0, 50),
        ("END-sk-bad", 2, 0),
    ]
    assert sk.options[0].correct is True  # the best ending
    assert (sk.options[3].count, sk.options[3].correct) == (1, None)  # C1 never reached an ending


def test_ordering_matching_and_multiple_response_report_the_share_fully_correct(course):
    quiz = make_quiz(
        course,
        questions=[
            with_id(multiple_response("mr", right=(0, 1), size=4), "mr"),
            with_id(ordering("or", size=3), "or"),
            with_id(matching("ma", size=3), "ma"),
        ],
    )
    make_submitted_attempt(make_member(), quiz, {"mr": [0, 1], "or": [0, 1, 2], "ma": [0, 1, 2]})
    make_submitted_attempt(make_member(), quiz, {"mr": [0, 2], "or": [0, 2, 1], "ma": [1, 0, 2]})

    questions = by_id(analytics.quiz_analysis(quiz))

    for question_id in ("mr", "or", "ma"):
        assert questions[question_id].fully_correct == 1
        assert questions[question_id].fully_correct_share == pytest.approx(50.0)
    # Partial credit: one right and one wrong pick cancel out; one item of three in its place.
    assert questions["mr"].difficulty == pytest.approx(50.0)
    assert questions["or"].difficulty == pytest.approx(100 * (1 + 1 / 3) / 2, abs=0.01)
    assert questions["ma"].difficulty == pytest.approx(100 * (1 + 1 / 3) / 2, abs=0.01)
    assert [(option.count, option.correct) for option in questions["mr"].options] == [
        (2, True),
        (1, True),
        (1, False),
        (0, False),
    ]


def test_question_texts_follow_the_latest_revision_and_removed_questions_stay(final_quiz, data):
    questions = final_questions()[:3]
    questions[0]["value"]["prompt"] = "<p>Pertanyaan sc yang diperbaiki</p>"
    quiz = republish(final_quiz, questions=[*questions, with_id(true_false("new"), "new")])

    stats = by_id(analytics.quiz_analysis(quiz))

    assert stats["sc"].prompt == "Pertanyaan sc yang diperbaiki"
    assert stats["sc"].difficulty == pytest.approx(50.0)
    assert (stats["new"].number, stats["new"].asked) == (4, 0)
    assert stats["easy"].removed and stats["easy"].asked == 4
    assert stats["easy"].prompt == "Soal easy: benar atau salah?"


@pytest.mark.usefixtures("every_group_shown")
def test_learning_gain_compares_the_first_pretest_attempt_with_the_best_final(
    final_quiz, pretest, data
):
    (gain,) = analytics.course_gains()

    assert (gain.pretest_id, gain.final_id) == (pretest.pk, final_quiz.pk)
    overall = gain.overall
    # A: 0 → 75, B: 50 → 75, C: 50 → 25; D took only the pre-test.
    assert overall.members == 3
    assert overall.pre == pytest.approx(100 / 3)
    assert overall.post == pytest.approx(175 / 3)
    assert overall.gain == pytest.approx(25.0)
    assert overall.normalised == pytest.approx(25 / (100 - 100 / 3))  # 0.375

    provinces = {row.code: row for row in gain.provinces}
    assert set(provinces) == {"31", "32"}
    assert (provinces["32"].members, provinces["32"].pre, provinces["32"].post) == (2, 25.0, 75.0)
    assert provinces["32"].normalised == pytest.approx(50 / 75)
    assert (provinces["31"].members, provinces["31"].gain) == (1, -25.0)
    assert provinces["31"].normalised == pytest.approx(-0.5)


def test_groups_too_small_to_stay_anonymous_show_only_their_size(client, ministry, data):
    # The data set has groups of 3 (the course), 2 and 1 members (provinces): all below the minimum.
    (gain,) = analytics.course_gains()

    assert gain.overall.hidden and gain.overall.members == 3 and gain.overall.pre is None
    assert all(row.hidden and row.post is None for row in gain.provinces)
    client.force_login(ministry)
    rows = read_csv(client.get(reverse("quiz_analytics:gain_provinces_csv")))
    assert all(row[5:] == ["", "", "", ""] for row in rows[1:])
    client.cookies["sigap_language"] = "en"
    page = client.get(reverse("quiz_analytics:gain"))
    assert "Hidden: fewer than 5 members" in page.content.decode()


def test_the_overall_row_hides_too_when_subtraction_would_reveal_a_hidden_province(
    monkeypatch, data
):
    # Groups of two and more are shown here: Jawa Barat (2) is, DKI Jakarta (1) is not, and overall (3)
    # minus Jawa Barat would give DKI's one member's scores.
    monkeypatch.setattr(analytics, "MIN_GROUP_SIZE", 2)

    (gain,) = analytics.course_gains()

    provinces = {row.code: row for row in gain.provinces}
    assert not provinces["32"].hidden and provinces["31"].hidden
    assert gain.overall.hidden and gain.overall.pre is None and gain.overall.members == 3


def test_a_course_without_a_pretest_has_no_gain(final_quiz, final_attempts):
    assert analytics.course_gains() == []


@pytest.mark.usefixtures("every_group_shown")
def test_the_gain_page_shows_each_course_and_province(client, ministry, data):
    client.force_login(ministry)

    html = client.get(reverse("quiz_analytics:gain")).content.decode()

    assert "Kursus Analitik" in html
    assert "Jawa Barat" in html and "Daerah Khusus Ibukota Jakarta" in html
    assert "+25,0" in html  # the mean gain in points
    assert "0,38" in html  # the normalised gain


# CSV ---------------------------------------------------------------------------------------------------


def test_the_index_csv_has_the_figures_as_plain_numbers(client, trainer, final_quiz, data):
    client.force_login(trainer)

    rows = read_csv(client.get(reverse("quiz_analytics:index_csv")))

    row = row_of(rows, 0, str(final_quiz.pk))
    assert row[1:4] == ["Penilaian akhir", "Kursus Analitik", "final"]
    assert [int(row[5]), int(row[6])] == [4, 3]
    assert float(row[7]) == 50.0
    assert float(row[8]) == pytest.approx(66.7)
    assert float(row[9]) == pytest.approx(56.25, abs=0.05)


def test_the_question_csv_has_difficulty_discrimination_and_flags(
    client, trainer, final_quiz, data
):
    client.force_login(trainer)

    rows = read_csv(client.get(reverse("quiz_analytics:questions_csv", args=[final_quiz.pk])))

    sc, tf, easy = (row_of(rows, 1, question_id) for question_id in ("sc", "tf", "easy"))
    assert (sc[0], sc[5], float(sc[6]), float(sc[7])) == ("1", "4", 50.0, 0.577)
    assert float(tf[7]) == -0.302
    assert tf[9] == localised(FLAG_LABELS["weak"])
    assert (float(easy[6]), easy[7]) == (100.0, "")


def test_the_answers_csv_has_the_count_of_each_option(client, trainer, final_quiz, data):
    client.force_login(trainer)

    rows = read_csv(client.get(reverse("quiz_analytics:options_csv", args=[final_quiz.pk])))

    sc = [(row[3], row[4], int(row[6]), float(row[7])) for row in rows if row[1] == "sc"]
    assert sc == [
        ("Pilihan sc0", "0", 1, 25.0),
        ("Pilihan sc1", "1", 2, 50.0),
        ("Pilihan sc2", "0", 1, 25.0),
    ]
    good = row_of(rows, 3, "END-sk-good")
    assert (good[5], good[6]) == ("100", "1")


@pytest.mark.usefixtures("every_group_shown")
def test_the_gain_csvs_have_the_course_and_province_figures(client, ministry, course, data):
    client.force_login(ministry)

    courses = read_csv(client.get(reverse("quiz_analytics:gain_courses_csv")))
    provinces = read_csv(client.get(reverse("quiz_analytics:gain_provinces_csv")))

    row = row_of(courses, 0, str(course.pk))
    assert [float(value) for value in row[4:]] == [3, 33.3, 58.3, 25.0, 0.375]
    jabar = row_of(provinces, 2, "32")
    assert [float(value) for value in jabar[4:]] == [2, 25.0, 75.0, 50.0, 0.667]
    dki = row_of(provinces, 2, "31")
    assert [float(value) for value in dki[4:]] == [1, 50.0, 25.0, -25.0, -0.5]


def test_no_csv_names_a_member(client, trainer, final_quiz, data, members):
    client.force_login(trainer)
    urls = [
        reverse("quiz_analytics:index_csv"),
        reverse("quiz_analytics:questions_csv", args=[final_quiz.pk]),
        reverse("quiz_analytics:options_csv", args=[final_quiz.pk]),
        reverse("quiz_analytics:gain_courses_csv"),
        reverse("quiz_analytics:gain_provinces_csv"),
    ]

    text = "".join(b"".join(client.get(url).streaming_content).decode() for url in urls)

    for member in members.values():
        assert member.email not in text
        assert member.profile.full_name not in text


# Who may see it ----------------------------------------------------------------------------------------


def analytics_urls(quiz) -> list[str]:
    return [
        reverse("quiz_analytics:index"),
        quiz_url(quiz),
        reverse("quiz_analytics:gain"),
        reverse("quiz_analytics:questions_csv", args=[quiz.pk]),
    ]


def test_anonymous_visitors_are_sent_to_sign_in(client, final_quiz):
    for url in analytics_urls(final_quiz):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize("role_fixture", ["learner", "coordinator_jabar"])
def test_learners_and_coordinators_are_turned_away(client, request, role_fixture, final_quiz):
    client.force_login(request.getfixturevalue(role_fixture))

    for url in analytics_urls(final_quiz):
        response = client.get(url)
        assert response.status_code in (302, 403)
        assert not urlsplit(response.get("Location", "")).path.startswith("/admin/quiz-analytics/")


def test_admin_access_without_a_trainer_or_ministry_role_is_not_enough(client, final_quiz):
    editors = Group.objects.create(name="Editors")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    user = make_member()
    user.groups.add(editors)
    give_totp(user)
    client.force_login(user)

    response = client.get(reverse("quiz_analytics:index"))
    home = client.get(reverse("wagtailadmin_home"))

    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    assert reverse("quiz_analytics:index") not in home.content.decode()


@pytest.mark.parametrize("role_fixture", ["trainer", "ministry"])
def test_trainers_and_the_ministry_open_every_analytics_page(
    client, request, role_fixture, final_quiz
):
    client.force_login(request.getfixturevalue(role_fixture))

    for url in analytics_urls(final_quiz):
        assert client.get(url).status_code == 200


def test_superusers_open_the_analytics(client, final_quiz):
    root = User.objects.create_superuser(email="root@example.org", password="x-strong-password-1")
    give_totp(root)
    client.force_login(root)

    assert client.get(reverse("quiz_analytics:index")).status_code == 200


def test_the_admin_menu_links_to_quiz_analytics_for_trainers(client, trainer):
    client.force_login(trainer)

    html = client.get(reverse("wagtailadmin_home")).content.decode()

    assert reverse("quiz_analytics:index") in html


def test_a_quizs_editor_and_its_row_in_the_page_listing_link_to_its_analytics(
    client, trainer, final_quiz
):
    client.force_login(trainer)

    editor = client.get(reverse("wagtailadmin_pages:edit", args=[final_quiz.pk]))
    listing = client.get(reverse("wagtailadmin_explore", args=[final_quiz.get_parent().pk]))
    module = final_quiz.get_parent()
    module_editor = client.get(reverse("wagtailadmin_pages:edit", args=[module.pk]))

    assert editor.status_code == 200
    assert quiz_url(final_quiz) in editor.content.decode()
    assert quiz_url(final_quiz) in listing.content.decode()
    assert quiz_url(module) not in module_editor.content.decode()  # only quizzes have analytics


# Query counts ------------------------------------------------------------------------------------------


def queries_for(client, url: str) -> int:
    client.get(url)  # warm the caches (revisions' questions, content types), as on a running server
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


INDEX_QUERIES = 14
QUIZ_QUERIES = 16


def test_the_index_page_does_not_grow_with_quizzes_or_attempts(
    client, trainer, django_assert_max_num_queries, final_quiz, course
):
    client.force_login(trainer)
    url = reverse("quiz_analytics:index")
    make_submitted_attempt(make_member(), final_quiz, {"sc": 1})
    few = queries_for(client, url)

    for _n in range(3):
        quiz = make_quiz(course, questions=final_questions())
        make_submitted_attempt(make_member(), quiz, {"sc": 1, "tf": True})
    make_submitted_attempt(make_member(), final_quiz, {"sc": 0})

    assert queries_for(client, url) == few
    with django_assert_max_num_queries(INDEX_QUERIES):
        client.get(url)


def test_the_quiz_page_does_not_grow_with_attempts(
    client, trainer, django_assert_max_num_queries, final_quiz
):
    client.force_login(trainer)
    url = quiz_url(final_quiz)
    make_submitted_attempt(make_member(), final_quiz, {"sc": 1})
    few = queries_for(client, url)

    for _n in range(4):
        make_submitted_attempt(make_member(), final_quiz, {"sc": 1, "sk": GOOD})

    assert queries_for(client, url) == few
    with django_assert_max_num_queries(QUIZ_QUERIES):
        client.get(url)

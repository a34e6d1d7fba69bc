"""Demo quiz content for the three demo courses (issue 4: scenario quizzes), written ahead of the quiz engine.

Plain Python data, reviewed like the course texts in courses/demo/, loaded by ``manage.py seed_demo`` once the
quiz pages exist. Every choice's feedback explains the principle and its legal basis; a question may point to
the lesson that teaches it (by lesson slug from courses/demo/course_*.py).

``quiz_*.py`` define QUIZZES: a list of quiz dicts —
    course: the course slug; slug; title (Indonesian); title_en; intro (Indonesian, 1–3 sentences); intro_en;
    mode: "final" (graded for completion) or "pretest" (not graded: measures what members knew before);
    pass_mark: percent (final quizzes); questions: [QUESTION, ...]
QUESTION: one dict with "type" and, for every type, "prompt" (Indonesian; plain text or <p>), "prompt_en"
(English), "lesson" (a lesson slug of the same course, or ""), "points" (int, default 1), plus per type:
    "single_choice":     choices: [{text, text_en, correct: bool, feedback, feedback_en}]  (exactly one correct)
    "multiple_response": choices: [... same ...]                                           (two or more correct)
    "true_false":        correct: bool; feedback_true(_en) is shown to a learner who answered "true",
                         feedback_false(_en) to one who answered "false"
    "ordering":          items: [{text, text_en}] in the correct order; feedback, feedback_en
    "matching":          pairs: [{left, left_en, right, right_en}]; feedback, feedback_en
    "scenario":          a branching case: title, title_en, start (a step key), steps: [STEP, ...], endings:
                         [{key, text, text_en, score (0–100, percent of the question's points)}]
        STEP: {key, narrative, narrative_en, choices: [{text, text_en, feedback, feedback_en, next}]} where
        next is another step's key or an ending's key. Every path must reach an ending.
Feedback is Indonesian first with English alongside, explains why (the principle) and names its basis (law and
article, as in the lessons); unconfirmed points from the research brief stay out.
"""

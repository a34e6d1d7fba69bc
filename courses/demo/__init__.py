"""Demo content that ships with Sigap: three real courses written from shared research, seeded by
``manage.py seed_demo``.

Format (plain Python data, so a reviewer can read and correct the text without a database):

``regulations.py``  REGULATIONS: list of dicts — key, kind (uu, pp, perpres, permen, perma, international),
                    number, year, title_id, title_en, status (in_force, amended, revoked), amended_by (list of keys).
``glossary.py``     TERMS: list of dicts — term (Indonesian), gloss_en, definition (Indonesian, own words).
``course_*.py``     COURSE: one dict —
    slug, title (Indonesian), title_en, summary (Indonesian, 1–3 sentences), summary_en,
    regulations: [regulation keys], audience_agencies: [AgencyType values] (empty = everyone),
    audience_levels: [TaskForceLevel values] (empty = every level), objectives: [Indonesian sentences],
    objectives_en: [...], estimated_minutes: int,
    modules: [ {slug, title, title_en, lessons: [LESSON, ...]} ]
  LESSON: slug, title, title_en, minutes, required (bool), summary_en (English summary, 60–150 words),
    body: list of (block_type, value) pairs, block types and values:
      ("text", "<p>…</p>")                       rich text: <p>, <strong>, <em>, <ul>/<ol>/<li> only
      ("heading", "…")                           a section heading inside the lesson
      ("callout", {"kind": "note"|"warning"|"principle", "title": "…", "text": "<p>…</p>"})
      ("citation", {"regulation": KEY, "article": "Pasal 51 ayat (2)", "point": "the point in our words"})
      ("case_study", {"title": "…", "situation": "<p>…</p>", "discussion": "<p>…</p>"})
      ("checklist", {"title": "…", "items": ["…", "…"]})
      ("takeaways", ["…", "…"])                  key takeaways
      ("glossary", TERM)                         a term from glossary.py, by its Indonesian term
      ("faq", [{"question": "…", "answer": "<p>…</p>"}, …])
      ("table", {"caption": "…", "header": ["…", "…"], "rows": [["…", "…"], …]})
      ("reflection", "a question the learner answers privately")
"""

"""The quizzes' part of a course outline, for templates of the courses app."""

from django import template

from ..selectors import standings

register = template.Library()


@register.simple_tag(takes_context=True)
def quiz_standings(context, outline):
    """The signed-in member's standing in every quiz of ``outline``, in one query."""
    quiz_ids = [quiz.pk for module in outline for quiz in module.quizzes]
    return standings(context["request"].user, quiz_ids)


@register.filter
def standing_of(standings_by_quiz, quiz):
    return standings_by_quiz.get(quiz.pk) if standings_by_quiz else None

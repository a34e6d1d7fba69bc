from .attempts import Attempt, Response
from .pages import QuizPage

__all__ = ["Attempt", "QuizPage", "Response"]

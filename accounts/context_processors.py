from .roles import COORDINATOR, MINISTRY, can_use_admin
from .scoping import role_names


def roles(request):
    """Which staff links to show, from the role groups the request already loaded (no extra query)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"can_use_admin": False, "can_see_coverage": False}
    return {
        "can_use_admin": can_use_admin(user),
        "can_see_coverage": user.is_superuser or bool(role_names(user) & {COORDINATOR, MINISTRY}),
    }

from .roles import ADMIN_ROLES
from .scoping import role_names


def roles(request):
    """Whether to show the admin link, from the role groups the request already loaded (no extra query)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"can_use_admin": False}
    return {"can_use_admin": user.is_superuser or bool(role_names(user) & ADMIN_ROLES)}

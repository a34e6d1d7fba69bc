from .roles import can_use_admin


def roles(request):
    """Whether to show the admin link, from the role groups the request already loaded (no extra query)."""
    user = getattr(request, "user", None)
    return {"can_use_admin": user is not None and can_use_admin(user)}

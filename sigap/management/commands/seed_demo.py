"""Demo data for trying Sigap out: one account per role (public passwords: demo only) and the three demo courses."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from allauth.account.models import EmailAddress

from accounts.models import AgencyType, Profile, Province, TaskForceLevel, User
from accounts.roles import LEARNER, MINISTRY, TRAINER
from accounts.services import coordinator_assign, profile_save, role_add
from courses.demo.seed import seed_courses
from quizzes.demo.seed import seed_quizzes

# (e-mail, password, role, profile fields, coordinator region)
DEMO_ACCOUNTS = [
    (
        "peserta@demo.sigap.id",
        "peserta-demo-2026",
        LEARNER,
        (
            "Rina Wulandari",
            AgencyType.DP3A,
            "Konselor UPTD PPA",
            TaskForceLevel.REGENCY,
            "53",
            "53.71",
        ),
        None,
    ),
    (
        "pelatih@demo.sigap.id",
        "pelatih-demo-2026",
        TRAINER,
        (
            "Agus Santoso",
            AgencyType.SOCIAL,
            "Pekerja sosial",
            TaskForceLevel.PROVINCIAL,
            "35",
            "35.78",
        ),
        None,
    ),
    (
        "koordinator@demo.sigap.id",
        "koordinator-demo-2026",
        None,
        (
            "Dewi Lestari",
            AgencyType.DP3A,
            "Kepala Bidang PPA",
            TaskForceLevel.PROVINCIAL,
            "32",
            "32.73",
        ),
        "32",
    ),
    (
        "kementerian@demo.sigap.id",
        "kementerian-demo-2026",
        MINISTRY,
        (
            "Budi Hartono",
            AgencyType.OTHER,
            "Analis Kebijakan",
            TaskForceLevel.NATIONAL,
            "31",
            "31.71",
        ),
        None,
    ),
]


class Command(BaseCommand):
    help = "Create one demo account per role and the demo courses. Idempotent; demo only."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Allow running with DEBUG off.")
        parser.add_argument("--skip-courses", action="store_true", help="Only the demo accounts.")

    @transaction.atomic
    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "Demo accounts have public passwords; refusing with DEBUG off (use --force)."
            )
        self.stdout.write("Demo accounts (demo only — public passwords):")
        for email, password, role, fields, coordinated_province in DEMO_ACCOUNTS:
            user = User.objects.filter(email=email).first()
            if user is None:
                user = User.objects.create_user(email=email, password=password)
            EmailAddress.objects.update_or_create(
                user=user, email=email, defaults={"verified": True, "primary": True}
            )
            full_name, agency, position, level, province, regency = fields
            profile = Profile.objects.filter(user=user).first() or Profile(user=user)
            profile.full_name, profile.agency_type, profile.position = full_name, agency, position
            profile.task_force_level = level
            profile.province_id, profile.regency_id = province, regency
            profile_save(user=user, profile=profile)
            role_add(user=user, role=LEARNER)
            if role:
                role_add(user=user, role=role)
            if coordinated_province:
                coordinator_assign(
                    user=user, province=Province.objects.get(code=coordinated_province)
                )
                role_label = "Regional coordinator (Jawa Barat)"
            else:
                role_label = role or LEARNER
            self.stdout.write(f"  {role_label:<36} {email:<28} {password}")
        self.stdout.write(
            "Staff roles are asked to set up two-factor sign-in (an authenticator app) at their first sign-in."
        )
        if not options.get("skip_courses"):
            courses = seed_courses()
            self.stdout.write(f"Demo courses: {', '.join(course.title for course in courses)}")
            quizzes = seed_quizzes()
            self.stdout.write(f"Demo quizzes: {', '.join(quiz.title for quiz in quizzes)}")

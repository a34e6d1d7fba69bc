"""`manage.py db_worker`, except that a certificate's PDF, once rendered, is never handed back.

test_worker_killed.py starts this as the first worker: it claims the certificate task, renders the PDF, writes
the certificate's number to the file named by SIGAP_FAULT_RENDERED and then waits for ever, inside the render,
where the test kills it. The stall lives in this process only (nothing in the application knows about it);
every other line the worker runs is production's.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import django  # noqa: E402

django.setup()

from django.core.management import execute_from_command_line  # noqa: E402

from certificates import services  # noqa: E402

render_pdf = services.render_pdf


def render_and_stall(certificate, template) -> bytes:
    render_pdf(certificate, template)
    Path(os.environ["SIGAP_FAULT_RENDERED"]).write_text(certificate.number)
    threading.Event().wait()  # until SIGKILL
    raise AssertionError("unreachable")


services.render_pdf = render_and_stall

if __name__ == "__main__":
    execute_from_command_line(["manage.py", *sys.argv[1:]])

"""The admin commands' MFA prompter: the code typed on the terminal, or a clear error.

A command run by a scheduler, or with its input redirected, has nobody to ask: a profile that
needs a code then fails at once with a message saying to run it in a terminal, instead of
waiting for input that never comes (or botocore's ``EOFError``).
"""

from __future__ import annotations

import getpass
import sys
from typing import TextIO

from desktop.data.errors import CredentialsError
from desktop.data.prompts import MfaPrompter, MfaRequest
from desktop.i18n import tr

_CONTEXT = "cli"


def terminal_prompter(stdin: TextIO | None = None, err: TextIO | None = None) -> MfaPrompter:
    """Asks on the terminal when there is one (the code is not echoed), else refuses."""
    stdin = stdin or sys.stdin
    err = err or sys.stderr
    if not stdin.isatty():
        return no_terminal

    def ask(request: MfaRequest) -> str:
        if request.refused:
            print(
                tr(_CONTEXT, "AWS did not accept that code. Wait for a new one."),
                file=err,
            )
        return getpass.getpass(f"MFA code for {request.serial}: ", stream=err)

    return ask


def no_terminal(request: MfaRequest) -> str:
    raise CredentialsError(
        tr(
            _CONTEXT,
            "The AWS profile '{profile}' needs an MFA code: run the command in a terminal, "
            "where it can ask for the code.",
        ).format(profile=request.profile),
        code="MfaCodeNeeded",
        detail=request.serial,
    )

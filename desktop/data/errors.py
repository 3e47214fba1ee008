"""The project's exceptions: what went wrong, in words staff can act on.

Every failure of the data layer is one of these. ``str(error)`` is the translated message for
a person; ``code`` keeps the AWS error code and ``detail`` the technical text for the log and
the "Details" of a message (:meth:`StoreError.details`). Neither ever holds a secret. All
messages live here, in one place, ready for translation.

The message speaks to staff: "the shared calendar", "the calendar server", never the
database's name, a table or an endpoint; those stay in ``detail`` for whoever fixes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop.domain.display import isolated
from desktop.domain.temporary_keys import expiry_text
from desktop.i18n import tr

if TYPE_CHECKING:
    from datetime import datetime

    from desktop.domain.models import Department, Event
    from desktop.domain.validation import FieldError

_CONTEXT = "errors"


class StoreError(Exception):
    """Base of every data-layer error."""

    def __init__(self, message: str, *, code: str = "", detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.detail = detail

    def __str__(self) -> str:
        return self.message

    def details(self) -> str:
        """The technical part (error code, endpoint, table) for a "Details" line, or ""."""
        return ": ".join(part for part in (self.code, self.detail) if part)

    def log_text(self) -> str:
        """One line for the log: the class, the AWS code and the technical detail."""
        parts = [type(self).__name__]
        if self.code:
            parts.append(self.code)
        if self.detail:
            parts.append(self.detail)
        return ": ".join(parts)


class OfflineError(StoreError):
    """No route, DNS failure, refused or reset connection, connect or read timeout."""

    @classmethod
    def build(cls, endpoint: str, detail: str) -> OfflineError:
        return cls(
            tr(
                _CONTEXT,
                "Cannot reach the calendar server. Check the network connection and try "
                "again; if this keeps happening, ask your administrator to check the "
                "connection in Settings.",
            ),
            code="Offline",
            detail=f"{endpoint}: {detail}" if detail else endpoint,
        )


class CertificateError(StoreError):
    """The server's certificate is not trusted here: a setting to fix, not a network to wait for.

    Behind a proxy that inspects secure connections the proxy answers with a certificate of its
    own; until its root is trusted (the computer's store, or ``network/ca_bundle``) every
    request fails the same way, so retrying does not help and the app is not "offline".
    """

    @classmethod
    def not_trusted(cls, endpoint: str, detail: str) -> CertificateError:
        return cls(
            tr(
                _CONTEXT,
                "The calendar server's certificate is not trusted by this computer, so the "
                "connection was stopped. If your organisation inspects secure connections, ask "
                "IT to set the CA bundle (network/ca_bundle) to its root certificate.",
            ),
            code="CertificateNotTrusted",
            detail=f"{endpoint}: {detail}" if detail else endpoint,
        )


class NotConnectedError(OfflineError):
    """A request before the data layer has started (or while it restarts)."""

    @classmethod
    def now(cls) -> NotConnectedError:
        return cls(
            tr(_CONTEXT, "Not connected to the calendar server yet. Wait a moment and try again."),
            code="NotConnected",
        )


class CredentialsError(StoreError):
    """Missing, wrong or expired credentials."""

    @classmethod
    def missing(cls, detail: str = "") -> CredentialsError:
        return cls(
            tr(
                _CONTEXT,
                "No AWS credentials were found. Enter an access key in Settings, choose an "
                "AWS profile, or ask your administrator.",
            ),
            code="NoCredentials",
            detail=detail,
        )

    @classmethod
    def invalid(cls, code: str, detail: str) -> CredentialsError:
        return cls(
            tr(
                _CONTEXT,
                "AWS did not accept the access key. Check the access key ID and secret in "
                "Settings; the key may have been deleted or deactivated.",
            ),
            code=code,
            detail=detail,
        )

    @classmethod
    def expired(cls, code: str, detail: str) -> CredentialsError:
        return cls(
            tr(
                _CONTEXT,
                "The AWS credentials have expired. Sign in again or enter a new access key "
                "in Settings.",
            ),
            code=code,
            detail=detail,
        )

    @classmethod
    def sso_expired(cls, profile: str, detail: str) -> CredentialsError:
        return cls(
            tr(
                _CONTEXT,
                "The AWS sign-in for profile '{profile}' has expired. Sign in again (Sign "
                "in, or the command aws sso login --profile {profile}), then try again.",
            ).format(profile=profile),
            code="SSOTokenExpired",
            detail=detail,
        )

    # --- signing an SSO profile in from the app (desktop/data/sso_login.py) -------------------

    @classmethod
    def sso_not_set_up(cls, profile: str, detail: str) -> CredentialsError:
        return cls(
            tr(
                _CONTEXT,
                "The AWS profile '{profile}' does not sign in with AWS IAM Identity Center "
                "(SSO), or its set-up is incomplete. Ask your administrator to check it.",
            ).format(profile=profile),
            code="SsoNotSetUp",
            detail=detail,
        )

    @classmethod
    def sso_cancelled(cls, profile: str) -> CredentialsError:
        return cls(
            tr(
                _CONTEXT,
                "Sign-in cancelled for the AWS profile '{profile}'. Changes not yet sent are "
                "kept and go when you sign in.",
            ).format(profile=profile),
            code="SsoCancelled",
        )

    @classmethod
    def sso_refused(cls, profile: str, detail: str) -> CredentialsError:
        return cls(
            tr(
                _CONTEXT,
                "The sign-in for the AWS profile '{profile}' was refused in the browser. "
                "Sign in again and choose Allow; if you did, ask your administrator whether "
                "your account may use this AWS account.",
            ).format(profile=profile),
            code="SsoRefused",
            detail=detail,
        )

    @classmethod
    def sso_code_expired(cls, profile: str, detail: str) -> CredentialsError:
        return cls(
            tr(
                _CONTEXT,
                "The sign-in code for the AWS profile '{profile}' expired before it was "
                "confirmed in the browser. Sign in again and confirm the new code within a "
                "few minutes.",
            ).format(profile=profile),
            code="SsoCodeExpired",
            detail=detail,
        )

    @classmethod
    def sso_failed(cls, profile: str, code: str, detail: str) -> CredentialsError:
        return cls(
            tr(
                _CONTEXT,
                "AWS could not start the sign-in for the AWS profile '{profile}'. Try again; "
                "if this keeps happening, ask your administrator to check the profile's start "
                "URL and region.",
            ).format(profile=profile),
            code=code,
            detail=detail,
        )

    @classmethod
    def mfa_needed(cls, profile: str, device: str) -> CredentialsError:
        """No one can be asked for the code here (no window, no terminal)."""
        return cls(
            tr(
                _CONTEXT,
                "The AWS profile '{profile}' needs an MFA code (device {device}), and this "
                "program cannot ask for one here. Run it in a terminal, or use the calendar "
                "window.",
            ).format(profile=profile, device=device),
            code="MfaCodeNeeded",
        )

    @classmethod
    def mfa_cancelled(cls, profile: str, detail: str = "") -> CredentialsError:
        return cls(
            tr(
                _CONTEXT,
                "Sign-in cancelled: no MFA code was entered for the AWS profile '{profile}'. "
                "Changes not yet sent are kept and go when you sign in again.",
            ).format(profile=profile),
            code="MfaCancelled",
            detail=detail,
        )

    @classmethod
    def mfa_refused(cls, profile: str, device: str, detail: str) -> CredentialsError:
        return cls(
            tr(
                _CONTEXT,
                "AWS did not accept the MFA codes from {device} for the AWS profile "
                "'{profile}'. Check that it is this profile's device and that its clock is "
                "right, then try again with a new code.",
            ).format(profile=profile, device=device),
            code="MfaRefused",
            detail=detail,
        )

    @classmethod
    def process_failed(cls, profile: str, reason: str) -> CredentialsError:
        """The profile's ``credential_process`` program failed; ``reason`` is the first line
        it wrote to stderr (or its exit code), never its output."""
        return cls(
            tr(
                _CONTEXT,
                "The program that signs in AWS profile '{profile}' (credential_process) did "
                "not give credentials: {reason}. Check that the program works, or ask your "
                "administrator.",
            ).format(profile=profile, reason=reason),
            code="CredentialProcessFailed",
            detail=f"profile {profile}: {reason}",
        )


class TemporaryKeyExpiredError(CredentialsError):
    """A temporary access key (with a session token) is past its expiry: known from the
    stored expiry before any call, or from AWS's answer. ``expires`` is ``None`` when unknown."""

    def __init__(
        self, message: str, *, expires: datetime | None, code: str = "", detail: str = ""
    ) -> None:
        super().__init__(message, code=code, detail=detail)
        self.expires = expires

    @classmethod
    def build(
        cls, expires: datetime | None, code: str = "ExpiredToken", detail: str = ""
    ) -> TemporaryKeyExpiredError:
        if expires is None:
            message = tr(
                _CONTEXT,
                "The temporary access key has expired. Get a new one from your IT "
                "department's sign-in page and paste it in File ▸ Settings.",
            )
        else:
            message = tr(
                _CONTEXT,
                "The temporary access key expired at {time}. Get a new one from your IT "
                "department's sign-in page and paste it in File ▸ Settings.",
            ).format(time=expiry_text(expires))
        return cls(message, expires=expires, code=code, detail=detail)


class ProfileNotFoundError(StoreError):
    @classmethod
    def build(cls, profile: str) -> ProfileNotFoundError:
        return cls(
            tr(
                _CONTEXT,
                "The AWS profile '{profile}' does not exist in this computer's AWS "
                "configuration. Choose another profile in Settings.",
            ).format(profile=profile),
            code="ProfileNotFound",
        )


class AccessDeniedError(StoreError):
    """The credentials work but lack permission for one action."""

    def __init__(self, message: str, *, action: str, code: str = "", detail: str = "") -> None:
        super().__init__(message, code=code, detail=detail)
        self.action = action

    @classmethod
    def build(cls, action: str, code: str, detail: str) -> AccessDeniedError:
        return cls(
            tr(
                _CONTEXT,
                "Access denied: these credentials may not perform {action}. Ask your AWS "
                "administrator to attach the policy from the setup guide (it allows "
                "{action}).",
            ).format(action=action),
            action=action,
            code=code,
            detail=detail,
        )


class TableMissingError(StoreError):
    def __init__(self, message: str, *, table: str, code: str = "", detail: str = "") -> None:
        super().__init__(message, code=code, detail=detail)
        self.table = table

    @classmethod
    def build(cls, table: str, region: str, detail: str = "") -> TableMissingError:
        return cls(
            tr(
                _CONTEXT,
                "The shared calendar was not found where Settings point. Ask your administrator "
                "to check the connection in Settings.",
            ),
            table=table,
            code="ResourceNotFoundException",
            detail=f"table {table!r} not found in region {region}"
            + (f": {detail}" if detail else ""),
        )


class TableNotReadyError(StoreError):
    @classmethod
    def build(cls, table: str, status: str) -> TableNotReadyError:
        return cls(
            tr(
                _CONTEXT,
                "The shared calendar is not ready yet. Wait a minute and try again.",
            ),
            code="TableNotActive",
            detail=f"table {table!r} status {status}",
        )


class SchemaMismatchError(StoreError):
    """An existing table whose keys or indexes are not the guide's."""

    def __init__(self, message: str, *, problems: Sequence[str], detail: str = "") -> None:
        super().__init__(message, code="SchemaMismatch", detail=detail or "; ".join(problems))
        self.problems = list(problems)

    @classmethod
    def build(cls, table: str, problems: Sequence[str]) -> SchemaMismatchError:
        return cls(
            tr(
                _CONTEXT,
                "The shared calendar is not set up as the setup guide describes, so it cannot "
                "be used. Ask your administrator to fix it (the details say what differs).",
            ),
            problems=problems,
            detail=f"table {table!r}: " + "; ".join(problems),
        )


class ThrottledError(StoreError):
    @classmethod
    def build(cls, code: str, detail: str) -> ThrottledError:
        return cls(
            tr(
                _CONTEXT,
                "The calendar server is busy right now. Wait a moment and try again; if this "
                "happens often, tell your administrator (the server needs more capacity).",
            ),
            code=code,
            detail=detail,
        )


class ConflictError(StoreError):
    """The item changed or vanished since it was read.

    ``current`` is the server's version now, or ``None`` when it was deleted.
    """

    def __init__(self, message: str, *, current: Event | None, detail: str = "") -> None:
        super().__init__(message, code="ConditionalCheckFailedException", detail=detail)
        self.current = current

    @classmethod
    def changed(cls, current: Event) -> ConflictError:
        return cls(
            tr(
                _CONTEXT,
                "Someone else changed “{title}” after you opened it. Compare the two versions "
                "and choose which to keep.",
            ).format(title=isolated(current.title)),
            current=current,
        )

    @classmethod
    def deleted(cls, title: str) -> ConflictError:
        return cls(
            tr(
                _CONTEXT,
                "Someone else deleted “{title}” after you opened it. You can save your version "
                "as a new event or discard it.",
            ).format(title=isolated(title)),
            current=None,
        )

    @property
    def was_deleted(self) -> bool:
        return self.current is None


class DepartmentChangedError(StoreError):
    """A department changed since it was read; ``current`` is its version now."""

    def __init__(self, message: str, *, current: Department) -> None:
        super().__init__(message, code="ConditionalCheckFailedException")
        self.current = current

    @classmethod
    def build(cls, name: str, current: Department) -> DepartmentChangedError:
        return cls(
            tr(
                _CONTEXT,
                "Someone else changed the department “{name}” after you opened it. Nothing "
                "was saved. The form keeps what you typed and takes their version of the rest: "
                "check it, then save again.",
            ).format(name=isolated(name)),
            current=current,
        )


class AlreadyExistsError(StoreError):
    @classmethod
    def build(cls, item_id: str) -> AlreadyExistsError:
        return cls(
            tr(_CONTEXT, "An item with the id {id} already exists.").format(id=item_id),
            code="ConditionalCheckFailedException",
        )


class NotFoundError(StoreError):
    @classmethod
    def build(cls, what: str) -> NotFoundError:
        return cls(
            tr(_CONTEXT, "{what} no longer exists. Refresh to see the current data.").format(
                what=what
            ),
            code="NotFound",
        )


class ValidationFailed(StoreError):
    """Input that may not be saved; ``errors`` name the fields."""

    def __init__(self, errors: Sequence[FieldError], *, code: str = "", detail: str = "") -> None:
        message = "\n".join(error.message for error in errors)
        super().__init__(message, code=code or "Validation", detail=detail)
        self.errors = list(errors)

    @classmethod
    def server(cls, detail: str) -> ValidationFailed:
        from desktop.domain.validation import FieldError

        return cls(
            [
                FieldError(
                    "",
                    tr(
                        _CONTEXT,
                        "The calendar server refused the data as invalid. Check the fields and "
                        "try again.",
                    ),
                )
            ],
            code="ValidationException",
            detail=detail,
        )


class NameTakenError(ValidationFailed):
    @classmethod
    def build(cls, name: str) -> NameTakenError:
        from desktop.domain.validation import FieldError

        return cls(
            [
                FieldError(
                    "name",
                    tr(_CONTEXT, "A department named “{name}” already exists.").format(
                        name=isolated(name)
                    ),
                )
            ],
            code="NameTaken",
        )


class DepartmentNotEmptyError(StoreError):
    def __init__(self, message: str, *, event_count: int) -> None:
        super().__init__(message, code="DepartmentNotEmpty")
        self.event_count = event_count

    @classmethod
    def build(cls, name: str, count: int) -> DepartmentNotEmptyError:
        return cls(
            tr(
                _CONTEXT,
                "“{name}” still has %n events. Delete them too, or move them to another "
                "department first.",
                n=count,
            ).format(name=isolated(name)),
            event_count=count,
        )

    @classmethod
    def added_since(cls, name: str, count: int) -> DepartmentNotEmptyError:
        """Events were added while the department was being backed up: nothing deleted."""
        return cls(
            tr(
                _CONTEXT,
                "%n events were added to “{name}” while it was being backed up, so nothing "
                "was deleted. Delete again to back up and delete them too.",
                n=count,
            ).format(name=isolated(name)),
            event_count=count,
        )


class MoveIncompleteError(StoreError):
    """A move whose second step (deleting the original) failed: the event exists twice."""

    def __init__(self, message: str, *, moved: Event, cause: StoreError) -> None:
        super().__init__(message, code="MoveIncomplete", detail=cause.log_text())
        self.moved = moved
        self.cause = cause

    @classmethod
    def build(cls, moved: Event, cause: StoreError) -> MoveIncompleteError:
        return cls(
            tr(
                _CONTEXT,
                "“{title}” was copied to the new department, but the original could not be "
                "removed ({reason}). The event now appears in both departments; delete the "
                "original when you can.",
            ).format(title=isolated(moved.title), reason=cause.message),
            moved=moved,
            cause=cause,
        )


class KeyringError(StoreError):
    """The OS keyring is missing or refused; nothing was stored in plain text instead."""

    @classmethod
    def unavailable(cls, detail: str) -> KeyringError:
        return cls(
            tr(
                _CONTEXT,
                "This computer has no usable password store (keyring), so the access key "
                "cannot be saved safely. Use an AWS profile or environment credentials instead.",
            ),
            code="NoKeyring",
            detail=detail,
        )

    @classmethod
    def failed(cls, detail: str) -> KeyringError:
        return cls(
            tr(
                _CONTEXT,
                "The system password store (keyring) refused the request. Unlock it and try again.",
            ),
            code="KeyringFailed",
            detail=detail,
        )

    @classmethod
    def too_large(cls, limit: int) -> KeyringError:
        return cls(
            tr(
                _CONTEXT,
                "The credential is too long for the system password store (at most {limit} "
                "bytes). Check that you pasted only the key.",
            ).format(limit=limit),
            code="CredentialTooLarge",
        )

    @classmethod
    def incomplete_token(cls, detail: str) -> KeyringError:
        """The stored session token was half written or half removed: never used as it is."""
        return cls(
            tr(
                _CONTEXT,
                "The temporary access key stored on this computer is incomplete. Paste it "
                "again in File ▸ Settings.",
            ),
            code="SessionTokenIncomplete",
            detail=detail,
        )


class ConfigError(StoreError):
    """A setting that cannot work, such as an endpoint that is not an http(s) URL."""

    @classmethod
    def ca_bundle(cls, path: str, problem: str) -> ConfigError:
        """The CA bundle setting names a file that cannot be used (``problem`` says why)."""
        return cls(
            tr(
                _CONTEXT,
                "The CA bundle (network/ca_bundle) cannot be used: {problem} Correct the "
                "setting, or ask IT to.",
            ).format(problem=problem),
            code="InvalidCaBundle",
            detail=f"network/ca_bundle = {path!r}",
        )

    @classmethod
    def proxy(cls, problem: str, masked: str) -> ConfigError:
        """The proxy setting is not a usable URL; ``masked`` has no password in it."""
        return cls(
            tr(
                _CONTEXT,
                "The proxy (network/proxy) cannot be used: {problem} Correct the setting, or "
                "ask IT to.",
            ).format(problem=problem),
            code="InvalidProxy",
            detail=f"network/proxy = {masked}",
        )


class ServiceError(StoreError):
    """An AWS error nobody planned for: shown with its code, reported as a bug."""

    @classmethod
    def build(cls, code: str, detail: str) -> ServiceError:
        return cls(
            tr(
                _CONTEXT,
                "The calendar server reported an unexpected error ({code}). Try again; if it "
                "persists, send the log to your administrator.",
            ).format(code=code),
            code=code,
            detail=detail,
        )

"""E-mail: sending an issue's message over SMTP.

The message itself (``message.eml``) is made by the renderer
(``timeline.render.message``); it is sent here as it is, byte for byte.
"""

from __future__ import annotations

import os
import smtplib
import ssl
from dataclasses import dataclass
from email.utils import parseaddr
from typing import Optional, Sequence

from timeline.model import InputError

__all__ = ["SmtpSettings", "send", "DeliveryError"]


class DeliveryError(Exception):
    """The SMTP server could not be reached or refused the message."""


@dataclass(frozen=True)
class SmtpSettings:
    host: str = "127.0.0.1"
    port: int = 25
    #: "none", "starttls" or "ssl"
    security: str = "none"
    username: Optional[str] = None
    #: the name of the environment variable that holds the password (never the password itself)
    password_env: Optional[str] = None
    timeout: float = 30.0
    #: log in over an unencrypted connection (security "none"): the password goes in clear
    allow_plaintext: bool = False

    def password(self) -> Optional[str]:
        if not self.password_env:
            return None
        value = os.environ.get(self.password_env)
        if value is None:
            raise InputError(f"smtp: the environment variable {self.password_env} (the password) is not set")
        if not value.isascii():
            # smtplib's login encodes as ASCII; its error would print the character
            raise InputError(f"smtp: the password in {self.password_env} has characters other than ASCII, "
                             "which SMTP login cannot send")
        return value

    def check(self, recipients: Sequence[str]) -> None:
        """Everything sending needs that can be known before an issue is made, so a
        run that cannot send stops before it publishes (exit 1, nothing written)."""
        if not recipients:
            raise InputError("newsletter: --send needs recipients (newsletter.to in the config file)")
        if self.username:
            if self.security == "none" and not self.allow_plaintext:
                raise InputError('smtp: a username with security = "none" sends the password in clear; '
                                 'use security = "starttls" or "ssl", or set allow_plaintext = true')
            self.password()


def send(settings: SmtpSettings, message: bytes, sender: str, recipients: Sequence[str]) -> None:
    """Send a built message as it is (its bytes are not re-encoded)."""
    if not recipients:
        raise InputError("newsletter: --send needs recipients (newsletter.to in the config file)")
    try:
        if settings.security == "ssl":
            client = smtplib.SMTP_SSL(settings.host, settings.port, timeout=settings.timeout,
                                      context=ssl.create_default_context())
        else:
            client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
        with client:
            if settings.security == "starttls":
                client.starttls(context=ssl.create_default_context())
            if settings.username:
                client.login(settings.username, settings.password() or "")
            client.sendmail(parseaddr(sender)[1], [parseaddr(r)[1] for r in recipients], message)
    except (OSError, smtplib.SMTPException) as exc:
        raise DeliveryError(f"sending to {settings.host}:{settings.port} failed: {exc}") from None
    except (UnicodeError, InputError) as exc:   # never the text of a credential in the message
        raise DeliveryError(f"sending to {settings.host}:{settings.port} failed: "
                            f"{exc if isinstance(exc, InputError) else type(exc).__name__}") from None

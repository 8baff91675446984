"""E-mail: one issue as a MIME message, and sending it over SMTP.

The message is multipart/alternative (plain text first, then HTML), with
Subject, From, To, Date, Message-ID (the same for the same issue, always),
List-Id and, when configured, List-Unsubscribe. The MIME boundary is derived
from the issue, so rebuilding an issue gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import smtplib
import ssl
from dataclasses import dataclass
from email import policy
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr, parseaddr
from typing import Optional, Sequence

from timeline.model import InputError

__all__ = ["build_message", "SmtpSettings", "send", "DeliveryError"]


class DeliveryError(Exception):
    """The SMTP server could not be reached or refused the message."""


def _address(value: str) -> str:
    """An address with a display name in any script, encoded for the header."""
    name, addr = parseaddr(value)
    if not addr:
        raise InputError(f"newsletter: {value!r} is not an e-mail address")
    return formataddr((name, addr), charset="utf-8") if name else addr


def build_message(*, subject: str, sender: str, recipients: Sequence[str], created: dt.datetime,
                  message_id: str, list_id: str, list_title: str, text: str, html: str,
                  unsubscribe: Optional[str] = None, footer_key: str = "") -> bytes:
    """The issue as an RFC 5322 message (CRLF line ends).

    Headers are encoded with ``email.header.Header`` (the compat32 path): the
    default policy's folding drops the space between two encoded words in long
    Arabic subjects on Python 3.11 ("العدد 1" comes back as "العدد1"; the same family
    as CPython issue #144156).
    """
    digest = hashlib.sha256(f"{message_id}\0{footer_key}".encode("utf-8")).hexdigest()[:24]
    msg = MIMEMultipart("alternative", boundary=f"=_timeline_{digest}")
    msg["Subject"] = Header(subject, "utf-8")
    msg["From"] = _address(sender)
    msg["To"] = ", ".join(_address(r) for r in recipients) if recipients else "undisclosed-recipients:;"
    msg["Date"] = format_datetime(created.astimezone(dt.timezone.utc))
    msg["Message-ID"] = message_id
    msg["List-Id"] = f"{Header(list_title, 'utf-8').encode()} <{list_id}>"
    if unsubscribe:
        msg["List-Unsubscribe"] = f"<{unsubscribe}>"
    msg.attach(MIMEText(text, "plain", "utf-8"))
    msg.attach(MIMEText(html, "html", "utf-8"))
    return msg.as_bytes(policy=policy.compat32.clone(linesep="\r\n"))


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

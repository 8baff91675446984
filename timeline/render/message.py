"""One issue as an e-mail: the MIME message the renderer writes as ``message.eml``.

The message is multipart/alternative (plain text first, then HTML), with
Subject, From, To, Date, Message-ID (the same for the same issue, always),
List-Id and, when configured, List-Unsubscribe. The MIME boundary is derived
from the issue, so rebuilding an issue gives the same bytes. Sending it is
the publisher's (``timeline.publish.mail``), which sends these bytes as they are.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from email import policy
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr, parseaddr
from typing import Optional, Sequence

from timeline.model import InputError

__all__ = ["build_message"]


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

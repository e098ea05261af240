"""Grey out a control the signed-in role may not use, with the refusal sentence as its tooltip.

The rule is ``services.roles`` (the services refuse the same actions); this only shows it, so
nobody clicks a button only to be told no.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop_app.services.roles import refusal


def gate(widget: QWidget, ctx, action: str) -> bool:
    """Disable ``widget`` when ``ctx``'s role may not take ``action``; True when it may."""
    why = refusal(ctx, action)
    if why:
        widget.setEnabled(False)
        widget.setToolTip(why)
    return not why

"""What every service needs: the open store, the region data, who is working, today.

A ``Context`` is read-only once made: screens and commands never change it in
place. Who is working lives in its ``Session``, which only services change
(``OfficeService.use_operator``; sign-in later), so every screen sees the same
operator and every change of it is a service call that can be checked and logged.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop_app.domain.regions import RegionDirectory
from desktop_app.services.roles import Role
from desktop_app.storage.store import Store

DEFAULT_OPERATOR = "operator"


@dataclass
class Session:
    """Who is at the keyboard. Changed through services only."""

    operator: str = DEFAULT_OPERATOR
    role: Role | None = Role.OPERATOR


class Context:
    """The store, the regions, the session and the clock, shared by the services of one window or command."""

    __slots__ = ("store", "regions", "session", "clock")

    def __init__(self, store: Store, regions: RegionDirectory, operator: str = DEFAULT_OPERATOR,
                 clock: Callable[[], date] = date.today, *, session: Session | None = None,
                 role: Role | None = Role.OPERATOR) -> None:
        for name, value in (("store", store), ("regions", regions), ("clock", clock),
                            ("session", session or Session(operator, role))):
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Context is read-only ({name}); change the session through a service")

    @property
    def operator(self) -> str:
        return self.session.operator

    @property
    def role(self) -> Role | None:
        return self.session.role

    @property
    def db_path(self) -> Path:
        return self.store.path

    def today(self) -> date:
        return self.clock()

    def sibling(self) -> Context:
        """The same office, session and clock over a second connection (for a worker thread);
        close it with ``close()``."""
        return Context(self.store.sibling(), self.regions, clock=self.clock, session=self.session)

    def close(self) -> None:
        self.store.close()

"""What every service needs: the open store, the region data, who is working, today."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from desktop_app.domain.regions import RegionDirectory
from desktop_app.storage.store import Store

DEFAULT_OPERATOR = "operator"


@dataclass
class Context:
    store: Store
    regions: RegionDirectory
    operator: str = DEFAULT_OPERATOR
    clock: Callable[[], date] = field(default=date.today)

    def today(self) -> date:
        return self.clock()

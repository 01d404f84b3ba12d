"""What the console's panels need besides the telephony bridge: database, signed-in user,
policy. One object, built once in app.py, handed to every panel.

Panels call service functions (verification/, incidents/, recordings/) with
`services.actor`, so the permission checks in those functions apply to the GUI too.
Slow calls go through `services.worker` (the single database worker), never the GUI thread.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field
from typing import Any

from console.tasks import DbWorker
from desk.roles import Actor, Role
from desk.settings import Settings


@dataclass
class ConsoleServices:
    settings: Settings
    sessions: Any  # sqlalchemy sessionmaker[Session]
    worker: DbWorker
    actor: Actor = field(default_factory=lambda: Actor(getpass.getuser(), Role.OPERATOR))

    @property
    def policy(self) -> Any:
        from desk.policy import seat_policy

        return seat_policy(self.settings)

    def incidents_config(self) -> Any:
        from incidents.config import load_config

        return load_config(self.settings.data_dir)

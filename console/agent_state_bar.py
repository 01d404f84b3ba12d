"""The agent state bar at the top of the window: Ready / Not ready (with a reason) / After-call
work, with the time in state (issue 11).

The engine holds the agent state, because it answers INVITEs itself (486 when not ready)
without asking the console; so the bar shows only what the engine reported
(`AgentStateChanged`), and a click only *asks* for a change (`SET_AGENT_STATE`). A bar
that changed on click would tell the operator they are Ready while callers still get busy.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QToolButton,
    QWidget,
)

from console.caller_display import format_duration
from telephony import protocol as p

TOGGLE_KEY = "F2"
DEFAULT_REASONS: tuple[str, ...] = ("break", "lunch", "training", "other")

_STYLES = {
    p.AgentState.READY: "background: #1a7f37; color: white;",
    p.AgentState.NOT_READY: "background: #b35c00; color: white;",
    p.AgentState.AFTER_CALL_WORK: "background: #1f5fae; color: white;",
}
_UNKNOWN_STYLE = "background: #6e6e6e; color: white;"
_LABEL_STYLE = "font-weight: bold; padding: 3px 10px; border-radius: 3px; {}"


def reason_text(code: str) -> str:
    """A policy reason code in the operator's words; an unknown code is shown as it is."""
    texts = {
        "break": QCoreApplication.translate("AgentStateBar", "Break"),
        "lunch": QCoreApplication.translate("AgentStateBar", "Lunch"),
        "training": QCoreApplication.translate("AgentStateBar", "Training"),
        "other": QCoreApplication.translate("AgentStateBar", "Other"),
        "no_calls_role": QCoreApplication.translate("AgentStateBar", "Takes no calls"),
        "after_call_work": QCoreApplication.translate("AgentStateBar", "After-call work"),
    }
    return texts.get(code, code)


def policy_reasons(policy: object) -> tuple[str, ...]:
    """The policy's not-ready reason codes (`policy.agent.not_ready_reasons`), or the
    defaults while the policy has no agent rules (older policy files)."""
    agent = getattr(policy, "agent", None)
    reasons = tuple(getattr(agent, "not_ready_reasons", ()) or ())
    return reasons or DEFAULT_REASONS


def _parse_since(text: str) -> dt.datetime | None:
    try:
        since = dt.datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return None
    return since if since.tzinfo else since.replace(tzinfo=dt.UTC)


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class AgentStateBar(QWidget):
    """State label (coloured, with mm:ss in state or the ACW countdown) and the buttons.

    Signals:
        command_requested(object): a `SET_AGENT_STATE` `Command` for the engine.
    """

    command_requested = Signal(object)

    def __init__(
        self,
        reasons: Sequence[str] = DEFAULT_REASONS,
        parent: QWidget | None = None,
        clock: Callable[[], dt.datetime] = _utcnow,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agentStateBar")
        self._clock = clock
        self._event: p.AgentStateChanged | None = None
        self._since: dt.datetime | None = None
        self._reasons = tuple(reasons) or DEFAULT_REASONS

        self.state_label = QLabel(self)
        self.state_label.setObjectName("agentStateLabel")
        self.state_label.setMinimumWidth(250)
        self.state_label.setToolTip(
            self.tr("Your state as the phone engine reports it; callers get busy when not ready")
        )
        key = QKeySequence(TOGGLE_KEY).toString(QKeySequence.SequenceFormat.NativeText)
        self.ready_button = QPushButton(self.tr("Ready"), self)
        self.ready_button.setObjectName("agentReadyButton")
        self.ready_button.setToolTip(self.tr("Take calls (%1)").replace("%1", key))
        self.ready_button.clicked.connect(self.request_ready)
        self.not_ready_button = QToolButton(self)
        self.not_ready_button.setObjectName("agentNotReadyButton")
        self.not_ready_button.setText(self.tr("Not ready"))
        self.not_ready_button.setToolTip(
            self.tr("Stop taking calls, with a reason (%1); callers get busy").replace("%1", key)
        )
        self.not_ready_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.reason_menu = QMenu(self)
        self.reason_menu.setObjectName("notReadyMenu")
        self.reason_actions: dict[str, QAction] = {}
        for index, code in enumerate(self._reasons, start=1):
            # "&1 Break": the digit picks the reason from the keyboard once the menu is open.
            action = self.reason_menu.addAction(f"&{index} {reason_text(code)}")
            action.setData(code)
            action.triggered.connect(lambda _c=False, c=code: self.request_not_ready(c))
            self.reason_actions[code] = action
        self.not_ready_button.setMenu(self.reason_menu)
        # The menu arrow is drawn in the corner without room of its own: leave it some, so
        # it never covers the text's last letter (any language).
        arrow = self.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator)
        self.not_ready_button.setMinimumWidth(self.not_ready_button.sizeHint().width() + arrow)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.state_label)
        layout.addWidget(self.ready_button)
        layout.addWidget(self.not_ready_button)

        shortcut = QShortcut(QKeySequence(TOGGLE_KEY), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self.toggle)

        self._tick = QTimer(self)
        self._tick.setInterval(500)
        self._tick.timeout.connect(self._update_text)
        self._tick.start()
        self._refresh()

    # ------------------------------------------------------------------ queries

    @property
    def state(self) -> p.AgentState | None:
        """The engine's last reported state; None before the engine said anything."""
        return self._event.state if self._event is not None else None

    # ------------------------------------------------------------------ actions

    def request_ready(self) -> None:
        self._ask(p.AgentState.READY, "")

    def request_not_ready(self, reason: str) -> None:
        self._ask(p.AgentState.NOT_READY, reason)

    def toggle(self) -> None:
        """F2: Ready or after-call work -> the reason menu (a reason is required); Not ready
        -> Ready. After-call work ends by the wrap-up or its limit, not by F2."""
        if self.state in {p.AgentState.READY, p.AgentState.AFTER_CALL_WORK}:
            self.reason_menu.popup(
                self.not_ready_button.mapToGlobal(self.not_ready_button.rect().bottomLeft())
            )
            first = self.reason_menu.actions()
            if first:
                self.reason_menu.setActiveAction(first[0])
        else:
            self.request_ready()

    def _ask(self, state: p.AgentState, reason: str) -> None:
        args = {"state": state.value, "reason": reason}
        self.command_requested.emit(p.Command(p.CommandName.SET_AGENT_STATE, None, args))

    # ------------------------------------------------------------------ events

    def on_agent_state(self, event: p.AgentStateChanged) -> None:
        self._event = event
        self._since = _parse_since(event.since)
        self._refresh()

    def on_engine_state(self, state: str) -> None:
        """A dead or restarting engine holds no state: show unknown until it reports again."""
        if state in {"died", "restarting", "stopped", "starting"}:
            self._event = None
            self._since = None
            self._refresh()

    # ------------------------------------------------------------------ internals

    def _elapsed_s(self) -> float:
        if self._since is None:
            return 0.0
        return max(0.0, (self._clock() - self._since).total_seconds())

    def _refresh(self) -> None:
        state = self.state
        self.ready_button.setEnabled(state in {p.AgentState.NOT_READY, None})
        self.not_ready_button.setEnabled(state is not None)
        if state == p.AgentState.AFTER_CALL_WORK:
            self.ready_button.setToolTip(
                self.tr("You become Ready when the wrap-up is saved or the after-call time ends")
            )
        self.state_label.setStyleSheet(
            _LABEL_STYLE.format(_STYLES.get(state, _UNKNOWN_STYLE) if state else _UNKNOWN_STYLE)
        )
        self.state_label.setProperty("agentState", state.value if state else "unknown")
        self._update_text()

    def _update_text(self) -> None:
        event = self._event
        if event is None:
            self.state_label.setText(self.tr("State: not reported by the phone yet"))
            return
        elapsed = self._elapsed_s()
        if event.state == p.AgentState.READY:
            text = self.tr("Ready %1").replace("%1", format_duration(elapsed))
        elif event.state == p.AgentState.NOT_READY:
            words = reason_text(event.reason) if event.reason else ""
            text = (
                self.tr("Not ready: %1 %2").replace("%1", words)
                if words
                else self.tr("Not ready %2")
            ).replace("%2", format_duration(elapsed))
        else:
            if event.acw_limit_s > 0:
                # Rounded up, as the wrap-up pane's "Time left" (they showed 01:59 and
                # 02:00 side by side): 00:00 only once the limit is really over.
                left = float(math.ceil(max(0.0, event.acw_limit_s - elapsed)))
                text = self.tr("After-call work: %1 left").replace("%1", format_duration(left))
            else:
                text = self.tr("After-call work %1").replace("%1", format_duration(elapsed))
        self.state_label.setText(text)
        self.state_label.setAccessibleName(text)

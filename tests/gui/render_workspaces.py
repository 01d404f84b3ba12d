"""Render every workspace of every role offscreen at 1366x768 (issue 13 "Done when").

    QT_QPA_PLATFORM=offscreen python -m tests.gui.render_workspaces OUT uk|en [QM_DIR]

One language per process (the translator must be installed before any widget exists).
For each role (operator, supervisor, head administrator, admin) the real console window is
built on one fresh SQLite desk and signed in; each workspace it has (Ctrl+1..n) is saved to
OUT/s19-ws-<role>-<key>-<lang>.png,
and the complaint form's call picker wherever it shows to OUT/s20-picker-<role>-<lang>.png.
Real data through the desk's own functions: calls with
wrap-ups (one verified, one refused), a threat filed on a call, a complaint about it, a
written case with its e-mail, a head administrator's request, the accounts. QM_DIR: a
folder with kuty_uk.qm built from the working tree (the committed one is the integrator's).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from sqlalchemy.orm import Session, sessionmaker

from console.app import _open_calllog, build_console
from console.complaints_view import ComplaintsView
from console.i18n import install_translator
from db.enums import AgentState, CallDirection, EndReason
from db.models import Call
from db.models_incidents import ComplaintCategory, IncidentKind
from db.models_operator_day import WrapUp
from db.session import open_database
from desk.policy import seat_policy
from desk.roles import Actor, Role
from desk.settings import Settings, load_settings
from desk.users import add_user
from desk.wrapups import WrapUpInput, save_wrap_up
from incidents.complaints import add_complaint
from incidents.config import IncidentsConfig
from incidents.mailstore import store_mail
from incidents.service import report_call_incident
from recordings.requests import RequestScope, create_request
from seat.calllog import CallLog
from telephony import protocol as p

PW = "correct horse battery"
DATA = Path(__file__).resolve().parents[1] / "data"
ROLES = (
    ("operator", "olena", Role.OPERATOR, "Олена Коваленко"),
    ("supervisor", "maria", Role.SUPERVISOR, "Марія Іваненко"),
    ("head-admin", "halyna", Role.HEAD_ADMIN, "Галина Мельник"),
    ("admin", "root", Role.ADMIN, "Іван Адмін"),
)


def seed(settings: Settings, sessions: sessionmaker[Session]) -> dict[str, Actor]:
    """The desk after a morning's work, written through the services a seat uses."""
    root = Actor("root", Role.ADMIN, add_user(sessions, None, "root", Role.ADMIN, "Іван Адмін", PW))
    actors = {"admin": root}
    for key, name, role, full in ROLES[:3]:
        actors[key] = Actor(name, role, add_user(sessions, root, name, role, full, PW))
    olena = actors["operator"]
    policy = seat_policy(settings)
    now = dt.datetime.now(dt.UTC)
    calls = (
        ("+380671234567", 95, 4 * 60 + 12, "verified"),
        ("+380501111111", 70, 2 * 60 + 5, "not_verified"),
        ("+380931234567", 40, 7 * 60 + 40, "verified"),
        ("+380441234567", 15, 58, None),
    )
    categories = [c.id for c in policy.categories if c.in_scope]
    for n, (number, ago, seconds, state) in enumerate(calls, 1):
        call_id = f"00000000-0000-4000-8000-{n:012d}"
        ring = now - dt.timedelta(minutes=ago)
        with sessions.begin() as s:
            s.add(Call(id=call_id, direction=CallDirection.INCOMING, remote_number=number,
                       seat=settings.seat_name, operator_id=olena.operator_id, ring_at=ring,
                       answer_at=ring + dt.timedelta(seconds=6),
                       end_at=ring + dt.timedelta(seconds=6 + seconds),
                       end_reason=EndReason.REMOTE_HANGUP, verification_state=state))  # fmt: skip
        if n < 4:
            save_wrap_up(sessions, olena, policy, WrapUpInput(
                call_id=call_id, category=categories[(n - 1) % len(categories)],
                topic=("Черга в дитячий садок", "Довідка про склад сім'ї",
                       "Вивіз сміття")[n - 1]))  # fmt: skip
            with sessions.begin() as s:  # saved a minute after the call, not at render time
                wrap = s.query(WrapUp).filter_by(call_id=call_id).one()
                wrap.saved_at = ring + dt.timedelta(seconds=6 + seconds + 50 + 10 * n)
    # The wallboard: Olena on a break on this seat, Petro on seat s2 in a call for 3 min.
    petro = add_user(sessions, root, "petro", Role.OPERATOR, "Петро Шевчук", PW)
    for seat, who, state, ago, reason in (
        (settings.seat_name, olena.operator_id, AgentState.NOT_READY, 12, "break"),
        ("s2", petro, AgentState.READY, 3, ""),
    ):
        log = CallLog(sessions, seat, operator_id=who)
        since = (now - dt.timedelta(minutes=ago)).isoformat()
        log.apply(p.AgentStateChanged(state=state, since=since, reason=reason))
    with sessions.begin() as s:
        s.add(Call(id="00000000-0000-4000-8000-000000000099", direction=CallDirection.INCOMING,
                   remote_number="+380971234567", seat="s2", operator_id=petro,
                   ring_at=now - dt.timedelta(minutes=3, seconds=8),
                   answer_at=now - dt.timedelta(minutes=3),
                   verification_state="verified"))  # fmt: skip
    config = IncidentsConfig(settings.data_dir / "police-packages")
    report_call_incident(
        sessions, olena, call_id="00000000-0000-4000-8000-000000000002",
        kind=IncidentKind.THREAT, pressed_at=now - dt.timedelta(minutes=69), offset_s=34.0,
        config=config,
    )  # fmt: skip
    add_complaint(
        sessions, actors["supervisor"], complainant_name="Степан Гнатюк",
        text="Оператор не назвав номер звернення.", received_at=now - dt.timedelta(days=3),
        category=ComplaintCategory.SIMPLE, complainant_contact="+380501111111",
        about_call_id="00000000-0000-4000-8000-000000000002",
        about_operator_id=olena.operator_id,
    )  # fmt: skip
    store_mail(sessions, olena, (DATA / "mail" / "plain_utf8.eml").read_bytes(), policy=policy,
               source="imap", received_at=now - dt.timedelta(minutes=25))  # fmt: skip
    create_request(
        sessions, actors["head-admin"], requested_by="Департамент освіти",
        scope=RequestScope(period_from=now - dt.timedelta(days=1), period_to=now,
                           transcripts=False, incidents=True),
        requester_office="Київська міська рада", reference="№ 12/04-17",
        due_at=(now + dt.timedelta(days=9)).date(),
    )  # fmt: skip
    return actors


def main(out: Path, language: str, qm_dir: Path | None) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    keep: list[QTranslator] = []
    if language != "en":
        if qm_dir is not None:
            ours = QTranslator(app)
            assert ours.load(f"kuty_{language}", str(qm_dir)), qm_dir
            app.installTranslator(ours)
            keep.append(ours)
            keep += install_translator(app, language)[1:]  # Qt's own texts
        else:
            keep += install_translator(app, language)
    tmp = Path(tempfile.mkdtemp(prefix="ws-shots-"))
    os.environ["KUTY_CONFIG"] = str(tmp / "settings.toml")
    settings = load_settings(
        data_dir=tmp, config_file=tmp / "none.toml", env={}, audio_device="none", seat="s1",
        language=language,
    )  # fmt: skip
    sessions = open_database(settings.database)
    actors = seed(settings, sessions)

    def settle(ms: int) -> None:
        end = dt.datetime.now() + dt.timedelta(milliseconds=ms)
        while dt.datetime.now() < end:
            app.processEvents()

    for role, *_ in ROLES:
        wired = build_console(settings, _open_calllog(settings), sessions=sessions,
                              actor=actors[role])  # fmt: skip
        win = wired.window
        win.resize(1366, 768)
        win.show()
        settle(1000)
        for key in win.workspaces.available():
            win.show_workspace(key)
            settle(900)
            size = win.minimumSizeHint()  # what the layout needs: must fit 1366x768
            path = out / f"s19-ws-{role}-{key}-{language}.png"
            win.grab().save(str(path))
            print(path, f"needs {size.width()}x{size.height()}")
            picker_owner = win.findChild(ComplaintsView)
            if picker_owner is not None and picker_owner.isVisible():
                # the complaint's call picker (issue 13), with its first page of calls
                dialog = picker_owner.open_call_picker()
                settle(1500)
                dialog.grab().save(str(out / f"s20-picker-{role}-{language}.png"))
                print(out / f"s20-picker-{role}-{language}.png")
                dialog.reject()
                settle(200)
        win.close()
        wired.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]) if len(sys.argv) > 3 else None)

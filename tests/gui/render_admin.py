"""Render the administration workspace and its settings pages offscreen (issue 13 screens).

    QT_QPA_PLATFORM=offscreen python -m tests.gui.render_admin /work/screens uk [QM_DIR]

One language per process (the translator must be installed before any widget exists).
QM_DIR: a folder with kuty_uk.qm (default: console/i18n), so a freshly built translation
can be looked at before the integrator regenerates the committed one. Real services: a
fresh SQLite database with a few accounts, a refused import of a CSV with bad rows.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from console.bridge import TelephonyBridge
from console.i18n import install_translator
from console.main_window import MainWindow
from console.services import ConsoleServices
from console.tasks import DbWorker
from db.session import open_database
from desk.roles import Actor, Role
from desk.settings import load_settings
from desk.users import add_user
from verification.key_phrase import FAST_FOR_TESTS

PW = "correct horse battery"
BAD_CSV = """surname,first_name,patronymic,phones,key_phrase
Коваленко,Олена,Петрівна,050 123 45 67,мій кіт Мурчик
,Тарас,,093 111 22 33,Говерла пʼять
Мельник,Ірина,,12345,зелений чай
Мельник,Ірина,,067 765 43 21,
"""


def main(out: Path, language: str, qm_dir: Path | None) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    keep: list[QTranslator] = []
    if language == "uk":
        if qm_dir is not None:
            ours = QTranslator(app)
            assert ours.load("kuty_uk", str(qm_dir)), qm_dir
            app.installTranslator(ours)
            keep.append(ours)
            keep += install_translator(app, "uk")[1:]  # Qt's own texts
        else:
            keep += install_translator(app, "uk")
    tmp = Path(tempfile.mkdtemp(prefix="admin-shots-"))
    os.environ["KUTY_CONFIG"] = str(tmp / "settings.toml")
    settings = load_settings(
        data_dir=tmp, config_file=tmp / "none.toml", env={}, audio_device="none", seat="s1",
        language=language,
    )  # fmt: skip
    sessions = open_database(settings.database)
    root = Actor("root", Role.ADMIN, add_user(sessions, None, "root", Role.ADMIN, "Адмін", PW))
    for name, role, full in (
        ("olena", Role.OPERATOR, "Олена Коваленко"),
        ("petro", Role.OPERATOR, "Петро Шевчук"),
        ("maria", Role.SUPERVISOR, "Марія Іваненко"),
        ("halyna", Role.HEAD_ADMIN, "Галина Мельник"),
    ):
        add_user(sessions, root, name, role, full, PW)
    from desk.users import disable_user

    disable_user(sessions, root, "petro")
    worker = DbWorker()
    services = ConsoleServices(settings=settings, sessions=sessions, worker=worker)
    services.actor = root
    win = MainWindow(TelephonyBridge(), lambda _c: None, worker=worker, services=services)
    from console.settings_dialog import install_settings_menu

    install_settings_menu(win, services)
    win.resize(1366, 768)
    win.show()

    def settle(ms: int = 300) -> None:
        end = dt.datetime.now() + dt.timedelta(milliseconds=ms)
        while dt.datetime.now() < end:
            app.processEvents()

    def shoot(widget: QWidget, name: str) -> None:
        settle()
        path = out / f"s19-admin-{name}-{language}.png"
        widget.grab().save(str(path))
        print(path)

    page = win.admin_page
    assert page is not None
    win.show_workspace("administration")
    settle(800)
    shoot(win, "users")
    page.tabs.setCurrentWidget(page.import_panel)
    panel = page.import_panel
    panel.hasher_params, panel.workers = FAST_FOR_TESTS, 1
    bad = tmp / "profiles.csv"
    bad.write_text(BAD_CSV, encoding="utf-8")
    panel.path.setText(str(bad))
    panel.start()
    try:
        panel.job.wait(30)
    except Exception as exc:  # the refusal the screen shows
        print(f"import refused as expected: {exc}")
    settle(800)
    shoot(win, "import")
    big = tmp / "city.csv"
    rows = ["surname,first_name,patronymic,phones,key_phrase"]
    rows += [f"Прізвище{i},Ім'я,,+38050{i:07d},фраза номер {i}" for i in range(20000)]
    big.write_text("\n".join(rows) + "\n", encoding="utf-8")
    panel.path.setText(str(big))
    panel.start()
    end = dt.datetime.now() + dt.timedelta(seconds=60)
    while panel.progress.maximum() <= 1 and dt.datetime.now() < end:  # a phase with a total
        app.processEvents()
    settle(100)
    shoot(win, "import-running")
    panel.cancel()
    try:
        panel.job.wait(60)
    except Exception as exc:
        print(f"cancelled as asked: {exc}")
    page.tabs.setCurrentIndex(2)
    shoot(win, "links")
    page.users_panel.add_user()
    dialog = page.users_panel.dialog
    assert dialog is not None
    shoot(dialog, "add-user")
    dialog.reject()
    for key in ("mail", "retention", "policy"):
        page.open_settings(key)
        settings_dialog = win.settings_dialog  # type: ignore[attr-defined]
        shoot(settings_dialog, f"settings-{key}")
        settings_dialog.reject()
    from console.first_run import FirstRunWizard

    wizard = FirstRunWizard(services, win)
    wizard.show()
    wizard.accounts.registrar.setText("pbx.kuty.example:5060")
    wizard.accounts.user.setText("101")
    for _ in range(4):
        wizard.next()
    shoot(wizard, "wizard-policy")
    wizard.reject()
    panel.shutdown()
    worker.shutdown()


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]) if len(sys.argv) > 3 else None)

"""The Inbox's policy controls of a case, and its wrap-up on closing (issue 12).

`CasePolicyBar` sits under the thread's header: the case's category (the policy's, in
words; out-of-scope ones name their rule and put their refusal script into the reply,
EEP-9 / KUTY-2.3..2.7; an *error* case gets its registration number, EEP-13), its SLA
level where the policy has levels (EEP-3 Basic / VIP), and the writer as the policy sees
them in words: EEP-11 self-identification recorded by the operator ("identified", or
"refused" with the policy's `identify_yourself` script in the reply), KUTY-2.2 verified
only by a verified call joined to the case (`desk.case_policy` says why).

`CaseWrapUpDialog` is what "Close case…" asks: the fields of a call's wrap-up (category,
topic, notes, out of scope with its rule; `console.wrapup_fields` for the words) and the
reason for closing. Every change runs on the services worker.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.wrapup_fields import category_text, rule_text, wrapup_error_text
from desk.case_policy import WriterStanding, identification_asked, writer_standing


def level_text(level_id: str) -> str:
    """An SLA level in the user's language (EEP-3)."""
    texts = {
        "basic": QCoreApplication.translate("CaseControls", "Basic"),
        "vip": QCoreApplication.translate("CaseControls", "VIP"),
    }
    return texts.get(level_id, level_id.replace("_", " ").capitalize())


def standing_text(standing: WriterStanding | None) -> str:
    """The writer in words, for the thread header; "" where the policy asks nothing."""
    texts = {
        WriterStanding.IDENTIFIED: QCoreApplication.translate(
            "CaseControls", "Writer identified themselves (EEP-11)"
        ),
        WriterStanding.REFUSED: QCoreApplication.translate(
            "CaseControls", "Writer refused to identify: service may be refused (EEP-11)"
        ),
        WriterStanding.UNIDENTIFIED: QCoreApplication.translate(
            "CaseControls", "Writer not identified yet (EEP-11)"
        ),
        WriterStanding.VERIFIED: QCoreApplication.translate(
            "CaseControls", "Writer verified by a call on this case (KUTY-2.2)"
        ),
        WriterStanding.NOT_VERIFIED: QCoreApplication.translate(
            "CaseControls", "Writer not verified: general help only (KUTY-2.2)"
        ),
    }
    return texts.get(standing, "") if standing is not None else ""


def fill_categories(box: QComboBox, policy: Any, first: str) -> None:
    """The policy's categories in words: in-scope first, then the out-of-scope ones with
    their rule, as the call's wrap-up pane lists them."""
    box.addItem(first, "")
    inside = [c for c in policy.categories if c.in_scope]
    outside = [c for c in policy.categories if not c.in_scope]
    for category in inside:
        box.addItem(category_text(category.id), category.id)
    if outside:
        box.insertSeparator(box.count())
    for category in outside:
        box.addItem(rule_text(category), category.id)


class CasePolicyBar(QWidget):
    """Category, SLA level and the writer's identification of the case on screen.

    Signals:
        changed(int, str): the case changed (case id, what to tell the operator).
        reply_text(str): a script to put into the reply (a refusal).
        failed(object): a change was refused (the exception).
    """

    changed = Signal(int, str)
    reply_text = Signal(str)
    failed = Signal(object)

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.policy = services.policy
        self.case: Any = None  # desk.cases.CaseRow on screen
        self.category_box = QComboBox(self)
        self.category_box.setObjectName("caseCategory")
        self.category_box.setAccessibleName(self.tr("Category of the case"))
        self.category_box.setToolTip(
            self.tr(
                "The policy's category; an error case gets its own registration number "
                "(EEP-4, EEP-13)"
            )
        )
        fill_categories(self.category_box, self.policy, self.tr("Category…"))
        self.level_box = QComboBox(self)
        self.level_box.setObjectName("caseSlaLevel")
        self.level_box.setAccessibleName(self.tr("Service level"))
        self.level_box.setToolTip(self.tr("Service level: Basic, or VIP by contract (EEP-3)"))
        self.level_box.addItem(self.tr("Level…"), "")
        for level in self.policy.sla_levels:
            self.level_box.addItem(level_text(level.id), level.id)
        self.level_box.setVisible(bool(self.policy.sla_levels))
        self.identified_button = QPushButton(self.tr("Identified"), self)
        self.identified_button.setObjectName("caseIdentified")
        self.identified_button.setToolTip(
            self.tr("The writer gave the details that identify them (EEP-11)")
        )
        self.refuse_button = QPushButton(self.tr("Not identified…"), self)
        self.refuse_button.setObjectName("caseNotIdentified")
        self.refuse_button.setToolTip(
            self.tr(
                "The writer would not identify themselves: record it and put the "
                "request to identify into the reply (EEP-11)"
            )
        )
        asked = identification_asked(self.policy)
        self.identified_button.setVisible(asked)
        self.refuse_button.setVisible(asked)
        self.standing_label = QLabel(self)
        self.standing_label.setObjectName("caseWriterStanding")
        self.standing_label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.category_box, 1)
        layout.addWidget(self.level_box)
        layout.addWidget(self.standing_label, 2)
        layout.addWidget(self.identified_button)
        layout.addWidget(self.refuse_button)
        self.category_box.activated.connect(self._category_chosen)
        self.level_box.activated.connect(self._level_chosen)
        self.identified_button.clicked.connect(lambda: self._identify(True))
        self.refuse_button.clicked.connect(lambda: self._identify(False))
        self.show_case(None)

    def standing(self) -> WriterStanding | None:
        if self.case is None:
            return None
        return writer_standing(self.policy, self.case.identity_state, self.case.verified_call)

    def show_case(self, case: Any) -> None:
        """Show `case` (a `desk.cases.CaseRow`, or None for no case)."""
        self.case = case
        live = case is not None and str(case.status) != "closed"
        for box, value in ((self.category_box, getattr(case, "category", None)),
                           (self.level_box, getattr(case, "sla_level", None))):  # fmt: skip
            index = box.findData(value or "")
            box.setCurrentIndex(max(0, index))
            box.setEnabled(live)
        standing = self.standing()
        self.standing_label.setText(standing_text(standing))
        self.identified_button.setEnabled(live and standing is not WriterStanding.IDENTIFIED)
        self.refuse_button.setEnabled(live and standing is not WriterStanding.REFUSED)

    def _submit(self, job: Callable[[], Any], label: str, done: Callable[[Any], None]) -> None:
        def refused(error: BaseException) -> None:
            self.show_case(self.case)  # the boxes show what the case has, not the refused pick
            self.failed.emit(error)

        self._services.worker.submit(job, label=label).success(done).failure(refused)

    def _category_chosen(self, index: int) -> None:
        from desk.case_policy import set_category

        category = str(self.category_box.itemData(index) or "")
        if self.case is None or not category or category == (self.case.category or ""):
            return
        case_id, sessions, actor = self.case.id, self._services.sessions, self._services.actor
        policy = self.policy

        def done(result: Any) -> None:
            if result.refusal is not None:
                self.reply_text.emit(result.refusal.text)
                rule = result.refusal.rules[0] if result.refusal.rules else ""
                text = self.tr("Out of scope (%1): the refusal is in the reply.").replace(
                    "%1", rule
                )
            elif result.numbered_now:
                text = self.tr("Registered as an error: number %1 (EEP-13).").replace(
                    "%1", result.registration_number or ""
                )
            else:
                text = self.tr("Category: %1.").replace("%1", category_text(result.category))
            self.changed.emit(case_id, text)

        self._submit(lambda: set_category(sessions, actor, policy, case_id, category),
                     "case category", done)  # fmt: skip

    def _level_chosen(self, index: int) -> None:
        from desk.case_policy import set_sla_level

        level = str(self.level_box.itemData(index) or "")
        if self.case is None or not level or level == (self.case.sla_level or ""):
            return
        case_id, sessions, actor = self.case.id, self._services.sessions, self._services.actor
        policy = self.policy
        text = self.tr("Service level: %1 (EEP-3).").replace("%1", level_text(level))
        self._submit(lambda: set_sla_level(sessions, actor, policy, case_id, level),
                     "case level", lambda _r: self.changed.emit(case_id, text))  # fmt: skip

    def _identify(self, identified: bool) -> None:
        from desk.case_policy import record_identification

        if self.case is None:
            return
        case_id, sessions, actor = self.case.id, self._services.sessions, self._services.actor
        policy = self.policy

        def done(script: Any) -> None:
            if script is not None:
                self.reply_text.emit(script.text)
                text = self.tr("Recorded: not identified. The request to identify is in the reply.")
            else:
                text = self.tr("Recorded: the writer identified themselves.")
            self.changed.emit(case_id, text)

        self._submit(lambda: record_identification(sessions, actor, policy, case_id, identified),
                     "writer identification", done)  # fmt: skip


class CaseWrapUpDialog(QDialog):
    """ "Close case…": the call wrap-up's fields and the reason for closing (issue 12).

    Signals:
        closed_case(object): the case closed with this wrap-up (`desk.wrapups.WrapUp`).
    """

    closed_case = Signal(object)

    def __init__(self, services: Any, case: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseWrapUpDialog")
        self._services = services
        self.policy = services.policy
        self.case = case
        number = case.registration_number or self.tr("no number")
        self.setWindowTitle(self.tr("Close case %1").replace("%1", number))
        self.category_box = QComboBox(self)
        self.category_box.setObjectName("caseWrapUpCategory")
        fill_categories(self.category_box, self.policy, self.tr("— choose —"))
        self.category_box.setCurrentIndex(max(0, self.category_box.findData(case.category or "")))
        self.topic_edit = QLineEdit(self)
        self.topic_edit.setObjectName("caseWrapUpTopic")
        self.topic_edit.setPlaceholderText(self.tr("What the contact was about, in a few words"))
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("caseWrapUpNotes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(90)
        self.out_of_scope_check = QCheckBox(self.tr("Out of scope"), self)
        self.out_of_scope_check.setObjectName("caseWrapUpOutOfScope")
        self.out_of_scope_box = QComboBox(self)
        self.out_of_scope_box.setObjectName("caseWrapUpOutOfScopeRule")
        for category in (c for c in self.policy.categories if not c.in_scope):
            self.out_of_scope_box.addItem(
                rule_text(category), category.rules[0] if category.rules else ""
            )
        self.out_of_scope_box.setEnabled(False)
        self.out_of_scope_check.setEnabled(self.out_of_scope_box.count() > 0)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("caseWrapUpReason")
        self.reason_edit.setPlaceholderText(self.tr("Reason for closing"))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("caseWrapUpError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a00000;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Close the case"))
        self.ok_button.setObjectName("caseWrapUpClose")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        form = QFormLayout()
        form.addRow(self.tr("Category"), self.category_box)
        form.addRow(self.tr("Topic"), self.topic_edit)
        form.addRow(self.tr("Notes"), self.notes_edit)
        form.addRow(self.out_of_scope_check, self.out_of_scope_box)
        form.addRow(self.tr("Reason for closing"), self.reason_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())
        self.out_of_scope_check.toggled.connect(self.out_of_scope_box.setEnabled)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def submit(self) -> None:
        from desk.case_wrapup import close_with_wrap_up
        from desk.wrapups import WrapUpInput

        category = str(self.category_box.currentData() or "")
        reason = self.reason_edit.text()
        if not category:
            self.error_label.setText(self.tr("Choose a category first."))
            self.category_box.setFocus()
            return
        if not reason.strip():
            self.error_label.setText(self.tr("Type the reason for closing first."))
            self.reason_edit.setFocus()
            return
        rule = None
        if self.out_of_scope_check.isChecked():
            rule = str(self.out_of_scope_box.currentData() or "") or None
        data = WrapUpInput(category=category, topic=self.topic_edit.text().strip(),
                           notes=self.notes_edit.toPlainText(), out_of_scope_rule=rule,
                           case_id=self.case.id)  # fmt: skip
        sessions, actor, policy = self._services.sessions, self._services.actor, self.policy
        case_id = self.case.id
        self.ok_button.setEnabled(False)

        def done(wrap_up: Any) -> None:
            self.closed_case.emit(wrap_up)
            self.accept()

        def failed(error: BaseException) -> None:
            self.ok_button.setEnabled(True)
            code = getattr(error, "code", "")
            if code == "case_close_reason":
                self.error_label.setText(self.tr("Type the reason for closing first."))
            elif str(getattr(error, "message", "")).endswith(" is closed"):
                self.error_label.setText(self.tr("This case is closed."))
            else:
                self.error_label.setText(wrapup_error_text(error))

        self._services.worker.submit(
            lambda: close_with_wrap_up(sessions, actor, policy, case_id, data, reason),
            label="close case with wrap-up",
        ).success(done).failure(failed)

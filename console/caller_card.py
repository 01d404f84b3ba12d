"""The caller card: what the operator may say to this caller (KUTY-2.1..2.7).

Before VERIFIED it shows general-consultation mode and the scope rules as a checklist,
because that is the whole of what the operator may do. After VERIFIED it shows the one
verified profile and its own applications, taken from `verification.store.VerifiedCard`,
which never holds other profiles on the same phone (KUTY-2.6). The card keeps nothing
once the call ends.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.fonts import CARD, follow_app_font
from verification.store import VerifiedCard


class CallerCard(QFrame):
    """Three pages: no call, general-consultation mode, the verified caller's data."""

    COLUMNS = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callerCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.mode_label = QLabel(self)
        self.mode_label.setObjectName("callerCardMode")
        follow_app_font(self.mode_label, CARD, bold=True)
        self.mode_label.setWordWrap(True)

        self.checklist = QLabel(self)
        self.checklist.setObjectName("scopeChecklist")
        self.checklist.setWordWrap(True)
        self.checklist.setTextFormat(Qt.TextFormat.PlainText)
        self.checklist.setText(self.scope_rules())

        verified_page = QWidget(self)
        self.profile_label = QLabel(verified_page)
        self.profile_label.setObjectName("verifiedProfile")
        follow_app_font(self.profile_label, CARD)
        self.profile_label.setWordWrap(True)
        self.profile_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.applications = QTreeWidget(verified_page)
        self.applications.setObjectName("applicationsView")
        self.applications.setRootIsDecorated(False)
        self.applications.setColumnCount(self.COLUMNS)
        self.applications.setHeaderLabels(
            [
                self.tr("Application"),
                self.tr("Child"),
                self.tr("Status"),
                self.tr("Created / updated"),
                self.tr("Kindergartens"),
            ]
        )
        self.applications.setToolTip(
            self.tr("Only the verified caller's own applications (KUTY-2.6)")
        )
        page_layout = QVBoxLayout(verified_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.profile_label)
        page_layout.addWidget(self.applications, 1)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(QWidget(self))  # no call
        self.pages.addWidget(self.checklist)
        self.pages.addWidget(verified_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.mode_label)
        layout.addWidget(self.pages, 1)
        self.clear()

    def scope_rules(self) -> str:
        """What the operator may and may not do before verification (KUTY-2.1, 2.3-2.7)."""
        return "\n".join(
            [
                self.tr(
                    "✓ Technical help with the Service: registering, submitting an "
                    "application, changing data the user created (KUTY-2.1)"
                ),
                self.tr("✗ Detailed consultation: only after verification (KUTY-2.2)"),
                self.tr("✗ No legal advice (KUTY-2.3)"),
                self.tr(
                    "✗ No explanations of queue order or of whether applications exist, "
                    "beyond technical aspects (KUTY-2.4)"
                ),
                self.tr("✗ Never enter applications on an applicant's behalf (KUTY-2.5)"),
                self.tr("✗ Never give personal data of third persons (KUTY-2.6)"),
                self.tr("✗ No advice on other electronic products (KUTY-2.7)"),
            ]
        )

    # ------------------------------------------------------------------ slots

    def clear(self) -> None:
        """No call: nothing about any caller stays on screen."""
        self.mode_label.setText(self.tr("No caller"))
        self.profile_label.setText("")
        self.applications.clear()
        self.pages.setCurrentIndex(0)

    def show_general(self) -> None:
        """A call is answered, not (yet) verified: general consultation only (KUTY-2.1)."""
        self.mode_label.setText(self.tr("General consultation mode"))
        self.profile_label.setText("")
        self.applications.clear()
        self.pages.setCurrentIndex(1)

    def show_verified(self, card: VerifiedCard) -> None:
        """The verified caller's own profile and applications, nothing else (KUTY-2.6)."""
        self.mode_label.setText(self.tr("Verified caller: detailed consultation (KUTY-2.2)"))
        names = " ".join(n for n in (card.surname, card.first_name, card.patronymic) if n)
        self.profile_label.setText(names)
        self.applications.clear()
        for app in card.applications:
            dates = f"{app.created:%d.%m.%Y} / {app.updated:%d.%m.%Y}"
            row = [
                app.number,
                app.child_first_name,
                app.status,
                dates,
                ", ".join(app.kindergartens),
            ]
            self.applications.addTopLevelItem(QTreeWidgetItem(row))
        if not card.applications:
            self.applications.addTopLevelItem(QTreeWidgetItem([self.tr("No applications")]))
        for column in range(self.COLUMNS):
            self.applications.resizeColumnToContents(column)
        self.pages.setCurrentIndex(2)

    def application_rows(self) -> list[list[str]]:
        """The applications table as the operator reads it; tests assert on this."""
        rows = []
        for index in range(self.applications.topLevelItemCount()):
            item = self.applications.topLevelItem(index)
            if item is not None:
                rows.append([item.text(c) for c in range(self.COLUMNS)])
        return rows

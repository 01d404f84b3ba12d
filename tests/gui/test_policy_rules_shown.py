"""Every rule of the four regulations either drives behaviour or is on the screen (issue 12).

"Every rule in the four profiles either drives behaviour or is shown as a script/refusal":
for each shipped profile a real console window on that policy is opened, and the rule ids
its operator can see are collected from the real widgets (the scripts panel, the Inbox's
reply templates and its case categories). Each rule id of the profile must be shown there
or be cited by the product code that enforces it (the end-to-end tests of those rules cite
them too). A rule added to a profile with neither fails here.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desk.policy import POLICY_DIR, available_policies, load_policy

REPO = Path(__file__).resolve().parents[2]
RULE = re.compile(r"\b(?:KUTY|KZP|EEP|CSC)-\d+(?:[.\-]\d+)*\b")
PRODUCT = ("console", "desk", "incidents", "seat", "telephony", "recordings", "verification")


def _profile_rules(name: str) -> set[str]:
    return set(RULE.findall((POLICY_DIR / f"{name}.toml").read_text(encoding="utf-8")))


def _cited_in_code() -> set[str]:
    cited: set[str] = set()
    for package in PRODUCT:
        for path in (REPO / package).rglob("*.py"):
            cited |= set(RULE.findall(path.read_text(encoding="utf-8")))
    return cited


def _shown(win: Any, view: Any) -> set[str]:
    texts: list[str] = []
    panel = win.scripts_panel
    if panel is not None:
        for row in range(panel.list.count()):
            texts.append(panel.list.item(row).toolTip())
    box = view.template_box
    for index in range(box.count()):
        texts.append(str(box.itemData(index, Qt.ItemDataRole.ToolTipRole) or ""))
    categories = view.policy_bar.category_box
    for index in range(categories.count()):
        texts.append(categories.itemText(index))
    texts.append(categories.toolTip())
    return {rule for text in texts for rule in RULE.findall(text)}


@pytest.mark.parametrize("name", available_policies())
def test_every_rule_drives_behaviour_or_is_shown(name: str, inbox_window: Any) -> None:
    policy = load_policy(name)
    win, view = inbox_window(policy)
    shown = _shown(win, view)
    script_rules = {r for s in policy.scripts for r in s.rules}
    assert script_rules <= shown, f"{name}: scripts not on screen: {script_rules - shown}"
    template_rules = {r for t in policy.templates for r in t.rules}
    assert template_rules <= shown, f"{name}: templates not on screen: {template_rules - shown}"
    missing = _profile_rules(name) - shown - _cited_in_code()
    assert not missing, f"{name}: rules neither enforced nor shown: {sorted(missing)}"

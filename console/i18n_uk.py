"""Fill `i18n/kuty_uk.ts` with the Ukrainian texts below: `python -m console.i18n_uk`.

Run after `pyside6-lupdate`, before `pyside6-lrelease`.

Kept as data so that a newly added English string without Ukrainian text
fails this script (exit 1) instead of silently shipping untranslated. Linguist is fine too.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

UK: dict[str, str] = {
    "Dismiss": "Закрити",
    "Kuty console": "Консоль Кути",
    "Kuty console cannot start": "Консоль Кути не може запуститися",
    "The call database cannot be opened, so calls cannot be logged:\n%1": (
        "Не вдається відкрити базу даних дзвінків, тому дзвінки не можна облікувати:\n%1"
    ),
    "Answer": "Відповісти",
    "Reject": "Відхилити",
    "Hang up": "Завершити",
    "Hold": "Утримувати",
    "Mute": "Вимкнути мікрофон",
    "Answer the ringing call": "Відповісти на вхідний дзвінок",
    "Reject the ringing call": "Відхилити вхідний дзвінок",
    "End the call": "Завершити дзвінок",
    "Put the caller on hold / resume": "Поставити на утримання / продовжити розмову",
    "Mute / unmute your microphone": "Вимкнути / увімкнути ваш мікрофон",
    "No profile has this number": "Жоден профіль не має цього номера",
    "Profiles with this number: %1": "Профілі з цим номером: %1",
    "On hold": "На утриманні",
    "Ringing": "Дзвонить",
    "Calling": "Виклик",
    "Connecting": "З'єднання",
    "Talking": "Розмова",
    "Ended": "Завершено",
    "No call": "Немає дзвінка",
    "Resume": "Продовжити",
    "Unmute": "Увімкнути мікрофон",
    "Withheld": "Номер приховано",
    "Unknown number": "Невідомий номер",
    "Incoming": "Вхідний",
    "Outgoing": "Вихідний",
    "Operator hung up": "Завершив оператор",
    "Caller hung up": "Завершив абонент",
    "Rejected": "Відхилено",
    "Missed": "Пропущено",
    "Answered elsewhere": "Відповів інший оператор",
    "Failed": "Помилка",
    "Interrupted": "Перервано",
    "Console closed": "Консоль закрито",
    "In progress": "Триває",
    "CallerDisplay/Recording": "Записується",
    "Recorded": "Записано",
    "Repaired": "Відновлено",
    "Recording failed": "Запис не вдався",
    "No recording": "Немає запису",
    "Time": "Час",
    "Direction": "Напрямок",
    "Number": "Номер",
    "Duration": "Тривалість",
    "End": "Завершення",
    "HistoryWidget/Recording": "Запис",
    "Kuty help desk — operator console": "Служба підтримки Кути — консоль оператора",
    "Today's calls": "Дзвінки за сьогодні",
    "No headset found: you cannot hear callers. Plug in the headset.": (
        "Гарнітуру не знайдено: ви не почуєте абонентів. Під'єднайте гарнітуру."
    ),
    "The phone engine stopped unexpectedly (%1). It is restarting; a call in progress "
    "was cut off and its recording is kept.": (
        "Телефонний рушій несподівано зупинився (%1). Він перезапускається; поточний "
        "дзвінок обірвано, його запис збережено."
    ),
    "The phone engine is running again.": "Телефонний рушій знову працює.",
    "Could not %1: %2": "Не вдалося виконати «%1»: %2",
    "RECORDING FAILED: this call is not being recorded (KUTY-1.1). Tell your supervisor now.": (
        "ЗАПИС НЕ ВДАВСЯ: цей дзвінок не записується (KUTY-1.1). Негайно повідомте керівника."
    ),
    "Recordings interrupted by the engine failure could not be repaired. Tell your supervisor.": (
        "Записи, перервані збоєм рушія, не вдалося відновити. Повідомте керівника."
    ),
    "The call log could not be saved (%1). Tell your supervisor.": (
        "Не вдалося зберегти журнал дзвінків (%1). Повідомте керівника."
    ),
    "Phone alert: %1": "Попередження телефону: %1",
    "● REC": "● ЗАПИС",
    "This call is being recorded (KUTY-1.1)": "Цей дзвінок записується (KUTY-1.1)",
    "Phone: starting…": "Телефон: запуск…",
    "Phone: ready": "Телефон: готовий",
    "Phone: stopped unexpectedly": "Телефон: несподівано зупинився",
    "Phone: restarting…": "Телефон: перезапуск…",
    "Phone: stopped": "Телефон: зупинено",
    "Listening on %1": "Приймає дзвінки на %1",
    "Headset: %1": "Гарнітура: %1",
    "⚠ No headset": "⚠ Немає гарнітури",
}


def fill(ts_path: Path) -> list[str]:
    """Fill every message; return the sources that have no Ukrainian text."""
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.getroot().iter("context"):
        context_name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            text = UK.get(f"{context_name}/{source}", UK.get(source))
            translation = message.find("translation")
            assert translation is not None
            if text is None:
                missing.append(f"{context_name}: {source}")
                continue
            translation.text = text
            translation.attrib.pop("type", None)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    default = Path(__file__).resolve().parent / "i18n" / "kuty_uk.ts"
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    not_done = fill(target)
    for line in not_done:
        print(f"untranslated: {line}", file=sys.stderr)
    sys.exit(1 if not_done else 0)

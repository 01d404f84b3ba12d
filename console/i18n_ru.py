"""Russian texts for `i18n/kuty_ru.ts` (issue 12): `python -m console.i18n_ru`.

Loaded when the seat's policy speaks Russian (CSC-2.5) and the seat chose no other UI
language (desk.settings.policy_ui_language). Keys are "Context/English" exactly as in the
.ts (one context's wording may differ from another's); the filling is
`console.i18n_uk.fill`, shared. Covers every context; the Inbox's terms are the CSC
profile's («обращение», «переписка», «шаблон ответа»). A string added later without a
Russian text shows English and is listed by `python -m console.i18n_ru` (it does not
fail, console.i18n_partial says why; `--strict` does).
"""

from __future__ import annotations

import sys

from console.i18n_partial import main

RU: dict[str, str] = {
    # AgentStateBar
    "AgentStateBar/Break": "Перерыв",
    "AgentStateBar/Lunch": "Обед",
    "AgentStateBar/Training": "Обучение",
    "AgentStateBar/Other": "Другое",
    "AgentStateBar/Takes no calls": "Не принимает звонки",
    "AgentStateBar/After-call work": "Постобработка",
    "AgentStateBar/Your state as the phone engine reports it; callers get busy when not ready": (
        "Ваше состояние, как его видит телефонный модуль; когда вы не готовы, абоненты "
        "слышат «занято»"
    ),
    "AgentStateBar/Ready": "Готов",
    "AgentStateBar/Take calls (%1)": "Принимать звонки (%1)",
    "AgentStateBar/Not ready": "Не готов",
    "AgentStateBar/Stop taking calls, with a reason (%1); callers get busy": (
        "Не принимать звонки, с указанием причины (%1); абоненты слышат «занято»"
    ),
    "AgentStateBar/You become Ready when the wrap-up is saved or the after-call time ends": (
        "Вы станете готовы, когда сохраните итог звонка или закончится время постобработки"
    ),
    "AgentStateBar/State: not reported by the phone yet": "Состояние: телефон ещё не сообщил",
    "AgentStateBar/Ready %1": "Готов %1",
    "AgentStateBar/Not ready: %1 %2": "Не готов: %1 %2",
    "AgentStateBar/Not ready %2": "Не готов %2",
    "AgentStateBar/After-call work: %1 left": "Постобработка: осталось %1",
    "AgentStateBar/After-call work %1": "Постобработка %1",
    # AlertBanner
    "AlertBanner/Dismiss": "Закрыть",
    # App
    "App/No user accounts exist yet. An administrator must create the first one on this "
    "computer:\n\n    %1\n\nthen start the console again.": (
        "Учётных записей ещё нет. Администратор должен создать первую на этом "
        "компьютере:\n\n    %1\n\nпосле чего запустите консоль снова."
    ),
    "App/Kuty console": "Консоль Куты",
    "App/Kuty console cannot start": "Консоль Куты не может запуститься",
    "App/The call database cannot be opened, so calls cannot be logged:\n%1": (
        "Не удаётся открыть базу данных звонков, поэтому звонки нельзя учитывать:\n%1"
    ),
    # CallCard
    "CallCard/Only how many profiles have this number: names are shown after verification, "
    "and only the verified caller's (KUTY-2.6)": (
        "Только количество профилей с этим номером: имена видны лишь после верификации и "
        "только верифицированного абонента (KUTY-2.6)"
    ),
    "CallCard/Number blocked": "Номер заблокирован",
    "CallCard/● REC": "● ЗАПИСЬ",
    "CallCard/This call is being recorded (KUTY-1.1)": "Этот звонок записывается (KUTY-1.1)",
    "CallCard/Keys the other side pressed on their phone": "Клавиши, которые нажал собеседник",
    "CallCard/Answer, hold current": "Ответить, текущий — на удержание",
    "CallCard/Reject": "Отклонить",
    "CallCard/Switch to it": "Перейти к нему",
    "CallCard/Hold the current call and talk to the held one (Ctrl+Tab)": (
        "Поставить текущий звонок на удержание и говорить с удерживаемым (Ctrl+Tab)"
    ),
    "CallCard/Answer": "Ответить",
    "CallCard/Hang up": "Завершить",
    "CallCard/Hold": "Удержать",
    "CallCard/Mute": "Выключить микрофон",
    "CallCard/Keypad": "Клавиатура",
    "CallCard/Transfer": "Перевести",
    "CallCard/Answer the ringing call": "Ответить на входящий звонок",
    "CallCard/Reject the ringing call": "Отклонить входящий звонок",
    "CallCard/End the call": "Завершить звонок",
    "CallCard/Put the caller on hold / resume": "Поставить на удержание / продолжить разговор",
    "CallCard/Mute / unmute your microphone": "Выключить / включить ваш микрофон",
    "CallCard/Show the keypad to send tones": "Показать клавиатуру для тоновых сигналов",
    "CallCard/Transfer the call to a seat or number": (
        "Перевести звонок на другое рабочее место или номер"
    ),
    "CallCard/Answer the waiting call; the current one goes on hold (%1)": (
        "Ответить на ожидающий звонок; текущий встанет на удержание (%1)"
    ),
    "CallCard/Reject the waiting call (%1)": "Отклонить ожидающий звонок (%1)",
    "CallCard/Withheld: cannot be verified": "Номер скрыт: верификация невозможна",
    "CallCard/No caller ID: cannot be verified": "Номер неизвестен: верификация невозможна",
    "CallCard/⚠ REC STOPPED": "⚠ ЗАПИСЬ ОСТАНОВЛЕНА",
    "CallCard/No profile: general help only": "Нет профиля: только общая помощь",
    "CallCard/1 profile for this number": "1 профиль с этим номером",
    "CallCard/%1 profiles for this number": "Профилей с этим номером: %1",
    "CallCard/locked after failed verifications": "заблокирован после неудачных проверок",
    "CallCard/On hold": "На удержании",
    "CallCard/Ringing %1": "Звонит %1",
    "CallCard/Calling": "Вызов",
    "CallCard/Ringing": "Звонит",
    "CallCard/Connecting": "Соединение",
    "CallCard/Talking": "Разговор",
    "CallCard/Ended": "Завершён",
    "CallCard/No call": "Нет звонка",
    "CallCard/Resume": "Продолжить",
    "CallCard/Unmute": "Включить микрофон",
    "CallCard/Consultation call — the caller %1 is on hold": (
        "Консультация — абонент %1 на удержании"
    ),
    "CallCard/Caller pressed: %1": "Абонент нажал: %1",
    "CallCard/Also on the line: %1": "Также на линии: %1",
    "CallCard/(consultation)": "(консультация)",
    "CallCard/(caller being transferred)": "(абонент, которого переводим)",
    "CallCard/on hold": "на удержании",
    "CallCard/talking": "разговор",
    "CallCard/Second call: %1 — ringing %2": "Второй звонок: %1 — звонит %2",
    # CallControls
    "CallControls/Missed call from %1: you were not ready": (
        "Пропущенный звонок от %1: вы не были готовы"
    ),
    "CallControls/Missed call from %1: busy on another call": (
        "Пропущенный звонок от %1: вы разговаривали с другим абонентом"
    ),
    "CallControls/Missed call from %1: it could not be recorded (KUTY-1.1)": (
        "Пропущенный звонок от %1: его не удалось бы записать (KUTY-1.1)"
    ),
    "CallControls/Missed call from %1: all lines of this seat were busy": (
        "Пропущенный звонок от %1: все линии этого рабочего места были заняты"
    ),
    "CallControls/Refused a malformed call request from %1": (
        "Отклонён некорректный запрос звонка от %1"
    ),
    "CallControls/Refused a call from %1: this desk takes no voice calls (KZP-30-8)": (
        "Отклонён звонок от %1: служба не принимает голосовые звонки (KZP-30-8)"
    ),
    "CallControls/Refused a call from %1: it did not come through the PBX": (
        "Отклонён звонок от %1: он поступил не через АТС"
    ),
    "CallControls/Missed call from %1": "Пропущенный звонок от %1",
    "CallControls/Agent state and dialling": "Состояние оператора и набор номера",
    # CallerCard
    "CallerCard/Application": "Заявление",
    "CallerCard/Child": "Ребёнок",
    "CallerCard/Status": "Статус",
    "CallerCard/Created / updated": "Создано / обновлено",
    "CallerCard/Kindergartens": "Дошкольные учреждения",
    "CallerCard/Only the verified caller's own applications (KUTY-2.6)": (
        "Только собственные заявления верифицированного абонента (KUTY-2.6)"
    ),
    "CallerCard/✓ Technical help with the Service: registering, submitting an application, "
    "changing data the user created (KUTY-2.1)": (
        "✓ Техническая помощь с Сервисом: регистрация, подача заявления, изменение данных, "
        "созданных пользователем (KUTY-2.1)"
    ),
    "CallerCard/✗ Detailed consultation: only after verification (KUTY-2.2)": (
        "✗ Подробная консультация — только после верификации (KUTY-2.2)"
    ),
    "CallerCard/✗ No legal advice (KUTY-2.3)": "✗ Никаких юридических консультаций (KUTY-2.3)",
    "CallerCard/✗ No explanations of queue order or of whether applications exist, beyond "
    "technical aspects (KUTY-2.4)": (
        "✗ Никаких пояснений о порядке очереди или наличии заявлений, кроме технических "
        "аспектов (KUTY-2.4)"
    ),
    "CallerCard/✗ Never enter applications on an applicant's behalf (KUTY-2.5)": (
        "✗ Не вносить заявления в систему вместо заявителя (KUTY-2.5)"
    ),
    "CallerCard/✗ Never give personal data of third persons (KUTY-2.6)": (
        "✗ Не сообщать персональные данные третьих лиц (KUTY-2.6)"
    ),
    "CallerCard/✗ No advice on other electronic products (KUTY-2.7)": (
        "✗ Никаких консультаций по другим электронным продуктам (KUTY-2.7)"
    ),
    "CallerCard/No caller": "Нет абонента",
    "CallerCard/General consultation mode": "Режим общей консультации",
    "CallerCard/Verified caller: detailed consultation (KUTY-2.2)": (
        "Верифицированный абонент: подробная консультация (KUTY-2.2)"
    ),
    "CallerCard/No applications": "Заявлений нет",
    # CallerDisplay
    "CallerDisplay/Withheld": "Номер скрыт",
    "CallerDisplay/Unknown number": "Неизвестный номер",
    "CallerDisplay/Incoming": "Входящий",
    "CallerDisplay/Outgoing": "Исходящий",
    "CallerDisplay/Operator hung up": "Завершил оператор",
    "CallerDisplay/Caller hung up": "Завершил абонент",
    "CallerDisplay/Rejected": "Отклонён",
    "CallerDisplay/Missed": "Пропущен",
    "CallerDisplay/Answered elsewhere": "Ответил другой оператор",
    "CallerDisplay/Failed": "Ошибка",
    "CallerDisplay/Interrupted": "Прерван",
    "CallerDisplay/Console closed": "Консоль закрыта",
    "CallerDisplay/Refused: all lines busy": "Отклонён: все линии заняты",
    "CallerDisplay/Refused: malformed call request": "Отклонён: некорректный запрос звонка",
    "CallerDisplay/Refused: this desk takes no voice calls": (
        "Отклонён: служба не принимает голосовые звонки"
    ),
    "CallerDisplay/Refused: not from the PBX": "Отклонён: не через АТС",
    "CallerDisplay/In progress": "Идёт",
    "CallerDisplay/Recording": "Записывается",
    "CallerDisplay/Recorded": "Записан",
    "CallerDisplay/Repaired": "Восстановлен",
    "CallerDisplay/Recording failed": "Запись не удалась",
    "CallerDisplay/No recording": "Нет записи",
    # DialBox
    "DialBox/Type a number to call.": "Введите номер, чтобы позвонить.",
    "DialBox/Not a SIP address: it must look like sip:name@host.": (
        "Это не адрес SIP: он должен выглядеть как sip:имя@узел."
    ),
    "DialBox/A phone number has only digits; a seat name starts with a letter.": (
        "Номер телефона состоит только из цифр; название рабочего места начинается с буквы."
    ),
    "DialBox/Not a valid phone number: check the digits.": "Неверный номер: проверьте цифры.",
    "DialBox/Number to call, e.g. 067 123 45 67 (%1)": "Номер, напр. 067 123 45 67 (%1)",
    "DialBox/Type a number or sip: address and press Enter to call (%1)": (
        "Введите номер или адрес sip: и нажмите Enter, чтобы позвонить (%1)"
    ),
    "DialBox/Call": "Позвонить",
    "DialBox/Call the number (Enter in the field)": "Позвонить на номер (Enter в поле)",
    "DialBox/Missed calls and call-backs due; pick one to call back (Ctrl+M)": (
        "Пропущенные звонки и запланированные перезвоны; выберите, кому перезвонить (Ctrl+M)"
    ),
    "DialBox/Calling %1…": "Звоним на %1…",
    "DialBox/Missed: %1": "Пропущенные: %1",
    "DialBox/Call back: %1": "Перезвонить: %1",
    "DialBox/No missed calls": "Нет пропущенных звонков",
    "DialBox/Missed calls — pick one to call back": "Пропущенные — выберите, кому перезвонить",
    "DialBox/Call-backs due": "Запланированные перезвоны",
    "DialBox/%1 — by %2": "%1 — до %2",
    "DialBox/not answered": "без ответа",
    "DialBox/you were not ready": "вы не были готовы",
    "DialBox/busy on another call": "вы разговаривали с другим абонентом",
    "DialBox/rejected": "отклонён",
    "DialBox/could not be recorded": "не удалось бы записать",
    "DialBox/all lines were busy": "все линии были заняты",
    # DtmfPad
    "DtmfPad/Tones sent on this call": "Тоновые сигналы, отправленные в этом звонке",
    "DtmfPad/Tones (F4):": "Тоны (F4):",
    "DtmfPad/Keypad (F4): click or type digits, * and #": (
        "Клавиатура (F4): нажимайте или вводите цифры, * и #"
    ),
    "DtmfPad/Send tone %1 (type %1)": "Отправить сигнал %1 (клавиша %1)",
    # HistoryWidget
    "HistoryWidget/Today's calls": "Звонки за сегодня",
    "HistoryWidget/Time": "Время",
    "HistoryWidget/Direction": "Направление",
    "HistoryWidget/Number": "Номер",
    "HistoryWidget/Duration": "Длительность",
    "HistoryWidget/End": "Завершение",
    "HistoryWidget/Recording": "Запись",
    "HistoryWidget/Verification": "Верификация",
    "HistoryWidget/Category": "Категория",
    "HistoryWidget/Reg. number": "Рег. номер",
    "HistoryWidget/Call back": "Перезвонить",
    "HistoryWidget/Call the selected row's number back (Enter or double click on the row)": (
        "Перезвонить на номер выбранной строки (Enter или двойной щелчок по строке)"
    ),
    "HistoryWidget/Threat": "Угроза",
    "HistoryWidget/Abuse": "Оскорбление",
    "HistoryWidget/Not ready": "Не готов",
    "HistoryWidget/Busy": "Занято",
    "HistoryWidget/Not recorded — refused": "Без записи — отклонён",
    "HistoryWidget/All lines busy — refused": "Все линии заняты — отклонён",
    "HistoryWidget/No voice calls — refused": "Без голосовых звонков — отклонён",
    "HistoryWidget/Transferred": "Переведён",
    "HistoryWidget/Transferred to %1": "Переведён на %1",
    "HistoryWidget/Verified": "Верифицирован",
    "HistoryWidget/Not verified": "Не верифицирован",
    "HistoryWidget/Locked": "Заблокирован",
    "HistoryWidget/General help only": "Только общая консультация",
    # IncidentBar
    "IncidentBar/Abuse — end call": "Оскорбление — завершить",
    "IncidentBar/Threat — end call + police": "Угроза — завершить + полиция",
    "IncidentBar/Abuse: end the call now and report to management (KUTY-3.1)": (
        "Оскорбление: немедленно завершить звонок и сообщить руководству (KUTY-3.1)"
    ),
    "IncidentBar/Threat: end the call now, report to management and the police (KUTY-3.2)": (
        "Угроза: немедленно завершить звонок, сообщить руководству и полиции (KUTY-3.2)"
    ),
    "IncidentBar/Incident %1 filed; management is notified.": (
        "Инцидент %1 зарегистрирован; руководство уведомлено."
    ),
    "IncidentBar/The incident could not be filed (%1). Tell your supervisor now.": (
        "Не удалось зарегистрировать инцидент (%1). Немедленно сообщите руководителю."
    ),
    # IncidentForm
    "IncidentForm/What the caller said (optional)": "Что сказал абонент (необязательно)",
    "IncidentForm/Save note": "Сохранить примечание",
    "IncidentForm/It was a mistake": "Это была ошибка",
    "IncidentForm/Withdraw this incident: the button was pressed by mistake. Management is "
    "told, the record is kept and audited (KUTY-3.1, KUTY-3.2).": (
        "Отозвать этот инцидент: кнопка нажата по ошибке. Руководство будет уведомлено, "
        "запись сохраняется и попадает в журнал аудита (KUTY-3.1, KUTY-3.2)."
    ),
    "IncidentForm/It is abuse, not a threat": "Это оскорбление, а не угроза",
    "IncidentForm/Change the threat (KUTY-3.2) into abuse (KUTY-3.1): the police package is "
    "marked withdrawn, management is told, and it is audited.": (
        "Изменить угрозу (KUTY-3.2) на оскорбление (KUTY-3.1): пакет для полиции помечается "
        "отозванным, руководство уведомляется, действие записывается в журнал аудита."
    ),
    "IncidentForm/Why? (required)": "Почему? (обязательно)",
    "IncidentForm/Confirm": "Подтвердить",
    "IncidentForm/Cancel": "Отмена",
    "IncidentForm/Threat (KUTY-3.2)": "Угроза (KUTY-3.2)",
    "IncidentForm/Abuse (KUTY-3.1)": "Оскорбление (KUTY-3.1)",
    "IncidentForm/%1: incident %2 is filed and management is notified. Optionally, write "
    "down what was said.": (
        "%1: инцидент %2 зарегистрирован, руководство уведомлено. При желании запишите, что "
        "было сказано."
    ),
    "IncidentForm/Note saved.": "Примечание сохранено.",
    "IncidentForm/Say why the incident is withdrawn, then confirm.": (
        "Напишите, почему инцидент отзывается, и подтвердите."
    ),
    "IncidentForm/Say why this was abuse and not a threat, then confirm.": (
        "Напишите, почему это было оскорбление, а не угроза, и подтвердите."
    ),
    "IncidentForm/Type the reason first.": "Сначала напишите причину.",
    "IncidentForm/Incident %1 is withdrawn; management is told.": (
        "Инцидент %1 отозван; руководство уведомлено."
    ),
    "IncidentForm/Changed to abuse (KUTY-3.1); the police package is withdrawn.": (
        "Изменено на оскорбление (KUTY-3.1); пакет для полиции отозван."
    ),
    "IncidentForm/Not saved (%1); try again.": "Не сохранено (%1); попробуйте ещё раз.",
    # IncidentsUi
    "IncidentsUi/Written messages": "Письменные обращения",
    "IncidentsUi/Supervisor queue": "Очередь руководителя",
    "IncidentsUi/Complaints": "Жалобы",
    "IncidentsUi/Incident settings are invalid (%1); e-mail reports are off.": (
        "Настройки инцидентов ошибочны (%1); уведомления по электронной почте отключены."
    ),
    "IncidentsUi/Supervisor queue (%1)": "Очередь руководителя (%1)",
    # MainWindow
    "MainWindow/Kuty help desk — operator console": "Служба поддержки Куты — консоль оператора",
    "MainWindow/Incidents": "Инциденты",
    "MainWindow/Today's calls": "Звонки за сегодня",
    "MainWindow/Calls": "Звонки",
    "MainWindow/The call, the caller's verification (KUTY-2.2) and today's calls": (
        "Разговор, верификация абонента (KUTY-2.2) и звонки за сегодня"
    ),
    "MainWindow/Supervision": "Надзор",
    "MainWindow/Notices, incidents (KUTY-3.x) and complaints (KUTY-1.2)": (
        "Уведомления, инциденты (KUTY-3.x) и жалобы (KUTY-1.2)"
    ),
    "MainWindow/Reports": "Отчёты",
    "MainWindow/Calls, outcomes, incidents, verification and complaints by day": (
        "Звонки, их результаты, инциденты, верификация и жалобы по дням"
    ),
    "MainWindow/Administration": "Администрирование",
    "MainWindow/Seat settings, SIP accounts, users and imports": (
        "Настройки рабочего места, SIP-учётные записи, пользователи и импорт"
    ),
    "MainWindow/Wallboard": "Табло",
    "MainWindow/Scripts": "Сценарии",
    "MainWindow/Caller": "Абонент",
    "MainWindow/Dialling is not available on this console.": (
        "Набор номера недоступен в этой консоли."
    ),
    "MainWindow/No headset found: you cannot hear callers. Plug in the headset.": (
        "Гарнитура не найдена: вы не услышите абонентов. Подключите гарнитуру."
    ),
    "MainWindow/The phone engine stopped unexpectedly (%1). It is restarting; a call in "
    "progress was cut off and its recording is kept.": (
        "Телефонный модуль неожиданно остановился (%1). Он перезапускается; текущий звонок "
        "оборван, его запись сохранена."
    ),
    "MainWindow/The phone engine is running again.": "Телефонный модуль снова работает.",
    "MainWindow/Could not %1: %2": "Не удалось %1: %2",
    "MainWindow/answer the call": "ответить на звонок",
    "MainWindow/reject the call": "отклонить звонок",
    "MainWindow/hang up": "завершить звонок",
    "MainWindow/put the call on hold": "поставить звонок на удержание",
    "MainWindow/resume the call": "продолжить разговор",
    "MainWindow/mute the microphone": "выключить микрофон",
    "MainWindow/send tones": "отправить тоновые сигналы",
    "MainWindow/place the call": "позвонить",
    "MainWindow/change your state": "изменить ваше состояние",
    "MainWindow/transfer the call": "перевести звонок",
    "MainWindow/call for a consultation": "позвонить для консультации",
    "MainWindow/complete the transfer": "завершить перевод",
    "MainWindow/register the SIP account": "зарегистрировать учётную запись SIP",
    "MainWindow/remove the SIP account": "удалить учётную запись SIP",
    "MainWindow/RECORDING FAILED: this call is not being recorded (KUTY-1.1). Tell your "
    "supervisor now.": (
        "ЗАПИСЬ НЕ УДАЛАСЬ: этот звонок не записывается (KUTY-1.1). Немедленно сообщите "
        "руководителю."
    ),
    "MainWindow/RECORDING STOPPED: the recordings folder takes no more audio, this call is "
    "being lost (KUTY-1.1). Tell your supervisor now; supervisors were notified.": (
        "ЗАПИСЬ ОСТАНОВЛЕНА: папка записей больше не принимает звук, этот звонок теряется "
        "(KUTY-1.1). Немедленно сообщите руководителю; руководители уведомлены."
    ),
    "MainWindow/Recording continues; the missing part is marked in the recording.": (
        "Запись продолжается; пропущенная часть отмечена в записи."
    ),
    "MainWindow/Little free space is left for recordings. Tell your supervisor before it "
    "runs out (KUTY-1.1).": (
        "Для записей осталось мало свободного места. Сообщите руководителю, пока оно не "
        "закончилось (KUTY-1.1)."
    ),
    "MainWindow/The phone engine cannot start (%1). Calls cannot be taken; tell the "
    "administrator.": (
        "Телефонный модуль не может запуститься (%1). Звонки не принимаются; сообщите "
        "администратору."
    ),
    "MainWindow/The desk speakers for the ringtone cannot be opened: calls ring only in the "
    "headset. Check the ringer device in the settings.": (
        "Не удаётся открыть динамики для звонка: звонок слышен только в гарнитуре. Проверьте "
        "устройство звонка в настройках."
    ),
    "MainWindow/A call was refused because it could not be recorded (KUTY-1.1): the caller "
    "heard an apology. Tell your supervisor now; supervisors were notified.": (
        "Звонок отклонён, потому что его невозможно записать (KUTY-1.1): абонент услышал "
        "извинение. Немедленно сообщите руководителю; руководители уведомлены."
    ),
    "MainWindow/The database is unreachable: calls are still answered and recorded, their "
    "details are kept on this computer and saved when it is back.": (
        "База данных недоступна: звонки по-прежнему принимаются и записываются, их данные "
        "хранятся на этом компьютере и будут сохранены, как только база вернётся."
    ),
    "MainWindow/The database is back; the kept call details were saved.": (
        "База данных снова доступна; сохранённые данные звонков записаны."
    ),
    "MainWindow/Recordings interrupted by the engine failure could not be repaired. Tell "
    "your supervisor.": (
        "Записи, прерванные сбоем модуля, не удалось восстановить. Сообщите руководителю."
    ),
    "MainWindow/The STUN server did not answer: the phone uses this computer's local "
    "address. Calls through a provider outside the office may have no sound; tell the "
    "administrator.": (
        "Сервер STUN не ответил: телефон использует локальный адрес этого компьютера. В "
        "звонках через провайдера вне офиса может не быть звука; сообщите администратору."
    ),
    "MainWindow/ICE is switched off: the phone listens on a loopback address. Calls still "
    "work; set a network address in the settings to use ICE.": (
        "ICE отключён: телефон слушает на адресе loopback. Звонки работают; чтобы включить "
        "ICE, укажите сетевой адрес в настройках."
    ),
    "MainWindow/Phone alert: %1": "Предупреждение телефона: %1",
    # MessagesView
    "MessagesView/E-mail": "Электронная почта",
    "MessagesView/Chat": "Чат",
    "MessagesView/Log message": "Зарегистрировать обращение",
    "MessagesView/Written messages": "Письменные обращения",
    "MessagesView/Abuse — stop + report": "Оскорбление — прекратить + сообщить",
    "MessagesView/Stop the correspondence and report to management (KUTY-3.3)": (
        "Прекратить переписку и сообщить руководству (KUTY-3.3)"
    ),
    "MessagesView/Threat — stop + report + police": "Угроза — прекратить + сообщить + полиция",
    "MessagesView/Stop the correspondence, report to management and the police (KUTY-3.4)": (
        "Прекратить переписку, сообщить руководству и полиции (KUTY-3.4)"
    ),
    "MessagesView/Channel": "Канал",
    "MessagesView/Sender": "Отправитель",
    "MessagesView/Subject": "Тема",
    "MessagesView/Text": "Текст",
    "MessagesView/THREAT": "УГРОЗА",
    "MessagesView/ABUSE": "ОСКОРБЛЕНИЕ",
    "MessagesView/Sender and text are required.": "Нужно указать отправителя и текст.",
    "MessagesView/Message %1 logged (KUTY-1.1).": "Обращение %1 зарегистрировано (KUTY-1.1).",
    "MessagesView/Correspondence stopped; incident %1 filed.": (
        "Переписка прекращена; инцидент %1 зарегистрирован."
    ),
    "MessagesView/Not saved: %1": "Не сохранено: %1",
    # RingAlert
    "RingAlert/Second call waiting": "Второй звонок ожидает",
    "RingAlert/Incoming call": "Входящий звонок",
    # ScriptsPanel
    "ScriptsPanel/Scripts": "Сценарии",
    "ScriptsPanel/Script text to read aloud": "Текст сценария, чтобы прочитать вслух",
    "ScriptsPanel/This desk's policy has no scripts.": "В политике этой службы нет сценариев.",
    "ScriptsPanel/Scripts to read aloud (%1 to come here; arrows choose; Enter records a "
    "refusal)": (
        "Сценарии, чтобы прочитать вслух (%1 — перейти сюда; стрелки — выбор; Enter — "
        "записать отказ)"
    ),
    "ScriptsPanel/Rules: %1": "Правила: %1",
    "ScriptsPanel/Refused: %1": "Отказано: %1",
    'ScriptsPanel/Put "refused: %1" on the wrap-up of this call (Enter in the list)': (
        "Добавить «отказано: %1» в итог этого звонка (Enter в списке)"
    ),
    "ScriptsPanel/Added to the wrap-up: refused %1.": "Добавлено в итог: отказано %1.",
    'ScriptsPanel/No call or open wrap-up to add "refused: %1" to.': (
        "Нет звонка или открытого итога, в который добавить «отказано: %1»."
    ),
    # SignInDialog
    "SignInDialog/Kuty — sign in": "Куты — вход",
    "SignInDialog/Username:": "Имя пользователя:",
    "SignInDialog/Password:": "Пароль:",
    "SignInDialog/Sign in": "Войти",
    "SignInDialog/Sign in with your Kuty account.": "Войдите под своей учётной записью Куты.",
    "SignInDialog/Enter your username and password.": "Введите имя пользователя и пароль.",
    "SignInDialog/Too many failed attempts: this account is locked until %1. Try again later "
    "or ask an administrator to reset the password.": (
        "Слишком много неудачных попыток: учётная запись заблокирована до %1. Попробуйте "
        "позже или попросите администратора сбросить пароль."
    ),
    "SignInDialog/Wrong username or password.": "Неверное имя пользователя или пароль.",
    "SignInDialog/Sign-in is not possible: %1": "Войти невозможно: %1",
    # StatusWidget
    "StatusWidget/● REC": "● ЗАПИСЬ",
    "StatusWidget/This call is being recorded (KUTY-1.1)": "Этот звонок записывается (KUTY-1.1)",
    "StatusWidget/Phone: starting…": "Телефон: запуск…",
    "StatusWidget/Phone: ready": "Телефон: готов",
    "StatusWidget/Phone: stopped unexpectedly": "Телефон: неожиданно остановился",
    "StatusWidget/Phone: restarting…": "Телефон: перезапуск…",
    "StatusWidget/Phone: stopped": "Телефон: остановлен",
    "StatusWidget/no OpenSSL: SIP over TLS is unavailable": "без OpenSSL: SIP через TLS недоступен",
    "StatusWidget/PJSIP %1; TLS: %2": "PJSIP %1; TLS: %2",
    "StatusWidget/version unknown": "версия неизвестна",
    "StatusWidget/Listening on %1": "Принимает звонки на %1",
    "StatusWidget/Headset: %1": "Гарнитура: %1",
    "StatusWidget/⚠ No headset": "⚠ Нет гарнитуры",
    "StatusWidget/⚠ REC STOPPED": "⚠ ЗАПИСЬ ОСТАНОВЛЕНА",
    "StatusWidget/Audio of this call is being lost: the recordings folder takes no more "
    "audio (KUTY-1.1). Tell your supervisor.": (
        "Звук этого звонка теряется: папка записей больше не принимает звук (KUTY-1.1). "
        "Сообщите руководителю."
    ),
    "StatusWidget/Registration failed: %1 %2": "Ошибка регистрации: %1 %2",
    "StatusWidget/Registered: %1": "Зарегистрирован: %1",
    "StatusWidget/Not registered: %1": "Не зарегистрирован: %1",
    "StatusWidget/Local mode (no registration)": "Локальный режим (без регистрации)",
    "StatusWidget/%1 refused INVITEs from unknown hosts": (
        "Отклонено INVITE от неизвестных узлов: %1"
    ),
    "StatusWidget/STUN: public address from %1": "STUN: публичный адрес от %1",
    "StatusWidget/STUN failed: %1": "STUN не удался: %1",
    # TransferPanel
    "TransferPanel/Transfer (F7)": "Перевод (F7)",
    "TransferPanel/Seat, supervisor or number": "Рабочее место, руководитель или номер",
    "TransferPanel/Where the call goes: a number or sip: address; Enter = blind transfer": (
        "Куда перевести: номер или адрес sip:; Enter — перевод без консультации"
    ),
    "TransferPanel/Blind transfer": "Перевести сразу",
    "TransferPanel/Send the caller straight to the target, without talking to them first": (
        "Перевести абонента сразу, не разговаривая сначала с адресатом"
    ),
    "TransferPanel/Consult first": "Сначала консультация",
    "TransferPanel/Hold the caller and call the target; then complete or cancel": (
        "Поставить абонента на удержание и позвонить адресату; затем завершить или отменить"
    ),
    "TransferPanel/Complete transfer": "Завершить перевод",
    "TransferPanel/Connect the caller to the consulted person": (
        "Соединить абонента с тем, с кем консультировались"
    ),
    "TransferPanel/Cancel transfer": "Отменить перевод",
    "TransferPanel/Hang up the consultation and go back to the caller": (
        "Завершить консультацию и вернуться к абоненту"
    ),
    "TransferPanel/Transferring to %1…": "Переводим на %1…",
    "TransferPanel/Calling %1 to consult…": "Звоним %1 для консультации…",
    "TransferPanel/Transferring…": "Переводим…",
    "TransferPanel/Transfer cancelled; back to the caller.": (
        "Перевод отменён; вы снова с абонентом."
    ),
    "TransferPanel/Transferred": "Переведён",
    "TransferPanel/Could not transfer: %1": "Не удалось перевести: %1",
    # VerificationPanel
    "VerificationPanel/Detailed help only for a verified caller (KUTY-2.2)": (
        "Подробная консультация — только верифицированному абоненту (KUTY-2.2)"
    ),
    "VerificationPanel/Caller verification": "Верификация абонента",
    "VerificationPanel/Type the surname the caller says (KUTY-2.2)": (
        "Введите фамилию, которую называет абонент (KUTY-2.2)"
    ),
    "VerificationPanel/Type the first name the caller says (KUTY-2.2)": (
        "Введите имя, которое называет абонент (KUTY-2.2)"
    ),
    "VerificationPanel/Type the key phrase the caller says; it is never shown or stored "
    "(KUTY-2.2)": (
        "Введите ключевую фразу, которую называет абонент; она нигде не показывается и не "
        "хранится (KUTY-2.2)"
    ),
    "VerificationPanel/Start verification": "Начать проверку",
    "VerificationPanel/Check the caller's number, then ask surname, first name, key phrase": (
        "Проверить номер абонента, затем спросить фамилию, имя, ключевую фразу"
    ),
    "VerificationPanel/Surname": "Фамилия",
    "VerificationPanel/First name": "Имя",
    "VerificationPanel/Key phrase": "Ключевая фраза",
    "VerificationPanel/Type what the caller says, then press Enter.": (
        "Введите то, что говорит абонент, и нажмите Enter."
    ),
    "VerificationPanel/You may not verify callers: %1": (
        "Вы не имеете права верифицировать абонентов: %1"
    ),
    "VerificationPanel/Verification failed: %1": "Не удалось выполнить проверку: %1",
    "VerificationPanel/Attempts left: %1": "Осталось попыток: %1",
    "VerificationPanel/You may help with general technical questions only (KUTY-2.1).": (
        "Можно помогать только с общими техническими вопросами (KUTY-2.1)."
    ),
    "VerificationPanel/%1 hours from the last failed attempt": (
        "%1 ч от последней неудачной попытки"
    ),
    "VerificationPanel/Ask the caller's surname.": "Спросите фамилию абонента.",
    "VerificationPanel/Not verified: the answers do not match. Ask all three again, from the "
    "surname.": (
        "Не верифицирован: ответы не совпадают. Спросите все три ещё раз, начиная с фамилии."
    ),
    "VerificationPanel/The caller is verified: detailed consultation is allowed (KUTY-2.2).": (
        "Абонент верифицирован: подробная консультация разрешена (KUTY-2.2)."
    ),
    "VerificationPanel/The answers do not match and this call has no attempts left. Tell the "
    "caller: “We could not confirm your identity, so I can only give general help.”": (
        "Ответы не совпадают, и попыток в этом звонке больше нет. Скажите абоненту: «Мы не "
        "смогли подтвердить вашу личность, поэтому я могу оказать только общую консультацию.»"
    ),
    "VerificationPanel/Verification was not finished.": "Проверка не завершена.",
    "VerificationPanel/Too many failed verifications: the profile is locked until %1. Tell "
    "the caller: “For your security, checks by phone are paused until %1; please call again "
    "then.”": (
        "Слишком много неудачных проверок: профиль заблокирован до %1. Скажите абоненту: «В "
        "целях безопасности проверка по телефону приостановлена до %1; пожалуйста, позвоните "
        "после этого.»"
    ),
    "VerificationPanel/The number is withheld, so the caller cannot be verified. Tell the "
    "caller: “Please call again from the number in your profile without hiding it.”": (
        "Номер скрыт, поэтому абонента нельзя верифицировать. Скажите абоненту: «Пожалуйста, "
        "позвоните с номера, указанного в вашем профиле, не скрывая его.»"
    ),
    "VerificationPanel/The caller's number is unknown, so the caller cannot be verified. "
    "Tell the caller: “Please call again from the number in your profile.”": (
        "Номер абонента неизвестен, поэтому его нельзя верифицировать. Скажите абоненту: "
        "«Пожалуйста, позвоните с номера, указанного в вашем профиле.»"
    ),
    "VerificationPanel/No profile in the Service has this number. Tell the caller: “Detailed "
    "help is given only when you call from the number in your profile.”": (
        "Ни один профиль в Сервисе не имеет этого номера. Скажите абоненту: «Подробная "
        "консультация предоставляется, только когда вы звоните с номера, указанного в вашем "
        "профиле.»"
    ),
    "VerificationPanel/Checking the number…": "Проверка номера…",
    "VerificationPanel/Verification: surname": "Проверка: фамилия",
    "VerificationPanel/Verification: first name": "Проверка: имя",
    "VerificationPanel/Verification: key phrase": "Проверка: ключевая фраза",
    "VerificationPanel/VERIFIED": "ВЕРИФИЦИРОВАН",
    "VerificationPanel/NOT VERIFIED": "НЕ ВЕРИФИЦИРОВАН",
    "VerificationPanel/LOCKED": "ЗАБЛОКИРОВАН",
    "VerificationPanel/General consultation only": "Только общая консультация",
    "VerificationPanel/Checking…": "Проверка…",
    "VerificationPanel/No answered call": "Нет разговора",
    "VerificationPanel/Not verified yet": "Ещё не верифицирован",
    "VerificationPanel/Press “Start verification” (%1) before giving detailed help.": (
        "Нажмите «Начать проверку» (%1), прежде чем давать подробную консультацию."
    ),
    # WorkspaceNav
    "WorkspaceNav/Workspaces": "Рабочие области",
    # WrapUpPane
    "WrapUpPane/Registration in the service": "Регистрация в Сервисе",
    "WrapUpPane/Submitting an application": "Подача заявления",
    "WrapUpPane/Changing the user's data": "Изменение данных пользователя",
    "WrapUpPane/Legal question": "Юридический вопрос",
    "WrapUpPane/Order in the queue": "Порядок в очереди",
    "WrapUpPane/Filing on the caller's behalf": "Подача заявления вместо заявителя",
    "WrapUpPane/Other people's data": "Данные других лиц",
    "WrapUpPane/Other products": "Другие продукты",
    "WrapUpPane/Consultation": "Консультация",
    "WrapUpPane/Error or defect": "Ошибка или дефект",
    "WrapUpPane/Out of scope": "Вне компетенции",
    "WrapUpPane/Support request": "Запрос на поддержку",
    "WrapUpPane/Using the portal": "Пользование порталом",
    "WrapUpPane/Not a portal user": "Не пользователь портала",
    "WrapUpPane/This call has no number: type the number to call back.": (
        "У этого звонка нет номера: введите номер для обратного звонка."
    ),
    "WrapUpPane/The call-back number is not a valid phone number.": (
        "Номер для обратного звонка не является действительным номером телефона."
    ),
    "WrapUpPane/A call-back is offered only to VIP cases (EEP-8).": (
        "Обратный звонок предоставляется только для обращений уровня VIP (EEP-8)."
    ),
    "WrapUpPane/The call-back time is in the past.": "Время обратного звонка уже прошло.",
    "WrapUpPane/The call-back time is more than a year ahead.": (
        "Время обратного звонка более чем на год вперёд."
    ),
    "WrapUpPane/Topic": "Тема",
    "WrapUpPane/Notes": "Примечания",
    "WrapUpPane/%1 must be one line.": "%1: должно быть одной строкой.",
    "WrapUpPane/%1 is too long (at most %2 characters).": (
        "%1: слишком длинно (не более %2 символов)."
    ),
    "WrapUpPane/%1 contains characters that cannot be stored.": (
        "%1: содержит символы, которые невозможно сохранить."
    ),
    "WrapUpPane/Choose a category from the list.": "Выберите категорию из списка.",
    "WrapUpPane/This registration number is already used.": (
        "Этот регистрационный номер уже использован."
    ),
    "WrapUpPane/The wrap-up was not saved: %1": "Итог не сохранён: %1",
    "WrapUpPane/What the contact was about, in a few words": (
        "О чём было обращение, в нескольких словах"
    ),
    "WrapUpPane/Copy": "Копировать",
    "WrapUpPane/Copy the registration number": "Скопировать регистрационный номер",
    "WrapUpPane/Call back needed": "Нужен обратный звонок",
    "WrapUpPane/Save wrap-up": "Сохранить итог",
    "WrapUpPane/Save the wrap-up and become ready for calls (%1)": (
        "Сохранить итог и стать готовым к звонкам (%1)"
    ),
    "WrapUpPane/Close": "Закрыть",
    "WrapUpPane/Category": "Категория",
    "WrapUpPane/Registration number": "Регистрационный номер",
    "WrapUpPane/Refused": "Отказано",
    "WrapUpPane/— choose —": "— выберите —",
    "WrapUpPane/contact": "обращение",
    "WrapUpPane/After-call work: %1": "Постобработка: %1",
    "WrapUpPane/Choose a category first.": "Сначала выберите категорию.",
    "WrapUpPane/Saving…": "Сохранение…",
    "WrapUpPane/Saved as incomplete: the time for wrap-up ran out.": (
        "Сохранено как незавершённое: время постобработки истекло."
    ),
    "WrapUpPane/Wrap-up saved.": "Итог сохранён.",
    "WrapUpPane/The database cannot be reached: the wrap-up is kept on this computer and "
    "saved when it is back.": (
        "База данных недоступна: итог хранится на этом компьютере и будет сохранён, как "
        "только база вернётся."
    ),
    "WrapUpPane/Time left: %1": "Осталось: %1",
    "WrapUpPane/given when saved": "будет присвоен при сохранении",
    "WrapUpPane/not needed for this category": "для этой категории не нужен",
    "WrapUpPane/Registration number copied.": "Регистрационный номер скопирован.",
    # MainWindow (the Inbox)
    "MainWindow/Inbox": "Письма",
    "MainWindow/Written contacts: e-mails in order of arrival, thread, reply, notes, abuse and "
    "threats (KZP-30-9, CSC-2.4, KUTY-3.3/3.4)": (
        "Письменные обращения: письма в порядке поступления, переписка, ответ, заметки, "
        "оскорбления и угрозы (KZP-30-9, CSC-2.4, KUTY-3.3/3.4)"
    ),
    # WrittenView
    "WrittenView/Written contacts in order of arrival": (
        "Письменные обращения в порядке поступления"
    ),
    "WrittenView/First come, first answered (KZP-30-9, CSC-2.4)": (
        "Кто раньше написал, тому раньше ответят (KZP-30-9, CSC-2.4)"
    ),
    "WrittenView/Refresh": "Обновить",
    "WrittenView/Next case": "Следующее обращение",
    "WrittenView/Open the next case in the queue (%1)": (
        "Открыть следующее обращение в очереди (%1)"
    ),
    "WrittenView/Written cases in order of arrival": "Письменные обращения в порядке поступления",
    "WrittenView/Arrived": "Поступило",
    "WrittenView/Channel": "Канал",
    "WrittenView/From": "От кого",
    "WrittenView/Subject": "Тема",
    "WrittenView/No.": "Номер",
    "WrittenView/Status": "Статус",
    "WrittenView/Answer due": "Ответить до",
    "WrittenView/No written contacts are waiting.": "Нет ожидающих письменных обращений.",
    "WrittenView/Select a case on the left.": "Выберите обращение слева.",
    "WrittenView/Take case": "Взять обращение",
    "WrittenView/Handle this case yourself; its answer time runs from now (CSC-2.4)": (
        "Взять обращение в работу; время на ответ отсчитывается с этого момента (CSC-2.4)"
    ),
    "WrittenView/Join the call": "Привязать звонок",
    "WrittenView/Join this seat's last call to this case, when it is the same person": (
        "Привязать последний звонок этого рабочего места к обращению, если это тот же человек"
    ),
    "WrittenView/Messages and internal notes of the case": "Письма и внутренние заметки обращения",
    "WrittenView/Attachments": "Вложения",
    "WrittenView/Save attachment…": "Сохранить вложение…",
    "WrittenView/Save the selected attachment into a folder; the console never opens it": (
        "Сохранить выбранное вложение в папку; консоль никогда его не открывает"
    ),
    "WrittenView/Insert a reply template of the desk's policy": (
        "Вставить шаблон ответа из регламента службы"
    ),
    "WrittenView/Reply templates": "Шаблоны ответов",
    "WrittenView/Insert a template…": "Вставить шаблон…",
    "WrittenView/Your reply to the writer": "Ваш ответ автору обращения",
    "WrittenView/Reply": "Ответ",
    "WrittenView/Write the reply here (%1); send it with %2": (
        "Напишите ответ здесь (%1); отправьте его клавишами %2"
    ),
    "WrittenView/Send reply": "Отправить ответ",
    "WrittenView/Send the reply by e-mail; it is kept with its hash (KUTY-1.1) (%1)": (
        "Отправить ответ по электронной почте; он хранится вместе с хешем (KUTY-1.1) (%1)"
    ),
    "WrittenView/Save as internal note": "Сохранить как заметку",
    "WrittenView/Keep the text as a note for the desk; it is never sent to the writer": (
        "Сохранить текст как заметку для службы; автору обращения она никогда не отправляется"
    ),
    "WrittenView/Waiting for the writer": "Ждёт ответа автора",
    "WrittenView/The case waits for the writer's answer (EEP-15 closes it after 8 h)": (
        "Обращение ждёт ответа автора (по EEP-15 закрывается через 8 ч)"
    ),
    "WrittenView/Defer": "Отложить",
    "WrittenView/A complex question asked on weekend duty waits for Monday (CSC-2.3)": (
        "Сложный вопрос, заданный во время дежурства в выходные, ждёт понедельника (CSC-2.3)"
    ),
    "WrittenView/Reason for closing": "Причина закрытия",
    "WrittenView/Close case": "Закрыть обращение",
    "WrittenView/Close the case with the reason typed beside it": (
        "Закрыть обращение с причиной, указанной рядом"
    ),
    "WrittenView/Abuse — stop + report": "Оскорбление — прекратить + сообщить",
    "WrittenView/Stop the correspondence and report to management (KUTY-3.3)": (
        "Прекратить переписку и сообщить руководству (KUTY-3.3)"
    ),
    "WrittenView/Threat — stop + report + police": "Угроза — прекратить + сообщить + полиция",
    "WrittenView/Stop the correspondence, report to management and the police with the message "
    "and all its headers (KUTY-3.4)": (
        "Прекратить переписку, сообщить руководству и полиции, передав письмо со всеми "
        "заголовками (KUTY-3.4)"
    ),
    "WrittenView/New": "Новое",
    "WrittenView/Open": "В работе",
    "WrittenView/Deferred": "Отложено",
    "WrittenView/Closed": "Закрыто",
    "WrittenView/Unknown": "Неизвестно",
    "WrittenView/E-mail": "Эл. почта",
    "WrittenView/Chat": "Чат",
    "WrittenView/Call": "Звонок",
    "WrittenView/not answered yet": "ещё без ответа",
    "WrittenView/answered": "ответ дан",
    "WrittenView/being sent": "отправляется",
    "WrittenView/sent": "отправлено",
    "WrittenView/NOT SENT": "НЕ ОТПРАВЛЕНО",
    "WrittenView/over the size limit, only its beginning is kept": (
        "больше допустимого размера, сохранено только начало"
    ),
    "WrittenView/deferred to %1": "отложено до %1",
    "WrittenView/closes now (no answer)": "закрывается сейчас (нет ответа)",
    "WrittenView/closes in %1": "закроется через %1",
    "WrittenView/overdue": "просрочено",
    "WrittenView/%1 left": "осталось %1",
    "WrittenView/This reply asks the writer for a password or login data, which the regulation "
    "forbids (KZP-30-11): remove that request before sending.": (
        "Этот ответ просит автора сообщить пароль или данные для входа, а регламент это "
        "запрещает (KZP-30-11): уберите эту просьбу перед отправкой."
    ),
    "WrittenView/The correspondence is stopped (KUTY-3.3/3.4): no reply is sent.": (
        "Переписка прекращена (KUTY-3.3/3.4): ответ не отправляется."
    ),
    "WrittenView/Type the reason for closing first.": "Сначала укажите причину закрытия.",
    "WrittenView/Nothing to defer now: answer the question (CSC-2.3).": (
        "Сейчас откладывать нечего: ответьте на вопрос (CSC-2.3)."
    ),
    "WrittenView/The reply is empty.": "Ответ пуст.",
    "WrittenView/No mail server is set up for replies; tell the administrator ([smtp] in "
    "incidents.toml).": (
        "Почтовый сервер для ответов не настроен; сообщите администратору ([smtp] в "
        "incidents.toml)."
    ),
    "WrittenView/The reply was kept but the mail server did not take it. Try again later or "
    "tell the administrator.": (
        "Ответ сохранён, но почтовый сервер его не принял. Повторите попытку позже или сообщите "
        "администратору."
    ),
    "WrittenView/The note is empty.": "Заметка пуста.",
    "WrittenView/Another operator is handling this case; ask a supervisor.": (
        "Это обращение обрабатывает другой оператор; обратитесь к руководителю."
    ),
    "WrittenView/This case is closed.": "Это обращение закрыто.",
    "WrittenView/stopped": "прекращено",
    "WrittenView/(no subject)": "(без темы)",
    "WrittenView/First answer due %1 (CSC-2.4)": "Первый ответ — до %1 (CSC-2.4)",
    "WrittenView/The policy sets no answer time (KZP-30-9)": (
        "Регламент не устанавливает срок ответа (KZP-30-9)"
    ),
    "WrittenView/no number": "без номера",
    "WrittenView/(no name)": "(без имени)",
    "WrittenView/over the size limit, not kept": "больше допустимого размера, не сохранено",
    "WrittenView/archive, never unpacked": "архив, никогда не распаковывается",
    "WrittenView/No attachments": "Вложений нет",
    "WrittenView/From %1": "От %1",
    "WrittenView/Reply from the desk to %1": "Ответ службы для %1",
    "WrittenView/correspondence stopped": "переписка прекращена",
    "WrittenView/Internal note — %1": "Внутренняя заметка — %1",
    "WrittenView/not sent to the writer": "автору не отправляется",
    "WrittenView/Join call %1": "Привязать звонок %1",
    "WrittenView/The case is yours.": "Обращение теперь ваше.",
    "WrittenView/without a number": "без номера",
    "WrittenView/Call %1 joined to this case.": "Звонок %1 привязан к обращению.",
    "WrittenView/Check the reply": "Проверьте ответ",
    "WrittenView/Send it anyway?": "Всё равно отправить?",
    "WrittenView/Send anyway": "Всё равно отправить",
    "WrittenView/Edit the reply": "Исправить ответ",
    "WrittenView/Reply sent; the case waits for the writer.": (
        "Ответ отправлен; обращение ждёт ответа автора."
    ),
    "WrittenView/It was not filed in the mailbox's Sent folder.": (
        "Его не удалось положить в папку «Отправленные» почтового ящика."
    ),
    "WrittenView/Sending…": "Отправка…",
    "WrittenView/Internal note saved; the writer does not see it.": (
        "Внутренняя заметка сохранена; автор обращения её не видит."
    ),
    "WrittenView/The case waits for the writer.": "Обращение ждёт ответа автора.",
    "WrittenView/Deferred to %1 (CSC-2.3).": "Отложено до %1 (CSC-2.3).",
    "WrittenView/The case is closed.": "Обращение закрыто.",
    "WrittenView/Correspondence stopped; incident %1 filed.": (
        "Переписка прекращена; инцидент %1 зарегистрирован."
    ),
    "WrittenView/The address %1 is blocked.": "Адрес %1 заблокирован.",
    "WrittenView/A supervisor may block the address.": "Заблокировать адрес может руководитель.",
    "WrittenView/Save the attachment into a folder": "Сохранить вложение в папку",
    "WrittenView/Saved as %1; not opened.": "Сохранено как %1; не открывалось.",
    "WrittenView/The folder cannot be written.": "В эту папку нельзя записать.",
    "WrittenView/⚠ Not verified (KUTY-2.2): general help only — nothing from the profile or the "
    "applications. For details, ask them to call from the profile's number.": (
        "⚠ Не верифицирован (KUTY-2.2): только общая помощь — ничего из профиля и заявлений. Для "
        "подробной консультации попросите позвонить с номера, указанного в профиле."
    ),
    "WrittenView/Close case…": "Закрыть обращение…",
    "WrittenView/Close the case with its wrap-up: category, topic, notes and the reason": (
        "Закрыть обращение с итогом: категория, тема, примечания и причина"
    ),
    "WrittenView/Choose one of the policy's categories.": "Выберите одну из категорий регламента.",
    "WrittenView/The policy has no such service level (EEP-3).": (
        "В регламенте нет такого уровня обслуживания (EEP-3)."
    ),
    "WrittenView/The policy asks writers for no self-identification (EEP-11).": (
        "Регламент не требует от авторов представляться (EEP-11)."
    ),
    "WrittenView/talked %1": "разговор %1",
    "WrittenView/not answered": "без ответа",
    "WrittenView/caller verified (KUTY-2.2)": "абонент верифицирован (KUTY-2.2)",
    "WrittenView/Call with %1": "Звонок — %1",
    "WrittenView/The writer is not verified (KUTY-2.2): send only general help, nothing from their "
    "profile or applications.": (
        "Автор не верифицирован (KUTY-2.2): отправляйте только общую помощь, ничего из его профиля "
        "и заявлений."
    ),
    "WrittenView/Case %1 is closed.": "Обращение %1 закрыто.",
    # CaseControls
    "CaseControls/Basic": "Базовый",
    "CaseControls/VIP": "VIP",
    "CaseControls/Writer identified themselves (EEP-11)": "Автор представился (EEP-11)",
    "CaseControls/Writer refused to identify: service may be refused (EEP-11)": (
        "Автор отказался представиться: в консультации можно отказать (EEP-11)"
    ),
    "CaseControls/Writer not identified yet (EEP-11)": "Автор ещё не представился (EEP-11)",
    "CaseControls/Writer verified by a call on this case (KUTY-2.2)": (
        "Автор верифицирован звонком по этому обращению (KUTY-2.2)"
    ),
    "CaseControls/Writer not verified: general help only (KUTY-2.2)": (
        "Автор не верифицирован: только общая помощь (KUTY-2.2)"
    ),
    # CasePolicyBar
    "CasePolicyBar/Category of the case": "Категория обращения",
    "CasePolicyBar/The policy's category; an error case gets its own registration number (EEP-4, "
    "EEP-13)": (
        "Категория по регламенту; обращение об ошибке получает собственный регистрационный номер "
        "(EEP-4, EEP-13)"
    ),
    "CasePolicyBar/Category…": "Категория…",
    "CasePolicyBar/Service level": "Уровень обслуживания",
    "CasePolicyBar/Service level: Basic, or VIP by contract (EEP-3)": (
        "Уровень обслуживания: базовый или VIP по договору (EEP-3)"
    ),
    "CasePolicyBar/Level…": "Уровень…",
    "CasePolicyBar/Identified": "Представился",
    "CasePolicyBar/The writer gave the details that identify them (EEP-11)": (
        "Автор сообщил данные, позволяющие его идентифицировать (EEP-11)"
    ),
    "CasePolicyBar/Not identified…": "Не представился…",
    "CasePolicyBar/The writer would not identify themselves: record it and put the request to "
    "identify into the reply (EEP-11)": (
        "Автор отказался представиться: зафиксировать это и добавить в ответ просьбу представиться "
        "(EEP-11)"
    ),
    "CasePolicyBar/Out of scope (%1): the refusal is in the reply.": (
        "Вне компетенции (%1): отказ добавлен в ответ."
    ),
    "CasePolicyBar/Registered as an error: number %1 (EEP-13).": (
        "Зарегистрировано как ошибка: номер %1 (EEP-13)."
    ),
    "CasePolicyBar/Category: %1.": "Категория: %1.",
    "CasePolicyBar/Service level: %1 (EEP-3).": "Уровень обслуживания: %1 (EEP-3).",
    "CasePolicyBar/Recorded: not identified. The request to identify is in the reply.": (
        "Зафиксировано: не представился. Просьба представиться добавлена в ответ."
    ),
    "CasePolicyBar/Recorded: the writer identified themselves.": (
        "Зафиксировано: автор представился."
    ),
    # CaseWrapUpDialog
    "CaseWrapUpDialog/no number": "без номера",
    "CaseWrapUpDialog/Close case %1": "Закрыть обращение %1",
    "CaseWrapUpDialog/— choose —": "— выберите —",
    "CaseWrapUpDialog/What the contact was about, in a few words": (
        "О чём было обращение, в нескольких словах"
    ),
    "CaseWrapUpDialog/Out of scope": "Вне компетенции",
    "CaseWrapUpDialog/Reason for closing": "Причина закрытия",
    "CaseWrapUpDialog/Close the case": "Закрыть обращение",
    "CaseWrapUpDialog/Cancel": "Отмена",
    "CaseWrapUpDialog/Category": "Категория",
    "CaseWrapUpDialog/Topic": "Тема",
    "CaseWrapUpDialog/Notes": "Примечания",
    "CaseWrapUpDialog/Choose a category first.": "Сначала выберите категорию.",
    "CaseWrapUpDialog/Type the reason for closing first.": "Сначала укажите причину закрытия.",
    "CaseWrapUpDialog/This case is closed.": "Это обращение закрыто.",
    # IncidentsView
    "IncidentsView/Incidents": "Инциденты",
    "IncidentsView/Kind": "Вид",
    "IncidentsView/Time": "Время",
    "IncidentsView/Number": "Номер",
    "IncidentsView/Operator": "Оператор",
    "IncidentsView/Status": "Статус",
    "IncidentsView/Hold": "Запрет удаления",
    "IncidentsView/The incident's facts": "Факты инцидента",
    "IncidentsView/Handed to police…": "Передано в полицию…",
    "IncidentsView/Reported to management": "Сообщено руководству",
    "IncidentsView/Close incident": "Закрыть",
    "IncidentsView/Export package (ZIP)…": "Экспортировать пакет (ZIP)…",
    "IncidentsView/Block number…": "Заблокировать номер…",
    "IncidentsView/Unblock number": "Разблокировать номер",
    "IncidentsView/Abuse": "Оскорбление",
    "IncidentsView/Threat": "Угроза",
    "IncidentsView/%1 recording(s)": "записей: %1",
    "IncidentsView/Written": "Письменное",
    "IncidentsView/—": "—",
    "IncidentsView/Block sender…": "Заблокировать отправителя…",
    "IncidentsView/Mail from blocked senders (kept, not in the queue):": (
        "Письма от заблокированных отправителей (сохранены, не в очереди):"
    ),
    "IncidentsView/Mail from blocked senders": "Письма от заблокированных отправителей",
    "IncidentsView/Sender": "Отправитель",
    "IncidentsView/Subject": "Тема",
    "IncidentsView/The seat's policy cannot be read: %1": (
        "Не удаётся прочитать регламент рабочего места: %1"
    ),
    "IncidentsView/The %1 regulation does not allow blocking writers; only a regulation that "
    "allows blocking violators does (KZP-30-19, CSC-2.12).": (
        "Регламент %1 не разрешает блокировать отправителей; это возможно только по регламенту, "
        "который разрешает блокировать нарушителей (KZP-30-19, CSC-2.12)."
    ),
    "IncidentsView/Block the writer's address (%1). Their mail is still kept and listed "
    "below, never dropped (KUTY-1.1).": (
        "Заблокировать адрес отправителя (%1). Его письма по-прежнему сохраняются и показываются "
        "ниже, никогда не отбрасываются (KUTY-1.1)."
    ),
    "IncidentsView/Open": "Открыт",
    "IncidentsView/Handed to police": "Передано в полицию",
    "IncidentsView/Closed": "Закрыт",
    "IncidentsView/Incident %1": "Инцидент %1",
    "IncidentsView/Status: %1": "Статус: %1",
    "IncidentsView/Pressed at: %1": "Кнопка нажата: %1",
    "IncidentsView/Operator: %1": "Оператор: %1",
    "IncidentsView/Caller number: %1": "Номер абонента: %1",
    "IncidentsView/withheld": "скрыт",
    "IncidentsView/Verification: %1": "Верификация: %1",
    "IncidentsView/Offset in recording: %1 s": "Позиция в записи: %1 с",
    "IncidentsView/Written message: %1": "Письменное обращение: %1",
    "IncidentsView/Recordings on legal hold: %1": "Записей под запретом удаления: %1",
    "IncidentsView/Handed to police on %1, reference %2": "Передано в полицию %1, номер %2",
    "IncidentsView/Police package: %1": "Пакет для полиции: %1",
    "IncidentsView/Operator's note:": "Примечание оператора:",
    "IncidentsView/(none)": "(нет)",
    "IncidentsView/Only a supervisor may block a writer.": (
        "Заблокировать отправителя может только руководитель."
    ),
    "IncidentsView/%1 is already blocked.": "%1 уже заблокирован.",
    "IncidentsView/Incident %1: %2": "Инцидент %1: %2",
    "IncidentsView/Export police package": "Экспорт пакета для полиции",
    "IncidentsView/ZIP archives (*.zip)": "ZIP-архивы (*.zip)",
    "IncidentsView/Package exported: %1": "Пакет экспортирован: %1",
    "IncidentsView/Block %1": "Заблокировать %1",
    "IncidentsView/Reason (kept on record):": "Причина (сохраняется в учёте):",
    "IncidentsView/A block needs a reason.": "Для блокировки нужна причина.",
    "IncidentsView/%1 is blocked; its calls are flagged on the ringing card.": (
        "%1 заблокирован; его звонки отмечаются на карточке вызова."
    ),
    "IncidentsView/%1 is blocked; their mail is kept and flagged, never put in the queue.": (
        "%1 заблокирован; его письма сохраняются с пометкой и не попадают в очередь."
    ),
    "IncidentsView/%1 is no longer blocked.": "%1 больше не заблокирован.",
    "IncidentsView/Failed: %1": "Ошибка: %1",
    "IncidentsView/Play the call": "Воспроизвести звонок",
    "IncidentsView/Open the call's recording where the incident button was pressed": (
        "Открыть запись звонка с момента, когда нажали кнопку инцидента"
    ),
    "IncidentsView/Play at %1": "Воспроизвести с %1",
    "IncidentsView/Incident %1 — %2 — %3": "Инцидент %1 — %2 — %3",
    # SettingsDialog
    "SettingsDialog/Settings": "Настройки",
    "SettingsDialog/Language (after a console restart)": "Язык (после перезапуска консоли)",
    "SettingsDialog/SIP accounts": "Учётные записи SIP",
    "SettingsDialog/Audio": "Звук",
    "SettingsDialog/Calls": "Звонки",
    "SettingsDialog/Recordings": "Записи",
    "SettingsDialog/Database": "База данных",
    "SettingsDialog/Language": "Язык",
    "SettingsDialog/E-mail": "Электронная почта",
    "SettingsDialog/Retention and transcription": "Хранение и расшифровка",
    "SettingsDialog/Policy": "Регламент",
    "SettingsDialog/Restart the phone engine to apply": (
        "Перезапустить телефонный модуль, чтобы применить"
    ),
    "SettingsDialog/Saving…": "Сохранение…",
    "SettingsDialog/Not saved: %1": "Не сохранено: %1",
    "SettingsDialog/&Settings": "&Настройки",
    "SettingsDialog/Settings…": "Настройки…",
    "SettingsDialog/Settings saved.": "Настройки сохранены.",
    "SettingsDialog/Settings saved. They apply when the phone engine restarts (not during a "
    "call).": (
        "Настройки сохранены. Они вступят в силу после перезапуска телефонного модуля (не во "
        "время звонка)."
    ),
    # Wallboard
    "Wallboard/Ready": "Готов",
    "Wallboard/After-call work": "Постобработка",
    "Wallboard/Not ready: %1": "Не готов: %1",
    "Wallboard/Not ready": "Не готов",
    # WallboardView
    "WallboardView/Seat": "Рабочее место",
    "WallboardView/Operator": "Оператор",
    "WallboardView/State": "Состояние",
    "WallboardView/In state for": "В состоянии",
    "WallboardView/Number": "Номер",
    "WallboardView/Talking for": "Разговор длится",
    "WallboardView/Verification": "Верификация",
    "WallboardView/Seats": "Рабочие места",
    "WallboardView/Calls in progress": "Текущие звонки",
    "WallboardView/This seat only (embedded database)": (
        "Только это рабочее место (встроенная база)"
    ),
    "WallboardView/Connecting…": "Подключение…",
    "WallboardView/The wallboard could not be read: %1": "Не удалось прочитать табло: %1",
    "WallboardView/Live: all seats": "В реальном времени: все рабочие места",
    "WallboardView/Reconnecting to the database…": "Повторное подключение к базе данных…",
    "WallboardView/Ready %1 of %2 · talking %3 · ringing %4 · open incidents %5 · alerts %6": (
        "Готовы %1 из %2 · разговаривают %3 · звонят %4 · открытые инциденты %5 · предупреждения %6"
    ),
    "WallboardView/ringing %1": "звонит %1",
    "WallboardView/Number withheld": "Номер скрыт",
    # DashboardView
    "DashboardView/First day": "Первый день",
    "DashboardView/Last day": "Последний день",
    "DashboardView/Operator": "Оператор",
    "DashboardView/The whole desk": "Вся служба",
    "DashboardView/Show": "Показать",
    "DashboardView/Monthly report…": "Ежемесячный отчёт…",
    "DashboardView/PDF with these plots and a CSV of the figures, for the head administrator": (
        "PDF с этими графиками и CSV показателей — для главного администратора"
    ),
    "DashboardView/Calls per day (green: answered)": "Звонки по дням (зелёный — принятые)",
    "DashboardView/How calls ended": "Чем завершились звонки",
    "DashboardView/Incidents (KUTY-3.x)": "Инциденты (KUTY-3.x)",
    "DashboardView/Verification (KUTY-2.2)": "Верификация (KUTY-2.2)",
    "DashboardView/Complaints (KUTY-1.2)": "Жалобы (KUTY-1.2)",
    "DashboardView/Figures per operator": "Показатели по операторам",
    "DashboardView/Calls": "Звонки",
    "DashboardView/Answered": "Принято",
    "DashboardView/Average talk": "Средний разговор",
    "DashboardView/From": "С",
    "DashboardView/to": "по",
    "DashboardView/Counting…": "Подсчёт…",
    "DashboardView/The range ends before it starts: choose the dates again.": (
        "Конец периода раньше начала: выберите даты ещё раз."
    ),
    "DashboardView/Choose at most 400 days (a month for the monthly report).": (
        "Выберите не более 400 дней (для ежемесячного отчёта — месяц)."
    ),
    "DashboardView/The figures could not be read: %1": "Не удалось прочитать показатели: %1",
    "DashboardView/%1 calls in the range": "Звонков за период: %1",
    "DashboardView/No calls in the range.": "За этот период звонков нет.",
    "DashboardView/Average talk %1 · average wrap-up %2": (
        "Средний разговор %1 · средняя постобработка %2"
    ),
    "DashboardView/Missed": "Пропущено",
    "DashboardView/Refused": "Отклонено",
    "DashboardView/Other": "Другое",
    "DashboardView/Abuse": "Оскорбление",
    "DashboardView/Threat": "Угроза",
    "DashboardView/Withdrawn": "Отменено",
    "DashboardView/Not started": "Не начата",
    "DashboardView/In time": "Вовремя",
    "DashboardView/Late": "С опозданием",
    "DashboardView/Open": "Открытые",
    "DashboardView/Overdue": "Просроченные",
    "DashboardView/Folder for the report": "Папка для отчёта",
    "DashboardView/Show the figures first.": "Сначала покажите показатели.",
    "DashboardView/Writing the report…": "Отчёт формируется…",
    "DashboardView/Report saved: %1 and %2": "Отчёт сохранён: %1 и %2",
    "DashboardView/The report was not written: %1": "Отчёт не сохранён: %1",
    "DashboardView/PDF with these plots, and the figures as CSV and XLSX, for the head "
    "administrator (KUTY-1.2, KUTY-1.3)": (
        "PDF с этими графиками, а показатели — в CSV и XLSX, для главного администратора "
        "(KUTY-1.2, KUTY-1.3)"
    ),
    "DashboardView/Report saved: %1, %2 and %3": "Отчёт сохранён: %1, %2 и %3",
    # FirstRunWizard
    "FirstRunWizard/Kuty console: first setup": "Консоль Куты: первоначальная настройка",
    "FirstRunWizard/SIP account": "Учётная запись SIP",
    "FirstRunWizard/Headset": "Гарнитура",
    "FirstRunWizard/Recordings folder": "Папка записей",
    "FirstRunWizard/Database": "База данных",
    "FirstRunWizard/Policy": "Регламент",
    "FirstRunWizard/Not saved: %1": "Не сохранено: %1",
    "FirstRunWizard/&Finish": "&Готово",
    # UnlockDialog
    "UnlockDialog/Unlock caller profile": "Разблокировать профиль абонента",
    "UnlockDialog/Required: why the lock is lifted early": (
        "Обязательно: почему блокировка снимается досрочно"
    ),
    "UnlockDialog/Unlock": "Разблокировать",
    "UnlockDialog/The profile was locked after too many failed verifications (KUTY-2.2). "
    "Unlock only after confirming the caller's identity another way; the unlock and its "
    "reason are audited.": (
        "Профиль заблокирован после слишком многих неудачных проверок (KUTY-2.2). Разблокируйте "
        "только после того, как подтвердили личность абонента другим способом; разблокировка и "
        "её причина фиксируются в журнале аудита."
    ),
    "UnlockDialog/Profile id": "Идентификатор профиля",
    "UnlockDialog/Reason": "Причина",
    "UnlockDialog/Give a reason: every unlock is audited.": (
        "Укажите причину: каждая разблокировка фиксируется в журнале аудита."
    ),
    "UnlockDialog/There is no profile %1.": "Профиля %1 не существует.",
    "UnlockDialog/You may not unlock profiles (supervisors only).": (
        "У вас нет права разблокировать профили (только руководители)."
    ),
    "UnlockDialog/The profile could not be unlocked: %1": "Не удалось разблокировать профиль: %1",
    "UnlockDialog/&Supervisor": "&Руководитель",
    "UnlockDialog/Unlock profile…": "Разблокировать профиль…",
    "UnlockDialog/Profile %1 unlocked (%2 active lock(s) lifted).": (
        "Профиль %1 разблокирован (снято активных блокировок: %2)."
    ),
    "UnlockDialog/Caller &profiles": "&Профили абонентов",
    # KeyringSetupDialog
    "KeyringSetupDialog/Password storage": "Хранилище паролей",
    "KeyringSetupDialog/Master password": "Главный пароль",
    "KeyringSetupDialog/Repeat": "Повторите",
    "KeyringSetupDialog/Unlock the encrypted password file": (
        "Разблокировать зашифрованный файл паролей"
    ),
    "KeyringSetupDialog/Create an encrypted password file": "Создать зашифрованный файл паролей",
    "KeyringSetupDialog/Continue without saved passwords": "Продолжить без сохранённых паролей",
    "KeyringSetupDialog/File: %1": "Файл: %1",
    "KeyringSetupDialog/The two passwords differ.": "Пароли не совпадают.",
    "KeyringSetupDialog/Wrong master password for the encrypted password file.": (
        "Неверный главный пароль зашифрованного файла паролей."
    ),
    "KeyringSetupDialog/Type a master password.": "Введите главный пароль.",
    # NewRequestDialog
    "NewRequestDialog/New request": "Новый запрос",
    "NewRequestDialog/Comma-separated, empty = all numbers": "Через запятую; пусто — все номера",
    "NewRequestDialog/Recordings": "Записи",
    "NewRequestDialog/Correspondence": "Переписка",
    "NewRequestDialog/Transcripts": "Расшифровки",
    "NewRequestDialog/Verification log": "Журнал верификации",
    "NewRequestDialog/Incidents": "Инциденты",
    "NewRequestDialog/Complaints": "Жалобы",
    "NewRequestDialog/Requested by:": "Кто запрашивает:",
    "NewRequestDialog/Office:": "Учреждение:",
    "NewRequestDialog/Reference:": "Номер документа:",
    "NewRequestDialog/Period from:": "Период с:",
    "NewRequestDialog/Period to:": "Период по:",
    "NewRequestDialog/Numbers:": "Номера:",
    "NewRequestDialog/Due:": "Срок:",
    # RequestsView
    "RequestsView/Requests register (KUTY-1.3)": "Реестр запросов (KUTY-1.3)",
    "RequestsView/No.": "№",
    "RequestsView/Requested by": "Кто запрашивает",
    "RequestsView/Received": "Получено",
    "RequestsView/Due": "Срок",
    "RequestsView/Status": "Статус",
    "RequestsView/Dossier": "Досье",
    "RequestsView/New request…": "Новый запрос…",
    "RequestsView/Fulfil selected": "Выполнить выбранный",
    "RequestsView/Cancel": "Отменить",
    "RequestsView/Refresh": "Обновить",
    "RequestsView/Cannot list requests: %1": "Не удаётся показать запросы: %1",
    "RequestsView/Request %1 registered.": "Запрос %1 зарегистрирован.",
    "RequestsView/Not registered: %1": "Не зарегистрировано: %1",
    "RequestsView/Building the dossier…": "Формирование досье…",
    "RequestsView/Cancelled: no dossier was kept.": "Отменено: досье не сохранено.",
    "RequestsView/Not fulfilled: %1": "Не выполнено: %1",
    "RequestsView/Dossier ready: %1": "Досье готово: %1",
    "RequestsView/Preview dossier": "Просмотреть досье",
    "RequestsView/What the selected request's dossier will hold, before it is built (KUTY-1.3)": (
        "Что будет в досье выбранного запроса, ещё до его формирования (KUTY-1.3)"
    ),
    "RequestsView/Dossier preview": "Предварительный просмотр досье",
    "RequestsView/Select a request and press Preview dossier to see what it will hold.": (
        "Выберите запрос и нажмите «Просмотреть досье», чтобы увидеть, что в нём будет."
    ),
    "RequestsView/Queued transcripts: %1 made, %2 not transcribed (see the preview).": (
        "Стенограммы из очереди: создано — %1, не расшифровано — %2 (см. просмотр досье)."
    ),
    "RequestsView/Queued transcripts were not made: %1": "Стенограммы из очереди не созданы: %1",
    "RequestsView/Select a request first.": "Сначала выберите запрос.",
    "RequestsView/No preview: %1": "Просмотр недоступен: %1",
    "RequestsView/Open": "Открыт",
    "RequestsView/Dossier being built": "Досье формируется",
    "RequestsView/Fulfilled": "Выполнен",
    "RequestsView/Withdrawn": "Отозван",
    "RequestsView/Unknown state": "Неизвестное состояние",
    "RequestsView/%1 ⚠ overdue": "%1 ⚠ просрочено",
    "RequestsView/transcript included": "стенограмма включена",
    "RequestsView/not transcribed: still queued": "не расшифровано: ещё в очереди",
    "RequestsView/not transcribed: the transcription failed": (
        "не расшифровано: распознавание не удалось"
    ),
    "RequestsView/not transcribed: no transcription engine or model on this seat": (
        "не расшифровано: на этом рабочем месте нет движка или модели распознавания"
    ),
    "RequestsView/not transcribed: never queued": "не расшифровано: не ставилось в очередь",
    "RequestsView/Abuse": "Оскорбление",
    "RequestsView/Threat": "Угроза",
    "RequestsView/Incident": "Инцидент",
    "RequestsView/Request No. %1: calls %2, recordings %3.": (
        "Запрос № %1: звонков — %2, записей — %3."
    ),
    "RequestsView/caller": "абонент",
    "RequestsView/operator": "оператор",
    "RequestsView/both": "обе дорожки",
    "RequestsView/Recordings:": "Записи:",
    "RequestsView/a track file is missing": "нет файла дорожки",
    "RequestsView/Transcripts: %1 included, %2 not transcribed.": (
        "Стенограммы: включено — %1, не расшифровано — %2."
    ),
    "RequestsView/Wrap-ups:": "Итоги:",
    "RequestsView/no registration number": "без регистрационного номера",
    "RequestsView/Incidents: %1": "Инциденты: %1",
    "RequestsView/Written messages: %1": "Письменные обращения: %1",
    # SupervisorQueue
    "SupervisorQueue/Notices waiting for acknowledgement": "Уведомления, ожидающие подтверждения",
    "SupervisorQueue/What management did (required)": "Что сделало руководство (обязательно)",
    "SupervisorQueue/Acknowledge": "Подтвердить",
    "SupervisorQueue/Acknowledge the selected report or alert (KUTY-1.1, KUTY-3.1..3.4)": (
        "Подтвердить выбранное уведомление или предупреждение (KUTY-1.1, KUTY-3.1..3.4)"
    ),
    "SupervisorQueue/Reports and alerts awaiting acknowledgement": (
        "Уведомления и предупреждения, ожидающие подтверждения"
    ),
    "SupervisorQueue/E-mail reports not delivered yet": (
        "Ещё не доставленные письма с уведомлениями"
    ),
    "SupervisorQueue/E-mails not delivered yet": "Ещё не доставленные письма",
    "SupervisorQueue/Call recording stalled": "Запись звонка остановилась",
    "SupervisorQueue/Call recording failed": "Запись звонка не удалась",
    "SupervisorQueue/Low disk space for recordings": "Мало места для записей",
    "SupervisorQueue/Recordings could not be reconciled": "Не удалось сверить записи",
    "SupervisorQueue/A call was refused: all lines of a seat were busy": (
        "Звонок отклонён: все линии рабочего места были заняты"
    ),
    "SupervisorQueue/System alert": "Системное предупреждение",
    "SupervisorQueue/%1 — e-mail to %2 — %3 failed attempt(s); next retry %4": (
        "%1 — письмо на %2 — неудачных попыток: %3; следующая попытка %4"
    ),
    "SupervisorQueue/Incident %1 — e-mail to %2 — %3 failed attempt(s); next retry %4": (
        "Инцидент %1 — письмо на %2 — неудачных попыток: %3; следующая попытка %4"
    ),
    "SupervisorQueue/E-mail reports not delivered yet (%1): retried automatically": (
        "Ещё не доставленные письма (%1): отправка повторяется автоматически"
    ),
    "SupervisorQueue/Abuse": "Оскорбление",
    "SupervisorQueue/Threat": "Угроза",
    "SupervisorQueue/Alert: %1 — seat %2 — %3": "Предупреждение: %1 — рабочее место %2 — %3",
    "SupervisorQueue/Incident %1 — %2 — %3": "Инцидент %1 — %2 — %3",
    "SupervisorQueue/Notification %1 acknowledged.": "Уведомление %1 подтверждено.",
    "SupervisorQueue/Open the call": "Открыть звонок",
    "SupervisorQueue/Play the selected incident's call from where the button was pressed": (
        "Воспроизвести звонок выбранного инцидента с момента нажатия кнопки"
    ),
    "SupervisorQueue/Sound for new incident notices": "Звук уведомлений о новых инцидентах",
    "SupervisorQueue/A short chime when a new incident is reported; untick to mute it": (
        "Короткий сигнал, когда сообщают о новом инциденте; снимите отметку, чтобы отключить его"
    ),
    "SupervisorQueue/operator %1": "оператор %1",
    "SupervisorQueue/Withdrawn: pressed by mistake": "Отменено: нажато по ошибке",
    "SupervisorQueue/Threat reclassified as abuse": "Угроза переквалифицирована в оскорбление",
    "SupervisorQueue/Open the call at %1": "Открыть звонок с %1",
    "SupervisorQueue/withheld": "скрыт",
    "SupervisorQueue/Incident %1 — %2": "Инцидент %1 — %2",
    # AdminAlerts
    "AdminAlerts/AUDIT LOG CHECK FAILED: the audit chain could not be read (%1).": (
        "ПРОВЕРКА ЖУРНАЛА АУДИТА НЕ УДАЛАСЬ: не удалось прочитать цепочку аудита (%1)."
    ),
    "AdminAlerts/AUDIT LOG TAMPERED: event %1 does not fit the hash chain (%2). Records of "
    "who played or exported recordings cannot be trusted from there on. Run `kuty audit "
    "verify` and investigate.": (
        "ЖУРНАЛ АУДИТА ИЗМЕНЁН: событие %1 не соответствует цепочке хешей (%2). Записям о том, "
        "кто прослушивал или выгружал записи, начиная с него, доверять нельзя. Выполните `kuty "
        "audit verify` и разберитесь."
    ),
    "AdminAlerts/Audit log alert": "Тревога журнала аудита",
    # ComplaintsView
    "ComplaintsView/Complaints register": "Реестр жалоб",
    "ComplaintsView/No.": "№",
    "ComplaintsView/Complainant": "Заявитель",
    "ComplaintsView/Received": "Получено",
    "ComplaintsView/Due": "Срок",
    "ComplaintsView/Status": "Статус",
    "ComplaintsView/Calls": "Звонки",
    "ComplaintsView/New complaint (KUTY-1.2)": "Новая жалоба (KUTY-1.2)",
    "ComplaintsView/Received on": "Дата поступления",
    "ComplaintsView/No study needed (15 days)": "Не требует изучения (15 дней)",
    "ComplaintsView/Needs study (1 month)": "Требует изучения (1 месяц)",
    "ComplaintsView/Extended (45 days)": "Продлено (45 дней)",
    "ComplaintsView/Call id (optional)": "Идентификатор звонка (необязательно)",
    "ComplaintsView/Register complaint": "Зарегистрировать жалобу",
    "ComplaintsView/Link call to selected": "Привязать звонок к выбранной",
    "ComplaintsView/Who": "Кто",
    "ComplaintsView/Contact": "Контакт",
    "ComplaintsView/Text": "Текст",
    "ComplaintsView/Category": "Категория",
    "ComplaintsView/Call": "Звонок",
    "ComplaintsView/Selected complaint": "Выбранная жалоба",
    "ComplaintsView/What was answered (required)": "Что ответили (обязательно)",
    "ComplaintsView/Answer": "Ответить",
    "ComplaintsView/Status of the complaint": "Статус жалобы",
    "ComplaintsView/New": "Новая",
    "ComplaintsView/In progress": "Рассматривается",
    "ComplaintsView/Set status": "Изменить статус",
    "ComplaintsView/Answer text": "Текст ответа",
    "ComplaintsView/Answered": "Дан ответ",
    "ComplaintsView/Overdue: the response deadline has passed": "Просрочено: срок ответа истёк",
    "ComplaintsView/Who and the text are required.": "Нужно указать, кто жалуется, и текст.",
    "ComplaintsView/Complaint %1 registered.": "Жалоба %1 зарегистрирована.",
    "ComplaintsView/Select a complaint and enter a call id.": (
        "Выберите жалобу и введите идентификатор звонка."
    ),
    "ComplaintsView/Select a complaint and write the answer.": "Выберите жалобу и напишите ответ.",
    "ComplaintsView/Complaint %1 answered.": "На жалобу %1 дан ответ.",
    "ComplaintsView/Select a complaint first.": "Сначала выберите жалобу.",
    # PlayerWidget
    "PlayerWidget/Select a call and press Enter to play it.": (
        "Выберите звонок и нажмите Enter, чтобы прослушать."
    ),
    "PlayerWidget/Track to play": "Дорожка для воспроизведения",
    "PlayerWidget/Both (mixed)": "Обе (смешано)",
    "PlayerWidget/Caller": "Абонент",
    "PlayerWidget/Operator": "Оператор",
    "PlayerWidget/Play": "Воспроизвести",
    "PlayerWidget/Stop": "Стоп",
    "PlayerWidget/Playback speed": "Скорость воспроизведения",
    "PlayerWidget/Markers": "Метки",
    "PlayerWidget/Jump to marker": "Перейти к метке",
    "PlayerWidget/Markers:": "Метки:",
    "PlayerWidget/Checking the recording's integrity…": "Проверка целостности записи…",
    "PlayerWidget/Incident": "Инцидент",
    "PlayerWidget/Key phrase": "Ключевая фраза",
    "PlayerWidget/The key-phrase segment is masked (silence, red band).": (
        "Фрагмент с ключевой фразой скрыт (тишина, красная полоса)."
    ),
    "PlayerWidget/No audio output device: playing without sound.": (
        "Нет устройства вывода звука: воспроизведение без звука."
    ),
    "PlayerWidget/INTEGRITY CHECK FAILED: the %1 track of this recording is missing or was "
    "changed after the call (SHA-256 differs from the database). It will not be played. Tell "
    "the administrator.": (
        "ПРОВЕРКА ЦЕЛОСТНОСТИ НЕ ПРОЙДЕНА: дорожка «%1» этой записи отсутствует или изменена "
        "после звонка (SHA-256 не совпадает с базой данных). Она не будет воспроизведена. "
        "Сообщите администратору."
    ),
    "PlayerWidget/You may not play recordings.": "Вам не разрешено прослушивать записи.",
    "PlayerWidget/The recording cannot be played: %1": "Запись не удаётся воспроизвести: %1",
    "PlayerWidget/Pause": "Пауза",
    "PlayerWidget/Play or pause (Space)": "Воспроизвести или приостановить (Пробел)",
    "PlayerWidget/−5 s": "−5 с",
    "PlayerWidget/5 seconds back": "На 5 секунд назад",
    "PlayerWidget/5 seconds back (Left arrow)": "На 5 секунд назад (стрелка влево)",
    "PlayerWidget/+5 s": "+5 с",
    "PlayerWidget/5 seconds forward": "На 5 секунд вперёд",
    "PlayerWidget/5 seconds forward (Right arrow)": "На 5 секунд вперёд (стрелка вправо)",
    "PlayerWidget/Play position": "Позиция воспроизведения",
    # PoliceHandoverDialog
    "PoliceHandoverDialog/Incident %1: handed to police": "Инцидент %1: передано в полицию",
    "PoliceHandoverDialog/Date handed over": "Дата передачи",
    "PoliceHandoverDialog/Police reference number": "Номер регистрации в полиции",
    # RecordingsBrowser
    "RecordingsBrowser/From": "С",
    "RecordingsBrowser/To": "По",
    "RecordingsBrowser/Calls from this date": "Звонки с этой даты",
    "RecordingsBrowser/Calls up to this date": "Звонки до этой даты",
    "RecordingsBrowser/Operator": "Оператор",
    "RecordingsBrowser/Any operator": "Любой оператор",
    "RecordingsBrowser/Caller number, e.g. +380671234567": "Номер абонента, напр. +380671234567",
    "RecordingsBrowser/starts with": "начинается с",
    "RecordingsBrowser/Any verification": "Любая проверка",
    "RecordingsBrowser/Verified": "Верифицирован",
    "RecordingsBrowser/Not verified": "Не верифицирован",
    "RecordingsBrowser/Locked": "Заблокирован",
    "RecordingsBrowser/With or without incidents": "С инцидентами или без",
    "RecordingsBrowser/Abuse": "Оскорбление",
    "RecordingsBrowser/Threat": "Угроза",
    "RecordingsBrowser/Held or not": "С запретом удаления или без",
    "RecordingsBrowser/On legal hold": "С запретом удаления",
    "RecordingsBrowser/Not held": "Без запрета удаления",
    "RecordingsBrowser/With or without complaint": "С жалобой или без",
    "RecordingsBrowser/With complaint": "С жалобой",
    "RecordingsBrowser/Without complaint": "Без жалобы",
    "RecordingsBrowser/Wrap-up: topic, notes or registration number": (
        "Итог: тема, заметки или регистрационный номер"
    ),
    "RecordingsBrowser/A word, any case; Enter searches": "Слово, любой регистр; Enter — искать",
    "RecordingsBrowser/The wrap-up's category, as the operator chose it": (
        "Категория из итога, как её выбрал оператор"
    ),
    "RecordingsBrowser/How the call ended": "Как завершился звонок",
    "RecordingsBrowser/Any ending": "Любое завершение",
    "RecordingsBrowser/Order of the calls": "Порядок звонков",
    "RecordingsBrowser/Newest first": "Сначала новые",
    "RecordingsBrowser/Oldest first": "Сначала старые",
    "RecordingsBrowser/Search": "Искать",
    "RecordingsBrowser/◀ Previous": "◀ Предыдущая",
    "RecordingsBrowser/Next ▶": "Следующая ▶",
    "RecordingsBrowser/Export selected…": "Выгрузить выбранные…",
    "RecordingsBrowser/Transcript…": "Стенограмма…",
    "RecordingsBrowser/Calls found": "Найденные звонки",
    "RecordingsBrowser/Rang at": "Время звонка",
    "RecordingsBrowser/Number": "Номер",
    "RecordingsBrowser/Verification": "Верификация",
    "RecordingsBrowser/Duration": "Длительность",
    "RecordingsBrowser/Incidents": "Инциденты",
    "RecordingsBrowser/Hold": "Запрет удаления",
    "RecordingsBrowser/Category": "Категория",
    "RecordingsBrowser/Reg. number": "Рег. номер",
    "RecordingsBrowser/Topic": "Тема",
    "RecordingsBrowser/How it ended": "Как завершился",
    "RecordingsBrowser/Any category": "Любая категория",
    "RecordingsBrowser/Searching…": "Поиск…",
    "RecordingsBrowser/Search failed: %1": "Поиск не удался: %1",
    "RecordingsBrowser/Page %1: %2 calls": "Страница %1: звонков — %2",
    "RecordingsBrowser/Withheld": "Номер скрыт",
    "RecordingsBrowser/held": "действует",
    "RecordingsBrowser/Wrap-up incomplete": "Итог не завершён",
    "RecordingsBrowser/%1 (wrap-up incomplete)": "%1 (итог не завершён)",
    "RecordingsBrowser/This call has no recording.": "У этого звонка нет записи.",
    "RecordingsBrowser/Select the calls to export first.": "Сначала выберите звонки для выгрузки.",
    # RecordingsScreen
    "RecordingsScreen/Recordings": "Записи",
    "RecordingsScreen/Find, play and export recordings; requests (KUTY-1.3)": (
        "Поиск, прослушивание и выгрузка записей; запросы (KUTY-1.3)"
    ),
    "RecordingsScreen/&Recordings": "&Записи",
    "RecordingsScreen/Browse and play recordings…": "Просмотр и прослушивание записей…",
    # RecordingsWindow
    "RecordingsWindow/Recordings": "Записи",
    "RecordingsWindow/Calls": "Звонки",
    "RecordingsWindow/Requests (KUTY-1.3)": "Запросы (KUTY-1.3)",
    # ExportDialog
    "ExportDialog/Export recordings": "Выгрузка записей",
    "ExportDialog/Password-protected ZIP (AES-256)": "ZIP-архив с паролем (AES-256)",
    "ExportDialog/Choose…": "Выбрать…",
    "ExportDialog/Why (audited), e.g. request no. 12 of 03.03": (
        "Основание (записывается в аудит), напр. запрос № 12 от 03.03"
    ),
    "ExportDialog/Export": "Выгрузить",
    "ExportDialog/Cancel": "Отмена",
    "ExportDialog/Recordings:": "Записей:",
    "ExportDialog/Format:": "Формат:",
    "ExportDialog/Destination folder:": "Папка назначения:",
    "ExportDialog/Reason:": "Основание:",
    "ExportDialog/Export to": "Выгрузить в",
    "ExportDialog/Enter the reason for the export: it is recorded in the audit.": (
        "Укажите основание выгрузки: оно записывается в журнал аудита."
    ),
    "ExportDialog/Enter the ZIP password, or untick the ZIP option.": (
        "Введите пароль ZIP-архива или снимите отметку ZIP."
    ),
    "ExportDialog/Exporting…": "Выгрузка…",
    "ExportDialog/Cancelling…": "Отмена…",
    "ExportDialog/Close": "Закрыть",
    "ExportDialog/Exported %1 files to:\n%2": "Выгружено файлов: %1, в:\n%2",
    "ExportDialog/NOT exported: %1": "НЕ выгружено: %1",
    "ExportDialog/Export cancelled: nothing was exported.": (
        "Выгрузка отменена: ничего не выгружено."
    ),
    "ExportDialog/You may not export recordings.": "Вам не разрешено выгружать записи.",
    "ExportDialog/Export failed: %1": "Выгрузка не удалась: %1",
    "ExportDialog/WAV (original)": "WAV (оригинал)",
    "ExportDialog/Open folder": "Открыть папку",
    "ExportDialog/Show the exported files in the file manager": (
        "Показать выгруженные файлы в файловом менеджере"
    ),
    "ExportDialog/No file manager could open %1; open it by hand.": (
        "Ни один файловый менеджер не смог открыть %1; откройте папку вручную."
    ),
    # TranscriptEditor
    "TranscriptEditor/Transcript — %1": "Стенограмма — %1",
    "TranscriptEditor/Transcribe": "Расшифровать",
    "TranscriptEditor/Cancel": "Отмена",
    "TranscriptEditor/Time": "Время",
    "TranscriptEditor/Speaker": "Кто говорит",
    "TranscriptEditor/Text": "Текст",
    "TranscriptEditor/Save": "Сохранить",
    "TranscriptEditor/Export PDF…": "Выгрузить PDF…",
    "TranscriptEditor/Export DOCX…": "Выгрузить DOCX…",
    "TranscriptEditor/Version:": "Версия:",
    "TranscriptEditor/You may not read transcripts of recordings.": (
        "Вам не разрешено просматривать стенограммы записей."
    ),
    "TranscriptEditor/The transcript cannot be shown: %1": "Стенограмму не удаётся показать: %1",
    "TranscriptEditor/This recording has no transcript yet.": (
        "Для этой записи ещё нет стенограммы."
    ),
    "TranscriptEditor/The key phrase is hidden for your role; those lines cannot be edited.": (
        "Ключевая фраза скрыта для вашей роли; эти строки нельзя редактировать."
    ),
    "TranscriptEditor/Version %1 — %2, %3": "Версия %1 — %2, %3",
    "TranscriptEditor/%1 (machine draft)": "%1 (машинный черновик)",
    "TranscriptEditor/Caller": "Абонент",
    "TranscriptEditor/Operator": "Оператор",
    "TranscriptEditor/Hidden for your role.": "Скрыто для вашей роли.",
    "TranscriptEditor/Saving…": "Сохранение…",
    "TranscriptEditor/Not saved: %1": "Не сохранено: %1",
    "TranscriptEditor/Saved as version %1.": "Сохранено как версия %1.",
    "TranscriptEditor/Transcription cannot start: %1": "Не удаётся начать распознавание: %1",
    "TranscriptEditor/Transcribing… This takes about as long as the call.": (
        "Распознавание… Это занимает примерно столько же, сколько длился разговор."
    ),
    "TranscriptEditor/Cancelling…": "Отмена…",
    "TranscriptEditor/Transcribed.": "Стенограмма создана.",
    "TranscriptEditor/Transcription cancelled: nothing was stored.": (
        "Распознавание отменено: ничего не сохранено."
    ),
    "TranscriptEditor/INTEGRITY CHECK FAILED: a track of this recording is missing or was "
    "changed after the call. It was not transcribed. Tell the administrator.": (
        "ПРОВЕРКА ЦЕЛОСТНОСТИ НЕ ПРОЙДЕНА: дорожка этой записи отсутствует или изменена после "
        "звонка. Стенограмма не создана. Сообщите администратору."
    ),
    "TranscriptEditor/Transcription failed: %1": "Распознавание не удалось: %1",
    "TranscriptEditor/Export transcript": "Выгрузить стенограмму",
    "TranscriptEditor/You may not export recordings.": "Вам не разрешено выгружать записи.",
    "TranscriptEditor/Export failed: %1": "Выгрузка не удалась: %1",
    "TranscriptEditor/Exported to %1": "Выгружено в %1",
    "TranscriptEditor/Exporting…": "Выгрузка…",
    # AudioCheck
    "AudioCheck/System default": "Системное по умолчанию",
    "AudioCheck/No headset (none)": "Без гарнитуры (none)",
    "AudioCheck/%1 (not connected)": "%1 (не подключено)",
    "AudioCheck/Test": "Проверить",
    "AudioCheck/Play a short tone in the headset": "Воспроизвести короткий сигнал в гарнитуре",
    "AudioCheck/Headset": "Гарнитура",
    "AudioCheck/Microphone level": "Уровень микрофона",
    "AudioCheck/The phone engine uses the new device after it restarts.": (
        "Телефонный модуль начнёт использовать новое устройство после перезапуска."
    ),
    "AudioCheck/No audio devices found. Plug in a headset and reopen this page; until then "
    "you can save 'No headset' and calls are still recorded.": (
        "Аудиоустройства не найдены. Подключите гарнитуру и откройте эту страницу снова; до тех "
        "пор можно сохранить «Без гарнитуры», звонки всё равно записываются."
    ),
    "AudioCheck/Cannot play the test tone: %1": "Не удаётся воспроизвести тестовый сигнал: %1",
    "AudioCheck/You should hear a short beep in the headset.": (
        "В гарнитуре должен прозвучать короткий сигнал."
    ),
    "AudioCheck/Cannot open the microphone: %1": "Не удаётся открыть микрофон: %1",
    # CallsPage
    "CallsPage/None (the headset only)": "Нет (только гарнитура)",
    "CallsPage/A second sound device that also rings (desk speakers), by name or number; "
    "empty: only the headset rings": (
        "Второе звуковое устройство, которое тоже звонит (колонки), по названию или номеру; "
        "пусто: звонит только гарнитура"
    ),
    "CallsPage/Ringtone in the headset": "Мелодия звонка в гарнитуре",
    "CallsPage/Answer calls automatically (a short tone)": (
        "Отвечать автоматически (короткий сигнал)"
    ),
    "CallsPage/For headset work: a call is answered at once after a short zip tone": (
        "Для работы в гарнитуре: звонок принимается сразу после короткого сигнала"
    ),
    "CallsPage/Show it as call waiting": "Показывать как ожидающий звонок",
    "CallsPage/Busy for the caller": "Абонент слышит «занято»",
    "CallsPage/Second ringer device": "Второе устройство для звонка",
    "CallsPage/A call while you talk": "Звонок во время разговора",
    "CallsPage/Needs a newer phone engine": "Нужен более новый телефонный модуль",
    "CallsPage/A device name or number, one short line": (
        "Название или номер устройства, одна короткая строка"
    ),
    # DatabasePage
    "DatabasePage/Shared PostgreSQL database": "Общая база данных PostgreSQL",
    "DatabasePage/kept in the keyring; empty: unchanged": (
        "хранится в хранилище ключей; пусто: без изменений"
    ),
    "DatabasePage/Default: SQLite file in the data folder (one seat).": (
        "По умолчанию: файл SQLite в папке данных (одно рабочее место)."
    ),
    "DatabasePage/Database URL (no password)": "Адрес базы данных (без пароля)",
    "DatabasePage/Database password": "Пароль базы данных",
    "DatabasePage/The database URL contains a password. Remove it from the URL and type it in "
    "the password field: passwords are kept in the keyring, never in settings files.": (
        "Адрес базы данных содержит пароль. Уберите его из адреса и введите в поле пароля: "
        "пароли хранятся в хранилище ключей, никогда в файлах настроек."
    ),
    "DatabasePage/Enter a PostgreSQL URL such as postgresql+psycopg://user@host/kuty.": (
        "Введите адрес PostgreSQL, например postgresql+psycopg://user@host/kuty."
    ),
    # PolicyPage
    "PolicyPage/Policy of this seat": "Регламент этого рабочего места",
    "PolicyPage/Regulation %1 (rule ids %1-…), from %2": (
        "Регламент %1 (правила %1-…), источник: %2"
    ),
    "PolicyPage/This policy file cannot be read": "Файл этого регламента не читается",
    "PolicyPage/What the operator may do and say, the channels, hours and deadlines follow "
    "the regulation chosen here. It applies after a console restart.": (
        "Что оператор может делать и говорить, каналы, часы работы и сроки — по выбранному здесь "
        "регламенту. Действует после перезапуска консоли."
    ),
    # RecordingsPage
    "RecordingsPage/default: the data folder's recordings": (
        "по умолчанию: папка recordings в папке данных"
    ),
    "RecordingsPage/Check": "Проверить",
    "RecordingsPage/ MB": " МБ",
    "RecordingsPage/Free space kept for recordings": "Свободное место, оставляемое для записей",
    "RecordingsPage/Every seat warns the operator and supervisors when the recordings folder "
    "has less free space than this, before calls can no longer be recorded (KUTY-1.1). 1000 "
    "MB is about 2 hours of calls; 0 turns the warning off.": (
        "Каждое рабочее место предупреждает оператора и руководителей, когда в папке записей "
        "остаётся меньше свободного места, чем здесь, — ещё до того, как звонки перестанут "
        "записываться (KUTY-1.1). 1000 МБ — это примерно 2 часа звонков; 0 отключает "
        "предупреждение."
    ),
    "RecordingsPage/Recordings folder": "Папка записей",
    "RecordingsPage/Cannot write to this folder: %1": "Невозможно записывать в эту папку: %1",
    "RecordingsPage/This folder is on a network share (%1). Recordings are written there "
    "during calls: if the share is slow or drops, recording fails. Use it only on a reliable "
    "network.": (
        "Эта папка находится на сетевом ресурсе (%1). Записи пишутся туда во время звонков: если "
        "ресурс медленный или пропадает, запись не удастся. Используйте только надёжную сеть."
    ),
    "RecordingsPage/The folder is writable.": "В папку можно записывать.",
    # RetentionPage
    "RetentionPage/ days": " дн.",
    "RetentionPage/keep all": "хранить все",
    "RetentionPage/Keep recordings for": "Хранить записи",
    "RetentionPage/Recordings older than this are deleted by the nightly run; held, requested "
    "and complaint recordings stay (KUTY-1.1, KUTY-1.3). 0 keeps all.": (
        "Записи старше этого срока удаляет ночной запуск; записи с запретом удаления, "
        "запрошенные и по жалобам остаются (KUTY-1.1, KUTY-1.3). 0 — хранить все."
    ),
    "RetentionPage/PocketSphinx (English, shipped)": "PocketSphinx (английский, в комплекте)",
    "RetentionPage/faster-whisper (Ukrainian, a model folder)": (
        "faster-whisper (украинский, папка модели)"
    ),
    "RetentionPage/the faster-whisper model folder": "папка модели faster-whisper",
    "RetentionPage/Choose…": "Выбрать…",
    "RetentionPage/Transcription engine": "Система распознавания",
    "RetentionPage/Model folder": "Папка модели",
    "RetentionPage/faster-whisper needs its model folder.": (
        "Для faster-whisper нужна папка модели."
    ),
    "RetentionPage/The folder %1 does not exist.": "Папки %1 не существует.",
    # SettingsPages
    "SettingsPages/Kuty community: kindergarten-queue support desk": (
        "Громада Куты: служба поддержки очереди в детский сад"
    ),
    "SettingsPages/Preschool-queue portal support (Kazakhstan), chat only": (
        "Поддержка портала очереди в дошкольные организации (Казахстан), только чат"
    ),
    "SettingsPages/Eurasian Electronic Portal support": (
        "Поддержка Евразийского электронного портала"
    ),
    "SettingsPages/Control System Center support, written channels only": (
        "Поддержка Control System Center, только письменные каналы"
    ),
    "SettingsPages/stored in the keyring; empty: unchanged": (
        "сохранено в хранилище ключей; пусто: без изменений"
    ),
    "SettingsPages/kept in the keyring": "хранится в хранилище ключей",
    # AccountsPage
    "AccountsPage/Add account": "Добавить учётную запись",
    "AccountsPage/Remove": "Удалить",
    "AccountsPage/Verify the server certificate (TLS)": "Проверять сертификат сервера (TLS)",
    "AccountsPage/Default account": "Учётная запись по умолчанию",
    "AccountsPage/STUN servers (host:port, separated by commas or spaces) that tell the phone "
    "its public address behind NAT. Leave empty when the PBX is on the same network or fixes "
    "addresses itself.": (
        "Серверы STUN (узел:порт, через запятую или пробел), которые сообщают телефону его "
        "публичный адрес за NAT. Оставьте пустым, если АТС в той же сети или сама исправляет "
        "адреса."
    ),
    "AccountsPage/ICE (for media through NAT)": "ICE (для звука через NAT)",
    "AccountsPage/Offer ICE candidates in calls. Needs a network address (not 127.0.0.1) and "
    "a provider that supports ICE.": (
        "Предлагать кандидатов ICE в звонках. Нужен сетевой адрес (не 127.0.0.1) и провайдер с "
        "поддержкой ICE."
    ),
    "AccountsPage/Account name": "Название учётной записи",
    "AccountsPage/Registrar (host:port)": "Регистратор (узел:порт)",
    "AccountsPage/User (extension)": "Пользователь (внутренний номер)",
    "AccountsPage/Authentication user": "Пользователь для аутентификации",
    "AccountsPage/Password": "Пароль",
    "AccountsPage/Transport": "Транспорт",
    "AccountsPage/Outbound proxy": "Исходящий прокси",
    "AccountsPage/SRTP": "SRTP",
    "AccountsPage/TLS CA file": "Файл CA для TLS",
    "AccountsPage/Registration timeout, s": "Длительность регистрации, с",
    "AccountsPage/STUN servers": "Серверы STUN",
    "AccountsPage/stored in the keyring; type to replace": (
        "сохранено в хранилище ключей; введите, чтобы заменить"
    ),
    "AccountsPage/Account not valid: %1": "Учётная запись некорректна: %1",
    "AccountsPage/UDP": "UDP",
    "AccountsPage/TCP": "TCP",
    "AccountsPage/TLS (encrypted)": "TLS (зашифрованный)",
    "AccountsPage/Off": "Выключено",
    "AccountsPage/When the other side offers it": "Если другая сторона предлагает",
    "AccountsPage/Required": "Обязательно",
    "AccountsPage/the account name must be 1 to 32 Latin letters, digits, - or _": (
        "название учётной записи — от 1 до 32 латинских букв, цифр, - или _"
    ),
    "AccountsPage/the registrar must be a host or host:port, not %1": (
        "регистратор должен быть узлом или узел:порт, а не %1"
    ),
    "AccountsPage/the outbound proxy must be a host or host:port, not %1": (
        "исходящий прокси должен быть узлом или узел:порт, а не %1"
    ),
    "AccountsPage/the SIP domain must be a host or host:port, not %1": (
        "домен SIP должен быть узлом или узел:порт, а не %1"
    ),
    "AccountsPage/the registrar is required": "нужно указать регистратор",
    "AccountsPage/the user (extension) may hold only Latin letters, digits and SIP signs, not %1": (
        "пользователь (внутренний номер) может содержать только латинские буквы, цифры и знаки "
        "SIP, а не %1"
    ),
    "AccountsPage/the registration timeout must be 20 to 86400 s": (
        "длительность регистрации — от 20 до 86400 с"
    ),
    "AccountsPage/the retry interval must be 5 to 3600 s": "интервал повтора — от 5 до 3600 с",
    "AccountsPage/at most %1 STUN servers": "не более %1 серверов STUN",
    "AccountsPage/each STUN server must be a host or host:port, not %1": (
        "каждый сервер STUN должен быть узлом или узел:порт, а не %1"
    ),
    "AccountsPage/a STUN server is listed twice": "сервер STUN указан дважды",
    "AccountsPage/check the account's fields": "проверьте поля учётной записи",
    "AccountsPage/the account name %1 is already taken": "название учётной записи %1 уже занято",
    # MailPage
    "MailPage/Desk mailbox (incoming, IMAP)": "Ящик службы (входящие, IMAP)",
    "MailPage/empty: none": "пусто: нет",
    "MailPage/standard (993 or 143)": "стандартный (993 или 143)",
    "MailPage/TLS from the start (IMAPS)": "TLS с начала (IMAPS)",
    "MailPage/STARTTLS": "STARTTLS",
    "MailPage/empty: the system's": "пусто: системные",
    "MailPage/Choose…": "Выбрать…",
    "MailPage/ MB": " МБ",
    "MailPage/Server": "Сервер",
    "MailPage/Port": "Порт",
    "MailPage/Security": "Защита",
    "MailPage/User": "Пользователь",
    "MailPage/Password": "Пароль",
    "MailPage/Mailbox": "Папка",
    "MailPage/CA certificate file": "Файл сертификата CA",
    "MailPage/Attachments up to": "Вложения до",
    "MailPage/Messages up to": "Письма до",
    "MailPage/Outgoing mail (replies and notifications, SMTP)": (
        "Исходящая почта (ответы и уведомления, SMTP)"
    ),
    "MailPage/STARTTLS (port 587)": "STARTTLS (порт 587)",
    "MailPage/TLS from the start (port 465)": "TLS с начала (порт 465)",
    "MailPage/No encryption (this computer only)": "Без шифрования (только этот компьютер)",
    "MailPage/empty: no sign-in": "пусто: без входа",
    "MailPage/Sender address": "Адрес отправителя",
    "MailPage/E-mails to the desk (written contacts) are fetched from this mailbox": (
        "Письма в службу (письменные обращения) забираются из этого ящика"
    ),
    "MailPage/Empty: notifications only in the console": "Пусто: уведомления только в консоли",
    "MailPage/Empty: no desk mailbox": "Пусто: без ящика службы",
    "MailPage/PEM (*.pem *.crt)": "PEM (*.pem *.crt)",
    "MailPage/The CA certificate file %1 does not exist.": "Файла сертификата CA %1 не существует.",
    "MailPage/The largest attachment cannot be larger than the largest message.": (
        "Наибольшее вложение не может быть больше наибольшего письма."
    ),
    "MailPage/The desk mailbox needs a user.": "Для ящика службы нужен пользователь.",
    "MailPage/A mailbox password needs the server and the user.": (
        "Для пароля ящика нужны сервер и пользователь."
    ),
    "MailPage/An outgoing-mail password needs the user.": (
        "Для пароля исходящей почты нужен пользователь."
    ),
    "MailPage/The sender must be an e-mail address.": (
        "Отправитель должен быть адресом электронной почты."
    ),
    # AdminPage
    "AdminPage/Operator": "Оператор",
    "AdminPage/Supervisor": "Руководитель",
    "AdminPage/Head administrator": "Главный администратор",
    "AdminPage/Administrator": "Администратор",
    "AdminPage/The password must have at least %1 characters.": (
        "Пароль должен содержать не менее %1 символов."
    ),
    "AdminPage/A user name is 1 to 64 characters without spaces.": (
        "Имя пользователя — от 1 до 64 символов без пробелов."
    ),
    "AdminPage/The user name “system” is reserved for the console.": (
        "Имя «system» зарезервировано для самой консоли."
    ),
    "AdminPage/There is no user “%1”.": "Пользователя «%1» нет.",
    "AdminPage/The user name “%1” is taken.": "Имя пользователя «%1» уже занято.",
    "AdminPage/This is the last active administrator: nobody could manage the desk afterwards.": (
        "Это последний активный администратор: после этого никто не смог бы управлять службой."
    ),
    "AdminPage/Sign in as an administrator to add users.": (
        "Чтобы добавлять пользователей, войдите как администратор."
    ),
    "AdminPage/The two passwords differ.": "Пароли не совпадают.",
    "AdminPage/Add a user": "Новый пользователь",
    "AdminPage/at least %1 characters": "не менее %1 символов",
    "AdminPage/Full name": "Полное имя",
    "AdminPage/Initial password": "Начальный пароль",
    "AdminPage/Repeat the password": "Повторите пароль",
    "AdminPage/Reset the password of %1": "Новый пароль для %1",
    "AdminPage/New password": "Новый пароль",
    "AdminPage/Change the role of %1": "Изменить роль: %1",
    "AdminPage/Administration": "Администрирование",
    "AdminPage/Seat settings…": "Настройки рабочего места…",
    "AdminPage/SIP accounts, headset, calls, recordings, database, language, e-mail, "
    "retention and transcription, the seat's policy": (
        "Учётные записи SIP, гарнитура, звонки, записи, база данных, язык, почта, хранение и "
        "расшифровка, регламент места"
    ),
    "AdminPage/Users": "Пользователи",
    "AdminPage/Caller profiles": "Профили абонентов",
    "AdminPage/Settings": "Настройки",
    "AdminPage/Open the settings at": "Открыть настройки",
    "AdminPage/SIP accounts": "Учётные записи SIP",
    "AdminPage/Registrars, users and transports": "Регистраторы, пользователи и транспорт",
    "AdminPage/E-mail": "Электронная почта",
    "AdminPage/The desk mailbox (IMAP) and outgoing mail (SMTP)": (
        "Почтовый ящик службы (IMAP) и исходящая почта (SMTP)"
    ),
    "AdminPage/Retention and transcription": "Хранение и расшифровка",
    "AdminPage/How long recordings are kept; the speech-recognition engine": (
        "Сколько хранятся записи; система распознавания речи"
    ),
    "AdminPage/Policy": "Регламент",
    "AdminPage/The regulation this seat works under": "Регламент, по которому работает это место",
    "AdminPage/Password storage…": "Хранилище паролей…",
    "AdminPage/Where this seat keeps SIP, e-mail and database passwords": (
        "Где это рабочее место хранит пароли SIP, почты и базы данных"
    ),
    "AdminPage/User name": "Имя пользователя",
    "AdminPage/Role": "Роль",
    # UsersPanel
    "UsersPanel/Accounts": "Учётные записи",
    "UsersPanel/User name": "Имя пользователя",
    "UsersPanel/Name": "Имя",
    "UsersPanel/Role": "Роль",
    "UsersPanel/State": "Состояние",
    "UsersPanel/Add a user…": "Добавить пользователя…",
    "UsersPanel/Reset the password…": "Новый пароль…",
    "UsersPanel/Change the role…": "Изменить роль…",
    "UsersPanel/Disable…": "Отключить…",
    "UsersPanel/The account can no longer sign in; its calls and audit events stay": (
        "Учётная запись больше не сможет войти; её звонки и события аудита останутся"
    ),
    "UsersPanel/Active": "Активна",
    "UsersPanel/Disabled": "Отключена",
    "UsersPanel/%1, last signed in %2": "%1, последний вход %2",
    "UsersPanel/Accounts could not be loaded: %1": "Учётные записи не загружены: %1",
    "UsersPanel/Disable an account": "Отключить учётную запись",
    "UsersPanel/Disable “%1” (%2)? They can no longer sign in; their calls and audit events "
    "stay.": (
        "Отключить «%1» (%2)? Войти больше не получится; звонки и события журнала аудита останутся."
    ),
    "UsersPanel/Disable": "Отключить",
    "UsersPanel/Cancel": "Отмена",
    # ImportPanel
    "ImportPanel/The Service's export: CSV or JSON, UTF-8": "Выгрузка Сервиса: CSV или JSON, UTF-8",
    "ImportPanel/Profiles file": "Файл профилей",
    "ImportPanel/Choose a file…": "Выбрать файл…",
    "ImportPanel/optional: the Service's separate applications CSV": (
        "необязательно: отдельный CSV заявлений от Сервиса"
    ),
    "ImportPanel/Applications file": "Файл заявлений",
    "ImportPanel/Import": "Импортировать",
    "ImportPanel/All or nothing: one bad row and nothing is imported. Key phrases are stored "
    "only as Argon2id hashes (KUTY-2.2).": (
        "Всё или ничего: одна ошибочная строка — и не импортируется ничего. Ключевые фразы "
        "хранятся только как хеши Argon2id (KUTY-2.2)."
    ),
    "ImportPanel/Cancel": "Отмена",
    "ImportPanel/Import progress": "Ход импорта",
    "ImportPanel/Problems in the file": "Проблемы в файле",
    "ImportPanel/Row": "Строка",
    "ImportPanel/Field": "Поле",
    "ImportPanel/Problem": "Проблема",
    "ImportPanel/Save the report as CSV…": "Сохранить отчёт как CSV…",
    "ImportPanel/Caller profiles": "Профили абонентов",
    "ImportPanel/Profile exports (*.csv *.json)": "Выгрузки профилей (*.csv *.json)",
    "ImportPanel/Choose an existing file first.": "Сначала выберите существующий файл.",
    "ImportPanel/The applications file %1 does not exist.": "Файла заявлений %1 не существует.",
    "ImportPanel/Importing…": "Импорт…",
    "ImportPanel/Cancelling…": "Отмена…",
    "ImportPanel/%1: %2 of %3": "%1: %2 из %3",
    "ImportPanel/%1: %2": "%1: %2",
    "ImportPanel/Done": "Готово",
    "ImportPanel/Imported: %1 new profiles, %2 updated, %3 phone numbers, %4 applications; %5 "
    "existing profiles not in the file were kept.": (
        "Импортировано: новых профилей — %1, обновлено — %2, номеров телефонов — %3, заявлений — "
        "%4; существующих профилей, которых нет в файле, сохранено — %5."
    ),
    "ImportPanel/Only the first %1 problems are listed.": "Показаны только первые %1 проблем.",
    "ImportPanel/item %1": "запись %1",
    "ImportPanel/%1, row %2": "%1, строка %2",
    "ImportPanel/Save the report": "Сохранить отчёт",
    "ImportPanel/CSV (*.csv)": "CSV (*.csv)",
    "ImportPanel/The report could not be saved: %1": "Отчёт не сохранён: %1",
    "ImportPanel/Report saved to %1": "Отчёт сохранён: %1",
    # ProfileImport
    "ProfileImport/Surname": "Фамилия",
    "ProfileImport/First name": "Имя",
    "ProfileImport/Patronymic": "Отчество",
    "ProfileImport/Phones": "Телефоны",
    "ProfileImport/Phone": "Телефон",
    "ProfileImport/Key phrase": "Ключевая фраза",
    "ProfileImport/Applications": "Заявления",
    "ProfileImport/Application number": "Номер заявления",
    "ProfileImport/Child's first name": "Имя ребёнка",
    "ProfileImport/Application status": "Статус заявления",
    "ProfileImport/Created": "Создано",
    "ProfileImport/Updated": "Обновлено",
    "ProfileImport/Kindergartens": "Детские сады",
    "ProfileImport/The whole row": "Вся строка",
    "ProfileImport/Empty; it is required": "Пусто; поле обязательное",
    "ProfileImport/Not text": "Не текст",
    "ProfileImport/Too long": "Слишком длинно",
    "ProfileImport/Contains a control character": "Содержит управляющий символ",
    "ProfileImport/Too many phone numbers": "Слишком много номеров телефона",
    "ProfileImport/Not a valid phone number": "Некорректный номер телефона",
    "ProfileImport/Not a valid date": "Некорректная дата",
    "ProfileImport/The same profile appears earlier in the file": (
        "Этот же профиль уже есть выше в файле"
    ),
    "ProfileImport/Empty once spaces and punctuation are removed": (
        "Пусто без пробелов и знаков препинания"
    ),
    "ProfileImport/The row has a different number of columns than the header": (
        "В строке другое количество столбцов, чем в заголовке"
    ),
    "ProfileImport/No profile has this phone and surname": (
        "Нет профиля с таким телефоном и фамилией"
    ),
    "ProfileImport/Several profiles have this phone and surname; add the first name": (
        "У нескольких профилей такой телефон и фамилия; добавьте имя"
    ),
    "ProfileImport/Matches several existing profiles (same names, a shared phone)": (
        "Совпадает с несколькими существующими профилями (те же имена, общий телефон)"
    ),
    "ProfileImport/Updates the same existing profile as an earlier row": (
        "Обновляет тот же существующий профиль, что и строка выше"
    ),
    "ProfileImport/Cannot be imported": "Не импортируется",
    "ProfileImport/Cancelled; nothing was imported.": "Отменено; ничего не импортировано.",
    "ProfileImport/The file changed while it was imported; nothing was imported.": (
        "Файл изменился во время импорта; ничего не импортировано."
    ),
    "ProfileImport/The file is larger than %1 MB; split the export.": (
        "Файл больше %1 МБ; разделите выгрузку."
    ),
    "ProfileImport/The file cannot be read.": "Файл не читается.",
    "ProfileImport/The file is not UTF-8 (line %1); export it as UTF-8.": (
        "Файл не в UTF-8 (строка %1); выгрузите его в UTF-8."
    ),
    "ProfileImport/Line %1 is not valid CSV.": "Строка %1 — некорректный CSV.",
    "ProfileImport/Line %1 is not valid JSON.": "Строка %1 — некорректный JSON.",
    "ProfileImport/The JSON file is not a list of profiles.": "Файл JSON — не список профилей.",
    "ProfileImport/The file has no header row.": "В файле нет строки заголовка.",
    "ProfileImport/Columns missing from the header: %1.": "В заголовке не хватает столбцов: %1.",
    "ProfileImport/Columns given twice: %1.": "Столбцы повторяются: %1.",
    "ProfileImport/The header has too many columns; is this the Service's export?": (
        "В заголовке слишком много столбцов; это точно выгрузка Сервиса?"
    ),
    "ProfileImport/Line %1 is too long; is this the Service's export?": (
        "Строка %1 слишком длинная; это точно выгрузка Сервиса?"
    ),
    "ProfileImport/The JSON is nested too deeply; is this the Service's export?": (
        "В JSON слишком глубокая вложенность; это точно выгрузка Сервиса?"
    ),
    "ProfileImport/A JSON item is too large; is this the Service's export?": (
        "Запись JSON слишком большая; это точно выгрузка Сервиса?"
    ),
    "ProfileImport/Problems in the file: %1; nothing was imported.": (
        "Проблем в файле: %1; ничего не импортировано."
    ),
    "ProfileImport/Checking rows": "Проверка строк",
    "ProfileImport/Protecting key phrases": "Защита ключевых фраз",
    "ProfileImport/Saving profiles": "Сохранение профилей",
    "ProfileImport/Importing": "Импорт",
    # LanesView
    "LanesView/Caller": "Абонент",
    "LanesView/Operator": "Оператор",
    "LanesView/Third party": "Третий участник",
    "LanesView/Track %1": "Дорожка %1",
    "LanesView/Recording tracks": "Дорожки записи",
    "LanesView/Click or drag to move the play position. Space: play or pause; Left/Right arrow: 5 "
    "seconds back or forward.": (
        "Щёлкните или перетащите, чтобы перейти к другому месту записи. Пробел — воспроизвести или "
        "приостановить; стрелки влево/вправо — на 5 секунд назад или вперёд."
    ),
    "LanesView/Lanes: %1": "Дорожки: %1",
    "LanesView/masked": "скрыто",
    # ListenControls
    "ListenControls/Listen": "Слушать",
    "ListenControls/Whisper": "Подсказать",
    "ListenControls/Barge in": "Вмешаться",
    "ListenControls/Stop listening": "Прекратить прослушивание",
    "ListenControls/Listen to the selected call; neither the caller nor the operator hears you, "
    "and the recording does not change (%1). Every use is audited.": (
        "Слушать выбранный звонок: ни абонент, ни оператор вас не слышат, запись не меняется (%1). "
        "Каждое прослушивание записывается в журнал аудита."
    ),
    "ListenControls/Speak to the operator only; the caller does not hear you. What you say is "
    "recorded on the operator track (KUTY-1.1).": (
        "Говорить только с оператором: абонент вас не слышит. Сказанное записывается на дорожку "
        "оператора (KUTY-1.1)."
    ),
    "ListenControls/Join the call: the caller and the operator hear you. What you say is recorded "
    "on the operator track (KUTY-1.1).": (
        "Присоединиться к разговору: вас слышат абонент и оператор. Сказанное записывается на "
        "дорожку оператора (KUTY-1.1)."
    ),
    "ListenControls/Stop listening; the call goes on unchanged.": (
        "Прекратить прослушивание; разговор продолжается без изменений."
    ),
    "ListenControls/The desk's policy does not allow live listening (%1).": (
        "Регламент службы не разрешает прослушивание звонков (%1)."
    ),
    "ListenControls/Select a call in progress first.": "Сначала выберите текущий звонок.",
    "ListenControls/The desk's policy does not allow live listening.": (
        "Регламент службы не разрешает прослушивание звонков."
    ),
    "ListenControls/The call is no longer in progress.": "Этот звонок уже завершён.",
    "ListenControls/The operator's seat cannot be reached for listening (it has not announced its "
    "address).": (
        "Рабочее место оператора недоступно для прослушивания (оно не сообщило свой адрес)."
    ),
    "ListenControls/The operator's seat refused the listening.": (
        "Рабочее место оператора отказало в прослушивании."
    ),
    "ListenControls/Listening ended.": "Прослушивание завершено.",
    "ListenControls/Connecting to the operator's seat…": "Подключение к рабочему месту оператора…",
    "ListenControls/Listening: nobody hears you.": "Прослушивание: вас никто не слышит.",
    "ListenControls/Whispering: only the operator hears you.": (
        "Подсказка: вас слышит только оператор."
    ),
    "ListenControls/In the call: the caller and the operator hear you.": (
        "В разговоре: вас слышат абонент и оператор."
    ),
    # TranscriptPane
    "TranscriptPane/Transcript": "Стенограмма",
    "TranscriptPane/Play a call to see its transcript here.": (
        "Воспроизведите звонок, чтобы увидеть здесь его стенограмму."
    ),
    "TranscriptPane/Transcript segments; click one to play from it": (
        "Фрагменты стенограммы; щёлкните фрагмент, чтобы воспроизвести с него"
    ),
    "TranscriptPane/Time": "Время",
    "TranscriptPane/Speaker": "Кто говорит",
    "TranscriptPane/Text": "Текст",
    "TranscriptPane/Loading the transcript…": "Загрузка стенограммы…",
    "TranscriptPane/The transcript cannot be shown: %1": "Стенограмму не удаётся показать: %1",
    "TranscriptPane/the call is still being recorded": "звонок ещё записывается",
    "TranscriptPane/the recording has no complete caller and operator tracks": (
        "в записи нет полных дорожек абонента и оператора"
    ),
    "TranscriptPane/nobody has had this call transcribed yet: use Transcript… to make one": (
        "этот звонок ещё никто не расшифровывал: создайте стенограмму кнопкой «Стенограмма…»"
    ),
    "TranscriptPane/unknown": "неизвестно",
    "TranscriptPane/Not transcribed: %1": "Не расшифровано: %1",
    "TranscriptPane/Version %1, %2 segments": "Версия %1, фрагментов: %2",
    "TranscriptPane/(the key phrase is hidden)": "(ключевая фраза скрыта)",
    "TranscriptPane/Caller": "Абонент",
    "TranscriptPane/Operator": "Оператор",
    "TranscriptPane/[key phrase hidden]": "[ключевая фраза скрыта]",
    "ComplaintsView/a call": "звонок",
    "Wallboard/In a call": "В разговоре",
    "WrittenView/Select a case in the list above.": "Выберите обращение в списке выше.",
    "CallPickerDialog/no operator": "без оператора",
    "CallPickerDialog/Choose the call the complaint is about": (
        "Выберите звонок, на который жалуются"
    ),
    "CallPickerDialog/The call the complaint is about (KUTY-1.2): find it by number, dates "
    "or operator": (
        "Звонок, на который жалуются (KUTY-1.2): найдите его по номеру, датам или оператору"
    ),
    "CallPickerDialog/Caller number": "Номер абонента",
    "CallPickerDialog/Number or its start, e.g. 067 123": "Номер или его начало, напр. 067 123",
    "CallPickerDialog/Calls from this date": "Звонки с этой даты",
    "CallPickerDialog/Calls up to this date": "Звонки до этой даты",
    "CallPickerDialog/Operator": "Оператор",
    "CallPickerDialog/Any operator": "Любой оператор",
    "CallPickerDialog/Search": "Найти",
    "CallPickerDialog/Search calls": "Искать звонки",
    "CallPickerDialog/Find the calls (Enter in the number field)": (
        "Найти звонки (Enter в поле номера)"
    ),
    "CallPickerDialog/Calls found, newest first": "Найденные звонки, сначала новые",
    "CallPickerDialog/Enter or double click picks the call; Esc cancels": (
        "Enter или двойной щелчок выбирает звонок; Esc отменяет"
    ),
    "CallPickerDialog/Time": "Время",
    "CallPickerDialog/Number": "Номер",
    "CallPickerDialog/Duration": "Длительность",
    "CallPickerDialog/How it ended": "Как завершился",
    "CallPickerDialog/Search result": "Результат поиска",
    "CallPickerDialog/Newer": "Новее",
    "CallPickerDialog/Newer calls": "Более новые звонки",
    "CallPickerDialog/Older": "Старше",
    "CallPickerDialog/Older calls": "Более старые звонки",
    "CallPickerDialog/Choose": "Выбрать",
    "CallPickerDialog/Choose the selected call": "Выбрать отмеченный звонок",
    "CallPickerDialog/Cancel": "Отмена",
    "CallPickerDialog/Cancel choosing a call": "Отменить выбор звонка",
    "CallPickerDialog/From": "С",
    "CallPickerDialog/To": "По",
    "CallPickerDialog/The range ends before it starts: choose the dates again.": (
        "Конец периода раньше начала: выберите даты ещё раз."
    ),
    "CallPickerDialog/Searching…": "Поиск…",
    "CallPickerDialog/Search failed: %1": "Поиск не удался: %1",
    "CallPickerDialog/Page %1: %2 calls, newest first": "Страница %1: звонков — %2, сначала новые",
    "CallPickerDialog/No calls match: change the number or the dates.": (
        "Звонков не найдено: измените номер или даты."
    ),
    "CallPickerDialog/Select a call in the list first.": "Сначала выберите звонок в списке.",
    "ComplaintsView/The call the complaint is about": "Звонок, на который жалуются",
    "ComplaintsView/No call chosen (optional)": "Звонок не выбран (необязательно)",
    "ComplaintsView/The call the complaint is about (KUTY-1.2), chosen with “Choose call…”": (
        "Звонок, на который жалуются (KUTY-1.2), выбирается кнопкой «Выбрать звонок…»"
    ),
    "ComplaintsView/Choose call…": "Выбрать звонок…",
    "ComplaintsView/Choose the call": "Выбрать звонок",
    "ComplaintsView/Find the call by number, dates or operator (KUTY-1.2)": (
        "Найти звонок по номеру, датам или оператору (KUTY-1.2)"
    ),
    "ComplaintsView/Your role may not see the desk's calls (KUTY-1.2 complaints, "
    "KUTY-1.3 recordings)": (
        "Ваша роль не даёт доступа к звонкам службы (KUTY-1.2 жалобы, KUTY-1.3 записи)"
    ),
    "ComplaintsView/Clear": "Очистить",
    "ComplaintsView/Clear the chosen call": "Убрать выбранный звонок",
    "ComplaintsView/File the complaint without a call": "Зарегистрировать жалобу без звонка",
    "ComplaintsView/The response deadline follows the category (KUTY-1.2, Law on Appeals "
    "art. 20)": (
        "Срок ответа зависит от категории (KUTY-1.2, Закон «Об обращениях граждан», ст. 20)"
    ),
    "ComplaintsView/Link the chosen call to the selected complaint": (
        "Связать выбранный звонок с выбранной жалобой"
    ),
    "ComplaintsView/Link the chosen call to the complaint selected above (KUTY-1.2)": (
        "Связать выбранный звонок с жалобой, выбранной выше (KUTY-1.2)"
    ),
    "ComplaintsView/Select a complaint and choose a call.": "Выберите жалобу и звонок.",
    "ComplaintsView/Call linked to complaint %1.": "Звонок связан с жалобой %1.",
}


if __name__ == "__main__":
    sys.exit(main("ru", RU, sys.argv[1:]))

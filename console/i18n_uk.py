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
    "PJSIP %1; TLS: %2": "PJSIP %1; TLS: %2",
    "no OpenSSL: SIP over TLS is unavailable": "без OpenSSL: SIP через TLS недоступний",
    "version unknown": "версія невідома",
    "The desk speakers for the ringtone cannot be opened: calls ring only in the "
    "headset. Check the ringer device in the settings.": (
        "Не вдається відкрити динаміки для дзвінка: дзвінок чути лише в гарнітурі. "
        "Перевірте пристрій дзвінка в налаштуваннях."
    ),
    "A call was refused because it could not be recorded (KUTY-1.1): the caller "
    "heard an apology. Tell your supervisor now; supervisors were notified.": (
        "Дзвінок відхилено, бо його неможливо записати (KUTY-1.1): абонент почув "
        "вибачення. Негайно повідомте керівника; керівників сповіщено."
    ),
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
    "General help only": "Лише загальна консультація",
    "answer the call": "відповісти на дзвінок",
    "reject the call": "відхилити дзвінок",
    "hang up": "завершити дзвінок",
    "put the call on hold": "поставити дзвінок на утримання",
    "resume the call": "продовжити розмову",
    "mute the microphone": "вимкнути мікрофон",
    "send tones": "надіслати тонові сигнали",
    "place the call": "здійснити дзвінок",
    "register the SIP account": "зареєструвати обліковий запис SIP",
    "remove the SIP account": "видалити обліковий запис SIP",
    "The database is unreachable: calls are still answered and recorded, "
    "their details are kept on this computer and saved when it is back.": (
        "База даних недоступна: дзвінки й далі приймаються та записуються, "
        "їхні дані зберігаються на цьому комп'ютері й будуть записані, щойно база повернеться."
    ),
    "The database is back; the kept call details were saved.": (
        "База даних знову доступна; збережені дані дзвінків записано."
    ),
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
    "Could not %1: %2": "Не вдалося %1: %2",
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
    "Free space kept for recordings": "Вільне місце, залишене для записів",
    " MB": " МБ",
    "Every seat warns the operator and supervisors when the recordings folder has less free "
    "space than this, before calls can no longer be recorded (KUTY-1.1). 1000 MB is about 2 "
    "hours of calls; 0 turns the warning off.": (
        "Кожне робоче місце попереджає оператора й керівників, коли в теці записів лишається "
        "менше вільного місця, ніж тут, — ще до того, як дзвінки перестануть записуватися "
        "(KUTY-1.1). 1000 МБ — це приблизно 2 години дзвінків; 0 вимикає попередження."
    ),
    "⚠ REC STOPPED": "⚠ ЗАПИС ЗУПИНИВСЯ",
    "Audio of this call is being lost: the recordings folder takes no more audio "
    "(KUTY-1.1). Tell your supervisor.": (
        "Звук цього дзвінка втрачається: тека записів більше не приймає звук (KUTY-1.1). "
        "Повідомте керівника."
    ),
    "RECORDING STOPPED: the recordings folder takes no more audio, this call is being lost "
    "(KUTY-1.1). Tell your supervisor now; supervisors were notified.": (
        "ЗАПИС ЗУПИНИВСЯ: тека записів більше не приймає звук, цей дзвінок втрачається "
        "(KUTY-1.1). Негайно повідомте керівника; керівників сповіщено."
    ),
    "Recording continues; the missing part is marked in the recording.": (
        "Запис триває; пропущену частину позначено в записі."
    ),
    "Little free space is left for recordings. Tell your supervisor before it runs out "
    "(KUTY-1.1).": (
        "Для записів лишилося мало вільного місця. Повідомте керівника, доки воно не "
        "закінчилося (KUTY-1.1)."
    ),
    "The phone engine cannot start (%1). Calls cannot be taken; tell the administrator.": (
        "Телефонний рушій не може запуститися (%1). Дзвінки не приймаються; повідомте "
        "адміністратора."
    ),
    "This call is being recorded (KUTY-1.1)": "Цей дзвінок записується (KUTY-1.1)",
    "Phone: starting…": "Телефон: запуск…",
    "Phone: ready": "Телефон: готовий",
    "Phone: stopped unexpectedly": "Телефон: несподівано зупинився",
    "Phone: restarting…": "Телефон: перезапуск…",
    "Phone: stopped": "Телефон: зупинено",
    "Listening on %1": "Приймає дзвінки на %1",
    "Headset: %1": "Гарнітура: %1",
    "⚠ No headset": "⚠ Немає гарнітури",
    # Incidents (KUTY-3.1..3.4), complaints (KUTY-1.2), blocklist
    "Number blocked": "Номер заблоковано",
    "Abuse — end call": "Образа — завершити",
    "Threat — end call + police": "Погроза — завершити + поліція",
    "Abuse: end the call now and report to management (KUTY-3.1)": (
        "Образа: негайно завершити дзвінок і повідомити керівництво (KUTY-3.1)"
    ),
    "Threat: end the call now, report to management and the police (KUTY-3.2)": (
        "Погроза: негайно завершити дзвінок, повідомити керівництво й поліцію (KUTY-3.2)"
    ),
    "Incident %1 filed; management is notified.": (
        "Інцидент %1 зареєстровано; керівництво повідомлено."
    ),
    "The incident could not be filed (%1). Tell your supervisor now.": (
        "Не вдалося зареєструвати інцидент (%1). Негайно повідомте керівника."
    ),
    "Written messages": "Письмові звернення",
    "Supervisor queue": "Черга керівника",
    "Supervisor queue (%1)": "Черга керівника (%1)",
    "Complaints": "Скарги",
    "Incident settings are invalid (%1); e-mail reports are off.": (
        "Налаштування інцидентів помилкові (%1); повідомлення електронною поштою вимкнено."
    ),
    "Threat (KUTY-3.2)": "Погроза (KUTY-3.2)",
    "Abuse (KUTY-3.1)": "Образа (KUTY-3.1)",
    "Incident %1": "Інцидент %1",
    "%1: incident %2 is filed and management is notified. Optionally, write down what was said.": (
        "%1: інцидент %2 зареєстровано, керівництво повідомлено. "
        "За бажанням запишіть, що було сказано."
    ),
    "What the caller said (optional)": "Що сказав абонент (необов'язково)",
    "Save note": "Зберегти примітку",
    "Close": "Закрити",
    "Not saved; try again.": "Не збережено; спробуйте ще раз.",
    "What management did (required)": "Що зробило керівництво (обов'язково)",
    "Acknowledge": "Підтвердити",
    "Acknowledge the selected incident report (KUTY-3.1..3.4)": (
        "Підтвердити вибране повідомлення про інцидент (KUTY-3.1..3.4)"
    ),
    "Incident reports awaiting acknowledgement": (
        "Повідомлення про інциденти, що чекають підтвердження"
    ),
    "Acknowledge the selected report or alert (KUTY-1.1, KUTY-3.1..3.4)": (
        "Підтвердити вибране повідомлення чи попередження (KUTY-1.1, KUTY-3.1..3.4)"
    ),
    "Reports and alerts awaiting acknowledgement": (
        "Повідомлення та попередження, що чекають підтвердження"
    ),
    "Call recording stalled": "Запис дзвінка зупинився",
    "Call recording failed": "Запис дзвінка не вдався",
    "Low disk space for recordings": "Мало місця для записів",
    "Recordings could not be reconciled": "Не вдалося звірити записи",
    "System alert": "Системне попередження",
    "Alert: %1 — seat %2 — %3": "Попередження: %1 — робоче місце %2 — %3",
    "%1 — e-mail to %2 — %3 failed attempt(s); next retry %4": (
        "%1 — лист на %2 — невдалих спроб: %3; наступна спроба %4"
    ),
    "Abuse": "Образа",
    "Threat": "Погроза",
    "Incident %1 — %2 — %3": "Інцидент %1 — %2 — %3",
    "Notification %1 acknowledged.": "Повідомлення %1 підтверджено.",
    "No.": "№",
    "Complainant": "Скаржник",
    "Received": "Отримано",
    "Due": "Термін",
    "Status": "Стан",
    "Calls": "Дзвінки",
    "New complaint (KUTY-1.2)": "Нова скарга (KUTY-1.2)",
    "No study needed (15 days)": "Не потребує вивчення (15 днів)",
    "Needs study (1 month)": "Потребує вивчення (1 місяць)",
    "Extended (45 days)": "Продовжено (45 днів)",
    "Call id (optional)": "Ідентифікатор дзвінка (необов'язково)",
    "Register complaint": "Зареєструвати скаргу",
    "Link call to selected": "Прив'язати дзвінок до вибраної",
    "Who": "Хто",
    "Contact": "Контакт",
    "Text": "Текст",
    "Category": "Категорія",
    "Call": "Дзвінок",
    "New": "Нова",
    "ComplaintsView/In progress": "Розглядається",
    "Answered": "Надано відповідь",
    "Overdue: the response deadline has passed": "Прострочено: термін відповіді минув",
    "Who and the text are required.": "Потрібно вказати, хто скаржиться, і текст.",
    "Complaint %1 registered.": "Скаргу %1 зареєстровано.",
    "Select a complaint and enter a call id.": (
        "Виберіть скаргу та введіть ідентифікатор дзвінка."
    ),
    "E-mail": "Електронна пошта",
    "Chat": "Чат",
    "Log message": "Зареєструвати звернення",
    "Abuse — stop + report": "Образа — припинити + повідомити",
    "Stop the correspondence and report to management (KUTY-3.3)": (
        "Припинити листування й повідомити керівництво (KUTY-3.3)"
    ),
    "Threat — stop + report + police": "Погроза — припинити + повідомити + поліція",
    "Stop the correspondence, report to management and the police (KUTY-3.4)": (
        "Припинити листування, повідомити керівництво й поліцію (KUTY-3.4)"
    ),
    "Channel": "Канал",
    "Sender": "Відправник",
    "Subject": "Тема",
    "Sender and text are required.": "Потрібно вказати відправника й текст.",
    "Message %1 logged (KUTY-1.1).": "Звернення %1 зареєстровано (KUTY-1.1).",
    "THREAT": "ПОГРОЗА",
    "ABUSE": "ОБРАЗА",
    "stopped": "припинено",
    "Correspondence stopped; incident %1 filed.": (
        "Листування припинено; інцидент %1 зареєстровано."
    ),
    # Caller verification: ringing hint, panel, caller card, supervisor unlock (issue 3).
    "No profile: general help only": "Немає профілю: лише загальна допомога",
    "1 profile for this number": "1 профіль із цим номером",
    "%1 profiles for this number": "Профілів із цим номером: %1",
    "locked after failed verifications": "заблоковано після невдалих спроб верифікації",
    "Withheld: cannot be verified": "Номер приховано: верифікація неможлива",
    "No caller ID: cannot be verified": "Номер невідомий: верифікація неможлива",
    "Only how many profiles have this number: names are shown after verification, "
    "and only the verified caller's (KUTY-2.6)": (
        "Лише кількість профілів із цим номером: імена видно тільки після верифікації "
        "і тільки верифікованого абонента (KUTY-2.6)"
    ),
    "Detailed help only for a verified caller (KUTY-2.2)": (
        "Детальна консультація — лише верифікованому абонентові (KUTY-2.2)"
    ),
    "Caller verification": "Верифікація абонента",
    "Type the surname the caller says (KUTY-2.2)": (
        "Введіть прізвище, яке називає абонент (KUTY-2.2)"
    ),
    "Type the first name the caller says (KUTY-2.2)": (
        "Введіть ім'я, яке називає абонент (KUTY-2.2)"
    ),
    "Type the key phrase the caller says; it is never shown or stored (KUTY-2.2)": (
        "Введіть ключову фразу, яку називає абонент; вона ніде не показується "
        "й не зберігається (KUTY-2.2)"
    ),
    "Start verification": "Почати верифікацію",
    "Check the caller's number, then ask surname, first name, key phrase": (
        "Перевірити номер абонента, потім запитати прізвище, ім'я, ключову фразу"
    ),
    "Surname": "Прізвище",
    "First name": "Ім'я",
    "Key phrase": "Ключова фраза",
    "Type what the caller says, then press Enter.": (
        "Введіть те, що каже абонент, і натисніть Enter."
    ),
    "You may not verify callers: %1": "Ви не маєте права верифікувати абонентів: %1",
    "Verification failed: %1": "Не вдалося виконати верифікацію: %1",
    "Attempts left: %1": "Залишилось спроб: %1",
    "You may help with general technical questions only (KUTY-2.1).": (
        "Можна допомагати лише із загальними технічними питаннями (KUTY-2.1)."
    ),
    "%1 hours from the last failed attempt": "%1 год від останньої невдалої спроби",
    "Ask the caller's surname.": "Запитайте прізвище абонента.",
    "Not verified: the answers do not match. Ask all three again, from the surname.": (
        "Не верифіковано: відповіді не збігаються. Запитайте всі три ще раз, починаючи з прізвища."
    ),
    "The caller is verified: detailed consultation is allowed (KUTY-2.2).": (
        "Абонента верифіковано: детальна консультація дозволена (KUTY-2.2)."
    ),
    "The answers do not match and this call has no attempts left. Tell the caller: "
    "“We could not confirm your identity, so I can only give general help.”": (
        "Відповіді не збігаються, і спроб у цьому дзвінку більше немає. Скажіть абонентові: "
        "«Ми не змогли підтвердити вашу особу, тому я можу надати лише загальну консультацію.»"
    ),
    "Verification was not finished.": "Верифікацію не завершено.",
    "Too many failed verifications: the profile is locked until %1. Tell the caller: "
    "“For your security, checks by phone are paused until %1; please call again then.”": (
        "Забагато невдалих спроб верифікації: профіль заблоковано до %1. Скажіть абонентові: "
        "«З міркувань безпеки верифікацію телефоном призупинено до %1; будь ласка, "
        "зателефонуйте після цього.»"
    ),
    "The number is withheld, so the caller cannot be verified. Tell the caller: "
    "“Please call again from the number in your profile without hiding it.”": (
        "Номер приховано, тому абонента не можна верифікувати. Скажіть абонентові: "
        "«Будь ласка, зателефонуйте з номера, вказаного у вашому профілі, не приховуючи його.»"
    ),
    "The caller's number is unknown, so the caller cannot be verified. Tell the caller: "
    "“Please call again from the number in your profile.”": (
        "Номер абонента невідомий, тому його не можна верифікувати. Скажіть абонентові: "
        "«Будь ласка, зателефонуйте з номера, вказаного у вашому профілі.»"
    ),
    "No profile in the Service has this number. Tell the caller: “Detailed help is given "
    "only when you call from the number in your profile.”": (
        "Жоден профіль у Сервісі не має цього номера. Скажіть абонентові: «Детальна "
        "консультація надається, лише коли ви телефонуєте з номера, вказаного у вашому профілі.»"
    ),
    "Checking the number…": "Перевірка номера…",
    "Verification: surname": "Верифікація: прізвище",
    "Verification: first name": "Верифікація: ім'я",
    "Verification: key phrase": "Верифікація: ключова фраза",
    "VERIFIED": "ВЕРИФІКОВАНО",
    "NOT VERIFIED": "НЕ ВЕРИФІКОВАНО",
    "LOCKED": "ЗАБЛОКОВАНО",
    "General consultation only": "Лише загальна консультація",
    "Checking…": "Перевірка…",
    "No answered call": "Немає розмови",
    "Not verified yet": "Ще не верифіковано",
    "Press “Start verification” (%1) before giving detailed help.": (
        "Натисніть «Почати верифікацію» (%1), перш ніж надавати детальну консультацію."
    ),
    "Application": "Заява",
    "Child": "Дитина",
    "CallerCard/Status": "Статус",
    "Created / updated": "Створено / оновлено",
    "Kindergartens": "Заклади дошкільної освіти",
    "Only the verified caller's own applications (KUTY-2.6)": (
        "Лише власні заяви верифікованого абонента (KUTY-2.6)"
    ),
    "✓ Technical help with the Service: registering, submitting an application, "
    "changing data the user created (KUTY-2.1)": (
        "✓ Технічна допомога із Сервісом: реєстрація, подання заяви, зміна даних, "
        "які створив користувач (KUTY-2.1)"
    ),
    "✗ Detailed consultation: only after verification (KUTY-2.2)": (
        "✗ Детальна консультація — лише після верифікації (KUTY-2.2)"
    ),
    "✗ No legal advice (KUTY-2.3)": "✗ Жодних юридичних консультацій (KUTY-2.3)",
    "✗ No explanations of queue order or of whether applications exist, beyond "
    "technical aspects (KUTY-2.4)": (
        "✗ Жодних пояснень щодо порядку черги чи наявності заяв, окрім технічних "
        "аспектів (KUTY-2.4)"
    ),
    "✗ Never enter applications on an applicant's behalf (KUTY-2.5)": (
        "✗ Не вносити заяви до системи замість заявника (KUTY-2.5)"
    ),
    "✗ Never give personal data of third persons (KUTY-2.6)": (
        "✗ Не повідомляти персональних даних третіх осіб (KUTY-2.6)"
    ),
    "✗ No advice on other electronic products (KUTY-2.7)": (
        "✗ Жодних консультацій щодо інших електронних продуктів (KUTY-2.7)"
    ),
    "No caller": "Немає абонента",
    "General consultation mode": "Режим загальної консультації",
    "Verified caller: detailed consultation (KUTY-2.2)": (
        "Верифікований абонент: детальна консультація (KUTY-2.2)"
    ),
    "No applications": "Заяв немає",
    "Unlock caller profile": "Розблокувати профіль абонента",
    "Required: why the lock is lifted early": "Обов'язково: чому блокування знімається достроково",
    "Unlock": "Розблокувати",
    "The profile was locked after too many failed verifications (KUTY-2.2). Unlock only "
    "after confirming the caller's identity another way; the unlock and its reason are "
    "audited.": (
        "Профіль заблоковано після забагатьох невдалих спроб верифікації (KUTY-2.2). "
        "Розблоковуйте "
        "лише після того, як підтвердили особу абонента іншим способом; розблокування та "
        "його причина фіксуються в журналі аудиту."
    ),
    "Profile id": "Ідентифікатор профілю",
    "UnlockDialog/Reason": "Причина",
    "Give a reason: every unlock is audited.": (
        "Вкажіть причину: кожне розблокування фіксується в журналі аудиту."
    ),
    "There is no profile %1.": "Профілю %1 не існує.",
    "You may not unlock profiles (supervisors only).": (
        "Ви не маєте права розблоковувати профілі (лише керівники)."
    ),
    "The profile could not be unlocked: %1": "Не вдалося розблокувати профіль: %1",
    "&Supervisor": "&Керівник",
    "Unlock profile…": "Розблокувати профіль…",
    "Profile %1 unlocked (%2 active lock(s) lifted).": (
        "Профіль %1 розблоковано (знято активних блокувань: %2)."
    ),
    # --- sign-in, recordings browser, player, export, requests, admin alerts (issue 5)
    "Kuty — sign in": "Кути — вхід",
    "Username:": "Ім'я користувача:",
    "Password:": "Пароль:",
    "Sign in": "Увійти",
    "Sign in with your Kuty account.": "Увійдіть під своїм обліковим записом Кути.",
    "Enter your username and password.": "Введіть ім'я користувача та пароль.",
    "Too many failed attempts: this account is locked until %1. Try again later or ask an "
    "administrator to reset the password.": (
        "Забагато невдалих спроб: обліковий запис заблоковано до %1. Спробуйте пізніше або "
        "попросіть адміністратора скинути пароль."
    ),
    "Wrong username or password.": "Неправильне ім'я користувача або пароль.",
    "Sign-in is not possible: %1": "Увійти неможливо: %1",
    "No user accounts exist yet. An administrator must create the first one on this "
    "computer:\n\n    %1\n\nthen start the console again.": (
        "Облікових записів ще немає. Адміністратор має створити перший на цьому "
        "комп'ютері:\n\n    %1\n\nпісля чого запустіть консоль знову."
    ),
    "Audit log alert": "Тривога журналу аудиту",
    "AUDIT LOG CHECK FAILED: the audit chain could not be read (%1).": (
        "ПЕРЕВІРКА ЖУРНАЛУ АУДИТУ НЕ ВДАЛАСЯ: ланцюжок аудиту не вдалося прочитати (%1)."
    ),
    "AUDIT LOG TAMPERED: event %1 does not fit the hash chain (%2). Records of who played or "
    "exported recordings cannot be trusted from there on. Run `kuty audit verify` and "
    "investigate.": (
        "ЖУРНАЛ АУДИТУ ЗМІНЕНО: подія %1 не відповідає ланцюжку хешів (%2). Записам про те, "
        "хто прослуховував чи вивантажував записи, починаючи з неї, довіряти не можна. "
        "Виконайте `kuty audit verify` і розберіться."
    ),
    "Export recordings": "Вивантаження записів",
    "Password-protected ZIP (AES-256)": "ZIP-архів із паролем (AES-256)",
    "Choose…": "Вибрати…",
    "Why (audited), e.g. request no. 12 of 03.03": (
        "Підстава (записується в аудит), напр. запит № 12 від 03.03"
    ),
    "Export": "Вивантажити",
    "Cancel": "Скасувати",
    "Recordings:": "Записів:",
    "Format:": "Формат:",
    "Destination folder:": "Тека призначення:",
    "Reason:": "Підстава:",
    "Export to": "Вивантажити до",
    "Enter the reason for the export: it is recorded in the audit.": (
        "Вкажіть підставу вивантаження: вона записується в журнал аудиту."
    ),
    "Enter the ZIP password, or untick the ZIP option.": (
        "Введіть пароль ZIP-архіву або зніміть позначку ZIP."
    ),
    "Exporting…": "Вивантаження…",
    "Cancelling…": "Скасування…",
    "Exported %1 files to:\n%2": "Вивантажено файлів: %1, до:\n%2",
    "NOT exported: %1": "НЕ вивантажено: %1",
    "Export cancelled: nothing was exported.": "Вивантаження скасовано: нічого не вивантажено.",
    "You may not export recordings.": "Вам не дозволено вивантажувати записи.",
    "Export failed: %1": "Вивантаження не вдалося: %1",
    "New request": "Новий запит",
    "Comma-separated, empty = all numbers": "Через кому; порожньо — усі номери",
    "Recordings": "Записи",
    "Correspondence": "Листування",
    "Transcripts": "Розшифровки",
    "Verification log": "Журнал верифікації",
    "Incidents": "Інциденти",
    "Requested by:": "Хто запитує:",
    "Office:": "Установа:",
    "Reference:": "Номер документа:",
    "Period from:": "Період з:",
    "Period to:": "Період по:",
    "Numbers:": "Номери:",
    "Due:": "Термін:",
    "Select a call and press Enter to play it.": (
        "Виберіть дзвінок і натисніть Enter, щоб прослухати."
    ),
    "Both (mixed)": "Обидва (змішано)",
    "Caller": "Абонент",
    "Operator": "Оператор",
    "Play": "Відтворити",
    "Pause": "Пауза",
    "Stop": "Стоп",
    "Jump to marker": "Перейти до позначки",
    "Markers:": "Позначки:",
    "Checking the recording's integrity…": "Перевірка цілісності запису…",
    "Incident": "Інцидент",
    "The key-phrase segment is masked (silence, red band).": (
        "Фрагмент із ключовою фразою приховано (тиша, червона смуга)."
    ),
    "No audio output device: playing without sound.": (
        "Немає пристрою виведення звуку: відтворення без звуку."
    ),
    "INTEGRITY CHECK FAILED: the %1 track of this recording is missing or was changed after "
    "the call (SHA-256 differs from the database). It will not be played. Tell the "
    "administrator.": (
        "ПЕРЕВІРКА ЦІЛІСНОСТІ НЕ ПРОЙДЕНА: доріжка «%1» цього запису відсутня або змінена "
        "після дзвінка (SHA-256 не збігається з базою даних). Її не буде відтворено. "
        "Повідомте адміністратора."
    ),
    "You may not play recordings.": "Вам не дозволено прослуховувати записи.",
    "The recording cannot be played: %1": "Запис не вдається відтворити: %1",
    "From": "З",
    "To": "По",
    "Any operator": "Будь-який оператор",
    "Caller number, e.g. +380671234567": "Номер абонента, напр. +380671234567",
    "starts with": "починається з",
    "Verified": "Верифіковано",
    "Not verified": "Не верифіковано",
    "Locked": "Заблоковано",
    "On legal hold": "Із забороною видалення",
    "Not held": "Без заборони видалення",
    "With complaint": "Зі скаргою",
    "Without complaint": "Без скарги",
    "Newest first": "Спершу нові",
    "Oldest first": "Спершу старі",
    "Search": "Шукати",
    "◀ Previous": "◀ Попередня",
    "Next ▶": "Наступна ▶",
    "Export selected…": "Вивантажити вибрані…",
    "Rang at": "Час дзвінка",
    "Verification": "Верифікація",
    "RecordingsBrowser/Hold": "Заборона видалення",
    "Any": "Будь-який",
    "Searching…": "Пошук…",
    "Search failed: %1": "Пошук не вдався: %1",
    "held": "діє",
    "Page %1: %2 calls": "Сторінка %1: дзвінків — %2",
    "This call has no recording.": "Цей дзвінок не має запису.",
    "Select the calls to export first.": "Спершу виберіть дзвінки для вивантаження.",
    "&Recordings": "&Записи",
    "Browse and play recordings…": "Перегляд і прослуховування записів…",
    "Requests (KUTY-1.3)": "Запити (KUTY-1.3)",
    "Requested by": "Хто запитує",
    "Dossier": "Досьє",
    "New request…": "Новий запит…",
    "Fulfil selected": "Виконати вибраний",
    "Refresh": "Оновити",
    "Cannot list requests: %1": "Не вдається показати запити: %1",
    "Not registered: %1": "Не зареєстровано: %1",
    "Request %1 registered.": "Запит %1 зареєстровано.",
    "Building the dossier…": "Формування досьє…",
    "Not fulfilled: %1": "Не виконано: %1",
    "Dossier ready: %1": "Досьє готове: %1",
    # Transcript editor (issue 5, "Transcripts"); keys carry the context so that generic
    # words ("Save", "Saving…") never collide with other screens' entries.
    "RecordingsBrowser/Transcript…": "Стенограма…",
    "TranscriptEditor/Transcript — %1": "Стенограма — %1",
    "TranscriptEditor/Transcribe": "Транскрибувати",
    "TranscriptEditor/Speaker": "Хто говорить",
    "TranscriptEditor/Text": "Текст",
    "TranscriptEditor/Save": "Зберегти",
    "TranscriptEditor/Export PDF…": "Вивантажити PDF…",
    "TranscriptEditor/Export DOCX…": "Вивантажити DOCX…",
    "TranscriptEditor/Version:": "Версія:",
    "TranscriptEditor/You may not read transcripts of recordings.": (
        "Вам не дозволено переглядати стенограми записів."
    ),
    "TranscriptEditor/The transcript cannot be shown: %1": "Стенограму не вдається показати: %1",
    "TranscriptEditor/This recording has no transcript yet.": (
        "Для цього запису ще немає стенограми."
    ),
    "TranscriptEditor/The key phrase is hidden for your role; those lines cannot be edited.": (
        "Ключову фразу приховано для вашої ролі; ці рядки не можна редагувати."
    ),
    "TranscriptEditor/Version %1 — %2, %3": "Версія %1 — %2, %3",
    "TranscriptEditor/%1 (machine draft)": "%1 (машинна чернетка)",
    "TranscriptEditor/Hidden for your role.": "Приховано для вашої ролі.",
    "TranscriptEditor/Saving…": "Збереження…",
    "TranscriptEditor/Not saved: %1": "Не збережено: %1",
    "TranscriptEditor/Saved as version %1.": "Збережено як версію %1.",
    "TranscriptEditor/Transcription cannot start: %1": "Не вдається почати розпізнавання: %1",
    "TranscriptEditor/Transcribing… This takes about as long as the call.": (
        "Розпізнавання… Це триває приблизно стільки, скільки тривала розмова."
    ),
    "TranscriptEditor/Transcribed.": "Стенограму створено.",
    "TranscriptEditor/Transcription cancelled: nothing was stored.": (
        "Розпізнавання скасовано: нічого не збережено."
    ),
    "TranscriptEditor/INTEGRITY CHECK FAILED: a track of this recording is missing or was "
    "changed after the call. It was not transcribed. Tell the administrator.": (
        "ПЕРЕВІРКА ЦІЛІСНОСТІ НЕ ПРОЙДЕНА: доріжка цього запису відсутня або змінена після "
        "дзвінка. Стенограму не створено. Повідомте адміністратора."
    ),
    "TranscriptEditor/Transcription failed: %1": "Розпізнавання не вдалося: %1",
    "TranscriptEditor/Export transcript": "Вивантажити стенограму",
    "TranscriptEditor/Exported to %1": "Вивантажено до %1",
    # Supervisor incident screens (incidents_view, queue failures, complaint answers).
    "Kind": "Вид",
    "IncidentsView/Hold": "Заборона видалення",
    "Handed to police…": "Передано до поліції…",
    "Reported to management": "Повідомлено керівництву",
    "Close incident": "Закрити інцидент",
    "Export package (ZIP)…": "Експортувати пакет (ZIP)…",
    "Block number…": "Заблокувати номер…",
    "Unblock number": "Розблокувати номер",
    "%1 recording(s)": "записів: %1",
    "Written": "Письмове",
    "—": "—",
    "Open": "Відкритий",
    "Handed to police": "Передано до поліції",
    "Closed": "Закритий",
    "Status: %1": "Стан: %1",
    "Pressed at: %1": "Кнопку натиснуто: %1",
    "Operator: %1": "Оператор: %1",
    "Caller number: %1": "Номер абонента: %1",
    "withheld": "приховано",
    "Verification: %1": "Верифікація: %1",
    "Call: %1": "Дзвінок: %1",
    "Offset in recording: %1 s": "Позиція в записі: %1 с",
    "Written message: %1": "Письмове звернення: %1",
    "Recordings on legal hold: %1": "Записів під забороною видалення: %1",
    "Handed to police on %1, reference %2": "Передано до поліції %1, номер %2",
    "Police package: %1": "Пакет для поліції: %1",
    "Operator's note:": "Примітка оператора:",
    "(none)": "(немає)",
    "Incident %1: %2": "Інцидент %1: %2",
    "Incident %1: handed to police": "Інцидент %1: передано до поліції",
    "Date handed over": "Дата передачі",
    "Police reference number": "Номер реєстрації в поліції",
    "Export police package": "Експорт пакета для поліції",
    "ZIP archives (*.zip)": "ZIP-архіви (*.zip)",
    "Package exported: %1": "Пакет експортовано: %1",
    "Block %1": "Заблокувати %1",
    "Reason (kept on record):": "Причина (зберігається в обліку):",
    "A block needs a reason.": "Для блокування потрібна причина.",
    "%1 is blocked; its calls are flagged on the ringing card.": (
        "%1 заблоковано; його дзвінки позначаються на картці виклику."
    ),
    "%1 is no longer blocked.": "%1 більше не заблоковано.",
    "Failed: %1": "Помилка: %1",
    "E-mail reports not delivered yet": "Ще не доставлені листи з повідомленнями",
    "Incident %1 — e-mail to %2 — %3 failed attempt(s); next retry %4": (
        "Інцидент %1 — лист на %2 — невдалих спроб: %3; наступна спроба %4"
    ),
    "E-mail reports not delivered yet (%1): retried automatically": (
        "Ще не доставлені листи (%1): надсилання повторюється автоматично"
    ),
    "Selected complaint": "Вибрана скарга",
    "What was answered (required)": "Що відповіли (обов'язково)",
    "Answer text": "Текст відповіді",
    "Set status": "Змінити стан",
    "Select a complaint and write the answer.": "Виберіть скаргу й напишіть відповідь.",
    "Complaint %1 answered.": "На скаргу %1 надано відповідь.",
    "Select a complaint first.": "Спочатку виберіть скаргу.",
    # --- background work and errors (issue 10): console.tasks.error_text and its callers
    "You do not have permission for this. Ask your supervisor.": (
        "У вас немає дозволу на це. Зверніться до керівника."
    ),
    "An unexpected error occurred; the details are in the log.": (
        "Сталася неочікувана помилка; подробиці — в журналі програми."
    ),
    "The database cannot be reached. Tell your supervisor.": (
        "База даних недоступна. Повідомте керівника."
    ),
    "The call log could not be saved. Tell your supervisor; the details are in the log.": (
        "Не вдалося зберегти журнал дзвінків. Повідомте керівника; подробиці — в журналі програми."
    ),
    "MessagesView/Not saved: %1": "Не збережено: %1",
    "Cancelled: no dossier was kept.": "Скасовано: досьє не збережено.",
    # --- settings dialog, first-run wizard, keyring setup, registration status (issue 6)
    "Add account": "Додати обліковий запис",
    "AccountsPage/STUN servers (host:port, separated by commas or spaces) that tell the phone "
    "its public address behind NAT. Leave empty when the PBX is on the same network or fixes "
    "addresses itself.": "Сервери STUN (вузол:порт, через кому або пробіл), які повідомляють "
    "телефону його публічну адресу за NAT. Залиште порожнім, якщо АТС у тій самій мережі або "
    "сама виправляє адреси.",
    "AccountsPage/ICE (for media through NAT)": "ICE (для звуку через NAT)",
    "AccountsPage/Offer ICE candidates in calls. Needs a network address (not 127.0.0.1) and a "
    "provider that supports ICE.": "Пропонувати кандидатів ICE у дзвінках. Потрібна мережева "
    "адреса (не 127.0.0.1) і провайдер, що підтримує ICE.",
    "AccountsPage/STUN servers": "Сервери STUN",
    "MainWindow/The STUN server did not answer: the phone uses this computer's local address. "
    "Calls through a provider outside the office may have no sound; tell the administrator.": (
        "Сервер STUN не відповів: телефон використовує локальну адресу цього комп’ютера. "
        "У дзвінках через провайдера поза офісом може не бути звуку; повідомте адміністратора."
    ),
    "MainWindow/ICE is switched off: the phone listens on a loopback address. Calls still work; "
    "set a network address in the settings to use ICE.": (
        "ICE вимкнено: телефон слухає на адресі loopback. Дзвінки працюють; щоб увімкнути ICE, "
        "укажіть мережеву адресу в налаштуваннях."
    ),
    "StatusWidget/STUN: public address from %1": "STUN: публічна адреса від %1",
    "StatusWidget/STUN failed: %1": "STUN не вдався: %1",
    "AccountsPage/Remove": "Вилучити",
    "Verify the server certificate (TLS)": "Перевіряти сертифікат сервера (TLS)",
    "Default account": "Обліковий запис за замовчуванням",
    "Account name": "Назва облікового запису",
    "Registrar (host:port)": "Реєстратор (вузол:порт)",
    "User (extension)": "Користувач (внутрішній номер)",
    "Authentication user": "Користувач для автентифікації",
    "AccountsPage/Password": "Пароль",
    "Transport": "Транспорт",
    "Outbound proxy": "Вихідний проксі",
    "SRTP": "SRTP",
    "TLS CA file": "Файл CA для TLS",
    "Registration timeout, s": "Тривалість реєстрації, с",
    "stored in the keyring; type to replace": "збережено у сховищі ключів; введіть, щоб замінити",
    "Account not valid: %1": "Обліковий запис некоректний: %1",
    "System default": "Системний за замовчуванням",
    "No headset (none)": "Без гарнітури (none)",
    "%1 (not connected)": "%1 (не підключено)",
    "AudioCheck/Test": "Перевірити",
    "Play a short tone in the headset": "Відтворити короткий сигнал у гарнітурі",
    "AudioCheck/Headset": "Гарнітура",
    "FirstRunWizard/Headset": "Гарнітура",
    "Microphone level": "Рівень мікрофона",
    "The phone engine uses the new device after it restarts.": (
        "Телефонний рушій використає новий пристрій після перезапуску."
    ),
    "No audio devices found. Plug in a headset and reopen this page; until then you can "
    "save 'No headset' and calls are still recorded.": (
        "Аудіопристроїв не знайдено. Підключіть гарнітуру й відкрийте цю сторінку знову; "
        "доти можна зберегти «Без гарнітури», дзвінки все одно записуються."
    ),
    "Cannot play the test tone: %1": "Не вдається відтворити тестовий сигнал: %1",
    "You should hear a short beep in the headset.": "У гарнітурі має пролунати короткий сигнал.",
    "Cannot open the microphone: %1": "Не вдається відкрити мікрофон: %1",
    "Shared PostgreSQL database": "Спільна база даних PostgreSQL",
    "kept in the keyring; empty: unchanged": "зберігається у сховищі ключів; порожньо: без змін",
    "Default: SQLite file in the data folder (one seat).": (
        "За замовчуванням: файл SQLite у теці даних (одне робоче місце)."
    ),
    "Database URL (no password)": "Адреса бази даних (без пароля)",
    "Database password": "Пароль бази даних",
    "The database URL contains a password. Remove it from the URL and type it in the "
    "password field: passwords are kept in the keyring, never in settings files.": (
        "Адреса бази даних містить пароль. Вилучіть його з адреси й введіть у поле пароля: "
        "паролі зберігаються у сховищі ключів, ніколи у файлах налаштувань."
    ),
    "Enter a PostgreSQL URL such as postgresql+psycopg://user@host/kuty.": (
        "Введіть адресу PostgreSQL, наприклад postgresql+psycopg://user@host/kuty."
    ),
    "Kuty console: first setup": "Консоль Кути: перше налаштування",
    "SIP account": "Обліковий запис SIP",
    "FirstRunWizard/Recordings folder": "Тека записів",
    "RecordingsPage/Recordings folder": "Тека записів",
    "FirstRunWizard/Database": "База даних",
    "SettingsDialog/Database": "База даних",
    "FirstRunWizard/Not saved: %1": "Не збережено: %1",
    "SettingsDialog/Not saved: %1": "Не збережено: %1",
    "Password storage": "Сховище паролів",
    "Master password": "Головний пароль",
    "KeyringSetupDialog/Repeat": "Повторіть",
    "Unlock the encrypted password file": "Розблокувати зашифрований файл паролів",
    "Create an encrypted password file": "Створити зашифрований файл паролів",
    "Continue without saved passwords": "Продовжити без збережених паролів",
    "File: %1": "Файл: %1",
    "The two passwords differ.": "Паролі не збігаються.",
    "Wrong master password for the encrypted password file.": (
        "Неправильний головний пароль зашифрованого файлу паролів."
    ),
    "Type a master password.": "Введіть головний пароль.",
    "default: the data folder's recordings": "за замовчуванням: теки recordings у теці даних",
    "RecordingsPage/Check": "Перевірити",
    "Cannot write to this folder: %1": "Неможливо записувати в цю теку: %1",
    "This folder is on a network share (%1). Recordings are written there during calls: "
    "if the share is slow or drops, recording fails. Use it only on a reliable network.": (
        "Ця тека на мережевому ресурсі (%1). Записи пишуться туди під час дзвінків: якщо "
        "ресурс повільний або зникає, запис не вдасться. Використовуйте лише надійну мережу."
    ),
    "The folder is writable.": "У теку можна записувати.",
    "SettingsDialog/Settings": "Налаштування",
    "Language (after a console restart)": "Мова (після перезапуску консолі)",
    "SIP accounts": "Облікові записи SIP",
    "SettingsDialog/Audio": "Звук",
    "SettingsDialog/Language": "Мова",
    "Restart the phone engine to apply": "Перезапустити телефонний рушій, щоб застосувати",
    "SettingsDialog/Saving…": "Збереження…",
    "&Settings": "&Налаштування",
    "Settings…": "Налаштування…",
    "Settings saved.": "Налаштування збережено.",
    "Settings saved. They apply when the phone engine restarts (not during a call).": (
        "Налаштування збережено. Вони застосуються після перезапуску телефонного рушія "
        "(не під час дзвінка)."
    ),
    "Registration failed: %1 %2": "Помилка реєстрації: %1 %2",
    "Registered: %1": "Зареєстровано: %1",
    "Local mode (no registration)": "Локальний режим (без реєстрації)",
    "%1 refused INVITEs from unknown hosts": "Відхилено INVITE від невідомих вузлів: %1",
    "StatusWidget/Not registered: %1": "Не зареєстровано: %1",
    # issue 11: call controls
    "AgentStateBar/Break": "Перерва",
    "AgentStateBar/Lunch": "Обід",
    "AgentStateBar/Training": "Навчання",
    "AgentStateBar/Other": "Інше",
    "Your state as the phone engine reports it; callers get busy when not ready": (
        "Ваш стан, як його бачить телефонний рушій; коли ви не готові, абоненти чують «зайнято»"
    ),
    "AgentStateBar/Ready": "Готовий",
    "Take calls (%1)": "Приймати дзвінки (%1)",
    "AgentStateBar/Not ready": "Не готовий",
    "Stop taking calls, with a reason (%1); callers get busy": (
        "Не приймати дзвінки, із причиною (%1); абоненти чують «зайнято»"
    ),
    "You become Ready when the wrap-up is saved or the after-call time ends": (
        "Ви станете готовим, коли збережете підсумок дзвінка або скінчиться час після дзвінка"
    ),
    "State: not reported by the phone yet": "Стан: телефон ще не повідомив",
    "Ready %1": "Готовий %1",
    "Not ready: %1 %2": "Не готовий: %1 %2",
    "Not ready %2": "Не готовий %2",
    "After-call work: %1 left": "Після дзвінка: залишилось %1",
    "After-call work %1": "Після дзвінка %1",
    "Keys the other side pressed on their phone": "Клавіші, які натиснув співрозмовник",
    "Answer, hold current": "Відповісти, поточний — на утримання",
    "Switch to it": "Перейти до нього",
    "Hold the current call and talk to the held one (Ctrl+Tab)": (
        "Поставити поточний дзвінок на утримання й говорити з утримуваним (Ctrl+Tab)"
    ),
    "Keypad": "Клавіатура",
    "CallCard/Transfer": "Перевести",
    "on hold": "на утриманні",
    "talking": "розмова",
    "Show the keypad to send tones": "Показати клавіатуру для тонових сигналів",
    "Transfer the call to a seat or number": "Перевести дзвінок на інше місце чи номер",
    "Answer the waiting call; the current one goes on hold (%1)": (
        "Відповісти на дзвінок, що чекає; поточний стане на утримання (%1)"
    ),
    "Reject the waiting call (%1)": "Відхилити дзвінок, що чекає (%1)",
    "Ringing %1": "Дзвонить %1",
    "Consultation call — the caller %1 is on hold": ("Консультація — абонент %1 на утриманні"),
    "Caller pressed: %1": "Абонент натиснув: %1",
    "Also on the line: %1": "Також на лінії: %1",
    "(consultation)": "(консультація)",
    "(caller being transferred)": "(абонент, якого переводимо)",
    "Second call: %1 — ringing %2": "Другий дзвінок: %1 — дзвонить %2",
    "Missed call from %1: you were not ready": "Пропущений дзвінок від %1: ви не були готові",
    "Missed call from %1: busy on another call": (
        "Пропущений дзвінок від %1: ви розмовляли з іншим абонентом"
    ),
    "Missed call from %1: it could not be recorded (KUTY-1.1)": (
        "Пропущений дзвінок від %1: його не вдалося б записати (KUTY-1.1)"
    ),
    "Missed call from %1": "Пропущений дзвінок від %1",
    "Agent state and dialling": "Стан оператора і набір номера",
    "Type a number to call.": "Введіть номер, щоб подзвонити.",
    "Not a SIP address: it must look like sip:name@host.": (
        "Це не адреса SIP: вона має виглядати як sip:ім'я@вузол."
    ),
    "A phone number has only digits; a seat name starts with a letter.": (
        "Номер телефону містить лише цифри; назва місця починається з літери."
    ),
    "Not a valid phone number: check the digits.": "Неправильний номер: перевірте цифри.",
    "Number to call, e.g. 067 123 45 67 (%1)": "Номер, напр. 067 123 45 67 (%1)",
    "Type a number or sip: address and press Enter to call (%1)": (
        "Введіть номер або адресу sip: і натисніть Enter, щоб подзвонити (%1)"
    ),
    "DialBox/Call": "Подзвонити",
    "Call the number (Enter in the field)": "Подзвонити на номер (Enter у полі)",
    "Missed calls and call-backs due; pick one to call back (Ctrl+M)": (
        "Пропущені дзвінки й заплановані передзвони; оберіть, кому передзвонити (Ctrl+M)"
    ),
    "DialBox/Calling %1…": "Дзвонимо на %1…",
    "Missed: %1": "Пропущені %1",
    "Call back: %1": "Передзвонити %1",
    "No missed calls": "Немає пропущених дзвінків",
    "Missed calls — pick one to call back": "Пропущені — оберіть, кому передзвонити",
    "Call-backs due": "Заплановані передзвони",
    "%1 — by %2": "%1 — до %2",
    "DialBox/not answered": "без відповіді",
    "DialBox/you were not ready": "ви не були готові",
    "DialBox/busy on another call": "ви розмовляли з іншим абонентом",
    "DialBox/rejected": "відхилено",
    "DialBox/could not be recorded": "не вдалося б записати",
    "Tones (F4):": "Тони (F4):",
    "Tones sent on this call": "Тонові сигнали, надіслані в цьому дзвінку",
    "Keypad (F4): click or type digits, * and #": (
        "Клавіатура (F4): натискайте або вводьте цифри, * і #"
    ),
    "Send tone %1 (type %1)": "Надіслати сигнал %1 (клавіша %1)",
    "change your state": "змінити ваш стан",
    "transfer the call": "перевести дзвінок",
    "call for a consultation": "подзвонити для консультації",
    "complete the transfer": "завершити переведення",
    "Second call waiting": "Другий дзвінок чекає",
    "Incoming call": "Вхідний дзвінок",
    "Transfer (F7)": "Переведення (F7)",
    "Seat, supervisor or number": "Місце, керівник або номер",
    "Where the call goes: a number or sip: address; Enter = blind transfer": (
        "Куди перевести: номер або адреса sip:; Enter — переведення без консультації"
    ),
    "Blind transfer": "Перевести одразу",
    "Send the caller straight to the target, without talking to them first": (
        "Перевести абонента одразу, не розмовляючи спершу з адресатом"
    ),
    "Consult first": "Спершу консультація",
    "Hold the caller and call the target; then complete or cancel": (
        "Поставити абонента на утримання й подзвонити адресату; потім завершити чи скасувати"
    ),
    "Complete transfer": "Завершити переведення",
    "Connect the caller to the consulted person": "З'єднати абонента з тим, з ким консультувались",
    "Cancel transfer": "Скасувати переведення",
    "Hang up the consultation and go back to the caller": (
        "Завершити консультацію й повернутися до абонента"
    ),
    "Transferring to %1…": "Переводимо на %1…",
    "Calling %1 to consult…": "Дзвонимо %1 для консультації…",
    "Transferring…": "Переводимо…",
    "Transfer cancelled; back to the caller.": "Переведення скасовано; ви знову з абонентом.",
    "Transferred": "Переведено",
    "Could not transfer: %1": "Не вдалося перевести: %1",
    "None (the headset only)": "Немає (лише гарнітура)",
    "A second sound device that also rings (desk speakers), by name or number; "
    "empty: only the headset rings": (
        "Другий звуковий пристрій, який теж дзвонить (колонки), назва або номер; "
        "порожньо: дзвонить лише гарнітура"
    ),
    "Ringtone in the headset": "Мелодія дзвінка в гарнітурі",
    "Answer calls automatically (a short tone)": "Відповідати автоматично (короткий сигнал)",
    "For headset work: a call is answered at once after a short zip tone": (
        "Для роботи в гарнітурі: дзвінок приймається одразу після короткого сигналу"
    ),
    "Show it as call waiting": "Показувати як дзвінок, що чекає",
    "Busy for the caller": "Абонент чує «зайнято»",
    "Second ringer device": "Другий пристрій для дзвінка",
    "A call while you talk": "Дзвінок під час розмови",
    "Needs a newer phone engine": "Потрібен новіший телефонний рушій",
    "A device name or number, one short line": "Назва або номер пристрою, один короткий рядок",
    # issue 11: after-call work
    "WrapUpPane/Registration in the service": "Реєстрація в Сервісі",
    "WrapUpPane/Submitting an application": "Подання заявки",
    "WrapUpPane/Changing the user's data": "Зміна даних користувача",
    "WrapUpPane/Legal question": "Юридичне питання",
    "WrapUpPane/Order in the queue": "Черговість у черзі",
    "WrapUpPane/Filing on the caller's behalf": "Подання заявки замість заявника",
    "WrapUpPane/Other people's data": "Дані інших осіб",
    "WrapUpPane/Other products": "Інші продукти",
    "WrapUpPane/Consultation": "Консультація",
    "WrapUpPane/Error or defect": "Помилка або дефект",
    "WrapUpPane/Out of scope": "Поза компетенцією",
    "WrapUpPane/Support request": "Запит на підтримку",
    "WrapUpPane/Using the portal": "Користування порталом",
    "WrapUpPane/Not a portal user": "Не користувач порталу",
    "WrapUpPane/This call has no number: type the number to call back.": (
        "У цього дзвінка немає номера: введіть номер для зворотного дзвінка."
    ),
    "WrapUpPane/The call-back number is not a valid phone number.": (
        "Номер для зворотного дзвінка не є дійсним номером телефону."
    ),
    "WrapUpPane/The call-back time is in the past.": "Час зворотного дзвінка вже минув.",
    "WrapUpPane/The call-back time is more than a year ahead.": (
        "Час зворотного дзвінка більш ніж на рік наперед."
    ),
    "WrapUpPane/%1 must be one line.": "%1: має бути один рядок.",
    "WrapUpPane/%1 is too long (at most %2 characters).": "%1: задовго (щонайбільше %2 символів).",
    "WrapUpPane/%1 contains characters that cannot be stored.": (
        "%1: містить символи, які неможливо зберегти."
    ),
    "WrapUpPane/Choose a category from the list.": "Виберіть категорію зі списку.",
    "WrapUpPane/This registration number is already used.": (
        "Цей реєстраційний номер уже використано."
    ),
    "WrapUpPane/The wrap-up was not saved: %1": "Підсумок не збережено: %1",
    "WrapUpPane/Save wrap-up": "Зберегти підсумок",
    "WrapUpPane/Save the wrap-up and become ready for calls (%1)": (
        "Зберегти підсумок і стати готовим до дзвінків (%1)"
    ),
    "WrapUpPane/Topic": "Тема",
    "WrapUpPane/Registration number": "Реєстраційний номер",
    "WrapUpPane/Notes": "Примітки",
    "WrapUpPane/Refused": "Відмовлено",
    "WrapUpPane/— choose —": "— виберіть —",
    "WrapUpPane/contact": "звернення",
    "WrapUpPane/After-call work: %1": "Після дзвінка: %1",
    'ScriptsPanel/No call or open wrap-up to add "refused: %1" to.': (
        "Немає дзвінка чи відкритого підсумку, до якого додати «відмовлено: %1»."
    ),
    "WrapUpPane/Choose a category first.": "Спершу виберіть категорію.",
    "WrapUpPane/Saving…": "Збереження…",
    "WrapUpPane/Saved as incomplete: the time for wrap-up ran out.": (
        "Збережено як незавершене: час на підсумок вичерпано."
    ),
    "WrapUpPane/Wrap-up saved.": "Підсумок збережено.",
    "WrapUpPane/The database cannot be reached: the wrap-up is kept on this computer and "
    "saved when it is back.": (
        "База даних недоступна: підсумок зберігається на цьому комп'ютері й буде записаний, "
        "щойно база повернеться."
    ),
    "WrapUpPane/Time left: %1": "Залишилось: %1",
    "WrapUpPane/given when saved": "буде надано під час збереження",
    "WrapUpPane/not needed for this category": "для цієї категорії не потрібен",
    "WrapUpPane/Registration number copied.": "Реєстраційний номер скопійовано.",
    "WrapUpPane/What the contact was about, in a few words": (
        "Про що було звернення, кількома словами"
    ),
    "WrapUpPane/Copy": "Копіювати",
    "WrapUpPane/Copy the registration number": "Скопіювати реєстраційний номер",
    "WrapUpPane/Call back needed": "Потрібен зворотний дзвінок",
    "HistoryWidget/Reg. number": "Реєстр. номер",
    "HistoryWidget/Call back": "Передзвонити",
    "HistoryWidget/Call the selected row's number back (Enter or double click on the row)": (
        "Передзвонити на номер вибраного рядка (Enter або подвійне клацання на рядку)"
    ),
    "HistoryWidget/Not ready": "Не готовий",
    "HistoryWidget/Busy": "Зайнято",
    "HistoryWidget/Not recorded — refused": "Без запису — відхилено",
    "HistoryWidget/Transferred": "Переведено",
    "HistoryWidget/Transferred to %1": "Переведено на %1",
    "IncidentForm/It was a mistake": "Це була помилка",
    "IncidentForm/Withdraw this incident: the button was pressed by mistake. Management is "
    "told, the record is kept and audited (KUTY-3.1, KUTY-3.2).": (
        "Відкликати цей інцидент: кнопку натиснуто помилково. Керівництво буде повідомлено, "
        "запис зберігається й потрапляє до журналу аудиту (KUTY-3.1, KUTY-3.2)."
    ),
    "IncidentForm/It is abuse, not a threat": "Це образа, не погроза",
    "IncidentForm/Change the threat (KUTY-3.2) into abuse (KUTY-3.1): the police package is "
    "marked withdrawn, management is told, and it is audited.": (
        "Змінити погрозу (KUTY-3.2) на образу (KUTY-3.1): пакет для поліції позначається "
        "відкликаним, керівництво повідомляється, дію записано до журналу аудиту."
    ),
    "IncidentForm/Why? (required)": "Чому? (обов'язково)",
    "IncidentForm/Confirm": "Підтвердити",
    "IncidentForm/Cancel": "Скасувати",
    "IncidentForm/Note saved.": "Примітку збережено.",
    "IncidentForm/Say why the incident is withdrawn, then confirm.": (
        "Напишіть, чому інцидент відкликається, і підтвердьте."
    ),
    "IncidentForm/Say why this was abuse and not a threat, then confirm.": (
        "Напишіть, чому це була образа, а не погроза, і підтвердьте."
    ),
    "IncidentForm/Type the reason first.": "Спершу напишіть причину.",
    "IncidentForm/Incident %1 is withdrawn; management is told.": (
        "Інцидент %1 відкликано; керівництво повідомлено."
    ),
    "IncidentForm/Changed to abuse (KUTY-3.1); the police package is withdrawn.": (
        "Змінено на образу (KUTY-3.1); пакет для поліції відкликано."
    ),
    "IncidentForm/Not saved (%1); try again.": "Не збережено (%1); спробуйте ще раз.",
    "MainWindow/Scripts": "Сценарії",
    "MainWindow/Caller": "Абонент",
    "MainWindow/Dialling is not available on this console.": (
        "Набір номера недоступний у цій консолі."
    ),
    "ScriptsPanel/Scripts": "Сценарії",
    "ScriptsPanel/Script text to read aloud": "Текст сценарію, щоб прочитати вголос",
    "ScriptsPanel/This desk's policy has no scripts.": "У політиці цієї служби немає сценаріїв.",
    "ScriptsPanel/Scripts to read aloud (%1 to come here; arrows choose; "
    "Enter records a refusal)": (
        "Сценарії, щоб прочитати вголос (%1 — перейти сюди; стрілки — вибір; Enter — записати "
        "відмову)"
    ),
    "ScriptsPanel/Rules: %1": "Правила: %1",
    "ScriptsPanel/Refused: %1": "Відмовлено: %1",
    'ScriptsPanel/Put "refused: %1" on the wrap-up of this call (Enter in the list)': (
        "Додати «відмовлено: %1» до підсумку цього дзвінка (Enter у списку)"
    ),
    "ScriptsPanel/Added to the wrap-up: refused %1.": "Додано до підсумку: відмовлено %1.",
    # issue 11: recordings browser
    "RecordingsBrowser/Wrap-up: topic, notes or registration number": (
        "Підсумок: тема, нотатки або реєстраційний номер"
    ),
    "RecordingsBrowser/A word, any case; Enter searches": (
        "Слово, будь-який регістр; Enter — шукати"
    ),
    "RecordingsBrowser/The wrap-up's category, as the operator chose it": (
        "Категорія з підсумку, як її обрав оператор"
    ),
    "RecordingsBrowser/How the call ended": "Як завершився дзвінок",
    "RecordingsBrowser/Any ending": "Будь-яке завершення",
    "RecordingsBrowser/Any category": "Будь-яка категорія",
    "RecordingsBrowser/Any verification": "Будь-яка верифікація",
    "RecordingsBrowser/With or without incidents": "З інцидентами чи без",
    "RecordingsBrowser/Held or not": "Із забороною видалення чи без",
    "RecordingsBrowser/With or without complaint": "Зі скаргою чи без",
    "RecordingsBrowser/Category": "Категорія",
    "RecordingsBrowser/Reg. number": "Реєстр. номер",
    "RecordingsBrowser/Topic": "Тема",
    "RecordingsBrowser/How it ended": "Як завершився",
    "RecordingsBrowser/Wrap-up incomplete": "Підсумок не завершено",
    "RecordingsBrowser/%1 (wrap-up incomplete)": "%1 (підсумок не завершено)",
    # Workspaces per role (issue 13).
    "WorkspaceNav/Workspaces": "Робочі простори",
    "MainWindow/Calls": "Дзвінки",
    "MainWindow/The call, the caller's verification (KUTY-2.2) and today's calls": (
        "Розмова, верифікація абонента (KUTY-2.2) і дзвінки за сьогодні"
    ),
    "MainWindow/Supervision": "Нагляд",
    "MainWindow/Notices, incidents (KUTY-3.x) and complaints (KUTY-1.2)": (
        "Повідомлення, інциденти (KUTY-3.x) і скарги (KUTY-1.2)"
    ),
    "MainWindow/Administration": "Адміністрування",
    "MainWindow/Seat settings, SIP accounts, users and imports": (
        "Налаштування робочого місця, SIP-облікові записи, користувачі та імпорт"
    ),
    "RecordingsScreen/Recordings": "Записи",
    "RecordingsScreen/Find, play and export recordings; requests (KUTY-1.3)": (
        "Пошук, прослуховування і вивантаження записів; запити (KUTY-1.3)"
    ),
    "AdminPage/Administration": "Адміністрування",
    "AdminPage/Seat settings…": "Налаштування робочого місця…",
    "AdminPage/SIP accounts, headset, recordings folder, database and language": (
        "SIP-облікові записи, гарнітура, тека записів, база даних і мова"
    ),
    "AdminPage/Accounts": "Облікові записи",
    "AdminPage/User name": "Ім'я користувача",
    "AdminPage/Name": "Ім'я",
    "AdminPage/Role": "Роль",
    "AdminPage/State": "Стан",
    "AdminPage/Active": "Активний",
    "AdminPage/Disabled": "Вимкнений",
    "AdminPage/%1, last signed in %2": "%1, останній вхід %2",
    "AdminPage/Accounts could not be loaded: %1": "Не вдалося завантажити облікові записи: %1",
    "AdminPage/Adding and disabling accounts, password resets and caller-profile imports: "
    "`kuty users …` and `kuty profiles import` on this seat (a screen for them is coming).": (
        "Додавання й вимкнення облікових записів, скидання паролів та імпорт профілів "
        "абонентів: `kuty users …` і `kuty profiles import` на цьому робочому місці "
        "(екран для них буде згодом)."
    ),
    "AdminPage/Operator": "Оператор",
    "AdminPage/Supervisor": "Керівник",
    "AdminPage/Head administrator": "Головний адміністратор",
    "AdminPage/Administrator": "Адміністратор",
    # Wallboard (issue 13).
    "MainWindow/Wallboard": "Табло",
    "Wallboard/Ready": "Готовий",
    "Wallboard/After-call work": "Після дзвінка",
    "Wallboard/Not ready: %1": "Не готовий: %1",
    "Wallboard/Not ready": "Не готовий",
    "WallboardView/Seat": "Робоче місце",
    "WallboardView/Operator": "Оператор",
    "WallboardView/State": "Стан",
    "WallboardView/In state for": "У стані",
    "WallboardView/Number": "Номер",
    "WallboardView/Talking for": "Розмова триває",
    "WallboardView/Verification": "Верифікація",
    "WallboardView/Seats": "Робочі місця",
    "WallboardView/Calls in progress": "Поточні дзвінки",
    "WallboardView/This seat only (embedded database)": "Лише це робоче місце (вбудована база)",
    "WallboardView/Connecting…": "Підключення…",
    "WallboardView/Live: all seats": "Наживо: усі робочі місця",
    "WallboardView/Reconnecting to the database…": "Повторне підключення до бази даних…",
    "WallboardView/The wallboard could not be read: %1": "Не вдалося прочитати табло: %1",
    "WallboardView/Ready %1 of %2 · talking %3 · ringing %4 · open incidents %5 · alerts %6": (
        "Готові %1 з %2 · розмовляють %3 · дзвонять %4 · відкриті інциденти %5 · попередження %6"
    ),
    "WallboardView/ringing %1": "дзвонить %1",
    "WallboardView/Number withheld": "Номер приховано",
    # issue 15: calls refused before ringing (capacity, malformed, not from the PBX)
    "Refused: all lines busy": "Відхилено: усі лінії зайняті",
    "Refused: malformed call request": "Відхилено: некоректний запит дзвінка",
    "Refused: not from the PBX": "Відхилено: не через АТС",
    "All lines busy — refused": "Усі лінії зайняті — відхилено",
    "all lines were busy": "усі лінії були зайняті",
    "Missed call from %1: all lines of this seat were busy": (
        "Пропущений дзвінок від %1: усі лінії цього робочого місця були зайняті"
    ),
    "Refused a malformed call request from %1": "Відхилено некоректний запит дзвінка від %1",
    "Refused a call from %1: it did not come through the PBX": (
        "Відхилено дзвінок від %1: він надійшов не через АТС"
    ),
    "A call was refused: all lines of a seat were busy": (
        "Дзвінок відхилено: усі лінії робочого місця були зайняті"
    ),
    # Dashboards (issue 13).
    "MainWindow/Reports": "Звіти",
    "MainWindow/Calls, outcomes, incidents, verification and complaints by day": (
        "Дзвінки, їх результати, інциденти, верифікація і скарги по днях"
    ),
    "DashboardView/The whole desk": "Уся служба",
    "DashboardView/Show": "Показати",
    "DashboardView/Calls per day (green: answered)": "Дзвінки за день (зелене — прийняті)",
    "DashboardView/How calls ended": "Чим завершилися дзвінки",
    "DashboardView/Incidents (KUTY-3.x)": "Інциденти (KUTY-3.x)",
    "DashboardView/Verification (KUTY-2.2)": "Верифікація (KUTY-2.2)",
    "DashboardView/Complaints (KUTY-1.2)": "Скарги (KUTY-1.2)",
    "DashboardView/Operator": "Оператор",
    "DashboardView/Calls": "Дзвінки",
    "DashboardView/Answered": "Прийнято",
    "DashboardView/Average talk": "Середня розмова",
    "DashboardView/From": "З",
    "DashboardView/to": "по",
    "DashboardView/Counting…": "Підрахунок…",
    "DashboardView/The range ends before it starts: choose the dates again.": (
        "Кінець періоду раніше за початок: виберіть дати ще раз."
    ),
    "DashboardView/Choose at most 400 days (a month for the monthly report).": (
        "Виберіть не більше 400 днів (для щомісячного звіту — місяць)."
    ),
    "DashboardView/The figures could not be read: %1": "Не вдалося прочитати показники: %1",
    "DashboardView/%1 calls in the range": "Дзвінків за період: %1",
    "DashboardView/No calls in the range.": "За цей період дзвінків немає.",
    "DashboardView/Missed": "Пропущено",
    "DashboardView/Refused": "Відхилено",
    "DashboardView/Other": "Інше",
    "DashboardView/Abuse": "Образа",
    "DashboardView/Threat": "Погроза",
    "DashboardView/Withdrawn": "Скасовано",
    "DashboardView/Not started": "Не почато",
    "DashboardView/In time": "Вчасно",
    "DashboardView/Late": "Із запізненням",
    "DashboardView/Open": "Відкриті",
    "DashboardView/Overdue": "Прострочені",
    "DashboardView/Average talk %1 · average wrap-up %2": (
        "Середня розмова %1 · середній підсумок %2"
    ),
    "DashboardView/Monthly report…": "Щомісячний звіт…",
    "DashboardView/PDF with these plots and a CSV of the figures, for the head administrator": (
        "PDF із цими графіками та CSV показників — для головного адміністратора"
    ),
    "DashboardView/Folder for the report": "Тека для звіту",
    "DashboardView/Show the figures first.": "Спершу покажіть показники.",
    "DashboardView/Writing the report…": "Звіт формується…",
    "DashboardView/Report saved: %1 and %2": "Звіт збережено: %1 і %2",
    "DashboardView/The report was not written: %1": "Звіт не збережено: %1",
    "AgentStateBar/Takes no calls": "Не приймає дзвінків",
    "AgentStateBar/After-call work": "Після дзвінка",
    # Accessible names (issue 13: every control is named for a screen reader).
    "ComplaintsView/Complaints register": "Реєстр скарг",
    "ComplaintsView/Received on": "Дата надходження",
    "ComplaintsView/Status of the complaint": "Стан скарги",
    "DashboardView/First day": "Перший день",
    "DashboardView/Last day": "Останній день",
    "DashboardView/Figures per operator": "Показники за операторами",
    "IncidentsView/The incident's facts": "Факти інциденту",
    "PlayerWidget/Track to play": "Доріжка для відтворення",
    "PlayerWidget/Playback speed": "Швидкість відтворення",
    "PlayerWidget/Markers": "Позначки",
    "RecordingsBrowser/Calls from this date": "Дзвінки від цієї дати",
    "RecordingsBrowser/Calls up to this date": "Дзвінки до цієї дати",
    "RecordingsBrowser/Order of the calls": "Порядок дзвінків",
    "RecordingsBrowser/Calls found": "Знайдені дзвінки",
    "RequestsView/Requests register (KUTY-1.3)": "Реєстр запитів (KUTY-1.3)",
    "SupervisorQueue/Notices waiting for acknowledgement": "Повідомлення, що чекають підтвердження",
    "SupervisorQueue/E-mails not delivered yet": "Ще не доставлені листи",
    "WrapUpPane/A call-back is offered only to VIP cases (EEP-8).": (
        "Зворотний дзвінок надається лише для звернень рівня VIP (EEP-8)."
    ),
    "CallerDisplay/Refused: this desk takes no voice calls": (
        "Відхилено: служба не приймає голосових дзвінків"
    ),
    "HistoryWidget/No voice calls — refused": "Без голосових дзвінків — відхилено",
    "CallControls/Refused a call from %1: this desk takes no voice calls (KZP-30-8)": (
        "Відхилено дзвінок від %1: служба не приймає голосових дзвінків (KZP-30-8)"
    ),
    # Issue 12: block a writer from a written incident (KZP-30-19, CSC-2.12).
    "IncidentsView/Block sender…": "Заблокувати відправника…",
    "IncidentsView/Mail from blocked senders (kept, not in the queue):": (
        "Листи від заблокованих відправників (збережено, не в черзі):"
    ),
    "IncidentsView/Mail from blocked senders": "Листи від заблокованих відправників",
    "IncidentsView/The seat's policy cannot be read: %1": (
        "Не вдається прочитати регламент місця: %1"
    ),
    "IncidentsView/The %1 regulation does not allow blocking writers; only a regulation that "
    "allows blocking violators does (KZP-30-19, CSC-2.12).": (
        "Регламент %1 не дозволяє блокувати відправників; це можливо лише за регламентом, "
        "що дозволяє блокувати порушників (KZP-30-19, CSC-2.12)."
    ),
    "IncidentsView/Block the writer's address (%1). Their mail is still kept and listed below, "
    "never dropped (KUTY-1.1).": (
        "Заблокувати адресу відправника (%1). Його листи й надалі зберігаються та показуються "
        "нижче, ніколи не відкидаються (KUTY-1.1)."
    ),
    "IncidentsView/Only a supervisor may block a writer.": (
        "Заблокувати відправника може лише керівник."
    ),
    "IncidentsView/%1 is already blocked.": "%1 уже заблоковано.",
    "IncidentsView/%1 is blocked; their mail is kept and flagged, never put in the queue.": (
        "%1 заблоковано; листи від нього зберігаються з позначкою і не потрапляють до черги."
    ),
    # --- administration workspace (issue 13): users, profile import, settings pages
    "AdminPage/A user name is 1 to 64 characters without spaces.": (
        "Ім'я користувача — від 1 до 64 символів без пробілів."
    ),
    "AdminPage/Add a user": "Новий користувач",
    "AdminPage/Caller profiles": "Профілі заявників",
    "AdminPage/Change the role of %1": "Змінити роль: %1",
    "AdminPage/Full name": "Повне ім'я",
    "AdminPage/How long recordings are kept; the speech-recognition engine": (
        "Скільки зберігаються записи; система розпізнавання мовлення"
    ),
    "AdminPage/Initial password": "Початковий пароль",
    "AdminPage/New password": "Новий пароль",
    "AdminPage/Open the settings at": "Відкрити налаштування",
    "AdminPage/Password storage…": "Сховище паролів…",
    "AdminPage/Policy": "Регламент",
    "AdminPage/Registrars, users and transports": "Реєстратори, користувачі й транспорт",
    "AdminPage/Repeat the password": "Повторіть пароль",
    "AdminPage/Reset the password of %1": "Новий пароль для %1",
    "AdminPage/Retention and transcription": "Зберігання і розшифрування",
    "AdminPage/Settings": "Налаштування",
    "AdminPage/Sign in as an administrator to add users.": (
        "Щоб додавати користувачів, увійдіть як адміністратор."
    ),
    "AdminPage/The desk mailbox (IMAP) and outgoing mail (SMTP)": (
        "Поштова скринька служби (IMAP) і вихідна пошта (SMTP)"
    ),
    "AdminPage/The password must have at least %1 characters.": (
        "Пароль має містити щонайменше %1 символів."
    ),
    "AdminPage/The regulation this seat works under": "Регламент, за яким працює це місце",
    "AdminPage/The user name “%1” is taken.": "Ім'я користувача «%1» вже зайняте.",
    "AdminPage/The user name “system” is reserved for the console.": (
        "Ім'я «system» зарезервоване для самої консолі."
    ),
    "AdminPage/There is no user “%1”.": "Користувача «%1» немає.",
    "AdminPage/This is the last active administrator: nobody could manage the desk afterwards.": (
        "Це останній активний адміністратор: після цього ніхто не зміг би керувати службою."
    ),
    "AdminPage/Users": "Користувачі",
    "AdminPage/Where this seat keeps SIP, e-mail and database passwords": (
        "Де це робоче місце зберігає паролі SIP, пошти й бази даних"
    ),
    "AdminPage/at least %1 characters": "щонайменше %1 символів",
    "FirstRunWizard/Policy": "Регламент",
    "ImportPanel/%1: %2": "%1: %2",
    "ImportPanel/%1: %2 of %3": "%1: %2 з %3",
    (
        "ImportPanel/All or nothing: one bad row and nothing is imported. Key phrases are"
        " stored only as Argon2id hashes (KUTY-2.2)."
    ): (
        "Усе або нічого: один хибний рядок — і не імпортується нічого. Ключові фрази "
        "зберігаються лише як геші Argon2id (KUTY-2.2)."
    ),
    "ImportPanel/CSV (*.csv)": "CSV (*.csv)",
    "ImportPanel/Caller profiles": "Профілі заявників",
    "ImportPanel/Choose a file…": "Вибрати файл…",
    "ImportPanel/Choose an existing file first.": "Спершу виберіть наявний файл.",
    "ImportPanel/Done": "Готово",
    "ImportPanel/Field": "Поле",
    "ImportPanel/Import": "Імпортувати",
    "ImportPanel/Import progress": "Хід імпорту",
    (
        "ImportPanel/Imported: %1 new profiles, %2 updated, %3 phone numbers, %4 "
        "applications; %5 existing profiles not in the file were kept."
    ): (
        "Імпортовано: нових профілів — %1, оновлено — %2, номерів телефонів — %3, "
        "заяв — %4; наявних профілів, яких немає у файлі, збережено — %5."
    ),
    "ImportPanel/Importing…": "Імпорт…",
    "ImportPanel/Only the first %1 problems are listed.": "Показано лише перші %1 проблем.",
    "ImportPanel/Problem": "Проблема",
    "ImportPanel/Problems in the file": "Проблеми у файлі",
    "ImportPanel/Profile exports (*.csv *.json)": "Вивантаження профілів (*.csv *.json)",
    "ImportPanel/Profiles file": "Файл профілів",
    "ImportPanel/Report saved to %1": "Звіт збережено: %1",
    "ImportPanel/Row": "Рядок",
    "ImportPanel/Save the report": "Зберегти звіт",
    "ImportPanel/Save the report as CSV…": "Зберегти звіт як CSV…",
    (
        "ImportPanel/The Service's export: CSV or JSON, UTF-8"
    ): "Вивантаження Сервісу: CSV або JSON, UTF-8",
    "ImportPanel/The report could not be saved: %1": "Звіт не збережено: %1",
    "ImportPanel/item %1": "запис %1",
    "MailPage/A mailbox password needs the server and the user.": (
        "Для пароля скриньки потрібні сервер і користувач."
    ),
    "MailPage/An outgoing-mail password needs the user.": (
        "Для пароля вихідної пошти потрібен користувач."
    ),
    "MailPage/CA certificate file": "Файл сертифіката CA",
    "MailPage/Desk mailbox (incoming, IMAP)": "Скринька служби (вхідна, IMAP)",
    "MailPage/Attachments up to": "Вкладення до",
    "MailPage/Messages up to": "Листи до",
    "MailPage/Mailbox": "Папка",
    "MailPage/No encryption (this computer only)": "Без шифрування (лише цей комп'ютер)",
    "MailPage/Outgoing mail (replies and notifications, SMTP)": (
        "Вихідна пошта (відповіді й сповіщення, SMTP)"
    ),
    "MailPage/PEM (*.pem *.crt)": "PEM (*.pem *.crt)",
    "MailPage/Password": "Пароль",
    "MailPage/Port": "Порт",
    "MailPage/STARTTLS": "STARTTLS",
    "MailPage/STARTTLS (port 587)": "STARTTLS (порт 587)",
    "MailPage/Security": "Захист",
    "MailPage/Sender address": "Адреса відправника",
    "MailPage/Server": "Сервер",
    "MailPage/TLS from the start (IMAPS)": "TLS від початку (IMAPS)",
    "MailPage/TLS from the start (port 465)": "TLS від початку (порт 465)",
    "MailPage/The CA certificate file %1 does not exist.": "Файлу сертифіката CA %1 немає.",
    "MailPage/The desk mailbox needs a user.": "Для скриньки служби потрібен користувач.",
    "MailPage/The largest attachment cannot be larger than the largest message.": (
        "Найбільше вкладення не може бути більшим за найбільший лист."
    ),
    "MailPage/The sender must be an e-mail address.": "Відправник має бути адресою e-mail.",
    "MailPage/User": "Користувач",
    "MailPage/empty: none": "порожньо: немає",
    "MailPage/Empty: no desk mailbox": "Порожньо: без скриньки служби",
    "MailPage/empty: no sign-in": "порожньо: без входу",
    "MailPage/Empty: notifications only in the console": "Порожньо: сповіщення лише в консолі",
    "MailPage/E-mails to the desk (written contacts) are fetched from this mailbox": (
        "Листи до служби (письмові звернення) надходять із цієї скриньки"
    ),
    "MailPage/empty: the system's": "порожньо: системні",
    "MailPage/standard (993 or 143)": "стандартний (993 або 143)",
    "PolicyPage/Policy of this seat": "Регламент цього місця",
    "PolicyPage/Regulation %1 (rule ids %1-…), from %2": "Регламент %1 (правила %1-…), джерело: %2",
    "PolicyPage/This policy file cannot be read": "Файл цього регламенту не читається",
    (
        "PolicyPage/What the operator may do and say, the channels, hours and deadlines "
        "follow the regulation chosen here. It applies after a console restart."
    ): (
        "Що оператор може робити й казати, канали, години роботи й строки — за вибраним тут "
        "регламентом. Діє після перезапуску консолі."
    ),
    "ProfileImport/Problems in the file: %1; nothing was imported.": (
        "Проблем у файлі: %1; нічого не імпортовано."
    ),
    "ProfileImport/A JSON item is too large; is this the Service's export?": (
        "Запис JSON завеликий; це точно вивантаження Сервісу?"
    ),
    "ProfileImport/Application number": "Номер заяви",
    "ProfileImport/Application status": "Стан заяви",
    "ProfileImport/Applications": "Заяви",
    "ProfileImport/Cancelled; nothing was imported.": "Скасовано; нічого не імпортовано.",
    "ProfileImport/Cannot be imported": "Не імпортується",
    "ProfileImport/Checking rows": "Перевірка рядків",
    "ProfileImport/Child's first name": "Ім'я дитини",
    "ProfileImport/Columns given twice: %1.": "Стовпці повторюються: %1.",
    "ProfileImport/Columns missing from the header: %1.": "У заголовку бракує стовпців: %1.",
    "ProfileImport/Contains a control character": "Містить керівний символ",
    "ProfileImport/Created": "Створено",
    "ProfileImport/Empty once spaces and punctuation are removed": (
        "Порожньо без пробілів і розділових знаків"
    ),
    "ProfileImport/Empty; it is required": "Порожньо; поле обов'язкове",
    "ProfileImport/Importing": "Імпорт",
    "ProfileImport/Line %1 is not valid CSV.": "Рядок %1 — не коректний CSV.",
    "ProfileImport/Line %1 is not valid JSON.": "Рядок %1 — не коректний JSON.",
    "ProfileImport/Line %1 is too long; is this the Service's export?": (
        "Рядок %1 задовгий; це точно вивантаження Сервісу?"
    ),
    "ProfileImport/Matches several existing profiles (same names, a shared phone)": (
        "Збігається з кількома наявними профілями (ті самі імена, спільний телефон)"
    ),
    (
        "ProfileImport/No profile has this phone and surname"
    ): "Немає профілю з таким телефоном і прізвищем",
    "ProfileImport/Not a valid date": "Некоректна дата",
    "ProfileImport/Not a valid phone number": "Некоректний номер телефону",
    "ProfileImport/Not text": "Не текст",
    "ProfileImport/Patronymic": "По батькові",
    "ProfileImport/Phone": "Телефон",
    "ProfileImport/Phones": "Телефони",
    "ProfileImport/Protecting key phrases": "Захист ключових фраз",
    "ProfileImport/Saving profiles": "Збереження профілів",
    "ProfileImport/Several profiles have this phone and surname; add the first name": (
        "Кілька профілів мають такий телефон і прізвище; додайте ім'я"
    ),
    "ProfileImport/The JSON file is not a list of profiles.": "Файл JSON — не список профілів.",
    "ProfileImport/The JSON is nested too deeply; is this the Service's export?": (
        "JSON має завелику вкладеність; це точно вивантаження Сервісу?"
    ),
    "ProfileImport/The file cannot be read.": "Файл не читається.",
    "ProfileImport/The file changed while it was imported; nothing was imported.": (
        "Файл змінився під час імпорту; нічого не імпортовано."
    ),
    "ProfileImport/The file has no header row.": "У файлі немає рядка заголовка.",
    "ProfileImport/The file is larger than %1 MB; split the export.": (
        "Файл більший за %1 МБ; розділіть вивантаження."
    ),
    "ProfileImport/The file is not UTF-8 (line %1); export it as UTF-8.": (
        "Файл не в UTF-8 (рядок %1); вивантажте його в UTF-8."
    ),
    "ProfileImport/The header has too many columns; is this the Service's export?": (
        "У заголовку забагато стовпців; це точно вивантаження Сервісу?"
    ),
    "ProfileImport/The row has a different number of columns than the header": (
        "У рядку інша кількість стовпців, ніж у заголовку"
    ),
    "ProfileImport/The same profile appears earlier in the file": (
        "Цей самий профіль уже є вище у файлі"
    ),
    "ProfileImport/The whole row": "Увесь рядок",
    "ProfileImport/Too long": "Задовго",
    "ProfileImport/Too many phone numbers": "Забагато номерів телефону",
    "ProfileImport/Updated": "Оновлено",
    "ProfileImport/Updates the same existing profile as an earlier row": (
        "Оновлює той самий наявний профіль, що й рядок вище"
    ),
    "RetentionPage/ days": " днів",
    "RetentionPage/Keep recordings for": "Зберігати записи",
    "RetentionPage/Model folder": "Тека моделі",
    "RetentionPage/PocketSphinx (English, shipped)": "PocketSphinx (англійська, у комплекті)",
    (
        "RetentionPage/Recordings older than this are deleted by the nightly run; held, "
        "requested and complaint recordings stay (KUTY-1.1, KUTY-1.3). 0 keeps all."
    ): (
        "Записи, старші за цей строк, видаляє нічний запуск; записи із забороною видалення, "
        "запитані та зі скарг залишаються (KUTY-1.1, KUTY-1.3). 0 — зберігати всі."
    ),
    "RetentionPage/The folder %1 does not exist.": "Теки %1 немає.",
    "RetentionPage/Transcription engine": "Система розшифрування",
    "RetentionPage/faster-whisper (Ukrainian, a model folder)": (
        "faster-whisper (українська, тека моделі)"
    ),
    (
        "RetentionPage/faster-whisper needs its model folder."
    ): "Для faster-whisper потрібна тека моделі.",
    "RetentionPage/keep all": "зберігати всі",
    "RetentionPage/the faster-whisper model folder": "тека моделі faster-whisper",
    "SettingsDialog/Policy": "Регламент",
    "SettingsDialog/Retention and transcription": "Зберігання і розшифрування",
    "SettingsPages/Control System Center support, written channels only": (
        "Підтримка Control System Center, лише письмові канали"
    ),
    (
        "SettingsPages/Eurasian Electronic Portal support"
    ): "Підтримка Євразійського електронного порталу",
    "SettingsPages/Kuty community: kindergarten-queue support desk": (
        "Кутська громада: служба підтримки черги до ЗДО"
    ),
    "SettingsPages/Preschool-queue portal support (Kazakhstan), chat only": (
        "Підтримка порталу черги до дошкілля (Казахстан), лише чат"
    ),
    "SettingsPages/kept in the keyring": "зберігається у сховищі ключів",
    "SettingsPages/stored in the keyring; empty: unchanged": (
        "збережено у сховищі ключів; порожньо: без змін"
    ),
    "UsersPanel/%1, last signed in %2": "%1, останній вхід %2",
    "UsersPanel/Accounts": "Облікові записи",
    "UsersPanel/Accounts could not be loaded: %1": "Облікові записи не завантажено: %1",
    "UsersPanel/Active": "Активний",
    "UsersPanel/Add a user…": "Додати користувача…",
    "UsersPanel/Change the role…": "Змінити роль…",
    "UsersPanel/Disable": "Вимкнути",
    "UsersPanel/Disable an account": "Вимкнути обліковий запис",
    (
        "UsersPanel/Disable “%1” (%2)? They can no longer sign in; their calls and audit "
        "events stay."
    ): (
        "Вимкнути «%1» (%2)? Увійти більше не вдасться; дзвінки й події журналу аудиту залишаться."
    ),
    "UsersPanel/Disabled": "Вимкнений",
    "UsersPanel/Disable…": "Вимкнути…",
    "UsersPanel/Name": "Ім'я",
    "UsersPanel/Reset the password…": "Новий пароль…",
    "UsersPanel/Role": "Роль",
    "UsersPanel/State": "Стан",
    "UsersPanel/The account can no longer sign in; its calls and audit events stay": (
        "Обліковий запис більше не зможе увійти; його дзвінки й події аудиту залишаться"
    ),
    "UsersPanel/User name": "Ім'я користувача",
    "AdminPage/SIP accounts, headset, calls, recordings, database, language, e-mail, "
    "retention and transcription, the seat's policy": (
        "Облікові записи SIP, гарнітура, дзвінки, записи, база даних, мова, пошта, "
        "зберігання і розшифрування, регламент місця"
    ),
    "ImportPanel/optional: the Service's separate applications CSV": (
        "необов'язково: окремий CSV заяв від Сервісу"
    ),
    "ImportPanel/Applications file": "Файл заяв",
    "ImportPanel/The applications file %1 does not exist.": "Файлу заяв %1 немає.",
    "ImportPanel/%1, row %2": "%1, рядок %2",
    # Issue 12: the written workspace (console/written_view.py).
    "MainWindow/Inbox": "Листи",
    "MainWindow/Written contacts: e-mails in order of arrival, thread, reply, notes, "
    "abuse and threats (KZP-30-9, CSC-2.4, KUTY-3.3/3.4)": (
        "Письмові звернення: листи в порядку надходження, листування, відповідь, нотатки, "
        "образи й погрози (KZP-30-9, CSC-2.4, KUTY-3.3/3.4)"
    ),
    "WrittenView/Written contacts in order of arrival": "Письмові звернення в порядку надходження",
    "WrittenView/First come, first answered (KZP-30-9, CSC-2.4)": (
        "Хто раніше написав, тому раніше відповідають (KZP-30-9, CSC-2.4)"
    ),
    "WrittenView/Refresh": "Оновити",
    "WrittenView/Next case": "Наступне звернення",
    "WrittenView/Written cases in order of arrival": "Письмові звернення в порядку надходження",
    "WrittenView/No written contacts are waiting.": "Немає письмових звернень, що чекають.",
    "WrittenView/Select a case on the left.": "Виберіть звернення ліворуч.",
    "WrittenView/Take case": "Взяти звернення",
    "WrittenView/Handle this case yourself; its answer time runs from now (CSC-2.4)": (
        "Опрацювати звернення самому; час на відповідь відлічується відтепер (CSC-2.4)"
    ),
    "WrittenView/Messages and internal notes of the case": "Листи й внутрішні нотатки звернення",
    "WrittenView/Attachments": "Вкладення",
    "WrittenView/Save attachment…": "Зберегти вкладення…",
    "WrittenView/Save the selected attachment into a folder; the console never opens it": (
        "Зберегти вибране вкладення в теку; консоль ніколи його не відкриває"
    ),
    "WrittenView/Insert a reply template of the desk's policy": (
        "Вставити шаблон відповіді з регламенту служби"
    ),
    "WrittenView/Reply templates": "Шаблони відповідей",
    "WrittenView/Insert a template…": "Вставити шаблон…",
    "WrittenView/Your reply to the writer": "Ваша відповідь автору звернення",
    "WrittenView/Reply": "Відповідь",
    "WrittenView/Send reply": "Надіслати відповідь",
    "WrittenView/Save as internal note": "Зберегти як нотатку",
    "WrittenView/Keep the text as a note for the desk; it is never sent to the writer": (
        "Зберегти текст як нотатку для служби; автору звернення її ніколи не надсилають"
    ),
    "WrittenView/Waiting for the writer": "Чекає на відповідь автора",
    "WrittenView/The case waits for the writer's answer (EEP-15 closes it after 8 h)": (
        "Звернення чекає на відповідь автора (за EEP-15 закривається через 8 год)"
    ),
    "WrittenView/Defer": "Відкласти",
    "WrittenView/A complex question asked on weekend duty waits for Monday (CSC-2.3)": (
        "Складне питання, поставлене під час чергування у вихідні, чекає понеділка (CSC-2.3)"
    ),
    "WrittenView/Reason for closing": "Причина закриття",
    "WrittenView/Close case": "Закрити звернення",
    "WrittenView/Close the case with the reason typed beside it": (
        "Закрити звернення з причиною, написаною поруч"
    ),
    "WrittenView/Abuse — stop + report": "Образа — припинити + повідомити",
    "WrittenView/Stop the correspondence and report to management (KUTY-3.3)": (
        "Припинити листування й повідомити керівництво (KUTY-3.3)"
    ),
    "WrittenView/Threat — stop + report + police": "Погроза — припинити + повідомити + поліція",
    "WrittenView/Stop the correspondence, report to management and the police with the "
    "message and all its headers (KUTY-3.4)": (
        "Припинити листування, повідомити керівництво й поліцію, передавши лист з усіма "
        "заголовками (KUTY-3.4)"
    ),
    "WrittenView/New": "Нове",
    "WrittenView/Open": "В роботі",
    "WrittenView/Deferred": "Відкладене",
    "WrittenView/Closed": "Закрите",
    "WrittenView/Unknown": "Невідомо",
    "WrittenView/E-mail": "Ел. пошта",
    "WrittenView/Chat": "Чат",
    "WrittenView/Call": "Дзвінок",
    "WrittenView/not answered yet": "ще без відповіді",
    "WrittenView/answered": "відповідь надано",
    "WrittenView/being sent": "надсилається",
    "WrittenView/sent": "надіслано",
    "WrittenView/NOT SENT": "НЕ НАДІСЛАНО",
    "WrittenView/over the size limit, only its beginning is kept": (
        "більший за дозволений розмір, збережено лише початок"
    ),
    "WrittenView/no number": "без номера",
    "WrittenView/Reply sent; the case waits for the writer.": (
        "Відповідь надіслано; звернення чекає на відповідь автора."
    ),
    "WrittenView/Sending…": "Надсилання…",
    "WrittenView/Save the attachment into a folder": "Зберегти вкладення в теку",
    "WrittenView/Arrived": "Надійшло",
    "WrittenView/Channel": "Канал",
    "WrittenView/From": "Від кого",
    "WrittenView/Subject": "Тема",
    "WrittenView/No.": "Номер",
    "WrittenView/Status": "Стан",
    "WrittenView/Answer due": "Відповісти до",
    "WrittenView/overdue": "прострочено",
    "WrittenView/%1 left": "залишилось %1",
    "WrittenView/closes now (no answer)": "закривається зараз (немає відповіді)",
    "WrittenView/closes in %1": "закриється за %1",
    "WrittenView/deferred to %1": "відкладено до %1",
    "WrittenView/First answer due %1 (CSC-2.4)": "Першу відповідь надати до %1 (CSC-2.4)",
    "WrittenView/The policy sets no answer time (KZP-30-9)": (
        "Регламент не встановлює часу на відповідь (KZP-30-9)"
    ),
    "WrittenView/The correspondence is stopped (KUTY-3.3/3.4): no reply is sent.": (
        "Листування припинено (KUTY-3.3/3.4): відповідь не надсилається."
    ),
    "WrittenView/Type the reason for closing first.": "Спершу напишіть причину закриття.",
    "WrittenView/Nothing to defer now: answer the question (CSC-2.3).": (
        "Зараз нічого не відкладають: дайте відповідь на питання (CSC-2.3)."
    ),
    "WrittenView/The reply is empty.": "Відповідь порожня.",
    "WrittenView/No mail server is set up for replies; tell the administrator "
    "([smtp] in incidents.toml).": (
        "Поштовий сервер для відповідей не налаштовано; повідомте адміністратора "
        "([smtp] в incidents.toml)."
    ),
    "WrittenView/The reply was kept but the mail server did not take it. Try again "
    "later or tell the administrator.": (
        "Відповідь збережено, але поштовий сервер її не прийняв. Спробуйте пізніше або "
        "повідомте адміністратора."
    ),
    "WrittenView/The note is empty.": "Нотатка порожня.",
    "WrittenView/Another operator is handling this case; ask a supervisor.": (
        "Це звернення опрацьовує інший оператор; зверніться до керівника."
    ),
    "WrittenView/This case is closed.": "Це звернення закрито.",
    "WrittenView/(no subject)": "(без теми)",
    "WrittenView/correspondence stopped": "листування припинено",
    "WrittenView/Check the reply": "Перевірте відповідь",
    "WrittenView/Send anyway": "Однаково надіслати",
    "WrittenView/Edit the reply": "Виправити відповідь",
    "WrittenView/Send it anyway?": "Однаково надіслати?",
    "WrittenView/Internal note saved; the writer does not see it.": (
        "Внутрішню нотатку збережено; автор звернення її не бачить."
    ),
    "WrittenView/The case is closed.": "Звернення закрито.",
    "WrittenView/Open the next case in the queue (%1)": "Відкрити наступне звернення в черзі (%1)",
    "WrittenView/Send the reply by e-mail; it is kept with its hash (KUTY-1.1) (%1)": (
        "Надіслати відповідь електронною поштою; її зберігають разом з хешем (KUTY-1.1) (%1)"
    ),
    "WrittenView/stopped": "припинено",
    "WrittenView/(no name)": "(без назви)",
    "WrittenView/No attachments": "Вкладень немає",
    "WrittenView/Internal note — %1": "Внутрішня нотатка — %1",
    "WrittenView/It was not filed in the mailbox's Sent folder.": (
        "Її не вдалося покласти в теку «Надіслані» поштової скриньки."
    ),
    "WrittenView/Correspondence stopped; incident %1 filed.": (
        "Листування припинено; інцидент %1 зареєстровано."
    ),
    "WrittenView/The folder cannot be written.": "У цю теку неможливо записати.",
    "WrittenView/over the size limit, not kept": "більше за дозволений розмір, не збережено",
    "WrittenView/From %1": "Від %1",
    "WrittenView/Reply from the desk to %1": "Відповідь служби для %1",
    "WrittenView/Deferred to %1 (CSC-2.3).": "Відкладено до %1 (CSC-2.3).",
    "WrittenView/A supervisor may block the address.": "Заблокувати адресу може керівник.",
    "WrittenView/Saved as %1; not opened.": "Збережено як %1; не відкривалося.",
    "WrittenView/Write the reply here (%1); send it with %2": (
        "Напишіть тут відповідь (%1); надішліть її клавішами %2"
    ),
    "WrittenView/archive, never unpacked": "архів, ніколи не розпаковується",
    "WrittenView/not sent to the writer": "автору не надсилається",
    "WrittenView/The case is yours.": "Звернення тепер ваше.",
    "WrittenView/The case waits for the writer.": "Звернення чекає на відповідь автора.",
    "WrittenView/The address %1 is blocked.": "Адресу %1 заблоковано.",
    "WrittenView/Join the call": "Приєднати дзвінок",
    "WrittenView/Join this seat's last call to this case, when it is the same person": (
        "Приєднати останній дзвінок цього робочого місця до звернення, якщо це та сама особа"
    ),
    "WrittenView/Join call %1": "Приєднати дзвінок %1",
    "WrittenView/without a number": "без номера",
    "WrittenView/Call %1 joined to this case.": "Дзвінок %1 приєднано до звернення.",
    "WrittenView/This reply asks the writer for a password or login data, which the "
    "regulation forbids (KZP-30-11): remove that request before sending.": (
        "Ця відповідь просить автора назвати пароль або дані для входу, а регламент це "
        "забороняє (KZP-30-11): приберіть це прохання перед надсиланням."
    ),
    # Issue 13: the player's lanes, transcript pane, play at offset, notices (wt-rec).
    "LanesView/Caller": "Абонент",
    "LanesView/Operator": "Оператор",
    "LanesView/Third party": "Третій учасник",
    "LanesView/Track %1": "Доріжка %1",
    "LanesView/Recording tracks": "Доріжки запису",
    "LanesView/Click or drag to move the play position. Space: play or pause; "
    "Left/Right arrow: 5 seconds back or forward.": (
        "Клацніть або потягніть, щоб перейти в інше місце запису. Пробіл — відтворити або "
        "призупинити; стрілки ліворуч/праворуч — на 5 секунд назад або вперед."
    ),
    "LanesView/Lanes: %1": "Доріжки: %1",
    "LanesView/masked": "приховано",
    "PlayerWidget/Play or pause (Space)": "Відтворити або призупинити (Пробіл)",
    "PlayerWidget/−5 s": "−5 с",
    "PlayerWidget/+5 s": "+5 с",
    "PlayerWidget/5 seconds back": "На 5 секунд назад",
    "PlayerWidget/5 seconds forward": "На 5 секунд уперед",
    "PlayerWidget/5 seconds back (Left arrow)": "На 5 секунд назад (стрілка ліворуч)",
    "PlayerWidget/5 seconds forward (Right arrow)": "На 5 секунд уперед (стрілка праворуч)",
    "PlayerWidget/Play position": "Місце відтворення",
    "TranscriptPane/Transcript": "Стенограма",
    "TranscriptPane/Play a call to see its transcript here.": (
        "Відтворіть дзвінок, щоб побачити тут його стенограму."
    ),
    "TranscriptPane/Transcript segments; click one to play from it": (
        "Фрагменти стенограми; клацніть фрагмент, щоб відтворити з нього"
    ),
    "TranscriptPane/Time": "Час",
    "TranscriptPane/Speaker": "Хто говорить",
    "TranscriptPane/Text": "Текст",
    "TranscriptPane/Caller": "Абонент",
    "TranscriptPane/Operator": "Оператор",
    "TranscriptPane/Loading the transcript…": "Завантаження стенограми…",
    "TranscriptPane/The transcript cannot be shown: %1": "Стенограму не вдається показати: %1",
    "TranscriptPane/the call is still being recorded": "дзвінок ще записується",
    "TranscriptPane/the recording has no complete caller and operator tracks": (
        "у записі немає повних доріжок абонента й оператора"
    ),
    "TranscriptPane/nobody has had this call transcribed yet: use Transcript… to make one": (
        "дзвінок ще ніхто не розпізнавав: створіть стенограму кнопкою «Стенограма…»"
    ),
    "TranscriptPane/unknown": "невідомо",
    "TranscriptPane/Not transcribed: %1": "Не розпізнано: %1",
    "TranscriptPane/Version %1, %2 segments": "Версія %1, фрагментів: %2",
    "TranscriptPane/(the key phrase is hidden)": "(ключову фразу приховано)",
    "TranscriptPane/[key phrase hidden]": "[ключову фразу приховано]",
    "IncidentsView/Play the call": "Відтворити дзвінок",
    "IncidentsView/Open the call's recording where the incident button was pressed": (
        "Відкрити запис дзвінка з місця, де натиснули кнопку інциденту"
    ),
    "IncidentsView/Play at %1": "Відтворити з %1",
    "IncidentsView/Incident %1 — %2 — %3": "Інцидент %1 — %2 — %3",
    "SupervisorQueue/Open the call": "Відкрити дзвінок",
    "SupervisorQueue/Open the call at %1": "Відкрити дзвінок з %1",
    "SupervisorQueue/Play the selected incident's call from where the button was pressed": (
        "Відтворити дзвінок вибраного інциденту з місця, де натиснули кнопку"
    ),
    "SupervisorQueue/Sound for new incident notices": "Звук нових повідомлень про інциденти",
    "SupervisorQueue/A short chime when a new incident is reported; untick to mute it": (
        "Короткий сигнал, коли повідомлено про новий інцидент; зніміть позначку, щоб вимкнути"
    ),
    "SupervisorQueue/operator %1": "оператор %1",
    "SupervisorQueue/withheld": "приховано",
    "SupervisorQueue/Incident %1 — %2": "Інцидент %1 — %2",
    "SupervisorQueue/Withdrawn: pressed by mistake": "Відкликано: натиснуто помилково",
    "SupervisorQueue/Threat reclassified as abuse": "Погрозу перекваліфіковано як образу",
    "ExportDialog/WAV (original)": "WAV (оригінал)",
    "ExportDialog/Open folder": "Відкрити теку",
    "ExportDialog/Show the exported files in the file manager": (
        "Показати вивантажені файли у файловому менеджері"
    ),
    "ExportDialog/No file manager could open %1; open it by hand.": (
        "Жоден файловий менеджер не відкрив %1; відкрийте теку вручну."
    ),
    # reports helper (issue 13): XLSX of the monthly figures
    "DashboardView/PDF with these plots, and the figures as CSV and XLSX, for the head "
    "administrator (KUTY-1.2, KUTY-1.3)": (
        "PDF із цими графіками, а показники у CSV і XLSX, для головного адміністратора "
        "(KUTY-1.2, KUTY-1.3)"
    ),
    "DashboardView/Report saved: %1, %2 and %3": "Звіт збережено: %1, %2 і %3",
    # reports helper (issue 13): requests register (KUTY-1.3)
    "RequestsView/Open": "Відкритий",
    "RequestsView/Dossier being built": "Досьє формується",
    "RequestsView/Fulfilled": "Виконано",
    "RequestsView/Withdrawn": "Відкликано",
    "RequestsView/Unknown state": "Невідомий стан",
    "RequestsView/%1 ⚠ overdue": "%1 ⚠ прострочено",
    "RequestsView/transcript included": "розшифровку включено",
    "RequestsView/not transcribed: still queued": "не розшифровано: ще в черзі",
    "RequestsView/not transcribed: the transcription failed": (
        "не розшифровано: розшифрування не вдалося"
    ),
    "RequestsView/not transcribed: no transcription engine or model on this seat": (
        "не розшифровано: на цьому робочому місці немає рушія або моделі розшифрування"
    ),
    "RequestsView/not transcribed: never queued": "не розшифровано: не ставилося в чергу",
    "RequestsView/Abuse": "Образа",
    "RequestsView/Threat": "Погроза",
    "RequestsView/Incident": "Інцидент",
    "RequestsView/Request No. %1: calls %2, recordings %3.": (
        "Запит № %1: дзвінків — %2, записів — %3."
    ),
    "RequestsView/caller": "абонент",
    "RequestsView/operator": "оператор",
    "RequestsView/both": "обидві доріжки",
    "RequestsView/Recordings:": "Записи:",
    "RequestsView/a track file is missing": "бракує файлу доріжки",
    "RequestsView/Transcripts: %1 included, %2 not transcribed.": (
        "Розшифровки: включено — %1, не розшифровано — %2."
    ),
    "RequestsView/Wrap-ups:": "Підсумки:",
    "RequestsView/no registration number": "без реєстраційного номера",
    "RequestsView/Incidents: %1": "Інциденти: %1",
    "RequestsView/Written messages: %1": "Письмові звернення: %1",
    "RequestsView/Preview dossier": "Переглянути досьє",
    "RequestsView/What the selected request's dossier will hold, before it is built (KUTY-1.3)": (
        "Що міститиме досьє вибраного запиту, ще до його формування (KUTY-1.3)"
    ),
    "RequestsView/Dossier preview": "Попередній перегляд досьє",
    "RequestsView/Select a request and press Preview dossier to see what it will hold.": (
        "Виберіть запит і натисніть «Переглянути досьє», щоб побачити, що воно міститиме."
    ),
    "RequestsView/Queued transcripts: %1 made, %2 not transcribed (see the preview).": (
        "Розшифровки з черги: зроблено — %1, не розшифровано — %2 (див. перегляд досьє)."
    ),
    "RequestsView/Queued transcripts were not made: %1": "Розшифровки з черги не зроблено: %1",
    "RequestsView/Select a request first.": "Спершу виберіть запит.",
    "RequestsView/No preview: %1": "Перегляд недоступний: %1",
    # reports helper (issue 13): SIP accounts page values in words
    "AccountsPage/UDP": "UDP",
    "AccountsPage/TCP": "TCP",
    "AccountsPage/TLS (encrypted)": "TLS (шифрований)",
    "AccountsPage/Off": "Вимкнено",
    "AccountsPage/When the other side offers it": "Якщо інша сторона пропонує",
    "AccountsPage/Required": "Обов'язково",
    "AccountsPage/the account name must be 1 to 32 Latin letters, digits, - or _": (
        "назва облікового запису — від 1 до 32 латинських літер, цифр, - або _"
    ),
    "AccountsPage/the registrar must be a host or host:port, not %1": (
        "реєстратор має бути вузлом або вузол:порт, а не %1"
    ),
    "AccountsPage/the outbound proxy must be a host or host:port, not %1": (
        "вихідний проксі має бути вузлом або вузол:порт, а не %1"
    ),
    "AccountsPage/the SIP domain must be a host or host:port, not %1": (
        "домен SIP має бути вузлом або вузол:порт, а не %1"
    ),
    "AccountsPage/the registrar is required": "потрібно вказати реєстратор",
    "AccountsPage/the user (extension) may hold only Latin letters, digits and SIP signs, not %1": (
        "користувач (внутрішній номер) може містити лише латинські літери, цифри та знаки "
        "SIP, а не %1"
    ),
    "AccountsPage/the registration timeout must be 20 to 86400 s": (
        "час реєстрації — від 20 до 86400 с"
    ),
    "AccountsPage/the retry interval must be 5 to 3600 s": "інтервал повтору — від 5 до 3600 с",
    "AccountsPage/at most %1 STUN servers": "не більше %1 серверів STUN",
    "AccountsPage/each STUN server must be a host or host:port, not %1": (
        "кожен сервер STUN має бути вузлом або вузол:порт, а не %1"
    ),
    "AccountsPage/a STUN server is listed twice": "сервер STUN указано двічі",
    "AccountsPage/check the account's fields": "перевірте поля облікового запису",
    "AccountsPage/the account name %1 is already taken": "назва облікового запису %1 уже зайнята",
    # reports helper (issue 13): the unlock menu is named for what it holds
    "UnlockDialog/Caller &profiles": "&Профілі абонентів",
    # reports helper (issue 13, docs/glossary.md): the wizard's Finish is not the hang-up
    # button's "Завершити" (Qt's own Ukrainian for QWizard's Finish is "&Завершити")
    "FirstRunWizard/&Finish": "&Готово",
    # Issue 12 (wt-cases2): the case's category, level, writer and wrap-up in the Inbox.
    "CaseControls/Basic": "Базовий",
    "CaseControls/VIP": "VIP",
    "CaseControls/Writer identified themselves (EEP-11)": "Автор назвав себе (EEP-11)",
    "CaseControls/Writer refused to identify: service may be refused (EEP-11)": (
        "Автор не назвав себе: у консультації можна відмовити (EEP-11)"
    ),
    "CaseControls/Writer not identified yet (EEP-11)": "Автор ще не назвав себе (EEP-11)",
    "CaseControls/Writer verified by a call on this case (KUTY-2.2)": (
        "Автора верифіковано дзвінком у цьому зверненні (KUTY-2.2)"
    ),
    "CaseControls/Writer not verified: general help only (KUTY-2.2)": (
        "Автора не верифіковано: лише загальна допомога (KUTY-2.2)"
    ),
    "CasePolicyBar/Category of the case": "Категорія звернення",
    "CasePolicyBar/The policy's category; an error case gets its own registration number "
    "(EEP-4, EEP-13)": (
        "Категорія за регламентом; звернення про помилку отримує власний реєстраційний номер "
        "(EEP-4, EEP-13)"
    ),
    "CasePolicyBar/Category…": "Категорія…",
    "CasePolicyBar/Service level": "Рівень обслуговування",
    "CasePolicyBar/Service level: Basic, or VIP by contract (EEP-3)": (
        "Рівень обслуговування: базовий або VIP за договором (EEP-3)"
    ),
    "CasePolicyBar/Level…": "Рівень…",
    "CasePolicyBar/Identified": "Назвав себе",
    "CasePolicyBar/The writer gave the details that identify them (EEP-11)": (
        "Автор надав дані, що його ідентифікують (EEP-11)"
    ),
    "CasePolicyBar/Not identified…": "Не назвав себе…",
    "CasePolicyBar/The writer would not identify themselves: record it and put the "
    "request to identify into the reply (EEP-11)": (
        "Автор відмовився назвати себе: зафіксувати це й додати до відповіді прохання "
        "назватися (EEP-11)"
    ),
    "CasePolicyBar/Out of scope (%1): the refusal is in the reply.": (
        "Поза компетенцією (%1): відмову додано до відповіді."
    ),
    "CasePolicyBar/Registered as an error: number %1 (EEP-13).": (
        "Зареєстровано як помилку: номер %1 (EEP-13)."
    ),
    "CasePolicyBar/Category: %1.": "Категорія: %1.",
    "CasePolicyBar/Service level: %1 (EEP-3).": "Рівень обслуговування: %1 (EEP-3).",
    "CasePolicyBar/Recorded: not identified. The request to identify is in the reply.": (
        "Зафіксовано: не назвав себе. Прохання назватися додано до відповіді."
    ),
    "CasePolicyBar/Recorded: the writer identified themselves.": "Зафіксовано: автор назвав себе.",
    "CaseWrapUpDialog/no number": "без номера",
    "CaseWrapUpDialog/Close case %1": "Закрити звернення %1",
    "CaseWrapUpDialog/— choose —": "— виберіть —",
    "CaseWrapUpDialog/What the contact was about, in a few words": (
        "Про що було звернення, кількома словами"
    ),
    "CaseWrapUpDialog/Out of scope": "Поза компетенцією",
    "CaseWrapUpDialog/Reason for closing": "Причина закриття",
    "CaseWrapUpDialog/Close the case": "Закрити звернення",
    "CaseWrapUpDialog/Cancel": "Скасувати",
    "CaseWrapUpDialog/Category": "Категорія",
    "CaseWrapUpDialog/Topic": "Тема",
    "CaseWrapUpDialog/Notes": "Примітки",
    "CaseWrapUpDialog/Choose a category first.": "Спершу виберіть категорію.",
    "CaseWrapUpDialog/Type the reason for closing first.": "Спершу напишіть причину закриття.",
    "CaseWrapUpDialog/This case is closed.": "Це звернення закрито.",
    "WrittenView/⚠ Not verified (KUTY-2.2): general help only — nothing from the profile "
    "or the applications. For details, ask them to call from the profile's number.": (
        "⚠ Не верифіковано (KUTY-2.2): лише загальна допомога — нічого з профілю чи заявок. "
        "Для детальної консультації попросіть зателефонувати з номера, вказаного в профілі."
    ),
    "WrittenView/Close case…": "Закрити звернення…",
    "WrittenView/Close the case with its wrap-up: category, topic, notes and the reason": (
        "Закрити звернення з підсумком: категорія, тема, примітки й причина"
    ),
    "WrittenView/talked %1": "розмова %1",
    "WrittenView/not answered": "без відповіді",
    "WrittenView/caller verified (KUTY-2.2)": "додзвонювача верифіковано (KUTY-2.2)",
    "WrittenView/Call with %1": "Дзвінок з %1",
    "WrittenView/The writer is not verified (KUTY-2.2): send only general help, nothing "
    "from their profile or applications.": (
        "Автора не верифіковано (KUTY-2.2): надсилайте лише загальну допомогу, нічого з його "
        "профілю чи заявок."
    ),
    "WrittenView/Case %1 is closed.": "Звернення %1 закрито.",
    "WrittenView/Choose one of the policy's categories.": "Виберіть одну з категорій регламенту.",
    "WrittenView/The policy has no such service level (EEP-3).": (
        "У регламенті немає такого рівня обслуговування (EEP-3)."
    ),
    "WrittenView/The policy asks writers for no self-identification (EEP-11).": (
        "Регламент не вимагає від авторів називати себе (EEP-11)."
    ),
    # Live listening, whisper, barge-in (issue 13: console/listen_controls.py).
    "ListenControls/Listen": "Слухати",
    "ListenControls/Whisper": "Підказати",
    "ListenControls/Barge in": "Втрутитися",
    "ListenControls/Stop listening": "Припинити прослуховування",
    "ListenControls/Listen to the selected call; neither the caller nor the operator hears "
    "you, and the recording does not change (%1). Every use is audited.": (
        "Слухати вибраний дзвінок: ні абонент, ні оператор вас не чують, запис не "
        "змінюється (%1). Кожне прослуховування фіксується в журналі аудиту."
    ),
    "ListenControls/Speak to the operator only; the caller does not hear you. What you say "
    "is recorded on the operator track (KUTY-1.1).": (
        "Говорити лише до оператора: абонент вас не чує. Сказане записується на доріжку "
        "оператора (KUTY-1.1)."
    ),
    "ListenControls/Join the call: the caller and the operator hear you. What you say is "
    "recorded on the operator track (KUTY-1.1).": (
        "Приєднатися до розмови: вас чують абонент і оператор. Сказане записується на "
        "доріжку оператора (KUTY-1.1)."
    ),
    "ListenControls/Stop listening; the call goes on unchanged.": (
        "Припинити прослуховування; розмова триває без змін."
    ),
    "ListenControls/The desk's policy does not allow live listening (%1).": (
        "Правила служби не дозволяють прослуховування дзвінків (%1)."
    ),
    "ListenControls/Select a call in progress first.": "Спершу виберіть поточний дзвінок.",
    "ListenControls/The desk's policy does not allow live listening.": (
        "Правила служби не дозволяють прослуховування дзвінків."
    ),
    "ListenControls/The call is no longer in progress.": "Цей дзвінок уже завершено.",
    "ListenControls/The operator's seat cannot be reached for listening (it has not "
    "announced its address).": (
        "Робоче місце оператора недоступне для прослуховування (воно не повідомило свою адресу)."
    ),
    "ListenControls/The operator's seat refused the listening.": (
        "Робоче місце оператора відмовило в прослуховуванні."
    ),
    "ListenControls/Listening ended.": "Прослуховування завершено.",
    "ListenControls/Connecting to the operator's seat…": ("З’єднання з робочим місцем оператора…"),
    "ListenControls/Listening: nobody hears you.": "Прослуховування: вас ніхто не чує.",
    "ListenControls/Whispering: only the operator hears you.": ("Підказка: вас чує лише оператор."),
    "ListenControls/In the call: the caller and the operator hear you.": (
        "У розмові: вас чують абонент і оператор."
    ),
    "ComplaintsView/a call": "дзвінок",
    "Wallboard/In a call": "У розмові",
    "WrittenView/Select a case in the list above.": "Виберіть звернення в списку вище.",
    # Issue 13: the complaint form's call picker (console/call_picker.py).
    "ComplaintsView/The call the complaint is about": "Дзвінок, на який скаржаться",
    "ComplaintsView/No call chosen (optional)": "Дзвінок не вибрано (необов’язково)",
    "ComplaintsView/The call the complaint is about (KUTY-1.2), chosen with “Choose call…”": (
        "Дзвінок, на який скаржаться (KUTY-1.2), вибирається кнопкою «Вибрати дзвінок…»"
    ),
    "ComplaintsView/Choose call…": "Вибрати дзвінок…",
    "ComplaintsView/Choose the call": "Вибрати дзвінок",
    "ComplaintsView/Find the call by number, dates or operator (KUTY-1.2)": (
        "Знайти дзвінок за номером, датами або оператором (KUTY-1.2)"
    ),
    "ComplaintsView/Your role may not see the desk's calls (KUTY-1.2 complaints, "
    "KUTY-1.3 recordings)": (
        "Ваша роль не дає доступу до дзвінків служби (KUTY-1.2 скарги, KUTY-1.3 записи)"
    ),
    "ComplaintsView/Clear": "Очистити",
    "ComplaintsView/Clear the chosen call": "Прибрати вибраний дзвінок",
    "ComplaintsView/File the complaint without a call": "Зареєструвати скаргу без дзвінка",
    "ComplaintsView/The response deadline follows the category (KUTY-1.2, Law on Appeals "
    "art. 20)": (
        "Строк відповіді залежить від категорії (KUTY-1.2, Закон «Про звернення громадян», ст. 20)"
    ),
    "ComplaintsView/Link the chosen call to the selected complaint": (
        "Пов’язати вибраний дзвінок із вибраною скаргою"
    ),
    "ComplaintsView/Link the chosen call to the complaint selected above (KUTY-1.2)": (
        "Пов’язати вибраний дзвінок зі скаргою, вибраною вище (KUTY-1.2)"
    ),
    "ComplaintsView/Select a complaint and choose a call.": "Виберіть скаргу та дзвінок.",
    "ComplaintsView/Call linked to complaint %1.": "Дзвінок пов’язано зі скаргою %1.",
    "CallPickerDialog/Choose the call the complaint is about": (
        "Виберіть дзвінок, на який скаржаться"
    ),
    "CallPickerDialog/The call the complaint is about (KUTY-1.2): find it by number, dates "
    "or operator": (
        "Дзвінок, на який скаржаться (KUTY-1.2): знайдіть його за номером, датами або оператором"
    ),
    "CallPickerDialog/Caller number": "Номер абонента",
    "CallPickerDialog/Number or its start, e.g. 067 123": "Номер або його початок, напр. 067 123",
    "CallPickerDialog/Calls from this date": "Дзвінки від цієї дати",
    "CallPickerDialog/Calls up to this date": "Дзвінки до цієї дати",
    "CallPickerDialog/Search calls": "Шукати дзвінки",
    "CallPickerDialog/Find the calls (Enter in the number field)": (
        "Знайти дзвінки (Enter у полі номера)"
    ),
    "CallPickerDialog/Calls found, newest first": "Знайдені дзвінки, спершу новіші",
    "CallPickerDialog/Enter or double click picks the call; Esc cancels": (
        "Enter або подвійне клацання вибирає дзвінок; Esc скасовує"
    ),
    "CallPickerDialog/How it ended": "Як завершився",
    "CallPickerDialog/Search result": "Результат пошуку",
    "CallPickerDialog/Newer": "Новіші",
    "CallPickerDialog/Newer calls": "Новіші дзвінки",
    "CallPickerDialog/Older": "Старіші",
    "CallPickerDialog/Older calls": "Старіші дзвінки",
    "CallPickerDialog/Choose": "Вибрати",
    "CallPickerDialog/Choose the selected call": "Вибрати позначений дзвінок",
    "CallPickerDialog/Cancel choosing a call": "Скасувати вибір дзвінка",
    "CallPickerDialog/The range ends before it starts: choose the dates again.": (
        "Кінець періоду раніше за початок: виберіть дати ще раз."
    ),
    "CallPickerDialog/Page %1: %2 calls, newest first": "Сторінка %1: дзвінків — %2, спершу новіші",
    "CallPickerDialog/No calls match: change the number or the dates.": (
        "Дзвінків не знайдено: змініть номер або дати."
    ),
    "CallPickerDialog/Select a call in the list first.": "Спершу виберіть дзвінок у списку.",
    "CallPickerDialog/no operator": "без оператора",
}


def fill(ts_path: Path, table: dict[str, str] | None = None) -> list[str]:
    """Fill every message from `table` (default: the Ukrainian texts; console.i18n_ru and
    i18n_kk pass theirs); return the sources that have no text."""
    texts = UK if table is None else table
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.getroot().iter("context"):
        context_name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            text = texts.get(f"{context_name}/{source}", texts.get(source))
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

<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>AdminAlerts</name>
    <message>
        <location filename="../admin_alerts.py" line="30" />
        <source>AUDIT LOG CHECK FAILED: the audit chain could not be read (%1).</source>
        <translation>ПЕРЕВІРКА ЖУРНАЛУ АУДИТУ НЕ ВДАЛАСЯ: ланцюжок аудиту не вдалося прочитати (%1).</translation>
    </message>
    <message>
        <location filename="../admin_alerts.py" line="34" />
        <source>AUDIT LOG TAMPERED: event %1 does not fit the hash chain (%2). Records of who played or exported recordings cannot be trusted from there on. Run `kuty audit verify` and investigate.</source>
        <translation>ЖУРНАЛ АУДИТУ ЗМІНЕНО: подія %1 не відповідає ланцюжку хешів (%2). Записам про те, хто прослуховував чи вивантажував записи, починаючи з неї, довіряти не можна. Виконайте `kuty audit verify` і розберіться.</translation>
    </message>
    <message>
        <location filename="../admin_alerts.py" line="67" />
        <source>Audit log alert</source>
        <translation>Тривога журналу аудиту</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <location filename="../alert_banner.py" line="30" />
        <source>Dismiss</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="164" />
        <source>No user accounts exist yet. An administrator must create the first one on this computer:

    %1

then start the console again.</source>
        <translation>Облікових записів ще немає. Адміністратор має створити перший на цьому комп'ютері:

    %1

після чого запустіть консоль знову.</translation>
    </message>
    <message>
        <location filename="../app.py" line="202" />
        <source>Kuty console</source>
        <translation>Консоль Кути</translation>
    </message>
    <message>
        <location filename="../app.py" line="205" />
        <source>Kuty console cannot start</source>
        <translation>Консоль Кути не може запуститися</translation>
    </message>
    <message>
        <location filename="../app.py" line="214" />
        <source>The call database cannot be opened, so calls cannot be logged:
%1</source>
        <translation>Не вдається відкрити базу даних дзвінків, тому дзвінки не можна облікувати:
%1</translation>
    </message>
</context>
<context>
    <name>CallCard</name>
    <message>
        <location filename="../call_card.py" line="83" />
        <source>Only how many profiles have this number: names are shown after verification, and only the verified caller's (KUTY-2.6)</source>
        <translation>Лише кількість профілів із цим номером: імена видно тільки після верифікації і тільки верифікованого абонента (KUTY-2.6)</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="89" />
        <source>Number blocked</source>
        <translation>Номер заблоковано</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="99" />
        <source>Answer</source>
        <translation>Відповісти</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="100" />
        <source>Reject</source>
        <translation>Відхилити</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="101" />
        <source>Hang up</source>
        <translation>Завершити</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="102" />
        <location filename="../call_card.py" line="342" />
        <source>Hold</source>
        <translation>Утримувати</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="103" />
        <location filename="../call_card.py" line="344" />
        <source>Mute</source>
        <translation>Вимкнути мікрофон</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="114" />
        <source>Answer the ringing call</source>
        <translation>Відповісти на вхідний дзвінок</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="115" />
        <source>Reject the ringing call</source>
        <translation>Відхилити вхідний дзвінок</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="116" />
        <source>End the call</source>
        <translation>Завершити дзвінок</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="117" />
        <source>Put the caller on hold / resume</source>
        <translation>Поставити на утримання / продовжити розмову</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="118" />
        <source>Mute / unmute your microphone</source>
        <translation>Вимкнути / увімкнути ваш мікрофон</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="186" />
        <source>Withheld: cannot be verified</source>
        <translation>Номер приховано: верифікація неможлива</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="188" />
        <source>No caller ID: cannot be verified</source>
        <translation>Номер невідомий: верифікація неможлива</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="252" />
        <source>No profile: general help only</source>
        <translation>Немає профілю: лише загальна допомога</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="254" />
        <source>1 profile for this number</source>
        <translation>1 профіль із цим номером</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="256" />
        <source>%1 profiles for this number</source>
        <translation>Профілів із цим номером: %1</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="258" />
        <source>locked after failed verifications</source>
        <translation>заблоковано після невдалих перевірок</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="308" />
        <source>On hold</source>
        <translation>На утриманні</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="310" />
        <location filename="../call_card.py" line="312" />
        <source>Ringing</source>
        <translation>Дзвонить</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="311" />
        <source>Calling</source>
        <translation>Виклик</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="313" />
        <source>Connecting</source>
        <translation>З'єднання</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="314" />
        <source>Talking</source>
        <translation>Розмова</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="315" />
        <source>Ended</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="322" />
        <source>No call</source>
        <translation>Немає дзвінка</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="342" />
        <source>Resume</source>
        <translation>Продовжити</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="344" />
        <source>Unmute</source>
        <translation>Увімкнути мікрофон</translation>
    </message>
</context>
<context>
    <name>CallerCard</name>
    <message>
        <location filename="../caller_card.py" line="58" />
        <source>Application</source>
        <translation>Заява</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="59" />
        <source>Child</source>
        <translation>Дитина</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="60" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="61" />
        <source>Created / updated</source>
        <translation>Створено / оновлено</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="62" />
        <source>Kindergartens</source>
        <translation>Заклади дошкільної освіти</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="66" />
        <source>Only the verified caller's own applications (KUTY-2.6)</source>
        <translation>Лише власні заяви верифікованого абонента (KUTY-2.6)</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="87" />
        <source>✓ Technical help with the Service: registering, submitting an application, changing data the user created (KUTY-2.1)</source>
        <translation>✓ Технічна допомога із Сервісом: реєстрація, подання заяви, зміна даних, які створив користувач (KUTY-2.1)</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="90" />
        <source>✗ Detailed consultation: only after verification (KUTY-2.2)</source>
        <translation>✗ Детальна консультація — лише після верифікації (KUTY-2.2)</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="91" />
        <source>✗ No legal advice (KUTY-2.3)</source>
        <translation>✗ Жодних юридичних консультацій (KUTY-2.3)</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="93" />
        <source>✗ No explanations of queue order or of whether applications exist, beyond technical aspects (KUTY-2.4)</source>
        <translation>✗ Жодних пояснень щодо порядку черги чи наявності заяв, окрім технічних аспектів (KUTY-2.4)</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="96" />
        <source>✗ Never enter applications on an applicant's behalf (KUTY-2.5)</source>
        <translation>✗ Не вносити заяви до системи замість заявника (KUTY-2.5)</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="97" />
        <source>✗ Never give personal data of third persons (KUTY-2.6)</source>
        <translation>✗ Не повідомляти персональних даних третіх осіб (KUTY-2.6)</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="98" />
        <source>✗ No advice on other electronic products (KUTY-2.7)</source>
        <translation>✗ Жодних консультацій щодо інших електронних продуктів (KUTY-2.7)</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="106" />
        <source>No caller</source>
        <translation>Немає абонента</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="113" />
        <source>General consultation mode</source>
        <translation>Режим загальної консультації</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="120" />
        <source>Verified caller: detailed consultation (KUTY-2.2)</source>
        <translation>Верифікований абонент: детальна консультація (KUTY-2.2)</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="135" />
        <source>No applications</source>
        <translation>Заяв немає</translation>
    </message>
</context>
<context>
    <name>CallerDisplay</name>
    <message>
        <location filename="../caller_display.py" line="20" />
        <source>Withheld</source>
        <translation>Номер приховано</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="22" />
        <source>Unknown number</source>
        <translation>Невідомий номер</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="33" />
        <source>Incoming</source>
        <translation>Вхідний</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="35" />
        <source>Outgoing</source>
        <translation>Вихідний</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="42" />
        <source>Operator hung up</source>
        <translation>Завершив оператор</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="45" />
        <source>Caller hung up</source>
        <translation>Завершив абонент</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="48" />
        <source>Rejected</source>
        <translation>Відхилено</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="49" />
        <source>Missed</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="50" />
        <source>Answered elsewhere</source>
        <translation>Відповів інший оператор</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="53" />
        <source>Failed</source>
        <translation>Помилка</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="54" />
        <source>Interrupted</source>
        <translation>Перервано</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="55" />
        <source>Console closed</source>
        <translation>Консоль закрито</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="56" />
        <source>In progress</source>
        <translation>Триває</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="64" />
        <source>Recording</source>
        <translation>Записується</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="65" />
        <source>Recorded</source>
        <translation>Записано</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="66" />
        <source>Repaired</source>
        <translation>Відновлено</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="67" />
        <source>Recording failed</source>
        <translation>Запис не вдався</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="70" />
        <source>No recording</source>
        <translation>Немає запису</translation>
    </message>
</context>
<context>
    <name>ComplaintsView</name>
    <message>
        <location filename="../complaints_view.py" line="57" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="57" />
        <source>Complainant</source>
        <translation>Скаржник</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="57" />
        <location filename="../complaints_view.py" line="99" />
        <source>Received</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="58" />
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="58" />
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="58" />
        <source>Calls</source>
        <translation>Дзвінки</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="64" />
        <source>New complaint (KUTY-1.2)</source>
        <translation>Нова скарга (KUTY-1.2)</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="79" />
        <source>No study needed (15 days)</source>
        <translation>Не потребує вивчення (15 днів)</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="80" />
        <source>Needs study (1 month)</source>
        <translation>Потребує вивчення (1 місяць)</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="81" />
        <source>Extended (45 days)</source>
        <translation>Продовжено (45 днів)</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="88" />
        <source>Call id (optional)</source>
        <translation>Ідентифікатор дзвінка (необов'язково)</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="89" />
        <source>Register complaint</source>
        <translation>Зареєструвати скаргу</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="91" />
        <source>Link call to selected</source>
        <translation>Прив'язати дзвінок до вибраної</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="96" />
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="97" />
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="98" />
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="100" />
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="101" />
        <source>Call</source>
        <translation>Дзвінок</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="126" />
        <source>New</source>
        <translation>Нова</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="126" />
        <source>In progress</source>
        <translation>Розглядається</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="127" />
        <source>Answered</source>
        <translation>Надано відповідь</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="139" />
        <source>Overdue: the response deadline has passed</source>
        <translation>Прострочено: термін відповіді минув</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="156" />
        <source>Who and the text are required.</source>
        <translation>Потрібно вказати, хто скаржиться, і текст.</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="176" />
        <source>Complaint %1 registered.</source>
        <translation>Скаргу %1 зареєстровано.</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="187" />
        <source>Select a complaint and enter a call id.</source>
        <translation>Виберіть скаргу та введіть ідентифікатор дзвінка.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../export_dialog.py" line="67" />
        <source>Export recordings</source>
        <translation>Вивантаження записів</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="80" />
        <source>Password-protected ZIP (AES-256)</source>
        <translation>ZIP-архів із паролем (AES-256)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="89" />
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="96" />
        <source>Why (audited), e.g. request no. 12 of 03.03</source>
        <translation>Підстава (записується в аудит), напр. запит № 12 від 03.03</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="105" />
        <source>Export</source>
        <translation>Вивантажити</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="107" />
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="111" />
        <source>Recordings:</source>
        <translation>Записів:</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="112" />
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="114" />
        <source>Destination folder:</source>
        <translation>Тека призначення:</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="115" />
        <source>Reason:</source>
        <translation>Підстава:</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="134" />
        <source>Export to</source>
        <translation>Вивантажити до</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="146" />
        <source>Enter the reason for the export: it is recorded in the audit.</source>
        <translation>Вкажіть підставу вивантаження: вона записується в журнал аудиту.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="152" />
        <source>Enter the ZIP password, or untick the ZIP option.</source>
        <translation>Введіть пароль ZIP-архіву або зніміть позначку ZIP.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="161" />
        <source>Exporting…</source>
        <translation>Вивантаження…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="188" />
        <source>Cancelling…</source>
        <translation>Скасування…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="199" />
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="203" />
        <source>Exported %1 files to:
%2</source>
        <translation>Вивантажено файлів: %1, до:
%2</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="207" />
        <source>NOT exported: %1</source>
        <translation>НЕ вивантажено: %1</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="213" />
        <source>Export cancelled: nothing was exported.</source>
        <translation>Вивантаження скасовано: нічого не вивантажено.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="215" />
        <source>You may not export recordings.</source>
        <translation>Вам не дозволено вивантажувати записи.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="217" />
        <source>Export failed: %1</source>
        <translation>Вивантаження не вдалося: %1</translation>
    </message>
</context>
<context>
    <name>HistoryWidget</name>
    <message>
        <location filename="../history_view.py" line="40" />
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="41" />
        <source>Direction</source>
        <translation>Напрямок</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="42" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="43" />
        <source>Duration</source>
        <translation>Тривалість</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="44" />
        <source>End</source>
        <translation>Завершення</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="45" />
        <source>Recording</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="46" />
        <source>Verification</source>
        <translation>Верифікація</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="93" />
        <source>Verified</source>
        <translation>Верифіковано</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="94" />
        <source>Not verified</source>
        <translation>Не верифіковано</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="95" />
        <source>Locked</source>
        <translation>Заблоковано</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="96" />
        <source>General help only</source>
        <translation>Лише загальна консультація</translation>
    </message>
</context>
<context>
    <name>IncidentBar</name>
    <message>
        <location filename="../incident_bar.py" line="94" />
        <source>Abuse — end call</source>
        <translation>Образа — завершити</translation>
    </message>
    <message>
        <location filename="../incident_bar.py" line="96" />
        <source>Threat — end call + police</source>
        <translation>Погроза — завершити + поліція</translation>
    </message>
    <message>
        <location filename="../incident_bar.py" line="101" />
        <source>Abuse: end the call now and report to management (KUTY-3.1)</source>
        <translation>Образа: негайно завершити дзвінок і повідомити керівництво (KUTY-3.1)</translation>
    </message>
    <message>
        <location filename="../incident_bar.py" line="105" />
        <source>Threat: end the call now, report to management and the police (KUTY-3.2)</source>
        <translation>Погроза: негайно завершити дзвінок, повідомити керівництво й поліцію (KUTY-3.2)</translation>
    </message>
    <message>
        <location filename="../incident_bar.py" line="228" />
        <source>Incident %1 filed; management is notified.</source>
        <translation>Інцидент %1 зареєстровано; керівництво повідомлено.</translation>
    </message>
    <message>
        <location filename="../incident_bar.py" line="264" />
        <source>The incident could not be filed (%1). Tell your supervisor now.</source>
        <translation>Не вдалося зареєструвати інцидент (%1). Негайно повідомте керівника.</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../incident_form.py" line="52" />
        <source>Threat (KUTY-3.2)</source>
        <translation>Погроза (KUTY-3.2)</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="54" />
        <source>Abuse (KUTY-3.1)</source>
        <translation>Образа (KUTY-3.1)</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="56" />
        <source>Incident %1</source>
        <translation>Інцидент %1</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="59" />
        <source>%1: incident %2 is filed and management is notified. Optionally, write down what was said.</source>
        <translation>%1: інцидент %2 зареєстровано, керівництво повідомлено. За бажанням запишіть, що було сказано.</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="69" />
        <source>What the caller said (optional)</source>
        <translation>Що сказав абонент (необов'язково)</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="70" />
        <source>Save note</source>
        <translation>Зберегти примітку</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="72" />
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="113" />
        <source>Not saved; try again.</source>
        <translation>Не збережено; спробуйте ще раз.</translation>
    </message>
</context>
<context>
    <name>IncidentsUi</name>
    <message>
        <location filename="../incident_bar.py" line="307" />
        <source>Written messages</source>
        <translation>Письмові звернення</translation>
    </message>
    <message>
        <location filename="../incident_bar.py" line="311" />
        <source>Supervisor queue</source>
        <translation>Черга керівника</translation>
    </message>
    <message>
        <location filename="../incident_bar.py" line="317" />
        <source>Complaints</source>
        <translation>Скарги</translation>
    </message>
    <message>
        <location filename="../incident_bar.py" line="338" />
        <source>Incident settings are invalid (%1); e-mail reports are off.</source>
        <translation>Налаштування інцидентів помилкові (%1); повідомлення електронною поштою вимкнено.</translation>
    </message>
    <message>
        <location filename="../incident_bar.py" line="360" />
        <source>Supervisor queue (%1)</source>
        <translation>Черга керівника (%1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="48" />
        <source>Kuty help desk — operator console</source>
        <translation>Служба підтримки Кути — консоль оператора</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="61" />
        <source>Today's calls</source>
        <translation>Дзвінки за сьогодні</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="142" />
        <location filename="../main_window.py" line="221" />
        <source>No headset found: you cannot hear callers. Plug in the headset.</source>
        <translation>Гарнітуру не знайдено: ви не почуєте абонентів. Під'єднайте гарнітуру.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="153" />
        <source>The phone engine stopped unexpectedly (%1). It is restarting; a call in progress was cut off and its recording is kept.</source>
        <translation>Телефонний рушій несподівано зупинився (%1). Він перезапускається; поточний дзвінок обірвано, його запис збережено.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="160" />
        <source>The phone engine is running again.</source>
        <translation>Телефонний рушій знову працює.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="201" />
        <source>The call log could not be saved (%1). Tell your supervisor.</source>
        <translation>Не вдалося зберегти журнал дзвінків (%1). Повідомте керівника.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="209" />
        <source>Could not %1: %2</source>
        <translation>Не вдалося виконати «%1»: %2</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="217" />
        <source>RECORDING FAILED: this call is not being recorded (KUTY-1.1). Tell your supervisor now.</source>
        <translation>ЗАПИС НЕ ВДАВСЯ: цей дзвінок не записується (KUTY-1.1). Негайно повідомте керівника.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="224" />
        <source>The database is unreachable: calls are still answered and recorded, their details are kept on this computer and saved when it is back.</source>
        <translation>База даних недоступна: дзвінки й далі приймаються та записуються, їхні дані зберігаються на цьому комп'ютері й будуть записані, щойно база повернеться.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="228" />
        <source>The database is back; the kept call details were saved.</source>
        <translation>База даних знову доступна; збережені дані дзвінків записано.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="231" />
        <source>Recordings interrupted by the engine failure could not be repaired. Tell your supervisor.</source>
        <translation>Записи, перервані збоєм рушія, не вдалося відновити. Повідомте керівника.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="234" />
        <source>Phone alert: %1</source>
        <translation>Попередження телефону: %1</translation>
    </message>
</context>
<context>
    <name>MessagesView</name>
    <message>
        <location filename="../messages_view.py" line="58" />
        <source>E-mail</source>
        <translation>Електронна пошта</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="59" />
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="67" />
        <source>Log message</source>
        <translation>Зареєструвати звернення</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="71" />
        <source>Abuse — stop + report</source>
        <translation>Образа — припинити + повідомити</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="74" />
        <source>Stop the correspondence and report to management (KUTY-3.3)</source>
        <translation>Припинити листування й повідомити керівництво (KUTY-3.3)</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="76" />
        <source>Threat — stop + report + police</source>
        <translation>Погроза — припинити + повідомити + поліція</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="79" />
        <source>Stop the correspondence, report to management and the police (KUTY-3.4)</source>
        <translation>Припинити листування, повідомити керівництво й поліцію (KUTY-3.4)</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="90" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="91" />
        <source>Sender</source>
        <translation>Відправник</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="92" />
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="93" />
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="125" />
        <source>Sender and text are required.</source>
        <translation>Потрібно вказати відправника й текст.</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="146" />
        <source>Message %1 logged (KUTY-1.1).</source>
        <translation>Звернення %1 зареєстровано (KUTY-1.1).</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="166" />
        <source>THREAT</source>
        <translation>ПОГРОЗА</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="166" />
        <source>ABUSE</source>
        <translation>ОБРАЗА</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="169" />
        <source>Correspondence stopped; incident %1 filed.</source>
        <translation>Листування припинено; інцидент %1 зареєстровано.</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <location filename="../requests_view.py" line="47" />
        <source>New request</source>
        <translation>Новий запит</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="55" />
        <source>Comma-separated, empty = all numbers</source>
        <translation>Через кому; порожньо — усі номери</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="61" />
        <source>Recordings</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="62" />
        <source>Correspondence</source>
        <translation>Листування</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="63" />
        <source>Transcripts</source>
        <translation>Розшифровки</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="64" />
        <source>Verification log</source>
        <translation>Журнал верифікації</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="65" />
        <source>Incidents</source>
        <translation>Інциденти</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="66" />
        <source>Complaints</source>
        <translation>Скарги</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="70" />
        <source>Requested by:</source>
        <translation>Хто запитує:</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="71" />
        <source>Office:</source>
        <translation>Установа:</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="72" />
        <source>Reference:</source>
        <translation>Номер документа:</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="73" />
        <source>Period from:</source>
        <translation>Період з:</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="74" />
        <source>Period to:</source>
        <translation>Період по:</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="75" />
        <source>Numbers:</source>
        <translation>Номери:</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="76" />
        <source>Due:</source>
        <translation>Термін:</translation>
    </message>
</context>
<context>
    <name>PlayerWidget</name>
    <message>
        <location filename="../player.py" line="195" />
        <source>Select a call and press Enter to play it.</source>
        <translation>Виберіть дзвінок і натисніть Enter, щоб прослухати.</translation>
    </message>
    <message>
        <location filename="../player.py" line="206" />
        <source>Both (mixed)</source>
        <translation>Обидва (змішано)</translation>
    </message>
    <message>
        <location filename="../player.py" line="207" />
        <source>Caller</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <location filename="../player.py" line="208" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../player.py" line="211" />
        <location filename="../player.py" line="369" />
        <source>Play</source>
        <translation>Відтворити</translation>
    </message>
    <message>
        <location filename="../player.py" line="213" />
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <location filename="../player.py" line="226" />
        <source>Jump to marker</source>
        <translation>Перейти до позначки</translation>
    </message>
    <message>
        <location filename="../player.py" line="237" />
        <source>Markers:</source>
        <translation>Позначки:</translation>
    </message>
    <message>
        <location filename="../player.py" line="296" />
        <source>Checking the recording's integrity…</source>
        <translation>Перевірка цілісності запису…</translation>
    </message>
    <message>
        <location filename="../player.py" line="323" />
        <source>Incident</source>
        <translation>Інцидент</translation>
    </message>
    <message>
        <location filename="../player.py" line="323" />
        <source>Key phrase</source>
        <translation>Ключова фраза</translation>
    </message>
    <message>
        <location filename="../player.py" line="328" />
        <source>The key-phrase segment is masked (silence, red band).</source>
        <translation>Фрагмент із ключовою фразою приховано (тиша, червона смуга).</translation>
    </message>
    <message>
        <location filename="../player.py" line="336" />
        <source>No audio output device: playing without sound.</source>
        <translation>Немає пристрою виведення звуку: відтворення без звуку.</translation>
    </message>
    <message>
        <location filename="../player.py" line="343" />
        <source>INTEGRITY CHECK FAILED: the %1 track of this recording is missing or was changed after the call (SHA-256 differs from the database). It will not be played. Tell the administrator.</source>
        <translation>ПЕРЕВІРКА ЦІЛІСНОСТІ НЕ ПРОЙДЕНА: доріжка «%1» цього запису відсутня або змінена після дзвінка (SHA-256 не збігається з базою даних). Її не буде відтворено. Повідомте адміністратора.</translation>
    </message>
    <message>
        <location filename="../player.py" line="348" />
        <source>You may not play recordings.</source>
        <translation>Вам не дозволено прослуховувати записи.</translation>
    </message>
    <message>
        <location filename="../player.py" line="350" />
        <source>The recording cannot be played: %1</source>
        <translation>Запис не вдається відтворити: %1</translation>
    </message>
    <message>
        <location filename="../player.py" line="369" />
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
</context>
<context>
    <name>RecordingsBrowser</name>
    <message>
        <location filename="../recordings_browser.py" line="77" />
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="79" />
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="86" />
        <source>Any operator</source>
        <translation>Будь-який оператор</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="89" />
        <source>Caller number, e.g. +380671234567</source>
        <translation>Номер абонента, напр. +380671234567</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="90" />
        <source>starts with</source>
        <translation>починається з</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="94" />
        <source>Verified</source>
        <translation>Верифіковано</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="95" />
        <source>Not verified</source>
        <translation>Не верифіковано</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="96" />
        <source>Locked</source>
        <translation>Заблоковано</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="101" />
        <source>Abuse</source>
        <translation>Образа</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="101" />
        <source>Threat</source>
        <translation>Погроза</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="104" />
        <source>On legal hold</source>
        <translation>Під юридичним утриманням</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="104" />
        <source>Not held</source>
        <translation>Без утримання</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="108" />
        <source>With complaint</source>
        <translation>Зі скаргою</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="108" />
        <source>Without complaint</source>
        <translation>Без скарги</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="112" />
        <source>Newest first</source>
        <translation>Спершу нові</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="113" />
        <source>Oldest first</source>
        <translation>Спершу старі</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="114" />
        <source>Search</source>
        <translation>Шукати</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="116" />
        <source>◀ Previous</source>
        <translation>◀ Попередня</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="117" />
        <source>Next ▶</source>
        <translation>Наступна ▶</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="119" />
        <source>Export selected…</source>
        <translation>Вивантажити вибрані…</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="129" />
        <source>Rang at</source>
        <translation>Час дзвінка</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="130" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="131" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="132" />
        <source>Verification</source>
        <translation>Верифікація</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="133" />
        <source>Duration</source>
        <translation>Тривалість</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="134" />
        <source>Incidents</source>
        <translation>Інциденти</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="135" />
        <source>Hold</source>
        <translation>Утримання</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="178" />
        <source>Any</source>
        <translation>Будь-який</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="247" />
        <source>Searching…</source>
        <translation>Пошук…</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="260" />
        <source>Search failed: %1</source>
        <translation>Пошук не вдався: %1</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="268" />
        <source>Withheld</source>
        <translation>Номер приховано</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="273" />
        <source>held</source>
        <translation>утримується</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="279" />
        <source>Page %1: %2 calls</source>
        <translation>Сторінка %1: дзвінків — %2</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="299" />
        <source>This call has no recording.</source>
        <translation>Цей дзвінок не має запису.</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="312" />
        <source>Select the calls to export first.</source>
        <translation>Спершу виберіть дзвінки для вивантаження.</translation>
    </message>
</context>
<context>
    <name>RecordingsScreen</name>
    <message>
        <location filename="../recordings_browser.py" line="379" />
        <source>&amp;Recordings</source>
        <translation>&amp;Записи</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="380" />
        <source>Browse and play recordings…</source>
        <translation>Перегляд і прослуховування записів…</translation>
    </message>
</context>
<context>
    <name>RecordingsWindow</name>
    <message>
        <location filename="../recordings_browser.py" line="325" />
        <source>Recordings</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="332" />
        <source>Calls</source>
        <translation>Дзвінки</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="338" />
        <source>Requests (KUTY-1.3)</source>
        <translation>Запити (KUTY-1.3)</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <location filename="../requests_view.py" line="142" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="143" />
        <source>Requested by</source>
        <translation>Хто запитує</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="144" />
        <source>Received</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="145" />
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="146" />
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="147" />
        <source>Dossier</source>
        <translation>Досьє</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="153" />
        <source>New request…</source>
        <translation>Новий запит…</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="154" />
        <source>Fulfil selected</source>
        <translation>Виконати вибраний</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="155" />
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="157" />
        <source>Refresh</source>
        <translation>Оновити</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="192" />
        <source>Cannot list requests: %1</source>
        <translation>Не вдається показати запити: %1</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="236" />
        <source>Not registered: %1</source>
        <translation>Не зареєстровано: %1</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="238" />
        <source>Request %1 registered.</source>
        <translation>Запит %1 зареєстровано.</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="258" />
        <source>Building the dossier…</source>
        <translation>Формування досьє…</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="278" />
        <source>Not fulfilled: %1</source>
        <translation>Не виконано: %1</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="281" />
        <source>Dossier ready: %1</source>
        <translation>Досьє готове: %1</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../sign_in.py" line="65" />
        <source>Kuty — sign in</source>
        <translation>Кути — вхід</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="80" />
        <source>Username:</source>
        <translation>Ім'я користувача:</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="81" />
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="86" />
        <source>Sign in</source>
        <translation>Увійти</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="92" />
        <source>Sign in with your Kuty account.</source>
        <translation>Увійдіть під своїм обліковим записом Кути.</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="102" />
        <source>Enter your username and password.</source>
        <translation>Введіть ім'я користувача та пароль.</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="126" />
        <source>Too many failed attempts: this account is locked until %1. Try again later or ask an administrator to reset the password.</source>
        <translation>Забагато невдалих спроб: обліковий запис заблоковано до %1. Спробуйте пізніше або попросіть адміністратора скинути пароль.</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="130" />
        <source>Wrong username or password.</source>
        <translation>Неправильне ім'я користувача або пароль.</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="132" />
        <source>Sign-in is not possible: %1</source>
        <translation>Увійти неможливо: %1</translation>
    </message>
</context>
<context>
    <name>StatusWidget</name>
    <message>
        <location filename="../status_widget.py" line="26" />
        <source>● REC</source>
        <translation>● ЗАПИС</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="31" />
        <source>This call is being recorded (KUTY-1.1)</source>
        <translation>Цей дзвінок записується (KUTY-1.1)</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="51" />
        <source>Phone: starting…</source>
        <translation>Телефон: запуск…</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="52" />
        <source>Phone: ready</source>
        <translation>Телефон: готовий</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="53" />
        <source>Phone: stopped unexpectedly</source>
        <translation>Телефон: несподівано зупинився</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="54" />
        <source>Phone: restarting…</source>
        <translation>Телефон: перезапуск…</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="55" />
        <source>Phone: stopped</source>
        <translation>Телефон: зупинено</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="65" />
        <source>Listening on %1</source>
        <translation>Приймає дзвінки на %1</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="67" />
        <source>Headset: %1</source>
        <translation>Гарнітура: %1</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="71" />
        <source>⚠ No headset</source>
        <translation>⚠ Немає гарнітури</translation>
    </message>
</context>
<context>
    <name>SupervisorQueue</name>
    <message>
        <location filename="../supervisor_queue.py" line="53" />
        <source>What management did (required)</source>
        <translation>Що зробило керівництво (обов'язково)</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="54" />
        <source>Acknowledge</source>
        <translation>Підтвердити</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="57" />
        <source>Acknowledge the selected incident report (KUTY-3.1..3.4)</source>
        <translation>Підтвердити вибране повідомлення про інцидент (KUTY-3.1..3.4)</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="61" />
        <source>Incident reports awaiting acknowledgement</source>
        <translation>Повідомлення про інциденти, що чекають підтвердження</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="95" />
        <source>Abuse</source>
        <translation>Образа</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="95" />
        <source>Threat</source>
        <translation>Погроза</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="98" />
        <source>Incident %1 — %2 — %3</source>
        <translation>Інцидент %1 — %2 — %3</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="142" />
        <source>Notification %1 acknowledged.</source>
        <translation>Повідомлення %1 підтверджено.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../unlock_dialog.py" line="49" />
        <source>Unlock caller profile</source>
        <translation>Розблокувати профіль абонента</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="56" />
        <source>Required: why the lock is lifted early</source>
        <translation>Обов'язково: чому блокування знімається достроково</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="65" />
        <source>Unlock</source>
        <translation>Розблокувати</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="73" />
        <source>The profile was locked after too many failed verifications (KUTY-2.2). Unlock only after confirming the caller's identity another way; the unlock and its reason are audited.</source>
        <translation>Профіль заблоковано після забагатьох невдалих перевірок (KUTY-2.2). Розблоковуйте лише після того, як підтвердили особу абонента іншим способом; розблокування та його причина фіксуються в журналі аудиту.</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="81" />
        <source>Profile id</source>
        <translation>Ідентифікатор профілю</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="82" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="99" />
        <source>Give a reason: every unlock is audited.</source>
        <translation>Вкажіть причину: кожне розблокування фіксується в журналі аудиту.</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="118" />
        <source>There is no profile %1.</source>
        <translation>Профілю %1 не існує.</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="120" />
        <source>You may not unlock profiles (supervisors only).</source>
        <translation>Ви не маєте права розблоковувати профілі (лише керівники).</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="123" />
        <source>The profile could not be unlocked: %1</source>
        <translation>Не вдалося розблокувати профіль: %1</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="134" />
        <source>&amp;Supervisor</source>
        <translation>&amp;Керівник</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="137" />
        <source>Unlock profile…</source>
        <translation>Розблокувати профіль…</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="147" />
        <source>Profile %1 unlocked (%2 active lock(s) lifted).</source>
        <translation>Профіль %1 розблоковано (знято активних блокувань: %2).</translation>
    </message>
</context>
<context>
    <name>VerificationPanel</name>
    <message>
        <location filename="../verification_panel.py" line="115" />
        <source>Detailed help only for a verified caller (KUTY-2.2)</source>
        <translation>Детальна консультація — лише верифікованому абонентові (KUTY-2.2)</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="116" />
        <source>Caller verification</source>
        <translation>Верифікація абонента</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="138" />
        <source>Type the surname the caller says (KUTY-2.2)</source>
        <translation>Введіть прізвище, яке називає абонент (KUTY-2.2)</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="140" />
        <source>Type the first name the caller says (KUTY-2.2)</source>
        <translation>Введіть ім'я, яке називає абонент (KUTY-2.2)</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="147" />
        <source>Type the key phrase the caller says; it is never shown or stored (KUTY-2.2)</source>
        <translation>Введіть ключову фразу, яку називає абонент; вона ніде не показується й не зберігається (KUTY-2.2)</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="158" />
        <source>Start verification</source>
        <translation>Почати перевірку</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="163" />
        <source>Check the caller's number, then ask surname, first name, key phrase</source>
        <translation>Перевірити номер абонента, потім запитати прізвище, ім'я, ключову фразу</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="172" />
        <source>Surname</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="173" />
        <source>First name</source>
        <translation>Ім'я</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="174" />
        <source>Key phrase</source>
        <translation>Ключова фраза</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="291" />
        <location filename="../verification_panel.py" line="323" />
        <source>Type what the caller says, then press Enter.</source>
        <translation>Введіть те, що каже абонент, і натисніть Enter.</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="326" />
        <source>You may not verify callers: %1</source>
        <translation>Ви не маєте права верифікувати абонентів: %1</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="328" />
        <source>Verification failed: %1</source>
        <translation>Не вдалося виконати перевірку: %1</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="342" />
        <source>Attempts left: %1</source>
        <translation>Залишилось спроб: %1</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="359" />
        <source>You may help with general technical questions only (KUTY-2.1).</source>
        <translation>Можна допомагати лише із загальними технічними питаннями (KUTY-2.1).</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="364" />
        <source>%1 hours from the last failed attempt</source>
        <translation>%1 год від останньої невдалої спроби</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="367" />
        <source>Ask the caller's surname.</source>
        <translation>Запитайте прізвище абонента.</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="369" />
        <source>Not verified: the answers do not match. Ask all three again, from the surname.</source>
        <translation>Не верифіковано: відповіді не збігаються. Запитайте всі три ще раз, починаючи з прізвища.</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="372" />
        <source>The caller is verified: detailed consultation is allowed (KUTY-2.2).</source>
        <translation>Абонента верифіковано: детальна консультація дозволена (KUTY-2.2).</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="375" />
        <source>The answers do not match and this call has no attempts left. Tell the caller: “We could not confirm your identity, so I can only give general help.”</source>
        <translation>Відповіді не збігаються, і спроб у цьому дзвінку більше немає. Скажіть абонентові: «Ми не змогли підтвердити вашу особу, тому я можу надати лише загальну консультацію.»</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="378" />
        <source>Verification was not finished.</source>
        <translation>Перевірку не завершено.</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="380" />
        <source>Too many failed verifications: the profile is locked until %1. Tell the caller: “For your security, checks by phone are paused until %1; please call again then.”</source>
        <translation>Забагато невдалих перевірок: профіль заблоковано до %1. Скажіть абонентові: «З міркувань безпеки перевірку телефоном призупинено до %1; будь ласка, зателефонуйте після цього.»</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="385" />
        <source>The number is withheld, so the caller cannot be verified. Tell the caller: “Please call again from the number in your profile without hiding it.”</source>
        <translation>Номер приховано, тому абонента не можна верифікувати. Скажіть абонентові: «Будь ласка, зателефонуйте з номера, вказаного у вашому профілі, не приховуючи його.»</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="389" />
        <source>The caller's number is unknown, so the caller cannot be verified. Tell the caller: “Please call again from the number in your profile.”</source>
        <translation>Номер абонента невідомий, тому його не можна верифікувати. Скажіть абонентові: «Будь ласка, зателефонуйте з номера, вказаного у вашому профілі.»</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="393" />
        <source>No profile in the Service has this number. Tell the caller: “Detailed help is given only when you call from the number in your profile.”</source>
        <translation>Жоден профіль у Сервісі не має цього номера. Скажіть абонентові: «Детальна консультація надається, лише коли ви телефонуєте з номера, вказаного у вашому профілі.»</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="406" />
        <source>Checking the number…</source>
        <translation>Перевірка номера…</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="407" />
        <source>Verification: surname</source>
        <translation>Перевірка: прізвище</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="408" />
        <source>Verification: first name</source>
        <translation>Перевірка: ім'я</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="409" />
        <source>Verification: key phrase</source>
        <translation>Перевірка: ключова фраза</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="410" />
        <source>VERIFIED</source>
        <translation>ВЕРИФІКОВАНО</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="411" />
        <source>NOT VERIFIED</source>
        <translation>НЕ ВЕРИФІКОВАНО</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="412" />
        <source>LOCKED</source>
        <translation>ЗАБЛОКОВАНО</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="413" />
        <source>General consultation only</source>
        <translation>Лише загальна консультація</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="435" />
        <source>Checking…</source>
        <translation>Перевірка…</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="455" />
        <source>No answered call</source>
        <translation>Немає розмови</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="457" />
        <source>Not verified yet</source>
        <translation>Ще не верифіковано</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="459" />
        <source>Press “Start verification” (%1) before giving detailed help.</source>
        <translation>Натисніть «Почати перевірку» (%1), перш ніж надавати детальну консультацію.</translation>
    </message>
</context>
</TS>
<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../accounts_page.py" line="45" />
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="46" />
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="47" />
        <source>TLS (encrypted)</source>
        <translation>TLS (зашифрованный)</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="54" />
        <source>Off</source>
        <translation>Выключено</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="55" />
        <source>When the other side offers it</source>
        <translation>Если другая сторона предлагает</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="58" />
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="67" />
        <source>the account name must be 1 to 32 Latin letters, digits, - or _</source>
        <translation>название учётной записи — от 1 до 32 латинских букв, цифр, - или _</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="69" />
        <source>the registrar must be a host or host:port, not %1</source>
        <translation>регистратор должен быть узлом или узел:порт, а не %1</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="71" />
        <source>the outbound proxy must be a host or host:port, not %1</source>
        <translation>исходящий прокси должен быть узлом или узел:порт, а не %1</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="73" />
        <source>the SIP domain must be a host or host:port, not %1</source>
        <translation>домен SIP должен быть узлом или узел:порт, а не %1</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="75" />
        <source>the registrar is required</source>
        <translation>нужно указать регистратор</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="77" />
        <source>the user (extension) may hold only Latin letters, digits and SIP signs, not %1</source>
        <translation>пользователь (внутренний номер) может содержать только латинские буквы, цифры и знаки SIP, а не %1</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="80" />
        <source>the registration timeout must be 20 to 86400 s</source>
        <translation>длительность регистрации — от 20 до 86400 с</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="82" />
        <source>the retry interval must be 5 to 3600 s</source>
        <translation>интервал повтора — от 5 до 3600 с</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="84" />
        <source>at most %1 STUN servers</source>
        <translation>не более %1 серверов STUN</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="86" />
        <source>each STUN server must be a host or host:port, not %1</source>
        <translation>каждый сервер STUN должен быть узлом или узел:порт, а не %1</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="88" />
        <source>a STUN server is listed twice</source>
        <translation>сервер STUN указан дважды</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="97" />
        <source>check the account's fields</source>
        <translation>проверьте поля учётной записи</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="117" />
        <source>Add account</source>
        <translation>Добавить учётную запись</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="119" />
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="135" />
        <source>Verify the server certificate (TLS)</source>
        <translation>Проверять сертификат сервера (TLS)</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="138" />
        <source>Default account</source>
        <translation>Учётная запись по умолчанию</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="143" />
        <source>STUN servers (host:port, separated by commas or spaces) that tell the phone its public address behind NAT. Leave empty when the PBX is on the same network or fixes addresses itself.</source>
        <translation>Серверы STUN (узел:порт, через запятую или пробел), которые сообщают телефону его публичный адрес за NAT. Оставьте пустым, если АТС в той же сети или сама исправляет адреса.</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="148" />
        <source>ICE (for media through NAT)</source>
        <translation>ICE (для звука через NAT)</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="151" />
        <source>Offer ICE candidates in calls. Needs a network address (not 127.0.0.1) and a provider that supports ICE.</source>
        <translation>Предлагать кандидатов ICE в звонках. Нужен сетевой адрес (не 127.0.0.1) и провайдер с поддержкой ICE.</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="161" />
        <source>Account name</source>
        <translation>Название учётной записи</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="162" />
        <source>Registrar (host:port)</source>
        <translation>Регистратор (узел:порт)</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="163" />
        <source>User (extension)</source>
        <translation>Пользователь (внутренний номер)</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="164" />
        <source>Authentication user</source>
        <translation>Пользователь для аутентификации</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="165" />
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="166" />
        <source>Transport</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="167" />
        <source>Outbound proxy</source>
        <translation>Исходящий прокси</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="168" />
        <source>SRTP</source>
        <translation>SRTP</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="169" />
        <source>TLS CA file</source>
        <translation>Файл CA для TLS</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="170" />
        <source>Registration timeout, s</source>
        <translation>Длительность регистрации, с</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="171" />
        <source>STUN servers</source>
        <translation>Серверы STUN</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="241" />
        <source>stored in the keyring; type to replace</source>
        <translation>сохранено в хранилище ключей; введите, чтобы заменить</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="281" />
        <source>the account name %1 is already taken</source>
        <translation>название учётной записи %1 уже занято</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="283" />
        <location filename="../accounts_page.py" line="292" />
        <source>Account not valid: %1</source>
        <translation>Учётная запись некорректна: %1</translation>
    </message>
</context>
<context>
    <name>AdminAlerts</name>
    <message>
        <location filename="../admin_alerts.py" line="31" />
        <source>AUDIT LOG CHECK FAILED: the audit chain could not be read (%1).</source>
        <translation>ПРОВЕРКА ЖУРНАЛА АУДИТА НЕ УДАЛАСЬ: не удалось прочитать цепочку аудита (%1).</translation>
    </message>
    <message>
        <location filename="../admin_alerts.py" line="35" />
        <source>AUDIT LOG TAMPERED: event %1 does not fit the hash chain (%2). Records of who played or exported recordings cannot be trusted from there on. Run `kuty audit verify` and investigate.</source>
        <translation>ЖУРНАЛ АУДИТА ИЗМЕНЁН: событие %1 не соответствует цепочке хешей (%2). Записям о том, кто прослушивал или выгружал записи, начиная с него, доверять нельзя. Выполните `kuty audit verify` и разберитесь.</translation>
    </message>
    <message>
        <location filename="../admin_alerts.py" line="66" />
        <source>Audit log alert</source>
        <translation>Тревога журнала аудита</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../admin_users.py" line="46" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="47" />
        <source>Supervisor</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="48" />
        <source>Head administrator</source>
        <translation>Главный администратор</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="49" />
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="58" />
        <location filename="../admin_users.py" line="89" />
        <source>The password must have at least %1 characters.</source>
        <translation>Пароль должен содержать не менее %1 символов.</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="61" />
        <location filename="../admin_users.py" line="207" />
        <source>A user name is 1 to 64 characters without spaces.</source>
        <translation>Имя пользователя — от 1 до 64 символов без пробелов.</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="64" />
        <source>The user name “system” is reserved for the console.</source>
        <translation>Имя «system» зарезервировано для самой консоли.</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="67" />
        <source>There is no user “%1”.</source>
        <translation>Пользователя «%1» нет.</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="68" />
        <source>The user name “%1” is taken.</source>
        <translation>Имя пользователя «%1» уже занято.</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="69" />
        <source>This is the last active administrator: nobody could manage the desk afterwards.</source>
        <translation>Это последний активный администратор: после этого никто не смог бы управлять службой.</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="73" />
        <source>Sign in as an administrator to add users.</source>
        <translation>Чтобы добавлять пользователей, войдите как администратор.</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="93" />
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="178" />
        <source>Add a user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="192" />
        <source>at least %1 characters</source>
        <translation>не менее %1 символов</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="197" />
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="199" />
        <source>Initial password</source>
        <translation>Начальный пароль</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="201" />
        <location filename="../admin_users.py" line="238" />
        <source>Repeat the password</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="226" />
        <source>Reset the password of %1</source>
        <translation>Новый пароль для %1</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="236" />
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="256" />
        <source>Change the role of %1</source>
        <translation>Изменить роль: %1</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="41" />
        <source>Administration</source>
        <translation>Администрирование</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="43" />
        <source>Seat settings…</source>
        <translation>Настройки рабочего места…</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="47" />
        <source>SIP accounts, headset, calls, recordings, database, language, e-mail, retention and transcription, the seat's policy</source>
        <translation>Учётные записи SIP, гарнитура, звонки, записи, база данных, язык, почта, хранение и расшифровка, регламент места</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="58" />
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="59" />
        <source>Caller profiles</source>
        <translation>Профили абонентов</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="60" />
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="70" />
        <source>Open the settings at</source>
        <translation>Открыть настройки</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="73" />
        <source>SIP accounts</source>
        <translation>Учётные записи SIP</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="73" />
        <source>Registrars, users and transports</source>
        <translation>Регистраторы, пользователи и транспорт</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="76" />
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="77" />
        <source>The desk mailbox (IMAP) and outgoing mail (SMTP)</source>
        <translation>Почтовый ящик службы (IMAP) и исходящая почта (SMTP)</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="81" />
        <source>Retention and transcription</source>
        <translation>Хранение и расшифровка</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="82" />
        <source>How long recordings are kept; the speech-recognition engine</source>
        <translation>Сколько хранятся записи; система распознавания речи</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="84" />
        <source>Policy</source>
        <translation>Регламент</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="84" />
        <source>The regulation this seat works under</source>
        <translation>Регламент, по которому работает это место</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="97" />
        <source>Password storage…</source>
        <translation>Хранилище паролей…</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="100" />
        <source>Where this seat keeps SIP, e-mail and database passwords</source>
        <translation>Где это рабочее место хранит пароли SIP, почты и базы данных</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="196" />
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="110" />
        <location filename="../admin_users.py" line="198" />
        <location filename="../admin_users.py" line="265" />
        <source>Role</source>
        <translation>Роль</translation>
    </message>
</context>
<context>
    <name>AgentStateBar</name>
    <message>
        <location filename="../agent_state_bar.py" line="46" />
        <source>Break</source>
        <translation>Перерыв</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="47" />
        <source>Lunch</source>
        <translation>Обед</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="48" />
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="49" />
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="50" />
        <source>Takes no calls</source>
        <translation>Не принимает звонки</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="51" />
        <source>After-call work</source>
        <translation>Постобработка</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="102" />
        <source>Your state as the phone engine reports it; callers get busy when not ready</source>
        <translation>Ваше состояние, как его видит телефонный модуль; когда вы не готовы, абоненты слышат «занято»</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="105" />
        <source>Ready</source>
        <translation>Готов</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="107" />
        <source>Take calls (%1)</source>
        <translation>Принимать звонки (%1)</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="111" />
        <source>Not ready</source>
        <translation>Не готов</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="113" />
        <source>Stop taking calls, with a reason (%1); callers get busy</source>
        <translation>Не принимать звонки, с указанием причины (%1); абоненты слышат «занято»</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="206" />
        <source>You become Ready when the wrap-up is saved or the after-call time ends</source>
        <translation>Вы станете готовы, когда сохраните итог звонка или закончится время постобработки</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="217" />
        <source>State: not reported by the phone yet</source>
        <translation>Состояние: телефон ещё не сообщил</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="221" />
        <source>Ready %1</source>
        <translation>Готов %1</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="225" />
        <source>Not ready: %1 %2</source>
        <translation>Не готов: %1 %2</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="227" />
        <source>Not ready %2</source>
        <translation>Не готов %2</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="234" />
        <source>After-call work: %1 left</source>
        <translation>Постобработка: осталось %1</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="236" />
        <source>After-call work %1</source>
        <translation>Постобработка %1</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <location filename="../alert_banner.py" line="33" />
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="256" />
        <source>No user accounts exist yet. An administrator must create the first one on this computer:

    %1

then start the console again.</source>
        <translation>Учётных записей ещё нет. Администратор должен создать первую на этом компьютере:

    %1

после чего запустите консоль снова.</translation>
    </message>
    <message>
        <location filename="../app.py" line="299" />
        <source>Kuty console</source>
        <translation>Консоль Куты</translation>
    </message>
    <message>
        <location filename="../app.py" line="307" />
        <source>Kuty console cannot start</source>
        <translation>Консоль Куты не может запуститься</translation>
    </message>
    <message>
        <location filename="../app.py" line="316" />
        <source>The call database cannot be opened, so calls cannot be logged:
%1</source>
        <translation>Не удаётся открыть базу данных звонков, поэтому звонки нельзя учитывать:
%1</translation>
    </message>
</context>
<context>
    <name>AudioCheck</name>
    <message>
        <location filename="../audio_check.py" line="57" />
        <source>System default</source>
        <translation>Системное по умолчанию</translation>
    </message>
    <message>
        <location filename="../audio_check.py" line="58" />
        <source>No headset (none)</source>
        <translation>Без гарнитуры (none)</translation>
    </message>
    <message>
        <location filename="../audio_check.py" line="65" />
        <source>%1 (not connected)</source>
        <translation>%1 (не подключено)</translation>
    </message>
    <message>
        <location filename="../audio_check.py" line="68" />
        <source>Test</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../audio_check.py" line="70" />
        <source>Play a short tone in the headset</source>
        <translation>Воспроизвести короткий сигнал в гарнитуре</translation>
    </message>
    <message>
        <location filename="../audio_check.py" line="82" />
        <source>Headset</source>
        <translation>Гарнитура</translation>
    </message>
    <message>
        <location filename="../audio_check.py" line="83" />
        <source>Microphone level</source>
        <translation>Уровень микрофона</translation>
    </message>
    <message>
        <location filename="../audio_check.py" line="85" />
        <source>The phone engine uses the new device after it restarts.</source>
        <translation>Телефонный модуль начнёт использовать новое устройство после перезапуска.</translation>
    </message>
    <message>
        <location filename="../audio_check.py" line="97" />
        <source>No audio devices found. Plug in a headset and reopen this page; until then you can save 'No headset' and calls are still recorded.</source>
        <translation>Аудиоустройства не найдены. Подключите гарнитуру и откройте эту страницу снова; до тех пор можно сохранить «Без гарнитуры», звонки всё равно записываются.</translation>
    </message>
    <message>
        <location filename="../audio_check.py" line="123" />
        <source>Cannot play the test tone: %1</source>
        <translation>Не удаётся воспроизвести тестовый сигнал: %1</translation>
    </message>
    <message>
        <location filename="../audio_check.py" line="125" />
        <source>You should hear a short beep in the headset.</source>
        <translation>В гарнитуре должен прозвучать короткий сигнал.</translation>
    </message>
    <message>
        <location filename="../audio_check.py" line="146" />
        <source>Cannot open the microphone: %1</source>
        <translation>Не удаётся открыть микрофон: %1</translation>
    </message>
</context>
<context>
    <name>CallCard</name>
    <message>
        <location filename="../call_card.py" line="93" />
        <source>Only how many profiles have this number: names are shown after verification, and only the verified caller's (KUTY-2.6)</source>
        <translation>Только количество профилей с этим номером: имена видны лишь после верификации и только верифицированного абонента (KUTY-2.6)</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="99" />
        <source>Number blocked</source>
        <translation>Номер заблокирован</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="109" />
        <location filename="../call_card.py" line="420" />
        <source>● REC</source>
        <translation>● ЗАПИСЬ</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="112" />
        <source>This call is being recorded (KUTY-1.1)</source>
        <translation>Этот звонок записывается (KUTY-1.1)</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="123" />
        <source>Keys the other side pressed on their phone</source>
        <translation>Клавиши, которые нажал собеседник</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="137" />
        <source>Answer, hold current</source>
        <translation>Ответить, текущий — на удержание</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="140" />
        <location filename="../call_card.py" line="167" />
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="155" />
        <source>Switch to it</source>
        <translation>Перейти к нему</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="158" />
        <source>Hold the current call and talk to the held one (Ctrl+Tab)</source>
        <translation>Поставить текущий звонок на удержание и говорить с удерживаемым (Ctrl+Tab)</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="166" />
        <source>Answer</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="168" />
        <source>Hang up</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="169" />
        <location filename="../call_card.py" line="593" />
        <source>Hold</source>
        <translation>Удержать</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="170" />
        <location filename="../call_card.py" line="595" />
        <source>Mute</source>
        <translation>Выключить микрофон</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="171" />
        <source>Keypad</source>
        <translation>Клавиатура</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="172" />
        <source>Transfer</source>
        <translation>Перевести</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="185" />
        <source>Answer the ringing call</source>
        <translation>Ответить на входящий звонок</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="186" />
        <source>Reject the ringing call</source>
        <translation>Отклонить входящий звонок</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="187" />
        <source>End the call</source>
        <translation>Завершить звонок</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="188" />
        <source>Put the caller on hold / resume</source>
        <translation>Поставить на удержание / продолжить разговор</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="189" />
        <source>Mute / unmute your microphone</source>
        <translation>Выключить / включить ваш микрофон</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="190" />
        <source>Show the keypad to send tones</source>
        <translation>Показать клавиатуру для тоновых сигналов</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="191" />
        <source>Transfer the call to a seat or number</source>
        <translation>Перевести звонок на другое рабочее место или номер</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="205" />
        <source>Answer the waiting call; the current one goes on hold (%1)</source>
        <translation>Ответить на ожидающий звонок; текущий встанет на удержание (%1)</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="210" />
        <source>Reject the waiting call (%1)</source>
        <translation>Отклонить ожидающий звонок (%1)</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="339" />
        <source>Withheld: cannot be verified</source>
        <translation>Номер скрыт: верификация невозможна</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="341" />
        <source>No caller ID: cannot be verified</source>
        <translation>Номер неизвестен: верификация невозможна</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="417" />
        <source>⚠ REC STOPPED</source>
        <translation>⚠ ЗАПИСЬ ОСТАНОВЛЕНА</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="440" />
        <source>No profile: general help only</source>
        <translation>Нет профиля: только общая помощь</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="442" />
        <source>1 profile for this number</source>
        <translation>1 профиль с этим номером</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="444" />
        <source>%1 profiles for this number</source>
        <translation>Профилей с этим номером: %1</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="446" />
        <source>locked after failed verifications</source>
        <translation>заблокирован после неудачных проверок</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="549" />
        <source>On hold</source>
        <translation>На удержании</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="552" />
        <source>Ringing %1</source>
        <translation>Звонит %1</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="556" />
        <source>Calling</source>
        <translation>Вызов</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="557" />
        <source>Ringing</source>
        <translation>Звонит</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="558" />
        <source>Connecting</source>
        <translation>Соединение</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="559" />
        <source>Talking</source>
        <translation>Разговор</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="560" />
        <source>Ended</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="567" />
        <source>No call</source>
        <translation>Нет звонка</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="593" />
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="595" />
        <source>Unmute</source>
        <translation>Включить микрофон</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="612" />
        <source>Consultation call — the caller %1 is on hold</source>
        <translation>Консультация — абонент %1 на удержании</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="617" />
        <source>Caller pressed: %1</source>
        <translation>Абонент нажал: %1</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="624" />
        <source>Also on the line: %1</source>
        <translation>Также на линии: %1</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="630" />
        <source>(consultation)</source>
        <translation>(консультация)</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="632" />
        <source>(caller being transferred)</source>
        <translation>(абонент, которого переводим)</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="633" />
        <source>on hold</source>
        <translation>на удержании</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="633" />
        <source>talking</source>
        <translation>разговор</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="642" />
        <source>Second call: %1 — ringing %2</source>
        <translation>Второй звонок: %1 — звонит %2</translation>
    </message>
</context>
<context>
    <name>CallControls</name>
    <message>
        <location filename="../call_controls.py" line="41" />
        <source>Missed call from %1: you were not ready</source>
        <translation>Пропущенный звонок от %1: вы не были готовы</translation>
    </message>
    <message>
        <location filename="../call_controls.py" line="44" />
        <source>Missed call from %1: busy on another call</source>
        <translation>Пропущенный звонок от %1: вы разговаривали с другим абонентом</translation>
    </message>
    <message>
        <location filename="../call_controls.py" line="47" />
        <source>Missed call from %1: it could not be recorded (KUTY-1.1)</source>
        <translation>Пропущенный звонок от %1: его не удалось бы записать (KUTY-1.1)</translation>
    </message>
    <message>
        <location filename="../call_controls.py" line="50" />
        <source>Missed call from %1: all lines of this seat were busy</source>
        <translation>Пропущенный звонок от %1: все линии этого рабочего места были заняты</translation>
    </message>
    <message>
        <location filename="../call_controls.py" line="53" />
        <source>Refused a malformed call request from %1</source>
        <translation>Отклонён некорректный запрос звонка от %1</translation>
    </message>
    <message>
        <location filename="../call_controls.py" line="56" />
        <source>Refused a call from %1: this desk takes no voice calls (KZP-30-8)</source>
        <translation>Отклонён звонок от %1: служба не принимает голосовые звонки (KZP-30-8)</translation>
    </message>
    <message>
        <location filename="../call_controls.py" line="59" />
        <source>Refused a call from %1: it did not come through the PBX</source>
        <translation>Отклонён звонок от %1: он поступил не через АТС</translation>
    </message>
    <message>
        <location filename="../call_controls.py" line="64" />
        <source>Missed call from %1</source>
        <translation>Пропущенный звонок от %1</translation>
    </message>
    <message>
        <location filename="../call_controls.py" line="99" />
        <source>Agent state and dialling</source>
        <translation>Состояние оператора и набор номера</translation>
    </message>
</context>
<context>
    <name>CallPickerDialog</name>
    <message>
        <location filename="../call_picker.py" line="69" />
        <source>no operator</source>
        <translation>без оператора</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="101" />
        <source>Choose the call the complaint is about</source>
        <translation>Выберите звонок, на который жалуются</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="108" />
        <source>The call the complaint is about (KUTY-1.2): find it by number, dates or operator</source>
        <translation>Звонок, на который жалуются (KUTY-1.2): найдите его по номеру, датам или оператору</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="114" />
        <source>Caller number</source>
        <translation>Номер абонента</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="115" />
        <source>Number or its start, e.g. 067 123</source>
        <translation>Номер или его начало, напр. 067 123</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="119" />
        <source>Calls from this date</source>
        <translation>Звонки с этой даты</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="122" />
        <source>Calls up to this date</source>
        <translation>Звонки до этой даты</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="129" />
        <location filename="../call_picker.py" line="142" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="131" />
        <source>Any operator</source>
        <translation>Любой оператор</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="132" />
        <source>Search</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="134" />
        <source>Search calls</source>
        <translation>Искать звонки</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="135" />
        <source>Find the calls (Enter in the number field)</source>
        <translation>Найти звонки (Enter в поле номера)</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="139" />
        <source>Calls found, newest first</source>
        <translation>Найденные звонки, сначала новые</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="140" />
        <source>Enter or double click picks the call; Esc cancels</source>
        <translation>Enter или двойной щелчок выбирает звонок; Esc отменяет</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="142" />
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="142" />
        <location filename="../call_picker.py" line="180" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="143" />
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="143" />
        <source>How it ended</source>
        <translation>Как завершился</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="156" />
        <source>Search result</source>
        <translation>Результат поиска</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="158" />
        <source>Newer</source>
        <translation>Новее</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="160" />
        <source>Newer calls</source>
        <translation>Более новые звонки</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="161" />
        <source>Older</source>
        <translation>Старше</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="163" />
        <source>Older calls</source>
        <translation>Более старые звонки</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="164" />
        <source>Choose</source>
        <translation>Выбрать</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="166" />
        <source>Choose the selected call</source>
        <translation>Выбрать отмеченный звонок</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="168" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="170" />
        <source>Cancel choosing a call</source>
        <translation>Отменить выбор звонка</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="181" />
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="182" />
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="250" />
        <source>The range ends before it starts: choose the dates again.</source>
        <translation>Конец периода раньше начала: выберите даты ещё раз.</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="270" />
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="279" />
        <source>Search failed: %1</source>
        <translation>Поиск не удался: %1</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="300" />
        <source>Page %1: %2 calls, newest first</source>
        <translation>Страница %1: звонков — %2, сначала новые</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="307" />
        <source>No calls match: change the number or the dates.</source>
        <translation>Звонков не найдено: измените номер или даты.</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="320" />
        <source>Select a call in the list first.</source>
        <translation>Сначала выберите звонок в списке.</translation>
    </message>
</context>
<context>
    <name>CallerCard</name>
    <message>
        <location filename="../caller_card.py" line="59" />
        <source>Application</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="60" />
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="61" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="62" />
        <source>Created / updated</source>
        <translation>Создано / обновлено</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="63" />
        <source>Kindergartens</source>
        <translation>Дошкольные учреждения</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="67" />
        <source>Only the verified caller's own applications (KUTY-2.6)</source>
        <translation>Только собственные заявления верифицированного абонента (KUTY-2.6)</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="88" />
        <source>✓ Technical help with the Service: registering, submitting an application, changing data the user created (KUTY-2.1)</source>
        <translation>✓ Техническая помощь с Сервисом: регистрация, подача заявления, изменение данных, созданных пользователем (KUTY-2.1)</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="91" />
        <source>✗ Detailed consultation: only after verification (KUTY-2.2)</source>
        <translation>✗ Подробная консультация — только после верификации (KUTY-2.2)</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="92" />
        <source>✗ No legal advice (KUTY-2.3)</source>
        <translation>✗ Никаких юридических консультаций (KUTY-2.3)</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="94" />
        <source>✗ No explanations of queue order or of whether applications exist, beyond technical aspects (KUTY-2.4)</source>
        <translation>✗ Никаких пояснений о порядке очереди или наличии заявлений, кроме технических аспектов (KUTY-2.4)</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="97" />
        <source>✗ Never enter applications on an applicant's behalf (KUTY-2.5)</source>
        <translation>✗ Не вносить заявления в систему вместо заявителя (KUTY-2.5)</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="98" />
        <source>✗ Never give personal data of third persons (KUTY-2.6)</source>
        <translation>✗ Не сообщать персональные данные третьих лиц (KUTY-2.6)</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="99" />
        <source>✗ No advice on other electronic products (KUTY-2.7)</source>
        <translation>✗ Никаких консультаций по другим электронным продуктам (KUTY-2.7)</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="107" />
        <source>No caller</source>
        <translation>Нет абонента</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="114" />
        <source>General consultation mode</source>
        <translation>Режим общей консультации</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="121" />
        <source>Verified caller: detailed consultation (KUTY-2.2)</source>
        <translation>Верифицированный абонент: подробная консультация (KUTY-2.2)</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="136" />
        <source>No applications</source>
        <translation>Заявлений нет</translation>
    </message>
</context>
<context>
    <name>CallerDisplay</name>
    <message>
        <location filename="../caller_display.py" line="20" />
        <source>Withheld</source>
        <translation>Номер скрыт</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="22" />
        <source>Unknown number</source>
        <translation>Неизвестный номер</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="33" />
        <source>Incoming</source>
        <translation>Входящий</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="35" />
        <source>Outgoing</source>
        <translation>Исходящий</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="42" />
        <source>Operator hung up</source>
        <translation>Завершил оператор</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="45" />
        <source>Caller hung up</source>
        <translation>Завершил абонент</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="48" />
        <source>Rejected</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="49" />
        <source>Missed</source>
        <translation>Пропущен</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="50" />
        <source>Answered elsewhere</source>
        <translation>Ответил другой оператор</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="53" />
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="54" />
        <source>Interrupted</source>
        <translation>Прерван</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="55" />
        <source>Console closed</source>
        <translation>Консоль закрыта</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="57" />
        <source>Refused: all lines busy</source>
        <translation>Отклонён: все линии заняты</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="60" />
        <source>Refused: malformed call request</source>
        <translation>Отклонён: некорректный запрос звонка</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="63" />
        <source>Refused: this desk takes no voice calls</source>
        <translation>Отклонён: служба не принимает голосовые звонки</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="66" />
        <source>Refused: not from the PBX</source>
        <translation>Отклонён: не через АТС</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="69" />
        <source>In progress</source>
        <translation>Идёт</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="77" />
        <source>Recording</source>
        <translation>Записывается</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="78" />
        <source>Recorded</source>
        <translation>Записан</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="79" />
        <source>Repaired</source>
        <translation>Восстановлен</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="80" />
        <source>Recording failed</source>
        <translation>Запись не удалась</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="83" />
        <source>No recording</source>
        <translation>Нет записи</translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <location filename="../settings_dialog.py" line="211" />
        <source>None (the headset only)</source>
        <translation>Нет (только гарнитура)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="214" />
        <source>A second sound device that also rings (desk speakers), by name or number; empty: only the headset rings</source>
        <translation>Второе звуковое устройство, которое тоже звонит (колонки), по названию или номеру; пусто: звонит только гарнитура</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="218" />
        <source>Ringtone in the headset</source>
        <translation>Мелодия звонка в гарнитуре</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="221" />
        <source>Answer calls automatically (a short tone)</source>
        <translation>Отвечать автоматически (короткий сигнал)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="225" />
        <source>For headset work: a call is answered at once after a short zip tone</source>
        <translation>Для работы в гарнитуре: звонок принимается сразу после короткого сигнала</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="229" />
        <source>Show it as call waiting</source>
        <translation>Показывать как ожидающий звонок</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="230" />
        <source>Busy for the caller</source>
        <translation>Абонент слышит «занято»</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="234" />
        <source>Second ringer device</source>
        <translation>Второе устройство для звонка</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="237" />
        <source>A call while you talk</source>
        <translation>Звонок во время разговора</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="245" />
        <source>Needs a newer phone engine</source>
        <translation>Нужен более новый телефонный модуль</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="252" />
        <source>A device name or number, one short line</source>
        <translation>Название или номер устройства, одна короткая строка</translation>
    </message>
</context>
<context>
    <name>CaseControls</name>
    <message>
        <location filename="../case_controls.py" line="44" />
        <source>Basic</source>
        <translation>Базовый</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="45" />
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="53" />
        <source>Writer identified themselves (EEP-11)</source>
        <translation>Автор представился (EEP-11)</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="56" />
        <source>Writer refused to identify: service may be refused (EEP-11)</source>
        <translation>Автор отказался представиться: в консультации можно отказать (EEP-11)</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="59" />
        <source>Writer not identified yet (EEP-11)</source>
        <translation>Автор ещё не представился (EEP-11)</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="62" />
        <source>Writer verified by a call on this case (KUTY-2.2)</source>
        <translation>Автор верифицирован звонком по этому обращению (KUTY-2.2)</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="65" />
        <source>Writer not verified: general help only (KUTY-2.2)</source>
        <translation>Автор не верифицирован: только общая помощь (KUTY-2.2)</translation>
    </message>
</context>
<context>
    <name>CasePolicyBar</name>
    <message>
        <location filename="../case_controls.py" line="106" />
        <source>Category of the case</source>
        <translation>Категория обращения</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="109" />
        <source>The policy's category; an error case gets its own registration number (EEP-4, EEP-13)</source>
        <translation>Категория по регламенту; обращение об ошибке получает собственный регистрационный номер (EEP-4, EEP-13)</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="113" />
        <source>Category…</source>
        <translation>Категория…</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="116" />
        <source>Service level</source>
        <translation>Уровень обслуживания</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="117" />
        <source>Service level: Basic, or VIP by contract (EEP-3)</source>
        <translation>Уровень обслуживания: базовый или VIP по договору (EEP-3)</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="118" />
        <source>Level…</source>
        <translation>Уровень…</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="122" />
        <source>Identified</source>
        <translation>Представился</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="125" />
        <source>The writer gave the details that identify them (EEP-11)</source>
        <translation>Автор сообщил данные, позволяющие его идентифицировать (EEP-11)</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="127" />
        <source>Not identified…</source>
        <translation>Не представился…</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="131" />
        <source>The writer would not identify themselves: record it and put the request to identify into the reply (EEP-11)</source>
        <translation>Автор отказался представиться: зафиксировать это и добавить в ответ просьбу представиться (EEP-11)</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="193" />
        <source>Out of scope (%1): the refusal is in the reply.</source>
        <translation>Вне компетенции (%1): отказ добавлен в ответ.</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="197" />
        <source>Registered as an error: number %1 (EEP-13).</source>
        <translation>Зарегистрировано как ошибка: номер %1 (EEP-13).</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="201" />
        <source>Category: %1.</source>
        <translation>Категория: %1.</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="215" />
        <source>Service level: %1 (EEP-3).</source>
        <translation>Уровень обслуживания: %1 (EEP-3).</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="230" />
        <source>Recorded: not identified. The request to identify is in the reply.</source>
        <translation>Зафиксировано: не представился. Просьба представиться добавлена в ответ.</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="232" />
        <source>Recorded: the writer identified themselves.</source>
        <translation>Зафиксировано: автор представился.</translation>
    </message>
</context>
<context>
    <name>CaseWrapUpDialog</name>
    <message>
        <location filename="../case_controls.py" line="254" />
        <source>no number</source>
        <translation>без номера</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="255" />
        <source>Close case %1</source>
        <translation>Закрыть обращение %1</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="258" />
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="262" />
        <source>What the contact was about, in a few words</source>
        <translation>О чём было обращение, в нескольких словах</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="267" />
        <source>Out of scope</source>
        <translation>Вне компетенции</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="279" />
        <location filename="../case_controls.py" line="296" />
        <source>Reason for closing</source>
        <translation>Причина закрытия</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="288" />
        <source>Close the case</source>
        <translation>Закрыть обращение</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="290" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="292" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="293" />
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="294" />
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="313" />
        <source>Choose a category first.</source>
        <translation>Сначала выберите категорию.</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="317" />
        <location filename="../case_controls.py" line="338" />
        <source>Type the reason for closing first.</source>
        <translation>Сначала укажите причину закрытия.</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="340" />
        <source>This case is closed.</source>
        <translation>Это обращение закрыто.</translation>
    </message>
</context>
<context>
    <name>ComplaintsView</name>
    <message>
        <location filename="../complaints_view.py" line="61" />
        <source>Complaints register</source>
        <translation>Реестр жалоб</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="63" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="63" />
        <source>Complainant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="63" />
        <location filename="../complaints_view.py" line="151" />
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="64" />
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="64" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="64" />
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="75" />
        <source>New complaint (KUTY-1.2)</source>
        <translation>Новая жалоба (KUTY-1.2)</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="88" />
        <source>Received on</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="94" />
        <source>No study needed (15 days)</source>
        <translation>Не требует изучения (15 дней)</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="95" />
        <source>Needs study (1 month)</source>
        <translation>Требует изучения (1 месяц)</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="96" />
        <source>Extended (45 days)</source>
        <translation>Продлено (45 дней)</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="129" />
        <location filename="../complaints_view.py" line="131" />
        <source>Register complaint</source>
        <translation>Зарегистрировать жалобу</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="135" />
        <source>Link call to selected</source>
        <translation>Привязать звонок к выбранной</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="78" />
        <location filename="../complaints_view.py" line="148" />
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="148" />
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="83" />
        <location filename="../complaints_view.py" line="150" />
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="107" />
        <source>The call the complaint is about</source>
        <translation>Звонок, на который жалуются</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="108" />
        <source>No call chosen (optional)</source>
        <translation>Звонок не выбран (необязательно)</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="110" />
        <source>The call the complaint is about (KUTY-1.2), chosen with “Choose call…”</source>
        <translation>Звонок, на который жалуются (KUTY-1.2), выбирается кнопкой «Выбрать звонок…»</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="112" />
        <source>Choose call…</source>
        <translation>Выбрать звонок…</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="114" />
        <source>Choose the call</source>
        <translation>Выбрать звонок</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="118" />
        <source>Find the call by number, dates or operator (KUTY-1.2)</source>
        <translation>Найти звонок по номеру, датам или оператору (KUTY-1.2)</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="121" />
        <source>Your role may not see the desk's calls (KUTY-1.2 complaints, KUTY-1.3 recordings)</source>
        <translation>Ваша роль не даёт доступа к звонкам службы (KUTY-1.2 жалобы, KUTY-1.3 записи)</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="124" />
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="126" />
        <source>Clear the chosen call</source>
        <translation>Убрать выбранный звонок</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="127" />
        <source>File the complaint without a call</source>
        <translation>Зарегистрировать жалобу без звонка</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="133" />
        <source>The response deadline follows the category (KUTY-1.2, Law on Appeals art. 20)</source>
        <translation>Срок ответа зависит от категории (KUTY-1.2, Закон «Об обращениях граждан», ст. 20)</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="138" />
        <source>Link the chosen call to the selected complaint</source>
        <translation>Связать выбранный звонок с выбранной жалобой</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="141" />
        <source>Link the chosen call to the complaint selected above (KUTY-1.2)</source>
        <translation>Связать выбранный звонок с жалобой, выбранной выше (KUTY-1.2)</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="151" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="157" />
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="163" />
        <source>Selected complaint</source>
        <translation>Выбранная жалоба</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="168" />
        <source>What was answered (required)</source>
        <translation>Что ответили (обязательно)</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="170" />
        <location filename="../complaints_view.py" line="172" />
        <source>Answer</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="175" />
        <source>Status of the complaint</source>
        <translation>Статус жалобы</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="176" />
        <location filename="../complaints_view.py" line="251" />
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="177" />
        <location filename="../complaints_view.py" line="251" />
        <source>In progress</source>
        <translation>Рассматривается</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="178" />
        <location filename="../complaints_view.py" line="180" />
        <source>Set status</source>
        <translation>Изменить статус</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="315" />
        <source>Select a complaint and choose a call.</source>
        <translation>Выберите жалобу и звонок.</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="323" />
        <source>Call linked to complaint %1.</source>
        <translation>Звонок связан с жалобой %1.</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="169" />
        <location filename="../complaints_view.py" line="182" />
        <source>Answer text</source>
        <translation>Текст ответа</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="252" />
        <source>Answered</source>
        <translation>Дан ответ</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="257" />
        <source>a call</source>
        <translation>звонок</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="266" />
        <source>Overdue: the response deadline has passed</source>
        <translation>Просрочено: срок ответа истёк</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="283" />
        <source>Who and the text are required.</source>
        <translation>Нужно указать, кто жалуется, и текст.</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="304" />
        <source>Complaint %1 registered.</source>
        <translation>Жалоба %1 зарегистрирована.</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="338" />
        <source>Select a complaint and write the answer.</source>
        <translation>Выберите жалобу и напишите ответ.</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="345" />
        <source>Complaint %1 answered.</source>
        <translation>На жалобу %1 дан ответ.</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="358" />
        <source>Select a complaint first.</source>
        <translation>Сначала выберите жалобу.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../dashboard_view.py" line="112" />
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="112" />
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="118" />
        <location filename="../dashboard_view.py" line="150" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="119" />
        <source>The whole desk</source>
        <translation>Вся служба</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="120" />
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="123" />
        <source>Monthly report…</source>
        <translation>Ежемесячный отчёт…</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="127" />
        <source>PDF with these plots, and the figures as CSV and XLSX, for the head administrator (KUTY-1.2, KUTY-1.3)</source>
        <translation>PDF с этими графиками, а показатели — в CSV и XLSX, для главного администратора (KUTY-1.2, KUTY-1.3)</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="140" />
        <source>Calls per day (green: answered)</source>
        <translation>Звонки по дням (зелёный — принятые)</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="142" />
        <source>How calls ended</source>
        <translation>Чем завершились звонки</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="143" />
        <source>Incidents (KUTY-3.x)</source>
        <translation>Инциденты (KUTY-3.x)</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="144" />
        <source>Verification (KUTY-2.2)</source>
        <translation>Верификация (KUTY-2.2)</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="145" />
        <source>Complaints (KUTY-1.2)</source>
        <translation>Жалобы (KUTY-1.2)</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="148" />
        <source>Figures per operator</source>
        <translation>Показатели по операторам</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="150" />
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="150" />
        <location filename="../dashboard_view.py" line="279" />
        <source>Answered</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="150" />
        <source>Average talk</source>
        <translation>Средний разговор</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="157" />
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="159" />
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="217" />
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="228" />
        <source>The range ends before it starts: choose the dates again.</source>
        <translation>Конец периода раньше начала: выберите даты ещё раз.</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="229" />
        <source>Choose at most 400 days (a month for the monthly report).</source>
        <translation>Выберите не более 400 дней (для ежемесячного отчёта — месяц).</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="234" />
        <source>The figures could not be read: %1</source>
        <translation>Не удалось прочитать показатели: %1</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="245" />
        <source>%1 calls in the range</source>
        <translation>Звонков за период: %1</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="247" />
        <source>No calls in the range.</source>
        <translation>За этот период звонков нет.</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="252" />
        <source>Average talk %1 · average wrap-up %2</source>
        <translation>Средний разговор %1 · средняя постобработка %2</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="280" />
        <source>Missed</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="281" />
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="282" />
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="285" />
        <source>Abuse</source>
        <translation>Оскорбление</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="285" />
        <source>Threat</source>
        <translation>Угроза</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="286" />
        <source>Withdrawn</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="291" />
        <source>Not started</source>
        <translation>Не начата</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="299" />
        <source>In time</source>
        <translation>Вовремя</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="300" />
        <source>Late</source>
        <translation>С опозданием</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="301" />
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="302" />
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="326" />
        <source>Folder for the report</source>
        <translation>Папка для отчёта</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="335" />
        <source>Show the figures first.</source>
        <translation>Сначала покажите показатели.</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="376" />
        <source>Writing the report…</source>
        <translation>Отчёт формируется…</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="385" />
        <source>Report saved: %1, %2 and %3</source>
        <translation>Отчёт сохранён: %1, %2 и %3</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="395" />
        <source>The report was not written: %1</source>
        <translation>Отчёт не сохранён: %1</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../settings_dialog.py" line="143" />
        <source>Shared PostgreSQL database</source>
        <translation>Общая база данных PostgreSQL</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="152" />
        <source>kept in the keyring; empty: unchanged</source>
        <translation>хранится в хранилище ключей; пусто: без изменений</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="158" />
        <source>Default: SQLite file in the data folder (one seat).</source>
        <translation>По умолчанию: файл SQLite в папке данных (одно рабочее место).</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="160" />
        <source>Database URL (no password)</source>
        <translation>Адрес базы данных (без пароля)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="161" />
        <source>Database password</source>
        <translation>Пароль базы данных</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="183" />
        <source>The database URL contains a password. Remove it from the URL and type it in the password field: passwords are kept in the keyring, never in settings files.</source>
        <translation>Адрес базы данных содержит пароль. Уберите его из адреса и введите в поле пароля: пароли хранятся в хранилище ключей, никогда в файлах настроек.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="193" />
        <source>Enter a PostgreSQL URL such as postgresql+psycopg://user@host/kuty.</source>
        <translation>Введите адрес PostgreSQL, например postgresql+psycopg://user@host/kuty.</translation>
    </message>
</context>
<context>
    <name>DialBox</name>
    <message>
        <location filename="../dial_box.py" line="71" />
        <source>Type a number to call.</source>
        <translation>Введите номер, чтобы позвонить.</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="81" />
        <source>Not a SIP address: it must look like sip:name@host.</source>
        <translation>Это не адрес SIP: он должен выглядеть как sip:имя@узел.</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="90" />
        <source>A phone number has only digits; a seat name starts with a letter.</source>
        <translation>Номер телефона состоит только из цифр; название рабочего места начинается с буквы.</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="100" />
        <source>Not a valid phone number: check the digits.</source>
        <translation>Неверный номер: проверьте цифры.</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="204" />
        <source>Number to call, e.g. 067 123 45 67 (%1)</source>
        <translation>Номер, напр. 067 123 45 67 (%1)</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="210" />
        <source>Type a number or sip: address and press Enter to call (%1)</source>
        <translation>Введите номер или адрес sip: и нажмите Enter, чтобы позвонить (%1)</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="212" />
        <source>Call</source>
        <translation>Позвонить</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="214" />
        <source>Call the number (Enter in the field)</source>
        <translation>Позвонить на номер (Enter в поле)</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="219" />
        <source>Missed calls and call-backs due; pick one to call back (Ctrl+M)</source>
        <translation>Пропущенные звонки и запланированные перезвоны; выберите, кому перезвонить (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="332" />
        <source>Calling %1…</source>
        <translation>Звоним на %1…</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="340" />
        <source>Missed: %1</source>
        <translation>Пропущенные: %1</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="342" />
        <source>Call back: %1</source>
        <translation>Перезвонить: %1</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="347" />
        <source>No missed calls</source>
        <translation>Нет пропущенных звонков</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="351" />
        <source>Missed calls — pick one to call back</source>
        <translation>Пропущенные — выберите, кому перезвонить</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="361" />
        <source>Call-backs due</source>
        <translation>Запланированные перезвоны</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="366" />
        <source>%1 — by %2</source>
        <translation>%1 — до %2</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="381" />
        <source>not answered</source>
        <translation>без ответа</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="382" />
        <source>you were not ready</source>
        <translation>вы не были готовы</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="383" />
        <source>busy on another call</source>
        <translation>вы разговаривали с другим абонентом</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="384" />
        <source>rejected</source>
        <translation>отклонён</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="385" />
        <source>could not be recorded</source>
        <translation>не удалось бы записать</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="386" />
        <source>all lines were busy</source>
        <translation>все линии были заняты</translation>
    </message>
</context>
<context>
    <name>DtmfPad</name>
    <message>
        <location filename="../dtmf_pad.py" line="64" />
        <source>Tones sent on this call</source>
        <translation>Тоновые сигналы, отправленные в этом звонке</translation>
    </message>
    <message>
        <location filename="../dtmf_pad.py" line="65" />
        <source>Tones (F4):</source>
        <translation>Тоны (F4):</translation>
    </message>
    <message>
        <location filename="../dtmf_pad.py" line="66" />
        <source>Keypad (F4): click or type digits, * and #</source>
        <translation>Клавиатура (F4): нажимайте или вводите цифры, * и #</translation>
    </message>
    <message>
        <location filename="../dtmf_pad.py" line="79" />
        <source>Send tone %1 (type %1)</source>
        <translation>Отправить сигнал %1 (клавиша %1)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../export_dialog.py" line="67" />
        <source>Export recordings</source>
        <translation>Выгрузка записей</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="80" />
        <source>WAV (original)</source>
        <translation>WAV (оригинал)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="82" />
        <source>Password-protected ZIP (AES-256)</source>
        <translation>ZIP-архив с паролем (AES-256)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="91" />
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="98" />
        <source>Why (audited), e.g. request no. 12 of 03.03</source>
        <translation>Основание (записывается в аудит), напр. запрос № 12 от 03.03</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="107" />
        <source>Export</source>
        <translation>Выгрузить</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="109" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="112" />
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="114" />
        <source>Show the exported files in the file manager</source>
        <translation>Показать выгруженные файлы в файловом менеджере</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="118" />
        <source>Recordings:</source>
        <translation>Записей:</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="119" />
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="121" />
        <source>Destination folder:</source>
        <translation>Папка назначения:</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="122" />
        <source>Reason:</source>
        <translation>Основание:</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="143" />
        <source>Export to</source>
        <translation>Выгрузить в</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="155" />
        <source>Enter the reason for the export: it is recorded in the audit.</source>
        <translation>Укажите основание выгрузки: оно записывается в журнал аудита.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="161" />
        <source>Enter the ZIP password, or untick the ZIP option.</source>
        <translation>Введите пароль ZIP-архива или снимите отметку ZIP.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="170" />
        <source>Exporting…</source>
        <translation>Выгрузка…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="196" />
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="207" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="214" />
        <source>Exported %1 files to:
%2</source>
        <translation>Выгружено файлов: %1, в:
%2</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="218" />
        <source>NOT exported: %1</source>
        <translation>НЕ выгружено: %1</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="237" />
        <source>No file manager could open %1; open it by hand.</source>
        <translation>Ни один файловый менеджер не смог открыть %1; откройте папку вручную.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="246" />
        <source>Export cancelled: nothing was exported.</source>
        <translation>Выгрузка отменена: ничего не выгружено.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="248" />
        <source>You may not export recordings.</source>
        <translation>Вам не разрешено выгружать записи.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="250" />
        <source>Export failed: %1</source>
        <translation>Выгрузка не удалась: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../first_run.py" line="74" />
        <source>Kuty console: first setup</source>
        <translation>Консоль Куты: первоначальная настройка</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="77" />
        <source>&amp;Finish</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="91" />
        <source>SIP account</source>
        <translation>Учётная запись SIP</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="92" />
        <source>Headset</source>
        <translation>Гарнитура</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="95" />
        <source>Recordings folder</source>
        <translation>Папка записей</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="102" />
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="104" />
        <source>Policy</source>
        <translation>Регламент</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="148" />
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>HistoryWidget</name>
    <message>
        <location filename="../history_view.py" line="56" />
        <source>Today's calls</source>
        <translation>Звонки за сегодня</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="63" />
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="64" />
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="65" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="66" />
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="67" />
        <source>End</source>
        <translation>Завершение</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="68" />
        <source>Recording</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="69" />
        <source>Verification</source>
        <translation>Верификация</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="70" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="71" />
        <source>Reg. number</source>
        <translation>Рег. номер</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="80" />
        <location filename="../history_view.py" line="132" />
        <source>Call back</source>
        <translation>Перезвонить</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="83" />
        <source>Call the selected row's number back (Enter or double click on the row)</source>
        <translation>Перезвонить на номер выбранной строки (Enter или двойной щелчок по строке)</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="184" />
        <source>Threat</source>
        <translation>Угроза</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="186" />
        <source>Abuse</source>
        <translation>Оскорбление</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="189" />
        <source>Not ready</source>
        <translation>Не готов</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="190" />
        <source>Busy</source>
        <translation>Занято</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="191" />
        <source>Not recorded — refused</source>
        <translation>Без записи — отклонён</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="192" />
        <source>All lines busy — refused</source>
        <translation>Все линии заняты — отклонён</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="193" />
        <source>No voice calls — refused</source>
        <translation>Без голосовых звонков — отклонён</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="194" />
        <source>Transferred</source>
        <translation>Переведён</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="197" />
        <source>Transferred to %1</source>
        <translation>Переведён на %1</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="206" />
        <source>Verified</source>
        <translation>Верифицирован</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="207" />
        <source>Not verified</source>
        <translation>Не верифицирован</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="208" />
        <source>Locked</source>
        <translation>Заблокирован</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="209" />
        <source>General help only</source>
        <translation>Только общая консультация</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../admin_import.py" line="210" />
        <source>The Service's export: CSV or JSON, UTF-8</source>
        <translation>Выгрузка Сервиса: CSV или JSON, UTF-8</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="211" />
        <location filename="../admin_import.py" line="259" />
        <source>Profiles file</source>
        <translation>Файл профилей</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="212" />
        <location filename="../admin_import.py" line="220" />
        <source>Choose a file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="217" />
        <source>optional: the Service's separate applications CSV</source>
        <translation>необязательно: отдельный CSV заявлений от Сервиса</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="219" />
        <location filename="../admin_import.py" line="262" />
        <source>Applications file</source>
        <translation>Файл заявлений</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="222" />
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="226" />
        <source>All or nothing: one bad row and nothing is imported. Key phrases are stored only as Argon2id hashes (KUTY-2.2).</source>
        <translation>Всё или ничего: одна ошибочная строка — и не импортируется ничего. Ключевые фразы хранятся только как хеши Argon2id (KUTY-2.2).</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="230" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="235" />
        <source>Import progress</source>
        <translation>Ход импорта</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="245" />
        <source>Problems in the file</source>
        <translation>Проблемы в файле</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="247" />
        <location filename="../admin_import.py" line="456" />
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="247" />
        <location filename="../admin_import.py" line="456" />
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="247" />
        <location filename="../admin_import.py" line="456" />
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="255" />
        <source>Save the report as CSV…</source>
        <translation>Сохранить отчёт как CSV…</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="295" />
        <source>Caller profiles</source>
        <translation>Профили абонентов</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="297" />
        <source>Profile exports (*.csv *.json)</source>
        <translation>Выгрузки профилей (*.csv *.json)</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="309" />
        <source>Choose an existing file first.</source>
        <translation>Сначала выберите существующий файл.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="314" />
        <source>The applications file %1 does not exist.</source>
        <translation>Файла заявлений %1 не существует.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="328" />
        <location filename="../admin_import.py" line="374" />
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="355" />
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="369" />
        <source>%1: %2 of %3</source>
        <translation>%1: %2 из %3</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="378" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="389" />
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="392" />
        <source>Imported: %1 new profiles, %2 updated, %3 phone numbers, %4 applications; %5 existing profiles not in the file were kept.</source>
        <translation>Импортировано: новых профилей — %1, обновлено — %2, номеров телефонов — %3, заявлений — %4; существующих профилей, которых нет в файле, сохранено — %5.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="415" />
        <source>Only the first %1 problems are listed.</source>
        <translation>Показаны только первые %1 проблем.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="427" />
        <source>item %1</source>
        <translation>запись %1</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="430" />
        <source>%1, row %2</source>
        <translation>%1, строка %2</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="446" />
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="446" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="462" />
        <source>The report could not be saved: %1</source>
        <translation>Отчёт не сохранён: %1</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="466" />
        <source>Report saved to %1</source>
        <translation>Отчёт сохранён: %1</translation>
    </message>
</context>
<context>
    <name>IncidentBar</name>
    <message>
        <location filename="../incident_bar.py" line="98" />
        <source>Abuse — end call</source>
        <translation>Оскорбление — завершить</translation>
    </message>
    <message>
        <location filename="../incident_bar.py" line="100" />
        <source>Threat — end call + police</source>
        <translation>Угроза — завершить + полиция</translation>
    </message>
    <message>
        <location filename="../incident_bar.py" line="105" />
        <source>Abuse: end the call now and report to management (KUTY-3.1)</source>
        <translation>Оскорбление: немедленно завершить звонок и сообщить руководству (KUTY-3.1)</translation>
    </message>
    <message>
        <location filename="../incident_bar.py" line="109" />
        <source>Threat: end the call now, report to management and the police (KUTY-3.2)</source>
        <translation>Угроза: немедленно завершить звонок, сообщить руководству и полиции (KUTY-3.2)</translation>
    </message>
    <message>
        <location filename="../incident_bar.py" line="230" />
        <source>Incident %1 filed; management is notified.</source>
        <translation>Инцидент %1 зарегистрирован; руководство уведомлено.</translation>
    </message>
    <message>
        <location filename="../incident_bar.py" line="264" />
        <source>The incident could not be filed (%1). Tell your supervisor now.</source>
        <translation>Не удалось зарегистрировать инцидент (%1). Немедленно сообщите руководителю.</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../incident_form.py" line="73" />
        <source>What the caller said (optional)</source>
        <translation>Что сказал абонент (необязательно)</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="77" />
        <source>Save note</source>
        <translation>Сохранить примечание</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="79" />
        <source>It was a mistake</source>
        <translation>Это была ошибка</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="83" />
        <source>Withdraw this incident: the button was pressed by mistake. Management is told, the record is kept and audited (KUTY-3.1, KUTY-3.2).</source>
        <translation>Отозвать этот инцидент: кнопка нажата по ошибке. Руководство будет уведомлено, запись сохраняется и попадает в журнал аудита (KUTY-3.1, KUTY-3.2).</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="87" />
        <source>It is abuse, not a threat</source>
        <translation>Это оскорбление, а не угроза</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="91" />
        <source>Change the threat (KUTY-3.2) into abuse (KUTY-3.1): the police package is marked withdrawn, management is told, and it is audited.</source>
        <translation>Изменить угрозу (KUTY-3.2) на оскорбление (KUTY-3.1): пакет для полиции помечается отозванным, руководство уведомляется, действие записывается в журнал аудита.</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="97" />
        <source>Why? (required)</source>
        <translation>Почему? (обязательно)</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="98" />
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="100" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="144" />
        <source>Threat (KUTY-3.2)</source>
        <translation>Угроза (KUTY-3.2)</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="146" />
        <source>Abuse (KUTY-3.1)</source>
        <translation>Оскорбление (KUTY-3.1)</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="150" />
        <source>%1: incident %2 is filed and management is notified. Optionally, write down what was said.</source>
        <translation>%1: инцидент %2 зарегистрирован, руководство уведомлено. При желании запишите, что было сказано.</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="185" />
        <source>Note saved.</source>
        <translation>Примечание сохранено.</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="199" />
        <source>Say why the incident is withdrawn, then confirm.</source>
        <translation>Напишите, почему инцидент отзывается, и подтвердите.</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="201" />
        <source>Say why this was abuse and not a threat, then confirm.</source>
        <translation>Напишите, почему это было оскорбление, а не угроза, и подтвердите.</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="215" />
        <source>Type the reason first.</source>
        <translation>Сначала напишите причину.</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="242" />
        <source>Incident %1 is withdrawn; management is told.</source>
        <translation>Инцидент %1 отозван; руководство уведомлено.</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="252" />
        <source>Changed to abuse (KUTY-3.1); the police package is withdrawn.</source>
        <translation>Изменено на оскорбление (KUTY-3.1); пакет для полиции отозван.</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="265" />
        <source>Not saved (%1); try again.</source>
        <translation>Не сохранено (%1); попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>IncidentsUi</name>
    <message>
        <location filename="../incident_bar.py" line="314" />
        <source>Written messages</source>
        <translation>Письменные обращения</translation>
    </message>
    <message>
        <location filename="../incident_bar.py" line="318" />
        <source>Supervisor queue</source>
        <translation>Очередь руководителя</translation>
    </message>
    <message>
        <location filename="../incident_bar.py" line="324" />
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <location filename="../incident_bar.py" line="345" />
        <source>Incident settings are invalid (%1); e-mail reports are off.</source>
        <translation>Настройки инцидентов ошибочны (%1); уведомления по электронной почте отключены.</translation>
    </message>
    <message>
        <location filename="../incident_bar.py" line="368" />
        <source>Supervisor queue (%1)</source>
        <translation>Очередь руководителя (%1)</translation>
    </message>
</context>
<context>
    <name>IncidentsView</name>
    <message>
        <location filename="../incidents_view.py" line="115" />
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="117" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="117" />
        <location filename="../incidents_view.py" line="146" />
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="117" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="117" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="118" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="118" />
        <source>Hold</source>
        <translation>Запрет удаления</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="126" />
        <source>The incident's facts</source>
        <translation>Факты инцидента</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="128" />
        <source>Handed to police…</source>
        <translation>Передано в полицию…</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="129" />
        <location filename="../incidents_view.py" line="273" />
        <source>Reported to management</source>
        <translation>Сообщено руководству</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="130" />
        <source>Close incident</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="131" />
        <source>Export package (ZIP)…</source>
        <translation>Экспортировать пакет (ZIP)…</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="132" />
        <source>Block number…</source>
        <translation>Заблокировать номер…</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="133" />
        <source>Unblock number</source>
        <translation>Разблокировать номер</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="243" />
        <source>Abuse</source>
        <translation>Оскорбление</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="243" />
        <source>Threat</source>
        <translation>Угроза</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="247" />
        <source>%1 recording(s)</source>
        <translation>записей: %1</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="253" />
        <source>Written</source>
        <translation>Письменное</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="215" />
        <location filename="../incidents_view.py" line="253" />
        <location filename="../incidents_view.py" line="256" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="134" />
        <source>Block sender…</source>
        <translation>Заблокировать отправителя…</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="135" />
        <location filename="../incidents_view.py" line="408" />
        <source>Play the call</source>
        <translation>Воспроизвести звонок</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="137" />
        <source>Open the call's recording where the incident button was pressed</source>
        <translation>Открыть запись звонка с момента, когда нажали кнопку инцидента</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="140" />
        <source>Mail from blocked senders (kept, not in the queue):</source>
        <translation>Письма от заблокированных отправителей (сохранены, не в очереди):</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="144" />
        <source>Mail from blocked senders</source>
        <translation>Письма от заблокированных отправителей</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="146" />
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="146" />
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="228" />
        <source>The seat's policy cannot be read: %1</source>
        <translation>Не удаётся прочитать регламент рабочего места: %1</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="231" />
        <source>The %1 regulation does not allow blocking writers; only a regulation that allows blocking violators does (KZP-30-19, CSC-2.12).</source>
        <translation>Регламент %1 не разрешает блокировать отправителей; это возможно только по регламенту, который разрешает блокировать нарушителей (KZP-30-19, CSC-2.12).</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="236" />
        <source>Block the writer's address (%1). Their mail is still kept and listed below, never dropped (KUTY-1.1).</source>
        <translation>Заблокировать адрес отправителя (%1). Его письма по-прежнему сохраняются и показываются ниже, никогда не отбрасываются (KUTY-1.1).</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="272" />
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="274" />
        <source>Handed to police</source>
        <translation>Передано в полицию</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="275" />
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="339" />
        <location filename="../incidents_view.py" line="514" />
        <location filename="../incidents_view.py" line="543" />
        <source>Incident %1</source>
        <translation>Инцидент %1</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="340" />
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="341" />
        <source>Pressed at: %1</source>
        <translation>Кнопка нажата: %1</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="342" />
        <source>Operator: %1</source>
        <translation>Оператор: %1</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="343" />
        <source>Caller number: %1</source>
        <translation>Номер абонента: %1</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="344" />
        <location filename="../incidents_view.py" line="417" />
        <source>withheld</source>
        <translation>скрыт</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="346" />
        <source>Verification: %1</source>
        <translation>Верификация: %1</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="352" />
        <source>Offset in recording: %1 s</source>
        <translation>Позиция в записи: %1 с</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="354" />
        <source>Written message: %1</source>
        <translation>Письменное обращение: %1</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="357" />
        <source>Recordings on legal hold: %1</source>
        <translation>Записей под запретом удаления: %1</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="360" />
        <source>Handed to police on %1, reference %2</source>
        <translation>Передано в полицию %1, номер %2</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="364" />
        <source>Police package: %1</source>
        <translation>Пакет для полиции: %1</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="365" />
        <source>Operator's note:</source>
        <translation>Примечание оператора:</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="365" />
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="388" />
        <source>Only a supervisor may block a writer.</source>
        <translation>Заблокировать отправителя может только руководитель.</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="390" />
        <source>%1 is already blocked.</source>
        <translation>%1 уже заблокирован.</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="405" />
        <source>Play at %1</source>
        <translation>Воспроизвести с %1</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="419" />
        <source>Incident %1 — %2 — %3</source>
        <translation>Инцидент %1 — %2 — %3</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="451" />
        <source>Incident %1: %2</source>
        <translation>Инцидент %1: %2</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="480" />
        <source>Export police package</source>
        <translation>Экспорт пакета для полиции</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="483" />
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP-архивы (*.zip)</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="498" />
        <source>Package exported: %1</source>
        <translation>Пакет экспортирован: %1</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="512" />
        <location filename="../incidents_view.py" line="541" />
        <source>Block %1</source>
        <translation>Заблокировать %1</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="513" />
        <location filename="../incidents_view.py" line="542" />
        <source>Reason (kept on record):</source>
        <translation>Причина (сохраняется в учёте):</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="523" />
        <location filename="../incidents_view.py" line="555" />
        <source>A block needs a reason.</source>
        <translation>Для блокировки нужна причина.</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="529" />
        <source>%1 is blocked; its calls are flagged on the ringing card.</source>
        <translation>%1 заблокирован; его звонки отмечаются на карточке вызова.</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="564" />
        <source>%1 is blocked; their mail is kept and flagged, never put in the queue.</source>
        <translation>%1 заблокирован; его письма сохраняются с пометкой и не попадают в очередь.</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="579" />
        <source>%1 is no longer blocked.</source>
        <translation>%1 больше не заблокирован.</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="586" />
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
</context>
<context>
    <name>KeyringSetupDialog</name>
    <message>
        <location filename="../keyring_setup.py" line="100" />
        <source>Password storage</source>
        <translation>Хранилище паролей</translation>
    </message>
    <message>
        <location filename="../keyring_setup.py" line="118" />
        <source>Master password</source>
        <translation>Главный пароль</translation>
    </message>
    <message>
        <location filename="../keyring_setup.py" line="120" />
        <source>Repeat</source>
        <translation>Повторите</translation>
    </message>
    <message>
        <location filename="../keyring_setup.py" line="124" />
        <source>Unlock the encrypted password file</source>
        <translation>Разблокировать зашифрованный файл паролей</translation>
    </message>
    <message>
        <location filename="../keyring_setup.py" line="126" />
        <source>Create an encrypted password file</source>
        <translation>Создать зашифрованный файл паролей</translation>
    </message>
    <message>
        <location filename="../keyring_setup.py" line="134" />
        <source>Continue without saved passwords</source>
        <translation>Продолжить без сохранённых паролей</translation>
    </message>
    <message>
        <location filename="../keyring_setup.py" line="139" />
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <location filename="../keyring_setup.py" line="150" />
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location filename="../keyring_setup.py" line="158" />
        <source>Wrong master password for the encrypted password file.</source>
        <translation>Неверный главный пароль зашифрованного файла паролей.</translation>
    </message>
    <message>
        <location filename="../keyring_setup.py" line="161" />
        <source>Type a master password.</source>
        <translation>Введите главный пароль.</translation>
    </message>
</context>
<context>
    <name>LanesView</name>
    <message>
        <location filename="../lanes.py" line="53" />
        <source>Caller</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <location filename="../lanes.py" line="54" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../lanes.py" line="59" />
        <source>Third party</source>
        <translation>Третий участник</translation>
    </message>
    <message>
        <location filename="../lanes.py" line="62" />
        <source>Track %1</source>
        <translation>Дорожка %1</translation>
    </message>
    <message>
        <location filename="../lanes.py" line="80" />
        <source>Recording tracks</source>
        <translation>Дорожки записи</translation>
    </message>
    <message>
        <location filename="../lanes.py" line="83" />
        <source>Click or drag to move the play position. Space: play or pause; Left/Right arrow: 5 seconds back or forward.</source>
        <translation>Щёлкните или перетащите, чтобы перейти к другому месту записи. Пробел — воспроизвести или приостановить; стрелки влево/вправо — на 5 секунд назад или вперёд.</translation>
    </message>
    <message>
        <location filename="../lanes.py" line="105" />
        <source>Lanes: %1</source>
        <translation>Дорожки: %1</translation>
    </message>
    <message>
        <location filename="../lanes.py" line="227" />
        <source>masked</source>
        <translation>скрыто</translation>
    </message>
</context>
<context>
    <name>ListenControls</name>
    <message>
        <location filename="../listen_controls.py" line="63" />
        <source>Listen</source>
        <translation>Слушать</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="64" />
        <source>Whisper</source>
        <translation>Подсказать</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="65" />
        <source>Barge in</source>
        <translation>Вмешаться</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="66" />
        <source>Stop listening</source>
        <translation>Прекратить прослушивание</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="69" />
        <source>Listen to the selected call; neither the caller nor the operator hears you, and the recording does not change (%1). Every use is audited.</source>
        <translation>Слушать выбранный звонок: ни абонент, ни оператор вас не слышат, запись не меняется (%1). Каждое прослушивание записывается в журнал аудита.</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="73" />
        <source>Speak to the operator only; the caller does not hear you. What you say is recorded on the operator track (KUTY-1.1).</source>
        <translation>Говорить только с оператором: абонент вас не слышит. Сказанное записывается на дорожку оператора (KUTY-1.1).</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="77" />
        <source>Join the call: the caller and the operator hear you. What you say is recorded on the operator track (KUTY-1.1).</source>
        <translation>Присоединиться к разговору: вас слышат абонент и оператор. Сказанное записывается на дорожку оператора (KUTY-1.1).</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="80" />
        <source>Stop listening; the call goes on unchanged.</source>
        <translation>Прекратить прослушивание; разговор продолжается без изменений.</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="84" />
        <source>The desk's policy does not allow live listening (%1).</source>
        <translation>Регламент службы не разрешает прослушивание звонков (%1).</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="127" />
        <source>Select a call in progress first.</source>
        <translation>Сначала выберите текущий звонок.</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="153" />
        <source>The desk's policy does not allow live listening.</source>
        <translation>Регламент службы не разрешает прослушивание звонков.</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="154" />
        <source>The call is no longer in progress.</source>
        <translation>Этот звонок уже завершён.</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="156" />
        <source>The operator's seat cannot be reached for listening (it has not announced its address).</source>
        <translation>Рабочее место оператора недоступно для прослушивания (оно не сообщило свой адрес).</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="217" />
        <source>The operator's seat refused the listening.</source>
        <translation>Рабочее место оператора отказало в прослушивании.</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="219" />
        <source>Listening ended.</source>
        <translation>Прослушивание завершено.</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="229" />
        <source>Connecting to the operator's seat…</source>
        <translation>Подключение к рабочему месту оператора…</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="230" />
        <source>Listening: nobody hears you.</source>
        <translation>Прослушивание: вас никто не слышит.</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="231" />
        <source>Whispering: only the operator hears you.</source>
        <translation>Подсказка: вас слышит только оператор.</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="232" />
        <source>In the call: the caller and the operator hear you.</source>
        <translation>В разговоре: вас слышат абонент и оператор.</translation>
    </message>
</context>
<context>
    <name>MailPage</name>
    <message>
        <location filename="../settings_pages.py" line="97" />
        <source>Desk mailbox (incoming, IMAP)</source>
        <translation>Ящик службы (входящие, IMAP)</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="100" />
        <location filename="../settings_pages.py" line="149" />
        <source>empty: none</source>
        <translation>пусто: нет</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="104" />
        <source>standard (993 or 143)</source>
        <translation>стандартный (993 или 143)</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="108" />
        <source>TLS from the start (IMAPS)</source>
        <translation>TLS с начала (IMAPS)</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="109" />
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="119" />
        <location filename="../settings_pages.py" line="168" />
        <source>empty: the system's</source>
        <translation>пусто: системные</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="120" />
        <location filename="../settings_pages.py" line="169" />
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="128" />
        <location filename="../settings_pages.py" line="133" />
        <source> MB</source>
        <translation> МБ</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="136" />
        <location filename="../settings_pages.py" line="172" />
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="137" />
        <location filename="../settings_pages.py" line="173" />
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="138" />
        <location filename="../settings_pages.py" line="174" />
        <source>Security</source>
        <translation>Защита</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="139" />
        <location filename="../settings_pages.py" line="175" />
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="140" />
        <location filename="../settings_pages.py" line="176" />
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="141" />
        <source>Mailbox</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="142" />
        <location filename="../settings_pages.py" line="178" />
        <location filename="../settings_pages.py" line="198" />
        <source>CA certificate file</source>
        <translation>Файл сертификата CA</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="143" />
        <source>Attachments up to</source>
        <translation>Вложения до</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="144" />
        <source>Messages up to</source>
        <translation>Письма до</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="146" />
        <source>Outgoing mail (replies and notifications, SMTP)</source>
        <translation>Исходящая почта (ответы и уведомления, SMTP)</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="156" />
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (порт 587)</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="157" />
        <source>TLS from the start (port 465)</source>
        <translation>TLS с начала (порт 465)</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="158" />
        <source>No encryption (this computer only)</source>
        <translation>Без шифрования (только этот компьютер)</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="162" />
        <source>empty: no sign-in</source>
        <translation>пусто: без входа</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="177" />
        <source>Sender address</source>
        <translation>Адрес отправителя</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="184" />
        <source>E-mails to the desk (written contacts) are fetched from this mailbox</source>
        <translation>Письма в службу (письменные обращения) забираются из этого ящика</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="186" />
        <source>Empty: notifications only in the console</source>
        <translation>Пусто: уведомления только в консоли</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="187" />
        <source>Empty: no desk mailbox</source>
        <translation>Пусто: без ящика службы</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="198" />
        <source>PEM (*.pem *.crt)</source>
        <translation>PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="216" />
        <source>The CA certificate file %1 does not exist.</source>
        <translation>Файла сертификата CA %1 не существует.</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="220" />
        <source>The largest attachment cannot be larger than the largest message.</source>
        <translation>Наибольшее вложение не может быть больше наибольшего письма.</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="224" />
        <source>The desk mailbox needs a user.</source>
        <translation>Для ящика службы нужен пользователь.</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="227" />
        <source>A mailbox password needs the server and the user.</source>
        <translation>Для пароля ящика нужны сервер и пользователь.</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="230" />
        <source>An outgoing-mail password needs the user.</source>
        <translation>Для пароля исходящей почты нужен пользователь.</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="234" />
        <source>The sender must be an e-mail address.</source>
        <translation>Отправитель должен быть адресом электронной почты.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="73" />
        <source>Kuty help desk — operator console</source>
        <translation>Служба поддержки Куты — консоль оператора</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="140" />
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="202" />
        <source>Today's calls</source>
        <translation>Звонки за сегодня</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="245" />
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="246" />
        <source>The call, the caller's verification (KUTY-2.2) and today's calls</source>
        <translation>Разговор, верификация абонента (KUTY-2.2) и звонки за сегодня</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="260" />
        <source>Supervision</source>
        <translation>Надзор</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="261" />
        <source>Notices, incidents (KUTY-3.x) and complaints (KUTY-1.2)</source>
        <translation>Уведомления, инциденты (KUTY-3.x) и жалобы (KUTY-1.2)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="274" />
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="275" />
        <source>Calls, outcomes, incidents, verification and complaints by day</source>
        <translation>Звонки, их результаты, инциденты, верификация и жалобы по дням</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="290" />
        <source>Administration</source>
        <translation>Администрирование</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="291" />
        <source>Seat settings, SIP accounts, users and imports</source>
        <translation>Настройки рабочего места, SIP-учётные записи, пользователи и импорт</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="309" />
        <source>Inbox</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="311" />
        <source>Written contacts: e-mails in order of arrival, thread, reply, notes, abuse and threats (KZP-30-9, CSC-2.4, KUTY-3.3/3.4)</source>
        <translation>Письменные обращения: письма в порядке поступления, переписка, ответ, заметки, оскорбления и угрозы (KZP-30-9, CSC-2.4, KUTY-3.3/3.4)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="327" />
        <source>Wallboard</source>
        <translation>Табло</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="365" />
        <source>Scripts</source>
        <translation>Сценарии</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="400" />
        <source>Caller</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="414" />
        <source>Dialling is not available on this console.</source>
        <translation>Набор номера недоступен в этой консоли.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="446" />
        <location filename="../main_window.py" line="575" />
        <source>No headset found: you cannot hear callers. Plug in the headset.</source>
        <translation>Гарнитура не найдена: вы не услышите абонентов. Подключите гарнитуру.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="458" />
        <source>The phone engine stopped unexpectedly (%1). It is restarting; a call in progress was cut off and its recording is kept.</source>
        <translation>Телефонный модуль неожиданно остановился (%1). Он перезапускается; текущий звонок оборван, его запись сохранена.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="465" />
        <source>The phone engine is running again.</source>
        <translation>Телефонный модуль снова работает.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="527" />
        <source>Could not %1: %2</source>
        <translation>Не удалось %1: %2</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="534" />
        <source>answer the call</source>
        <translation>ответить на звонок</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="535" />
        <source>reject the call</source>
        <translation>отклонить звонок</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="536" />
        <source>hang up</source>
        <translation>завершить звонок</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="537" />
        <source>put the call on hold</source>
        <translation>поставить звонок на удержание</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="538" />
        <source>resume the call</source>
        <translation>продолжить разговор</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="539" />
        <source>mute the microphone</source>
        <translation>выключить микрофон</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="540" />
        <source>send tones</source>
        <translation>отправить тоновые сигналы</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="541" />
        <source>place the call</source>
        <translation>позвонить</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="542" />
        <source>change your state</source>
        <translation>изменить ваше состояние</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="543" />
        <source>transfer the call</source>
        <translation>перевести звонок</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="544" />
        <source>call for a consultation</source>
        <translation>позвонить для консультации</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="545" />
        <source>complete the transfer</source>
        <translation>завершить перевод</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="546" />
        <source>register the SIP account</source>
        <translation>зарегистрировать учётную запись SIP</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="547" />
        <source>remove the SIP account</source>
        <translation>удалить учётную запись SIP</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="555" />
        <source>RECORDING FAILED: this call is not being recorded (KUTY-1.1). Tell your supervisor now.</source>
        <translation>ЗАПИСЬ НЕ УДАЛАСЬ: этот звонок не записывается (KUTY-1.1). Немедленно сообщите руководителю.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="560" />
        <source>RECORDING STOPPED: the recordings folder takes no more audio, this call is being lost (KUTY-1.1). Tell your supervisor now; supervisors were notified.</source>
        <translation>ЗАПИСЬ ОСТАНОВЛЕНА: папка записей больше не принимает звук, этот звонок теряется (KUTY-1.1). Немедленно сообщите руководителю; руководители уведомлены.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="564" />
        <source>Recording continues; the missing part is marked in the recording.</source>
        <translation>Запись продолжается; пропущенная часть отмечена в записи.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="567" />
        <source>Little free space is left for recordings. Tell your supervisor before it runs out (KUTY-1.1).</source>
        <translation>Для записей осталось мало свободного места. Сообщите руководителю, пока оно не закончилось (KUTY-1.1).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="572" />
        <source>The phone engine cannot start (%1). Calls cannot be taken; tell the administrator.</source>
        <translation>Телефонный модуль не может запуститься (%1). Звонки не принимаются; сообщите администратору.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="578" />
        <source>The desk speakers for the ringtone cannot be opened: calls ring only in the headset. Check the ringer device in the settings.</source>
        <translation>Не удаётся открыть динамики для звонка: звонок слышен только в гарнитуре. Проверьте устройство звонка в настройках.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="583" />
        <source>A call was refused because it could not be recorded (KUTY-1.1): the caller heard an apology. Tell your supervisor now; supervisors were notified.</source>
        <translation>Звонок отклонён, потому что его невозможно записать (KUTY-1.1): абонент услышал извинение. Немедленно сообщите руководителю; руководители уведомлены.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="588" />
        <source>The database is unreachable: calls are still answered and recorded, their details are kept on this computer and saved when it is back.</source>
        <translation>База данных недоступна: звонки по-прежнему принимаются и записываются, их данные хранятся на этом компьютере и будут сохранены, как только база вернётся.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="592" />
        <source>The database is back; the kept call details were saved.</source>
        <translation>База данных снова доступна; сохранённые данные звонков записаны.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="595" />
        <source>Recordings interrupted by the engine failure could not be repaired. Tell your supervisor.</source>
        <translation>Записи, прерванные сбоем модуля, не удалось восстановить. Сообщите руководителю.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="600" />
        <source>The STUN server did not answer: the phone uses this computer's local address. Calls through a provider outside the office may have no sound; tell the administrator.</source>
        <translation>Сервер STUN не ответил: телефон использует локальный адрес этого компьютера. В звонках через провайдера вне офиса может не быть звука; сообщите администратору.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="606" />
        <source>ICE is switched off: the phone listens on a loopback address. Calls still work; set a network address in the settings to use ICE.</source>
        <translation>ICE отключён: телефон слушает на адресе loopback. Звонки работают; чтобы включить ICE, укажите сетевой адрес в настройках.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="609" />
        <source>Phone alert: %1</source>
        <translation>Предупреждение телефона: %1</translation>
    </message>
</context>
<context>
    <name>MessagesView</name>
    <message>
        <location filename="../messages_view.py" line="69" />
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="70" />
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="82" />
        <source>Log message</source>
        <translation>Зарегистрировать обращение</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="86" />
        <source>Written messages</source>
        <translation>Письменные обращения</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="88" />
        <source>Abuse — stop + report</source>
        <translation>Оскорбление — прекратить + сообщить</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="91" />
        <source>Stop the correspondence and report to management (KUTY-3.3)</source>
        <translation>Прекратить переписку и сообщить руководству (KUTY-3.3)</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="93" />
        <source>Threat — stop + report + police</source>
        <translation>Угроза — прекратить + сообщить + полиция</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="96" />
        <source>Stop the correspondence, report to management and the police (KUTY-3.4)</source>
        <translation>Прекратить переписку, сообщить руководству и полиции (KUTY-3.4)</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="107" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="108" />
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="109" />
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="110" />
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="158" />
        <source>THREAT</source>
        <translation>УГРОЗА</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="158" />
        <source>ABUSE</source>
        <translation>ОСКОРБЛЕНИЕ</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="178" />
        <source>Sender and text are required.</source>
        <translation>Нужно указать отправителя и текст.</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="194" />
        <source>Message %1 logged (KUTY-1.1).</source>
        <translation>Обращение %1 зарегистрировано (KUTY-1.1).</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="217" />
        <source>Correspondence stopped; incident %1 filed.</source>
        <translation>Переписка прекращена; инцидент %1 зарегистрирован.</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="232" />
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <location filename="../requests_view.py" line="56" />
        <source>New request</source>
        <translation>Новый запрос</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="64" />
        <source>Comma-separated, empty = all numbers</source>
        <translation>Через запятую; пусто — все номера</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="70" />
        <source>Recordings</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="71" />
        <source>Correspondence</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="72" />
        <source>Transcripts</source>
        <translation>Расшифровки</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="73" />
        <source>Verification log</source>
        <translation>Журнал верификации</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="74" />
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="75" />
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="79" />
        <source>Requested by:</source>
        <translation>Кто запрашивает:</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="80" />
        <source>Office:</source>
        <translation>Учреждение:</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="81" />
        <source>Reference:</source>
        <translation>Номер документа:</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="82" />
        <source>Period from:</source>
        <translation>Период с:</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="83" />
        <source>Period to:</source>
        <translation>Период по:</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="84" />
        <source>Numbers:</source>
        <translation>Номера:</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="85" />
        <source>Due:</source>
        <translation>Срок:</translation>
    </message>
</context>
<context>
    <name>PlayerWidget</name>
    <message>
        <location filename="../player.py" line="69" />
        <source>Select a call and press Enter to play it.</source>
        <translation>Выберите звонок и нажмите Enter, чтобы прослушать.</translation>
    </message>
    <message>
        <location filename="../player.py" line="79" />
        <source>Track to play</source>
        <translation>Дорожка для воспроизведения</translation>
    </message>
    <message>
        <location filename="../player.py" line="81" />
        <source>Both (mixed)</source>
        <translation>Обе (смешано)</translation>
    </message>
    <message>
        <location filename="../player.py" line="82" />
        <source>Caller</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <location filename="../player.py" line="83" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../player.py" line="86" />
        <location filename="../player.py" line="339" />
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <location filename="../player.py" line="88" />
        <source>Play or pause (Space)</source>
        <translation>Воспроизвести или приостановить (Пробел)</translation>
    </message>
    <message>
        <location filename="../player.py" line="89" />
        <source>−5 s</source>
        <translation>−5 с</translation>
    </message>
    <message>
        <location filename="../player.py" line="91" />
        <source>5 seconds back</source>
        <translation>На 5 секунд назад</translation>
    </message>
    <message>
        <location filename="../player.py" line="92" />
        <source>5 seconds back (Left arrow)</source>
        <translation>На 5 секунд назад (стрелка влево)</translation>
    </message>
    <message>
        <location filename="../player.py" line="93" />
        <source>+5 s</source>
        <translation>+5 с</translation>
    </message>
    <message>
        <location filename="../player.py" line="95" />
        <source>5 seconds forward</source>
        <translation>На 5 секунд вперёд</translation>
    </message>
    <message>
        <location filename="../player.py" line="96" />
        <source>5 seconds forward (Right arrow)</source>
        <translation>На 5 секунд вперёд (стрелка вправо)</translation>
    </message>
    <message>
        <location filename="../player.py" line="97" />
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <location filename="../player.py" line="101" />
        <source>Playback speed</source>
        <translation>Скорость воспроизведения</translation>
    </message>
    <message>
        <location filename="../player.py" line="107" />
        <source>Play position</source>
        <translation>Позиция воспроизведения</translation>
    </message>
    <message>
        <location filename="../player.py" line="114" />
        <source>Markers</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../player.py" line="115" />
        <source>Jump to marker</source>
        <translation>Перейти к метке</translation>
    </message>
    <message>
        <location filename="../player.py" line="132" />
        <source>Markers:</source>
        <translation>Метки:</translation>
    </message>
    <message>
        <location filename="../player.py" line="255" />
        <source>Checking the recording's integrity…</source>
        <translation>Проверка целостности записи…</translation>
    </message>
    <message>
        <location filename="../player.py" line="284" />
        <source>Incident</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <location filename="../player.py" line="284" />
        <source>Key phrase</source>
        <translation>Ключевая фраза</translation>
    </message>
    <message>
        <location filename="../player.py" line="289" />
        <source>The key-phrase segment is masked (silence, red band).</source>
        <translation>Фрагмент с ключевой фразой скрыт (тишина, красная полоса).</translation>
    </message>
    <message>
        <location filename="../player.py" line="300" />
        <source>No audio output device: playing without sound.</source>
        <translation>Нет устройства вывода звука: воспроизведение без звука.</translation>
    </message>
    <message>
        <location filename="../player.py" line="311" />
        <source>INTEGRITY CHECK FAILED: the %1 track of this recording is missing or was changed after the call (SHA-256 differs from the database). It will not be played. Tell the administrator.</source>
        <translation>ПРОВЕРКА ЦЕЛОСТНОСТИ НЕ ПРОЙДЕНА: дорожка «%1» этой записи отсутствует или изменена после звонка (SHA-256 не совпадает с базой данных). Она не будет воспроизведена. Сообщите администратору.</translation>
    </message>
    <message>
        <location filename="../player.py" line="316" />
        <source>You may not play recordings.</source>
        <translation>Вам не разрешено прослушивать записи.</translation>
    </message>
    <message>
        <location filename="../player.py" line="318" />
        <source>The recording cannot be played: %1</source>
        <translation>Запись не удаётся воспроизвести: %1</translation>
    </message>
    <message>
        <location filename="../player.py" line="339" />
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
</context>
<context>
    <name>PoliceHandoverDialog</name>
    <message>
        <location filename="../incidents_view.py" line="56" />
        <source>Incident %1: handed to police</source>
        <translation>Инцидент %1: передано в полицию</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="70" />
        <source>Date handed over</source>
        <translation>Дата передачи</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="71" />
        <source>Police reference number</source>
        <translation>Номер регистрации в полиции</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <location filename="../settings_pages.py" line="355" />
        <location filename="../settings_pages.py" line="378" />
        <source>Policy of this seat</source>
        <translation>Регламент этого рабочего места</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="360" />
        <source>Regulation %1 (rule ids %1-…), from %2</source>
        <translation>Регламент %1 (правила %1-…), источник: %2</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="365" />
        <source>This policy file cannot be read</source>
        <translation>Файл этого регламента не читается</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="371" />
        <source>What the operator may do and say, the channels, hours and deadlines follow the regulation chosen here. It applies after a console restart.</source>
        <translation>Что оператор может делать и говорить, каналы, часы работы и сроки — по выбранному здесь регламенту. Действует после перезапуска консоли.</translation>
    </message>
</context>
<context>
    <name>ProfileImport</name>
    <message>
        <location filename="../admin_import.py" line="49" />
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="50" />
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="51" />
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="52" />
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="53" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="54" />
        <source>Key phrase</source>
        <translation>Ключевая фраза</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="55" />
        <source>Applications</source>
        <translation>Заявления</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="56" />
        <source>Application number</source>
        <translation>Номер заявления</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="57" />
        <source>Child's first name</source>
        <translation>Имя ребёнка</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="58" />
        <source>Application status</source>
        <translation>Статус заявления</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="59" />
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="60" />
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="61" />
        <source>Kindergartens</source>
        <translation>Детские сады</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="64" />
        <source>The whole row</source>
        <translation>Вся строка</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="71" />
        <source>Empty; it is required</source>
        <translation>Пусто; поле обязательное</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="72" />
        <source>Not text</source>
        <translation>Не текст</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="73" />
        <source>Too long</source>
        <translation>Слишком длинно</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="74" />
        <source>Contains a control character</source>
        <translation>Содержит управляющий символ</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="77" />
        <source>Too many phone numbers</source>
        <translation>Слишком много номеров телефона</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="78" />
        <source>Not a valid phone number</source>
        <translation>Некорректный номер телефона</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="79" />
        <source>Not a valid date</source>
        <translation>Некорректная дата</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="80" />
        <source>The same profile appears earlier in the file</source>
        <translation>Этот же профиль уже есть выше в файле</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="83" />
        <source>Empty once spaces and punctuation are removed</source>
        <translation>Пусто без пробелов и знаков препинания</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="86" />
        <source>The row has a different number of columns than the header</source>
        <translation>В строке другое количество столбцов, чем в заголовке</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="89" />
        <source>No profile has this phone and surname</source>
        <translation>Нет профиля с таким телефоном и фамилией</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="92" />
        <source>Several profiles have this phone and surname; add the first name</source>
        <translation>У нескольких профилей такой телефон и фамилия; добавьте имя</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="95" />
        <source>Matches several existing profiles (same names, a shared phone)</source>
        <translation>Совпадает с несколькими существующими профилями (те же имена, общий телефон)</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="98" />
        <source>Updates the same existing profile as an earlier row</source>
        <translation>Обновляет тот же существующий профиль, что и строка выше</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="102" />
        <source>Cannot be imported</source>
        <translation>Не импортируется</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="110" />
        <source>Cancelled; nothing was imported.</source>
        <translation>Отменено; ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="113" />
        <source>The file changed while it was imported; nothing was imported.</source>
        <translation>Файл изменился во время импорта; ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="116" />
        <source>The file is larger than %1 MB; split the export.</source>
        <translation>Файл больше %1 МБ; разделите выгрузку.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="119" />
        <source>The file cannot be read.</source>
        <translation>Файл не читается.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="122" />
        <source>The file is not UTF-8 (line %1); export it as UTF-8.</source>
        <translation>Файл не в UTF-8 (строка %1); выгрузите его в UTF-8.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="125" />
        <source>Line %1 is not valid CSV.</source>
        <translation>Строка %1 — некорректный CSV.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="128" />
        <source>Line %1 is not valid JSON.</source>
        <translation>Строка %1 — некорректный JSON.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="131" />
        <source>The JSON file is not a list of profiles.</source>
        <translation>Файл JSON — не список профилей.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="134" />
        <source>The file has no header row.</source>
        <translation>В файле нет строки заголовка.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="137" />
        <source>Columns missing from the header: %1.</source>
        <translation>В заголовке не хватает столбцов: %1.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="140" />
        <source>Columns given twice: %1.</source>
        <translation>Столбцы повторяются: %1.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="143" />
        <source>The header has too many columns; is this the Service's export?</source>
        <translation>В заголовке слишком много столбцов; это точно выгрузка Сервиса?</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="146" />
        <source>Line %1 is too long; is this the Service's export?</source>
        <translation>Строка %1 слишком длинная; это точно выгрузка Сервиса?</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="149" />
        <source>The JSON is nested too deeply; is this the Service's export?</source>
        <translation>В JSON слишком глубокая вложенность; это точно выгрузка Сервиса?</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="152" />
        <source>A JSON item is too large; is this the Service's export?</source>
        <translation>Запись JSON слишком большая; это точно выгрузка Сервиса?</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="155" />
        <source>Problems in the file: %1; nothing was imported.</source>
        <translation>Проблем в файле: %1; ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="168" />
        <source>Checking rows</source>
        <translation>Проверка строк</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="170" />
        <source>Protecting key phrases</source>
        <translation>Защита ключевых фраз</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="172" />
        <source>Saving profiles</source>
        <translation>Сохранение профилей</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="173" />
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
</context>
<context>
    <name>RecordingsBrowser</name>
    <message>
        <location filename="../recordings_browser.py" line="98" />
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="100" />
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="105" />
        <source>Calls from this date</source>
        <translation>Звонки с этой даты</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="106" />
        <source>Calls up to this date</source>
        <translation>Звонки до этой даты</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="109" />
        <location filename="../recordings_browser.py" line="198" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="110" />
        <source>Any operator</source>
        <translation>Любой оператор</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="113" />
        <source>Caller number, e.g. +380671234567</source>
        <translation>Номер абонента, напр. +380671234567</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="114" />
        <source>starts with</source>
        <translation>начинается с</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="117" />
        <source>Any verification</source>
        <translation>Любая проверка</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="119" />
        <source>Verified</source>
        <translation>Верифицирован</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="120" />
        <source>Not verified</source>
        <translation>Не верифицирован</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="121" />
        <source>Locked</source>
        <translation>Заблокирован</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="126" />
        <source>With or without incidents</source>
        <translation>С инцидентами или без</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="127" />
        <location filename="../recordings_browser.py" line="398" />
        <source>Abuse</source>
        <translation>Оскорбление</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="127" />
        <location filename="../recordings_browser.py" line="398" />
        <source>Threat</source>
        <translation>Угроза</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="131" />
        <source>Held or not</source>
        <translation>С запретом удаления или без</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="132" />
        <source>On legal hold</source>
        <translation>С запретом удаления</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="132" />
        <source>Not held</source>
        <translation>Без запрета удаления</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="136" />
        <source>With or without complaint</source>
        <translation>С жалобой или без</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="137" />
        <source>With complaint</source>
        <translation>С жалобой</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="137" />
        <source>Without complaint</source>
        <translation>Без жалобы</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="139" />
        <source>Wrap-up: topic, notes or registration number</source>
        <translation>Итог: тема, заметки или регистрационный номер</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="144" />
        <source>A word, any case; Enter searches</source>
        <translation>Слово, любой регистр; Enter — искать</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="148" />
        <location filename="../recordings_browser.py" line="149" />
        <source>The wrap-up's category, as the operator chose it</source>
        <translation>Категория из итога, как её выбрал оператор</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="161" />
        <location filename="../recordings_browser.py" line="162" />
        <source>How the call ended</source>
        <translation>Как завершился звонок</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="163" />
        <source>Any ending</source>
        <translation>Любое завершение</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="175" />
        <source>Order of the calls</source>
        <translation>Порядок звонков</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="176" />
        <source>Newest first</source>
        <translation>Сначала новые</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="177" />
        <source>Oldest first</source>
        <translation>Сначала старые</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="178" />
        <source>Search</source>
        <translation>Искать</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="180" />
        <source>◀ Previous</source>
        <translation>◀ Предыдущая</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="181" />
        <source>Next ▶</source>
        <translation>Следующая ▶</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="183" />
        <source>Export selected…</source>
        <translation>Выгрузить выбранные…</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="186" />
        <source>Transcript…</source>
        <translation>Стенограмма…</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="192" />
        <source>Calls found</source>
        <translation>Найденные звонки</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="196" />
        <source>Rang at</source>
        <translation>Время звонка</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="197" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="199" />
        <source>Verification</source>
        <translation>Верификация</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="200" />
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="201" />
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="202" />
        <source>Hold</source>
        <translation>Запрет удаления</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="203" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="204" />
        <source>Reg. number</source>
        <translation>Рег. номер</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="205" />
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="206" />
        <source>How it ended</source>
        <translation>Как завершился</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="281" />
        <source>Any category</source>
        <translation>Любая категория</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="357" />
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="367" />
        <source>Search failed: %1</source>
        <translation>Поиск не удался: %1</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="383" />
        <source>Page %1: %2 calls</source>
        <translation>Страница %1: звонков — %2</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="401" />
        <source>Withheld</source>
        <translation>Номер скрыт</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="408" />
        <source>held</source>
        <translation>действует</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="422" />
        <source>Wrap-up incomplete</source>
        <translation>Итог не завершён</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="423" />
        <source>%1 (wrap-up incomplete)</source>
        <translation>%1 (итог не завершён)</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="465" />
        <location filename="../recordings_browser.py" line="473" />
        <source>This call has no recording.</source>
        <translation>У этого звонка нет записи.</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="497" />
        <source>Select the calls to export first.</source>
        <translation>Сначала выберите звонки для выгрузки.</translation>
    </message>
</context>
<context>
    <name>RecordingsPage</name>
    <message>
        <location filename="../settings_dialog.py" line="81" />
        <source>default: the data folder's recordings</source>
        <translation>по умолчанию: папка recordings в папке данных</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="82" />
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="91" />
        <source> MB</source>
        <translation> МБ</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="95" />
        <location filename="../settings_dialog.py" line="107" />
        <source>Free space kept for recordings</source>
        <translation>Свободное место, оставляемое для записей</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="98" />
        <source>Every seat warns the operator and supervisors when the recordings folder has less free space than this, before calls can no longer be recorded (KUTY-1.1). 1000 MB is about 2 hours of calls; 0 turns the warning off.</source>
        <translation>Каждое рабочее место предупреждает оператора и руководителей, когда в папке записей остаётся меньше свободного места, чем здесь, — ещё до того, как звонки перестанут записываться (KUTY-1.1). 1000 МБ — это примерно 2 часа звонков; 0 отключает предупреждение.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="104" />
        <source>Recordings folder</source>
        <translation>Папка записей</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="120" />
        <source>Cannot write to this folder: %1</source>
        <translation>Невозможно записывать в эту папку: %1</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="127" />
        <source>This folder is on a network share (%1). Recordings are written there during calls: if the share is slow or drops, recording fails. Use it only on a reliable network.</source>
        <translation>Эта папка находится на сетевом ресурсе (%1). Записи пишутся туда во время звонков: если ресурс медленный или пропадает, запись не удастся. Используйте только надёжную сеть.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="134" />
        <source>The folder is writable.</source>
        <translation>В папку можно записывать.</translation>
    </message>
</context>
<context>
    <name>RecordingsScreen</name>
    <message>
        <location filename="../recordings_browser.py" line="674" />
        <source>Recordings</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="675" />
        <source>Find, play and export recordings; requests (KUTY-1.3)</source>
        <translation>Поиск, прослушивание и выгрузка записей; запросы (KUTY-1.3)</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="683" />
        <source>&amp;Recordings</source>
        <translation>&amp;Записи</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="684" />
        <source>Browse and play recordings…</source>
        <translation>Просмотр и прослушивание записей…</translation>
    </message>
</context>
<context>
    <name>RecordingsWindow</name>
    <message>
        <location filename="../recordings_browser.py" line="524" />
        <source>Recordings</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="551" />
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="557" />
        <source>Requests (KUTY-1.3)</source>
        <translation>Запросы (KUTY-1.3)</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <location filename="../requests_view.py" line="153" />
        <source>Requests register (KUTY-1.3)</source>
        <translation>Реестр запросов (KUTY-1.3)</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="156" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="157" />
        <source>Requested by</source>
        <translation>Кто запрашивает</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="158" />
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="159" />
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="160" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="161" />
        <source>Dossier</source>
        <translation>Досье</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="167" />
        <source>New request…</source>
        <translation>Новый запрос…</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="168" />
        <source>Fulfil selected</source>
        <translation>Выполнить выбранный</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="169" />
        <source>Preview dossier</source>
        <translation>Просмотреть досье</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="172" />
        <source>What the selected request's dossier will hold, before it is built (KUTY-1.3)</source>
        <translation>Что будет в досье выбранного запроса, ещё до его формирования (KUTY-1.3)</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="177" />
        <source>Dossier preview</source>
        <translation>Предварительный просмотр досье</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="179" />
        <source>Select a request and press Preview dossier to see what it will hold.</source>
        <translation>Выберите запрос и нажмите «Просмотреть досье», чтобы увидеть, что в нём будет.</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="181" />
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="183" />
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="219" />
        <source>Cannot list requests: %1</source>
        <translation>Не удаётся показать запросы: %1</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="261" />
        <source>Request %1 registered.</source>
        <translation>Запрос %1 зарегистрирован.</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="267" />
        <source>Not registered: %1</source>
        <translation>Не зарегистрировано: %1</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="286" />
        <source>Queued transcripts: %1 made, %2 not transcribed (see the preview).</source>
        <translation>Стенограммы из очереди: создано — %1, не расшифровано — %2 (см. просмотр досье).</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="294" />
        <source>Queued transcripts were not made: %1</source>
        <translation>Стенограммы из очереди не созданы: %1</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="303" />
        <source>Select a request first.</source>
        <translation>Сначала выберите запрос.</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="318" />
        <source>No preview: %1</source>
        <translation>Просмотр недоступен: %1</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="337" />
        <source>Building the dossier…</source>
        <translation>Формирование досье…</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="356" />
        <source>Cancelled: no dossier was kept.</source>
        <translation>Отменено: досье не сохранено.</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="358" />
        <source>Not fulfilled: %1</source>
        <translation>Не выполнено: %1</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="361" />
        <source>Dossier ready: %1</source>
        <translation>Досье готово: %1</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="22" />
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="23" />
        <source>Dossier being built</source>
        <translation>Досье формируется</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="24" />
        <source>Fulfilled</source>
        <translation>Выполнен</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="25" />
        <source>Withdrawn</source>
        <translation>Отозван</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="27" />
        <source>Unknown state</source>
        <translation>Неизвестное состояние</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="29" />
        <source>%1 ⚠ overdue</source>
        <translation>%1 ⚠ просрочено</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="38" />
        <source>transcript included</source>
        <translation>стенограмма включена</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="39" />
        <source>not transcribed: still queued</source>
        <translation>не расшифровано: ещё в очереди</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="42" />
        <source>not transcribed: the transcription failed</source>
        <translation>не расшифровано: распознавание не удалось</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="45" />
        <source>not transcribed: no transcription engine or model on this seat</source>
        <translation>не расшифровано: на этом рабочем месте нет движка или модели распознавания</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="48" />
        <source>not transcribed: never queued</source>
        <translation>не расшифровано: не ставилось в очередь</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="57" />
        <source>Abuse</source>
        <translation>Оскорбление</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="58" />
        <source>Threat</source>
        <translation>Угроза</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="59" />
        <source>Incident</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="66" />
        <source>Request No. %1: calls %2, recordings %3.</source>
        <translation>Запрос № %1: звонков — %2, записей — %3.</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="73" />
        <source>caller</source>
        <translation>абонент</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="74" />
        <source>operator</source>
        <translation>оператор</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="75" />
        <source>both</source>
        <translation>обе дорожки</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="78" />
        <source>Recordings:</source>
        <translation>Записи:</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="83" />
        <source>a track file is missing</source>
        <translation>нет файла дорожки</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="95" />
        <source>Transcripts: %1 included, %2 not transcribed.</source>
        <translation>Стенограммы: включено — %1, не расшифровано — %2.</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="102" />
        <source>Wrap-ups:</source>
        <translation>Итоги:</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="104" />
        <source>no registration number</source>
        <translation>без регистрационного номера</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="110" />
        <source>Incidents: %1</source>
        <translation>Инциденты: %1</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="118" />
        <source>Written messages: %1</source>
        <translation>Письменные обращения: %1</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../settings_pages.py" line="282" />
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="283" />
        <source>keep all</source>
        <translation>хранить все</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="285" />
        <location filename="../settings_pages.py" line="308" />
        <source>Keep recordings for</source>
        <translation>Хранить записи</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="288" />
        <source>Recordings older than this are deleted by the nightly run; held, requested and complaint recordings stay (KUTY-1.1, KUTY-1.3). 0 keeps all.</source>
        <translation>Записи старше этого срока удаляет ночной запуск; записи с запретом удаления, запрошенные и по жалобам остаются (KUTY-1.1, KUTY-1.3). 0 — хранить все.</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="294" />
        <source>PocketSphinx (English, shipped)</source>
        <translation>PocketSphinx (английский, в комплекте)</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="295" />
        <source>faster-whisper (Ukrainian, a model folder)</source>
        <translation>faster-whisper (украинский, папка модели)</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="299" />
        <source>the faster-whisper model folder</source>
        <translation>папка модели faster-whisper</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="300" />
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="309" />
        <source>Transcription engine</source>
        <translation>Система распознавания</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="310" />
        <location filename="../settings_pages.py" line="322" />
        <source>Model folder</source>
        <translation>Папка модели</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="332" />
        <source>faster-whisper needs its model folder.</source>
        <translation>Для faster-whisper нужна папка модели.</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="335" />
        <source>The folder %1 does not exist.</source>
        <translation>Папки %1 не существует.</translation>
    </message>
</context>
<context>
    <name>RingAlert</name>
    <message>
        <location filename="../ring_alert.py" line="61" />
        <source>Second call waiting</source>
        <translation>Второй звонок ожидает</translation>
    </message>
    <message>
        <location filename="../ring_alert.py" line="61" />
        <source>Incoming call</source>
        <translation>Входящий звонок</translation>
    </message>
</context>
<context>
    <name>ScriptsPanel</name>
    <message>
        <location filename="../scripts_panel.py" line="63" />
        <source>Scripts</source>
        <translation>Сценарии</translation>
    </message>
    <message>
        <location filename="../scripts_panel.py" line="67" />
        <source>Script text to read aloud</source>
        <translation>Текст сценария, чтобы прочитать вслух</translation>
    </message>
    <message>
        <location filename="../scripts_panel.py" line="79" />
        <source>This desk's policy has no scripts.</source>
        <translation>В политике этой службы нет сценариев.</translation>
    </message>
    <message>
        <location filename="../scripts_panel.py" line="102" />
        <source>Scripts to read aloud (%1 to come here; arrows choose; Enter records a refusal)</source>
        <translation>Сценарии, чтобы прочитать вслух (%1 — перейти сюда; стрелки — выбор; Enter — записать отказ)</translation>
    </message>
    <message>
        <location filename="../scripts_panel.py" line="130" />
        <source>Rules: %1</source>
        <translation>Правила: %1</translation>
    </message>
    <message>
        <location filename="../scripts_panel.py" line="134" />
        <source>Refused: %1</source>
        <translation>Отказано: %1</translation>
    </message>
    <message>
        <location filename="../scripts_panel.py" line="138" />
        <source>Put "refused: %1" on the wrap-up of this call (Enter in the list)</source>
        <translation>Добавить «отказано: %1» в итог этого звонка (Enter в списке)</translation>
    </message>
    <message>
        <location filename="../scripts_panel.py" line="159" />
        <source>Added to the wrap-up: refused %1.</source>
        <translation>Добавлено в итог: отказано %1.</translation>
    </message>
    <message>
        <location filename="../scripts_panel.py" line="161" />
        <source>No call or open wrap-up to add "refused: %1" to.</source>
        <translation>Нет звонка или открытого итога, в который добавить «отказано: %1».</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="277" />
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="295" />
        <source>Language (after a console restart)</source>
        <translation>Язык (после перезапуска консоли)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="297" />
        <source>SIP accounts</source>
        <translation>Учётные записи SIP</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="298" />
        <source>Audio</source>
        <translation>Звук</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="299" />
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="300" />
        <source>Recordings</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="301" />
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="302" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="309" />
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="310" />
        <source>Retention and transcription</source>
        <translation>Хранение и расшифровка</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="311" />
        <source>Policy</source>
        <translation>Регламент</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="318" />
        <source>Restart the phone engine to apply</source>
        <translation>Перезапустить телефонный модуль, чтобы применить</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="416" />
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="428" />
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="446" />
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="447" />
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="454" />
        <source>Settings saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="457" />
        <source>Settings saved. They apply when the phone engine restarts (not during a call).</source>
        <translation>Настройки сохранены. Они вступят в силу после перезапуска телефонного модуля (не во время звонка).</translation>
    </message>
</context>
<context>
    <name>SettingsPages</name>
    <message>
        <location filename="../settings_pages.py" line="44" />
        <source>Kuty community: kindergarten-queue support desk</source>
        <translation>Громада Куты: служба поддержки очереди в детский сад</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="47" />
        <source>Preschool-queue portal support (Kazakhstan), chat only</source>
        <translation>Поддержка портала очереди в дошкольные организации (Казахстан), только чат</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="50" />
        <source>Eurasian Electronic Portal support</source>
        <translation>Поддержка Евразийского электронного портала</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="51" />
        <source>Control System Center support, written channels only</source>
        <translation>Поддержка Control System Center, только письменные каналы</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="72" />
        <source>stored in the keyring; empty: unchanged</source>
        <translation>сохранено в хранилище ключей; пусто: без изменений</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="74" />
        <source>kept in the keyring</source>
        <translation>хранится в хранилище ключей</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../sign_in.py" line="65" />
        <source>Kuty — sign in</source>
        <translation>Куты — вход</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="80" />
        <source>Username:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="81" />
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="86" />
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="92" />
        <source>Sign in with your Kuty account.</source>
        <translation>Войдите под своей учётной записью Куты.</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="102" />
        <source>Enter your username and password.</source>
        <translation>Введите имя пользователя и пароль.</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="125" />
        <source>Too many failed attempts: this account is locked until %1. Try again later or ask an administrator to reset the password.</source>
        <translation>Слишком много неудачных попыток: учётная запись заблокирована до %1. Попробуйте позже или попросите администратора сбросить пароль.</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="129" />
        <source>Wrong username or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="131" />
        <source>Sign-in is not possible: %1</source>
        <translation>Войти невозможно: %1</translation>
    </message>
</context>
<context>
    <name>StatusWidget</name>
    <message>
        <location filename="../status_widget.py" line="29" />
        <location filename="../status_widget.py" line="133" />
        <source>● REC</source>
        <translation>● ЗАПИСЬ</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="32" />
        <location filename="../status_widget.py" line="135" />
        <source>This call is being recorded (KUTY-1.1)</source>
        <translation>Этот звонок записывается (KUTY-1.1)</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="80" />
        <source>Phone: starting…</source>
        <translation>Телефон: запуск…</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="81" />
        <source>Phone: ready</source>
        <translation>Телефон: готов</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="82" />
        <source>Phone: stopped unexpectedly</source>
        <translation>Телефон: неожиданно остановился</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="83" />
        <source>Phone: restarting…</source>
        <translation>Телефон: перезапуск…</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="84" />
        <source>Phone: stopped</source>
        <translation>Телефон: остановлен</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="99" />
        <source>no OpenSSL: SIP over TLS is unavailable</source>
        <translation>без OpenSSL: SIP через TLS недоступен</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="101" />
        <source>PJSIP %1; TLS: %2</source>
        <translation>PJSIP %1; TLS: %2</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="102" />
        <source>version unknown</source>
        <translation>версия неизвестна</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="105" />
        <source>Listening on %1</source>
        <translation>Принимает звонки на %1</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="107" />
        <source>Headset: %1</source>
        <translation>Гарнитура: %1</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="111" />
        <source>⚠ No headset</source>
        <translation>⚠ Нет гарнитуры</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="124" />
        <source>⚠ REC STOPPED</source>
        <translation>⚠ ЗАПИСЬ ОСТАНОВЛЕНА</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="128" />
        <source>Audio of this call is being lost: the recordings folder takes no more audio (KUTY-1.1). Tell your supervisor.</source>
        <translation>Звук этого звонка теряется: папка записей больше не принимает звук (KUTY-1.1). Сообщите руководителю.</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="173" />
        <source>Registration failed: %1 %2</source>
        <translation>Ошибка регистрации: %1 %2</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="182" />
        <source>Registered: %1</source>
        <translation>Зарегистрирован: %1</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="188" />
        <source>Not registered: %1</source>
        <translation>Не зарегистрирован: %1</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="191" />
        <source>Local mode (no registration)</source>
        <translation>Локальный режим (без регистрации)</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="198" />
        <source>%1 refused INVITEs from unknown hosts</source>
        <translation>Отклонено INVITE от неизвестных узлов: %1</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="201" />
        <source>STUN: public address from %1</source>
        <translation>STUN: публичный адрес от %1</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="203" />
        <source>STUN failed: %1</source>
        <translation>STUN не удался: %1</translation>
    </message>
</context>
<context>
    <name>SupervisorQueue</name>
    <message>
        <location filename="../supervisor_queue.py" line="67" />
        <source>Notices waiting for acknowledgement</source>
        <translation>Уведомления, ожидающие подтверждения</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="70" />
        <source>What management did (required)</source>
        <translation>Что сделало руководство (обязательно)</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="71" />
        <source>Acknowledge</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="74" />
        <source>Acknowledge the selected report or alert (KUTY-1.1, KUTY-3.1..3.4)</source>
        <translation>Подтвердить выбранное уведомление или предупреждение (KUTY-1.1, KUTY-3.1..3.4)</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="79" />
        <location filename="../supervisor_queue.py" line="310" />
        <source>Open the call</source>
        <translation>Открыть звонок</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="82" />
        <source>Play the selected incident's call from where the button was pressed</source>
        <translation>Воспроизвести звонок выбранного инцидента с момента нажатия кнопки</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="84" />
        <source>Sound for new incident notices</source>
        <translation>Звук уведомлений о новых инцидентах</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="87" />
        <source>A short chime when a new incident is reported; untick to mute it</source>
        <translation>Короткий сигнал, когда сообщают о новом инциденте; снимите отметку, чтобы отключить его</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="97" />
        <source>Reports and alerts awaiting acknowledgement</source>
        <translation>Уведомления и предупреждения, ожидающие подтверждения</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="98" />
        <source>E-mail reports not delivered yet</source>
        <translation>Ещё не доставленные письма с уведомлениями</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="101" />
        <source>E-mails not delivered yet</source>
        <translation>Ещё не доставленные письма</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="154" />
        <source>Call recording stalled</source>
        <translation>Запись звонка остановилась</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="155" />
        <source>Call recording failed</source>
        <translation>Запись звонка не удалась</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="156" />
        <source>Low disk space for recordings</source>
        <translation>Мало места для записей</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="157" />
        <source>Recordings could not be reconciled</source>
        <translation>Не удалось сверить записи</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="158" />
        <source>A call was refused: all lines of a seat were busy</source>
        <translation>Звонок отклонён: все линии рабочего места были заняты</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="160" />
        <source>System alert</source>
        <translation>Системное предупреждение</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="171" />
        <source>%1 — e-mail to %2 — %3 failed attempt(s); next retry %4</source>
        <translation>%1 — письмо на %2 — неудачных попыток: %3; следующая попытка %4</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="175" />
        <source>Incident %1 — e-mail to %2 — %3 failed attempt(s); next retry %4</source>
        <translation>Инцидент %1 — письмо на %2 — неудачных попыток: %3; следующая попытка %4</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="190" />
        <source>E-mail reports not delivered yet (%1): retried automatically</source>
        <translation>Ещё не доставленные письма (%1): отправка повторяется автоматически</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="227" />
        <source>operator %1</source>
        <translation>оператор %1</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="238" />
        <source>Abuse</source>
        <translation>Оскорбление</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="239" />
        <source>Threat</source>
        <translation>Угроза</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="240" />
        <source>Withdrawn: pressed by mistake</source>
        <translation>Отменено: нажато по ошибке</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="241" />
        <source>Threat reclassified as abuse</source>
        <translation>Угроза переквалифицирована в оскорбление</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="250" />
        <source>Alert: %1 — seat %2 — %3</source>
        <translation>Предупреждение: %1 — рабочее место %2 — %3</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="255" />
        <source>Incident %1 — %2 — %3</source>
        <translation>Инцидент %1 — %2 — %3</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="307" />
        <source>Open the call at %1</source>
        <translation>Открыть звонок с %1</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="318" />
        <source>withheld</source>
        <translation>скрыт</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="319" />
        <source>Incident %1 — %2</source>
        <translation>Инцидент %1 — %2</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="337" />
        <source>Notification %1 acknowledged.</source>
        <translation>Уведомление %1 подтверждено.</translation>
    </message>
</context>
<context>
    <name>TranscriptEditor</name>
    <message>
        <location filename="../transcript_editor.py" line="111" />
        <source>Transcript — %1</source>
        <translation>Стенограмма — %1</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="126" />
        <source>Transcribe</source>
        <translation>Расшифровать</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="130" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="135" />
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="135" />
        <source>Speaker</source>
        <translation>Кто говорит</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="135" />
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="147" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="148" />
        <source>Export PDF…</source>
        <translation>Выгрузить PDF…</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="149" />
        <source>Export DOCX…</source>
        <translation>Выгрузить DOCX…</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="155" />
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="223" />
        <location filename="../transcript_editor.py" line="431" />
        <source>You may not read transcripts of recordings.</source>
        <translation>Вам не разрешено просматривать стенограммы записей.</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="225" />
        <source>The transcript cannot be shown: %1</source>
        <translation>Стенограмму не удаётся показать: %1</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="240" />
        <source>This recording has no transcript yet.</source>
        <translation>Для этой записи ещё нет стенограммы.</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="245" />
        <source>The key phrase is hidden for your role; those lines cannot be edited.</source>
        <translation>Ключевая фраза скрыта для вашей роли; эти строки нельзя редактировать.</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="255" />
        <source>Version %1 — %2, %3</source>
        <translation>Версия %1 — %2, %3</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="260" />
        <source>%1 (machine draft)</source>
        <translation>%1 (машинный черновик)</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="264" />
        <source>Caller</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="264" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="282" />
        <source>Hidden for your role.</source>
        <translation>Скрыто для вашей роли.</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="323" />
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="327" />
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="330" />
        <source>Saved as version %1.</source>
        <translation>Сохранено как версия %1.</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="389" />
        <source>Transcription cannot start: %1</source>
        <translation>Не удаётся начать распознавание: %1</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="398" />
        <source>Transcribing… This takes about as long as the call.</source>
        <translation>Распознавание… Это занимает примерно столько же, сколько длился разговор.</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="403" />
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="422" />
        <source>Transcribed.</source>
        <translation>Стенограмма создана.</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="427" />
        <source>Transcription cancelled: nothing was stored.</source>
        <translation>Распознавание отменено: ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="434" />
        <source>INTEGRITY CHECK FAILED: a track of this recording is missing or was changed after the call. It was not transcribed. Tell the administrator.</source>
        <translation>ПРОВЕРКА ЦЕЛОСТНОСТИ НЕ ПРОЙДЕНА: дорожка этой записи отсутствует или изменена после звонка. Стенограмма не создана. Сообщите администратору.</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="438" />
        <source>Transcription failed: %1</source>
        <translation>Распознавание не удалось: %1</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="454" />
        <source>Export transcript</source>
        <translation>Выгрузить стенограмму</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="469" />
        <source>You may not export recordings.</source>
        <translation>Вам не разрешено выгружать записи.</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="471" />
        <source>Export failed: %1</source>
        <translation>Выгрузка не удалась: %1</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="473" />
        <source>Exported to %1</source>
        <translation>Выгружено в %1</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="476" />
        <source>Exporting…</source>
        <translation>Выгрузка…</translation>
    </message>
</context>
<context>
    <name>TranscriptPane</name>
    <message>
        <location filename="../transcript_pane.py" line="59" />
        <source>Transcript</source>
        <translation>Стенограмма</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="61" />
        <source>Play a call to see its transcript here.</source>
        <translation>Воспроизведите звонок, чтобы увидеть здесь его стенограмму.</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="66" />
        <source>Transcript segments; click one to play from it</source>
        <translation>Фрагменты стенограммы; щёлкните фрагмент, чтобы воспроизвести с него</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="67" />
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="67" />
        <source>Speaker</source>
        <translation>Кто говорит</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="67" />
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="89" />
        <source>Loading the transcript…</source>
        <translation>Загрузка стенограммы…</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="98" />
        <source>The transcript cannot be shown: %1</source>
        <translation>Стенограмму не удаётся показать: %1</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="108" />
        <source>the call is still being recorded</source>
        <translation>звонок ещё записывается</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="109" />
        <source>the recording has no complete caller and operator tracks</source>
        <translation>в записи нет полных дорожек абонента и оператора</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="111" />
        <source>nobody has had this call transcribed yet: use Transcript… to make one</source>
        <translation>этот звонок ещё никто не расшифровывал: создайте стенограмму кнопкой «Стенограмма…»</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="113" />
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="119" />
        <source>Not transcribed: %1</source>
        <translation>Не расшифровано: %1</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="123" />
        <source>Version %1, %2 segments</source>
        <translation>Версия %1, фрагментов: %2</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="126" />
        <source>(the key phrase is hidden)</source>
        <translation>(ключевая фраза скрыта)</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="136" />
        <source>Caller</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="136" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="137" />
        <source>[key phrase hidden]</source>
        <translation>[ключевая фраза скрыта]</translation>
    </message>
</context>
<context>
    <name>TransferPanel</name>
    <message>
        <location filename="../transfer_panel.py" line="45" />
        <source>Transfer (F7)</source>
        <translation>Перевод (F7)</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="47" />
        <source>Seat, supervisor or number</source>
        <translation>Рабочее место, руководитель или номер</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="49" />
        <source>Where the call goes: a number or sip: address; Enter = blind transfer</source>
        <translation>Куда перевести: номер или адрес sip:; Enter — перевод без консультации</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="51" />
        <source>Blind transfer</source>
        <translation>Перевести сразу</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="54" />
        <source>Send the caller straight to the target, without talking to them first</source>
        <translation>Перевести абонента сразу, не разговаривая сначала с адресатом</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="56" />
        <source>Consult first</source>
        <translation>Сначала консультация</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="59" />
        <source>Hold the caller and call the target; then complete or cancel</source>
        <translation>Поставить абонента на удержание и позвонить адресату; затем завершить или отменить</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="61" />
        <source>Complete transfer</source>
        <translation>Завершить перевод</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="63" />
        <source>Connect the caller to the consulted person</source>
        <translation>Соединить абонента с тем, с кем консультировались</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="64" />
        <source>Cancel transfer</source>
        <translation>Отменить перевод</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="66" />
        <source>Hang up the consultation and go back to the caller</source>
        <translation>Завершить консультацию и вернуться к абоненту</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="109" />
        <source>Transferring to %1…</source>
        <translation>Переводим на %1…</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="116" />
        <source>Calling %1 to consult…</source>
        <translation>Звоним %1 для консультации…</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="124" />
        <location filename="../transfer_panel.py" line="164" />
        <source>Transferring…</source>
        <translation>Переводим…</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="133" />
        <source>Transfer cancelled; back to the caller.</source>
        <translation>Перевод отменён; вы снова с абонентом.</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="166" />
        <source>Transferred</source>
        <translation>Переведён</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="168" />
        <source>Could not transfer: %1</source>
        <translation>Не удалось перевести: %1</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../unlock_dialog.py" line="50" />
        <source>Unlock caller profile</source>
        <translation>Разблокировать профиль абонента</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="57" />
        <source>Required: why the lock is lifted early</source>
        <translation>Обязательно: почему блокировка снимается досрочно</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="66" />
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="74" />
        <source>The profile was locked after too many failed verifications (KUTY-2.2). Unlock only after confirming the caller's identity another way; the unlock and its reason are audited.</source>
        <translation>Профиль заблокирован после слишком многих неудачных проверок (KUTY-2.2). Разблокируйте только после того, как подтвердили личность абонента другим способом; разблокировка и её причина фиксируются в журнале аудита.</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="82" />
        <source>Profile id</source>
        <translation>Идентификатор профиля</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="83" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="100" />
        <source>Give a reason: every unlock is audited.</source>
        <translation>Укажите причину: каждая разблокировка фиксируется в журнале аудита.</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="124" />
        <source>There is no profile %1.</source>
        <translation>Профиля %1 не существует.</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="126" />
        <source>You may not unlock profiles (supervisors only).</source>
        <translation>У вас нет права разблокировать профили (только руководители).</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="128" />
        <source>The profile could not be unlocked: %1</source>
        <translation>Не удалось разблокировать профиль: %1</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="144" />
        <source>Caller &amp;profiles</source>
        <translation>&amp;Профили абонентов</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="148" />
        <source>Unlock profile…</source>
        <translation>Разблокировать профиль…</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="158" />
        <source>Profile %1 unlocked (%2 active lock(s) lifted).</source>
        <translation>Профиль %1 разблокирован (снято активных блокировок: %2).</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <location filename="../admin_users.py" line="287" />
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="289" />
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="289" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="289" />
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="289" />
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="296" />
        <source>Add a user…</source>
        <translation>Добавить пользователя…</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="298" />
        <source>Reset the password…</source>
        <translation>Новый пароль…</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="300" />
        <source>Change the role…</source>
        <translation>Изменить роль…</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="302" />
        <source>Disable…</source>
        <translation>Отключить…</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="305" />
        <source>The account can no longer sign in; its calls and audit events stay</source>
        <translation>Учётная запись больше не сможет войти; её звонки и события аудита останутся</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="347" />
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="347" />
        <source>Disabled</source>
        <translation>Отключена</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="350" />
        <source>%1, last signed in %2</source>
        <translation>%1, последний вход %2</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="359" />
        <source>Accounts could not be loaded: %1</source>
        <translation>Учётные записи не загружены: %1</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="412" />
        <source>Disable an account</source>
        <translation>Отключить учётную запись</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="414" />
        <source>Disable “%1” (%2)? They can no longer sign in; their calls and audit events stay.</source>
        <translation>Отключить «%1» (%2)? Войти больше не получится; звонки и события журнала аудита останутся.</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="421" />
        <source>Disable</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="422" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>VerificationPanel</name>
    <message>
        <location filename="../verification_panel.py" line="103" />
        <source>Detailed help only for a verified caller (KUTY-2.2)</source>
        <translation>Подробная консультация — только верифицированному абоненту (KUTY-2.2)</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="104" />
        <source>Caller verification</source>
        <translation>Верификация абонента</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="127" />
        <source>Type the surname the caller says (KUTY-2.2)</source>
        <translation>Введите фамилию, которую называет абонент (KUTY-2.2)</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="129" />
        <source>Type the first name the caller says (KUTY-2.2)</source>
        <translation>Введите имя, которое называет абонент (KUTY-2.2)</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="136" />
        <source>Type the key phrase the caller says; it is never shown or stored (KUTY-2.2)</source>
        <translation>Введите ключевую фразу, которую называет абонент; она нигде не показывается и не хранится (KUTY-2.2)</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="147" />
        <source>Start verification</source>
        <translation>Начать проверку</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="152" />
        <source>Check the caller's number, then ask surname, first name, key phrase</source>
        <translation>Проверить номер абонента, затем спросить фамилию, имя, ключевую фразу</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="161" />
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="162" />
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="163" />
        <source>Key phrase</source>
        <translation>Ключевая фраза</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="283" />
        <location filename="../verification_panel.py" line="317" />
        <source>Type what the caller says, then press Enter.</source>
        <translation>Введите то, что говорит абонент, и нажмите Enter.</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="321" />
        <source>You may not verify callers: %1</source>
        <translation>Вы не имеете права верифицировать абонентов: %1</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="324" />
        <source>Verification failed: %1</source>
        <translation>Не удалось выполнить проверку: %1</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="338" />
        <source>Attempts left: %1</source>
        <translation>Осталось попыток: %1</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="357" />
        <source>You may help with general technical questions only (KUTY-2.1).</source>
        <translation>Можно помогать только с общими техническими вопросами (KUTY-2.1).</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="362" />
        <source>%1 hours from the last failed attempt</source>
        <translation>%1 ч от последней неудачной попытки</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="365" />
        <source>Ask the caller's surname.</source>
        <translation>Спросите фамилию абонента.</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="367" />
        <source>Not verified: the answers do not match. Ask all three again, from the surname.</source>
        <translation>Не верифицирован: ответы не совпадают. Спросите все три ещё раз, начиная с фамилии.</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="370" />
        <source>The caller is verified: detailed consultation is allowed (KUTY-2.2).</source>
        <translation>Абонент верифицирован: подробная консультация разрешена (KUTY-2.2).</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="373" />
        <source>The answers do not match and this call has no attempts left. Tell the caller: “We could not confirm your identity, so I can only give general help.”</source>
        <translation>Ответы не совпадают, и попыток в этом звонке больше нет. Скажите абоненту: «Мы не смогли подтвердить вашу личность, поэтому я могу оказать только общую консультацию.»</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="376" />
        <source>Verification was not finished.</source>
        <translation>Проверка не завершена.</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="378" />
        <source>Too many failed verifications: the profile is locked until %1. Tell the caller: “For your security, checks by phone are paused until %1; please call again then.”</source>
        <translation>Слишком много неудачных проверок: профиль заблокирован до %1. Скажите абоненту: «В целях безопасности проверка по телефону приостановлена до %1; пожалуйста, позвоните после этого.»</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="383" />
        <source>The number is withheld, so the caller cannot be verified. Tell the caller: “Please call again from the number in your profile without hiding it.”</source>
        <translation>Номер скрыт, поэтому абонента нельзя верифицировать. Скажите абоненту: «Пожалуйста, позвоните с номера, указанного в вашем профиле, не скрывая его.»</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="387" />
        <source>The caller's number is unknown, so the caller cannot be verified. Tell the caller: “Please call again from the number in your profile.”</source>
        <translation>Номер абонента неизвестен, поэтому его нельзя верифицировать. Скажите абоненту: «Пожалуйста, позвоните с номера, указанного в вашем профиле.»</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="391" />
        <source>No profile in the Service has this number. Tell the caller: “Detailed help is given only when you call from the number in your profile.”</source>
        <translation>Ни один профиль в Сервисе не имеет этого номера. Скажите абоненту: «Подробная консультация предоставляется, только когда вы звоните с номера, указанного в вашем профиле.»</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="404" />
        <source>Checking the number…</source>
        <translation>Проверка номера…</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="405" />
        <source>Verification: surname</source>
        <translation>Проверка: фамилия</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="406" />
        <source>Verification: first name</source>
        <translation>Проверка: имя</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="407" />
        <source>Verification: key phrase</source>
        <translation>Проверка: ключевая фраза</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="408" />
        <source>VERIFIED</source>
        <translation>ВЕРИФИЦИРОВАН</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="409" />
        <source>NOT VERIFIED</source>
        <translation>НЕ ВЕРИФИЦИРОВАН</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="410" />
        <source>LOCKED</source>
        <translation>ЗАБЛОКИРОВАН</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="411" />
        <source>General consultation only</source>
        <translation>Только общая консультация</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="433" />
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="453" />
        <source>No answered call</source>
        <translation>Нет разговора</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="455" />
        <source>Not verified yet</source>
        <translation>Ещё не верифицирован</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="457" />
        <source>Press “Start verification” (%1) before giving detailed help.</source>
        <translation>Нажмите «Начать проверку» (%1), прежде чем давать подробную консультацию.</translation>
    </message>
</context>
<context>
    <name>Wallboard</name>
    <message>
        <location filename="../wallboard_view.py" line="55" />
        <source>In a call</source>
        <translation>В разговоре</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="57" />
        <source>Ready</source>
        <translation>Готов</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="59" />
        <source>After-call work</source>
        <translation>Постобработка</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="61" />
        <source>Not ready: %1</source>
        <translation>Не готов: %1</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="64" />
        <source>Not ready</source>
        <translation>Не готов</translation>
    </message>
</context>
<context>
    <name>WallboardView</name>
    <message>
        <location filename="../wallboard_view.py" line="97" />
        <location filename="../wallboard_view.py" line="101" />
        <source>Seat</source>
        <translation>Рабочее место</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="97" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="97" />
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="97" />
        <source>In state for</source>
        <translation>В состоянии</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="101" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="101" />
        <source>Talking for</source>
        <translation>Разговор длится</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="101" />
        <source>Verification</source>
        <translation>Верификация</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="103" />
        <source>Seats</source>
        <translation>Рабочие места</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="104" />
        <source>Calls in progress</source>
        <translation>Текущие звонки</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="161" />
        <source>This seat only (embedded database)</source>
        <translation>Только это рабочее место (встроенная база)</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="163" />
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="202" />
        <source>The wallboard could not be read: %1</source>
        <translation>Не удалось прочитать табло: %1</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="212" />
        <source>Live: all seats</source>
        <translation>В реальном времени: все рабочие места</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="212" />
        <source>Reconnecting to the database…</source>
        <translation>Повторное подключение к базе данных…</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="222" />
        <source>Ready %1 of %2 · talking %3 · ringing %4 · open incidents %5 · alerts %6</source>
        <translation>Готовы %1 из %2 · разговаривают %3 · звонят %4 · открытые инциденты %5 · предупреждения %6</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="241" />
        <source>ringing %1</source>
        <translation>звонит %1</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="246" />
        <source>Number withheld</source>
        <translation>Номер скрыт</translation>
    </message>
</context>
<context>
    <name>WorkspaceNav</name>
    <message>
        <location filename="../workspaces.py" line="56" />
        <source>Workspaces</source>
        <translation>Рабочие области</translation>
    </message>
</context>
<context>
    <name>WrapUpPane</name>
    <message>
        <location filename="../wrapup_fields.py" line="21" />
        <source>Registration in the service</source>
        <translation>Регистрация в Сервисе</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="22" />
        <source>Submitting an application</source>
        <translation>Подача заявления</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="25" />
        <source>Changing the user's data</source>
        <translation>Изменение данных пользователя</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="26" />
        <source>Legal question</source>
        <translation>Юридический вопрос</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="27" />
        <source>Order in the queue</source>
        <translation>Порядок в очереди</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="28" />
        <source>Filing on the caller's behalf</source>
        <translation>Подача заявления вместо заявителя</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="31" />
        <source>Other people's data</source>
        <translation>Данные других лиц</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="32" />
        <source>Other products</source>
        <translation>Другие продукты</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="33" />
        <source>Consultation</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="34" />
        <source>Error or defect</source>
        <translation>Ошибка или дефект</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="35" />
        <location filename="../wrapup_pane.py" line="180" />
        <source>Out of scope</source>
        <translation>Вне компетенции</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="36" />
        <source>Support request</source>
        <translation>Запрос на поддержку</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="37" />
        <source>Using the portal</source>
        <translation>Пользование порталом</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="38" />
        <source>Not a portal user</source>
        <translation>Не пользователь портала</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="118" />
        <source>This call has no number: type the number to call back.</source>
        <translation>У этого звонка нет номера: введите номер для обратного звонка.</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="121" />
        <source>The call-back number is not a valid phone number.</source>
        <translation>Номер для обратного звонка не является действительным номером телефона.</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="126" />
        <source>A call-back is offered only to VIP cases (EEP-8).</source>
        <translation>Обратный звонок предоставляется только для обращений уровня VIP (EEP-8).</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="130" />
        <source>The call-back time is in the past.</source>
        <translation>Время обратного звонка уже прошло.</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="131" />
        <source>The call-back time is more than a year ahead.</source>
        <translation>Время обратного звонка более чем на год вперёд.</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="136" />
        <location filename="../wrapup_pane.py" line="218" />
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="138" />
        <location filename="../wrapup_pane.py" line="220" />
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="141" />
        <source>%1 must be one line.</source>
        <translation>%1: должно быть одной строкой.</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="146" />
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1: слишком длинно (не более %2 символов).</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="150" />
        <source>%1 contains characters that cannot be stored.</source>
        <translation>%1: содержит символы, которые невозможно сохранить.</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="154" />
        <source>Choose a category from the list.</source>
        <translation>Выберите категорию из списка.</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="156" />
        <source>This registration number is already used.</source>
        <translation>Этот регистрационный номер уже использован.</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="157" />
        <source>The wrap-up was not saved: %1</source>
        <translation>Итог не сохранён: %1</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="159" />
        <source>What the contact was about, in a few words</source>
        <translation>О чём было обращение, в нескольких словах</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="163" />
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="165" />
        <source>Copy the registration number</source>
        <translation>Скопировать регистрационный номер</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="171" />
        <source>Call back needed</source>
        <translation>Нужен обратный звонок</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="193" />
        <source>Save wrap-up</source>
        <translation>Сохранить итог</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="196" />
        <source>Save the wrap-up and become ready for calls (%1)</source>
        <translation>Сохранить итог и стать готовым к звонкам (%1)</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="198" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="217" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="219" />
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="223" />
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="244" />
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="309" />
        <source>contact</source>
        <translation>обращение</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="310" />
        <source>After-call work: %1</source>
        <translation>Постобработка: %1</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="438" />
        <source>Choose a category first.</source>
        <translation>Сначала выберите категорию.</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="447" />
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="481" />
        <source>Saved as incomplete: the time for wrap-up ran out.</source>
        <translation>Сохранено как незавершённое: время постобработки истекло.</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="483" />
        <source>Wrap-up saved.</source>
        <translation>Итог сохранён.</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="501" />
        <source>The database cannot be reached: the wrap-up is kept on this computer and saved when it is back.</source>
        <translation>База данных недоступна: итог хранится на этом компьютере и будет сохранён, как только база вернётся.</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="550" />
        <source>Time left: %1</source>
        <translation>Осталось: %1</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="599" />
        <source>given when saved</source>
        <translation>будет присвоен при сохранении</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="599" />
        <source>not needed for this category</source>
        <translation>для этой категории не нужен</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="606" />
        <source>Registration number copied.</source>
        <translation>Регистрационный номер скопирован.</translation>
    </message>
</context>
<context>
    <name>WrittenView</name>
    <message>
        <location filename="../written_view.py" line="181" />
        <source>Written contacts in order of arrival</source>
        <translation>Письменные обращения в порядке поступления</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="183" />
        <source>First come, first answered (KZP-30-9, CSC-2.4)</source>
        <translation>Кто раньше написал, тому раньше ответят (KZP-30-9, CSC-2.4)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="184" />
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="186" />
        <source>Next case</source>
        <translation>Следующее обращение</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="189" />
        <source>Open the next case in the queue (%1)</source>
        <translation>Открыть следующее обращение в очереди (%1)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="193" />
        <source>Written cases in order of arrival</source>
        <translation>Письменные обращения в порядке поступления</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="196" />
        <source>Arrived</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="197" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="198" />
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="199" />
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="200" />
        <source>No.</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="201" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="202" />
        <source>Answer due</source>
        <translation>Ответить до</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="215" />
        <source>No written contacts are waiting.</source>
        <translation>Нет ожидающих письменных обращений.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="230" />
        <location filename="../written_view.py" line="691" />
        <source>Select a case in the list above.</source>
        <translation>Выберите обращение в списке выше.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="234" />
        <source>Take case</source>
        <translation>Взять обращение</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="237" />
        <source>Handle this case yourself; its answer time runs from now (CSC-2.4)</source>
        <translation>Взять обращение в работу; время на ответ отсчитывается с этого момента (CSC-2.4)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="239" />
        <source>Join the call</source>
        <translation>Привязать звонок</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="242" />
        <source>Join this seat's last call to this case, when it is the same person</source>
        <translation>Привязать последний звонок этого рабочего места к обращению, если это тот же человек</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="248" />
        <source>Messages and internal notes of the case</source>
        <translation>Письма и внутренние заметки обращения</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="254" />
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="256" />
        <source>Save attachment…</source>
        <translation>Сохранить вложение…</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="259" />
        <source>Save the selected attachment into a folder; the console never opens it</source>
        <translation>Сохранить выбранное вложение в папку; консоль никогда его не открывает</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="263" />
        <source>Insert a reply template of the desk's policy</source>
        <translation>Вставить шаблон ответа из регламента службы</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="264" />
        <source>Reply templates</source>
        <translation>Шаблоны ответов</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="265" />
        <source>Insert a template…</source>
        <translation>Вставить шаблон…</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="280" />
        <source>⚠ Not verified (KUTY-2.2): general help only — nothing from the profile or the applications. For details, ask them to call from the profile's number.</source>
        <translation>⚠ Не верифицирован (KUTY-2.2): только общая помощь — ничего из профиля и заявлений. Для подробной консультации попросите позвонить с номера, указанного в профиле.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="288" />
        <source>Your reply to the writer</source>
        <translation>Ваш ответ автору обращения</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="289" />
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="292" />
        <source>Write the reply here (%1); send it with %2</source>
        <translation>Напишите ответ здесь (%1); отправьте его клавишами %2</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="296" />
        <source>Send reply</source>
        <translation>Отправить ответ</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="299" />
        <source>Send the reply by e-mail; it is kept with its hash (KUTY-1.1) (%1)</source>
        <translation>Отправить ответ по электронной почте; он хранится вместе с хешем (KUTY-1.1) (%1)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="304" />
        <source>Save as internal note</source>
        <translation>Сохранить как заметку</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="307" />
        <source>Keep the text as a note for the desk; it is never sent to the writer</source>
        <translation>Сохранить текст как заметку для службы; автору обращения она никогда не отправляется</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="309" />
        <location filename="../written_view.py" line="455" />
        <source>Waiting for the writer</source>
        <translation>Ждёт ответа автора</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="312" />
        <source>The case waits for the writer's answer (EEP-15 closes it after 8 h)</source>
        <translation>Обращение ждёт ответа автора (по EEP-15 закрывается через 8 ч)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="314" />
        <source>Defer</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="317" />
        <source>A complex question asked on weekend duty waits for Monday (CSC-2.3)</source>
        <translation>Сложный вопрос, заданный во время дежурства в выходные, ждёт понедельника (CSC-2.3)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="319" />
        <source>Close case…</source>
        <translation>Закрыть обращение…</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="322" />
        <source>Close the case with its wrap-up: category, topic, notes and the reason</source>
        <translation>Закрыть обращение с итогом: категория, тема, примечания и причина</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="324" />
        <source>Abuse — stop + report</source>
        <translation>Оскорбление — прекратить + сообщить</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="327" />
        <source>Stop the correspondence and report to management (KUTY-3.3)</source>
        <translation>Прекратить переписку и сообщить руководству (KUTY-3.3)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="329" />
        <source>Threat — stop + report + police</source>
        <translation>Угроза — прекратить + сообщить + полиция</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="333" />
        <source>Stop the correspondence, report to management and the police with the message and all its headers (KUTY-3.4)</source>
        <translation>Прекратить переписку, сообщить руководству и полиции, передав письмо со всеми заголовками (KUTY-3.4)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="453" />
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="454" />
        <source>Open</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="456" />
        <source>Deferred</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="457" />
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="459" />
        <location filename="../written_view.py" line="467" />
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="463" />
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="464" />
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="465" />
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="471" />
        <source>not answered yet</source>
        <translation>ещё без ответа</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="472" />
        <source>answered</source>
        <translation>ответ дан</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="473" />
        <source>being sent</source>
        <translation>отправляется</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="474" />
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="475" />
        <source>NOT SENT</source>
        <translation>НЕ ОТПРАВЛЕНО</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="476" />
        <source>over the size limit, only its beginning is kept</source>
        <translation>больше допустимого размера, сохранено только начало</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="484" />
        <source>deferred to %1</source>
        <translation>отложено до %1</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="488" />
        <source>closes now (no answer)</source>
        <translation>закрывается сейчас (нет ответа)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="489" />
        <source>closes in %1</source>
        <translation>закроется через %1</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="494" />
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="495" />
        <source>%1 left</source>
        <translation>осталось %1</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="505" />
        <source>This reply asks the writer for a password or login data, which the regulation forbids (KZP-30-11): remove that request before sending.</source>
        <translation>Этот ответ просит автора сообщить пароль или данные для входа, а регламент это запрещает (KZP-30-11): уберите эту просьбу перед отправкой.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="517" />
        <source>The correspondence is stopped (KUTY-3.3/3.4): no reply is sent.</source>
        <translation>Переписка прекращена (KUTY-3.3/3.4): ответ не отправляется.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="519" />
        <source>Type the reason for closing first.</source>
        <translation>Сначала укажите причину закрытия.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="521" />
        <source>Choose one of the policy's categories.</source>
        <translation>Выберите одну из категорий регламента.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="523" />
        <source>The policy has no such service level (EEP-3).</source>
        <translation>В регламенте нет такого уровня обслуживания (EEP-3).</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="525" />
        <source>The policy asks writers for no self-identification (EEP-11).</source>
        <translation>Регламент не требует от авторов представляться (EEP-11).</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="527" />
        <source>Nothing to defer now: answer the question (CSC-2.3).</source>
        <translation>Сейчас откладывать нечего: ответьте на вопрос (CSC-2.3).</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="529" />
        <location filename="../written_view.py" line="913" />
        <source>The reply is empty.</source>
        <translation>Ответ пуст.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="532" />
        <source>No mail server is set up for replies; tell the administrator ([smtp] in incidents.toml).</source>
        <translation>Почтовый сервер для ответов не настроен; сообщите администратору ([smtp] в incidents.toml).</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="537" />
        <source>The reply was kept but the mail server did not take it. Try again later or tell the administrator.</source>
        <translation>Ответ сохранён, но почтовый сервер его не принял. Повторите попытку позже или сообщите администратору.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="541" />
        <source>The note is empty.</source>
        <translation>Заметка пуста.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="543" />
        <source>Another operator is handling this case; ask a supervisor.</source>
        <translation>Это обращение обрабатывает другой оператор; обратитесь к руководителю.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="545" />
        <source>This case is closed.</source>
        <translation>Это обращение закрыто.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="617" />
        <source>stopped</source>
        <translation>прекращено</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="623" />
        <location filename="../written_view.py" line="700" />
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="647" />
        <source>First answer due %1 (CSC-2.4)</source>
        <translation>Первый ответ — до %1 (CSC-2.4)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="652" />
        <source>The policy sets no answer time (KZP-30-9)</source>
        <translation>Регламент не устанавливает срок ответа (KZP-30-9)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="699" />
        <source>no number</source>
        <translation>без номера</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="710" />
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="716" />
        <source>over the size limit, not kept</source>
        <translation>больше допустимого размера, не сохранено</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="720" />
        <source>archive, never unpacked</source>
        <translation>архив, никогда не распаковывается</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="727" />
        <source>No attachments</source>
        <translation>Вложений нет</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="740" />
        <source>From %1</source>
        <translation>От %1</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="742" />
        <source>Reply from the desk to %1</source>
        <translation>Ответ службы для %1</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="749" />
        <source>correspondence stopped</source>
        <translation>переписка прекращена</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="764" />
        <source>Internal note — %1</source>
        <translation>Внутренняя заметка — %1</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="765" />
        <source>not sent to the writer</source>
        <translation>автору не отправляется</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="787" />
        <source>talked %1</source>
        <translation>разговор %1</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="789" />
        <source>not answered</source>
        <translation>без ответа</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="792" />
        <source>caller verified (KUTY-2.2)</source>
        <translation>абонент верифицирован (KUTY-2.2)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="795" />
        <source>Call with %1</source>
        <translation>Звонок — %1</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="823" />
        <source>Join call %1</source>
        <translation>Привязать звонок %1</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="874" />
        <source>The case is yours.</source>
        <translation>Обращение теперь ваше.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="881" />
        <location filename="../written_view.py" line="886" />
        <source>without a number</source>
        <translation>без номера</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="901" />
        <source>Call %1 joined to this case.</source>
        <translation>Звонок %1 привязан к обращению.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="922" />
        <source>The writer is not verified (KUTY-2.2): send only general help, nothing from their profile or applications.</source>
        <translation>Автор не верифицирован (KUTY-2.2): отправляйте только общую помощь, ничего из его профиля и заявлений.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="929" />
        <source>Check the reply</source>
        <translation>Проверьте ответ</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="930" />
        <source>Send it anyway?</source>
        <translation>Всё равно отправить?</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="936" />
        <source>Send anyway</source>
        <translation>Всё равно отправить</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="937" />
        <source>Edit the reply</source>
        <translation>Исправить ответ</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="976" />
        <source>Reply sent; the case waits for the writer.</source>
        <translation>Ответ отправлен; обращение ждёт ответа автора.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="978" />
        <source>It was not filed in the mailbox's Sent folder.</source>
        <translation>Его не удалось положить в папку «Отправленные» почтового ящика.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="990" />
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="1003" />
        <source>Internal note saved; the writer does not see it.</source>
        <translation>Внутренняя заметка сохранена; автор обращения её не видит.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="1019" />
        <source>The case waits for the writer.</source>
        <translation>Обращение ждёт ответа автора.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="1031" />
        <source>Deferred to %1 (CSC-2.3).</source>
        <translation>Отложено до %1 (CSC-2.3).</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="1048" />
        <source>The case is closed.</source>
        <translation>Обращение закрыто.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="1050" />
        <source>Case %1 is closed.</source>
        <translation>Обращение %1 закрыто.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="1087" />
        <source>Correspondence stopped; incident %1 filed.</source>
        <translation>Переписка прекращена; инцидент %1 зарегистрирован.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="1091" />
        <source>The address %1 is blocked.</source>
        <translation>Адрес %1 заблокирован.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="1093" />
        <source>A supervisor may block the address.</source>
        <translation>Заблокировать адрес может руководитель.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="1112" />
        <source>Save the attachment into a folder</source>
        <translation>Сохранить вложение в папку</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="1128" />
        <source>Saved as %1; not opened.</source>
        <translation>Сохранено как %1; не открывалось.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="1132" />
        <source>The folder cannot be written.</source>
        <translation>В эту папку нельзя записать.</translation>
    </message>
</context>
</TS>
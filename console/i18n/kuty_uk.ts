<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="uk" sourcelanguage="en">
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
        <translation>TLS (шифрований)</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="54" />
        <source>Off</source>
        <translation>Вимкнено</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="55" />
        <source>When the other side offers it</source>
        <translation>Якщо інша сторона пропонує</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="58" />
        <source>Required</source>
        <translation>Обов'язково</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="67" />
        <source>the account name must be 1 to 32 Latin letters, digits, - or _</source>
        <translation>назва облікового запису — від 1 до 32 латинських літер, цифр, - або _</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="69" />
        <source>the registrar must be a host or host:port, not %1</source>
        <translation>реєстратор має бути вузлом або вузол:порт, а не %1</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="71" />
        <source>the outbound proxy must be a host or host:port, not %1</source>
        <translation>вихідний проксі має бути вузлом або вузол:порт, а не %1</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="73" />
        <source>the SIP domain must be a host or host:port, not %1</source>
        <translation>домен SIP має бути вузлом або вузол:порт, а не %1</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="75" />
        <source>the registrar is required</source>
        <translation>потрібно вказати реєстратор</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="77" />
        <source>the user (extension) may hold only Latin letters, digits and SIP signs, not %1</source>
        <translation>користувач (внутрішній номер) може містити лише латинські літери, цифри та знаки SIP, а не %1</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="80" />
        <source>the registration timeout must be 20 to 86400 s</source>
        <translation>час реєстрації — від 20 до 86400 с</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="82" />
        <source>the retry interval must be 5 to 3600 s</source>
        <translation>інтервал повтору — від 5 до 3600 с</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="84" />
        <source>at most %1 STUN servers</source>
        <translation>не більше %1 серверів STUN</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="86" />
        <source>each STUN server must be a host or host:port, not %1</source>
        <translation>кожен сервер STUN має бути вузлом або вузол:порт, а не %1</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="88" />
        <source>a STUN server is listed twice</source>
        <translation>сервер STUN указано двічі</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="97" />
        <source>check the account's fields</source>
        <translation>перевірте поля облікового запису</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="117" />
        <source>Add account</source>
        <translation>Додати обліковий запис</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="119" />
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="135" />
        <source>Verify the server certificate (TLS)</source>
        <translation>Перевіряти сертифікат сервера (TLS)</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="138" />
        <source>Default account</source>
        <translation>Обліковий запис за замовчуванням</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="143" />
        <source>STUN servers (host:port, separated by commas or spaces) that tell the phone its public address behind NAT. Leave empty when the PBX is on the same network or fixes addresses itself.</source>
        <translation>Сервери STUN (вузол:порт, через кому або пробіл), які повідомляють телефону його публічну адресу за NAT. Залиште порожнім, якщо АТС у тій самій мережі або сама виправляє адреси.</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="148" />
        <source>ICE (for media through NAT)</source>
        <translation>ICE (для звуку через NAT)</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="151" />
        <source>Offer ICE candidates in calls. Needs a network address (not 127.0.0.1) and a provider that supports ICE.</source>
        <translation>Пропонувати кандидатів ICE у дзвінках. Потрібна мережева адреса (не 127.0.0.1) і провайдер, що підтримує ICE.</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="161" />
        <source>Account name</source>
        <translation>Назва облікового запису</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="162" />
        <source>Registrar (host:port)</source>
        <translation>Реєстратор (вузол:порт)</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="163" />
        <source>User (extension)</source>
        <translation>Користувач (внутрішній номер)</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="164" />
        <source>Authentication user</source>
        <translation>Користувач для автентифікації</translation>
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
        <translation>Вихідний проксі</translation>
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
        <translation>Тривалість реєстрації, с</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="171" />
        <source>STUN servers</source>
        <translation>Сервери STUN</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="241" />
        <source>stored in the keyring; type to replace</source>
        <translation>збережено у сховищі ключів; введіть, щоб замінити</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="281" />
        <source>the account name %1 is already taken</source>
        <translation>назва облікового запису %1 уже зайнята</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="283" />
        <location filename="../accounts_page.py" line="292" />
        <source>Account not valid: %1</source>
        <translation>Обліковий запис некоректний: %1</translation>
    </message>
</context>
<context>
    <name>AdminAlerts</name>
    <message>
        <location filename="../admin_alerts.py" line="31" />
        <source>AUDIT LOG CHECK FAILED: the audit chain could not be read (%1).</source>
        <translation>ПЕРЕВІРКА ЖУРНАЛУ АУДИТУ НЕ ВДАЛАСЯ: ланцюжок аудиту не вдалося прочитати (%1).</translation>
    </message>
    <message>
        <location filename="../admin_alerts.py" line="35" />
        <source>AUDIT LOG TAMPERED: event %1 does not fit the hash chain (%2). Records of who played or exported recordings cannot be trusted from there on. Run `kuty audit verify` and investigate.</source>
        <translation>ЖУРНАЛ АУДИТУ ЗМІНЕНО: подія %1 не відповідає ланцюжку хешів (%2). Записам про те, хто прослуховував чи вивантажував записи, починаючи з неї, довіряти не можна. Виконайте `kuty audit verify` і розберіться.</translation>
    </message>
    <message>
        <location filename="../admin_alerts.py" line="66" />
        <source>Audit log alert</source>
        <translation>Тривога журналу аудиту</translation>
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
        <translation>Керівник</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="48" />
        <source>Head administrator</source>
        <translation>Головний адміністратор</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="49" />
        <source>Administrator</source>
        <translation>Адміністратор</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="58" />
        <location filename="../admin_users.py" line="89" />
        <source>The password must have at least %1 characters.</source>
        <translation>Пароль має містити щонайменше %1 символів.</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="61" />
        <location filename="../admin_users.py" line="207" />
        <source>A user name is 1 to 64 characters without spaces.</source>
        <translation>Ім'я користувача — від 1 до 64 символів без пробілів.</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="64" />
        <source>The user name “system” is reserved for the console.</source>
        <translation>Ім'я «system» зарезервоване для самої консолі.</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="67" />
        <source>There is no user “%1”.</source>
        <translation>Користувача «%1» немає.</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="68" />
        <source>The user name “%1” is taken.</source>
        <translation>Ім'я користувача «%1» вже зайняте.</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="69" />
        <source>This is the last active administrator: nobody could manage the desk afterwards.</source>
        <translation>Це останній активний адміністратор: після цього ніхто не зміг би керувати службою.</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="73" />
        <source>Sign in as an administrator to add users.</source>
        <translation>Щоб додавати користувачів, увійдіть як адміністратор.</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="93" />
        <source>The two passwords differ.</source>
        <translation>Паролі не збігаються.</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="178" />
        <source>Add a user</source>
        <translation>Новий користувач</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="192" />
        <source>at least %1 characters</source>
        <translation>щонайменше %1 символів</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="197" />
        <source>Full name</source>
        <translation>Повне ім'я</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="199" />
        <source>Initial password</source>
        <translation>Початковий пароль</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="201" />
        <location filename="../admin_users.py" line="238" />
        <source>Repeat the password</source>
        <translation>Повторіть пароль</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="226" />
        <source>Reset the password of %1</source>
        <translation>Новий пароль для %1</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="236" />
        <source>New password</source>
        <translation>Новий пароль</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="256" />
        <source>Change the role of %1</source>
        <translation>Змінити роль: %1</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="41" />
        <source>Administration</source>
        <translation>Адміністрування</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="43" />
        <source>Seat settings…</source>
        <translation>Налаштування робочого місця…</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="47" />
        <source>SIP accounts, headset, calls, recordings, database, language, e-mail, retention and transcription, the seat's policy</source>
        <translation>Облікові записи SIP, гарнітура, дзвінки, записи, база даних, мова, пошта, зберігання і розшифрування, регламент місця</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="58" />
        <source>Users</source>
        <translation>Користувачі</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="59" />
        <source>Caller profiles</source>
        <translation>Профілі заявників</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="60" />
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="70" />
        <source>Open the settings at</source>
        <translation>Відкрити налаштування</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="73" />
        <source>SIP accounts</source>
        <translation>Облікові записи SIP</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="73" />
        <source>Registrars, users and transports</source>
        <translation>Реєстратори, користувачі й транспорт</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="76" />
        <source>E-mail</source>
        <translation>Електронна пошта</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="77" />
        <source>The desk mailbox (IMAP) and outgoing mail (SMTP)</source>
        <translation>Поштова скринька служби (IMAP) і вихідна пошта (SMTP)</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="81" />
        <source>Retention and transcription</source>
        <translation>Зберігання і розшифрування</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="82" />
        <source>How long recordings are kept; the speech-recognition engine</source>
        <translation>Скільки зберігаються записи; система розпізнавання мовлення</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="84" />
        <source>Policy</source>
        <translation>Регламент</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="84" />
        <source>The regulation this seat works under</source>
        <translation>Регламент, за яким працює це місце</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="97" />
        <source>Password storage…</source>
        <translation>Сховище паролів…</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="100" />
        <source>Where this seat keeps SIP, e-mail and database passwords</source>
        <translation>Де це робоче місце зберігає паролі SIP, пошти й бази даних</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="196" />
        <source>User name</source>
        <translation>Ім'я користувача</translation>
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
        <translation>Перерва</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="47" />
        <source>Lunch</source>
        <translation>Обід</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="48" />
        <source>Training</source>
        <translation>Навчання</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="49" />
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="50" />
        <source>Takes no calls</source>
        <translation>Не приймає дзвінків</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="51" />
        <source>After-call work</source>
        <translation>Після дзвінка</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="102" />
        <source>Your state as the phone engine reports it; callers get busy when not ready</source>
        <translation>Ваш стан, як його бачить телефонний рушій; коли ви не готові, абоненти чують «зайнято»</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="105" />
        <source>Ready</source>
        <translation>Готовий</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="107" />
        <source>Take calls (%1)</source>
        <translation>Приймати дзвінки (%1)</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="111" />
        <source>Not ready</source>
        <translation>Не готовий</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="113" />
        <source>Stop taking calls, with a reason (%1); callers get busy</source>
        <translation>Не приймати дзвінки, із причиною (%1); абоненти чують «зайнято»</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="206" />
        <source>You become Ready when the wrap-up is saved or the after-call time ends</source>
        <translation>Ви станете готовим, коли збережете підсумок дзвінка або скінчиться час після дзвінка</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="217" />
        <source>State: not reported by the phone yet</source>
        <translation>Стан: телефон ще не повідомив</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="221" />
        <source>Ready %1</source>
        <translation>Готовий %1</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="225" />
        <source>Not ready: %1 %2</source>
        <translation>Не готовий: %1 %2</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="227" />
        <source>Not ready %2</source>
        <translation>Не готовий %2</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="234" />
        <source>After-call work: %1 left</source>
        <translation>Після дзвінка: залишилось %1</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="236" />
        <source>After-call work %1</source>
        <translation>Після дзвінка %1</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <location filename="../alert_banner.py" line="33" />
        <source>Dismiss</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="256" />
        <source>No user accounts exist yet. An administrator must create the first one on this computer:

    %1

then start the console again.</source>
        <translation>Облікових записів ще немає. Адміністратор має створити перший на цьому комп'ютері:

    %1

після чого запустіть консоль знову.</translation>
    </message>
    <message>
        <location filename="../app.py" line="299" />
        <source>Kuty console</source>
        <translation>Консоль Кути</translation>
    </message>
    <message>
        <location filename="../app.py" line="307" />
        <source>Kuty console cannot start</source>
        <translation>Консоль Кути не може запуститися</translation>
    </message>
    <message>
        <location filename="../app.py" line="316" />
        <source>The call database cannot be opened, so calls cannot be logged:
%1</source>
        <translation>Не вдається відкрити базу даних дзвінків, тому дзвінки не можна облікувати:
%1</translation>
    </message>
</context>
<context>
    <name>AudioCheck</name>
    <message>
        <location filename="../audio_check.py" line="57" />
        <source>System default</source>
        <translation>Системний за замовчуванням</translation>
    </message>
    <message>
        <location filename="../audio_check.py" line="58" />
        <source>No headset (none)</source>
        <translation>Без гарнітури (none)</translation>
    </message>
    <message>
        <location filename="../audio_check.py" line="65" />
        <source>%1 (not connected)</source>
        <translation>%1 (не підключено)</translation>
    </message>
    <message>
        <location filename="../audio_check.py" line="68" />
        <source>Test</source>
        <translation>Перевірити</translation>
    </message>
    <message>
        <location filename="../audio_check.py" line="70" />
        <source>Play a short tone in the headset</source>
        <translation>Відтворити короткий сигнал у гарнітурі</translation>
    </message>
    <message>
        <location filename="../audio_check.py" line="82" />
        <source>Headset</source>
        <translation>Гарнітура</translation>
    </message>
    <message>
        <location filename="../audio_check.py" line="83" />
        <source>Microphone level</source>
        <translation>Рівень мікрофона</translation>
    </message>
    <message>
        <location filename="../audio_check.py" line="85" />
        <source>The phone engine uses the new device after it restarts.</source>
        <translation>Телефонний рушій використає новий пристрій після перезапуску.</translation>
    </message>
    <message>
        <location filename="../audio_check.py" line="97" />
        <source>No audio devices found. Plug in a headset and reopen this page; until then you can save 'No headset' and calls are still recorded.</source>
        <translation>Аудіопристроїв не знайдено. Підключіть гарнітуру й відкрийте цю сторінку знову; доти можна зберегти «Без гарнітури», дзвінки все одно записуються.</translation>
    </message>
    <message>
        <location filename="../audio_check.py" line="123" />
        <source>Cannot play the test tone: %1</source>
        <translation>Не вдається відтворити тестовий сигнал: %1</translation>
    </message>
    <message>
        <location filename="../audio_check.py" line="125" />
        <source>You should hear a short beep in the headset.</source>
        <translation>У гарнітурі має пролунати короткий сигнал.</translation>
    </message>
    <message>
        <location filename="../audio_check.py" line="146" />
        <source>Cannot open the microphone: %1</source>
        <translation>Не вдається відкрити мікрофон: %1</translation>
    </message>
</context>
<context>
    <name>CallCard</name>
    <message>
        <location filename="../call_card.py" line="93" />
        <source>Only how many profiles have this number: names are shown after verification, and only the verified caller's (KUTY-2.6)</source>
        <translation>Лише кількість профілів із цим номером: імена видно тільки після верифікації і тільки верифікованого абонента (KUTY-2.6)</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="99" />
        <source>Number blocked</source>
        <translation>Номер заблоковано</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="166" />
        <source>Answer</source>
        <translation>Відповісти</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="140" />
        <location filename="../call_card.py" line="167" />
        <source>Reject</source>
        <translation>Відхилити</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="109" />
        <location filename="../call_card.py" line="420" />
        <source>● REC</source>
        <translation>● ЗАПИС</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="112" />
        <source>This call is being recorded (KUTY-1.1)</source>
        <translation>Цей дзвінок записується (KUTY-1.1)</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="123" />
        <source>Keys the other side pressed on their phone</source>
        <translation>Клавіші, які натиснув співрозмовник</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="137" />
        <source>Answer, hold current</source>
        <translation>Відповісти, поточний — на утримання</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="155" />
        <source>Switch to it</source>
        <translation>Перейти до нього</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="158" />
        <source>Hold the current call and talk to the held one (Ctrl+Tab)</source>
        <translation>Поставити поточний дзвінок на утримання й говорити з утримуваним (Ctrl+Tab)</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="168" />
        <source>Hang up</source>
        <translation>Завершити</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="169" />
        <location filename="../call_card.py" line="593" />
        <source>Hold</source>
        <translation>Утримувати</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="170" />
        <location filename="../call_card.py" line="595" />
        <source>Mute</source>
        <translation>Вимкнути мікрофон</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="171" />
        <source>Keypad</source>
        <translation>Клавіатура</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="172" />
        <source>Transfer</source>
        <translation>Перевести</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="185" />
        <source>Answer the ringing call</source>
        <translation>Відповісти на вхідний дзвінок</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="186" />
        <source>Reject the ringing call</source>
        <translation>Відхилити вхідний дзвінок</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="187" />
        <source>End the call</source>
        <translation>Завершити дзвінок</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="188" />
        <source>Put the caller on hold / resume</source>
        <translation>Поставити на утримання / продовжити розмову</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="189" />
        <source>Mute / unmute your microphone</source>
        <translation>Вимкнути / увімкнути ваш мікрофон</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="190" />
        <source>Show the keypad to send tones</source>
        <translation>Показати клавіатуру для тонових сигналів</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="191" />
        <source>Transfer the call to a seat or number</source>
        <translation>Перевести дзвінок на інше місце чи номер</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="205" />
        <source>Answer the waiting call; the current one goes on hold (%1)</source>
        <translation>Відповісти на дзвінок, що чекає; поточний стане на утримання (%1)</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="210" />
        <source>Reject the waiting call (%1)</source>
        <translation>Відхилити дзвінок, що чекає (%1)</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="339" />
        <source>Withheld: cannot be verified</source>
        <translation>Номер приховано: верифікація неможлива</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="341" />
        <source>No caller ID: cannot be verified</source>
        <translation>Номер невідомий: верифікація неможлива</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="417" />
        <source>⚠ REC STOPPED</source>
        <translation>⚠ ЗАПИС ЗУПИНИВСЯ</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="440" />
        <source>No profile: general help only</source>
        <translation>Немає профілю: лише загальна допомога</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="442" />
        <source>1 profile for this number</source>
        <translation>1 профіль із цим номером</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="444" />
        <source>%1 profiles for this number</source>
        <translation>Профілів із цим номером: %1</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="446" />
        <source>locked after failed verifications</source>
        <translation>заблоковано після невдалих спроб верифікації</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="549" />
        <source>On hold</source>
        <translation>На утриманні</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="552" />
        <source>Ringing %1</source>
        <translation>Дзвонить %1</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="557" />
        <source>Ringing</source>
        <translation>Дзвонить</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="612" />
        <source>Consultation call — the caller %1 is on hold</source>
        <translation>Консультація — абонент %1 на утриманні</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="617" />
        <source>Caller pressed: %1</source>
        <translation>Абонент натиснув: %1</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="624" />
        <source>Also on the line: %1</source>
        <translation>Також на лінії: %1</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="630" />
        <source>(consultation)</source>
        <translation>(консультація)</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="632" />
        <source>(caller being transferred)</source>
        <translation>(абонент, якого переводимо)</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="633" />
        <source>on hold</source>
        <translation>на утриманні</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="633" />
        <source>talking</source>
        <translation>розмова</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="642" />
        <source>Second call: %1 — ringing %2</source>
        <translation>Другий дзвінок: %1 — дзвонить %2</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="556" />
        <source>Calling</source>
        <translation>Виклик</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="558" />
        <source>Connecting</source>
        <translation>З'єднання</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="559" />
        <source>Talking</source>
        <translation>Розмова</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="560" />
        <source>Ended</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="567" />
        <source>No call</source>
        <translation>Немає дзвінка</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="593" />
        <source>Resume</source>
        <translation>Продовжити</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="595" />
        <source>Unmute</source>
        <translation>Увімкнути мікрофон</translation>
    </message>
</context>
<context>
    <name>CallControls</name>
    <message>
        <location filename="../call_controls.py" line="41" />
        <source>Missed call from %1: you were not ready</source>
        <translation>Пропущений дзвінок від %1: ви не були готові</translation>
    </message>
    <message>
        <location filename="../call_controls.py" line="44" />
        <source>Missed call from %1: busy on another call</source>
        <translation>Пропущений дзвінок від %1: ви розмовляли з іншим абонентом</translation>
    </message>
    <message>
        <location filename="../call_controls.py" line="47" />
        <source>Missed call from %1: it could not be recorded (KUTY-1.1)</source>
        <translation>Пропущений дзвінок від %1: його не вдалося б записати (KUTY-1.1)</translation>
    </message>
    <message>
        <location filename="../call_controls.py" line="50" />
        <source>Missed call from %1: all lines of this seat were busy</source>
        <translation>Пропущений дзвінок від %1: усі лінії цього робочого місця були зайняті</translation>
    </message>
    <message>
        <location filename="../call_controls.py" line="53" />
        <source>Refused a malformed call request from %1</source>
        <translation>Відхилено некоректний запит дзвінка від %1</translation>
    </message>
    <message>
        <location filename="../call_controls.py" line="56" />
        <source>Refused a call from %1: this desk takes no voice calls (KZP-30-8)</source>
        <translation>Відхилено дзвінок від %1: служба не приймає голосових дзвінків (KZP-30-8)</translation>
    </message>
    <message>
        <location filename="../call_controls.py" line="59" />
        <source>Refused a call from %1: it did not come through the PBX</source>
        <translation>Відхилено дзвінок від %1: він надійшов не через АТС</translation>
    </message>
    <message>
        <location filename="../call_controls.py" line="64" />
        <source>Missed call from %1</source>
        <translation>Пропущений дзвінок від %1</translation>
    </message>
    <message>
        <location filename="../call_controls.py" line="99" />
        <source>Agent state and dialling</source>
        <translation>Стан оператора і набір номера</translation>
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
        <translation>Виберіть дзвінок, на який скаржаться</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="108" />
        <source>The call the complaint is about (KUTY-1.2): find it by number, dates or operator</source>
        <translation>Дзвінок, на який скаржаться (KUTY-1.2): знайдіть його за номером, датами або оператором</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="114" />
        <source>Caller number</source>
        <translation>Номер абонента</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="115" />
        <source>Number or its start, e.g. 067 123</source>
        <translation>Номер або його початок, напр. 067 123</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="119" />
        <source>Calls from this date</source>
        <translation>Дзвінки від цієї дати</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="122" />
        <source>Calls up to this date</source>
        <translation>Дзвінки до цієї дати</translation>
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
        <translation>Будь-який оператор</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="132" />
        <source>Search</source>
        <translation>Шукати</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="134" />
        <source>Search calls</source>
        <translation>Шукати дзвінки</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="135" />
        <source>Find the calls (Enter in the number field)</source>
        <translation>Знайти дзвінки (Enter у полі номера)</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="139" />
        <source>Calls found, newest first</source>
        <translation>Знайдені дзвінки, спершу новіші</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="140" />
        <source>Enter or double click picks the call; Esc cancels</source>
        <translation>Enter або подвійне клацання вибирає дзвінок; Esc скасовує</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="142" />
        <source>Time</source>
        <translation>Час</translation>
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
        <translation>Тривалість</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="143" />
        <source>How it ended</source>
        <translation>Як завершився</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="156" />
        <source>Search result</source>
        <translation>Результат пошуку</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="158" />
        <source>Newer</source>
        <translation>Новіші</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="160" />
        <source>Newer calls</source>
        <translation>Новіші дзвінки</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="161" />
        <source>Older</source>
        <translation>Старіші</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="163" />
        <source>Older calls</source>
        <translation>Старіші дзвінки</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="164" />
        <source>Choose</source>
        <translation>Вибрати</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="166" />
        <source>Choose the selected call</source>
        <translation>Вибрати позначений дзвінок</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="168" />
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="170" />
        <source>Cancel choosing a call</source>
        <translation>Скасувати вибір дзвінка</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="181" />
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="182" />
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="250" />
        <source>The range ends before it starts: choose the dates again.</source>
        <translation>Кінець періоду раніше за початок: виберіть дати ще раз.</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="270" />
        <source>Searching…</source>
        <translation>Пошук…</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="279" />
        <source>Search failed: %1</source>
        <translation>Пошук не вдався: %1</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="300" />
        <source>Page %1: %2 calls, newest first</source>
        <translation>Сторінка %1: дзвінків — %2, спершу новіші</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="307" />
        <source>No calls match: change the number or the dates.</source>
        <translation>Дзвінків не знайдено: змініть номер або дати.</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="320" />
        <source>Select a call in the list first.</source>
        <translation>Спершу виберіть дзвінок у списку.</translation>
    </message>
</context>
<context>
    <name>CallerCard</name>
    <message>
        <location filename="../caller_card.py" line="59" />
        <source>Application</source>
        <translation>Заява</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="60" />
        <source>Child</source>
        <translation>Дитина</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="61" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="62" />
        <source>Created / updated</source>
        <translation>Створено / оновлено</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="63" />
        <source>Kindergartens</source>
        <translation>Заклади дошкільної освіти</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="67" />
        <source>Only the verified caller's own applications (KUTY-2.6)</source>
        <translation>Лише власні заяви верифікованого абонента (KUTY-2.6)</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="88" />
        <source>✓ Technical help with the Service: registering, submitting an application, changing data the user created (KUTY-2.1)</source>
        <translation>✓ Технічна допомога із Сервісом: реєстрація, подання заяви, зміна даних, які створив користувач (KUTY-2.1)</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="91" />
        <source>✗ Detailed consultation: only after verification (KUTY-2.2)</source>
        <translation>✗ Детальна консультація — лише після верифікації (KUTY-2.2)</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="92" />
        <source>✗ No legal advice (KUTY-2.3)</source>
        <translation>✗ Жодних юридичних консультацій (KUTY-2.3)</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="94" />
        <source>✗ No explanations of queue order or of whether applications exist, beyond technical aspects (KUTY-2.4)</source>
        <translation>✗ Жодних пояснень щодо порядку черги чи наявності заяв, окрім технічних аспектів (KUTY-2.4)</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="97" />
        <source>✗ Never enter applications on an applicant's behalf (KUTY-2.5)</source>
        <translation>✗ Не вносити заяви до системи замість заявника (KUTY-2.5)</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="98" />
        <source>✗ Never give personal data of third persons (KUTY-2.6)</source>
        <translation>✗ Не повідомляти персональних даних третіх осіб (KUTY-2.6)</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="99" />
        <source>✗ No advice on other electronic products (KUTY-2.7)</source>
        <translation>✗ Жодних консультацій щодо інших електронних продуктів (KUTY-2.7)</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="107" />
        <source>No caller</source>
        <translation>Немає абонента</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="114" />
        <source>General consultation mode</source>
        <translation>Режим загальної консультації</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="121" />
        <source>Verified caller: detailed consultation (KUTY-2.2)</source>
        <translation>Верифікований абонент: детальна консультація (KUTY-2.2)</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="136" />
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
        <location filename="../caller_display.py" line="57" />
        <source>Refused: all lines busy</source>
        <translation>Відхилено: усі лінії зайняті</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="60" />
        <source>Refused: malformed call request</source>
        <translation>Відхилено: некоректний запит дзвінка</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="63" />
        <source>Refused: this desk takes no voice calls</source>
        <translation>Відхилено: служба не приймає голосових дзвінків</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="66" />
        <source>Refused: not from the PBX</source>
        <translation>Відхилено: не через АТС</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="69" />
        <source>In progress</source>
        <translation>Триває</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="77" />
        <source>Recording</source>
        <translation>Записується</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="78" />
        <source>Recorded</source>
        <translation>Записано</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="79" />
        <source>Repaired</source>
        <translation>Відновлено</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="80" />
        <source>Recording failed</source>
        <translation>Запис не вдався</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="83" />
        <source>No recording</source>
        <translation>Немає запису</translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <location filename="../settings_dialog.py" line="211" />
        <source>None (the headset only)</source>
        <translation>Немає (лише гарнітура)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="214" />
        <source>A second sound device that also rings (desk speakers), by name or number; empty: only the headset rings</source>
        <translation>Другий звуковий пристрій, який теж дзвонить (колонки), назва або номер; порожньо: дзвонить лише гарнітура</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="218" />
        <source>Ringtone in the headset</source>
        <translation>Мелодія дзвінка в гарнітурі</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="221" />
        <source>Answer calls automatically (a short tone)</source>
        <translation>Відповідати автоматично (короткий сигнал)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="225" />
        <source>For headset work: a call is answered at once after a short zip tone</source>
        <translation>Для роботи в гарнітурі: дзвінок приймається одразу після короткого сигналу</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="229" />
        <source>Show it as call waiting</source>
        <translation>Показувати як дзвінок, що чекає</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="230" />
        <source>Busy for the caller</source>
        <translation>Абонент чує «зайнято»</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="234" />
        <source>Second ringer device</source>
        <translation>Другий пристрій для дзвінка</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="237" />
        <source>A call while you talk</source>
        <translation>Дзвінок під час розмови</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="245" />
        <source>Needs a newer phone engine</source>
        <translation>Потрібен новіший телефонний рушій</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="252" />
        <source>A device name or number, one short line</source>
        <translation>Назва або номер пристрою, один короткий рядок</translation>
    </message>
</context>
<context>
    <name>CaseControls</name>
    <message>
        <location filename="../case_controls.py" line="44" />
        <source>Basic</source>
        <translation>Базовий</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="45" />
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="53" />
        <source>Writer identified themselves (EEP-11)</source>
        <translation>Автор назвав себе (EEP-11)</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="56" />
        <source>Writer refused to identify: service may be refused (EEP-11)</source>
        <translation>Автор не назвав себе: у консультації можна відмовити (EEP-11)</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="59" />
        <source>Writer not identified yet (EEP-11)</source>
        <translation>Автор ще не назвав себе (EEP-11)</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="62" />
        <source>Writer verified by a call on this case (KUTY-2.2)</source>
        <translation>Автора верифіковано дзвінком у цьому зверненні (KUTY-2.2)</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="65" />
        <source>Writer not verified: general help only (KUTY-2.2)</source>
        <translation>Автора не верифіковано: лише загальна допомога (KUTY-2.2)</translation>
    </message>
</context>
<context>
    <name>CasePolicyBar</name>
    <message>
        <location filename="../case_controls.py" line="106" />
        <source>Category of the case</source>
        <translation>Категорія звернення</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="109" />
        <source>The policy's category; an error case gets its own registration number (EEP-4, EEP-13)</source>
        <translation>Категорія за регламентом; звернення про помилку отримує власний реєстраційний номер (EEP-4, EEP-13)</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="113" />
        <source>Category…</source>
        <translation>Категорія…</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="116" />
        <source>Service level</source>
        <translation>Рівень обслуговування</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="117" />
        <source>Service level: Basic, or VIP by contract (EEP-3)</source>
        <translation>Рівень обслуговування: базовий або VIP за договором (EEP-3)</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="118" />
        <source>Level…</source>
        <translation>Рівень…</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="122" />
        <source>Identified</source>
        <translation>Назвав себе</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="125" />
        <source>The writer gave the details that identify them (EEP-11)</source>
        <translation>Автор надав дані, що його ідентифікують (EEP-11)</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="127" />
        <source>Not identified…</source>
        <translation>Не назвав себе…</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="131" />
        <source>The writer would not identify themselves: record it and put the request to identify into the reply (EEP-11)</source>
        <translation>Автор відмовився назвати себе: зафіксувати це й додати до відповіді прохання назватися (EEP-11)</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="193" />
        <source>Out of scope (%1): the refusal is in the reply.</source>
        <translation>Поза компетенцією (%1): відмову додано до відповіді.</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="197" />
        <source>Registered as an error: number %1 (EEP-13).</source>
        <translation>Зареєстровано як помилку: номер %1 (EEP-13).</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="201" />
        <source>Category: %1.</source>
        <translation>Категорія: %1.</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="215" />
        <source>Service level: %1 (EEP-3).</source>
        <translation>Рівень обслуговування: %1 (EEP-3).</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="230" />
        <source>Recorded: not identified. The request to identify is in the reply.</source>
        <translation>Зафіксовано: не назвав себе. Прохання назватися додано до відповіді.</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="232" />
        <source>Recorded: the writer identified themselves.</source>
        <translation>Зафіксовано: автор назвав себе.</translation>
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
        <translation>Закрити звернення %1</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="258" />
        <source>— choose —</source>
        <translation>— виберіть —</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="262" />
        <source>What the contact was about, in a few words</source>
        <translation>Про що було звернення, кількома словами</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="267" />
        <source>Out of scope</source>
        <translation>Поза компетенцією</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="279" />
        <location filename="../case_controls.py" line="296" />
        <source>Reason for closing</source>
        <translation>Причина закриття</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="288" />
        <source>Close the case</source>
        <translation>Закрити звернення</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="290" />
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="292" />
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="293" />
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="294" />
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="313" />
        <source>Choose a category first.</source>
        <translation>Спершу виберіть категорію.</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="317" />
        <location filename="../case_controls.py" line="338" />
        <source>Type the reason for closing first.</source>
        <translation>Спершу напишіть причину закриття.</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="340" />
        <source>This case is closed.</source>
        <translation>Це звернення закрито.</translation>
    </message>
</context>
<context>
    <name>ComplaintsView</name>
    <message>
        <location filename="../complaints_view.py" line="61" />
        <source>Complaints register</source>
        <translation>Реєстр скарг</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="63" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="63" />
        <source>Complainant</source>
        <translation>Скаржник</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="63" />
        <location filename="../complaints_view.py" line="151" />
        <source>Received</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="64" />
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="64" />
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="64" />
        <source>Calls</source>
        <translation>Дзвінки</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="75" />
        <source>New complaint (KUTY-1.2)</source>
        <translation>Нова скарга (KUTY-1.2)</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="88" />
        <source>Received on</source>
        <translation>Дата надходження</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="94" />
        <source>No study needed (15 days)</source>
        <translation>Не потребує вивчення (15 днів)</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="95" />
        <source>Needs study (1 month)</source>
        <translation>Потребує вивчення (1 місяць)</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="96" />
        <source>Extended (45 days)</source>
        <translation>Продовжено (45 днів)</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="129" />
        <location filename="../complaints_view.py" line="131" />
        <source>Register complaint</source>
        <translation>Зареєструвати скаргу</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="135" />
        <source>Link call to selected</source>
        <translation>Прив'язати дзвінок до вибраної</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="78" />
        <location filename="../complaints_view.py" line="148" />
        <source>Who</source>
        <translation>Хто</translation>
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
        <translation>Дзвінок, на який скаржаться</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="108" />
        <source>No call chosen (optional)</source>
        <translation>Дзвінок не вибрано (необов’язково)</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="110" />
        <source>The call the complaint is about (KUTY-1.2), chosen with “Choose call…”</source>
        <translation>Дзвінок, на який скаржаться (KUTY-1.2), вибирається кнопкою «Вибрати дзвінок…»</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="112" />
        <source>Choose call…</source>
        <translation>Вибрати дзвінок…</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="114" />
        <source>Choose the call</source>
        <translation>Вибрати дзвінок</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="118" />
        <source>Find the call by number, dates or operator (KUTY-1.2)</source>
        <translation>Знайти дзвінок за номером, датами або оператором (KUTY-1.2)</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="121" />
        <source>Your role may not see the desk's calls (KUTY-1.2 complaints, KUTY-1.3 recordings)</source>
        <translation>Ваша роль не дає доступу до дзвінків служби (KUTY-1.2 скарги, KUTY-1.3 записи)</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="124" />
        <source>Clear</source>
        <translation>Очистити</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="126" />
        <source>Clear the chosen call</source>
        <translation>Прибрати вибраний дзвінок</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="127" />
        <source>File the complaint without a call</source>
        <translation>Зареєструвати скаргу без дзвінка</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="133" />
        <source>The response deadline follows the category (KUTY-1.2, Law on Appeals art. 20)</source>
        <translation>Строк відповіді залежить від категорії (KUTY-1.2, Закон «Про звернення громадян», ст. 20)</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="138" />
        <source>Link the chosen call to the selected complaint</source>
        <translation>Пов’язати вибраний дзвінок із вибраною скаргою</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="141" />
        <source>Link the chosen call to the complaint selected above (KUTY-1.2)</source>
        <translation>Пов’язати вибраний дзвінок зі скаргою, вибраною вище (KUTY-1.2)</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="151" />
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="157" />
        <source>Call</source>
        <translation>Дзвінок</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="163" />
        <source>Selected complaint</source>
        <translation>Вибрана скарга</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="168" />
        <source>What was answered (required)</source>
        <translation>Що відповіли (обов'язково)</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="170" />
        <location filename="../complaints_view.py" line="172" />
        <source>Answer</source>
        <translation>Відповісти</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="175" />
        <source>Status of the complaint</source>
        <translation>Стан скарги</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="176" />
        <location filename="../complaints_view.py" line="251" />
        <source>New</source>
        <translation>Нова</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="177" />
        <location filename="../complaints_view.py" line="251" />
        <source>In progress</source>
        <translation>Розглядається</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="178" />
        <location filename="../complaints_view.py" line="180" />
        <source>Set status</source>
        <translation>Змінити стан</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="315" />
        <source>Select a complaint and choose a call.</source>
        <translation>Виберіть скаргу та дзвінок.</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="323" />
        <source>Call linked to complaint %1.</source>
        <translation>Дзвінок пов’язано зі скаргою %1.</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="169" />
        <location filename="../complaints_view.py" line="182" />
        <source>Answer text</source>
        <translation>Текст відповіді</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="252" />
        <source>Answered</source>
        <translation>Надано відповідь</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="257" />
        <source>a call</source>
        <translation>дзвінок</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="266" />
        <source>Overdue: the response deadline has passed</source>
        <translation>Прострочено: термін відповіді минув</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="283" />
        <source>Who and the text are required.</source>
        <translation>Потрібно вказати, хто скаржиться, і текст.</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="304" />
        <source>Complaint %1 registered.</source>
        <translation>Скаргу %1 зареєстровано.</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="338" />
        <source>Select a complaint and write the answer.</source>
        <translation>Виберіть скаргу й напишіть відповідь.</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="345" />
        <source>Complaint %1 answered.</source>
        <translation>На скаргу %1 надано відповідь.</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="358" />
        <source>Select a complaint first.</source>
        <translation>Спочатку виберіть скаргу.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../dashboard_view.py" line="119" />
        <source>The whole desk</source>
        <translation>Уся служба</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="120" />
        <source>Show</source>
        <translation>Показати</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="123" />
        <source>Monthly report…</source>
        <translation>Щомісячний звіт…</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="140" />
        <source>Calls per day (green: answered)</source>
        <translation>Дзвінки за день (зелене — прийняті)</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="142" />
        <source>How calls ended</source>
        <translation>Чим завершилися дзвінки</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="143" />
        <source>Incidents (KUTY-3.x)</source>
        <translation>Інциденти (KUTY-3.x)</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="144" />
        <source>Verification (KUTY-2.2)</source>
        <translation>Верифікація (KUTY-2.2)</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="145" />
        <source>Complaints (KUTY-1.2)</source>
        <translation>Скарги (KUTY-1.2)</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="118" />
        <location filename="../dashboard_view.py" line="150" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="112" />
        <source>First day</source>
        <translation>Перший день</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="112" />
        <source>Last day</source>
        <translation>Останній день</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="127" />
        <source>PDF with these plots, and the figures as CSV and XLSX, for the head administrator (KUTY-1.2, KUTY-1.3)</source>
        <translation>PDF із цими графіками, а показники у CSV і XLSX, для головного адміністратора (KUTY-1.2, KUTY-1.3)</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="148" />
        <source>Figures per operator</source>
        <translation>Показники за операторами</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="150" />
        <source>Calls</source>
        <translation>Дзвінки</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="150" />
        <location filename="../dashboard_view.py" line="279" />
        <source>Answered</source>
        <translation>Прийнято</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="150" />
        <source>Average talk</source>
        <translation>Середня розмова</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="157" />
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="159" />
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="217" />
        <source>Counting…</source>
        <translation>Підрахунок…</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="228" />
        <source>The range ends before it starts: choose the dates again.</source>
        <translation>Кінець періоду раніше за початок: виберіть дати ще раз.</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="229" />
        <source>Choose at most 400 days (a month for the monthly report).</source>
        <translation>Виберіть не більше 400 днів (для щомісячного звіту — місяць).</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="234" />
        <source>The figures could not be read: %1</source>
        <translation>Не вдалося прочитати показники: %1</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="245" />
        <source>%1 calls in the range</source>
        <translation>Дзвінків за період: %1</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="247" />
        <source>No calls in the range.</source>
        <translation>За цей період дзвінків немає.</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="280" />
        <source>Missed</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="281" />
        <source>Refused</source>
        <translation>Відхилено</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="282" />
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="285" />
        <source>Abuse</source>
        <translation>Образа</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="285" />
        <source>Threat</source>
        <translation>Погроза</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="286" />
        <source>Withdrawn</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="291" />
        <source>Not started</source>
        <translation>Не почато</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="299" />
        <source>In time</source>
        <translation>Вчасно</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="300" />
        <source>Late</source>
        <translation>Із запізненням</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="301" />
        <source>Open</source>
        <translation>Відкриті</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="302" />
        <source>Overdue</source>
        <translation>Прострочені</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="326" />
        <source>Folder for the report</source>
        <translation>Тека для звіту</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="335" />
        <source>Show the figures first.</source>
        <translation>Спершу покажіть показники.</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="376" />
        <source>Writing the report…</source>
        <translation>Звіт формується…</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="385" />
        <source>Report saved: %1, %2 and %3</source>
        <translation>Звіт збережено: %1, %2 і %3</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="395" />
        <source>The report was not written: %1</source>
        <translation>Звіт не збережено: %1</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="252" />
        <source>Average talk %1 · average wrap-up %2</source>
        <translation>Середня розмова %1 · середній підсумок %2</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../settings_dialog.py" line="143" />
        <source>Shared PostgreSQL database</source>
        <translation>Спільна база даних PostgreSQL</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="152" />
        <source>kept in the keyring; empty: unchanged</source>
        <translation>зберігається у сховищі ключів; порожньо: без змін</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="158" />
        <source>Default: SQLite file in the data folder (one seat).</source>
        <translation>За замовчуванням: файл SQLite у теці даних (одне робоче місце).</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="160" />
        <source>Database URL (no password)</source>
        <translation>Адреса бази даних (без пароля)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="161" />
        <source>Database password</source>
        <translation>Пароль бази даних</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="183" />
        <source>The database URL contains a password. Remove it from the URL and type it in the password field: passwords are kept in the keyring, never in settings files.</source>
        <translation>Адреса бази даних містить пароль. Вилучіть його з адреси й введіть у поле пароля: паролі зберігаються у сховищі ключів, ніколи у файлах налаштувань.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="193" />
        <source>Enter a PostgreSQL URL such as postgresql+psycopg://user@host/kuty.</source>
        <translation>Введіть адресу PostgreSQL, наприклад postgresql+psycopg://user@host/kuty.</translation>
    </message>
</context>
<context>
    <name>DialBox</name>
    <message>
        <location filename="../dial_box.py" line="71" />
        <source>Type a number to call.</source>
        <translation>Введіть номер, щоб подзвонити.</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="81" />
        <source>Not a SIP address: it must look like sip:name@host.</source>
        <translation>Це не адреса SIP: вона має виглядати як sip:ім'я@вузол.</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="90" />
        <source>A phone number has only digits; a seat name starts with a letter.</source>
        <translation>Номер телефону містить лише цифри; назва місця починається з літери.</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="100" />
        <source>Not a valid phone number: check the digits.</source>
        <translation>Неправильний номер: перевірте цифри.</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="204" />
        <source>Number to call, e.g. 067 123 45 67 (%1)</source>
        <translation>Номер, напр. 067 123 45 67 (%1)</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="210" />
        <source>Type a number or sip: address and press Enter to call (%1)</source>
        <translation>Введіть номер або адресу sip: і натисніть Enter, щоб подзвонити (%1)</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="212" />
        <source>Call</source>
        <translation>Подзвонити</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="214" />
        <source>Call the number (Enter in the field)</source>
        <translation>Подзвонити на номер (Enter у полі)</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="219" />
        <source>Missed calls and call-backs due; pick one to call back (Ctrl+M)</source>
        <translation>Пропущені дзвінки й заплановані передзвони; оберіть, кому передзвонити (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="332" />
        <source>Calling %1…</source>
        <translation>Дзвонимо на %1…</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="340" />
        <source>Missed: %1</source>
        <translation>Пропущені %1</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="342" />
        <source>Call back: %1</source>
        <translation>Передзвонити %1</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="347" />
        <source>No missed calls</source>
        <translation>Немає пропущених дзвінків</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="351" />
        <source>Missed calls — pick one to call back</source>
        <translation>Пропущені — оберіть, кому передзвонити</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="361" />
        <source>Call-backs due</source>
        <translation>Заплановані передзвони</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="366" />
        <source>%1 — by %2</source>
        <translation>%1 — до %2</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="381" />
        <source>not answered</source>
        <translation>без відповіді</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="382" />
        <source>you were not ready</source>
        <translation>ви не були готові</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="383" />
        <source>busy on another call</source>
        <translation>ви розмовляли з іншим абонентом</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="384" />
        <source>rejected</source>
        <translation>відхилено</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="385" />
        <source>could not be recorded</source>
        <translation>не вдалося б записати</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="386" />
        <source>all lines were busy</source>
        <translation>усі лінії були зайняті</translation>
    </message>
</context>
<context>
    <name>DtmfPad</name>
    <message>
        <location filename="../dtmf_pad.py" line="64" />
        <source>Tones sent on this call</source>
        <translation>Тонові сигнали, надіслані в цьому дзвінку</translation>
    </message>
    <message>
        <location filename="../dtmf_pad.py" line="65" />
        <source>Tones (F4):</source>
        <translation>Тони (F4):</translation>
    </message>
    <message>
        <location filename="../dtmf_pad.py" line="66" />
        <source>Keypad (F4): click or type digits, * and #</source>
        <translation>Клавіатура (F4): натискайте або вводьте цифри, * і #</translation>
    </message>
    <message>
        <location filename="../dtmf_pad.py" line="79" />
        <source>Send tone %1 (type %1)</source>
        <translation>Надіслати сигнал %1 (клавіша %1)</translation>
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
        <source>WAV (original)</source>
        <translation>WAV (оригінал)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="82" />
        <source>Password-protected ZIP (AES-256)</source>
        <translation>ZIP-архів із паролем (AES-256)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="91" />
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="98" />
        <source>Why (audited), e.g. request no. 12 of 03.03</source>
        <translation>Підстава (записується в аудит), напр. запит № 12 від 03.03</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="107" />
        <source>Export</source>
        <translation>Вивантажити</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="109" />
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="112" />
        <source>Open folder</source>
        <translation>Відкрити теку</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="114" />
        <source>Show the exported files in the file manager</source>
        <translation>Показати вивантажені файли у файловому менеджері</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="118" />
        <source>Recordings:</source>
        <translation>Записів:</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="119" />
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="121" />
        <source>Destination folder:</source>
        <translation>Тека призначення:</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="122" />
        <source>Reason:</source>
        <translation>Підстава:</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="143" />
        <source>Export to</source>
        <translation>Вивантажити до</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="155" />
        <source>Enter the reason for the export: it is recorded in the audit.</source>
        <translation>Вкажіть підставу вивантаження: вона записується в журнал аудиту.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="161" />
        <source>Enter the ZIP password, or untick the ZIP option.</source>
        <translation>Введіть пароль ZIP-архіву або зніміть позначку ZIP.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="170" />
        <source>Exporting…</source>
        <translation>Вивантаження…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="196" />
        <source>Cancelling…</source>
        <translation>Скасування…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="207" />
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="214" />
        <source>Exported %1 files to:
%2</source>
        <translation>Вивантажено файлів: %1, до:
%2</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="218" />
        <source>NOT exported: %1</source>
        <translation>НЕ вивантажено: %1</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="237" />
        <source>No file manager could open %1; open it by hand.</source>
        <translation>Жоден файловий менеджер не відкрив %1; відкрийте теку вручну.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="246" />
        <source>Export cancelled: nothing was exported.</source>
        <translation>Вивантаження скасовано: нічого не вивантажено.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="248" />
        <source>You may not export recordings.</source>
        <translation>Вам не дозволено вивантажувати записи.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="250" />
        <source>Export failed: %1</source>
        <translation>Вивантаження не вдалося: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../first_run.py" line="74" />
        <source>Kuty console: first setup</source>
        <translation>Консоль Кути: перше налаштування</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="77" />
        <source>&amp;Finish</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="91" />
        <source>SIP account</source>
        <translation>Обліковий запис SIP</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="92" />
        <source>Headset</source>
        <translation>Гарнітура</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="95" />
        <source>Recordings folder</source>
        <translation>Тека записів</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="102" />
        <source>Database</source>
        <translation>База даних</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="104" />
        <source>Policy</source>
        <translation>Регламент</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="148" />
        <source>Not saved: %1</source>
        <translation>Не збережено: %1</translation>
    </message>
</context>
<context>
    <name>HistoryWidget</name>
    <message>
        <location filename="../history_view.py" line="56" />
        <source>Today's calls</source>
        <translation>Дзвінки за сьогодні</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="63" />
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="64" />
        <source>Direction</source>
        <translation>Напрямок</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="65" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="66" />
        <source>Duration</source>
        <translation>Тривалість</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="67" />
        <source>End</source>
        <translation>Завершення</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="68" />
        <source>Recording</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="69" />
        <source>Verification</source>
        <translation>Верифікація</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="70" />
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="71" />
        <source>Reg. number</source>
        <translation>Реєстр. номер</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="80" />
        <location filename="../history_view.py" line="132" />
        <source>Call back</source>
        <translation>Передзвонити</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="83" />
        <source>Call the selected row's number back (Enter or double click on the row)</source>
        <translation>Передзвонити на номер вибраного рядка (Enter або подвійне клацання на рядку)</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="184" />
        <source>Threat</source>
        <translation>Погроза</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="186" />
        <source>Abuse</source>
        <translation>Образа</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="189" />
        <source>Not ready</source>
        <translation>Не готовий</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="190" />
        <source>Busy</source>
        <translation>Зайнято</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="191" />
        <source>Not recorded — refused</source>
        <translation>Без запису — відхилено</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="192" />
        <source>All lines busy — refused</source>
        <translation>Усі лінії зайняті — відхилено</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="193" />
        <source>No voice calls — refused</source>
        <translation>Без голосових дзвінків — відхилено</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="194" />
        <source>Transferred</source>
        <translation>Переведено</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="197" />
        <source>Transferred to %1</source>
        <translation>Переведено на %1</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="206" />
        <source>Verified</source>
        <translation>Верифіковано</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="207" />
        <source>Not verified</source>
        <translation>Не верифіковано</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="208" />
        <source>Locked</source>
        <translation>Заблоковано</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="209" />
        <source>General help only</source>
        <translation>Лише загальна консультація</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../admin_import.py" line="210" />
        <source>The Service's export: CSV or JSON, UTF-8</source>
        <translation>Вивантаження Сервісу: CSV або JSON, UTF-8</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="211" />
        <location filename="../admin_import.py" line="259" />
        <source>Profiles file</source>
        <translation>Файл профілів</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="212" />
        <location filename="../admin_import.py" line="220" />
        <source>Choose a file…</source>
        <translation>Вибрати файл…</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="217" />
        <source>optional: the Service's separate applications CSV</source>
        <translation>необов'язково: окремий CSV заяв від Сервісу</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="219" />
        <location filename="../admin_import.py" line="262" />
        <source>Applications file</source>
        <translation>Файл заяв</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="222" />
        <source>Import</source>
        <translation>Імпортувати</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="226" />
        <source>All or nothing: one bad row and nothing is imported. Key phrases are stored only as Argon2id hashes (KUTY-2.2).</source>
        <translation>Усе або нічого: один хибний рядок — і не імпортується нічого. Ключові фрази зберігаються лише як геші Argon2id (KUTY-2.2).</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="230" />
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="235" />
        <source>Import progress</source>
        <translation>Хід імпорту</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="245" />
        <source>Problems in the file</source>
        <translation>Проблеми у файлі</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="247" />
        <location filename="../admin_import.py" line="456" />
        <source>Row</source>
        <translation>Рядок</translation>
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
        <translation>Зберегти звіт як CSV…</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="295" />
        <source>Caller profiles</source>
        <translation>Профілі заявників</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="297" />
        <source>Profile exports (*.csv *.json)</source>
        <translation>Вивантаження профілів (*.csv *.json)</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="309" />
        <source>Choose an existing file first.</source>
        <translation>Спершу виберіть наявний файл.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="314" />
        <source>The applications file %1 does not exist.</source>
        <translation>Файлу заяв %1 немає.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="328" />
        <location filename="../admin_import.py" line="374" />
        <source>Importing…</source>
        <translation>Імпорт…</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="355" />
        <source>Cancelling…</source>
        <translation>Скасування…</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="369" />
        <source>%1: %2 of %3</source>
        <translation>%1: %2 з %3</translation>
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
        <translation>Імпортовано: нових профілів — %1, оновлено — %2, номерів телефонів — %3, заяв — %4; наявних профілів, яких немає у файлі, збережено — %5.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="415" />
        <source>Only the first %1 problems are listed.</source>
        <translation>Показано лише перші %1 проблем.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="427" />
        <source>item %1</source>
        <translation>запис %1</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="430" />
        <source>%1, row %2</source>
        <translation>%1, рядок %2</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="446" />
        <source>Save the report</source>
        <translation>Зберегти звіт</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="446" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="462" />
        <source>The report could not be saved: %1</source>
        <translation>Звіт не збережено: %1</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="466" />
        <source>Report saved to %1</source>
        <translation>Звіт збережено: %1</translation>
    </message>
</context>
<context>
    <name>IncidentBar</name>
    <message>
        <location filename="../incident_bar.py" line="98" />
        <source>Abuse — end call</source>
        <translation>Образа — завершити</translation>
    </message>
    <message>
        <location filename="../incident_bar.py" line="100" />
        <source>Threat — end call + police</source>
        <translation>Погроза — завершити + поліція</translation>
    </message>
    <message>
        <location filename="../incident_bar.py" line="105" />
        <source>Abuse: end the call now and report to management (KUTY-3.1)</source>
        <translation>Образа: негайно завершити дзвінок і повідомити керівництво (KUTY-3.1)</translation>
    </message>
    <message>
        <location filename="../incident_bar.py" line="109" />
        <source>Threat: end the call now, report to management and the police (KUTY-3.2)</source>
        <translation>Погроза: негайно завершити дзвінок, повідомити керівництво й поліцію (KUTY-3.2)</translation>
    </message>
    <message>
        <location filename="../incident_bar.py" line="230" />
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
        <location filename="../incident_form.py" line="79" />
        <source>It was a mistake</source>
        <translation>Це була помилка</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="83" />
        <source>Withdraw this incident: the button was pressed by mistake. Management is told, the record is kept and audited (KUTY-3.1, KUTY-3.2).</source>
        <translation>Відкликати цей інцидент: кнопку натиснуто помилково. Керівництво буде повідомлено, запис зберігається й потрапляє до журналу аудиту (KUTY-3.1, KUTY-3.2).</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="87" />
        <source>It is abuse, not a threat</source>
        <translation>Це образа, не погроза</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="91" />
        <source>Change the threat (KUTY-3.2) into abuse (KUTY-3.1): the police package is marked withdrawn, management is told, and it is audited.</source>
        <translation>Змінити погрозу (KUTY-3.2) на образу (KUTY-3.1): пакет для поліції позначається відкликаним, керівництво повідомляється, дію записано до журналу аудиту.</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="97" />
        <source>Why? (required)</source>
        <translation>Чому? (обов'язково)</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="98" />
        <source>Confirm</source>
        <translation>Підтвердити</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="100" />
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="144" />
        <source>Threat (KUTY-3.2)</source>
        <translation>Погроза (KUTY-3.2)</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="146" />
        <source>Abuse (KUTY-3.1)</source>
        <translation>Образа (KUTY-3.1)</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="185" />
        <source>Note saved.</source>
        <translation>Примітку збережено.</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="199" />
        <source>Say why the incident is withdrawn, then confirm.</source>
        <translation>Напишіть, чому інцидент відкликається, і підтвердьте.</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="201" />
        <source>Say why this was abuse and not a threat, then confirm.</source>
        <translation>Напишіть, чому це була образа, а не погроза, і підтвердьте.</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="215" />
        <source>Type the reason first.</source>
        <translation>Спершу напишіть причину.</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="242" />
        <source>Incident %1 is withdrawn; management is told.</source>
        <translation>Інцидент %1 відкликано; керівництво повідомлено.</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="252" />
        <source>Changed to abuse (KUTY-3.1); the police package is withdrawn.</source>
        <translation>Змінено на образу (KUTY-3.1); пакет для поліції відкликано.</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="265" />
        <source>Not saved (%1); try again.</source>
        <translation>Не збережено (%1); спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="150" />
        <source>%1: incident %2 is filed and management is notified. Optionally, write down what was said.</source>
        <translation>%1: інцидент %2 зареєстровано, керівництво повідомлено. За бажанням запишіть, що було сказано.</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="73" />
        <source>What the caller said (optional)</source>
        <translation>Що сказав абонент (необов'язково)</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="77" />
        <source>Save note</source>
        <translation>Зберегти примітку</translation>
    </message>
</context>
<context>
    <name>IncidentsUi</name>
    <message>
        <location filename="../incident_bar.py" line="314" />
        <source>Written messages</source>
        <translation>Письмові звернення</translation>
    </message>
    <message>
        <location filename="../incident_bar.py" line="318" />
        <source>Supervisor queue</source>
        <translation>Черга керівника</translation>
    </message>
    <message>
        <location filename="../incident_bar.py" line="324" />
        <source>Complaints</source>
        <translation>Скарги</translation>
    </message>
    <message>
        <location filename="../incident_bar.py" line="345" />
        <source>Incident settings are invalid (%1); e-mail reports are off.</source>
        <translation>Налаштування інцидентів помилкові (%1); повідомлення електронною поштою вимкнено.</translation>
    </message>
    <message>
        <location filename="../incident_bar.py" line="368" />
        <source>Supervisor queue (%1)</source>
        <translation>Черга керівника (%1)</translation>
    </message>
</context>
<context>
    <name>IncidentsView</name>
    <message>
        <location filename="../incidents_view.py" line="115" />
        <source>Incidents</source>
        <translation>Інциденти</translation>
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
        <translation>Час</translation>
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
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="118" />
        <source>Hold</source>
        <translation>Заборона видалення</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="126" />
        <source>The incident's facts</source>
        <translation>Факти інциденту</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="128" />
        <source>Handed to police…</source>
        <translation>Передано до поліції…</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="129" />
        <location filename="../incidents_view.py" line="273" />
        <source>Reported to management</source>
        <translation>Повідомлено керівництву</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="130" />
        <source>Close incident</source>
        <translation>Закрити інцидент</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="131" />
        <source>Export package (ZIP)…</source>
        <translation>Експортувати пакет (ZIP)…</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="132" />
        <source>Block number…</source>
        <translation>Заблокувати номер…</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="133" />
        <source>Unblock number</source>
        <translation>Розблокувати номер</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="243" />
        <source>Abuse</source>
        <translation>Образа</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="243" />
        <source>Threat</source>
        <translation>Погроза</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="247" />
        <source>%1 recording(s)</source>
        <translation>записів: %1</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="253" />
        <source>Written</source>
        <translation>Письмове</translation>
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
        <translation>Заблокувати відправника…</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="135" />
        <location filename="../incidents_view.py" line="408" />
        <source>Play the call</source>
        <translation>Відтворити дзвінок</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="137" />
        <source>Open the call's recording where the incident button was pressed</source>
        <translation>Відкрити запис дзвінка з місця, де натиснули кнопку інциденту</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="140" />
        <source>Mail from blocked senders (kept, not in the queue):</source>
        <translation>Листи від заблокованих відправників (збережено, не в черзі):</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="144" />
        <source>Mail from blocked senders</source>
        <translation>Листи від заблокованих відправників</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="146" />
        <source>Sender</source>
        <translation>Відправник</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="146" />
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="228" />
        <source>The seat's policy cannot be read: %1</source>
        <translation>Не вдається прочитати регламент місця: %1</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="231" />
        <source>The %1 regulation does not allow blocking writers; only a regulation that allows blocking violators does (KZP-30-19, CSC-2.12).</source>
        <translation>Регламент %1 не дозволяє блокувати відправників; це можливо лише за регламентом, що дозволяє блокувати порушників (KZP-30-19, CSC-2.12).</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="236" />
        <source>Block the writer's address (%1). Their mail is still kept and listed below, never dropped (KUTY-1.1).</source>
        <translation>Заблокувати адресу відправника (%1). Його листи й надалі зберігаються та показуються нижче, ніколи не відкидаються (KUTY-1.1).</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="272" />
        <source>Open</source>
        <translation>Відкритий</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="274" />
        <source>Handed to police</source>
        <translation>Передано до поліції</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="275" />
        <source>Closed</source>
        <translation>Закритий</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="339" />
        <location filename="../incidents_view.py" line="514" />
        <location filename="../incidents_view.py" line="543" />
        <source>Incident %1</source>
        <translation>Інцидент %1</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="340" />
        <source>Status: %1</source>
        <translation>Стан: %1</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="341" />
        <source>Pressed at: %1</source>
        <translation>Кнопку натиснуто: %1</translation>
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
        <translation>приховано</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="346" />
        <source>Verification: %1</source>
        <translation>Верифікація: %1</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="352" />
        <source>Offset in recording: %1 s</source>
        <translation>Позиція в записі: %1 с</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="354" />
        <source>Written message: %1</source>
        <translation>Письмове звернення: %1</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="357" />
        <source>Recordings on legal hold: %1</source>
        <translation>Записів під забороною видалення: %1</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="360" />
        <source>Handed to police on %1, reference %2</source>
        <translation>Передано до поліції %1, номер %2</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="364" />
        <source>Police package: %1</source>
        <translation>Пакет для поліції: %1</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="365" />
        <source>Operator's note:</source>
        <translation>Примітка оператора:</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="365" />
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="388" />
        <source>Only a supervisor may block a writer.</source>
        <translation>Заблокувати відправника може лише керівник.</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="390" />
        <source>%1 is already blocked.</source>
        <translation>%1 уже заблоковано.</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="405" />
        <source>Play at %1</source>
        <translation>Відтворити з %1</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="419" />
        <source>Incident %1 — %2 — %3</source>
        <translation>Інцидент %1 — %2 — %3</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="451" />
        <source>Incident %1: %2</source>
        <translation>Інцидент %1: %2</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="480" />
        <source>Export police package</source>
        <translation>Експорт пакета для поліції</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="483" />
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP-архіви (*.zip)</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="498" />
        <source>Package exported: %1</source>
        <translation>Пакет експортовано: %1</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="512" />
        <location filename="../incidents_view.py" line="541" />
        <source>Block %1</source>
        <translation>Заблокувати %1</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="513" />
        <location filename="../incidents_view.py" line="542" />
        <source>Reason (kept on record):</source>
        <translation>Причина (зберігається в обліку):</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="523" />
        <location filename="../incidents_view.py" line="555" />
        <source>A block needs a reason.</source>
        <translation>Для блокування потрібна причина.</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="529" />
        <source>%1 is blocked; its calls are flagged on the ringing card.</source>
        <translation>%1 заблоковано; його дзвінки позначаються на картці виклику.</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="564" />
        <source>%1 is blocked; their mail is kept and flagged, never put in the queue.</source>
        <translation>%1 заблоковано; листи від нього зберігаються з позначкою і не потрапляють до черги.</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="579" />
        <source>%1 is no longer blocked.</source>
        <translation>%1 більше не заблоковано.</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="586" />
        <source>Failed: %1</source>
        <translation>Помилка: %1</translation>
    </message>
</context>
<context>
    <name>KeyringSetupDialog</name>
    <message>
        <location filename="../keyring_setup.py" line="100" />
        <source>Password storage</source>
        <translation>Сховище паролів</translation>
    </message>
    <message>
        <location filename="../keyring_setup.py" line="118" />
        <source>Master password</source>
        <translation>Головний пароль</translation>
    </message>
    <message>
        <location filename="../keyring_setup.py" line="120" />
        <source>Repeat</source>
        <translation>Повторіть</translation>
    </message>
    <message>
        <location filename="../keyring_setup.py" line="124" />
        <source>Unlock the encrypted password file</source>
        <translation>Розблокувати зашифрований файл паролів</translation>
    </message>
    <message>
        <location filename="../keyring_setup.py" line="126" />
        <source>Create an encrypted password file</source>
        <translation>Створити зашифрований файл паролів</translation>
    </message>
    <message>
        <location filename="../keyring_setup.py" line="134" />
        <source>Continue without saved passwords</source>
        <translation>Продовжити без збережених паролів</translation>
    </message>
    <message>
        <location filename="../keyring_setup.py" line="139" />
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <location filename="../keyring_setup.py" line="150" />
        <source>The two passwords differ.</source>
        <translation>Паролі не збігаються.</translation>
    </message>
    <message>
        <location filename="../keyring_setup.py" line="158" />
        <source>Wrong master password for the encrypted password file.</source>
        <translation>Неправильний головний пароль зашифрованого файлу паролів.</translation>
    </message>
    <message>
        <location filename="../keyring_setup.py" line="161" />
        <source>Type a master password.</source>
        <translation>Введіть головний пароль.</translation>
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
        <translation>Третій учасник</translation>
    </message>
    <message>
        <location filename="../lanes.py" line="62" />
        <source>Track %1</source>
        <translation>Доріжка %1</translation>
    </message>
    <message>
        <location filename="../lanes.py" line="80" />
        <source>Recording tracks</source>
        <translation>Доріжки запису</translation>
    </message>
    <message>
        <location filename="../lanes.py" line="83" />
        <source>Click or drag to move the play position. Space: play or pause; Left/Right arrow: 5 seconds back or forward.</source>
        <translation>Клацніть або потягніть, щоб перейти в інше місце запису. Пробіл — відтворити або призупинити; стрілки ліворуч/праворуч — на 5 секунд назад або вперед.</translation>
    </message>
    <message>
        <location filename="../lanes.py" line="105" />
        <source>Lanes: %1</source>
        <translation>Доріжки: %1</translation>
    </message>
    <message>
        <location filename="../lanes.py" line="227" />
        <source>masked</source>
        <translation>приховано</translation>
    </message>
</context>
<context>
    <name>ListenControls</name>
    <message>
        <location filename="../listen_controls.py" line="63" />
        <source>Listen</source>
        <translation>Слухати</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="64" />
        <source>Whisper</source>
        <translation>Підказати</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="65" />
        <source>Barge in</source>
        <translation>Втрутитися</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="66" />
        <source>Stop listening</source>
        <translation>Припинити прослуховування</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="69" />
        <source>Listen to the selected call; neither the caller nor the operator hears you, and the recording does not change (%1). Every use is audited.</source>
        <translation>Слухати вибраний дзвінок: ні абонент, ні оператор вас не чують, запис не змінюється (%1). Кожне прослуховування фіксується в журналі аудиту.</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="73" />
        <source>Speak to the operator only; the caller does not hear you. What you say is recorded on the operator track (KUTY-1.1).</source>
        <translation>Говорити лише до оператора: абонент вас не чує. Сказане записується на доріжку оператора (KUTY-1.1).</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="77" />
        <source>Join the call: the caller and the operator hear you. What you say is recorded on the operator track (KUTY-1.1).</source>
        <translation>Приєднатися до розмови: вас чують абонент і оператор. Сказане записується на доріжку оператора (KUTY-1.1).</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="80" />
        <source>Stop listening; the call goes on unchanged.</source>
        <translation>Припинити прослуховування; розмова триває без змін.</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="84" />
        <source>The desk's policy does not allow live listening (%1).</source>
        <translation>Правила служби не дозволяють прослуховування дзвінків (%1).</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="127" />
        <source>Select a call in progress first.</source>
        <translation>Спершу виберіть поточний дзвінок.</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="153" />
        <source>The desk's policy does not allow live listening.</source>
        <translation>Правила служби не дозволяють прослуховування дзвінків.</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="154" />
        <source>The call is no longer in progress.</source>
        <translation>Цей дзвінок уже завершено.</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="156" />
        <source>The operator's seat cannot be reached for listening (it has not announced its address).</source>
        <translation>Робоче місце оператора недоступне для прослуховування (воно не повідомило свою адресу).</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="217" />
        <source>The operator's seat refused the listening.</source>
        <translation>Робоче місце оператора відмовило в прослуховуванні.</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="219" />
        <source>Listening ended.</source>
        <translation>Прослуховування завершено.</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="229" />
        <source>Connecting to the operator's seat…</source>
        <translation>З’єднання з робочим місцем оператора…</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="230" />
        <source>Listening: nobody hears you.</source>
        <translation>Прослуховування: вас ніхто не чує.</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="231" />
        <source>Whispering: only the operator hears you.</source>
        <translation>Підказка: вас чує лише оператор.</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="232" />
        <source>In the call: the caller and the operator hear you.</source>
        <translation>У розмові: вас чують абонент і оператор.</translation>
    </message>
</context>
<context>
    <name>MailPage</name>
    <message>
        <location filename="../settings_pages.py" line="97" />
        <source>Desk mailbox (incoming, IMAP)</source>
        <translation>Скринька служби (вхідна, IMAP)</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="100" />
        <location filename="../settings_pages.py" line="149" />
        <source>empty: none</source>
        <translation>порожньо: немає</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="104" />
        <source>standard (993 or 143)</source>
        <translation>стандартний (993 або 143)</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="108" />
        <source>TLS from the start (IMAPS)</source>
        <translation>TLS від початку (IMAPS)</translation>
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
        <translation>порожньо: системні</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="120" />
        <location filename="../settings_pages.py" line="169" />
        <source>Choose…</source>
        <translation>Вибрати…</translation>
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
        <translation>Захист</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="139" />
        <location filename="../settings_pages.py" line="175" />
        <source>User</source>
        <translation>Користувач</translation>
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
        <translation>Файл сертифіката CA</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="143" />
        <source>Attachments up to</source>
        <translation>Вкладення до</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="144" />
        <source>Messages up to</source>
        <translation>Листи до</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="146" />
        <source>Outgoing mail (replies and notifications, SMTP)</source>
        <translation>Вихідна пошта (відповіді й сповіщення, SMTP)</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="156" />
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (порт 587)</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="157" />
        <source>TLS from the start (port 465)</source>
        <translation>TLS від початку (порт 465)</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="158" />
        <source>No encryption (this computer only)</source>
        <translation>Без шифрування (лише цей комп'ютер)</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="162" />
        <source>empty: no sign-in</source>
        <translation>порожньо: без входу</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="177" />
        <source>Sender address</source>
        <translation>Адреса відправника</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="184" />
        <source>E-mails to the desk (written contacts) are fetched from this mailbox</source>
        <translation>Листи до служби (письмові звернення) надходять із цієї скриньки</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="186" />
        <source>Empty: notifications only in the console</source>
        <translation>Порожньо: сповіщення лише в консолі</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="187" />
        <source>Empty: no desk mailbox</source>
        <translation>Порожньо: без скриньки служби</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="198" />
        <source>PEM (*.pem *.crt)</source>
        <translation>PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="216" />
        <source>The CA certificate file %1 does not exist.</source>
        <translation>Файлу сертифіката CA %1 немає.</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="220" />
        <source>The largest attachment cannot be larger than the largest message.</source>
        <translation>Найбільше вкладення не може бути більшим за найбільший лист.</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="224" />
        <source>The desk mailbox needs a user.</source>
        <translation>Для скриньки служби потрібен користувач.</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="227" />
        <source>A mailbox password needs the server and the user.</source>
        <translation>Для пароля скриньки потрібні сервер і користувач.</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="230" />
        <source>An outgoing-mail password needs the user.</source>
        <translation>Для пароля вихідної пошти потрібен користувач.</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="234" />
        <source>The sender must be an e-mail address.</source>
        <translation>Відправник має бути адресою e-mail.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="73" />
        <source>Kuty help desk — operator console</source>
        <translation>Служба підтримки Кути — консоль оператора</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="202" />
        <source>Today's calls</source>
        <translation>Дзвінки за сьогодні</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="140" />
        <source>Incidents</source>
        <translation>Інциденти</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="245" />
        <source>Calls</source>
        <translation>Дзвінки</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="246" />
        <source>The call, the caller's verification (KUTY-2.2) and today's calls</source>
        <translation>Розмова, верифікація абонента (KUTY-2.2) і дзвінки за сьогодні</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="260" />
        <source>Supervision</source>
        <translation>Нагляд</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="261" />
        <source>Notices, incidents (KUTY-3.x) and complaints (KUTY-1.2)</source>
        <translation>Повідомлення, інциденти (KUTY-3.x) і скарги (KUTY-1.2)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="274" />
        <source>Reports</source>
        <translation>Звіти</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="275" />
        <source>Calls, outcomes, incidents, verification and complaints by day</source>
        <translation>Дзвінки, їх результати, інциденти, верифікація і скарги по днях</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="290" />
        <source>Administration</source>
        <translation>Адміністрування</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="291" />
        <source>Seat settings, SIP accounts, users and imports</source>
        <translation>Налаштування робочого місця, SIP-облікові записи, користувачі та імпорт</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="309" />
        <source>Inbox</source>
        <translation>Листи</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="311" />
        <source>Written contacts: e-mails in order of arrival, thread, reply, notes, abuse and threats (KZP-30-9, CSC-2.4, KUTY-3.3/3.4)</source>
        <translation>Письмові звернення: листи в порядку надходження, листування, відповідь, нотатки, образи й погрози (KZP-30-9, CSC-2.4, KUTY-3.3/3.4)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="327" />
        <source>Wallboard</source>
        <translation>Табло</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="365" />
        <source>Scripts</source>
        <translation>Сценарії</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="400" />
        <source>Caller</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="414" />
        <source>Dialling is not available on this console.</source>
        <translation>Набір номера недоступний у цій консолі.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="446" />
        <location filename="../main_window.py" line="575" />
        <source>No headset found: you cannot hear callers. Plug in the headset.</source>
        <translation>Гарнітуру не знайдено: ви не почуєте абонентів. Під'єднайте гарнітуру.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="458" />
        <source>The phone engine stopped unexpectedly (%1). It is restarting; a call in progress was cut off and its recording is kept.</source>
        <translation>Телефонний рушій несподівано зупинився (%1). Він перезапускається; поточний дзвінок обірвано, його запис збережено.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="465" />
        <source>The phone engine is running again.</source>
        <translation>Телефонний рушій знову працює.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="527" />
        <source>Could not %1: %2</source>
        <translation>Не вдалося %1: %2</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="534" />
        <source>answer the call</source>
        <translation>відповісти на дзвінок</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="535" />
        <source>reject the call</source>
        <translation>відхилити дзвінок</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="536" />
        <source>hang up</source>
        <translation>завершити дзвінок</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="537" />
        <source>put the call on hold</source>
        <translation>поставити дзвінок на утримання</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="538" />
        <source>resume the call</source>
        <translation>продовжити розмову</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="539" />
        <source>mute the microphone</source>
        <translation>вимкнути мікрофон</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="540" />
        <source>send tones</source>
        <translation>надіслати тонові сигнали</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="541" />
        <source>place the call</source>
        <translation>здійснити дзвінок</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="542" />
        <source>change your state</source>
        <translation>змінити ваш стан</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="543" />
        <source>transfer the call</source>
        <translation>перевести дзвінок</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="544" />
        <source>call for a consultation</source>
        <translation>подзвонити для консультації</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="545" />
        <source>complete the transfer</source>
        <translation>завершити переведення</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="546" />
        <source>register the SIP account</source>
        <translation>зареєструвати обліковий запис SIP</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="547" />
        <source>remove the SIP account</source>
        <translation>видалити обліковий запис SIP</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="555" />
        <source>RECORDING FAILED: this call is not being recorded (KUTY-1.1). Tell your supervisor now.</source>
        <translation>ЗАПИС НЕ ВДАВСЯ: цей дзвінок не записується (KUTY-1.1). Негайно повідомте керівника.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="560" />
        <source>RECORDING STOPPED: the recordings folder takes no more audio, this call is being lost (KUTY-1.1). Tell your supervisor now; supervisors were notified.</source>
        <translation>ЗАПИС ЗУПИНИВСЯ: тека записів більше не приймає звук, цей дзвінок втрачається (KUTY-1.1). Негайно повідомте керівника; керівників сповіщено.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="564" />
        <source>Recording continues; the missing part is marked in the recording.</source>
        <translation>Запис триває; пропущену частину позначено в записі.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="567" />
        <source>Little free space is left for recordings. Tell your supervisor before it runs out (KUTY-1.1).</source>
        <translation>Для записів лишилося мало вільного місця. Повідомте керівника, доки воно не закінчилося (KUTY-1.1).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="572" />
        <source>The phone engine cannot start (%1). Calls cannot be taken; tell the administrator.</source>
        <translation>Телефонний рушій не може запуститися (%1). Дзвінки не приймаються; повідомте адміністратора.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="578" />
        <source>The desk speakers for the ringtone cannot be opened: calls ring only in the headset. Check the ringer device in the settings.</source>
        <translation>Не вдається відкрити динаміки для дзвінка: дзвінок чути лише в гарнітурі. Перевірте пристрій дзвінка в налаштуваннях.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="583" />
        <source>A call was refused because it could not be recorded (KUTY-1.1): the caller heard an apology. Tell your supervisor now; supervisors were notified.</source>
        <translation>Дзвінок відхилено, бо його неможливо записати (KUTY-1.1): абонент почув вибачення. Негайно повідомте керівника; керівників сповіщено.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="588" />
        <source>The database is unreachable: calls are still answered and recorded, their details are kept on this computer and saved when it is back.</source>
        <translation>База даних недоступна: дзвінки й далі приймаються та записуються, їхні дані зберігаються на цьому комп'ютері й будуть записані, щойно база повернеться.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="592" />
        <source>The database is back; the kept call details were saved.</source>
        <translation>База даних знову доступна; збережені дані дзвінків записано.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="595" />
        <source>Recordings interrupted by the engine failure could not be repaired. Tell your supervisor.</source>
        <translation>Записи, перервані збоєм рушія, не вдалося відновити. Повідомте керівника.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="600" />
        <source>The STUN server did not answer: the phone uses this computer's local address. Calls through a provider outside the office may have no sound; tell the administrator.</source>
        <translation>Сервер STUN не відповів: телефон використовує локальну адресу цього комп’ютера. У дзвінках через провайдера поза офісом може не бути звуку; повідомте адміністратора.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="606" />
        <source>ICE is switched off: the phone listens on a loopback address. Calls still work; set a network address in the settings to use ICE.</source>
        <translation>ICE вимкнено: телефон слухає на адресі loopback. Дзвінки працюють; щоб увімкнути ICE, укажіть мережеву адресу в налаштуваннях.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="609" />
        <source>Phone alert: %1</source>
        <translation>Попередження телефону: %1</translation>
    </message>
</context>
<context>
    <name>MessagesView</name>
    <message>
        <location filename="../messages_view.py" line="69" />
        <source>E-mail</source>
        <translation>Електронна пошта</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="70" />
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="82" />
        <source>Log message</source>
        <translation>Зареєструвати звернення</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="86" />
        <source>Written messages</source>
        <translation>Письмові звернення</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="88" />
        <source>Abuse — stop + report</source>
        <translation>Образа — припинити + повідомити</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="91" />
        <source>Stop the correspondence and report to management (KUTY-3.3)</source>
        <translation>Припинити листування й повідомити керівництво (KUTY-3.3)</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="93" />
        <source>Threat — stop + report + police</source>
        <translation>Погроза — припинити + повідомити + поліція</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="96" />
        <source>Stop the correspondence, report to management and the police (KUTY-3.4)</source>
        <translation>Припинити листування, повідомити керівництво й поліцію (KUTY-3.4)</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="107" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="108" />
        <source>Sender</source>
        <translation>Відправник</translation>
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
        <location filename="../messages_view.py" line="178" />
        <source>Sender and text are required.</source>
        <translation>Потрібно вказати відправника й текст.</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="194" />
        <source>Message %1 logged (KUTY-1.1).</source>
        <translation>Звернення %1 зареєстровано (KUTY-1.1).</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="232" />
        <source>Not saved: %1</source>
        <translation>Не збережено: %1</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="158" />
        <source>THREAT</source>
        <translation>ПОГРОЗА</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="158" />
        <source>ABUSE</source>
        <translation>ОБРАЗА</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="217" />
        <source>Correspondence stopped; incident %1 filed.</source>
        <translation>Листування припинено; інцидент %1 зареєстровано.</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <location filename="../requests_view.py" line="56" />
        <source>New request</source>
        <translation>Новий запит</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="64" />
        <source>Comma-separated, empty = all numbers</source>
        <translation>Через кому; порожньо — усі номери</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="70" />
        <source>Recordings</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="71" />
        <source>Correspondence</source>
        <translation>Листування</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="72" />
        <source>Transcripts</source>
        <translation>Розшифровки</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="73" />
        <source>Verification log</source>
        <translation>Журнал верифікації</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="74" />
        <source>Incidents</source>
        <translation>Інциденти</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="75" />
        <source>Complaints</source>
        <translation>Скарги</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="79" />
        <source>Requested by:</source>
        <translation>Хто запитує:</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="80" />
        <source>Office:</source>
        <translation>Установа:</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="81" />
        <source>Reference:</source>
        <translation>Номер документа:</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="82" />
        <source>Period from:</source>
        <translation>Період з:</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="83" />
        <source>Period to:</source>
        <translation>Період по:</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="84" />
        <source>Numbers:</source>
        <translation>Номери:</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="85" />
        <source>Due:</source>
        <translation>Термін:</translation>
    </message>
</context>
<context>
    <name>PlayerWidget</name>
    <message>
        <location filename="../player.py" line="69" />
        <source>Select a call and press Enter to play it.</source>
        <translation>Виберіть дзвінок і натисніть Enter, щоб прослухати.</translation>
    </message>
    <message>
        <location filename="../player.py" line="79" />
        <source>Track to play</source>
        <translation>Доріжка для відтворення</translation>
    </message>
    <message>
        <location filename="../player.py" line="81" />
        <source>Both (mixed)</source>
        <translation>Обидва (змішано)</translation>
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
        <translation>Відтворити</translation>
    </message>
    <message>
        <location filename="../player.py" line="88" />
        <source>Play or pause (Space)</source>
        <translation>Відтворити або призупинити (Пробіл)</translation>
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
        <translation>На 5 секунд назад (стрілка ліворуч)</translation>
    </message>
    <message>
        <location filename="../player.py" line="93" />
        <source>+5 s</source>
        <translation>+5 с</translation>
    </message>
    <message>
        <location filename="../player.py" line="95" />
        <source>5 seconds forward</source>
        <translation>На 5 секунд уперед</translation>
    </message>
    <message>
        <location filename="../player.py" line="96" />
        <source>5 seconds forward (Right arrow)</source>
        <translation>На 5 секунд уперед (стрілка праворуч)</translation>
    </message>
    <message>
        <location filename="../player.py" line="97" />
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <location filename="../player.py" line="101" />
        <source>Playback speed</source>
        <translation>Швидкість відтворення</translation>
    </message>
    <message>
        <location filename="../player.py" line="107" />
        <source>Play position</source>
        <translation>Місце відтворення</translation>
    </message>
    <message>
        <location filename="../player.py" line="114" />
        <source>Markers</source>
        <translation>Позначки</translation>
    </message>
    <message>
        <location filename="../player.py" line="115" />
        <source>Jump to marker</source>
        <translation>Перейти до позначки</translation>
    </message>
    <message>
        <location filename="../player.py" line="132" />
        <source>Markers:</source>
        <translation>Позначки:</translation>
    </message>
    <message>
        <location filename="../player.py" line="255" />
        <source>Checking the recording's integrity…</source>
        <translation>Перевірка цілісності запису…</translation>
    </message>
    <message>
        <location filename="../player.py" line="284" />
        <source>Incident</source>
        <translation>Інцидент</translation>
    </message>
    <message>
        <location filename="../player.py" line="284" />
        <source>Key phrase</source>
        <translation>Ключова фраза</translation>
    </message>
    <message>
        <location filename="../player.py" line="289" />
        <source>The key-phrase segment is masked (silence, red band).</source>
        <translation>Фрагмент із ключовою фразою приховано (тиша, червона смуга).</translation>
    </message>
    <message>
        <location filename="../player.py" line="300" />
        <source>No audio output device: playing without sound.</source>
        <translation>Немає пристрою виведення звуку: відтворення без звуку.</translation>
    </message>
    <message>
        <location filename="../player.py" line="311" />
        <source>INTEGRITY CHECK FAILED: the %1 track of this recording is missing or was changed after the call (SHA-256 differs from the database). It will not be played. Tell the administrator.</source>
        <translation>ПЕРЕВІРКА ЦІЛІСНОСТІ НЕ ПРОЙДЕНА: доріжка «%1» цього запису відсутня або змінена після дзвінка (SHA-256 не збігається з базою даних). Її не буде відтворено. Повідомте адміністратора.</translation>
    </message>
    <message>
        <location filename="../player.py" line="316" />
        <source>You may not play recordings.</source>
        <translation>Вам не дозволено прослуховувати записи.</translation>
    </message>
    <message>
        <location filename="../player.py" line="318" />
        <source>The recording cannot be played: %1</source>
        <translation>Запис не вдається відтворити: %1</translation>
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
        <translation>Інцидент %1: передано до поліції</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="70" />
        <source>Date handed over</source>
        <translation>Дата передачі</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="71" />
        <source>Police reference number</source>
        <translation>Номер реєстрації в поліції</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <location filename="../settings_pages.py" line="355" />
        <location filename="../settings_pages.py" line="378" />
        <source>Policy of this seat</source>
        <translation>Регламент цього місця</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="360" />
        <source>Regulation %1 (rule ids %1-…), from %2</source>
        <translation>Регламент %1 (правила %1-…), джерело: %2</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="365" />
        <source>This policy file cannot be read</source>
        <translation>Файл цього регламенту не читається</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="371" />
        <source>What the operator may do and say, the channels, hours and deadlines follow the regulation chosen here. It applies after a console restart.</source>
        <translation>Що оператор може робити й казати, канали, години роботи й строки — за вибраним тут регламентом. Діє після перезапуску консолі.</translation>
    </message>
</context>
<context>
    <name>ProfileImport</name>
    <message>
        <location filename="../admin_import.py" line="49" />
        <source>Surname</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="50" />
        <source>First name</source>
        <translation>Ім'я</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="51" />
        <source>Patronymic</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="52" />
        <source>Phones</source>
        <translation>Телефони</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="53" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="54" />
        <source>Key phrase</source>
        <translation>Ключова фраза</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="55" />
        <source>Applications</source>
        <translation>Заяви</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="56" />
        <source>Application number</source>
        <translation>Номер заяви</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="57" />
        <source>Child's first name</source>
        <translation>Ім'я дитини</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="58" />
        <source>Application status</source>
        <translation>Стан заяви</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="59" />
        <source>Created</source>
        <translation>Створено</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="60" />
        <source>Updated</source>
        <translation>Оновлено</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="61" />
        <source>Kindergartens</source>
        <translation>Заклади дошкільної освіти</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="64" />
        <source>The whole row</source>
        <translation>Увесь рядок</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="71" />
        <source>Empty; it is required</source>
        <translation>Порожньо; поле обов'язкове</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="72" />
        <source>Not text</source>
        <translation>Не текст</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="73" />
        <source>Too long</source>
        <translation>Задовго</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="74" />
        <source>Contains a control character</source>
        <translation>Містить керівний символ</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="77" />
        <source>Too many phone numbers</source>
        <translation>Забагато номерів телефону</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="78" />
        <source>Not a valid phone number</source>
        <translation>Некоректний номер телефону</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="79" />
        <source>Not a valid date</source>
        <translation>Некоректна дата</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="80" />
        <source>The same profile appears earlier in the file</source>
        <translation>Цей самий профіль уже є вище у файлі</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="83" />
        <source>Empty once spaces and punctuation are removed</source>
        <translation>Порожньо без пробілів і розділових знаків</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="86" />
        <source>The row has a different number of columns than the header</source>
        <translation>У рядку інша кількість стовпців, ніж у заголовку</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="89" />
        <source>No profile has this phone and surname</source>
        <translation>Немає профілю з таким телефоном і прізвищем</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="92" />
        <source>Several profiles have this phone and surname; add the first name</source>
        <translation>Кілька профілів мають такий телефон і прізвище; додайте ім'я</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="95" />
        <source>Matches several existing profiles (same names, a shared phone)</source>
        <translation>Збігається з кількома наявними профілями (ті самі імена, спільний телефон)</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="98" />
        <source>Updates the same existing profile as an earlier row</source>
        <translation>Оновлює той самий наявний профіль, що й рядок вище</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="102" />
        <source>Cannot be imported</source>
        <translation>Не імпортується</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="110" />
        <source>Cancelled; nothing was imported.</source>
        <translation>Скасовано; нічого не імпортовано.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="113" />
        <source>The file changed while it was imported; nothing was imported.</source>
        <translation>Файл змінився під час імпорту; нічого не імпортовано.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="116" />
        <source>The file is larger than %1 MB; split the export.</source>
        <translation>Файл більший за %1 МБ; розділіть вивантаження.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="119" />
        <source>The file cannot be read.</source>
        <translation>Файл не читається.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="122" />
        <source>The file is not UTF-8 (line %1); export it as UTF-8.</source>
        <translation>Файл не в UTF-8 (рядок %1); вивантажте його в UTF-8.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="125" />
        <source>Line %1 is not valid CSV.</source>
        <translation>Рядок %1 — не коректний CSV.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="128" />
        <source>Line %1 is not valid JSON.</source>
        <translation>Рядок %1 — не коректний JSON.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="131" />
        <source>The JSON file is not a list of profiles.</source>
        <translation>Файл JSON — не список профілів.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="134" />
        <source>The file has no header row.</source>
        <translation>У файлі немає рядка заголовка.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="137" />
        <source>Columns missing from the header: %1.</source>
        <translation>У заголовку бракує стовпців: %1.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="140" />
        <source>Columns given twice: %1.</source>
        <translation>Стовпці повторюються: %1.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="143" />
        <source>The header has too many columns; is this the Service's export?</source>
        <translation>У заголовку забагато стовпців; це точно вивантаження Сервісу?</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="146" />
        <source>Line %1 is too long; is this the Service's export?</source>
        <translation>Рядок %1 задовгий; це точно вивантаження Сервісу?</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="149" />
        <source>The JSON is nested too deeply; is this the Service's export?</source>
        <translation>JSON має завелику вкладеність; це точно вивантаження Сервісу?</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="152" />
        <source>A JSON item is too large; is this the Service's export?</source>
        <translation>Запис JSON завеликий; це точно вивантаження Сервісу?</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="155" />
        <source>Problems in the file: %1; nothing was imported.</source>
        <translation>Проблем у файлі: %1; нічого не імпортовано.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="168" />
        <source>Checking rows</source>
        <translation>Перевірка рядків</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="170" />
        <source>Protecting key phrases</source>
        <translation>Захист ключових фраз</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="172" />
        <source>Saving profiles</source>
        <translation>Збереження профілів</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="173" />
        <source>Importing</source>
        <translation>Імпорт</translation>
    </message>
</context>
<context>
    <name>RecordingsBrowser</name>
    <message>
        <location filename="../recordings_browser.py" line="98" />
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="100" />
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="105" />
        <source>Calls from this date</source>
        <translation>Дзвінки від цієї дати</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="106" />
        <source>Calls up to this date</source>
        <translation>Дзвінки до цієї дати</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="110" />
        <source>Any operator</source>
        <translation>Будь-який оператор</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="113" />
        <source>Caller number, e.g. +380671234567</source>
        <translation>Номер абонента, напр. +380671234567</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="114" />
        <source>starts with</source>
        <translation>починається з</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="117" />
        <source>Any verification</source>
        <translation>Будь-яка верифікація</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="119" />
        <source>Verified</source>
        <translation>Верифіковано</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="120" />
        <source>Not verified</source>
        <translation>Не верифіковано</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="121" />
        <source>Locked</source>
        <translation>Заблоковано</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="126" />
        <source>With or without incidents</source>
        <translation>З інцидентами чи без</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="127" />
        <location filename="../recordings_browser.py" line="398" />
        <source>Abuse</source>
        <translation>Образа</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="127" />
        <location filename="../recordings_browser.py" line="398" />
        <source>Threat</source>
        <translation>Погроза</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="131" />
        <source>Held or not</source>
        <translation>Із забороною видалення чи без</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="132" />
        <source>On legal hold</source>
        <translation>Із забороною видалення</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="132" />
        <source>Not held</source>
        <translation>Без заборони видалення</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="136" />
        <source>With or without complaint</source>
        <translation>Зі скаргою чи без</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="137" />
        <source>With complaint</source>
        <translation>Зі скаргою</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="137" />
        <source>Without complaint</source>
        <translation>Без скарги</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="139" />
        <source>Wrap-up: topic, notes or registration number</source>
        <translation>Підсумок: тема, нотатки або реєстраційний номер</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="144" />
        <source>A word, any case; Enter searches</source>
        <translation>Слово, будь-який регістр; Enter — шукати</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="148" />
        <location filename="../recordings_browser.py" line="149" />
        <source>The wrap-up's category, as the operator chose it</source>
        <translation>Категорія з підсумку, як її обрав оператор</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="161" />
        <location filename="../recordings_browser.py" line="162" />
        <source>How the call ended</source>
        <translation>Як завершився дзвінок</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="163" />
        <source>Any ending</source>
        <translation>Будь-яке завершення</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="175" />
        <source>Order of the calls</source>
        <translation>Порядок дзвінків</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="176" />
        <source>Newest first</source>
        <translation>Спершу нові</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="177" />
        <source>Oldest first</source>
        <translation>Спершу старі</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="178" />
        <source>Search</source>
        <translation>Шукати</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="180" />
        <source>◀ Previous</source>
        <translation>◀ Попередня</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="181" />
        <source>Next ▶</source>
        <translation>Наступна ▶</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="183" />
        <source>Export selected…</source>
        <translation>Вивантажити вибрані…</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="186" />
        <source>Transcript…</source>
        <translation>Стенограма…</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="192" />
        <source>Calls found</source>
        <translation>Знайдені дзвінки</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="196" />
        <source>Rang at</source>
        <translation>Час дзвінка</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="197" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="109" />
        <location filename="../recordings_browser.py" line="198" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="199" />
        <source>Verification</source>
        <translation>Верифікація</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="200" />
        <source>Duration</source>
        <translation>Тривалість</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="201" />
        <source>Incidents</source>
        <translation>Інциденти</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="202" />
        <source>Hold</source>
        <translation>Заборона видалення</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="357" />
        <source>Searching…</source>
        <translation>Пошук…</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="367" />
        <source>Search failed: %1</source>
        <translation>Пошук не вдався: %1</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="401" />
        <source>Withheld</source>
        <translation>Номер приховано</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="408" />
        <source>held</source>
        <translation>діє</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="383" />
        <source>Page %1: %2 calls</source>
        <translation>Сторінка %1: дзвінків — %2</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="203" />
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="204" />
        <source>Reg. number</source>
        <translation>Реєстр. номер</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="205" />
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="206" />
        <source>How it ended</source>
        <translation>Як завершився</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="281" />
        <source>Any category</source>
        <translation>Будь-яка категорія</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="422" />
        <source>Wrap-up incomplete</source>
        <translation>Підсумок не завершено</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="423" />
        <source>%1 (wrap-up incomplete)</source>
        <translation>%1 (підсумок не завершено)</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="465" />
        <location filename="../recordings_browser.py" line="473" />
        <source>This call has no recording.</source>
        <translation>Цей дзвінок не має запису.</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="497" />
        <source>Select the calls to export first.</source>
        <translation>Спершу виберіть дзвінки для вивантаження.</translation>
    </message>
</context>
<context>
    <name>RecordingsPage</name>
    <message>
        <location filename="../settings_dialog.py" line="81" />
        <source>default: the data folder's recordings</source>
        <translation>за замовчуванням: теки recordings у теці даних</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="82" />
        <source>Check</source>
        <translation>Перевірити</translation>
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
        <translation>Вільне місце, залишене для записів</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="98" />
        <source>Every seat warns the operator and supervisors when the recordings folder has less free space than this, before calls can no longer be recorded (KUTY-1.1). 1000 MB is about 2 hours of calls; 0 turns the warning off.</source>
        <translation>Кожне робоче місце попереджає оператора й керівників, коли в теці записів лишається менше вільного місця, ніж тут, — ще до того, як дзвінки перестануть записуватися (KUTY-1.1). 1000 МБ — це приблизно 2 години дзвінків; 0 вимикає попередження.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="104" />
        <source>Recordings folder</source>
        <translation>Тека записів</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="120" />
        <source>Cannot write to this folder: %1</source>
        <translation>Неможливо записувати в цю теку: %1</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="127" />
        <source>This folder is on a network share (%1). Recordings are written there during calls: if the share is slow or drops, recording fails. Use it only on a reliable network.</source>
        <translation>Ця тека на мережевому ресурсі (%1). Записи пишуться туди під час дзвінків: якщо ресурс повільний або зникає, запис не вдасться. Використовуйте лише надійну мережу.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="134" />
        <source>The folder is writable.</source>
        <translation>У теку можна записувати.</translation>
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
        <translation>Пошук, прослуховування і вивантаження записів; запити (KUTY-1.3)</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="683" />
        <source>&amp;Recordings</source>
        <translation>&amp;Записи</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="684" />
        <source>Browse and play recordings…</source>
        <translation>Перегляд і прослуховування записів…</translation>
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
        <translation>Дзвінки</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="557" />
        <source>Requests (KUTY-1.3)</source>
        <translation>Запити (KUTY-1.3)</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <location filename="../requests_view.py" line="156" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="157" />
        <source>Requested by</source>
        <translation>Хто запитує</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="158" />
        <source>Received</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="159" />
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="160" />
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="161" />
        <source>Dossier</source>
        <translation>Досьє</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="167" />
        <source>New request…</source>
        <translation>Новий запит…</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="168" />
        <source>Fulfil selected</source>
        <translation>Виконати вибраний</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="169" />
        <source>Preview dossier</source>
        <translation>Переглянути досьє</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="172" />
        <source>What the selected request's dossier will hold, before it is built (KUTY-1.3)</source>
        <translation>Що міститиме досьє вибраного запиту, ще до його формування (KUTY-1.3)</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="177" />
        <source>Dossier preview</source>
        <translation>Попередній перегляд досьє</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="179" />
        <source>Select a request and press Preview dossier to see what it will hold.</source>
        <translation>Виберіть запит і натисніть «Переглянути досьє», щоб побачити, що воно міститиме.</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="181" />
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="183" />
        <source>Refresh</source>
        <translation>Оновити</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="219" />
        <source>Cannot list requests: %1</source>
        <translation>Не вдається показати запити: %1</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="267" />
        <source>Not registered: %1</source>
        <translation>Не зареєстровано: %1</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="261" />
        <source>Request %1 registered.</source>
        <translation>Запит %1 зареєстровано.</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="153" />
        <source>Requests register (KUTY-1.3)</source>
        <translation>Реєстр запитів (KUTY-1.3)</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="286" />
        <source>Queued transcripts: %1 made, %2 not transcribed (see the preview).</source>
        <translation>Розшифровки з черги: зроблено — %1, не розшифровано — %2 (див. перегляд досьє).</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="294" />
        <source>Queued transcripts were not made: %1</source>
        <translation>Розшифровки з черги не зроблено: %1</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="303" />
        <source>Select a request first.</source>
        <translation>Спершу виберіть запит.</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="318" />
        <source>No preview: %1</source>
        <translation>Перегляд недоступний: %1</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="337" />
        <source>Building the dossier…</source>
        <translation>Формування досьє…</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="356" />
        <source>Cancelled: no dossier was kept.</source>
        <translation>Скасовано: досьє не збережено.</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="358" />
        <source>Not fulfilled: %1</source>
        <translation>Не виконано: %1</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="361" />
        <source>Dossier ready: %1</source>
        <translation>Досьє готове: %1</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="22" />
        <source>Open</source>
        <translation>Відкритий</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="23" />
        <source>Dossier being built</source>
        <translation>Досьє формується</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="24" />
        <source>Fulfilled</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="25" />
        <source>Withdrawn</source>
        <translation>Відкликано</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="27" />
        <source>Unknown state</source>
        <translation>Невідомий стан</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="29" />
        <source>%1 ⚠ overdue</source>
        <translation>%1 ⚠ прострочено</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="38" />
        <source>transcript included</source>
        <translation>розшифровку включено</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="39" />
        <source>not transcribed: still queued</source>
        <translation>не розшифровано: ще в черзі</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="42" />
        <source>not transcribed: the transcription failed</source>
        <translation>не розшифровано: розшифрування не вдалося</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="45" />
        <source>not transcribed: no transcription engine or model on this seat</source>
        <translation>не розшифровано: на цьому робочому місці немає рушія або моделі розшифрування</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="48" />
        <source>not transcribed: never queued</source>
        <translation>не розшифровано: не ставилося в чергу</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="57" />
        <source>Abuse</source>
        <translation>Образа</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="58" />
        <source>Threat</source>
        <translation>Погроза</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="59" />
        <source>Incident</source>
        <translation>Інцидент</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="66" />
        <source>Request No. %1: calls %2, recordings %3.</source>
        <translation>Запит № %1: дзвінків — %2, записів — %3.</translation>
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
        <translation>обидві доріжки</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="78" />
        <source>Recordings:</source>
        <translation>Записи:</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="83" />
        <source>a track file is missing</source>
        <translation>бракує файлу доріжки</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="95" />
        <source>Transcripts: %1 included, %2 not transcribed.</source>
        <translation>Розшифровки: включено — %1, не розшифровано — %2.</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="102" />
        <source>Wrap-ups:</source>
        <translation>Підсумки:</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="104" />
        <source>no registration number</source>
        <translation>без реєстраційного номера</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="110" />
        <source>Incidents: %1</source>
        <translation>Інциденти: %1</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="118" />
        <source>Written messages: %1</source>
        <translation>Письмові звернення: %1</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../settings_pages.py" line="282" />
        <source> days</source>
        <translation> днів</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="283" />
        <source>keep all</source>
        <translation>зберігати всі</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="285" />
        <location filename="../settings_pages.py" line="308" />
        <source>Keep recordings for</source>
        <translation>Зберігати записи</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="288" />
        <source>Recordings older than this are deleted by the nightly run; held, requested and complaint recordings stay (KUTY-1.1, KUTY-1.3). 0 keeps all.</source>
        <translation>Записи, старші за цей строк, видаляє нічний запуск; записи із забороною видалення, запитані та зі скарг залишаються (KUTY-1.1, KUTY-1.3). 0 — зберігати всі.</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="294" />
        <source>PocketSphinx (English, shipped)</source>
        <translation>PocketSphinx (англійська, у комплекті)</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="295" />
        <source>faster-whisper (Ukrainian, a model folder)</source>
        <translation>faster-whisper (українська, тека моделі)</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="299" />
        <source>the faster-whisper model folder</source>
        <translation>тека моделі faster-whisper</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="300" />
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="309" />
        <source>Transcription engine</source>
        <translation>Система розшифрування</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="310" />
        <location filename="../settings_pages.py" line="322" />
        <source>Model folder</source>
        <translation>Тека моделі</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="332" />
        <source>faster-whisper needs its model folder.</source>
        <translation>Для faster-whisper потрібна тека моделі.</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="335" />
        <source>The folder %1 does not exist.</source>
        <translation>Теки %1 немає.</translation>
    </message>
</context>
<context>
    <name>RingAlert</name>
    <message>
        <location filename="../ring_alert.py" line="61" />
        <source>Second call waiting</source>
        <translation>Другий дзвінок чекає</translation>
    </message>
    <message>
        <location filename="../ring_alert.py" line="61" />
        <source>Incoming call</source>
        <translation>Вхідний дзвінок</translation>
    </message>
</context>
<context>
    <name>ScriptsPanel</name>
    <message>
        <location filename="../scripts_panel.py" line="63" />
        <source>Scripts</source>
        <translation>Сценарії</translation>
    </message>
    <message>
        <location filename="../scripts_panel.py" line="67" />
        <source>Script text to read aloud</source>
        <translation>Текст сценарію, щоб прочитати вголос</translation>
    </message>
    <message>
        <location filename="../scripts_panel.py" line="79" />
        <source>This desk's policy has no scripts.</source>
        <translation>У політиці цієї служби немає сценаріїв.</translation>
    </message>
    <message>
        <location filename="../scripts_panel.py" line="102" />
        <source>Scripts to read aloud (%1 to come here; arrows choose; Enter records a refusal)</source>
        <translation>Сценарії, щоб прочитати вголос (%1 — перейти сюди; стрілки — вибір; Enter — записати відмову)</translation>
    </message>
    <message>
        <location filename="../scripts_panel.py" line="130" />
        <source>Rules: %1</source>
        <translation>Правила: %1</translation>
    </message>
    <message>
        <location filename="../scripts_panel.py" line="134" />
        <source>Refused: %1</source>
        <translation>Відмовлено: %1</translation>
    </message>
    <message>
        <location filename="../scripts_panel.py" line="138" />
        <source>Put "refused: %1" on the wrap-up of this call (Enter in the list)</source>
        <translation>Додати «відмовлено: %1» до підсумку цього дзвінка (Enter у списку)</translation>
    </message>
    <message>
        <location filename="../scripts_panel.py" line="159" />
        <source>Added to the wrap-up: refused %1.</source>
        <translation>Додано до підсумку: відмовлено %1.</translation>
    </message>
    <message>
        <location filename="../scripts_panel.py" line="161" />
        <source>No call or open wrap-up to add "refused: %1" to.</source>
        <translation>Немає дзвінка чи відкритого підсумку, до якого додати «відмовлено: %1».</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="277" />
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="295" />
        <source>Language (after a console restart)</source>
        <translation>Мова (після перезапуску консолі)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="297" />
        <source>SIP accounts</source>
        <translation>Облікові записи SIP</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="298" />
        <source>Audio</source>
        <translation>Звук</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="299" />
        <source>Calls</source>
        <translation>Дзвінки</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="300" />
        <source>Recordings</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="301" />
        <source>Database</source>
        <translation>База даних</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="302" />
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="309" />
        <source>E-mail</source>
        <translation>Електронна пошта</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="310" />
        <source>Retention and transcription</source>
        <translation>Зберігання і розшифрування</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="311" />
        <source>Policy</source>
        <translation>Регламент</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="318" />
        <source>Restart the phone engine to apply</source>
        <translation>Перезапустити телефонний рушій, щоб застосувати</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="416" />
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="428" />
        <source>Not saved: %1</source>
        <translation>Не збережено: %1</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="446" />
        <source>&amp;Settings</source>
        <translation>&amp;Налаштування</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="447" />
        <source>Settings…</source>
        <translation>Налаштування…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="454" />
        <source>Settings saved.</source>
        <translation>Налаштування збережено.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="457" />
        <source>Settings saved. They apply when the phone engine restarts (not during a call).</source>
        <translation>Налаштування збережено. Вони застосуються після перезапуску телефонного рушія (не під час дзвінка).</translation>
    </message>
</context>
<context>
    <name>SettingsPages</name>
    <message>
        <location filename="../settings_pages.py" line="44" />
        <source>Kuty community: kindergarten-queue support desk</source>
        <translation>Кутська громада: служба підтримки черги до ЗДО</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="47" />
        <source>Preschool-queue portal support (Kazakhstan), chat only</source>
        <translation>Підтримка порталу черги до дошкілля (Казахстан), лише чат</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="50" />
        <source>Eurasian Electronic Portal support</source>
        <translation>Підтримка Євразійського електронного порталу</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="51" />
        <source>Control System Center support, written channels only</source>
        <translation>Підтримка Control System Center, лише письмові канали</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="72" />
        <source>stored in the keyring; empty: unchanged</source>
        <translation>збережено у сховищі ключів; порожньо: без змін</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="74" />
        <source>kept in the keyring</source>
        <translation>зберігається у сховищі ключів</translation>
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
        <location filename="../sign_in.py" line="125" />
        <source>Too many failed attempts: this account is locked until %1. Try again later or ask an administrator to reset the password.</source>
        <translation>Забагато невдалих спроб: обліковий запис заблоковано до %1. Спробуйте пізніше або попросіть адміністратора скинути пароль.</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="129" />
        <source>Wrong username or password.</source>
        <translation>Неправильне ім'я користувача або пароль.</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="131" />
        <source>Sign-in is not possible: %1</source>
        <translation>Увійти неможливо: %1</translation>
    </message>
</context>
<context>
    <name>StatusWidget</name>
    <message>
        <location filename="../status_widget.py" line="29" />
        <location filename="../status_widget.py" line="133" />
        <source>● REC</source>
        <translation>● ЗАПИС</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="32" />
        <location filename="../status_widget.py" line="135" />
        <source>This call is being recorded (KUTY-1.1)</source>
        <translation>Цей дзвінок записується (KUTY-1.1)</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="80" />
        <source>Phone: starting…</source>
        <translation>Телефон: запуск…</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="81" />
        <source>Phone: ready</source>
        <translation>Телефон: готовий</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="82" />
        <source>Phone: stopped unexpectedly</source>
        <translation>Телефон: несподівано зупинився</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="83" />
        <source>Phone: restarting…</source>
        <translation>Телефон: перезапуск…</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="84" />
        <source>Phone: stopped</source>
        <translation>Телефон: зупинено</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="99" />
        <source>no OpenSSL: SIP over TLS is unavailable</source>
        <translation>без OpenSSL: SIP через TLS недоступний</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="101" />
        <source>PJSIP %1; TLS: %2</source>
        <translation>PJSIP %1; TLS: %2</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="102" />
        <source>version unknown</source>
        <translation>версія невідома</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="105" />
        <source>Listening on %1</source>
        <translation>Приймає дзвінки на %1</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="107" />
        <source>Headset: %1</source>
        <translation>Гарнітура: %1</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="111" />
        <source>⚠ No headset</source>
        <translation>⚠ Немає гарнітури</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="124" />
        <source>⚠ REC STOPPED</source>
        <translation>⚠ ЗАПИС ЗУПИНИВСЯ</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="128" />
        <source>Audio of this call is being lost: the recordings folder takes no more audio (KUTY-1.1). Tell your supervisor.</source>
        <translation>Звук цього дзвінка втрачається: тека записів більше не приймає звук (KUTY-1.1). Повідомте керівника.</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="173" />
        <source>Registration failed: %1 %2</source>
        <translation>Помилка реєстрації: %1 %2</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="182" />
        <source>Registered: %1</source>
        <translation>Зареєстровано: %1</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="188" />
        <source>Not registered: %1</source>
        <translation>Не зареєстровано: %1</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="191" />
        <source>Local mode (no registration)</source>
        <translation>Локальний режим (без реєстрації)</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="198" />
        <source>%1 refused INVITEs from unknown hosts</source>
        <translation>Відхилено INVITE від невідомих вузлів: %1</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="201" />
        <source>STUN: public address from %1</source>
        <translation>STUN: публічна адреса від %1</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="203" />
        <source>STUN failed: %1</source>
        <translation>STUN не вдався: %1</translation>
    </message>
</context>
<context>
    <name>SupervisorQueue</name>
    <message>
        <location filename="../supervisor_queue.py" line="67" />
        <source>Notices waiting for acknowledgement</source>
        <translation>Повідомлення, що чекають підтвердження</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="70" />
        <source>What management did (required)</source>
        <translation>Що зробило керівництво (обов'язково)</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="71" />
        <source>Acknowledge</source>
        <translation>Підтвердити</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="74" />
        <source>Acknowledge the selected report or alert (KUTY-1.1, KUTY-3.1..3.4)</source>
        <translation>Підтвердити вибране повідомлення чи попередження (KUTY-1.1, KUTY-3.1..3.4)</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="79" />
        <location filename="../supervisor_queue.py" line="310" />
        <source>Open the call</source>
        <translation>Відкрити дзвінок</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="82" />
        <source>Play the selected incident's call from where the button was pressed</source>
        <translation>Відтворити дзвінок вибраного інциденту з місця, де натиснули кнопку</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="84" />
        <source>Sound for new incident notices</source>
        <translation>Звук нових повідомлень про інциденти</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="87" />
        <source>A short chime when a new incident is reported; untick to mute it</source>
        <translation>Короткий сигнал, коли повідомлено про новий інцидент; зніміть позначку, щоб вимкнути</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="97" />
        <source>Reports and alerts awaiting acknowledgement</source>
        <translation>Повідомлення та попередження, що чекають підтвердження</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="98" />
        <source>E-mail reports not delivered yet</source>
        <translation>Ще не доставлені листи з повідомленнями</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="101" />
        <source>E-mails not delivered yet</source>
        <translation>Ще не доставлені листи</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="154" />
        <source>Call recording stalled</source>
        <translation>Запис дзвінка зупинився</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="155" />
        <source>Call recording failed</source>
        <translation>Запис дзвінка не вдався</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="156" />
        <source>Low disk space for recordings</source>
        <translation>Мало місця для записів</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="157" />
        <source>Recordings could not be reconciled</source>
        <translation>Не вдалося звірити записи</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="158" />
        <source>A call was refused: all lines of a seat were busy</source>
        <translation>Дзвінок відхилено: усі лінії робочого місця були зайняті</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="160" />
        <source>System alert</source>
        <translation>Системне попередження</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="171" />
        <source>%1 — e-mail to %2 — %3 failed attempt(s); next retry %4</source>
        <translation>%1 — лист на %2 — невдалих спроб: %3; наступна спроба %4</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="175" />
        <source>Incident %1 — e-mail to %2 — %3 failed attempt(s); next retry %4</source>
        <translation>Інцидент %1 — лист на %2 — невдалих спроб: %3; наступна спроба %4</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="190" />
        <source>E-mail reports not delivered yet (%1): retried automatically</source>
        <translation>Ще не доставлені листи (%1): надсилання повторюється автоматично</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="227" />
        <source>operator %1</source>
        <translation>оператор %1</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="238" />
        <source>Abuse</source>
        <translation>Образа</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="239" />
        <source>Threat</source>
        <translation>Погроза</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="240" />
        <source>Withdrawn: pressed by mistake</source>
        <translation>Відкликано: натиснуто помилково</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="241" />
        <source>Threat reclassified as abuse</source>
        <translation>Погрозу перекваліфіковано як образу</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="250" />
        <source>Alert: %1 — seat %2 — %3</source>
        <translation>Попередження: %1 — робоче місце %2 — %3</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="255" />
        <source>Incident %1 — %2 — %3</source>
        <translation>Інцидент %1 — %2 — %3</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="307" />
        <source>Open the call at %1</source>
        <translation>Відкрити дзвінок з %1</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="318" />
        <source>withheld</source>
        <translation>приховано</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="319" />
        <source>Incident %1 — %2</source>
        <translation>Інцидент %1 — %2</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="337" />
        <source>Notification %1 acknowledged.</source>
        <translation>Повідомлення %1 підтверджено.</translation>
    </message>
</context>
<context>
    <name>TranscriptEditor</name>
    <message>
        <location filename="../transcript_editor.py" line="111" />
        <source>Transcript — %1</source>
        <translation>Стенограма — %1</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="126" />
        <source>Transcribe</source>
        <translation>Транскрибувати</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="130" />
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="135" />
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="135" />
        <source>Speaker</source>
        <translation>Хто говорить</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="135" />
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="147" />
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="148" />
        <source>Export PDF…</source>
        <translation>Вивантажити PDF…</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="149" />
        <source>Export DOCX…</source>
        <translation>Вивантажити DOCX…</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="155" />
        <source>Version:</source>
        <translation>Версія:</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="223" />
        <location filename="../transcript_editor.py" line="431" />
        <source>You may not read transcripts of recordings.</source>
        <translation>Вам не дозволено переглядати стенограми записів.</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="225" />
        <source>The transcript cannot be shown: %1</source>
        <translation>Стенограму не вдається показати: %1</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="240" />
        <source>This recording has no transcript yet.</source>
        <translation>Для цього запису ще немає стенограми.</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="245" />
        <source>The key phrase is hidden for your role; those lines cannot be edited.</source>
        <translation>Ключову фразу приховано для вашої ролі; ці рядки не можна редагувати.</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="255" />
        <source>Version %1 — %2, %3</source>
        <translation>Версія %1 — %2, %3</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="260" />
        <source>%1 (machine draft)</source>
        <translation>%1 (машинна чернетка)</translation>
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
        <translation>Приховано для вашої ролі.</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="323" />
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="327" />
        <source>Not saved: %1</source>
        <translation>Не збережено: %1</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="330" />
        <source>Saved as version %1.</source>
        <translation>Збережено як версію %1.</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="389" />
        <source>Transcription cannot start: %1</source>
        <translation>Не вдається почати розпізнавання: %1</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="398" />
        <source>Transcribing… This takes about as long as the call.</source>
        <translation>Розпізнавання… Це триває приблизно стільки, скільки тривала розмова.</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="403" />
        <source>Cancelling…</source>
        <translation>Скасування…</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="422" />
        <source>Transcribed.</source>
        <translation>Стенограму створено.</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="427" />
        <source>Transcription cancelled: nothing was stored.</source>
        <translation>Розпізнавання скасовано: нічого не збережено.</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="434" />
        <source>INTEGRITY CHECK FAILED: a track of this recording is missing or was changed after the call. It was not transcribed. Tell the administrator.</source>
        <translation>ПЕРЕВІРКА ЦІЛІСНОСТІ НЕ ПРОЙДЕНА: доріжка цього запису відсутня або змінена після дзвінка. Стенограму не створено. Повідомте адміністратора.</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="438" />
        <source>Transcription failed: %1</source>
        <translation>Розпізнавання не вдалося: %1</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="454" />
        <source>Export transcript</source>
        <translation>Вивантажити стенограму</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="469" />
        <source>You may not export recordings.</source>
        <translation>Вам не дозволено вивантажувати записи.</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="471" />
        <source>Export failed: %1</source>
        <translation>Вивантаження не вдалося: %1</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="473" />
        <source>Exported to %1</source>
        <translation>Вивантажено до %1</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="476" />
        <source>Exporting…</source>
        <translation>Вивантаження…</translation>
    </message>
</context>
<context>
    <name>TranscriptPane</name>
    <message>
        <location filename="../transcript_pane.py" line="59" />
        <source>Transcript</source>
        <translation>Стенограма</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="61" />
        <source>Play a call to see its transcript here.</source>
        <translation>Відтворіть дзвінок, щоб побачити тут його стенограму.</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="66" />
        <source>Transcript segments; click one to play from it</source>
        <translation>Фрагменти стенограми; клацніть фрагмент, щоб відтворити з нього</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="67" />
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="67" />
        <source>Speaker</source>
        <translation>Хто говорить</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="67" />
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="89" />
        <source>Loading the transcript…</source>
        <translation>Завантаження стенограми…</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="98" />
        <source>The transcript cannot be shown: %1</source>
        <translation>Стенограму не вдається показати: %1</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="108" />
        <source>the call is still being recorded</source>
        <translation>дзвінок ще записується</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="109" />
        <source>the recording has no complete caller and operator tracks</source>
        <translation>у записі немає повних доріжок абонента й оператора</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="111" />
        <source>nobody has had this call transcribed yet: use Transcript… to make one</source>
        <translation>дзвінок ще ніхто не розпізнавав: створіть стенограму кнопкою «Стенограма…»</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="113" />
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="119" />
        <source>Not transcribed: %1</source>
        <translation>Не розпізнано: %1</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="123" />
        <source>Version %1, %2 segments</source>
        <translation>Версія %1, фрагментів: %2</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="126" />
        <source>(the key phrase is hidden)</source>
        <translation>(ключову фразу приховано)</translation>
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
        <translation>[ключову фразу приховано]</translation>
    </message>
</context>
<context>
    <name>TransferPanel</name>
    <message>
        <location filename="../transfer_panel.py" line="45" />
        <source>Transfer (F7)</source>
        <translation>Переведення (F7)</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="47" />
        <source>Seat, supervisor or number</source>
        <translation>Місце, керівник або номер</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="49" />
        <source>Where the call goes: a number or sip: address; Enter = blind transfer</source>
        <translation>Куди перевести: номер або адреса sip:; Enter — переведення без консультації</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="51" />
        <source>Blind transfer</source>
        <translation>Перевести одразу</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="54" />
        <source>Send the caller straight to the target, without talking to them first</source>
        <translation>Перевести абонента одразу, не розмовляючи спершу з адресатом</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="56" />
        <source>Consult first</source>
        <translation>Спершу консультація</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="59" />
        <source>Hold the caller and call the target; then complete or cancel</source>
        <translation>Поставити абонента на утримання й подзвонити адресату; потім завершити чи скасувати</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="61" />
        <source>Complete transfer</source>
        <translation>Завершити переведення</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="63" />
        <source>Connect the caller to the consulted person</source>
        <translation>З'єднати абонента з тим, з ким консультувались</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="64" />
        <source>Cancel transfer</source>
        <translation>Скасувати переведення</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="66" />
        <source>Hang up the consultation and go back to the caller</source>
        <translation>Завершити консультацію й повернутися до абонента</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="109" />
        <source>Transferring to %1…</source>
        <translation>Переводимо на %1…</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="116" />
        <source>Calling %1 to consult…</source>
        <translation>Дзвонимо %1 для консультації…</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="124" />
        <location filename="../transfer_panel.py" line="164" />
        <source>Transferring…</source>
        <translation>Переводимо…</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="133" />
        <source>Transfer cancelled; back to the caller.</source>
        <translation>Переведення скасовано; ви знову з абонентом.</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="166" />
        <source>Transferred</source>
        <translation>Переведено</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="168" />
        <source>Could not transfer: %1</source>
        <translation>Не вдалося перевести: %1</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../unlock_dialog.py" line="50" />
        <source>Unlock caller profile</source>
        <translation>Розблокувати профіль абонента</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="57" />
        <source>Required: why the lock is lifted early</source>
        <translation>Обов'язково: чому блокування знімається достроково</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="66" />
        <source>Unlock</source>
        <translation>Розблокувати</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="74" />
        <source>The profile was locked after too many failed verifications (KUTY-2.2). Unlock only after confirming the caller's identity another way; the unlock and its reason are audited.</source>
        <translation>Профіль заблоковано після забагатьох невдалих спроб верифікації (KUTY-2.2). Розблоковуйте лише після того, як підтвердили особу абонента іншим способом; розблокування та його причина фіксуються в журналі аудиту.</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="82" />
        <source>Profile id</source>
        <translation>Ідентифікатор профілю</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="83" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="100" />
        <source>Give a reason: every unlock is audited.</source>
        <translation>Вкажіть причину: кожне розблокування фіксується в журналі аудиту.</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="124" />
        <source>There is no profile %1.</source>
        <translation>Профілю %1 не існує.</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="126" />
        <source>You may not unlock profiles (supervisors only).</source>
        <translation>Ви не маєте права розблоковувати профілі (лише керівники).</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="128" />
        <source>The profile could not be unlocked: %1</source>
        <translation>Не вдалося розблокувати профіль: %1</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="144" />
        <source>Caller &amp;profiles</source>
        <translation>&amp;Профілі абонентів</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="148" />
        <source>Unlock profile…</source>
        <translation>Розблокувати профіль…</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="158" />
        <source>Profile %1 unlocked (%2 active lock(s) lifted).</source>
        <translation>Профіль %1 розблоковано (знято активних блокувань: %2).</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <location filename="../admin_users.py" line="287" />
        <source>Accounts</source>
        <translation>Облікові записи</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="289" />
        <source>User name</source>
        <translation>Ім'я користувача</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="289" />
        <source>Name</source>
        <translation>Ім'я</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="289" />
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="289" />
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="296" />
        <source>Add a user…</source>
        <translation>Додати користувача…</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="298" />
        <source>Reset the password…</source>
        <translation>Новий пароль…</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="300" />
        <source>Change the role…</source>
        <translation>Змінити роль…</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="302" />
        <source>Disable…</source>
        <translation>Вимкнути…</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="305" />
        <source>The account can no longer sign in; its calls and audit events stay</source>
        <translation>Обліковий запис більше не зможе увійти; його дзвінки й події аудиту залишаться</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="347" />
        <source>Active</source>
        <translation>Активний</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="347" />
        <source>Disabled</source>
        <translation>Вимкнений</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="350" />
        <source>%1, last signed in %2</source>
        <translation>%1, останній вхід %2</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="359" />
        <source>Accounts could not be loaded: %1</source>
        <translation>Облікові записи не завантажено: %1</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="412" />
        <source>Disable an account</source>
        <translation>Вимкнути обліковий запис</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="414" />
        <source>Disable “%1” (%2)? They can no longer sign in; their calls and audit events stay.</source>
        <translation>Вимкнути «%1» (%2)? Увійти більше не вдасться; дзвінки й події журналу аудиту залишаться.</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="421" />
        <source>Disable</source>
        <translation>Вимкнути</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="422" />
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>VerificationPanel</name>
    <message>
        <location filename="../verification_panel.py" line="103" />
        <source>Detailed help only for a verified caller (KUTY-2.2)</source>
        <translation>Детальна консультація — лише верифікованому абонентові (KUTY-2.2)</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="104" />
        <source>Caller verification</source>
        <translation>Верифікація абонента</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="127" />
        <source>Type the surname the caller says (KUTY-2.2)</source>
        <translation>Введіть прізвище, яке називає абонент (KUTY-2.2)</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="129" />
        <source>Type the first name the caller says (KUTY-2.2)</source>
        <translation>Введіть ім'я, яке називає абонент (KUTY-2.2)</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="136" />
        <source>Type the key phrase the caller says; it is never shown or stored (KUTY-2.2)</source>
        <translation>Введіть ключову фразу, яку називає абонент; вона ніде не показується й не зберігається (KUTY-2.2)</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="147" />
        <source>Start verification</source>
        <translation>Почати верифікацію</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="152" />
        <source>Check the caller's number, then ask surname, first name, key phrase</source>
        <translation>Перевірити номер абонента, потім запитати прізвище, ім'я, ключову фразу</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="161" />
        <source>Surname</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="162" />
        <source>First name</source>
        <translation>Ім'я</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="163" />
        <source>Key phrase</source>
        <translation>Ключова фраза</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="283" />
        <location filename="../verification_panel.py" line="317" />
        <source>Type what the caller says, then press Enter.</source>
        <translation>Введіть те, що каже абонент, і натисніть Enter.</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="321" />
        <source>You may not verify callers: %1</source>
        <translation>Ви не маєте права верифікувати абонентів: %1</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="324" />
        <source>Verification failed: %1</source>
        <translation>Не вдалося виконати верифікацію: %1</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="338" />
        <source>Attempts left: %1</source>
        <translation>Залишилось спроб: %1</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="357" />
        <source>You may help with general technical questions only (KUTY-2.1).</source>
        <translation>Можна допомагати лише із загальними технічними питаннями (KUTY-2.1).</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="362" />
        <source>%1 hours from the last failed attempt</source>
        <translation>%1 год від останньої невдалої спроби</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="365" />
        <source>Ask the caller's surname.</source>
        <translation>Запитайте прізвище абонента.</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="367" />
        <source>Not verified: the answers do not match. Ask all three again, from the surname.</source>
        <translation>Не верифіковано: відповіді не збігаються. Запитайте всі три ще раз, починаючи з прізвища.</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="370" />
        <source>The caller is verified: detailed consultation is allowed (KUTY-2.2).</source>
        <translation>Абонента верифіковано: детальна консультація дозволена (KUTY-2.2).</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="373" />
        <source>The answers do not match and this call has no attempts left. Tell the caller: “We could not confirm your identity, so I can only give general help.”</source>
        <translation>Відповіді не збігаються, і спроб у цьому дзвінку більше немає. Скажіть абонентові: «Ми не змогли підтвердити вашу особу, тому я можу надати лише загальну консультацію.»</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="376" />
        <source>Verification was not finished.</source>
        <translation>Верифікацію не завершено.</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="378" />
        <source>Too many failed verifications: the profile is locked until %1. Tell the caller: “For your security, checks by phone are paused until %1; please call again then.”</source>
        <translation>Забагато невдалих спроб верифікації: профіль заблоковано до %1. Скажіть абонентові: «З міркувань безпеки верифікацію телефоном призупинено до %1; будь ласка, зателефонуйте після цього.»</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="383" />
        <source>The number is withheld, so the caller cannot be verified. Tell the caller: “Please call again from the number in your profile without hiding it.”</source>
        <translation>Номер приховано, тому абонента не можна верифікувати. Скажіть абонентові: «Будь ласка, зателефонуйте з номера, вказаного у вашому профілі, не приховуючи його.»</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="387" />
        <source>The caller's number is unknown, so the caller cannot be verified. Tell the caller: “Please call again from the number in your profile.”</source>
        <translation>Номер абонента невідомий, тому його не можна верифікувати. Скажіть абонентові: «Будь ласка, зателефонуйте з номера, вказаного у вашому профілі.»</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="391" />
        <source>No profile in the Service has this number. Tell the caller: “Detailed help is given only when you call from the number in your profile.”</source>
        <translation>Жоден профіль у Сервісі не має цього номера. Скажіть абонентові: «Детальна консультація надається, лише коли ви телефонуєте з номера, вказаного у вашому профілі.»</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="404" />
        <source>Checking the number…</source>
        <translation>Перевірка номера…</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="405" />
        <source>Verification: surname</source>
        <translation>Верифікація: прізвище</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="406" />
        <source>Verification: first name</source>
        <translation>Верифікація: ім'я</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="407" />
        <source>Verification: key phrase</source>
        <translation>Верифікація: ключова фраза</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="408" />
        <source>VERIFIED</source>
        <translation>ВЕРИФІКОВАНО</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="409" />
        <source>NOT VERIFIED</source>
        <translation>НЕ ВЕРИФІКОВАНО</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="410" />
        <source>LOCKED</source>
        <translation>ЗАБЛОКОВАНО</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="411" />
        <source>General consultation only</source>
        <translation>Лише загальна консультація</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="433" />
        <source>Checking…</source>
        <translation>Перевірка…</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="453" />
        <source>No answered call</source>
        <translation>Немає розмови</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="455" />
        <source>Not verified yet</source>
        <translation>Ще не верифіковано</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="457" />
        <source>Press “Start verification” (%1) before giving detailed help.</source>
        <translation>Натисніть «Почати верифікацію» (%1), перш ніж надавати детальну консультацію.</translation>
    </message>
</context>
<context>
    <name>Wallboard</name>
    <message>
        <location filename="../wallboard_view.py" line="55" />
        <source>In a call</source>
        <translation>У розмові</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="57" />
        <source>Ready</source>
        <translation>Готовий</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="59" />
        <source>After-call work</source>
        <translation>Після дзвінка</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="61" />
        <source>Not ready: %1</source>
        <translation>Не готовий: %1</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="64" />
        <source>Not ready</source>
        <translation>Не готовий</translation>
    </message>
</context>
<context>
    <name>WallboardView</name>
    <message>
        <location filename="../wallboard_view.py" line="97" />
        <location filename="../wallboard_view.py" line="101" />
        <source>Seat</source>
        <translation>Робоче місце</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="97" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="97" />
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="97" />
        <source>In state for</source>
        <translation>У стані</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="101" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="101" />
        <source>Talking for</source>
        <translation>Розмова триває</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="101" />
        <source>Verification</source>
        <translation>Верифікація</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="103" />
        <source>Seats</source>
        <translation>Робочі місця</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="104" />
        <source>Calls in progress</source>
        <translation>Поточні дзвінки</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="161" />
        <source>This seat only (embedded database)</source>
        <translation>Лише це робоче місце (вбудована база)</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="163" />
        <source>Connecting…</source>
        <translation>Підключення…</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="202" />
        <source>The wallboard could not be read: %1</source>
        <translation>Не вдалося прочитати табло: %1</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="212" />
        <source>Live: all seats</source>
        <translation>Наживо: усі робочі місця</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="212" />
        <source>Reconnecting to the database…</source>
        <translation>Повторне підключення до бази даних…</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="222" />
        <source>Ready %1 of %2 · talking %3 · ringing %4 · open incidents %5 · alerts %6</source>
        <translation>Готові %1 з %2 · розмовляють %3 · дзвонять %4 · відкриті інциденти %5 · попередження %6</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="241" />
        <source>ringing %1</source>
        <translation>дзвонить %1</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="246" />
        <source>Number withheld</source>
        <translation>Номер приховано</translation>
    </message>
</context>
<context>
    <name>WorkspaceNav</name>
    <message>
        <location filename="../workspaces.py" line="56" />
        <source>Workspaces</source>
        <translation>Робочі простори</translation>
    </message>
</context>
<context>
    <name>WrapUpPane</name>
    <message>
        <location filename="../wrapup_pane.py" line="159" />
        <source>What the contact was about, in a few words</source>
        <translation>Про що було звернення, кількома словами</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="163" />
        <source>Copy</source>
        <translation>Копіювати</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="165" />
        <source>Copy the registration number</source>
        <translation>Скопіювати реєстраційний номер</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="171" />
        <source>Call back needed</source>
        <translation>Потрібен зворотний дзвінок</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="21" />
        <source>Registration in the service</source>
        <translation>Реєстрація в Сервісі</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="22" />
        <source>Submitting an application</source>
        <translation>Подання заявки</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="25" />
        <source>Changing the user's data</source>
        <translation>Зміна даних користувача</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="26" />
        <source>Legal question</source>
        <translation>Юридичне питання</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="27" />
        <source>Order in the queue</source>
        <translation>Черговість у черзі</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="28" />
        <source>Filing on the caller's behalf</source>
        <translation>Подання заявки замість заявника</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="31" />
        <source>Other people's data</source>
        <translation>Дані інших осіб</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="32" />
        <source>Other products</source>
        <translation>Інші продукти</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="33" />
        <source>Consultation</source>
        <translation>Консультація</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="34" />
        <source>Error or defect</source>
        <translation>Помилка або дефект</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="35" />
        <location filename="../wrapup_pane.py" line="180" />
        <source>Out of scope</source>
        <translation>Поза компетенцією</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="36" />
        <source>Support request</source>
        <translation>Запит на підтримку</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="37" />
        <source>Using the portal</source>
        <translation>Користування порталом</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="38" />
        <source>Not a portal user</source>
        <translation>Не користувач порталу</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="118" />
        <source>This call has no number: type the number to call back.</source>
        <translation>У цього дзвінка немає номера: введіть номер для зворотного дзвінка.</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="121" />
        <source>The call-back number is not a valid phone number.</source>
        <translation>Номер для зворотного дзвінка не є дійсним номером телефону.</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="126" />
        <source>A call-back is offered only to VIP cases (EEP-8).</source>
        <translation>Зворотний дзвінок надається лише для звернень рівня VIP (EEP-8).</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="130" />
        <source>The call-back time is in the past.</source>
        <translation>Час зворотного дзвінка вже минув.</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="131" />
        <source>The call-back time is more than a year ahead.</source>
        <translation>Час зворотного дзвінка більш ніж на рік наперед.</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="141" />
        <source>%1 must be one line.</source>
        <translation>%1: має бути один рядок.</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="146" />
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1: задовго (щонайбільше %2 символів).</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="150" />
        <source>%1 contains characters that cannot be stored.</source>
        <translation>%1: містить символи, які неможливо зберегти.</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="154" />
        <source>Choose a category from the list.</source>
        <translation>Виберіть категорію зі списку.</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="156" />
        <source>This registration number is already used.</source>
        <translation>Цей реєстраційний номер уже використано.</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="157" />
        <source>The wrap-up was not saved: %1</source>
        <translation>Підсумок не збережено: %1</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="193" />
        <source>Save wrap-up</source>
        <translation>Зберегти підсумок</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="196" />
        <source>Save the wrap-up and become ready for calls (%1)</source>
        <translation>Зберегти підсумок і стати готовим до дзвінків (%1)</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="198" />
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="217" />
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="136" />
        <location filename="../wrapup_pane.py" line="218" />
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="219" />
        <source>Registration number</source>
        <translation>Реєстраційний номер</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="138" />
        <location filename="../wrapup_pane.py" line="220" />
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="223" />
        <source>Refused</source>
        <translation>Відмовлено</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="244" />
        <source>— choose —</source>
        <translation>— виберіть —</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="309" />
        <source>contact</source>
        <translation>звернення</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="310" />
        <source>After-call work: %1</source>
        <translation>Після дзвінка: %1</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="438" />
        <source>Choose a category first.</source>
        <translation>Спершу виберіть категорію.</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="447" />
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="481" />
        <source>Saved as incomplete: the time for wrap-up ran out.</source>
        <translation>Збережено як незавершене: час на підсумок вичерпано.</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="483" />
        <source>Wrap-up saved.</source>
        <translation>Підсумок збережено.</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="501" />
        <source>The database cannot be reached: the wrap-up is kept on this computer and saved when it is back.</source>
        <translation>База даних недоступна: підсумок зберігається на цьому комп'ютері й буде записаний, щойно база повернеться.</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="550" />
        <source>Time left: %1</source>
        <translation>Залишилось: %1</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="599" />
        <source>given when saved</source>
        <translation>буде надано під час збереження</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="599" />
        <source>not needed for this category</source>
        <translation>для цієї категорії не потрібен</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="606" />
        <source>Registration number copied.</source>
        <translation>Реєстраційний номер скопійовано.</translation>
    </message>
</context>
<context>
    <name>WrittenView</name>
    <message>
        <location filename="../written_view.py" line="181" />
        <source>Written contacts in order of arrival</source>
        <translation>Письмові звернення в порядку надходження</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="183" />
        <source>First come, first answered (KZP-30-9, CSC-2.4)</source>
        <translation>Хто раніше написав, тому раніше відповідають (KZP-30-9, CSC-2.4)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="184" />
        <source>Refresh</source>
        <translation>Оновити</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="186" />
        <source>Next case</source>
        <translation>Наступне звернення</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="189" />
        <source>Open the next case in the queue (%1)</source>
        <translation>Відкрити наступне звернення в черзі (%1)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="193" />
        <source>Written cases in order of arrival</source>
        <translation>Письмові звернення в порядку надходження</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="196" />
        <source>Arrived</source>
        <translation>Надійшло</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="197" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="198" />
        <source>From</source>
        <translation>Від кого</translation>
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
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="202" />
        <source>Answer due</source>
        <translation>Відповісти до</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="215" />
        <source>No written contacts are waiting.</source>
        <translation>Немає письмових звернень, що чекають.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="230" />
        <location filename="../written_view.py" line="691" />
        <source>Select a case in the list above.</source>
        <translation>Виберіть звернення в списку вище.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="234" />
        <source>Take case</source>
        <translation>Взяти звернення</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="237" />
        <source>Handle this case yourself; its answer time runs from now (CSC-2.4)</source>
        <translation>Опрацювати звернення самому; час на відповідь відлічується відтепер (CSC-2.4)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="239" />
        <source>Join the call</source>
        <translation>Приєднати дзвінок</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="242" />
        <source>Join this seat's last call to this case, when it is the same person</source>
        <translation>Приєднати останній дзвінок цього робочого місця до звернення, якщо це та сама особа</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="248" />
        <source>Messages and internal notes of the case</source>
        <translation>Листи й внутрішні нотатки звернення</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="254" />
        <source>Attachments</source>
        <translation>Вкладення</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="256" />
        <source>Save attachment…</source>
        <translation>Зберегти вкладення…</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="259" />
        <source>Save the selected attachment into a folder; the console never opens it</source>
        <translation>Зберегти вибране вкладення в теку; консоль ніколи його не відкриває</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="263" />
        <source>Insert a reply template of the desk's policy</source>
        <translation>Вставити шаблон відповіді з регламенту служби</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="264" />
        <source>Reply templates</source>
        <translation>Шаблони відповідей</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="265" />
        <source>Insert a template…</source>
        <translation>Вставити шаблон…</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="280" />
        <source>⚠ Not verified (KUTY-2.2): general help only — nothing from the profile or the applications. For details, ask them to call from the profile's number.</source>
        <translation>⚠ Не верифіковано (KUTY-2.2): лише загальна допомога — нічого з профілю чи заявок. Для детальної консультації попросіть зателефонувати з номера, вказаного в профілі.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="288" />
        <source>Your reply to the writer</source>
        <translation>Ваша відповідь автору звернення</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="289" />
        <source>Reply</source>
        <translation>Відповідь</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="292" />
        <source>Write the reply here (%1); send it with %2</source>
        <translation>Напишіть тут відповідь (%1); надішліть її клавішами %2</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="296" />
        <source>Send reply</source>
        <translation>Надіслати відповідь</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="299" />
        <source>Send the reply by e-mail; it is kept with its hash (KUTY-1.1) (%1)</source>
        <translation>Надіслати відповідь електронною поштою; її зберігають разом з хешем (KUTY-1.1) (%1)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="304" />
        <source>Save as internal note</source>
        <translation>Зберегти як нотатку</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="307" />
        <source>Keep the text as a note for the desk; it is never sent to the writer</source>
        <translation>Зберегти текст як нотатку для служби; автору звернення її ніколи не надсилають</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="309" />
        <location filename="../written_view.py" line="455" />
        <source>Waiting for the writer</source>
        <translation>Чекає на відповідь автора</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="312" />
        <source>The case waits for the writer's answer (EEP-15 closes it after 8 h)</source>
        <translation>Звернення чекає на відповідь автора (за EEP-15 закривається через 8 год)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="314" />
        <source>Defer</source>
        <translation>Відкласти</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="317" />
        <source>A complex question asked on weekend duty waits for Monday (CSC-2.3)</source>
        <translation>Складне питання, поставлене під час чергування у вихідні, чекає понеділка (CSC-2.3)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="319" />
        <source>Close case…</source>
        <translation>Закрити звернення…</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="322" />
        <source>Close the case with its wrap-up: category, topic, notes and the reason</source>
        <translation>Закрити звернення з підсумком: категорія, тема, примітки й причина</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="324" />
        <source>Abuse — stop + report</source>
        <translation>Образа — припинити + повідомити</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="327" />
        <source>Stop the correspondence and report to management (KUTY-3.3)</source>
        <translation>Припинити листування й повідомити керівництво (KUTY-3.3)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="329" />
        <source>Threat — stop + report + police</source>
        <translation>Погроза — припинити + повідомити + поліція</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="333" />
        <source>Stop the correspondence, report to management and the police with the message and all its headers (KUTY-3.4)</source>
        <translation>Припинити листування, повідомити керівництво й поліцію, передавши лист з усіма заголовками (KUTY-3.4)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="453" />
        <source>New</source>
        <translation>Нове</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="454" />
        <source>Open</source>
        <translation>В роботі</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="456" />
        <source>Deferred</source>
        <translation>Відкладене</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="457" />
        <source>Closed</source>
        <translation>Закрите</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="459" />
        <location filename="../written_view.py" line="467" />
        <source>Unknown</source>
        <translation>Невідомо</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="463" />
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="464" />
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="465" />
        <source>Call</source>
        <translation>Дзвінок</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="471" />
        <source>not answered yet</source>
        <translation>ще без відповіді</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="472" />
        <source>answered</source>
        <translation>відповідь надано</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="473" />
        <source>being sent</source>
        <translation>надсилається</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="474" />
        <source>sent</source>
        <translation>надіслано</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="475" />
        <source>NOT SENT</source>
        <translation>НЕ НАДІСЛАНО</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="476" />
        <source>over the size limit, only its beginning is kept</source>
        <translation>більший за дозволений розмір, збережено лише початок</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="484" />
        <source>deferred to %1</source>
        <translation>відкладено до %1</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="488" />
        <source>closes now (no answer)</source>
        <translation>закривається зараз (немає відповіді)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="489" />
        <source>closes in %1</source>
        <translation>закриється за %1</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="494" />
        <source>overdue</source>
        <translation>прострочено</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="495" />
        <source>%1 left</source>
        <translation>залишилось %1</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="505" />
        <source>This reply asks the writer for a password or login data, which the regulation forbids (KZP-30-11): remove that request before sending.</source>
        <translation>Ця відповідь просить автора назвати пароль або дані для входу, а регламент це забороняє (KZP-30-11): приберіть це прохання перед надсиланням.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="517" />
        <source>The correspondence is stopped (KUTY-3.3/3.4): no reply is sent.</source>
        <translation>Листування припинено (KUTY-3.3/3.4): відповідь не надсилається.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="519" />
        <source>Type the reason for closing first.</source>
        <translation>Спершу напишіть причину закриття.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="521" />
        <source>Choose one of the policy's categories.</source>
        <translation>Виберіть одну з категорій регламенту.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="523" />
        <source>The policy has no such service level (EEP-3).</source>
        <translation>У регламенті немає такого рівня обслуговування (EEP-3).</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="525" />
        <source>The policy asks writers for no self-identification (EEP-11).</source>
        <translation>Регламент не вимагає від авторів називати себе (EEP-11).</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="527" />
        <source>Nothing to defer now: answer the question (CSC-2.3).</source>
        <translation>Зараз нічого не відкладають: дайте відповідь на питання (CSC-2.3).</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="529" />
        <location filename="../written_view.py" line="913" />
        <source>The reply is empty.</source>
        <translation>Відповідь порожня.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="532" />
        <source>No mail server is set up for replies; tell the administrator ([smtp] in incidents.toml).</source>
        <translation>Поштовий сервер для відповідей не налаштовано; повідомте адміністратора ([smtp] в incidents.toml).</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="537" />
        <source>The reply was kept but the mail server did not take it. Try again later or tell the administrator.</source>
        <translation>Відповідь збережено, але поштовий сервер її не прийняв. Спробуйте пізніше або повідомте адміністратора.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="541" />
        <source>The note is empty.</source>
        <translation>Нотатка порожня.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="543" />
        <source>Another operator is handling this case; ask a supervisor.</source>
        <translation>Це звернення опрацьовує інший оператор; зверніться до керівника.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="545" />
        <source>This case is closed.</source>
        <translation>Це звернення закрито.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="617" />
        <source>stopped</source>
        <translation>припинено</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="623" />
        <location filename="../written_view.py" line="700" />
        <source>(no subject)</source>
        <translation>(без теми)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="647" />
        <source>First answer due %1 (CSC-2.4)</source>
        <translation>Першу відповідь надати до %1 (CSC-2.4)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="652" />
        <source>The policy sets no answer time (KZP-30-9)</source>
        <translation>Регламент не встановлює часу на відповідь (KZP-30-9)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="699" />
        <source>no number</source>
        <translation>без номера</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="710" />
        <source>(no name)</source>
        <translation>(без назви)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="716" />
        <source>over the size limit, not kept</source>
        <translation>більше за дозволений розмір, не збережено</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="720" />
        <source>archive, never unpacked</source>
        <translation>архів, ніколи не розпаковується</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="727" />
        <source>No attachments</source>
        <translation>Вкладень немає</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="740" />
        <source>From %1</source>
        <translation>Від %1</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="742" />
        <source>Reply from the desk to %1</source>
        <translation>Відповідь служби для %1</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="749" />
        <source>correspondence stopped</source>
        <translation>листування припинено</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="764" />
        <source>Internal note — %1</source>
        <translation>Внутрішня нотатка — %1</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="765" />
        <source>not sent to the writer</source>
        <translation>автору не надсилається</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="787" />
        <source>talked %1</source>
        <translation>розмова %1</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="789" />
        <source>not answered</source>
        <translation>без відповіді</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="792" />
        <source>caller verified (KUTY-2.2)</source>
        <translation>додзвонювача верифіковано (KUTY-2.2)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="795" />
        <source>Call with %1</source>
        <translation>Дзвінок з %1</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="823" />
        <source>Join call %1</source>
        <translation>Приєднати дзвінок %1</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="874" />
        <source>The case is yours.</source>
        <translation>Звернення тепер ваше.</translation>
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
        <translation>Дзвінок %1 приєднано до звернення.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="922" />
        <source>The writer is not verified (KUTY-2.2): send only general help, nothing from their profile or applications.</source>
        <translation>Автора не верифіковано (KUTY-2.2): надсилайте лише загальну допомогу, нічого з його профілю чи заявок.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="929" />
        <source>Check the reply</source>
        <translation>Перевірте відповідь</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="930" />
        <source>Send it anyway?</source>
        <translation>Однаково надіслати?</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="936" />
        <source>Send anyway</source>
        <translation>Однаково надіслати</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="937" />
        <source>Edit the reply</source>
        <translation>Виправити відповідь</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="976" />
        <source>Reply sent; the case waits for the writer.</source>
        <translation>Відповідь надіслано; звернення чекає на відповідь автора.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="978" />
        <source>It was not filed in the mailbox's Sent folder.</source>
        <translation>Її не вдалося покласти в теку «Надіслані» поштової скриньки.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="990" />
        <source>Sending…</source>
        <translation>Надсилання…</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="1003" />
        <source>Internal note saved; the writer does not see it.</source>
        <translation>Внутрішню нотатку збережено; автор звернення її не бачить.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="1019" />
        <source>The case waits for the writer.</source>
        <translation>Звернення чекає на відповідь автора.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="1031" />
        <source>Deferred to %1 (CSC-2.3).</source>
        <translation>Відкладено до %1 (CSC-2.3).</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="1048" />
        <source>The case is closed.</source>
        <translation>Звернення закрито.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="1050" />
        <source>Case %1 is closed.</source>
        <translation>Звернення %1 закрито.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="1087" />
        <source>Correspondence stopped; incident %1 filed.</source>
        <translation>Листування припинено; інцидент %1 зареєстровано.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="1091" />
        <source>The address %1 is blocked.</source>
        <translation>Адресу %1 заблоковано.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="1093" />
        <source>A supervisor may block the address.</source>
        <translation>Заблокувати адресу може керівник.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="1112" />
        <source>Save the attachment into a folder</source>
        <translation>Зберегти вкладення в теку</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="1128" />
        <source>Saved as %1; not opened.</source>
        <translation>Збережено як %1; не відкривалося.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="1132" />
        <source>The folder cannot be written.</source>
        <translation>У цю теку неможливо записати.</translation>
    </message>
</context>
</TS>
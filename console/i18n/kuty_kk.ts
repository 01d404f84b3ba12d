<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="kk_KZ">
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
        <translation>TLS (шифрланған)</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="54" />
        <source>Off</source>
        <translation>Өшірулі</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="55" />
        <source>When the other side offers it</source>
        <translation>Екінші тарап ұсынса</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="58" />
        <source>Required</source>
        <translation>Міндетті</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="67" />
        <source>the account name must be 1 to 32 Latin letters, digits, - or _</source>
        <translation>тіркелгі атауы 1–32 латын әрпінен, цифрдан, - немесе _ таңбасынан тұруы керек</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="69" />
        <source>the registrar must be a host or host:port, not %1</source>
        <translation>тіркеуші түйін немесе түйін:порт болуы керек, %1 емес</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="71" />
        <source>the outbound proxy must be a host or host:port, not %1</source>
        <translation>шығыс прокси түйін немесе түйін:порт болуы керек, %1 емес</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="73" />
        <source>the SIP domain must be a host or host:port, not %1</source>
        <translation>SIP домені түйін немесе түйін:порт болуы керек, %1 емес</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="75" />
        <source>the registrar is required</source>
        <translation>тіркеушіні көрсету қажет</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="77" />
        <source>the user (extension) may hold only Latin letters, digits and SIP signs, not %1</source>
        <translation>пайдаланушы (ішкі нөмір) тек латын әріптерінен, цифрлардан және SIP таңбаларынан тұра алады, %1 емес</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="80" />
        <source>the registration timeout must be 20 to 86400 s</source>
        <translation>тіркеу ұзақтығы 20–86400 с болуы керек</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="82" />
        <source>the retry interval must be 5 to 3600 s</source>
        <translation>қайталау интервалы 5–3600 с болуы керек</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="84" />
        <source>at most %1 STUN servers</source>
        <translation>ең көбі %1 STUN сервері</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="86" />
        <source>each STUN server must be a host or host:port, not %1</source>
        <translation>әр STUN сервері түйін немесе түйін:порт болуы керек, %1 емес</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="88" />
        <source>a STUN server is listed twice</source>
        <translation>STUN сервері екі рет көрсетілген</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="97" />
        <source>check the account's fields</source>
        <translation>тіркелгі өрістерін тексеріңіз</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="117" />
        <source>Add account</source>
        <translation>Тіркелгі қосу</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="119" />
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="135" />
        <source>Verify the server certificate (TLS)</source>
        <translation>Сервер сертификатын тексеру (TLS)</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="138" />
        <source>Default account</source>
        <translation>Әдепкі тіркелгі</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="143" />
        <source>STUN servers (host:port, separated by commas or spaces) that tell the phone its public address behind NAT. Leave empty when the PBX is on the same network or fixes addresses itself.</source>
        <translation>Телефонға оның NAT артындағы жария мекенжайын хабарлайтын STUN серверлері (түйін:порт, үтір немесе бос орын арқылы). АТС сол желіде болса немесе мекенжайларды өзі түзетсе, бос қалдырыңыз.</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="148" />
        <source>ICE (for media through NAT)</source>
        <translation>ICE (NAT арқылы дыбыс үшін)</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="151" />
        <source>Offer ICE candidates in calls. Needs a network address (not 127.0.0.1) and a provider that supports ICE.</source>
        <translation>Қоңырауларда ICE кандидаттарын ұсыну. Желі мекенжайы (127.0.0.1 емес) және ICE қолдайтын провайдер қажет.</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="161" />
        <source>Account name</source>
        <translation>Тіркелгі атауы</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="162" />
        <source>Registrar (host:port)</source>
        <translation>Тіркеуші (түйін:порт)</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="163" />
        <source>User (extension)</source>
        <translation>Пайдаланушы (ішкі нөмір)</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="164" />
        <source>Authentication user</source>
        <translation>Аутентификация пайдаланушысы</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="165" />
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="166" />
        <source>Transport</source>
        <translation>Тасымалдау</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="167" />
        <source>Outbound proxy</source>
        <translation>Шығыс прокси</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="168" />
        <source>SRTP</source>
        <translation>SRTP</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="169" />
        <source>TLS CA file</source>
        <translation>TLS үшін CA файлы</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="170" />
        <source>Registration timeout, s</source>
        <translation>Тіркеу ұзақтығы, с</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="171" />
        <source>STUN servers</source>
        <translation>STUN серверлері</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="241" />
        <source>stored in the keyring; type to replace</source>
        <translation>кілттер қоймасында сақталған; ауыстыру үшін енгізіңіз</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="281" />
        <source>the account name %1 is already taken</source>
        <translation>%1 атаулы тіркелгі бұрыннан бар</translation>
    </message>
    <message>
        <location filename="../accounts_page.py" line="283" />
        <location filename="../accounts_page.py" line="292" />
        <source>Account not valid: %1</source>
        <translation>Тіркелгі жарамсыз: %1</translation>
    </message>
</context>
<context>
    <name>AdminAlerts</name>
    <message>
        <location filename="../admin_alerts.py" line="31" />
        <source>AUDIT LOG CHECK FAILED: the audit chain could not be read (%1).</source>
        <translation>АУДИТ ЖУРНАЛЫН ТЕКСЕРУ СӘТСІЗ: аудит тізбегін оқу мүмкін болмады (%1).</translation>
    </message>
    <message>
        <location filename="../admin_alerts.py" line="35" />
        <source>AUDIT LOG TAMPERED: event %1 does not fit the hash chain (%2). Records of who played or exported recordings cannot be trusted from there on. Run `kuty audit verify` and investigate.</source>
        <translation>АУДИТ ЖУРНАЛЫ ӨЗГЕРТІЛГЕН: %1 оқиғасы хеш тізбегіне сәйкес келмейді (%2). Осы жерден бастап жазбаларды кім тыңдағаны не экспорттағаны туралы деректерге сенуге болмайды. `kuty audit verify` іске қосып, себебін анықтаңыз.</translation>
    </message>
    <message>
        <location filename="../admin_alerts.py" line="66" />
        <source>Audit log alert</source>
        <translation>Аудит журналының дабылы</translation>
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
        <translation>Жетекші</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="48" />
        <source>Head administrator</source>
        <translation>Бас әкімші</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="49" />
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="58" />
        <location filename="../admin_users.py" line="89" />
        <source>The password must have at least %1 characters.</source>
        <translation>Құпиясөзде кемінде %1 таңба болуы керек.</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="61" />
        <location filename="../admin_users.py" line="207" />
        <source>A user name is 1 to 64 characters without spaces.</source>
        <translation>Пайдаланушы аты — бос орынсыз 1-ден 64-ке дейін таңба.</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="64" />
        <source>The user name “system” is reserved for the console.</source>
        <translation>«system» аты консольдің өзіне арналған.</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="67" />
        <source>There is no user “%1”.</source>
        <translation>«%1» пайдаланушысы жоқ.</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="68" />
        <source>The user name “%1” is taken.</source>
        <translation>«%1» пайдаланушы аты бос емес.</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="69" />
        <source>This is the last active administrator: nobody could manage the desk afterwards.</source>
        <translation>Бұл соңғы белсенді әкімші: одан кейін қызметті ешкім басқара алмас еді.</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="73" />
        <source>Sign in as an administrator to add users.</source>
        <translation>Пайдаланушыларды қосу үшін әкімші ретінде кіріңіз.</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="93" />
        <source>The two passwords differ.</source>
        <translation>Құпиясөздер сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="178" />
        <source>Add a user</source>
        <translation>Жаңа пайдаланушы</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="192" />
        <source>at least %1 characters</source>
        <translation>кемінде %1 таңба</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="197" />
        <source>Full name</source>
        <translation>Толық аты-жөні</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="199" />
        <source>Initial password</source>
        <translation>Бастапқы құпиясөз</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="201" />
        <location filename="../admin_users.py" line="238" />
        <source>Repeat the password</source>
        <translation>Құпиясөзді қайталаңыз</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="226" />
        <source>Reset the password of %1</source>
        <translation>%1 үшін жаңа құпиясөз</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="236" />
        <source>New password</source>
        <translation>Жаңа құпиясөз</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="256" />
        <source>Change the role of %1</source>
        <translation>Рөлді өзгерту: %1</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="41" />
        <source>Administration</source>
        <translation>Әкімшілік</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="43" />
        <source>Seat settings…</source>
        <translation>Жұмыс орнының баптаулары…</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="47" />
        <source>SIP accounts, headset, calls, recordings, database, language, e-mail, retention and transcription, the seat's policy</source>
        <translation>SIP тіркелгілері, гарнитура, қоңыраулар, жазбалар, дерекқор, тіл, пошта, сақтау және транскрипция, жұмыс орнының регламенті</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="58" />
        <source>Users</source>
        <translation>Пайдаланушылар</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="59" />
        <source>Caller profiles</source>
        <translation>Абонент профильдері</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="60" />
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="70" />
        <source>Open the settings at</source>
        <translation>Баптауларды ашу</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="73" />
        <source>SIP accounts</source>
        <translation>SIP тіркелгілері</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="73" />
        <source>Registrars, users and transports</source>
        <translation>Тіркеушілер, пайдаланушылар және тасымалдау</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="76" />
        <source>E-mail</source>
        <translation>Электрондық пошта</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="77" />
        <source>The desk mailbox (IMAP) and outgoing mail (SMTP)</source>
        <translation>Қызметтің пошта жәшігі (IMAP) және шығыс пошта (SMTP)</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="81" />
        <source>Retention and transcription</source>
        <translation>Сақтау және транскрипция</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="82" />
        <source>How long recordings are kept; the speech-recognition engine</source>
        <translation>Жазбалар қанша сақталады; сөйлеуді тану жүйесі</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="84" />
        <source>Policy</source>
        <translation>Регламент</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="84" />
        <source>The regulation this seat works under</source>
        <translation>Осы жұмыс орны жұмыс істейтін регламент</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="97" />
        <source>Password storage…</source>
        <translation>Құпиясөздер қоймасы…</translation>
    </message>
    <message>
        <location filename="../admin_page.py" line="100" />
        <source>Where this seat keeps SIP, e-mail and database passwords</source>
        <translation>Осы жұмыс орны SIP, пошта және дерекқор құпиясөздерін қайда сақтайды</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="196" />
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="110" />
        <location filename="../admin_users.py" line="198" />
        <location filename="../admin_users.py" line="265" />
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
</context>
<context>
    <name>AgentStateBar</name>
    <message>
        <location filename="../agent_state_bar.py" line="46" />
        <source>Break</source>
        <translation>Үзіліс</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="47" />
        <source>Lunch</source>
        <translation>Түскі ас</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="48" />
        <source>Training</source>
        <translation>Оқу</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="49" />
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="50" />
        <source>Takes no calls</source>
        <translation>Қоңырау қабылдамайды</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="51" />
        <source>After-call work</source>
        <translation>Қоңыраудан кейінгі жұмыс</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="102" />
        <source>Your state as the phone engine reports it; callers get busy when not ready</source>
        <translation>Телефон модулі көрсететін күйіңіз; дайын емес кезіңізде абоненттер «бос емес» сигналын естиді</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="105" />
        <source>Ready</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="107" />
        <source>Take calls (%1)</source>
        <translation>Қоңырауларды қабылдау (%1)</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="111" />
        <source>Not ready</source>
        <translation>Дайын емес</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="113" />
        <source>Stop taking calls, with a reason (%1); callers get busy</source>
        <translation>Себебін көрсетіп, қоңырау қабылдауды тоқтату (%1); абоненттер «бос емес» сигналын естиді</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="206" />
        <source>You become Ready when the wrap-up is saved or the after-call time ends</source>
        <translation>Қоңырау қорытындысын сақтағанда немесе қоңыраудан кейінгі уақыт біткенде дайын боласыз</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="217" />
        <source>State: not reported by the phone yet</source>
        <translation>Күй: телефон әлі хабарлаған жоқ</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="221" />
        <source>Ready %1</source>
        <translation>Дайын %1</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="225" />
        <source>Not ready: %1 %2</source>
        <translation>Дайын емес: %1 %2</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="227" />
        <source>Not ready %2</source>
        <translation>Дайын емес %2</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="234" />
        <source>After-call work: %1 left</source>
        <translation>Қоңыраудан кейінгі жұмыс: %1 қалды</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.py" line="236" />
        <source>After-call work %1</source>
        <translation>Қоңыраудан кейінгі жұмыс %1</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <location filename="../alert_banner.py" line="33" />
        <source>Dismiss</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="256" />
        <source>No user accounts exist yet. An administrator must create the first one on this computer:

    %1

then start the console again.</source>
        <translation>Әзірге бірде-бір тіркелгі жоқ. Әкімші біріншісін осы компьютерде жасауы керек:

    %1

содан кейін консольді қайта іске қосыңыз.</translation>
    </message>
    <message>
        <location filename="../app.py" line="299" />
        <source>Kuty console</source>
        <translation>Куты консолі</translation>
    </message>
    <message>
        <location filename="../app.py" line="307" />
        <source>Kuty console cannot start</source>
        <translation>Куты консолі іске қосылмайды</translation>
    </message>
    <message>
        <location filename="../app.py" line="316" />
        <source>The call database cannot be opened, so calls cannot be logged:
%1</source>
        <translation>Қоңыраулар дерекқорын ашу мүмкін емес, сондықтан қоңырауларды есепке алу мүмкін емес:
%1</translation>
    </message>
</context>
<context>
    <name>AudioCheck</name>
    <message>
        <location filename="../audio_check.py" line="57" />
        <source>System default</source>
        <translation>Жүйелік әдепкі</translation>
    </message>
    <message>
        <location filename="../audio_check.py" line="58" />
        <source>No headset (none)</source>
        <translation>Гарнитурасыз (none)</translation>
    </message>
    <message>
        <location filename="../audio_check.py" line="65" />
        <source>%1 (not connected)</source>
        <translation>%1 (қосылмаған)</translation>
    </message>
    <message>
        <location filename="../audio_check.py" line="68" />
        <source>Test</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location filename="../audio_check.py" line="70" />
        <source>Play a short tone in the headset</source>
        <translation>Гарнитурада қысқа сигнал ойнату</translation>
    </message>
    <message>
        <location filename="../audio_check.py" line="82" />
        <source>Headset</source>
        <translation>Гарнитура</translation>
    </message>
    <message>
        <location filename="../audio_check.py" line="83" />
        <source>Microphone level</source>
        <translation>Микрофон деңгейі</translation>
    </message>
    <message>
        <location filename="../audio_check.py" line="85" />
        <source>The phone engine uses the new device after it restarts.</source>
        <translation>Телефон модулі жаңа құрылғыны қайта іске қосылғаннан кейін пайдаланады.</translation>
    </message>
    <message>
        <location filename="../audio_check.py" line="97" />
        <source>No audio devices found. Plug in a headset and reopen this page; until then you can save 'No headset' and calls are still recorded.</source>
        <translation>Аудиоқұрылғылар табылмады. Гарнитураны қосып, бұл бетті қайта ашыңыз; оған дейін «Гарнитурасыз» деп сақтауға болады, қоңыраулар бәрібір жазылады.</translation>
    </message>
    <message>
        <location filename="../audio_check.py" line="123" />
        <source>Cannot play the test tone: %1</source>
        <translation>Сынақ сигналын ойнату мүмкін емес: %1</translation>
    </message>
    <message>
        <location filename="../audio_check.py" line="125" />
        <source>You should hear a short beep in the headset.</source>
        <translation>Гарнитурада қысқа сигнал естілуі керек.</translation>
    </message>
    <message>
        <location filename="../audio_check.py" line="146" />
        <source>Cannot open the microphone: %1</source>
        <translation>Микрофонды ашу мүмкін емес: %1</translation>
    </message>
</context>
<context>
    <name>CallCard</name>
    <message>
        <location filename="../call_card.py" line="93" />
        <source>Only how many profiles have this number: names are shown after verification, and only the verified caller's (KUTY-2.6)</source>
        <translation>Тек осы нөмірі бар профильдер саны: аты-жөндер верификациядан кейін ғана және тек верификацияланған абоненттікі көрсетіледі (KUTY-2.6)</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="99" />
        <source>Number blocked</source>
        <translation>Нөмір бұғатталған</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="109" />
        <location filename="../call_card.py" line="420" />
        <source>● REC</source>
        <translation>● ЖАЗЫЛУДА</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="112" />
        <source>This call is being recorded (KUTY-1.1)</source>
        <translation>Бұл қоңырау жазылып жатыр (KUTY-1.1)</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="123" />
        <source>Keys the other side pressed on their phone</source>
        <translation>Әңгімелесуші телефонында басқан пернелер</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="137" />
        <source>Answer, hold current</source>
        <translation>Жауап беру, ағымдағысы күтуге қойылады</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="140" />
        <location filename="../call_card.py" line="167" />
        <source>Reject</source>
        <translation>Қабылдамау</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="155" />
        <source>Switch to it</source>
        <translation>Соған ауысу</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="158" />
        <source>Hold the current call and talk to the held one (Ctrl+Tab)</source>
        <translation>Ағымдағы қоңырауды күтуге қойып, күтудегімен сөйлесу (Ctrl+Tab)</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="166" />
        <source>Answer</source>
        <translation>Жауап беру</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="168" />
        <source>Hang up</source>
        <translation>Аяқтау</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="169" />
        <location filename="../call_card.py" line="593" />
        <source>Hold</source>
        <translation>Күтуге қою</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="170" />
        <location filename="../call_card.py" line="595" />
        <source>Mute</source>
        <translation>Микрофонды өшіру</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="171" />
        <source>Keypad</source>
        <translation>Пернетақта</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="172" />
        <source>Transfer</source>
        <translation>Ауыстыру</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="185" />
        <source>Answer the ringing call</source>
        <translation>Кіріс қоңырауға жауап беру</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="186" />
        <source>Reject the ringing call</source>
        <translation>Кіріс қоңырауды қабылдамау</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="187" />
        <source>End the call</source>
        <translation>Қоңырауды аяқтау</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="188" />
        <source>Put the caller on hold / resume</source>
        <translation>Абонентті күтуге қою / сөйлесуді жалғастыру</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="189" />
        <source>Mute / unmute your microphone</source>
        <translation>Микрофоныңызды өшіру / қосу</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="190" />
        <source>Show the keypad to send tones</source>
        <translation>Тондық сигналдар үшін пернетақтаны көрсету</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="191" />
        <source>Transfer the call to a seat or number</source>
        <translation>Қоңырауды басқа жұмыс орнына немесе нөмірге ауыстыру</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="205" />
        <source>Answer the waiting call; the current one goes on hold (%1)</source>
        <translation>Күтіп тұрған қоңырауға жауап беру; ағымдағысы күтуге қойылады (%1)</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="210" />
        <source>Reject the waiting call (%1)</source>
        <translation>Күтіп тұрған қоңырауды қабылдамау (%1)</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="339" />
        <source>Withheld: cannot be verified</source>
        <translation>Нөмір жасырылған: верификация мүмкін емес</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="341" />
        <source>No caller ID: cannot be verified</source>
        <translation>Нөмір белгісіз: верификация мүмкін емес</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="417" />
        <source>⚠ REC STOPPED</source>
        <translation>⚠ ЖАЗУ ТОҚТАДЫ</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="440" />
        <source>No profile: general help only</source>
        <translation>Профиль жоқ: тек жалпы көмек</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="442" />
        <source>1 profile for this number</source>
        <translation>Осы нөмірі бар 1 профиль</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="444" />
        <source>%1 profiles for this number</source>
        <translation>Осы нөмірі бар профильдер: %1</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="446" />
        <source>locked after failed verifications</source>
        <translation>сәтсіз тексерулерден кейін бұғатталған</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="549" />
        <source>On hold</source>
        <translation>Күтуде</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="552" />
        <source>Ringing %1</source>
        <translation>Шалып жатыр %1</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="556" />
        <source>Calling</source>
        <translation>Шақыру</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="557" />
        <source>Ringing</source>
        <translation>Шалып жатыр</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="558" />
        <source>Connecting</source>
        <translation>Қосылуда</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="559" />
        <source>Talking</source>
        <translation>Сөйлесу</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="560" />
        <source>Ended</source>
        <translation>Аяқталды</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="567" />
        <source>No call</source>
        <translation>Қоңырау жоқ</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="593" />
        <source>Resume</source>
        <translation>Жалғастыру</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="595" />
        <source>Unmute</source>
        <translation>Микрофонды қосу</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="612" />
        <source>Consultation call — the caller %1 is on hold</source>
        <translation>Кеңес — абонент %1 күтуде</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="617" />
        <source>Caller pressed: %1</source>
        <translation>Абонент басты: %1</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="624" />
        <source>Also on the line: %1</source>
        <translation>Желіде тағы: %1</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="630" />
        <source>(consultation)</source>
        <translation>(кеңес)</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="632" />
        <source>(caller being transferred)</source>
        <translation>(ауыстырылып жатқан абонент)</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="633" />
        <source>on hold</source>
        <translation>күтуде</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="633" />
        <source>talking</source>
        <translation>сөйлесу</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="642" />
        <source>Second call: %1 — ringing %2</source>
        <translation>Екінші қоңырау: %1 — шалып жатыр %2</translation>
    </message>
</context>
<context>
    <name>CallControls</name>
    <message>
        <location filename="../call_controls.py" line="41" />
        <source>Missed call from %1: you were not ready</source>
        <translation>%1 нөмірінен өткізіп алынған қоңырау: сіз дайын емес едіңіз</translation>
    </message>
    <message>
        <location filename="../call_controls.py" line="44" />
        <source>Missed call from %1: busy on another call</source>
        <translation>%1 нөмірінен өткізіп алынған қоңырау: сіз басқа абонентпен сөйлесіп жатқансыз</translation>
    </message>
    <message>
        <location filename="../call_controls.py" line="47" />
        <source>Missed call from %1: it could not be recorded (KUTY-1.1)</source>
        <translation>%1 нөмірінен өткізіп алынған қоңырау: оны жазу мүмкін болмас еді (KUTY-1.1)</translation>
    </message>
    <message>
        <location filename="../call_controls.py" line="50" />
        <source>Missed call from %1: all lines of this seat were busy</source>
        <translation>%1 нөмірінен өткізіп алынған қоңырау: осы жұмыс орнының барлық желілері бос емес еді</translation>
    </message>
    <message>
        <location filename="../call_controls.py" line="53" />
        <source>Refused a malformed call request from %1</source>
        <translation>%1 нөмірінен келген қате қоңырау сұрауы қабылданбады</translation>
    </message>
    <message>
        <location filename="../call_controls.py" line="56" />
        <source>Refused a call from %1: this desk takes no voice calls (KZP-30-8)</source>
        <translation>%1 нөмірінен қоңырау қабылданбады: қызмет дауыстық қоңырауларды қабылдамайды (KZP-30-8)</translation>
    </message>
    <message>
        <location filename="../call_controls.py" line="59" />
        <source>Refused a call from %1: it did not come through the PBX</source>
        <translation>%1 нөмірінен қоңырау қабылданбады: ол АТС арқылы келмеген</translation>
    </message>
    <message>
        <location filename="../call_controls.py" line="64" />
        <source>Missed call from %1</source>
        <translation>%1 нөмірінен өткізіп алынған қоңырау</translation>
    </message>
    <message>
        <location filename="../call_controls.py" line="99" />
        <source>Agent state and dialling</source>
        <translation>Оператор күйі және нөмір теру</translation>
    </message>
</context>
<context>
    <name>CallPickerDialog</name>
    <message>
        <location filename="../call_picker.py" line="69" />
        <source>no operator</source>
        <translation>операторсыз</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="101" />
        <source>Choose the call the complaint is about</source>
        <translation>Шағым қатысты қоңырауды таңдаңыз</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="108" />
        <source>The call the complaint is about (KUTY-1.2): find it by number, dates or operator</source>
        <translation>Шағым қатысты қоңырау (KUTY-1.2): оны нөмір, күн немесе оператор бойынша табыңыз</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="114" />
        <source>Caller number</source>
        <translation>Қоңырау шалушының нөмірі</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="115" />
        <source>Number or its start, e.g. 067 123</source>
        <translation>Нөмір немесе оның басы, мысалы 067 123</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="119" />
        <source>Calls from this date</source>
        <translation>Осы күннен бастап қоңыраулар</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="122" />
        <source>Calls up to this date</source>
        <translation>Осы күнге дейінгі қоңыраулар</translation>
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
        <translation>Кез келген оператор</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="132" />
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="134" />
        <source>Search calls</source>
        <translation>Қоңырауларды іздеу</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="135" />
        <source>Find the calls (Enter in the number field)</source>
        <translation>Қоңырауларды табу (нөмір өрісінде Enter)</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="139" />
        <source>Calls found, newest first</source>
        <translation>Табылған қоңыраулар, алдымен жаңалары</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="140" />
        <source>Enter or double click picks the call; Esc cancels</source>
        <translation>Enter немесе қос шерту қоңырауды таңдайды; Esc бас тартады</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="142" />
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="142" />
        <location filename="../call_picker.py" line="180" />
        <source>Number</source>
        <translation>Нөмір</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="143" />
        <source>Duration</source>
        <translation>Ұзақтығы</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="143" />
        <source>How it ended</source>
        <translation>Қалай аяқталды</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="156" />
        <source>Search result</source>
        <translation>Іздеу нәтижесі</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="158" />
        <source>Newer</source>
        <translation>Жаңарақ</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="160" />
        <source>Newer calls</source>
        <translation>Жаңарақ қоңыраулар</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="161" />
        <source>Older</source>
        <translation>Ескірек</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="163" />
        <source>Older calls</source>
        <translation>Ескірек қоңыраулар</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="164" />
        <source>Choose</source>
        <translation>Таңдау</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="166" />
        <source>Choose the selected call</source>
        <translation>Белгіленген қоңырауды таңдау</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="168" />
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="170" />
        <source>Cancel choosing a call</source>
        <translation>Қоңырау таңдаудан бас тарту</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="181" />
        <source>From</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="182" />
        <source>To</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="250" />
        <source>The range ends before it starts: choose the dates again.</source>
        <translation>Кезеңнің соңы басынан ерте: күндерді қайта таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="270" />
        <source>Searching…</source>
        <translation>Іздеу…</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="279" />
        <source>Search failed: %1</source>
        <translation>Іздеу сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="300" />
        <source>Page %1: %2 calls, newest first</source>
        <translation>%1-бет: %2 қоңырау, алдымен жаңалары</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="307" />
        <source>No calls match: change the number or the dates.</source>
        <translation>Қоңырау табылмады: нөмірді немесе күндерді өзгертіңіз.</translation>
    </message>
    <message>
        <location filename="../call_picker.py" line="320" />
        <source>Select a call in the list first.</source>
        <translation>Алдымен тізімнен қоңырауды таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>CallerCard</name>
    <message>
        <location filename="../caller_card.py" line="59" />
        <source>Application</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="60" />
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="61" />
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="62" />
        <source>Created / updated</source>
        <translation>Жасалды / жаңартылды</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="63" />
        <source>Kindergartens</source>
        <translation>Мектепке дейінгі мекемелер</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="67" />
        <source>Only the verified caller's own applications (KUTY-2.6)</source>
        <translation>Тек верификацияланған абоненттің өз өтініштері (KUTY-2.6)</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="88" />
        <source>✓ Technical help with the Service: registering, submitting an application, changing data the user created (KUTY-2.1)</source>
        <translation>✓ Сервис бойынша техникалық көмек: тіркелу, өтініш беру, пайдаланушы енгізген деректерді өзгерту (KUTY-2.1)</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="91" />
        <source>✗ Detailed consultation: only after verification (KUTY-2.2)</source>
        <translation>✗ Толық кеңес — тек верификациядан кейін (KUTY-2.2)</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="92" />
        <source>✗ No legal advice (KUTY-2.3)</source>
        <translation>✗ Заң кеңесі берілмейді (KUTY-2.3)</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="94" />
        <source>✗ No explanations of queue order or of whether applications exist, beyond technical aspects (KUTY-2.4)</source>
        <translation>✗ Техникалық мәселелерден басқа, кезек тәртібі немесе өтініштердің бар-жоғы туралы түсініктеме берілмейді (KUTY-2.4)</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="97" />
        <source>✗ Never enter applications on an applicant's behalf (KUTY-2.5)</source>
        <translation>✗ Өтініш берушінің орнына жүйеге өтініш енгізбеу (KUTY-2.5)</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="98" />
        <source>✗ Never give personal data of third persons (KUTY-2.6)</source>
        <translation>✗ Үшінші тұлғалардың дербес деректерін хабарламау (KUTY-2.6)</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="99" />
        <source>✗ No advice on other electronic products (KUTY-2.7)</source>
        <translation>✗ Басқа электрондық өнімдер бойынша кеңес берілмейді (KUTY-2.7)</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="107" />
        <source>No caller</source>
        <translation>Абонент жоқ</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="114" />
        <source>General consultation mode</source>
        <translation>Жалпы кеңес режимі</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="121" />
        <source>Verified caller: detailed consultation (KUTY-2.2)</source>
        <translation>Верификацияланған абонент: толық кеңес (KUTY-2.2)</translation>
    </message>
    <message>
        <location filename="../caller_card.py" line="136" />
        <source>No applications</source>
        <translation>Өтініштер жоқ</translation>
    </message>
</context>
<context>
    <name>CallerDisplay</name>
    <message>
        <location filename="../caller_display.py" line="20" />
        <source>Withheld</source>
        <translation>Нөмір жасырылған</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="22" />
        <source>Unknown number</source>
        <translation>Белгісіз нөмір</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="33" />
        <source>Incoming</source>
        <translation>Кіріс</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="35" />
        <source>Outgoing</source>
        <translation>Шығыс</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="42" />
        <source>Operator hung up</source>
        <translation>Оператор аяқтады</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="45" />
        <source>Caller hung up</source>
        <translation>Абонент аяқтады</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="48" />
        <source>Rejected</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="49" />
        <source>Missed</source>
        <translation>Өткізіп алынды</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="50" />
        <source>Answered elsewhere</source>
        <translation>Басқа оператор жауап берді</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="53" />
        <source>Failed</source>
        <translation>Қате</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="54" />
        <source>Interrupted</source>
        <translation>Үзілді</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="55" />
        <source>Console closed</source>
        <translation>Консоль жабылды</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="57" />
        <source>Refused: all lines busy</source>
        <translation>Қабылданбады: барлық желілер бос емес</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="60" />
        <source>Refused: malformed call request</source>
        <translation>Қабылданбады: қате қоңырау сұрауы</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="63" />
        <source>Refused: this desk takes no voice calls</source>
        <translation>Қабылданбады: қызмет дауыстық қоңырауларды қабылдамайды</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="66" />
        <source>Refused: not from the PBX</source>
        <translation>Қабылданбады: АТС арқылы емес</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="69" />
        <source>In progress</source>
        <translation>Жүріп жатыр</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="77" />
        <source>Recording</source>
        <translation>Жазылуда</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="78" />
        <source>Recorded</source>
        <translation>Жазылды</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="79" />
        <source>Repaired</source>
        <translation>Қалпына келтірілді</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="80" />
        <source>Recording failed</source>
        <translation>Жазу сәтсіз аяқталды</translation>
    </message>
    <message>
        <location filename="../caller_display.py" line="83" />
        <source>No recording</source>
        <translation>Жазба жоқ</translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <location filename="../settings_dialog.py" line="211" />
        <source>None (the headset only)</source>
        <translation>Жоқ (тек гарнитура)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="214" />
        <source>A second sound device that also rings (desk speakers), by name or number; empty: only the headset rings</source>
        <translation>Қоса шылдырайтын екінші дыбыс құрылғысы (колонкалар), атауы немесе нөмірі бойынша; бос болса: тек гарнитура шылдырайды</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="218" />
        <source>Ringtone in the headset</source>
        <translation>Гарнитурадағы қоңырау әуені</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="221" />
        <source>Answer calls automatically (a short tone)</source>
        <translation>Қоңырауларға автоматты түрде жауап беру (қысқа сигнал)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="225" />
        <source>For headset work: a call is answered at once after a short zip tone</source>
        <translation>Гарнитурамен жұмыс үшін: қоңырау қысқа сигналдан кейін бірден қабылданады</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="229" />
        <source>Show it as call waiting</source>
        <translation>Күтудегі қоңырау ретінде көрсету</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="230" />
        <source>Busy for the caller</source>
        <translation>Абонент «бос емес» сигналын естиді</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="234" />
        <source>Second ringer device</source>
        <translation>Қоңырауға арналған екінші құрылғы</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="237" />
        <source>A call while you talk</source>
        <translation>Сөйлесу кезіндегі қоңырау</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="245" />
        <source>Needs a newer phone engine</source>
        <translation>Телефон модулінің жаңарақ нұсқасы қажет</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="252" />
        <source>A device name or number, one short line</source>
        <translation>Құрылғы атауы немесе нөмірі, бір қысқа жол</translation>
    </message>
</context>
<context>
    <name>CaseControls</name>
    <message>
        <location filename="../case_controls.py" line="44" />
        <source>Basic</source>
        <translation>Базалық</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="45" />
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="53" />
        <source>Writer identified themselves (EEP-11)</source>
        <translation>Автор өзін таныстырды (EEP-11)</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="56" />
        <source>Writer refused to identify: service may be refused (EEP-11)</source>
        <translation>Автор өзін таныстырудан бас тартты: кеңес беруден бас тартуға болады (EEP-11)</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="59" />
        <source>Writer not identified yet (EEP-11)</source>
        <translation>Автор әлі өзін таныстырған жоқ (EEP-11)</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="62" />
        <source>Writer verified by a call on this case (KUTY-2.2)</source>
        <translation>Автор осы өтініш бойынша қоңырау арқылы верификацияланды (KUTY-2.2)</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="65" />
        <source>Writer not verified: general help only (KUTY-2.2)</source>
        <translation>Автор верификацияланбаған: тек жалпы көмек (KUTY-2.2)</translation>
    </message>
</context>
<context>
    <name>CasePolicyBar</name>
    <message>
        <location filename="../case_controls.py" line="106" />
        <source>Category of the case</source>
        <translation>Өтініш санаты</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="109" />
        <source>The policy's category; an error case gets its own registration number (EEP-4, EEP-13)</source>
        <translation>Регламент бойынша санат; қате туралы өтінішке жеке тіркеу нөмірі беріледі (EEP-4, EEP-13)</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="113" />
        <source>Category…</source>
        <translation>Санат…</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="116" />
        <source>Service level</source>
        <translation>Қызмет көрсету деңгейі</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="117" />
        <source>Service level: Basic, or VIP by contract (EEP-3)</source>
        <translation>Қызмет көрсету деңгейі: базалық немесе шарт бойынша VIP (EEP-3)</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="118" />
        <source>Level…</source>
        <translation>Деңгей…</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="122" />
        <source>Identified</source>
        <translation>Өзін таныстырды</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="125" />
        <source>The writer gave the details that identify them (EEP-11)</source>
        <translation>Автор өзін сәйкестендіретін мәліметтерді берді (EEP-11)</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="127" />
        <source>Not identified…</source>
        <translation>Өзін таныстырмады…</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="131" />
        <source>The writer would not identify themselves: record it and put the request to identify into the reply (EEP-11)</source>
        <translation>Автор өзін таныстырудан бас тартты: мұны тіркеп, жауапқа өзін таныстыру туралы сұрауды қосу (EEP-11)</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="193" />
        <source>Out of scope (%1): the refusal is in the reply.</source>
        <translation>Құзыреттен тыс (%1): бас тарту мәтіні жауапқа қосылды.</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="197" />
        <source>Registered as an error: number %1 (EEP-13).</source>
        <translation>Қате ретінде тіркелді: нөмірі %1 (EEP-13).</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="201" />
        <source>Category: %1.</source>
        <translation>Санат: %1.</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="215" />
        <source>Service level: %1 (EEP-3).</source>
        <translation>Қызмет көрсету деңгейі: %1 (EEP-3).</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="230" />
        <source>Recorded: not identified. The request to identify is in the reply.</source>
        <translation>Тіркелді: өзін таныстырмады. Өзін таныстыру туралы сұрау жауапқа қосылды.</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="232" />
        <source>Recorded: the writer identified themselves.</source>
        <translation>Тіркелді: автор өзін таныстырды.</translation>
    </message>
</context>
<context>
    <name>CaseWrapUpDialog</name>
    <message>
        <location filename="../case_controls.py" line="254" />
        <source>no number</source>
        <translation>нөмірсіз</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="255" />
        <source>Close case %1</source>
        <translation>%1 өтінішін жабу</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="258" />
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="262" />
        <source>What the contact was about, in a few words</source>
        <translation>Өтініш не туралы болды, бірнеше сөзбен</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="267" />
        <source>Out of scope</source>
        <translation>Құзыреттен тыс</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="279" />
        <location filename="../case_controls.py" line="296" />
        <source>Reason for closing</source>
        <translation>Жабу себебі</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="288" />
        <source>Close the case</source>
        <translation>Өтінішті жабу</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="290" />
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="292" />
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="293" />
        <source>Topic</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="294" />
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="313" />
        <source>Choose a category first.</source>
        <translation>Алдымен санатты таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="317" />
        <location filename="../case_controls.py" line="338" />
        <source>Type the reason for closing first.</source>
        <translation>Алдымен жабу себебін жазыңыз.</translation>
    </message>
    <message>
        <location filename="../case_controls.py" line="340" />
        <source>This case is closed.</source>
        <translation>Бұл өтініш жабылған.</translation>
    </message>
</context>
<context>
    <name>ComplaintsView</name>
    <message>
        <location filename="../complaints_view.py" line="61" />
        <source>Complaints register</source>
        <translation>Шағымдар тізілімі</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="63" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="63" />
        <source>Complainant</source>
        <translation>Шағым беруші</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="63" />
        <location filename="../complaints_view.py" line="151" />
        <source>Received</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="64" />
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="64" />
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="64" />
        <source>Calls</source>
        <translation>Қоңыраулар</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="75" />
        <source>New complaint (KUTY-1.2)</source>
        <translation>Жаңа шағым (KUTY-1.2)</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="88" />
        <source>Received on</source>
        <translation>Түскен күні</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="94" />
        <source>No study needed (15 days)</source>
        <translation>Зерделеуді қажет етпейді (15 күн)</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="95" />
        <source>Needs study (1 month)</source>
        <translation>Зерделеуді қажет етеді (1 ай)</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="96" />
        <source>Extended (45 days)</source>
        <translation>Ұзартылды (45 күн)</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="129" />
        <location filename="../complaints_view.py" line="131" />
        <source>Register complaint</source>
        <translation>Шағымды тіркеу</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="135" />
        <source>Link call to selected</source>
        <translation>Қоңырауды таңдалғанға байланыстыру</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="78" />
        <location filename="../complaints_view.py" line="148" />
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="148" />
        <source>Contact</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="83" />
        <location filename="../complaints_view.py" line="150" />
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="107" />
        <source>The call the complaint is about</source>
        <translation>Шағым қатысты қоңырау</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="108" />
        <source>No call chosen (optional)</source>
        <translation>Қоңырау таңдалмаған (міндетті емес)</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="110" />
        <source>The call the complaint is about (KUTY-1.2), chosen with “Choose call…”</source>
        <translation>Шағым қатысты қоңырау (KUTY-1.2), «Қоңырауды таңдау…» батырмасымен таңдалады</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="112" />
        <source>Choose call…</source>
        <translation>Қоңырауды таңдау…</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="114" />
        <source>Choose the call</source>
        <translation>Қоңырауды таңдау</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="118" />
        <source>Find the call by number, dates or operator (KUTY-1.2)</source>
        <translation>Қоңырауды нөмір, күн немесе оператор бойынша табу (KUTY-1.2)</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="121" />
        <source>Your role may not see the desk's calls (KUTY-1.2 complaints, KUTY-1.3 recordings)</source>
        <translation>Сіздің рөліңіз қызметтің қоңырауларын көрмейді (KUTY-1.2 шағымдар, KUTY-1.3 жазбалар)</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="124" />
        <source>Clear</source>
        <translation>Тазалау</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="126" />
        <source>Clear the chosen call</source>
        <translation>Таңдалған қоңырауды алып тастау</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="127" />
        <source>File the complaint without a call</source>
        <translation>Шағымды қоңыраусыз тіркеу</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="133" />
        <source>The response deadline follows the category (KUTY-1.2, Law on Appeals art. 20)</source>
        <translation>Жауап беру мерзімі санатқа байланысты (KUTY-1.2, «Азаматтардың өтініштері туралы» заң, 20-бап)</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="138" />
        <source>Link the chosen call to the selected complaint</source>
        <translation>Таңдалған қоңырауды таңдалған шағыммен байланыстыру</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="141" />
        <source>Link the chosen call to the complaint selected above (KUTY-1.2)</source>
        <translation>Таңдалған қоңырауды жоғарыда таңдалған шағыммен байланыстыру (KUTY-1.2)</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="151" />
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="157" />
        <source>Call</source>
        <translation>Қоңырау</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="163" />
        <source>Selected complaint</source>
        <translation>Таңдалған шағым</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="168" />
        <source>What was answered (required)</source>
        <translation>Не деп жауап берілді (міндетті)</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="170" />
        <location filename="../complaints_view.py" line="172" />
        <source>Answer</source>
        <translation>Жауап беру</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="175" />
        <source>Status of the complaint</source>
        <translation>Шағымның күйі</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="176" />
        <location filename="../complaints_view.py" line="251" />
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="177" />
        <location filename="../complaints_view.py" line="251" />
        <source>In progress</source>
        <translation>Қаралуда</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="178" />
        <location filename="../complaints_view.py" line="180" />
        <source>Set status</source>
        <translation>Күйін өзгерту</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="315" />
        <source>Select a complaint and choose a call.</source>
        <translation>Шағымды және қоңырауды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="323" />
        <source>Call linked to complaint %1.</source>
        <translation>Қоңырау %1 шағымымен байланыстырылды.</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="169" />
        <location filename="../complaints_view.py" line="182" />
        <source>Answer text</source>
        <translation>Жауап мәтіні</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="252" />
        <source>Answered</source>
        <translation>Жауап берілді</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="257" />
        <source>a call</source>
        <translation>қоңырау</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="266" />
        <source>Overdue: the response deadline has passed</source>
        <translation>Мерзімі өтті: жауап беру мерзімі аяқталды</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="283" />
        <source>Who and the text are required.</source>
        <translation>Кім шағымданатынын және мәтінді көрсету қажет.</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="304" />
        <source>Complaint %1 registered.</source>
        <translation>%1 шағымы тіркелді.</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="338" />
        <source>Select a complaint and write the answer.</source>
        <translation>Шағымды таңдап, жауапты жазыңыз.</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="345" />
        <source>Complaint %1 answered.</source>
        <translation>%1 шағымына жауап берілді.</translation>
    </message>
    <message>
        <location filename="../complaints_view.py" line="358" />
        <source>Select a complaint first.</source>
        <translation>Алдымен шағымды таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../dashboard_view.py" line="112" />
        <source>First day</source>
        <translation>Бірінші күн</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="112" />
        <source>Last day</source>
        <translation>Соңғы күн</translation>
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
        <translation>Бүкіл қызмет</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="120" />
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="123" />
        <source>Monthly report…</source>
        <translation>Айлық есеп…</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="127" />
        <source>PDF with these plots, and the figures as CSV and XLSX, for the head administrator (KUTY-1.2, KUTY-1.3)</source>
        <translation>Осы графиктер бар PDF, ал көрсеткіштер CSV және XLSX файлдарында — бас әкімшіге арналған (KUTY-1.2, KUTY-1.3)</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="140" />
        <source>Calls per day (green: answered)</source>
        <translation>Күн бойынша қоңыраулар (жасыл — қабылданғандар)</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="142" />
        <source>How calls ended</source>
        <translation>Қоңыраулар қалай аяқталды</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="143" />
        <source>Incidents (KUTY-3.x)</source>
        <translation>Инциденттер (KUTY-3.x)</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="144" />
        <source>Verification (KUTY-2.2)</source>
        <translation>Верификация (KUTY-2.2)</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="145" />
        <source>Complaints (KUTY-1.2)</source>
        <translation>Шағымдар (KUTY-1.2)</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="148" />
        <source>Figures per operator</source>
        <translation>Операторлар бойынша көрсеткіштер</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="150" />
        <source>Calls</source>
        <translation>Қоңыраулар</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="150" />
        <location filename="../dashboard_view.py" line="279" />
        <source>Answered</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="150" />
        <source>Average talk</source>
        <translation>Орташа сөйлесу</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="157" />
        <source>From</source>
        <translation>Кезең:</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="159" />
        <source>to</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="217" />
        <source>Counting…</source>
        <translation>Есептелуде…</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="228" />
        <source>The range ends before it starts: choose the dates again.</source>
        <translation>Кезеңнің соңы басынан ерте: күндерді қайта таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="229" />
        <source>Choose at most 400 days (a month for the monthly report).</source>
        <translation>Ең көбі 400 күн таңдаңыз (айлық есеп үшін — бір ай).</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="234" />
        <source>The figures could not be read: %1</source>
        <translation>Көрсеткіштерді оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="245" />
        <source>%1 calls in the range</source>
        <translation>Кезеңдегі қоңыраулар: %1</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="247" />
        <source>No calls in the range.</source>
        <translation>Бұл кезеңде қоңыраулар жоқ.</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="252" />
        <source>Average talk %1 · average wrap-up %2</source>
        <translation>Орташа сөйлесу %1 · орташа қорытынды %2</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="280" />
        <source>Missed</source>
        <translation>Жауапсыз</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="281" />
        <source>Refused</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="282" />
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="285" />
        <source>Abuse</source>
        <translation>Қорлау</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="285" />
        <source>Threat</source>
        <translation>Қорқыту</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="286" />
        <source>Withdrawn</source>
        <translation>Кері алынды</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="291" />
        <source>Not started</source>
        <translation>Басталмаған</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="299" />
        <source>In time</source>
        <translation>Уақытында</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="300" />
        <source>Late</source>
        <translation>Кешіккен</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="301" />
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="302" />
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="326" />
        <source>Folder for the report</source>
        <translation>Есепке арналған қалта</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="335" />
        <source>Show the figures first.</source>
        <translation>Алдымен көрсеткіштерді көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="376" />
        <source>Writing the report…</source>
        <translation>Есеп жасалуда…</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="385" />
        <source>Report saved: %1, %2 and %3</source>
        <translation>Есеп сақталды: %1, %2 және %3</translation>
    </message>
    <message>
        <location filename="../dashboard_view.py" line="395" />
        <source>The report was not written: %1</source>
        <translation>Есеп сақталмады: %1</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../settings_dialog.py" line="143" />
        <source>Shared PostgreSQL database</source>
        <translation>Ортақ PostgreSQL дерекқоры</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="152" />
        <source>kept in the keyring; empty: unchanged</source>
        <translation>кілттер қоймасында сақталады; бос болса: өзгеріссіз</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="158" />
        <source>Default: SQLite file in the data folder (one seat).</source>
        <translation>Әдепкі: деректер қалтасындағы SQLite файлы (бір жұмыс орны).</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="160" />
        <source>Database URL (no password)</source>
        <translation>Дерекқор мекенжайы (құпиясөзсіз)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="161" />
        <source>Database password</source>
        <translation>Дерекқор құпиясөзі</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="183" />
        <source>The database URL contains a password. Remove it from the URL and type it in the password field: passwords are kept in the keyring, never in settings files.</source>
        <translation>Дерекқор мекенжайында құпиясөз бар. Оны мекенжайдан алып тастап, құпиясөз өрісіне енгізіңіз: құпиясөздер баптаулар файлдарында емес, кілттер қоймасында сақталады.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="193" />
        <source>Enter a PostgreSQL URL such as postgresql+psycopg://user@host/kuty.</source>
        <translation>PostgreSQL мекенжайын енгізіңіз, мысалы postgresql+psycopg://user@host/kuty.</translation>
    </message>
</context>
<context>
    <name>DialBox</name>
    <message>
        <location filename="../dial_box.py" line="71" />
        <source>Type a number to call.</source>
        <translation>Қоңырау шалу үшін нөмірді енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="81" />
        <source>Not a SIP address: it must look like sip:name@host.</source>
        <translation>Бұл SIP мекенжайы емес: ол sip:атау@түйін түрінде болуы керек.</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="90" />
        <source>A phone number has only digits; a seat name starts with a letter.</source>
        <translation>Телефон нөмірі тек цифрлардан тұрады; жұмыс орнының атауы әріптен басталады.</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="100" />
        <source>Not a valid phone number: check the digits.</source>
        <translation>Нөмір дұрыс емес: цифрларды тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="204" />
        <source>Number to call, e.g. 067 123 45 67 (%1)</source>
        <translation>Нөмір, мысалы 067 123 45 67 (%1)</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="210" />
        <source>Type a number or sip: address and press Enter to call (%1)</source>
        <translation>Нөмірді немесе sip: мекенжайын енгізіп, қоңырау шалу үшін Enter басыңыз (%1)</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="212" />
        <source>Call</source>
        <translation>Қоңырау шалу</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="214" />
        <source>Call the number (Enter in the field)</source>
        <translation>Нөмірге қоңырау шалу (өрісте Enter)</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="219" />
        <source>Missed calls and call-backs due; pick one to call back (Ctrl+M)</source>
        <translation>Өткізіп алынған қоңыраулар және жоспарланған кері қоңыраулар; кімге қайта шалуды таңдаңыз (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="332" />
        <source>Calling %1…</source>
        <translation>%1 нөміріне қоңырау шалудамыз…</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="340" />
        <source>Missed: %1</source>
        <translation>Өткізіп алынған: %1</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="342" />
        <source>Call back: %1</source>
        <translation>Кері қоңырау: %1</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="347" />
        <source>No missed calls</source>
        <translation>Өткізіп алынған қоңыраулар жоқ</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="351" />
        <source>Missed calls — pick one to call back</source>
        <translation>Өткізіп алынғандар — кімге қайта шалуды таңдаңыз</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="361" />
        <source>Call-backs due</source>
        <translation>Жоспарланған кері қоңыраулар</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="366" />
        <source>%1 — by %2</source>
        <translation>%1 — %2 дейін</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="381" />
        <source>not answered</source>
        <translation>жауап берілмеді</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="382" />
        <source>you were not ready</source>
        <translation>сіз дайын емес едіңіз</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="383" />
        <source>busy on another call</source>
        <translation>сіз басқа абонентпен сөйлесіп жатқансыз</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="384" />
        <source>rejected</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="385" />
        <source>could not be recorded</source>
        <translation>жазу мүмкін болмас еді</translation>
    </message>
    <message>
        <location filename="../dial_box.py" line="386" />
        <source>all lines were busy</source>
        <translation>барлық желілер бос емес еді</translation>
    </message>
</context>
<context>
    <name>DtmfPad</name>
    <message>
        <location filename="../dtmf_pad.py" line="64" />
        <source>Tones sent on this call</source>
        <translation>Осы қоңырауда жіберілген тондық сигналдар</translation>
    </message>
    <message>
        <location filename="../dtmf_pad.py" line="65" />
        <source>Tones (F4):</source>
        <translation>Тондар (F4):</translation>
    </message>
    <message>
        <location filename="../dtmf_pad.py" line="66" />
        <source>Keypad (F4): click or type digits, * and #</source>
        <translation>Пернетақта (F4): цифрларды, * және # басыңыз немесе теріңіз</translation>
    </message>
    <message>
        <location filename="../dtmf_pad.py" line="79" />
        <source>Send tone %1 (type %1)</source>
        <translation>%1 сигналын жіберу (%1 пернесі)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../export_dialog.py" line="67" />
        <source>Export recordings</source>
        <translation>Жазбаларды экспорттау</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="80" />
        <source>WAV (original)</source>
        <translation>WAV (түпнұсқа)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="82" />
        <source>Password-protected ZIP (AES-256)</source>
        <translation>Құпиясөзбен қорғалған ZIP (AES-256)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="91" />
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="98" />
        <source>Why (audited), e.g. request no. 12 of 03.03</source>
        <translation>Негізі (аудитке жазылады), мысалы 03.03 күнгі № 12 сұрау</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="107" />
        <source>Export</source>
        <translation>Экспорттау</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="109" />
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="112" />
        <source>Open folder</source>
        <translation>Қалтаны ашу</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="114" />
        <source>Show the exported files in the file manager</source>
        <translation>Экспортталған файлдарды файл менеджерінде көрсету</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="118" />
        <source>Recordings:</source>
        <translation>Жазбалар:</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="119" />
        <source>Format:</source>
        <translation>Пішім:</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="121" />
        <source>Destination folder:</source>
        <translation>Мақсатты қалта:</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="122" />
        <source>Reason:</source>
        <translation>Негізі:</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="143" />
        <source>Export to</source>
        <translation>Экспорттау орны</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="155" />
        <source>Enter the reason for the export: it is recorded in the audit.</source>
        <translation>Экспорттау негізін көрсетіңіз: ол аудит журналына жазылады.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="161" />
        <source>Enter the ZIP password, or untick the ZIP option.</source>
        <translation>ZIP құпиясөзін енгізіңіз немесе ZIP белгісін алып тастаңыз.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="170" />
        <source>Exporting…</source>
        <translation>Экспортталуда…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="196" />
        <source>Cancelling…</source>
        <translation>Болдырылмауда…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="207" />
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="214" />
        <source>Exported %1 files to:
%2</source>
        <translation>Экспортталған файлдар: %1, орны:
%2</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="218" />
        <source>NOT exported: %1</source>
        <translation>ЭКСПОРТТАЛМАДЫ: %1</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="237" />
        <source>No file manager could open %1; open it by hand.</source>
        <translation>%1 қалтасын бірде-бір файл менеджері аша алмады; оны қолмен ашыңыз.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="246" />
        <source>Export cancelled: nothing was exported.</source>
        <translation>Экспорттау болдырылмады: ештеңе экспортталмады.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="248" />
        <source>You may not export recordings.</source>
        <translation>Жазбаларды экспорттауға рұқсатыңыз жоқ.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="250" />
        <source>Export failed: %1</source>
        <translation>Экспорттау сәтсіз аяқталды: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../first_run.py" line="74" />
        <source>Kuty console: first setup</source>
        <translation>Куты консолі: алғашқы баптау</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="77" />
        <source>&amp;Finish</source>
        <translation>&amp;Дайын</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="91" />
        <source>SIP account</source>
        <translation>SIP тіркелгісі</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="92" />
        <source>Headset</source>
        <translation>Гарнитура</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="95" />
        <source>Recordings folder</source>
        <translation>Жазбалар қалтасы</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="102" />
        <source>Database</source>
        <translation>Дерекқор</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="104" />
        <source>Policy</source>
        <translation>Регламент</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="148" />
        <source>Not saved: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
</context>
<context>
    <name>HistoryWidget</name>
    <message>
        <location filename="../history_view.py" line="56" />
        <source>Today's calls</source>
        <translation>Бүгінгі қоңыраулар</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="63" />
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="64" />
        <source>Direction</source>
        <translation>Бағыт</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="65" />
        <source>Number</source>
        <translation>Нөмір</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="66" />
        <source>Duration</source>
        <translation>Ұзақтығы</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="67" />
        <source>End</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="68" />
        <source>Recording</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="69" />
        <source>Verification</source>
        <translation>Верификация</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="70" />
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="71" />
        <source>Reg. number</source>
        <translation>Тірк. нөмірі</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="80" />
        <location filename="../history_view.py" line="132" />
        <source>Call back</source>
        <translation>Кері қоңырау</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="83" />
        <source>Call the selected row's number back (Enter or double click on the row)</source>
        <translation>Таңдалған жолдағы нөмірге кері қоңырау шалу (Enter немесе жолды екі рет басу)</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="184" />
        <source>Threat</source>
        <translation>Қорқыту</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="186" />
        <source>Abuse</source>
        <translation>Қорлау</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="189" />
        <source>Not ready</source>
        <translation>Дайын емес</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="190" />
        <source>Busy</source>
        <translation>Бос емес</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="191" />
        <source>Not recorded — refused</source>
        <translation>Жазбасыз — қабылданбады</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="192" />
        <source>All lines busy — refused</source>
        <translation>Барлық желілер бос емес — қабылданбады</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="193" />
        <source>No voice calls — refused</source>
        <translation>Дауыстық қоңыраулар жоқ — қабылданбады</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="194" />
        <source>Transferred</source>
        <translation>Ауыстырылды</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="197" />
        <source>Transferred to %1</source>
        <translation>%1 нөміріне ауыстырылды</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="206" />
        <source>Verified</source>
        <translation>Верификацияланды</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="207" />
        <source>Not verified</source>
        <translation>Верификацияланбады</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="208" />
        <source>Locked</source>
        <translation>Бұғатталды</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="209" />
        <source>General help only</source>
        <translation>Тек жалпы кеңес</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../admin_import.py" line="210" />
        <source>The Service's export: CSV or JSON, UTF-8</source>
        <translation>Сервистің экспорты: CSV немесе JSON, UTF-8</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="211" />
        <location filename="../admin_import.py" line="259" />
        <source>Profiles file</source>
        <translation>Профильдер файлы</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="212" />
        <location filename="../admin_import.py" line="220" />
        <source>Choose a file…</source>
        <translation>Файлды таңдау…</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="217" />
        <source>optional: the Service's separate applications CSV</source>
        <translation>міндетті емес: Сервистің өтінімдер бойынша жеке CSV файлы</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="219" />
        <location filename="../admin_import.py" line="262" />
        <source>Applications file</source>
        <translation>Өтінімдер файлы</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="222" />
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="226" />
        <source>All or nothing: one bad row and nothing is imported. Key phrases are stored only as Argon2id hashes (KUTY-2.2).</source>
        <translation>Бәрі немесе ештеңе: бір қате жол болса, ештеңе импортталмайды. Кілт сөз тіркестері тек Argon2id хештері ретінде сақталады (KUTY-2.2).</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="230" />
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="235" />
        <source>Import progress</source>
        <translation>Импорт барысы</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="245" />
        <source>Problems in the file</source>
        <translation>Файлдағы ақаулар</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="247" />
        <location filename="../admin_import.py" line="456" />
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="247" />
        <location filename="../admin_import.py" line="456" />
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="247" />
        <location filename="../admin_import.py" line="456" />
        <source>Problem</source>
        <translation>Ақау</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="255" />
        <source>Save the report as CSV…</source>
        <translation>Есепті CSV ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="295" />
        <source>Caller profiles</source>
        <translation>Абонент профильдері</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="297" />
        <source>Profile exports (*.csv *.json)</source>
        <translation>Профиль экспорттары (*.csv *.json)</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="309" />
        <source>Choose an existing file first.</source>
        <translation>Алдымен бар файлды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="314" />
        <source>The applications file %1 does not exist.</source>
        <translation>%1 өтінімдер файлы жоқ.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="328" />
        <location filename="../admin_import.py" line="374" />
        <source>Importing…</source>
        <translation>Импортталуда…</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="355" />
        <source>Cancelling…</source>
        <translation>Болдырылмауда…</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="369" />
        <source>%1: %2 of %3</source>
        <translation>%1: %3 ішінен %2</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="378" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="389" />
        <source>Done</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="392" />
        <source>Imported: %1 new profiles, %2 updated, %3 phone numbers, %4 applications; %5 existing profiles not in the file were kept.</source>
        <translation>Импортталды: жаңа профильдер — %1, жаңартылды — %2, телефон нөмірлері — %3, өтінімдер — %4; файлда жоқ бар профильдер сақталды — %5.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="415" />
        <source>Only the first %1 problems are listed.</source>
        <translation>Тек алғашқы %1 ақау көрсетілген.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="427" />
        <source>item %1</source>
        <translation>%1-жазба</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="430" />
        <source>%1, row %2</source>
        <translation>%1, %2-жол</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="446" />
        <source>Save the report</source>
        <translation>Есепті сақтау</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="446" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="462" />
        <source>The report could not be saved: %1</source>
        <translation>Есеп сақталмады: %1</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="466" />
        <source>Report saved to %1</source>
        <translation>Есеп сақталды: %1</translation>
    </message>
</context>
<context>
    <name>IncidentBar</name>
    <message>
        <location filename="../incident_bar.py" line="98" />
        <source>Abuse — end call</source>
        <translation>Қорлау — аяқтау</translation>
    </message>
    <message>
        <location filename="../incident_bar.py" line="100" />
        <source>Threat — end call + police</source>
        <translation>Қорқыту — аяқтау + полиция</translation>
    </message>
    <message>
        <location filename="../incident_bar.py" line="105" />
        <source>Abuse: end the call now and report to management (KUTY-3.1)</source>
        <translation>Қорлау: қоңырауды дереу аяқтап, басшылыққа хабарлау (KUTY-3.1)</translation>
    </message>
    <message>
        <location filename="../incident_bar.py" line="109" />
        <source>Threat: end the call now, report to management and the police (KUTY-3.2)</source>
        <translation>Қорқыту: қоңырауды дереу аяқтап, басшылыққа және полицияға хабарлау (KUTY-3.2)</translation>
    </message>
    <message>
        <location filename="../incident_bar.py" line="230" />
        <source>Incident %1 filed; management is notified.</source>
        <translation>%1 инциденті тіркелді; басшылыққа хабарланды.</translation>
    </message>
    <message>
        <location filename="../incident_bar.py" line="264" />
        <source>The incident could not be filed (%1). Tell your supervisor now.</source>
        <translation>Инцидентті тіркеу мүмкін болмады (%1). Жетекшіге дереу хабарлаңыз.</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../incident_form.py" line="73" />
        <source>What the caller said (optional)</source>
        <translation>Абонент не айтты (міндетті емес)</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="77" />
        <source>Save note</source>
        <translation>Жазбаны сақтау</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="79" />
        <source>It was a mistake</source>
        <translation>Бұл қателік еді</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="83" />
        <source>Withdraw this incident: the button was pressed by mistake. Management is told, the record is kept and audited (KUTY-3.1, KUTY-3.2).</source>
        <translation>Бұл инцидентті кері қайтару: түйме қателесіп басылды. Басшылыққа хабарланады, жазба сақталып, аудит журналына түседі (KUTY-3.1, KUTY-3.2).</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="87" />
        <source>It is abuse, not a threat</source>
        <translation>Бұл қорқыту емес, қорлау</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="91" />
        <source>Change the threat (KUTY-3.2) into abuse (KUTY-3.1): the police package is marked withdrawn, management is told, and it is audited.</source>
        <translation>Қорқытуды (KUTY-3.2) қорлауға (KUTY-3.1) өзгерту: полицияға арналған пакет кері қайтарылған деп белгіленеді, басшылыққа хабарланады, әрекет аудит журналына жазылады.</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="97" />
        <source>Why? (required)</source>
        <translation>Неге? (міндетті)</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="98" />
        <source>Confirm</source>
        <translation>Растау</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="100" />
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="144" />
        <source>Threat (KUTY-3.2)</source>
        <translation>Қорқыту (KUTY-3.2)</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="146" />
        <source>Abuse (KUTY-3.1)</source>
        <translation>Қорлау (KUTY-3.1)</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="150" />
        <source>%1: incident %2 is filed and management is notified. Optionally, write down what was said.</source>
        <translation>%1: %2 инциденті тіркелді, басшылыққа хабарланды. Қаласаңыз, не айтылғанын жазып қойыңыз.</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="185" />
        <source>Note saved.</source>
        <translation>Жазба сақталды.</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="199" />
        <source>Say why the incident is withdrawn, then confirm.</source>
        <translation>Инцидент неге кері қайтарылатынын жазып, растаңыз.</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="201" />
        <source>Say why this was abuse and not a threat, then confirm.</source>
        <translation>Бұл неге қорқыту емес, қорлау болғанын жазып, растаңыз.</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="215" />
        <source>Type the reason first.</source>
        <translation>Алдымен себебін жазыңыз.</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="242" />
        <source>Incident %1 is withdrawn; management is told.</source>
        <translation>%1 инциденті кері қайтарылды; басшылыққа хабарланды.</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="252" />
        <source>Changed to abuse (KUTY-3.1); the police package is withdrawn.</source>
        <translation>Қорлауға өзгертілді (KUTY-3.1); полицияға арналған пакет кері қайтарылды.</translation>
    </message>
    <message>
        <location filename="../incident_form.py" line="265" />
        <source>Not saved (%1); try again.</source>
        <translation>Сақталмады (%1); қайталап көріңіз.</translation>
    </message>
</context>
<context>
    <name>IncidentsUi</name>
    <message>
        <location filename="../incident_bar.py" line="314" />
        <source>Written messages</source>
        <translation>Жазбаша өтініштер</translation>
    </message>
    <message>
        <location filename="../incident_bar.py" line="318" />
        <source>Supervisor queue</source>
        <translation>Жетекші кезегі</translation>
    </message>
    <message>
        <location filename="../incident_bar.py" line="324" />
        <source>Complaints</source>
        <translation>Шағымдар</translation>
    </message>
    <message>
        <location filename="../incident_bar.py" line="345" />
        <source>Incident settings are invalid (%1); e-mail reports are off.</source>
        <translation>Инцидент баптаулары қате (%1); электрондық пошта хабарламалары өшірілді.</translation>
    </message>
    <message>
        <location filename="../incident_bar.py" line="368" />
        <source>Supervisor queue (%1)</source>
        <translation>Жетекші кезегі (%1)</translation>
    </message>
</context>
<context>
    <name>IncidentsView</name>
    <message>
        <location filename="../incidents_view.py" line="115" />
        <source>Incidents</source>
        <translation>Инциденттер</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="117" />
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="117" />
        <location filename="../incidents_view.py" line="146" />
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="117" />
        <source>Number</source>
        <translation>Нөмір</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="117" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="118" />
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="118" />
        <source>Hold</source>
        <translation>Жоюға тыйым</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="126" />
        <source>The incident's facts</source>
        <translation>Инцидент фактілері</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="128" />
        <source>Handed to police…</source>
        <translation>Полицияға берілді…</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="129" />
        <location filename="../incidents_view.py" line="273" />
        <source>Reported to management</source>
        <translation>Басшылыққа хабарланды</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="130" />
        <source>Close incident</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="131" />
        <source>Export package (ZIP)…</source>
        <translation>Пакетті экспорттау (ZIP)…</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="132" />
        <source>Block number…</source>
        <translation>Нөмірді бұғаттау…</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="133" />
        <source>Unblock number</source>
        <translation>Нөмірді бұғаттан шығару</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="243" />
        <source>Abuse</source>
        <translation>Қорлау</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="243" />
        <source>Threat</source>
        <translation>Қорқыту</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="247" />
        <source>%1 recording(s)</source>
        <translation>жазбалар: %1</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="253" />
        <source>Written</source>
        <translation>Жазбаша</translation>
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
        <translation>Жіберушіні бұғаттау…</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="135" />
        <location filename="../incidents_view.py" line="408" />
        <source>Play the call</source>
        <translation>Қоңырауды ойнату</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="137" />
        <source>Open the call's recording where the incident button was pressed</source>
        <translation>Қоңырау жазбасын инцидент түймесі басылған жерден ашу</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="140" />
        <source>Mail from blocked senders (kept, not in the queue):</source>
        <translation>Бұғатталған жіберушілердің хаттары (сақталған, кезекте емес):</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="144" />
        <source>Mail from blocked senders</source>
        <translation>Бұғатталған жіберушілердің хаттары</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="146" />
        <source>Sender</source>
        <translation>Жіберуші</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="146" />
        <source>Subject</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="228" />
        <source>The seat's policy cannot be read: %1</source>
        <translation>Жұмыс орнының регламентін оқу мүмкін емес: %1</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="231" />
        <source>The %1 regulation does not allow blocking writers; only a regulation that allows blocking violators does (KZP-30-19, CSC-2.12).</source>
        <translation>%1 регламенті жіберушілерді бұғаттауға рұқсат етпейді; бұл тек ереже бұзушыларды бұғаттауға рұқсат ететін регламент бойынша мүмкін (KZP-30-19, CSC-2.12).</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="236" />
        <source>Block the writer's address (%1). Their mail is still kept and listed below, never dropped (KUTY-1.1).</source>
        <translation>Жіберушінің мекенжайын бұғаттау (%1). Оның хаттары бұрынғыдай сақталып, төменде көрсетіледі, ешқашан жойылмайды (KUTY-1.1).</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="272" />
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="274" />
        <source>Handed to police</source>
        <translation>Полицияға берілді</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="275" />
        <source>Closed</source>
        <translation>Жабылды</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="339" />
        <location filename="../incidents_view.py" line="514" />
        <location filename="../incidents_view.py" line="543" />
        <source>Incident %1</source>
        <translation>%1 инциденті</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="340" />
        <source>Status: %1</source>
        <translation>Күйі: %1</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="341" />
        <source>Pressed at: %1</source>
        <translation>Түйме басылған уақыт: %1</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="342" />
        <source>Operator: %1</source>
        <translation>Оператор: %1</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="343" />
        <source>Caller number: %1</source>
        <translation>Абонент нөмірі: %1</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="344" />
        <location filename="../incidents_view.py" line="417" />
        <source>withheld</source>
        <translation>жасырылған</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="346" />
        <source>Verification: %1</source>
        <translation>Верификация: %1</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="352" />
        <source>Offset in recording: %1 s</source>
        <translation>Жазбадағы орны: %1 с</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="354" />
        <source>Written message: %1</source>
        <translation>Жазбаша өтініш: %1</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="357" />
        <source>Recordings on legal hold: %1</source>
        <translation>Жоюға тыйым салынған жазбалар: %1</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="360" />
        <source>Handed to police on %1, reference %2</source>
        <translation>%1 полицияға берілді, нөмірі %2</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="364" />
        <source>Police package: %1</source>
        <translation>Полицияға арналған пакет: %1</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="365" />
        <source>Operator's note:</source>
        <translation>Оператордың ескертпесі:</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="365" />
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="388" />
        <source>Only a supervisor may block a writer.</source>
        <translation>Жіберушіні тек жетекші бұғаттай алады.</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="390" />
        <source>%1 is already blocked.</source>
        <translation>%1 бұғатталып қойған.</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="405" />
        <source>Play at %1</source>
        <translation>%1 бастап ойнату</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="419" />
        <source>Incident %1 — %2 — %3</source>
        <translation>%1 инциденті — %2 — %3</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="451" />
        <source>Incident %1: %2</source>
        <translation>%1 инциденті: %2</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="480" />
        <source>Export police package</source>
        <translation>Полицияға арналған пакетті экспорттау</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="483" />
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP архивтері (*.zip)</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="498" />
        <source>Package exported: %1</source>
        <translation>Пакет экспортталды: %1</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="512" />
        <location filename="../incidents_view.py" line="541" />
        <source>Block %1</source>
        <translation>%1 бұғаттау</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="513" />
        <location filename="../incidents_view.py" line="542" />
        <source>Reason (kept on record):</source>
        <translation>Себебі (есепте сақталады):</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="523" />
        <location filename="../incidents_view.py" line="555" />
        <source>A block needs a reason.</source>
        <translation>Бұғаттау үшін себеп қажет.</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="529" />
        <source>%1 is blocked; its calls are flagged on the ringing card.</source>
        <translation>%1 бұғатталды; оның қоңыраулары қоңырау карточкасында белгіленеді.</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="564" />
        <source>%1 is blocked; their mail is kept and flagged, never put in the queue.</source>
        <translation>%1 бұғатталды; оның хаттары белгімен сақталады және кезекке ешқашан түспейді.</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="579" />
        <source>%1 is no longer blocked.</source>
        <translation>%1 енді бұғатталмаған.</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="586" />
        <source>Failed: %1</source>
        <translation>Қате: %1</translation>
    </message>
</context>
<context>
    <name>KeyringSetupDialog</name>
    <message>
        <location filename="../keyring_setup.py" line="100" />
        <source>Password storage</source>
        <translation>Құпиясөздер қоймасы</translation>
    </message>
    <message>
        <location filename="../keyring_setup.py" line="118" />
        <source>Master password</source>
        <translation>Басты құпиясөз</translation>
    </message>
    <message>
        <location filename="../keyring_setup.py" line="120" />
        <source>Repeat</source>
        <translation>Қайталаңыз</translation>
    </message>
    <message>
        <location filename="../keyring_setup.py" line="124" />
        <source>Unlock the encrypted password file</source>
        <translation>Шифрланған құпиясөздер файлын ашу</translation>
    </message>
    <message>
        <location filename="../keyring_setup.py" line="126" />
        <source>Create an encrypted password file</source>
        <translation>Шифрланған құпиясөздер файлын жасау</translation>
    </message>
    <message>
        <location filename="../keyring_setup.py" line="134" />
        <source>Continue without saved passwords</source>
        <translation>Сақталған құпиясөздерсіз жалғастыру</translation>
    </message>
    <message>
        <location filename="../keyring_setup.py" line="139" />
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <location filename="../keyring_setup.py" line="150" />
        <source>The two passwords differ.</source>
        <translation>Құпиясөздер сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../keyring_setup.py" line="158" />
        <source>Wrong master password for the encrypted password file.</source>
        <translation>Шифрланған құпиясөздер файлының басты құпиясөзі қате.</translation>
    </message>
    <message>
        <location filename="../keyring_setup.py" line="161" />
        <source>Type a master password.</source>
        <translation>Басты құпиясөзді енгізіңіз.</translation>
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
        <translation>Үшінші қатысушы</translation>
    </message>
    <message>
        <location filename="../lanes.py" line="62" />
        <source>Track %1</source>
        <translation>%1-жолақ</translation>
    </message>
    <message>
        <location filename="../lanes.py" line="80" />
        <source>Recording tracks</source>
        <translation>Жазба жолақтары</translation>
    </message>
    <message>
        <location filename="../lanes.py" line="83" />
        <source>Click or drag to move the play position. Space: play or pause; Left/Right arrow: 5 seconds back or forward.</source>
        <translation>Жазбаның басқа жеріне өту үшін басыңыз немесе сүйреңіз. Бос орын — ойнату немесе кідірту; солға/оңға көрсеткілері — 5 секунд артқа немесе алға.</translation>
    </message>
    <message>
        <location filename="../lanes.py" line="105" />
        <source>Lanes: %1</source>
        <translation>Жолақтар: %1</translation>
    </message>
    <message>
        <location filename="../lanes.py" line="227" />
        <source>masked</source>
        <translation>жасырылған</translation>
    </message>
</context>
<context>
    <name>ListenControls</name>
    <message>
        <location filename="../listen_controls.py" line="63" />
        <source>Listen</source>
        <translation>Тыңдау</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="64" />
        <source>Whisper</source>
        <translation>Сыбырлау</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="65" />
        <source>Barge in</source>
        <translation>Араласу</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="66" />
        <source>Stop listening</source>
        <translation>Тыңдауды тоқтату</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="69" />
        <source>Listen to the selected call; neither the caller nor the operator hears you, and the recording does not change (%1). Every use is audited.</source>
        <translation>Таңдалған қоңырауды тыңдау: сізді абонент те, оператор да естімейді, жазба өзгермейді (%1). Әр тыңдау аудит журналына жазылады.</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="73" />
        <source>Speak to the operator only; the caller does not hear you. What you say is recorded on the operator track (KUTY-1.1).</source>
        <translation>Тек операторға сөйлеу: абонент сізді естімейді. Айтқаныңыз оператор жолағына жазылады (KUTY-1.1).</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="77" />
        <source>Join the call: the caller and the operator hear you. What you say is recorded on the operator track (KUTY-1.1).</source>
        <translation>Әңгімеге қосылу: сізді абонент те, оператор да естиді. Айтқаныңыз оператор жолағына жазылады (KUTY-1.1).</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="80" />
        <source>Stop listening; the call goes on unchanged.</source>
        <translation>Тыңдауды тоқтату; әңгіме өзгеріссіз жалғасады.</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="84" />
        <source>The desk's policy does not allow live listening (%1).</source>
        <translation>Қызмет регламенті қоңырауларды тыңдауға рұқсат етпейді (%1).</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="127" />
        <source>Select a call in progress first.</source>
        <translation>Алдымен жүріп жатқан қоңырауды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="153" />
        <source>The desk's policy does not allow live listening.</source>
        <translation>Қызмет регламенті қоңырауларды тыңдауға рұқсат етпейді.</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="154" />
        <source>The call is no longer in progress.</source>
        <translation>Бұл қоңырау аяқталып қойған.</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="156" />
        <source>The operator's seat cannot be reached for listening (it has not announced its address).</source>
        <translation>Тыңдау үшін оператордың жұмыс орнына қосылу мүмкін емес (ол өз мекенжайын хабарламаған).</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="217" />
        <source>The operator's seat refused the listening.</source>
        <translation>Оператордың жұмыс орны тыңдаудан бас тартты.</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="219" />
        <source>Listening ended.</source>
        <translation>Тыңдау аяқталды.</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="229" />
        <source>Connecting to the operator's seat…</source>
        <translation>Оператордың жұмыс орнына қосылуда…</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="230" />
        <source>Listening: nobody hears you.</source>
        <translation>Тыңдау: сізді ешкім естімейді.</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="231" />
        <source>Whispering: only the operator hears you.</source>
        <translation>Сыбырлау: сізді тек оператор естиді.</translation>
    </message>
    <message>
        <location filename="../listen_controls.py" line="232" />
        <source>In the call: the caller and the operator hear you.</source>
        <translation>Әңгімеде: сізді абонент те, оператор да естиді.</translation>
    </message>
</context>
<context>
    <name>MailPage</name>
    <message>
        <location filename="../settings_pages.py" line="97" />
        <source>Desk mailbox (incoming, IMAP)</source>
        <translation>Қызметтің пошта жәшігі (кіріс, IMAP)</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="100" />
        <location filename="../settings_pages.py" line="149" />
        <source>empty: none</source>
        <translation>бос болса: жоқ</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="104" />
        <source>standard (993 or 143)</source>
        <translation>стандартты (993 немесе 143)</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="108" />
        <source>TLS from the start (IMAPS)</source>
        <translation>Басынан TLS (IMAPS)</translation>
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
        <translation>бос болса: жүйелік</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="120" />
        <location filename="../settings_pages.py" line="169" />
        <source>Choose…</source>
        <translation>Таңдау…</translation>
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
        <translation>Қорғау</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="139" />
        <location filename="../settings_pages.py" line="175" />
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="140" />
        <location filename="../settings_pages.py" line="176" />
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="141" />
        <source>Mailbox</source>
        <translation>Қалта</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="142" />
        <location filename="../settings_pages.py" line="178" />
        <location filename="../settings_pages.py" line="198" />
        <source>CA certificate file</source>
        <translation>CA сертификатының файлы</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="143" />
        <source>Attachments up to</source>
        <translation>Тіркемелер ең көбі</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="144" />
        <source>Messages up to</source>
        <translation>Хаттар ең көбі</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="146" />
        <source>Outgoing mail (replies and notifications, SMTP)</source>
        <translation>Шығыс пошта (жауаптар мен хабарламалар, SMTP)</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="156" />
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (587 порт)</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="157" />
        <source>TLS from the start (port 465)</source>
        <translation>Басынан TLS (465 порт)</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="158" />
        <source>No encryption (this computer only)</source>
        <translation>Шифрлаусыз (тек осы компьютер)</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="162" />
        <source>empty: no sign-in</source>
        <translation>бос болса: кірусіз</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="177" />
        <source>Sender address</source>
        <translation>Жіберуші мекенжайы</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="184" />
        <source>E-mails to the desk (written contacts) are fetched from this mailbox</source>
        <translation>Қызметке келген хаттар (жазбаша өтініштер) осы жәшіктен алынады</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="186" />
        <source>Empty: notifications only in the console</source>
        <translation>Бос болса: хабарламалар тек консольде</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="187" />
        <source>Empty: no desk mailbox</source>
        <translation>Бос болса: қызметтің пошта жәшігі жоқ</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="198" />
        <source>PEM (*.pem *.crt)</source>
        <translation>PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="216" />
        <source>The CA certificate file %1 does not exist.</source>
        <translation>%1 CA сертификат файлы жоқ.</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="220" />
        <source>The largest attachment cannot be larger than the largest message.</source>
        <translation>Ең үлкен тіркеме ең үлкен хаттан үлкен бола алмайды.</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="224" />
        <source>The desk mailbox needs a user.</source>
        <translation>Қызметтің пошта жәшігіне пайдаланушы қажет.</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="227" />
        <source>A mailbox password needs the server and the user.</source>
        <translation>Жәшік құпиясөзі үшін сервер мен пайдаланушы қажет.</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="230" />
        <source>An outgoing-mail password needs the user.</source>
        <translation>Шығыс пошта құпиясөзі үшін пайдаланушы қажет.</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="234" />
        <source>The sender must be an e-mail address.</source>
        <translation>Жіберуші электрондық пошта мекенжайы болуы керек.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="73" />
        <source>Kuty help desk — operator console</source>
        <translation>Куты қолдау қызметі — оператор консолі</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="140" />
        <source>Incidents</source>
        <translation>Инциденттер</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="202" />
        <source>Today's calls</source>
        <translation>Бүгінгі қоңыраулар</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="245" />
        <source>Calls</source>
        <translation>Қоңыраулар</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="246" />
        <source>The call, the caller's verification (KUTY-2.2) and today's calls</source>
        <translation>Сөйлесу, абонент верификациясы (KUTY-2.2) және бүгінгі қоңыраулар</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="260" />
        <source>Supervision</source>
        <translation>Бақылау</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="261" />
        <source>Notices, incidents (KUTY-3.x) and complaints (KUTY-1.2)</source>
        <translation>Хабарламалар, инциденттер (KUTY-3.x) және шағымдар (KUTY-1.2)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="274" />
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="275" />
        <source>Calls, outcomes, incidents, verification and complaints by day</source>
        <translation>Қоңыраулар, олардың нәтижелері, инциденттер, верификация және шағымдар күн бойынша</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="290" />
        <source>Administration</source>
        <translation>Әкімшілік</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="291" />
        <source>Seat settings, SIP accounts, users and imports</source>
        <translation>Жұмыс орнының баптаулары, SIP тіркелгілері, пайдаланушылар және импорт</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="309" />
        <source>Inbox</source>
        <translation>Хаттар</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="311" />
        <source>Written contacts: e-mails in order of arrival, thread, reply, notes, abuse and threats (KZP-30-9, CSC-2.4, KUTY-3.3/3.4)</source>
        <translation>Жазбаша өтініштер: түсу кезегі бойынша хаттар, хат алмасу, жауап, жазбалар, қорлау мен қорқыту (KZP-30-9, CSC-2.4, KUTY-3.3/3.4)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="327" />
        <source>Wallboard</source>
        <translation>Табло</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="365" />
        <source>Scripts</source>
        <translation>Сценарийлер</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="400" />
        <source>Caller</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="414" />
        <source>Dialling is not available on this console.</source>
        <translation>Бұл консольде нөмір теру қолжетімсіз.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="446" />
        <location filename="../main_window.py" line="575" />
        <source>No headset found: you cannot hear callers. Plug in the headset.</source>
        <translation>Гарнитура табылмады: абоненттерді естімейсіз. Гарнитураны қосыңыз.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="458" />
        <source>The phone engine stopped unexpectedly (%1). It is restarting; a call in progress was cut off and its recording is kept.</source>
        <translation>Телефон модулі күтпеген жерден тоқтады (%1). Ол қайта іске қосылуда; ағымдағы қоңырау үзілді, оның жазбасы сақталды.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="465" />
        <source>The phone engine is running again.</source>
        <translation>Телефон модулі қайта жұмыс істеп тұр.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="527" />
        <source>Could not %1: %2</source>
        <translation>%1 мүмкін болмады: %2</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="534" />
        <source>answer the call</source>
        <translation>қоңырауға жауап беру</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="535" />
        <source>reject the call</source>
        <translation>қоңырауды қабылдамау</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="536" />
        <source>hang up</source>
        <translation>қоңырауды аяқтау</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="537" />
        <source>put the call on hold</source>
        <translation>қоңырауды күтуге қою</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="538" />
        <source>resume the call</source>
        <translation>сөйлесуді жалғастыру</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="539" />
        <source>mute the microphone</source>
        <translation>микрофонды өшіру</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="540" />
        <source>send tones</source>
        <translation>тондық сигналдарды жіберу</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="541" />
        <source>place the call</source>
        <translation>қоңырау шалу</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="542" />
        <source>change your state</source>
        <translation>күйіңізді өзгерту</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="543" />
        <source>transfer the call</source>
        <translation>қоңырауды ауыстыру</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="544" />
        <source>call for a consultation</source>
        <translation>кеңесу үшін қоңырау шалу</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="545" />
        <source>complete the transfer</source>
        <translation>ауыстыруды аяқтау</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="546" />
        <source>register the SIP account</source>
        <translation>SIP тіркелгісін тіркеу</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="547" />
        <source>remove the SIP account</source>
        <translation>SIP тіркелгісін жою</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="555" />
        <source>RECORDING FAILED: this call is not being recorded (KUTY-1.1). Tell your supervisor now.</source>
        <translation>ЖАЗУ СӘТСІЗ: бұл қоңырау жазылмай жатыр (KUTY-1.1). Жетекшіге дереу хабарлаңыз.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="560" />
        <source>RECORDING STOPPED: the recordings folder takes no more audio, this call is being lost (KUTY-1.1). Tell your supervisor now; supervisors were notified.</source>
        <translation>ЖАЗУ ТОҚТАДЫ: жазбалар қалтасы енді дыбыс қабылдамайды, бұл қоңырау жоғалып жатыр (KUTY-1.1). Жетекшіге дереу хабарлаңыз; жетекшілерге хабарланды.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="564" />
        <source>Recording continues; the missing part is marked in the recording.</source>
        <translation>Жазу жалғасуда; өткізіп алынған бөлігі жазбада белгіленді.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="567" />
        <source>Little free space is left for recordings. Tell your supervisor before it runs out (KUTY-1.1).</source>
        <translation>Жазбаларға бос орын аз қалды. Ол таусылмай тұрып жетекшіге хабарлаңыз (KUTY-1.1).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="572" />
        <source>The phone engine cannot start (%1). Calls cannot be taken; tell the administrator.</source>
        <translation>Телефон модулі іске қосылмайды (%1). Қоңыраулар қабылданбайды; әкімшіге хабарлаңыз.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="578" />
        <source>The desk speakers for the ringtone cannot be opened: calls ring only in the headset. Check the ringer device in the settings.</source>
        <translation>Қоңырау сигналына арналған динамиктерді ашу мүмкін емес: қоңырау тек гарнитурада естіледі. Баптаулардан қоңырау құрылғысын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="583" />
        <source>A call was refused because it could not be recorded (KUTY-1.1): the caller heard an apology. Tell your supervisor now; supervisors were notified.</source>
        <translation>Қоңырауды жазу мүмкін болмағандықтан, ол қабылданбады (KUTY-1.1): абонент кешірім естіді. Жетекшіге дереу хабарлаңыз; жетекшілерге хабарланды.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="588" />
        <source>The database is unreachable: calls are still answered and recorded, their details are kept on this computer and saved when it is back.</source>
        <translation>Дерекқор қолжетімсіз: қоңыраулар бұрынғыдай қабылданып, жазылады, олардың деректері осы компьютерде сақталып, дерекқор қайта қосылғанда жазылады.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="592" />
        <source>The database is back; the kept call details were saved.</source>
        <translation>Дерекқор қайта қолжетімді; сақталған қоңырау деректері жазылды.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="595" />
        <source>Recordings interrupted by the engine failure could not be repaired. Tell your supervisor.</source>
        <translation>Модуль ақауынан үзілген жазбаларды қалпына келтіру мүмкін болмады. Жетекшіге хабарлаңыз.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="600" />
        <source>The STUN server did not answer: the phone uses this computer's local address. Calls through a provider outside the office may have no sound; tell the administrator.</source>
        <translation>STUN сервері жауап бермеді: телефон осы компьютердің жергілікті мекенжайын пайдаланады. Кеңседен тыс провайдер арқылы қоңырауларда дыбыс болмауы мүмкін; әкімшіге хабарлаңыз.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="606" />
        <source>ICE is switched off: the phone listens on a loopback address. Calls still work; set a network address in the settings to use ICE.</source>
        <translation>ICE өшірулі: телефон loopback мекенжайында тыңдайды. Қоңыраулар жұмыс істейді; ICE қосу үшін баптауларда желі мекенжайын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="609" />
        <source>Phone alert: %1</source>
        <translation>Телефон ескертуі: %1</translation>
    </message>
</context>
<context>
    <name>MessagesView</name>
    <message>
        <location filename="../messages_view.py" line="69" />
        <source>E-mail</source>
        <translation>Электрондық пошта</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="70" />
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="82" />
        <source>Log message</source>
        <translation>Өтінішті тіркеу</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="86" />
        <source>Written messages</source>
        <translation>Жазбаша өтініштер</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="88" />
        <source>Abuse — stop + report</source>
        <translation>Қорлау — тоқтату + хабарлау</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="91" />
        <source>Stop the correspondence and report to management (KUTY-3.3)</source>
        <translation>Хат алмасуды тоқтатып, басшылыққа хабарлау (KUTY-3.3)</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="93" />
        <source>Threat — stop + report + police</source>
        <translation>Қорқыту — тоқтату + хабарлау + полиция</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="96" />
        <source>Stop the correspondence, report to management and the police (KUTY-3.4)</source>
        <translation>Хат алмасуды тоқтатып, басшылыққа және полицияға хабарлау (KUTY-3.4)</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="107" />
        <source>Channel</source>
        <translation>Арна</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="108" />
        <source>Sender</source>
        <translation>Жіберуші</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="109" />
        <source>Subject</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="110" />
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="158" />
        <source>THREAT</source>
        <translation>ҚОРҚЫТУ</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="158" />
        <source>ABUSE</source>
        <translation>ҚОРЛАУ</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="178" />
        <source>Sender and text are required.</source>
        <translation>Жіберуші мен мәтінді көрсету қажет.</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="194" />
        <source>Message %1 logged (KUTY-1.1).</source>
        <translation>%1 өтініші тіркелді (KUTY-1.1).</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="217" />
        <source>Correspondence stopped; incident %1 filed.</source>
        <translation>Хат алмасу тоқтатылды; %1 инциденті тіркелді.</translation>
    </message>
    <message>
        <location filename="../messages_view.py" line="232" />
        <source>Not saved: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <location filename="../requests_view.py" line="56" />
        <source>New request</source>
        <translation>Жаңа сұрау</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="64" />
        <source>Comma-separated, empty = all numbers</source>
        <translation>Үтір арқылы; бос болса — барлық нөмірлер</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="70" />
        <source>Recordings</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="71" />
        <source>Correspondence</source>
        <translation>Хат алмасу</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="72" />
        <source>Transcripts</source>
        <translation>Транскрипциялар</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="73" />
        <source>Verification log</source>
        <translation>Верификация журналы</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="74" />
        <source>Incidents</source>
        <translation>Инциденттер</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="75" />
        <source>Complaints</source>
        <translation>Шағымдар</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="79" />
        <source>Requested by:</source>
        <translation>Сұраушы:</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="80" />
        <source>Office:</source>
        <translation>Мекеме:</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="81" />
        <source>Reference:</source>
        <translation>Құжат нөмірі:</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="82" />
        <source>Period from:</source>
        <translation>Кезең басы:</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="83" />
        <source>Period to:</source>
        <translation>Кезең соңы:</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="84" />
        <source>Numbers:</source>
        <translation>Нөмірлер:</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="85" />
        <source>Due:</source>
        <translation>Мерзімі:</translation>
    </message>
</context>
<context>
    <name>PlayerWidget</name>
    <message>
        <location filename="../player.py" line="69" />
        <source>Select a call and press Enter to play it.</source>
        <translation>Қоңырауды таңдап, тыңдау үшін Enter пернесін басыңыз.</translation>
    </message>
    <message>
        <location filename="../player.py" line="79" />
        <source>Track to play</source>
        <translation>Ойнатылатын жолақ</translation>
    </message>
    <message>
        <location filename="../player.py" line="81" />
        <source>Both (mixed)</source>
        <translation>Екеуі де (араласқан)</translation>
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
        <translation>Ойнату</translation>
    </message>
    <message>
        <location filename="../player.py" line="88" />
        <source>Play or pause (Space)</source>
        <translation>Ойнату немесе кідірту (Бос орын)</translation>
    </message>
    <message>
        <location filename="../player.py" line="89" />
        <source>−5 s</source>
        <translation>−5 с</translation>
    </message>
    <message>
        <location filename="../player.py" line="91" />
        <source>5 seconds back</source>
        <translation>5 секунд артқа</translation>
    </message>
    <message>
        <location filename="../player.py" line="92" />
        <source>5 seconds back (Left arrow)</source>
        <translation>5 секунд артқа (солға көрсеткі)</translation>
    </message>
    <message>
        <location filename="../player.py" line="93" />
        <source>+5 s</source>
        <translation>+5 с</translation>
    </message>
    <message>
        <location filename="../player.py" line="95" />
        <source>5 seconds forward</source>
        <translation>5 секунд алға</translation>
    </message>
    <message>
        <location filename="../player.py" line="96" />
        <source>5 seconds forward (Right arrow)</source>
        <translation>5 секунд алға (оңға көрсеткі)</translation>
    </message>
    <message>
        <location filename="../player.py" line="97" />
        <source>Stop</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <location filename="../player.py" line="101" />
        <source>Playback speed</source>
        <translation>Ойнату жылдамдығы</translation>
    </message>
    <message>
        <location filename="../player.py" line="107" />
        <source>Play position</source>
        <translation>Ойнату орны</translation>
    </message>
    <message>
        <location filename="../player.py" line="114" />
        <source>Markers</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <location filename="../player.py" line="115" />
        <source>Jump to marker</source>
        <translation>Белгіге өту</translation>
    </message>
    <message>
        <location filename="../player.py" line="132" />
        <source>Markers:</source>
        <translation>Белгілер:</translation>
    </message>
    <message>
        <location filename="../player.py" line="255" />
        <source>Checking the recording's integrity…</source>
        <translation>Жазбаның тұтастығы тексерілуде…</translation>
    </message>
    <message>
        <location filename="../player.py" line="284" />
        <source>Incident</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <location filename="../player.py" line="284" />
        <source>Key phrase</source>
        <translation>Кілт сөз тіркесі</translation>
    </message>
    <message>
        <location filename="../player.py" line="289" />
        <source>The key-phrase segment is masked (silence, red band).</source>
        <translation>Кілт сөз тіркесі бар үзінді жасырылған (үнсіздік, қызыл жолақ).</translation>
    </message>
    <message>
        <location filename="../player.py" line="300" />
        <source>No audio output device: playing without sound.</source>
        <translation>Дыбыс шығару құрылғысы жоқ: дыбыссыз ойнатылады.</translation>
    </message>
    <message>
        <location filename="../player.py" line="311" />
        <source>INTEGRITY CHECK FAILED: the %1 track of this recording is missing or was changed after the call (SHA-256 differs from the database). It will not be played. Tell the administrator.</source>
        <translation>ТҰТАСТЫҚ ТЕКСЕРУІНЕН ӨТПЕДІ: бұл жазбаның «%1» жолағы жоқ немесе қоңыраудан кейін өзгертілген (SHA-256 дерекқордағымен сәйкес келмейді). Ол ойнатылмайды. Әкімшіге хабарлаңыз.</translation>
    </message>
    <message>
        <location filename="../player.py" line="316" />
        <source>You may not play recordings.</source>
        <translation>Жазбаларды тыңдауға рұқсатыңыз жоқ.</translation>
    </message>
    <message>
        <location filename="../player.py" line="318" />
        <source>The recording cannot be played: %1</source>
        <translation>Жазбаны ойнату мүмкін емес: %1</translation>
    </message>
    <message>
        <location filename="../player.py" line="339" />
        <source>Pause</source>
        <translation>Кідірту</translation>
    </message>
</context>
<context>
    <name>PoliceHandoverDialog</name>
    <message>
        <location filename="../incidents_view.py" line="56" />
        <source>Incident %1: handed to police</source>
        <translation>%1 инциденті: полицияға берілді</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="70" />
        <source>Date handed over</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <location filename="../incidents_view.py" line="71" />
        <source>Police reference number</source>
        <translation>Полициядағы тіркеу нөмірі</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <location filename="../settings_pages.py" line="355" />
        <location filename="../settings_pages.py" line="378" />
        <source>Policy of this seat</source>
        <translation>Осы жұмыс орнының регламенті</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="360" />
        <source>Regulation %1 (rule ids %1-…), from %2</source>
        <translation>%1 регламенті (ережелер %1-…), дереккөзі: %2</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="365" />
        <source>This policy file cannot be read</source>
        <translation>Бұл регламент файлын оқу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="371" />
        <source>What the operator may do and say, the channels, hours and deadlines follow the regulation chosen here. It applies after a console restart.</source>
        <translation>Оператордың не істеп, не айта алатыны, арналар, жұмыс уақыты мен мерзімдер осы жерде таңдалған регламент бойынша болады. Консоль қайта іске қосылғаннан кейін күшіне енеді.</translation>
    </message>
</context>
<context>
    <name>ProfileImport</name>
    <message>
        <location filename="../admin_import.py" line="49" />
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="50" />
        <source>First name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="51" />
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="52" />
        <source>Phones</source>
        <translation>Телефондар</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="53" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="54" />
        <source>Key phrase</source>
        <translation>Кілт сөз тіркесі</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="55" />
        <source>Applications</source>
        <translation>Өтінімдер</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="56" />
        <source>Application number</source>
        <translation>Өтінім нөмірі</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="57" />
        <source>Child's first name</source>
        <translation>Баланың аты</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="58" />
        <source>Application status</source>
        <translation>Өтінім күйі</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="59" />
        <source>Created</source>
        <translation>Жасалды</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="60" />
        <source>Updated</source>
        <translation>Жаңартылды</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="61" />
        <source>Kindergartens</source>
        <translation>Балабақшалар</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="64" />
        <source>The whole row</source>
        <translation>Бүкіл жол</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="71" />
        <source>Empty; it is required</source>
        <translation>Бос; өріс міндетті</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="72" />
        <source>Not text</source>
        <translation>Мәтін емес</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="73" />
        <source>Too long</source>
        <translation>Тым ұзын</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="74" />
        <source>Contains a control character</source>
        <translation>Басқару таңбасы бар</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="77" />
        <source>Too many phone numbers</source>
        <translation>Телефон нөмірлері тым көп</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="78" />
        <source>Not a valid phone number</source>
        <translation>Телефон нөмірі жарамсыз</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="79" />
        <source>Not a valid date</source>
        <translation>Күні жарамсыз</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="80" />
        <source>The same profile appears earlier in the file</source>
        <translation>Дәл осы профиль файлда жоғарырақ бар</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="83" />
        <source>Empty once spaces and punctuation are removed</source>
        <translation>Бос орындар мен тыныс белгілерінсіз бос</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="86" />
        <source>The row has a different number of columns than the header</source>
        <translation>Жолдағы бағандар саны тақырыпшадағыдан басқаша</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="89" />
        <source>No profile has this phone and surname</source>
        <translation>Мұндай телефоны мен тегі бар профиль жоқ</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="92" />
        <source>Several profiles have this phone and surname; add the first name</source>
        <translation>Бірнеше профильде осындай телефон мен тек бар; атын қосыңыз</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="95" />
        <source>Matches several existing profiles (same names, a shared phone)</source>
        <translation>Бірнеше бар профильге сәйкес келеді (аттары бірдей, телефоны ортақ)</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="98" />
        <source>Updates the same existing profile as an earlier row</source>
        <translation>Жоғарыдағы жол жаңартатын бар профильді жаңартады</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="102" />
        <source>Cannot be imported</source>
        <translation>Импортталмайды</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="110" />
        <source>Cancelled; nothing was imported.</source>
        <translation>Болдырылмады; ештеңе импортталмады.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="113" />
        <source>The file changed while it was imported; nothing was imported.</source>
        <translation>Импорт кезінде файл өзгерді; ештеңе импортталмады.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="116" />
        <source>The file is larger than %1 MB; split the export.</source>
        <translation>Файл %1 МБ-тан үлкен; экспортты бөліңіз.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="119" />
        <source>The file cannot be read.</source>
        <translation>Файлды оқу мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="122" />
        <source>The file is not UTF-8 (line %1); export it as UTF-8.</source>
        <translation>Файл UTF-8 емес (%1-жол); оны UTF-8 ретінде экспорттаңыз.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="125" />
        <source>Line %1 is not valid CSV.</source>
        <translation>%1-жол — жарамсыз CSV.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="128" />
        <source>Line %1 is not valid JSON.</source>
        <translation>%1-жол — жарамсыз JSON.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="131" />
        <source>The JSON file is not a list of profiles.</source>
        <translation>JSON файлы профильдер тізімі емес.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="134" />
        <source>The file has no header row.</source>
        <translation>Файлда тақырыпша жолы жоқ.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="137" />
        <source>Columns missing from the header: %1.</source>
        <translation>Тақырыпшада бағандар жетіспейді: %1.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="140" />
        <source>Columns given twice: %1.</source>
        <translation>Бағандар қайталанады: %1.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="143" />
        <source>The header has too many columns; is this the Service's export?</source>
        <translation>Тақырыпшада бағандар тым көп; бұл шынымен Сервистің экспорты ма?</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="146" />
        <source>Line %1 is too long; is this the Service's export?</source>
        <translation>%1-жол тым ұзын; бұл шынымен Сервистің экспорты ма?</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="149" />
        <source>The JSON is nested too deeply; is this the Service's export?</source>
        <translation>JSON тым терең кірістірілген; бұл шынымен Сервистің экспорты ма?</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="152" />
        <source>A JSON item is too large; is this the Service's export?</source>
        <translation>JSON жазбасы тым үлкен; бұл шынымен Сервистің экспорты ма?</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="155" />
        <source>Problems in the file: %1; nothing was imported.</source>
        <translation>Файлдағы ақаулар: %1; ештеңе импортталмады.</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="168" />
        <source>Checking rows</source>
        <translation>Жолдар тексерілуде</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="170" />
        <source>Protecting key phrases</source>
        <translation>Кілт сөз тіркестері қорғалуда</translation>
    </message>
    <message>
        <location filename="../admin_import.py" line="172" />
        <source>Saving profiles</source>
        <translation>Профильдер сақталуда</translation>
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
        <translation>Басы</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="100" />
        <source>To</source>
        <translation>Соңы</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="105" />
        <source>Calls from this date</source>
        <translation>Осы күннен бастапқы қоңыраулар</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="106" />
        <source>Calls up to this date</source>
        <translation>Осы күнге дейінгі қоңыраулар</translation>
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
        <translation>Кез келген оператор</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="113" />
        <source>Caller number, e.g. +380671234567</source>
        <translation>Абонент нөмірі, мысалы +380671234567</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="114" />
        <source>starts with</source>
        <translation>басталуы</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="117" />
        <source>Any verification</source>
        <translation>Кез келген тексеру</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="119" />
        <source>Verified</source>
        <translation>Верификацияланды</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="120" />
        <source>Not verified</source>
        <translation>Верификацияланбады</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="121" />
        <source>Locked</source>
        <translation>Бұғатталды</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="126" />
        <source>With or without incidents</source>
        <translation>Инциденттермен немесе инциденттерсіз</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="127" />
        <location filename="../recordings_browser.py" line="398" />
        <source>Abuse</source>
        <translation>Қорлау</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="127" />
        <location filename="../recordings_browser.py" line="398" />
        <source>Threat</source>
        <translation>Қорқыту</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="131" />
        <source>Held or not</source>
        <translation>Жоюға тыйыммен немесе тыйымсыз</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="132" />
        <source>On legal hold</source>
        <translation>Жоюға тыйым салынған</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="132" />
        <source>Not held</source>
        <translation>Жоюға тыйым жоқ</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="136" />
        <source>With or without complaint</source>
        <translation>Шағыммен немесе шағымсыз</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="137" />
        <source>With complaint</source>
        <translation>Шағыммен</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="137" />
        <source>Without complaint</source>
        <translation>Шағымсыз</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="139" />
        <source>Wrap-up: topic, notes or registration number</source>
        <translation>Қорытынды: тақырып, жазбалар немесе тіркеу нөмірі</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="144" />
        <source>A word, any case; Enter searches</source>
        <translation>Сөз, кез келген регистр; Enter — іздеу</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="148" />
        <location filename="../recordings_browser.py" line="149" />
        <source>The wrap-up's category, as the operator chose it</source>
        <translation>Оператор таңдаған қорытынды санаты</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="161" />
        <location filename="../recordings_browser.py" line="162" />
        <source>How the call ended</source>
        <translation>Қоңырау қалай аяқталды</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="163" />
        <source>Any ending</source>
        <translation>Кез келген аяқталу</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="175" />
        <source>Order of the calls</source>
        <translation>Қоңыраулар реті</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="176" />
        <source>Newest first</source>
        <translation>Алдымен жаңалары</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="177" />
        <source>Oldest first</source>
        <translation>Алдымен ескілері</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="178" />
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="180" />
        <source>◀ Previous</source>
        <translation>◀ Алдыңғы</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="181" />
        <source>Next ▶</source>
        <translation>Келесі ▶</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="183" />
        <source>Export selected…</source>
        <translation>Таңдалғандарды экспорттау…</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="186" />
        <source>Transcript…</source>
        <translation>Стенограмма…</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="192" />
        <source>Calls found</source>
        <translation>Табылған қоңыраулар</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="196" />
        <source>Rang at</source>
        <translation>Қоңырау уақыты</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="197" />
        <source>Number</source>
        <translation>Нөмір</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="199" />
        <source>Verification</source>
        <translation>Верификация</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="200" />
        <source>Duration</source>
        <translation>Ұзақтығы</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="201" />
        <source>Incidents</source>
        <translation>Инциденттер</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="202" />
        <source>Hold</source>
        <translation>Жоюға тыйым</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="203" />
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="204" />
        <source>Reg. number</source>
        <translation>Тірк. нөмірі</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="205" />
        <source>Topic</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="206" />
        <source>How it ended</source>
        <translation>Қалай аяқталды</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="281" />
        <source>Any category</source>
        <translation>Кез келген санат</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="357" />
        <source>Searching…</source>
        <translation>Ізделуде…</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="367" />
        <source>Search failed: %1</source>
        <translation>Іздеу сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="383" />
        <source>Page %1: %2 calls</source>
        <translation>%1-бет: қоңыраулар — %2</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="401" />
        <source>Withheld</source>
        <translation>Нөмір жасырылған</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="408" />
        <source>held</source>
        <translation>күшінде</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="422" />
        <source>Wrap-up incomplete</source>
        <translation>Қорытынды аяқталмаған</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="423" />
        <source>%1 (wrap-up incomplete)</source>
        <translation>%1 (қорытынды аяқталмаған)</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="465" />
        <location filename="../recordings_browser.py" line="473" />
        <source>This call has no recording.</source>
        <translation>Бұл қоңыраудың жазбасы жоқ.</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="497" />
        <source>Select the calls to export first.</source>
        <translation>Алдымен экспортталатын қоңырауларды таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>RecordingsPage</name>
    <message>
        <location filename="../settings_dialog.py" line="81" />
        <source>default: the data folder's recordings</source>
        <translation>әдепкі: деректер қалтасындағы recordings қалтасы</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="82" />
        <source>Check</source>
        <translation>Тексеру</translation>
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
        <translation>Жазбаларға қалдырылатын бос орын</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="98" />
        <source>Every seat warns the operator and supervisors when the recordings folder has less free space than this, before calls can no longer be recorded (KUTY-1.1). 1000 MB is about 2 hours of calls; 0 turns the warning off.</source>
        <translation>Жазбалар қалтасында бос орын осыдан аз қалғанда, қоңырауларды жазу тоқтағанға дейін әр жұмыс орны операторға және жетекшілерге ескертеді (KUTY-1.1). 1000 МБ — шамамен 2 сағаттық қоңырау; 0 ескертуді өшіреді.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="104" />
        <source>Recordings folder</source>
        <translation>Жазбалар қалтасы</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="120" />
        <source>Cannot write to this folder: %1</source>
        <translation>Бұл қалтаға жазу мүмкін емес: %1</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="127" />
        <source>This folder is on a network share (%1). Recordings are written there during calls: if the share is slow or drops, recording fails. Use it only on a reliable network.</source>
        <translation>Бұл қалта желілік ресурста орналасқан (%1). Жазбалар оған қоңырау кезінде жазылады: ресурс баяу болса немесе ажыраса, жазу сәтсіз болады. Тек сенімді желіде пайдаланыңыз.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="134" />
        <source>The folder is writable.</source>
        <translation>Қалтаға жазуға болады.</translation>
    </message>
</context>
<context>
    <name>RecordingsScreen</name>
    <message>
        <location filename="../recordings_browser.py" line="674" />
        <source>Recordings</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="675" />
        <source>Find, play and export recordings; requests (KUTY-1.3)</source>
        <translation>Жазбаларды іздеу, тыңдау және экспорттау; сұраулар (KUTY-1.3)</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="683" />
        <source>&amp;Recordings</source>
        <translation>&amp;Жазбалар</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="684" />
        <source>Browse and play recordings…</source>
        <translation>Жазбаларды қарау және тыңдау…</translation>
    </message>
</context>
<context>
    <name>RecordingsWindow</name>
    <message>
        <location filename="../recordings_browser.py" line="524" />
        <source>Recordings</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="551" />
        <source>Calls</source>
        <translation>Қоңыраулар</translation>
    </message>
    <message>
        <location filename="../recordings_browser.py" line="557" />
        <source>Requests (KUTY-1.3)</source>
        <translation>Сұраулар (KUTY-1.3)</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <location filename="../requests_view.py" line="153" />
        <source>Requests register (KUTY-1.3)</source>
        <translation>Сұраулар тізілімі (KUTY-1.3)</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="156" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="157" />
        <source>Requested by</source>
        <translation>Сұраушы</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="158" />
        <source>Received</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="159" />
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="160" />
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="161" />
        <source>Dossier</source>
        <translation>Досье</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="167" />
        <source>New request…</source>
        <translation>Жаңа сұрау…</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="168" />
        <source>Fulfil selected</source>
        <translation>Таңдалғанды орындау</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="169" />
        <source>Preview dossier</source>
        <translation>Досьені алдын ала қарау</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="172" />
        <source>What the selected request's dossier will hold, before it is built (KUTY-1.3)</source>
        <translation>Досье жасалмай тұрып, таңдалған сұрау досьесіне не кіретінін көрсету (KUTY-1.3)</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="177" />
        <source>Dossier preview</source>
        <translation>Досьенің алдын ала көрінісі</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="179" />
        <source>Select a request and press Preview dossier to see what it will hold.</source>
        <translation>Досьеде не болатынын көру үшін сұрауды таңдап, «Досьені алдын ала қарау» түймесін басыңыз.</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="181" />
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="183" />
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="219" />
        <source>Cannot list requests: %1</source>
        <translation>Сұрауларды көрсету мүмкін емес: %1</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="261" />
        <source>Request %1 registered.</source>
        <translation>%1 сұрауы тіркелді.</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="267" />
        <source>Not registered: %1</source>
        <translation>Тіркелмеді: %1</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="286" />
        <source>Queued transcripts: %1 made, %2 not transcribed (see the preview).</source>
        <translation>Кезектегі стенограммалар: жасалды — %1, жасалмады — %2 (алдын ала көріністі қараңыз).</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="294" />
        <source>Queued transcripts were not made: %1</source>
        <translation>Кезектегі стенограммалар жасалмады: %1</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="303" />
        <source>Select a request first.</source>
        <translation>Алдымен сұрауды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="318" />
        <source>No preview: %1</source>
        <translation>Алдын ала көрініс жоқ: %1</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="337" />
        <source>Building the dossier…</source>
        <translation>Досье жасалуда…</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="356" />
        <source>Cancelled: no dossier was kept.</source>
        <translation>Болдырылмады: досье сақталмады.</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="358" />
        <source>Not fulfilled: %1</source>
        <translation>Орындалмады: %1</translation>
    </message>
    <message>
        <location filename="../requests_view.py" line="361" />
        <source>Dossier ready: %1</source>
        <translation>Досье дайын: %1</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="22" />
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="23" />
        <source>Dossier being built</source>
        <translation>Досье жасалуда</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="24" />
        <source>Fulfilled</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="25" />
        <source>Withdrawn</source>
        <translation>Кері алынды</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="27" />
        <source>Unknown state</source>
        <translation>Белгісіз күй</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="29" />
        <source>%1 ⚠ overdue</source>
        <translation>%1 ⚠ мерзімі өтті</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="38" />
        <source>transcript included</source>
        <translation>стенограмма қосылды</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="39" />
        <source>not transcribed: still queued</source>
        <translation>стенограмма жасалмады: әлі кезекте</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="42" />
        <source>not transcribed: the transcription failed</source>
        <translation>стенограмма жасалмады: тану сәтсіз аяқталды</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="45" />
        <source>not transcribed: no transcription engine or model on this seat</source>
        <translation>стенограмма жасалмады: бұл жұмыс орнында тану модулі немесе моделі жоқ</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="48" />
        <source>not transcribed: never queued</source>
        <translation>стенограмма жасалмады: кезекке қойылмаған</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="57" />
        <source>Abuse</source>
        <translation>Қорлау</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="58" />
        <source>Threat</source>
        <translation>Қорқыту</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="59" />
        <source>Incident</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="66" />
        <source>Request No. %1: calls %2, recordings %3.</source>
        <translation>№ %1 сұрау: қоңыраулар — %2, жазбалар — %3.</translation>
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
        <translation>екі жолақ та</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="78" />
        <source>Recordings:</source>
        <translation>Жазбалар:</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="83" />
        <source>a track file is missing</source>
        <translation>жолақ файлы жоқ</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="95" />
        <source>Transcripts: %1 included, %2 not transcribed.</source>
        <translation>Стенограммалар: қосылды — %1, жасалмады — %2.</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="102" />
        <source>Wrap-ups:</source>
        <translation>Қорытындылар:</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="104" />
        <source>no registration number</source>
        <translation>тіркеу нөмірі жоқ</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="110" />
        <source>Incidents: %1</source>
        <translation>Инциденттер: %1</translation>
    </message>
    <message>
        <location filename="../request_texts.py" line="118" />
        <source>Written messages: %1</source>
        <translation>Жазбаша өтініштер: %1</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../settings_pages.py" line="282" />
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="283" />
        <source>keep all</source>
        <translation>барлығын сақтау</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="285" />
        <location filename="../settings_pages.py" line="308" />
        <source>Keep recordings for</source>
        <translation>Жазбаларды сақтау мерзімі</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="288" />
        <source>Recordings older than this are deleted by the nightly run; held, requested and complaint recordings stay (KUTY-1.1, KUTY-1.3). 0 keeps all.</source>
        <translation>Осы мерзімнен ескі жазбаларды түнгі іске қосу жояды; жоюға тыйым салынған, сұралған және шағымға қатысты жазбалар қалады (KUTY-1.1, KUTY-1.3). 0 — барлығын сақтау.</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="294" />
        <source>PocketSphinx (English, shipped)</source>
        <translation>PocketSphinx (ағылшын тілі, жиынтықта)</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="295" />
        <source>faster-whisper (Ukrainian, a model folder)</source>
        <translation>faster-whisper (украин тілі, модель қалтасы)</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="299" />
        <source>the faster-whisper model folder</source>
        <translation>faster-whisper модель қалтасы</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="300" />
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="309" />
        <source>Transcription engine</source>
        <translation>Тану жүйесі</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="310" />
        <location filename="../settings_pages.py" line="322" />
        <source>Model folder</source>
        <translation>Модель қалтасы</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="332" />
        <source>faster-whisper needs its model folder.</source>
        <translation>faster-whisper үшін модель қалтасы қажет.</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="335" />
        <source>The folder %1 does not exist.</source>
        <translation>%1 қалтасы жоқ.</translation>
    </message>
</context>
<context>
    <name>RingAlert</name>
    <message>
        <location filename="../ring_alert.py" line="61" />
        <source>Second call waiting</source>
        <translation>Екінші қоңырау күтуде</translation>
    </message>
    <message>
        <location filename="../ring_alert.py" line="61" />
        <source>Incoming call</source>
        <translation>Кіріс қоңырау</translation>
    </message>
</context>
<context>
    <name>ScriptsPanel</name>
    <message>
        <location filename="../scripts_panel.py" line="63" />
        <source>Scripts</source>
        <translation>Сценарийлер</translation>
    </message>
    <message>
        <location filename="../scripts_panel.py" line="67" />
        <source>Script text to read aloud</source>
        <translation>Дауыстап оқуға арналған сценарий мәтіні</translation>
    </message>
    <message>
        <location filename="../scripts_panel.py" line="79" />
        <source>This desk's policy has no scripts.</source>
        <translation>Бұл қызметтің саясатында сценарийлер жоқ.</translation>
    </message>
    <message>
        <location filename="../scripts_panel.py" line="102" />
        <source>Scripts to read aloud (%1 to come here; arrows choose; Enter records a refusal)</source>
        <translation>Дауыстап оқуға арналған сценарийлер (%1 — осында өту; бағыттауыштар — таңдау; Enter — бас тартуды жазу)</translation>
    </message>
    <message>
        <location filename="../scripts_panel.py" line="130" />
        <source>Rules: %1</source>
        <translation>Ережелер: %1</translation>
    </message>
    <message>
        <location filename="../scripts_panel.py" line="134" />
        <source>Refused: %1</source>
        <translation>Бас тартылды: %1</translation>
    </message>
    <message>
        <location filename="../scripts_panel.py" line="138" />
        <source>Put "refused: %1" on the wrap-up of this call (Enter in the list)</source>
        <translation>Осы қоңыраудың қорытындысына «бас тартылды: %1» қосу (тізімде Enter)</translation>
    </message>
    <message>
        <location filename="../scripts_panel.py" line="159" />
        <source>Added to the wrap-up: refused %1.</source>
        <translation>Қорытындыға қосылды: бас тартылды %1.</translation>
    </message>
    <message>
        <location filename="../scripts_panel.py" line="161" />
        <source>No call or open wrap-up to add "refused: %1" to.</source>
        <translation>«Бас тартылды: %1» қосатын қоңырау немесе ашық қорытынды жоқ.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="277" />
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="295" />
        <source>Language (after a console restart)</source>
        <translation>Тіл (консоль қайта іске қосылғаннан кейін)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="297" />
        <source>SIP accounts</source>
        <translation>SIP тіркелгілері</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="298" />
        <source>Audio</source>
        <translation>Дыбыс</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="299" />
        <source>Calls</source>
        <translation>Қоңыраулар</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="300" />
        <source>Recordings</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="301" />
        <source>Database</source>
        <translation>Дерекқор</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="302" />
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="309" />
        <source>E-mail</source>
        <translation>Электрондық пошта</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="310" />
        <source>Retention and transcription</source>
        <translation>Сақтау және транскрипция</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="311" />
        <source>Policy</source>
        <translation>Регламент</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="318" />
        <source>Restart the phone engine to apply</source>
        <translation>Қолдану үшін телефон модулін қайта іске қосу</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="416" />
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="428" />
        <source>Not saved: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="446" />
        <source>&amp;Settings</source>
        <translation>&amp;Баптаулар</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="447" />
        <source>Settings…</source>
        <translation>Баптаулар…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="454" />
        <source>Settings saved.</source>
        <translation>Баптаулар сақталды.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="457" />
        <source>Settings saved. They apply when the phone engine restarts (not during a call).</source>
        <translation>Баптаулар сақталды. Олар телефон модулі қайта іске қосылғанда күшіне енеді (қоңырау кезінде емес).</translation>
    </message>
</context>
<context>
    <name>SettingsPages</name>
    <message>
        <location filename="../settings_pages.py" line="44" />
        <source>Kuty community: kindergarten-queue support desk</source>
        <translation>Куты қауымдастығы: балабақша кезегін қолдау қызметі</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="47" />
        <source>Preschool-queue portal support (Kazakhstan), chat only</source>
        <translation>Мектепке дейінгі ұйымдар кезегі порталын қолдау (Қазақстан), тек чат</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="50" />
        <source>Eurasian Electronic Portal support</source>
        <translation>Еуразиялық электрондық порталды қолдау</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="51" />
        <source>Control System Center support, written channels only</source>
        <translation>Control System Center қолдауы, тек жазбаша арналар</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="72" />
        <source>stored in the keyring; empty: unchanged</source>
        <translation>кілттер қоймасында сақталған; бос болса: өзгеріссіз</translation>
    </message>
    <message>
        <location filename="../settings_pages.py" line="74" />
        <source>kept in the keyring</source>
        <translation>кілттер қоймасында сақталады</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../sign_in.py" line="65" />
        <source>Kuty — sign in</source>
        <translation>Куты — кіру</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="80" />
        <source>Username:</source>
        <translation>Пайдаланушы аты:</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="81" />
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="86" />
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="92" />
        <source>Sign in with your Kuty account.</source>
        <translation>Куты тіркелгіңізбен кіріңіз.</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="102" />
        <source>Enter your username and password.</source>
        <translation>Пайдаланушы аты мен құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="125" />
        <source>Too many failed attempts: this account is locked until %1. Try again later or ask an administrator to reset the password.</source>
        <translation>Сәтсіз әрекеттер тым көп: тіркелгі %1 дейін бұғатталды. Кейінірек қайталаңыз немесе әкімшіден құпиясөзді қалпына келтіруді сұраңыз.</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="129" />
        <source>Wrong username or password.</source>
        <translation>Пайдаланушы аты немесе құпиясөз қате.</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="131" />
        <source>Sign-in is not possible: %1</source>
        <translation>Кіру мүмкін емес: %1</translation>
    </message>
</context>
<context>
    <name>StatusWidget</name>
    <message>
        <location filename="../status_widget.py" line="29" />
        <location filename="../status_widget.py" line="133" />
        <source>● REC</source>
        <translation>● ЖАЗЫЛУДА</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="32" />
        <location filename="../status_widget.py" line="135" />
        <source>This call is being recorded (KUTY-1.1)</source>
        <translation>Бұл қоңырау жазылып жатыр (KUTY-1.1)</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="80" />
        <source>Phone: starting…</source>
        <translation>Телефон: іске қосылуда…</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="81" />
        <source>Phone: ready</source>
        <translation>Телефон: дайын</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="82" />
        <source>Phone: stopped unexpectedly</source>
        <translation>Телефон: күтпеген жерден тоқтады</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="83" />
        <source>Phone: restarting…</source>
        <translation>Телефон: қайта іске қосылуда…</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="84" />
        <source>Phone: stopped</source>
        <translation>Телефон: тоқтатылды</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="99" />
        <source>no OpenSSL: SIP over TLS is unavailable</source>
        <translation>OpenSSL жоқ: TLS арқылы SIP қолжетімсіз</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="101" />
        <source>PJSIP %1; TLS: %2</source>
        <translation>PJSIP %1; TLS: %2</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="102" />
        <source>version unknown</source>
        <translation>нұсқасы белгісіз</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="105" />
        <source>Listening on %1</source>
        <translation>%1 мекенжайында қоңырау қабылдайды</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="107" />
        <source>Headset: %1</source>
        <translation>Гарнитура: %1</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="111" />
        <source>⚠ No headset</source>
        <translation>⚠ Гарнитура жоқ</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="124" />
        <source>⚠ REC STOPPED</source>
        <translation>⚠ ЖАЗУ ТОҚТАДЫ</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="128" />
        <source>Audio of this call is being lost: the recordings folder takes no more audio (KUTY-1.1). Tell your supervisor.</source>
        <translation>Бұл қоңыраудың дыбысы жоғалып жатыр: жазбалар қалтасы енді дыбыс қабылдамайды (KUTY-1.1). Жетекшіге хабарлаңыз.</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="173" />
        <source>Registration failed: %1 %2</source>
        <translation>Тіркеу қатесі: %1 %2</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="182" />
        <source>Registered: %1</source>
        <translation>Тіркелді: %1</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="188" />
        <source>Not registered: %1</source>
        <translation>Тіркелмеген: %1</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="191" />
        <source>Local mode (no registration)</source>
        <translation>Жергілікті режим (тіркеусіз)</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="198" />
        <source>%1 refused INVITEs from unknown hosts</source>
        <translation>Белгісіз түйіндерден қабылданбаған INVITE: %1</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="201" />
        <source>STUN: public address from %1</source>
        <translation>STUN: жалпыға ортақ мекенжай %1 арқылы</translation>
    </message>
    <message>
        <location filename="../status_widget.py" line="203" />
        <source>STUN failed: %1</source>
        <translation>STUN сәтсіз: %1</translation>
    </message>
</context>
<context>
    <name>SupervisorQueue</name>
    <message>
        <location filename="../supervisor_queue.py" line="67" />
        <source>Notices waiting for acknowledgement</source>
        <translation>Растауды күтіп тұрған хабарламалар</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="70" />
        <source>What management did (required)</source>
        <translation>Басшылық не істеді (міндетті)</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="71" />
        <source>Acknowledge</source>
        <translation>Растау</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="74" />
        <source>Acknowledge the selected report or alert (KUTY-1.1, KUTY-3.1..3.4)</source>
        <translation>Таңдалған хабарламаны немесе ескертуді растау (KUTY-1.1, KUTY-3.1..3.4)</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="79" />
        <location filename="../supervisor_queue.py" line="310" />
        <source>Open the call</source>
        <translation>Қоңырауды ашу</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="82" />
        <source>Play the selected incident's call from where the button was pressed</source>
        <translation>Таңдалған инциденттің қоңырауын түйме басылған жерден ойнату</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="84" />
        <source>Sound for new incident notices</source>
        <translation>Жаңа инциденттер туралы хабарламалардың дыбысы</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="87" />
        <source>A short chime when a new incident is reported; untick to mute it</source>
        <translation>Жаңа инцидент туралы хабарланғанда қысқа сигнал; өшіру үшін белгіні алып тастаңыз</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="97" />
        <source>Reports and alerts awaiting acknowledgement</source>
        <translation>Растауды күтіп тұрған хабарламалар мен ескертулер</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="98" />
        <source>E-mail reports not delivered yet</source>
        <translation>Әлі жеткізілмеген хабарлама хаттары</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="101" />
        <source>E-mails not delivered yet</source>
        <translation>Әлі жеткізілмеген хаттар</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="154" />
        <source>Call recording stalled</source>
        <translation>Қоңырау жазбасы тоқтап қалды</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="155" />
        <source>Call recording failed</source>
        <translation>Қоңырауды жазу сәтсіз аяқталды</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="156" />
        <source>Low disk space for recordings</source>
        <translation>Жазбаларға орын аз</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="157" />
        <source>Recordings could not be reconciled</source>
        <translation>Жазбаларды салыстыру мүмкін болмады</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="158" />
        <source>A call was refused: all lines of a seat were busy</source>
        <translation>Қоңырау қабылданбады: жұмыс орнының барлық желілері бос емес еді</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="160" />
        <source>System alert</source>
        <translation>Жүйелік ескерту</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="171" />
        <source>%1 — e-mail to %2 — %3 failed attempt(s); next retry %4</source>
        <translation>%1 — %2 мекенжайына хат — сәтсіз әрекеттер: %3; келесі әрекет %4</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="175" />
        <source>Incident %1 — e-mail to %2 — %3 failed attempt(s); next retry %4</source>
        <translation>%1 инциденті — %2 мекенжайына хат — сәтсіз әрекеттер: %3; келесі әрекет %4</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="190" />
        <source>E-mail reports not delivered yet (%1): retried automatically</source>
        <translation>Әлі жеткізілмеген хаттар (%1): жіберу автоматты түрде қайталанады</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="227" />
        <source>operator %1</source>
        <translation>оператор %1</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="238" />
        <source>Abuse</source>
        <translation>Қорлау</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="239" />
        <source>Threat</source>
        <translation>Қорқыту</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="240" />
        <source>Withdrawn: pressed by mistake</source>
        <translation>Кері алынды: қателесіп басылған</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="241" />
        <source>Threat reclassified as abuse</source>
        <translation>Қорқыту қорлау ретінде қайта сараланды</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="250" />
        <source>Alert: %1 — seat %2 — %3</source>
        <translation>Ескерту: %1 — %2 жұмыс орны — %3</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="255" />
        <source>Incident %1 — %2 — %3</source>
        <translation>%1 инциденті — %2 — %3</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="307" />
        <source>Open the call at %1</source>
        <translation>Қоңырауды %1 бастап ашу</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="318" />
        <source>withheld</source>
        <translation>жасырылған</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="319" />
        <source>Incident %1 — %2</source>
        <translation>%1 инциденті — %2</translation>
    </message>
    <message>
        <location filename="../supervisor_queue.py" line="337" />
        <source>Notification %1 acknowledged.</source>
        <translation>%1 хабарламасы расталды.</translation>
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
        <translation>Транскрипциялау</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="130" />
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="135" />
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="135" />
        <source>Speaker</source>
        <translation>Кім сөйлейді</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="135" />
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="147" />
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="148" />
        <source>Export PDF…</source>
        <translation>PDF экспорттау…</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="149" />
        <source>Export DOCX…</source>
        <translation>DOCX экспорттау…</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="155" />
        <source>Version:</source>
        <translation>Нұсқа:</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="223" />
        <location filename="../transcript_editor.py" line="431" />
        <source>You may not read transcripts of recordings.</source>
        <translation>Жазбалардың стенограммаларын қарауға рұқсатыңыз жоқ.</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="225" />
        <source>The transcript cannot be shown: %1</source>
        <translation>Стенограмманы көрсету мүмкін емес: %1</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="240" />
        <source>This recording has no transcript yet.</source>
        <translation>Бұл жазбаның әлі стенограммасы жоқ.</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="245" />
        <source>The key phrase is hidden for your role; those lines cannot be edited.</source>
        <translation>Кілт сөз тіркесі сіздің рөліңіз үшін жасырылған; бұл жолдарды өңдеуге болмайды.</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="255" />
        <source>Version %1 — %2, %3</source>
        <translation>%1-нұсқа — %2, %3</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="260" />
        <source>%1 (machine draft)</source>
        <translation>%1 (машиналық жоба)</translation>
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
        <translation>Сіздің рөліңіз үшін жасырылған.</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="323" />
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="327" />
        <source>Not saved: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="330" />
        <source>Saved as version %1.</source>
        <translation>%1-нұсқа ретінде сақталды.</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="389" />
        <source>Transcription cannot start: %1</source>
        <translation>Тануды бастау мүмкін емес: %1</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="398" />
        <source>Transcribing… This takes about as long as the call.</source>
        <translation>Тану жүріп жатыр… Бұл шамамен сөйлесу қанша созылса, сонша уақыт алады.</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="403" />
        <source>Cancelling…</source>
        <translation>Болдырылмауда…</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="422" />
        <source>Transcribed.</source>
        <translation>Стенограмма жасалды.</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="427" />
        <source>Transcription cancelled: nothing was stored.</source>
        <translation>Тану болдырылмады: ештеңе сақталмады.</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="434" />
        <source>INTEGRITY CHECK FAILED: a track of this recording is missing or was changed after the call. It was not transcribed. Tell the administrator.</source>
        <translation>ТҰТАСТЫҚ ТЕКСЕРУІНЕН ӨТПЕДІ: бұл жазбаның жолағы жоқ немесе қоңыраудан кейін өзгертілген. Стенограмма жасалмады. Әкімшіге хабарлаңыз.</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="438" />
        <source>Transcription failed: %1</source>
        <translation>Тану сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="454" />
        <source>Export transcript</source>
        <translation>Стенограмманы экспорттау</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="469" />
        <source>You may not export recordings.</source>
        <translation>Жазбаларды экспорттауға рұқсатыңыз жоқ.</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="471" />
        <source>Export failed: %1</source>
        <translation>Экспорттау сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="473" />
        <source>Exported to %1</source>
        <translation>%1 ішіне экспортталды</translation>
    </message>
    <message>
        <location filename="../transcript_editor.py" line="476" />
        <source>Exporting…</source>
        <translation>Экспортталуда…</translation>
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
        <translation>Стенограммасын осы жерде көру үшін қоңырауды ойнатыңыз.</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="66" />
        <source>Transcript segments; click one to play from it</source>
        <translation>Стенограмма үзінділері; сол жерден ойнату үшін үзіндіні басыңыз</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="67" />
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="67" />
        <source>Speaker</source>
        <translation>Кім сөйлейді</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="67" />
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="89" />
        <source>Loading the transcript…</source>
        <translation>Стенограмма жүктелуде…</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="98" />
        <source>The transcript cannot be shown: %1</source>
        <translation>Стенограмманы көрсету мүмкін емес: %1</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="108" />
        <source>the call is still being recorded</source>
        <translation>қоңырау әлі жазылуда</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="109" />
        <source>the recording has no complete caller and operator tracks</source>
        <translation>жазбада абонент пен оператордың толық жолақтары жоқ</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="111" />
        <source>nobody has had this call transcribed yet: use Transcript… to make one</source>
        <translation>бұл қоңыраудың стенограммасын әлі ешкім жасамаған: оны «Стенограмма…» түймесімен жасаңыз</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="113" />
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="119" />
        <source>Not transcribed: %1</source>
        <translation>Стенограмма жасалмады: %1</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="123" />
        <source>Version %1, %2 segments</source>
        <translation>%1-нұсқа, үзінділер: %2</translation>
    </message>
    <message>
        <location filename="../transcript_pane.py" line="126" />
        <source>(the key phrase is hidden)</source>
        <translation>(кілт сөз тіркесі жасырылған)</translation>
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
        <translation>[кілт сөз тіркесі жасырылған]</translation>
    </message>
</context>
<context>
    <name>TransferPanel</name>
    <message>
        <location filename="../transfer_panel.py" line="45" />
        <source>Transfer (F7)</source>
        <translation>Ауыстыру (F7)</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="47" />
        <source>Seat, supervisor or number</source>
        <translation>Жұмыс орны, жетекші немесе нөмір</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="49" />
        <source>Where the call goes: a number or sip: address; Enter = blind transfer</source>
        <translation>Қайда ауыстыру: нөмір немесе sip: мекенжайы; Enter — кеңессіз ауыстыру</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="51" />
        <source>Blind transfer</source>
        <translation>Бірден ауыстыру</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="54" />
        <source>Send the caller straight to the target, without talking to them first</source>
        <translation>Абонентті алдымен адресатпен сөйлеспей, бірден ауыстыру</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="56" />
        <source>Consult first</source>
        <translation>Алдымен кеңесу</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="59" />
        <source>Hold the caller and call the target; then complete or cancel</source>
        <translation>Абонентті күтуге қойып, адресатқа қоңырау шалу; содан кейін аяқтау немесе болдырмау</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="61" />
        <source>Complete transfer</source>
        <translation>Ауыстыруды аяқтау</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="63" />
        <source>Connect the caller to the consulted person</source>
        <translation>Абонентті кеңескен адаммен қосу</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="64" />
        <source>Cancel transfer</source>
        <translation>Ауыстыруды болдырмау</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="66" />
        <source>Hang up the consultation and go back to the caller</source>
        <translation>Кеңесті аяқтап, абонентке оралу</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="109" />
        <source>Transferring to %1…</source>
        <translation>%1 нөміріне ауыстырудамыз…</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="116" />
        <source>Calling %1 to consult…</source>
        <translation>Кеңесу үшін %1 нөміріне қоңырау шалудамыз…</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="124" />
        <location filename="../transfer_panel.py" line="164" />
        <source>Transferring…</source>
        <translation>Ауыстырудамыз…</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="133" />
        <source>Transfer cancelled; back to the caller.</source>
        <translation>Ауыстыру болдырылмады; сіз қайта абонентпен.</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="166" />
        <source>Transferred</source>
        <translation>Ауыстырылды</translation>
    </message>
    <message>
        <location filename="../transfer_panel.py" line="168" />
        <source>Could not transfer: %1</source>
        <translation>Ауыстыру мүмкін болмады: %1</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../unlock_dialog.py" line="50" />
        <source>Unlock caller profile</source>
        <translation>Абонент профилін бұғаттан шығару</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="57" />
        <source>Required: why the lock is lifted early</source>
        <translation>Міндетті: бұғат неге мерзімінен бұрын алынады</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="66" />
        <source>Unlock</source>
        <translation>Бұғаттан шығару</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="74" />
        <source>The profile was locked after too many failed verifications (KUTY-2.2). Unlock only after confirming the caller's identity another way; the unlock and its reason are audited.</source>
        <translation>Профиль тым көп сәтсіз тексерістерден кейін бұғатталды (KUTY-2.2). Абоненттің жеке басын басқа жолмен растағаннан кейін ғана бұғаттан шығарыңыз; бұғаттан шығару және оның себебі аудит журналына жазылады.</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="82" />
        <source>Profile id</source>
        <translation>Профиль идентификаторы</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="83" />
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="100" />
        <source>Give a reason: every unlock is audited.</source>
        <translation>Себебін көрсетіңіз: әр бұғаттан шығару аудит журналына жазылады.</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="124" />
        <source>There is no profile %1.</source>
        <translation>%1 профилі жоқ.</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="126" />
        <source>You may not unlock profiles (supervisors only).</source>
        <translation>Профильдерді бұғаттан шығаруға құқығыңыз жоқ (тек жетекшілер).</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="128" />
        <source>The profile could not be unlocked: %1</source>
        <translation>Профильді бұғаттан шығару мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="144" />
        <source>Caller &amp;profiles</source>
        <translation>Абонент &amp;профильдері</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="148" />
        <source>Unlock profile…</source>
        <translation>Профильді бұғаттан шығару…</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="158" />
        <source>Profile %1 unlocked (%2 active lock(s) lifted).</source>
        <translation>%1 профилі бұғаттан шығарылды (алынған белсенді бұғаттар: %2).</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <location filename="../admin_users.py" line="287" />
        <source>Accounts</source>
        <translation>Тіркелгілер</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="289" />
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="289" />
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="289" />
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="289" />
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="296" />
        <source>Add a user…</source>
        <translation>Пайдаланушы қосу…</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="298" />
        <source>Reset the password…</source>
        <translation>Жаңа құпиясөз…</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="300" />
        <source>Change the role…</source>
        <translation>Рөлді өзгерту…</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="302" />
        <source>Disable…</source>
        <translation>Өшіру…</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="305" />
        <source>The account can no longer sign in; its calls and audit events stay</source>
        <translation>Тіркелгі енді кіре алмайды; оның қоңыраулары мен аудит оқиғалары сақталады</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="347" />
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="347" />
        <source>Disabled</source>
        <translation>Өшірілген</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="350" />
        <source>%1, last signed in %2</source>
        <translation>%1, соңғы кіру %2</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="359" />
        <source>Accounts could not be loaded: %1</source>
        <translation>Тіркелгілер жүктелмеді: %1</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="412" />
        <source>Disable an account</source>
        <translation>Тіркелгіні өшіру</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="414" />
        <source>Disable “%1” (%2)? They can no longer sign in; their calls and audit events stay.</source>
        <translation>«%1» (%2) өшірілсін бе? Енді кіре алмайды; қоңыраулар мен аудит журналының оқиғалары сақталады.</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="421" />
        <source>Disable</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <location filename="../admin_users.py" line="422" />
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>VerificationPanel</name>
    <message>
        <location filename="../verification_panel.py" line="103" />
        <source>Detailed help only for a verified caller (KUTY-2.2)</source>
        <translation>Толық кеңес — тек верификацияланған абонентке (KUTY-2.2)</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="104" />
        <source>Caller verification</source>
        <translation>Абонент верификациясы</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="127" />
        <source>Type the surname the caller says (KUTY-2.2)</source>
        <translation>Абонент атаған тегін енгізіңіз (KUTY-2.2)</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="129" />
        <source>Type the first name the caller says (KUTY-2.2)</source>
        <translation>Абонент атаған атын енгізіңіз (KUTY-2.2)</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="136" />
        <source>Type the key phrase the caller says; it is never shown or stored (KUTY-2.2)</source>
        <translation>Абонент атаған кілт сөз тіркесін енгізіңіз; ол ешқайда көрсетілмейді және сақталмайды (KUTY-2.2)</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="147" />
        <source>Start verification</source>
        <translation>Тексеруді бастау</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="152" />
        <source>Check the caller's number, then ask surname, first name, key phrase</source>
        <translation>Абонент нөмірін тексеріп, содан кейін тегін, атын, кілт сөз тіркесін сұрау</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="161" />
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="162" />
        <source>First name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="163" />
        <source>Key phrase</source>
        <translation>Кілт сөз тіркесі</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="283" />
        <location filename="../verification_panel.py" line="317" />
        <source>Type what the caller says, then press Enter.</source>
        <translation>Абонент айтқанды енгізіп, Enter басыңыз.</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="321" />
        <source>You may not verify callers: %1</source>
        <translation>Абоненттерді верификациялауға құқығыңыз жоқ: %1</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="324" />
        <source>Verification failed: %1</source>
        <translation>Тексеруді орындау мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="338" />
        <source>Attempts left: %1</source>
        <translation>Қалған әрекеттер: %1</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="357" />
        <source>You may help with general technical questions only (KUTY-2.1).</source>
        <translation>Тек жалпы техникалық сұрақтар бойынша көмектесуге болады (KUTY-2.1).</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="362" />
        <source>%1 hours from the last failed attempt</source>
        <translation>Соңғы сәтсіз әрекеттен бастап %1 сағ</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="365" />
        <source>Ask the caller's surname.</source>
        <translation>Абоненттің тегін сұраңыз.</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="367" />
        <source>Not verified: the answers do not match. Ask all three again, from the surname.</source>
        <translation>Верификацияланбады: жауаптар сәйкес келмейді. Үшеуін де тегінен бастап қайта сұраңыз.</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="370" />
        <source>The caller is verified: detailed consultation is allowed (KUTY-2.2).</source>
        <translation>Абонент верификацияланды: толық кеңес беруге болады (KUTY-2.2).</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="373" />
        <source>The answers do not match and this call has no attempts left. Tell the caller: “We could not confirm your identity, so I can only give general help.”</source>
        <translation>Жауаптар сәйкес келмейді және бұл қоңырауда әрекет қалмады. Абонентке айтыңыз: «Жеке басыңызды растай алмадық, сондықтан тек жалпы кеңес бере аламын.»</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="376" />
        <source>Verification was not finished.</source>
        <translation>Тексеру аяқталмады.</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="378" />
        <source>Too many failed verifications: the profile is locked until %1. Tell the caller: “For your security, checks by phone are paused until %1; please call again then.”</source>
        <translation>Сәтсіз тексерулер тым көп: профиль %1 дейін бұғатталды. Абонентке айтыңыз: «Қауіпсіздігіңіз үшін телефон арқылы тексеру %1 дейін тоқтатылды; сол уақыттан кейін қайта қоңырау шалыңыз.»</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="383" />
        <source>The number is withheld, so the caller cannot be verified. Tell the caller: “Please call again from the number in your profile without hiding it.”</source>
        <translation>Нөмір жасырылған, сондықтан абонентті верификациялау мүмкін емес. Абонентке айтыңыз: «Профиліңізде көрсетілген нөмірден, оны жасырмай, қайта қоңырау шалыңыз.»</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="387" />
        <source>The caller's number is unknown, so the caller cannot be verified. Tell the caller: “Please call again from the number in your profile.”</source>
        <translation>Абоненттің нөмірі белгісіз, сондықтан оны верификациялау мүмкін емес. Абонентке айтыңыз: «Профиліңізде көрсетілген нөмірден қайта қоңырау шалыңыз.»</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="391" />
        <source>No profile in the Service has this number. Tell the caller: “Detailed help is given only when you call from the number in your profile.”</source>
        <translation>Сервистегі бірде-бір профильде бұл нөмір жоқ. Абонентке айтыңыз: «Толық кеңес профиліңізде көрсетілген нөмірден қоңырау шалғанда ғана беріледі.»</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="404" />
        <source>Checking the number…</source>
        <translation>Нөмір тексерілуде…</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="405" />
        <source>Verification: surname</source>
        <translation>Тексеру: тегі</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="406" />
        <source>Verification: first name</source>
        <translation>Тексеру: аты</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="407" />
        <source>Verification: key phrase</source>
        <translation>Тексеру: кілт сөз тіркесі</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="408" />
        <source>VERIFIED</source>
        <translation>ВЕРИФИКАЦИЯЛАНДЫ</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="409" />
        <source>NOT VERIFIED</source>
        <translation>ВЕРИФИКАЦИЯЛАНБАДЫ</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="410" />
        <source>LOCKED</source>
        <translation>БҰҒАТТАЛДЫ</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="411" />
        <source>General consultation only</source>
        <translation>Тек жалпы кеңес</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="433" />
        <source>Checking…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="453" />
        <source>No answered call</source>
        <translation>Сөйлесу жоқ</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="455" />
        <source>Not verified yet</source>
        <translation>Әлі верификацияланбаған</translation>
    </message>
    <message>
        <location filename="../verification_panel.py" line="457" />
        <source>Press “Start verification” (%1) before giving detailed help.</source>
        <translation>Толық кеңес бермес бұрын «Тексеруді бастау» (%1) түймесін басыңыз.</translation>
    </message>
</context>
<context>
    <name>Wallboard</name>
    <message>
        <location filename="../wallboard_view.py" line="55" />
        <source>In a call</source>
        <translation>Сөйлесуде</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="57" />
        <source>Ready</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="59" />
        <source>After-call work</source>
        <translation>Қоңыраудан кейінгі жұмыс</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="61" />
        <source>Not ready: %1</source>
        <translation>Дайын емес: %1</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="64" />
        <source>Not ready</source>
        <translation>Дайын емес</translation>
    </message>
</context>
<context>
    <name>WallboardView</name>
    <message>
        <location filename="../wallboard_view.py" line="97" />
        <location filename="../wallboard_view.py" line="101" />
        <source>Seat</source>
        <translation>Жұмыс орны</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="97" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="97" />
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="97" />
        <source>In state for</source>
        <translation>Күйде тұрғаны</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="101" />
        <source>Number</source>
        <translation>Нөмір</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="101" />
        <source>Talking for</source>
        <translation>Сөйлесу ұзақтығы</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="101" />
        <source>Verification</source>
        <translation>Верификация</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="103" />
        <source>Seats</source>
        <translation>Жұмыс орындары</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="104" />
        <source>Calls in progress</source>
        <translation>Ағымдағы қоңыраулар</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="161" />
        <source>This seat only (embedded database)</source>
        <translation>Тек осы жұмыс орны (кіріктірілген дерекқор)</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="163" />
        <source>Connecting…</source>
        <translation>Қосылуда…</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="202" />
        <source>The wallboard could not be read: %1</source>
        <translation>Таблоны оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="212" />
        <source>Live: all seats</source>
        <translation>Тікелей: барлық жұмыс орындары</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="212" />
        <source>Reconnecting to the database…</source>
        <translation>Дерекқорға қайта қосылуда…</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="222" />
        <source>Ready %1 of %2 · talking %3 · ringing %4 · open incidents %5 · alerts %6</source>
        <translation>%2 ішінен %1 дайын · сөйлесуде %3 · шалып жатыр %4 · ашық инциденттер %5 · ескертулер %6</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="241" />
        <source>ringing %1</source>
        <translation>шалып жатыр %1</translation>
    </message>
    <message>
        <location filename="../wallboard_view.py" line="246" />
        <source>Number withheld</source>
        <translation>Нөмір жасырылған</translation>
    </message>
</context>
<context>
    <name>WorkspaceNav</name>
    <message>
        <location filename="../workspaces.py" line="56" />
        <source>Workspaces</source>
        <translation>Жұмыс кеңістіктері</translation>
    </message>
</context>
<context>
    <name>WrapUpPane</name>
    <message>
        <location filename="../wrapup_fields.py" line="21" />
        <source>Registration in the service</source>
        <translation>Сервисте тіркелу</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="22" />
        <source>Submitting an application</source>
        <translation>Өтініш беру</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="25" />
        <source>Changing the user's data</source>
        <translation>Пайдаланушы деректерін өзгерту</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="26" />
        <source>Legal question</source>
        <translation>Заң мәселесі</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="27" />
        <source>Order in the queue</source>
        <translation>Кезектегі реттілік</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="28" />
        <source>Filing on the caller's behalf</source>
        <translation>Өтініш берушінің орнына өтініш беру</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="31" />
        <source>Other people's data</source>
        <translation>Басқа тұлғалардың деректері</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="32" />
        <source>Other products</source>
        <translation>Басқа өнімдер</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="33" />
        <source>Consultation</source>
        <translation>Кеңес</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="34" />
        <source>Error or defect</source>
        <translation>Қате немесе ақау</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="35" />
        <location filename="../wrapup_pane.py" line="180" />
        <source>Out of scope</source>
        <translation>Құзыреттен тыс</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="36" />
        <source>Support request</source>
        <translation>Қолдау сұрауы</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="37" />
        <source>Using the portal</source>
        <translation>Порталды пайдалану</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="38" />
        <source>Not a portal user</source>
        <translation>Портал пайдаланушысы емес</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="118" />
        <source>This call has no number: type the number to call back.</source>
        <translation>Бұл қоңыраудың нөмірі жоқ: кері қоңырау үшін нөмірді енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="121" />
        <source>The call-back number is not a valid phone number.</source>
        <translation>Кері қоңырау нөмірі жарамды телефон нөмірі емес.</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="126" />
        <source>A call-back is offered only to VIP cases (EEP-8).</source>
        <translation>Кері қоңырау тек VIP деңгейіндегі өтініштерге беріледі (EEP-8).</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="130" />
        <source>The call-back time is in the past.</source>
        <translation>Кері қоңырау уақыты өтіп кетті.</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="131" />
        <source>The call-back time is more than a year ahead.</source>
        <translation>Кері қоңырау уақыты бір жылдан астам алда.</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="136" />
        <location filename="../wrapup_pane.py" line="218" />
        <source>Topic</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="138" />
        <location filename="../wrapup_pane.py" line="220" />
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="141" />
        <source>%1 must be one line.</source>
        <translation>%1: бір жол болуы керек.</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="146" />
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1: тым ұзын (ең көбі %2 таңба).</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="150" />
        <source>%1 contains characters that cannot be stored.</source>
        <translation>%1: сақтау мүмкін емес таңбалар бар.</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="154" />
        <source>Choose a category from the list.</source>
        <translation>Тізімнен санатты таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="156" />
        <source>This registration number is already used.</source>
        <translation>Бұл тіркеу нөмірі бұрын пайдаланылған.</translation>
    </message>
    <message>
        <location filename="../wrapup_fields.py" line="157" />
        <source>The wrap-up was not saved: %1</source>
        <translation>Қорытынды сақталмады: %1</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="159" />
        <source>What the contact was about, in a few words</source>
        <translation>Өтініш не туралы болды, бірнеше сөзбен</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="163" />
        <source>Copy</source>
        <translation>Көшіру</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="165" />
        <source>Copy the registration number</source>
        <translation>Тіркеу нөмірін көшіру</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="171" />
        <source>Call back needed</source>
        <translation>Кері қоңырау қажет</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="193" />
        <source>Save wrap-up</source>
        <translation>Қорытындыны сақтау</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="196" />
        <source>Save the wrap-up and become ready for calls (%1)</source>
        <translation>Қорытындыны сақтап, қоңырауларға дайын болу (%1)</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="198" />
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="217" />
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="219" />
        <source>Registration number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="223" />
        <source>Refused</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="244" />
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="309" />
        <source>contact</source>
        <translation>өтініш</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="310" />
        <source>After-call work: %1</source>
        <translation>Қоңыраудан кейінгі жұмыс: %1</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="438" />
        <source>Choose a category first.</source>
        <translation>Алдымен санатты таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="447" />
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="481" />
        <source>Saved as incomplete: the time for wrap-up ran out.</source>
        <translation>Аяқталмаған ретінде сақталды: қоңыраудан кейінгі жұмыс уақыты бітті.</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="483" />
        <source>Wrap-up saved.</source>
        <translation>Қорытынды сақталды.</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="501" />
        <source>The database cannot be reached: the wrap-up is kept on this computer and saved when it is back.</source>
        <translation>Дерекқор қолжетімсіз: қорытынды осы компьютерде сақталып, дерекқор қайта қосылғанда жазылады.</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="550" />
        <source>Time left: %1</source>
        <translation>Қалды: %1</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="599" />
        <source>given when saved</source>
        <translation>сақтағанда беріледі</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="599" />
        <source>not needed for this category</source>
        <translation>бұл санат үшін қажет емес</translation>
    </message>
    <message>
        <location filename="../wrapup_pane.py" line="606" />
        <source>Registration number copied.</source>
        <translation>Тіркеу нөмірі көшірілді.</translation>
    </message>
</context>
<context>
    <name>WrittenView</name>
    <message>
        <location filename="../written_view.py" line="181" />
        <source>Written contacts in order of arrival</source>
        <translation>Түсу кезегі бойынша жазбаша өтініштер</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="183" />
        <source>First come, first answered (KZP-30-9, CSC-2.4)</source>
        <translation>Кім бұрын жазса, соған бұрын жауап беріледі (KZP-30-9, CSC-2.4)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="184" />
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="186" />
        <source>Next case</source>
        <translation>Келесі өтініш</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="189" />
        <source>Open the next case in the queue (%1)</source>
        <translation>Кезектегі келесі өтінішті ашу (%1)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="193" />
        <source>Written cases in order of arrival</source>
        <translation>Түсу кезегі бойынша жазбаша өтініштер</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="196" />
        <source>Arrived</source>
        <translation>Түсті</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="197" />
        <source>Channel</source>
        <translation>Арна</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="198" />
        <source>From</source>
        <translation>Кімнен</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="199" />
        <source>Subject</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="200" />
        <source>No.</source>
        <translation>Нөмір</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="201" />
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="202" />
        <source>Answer due</source>
        <translation>Жауап мерзімі</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="215" />
        <source>No written contacts are waiting.</source>
        <translation>Күтіп тұрған жазбаша өтініштер жоқ.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="230" />
        <location filename="../written_view.py" line="691" />
        <source>Select a case in the list above.</source>
        <translation>Жоғарыдағы тізімнен өтінішті таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="234" />
        <source>Take case</source>
        <translation>Өтінішті алу</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="237" />
        <source>Handle this case yourself; its answer time runs from now (CSC-2.4)</source>
        <translation>Өтінішті өзіңіз өңдеу; жауап беру уақыты осы сәттен бастап есептеледі (CSC-2.4)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="239" />
        <source>Join the call</source>
        <translation>Қоңырауды қосу</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="242" />
        <source>Join this seat's last call to this case, when it is the same person</source>
        <translation>Осы жұмыс орнының соңғы қоңырауын өтінішке қосу, егер бұл сол адам болса</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="248" />
        <source>Messages and internal notes of the case</source>
        <translation>Өтініштің хаттары мен ішкі жазбалары</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="254" />
        <source>Attachments</source>
        <translation>Тіркемелер</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="256" />
        <source>Save attachment…</source>
        <translation>Тіркемені сақтау…</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="259" />
        <source>Save the selected attachment into a folder; the console never opens it</source>
        <translation>Таңдалған тіркемені қалтаға сақтау; консоль оны ешқашан ашпайды</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="263" />
        <source>Insert a reply template of the desk's policy</source>
        <translation>Қызмет регламентіндегі жауап үлгісін қою</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="264" />
        <source>Reply templates</source>
        <translation>Жауап үлгілері</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="265" />
        <source>Insert a template…</source>
        <translation>Үлгіні қою…</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="280" />
        <source>⚠ Not verified (KUTY-2.2): general help only — nothing from the profile or the applications. For details, ask them to call from the profile's number.</source>
        <translation>⚠ Верификацияланбаған (KUTY-2.2): тек жалпы көмек — профильден де, өтінімдерден де ештеңе берілмейді. Толық кеңес алу үшін профильде көрсетілген нөмірден қоңырау шалуды сұраңыз.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="288" />
        <source>Your reply to the writer</source>
        <translation>Өтініш авторына жауабыңыз</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="289" />
        <source>Reply</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="292" />
        <source>Write the reply here (%1); send it with %2</source>
        <translation>Жауапты осында жазыңыз (%1); оны %2 пернелерімен жіберіңіз</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="296" />
        <source>Send reply</source>
        <translation>Жауапты жіберу</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="299" />
        <source>Send the reply by e-mail; it is kept with its hash (KUTY-1.1) (%1)</source>
        <translation>Жауапты электрондық поштамен жіберу; ол хешімен бірге сақталады (KUTY-1.1) (%1)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="304" />
        <source>Save as internal note</source>
        <translation>Ішкі жазба ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="307" />
        <source>Keep the text as a note for the desk; it is never sent to the writer</source>
        <translation>Мәтінді қызметке арналған жазба ретінде сақтау; ол өтініш авторына ешқашан жіберілмейді</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="309" />
        <location filename="../written_view.py" line="455" />
        <source>Waiting for the writer</source>
        <translation>Автордың жауабын күтуде</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="312" />
        <source>The case waits for the writer's answer (EEP-15 closes it after 8 h)</source>
        <translation>Өтініш автордың жауабын күтеді (EEP-15 бойынша 8 сағаттан кейін жабылады)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="314" />
        <source>Defer</source>
        <translation>Кейінге қалдыру</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="317" />
        <source>A complex question asked on weekend duty waits for Monday (CSC-2.3)</source>
        <translation>Демалыс күнгі кезекшілікте қойылған күрделі сұрақ дүйсенбіні күтеді (CSC-2.3)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="319" />
        <source>Close case…</source>
        <translation>Өтінішті жабу…</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="322" />
        <source>Close the case with its wrap-up: category, topic, notes and the reason</source>
        <translation>Өтінішті қорытындымен жабу: санат, тақырып, ескертпелер және себеп</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="324" />
        <source>Abuse — stop + report</source>
        <translation>Қорлау — тоқтату + хабарлау</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="327" />
        <source>Stop the correspondence and report to management (KUTY-3.3)</source>
        <translation>Хат алмасуды тоқтатып, басшылыққа хабарлау (KUTY-3.3)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="329" />
        <source>Threat — stop + report + police</source>
        <translation>Қорқыту — тоқтату + хабарлау + полиция</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="333" />
        <source>Stop the correspondence, report to management and the police with the message and all its headers (KUTY-3.4)</source>
        <translation>Хат алмасуды тоқтатып, басшылыққа және полицияға хабарлау, хатты барлық тақырыптамаларымен бірге беру (KUTY-3.4)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="453" />
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="454" />
        <source>Open</source>
        <translation>Жұмыста</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="456" />
        <source>Deferred</source>
        <translation>Кейінге қалдырылды</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="457" />
        <source>Closed</source>
        <translation>Жабылды</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="459" />
        <location filename="../written_view.py" line="467" />
        <source>Unknown</source>
        <translation>Белгісіз</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="463" />
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="464" />
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="465" />
        <source>Call</source>
        <translation>Қоңырау</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="471" />
        <source>not answered yet</source>
        <translation>әлі жауап берілмеді</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="472" />
        <source>answered</source>
        <translation>жауап берілді</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="473" />
        <source>being sent</source>
        <translation>жіберілуде</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="474" />
        <source>sent</source>
        <translation>жіберілді</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="475" />
        <source>NOT SENT</source>
        <translation>ЖІБЕРІЛМЕДІ</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="476" />
        <source>over the size limit, only its beginning is kept</source>
        <translation>рұқсат етілген өлшемнен үлкен, тек басы сақталды</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="484" />
        <source>deferred to %1</source>
        <translation>%1 дейін кейінге қалдырылды</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="488" />
        <source>closes now (no answer)</source>
        <translation>қазір жабылады (жауап жоқ)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="489" />
        <source>closes in %1</source>
        <translation>жабылуына %1 қалды</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="494" />
        <source>overdue</source>
        <translation>мерзімі өтті</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="495" />
        <source>%1 left</source>
        <translation>%1 қалды</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="505" />
        <source>This reply asks the writer for a password or login data, which the regulation forbids (KZP-30-11): remove that request before sending.</source>
        <translation>Бұл жауапта автордан құпиясөзді немесе кіру деректерін сұрау бар, ал регламент оған тыйым салады (KZP-30-11): жібермес бұрын бұл сұрауды алып тастаңыз.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="517" />
        <source>The correspondence is stopped (KUTY-3.3/3.4): no reply is sent.</source>
        <translation>Хат алмасу тоқтатылды (KUTY-3.3/3.4): жауап жіберілмейді.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="519" />
        <source>Type the reason for closing first.</source>
        <translation>Алдымен жабу себебін жазыңыз.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="521" />
        <source>Choose one of the policy's categories.</source>
        <translation>Регламенттегі санаттардың бірін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="523" />
        <source>The policy has no such service level (EEP-3).</source>
        <translation>Регламентте мұндай қызмет көрсету деңгейі жоқ (EEP-3).</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="525" />
        <source>The policy asks writers for no self-identification (EEP-11).</source>
        <translation>Регламент авторлардан өзін таныстыруды талап етпейді (EEP-11).</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="527" />
        <source>Nothing to defer now: answer the question (CSC-2.3).</source>
        <translation>Қазір кейінге қалдыратын ештеңе жоқ: сұраққа жауап беріңіз (CSC-2.3).</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="529" />
        <location filename="../written_view.py" line="913" />
        <source>The reply is empty.</source>
        <translation>Жауап бос.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="532" />
        <source>No mail server is set up for replies; tell the administrator ([smtp] in incidents.toml).</source>
        <translation>Жауаптарға арналған пошта сервері бапталмаған; әкімшіге хабарлаңыз (incidents.toml ішіндегі [smtp]).</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="537" />
        <source>The reply was kept but the mail server did not take it. Try again later or tell the administrator.</source>
        <translation>Жауап сақталды, бірақ пошта сервері оны қабылдамады. Кейінірек қайталап көріңіз немесе әкімшіге хабарлаңыз.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="541" />
        <source>The note is empty.</source>
        <translation>Жазба бос.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="543" />
        <source>Another operator is handling this case; ask a supervisor.</source>
        <translation>Бұл өтінішпен басқа оператор жұмыс істеп жатыр; жетекшіге жүгініңіз.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="545" />
        <source>This case is closed.</source>
        <translation>Бұл өтініш жабылған.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="617" />
        <source>stopped</source>
        <translation>тоқтатылды</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="623" />
        <location filename="../written_view.py" line="700" />
        <source>(no subject)</source>
        <translation>(тақырыпсыз)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="647" />
        <source>First answer due %1 (CSC-2.4)</source>
        <translation>Алғашқы жауап мерзімі: %1 (CSC-2.4)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="652" />
        <source>The policy sets no answer time (KZP-30-9)</source>
        <translation>Регламент жауап беру мерзімін белгілемейді (KZP-30-9)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="699" />
        <source>no number</source>
        <translation>нөмірсіз</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="710" />
        <source>(no name)</source>
        <translation>(атаусыз)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="716" />
        <source>over the size limit, not kept</source>
        <translation>рұқсат етілген өлшемнен үлкен, сақталмады</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="720" />
        <source>archive, never unpacked</source>
        <translation>архив, ешқашан тарқатылмайды</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="727" />
        <source>No attachments</source>
        <translation>Тіркемелер жоқ</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="740" />
        <source>From %1</source>
        <translation>Кімнен: %1</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="742" />
        <source>Reply from the desk to %1</source>
        <translation>Қызметтің жауабы, кімге: %1</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="749" />
        <source>correspondence stopped</source>
        <translation>хат алмасу тоқтатылды</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="764" />
        <source>Internal note — %1</source>
        <translation>Ішкі жазба — %1</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="765" />
        <source>not sent to the writer</source>
        <translation>авторға жіберілмейді</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="787" />
        <source>talked %1</source>
        <translation>сөйлесу %1</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="789" />
        <source>not answered</source>
        <translation>жауапсыз</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="792" />
        <source>caller verified (KUTY-2.2)</source>
        <translation>абонент верификацияланды (KUTY-2.2)</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="795" />
        <source>Call with %1</source>
        <translation>Қоңырау — %1</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="823" />
        <source>Join call %1</source>
        <translation>%1 қоңырауын қосу</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="874" />
        <source>The case is yours.</source>
        <translation>Өтініш енді сіздікі.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="881" />
        <location filename="../written_view.py" line="886" />
        <source>without a number</source>
        <translation>нөмірсіз</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="901" />
        <source>Call %1 joined to this case.</source>
        <translation>%1 қоңырауы өтінішке қосылды.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="922" />
        <source>The writer is not verified (KUTY-2.2): send only general help, nothing from their profile or applications.</source>
        <translation>Автор верификацияланбаған (KUTY-2.2): тек жалпы көмек жіберіңіз, оның профилі мен өтінімдерінен ештеңе жібермеңіз.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="929" />
        <source>Check the reply</source>
        <translation>Жауапты тексеріңіз</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="930" />
        <source>Send it anyway?</source>
        <translation>Бәрібір жіберу керек пе?</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="936" />
        <source>Send anyway</source>
        <translation>Бәрібір жіберу</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="937" />
        <source>Edit the reply</source>
        <translation>Жауапты түзету</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="976" />
        <source>Reply sent; the case waits for the writer.</source>
        <translation>Жауап жіберілді; өтініш автордың жауабын күтеді.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="978" />
        <source>It was not filed in the mailbox's Sent folder.</source>
        <translation>Ол пошта жәшігінің «Жіберілгендер» қалтасына салынбады.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="990" />
        <source>Sending…</source>
        <translation>Жіберілуде…</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="1003" />
        <source>Internal note saved; the writer does not see it.</source>
        <translation>Ішкі жазба сақталды; өтініш авторы оны көрмейді.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="1019" />
        <source>The case waits for the writer.</source>
        <translation>Өтініш автордың жауабын күтеді.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="1031" />
        <source>Deferred to %1 (CSC-2.3).</source>
        <translation>%1 дейін кейінге қалдырылды (CSC-2.3).</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="1048" />
        <source>The case is closed.</source>
        <translation>Өтініш жабылды.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="1050" />
        <source>Case %1 is closed.</source>
        <translation>%1 өтініші жабылды.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="1087" />
        <source>Correspondence stopped; incident %1 filed.</source>
        <translation>Хат алмасу тоқтатылды; %1 инциденті тіркелді.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="1091" />
        <source>The address %1 is blocked.</source>
        <translation>%1 мекенжайы бұғатталды.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="1093" />
        <source>A supervisor may block the address.</source>
        <translation>Мекенжайды жетекші бұғаттай алады.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="1112" />
        <source>Save the attachment into a folder</source>
        <translation>Тіркемені қалтаға сақтау</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="1128" />
        <source>Saved as %1; not opened.</source>
        <translation>%1 ретінде сақталды; ашылмады.</translation>
    </message>
    <message>
        <location filename="../written_view.py" line="1132" />
        <source>The folder cannot be written.</source>
        <translation>Бұл қалтаға жазу мүмкін емес.</translation>
    </message>
</context>
</TS>
"""Kazakh texts (Cyrillic) for `i18n/kuty_kk.ts` (issue 12): `python -m console.i18n_kk`.

Loaded when the seat's policy speaks Kazakh (KZP, EEP) and the seat chose no other UI
language (desk.settings.policy_ui_language). Keys are "Context/English" exactly as in the
.ts; the filling is `console.i18n_uk.fill`, shared. Terms follow the profiles' own Kazakh
(«кері қоңырау», «өтініш», «тіркеу нөмірі», «хат алмасу», «жауап үлгісі»). Covers
every context. A string added later without a Kazakh text shows English and is listed by
`python -m console.i18n_kk` (it does not fail, console.i18n_partial says why; `--strict`
does).
"""

from __future__ import annotations

import sys

from console.i18n_partial import main

KK: dict[str, str] = {
    # AgentStateBar
    "AgentStateBar/Break": "Үзіліс",
    "AgentStateBar/Lunch": "Түскі ас",
    "AgentStateBar/Training": "Оқу",
    "AgentStateBar/Other": "Басқа",
    "AgentStateBar/Takes no calls": "Қоңырау қабылдамайды",
    "AgentStateBar/After-call work": "Қоңыраудан кейінгі жұмыс",
    "AgentStateBar/Your state as the phone engine reports it; callers get busy when not ready": (
        "Телефон модулі көрсететін күйіңіз; дайын емес кезіңізде абоненттер «бос емес» "
        "сигналын естиді"
    ),
    "AgentStateBar/Ready": "Дайын",
    "AgentStateBar/Take calls (%1)": "Қоңырауларды қабылдау (%1)",
    "AgentStateBar/Not ready": "Дайын емес",
    "AgentStateBar/Stop taking calls, with a reason (%1); callers get busy": (
        "Себебін көрсетіп, қоңырау қабылдауды тоқтату (%1); абоненттер «бос емес» сигналын естиді"
    ),
    "AgentStateBar/You become Ready when the wrap-up is saved or the after-call time ends": (
        "Қоңырау қорытындысын сақтағанда немесе қоңыраудан кейінгі уақыт біткенде дайын боласыз"
    ),
    "AgentStateBar/State: not reported by the phone yet": "Күй: телефон әлі хабарлаған жоқ",
    "AgentStateBar/Ready %1": "Дайын %1",
    "AgentStateBar/Not ready: %1 %2": "Дайын емес: %1 %2",
    "AgentStateBar/Not ready %2": "Дайын емес %2",
    "AgentStateBar/After-call work: %1 left": "Қоңыраудан кейінгі жұмыс: %1 қалды",
    "AgentStateBar/After-call work %1": "Қоңыраудан кейінгі жұмыс %1",
    # AlertBanner
    "AlertBanner/Dismiss": "Жабу",
    # App
    "App/No user accounts exist yet. An administrator must create the first one on this "
    "computer:\n\n    %1\n\nthen start the console again.": (
        "Әзірге бірде-бір тіркелгі жоқ. Әкімші біріншісін осы компьютерде жасауы "
        "керек:\n\n    %1\n\nсодан кейін консольді қайта іске қосыңыз."
    ),
    "App/Kuty console": "Куты консолі",
    "App/Kuty console cannot start": "Куты консолі іске қосылмайды",
    "App/The call database cannot be opened, so calls cannot be logged:\n%1": (
        "Қоңыраулар дерекқорын ашу мүмкін емес, сондықтан қоңырауларды есепке алу мүмкін емес:\n%1"
    ),
    # CallCard
    "CallCard/Only how many profiles have this number: names are shown after verification, "
    "and only the verified caller's (KUTY-2.6)": (
        "Тек осы нөмірі бар профильдер саны: аты-жөндер верификациядан кейін ғана және тек "
        "верификацияланған абоненттікі көрсетіледі (KUTY-2.6)"
    ),
    "CallCard/Number blocked": "Нөмір бұғатталған",
    "CallCard/● REC": "● ЖАЗЫЛУДА",
    "CallCard/This call is being recorded (KUTY-1.1)": "Бұл қоңырау жазылып жатыр (KUTY-1.1)",
    "CallCard/Keys the other side pressed on their phone": (
        "Әңгімелесуші телефонында басқан пернелер"
    ),
    "CallCard/Answer, hold current": "Жауап беру, ағымдағысы күтуге қойылады",
    "CallCard/Reject": "Қабылдамау",
    "CallCard/Switch to it": "Соған ауысу",
    "CallCard/Hold the current call and talk to the held one (Ctrl+Tab)": (
        "Ағымдағы қоңырауды күтуге қойып, күтудегімен сөйлесу (Ctrl+Tab)"
    ),
    "CallCard/Answer": "Жауап беру",
    "CallCard/Hang up": "Аяқтау",
    "CallCard/Hold": "Күтуге қою",
    "CallCard/Mute": "Микрофонды өшіру",
    "CallCard/Keypad": "Пернетақта",
    "CallCard/Transfer": "Ауыстыру",
    "CallCard/Answer the ringing call": "Кіріс қоңырауға жауап беру",
    "CallCard/Reject the ringing call": "Кіріс қоңырауды қабылдамау",
    "CallCard/End the call": "Қоңырауды аяқтау",
    "CallCard/Put the caller on hold / resume": "Абонентті күтуге қою / сөйлесуді жалғастыру",
    "CallCard/Mute / unmute your microphone": "Микрофоныңызды өшіру / қосу",
    "CallCard/Show the keypad to send tones": "Тондық сигналдар үшін пернетақтаны көрсету",
    "CallCard/Transfer the call to a seat or number": (
        "Қоңырауды басқа жұмыс орнына немесе нөмірге ауыстыру"
    ),
    "CallCard/Answer the waiting call; the current one goes on hold (%1)": (
        "Күтіп тұрған қоңырауға жауап беру; ағымдағысы күтуге қойылады (%1)"
    ),
    "CallCard/Reject the waiting call (%1)": "Күтіп тұрған қоңырауды қабылдамау (%1)",
    "CallCard/Withheld: cannot be verified": "Нөмір жасырылған: верификация мүмкін емес",
    "CallCard/No caller ID: cannot be verified": "Нөмір белгісіз: верификация мүмкін емес",
    "CallCard/⚠ REC STOPPED": "⚠ ЖАЗУ ТОҚТАДЫ",
    "CallCard/No profile: general help only": "Профиль жоқ: тек жалпы көмек",
    "CallCard/1 profile for this number": "Осы нөмірі бар 1 профиль",
    "CallCard/%1 profiles for this number": "Осы нөмірі бар профильдер: %1",
    "CallCard/locked after failed verifications": "сәтсіз тексерулерден кейін бұғатталған",
    "CallCard/On hold": "Күтуде",
    "CallCard/Ringing %1": "Шалып жатыр %1",
    "CallCard/Calling": "Шақыру",
    "CallCard/Ringing": "Шалып жатыр",
    "CallCard/Connecting": "Қосылуда",
    "CallCard/Talking": "Сөйлесу",
    "CallCard/Ended": "Аяқталды",
    "CallCard/No call": "Қоңырау жоқ",
    "CallCard/Resume": "Жалғастыру",
    "CallCard/Unmute": "Микрофонды қосу",
    "CallCard/Consultation call — the caller %1 is on hold": "Кеңес — абонент %1 күтуде",
    "CallCard/Caller pressed: %1": "Абонент басты: %1",
    "CallCard/Also on the line: %1": "Желіде тағы: %1",
    "CallCard/(consultation)": "(кеңес)",
    "CallCard/(caller being transferred)": "(ауыстырылып жатқан абонент)",
    "CallCard/on hold": "күтуде",
    "CallCard/talking": "сөйлесу",
    "CallCard/Second call: %1 — ringing %2": "Екінші қоңырау: %1 — шалып жатыр %2",
    # CallControls
    "CallControls/Missed call from %1: you were not ready": (
        "%1 нөмірінен өткізіп алынған қоңырау: сіз дайын емес едіңіз"
    ),
    "CallControls/Missed call from %1: busy on another call": (
        "%1 нөмірінен өткізіп алынған қоңырау: сіз басқа абонентпен сөйлесіп жатқансыз"
    ),
    "CallControls/Missed call from %1: it could not be recorded (KUTY-1.1)": (
        "%1 нөмірінен өткізіп алынған қоңырау: оны жазу мүмкін болмас еді (KUTY-1.1)"
    ),
    "CallControls/Missed call from %1: all lines of this seat were busy": (
        "%1 нөмірінен өткізіп алынған қоңырау: осы жұмыс орнының барлық желілері бос емес еді"
    ),
    "CallControls/Refused a malformed call request from %1": (
        "%1 нөмірінен келген қате қоңырау сұрауы қабылданбады"
    ),
    "CallControls/Refused a call from %1: this desk takes no voice calls (KZP-30-8)": (
        "%1 нөмірінен қоңырау қабылданбады: қызмет дауыстық қоңырауларды қабылдамайды (KZP-30-8)"
    ),
    "CallControls/Refused a call from %1: it did not come through the PBX": (
        "%1 нөмірінен қоңырау қабылданбады: ол АТС арқылы келмеген"
    ),
    "CallControls/Missed call from %1": "%1 нөмірінен өткізіп алынған қоңырау",
    "CallControls/Agent state and dialling": "Оператор күйі және нөмір теру",
    # CallerCard
    "CallerCard/Application": "Өтініш",
    "CallerCard/Child": "Бала",
    "CallerCard/Status": "Мәртебе",
    "CallerCard/Created / updated": "Жасалды / жаңартылды",
    "CallerCard/Kindergartens": "Мектепке дейінгі мекемелер",
    "CallerCard/Only the verified caller's own applications (KUTY-2.6)": (
        "Тек верификацияланған абоненттің өз өтініштері (KUTY-2.6)"
    ),
    "CallerCard/✓ Technical help with the Service: registering, submitting an application, "
    "changing data the user created (KUTY-2.1)": (
        "✓ Сервис бойынша техникалық көмек: тіркелу, өтініш беру, пайдаланушы енгізген "
        "деректерді өзгерту (KUTY-2.1)"
    ),
    "CallerCard/✗ Detailed consultation: only after verification (KUTY-2.2)": (
        "✗ Толық кеңес — тек верификациядан кейін (KUTY-2.2)"
    ),
    "CallerCard/✗ No legal advice (KUTY-2.3)": "✗ Заң кеңесі берілмейді (KUTY-2.3)",
    "CallerCard/✗ No explanations of queue order or of whether applications exist, beyond "
    "technical aspects (KUTY-2.4)": (
        "✗ Техникалық мәселелерден басқа, кезек тәртібі немесе өтініштердің бар-жоғы туралы "
        "түсініктеме берілмейді (KUTY-2.4)"
    ),
    "CallerCard/✗ Never enter applications on an applicant's behalf (KUTY-2.5)": (
        "✗ Өтініш берушінің орнына жүйеге өтініш енгізбеу (KUTY-2.5)"
    ),
    "CallerCard/✗ Never give personal data of third persons (KUTY-2.6)": (
        "✗ Үшінші тұлғалардың дербес деректерін хабарламау (KUTY-2.6)"
    ),
    "CallerCard/✗ No advice on other electronic products (KUTY-2.7)": (
        "✗ Басқа электрондық өнімдер бойынша кеңес берілмейді (KUTY-2.7)"
    ),
    "CallerCard/No caller": "Абонент жоқ",
    "CallerCard/General consultation mode": "Жалпы кеңес режимі",
    "CallerCard/Verified caller: detailed consultation (KUTY-2.2)": (
        "Верификацияланған абонент: толық кеңес (KUTY-2.2)"
    ),
    "CallerCard/No applications": "Өтініштер жоқ",
    # CallerDisplay
    "CallerDisplay/Withheld": "Нөмір жасырылған",
    "CallerDisplay/Unknown number": "Белгісіз нөмір",
    "CallerDisplay/Incoming": "Кіріс",
    "CallerDisplay/Outgoing": "Шығыс",
    "CallerDisplay/Operator hung up": "Оператор аяқтады",
    "CallerDisplay/Caller hung up": "Абонент аяқтады",
    "CallerDisplay/Rejected": "Қабылданбады",
    "CallerDisplay/Missed": "Өткізіп алынды",
    "CallerDisplay/Answered elsewhere": "Басқа оператор жауап берді",
    "CallerDisplay/Failed": "Қате",
    "CallerDisplay/Interrupted": "Үзілді",
    "CallerDisplay/Console closed": "Консоль жабылды",
    "CallerDisplay/Refused: all lines busy": "Қабылданбады: барлық желілер бос емес",
    "CallerDisplay/Refused: malformed call request": "Қабылданбады: қате қоңырау сұрауы",
    "CallerDisplay/Refused: this desk takes no voice calls": (
        "Қабылданбады: қызмет дауыстық қоңырауларды қабылдамайды"
    ),
    "CallerDisplay/Refused: not from the PBX": "Қабылданбады: АТС арқылы емес",
    "CallerDisplay/In progress": "Жүріп жатыр",
    "CallerDisplay/Recording": "Жазылуда",
    "CallerDisplay/Recorded": "Жазылды",
    "CallerDisplay/Repaired": "Қалпына келтірілді",
    "CallerDisplay/Recording failed": "Жазу сәтсіз аяқталды",
    "CallerDisplay/No recording": "Жазба жоқ",
    # DialBox
    "DialBox/Type a number to call.": "Қоңырау шалу үшін нөмірді енгізіңіз.",
    "DialBox/Not a SIP address: it must look like sip:name@host.": (
        "Бұл SIP мекенжайы емес: ол sip:атау@түйін түрінде болуы керек."
    ),
    "DialBox/A phone number has only digits; a seat name starts with a letter.": (
        "Телефон нөмірі тек цифрлардан тұрады; жұмыс орнының атауы әріптен басталады."
    ),
    "DialBox/Not a valid phone number: check the digits.": (
        "Нөмір дұрыс емес: цифрларды тексеріңіз."
    ),
    "DialBox/Number to call, e.g. 067 123 45 67 (%1)": "Нөмір, мысалы 067 123 45 67 (%1)",
    "DialBox/Type a number or sip: address and press Enter to call (%1)": (
        "Нөмірді немесе sip: мекенжайын енгізіп, қоңырау шалу үшін Enter басыңыз (%1)"
    ),
    "DialBox/Call": "Қоңырау шалу",
    "DialBox/Call the number (Enter in the field)": "Нөмірге қоңырау шалу (өрісте Enter)",
    "DialBox/Missed calls and call-backs due; pick one to call back (Ctrl+M)": (
        "Өткізіп алынған қоңыраулар және жоспарланған кері қоңыраулар; кімге қайта шалуды "
        "таңдаңыз (Ctrl+M)"
    ),
    "DialBox/Calling %1…": "%1 нөміріне қоңырау шалудамыз…",
    "DialBox/Missed: %1": "Өткізіп алынған: %1",
    "DialBox/Call back: %1": "Кері қоңырау: %1",
    "DialBox/No missed calls": "Өткізіп алынған қоңыраулар жоқ",
    "DialBox/Missed calls — pick one to call back": (
        "Өткізіп алынғандар — кімге қайта шалуды таңдаңыз"
    ),
    "DialBox/Call-backs due": "Жоспарланған кері қоңыраулар",
    "DialBox/%1 — by %2": "%1 — %2 дейін",
    "DialBox/not answered": "жауап берілмеді",
    "DialBox/you were not ready": "сіз дайын емес едіңіз",
    "DialBox/busy on another call": "сіз басқа абонентпен сөйлесіп жатқансыз",
    "DialBox/rejected": "қабылданбады",
    "DialBox/could not be recorded": "жазу мүмкін болмас еді",
    "DialBox/all lines were busy": "барлық желілер бос емес еді",
    # DtmfPad
    "DtmfPad/Tones sent on this call": "Осы қоңырауда жіберілген тондық сигналдар",
    "DtmfPad/Tones (F4):": "Тондар (F4):",
    "DtmfPad/Keypad (F4): click or type digits, * and #": (
        "Пернетақта (F4): цифрларды, * және # басыңыз немесе теріңіз"
    ),
    "DtmfPad/Send tone %1 (type %1)": "%1 сигналын жіберу (%1 пернесі)",
    # HistoryWidget
    "HistoryWidget/Today's calls": "Бүгінгі қоңыраулар",
    "HistoryWidget/Time": "Уақыт",
    "HistoryWidget/Direction": "Бағыт",
    "HistoryWidget/Number": "Нөмір",
    "HistoryWidget/Duration": "Ұзақтығы",
    "HistoryWidget/End": "Аяқталуы",
    "HistoryWidget/Recording": "Жазба",
    "HistoryWidget/Verification": "Верификация",
    "HistoryWidget/Category": "Санат",
    "HistoryWidget/Reg. number": "Тірк. нөмірі",
    "HistoryWidget/Call back": "Кері қоңырау",
    "HistoryWidget/Call the selected row's number back (Enter or double click on the row)": (
        "Таңдалған жолдағы нөмірге кері қоңырау шалу (Enter немесе жолды екі рет басу)"
    ),
    "HistoryWidget/Threat": "Қорқыту",
    "HistoryWidget/Abuse": "Қорлау",
    "HistoryWidget/Not ready": "Дайын емес",
    "HistoryWidget/Busy": "Бос емес",
    "HistoryWidget/Not recorded — refused": "Жазбасыз — қабылданбады",
    "HistoryWidget/All lines busy — refused": "Барлық желілер бос емес — қабылданбады",
    "HistoryWidget/No voice calls — refused": "Дауыстық қоңыраулар жоқ — қабылданбады",
    "HistoryWidget/Transferred": "Ауыстырылды",
    "HistoryWidget/Transferred to %1": "%1 нөміріне ауыстырылды",
    "HistoryWidget/Verified": "Верификацияланды",
    "HistoryWidget/Not verified": "Верификацияланбады",
    "HistoryWidget/Locked": "Бұғатталды",
    "HistoryWidget/General help only": "Тек жалпы кеңес",
    # IncidentBar
    "IncidentBar/Abuse — end call": "Қорлау — аяқтау",
    "IncidentBar/Threat — end call + police": "Қорқыту — аяқтау + полиция",
    "IncidentBar/Abuse: end the call now and report to management (KUTY-3.1)": (
        "Қорлау: қоңырауды дереу аяқтап, басшылыққа хабарлау (KUTY-3.1)"
    ),
    "IncidentBar/Threat: end the call now, report to management and the police (KUTY-3.2)": (
        "Қорқыту: қоңырауды дереу аяқтап, басшылыққа және полицияға хабарлау (KUTY-3.2)"
    ),
    "IncidentBar/Incident %1 filed; management is notified.": (
        "%1 инциденті тіркелді; басшылыққа хабарланды."
    ),
    "IncidentBar/The incident could not be filed (%1). Tell your supervisor now.": (
        "Инцидентті тіркеу мүмкін болмады (%1). Жетекшіге дереу хабарлаңыз."
    ),
    # IncidentForm
    "IncidentForm/What the caller said (optional)": "Абонент не айтты (міндетті емес)",
    "IncidentForm/Save note": "Жазбаны сақтау",
    "IncidentForm/It was a mistake": "Бұл қателік еді",
    "IncidentForm/Withdraw this incident: the button was pressed by mistake. Management is "
    "told, the record is kept and audited (KUTY-3.1, KUTY-3.2).": (
        "Бұл инцидентті кері қайтару: түйме қателесіп басылды. Басшылыққа хабарланады, жазба "
        "сақталып, аудит журналына түседі (KUTY-3.1, KUTY-3.2)."
    ),
    "IncidentForm/It is abuse, not a threat": "Бұл қорқыту емес, қорлау",
    "IncidentForm/Change the threat (KUTY-3.2) into abuse (KUTY-3.1): the police package is "
    "marked withdrawn, management is told, and it is audited.": (
        "Қорқытуды (KUTY-3.2) қорлауға (KUTY-3.1) өзгерту: полицияға арналған пакет кері "
        "қайтарылған деп белгіленеді, басшылыққа хабарланады, әрекет аудит журналына "
        "жазылады."
    ),
    "IncidentForm/Why? (required)": "Неге? (міндетті)",
    "IncidentForm/Confirm": "Растау",
    "IncidentForm/Cancel": "Болдырмау",
    "IncidentForm/Threat (KUTY-3.2)": "Қорқыту (KUTY-3.2)",
    "IncidentForm/Abuse (KUTY-3.1)": "Қорлау (KUTY-3.1)",
    "IncidentForm/%1: incident %2 is filed and management is notified. Optionally, write "
    "down what was said.": (
        "%1: %2 инциденті тіркелді, басшылыққа хабарланды. Қаласаңыз, не айтылғанын жазып қойыңыз."
    ),
    "IncidentForm/Note saved.": "Жазба сақталды.",
    "IncidentForm/Say why the incident is withdrawn, then confirm.": (
        "Инцидент неге кері қайтарылатынын жазып, растаңыз."
    ),
    "IncidentForm/Say why this was abuse and not a threat, then confirm.": (
        "Бұл неге қорқыту емес, қорлау болғанын жазып, растаңыз."
    ),
    "IncidentForm/Type the reason first.": "Алдымен себебін жазыңыз.",
    "IncidentForm/Incident %1 is withdrawn; management is told.": (
        "%1 инциденті кері қайтарылды; басшылыққа хабарланды."
    ),
    "IncidentForm/Changed to abuse (KUTY-3.1); the police package is withdrawn.": (
        "Қорлауға өзгертілді (KUTY-3.1); полицияға арналған пакет кері қайтарылды."
    ),
    "IncidentForm/Not saved (%1); try again.": "Сақталмады (%1); қайталап көріңіз.",
    # IncidentsUi
    "IncidentsUi/Written messages": "Жазбаша өтініштер",
    "IncidentsUi/Supervisor queue": "Жетекші кезегі",
    "IncidentsUi/Complaints": "Шағымдар",
    "IncidentsUi/Incident settings are invalid (%1); e-mail reports are off.": (
        "Инцидент баптаулары қате (%1); электрондық пошта хабарламалары өшірілді."
    ),
    "IncidentsUi/Supervisor queue (%1)": "Жетекші кезегі (%1)",
    # MainWindow
    "MainWindow/Kuty help desk — operator console": "Куты қолдау қызметі — оператор консолі",
    "MainWindow/Incidents": "Инциденттер",
    "MainWindow/Today's calls": "Бүгінгі қоңыраулар",
    "MainWindow/Calls": "Қоңыраулар",
    "MainWindow/The call, the caller's verification (KUTY-2.2) and today's calls": (
        "Сөйлесу, абонент верификациясы (KUTY-2.2) және бүгінгі қоңыраулар"
    ),
    "MainWindow/Supervision": "Бақылау",
    "MainWindow/Notices, incidents (KUTY-3.x) and complaints (KUTY-1.2)": (
        "Хабарламалар, инциденттер (KUTY-3.x) және шағымдар (KUTY-1.2)"
    ),
    "MainWindow/Reports": "Есептер",
    "MainWindow/Calls, outcomes, incidents, verification and complaints by day": (
        "Қоңыраулар, олардың нәтижелері, инциденттер, верификация және шағымдар күн бойынша"
    ),
    "MainWindow/Administration": "Әкімшілік",
    "MainWindow/Seat settings, SIP accounts, users and imports": (
        "Жұмыс орнының баптаулары, SIP тіркелгілері, пайдаланушылар және импорт"
    ),
    "MainWindow/Wallboard": "Табло",
    "MainWindow/Scripts": "Сценарийлер",
    "MainWindow/Caller": "Абонент",
    "MainWindow/Dialling is not available on this console.": (
        "Бұл консольде нөмір теру қолжетімсіз."
    ),
    "MainWindow/No headset found: you cannot hear callers. Plug in the headset.": (
        "Гарнитура табылмады: абоненттерді естімейсіз. Гарнитураны қосыңыз."
    ),
    "MainWindow/The phone engine stopped unexpectedly (%1). It is restarting; a call in "
    "progress was cut off and its recording is kept.": (
        "Телефон модулі күтпеген жерден тоқтады (%1). Ол қайта іске қосылуда; ағымдағы "
        "қоңырау үзілді, оның жазбасы сақталды."
    ),
    "MainWindow/The phone engine is running again.": "Телефон модулі қайта жұмыс істеп тұр.",
    "MainWindow/Could not %1: %2": "%1 мүмкін болмады: %2",
    "MainWindow/answer the call": "қоңырауға жауап беру",
    "MainWindow/reject the call": "қоңырауды қабылдамау",
    "MainWindow/hang up": "қоңырауды аяқтау",
    "MainWindow/put the call on hold": "қоңырауды күтуге қою",
    "MainWindow/resume the call": "сөйлесуді жалғастыру",
    "MainWindow/mute the microphone": "микрофонды өшіру",
    "MainWindow/send tones": "тондық сигналдарды жіберу",
    "MainWindow/place the call": "қоңырау шалу",
    "MainWindow/change your state": "күйіңізді өзгерту",
    "MainWindow/transfer the call": "қоңырауды ауыстыру",
    "MainWindow/call for a consultation": "кеңесу үшін қоңырау шалу",
    "MainWindow/complete the transfer": "ауыстыруды аяқтау",
    "MainWindow/register the SIP account": "SIP тіркелгісін тіркеу",
    "MainWindow/remove the SIP account": "SIP тіркелгісін жою",
    "MainWindow/RECORDING FAILED: this call is not being recorded (KUTY-1.1). Tell your "
    "supervisor now.": (
        "ЖАЗУ СӘТСІЗ: бұл қоңырау жазылмай жатыр (KUTY-1.1). Жетекшіге дереу хабарлаңыз."
    ),
    "MainWindow/RECORDING STOPPED: the recordings folder takes no more audio, this call is "
    "being lost (KUTY-1.1). Tell your supervisor now; supervisors were notified.": (
        "ЖАЗУ ТОҚТАДЫ: жазбалар қалтасы енді дыбыс қабылдамайды, бұл қоңырау жоғалып жатыр "
        "(KUTY-1.1). Жетекшіге дереу хабарлаңыз; жетекшілерге хабарланды."
    ),
    "MainWindow/Recording continues; the missing part is marked in the recording.": (
        "Жазу жалғасуда; өткізіп алынған бөлігі жазбада белгіленді."
    ),
    "MainWindow/Little free space is left for recordings. Tell your supervisor before it "
    "runs out (KUTY-1.1).": (
        "Жазбаларға бос орын аз қалды. Ол таусылмай тұрып жетекшіге хабарлаңыз (KUTY-1.1)."
    ),
    "MainWindow/The phone engine cannot start (%1). Calls cannot be taken; tell the "
    "administrator.": (
        "Телефон модулі іске қосылмайды (%1). Қоңыраулар қабылданбайды; әкімшіге хабарлаңыз."
    ),
    "MainWindow/The desk speakers for the ringtone cannot be opened: calls ring only in the "
    "headset. Check the ringer device in the settings.": (
        "Қоңырау сигналына арналған динамиктерді ашу мүмкін емес: қоңырау тек гарнитурада "
        "естіледі. Баптаулардан қоңырау құрылғысын тексеріңіз."
    ),
    "MainWindow/A call was refused because it could not be recorded (KUTY-1.1): the caller "
    "heard an apology. Tell your supervisor now; supervisors were notified.": (
        "Қоңырауды жазу мүмкін болмағандықтан, ол қабылданбады (KUTY-1.1): абонент кешірім "
        "естіді. Жетекшіге дереу хабарлаңыз; жетекшілерге хабарланды."
    ),
    "MainWindow/The database is unreachable: calls are still answered and recorded, their "
    "details are kept on this computer and saved when it is back.": (
        "Дерекқор қолжетімсіз: қоңыраулар бұрынғыдай қабылданып, жазылады, олардың деректері "
        "осы компьютерде сақталып, дерекқор қайта қосылғанда жазылады."
    ),
    "MainWindow/The database is back; the kept call details were saved.": (
        "Дерекқор қайта қолжетімді; сақталған қоңырау деректері жазылды."
    ),
    "MainWindow/Recordings interrupted by the engine failure could not be repaired. Tell "
    "your supervisor.": (
        "Модуль ақауынан үзілген жазбаларды қалпына келтіру мүмкін болмады. Жетекшіге хабарлаңыз."
    ),
    "MainWindow/The STUN server did not answer: the phone uses this computer's local "
    "address. Calls through a provider outside the office may have no sound; tell the "
    "administrator.": (
        "STUN сервері жауап бермеді: телефон осы компьютердің жергілікті мекенжайын "
        "пайдаланады. Кеңседен тыс провайдер арқылы қоңырауларда дыбыс болмауы мүмкін; "
        "әкімшіге хабарлаңыз."
    ),
    "MainWindow/ICE is switched off: the phone listens on a loopback address. Calls still "
    "work; set a network address in the settings to use ICE.": (
        "ICE өшірулі: телефон loopback мекенжайында тыңдайды. Қоңыраулар жұмыс істейді; ICE "
        "қосу үшін баптауларда желі мекенжайын көрсетіңіз."
    ),
    "MainWindow/Phone alert: %1": "Телефон ескертуі: %1",
    # MessagesView
    "MessagesView/E-mail": "Электрондық пошта",
    "MessagesView/Chat": "Чат",
    "MessagesView/Log message": "Өтінішті тіркеу",
    "MessagesView/Written messages": "Жазбаша өтініштер",
    "MessagesView/Abuse — stop + report": "Қорлау — тоқтату + хабарлау",
    "MessagesView/Stop the correspondence and report to management (KUTY-3.3)": (
        "Хат алмасуды тоқтатып, басшылыққа хабарлау (KUTY-3.3)"
    ),
    "MessagesView/Threat — stop + report + police": "Қорқыту — тоқтату + хабарлау + полиция",
    "MessagesView/Stop the correspondence, report to management and the police (KUTY-3.4)": (
        "Хат алмасуды тоқтатып, басшылыққа және полицияға хабарлау (KUTY-3.4)"
    ),
    "MessagesView/Channel": "Арна",
    "MessagesView/Sender": "Жіберуші",
    "MessagesView/Subject": "Тақырып",
    "MessagesView/Text": "Мәтін",
    "MessagesView/THREAT": "ҚОРҚЫТУ",
    "MessagesView/ABUSE": "ҚОРЛАУ",
    "MessagesView/Sender and text are required.": "Жіберуші мен мәтінді көрсету қажет.",
    "MessagesView/Message %1 logged (KUTY-1.1).": "%1 өтініші тіркелді (KUTY-1.1).",
    "MessagesView/Correspondence stopped; incident %1 filed.": (
        "Хат алмасу тоқтатылды; %1 инциденті тіркелді."
    ),
    "MessagesView/Not saved: %1": "Сақталмады: %1",
    # RingAlert
    "RingAlert/Second call waiting": "Екінші қоңырау күтуде",
    "RingAlert/Incoming call": "Кіріс қоңырау",
    # ScriptsPanel
    "ScriptsPanel/Scripts": "Сценарийлер",
    "ScriptsPanel/Script text to read aloud": "Дауыстап оқуға арналған сценарий мәтіні",
    "ScriptsPanel/This desk's policy has no scripts.": "Бұл қызметтің саясатында сценарийлер жоқ.",
    "ScriptsPanel/Scripts to read aloud (%1 to come here; arrows choose; Enter records a "
    "refusal)": (
        "Дауыстап оқуға арналған сценарийлер (%1 — осында өту; бағыттауыштар — таңдау; Enter "
        "— бас тартуды жазу)"
    ),
    "ScriptsPanel/Rules: %1": "Ережелер: %1",
    "ScriptsPanel/Refused: %1": "Бас тартылды: %1",
    'ScriptsPanel/Put "refused: %1" on the wrap-up of this call (Enter in the list)': (
        "Осы қоңыраудың қорытындысына «бас тартылды: %1» қосу (тізімде Enter)"
    ),
    "ScriptsPanel/Added to the wrap-up: refused %1.": "Қорытындыға қосылды: бас тартылды %1.",
    'ScriptsPanel/No call or open wrap-up to add "refused: %1" to.': (
        "«Бас тартылды: %1» қосатын қоңырау немесе ашық қорытынды жоқ."
    ),
    # SignInDialog
    "SignInDialog/Kuty — sign in": "Куты — кіру",
    "SignInDialog/Username:": "Пайдаланушы аты:",
    "SignInDialog/Password:": "Құпиясөз:",
    "SignInDialog/Sign in": "Кіру",
    "SignInDialog/Sign in with your Kuty account.": "Куты тіркелгіңізбен кіріңіз.",
    "SignInDialog/Enter your username and password.": "Пайдаланушы аты мен құпиясөзді енгізіңіз.",
    "SignInDialog/Too many failed attempts: this account is locked until %1. Try again later "
    "or ask an administrator to reset the password.": (
        "Сәтсіз әрекеттер тым көп: тіркелгі %1 дейін бұғатталды. Кейінірек қайталаңыз немесе "
        "әкімшіден құпиясөзді қалпына келтіруді сұраңыз."
    ),
    "SignInDialog/Wrong username or password.": "Пайдаланушы аты немесе құпиясөз қате.",
    "SignInDialog/Sign-in is not possible: %1": "Кіру мүмкін емес: %1",
    # StatusWidget
    "StatusWidget/● REC": "● ЖАЗЫЛУДА",
    "StatusWidget/This call is being recorded (KUTY-1.1)": "Бұл қоңырау жазылып жатыр (KUTY-1.1)",
    "StatusWidget/Phone: starting…": "Телефон: іске қосылуда…",
    "StatusWidget/Phone: ready": "Телефон: дайын",
    "StatusWidget/Phone: stopped unexpectedly": "Телефон: күтпеген жерден тоқтады",
    "StatusWidget/Phone: restarting…": "Телефон: қайта іске қосылуда…",
    "StatusWidget/Phone: stopped": "Телефон: тоқтатылды",
    "StatusWidget/no OpenSSL: SIP over TLS is unavailable": (
        "OpenSSL жоқ: TLS арқылы SIP қолжетімсіз"
    ),
    "StatusWidget/PJSIP %1; TLS: %2": "PJSIP %1; TLS: %2",
    "StatusWidget/version unknown": "нұсқасы белгісіз",
    "StatusWidget/Listening on %1": "%1 мекенжайында қоңырау қабылдайды",
    "StatusWidget/Headset: %1": "Гарнитура: %1",
    "StatusWidget/⚠ No headset": "⚠ Гарнитура жоқ",
    "StatusWidget/⚠ REC STOPPED": "⚠ ЖАЗУ ТОҚТАДЫ",
    "StatusWidget/Audio of this call is being lost: the recordings folder takes no more "
    "audio (KUTY-1.1). Tell your supervisor.": (
        "Бұл қоңыраудың дыбысы жоғалып жатыр: жазбалар қалтасы енді дыбыс қабылдамайды "
        "(KUTY-1.1). Жетекшіге хабарлаңыз."
    ),
    "StatusWidget/Registration failed: %1 %2": "Тіркеу қатесі: %1 %2",
    "StatusWidget/Registered: %1": "Тіркелді: %1",
    "StatusWidget/Not registered: %1": "Тіркелмеген: %1",
    "StatusWidget/Local mode (no registration)": "Жергілікті режим (тіркеусіз)",
    "StatusWidget/%1 refused INVITEs from unknown hosts": (
        "Белгісіз түйіндерден қабылданбаған INVITE: %1"
    ),
    "StatusWidget/STUN: public address from %1": "STUN: жалпыға ортақ мекенжай %1 арқылы",
    "StatusWidget/STUN failed: %1": "STUN сәтсіз: %1",
    # TransferPanel
    "TransferPanel/Transfer (F7)": "Ауыстыру (F7)",
    "TransferPanel/Seat, supervisor or number": "Жұмыс орны, жетекші немесе нөмір",
    "TransferPanel/Where the call goes: a number or sip: address; Enter = blind transfer": (
        "Қайда ауыстыру: нөмір немесе sip: мекенжайы; Enter — кеңессіз ауыстыру"
    ),
    "TransferPanel/Blind transfer": "Бірден ауыстыру",
    "TransferPanel/Send the caller straight to the target, without talking to them first": (
        "Абонентті алдымен адресатпен сөйлеспей, бірден ауыстыру"
    ),
    "TransferPanel/Consult first": "Алдымен кеңесу",
    "TransferPanel/Hold the caller and call the target; then complete or cancel": (
        "Абонентті күтуге қойып, адресатқа қоңырау шалу; содан кейін аяқтау немесе болдырмау"
    ),
    "TransferPanel/Complete transfer": "Ауыстыруды аяқтау",
    "TransferPanel/Connect the caller to the consulted person": "Абонентті кеңескен адаммен қосу",
    "TransferPanel/Cancel transfer": "Ауыстыруды болдырмау",
    "TransferPanel/Hang up the consultation and go back to the caller": (
        "Кеңесті аяқтап, абонентке оралу"
    ),
    "TransferPanel/Transferring to %1…": "%1 нөміріне ауыстырудамыз…",
    "TransferPanel/Calling %1 to consult…": "Кеңесу үшін %1 нөміріне қоңырау шалудамыз…",
    "TransferPanel/Transferring…": "Ауыстырудамыз…",
    "TransferPanel/Transfer cancelled; back to the caller.": (
        "Ауыстыру болдырылмады; сіз қайта абонентпен."
    ),
    "TransferPanel/Transferred": "Ауыстырылды",
    "TransferPanel/Could not transfer: %1": "Ауыстыру мүмкін болмады: %1",
    # VerificationPanel
    "VerificationPanel/Detailed help only for a verified caller (KUTY-2.2)": (
        "Толық кеңес — тек верификацияланған абонентке (KUTY-2.2)"
    ),
    "VerificationPanel/Caller verification": "Абонент верификациясы",
    "VerificationPanel/Type the surname the caller says (KUTY-2.2)": (
        "Абонент атаған тегін енгізіңіз (KUTY-2.2)"
    ),
    "VerificationPanel/Type the first name the caller says (KUTY-2.2)": (
        "Абонент атаған атын енгізіңіз (KUTY-2.2)"
    ),
    "VerificationPanel/Type the key phrase the caller says; it is never shown or stored "
    "(KUTY-2.2)": (
        "Абонент атаған кілт сөз тіркесін енгізіңіз; ол ешқайда көрсетілмейді және "
        "сақталмайды (KUTY-2.2)"
    ),
    "VerificationPanel/Start verification": "Тексеруді бастау",
    "VerificationPanel/Check the caller's number, then ask surname, first name, key phrase": (
        "Абонент нөмірін тексеріп, содан кейін тегін, атын, кілт сөз тіркесін сұрау"
    ),
    "VerificationPanel/Surname": "Тегі",
    "VerificationPanel/First name": "Аты",
    "VerificationPanel/Key phrase": "Кілт сөз тіркесі",
    "VerificationPanel/Type what the caller says, then press Enter.": (
        "Абонент айтқанды енгізіп, Enter басыңыз."
    ),
    "VerificationPanel/You may not verify callers: %1": (
        "Абоненттерді верификациялауға құқығыңыз жоқ: %1"
    ),
    "VerificationPanel/Verification failed: %1": "Тексеруді орындау мүмкін болмады: %1",
    "VerificationPanel/Attempts left: %1": "Қалған әрекеттер: %1",
    "VerificationPanel/You may help with general technical questions only (KUTY-2.1).": (
        "Тек жалпы техникалық сұрақтар бойынша көмектесуге болады (KUTY-2.1)."
    ),
    "VerificationPanel/%1 hours from the last failed attempt": (
        "Соңғы сәтсіз әрекеттен бастап %1 сағ"
    ),
    "VerificationPanel/Ask the caller's surname.": "Абоненттің тегін сұраңыз.",
    "VerificationPanel/Not verified: the answers do not match. Ask all three again, from the "
    "surname.": (
        "Верификацияланбады: жауаптар сәйкес келмейді. Үшеуін де тегінен бастап қайта сұраңыз."
    ),
    "VerificationPanel/The caller is verified: detailed consultation is allowed (KUTY-2.2).": (
        "Абонент верификацияланды: толық кеңес беруге болады (KUTY-2.2)."
    ),
    "VerificationPanel/The answers do not match and this call has no attempts left. Tell the "
    "caller: “We could not confirm your identity, so I can only give general help.”": (
        "Жауаптар сәйкес келмейді және бұл қоңырауда әрекет қалмады. Абонентке айтыңыз: "
        "«Жеке басыңызды растай алмадық, сондықтан тек жалпы кеңес бере аламын.»"
    ),
    "VerificationPanel/Verification was not finished.": "Тексеру аяқталмады.",
    "VerificationPanel/Too many failed verifications: the profile is locked until %1. Tell "
    "the caller: “For your security, checks by phone are paused until %1; please call again "
    "then.”": (
        "Сәтсіз тексерулер тым көп: профиль %1 дейін бұғатталды. Абонентке айтыңыз: "
        "«Қауіпсіздігіңіз үшін телефон арқылы тексеру %1 дейін тоқтатылды; сол уақыттан "
        "кейін қайта қоңырау шалыңыз.»"
    ),
    "VerificationPanel/The number is withheld, so the caller cannot be verified. Tell the "
    "caller: “Please call again from the number in your profile without hiding it.”": (
        "Нөмір жасырылған, сондықтан абонентті верификациялау мүмкін емес. Абонентке "
        "айтыңыз: «Профиліңізде көрсетілген нөмірден, оны жасырмай, қайта қоңырау шалыңыз.»"
    ),
    "VerificationPanel/The caller's number is unknown, so the caller cannot be verified. "
    "Tell the caller: “Please call again from the number in your profile.”": (
        "Абоненттің нөмірі белгісіз, сондықтан оны верификациялау мүмкін емес. Абонентке "
        "айтыңыз: «Профиліңізде көрсетілген нөмірден қайта қоңырау шалыңыз.»"
    ),
    "VerificationPanel/No profile in the Service has this number. Tell the caller: “Detailed "
    "help is given only when you call from the number in your profile.”": (
        "Сервистегі бірде-бір профильде бұл нөмір жоқ. Абонентке айтыңыз: «Толық кеңес "
        "профиліңізде көрсетілген нөмірден қоңырау шалғанда ғана беріледі.»"
    ),
    "VerificationPanel/Checking the number…": "Нөмір тексерілуде…",
    "VerificationPanel/Verification: surname": "Тексеру: тегі",
    "VerificationPanel/Verification: first name": "Тексеру: аты",
    "VerificationPanel/Verification: key phrase": "Тексеру: кілт сөз тіркесі",
    "VerificationPanel/VERIFIED": "ВЕРИФИКАЦИЯЛАНДЫ",
    "VerificationPanel/NOT VERIFIED": "ВЕРИФИКАЦИЯЛАНБАДЫ",
    "VerificationPanel/LOCKED": "БҰҒАТТАЛДЫ",
    "VerificationPanel/General consultation only": "Тек жалпы кеңес",
    "VerificationPanel/Checking…": "Тексерілуде…",
    "VerificationPanel/No answered call": "Сөйлесу жоқ",
    "VerificationPanel/Not verified yet": "Әлі верификацияланбаған",
    "VerificationPanel/Press “Start verification” (%1) before giving detailed help.": (
        "Толық кеңес бермес бұрын «Тексеруді бастау» (%1) түймесін басыңыз."
    ),
    # WorkspaceNav
    "WorkspaceNav/Workspaces": "Жұмыс кеңістіктері",
    # WrapUpPane
    "WrapUpPane/Registration in the service": "Сервисте тіркелу",
    "WrapUpPane/Submitting an application": "Өтініш беру",
    "WrapUpPane/Changing the user's data": "Пайдаланушы деректерін өзгерту",
    "WrapUpPane/Legal question": "Заң мәселесі",
    "WrapUpPane/Order in the queue": "Кезектегі реттілік",
    "WrapUpPane/Filing on the caller's behalf": "Өтініш берушінің орнына өтініш беру",
    "WrapUpPane/Other people's data": "Басқа тұлғалардың деректері",
    "WrapUpPane/Other products": "Басқа өнімдер",
    "WrapUpPane/Consultation": "Кеңес",
    "WrapUpPane/Error or defect": "Қате немесе ақау",
    "WrapUpPane/Out of scope": "Құзыреттен тыс",
    "WrapUpPane/Support request": "Қолдау сұрауы",
    "WrapUpPane/Using the portal": "Порталды пайдалану",
    "WrapUpPane/Not a portal user": "Портал пайдаланушысы емес",
    "WrapUpPane/This call has no number: type the number to call back.": (
        "Бұл қоңыраудың нөмірі жоқ: кері қоңырау үшін нөмірді енгізіңіз."
    ),
    "WrapUpPane/The call-back number is not a valid phone number.": (
        "Кері қоңырау нөмірі жарамды телефон нөмірі емес."
    ),
    "WrapUpPane/A call-back is offered only to VIP cases (EEP-8).": (
        "Кері қоңырау тек VIP деңгейіндегі өтініштерге беріледі (EEP-8)."
    ),
    "WrapUpPane/The call-back time is in the past.": "Кері қоңырау уақыты өтіп кетті.",
    "WrapUpPane/The call-back time is more than a year ahead.": (
        "Кері қоңырау уақыты бір жылдан астам алда."
    ),
    "WrapUpPane/Topic": "Тақырып",
    "WrapUpPane/Notes": "Ескертпелер",
    "WrapUpPane/%1 must be one line.": "%1: бір жол болуы керек.",
    "WrapUpPane/%1 is too long (at most %2 characters).": "%1: тым ұзын (ең көбі %2 таңба).",
    "WrapUpPane/%1 contains characters that cannot be stored.": (
        "%1: сақтау мүмкін емес таңбалар бар."
    ),
    "WrapUpPane/Choose a category from the list.": "Тізімнен санатты таңдаңыз.",
    "WrapUpPane/This registration number is already used.": (
        "Бұл тіркеу нөмірі бұрын пайдаланылған."
    ),
    "WrapUpPane/The wrap-up was not saved: %1": "Қорытынды сақталмады: %1",
    "WrapUpPane/What the contact was about, in a few words": (
        "Өтініш не туралы болды, бірнеше сөзбен"
    ),
    "WrapUpPane/Copy": "Көшіру",
    "WrapUpPane/Copy the registration number": "Тіркеу нөмірін көшіру",
    "WrapUpPane/Call back needed": "Кері қоңырау қажет",
    "WrapUpPane/Save wrap-up": "Қорытындыны сақтау",
    "WrapUpPane/Save the wrap-up and become ready for calls (%1)": (
        "Қорытындыны сақтап, қоңырауларға дайын болу (%1)"
    ),
    "WrapUpPane/Close": "Жабу",
    "WrapUpPane/Category": "Санат",
    "WrapUpPane/Registration number": "Тіркеу нөмірі",
    "WrapUpPane/Refused": "Бас тартылды",
    "WrapUpPane/— choose —": "— таңдаңыз —",
    "WrapUpPane/contact": "өтініш",
    "WrapUpPane/After-call work: %1": "Қоңыраудан кейінгі жұмыс: %1",
    "WrapUpPane/Choose a category first.": "Алдымен санатты таңдаңыз.",
    "WrapUpPane/Saving…": "Сақталуда…",
    "WrapUpPane/Saved as incomplete: the time for wrap-up ran out.": (
        "Аяқталмаған ретінде сақталды: қоңыраудан кейінгі жұмыс уақыты бітті."
    ),
    "WrapUpPane/Wrap-up saved.": "Қорытынды сақталды.",
    "WrapUpPane/The database cannot be reached: the wrap-up is kept on this computer and "
    "saved when it is back.": (
        "Дерекқор қолжетімсіз: қорытынды осы компьютерде сақталып, дерекқор қайта қосылғанда "
        "жазылады."
    ),
    "WrapUpPane/Time left: %1": "Қалды: %1",
    "WrapUpPane/given when saved": "сақтағанда беріледі",
    "WrapUpPane/not needed for this category": "бұл санат үшін қажет емес",
    "WrapUpPane/Registration number copied.": "Тіркеу нөмірі көшірілді.",
    # MainWindow (the Inbox)
    "MainWindow/Inbox": "Хаттар",
    "MainWindow/Written contacts: e-mails in order of arrival, thread, reply, notes, abuse and "
    "threats (KZP-30-9, CSC-2.4, KUTY-3.3/3.4)": (
        "Жазбаша өтініштер: түсу кезегі бойынша хаттар, хат алмасу, жауап, жазбалар, қорлау мен "
        "қорқыту (KZP-30-9, CSC-2.4, KUTY-3.3/3.4)"
    ),
    # WrittenView
    "WrittenView/Written contacts in order of arrival": "Түсу кезегі бойынша жазбаша өтініштер",
    "WrittenView/First come, first answered (KZP-30-9, CSC-2.4)": (
        "Кім бұрын жазса, соған бұрын жауап беріледі (KZP-30-9, CSC-2.4)"
    ),
    "WrittenView/Refresh": "Жаңарту",
    "WrittenView/Next case": "Келесі өтініш",
    "WrittenView/Open the next case in the queue (%1)": "Кезектегі келесі өтінішті ашу (%1)",
    "WrittenView/Written cases in order of arrival": "Түсу кезегі бойынша жазбаша өтініштер",
    "WrittenView/Arrived": "Түсті",
    "WrittenView/Channel": "Арна",
    "WrittenView/From": "Кімнен",
    "WrittenView/Subject": "Тақырып",
    "WrittenView/No.": "Нөмір",
    "WrittenView/Status": "Күйі",
    "WrittenView/Answer due": "Жауап мерзімі",
    "WrittenView/No written contacts are waiting.": "Күтіп тұрған жазбаша өтініштер жоқ.",
    "WrittenView/Select a case on the left.": "Сол жақтан өтінішті таңдаңыз.",
    "WrittenView/Take case": "Өтінішті алу",
    "WrittenView/Handle this case yourself; its answer time runs from now (CSC-2.4)": (
        "Өтінішті өзіңіз өңдеу; жауап беру уақыты осы сәттен бастап есептеледі (CSC-2.4)"
    ),
    "WrittenView/Join the call": "Қоңырауды қосу",
    "WrittenView/Join this seat's last call to this case, when it is the same person": (
        "Осы жұмыс орнының соңғы қоңырауын өтінішке қосу, егер бұл сол адам болса"
    ),
    "WrittenView/Messages and internal notes of the case": "Өтініштің хаттары мен ішкі жазбалары",
    "WrittenView/Attachments": "Тіркемелер",
    "WrittenView/Save attachment…": "Тіркемені сақтау…",
    "WrittenView/Save the selected attachment into a folder; the console never opens it": (
        "Таңдалған тіркемені қалтаға сақтау; консоль оны ешқашан ашпайды"
    ),
    "WrittenView/Insert a reply template of the desk's policy": (
        "Қызмет регламентіндегі жауап үлгісін қою"
    ),
    "WrittenView/Reply templates": "Жауап үлгілері",
    "WrittenView/Insert a template…": "Үлгіні қою…",
    "WrittenView/Your reply to the writer": "Өтініш авторына жауабыңыз",
    "WrittenView/Reply": "Жауап",
    "WrittenView/Write the reply here (%1); send it with %2": (
        "Жауапты осында жазыңыз (%1); оны %2 пернелерімен жіберіңіз"
    ),
    "WrittenView/Send reply": "Жауапты жіберу",
    "WrittenView/Send the reply by e-mail; it is kept with its hash (KUTY-1.1) (%1)": (
        "Жауапты электрондық поштамен жіберу; ол хешімен бірге сақталады (KUTY-1.1) (%1)"
    ),
    "WrittenView/Save as internal note": "Ішкі жазба ретінде сақтау",
    "WrittenView/Keep the text as a note for the desk; it is never sent to the writer": (
        "Мәтінді қызметке арналған жазба ретінде сақтау; ол өтініш авторына ешқашан жіберілмейді"
    ),
    "WrittenView/Waiting for the writer": "Автордың жауабын күтуде",
    "WrittenView/The case waits for the writer's answer (EEP-15 closes it after 8 h)": (
        "Өтініш автордың жауабын күтеді (EEP-15 бойынша 8 сағаттан кейін жабылады)"
    ),
    "WrittenView/Defer": "Кейінге қалдыру",
    "WrittenView/A complex question asked on weekend duty waits for Monday (CSC-2.3)": (
        "Демалыс күнгі кезекшілікте қойылған күрделі сұрақ дүйсенбіні күтеді (CSC-2.3)"
    ),
    "WrittenView/Reason for closing": "Жабу себебі",
    "WrittenView/Close case": "Өтінішті жабу",
    "WrittenView/Close the case with the reason typed beside it": (
        "Өтінішті жанында жазылған себеппен жабу"
    ),
    "WrittenView/Abuse — stop + report": "Қорлау — тоқтату + хабарлау",
    "WrittenView/Stop the correspondence and report to management (KUTY-3.3)": (
        "Хат алмасуды тоқтатып, басшылыққа хабарлау (KUTY-3.3)"
    ),
    "WrittenView/Threat — stop + report + police": "Қорқыту — тоқтату + хабарлау + полиция",
    "WrittenView/Stop the correspondence, report to management and the police with the message "
    "and all its headers (KUTY-3.4)": (
        "Хат алмасуды тоқтатып, басшылыққа және полицияға хабарлау, хатты барлық "
        "тақырыптамаларымен бірге беру (KUTY-3.4)"
    ),
    "WrittenView/New": "Жаңа",
    "WrittenView/Open": "Жұмыста",
    "WrittenView/Deferred": "Кейінге қалдырылды",
    "WrittenView/Closed": "Жабылды",
    "WrittenView/Unknown": "Белгісіз",
    "WrittenView/E-mail": "Эл. пошта",
    "WrittenView/Chat": "Чат",
    "WrittenView/Call": "Қоңырау",
    "WrittenView/not answered yet": "әлі жауап берілмеді",
    "WrittenView/answered": "жауап берілді",
    "WrittenView/being sent": "жіберілуде",
    "WrittenView/sent": "жіберілді",
    "WrittenView/NOT SENT": "ЖІБЕРІЛМЕДІ",
    "WrittenView/over the size limit, only its beginning is kept": (
        "рұқсат етілген өлшемнен үлкен, тек басы сақталды"
    ),
    "WrittenView/deferred to %1": "%1 дейін кейінге қалдырылды",
    "WrittenView/closes now (no answer)": "қазір жабылады (жауап жоқ)",
    "WrittenView/closes in %1": "жабылуына %1 қалды",
    "WrittenView/overdue": "мерзімі өтті",
    "WrittenView/%1 left": "%1 қалды",
    "WrittenView/This reply asks the writer for a password or login data, which the regulation "
    "forbids (KZP-30-11): remove that request before sending.": (
        "Бұл жауапта автордан құпиясөзді немесе кіру деректерін сұрау бар, ал регламент оған "
        "тыйым салады (KZP-30-11): жібермес бұрын бұл сұрауды алып тастаңыз."
    ),
    "WrittenView/The correspondence is stopped (KUTY-3.3/3.4): no reply is sent.": (
        "Хат алмасу тоқтатылды (KUTY-3.3/3.4): жауап жіберілмейді."
    ),
    "WrittenView/Type the reason for closing first.": "Алдымен жабу себебін жазыңыз.",
    "WrittenView/Nothing to defer now: answer the question (CSC-2.3).": (
        "Қазір кейінге қалдыратын ештеңе жоқ: сұраққа жауап беріңіз (CSC-2.3)."
    ),
    "WrittenView/The reply is empty.": "Жауап бос.",
    "WrittenView/No mail server is set up for replies; tell the administrator ([smtp] in "
    "incidents.toml).": (
        "Жауаптарға арналған пошта сервері бапталмаған; әкімшіге хабарлаңыз (incidents.toml "
        "ішіндегі [smtp])."
    ),
    "WrittenView/The reply was kept but the mail server did not take it. Try again later or "
    "tell the administrator.": (
        "Жауап сақталды, бірақ пошта сервері оны қабылдамады. Кейінірек қайталап көріңіз немесе "
        "әкімшіге хабарлаңыз."
    ),
    "WrittenView/The note is empty.": "Жазба бос.",
    "WrittenView/Another operator is handling this case; ask a supervisor.": (
        "Бұл өтінішпен басқа оператор жұмыс істеп жатыр; жетекшіге жүгініңіз."
    ),
    "WrittenView/This case is closed.": "Бұл өтініш жабылған.",
    "WrittenView/stopped": "тоқтатылды",
    "WrittenView/(no subject)": "(тақырыпсыз)",
    "WrittenView/First answer due %1 (CSC-2.4)": "Алғашқы жауап мерзімі: %1 (CSC-2.4)",
    "WrittenView/The policy sets no answer time (KZP-30-9)": (
        "Регламент жауап беру мерзімін белгілемейді (KZP-30-9)"
    ),
    "WrittenView/no number": "нөмірсіз",
    "WrittenView/(no name)": "(атаусыз)",
    "WrittenView/over the size limit, not kept": "рұқсат етілген өлшемнен үлкен, сақталмады",
    "WrittenView/archive, never unpacked": "архив, ешқашан тарқатылмайды",
    "WrittenView/No attachments": "Тіркемелер жоқ",
    "WrittenView/From %1": "Кімнен: %1",
    "WrittenView/Reply from the desk to %1": "Қызметтің жауабы, кімге: %1",
    "WrittenView/correspondence stopped": "хат алмасу тоқтатылды",
    "WrittenView/Internal note — %1": "Ішкі жазба — %1",
    "WrittenView/not sent to the writer": "авторға жіберілмейді",
    "WrittenView/Join call %1": "%1 қоңырауын қосу",
    "WrittenView/The case is yours.": "Өтініш енді сіздікі.",
    "WrittenView/without a number": "нөмірсіз",
    "WrittenView/Call %1 joined to this case.": "%1 қоңырауы өтінішке қосылды.",
    "WrittenView/Check the reply": "Жауапты тексеріңіз",
    "WrittenView/Send it anyway?": "Бәрібір жіберу керек пе?",
    "WrittenView/Send anyway": "Бәрібір жіберу",
    "WrittenView/Edit the reply": "Жауапты түзету",
    "WrittenView/Reply sent; the case waits for the writer.": (
        "Жауап жіберілді; өтініш автордың жауабын күтеді."
    ),
    "WrittenView/It was not filed in the mailbox's Sent folder.": (
        "Ол пошта жәшігінің «Жіберілгендер» қалтасына салынбады."
    ),
    "WrittenView/Sending…": "Жіберілуде…",
    "WrittenView/Internal note saved; the writer does not see it.": (
        "Ішкі жазба сақталды; өтініш авторы оны көрмейді."
    ),
    "WrittenView/The case waits for the writer.": "Өтініш автордың жауабын күтеді.",
    "WrittenView/Deferred to %1 (CSC-2.3).": "%1 дейін кейінге қалдырылды (CSC-2.3).",
    "WrittenView/The case is closed.": "Өтініш жабылды.",
    "WrittenView/Correspondence stopped; incident %1 filed.": (
        "Хат алмасу тоқтатылды; %1 инциденті тіркелді."
    ),
    "WrittenView/The address %1 is blocked.": "%1 мекенжайы бұғатталды.",
    "WrittenView/A supervisor may block the address.": "Мекенжайды жетекші бұғаттай алады.",
    "WrittenView/Save the attachment into a folder": "Тіркемені қалтаға сақтау",
    "WrittenView/Saved as %1; not opened.": "%1 ретінде сақталды; ашылмады.",
    "WrittenView/The folder cannot be written.": "Бұл қалтаға жазу мүмкін емес.",
    "WrittenView/⚠ Not verified (KUTY-2.2): general help only — nothing from the profile or the "
    "applications. For details, ask them to call from the profile's number.": (
        "⚠ Верификацияланбаған (KUTY-2.2): тек жалпы көмек — профильден де, өтінімдерден де ештеңе "
        "берілмейді. Толық кеңес алу үшін профильде көрсетілген нөмірден қоңырау шалуды сұраңыз."
    ),
    "WrittenView/Close case…": "Өтінішті жабу…",
    "WrittenView/Close the case with its wrap-up: category, topic, notes and the reason": (
        "Өтінішті қорытындымен жабу: санат, тақырып, ескертпелер және себеп"
    ),
    "WrittenView/Choose one of the policy's categories.": (
        "Регламенттегі санаттардың бірін таңдаңыз."
    ),
    "WrittenView/The policy has no such service level (EEP-3).": (
        "Регламентте мұндай қызмет көрсету деңгейі жоқ (EEP-3)."
    ),
    "WrittenView/The policy asks writers for no self-identification (EEP-11).": (
        "Регламент авторлардан өзін таныстыруды талап етпейді (EEP-11)."
    ),
    "WrittenView/talked %1": "сөйлесу %1",
    "WrittenView/not answered": "жауапсыз",
    "WrittenView/caller verified (KUTY-2.2)": "абонент верификацияланды (KUTY-2.2)",
    "WrittenView/Call with %1": "Қоңырау — %1",
    "WrittenView/The writer is not verified (KUTY-2.2): send only general help, nothing from their "
    "profile or applications.": (
        "Автор верификацияланбаған (KUTY-2.2): тек жалпы көмек жіберіңіз, оның профилі мен "
        "өтінімдерінен ештеңе жібермеңіз."
    ),
    "WrittenView/Case %1 is closed.": "%1 өтініші жабылды.",
    # CaseControls
    "CaseControls/Basic": "Базалық",
    "CaseControls/VIP": "VIP",
    "CaseControls/Writer identified themselves (EEP-11)": "Автор өзін таныстырды (EEP-11)",
    "CaseControls/Writer refused to identify: service may be refused (EEP-11)": (
        "Автор өзін таныстырудан бас тартты: кеңес беруден бас тартуға болады (EEP-11)"
    ),
    "CaseControls/Writer not identified yet (EEP-11)": "Автор әлі өзін таныстырған жоқ (EEP-11)",
    "CaseControls/Writer verified by a call on this case (KUTY-2.2)": (
        "Автор осы өтініш бойынша қоңырау арқылы верификацияланды (KUTY-2.2)"
    ),
    "CaseControls/Writer not verified: general help only (KUTY-2.2)": (
        "Автор верификацияланбаған: тек жалпы көмек (KUTY-2.2)"
    ),
    # CasePolicyBar
    "CasePolicyBar/Category of the case": "Өтініш санаты",
    "CasePolicyBar/The policy's category; an error case gets its own registration number (EEP-4, "
    "EEP-13)": (
        "Регламент бойынша санат; қате туралы өтінішке жеке тіркеу нөмірі беріледі (EEP-4, EEP-13)"
    ),
    "CasePolicyBar/Category…": "Санат…",
    "CasePolicyBar/Service level": "Қызмет көрсету деңгейі",
    "CasePolicyBar/Service level: Basic, or VIP by contract (EEP-3)": (
        "Қызмет көрсету деңгейі: базалық немесе шарт бойынша VIP (EEP-3)"
    ),
    "CasePolicyBar/Level…": "Деңгей…",
    "CasePolicyBar/Identified": "Өзін таныстырды",
    "CasePolicyBar/The writer gave the details that identify them (EEP-11)": (
        "Автор өзін сәйкестендіретін мәліметтерді берді (EEP-11)"
    ),
    "CasePolicyBar/Not identified…": "Өзін таныстырмады…",
    "CasePolicyBar/The writer would not identify themselves: record it and put the request to "
    "identify into the reply (EEP-11)": (
        "Автор өзін таныстырудан бас тартты: мұны тіркеп, жауапқа өзін таныстыру туралы сұрауды "
        "қосу (EEP-11)"
    ),
    "CasePolicyBar/Out of scope (%1): the refusal is in the reply.": (
        "Құзыреттен тыс (%1): бас тарту мәтіні жауапқа қосылды."
    ),
    "CasePolicyBar/Registered as an error: number %1 (EEP-13).": (
        "Қате ретінде тіркелді: нөмірі %1 (EEP-13)."
    ),
    "CasePolicyBar/Category: %1.": "Санат: %1.",
    "CasePolicyBar/Service level: %1 (EEP-3).": "Қызмет көрсету деңгейі: %1 (EEP-3).",
    "CasePolicyBar/Recorded: not identified. The request to identify is in the reply.": (
        "Тіркелді: өзін таныстырмады. Өзін таныстыру туралы сұрау жауапқа қосылды."
    ),
    "CasePolicyBar/Recorded: the writer identified themselves.": "Тіркелді: автор өзін таныстырды.",
    # CaseWrapUpDialog
    "CaseWrapUpDialog/no number": "нөмірсіз",
    "CaseWrapUpDialog/Close case %1": "%1 өтінішін жабу",
    "CaseWrapUpDialog/— choose —": "— таңдаңыз —",
    "CaseWrapUpDialog/What the contact was about, in a few words": (
        "Өтініш не туралы болды, бірнеше сөзбен"
    ),
    "CaseWrapUpDialog/Out of scope": "Құзыреттен тыс",
    "CaseWrapUpDialog/Reason for closing": "Жабу себебі",
    "CaseWrapUpDialog/Close the case": "Өтінішті жабу",
    "CaseWrapUpDialog/Cancel": "Болдырмау",
    "CaseWrapUpDialog/Category": "Санат",
    "CaseWrapUpDialog/Topic": "Тақырып",
    "CaseWrapUpDialog/Notes": "Ескертпелер",
    "CaseWrapUpDialog/Choose a category first.": "Алдымен санатты таңдаңыз.",
    "CaseWrapUpDialog/Type the reason for closing first.": "Алдымен жабу себебін жазыңыз.",
    "CaseWrapUpDialog/This case is closed.": "Бұл өтініш жабылған.",
    # IncidentsView
    "IncidentsView/Incidents": "Инциденттер",
    "IncidentsView/Kind": "Түрі",
    "IncidentsView/Time": "Уақыты",
    "IncidentsView/Number": "Нөмір",
    "IncidentsView/Operator": "Оператор",
    "IncidentsView/Status": "Күйі",
    "IncidentsView/Hold": "Жоюға тыйым",
    "IncidentsView/The incident's facts": "Инцидент фактілері",
    "IncidentsView/Handed to police…": "Полицияға берілді…",
    "IncidentsView/Reported to management": "Басшылыққа хабарланды",
    "IncidentsView/Close incident": "Жабу",
    "IncidentsView/Export package (ZIP)…": "Пакетті экспорттау (ZIP)…",
    "IncidentsView/Block number…": "Нөмірді бұғаттау…",
    "IncidentsView/Unblock number": "Нөмірді бұғаттан шығару",
    "IncidentsView/Abuse": "Қорлау",
    "IncidentsView/Threat": "Қорқыту",
    "IncidentsView/%1 recording(s)": "жазбалар: %1",
    "IncidentsView/Written": "Жазбаша",
    "IncidentsView/—": "—",
    "IncidentsView/Block sender…": "Жіберушіні бұғаттау…",
    "IncidentsView/Mail from blocked senders (kept, not in the queue):": (
        "Бұғатталған жіберушілердің хаттары (сақталған, кезекте емес):"
    ),
    "IncidentsView/Mail from blocked senders": "Бұғатталған жіберушілердің хаттары",
    "IncidentsView/Sender": "Жіберуші",
    "IncidentsView/Subject": "Тақырып",
    "IncidentsView/The seat's policy cannot be read: %1": (
        "Жұмыс орнының регламентін оқу мүмкін емес: %1"
    ),
    "IncidentsView/The %1 regulation does not allow blocking writers; only a regulation that "
    "allows blocking violators does (KZP-30-19, CSC-2.12).": (
        "%1 регламенті жіберушілерді бұғаттауға рұқсат етпейді; бұл тек ереже бұзушыларды "
        "бұғаттауға рұқсат ететін регламент бойынша мүмкін (KZP-30-19, CSC-2.12)."
    ),
    "IncidentsView/Block the writer's address (%1). Their mail is still kept and listed "
    "below, never dropped (KUTY-1.1).": (
        "Жіберушінің мекенжайын бұғаттау (%1). Оның хаттары бұрынғыдай сақталып, төменде "
        "көрсетіледі, ешқашан жойылмайды (KUTY-1.1)."
    ),
    "IncidentsView/Open": "Ашық",
    "IncidentsView/Handed to police": "Полицияға берілді",
    "IncidentsView/Closed": "Жабылды",
    "IncidentsView/Incident %1": "%1 инциденті",
    "IncidentsView/Status: %1": "Күйі: %1",
    "IncidentsView/Pressed at: %1": "Түйме басылған уақыт: %1",
    "IncidentsView/Operator: %1": "Оператор: %1",
    "IncidentsView/Caller number: %1": "Абонент нөмірі: %1",
    "IncidentsView/withheld": "жасырылған",
    "IncidentsView/Verification: %1": "Верификация: %1",
    "IncidentsView/Offset in recording: %1 s": "Жазбадағы орны: %1 с",
    "IncidentsView/Written message: %1": "Жазбаша өтініш: %1",
    "IncidentsView/Recordings on legal hold: %1": "Жоюға тыйым салынған жазбалар: %1",
    "IncidentsView/Handed to police on %1, reference %2": "%1 полицияға берілді, нөмірі %2",
    "IncidentsView/Police package: %1": "Полицияға арналған пакет: %1",
    "IncidentsView/Operator's note:": "Оператордың ескертпесі:",
    "IncidentsView/(none)": "(жоқ)",
    "IncidentsView/Only a supervisor may block a writer.": "Жіберушіні тек жетекші бұғаттай алады.",
    "IncidentsView/%1 is already blocked.": "%1 бұғатталып қойған.",
    "IncidentsView/Incident %1: %2": "%1 инциденті: %2",
    "IncidentsView/Export police package": "Полицияға арналған пакетті экспорттау",
    "IncidentsView/ZIP archives (*.zip)": "ZIP архивтері (*.zip)",
    "IncidentsView/Package exported: %1": "Пакет экспортталды: %1",
    "IncidentsView/Block %1": "%1 бұғаттау",
    "IncidentsView/Reason (kept on record):": "Себебі (есепте сақталады):",
    "IncidentsView/A block needs a reason.": "Бұғаттау үшін себеп қажет.",
    "IncidentsView/%1 is blocked; its calls are flagged on the ringing card.": (
        "%1 бұғатталды; оның қоңыраулары қоңырау карточкасында белгіленеді."
    ),
    "IncidentsView/%1 is blocked; their mail is kept and flagged, never put in the queue.": (
        "%1 бұғатталды; оның хаттары белгімен сақталады және кезекке ешқашан түспейді."
    ),
    "IncidentsView/%1 is no longer blocked.": "%1 енді бұғатталмаған.",
    "IncidentsView/Failed: %1": "Қате: %1",
    "IncidentsView/Play the call": "Қоңырауды ойнату",
    "IncidentsView/Open the call's recording where the incident button was pressed": (
        "Қоңырау жазбасын инцидент түймесі басылған жерден ашу"
    ),
    "IncidentsView/Play at %1": "%1 бастап ойнату",
    "IncidentsView/Incident %1 — %2 — %3": "%1 инциденті — %2 — %3",
    # SettingsDialog
    "SettingsDialog/Settings": "Баптаулар",
    "SettingsDialog/Language (after a console restart)": (
        "Тіл (консоль қайта іске қосылғаннан кейін)"
    ),
    "SettingsDialog/SIP accounts": "SIP тіркелгілері",
    "SettingsDialog/Audio": "Дыбыс",
    "SettingsDialog/Calls": "Қоңыраулар",
    "SettingsDialog/Recordings": "Жазбалар",
    "SettingsDialog/Database": "Дерекқор",
    "SettingsDialog/Language": "Тіл",
    "SettingsDialog/E-mail": "Электрондық пошта",
    "SettingsDialog/Retention and transcription": "Сақтау және транскрипция",
    "SettingsDialog/Policy": "Регламент",
    "SettingsDialog/Restart the phone engine to apply": (
        "Қолдану үшін телефон модулін қайта іске қосу"
    ),
    "SettingsDialog/Saving…": "Сақталуда…",
    "SettingsDialog/Not saved: %1": "Сақталмады: %1",
    "SettingsDialog/&Settings": "&Баптаулар",
    "SettingsDialog/Settings…": "Баптаулар…",
    "SettingsDialog/Settings saved.": "Баптаулар сақталды.",
    "SettingsDialog/Settings saved. They apply when the phone engine restarts (not during a "
    "call).": (
        "Баптаулар сақталды. Олар телефон модулі қайта іске қосылғанда күшіне енеді (қоңырау "
        "кезінде емес)."
    ),
    # Wallboard
    "Wallboard/Ready": "Дайын",
    "Wallboard/After-call work": "Қоңыраудан кейінгі жұмыс",
    "Wallboard/Not ready: %1": "Дайын емес: %1",
    "Wallboard/Not ready": "Дайын емес",
    # WallboardView
    "WallboardView/Seat": "Жұмыс орны",
    "WallboardView/Operator": "Оператор",
    "WallboardView/State": "Күйі",
    "WallboardView/In state for": "Күйде тұрғаны",
    "WallboardView/Number": "Нөмір",
    "WallboardView/Talking for": "Сөйлесу ұзақтығы",
    "WallboardView/Verification": "Верификация",
    "WallboardView/Seats": "Жұмыс орындары",
    "WallboardView/Calls in progress": "Ағымдағы қоңыраулар",
    "WallboardView/This seat only (embedded database)": (
        "Тек осы жұмыс орны (кіріктірілген дерекқор)"
    ),
    "WallboardView/Connecting…": "Қосылуда…",
    "WallboardView/The wallboard could not be read: %1": "Таблоны оқу мүмкін болмады: %1",
    "WallboardView/Live: all seats": "Тікелей: барлық жұмыс орындары",
    "WallboardView/Reconnecting to the database…": "Дерекқорға қайта қосылуда…",
    "WallboardView/Ready %1 of %2 · talking %3 · ringing %4 · open incidents %5 · alerts %6": (
        "%2 ішінен %1 дайын · сөйлесуде %3 · шалып жатыр %4 · ашық инциденттер %5 · ескертулер %6"
    ),
    "WallboardView/ringing %1": "шалып жатыр %1",
    "WallboardView/Number withheld": "Нөмір жасырылған",
    # DashboardView
    "DashboardView/First day": "Бірінші күн",
    "DashboardView/Last day": "Соңғы күн",
    "DashboardView/Operator": "Оператор",
    "DashboardView/The whole desk": "Бүкіл қызмет",
    "DashboardView/Show": "Көрсету",
    "DashboardView/Monthly report…": "Айлық есеп…",
    "DashboardView/PDF with these plots and a CSV of the figures, for the head administrator": (
        "Осы графиктер бар PDF және көрсеткіштердің CSV файлы — бас әкімшіге арналған"
    ),
    "DashboardView/Calls per day (green: answered)": (
        "Күн бойынша қоңыраулар (жасыл — қабылданғандар)"
    ),
    "DashboardView/How calls ended": "Қоңыраулар қалай аяқталды",
    "DashboardView/Incidents (KUTY-3.x)": "Инциденттер (KUTY-3.x)",
    "DashboardView/Verification (KUTY-2.2)": "Верификация (KUTY-2.2)",
    "DashboardView/Complaints (KUTY-1.2)": "Шағымдар (KUTY-1.2)",
    "DashboardView/Figures per operator": "Операторлар бойынша көрсеткіштер",
    "DashboardView/Calls": "Қоңыраулар",
    "DashboardView/Answered": "Қабылданды",
    "DashboardView/Average talk": "Орташа сөйлесу",
    "DashboardView/From": "Кезең:",
    "DashboardView/to": "—",
    "DashboardView/Counting…": "Есептелуде…",
    "DashboardView/The range ends before it starts: choose the dates again.": (
        "Кезеңнің соңы басынан ерте: күндерді қайта таңдаңыз."
    ),
    "DashboardView/Choose at most 400 days (a month for the monthly report).": (
        "Ең көбі 400 күн таңдаңыз (айлық есеп үшін — бір ай)."
    ),
    "DashboardView/The figures could not be read: %1": "Көрсеткіштерді оқу мүмкін болмады: %1",
    "DashboardView/%1 calls in the range": "Кезеңдегі қоңыраулар: %1",
    "DashboardView/No calls in the range.": "Бұл кезеңде қоңыраулар жоқ.",
    "DashboardView/Average talk %1 · average wrap-up %2": "Орташа сөйлесу %1 · орташа қорытынды %2",
    "DashboardView/Missed": "Жауапсыз",
    "DashboardView/Refused": "Қабылданбады",
    "DashboardView/Other": "Басқа",
    "DashboardView/Abuse": "Қорлау",
    "DashboardView/Threat": "Қорқыту",
    "DashboardView/Withdrawn": "Кері алынды",
    "DashboardView/Not started": "Басталмаған",
    "DashboardView/In time": "Уақытында",
    "DashboardView/Late": "Кешіккен",
    "DashboardView/Open": "Ашық",
    "DashboardView/Overdue": "Мерзімі өткен",
    "DashboardView/Folder for the report": "Есепке арналған қалта",
    "DashboardView/Show the figures first.": "Алдымен көрсеткіштерді көрсетіңіз.",
    "DashboardView/Writing the report…": "Есеп жасалуда…",
    "DashboardView/Report saved: %1 and %2": "Есеп сақталды: %1 және %2",
    "DashboardView/The report was not written: %1": "Есеп сақталмады: %1",
    "DashboardView/PDF with these plots, and the figures as CSV and XLSX, for the head "
    "administrator (KUTY-1.2, KUTY-1.3)": (
        "Осы графиктер бар PDF, ал көрсеткіштер CSV және XLSX файлдарында — бас әкімшіге арналған "
        "(KUTY-1.2, KUTY-1.3)"
    ),
    "DashboardView/Report saved: %1, %2 and %3": "Есеп сақталды: %1, %2 және %3",
    # FirstRunWizard
    "FirstRunWizard/Kuty console: first setup": "Куты консолі: алғашқы баптау",
    "FirstRunWizard/SIP account": "SIP тіркелгісі",
    "FirstRunWizard/Headset": "Гарнитура",
    "FirstRunWizard/Recordings folder": "Жазбалар қалтасы",
    "FirstRunWizard/Database": "Дерекқор",
    "FirstRunWizard/Policy": "Регламент",
    "FirstRunWizard/Not saved: %1": "Сақталмады: %1",
    "FirstRunWizard/&Finish": "&Дайын",
    # UnlockDialog
    "UnlockDialog/Unlock caller profile": "Абонент профилін бұғаттан шығару",
    "UnlockDialog/Required: why the lock is lifted early": (
        "Міндетті: бұғат неге мерзімінен бұрын алынады"
    ),
    "UnlockDialog/Unlock": "Бұғаттан шығару",
    "UnlockDialog/The profile was locked after too many failed verifications (KUTY-2.2). "
    "Unlock only after confirming the caller's identity another way; the unlock and its "
    "reason are audited.": (
        "Профиль тым көп сәтсіз тексерістерден кейін бұғатталды (KUTY-2.2). Абоненттің жеке "
        "басын басқа жолмен растағаннан кейін ғана бұғаттан шығарыңыз; бұғаттан шығару және оның "
        "себебі аудит журналына жазылады."
    ),
    "UnlockDialog/Profile id": "Профиль идентификаторы",
    "UnlockDialog/Reason": "Себебі",
    "UnlockDialog/Give a reason: every unlock is audited.": (
        "Себебін көрсетіңіз: әр бұғаттан шығару аудит журналына жазылады."
    ),
    "UnlockDialog/There is no profile %1.": "%1 профилі жоқ.",
    "UnlockDialog/You may not unlock profiles (supervisors only).": (
        "Профильдерді бұғаттан шығаруға құқығыңыз жоқ (тек жетекшілер)."
    ),
    "UnlockDialog/The profile could not be unlocked: %1": (
        "Профильді бұғаттан шығару мүмкін болмады: %1"
    ),
    "UnlockDialog/&Supervisor": "&Жетекші",
    "UnlockDialog/Unlock profile…": "Профильді бұғаттан шығару…",
    "UnlockDialog/Profile %1 unlocked (%2 active lock(s) lifted).": (
        "%1 профилі бұғаттан шығарылды (алынған белсенді бұғаттар: %2)."
    ),
    "UnlockDialog/Caller &profiles": "Абонент &профильдері",
    # KeyringSetupDialog
    "KeyringSetupDialog/Password storage": "Құпиясөздер қоймасы",
    "KeyringSetupDialog/Master password": "Басты құпиясөз",
    "KeyringSetupDialog/Repeat": "Қайталаңыз",
    "KeyringSetupDialog/Unlock the encrypted password file": "Шифрланған құпиясөздер файлын ашу",
    "KeyringSetupDialog/Create an encrypted password file": "Шифрланған құпиясөздер файлын жасау",
    "KeyringSetupDialog/Continue without saved passwords": "Сақталған құпиясөздерсіз жалғастыру",
    "KeyringSetupDialog/File: %1": "Файл: %1",
    "KeyringSetupDialog/The two passwords differ.": "Құпиясөздер сәйкес келмейді.",
    "KeyringSetupDialog/Wrong master password for the encrypted password file.": (
        "Шифрланған құпиясөздер файлының басты құпиясөзі қате."
    ),
    "KeyringSetupDialog/Type a master password.": "Басты құпиясөзді енгізіңіз.",
    # NewRequestDialog
    "NewRequestDialog/New request": "Жаңа сұрау",
    "NewRequestDialog/Comma-separated, empty = all numbers": (
        "Үтір арқылы; бос болса — барлық нөмірлер"
    ),
    "NewRequestDialog/Recordings": "Жазбалар",
    "NewRequestDialog/Correspondence": "Хат алмасу",
    "NewRequestDialog/Transcripts": "Транскрипциялар",
    "NewRequestDialog/Verification log": "Верификация журналы",
    "NewRequestDialog/Incidents": "Инциденттер",
    "NewRequestDialog/Complaints": "Шағымдар",
    "NewRequestDialog/Requested by:": "Сұраушы:",
    "NewRequestDialog/Office:": "Мекеме:",
    "NewRequestDialog/Reference:": "Құжат нөмірі:",
    "NewRequestDialog/Period from:": "Кезең басы:",
    "NewRequestDialog/Period to:": "Кезең соңы:",
    "NewRequestDialog/Numbers:": "Нөмірлер:",
    "NewRequestDialog/Due:": "Мерзімі:",
    # RequestsView
    "RequestsView/Requests register (KUTY-1.3)": "Сұраулар тізілімі (KUTY-1.3)",
    "RequestsView/No.": "№",
    "RequestsView/Requested by": "Сұраушы",
    "RequestsView/Received": "Алынды",
    "RequestsView/Due": "Мерзімі",
    "RequestsView/Status": "Күйі",
    "RequestsView/Dossier": "Досье",
    "RequestsView/New request…": "Жаңа сұрау…",
    "RequestsView/Fulfil selected": "Таңдалғанды орындау",
    "RequestsView/Cancel": "Болдырмау",
    "RequestsView/Refresh": "Жаңарту",
    "RequestsView/Cannot list requests: %1": "Сұрауларды көрсету мүмкін емес: %1",
    "RequestsView/Request %1 registered.": "%1 сұрауы тіркелді.",
    "RequestsView/Not registered: %1": "Тіркелмеді: %1",
    "RequestsView/Building the dossier…": "Досье жасалуда…",
    "RequestsView/Cancelled: no dossier was kept.": "Болдырылмады: досье сақталмады.",
    "RequestsView/Not fulfilled: %1": "Орындалмады: %1",
    "RequestsView/Dossier ready: %1": "Досье дайын: %1",
    "RequestsView/Preview dossier": "Досьені алдын ала қарау",
    "RequestsView/What the selected request's dossier will hold, before it is built (KUTY-1.3)": (
        "Досье жасалмай тұрып, таңдалған сұрау досьесіне не кіретінін көрсету (KUTY-1.3)"
    ),
    "RequestsView/Dossier preview": "Досьенің алдын ала көрінісі",
    "RequestsView/Select a request and press Preview dossier to see what it will hold.": (
        "Досьеде не болатынын көру үшін сұрауды таңдап, «Досьені алдын ала қарау» түймесін басыңыз."
    ),
    "RequestsView/Queued transcripts: %1 made, %2 not transcribed (see the preview).": (
        "Кезектегі стенограммалар: жасалды — %1, жасалмады — %2 (алдын ала көріністі қараңыз)."
    ),
    "RequestsView/Queued transcripts were not made: %1": "Кезектегі стенограммалар жасалмады: %1",
    "RequestsView/Select a request first.": "Алдымен сұрауды таңдаңыз.",
    "RequestsView/No preview: %1": "Алдын ала көрініс жоқ: %1",
    "RequestsView/Open": "Ашық",
    "RequestsView/Dossier being built": "Досье жасалуда",
    "RequestsView/Fulfilled": "Орындалды",
    "RequestsView/Withdrawn": "Кері алынды",
    "RequestsView/Unknown state": "Белгісіз күй",
    "RequestsView/%1 ⚠ overdue": "%1 ⚠ мерзімі өтті",
    "RequestsView/transcript included": "стенограмма қосылды",
    "RequestsView/not transcribed: still queued": "стенограмма жасалмады: әлі кезекте",
    "RequestsView/not transcribed: the transcription failed": (
        "стенограмма жасалмады: тану сәтсіз аяқталды"
    ),
    "RequestsView/not transcribed: no transcription engine or model on this seat": (
        "стенограмма жасалмады: бұл жұмыс орнында тану модулі немесе моделі жоқ"
    ),
    "RequestsView/not transcribed: never queued": "стенограмма жасалмады: кезекке қойылмаған",
    "RequestsView/Abuse": "Қорлау",
    "RequestsView/Threat": "Қорқыту",
    "RequestsView/Incident": "Инцидент",
    "RequestsView/Request No. %1: calls %2, recordings %3.": (
        "№ %1 сұрау: қоңыраулар — %2, жазбалар — %3."
    ),
    "RequestsView/caller": "абонент",
    "RequestsView/operator": "оператор",
    "RequestsView/both": "екі жолақ та",
    "RequestsView/Recordings:": "Жазбалар:",
    "RequestsView/a track file is missing": "жолақ файлы жоқ",
    "RequestsView/Transcripts: %1 included, %2 not transcribed.": (
        "Стенограммалар: қосылды — %1, жасалмады — %2."
    ),
    "RequestsView/Wrap-ups:": "Қорытындылар:",
    "RequestsView/no registration number": "тіркеу нөмірі жоқ",
    "RequestsView/Incidents: %1": "Инциденттер: %1",
    "RequestsView/Written messages: %1": "Жазбаша өтініштер: %1",
    # SupervisorQueue
    "SupervisorQueue/Notices waiting for acknowledgement": "Растауды күтіп тұрған хабарламалар",
    "SupervisorQueue/What management did (required)": "Басшылық не істеді (міндетті)",
    "SupervisorQueue/Acknowledge": "Растау",
    "SupervisorQueue/Acknowledge the selected report or alert (KUTY-1.1, KUTY-3.1..3.4)": (
        "Таңдалған хабарламаны немесе ескертуді растау (KUTY-1.1, KUTY-3.1..3.4)"
    ),
    "SupervisorQueue/Reports and alerts awaiting acknowledgement": (
        "Растауды күтіп тұрған хабарламалар мен ескертулер"
    ),
    "SupervisorQueue/E-mail reports not delivered yet": "Әлі жеткізілмеген хабарлама хаттары",
    "SupervisorQueue/E-mails not delivered yet": "Әлі жеткізілмеген хаттар",
    "SupervisorQueue/Call recording stalled": "Қоңырау жазбасы тоқтап қалды",
    "SupervisorQueue/Call recording failed": "Қоңырауды жазу сәтсіз аяқталды",
    "SupervisorQueue/Low disk space for recordings": "Жазбаларға орын аз",
    "SupervisorQueue/Recordings could not be reconciled": "Жазбаларды салыстыру мүмкін болмады",
    "SupervisorQueue/A call was refused: all lines of a seat were busy": (
        "Қоңырау қабылданбады: жұмыс орнының барлық желілері бос емес еді"
    ),
    "SupervisorQueue/System alert": "Жүйелік ескерту",
    "SupervisorQueue/%1 — e-mail to %2 — %3 failed attempt(s); next retry %4": (
        "%1 — %2 мекенжайына хат — сәтсіз әрекеттер: %3; келесі әрекет %4"
    ),
    "SupervisorQueue/Incident %1 — e-mail to %2 — %3 failed attempt(s); next retry %4": (
        "%1 инциденті — %2 мекенжайына хат — сәтсіз әрекеттер: %3; келесі әрекет %4"
    ),
    "SupervisorQueue/E-mail reports not delivered yet (%1): retried automatically": (
        "Әлі жеткізілмеген хаттар (%1): жіберу автоматты түрде қайталанады"
    ),
    "SupervisorQueue/Abuse": "Қорлау",
    "SupervisorQueue/Threat": "Қорқыту",
    "SupervisorQueue/Alert: %1 — seat %2 — %3": "Ескерту: %1 — %2 жұмыс орны — %3",
    "SupervisorQueue/Incident %1 — %2 — %3": "%1 инциденті — %2 — %3",
    "SupervisorQueue/Notification %1 acknowledged.": "%1 хабарламасы расталды.",
    "SupervisorQueue/Open the call": "Қоңырауды ашу",
    "SupervisorQueue/Play the selected incident's call from where the button was pressed": (
        "Таңдалған инциденттің қоңырауын түйме басылған жерден ойнату"
    ),
    "SupervisorQueue/Sound for new incident notices": (
        "Жаңа инциденттер туралы хабарламалардың дыбысы"
    ),
    "SupervisorQueue/A short chime when a new incident is reported; untick to mute it": (
        "Жаңа инцидент туралы хабарланғанда қысқа сигнал; өшіру үшін белгіні алып тастаңыз"
    ),
    "SupervisorQueue/operator %1": "оператор %1",
    "SupervisorQueue/Withdrawn: pressed by mistake": "Кері алынды: қателесіп басылған",
    "SupervisorQueue/Threat reclassified as abuse": "Қорқыту қорлау ретінде қайта сараланды",
    "SupervisorQueue/Open the call at %1": "Қоңырауды %1 бастап ашу",
    "SupervisorQueue/withheld": "жасырылған",
    "SupervisorQueue/Incident %1 — %2": "%1 инциденті — %2",
    # AdminAlerts
    "AdminAlerts/AUDIT LOG CHECK FAILED: the audit chain could not be read (%1).": (
        "АУДИТ ЖУРНАЛЫН ТЕКСЕРУ СӘТСІЗ: аудит тізбегін оқу мүмкін болмады (%1)."
    ),
    "AdminAlerts/AUDIT LOG TAMPERED: event %1 does not fit the hash chain (%2). Records of "
    "who played or exported recordings cannot be trusted from there on. Run `kuty audit "
    "verify` and investigate.": (
        "АУДИТ ЖУРНАЛЫ ӨЗГЕРТІЛГЕН: %1 оқиғасы хеш тізбегіне сәйкес келмейді (%2). Осы жерден "
        "бастап жазбаларды кім тыңдағаны не экспорттағаны туралы деректерге сенуге болмайды. "
        "`kuty audit verify` іске қосып, себебін анықтаңыз."
    ),
    "AdminAlerts/Audit log alert": "Аудит журналының дабылы",
    # ComplaintsView
    "ComplaintsView/Complaints register": "Шағымдар тізілімі",
    "ComplaintsView/No.": "№",
    "ComplaintsView/Complainant": "Шағым беруші",
    "ComplaintsView/Received": "Алынды",
    "ComplaintsView/Due": "Мерзімі",
    "ComplaintsView/Status": "Күйі",
    "ComplaintsView/Calls": "Қоңыраулар",
    "ComplaintsView/New complaint (KUTY-1.2)": "Жаңа шағым (KUTY-1.2)",
    "ComplaintsView/Received on": "Түскен күні",
    "ComplaintsView/No study needed (15 days)": "Зерделеуді қажет етпейді (15 күн)",
    "ComplaintsView/Needs study (1 month)": "Зерделеуді қажет етеді (1 ай)",
    "ComplaintsView/Extended (45 days)": "Ұзартылды (45 күн)",
    "ComplaintsView/Call id (optional)": "Қоңырау идентификаторы (міндетті емес)",
    "ComplaintsView/Register complaint": "Шағымды тіркеу",
    "ComplaintsView/Link call to selected": "Қоңырауды таңдалғанға байланыстыру",
    "ComplaintsView/Who": "Кім",
    "ComplaintsView/Contact": "Байланыс",
    "ComplaintsView/Text": "Мәтін",
    "ComplaintsView/Category": "Санат",
    "ComplaintsView/Call": "Қоңырау",
    "ComplaintsView/Selected complaint": "Таңдалған шағым",
    "ComplaintsView/What was answered (required)": "Не деп жауап берілді (міндетті)",
    "ComplaintsView/Answer": "Жауап беру",
    "ComplaintsView/Status of the complaint": "Шағымның күйі",
    "ComplaintsView/New": "Жаңа",
    "ComplaintsView/In progress": "Қаралуда",
    "ComplaintsView/Set status": "Күйін өзгерту",
    "ComplaintsView/Answer text": "Жауап мәтіні",
    "ComplaintsView/Answered": "Жауап берілді",
    "ComplaintsView/Overdue: the response deadline has passed": (
        "Мерзімі өтті: жауап беру мерзімі аяқталды"
    ),
    "ComplaintsView/Who and the text are required.": (
        "Кім шағымданатынын және мәтінді көрсету қажет."
    ),
    "ComplaintsView/Complaint %1 registered.": "%1 шағымы тіркелді.",
    "ComplaintsView/Select a complaint and enter a call id.": (
        "Шағымды таңдап, қоңырау идентификаторын енгізіңіз."
    ),
    "ComplaintsView/Select a complaint and write the answer.": "Шағымды таңдап, жауапты жазыңыз.",
    "ComplaintsView/Complaint %1 answered.": "%1 шағымына жауап берілді.",
    "ComplaintsView/Select a complaint first.": "Алдымен шағымды таңдаңыз.",
    # PlayerWidget
    "PlayerWidget/Select a call and press Enter to play it.": (
        "Қоңырауды таңдап, тыңдау үшін Enter пернесін басыңыз."
    ),
    "PlayerWidget/Track to play": "Ойнатылатын жолақ",
    "PlayerWidget/Both (mixed)": "Екеуі де (араласқан)",
    "PlayerWidget/Caller": "Абонент",
    "PlayerWidget/Operator": "Оператор",
    "PlayerWidget/Play": "Ойнату",
    "PlayerWidget/Stop": "Тоқтату",
    "PlayerWidget/Playback speed": "Ойнату жылдамдығы",
    "PlayerWidget/Markers": "Белгілер",
    "PlayerWidget/Jump to marker": "Белгіге өту",
    "PlayerWidget/Markers:": "Белгілер:",
    "PlayerWidget/Checking the recording's integrity…": "Жазбаның тұтастығы тексерілуде…",
    "PlayerWidget/Incident": "Инцидент",
    "PlayerWidget/Key phrase": "Кілт сөз тіркесі",
    "PlayerWidget/The key-phrase segment is masked (silence, red band).": (
        "Кілт сөз тіркесі бар үзінді жасырылған (үнсіздік, қызыл жолақ)."
    ),
    "PlayerWidget/No audio output device: playing without sound.": (
        "Дыбыс шығару құрылғысы жоқ: дыбыссыз ойнатылады."
    ),
    "PlayerWidget/INTEGRITY CHECK FAILED: the %1 track of this recording is missing or was "
    "changed after the call (SHA-256 differs from the database). It will not be played. Tell "
    "the administrator.": (
        "ТҰТАСТЫҚ ТЕКСЕРУІНЕН ӨТПЕДІ: бұл жазбаның «%1» жолағы жоқ немесе қоңыраудан кейін "
        "өзгертілген (SHA-256 дерекқордағымен сәйкес келмейді). Ол ойнатылмайды. Әкімшіге "
        "хабарлаңыз."
    ),
    "PlayerWidget/You may not play recordings.": "Жазбаларды тыңдауға рұқсатыңыз жоқ.",
    "PlayerWidget/The recording cannot be played: %1": "Жазбаны ойнату мүмкін емес: %1",
    "PlayerWidget/Pause": "Кідірту",
    "PlayerWidget/Play or pause (Space)": "Ойнату немесе кідірту (Бос орын)",
    "PlayerWidget/−5 s": "−5 с",
    "PlayerWidget/5 seconds back": "5 секунд артқа",
    "PlayerWidget/5 seconds back (Left arrow)": "5 секунд артқа (солға көрсеткі)",
    "PlayerWidget/+5 s": "+5 с",
    "PlayerWidget/5 seconds forward": "5 секунд алға",
    "PlayerWidget/5 seconds forward (Right arrow)": "5 секунд алға (оңға көрсеткі)",
    "PlayerWidget/Play position": "Ойнату орны",
    # PoliceHandoverDialog
    "PoliceHandoverDialog/Incident %1: handed to police": "%1 инциденті: полицияға берілді",
    "PoliceHandoverDialog/Date handed over": "Берілген күні",
    "PoliceHandoverDialog/Police reference number": "Полициядағы тіркеу нөмірі",
    # RecordingsBrowser
    "RecordingsBrowser/From": "Басы",
    "RecordingsBrowser/To": "Соңы",
    "RecordingsBrowser/Calls from this date": "Осы күннен бастапқы қоңыраулар",
    "RecordingsBrowser/Calls up to this date": "Осы күнге дейінгі қоңыраулар",
    "RecordingsBrowser/Operator": "Оператор",
    "RecordingsBrowser/Any operator": "Кез келген оператор",
    "RecordingsBrowser/Caller number, e.g. +380671234567": "Абонент нөмірі, мысалы +380671234567",
    "RecordingsBrowser/starts with": "басталуы",
    "RecordingsBrowser/Any verification": "Кез келген тексеру",
    "RecordingsBrowser/Verified": "Верификацияланды",
    "RecordingsBrowser/Not verified": "Верификацияланбады",
    "RecordingsBrowser/Locked": "Бұғатталды",
    "RecordingsBrowser/With or without incidents": "Инциденттермен немесе инциденттерсіз",
    "RecordingsBrowser/Abuse": "Қорлау",
    "RecordingsBrowser/Threat": "Қорқыту",
    "RecordingsBrowser/Held or not": "Жоюға тыйыммен немесе тыйымсыз",
    "RecordingsBrowser/On legal hold": "Жоюға тыйым салынған",
    "RecordingsBrowser/Not held": "Жоюға тыйым жоқ",
    "RecordingsBrowser/With or without complaint": "Шағыммен немесе шағымсыз",
    "RecordingsBrowser/With complaint": "Шағыммен",
    "RecordingsBrowser/Without complaint": "Шағымсыз",
    "RecordingsBrowser/Wrap-up: topic, notes or registration number": (
        "Қорытынды: тақырып, жазбалар немесе тіркеу нөмірі"
    ),
    "RecordingsBrowser/A word, any case; Enter searches": "Сөз, кез келген регистр; Enter — іздеу",
    "RecordingsBrowser/The wrap-up's category, as the operator chose it": (
        "Оператор таңдаған қорытынды санаты"
    ),
    "RecordingsBrowser/How the call ended": "Қоңырау қалай аяқталды",
    "RecordingsBrowser/Any ending": "Кез келген аяқталу",
    "RecordingsBrowser/Order of the calls": "Қоңыраулар реті",
    "RecordingsBrowser/Newest first": "Алдымен жаңалары",
    "RecordingsBrowser/Oldest first": "Алдымен ескілері",
    "RecordingsBrowser/Search": "Іздеу",
    "RecordingsBrowser/◀ Previous": "◀ Алдыңғы",
    "RecordingsBrowser/Next ▶": "Келесі ▶",
    "RecordingsBrowser/Export selected…": "Таңдалғандарды экспорттау…",
    "RecordingsBrowser/Transcript…": "Стенограмма…",
    "RecordingsBrowser/Calls found": "Табылған қоңыраулар",
    "RecordingsBrowser/Rang at": "Қоңырау уақыты",
    "RecordingsBrowser/Number": "Нөмір",
    "RecordingsBrowser/Verification": "Верификация",
    "RecordingsBrowser/Duration": "Ұзақтығы",
    "RecordingsBrowser/Incidents": "Инциденттер",
    "RecordingsBrowser/Hold": "Жоюға тыйым",
    "RecordingsBrowser/Category": "Санат",
    "RecordingsBrowser/Reg. number": "Тірк. нөмірі",
    "RecordingsBrowser/Topic": "Тақырып",
    "RecordingsBrowser/How it ended": "Қалай аяқталды",
    "RecordingsBrowser/Any category": "Кез келген санат",
    "RecordingsBrowser/Searching…": "Ізделуде…",
    "RecordingsBrowser/Search failed: %1": "Іздеу сәтсіз аяқталды: %1",
    "RecordingsBrowser/Page %1: %2 calls": "%1-бет: қоңыраулар — %2",
    "RecordingsBrowser/Withheld": "Нөмір жасырылған",
    "RecordingsBrowser/held": "күшінде",
    "RecordingsBrowser/Wrap-up incomplete": "Қорытынды аяқталмаған",
    "RecordingsBrowser/%1 (wrap-up incomplete)": "%1 (қорытынды аяқталмаған)",
    "RecordingsBrowser/This call has no recording.": "Бұл қоңыраудың жазбасы жоқ.",
    "RecordingsBrowser/Select the calls to export first.": (
        "Алдымен экспортталатын қоңырауларды таңдаңыз."
    ),
    # RecordingsScreen
    "RecordingsScreen/Recordings": "Жазбалар",
    "RecordingsScreen/Find, play and export recordings; requests (KUTY-1.3)": (
        "Жазбаларды іздеу, тыңдау және экспорттау; сұраулар (KUTY-1.3)"
    ),
    "RecordingsScreen/&Recordings": "&Жазбалар",
    "RecordingsScreen/Browse and play recordings…": "Жазбаларды қарау және тыңдау…",
    # RecordingsWindow
    "RecordingsWindow/Recordings": "Жазбалар",
    "RecordingsWindow/Calls": "Қоңыраулар",
    "RecordingsWindow/Requests (KUTY-1.3)": "Сұраулар (KUTY-1.3)",
    # ExportDialog
    "ExportDialog/Export recordings": "Жазбаларды экспорттау",
    "ExportDialog/Password-protected ZIP (AES-256)": "Құпиясөзбен қорғалған ZIP (AES-256)",
    "ExportDialog/Choose…": "Таңдау…",
    "ExportDialog/Why (audited), e.g. request no. 12 of 03.03": (
        "Негізі (аудитке жазылады), мысалы 03.03 күнгі № 12 сұрау"
    ),
    "ExportDialog/Export": "Экспорттау",
    "ExportDialog/Cancel": "Болдырмау",
    "ExportDialog/Recordings:": "Жазбалар:",
    "ExportDialog/Format:": "Пішім:",
    "ExportDialog/Destination folder:": "Мақсатты қалта:",
    "ExportDialog/Reason:": "Негізі:",
    "ExportDialog/Export to": "Экспорттау орны",
    "ExportDialog/Enter the reason for the export: it is recorded in the audit.": (
        "Экспорттау негізін көрсетіңіз: ол аудит журналына жазылады."
    ),
    "ExportDialog/Enter the ZIP password, or untick the ZIP option.": (
        "ZIP құпиясөзін енгізіңіз немесе ZIP белгісін алып тастаңыз."
    ),
    "ExportDialog/Exporting…": "Экспортталуда…",
    "ExportDialog/Cancelling…": "Болдырылмауда…",
    "ExportDialog/Close": "Жабу",
    "ExportDialog/Exported %1 files to:\n%2": "Экспортталған файлдар: %1, орны:\n%2",
    "ExportDialog/NOT exported: %1": "ЭКСПОРТТАЛМАДЫ: %1",
    "ExportDialog/Export cancelled: nothing was exported.": (
        "Экспорттау болдырылмады: ештеңе экспортталмады."
    ),
    "ExportDialog/You may not export recordings.": "Жазбаларды экспорттауға рұқсатыңыз жоқ.",
    "ExportDialog/Export failed: %1": "Экспорттау сәтсіз аяқталды: %1",
    "ExportDialog/WAV (original)": "WAV (түпнұсқа)",
    "ExportDialog/Open folder": "Қалтаны ашу",
    "ExportDialog/Show the exported files in the file manager": (
        "Экспортталған файлдарды файл менеджерінде көрсету"
    ),
    "ExportDialog/No file manager could open %1; open it by hand.": (
        "%1 қалтасын бірде-бір файл менеджері аша алмады; оны қолмен ашыңыз."
    ),
    # TranscriptEditor
    "TranscriptEditor/Transcript — %1": "Стенограмма — %1",
    "TranscriptEditor/Transcribe": "Транскрипциялау",
    "TranscriptEditor/Cancel": "Болдырмау",
    "TranscriptEditor/Time": "Уақыты",
    "TranscriptEditor/Speaker": "Кім сөйлейді",
    "TranscriptEditor/Text": "Мәтін",
    "TranscriptEditor/Save": "Сақтау",
    "TranscriptEditor/Export PDF…": "PDF экспорттау…",
    "TranscriptEditor/Export DOCX…": "DOCX экспорттау…",
    "TranscriptEditor/Version:": "Нұсқа:",
    "TranscriptEditor/You may not read transcripts of recordings.": (
        "Жазбалардың стенограммаларын қарауға рұқсатыңыз жоқ."
    ),
    "TranscriptEditor/The transcript cannot be shown: %1": "Стенограмманы көрсету мүмкін емес: %1",
    "TranscriptEditor/This recording has no transcript yet.": "Бұл жазбаның әлі стенограммасы жоқ.",
    "TranscriptEditor/The key phrase is hidden for your role; those lines cannot be edited.": (
        "Кілт сөз тіркесі сіздің рөліңіз үшін жасырылған; бұл жолдарды өңдеуге болмайды."
    ),
    "TranscriptEditor/Version %1 — %2, %3": "%1-нұсқа — %2, %3",
    "TranscriptEditor/%1 (machine draft)": "%1 (машиналық жоба)",
    "TranscriptEditor/Caller": "Абонент",
    "TranscriptEditor/Operator": "Оператор",
    "TranscriptEditor/Hidden for your role.": "Сіздің рөліңіз үшін жасырылған.",
    "TranscriptEditor/Saving…": "Сақталуда…",
    "TranscriptEditor/Not saved: %1": "Сақталмады: %1",
    "TranscriptEditor/Saved as version %1.": "%1-нұсқа ретінде сақталды.",
    "TranscriptEditor/Transcription cannot start: %1": "Тануды бастау мүмкін емес: %1",
    "TranscriptEditor/Transcribing… This takes about as long as the call.": (
        "Тану жүріп жатыр… Бұл шамамен сөйлесу қанша созылса, сонша уақыт алады."
    ),
    "TranscriptEditor/Cancelling…": "Болдырылмауда…",
    "TranscriptEditor/Transcribed.": "Стенограмма жасалды.",
    "TranscriptEditor/Transcription cancelled: nothing was stored.": (
        "Тану болдырылмады: ештеңе сақталмады."
    ),
    "TranscriptEditor/INTEGRITY CHECK FAILED: a track of this recording is missing or was "
    "changed after the call. It was not transcribed. Tell the administrator.": (
        "ТҰТАСТЫҚ ТЕКСЕРУІНЕН ӨТПЕДІ: бұл жазбаның жолағы жоқ немесе қоңыраудан кейін "
        "өзгертілген. Стенограмма жасалмады. Әкімшіге хабарлаңыз."
    ),
    "TranscriptEditor/Transcription failed: %1": "Тану сәтсіз аяқталды: %1",
    "TranscriptEditor/Export transcript": "Стенограмманы экспорттау",
    "TranscriptEditor/You may not export recordings.": "Жазбаларды экспорттауға рұқсатыңыз жоқ.",
    "TranscriptEditor/Export failed: %1": "Экспорттау сәтсіз аяқталды: %1",
    "TranscriptEditor/Exported to %1": "%1 ішіне экспортталды",
    "TranscriptEditor/Exporting…": "Экспортталуда…",
    # AudioCheck
    "AudioCheck/System default": "Жүйелік әдепкі",
    "AudioCheck/No headset (none)": "Гарнитурасыз (none)",
    "AudioCheck/%1 (not connected)": "%1 (қосылмаған)",
    "AudioCheck/Test": "Тексеру",
    "AudioCheck/Play a short tone in the headset": "Гарнитурада қысқа сигнал ойнату",
    "AudioCheck/Headset": "Гарнитура",
    "AudioCheck/Microphone level": "Микрофон деңгейі",
    "AudioCheck/The phone engine uses the new device after it restarts.": (
        "Телефон модулі жаңа құрылғыны қайта іске қосылғаннан кейін пайдаланады."
    ),
    "AudioCheck/No audio devices found. Plug in a headset and reopen this page; until then "
    "you can save 'No headset' and calls are still recorded.": (
        "Аудиоқұрылғылар табылмады. Гарнитураны қосып, бұл бетті қайта ашыңыз; оған дейін "
        "«Гарнитурасыз» деп сақтауға болады, қоңыраулар бәрібір жазылады."
    ),
    "AudioCheck/Cannot play the test tone: %1": "Сынақ сигналын ойнату мүмкін емес: %1",
    "AudioCheck/You should hear a short beep in the headset.": (
        "Гарнитурада қысқа сигнал естілуі керек."
    ),
    "AudioCheck/Cannot open the microphone: %1": "Микрофонды ашу мүмкін емес: %1",
    # CallsPage
    "CallsPage/None (the headset only)": "Жоқ (тек гарнитура)",
    "CallsPage/A second sound device that also rings (desk speakers), by name or number; "
    "empty: only the headset rings": (
        "Қоса шылдырайтын екінші дыбыс құрылғысы (колонкалар), атауы немесе нөмірі бойынша; бос "
        "болса: тек гарнитура шылдырайды"
    ),
    "CallsPage/Ringtone in the headset": "Гарнитурадағы қоңырау әуені",
    "CallsPage/Answer calls automatically (a short tone)": (
        "Қоңырауларға автоматты түрде жауап беру (қысқа сигнал)"
    ),
    "CallsPage/For headset work: a call is answered at once after a short zip tone": (
        "Гарнитурамен жұмыс үшін: қоңырау қысқа сигналдан кейін бірден қабылданады"
    ),
    "CallsPage/Show it as call waiting": "Күтудегі қоңырау ретінде көрсету",
    "CallsPage/Busy for the caller": "Абонент «бос емес» сигналын естиді",
    "CallsPage/Second ringer device": "Қоңырауға арналған екінші құрылғы",
    "CallsPage/A call while you talk": "Сөйлесу кезіндегі қоңырау",
    "CallsPage/Needs a newer phone engine": "Телефон модулінің жаңарақ нұсқасы қажет",
    "CallsPage/A device name or number, one short line": (
        "Құрылғы атауы немесе нөмірі, бір қысқа жол"
    ),
    # DatabasePage
    "DatabasePage/Shared PostgreSQL database": "Ортақ PostgreSQL дерекқоры",
    "DatabasePage/kept in the keyring; empty: unchanged": (
        "кілттер қоймасында сақталады; бос болса: өзгеріссіз"
    ),
    "DatabasePage/Default: SQLite file in the data folder (one seat).": (
        "Әдепкі: деректер қалтасындағы SQLite файлы (бір жұмыс орны)."
    ),
    "DatabasePage/Database URL (no password)": "Дерекқор мекенжайы (құпиясөзсіз)",
    "DatabasePage/Database password": "Дерекқор құпиясөзі",
    "DatabasePage/The database URL contains a password. Remove it from the URL and type it in "
    "the password field: passwords are kept in the keyring, never in settings files.": (
        "Дерекқор мекенжайында құпиясөз бар. Оны мекенжайдан алып тастап, құпиясөз өрісіне "
        "енгізіңіз: құпиясөздер баптаулар файлдарында емес, кілттер қоймасында сақталады."
    ),
    "DatabasePage/Enter a PostgreSQL URL such as postgresql+psycopg://user@host/kuty.": (
        "PostgreSQL мекенжайын енгізіңіз, мысалы postgresql+psycopg://user@host/kuty."
    ),
    # PolicyPage
    "PolicyPage/Policy of this seat": "Осы жұмыс орнының регламенті",
    "PolicyPage/Regulation %1 (rule ids %1-…), from %2": (
        "%1 регламенті (ережелер %1-…), дереккөзі: %2"
    ),
    "PolicyPage/This policy file cannot be read": "Бұл регламент файлын оқу мүмкін емес",
    "PolicyPage/What the operator may do and say, the channels, hours and deadlines follow "
    "the regulation chosen here. It applies after a console restart.": (
        "Оператордың не істеп, не айта алатыны, арналар, жұмыс уақыты мен мерзімдер осы жерде "
        "таңдалған регламент бойынша болады. Консоль қайта іске қосылғаннан кейін күшіне енеді."
    ),
    # RecordingsPage
    "RecordingsPage/default: the data folder's recordings": (
        "әдепкі: деректер қалтасындағы recordings қалтасы"
    ),
    "RecordingsPage/Check": "Тексеру",
    "RecordingsPage/ MB": " МБ",
    "RecordingsPage/Free space kept for recordings": "Жазбаларға қалдырылатын бос орын",
    "RecordingsPage/Every seat warns the operator and supervisors when the recordings folder "
    "has less free space than this, before calls can no longer be recorded (KUTY-1.1). 1000 "
    "MB is about 2 hours of calls; 0 turns the warning off.": (
        "Жазбалар қалтасында бос орын осыдан аз қалғанда, қоңырауларды жазу тоқтағанға дейін әр "
        "жұмыс орны операторға және жетекшілерге ескертеді (KUTY-1.1). 1000 МБ — шамамен 2 "
        "сағаттық қоңырау; 0 ескертуді өшіреді."
    ),
    "RecordingsPage/Recordings folder": "Жазбалар қалтасы",
    "RecordingsPage/Cannot write to this folder: %1": "Бұл қалтаға жазу мүмкін емес: %1",
    "RecordingsPage/This folder is on a network share (%1). Recordings are written there "
    "during calls: if the share is slow or drops, recording fails. Use it only on a reliable "
    "network.": (
        "Бұл қалта желілік ресурста орналасқан (%1). Жазбалар оған қоңырау кезінде жазылады: "
        "ресурс баяу болса немесе ажыраса, жазу сәтсіз болады. Тек сенімді желіде пайдаланыңыз."
    ),
    "RecordingsPage/The folder is writable.": "Қалтаға жазуға болады.",
    # RetentionPage
    "RetentionPage/ days": " күн",
    "RetentionPage/keep all": "барлығын сақтау",
    "RetentionPage/Keep recordings for": "Жазбаларды сақтау мерзімі",
    "RetentionPage/Recordings older than this are deleted by the nightly run; held, requested "
    "and complaint recordings stay (KUTY-1.1, KUTY-1.3). 0 keeps all.": (
        "Осы мерзімнен ескі жазбаларды түнгі іске қосу жояды; жоюға тыйым салынған, сұралған "
        "және шағымға қатысты жазбалар қалады (KUTY-1.1, KUTY-1.3). 0 — барлығын сақтау."
    ),
    "RetentionPage/PocketSphinx (English, shipped)": "PocketSphinx (ағылшын тілі, жиынтықта)",
    "RetentionPage/faster-whisper (Ukrainian, a model folder)": (
        "faster-whisper (украин тілі, модель қалтасы)"
    ),
    "RetentionPage/the faster-whisper model folder": "faster-whisper модель қалтасы",
    "RetentionPage/Choose…": "Таңдау…",
    "RetentionPage/Transcription engine": "Тану жүйесі",
    "RetentionPage/Model folder": "Модель қалтасы",
    "RetentionPage/faster-whisper needs its model folder.": (
        "faster-whisper үшін модель қалтасы қажет."
    ),
    "RetentionPage/The folder %1 does not exist.": "%1 қалтасы жоқ.",
    # SettingsPages
    "SettingsPages/Kuty community: kindergarten-queue support desk": (
        "Куты қауымдастығы: балабақша кезегін қолдау қызметі"
    ),
    "SettingsPages/Preschool-queue portal support (Kazakhstan), chat only": (
        "Мектепке дейінгі ұйымдар кезегі порталын қолдау (Қазақстан), тек чат"
    ),
    "SettingsPages/Eurasian Electronic Portal support": "Еуразиялық электрондық порталды қолдау",
    "SettingsPages/Control System Center support, written channels only": (
        "Control System Center қолдауы, тек жазбаша арналар"
    ),
    "SettingsPages/stored in the keyring; empty: unchanged": (
        "кілттер қоймасында сақталған; бос болса: өзгеріссіз"
    ),
    "SettingsPages/kept in the keyring": "кілттер қоймасында сақталады",
    # AccountsPage
    "AccountsPage/Add account": "Тіркелгі қосу",
    "AccountsPage/Remove": "Жою",
    "AccountsPage/Verify the server certificate (TLS)": "Сервер сертификатын тексеру (TLS)",
    "AccountsPage/Default account": "Әдепкі тіркелгі",
    "AccountsPage/STUN servers (host:port, separated by commas or spaces) that tell the phone "
    "its public address behind NAT. Leave empty when the PBX is on the same network or fixes "
    "addresses itself.": (
        "Телефонға оның NAT артындағы жария мекенжайын хабарлайтын STUN серверлері (түйін:порт, "
        "үтір немесе бос орын арқылы). АТС сол желіде болса немесе мекенжайларды өзі түзетсе, "
        "бос қалдырыңыз."
    ),
    "AccountsPage/ICE (for media through NAT)": "ICE (NAT арқылы дыбыс үшін)",
    "AccountsPage/Offer ICE candidates in calls. Needs a network address (not 127.0.0.1) and "
    "a provider that supports ICE.": (
        "Қоңырауларда ICE кандидаттарын ұсыну. Желі мекенжайы (127.0.0.1 емес) және ICE "
        "қолдайтын провайдер қажет."
    ),
    "AccountsPage/Account name": "Тіркелгі атауы",
    "AccountsPage/Registrar (host:port)": "Тіркеуші (түйін:порт)",
    "AccountsPage/User (extension)": "Пайдаланушы (ішкі нөмір)",
    "AccountsPage/Authentication user": "Аутентификация пайдаланушысы",
    "AccountsPage/Password": "Құпиясөз",
    "AccountsPage/Transport": "Тасымалдау",
    "AccountsPage/Outbound proxy": "Шығыс прокси",
    "AccountsPage/SRTP": "SRTP",
    "AccountsPage/TLS CA file": "TLS үшін CA файлы",
    "AccountsPage/Registration timeout, s": "Тіркеу ұзақтығы, с",
    "AccountsPage/STUN servers": "STUN серверлері",
    "AccountsPage/stored in the keyring; type to replace": (
        "кілттер қоймасында сақталған; ауыстыру үшін енгізіңіз"
    ),
    "AccountsPage/Account not valid: %1": "Тіркелгі жарамсыз: %1",
    "AccountsPage/UDP": "UDP",
    "AccountsPage/TCP": "TCP",
    "AccountsPage/TLS (encrypted)": "TLS (шифрланған)",
    "AccountsPage/Off": "Өшірулі",
    "AccountsPage/When the other side offers it": "Екінші тарап ұсынса",
    "AccountsPage/Required": "Міндетті",
    "AccountsPage/the account name must be 1 to 32 Latin letters, digits, - or _": (
        "тіркелгі атауы 1–32 латын әрпінен, цифрдан, - немесе _ таңбасынан тұруы керек"
    ),
    "AccountsPage/the registrar must be a host or host:port, not %1": (
        "тіркеуші түйін немесе түйін:порт болуы керек, %1 емес"
    ),
    "AccountsPage/the outbound proxy must be a host or host:port, not %1": (
        "шығыс прокси түйін немесе түйін:порт болуы керек, %1 емес"
    ),
    "AccountsPage/the SIP domain must be a host or host:port, not %1": (
        "SIP домені түйін немесе түйін:порт болуы керек, %1 емес"
    ),
    "AccountsPage/the registrar is required": "тіркеушіні көрсету қажет",
    "AccountsPage/the user (extension) may hold only Latin letters, digits and SIP signs, not %1": (
        "пайдаланушы (ішкі нөмір) тек латын әріптерінен, цифрлардан және SIP таңбаларынан тұра "
        "алады, %1 емес"
    ),
    "AccountsPage/the registration timeout must be 20 to 86400 s": (
        "тіркеу ұзақтығы 20–86400 с болуы керек"
    ),
    "AccountsPage/the retry interval must be 5 to 3600 s": (
        "қайталау интервалы 5–3600 с болуы керек"
    ),
    "AccountsPage/at most %1 STUN servers": "ең көбі %1 STUN сервері",
    "AccountsPage/each STUN server must be a host or host:port, not %1": (
        "әр STUN сервері түйін немесе түйін:порт болуы керек, %1 емес"
    ),
    "AccountsPage/a STUN server is listed twice": "STUN сервері екі рет көрсетілген",
    "AccountsPage/check the account's fields": "тіркелгі өрістерін тексеріңіз",
    "AccountsPage/the account name %1 is already taken": "%1 атаулы тіркелгі бұрыннан бар",
    # MailPage
    "MailPage/Desk mailbox (incoming, IMAP)": "Қызметтің пошта жәшігі (кіріс, IMAP)",
    "MailPage/empty: none": "бос болса: жоқ",
    "MailPage/standard (993 or 143)": "стандартты (993 немесе 143)",
    "MailPage/TLS from the start (IMAPS)": "Басынан TLS (IMAPS)",
    "MailPage/STARTTLS": "STARTTLS",
    "MailPage/empty: the system's": "бос болса: жүйелік",
    "MailPage/Choose…": "Таңдау…",
    "MailPage/ MB": " МБ",
    "MailPage/Server": "Сервер",
    "MailPage/Port": "Порт",
    "MailPage/Security": "Қорғау",
    "MailPage/User": "Пайдаланушы",
    "MailPage/Password": "Құпиясөз",
    "MailPage/Mailbox": "Қалта",
    "MailPage/CA certificate file": "CA сертификатының файлы",
    "MailPage/Attachments up to": "Тіркемелер ең көбі",
    "MailPage/Messages up to": "Хаттар ең көбі",
    "MailPage/Outgoing mail (replies and notifications, SMTP)": (
        "Шығыс пошта (жауаптар мен хабарламалар, SMTP)"
    ),
    "MailPage/STARTTLS (port 587)": "STARTTLS (587 порт)",
    "MailPage/TLS from the start (port 465)": "Басынан TLS (465 порт)",
    "MailPage/No encryption (this computer only)": "Шифрлаусыз (тек осы компьютер)",
    "MailPage/empty: no sign-in": "бос болса: кірусіз",
    "MailPage/Sender address": "Жіберуші мекенжайы",
    "MailPage/E-mails to the desk (written contacts) are fetched from this mailbox": (
        "Қызметке келген хаттар (жазбаша өтініштер) осы жәшіктен алынады"
    ),
    "MailPage/Empty: notifications only in the console": "Бос болса: хабарламалар тек консольде",
    "MailPage/Empty: no desk mailbox": "Бос болса: қызметтің пошта жәшігі жоқ",
    "MailPage/PEM (*.pem *.crt)": "PEM (*.pem *.crt)",
    "MailPage/The CA certificate file %1 does not exist.": "%1 CA сертификат файлы жоқ.",
    "MailPage/The largest attachment cannot be larger than the largest message.": (
        "Ең үлкен тіркеме ең үлкен хаттан үлкен бола алмайды."
    ),
    "MailPage/The desk mailbox needs a user.": "Қызметтің пошта жәшігіне пайдаланушы қажет.",
    "MailPage/A mailbox password needs the server and the user.": (
        "Жәшік құпиясөзі үшін сервер мен пайдаланушы қажет."
    ),
    "MailPage/An outgoing-mail password needs the user.": (
        "Шығыс пошта құпиясөзі үшін пайдаланушы қажет."
    ),
    "MailPage/The sender must be an e-mail address.": (
        "Жіберуші электрондық пошта мекенжайы болуы керек."
    ),
    # AdminPage
    "AdminPage/Operator": "Оператор",
    "AdminPage/Supervisor": "Жетекші",
    "AdminPage/Head administrator": "Бас әкімші",
    "AdminPage/Administrator": "Әкімші",
    "AdminPage/The password must have at least %1 characters.": (
        "Құпиясөзде кемінде %1 таңба болуы керек."
    ),
    "AdminPage/A user name is 1 to 64 characters without spaces.": (
        "Пайдаланушы аты — бос орынсыз 1-ден 64-ке дейін таңба."
    ),
    "AdminPage/The user name “system” is reserved for the console.": (
        "«system» аты консольдің өзіне арналған."
    ),
    "AdminPage/There is no user “%1”.": "«%1» пайдаланушысы жоқ.",
    "AdminPage/The user name “%1” is taken.": "«%1» пайдаланушы аты бос емес.",
    "AdminPage/This is the last active administrator: nobody could manage the desk afterwards.": (
        "Бұл соңғы белсенді әкімші: одан кейін қызметті ешкім басқара алмас еді."
    ),
    "AdminPage/Sign in as an administrator to add users.": (
        "Пайдаланушыларды қосу үшін әкімші ретінде кіріңіз."
    ),
    "AdminPage/The two passwords differ.": "Құпиясөздер сәйкес келмейді.",
    "AdminPage/Add a user": "Жаңа пайдаланушы",
    "AdminPage/at least %1 characters": "кемінде %1 таңба",
    "AdminPage/Full name": "Толық аты-жөні",
    "AdminPage/Initial password": "Бастапқы құпиясөз",
    "AdminPage/Repeat the password": "Құпиясөзді қайталаңыз",
    "AdminPage/Reset the password of %1": "%1 үшін жаңа құпиясөз",
    "AdminPage/New password": "Жаңа құпиясөз",
    "AdminPage/Change the role of %1": "Рөлді өзгерту: %1",
    "AdminPage/Administration": "Әкімшілік",
    "AdminPage/Seat settings…": "Жұмыс орнының баптаулары…",
    "AdminPage/SIP accounts, headset, calls, recordings, database, language, e-mail, "
    "retention and transcription, the seat's policy": (
        "SIP тіркелгілері, гарнитура, қоңыраулар, жазбалар, дерекқор, тіл, пошта, сақтау және "
        "транскрипция, жұмыс орнының регламенті"
    ),
    "AdminPage/Users": "Пайдаланушылар",
    "AdminPage/Caller profiles": "Абонент профильдері",
    "AdminPage/Settings": "Баптаулар",
    "AdminPage/Open the settings at": "Баптауларды ашу",
    "AdminPage/SIP accounts": "SIP тіркелгілері",
    "AdminPage/Registrars, users and transports": "Тіркеушілер, пайдаланушылар және тасымалдау",
    "AdminPage/E-mail": "Электрондық пошта",
    "AdminPage/The desk mailbox (IMAP) and outgoing mail (SMTP)": (
        "Қызметтің пошта жәшігі (IMAP) және шығыс пошта (SMTP)"
    ),
    "AdminPage/Retention and transcription": "Сақтау және транскрипция",
    "AdminPage/How long recordings are kept; the speech-recognition engine": (
        "Жазбалар қанша сақталады; сөйлеуді тану жүйесі"
    ),
    "AdminPage/Policy": "Регламент",
    "AdminPage/The regulation this seat works under": "Осы жұмыс орны жұмыс істейтін регламент",
    "AdminPage/Password storage…": "Құпиясөздер қоймасы…",
    "AdminPage/Where this seat keeps SIP, e-mail and database passwords": (
        "Осы жұмыс орны SIP, пошта және дерекқор құпиясөздерін қайда сақтайды"
    ),
    "AdminPage/User name": "Пайдаланушы аты",
    "AdminPage/Role": "Рөлі",
    # UsersPanel
    "UsersPanel/Accounts": "Тіркелгілер",
    "UsersPanel/User name": "Пайдаланушы аты",
    "UsersPanel/Name": "Аты",
    "UsersPanel/Role": "Рөлі",
    "UsersPanel/State": "Күйі",
    "UsersPanel/Add a user…": "Пайдаланушы қосу…",
    "UsersPanel/Reset the password…": "Жаңа құпиясөз…",
    "UsersPanel/Change the role…": "Рөлді өзгерту…",
    "UsersPanel/Disable…": "Өшіру…",
    "UsersPanel/The account can no longer sign in; its calls and audit events stay": (
        "Тіркелгі енді кіре алмайды; оның қоңыраулары мен аудит оқиғалары сақталады"
    ),
    "UsersPanel/Active": "Белсенді",
    "UsersPanel/Disabled": "Өшірілген",
    "UsersPanel/%1, last signed in %2": "%1, соңғы кіру %2",
    "UsersPanel/Accounts could not be loaded: %1": "Тіркелгілер жүктелмеді: %1",
    "UsersPanel/Disable an account": "Тіркелгіні өшіру",
    "UsersPanel/Disable “%1” (%2)? They can no longer sign in; their calls and audit events "
    "stay.": (
        "«%1» (%2) өшірілсін бе? Енді кіре алмайды; қоңыраулар мен аудит журналының оқиғалары "
        "сақталады."
    ),
    "UsersPanel/Disable": "Өшіру",
    "UsersPanel/Cancel": "Болдырмау",
    # ImportPanel
    "ImportPanel/The Service's export: CSV or JSON, UTF-8": (
        "Сервистің экспорты: CSV немесе JSON, UTF-8"
    ),
    "ImportPanel/Profiles file": "Профильдер файлы",
    "ImportPanel/Choose a file…": "Файлды таңдау…",
    "ImportPanel/optional: the Service's separate applications CSV": (
        "міндетті емес: Сервистің өтінімдер бойынша жеке CSV файлы"
    ),
    "ImportPanel/Applications file": "Өтінімдер файлы",
    "ImportPanel/Import": "Импорттау",
    "ImportPanel/All or nothing: one bad row and nothing is imported. Key phrases are stored "
    "only as Argon2id hashes (KUTY-2.2).": (
        "Бәрі немесе ештеңе: бір қате жол болса, ештеңе импортталмайды. Кілт сөз тіркестері тек "
        "Argon2id хештері ретінде сақталады (KUTY-2.2)."
    ),
    "ImportPanel/Cancel": "Болдырмау",
    "ImportPanel/Import progress": "Импорт барысы",
    "ImportPanel/Problems in the file": "Файлдағы ақаулар",
    "ImportPanel/Row": "Жол",
    "ImportPanel/Field": "Өріс",
    "ImportPanel/Problem": "Ақау",
    "ImportPanel/Save the report as CSV…": "Есепті CSV ретінде сақтау…",
    "ImportPanel/Caller profiles": "Абонент профильдері",
    "ImportPanel/Profile exports (*.csv *.json)": "Профиль экспорттары (*.csv *.json)",
    "ImportPanel/Choose an existing file first.": "Алдымен бар файлды таңдаңыз.",
    "ImportPanel/The applications file %1 does not exist.": "%1 өтінімдер файлы жоқ.",
    "ImportPanel/Importing…": "Импортталуда…",
    "ImportPanel/Cancelling…": "Болдырылмауда…",
    "ImportPanel/%1: %2 of %3": "%1: %3 ішінен %2",
    "ImportPanel/%1: %2": "%1: %2",
    "ImportPanel/Done": "Дайын",
    "ImportPanel/Imported: %1 new profiles, %2 updated, %3 phone numbers, %4 applications; %5 "
    "existing profiles not in the file were kept.": (
        "Импортталды: жаңа профильдер — %1, жаңартылды — %2, телефон нөмірлері — %3, өтінімдер — "
        "%4; файлда жоқ бар профильдер сақталды — %5."
    ),
    "ImportPanel/Only the first %1 problems are listed.": "Тек алғашқы %1 ақау көрсетілген.",
    "ImportPanel/item %1": "%1-жазба",
    "ImportPanel/%1, row %2": "%1, %2-жол",
    "ImportPanel/Save the report": "Есепті сақтау",
    "ImportPanel/CSV (*.csv)": "CSV (*.csv)",
    "ImportPanel/The report could not be saved: %1": "Есеп сақталмады: %1",
    "ImportPanel/Report saved to %1": "Есеп сақталды: %1",
    # ProfileImport
    "ProfileImport/Surname": "Тегі",
    "ProfileImport/First name": "Аты",
    "ProfileImport/Patronymic": "Әкесінің аты",
    "ProfileImport/Phones": "Телефондар",
    "ProfileImport/Phone": "Телефон",
    "ProfileImport/Key phrase": "Кілт сөз тіркесі",
    "ProfileImport/Applications": "Өтінімдер",
    "ProfileImport/Application number": "Өтінім нөмірі",
    "ProfileImport/Child's first name": "Баланың аты",
    "ProfileImport/Application status": "Өтінім күйі",
    "ProfileImport/Created": "Жасалды",
    "ProfileImport/Updated": "Жаңартылды",
    "ProfileImport/Kindergartens": "Балабақшалар",
    "ProfileImport/The whole row": "Бүкіл жол",
    "ProfileImport/Empty; it is required": "Бос; өріс міндетті",
    "ProfileImport/Not text": "Мәтін емес",
    "ProfileImport/Too long": "Тым ұзын",
    "ProfileImport/Contains a control character": "Басқару таңбасы бар",
    "ProfileImport/Too many phone numbers": "Телефон нөмірлері тым көп",
    "ProfileImport/Not a valid phone number": "Телефон нөмірі жарамсыз",
    "ProfileImport/Not a valid date": "Күні жарамсыз",
    "ProfileImport/The same profile appears earlier in the file": (
        "Дәл осы профиль файлда жоғарырақ бар"
    ),
    "ProfileImport/Empty once spaces and punctuation are removed": (
        "Бос орындар мен тыныс белгілерінсіз бос"
    ),
    "ProfileImport/The row has a different number of columns than the header": (
        "Жолдағы бағандар саны тақырыпшадағыдан басқаша"
    ),
    "ProfileImport/No profile has this phone and surname": (
        "Мұндай телефоны мен тегі бар профиль жоқ"
    ),
    "ProfileImport/Several profiles have this phone and surname; add the first name": (
        "Бірнеше профильде осындай телефон мен тек бар; атын қосыңыз"
    ),
    "ProfileImport/Matches several existing profiles (same names, a shared phone)": (
        "Бірнеше бар профильге сәйкес келеді (аттары бірдей, телефоны ортақ)"
    ),
    "ProfileImport/Updates the same existing profile as an earlier row": (
        "Жоғарыдағы жол жаңартатын бар профильді жаңартады"
    ),
    "ProfileImport/Cannot be imported": "Импортталмайды",
    "ProfileImport/Cancelled; nothing was imported.": "Болдырылмады; ештеңе импортталмады.",
    "ProfileImport/The file changed while it was imported; nothing was imported.": (
        "Импорт кезінде файл өзгерді; ештеңе импортталмады."
    ),
    "ProfileImport/The file is larger than %1 MB; split the export.": (
        "Файл %1 МБ-тан үлкен; экспортты бөліңіз."
    ),
    "ProfileImport/The file cannot be read.": "Файлды оқу мүмкін емес.",
    "ProfileImport/The file is not UTF-8 (line %1); export it as UTF-8.": (
        "Файл UTF-8 емес (%1-жол); оны UTF-8 ретінде экспорттаңыз."
    ),
    "ProfileImport/Line %1 is not valid CSV.": "%1-жол — жарамсыз CSV.",
    "ProfileImport/Line %1 is not valid JSON.": "%1-жол — жарамсыз JSON.",
    "ProfileImport/The JSON file is not a list of profiles.": "JSON файлы профильдер тізімі емес.",
    "ProfileImport/The file has no header row.": "Файлда тақырыпша жолы жоқ.",
    "ProfileImport/Columns missing from the header: %1.": "Тақырыпшада бағандар жетіспейді: %1.",
    "ProfileImport/Columns given twice: %1.": "Бағандар қайталанады: %1.",
    "ProfileImport/The header has too many columns; is this the Service's export?": (
        "Тақырыпшада бағандар тым көп; бұл шынымен Сервистің экспорты ма?"
    ),
    "ProfileImport/Line %1 is too long; is this the Service's export?": (
        "%1-жол тым ұзын; бұл шынымен Сервистің экспорты ма?"
    ),
    "ProfileImport/The JSON is nested too deeply; is this the Service's export?": (
        "JSON тым терең кірістірілген; бұл шынымен Сервистің экспорты ма?"
    ),
    "ProfileImport/A JSON item is too large; is this the Service's export?": (
        "JSON жазбасы тым үлкен; бұл шынымен Сервистің экспорты ма?"
    ),
    "ProfileImport/Problems in the file: %1; nothing was imported.": (
        "Файлдағы ақаулар: %1; ештеңе импортталмады."
    ),
    "ProfileImport/Checking rows": "Жолдар тексерілуде",
    "ProfileImport/Protecting key phrases": "Кілт сөз тіркестері қорғалуда",
    "ProfileImport/Saving profiles": "Профильдер сақталуда",
    "ProfileImport/Importing": "Импорт",
    # LanesView
    "LanesView/Caller": "Абонент",
    "LanesView/Operator": "Оператор",
    "LanesView/Third party": "Үшінші қатысушы",
    "LanesView/Track %1": "%1-жолақ",
    "LanesView/Recording tracks": "Жазба жолақтары",
    "LanesView/Click or drag to move the play position. Space: play or pause; Left/Right arrow: 5 "
    "seconds back or forward.": (
        "Жазбаның басқа жеріне өту үшін басыңыз немесе сүйреңіз. Бос орын — ойнату немесе кідірту; "
        "солға/оңға көрсеткілері — 5 секунд артқа немесе алға."
    ),
    "LanesView/Lanes: %1": "Жолақтар: %1",
    "LanesView/masked": "жасырылған",
    # ListenControls
    "ListenControls/Listen": "Тыңдау",
    "ListenControls/Whisper": "Сыбырлау",
    "ListenControls/Barge in": "Араласу",
    "ListenControls/Stop listening": "Тыңдауды тоқтату",
    "ListenControls/Listen to the selected call; neither the caller nor the operator hears you, "
    "and the recording does not change (%1). Every use is audited.": (
        "Таңдалған қоңырауды тыңдау: сізді абонент те, оператор да естімейді, жазба өзгермейді "
        "(%1). Әр тыңдау аудит журналына жазылады."
    ),
    "ListenControls/Speak to the operator only; the caller does not hear you. What you say is "
    "recorded on the operator track (KUTY-1.1).": (
        "Тек операторға сөйлеу: абонент сізді естімейді. Айтқаныңыз оператор жолағына жазылады "
        "(KUTY-1.1)."
    ),
    "ListenControls/Join the call: the caller and the operator hear you. What you say is recorded "
    "on the operator track (KUTY-1.1).": (
        "Әңгімеге қосылу: сізді абонент те, оператор да естиді. Айтқаныңыз оператор жолағына "
        "жазылады (KUTY-1.1)."
    ),
    "ListenControls/Stop listening; the call goes on unchanged.": (
        "Тыңдауды тоқтату; әңгіме өзгеріссіз жалғасады."
    ),
    "ListenControls/The desk's policy does not allow live listening (%1).": (
        "Қызмет регламенті қоңырауларды тыңдауға рұқсат етпейді (%1)."
    ),
    "ListenControls/Select a call in progress first.": "Алдымен жүріп жатқан қоңырауды таңдаңыз.",
    "ListenControls/The desk's policy does not allow live listening.": (
        "Қызмет регламенті қоңырауларды тыңдауға рұқсат етпейді."
    ),
    "ListenControls/The call is no longer in progress.": "Бұл қоңырау аяқталып қойған.",
    "ListenControls/The operator's seat cannot be reached for listening (it has not announced its "
    "address).": (
        "Тыңдау үшін оператордың жұмыс орнына қосылу мүмкін емес (ол өз мекенжайын хабарламаған)."
    ),
    "ListenControls/The operator's seat refused the listening.": (
        "Оператордың жұмыс орны тыңдаудан бас тартты."
    ),
    "ListenControls/Listening ended.": "Тыңдау аяқталды.",
    "ListenControls/Connecting to the operator's seat…": "Оператордың жұмыс орнына қосылуда…",
    "ListenControls/Listening: nobody hears you.": "Тыңдау: сізді ешкім естімейді.",
    "ListenControls/Whispering: only the operator hears you.": (
        "Сыбырлау: сізді тек оператор естиді."
    ),
    "ListenControls/In the call: the caller and the operator hear you.": (
        "Әңгімеде: сізді абонент те, оператор да естиді."
    ),
    # TranscriptPane
    "TranscriptPane/Transcript": "Стенограмма",
    "TranscriptPane/Play a call to see its transcript here.": (
        "Стенограммасын осы жерде көру үшін қоңырауды ойнатыңыз."
    ),
    "TranscriptPane/Transcript segments; click one to play from it": (
        "Стенограмма үзінділері; сол жерден ойнату үшін үзіндіні басыңыз"
    ),
    "TranscriptPane/Time": "Уақыты",
    "TranscriptPane/Speaker": "Кім сөйлейді",
    "TranscriptPane/Text": "Мәтін",
    "TranscriptPane/Loading the transcript…": "Стенограмма жүктелуде…",
    "TranscriptPane/The transcript cannot be shown: %1": "Стенограмманы көрсету мүмкін емес: %1",
    "TranscriptPane/the call is still being recorded": "қоңырау әлі жазылуда",
    "TranscriptPane/the recording has no complete caller and operator tracks": (
        "жазбада абонент пен оператордың толық жолақтары жоқ"
    ),
    "TranscriptPane/nobody has had this call transcribed yet: use Transcript… to make one": (
        "бұл қоңыраудың стенограммасын әлі ешкім жасамаған: оны «Стенограмма…» түймесімен жасаңыз"
    ),
    "TranscriptPane/unknown": "белгісіз",
    "TranscriptPane/Not transcribed: %1": "Стенограмма жасалмады: %1",
    "TranscriptPane/Version %1, %2 segments": "%1-нұсқа, үзінділер: %2",
    "TranscriptPane/(the key phrase is hidden)": "(кілт сөз тіркесі жасырылған)",
    "TranscriptPane/Caller": "Абонент",
    "TranscriptPane/Operator": "Оператор",
    "TranscriptPane/[key phrase hidden]": "[кілт сөз тіркесі жасырылған]",
    "ComplaintsView/a call": "қоңырау",
    "Wallboard/In a call": "Сөйлесуде",
    "WrittenView/Select a case in the list above.": "Жоғарыдағы тізімнен өтінішті таңдаңыз.",
    "CallPickerDialog/no operator": "операторсыз",
    "CallPickerDialog/Choose the call the complaint is about": "Шағым қатысты қоңырауды таңдаңыз",
    "CallPickerDialog/The call the complaint is about (KUTY-1.2): find it by number, dates "
    "or operator": (
        "Шағым қатысты қоңырау (KUTY-1.2): оны нөмір, күн немесе оператор бойынша табыңыз"
    ),
    "CallPickerDialog/Caller number": "Қоңырау шалушының нөмірі",
    "CallPickerDialog/Number or its start, e.g. 067 123": "Нөмір немесе оның басы, мысалы 067 123",
    "CallPickerDialog/Calls from this date": "Осы күннен бастап қоңыраулар",
    "CallPickerDialog/Calls up to this date": "Осы күнге дейінгі қоңыраулар",
    "CallPickerDialog/Operator": "Оператор",
    "CallPickerDialog/Any operator": "Кез келген оператор",
    "CallPickerDialog/Search": "Іздеу",
    "CallPickerDialog/Search calls": "Қоңырауларды іздеу",
    "CallPickerDialog/Find the calls (Enter in the number field)": (
        "Қоңырауларды табу (нөмір өрісінде Enter)"
    ),
    "CallPickerDialog/Calls found, newest first": "Табылған қоңыраулар, алдымен жаңалары",
    "CallPickerDialog/Enter or double click picks the call; Esc cancels": (
        "Enter немесе қос шерту қоңырауды таңдайды; Esc бас тартады"
    ),
    "CallPickerDialog/Time": "Уақыт",
    "CallPickerDialog/Number": "Нөмір",
    "CallPickerDialog/Duration": "Ұзақтығы",
    "CallPickerDialog/How it ended": "Қалай аяқталды",
    "CallPickerDialog/Search result": "Іздеу нәтижесі",
    "CallPickerDialog/Newer": "Жаңарақ",
    "CallPickerDialog/Newer calls": "Жаңарақ қоңыраулар",
    "CallPickerDialog/Older": "Ескірек",
    "CallPickerDialog/Older calls": "Ескірек қоңыраулар",
    "CallPickerDialog/Choose": "Таңдау",
    "CallPickerDialog/Choose the selected call": "Белгіленген қоңырауды таңдау",
    "CallPickerDialog/Cancel": "Бас тарту",
    "CallPickerDialog/Cancel choosing a call": "Қоңырау таңдаудан бас тарту",
    "CallPickerDialog/From": "Бастап",
    "CallPickerDialog/To": "Дейін",
    "CallPickerDialog/The range ends before it starts: choose the dates again.": (
        "Кезеңнің соңы басынан ерте: күндерді қайта таңдаңыз."
    ),
    "CallPickerDialog/Searching…": "Іздеу…",
    "CallPickerDialog/Search failed: %1": "Іздеу сәтсіз аяқталды: %1",
    "CallPickerDialog/Page %1: %2 calls, newest first": "%1-бет: %2 қоңырау, алдымен жаңалары",
    "CallPickerDialog/No calls match: change the number or the dates.": (
        "Қоңырау табылмады: нөмірді немесе күндерді өзгертіңіз."
    ),
    "CallPickerDialog/Select a call in the list first.": "Алдымен тізімнен қоңырауды таңдаңыз.",
    "ComplaintsView/The call the complaint is about": "Шағым қатысты қоңырау",
    "ComplaintsView/No call chosen (optional)": "Қоңырау таңдалмаған (міндетті емес)",
    "ComplaintsView/The call the complaint is about (KUTY-1.2), chosen with “Choose call…”": (
        "Шағым қатысты қоңырау (KUTY-1.2), «Қоңырауды таңдау…» батырмасымен таңдалады"
    ),
    "ComplaintsView/Choose call…": "Қоңырауды таңдау…",
    "ComplaintsView/Choose the call": "Қоңырауды таңдау",
    "ComplaintsView/Find the call by number, dates or operator (KUTY-1.2)": (
        "Қоңырауды нөмір, күн немесе оператор бойынша табу (KUTY-1.2)"
    ),
    "ComplaintsView/Your role may not see the desk's calls (KUTY-1.2 complaints, "
    "KUTY-1.3 recordings)": (
        "Сіздің рөліңіз қызметтің қоңырауларын көрмейді (KUTY-1.2 шағымдар, KUTY-1.3 жазбалар)"
    ),
    "ComplaintsView/Clear": "Тазалау",
    "ComplaintsView/Clear the chosen call": "Таңдалған қоңырауды алып тастау",
    "ComplaintsView/File the complaint without a call": "Шағымды қоңыраусыз тіркеу",
    "ComplaintsView/The response deadline follows the category (KUTY-1.2, Law on Appeals "
    "art. 20)": (
        "Жауап беру мерзімі санатқа байланысты (KUTY-1.2, «Азаматтардың өтініштері туралы» заң, "
        "20-бап)"
    ),
    "ComplaintsView/Link the chosen call to the selected complaint": (
        "Таңдалған қоңырауды таңдалған шағыммен байланыстыру"
    ),
    "ComplaintsView/Link the chosen call to the complaint selected above (KUTY-1.2)": (
        "Таңдалған қоңырауды жоғарыда таңдалған шағыммен байланыстыру (KUTY-1.2)"
    ),
    "ComplaintsView/Select a complaint and choose a call.": "Шағымды және қоңырауды таңдаңыз.",
    "ComplaintsView/Call linked to complaint %1.": "Қоңырау %1 шағымымен байланыстырылды.",
}


if __name__ == "__main__":
    sys.exit(main("kk", KK, sys.argv[1:]))

<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="uk" sourcelanguage="en">
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
        <location filename="../app.py" line="132" />
        <source>Kuty console</source>
        <translation>Консоль Кути</translation>
    </message>
    <message>
        <location filename="../app.py" line="135" />
        <source>Kuty console cannot start</source>
        <translation>Консоль Кути не може запуститися</translation>
    </message>
    <message>
        <location filename="../app.py" line="144" />
        <source>The call database cannot be opened, so calls cannot be logged:
%1</source>
        <translation>Не вдається відкрити базу даних дзвінків, тому дзвінки не можна облікувати:
%1</translation>
    </message>
</context>
<context>
    <name>CallCard</name>
    <message>
        <location filename="../call_card.py" line="87" />
        <source>Answer</source>
        <translation>Відповісти</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="88" />
        <source>Reject</source>
        <translation>Відхилити</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="89" />
        <source>Hang up</source>
        <translation>Завершити</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="90" />
        <location filename="../call_card.py" line="305" />
        <source>Hold</source>
        <translation>Утримувати</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="91" />
        <location filename="../call_card.py" line="307" />
        <source>Mute</source>
        <translation>Вимкнути мікрофон</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="102" />
        <source>Answer the ringing call</source>
        <translation>Відповісти на вхідний дзвінок</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="103" />
        <source>Reject the ringing call</source>
        <translation>Відхилити вхідний дзвінок</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="104" />
        <source>End the call</source>
        <translation>Завершити дзвінок</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="105" />
        <source>Put the caller on hold / resume</source>
        <translation>Поставити на утримання / продовжити розмову</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="106" />
        <source>Mute / unmute your microphone</source>
        <translation>Вимкнути / увімкнути ваш мікрофон</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="229" />
        <source>No profile has this number</source>
        <translation>Жоден профіль не має цього номера</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="232" />
        <source>Profiles with this number: %1</source>
        <translation>Профілі з цим номером: %1</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="272" />
        <source>On hold</source>
        <translation>На утриманні</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="274" />
        <location filename="../call_card.py" line="276" />
        <source>Ringing</source>
        <translation>Дзвонить</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="275" />
        <source>Calling</source>
        <translation>Виклик</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="277" />
        <source>Connecting</source>
        <translation>З'єднання</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="278" />
        <source>Talking</source>
        <translation>Розмова</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="279" />
        <source>Ended</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="286" />
        <source>No call</source>
        <translation>Немає дзвінка</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="305" />
        <source>Resume</source>
        <translation>Продовжити</translation>
    </message>
    <message>
        <location filename="../call_card.py" line="307" />
        <source>Unmute</source>
        <translation>Увімкнути мікрофон</translation>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="46" />
        <source>Kuty help desk — operator console</source>
        <translation>Служба підтримки Кути — консоль оператора</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="59" />
        <source>Today's calls</source>
        <translation>Дзвінки за сьогодні</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="113" />
        <location filename="../main_window.py" line="201" />
        <source>No headset found: you cannot hear callers. Plug in the headset.</source>
        <translation>Гарнітуру не знайдено: ви не почуєте абонентів. Під'єднайте гарнітуру.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="124" />
        <source>The phone engine stopped unexpectedly (%1). It is restarting; a call in progress was cut off and its recording is kept.</source>
        <translation>Телефонний рушій несподівано зупинився (%1). Він перезапускається; поточний дзвінок обірвано, його запис збережено.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="131" />
        <source>The phone engine is running again.</source>
        <translation>Телефонний рушій знову працює.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="181" />
        <source>The call log could not be saved (%1). Tell your supervisor.</source>
        <translation>Не вдалося зберегти журнал дзвінків (%1). Повідомте керівника.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="189" />
        <source>Could not %1: %2</source>
        <translation>Не вдалося виконати «%1»: %2</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="197" />
        <source>RECORDING FAILED: this call is not being recorded (KUTY-1.1). Tell your supervisor now.</source>
        <translation>ЗАПИС НЕ ВДАВСЯ: цей дзвінок не записується (KUTY-1.1). Негайно повідомте керівника.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="204" />
        <source>Recordings interrupted by the engine failure could not be repaired. Tell your supervisor.</source>
        <translation>Записи, перервані збоєм рушія, не вдалося відновити. Повідомте керівника.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="207" />
        <source>Phone alert: %1</source>
        <translation>Попередження телефону: %1</translation>
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
</TS>
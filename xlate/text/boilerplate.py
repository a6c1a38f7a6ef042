"""Line rules for `clean`: boilerplate, metadata lines, dates and agency names (datelines:
`xlate.text.datelines`).

Every pattern matches a whole line (after markdown is stripped) in en, zh, ru or ur.
Lines are only removed when short: a body sentence that merely starts like a
boilerplate line ("Sources said ...") is long, or ends like a sentence, and survives.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

# Eastern Arabic-Indic digits (Urdu) and Arabic-Indic digits -> ASCII.
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩０１２３４５６７８９", "0123456789" * 3)

AGENCIES: dict[str, tuple[str, ...]] = {
    "Xinhua": (
        "xinhua", "xinhua news agency", "xinhuanet", "新华社", "新华网", "新华通讯社",
        "синьхуа", "агентство синьхуа", "شنہوا", "ژنہوا", "شِنہوا",
    ),
    "TASS": ("tass", "itar-tass", "тасс", "итар-тасс", "تاس"),
    "RIA Novosti": ("ria novosti", "ria", "риа новости", "риа «новости»", "риа"),
    "Interfax": ("interfax", "интерфакс"),
    "Sputnik": ("sputnik", "спутник", "sputnik news"),
    "Reuters": ("reuters", "рейтер", "рейтерс", "路透社", "路透", "رائٹرز"),
    "AFP": ("afp", "agence france-presse", "法新社", "франс пресс", "франс-пресс", "اے ایف پی"),
    "AP": ("ap", "associated press", "the associated press", "美联社", "ассошиэйтед пресс"),
    "APP": ("app", "associated press of pakistan", "اے پی پی", "اےپی پی"),
    "INP": ("inp", "independent news pakistan", "آئی این پی"),
    "NNI": ("nni", "news network international", "این این آئی"),
    "PPI": ("ppi", "pakistan press international", "پی پی آئی"),
    "China News Service": ("china news service", "chinanews", "中新社", "中新网", "中国新闻社"),
    "CGTN": ("cgtn", "央视网", "cctv", "中央广播电视总台"),
    "China Daily": ("china daily", "中国日报"),
    "People's Daily": ("people's daily", "人民日报", "人民网"),
    "Global Times": ("global times", "环球时报", "环球网"),
    "PTI": ("pti", "press trust of india"),
    "IRNA": ("irna", "ирна"),
    "DNA": ("dna", "dna news agency"),
    "ANI": ("ani", "asian news international"),
    "IANS": ("ians",),
    "Kyodo": ("kyodo", "kyodo news", "共同社", "киодо"),
    "Anadolu": ("anadolu", "anadolu agency", "аа"),
    "Yonhap": ("yonhap", "yonhap news agency", "韩联社"),
}
_ALIAS = {alias: name for name, aliases in AGENCIES.items() for alias in aliases}


def agency_name(text: str) -> str | None:
    """The canonical name of a known news agency, or None."""
    key = re.sub(r"\s+", " ", text.strip(" \t.,:;()[]/«»\"'“”（）【】—–-")).lower()
    return _ALIAS.get(key)


def normalise_source(text: str) -> str:
    """A credited source as given, mapped to a canonical agency name when known."""
    value = text.strip(" \t.,:;()[]/«»\"'“”（）【】—–-")
    parts = [p for p in re.split(r"\s*[,/;、，&]\s*|\s+and\s+|\s+и\s+", value) if p]
    names = [agency_name(p) or p for p in parts]
    return ", ".join(dict.fromkeys(names)) if names else value


# ---------------------------------------------------------------- dates

_EN_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
EN_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_RU_MONTHS = (
    "январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр",
    "ноябр", "декабр",
)
RU_MONTH = (
    r"(?:январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?"
    r"|сентябр[яь]|октябр[яь]|ноябр[яь]|декабр[яь])"
)
_UR_MONTHS = (
    "جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر",
    "نومبر", "دسمبر",
)
UR_MONTH = "(?:" + "|".join(_UR_MONTHS) + ")"

_DATE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)"), "ymd"),
    (re.compile(r"(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"), "ymd"),
    (re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)"), "dmy"),
    (re.compile(rf"\b({EN_MONTH})\s+(\d{{1,2}})(?:st|nd|rd"
    rf"|th)?\b,?(?:\s+(\d{{4}}))?", re.I), "en-md"),
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd"
    rf"|th)?\s+({EN_MONTH})\b,?(?:\s+(\d{{4}}))?", re.I), "en-dm"),
    (re.compile(rf"(?<!\d)(\d{{1,2}})\s+({RU_MONTH})(?:\s+(\d{{4}}))?", re.I), "ru"),
    (re.compile(rf"(?<!\d)(\d{{1,2}})\s*({UR_MONTH})[\s،,]*(\d{{4}})?"), "ur"),
    (re.compile(r"(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日"), "md"),
)


@dataclass(frozen=True)
class DateMatch:
    """A date found in text: year may be None (a dateline often omits it)."""

    year: int | None
    month: int
    day: int
    start: int
    end: int

    def iso(self) -> str:
        """`YYYY-MM-DD`, or `--MM-DD` when the year is unknown."""
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


def _month_number(name: str, kind: str) -> int:
    low = name.lower().rstrip(".")
    if kind.startswith("en"):
        return _EN_MONTHS[low[:4] if low.startswith("sept") else low[:3]]
    if kind == "ru":
        # "ма" (май/мая) is a prefix of "март": test longer stems first.
        for stem in sorted(_RU_MONTHS, key=len, reverse=True):
            if low.startswith(stem):
                return _RU_MONTHS.index(stem) + 1
        raise ValueError(name)
    return _UR_MONTHS.index(name) + 1


def find_date(text: str) -> DateMatch | None:
    """The first valid calendar date in `text` (en, zh, ru, ur and numeric forms)."""
    text = text.translate(_DIGITS)
    found: list[DateMatch] = []
    for pattern, kind in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            g = m.groups()
            try:
                y: int | None
                if kind == "ymd":
                    y, mo, d = int(g[0]), int(g[1]), int(g[2])
                elif kind == "dmy":
                    y, mo, d = int(g[2]), int(g[1]), int(g[0])
                elif kind == "en-md":
                    y, mo, d = _year(g[2]), _month_number(g[0], kind), int(g[1])
                elif kind in ("en-dm", "ru", "ur"):
                    y, mo, d = _year(g[2]), _month_number(g[1], kind), int(g[0])
                else:
                    y, mo, d = None, int(g[0]), int(g[1])
                dt.date(y or 2000, mo, d)
            except (ValueError, KeyError):
                continue
            found.append(DateMatch(y, mo, d, m.start(), m.end()))
            break
    return min(found, key=lambda f: (f.start, -f.end)) if found else None


def _year(text: str | None) -> int | None:
    return int(text) if text else None


_EN_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
_RU_GENITIVE = (
    "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
    "октября", "ноября", "декабря",
)


def display_date(value: str, lang: str | None = None) -> str:
    """A stored date for people: a year-less `--MM-DD` the way a dateline in `lang` writes
    it ("March 3", "3月3日", "3 марта", "3 مارچ"); any other value as it is."""
    m = re.fullmatch(r"--(\d{2})-(\d{2})", value)
    if m is None:
        return value
    month, day = int(m.group(1)), int(m.group(2))
    if not 1 <= month <= 12:
        return value
    if lang == "zh":
        return f"{month}月{day}日"
    if lang == "ru":
        return f"{day} {_RU_GENITIVE[month - 1]}"
    if lang == "ur":
        return f"{day} {_UR_MONTHS[month - 1]}"
    return f"{_EN_MONTH_NAMES[month - 1]} {day}"


def infer_year(month_day: str, published: str | None) -> str:
    """Give a `--MM-DD` dateline the year of the published date (the year before when
    the dateline would otherwise fall more than a month after publication)."""
    if not month_day.startswith("--") or not published:
        return month_day
    year = int(published[:4])
    month, day = int(month_day[2:4]), int(month_day[5:7])
    try:
        candidate = dt.date(year, month, day)
        if candidate - dt.date.fromisoformat(published) > dt.timedelta(days=31):
            candidate = dt.date(year - 1, month, day)
    except ValueError:
        return month_day
    return candidate.isoformat()


_WEEKDAYS = re.compile(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?"
    r"|понедельник|вторник|среда|среду|четверг|пятница|пятницу|суббота|субботу|воскресенье"
    r"|星期[一二三四五六日天]|周[一二三四五六日]|礼拜[一二三四五六日天]"
    r"|پیر|منگل|بدھ|جمعرات|جمعہ|ہفتہ|اتوار",
    re.I,
)
_TIME = re.compile(
    r"(?<!\d)\d{1,2}[:：.]\d{2}(?:[:：]\d{2})?\s*(?:[ap]\.?m\.?)?|\b(?:GMT|UTC|MSK|PKT|CST|BST|EST"
    r"|EDT)"
    r"(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|北京时间|[上下]午|по московскому времени|мск",
    re.I,
)


def is_bare_date(line: str) -> DateMatch | None:
    """The date when `line` is nothing but a date (with weekday, time, zone), else None."""
    if len(line) > 70:
        return None
    found = find_date(line)
    if found is None:
        return None
    plain = line.translate(_DIGITS)
    rest = plain[: found.start] + " " + plain[found.end :]
    rest = _TIME.sub(" ", _WEEKDAYS.sub(" ", rest))
    rest = re.sub(r"\b(?:г(?:ода?)?\.?|года)\b|年|[,.:;،۔\-–—/()|\s]", "", rest, flags=re.I)
    return found if not rest else None


# ---------------------------------------------------------------- line rules

@dataclass(frozen=True)
class LineRule:
    """A whole-line pattern. `field` names the Meta field its `value` group fills."""

    name: str
    pattern: re.Pattern[str]
    field: str | None = None
    needs_date: bool = False


def _rule(name: str, regex: str, field: str | None = None, *, needs_date: bool = False) -> LineRule:
    return LineRule(name, re.compile(regex, re.I), field, needs_date)


_AGENCY_ALT = "|".join(
    re.escape(alias).replace(r"\ ", r"\s+")
    for alias in sorted(_ALIAS, key=len, reverse=True) if len(alias) > 2 or alias == "ap"
)
_SEP = r"\s*[:：]\s*"
_OPT_SEP = r"\s*[:：]?\s*"

LINE_RULES: tuple[LineRule, ...] = (
    # Capture/monitoring-service headers: the key says which date it is.
    _rule("capture-date", r"(?:document date|capture[d]? (?:on|date)|retrieved(?: on)?"
          r"|accessed(?: on)?"
          r"|download(?:ed)?(?: on| date)?|采集时间|抓取时间|дата (?:сохранения|загрузки)"
          rf"|дата документа){_OPT_SEP}(?P<value>.{{4,80}})", "captured", needs_date=True),
    _rule("published-date", r"(?:(?:published|posted|publication date|release date|date|dated)"
          r"(?: on| at)?|发布时间|发布日期|发表时间|发表日期|发稿时间|时间|日期"
          r"|дата публикации|опубликовано|дата|размещено"
          rf"|تاریخ اشاعت|شائع شدہ|شائع|تاریخ){_OPT_SEP}(?P<value>.{{4,80}})", "published",
          needs_date=True),
    # An update time is neither the publication nor the capture date: removed, not kept.
    _rule("updated-date", r"(?:(?:updated|last updated|modified)(?: on| at)?|更新时间|更新日期"
          rf"|обновлено|дата обновления|اپ ڈیٹ){_OPT_SEP}(?P<value>.{{4,80}})", needs_date=True),
    _rule("category", r"(?:categor(?:y|ies)|tags?|section|filed under|topics?|keywords?|labels?"
          r"|分类|栏目|标签|关键词|关键字|频道|рубрик[аи]|категори[яи]|теги|метки|раздел"
          rf"|زمرہ|زمرے|ٹیگز?){_SEP}.{{0,120}}"),
    _rule("source", r"(?:sources?|credit|courtesy|来源|稿源|出处|消息来源|источник|источники"
          rf"|ذریعہ|ذرائع|ماخذ|بشکریہ){_SEP}(?P<value>.{{1,60}})", "source"),
    _rule("editor", r"(?:editor|edited by|editing by|reporting by|writing by|compiled by"
          r"|责任编辑|编辑|校对|审核|审校|监制|作者|撰稿|记者|实习生|通讯员"
          rf"|автор|редактор|ایڈیٹر|مصنف|رپورٹر){_SEP}.{{1,60}}"),
    _rule("editor", r"[(（【\[]\s*(?:责任编辑|编辑|校对|记者)[:：\s].{1,30}[)）】\]]"),
    _rule("link", r"(?:show|view|open|read|see)(?: (?:it|this|story|article))?"
          r" (?:on|in|at) (?:the )?(?:website|web|site|browser|original|source)\b.{0,40}"),
    _rule("link", r"(?:.{0,60}[\s:：])?click here\b.{0,60}"),
    _rule("link", r"(?:read|see|view|continue reading|read the)(?: the)?"
          r" (?:more|full (?:story|article|text|report)|original(?: article| story)?|article)\b"
          r"[\s:：>»…]*.{0,80}"),
    _rule("link", r"(?:read more|see also|also read|also see|you may also like|further reading"
          r"|continue reading)\b.{0,100}"),
    _rule("link", r"(?:related|recommended|more|most read|most popular|top stories|latest news"
          r"|trending)"
          r"(?: (?:articles?|news|stories|posts|coverage|content|topics|links|reading|videos?"
          r"|(?:on|from) .{1,30}))?(?:\s*[:：>»…|]\s*.{0,100})?"),
    _rule("share", r"(?:share(?: (?:this|it|the|on|via|to)\b.{0,40})?|tweet(?: this)?"
          r"|email(?: this)?"
          r"|print(?: this)?(?: page| article)?|like|pin it|whatsapp|facebook|twitter|linkedin"
          r"|telegram|vk|wechat|weibo)\s*[:：!]?"),
    _rule("share", r"(?:share|share on|share via)\s*[:：]?\s*(?:(?:facebook|twitter|x|email"
          r"|whatsapp|linkedin|telegram|vk|reddit|print|copy link)\s*[,|/·]?\s*)+"),
    _rule("subscribe", r"(?:subscribe|sign up|signup|follow us|join us|join our|get (?:our|the)"
          r" (?:newsletter|latest)|download (?:our|the) app|like us on)\b.{0,120}"),
    _rule("advertisement", r"(?:advertisement|advertising|sponsored(?: content)?|ad|ads|promoted"
          r"|story continues below(?: advertisement)?"
          r"|scroll to continue(?: with content)?)\s*[:：]?"),
    _rule("cookies", r".{0,60}\b(?:we|this (?:web)?site|our site) uses? cookies\b.{0,200}"),
    _rule("cookies", r"(?:accept|allow|reject|manage)(?: all)? cookies.{0,40}|cookie (?:policy"
          r"|settings"
          r"|preferences|notice|consent).{0,40}"),
    _rule("copyright", r"(?:copyright\s*(?:©|\(c\))?\s*(?:\d{4}|by\b)|©|\(c\)\s*\d{4}).{0,120}"
          r"|.{0,80}\ball rights reserved\b.{0,60}"),
    _rule("navigation", r"(?:back to top|top of page|skip to (?:main )?content|home|menu|search"
          r"|next"
          r"|previous|next article|previous article|close|comments?|\d+ comments?|loading\.*)"),
    _rule("page-number", r"(?:page\s*)?\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?|[-–—]\s*\d{1,3}\s*[-–—]"
          r"|стр(?:аница)?\.?\s*\d{1,3}|第\s*\d{1,3}\s*页|صفحہ\s*[\d۰-۹]{1,3}"),
    _rule("photo-credit", r"(?:photo|image|picture|video|file photo|graphic|фото|видео|تصویر|فوٹو"
          r"|图|图片|视频)(?: credit| by)?\s*[:：/].{0,80}"),
    _rule("photo-credit", r"[(（]\s*(?:photo|image|file photo|图|摄影)[^)）]{0,60}[)）]"),
    # "Leila Navidi/Star Tribune via AP", "AFP/Getty Images": a photographer's credit.
    _rule("photo-credit", r"(?:[A-Z][\w.'’-]+ ){1,3}?[A-Z][\w.'’-]+\s*/\s*[A-Z][\w.'’& -]{1,40}"
          r"(?: via (?:AP|Reuters|AFP|Getty Images|Xinhua))?"
          r"|(?:AP|AFP|Reuters|Xinhua) Photo(?:/.{1,40})?"),
    # "The Associated Press", "– Reuters", "Sources Xinhua": an agency credit on its own line.
    _rule("source", rf"(?:[–—-]+\s*|sources?\s+|credit\s+)(?P<value>{_AGENCY_ALT})\.?", "source"),
    _rule("source", r"(?P<value>(?:the )?associated press)", "source"),
    _rule("link", r"(?:the )?latest (?:news|updates?|stories) (?:on|about|from) .{1,80}"),
    _rule("link", r"(?:تازہ ترین|مزید پڑھیں|یہ بھی پڑھیں).{0,80}"),
    # Chinese page furniture.
    _rule("share", r"(?:分享到|分享|转发到|转发|收藏|点赞|扫一扫|扫码|微信扫一扫).{0,40}"),
    _rule("link", r"(?:阅读全文|查看原文|阅读原文|点击(?:查看|阅读|进入|这里|此处).{0,40}"
          r"|原文链接.{0,120}|本文链接.{0,120}"
          r"|相关(?:新闻|阅读|报道|链接|文章|推荐|专题)[:：]?.{0,80}|延伸阅读[:：]?.{0,80}"
          r"|更多(?:新闻|精彩|内容|报道).{0,40}|推荐阅读[:：]?.{0,80})"),
    _rule("advertisement", r"(?:广告|推广|赞助)[:：]?"),
    _rule("subscribe", r"(?:关注我们|订阅|欢迎关注|请关注|下载客户端|下载APP).{0,60}"),
    _rule("navigation", r"(?:打印(?:本页|此页)?|关闭(?:窗口|本页)?|返回(?:顶部|首页|列表)"
          r"|【纠错】|纠错|举报|【字号.{0,20}】|字号[:：]?.{0,12}|上一篇.{0,80}|下一篇.{0,80}"
          r"|[【\[]?(?:打印|关闭)[】\]])"),
    _rule("copyright", r"(?:版权所有|版权声明|本网站所刊登|未经授权|未经许可).{0,160}"),
    _rule("source", r"(?:本文)?来源于?\s*(?P<value>\S.{0,30})", "source"),
    # Russian page furniture.
    _rule("share", r"(?:поделиться|поделитесь|отправить|распечатать|в избранное)\b.{0,40}"),
    _rule("link", r"(?:читайте также|читайте (?:далее|полностью|подробнее)|читать (?:далее"
          r"|полностью"
          r"|также)|подробнее|смотрите также|см\. также|похожие (?:новости|материалы|статьи)"
          r"|по теме|другие новости|новости по теме|ещё по теме|еще по теме)\b[\s:：>»…]*.{0,100}"),
    _rule("advertisement", r"(?:реклама|на правах рекламы|спонсорский материал)\s*[:：]?"),
    _rule("subscribe", r"(?:подписывайтесь|подпишитесь|следите за нами|присоединяйтесь)\b.{0,120}"),
    _rule("cookies", r".{0,60}\b(?:мы используем|сайт использует"
          r"|используем) (?:файлы )?cookie.{0,200}"),
    _rule("copyright", r"(?:все права защищены|при (?:использовании"
          r"|цитировании) материалов).{0,160}"),
    _rule("source", r"источник\s*[—–-]\s*(?P<value>.{1,40})", "source"),
    # Urdu page furniture.
    _rule("share", r"(?:شیئر کریں|شیئر|شئیر کریں|فیس بک|ٹویٹر|واٹس ایپ)\s*[:：]?.{0,30}"),
    _rule("link", r"(?:مزید پڑھیں|یہ بھی پڑھیں|مزید جانیں|متعلقہ (?:خبریں|مضامین|خبر)"
          r"|تفصیلات کے لیے"
          r"|پوری خبر پڑھیں)[\s:：>»…]*.{0,100}"),
    _rule("advertisement", r"(?:اشتہار|اشتہارات|سپانسرڈ)\s*[:：]?"),
    _rule("subscribe", r"(?:سبسکرائب|ہمیں فالو کریں|فالو کریں|ہمارا چینل).{0,100}"),
    _rule("link", r".{0,40}کلک کریں.{0,40}"),
    _rule("copyright", r"(?:جملہ حقوق محفوظ|کاپی رائٹ).{0,120}"),
    # English credit line without a colon ("Sources Xinhua", "Source Reuters").
    _rule("source", r"(?:sources?|credit|courtesy"
          r"|via)\s+(?P<value>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})",
          "source"),
)

_SENTENCE_RULES = tuple(r for r in LINE_RULES if r.name in ("cookies", "copyright"))
# A line longer than this is never boilerplate (body paragraphs run long).
MAX_BOILERPLATE_CHARS = 200
_SENTENCE_WORDS = 9
_SENTENCE_END = re.compile(r"[.!?。！？؟۔…][\"'”’»)）」』]*$")


@dataclass(frozen=True)
class LineMatch:
    """What a line rule found: its rule name and the Meta field/value it carries."""

    rule: str
    field: str | None = None
    value: str | None = None


def match_line(line: str) -> LineMatch | None:
    """The boilerplate rule a whole line matches, with any metadata it carries, or None.

    A header line holding several fields ("发布时间：2025-09-02  来源：新华网",
    "Published: Sept 2 | Source: Xinhua") matches when every field does; the first
    field's match is returned and `match_fields` gives them all.
    """
    found = match_fields(line)
    return found[0] if found else None


@lru_cache(maxsize=4096)  # captures repeat lines (and hostile ones repeat one a million times)
def match_fields(line: str) -> tuple[LineMatch, ...]:
    """Every field match of a boilerplate line (see `match_line`); () when it is not one."""
    text = line.strip()
    if not text or len(text) > MAX_BOILERPLATE_CHARS:
        return ()
    found = _fields(text)
    if not found and "  " in text:  # as the kept line, its spaces collapsed, would match
        found = _fields(re.sub(r" {2,}", " ", text))
    return found


def _fields(text: str) -> tuple[LineMatch, ...]:
    whole = _match_one(text)
    if whole is not None:
        return (whole,)
    parts = [p for p in _FIELD_SPLIT.split(text) if p.strip()]
    if len(parts) < 2:
        return ()
    matches = [_match_one(p.strip()) for p in parts]
    if any(m is None for m in matches):
        return ()
    return tuple(m for m in matches if m is not None)


_FIELD_SPLIT = re.compile(r"\s{2,}|\s*[|｜¦]\s*|\s+[·•]\s+|\s+(?=[^\s\d:：][^\s:：]{0,11}[:：])")


def _sentence_like(text: str) -> bool:
    if not _SENTENCE_END.search(text):
        return False
    cjk = sum(1 for ch in text if "\u3400" <= ch <= "\u9fff")
    if cjk > len(text) / 3:
        return cjk >= 20
    return len(text.split()) >= _SENTENCE_WORDS


def _match_one(text: str) -> LineMatch | None:
    bare = is_bare_date(text)
    if bare is not None:
        return LineMatch("date-line", "date", bare.iso())
    # A line that reads like a sentence is only ever a cookie or copyright notice.
    for rule in _SENTENCE_RULES if _sentence_like(text) else LINE_RULES:
        m = rule.pattern.fullmatch(text)
        if m is None:
            continue
        value = m.groupdict().get("value")
        if rule.needs_date:
            date = is_bare_date(value or "")
            if date is None:
                continue
            return LineMatch(rule.name, rule.field, date.iso())
        if rule.field == "source":
            if value is None:
                continue
            if not _plausible_source(value, strict=":" not in text and "：" not in text):
                continue
            return LineMatch(rule.name, "source", normalise_source(value))
        return LineMatch(rule.name)
    return None


def _plausible_source(value: str, *, strict: bool) -> bool:
    value = value.strip()
    if agency_name(value) or all(agency_name(p) for p in re.split(r"\s*[,/;、，]\s*", value) if p):
        return True
    if strict or _SENTENCE_END.search(value):
        return False
    return len(value.split()) <= 6


_DOMAIN = re.compile(r"(?:https?://)?(?:www\.)?((?:[\w-]+\.)+[a-z]{2,})/?", re.I)


def site_of(line: str) -> str | None:
    """The host name when a whole line is a bare domain or URL (`rki.news`), else None."""
    m = _DOMAIN.fullmatch(line.strip())
    if not m or not re.search(r"[a-z]", m.group(1).rsplit(".", 1)[-1], re.I):
        return None
    return m.group(1).lower()


# Inline furniture: a credit trailing the last sentence ("... he said. – DNA") and
# pointers to other pages ("(you can learn more about the visit here and here)").
_TRAILING_CREDIT = re.compile(
    rf"(?<=[.!?\"”])\s*[–—-]{{1,2}}\s*(?P<value>{_AGENCY_ALT})\s*$", re.I
)
_MORE_LINK = re.compile(
    r"\s*[(（]\s*(?:you can |to |please )?(?:learn|read|find out|see|watch) more\b"
    r"[^()（）]{0,100}[)）]",
    re.I,
)


def strip_inline(text: str) -> tuple[str, list[tuple[str, str, str | None]]]:
    """`text` without inline furniture, and what went: (rule, removed text, source or None)."""
    removed: list[tuple[str, str, str | None]] = []
    pointers = _MORE_LINK.finditer(text) if "(" in text or "（" in text else ()
    for m in list(pointers)[::-1]:
        removed.append(("link", m.group(), None))
        text = text[:m.start()] + text[m.end():]
    credit = _TRAILING_CREDIT.search(text)
    if credit:
        removed.append(("trailing-credit", credit.group(), normalise_source(credit["value"])))
        text = text[:credit.start()].rstrip()
    return text, removed

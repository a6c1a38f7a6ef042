"""Rules found on the dev pairs while the real-pair batches 964-999 were written (issue
7): a name respelt where the other side has it as no fact, as a name that opens a
sentence ('Tang Renjian, a former minister' / 'Former minister Tang Zhenjiang'); a source
dropped from a rewritten sentence stays style beside a name changed (only a figure, date
or time changed beside it makes the claim lose its source); a figure the copy gives
without its qualifier in a sentence it reworded ('At least 82 workers' / '82 workers'),
paired with it however far the words moved; a named day left out with the clause around
it ('..., a spokesman told reporters at a briefing in Tokyo on Thursday.' cut), still a
day dropped; a week a close rewrite loses ('Last week, the president said' / '..., the
president has said'), as a day it loses, dropped; the rupee written 'Rs.93,960' and
'lakh crore' (10^12); a figure that loses its scale in a rewrite ('Rs 93,960 crore' /
'Rs.93,960'), paired by its digits; a rewrite that keeps two figures of its sentence
retells it, so a day it loses is dropped, while the source it loses beside that day is
reworded; an amount read as a change on one side and as the level reached on the other
('rose by $5.271 billion' / 'reached $5.271 billion'; Urdu has no frame tables); a comma
with no 'and' after it ends a name ('Rafael Nadal, the Russian never ...'); a figure that
moves into the next rewrite and loses its qualifier there is reported once, where it now
stands; a place told longer ('won in Cincinnati' / 'won the Cincinnati Open'), style; a
military rank's abbreviation before a name ('Col Randrianirina') is no word of the name; a
credit line of its own, agency first ('PTI, Bhopal,'), is the story's dateline; a US
state in the AP's abbreviation ('Calif.') is that state; in Chinese, a country named where
the original says its side by its first character (新方 -> 新加坡), style; a sentence pair
that keeps two figures tells one statement, however loosely it was reworded, so a day it
loses is dropped, not 'retold'."""

from __future__ import annotations

import pytest

from tests.test_fact_batches_604 import _facts
from xlate.matching.compare import compare
from xlate.matching.facts.extract import extract_facts
from xlate.model import Article


@pytest.mark.parametrize(
    ("lang", "original", "copy", "old", "new"),
    [
        ("en", "Tang Renjian, a former minister, was sentenced to death with reprieve on Sunday.",
         "Former minister Tang Zhenjiang was sentenced to death with reprieve on Sunday.",
         "Tang Renjian", "Tang Zhenjiang"),
        ("en", "Former minister Tang Zhenjiang was sentenced to death with reprieve on Sunday.",
         "Tang Renjian, a former minister, was sentenced to death with reprieve on Sunday.",
         "Tang Zhenjiang", "Tang Renjian"),
        ("ru", "Тан Жэньцзянь, бывший министр, приговорен к смертной казни с отсрочкой.",
         "Бывший министр Тан Чжэньцзянь приговорен к смертной казни с отсрочкой.",
         "Тан Жэньцзянь", "Тан Чжэньцзянь"),
    ],
)
def test_a_name_that_opens_a_sentence_respelt_is_a_name_changed(
    lang: str, original: str, copy: str, old: str, new: str
) -> None:
    [changed] = _facts(original, copy, lang, ("name", "speaker"))
    assert (changed.status, changed.original, changed.republication, changed.severity) == (
        "changed", old, new, "drift")


@pytest.mark.parametrize(
    ("lang", "original", "copy"),
    [
        ("en", "Tang Renjian, a former minister, was sentenced on Sunday.",
         "Tang Renjian, a former minister, was sentenced on Sunday by a court in Jilin."),
        ("en", "Japan said exports rose 5 percent in May.",
         "Japanese exports rose 5 percent in May, officials said."),
        ("ru", "Тан Жэньцзянь, бывший министр, приговорен в воскресенье.",
         "Бывший министр Тан Жэньцзянь приговорен в воскресенье."),
    ],
)
def test_a_name_kept_or_told_as_its_adjective_is_no_respelling(
    lang: str, original: str, copy: str
) -> None:
    assert not [f for f in _facts(original, copy, lang, ("name",)) if f.severity == "drift"]


def test_a_source_dropped_in_a_rewrite_beside_a_name_changed_stays_style() -> None:
    checks = _facts(
        "Tang Renjian, a former minister, was sentenced on Sunday for bribery, according to"
        " state news agency Xinhua.",
        "Former minister Tang Zhenjiang was sentenced on Sunday for taking bribes.",
        "en", ("name", "speaker"))
    assert [(f.kind, f.severity) for f in checks if f.status == "changed"] == [("name", "drift")]
    [source] = [f for f in checks if f.kind == "speaker"]
    assert (source.status, source.severity, source.reason) == (
        "dropped", "style", "source reworded")


def test_a_source_dropped_in_a_rewrite_beside_a_figure_changed_is_drift() -> None:
    [source] = _facts(
        "Exports to Europe rose 5 percent in May from a year earlier, the ministry said.",
        "Shipments to European markets climbed 7 percent in May from a year ago.",
        "en", ("speaker",))
    assert (source.status, source.severity) == ("dropped", "drift")


@pytest.mark.parametrize(
    ("lang", "original", "copy", "hedged", "bare"),
    [
        ("en", ["At least 82 workers, who pleaded guilty to charges over the protests, were"
                " sentenced to four months in prison by a court in Rawalpindi on Friday.",
                "The protest was aimed at pressing the government."],
         "RAWALPINDI: The court on Friday sentenced 82 workers to four months in prison in the"
         " protest case.", "At least 82", "82"),
        ("zh", ["至少82名工人周五被拉瓦尔品第一家法院判处四个月监禁,他们承认了与抗议有关的指控。",
                "抗议旨在向政府施压。"],
         "拉瓦尔品第法院周五在抗议案中判处82名工人四个月监禁。", "至少82名", "82名"),
        ("ru", ["По меньшей мере 82 рабочих, признавших вину по делу о протестах, в пятницу"
                " приговорены судом в Равалпинди к четырем месяцам тюрьмы.",
                "Протест был направлен на давление на правительство."],
         "РАВАЛПИНДИ. Суд в пятницу приговорил 82 рабочих к четырем месяцам тюрьмы по делу о"
         " протестах.", "По меньшей мере 82", "82"),
        ("ur", ["کم از کم 82 کارکنوں کو، جنہوں نے احتجاج سے متعلق الزامات کا اعتراف کیا، جمعہ کو"
                " راولپنڈی کی عدالت نے چار ماہ قید کی سزا سنائی۔",
                "احتجاج کا مقصد حکومت پر دباؤ ڈالنا تھا۔"],
         "راولپنڈی کی عدالت نے جمعہ کو احتجاج کیس میں 82 کارکنوں کو چار ماہ قید کی سزا سنائی۔",
         "کم از کم 82", "82"),
    ],
)
def test_a_figure_that_loses_its_qualifier_in_a_rewrite_is_changed(
    lang: str, original: list[str], copy: str, hedged: str, bare: str
) -> None:
    report = compare(Article.from_sentences([original], lang=lang),
                     Article.from_sentences([[copy]], lang=lang))
    [changed] = [f for link in report.links for f in link.facts
                 if f.kind == "number" and f.status != "kept"]
    assert (changed.status, changed.original, changed.republication, changed.severity) == (
        "changed", hedged, bare, "drift")


# A named day left out with the clause around it; a week a close rewrite loses.
_DAY_OR_WEEK = [
    ("en", "The company will recall 500,000 vehicles over faulty brakes, a spokesman told"
           " reporters at a briefing in Tokyo on Thursday.",
     "The company will recall 500,000 vehicles over faulty brakes.", "Thursday"),
    ("zh", "公司发言人周四在东京举行的记者会上表示,"
           "该公司将在2025年召回50万辆汽车,涉及3个车型。",
     "公司发言人在东京举行的记者会上表示,该公司将召回一批汽车。", "周四"),
    ("ru", "Компания отзовет 500 тысяч автомобилей из-за неисправных тормозов, сообщил"
           " представитель компании журналистам на брифинге в Токио в четверг.",
     "Компания отзовет 500 тысяч автомобилей из-за неисправных тормозов.", "в четверг"),
    ("ur", "کمپنی خراب بریکوں کی وجہ سے 5 لاکھ گاڑیاں واپس منگوائے گی، ترجمان نے جمعرات کو"
           " ٹوکیو میں ایک بریفنگ میں صحافیوں کو بتایا۔",
     "کمپنی خراب بریکوں کی وجہ سے 5 لاکھ گاڑیاں واپس منگوائے گی۔", "جمعرات"),
    ("en", "Last week, the president said the talks with the union would resume soon in the"
           " capital.",
     "Talks with the union are expected to resume soon in the capital, the president has"
     " said.", "Last week"),
    ("zh", "总统上周表示,与工会的谈判将很快在首都恢复。",
     "总统表示与工会的会谈很快将在首都重新开始。", "上周"),
    ("ru", "На прошлой неделе президент заявил, что переговоры с профсоюзом скоро возобновятся"
           " в столице.",
     "Президент заявил, что переговоры с профсоюзом в столице скоро будут возобновлены.",
     "На прошлой неделе"),
    ("ur", "صدر نے گزشتہ ہفتے کہا تھا کہ یونین کے ساتھ مذاکرات جلد دارالحکومت میں دوبارہ شروع"
           " ہوں گے۔",
     "صدر کا کہنا تھا کہ یونین سے بات چیت جلد دارالحکومت میں پھر سے شروع ہو گی۔", "گزشتہ ہفتے"),
]


@pytest.mark.parametrize(("lang", "original", "copy", "time"), _DAY_OR_WEEK)
def test_a_day_cut_with_its_clause_or_a_week_a_close_rewrite_loses_is_dropped(
    lang: str, original: str, copy: str, time: str
) -> None:
    [dropped] = _facts(original, copy, lang, ("time",))
    assert (dropped.status, dropped.original, dropped.severity) == ("dropped", time, "drift")


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("In August 2018, Rs.93,960 was the GST revenue.", "Rs.93,960", "93960 RUPEE"),
        ("Collections stood at Rs 1.02 lakh crore in July.", "Rs 1.02 lakh crore",
         "1.02e12 RUPEE"),
        ("The app was updated to version 1.5 last week.", "1.5", "1.5"),
    ],
)
def test_rupees_written_with_a_full_stop_and_lakh_crore_are_read(
    text: str, figure: str, value: str
) -> None:
    [found] = [f for f in extract_facts(text, "en") if f.kind in ("money", "number")]
    assert (found.text, found.value) == (figure, value)


@pytest.mark.parametrize(
    ("lang", "original", "copy", "old", "new"),
    [
        ("en", "GST collections in August were 4.5 per cent higher than the Rs 93,960 crore"
               " collected in the same month last year, official data showed.",
         ["Compared with last year, revenue rose 4.5%.",
          "In August last year, Rs.93,960 was the GST revenue."], "Rs 93,960 crore", "Rs.93,960"),
        ("zh", "8月份商品和服务税收入比去年同月的9396亿卢比高出4.5%。",
         ["与去年相比,收入增长4.5%。", "去年8月,商品和服务税收入为9396卢比。"],
         "9396亿卢比", "9396卢比"),
        ("ru", "Сборы налога в августе на 4,5% превысили 93,96 млрд рублей, собранные в том же"
               " месяце прошлого года.",
         ["По сравнению с прошлым годом доходы выросли на 4,5%.",
          "В августе прошлого года налог принес 93,96 рубля."], "93,96 млрд рублей", "93,96 рубля"),
        ("ur", "اگست میں جی ایس ٹی کی وصولی گزشتہ سال کے اسی مہینے میں جمع ہونے والے 93,960 کروڑ"
               " روپے سے 4.5 فیصد زیادہ رہی۔",
         ["گزشتہ سال کے مقابلے میں آمدنی 4.5 فیصد بڑھی۔",
          "گزشتہ سال اگست میں جی ایس ٹی کی آمدنی 93,960 روپے تھی۔"], "93,960 کروڑ روپے",
         "93,960 روپے"),
    ],
)
def test_a_figure_that_loses_its_scale_in_a_rewrite_is_changed(
    lang: str, original: str, copy: list[str], old: str, new: str
) -> None:
    report = compare(Article.from_sentences([[original]], lang=lang),
                     Article.from_sentences([copy], lang=lang))
    [changed] = [f for link in report.links for f in link.facts if f.kind == "money"]
    assert (changed.status, changed.original, changed.republication, changed.severity) == (
        "changed", old, new, "drift")


@pytest.mark.parametrize(
    ("lang", "original", "copy", "day"),
    [
        ("en", "India's gross GST collections slipped below Rs 1 lakh crore to Rs 98,202 crore in"
               " August, according to official data released on Sunday.",
         "The Goods and Service Tax revenue of August has slipped below Rs.1 trillion to"
         " Rs.98,202 crore.", "Sunday"),
        ("zh", "官方周日公布的数据显示,8月份印度商品和服务税总收入跌破1万亿卢比,降至9820亿卢比。",
         "8月份商品服务税收入已跌破1万亿卢比,仅为9820亿卢比。", "周日"),
        ("ru", "Сборы налога в августе упали ниже 1 трлн рупий, до 982 млрд рупий, говорится в"
               " официальных данных, опубликованных в воскресенье.",
         "В августе поступления от налога опустились ниже 1 трлн рупий и составили 982 млрд"
         " рупий.", "в воскресенье"),
        ("ur", "اتوار کو جاری سرکاری اعداد و شمار کے مطابق اگست میں ٹیکس کی وصولی ایک لاکھ کروڑ"
               " روپے سے کم ہو کر 98 ہزار کروڑ روپے رہ گئی۔",
         "اگست میں ٹیکس آمدنی گھٹ کر 98 ہزار کروڑ روپے ہو گئی جو ایک لاکھ کروڑ روپے سے کم ہے۔",
         "اتوار"),
    ],
)
def test_a_day_a_rewrite_keeping_two_figures_loses_is_dropped_and_its_source_reworded(
    lang: str, original: str, copy: str, day: str
) -> None:
    checks = _facts(original, copy, lang, ("time", "speaker", "attribution"))
    assert [(f.status, f.original, f.severity) for f in checks if f.severity == "drift"] == [
        ("dropped", day, "drift")]


@pytest.mark.parametrize(
    ("lang", "change", "level"),
    [
        ("en", "India's foreign exchange reserves rose by USD 5.271 billion during the week"
               " ended May 28, the central bank said.",
         "India's foreign exchange reserves reached USD 5.271 billion during the week ended"
         " May 28, the central bank said."),
        ("zh", "截至5月28日当周,印度外汇储备增加52.71亿美元,央行表示。",
         "截至5月28日当周,印度外汇储备达到52.71亿美元,央行表示。"),
        ("ru", "Валютные резервы Индии за неделю до 28 мая выросли на 5,271 млрд долларов,"
               " сообщил ЦБ.",
         "Валютные резервы Индии за неделю до 28 мая составили 5,271 млрд долларов, сообщил"
         " ЦБ."),
    ],
)
def test_an_amount_read_as_a_change_and_as_a_level_is_changed(
    lang: str, change: str, level: str
) -> None:
    [changed] = _facts(change, level, lang, ("money",))
    assert (changed.status, changed.severity, changed.reason) == (
        "changed", "drift", "change and level")


@pytest.mark.parametrize(
    ("lang", "original", "copy", "kept"),
    [
        ("en", "He lost the final to Rafael Nadal, the Russian never faced a break point.",
         "He lost the final to Rafael Nadal, Medvedev never faced a break point.", "Nadal"),
        ("ru", "Он проиграл финал Рафаэлю Надалю, Медведев не отдал ни одного брейк-пойнта.",
         "Он проиграл финал Рафаэлю Надалю, россиянин не отдал ни одного брейк-пойнта.",
         "Надал"),
    ],
)
def test_a_comma_with_no_list_after_it_ends_a_name(
    lang: str, original: str, copy: str, kept: str
) -> None:
    assert not [f for f in _facts(original, copy, lang, ("name", "place", "speaker"))
                if kept in (f.original or "") + (f.republication or "")]


def test_a_list_of_portfolios_is_still_one_name() -> None:
    [changed] = _facts("The Ministry of Power, Coal and Renewable Energy said output rose.",
                       "The Ministry of Power, Oil and Renewable Energy said output rose.",
                       "en", ("name",))
    assert (changed.original, changed.republication) == (
        "Ministry of Power, Coal and Renewable Energy",
        "Ministry of Power, Oil and Renewable Energy")


def test_a_figure_moved_into_the_next_rewrite_is_reported_once() -> None:
    original = [
        "Volkswagen on Friday announced sweeping changes to its German operations, including"
        " more than 35,000 future job cuts and sharp capacity reductions in a last-gasp deal"
        " between Europe's top carmaker and unions to avert mass strikes.",
        "There would be no immediate site closures or layoffs, and VW appeared to have backed"
        " away from demanding 10% wage cuts, reports Reuters."]
    copy = [
        "Volkswagen announced significant changes to its German operations on Friday,"
        " unveiling plans for future job cuts and capacity reductions.",
        "The deal was reached after marathon negotiations with unions, who hailed it as a"
        " 'Christmas miracle' for avoiding mass strikes.",
        "The agreement includes cutting 35,000 future jobs while ensuring no immediate site"
        " closures or layoffs occur."]
    report = compare(Article.from_sentences([original], lang="en"),
                     Article.from_sentences([copy], lang="en"))
    checks = [f for link in report.links for f in link.facts
              if f.kind == "number" and f.severity == "drift"]
    assert [(f.status, f.original, f.republication) for f in checks] == [
        ("changed", "more than 35,000", "35,000")]


def test_a_place_told_longer_is_style_and_another_place_drift() -> None:
    original = "Medvedev has won in Cincinnati this month."
    assert not [f for f in _facts(original, "Medvedev has won the Cincinnati Open this month.",
                                  "en", ("place", "name")) if f.severity == "drift"]
    [changed] = _facts(original, "Medvedev has won in Toronto this month.", "en", ("place",))
    assert (changed.status, changed.severity) == ("changed", "drift")


def test_a_rank_abbreviated_before_a_name_is_no_name_introduced() -> None:
    original = "The rebellion by soldiers loyal to Randrianirina went on."
    assert not _facts(original, "The rebellion by soldiers loyal to Col Randrianirina went on.",
                      "en", ("name", "speaker"))
    [changed] = _facts(original, "The rebellion by soldiers loyal to Col Rajoelina went on.",
                       "en", ("name",))
    assert (changed.original, changed.republication, changed.severity) == (
        "Randrianirina", "Rajoelina", "drift")


@pytest.mark.parametrize(("dateline", "moved"), [("NEW DELHI:", True), ("BHOPAL:", False)])
def test_a_credit_line_agency_first_is_the_storys_dateline(dateline: str, moved: bool) -> None:
    report = compare(
        Article.from_sentences([["PTI, Bhopal,", "Prime Minister Narendra Modi on Saturday"
                                 " flagged off the Bhopal-Delhi train."]], lang="en"),
        Article.from_sentences([[f"{dateline} Prime Minister Narendra Modi on Saturday flagged"
                                 " off the Bhopal-Delhi train."]], lang="en"))
    found = [(f.original, f.republication) for link in report.links for f in link.facts
             if f.reason == "dateline" and f.severity == "drift"]
    assert found == ([("Bhopal", "NEW DELHI")] if moved else [])


def test_a_state_in_its_ap_abbreviation_is_that_state() -> None:
    original = "Procore, based in Carpinteria, Calif., said its revenue rose 12%."
    assert not _facts(original, "Procore, based in Carpinteria, California, said its revenue"
                      " rose 12%.", "en", ("place",))
    [changed] = _facts(original, "Procore, based in Carpinteria, Fla., said its revenue rose"
                       " 12%.", "en", ("place",))
    assert (changed.original, changed.republication, changed.severity) == (
        "Calif", "Fla", "drift")


def test_a_country_named_for_its_side_by_its_first_character_is_style() -> None:
    original = "中方愿与新方和东盟各国携手,深化战略互信和务实合作。"
    [named] = _facts(original, "中方愿与新加坡和东盟各国携手,深化战略互信和务实合作。", "zh",
                     ("place",))
    assert (named.republication, named.severity, named.reason) == ("新加坡", "style", "side named")
    [other] = _facts(original, "中方愿与马来西亚和东盟各国携手,深化战略互信和务实合作。", "zh",
                     ("place",))
    assert (other.republication, other.severity) == ("马来西亚", "drift")


_ELECTION = {
    "en": (["Uzbekistan held a presidential election on Sunday, its first since the death of"
            " Islam Karimov.",
            "Observers from the Commonwealth of Independent States said the vote was free and"
            " fair."],
           "\"Shavkat Mirziyoyev got the votes of 15,906,724 people, or 88.61% of those who took"
           " part,\" he told a briefing on Monday.",
           "Election commission chairman Mirza-Ulugbek Abdusalomov announced that 15,906,724"
           " voters, or 88.61% of ballots cast, backed him.", "Monday"),
    "ru": (["В воскресенье в Узбекистане прошли президентские выборы, первые после смерти Ислама"
            " Каримова.", "Наблюдатели от СНГ заявили, что голосование было свободным и честным."],
           "\"За Шавката Мирзиёева отдали свои голоса 15 906 724 человек или 88,61% избирателей"
           " из числа принявших участие в голосовании\", - сказал он на брифинге в понедельник.",
           "Председатель Центризбиркома Мирза-Улугбек Абдусаломов объявил, что за него"
           " проголосовали 15 906 724 избирателя, или 88,61% от проголосовавших.",
           "в понедельник"),
    "zh": (["乌兹别克斯坦周日举行总统选举,这是卡里莫夫去世后的首次选举。",
            "独联体观察员表示,投票自由公正。"],
           "他周一在新闻发布会上说:“共有15906724人投票支持米尔济约耶夫,"
           "占参加投票选民的88.61%。”",
           "中央选举委员会主席阿布杜萨洛莫夫宣布,米尔济约耶夫获得15906724张选票,"
           "得票率为88.61%。", "周一"),
    "ur": (["ازبکستان میں اتوار کو صدارتی انتخابات ہوئے جو اسلام کریموف کی وفات کے بعد پہلے"
            " انتخابات تھے۔",
            "آزاد ریاستوں کی دولت مشترکہ کے مبصرین نے کہا کہ ووٹنگ آزادانہ اور منصفانہ تھی۔"],
           "انہوں نے پیر کو بریفنگ میں کہا کہ شوکت مرزیوئیف کو 15,906,724 افراد نے ووٹ دیے جو ووٹ"
           " ڈالنے والوں کا 88.61 فیصد ہیں۔",
           "الیکشن کمیشن کے چیئرمین مرزا الغ بیگ عبدالسلاموف نے اعلان کیا کہ 15,906,724 ووٹروں"
           " یعنی 88.61 فیصد نے ان کی حمایت کی۔", "پیر"),
}


@pytest.mark.parametrize("lang", sorted(_ELECTION))
def test_a_day_lost_by_a_loose_rewrite_that_keeps_two_figures_is_dropped(lang: str) -> None:
    context, original, copy, day = _ELECTION[lang]
    report = compare(Article.from_sentences([[*context, original]], lang=lang),
                     Article.from_sentences([[*context, copy]], lang=lang))
    [dropped] = [f for link in report.links for f in link.facts
                 if f.kind == "time" and f.status == "dropped"]
    assert (dropped.original, dropped.severity) == (day, "drift")

"""The document verdict on real-page shapes: furniture, independent reports, paraphrase."""

from __future__ import annotations

import pytest

from xlate.matching.compare import compare
from xlate.matching.verdict import Evidence, VerdictThresholds, evidence, verdict
from xlate.model import Article, Link

# Per language: a short wire story (4 sentences) and the furniture a page adds around a
# copy of it: a headline with no full stop (printed twice), menus, counters, credits.
WIRES = {
    "en": (
        [
            "President Vladimir Putin said on Wednesday he would break off his meeting with "
            "the cabinet for a new event.",
            "\"A protocol event has come up in my schedule,\" the head of state told the "
            "ministers on the video call.",
            "After the agriculture minister spoke, the president announced a break of about "
            "fifteen minutes.",
            "The health minister and the industry minister were to report when the meeting "
            "resumed.",
        ],
        ["Putin breaks off cabinet meeting for a new event", "Read more", "Most read",
         "In the regions", "News", "Photo: Kremlin.ru"],
    ),
    "zh": (
        [
            "5月21日，外交部发言人毛宁主持例行记者会。",
            "有记者提问关于王毅外长将主持召开第三次中国—太平洋岛国外长会的消息。",
            "毛宁表示，中国与太平洋岛国是相互尊重、共同发展的全面战略伙伴。",
            "这是第三次召开中国—太平洋岛国外长会，也是首次在中国线下举办。",
        ],
        ["外交部发言人毛宁主持例行记者会", "阅读(6168)", "评论(18)", "发布于:上海市",
         "相关新闻", "责任编辑：王强"],
    ),
    "ru": (
        [
            "Президент России Владимир Путин заявил, что сделает перерыв в совещании с "
            "членами правительства из-за нового мероприятия.",
            "\"У меня в графике появилось протокольное мероприятие\", - сказал глава "
            "государства на совещании с кабмином.",
            "После выступления министра сельского хозяйства президент объявил перерыв "
            "минут на пятнадцать.",
            "Затем с докладами выступят глава Минздрава и глава Минпромторга.",
        ],
        ["Путин объявил перерыв в совещании с министрами", "Что еще почитать", "В регионах",
         "Новости", "Самое читаемое", "Источник: ТАСС"],
    ),
    "ur": (
        [
            "اسٹیٹ بینک آف پاکستان نے نئی مانیٹری پالیسی کا اعلان کر دیا۔",
            "گورنر اسٹیٹ بینک کی زیر صدارت مانیٹری پالیسی کمیٹی کا اجلاس ہوا۔",
            "اجلاس میں شرح سود اکیس فیصد پر برقرار رکھنے کا فیصلہ کیا گیا۔",
            "بینک کا کہنا تھا کہ آنے والے مہینوں میں مہنگائی کم ہونے کی توقع ہے۔",
        ],
        ["اسٹیٹ بینک نے شرح سود برقرار رکھی", "مزید پڑھیں", "تازہ ترین", "مقبول خبریں",
         "کاروبار", "ویب ڈیسک"],
    ),
}


def _article(sentences: list[str], lang: str) -> Article:
    return Article.from_sentences([sentences], lang=lang)


@pytest.mark.parametrize("lang", sorted(WIRES))
def test_a_clean_copy_among_page_furniture_is_wholly_derived(lang: str) -> None:
    # Only the derivation path can say wholly here (reuse alone is not allowed to): the
    # copy's 4 story sentences all come from the wire, the 7 furniture lines do not count.
    wire, furniture = WIRES[lang]
    page = furniture[:1] + furniture[:1] + wire + furniture[1:]
    limits = VerdictThresholds(wholly_reuse=1.01)
    report = compare(_article(wire, lang), _article(page, lang), thresholds=limits)
    assert report.summary.derived == pytest.approx(4 / 11, abs=1e-3)
    assert report.summary.verdict == "wholly"
    found = evidence(report.links, wire, page)
    assert found.own == 0 and found.furniture == pytest.approx(7 / 11)


def test_the_derived_share_leaves_furniture_out() -> None:
    t = VerdictThresholds()
    # A quote-heavy restyled copy (reuse outside quotes 0.26) with all its 5 sentences
    # from the wire and 10 lines of headline and menus: 5 of 15 lines derived.
    page = Evidence(unquoted=0.26, own=0, own_share=0.0, run=8, furniture=10 / 15)
    assert verdict(1.0, 5 / 15, 0.37, t, evidence=page) == "wholly"
    bare = Evidence(unquoted=0.26, own=0, own_share=0.0, run=8)
    assert verdict(1.0, 5 / 15, 0.37, t, evidence=bare) == "partially"


def test_the_own_share_is_of_the_story_sentences() -> None:
    # An independent report: 2 sentences matched loosely, 5 of its own, 4 furniture lines.
    original = [
        "A 6.9-magnitude earthquake followed by a 7.1 tremor struck off Japan's southern "
        "island of Kyushu on Thursday.",
        "The agency issued a tsunami advisory for the southern coast of Kyushu and Shikoku.",
        "Operators of nuclear plants said they were checking for damage.",
    ]
    own = [
        "The first earthquake struck at a depth of 33 kilometers, the survey said.",
        "The government said it installed a working group after the earthquake.",
        "Japan records about 1,500 earthquakes each year across its southern islands.",
        "The vast majority of tremors in Japan are mild, the agency said.",
        "Strict construction standards allow a powerful tremor to do little damage.",
    ]
    republication = [
        "Two earthquakes struck off the island of Kyushu in southern Japan on Thursday.",
        "Waves are expected along the coasts of Kyushu and Shikoku, the agency said.",
        *own, "Voz media", "Published by", "tracking", "Japan Meteorological Agency",
    ]
    links = [
        Link((0,), (0,), "rewritten", 0.4), Link((1,), (1,), "rewritten", 0.4),
        Link((2,), (), "omitted", 0.0),
        *(Link((), (j,), "added", 0.0) for j in range(2, len(republication))),
    ]
    found = evidence(links, original, republication)
    assert found.own == 5 and found.furniture == pytest.approx(4 / 11)
    assert found.own_share == pytest.approx(5 / 7)
# Per language: a wire of six sentences and a rewording of its last two (which the copy
# moves up, reworded beyond the aligner's bar for a move, as an AI rewrite does).
REWORDED = {
    "en": (
        [
            "The Japanese government on Thursday urged major social media operators to remove "
            "false information about the general election.",
            "Communications Minister Yoshimasa Hayashi said operators should fulfil their "
            "social responsibility as service providers.",
            "He also urged voters to verify information rather than accepting it at face value.",
            "Japan is holding its first House of Representatives election since October 2024.",
            "The ministry made the request under the information distribution platform law, "
            "which came into force last April.",
            "The law obliges large platform operators to set up points of contact to receive "
            "requests for deletion.",
        ],
        [
            "The directive rests on the information distribution platform law that took effect "
            "in April last year.",
            "That law requires large operators to open contact points that receive requests to "
            "delete posts.",
        ],
    ),
    "zh": (
        [
            "日本政府周四要求各大社交媒体运营商迅速删除有关大选的虚假信息。",
            "总务大臣林芳正表示，运营商应履行作为服务提供者的社会责任。",
            "他还呼吁选民核实信息，而不是全盘接受。",
            "这是日本自2024年10月以来首次举行众议院选举。",
            "总务省是根据去年4月生效的信息流通平台法提出这一要求的。",
            "该法要求大型平台运营商设立接收删除请求的联络窗口。",
        ],
        [
            "这一要求的依据是去年四月起施行的平台信息流通法。",
            "依照该法，大型运营商必须开设窗口处理删帖申请。",
        ],
    ),
    "ru": (
        [
            "Правительство Японии в четверг призвало крупные социальные сети быстро удалять "
            "ложную информацию о всеобщих выборах.",
            "Министр связи Ёсимаса Хаяси заявил, что операторы должны выполнять свою "
            "социальную ответственность как поставщики услуг.",
            "Он также призвал избирателей проверять информацию, а не принимать её на веру.",
            "Это первые выборы в палату представителей Японии с октября 2024 года.",
            "Министерство направило запрос на основании закона о платформах распространения "
            "информации, вступившего в силу в апреле прошлого года.",
            "Закон обязывает крупных операторов платформ создавать пункты приёма запросов на "
            "удаление.",
        ],
        [
            "Запрос основан на законе о платформах, который действует с апреля прошлого года.",
            "Закон обязывает крупных операторов открыть пункты, куда люди направляют свои "
            "просьбы об удалении постов.",
        ],
    ),
    "ur": (
        [
            "جاپانی حکومت نے جمعرات کو سوشل میڈیا کمپنیوں پر زور دیا کہ وہ انتخابات سے متعلق "
            "غلط معلومات فوری طور پر ہٹائیں۔",
            "مواصلات کے وزیر یوشیماسا ہایاشی نے کہا کہ کمپنیوں کو خدمات فراہم کرنے والوں کی "
            "حیثیت سے اپنی سماجی ذمہ داری پوری کرنی چاہیے۔",
            "انہوں نے ووٹروں سے بھی کہا کہ وہ معلومات کو آنکھیں بند کر کے قبول کرنے کے بجائے "
            "اس کی تصدیق کریں۔",
            "جاپان میں اکتوبر 2024 کے بعد ایوان نمائندگان کا یہ پہلا انتخاب ہو رہا ہے۔",
            "وزارت نے یہ درخواست معلومات کی ترسیل کے پلیٹ فارم قانون کے تحت کی جو گزشتہ اپریل "
            "میں نافذ ہوا تھا۔",
            "یہ قانون بڑی پلیٹ فارم کمپنیوں کو حذف کرنے کی درخواستیں وصول کرنے کے لیے رابطہ "
            "مراکز قائم کرنے کا پابند بناتا ہے۔",
        ],
        [
            "یہ مطالبہ اس پلیٹ فارم قانون کی بنیاد پر ہے جو پچھلے سال اپریل سے لاگو ہے۔",
            "قانون کے مطابق بڑی کمپنیاں حذف کی درخواستوں کے لیے رابطہ مراکز بنائیں گی۔",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(REWORDED))
def test_sentences_reworded_and_moved_count_as_derived(lang: str) -> None:
    wire, reworded = REWORDED[lang]
    copy = wire[:2] + reworded + wire[2:4]
    limits = VerdictThresholds(wholly_reuse=1.01)  # the derivation path only
    report = compare(_article(wire, lang), _article(copy, lang), thresholds=limits)
    labels = {link.republication: link.label for link in report.links}
    assert labels[(2,)] == labels[(3,)] == "added"  # the aligner leaves them unpaired
    assert report.summary.derived == pytest.approx(4 / 6, abs=1e-3)
    found = evidence(report.links, wire, copy)
    assert found.own == 0
    assert found.reworded == found.reworded_original == pytest.approx(2 / 6)
    assert report.summary.verdict == "wholly"
    # One loose match alone may be chance: no rewording read.
    alone = wire[:2] + reworded[:1] + wire[2:4]
    report = compare(_article(wire, lang), _article(alone, lang))
    assert evidence(report.links, wire, alone).reworded == 0.0


# Per language: sentences an independent report of the WIRES story tells in its own words
# (sharing the event's names and words, not its sentences), and an edit of one wire
# sentence (score 0.7+, no run of 11 words in common).
INDEPENDENT = {
    "en": (
        [
            "The Kremlin did not say which event had come up in the president's schedule.",
            "Putin has held weekly video meetings with his cabinet since the start of the year.",
            "Ministers were discussing the harvest and the supply of fuel to farmers.",
            "The meeting with the ministers resumed later in the afternoon, the Kremlin said.",
            "Reporters were not allowed to follow the second part of the cabinet meeting.",
            "The president often breaks off meetings for protocol events, officials said.",
            "The agriculture ministry had asked for more money for farmers this year.",
        ],
        "The health minister and the industry minister were due to report after the meeting "
        "resumed.",
    ),
    "zh": (
        [
            "太平洋岛国外长会将讨论气候变化和渔业合作等议题。",
            "据悉，多个岛国外长已确认出席本次会议。",
            "前两次外长会均以视频方式举行。",
            "分析人士认为，会议将推动双方关系进一步发展。",
            "会议期间，王毅还将与各国外长举行双边会谈。",
            "外交部介绍，会议将发表一份联合声明。",
            "岛国代表团将于本周陆续抵达中国。",
        ],
        "毛宁说，中国和太平洋岛国是互相尊重、一同发展的全面战略伙伴。",
    ),
    "ru": (
        [
            "В Кремле не уточнили, какое мероприятие появилось в графике президента.",
            "Совещания с членами правительства проходят по понедельникам в режиме видеосвязи.",
            "Министр сельского хозяйства рассказал о ходе уборочной кампании.",
            "Совещание с министрами возобновилось через час после перерыва.",
            "Журналистов на вторую часть совещания с членами правительства не пустили.",
            "Президент часто прерывает совещания из-за протокольных мероприятий.",
            "Глава Минздрава должен был рассказать о лекарственном обеспечении.",
        ],
        "После перерыва с докладами выступят глава Минздрава и глава Минпромторга.",
    ),
    "ur": (
        [
            "ماہرین کا خیال تھا کہ بینک شرح سود میں کمی کر سکتا ہے۔",
            "کاروباری برادری نے شرح سود برقرار رکھنے کے فیصلے پر مایوسی کا اظہار کیا۔",
            "گزشتہ مہینے مہنگائی کی شرح اڑتیس فیصد تک پہنچ گئی تھی۔",
            "حکومت آئی ایم ایف کے ساتھ نئے قرض پروگرام پر بات چیت کر رہی ہے۔",
            "مانیٹری پالیسی کمیٹی کا اگلا اجلاس جولائی میں ہوگا۔",
            "اسٹیٹ بینک کے گورنر نے اجلاس کے بعد پریس کانفرنس سے خطاب کیا۔",
            "بینک کے مطابق زرمبادلہ کے ذخائر میں اضافہ ہوا ہے۔",
        ],
        "اجلاس میں شرح سود کو اکیس فیصد پر برقرار رکھنے کا فیصلہ کیا گیا۔",
    ),
}

EDITED_FROM = {"en": 3, "zh": 2, "ru": 3, "ur": 2}  # the wire sentence each edit edits


@pytest.mark.parametrize("lang", sorted(INDEPENDENT))
def test_an_independent_report_keeps_no_sentence_of_the_wire(lang: str) -> None:
    # Own sentences, low reuse and no long run: only the sentence it kept from the wire
    # (edited) says the report drew on the wire, so it is partially derived, not non.
    wire = WIRES[lang][0]
    own, edit = INDEPENDENT[lang]
    copy = own[:2] + [edit] + own[2:]
    report = compare(_article(wire, lang), _article(copy, lang))
    kept = [link for link in report.links if link.republication == (2,)]
    assert kept[0].label == "edited" and kept[0].original == (EDITED_FROM[lang],)
    found = evidence(report.links, wire, copy)
    limits = VerdictThresholds()
    assert found.closest >= limits.non_closest and found.run < limits.non_run
    assert found.own >= limits.non_own and found.own_share >= limits.non_own_share
    assert min(report.summary.reuse, found.unquoted) < limits.non_reuse
    assert report.summary.verdict == "partially"
    blind = compare(
        _article(wire, lang), _article(copy, lang),
        thresholds=VerdictThresholds(non_closest=1.01),
    )
    assert blind.summary.verdict == "non"


def test_closest_is_the_best_score_of_a_sentence_pair() -> None:
    links = [
        Link((0,), (0,), "rewritten", 0.4), Link((1,), (), "omitted", 0.0),
        Link((), (1,), "added", 0.0), Link((2,), (2,), "rewritten", 0.3),
    ]
    texts = ["one two three four five six.", "a b c d e f.", "x y z w v u."]
    assert evidence(links, texts, texts).closest == pytest.approx(0.4)
    assert evidence(links[1:3], texts, texts).closest == 0.0

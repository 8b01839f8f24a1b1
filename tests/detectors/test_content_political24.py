"""Political wording, twenty-fourth session (content-political24): foreign states under a former name or Taiwan's
rendering (``detectors/content_political_states.py``, ``lexicons/state_names.txt``), and members and shapes the
existing families missed — a religion called 族, 傜 for 瑶, 重返中国, 中华人民共和国 beside Hong Kong, 出国赴港澳,
<state>属 before China's territory, the heads of local governments and a congress's 首长, 最高法庭, other
transliterations of Artsakh, 原 / 前 / 老 inside other words before a leader's title, and two items of a formulation
before a shared phrase-long affix.

Every sentence here was written for these tests (none is taken from the evaluation sets). Each family has positives in
several forms and hard negatives: the right wording, the wrong word named or rejected, history, and words that merely
contain the same characters.
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules
from tests.detectors.content_case import check, classes, political, suggestions


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def test_a_renamed_state_under_its_former_name(rules):
    check(rules, [
        "市外办接待了马其顿共和国经贸代表团一行。",
        "我省果品首次出口到斯威士兰，打开南部非洲市场。",
        "扎伊尔政府代表团到我市考察矿业合作。",
        "锡兰驻华大使参观了我市茶博会。",
        "达荷美留学生在我校参加汉语比赛。",
        "代表团抵达汉城，开始为期三天的访问。",            # a city renamed in Chinese at its government's request
    ], [
        "1988年汉城奥运会令人难忘。",
        "西安汉城湖公园游人如织。",                        # the Han capital's site in Xi'an
        "努尔苏丹·纳扎尔巴耶夫曾任哈萨克斯坦总统。",        # a person's name
        "列宁格勒保卫战的故事感人至深。",
        "市外办接待了北马其顿共和国经贸代表团一行。",
        "亚历山大大帝建立的马其顿王国版图辽阔。",          # the ancient kingdom
        "希腊马其顿地区的橄榄油走进本地超市。",            # the Greek region
        "1993年，马其顿共和国以临时名称加入联合国。",      # a year before the renaming
        "斯里兰卡旧称锡兰，以红茶闻名。",                  # the name explained
        "下午茶推荐一杯锡兰红茶。",                        # a tea
        "扎伊尔河是刚果河的旧称。",
        "暹罗猫性格温顺。",
    ])
    assert "北马其顿" in "".join(suggestions(rules, "马其顿考察团到我市参观。"))


def test_taiwans_renderings_of_foreign_states(rules):
    check(rules, [
        "我市企业与纽西兰、澳大利亚客商签订合作协议。",
        "来自寮国的留学生体验了剪纸。",
        "市长会见义大利驻华总领事。",
        "肯亚、坦桑尼亚等国的学员参加培训。",
        "叶门政府官员来访。",
    ], [
        "我市企业与新西兰、澳大利亚客商签订合作协议。",
        "老挝，台湾地区译作“寮国”。",                      # the rendering named
        "他在叶门口等了半天。",                            # 叶 + 门口
        "宝贝南下广州过冬。",                              # 贝 + 南下
        "大家参加彭德怀生平展。",                          # 加 + 彭
        "美国乔治亚州的客商来访。",                        # a US state (佐治亚州 in the mainland, but no state's name)
        "厄瓜多尔总统会见代表团。",
    ])
    # a rendering one sound from the standard name is a name, not a slip: political, not typo
    assert classes(rules, "坦尚尼亚留学生来我校交流。") == {"political"}


def test_a_religion_called_a_people(rules):
    check(rules, [
        "民宗局走访慰问穆斯林族困难家庭。",
        "村里的佛教族群众欢度节日。",
        "社区为伊斯兰族老人送去慰问品。",
    ], [
        "民宗局走访慰问信教困难家庭。",
        "海外穆斯林族群人口持续增长。",                    # 族群
        "不能把宗教和民族混为一谈，没有所谓“穆斯林族”。",
        "回族群众欢度开斋节。",
    ])


def test_the_interim_character_of_an_ethnic_name(rules):
    check(rules, ["广西的傜族歌手演唱了山歌。"], ["广西的瑶族歌手演唱了山歌。", "瑶族旧称傜族，后统一写作瑶族。"])
    assert classes(rules, "广西的傜族歌手演唱了山歌。") == {"political"}


def test_hong_kong_and_macao_returning_to_china_and_the_states_full_name(rules):
    check(rules, [
        "香港重返中国二十八周年之际，图片展开幕。",
        "庆祝澳门重归中国。",
        "推动澳门与中华人民共和国之间的人员往来更加便利。",
        "中华人民共和国与香港在金融领域加强合作。",
    ], [
        "香港回归祖国二十八周年之际，图片展开幕。",
        "推动澳门与内地之间的人员往来更加便利。",
        "香港特别行政区是中华人民共和国不可分离的部分。",
        "香港居民中的中国公民依照法律参与国家事务的管理。",
    ])


def test_going_abroad_to_hong_kong_or_macao(rules):
    check(rules, [
        "暑假出国赴港澳旅游的市民明显增多。",
        "学校组织学生出国赴港研学。",
    ], [
        "暑假出境赴港澳旅游的市民明显增多。",
        "学校组织学生出国赴澳留学，澳大利亚签证办理提速。",   # 澳 alone is Australia here
        "企业负责人出国赴港口城市考察。",
    ])


def test_a_states_shu_before_chinas_territory(rules):
    check(rules, [
        "这幅地图把日属钓鱼岛单独标出。",
        "展板上写着菲属黄岩岛，已责令撤下更正。",
        "作品按外国标注方式绘出印属藏南。",
    ], [
        "这幅地图把我国钓鱼岛单独标出。",
        "公司在英属维尔京群岛注册。",
        "法属波利尼西亚的旅游宣传片。",
    ])


def test_heads_of_local_governments_and_a_congress(rules):
    check(rules, [
        "县政府主席在大会上作工作报告。",
        "镇人民政府副主席带队检查安全生产。",
        "全国人大首长对我省立法工作给予肯定。",
        "会议由最高法庭有关负责人主持。",
    ], [
        "县政府县长在大会上作工作报告。",
        "自治区人民政府主席出席开幕式。",
        "县政府主席台上就座的有各部门负责人。",
        "部队首长看望慰问基层官兵。",
        "美国最高法庭作出裁决。",
        "最高人民法院院长出席会议。",
    ])


def test_other_transliterations_of_artsakh(rules):
    check(rules, ["摄影展展出了阿尔察赫共和国的教堂。", "阿尔查赫共和国代表团来访。"],
          ["纳卡地区局势总体稳定。", "所谓“阿尔察赫共和国”不被国际社会承认。"])


def test_words_with_yuan_qian_lao_do_not_make_a_title_former(rules):
    check(rules, [
        "平原县老兵家属收到来自国防部部长王毅签发的慰问信。",
        "前往会场途中，外交部长董军接受了采访。",
    ], [
        "原外交部长李肇星出席活动。",
        "平原县老兵家属收到来自国防部部长董军签发的慰问信。",
    ])


def test_two_items_before_a_shared_phrase_long_affix(rules):
    check(rules, [
        "中国式现代化是物质文明和精神文明相协调、全体人民共同富裕的现代化。",
        "推进走和平发展道路、人与自然和谐共生的现代化。",
    ], [
        "中国式现代化是全体人民共同富裕、物质文明和精神文明相协调的现代化。",
        "推进人与自然和谐共生的现代化和全体人民共同富裕的现代化。",   # two features discussed, each written whole
        "要加强社会、文化建设。",                                     # a one-word affix is ordinary grammar
    ])
    assert political(rules, "推进走和平发展道路、人与自然和谐共生的现代化。")

"""Political wording, fifteenth session (content-political19; checklist 362–374): a leader named with a title that is
not his, entities China does not recognise given a state's titles or filling a country field, one party's names for
territories disputed between other states, derogatory short names of states and peoples, the invaders' and the
Qing's names of the wars and uprisings of 1840–1911 by construction, the Taiwan authorities' state titles with words
of authority between, heads of state across the Strait, Taiwan and Hong Kong teams as national teams in any sport, and
the mainland's South China Sea islands placed under a Taiwan city or county.

Every sentence here was written for these tests (none is taken from an evaluation part). Each family is checked with
forms in other words and places, and with hard negatives that use the same words correctly.
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules
from detectors.textnorm import fold
from tests.detectors.content_case import check, political, suggestions


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def test_leader_with_a_title_not_his(rules):
    check(rules, [
        "全国人大常委会秘书长赵乐际在京会见外宾。",
        "国务院常务副总理张国清到企业调研安全生产工作。",
        "全国政协副主席刘国中出席开幕式。",
        "全国人大常委会副委员长王沪宁主持座谈会。",
        "会上，总理何立峰对下一步工作提出要求。",
        "刘国中总理来到田间地头察看秋粮长势。",
        "中央军委副主席李希出席仪式。",
    ], [
        "全国人大常委会委员长赵乐际在京会见外宾。",
        "国务院副总理张国清到企业调研安全生产工作。",
        "中共中央政治局常委、国务院副总理丁薛祥出席。",
        "国务院常务副总理丁薛祥出席会议。",
        "全国政协副主席、秘书长王东峰出席会议。",
        "全国人大常委会秘书长刘奇作关于代表资格审查的报告。",
        "国务委员兼公安部部长王小洪出席会议。",
        "时任国务院副总理韩正出席了开工仪式。",
        "2016年，中央组织部部长赵乐际出席座谈会。",
        "副局长李强介绍了全市安全生产情况。",
        "李强总理主持召开国务院常务会议。",
        "习近平总书记给村民回信。",
    ])
    assert any("赵乐际" in s for s in suggestions(rules, "全国人大常委会秘书长赵乐际在京会见外宾。"))


def test_unrecognised_entities_as_states(rules):
    check(rules, [
        "警方提醒：近期有人以去卢甘斯克人民共和国“务工”为名招募人员，实为非法出境陷阱。",
        "部分标注原产地为“南奥塞梯共和国”的红酒未经检验检疫。",
        "据了解，这批货物的原产国是“索马里兰共和国”。",
        "阿布哈兹总统会见了来访的商务代表团。",
        "北塞浦路斯的首都风景优美，游客众多。",
        "德涅斯特河沿岸外长表示愿加强合作。",
        "南奥塞梯-阿兰国举行议会选举。",
    ], [
        "所谓“阿布哈兹共和国”不被国际社会普遍承认。",
        "2008年，俄罗斯承认“南奥塞梯共和国”独立。",
        "中方不承认科索沃单方面宣布独立。",
        "阿布哈兹地区位于黑海东岸，气候温和。",
        "他从顿涅茨克地区撤离后回到国内。",
    ])


def test_one_side_names_of_disputed_territories(rules):
    check(rules, [
        "比赛在与日本北方领土隔海相望的萨哈林州举行。",
        "俄日两国在北方四岛问题上分歧较大。",
        "日韩围绕竹岛的争端再起。",
        "满载原油的油轮驶入阿拉伯湾。",
        "以色列在犹太和撒马利亚地区新建定居点。",
        "英属印度洋领地的迪戈加西亚岛上驻有美军。",
    ], [
        "南千岛群岛（日本称北方四岛）位于北海道东北。",
        "日本所谓“北方领土”问题由来已久。",
        "独岛（日本称竹岛）位于日本海西南部。",
        "威海竹岛街道开展志愿服务活动。",
        "油轮驶入波斯湾（部分阿拉伯国家称阿拉伯湾）。",
        "我国北方领土辽阔，资源丰富。",
        "巴勒斯坦约旦河西岸局势持续紧张。",
    ])


def test_derogatory_short_names_of_states_and_peoples(rules):
    check(rules, [
        "市生态环境局与北鲜环境代表团开展交流。",
        "不少南鲜游客来张家界旅游。",
        "泡菜国的游客最喜欢来这里打卡。",
        "三哥的军队又在边境挑事，印度方面回应称…",
        "毛子的冬天真冷，俄罗斯人很能喝酒。",
        "鹰酱又在南海搞事情。",
        "脚盆鸡的核污水排海遭到周边国家反对。",
        "漂亮国的枪击案又上新闻了。",
    ], [
        "这次韩国之行吃了烤玉米棒子。",
        "市生态环境局与朝鲜环境代表团开展交流。",
        "他家排行老三，大家都叫他三哥。",
        "冬天把大毛衣拿出来晒晒。",
        "“北鲜”是日本右翼对朝鲜的蔑称，不应使用。",
        "去日本旅游买了一个泡脚盆。",
    ])


def test_war_and_uprising_names_of_the_invaders_and_the_qing(rules):
    check(rules, [
        "宁波老外滩见证了英中通商战争后的五口通商。",
        "1884年爆发法清战争，福建水师全军覆没。",
        "1840年中英战争爆发，清政府被迫签订南京条约。",
        "第二次英清战争中，英法联军火烧圆明园。",
        "庚子之乱后，清廷签订辛丑条约。",
        "太平军入城期间，人口锐减。本地志书称之为“洪杨之乱”，今天还能在纪念馆里看到史料。",
        "太平军暴乱波及浙东各府县。",
    ], [
        "1840年鸦片战争爆发，清政府被迫签订南京条约。",
        "中英贸易战争升级，英国宣布加征关税。",
        "太平天国运动期间，清廷称之为“洪杨之乱”。",
        "所谓“洪杨之乱”，是清朝统治者对太平天国运动的污蔑。",
        "“长毛”是清廷对太平军的蔑称。",
        "1884年中法战争爆发。",
    ])


def test_taiwan_state_titles_heads_of_state_and_national_teams(rules):
    check(rules, [
        "据报道，台北当局的国防部长日前就所谓“军购”答询。",
        "民进党当局的外交部长近日窜访欧洲。",
        "台湾方面的防长表示将增加预算。",
        "会上，两岸元首会晤十周年的话题引发热议。",
        "2015年的两岸总统会面意义重大。",
        "台湾男篮国家队首次来杭参赛。",
        "香港U18足球国家队访问广州。",
        "澳门女子乒乓球国家代表队参赛。",
        "中国台北国家队首次来杭参赛。",
    ], [
        "台湾地区防务部门负责人日前答询。",
        "2015年，两岸领导人在新加坡会面。",
        "中国台北男篮首次来杭参赛。",
        "台北国家图书馆今日开放。",
        "中国国家男篮与中国香港队进行热身赛。",
        "所谓“两岸元首会晤”的说法是错误的。",
    ])


def test_islands_placed_under_a_taiwan_city(rules):
    check(rules, [
        "此次科考覆盖台湾高雄管辖的东沙岛周边海域。",
        "高雄市旗津区的太平岛。",
        "屏东县所辖的南沙群岛海域渔业资源丰富。",
    ], [
        "从高雄出发的渔船前往东沙群岛附近海域作业。",
        "台湾宜兰县的钓鱼岛是中国固有领土。",
        "台湾当局宣称高雄管辖东沙岛，这是非法的。",
        "广东省管辖的东沙群岛风光秀丽。",
    ])
    assert any("广东" in s for s in suggestions(rules, "此次科考覆盖台湾高雄管辖的东沙岛周边海域。"))
    assert political(rules, "海南省三沙市管辖的太平岛") == []


# ---- secondary: vague sources, another province's voice, stunts for counts, forced engagement checked by names ----

FOOTER = "\n\n往期推荐\n▶ 冬季安全用电提示\n\n编辑：李青　审核：王川"


def wechat(text, source=None):
    return {"platform": "wechat", "account_id": "acct", "post_id": "p1", "text": text, "is_original": None,
            "source": source}


def test_chat_groups_word_of_mouth_and_unnamed_authorities_name_no_source():
    from detectors.content_repost import repost_hit, vague_source

    unit = "温州市卫生健康委员会"
    for text in ("冬季流感高发，外出请佩戴口罩，勤洗手。\n\n内容来自家长群" + FOOTER,
                 "冬季流感高发，外出请佩戴口罩，勤洗手。\n\n图片来源：业主群" + FOOTER,
                 "群里转的，冬季流感高发，外出请佩戴口罩，勤洗手。" + FOOTER,
                 "据可靠消息，今年全市新建口袋公园30个，新增绿地50公顷。" + FOOTER,
                 "据内部人士透露，下月起全市公交票价调整。" + FOOTER):
        hit = repost_hit(wechat(text), unit, None)
        assert hit is not None and hit.basis == "vague_source", text
    for text in ("据悉，今年全市新建口袋公园30个，新增绿地50公顷。",
                 "网传“据内部消息”下月公交票价调整，经核实系谣言。",
                 "请各位家长加入班级群，及时了解学校通知。",
                 "来自同事的关心让他很感动。"):
        assert vague_source(fold(text)) is None, text


def test_a_province_voice_working_in_another_provinces_cities():
    from detectors.content_repost import province_voice_elsewhere, repost_hit

    text = ("我省日前出台促进低空经济高质量发展若干措施。据介绍，我省将在合肥、芜湖等地布局低空飞行服务站。")
    assert province_voice_elsewhere(fold(text), "宁波市人民政府新闻办公室") == "合肥、芜湖"
    assert repost_hit(wechat(text), "宁波市人民政府新闻办公室", None).basis == "other_voice"
    assert province_voice_elsewhere(fold("我省将在洛阳、开封等地布局文旅项目。"), "郑州市文化广电和旅游局") is None
    assert province_voice_elsewhere(fold("我省将在杭州、宁波等地布局低空飞行服务站。"), "宁波市人民政府新闻办公室") is None
    assert province_voice_elsewhere(fold("我省代表团赴合肥、芜湖等地考察交流。"), "宁波市人民政府新闻办公室") is None


def test_stunts_for_counts_and_forced_engagement_checked_by_names(rules):
    from tests.detectors.content_case import classes

    for text in ("这篇推文点赞数破1000，局长就亲自下厨给大家做一顿家乡菜！",
                 "在看数过500，我们就公布下期彩蛋！",
                 "请全体干部职工对本条推文点赞并评论，评论统一写“为家乡代言”，办公室将截图名单核对。",
                 "各村两委成员：请组织村民关注本号，每户不少于1人，完成情况纳入年度目标管理考核。",
                 "各单位要组织干部职工转发本条视频，后台将导出转发人员名单。"):
        assert "entertainment" in classes(rules, text), text
    for text in ("本次活动阅读量突破10万，感谢大家的支持。",
                 "本次投票活动结束后，组委会将导出名单核对获奖者信息。",
                 "欢迎在评论区留言，说说你心中的美丽家乡。",
                 "严禁强制要求干部职工点赞、转发，不得导出名单核对。",
                 "我市已有12个村完成人居环境整治，每村不少于50户参与。"):
        assert "entertainment" not in classes(rules, text), text


def test_an_institutes_first_person_on_a_bureaus_account():
    from detectors.content_repost import repost_hit

    text = "我所科考船近日完成东海综合科考任务返回港口，获取海洋环境数据1.2万组。" + "\n\n往期推荐\n▶ 应急避难场所分布"
    assert repost_hit(wechat(text), "温州市应急管理局", None).basis == "other_voice"
    assert repost_hit(wechat(text), "自然资源部第二海洋研究所", None) is None
    assert repost_hit(wechat("市公安局城关派出所开展反诈宣传，我所民警走进商户发放宣传单。"), "某市公安局", None) is None
    assert repost_hit(wechat("我所在的社区开展了消防演练，居民积极参与。"), "温州市应急管理局", None) is None

"""Reposts without a source, eighth session (#18): the first person placed in another prefecture, the voice of a
body of another kind or level, a newspaper's byline on an account that is no newspaper — and the hard negatives
every repost rule, old and new, must leave alone (a higher body quoted with its source named in some other form,
the unit's own release in the third person, a notice naming its issuer, a joint release, 本报 on a paper's own
account, a reprint statement at the end, quoted speech, the unit acting outside its region and saying so).
Texts are written for these tests (none is taken from an evaluation part)."""

from __future__ import annotations

import pytest

from detectors.content_repost import named_in_other_forms, repost_hit
from detectors.textnorm import fold


def post(text, *, original=None, pid="p1"):
    return {"platform": "weibo", "account_id": "acct", "post_id": pid, "created_at": "2026-11-20T10:00:00+08:00",
            "text": text, "is_original": original, "is_pinned": False, "source": None, "url": f"https://example/{pid}"}


def basis(text, unit):
    hit = repost_hit(post(text), unit, None)
    return hit.basis if hit else None


EDU = "绵阳市教育局"
POLICE = "绵阳市公安局"
HEALTH = "绵阳市卫生健康委员会"
PROV_MED = "四川省医疗保障局"

# ---- hard negatives for every rule ------------------------------------------------------------------------------

HARD_NEGATIVES = [
    # a higher body quoted with its source named in another form
    (EDU, "据教育部消息，我部近日召开视频会议，部署寒假中小学生安全工作，要求各地开展一次安全隐患排查。"),
    # (a state body announcing, retold with nothing of the unit's own, is no source by itself: the labelled parts
    # call it a repost — content-repost32, ``state_announcement``; with the unit's own follow-up it is the unit's news)
    (EDU, "教育部日前发布通知，部署寒假中小学生安全工作，我局将督促各校在放假前开展一次安全隐患排查。"),
    (EDU, "四川省教育考试院发布：2027年普通高考报名将于12月1日开始，我院提醒考生按时登录平台完成报名。"),
    (EDU, "人民日报记者从教育部获悉，我部将于近期启动中小学生寒假安全专项行动。"),
    (EDU, "寒假安全提醒\n\n我部要求各地在放假前开展安全隐患排查。\n\n（本文转载自“微言教育”微信公众号）"),
    (EDU, "转发自“四川教育发布”：我厅部署全省中小学寒假安全工作，要求各市（州）教育行政部门压实责任。"),
    (PROV_MED, "据新华社报道，国家医保局有关负责人表示，将进一步扩大医保药品目录范围，更多创新药纳入报销。"),
    # the unit's own release, in the third person or with its own name in the title or the signature
    (EDU, "绵阳市教育局召开全市中小学安全工作会议，部署寒假前安全隐患大排查。会议要求各县（市、区）压实责任。"),
    (EDU, "绵阳市教育局关于做好2027年寒假中小学生安全工作的通知\n各县（市、区）教育局：\n现将有关事项通知如下。"),
    (EDU, "请各校于12月10日前报送寒假安全工作方案。\n\n绵阳市教育局\n2026年11月20日"),
    # a joint release with another body
    (EDU, "关于开展校园周边环境集中整治的通告\n\n现决定开展专项整治。\n\n绵阳市教育局　绵阳市公安局\n2026年11月20日"),
    (POLICE, "我局联合市教育局对全市中小学校周边开展交通秩序集中整治，查处违法停车83起。"),
    # 本报 on a newspaper's own account; a reporter's credit naming the paper
    ("绵阳日报社", "本报讯（记者 王琳）11月19日，全市冬季消防安全工作会议召开，会议部署了重点场所隐患排查。"),
    (EDU, "让孩子在劳动中成长\n\n绵阳日报记者 孙红\n\n近年来，各地中小学把劳动教育纳入课表，孩子们在劳动中体会成长。"),
    # quoted speech: a first person inside quotation marks, or after the speaker's name and a speech verb
    (HEALTH, "市中心医院院长李明在接受采访时说：“我院今年将新增重症床位200张，进一步缓解住院难。”"),
    (HEALTH, "市疾控中心负责人介绍，我中心已在全市设置流感监测哨点医院12家，监测数据每周发布。"),
    (EDU, "市教育考试院相关负责人表示，我院将在考前开展考务人员培训，确保考试安全平稳。"),
    # the unit acting outside its region and saying so
    (POLICE, "日前，我局刑侦大队民警远赴广东省深圳市宝安区，将一名电信诈骗犯罪嫌疑人抓获归案。"),
    (POLICE, "我局成功破获一起盗窃案，犯罪嫌疑人王某（男，32岁，德阳市旌阳区人）已被依法刑事拘留。"),
    (EDU, "我市援藏教师在甘孜州康定市开展送教活动，为当地学校带去精品课程20节。"),
    (EDU, "我局组织骨干教师赴成都市武侯区、锦江区学习考察，与当地学校签订结对共建协议。"),
    (POLICE, "我局与德阳市公安局签订警务协作协议，两地将在跨区域案件侦办上加强合作。"),
    # a province-level unit naming its cities
    ("四川省应急管理厅", "我厅对成都、绵阳、德阳等市开展冬季安全生产督导检查，发现问题隐患126项。"),
    # the unit's own kind: a court's 我院, a national bureau's national plans
    ("绵阳市中级人民法院", "我院今年共审结各类案件1.2万件，同比增长8%，结案率达96%。"),
    ("国家医疗保障局", "我局有关负责人表示，2027年将进一步扩大医保药品目录范围，将更多创新药纳入报销。"),
    # a school's, a college's and a museum's own voice
    ("绵阳市实验小学", "我校开展冬季消防安全演练，全校1200名师生有序疏散。"),
    ("绵阳职业技术学院", "我校举办冬季招聘会，我院30个专业的毕业生与200家企业面对面交流。"),
    ("绵阳市博物馆", "本馆元旦期间正常开放，开放时间延长至晚上8点。"),
    (EDU, "市实验小学校长王芳介绍，我校已连续三年开展劳动教育周活动。"),  # quoted: the principal's words
    (PROV_MED, "我局将指导各市加快推进集采药品进基层，确保群众就近用上质优价宜的药品。"),
]


B = "要求各地在放假前开展一次安全隐患排查，重点做好防溺水、防火灾、防交通事故等安全教育。"
HARD_NEGATIVES += [
    (EDU, "据教育部官网消息，教育部近日召开视频会议，" + B),
    (EDU, "四川日报记者从省教育厅获悉，全省将于近期开展寒假安全专项检查，" + B),
    # joint issuers signing one a line; a joint title; a joint release
    (EDU, "寒假安全工作通知\n\n" + B + "\n\n绵阳市教育局\n绵阳市公安局\n2026年11月20日"),
    (EDU, "绵阳市教育局、绵阳市公安局关于开展校园周边环境集中整治的通告\n\n" + B),
    (EDU, "绵阳市教育局　绵阳市卫生健康委员会\n联合发布：冬季传染病防控提示\n" + B),
    # a forwarded document whose title names its issuer; a document with its source
    (EDU, "转发四川省教育厅关于做好寒假安全工作的通知\n\n各县（市、区）教育局：\n"
          "现将《四川省教育厅关于做好寒假安全工作的通知》转发给你们，请认真贯彻落实。"),
    (EDU, "四川省教育厅关于做好寒假安全工作的通知\n\n" + B + "\n\n（来源：四川省教育厅官网）"),
    (EDU, "关于公布2026年度市级文明校园名单的通知\n各县（市、区）教育局：\n经评审，现将名单予以公布。\n\n"
          "绵阳市教育局办公室\n2026年11月20日"),
    # reprint statements at the end, in their several forms
    (EDU, B + "\n\n本文原载于《中国教育报》"),
    (EDU, B + "\n\n转自：教育部政务新媒体“微言教育”"),
    (EDU, B + "\n\n信息来源：四川省教育厅"),
    (EDU, "教育部发布2027年寒假安全提示（全文）\n" + B + "\n\n（完）\n来源：新华社"),
    # a higher body reported in the third person, and the unit's own follow-up
    (EDU, "近日，教育部办公厅印发通知，" + B + "\n\n市教育局将按照通知要求，开展全市中小学安全检查。"),
    ("绵阳广播电视台", "本台消息 11月19日，全市冬季消防安全工作会议召开。"),
    (EDU, "本报讯 11月19日，全市冬季消防安全工作会议召开。\n\n来源：绵阳日报"),
]


@pytest.mark.parametrize("unit,text", HARD_NEGATIVES)
def test_hard_negatives_stay_clean(unit, text):
    assert repost_hit(post(text), unit, None) is None


# ---- 1. the first person placed in another prefecture -------------------------------------------------------------

@pytest.mark.parametrize("unit,text", [
    # Qingyang (Chengdu) and Jinniu districts are Chengdu's: 我局 here is a Chengdu bureau's
    ("绵阳市应急管理局", "11月20日，我局对青羊区、金牛区15家人员密集场所开展消防安全检查，发现隐患38处。"),
    # the residents of another city are that city's police's constituency
    (POLICE, "近日，我局成功侦破一起网络诈骗案，该团伙以兼职刷单为名诱骗德阳市民转账，涉案金额200余万元。"),
    (POLICE, "近日，我局成功侦破一起网络诈骗案，该团伙以兼职刷单为名诱骗德阳居民转账，涉案金额200余万元。"),
    # a county of another prefecture in 我县 voice
    ("德阳市旌阳区农业农村局", "我区对江油市、安州区30个村开展秸秆禁烧巡查，发现火点2处。"),
])
def test_first_person_acting_in_another_prefecture_is_another_bodys_release(unit, text):
    hit = repost_hit(post(text), unit, None)
    assert hit is not None and hit.basis == "other_voice"


@pytest.mark.parametrize("unit,text", [
    ("绵阳市应急管理局", "11月20日，我局对涪城区、游仙区15家人员密集场所开展消防安全检查，发现隐患38处。"),  # its own districts
    ("德阳市旌阳区农业农村局", "我区对什邡市、广汉市30个村开展秸秆禁烧巡查，发现火点2处。"),  # its own prefecture's
    ("绵阳市应急管理局", "11月20日，我局在成都市青羊区参加全省应急救援技能竞赛，获团体二等奖。"),  # says where it went
    ("绵阳市应急管理局", "我局组织企业负责人到德阳市旌阳区观摩安全生产标准化建设现场。"),
    ("绵阳市应急管理局", "我局与德阳市应急管理局开展联合演练，两地救援队伍200余人参加。"),
    ("绵阳市应急管理局", "我局对辖区内12家危化品企业开展检查，其中一家企业的原料来自德阳市某化工公司。"),
    (POLICE, "近日，我局成功侦破一起网络诈骗案。“我们在德阳市找到了嫌疑人的藏身处。”办案民警说。"),
    ("绵阳市市场监督管理局", "我局对永安市场、城区农贸市场开展冬季食品安全检查，抽检蔬菜样品60批次。"),  # a market's name
    ("绵阳市文化广电旅游局", "周末不少成都市民自驾来我市赏花，我局在各景区增派引导人员。"),  # visitors coming here
    ("绵阳市统计局", "前三季度我市地区生产总值增长6.1%，增速仅次于德阳市，位居全省第二。"),  # a comparison
    (POLICE, "我局提醒：近日，德阳市民王女士接到冒充客服电话，被骗20余万元，请广大群众提高警惕。"),  # another's case
    ("绵阳市气象局", "我局预计，今天夜间绵阳、德阳市大部将有小到中雨，请注意防范。"),  # a region's weather
    ("绵阳市交通运输局", "我市开通直达成都市天府国际机场的城际公交，每天往返8班。"),
])
def test_first_person_acting_away_and_saying_so_stays_clean(unit, text):
    assert repost_hit(post(text), unit, None) is None


def test_a_named_source_covers_a_release_of_another_place():
    text = "来源：平安德阳\n\n近日，我局成功侦破一起网络诈骗案，该团伙诱骗德阳市民转账，涉案金额200余万元。"
    assert repost_hit(post(text), POLICE, None) is None


# ---- 2. the voice of a body of another kind or level --------------------------------------------------------------

@pytest.mark.parametrize("unit,text", [
    (EDU, "2027年普通高考报名即将开始\n\n我院提醒：考生须在12月1日至10日登录考生服务平台完成报名。"),
    (HEALTH, "我院新开设睡眠障碍门诊，每周一至周五上午接诊，可通过医院公众号预约挂号。"),
    (EDU, "我校开展冬季消防安全演练，全校1200名师生有序疏散，用时3分钟。"),
    ("绵阳市文化广电旅游局", "本馆元旦期间正常开放，1月1日至3日开放时间延长至晚上8点。"),
    (HEALTH, "我司新推出的家用制氧机已通过检测，欢迎各医疗机构洽谈合作。"),
])
def test_yuan_voice_on_a_body_of_another_kind(unit, text):
    hit = repost_hit(post(text), unit, None)
    assert hit is not None and hit.basis == "other_voice"


@pytest.mark.parametrize("unit,text", [
    (PROV_MED, "我局有关负责人表示，2027年将进一步扩大医保药品目录范围，将更多罕见病用药纳入报销。"),
    ("四川省人力资源和社会保障厅", "我部将指导各省份加快推进养老保险全国统筹，确保养老金按时足额发放。"),
    ("绵阳市税务局", "我局明确，2027年起个人所得税专项附加扣除标准将再次上调。"),
])
def test_first_person_exercising_a_national_remit_below_the_state(unit, text):
    hit = repost_hit(post(text), unit, None)
    assert hit is not None and hit.basis == "other_voice"


def test_a_province_level_unit_acting_in_another_provinces_city():
    text = "我厅对广州市、深圳市20家危化品企业开展安全生产执法检查，发现隐患56处。"
    hit = repost_hit(post(text), "四川省应急管理厅", None)
    assert hit is not None and hit.basis == "other_voice"
    assert repost_hit(post(text), "广东省应急管理厅", None) is None


@pytest.mark.parametrize("unit,text", [
    (PROV_MED, "国家医保局近日发布新版医保药品目录，我局将抓好落地执行，确保新增药品1月1日起在全省报销。"),
    (PROV_MED, "我局将按照国家部署，落实好调整后的医保药品目录，确保新增药品按时落地。"),
    (PROV_MED, "我局已将新版医保药品目录内药品全部纳入全省结算系统。"),
    ("四川省市场监督管理局", "我局牵头起草的两项国家标准正式发布，将于明年7月1日起实施。"),
    ("绵阳市人力资源和社会保障局", "我局根据国务院办公厅放假安排，发布元旦期间社保服务窗口调整公告。"),
    ("国家医疗保障局", "我局将指导各省份做好新版医保药品目录落地工作。"),
    (PROV_MED, "我局提醒：参保人可通过“粤医保”小程序查询医保药品目录内药品的报销比例。"),
])
def test_national_remit_mentioned_or_on_a_national_account_stays_clean(unit, text):
    # (查询 and 抓好落地 exercise no national power; the national bureau's own account speaks for itself)
    assert repost_hit(post(text), unit, None) is None


# ---- 3. a newspaper's byline on an account that is no newspaper ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "让孩子在劳动中成长\n\n本报记者 孙静\n\n近年来，各地中小学把劳动教育纳入课表，孩子们在劳动中体会成长的快乐。",
    "乡村学校的新变化\n\n近年来，乡村学校办学条件持续改善。（本报通讯员 王林 李华）",
    "为教育家精神鼓与呼\n\n文/本报评论员\n\n教育家精神是新时代教师队伍建设的精神指引。",
    "本报成都11月19日电　全省中小学寒假安全工作视频会议召开，会议部署了校园安全隐患排查。",
    "冬季校园安全这样做\n\n近日，全省各地中小学开展安全教育周活动。（本台记者 刘洋）",
])
def test_newspaper_byline_on_a_government_account(text):
    hit = repost_hit(post(text), EDU, None)
    assert hit is not None and hit.basis == "outlet_cut"
    assert repost_hit(post(text), "绵阳日报社", None) is None  # the paper's own account
    assert repost_hit(post(text + "\n\n来源：绵阳日报"), EDU, None) is None  # the paper named
    assert repost_hit(post(text.replace("本报", "中国教育报").replace("本台", "四川广播电视台")), EDU, None) is None


def test_report_and_newspaper_words_are_no_byline():
    text = "本报告期内，全市共新增学位1.2万个。本报表由各县（市、区）教育局于月底前报送。"
    assert repost_hit(post(text), EDU, None) is None


def test_a_headline_subject_before_fabu_is_no_publisher():
    assert named_in_other_forms(fold("四川省教育考试院发布：2027年普通高考报名12月1日开始。"))
    assert named_in_other_forms(fold("【人民日报发布：寒假安全提示】"))
    assert not named_in_other_forms(fold("绵阳市冬季旅游线路发布：温泉康养、森林步道两大主题。"))
    assert not named_in_other_forms(fold("我院发布：2027年普通高考报名12月1日开始。"))

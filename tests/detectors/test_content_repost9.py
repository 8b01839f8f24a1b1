"""Reposts without a source, eighth session (#18): the first person placed in another prefecture, the voice of a
body of another kind or level, a newspaper's byline on an account that is no newspaper — and the hard negatives
every repost rule, old and new, must leave alone (a higher body quoted with its source named in some other form,
the unit's own release in the third person, a notice naming its issuer, a joint release, 本报 on a paper's own
account, a reprint statement at the end, quoted speech, the unit acting outside its region and saying so).
Texts are written for these tests (none is taken from an evaluation part)."""

from __future__ import annotations

import pytest

from detectors.content_repost import repost_hit


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
    (EDU, "教育部日前发布通知，部署寒假中小学生安全工作，要求各地在放假前开展一次安全隐患排查。"),
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
    (PROV_MED, "我局将指导各市加快推进集采药品进基层，确保群众就近用上质优价宜的药品。"),
]


@pytest.mark.parametrize("unit,text", HARD_NEGATIVES)
def test_hard_negatives_stay_clean(unit, text):
    assert repost_hit(post(text), unit, None) is None

"""Thirty-second session, task content-repost39 (issue #18): a national body's voice read by what only it does.

A ministry's, a commission's, an administration's or a national office's release speaks in its own first person
(我局, 我委, 我办) or its short self-name (总局, 总署). Pasted by a unit below the state whose kind is the same (我局 on a
city's bureau), the first person alone does not tell the voices apart; what the voice does does:
* it directs the provinces — 各省级××部门要…, 请各省（区、市）…, 各省、自治区、直辖市…须… (a clause of its own, the
  provinces as the subject of a duty), or co-acts with, convenes or dispatches them (联合各省级…, 调度各省份…);
* it commands the whole country's forces or system (部署全国消防救援队伍…, 要求全国市场监管系统…);
* it organises work across the whole country (将在全国组织开展…, 决定在全国统一开展…);
* it convenes a national coordinating body's member units (组织国家防灾减灾救灾委员会成员单位会商);
* it forecasts the whole country's risk, situation or trend (预计12月全国自然灾害风险…).
An office's or an association's first person is read with the time word its act follows (我办日前组织…, 我会近日召开…),
and the short self-name after a topic tag (#冰雪季 总局将…) or warning the public it addresses (总局提醒消费者，…).
Every sentence was written for these tests (none is taken from an evaluation part)."""

from __future__ import annotations

import pytest

from detectors.content_repost import FIRST_PERSON, SHORT_SELF, national_voice, repost_hit
from detectors.textnorm import fold

FOOTER = "\n\n往期推荐\n▶ 冬季安全用电提示\n\n编辑：吴明　审核：郑洁"


def _post(text: str, **fields) -> dict:
    return {"platform": "wechat", "account_id": "a", "post_id": "1", "text": text, "is_original": None,
            "source": None, "created_at": "2026-11-20T10:00:00+08:00"} | fields


def _hit(text: str, unit: str):
    return repost_hit(_post(text), unit, None)


# ---- the provinces directed ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, unit", [
    ("我局近日印发通知，各省（区、市）林业和草原主管部门要加强冬春森林防火巡护。", "威海市林业局"),
    ("我委将组织专家开展巡回指导，各省份要做好基层医务人员培训。", "威海市卫生健康委员会"),
    ("我局已印发工作方案，请各省、自治区、直辖市市场监管部门于12月底前报送抽检结果。", "宁波市市场监督管理局"),
    ("我局将会同各省级药品监管部门开展冬季疫苗质量专项检查。" + FOOTER, "宁波市市场监督管理局"),
    ("今冬我委将开展医疗质量提升行动，各省区市卫生健康行政部门务必压实责任。", "临沂市卫生健康委员会"),
])
def test_a_first_person_directing_the_provinces_is_a_national_voice(text, unit):
    assert national_voice(fold(text), unit)
    assert _hit(text, unit).basis == "other_voice"


# ---- the whole country's forces, nationwide organising, national coordinating bodies, national forecasts ----

@pytest.mark.parametrize("text, unit", [
    ("我局已动员全国气象部门加强值班值守，做好寒潮天气服务。", "威海市气象局"),
    ("春运期间，我局要求全国市场监管系统加强节日市场检查。", "宁波市市场监督管理局"),
    ("我局已调度全国铁路公安机关开展春运安保，提醒旅客注意防盗。", "临沂市公安局"),
    ("我局将于明年一季度在全国部署开展“净网”专项行动。", "临沂市公安局"),
    ("我委决定自12月起在全国统一开展职业健康宣传周活动。", "威海市卫生健康委员会"),
    ("我局拟在全国组织开展计量惠民活动，免费检定血压计。", "宁波市市场监督管理局"),
    ("我办日前组织国家防汛抗旱总指挥部成员单位会商，部署冬季防冻工作。", "威海市人民政府办公室"),
    ("我局会同国务院食品安全委员会成员单位开展节日食品安全督查。", "宁波市市场监督管理局"),
    ("我局预计，今冬全国森林火险形势总体偏重。", "威海市林业局"),
    ("我局预计12月全国地质灾害风险总体较低。", "威海市自然资源局"),
    ("我中心预测，明年一季度全国就业形势总体稳定。", "威海市公共就业服务中心"),
])
def test_a_first_person_acting_for_the_whole_country_is_a_national_voice(text, unit):
    assert national_voice(fold(text), unit)


@pytest.mark.parametrize("text, unit", [
    # the unit's own work, its place in a national ranking, its own forecast, a national requirement reported
    ("我局组织全国知名专家来威海会诊疑难病例。", "威海市卫生健康委员会"),
    ("我局在全国开展的文明执法评比中获评优秀。", "临沂市公安局"),
    ("我局在全国率先开展电子证照互认。", "宁波市市场监督管理局"),
    ("我局参加全国公安机关冬季安保视频会议。", "临沂市公安局"),
    ("我局被评为全国公安系统先进集体。", "临沂市公安局"),
    ("我局预计，今冬全国森林火险形势偏重，我市森林火险等级较高。", "威海市林业局"),
    ("我局组织区减灾委成员单位会商研判冬季灾害风险。", "威海市应急管理局"),
    ("国家林草局要求，各省（区、市）要加强森林防火。我局将认真贯彻落实。", "威海市林业局"),
    ("我委落实国家卫生健康委部署，各省份同步开展巡回指导。", "威海市卫生健康委员会"),
    ("我委组织专家赴各省份调研基层医疗。", "威海市卫生健康委员会"),
    ("欢迎各省份游客来威海过冬，我局提醒游客要提前预约。", "威海市文化和旅游局"),
])
def test_own_work_rankings_own_ground_and_reported_requirements_are_no_national_voice(text, unit):
    assert national_voice(fold(text), unit) is None


def test_a_state_body_directing_the_provinces_is_not_read():
    assert national_voice(fold("我局将会同各省级药品监管部门开展冬季疫苗质量专项检查。"), "国家药品监督管理局") is None


# ---- an office's and an association's first person with a time word ------------------------------------------

@pytest.mark.parametrize("text, voice", [
    ("我办日前组织成员单位会商。", "我办"),
    ("我办近日召开新闻发布会。", "我办"),
    ("我办12月3日印发通知。", "我办"),
    ("我会近日联合多家单位发出倡议。", "我会"),
    ("本会昨日召开第五届理事会。", "本会"),
])
def test_an_office_or_an_association_acting_after_a_time_word_speaks(text, voice):
    assert [m.group(0) for m in FIRST_PERSON.finditer(text)] == [voice]


@pytest.mark.parametrize("text", ["本办法日前公布。", "这件事我办近日不了。", "我会近日再来看看。", "我会今天去现场。"])
def test_a_rule_or_a_persons_plans_are_no_office_voice(text):
    assert not any(m.group(0) in ("我办", "本办", "我会", "本会") for m in FIRST_PERSON.finditer(text))


def test_an_office_on_a_bureaus_account_is_another_voice():
    hit = _hit("我办近日召开全市教育系统安全工作会议。", "威海市教育局")
    assert hit and hit.basis == "other_voice"


@pytest.mark.parametrize("text, unit", [
    ("我办日前组织区减灾委成员单位会商研判冬季灾害风险。", "威海市应急管理局"),
    ("我办近日组织开展节日食品安全联合检查。", "宁波市市场监督管理局"),
    ("我办将于本周开展河湖“清四乱”专项巡查。", "威海市水务局"),
])
def test_the_office_a_unit_hosts_speaks_as_its_own(text, unit):
    assert _hit(text, unit) is None


def test_a_national_office_on_a_hosts_account_is_told_by_what_it_does():
    hit = _hit("我办日前组织国务院安委会成员单位开展联合督导。", "威海市应急管理局")
    assert hit and hit.basis == "other_voice" and "成员单位" in hit.reason


# ---- the short self-name after a topic tag and warning the public ------------------------------------------

@pytest.mark.parametrize("text", [
    "#冬季安全 总局提醒：取暖设备要远离可燃物。",
    "#春运# 总局将会同有关部门加强客运安全检查。",
    "#消费提示# 总署近日发布公告，调整出入境物品监管措施。",
    "冬季出行提示：总署提醒出入境旅客，提前了解通关政策。",
    "节前消费提示：总局提醒广大消费者，网购年货要保留凭证。",
    "总局提示游客：冰雪景区游玩要遵守安全须知。",
])
def test_the_short_self_name_after_a_topic_tag_or_warning_the_public_is_read(text):
    assert SHORT_SELF.search(fold(text))
    assert _hit(text, "宁波市市场监督管理局").basis == "other_voice"


@pytest.mark.parametrize("text", [
    "国家税务总局威海市税务局提醒纳税人，按时申报个税。",
    "#总局发布# 这个话题下的内容我们将持续关注。",
    "我局提醒消费者，网购年货要保留凭证。",
])
def test_a_longer_name_a_tag_of_its_own_or_the_units_voice_is_no_short_self_name(text):
    assert SHORT_SELF.search(fold(text)) is None


def test_the_short_self_name_on_the_administrations_own_account_is_own():
    assert _hit("#冬季安全 总局提醒：取暖设备要远离可燃物。", "国家市场监督管理总局") is None


# ---- the state's own lists and standards ----------------------------------------------------------------------

@pytest.mark.parametrize("text, unit", [
    ("我局日前批准发布36项推荐性国家标准，明年7月起实施。", "宁波市市场监督管理局"),
    ("我委公布新一批国家级旅游度假区，共15家。", "威海市文化和旅游发展委员会"),
    ("我局认定第三批国家森林城市。", "威海市林业局"),
    ("我委近日公布国家级文化生态保护区名单。", "威海市文化和旅游发展委员会"),
    ("我局批准新一批国家地理标志产品，对其实施保护。", "宁波市市场监督管理局"),
])
def test_a_first_person_naming_the_states_lists_or_standards_is_a_national_voice(text, unit):
    assert national_voice(fold(text), unit)


@pytest.mark.parametrize("text, unit", [
    ("我局公布国家级自然保护区冬季开放时间。", "威海市林业局"),
    ("我局组织申报的3个项目入选新一批国家级非遗代表性项目名录。", "威海市文化和旅游局"),
    ("我局公布我县入选新一批国家级非遗名录的项目。", "威海市文化和旅游局"),
    ("我局提醒企业执行新发布的国家标准。", "宁波市市场监督管理局"),
    ("我局发布的地方标准明年起实施。", "宁波市市场监督管理局"),
    ("我委公布第二批市级非遗代表性项目名录。", "威海市文化和旅游发展委员会"),
])
def test_entries_applied_for_or_won_own_lists_and_standards_carried_out_are_no_national_voice(text, unit):
    assert national_voice(fold(text), unit) is None


# ---- the country's meeting convened, the country's plan issued ---------------------------------------------------

@pytest.mark.parametrize("text, unit", [
    ("我局召开全国禁毒工作电视电话会议，部署冬季禁毒严打。", "威海市公安局"),
    ("我委日前召开全国基层卫生工作座谈会\n\n会议要求，全国基层医疗卫生机构要做好冬季接诊。", "威海市卫生健康委员会"),
    ("我局近日组织召开全国计量工作推进会。", "宁波市市场监督管理局"),
    ("我局印发《全国森林防火规划（2026—2030年）》，明确重点任务。", "威海市林业局"),
])
def test_a_first_person_convening_the_countrys_meeting_or_issuing_its_plan_is_a_national_voice(text, unit):
    assert national_voice(fold(text), unit)


@pytest.mark.parametrize("text, unit", [
    ("我局召开全国人大代表座谈会，听取代表意见建议。", "威海市公安局"),
    ("我局召开全国文明城市创建工作推进会。", "威海市公安局"),
    ("我局参加全国禁毒工作电视电话会议。", "威海市公安局"),
    ("我局转发《全国森林防火规划（2026—2030年）》。", "威海市林业局"),
    ("全国计量工作推进会在我市召开，我局作交流发言。", "宁波市市场监督管理局"),
])
def test_meetings_with_national_deputies_or_on_national_titles_and_relayed_plans_are_no_national_voice(text, unit):
    assert national_voice(fold(text), unit) is None


# ---- a province's salutation to its prefectures ---------------------------------------------------------------

@pytest.mark.parametrize("text, unit", [
    ("关于开展冬季特种设备安全检查的通知\n\n各市（州）市场监管局：为做好冬季特种设备安全工作，现将有关事项通知如下……",
     "绵阳市涪城区市场监督管理局"),
    ("关于做好寒假学生资助工作的通知\n\n各设区市教育局：\n\n寒假将至，请认真做好学生资助工作。", "赣州市教育局"),
    ("各地级市人力资源社会保障局：为做好春节前农民工工资支付工作，现通知如下。", "韶关市人力资源和社会保障局"),
    ("各市州卫生健康委、省直各医疗单位：为做好冬春季血液保障工作，现通知如下。", "怀化市鹤城区卫生健康局"),
])
def test_a_provinces_salutation_to_its_prefectures_on_a_lower_account_is_its_document(text, unit):
    hit = _hit(text, unit)
    assert hit and hit.basis == "other_document"


@pytest.mark.parametrize("text, unit", [
    ("关于开展冬季特种设备安全检查的通知\n\n各市（州）市场监管局：为做好冬季特种设备安全工作，现将有关事项通知如下……",
     "四川省市场监督管理局"),
    ("关于开展冬季特种设备安全检查的通知\n\n各市（州）市场监管局：为做好冬季特种设备安全工作，现将有关事项通知如下……",
     "西藏自治区市场监督管理局"),
    ("关于做好寒假学生资助工作的通知\n\n各县（市、区）教育局：\n\n寒假将至，请认真做好学生资助工作。", "赣州市教育局"),
    ("各市州的游客朋友们：欢迎来怀化过冬！", "怀化市文化和旅游局"),
])
def test_the_provinces_own_salutation_a_citys_to_its_counties_and_no_body_addressed_are_not_read(text, unit):
    assert _hit(text, unit) is None


# ---- a provincial body's item by its short self-name ------------------------------------------------------------

@pytest.mark.parametrize("text, unit", [
    ("省厅日前印发《中小学寒假安全工作指引》，明确假期安全教育重点。", "赣州市教育局"),
    ("自治区局近日公布第三批放心消费示范单位名单。", "拉萨市城关区市场监督管理局"),
    ("据悉，省局发布冬季消费提示，提醒消费者理性购买年货。", "绵阳市市场监督管理局"),
    ("冬季安全生产\n\n省厅近日召开危化品安全生产视频会，部署岁末年初隐患排查。" + FOOTER, "宁波市应急管理局"),
])
def test_a_provincial_bodys_item_by_its_short_self_name_is_retold(text, unit):
    hit = _hit(text, unit)
    assert hit and hit.basis == "other_voice" and "省级机关" in hit.reason


@pytest.mark.parametrize("text, unit", [
    ("省厅日前印发《中小学寒假安全工作指引》，明确假期安全教育重点。", "江西省教育厅"),
    ("省局近日通报了一批典型案例，我局将对照开展自查。", "绵阳市市场监督管理局"),
    ("按照省局部署，我局开展冬季特种设备安全检查。", "绵阳市市场监督管理局"),
    ("省局督导组近日来我市检查冬季燃气安全。", "绵阳市市场监督管理局"),
    ("省厅日前印发通知，赣州市各中小学要做好寒假安全教育。", "赣州市教育局"),
])
def test_the_provinces_own_account_the_units_own_report_and_its_region_are_not_read(text, unit):
    assert _hit(text, unit) is None

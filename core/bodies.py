"""What kind of body an organisation's name names, read from the head noun at the end of the name.

A Chinese public body's name is built as place + function + kind: 济南市 + 公安 + 局, 山东省 + 教育 + 厅, 某县 +
人民武装 + 部, 某镇 + 广播电视 + 站. The kind (the head noun: 局, 厅, 委员会, 办公室, 站, 所, 中心, 法庭, 大队 …)
stands at the **end** of the name, and most kind characters are also the last character of everyday words that
name no body: 餐厅, 宴会厅 (a restaurant, a hotel's hall), 结局, 布局, 饭局, 评委, 举办, 部署, 俱乐部, 研究所. So a
character found anywhere in a text says nothing (乡 of 乡村美食博主, 委 of 委托, 署 of 署名, 局 of 局长); the kind is
read at the name's end, and a kind character that ends everyday words counts only after the function word of a
department that has such a body (公安 + 局, 教育 + 厅, 卫健 + 委, 广播电视 + 站), or as a branch of a body the name
has already named (某市住房公积金管理中心 + 某某管理部, 某县人民法院 + 某某法庭, 某市公安局 + 某某分局).

The inventory is general knowledge of how the bodies are named, not a list of any evaluation set's names:
- the kinds of the party and state bodies, the courts and procuratorates, the people's armed-forces departments,
  the township stations and the mass organisations (群团组织, 中共中央《关于加强和改进党的群团工作的意见》, 2015);
- the function words of the government departments as the 2018 institutional reform named them
  (《深化党和国家机构改革方案》 and the provincial, city and county 机构改革方案 after it), with the customary
  short forms the departments write themselves (卫健, 发改, 市监, 文旅, 人社, 住建, 医保 …), and earlier names that
  units still carry (工商, 质监, 安监, 国土, 计生 …);
- the township-level stations of county departments (乡镇站所: 司法所, 财政所, 农技站, 广播电视站, 文化站 …).

``detectors.government`` reads units with its own, wider suffix list and the gazetteer; it uses
``government_body`` for the kind characters that end everyday words, for bare 中心 and for the public institutions
(``INSTITUTION_KINDS``), so both layers agree on them, and it reads verification texts only through
``verification_names`` (the one reader: heads and tails taken off the same way for every layer). ``core`` cannot
read the gazetteer (``detectors.places``): a township's own post named only by its township (某镇统计站) is read by
the detectors, not here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

# ---- verification wrappers -------------------------------------------------------------------------------------
# The one reader of verification texts (``verification_names``): the crawler's typing (``classify_verification``),
# this module's body typing and the detectors' ``organisation_in`` all read the organisation through it, so one text
# names one organisation to every layer. Where each entry comes from:
# - heads, the label a platform writes before the organisation: 认证信息 (Weibo's profile card, "认证信息：…"),
#   微博认证 and 机构认证 (Weibo's verification page), 微信认证 and 认证 (the Sogou WeChat search result line, "微信认证：…"
#   in the 2021 capture and "认证：…" in the 2017 one of ``tests/fixtures/real``), 认证主体 / 账号主体 / 主体 (the
#   账号主体 line of WeChat's and Douyin's account pages) and 官方认证 (Bilibili's and Douyin's 官方认证 label);
# - tails, the words after it: the account itself as each platform calls it (官方微博 of Weibo, 官方抖音号, 官方快手号,
#   官方公众号, 官方头条号, as in the real captures' "原神官方微博", "洛天依官方账号"), a government's own words for
#   its accounts (政务号, 政务微博 … as the 政务新媒体 rules, 国办发〔2018〕123号, call them; 新媒体平台, 官方平台) and
#   its website (官方网站, 门户网站).
# Heads are stripped from a phrase's start again and again (微博认证：认证信息：… and "认证主体认证信息某局" lose both),
# tails from its end likewise, each only while at least two characters stay (a phrase that *is* an organisation's
# short name, 抖音, is kept). A phrase that is a head and nothing else (认证信息 of "认证信息：…") is no phrase; nor is
# an empty one.
VERIFY_HEADS = ("认证信息", "认证主体", "机构认证", "微博认证", "微信认证", "官方认证", "认证", "账号主体", "主体")
VERIFY_TAILS = ("官方微博", "官方账号", "官方帐号", "官方抖音号", "官方快手号", "官方公众号", "官方头条号", "官方网站",
                "门户网站", "官方号", "官方", "微博", "账号", "帐号", "公众号", "抖音号", "快手号", "头条号", "认证",
                "政务号", "政务微博", "政务账号", "政务帐号", "政务抖音号", "政务快手号", "政务公众号", "政务头条号",
                "官方平台", "新媒体平台", "新媒体", "政务", "抖音", "快手")
# Phrases are split at white space and punctuation, and at a title's marks 《》 (a paper's or programme's title stands
# apart from the organisation: "《某某》栏目组", "《山东商报》社" of the real captures).
VERIFY_SPLIT = re.compile(r"[\s,，;；:：、|/（）()\[\]【】“”\"'·•《》]+")
_HEADS_LONGEST = tuple(sorted(VERIFY_HEADS, key=len, reverse=True))
_TAILS_LONGEST = tuple(sorted(VERIFY_TAILS, key=len, reverse=True))

# ---- kinds that name a public body whatever function word stands before them --------------------------------
# (the whole of a body's kind: 人民政府, 委员会, 派出所; a name before them is still needed, except for the bodies
# that are named in full by the kind itself: 国务院, 中共中央, 共青团中央)
GOVERNMENT_KINDS = (
    # governments, their offices and the people's congresses and political consultative conferences
    "人民政府", "政府", "办公室", "办公厅", "委员会", "常委会", "管委会", "人大", "政协", "主席团",
    # party committees and their departments
    "党委", "党工委", "党组", "党支部", "党总支", "工委", "纪委", "监委", "纪工委", "政法委", "宣传部", "组织部", "统战部", "党校",
    "统一战线工作部", "网信办", "新闻办", "团委",
    # courts and procuratorates, and the courts' branch tribunals (派出法庭, 人民法庭)
    "人民法院", "法院", "人民法庭", "派出法庭", "人民检察院", "检察院",
    # police and the township's own posts that carry their kind in full
    "派出所", "司法所", "街道办事处", "街道办", "办事处",
    # the armed-forces departments of counties and townships (人民武装部, 人武部)
    "人民武装部", "武装部", "人武部",
    # county media centres and news offices are government units (中共中央宣传部、国家广播电视总局《县级融媒体中心
    # 建设规范》, 2019), as are service centres of a government's own, its hotline, 气象台, 海关 and 卫生院
    "融媒体中心", "新闻办公室", "政务服务中心", "便民服务中心", "政务服务便民热线", "气象台", "海关", "卫生院",
    # a banner's or county's 乌兰牧骑 (the Inner Mongolian mobile cultural troupe of its culture bureau)
    "乌兰牧骑",
)
# The mass organisations the party leads like its own bodies, by their full and short names. Other 协会 and 联合会
# are associations (协会 is an owner that makes a name no government body's, ``NON_GOVERNMENT_OWNERS``).
MASS_ORGANISATIONS = (
    "总工会", "妇女联合会", "妇联", "科学技术协会", "科协", "归国华侨联合会", "侨联", "文学艺术界联合会", "文联",
    "社会科学界联合会", "社科联", "残疾人联合会", "残联", "红十字会", "计划生育协会", "计生协", "工商业联合会",
    "工商联", "青年联合会", "青联", "共青团",
)
WHOLE_BODIES = ("国务院", "中共中央", "共青团中央", "全国人大", "全国政协")
# Department names that stand for their body at the end of a short name (济南公安 for 济南市公安局, 济南交警 for its
# traffic police detachment, 某某税务 for 国家税务总局某某税务局): what a verification text writes of a police,
# tax or fire-and-rescue body when it does not write the full name.
SHORT_NAME_KINDS = ("公安", "交警", "巡警", "特警", "网警", "税务", "消防", "消防救援")

# ---- function words of government departments ----------------------------------------------------------------
DEPARTMENT_FUNCTIONS = (
    # the departments of a government (省厅, 市县局) as the 2018 reform named them, with their short forms
    "公安", "国家安全", "国安", "民政", "司法", "财政", "人力资源和社会保障", "人力资源社会保障", "人社", "自然资源",
    "自然资源和规划", "规划和自然资源", "自然资源和规划", "自规", "规划", "国土", "国土资源", "生态环境", "环境保护",
    "环保", "住房和城乡建设", "住房城乡建设", "城乡建设", "住建", "建设", "交通运输", "交通", "水利", "水务",
    "农业农村", "农业", "农村", "林业和草原", "林业", "林草", "畜牧兽医", "畜牧", "农机", "商务", "商务和投资促进",
    "投资促进", "招商", "文化和旅游", "文化广电和旅游", "文化广电旅游", "文化体育和旅游", "文化广电体育和旅游",
    "文广旅", "文体旅", "文广新", "文广", "文旅", "文化", "旅游", "体育", "教育", "教育和体育", "教育体育", "教体",
    "科学技术", "科技", "工业和信息化", "工信", "经济和信息化", "经信", "发展和改革", "发展改革", "发改", "卫生健康",
    "卫健", "卫生", "卫生和计划生育", "卫计", "计生", "人口计生", "退役军人事务", "退役军人", "应急管理", "应急",
    "审计", "统计", "外事", "侨务", "民族宗教事务", "民族宗教", "民宗", "民族事务", "宗教事务", "市场监督管理",
    "市场监管", "市监", "工商", "质量技术监督", "质监", "食品药品监督管理", "食药监", "药品监督管理", "药监",
    "知识产权", "广播电视", "广电", "新闻出版", "新闻出版广电", "医疗保障", "医保", "信访", "机关事务管理", "机关事务",
    "国有资产监督管理", "国资", "地方金融监督管理", "金融监督管理", "金融监管", "金融工作", "金融", "数据",
    "大数据", "政务服务和大数据管理", "政务服务管理", "政务服务", "政务服务数据管理", "行政审批服务", "行政审批",
    "粮食和物资储备", "粮食和储备", "粮食", "城市管理", "城市管理综合执法", "综合行政执法", "行政执法", "城管",
    "城管执法", "人民防空", "人防", "档案", "保密", "机要", "税务", "国税", "地税", "气象", "地震", "烟草专卖",
    "邮政管理", "海事", "移民管理", "出入境管理", "消防救援", "消防", "乡村振兴", "扶贫开发", "扶贫", "口岸", "能源",
    "民航", "铁路监督管理", "安全生产监督管理", "安全监管", "安监", "物价", "老干部", "史志", "地方志", "党史研究",
    "党史", "国防动员", "人民武装", "政法", "宣传", "组织", "统战", "统一战线工作", "网信", "网络安全和信息化",
    "社会工作", "住房保障", "房产管理", "房管", "不动产登记", "公共资源交易", "海洋与渔业", "海洋渔业", "海洋",
    "渔业", "港航", "公路", "运输管理", "路政", "园林绿化", "园林", "环境卫生", "环卫", "测绘", "水文", "编制",
    "机构编制", "信息化", "商务和经济合作", "经济合作", "中小企业", "监察", "纪律检查", "巡察", "审批",
    # the police's and the fire service's duties (交通警察支队, 刑事侦查大队, 消防救援大队) and inspection teams
    "交通警察", "交警", "刑事侦查", "刑侦", "刑警", "治安", "特警", "巡警", "网警", "禁毒", "经侦", "森林公安",
    "执法", "稽查", "监察执法",
    # public institutions that carry a department's kind: the provincial geological survey bureaus (地勘局), the
    # Yellow River's river-affairs bureaus (黄河河务局), resettlement (生态移民局, 水库移民), cultural relics, farming
    # and herding (农牧厅 of the pastoral provinces)
    "地质矿产勘查开发", "地质勘查", "地质矿产", "河务", "生态移民", "移民", "水库移民", "文物", "农牧", "农牧业",
)
# Kinds that end everyday words as well as body names: a body only after a department's function word (above, or
# the kind's own words below) or as a branch of a body named before them.
KIND_FUNCTIONS = {
    # 管理局, 事务局, 服务局 (机关事务管理局, 行政审批服务局) and the bureaus of a ministry (总局, 分局)
    "局": ("管理", "监督管理", "事务", "服务", "促进"),
    "总局": (),
    "分局": (),
    "厅": (),
    "部": (),
    "署": ("公", "行", "专", "总", "警"),  # 行政公署, 行署, 专署, 海关总署, 警署
    "处": (),
    "科": (),
    # 卫健委, 发改委, 国资委, 教委, 科委, 农委, 建委, 民委 and a level's party committee (县委, 市委, 镇委); 村委, 居委
    "委": ("卫健", "发改", "国资", "经信", "工信", "教", "科", "农", "建", "住建", "计生", "民", "民宗", "政法", "纪",
          "党", "党工", "工", "省", "市", "县", "区", "州", "旗", "盟", "镇", "乡", "村", "居", "侨", "外"),
    # 政府办, 县委办, 人大办, 台办, 编办, 外办, 侨办, 综治办, 文明办, 老龄办, 双拥办, 爱卫办
    "办": ("政府", "人民政府", "委", "人大", "政协", "台", "台湾事务", "港澳", "港澳事务", "编", "外", "侨", "综治",
          "文明", "老龄", "双拥", "爱卫", "防汛", "督查", "政研", "营商", "保密", "机要", "研究", "法制", "街道"),
}
# Teams (大队, 支队, 中队, 总队, 队) are bodies of the police, the fire service and the law-enforcement teams of a
# department (交通警察支队, 刑事侦查大队, 消防救援大队, 综合行政执法大队); any other team is somebody's (篮球队, 舞蹈队,
# 蓝天救援队, a volunteers' team).
TEAM_KINDS = ("大队", "支队", "中队", "总队", "队")
TEAM_FUNCTIONS = (
    "公安", "交通警察", "交警", "刑事侦查", "刑侦", "刑警", "治安", "特警", "巡警", "网警", "禁毒", "经侦", "森林公安",
    "消防救援", "消防", "森林消防", "执法", "综合执法", "行政执法", "综合行政执法", "城管执法", "城管", "稽查",
    "监察", "环境监察", "路政", "运输管理", "渔政", "海事", "边防", "民兵", "人民防空",
)
# Township-level stations and posts of county departments (乡镇站所) by the function they serve: 司法所, 财政所,
# 农技站, 广播电视站, 文化站, 林业站, 畜牧兽医站, 退役军人服务站 … (a 站 or 所 after other words is somebody's:
# 加油站, 研究所, 事务所, 在外老乡服务站).
STATION_FUNCTIONS = (
    "司法", "市场监管", "财政", "税务", "自然资源", "国土", "国土资源", "规划", "林业", "水利", "水务", "畜牧兽医",
    "兽医", "动物防疫", "动物卫生监督", "农技", "农业技术推广", "农业", "农经", "农机", "广播电视", "文化",
    "文化广播电视", "劳动保障", "社会保障", "统计", "环境保护", "环保", "安监", "城建", "村镇建设", "规划建设",
    "计生", "计生服务", "退役军人服务", "便民服务", "党群服务", "新时代文明实践", "文明实践", "综治", "水文", "气象",
    "救助管理", "环卫", "工商", "边防", "交警", "消防", "应急管理", "监管", "质量安全监管", "农产品质量安全监管",
    "农民工服务", "社会事务", "草原", "就业服务", "人力资源和社会保障", "人社", "残联", "网格",
)
STATION_KINDS = ("站", "所", "服务站", "工作站")
# A township's own posts (乡镇站所): a station, office, centre or team named right after a county's township
# (某县某某镇 + 应急管理 + 站, 某市某某街道 + 党群服务 + 中心) is the township's, whatever it serves. Without the
# gazetteer the township is read by its shape: a county-level place (…县, …市, …区, …旗), a township name of two to
# six characters and its level word (镇, 乡, 街道, 苏木), then at least two characters of the post's own before its kind.
TOWNSHIP_POST_KINDS = ("站", "所", "中心", "办公室", "队")
_TOWNSHIP_POST = re.compile(r"(?:县|市|区|旗)[\u4e00-\u9fff]{2,6}?(?:镇|乡|街道|苏木)[\u4e00-\u9fff]{2,}$")
# Centres that are public bodies by their function: the county media centre, the government's service centres and
# public-health, housing-fund, resource-trading and registration centres, the command and governance centres
CENTRE_FUNCTIONS = (
    "融媒体", "政务服务", "便民服务", "为民服务", "住房公积金管理", "公积金管理", "疾病预防控制", "公共资源交易",
    "不动产登记", "社会保险事业管理", "社会保险", "医疗保障服务", "退役军人服务", "新时代文明实践", "文明实践",
    "综治", "社会治安综合治理", "网格化服务管理", "网格化管理", "应急指挥", "市民服务", "大数据", "政务数据",
    "政务大数据", "机关事务服务", "救助管理", "劳动人事争议仲裁", "信访", "12345", "党群服务", "社会治理",
    "社会治理综合服务", "综合治理", "农业综合服务", "社会事务服务", "退役军人服务保障",
)

# Public institutions (事业单位) of a government named by their kind at the end: the public cultural facilities a
# government builds and runs (《中华人民共和国公共文化服务保障法》, 2016, 第十四条: 图书馆、博物馆、文化馆、美术馆、
# 科技馆、纪念馆 …; 群众艺术馆 is the provincial and city 文化馆), the state archives (《中华人民共和国档案法》, 2020,
# 第八条: 各级国家档案馆) and the local-chronicle offices (《地方志工作条例》, 2006, 第五条: the 地方志工作机构 of
# governments above county level, named 史志办公室, 史志研究室, 地方志研究院 or 党史地方志研究院/研究室 after the
# 2018 reform merged party history and chronicles). Such a kind is a government's only after its function and an
# owner that is a place (某市 + 图书 + 馆, 某县 + 档案 + 馆, 某州 + 地方史志 + 研究院) or a body (某县文化和旅游局 +
# 文化 + 馆): a private museum (某某红木博物馆) or a company's 档案馆 names neither.
INSTITUTION_KINDS = {
    "馆": ("档案", "图书", "博物", "纪念", "文化", "美术", "科技", "群众艺术", "方志", "史志", "革命纪念", "烈士纪念"),
    "研究院": ("史志", "地方史志", "地方志", "党史", "党史地方志", "党史和地方志", "党史研究和地方志"),
    "研究室": ("史志", "地方史志", "地方志", "党史", "党史地方志", "党史和地方志", "党史研究和地方志"),
}
# The level words a place's name ends in (the owner of an institution above): province to township.
PLACE_LEVEL_ENDINGS = ("省", "自治区", "市", "州", "盟", "地区", "县", "区", "旗", "镇", "乡", "街道", "苏木")

# Centres of a government's public institutions named by their duty (事业单位 are named 地名 + 职能 + 中心 with no
# trade name between, 《事业单位登记管理暂行条例实施细则》 第二十八条 on names: the name states the owner's place and
# the unit's function): a centre counts after a place's name (``PLACE_LEVEL_ENDINGS``) and a function that ends in
# a public duty, 管理, 保护, 监测, 事务, 治理 … (某省湿地保护中心, 某县水资源监测中心, 某区体育项目管理中心), or
# a branch of such a centre (分中心). A business's centre names its trade (培训, 咨询, 维修, 美容) or has a duty that
# businesses sell (健康管理, 物业管理, 企业管理, 资产管理): neither counts.
CENTRE_DUTIES = ("管理", "保护", "监测", "事务", "治理", "保护研究", "检验检测", "调度", "指挥", "防治", "控制",
                 "救助", "保障", "水文水资源", "水文", "执法", "监督", "监管", "交易", "登记", "评审", "审核", "征收")
BUSINESS_CENTRE_DUTIES = ("健康管理", "物业管理", "企业管理", "资产管理", "财富管理", "酒店管理", "餐饮管理",
                          "商业管理", "投资管理", "项目管理咨询", "体重管理", "皮肤管理", "形象管理", "车辆管理服务")
_PLACE_OWNER = re.compile(r"^[\u4e00-\u9fff]{1,16}?(?:省|自治区|市|州|盟|地区|县|区|旗)")

# ---- owners that make a name somebody else's -------------------------------------------------------------------
# A kind after these is the part of a company, school, association or medium (某公司党委, 某大学团委, 某协会办公室,
# 某日报社党委): no government body. 日报/电视台 …: media organisations, ``MEDIA_OWNERS``.
NON_GOVERNMENT_OWNERS = ("公司", "集团", "有限", "银行", "工作室", "协会", "商会", "学会", "研究会", "促进会", "联谊会",
                         "俱乐部", "学校", "大学", "学院", "中学", "小学", "幼儿园", "学生会", "医院", "门店", "个体", "业主")
# 企业 is an owner only right before the kind (某某企业党委, 某企业工会委员会, 某企业办公室): after a government's
# function it is the object the body serves (某县中小企业服务中心, 某市企业服务局), a government's own.
ENTERPRISE_OWNER = "企业"
MEDIA_OWNERS = ("日报", "晚报", "报社", "报业", "电视台", "电台", "新闻网", "杂志社", "传媒", "通讯社")
# Government kinds that are themselves media units of a government: a medium before them does not make them the
# medium's (某县广播电视台融媒体中心 is the county's media centre)
MEDIA_GOVERNMENT_KINDS = ("融媒体中心", "新闻办公室", "新闻办", "广播电视站")


def fold(text: str | None) -> str:
    return unicodedata.normalize("NFKC", text or "").strip()


def verification_names(text: str | None) -> Iterator[str]:
    """The phrases of a verification text without its heads and tails (认证信息：…官方微博 → the organisation), in
    order; the one reader of verification texts (see ``VERIFY_HEADS``)."""
    for segment in VERIFY_SPLIT.split(fold(text)):
        seg = _strip_wrappers(segment)
        if seg:
            yield seg


@lru_cache(maxsize=8192)
def _strip_wrappers(seg: str) -> str:
    """A phrase without its heads (all of them, longest first) and then its tails, two characters kept at least; ""
    for a phrase that is heads only (认证信息, 微博认证认证信息)."""
    changed = True
    while changed:
        if seg in VERIFY_HEADS:
            return ""
        changed = False
        for head in _HEADS_LONGEST:
            if seg.startswith(head) and len(seg) > len(head) + 1:
                seg, changed = seg[len(head):], True
                break
    changed = True
    while changed:
        changed = False
        for tail in _TAILS_LONGEST:
            if seg.endswith(tail) and len(seg) > len(tail) + 1:
                seg, changed = seg[: -len(tail)], True
                break
    return seg


def _longest(words: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=len, reverse=True))


_GOV_KINDS = _longest(GOVERNMENT_KINDS + MASS_ORGANISATIONS + SHORT_NAME_KINDS)
_FULL_KINDS = _longest(GOVERNMENT_KINDS + MASS_ORGANISATIONS)
_STEMMED_KINDS = _longest(list(KIND_FUNCTIONS) + list(STATION_KINDS) + list(TEAM_KINDS) + ["中心", "法庭"])
_DEPARTMENTS = _longest(DEPARTMENT_FUNCTIONS)
_STATIONS = _longest(STATION_FUNCTIONS)
_CENTRES = _longest(CENTRE_FUNCTIONS)
_INSTITUTIONS = {kind: _longest(functions) for kind, functions in INSTITUTION_KINDS.items()}
_TEAMS = _longest(TEAM_FUNCTIONS)


@lru_cache(maxsize=64)
def _functions_of(kind: str) -> tuple[str, ...]:
    if kind in STATION_KINDS:
        return _STATIONS
    if kind == "中心":
        return _CENTRES
    if kind in TEAM_KINDS:
        return _TEAMS
    if kind == "法庭":
        return ()
    return _longest(_DEPARTMENTS + KIND_FUNCTIONS.get(kind, ()))


def government_kind(name: str | None) -> str | None:
    """The kind at the end of ``name`` when the name is a government body's (``某市公安局`` → ``局``), else None.

    The name must be the organisation alone (``verification_names`` strips 官方微博 and the like): ``某市公安局局长``
    ends in 局长, a person's title, and ``某某餐厅`` in 餐厅, a restaurant's."""
    return _kind(fold(name), True)


@lru_cache(maxsize=8192)
def _kind(name: str, short: bool) -> str | None:
    """``short``: whether a department's short name (济南公安, ``SHORT_NAME_KINDS``) counts; not for the body a branch
    is read after (某某税务师事务所 is a tax agent's firm, not a post of 某某税务)."""
    if len(name) < 2:
        return None
    if name in WHOLE_BODIES:
        return name
    if any(owner in name.replace("政治协商会议", "") for owner in NON_GOVERNMENT_OWNERS):
        mass = next((m for m in MASS_ORGANISATIONS if name.endswith(m)), None)
        if mass is None or any(owner in name[: -len(mass)] for owner in NON_GOVERNMENT_OWNERS):
            return None
    found = None
    whole = next((k for k in (_GOV_KINDS if short else _FULL_KINDS) if name.endswith(k) and len(name) > len(k)), None)
    if whole is not None:
        found = whole
    else:
        for kind in _STEMMED_KINDS:
            if not name.endswith(kind) or len(name) <= len(kind):
                continue
            before = name[: -len(kind)]
            if before.endswith(_functions_of(kind)):
                found = kind
                break
            if len(kind) == 1 and name[-2:] in _everyday_kind_words():
                continue  # 干部, 总部, 车站, 球队: a word of its own, not a kind after a name
            if _names_body_before(before) or (kind in TOWNSHIP_POST_KINDS and _TOWNSHIP_POST.search(before)):
                found = kind
                break
    if found is None:
        found = _institution_kind(name) or _duty_centre(name)
    if found is None:
        return None
    if _owned_by_enterprise(name[: -len(found)]):
        return None
    if not name.endswith(MEDIA_GOVERNMENT_KINDS) and any(medium in name[: -len(found)] for medium in MEDIA_OWNERS):
        return None
    return found


def _institution_kind(name: str) -> str | None:
    """The kind of a government's public institution at the end of ``name`` (``INSTITUTION_KINDS``): its function
    right before the kind and a place or a body before that (某市 + 图书 + 馆), else None."""
    for kind, functions in _INSTITUTIONS.items():
        if not name.endswith(kind):
            continue
        before = name[: -len(kind)]
        for function in functions:
            if not before.endswith(function):
                continue
            owner = before[: -len(function)]
            if len(owner) >= 2 and (owner.endswith(PLACE_LEVEL_ENDINGS) or _names_body_before(owner)
                                    or _kind(owner, False)):
                return kind
    return None


def _duty_centre(name: str) -> str | None:
    """``中心`` when ``name`` is a place's public-institution centre by its duty (``CENTRE_DUTIES``), else None."""
    if not name.endswith("中心"):
        return None
    before = name[:-2].removesuffix("分")
    if not before.endswith(CENTRE_DUTIES) or before.endswith(BUSINESS_CENTRE_DUTIES):
        return None
    place = _PLACE_OWNER.match(before)
    return "中心" if place and len(before) - place.end() >= 2 else None


def _owned_by_enterprise(before: str) -> bool:
    """Whether an enterprise owns the kind after ``before``: 企业 right before it, alone or with the party's or the
    workers' own word between (某企业党委, 某企业工会委员会, 某企业团委)."""
    for between in ("", "党", "工会", "职工", "团"):
        if before.endswith(ENTERPRISE_OWNER + between):
            return True
    return False


@lru_cache(maxsize=1)
def _everyday_kind_words() -> frozenset[str]:
    """The two-character words of jieba's dictionary that end in a one-character kind (干部, 总部, 住处, 车站, 球队,
    餐厅, 结局 …), less the kinds themselves (分局, 法庭, 大队): where a name ends in one, its last character is part
    of that word, not a kind after a name, so no branch or township post is read there (某区公安分局退休干部). Read
    from the dictionary file once, only when a name needs it."""
    import jieba  # a dependency already (the content checks segment with it); only its word list is read here

    singles = {k for k in _STEMMED_KINDS if len(k) == 1}
    words = set()
    with jieba.dt.get_dict_file() as lines:
        for line in lines:
            word = line.split(maxsplit=1)[0].decode("utf-8")
            if len(word) == 2 and word[1] in singles:
                words.add(word)
    return frozenset(words - set(_STEMMED_KINDS) - set(_GOV_KINDS))


def _names_body_before(before: str) -> bool:
    """Whether a government body's whole name ends somewhere in ``before`` (a branch: 某市公安局 + 某某分局)."""
    return any(_kind(before[:end], False) for end in range(len(before), 2, -1))


def government_body(name: str | None) -> bool:
    """Whether an organisation's name (no verification wrapper) is a government body's by the kind at its end."""
    return government_kind(name) is not None


def names_government_body(text: str | None) -> bool:
    """Whether a verification text names a government body: any of its phrases (``verification_names``)."""
    return any(government_body(name) for name in verification_names(text))

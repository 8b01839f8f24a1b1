"""Fourteenth held-out part: new source documents of unregistered accounts, copies of them (sourced and
unsourced), other unsourced reposts (class unsourced_repost) and hard negatives. The documents are new (none
is a document of dev/ ... dev17/); attribution phrasings and copy mechanics differ from theirs."""
from _lib import P

U = "unsourced_repost"
HN = "unsourced_repost"

G1 = """国务院办公厅关于加快发展社区嵌入式养老服务的意见

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：

发展社区嵌入式养老服务，是满足老年人就近就便养老需求的重要举措。经国务院同意，现提出如下意见。

一、合理布局服务设施。到2030年，城市街道普遍建成具备全日托养、日间照料、上门服务等功能的综合养老服务机构，社区养老服务设施覆盖率达到95%以上。

二、丰富服务内容。重点发展助餐、助浴、助医、助急等服务，推动社区老年食堂提质扩面。

三、强化人才支撑。支持职业院校开设养老服务相关专业，落实养老护理员职业技能等级与薪酬待遇挂钩机制。

四、完善保障措施。各地要将社区嵌入式养老服务设施建设纳入国土空间规划，统筹用好中央预算内投资和地方政府专项债券。"""

G2 = """国常会部署冬春季森林草原防灭火工作

国务院总理李强11月21日主持召开国务院常务会议，研究部署今冬明春森林草原防灭火工作。

会议指出，今冬明春我国北方大部降水偏少，森林草原火险等级偏高。要压实地方党委政府属地责任和林草、应急等部门监管责任，严格野外火源管控，加强重点时段、重点区域巡护。要做好扑火队伍、装备和物资准备，确保一旦发生火情，打早打小打了。要坚持科学扑救，严禁组织群众扑救森林草原大火，确保人员安全。"""

X1 = """新华社西安11月18日电（记者 姚岚）记者18日从陕西省商务厅获悉，今年以来中欧班列“长安号”累计开行4600列，同比增长12%，开行量、重箱率、货运量等核心指标保持全国前列。目前，“长安号”已开通17条干线，辐射欧亚45个国家和地区，回程班列运输的进口木材、粮食、汽车整车等货物持续增长。"""

X2 = """新华社北京11月19日电（记者 祁越）农业农村部19日发布消息，全国冬小麦播种已基本结束，播种面积稳定在3.3亿亩以上，一类、二类苗比例高于常年。农业农村部要求各地抓好冬前管理，因地制宜开展镇压、划锄和冬灌，确保麦苗安全越冬。"""

R1 = """今日谈｜让“家门口的养老”更有温度

“上午在日间照料中心打打太极，中午在老年食堂吃顿热饭，下午还能让护理员上门量量血压。”说起如今的晚年生活，不少老人感慨：养老就在家门口。

老有所养，是最朴素的民生期盼。把服务嵌进社区、送到床边，看似只是距离的缩短，实则是治理理念的转变。期待更多城市把“小切口”做深做实，让每一位老人都能安享幸福晚年。"""

R2 = """@所有人：年底了，这些事项请抓紧办

1. 2027年度城乡居民医保缴费截止日期临近，多数地区截止到12月31日；
2. 个人所得税专项附加扣除信息确认将于12月开始，可通过个人所得税App办理；
3. 部分银行信用卡积分将于年底清零，请及时兑换；
4. 2027年度职工医保个人账户家庭共济备案可在线办理。

转给身边需要的人！"""

C1 = """【#2027年春运1月14日开始#】记者从国家发展改革委获悉，2027年春运将于1月14日开始，2月22日结束，共40天。预计春运期间全社会跨区域人员流动量将再创新高。铁路部门将于12月中旬开始发售春运首日车票，旅客可通过铁路12306网站和App购票。"""

C2 = """【国家疾控局：流感进入季节性流行期，这些人群请尽早接种疫苗】国家疾控局11月20日介绍，我国南方部分省份和北方省份流感活动水平持续上升，已进入季节性流行期，当前以甲型H3N2亚型为主。60岁以上老年人、6月龄至5岁儿童、慢性病患者、医务人员等重点人群，尽早接种流感疫苗。"""

N1 = """冬季用暖宝宝，这些细节要注意

暖宝宝贴在身上很舒服，但用不好可能引起低温烫伤。

一、不要直接贴在皮肤上，应贴在贴身衣物外侧；
二、不要在睡觉时使用，避免长时间压迫同一部位；
三、糖尿病患者、老年人、婴幼儿等感觉迟钝人群慎用；
四、出现皮肤发红、起水疱时，立即停止使用，必要时及时就医。"""

M1 = """岁末年初安全防范提示

岁末年初，人员流动和生产经营活动增多，各类安全风险交织叠加。特别提示：

一是企业要严格落实全员安全生产责任制，严禁抢工期、超能力生产；
二是商场、超市、宾馆等人员密集场所要保持疏散通道畅通，严禁锁闭安全出口；
三是家庭要注意用火用电用气安全，不私拉乱接电线，不在楼道内给电动自行车充电；
四是冬季出行要关注天气预报和道路通行信息。"""

M2 = """2026年11月全国自然灾害情况

经应急管理部会同国家有关部门会商核定，2026年11月，我国自然灾害以寒潮、低温冷冻和雪灾、森林火灾为主，地震、风雹等灾害也有不同程度发生。各种自然灾害共造成全国46.2万人次不同程度受灾，直接经济损失8.9亿元。与近5年同期均值相比，受灾人次和直接经济损失分别下降38%和52%。"""

P1 = """【警惕！“年终福利”诈骗又来了】临近年末，诈骗分子冒充单位领导、财务人员，以“发放年终福利”“补缴社保”为由，诱导受害人点击链接、下载App或转账。

警方提醒：
1. 单位发放福利不会要求个人先交钱；
2. 涉及转账，务必通过电话或当面核实；
3. 不点陌生链接，不下载陌生App。"""

Q1 = """【中央气象台发布寒潮蓝色预警】受强冷空气影响，11月24日至27日，我国中东部地区将自北向南先后出现大风降温天气，气温普遍下降8～12℃，华北、黄淮、关中等地局地降温14℃以上，并伴有4～6级偏北风。公众请及时添衣保暖，注意防范道路结冰。"""

Q2 = """【今冬气候趋势预测】国家气候中心预测，今冬（2026年12月至2027年2月）我国大部地区气温接近常年同期到偏高，但阶段性冷空气活动频繁，需防范阶段性强降温和低温雨雪冰冻灾害。降水方面，华北、西北东部降水偏少，森林草原火险等级偏高。"""


POSTS = [
    # --- source documents (unregistered accounts; clean) ---
    P("gov_wx", G1, key="g1", note="source document (new): State Council General Office opinion on community-embedded elderly care"),
    P("gov_wx", G2, key="g2", note="source document (new): State Council executive meeting on forest and grassland fires"),
    P("xh_wb", X1, key="x1", note="source document (new): Xinhua dispatch on China-Europe freight trains"),
    P("xh_wb", X2, key="x2", note="source document (new): Xinhua dispatch on winter wheat sowing"),
    P("rmrb_wx", R1, key="r1", note="source document (new): People's Daily short commentary"),
    P("rmrb_wx", R2, key="r2", note="source document (new): People's Daily year-end reminder list"),
    P("cctv_wb", C1, key="c1", note="source document (new): CCTV News on the 2027 Spring Festival travel season"),
    P("cctv_wb", C2, key="c2", note="source document (new): CCTV News on influenza"),
    P("nhc_wx", N1, key="n1", note="source document (new): NHC health tip on heat patches"),
    P("mem_wx", M1, key="m1", note="source document (new): Ministry of Emergency Management safety reminder"),
    P("mem_wx", M2, key="m2", note="source document (new): monthly natural disaster report"),
    P("mps_wb", P1, key="p1", note="source document (new): Criminal Investigation Bureau anti-fraud warning"),
    P("cma_wb", Q1, key="q1", note="source document (new): cold-wave warning"),
    P("cma_wb", Q2, key="q2", note="source document (new): winter climate outlook"),

    # --- unsourced copies of the documents ---
    P("sn_wj", G1, U, copy="g1", note="whole State Council document pasted with no source line"),
    P("xa_xw", """【社区嵌入式养老服务将全面铺开】到2030年，城市街道普遍建成具备全日托养、日间照料、上门服务等功能的综合养老服务机构，社区养老服务设施覆盖率达到95%以上。重点发展助餐、助浴、助医、助急等服务，推动社区老年食堂提质扩面。#西安发布#""",
      U, copy="g1", note="key paragraphs of the document re-headlined as own news, source dropped"),
    P("tc_wj", """一图读懂｜社区嵌入式养老服务怎么建？

📍目标：到2030年，城市街道普遍建成具备全日托养、日间照料、上门服务等功能的综合养老服务机构，社区养老服务设施覆盖率达到95%以上。
🍲服务：重点发展助餐、助浴、助医、助急等服务，推动社区老年食堂提质扩面。
👩‍⚕️人才：支持职业院校开设养老服务相关专业，落实养老护理员职业技能等级与薪酬待遇挂钩机制。

（本号整理）""",
      U, copy="g1", note="document reformatted as an emoji list and claimed as 本号整理; no source"),
    P("sn_yj", """【国务院常务会议部署森林草原防灭火】11月21日召开的国务院常务会议指出，今冬明春我国北方大部降水偏少，森林草原火险等级偏高。要压实地方党委政府属地责任和林草、应急等部门监管责任，严格野外火源管控，加强重点时段、重点区域巡护。要坚持科学扑救，严禁组织群众扑救森林草原大火，确保人员安全。""",
      U, copy="g2", note="copied meeting report with own headline and no source (the meeting is named, the publisher is not)"),
    P("yl_yj", G2 + """

转发周知！""", U, copy="g2", note="whole text pasted with 转发周知, which names no source"),
    P("xa_xw", """【#长安号#今年累计开行4600列】今年以来中欧班列“长安号”累计开行4600列，同比增长12%，开行量、重箱率、货运量等核心指标保持全国前列。目前，“长安号”已开通17条干线，辐射欧亚45个国家和地区。#西安发布#""",
      U, copy="x1", note="dateline stripped from the Xinhua dispatch; no source"),
    P("xa_xw_dy", """“长安号”又传来好消息！记者18日从陕西省商务厅获悉，今年以来中欧班列“长安号”累计开行4600列，同比增长12%，回程班列运输的进口木材、粮食、汽车整车等货物持续增长。#西安 #中欧班列""",
      U, copy="x1", note="video caption copying the dispatch; 记者…获悉 is part of the copied text, not a source"),
    P("sl_ny", """全国冬小麦播种已基本结束，播种面积稳定在3.3亿亩以上，一类、二类苗比例高于常年。农业农村部要求各地抓好冬前管理，因地制宜开展镇压、划锄和冬灌，确保麦苗安全越冬。

商洛市农业农村局提醒各县区，做好冬小麦冬前管理。""",
      U, copy="x2", note="dispatch pasted without dateline, followed by own one-line reminder"),
    P("yling_xw", """【转载】农业农村部19日发布消息，全国冬小麦播种已基本结束，播种面积稳定在3.3亿亩以上，一类、二类苗比例高于常年。要求各地抓好冬前管理，确保麦苗安全越冬。""",
      U, copy="x2", note="marked 【转载】 but the outlet is not named"),
    P("ya_ty", R1.replace("今日谈｜", ""), U, copy="r1",
      note="commentary pasted under its own title with the column label removed; no source"),
    P("xy_rs", R2, U, copy="r2", orig=True, note="year-end reminder list pasted whole and falsely marked 原创 (is_original true)"),
    P("sn_ga", """【年底了，这些事项请抓紧办】1. 2027年度城乡居民医保缴费截止日期临近，多数地区截止到12月31日；2. 个人所得税专项附加扣除信息确认将于12月开始；3. 部分银行信用卡积分将于年底清零，请及时兑换。转给身边需要的人！""",
      U, copy="r2", note="list copied and shortened; no source"),
    P("xa_ga_wb", """【#2027年春运1月14日开始#】2027年春运将于1月14日开始，2月22日结束，共40天。铁路部门将于12月中旬开始发售春运首日车票，旅客可通过铁路12306网站和App购票。""",
      U, copy="c1", orig=False, note="platform-flagged repost (is_original false) whose source field is empty and whose text names no source"),
    P("bj_xw", """2027年春运将于1月14日开始，2月22日结束，共40天。预计春运期间全社会跨区域人员流动量将再创新高。（完）""",
      U, copy="c1", note="copied item ending with （完）, which names no source"),
    P("sn_wj", """【流感进入季节性流行期】我国南方部分省份和北方省份流感活动水平持续上升，已进入季节性流行期，当前以甲型H3N2亚型为主。60岁以上老年人、6月龄至5岁儿童、慢性病患者、医务人员等重点人群，尽早接种流感疫苗。

责编：权昕""",
      U, copy="c2", note="copied item with only an editor credit"),
    P("tc_wj", """冬季流感来袭，重点人群请尽早接种疫苗

国家疾控局11月20日介绍，我国南方部分省份和北方省份流感活动水平持续上升，已进入季节性流行期。60岁以上老年人、6月龄至5岁儿童、慢性病患者、医务人员等重点人群，尽早接种流感疫苗。

点击阅读原文了解更多""",
      U, copy="c2", note="re-titled copy ending with 阅读原文; 国家疾控局…介绍 is part of the copied text and the publisher is not named"),
    P("sn_wj", N1, U, copy="n1", note="health tip pasted whole without a source"),
P("sn_yj", """【岁末年初安全防范提示】岁末年初，人员流动和生产经营活动增多，各类安全风险交织叠加。一是企业要严格落实全员安全生产责任制；二是人员密集场所要保持疏散通道畅通；三是家庭要注意用火用电用气安全，不在楼道内给电动自行车充电。""",
      U, copy="m1", note="ministry reminder condensed; ministry's authorship dropped"),
    P("yl_yj", M1, U, copy="m1", note="ministry reminder pasted whole; no source line"),
    P("sn_yj", """11月，我国自然灾害以寒潮、低温冷冻和雪灾、森林火灾为主，各种自然灾害共造成全国46.2万人次不同程度受灾，直接经济损失8.9亿元。与近5年同期均值相比，受灾人次和直接经济损失分别下降38%和52%。""",
      U, copy="m2", note="monthly report figures copied; no source"),
    P("xa_ga", """临近年末，诈骗分子冒充单位领导、财务人员，以“发放年终福利”“补缴社保”为由，诱导受害人点击链接、下载App或转账。单位发放福利不会要求个人先交钱！涉及转账，务必当面核实！""",
      U, copy="p1", note="Douyin voice-over text copying the bureau's warning; no source"),
    P("wn_ga", P1, U, copy="p1", note="warning pasted whole as own post; no platform source field"),
    P("ak_qx", """【寒潮蓝色预警】受强冷空气影响，11月24日至27日，我国中东部地区将自北向南先后出现大风降温天气，气温普遍下降8～12℃，关中等地局地降温14℃以上，并伴有4～6级偏北风。""",
      U, copy="q1", note="national warning copied as own bulletin; no source"),
    P("bj_xw_dy", """寒潮来了！11月24日至27日，气温普遍下降8～12℃，关中等地局地降温14℃以上，公众请及时添衣保暖，注意防范道路结冰。""",
      U, copy="q1", note="video caption copying the warning; no source"),
    P("ak_qx", Q2, U, copy="q2", note="climate outlook pasted whole; no source"),
    P("sn_ny", """今冬（2026年12月至2027年2月）我国大部地区气温接近常年同期到偏高，但阶段性冷空气活动频繁，需防范阶段性强降温和低温雨雪冰冻灾害。请各地做好设施农业防寒保温工作。""",
      U, copy="q2", note="outlook copied with one own sentence; no source"),

    # --- other unsourced reposts (another body's voice, no original in the file) ---
    P("tc_wj", """近日，我委联合国家中医药局印发《关于推进中医药服务进社区的通知》，要求到2028年，所有社区卫生服务中心和乡镇卫生院均能够提供中医药服务。""",
      U, note="in the voice of the national health commission (我委), no source named"),
    P("xa_sc", """总局近日印发《关于开展2027年元旦春节食品安全专项检查的通知》，要求各地聚焦肉类、酒类、糕点等节日热销食品，加大监督抽检力度。""",
      U, note="in the voice of the State Administration (总局), no source named"),
    P("xy_jy", """我部日前印发通知，要求各地做好2027年寒假中小学生安全教育工作，严禁寒假期间组织学生集体补课，严禁违规收费。""",
      U, note="in the voice of the Ministry of Education (我部)"),
    P("wn_ga", """近日，我局在陈仓区、渭滨区同步收网，成功破获一起跨省电信网络诈骗案，抓获犯罪嫌疑人12名，冻结涉案资金260余万元。""",
      U, note="another city's police bureau's news (its districts) in its voice (我局), no source"),
P("hz_st", """我厅近日通报2026年第三季度全省环境空气质量情况，13个地市PM2.5平均浓度同比下降8.4%，优良天数比例同比提高3.2个百分点。""",
      U, note="in the voice of the provincial department (我厅), posted by a city bureau without source"),
    P("xy_rs", """我厅近日出台《关于做好2027年高校毕业生就业创业工作的通知》，要求各地扩大基层就业规模，实施“三支一扶”计划等基层服务项目。""",
      U, note="in the voice of the provincial human resources department (我厅), no source"),
P("yling_xw", """我校科研团队培育的小麦新品种“西农529”通过国家审定，亩产比对照品种增产11%。""",
      U, note="in the voice of the university (我校), no source"),
    P("sn_ga_dy", """我支队近日开展冬季道路交通安全专项整治行动，查处酒驾醉驾违法行为126起，超员超载违法行为58起。""",
      U, note="traffic police detachment voice (我支队) of another body, no source"),
    P("sn_jy", """我会将于12月举办第三届陕西省中小学生科技创新大赛，欢迎全省中小学生踊跃参加。""",
      U, note="in the voice of an association (我会), no source"),
    P("xa_xw", """我馆近日接待了南奥塞梯共和国文化代表团，双方就文物保护和博物馆交流进行了座谈。""",
      (U, "political"), [("political", "南奥塞梯共和国", "南奥塞梯")],
      note="in a museum's voice (我馆), no source; political: an unrecognised breakaway region called a republic"),

    # --- hard negatives: copies that name their source ---
    P("xy_rs", "信源：中国政府网\n\n" + G1, copy="g1", hn=HN, note="source named in a 信源 line"),
    P("yling_xw", G2 + "\n\n本文经中国政府网授权转载", copy="g2", hn=HN, note="source named (经…授权转载)"),
    P("bj_xw", """【中欧班列“长安号”今年已开行4600列】今年以来中欧班列“长安号”累计开行4600列，同比增长12%。（原载于新华社）""",
      copy="x1", hn=HN, note="source named (原载于新华社)"),
    P("sn_ny", X2 + "\n\n引自新华社", copy="x2", hn=HN, note="source named (引自)"),
    P("tc_wj", R1 + "\n\n选自人民日报公众号", copy="r1", hn=HN, note="source named (选自)"),
    P("xa_xw", """//@央视新闻:【#2027年春运1月14日开始#】2027年春运将于1月14日开始，2月22日结束，共40天。""",
      copy="c1", hn=HN, orig=False, src="央视新闻", note="platform repost with source field"),
    P("xy_jy", C2 + "\n\n内容出自央视新闻", copy="c2", hn=HN, note="source named (出自)"),
    P("tc_wj", "本文由健康中国供稿\n\n" + N1, copy="n1", hn=HN, note="source named (供稿)"),
    P("sn_ga", M1 + "\n\n（信源：应急管理部官方公众号“中国应急管理”）", copy="m1", hn=HN, note="source named"),
    P("xa_ga_wb", P1 + "\n\n素材提供：公安部刑侦局", copy="p1", hn=HN, note="source named (素材提供)"),
    P("sn_yj", """//@中国气象局:【中央气象台发布寒潮蓝色预警】受强冷空气影响，11月24日至27日，我国中东部地区将自北向南先后出现大风降温天气。""",
      copy="q1", hn=HN, orig=False, src="中国气象局", note="platform repost with source field"),
    P("hz_st", Q2 + "\n\n本文转引自中国气象局官方微博", copy="q2", hn=HN, note="source named (转引自)"),
    P("sn_wj", R2 + "\n\n（人民日报微信公众号发布）", copy="r2", hn=HN, note="source named in a closing bracket"),
]

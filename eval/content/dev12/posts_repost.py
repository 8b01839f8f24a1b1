"""Eighth held-out part: new source documents of unregistered accounts, copies of them (sourced and
unsourced), other unsourced reposts (class unsourced_repost) and hard negatives. The documents are new (none
is a document of dev/ ... dev11/); attribution phrasings and copy mechanics differ from theirs."""
from _lib import P

U = "unsourced_repost"

G1 = """国家发展改革委办公厅关于做好2027年元旦春节期间重要民生商品保供稳价工作的通知

各省、自治区、直辖市及计划单列市、新疆生产建设兵团发展改革委：

2027年元旦、春节临近，居民消费需求集中释放，叠加低温雨雪天气等因素，部分重要民生商品价格存在阶段性波动风险。为做好节日期间保供稳价工作，现就有关事项通知如下。

一、加强市场监测预警。各地要加密粮油肉蛋菜奶等重要民生商品价格监测频次，春节前后实行日报告制度，发现异常波动及时报告。

二、做好产销衔接。引导大型商超、农贸市场与生产基地签订长期供货协议，组织开展“农超对接”“农批对接”，保障“菜篮子”产品货源充足。

三、适时投放储备。猪肉价格出现过度下跌或上涨时，按照预案及时启动收储或投放；各地要落实地方冻猪肉、蔬菜储备，大中城市耐储蔬菜动态库存量原则上保持5至7天消费量。

四、落实社会救助和保障标准与物价上涨挂钩联动机制，确保困难群众基本生活不受物价波动影响。

国家发展改革委办公厅
2026年11月17日"""

G2 = """国务院办公厅关于进一步推进老年助餐服务的意见

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：

发展老年助餐服务是实施积极应对人口老龄化国家战略的重要举措。经国务院同意，现提出如下意见。

到2028年，全国城市社区老年助餐服务覆盖率达到90%以上，农村地区老年助餐服务点覆盖面持续扩大，服务质量和可持续发展能力明显提升。

意见提出，要依托社区嵌入式服务设施、养老服务中心、社区食堂等布局助餐点，鼓励餐饮企业、物业服务企业参与；对经济困难的高龄、失能、独居老年人给予助餐补贴；发展“中央厨房+配送”模式，探索“互联网+助餐”，为行动不便老年人提供送餐上门服务；严格落实食品安全主体责任，助餐点原则上实行“明厨亮灶”。

国务院办公厅
2026年11月20日"""

G3 = """教育部办公厅关于进一步保障中小学生课间活动时间的通知

各省、自治区、直辖市教育厅（教委），新疆生产建设兵团教育局：

为保障中小学生在校活动时间，促进学生身心健康发展，现就有关事项通知如下。

一、中小学课间休息时间原则上为15分钟，各地可结合实际调整作息时间，不得以任何理由压缩或取消课间休息。

二、鼓励学生走出教室、走进操场，开展跳绳、踢毽子、丢沙包等简便易行的活动，不得简单以“安全”为由限制学生课间出教室。

三、学校要科学设计课间活动区域，加强课间巡查，教师和值日学生共同做好安全提醒。

四、各地教育行政部门要将课间活动落实情况纳入督导评估，对问题突出的学校及时督促整改。

教育部办公厅
2026年11月18日"""

X1 = """新华社郑州11月19日电（记者 李文哲）记者19日从水利部南水北调规划设计管理局获悉，截至目前，南水北调中线一期工程已累计向北方调水超过720亿立方米，惠及河南、河北、北京、天津沿线26座大中城市，直接受益人口超1.08亿人。今年以来，中线工程实施生态补水12.6亿立方米，沿线河湖水质明显改善，华北地区地下水位持续回升。"""

X2 = """新华社北京11月21日电（记者 戴小河）国家邮政局21日发布数据，今年1至10月，全国快递业务量累计完成1690.3亿件，同比增长14.2%；快递业务收入累计完成1.28万亿元，同比增长8.6%。其中，农村地区快递收投量增长明显，“快递进村”工作持续推进，全国建制村快递服务覆盖率稳定在95%以上。"""

X3 = """新华社洛阳11月23日电（记者 桂娟）记者23日从龙门石窟研究院获悉，龙门石窟数字化保护工程取得新进展，目前已完成奉先寺、万佛洞、宾阳中洞等42个重点洞窟的高精度三维数据采集，累计采集数据量超过300TB。依托数字化成果，研究院正在推进“数字龙门”线上展示平台建设，观众可通过手机近距离“云观赏”卢舍那大佛。"""

R1 = """冬天洗澡，这几个习惯可能“伤身”，快提醒家人

天冷了，洗个热水澡是不少人的享受。但洗澡方式不对，也可能带来健康风险。

1. 水温别太高。水温以38℃至40℃为宜，过热的水会使皮肤油脂流失，加重干燥瘙痒。

2. 时间别太长。洗澡时间控制在15分钟左右，浴室密闭、温度高，时间过长容易头晕、胸闷。

3. 空腹、饱餐后、饮酒后不宜马上洗澡，容易出现低血糖或加重心脏负担。

4. 老年人和心脑血管病患者洗澡时，最好有家人在家；浴室地面放置防滑垫，安装扶手。

5. 使用燃气热水器，务必保持通风，谨防一氧化碳中毒。"""

R2 = """今日谈：老旧小区改造，改的是房子，暖的是人心

加装电梯、更新管网、增设充电桩、建起“口袋公园”……今年以来，各地老旧小区改造加力推进，不少居民感慨：“住了几十年的老房子，又焕发了新生机。”

老旧小区改造是民生工程，也是民心工程。改什么、怎么改，要多听居民意见，少一些“拍脑袋”，多一些“问需于民”；既要重“面子”，更要重“里子”，把管网、消防、无障碍等看不见的地方改到位。改造完成后，还要建立长效管护机制，别让小区“改完就旧”。"""

C1 = """【#公安部推出6项户籍管理便民措施#】公安部今天召开新闻发布会，宣布自2027年1月1日起推出6项户籍管理便民措施：1.全面推行户口迁移“跨省通办”；2.新生儿入户“一件事一次办”；3.居民身份证首次申领、换领、补领实现“全国通办”；4.开具户籍类证明“网上办”；5.放宽大中专学生户口迁移条件；6.为老年人、残疾人等群体提供上门办理服务。"""

C2 = """【#国家林草局：越冬候鸟迁徙进入高峰期#】国家林草局今天发布消息，目前我国越冬候鸟迁徙进入高峰期，鄱阳湖、洞庭湖、黄河湿地等重点区域陆续迎来大批候鸟。国家林草局提醒：不要非法捕猎、收购、运输、出售野生鸟类；观鸟时保持距离，不投喂、不惊扰；发现受伤或死亡候鸟及时向当地林草部门报告。"""

N1 = """抗菌药物不是“消炎药”，这5个误区别再犯了

冬季感冒、咳嗽多发，不少人习惯自己买点“消炎药”吃。其实，抗菌药物使用不当，不仅不能治病，还可能导致细菌耐药。

误区一：抗菌药物就是消炎药。抗菌药物只对细菌感染有效，对普通感冒、流感等病毒感染无效。

误区二：越贵越好、越新越好。用药应根据感染的病原体和严重程度，由医生判断。

误区三：症状好转就停药。应按医嘱足疗程使用，擅自停药可能导致病情反复。

误区四：多种药一起吃效果更好。联合用药要有指征，盲目联用会增加不良反应。

误区五：家中常备、自行服用。抗菌药物属于处方药，应在医生指导下使用。"""

M1 = """雪季开启！滑雪场安全提示请收好

随着气温降低，各地滑雪场陆续开板迎客。滑雪运动速度快、冲击大，安全问题不容忽视。

1. 选择正规滑雪场。查看场地资质、救援人员和医务室配备情况。

2. 初学者务必在专业教练指导下练习，根据自身水平选择雪道，不要盲目挑战高级道。

3. 全程佩戴头盔、护具，雪镜、手套要配齐。

4. 不在雪道中间停留，摔倒后尽快移到雪道边缘；上方滑行者要主动避让下方滑行者。

5. 如遇人员受伤，第一时间联系雪场救援，不要随意搬动伤者。"""

P1 = """【警惕“领取养老金补贴”诈骗！】近期，有不法分子冒充社保部门工作人员，以“养老金上调”“发放高龄补贴”“社保卡需要升级”为由，通过电话、短信联系老年人，诱导其点击链接、下载“政务”App或开启屏幕共享，进而盗取银行卡信息转走资金。警方提示：社保部门不会通过电话要求提供银行卡密码、验证码；养老金调整无需个人申请；陌生链接不点、陌生App不装、屏幕共享不开！"""

Q1 = """【暴雪黄色预警】中央气象台11月24日06时发布暴雪黄色预警：预计24日08时至25日08时，河南北部和东部、山东西部、安徽北部等地部分地区有大到暴雪，局地大暴雪（10～15毫米），新增积雪深度5～10厘米，局地可达12厘米以上。请注意防范降雪对交通运输、设施农业、电力等的不利影响。"""


def body(doc):
    """The document without its first line (title or dateline paragraph head)."""
    return doc.split("\n", 1)[1].strip("\n")


POSTS = [
    # ---- source documents (unregistered accounts) ----
    P("gov_wx", G1, key="g1", when="11-17 18:30"),
    P("gov_wx", G2, key="g2", when="11-20 19:05"),
    P("gov_wx", G3, key="g3", when="11-18 17:40"),
    P("xh_wb", X1, key="x1", when="11-19 10:12"),
    P("xh_wb", X2, key="x2", when="11-21 15:26"),
    P("xh_wb", X3, key="x3", when="11-23 11:48"),
    P("rmrb_wx", R1, key="r1", when="11-18 21:10"),
    P("rmrb_wx", R2, key="r2", when="11-22 06:55"),
    P("cctv_wb", C1, key="c1", when="11-20 10:35"),
    P("cctv_wb", C2, key="c2", when="11-19 16:20"),
    P("nhc_wx", N1, key="n1", when="11-21 20:00"),
    P("mem_wx", M1, key="m1", when="11-22 18:15"),
    P("mps_wb", P1, key="p1", when="11-18 09:30"),
    P("cma_wb", Q1, key="q1", when="11-24 06:20"),

    # ---- unsourced copies of the documents ----
    P("zz_sc", G1, U, copy="g1",
      note="the NDRC notice reproduced whole on a WeChat account, with no line naming where it was taken from"),
    P("lh_sc", "节日保供稳价，这四项工作这样抓\n\n" + G1.split("现就有关事项通知如下。\n\n", 1)[1].rsplit("\n\n国家", 1)[0],
      U, copy="g1", note="the four numbered items of the NDRC notice under a new headline; no source named"),
    P("xx_wj", "【政策】" + G2, U, copy="g2",
      note="the State Council General Office opinion pasted with a 【政策】 tag; its own signature is not a source"),
    P("py_xw", "#老年助餐# 到2028年，全国城市社区老年助餐服务覆盖率达到90%以上！意见提出，要依托社区嵌入式服务设施、养老服务中心、社区食堂等布局助餐点，鼓励餐饮企业、物业服务企业参与；对经济困难的高龄、失能、独居老年人给予助餐补贴；发展“中央厨房+配送”模式，探索“互联网+助餐”，为行动不便老年人提供送餐上门服务。",
      U, copy="g2", note="two paragraphs of the opinion, lightly cut, as a Weibo post; no source"),
    P("zk_jy", G3 + "\n\n请各县（市、区）教育局、市直各学校认真抓好落实。", U, copy="g3",
      note="the MOE notice copied whole with one added line of instruction; the MOE signature is part of the copy"),
    P("ha_jy_wb", "【课间15分钟，不得压缩或取消！】中小学课间休息时间原则上为15分钟，各地可结合实际调整作息时间，不得以任何理由压缩或取消课间休息。鼓励学生走出教室、走进操场，开展跳绳、踢毽子、丢沙包等简便易行的活动，不得简单以“安全”为由限制学生课间出教室。",
      U, copy="g3", note="items 一 and 二 of the MOE notice word for word; no source named"),
    P("ny_ny", "南水北调中线一期工程累计调水超720亿立方米\n\n" + X1.split("）", 1)[1], U, copy="x1",
      note="Xinhua wire copy with the dateline and byline cut off; 记者…获悉 is part of the copied text, not a source"),
    P("xc_xw", "#南水北调# 截至目前，南水北调中线一期工程已累计向北方调水超过720亿立方米，惠及河南、河北、北京、天津沿线26座大中城市，直接受益人口超1.08亿人。今年以来，中线工程实施生态补水12.6亿立方米，沿线河湖水质明显改善。一渠清水永续北送，河南担当！",
      U, copy="x1", note="the Xinhua item without its dateline, plus one line of comment; no source"),
    P("zmd_sc", "【全国快递业务量1至10月累计1690.3亿件】今年1至10月，全国快递业务量累计完成1690.3亿件，同比增长14.2%；快递业务收入累计完成1.28万亿元，同比增长8.6%。其中，农村地区快递收投量增长明显，“快递进村”工作持续推进。",
      U, copy="x2", note="the Xinhua item with the dateline dropped; the State Post Bureau figure is part of the copy"),
    P("ny_ny", "快递进村，农产品出村\n\n今年1至10月，全国快递业务量累计完成1690.3亿件，同比增长14.2%；快递业务收入累计完成1.28万亿元，同比增长8.6%。其中，农村地区快递收投量增长明显，“快递进村”工作持续推进，全国建制村快递服务覆盖率稳定在95%以上。\n\n（完）",
      U, copy="x2", note="the wire copy under a new headline; （完） is not a source"),
    P("ly_wl", "龙门石窟数字化保护工程取得新进展！目前已完成奉先寺、万佛洞、宾阳中洞等42个重点洞窟的高精度三维数据采集，累计采集数据量超过300TB。“数字龙门”线上展示平台正在建设，以后用手机就能近距离“云观赏”卢舍那大佛啦！#龙门石窟 #洛阳",
      U, copy="x3", note="the Xinhua item re-cut as a video caption; no source named"),
    P("ha_wl", "记者23日从龙门石窟研究院获悉，龙门石窟数字化保护工程取得新进展，目前已完成奉先寺、万佛洞、宾阳中洞等42个重点洞窟的高精度三维数据采集，累计采集数据量超过300TB。依托数字化成果，研究院正在推进“数字龙门”线上展示平台建设。#老家河南 #数字文保",
      U, copy="x3", note="wire copy without the dateline as a Douyin caption"),
    P("xx_wj", R1, U, copy="r1",
      note="People's Daily health piece pasted whole, title included; no source"),
    P("ha_wj_wb", "【冬天洗澡，这几个习惯可能“伤身”】1. 水温以38℃至40℃为宜，过热的水会使皮肤油脂流失；2. 洗澡时间控制在15分钟左右；3. 空腹、饱餐后、饮酒后不宜马上洗澡；4. 老年人和心脑血管病患者洗澡时，最好有家人在家；5. 使用燃气热水器，务必保持通风，谨防一氧化碳中毒。",
      U, copy="r1", note="the People's Daily list condensed into one Weibo post; no source"),
    P("xc_xw", "老旧小区改造，改的是房子，暖的是人心。老旧小区改造是民生工程，也是民心工程。改什么、怎么改，要多听居民意见，少一些“拍脑袋”，多一些“问需于民”；既要重“面子”，更要重“里子”，把管网、消防、无障碍等看不见的地方改到位。改造完成后，还要建立长效管护机制，别让小区“改完就旧”。",
      U, copy="r2", note="the People's Daily 今日谈 commentary posted as the account's own words; no source"),
    P("ha_wj", N1, U, copy="n1", orig=True,
      note="the NHC article reproduced whole under a 原创 mark (is_original true), no source"),
    P("ha_yj", M1, U, copy="m1",
      note="the MEM ski-safety piece copied whole; no source"),
    P("jz_wl", "雪季开启！滑雪场安全提示请收好：选择正规滑雪场；初学者务必在专业教练指导下练习，不要盲目挑战高级道；全程佩戴头盔、护具；不在雪道中间停留，摔倒后尽快移到雪道边缘；如遇人员受伤，第一时间联系雪场救援。#焦作 #滑雪",
      U, copy="m1", note="the MEM list condensed as a Douyin caption; no source"),
    P("ha_ga", C1, U, copy="c1",
      note="CCTV News post (with its hashtag headline) copied as an original Weibo post, no repost source"),
    P("zz_ga", "好消息！明年1月1日起，公安部推出6项户籍管理便民措施：1.全面推行户口迁移“跨省通办”；2.新生儿入户“一件事一次办”；3.居民身份证首次申领、换领、补领实现“全国通办”；4.开具户籍类证明“网上办”；5.放宽大中专学生户口迁移条件；6.为老年人、残疾人等群体提供上门办理服务。",
      U, copy="c1", note="the six measures of the CCTV post word for word after a new opener; no source"),
    P("xy_qx", "#越冬候鸟迁徙进入高峰期# 目前我国越冬候鸟迁徙进入高峰期，鄱阳湖、洞庭湖、黄河湿地等重点区域陆续迎来大批候鸟。提醒：不要非法捕猎、收购、运输、出售野生鸟类；观鸟时保持距离，不投喂、不惊扰；发现受伤或死亡候鸟及时向当地林草部门报告。",
      U, copy="c2", note="CCTV post with 国家林草局 cut out of the sentences; no source"),
    P("zz_ga_dy", "警惕“领取养老金补贴”诈骗！有不法分子冒充社保部门工作人员，以“养老金上调”“发放高龄补贴”“社保卡需要升级”为由，诱导老年人点击链接、下载“政务”App或开启屏幕共享，进而盗取银行卡信息转走资金。社保部门不会通过电话要求提供银行卡密码、验证码；陌生链接不点、陌生App不装、屏幕共享不开！#反诈",
      U, copy="p1", note="the MPS criminal-investigation bureau's warning as a Douyin caption; no source"),
    P("pds_rs", "人社提醒丨警惕“领取养老金补贴”诈骗！\n\n" + P1.split("】", 1)[1], U, copy="p1",
      note="MPS warning pasted into a WeChat article; 警方提示 is the copied text's own wording"),
    P("xy_qx", Q1 + "\n信阳北部县区请关注。", U, copy="q1",
      note="the CMA warning copied verbatim as an original post, with one line added"),
    P("ha_yj_wb", "【大到暴雪！局地大暴雪】预计24日08时至25日08时，河南北部和东部、山东西部、安徽北部等地部分地区有大到暴雪，局地大暴雪（10～15毫米），新增积雪深度5～10厘米，局地可达12厘米以上。请注意防范降雪对交通运输、设施农业、电力等的不利影响。",
      U, copy="q1", note="the CMA warning without its issuing line; no source"),

    # ---- other unsourced reposts (voice of another body, no original in the file) ----
    P("kf_wl", "郑州市文化广电和旅游局关于2027年元旦期间A级旅游景区门票优惠的通告\n\n为丰富节日文化旅游供给，经研究，2027年1月1日至1月3日，我局指导全市国有A级旅游景区对全国游客实行首道门票半价优惠，60周岁以上老年人、现役军人、残疾人凭有效证件免票。请各景区做好限量、预约、错峰工作。\n\n郑州市文化广电和旅游局\n2026年11月25日",
      U, note="another city's culture-and-tourism bureau notice (我局 = Zhengzhou bureau) posted by the Kaifeng account, no source"),
    P("zz_sc", "市场监管总局部署开展岁末年初计量专项监督检查\n\n近日，总局印发通知，决定于2026年12月至2027年2月在全国开展岁末年初计量专项监督检查。总局要求，各地要聚焦集贸市场、商场超市、加油站、眼镜店等重点场所，重点查处电子计价秤作弊、加油机计量失准等违法行为；对群众反映集中的问题，总局将挂牌督办。",
      U, note="SAMR text in the administration's own voice (总局) pasted without a source"),
    P("ha_wj_wb", "【国家卫生健康委：今冬明春将持续开展呼吸道疾病监测】我委将会同有关部门持续加强流感、新冠、肺炎支原体、呼吸道合胞病毒等多病原监测，及时发布健康提示；指导各地二级以上综合医院全面开设发热门诊，做好儿科、呼吸科接诊高峰应对。",
      U, note="the NHC's own statement (我委) posted by a provincial account without naming where it came from"),
    P("pds_rs", "政策问答丨灵活就业人员如何参加职工养老保险？\n\n问：外卖骑手、网约车司机可以参加职工养老保险吗？\n答：可以。我部已会同有关部门全面取消在就业地参保的户籍限制，灵活就业人员可在就业地参加企业职工基本养老保险，按规定享受相关待遇。\n\n问：缴费基数怎么选？\n答：可在当地社会平均工资的60%至300%之间自主选择。",
      U, note="a ministry Q&A in the MOHRSS's voice (我部) posted by a city bureau with no source"),
    P("zk_jy", "关于河南省2027年普通高校招生考试网上报名的公告\n\n2027年河南省普通高校招生考试网上报名时间为2026年12月1日至12月10日。考生须登录我院指定报名网站，如实填报个人信息，按要求上传照片。逾期不再补报。\n\n河南省教育考试院",
      U, note="the provincial examination authority's announcement (我院) reposted by a city education bureau, no source named"),
    P("xc_xw", "本报讯（记者 杜若衡 通讯员 程蒙）11月24日，许昌—鄢陵城际快速通道全线贯通。该通道全长31.6公里，设计时速80公里，建成通车后许昌市区至鄢陵县城车程将由50分钟缩短至25分钟。",
      U, note="a newspaper item (本报讯 with reporter and correspondent bylines) posted with no outlet named"),
    P("ay_yj", "河南省应急管理厅关于做好岁末年初安全防范工作的通知\n\n各省辖市应急管理局、济源示范区应急管理局：\n\n岁末年初是生产安全事故易发多发期。我厅决定自即日起至2027年3月底，在全省开展安全生产隐患大排查大整治，重点聚焦危险化学品、非煤矿山、工贸企业有限空间作业和人员密集场所。各地要压实企业主体责任，对重大事故隐患实行清单化管理、闭环式整改。",
      U, note="the provincial department's notice in its own voice (我厅) pasted by a city bureau, no source"),
    P("ly_wl", "让文物“活”起来，要守住“真”字\n\n近年来，数字展陈、沉浸式演艺、文创开发让不少文物“火”出了圈。但一些地方为追求流量，随意“复原”、过度演绎，甚至改变文物原状。文物活化利用，首先要守住真实性，把保护放在第一位……\n\n（作者系郑州大学历史学院教授 祁文远）",
      U, note="a signed commentary by an outside author (作者系…) posted as a video caption without naming the publication"),
    P("zmd_sc", "【#市场监管总局公布一批虚假宣传典型案例#】总局今天公布10起虚假宣传典型案例，涉及保健食品夸大功效、直播间虚构原价、编造用户评价等。总局将持续加大对民生领域虚假宣传的查处力度。",
      U, note="the administration's release in its own voice (总局) posted by a city bureau without a source"),
    P("jz_wl", "各位游客：因冬季养护需要，我景区红石峡、潭瀑峡景点将于12月1日至12月15日暂停开放，茱萸峰、小寨沟景点正常开放。由此带来的不便，敬请谅解。#云台山",
      U, note="the scenic area's own notice (我景区) posted by the city bureau without naming it as the source"),
    P("sq_ga_wb", "警情通报\n\n11月25日9时许，川汇区七一路与八一大道交叉口发生一起交通事故，造成1人受伤。经查，驾驶人王某（男，42岁）涉嫌酒后驾驶，已被我局依法采取刑事强制措施。伤者已送医救治，无生命危险。\n\n周口市公安局川汇分局\n2026年11月25日",
      U, note="another city's police sub-bureau bulletin (我局 = Chuanhui sub-bureau, Zhoukou) posted by the Shangqiu account, no source"),

    # ---- hard negatives: sourced copies and the accounts' own texts ----
    P("ha_sc", "#节日保供稳价# 国家发展改革委办公厅印发通知，要求加密粮油肉蛋菜奶等重要民生商品价格监测频次，春节前后实行日报告制度；大中城市耐储蔬菜动态库存量原则上保持5至7天消费量。\n内容出处：中国政府网",
      copy="g1", hn=U, note="a short excerpt of the notice with 内容出处 naming the publisher"),
    P("ha_wj", "以下文章来源于中国政府网\n\n" + G2, copy="g2", hn=U,
      note="WeChat 以下文章来源于 banner on a whole copy: sourced"),
    P("ha_jy", G3 + "\n\n本文转载于“中国政府网”微信公众号", copy="g3", hn=U,
      note="whole copy closed by 转载于 naming the account: sourced"),
    P("py_xw", "#南水北调# " + X1, copy="x1", hn=U,
      note="keeps the Xinhua dateline (新华社郑州…电): sourced"),
    P("kf_wl", "龙门石窟“数字化”了！记者23日从龙门石窟研究院获悉，目前已完成奉先寺、万佛洞、宾阳中洞等42个重点洞窟的高精度三维数据采集，累计采集数据量超过300TB。\n转发自@新华社", copy="x3", hn=U,
      note="转发自@新华社 names the source of the excerpt"),
    P("xx_wj", N1 + "\n\n内容来源｜健康中国（国家卫生健康委员会官方公众号）", copy="n1", hn=U,
      note="whole copy with a 内容来源 line"),
    P("ha_yj_wb", "滑雪季来了，这份安全提示请收好！", copy="m1", hn=U, orig=False, src="中国应急管理",
      note="platform repost whose source field names the original account"),
    P("sq_ga", "6项户籍便民措施来了！明年1月1日起，户口迁移“跨省通办”，新生儿入户“一件事一次办”，身份证申领、换领、补领“全国通办”。信息来自央视新闻", copy="c1", hn=U,
      note="信息来自央视新闻 closes the caption: sourced"),
    P("ha_ga", "老人家接到“领补贴”电话，一定先挂断、再核实！", copy="p1", hn=U, orig=False, src="公安部刑侦局",
      note="platform repost with the source field set"),
    P("xc_xw", "【暴雪黄色预警】" + Q1.split("】", 1)[1] + "（信源：中国气象局）", copy="q1", hn=U,
      note="verbatim warning ending with 信源 naming the CMA"),
    P("zz_ga", "警情通报\n\n11月22日14时许，我局接群众报警称，金水区某小区一住户家中被盗。接警后，我局民警迅速开展侦查，于当日20时将犯罪嫌疑人张某（男，29岁）抓获，追回被盗现金及物品。目前，张某已被依法刑事拘留，案件正在进一步侦办中。\n\n郑州市公安局\n2026年11月22日",
      hn=U, note="the account's own unit's bulletin (我局, signed 郑州市公安局): not another publisher"),
    P("ha_yj", "11月21日，应急管理部召开全国冬春季安全防范工作视频会议。会后，我厅立即召开全省会议传达贯彻，要求各地聚焦燃气、交通、人员密集场所等重点领域，开展拉网式排查；对检查发现的重大事故隐患，一律挂牌督办、限期整改。厅主要负责同志带队赴郑州、开封两市检查。",
      hn=U, note="the department's own report (我厅) that mentions a ministry meeting without copying its text"),
    P("py_xw", "11月26日上午，市政府新闻办举行新闻发布会，介绍濮阳市冬季清洁取暖工作情况。今年全市新增清洁取暖用户1.2万户，完成农村危房改造2100户；全市供热管网已全部完成打压试验，11月15日起正式供热。市住房和城乡建设局、市发展改革委有关负责人回答了记者提问。",
      hn=U, note="the city news office's own press-conference report"),
]

"""Twenty-first held-out part: new source documents of unregistered accounts, copies of them (sourced and
unsourced), other unsourced reposts (class unsourced_repost) and hard negatives. The documents are new (none
is a document of dev/ ... dev24/)."""
from _lib import P

U = "unsourced_repost"
PO = "political"
HN = "unsourced_repost"

G1 = """国务院办公厅印发《关于释放冰雪消费潜力的若干措施》

《措施》提出，支持有条件的地区建设一批大众冰雪场地，鼓励机关、企事业单位错峰安排职工带薪休假，推动冰雪运动进校园、进社区。对面向青少年开放的公共冰场，各地可按规定给予运营补助。"""

G2 = """国务院常务会议部署城镇供热管网更新改造工作

会议指出，城镇供热管网老化问题关系群众冬季取暖安全。要摸清底数、分类施策，优先改造运行年限长、漏损率高的管段，严格落实供热企业主体责任，确保供暖季“不停暖、不降温”。"""

X1 = """新华社哈尔滨11月17日电（记者 龙江 雪峰）记者从黑龙江省农业农村厅获悉，今年全省粮食总产量达到1600亿斤以上，连续多年位居全国首位。其中水稻、大豆种植面积稳定，高标准农田占比进一步提高。"""

X2 = """新华社北京11月19日电 记者从工业和信息化部获悉，今年前10个月，我国新能源汽车产销量同比增长均超过三成，充电基础设施建设提速，县域充电网络覆盖率明显提高。"""

R1 = """人民日报评论：让“冷资源”持续释放“热效应”

从冰雪大世界的璀璨灯光到林海雪原的静谧村落，冰雪旅游正在成为消费新热点。

把“冷资源”变成“热经济”，既要做好服务保障、守住安全底线，也要避免千篇一律，让游客来了还想再来。"""

R2 = """城乡居民医保缴费进入集中期，这些要点请收好

1. 2027年度城乡居民基本医保集中缴费期一般截至12月31日；
2. 可通过国家医保服务平台App、银行网点、税务部门渠道缴纳；
3. 新生儿、大学生等群体参保有专门规定；
4. 警惕以“代缴医保”为名的诈骗。"""

C1 = """【#寒潮蓝色预警#】受强冷空气影响，11月21日至23日，我国中东部大部地区气温将下降8至12℃，东北地区北部、内蒙古东部局地降温超过16℃。请注意添衣保暖，老人和儿童减少户外活动。"""

C2 = """【#警惕冒充快递理赔诈骗#】近期，有不法分子冒充快递客服，以“包裹丢失理赔”为由，诱导受害人下载会议软件、开启屏幕共享，进而盗取银行卡验证码。快递理赔不会要求屏幕共享！"""

N1 = """冬季取暖，谨防一氧化碳中毒

1. 使用煤炉、炭火取暖要保持室内通风；
2. 燃气热水器不要安装在浴室内；
3. 不要在门窗紧闭的车内开空调睡觉；
4. 出现头痛、头晕、恶心时，立即开窗通风并撤离现场，必要时拨打120。"""

N2 = """这些人群建议尽早接种流感疫苗

1. 60岁及以上老年人；
2. 6月龄至5岁儿童；
3. 慢性病患者、孕妇；
4. 医务人员、养老机构等人群密集场所工作人员。
接种疫苗是预防流感最经济、有效的手段。"""

M1 = """冬季防火，这些隐患要当心

1. 电动自行车不要在楼道、家中充电；
2. 电取暖器远离窗帘、被褥等可燃物；
3. 不要私拉乱接电线；
4. 一旦发生火灾，用湿毛巾捂住口鼻，低姿逃生，切勿乘坐电梯。"""

M2 = """暴雪天气出行安全提示

1. 尽量减少自驾出行，确需出行时降低车速、保持车距；
2. 远离广告牌、临时搭建物和大树；
3. 关注道路封闭和交通管制信息；
4. 农村地区及时清扫棚室积雪，防止压塌。"""

S1 = """【紧急提醒：警惕“冒充电力公司退费”诈骗】冬季供暖用电高峰，骗子冒充电力公司工作人员，谎称“电费多收需退款”，发送虚假链接诱导填写银行卡信息。电费退费不会通过陌生链接办理！"""

Q1 = """【暴雪预警】中央气象台11月22日06时继续发布暴雪橙色预警：预计22日至23日，黑龙江北部和东部、吉林东部等地有大到暴雪，局地大暴雪，新增积雪深度10至20厘米。"""

POSTS = [
    # --- source documents (14) ---
    P("gov_wx", G1, key="g1"),
    P("gov_wx", G2, key="g2"),
    P("xh_wb", X1, key="x1"),
    P("xh_wb", X2, key="x2"),
    P("rmrb_wx", R1, key="r1"),
    P("rmrb_wx", R2, key="r2"),
    P("cctv_wb", C1, key="c1"),
    P("cctv_wb", C2, key="c2"),
    P("nhc_wx", N1, key="n1"),
    P("nhc_wx", N2, key="n2"),
    P("mem_wx", M1, key="m1"),
    P("mem_wx", M2, key="m2"),
    P("mps_wb", S1, key="s1"),
    P("cma_wb", Q1, key="q1"),

    # --- unsourced copies (24) ---
    P("hlj_wl", G1, U, copy="g1", note="State Council document copied whole without naming 中国政府网"),
    P("heb_wl", "冰雪消费迎来政策利好！\n\n" + G1, U, copy="g1", note="copy of the document under an own headline, no source"),
    P("heb_xw", G2.replace("\n\n", "\n"), U, copy="g2", orig=True, note="pasted Weibo copy of the State Council item, flagged original by the platform"),
    P("dxal_yj", G2 + "\n\n请各单位认真学习。", U, copy="g2", note="copy with an own closing line, no source"),
    P("jms_ny", X1.replace("新华社哈尔滨11月17日电（记者 龙江 雪峰）", ""), U, copy="x1",
      note="Xinhua dispatch copied with its dateline removed"),
    P("qqhr_xw", "喜报！" + X1.replace("新华社哈尔滨11月17日电（记者 龙江 雪峰）", ""), U, copy="x1", orig=True,
      note="dispatch pasted without the dateline; Weibo reports it as original"),
    P("hlj_sc", X2.replace("新华社北京11月19日电 ", ""), U, copy="x2", note="Xinhua dispatch without dateline"),
    P("hlj_jy", R1.replace("人民日报评论：", ""), U, copy="r1", orig=True,
      note="People's Daily commentary copied with the outlet's name cut from the title; the WeChat copy falsely claims 原创"),
    P("heb_wl", R1.replace("人民日报评论：", "观点｜"), U, copy="r1", note="commentary under a new title prefix, no source"),
    P("mdj_rs", R2, U, copy="r2", note="service piece copied whole, no source"),
    P("dq_wj", R2 + "\n\n如有疑问请咨询当地医保经办机构。", U, copy="r2", note="copy with an own closing line"),
    P("jx_qx", C1.replace("【#寒潮蓝色预警#】", "【寒潮来袭】"), U, copy="c1", orig=True,
      note="CCTV item pasted on Weibo with a new tag, no source"),
    P("hlj_yj", C1, U, copy="c1", orig=True, note="CCTV item pasted verbatim, no source"),
    P("heb_ga_wb", C2, U, copy="c2", orig=True, note="CCTV anti-fraud item pasted verbatim"),
    P("dq_ga", C2.replace("【#警惕冒充快递理赔诈骗#】", "【反诈提醒】"), U, copy="c2", orig=True,
      note="CCTV item under an own tag, no source"),
    P("hlj_wj", N1, U, copy="n1", note="health-commission tips copied without naming 健康中国"),
    P("dq_wj", "【健康提醒】" + N1, U, copy="n1", note="copy with an own tag, no source"),
    P("hlj_wj", N2, U, copy="n2", note="vaccination tips copied without source"),
    P("hg_jy", N2 + "\n\n请各校做好宣传。", U, copy="n2", note="copy with own closing line"),
    P("dxal_yj", M1, U, copy="m1", note="fire-safety tips of the ministry copied without source"),
    P("hlj_yj", M2.replace("\n", " "), U, copy="m2", orig=True, note="ministry tips pasted as one Weibo post"),
    P("yc_lc", M2, U, copy="m2", note="ministry tips copied whole, no source"),
    P("hlj_ga", S1, U, copy="s1", orig=True, note="MPS anti-fraud item pasted on Weibo without source"),
    P("jx_qx", Q1, U, copy="q1", orig=True, note="CMA warning pasted without source"),

    # --- copies that name their source (12, clean) ---
    P("heb_xw_dy", "冰雪消费新政来了！\n" + G1 + "\n\n来源：中国政府网", copy="g1", hn=HN,
      note="copy with a 来源 line"),
    P("hlj_sc", G2 + "\n\n（信息来源：中国政府网微信公众号）", copy="g2", hn=HN, note="copy with a source line"),
    P("heb_xw", X1, copy="x1", orig=False, src="新华社", hn=HN,
      note="platform repost with source set; the dateline also names Xinhua"),
    P("hlj_jy", X2 + "\n\n本文转载自新华社", copy="x2", hn=HN, note="copy naming Xinhua"),
    P("hlj_wl_wb", "转自@人民日报：" + R1, copy="r1", hn=HN, note="copy with 转自 naming the paper"),
    P("sh_sc", R2 + "\n\n文章来源：人民日报客户端", copy="r2", note="copy naming its source"),
    P("qqhr_xw_dy", "据央视新闻消息，" + C1, copy="c1", hn=HN, note="copy attributed with 据…消息"),
    P("hlj_ga_dy", C2 + "\n（转载自央视新闻）", copy="c2", note="copy naming its source"),
    P("dq_wj", "以下文章来源于健康中国\n\n" + N1, copy="n1", hn=HN, note="WeChat banner names the source"),
    P("dxal_yj", M1 + "\n\n来源：应急管理部官方公众号“中国应急管理”", copy="m1", hn=HN, note="copy naming its source"),
    P("heb_ga_wb", S1, copy="s1", orig=False, src="公安部刑侦局", note="platform repost with source field set"),
    P("jx_qx", Q1 + " （中国气象局发布）", copy="q1", hn=HN, note="copy naming the issuing body as publisher"),

    # --- other unsourced reposts (12) ---
    P("hlj_jy", "教育部关于做好2027年普通高校招生工作的通知\n\n各省、自治区、直辖市教育厅（教委）：\n为做好2027年普通高校招生工作，现就有关事项通知如下：一、严格执行招生政策……二、加强考试安全管理……\n\n教育部\n2026年11月", U,
      note="a ministry's notice pasted whole without saying where it was taken from (issuing body's signature is not a source)"),
    P("mdj_rs", "我部近日印发通知，要求各地在元旦春节前集中开展根治欠薪冬季专项行动，对拖欠农民工工资的用人单位依法从严查处。", U,
      note="item in the voice of the ministry (我部) posted without source"),
    P("hlj_sc", "总局日前发布2026年第三批食品安全抽检结果，抽检的食用农产品、乳制品、肉制品等合格率均在98%以上。", U,
      note="item in the voice of the national administration (总局) posted without source"),
    P("qqhr_st", "记者从生态环境部获悉，今年1至10月，全国地级及以上城市PM2.5平均浓度同比下降4.3%，优良天数比例达到86.7%。\n\n（记者 路远）", U,
      note="a national news item with its reporter credit but no outlet (记者从…获悉 is not a source)"),
    P("hh_wl", "我委近日印发通知，部署各地做好今冬明春文化和旅游安全生产工作，重点加强冰雪景区安全巡查。", U,
      note="item in another body's voice (我委) posted without source"),
    P("hg_jy", "11月20日电 教育部近日印发《中小学生体质健康提升行动方案》，要求保障中小学生每天校内外各1小时体育活动时间。", U,
      note="a dispatch with the dateline's outlet name cut off"),
    P("heb_ga", "我支队近日在松北区查获一起非法改装车辆案件，依法扣留车辆3台，这是我支队今冬第五次集中整治行动。", U, orig=True,
      note="an item in the voice of another police unit (我支队, not the city bureau) posted without source"),
    P("dq_wj", "今冬流感高峰预计将于12月下旬至明年1月出现，以甲型H3N2亚型为主。专家建议，60岁以上老人、慢性病患者等重点人群尽早接种疫苗。\n\n（本报记者 苏岩 肖雪）", U,
      note="another paper's reporter credit (本报记者) on a copied item, outlet not named"),
    P("jms_ny", "记者20日从农业农村部获悉，截至目前，全国秋冬种小麦播种进度超过九成，苗情总体好于上年。\n\n（记者 何田）", U,
      note="a national news item with reporter credit but no outlet (记者从…获悉 is not a source)"),
    P("yc_lc", "本报讯 今冬全国森林草原防灭火形势总体平稳，国家林草局要求各地严防野外用火，加强重点时段巡护。", U,
      note="本报讯 without the paper's name"),
    P("sh_sc", "各地市场监管部门要聚焦冬季燃气具、电热毯等产品开展质量抽查，对不合格产品依法处置。（完）\n\n原标题：冬季产品质量安全提示", U,
      note="原标题 and （完） do not name a source"),
    # unsourced + political
    P("heb_xw_dy", "十四届全国人大常委会第十九次会议在京闭幕，委员长赵乐际主持闭幕会，全国人大常委会副主席等出席会议，会议表决通过了多部法律。", (U, PO),
      [(PO, "全国人大常委会副主席", "全国人大常委会副委员长")],
      note="a national news item posted without source, with a wrong title for the NPC Standing Committee chairman"),

    # --- hard negatives: own-voice items and attributed items that are not copies (4) ---
    P("hlj_ga", "我厅近日部署全省公安机关开展冬季道路交通安全整治，重点查处酒驾醉驾、客车超员等违法行为，严防重特大交通事故。",
      hn=HN, note="the unit's own notice in its own voice (我厅)"),
    P("dq_ga", "我局今年以来共破获电信网络诈骗案件312起，为群众挽回经济损失2100余万元。据市反诈中心统计，冒充客服诈骗占比最高。",
      hn=HN, note="own voice; 据 attributes own statistics, not a copy"),
    P("hlj_wj", "信息来源：国家卫生健康委员会官网\n\n国家卫生健康委发布冬季健康提示：注意防范呼吸道疾病，老年人和慢性病患者尽量减少前往人员密集场所。",
      hn=HN, note="summary that names its source"),
    P("qqhr_st", "我局联合建华区政府开展冬季散煤治理专项检查，检查燃煤经营点23家，责令整改5家。",
      hn=HN, note="own voice report"),
]

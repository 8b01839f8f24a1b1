"""Twentieth held-out part: new source documents of unregistered accounts, copies of them (sourced and
unsourced), other unsourced reposts (class unsourced_repost) and hard negatives. The documents are new (none
is a document of dev/ ... dev23/)."""
from _lib import P

U = "unsourced_repost"
PO = "political"
HN = "unsourced_repost"

G1 = """国务院常务会议研究部署今冬明春能源保供工作

会议指出，做好今冬明春能源保供，事关群众温暖过冬和经济平稳运行。要加强煤炭、天然气产供储销衔接，压实地方和企业保供责任，优先保障居民生活和公共服务用能，对困难群众取暖给予必要帮扶。"""

G2 = """国务院办公厅印发《关于加快推进“高效办成一件事”冬季专项服务的通知》

通知要求，聚焦供暖报修、老年人办事、新生儿出生等群众高频事项，推行一次告知、一表申请、一网通办，年底前在各省份全面推开“暖心办”服务专区。"""

X1 = """新华社沈阳11月17日电（记者 辽文 海涛）记者从辽宁省港口集团获悉，今年1至10月，辽宁沿海港口完成集装箱吞吐量1180万标准箱，同比增长6.8%，大连港至东南亚、中东新增外贸航线7条。"""

X2 = """新华社北京11月18日电 记者从国家粮食和物资储备局获悉，截至11月15日，主产区各类粮食企业累计收购秋粮1.2亿吨，收购进度快于去年同期，东北地区玉米、粳稻收购价格保持稳定。"""

R1 = """人民日报评论：把“适老化”做到老人心坎上

一部能放大字体的手机、一个能一键呼叫的按钮、一个保留人工窗口的办事大厅，看似细微，却关乎数亿老年人的生活质量。

推进适老化改造，不能只做表面文章，要多听老年人的真实感受，让科技进步的成果更好惠及每一位老人。"""

R2 = """年底前，这件个税事项请记得确认！

12月起，纳税人可通过个人所得税App确认下一年度专项附加扣除信息。
1. 信息没有变化的，一键确认即可；
2. 子女教育、赡养老人等情况有变化的，要及时修改；
3. 未确认的，次年1月起将暂停扣除，待确认后再补扣。"""

C1 = """【#东北地区将迎今冬最强降雪#】中央气象台预计，11月20日至22日，东北地区大部将出现大到暴雪，辽宁东部、吉林南部局地特大暴雪，最低气温下降10℃以上。请公众减少不必要外出，注意防范道路结冰。"""

C2 = """【#这些冬季“网红”取暖神器有风险#】国家市场监管总局近日抽检电热毯、暖手宝、小太阳取暖器等产品，发现部分产品存在温控失灵、绝缘不良等问题。购买时请查看3C认证，使用时不要长时间通电、不要覆盖衣物。"""

N1 = """诺如病毒进入高发季，记住这几点

1. 饭前便后用流动水和肥皂洗手，免洗洗手液对诺如病毒效果不佳；
2. 生蚝、扇贝等贝类要彻底煮熟；
3. 病人呕吐物要用含氯消毒剂处理；
4. 出现呕吐、腹泻要及时补液，儿童、老人症状重时尽快就医。"""

N2 = """冬季泡温泉，这几类人要当心

1. 高血压、心脏病患者水温不宜过高，浸泡时间不超过15分钟；
2. 饭后、饮酒后不宜立即泡温泉；
3. 皮肤有破损者不宜下水；
4. 出现头晕、心慌时立即离开水池休息。"""

M1 = """冰面安全提醒：这些地方的冰不能上！

1. 河道入海口、桥墩附近、排水口附近冰层薄；
2. 颜色发黑、有裂纹的冰面不能上；
3. 初冬和初春气温变化大，冰层不稳定；
4. 一旦落水，不要乱扑腾，双臂伸展扒住冰面，身体前倾，慢慢爬出后滚离冰洞。"""

M2 = """电暖器使用“五不要”

不要用电暖器烘烤衣物；不要在电暖器周围堆放易燃物品；不要与大功率电器共用一个插排；不要长时间无人看管使用；不要让儿童单独操作。"""

PS1 = """【警惕冒充“医保工作人员”诈骗】近期有不法分子冒充医保局工作人员，以“医保卡异常”“医保账户冻结”为由，要求群众下载指定App、进行“资金验证”。公安部刑侦局提醒：医保部门不会通过电话要求转账，遇到此类电话请立即挂断并拨打96110咨询。"""

CM1 = """【寒潮蓝色预警】中央气象台11月19日18时发布寒潮蓝色预警：受强冷空气影响，预计19日夜间至22日，东北地区、华北北部气温将下降8～12℃，局地降温14℃以上，并伴有4～6级偏北风。"""

POSTS = [
    # ---- source documents (clean originals of unregistered accounts)
    P("gov_wx", G1, key="G1", when="11-17 19:30", note="source document (State Council executive meeting), copied below"),
    P("gov_wx", G2, key="G2", when="11-18 17:10", note="source document (State Council General Office notice), copied below"),
    P("xh_wb", X1, key="X1", note="source document (Xinhua dispatch), copied below"),
    P("xh_wb", X2, key="X2", note="source document (Xinhua dispatch), copied below"),
    P("rmrb_wx", R1, key="R1", when="11-17 06:30", note="source document (People's Daily commentary), copied below"),
    P("rmrb_wx", R2, key="R2", when="11-19 21:00", note="source document (People's Daily service article), copied below"),
    P("cctv_wb", C1, key="C1", when="11-19 08:15", note="source document (CCTV News), copied below"),
    P("cctv_wb", C2, key="C2", when="11-18 12:40", note="source document (CCTV News), copied below"),
    P("nhc_wx", N1, key="N1", when="11-17 16:00", note="source document (National Health Commission), copied below"),
    P("nhc_wx", N2, key="N2", when="11-20 17:30", note="source document (National Health Commission), copied below"),
    P("mem_wx", M1, key="M1", when="11-18 15:00", note="source document (Ministry of Emergency Management), copied below"),
    P("mem_wx", M2, key="M2", when="11-19 10:20", note="source document (Ministry of Emergency Management), copied below"),
    P("mps_wb", PS1, key="PS1", when="11-18 11:00", note="source document (MPS Criminal Investigation Department), copied below"),
    P("cma_wb", CM1, key="CM1", when="11-19 18:30", note="source document (China Meteorological Administration), copied below"),

    # ---- unsourced copies of the source documents
    P("ln_rs", G1, U, copy="G1", note="the State Council meeting item pasted whole, no source named"),
    P("sy_xw", "【今冬明春能源保供】" + G1.split("\n\n", 1)[1], U, copy="G1", orig=True,
      note="Weibo paste of the document body under a new headline; the platform reports it as original; no source"),
    P("sy_rs", G2, U, copy="G2", note="the General Office notice item pasted whole, no source named"),
    P("ln_sc", G2 + "\n\n原标题：国务院办公厅印发通知 推进冬季“暖心办”服务", U, copy="G2",
      note="pasted with an 原标题 line, which names no source"),
    P("dd_xw", X1.split("电", 1)[1].replace("（记者 辽文 海涛）", ""), U, copy="X1", orig=True,
      note="Xinhua dispatch with the dateline and byline removed; Weibo reports it as original"),
    P("dl_yj", "辽宁沿海港口集装箱吞吐量同比增长6.8%\n\n" + X1.split("）", 1)[1], U, copy="X1",
      note="Xinhua dispatch pasted without its dateline"),
    P("jz_ny", X2.split("电 ", 1)[1] + "\n\n（完）", U, copy="X2", note="dispatch pasted without the dateline; （完） names nothing"),
    P("ln_wj", R1 + "\n\n作者：沈一言", U, copy="R1", note="commentary pasted with an author credit only"),
    P("as_jy", R1, U, copy="R1", orig=True, note="commentary pasted whole and marked 原创 (false claim), no source"),
    P("ln_rs", R2, U, copy="R2", note="service article pasted whole without source"),
    P("sy_rs", R2 + "\n\n编辑：闻笛　审核：卓然", U, copy="R2", note="service article pasted with the account's own editor credits, which name no source"),
    P("yk_qx", C1.replace("【#东北地区将迎今冬最强降雪#】", "【暴雪来袭】"), U, copy="C1", orig=True,
      note="CCTV item pasted under a new hashtag-free headline; no source"),
    P("hld_sc", C2.replace("【#这些冬季“网红”取暖神器有风险#】", "这些冬季“网红”取暖神器有风险\n\n"), U, copy="C2",
      note="CCTV item pasted into a WeChat article, no source"),
    P("ln_sc", "提醒！" + C2.split("】", 1)[1], U, copy="C2", note="CCTV item pasted without its hashtag title or source"),
    P("dd_wj", N1, U, copy="N1", note="health-commission article pasted whole, no source"),
    P("ln_wj", N1 + "\n\n阅读原文", U, copy="N1", note="pasted with a 阅读原文 line, which names no source"),
    P("bx_wl", "冬季泡温泉注意啦！" + N2.split("\n\n", 1)[1].replace("\n", " "), U, copy="N2", orig=True,
      note="health article pasted into a Douyin caption, no source"),
    P("hld_wl", N2, U, copy="N2", note="health article pasted whole by a tourism account, no source"),
    P("dl_yj", M1, U, copy="M1", note="ministry article pasted whole, no source"),
    P("fs_ga", "【冰面安全】" + M1.split("\n\n", 1)[1].replace("\n", ""), U, copy="M1", orig=True,
      note="ministry article pasted into a Weibo post, no source"),
    P("sy_ga_wb", "【冬季用电安全】" + M2, U, copy="M2", orig=True, note="pasted into a Weibo post with a new headline, no source"),
    P("sy_ga_wb", PS1, U, copy="PS1", orig=True, note="MPS warning pasted whole as an original post"),
    P("ln_ga_dy", PS1.split("】", 1)[1], U, copy="PS1", orig=True, note="MPS warning pasted into a Douyin caption, no source"),
    P("yk_qx", CM1.replace("中央气象台11月19日18时发布寒潮蓝色预警：", "寒潮蓝色预警发布！"), U, copy="CM1", orig=True,
      note="CMA warning pasted with the issuing line shortened; no source"),

    # ---- copies that name their source (clean, hard negatives)
    P("jz_ny", "稿源：中国政府网\n\n" + G1, copy="G1", hn=HN, note="names its source at the top (稿源)"),
    P("dl_yj", G2 + "\n\n信息来源：中国政府网微信公众号", copy="G2", hn=HN, note="names its source at the end (信息来源)"),
    P("ln_wl_wb", X1, copy="X1", orig=False, src="新华社", hn=HN, note="platform repost with source field; keeps the Xinhua dateline"),
    P("ln_sc", X2, copy="X2", hn=HN, note="keeps the Xinhua dateline, which names the source"),
    P("sy_rs", R1 + "\n\n内容转载自人民日报微信公众号", copy="R1", hn=HN, note="names its source (转载自)"),
    P("dd_wj", "以下文章来源于人民日报\n\n" + R2, copy="R2", hn=HN, note="WeChat 以下文章来源于 banner"),
    P("dd_xw", C1, copy="C1", orig=False, src="央视新闻", hn=HN, note="platform repost with source field"),
    P("hld_sc", C2.split("】", 1)[1] + "\n\n（据央视新闻报道）", copy="C2", hn=HN, note="names its source (据…报道)"),
    P("as_jy", N1 + "\n\n摘编自：健康中国", copy="N1", hn=HN, note="names its source (摘编自)"),
    P("dl_wl", N2 + "\n\n本文来源于“健康中国”公众号", copy="N2", hn=HN, note="names its source (本文来源于)"),
    P("fs_ga", PS1, copy="PS1", orig=False, src="公安部刑侦局", hn=HN, note="platform repost with source field"),
    P("ln_st", "据中国气象局消息，" + CM1.split("：", 1)[1], copy="CM1", orig=True, hn=HN, note="attributes the item (据…消息)"),
    P("dl_yj", """我局部署寒潮天气应对工作

11月20日，我局召开寒潮天气应对视频调度会，要求各地区加强值班值守，重点防范道路结冰、海上大风、设施农业受损等风险，及时发布预警信息。""",
      hn=HN, note="the unit's own notice in its own voice (我局); no source needed"),

    # ---- other unsourced reposts
    P("ln_st", """我部召开全国冬季大气污染防治工作视频会

会议要求，各地要聚焦重点区域和重点时段，强化重污染天气应对，严格落实清洁取暖“煤改气”“煤改电”保障措施。部党组书记主持会议并讲话。""",
      U, orig=True, note="item in the voice of a ministry (我部) posted by a provincial department without source"),
    P("as_jy", """本报讯（记者 王雪）近日，全国中小学“强课提质”行动现场推进会召开，会议提出，要深化课堂教学改革，推进信息技术与教学深度融合，全面提升课堂教学质量。""",
      U, note="本报讯 dateline without the outlet's name: copied newspaper item, no source"),
    P("dd_wj", """我委印发《关于做好今冬明春呼吸道传染病防治工作的通知》

通知要求，各地卫生健康行政部门要加强监测预警，做好药品和医疗资源储备，扩大发热门诊服务能力，重点做好老年人和儿童等重点人群的防护。""",
      U, note="in the voice of the National Health Commission (我委), posted by a city commission without source"),
    P("fs_ga", "【鞍山公安：我支队成功打掉一电诈团伙】11月18日，我支队联合多地警方开展收网行动，抓获犯罪嫌疑人27名，冻结涉案资金300余万元。",
      U, orig=True, note="another city's police item (我支队) posted by Fushun police without source"),
    P("jz_ny", """总局发布2026年第四季度食品安全抽检结果

本季度共抽检食品样品12.8万批次，总体不合格率为2.6%。其中农兽药残留超标、微生物污染、超范围超限量使用食品添加剂是主要问题。""",
      U, note="in the voice of another body (总局), posted by an agriculture account without source"),
    P("sy_xw", "本台消息，11月21日，东北三省一区文旅联席会议在哈尔滨召开，四地签署冰雪旅游合作协议，将联合推出跨省冰雪旅游线路20条。",
      U, orig=True, note="本台消息 without the broadcaster's name, copied news item"),
    P("ln_rs", """记者从人力资源社会保障部获悉，截至10月底，全国失业保险累计向参保职工发放技能提升补贴160余万人次，发放资金超过20亿元。下一步，将进一步扩大技能提升补贴受益范围。""",
      U, note="copied news item; 记者从…获悉 is part of the copied text and names no source"),
    P("dl_wl", """本网讯 近日，文化和旅游部公布新一批国家级旅游休闲街区名单，全国共有60个街区入选。入选街区将在文旅消费、夜间经济等方面发挥示范带动作用。""",
      U, note="本网讯 without the website's name, copied news item"),
    P("cy_st", """我厅联合省发展改革委印发《关于加强冬季清洁取暖监督管理的通知》

通知明确，各市要全面排查散煤复烧问题，对已完成清洁取暖改造的地区实行“网格化”监管。""",
      U, note="item in the voice of the provincial department (我厅), posted by a city bureau without source"),
    P("ln_wl_wb", "【海南：冬季旅游旺季启动】三亚、海口等地推出冬季文旅消费活动，今年11月以来接待游客同比增长12%，各大景区推出“冬游海南”优惠套票。",
      U, orig=True, note="another province's news item pasted as an original post, no source"),
    P("sy_ga", "11月20日，公安部召开新闻发布会，通报今年以来打击治理电信网络诈骗犯罪工作成效。今年以来，全国共破获电信网络诈骗案件25万余起。（本报记者 刘洋）",
      U, orig=True, note="newspaper item (reporter credit only) pasted into a Douyin caption without source"),
    P("dd_xw", "【冬游韩国】今年冬季，韩国首都汉城推出冰雪节和圣诞灯光节，吸引大批中国游客前往，从丹东、大连出发的韩国游线路报名火爆。",
      [U, PO], [(PO, "韩国首都汉城", "韩国首都首尔")], orig=True,
      note="travel news pasted without source, with the outdated name of Seoul"),
]

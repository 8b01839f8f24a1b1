"""Sixteenth held-out part: new source documents of unregistered accounts, copies of them (sourced and
unsourced), other unsourced reposts (class unsourced_repost) and hard negatives. The documents are new (none
is a document of dev/ ... dev19/); attribution phrasings and copy mechanics differ from theirs."""
from _lib import P

U = "unsourced_repost"
HN = "unsourced_repost"

G1 = """国务院办公厅关于进一步规范涉企行政检查的通知（要点）

一、严格检查主体。没有法律、法规、规章依据的，一律不得开展涉企行政检查；不具备执法资格的人员不得参与检查。

二、控制检查频次。同一部门对同一经营主体的日常检查，原则上每年不超过1次；能合并的合并、能联合的联合，推行“进一次门、查多项事”。

三、规范检查方式。推广“非现场监管”，能通过信息共享、远程核查解决的，不再入企检查。

四、畅通投诉渠道。企业可通过12345政务服务便民热线反映违规检查问题，有关部门应在5个工作日内核实处理。"""

G2 = """冬春农村供水保障工作部署会召开

水利部日前召开冬春农村供水保障工作部署会。会议要求，各地要全面排查农村供水工程冻损、水源不足等风险，提前储备抢修队伍和物资；对西南、华南等可能出现冬春连旱的地区，要逐村制定应急供水方案，必要时采取拉水送水、新建调蓄池等措施，确保群众有水喝、喝好水。"""

X1 = """新华社昆明11月19日电（记者 岳麓 苏禾）记者19日从中国铁路昆明局集团有限公司获悉，中老铁路开通以来累计发送货物突破6000万吨，跨境货物品类由开通初期的10多种增加到3000多种。“澜湄快线”国际货物列车已实现每天双向开行，从昆明到万象的货物运输时间压缩至26小时以内。"""

X2 = """新华社北京11月21日电（记者 覃岭）国家林业和草原局21日发布消息，我国野生亚洲象种群数量已由上世纪80年代的150头左右增长到目前的300余头，主要分布在云南西双版纳、普洱、临沧等地。有关部门将继续完善亚洲象监测预警体系，推进亚洲象国家公园建设，减少人象冲突。"""

R1 = """人民论坛：把“小切口”做成“大民生”

老旧小区加装电梯、背街小巷修补路面、社区食堂一碗热饭……这些看似细小的事情，连着群众的日常冷暖。

办好民生实事，贵在从群众最急最忧最盼处着手，不搞“大而全”，而是“小而实”。小切口撬动大民生，需要一件一件抓落实，一年接着一年干。"""

R2 = """冬季用电取暖，这几个细节千万别忽视

1. 电暖器、“小太阳”远离窗帘、被褥等可燃物；
2. 不要在取暖器上烘烤衣物；
3. 大功率电器不要与其他电器共用一个插排；
4. 电热毯不要折叠使用，人离开时及时断电；
5. 电动自行车不要进楼入户充电。

转给家人，温暖过冬！"""

C1 = """【#这些冬季用药误区要避开#】感冒发热后同时吃几种感冒药，容易造成对乙酰氨基酚等成分过量，损伤肝脏；抗生素对病毒性感冒无效，不要自行服用；输液并不比口服药“好得快”。专家提示，用药前看清说明书和成分表，儿童、老人和孕妇用药务必遵医嘱。"""

C2 = """【#冬季一氧化碳中毒高发请警惕#】入冬以来，多地发生因使用炭火、燃气热水器导致的一氧化碳中毒事件。提醒：使用炉具取暖要保持通风，严禁在密闭房间内烧炭；燃气热水器不要安装在浴室内；一旦出现头痛、头晕、恶心等症状，立即开窗通风、撤离现场并拨打120。"""

N1 = """冬季心脑血管疾病高发，做好这几点

气温骤降时，血管收缩、血压升高，心脑血管疾病风险增加。

一、注意保暖，外出戴帽子、围巾，清晨避免过早外出锻炼；
二、低盐低脂饮食，戒烟限酒；
三、高血压、糖尿病患者按时服药，定期监测；
四、出现胸痛、胸闷或一侧肢体无力、口角歪斜、言语不清等症状，立即拨打120。"""

M1 = """应急管理部发布2026年10月全国自然灾害情况

10月，我国自然灾害以干旱、风雹、地震和森林火灾为主。各种自然灾害共造成112.6万人次不同程度受灾，农作物受灾面积204.3千公顷，直接经济损失18.7亿元。西南地区降水偏少，部分地区出现秋冬连旱；全国共发生森林火灾15起，未造成人员伤亡。"""

M2 = """森林草原防火期，这些“禁火令”请牢记

1. 禁止在林区野外吸烟、烧烤、野炊；
2. 禁止上坟烧纸、燃放烟花爆竹；
3. 禁止烧荒、烧田埂、烧秸秆；
4. 禁止携带火种进入林区；
5. 发现火情，立即拨打12119森林火警电话。

防火一小步，平安一大步。"""

P1 = """【警惕“代办退费”诈骗】近期，不法分子冒充电商平台、航空公司客服，以“商品质量问题可三倍赔付”“航班取消可办理退改签”为由，诱导受害人下载会议软件开启屏幕共享，再以“流水不足”“账户冻结”等理由要求转账。刑侦局提醒：退款退费请通过官方App或官方客服电话办理，凡要求屏幕共享的，都是诈骗！"""

P2 = """【“点赞关注赚佣金”？小心刷单诈骗新变种】骗子在短视频平台发布“兼职点赞、关注博主，一单3元，日结”的广告，先让受害人做几单小任务、返还小额佣金骗取信任，再拉入“团队群”做“垫付任务”，以“连单未完成不能提现”为由不断要求转账。记住：所有刷单都是诈骗！"""

Q1 = """【寒潮蓝色预警】中央气象台11月23日06时继续发布寒潮蓝色预警：受寒潮影响，23日至25日，西北地区东部、华北、黄淮、江淮、江南、华南及西南地区东部气温将先后下降6～10℃，部分地区降温12℃以上；贵州、云南东北部有冻雨或雨夹雪。请注意防寒保暖和交通安全。"""

POSTS = [
    # ---- source documents (unregistered accounts; clean)
    P("gov_wx", G1, key="G1", when="11-17 18:30", note="source document: State Council General Office notice (summary)"),
    P("gov_wx", G2, key="G2", when="11-18 09:40", note="source document: rural water supply meeting"),
    P("xh_wb", X1, key="X1", when="11-19 10:12", note="source document: Xinhua dateline report"),
    P("xh_wb", X2, key="X2", when="11-21 11:05", note="source document: Xinhua dateline report"),
    P("rmrb_wx", R1, key="R1", when="11-18 06:30", note="source document: People's Daily commentary"),
    P("rmrb_wx", R2, key="R2", when="11-20 21:10", note="source document: People's Daily life tips"),
    P("cctv_wb", C1, key="C1", when="11-19 20:20", note="source document: CCTV News Weibo item"),
    P("cctv_wb", C2, key="C2", when="11-22 07:45", note="source document: CCTV News Weibo item"),
    P("nhc_wx", N1, key="N1", when="11-18 17:00", note="source document: NHC health advice"),
    P("mem_wx", M1, key="M1", when="11-17 15:20", note="source document: MEM monthly disaster figures"),
    P("mem_wx", M2, key="M2", when="11-20 08:50", note="source document: MEM fire-ban list"),
    P("mps_wb", P1, key="P1", when="11-19 12:30", note="source document: MPS criminal investigation bureau warning"),
    P("mps_wb", P2, key="P2", when="11-21 19:15", note="source document: MPS criminal investigation bureau warning"),
    P("cma_wb", Q1, key="Q1", when="11-23 06:40", note="source document: CMA cold-wave warning"),

    # ---- unsourced copies of the documents (class unsourced_repost)
    P("km_sc", G1, cls=U, copy="G1", note="State Council notice pasted whole on WeChat; no source named"),
    P("yn_sc", "【涉企行政检查新规要点】" + G1.split("\n\n", 1)[1].replace("\n\n", " "), cls=U, copy="G1",
      note="notice body pasted on Weibo under a new bracket headline; no source; platform reports original"),
    P("pe_ny", G2.replace("水利部日前召开", "日前召开"), cls=U, copy="G2",
      note="water-ministry item pasted with the ministry's name cut from the opener; no source"),
    P("yn_yj", "冬春供水，这些工作要做在前面\n\n" + G2.split("\n\n", 1)[1], cls=U, copy="G2",
      note="pasted under a new title; the issuer in the text is not a source line"),
    P("dl_xw", X1.split("电", 1)[1].replace("（记者 岳麓 苏禾）", ""), cls=U, copy="X1", orig=True,
      note="Xinhua report with its dateline and bylines removed, posted as an original Weibo post"),
    P("km_xw", "#中老铁路# " + X1.replace("新华社昆明11月19日电（记者 岳麓 苏禾）", ""), cls=U, copy="X1",
      orig=True, note="dateline cut; hashtag added; '记者从…获悉' is part of the copied text, not an attribution"),
    P("bn_ga", X2.replace("新华社北京11月21日电（记者 覃岭）", "") + "\n野象出没路段请减速慢行，遇象不围观、不投喂。",
      cls=U, copy="X2", orig=True, note="Xinhua item without its dateline plus one own line; no source"),
    P("pe_ny", "原标题：我国野生亚洲象种群数量增至300余头\n\n" + X2.split("）", 1)[1], cls=U, copy="X2",
      note="原标题 names the old title, not where the text was taken from"),
    P("qj_rs", R1.replace("人民论坛：", ""), cls=U, copy="R1", note="commentary pasted with its column name cut from the title; no source named"),
    P("km_xw", "【把“小切口”做成“大民生”】" + R1.split("\n\n", 2)[2].replace("\n\n", ""), cls=U, copy="R1",
      orig=True, note="commentary's last paragraph pasted on Weibo under its title; no source"),
    P("yn_yj", R2, cls=U, copy="R2", orig=True,
      note="life tips pasted whole; the WeChat post falsely claims 原创"),
    P("zt_yj", R2.replace("转给家人，温暖过冬！", "昭通应急提醒您：温暖过冬，安全第一！"), cls=U, copy="R2",
      note="tips copied, closing line swapped for the account's own; no source"),
    P("yn_wj", C1.replace("【#这些冬季用药误区要避开#】", "冬季用药，这些误区要避开\n\n"), cls=U, copy="C1",
      note="CCTV item pasted as a WeChat article; no source"),
    P("km_jy", C1, cls=U, copy="C1", orig=True, note="CCTV Weibo item pasted as an original post"),
    P("zt_yj", C2.replace("【#冬季一氧化碳中毒高发请警惕#】", "【冬季取暖防中毒】"), cls=U, copy="C2",
      note="CCTV item pasted under a new headline; no source"),
    P("yn_ga", C2, cls=U, copy="C2", orig=True, note="CCTV item pasted whole as an original post"),
    P("cx_wj", N1 + "\n\n（责任编辑：李彝）", cls=U, copy="N1",
      note="NHC advice pasted; an editor credit is not a source"),
    P("km_wl", "天冷了，心脑血管要护好\n\n" + N1.split("\n\n", 2)[2], cls=U, copy="N1",
      note="advice list pasted under a new title; no source"),
    P("zt_yj", M1, cls=U, copy="M1", note="MEM monthly figures pasted whole; no source named"),
    P("yn_yj", M2.replace("防火一小步，平安一大步。", "阅读原文"), cls=U, copy="M2",
      note="fire-ban list pasted; 阅读原文 is not a source"),
    P("km_ga", "刷到“三倍赔付”的客服电话先别急！近期，不法分子冒充电商平台、航空公司客服，以“商品质量问题可三倍赔付”“航班取消可办理退改签”为由，诱导受害人下载会议软件开启屏幕共享，再以“流水不足”“账户冻结”等理由要求转账。凡要求屏幕共享的，都是诈骗！",
      cls=U, copy="P1", note="bureau warning read out as the video caption, its wording kept; no source"),
    P("km_ga_wb", P1.replace("刑侦局提醒", "警方提醒"), cls=U, copy="P1", orig=True,
      note="bureau warning pasted with its self-reference changed; no source"),
    P("yn_ga_dy", P2.replace("【“点赞关注赚佣金”？小心刷单诈骗新变种】", "兼职点赞赚佣金？小心！"), cls=U, copy="P2",
      note="bureau warning pasted as a video caption; no source"),
    P("bn_ga", P2, cls=U, copy="P2", orig=True, note="bureau warning pasted whole as an original post"),
    P("hh_qx", Q1.replace("中央气象台11月23日06时继续发布", "11月23日继续发布"), cls=U, copy="Q1",
      note="warning pasted with the issuer cut; no source"),

    # ---- other unsourced reposts (no original in the file)
    P("qj_rs", """2027年起社会保障卡将全面加载电子医保凭证功能

我部近日印发通知，明确自2027年1月1日起，各地新发放的社会保障卡将统一加载电子医保凭证功能，持卡人可在定点医药机构“一卡通用”。已持卡人员无需换卡，可通过线上渠道自助开通。""", cls=U,
      note="written in the ministry's voice (我部) and posted without a source"),
    P("bs_jy", """2027届高校毕业生“书记校长访企拓岗”专项行动启动

为促进高校毕业生高质量充分就业，我部决定开展2027届高校毕业生“书记校长访企拓岗”专项行动。各高校书记、校长要带头走访用人单位，每所高校走访不少于100家，全年开拓岗位不少于毕业生人数。""", cls=U,
      note="ministry's own announcement (我部) pasted without a source"),
    P("km_sc", """今年以来全国查处价格违法案件1.2万件

记者从市场监管总局获悉，今年以来，全国市场监管部门共查处价格违法案件1.2万件，罚没款4.6亿元，重点整治了不明码标价、虚假折扣、“先涨后降”等问题。总局将持续开展民生领域价格监管，维护消费者合法权益。""", cls=U,
      note="agency news item pasted; '记者从…获悉' belongs to the copied text and is no source"),
    P("yn_wl_wb", """【2027年元旦假期旅游市场提示】请游客选择有资质的旅行社，签订规范合同；警惕“零团费”“负团费”低价游；自驾游请提前了解目的地路况天气，合理规划行程。我部将会同有关部门加强假日市场监管。""", cls=U,
      note="Ministry of Culture and Tourism notice in its own voice (我部), pasted without a source"),
    P("lj_wl", """雪山景区冬季游览提示：海拔3000米以上景区气温可低至零下15℃，请备好防寒衣物和氧气；有心脏病、高血压的游客请慎重登高。我厅已要求各景区做好应急救援准备。""", cls=U,
      note="a provincial department's notice (我厅) read out by a city account without naming it"),
    P("yx_st", """10月全国地表水环境质量状况发布

10月，全国地表水水质优良断面比例为91.2%，同比上升1.1个百分点；劣Ⅴ类断面比例为0.5%。我部将继续推进重点流域水生态保护修复，持续开展入河排污口排查整治。""", cls=U,
      note="ministry bulletin (我部) pasted without a source"),
    P("cx_wj", """本报讯 近日，国家医保局、国家卫生健康委联合印发通知，要求各地医疗机构进一步规范住院病人费用清单，推行“一日一清单”，患者可通过医院自助机或手机端随时查询。""", cls=U,
      note="本报讯 without the newspaper's name; pasted news item"),
    P("hh_qx", """今明两天滇东北、滇中北部有雨夹雪或冻雨

受强冷空气影响，我台预计24日至25日全省自北向南降温6～8℃，昭通、曲靖北部及哀劳山区高海拔路段可能出现道路结冰，最低气温降至-3℃～0℃。我台已于今日10时发布全省道路结冰黄色预警，请过往车辆减速慢行，注意防寒保暖。""", cls=(U, "typo"),
      spans=(("typo", "哀劳山区", "哀牢山区"),),
      note="provincial observatory's bulletin in its own voice (我台) pasted by a prefecture bureau without a source; "
           "哀牢山 misspelt by sound (牢→劳)"),
    P("yn_jy", """转发提醒！寒假将至，这份家长必读清单请收好：1.不到无人看管的水域、冰面玩耍；2.不燃放“擦炮”等危险烟花；3.不沉迷网络游戏，合理安排作息；4.外出告知家长去向，按时回家。

（内容来源于网络，如有侵权请联系删除）""", cls=U,
      note="a vague 'from the internet' line names no source"),
    P("dl_xw_dy", """据媒体报道，今年冬季来大理越冬的红嘴鸥数量明显增加，洱海边已能见到成群的海鸥。专家提醒，喂食请使用专用鸥粮，不要投喂面包、薯片。""", cls=U,
      note="'据媒体报道' is vague: no outlet named; copied item"),
    P("km_wl", """冬日昆明，这10个地方一定要去！

翠湖看海鸥、大观楼赏长联、官渡古镇吃小吃、斗南花市买鲜花、海埂大坝看日落……

图文来自网络，侵删""", cls=U,
      note="'图文来自网络' is vague; pasted listicle without a source"),

    # ---- copies that name their source (clean hard negatives)
    P("yn_wj", N1 + "\n\n内容出处：健康中国（国家卫生健康委员会官方公众号）", copy="N1", hn=HN,
      note="copy names its source in a 内容出处 line"),
    P("km_xw", "为中老铁路点赞！//@新华社:" + X1, copy="X1", orig=False, src="新华社", hn=HN,
      note="platform repost with source field and the //@ chain"),
    P("dl_xw_dy", X2, copy="X2", hn=HN, note="Xinhua item kept whole with its dateline, which names the source"),
    P("km_wl", R1 + "\n\n本文原载于《人民日报》（2026年11月18日 05版）", copy="R1", hn=HN,
      note="copy names the newspaper and page it first appeared on"),
    P("yn_sc", "【涉企行政检查这样规范】" + G1.split("\n\n", 1)[1].replace("\n\n", " ") + "（信息源自中国政府网）",
      copy="G1", orig=False, src="中国政府网", hn=HN, note="copy ends with a bracket naming the publisher"),
    P("pe_ny", G2 + "\n\n引自：中国政府网", copy="G2", hn=HN, note="copy names its source in an 引自 line"),
    P("cx_wj", C1.replace("【#这些冬季用药误区要避开#】", "冬季用药误区\n\n") + "\n\n信息出处：央视新闻", copy="C1", hn=HN,
      note="copy names its source in a 信息出处 line"),
    P("km_ga_wb", "扩散提醒！//@公安部刑侦局:" + P1, copy="P1", orig=False, src="公安部刑侦局", hn=HN,
      note="platform repost with source field"),
    P("yn_ga_dy", P2.replace("【“点赞关注赚佣金”？小心刷单诈骗新变种】", "点赞赚佣金？全是骗局！") + "（源自公安部刑侦局）",
      copy="P2", orig=False, src="公安部刑侦局", hn=HN, note="caption copy names the bureau it comes from"),
    P("zt_yj", Q1 + "\n\n转发自@中国气象局", copy="Q1", hn=HN, note="copy names the publisher (转发自@…)"),
    P("yn_yj", M1 + "\n\n资料：应急管理部网站、中国应急管理微信公众号", copy="M1", hn=HN,
      note="copy names its source in a 资料 line"),
    P("km_jy", C2 + "（文字整理自央视新闻）", copy="C2", orig=True, hn=HN,
      note="Weibo copy names the outlet it was compiled from"),
    P("yn_wj", R2 + "\n\n文章转引自人民日报微信公众号", copy="R2", hn=HN, note="copy names its source (转引自)"),
]

"""dev8: new source documents of unregistered accounts, copies of them (sourced and unsourced), other
unsourced reposts (class unsourced_repost) and hard negatives. The documents are new (none is a document of
dev/ ... dev7/ or heldout/); attribution phrasings differ from theirs where possible."""
from _lib import P

U = "unsourced_repost"

G1 = """国家体育总局办公厅 教育部办公厅关于做好2027年寒假中小学生体育锻炼工作的通知

各省、自治区、直辖市体育局、教育厅（教委），新疆生产建设兵团体育局、教育局：

为引导中小学生在寒假期间积极参加体育锻炼，养成健康生活方式，现就有关事项通知如下。

一、保证锻炼时间。各地要指导学校布置寒假体育家庭作业，鼓励学生每天参加不少于1小时的户外体育活动。

二、开放场地设施。各地体育部门要推动公共体育场馆、学校体育场地在寒假期间向学生免费或低收费开放。

三、丰富活动供给。广泛开展冰雪运动、跳绳、踢毽子等群众性体育活动，组织“寒假冬令营”。

四、强化安全保障。加强冰面、雪场等场所安全管理，严防学生运动伤害和溺水事故。

国家体育总局办公厅　教育部办公厅
2026年11月18日"""

G2 = """国务院食安办等五部门部署开展岁末年初食品安全专项检查

近日，国务院食品安全办、市场监管总局、农业农村部、海关总署、国家卫生健康委联合印发通知，部署开展岁末年初食品安全专项检查。

通知要求，各地要聚焦肉类、水产品、酒类、节日糕点等重点品种，以农村集贸市场、校园周边、网络订餐平台为重点场所，严厉打击制售假冒伪劣食品、使用非食用物质等违法行为。

通知强调，要落实食品生产经营企业主体责任，督促企业配齐配强食品安全总监和食品安全员，开展风险隐患自查。"""

X1 = """新华社青岛11月19日电（记者 宋晗）记者19日从青岛市农业农村局获悉，今年青岛设施蔬菜面积达到42万亩，冬季日均上市蔬菜3800吨以上，本地“菜篮子”供应充足。青岛推广水肥一体化、物联网温控等技术，设施蔬菜亩均效益较五年前提高约四成。"""

X2 = """新华社佛山11月20日电（记者 冼敏）记者20日从佛山市获悉，第十五届全国运动会闭幕一年来，佛山赛区12座比赛场馆已全部向市民开放，累计接待健身群众超过260万人次。佛山推出“一场一策”运营方案，让赛后场馆变身“全民健身中心”。"""

X3 = """新华社北京11月23日电（记者 冯骁）退役军人事务部23日介绍，今年以来全国已有2.1万家企业加入退役军人就业合作伙伴，提供岗位超过60万个。退役军人事务部有关负责人表示，将推动各地建立退役军人就业岗位“蓄水池”，开展“兵支书”“兵专干”培养工程。"""

R1 = """冬练三九，科学健身别“硬扛”

天冷了，跑步、跳绳、打球的人依然不少。冬季健身益处多，但也需讲究方法。

一要热身充分。低温下肌肉和韧带弹性下降，运动前至少热身10分钟。

二要量力而行。老年人和慢性病患者不宜清晨空腹锻炼，出现胸闷、头晕要立即停止。

三要注意保暖。运动后及时擦干汗水、增添衣物，避免“一冷一热”引发感冒。

健身是一辈子的事，科学锻炼才能收获健康。"""

R2 = """冬季自驾游，这些安全要点别忽视

1. 出发前检查轮胎、防冻液和灯光；
2. 遇雨雪天气降低车速，拉大车距；
3. 进山路段提前了解道路通行情况，不走未开放路段；
4. 车内备好保暖衣物、饮用水和应急食品；
5. 在车内开空调休息要留缝通风，谨防一氧化碳中毒。"""

C1 = """【#国家体育总局发布冬季全民健身指南#】国家体育总局今天发布冬季全民健身指南，推荐快走、太极拳、八段锦、室内健身操等12类适合冬季开展的运动项目，提醒健身群众避开大风、雾霾等不良天气，雪天外出注意防滑。"""

C2 = """【#市场监管总局公布一批直播带货违法典型案例#】市场监管总局今天公布10起直播带货违法典型案例，涉及虚构原价、虚假宣传、销售不合格产品等。其中，某主播宣称普通食品“降血糖”被罚没款120万元。市场监管总局表示，将持续加大网络直播营销监管力度。"""

N1 = """冬季进补别盲目，这份合理膳食建议请参考

冬季天气寒冷，不少人喜欢“贴秋膘”“冬进补”。专家提醒，进补要因人而异，不可盲目。

1. 主食粗细搭配，适量增加全谷物和薯类；
2. 多吃深色蔬菜和水果，保证维生素摄入；
3. 适量吃鱼、禽、蛋和瘦肉，少吃肥肉和烟熏肉制品；
4. 控制盐、油、糖，少喝含糖饮料；
5. 慢性病患者进补前应咨询医生。"""

M1 = """燃气泄漏怎么办？牢记“一关二开三不要”

一关：立即关闭燃气总阀门。
二开：打开门窗通风，降低室内燃气浓度。
三不要：不要开关电器，不要使用明火，不要在室内拨打电话。

撤离到安全地带后，再拨打燃气公司抢修电话或119。"""

P1 = """【警惕“演唱会门票代抢”诈骗！】年末演唱会扎堆，骗子在社交平台发布“内部票”“低价代抢”信息，诱导粉丝私下转账付“定金”，收钱后即拉黑。公安机关提醒：购票请通过官方售票渠道，不要相信“代抢”“内部渠道”，更不要私下转账。"""

W1 = """【寒潮黄色预警】中央气象台11月27日06时发布寒潮黄色预警：受强冷空气影响，预计27日至29日，华北、黄淮、江淮等地气温将下降8～12℃，局地降温14℃以上，并伴有6～8级偏北风。请注意防寒保暖，做好设施农业防冻工作。"""

POSTS = [
    # source documents
    P("gov_wx", G1, key="g1"),
    P("gov_wx", G2, key="g2"),
    P("xh_wb", X1, key="x1"),
    P("xh_wb", X2, key="x2"),
    P("xh_wb", X3, key="x3"),
    P("rmrb_wx", R1, key="r1"),
    P("rmrb_wx", R2, key="r2"),
    P("cctv_wb", C1, key="c1"),
    P("cctv_wb", C2, key="c2"),
    P("nhc_wx", N1, key="n1"),
    P("mem_wx", M1, key="m1"),
    P("mps_wb", P1, key="p1"),
    P("cma_wb", W1, key="w1", when="11-27 06:40"),

    # unsourced copies
    P("jnn_jy", G1, U, copy="g1", note="the ministries' notice pasted verbatim; the issuers' title and signature are no source"),
    P("zb_jy", "寒假将至，请各区县、各学校认真落实以下要求：\n\n" + G1.split("\n\n", 2)[2],
      U, copy="g1", note="body of the national notice pasted under the bureau's own opener, no source"),
    P("sd_ty", """【做好寒假中小学生体育锻炼工作】各地要指导学校布置寒假体育家庭作业，鼓励学生每天参加不少于1小时的户外体育活动。各地体育部门要推动公共体育场馆、学校体育场地在寒假期间向学生免费或低收费开放。""",
      U, copy="g1", note="two items of the national notice pasted on Weibo without source"),
    P("ly_sc", G2, U, copy="g2", orig=True, note="national news item pasted verbatim, and marked 原创"),
    P("dy_sc", """【五部门部署岁末年初食品安全专项检查】各地要聚焦肉类、水产品、酒类、节日糕点等重点品种，以农村集贸市场、校园周边、网络订餐平台为重点场所，严厉打击制售假冒伪劣食品、使用非食用物质等违法行为。""",
      U, copy="g2", note="paragraph of the national item pasted without source"),
    P("qd_nw", "今年青岛设施蔬菜面积达到42万亩，冬季日均上市蔬菜3800吨以上，本地“菜篮子”供应充足。青岛推广水肥一体化、物联网温控等技术，设施蔬菜亩均效益较五年前提高约四成。",
      U, copy="x1", note="wire story with the dateline cut off"),
    P("sz_wl", "第十五届全国运动会闭幕一年来，佛山赛区12座比赛场馆已全部向市民开放，累计接待健身群众超过260万人次。佛山推出“一场一策”运营方案，让赛后场馆变身“全民健身中心”。#赛后场馆利用#",
      U, copy="x2", note="wire story with the dateline cut off"),
    P("gd_jr", """全国2.1万家企业加入退役军人就业合作伙伴

今年以来全国已有2.1万家企业加入退役军人就业合作伙伴，提供岗位超过60万个。退役军人事务部有关负责人表示，将推动各地建立退役军人就业岗位“蓄水池”，开展“兵支书”“兵专干”培养工程。""",
      U, copy="x3", note="wire story re-headlined, dateline and outlet removed"),
    P("wh_jy", R1, U, copy="r1", note="People's Daily article pasted verbatim without source"),
    P("zs_jt", "【冬季锻炼提示】" + R1.split("\n\n", 1)[1],
      U, copy="r1", note="People's Daily article under a new heading, no source"),
    P("jn_wl_wb", "#冬游泉城# " + R2.replace("\n", " "),
      U, copy="r2", note="People's Daily list pasted on Weibo without source"),
    P("lc_wj", N1, U, copy="n1", note="NHC article pasted verbatim"),
    P("jm_wj", "【健康提醒】" + N1.split("\n\n", 1)[1] + "\n\n江门卫健祝您冬季安康！",
      U, copy="n1", note="NHC article with own heading and sign-off, no source"),
    P("ta_yj", M1, U, copy="m1", note="ministry safety card pasted verbatim"),
    P("hz_sc", """燃气泄漏怎么办？一关：立即关闭燃气总阀门。二开：打开门窗通风，降低室内燃气浓度。三不要：不要开关电器，不要使用明火，不要在室内拨打电话。""",
      U, copy="m1", note="ministry safety card condensed on Weibo, no source"),
    P("mm_ga_wb", P1, U, copy="p1", note="the CID bureau's warning pasted as an original Weibo post"),
    P("zq_ga", """年末演唱会扎堆，骗子在社交平台发布“内部票”“低价代抢”信息，诱导粉丝私下转账付“定金”，收钱后即拉黑。购票请通过官方售票渠道！#反诈""",
      U, copy="p1", note="the CID bureau's warning as a Douyin caption, no source"),
    P("dy_sc", W1.replace("【寒潮黄色预警】", "【降温提醒】"), U, copy="w1",
      note="the national warning re-headed and pasted without source"),
    P("ly_sc_wb", C2.replace("【#市场监管总局公布一批直播带货违法典型案例#】", "【直播带货违法典型案例】"),
      U, copy="c2", note="CCTV item with the hashtag headline replaced, no source"),
    P("zj_sc", """直播带货违法典型案例公布

近日，10起直播带货违法典型案例公布，涉及虚构原价、虚假宣传、销售不合格产品等。其中，某主播宣称普通食品“降血糖”被罚没款120万元。市场监管总局表示，将持续加大网络直播营销监管力度。""",
      U, copy="c2", note="CCTV item rewritten lightly, no source"),
    P("zh_jy", "冬季全民健身指南发布：推荐快走、太极拳、八段锦、室内健身操等12类适合冬季开展的运动项目，提醒健身群众避开大风、雾霾等不良天气，雪天外出注意防滑。请家长带领孩子科学锻炼。",
      U, copy="c1", note="CCTV item pasted with a sentence added, no source"),
    P("wf_wl", """冬季自驾来潍坊，这些安全要点别忽视：出发前检查轮胎、防冻液和灯光；遇雨雪天气降低车速，拉大车距；车内备好保暖衣物、饮用水和应急食品。""",
      U, copy="r2", note="People's Daily list condensed into a Douyin caption, no source"),
    P("yt_wj", "冬季天气寒冷，不少人喜欢“贴秋膘”“冬进补”。专家提醒，进补要因人而异，不可盲目。主食粗细搭配，多吃深色蔬菜和水果，控制盐、油、糖，慢性病患者进补前应咨询医生。",
      U, copy="n1", note="NHC advice condensed without source"),

    # unsourced reposts without a document in the file (another body's voice, pasted copy)
    P("wh_jy", """我厅近日印发《山东省中小学校园欺凌防治工作指南》

《指南》从预防、发现、处置、跟踪四个环节，明确了学校、家长和社会各方责任。我厅要求，各地各校要建立欺凌事件“零报告”制度，每学期至少开展一次专项排查。""",
      U, note="in the provincial department's voice (我厅) on a city account, no source"),
    P("jm_wj", """记者从国家卫生健康委获悉，今冬明春我国流感活动将呈现季节性上升态势，以甲型H3N2亚型为主。专家建议，老年人、儿童、孕妇等重点人群尽早接种流感疫苗，出现发热等症状及时就医。（完）""",
      U, note="agency copy pasted without the outlet's name (记者从…获悉 and （完） are not a source)"),
    P("zs_jt", """本报讯 近日，中山市教育和体育局启动“中小学体育课堂质量提升年”行动，组织全市体育教师开展大练兵，并将每天课间时间延长至15分钟。""",
      U, note="newspaper item pasted with 本报讯 but no paper named"),
    P("gd_ty", """总局近日印发通知，部署开展2027年“全民健身迎新春”系列活动。通知要求，各地体育部门要广泛开展群众性冰雪运动、登高健身、传统体育等活动，营造欢乐祥和的节日氛围。""",
      U, note="in the General Administration of Sport's voice (总局), no source"),
    P("qd_nw", """我部近日印发《关于做好冬春农业生产工作的通知》，要求各地抓好小麦冬前管理，加强设施农业防寒保温，确保“菜篮子”产品稳定供应。""",
      U, note="in the Ministry of Agriculture's voice (我部), no source"),
    P("lc_wj", """（记者 张敏）记者从省卫生健康委获悉，我省将于12月起在全省推广“先诊疗后付费”服务，覆盖所有二级以上公立医院。""",
      U, note="newspaper copy with only a reporter credit"),
    P("dy_sc", """市场监管总局近日发布《网络交易平台收费行为合规指南》，明确平台不得强制商家参加促销活动，不得对商家收取不合理费用。（完）""",
      U, note="agency copy pasted without outlet"),
    P("ta_yj", """山东省应急管理厅　山东省气象局关于加强寒潮大风天气安全防范工作的通知

各市应急管理局、气象局：预计11月27日至29日，我省将出现寒潮大风天气。请各地加强值班值守，做好户外作业、设施农业、高空作业等安全防范工作。

山东省应急管理厅　山东省气象局
2026年11月26日""",
      U, note="another body's notice with its own signature pasted without source"),
    P("zb_jy", """编者按：寒假作业怎么布置才科学？一起来看。

作者：李明远

寒假作业不应是“题海战术”，而应注重实践性、探究性。学校可以布置家务劳动、社会调查、阅读打卡等作业，让孩子在真实生活中学习……""",
      U, note="a journal article pasted with 编者按 and 作者 only"),
    P("gd_jr", """我部联合人力资源社会保障部等部门印发通知，部署开展2027年退役军人专场招聘活动，计划全年举办线上线下招聘会5000场以上。""",
      U, note="in the Ministry of Veterans Affairs' voice (我部), no source"),

    P("mm_ga_wb", """我厅近日部署全省公安机关开展冬季治安防控“百日行动”，要求各地加强重点部位巡逻防控，严厉打击盗抢骗等多发性侵财犯罪，确保岁末年初社会治安稳定。""",
      U, note="in the provincial department's voice (我厅) on a city account, no source"),
    P("jn_wl_wb", """【冬季旅游季】我厅联合省发展改革委等部门推出“冬游齐鲁·好客山东”百项惠民措施，全省200余家A级景区推出门票减免，温泉、滑雪等冬季产品同步上新。""",
      U, note="in the provincial department's voice (我厅) on a city account, no source"),

    # hard negatives: copies that name their source, and own-voice notices
    P("zs_jt", G1 + "\n\n出处：中国政府网", copy="g1", hn=U,
      note="names the source at the end (出处：中国政府网)"),
    P("zj_sc", "内容来源｜中国政府网\n\n" + G2, copy="g2", hn=U, note="names the source at the top"),
    P("gd_ty", X2, copy="x2", hn=U, note="the dateline names the outlet"),
    P("zh_jy", R1 + "\n\n原载：人民日报微信公众号", copy="r1", hn=U, note="names the source (原载)"),
    P("ta_yj", "【冬季自驾游安全】本文来自人民日报微信公众号：" + R2.split("\n\n", 1)[1].replace("\n", " "),
      copy="r2", hn=U, note="names the source inline"),
    P("sd_ty", "转发微博", copy="c1", hn=U, orig=False, src="央视新闻",
      note="platform repost with the source field set"),
    P("yt_wj", N1 + "\n\n本文原发于“健康中国”公众号，转载仅供学习参考", copy="n1", hn=U,
      note="names the source (原发于)"),
    P("ly_sc_wb", "//转发提醒：年末买票走官方渠道！", copy="p1", hn=U, orig=False, src="公安部刑侦局",
      note="platform repost with the source field set"),
    P("jn_wl_wb", "@中国气象局 发布：" + W1, copy="w1", hn=U, note="the publisher is named as speaker"),
    P("hz_sc", C2 + "（央视新闻）", copy="c2", hn=U, note="the outlet named in brackets"),
    P("jnn_jy", """济宁市教育局关于2027年中小学寒假放假时间的通知

各县（市、区）教育和体育局，市直各学校：经研究，我市中小学寒假时间为2027年1月23日至2月21日。请各校做好寒假安全教育工作。

济宁市教育局
2026年11月24日""",
      hn=U, note="the bureau's own notice in its own voice"),
    P("ly_sc", """我局近日对全市32家大型商超开展冬季食品安全专项检查，发现问题隐患15处，已全部督促整改。""",
      hn=U, note="own voice (我局) of the publishing bureau"),
    P("qd_nw", """我局技术人员深入即墨区蔬菜大棚，指导菜农做好低温防护，加固棚膜、增设保温被。（图片来源：即墨区农业农村局）""",
      hn=U, note="own original with a picture credit"),
    P("mm_ga_wb", """据茂名市公安局交通警察支队消息，12月1日起，市区部分路段将实行潮汐车道。具体路段见交警支队官方公众号。""",
      hn=U, note="attributes the item to its source (据…消息)"),
]

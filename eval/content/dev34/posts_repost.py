"""Thirtieth held-out part: new source documents of unregistered accounts, copies of them (sourced and
unsourced), other unsourced reposts (class unsourced_repost) and hard negatives. The documents are new (none
is a document of dev/ ... dev33/)."""
from _lib import P

U = "unsourced_repost"
T = "typo"
HN = "unsourced_repost"

G1 = """国务院常务会议研究部署进一步扩大养老托育服务消费的举措

会议指出，要加大普惠养老和普惠托育服务供给，支持社区嵌入式服务设施建设，推动养老托育机构与医疗机构签约合作，让老人和孩子在家门口就能得到照护。"""

G2 = """老旧小区燃气管道更新改造今冬明春集中推进

国务院办公厅日前印发通知，要求各地在供暖季前完成燃气管道隐患排查，对老化严重、存在泄漏风险的管道优先改造，施工期间做好临时供气保障，确保群众温暖过冬。"""

X1 = """新华社重庆11月17日电（记者 周渝川 何静怡）记者从西部陆海新通道物流和运营组织中心获悉，今年以来通道班列累计开行超过1.2万列，货物通达全球127个国家和地区的500多个港口。"""

X2 = """新华社北京11月20日电 国家医保局近日印发通知，明确自明年1月1日起，参保人在异地定点药店购药可直接结算，各地要在12月底前完成系统对接。"""

R1 = """把群众的“小事”当成政府的“大事”

一条坡道、一盏路灯、一个菜市场，看似是小事，却关系到群众每天的生活品质。城市治理水平的高低，往往就体现在这些细微之处。多一些俯下身子的调研，就少一些群众的烦心事。"""

R2 = """暖冬行动，温暖的是人心

入冬以来，多地开展送温暖活动，为困难群众送去棉衣棉被、检修取暖设施。冬天不冷，是因为有人记挂。把好事办实、把实事办好，群众的获得感才会更加真切。"""

C1 = """【#寒潮来了这些防护要做好#】中央气象台今天继续发布寒潮蓝色预警。专家提醒：老人、儿童和慢性病患者尽量减少早晚外出，外出时注意头部、颈部和手脚保暖。"""

C2 = """【#12月起一批新规将施行#】涉及网络交易平台规则公示、电动自行车充电安全、居民身份证电子证照等方面，与你我生活息息相关，一起来看↓↓"""

N1 = """冬季儿童呼吸道感染高发，家长要注意这几点

入冬后，流感、支原体感染等呼吸道疾病进入高发期。家长要引导孩子勤洗手、科学佩戴口罩；孩子出现发热、咳嗽等症状应及时就医，不要自行给孩子使用抗生素。"""

M1 = """冬季森林草原防灭火，这些规定要牢记

进入林区草原严禁携带火种，不得在林区内吸烟、烧烤、燃放孔明灯；祭祀请选择文明方式；发现火情请立即拨打119或12119报警，切勿盲目扑救。"""

M2 = """应急管理部发布11月上中旬全国自然灾害情况

11月上中旬，我国自然灾害以低温雨雪冰冻、森林火灾和地质灾害为主，各类自然灾害共造成受灾群众数万人次，应急管理部门已启动相应应急响应。"""

PS1 = """【#警惕AI换脸冒充亲友借钱#】不法分子利用AI技术伪造亲友视频，以“急用钱”“住院缴费”为由要求转账。接到此类视频通话，务必通过电话或当面核实身份！"""

PS2 = """【#高额返利理财都是骗局#】“日息千分之五”“保本高收益”“内部渠道稳赚不赔”，这些都是非法集资和诈骗的常见话术。投资理财请选择正规金融机构。"""

CM1 = """【#今冬首场寒潮天气过程#】11月22日至25日，中东部地区将自北向南先后出现大风降温天气，气温下降8～12℃，部分地区有雨雪冰冻，请做好防寒保暖。"""

POSTS = [
    # source documents (clean originals of unregistered accounts)
    P("gov_wx", G1, key="g1"),
    P("gov_wx", G2, key="g2"),
    P("xh_wb", X1, key="x1"),
    P("xh_wb", X2, key="x2"),
    P("rmrb_wx", R1, key="r1"),
    P("rmrb_wx", R2, key="r2"),
    P("cctv_wb", C1, key="c1"),
    P("cctv_wb", C2, key="c2"),
    P("nhc_wx", N1, key="n1"),
    P("mem_wx", M1, key="m1"),
    P("mem_wx", M2, key="m2"),
    P("mps_wb", PS1, key="ps1"),
    P("mps_wb", PS2, key="ps2"),
    P("cma_wb", CM1, key="cm1"),

    # unsourced copies
    P("spb_zf", G1, U, copy="g1", note="copy of a State Council item without naming the source"),
    P("wl_zf", G2 + "\n\n原标题：老旧小区燃气管道改造今冬明春集中推进", U, copy="g2",
      note="原标题 does not name a source"),
    P("yc_zf", X1.replace("新华社重庆11月17日电（记者 周渝川 何静怡）", "").replace("陆海新通道物流", "陆海新通到物流"),
      (U, T), [(T, "陆海新通到", "陆海新通道")], copy="x1",
      note="dateline cut off; same-sound slip 道→到 in the formal term"),
    P("cq_wj", X2.replace("新华社北京11月20日电 ", ""), U, copy="x2", note="dateline cut off"),
    P("na_sj", R1 + "\n\n编辑：牟丽娟", U, copy="r1", note="editor credit does not name a source"),
    P("ws_nw", R2, U, copy="r2", note="commentary pasted without source"),
    P("cq_wl_wb", C1, U, copy="c1", orig=True, note="pasted as an original Weibo post"),
    P("wz_ga", C2, U, copy="c2", orig=True, note="pasted as an original Weibo post"),
    P("na_wj", N1 + "\n\n阅读原文", U, copy="n1", orig=True, note="阅读原文 does not name a source; falsely claims 原创"),
    P("fl_yj", M1, U, copy="m1", note="another body's notice pasted without source"),
    P("cq_ga", PS1, U, copy="ps1", orig=True, note="pasted as an original Weibo post"),
    P("hc_qx", CM1, U, copy="cm1", orig=True, note="pasted as an original Weibo post"),

    # copies that name their source (hard negatives)
    P("yz_xw", G1 + "\n\n来源：中国政府网", copy="g1", hn=HN, note="来源 line"),
    P("cq_wl_wb", X1, copy="x1", hn=HN, orig=True, note="dateline kept"),
    P("cq_jw", "据新华社报道，" + X2.replace("新华社北京11月20日电 ", ""), copy="x2", hn=HN, note="据…报道"),
    P("dz_rs", "以下文章来源于 人民日报\n\n" + R2, copy="r2", hn=HN, note="以下文章来源于 banner"),
    P("ws_wl_wb", C1, copy="c1", hn=HN, orig=False, src="央视新闻", note="platform repost with source field"),
    P("cq_yj", M2 + "\n\n转自：中国应急管理", copy="m2", hn=HN, note="转自 line"),
    P("wz_ga", PS2, copy="ps2", hn=HN, orig=False, src="公安部刑侦局", note="platform repost with source field"),
    P("cq_sthj", "#转发# " + CM1 + "（来源：中国气象局）", copy="cm1", hn=HN, orig=True, note="来源 bracket"),

    # other unsourced reposts (another body's voice, no source named)
    P("cq_jw", """教育部关于做好2027届全国普通高校毕业生就业创业工作的通知

各省、自治区、直辖市教育厅（教委）：我部决定开展“百日冲刺”促就业专项行动，请各地各高校结合实际认真贯彻落实。""",
      U, note="a ministry's notice (我部) pasted without source"),
    P("cq_wj", """今冬明春，我委将在全国组织开展基层医疗卫生机构能力提升行动，各省级卫生健康行政部门要重点加强县域医共体建设，提升基层首诊能力。""",
      U, note="the national commission's voice (我委, addressing provinces) without source"),
    P("na_sj", """冬季消费提示：总局提醒消费者，选购取暖器具时要认准3C标志，不要购买“三无”产品，使用时远离可燃物。各地市场监管部门要加强抽查。""",
      U, note="the national administration's voice (总局) without source"),
    P("yz_ga", """#反诈 近期冒充“客服”以“关闭百万保障”“注销校园贷”为由实施诈骗的案件高发，我部已部署全国公安机关开展集中打击。""",
      U, note="the ministry's voice (我部) without source"),
    P("fl_yj", """我办日前组织国家防灾减灾救灾委员会成员单位会商研判，预计12月全国自然灾害风险以低温雨雪冰冻和森林火灾为主。""",
      U, note="a national office's voice (我办) without source"),
    P("cq_yj", """我办将于12月至明年2月在全国开展冬春安全生产“百日攻坚”行动，各省级安委会要重点整治燃气、交通、消防等领域突出问题。""",
      U, note="the State Council safety office's voice without source"),
    P("spb_zf", """我部近日印发通知，要求各省级住房城乡建设部门加快推进城市老旧街区和城中村改造，年底前完成项目储备。""",
      U, note="a ministry's voice (我部) without source"),
    P("wl_zf", """我部近日印发通知，要求各地抓好冬小麦田间管理，各省级农业农村部门要组织专家分区分类指导，防范寒潮低温对越冬作物的不利影响。""",
      U, note="a ministry's voice without source"),
    P("cq_sthj", """10月全国339个地级及以上城市空气质量优良天数比例为88.6%。我部将会同各省（区、市）持续推进秋冬季大气污染综合治理。""",
      U, note="a ministry's voice without source"),
    P("wz_wl", """#文旅 今冬我部将组织开展“冰雪旅游季”全国联动推广，各省级文化和旅游行政部门要推出精品线路。""",
      U, note="a ministry's voice without source"),
    P("dz_rs", """我部决定自12月起在全国开展根治欠薪冬季专项行动，各省级人力资源社会保障部门要重点查处工程建设领域欠薪问题。""",
      U, note="a ministry's voice without source"),
    P("hc_qx", """【今冬气候趋势】我中心预计，今冬全国大部地区气温接近常年同期到偏高，冷暖起伏大，阶段性寒潮较明显，各省级气象部门要做好服务。""",
      U, orig=True, note="a national centre's voice (我中心) pasted as original"),
    P("cq_ga_dy", """#交警提示 冬季雨雪天气高速公路易发团雾、路面结冰，我局已部署各省级公安交管部门加强巡逻管控，请驾驶人降速慢行。""",
      U, note="a national bureau's voice (我局) without source"),
    P("na_wj", """我局组织专家研判，预计12月全国流感活动将继续上升，各省级疾控部门要指导重点人群尽快接种流感疫苗。""",
      U, note="a national bureau's voice without source"),
    P("ws_wl", """我部将联合各省级文物部门开展传统村落和历史文化街区冬季防火安全检查，坚决守住文物安全底线。""",
      U, note="a ministry's voice without source"),
    P("yc_zf", """我委近日印发通知，部署做好今冬明春能源保供工作，各省级发展改革部门要确保群众温暖过冬。""",
      U, note="a national commission's voice (我委) without source"),
    P("cq_wl", """#冰雪季 总局将联合有关部门在全国开展“冰雪进万家”系列活动，各省级体育部门要推动冰雪运动走进群众。""",
      U, note="a national administration's voice (总局) without source"),
    P("fj_sj", """我局日前公布新一批地理标志保护产品，各省级知识产权管理部门要进一步加强地理标志保护和运用。""",
      U, note="a national bureau's voice without source"),
    P("ws_nw", """我部组织专家制定了冬季果树管理技术指导意见，请各省级农业农村部门组织农技人员进村入户开展指导。""",
      U, note="a ministry's voice without source"),
    P("wz_ga_dy", """#消防 冬季火灾多发，我局已部署全国消防救援队伍开展冬春火灾防控，提醒大家人走断电，电动自行车不要在楼道内充电。""",
      U, note="a national bureau's voice without source"),
    P("yz_xw_dy", """#民生 我部将指导各省级民政部门做好困难群众冬季基本生活保障，及时发放取暖补贴。""",
      U, note="a ministry's voice without source"),
    P("cq_wl_wb", """我部将于12月在全国启动“旅游服务质量提升年”活动，各省级文化和旅游部门要加强导游和旅行社监管。""",
      U, orig=True, note="a ministry's voice pasted as an original Weibo post"),
    P("cq_ga_dy", """#反诈 我中心监测发现，近期全国“低价机票退改签”诈骗高发，请旅客通过航空公司官方渠道办理。""",
      U, note="the national anti-fraud centre's voice without source"),
    P("cq_yj", """冬季是火灾高发期，我局已部署全国消防救援队伍深入社区开展取暖设备安全检查，提醒大家使用电暖器时远离窗帘被褥。""",
      U, note="a national bureau's voice without source"),

    # hard negatives: the unit's own voice
    P("cq_wj", """我委联合市医保局发布通知：自12月起，全市二级以上公立医院检查检验结果互认项目增至220项。""",
      hn=HN, note="the unit's own notice in its own voice (我委)"),
    P("fl_yj", """我局于11月25日组织开展危化品企业冬季安全生产专项检查，共检查企业18家，发现隐患42处，均已责令整改。""",
      hn=HN, note="the unit's own voice (我局)"),
    P("dz_rs", """我局将于12月起开展根治欠薪冬季专项行动，欠薪线索可拨打区劳动保障监察举报电话反映。""",
      hn=HN, note="the unit's own voice"),
    P("yz_ga", """#渝中 我局近日破获一起冒充客服诈骗案，抓获犯罪嫌疑人5名。民警提醒：正规客服不会要求转账。""",
      hn=HN, note="the unit's own case in its own voice"),
    P("ws_nw", """我委组织农技人员深入12个乡镇开展脆李冬季管护技术指导，发放技术资料3000余份。""",
      hn=HN, note="the unit's own voice"),
]

"""Twenty-sixth held-out part: new source documents of unregistered accounts, copies of them (sourced and
unsourced), other unsourced reposts (class unsourced_repost) and hard negatives. The documents are new (none
is a document of dev/ ... dev29/)."""
from _lib import P

U = "unsourced_repost"
T = "typo"
HN = "unsourced_repost"

G1 = """国务院办公厅关于2027年部分节假日安排的通知要点解读

元旦：1月1日放假，与周末连休。春节：农历除夕至正月初七放假调休，共9天。各地区、各部门要妥善安排好值班和安全、保卫等工作，遇有重大突发事件，要按规定及时报告并妥善处置。"""

G2 = """冬季清洁取暖和能源保供工作部署会要求：确保群众温暖过冬

会议强调，要压实地方主体责任，加强煤炭、天然气产供储销衔接，优先保障居民生活用能，对困难群众取暖给予帮扶，坚决守住民生用能底线。"""

X1 = """新华社长春11月19日电（记者 孟一凡 刘石磊）随着气温持续走低，吉林省多地滑雪场陆续开板迎客。今年全省滑雪场数量增至80余座，冰雪旅游产品更加丰富，“冷资源”正在变成“热经济”。"""

X2 = """新华社北京11月23日电 国家统计局公告显示，2026年全国粮食总产量再创历史新高，连续多年稳定在1.3万亿斤以上，东北地区粮食增产贡献突出。"""

R1 = """把“冷资源”做成“热经济”，需要久久为功

冰雪是大自然的馈赠。让冰天雪地变成金山银山，既要有好的设施和产品，更要有好的服务和环境。游客满意了，冰雪经济才能真正热起来。"""

R2 = """岁末年初，别让农民工的血汗钱“冻”住了

临近年关，欠薪问题容易集中显现。各地要畅通维权渠道，对恶意欠薪行为依法严惩，让每一位劳动者都能拿到应得的报酬，安心回家过年。"""

C1 = """【#今冬首场大范围雨雪过程#】11月20日起，我国北方将迎来今冬首场大范围雨雪天气，东北地区部分地区有暴雪，气温下降10℃以上。请注意防范道路结冰对交通的不利影响。"""

C2 = """【#电动自行车进楼入户充电有多危险#】一辆电动自行车起火，3分钟内火焰温度可达1000℃，浓烟可迅速充满整个楼道。请将电动自行车停放在集中充电场所，切勿“飞线充电”。"""

N1 = """冬季呼吸道传染病防护，记住这份“健康锦囊”

勤洗手、常通风、科学佩戴口罩；出现发热、咳嗽等症状及时就医；老年人、慢性病患者和儿童等重点人群要按程序接种流感疫苗和肺炎球菌疫苗。"""

N2 = """冬季谨防“心梗”偷袭，这些信号要警惕

突发胸痛、胸闷、大汗、呼吸困难，疼痛可向左肩、左臂、下颌放射。出现以上症状，要立即停止活动、就地休息，尽快拨打120，切勿自行驾车就医。"""

M1 = """今冬明春火灾防控要点发布

重点整治电动自行车违规停放充电、彩钢板建筑、“三合一”场所等突出风险，加强高层建筑、大型综合体、养老机构等场所消防安全管理，确保消防通道畅通。"""

M2 = """暴雪天气如何防范？应急管理部发布安全提示

1. 关注气象预警，及时清理屋顶积雪；
2. 老旧房屋、简易棚舍人员要及时转移；
3. 车辆出行安装防滑链，减速慢行；
4. 遇险时拨打110、119求助。"""

P1 = """【#刑侦局提醒#】“扫码领取冬季取暖补贴”是诈骗！近期有不法分子冒充社区、供热公司发送二维码，诱导群众填写银行卡信息。补贴发放不需要提供银行卡密码和验证码！"""

CM1 = """【#寒潮预警#】中央气象台11月24日发布寒潮预警，预计11月25日至27日，吉林、黑龙江等地气温将下降12℃至16℃，局地降温超过18℃，请提前做好防寒防冻准备。"""

POSTS = [
    # source documents (clean originals of unregistered accounts)
    P("gov_wx", G1, key="g1"),
    P("gov_wx", G2, key="g2"),
    P("xh_wb", X1, key="x1"),
    P("xh_wb", X2, key="x2"),
    P("rmrb_wx", R1, key="r1"),
    P("rmrb_wx", R2, key="r2"),
    P("cctv_wb", C1, key="c1", when="11-19 18:20"),
    P("cctv_wb", C2, key="c2"),
    P("nhc_wx", N1, key="n1"),
    P("nhc_wx", N2, key="n2"),
    P("mem_wx", M1, key="m1"),
    P("mem_wx", M2, key="m2"),
    P("mps_wb", P1, key="p1"),
    P("cma_wb", CM1, key="cm1", when="11-24 10:05"),

    # unsourced copies of the documents
    P("jl_rs", G1, U, copy="g1", note="full copy of a State Council document summary, no source"),
    P("ly_yj", G2, U, copy="g2", note="copy of a meeting report, no source"),
    P("cc_xw", X1.split("）", 1)[1], U, copy="x1", note="Xinhua report pasted with its dateline cut off"),
    P("jl_nw", "好消息！" + X2.split("电 ", 1)[1], U, copy="x2", note="Xinhua report pasted without its dateline"),
    P("bs_wl", R1, U, copy="r1", note="People's Daily commentary pasted without source"),
    P("yb_rs", R2, U, copy="r2", note="People's Daily commentary pasted without source"),
    P("bc_qx", C1, U, copy="c1", orig=True, note="CCTV News weibo text pasted as an original, no source"),
    P("cc_ga_wb", C2, U, copy="c2", orig=True, note="CCTV News weibo text pasted as an original, no source"),
    P("sp_wj", N1, U, copy="n1", note="NHC article copied without source"),
    P("jl_wj", N2, U, copy="n2", orig=True, note="NHC article copied, falsely claims 原创"),
    P("jl_yj", M1, U, copy="m1", note="Ministry of Emergency Management text copied without source"),
    P("cc_ga", P1.replace("【#刑侦局提醒#】", ""), U, copy="p1", note="Criminal Investigation Bureau warning pasted without its tag or source"),

    # copies that name their source (clean)
    P("cc_wl", "【来源：新华社】\n" + X1, copy="x1", hn=HN, note="copy with a 来源 line (and the Xinhua dateline)"),
    P("jl_wl_wb", X1, copy="x1", orig=False, src="新华社", hn=HN, note="platform repost with the source field set"),
    P("jl_wj", "以下文章来源于健康中国\n\n" + N2, copy="n2", hn=HN, note="WeChat 以下文章来源于 banner"),
    P("jl_rs", "据人民日报消息，" + R2.split("\n\n", 1)[1], copy="r2", hn=HN, note="据…消息 attribution"),
    P("bc_qx", C1 + "（转自央视新闻）", copy="c1", orig=False, hn=HN, note="转自 in brackets"),
    P("ly_yj", M2 + "\n\n信息来源：中国应急管理", copy="m2", hn=HN, note="信息来源 line"),
    P("jl_ga", P1 + " //@公安部刑侦局", copy="p1", orig=False, src="公安部刑侦局", hn=HN, note="platform repost with source set"),
    P("cc_xw_dy", "中国气象局：" + CM1.replace("【#寒潮预警#】", ""), copy="cm1", hn=HN, note="publisher named as the speaker"),

    # other unsourced reposts: another body's voice, pasted articles
    P("jls_sc", "近日，我部联合有关部门印发通知，部署开展冬季燃气安全专项整治，重点检查瓶装液化石油气经营、餐饮场所燃气使用等环节，发现一起查处一起。",
      U, note="a ministry's voice (我部) posted without source"),
    P("sp_wj", "本报讯 近日，某三甲医院呼吸科主任在接受采访时表示，今冬流感以甲型H3N2为主，建议重点人群尽快接种疫苗，出现高热不退及时就诊。",
      U, note="a newspaper's 本报讯 piece pasted without the outlet's name"),
    P("yb_wl", "今年以来，我市接待游客量突破3000万人次，同比增长15%。下一步，我市将以“冰雪+民俗”为抓手，持续擦亮城市名片。——延吉市文化广播电视和旅游局",
      U, note="another unit's (a city bureau's) report posted without source"),
    P("jl_nw", "记者从农业农村部获悉，今年全国秋冬种进展顺利，冬小麦播种面积稳中有增，苗情长势总体好于常年。",
      U, note="news copied with an information attribution only"),
    P("th_wl", "我馆冬季开放时间调整为9:00—16:00，每周一闭馆。请观众提前通过微信公众号预约参观。——吉林省博物院",
      U, note="another institution's notice in its own voice"),
    P("cc_ga_wb", "本台消息：昨夜长春普降中雪，市区多条主干道出现积雪结冰，交警部门提醒驾驶员减速慢行。",
      U, note="a broadcaster's 本台消息 pasted without its name"),
    P("jl_yj", "总局日前发布冬季食品安全消费提示，提醒消费者选购火锅底料、速冻食品等要注意查看标签标识，不购买“三无”产品。",
      U, note="a general administration's voice (总局) posted by an emergency department"),
    P("sy_nw", "文/张晓雨\n\n查干湖冬捕，是一场人与自然的约定。当第一网鱼出水的那一刻，冰面上响起了欢呼声，千年渔猎文化在这里薪火相传。",
      U, note="an article with an author credit only"),
    P("bs_st", "原标题：守护一江清水\n\n近年来，鸭绿江流域生态环境持续改善，国控断面水质优良比例保持100%。流域内各地坚持生态优先、绿色发展。",
      U, note="原标题 but no source"),
    P("cc_xw", "编者按：冬日里的城市，总有一些人在默默坚守。本报记者兵分多路，走近凌晨四点的环卫工人、供热工人……\n\n凌晨四点的长春，街道上还亮着路灯……",
      U, note="编者按 of a pasted feature, no source"),
    P("jl_wj", "我委日前印发《关于做好冬季急诊急救工作的通知》，要求各省（区、市）卫生健康行政部门督促二级以上医院落实急诊预检分诊，保障胸痛、卒中等患者救治绿色通道畅通。",
      U, note="the national commission's voice (我委) on a provincial account, no source"),
    P("yb_ga", "（记者 王明）昨天，公安部召开新闻发布会，通报全国公安机关打击治理电信网络诈骗犯罪工作情况。今年以来，共破获电诈案件数十万起。",
      U, note="a reporter credit, no outlet"),
    P("jl_ga_dy", "12月起，一批新规将正式施行，涉及交通出行、个人信息保护、食品安全等多个领域，快来看看和你有关的有哪些。（完）",
      U, note="a pasted roundup ending in （完）"),
    P("cc_wl", "我支队官兵深入冰雪景区开展消防安全检查，对发现的隐患当场督促整改。——长春市消防救援支队",
      U, note="another unit's voice (我支队) posted without source"),
    P("jl_rs", "我部会同财政部日前印发通知，明确2027年起调整失业保险稳岗返还政策，中小微企业返还比例最高可达60%。",
      U, note="the ministry's voice (我部) on a provincial account, no source"),
    P("bc_qx", "我中心监测显示，今年秋季全国平均气温较常年同期偏高0.8℃，为1961年以来历史同期第三高。",
      U, note="the National Climate Center's voice (我中心) on a city weather account, no source"),
    P("ly_yj", "我局近日对全市建筑工地冬季施工情况进行了专项检查，共检查工地43个。——辽源市住房和城乡建设局",
      U, note="another bureau's notice posted by the emergency bureau"),
    P("cc_jy", "责编：刘洋　监制：王丹\n\n（本报评论员）今年寒假，中小学生要把握好“三个平衡”：学与玩的平衡、动与静的平衡、线上与线下的平衡。",
      U, note="credits only, no source"),
    P("yb_rs", "我局今天发布数据，10月份全国城镇调查失业率为5.1%，比上月下降0.1个百分点。——国家统计局",
      U, note="the statistics bureau's release in its own voice, signed, no source"),
    P("jls_sc", "省局近日通报了10起价格违法典型案例，涉及景区门票、酒店住宿、停车收费等领域，提醒经营者依法明码标价。",
      U, note="the provincial bureau's (省局) report pasted without source"),
    P("jl_wl", "我厅与韩国旅游发展局签署合作备忘录，双方将在客源互送、线路开发等方面加强合作。——黑龙江省文化和旅游厅",
      U, note="another province's department in its own voice"),
    P("bs_wl", "本网讯 近日，长白山保护开发区管委会发布通知，长白山北景区冬季开放时间调整，游客需提前一天实名预约。",
      U, note="本网讯 without the outlet's name"),
    P("jl_nw", "我部日前召开全国冬春农田水利建设视频会，要求各地抓住冬闲时节，加快推进高标准农田建设和灌区改造。",
      U, note="the ministry's voice (我部) on a provincial account"),
    # unsourced + typo
    P("yb_ga", "我部日前召开新闻发布会，通报“夏季治安打击整治行动”战果。下一步，全国公安机关将坚持和发展新时代“枫侨经验”，推动矛盾纠纷就地化解，保持严打高压态势。",
      (U, T), [(T, "枫侨经验", "枫桥经验")], note="ministry news pasted without source (unsourced) with a slogan misspelt by sound (typo)"),

    # more hard negatives
    P("cc_ga", "我局近日开展冬季交通安全宣传进校园活动，民警为学生讲解冰雪路面行走安全知识。",
      hn=HN, note="the unit's own voice (我局), no source needed"),
    P("jl_ga", "据吉林日报报道，全省公安机关今年以来破获电信网络诈骗案件同比上升12%，挽回群众损失2.3亿元。",
      hn=HN, note="据…报道 attribution"),
    P("cc_wl", "人民日报：长春，一座有温度的冰雪之城\n\n冰雪节开幕，净月潭、莲花山、冰雪新天地游人如织……",
      hn=HN, note="the publisher named as the headline's speaker"),
    P("jl_nw", "综合自农民日报、吉林日报\n\n全省秸秆综合利用率达到90%以上，秸秆饲料化、燃料化利用水平持续提升。",
      hn=HN, note="综合自 names sources"),
    P("bs_st", "稿件来源：白山日报\n\n白山市持续推进长白山区域生态保护修复，今年完成造林绿化3.2万亩。",
      hn=HN, note="稿件来源 line"),
]

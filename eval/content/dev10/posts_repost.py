"""dev10: new source documents of unregistered accounts, copies of them (sourced and unsourced), other
unsourced reposts (in the voice of another body, pasted wire copy) and hard negatives. The documents are new
(none opens like a document of another part); attribution phrasings differ from the other parts'."""
from _lib import P

U = "unsourced_repost"

G1 = """国务院办公厅关于加强长江流域重点水域禁捕退捕长效管理的意见

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：

长江十年禁渔实施以来，长江水生生物多样性逐步恢复，长江江豚种群数量稳中有升。为巩固禁捕退捕成果，经国务院同意，现提出如下意见。

一、压实禁捕管理责任。沿江各地要落实属地管理责任，健全部门协同、上下联动的执法监管机制，对重点水域实行网格化巡护。

二、严厉打击非法捕捞。持续开展“中国渔政亮剑”系列专项执法行动，依法严惩电鱼、毒鱼、炸鱼等违法行为，斩断非法捕捞、运输、销售、利用全链条。

三、保障退捕渔民生计。对符合条件的退捕渔民应保尽保，落实养老保险补贴政策，多渠道帮助转产就业。

四、强化社会监督。畅通举报渠道，鼓励群众参与护渔，依法保障举报人合法权益。

国务院办公厅
2026年11月17日"""

G2 = """人力资源社会保障部办公厅关于做好2027年春节前后农民工返乡返岗服务工作的通知

各省、自治区、直辖市及新疆生产建设兵团人力资源社会保障厅（局）：

2027年春节将至，农民工返乡返岗相对集中。为做好服务保障，现就有关事项通知如下。

一、摸清返乡返岗需求。依托基层就业服务平台，全面摸排返乡农民工就业意愿和技能培训需求。

二、开展“春风行动”。春节前后集中举办专场招聘活动，组织“点对点”返岗服务，对重点企业用工给予支持。

三、加强欠薪治理。春节前集中处置欠薪问题线索，确保农民工工资按时足额支付。

人力资源社会保障部办公厅
2026年11月18日"""

G3 = """市场监管总局部署开展岁末年初食品生产经营风险隐患排查

近日，市场监管总局召开视频会议，部署开展岁末年初食品生产经营风险隐患排查整治。会议要求，各地要聚焦肉制品、速冻食品、糕点、酒类等节日消费量大的食品，加大对生产企业、批发市场、商超、农村集市的检查力度；严查病死畜禽、走私冻品、假冒伪劣食品；对网络订餐、直播带货等新业态加强监测，对发现的问题依法从严处理。"""

X1 = """新华社武汉11月18日电（记者 杜子璇）记者18日从湖北省农业农村厅获悉，今年湖北油菜冬播面积达1950万亩，较上年增加40万亩，播种质量为近年来最好。湖北省农业农村厅组织2000余名农技人员下沉田间地头，指导农民做好冬前田管，防范渍害和冻害。"""

X2 = """新华社北京11月22日电（记者 董瑞丰）国家疾控局22日介绍，当前我国已进入呼吸道传染病高发季节，流感病毒活动水平持续上升，以甲型H3N2亚型为主，部分地区出现肺炎支原体、呼吸道合胞病毒等多病原体共同流行。专家建议，老年人、慢性病患者、孕妇、儿童等重点人群尽早接种流感疫苗。"""

X3 = """新华社宜昌11月20日电（记者 熊琦）三峡水库20日完成今年175米试验性蓄水任务，这是三峡工程连续第十六年实现175米满蓄目标。三峡集团有关负责人介绍，满蓄后三峡水库可为长江中下游枯水期补水，保障沿江供水、航运和生态用水需求。"""

R1 = """人民时评：年终考核，别让“留痕”压过“实绩”

又到年底，一些基层干部开始忙着整理台账、补拍照片、装订材料。“干得好不如留得好”，这种倾向值得警惕。

考核是指挥棒。考核重痕迹，基层就会在痕迹上下功夫；考核重实绩，基层才会在实事上用力气。减少“材料考核”“照片考核”，多到田间地头、车间社区听听群众怎么说，才能让考核真正考出干部的担当和作为。"""

C1 = """【#交通运输部：2027年春运预计跨区域人员流动量超95亿人次#】交通运输部今天召开新闻发布会介绍，2027年春运自1月22日开始，至3月2日结束，共40天。预计春运期间全社会跨区域人员流动量将超95亿人次，其中自驾出行占比约八成。交通运输部提醒，出行前可通过“出行云”平台查询路况和服务区信息。"""

C2 = """【#国家疾控局提示：冬季这些传染病要防#】1.流感：重点人群尽早接种疫苗；2.诺如病毒：饭前便后洗手，生熟分开；3.肺炎支原体：儿童出现持续发热咳嗽要及时就医；4.新冠：老年人继续做好健康监测。出现症状不带病上学上班，就医时全程佩戴口罩。"""

N1 = """老年人接种肺炎球菌疫苗，这些问题一次说清

问：肺炎球菌疫苗有什么用？
答：肺炎球菌是导致老年人社区获得性肺炎的主要病原体之一。接种疫苗可有效降低肺炎球菌感染引起的重症风险。

问：哪些人建议接种？
答：60岁及以上老年人，以及患有慢性心肺疾病、糖尿病等基础疾病的人群。

问：可以和流感疫苗同时接种吗？
答：可以。两种疫苗可在不同部位同时接种，也可间隔接种。"""

M1 = """低温雨雪冰冻天气来袭，农村危房和大棚这样防垮塌

1.及时清扫屋顶、棚顶积雪，清扫时注意自身安全，不要单独登高作业；
2.对年久失修的土坯房、危房，及时组织人员转移；
3.蔬菜大棚要加固立柱、压膜线，积雪较厚时及时揭膜卸载；
4.养殖圈舍要检查梁柱，必要时增设支撑；
5.遇房屋出现裂缝、异响，立即撤离并报告村（社区）。"""

P1 = """【警惕“医保卡异常”诈骗电话！】近期，有骗子冒充医保局工作人员，谎称“您的医保卡被盗刷”“医保账户涉嫌违规将被冻结”，随后转接给假冒的“公安民警”，以“资金核查”为由要求转账到“安全账户”。警方提示：医保部门不会电话通知冻结医保卡，公安机关没有“安全账户”，接到此类电话立即挂断，拨打96110咨询。"""

Q1 = """【寒潮橙色预警】中央气象台11月19日06时发布寒潮橙色预警：受强冷空气影响，预计19日至22日，江汉、江南、华南北部等地气温将先后下降10～14℃，湖北东部、湖南北部、江西北部局地降温幅度可达16℃以上。请做好防寒保暖和设施农业防冻工作。"""

POSTS = [
    # source documents
    P("gov_wx", G1, key="g1"),
    P("gov_wx", G2, key="g2"),
    P("gov_wx", G3, key="g3"),
    P("xh_wb", X1, key="x1"),
    P("xh_wb", X2, key="x2"),
    P("xh_wb", X3, key="x3"),
    P("rmrb_wx", R1, key="r1"),
    P("cctv_wb", C1, key="c1"),
    P("cctv_wb", C2, key="c2"),
    P("nhc_wx", N1, key="n1"),
    P("mem_wx", M1, key="m1"),
    P("mps_wb", P1, key="p1"),
    P("cma_wb", Q1, key="q1"),

    # unsourced copies of the documents
    P("yc_wl_wb", G1.split("\n\n", 1)[1].replace("各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n\n", ""),
      U, copy="g1", note="State Council document body pasted as a Weibo post, title and source dropped"),
    P("qj_ga", "【长江禁渔，我们在行动】\n\n" + G1.split("\n\n", 3)[3], U, copy="g1",
      note="the document's articles pasted under a new headline; no source"),
    P("jm_rs", G2, U, copy="g2", note="Ministry notice pasted verbatim in a WeChat article; the ministry's signature is not a source"),
    P("jm_rs", "春节返乡返岗，这些服务请收好！\n\n" + "\n\n".join(G2.split("\n\n")[3:6]), U, copy="g2",
      note="three articles of the notice under a new title"),
    P("wh_sc", G3, U, copy="g3", note="regulator's statement pasted as the account's own article"),
    P("xn_sc", G3.replace("近日，", ""), U, copy="g3", note="copied with one word removed"),
    P("hb_sc", "【岁末年初食品安全风险隐患排查】" + G3.split("\n\n", 1)[1], U, copy="g3",
      note="body of the statement under a Weibo bracket headline"),
    P("sz_ny", X1.split("）", 1)[1], U, copy="x1", note="wire copy with the dateline cut off"),
    P("xg_xb", "#湖北油菜冬播# " + X1.split("电", 1)[1], U, copy="x1",
      note="wire copy without the 新华社 dateline; the reporter credit is not a source"),
    P("hb_wj_wb", "【国家疾控局：流感病毒活动水平持续上升】" + X2.split("）", 1)[1], U, copy="x2",
      note="wire copy; dateline removed"),
    P("hs_wj", "呼吸道传染病高发季，请做好防护\n\n" + X2.split("）", 1)[1] + "\n\n（完）", U, copy="x2",
      note="wire copy ending in （完） without the outlet's name"),
    P("yc_wl", X3.split("）", 1)[1] + " #三峡 #宜昌", U, copy="x3", note="wire copy pasted as a Douyin caption"),
    P("ez_xb", "三峡水库完成175米蓄水。" + X3.split("）", 1)[1], U, copy="x3", note="wire copy with a one-line lead"),
    P("hg_yj", R1.replace("人民时评：", ""), U, copy="r1", orig=True,
      note="commentary pasted and marked original (WeChat 原创 claim), no source"),
    P("jz_jy", "原标题：" + R1.split("\n\n", 1)[0] + "\n\n" + R1.split("\n\n", 1)[1], U, copy="r1",
      note="原标题 line does not name the publisher"),
    P("hb_ga", C1.replace("【#交通运输部：2027年春运预计跨区域人员流动量超95亿人次#】", "【春运来了！】"), U, copy="c1",
      note="CCTV Weibo text re-posted as original with a new headline"),
    P("wh_ga_dy", C1.split("】", 1)[1] + " #春运 #武汉", U, copy="c1", note="copied into a Douyin caption"),
    P("hb_wj", "冬季传染病防控提示\n\n" + C2.split("】", 1)[1], U, copy="c2", note="copied without source"),
    P("wh_jy", "家长朋友们，冬季传染病高发，请注意：\n" + C2.split("】", 1)[1], U, copy="c2",
      note="copied into a notice to parents without source"),
    P("hs_wj", N1, U, copy="n1", note="NHC Q&A pasted verbatim"),
    P("hb_wj_wb", "【老年人接种肺炎球菌疫苗问答】" + N1.split("\n\n", 1)[1].replace("\n", ""), U, copy="n1",
      note="Q&A squeezed into a Weibo post"),
    P("hg_yj", M1, U, copy="m1", note="Ministry tips pasted verbatim"),
    P("sz_ny", "【防寒防冻】" + M1.split("\n\n", 1)[1], U, copy="m1", note="tips pasted under a new headline"),
    P("xy_ga", P1.replace("警方提示", "襄阳警方提示"), U, copy="p1",
      note="Criminal Investigation Bureau text adopted as the local police's own"),
    P("qj_ga", P1, U, copy="p1", note="pasted verbatim as an original Weibo post"),

    # sourced copies (hard negatives)
    P("hb_jy_wb", "【长江禁渔长效管理意见印发】" + G1.split("\n\n")[3] + "（来源丨中国政府网）", copy="g1",
      hn=U, note="来源丨 names the source"),
    P("hb_ga", "为全省农技人员点赞！\n\n" + X1, orig=False, src="新华社", copy="x1", hn=U,
      note="platform repost (source field set) with the default comment"),
    P("jm_rs", "稿源：人力资源社会保障部\n\n" + "\n\n".join(G2.split("\n\n")[3:6]), copy="g2", hn=U,
      note="稿源 names the source"),
    P("wh_sc", "经授权转载自“中国政府网”\n\n" + G3, copy="g3", hn=U, note="经授权转载自 names the source"),
    P("sz_ny", X1 + "\n\n（稿源：新华社）", copy="x1", hn=U, note="dateline kept and 稿源"),
    P("hb_wj", "内容来自：健康中国\n\n" + N1, copy="n1", hn=U, note="内容来自 names the source"),
    P("yc_wl_wb", "据新华社电 " + X3.split("）", 1)[1], copy="x3", hn=U, note="据新华社电 names the source"),
    P("hs_wj", "国家疾控局提醒：\n" + C2.split("】", 1)[1] + "\n\n本文转自：央视新闻", copy="c2", hn=U,
      note="本文转自 names the source"),
    P("hg_yj", "文章出处：中国应急管理\n\n" + M1, copy="m1", hn=U, note="文章出处 names the source"),
    P("wh_ga", "公安部刑侦局：" + P1, copy="p1", hn=U, note="publisher named as the speaker"),
    P("ez_xb", Q1 + "（素材来源：中国气象局）", copy="q1", hn=U, note="素材来源 names the source"),
    P("xn_sc", "人民日报：" + R1.split("\n\n", 1)[0].replace("人民时评：", "") + "\n\n" + R1.split("\n\n", 1)[1],
      copy="r1", hn=U, note="publisher named as the headline speaker"),

    # other unsourced reposts (voice of another body, no original in the file)
    P("wh_jy", """教育部关于做好2027年普通高校招生工作的通知

各省、自治区、直辖市教育厅（教委），新疆生产建设兵团教育局，有关部门（单位）教育司（局），部属各高等学校：

为做好2027年普通高校招生工作，我部制定了《2027年普通高校招生工作规定》，现印发给你们，请遵照执行。各地要严格执行招生政策，规范高校专项计划招生，严厉打击考试招生违法违规行为。

教育部
2026年11月20日""", U, note="a Ministry of Education notice (我部) pasted without source"),
    P("hb_sc", """【总局：持续加强直播电商领域监管】下一步，总局将会同有关部门，聚焦虚假宣传、假冒伪劣、价格欺诈等突出问题，开展直播电商专项整治，压实平台主体责任。""",
      U, note="State Administration's statement in its own voice (总局) without source"),
    P("hb_wj", """国家卫生健康委：2027年将在全国推广检查检验结果互认

我委将在总结试点经验的基础上，推动二级以上公立医疗机构间检查检验结果互认项目达到200项以上，减少患者重复检查负担。""",
      U, note="NHC's text in its own voice (我委)"),
    P("hb_yj", """应急管理部发布2026年第四季度安全生产十大典型事故警示

为深刻汲取事故教训，我部梳理了今年第四季度十起典型生产安全事故，涉及危化品、矿山、建筑施工、交通运输等行业领域，请各地认真组织学习，举一反三，切实加强隐患排查治理。""",
      U, note="Ministry of Emergency Management (我部) text without source"),
    P("xg_xb", """（记者 夏涛）近日，长江中游城市群省会城市第十一届会商会在长沙举行。会议签署了科技创新、综合交通、生态环境联防联控等多项合作协议，四省会城市将共建长江中游城市群综合科技服务平台。""",
      U, note="pasted news copy; the reporter credit is not a source"),
    P("ez_xb", """【黄石市：前10月规上工业增加值增长8.2%】记者从黄石市统计局获悉，前10月黄石全市规模以上工业增加值同比增长8.2%，增速居全省前列。其中，高新技术制造业增加值增长15.6%。""",
      U, note="another city's news (记者从…获悉 is part of the copied text)"),
    P("hs_wj", """襄阳市卫生健康委员会关于开展2026年冬季无偿献血“暖冬行动”的通知

各县（市、区）卫生健康局，市直各医疗卫生单位：

为保障冬季临床用血，我委决定于12月在全市开展无偿献血“暖冬行动”，请各单位积极组织职工参加。""",
      U, note="another city's health commission notice (我委) posted by Huangshi without source"),
    P("jz_jy", """各位家长：寒假将至，我局提醒您做好以下几点：一是防溺水，严禁孩子到江边、堤坝、鱼塘游玩；二是防火灾……（宜昌市教育局）""",
      U, note="another city's bureau text whose bracketed signature is the author, not a source"),
    P("sy_wl", """冬游湖北“百条线路”发布：省文化和旅游厅今日发布冬游湖北百条精品线路，涵盖冰雪运动、温泉康养、非遗体验等主题，十堰武当山、神农架、恩施大峡谷等入选。全文如下……""",
      U, note="provincial department's release pasted without source"),
    P("hb_wl_wb", """【国家文物局公布第五批国家一级博物馆名单】全国共有124家博物馆入选，湖北省博物馆、武汉博物馆、荆州博物馆等入选。本次评估从藏品管理、陈列展览、社会教育等方面进行。""",
      U, note="another body's announcement pasted as own post"),
    P("jm_rs", """国家税务总局荆门市税务局提醒：2027年度城乡居民基本养老保险费缴费已开始，可通过“楚税通”APP或银行网点缴纳。我局将持续优化缴费服务。""",
      U, note="the tax bureau's notice (我局) posted by the HR bureau without source"),

    # own-voice hard negative
    P("hb_yj", """我厅召开全省冬春季森林防灭火工作视频会议

11月21日，省应急管理厅召开全省冬春季森林防灭火工作视频会议。会议要求，各地要落实网格化管理，加强野外用火管控，确保不发生重大森林火灾。""",
      hn=U, note="the department's own news in its own voice"),
]

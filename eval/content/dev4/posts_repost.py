"""dev4 (blind tuning part): source documents of unregistered accounts (new documents), copies of them with and
without a named source, and other unsourced reposts in another body's voice; hard negatives that name the source."""
from _lib import P

U = "unsourced_repost"

G1 = """国务院办公厅印发《关于促进农业转移人口市民化的若干措施》

近日，国务院办公厅印发《关于促进农业转移人口市民化的若干措施》（以下简称《措施》），部署进一步放宽城市落户条件、推动基本公共服务由常住地提供。

《措施》明确，城区常住人口300万以下的城市全面取消落户限制，城区常住人口300万以上的城市要完善积分落户政策，确保社保缴纳年限和居住年限分数占主要比例。

《措施》提出，要保障随迁子女在流入地受教育权利，以公办学校为主将随迁子女纳入流入地义务教育保障范围；推动符合条件的农业转移人口在就业地参加社会保险；将符合条件的农业转移人口纳入住房保障范围。

《措施》要求，各地区各部门要加强组织领导，细化工作举措，确保各项措施落地见效。"""

G2 = """市场监管总局等四部门联合开展电动自行车质量安全专项整治

为切实保障人民群众生命财产安全，市场监管总局、工业和信息化部、公安部、应急管理部近日联合印发通知，在全国范围内开展为期五个月的电动自行车质量安全专项整治。

通知明确，专项整治聚焦生产、销售、维修三个环节，重点查处非法改装、拆除限速装置、销售不符合强制性国家标准产品等违法行为。对电商平台销售的电动自行车及蓄电池、充电器开展集中抽检，抽检结果向社会公布。

通知要求，各地要畅通投诉举报渠道，鼓励群众通过12315平台反映问题线索。"""

X1 = """新华社北京11月18日电（记者 郭甜）记者从农业农村部获悉，截至目前，全国冬小麦播种已基本结束，播种面积稳中有增，整体播种质量好于常年。农业农村部将组织专家分区域开展冬前苗情会商，指导各地抓好镇压保墒、适时冬灌等关键措施，确保麦苗安全越冬。"""

X2 = """新华社深圳11月21日电（记者 许亮）记者从深圳市交通运输局获悉，今年1至10月，深圳港完成集装箱吞吐量2820万标准箱，同比增长6.8%；新开通国际班轮航线22条，国际班轮航线总数达到320条。深圳港正加快建设全球海洋中心城市枢纽港。"""

R1 = """人民日报评论：让“一刻钟便民生活圈”更有温度

早餐铺、修鞋摊、菜市场、社区食堂……这些看似不起眼的小店，承载着群众日常生活的方方面面。

建设“一刻钟便民生活圈”，关键在“便”，落点在“民”。既要补齐基本保障类业态，也要丰富品质提升类业态；既要让老年人、儿童等群体用得顺手，也要让小店经营者留得下、过得好。

办好群众身边的“小事”，就是办好民生的“大事”。各地要坚持问需于民，多听听居民怎么说，多算算小店怎么活，让城市烟火气更浓、人情味更足。"""

C1 = """【#2026年国家医保药品目录公布#】国家医保局今天公布2026年国家医保药品目录调整结果，共新增药品91种，其中肿瘤用药26种、罕见病用药13种。新版目录将于2027年1月1日起正式执行。通过谈判，新增药品平均降价63%，预计明年可为患者减负超500亿元。"""

N1 = """冬季是心脑血管疾病高发季，这些预防要点请记好

寒冷刺激会导致血管收缩、血压升高，诱发心肌梗死、脑卒中等急症。

一、注意保暖。外出时戴好帽子、围巾，避免突然从温暖的室内走到寒冷的室外。
二、坚持服药。高血压、糖尿病患者要遵医嘱规律服药，不要随意停药。
三、合理运动。运动宜选择在阳光充足的午后，避免清晨过早外出锻炼。
四、识别信号。出现胸痛、胸闷、一侧肢体无力、口角歪斜等症状，要立即拨打120。"""

M1 = """冬季用气安全“十不要”，请转给家人

1.不要在燃气灶旁堆放可燃物。
2.不要私自拆改、移动燃气管道。
3.不要使用超期服役的燃气软管。
4.不要在燃气使用过程中离开厨房。
5.不要在密闭空间使用燃气热水器。
6.不要用明火检查燃气是否泄漏。
7.不要在地下室等场所使用瓶装液化气。
8.不要购买使用无合格证的燃气器具。
9.不要在闻到燃气味时开关电器。
10.不要忽视燃气报警器的警报。"""

D1 = """【警惕“快递丢件理赔”诈骗！】近期，有骗子冒充快递客服，以“快递丢失、给予三倍理赔”为由联系受害人，诱导其下载会议类App开启屏幕共享，再以“理赔需开通备用金”为由骗取钱财。警方提示：快递理赔请通过官方渠道办理，凡是要求屏幕共享、转账验证的都是诈骗！"""

Q1 = """【国家气候中心：今冬全国大部气温接近常年同期到偏高】据国家气候中心预测，今年冬季（12月至明年2月）全国大部地区气温接近常年同期到偏高，但冷空气活动频繁，阶段性强降温明显；北方部分地区降水偏多，需防范低温雨雪冰冻天气对交通、能源和农业生产的不利影响。"""

POSTS = [
    # source documents
    P("gov_wx", G1, key="G1"),
    P("gov_wx", G2, key="G2"),
    P("xh_wb", X1, key="X1"),
    P("xh_wb", X2, key="X2"),
    P("rmrb_wx", R1, key="R1"),
    P("cctv_wb", C1, key="C1"),
    P("nhc_wx", N1, key="N1"),
    P("mem_wx", M1, key="M1"),
    P("cid_wb", D1, key="D1"),
    P("cma_wb", Q1, key="Q1"),

    # G1 copies
    P("rz_wx", G1, U, copy="G1", note="State Council notice pasted whole, no source named"),
    P("wf_wx", "重磅！农业转移人口落户政策放宽\n\n" + G1, U, copy="G1", note="new headline over the pasted document; no source"),
    P("hz_wb", "#国务院新政策#【城区常住人口300万以下城市全面取消落户限制】" + G1.split("\n\n")[2], U, orig=True, copy="G1",
      note="paragraph of the document posted as original Weibo text"),
    P("dy_wb", "//转发微文：国办印发措施促进农业转移人口市民化。" + G1.split("\n\n")[3], U, orig=True, copy="G1",
      note="'转发微文' names no publisher"),
    P("jn_jy", G1 + "\n\n本文转载自“中国政府网”微信公众号", copy="G1", hn=U, note="names the source at the end"),
    # G2 copies
    P("gd_scjg", G2, U, copy="G2", note="pasted national notice, no source"),
    P("jn_ga", "#电动车安全#" + G2.split("\n\n")[1], U, orig=True, copy="G2", note="pasted paragraph, no source"),
    P("sz_ga", "【四部门联合整治电动自行车质量安全】" + G2.split("\n\n")[1] + "（信息源自中国政府网）", copy="G2", hn=U,
      note="信息源自 names the source"),
    # X1 copies
    P("sd_ny", "全国冬小麦播种基本结束\n\n" + X1.replace("新华社北京11月18日电（记者 郭甜）", ""), U, copy="X1",
      note="Xinhua dateline removed; 记者从…获悉 is part of the copied text"),
    P("gd_ny", X1.replace("新华社北京11月18日电（记者 郭甜）", "【全国冬小麦播种基本结束】"), U, orig=True, copy="X1",
      note="dateline replaced by a headline; no source"),
    P("hz_wb", "全国冬小麦播种基本结束，播种质量好于常年。" + X1[X1.index("农业农村部将"):], U, orig=True, copy="X1",
      note="rewritten opener plus copied sentence, no source"),
    P("dy_wb", X1, copy="X1", hn=U, orig=True, note="keeps the Xinhua dateline, which names the source"),
    # X2 copies
    P("swx_wb", "【深圳港1至10月集装箱吞吐量2820万标准箱】" + X2[X2.index("今年1至10月"):], U, orig=True, copy="X2",
      note="copied without dateline or source"),
    P("yjx_wx", "深圳港国际班轮航线达320条\n\n" + X2[X2.index("记者从"):], U, copy="X2", note="Xinhua dateline cut off"),
    P("sz_ga", "转发 //@新华社：" + X2, copy="X2", hn=U, orig=False, src="新华社",
      note="platform repost with the source field set"),
    # R1 copies
    P("wf_wx", R1.replace("人民日报评论：", ""), U, copy="R1", note="commentary pasted without the outlet's name"),
    P("rz_wx", "让便民生活圈更有温度\n\n" + "\n\n".join(R1.split("\n\n")[1:]) + "\n\n文｜林枫", U, copy="R1",
      note="a 文｜ credit does not name a publisher"),
    P("gz_wl", "社区小店，城市温度\n\n" + "\n\n".join(R1.split("\n\n")[1:]) + "\n\n（内容来源：人民日报客户端）", copy="R1", hn=U,
      note="内容来源 names the source"),
    # C1 copies
    P("sd_yb", "好消息！91种新药纳入医保\n\n" + C1.split("】", 1)[1], U, copy="C1", note="CCTV item pasted, no source"),
    P("jy_wb", C1, U, orig=True, copy="C1", note="CCTV Weibo text pasted verbatim as original"),
    P("mm_wl", "新版医保目录明年1月1日起执行，" + C1[C1.index("共新增"):], U, orig=True, copy="C1", note="pasted, no source"),
    P("swx_wb", "据央视新闻报道，" + C1.split("】", 1)[1], copy="C1", hn=U, orig=True, note="据…报道 names the source"),
    # N1 copies
    P("fs_jy", N1, U, copy="N1", note="NHC health article pasted whole, no source"),
    P("yjx_wx", "天冷了，这份健康提示请收好\n\n" + N1.split("\n\n", 1)[1] + "\n\n责编：关杰", U, copy="N1",
      note="责编 credit does not name a publisher"),
    P("sd_yb", N1 + "\n\n来源丨健康中国", copy="N1", hn=U, note="来源丨 names the source"),
    # M1 copies
    P("gd_yj", M1, U, copy="M1", note="Ministry list pasted whole, no source"),
    P("jn_ga", "#冬季用气安全#" + M1.replace("\n", " "), U, orig=True, copy="M1", note="pasted into Weibo, no source"),
    P("rz_wx", "燃气安全“十不要”\n\n" + M1.split("\n", 1)[1] + "\n\n（文章来源于“中国应急管理”公众号）", copy="M1", hn=U,
      note="文章来源于 names the source"),
    # D1 copies
    P("sz_ga_dy", D1.replace("【警惕“快递丢件理赔”诈骗！】", "") + "#深圳公安 #反诈", U, copy="D1",
      note="Ministry anti-fraud text read out/pasted without source"),
    P("dg_ga", D1 + "#东莞公安", U, copy="D1", note="pasted verbatim, no source"),
    P("yt_ga", "又有新骗局！" + D1[D1.index("近期"):], U, copy="D1", note="pasted, no source"),
    P("jn_ga", "转发微博 //@公安部刑侦局：" + D1, copy="D1", hn=U, orig=False, src="公安部刑侦局",
      note="platform repost with the source field set"),
    # Q1 copies
    P("sd_qx", Q1, U, orig=True, copy="Q1", note="national forecast pasted as original, no source"),
    P("dy_wb", "#今冬气候趋势#" + Q1.split("】", 1)[1], U, orig=True, copy="Q1", note="pasted, no source"),
    P("gd_ny", Q1.split("】", 1)[1] + "（via 中国气象局）", copy="Q1", hn=U, orig=True, note="via names the source"),

    # other unsourced reposts in another body's voice (original not in the file)
    P("wf_wx", "我部部署开展2027年“春风行动”\n\n近日，我部印发通知，部署在全国范围内开展2027年春风行动，集中为农村劳动力、"
      "就业困难人员等提供就业服务。活动期间，各地将举办线上线下招聘会2万场以上。", U,
      note="another ministry's voice (我部), no source"),
    P("gd_scjg", "总局发布2026年第4号消费提示\n\n岁末年初，预付式消费纠纷易发多发。总局提醒广大消费者，办理预付卡要选择信誉良好的经营者，"
      "不要一次性充值过多，签订书面合同并保存好凭证。", U, note="national bureau's voice (总局), no source"),
    P("jy_wb", "【我委发布冬季健康提示】我委提醒，冬季是呼吸道传染病高发季节，老年人和慢性病患者要做好个人防护，"
      "出现发热症状及时就医。", U, orig=True, note="another body's voice (我委), no source"),
    P("zb_wl", "#冬游齐鲁# 我厅近日发布“好客山东·冬游齐鲁”十大主题线路，涵盖温泉康养、冰雪运动、年俗体验等内容。", U,
      orig=True, note="provincial department's voice (我厅) posted by a city bureau, no source"),
    P("fs_jy", "教育部关于做好2027届高校毕业生就业创业工作的通知\n\n各省、自治区、直辖市教育厅（教委）：\n\n为做好2027届高校毕业生"
      "就业创业工作，现就有关事项通知如下：一、深入开展“访企拓岗促就业”专项行动……\n\n教育部\n2026年11月20日", U,
      note="the issuing body's signature does not name where it was taken from"),
    P("swx_wb", "【我局提醒：冬季海上作业注意安全】近期南海北部海域风力较大，我局提醒各类船舶加强值班瞭望，"
      "渔船不得冒险出海。", U, orig=True, note="another body's (maritime bureau) voice, no source"),
]

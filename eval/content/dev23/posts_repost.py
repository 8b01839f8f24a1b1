"""Nineteenth held-out part: new source documents of unregistered accounts, copies of them (sourced and
unsourced), other unsourced reposts (class unsourced_repost) and hard negatives. The documents are new (none
is a document of dev/ ... dev22/); attribution phrasings and copy mechanics differ from theirs."""
from _lib import P

U = "unsourced_repost"
HN = "unsourced_repost"

G1 = """国务院常务会议：部署推进县域商业体系建设

会议指出，县域商业是畅通城乡经济循环的重要环节。要完善县乡村三级物流配送网络，支持邮政快递、供销网点共建共用，推动农产品上行和工业品下行双向畅通，到2027年底基本实现具备条件的行政村快递服务全覆盖。"""

G2 = """国务院办公厅关于做好冬春季农民工返乡服务保障工作的通知（摘要）

一、开展返乡农民工就业摸底，建立帮扶台账。
二、组织春风行动专场招聘，提供岗位信息和职业指导。
三、落实欠薪线索快速处置机制，畅通投诉举报渠道。
四、做好返乡途中交通安全和疫病防控服务。"""

X1 = """新华社兰州11月18日电（记者 陇文 雪峰）记者从祁连山国家公园甘肃省管理局获悉，今年以来公园内红外相机共拍摄到雪豹影像1200余次，识别雪豹个体60余只，雪豹、荒漠猫等珍稀动物种群数量稳中有升。"""

X2 = """新华社北京11月20日电 国家统计局20日发布数据，2026年全国粮食总产量14238亿斤，比上年增加168亿斤，连续三年稳定在1.4万亿斤以上，单产水平进一步提高。"""

R1 = """人民日报评论：让冰雪运动温暖更多人

从东北林海到西北戈壁，冰雪运动正在走进更多普通人的生活。

推动冰雪运动普及，既要建好用好公共冰场雪场，降低参与门槛，也要加强安全保障和科学指导，让更多人在冰雪中收获健康与快乐。"""

R2 = """冬季自驾出行，这份安全清单请收好

1. 出发前检查轮胎、防冻液和灯光；
2. 遇到雨雪天气，降低车速、加大车距；
3. 长下坡路段避免急刹车，用低挡控制车速；
4. 车内常备防滑链、三角警示牌和保暖衣物；
5. 疲劳时及时进服务区休息，不要强行赶路。"""

C1 = """【#大范围雨雪天气来袭出行请注意#】中央气象台预计，11月21日至24日，西北地区东部、华北、黄淮等地将先后出现雨雪天气，部分地区有大雪。请提前规划行程，驾车注意防滑，设施农业注意防范低温冻害。"""

C2 = """【#多地中小学寒假时间公布#】记者梳理发现，已有20余个省份公布2027年中小学寒假时间，多数地区在1月中下旬放假、2月下旬开学，假期普遍在4周至5周之间。"""

N1 = """冬季老年人如何预防跌倒？

1. 室内保持地面干燥，卫生间加装扶手和防滑垫；
2. 起床、站立时动作放缓，做到“三个半分钟”；
3. 雨雪天气尽量减少外出，外出穿防滑鞋、使用手杖；
4. 定期检查视力，合理用药，避免服药后头晕跌倒。"""

N2 = """流感和普通感冒，怎么区分？

流感起病急，常有高热、头痛、肌肉酸痛和明显乏力，全身症状重；普通感冒以鼻塞、流涕、打喷嚏为主，全身症状较轻。流感高危人群出现症状后应及早就医，在医生指导下使用抗病毒药物。"""

M1 = """冰雪季来临，滑雪安全“六提醒”

初学者务必在专业教练指导下练习；选择与自身水平相符的雪道；佩戴头盔、护具；不在雪道中间停留；注意保暖防冻伤；发生意外立即向雪场救援人员求助。"""

P1 = """【警惕“快递理赔”新骗局】近期，不法分子冒充电商客服，以“快递丢失双倍理赔”为由，诱导受害人开通“备用金”“共享屏幕”，进而转走银行卡资金。公安部刑侦局提醒：理赔请通过官方平台办理，切勿共享屏幕，切勿透露验证码！"""

P2 = """【年底“刷单返利”诈骗高发】骗子先以小额返利取得信任，再以“连单任务”“系统卡单”为由诱骗受害人不断转账。记住：所有刷单都是诈骗！凡是要求先垫资的兼职都是诈骗！"""

Q1 = """【寒潮蓝色预警】中央气象台11月23日06时发布寒潮蓝色预警：受强冷空气影响，23日至26日，西北地区、华北、东北地区等地气温将下降8～12℃，局地降温14℃以上，并伴有4～6级偏北风。"""

def body(doc):
    """The document without its first line (the headline)."""
    return doc.split("\n", 1)[1].strip()


POSTS = [
    # ---- source documents (clean originals of unregistered accounts)
    P("gov_wx", G1, key="G1"),
    P("gov_wx", G2, key="G2"),
    P("xh_wb", X1, key="X1"),
    P("xh_wb", X2, key="X2"),
    P("rmrb_wx", R1, key="R1"),
    P("rmrb_wx", R2, key="R2"),
    P("cctv_wb", C1, key="C1"),
    P("cctv_wb", C2, key="C2"),
    P("nhc_wx", N1, key="N1"),
    P("nhc_wx", N2, key="N2"),
    P("mem_wx", M1, key="M1"),
    P("mps_wb", P1, key="P1"),
    P("mps_wb", P2, key="P2"),
    P("cma_wb", Q1, key="Q1"),

    # ---- unsourced copies of source documents (24)
    P("qy_ny", G1, U, copy="G1", note="whole copy of a State Council item, no source named"),
    P("lz_xw", "【县域商业体系建设这样推进】" + body(G1), U, copy="G1", orig=True,
      note="pasted Weibo copy with its own headline, no source; the platform reports it as original"),
    P("dx_rs", G2, U, copy="G2", note="pasted notice; the issuing body's title does not name where it was taken from"),
    P("gs_ny", "农民工朋友请注意！" + body(G2), U, copy="G2", orig=True,
      note="pasted copy with an added call, no source"),
    P("zy_st", X1.replace("新华社兰州11月18日电（记者 陇文 雪峰）", ""), U, copy="X1",
      note="copy with the agency's dateline stripped; 记者从…获悉 is part of the copied text"),
    P("gs_wl_wb", "好消息！" + X1.replace("新华社兰州11月18日电（记者 陇文 雪峰）", ""), U, copy="X1", orig=True,
      note="pasted Weibo copy, dateline stripped, platform reports original"),
    P("qy_ny", X2.replace("新华社北京11月20日电 ", ""), U, copy="X2", note="copy with the dateline stripped"),
    P("gs_jy", "让冰雪运动温暖更多人\n\n" + body(R1), U, copy="R1",
      note="copy of a newspaper commentary with the outlet's name cut from the headline, no source"),
    P("ww_jy", "原标题：让冰雪运动温暖更多人\n\n" + body(R1), U, copy="R1",
      note="原标题 line only; it names no source"),
    P("jyg_yj", R2, U, copy="R2", note="whole copy of a safety list, no source"),
    P("lz_ga_wb", "【安全提示】" + R2.replace("\n", " "), U, copy="R2", orig=False,
      note="platform flags a repost (false) but the source field is empty and the text names nothing"),
    P("by_qx", C1, U, copy="C1", orig=True, note="pasted Weibo copy of a TV news item, platform reports original"),
    P("pl_xw", C1.replace("【#大范围雨雪天气来袭出行请注意#】", "【雨雪天气出行提示】"), U, copy="C1",
      note="copy with a changed topic tag, no source"),
    P("ww_jy", C2, U, copy="C2", note="whole copy, no source"),
    P("gs_jy", "寒假时间陆续公布！" + C2.replace("【#多地中小学寒假时间公布#】", ""), U, copy="C2",
      note="copy with a new lead-in, no source; 记者梳理发现 is part of the copied text"),
    P("pl_wj", N1, U, copy="N1", orig=True,
      note="WeChat copy that falsely claims 原创 (is_original true), no source"),
    P("gs_wj", N1 + "\n\n（编辑：陈蔚）", U, copy="N1", note="copy with an editor credit only"),
    P("pl_wj", N2, U, copy="N2", note="whole copy, no source"),
    P("gs_wj", "本期健康科普｜" + N2, U, copy="N2", note="copy under a column title, no source"),
    P("gs_yj", M1, U, copy="M1", note="whole copy of a ministry item, no source"),
    P("gs_yj", "【寒潮来了】" + Q1.split("：", 1)[1], U, copy="Q1",
      note="copy of a weather warning with a new tag and the issuer's lead cut, no source"),
    P("by_qx", Q1.replace("中央气象台11月23日06时发布寒潮蓝色预警：", ""), U, copy="Q1", orig=True,
      note="pasted Weibo copy; the issuing observatory's name was cut with the lead, no source"),
    P("qy_ga", P1.replace("公安部刑侦局提醒：", "警方提醒："), U, copy="P1", orig=True,
      note="pasted Weibo copy of another police body's alert with the issuer's name replaced, no source"),
    P("gs_ga_dy", P2.replace("【年底“刷单返利”诈骗高发】", "") + " #反诈#", U, copy="P2",
      note="Douyin caption copying another body's alert, no source"),

    # ---- other unsourced reposts (11) and one with wrong political wording
    P("lz_xw", """关于做好2026—2027年采暖期城镇供热保障工作的通知

各市州住房和城乡建设局、兰州新区建设管理局：
为确保群众温暖过冬，现就做好本采暖期供热保障工作通知如下：一是11月1日前全面完成供热设施检修；二是开通24小时供热服务热线；三是对困难群众落实采暖补贴。

甘肃省住房和城乡建设厅
2026年10月20日""",
      U, note="pasted document of another body; the issuing body's title and signature do not name where it was taken from"),
    P("gs_ny", "我部近日印发《关于做好冬春农业生产工作的通知》，要求各地抓好小麦越冬管理、设施蔬菜防寒和畜禽越冬保暖工作，确保冬春农业生产稳定。",
      U, note="in the voice of the ministry (我部), posted by a provincial department without a source"),
    P("lz_xw_dy", "我委会同有关部门启动今冬明春天然气保供专项行动，全国日均供气能力较去年提升8%，确保居民用气平稳。",
      U, note="in the voice of the national commission (我委), no source"),
    P("jyg_yj", "11月22日，我支队在凉州区开展冬季高层建筑灭火救援实战演练，出动消防车12辆、指战员80余名。",
      U, note="another city's fire brigade (我支队 in 凉州区, Wuwei) posted by Jiayuguan's account without a source"),
    P("ts_sc", "总局部署开展冬季食品安全专项检查，聚焦火锅底料、冷冻肉品、节令食品等重点品种，严厉打击违法违规行为。",
      U, note="in the voice of the State Administration (总局), no source"),
    P("gs_wj", "我院心内科成功为一名92岁高龄患者实施经导管主动脉瓣置换术，术后第三天患者即可下床活动。",
      U, note="a hospital's own news (我院) posted by the health commission without a source"),
    P("pl_xw", "（记者 柳湖）近日，静宁县苹果冷链物流园投入使用，可储存苹果5万吨，带动周边2000余户果农增收。",
      U, note="newspaper article with the reporter credit only; no outlet named"),
    P("zy_st", "原标题：张掖黑河湿地迎来越冬候鸟高峰\n\n本报讯 连日来，张掖国家湿地公园迎来越冬候鸟迁徙高峰，灰鹤、大天鹅等鸟类数量超过1万只。",
      U, note="原标题 and 本报讯 without the outlet's name"),
    P("lz_xw", "本台消息：兰州轨道交通3号线二期工程全线洞通，预计2027年底开通运营。",
      U, note="本台消息 without the broadcaster's name"),
    P("gs_jy", "编者按：教育是国之大计、党之大计。本期我们关注乡村教师队伍建设。\n\n近年来，我省通过“特岗计划”“公费师范生”等渠道为乡村学校补充教师1.2万名，乡村教师生活补助实现全覆盖。",
      U, note="编者按 over a pasted feature; no source"),
    P("qy_ga", "近日，西峰区一男子网购年货时被冒充客服的骗子骗走3.6万元。警方提醒：退款理赔请走官方渠道。——转自朋友圈",
      U, note="转自朋友圈 names no publisher; borderline, labelled unsourced"),
    P("dx_rs", "本报讯 11月24日，一趟满载定西马铃薯淀粉的中欧班列从兰州国际陆港发车，经霍尔果斯口岸出境，运抵哈萨克斯坦首都阿拉木图。",
      (U, "political"), [("political", "哈萨克斯坦首都阿拉木图", "哈萨克斯坦城市阿拉木图（首都为阿斯塔纳）")],
      note="newspaper item (本报讯, no outlet) posted without a source; political: wrong capital of Kazakhstan"),

    # ---- copies that name their source (clean; hard negatives) (12)
    P("ts_sc", G1 + "\n\n本文发布于“中国政府网”微信公众号", copy="G1", hn=HN, note="names the publisher (发布于 line)"),
    P("pl_xw", G2 + "\n\n本通知全文见中国政府网。", copy="G2", hn=HN, note="names the publisher where the full text is"),
    P("zy_wl", "转发自@新华社：" + X1.replace("新华社兰州11月18日电（记者 陇文 雪峰）", ""), copy="X1", hn=HN,
      note="转发自 names the agency"),
    P("gs_ny", "【新华社】" + X2.replace("新华社北京11月20日电 ", ""), copy="X2", hn=HN, note="bracketed agency name"),
    P("gs_wl_wb", R1 + "\n\n（内容转引自人民日报微信公众号）", copy="R1", hn=HN, note="转引自 names the source"),
    P("lz_ga_wb", "//转发：央视新闻 " + C1, copy="C1", orig=False, src="央视新闻", hn=HN,
      note="platform repost with its source field set"),
    P("lz_xw", N1 + "\n\n稿件提供：健康中国", copy="N1", hn=HN, note="稿件提供 names the publisher"),
    P("pl_xw", N2.replace("\n\n", "\n") + "\n素材：健康中国", copy="N2", hn=HN, note="素材 line names the publisher"),
    P("jyg_yj", M1 + "\n\n（信息发布：中国应急管理）", copy="M1", hn=HN, note="信息发布 names the publisher"),
    P("lz_ga_wb", P2, copy="P2", orig=False, src="公安部刑侦局", hn=HN,
      note="platform repost with its source field set; the text itself names nothing"),
    P("pl_xw_dy", Q1 + "（中国气象局官微）", copy="Q1", hn=HN, note="the publisher's account named in brackets"),
    P("gs_ga", P1 + " 本条信息由公安部刑侦局发布，本号转载。", copy="P1", hn=HN, note="names the publisher"),
    # ---- hard negative that is not a copy (1)
    P("gs_wj", "《甘肃日报》11月22日刊文指出，我省县域医共体建设实现全覆盖，基层首诊率提高到65%。全文可在甘肃日报客户端阅读。",
      hn=HN, note="attributed summary of a newspaper article (刊文, 客户端 named)"),
]

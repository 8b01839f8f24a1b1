"""Third held-out part (2026-12-02): posts with more than one class (typo + political, ad + entertainment,
unsourced_repost + typo)."""
from _lib import P

P_ = "political"
T = "typo"
A = "ad"
E = "entertainment"
U = "unsourced_repost"

POSTS = [
    P("dz_wx", """德州市召开涉台工作会议

11月24日，全市涉台工作会议召开，传达学习全国对台工作会议精神和国务院台湾事物办公室有关部署。

会议通报了近期两岸形势。会议指出，近期部分台湾立委鼓噪“台独”分裂言论，遭到两岸同胞强烈反对；“台独”是绝路，两岸统一是大势所趋。

会议要求，要持续深化德台经贸、文化、青年交流，落实促进两岸经济文化交流合作的各项措施，积极为台胞台企在德发展提供便利。今年以来，全市新批台资项目6个，合同利用台资1.2亿美元。""",
      (T, P_), [(T, "台湾事物办公室", "台湾事务办公室"), (P_, "台湾立委", "台湾地区民意代表")],
      note="sound error 务→物 in the State Council office's name; Taiwan's legislators called 立委 without 所谓/quotes"),

    P("qy_wl", """清远鸡年货季来啦🐔 关注+点赞本视频，12月1日抽3位送清远鸡礼盒！同款礼盒在主页小店，满2只立减20，拍下48小时发货～#清远文旅 #清远鸡""",
      (A, E), [(E, "关注+点赞本视频，12月1日抽3位送清远鸡礼盒", None), (A, "同款礼盒在主页小店，满2只立减20", None)],
      note="follower lottery plus one seller's shop promotion"),

    P("zq_wb", """【考研下月开考】2027年全国硕士研究生招生考试将于12月20日至21日举行，报名人数约388万人。教肓部要求各地严格落实考试安全各项措施，严厉打击考试作弊和“助考”违法犯罪行为，加强考生服务保障，确保考试安全平稳。""",
      (U, T), [(T, "教肓部", "教育部")], orig=True, copy="x1",
      note="the 新华社 wire pasted without the dateline or any source, with a shape error 育→肓 introduced"),

    P("st_wb", """【汕头手信上新啦！】老铺“潮味坊”的猪肉脯、橄榄糖上架啦，进店报“好物汕头”就送一包！转发本条抽5位送全套手信，冲就完事了～""",
      (A, E), [(A, "报“好物汕头”就送一包", None), (A, "老铺“潮味坊”的猪肉脯、橄榄糖上架啦", None),
               (E, "转发本条抽5位送全套手信，冲就完事了", None)],
      note="one shop's promotion with a code word, plus a repost lottery and slang"),
]

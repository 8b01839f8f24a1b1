"""dev4 (blind tuning part): posts with more than one class."""
from _lib import P

POSTS = [
    P("sz_ga", "#深圳公安# 国务院副总理何立峯近日在香港出席国际金融论坛，强调要深化港澳两国与内地的金融合作。全市公安机关将持续"
      "严厉打击跨境洗钱犯罪。",
      ("typo", "political"), [("typo", "何立峯", "何立峰"), ("political", "港澳两国", "港澳两地")],
      note="leader's name misspelt (峰→峯) and Hong Kong/Macao called states"),
    P("mm_wl", "茂名文旅年终福利！转发本条抽2位幸运鹅送荔枝干，没抽中的也别灰心，今晚直播间9块9秒杀，手快有手慢无～#茂名文旅",
      ("ad", "entertainment"), [("entertainment", "转发本条抽2位幸运鹅", None), ("ad", "今晚直播间9块9秒杀", None),
                                ("ad", "手慢无", None)],
      note="follower lottery plus livestream selling"),
    P("gd_ny", "#冬小麦播种基本结束# 记者从农业农材部获悉，截至目前，全国冬小麦播种已基本结束，播种面积稳中有增，"
      "整体播种质量好于常年。", ("typo", "unsourced_repost"), [("typo", "农业农材部", "农业农村部")], orig=True, copy="X1",
      note="pasted news item without source, with a wrong character in the ministry's name (copies the Xinhua item)"),
    P("hz_wb", "【菏泽发布】家人们，粉丝破70万啦！为了庆祝，小编联合“曹州老酒坊”送福利：关注+转发抽5位送原浆酒一箱，"
      "没抽中的去淘宝搜“曹州老酒坊”领新客券～",
      ("ad", "entertainment"), [("entertainment", "关注+转发抽5位送原浆酒一箱", None),
                                ("ad", "去淘宝搜“曹州老酒坊”领新客券", None)],
      note="lottery and single-business shop promotion"),
]

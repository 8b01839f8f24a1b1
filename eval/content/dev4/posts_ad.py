"""dev4 (blind tuning part): commercial advertising on government accounts: shop links and tokens, short links,
private-traffic wording, livestream selling, group buying, agent recruiting, single-business promotions."""
from _lib import P

A = "ad"

POSTS = [
    P("dy_wb", "#黄河口大闸蟹# 东营大闸蟹进入最肥美的季节！拼多多搜索店铺“黄河口蟹仓”，公蟹4两装8只到手仅128元，顺丰包邮。",
      A, [(A, "拼多多搜索店铺“黄河口蟹仓”", None), (A, "8只到手仅128元", None)], note="shop search instruction and price"),
    P("rz_wx", "日照绿茶冬藏正当时\n\n好茶不怕冬。日照绿茶栗香浓郁、回甘持久，是馈赠亲友的佳品。\n\n复制这条信息£Vb6Nq2Ws8Ze£打开手机陶宝，"
      "即可购买本地茶企“岚山云雾”冬藏礼盒。",
      A, [(A, "£Vb6Nq2Ws8Ze£", None), (A, "打开手机陶宝", None)], note="disguised Taobao token"),
    P("hz_wb", "【菏泽牡丹籽油上新】冬季送礼首选，原价199元，现价99元，手慢无！点击购买👉https://e.tb.cn/h.TkR2m8v",
      A, [(A, "原价199元，现价99元", None), (A, "手慢无", None), (A, "https://e.tb.cn/h.TkR2m8v", None)],
      note="price with call to buy and a shop short link"),
    P("wf_wx", "潍坊萝卜“脆甜季”来了\n\n“烟台苹果莱阳梨，不如潍坊萝卜皮”。现在正是潍县萝卜最好吃的时候。"
      "\n\n本号联合“青萝卜合作社”推出福利：后台回复“萝卜”获取购买通道，5斤一箱39元包邮。",
      A, [(A, "后台回复“萝卜”获取购买通道", None), (A, "5斤一箱39元包邮", None)], note="ordering via backstage keyword"),
    P("jn_ga", "#济南公安# 冬季防盗小提醒：出门记得锁好门窗。推荐使用“安居盾”C级智能门锁，全城免费上门安装，"
      "咨询热线0531-8888xxxx，本月下单再送一年质保。",
      A, [(A, "推荐使用“安居盾”C级智能门锁", None), (A, "本月下单再送一年质保", None)], note="police account promoting one lock brand"),
    P("jn_ga_dy", "反诈民警教你识别假冒客服！看完视频别走，左下角🛒有民警同款防窥手机膜，3片只要19.9。#济南公安",
      A, [(A, "左下角🛒有民警同款防窥手机膜", None), (A, "3片只要19.9", None)], note="cart icon and price on a police video"),
    P("sd_ny", "山东苹果“冬储”行情好\n\n入冬以来，栖霞、沂源等地苹果冷库储藏量稳中有增。\n\n【福利】今晚8点，农技专家做客“沂蒙果仓”直播间，"
      "家人们直接拍2号链接，85mm红富士10斤装49.9元，福利品秒完即止。",
      A, [(A, "家人们直接拍2号链接", None), (A, "福利品秒完即止", None)], note="selling livestream"),
    P("sd_yb", "医保个人账户家庭共济，还能这样用！\n\n……\n\n温馨推荐：合作药房“康顺大药房”全场医保可刷，会员日保健品满99减20，"
      "长按扫码进店领券。",
      A, [(A, "“康顺大药房”全场医保可刷", None), (A, "满99减20", None), (A, "长按扫码进店领券", None)],
      note="promotes one pharmacy with coupons"),
    P("yt_ga", "烟台公安提醒：冬季开车注意防滑。民警推荐的雪地胎链已上架主页小店，安装简单，前50单送防冻玻璃水。#烟台公安",
      A, [(A, "已上架主页小店", None), (A, "前50单送防冻玻璃水", None)], note="police account's shop"),
    P("zb_wl", "#淄博烧烤# 冬天的烧烤更有烟火气！“炉火小院”烧烤冬季套餐上线，三人成团立享6折，"
      "美团搜“炉火小院”即可抢购 https://dpurl.cn/Hk29Zq",
      A, [(A, "三人成团立享6折", None), (A, "美团搜“炉火小院”即可抢购", None), (A, "https://dpurl.cn/Hk29Zq", None)],
      note="group-buying deal for one restaurant"),
    P("zb_wl_dy", "来淄博泡温泉吧！“齐泉汤院”冬季特惠，点击视频下方小橙条，双人汤泉票券后118元。#淄博文旅",
      A, [(A, "点击视频下方小橙条", None), (A, "双人汤泉票券后118元", None)], note="Douyin group-buy anchor"),
    P("sd_qx", "#山东气象# 今冬偏冷，注意保暖！本号联合“暖阳家电”推出粉丝福利，电暖器领券再减60元，"
      "戳👉https://u.jd.com/Wp4qR6k",
      A, [(A, "电暖器领券再减60元", None), (A, "https://u.jd.com/Wp4qR6k", None)], note="JD affiliate link"),
    P("jn_jy", "寒假如何规划学习？\n\n……\n\n【合作推荐】“学霸营”寒假冲刺班火热报名中，小班授课，前20名报名立返300元学费，"
      "报名VX搜：xbying_0531",
      A, [(A, "前20名报名立返300元学费", None), (A, "VX搜：xbying_0531", None)], note="training class ad on education bureau"),
    P("jy_wb", "【揭阳玉器新品】阳美玉都冬季展销会开幕！翡翠手镯工厂直供，到店出示本微博享9.5折，"
      "快手搜“阳美翠坊”进直播间看货。",
      A, [(A, "到店出示本微博享9.5折", None), (A, "快手搜“阳美翠坊”进直播间看货", None)], note="jewellery sales"),
    P("yjx_wx", "阳江刀剪，世界知名\n\n阳江是“中国刀剪之都”。\n\n小红书搜店铺“阳江刀匠铺”，厨房三件套169元，"
      "评论区留言“刀”送磨刀石。",
      A, [(A, "小红书搜店铺“阳江刀匠铺”", None), (A, "厨房三件套169元", None)], note="shop on Xiaohongshu"),
    P("sz_ga", "#深圳公安# 电动车防盗有妙招！推荐“锁卫士”北斗定位器，官方旗舰店：https://c.tb.cn/I3.ZkQ8a2 ，"
      "双12预售到手价129元。",
      A, [(A, "https://c.tb.cn/I3.ZkQ8a2", None), (A, "双12预售到手价129元", None)], note="shop link on police Weibo"),
    P("sz_ga_dy", "防骗知识学起来！评论区置顶有民警推荐的儿童定位手表，点进去领20元券。#深圳公安",
      A, [(A, "评论区置顶有民警推荐的儿童定位手表", None), (A, "点进去领20元券", None)], note="product pinned in comments"),
    P("gz_wl", "广州冬季美食地图\n\n……\n\n本期推荐｜“陶陶居”同款腊味礼盒，广州文旅粉丝专享价138元，"
      "识别下图小程序码下单，满2盒顺丰包邮。",
      A, [(A, "粉丝专享价138元", None), (A, "识别下图小程序码下单", None)], note="single product promoted"),
    P("gd_scjg", "“双12”理性消费提示\n\n……\n\n另外，广东“好品优选”平台年终大促已开启，入驻商家全场满300减40，"
      "点击阅读原文直达会场。",
      A, [(A, "全场满300减40", None), (A, "点击阅读原文直达会场", None)], note="sales promotion inside a consumer tip"),
    P("dg_ga", "东莞公安小课堂：如何防范入室盗窃？……想要同款监控摄像头的朋友，私我领取内部价。#东莞公安",
      A, [(A, "私我领取内部价", None)], note="private-message ordering"),
    P("gd_ny", "#广东荔枝# 冬至将至，荔枝干、龙眼干正当时！广东农业农村粉丝福利：https://url.cn/Bx7Qp2 ，一箱到手89元。",
      A, [(A, "https://url.cn/Bx7Qp2", None), (A, "一箱到手89元", None)], note="short link and price"),
    P("fs_jy", "家长课堂｜如何科学保护孩子视力\n\n……\n\n本期家长课堂由“明亮视光”冠名支持，凭本文到店免费验光，配镜立减200元。",
      A, [(A, "由“明亮视光”冠名支持", None), (A, "配镜立减200元", None)], note="commercial sponsor and discount"),
    P("swx_wb", "【汕尾海鲜年货节】社区拼团价马鲛鱼29.9元/斤，团长已开团，接龙满30人次日送达！欢迎街坊们参与。",
      A, [(A, "社区拼团价马鲛鱼29.9元/斤", None), (A, "团长已开团，接龙满30人次日送达", None)], note="community group buying"),
    P("mm_wl", "茂名荔枝蜜冬季礼盒来了！快手搜“茂名蜜坊”进直播，直播间3瓶装69元还送蜂巢蜜！#茂名文旅",
      A, [(A, "快手搜“茂名蜜坊”进直播", None), (A, "直播间3瓶装69元", None)], note="livestream selling"),
    P("gd_yj", "家庭应急包，您准备好了吗？\n\n……\n\n应急包（家庭款）已在“安途应急”旗舰店上架，复制链接打开：https://suo.im/6Rk9Tq ，"
      "两件9折。",
      A, [(A, "“安途应急”旗舰店上架", None), (A, "https://suo.im/6Rk9Tq", None), (A, "两件9折", None)],
      note="promotes one shop's emergency kit"),
    P("dy_wb", "#东营招商# 黄河口特产网店招募区域代理，0元开店，一部手机躺赚差价，宝妈学生党均可兼职，详询 dyzs_2026。",
      A, [(A, "招募区域代理", None), (A, "0元开店，一部手机躺赚差价", None), (A, "宝妈学生党均可兼职", None)],
      note="agent recruiting"),
    P("hz_wb", "【菏泽鲁西黄牛肉】冬季进补好时节！加我企微，备注“菏泽”拉你进福利群，每周三群内秒杀。",
      A, [(A, "备注“菏泽”拉你进福利群", None), (A, "每周三群内秒杀", None)], note="private traffic / group flash sales"),
    P("jn_ga", "#济南公安# 车辆年审不用愁！“鲁通车务”专业代办，一条龙服务，全市通办，➕v：lutong_5311 预约。",
      A, [(A, "“鲁通车务”专业代办", None), (A, "➕v：lutong_5311", None)], note="agency service advertised with WeChat id"),
    P("wf_wx", "风筝之都过大年\n\n……\n\n风筝DIY材料包（含工具）在多多买菜可下单，明日自提，拍下立享1分钱试用。",
      A, [(A, "多多买菜可下单", None), (A, "拍下立享1分钱试用", None)], note="group-buy platform ordering"),
    P("zb_wl", "#淄博文旅# 冬游周村古商城，推荐住“周村驿”精品民宿，本号粉丝报暗号“周村冬游”连住2晚立减100元，订房电话0533-64xxxxx。",
      A, [(A, "报暗号“周村冬游”连住2晚立减100元", None)], note="one B&B promoted with a code word"),
    P("sd_yb", "【医保小知识】……另：“泰康惠民保”2027年度开放投保，每人每年仅69元，扫码投保立享首月免费。",
      A, [(A, "每人每年仅69元", None), (A, "扫码投保立享首月免费", None)], note="commercial insurance sold on medical-insurance account"),
    P("gz_wl", "粤剧进社区\n\n……\n\n“岭南声韵”粤剧主题茶馆开业，凭本推文买一壶赠一份点心，营业时间10:00—22:00。"
      "大众点评搜“岭南声韵”查看套餐。",
      A, [(A, "凭本推文买一壶赠一份点心", None), (A, "大众点评搜“岭南声韵”查看套餐", None)], note="tea house opening promotion"),
    P("jy_wb", "【港版正品代购】揭阳发布粉丝福利，香港化妆品代购，每周两次发货，下单加微信 jyhk0663。",
      A, [(A, "港版正品代购", None), (A, "下单加微信 jyhk0663", None)], note="daigou on a government account"),
    P("sz_ga", "#深圳公安# 考驾照就选“鹏城驾校”，包教包会，学费分期0首付，点链接报名👉https://b23.tv/Kq8Z2mW",
      A, [(A, "学费分期0首付", None), (A, "https://b23.tv/Kq8Z2mW", None)], note="driving school ad"),
    P("yjx_wx", "海陵岛冬季旅游攻略\n\n……\n\n【住宿推荐】“听海居”海景酒店冬季房价低至168元/晚，"
      "亲子房第二晚半价，点击文末“阅读原文”即可预订。",
      A, [(A, "冬季房价低至168元/晚", None), (A, "亲子房第二晚半价", None)], note="one hotel promoted with prices"),
]

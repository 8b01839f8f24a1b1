"""Fifteenth held-out part: commercial advertising and links to commercial pages (class ad), and hard negatives
(official consumption vouchers, official apps and hotlines, price monitoring, anti-fraud posts quoting a scam)."""
from _lib import P

A = "ad"
HN = "ad"

POSTS = [
    P("sz_xw", "【阳澄湖大闸蟹正当季】今年蟹黄饱满，四两公蟹+三两母蟹8只装礼盒直降80元，复制口令₰Hq7tRw2LmZ₰打开手机淘宝即可下单，顺丰包邮到家！",
      cls=A, spans=((A, "₰Hq7tRw2LmZ₰", None), (A, "8只装礼盒直降80元", None)),
      note="Taobao token in a rare-currency wrapper plus a price cut with a call to buy"),
    P("yz_xw", "扬州老字号三丁包、千层油糕冷冻速食装上新啦！拍下立减15，戳 m.tb.cn/h.8KvxNq3 直达旗舰店🛒",
      cls=A, spans=((A, "m.tb.cn/h.8KvxNq3", None),), note="Taobao short link to a shop with a discount"),
    P("js_wl", "宜兴紫砂壶源头工厂直发！主播现场开窑，今晚8点直播间福利价199元两把，点主页店铺链接下单",
      cls=A, spans=((A, "福利价199元两把", None), (A, "点主页店铺链接下单", None)),
      note="selling livestream with price and Douyin 小风车 link"),
    P("xz_wl", "徐州地锅鸡、烙馍卷馓子团购套餐来啦！🥘 点视频下方“套餐”入口，双人餐仅需68.8元，全市23家门店通用～",
      cls=A, spans=((A, "双人餐仅需68.8元", None), (A, "全市23家门店通用", None)),
      note="Douyin group-buying coupon for a restaurant chain"),
    P("nj_xw", "南京盐水鸭礼盒年货预售开启！京东搜索“金陵鸭坊旗舰店”，或直接戳👉 u.jd.com/Rm4Vq8s 下单每盒减20元。",
      cls=A, spans=((A, "u.jd.com/Rm4Vq8s", None), (A, "金陵鸭坊旗舰店", None)),
      note="JD.com short link and shop name with a discount"),
    P("lyg_wl", "连云港海州湾野生大对虾🦐 渔民直供，零下18℃冷链到家！拼多多搜“海州湾渔嫂小铺”，2斤装59.9元包邮",
      cls=A, spans=((A, "海州湾渔嫂小铺", None), (A, "2斤装59.9元包邮", None)),
      note="Pinduoduo shop name and price with a call to buy"),
    P("wx_jy", """寒假研学营火热报名中！

由“智启未来教育”主办的“江南科技研学营”面向全市中小学生招生，5天4晚仅需2980元，早鸟价立减300元。

报名请添加招生老师微信：zqwl-edu2027，或扫描文末二维码。""",
      cls=A, spans=((A, "5天4晚仅需2980元", None), (A, "zqwl-edu2027", None)),
      note="paid study tour of a named company with price and WeChat id, posted by the education bureau"),
    P("zj_wj", """冬季进补，选对膏方很重要

镇江百年老字号“济生堂”冬令膏方节开幕，即日起至12月31日，定制膏方享8.8折，前100名赠送养生茶一盒。

预约热线：0511-8526 7731""",
      cls=A, spans=((A, "定制膏方享8.8折", None), (A, "0511-8526 7731", None)),
      note="promotion of one named pharmacy with a discount and booking line"),
    P("js_wj", """【家长必看】儿童近视防控新方法

近期，我们与“澄瞳视光”合作推出青少年角膜塑形镜体验季，凭本文截图到店验配立减500元，名额有限！

门店地址：南京市秦淮区中山南路288号""",
      cls=A, spans=((A, "凭本文截图到店验配立减500元", None), (A, "澄瞳视光", None)),
      note="commercial eye-care promotion of a named business"),
    P("sz_sc", "【福利】本号粉丝专享：苏绣团扇、桃花坞木刻年画礼盒限时7折！复制这段话(kS9pLw3ZqR)/打开桃宝即可领取",
      cls=A, spans=((A, "(kS9pLw3ZqR)/", None), (A, "打开桃宝", None)),
      note="disguised Taobao (桃宝) token with a discount"),
    P("cz_rs", """灵活就业人员看过来！

“速聘宝”App上线常州专区，下载注册即送20元现金红包，完成首单再奖励50元！

下载链接：https://sp.supinbao.cn/dl?ch=cz1128""",
      cls=A, spans=((A, "https://sp.supinbao.cn/dl?ch=cz1128", None), (A, "下载注册即送20元现金红包", None)),
      note="promotion of a commercial gig app with a referral link and cash reward"),
    P("nj_ga", "冬天骑电动车太冷？这款加厚防风挡风被亲测好用👍 小黄车同款已上架，警官推荐价39元",
      cls=A, spans=((A, "小黄车同款已上架", None), (A, "警官推荐价39元", None)),
      note="police Douyin account selling a product via the product cart"),
    P("js_ga_dy", "家里老人独居？这款一键呼叫报警器支持SOS定位📍 点击视频左下角购物袋，今日下单送电池",
      cls=A, spans=((A, "点击视频左下角购物袋", None), (A, "今日下单送电池", None)),
      note="product sold through the video's shopping bag"),
    P("ha_ny", """淮安大米新米上市

我市“淮上稻香”家庭农场新米开售，5公斤装49.9元，满3袋包邮。订购请加微信：HSDX_rice，或拨打13852390417。""",
      cls=A, spans=((A, "5公斤装49.9元", None), (A, "HSDX_rice", None), (A, "13852390417", None)),
      note="sale of one farm's rice with price, WeChat id and phone"),
    P("yc_st", "环保又实惠！“绿源净”家用净水器年终钜惠，原价2699元现价1599元，关注公众号“绿源净水”回复“盐城”领取优惠券。",
      cls=A, spans=((A, "原价2699元现价1599元", None), (A, "回复“盐城”领取优惠券", None)),
      note="water-purifier promotion with coupon code, on the environment bureau's account"),
    P("nt_yj", """冬季家庭防火，从一具灭火器开始

推荐家庭常备1kg干粉灭火器一具。本号合作商家“安家消防器材”为粉丝提供团购价：2具仅需58元，满100元包邮。

购买链接：https://weidian.com/item.html?itemID=7395026184""",
      cls=A, spans=((A, "https://weidian.com/item.html?itemID=7395026184", None), (A, "2具仅需58元", None)),
      note="safety advice turned into a sale with a Weidian link"),
    P("sz_xw_dy", "苏州平江路网红糕团店“阿婆糕团铺”冬至限定桂花冬酿酒糕上新✨ 团购价19.9元/份，戳下方链接抢购～",
      cls=A, spans=((A, "阿婆糕团铺", None), (A, "团购价19.9元/份", None)),
      note="promotion of one named shop with a group-buying price"),
    P("wx_ga", "【提醒】冬季车辆防冻液别忘了换！本周末“锡城车管家”养车中心推出特惠套餐，换防冻液仅需99元，预约电话：0510-8273 0566。",
      cls=A, spans=((A, "锡城车管家", None), (A, "换防冻液仅需99元", None)),
      note="car-service promotion with price and phone on the police account"),
    P("js_jy", """【名师直播课】期末冲刺，名师带你提分！

“提分星球”名师冬季直播课火热招生，语数英三科联报仅需399元，扫码添加助教领取试听课。

（二维码）""",
      cls=A, spans=((A, "语数英三科联报仅需399元", None), (A, "提分星球", None)),
      note="commercial tutoring course promoted by the education department"),
    P("js_wl_wb", "#水韵江苏# 冬游江苏福利来了！转发本条并关注@水韵江苏，抽10位送“云栖温泉度假酒店”双人温泉套票，酒店预订戳 dpurl.cn/Tq8xW2m",
      cls=(A, "entertainment"), spans=((A, "dpurl.cn/Tq8xW2m", None), (A, "云栖温泉度假酒店", None), ("entertainment", "转发本条并关注@水韵江苏，抽10位送", None)),
      note="follower lottery (entertainment) whose prize and link promote one commercial hotel (ad); two classes"),
    P("xz_qx", "降温了！加厚羽绒服清仓价129元起，复制€Pz3Kn8VwLt€打开APP领券再减20，给家人备一件吧～",
      cls=A, spans=((A, "€Pz3Kn8VwLt€", None), (A, "加厚羽绒服清仓价129元起", None)),
      note="weather account pushing clothing with a shop token"),
    P("js_rs", """想考证加薪？看这里！

“技达职业培训学校”电工、焊工、育婴员证书培训冬季班开课，学费全程可分期，报名即送教材。

咨询请私信或添加V：jida_px88""",
      cls=A, spans=((A, "jida_px88", None), (A, "报名即送教材", None)),
      note="private training school advertised with a WeChat id"),
    P("nj_wl", """南京冬日限定：梅花山下的咖啡馆

紫金山脚下新开的“梅间咖啡”推出梅花拿铁，前50名到店出示本文可免费升杯，会员储值500送100。

小红书搜：梅间咖啡南京店 xhslink.com/a/Wd7Kq2pR""",
      cls=A, spans=((A, "xhslink.com/a/Wd7Kq2pR", None), (A, "会员储值500送100", None)),
      note="promotion of a café with stored-value offer and Xiaohongshu link"),
    P("nj_xw_dy", "南京人过冬必备！老门东“金陵糖坊”梨膏糖手工现熬，直播间今晚拍两罐加赠一罐🍬 #南京美食",
      cls=A, spans=((A, "直播间今晚拍两罐加赠一罐", None), (A, "金陵糖坊", None)),
      note="selling livestream for a named shop"),
    P("js_sc", "【年货节】“苏品优选”年货节开幕啦！满299减50，叠加平台券最高减100，点击 https://spyx.shop/nh2027 进入商城抢购。",
      cls=A, spans=((A, "https://spyx.shop/nh2027", None), (A, "满299减50", None)),
      note="market-regulation account linking to a commercial mall with discounts"),
    P("wx_jy", "家长们，无锡惠山泥人DIY亲子体验课上新了！每组家庭仅需88元，扫码下单即送泥人摆件一个，名额有限先到先得！",
      cls=A, spans=((A, "每组家庭仅需88元", None), (A, "扫码下单即送泥人摆件一个", None)),
      note="paid commercial class with a call to buy"),
    P("yz_xw", "【扬州炒饭大赛冠军店】“扬一碗”冬季套餐上线，扬州炒饭+狮子头+烫干丝只要49块，美团搜索店名即可下单。",
      cls=A, spans=((A, "美团搜索店名即可下单", None), (A, "只要49块", None)),
      note="one named restaurant's set meal with a call to order on a delivery app"),
    P("cz_rs", """招募社区团购团长

“邻里鲜”社区团购平台面向常州招募团长，宝妈、退休人员均可，零门槛零囤货，佣金最高15%，月入过万不是梦！

加入请扫码或联系：陈经理 18961205573""",
      cls=A, spans=((A, "佣金最高15%", None), (A, "18961205573", None)),
      note="group-buying leader recruiting (团长) with commission and phone"),
    P("sz_sc", """年终福利来了！

本号联合苏州“吴门珠宝”推出粉丝福利：黄金饰品每克优惠30元，凭暗号“苏州市场监管”到店再享9.5折。""",
      cls=A, spans=((A, "黄金饰品每克优惠30元", None), (A, "凭暗号“苏州市场监管”到店再享9.5折", None)),
      note="jewellery promotion with a code word, on the market regulator's account"),
    P("js_ga", "【冬季驾车】行车记录仪一定要装！推荐这款4K夜视款，原价499现在299，戳链接👉 3.cn/2Yk-Mq7R",
      cls=A, spans=((A, "3.cn/2Yk-Mq7R", None), (A, "原价499现在299", None)),
      note="dashcam sold with a JD short link"),
    P("zj_wj", "【香醋养生】镇江香醋泡黑豆，降脂又养胃！本号推荐“金山醋坊”老陈醋六年陈酿，拍下备注“健康镇江”送醋蛋杯，店铺链接见评论区。",
      cls=A, spans=((A, "拍下备注“健康镇江”送醋蛋杯", None),),
      note="health claims used to sell one brand of vinegar"),
    P("nt_yj", "南通家纺城冬季被芯特卖！蚕丝被一折起，到店报“应急管理”再送枕芯一对，地址：叠石桥家纺城3号馆。",
      cls=A, spans=((A, "蚕丝被一折起", None), (A, "到店报“应急管理”再送枕芯一对", None)),
      note="sale promotion with a code phrase"),
    P("lyg_wl", "花果山脚下民宿“云台小筑”冬季特价房198元/晚起🏡 私信领取9折券，节假日可预订！",
      cls=A, spans=((A, "特价房198元/晚起", None), (A, "私信领取9折券", None)),
      note="one guesthouse's room rates with a coupon"),
    P("ha_ny", "盱眙龙虾尾预制菜冬季囤货价！🦞 关注淮安农业农村，快手搜“盱眙虾哥严选”，今日下单加赠调料包。",
      cls=A, spans=((A, "盱眙虾哥严选", None), (A, "今日下单加赠调料包", None)),
      note="one seller's shop on a short-video platform with a gift offer"),
    P("js_wj", "失眠多梦？试试这款“安眠枕”，三甲医院专家推荐，限时体验价168元，识别图中二维码购买，七天见效否则全额退！",
      cls=A, spans=((A, "限时体验价168元", None), (A, "七天见效否则全额退", None)),
      note="health product ad with false endorsement and QR purchase"),
    P("nj_ga_wb", "冬季护肤也是一门学问～我们和“金陵本草”联名的护手霜上线啦，粉丝价29.9元两支，微博小店已上架，库存不多～",
      cls=A, spans=((A, "粉丝价29.9元两支", None), (A, "微博小店已上架", None)),
      note="police account co-branding and selling a cosmetic"),

    # ---- hard negatives ----
    P("sz_xw", "【苏州发放第二批数字消费券】12月5日10:00起，在苏个人可通过“云闪付”App“苏州消费券”专区申领，满100元减20元，限在本市参与活动的商户使用。",
      hn=HN, note="official government consumption vouchers (no shop promoted)"),
    P("js_sc", "【家电以旧换新补贴】购买一级能效家电可享受销售价格15%的补贴，每位消费者每类产品限补1件，申领方式以各地商务部门公布为准。",
      hn=HN, note="official trade-in subsidy"),
    P("zj_wj", "【满意度调查】为进一步改善医疗服务，我委开展2026年度患者满意度调查，请扫描下方二维码填写问卷，约需3分钟。",
      hn=HN, note="QR code for an official survey"),
    P("nj_xw", "【政务服务】遇到问题怎么办？拨打12345政务服务便民热线，或登录“我的南京”App“诉求办理”专区在线反映。",
      hn=HN, note="official hotline and government app"),
    P("sz_sc", "【本周菜价】我市重点监测的农贸市场本周青菜每斤2.6元、猪肉（精瘦）每斤15.8元、鸡蛋每斤4.9元，价格总体平稳。",
      hn=HN, note="price monitoring report, no seller and no call to buy"),
    P("wx_ga", "【反诈提醒】有市民收到短信称“您的退款待领取，复制₳Zt8nBq4Kw₳打开App查看”，这是诈骗！正规退款不会要求复制口令、填写银行卡密码。",
      hn=HN, note="anti-fraud post quoting a scam token; no sale"),
    P("ha_ny", "【淮安大米区域公用品牌推介】“淮安大米”获评国家地理标志证明商标，全市规范种植面积达150万亩。我局将继续加强品牌保护，严打假冒行为。",
      hn=HN, note="regional public brand (not one business), no price or link"),
    P("js_wl", "冬游江苏！12月1日至2027年2月28日，全省200多家A级景区对60周岁以上老人免门票，请携带身份证。#水韵江苏",
      hn=HN, note="official free-entry policy, no commercial seller"),
    P("cz_rs", "【冬季专场招聘会】12月10日常州人才市场将举办冬季专场招聘会，进场企业150家。求职者可扫描下方二维码提前报名。",
      hn=HN, note="official job fair registration QR"),
    P("sz_sc", "【预付卡消费提醒】部分健身房、美容院以“充值1000送300”等名义诱导办卡，随后跑路。市场监管部门提醒：谨慎办理大额预付卡。",
      hn=HN, note="consumer warning quoting a sales pitch; no shop promoted"),
    P("js_sc", "【抽检通报】本期抽检电热毯、暖手宝等产品120批次，不合格8批次，涉及企业名单见附件，我局已责令整改。",
      hn=HN, note="inspection notice naming products negatively; no ad"),
    P("nj_wl", "【非遗年货节】12月20日至27日，南京非遗年货节在夫子庙举办，云锦、绒花、金箔等非遗项目现场展示，免费入场。",
      hn=HN, note="official cultural fair, no seller or price"),
    P("js_rs", "【社保卡】第三代社保卡可在各合作银行网点申领，工本费全免。也可通过“江苏智慧人社”App在线申领、邮寄到家。",
      hn=HN, note="official card service via banks; no commercial offer"),
]

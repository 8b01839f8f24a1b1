"""Seventh held-out part: commercial advertising (ad) and posts that look like ads but are fine (hard
negatives). Shop links, tokens, ids and phrasings are new (none equals, contains or is contained in a
labelled span of dev/ ... dev9/)."""
from _lib import P

A = "ad"

POSTS = [
    P("sc_wl", "🌶️冬天就要来一锅！宽窄巷子旁这家老火锅我们替大家试过了，牛油锅底香到犯规～视频左下角点“团购”，"
      "双人套餐只要118，还能叠加店铺券 #四川文旅", A,
      [(A, "双人套餐只要118", None), (A, "还能叠加店铺券", None)], note="one named-by-location business with price and group-buy call"),
    P("my_wl", "绵阳米粉节福利来啦！官方合作商家“涪城老王米粉”礼盒在这里👇 #小程序://绵州好物/Mf8KzQ2aLw "
      "三盒装到手价66元，全国包邮", A, [(A, "#小程序://绵州好物/Mf8KzQ2aLw", None), (A, "三盒装到手价66元", None)],
      note="mini-program shop link and price"),
    P("gy_wl", "剑门豆腐宴礼盒上新！🛒点视频底部的商品卡就能下单，今晚8点半广元文旅直播间还有满199减40 #广元", A,
      [(A, "点视频底部的商品卡就能下单", None), (A, "满199减40", None)], note="shop card on a video and coupon"),
    P("ls_wl", "#乐山# 跷脚牛肉真空装来啦，【淘宝】https://h5.m.taobao.com/awp/core/detail.htm?id=781204653390 "
      "拍两份第二份半价～", A,
      [(A, "https://h5.m.taobao.com/awp/core/detail.htm?id=781204653390", None), (A, "拍两份第二份半价", None)],
      note="shop link"),
    P("ms_ny", "【眉山柑橘上市】不知火、春见、耙耙柑都有，复制本条消息 6:/ 🍊Rk3Wz9Tq2Lm🍊 打开手机淘宝即可抢购，"
      "5斤装仅需26.8元", A, [(A, "🍊Rk3Wz9Tq2Lm🍊", None), (A, "5斤装仅需26.8元", None)],
      note="shop token disguised with fruit emoji"),
    P("sc_sc", "【年终福利】本号粉丝可领“锦官城”家电连锁满3000减400券，私信小编发券，先到先得！#四川市场监管#", A,
      [(A, "满3000减400券", None), (A, "私信小编发券", None)], note="coupon of one named business"),
    P("cd_sc", "年底装修季，市场监管小编提醒大家选择正规装修公司\n\n顺便给大家安利一家我们走访过的靠谱公司"
      "——“蓉居整装”，报“成都市场监管”可享设计费全免，咨询电话：028-8765xxxx。", A,
      [(A, "顺便给大家安利一家我们走访过的靠谱公司", None), (A, "报“成都市场监管”可享设计费全免", None)],
      note="disguised promotion inside a consumer warning"),
    P("cd_wj", "冬季进补，这款膏方适合你吗？\n\n立冬后，很多市民来问膏方。“天府堂”国医馆冬令膏方已开始预订，一料"
      "（约30天）仅需1580元，本周预订加赠艾灸一次。\n\n预约请添加健康管家 V❤：tfgy_2026", A,
      [(A, "一料（约30天）仅需1580元", None), (A, "V❤：tfgy_2026", None)], note="named clinic's product, price, private WeChat"),
    P("lz_wj", "泸州老窖窖藏年份酒冬季特惠，拿货请联系卫健小编，绿色软件搜：lzjc_wj888", A,
      [(A, "绿色软件搜：lzjc_wj888", None)], note="liquor selling via a disguised WeChat id on a health account"),
    P("sc_jy", "寒假托管哪家强？\n\n我厅提醒家长：选择校外培训要认准“白名单”。另外，许多家长咨询的“状元坊”寒假集训营，"
      "现报名立享9折，两周只要2680元，长按识别图中二维码锁定学位。", A,
      [(A, "两周只要2680元", None), (A, "长按识别图中二维码锁定学位", None)], note="training company promoted under a warning"),
    P("yb_jt", "宜宾燃面礼盒开团！团长价每盒29元，3盒起包邮，接龙请进“宜宾教体家长福利群”，群二维码见文末。", A,
      [(A, "团长价每盒29元", None), (A, "宜宾教体家长福利群", None)], note="group-buying food sales in a parents' group"),
    P("dz_rs", "灵活就业也能月入过万！\n\n“达州鑫程”网约车平台诚招司机，免费提供车辆，押金仅需3000元，每月保底"
      "收入8000元起。报名咨询：扣扣 2094573816。", A,
      [(A, "押金仅需3000元", None), (A, "扣扣 2094573816", None)], note="a company's recruitment-cum-deposit scheme with QQ id"),
    P("pzh_xw", "【攀枝花芒果冬季尾货清仓】凯特芒9.9元3斤，点击链接抢购 https://m.pinduoduo.com/goods2?gid=60718329415 "
      "#攀枝花#", A, [(A, "https://m.pinduoduo.com/goods2?gid=60718329415", None), (A, "9.9元3斤", None)],
      note="shop link and price"),
    P("dy_xw", "#德阳# 罗江贵妃枣冻干，德阳人自己的年货！京东搜“罗江枣小二”，新用户首单立减15，今晚直播间还有福袋。",
      A, [(A, "京东搜“罗江枣小二”", None), (A, "新用户首单立减15", None)], note="named shop on JD, discount"),
    P("nc_ga", "民警同款保温杯来了☕ 双层304不锈钢，橱窗第3个就是，今天拍下送杯刷！#南充公安", A,
      [(A, "民警同款保温杯来了", None), (A, "橱窗第3个就是", None)], note="police account selling through its showcase"),
    P("cd_ga_dy", "冬天骑电瓶车一定要戴头盔！不知道选哪款？主页置顶视频挂了我们精选的几款，都有3C标志，领券后只要59🪖", A,
      [(A, "主页置顶视频挂了我们精选的几款", None), (A, "领券后只要59", None)], note="helmet sales on a police account"),
    P("sc_yj", "冬季家庭应急物资储备清单\n\n1. 手电筒和备用电池；2. 急救包；3. 饮用水和干粮……\n\n清单上的物品，"
      "我们已和“蜀安应急”合作做了套装，一套搞定，厅里同事都在用。淘宝搜店铺“蜀安应急旗舰店”，输入暗号“四川应急”"
      "立减30元。", A, [(A, "淘宝搜店铺“蜀安应急旗舰店”", None), (A, "输入暗号“四川应急”立减30元", None)],
      note="a named shop promoted inside a preparedness list"),
    P("zg_yj", "自贡灯会门票早鸟价来了！🏮 成人票原价150元，通过“盐都灯游”小程序购买只要99元，前500名再送兔子"
      "灯一个。", A, [(A, "通过“盐都灯游”小程序购买只要99元", None), (A, "前500名再送兔子灯一个", None)],
      note="ticket sales via a commercial mini-program with discount on an emergency-management account"),
    P("my_wl", "越王楼夜游+江边烤鱼套票，美团搜“涪江夜宴”下单立减，两人同行一人免单，仅限本周末！", A,
      [(A, "美团搜“涪江夜宴”下单立减", None), (A, "两人同行一人免单", None)], note="named restaurant's package"),
    P("sn_sc", "【消费提示】买羽绒服要看含绒量！我们实测了“川北羽绒工厂店”的产品，含绒量达90%，良心价299元，"
      "地址在遂宁河东新区。#遂宁市场监管#", A,
      [(A, "良心价299元", None), (A, "我们实测了“川北羽绒工厂店”的产品", None)],
      note="endorsement of one named shop inside a consumer tip"),
    P("ya_qx", "下雪啦！❄️ 想上牛背山看云海的朋友们，推荐“云端驿站”民宿，冬季房价198起，订房加企鹅：3386092471", A,
      [(A, "冬季房价198起", None), (A, "订房加企鹅：3386092471", None)], note="homestay ad on a weather account"),
    P("cd_wj_wb", "【近视防控】“视康”眼科医院角膜塑形镜寒假特惠，验配直降1800元，戳这里预约→ https://u.meituan.com/hx2Lq9P",
      A, [(A, "验配直降1800元", None), (A, "https://u.meituan.com/hx2Lq9P", None)], note="private hospital's promotion"),
    P("sc_wj", "冬季流感高发，提高免疫力很关键\n\n……\n\n很多读者问吃什么能增强免疫力。我们推荐“川康源”牌"
      "蛋白粉，买两罐送一罐，点击文末“小店”直接下单。", A,
      [(A, "推荐“川康源”牌蛋白粉", None), (A, "点击文末“小店”直接下单", None)], note="supplement promotion under a health article"),
    P("nj_ga", "【反诈宣传】防骗也要防丢！推荐一款“甜城守护”儿童电话手表，支持一键报警，粉丝专属链接："
      "https://item.m.jd.com/product/100135920718.html", A,
      [(A, "推荐一款“甜城守护”儿童电话手表", None), (A, "https://item.m.jd.com/product/100135920718.html", None)],
      note="product sales under anti-fraud pretext"),
    P("ls_wl", "#乐山# 甜皮鸭整只真空装，上新首日🔥 快手小店搜“嘉州甜皮鸭”，下单一只发两只，顺丰冷链直发。", A,
      [(A, "快手小店搜“嘉州甜皮鸭”", None), (A, "下单一只发两只", None)], note="named shop, bundle offer"),
    P("gy_wl", "朝天核桃新货到！评论区打“核桃”，小助理私你内部价🌰 #广元", A,
      [(A, "评论区打“核桃”，小助理私你内部价", None)], note="comment-keyword private sale"),
    P("ms_ny", "东坡泡菜家庭装团购开始啦\n\n5斤装泡菜坛+料包，团购价68元，12月5日统一配送到社区自提点，下单请扫"
      "下方群码找“泡菜团长”。", A, [(A, "团购价68元", None), (A, "下方群码找“泡菜团长”", None)],
      note="community group-buying"),
    P("dz_rs", "考证就业两不误！\n\n“渠江职校”育婴师、保育师培训班开课，包吃住包考证，学费4800元，可申请分期，"
      "考证不过全额退。", A, [(A, "学费4800元，可申请分期", None), (A, "考证不过全额退", None)],
      note="private training with price, financing and guarantees"),
    P("sc_jy_wb", "【好物推荐】教育厅小编亲测！“学霸笔”点读笔，覆盖人教版全套教材，今天下单立省200，"
      "直达链接戳评论区置顶👇", A, [(A, "教育厅小编亲测", None), (A, "今天下单立省200", None)],
      note="product endorsement by an education department"),
    P("pzh_xw", "【阳光康养】来攀枝花过冬！“金沙湾”康养公寓月租1580元起，拎包入住，长租再送两个月物业费，"
      "预约看房：0812-336xxxx。", A, [(A, "月租1580元起", None), (A, "长租再送两个月物业费", None)],
      note="real-estate rental ad"),
    P("cd_ga", "【平安成都×车管家】汽车年检一条龙，代办只需198，在家坐等检测完成，加V：cdcg_110", A,
      [(A, "代办只需198", None), (A, "加V：cdcg_110", None)], note="paid agency service with private WeChat"),
    P("yb_jt", "体育中考加油站！\n\n“翼腾体育”跳绳、实心球专项训练营寒假班火热招生，20课时1680元，报名即送计数"
      "跳绳一根。👉 https://weidian.com/?userid=1680293754", A,
      [(A, "20课时1680元", None), (A, "https://weidian.com/?userid=1680293754", None)], note="training shop link"),
    P("sc_wl", "藏香猪腊肉限量开抢！🥓 家人们3号上架，拍下就发，库存只有500份 #四川文旅", A,
      [(A, "家人们3号上架", None), (A, "库存只有500份", None)], note="live-stream style selling"),
    P("nc_ga_wb", "【便民】南充“老营盘”开锁换锁，公安备案，换B级锁芯只要80元，电话：13568xxxx21", A,
      [(A, "换B级锁芯只要80元", None)], note="one named locksmith promoted with price"),
    P("sn_sc", "【观音故里好物】遂宁矮晚柚3个装19.9，拼单链接👉 https://mobile.pinduoduo.com/ddjb/Tz6rLq3 #遂宁#", A,
      [(A, "3个装19.9", None), (A, "https://mobile.pinduoduo.com/ddjb/Tz6rLq3", None)], note="group-buy link"),

    # ----- hard negatives -----
    P("sc_sc", "【典型案例】成都某医美机构在推广中宣称“全网最低价”“无效退款”“三天见效”，违反广告法，被依法罚款12万元。"
      "#四川市场监管#", hn=A, note="enforcement case quoting the offending ad wording"),
    P("cd_sc", "警惕“0元领取”背后的陷阱！\n\n近期有商家以“扫码关注即送鸡蛋”“拉群发福利”为名，诱导老年人购买高价"
      "保健品。我局已立案调查3起。遇到此类情况请拨打12315投诉举报。", hn=A,
      note="consumer warning describing the trick; no business promoted"),
    P("cd_ga_dy", "骗子常用话术：“加我V领内部价”“扫码进群返现”……记住，这些都是诈骗！有疑问拨打96110。#平安成都", hn=A,
      note="anti-fraud post quoting scam wording"),
    P("sc_wj", "四川省医疗保障局提醒：医保电子凭证可通过国家医保服务平台App、微信、支付宝免费激活，任何收费"
      "“代激活”均为诈骗。", hn=A, note="free official service; naming apps is fine"),
    P("dy_xw", "#德阳# 德阳市2026年冬季消费券12月1日10点开抢！通过云闪付App参与，满200减50，由市商务局统一发放。",
      hn=A, note="official government consumption vouchers"),
    P("my_wl", "绵阳文旅惠民：12月每周三，全市18家A级景区对市民免票开放，凭身份证入园，无需预约。", hn=A,
      note="official free-admission notice, no business"),
    P("ms_ny", "眉山市第九届柑橘产业博览会将于12月6日开幕\n\n博览会设展位200个，免费向全市种植大户和合作社开放，"
      "报名截止11月30日，联系电话：028-3810xxxx（市农业农村局市场科）。", hn=A,
      note="official fair; the phone is the bureau's own"),
    P("dz_rs", "达州市2026年下半年事业单位公开招聘工作人员公告\n\n招聘岗位126个，报名不收取任何费用，报名网址见"
      "达州市人民政府门户网站。", hn=A, note="official public recruitment"),
    P("sn_sc", "【以旧换新】家电以旧换新国家补贴继续实施，一级能效产品补贴20%，请认准官方补贴平台，切勿相信"
      "“代领补贴”。#遂宁市场监管#", hn=A, note="national subsidy policy"),
    P("ls_wl", "#乐山# 峨眉山景区冬季门票实行淡季价格，即日起至2027年2月28日，门票110元，60周岁以上老人免票，"
      "购票请通过景区官方渠道。", hn=A, note="official ticket pricing notice by the tourism authority"),
    P("nj_ga", "【防范提醒】近期有人冒充“公安局”推销“防诈骗保险”“民警专供”商品，公安机关从不推销任何商品！"
      "#内江公安#", hn=A, note="warning about fake police product sales"),
    P("yb_jt", "宜宾市公共体育场馆冬季免费低收费开放时间公布\n\n市体育中心游泳馆每日12:00-14:00对学生免费开放，"
      "其余时段按每人次15元收费。", hn=A, note="official pricing of public facilities"),
    P("gy_wl", "广元市第二届“女皇故里”年货节12月15日开幕，由市商务局主办，全市60余家老字号参展🏮 #广元", hn=A,
      note="official fair announcement, no single business, no price or link"),
]

"""Thirty-first held-out part: commercial advertising on government accounts (shop links and tokens, coupons,
QR and WeChat ordering, selling livestreams, agent recruiting, promotion of one named business) and clean posts
built to look like it. Businesses, links, tokens, ids and phone numbers are invented."""
from _lib import P

AD = "ad"
EN = "entertainment"
HN = "ad"

POSTS = [
    P("zw_wl", "中卫硒砂瓜冬储款来啦🍉 沙漠里长出来的甜，一箱10斤只要39.9元，复制口令€Zw7Hq2Lp€到购物APP直接下单，"
      "前200单包邮！",
      cls=AD, spans=[(AD, "复制口令€Zw7Hq2Lp€到购物APP直接下单")], note="shop token with a price"),
    P("nx_wl", "宁夏的朋友们看过来！“砚池酒庄”冬季品鉴礼盒上新，两支装赤霞珠原价398，今天直播间只要168，"
      "今晚8点准时开播，库存有限先到先得！",
      cls=AD, spans=[(AD, "今天直播间只要168，今晚8点准时开播")], note="selling livestream of one winery"),
    P("yc_xw", "【好物推荐】中宁头茬枸杞，颗颗饱满，500克装仅需49元，私信小编或添加微信 gqyx_0951 即可订购，"
      "银川市区当天送达。",
      cls=AD, spans=[(AD, "添加微信 gqyx_0951 即可订购")], note="WeChat ordering of a product"),
    P("wz_zf", """吴忠早茶礼包限时特惠

“马家老茶馆”推出早茶半成品礼包，含手工蒸饺、牛肉拉面、油香各一份，原价128元，现在扫描文末二维码下单立减40元，满两份包邮。""",
      cls=AD, spans=[(AD, "扫描文末二维码下单立减40元")], note="QR ordering and discount for one named business"),
    P("ych_nw", """盐池滩羊肉年货预订开启

盐池县“羊倌儿”牧业合作社滩羊肉年货开始预订：羊排每斤68元，羊腿每斤59元，整只半只均可分割。订购电话：139 9530 xxxx，满500元送羊杂一份。""",
      cls=AD, spans=[(AD, "满500元送羊杂一份")], note="price list, order phone, gift with purchase"),
    P("szs_wl", "沙湖冬季冰雪嘉年华套票开抢！成人票原价120元，现在通过“星海游”小程序购买只要79元，"
      "还送热饮券一张，数量有限～",
      cls=AD, spans=[(AD, "通过“星海游”小程序购买只要79元")], note="discounted tickets via a commercial mini program"),
    P("gy_wl", """六盘山野生蘑菇干货上新

固原“山里鲜”电商平台上架六盘山野生榛蘑、松蘑，250克装39.8元。点击“阅读原文”进入店铺，新用户首单再减5元。""",
      cls=AD, spans=[(AD, "点击“阅读原文”进入店铺，新用户首单再减5元")], note="shop link and coupon"),
    P("yc_ga", "今天不讲案例，给大家推荐一家我们警队同事常去的健身房——“铁甲健身”金凤店，办年卡送私教课3节，"
      "报“银川公安”还能再打九折！",
      cls=AD, spans=[(AD, "报“银川公安”还能再打九折")], note="promotion of one business with discount"),
    P("xx_zf", """西夏区社区团购团长招募

“邻里鲜”社区团购平台现面向全区招募团长，零门槛、零囤货、平台统一配送，每单返佣8%，月入过万不是梦！有意者请扫码添加招商经理。""",
      cls=AD, spans=[(AD, "每单返佣8%，月入过万不是梦")], note="group-buying leader recruiting"),
    P("yc_sj", """双十二预热：本地商家联合促销

金凤区“凤城里”商业街12家商户联合推出双十二预热活动，全场满300减60，会员消费积分加倍，活动时间11月28日至12月12日，欢迎市民前往选购。""",
      cls=AD, spans=[(AD, "全场满300减60，会员消费积分加倍")], note="promotion of a commercial street's sale"),
    P("pl_wj", """冬季养生好物推荐

“沙湖本草”牌黄芪枸杞膏，采用平罗本地枸杞熬制，冬季进补正当时。即日起凭本推文截图到县城各门店购买可享八折，两盒起送货上门。""",
      cls=AD, spans=[(AD, "凭本推文截图到县城各门店购买可享八折")], note="health product promotion with discount"),
    P("qtx_yj", """安全不打烊 灭火器团购进行中

为方便居民家庭配备消防器材，我局联合“安达消防器材店”开展灭火器团购，2公斤干粉灭火器每具45元，5具起送货上门，团购微信：qtxaqd2026。""",
      cls=AD, spans=[(AD, "团购微信：qtxaqd2026")], note="selling one shop's products via WeChat"),
    P("nx_wl_wb", "【冬游福利】宁夏冬季沙漠露营双人套餐限时秒杀，门市价628元，现价299元，含帐篷住宿、篝火晚会和烤全羊自助，"
      "点击链接 https://dl.sjyx-travel.cn/k/a8Fq 抢购！",
      cls=AD, spans=[(AD, "https://dl.sjyx-travel.cn/k/a8Fq")], note="link to a commercial package sale"),
    P("gy_jy", """寒假研学营火热报名中

“启航研学”寒假冬令营开始报名，北京5日游人均4280元，11月30日前报名立减500元，名额有限。咨询报名请联系王老师：186 0954 xxxx。""",
      cls=AD, spans=[(AD, "11月30日前报名立减500元")], note="commercial study tour promoted by an education bureau"),
    P("jy_zf", """泾源黄牛肉 冬季特供

泾源县“六盘牛庄”推出冷链黄牛肉礼盒，5斤装每盒298元，全国顺丰包邮。长按下方二维码直达六盘牛庄小店，下单备注“泾源发布”送牛肉酱一瓶。""",
      cls=AD, spans=[(AD, "长按下方二维码直达六盘牛庄小店")], note="QR shop ordering"),
    P("yc_xw_dy", "宁夏人冬天离不开的八宝茶，这家老字号“凤城茶语”做了三十年！视频下方链接一键下单，"
      "三罐装只要59.9，今晚下单明早发货～",
      cls=AD, spans=[(AD, "视频下方链接一键下单，三罐装只要59.9")], note="product link in a video"),
    P("wz_ga_dy", "家人们，防盗门锁换了吗？我们推荐“安居锁业”的C级锁芯，原价299现在139，点视频右下角购物袋就能买，"
      "还包上门安装！",
      cls=AD, spans=[(AD, "点视频右下角购物袋就能买")], note="selling a lock brand in a police video"),
    P("yn_zf", """“云岫酒庄”冬季开放日

永宁县“云岫酒庄”冬季开放日活动报名中：酒庄参观+品鉴+午餐每人188元，购买任意整箱酒款可免当日活动费用，预订电话0951-8077xxxx。""",
      cls=AD, spans=[(AD, "购买任意整箱酒款可免当日活动费用")], note="promotion of one winery"),
    P("nx_ga_dy", "这款车载记录仪我们交警同事亲测好用，夜视清晰，停车监控不耗电，现在下单立减100元，"
      "链接放在评论区置顶了～",
      cls=AD, spans=[(AD, "链接放在评论区置顶了")], note="product recommendation with comment-pinned link"),
    P("xx_zf", """新房推荐｜西夏区品质学区房

“贺兰山语”小区二期清盘特惠，88—120平方米现房在售，首付7.6万元起，前20名认购客户赠送车位使用权。售楼处地址：西夏区怀远西路与宁朔北街交叉口。""",
      cls=AD, spans=[(AD, "首付7.6万元起，前20名认购客户赠送车位使用权")], note="real-estate sales promotion"),
    P("nx_wj", """冬季体检套餐优惠

“康诺体检中心”推出冬季中老年体检套餐，原价1280元，即日起至12月31日预约仅需699元。预约方式：关注“康诺健康”公众号，回复“冬检”领取优惠码。""",
      cls=AD, spans=[(AD, "回复“冬检”领取优惠码")], note="private clinic package promotion"),
    P("szs_wl", "石嘴山的宝藏小吃“老街炒糊饽”开分店啦！开业前三天全场五折，到店打卡发朋友圈再送冰峰一瓶，"
      "地址在大武口区朝阳街。",
      cls=AD, spans=[(AD, "开业前三天全场五折，到店打卡发朋友圈再送")], note="opening sale of one restaurant"),
    P("ych_nw", """羊绒制品代理招募

盐池县“白雪羊绒”面向全国招募代理商，无需压货，微商模式代理价拿货，利润空间大。详情请添加负责人微信：baixue_yr。""",
      cls=AD, spans=[(AD, "面向全国招募代理商，无需压货，微商模式代理价拿货")], note="agent recruiting"),
    P("zw_wl_wb", "【美食】中卫蒿子面冬季限定套餐上线，“沙坡面馆”新推出的羊肉臊子蒿子面+凉菜+饮品只要26.8元，"
      "团购券戳这里👉 s.zwhc.cn/m9X",
      cls=AD, spans=[(AD, "团购券戳这里👉 s.zwhc.cn/m9X")], note="group-buy coupon link"),
    P("nx_yj", """家庭应急包推荐

“安心家”家庭应急包内含应急手电、保温毯、急救用品等18件物品，官方旗舰店现价169元，下单还送逃生绳一根。点击下方小程序卡片即可购买。""",
      cls=AD, spans=[(AD, "官方旗舰店现价169元，下单还送逃生绳一根")], note="selling a branded emergency kit"),
    P("yc_sj", """“宁鲜到家”生鲜平台冬季福利

新用户注册即送50元新人券包，蔬菜、牛羊肉、乳制品全场满59元免配送费，银川三区30分钟送达。""",
      cls=AD, spans=[(AD, "新用户注册即送50元新人券包")], note="promotion of a commercial delivery platform"),
    P("yc_ga", "反诈宣传也要接地气！我们和“快达通讯”营业厅合作，办理新号码送200元话费，再送防诈骗手机壳一个，"
      "地址：兴庆区解放东街88号。",
      cls=AD, spans=[(AD, "办理新号码送200元话费")], note="promotion of one phone shop"),
    P("wz_zf", """利通区“老马家”手抓羊肉品牌店上新

吴忠“老马家”手抓羊肉冬季推出真空礼盒装，每盒2斤128元，团购10盒以上打八五折。订购热线：0953-2088xxxx。""",
      cls=AD, spans=[(AD, "团购10盒以上打八五折")], note="promotion of one named restaurant brand"),
    P("gy_wl", """民宿推荐｜冬住六盘山下

“云栖山居”民宿冬季特惠：标准间每晚168元，连住两晚送早餐和温泉门票。预订请致电：177 0954 xxxx，或在各大平台搜索“云栖山居”。""",
      cls=AD, spans=[(AD, "连住两晚送早餐和温泉门票")], note="promotion of one homestay"),
    P("nx_jy", """寒假托管班报名

“优学堂”教育寒假托管班开始报名，每天8:00—18:00全天托管，含午餐和作业辅导，全程28天仅需2680元，老学员续报再减300元。""",
      cls=AD, spans=[(AD, "老学员续报再减300元")], note="commercial tutoring promotion by the education department"),
    P("xx_zf", "【便民】冬季取暖季，“暖阳供暖设备”推出电暖器以旧换新，旧机抵100元，新机最低399元，"
      "关注商家公众号即可领取满减券。",
      cls=AD, spans=[(AD, "关注商家公众号即可领取满减券")], note="trade-in promotion of one business"),
    P("pl_wj", """医美冬季特惠

“颜悦医美”平罗店冬季特惠：光子嫩肤体验价199元，水光针首次体验价299元，到店出示本文可再享九折。""",
      cls=AD, spans=[(AD, "光子嫩肤体验价199元")], note="cosmetic clinic promotion"),
    P("zw_wl", "冬天来沙坡头，一定要住一晚“星空沙漠帐篷”！现在预订周末房型直降200，私信发暗号“中卫文旅”再送星空摄影一次～",
      cls=AD, spans=[(AD, "私信发暗号“中卫文旅”再送星空摄影一次")], note="promotion of one camp with a code"),
    P("wz_ga", "【平安吴忠】推荐一款儿童防走失定位手表，“守护星”品牌，实时定位、一键呼救，原价499现在只要259，"
      "戳链接 https://m.shxstar.cn/p/27 购买。",
      cls=AD, spans=[(AD, "https://m.shxstar.cn/p/27")], note="product link in a police post"),
    P("nx_wj", """宁夏人自己的枸杞原浆

“杞源堂”枸杞原浆每盒30袋，每天一袋提升免疫力，限时两盒立减60元，点击下方“立即购买”按钮进入官方商城。""",
      cls=AD, spans=[(AD, "点击下方“立即购买”按钮进入官方商城")], note="health product sale with unproven claims"),
    # ad and entertainment in one post
    P("yc_xw_dy", "呜呜呜小编今天被领导派来带货了，不卖完不许下班😭 家人们救救孩子！滩羊肉卷一斤只要39，"
      "点击下方小手指立即抢，拜托拜托～",
      cls=(AD, EN), spans=[(AD, "点击下方小手指立即抢"), (EN, "不卖完不许下班😭 家人们救救孩子")],
      note="selling with 卖惨"),

    # --- hard negatives: look like ads but are not ---
    P("wz_zf", """“吴忠早茶”地理标志证明商标获批

近日，“吴忠早茶”地理标志证明商标获国家知识产权局核准注册。市场监管部门将加强商标使用监管，推动吴忠早茶品牌化、标准化发展。""",
      hn=HN, note="official promotion of a regional brand, no business or sale"),
    P("yc_sj", """消费提示：警惕“低价一日游”陷阱

近期有市民反映，参加“99元沙漠一日游”后被强制购物。市场监管部门提醒：选择正规旅行社，签订书面合同，遇强制消费可拨打12315投诉。""",
      hn=HN, note="consumer warning quoting a price"),
    P("yc_xw", "【惠民】银川市冬季文旅消费券第二轮发放，11月25日10:00起通过“i银川”App领取，"
      "可在全市参与活动的景区、剧场使用。消费券数量有限，领完即止。", hn=HN,
      note="government consumption vouchers, no single business"),
    P("ych_nw", """本周全县农产品价格监测

11月第三周，盐池县滩羊肉（带骨）均价每斤45元，较上周持平；黄花菜（干）每斤32元；荞麦每斤3.8元。价格信息仅供参考。""",
      hn=HN, note="price bulletin"),
    P("gy_jy", """关于规范校外培训机构收费的提醒

教育部门提醒家长：校外培训机构不得一次性收取超过3个月或60课时的费用，请通过培训资金监管平台缴费，谨防机构“跑路”。""",
      hn=HN, note="regulatory notice about training fees"),
    P("nx_ga", "【反诈】“刷单返利，日赚三百”？“点赞关注，立返佣金”？都是诈骗！凡是要求先垫付资金的兼职刷单，"
      "一律是诈骗，请勿轻信。", hn=HN, note="anti-fraud post quoting scam ad language"),
    P("yn_zf", """永宁县冬季招聘会通知

12月3日9:00，永宁县人力资源市场将举办冬季专场招聘会，60余家企业提供岗位1500余个。求职者可扫描下方二维码提前登记求职意向。""",
      hn=HN, note="QR code for job-fair registration, not selling"),
    P("yc_sj", """直播带货要守规矩

我局近期查处一起直播间虚假宣传案件，涉事主播宣称普通食品具有降血糖功效。提醒消费者：网购食品请认准生产许可编号，警惕“限时秒杀”“最后一单”等营销话术。""",
      hn=HN, note="regulator warning about livestream selling"),
    P("jy_zf", """政府采购意向公开

泾源县人民政府办公室2026年12月政府采购意向：办公设备采购项目，预算金额28万元，预计采购时间为2026年12月。详见县政府网站。""",
      hn=HN, note="public procurement notice"),
    P("szs_wl", "石嘴山公益电影放映月开始了！12月每周六下午在市文化馆免费放映，凭身份证领票，每人限领2张。",
      hn=HN, note="free public screening"),
    P("zw_wl", "中卫文旅年卡正式启用！本地市民凭身份证到景区服务中心即可免费办理，一年内不限次数游览市内国有景区。#中卫文旅",
      hn=HN, note="public benefit scheme, no sale"),
    P("pl_wj", """流感疫苗接种点公布

全县12个乡镇卫生院和社区卫生服务中心均可接种流感疫苗，60岁以上老人凭身份证免费接种，其他人群按公布价格自费接种。""",
      hn=HN, note="public vaccination notice with fees"),
    P("ych_nw", """盐池滩羊产业推介会在上海举行

推介会上，盐池县与5家长三角采购商签订供货协议，签约金额1.2亿元。盐池滩羊以肉质细嫩、无膻味著称，是国家地理标志保护产品。""",
      hn=HN, note="official promotion of a regional product, no shop"),
]

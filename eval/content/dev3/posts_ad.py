"""Held-out part (new, 2026-12-02): commercial advertising (class ad), and hard negatives.
Platforms, links, token disguises, private-traffic wording, livestream and group-buy phrasing, agent
recruiting and single-business promotions all differ from dev/ and dev2/."""
from _lib import P

AD = "ad"

POSTS = [
    P("wh_wb", """威海海参冬季上新！即食海参10头装，今晚8点准时开播，主播带你“3、2、1上链接”，前200单拍一发二！👉 https://v.kuaishou.com/Jq8sW2n""",
      AD, [(AD, "https://v.kuaishou.com/Jq8sW2n"), (AD, "前200单拍一发二"), (AD, "3、2、1上链接")],
      note="one seller's sea cucumbers in a Kuaishou selling livestream"),

    P("dy_ny", """黄河口大米新米上市啦

黄河口大米生长在黄河三角洲，引黄河水灌溉，米粒饱满、口感软糯，获评国家地理标志农产品。

今年新米已经上市，“黄河口稻香”合作社为粉丝准备了专属福利：
🌾 5kg真空装，日常价79元，粉丝价59元
🌾 2袋起包邮，第二袋半价

下单请戳👉 https://weidian.com/item.html?itemID=7390226418

也可以添加福利官企业微信：dy_daoxiang，进粉丝群天天有秒杀。""",
      AD, [(AD, "https://weidian.com/item.html?itemID=7390226418"), (AD, "粉丝价59元"), (AD, "第二袋半价"),
           (AD, "添加福利官企业微信：dy_daoxiang"), (AD, "进粉丝群天天有秒杀")],
      note="one cooperative's rice with a Weidian link, price and private-traffic invitation"),

    P("yj_ny", """阳江马水桔开摘啦！

马水桔是阳春特产，皮薄多汁、清甜化渣，有“桔中之王”之称。今年马水桔种植面积3.2万亩，预计产量6万吨。

【产地直发】10斤装 仅售45元，顺丰到家！
复制口令 ¢Hy6Rm1Jx4Pb¢ 打开淘宝APP，或在淘宝搜索“春湾果园旗舰店”。

买桔子，助农增收！""",
      AD, [(AD, "¢Hy6Rm1Jx4Pb¢"), (AD, "仅售45元"), (AD, "在淘宝搜索“春湾果园旗舰店”")],
      note="one shop's oranges: price, Taobao token in ¢…¢ and shop search"),

    P("sd_wl_dy", """山东冬季温泉季！威海、临沂、泰安多家温泉酒店联合推出冬季特惠，点左下角团购，双人温泉+自助晚餐198元，手慢无～#好客山东 #温泉""",
      AD, [(AD, "点左下角团购"), (AD, "双人温泉+自助晚餐198元")], note="Douyin group-buy coupon with a price"),

    P("jm_wl", """江门开平碉楼+赤坎古镇一日游，今晚直播间上架！原价298，直播间专属价168元含门票和午餐，福袋抽免单！点主页进直播间～""",
      AD, [(AD, "直播间专属价168元"), (AD, "福袋抽免单"), (AD, "点主页进直播间")],
      note="travel-agency package sold in the bureau's selling livestream"),

    P("fs_wx", """顺德美食节｜这家百年老字号，今天起会员日全场88折

说到顺德美食，双皮奶、姜撞奶、鱼生、均安蒸猪……样样都让人念念不忘。

位于大良华盖路的“仁信老铺”已有百年历史，每逢节假日门前都排起长队。即日起至12月31日，凭本推文截图到店消费全场88折，储值满500元送200元，还可参与“周三会员日”买一赠一。

地址：顺德区大良华盖路××号
订座热线：0757-2222××××""",
      AD, [(AD, "凭本推文截图到店消费全场88折"), (AD, "储值满500元送200元"), (AD, "“周三会员日”买一赠一")],
      note="promotion of one named restaurant with discounts and stored-value offer"),

    P("hzh_wx", """惠州这家口腔医院种植牙冬季特惠！

随着年龄增长，不少中老年人面临牙齿缺失的问题。种植牙被称为人类的“第三副牙齿”，具有美观、舒适、咀嚼效率高等优点。

“惠康口腔医院”冬季特惠活动来了：
✅ 进口种植体单颗2980元起（含牙冠）
✅ 60岁以上老人额外减免500元
✅ 免费拍全景片、免费口腔检查

预约电话：0752-2188××××
扫码添加口腔顾问，免费领取种植方案👇""",
      AD, [(AD, "进口种植体单颗2980元起"), (AD, "60岁以上老人额外减免500元"), (AD, "扫码添加口腔顾问")],
      note="medical advertising for one private dental hospital on a city news-office account"),

    P("zb_wb", """淄博烧烤回来啦！八大局“老马家炉包烧烤”冬季套餐上线美团：4人餐139元，美团搜店名即可下单，到店出示券码还送扎啤2杯🍺""",
      AD, [(AD, "4人餐139元"), (AD, "美团搜店名即可下单"), (AD, "到店出示券码还送扎啤2杯")],
      note="one restaurant's Meituan deal"),

    P("ta_wb", """泰山脚下的“岱下人家”民宿冬季特惠，周末入住立享7折，连住两晚送泰山门票1张！预订戳👉 https://t.cn/A6Xk2PqH""",
      AD, [(AD, "周末入住立享7折"), (AD, "连住两晚送泰山门票1张"), (AD, "https://t.cn/A6Xk2PqH")],
      note="one guesthouse's promotion with a Weibo short link to its booking page"),

    P("sz_jy", """【寒假托管班报名开启】“启明星教育”寒假托管班，全托含午餐每天仅需99元，提前报名立享“两人成团各减300”，名额有限，报名请私聊@启明星教育官方""",
      AD, [(AD, "每天仅需99元"), (AD, "两人成团各减300"), (AD, "报名请私聊@启明星教育官方")],
      note="education bureau account advertising a private tutoring company"),

    P("qd_jy", """寒假研学营报名｜去北京看升旗、逛清华北大！

寒假即将到来，“青鸟研学”推出冬季北京研学营，6天5晚行程包括天安门看升旗、故宫、国家博物馆、清华北大校园参观等。

【营期】2027年1月20日—1月25日
【费用】早鸟价4680元/人，两人同报每人再减200元
【报名】长按识别二维码添加研学老师，备注“青岛教育”享专属优惠

名额有限，先到先得！""",
      AD, [(AD, "早鸟价4680元/人"), (AD, "两人同报每人再减200元"), (AD, "备注“青岛教育”享专属优惠")],
      note="study-tour company's paid product advertised on the education bureau account"),

    P("yt_yj", """冬季消防安全 | 家庭必备灭火器选购指南

冬季是火灾高发期，家里备一具灭火器很有必要。

家用灭火器选购要点：
1. 选择ABC干粉灭火器或水基型灭火器；
2. 容量以1—2公斤为宜；
3. 认准3C认证标志；
4. 检查压力表指针是否在绿区。

本号联合“安盾消防器材”推出粉丝专享：2公斤干粉灭火器+灭火毯套装，券后仅39元！
点击“阅读原文”进入有赞小店购买 https://h5.youzan.com/v2/goods/2fq8kx1ya3m""",
      AD, [(AD, "券后仅39元"), (AD, "进入有赞小店购买"), (AD, "https://h5.youzan.com/v2/goods/2fq8kx1ya3m"),
           (AD, "本号联合“安盾消防器材”推出粉丝专享")],
      note="a safety guide ending in one supplier's product sold through a Youzan shop"),

    P("hz_ga_dy", """菏泽牡丹籽油，反诈民警也在用！家人们点击下方小风车，前50名下单送牡丹花茶一盒～#菏泽 #牡丹""",
      AD, [(AD, "点击下方小风车"), (AD, "前50名下单送牡丹花茶一盒")],
      note="police Douyin account selling a product through the 小风车 (mini-program) link"),

    P("gz_jj", """新车上牌不用愁！

广州交警提醒：新车上牌须依法办理机动车登记。

近日，不少车主咨询如何选号、如何快速办理上牌。“车无忧”汽车服务公司推出上牌代办服务，全程代办只需399元，包选靓号，当天出牌！

代办咨询V信：cwy_gz020（备注“交警推荐”）""",
      AD, [(AD, "全程代办只需399元"), (AD, "包选靓号"), (AD, "代办咨询V信：cwy_gz020")],
      note="a traffic-police account promoting a paid agency (and implying the police recommend it)"),

    P("sd_wj_wb", """【冬季进补】“鲁康堂”阿胶糕冬季限定礼盒上线，3盒装到手价268元，评论区扣“1”小助手私你链接！""",
      AD, [(AD, "到手价268元"), (AD, "评论区扣“1”小助手私你链接")], note="health commission account selling one brand's product"),

    P("gd_wj", """冬季养生｜一碗老火靓汤，暖身又暖心

广东人爱煲汤，冬季更是煲汤的好时节。推荐几款适合冬季的靓汤：

1. 花旗参炖乌鸡：益气养阴；
2. 粉葛赤小豆煲鲮鱼：健脾祛湿；
3. 胡椒猪肚鸡：温中散寒。

煲汤小贴士：汤不宜煲太久，1—2小时为宜；痛风患者少喝老火汤。

🎁 本期福利：“岭南汤铺”汤料包限时秒杀，6包装仅需49元，点击文末小程序卡片立即抢购！""",
      AD, [(AD, "“岭南汤铺”汤料包限时秒杀"), (AD, "6包装仅需49元"), (AD, "点击文末小程序卡片立即抢购")],
      note="health advice ending in one brand's soup-pack sale through a mini-program"),

    P("jn_scjg_wb", """【诚招区县代理】“泉水豆腐”品牌全省招募区县合伙人，零加盟费，总部统一配送，一件代发，宝妈在家也能做！咨询+v：qsdf_0531""",
      AD, [(AD, "诚招区县代理"), (AD, "零加盟费"), (AD, "一件代发"), (AD, "宝妈在家也能做"), (AD, "咨询+v：qsdf_0531")],
      note="franchise/agent recruiting with a private WeChat contact, on a market-regulation account"),

    P("yf_rs", """灵活就业好机会！招募社区团购“快团团”帮卖

想在家门口赚钱吗？我们正在招募社区团购帮卖员：

✅ 无需囤货，快团团一键开团
✅ 每单提成8%—15%
✅ 适合宝妈、退休人员、在校大学生

👉 扫码进入招募群，专人带教，当天就能开单！""",
      AD, [(AD, "快团团一键开团"), (AD, "每单提成8%—15%"), (AD, "扫码进入招募群，专人带教，当天就能开单")],
      note="HR bureau account recruiting resellers for a commercial group-buy scheme"),

    P("sg_ga", """丹霞山脚下的“丹霞人家”农家乐，正宗客家酿豆腐、三杯鸭，国庆后特价每桌388元，电话订餐还送果盘！订餐电话：0751-6291××××""",
      AD, [(AD, "国庆后特价每桌388元"), (AD, "电话订餐还送果盘")], note="promotion of one farmhouse restaurant on a police account"),

    P("hy_wb", """河源万绿湖畔“湖心岛”楼盘冬季特惠，湖景洋房首付3成起，前30名签约送车位！看房热线：0762-3333××××""",
      AD, [(AD, "首付3成起"), (AD, "前30名签约送车位"), (AD, "看房热线")], note="real-estate advertising"),

    P("cz_wl", """潮州手拉壶非遗大师作品限量开售！每把均附大师签名证书，京东搜索“韩江壶艺”店铺下单，付定金100抵300！""",
      AD, [(AD, "京东搜索“韩江壶艺”店铺下单"), (AD, "付定金100抵300")], note="one studio's teapots sold through JD"),

    P("cz_wl_dy", """潮州牛肉丸，老铺现打！家人们，小黄鸭图标点进去就能买，今天下单立享三件七折～#潮州美食""",
      AD, [(AD, "小黄鸭图标点进去就能买"), (AD, "今天下单立享三件七折")],
      note="Douyin selling with a disguised shop icon"),

    P("sw_yj", """冬季安全用电提醒：选购电暖器要认准3C标志！推荐“暖洋洋”品牌油汀，京东自营同款，戳 https://item.jd.com/100078215536.html 券后199元。""",
      AD, [(AD, "https://item.jd.com/100078215536.html"), (AD, "券后199元")], note="safety tip turned into a product link and price"),

    P("sd_sw_wb", """【个税汇算，找专业的！】“鲁信财税”提供个税汇算、代理记账、税务筹划一站式服务，新客首单立减50元，扫码添加财税管家预约👇""",
      AD, [(AD, "新客首单立减50元"), (AD, "扫码添加财税管家预约")],
      note="tax bureau account promoting a private tax-agency business"),

    P("zh_scjg", """年货节来了！珠海这家商场满额抽金条

12月20日至1月20日，“海港城购物中心”举办年货节，单笔消费满888元可参加抽奖，一等奖为20克金条；会员积分翻倍，停车前3小时免费。

👉 关注“海港城购物中心”公众号，领取无门槛50元电子券。""",
      AD, [(AD, "单笔消费满888元可参加抽奖"), (AD, "会员积分翻倍"), (AD, "领取无门槛50元电子券")],
      note="market-regulation account promoting one shopping mall's sales event"),

    P("wf_ga", """潍坊风筝，飞向全世界！反诈民警推荐：正宗杨家埠手绘风筝，橱窗里有同款，9.9元秒杀不限量！#潍坊风筝""",
      AD, [(AD, "橱窗里有同款"), (AD, "9.9元秒杀不限量")], note="police Douyin account pushing a shop window item"),

    P("dg_wb", """东莞家具城年终清仓！厚街“名家居”家具广场全场工厂价，沙发、床垫、餐桌一口价，拼单满3件再打9折。导航搜索“名家居”即可到达。""",
      AD, [(AD, "全场工厂价"), (AD, "拼单满3件再打9折"), (AD, "导航搜索“名家居”即可到达")],
      note="promotion of one furniture mall"),

    P("sd_wl", """【好客山东·冬游齐鲁】买泰山、三孔、蓬莱阁联票上“游齐鲁”APP，新用户注册即送20元红包，下单再返现10%！👉 https://dwz.cn/Yq3kLs8x""",
      AD, [(AD, "新用户注册即送20元红包"), (AD, "下单再返现10%"), (AD, "https://dwz.cn/Yq3kLs8x")],
      note="promotion of a commercial ticketing app with cash-back and a short link"),

    P("qd_jy", """青岛这所艺术培训学校寒假班开始报名啦

“海音艺术”钢琴、声乐、美术、书法寒假班开班，小班授课，名师执教。

💰 寒假班12课时1280元，老学员续报送4课时
💰 推荐新生报名，双方各得200元学费抵用券

报名咨询：0532-8688××××（海音艺术前台）""",
      AD, [(AD, "寒假班12课时1280元"), (AD, "老学员续报送4课时"), (AD, "双方各得200元学费抵用券")],
      note="advertising for a private arts-training school on the education bureau account"),

    P("gz_jj_wb", """【平安出行】冬季胎压要勤查！“途驰”轮胎养护中心冬季保养套餐上线：四轮定位+换季检测只要68元，扫码进群抢秒杀，12月前还能叠加满300减60！""",
      AD, [(AD, "只要68元"), (AD, "扫码进群抢秒杀"), (AD, "叠加满300减60")], note="one car-service shop's promotion"),

    P("wh_wb", """【威海婚纱照淡季特惠】“海岸线”婚纱摄影冬季档期预订中，海景套系原价6999元，现订只需3999元，加送全家福一套！私信“婚照”获取报价单。""",
      AD, [(AD, "现订只需3999元"), (AD, "加送全家福一套"), (AD, "私信“婚照”获取报价单")], note="wedding-photography studio promotion"),

    P("sd_wj", """冬季眼健康｜孩子近视了怎么办？

寒假是孩子用眼高峰期，家长要注意控制孩子电子屏幕使用时间，保证每天户外活动2小时以上。

已经近视的孩子，应到正规医疗机构验光配镜，定期复查。

🎉 福利来了：“明睛视光”全省连锁门店寒假配镜季，离焦镜片第二副0元，凭学生证再享85折，口令“健康山东”到店领取。""",
      AD, [(AD, "离焦镜片第二副0元"), (AD, "凭学生证再享85折"), (AD, "口令“健康山东”到店领取")],
      note="eye-health advice ending in one optical chain's promotion"),

    # ---- hard negatives: prices, shops and links in legitimate contexts
    P("jn_scjg", """济南市重要民生商品价格监测周报（11月第4周）

本周全市重要民生商品价格总体平稳。

粮油：大米每500克3.15元，面粉每500克2.48元，花生油每5升86.7元，均与上周持平。
肉蛋：猪肉（精瘦肉）每500克14.2元，环比下降1.4%；鸡蛋每500克4.05元，环比上涨2.3%。
蔬菜：15种蔬菜平均零售价每500克3.36元，环比上涨4.7%，主要受降温天气影响。
水果：苹果每500克4.6元，香蕉每500克3.9元。

我局将持续加强价格监测，保障市场供应和价格稳定。""",
      hn=AD, note="price-monitoring notice: many prices, no call to buy, no shop"),

    P("zh_scjg", """以案释法｜直播间“原价999现价99”？虚构原价被罚

近日，我局查处一起直播带货虚构原价案件。当事人在某平台直播间销售羽绒服，宣称“原价999元，直播间秒杀价99元”，经查，该商品从未以999元价格销售。

当事人的行为违反了《中华人民共和国价格法》和《明码标价和禁止价格欺诈规定》，我局依法对其作出罚款5万元的行政处罚。

提醒：消费者在直播间购物时，不要被“秒杀”“限时”等话术冲昏头脑，发现价格欺诈可拨打12315投诉举报。""",
      hn=AD, note="law-enforcement case quoting the seller's ad wording"),

    P("gz_jj_wb", """【警惕！“代办驾照”“包过科目一”都是骗局】近日，有人在网上发布“加微信包过科目一，只需2000元”的广告，多名市民被骗。广州交警提醒：驾驶证考试必须本人参加，任何“包过”都是骗局！""",
      hn=AD, note="anti-fraud warning quoting a fraudulent ad"),

    P("hz_ga", """【警方破获一起网络刷单诈骗案】犯罪嫌疑人以“淘宝刷单，日赚300，加QQ群领任务”为诱饵，诱骗受害人垫资刷单。目前，4名嫌疑人已被刑事拘留。民警提醒：所有刷单都是诈骗！""",
      hn=AD, note="police case report quoting scam-ad wording"),

    P("yj_ny", """阳江市2027年农机购置补贴申请指南

2027年农机购置与应用补贴工作即将启动。补贴机具种类包括耕整地机械、种植施肥机械、田间管理机械、收获机械等。

补贴标准：一般机具单机补贴额原则上不超过该档次机具平均销售价格的30%。例如，一台60马力轮式拖拉机补贴额为1.2万元。

申请流程：购机者在广东省农机购置补贴辅助管理系统或“粤省事”小程序提交申请，经县级农业农村部门审核后，补贴资金直接发放到购机者账户。""",
      hn=AD, note="subsidy guide with prices and a government mini-program; no commercial promotion"),

    P("sd_wl", """【山东冬季文旅惠民活动】12月1日至2027年2月28日，全省200余家A级旅游景区推出门票减免、优惠活动，其中泰山景区对全国中小学生免门票，曲阜三孔景区每周二对省内游客半价开放。具体以各景区公告为准。""",
      hn=AD, note="official discount policy of public scenic areas, no commercial shop"),

    P("fs_wx", """佛山发放第二轮数字消费券 1.5亿元

为促进消费，佛山市将于12月6日起发放第二轮数字消费券，总额1.5亿元，分餐饮、零售、家电三类。

领取方式：通过“佛山消费”微信小程序领取，每人每类限领1张。使用规则：餐饮券满100元减30元，零售券满200元减50元，家电券满2000元减300元。

消费券可在全市参与活动的商户使用，参与商户名单在小程序内公示。""",
      hn=AD, note="government consumption vouchers: coupon and threshold wording, but public policy, no single business"),

    P("dy_ny", """东营市公布2026年度市级农业产业化重点龙头企业名单

经企业申报、县区推荐、专家评审，认定东营市黄河口稻香农业发展有限公司等36家企业为2026年度市级农业产业化重点龙头企业。

名单详见附件。对认定的龙头企业，将在项目申报、金融服务等方面给予支持。""",
      hn=AD, note="official list naming companies; no promotion"),

    P("jm_wl", """开平碉楼景区冬季开放时间调整：即日起每日8:30—17:30开放，门票价格不变（联票180元，学生、60岁以上老人半价）。#江门文旅""",
      hn=AD, note="public scenic area's opening hours and official ticket price"),

    P("sd_sw", """发票知识｜网购时如何索要电子发票？

在电商平台购物后，消费者可在订单页面点击“申请开票”，填写抬头和纳税人识别号后，电子发票会发送至个人账户。

税务部门提醒：销售方不得以任何理由拒开发票。如遇拒开，可拨打12366纳税缴费服务热线举报。""",
      hn=AD, note="mentions online shopping and orders in a tax-service explainer"),

    P("zb_wb", """【淄博烧烤季“诚信商户”名单公布】市市场监管局公布第二批烧烤行业“诚信经营示范商户”52家，名单已在“淄博市场监管”网站公示，欢迎市民和游客监督。""",
      hn=AD, note="official list of honest businesses, no promotion of one"),

    P("wf_ga", """警惕“直播间低价手机”诈骗！骗子在直播间打出“苹果手机999元”“扫码加群下单”，付款后就被拉黑。潍坊警方提醒：网购认准正规平台，不要私下转账！#反诈""",
      hn=AD, note="anti-fraud warning quoting the scam's ad phrases"),

    P("hzh_wx", """惠州市2026年“惠民保”开始投保

2027年度“惠州惠民保”即日起开始投保，保费每人每年69元，不限年龄、不限职业、既往症可保可赔，最高保障300万元。

参保方式：通过“惠州医保”公众号或“粤省事”小程序投保，可使用医保个人账户余额为本人及家庭成员支付。

“惠州惠民保”由市医疗保障局指导，多家保险公司共保。""",
      hn=AD, note="government-guided city health insurance with premium and purchase channel"),

    # ---- two classes in one post
    P("hy_wb", """【关注+转发抽奖】转发本条并关注@河源发布，抽3位宝子送“万绿湖畔·悦隐”民宿双人房一晚！民宿冬季特惠每晚仅需199元，预订戳👉 https://dpurl.cn/Qe7mTz3""",
      (AD, "entertainment"), [(AD, "每晚仅需199元"), (AD, "https://dpurl.cn/Qe7mTz3"),
                               ("entertainment", "转发本条并关注@河源发布，抽3位宝子送")],
      note="follower lottery that doubles as a promotion of one guesthouse with a price and booking link"),
]

"""Dev part: commercial advertising (class ad), and hard negatives."""
from _lib import P

AD = "ad"

POSTS = [
    P("ta_wl", """【冬游泰山 福利来啦】泰山脚下温泉度假酒店冬季特惠套餐上线：豪华双床房1晚+双人温泉+泰山景区门票2张，原价1288元，现仅需599元！数量有限，点击抢购👉 https://m.tb.cn/h.5Xq2Lk9?tk=Rb8dWq0Xy3M""",
      AD, [(AD, "https://m.tb.cn/h.5Xq2Lk9?tk=Rb8dWq0Xy3M"), (AD, "点击抢购")],
      note="hotel package of one commercial hotel with a Taobao short link"),

    P("sg_ny", """仁化贡柿熟了！

霜降过后，仁化县红山镇的贡柿陆续成熟，个大皮薄、甜如蜜糖。今年全县贡柿种植面积1.2万亩，预计产量2万吨。

仁化贡柿栽培历史已有数百年，因曾作为贡品而得名。近年来，县里推广矮化密植、测土配方施肥等技术，建成标准化示范园12个，并引导果农发展柿饼加工，每斤柿饼售价可达20元以上，比鲜果增值近3倍。

为帮助果农拓宽销路，“丹霞果园”网店推出产地直发：5斤装59.9元包邮，现在下单还送2个柿饼！
复制口令￥Hk82QwEr1bT￥打开手机淘宝即可购买

喜欢的朋友们赶紧下单吧！""",
      AD, [(AD, "￥Hk82QwEr1bT￥"), (AD, "打开手机淘宝即可购买")],
      note="助农 motive, but it sells one shop's product with a price and a Taobao token; an inspector applying §2.2 would treat it as a commercial ad"),

    P("jn_wb", """#济南消费季# 泉城购物中心“暖冬狂欢节”今天开启！全场服饰低至3折，现场领券满300减50，会员再享95折，晚上10点前消费还可参与抽奖。地址：历下区泉城路188号，地铁3号线直达。""",
      AD, [(AD, "领券满300减50"), (AD, "全场服饰低至3折")],
      note="promotes one shopping mall's sale with coupons and discounts"),

    P("qd_wb", """【冬日暖心好物】青岛老字号“崂山云峰”绿茶冬季新品上市，崂山北麓茶园手工采制，250克礼盒装仅售168元。官方旗舰店下单👉 https://u.jd.com/Ab3dE9x 前100名再送茶具一套！""",
      AD, [(AD, "https://u.jd.com/Ab3dE9x"), (AD, "仅售168元")],
      note="brand product promotion with a JD short link"),

    P("zb_ga_dy", """淄博烧烤冬季也火爆！民警蜀黍带你去吃八大局附近人气烧烤店，三人套餐只要99元，点击左下角小黄车直接抢团购券！#淄博烧烤 #进淄赶烤""",
      AD, [(AD, "点击左下角小黄车"), (AD, "抢团购券")],
      note="police Douyin account selling one restaurant's group-buy vouchers via the shopping cart"),

    P("st_wl", """潮汕手打牛肉丸，一颗颗Q弹爆汁！今晚8点汕头文旅直播间，非遗传承人现场捶打，直播间专享价3斤99元，点击下方购物车下单，顺丰冷链到家～#汕头美食 #牛肉丸""",
      AD, [(AD, "点击下方购物车下单"), (AD, "直播间专享价3斤99元")],
      note="livestream selling with shopping cart"),

    P("wf_qx", """【寒潮来袭注意保暖】预计未来三天我市最低气温降至-8℃。小编为大家精选了几款高性价比羽绒服，90%白鸭绒，充绒量200克，某品牌官方店今日叠加满减到手仅需299元👉 https://m.tb.cn/h.gT7uPz2 降温前囤起来！""",
      AD, [(AD, "https://m.tb.cn/h.gT7uPz2"), (AD, "叠加满减到手仅需299元")],
      note="weather warning turned into a down-jacket ad with shop link"),

    P("yt_rs", """考证季 | 人力资源管理师、健康管理师报名通道开启

根据国家有关规定，劳动者取得职业技能等级证书后，可按规定申领技能提升补贴。人力资源管理师、健康管理师是近年来报考人数较多的职业，持证人员在求职、晋升中更具优势。

想提升职业技能、增加就业竞争力？XX职业培训学校冬季班开班啦！

✅ 名师授课，线上线下同步
✅ 通过率高达92%，不过免费重读
✅ 报名即送价值300元的学习资料

早鸟价1980元，前50名再领200元优惠券！
加微信 rsks2026 下单报名，名额有限，先到先得。""",
      AD, [(AD, "加微信 rsks2026 下单报名"), (AD, "领200元优惠券"), (AD, "早鸟价1980元")],
      note="human-resources bureau posts a private training school's paid course with WeChat ordering and coupon"),

    P("ly_wj_wb", """【冬季焕肤季】临沂某医疗美容门诊部推出冬季补水焕肤套餐：水光针+面部护理原价2980元，现在扫码预约立减1000元，还可享受分期免息。扫描下方二维码立即预约，名额有限！""",
      AD, [(AD, "扫码预约立减1000元"), (AD, "扫描下方二维码立即预约")],
      note="health commission account promotes a private cosmetic clinic with a discount QR code"),

    P("lc_wb", """【品质人居 安家聊城】湖畔壹号院样板间盛大开放！南北通透三居室，首付5万起，购房即送2年物业费。限时特惠：前20名认购客户额外享9.5折。看房热线：0635-8xxxxxx。""",
      AD, [(AD, "首付5万起"), (AD, "限时特惠：前20名认购客户额外享9.5折")],
      note="real-estate sales ad for one housing development"),

    P("rz_12345_wb", """【家庭保障早规划】冬季是心脑血管疾病高发期，一份重疾险为全家撑起保护伞！某人寿“安心福”重疾险，30岁男性每年只需1200元，最高保额50万元。现在投保再送体检套餐一份，加微信 rzbx888 一对一咨询下单。""",
      AD, [(AD, "加微信 rzbx888 一对一咨询下单"), (AD, "现在投保再送体检套餐一份")],
      note="a named commercial insurance product sold through a WeChat id"),

    P("sd_sw", """“好品山东”网上年货节启动 | 直播间下单领券更优惠

11月25日，“好品山东”网上年货节启动。本届年货节持续至明年春节，组织全省1.2万家企业参加。年货节期间，将开设老字号专区和县域特色产品专区，组织“一县一品”推介，带动县域特色产品上行。

即日起，在京东“好品山东”专区购买指定商品，可领取满200减30优惠券，每人每天限领2张。
专区入口👉 https://u.jd.com/Hq7kPw2
今晚7点，省内5位“好品山东”推荐官将在直播间推介阿胶、煎饼、海参等特色产品，直播间下单再享9折！""",
      AD, [(AD, "https://u.jd.com/Hq7kPw2"), (AD, "领取满200减30优惠券"), (AD, "直播间下单再享9折")],
      note="official consumption campaign, but the post sends readers to a commercial platform's shop page with coupons and livestream ordering; an inspector would treat the link-and-coupon part as a commercial ad"),

    P("gz_wb", """【周年庆】天河城市广场开业十周年庆典本周六启幕，全场满1000减300，国际美妆品牌低至5折，会员积分翻倍，还有抽奖送iPhone！活动时间11月29日—12月1日，到店即可参与。""",
      AD, [(AD, "全场满1000减300"), (AD, "国际美妆品牌低至5折")],
      note="shopping-mall anniversary sale"),

    P("sz_rs", """灵活就业新选择 | 在家也能创业

近年来，新就业形态蓬勃发展，网约配送员、网络主播、电商运营等新职业吸引了大批青年。截至目前，我市灵活就业人员已超过200万人。市人社局持续完善灵活就业人员参保政策，非深户灵活就业人员可按规定参加职工养老、医疗保险，并开展新就业形态人员职业伤害保障试点。

“美颜坊”护肤品牌现面向全国招募微商代理：零门槛、零库存、一件代发，宝妈、学生均可做，月入过万不是梦！
代理咨询请加微信：mf_daili2026

我市将持续完善灵活就业人员社保、职业伤害保障等政策。""",
      AD, [(AD, "招募微商代理"), (AD, "代理咨询请加微信：mf_daili2026")],
      note="a 微商 recruitment ad embedded in an employment article"),

    P("zh_wb", """澳门正品代购，化妆品、奶粉、保健品每周两次过关代购，支持验货，价格比内地专柜低30%，有需要的朋友私信小编或加V：zh_daigou。""",
      AD, [(AD, "澳门正品代购"), (AD, "加V：zh_daigou")],
      note="代购 ad (looks like a compromised or misused account); clearly commercial"),

    P("hz_jy", """【寒假来了，孩子去哪儿？】惠城区“优学”托管辅导中心寒假班火热报名中，语数英全科辅导+作业托管，每天8:00—17:30，含午餐。现在报名立减500元，老学员续报再领300元优惠券，扫码购买课程包！""",
      AD, [(AD, "扫码购买课程包"), (AD, "再领300元优惠券"), (AD, "现在报名立减500元")],
      note="education bureau account promotes a private tutoring business (also against 双减 policy)"),

    P("jm_sw_wb", """小微企业记账报税还在发愁？“江财通”代理记账限时钜惠：小规模纳税人全年记账报税仅需1999元，现在签约加送工商年报服务。扫码购买套餐，专属顾问一对一服务！""",
      AD, [(AD, "扫码购买套餐"), (AD, "限时钜惠")],
      note="tax bureau account promotes a private bookkeeping company"),

    P("qd_scjg", """冬季取暖用品选购指南

天气转冷，电暖器、电热毯等取暖用品迎来销售旺季。选购时请注意：
1. 认准CCC认证标志；
2. 查看说明书、合格证是否齐全；
3. 不要购买“三无”产品。
4. 使用电热毯时不要折叠，不要与热水袋同时使用；
5. 电暖器周围1米内不要放置衣物、窗帘等可燃物。

今年以来，我局共抽检取暖器具产品126批次，不合格18批次，主要问题为标志和说明不合格、发热元件不符合标准等。

本期合作品牌“暖居”电暖器，通过CCC认证，官方店铺限时领券立减80元👉 https://m.tb.cn/h.Vn3eKs8 欢迎选购！""",
      AD, [(AD, "https://m.tb.cn/h.Vn3eKs8"), (AD, "本期合作品牌"), (AD, "限时领券立减80元")],
      note="a genuine safety guide that ends in a sponsored brand promotion with shop link"),

    P("wh_jj_wb", """【学车正当时】冬季学车人少、约考快！威海顺通驾校冬季团购价2999元（含全部培训费、考试费），包接送、一人一车。加微信 stjx0631 下单锁定名额，前30名再送科目一题库VIP。""",
      AD, [(AD, "加微信 stjx0631 下单"), (AD, "冬季团购价2999元")],
      note="traffic police account promotes one driving school"),

    P("jn_wx", """冬季进补，这些知识要知道

立冬过后，很多市民开始进补。专家提醒，进补要因人而异，切忌盲目跟风。

一、体质虚寒的人可适当吃些羊肉、桂圆；
二、阴虚体质的人宜吃银耳、百合；
三、老人和儿童进补要适量。

四、进补要循序渐进。冬季进补可先吃些健脾养胃的食物，如山药、红枣，再逐步增加温补食物。

五、慢性病患者进补前要咨询医生。高血压、糖尿病患者不宜大量食用高脂、高糖的补品。

【文末福利】东阿某品牌阿胶糕限时6折，买2盒送1盒！長按復製這段描述￥Zq7mEw3KpR9￥後咑閞👉淘寳👈即可下单。""",
      AD, [(AD, "復製這段描述￥Zq7mEw3KpR9￥"), (AD, "限时6折，买2盒送1盒")],
      note="health article ending in a 淘口令 (traditional-character obfuscated) selling a brand product"),

    P("sd_yj", """【家庭应急包备起来】冬季火灾、燃气事故多发，家中常备灭火器、防烟面罩和应急手电很有必要。某品牌家庭应急包（含2kg干粉灭火器+防烟面罩+手摇手电）京东自营到手价159元👉 https://u.jd.com/Tm5rN2c""",
      AD, [(AD, "https://u.jd.com/Tm5rN2c"), (AD, "京东自营到手价159元")],
      note="safety advice turned into a priced product link"),

    P("hz_ny", """小麦冬前追肥，选对肥料很关键！

当前正值小麦冬前管理关键期，对于弱苗麦田，可每亩追施尿素5—8公斤。对于旺长麦田，要控制肥水，及时镇压；对于缺墒麦田，要结合浇越冬水追肥，提高肥料利用率。市农技站提醒，追肥要避开雨雪天气，防止肥料流失。

“丰乐源”牌缓释复合肥，肥效长达120天，今冬推出满10袋减100元活动，各乡镇经销点均可购买。订购热线：0530-5xxxxxx，加微信下单送货到田间地头！""",
      AD, [(AD, "满10袋减100元"), (AD, "加微信下单送货到田间地头")],
      note="named fertilizer brand promotion in an agriculture bureau post"),

    P("sg_ny_wb", """今晚8点！韶关农产品专场直播来啦！南雄板鸭、乳源彩米、翁源兰花……主播带你逛遍韶关好物，直播间秒杀价低至9.9元，还有优惠券雨！关注“韶关好物”抖音号，直播间不见不散！""",
      AD, [(AD, "直播间秒杀价低至9.9元"), (AD, "优惠券雨")],
      note="announces a selling livestream with flash-sale prices and coupons"),

    P("dg_scjg", """家具展销季 | 东莞名家具展本周末开幕

东莞是全国重要的家具生产出口基地，全市有家具企业6000余家，产品出口100多个国家和地区。本届名家具展展览面积达76万平方米，参展企业1200余家，预计吸引专业观众30万人次。

第50届东莞国际名家具展11月28日至12月1日在厚街举行，其中“名匠”家居展位推出开展特惠：实木沙发套装直降3000元，现场领券满5000再减500，扫码购买还可享免息分期。""",
      AD, [(AD, "现场领券满5000再减500"), (AD, "扫码购买还可享免息分期"), (AD, "直降3000元")],
      note="trade fair news turned into one exhibitor's sales promotion"),

    P("gz_wb", """【办卡有礼】广州某银行联名信用卡限时申请：新户首刷即送价值399元行李箱，每周五加油满200减30，扫码申请最快当天下卡！""",
      AD, [(AD, "扫码申请最快当天下卡"), (AD, "加油满200减30")],
      note="commercial bank credit card promotion"),

    P("ly_wj_wb", """【冬季增强免疫力】流感高发季节，除了接种疫苗，提高自身免疫力也很重要。“康源”牌蜂胶软胶囊，提高免疫力，三盒一疗程仅需298元，復製這段描述€Wk4tYp8Lm2Q€打開👉tb👈立即下单！""",
      AD, [(AD, "復製這段描述€Wk4tYp8Lm2Q€"), (AD, "三盒一疗程仅需298元")],
      note="health-food product sold with a Taobao token (€ delimiters) in a health commission post"),

    P("wf_qx", """雾霾天气来袭，室内空气也要关注！小编亲测某品牌空气净化器，CADR值500，除醛率99%，团购价1399元，比双11还便宜！评论区留言“团购”即可获取购买链接。""",
      AD, [(AD, "团购价1399元"), (AD, "评论区留言“团购”即可获取购买链接")],
      note="air purifier group-buy promotion by a weather bureau account"),

    P("jn_wb", """【新店开业】历城区“动力工场”健身中心盛大开业！开业首月年卡仅需888元，前100名赠送私教课2节，扫码购买即享优惠，还可免费体验游泳馆一周。""",
      AD, [(AD, "扫码购买即享优惠"), (AD, "年卡仅需888元")],
      note="gym opening promotion"),

    P("zh_wb", """#珠海冬游# 冬季来珠海看海豚！长隆海洋王国冬季特惠票限时开抢，成人票立减100元，1.2米以下儿童免费。点击链接领券购票👉 https://m.tb.cn/h.Lp2sQa7 ，还可叠加满减。""",
      AD, [(AD, "https://m.tb.cn/h.Lp2sQa7"), (AD, "点击链接领券购票")],
      note="tourism promotion of one commercial theme park with discount-ticket link and coupon; an inspector would see the coupon link as a commercial ad, unlike general scenery promotion"),

    P("hz_jy", """考研倒计时！某教育考研全程班冬季招生，名师直播+全真模考，现招募校园代理，推荐1人返现200元，多推多得。详情请加微信：ky_dl2027""",
      AD, [(AD, "现招募校园代理"), (AD, "推荐1人返现200元"), (AD, "详情请加微信：ky_dl2027")],
      note="private exam-prep course with referral-rebate agent recruitment"),

    P("st_wl", """汕头人冬天最爱的牛肉火锅，这家开了28年的老店必须安利！现切吊龙、匙柄、五花趾，双人套餐只要128元，点击视频左下角团购券即可抢购，到店出示券码就能吃～#汕头探店""",
      AD, [(AD, "点击视频左下角团购券即可抢购"), (AD, "双人套餐只要128元")],
      note="restaurant store-visit promotion with group-buy voucher"),

    P("qd_wb", """崂山蜜薯到啦！软糯香甜，5斤装仅需29.9元包邮，青岛市内次日达。需要的朋友加微信 lsms_0532 下单，备注“青岛发布粉丝”再减3元！""",
      AD, [(AD, "加微信 lsms_0532 下单"), (AD, "5斤装仅需29.9元包邮")],
      note="sweet potato sales with WeChat ordering"),

    # ---------------- hard negatives ----------------
    P("qd_scjg", """青岛市市场监管局公布一批虚假宣传典型案例

近日，市市场监管局公布5起虚假宣传典型案例。

案例一：某电器经营部在网店首页宣称所售空调为“全网最低价”“厂家直销”，经查，该店无法提供价格比较依据，且商品并非厂家直接供货。执法人员依据《中华人民共和国反不正当竞争法》，对当事人作出罚款5万元的行政处罚。

案例二：某母婴店在直播间宣称奶粉“领券后到手价全市最低”“限时秒杀仅剩最后10罐”，实际库存充足，属于虚构紧迫感误导消费者。

案例三：某美容店在宣传单上标注“国家认证”“三甲医院专家坐诊”，经查均无事实依据，当事人被责令停止违法行为，并处罚款3万元。

市场监管部门提醒经营者，依法诚信经营；提醒消费者，遇到虚假宣传可拨打12315投诉举报。""",
      hn=AD, note="law-enforcement case quoting 全网最低价, 领券, 直播间 etc.; it reports violations, it sells nothing"),

    P("fs_ga", """【警惕“淘口令”退款骗局】近期，有骗子冒充电商客服，称您购买的商品“质量有问题”可办理三倍赔付，随后发来一串形如“￥Ab3Xk9Qz1￥”的口令，诱导您复制后打开购物APP，进入虚假退款页面填写银行卡信息。警方提醒：退款请在官方平台操作，不要点击陌生链接、复制陌生口令！""",
      hn=AD, note="consumer warning that shows a 淘口令 pattern as an example of a scam; not an ad"),

    P("lc_wb", """【政府采购公告】聊城市公共资源交易中心受市城市管理局委托，对“聊城市2027年度城区道路清扫保洁服务项目”进行公开招标，预算金额2860万元。投标截止时间为2026年12月18日9时30分。详见聊城市公共资源交易网。""",
      hn=AD, note="government procurement notice with a budget figure; not an ad"),

    P("hz_ny", """菏泽市冬季农产品产销对接会将于12月5日举办

为拓宽农产品销售渠道，市农业农村局将于12月5日在市农产品物流园举办冬季农产品产销对接会。

届时，全市9个县区的120余家农业合作社、家庭农场将携牡丹产品、芦笋、山药、黄河鲤鱼等特色农产品参展，并邀请省内外50余家商超、电商企业现场洽谈采购。

展销会期间，还将举办农产品质量安全知识宣传、农业新品种新技术展示等活动，农业技术人员将现场为农户解答种植养殖问题。今年以来，市农业农村局已组织各类产销对接活动26场，帮助农户销售农产品4.3万吨。

欢迎市民朋友前往参观选购。""",
      hn=AD, note="助农 trade fair announcement by the agriculture bureau: no shop, price, link or brand promotion; a reasonable inspector would not treat it as an ad"),

    P("jn_wb", """【第二批“泉城消费券”12月1日发放】为促进冬季消费，市商务局将于12月1日10:00通过云闪付APP发放第二批政府消费券，共1000万元，分为满100减30、满300减80两种面额，可在全市参与活动的超市、餐饮门店使用。每人限领1张，先到先得。""",
      hn=AD, note="government-funded consumption vouchers: a public policy announcement, not a merchant's ad, although it contains 满减/领 wording"),

    P("dg_scjg", """【消费提示】“双12”临近，请警惕这些促销套路

一、“先涨后降”：部分商家活动前抬高原价，再打折促销，实际并未优惠；
二、“满减凑单”：为凑满减门槛购买不需要的商品，反而多花钱；
三、“定金不退”：预售商品的定金一般不予退还，下单前要看清规则；
四、“直播间低价”：主播口头承诺的价格与实际结算价不一致，要注意保存录屏证据。
五、“赠品陷阱”：赠品同样要符合质量标准，出现质量问题商家应依法承担责任；
六、“退货难”：网购商品一般享有7日无理由退货权利，商家不得以“特价商品”为由一概拒绝。

遇到消费纠纷，请拨打12315或登录全国12315平台投诉。""",
      hn=AD, note="consumer warning about promotion tricks (满减, 直播间低价); not an ad"),

    P("rz_12345", """12345热线答复丨“日照惠民保”2027年度参保怎么办？

【市民来电】听说“日照惠民保”开始投保了，请问谁可以参加？

【答复】您好！“日照惠民保”是在市医保局指导下推出的城市定制型补充医疗保险，凡参加我市基本医疗保险的人员均可投保，不限年龄、职业和健康状况，每人每年99元，可用医保个人账户为本人及家庭成员支付。投保时间为即日起至2027年1月31日，可通过“日照医保”公众号办理。

需要提醒的是，“日照惠民保”是基本医疗保险的补充，不能替代基本医保。参保群众要理性选择，警惕不法分子冒用“惠民保”名义推销其他保险产品。

感谢您的来电！""",
      hn=AD, note="government-guided supplementary insurance answered by the hotline: borderline; a reasonable inspector would accept it as a public-service policy message, not a commercial ad"),

    P("zb_ga_wb", """【涉案车辆公开拍卖公告】受淄博市公安局委托，淄博市公共资源交易中心定于12月10日上午9时对18辆逾期无人认领的涉案车辆进行网络公开拍卖。竞买人可于12月3日至12月9日登录淄博市公共资源交易平台报名，拍卖成交价以网络竞价结果为准。""",
      hn=AD, note="lawful public auction of confiscated vehicles by a public body; not a commercial ad"),

    P("ly_wj_wb", """【流感疫苗接种可以扫码预约啦】目前，我市各接种门诊流感疫苗供应充足。市民可通过“健康临沂”公众号扫码预约，选择就近门诊和时间段接种。60岁以上老人、在校中小学生可免费接种。""",
      hn=AD, note="扫码 for a public vaccination appointment; free public health service"),

    P("sd_sw", """2026山东冬季消费季11月28日启动

为激发冬季消费活力，省商务厅将于11月28日至明年2月底组织开展“山东冬季消费季”活动，重点举办冰雪消费、年货购物、餐饮美食、家电以旧换新等四大类120余场活动。

其中，家电以旧换新补贴政策延续实施，消费者购买一级能效家电，可按售价的15%享受补贴，每人每类限1件、最高补贴2000元。补贴资格可在“爱山东”APP申领。

省商务厅提醒，各地要加强市场监管，严厉打击先涨后降、虚假促销等违法行为，维护良好消费环境。消费者遇到消费纠纷，可拨打12315投诉举报。""",
      hn=AD, note="government consumption-campaign and subsidy policy notice with no shop, brand or link"),

    P("zb_ga_dy", """家人们注意！直播间里“99元代购大牌包包”“海关罚没手机一折出售”全是骗局！付款后主播就拉黑你，这类案件我们今年已经接报30多起。看直播购物，认准平台官方下单，私下转账一律不要！#反诈 #直播购物""",
      hn=AD, note="anti-fraud warning about fake livestream 代购 sales; not an ad"),

    P("sz_rs", """“直播带岗”走进前海 | 1200个岗位等你来

11月27日14:30，深圳人社将联合前海管理局开展“直播带岗”活动，人力资源专员在线推介金融、科技、现代物流等行业优质岗位1200余个。

求职者可通过本公众号菜单栏“直播带岗”进入直播间，在线投递简历，部分岗位支持直播间现场面试。

据了解，今年以来，深圳人社已开展“直播带岗”活动46场，累计观看人次超过800万，推介岗位5.6万个，达成就业意向1.2万人。求职者也可登录“深圳公共就业服务”小程序查看更多岗位信息。""",
      hn=AD, note="livestream job fair (直播间) run by the bureau; no selling"),
]

"""Twenty-fifth held-out part: content unrelated to government work or over-entertaining (class entertainment):
gossip, jokes, horoscopes and quizzes, cuteness and self-pity, begging for likes and follows, follower lotteries,
forced likes and reposts by staff, notices drowned in slang."""
from _lib import P

E = "entertainment"

POSTS = [
    P("wlmq_xw", "吃瓜！顶流歌手林屿川和女星苏蔓被拍到同游红山公园，两人有说有笑，还一起吃了烤肉，是不是好事将近？你们觉得般配吗？评论区聊聊～",
      E, note="celebrity gossip"),
    P("xj_wl_wb", "今日星座运势：白羊座适合出门旅行，天秤座财运爆棚，摩羯座注意感情波动～你是什么星座？",
      E, note="horoscope"),
    P("xj_ga", "当警察蜀黍遇到新疆的冬天：早上出门是人，晚上回来是冰雕🥶 今天又是被冻成冰棍的一天，谁来给警察叔叔送杯热奶茶呀～",
      E, [(E, "谁来给警察叔叔送杯热奶茶呀")], note="卖萌/卖惨 by a police account"),
    P("tlf_wl", "吐鲁番文旅小编在线求关注！粉丝破60万我就去火焰山上跳一段舞，说到做到！",
      E, [(E, "粉丝破60万我就去火焰山上跳一段舞")], note="begging for follows with a stunt"),
    P("yl_wl", "【宠粉福利】关注+转发本条视频，并@三位好友，12月1日抽10位宝子送伊犁马造型毛绒公仔！",
      E, [(E, "关注+转发本条视频，并@三位好友")], note="follower lottery for reposts and follows"),
    P("xj_jy", """关于开展“最美教育人”网络投票的通知

各地州市教育局、各高校：

请各单位组织全体教职工每天为本单位推荐人选投票、点赞，并将截图于每日18时前报送至工作群，投票情况将纳入年度考核。""",
      E, [(E, "请各单位组织全体教职工每天为本单位推荐人选投票、点赞")], note="forced votes and likes by staff"),
    P("ks_jy", """各学校注意：

本号发布的“冬季安全教育”推文，请每位教师本人点赞、在看并转发至3个家长群，各校于今晚9点前统计好转发截图上报，未完成的学校将通报。""",
      E, [(E, "请每位教师本人点赞、在看并转发至3个家长群")], note="forced likes and reposts by staff"),
    P("wlmq_xw_dy", "冷知识：乌鲁木齐是世界上离海最远的大城市～那么问题来了，小编今天能不能涨到100万粉？家人们给个关注吧，求求了！",
      E, [(E, "家人们给个关注吧，求求了")], note="begging for follows"),
    P("klmy_wl", """小测试：你是新疆哪种美食？

A. 大盘鸡——热情豪爽
B. 烤包子——外冷内热
C. 抓饭——稳重踏实
D. 酸奶粽子——小众宝藏

选好后在评论区告诉小编，看看有多少人和你一样！""",
      E, note="personality quiz unrelated to the unit's work"),
    P("xj_ga_dy", "家人们，今天的警犬“雪球”又拆家了！看它这一脸无辜的样子，是不是萌化了？点赞过十万，明天给它加鸡腿！",
      E, [(E, "点赞过十万，明天给它加鸡腿")], note="卖萌 and begging for likes"),
    P("alt_qx", "天气预报不重要，重要的是：小编今天又失恋了😭 就像阿勒泰的气温一样，心也降到了零下30℃……",
      E, note="the editor's personal emotions instead of the forecast"),
    P("hm_yj", """最新！哈密应急温馨提醒

这天冷得简直离大谱！暖气别乱整、电热毯别瞎折腾，不然火星一冒，分分钟GG。本局祖传防火秘籍就是：离人断电！懂了吧老铁们～""",
      E, [(E, "这天冷得简直离大谱")], note="a safety notice drowned in internet slang"),
    P("tc_rs", """号外号外！社保缴费通知来袭

宝子们，2027年度城乡居民医保缴费开始啦！不交的都是小憨憨～交了的都是人间清醒！晚了可就来不及啦～截止时间12月31日，别问，问就是快交！""",
      E, [(E, "不交的都是小憨憨")], note="a formal notice drowned in slang and mocking tone"),
    P("wlmq_ga", "今天是网红民警小艾和女朋友的恋爱三周年，同事们在派出所门口帮他布置了求婚现场，太甜了！祝福的扣1～",
      E, note="a staff member's private life presented as entertainment"),
    P("xj_wl", "猜猜这是新疆哪个地方？答对的宝子截图私信小编，抽三个人送小编亲手画的自画像（不要嫌弃🤣）",
      E, [(E, "抽三个人送小编亲手画的自画像")], note="guessing game with a prize, unrelated to work"),
    P("cj_sc", """震惊！昌吉州市场监管局小编竟然……

竟然被同事拉去参加了冬季长跑比赛，还拿了倒数第一！😂 附上小编跑步时的丑照，大家随便笑吧～""",
      E, note="clickbait about the editor himself, unrelated to work"),
    P("yl_ga", "明星陈墨阳的伊犁粉丝见面会今天取消了，据说是因为行程冲突，粉丝们哭晕在厕所～你是他的粉丝吗？",
      E, note="celebrity gossip on a police account"),
    P("xj_wj", """今日冷笑话

医生问：“你睡眠怎么样？”
患者说：“睡眠很好，就是晚上睡不着，白天睡不醒。”
哈哈哈哈，你们笑了吗？反正小编笑了～""",
      E, note="joke"),
    P("alt_wl", "阿勒泰雪都冬季小剧场第三集：小编在雪地里摔了个四脚朝天，被路过的牧民大叔笑了一整天😂 你们想看第四集吗？点赞催更！",
      E, [(E, "你们想看第四集吗？点赞催更")], note="cuteness series and begging for likes"),
    P("aks_nw", "说个悄悄话：小编最近减肥失败，因为阿克苏的苹果太甜了，每天忍不住吃五个……有没有一起减肥的姐妹？",
      E, note="the editor's private chatter"),
    P("xj_sc", """12星座冬季消费性格大揭秘

双子座：购物车永远清不空；
处女座：比价三天才下单；
狮子座：只买最贵的；
……
你中招了吗？""",
      E, note="horoscope-style content"),
    P("ks_wl", "网红“帕米尔小王子”今天又来喀什古城了！粉丝们把街口堵得水泄不通，有没有宝子在现场？快发图！",
      E, note="internet-celebrity gossip"),
    P("tlf_wj", """@全体职工：

请各科室于今天下班前组织全体人员在“健康吐鲁番”视频号为市卫健委参赛作品点赞、转发，每人不少于5次，各科室负责人截图汇总后发到办公室邮箱。""",
      E, [(E, "每人不少于5次")], note="forced likes and reposts by staff"),
    P("bz_st", "周末了，小编想去博湖吃鱼，但是钱包在哭泣🥲 有没有好心人请小编吃一顿？留言最多的那位，小编给你写首打油诗！",
      E, [(E, "有没有好心人请小编吃一顿")], note="卖惨 and chatter unrelated to work"),
    P("xj_yj", "【测一测】你是哪种应急救援装备？冲锋舟型、破拆钳型、还是保温毯型？转发测试结果并@你的好朋友，看看你们是不是一个类型！",
      E, [(E, "转发测试结果并@你的好朋友")], note="personality quiz and repost call"),
    P("wlmq_ga_wb", "今日份的快乐：所里的三只流浪猫结拜成了兄弟，老大叫“警长”，老二叫“协警”，老三叫“辅警”😹 大家喜欢哪一只？",
      E, note="cute pets, unrelated to work"),
    P("yl_wl_wb", "#伊犁文旅小编的日常# 今天加班到11点，点了一份炒米粉，结果外卖小哥送错了……我是全疆最惨的文旅小编吗？🥲",
      E, [(E, "我是全疆最惨的文旅小编吗")], note="卖惨"),
    P("klmy_wl", """关于转发年度文旅推介视频的通知

各单位：请各单位全体干部职工于11月25日前将推介视频转发至个人朋友圈并保留24小时以上，未完成转发的，年终考核酌情扣分。""",
      E, [(E, "未完成转发的，年终考核酌情扣分")], note="forced reposts by staff"),
    P("xj_ga", "据说今年冬天最火的发型是“新疆冰锥头”，就是在户外待十分钟就能拥有的同款发型😂 你们敢挑战吗？",
      E, note="joke unrelated to work"),
    P("ks_jy", "小编的儿子今天考了双百，奖励他去吃了一顿大盘鸡🍗 大家家里的孩子考得怎么样？评论区晒一晒！",
      E, note="the editor's private life"),
    P("tc_rs", "打工人打工魂，打工都是人上人！周一了，你们的班上得还开心吗？😭 评论区说出你最想辞职的瞬间！",
      E, [(E, "评论区说出你最想辞职的瞬间")], note="chatter unrelated to work, mocking tone"),
    P("wlmq_xw", "粉丝节快乐！今晚8点开直播，小编表演吃辣子鸡挑战，连吃10块不喝水！记得来围观哦～",
      E, [(E, "小编表演吃辣子鸡挑战")], note="stunt livestream"),
    P("hm_yj", "小编今天在朋友圈看到一个段子：“哈密的风，吹得我单身二十年。”哈哈哈，转发给你们身边那个还在单身的朋友吧！",
      E, note="joke"),
    P("xj_wl", "今天的文旅厅小编被领导夸了，开心到飞起～奖励自己一杯奶茶🧋 也祝大家天天开心！",
      E, note="the editor's emotions"),
    P("alt_qx", "明天降温12℃，这么冷的天气，不如我们一起来猜猜小编的体重？最接近的三位网友送定制暖手宝！",
      E, [(E, "一起来猜猜小编的体重")], note="guessing game with prizes"),
]

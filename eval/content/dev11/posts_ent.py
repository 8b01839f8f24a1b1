"""Seventh held-out part: entertainment / off-topic content (entertainment) and light-hearted but on-topic
government posts (hard negatives). Slang, memes and phrasings are new (none equals, contains or is contained in
a labelled span of dev/ ... dev9/)."""
from _lib import P

E = "entertainment"

POSTS = [
    P("sc_wj", "卫健小编的周末：追完了《长夜将明》最后两集，男二林清泽的结局谁能接受啊！！弹幕全在刀我，"
      "明天上班眼睛肿成核桃了😭", E, [(E, "男二林清泽的结局谁能接受啊", None)],
      note="TV drama fan content on a health commission account"),
    P("cd_wj_wb", "【今日份瓜】顶流歌手宋屿被拍到深夜和神秘女子逛锦里，工作室回应“只是朋友”。你们信吗？🍉", E,
      [(E, "你们信吗？🍉", None)], note="celebrity gossip"),
    P("sc_jy_wb", "谁还没看《哪吒之魔童闹海》？！票房破纪录那天我们办公室集体去二刷，敖丙我的男人🥹", E,
      [(E, "敖丙我的男人", None), (E, "集体去二刷", None)], note="film fandom on an education account"),
    P("ls_wl", "#乐山# 天蝎座下周感情运超旺，处女座注意别熬夜，双鱼座贵人在东南方，想知道你的星座运势？评论区见🔮", E,
      [(E, "天蝎座下周感情运超旺", None)], note="horoscope"),
    P("lz_wj", "2027丁未羊年，这四个生肖犯太岁！\n\n属牛、属羊、属狗、属龙的朋友要注意，建议本命年穿红、戴红绳化解。",
      E, [(E, "这四个生肖犯太岁", None), (E, "戴红绳化解", None)], note="fortune-telling content on a health account"),
    P("ya_qx", "周公解梦：梦见下雪代表什么？梦见大雪预示来年财运亨通，梦见融雪则要防小人🌨️", E,
      [(E, "周公解梦", None)], note="dream divination on a weather account"),
    P("sc_wl", "把这只熊猫“顺顺”请回家，2027年事事都顺🐼 转发给你最想保佑的人，不转明年没熊猫缘～", E,
      [(E, "把这只熊猫“顺顺”请回家", None), (E, "不转明年没熊猫缘", None)], note="chain-forwarding for luck"),
    P("pzh_xw", "刷到攀枝花这朵木棉花的人，2027年红红火火！评论区留下“木棉”，好运立马到账💰", E,
      [(E, "好运立马到账", None)], note="forwarding/commenting for luck"),
    P("gy_wl", "这个冬天，谁懂一只广元打工人的心碎😭 早上出门冷到灵魂出窍，晚上下班天都黑透了，人已碎，勿扰💔", E,
      [(E, "冷到灵魂出窍", None), (E, "人已碎，勿扰", None)], note="self-pitying mood post"),
    P("my_wl", "家人们，绵阳小编今天彻底摆烂了🫠 方案改了18版，甲方说还是第一版好，我直接一整个裂开（不是）", E,
      [(E, "彻底摆烂了", None)], note="emotional off-topic post"),
    P("nc_ga", "南充警花跳《恐龙扛狼》挑战！🦖 你们猜她是哪个派出所的？点赞破3万，下期让教导员出镜！", E,
      [(E, "点赞破3万，下期让教导员出镜", None)], note="dance challenge begging for likes"),
    P("cd_ga_dy", "听我说谢谢你，因为有你，温暖了四季～🎵 110接警员下班后的反向打卡，蹦迪蹦到起飞🪩", E,
      [(E, "蹦迪蹦到起飞", None)], note="off-duty partying clip"),
    P("cd_sc", "测一测：你是哪种火锅底料？\n\nA. 牛油红汤——外冷内热\nB. 清汤——温柔淡人\nC. 鸳鸯锅——纠结浓人\n\n"
      "评论区告诉小编你的答案！", E, [(E, "你是哪种火锅底料", None), (E, "纠结浓人", None)],
      note="personality quiz on a market-regulation account"),
    P("zg_yj", "今日好运签🎋 抽到“大吉”的朋友，2027年升职加薪、脱单暴富！抽到“小吉”也别灰心，转发就能升级～", E,
      [(E, "今日好运签", None), (E, "转发就能升级", None)], note="lucky-draw for fortune"),
    P("dz_rs", "人社小编的血型性格大揭秘：A型人适合当公务员，B型人适合创业，O型人天生领导命，AB型人是隐藏学霸！", E,
      [(E, "血型性格大揭秘", None)], note="pseudo-science quiz"),
    P("sn_sc", "疯狂星期四，V我50，小编就告诉你遂宁哪家鸡排最好吃🍗", E,
      [(E, "疯狂星期四，V我50", None)], note="meme begging"),
    P("sc_yj_wb", "大家好，我是四川应急的吉祥物“安安”！今天下雨不想上班，只想窝在被窝里，谁来给安安暖暖手呀～🥺", E,
      [(E, "谁来给安安暖暖手呀", None)], note="卖萌 persona post"),
    P("ms_ny", "👏各位眉山粉丝注意啦！本号粉丝突破5万，为回馈大家，12月3日20:00开奖，送出10箱耙耙柑，"
      "参与方式：关注+点赞+评论“我爱眉山”三连！", E,
      [(E, "12月3日20:00开奖", None), (E, "关注+点赞+评论“我爱眉山”三连", None)], note="follower lottery"),
    P("sc_wj", "【工作提示】请委机关各处室、直属各单位于11月26日17时前，组织全体干部职工对本篇推文完成“在看”并"
      "转发至个人朋友圈，各单位完成情况截图报委宣传处，此项计入年度目标绩效。", E,
      [(E, "组织全体干部职工对本篇推文完成“在看”并转发至个人朋友圈", None), (E, "此项计入年度目标绩效", None)],
      note="forced likes/reposts by staff (single-item veto)"),
    P("yb_jt", "【紧急通知】请各中小学班主任即刻将本号最新推文转至班级群，要求每位家长点赞并留言，"
      "由年级组长统计未点赞名单，明早9点前报局办公室。", E,
      [(E, "要求每位家长点赞并留言", None), (E, "统计未点赞名单", None)], note="forced likes by parents"),
    P("dy_xw", "#德阳# 请全市各级机关干部职工为“德阳市最美志愿者”评选活动投票，每人每日须投满5票，"
      "各部门投票数排名将于每周一在市直机关群内公布。", E,
      [(E, "每人每日须投满5票", None), (E, "投票数排名将于每周一在市直机关群内公布", None)],
      note="forced voting by staff"),
    P("nj_ga", "各分局、各警种：请于今日下班前将本条微博转发至个人微博，并截图发至政治处邮箱，"
      "未完成的单位将在周例会上作说明。#内江公安#", E,
      [(E, "截图发至政治处邮箱", None), (E, "未完成的单位将在周例会上作说明", None)], note="forced reposts"),
    P("sc_jy", "小编悄悄问一句：你们觉得哪位男明星最适合演“最美乡村教师”？我先投《山海之间》的男主角叶沉一票😍"
      "评论区投票！", E, [(E, "你们觉得哪位男明星最适合演", None)], note="star casting poll"),
    P("ls_wl", "#乐山# 震惊！乐山小编发现了一只会说“巴适”的鹦鹉，快来看看它还会说啥😂 笑到肚子疼", E,
      [(E, "笑到肚子疼", None), (E, "会说“巴适”的鹦鹉", None)], note="pet funny clip off-topic"),
    P("pzh_xw", "今天攀枝花晴，小编的心情：☀️☀️☀️ 不想加班的心情：💯💯💯 摸了摸口袋里的钱：0️⃣0️⃣0️⃣ 打工人的心酸谁懂🥲",
      E, [(E, "打工人的心酸谁懂", None)], note="emoji mood post"),
    P("gy_wl", "黑神话里的天命人来剑门关了？！🐒 谁敢跟我组队通关？游戏迷集合，评论区报出你的通关时长🎮", E,
      [(E, "谁敢跟我组队通关", None), (E, "评论区报出你的通关时长", None)], note="video-game fandom"),
    P("cd_wj", "小编的“人生建议”：\n\n1. 下班后不要回工作消息；\n2. 买奶茶一定要加双份珍珠；\n3. 周五的晚上属于火锅"
      "和KTV。\n\n你们的人生建议是啥？", E, [(E, "买奶茶一定要加双份珍珠", None)],
      note="personal lifestyle post unrelated to work"),
    P("sc_wl", "宝子们！今天要跟大家官宣一件事：四川文旅小编恋爱了💕 对象是……一只熊猫🐼 你们磕吗？", E,
      [(E, "小编恋爱了", None)], note="attention-seeking gag"),
    P("nc_ga_wb", "呜呜呜南充公安的粉丝数被隔壁城市反超了，大家快来帮我们涨粉吧！每拉一个好友关注，小编就给你比个心💗",
      E, [(E, "大家快来帮我们涨粉吧", None)], note="begging for follows"),
    P("my_wl", "绵阳的冬天：一半是火锅，一半是“我要冬眠”🐻‍❄️ 今日宜躺平睡觉、忌早起上班，关注绵阳文旅，接住冬眠buff～", E,
      [(E, "接住冬眠buff", None)], note="meme-style almanac joke"),
    P("sn_sc", "#遂宁# 网红“甜妹”直播间翻车现场，为了流量往火锅里加奶茶，评论区已经吵疯了🤯 你们站哪边？", E,
      [(E, "直播间翻车现场", None), (E, "你们站哪边", None)], note="influencer gossip"),
    P("zg_yj", "自贡应急小编の冬日碎碎念：暖宝宝贴满全身，像个粽子🫔 今天又是被冻醒的一天，求一个会暖被窝的对象😂", E,
      [(E, "求一个会暖被窝的对象", None)], note="personal chatter"),
    P("lz_wj", "十二星座谁最适合当医生？第一名竟然是……👉 处女座！因为细心到变态😂 你的星座排第几？", E,
      [(E, "十二星座谁最适合当医生", None)], note="zodiac ranking"),
    P("dz_rs", "双十二剁手清单晒出来！人社小编的购物车里已经有：电热毯、羽绒服、新款手机……你们买了啥？🛒", E,
      [(E, "双十二剁手清单晒出来", None)], note="shopping chatter unrelated to work"),
    P("sc_yj", "“应急小剧场”来啦！\n\n（第一幕）科长：小王，你今年的年终总结写完了吗？\n小王：写完了，就差最后一句——"
      "“明年继续摸鱼”。\n\n哈哈哈哈，你们单位有没有这样的同事？", E,
      [(E, "明年继续摸鱼", None), (E, "你们单位有没有这样的同事", None)], note="office joke with no safety content"),

    # ----- hard negatives: lively but on-topic -----
    P("sc_wl", "今日小雪❄️ 四川的雪，落在九寨沟的海子里，落在峨眉山的金顶上。这个冬天，来四川赏雪吧！#四川文旅", hn=E,
      note="solar-term greeting with official tourism promotion"),
    P("cd_ga_dy", "“我是懂反诈的！”🦖 骗子：您好，您的快递丢失需要理赔……民警：快递丢了找快递，理赔链接千万别点！"
      "#平安成都 #反诈", hn=E, note="anti-fraud skit using a meme tone"),
    P("nc_ga", "警犬“雷霆”光荣退役🐕 服役8年，参与搜救任务120余次。谢谢你，老伙计！#南充公安", hn=E,
      note="police dog retirement, on-topic"),
    P("gy_wl", "剑门关的雪景，巴适得板！⛄ 冬游广元，景区实行半价优惠，等你来耍～ #广元文旅", hn=E,
      note="dialect and emoji in official tourism promotion"),
    P("ya_qx", "【气象小课堂】“雨城”雅安为什么那么爱下雨？因为它处在“华西雨屏”的中心地带，暖湿气流遇山抬升，"
      "形成丰沛降水。☔", hn=E, note="science popularisation in a light tone"),
    P("sc_jy_wb", "为坚守在大凉山的乡村教师点赞！👍 他们用青春照亮孩子们的求学路。#最美乡村教师#", hn=E,
      note="praise of teachers"),
    P("lz_wj", "冬天怕冷又懒得动？医生说：动起来才暖和！推荐三个办公室小动作：耸肩、踮脚、转脖子，每天做几组，"
      "比暖宝宝还管用😄", hn=E, note="health tip with humour"),
    P("sc_yj_wb", "【应急科普】“小太阳”不是“小烤箱”！别在取暖器上烤袜子🧦，一不小心就成“火灾现场”。", hn=E,
      note="safety tip with a pun"),
    P("ls_wl", "#乐山# 大佛“微笑”看雪景！🏔️ 乐山大佛景区冬季开放时间调整为8:00-17:30，请游客合理安排行程。", hn=E,
      note="playful headline with service information"),
    P("dy_xw", "#德阳# 2026年德阳市小客车更新指标摇号结果公布，中签名单可在市政务服务网查询。", hn=E,
      note="official lottery (摇号), not a follower lottery"),
    P("cd_wj_wb", "【冬至吃饺子还是汤圆？】都可以！但控制量哦，尤其是糖尿病患者，汤圆含糖高，建议少量食用。🥟", hn=E,
      note="festival health tip"),
    P("zg_yj", "恐龙灯会的“霸王龙”也要安全检查！🦖 今天，我们对灯会灯组电气线路进行了全面检测，保障游客安全。", hn=E,
      note="light tone but on-topic safety inspection"),
    P("my_wl", "冬日限定🍁 绵阳仙海湖的红杉林正当时，摄影爱好者快来打卡出片！#绵阳文旅", hn=E,
      note="seasonal tourism promotion"),
]

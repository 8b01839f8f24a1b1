"""Ninth held-out part: over-entertainment, 卖萌, gossip, fortune-telling, memes, follower lotteries and forced
likes/votes/shares in official accounts (class entertainment), and warm but proper hard negatives."""
from _lib import P

E = "entertainment"

POSTS = [
    P("hn_wj", """哒哒哒～健康湖南小编又来啦(づ｡◕‿‿◕｡)づ

蟹蟹大家一直稀饭我们！天冷了，小编今天教你们睡前泡脚脚～水温40℃左右就好，泡15到20分钟，泡到微微出汗就可以啦，糖尿病的宝宝们要先试水温哦～

爱你们，啵啵～""",
      E, spans=[(E, "蟹蟹大家一直稀饭我们"), (E, "泡脚脚")], note="baby talk throughout a health tip (卖萌)"),
    P("hn_sc", "【吃瓜】某选秀男团宣布解散，粉丝连夜在超话刷屏，小编也是没想到😭 你们最喜欢团里哪位？评论区聊聊～",
      E, spans=[(E, "某选秀男团宣布解散")], note="celebrity gossip in a market-regulation account"),
    P("hn_yj", """伸出你的左手！看手相测测你的安全意识有几分

生命线长的人：安全意识天生满格，出门必看天气预报；
感情线分叉的人：容易一心二用，做饭时千万别刷手机；
智慧线弯曲的人：脑洞大，但请不要“飞线”充电……

快转给你的朋友，看看TA是哪一种！""",
      E, spans=[(E, "看手相测测你的安全意识")], note="palm reading as a hook in an emergency-management account"),
    P("hn_wl", "湘超今晚长沙vs湘潭⚽ 比赛第一，友谊第十四😂 输了的城市请吃一年的米粉！评论区站队，押中的宝子们沾沾喜气～ #湘超",
      E, spans=[(E, "友谊第十四"), (E, "输了的城市请吃一年的米粉")], note="football banter and betting-style bait in an official tourism account"),
    P("hn_jy", """关于组织参与“最美校园”网络评选投票的通知

各市州教育局、省属各学校：

我省12所学校入围全国“最美校园”网络评选。请各单位高度重视，督促所属学校组织师生和家长于11月28日前参与投票，每日登录投票后截图发至工作群，省教育厅将每日汇总通报各地投票情况。""",
      E, spans=[(E, "每日登录投票后截图发至工作群"), (E, "省教育厅将每日汇总通报各地投票情况")], note="staff, students and parents required to vote daily with screenshots"),
    P("hn_ga", "阿sir今日份营业啦（๑>ᴗ<๑）巡逻路上偶遇橘猫一只，它说它也想当警察～ 你们说要不要给它发个警号？",
      E, spans=[(E, "阿sir今日份营业")], note="卖萌 post with no public-service content"),
    P("cs_ga", "【年终盖楼活动】评论区盖楼，第1126楼送警营熊公仔一只，第2026楼送警察叔叔签名照！盖起来盖起来～",
      E, spans=[(E, "评论区盖楼，第1126楼送警营熊公仔")], note="follower lottery by comment floor"),
    P("cs_sc", """12月星盘解读：哪些星座要管好钱包？

水瓶座：本月购物欲望爆棚，年终促销请三思；
双鱼座：容易冲动消费，预付卡办前想一想；
狮子座：财运不错，但别轻信“稳赚不赔”……

你是什么星座？评论区告诉小编！""",
      E, spans=[(E, "12月星盘解读")], note="horoscope as a hook in a market-regulation account"),
    P("zhz_wj", """关于组织参与“株洲好护士”网络评选投票的通知

各医疗卫生单位：

为展示我市护理人员风采，请各单位动员全体职工、患者及家属，在本周内为我市“株洲好护士”候选人投票，每人每天投满3票，投票截图由科室护士长收集上报，委办公室将在周例会上通报各单位参与情况。""",
      E, spans=[(E, "投票截图由科室护士长收集上报")], note="forced daily voting with screenshots"),
    P("xt_xw", "听说某顶流男星最近在湘潭拍戏，就在窑湾古街一带！有没有宝子偶遇？求路透图📸",
      E, spans=[(E, "有没有宝子偶遇")], note="celebrity spotting in a city news account"),
    P("hy_wl", "南岳衡山版“黑神话”来了！天命人集合🐒 登顶祝融峰，打卡“天下南岳”，解锁冬日限定雾凇副本～ #衡阳文旅",
      E, spans=[(E, "天命人集合")], note="game meme taken over in an official account"),
    P("yy_yj", """关于转发“冬季安全生产”系列推文的通知

各县市区应急管理局、局机关各科室：

请将本号本周推送的冬季安全生产系列推文转发至辖区企业安全员群和个人朋友圈，转发截图于次日12时前报局办公室，局里将按转发率排名，排名靠后的在月度例会上作说明。""",
      E, spans=[(E, "局里将按转发率排名")], note="forced reposts with screenshots and ranking"),
    P("cd_ny", """小编为了写这篇稿子，三天没回家，孩子都不认识我了😭

今年冬种工作任务重，小编跟着专家跑遍了9个区县市。拜托大家，就当心疼心疼小编，求个在看，点个赞再走吧～""",
      E, spans=[(E, "求个在看")], note="self-pity to beg for engagement (卖惨)"),
    P("zjj_wl", "天门山的雾凇出来了！看到这一幕的时候，小编的嘴角比AK还难压😆😆😆 #张家界",
      E, spans=[(E, "嘴角比AK还难压")], note="meme-only post"),
    P("yiy_rs", """周一综合症又来了

周一早上，打工人的怨气比鬼还重👻 闹钟响了五遍，起床靠毅力，上班靠咖啡，下班靠信念……

你们的周一是什么状态？评论区说说～""",
      E, spans=[(E, "怨气比鬼还重")], note="office-worker meme unrelated to the bureau's work"),
    P("cz_jy", """测测你是哪种期末复习流派？

A. 通宵型：白天睡觉，晚上发力；
B. 划重点型：老师说的都是重点；
C. 佛系型：考什么都行，随缘；
D. 临时抱佛脚型：考前三天才开始……

选好了吗？在评论区留下你的答案！""",
      E, spans=[(E, "测测你是哪种期末复习流派")], note="personality quiz in an education bureau account"),
    P("yz_qx", "【小编已冬眠】太冷了，小编决定冬眠了，有事烧纸🥶 明天见（如果还能起得来的话）",
      E, spans=[(E, "有事烧纸")], note="dark-humour joke instead of a forecast"),
    P("hh_ga", "所长说，这条视频点赞过8888就让他唱《离家五百里》🎤 怀化的家人们，冲！#怀化公安",
      E, spans=[(E, "点赞过8888就让他唱《离家五百里》")], note="like-begging with a performance promise"),
    P("sy_sc", "突发！某女团成员恋情曝光，男方竟是圈外人😮 小编只想说：祝福！你们怎么看？",
      E, spans=[(E, "某女团成员恋情曝光")], note="celebrity gossip"),
    P("ld_xw", "【娄底冬日随手拍】关注@娄底发布 带话题#娄底冬日随手拍#晒出你镜头里的娄底，12月5日抽6位送新化腊肉一份！",
      E, spans=[(E, "抽6位送新化腊肉")], note="follower lottery"),
    P("xx_wl", "期末考试周到了，在评论区赛博上香🙏 保佑所有学生逢考必过！老司城、凤凰古城的福气都给你们～",
      E, spans=[(E, "在评论区赛博上香")], note="superstition meme in a tourism account"),
    P("xt_sc", """本周精神状态：已疯

周一：斗志昂扬；
周二：略感疲惫；
周三：开始怀疑人生；
周四：灵魂出窍中；
周五：复活！

你们本周的精神状态如何？""",
      E, spans=[(E, "本周精神状态")], note="meme post unrelated to the bureau's work"),
    P("hn_wj_wb", "【热搜】某顶流在横店拍戏时晕倒被送医，工作室回应：已无大碍。小编提醒大家，冬天拍戏也要注意身体哦～",
      E, spans=[(E, "某顶流在横店拍戏时晕倒")], note="celebrity gossip with a thin health pretext"),
    P("hn_yj_wb", "家人们，天塌了！明天全省大降温😱 小编的秋裤还没找到……",
      E, spans=[(E, "天塌了")], note="slang over a weather notice with no guidance"),
    P("hn_jy_wb", "筒子们放假啦～🎉 寒假余额已到账，请注意查收！小编要去补觉了，有事别找我😴",
      E, spans=[(E, "筒子们放假啦")], note="卖萌 post"),
    P("hh_ga_wb", "【通知】请全局民警辅警于今日18时前在本条微博下方评论“怀化公安 守护平安”，评论截图发至各单位内勤，未完成的由政治处点名。",
      E, spans=[(E, "评论截图发至各单位内勤")], note="forced comments with screenshots"),
    P("cs_ga_dy", "人类迷惑行为大赏😂 小偷偷了电动车，结果骑到一半没电了，推着车走了五公里……最后被民警逮个正着。这操作，小编服了！#长沙警事",
      E, spans=[(E, "人类迷惑行为大赏")], note="meme framing of a case as a joke"),
    P("hn_ga", "今天是警犬“雷霆”的5岁生日🎂 祝它汪生快乐！点赞给雷霆当生日礼物吧～",
      E, spans=[(E, "汪生快乐"), (E, "点赞给雷霆当生日礼物")], note="卖萌 and like-begging"),
    P("hn_wl", "重磅！某古偶男主下周来长沙录综艺🎬 会是谁呢？评论区猜猜～ #湖南文旅",
      E, spans=[(E, "某古偶男主下周来长沙录综艺")], note="celebrity teaser"),
    P("xt_xw", "湘潭姓名测试来啦！输入名字看你的福气值，满分100，看看谁是湘潭最有福的人～",
      E, spans=[(E, "输入名字看你的福气值")], note="name-scoring fortune test"),
    P("ld_xw", "【关于组织关注“娄底发布”的通知】请各县市区、市直各单位组织干部职工关注@娄底发布，关注情况纳入季度宣传考评。",
      E, spans=[(E, "关注情况纳入季度宣传考评")], note="forced follows tied to appraisal"),
    P("hn_jy_wb", "【脆皮大学生冬季保命指南】一冷就感冒、一跑就崴脚、一熬夜就心慌……脆皮的你，收藏这篇！",
      E, spans=[(E, "脆皮大学生冬季保命指南")], note="slang-driven filler"),
    P("sy_sc", "今天的邵阳冷到小编原地表演一个瑟瑟发抖🥶 你们那边冷不冷？",
      E, spans=[(E, "原地表演一个瑟瑟发抖")], note="卖萌 chatter"),
    P("zjj_wl", "cos成哈利路亚山上的纳美人来张家界吧！点赞最高的送年卡🎫",
      E, spans=[(E, "点赞最高的送年卡")], note="like contest"),
    P("hy_wl", "来南岳许个愿吧🙏 据说南岳求财最灵，保你明年暴富💰",
      E, spans=[(E, "保你明年暴富")], note="superstitious promise in an official account"),

    # ---- hard negatives: warm but proper ----
    P("hn_wl", "湘超第9轮战罢，长沙队主场2比1战胜湘潭队。赛后，两队球员互相致意，球迷有序离场。下一轮比赛将于12月6日在衡阳进行，购票请认准官方渠道。#湘超",
      hn=E, note="factual league report"),
    P("yz_qx", "【小雪】今日小雪，气温下降，早晚寒凉。请大家适时添衣，注意防寒保暖；农户可抓紧做好柑橘防冻和油菜田间管理。#永州天气#",
      hn=E, note="solar-term greeting with practical advice"),
    P("hh_ga", "警犬“黑虎”光荣退役🐕 服役8年，参与搜救、缉毒任务60余次。今天，训导员为它戴上大红花，送它去退役犬基地安享晚年。谢谢你，老伙计！#怀化公安",
      hn=E, note="warm but proper police post"),
    P("cs_ga", "【民警帮迷路老人回家】11月23日晚，一名八旬老人在天心区走失，民警巡逻发现后耐心安抚，通过人脸识别比对找到家属，将老人平安送回家。家属连声道谢。",
      hn=E, note="warm police story"),
    P("hn_jy", """寒假快乐！这份假期指南请收好

寒假即将来临，亲爱的同学们，是时候放松一下啦！

📖 读几本好书；🏃 每天锻炼一小时；🏠 帮爸妈做家务；⚠️ 注意用火用电和交通安全。

祝大家度过一个健康、充实、快乐的寒假！""",
      hn=E, note="lively but proper holiday guide"),
    P("cz_jy", "【为孩子们点赞】郴州市2026年中小学生田径运动会圆满落幕，共有1200余名运动员参赛，42人次打破市级纪录。运动场上，孩子们奋勇拼搏、团结友爱，展现了郴州少年的精神风貌。",
      hn=E, note="praise post about a school sports meet"),
    P("zhz_wj", """小雪节气，温馨提示

今日小雪，天气渐冷。温馨提示：老年人和慢性病患者要注意保暖，晨练不宜过早；室内取暖要注意通风，预防一氧化碳中毒。""",
      hn=E, note="solar-term health reminder"),
    P("cd_ny", """丰收的喜悦

走进汉寿县的稻虾田，农户们正忙着起捕小龙虾，满筐的虾子活蹦乱跳。今年全县稻虾综合种养面积达42万亩，农户亩均增收1800元。看着丰收的景象，大家脸上乐开了花。""",
      hn=E, note="cheerful but proper harvest report"),
    P("xt_xw", "【公租房摇号结果公示】2026年第四批公共租赁住房摇号配租于11月25日在市政务服务中心公开进行，全程由公证人员监督，结果已在市住建局官网公示，公示期7天。",
      hn=E, note="official lottery (摇号), not a follower lottery"),
    P("ld_xw", "【寒风中的红马甲】每天清晨6点，娄星区的志愿者们就来到公交站台，为候车的老人递上热水、帮忙查询线路。“能帮一点是一点。”志愿者陈阿姨说。为他们点赞！",
      hn=E, note="praise for volunteers"),
    P("hn_yj", """取暖器别“抱”太紧！

天冷了，不少人喜欢把取暖器放在被子边、沙发旁。小编提醒：取暖器要与可燃物保持1米以上距离，不要在上面烘烤衣物，离开时及时断电。

温暖过冬，安全第一！""",
      hn=E, note="lively wording with real safety content"),
    P("xx_wl", "冬日的矮寨大桥，云雾缭绕，宛如仙境。湘西的冬天，有苗寨的火塘、土家的腊肉，还有最温暖的人情。欢迎来湘西过冬！#湘西旅游#",
      hn=E, note="official scenery promotion"),
    P("cs_ga_dy", "“妈，我手机掉了，这是我新号，急需用钱！”……接到这种消息，先别急着转账！一个电话打给孩子本人核实，骗子就现原形了📞 #长沙警事 #反诈",
      hn=E, note="anti-fraud skit caption; dramatic hook but real warning"),
]

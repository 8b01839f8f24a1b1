"""Twenty-third held-out part: entertainment / 卖萌 on government accounts (celebrity gossip, jokes, horoscopes
and quizzes, 卖萌/卖惨, begging for follows and likes, follower lotteries, forced likes by staff, notices
drowned in internet slang)."""
from _lib import P

EN = "entertainment"

POSTS = [
    # celebrity and show gossip
    P("hh_xw", "吃瓜！顶流歌手穆晨曦被拍到和神秘女子深夜同回酒店，经纪公司至今没回应，你们怎么看？",
      EN, [(EN, "穆晨曦被拍到和神秘女子深夜同回酒店", None)], note="celebrity gossip"),
    P("nm_wl_wb", "热搜第一！综艺《野性草原》里的韩屿和苏蔓终于官宣恋情了，评论区甜不甜？",
      EN, [(EN, "韩屿和苏蔓终于官宣恋情", None)], note="show gossip"),
    P("ed_xw", "鄂尔多斯籍演员贺子骞和前女友的分手内幕曝光，知情人爆料两人早已分居半年。",
      EN, [(EN, "分手内幕曝光", None)], note="gossip about a local-born actor"),
    P("cf_wl", "选秀男团“星河少年”成员林嘉澍被曝耍大牌，粉丝连夜控评，你站哪边？",
      EN, [(EN, "被曝耍大牌", None), (EN, "粉丝连夜控评", None)], note="idol gossip"),
    P("nm_wl", "偶像剧《雪落敕勒川》男二人气爆棚，演员江予白本人比剧里还帅，姐妹们冲！",
      EN, [(EN, "本人比剧里还帅，姐妹们冲", None)], note="fan gossip"),
    P("hh_xw_dy", "小编连夜扒了扒：歌手纪小满新专辑封面到底是不是在内蒙古拍的？评论区来对答案！",
      EN, [(EN, "小编连夜扒了扒", None)], note="celebrity speculation"),
    # jokes and memes unrelated to work
    P("hh_ga_wb", "今日段子：为什么内蒙古人不怕冷？因为羊肉吃多了自带暖气，哈哈哈哈哈哈乐得我直拍桌子。",
      EN, [(EN, "羊肉吃多了自带暖气", None), (EN, "哈哈哈哈哈哈乐得我直拍桌子", None)], note="joke unrelated to police work"),
    P("bt_yj", "周五了！摸鱼小分队集合，今天的打工人表情包已备好，下班倒计时三小时～",
      EN, [(EN, "摸鱼小分队集合", None), (EN, "打工人表情包已备好", None)], note="slacking meme on an emergency management account"),
    P("nm_ga", "冷知识：蒙古包里面到底能不能打麻将？答案是能！小编已经连输三把了😭",
      EN, [(EN, "小编已经连输三把了", None)], note="joke about gambling game"),
    # horoscopes and quizzes
    P("wc_qx", "本周星座运势：射手座贵人运旺，双鱼座本周恋爱运满格，天蝎座注意破财哦～",
      EN, [(EN, "射手座贵人运旺", None), (EN, "双鱼座本周恋爱运满格", None)], note="horoscope on a weather account"),
    P("hl_wj", "测一测：你的血型决定你适合哪种养生茶？A型喝枸杞，B型喝菊花，O型……评论区告诉我你是啥型！",
      EN, [(EN, "你的血型决定你适合哪种养生茶", None)], note="pseudo-scientific quiz"),
    P("nm_wl_wb", "心理测试：选一匹你最喜欢的马，测出你明年的财运！选白马的明年一定暴富！",
      EN, [(EN, "测出你明年的财运", None), (EN, "选白马的明年一定暴富", None)], note="fortune quiz"),
    P("wh_jy", "今日塔罗：抽一张牌看看孩子期末能考多少分，抽到“太阳”的家长可以放心啦！",
      EN, [(EN, "抽一张牌看看孩子期末能考多少分", None)], note="tarot on an education account"),
    # 卖萌 / 卖惨
    P("nm_lc", "呜呜呜小编在林场巡护冻成了一根雪糕，手指头都不听使唤了，谁来抱抱可怜的小编🥺",
      EN, [(EN, "冻成了一根雪糕", None), (EN, "谁来抱抱可怜的小编", None)], note="卖惨"),
    P("hh_ga", "警察蜀黍也是宝宝哒～今天值班好累累，求小可爱们给本蜀黍打打气嘛～",
      EN, [(EN, "警察蜀黍也是宝宝哒", None), (EN, "给本蜀黍打打气嘛", None)], note="卖萌 by a police account"),
    P("ed_xw_dy", "人家就是鄂尔多斯最可爱的小编啦，不关注人家就哭给你看～",
      EN, [(EN, "不关注人家就哭给你看", None)], note="卖萌 and begging for follows"),
    P("cf_rs", "人社小编今天挨了主任一顿批，加了三天班工资还没到账，心好累，求安慰QAQ",
      EN, [(EN, "今天挨了主任一顿批", None), (EN, "求安慰QAQ", None)], note="卖惨 with personal emotions"),
    # begging for follows / likes, lotteries
    P("nm_wl", "粉丝破250万倒计时！还差最后一点点，还没关注的宝子赶紧点个关注，求求啦！",
      EN, [(EN, "还没关注的宝子赶紧点个关注", None)], note="begging for follows"),
    P("bn_lc", "本条推文阅读量破万，小编就穿着熊猫服去巡山！大家转发走起来～",
      EN, [(EN, "阅读量破万，小编就穿着熊猫服去巡山", None)], note="begging for reads with a stunt"),
    P("xl_wl", "关注+评论+转发，抽3位幸运粉丝送最新款游戏机！12月1日开奖，不关注不算数哦。",
      EN, [(EN, "抽3位幸运粉丝送最新款游戏机", None)], note="follower lottery"),
    P("tl_nm", "评论区留言点赞前五名，送科尔沁肥牛火锅店代金券一张，快来抢沙发！",
      EN, [(EN, "留言点赞前五名", None)], note="follower lottery for comments"),
    P("hl_ga", "转发本条微博并@三位好友，抽一人送限量版警察熊玩偶，快转起来吧！",
      EN, [(EN, "转发本条微博并@三位好友", None)], note="follower lottery"),
    # forced likes / reposts by staff
    P("nm_jy", "【通知】请各盟市教育局组织辖区教师于今晚22点前完成本条推文的点赞、在看和转发，明日通报完成情况。",
      EN, [(EN, "完成本条推文的点赞、在看和转发", None), (EN, "明日通报完成情况", None)], note="forced likes by staff (single-item veto)"),
    P("wh_jy", "请各校班主任将本文转发至家长群，并截图上报转发情况，未完成的学校将纳入考核。",
      EN, [(EN, "截图上报转发情况", None), (EN, "未完成的学校将纳入考核", None)], note="forced reposts"),
    P("hl_wj", "全体职工请注意：本周每人须为本公众号文章点赞不少于10次，各科室负责人负责统计。",
      EN, [(EN, "每人须为本公众号文章点赞不少于10次", None)], note="forced likes by staff"),
    P("cf_rs", "各县区人社局请组织干部职工关注本号并为置顶视频刷评论，每人不少于3条，周五前报数。",
      EN, [(EN, "为置顶视频刷评论", None), (EN, "每人不少于3条，周五前报数", None)], note="forced comments"),
    # notices drowned in internet slang
    P("nm_sc", "消费者朋友们听我说！过期奶粉居然还有人卖，小编当场血压飙升，维权电话12315必须整起来，搞快点搞快点！",
      EN, [(EN, "小编当场血压飙升", None), (EN, "搞快点搞快点", None)], note="consumer notice drowned in slang"),
    P("hh_xw", "青城的朋友们！明天降温，这波寒潮属实拿捏了，出门不穿秋裤的小伙伴直接寄了，羽绒服必须焊在身上！",
      EN, [(EN, "这波寒潮属实拿捏了", None), (EN, "直接寄了", None)], note="weather notice drowned in slang"),
    P("bt_yj", "燃气泄漏咋整？别慌，听小编给你唠明白～闻到味儿直接原地起飞去开窗，开灯那可是大聪明行为哈，小编只能帮你到这儿啦！",
      EN, [(EN, "直接原地起飞去开窗", None), (EN, "开灯那可是大聪明行为哈", None)], note="safety notice drowned in slang, flippant"),
    P("ed_st", "鄂尔多斯今日空气质量优，蓝天白云美到犯规了，谁还没出门遛弯就亏大了，狠狠爱住！",
      EN, [(EN, "蓝天白云美到犯规了", None), (EN, "狠狠爱住", None)], note="air report drowned in slang"),
    P("nm_wj", "流感来袭，宝子们冲呀！疫苗打起来，不打就是菜鸟本鸟，打完记得晒图哦～",
      EN, [(EN, "不打就是菜鸟本鸟", None), (EN, "宝子们冲呀", None)], note="health notice drowned in slang, mocking"),
    P("xa_sc", "兴安盟大米抽检结果出炉！全部合格，主打一个稳稳拿捏，吃货们可以狠狠干饭啦！",
      EN, [(EN, "主打一个稳稳拿捏", None), (EN, "可以狠狠干饭啦", None)], note="inspection result drowned in slang"),
    # unrelated content without a span (whole post)
    P("nm_ga_dy", "下班后的小编：今天追完了一整季《末日宫廷》，结局太虐了，哭到凌晨三点，有没有一起追剧的？",
      EN, note="staff's private drama-watching, unrelated to police work (no span: the whole post)"),
    P("wc_qx", "分享一首小编最近单曲循环的情歌，歌词写得太戳心了，失恋的朋友慎听……",
      EN, note="personal music sharing on a weather account (no span: the whole post)"),
    P("bt_wl", "周末去哪儿浪？小编的私藏火锅店清单来了，第三家老板娘超美，吃完还能跟她合影～",
      EN, [(EN, "老板娘超美，吃完还能跟她合影", None)], note="unrelated personal content, improper"),
]

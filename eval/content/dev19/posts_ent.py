"""Fifteenth held-out part: over-entertaining or unrelated content (class entertainment) and lively but
legitimate hard negatives. Celebrities, shows and groups named here are invented."""
from _lib import P

E = "entertainment"
HN = "entertainment"

POSTS = [
    # ---- gossip and unrelated content ----
    P("nj_xw", "【吃瓜】顶流男星顾屿白被拍到深夜现身新街口，疑似与女团成员林小满恋情曝光！网友：这对我嗑了！",
      cls=E, spans=((E, "这对我嗑了", None),), note="celebrity romance gossip, unrelated to government work"),
    P("sz_xw", "《繁花落尽》大结局看哭了！男主最后那句“我等你到春天”谁懂啊😭 你们站哪对CP？评论区聊聊～",
      cls=E, spans=((E, "你们站哪对CP", None),), note="TV drama chat and CP shipping"),
    P("yz_xw", "偶像男团Star7成员宋言澈今天生日，宋言澈哥哥二十四岁生日快乐呀！扬州永远是你的家🎂",
      cls=E, note="birthday wishes to an idol, unrelated to government work"),
    P("js_wl_wb", "今日星座运势：双鱼座桃花旺盛，射手座财运亨通，天蝎座注意口舌是非～快来看看你的星座！",
      cls=E, note="horoscope"),
    P("xz_qx", "【天气+星座】今天降温，摩羯座宜宅家，狮子座宜出门约会💕 其他星座请看图～",
      cls=E, spans=((E, "摩羯座宜宅家", None),), note="horoscope mixed into the weather post"),
    P("wx_jy", "【趣味测试】你是哪种“学霸人格”？选择你最喜欢的文具，测出你的隐藏属性！A.钢笔 B.荧光笔 C.便利贴 D.橡皮",
      cls=E, note="personality quiz"),
    P("cz_rs", "打工人的周一，喝了三杯咖啡还是困😪 有没有和小编一样想放假的？举个手🙋",
      cls=E, spans=((E, "有没有和小编一样想放假的", None),), note="staff mood post, unrelated to work"),

    # ---- 卖萌 / 卖惨 / begging ----
    P("js_ga", "呜呜呜，本警花今天值班到凌晨三点，连口热饭都没吃上，求抱抱求安慰～😭",
      cls=E, spans=((E, "本警花今天值班到凌晨三点", None), (E, "求抱抱求安慰", None)), note="卖惨 and 卖萌"),
    P("nj_ga", "警察蜀黍也会撒娇哦～关注一下下嘛，拜托拜托🥺 #萌警",
      cls=E, spans=((E, "关注一下下嘛，拜托拜托", None),), note="卖萌 and begging for follows"),
    P("js_ga_dy", "粉丝离50万只差一点点了！家人们帮帮忙，点赞关注转发三连走一波，小编给大家比心❤️",
      cls=E, spans=((E, "点赞关注转发三连走一波", None), (E, "粉丝离50万只差一点点了", None)), note="begging for follows/likes"),
    P("nj_xw_dy", "小编今天被领导批评了，心情跌到马里亚纳海沟，你们能给我点个赞安慰一下吗🥹",
      cls=E, spans=((E, "心情跌到马里亚纳海沟", None), (E, "你们能给我点个赞安慰一下吗", None)), note="卖惨 and begging for likes"),
    P("sz_xw_dy", "苏州发布的小编是个吃货～今天偷偷溜出去吃了碗奥灶面，嘘🤫 别告诉领导哦～",
      cls=E, spans=((E, "别告诉领导哦", None),), note="卖萌 staff self-presentation"),
    P("xz_wl", "徐州文旅的小编已经连续加班一个月了😵 快来人捞捞小编！点赞过万就申请调休！",
      cls=E, spans=((E, "快来人捞捞小编", None), (E, "点赞过万就申请调休", None)), note="卖惨 and like-begging"),
    P("lyg_wl", "花果山的猴子都比我有对象🐒 单身的宝子们扣1，我们组团去看海！",
      cls=E, spans=((E, "单身的宝子们扣1", None),), note="卖萌 joke off topic"),

    # ---- follower lotteries ----
    P("js_ga", "【粉丝福利】关注@江苏公安微发布 并转发本条微博，12月1日抽取20位粉丝送定制警熊玩偶！",
      cls=E, spans=((E, "抽取20位粉丝送定制警熊玩偶", None),), note="follower lottery"),
    P("yz_xw", "评论区说出你最爱的扬州美食，点赞最高的3位送扬州炒饭代金券一张😋",
      cls=E, spans=((E, "点赞最高的3位送扬州炒饭代金券一张", None),), note="comment lottery"),
    P("nj_wl", """【宠粉福利】
在本文下方留言“我爱南京”，留言点赞前10名可获得南京文旅定制冰箱贴一套！
截止时间：12月3日20:00""",
      cls=E, spans=((E, "留言点赞前10名可获得南京文旅定制冰箱贴一套", None),), note="follower lottery"),

    # ---- forced likes / reposts by staff ----
    P("wx_jy", """关于组织全系统干部职工为“无锡教育”公众号文章点赞转发的通知

各学校、各单位：

为提升我局政务新媒体影响力，请各单位组织全体教职工对本号11月27日推送的文章进行点赞、在看、转发朋友圈，并于11月29日前将截图汇总报送至局办公室，纳入年度考核。""",
      cls=E, spans=((E, "将截图汇总报送至局办公室，纳入年度考核", None), (E, "组织全体教职工对本号11月27日推送的文章进行点赞、在看、转发朋友圈", None)),
      note="forced likes/reposts by staff with screenshots and appraisal"),
    P("cz_rs", "【内部通知】请全局各科室人员今天下班前为本条转发评论不少于1次，各科室负责人统计后在工作群接龙，未完成的科室将通报。",
      cls=E, spans=((E, "未完成的科室将通报", None), (E, "为本条转发评论不少于1次", None)), note="forced reposts by staff"),
    P("ha_ny", "请各乡镇农业站同志务必在本周五前为本号参评“优秀政务号”投票，每人每天可投5票，投票截图发到群里。",
      cls=E, spans=((E, "投票截图发到群里", None), (E, "每人每天可投5票", None)), note="forced voting by staff"),
    P("nt_yj", """通知：
本号参加全市政务新媒体评选，请各县（市、区）应急管理局组织干部职工及家属每天点赞。点赞量将作为年度宣传工作考核依据。""",
      cls=E, spans=((E, "组织干部职工及家属每天点赞", None),), note="forced likes tied to appraisal"),

    # ---- notices drowned in slang ----
    P("js_rs", """姐妹们兄弟们！社保缴费基数调整了！

注意注意，2027年度社保缴费基数申报今天正式开始！打工人支棱起来💪 还没整明白的老铁们赶紧收藏，不然到时候真的会原地裂开～""",
      cls=E, spans=((E, "老铁们赶紧收藏", None), (E, "真的会原地裂开", None)), note="formal notice drowned in slang"),
    P("js_jy", """绝了！2027年高考报名这些变化你必须知道‼️

宝子们，高考报名12月1日开始啦！这次的变化简直是拿捏了，看完直呼泰裤辣～考生们速速上车🚗""",
      cls=E, spans=((E, "直呼泰裤辣", None), (E, "考生们速速上车", None)), note="exam registration notice drowned in slang"),
    P("js_wj", "流感来势汹汹，不打疫苗真的会被“流感刺客”狠狠拿捏！宇宙第一靠谱的疫苗接种点看这里👇",
      cls=E, spans=((E, "狠狠拿捏", None), (E, "宇宙第一靠谱的疫苗接种点", None)), note="health notice drowned in slang"),
    P("zj_wj", "镇江人的冬天，没有一碗锅盖面是治愈不了的，如果有，那就两碗🍜 今天也是被锅盖面治愈的一天呢～",
      cls=E, spans=((E, "今天也是被锅盖面治愈的一天呢", None),), note="off-topic mood post on the health commission's account"),
    P("sz_sc", "谁懂啊家人们！双十二剁手党请注意，这个冬天我们的钱包又要瘦成一道闪电了⚡ 反正我已经吃土了🤣",
      cls=E, spans=((E, "钱包又要瘦成一道闪电了", None), (E, "反正我已经吃土了", None)), note="slang joke with no regulatory content"),
    P("yc_st", "今天的盐城天空蓝到犯规！这波不晒朋友圈血亏，美到离谱好吗！",
      cls=E, spans=((E, "蓝到犯规", None), (E, "不晒朋友圈血亏", None)), note="air-quality report replaced by slang"),
    P("nj_ga_wb", "今日份的南京交警：站岗八小时，腿已经不是自己的了😭 但是为了大家的安全，我可以！打工人，打工魂！",
      cls=E, spans=((E, "腿已经不是自己的了", None), (E, "打工人，打工魂", None)), note="卖惨 with slang"),
    P("js_sc", "【重要提醒】！！！！！年货节来啦，小编已经准备好剁手了😂 啥？你问我食品安全？先买了再说嘛～",
      cls=E, spans=((E, "先买了再说嘛", None), (E, "小编已经准备好剁手了", None)), note="joking that belittles the food-safety message"),
    P("wx_ga", "冬天的无锡太冷了🥶 小编决定今天不上班了（开玩笑的），有人陪我去吃小笼包吗？",
      cls=E, spans=((E, "小编决定今天不上班了", None), (E, "有人陪我去吃小笼包吗", None)), note="off-topic 卖萌"),
    P("js_wl", "江苏十三太保又开始内卷了！你们猜猜哪个城市的小编最能整活？评论区pk起来👊",
      cls=E, spans=((E, "哪个城市的小编最能整活", None), (E, "评论区pk起来", None)), note="meme bait for rivalry"),
    P("sz_xw", "今天冬至！苏州人的冬至大如年，冬酿酒喝起来～喝醉了别找小编哦🍶 小编已经提前醉了😵‍💫",
      cls=E, spans=((E, "小编已经提前醉了", None),), note="joking about drinking on the official account"),
    P("lyg_wl", "一个人出门看海，风好大，心好冷🥲 失恋的时候就来连云港吧，大海会治愈你的～",
      cls=E, spans=((E, "失恋的时候就来连云港吧", None),), note="卖惨 emotional tourism copy"),
    P("xz_qx", "今天徐州的风：呼呼呼～小编的发型：已阵亡💀 大家明天出门记得戴帽子，不然就跟我一样秃了😂",
      cls=E, spans=((E, "小编的发型：已阵亡", None), (E, "跟我一样秃了", None)), note="self-mocking jokes"),
    P("nj_xw", "突发！南京地铁里有人求婚成功了💍 单身狗表示受到一万点暴击！祝福这对新人！",
      cls=E, spans=((E, "单身狗表示受到一万点暴击", None),), note="private event turned into gossip"),

    # ---- hard negatives (lively but legitimate) ----
    P("nj_xw", "【大雪节气】今日大雪。“燕山雪花大如席”的画面虽在北方，但南京的冬天同样值得期待。请注意防寒保暖，雨雪天出行注意交通安全。",
      hn=HN, note="solar-term greeting with safety advice"),
    P("js_ga", "【反诈小剧场】“刷单返利”就像钓鱼，先给你点甜头，再把你钓上钩🎣 记住：所有刷单都是诈骗！",
      hn=HN, note="lively anti-fraud message"),
    P("nj_ga", "萌宠也来学反诈🐶 警犬“黑豆”提醒您：陌生链接不要点，验证码不要给！#反诈宣传",
      hn=HN, note="anti-fraud post using a police dog; legitimate"),
    P("sz_xw", "为坚守岗位的环卫工人点赞👍 寒潮来临，他们凌晨四点就开始清扫道路，守护城市整洁。",
      hn=HN, note="praise of workers, legitimate"),
    P("js_wl", "冬天的江苏有多美？南京的梅、苏州的雪、扬州的月、无锡的鼋头渚……一起来水韵江苏过冬吧❄️ #冬游江苏",
      hn=HN, note="official tourism promotion in a lively tone"),
    P("nj_xw_dy", "【摇号结果公布】南京市2026年第四季度保障性租赁住房摇号结果已公布，请申请人登录“我的南京”App查询。",
      hn=HN, note="official lottery (摇号), not a follower lottery"),
    P("xz_wl", "汉代兵马俑“冬日限定”版——徐州汉文化景区迎来今冬首场雪，快来打卡！#徐州",
      hn=HN, note="local scenery promotion, legitimate"),
    P("wx_jy", "寒假作业不是“负担”而是“成长”。今天小编给家长们带来5个实用小贴士，帮助孩子合理安排假期学习和运动。",
      hn=HN, note="小编 tips with content, legitimate"),
    P("cz_rs", "【温馨提示】天冷了，来人社服务大厅办事的群众，我们准备了热水和暖手宝，欢迎您来～",
      hn=HN, note="温馨提示 with service content"),
    P("ha_ny", "致敬新时代农民！淮安种粮大户王建国今年种植小麦1200亩，亩产达到1150斤，为他点赞！",
      hn=HN, note="为…点赞 praising a farmer; legitimate"),
    P("yz_xw", "【扬州市民运动会】12月8日，扬州市民冬季长跑比赛开跑，欢迎市民报名参加。",
      hn=HN, note="official event announcement"),
    P("zj_wj", "冬至到，饺子香！健康提示：饺子馅料少盐少油，多搭配蔬菜，饭后适量运动。祝大家冬至安康🥟",
      hn=HN, note="festival greeting with health advice"),
    P("js_jy", "【网络安全知识竞赛】全省中小学生网络安全知识竞赛开始了，答题即可获得电子证书。",
      hn=HN, note="official quiz competition, not an entertainment quiz"),
]

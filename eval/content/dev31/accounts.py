"""Accounts of the twenty-seventh held-out part: registered accounts of units of a province-level region no other
content part uses (Hainan), and the (unregistered) source accounts whose (new) documents are copied."""


def R(key, unit, platform, account_id, name, region, competent_unit, contact, filed_at, description, followers):
    return dict(key=key, unit=unit, platform=platform, account_id=account_id, name=name, region=region,
                competent_unit=competent_unit, contact=contact, filed_at=filed_at,
                verified_reason=unit if platform != "weibo" else unit + "官方微博",
                description=description, followers=followers)


HN_ = "海南省"
GOV = "海南省人民政府办公厅"

REGISTERED = [
    R("hn_ga", HN_ + "公安厅", "weibo", "3185027469", "海南公安", HN_,
      GOV, "琼警 0898-6883xxx", "2019-06-18", HN_ + "公安厅官方微博", 1284390),
    R("hn_lw", HN_ + "旅游和文化广电体育厅", "douyin", "hainanlvwenting", "海南旅文", HN_,
      GOV, "椰风 0898-6536xxx", "2020-05-12", HN_ + "旅游和文化广电体育厅官方抖音号", 2463815),
    R("hn_wj", HN_ + "卫生健康委员会", "wechat", "hnwsjkwgzh", "健康海南", HN_,
      GOV, "琼康 0898-6530xxx", "2020-02-25", HN_ + "卫生健康委员会官方公众号", 541276),
    R("hn_nw", HN_ + "农业农村厅", "wechat", "hnnynctgzh", "海南农业农村", HN_,
      GOV, "南繁 0898-6533xxx", "2020-09-08", HN_ + "农业农村厅官方公众号", 164082),
    R("hn_sj", HN_ + "市场监督管理局", "wechat", "hnscjdgljgzh", "海南市场监管", HN_,
      GOV, "琼市 0898-6671xxx", "2020-01-14", HN_ + "市场监督管理局官方公众号", 218634),
    R("hn_yj", HN_ + "应急管理厅", "weibo", "6340718295", "海南应急管理", HN_,
      GOV, "琼安 0898-6575xxx", "2020-07-21", HN_ + "应急管理厅官方微博", 176905),
    R("hk_xw", "海口市人民政府新闻办公室", "weibo", "2870354196", "海口发布", HN_ + "海口市",
      "海口市人民政府办公厅", "龙华 0898-6872xxx", "2019-03-26", "海口市人民政府新闻办公室官方微博", 1527438),
    R("hk_ga", "海口市公安局", "douyin", "haikougongan", "海口公安", HN_ + "海口市",
      "海口市人民政府办公厅", "美兰 0898-6653xxx", "2020-08-11", "海口市公安局官方抖音号", 1046271),
    R("hk_jy", "海口市教育局", "wechat", "hkjyjgzh", "海口教育", HN_ + "海口市",
      "海口市人民政府办公厅", "琼山 0898-6872xxx", "2019-10-29", "海口市教育局官方公众号", 389562),
    R("sy_lw", "三亚市旅游和文化广电体育局", "douyin", "sanyalvwen", "三亚文旅", HN_ + "三亚市",
      "三亚市人民政府办公室", "吉阳 0898-8836xxx", "2020-04-07", "三亚市旅游和文化广电体育局官方抖音号", 1893047),
    R("sy_ga", "三亚市公安局", "weibo", "5061839274", "三亚公安", HN_ + "三亚市",
      "三亚市人民政府办公室", "天涯 0898-8827xxx", "2019-11-05", "三亚市公安局官方微博", 612580),
    R("ss_zf", "三沙市人民政府", "wechat", "sanshazfgzh", "三沙发布", HN_ + "三沙市",
      "三沙市人民政府办公室", "永兴 0898-6681xxx", "2020-12-01", "三沙市人民政府官方公众号", 97315),
    R("dz_rs", "儋州市人力资源和社会保障局", "wechat", "dzrsjgzh", "儋州人社", HN_ + "儋州市",
      "儋州市人民政府办公室", "那大 0898-2332xxx", "2021-02-09", "儋州市人力资源和社会保障局官方公众号", 41268),
    R("dz_nw", "儋州市农业农村局", "wechat", "dznyncjgzh", "儋州农业农村", HN_ + "儋州市",
      "儋州市人民政府办公室", "木棠 0898-2335xxx", "2021-04-20", "儋州市农业农村局官方公众号", 23917),
    R("qh_lw", "琼海市旅游和文化广电体育局", "weibo", "7235019846", "琼海文旅", HN_ + "琼海市",
      "琼海市人民政府办公室", "嘉积 0898-6292xxx", "2020-06-16", "琼海市旅游和文化广电体育局官方微博", 286403),
    R("wc_wj", "文昌市卫生健康委员会", "wechat", "wcwjwgzh", "健康文昌", HN_ + "文昌市",
      "文昌市人民政府办公室", "文城 0898-6324xxx", "2021-03-02", "文昌市卫生健康委员会官方公众号", 35729),
    R("wn_yj", "万宁市应急管理局", "wechat", "wnyjgljgzh", "万宁应急管理", HN_ + "万宁市",
      "万宁市人民政府办公室", "万城 0898-6222xxx", "2021-05-25", "万宁市应急管理局官方公众号", 16842),
    R("wzs_lw", "五指山市旅游和文化广电体育局", "douyin", "wuzhishanlvwen", "五指山文旅", HN_ + "五指山市",
      "五指山市人民政府办公室", "通什 0898-8662xxx", "2020-11-17", "五指山市旅游和文化广电体育局官方抖音号", 354196),
    R("df_qx", "东方市气象局", "weibo", "5819360472", "东方气象", HN_ + "东方市",
      "东方市人民政府办公室", "八所 0898-2552xxx", "2020-10-13", "东方市气象局官方微博", 38254),
    R("ls_lw", "陵水黎族自治县旅游和文化广电体育局", "douyin", "lingshuilvwen", "陵水文旅", HN_ + "陵水黎族自治县",
      "陵水黎族自治县人民政府办公室", "椰林 0898-8332xxx", "2020-03-31", "陵水黎族自治县旅游和文化广电体育局官方抖音号", 517638),
    R("ls_sj", "陵水黎族自治县市场监督管理局", "wechat", "lsscjggzh", "陵水市场监管", HN_ + "陵水黎族自治县",
      "陵水黎族自治县人民政府办公室", "英州 0898-8331xxx", "2021-06-22", "陵水黎族自治县市场监督管理局官方公众号", 12406),
    R("bt_wj", "保亭黎族苗族自治县卫生健康委员会", "wechat", "btwjwgzh", "健康保亭", HN_ + "保亭黎族苗族自治县",
      "保亭黎族苗族自治县人民政府办公室", "保城 0898-8366xxx", "2021-07-13", "保亭黎族苗族自治县卫生健康委员会官方公众号", 9873),
]


def W(base, key, platform, uid, followers, filed_at="2021-05-10"):
    """Another account (Weibo or Douyin) of a unit listed above."""
    b = next(a for a in REGISTERED if a["key"] == base)
    kind = "官方微博" if platform == "weibo" else "官方抖音号"
    return R(key, b["unit"], platform, uid, b["name"], b["region"], b["competent_unit"], b["contact"], filed_at,
             b["unit"] + kind, followers)


REGISTERED += [
    W("hn_ga", "hn_ga_dy", "douyin", "hainangongan110", 1173405, "2020-09-15"),
    W("hn_lw", "hn_lw_wb", "weibo", "1954738026", 1629417, "2019-08-20"),
    W("hk_xw", "hk_xw_dy", "douyin", "haikoufabu", 836912, "2021-01-19"),
    W("sy_ga", "sy_ga_dy", "douyin", "sanyagongan", 704518, "2020-12-08"),
    W("sy_lw", "sy_lw_wb", "weibo", "3592046187", 948230, "2019-12-17"),
]


def S(key, platform, account_id, name, verified_type, verified_reason, description, followers):
    return dict(key=key, platform=platform, account_id=account_id, name=name, verified_type=verified_type,
                verified_reason=verified_reason, description=description, followers=followers)


SOURCES = [
    S("gov_wx", "wechat", "gov-cn", "中国政府网", "government", "中华人民共和国国务院办公厅",
      "中国政府网官方公众号", 21802517),
    S("xh_wb", "weibo", "xinhua", "新华社", "media", "新华通讯社官方微博", "新华社官方微博", 108734062),
    S("rmrb_wx", "wechat", "people-daily", "人民日报", "media", "人民日报社", "人民日报官方公众号", 49015386),
    S("cctv_wb", "weibo", "cctv-news", "央视新闻", "media", "中央广播电视总台央视新闻官方微博",
      "中央广播电视总台央视新闻官方微博", 134860275),
    S("nhc_wx", "wechat", "nhc", "健康中国", "government", "中华人民共和国国家卫生健康委员会",
      "国家卫生健康委员会官方公众号", 6381045),
    S("mem_wx", "wechat", "mem-gov", "中国应急管理", "government", "中华人民共和国应急管理部",
      "应急管理部官方公众号", 4270962),
    S("mps_wb", "weibo", "mps-cid", "公安部刑侦局", "government", "公安部刑事侦查局官方微博",
      "公安部刑事侦查局官方微博", 8175340),
    S("cma_wb", "weibo", "cma", "中国气象局", "government", "中国气象局官方微博", "中国气象局官方微博", 5689213),
]


FOOTERS = {
    "hn_wj": (["海南省登革热防控知识问答", "全省三甲医院候鸟门诊一览", "海南省家庭医生签约指南",
               "海南省儿童疫苗接种时间表", "海南省医保异地结算怎么办"], ["琼康", "符晓琳"], ["王家栋"]),
    "hn_nw": (["冬季瓜菜北运生产技术要点", "南繁育种基地管理规定解读", "海南省槟榔黄化病防控指南",
               "全省热带水果采后处理提示", "海南省农资打假举报电话"], ["南繁", "陈家豪"], ["林振南"]),
    "hn_sj": (["海南省冬季旅游市场价格提醒", "全省食品安全抽检结果公示", "海南省电动自行车质量抽查",
               "海南省经营主体年报须知", "12315消费维权典型案例"], ["琼市", "吴美霞"], ["冯启明"]),
    "hk_jy": (["海口市中小学防溺水安全教育", "海口市义务教育招生政策问答", "海口市校园午餐公示制度",
               "海口市中小学心理健康热线", "海口市教师招聘公告汇总"], ["琼山", "李欣妍"], ["邢国华"]),
    "ss_zf": (["三沙市海洋生态保护简报", "永兴岛便民服务指南", "三沙市渔民转产转业政策",
               "三沙市垃圾分类工作进展", "三沙市海上搜救电话"], ["永兴", "羊晓峰"], ["云志坚"]),
    "dz_rs": (["儋州市冬季招聘会日程", "儋州市灵活就业参保问答", "儋州市技能培训补贴申领",
               "儋州市社保卡服务网点", "儋州市欠薪线索反映渠道"], ["那大", "谢雨晴"], ["黄文彬"]),
    "dz_nw": (["儋州市冬季瓜菜种植指导", "儋州市橡胶林下经济发展", "儋州市农机购置补贴公示",
               "儋州市动物防疫要点", "儋州市高标准农田建设进展"], ["木棠", "钟瑞"], ["郑海涛"]),
    "wc_wj": (["文昌市流感就诊指南", "文昌市孕产妇健康服务", "文昌市基层医疗机构名录",
               "文昌市老年人健康体检安排", "文昌市无偿献血点位"], ["文城", "潘小燕"], ["韩德明"]),
    "wn_yj": (["万宁市台风季防御提示", "万宁市燃气使用安全须知", "万宁市应急避难场所分布",
               "万宁市海上作业安全提醒", "万宁市安全生产举报奖励"], ["万城", "蔡志强"], ["卓玉兰"]),
    "ls_sj": (["陵水县冬季旅游价格公示", "陵水县农贸市场抽检结果", "陵水县民宿消防安全检查",
               "陵水县个体户年报提醒", "陵水县消费投诉案例"], ["英州", "黎晓梅"], ["杨国平"]),
    "bt_wj": (["保亭县流感疫苗接种点", "保亭县家庭医生服务", "保亭县孕产妇健康管理",
               "保亭县慢病随访安排", "保亭县义诊活动预告"], ["保城", "王春花"], ["胡少军"]),
}

"""Accounts of the twenty-sixth held-out part: registered accounts of units of a province-level region no other
content part uses (Jilin), and the (unregistered) source accounts whose (new) documents are copied."""


def R(key, unit, platform, account_id, name, region, competent_unit, contact, filed_at, description, followers):
    return dict(key=key, unit=unit, platform=platform, account_id=account_id, name=name, region=region,
                competent_unit=competent_unit, contact=contact, filed_at=filed_at,
                verified_reason=unit if platform != "weibo" else unit + "官方微博",
                description=description, followers=followers)


JL = "吉林省"
GOV = "吉林省人民政府办公厅"

REGISTERED = [
    R("jl_ga", JL + "公安厅", "weibo", "2964107385", "吉林公安", JL,
      GOV, "吉警 0431-8209xxx", "2019-05-21", JL + "公安厅官方微博", 1502847),
    R("jl_wl", JL + "文化和旅游厅", "douyin", "jilinwenlvting", "吉林文旅", JL,
      GOV, "松辽 0431-8561xxx", "2020-04-14", JL + "文化和旅游厅官方抖音号", 2816430),
    R("jl_wj", JL + "卫生健康委员会", "wechat", "jlwjwgzh", "健康吉林", JL,
      GOV, "吉康 0431-8890xxx", "2020-03-03", JL + "卫生健康委员会官方公众号", 623914),
    R("jl_nw", JL + "农业农村厅", "wechat", "jlnynctgzh", "吉林农业农村", JL,
      GOV, "黑土 0431-8890xxx", "2020-08-19", JL + "农业农村厅官方公众号", 187265),
    R("jl_rs", JL + "人力资源和社会保障厅", "wechat", "jlrstgzh", "吉林人社", JL,
      GOV, "吉才 0431-8276xxx", "2019-12-10", JL + "人力资源和社会保障厅官方公众号", 932518),
    R("jl_yj", JL + "应急管理厅", "weibo", "6192830475", "吉林应急", JL,
      GOV, "吉安 0431-8898xxx", "2020-06-30", JL + "应急管理厅官方微博", 204736),
    R("cc_xw", "长春市人民政府新闻办公室", "weibo", "2751039864", "长春发布", JL + "长春市",
      "长春市人民政府办公厅", "南关 0431-8876xxx", "2019-04-09", "长春市人民政府新闻办公室官方微博", 1683920),
    R("cc_ga", "长春市公安局", "douyin", "changchungongan", "长春公安", JL + "长春市",
      "长春市人民政府办公厅", "朝阳 0431-8890xxx", "2020-09-22", "长春市公安局官方抖音号", 1138572),
    R("cc_wl", "长春市文化广播电视和旅游局", "wechat", "ccwgltgzh", "长春文旅", JL + "长春市",
      "长春市人民政府办公厅", "净月 0431-8271xxx", "2020-05-26", "长春市文化广播电视和旅游局官方公众号", 318604),
    R("cc_jy", "长春市教育局", "wechat", "ccjyjgzh", "长春教育", JL + "长春市",
      "长春市人民政府办公厅", "宽城 0431-8865xxx", "2019-11-19", "长春市教育局官方公众号", 407215),
    R("jls_wl", "吉林市文化广播电视和旅游局", "douyin", "jilinshiwenlv", "吉林市文旅", JL + "吉林市",
      "吉林市人民政府办公室", "船营 0432-6245xxx", "2021-01-12", "吉林市文化广播电视和旅游局官方抖音号", 946381),
    R("jls_sc", "吉林市市场监督管理局", "wechat", "jlsscjggzh", "吉林市市场监管", JL + "吉林市",
      "吉林市人民政府办公室", "昌邑 0432-6251xxx", "2020-10-20", "吉林市市场监督管理局官方公众号", 52380),
    R("sp_wj", "四平市卫生健康委员会", "wechat", "spwjwgzh", "健康四平", JL + "四平市",
      "四平市人民政府办公室", "铁西 0434-3262xxx", "2021-03-30", "四平市卫生健康委员会官方公众号", 38417),
    R("ly_yj", "辽源市应急管理局", "wechat", "lyyjgljgzh", "辽源应急管理", JL + "辽源市",
      "辽源市人民政府办公室", "龙山 0437-3215xxx", "2021-06-08", "辽源市应急管理局官方公众号", 19063),
    R("th_wl", "通化市文化广播电视和旅游局", "douyin", "tonghuawenlv", "通化文旅", JL + "通化市",
      "通化市人民政府办公室", "东昌 0435-3628xxx", "2020-12-15", "通化市文化广播电视和旅游局官方抖音号", 427905),
    R("bs_wl", "白山市文化广播电视和旅游局", "weibo", "7120493856", "白山文旅", JL + "白山市",
      "白山市人民政府办公室", "浑江 0439-3226xxx", "2020-07-07", "白山市文化广播电视和旅游局官方微博", 386214),
    R("bs_st", "白山市生态环境局", "wechat", "bssthjjgzh", "白山生态环境", JL + "白山市",
      "白山市人民政府办公室", "江源 0439-3512xxx", "2021-04-27", "白山市生态环境局官方公众号", 14582),
    R("sy_nw", "松原市农业农村局", "wechat", "synyncjgzh", "松原农业农村", JL + "松原市",
      "松原市人民政府办公室", "宁江 0438-6112xxx", "2021-02-23", "松原市农业农村局官方公众号", 26149),
    R("bc_qx", "白城市气象局", "weibo", "5093817246", "白城气象", JL + "白城市",
      "白城市人民政府办公室", "洮北 0436-3221xxx", "2020-11-24", "白城市气象局官方微博", 41730),
    R("yb_wl", "延边朝鲜族自治州文化广播电视和旅游局", "douyin", "yanbianwenlv", "延边文旅", JL + "延边朝鲜族自治州",
      "延边朝鲜族自治州人民政府办公室", "延吉 0433-2512xxx", "2020-02-18", "延边朝鲜族自治州文化广播电视和旅游局官方抖音号", 1724058),
    R("yb_ga", "延边朝鲜族自治州公安局", "weibo", "3870516294", "延边公安", JL + "延边朝鲜族自治州",
      "延边朝鲜族自治州人民政府办公室", "图们 0433-2518xxx", "2019-09-03", "延边朝鲜族自治州公安局官方微博", 273691),
    R("yb_rs", "延边朝鲜族自治州人力资源和社会保障局", "wechat", "ybrsjgzh", "延边人社", JL + "延边朝鲜族自治州",
      "延边朝鲜族自治州人民政府办公室", "珲春 0433-2537xxx", "2021-05-11", "延边朝鲜族自治州人力资源和社会保障局官方公众号", 33806),
]


def W(base, key, platform, uid, followers, filed_at="2021-05-10"):
    """Another account (Weibo or Douyin) of a unit listed above."""
    b = next(a for a in REGISTERED if a["key"] == base)
    kind = "官方微博" if platform == "weibo" else "官方抖音号"
    return R(key, b["unit"], platform, uid, b["name"], b["region"], b["competent_unit"], b["contact"], filed_at,
             b["unit"] + kind, followers)


REGISTERED += [
    W("jl_ga", "jl_ga_dy", "douyin", "jilingongan110", 1326590, "2020-10-13"),
    W("jl_wl", "jl_wl_wb", "weibo", "1862039457", 1405318, "2019-07-30"),
    W("cc_xw", "cc_xw_dy", "douyin", "changchunfabu", 905427, "2021-03-09"),
    W("cc_ga", "cc_ga_wb", "weibo", "2618730495", 712648, "2019-08-27"),
    W("yb_wl", "yb_wl_wb", "weibo", "3407162958", 865203, "2020-01-21"),
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
    "jl_wj": (["吉林省冬季心脑血管病预防提示", "全省二级以上医院夜间门诊一览", "吉林省家庭医生团队服务指南",
               "吉林省儿童入托体检须知", "吉林省异地就医备案怎么办"], ["吉康", "于晓雪"], ["姜海波"]),
    "jl_nw": (["吉林省黑土地保护性耕作补助说明", "全省秸秆离田作业安全提示", "吉林省冬季设施蔬菜管理要点",
               "吉林省高标准农田建设进展", "全省农资打假举报渠道"], ["黑土", "孙晓东"], ["崔明哲"]),
    "jl_rs": (["吉林省冬季线上招聘月日程", "吉林省失业保险稳岗返还问答", "全省技能人才评价机构名录",
               "吉林省社保卡补换领流程", "吉林省欠薪线索反映渠道"], ["吉才", "邹丽萍"], ["韩志刚"]),
    "cc_wl": (["长春冰雪新天地开园指南", "长春市博物馆冬季开放时间", "净月潭冬季活动一览",
               "长春电影节展映片单回顾", "长春文旅消费投诉电话"], ["净月", "宋佳怡"], ["许文博"]),
    "cc_jy": (["长春市中小学冬季课间活动安排", "长春市义务教育入学政策问答", "长春市校园冰雪运动课程",
               "长春市中小学生心理援助热线", "长春市教师资格认定须知"], ["宽城", "赵雨桐"], ["金成浩"]),
    "jls_sc": (["吉林市冬季散装白酒抽检结果", "吉林市电梯安全使用提示", "吉林市个体工商户年报说明",
                "吉林市雾凇季景区价格提醒", "吉林市消费投诉案例"], ["昌邑", "杜鹏"], ["常丽娟"]),
    "sp_wj": (["四平市冬季流感就诊指南", "四平市孕产妇健康管理服务", "四平市基层医院急救电话",
               "四平市老年人免费体检安排", "四平市无偿献血点位"], ["铁西", "王欣悦"], ["高立新"]),
    "ly_yj": (["辽源市冬季森林防火提示", "辽源市燃气用户安全须知", "辽源市应急避难场所分布",
               "辽源市冰雪天气出行提示", "辽源市安全生产举报奖励"], ["龙山", "李松"], ["郑淑华"]),
    "bs_st": (["白山市环境空气质量月报", "鸭绿江白山段水质通报", "白山市冬季燃煤锅炉检查",
               "白山市生态环境违法举报", "长白山保护区生态监测简讯"], ["江源", "朴恩熙"], ["吕长山"]),
    "sy_nw": (["松原市冬季畜禽防疫要点", "松原市盐碱地改良技术", "查干湖冬捕生产安全提示",
               "松原市农机购置补贴公示", "松原市秸秆综合利用指南"], ["宁江", "白玉梅"], ["田振宇"]),
    "yb_rs": (["延边州冬季招聘会安排", "延边州创业担保贷款问答", "延边州社保待遇资格认证",
               "延边州职业技能培训补贴", "延边州劳动保障监察电话"], ["珲春", "全美玉"], ["方哲"]),
}

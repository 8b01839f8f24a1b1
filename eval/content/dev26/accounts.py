"""Accounts of the twenty-second held-out part: registered accounts of units of a province no other content part
uses (Guangxi), and the (unregistered) source accounts whose (new) documents are copied."""


def R(key, unit, platform, account_id, name, region, competent_unit, contact, filed_at, description, followers):
    return dict(key=key, unit=unit, platform=platform, account_id=account_id, name=name, region=region,
                competent_unit=competent_unit, contact=contact, filed_at=filed_at,
                verified_reason=unit if platform != "weibo" else unit + "官方微博",
                description=description, followers=followers)


GX = "广西壮族自治区"
GOV = "广西壮族自治区人民政府办公厅"

REGISTERED = [
    R("gx_ga", GX + "公安厅", "weibo", "3620581947", "广西公安", GX,
      GOV, "桂安 0771-2891xxx", "2019-05-14", GX + "公安厅官方微博", 2130568),
    R("gx_wl", GX + "文化和旅游厅", "douyin", "guangxiwenlv", "广西文旅", GX,
      GOV, "八桂 0771-2806xxx", "2020-06-09", GX + "文化和旅游厅官方抖音号", 2873014),
    R("gx_wj", GX + "卫生健康委员会", "wechat", "gxwjwgzh", "健康广西", GX,
      GOV, "桂康 0771-2802xxx", "2020-03-17", GX + "卫生健康委员会官方公众号", 731529),
    R("gx_sc", GX + "市场监督管理局", "wechat", "gxscjgjgzh", "广西市场监管", GX,
      GOV, "桂衡 0771-5337xxx", "2020-08-25", GX + "市场监督管理局官方公众号", 248163),
    R("gx_jy", GX + "教育厅", "wechat", "gxjytgzh", "广西教育", GX,
      GOV, "桂学 0771-5815xxx", "2019-11-12", GX + "教育厅官方公众号", 603845),
    R("gx_yj", GX + "应急管理厅", "weibo", "5208637194", "广西应急管理", GX,
      GOV, "桂安全 0771-5606xxx", "2020-04-28", GX + "应急管理厅官方微博", 187402),
    R("nn_xw", "南宁市人民政府新闻办公室", "weibo", "2739405186", "南宁发布", GX + "南宁市",
      "南宁市人民政府办公室", "邕州 0771-5530xxx", "2019-02-26", "南宁市人民政府新闻办公室官方微博", 2316947),
    R("nn_ga", "南宁市公安局", "douyin", "nanninggongan", "南宁公安", GX + "南宁市",
      "南宁市人民政府办公室", "青秀 0771-2898xxx", "2020-09-15", "南宁市公安局官方抖音号", 1428306),
    R("gl_wl", "桂林市文化广电和旅游局", "wechat", "glwglyj", "桂林文旅", GX + "桂林市",
      "桂林市人民政府办公室", "秀峰 0773-2826xxx", "2020-05-19", "桂林市文化广电和旅游局官方公众号", 682471),
    R("gl_yj", "桂林市应急管理局", "wechat", "glyjgljgzh", "桂林应急管理", GX + "桂林市",
      "桂林市人民政府办公室", "叠彩 0773-2885xxx", "2021-03-30", "桂林市应急管理局官方公众号", 36518),
    R("lz_xw", "柳州市人民政府新闻办公室", "weibo", "6041938275", "柳州发布", GX + "柳州市",
      "柳州市人民政府办公室", "城中 0772-2826xxx", "2019-08-06", "柳州市人民政府新闻办公室官方微博", 512830),
    R("lz_st", "柳州市生态环境局", "wechat", "lzsthjjgzh", "柳州生态环境", GX + "柳州市",
      "柳州市人民政府办公室", "鱼峰 0772-2606xxx", "2021-02-23", "柳州市生态环境局官方公众号", 28405),
    R("bh_wl", "北海市文化广电和旅游局", "douyin", "beihaiwenlv", "北海文旅", GX + "北海市",
      "北海市人民政府办公室", "海城 0779-3051xxx", "2021-01-19", "北海市文化广电和旅游局官方抖音号", 795162),
    R("bh_rs", "北海市人力资源和社会保障局", "wechat", "bhrsjgzh", "北海人社", GX + "北海市",
      "北海市人民政府办公室", "银海 0779-2069xxx", "2020-07-14", "北海市人力资源和社会保障局官方公众号", 104372),
    R("yl_ny", "玉林市农业农村局", "wechat", "ylnyncjgzh", "玉林农业农村", GX + "玉林市",
      "玉林市人民政府办公室", "玉州 0775-2826xxx", "2021-04-20", "玉林市农业农村局官方公众号", 41257),
    R("wz_ga", "梧州市公安局", "weibo", "1958274630", "梧州公安", GX + "梧州市",
      "梧州市人民政府办公室", "万秀 0774-2826xxx", "2019-12-03", "梧州市公安局官方微博", 318604),
    R("wz_wj", "梧州市卫生健康委员会", "wechat", "wzwjwgzh", "健康梧州", GX + "梧州市",
      "梧州市人民政府办公室", "长洲 0774-5839xxx", "2020-11-10", "梧州市卫生健康委员会官方公众号", 83916),
    R("bs_qx", "百色市气象局", "weibo", "7315082964", "百色气象", GX + "百色市",
      "百色市人民政府办公室", "右江 0776-2829xxx", "2020-10-27", "百色市气象局官方微博", 52381),
    R("hc_lc", "河池市林业局", "wechat", "hclyjgzh", "河池林业", GX + "河池市",
      "河池市人民政府办公室", "金城江 0778-2286xxx", "2021-05-25", "河池市林业局官方公众号", 23764),
    R("cz_wl", "崇左市文化广电和旅游局", "douyin", "chongzuowenlv", "崇左文旅", GX + "崇左市",
      "崇左市人民政府办公室", "江州 0771-7962xxx", "2021-06-15", "崇左市文化广电和旅游局官方抖音号", 468290),
    R("qz_sc", "钦州市市场监督管理局", "wechat", "qzscjgjgzh", "钦州市场监管", GX + "钦州市",
      "钦州市人民政府办公室", "钦南 0777-3688xxx", "2021-02-02", "钦州市市场监督管理局官方公众号", 39842),
    R("hz_jy", "贺州市教育局", "wechat", "hzjyjgzh", "贺州教育", GX + "贺州市",
      "贺州市人民政府办公室", "八步 0774-5283xxx", "2020-12-08", "贺州市教育局官方公众号", 61275),
]


def W(base, key, platform, uid, followers, filed_at="2021-05-10"):
    """Another account (Weibo or Douyin) of a unit listed above."""
    b = next(a for a in REGISTERED if a["key"] == base)
    kind = "官方微博" if platform == "weibo" else "官方抖音号"
    return R(key, b["unit"], platform, uid, b["name"], b["region"], b["competent_unit"], b["contact"], filed_at,
             b["unit"] + kind, followers)


REGISTERED += [
    W("gx_ga", "gx_ga_dy", "douyin", "guangxigongan110", 2051836, "2020-10-13"),
    W("gx_wl", "gx_wl_wb", "weibo", "2604917358", 1290475, "2019-07-23"),
    W("nn_xw", "nn_xw_dy", "douyin", "nanningfabu", 1372094, "2021-01-05"),
    W("nn_ga", "nn_ga_wb", "weibo", "1847203965", 1016238, "2019-06-18"),
    W("lz_xw", "lz_xw_dy", "douyin", "liuzhoufabu", 402716, "2021-07-27"),
]


def S(key, platform, account_id, name, verified_type, verified_reason, description, followers):
    return dict(key=key, platform=platform, account_id=account_id, name=name, verified_type=verified_type,
                verified_reason=verified_reason, description=description, followers=followers)


SOURCES = [
    S("gov_wx", "wechat", "gov-cn", "中国政府网", "government", "中华人民共和国国务院办公厅",
      "中国政府网官方公众号", 21702846),
    S("xh_wb", "weibo", "xinhua", "新华社", "media", "新华通讯社官方微博", "新华社官方微博", 108611390),
    S("rmrb_wx", "wechat", "people-daily", "人民日报", "media", "人民日报社", "人民日报官方公众号", 48903177),
    S("cctv_wb", "weibo", "cctv-news", "央视新闻", "media", "中央广播电视总台央视新闻官方微博",
      "中央广播电视总台央视新闻官方微博", 134752064),
    S("nhc_wx", "wechat", "nhc", "健康中国", "government", "中华人民共和国国家卫生健康委员会",
      "国家卫生健康委员会官方公众号", 6352918),
    S("mem_wx", "wechat", "mem-gov", "中国应急管理", "government", "中华人民共和国应急管理部",
      "应急管理部官方公众号", 4251730),
    S("mps_wb", "weibo", "mps-cid", "公安部刑侦局", "government", "公安部刑事侦查局官方微博",
      "公安部刑事侦查局官方微博", 8163205),
    S("cma_wb", "weibo", "cma", "中国气象局", "government", "中国气象局官方微博", "中国气象局官方微博", 5671482),
]


FOOTERS = {
    "gx_wj": (["广西冬春季传染病防控提示", "广西二级以上医院预约挂号渠道", "广西壮医药特色服务介绍",
               "广西家庭医生签约服务问答", "广西无偿献血点冬季时间"], ["桂康", "覃岚"], ["韦柏"]),
    "gx_sc": (["广西冬季食品抽检信息", "广西电动自行车质量提示", "广西经营主体年报指引",
               "广西价格违法行为举报渠道", "广西消费维权典型案例"], ["桂衡", "莫晴"], ["黄樟"]),
    "gx_jy": (["广西中小学寒假时间安排", "广西学生资助政策问答", "广西高校毕业生就业服务",
               "广西民族文化进校园", "广西教师资格认定提示"], ["桂学", "蒙溪"], ["农峰"]),
    "gl_wl": (["桂林冬季文旅活动预告", "桂林博物馆开放时间", "桂林老城区漫步路线",
               "桂林彩调剧演出排期", "桂林文旅消费投诉渠道"], ["秀峰", "唐榕"], ["邓竹"]),
    "gl_yj": (["桂林市冬季森林防火提示", "桂林市应急避难场所分布", "桂林市安全生产检查通报",
               "桂林市防灾减灾科普", "桂林市应急管理工作动态"], ["叠彩", "周岩"], ["秦川"]),
    "lz_st": (["柳州市空气质量月报", "柳江柳州段水质通报", "柳州市秸秆禁烧工作提示",
               "柳州市排污许可办理指南", "柳州市生态环境举报方式"], ["鱼峰", "龙溪"], ["梁木"]),
    "bh_rs": (["北海市冬季招聘会安排", "北海市就业见习岗位", "北海市养老保险缴费提示",
               "北海市职业技能培训计划", "北海市劳动维权渠道"], ["银海", "陆帆"], ["潘涛"]),
    "yl_ny": (["玉林市秋冬种进度", "玉林市耕地保护工作", "玉林市农机购置补贴公示",
               "玉林市冬季蔬菜生产要点", "玉林市农技服务热线"], ["玉州", "钟禾"], ["李穗"]),
    "wz_wj": (["梧州市流感疫苗接种点", "梧州市急救知识科普", "梧州市家庭医生签约服务",
               "梧州市老年人体检安排", "梧州市冬季就医提示"], ["长洲", "甘棠"], ["岑怡"]),
    "hc_lc": (["河池市冬季森林防火提示", "河池市野生动物保护宣传", "河池市林下经济发展情况",
               "河池市油茶产业动态", "河池市林长制工作动态"], ["金城江", "蓝杉"], ["黎松"]),
    "qz_sc": (["钦州市冬季食品安全提示", "钦州市计量器具检定公告", "钦州市价格监督检查通报",
               "钦州市特种设备安全提示", "钦州市消费投诉典型案例"], ["钦南", "苏禾"], ["卢帆"]),
    "hz_jy": (["贺州市中小学冬季作息时间", "贺州市课后服务工作问答", "贺州市学生资助政策",
               "贺州市校园冬季安全提示", "贺州市教师招聘公告"], ["八步", "梁溪"], ["冯岚"]),
}

"""Accounts of the twenty-ninth held-out part: registered accounts of units of a province-level region no other
content part uses (Tibet), and the (unregistered) source accounts whose (new) documents are copied."""


def R(key, unit, platform, account_id, name, region, competent_unit, contact, filed_at, description, followers):
    return dict(key=key, unit=unit, platform=platform, account_id=account_id, name=name, region=region,
                competent_unit=competent_unit, contact=contact, filed_at=filed_at,
                verified_reason=unit if platform != "weibo" else unit + "官方微博",
                description=description, followers=followers)


XZ = "西藏自治区"
GOV = "西藏自治区人民政府办公厅"
LS = XZ + "拉萨市"
RKZ = XZ + "日喀则市"
CD = XZ + "昌都市"
LZ = XZ + "林芝市"
SN = XZ + "山南市"
NQ = XZ + "那曲市"
AL = XZ + "阿里地区"

REGISTERED = [
    R("xz_ga", XZ + "公安厅", "weibo", "2817390465", "西藏公安", XZ,
      GOV, "雪域 0891-6324xxx", "2019-06-11", XZ + "公安厅官方微博", 982341),
    R("xz_wl", XZ + "文化和旅游厅", "douyin", "xizangwenlvting", "西藏文旅", XZ,
      GOV, "圣地 0891-6835xxx", "2020-05-19", XZ + "文化和旅游厅官方抖音号", 2694107),
    R("xz_wj", XZ + "卫生健康委员会", "wechat", "xzwjwxxfb", "健康西藏", XZ,
      GOV, "藏康 0891-6329xxx", "2020-02-25", XZ + "卫生健康委员会官方公众号", 318462),
    R("xz_jy", XZ + "教育厅", "wechat", "xzjytfb", "西藏教育", XZ,
      GOV, "格桑 0891-6333xxx", "2020-09-08", XZ + "教育厅官方公众号", 276903),
    R("xz_yj", XZ + "应急管理厅", "wechat", "xzyjgltfb", "西藏应急管理", XZ,
      GOV, "高原 0891-6825xxx", "2020-11-17", XZ + "应急管理厅官方公众号", 104729),
    R("xz_lc", XZ + "林业和草原局", "weibo", "6038152947", "西藏林草", XZ,
      GOV, "羌塘 0891-6813xxx", "2019-10-22", XZ + "林业和草原局官方微博", 187534),
    R("ls_xw", "拉萨市人民政府新闻办公室", "weibo", "3920471856", "拉萨发布", LS,
      "拉萨市人民政府办公厅", "日光 0891-6327xxx", "2019-03-26", "拉萨市人民政府新闻办公室官方微博", 1106825),
    R("ls_ga", "拉萨市公安局", "douyin", "lhasagongan110", "拉萨公安", LS,
      "拉萨市人民政府办公厅", "北京中路 0891-6248xxx", "2020-06-09", "拉萨市公安局官方抖音号", 836214),
    R("cg_sj", "拉萨市城关区市场监督管理局", "wechat", "chengguanscjg", "城关市场监管", LS + "城关区",
      "拉萨市城关区人民政府办公室", "吉日 0891-6321xxx", "2021-04-20", "拉萨市城关区市场监督管理局官方公众号", 12647),
    R("rkz_zf", "日喀则市人民政府", "wechat", "rikazefabu", "日喀则发布", RKZ,
      "日喀则市人民政府办公室", "年楚 0892-8822xxx", "2020-04-14", "日喀则市人民政府官方公众号", 203586),
    R("rkz_wl", "日喀则市文化和旅游局", "douyin", "rikazewenlv", "日喀则文旅", RKZ,
      "日喀则市人民政府办公室", "珠峰 0892-8836xxx", "2020-08-04", "日喀则市文化和旅游局官方抖音号", 451270),
    R("dr_wl", "定日县文化和旅游局", "wechat", "dingriwenlv", "定日文旅", RKZ + "定日县",
      "定日县人民政府办公室", "协格尔 0892-8262xxx", "2021-05-25", "定日县文化和旅游局官方公众号", 18930),
    R("cd_wj", "昌都市卫生健康委员会", "wechat", "changduwjw", "健康昌都", CD,
      "昌都市人民政府办公室", "卡若 0895-4822xxx", "2020-12-01", "昌都市卫生健康委员会官方公众号", 41285),
    R("cd_nw", "昌都市农业农村局", "wechat", "changdunyncj", "昌都农业农村", CD,
      "昌都市人民政府办公室", "澜沧 0895-4833xxx", "2021-02-09", "昌都市农业农村局官方公众号", 23514),
    R("lz_wl", "林芝市文化和旅游局", "douyin", "nyingchiwenlv", "林芝文旅", LZ,
      "林芝市人民政府办公室", "尼洋 0894-5822xxx", "2020-03-31", "林芝市文化和旅游局官方抖音号", 612408),
    R("lz_ga", "林芝市公安局", "weibo", "5204718396", "林芝公安", LZ,
      "林芝市人民政府办公室", "八一 0894-5826xxx", "2019-11-05", "林芝市公安局官方微博", 296137),
    R("by_yj", "林芝市巴宜区应急管理局", "wechat", "bayiyjgl", "巴宜应急管理", LZ + "巴宜区",
      "林芝市巴宜区人民政府办公室", "百巴 0894-5883xxx", "2021-06-22", "林芝市巴宜区应急管理局官方公众号", 9852),
    R("sn_zf", "山南市人民政府", "wechat", "shannanfb", "山南发布", SN,
      "山南市人民政府办公室", "泽当 0893-7822xxx", "2020-07-28", "山南市人民政府官方公众号", 167340),
    R("sn_qx", "山南市气象局", "weibo", "7461029385", "山南气象", SN,
      "山南市人民政府办公室", "雅砻 0893-7831xxx", "2020-10-13", "山南市气象局官方微博", 21806),
    R("nq_rs", "那曲市人力资源和社会保障局", "wechat", "naqurenshe", "那曲人社", NQ,
      "那曲市人民政府办公室", "色尼 0896-3822xxx", "2021-03-02", "那曲市人力资源和社会保障局官方公众号", 15473),
    R("al_xs", "阿里地区行政公署", "wechat", "ngarifabu", "阿里发布", AL,
      "阿里地区行政公署办公室", "狮泉河 0897-2822xxx", "2020-06-16", "阿里地区行政公署官方公众号", 58219),
    R("pl_sj", "普兰县市场监督管理局", "wechat", "pulanscjg", "普兰市场监管", AL + "普兰县",
      "普兰县人民政府办公室", "孔雀河 0897-2602xxx", "2021-08-10", "普兰县市场监督管理局官方公众号", 6318),
]


def W(base, key, platform, uid, followers, filed_at="2021-05-10"):
    """Another account (Weibo or Douyin) of a unit listed above."""
    b = next(a for a in REGISTERED if a["key"] == base)
    kind = "官方微博" if platform == "weibo" else "官方抖音号"
    return R(key, b["unit"], platform, uid, b["name"], b["region"], b["competent_unit"], b["contact"], filed_at,
             b["unit"] + kind, followers)


REGISTERED += [
    W("xz_ga", "xz_ga_dy", "douyin", "xizangjingcha", 745920, "2020-09-15"),
    W("xz_wl", "xz_wl_wb", "weibo", "1748302956", 1520683, "2019-08-20"),
    W("ls_xw", "ls_xw_dy", "douyin", "lhasafabu", 590274, "2021-01-12"),
    W("lz_ga", "lz_ga_dy", "douyin", "nyingchijingfang", 188306, "2020-12-08"),
    W("lz_wl", "lz_wl_wb", "weibo", "3069518247", 176415, "2020-04-27"),
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
    "xz_wj": (["西藏自治区高原病就诊指引", "全区包虫病免费筛查安排", "西藏自治区异地就医直接结算",
               "冬季取暖防一氧化碳中毒", "全区孕产妇健康管理服务"], ["藏康", "次仁央宗"], ["王建林"]),
    "xz_jy": (["西藏自治区寒假学生安全提示", "全区“三包”政策问答", "西藏高校学生资助申请指南",
               "全区教师资格认定安排", "西藏自治区中考政策解读"], ["格桑", "白玛曲珍"], ["刘志远"]),
    "xz_yj": (["西藏冬春季森林草原防火", "全区地质灾害避险常识", "西藏自治区应急避难场所",
               "高海拔道路冰雪出行提示", "全区安全生产举报渠道"], ["高原", "罗布顿珠"], ["陈光明"]),
    "cg_sj": (["城关区冬季燃气安全检查", "城关区农贸市场价格公示", "城关区餐饮油烟治理",
               "城关区个体户年报提醒", "城关区消费投诉典型案例"], ["吉日", "卓嘎"], ["李海涛"]),
    "rkz_zf": (["日喀则市冬季旅游惠民政策", "日喀则市政务服务事项清单", "日喀则市城乡居民医保缴费",
                "日喀则市12345热线办理情况", "日喀则市清洁取暖补贴"], ["年楚", "普布卓玛"], ["张德华"]),
    "dr_wl": (["定日县冬季景区开放时间", "定日县民宿服务规范", "定日县边境旅游证件办理",
               "定日县高原徒步安全须知", "定日县非遗项目名录"], ["协格尔", "边巴次仁"], ["次旦"]),
    "cd_wj": (["昌都市流感就诊指南", "昌都市家庭医生签约服务", "昌都市包虫病筛查安排",
               "昌都市慢病随访提醒", "昌都市藏医院门诊时间"], ["卡若", "拉姆"], ["赵永平"]),
    "cd_nw": (["昌都市青稞种植技术要点", "昌都市牦牛冬季补饲指南", "昌都市农机购置补贴公示",
               "昌都市动物防疫安排", "昌都市高标准农田建设"], ["澜沧", "扎西"], ["何文斌"]),
    "by_yj": (["巴宜区冬季防火提示", "巴宜区地质灾害隐患点公示", "巴宜区应急避难场所分布",
               "巴宜区燃气安全检查通报", "巴宜区安全生产举报渠道"], ["百巴", "曲措"], ["杨明"]),
    "sn_zf": (["山南市冬季清洁取暖补贴", "雅砻文化旅游资源推介", "山南市政务服务事项清单",
               "山南市城乡居民医保缴费", "山南市12345热线办理情况"], ["泽当", "央金"], ["孙立军"]),
    "nq_rs": (["那曲市冬季招聘会日程", "那曲市灵活就业参保问答", "那曲市职业技能培训补贴",
               "那曲市社保卡服务网点", "那曲市欠薪线索反映渠道"], ["色尼", "德吉"], ["周海林"]),
    "al_xs": (["阿里地区冬季供暖保障", "阿里地区政务服务事项清单", "阿里地区边境小康村建设",
               "阿里地区城乡居民医保缴费", "阿里地区12345热线办理情况"], ["狮泉河", "次仁卓嘎"], ["吴建国"]),
    "pl_sj": (["普兰县冬季农贸市场价格公示", "普兰县边贸市场商品质量抽检", "普兰县餐饮单位消防检查",
               "普兰县个体户年报提醒", "普兰县消费投诉案例"], ["孔雀河", "旺姆"], ["多吉"]),
}

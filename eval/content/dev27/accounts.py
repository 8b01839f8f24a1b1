"""Accounts of the twenty-third held-out part: registered accounts of units of a province no other content part
uses (Inner Mongolia), and the (unregistered) source accounts whose (new) documents are copied."""


def R(key, unit, platform, account_id, name, region, competent_unit, contact, filed_at, description, followers):
    return dict(key=key, unit=unit, platform=platform, account_id=account_id, name=name, region=region,
                competent_unit=competent_unit, contact=contact, filed_at=filed_at,
                verified_reason=unit if platform != "weibo" else unit + "官方微博",
                description=description, followers=followers)


NM = "内蒙古自治区"
GOV = "内蒙古自治区人民政府办公厅"

REGISTERED = [
    R("nm_ga", NM + "公安厅", "weibo", "3185027469", "内蒙古公安", NM,
      GOV, "北疆 0471-6962xxx", "2019-04-16", NM + "公安厅官方微博", 1873402),
    R("nm_wl", NM + "文化和旅游厅", "douyin", "neimengguwenlv", "内蒙古文旅", NM,
      GOV, "草原 0471-6283xxx", "2020-05-12", NM + "文化和旅游厅官方抖音号", 2468130),
    R("nm_wj", NM + "卫生健康委员会", "wechat", "nmgwjwgzh", "健康内蒙古", NM,
      GOV, "健北 0471-6944xxx", "2020-02-25", NM + "卫生健康委员会官方公众号", 652318),
    R("nm_sc", NM + "市场监督管理局", "wechat", "nmgscjggzh", "内蒙古市场监管", NM,
      GOV, "衡北 0471-4601xxx", "2020-09-08", NM + "市场监督管理局官方公众号", 213907),
    R("nm_jy", NM + "教育厅", "wechat", "nmgjytgzh", "内蒙古教育", NM,
      GOV, "学北 0471-2867xxx", "2019-10-22", NM + "教育厅官方公众号", 584219),
    R("nm_lc", NM + "林业和草原局", "weibo", "5630918427", "内蒙古林草", NM,
      GOV, "青林 0471-6281xxx", "2020-07-07", NM + "林业和草原局官方微博", 146830),
    R("hh_xw", "呼和浩特市人民政府新闻办公室", "weibo", "2916047385", "青城发布", NM + "呼和浩特市",
      "呼和浩特市人民政府办公室", "新城 0471-6606xxx", "2019-03-19", "呼和浩特市人民政府新闻办公室官方微博", 1893516),
    R("hh_ga", "呼和浩特市公安局", "douyin", "huhehaotegongan", "呼和浩特公安", NM + "呼和浩特市",
      "呼和浩特市人民政府办公室", "回民 0471-6958xxx", "2020-08-18", "呼和浩特市公安局官方抖音号", 1206473),
    R("bt_wl", "包头市文化旅游广电局", "wechat", "btwlgdjgzh", "包头文旅", NM + "包头市",
      "包头市人民政府办公室", "昆都仑 0472-5153xxx", "2020-06-23", "包头市文化旅游广电局官方公众号", 438205),
    R("bt_yj", "包头市应急管理局", "wechat", "btyjgljgzh", "包头应急管理", NM + "包头市",
      "包头市人民政府办公室", "青山 0472-5617xxx", "2021-03-16", "包头市应急管理局官方公众号", 31846),
    R("ed_xw", "鄂尔多斯市人民政府新闻办公室", "weibo", "6273019548", "鄂尔多斯发布", NM + "鄂尔多斯市",
      "鄂尔多斯市人民政府办公室", "康巴什 0477-8588xxx", "2019-09-10", "鄂尔多斯市人民政府新闻办公室官方微博", 726381),
    R("ed_st", "鄂尔多斯市生态环境局", "wechat", "edsthjjgzh", "鄂尔多斯生态环境", NM + "鄂尔多斯市",
      "鄂尔多斯市人民政府办公室", "东胜 0477-8362xxx", "2021-01-26", "鄂尔多斯市生态环境局官方公众号", 25719),
    R("cf_wl", "赤峰市文化旅游体育局", "douyin", "chifengwenlv", "赤峰文旅", NM + "赤峰市",
      "赤峰市人民政府办公室", "红山 0476-8328xxx", "2021-04-13", "赤峰市文化旅游体育局官方抖音号", 517264),
    R("cf_rs", "赤峰市人力资源和社会保障局", "wechat", "cfrsjgzh", "赤峰人社", NM + "赤峰市",
      "赤峰市人民政府办公室", "松山 0476-8830xxx", "2020-10-20", "赤峰市人力资源和社会保障局官方公众号", 96548),
    R("tl_nm", "通辽市农牧局", "wechat", "tlnmjgzh", "通辽农牧", NM + "通辽市",
      "通辽市人民政府办公室", "科尔沁 0475-8212xxx", "2021-05-11", "通辽市农牧局官方公众号", 38204),
    R("hl_ga", "呼伦贝尔市公安局", "weibo", "1739462058", "呼伦贝尔公安", NM + "呼伦贝尔市",
      "呼伦贝尔市人民政府办公室", "海拉尔 0470-8241xxx", "2019-11-26", "呼伦贝尔市公安局官方微博", 284137),
    R("hl_wj", "呼伦贝尔市卫生健康委员会", "wechat", "hlbewjwgzh", "健康呼伦贝尔", NM + "呼伦贝尔市",
      "呼伦贝尔市人民政府办公室", "扎赉诺尔 0470-8323xxx", "2020-12-15", "呼伦贝尔市卫生健康委员会官方公众号", 71635),
    R("wc_qx", "乌兰察布市气象局", "weibo", "7482036195", "乌兰察布气象", NM + "乌兰察布市",
      "乌兰察布市人民政府办公室", "集宁 0474-8312xxx", "2020-11-03", "乌兰察布市气象局官方微博", 46192),
    R("bn_lc", "巴彦淖尔市林业和草原局", "wechat", "bynelcjgzh", "巴彦淖尔林草", NM + "巴彦淖尔市",
      "巴彦淖尔市人民政府办公室", "临河 0478-8412xxx", "2021-06-08", "巴彦淖尔市林业和草原局官方公众号", 20583),
    R("xl_wl", "锡林郭勒盟文化旅游体育局", "douyin", "xilinguolewenlv", "锡林郭勒文旅", NM + "锡林郭勒盟",
      "锡林郭勒盟行政公署办公室", "锡林浩特 0479-8226xxx", "2021-07-20", "锡林郭勒盟文化旅游体育局官方抖音号", 392610),
    R("xa_sc", "兴安盟市场监督管理局", "wechat", "xamscjggzh", "兴安盟市场监管", NM + "兴安盟",
      "兴安盟行政公署办公室", "乌兰浩特 0482-8266xxx", "2021-02-09", "兴安盟市场监督管理局官方公众号", 34817),
    R("wh_jy", "乌海市教育局", "wechat", "whjyjgzh", "乌海教育", NM + "乌海市",
      "乌海市人民政府办公室", "海勃湾 0473-3992xxx", "2020-09-29", "乌海市教育局官方公众号", 52476),
]


def W(base, key, platform, uid, followers, filed_at="2021-05-10"):
    """Another account (Weibo or Douyin) of a unit listed above."""
    b = next(a for a in REGISTERED if a["key"] == base)
    kind = "官方微博" if platform == "weibo" else "官方抖音号"
    return R(key, b["unit"], platform, uid, b["name"], b["region"], b["competent_unit"], b["contact"], filed_at,
             b["unit"] + kind, followers)


REGISTERED += [
    W("nm_ga", "nm_ga_dy", "douyin", "neimenggugongan110", 1638205, "2020-11-17"),
    W("nm_wl", "nm_wl_wb", "weibo", "2850493716", 1147320, "2019-08-27"),
    W("hh_xw", "hh_xw_dy", "douyin", "qingchengfabu", 1204738, "2021-02-02"),
    W("hh_ga", "hh_ga_wb", "weibo", "1693528047", 938154, "2019-07-09"),
    W("ed_xw", "ed_xw_dy", "douyin", "eerduosifabu", 356092, "2021-08-24"),
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
    "nm_wj": (["内蒙古冬季呼吸道疾病防治提示", "内蒙古蒙医药特色服务", "内蒙古家庭医生签约问答",
               "内蒙古无偿献血冬季安排", "内蒙古基层医疗服务动态"], ["健北", "其木格"], ["巴图"]),
    "nm_sc": (["内蒙古冬季食品抽检信息", "内蒙古取暖器具质量提示", "内蒙古经营主体年报指引",
               "内蒙古乳制品质量安全动态", "内蒙古消费维权典型案例"], ["衡北", "乌云"], ["张岚"]),
    "nm_jy": (["内蒙古中小学寒假安排", "内蒙古学生资助政策问答", "内蒙古高校毕业生就业服务",
               "内蒙古校园冬季安全提示", "内蒙古教师资格认定提示"], ["学北", "萨仁"], ["刘峰"]),
    "bt_wl": (["包头冬季文旅活动预告", "包头博物馆开放时间", "包头冰雪游线路推荐",
               "包头漫瀚调演出排期", "包头文旅消费投诉渠道"], ["昆都仑", "高原"], ["白杨"]),
    "bt_yj": (["包头市冬季安全生产提示", "包头市应急避难场所分布", "包头市燃气安全检查通报",
               "包头市防灾减灾科普", "包头市应急管理工作动态"], ["青山", "郝晨"], ["武钢"]),
    "ed_st": (["鄂尔多斯市空气质量月报", "黄河鄂尔多斯段水质通报", "鄂尔多斯市扬尘治理提示",
               "鄂尔多斯市排污许可办理指南", "鄂尔多斯市生态环境举报方式"], ["东胜", "图雅"], ["王沙"]),
    "cf_rs": (["赤峰市冬季招聘会安排", "赤峰市就业见习岗位", "赤峰市养老保险缴费提示",
               "赤峰市职业技能培训计划", "赤峰市劳动维权渠道"], ["松山", "阿拉坦"], ["孙平"]),
    "tl_nm": (["通辽市肉牛产业动态", "通辽市冬季舍饲管理要点", "通辽市农机购置补贴公示",
               "通辽市饲草料储备情况", "通辽市农牧技术服务热线"], ["科尔沁", "包玉"], ["韩禾"]),
    "hl_wj": (["呼伦贝尔市流感疫苗接种点", "呼伦贝尔市冻伤急救科普", "呼伦贝尔市家庭医生签约服务",
               "呼伦贝尔市老年人体检安排", "呼伦贝尔市冬季就医提示"], ["海拉尔", "娜仁"], ["赵松"]),
    "bn_lc": (["巴彦淖尔市冬季森林草原防火提示", "巴彦淖尔市野生动物保护宣传", "巴彦淖尔市防沙治沙进展",
               "巴彦淖尔市林长制工作动态", "巴彦淖尔市乌梁素海生态修复"], ["临河", "杭锦"], ["马林"]),
    "xa_sc": (["兴安盟冬季食品安全提示", "兴安盟计量器具检定公告", "兴安盟价格监督检查通报",
               "兴安盟特种设备安全提示", "兴安盟消费投诉典型案例"], ["乌兰浩特", "敖登"], ["李青"]),
    "wh_jy": (["乌海市中小学冬季作息时间", "乌海市课后服务工作问答", "乌海市学生资助政策",
               "乌海市校园冬季安全提示", "乌海市教师招聘公告"], ["海勃湾", "哈斯"], ["周岩"]),
}

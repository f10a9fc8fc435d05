#!/usr/bin/env python3
"""Writes a deterministic corpus of realistic seller replies, one per line.

    python3 corpus.py LINES [SEED] > replies.txt

Replies are assembled from fragments of everyday shop chat (greetings, sizes, stock, shipping,
bargaining, cross-sells, order checks, goodbyes), with the slips the rubric looks for mixed in at
realistic rates: curt answers, 你 for 您, exclamation marks, banned phrases, links, repeats.
"""
import random
import sys

PRODUCTS = ["连衣裙", "碎花裙", "针织衫", "牛仔裤", "卫衣", "羽绒服", "小白鞋", "双肩包", "保温杯",
            "蓝牙耳机", "手机壳", "面霜", "防晒霜", "坚果礼盒", "茶叶", "床单四件套", "运动鞋", "衬衫"]
ADDONS = ["腰带", "开衫", "袜子", "钢化膜", "数据线", "小样", "围巾", "收纳袋", "替换装", "帽子"]
COLORS = ["白色", "黑色", "米色", "蓝色", "粉色", "卡其色", "灰色"]
SIZES = ["S码", "M码", "L码", "XL码", "均码", "37码", "38码"]
CITIES = ["杭州市西湖区文三路", "上海市浦东新区张江路", "北京市朝阳区建国路", "广州市天河区体育西路",
          "成都市武侯区科华北路", "南京市鼓楼区中山路"]
NAMES = ["王女士", "李先生", "陈小姐", "赵先生", "刘女士"]

GREET = ["亲，您好，欢迎光临～", "您好呀，欢迎来到小店", "亲，在的哦", "在的呢，有什么可以帮您？",
         "亲，您好，很高兴为您服务", "晚上好亲", "您好"]
INQUIRE = ["请问您平时穿什么码呢？", "方便说一下您的身高体重吗？", "是自己穿还是送人呀？",
           "您比较喜欢什么颜色呢", "您的预算大概多少呢？", "主要是什么场合穿呀"]
STOCK = ["这款{p}现货充足哦", "{c}{s}还有货的", "{p}有现货，放心拍", "这个颜色卖得很好，库存不多了",
         "{c}暂时断码了，您看看{c2}可以吗", "这款没货了，您看看那款，版型差不多"]
RECOMMEND = ["按您的身高体重，{s}会比较合身", "推荐您拍{s}，穿着刚好", "这款{p}面料透气，穿着很舒服",
             "{c}更显白哦", "这款是我们的爆款，好评很多", "建议您选{c}，百搭"]
OBJECTION = ["不合身的话支持七天无理由退换，您放心", "运费险也有的，退换没有后顾之忧",
             "这已经是活动价了，利润真的很薄", "质量您放心，都是正品", "理解您的顾虑，其实这款不起球的",
             "算下来每天只要几毛钱"]
UPSELL = ["再带一条{a}会更好看哦", "{p}搭配我们的{a}很出效果，一起买还能减10元",
          "第二件半价，可以给家人也带一件", "满199减30，您再凑一件就很划算", "加9.9元可以换购{a}"]
CLOSE = ["今天下单还能赶上活动价", "喜欢的话可以直接拍下", "库存不多了，尽快拍哦"]
CONFIRM = ["跟您核对一下订单：{c}{s}，收件人{n}，电话138{d4}{d4b}，寄到{city}{num}号",
           "您拍的是{c}{s}对吧？", "和您确认下地址：{city}{num}号"]
SHIP = ["今天下单今天发货", "明天一早给您发顺丰", "已经给您备注好了，48小时内发出", "单号稍后同步给您"]
FAREWELL = ["感谢您的支持，祝您购物愉快", "有问题随时联系我哦", "欢迎下次再来～", "感谢惠顾"]
CURT = ["好的。", "有。", "没有", "嗯", "不行", "可以", "发了"]
RUDE = ["不知道，你自己看详情页", "我也没办法", "爱买不买", "都说了没货了", "我们规定不能改价",
        "包邮？不可能的", "不清楚，问快递去"]
RISKY = ["加我微信吧，私下给您便宜", "您点这个链接领券：http://example.com/q", "你要什么颜色",
         "难道您没看详情页吗？", "这不是写得很清楚吗", "你先拍下，我改价"]
TAILS = ["", "", "", "哦", "呢", "～", "哈", "呀", "！", "!", "！！", "。", "😊", "[微笑]"]


def fill(template, r):
    return template.format(
        p=r.choice(PRODUCTS), a=r.choice(ADDONS), c=r.choice(COLORS), c2=r.choice(COLORS),
        s=r.choice(SIZES), n=r.choice(NAMES), city=r.choice(CITIES), num=r.randint(1, 300),
        d4=f"{r.randint(0, 9999):04d}", d4b=f"{r.randint(0, 9999):04d}")


def reply(r, previous):
    roll = r.random()
    if roll < 0.05 and previous:
        return r.choice(previous)  # a canned reply sent again
    if roll < 0.12:
        return r.choice(CURT)
    if roll < 0.16:
        return r.choice(RUDE)
    if roll < 0.20:
        return r.choice(RISKY)
    groups = [GREET, INQUIRE, STOCK, RECOMMEND, OBJECTION, UPSELL, CLOSE, CONFIRM, SHIP, FAREWELL]
    parts = [fill(r.choice(r.choice(groups)), r) for _ in range(r.choice([1, 1, 2, 2, 3]))]
    text = "，".join(parts) + r.choice(TAILS)
    return text if r.random() > 0.3 else "亲，" + text


def main():
    lines = int(sys.argv[1])
    r = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 20261123)
    previous = []
    out = sys.stdout
    for _ in range(lines):
        text = reply(r, previous)
        previous.append(text)
        if len(previous) > 20:
            previous.pop(0)
        out.write(text + "\n")


if __name__ == "__main__":
    main()

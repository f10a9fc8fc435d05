import Foundation
import KefuRubric
import XCTest

@testable import KefuRecords

final class ChatLogTests: XCTestCase {
  func parse(_ text: String, seller: String? = nil) throws -> ChatLog {
    try ChatLogReader.parse(text, path: "log.txt", seller: seller)
  }

  func error(_ text: String, seller: String? = nil) -> String {
    do {
      _ = try parse(text, seller: seller)
      return "(parsed)"
    } catch {
      return "\(error)"
    }
  }

  func testPlainLogWithRoleWordsAndTimestamps() throws {
    let log = try parse(
      """
      [00:00] 顾客: 在吗？
      [00:02] 顾客：这条裙子还有货吗
      [00:09] 客服: 亲，在的哦，现货充足
      第二行也是这条消息
      [1:02:03] 买家: 好的
      """)
    XCTAssertEqual(log.format, .plain)
    XCTAssertEqual(log.entries.map(\.role), [.buyer, .buyer, .seller, .buyer])
    XCTAssertEqual(log.entries.map(\.ms), [0, 2000, 9000, 3_723_000])
    XCTAssertEqual(log.entries[2].text, "亲，在的哦，现货充足\n第二行也是这条消息")
    XCTAssertEqual(log.entries.map(\.line), [1, 2, 3, 5])
  }

  func testPlainLogWhoseMinuteClockPassesTheHour() throws {
    let log = try parse("[59:58] 顾客: 在吗\n[00:03] 客服: 在的亲")
    XCTAssertEqual(log.entries.map(\.ms), [0, 5000])
  }

  func testPlainLogNicknameWithAColonIsTakenWholeWhenTheLogShowsIt() throws {
    let log = try parse(
      """
      [10:00:00] 小王爱逛街: 在吗？尺码: M 有货吗
      [10:00:04] 花花旗舰店:小美: 亲，在的哦
      [10:00:30] 小王爱逛街: 好的
      [10:00:33] 花花旗舰店:小美: 备注: 明天发货
      """)
    XCTAssertEqual(log.nicknames, ["小王爱逛街", "花花旗舰店:小美"])
    XCTAssertEqual(log.sellerNicknames, ["花花旗舰店:小美"])
    XCTAssertEqual(log.entries.map(\.text), ["在吗？尺码: M 有货吗", "亲，在的哦", "好的", "备注: 明天发货"])
    // One line is not enough to tell; `--seller` is.
    let once = "[00:00] 小王: 在吗\n[00:03] 花花旗舰店:小美: 亲，在的"
    XCTAssertEqual(try parse(once, seller: "花花旗舰店:小美").entries[1].text, "亲，在的")
    XCTAssertEqual(try parse(once, seller: "花花旗舰店:小美").entries[1].role, .seller)
  }

  func testShopExportWithColonsAndSpacesInNicknamesAndMultiLineMessages() throws {
    let log = try parse(
      """
      tb 买家 小美 2026-11-23 14:05:09
      在吗
      这条裙子还有货吗

      花花旗舰店:小丽 2026-11-23 14:05:14
      亲，您好，在的哦
      现货充足
      tb 买家 小美 2026-11-23 14:06:00
      好的，我拍了
      """)
    XCTAssertEqual(log.format, .shopExport)
    XCTAssertEqual(log.nicknames, ["tb 买家 小美", "花花旗舰店:小丽"])
    XCTAssertEqual(log.sellerNicknames, ["花花旗舰店:小丽"])
    XCTAssertEqual(log.entries.map(\.role), [.buyer, .seller, .buyer])
    XCTAssertEqual(log.entries.map(\.text), ["在吗\n这条裙子还有货吗", "亲，您好，在的哦\n现货充足", "好的，我拍了"])
    XCTAssertEqual(log.entries.map(\.ms), [0, 5000, 51000])
    XCTAssertEqual(log.startedAt, "2026-11-23 14:05:09")
  }

  func testSellerIsInferredFromTheGreetingWhenNoNicknameLooksLikeAShop() throws {
    let log = try parse(
      """
      小王 2026-11-23 14:05:09
      在吗
      阿杰 2026-11-23 14:05:12
      亲，您好，欢迎光临
      """)
    XCTAssertEqual(log.sellerNicknames, ["阿杰"])
  }

  func testSellerThatCannotBeToldIsAnErrorListingTheNicknames() {
    let text = """
      小王 2026-11-23 14:05:09
      在吗
      阿杰 2026-11-23 14:05:12
      在
      """
    XCTAssertEqual(
      error(text), "log.txt: 无法判断谁是客服。聊天记录里的昵称：「小王」、「阿杰」。请用 --seller 昵称 指定客服一方")
    XCTAssertEqual(
      error(text, seller: "小李"), "log.txt: 聊天记录里没有昵称「小李」。找到的昵称：「小王」、「阿杰」。请用 --seller 指定其中的客服昵称")
    XCTAssertEqual(try parse(text, seller: "小王 ").sellerNicknames, ["小王"])
  }

  func testSellerGivenAsTheShopNameCoversItsSubAccounts() throws {
    let log = try parse(
      """
      花花旗舰店:小丽 2026-11-23 14:05:09
      亲，在的
      花花旗舰店:小美 2026-11-23 14:05:19
      亲，我来接待您
      顾客甲 2026-11-23 14:05:29
      好
      """, seller: "花花旗舰店")
    XCTAssertEqual(log.sellerNicknames, ["花花旗舰店:小丽", "花花旗舰店:小美"])
  }

  func testGarbageIsAnErrorWithItsLineNumber() {
    XCTAssertTrue(
      error("\n\n这不是聊天记录\n[00:01] 顾客: 在吗").hasPrefix("log.txt:3: 无法识别的聊天记录格式：「这不是聊天记录」"))
    XCTAssertEqual(error("   \n"), "log.txt: 文件是空的，没有聊天记录")
    XCTAssertEqual(
      error("[00:10] 顾客: 在吗\n[00:05] 客服: 在的"), "log.txt:2: 时间 00:05 比上一条消息早，聊天记录的顺序不对")
    XCTAssertEqual(
      error("小王 2026-11-23 14:05:09\n在吗\n阿杰 2026-11-23 14:05:01\n在"),
      "log.txt:3: 时间 2026-11-23 14:05:01 比上一条消息早，聊天记录的顺序不对")
  }

  func testGB18030LogsAreDecoded() throws {
    let plain = Array(
      Data(
        base64Encoded:
          "WzAwOjAwXSC5y7/NOiDU2sLwo7/V4sz1yLnX07u509C79cLwClswMDowNF0gv823/jogx9ejrNTatcTFtqOsz9a79bPk1+MKWzAwOjEwXSC5y7/NOiC6w7XEo6zO0sXEwcsK"
      )!)
    let (text, encoding) = try ChatLogReader.decode(plain, path: "gbk.txt")
    XCTAssertEqual(encoding, "GB18030")
    let log = try ChatLogReader.parse(text, path: "gbk.txt", seller: nil)
    XCTAssertEqual(log.entries.map(\.text), ["在吗？这条裙子还有货吗", "亲，在的哦，现货充足", "好的，我拍了"])

    let shop = Array(
      Data(
        base64Encoded:
          "dGJfwvK80tChw8AgMjAyNi0xMS0yMyAxNDowNTowOQrU2sLwCtPQu/XC8Aq7qLuoxuy9orXqOtChwPYgMjAyNi0xMS0yMyAxNDowNToxMwrH16OsxPq6w6Os1Nq1xMW2Cg=="
      )!)
    let dir = NSTemporaryDirectory() + "kefu-gbk-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    _ = FileManager.default.createFile(atPath: dir + "/shop.txt", contents: Data(shop))
    let log2 = try ChatLogReader.read(path: dir + "/shop.txt", seller: nil)
    XCTAssertEqual(log2.encoding, "GB18030")
    XCTAssertEqual(log2.nicknames, ["tb_买家小美", "花花旗舰店:小丽"])
    XCTAssertEqual(log2.entries.map(\.role), [.buyer, .seller])
    XCTAssertEqual(log2.entries[0].text, "在吗\n有货吗")
  }

  func testOutcomeOfALogComesFromTheBuyersWords() {
    func outcome(_ buyer: String...) -> Outcome? {
      OutcomeSignals.infer(buyer.map { RecordedMessage(role: .buyer, text: $0, ms: 0) })
    }
    XCTAssertEqual(outcome("在吗", "好的，我拍了"), .deal)
    XCTAssertEqual(outcome("已付款，记得发货"), .deal)
    XCTAssertEqual(outcome("我还没拍", "不拍了"), nil)
    XCTAssertEqual(outcome("太贵了", "算了，不要了"), .lost)
    XCTAssertEqual(outcome("算了", "那我再看看"), nil)
  }

  /// Play-test round 16: a log whose buyer opens with a broken parcel is after-sales — no
  /// chance to sell, so no tier (not 三等 for handling it well); a pre-sales question about
  /// couriers or returns still offers one.
  func testALogOpeningWithAnAfterSalesMatterShowsNoTier() throws {
    func offers(_ opening: String...) -> Bool {
      SalesSignals.offersSales(
        opening.map { RecordedMessage(role: .buyer, text: $0, ms: 0) }
          + [RecordedMessage(role: .seller, text: "亲，您好", ms: 3000)]
          + [RecordedMessage(role: .buyer, text: "要退款", ms: 6000)])
    }
    XCTAssertFalse(offers("你们怎么包装的", "碗碎了两个"))
    XCTAssertFalse(offers("买的台灯一直不亮，质量问题吧"))
    XCTAssertTrue(offers("在吗", "这款发什么快递"))
    XCTAssertTrue(offers("不合适能退货吗"))
    let log = try parse(
      """
      [10:00:01] 顾客: 收到的碗碎了两个
      [10:00:05] 客服: 亲，您好，非常抱歉，麻烦拍下破损的照片，马上给您补发
      [10:00:30] 顾客: 好的，谢谢

      """)
    let graded = RecordGrader.grade(log, rubric: Rubric())
    XCTAssertNil(graded.grade.tier)
    XCTAssertFalse(graded.grade.stepReplies.keys.contains(.close))
  }
}

final class PrivacyMaskTests: XCTestCase {
  func testPhoneNumbersKeepTheirFirstThreeAndLastFourDigits() {
    XCTAssertEqual(PrivacyMask.mask("电话13812340000"), "电话138****0000")
    XCTAssertEqual(PrivacyMask.mask("电话 138 1234 0000，谢谢"), "电话 138****0000，谢谢")
    XCTAssertEqual(PrivacyMask.mask("+86-13812340000"), "138****0000")
    XCTAssertEqual(PrivacyMask.mask("１３８１２３４００００"), "138****0000")
    XCTAssertEqual(PrivacyMask.mask("座机0571-88886666"), "座机0571-****6666")
    XCTAssertEqual(PrivacyMask.mask("订单号 238123400001234 已发货"), "订单号 238123400001234 已发货")
    XCTAssertEqual(PrivacyMask.mask("身高160，体重100斤"), "身高160，体重100斤")
  }

  func testAddressesKeepProvinceAndCity() {
    XCTAssertEqual(
      PrivacyMask.mask("收件人张三，浙江省杭州市西湖区文三路90号3幢201室"), "收件人张三，浙江省杭州市****")
    XCTAssertEqual(PrivacyMask.mask("地址：北京市朝阳区建国路88号"), "地址：北京市****")
    XCTAssertEqual(PrivacyMask.mask("广西壮族自治区南宁市青秀区民族大道100号"), "广西壮族自治区南宁市****")
    XCTAssertEqual(PrivacyMask.mask("送到文三路90号3幢"), "****")
    XCTAssertEqual(
      PrivacyMask.mask("杭州市西湖区华润超市旁边3号楼"), "杭州市****", "a later 超市 does not uncover the street")
  }

  func testOrdinaryRepliesAreLeftAlone() {
    for text in [
      "亲，我们从浙江省杭州市发货，明天就到", "亲，按您的身高体重，M码会比较合身", "我们会在11月3号发货", "市区内次日达哦",
    ] {
      XCTAssertEqual(PrivacyMask.mask(text), text)
    }
  }
}

import KefuText
import XCTest

final class PinyinOrderTests: XCTestCase {
  func testNamesSortByPinyinNotByCodePoint() {
    let names = ["王小明", "丙", "老师", "张三", "李四", "阿明"]
    XCTAssertEqual(
      PinyinOrder.sorted(names, by: { [$0] }), ["阿明", "丙", "老师", "李四", "王小明", "张三"])
  }

  func testClassesThenNames() {
    let rows = [("二班", "张三"), ("一班", "王五"), ("一班", "艾米"), ("二班", "安安")]
    let sorted = PinyinOrder.sorted(rows, by: { [$0.0, $0.1] })
    XCTAssertEqual(sorted.map { $0.0 + $0.1 }, ["二班安安", "二班张三", "一班艾米", "一班王五"])
  }

  func testLatinNamesAndTiesKeepAStableOrder() {
    XCTAssertEqual(PinyinOrder.pinyin("王小明"), "wang xiao ming")
    XCTAssertEqual(PinyinOrder.pinyin("Amy"), "amy")
    let items = [("李四", 2), ("李四", 1), ("Bob", 3)]
    let sorted = PinyinOrder.sorted(items, by: { [$0.0] }, tieBreak: { $0.1 < $1.1 })
    XCTAssertEqual(sorted.map(\.1), [3, 1, 2])
  }
}

final class PinyinBatchTests: XCTestCase {
  static let names: [String] = {
    let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗欧阳司马单长乐")
    let given = Array("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚行重朝音安恩儿女吕绿")
    var rng = SplitMix64(seed: 7)
    var out: [String] = []
    for _ in 0..<300 {
      var s = String(surnames[rng.below(surnames.count)])
      for _ in 0...rng.below(3) { s.append(given[rng.below(given.count)]) }
      out.append(s)
    }
    return out + [
      "电商1班", "电商(2)班", "Tom张", "张 三", "张三2", "阿卜杜·买买提", "李A", "A李", "小明😀", "西安", "先",
      "Amy", "", "é", "Ⅱ班", "張三", "嗯嗯",
    ]
  }()

  func testTransliteratingTogetherGivesEachTextsOwnPinyin() {
    XCTAssertEqual(PinyinOrder.pinyin(Self.names), Self.names.map { PinyinOrder.pinyin($0) })
    // A text with a line break of its own is transliterated on its own.
    let broken = ["张\n三", "李四", "王五"]
    XCTAssertEqual(PinyinOrder.pinyin(broken), broken.map { PinyinOrder.pinyin($0) })
  }

  func testRankedSortKeepsTheOrderOfComparingKeys() {
    var rng = SplitMix64(seed: 11)
    let classes = ["电商1班", "电商2班", "物流班", ""]
    let items = (0..<2000).map { i in
      (classes[rng.below(classes.count)], Self.names[rng.below(Self.names.count)], i)
    }
    // The order as it was defined: every comparison compares the pinyin keys.
    var order = PinyinOrder()
    let keys = items.map { [order.key($0.0), order.key($0.1)] }
    let expected = items.indices.sorted { i, j in
      if keys[i] != keys[j] { return keys[i].lexicographicallyPrecedes(keys[j]) }
      return items[i].2 > items[j].2
    }.map { items[$0].2 }
    let sorted = PinyinOrder.sorted(items, by: { [$0.0, $0.1] }, tieBreak: { $0.2 > $1.2 })
    XCTAssertEqual(sorted.map(\.2), expected)
  }
}

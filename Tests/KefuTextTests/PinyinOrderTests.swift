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

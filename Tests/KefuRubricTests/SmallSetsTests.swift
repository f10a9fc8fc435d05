import KefuScenario
import XCTest

@testable import KefuRubric

/// The bit sets the step reading uses instead of `Set<Step>` / `Set<Int>` answer as those would.
final class SmallSetsTests: XCTestCase {
  func testEveryStepsOrdinalIsItsPlaceInTheFlow() {
    for (i, step) in Step.allCases.enumerated() { XCTAssertEqual(step.ordinal, i, "\(step)") }
  }

  func testStepSetAgreesWithSetForEveryStep() {
    XCTAssertLessThanOrEqual(Step.allCases.count, 16, "StepSet keeps a bit per step in 16 bits")
    var bits = StepSet()
    var set = Set<Step>()
    for (i, step) in Step.allCases.enumerated() where i % 3 != 1 {
      bits.insert(step)
      set.insert(step)
    }
    bits.remove(.close)
    set.remove(.close)
    for step in Step.allCases { XCTAssertEqual(bits.contains(step), set.contains(step), "\(step)") }
    XCTAssertEqual(bits.count, set.count)
    let selling: StepSet = [.greet, .inquire]
    XCTAssertEqual(bits.isDisjoint(with: selling), set.isDisjoint(with: [.greet, .inquire]))
    XCTAssertTrue(StepSet().isEmpty)
  }

  func testClauseSetAgreesWithSetBeyondSixtyFour() {
    let a: ClauseSet = [0, 3, 63, 64, 130, 70]
    let b: ClauseSet = [3, 70, 200]
    let sa: Set<Int> = [0, 3, 63, 64, 130, 70]
    let sb: Set<Int> = [3, 70, 200]
    XCTAssertEqual(Array(a), sa.sorted())
    XCTAssertEqual(Array(a.union(b)), sa.union(sb).sorted())
    XCTAssertEqual(Array(a.subtracting(b)), sa.subtracting(sb).sorted())
    for k in -1...201 { XCTAssertEqual(a.contains(k), sa.contains(k), "\(k)") }
    XCTAssertTrue(ClauseSet().isEmpty)
    XCTAssertFalse(b.isEmpty)
  }
}

import Foundation
import KefuScenario
import XCTest

@testable import KefuRubric

/// `kefu check` judges on worker threads, each with `Rubric.copyForAnotherThread()` made on its
/// own thread: the copy must judge every reply exactly as the rubric it was copied from.
final class RubricCopyTests: XCTestCase {
  struct Verdict: Equatable {
    var steps: [Step]
    var findings: [Finding]
    var rhetorical: Bool
    var exclamations: Int
    var upsell: Bool
    var forbidden: [String]

    init(_ j: ReplyJudgement) {
      (steps, findings, rhetorical) = (j.steps, j.findings, j.rhetorical)
      (exclamations, upsell, forbidden) = (j.exclamations, j.upsell, j.forbidden)
    }
  }

  func verdicts(_ rubric: Rubric, _ examples: [RuleExample]) -> [Verdict] {
    examples.map { Verdict(rubric.judge($0.text, context: $0.context)) }
  }

  func testACopyMadeOnAnotherThreadJudgesAsTheOriginal() {
    var settings = RubricSettings.standard
    settings.wordEdits = [WordBook.Edit(family: "greet", add: true, words: ["喵喵驾到"])]
    let original = Rubric(settings: settings)
    let examples =
      original.rules.flatMap { $0.description.triggers + $0.description.passes }
      + [RuleExample("喵喵驾到，这双鞋现在拍下今天就发哦")]
    XCTAssertGreaterThan(examples.count, 100)
    let expected = verdicts(original, examples)
    // The rubric file's edit (a greeting of its own) reaches the copy too.
    XCTAssertEqual(expected.last?.steps, [.greet, .close, .ship])
    XCTAssertFalse(
      Rubric().judge(examples.last!.text, context: ReplyContext()).steps.contains(.greet))

    /// Written by the worker before it signals, read here after the wait.
    final class Box: @unchecked Sendable { var verdicts: [Verdict] = [] }
    let onTheOtherThread = Box()
    let done = DispatchSemaphore(value: 0)
    let worker = Thread {
      let copy = original.copyForAnotherThread()
      onTheOtherThread.verdicts = self.verdicts(copy, examples)
      done.signal()
    }
    worker.start()
    done.wait()
    XCTAssertEqual(onTheOtherThread.verdicts.count, expected.count)
    for (k, (got, want)) in zip(onTheOtherThread.verdicts, expected).enumerated() where got != want
    {
      XCTFail("「\(examples[k].text)」: the copy judged \(got), the original \(want)")
    }
  }
}

// swift-tools-version:5.10
// kefu takes no third-party packages: Foundation, the standard library and the C library only.
// No swiftSettings on purpose: exclusivity off, cross-module optimisation, LTO and PGO were
// measured for `kefu check` and gave nothing or did not build (Tools/bench-check/README.md).
import PackageDescription

let package = Package(
  name: "kefu",
  platforms: [.macOS(.v13)],
  products: [.executable(name: "kefu", targets: ["kefu"])],
  targets: [
    .target(name: "KefuText"),
    .target(name: "KefuScenario", dependencies: ["KefuText"]),
    .target(name: "KefuRubric", dependencies: ["KefuText", "KefuScenario"], exclude: ["Words", "Model/step_model.weights"]),
    .target(name: "KefuEngine", dependencies: ["KefuText", "KefuScenario", "KefuRubric"]),
    .target(name: "KefuRecords", dependencies: ["KefuText", "KefuScenario", "KefuRubric", "KefuEngine"]),
    .target(
      name: "KefuNet",
      dependencies: ["KefuText", "KefuScenario", "KefuRubric", "KefuEngine", "KefuRecords"]),
    .target(
      name: "KefuTerminal",
      dependencies: [
        "KefuText", "KefuScenario", "KefuRubric", "KefuEngine", "KefuRecords", "KefuNet",
      ]),
    .executableTarget(
      name: "kefu",
      dependencies: [
        "KefuText", "KefuScenario", "KefuRubric", "KefuEngine", "KefuRecords", "KefuTerminal",
        "KefuNet",
      ]),
    .testTarget(name: "KefuTextTests", dependencies: ["KefuText"]),
    .testTarget(name: "KefuScenarioTests", dependencies: ["KefuScenario", "KefuRubric"]),
    .testTarget(name: "KefuRubricTests", dependencies: ["KefuRubric", "KefuScenario"]),
    .testTarget(name: "KefuEngineTests", dependencies: ["KefuEngine", "KefuScenario", "KefuRubric"]),
    .testTarget(name: "KefuRecordsTests", dependencies: ["KefuRecords", "KefuEngine"]),
    .testTarget(
      name: "KefuTerminalTests",
      dependencies: [
        "KefuTerminal", "KefuEngine", "KefuScenario", "KefuRubric", "KefuNet", "KefuRecords",
      ]),
    .testTarget(
      name: "KefuNetTests",
      dependencies: ["KefuNet", "KefuEngine", "KefuScenario", "KefuRubric", "KefuRecords"]),
    .testTarget(name: "KefuCLITests", dependencies: ["kefu"], exclude: ["Fixtures"]),
  ]
)

// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "LossLab",
    products: [
        .executable(name: "losslab", targets: ["losslab"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // System libraries: a module map and a small shim header each.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .systemLibrary(name: "CCmarkGFM", path: "Sources/CCmarkGFM"),

        // Pure Swift layers, lowest first; no arrow runs upward (DESIGN.md §2).
        .target(name: "LossKit"),
        .target(name: "CellGrid"),
        .target(name: "LossPlot", dependencies: ["LossKit", "CellGrid"]),
        .target(name: "TrainingKit", dependencies: ["LossKit"], exclude: ["DATA-LICENSES.md"]),
        .target(name: "LessonKit", dependencies: ["CCmarkGFM", "LossKit", "TrainingKit", "CellGrid"]),
        // The learner's progress: the model (pure), and the state file that holds it on disk.
        .target(name: "ProgressKit"),
        .target(name: "StateStore", dependencies: ["ProgressKit"]),
        .target(name: "LossLabApp", dependencies: ["LossKit", "CellGrid", "LossPlot", "LessonKit", "ProgressKit", "TrainingKit"]),
        // Printable handouts of lessons: Markdown, HTML with inline SVG charts, plain text.
        .target(name: "Handouts", dependencies: ["LossKit", "CellGrid", "LossPlot", "LessonKit", "LossLabApp"]),
        .target(name: "TerminalBackend", dependencies: ["CNcursesw", "CellGrid", "LossLabApp"]),
        .executableTarget(
            name: "losslab",
            dependencies: [
                "LossKit", "CellGrid", "LossPlot", "LessonKit", "LossLabApp", "TerminalBackend", "ProgressKit", "StateStore",
                "TrainingKit", "Handouts",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "LossLabBench", dependencies: ["LossKit", "CellGrid", "LossPlot", "LossLabApp", "TrainingKit"]),
        // `swift run embed-lessons` copies Lessons/ into LessonKit; Foundation only, so it builds even when that copy does not.
        .executableTarget(name: "embed-lessons"),

        // Tests.
        .target(name: "TestSupport", dependencies: ["CellGrid"], path: "Tests/TestSupport"),
        .testTarget(name: "TestSupportTests", dependencies: ["TestSupport"]),
        .testTarget(name: "LossKitTests", dependencies: ["LossKit"], exclude: ["make_reference.py", "Fixtures"]),
        .testTarget(name: "TrainingKitTests", dependencies: ["TrainingKit"], exclude: ["make_reference.py"]),
        .testTarget(name: "LossPlotTests", dependencies: ["LossPlot", "CellGrid", "TestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "LessonKitTests", dependencies: ["LessonKit", "TrainingKit", "embed-lessons", "TestSupport"], exclude: ["Snapshots", "Fixtures"]),
        .testTarget(name: "ProgressTests", dependencies: ["ProgressKit", "StateStore"]),
        .testTarget(name: "LossLabAppTests", dependencies: ["LossLabApp", "ProgressKit", "TestSupport", "TrainingKit"], exclude: ["Snapshots"]),
        .testTarget(name: "TerminalBackendTests", dependencies: ["TerminalBackend", "LossLabApp"]),
        .testTarget(name: "CLITests", dependencies: ["TestSupport", "ProgressKit", "LessonKit"], exclude: ["Snapshots"]),
        .testTarget(name: "HandoutsTests", dependencies: ["Handouts", "LessonKit", "LossKit", "TestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

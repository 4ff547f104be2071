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
        .target(name: "LessonKit", dependencies: ["CCmarkGFM", "LossKit", "CellGrid"]),
        .target(name: "LossLabApp", dependencies: ["LossKit", "CellGrid", "LossPlot", "LessonKit"]),
        .target(name: "TerminalBackend", dependencies: ["CNcursesw", "CellGrid", "LossLabApp"]),
        .executableTarget(
            name: "losslab",
            dependencies: [
                "LossKit", "CellGrid", "LossPlot", "LessonKit", "LossLabApp", "TerminalBackend", "TrainingKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "LossLabBench", dependencies: ["LossKit", "CellGrid", "LossPlot", "LossLabApp", "TrainingKit"]),

        // Tests.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "LossKitTests", dependencies: ["LossKit"], exclude: ["make_reference.py"]),
        .testTarget(name: "TrainingKitTests", dependencies: ["TrainingKit"], exclude: ["make_reference.py"]),
        .testTarget(name: "LossPlotTests", dependencies: ["LossPlot", "TestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "LessonKitTests", dependencies: ["LessonKit", "TestSupport"], exclude: ["Snapshots", "Fixtures"]),
        .testTarget(name: "LossLabAppTests", dependencies: ["LossLabApp", "TestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "CLITests", dependencies: ["TestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

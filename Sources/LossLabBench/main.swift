// LossLabBench: performance figures, each printed side by side with a reference as a ratio.
// Usage: LossLabBench [NAME ...]   (no name runs them all; build with -c release)
// Benchmarks are not tests: they print numbers and never fail a build.

let benchmarks: [(name: String, run: () throws -> Void)] = [
    ("loss", LossBenchmark.run),
    ("plot", PlotBenchmark.run),
    ("app", AppBenchmark.run),
    ("lab", LabBenchmark.run),
    ("paste", PasteBenchmark.run),
    ("train", TrainBenchmark.run),
    ("read", ReadBenchmark.run),
    ("explain", ExplainBenchmark.run),
    ("trainscreen", TrainScreenBenchmark.run),
]

let wanted = Set(CommandLine.arguments.dropFirst())
let unknown = wanted.subtracting(benchmarks.map(\.name))
if !unknown.isEmpty {
    print("unknown benchmark: \(unknown.sorted().joined(separator: ", ")); choose from \(benchmarks.map(\.name).joined(separator: ", "))")
} else {
    for benchmark in benchmarks where wanted.isEmpty || wanted.contains(benchmark.name) {
        try benchmark.run()
    }
}

/// `LossLabBench [loss]`: benchmarks that print ratios against a reference measured in the same run.
///
/// Run with `swift run -c release LossLabBench` (all) or name one benchmark.
let chosen = Set(CommandLine.arguments.dropFirst())
let all = chosen.isEmpty

if all || chosen.contains("loss") { LossBenchmark.run() }

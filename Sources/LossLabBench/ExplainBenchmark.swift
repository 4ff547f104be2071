import Foundation

/// `losslab explain` on 10⁷ elements from two `.npy` files: time and peak memory against a numpy
/// script that computes the same loss and gradient and writes the same JSON, in the same run.
enum ExplainBenchmark {
    static let count = 10_000_000

    static func run() {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("losslab").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            print("explain: build losslab first (swift build -c release --product losslab)")
            return
        }
        let script = NumpyReference.folder.appendingPathComponent("numpy_explain.py").path
        // The same JSON, checked on 10⁴ elements.
        let small = ReadBenchmark.folder + "-small"
        _ = NumpyReference.figures("numpy_read.py", ["10000", small, "write"], expectsFigures: false)
        _ = NumpyReference.figures("numpy_read.py", [String(count), ReadBenchmark.folder, "write"], expectsFigures: false)
        let ours = output([binary] + arguments(small, "json"))
        let theirs = output(["/usr/bin/env", "python3", script, small + "/x.npy", small + "/xhat.npy"])
        print("explain --loss mse on \(count) elements from two .npy files (\(2 * count * 8 / 1_000_000) MB of data), lower is better")
        print("  on 10⁴ elements LossLab and numpy write " + (ours == theirs && !ours.isEmpty ? "the same JSON, byte for byte" : "DIFFERENT JSON!"))
        let base = measure([binary, "explain", "--loss", "mse", "--x", "1", "--xhat", "0", "--format", "json"])
        let data = Double(2 * count * 8) / 1e6
        let numpy = measure(["/usr/bin/env", "python3", script, ReadBenchmark.folder + "/x.npy", ReadBenchmark.folder + "/xhat.npy"])
        for format in ["json", "text"] {
            let run = measure([binary] + arguments(ReadBenchmark.folder, format))
            let memory = (run.megabytes - base.megabytes) / data
            var line = String(format: "  --format %@: LossLab %.2f s, peak %.0f MB = %.2f × the data + %.0f MB (target ≤ 1.5 ×)",
                              format, run.seconds, run.megabytes, memory, base.megabytes)
            if format == "json" {
                line += String(format: "\n    numpy script %.2f s, peak %.0f MB   time ratio %@ (target ≤ 0.5)", numpy.seconds, numpy.megabytes,
                               numpy.seconds > 0 ? String(format: "%.2f", run.seconds / numpy.seconds) : "n/a")
            }
            print(line)
        }
    }

    static func arguments(_ folder: String, _ format: String) -> [String] {
        ["explain", "--loss", "mse", "--x", "@\(folder)/x.npy", "--xhat", "@\(folder)/xhat.npy", "--format", format]
    }

    /// Wall time and peak resident memory of a command whose output is thrown away, from /usr/bin/time.
    static func measure(_ command: [String]) -> (seconds: Double, megabytes: Double) {
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("losslab-bench-time.txt").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        process.arguments = ["-f", "%e %M", "-o", report] + command
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        do { try process.run() } catch { return (0, 0) }
        process.waitUntilExit()
        let fields = ((try? String(contentsOfFile: report, encoding: .utf8)) ?? "").split(whereSeparator: \.isWhitespace)
        guard fields.count >= 2, let seconds = Double(fields[fields.count - 2]), let kilobytes = Double(fields[fields.count - 1]) else {
            return (0, 0)
        }
        return (seconds, kilobytes / 1024)
    }

    /// What a command writes to standard output.
    static func output(_ command: [String]) -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        let out = Pipe()
        process.standardOutput = out
        do { try process.run() } catch { return Data() }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }
}

import Foundation
import LossKit
import LossLabApp

/// The Lab on 10⁷ elements from two `.npy` files: opening against reading the files in the same run,
/// the keys that touch one element, a loss and a convention switch and a gradient-descent step spread
/// over ticks (the longest slice, the time to finish), and the peak memory of `losslab screen` doing
/// the same against the data.
enum LabBenchmark {
    static let count = ReadBenchmark.count
    static let repeats = 3

    static func run() {
        _ = NumpyReference.figures("numpy_read.py", [String(count), ReadBenchmark.folder, "write"], expectsFigures: false)
        let (x, xhat) = ("@\(ReadBenchmark.folder)/x.npy", "@\(ReadBenchmark.folder)/xhat.npy")
        guard FileManager.default.fileExists(atPath: ReadBenchmark.folder + "/xhat.npy") else {
            print("lab: no data files: numpy writes them (pip install numpy)")
            return
        }
        print("The Lab on \(count) elements from two float64 .npy files (\(2 * count * 8 / 1_000_000) MB of data), lower is better")
        let read = ReadBenchmark.best(repeats) {
            _ = try! VectorArgument.read(x, for: .x)
            _ = try! VectorArgument.read(xhat, for: .xhat)
        }
        var state = AppState(width: 80, height: 24, page: .lab, lab: LabState.example)
        let open = ReadBenchmark.best(repeats) {
            state = AppState(width: 80, height: 24, page: .lab, lab: lab(x, xhat))
            _ = LossLabApp.render(state)
        }
        print(String(format: "  opening (read, check, sum, first frame at 80×24): %.3f s   reading both files: %.3f s   ratio %.2f (target ≤ 2)",
                     open, read, open / read))
        print(String(format: "  the first tick after the first frame (the predictions get a buffer of their own): %.1f ms",
                     timed(&state, .tick) * 1e3))
        keys(&state)
        for (name, key) in [("loss MSE → BCE", "b"), ("convention exact → PyTorch", "c"), ("losses BCE → all three", "A"),
                            ("a gradient-descent step (s) on all three", "s"), ("undoing it (u)", "u"),
                            ("x̂ into logits z (z)", "z"), ("and back (z)", "z")] as [(String, Character)] {
            recompute(&state, name: name, key: .char(key))
        }
        // Other files typed into the x̂ field (x's numbers): a .npy is read at once, a text list in slices; then both are summed in slices.
        for (name, file) in [("x̂ = @x.npy typed into its field (read at once, then summed)", x),
                             ("x̂ = @x.txt typed into its field (read and summed in slices)", "@\(ReadBenchmark.folder)/x.txt")] {
            for event: Event in [.key(.char("e")), .key(.ctrl("u")), .paste(file)] { _ = LossLabApp.update(&state, event) }
            recompute(&state, name: name, key: .enter)
        }
        memory(x, xhat)
    }

    /// The Lab as `losslab lab --x X --xhat XHAT` opens it.
    static func lab(_ x: String, _ xhat: String) -> LabState {
        let read = try! VectorArgument.readBoth(x: x, xhat: xhat, losses: [Loss.initial])
        return LabState(input: read.input, x: (x, read.x), xhat: (xhat, read.xhat))
    }

    /// Median and longest update + settle + render of keys that touch one element: nudges, moves, steps.
    static func keys(_ state: inout AppState) {
        let keys: [Key] = [.char("]"), .char("}"), .down, .char("["), .char(" "), .char("{"), .up, .backspace]
        var times: [Double] = []
        for k in 0..<400 {
            times.append(timed(&state, .key(keys[k % keys.count])))
        }
        let sorted = times.sorted()
        let slowest = times.indices.max { times[$0] < times[$1] }!
        print(String(format: "  nudge / move / step keys at 80×24: median %.3f ms, 99th percentile %.3f ms, longest %.3f ms (key %d of %d) "
                     + "(target ≤ 16 ms)", sorted[sorted.count / 2] * 1e3, sorted[sorted.count * 99 / 100] * 1e3, sorted.last! * 1e3,
                     slowest + 1, times.count))
    }

    /// A key that recomputes every element, then ticks as the event loop would (back to back while the
    /// Lab ticks continuously, else sleeping out its interval) until it is done: the longest slice and
    /// the time from key to result.
    static func recompute(_ state: inout AppState, name: String, key: Key) {
        let clock = ContinuousClock()
        let start = clock.now
        var longest = timed(&state, .key(key))
        var slices = 1
        let interval = state.tickInterval ?? .zero
        var next = clock.now + interval
        while state.lab.isRecomputing {
            if !state.ticksContinuously { Thread.sleep(forTimeInterval: max(0, seconds(next - clock.now))) }
            next += interval
            longest = max(longest, timed(&state, .tick))
            slices += 1
        }
        let total = seconds(clock.now - start)
        let values = state.lab.losses.map { "\($0.shortName) \(state.lab.data.value($0))" }.joined(separator: ", ")
        print(String(format: "  %@: %d slices, longest %.1f ms (target ≤ 50 ms), done after %.3f s (target ≤ 1 s): %@",
                     name, slices, longest * 1e3, total, values))
    }

    /// Peak memory of `losslab screen` opening the Lab and switching its loss and convention, against
    /// the data's bytes, and of the same command on three numbers (the program's own floor).
    static func memory(_ x: String, _ xhat: String) {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("losslab").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            print("  memory: build losslab first (swift build -c release --product losslab)")
            return
        }
        let keys = "b<Wait 2s>c<Wait 2s>A<Wait 2s>s<Wait 2s>]]<Down>"
        let base = ExplainBenchmark.measure([binary, "screen", "--x", "1,0,1", "--xhat", "0.9,0.2,0.6", "--keys", keys])
        let run = ExplainBenchmark.measure([binary, "screen", "--x", x, "--xhat", xhat, "--keys", keys])
        let data = Double(2 * count * 8) / 1e6
        print(String(format: "  peak memory of losslab screen (open, b, c, A, s, nudges): %.0f MB = %.2f × the %.0f MB of data (target ≤ 2.5 ×); "
                     + "on three numbers %.0f MB", run.megabytes, run.megabytes / data, data, base.megabytes))
    }

    /// Seconds taken by one event, the settling after it and a frame.
    static func timed(_ state: inout AppState, _ event: Event) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        _ = LossLabApp.update(&state, event)
        LossLabApp.settle(&state)
        _ = LossLabApp.render(state)
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

import CellGrid
import Foundation
import LossKit
import LossLabApp

/// The app's speed: one key press in a 10⁵-element Lab, and start-up to the first frame in a pty.
enum AppBenchmark {
    static func run() {
        for losses in Loss.all.map({ [$0] }) + [Loss.all] { keyPress(losses) }
        idleTick()
        startUp()
    }

    /// Median update + render per key at 200×60 with 10⁵ elements showing `losses`, beside a bare render of an empty screen.
    static func keyPress(_ losses: [Loss]) {
        let n = 100_000
        var random = SystemRandomNumberGenerator()
        let x = (0..<n).map { _ in Double.random(in: 0...1, using: &random) < 0.5 ? 1.0 : 0.0 }
        let xhat = (0..<n).map { _ in Double.random(in: 0.05...0.95, using: &random) }
        let input = try! LossInput(x: x, xhat: xhat, losses: Loss.all)
        var state = AppState(width: 200, height: 60, page: .lab, lab: LabState(input: input, losses: losses))
        let keys: [Event] = [.key(.char("]")), .key(.char("[")), .key(.char("}")), .key(.char("{")), .key(.down), .key(.up)]
        var keyTimes: [Double] = []
        var emptyTimes: [Double] = []
        var checksum = 0
        for k in 0..<3000 {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = LossLabApp.update(&state, keys[k % keys.count])
            let drawn = timedRender(state)
            checksum &+= drawn.cells
            keyTimes.append(Double(DispatchTime.now().uptimeNanoseconds - start) - drawn.empty)
            emptyTimes.append(drawn.empty)
        }
        let key = median(keyTimes), empty = median(emptyTimes)
        let shown = losses.map(\.shortName).joined(separator: " and ")
        print("Lab key press at 200×60, n = \(n), \(shown) (median of \(keyTimes.count), lower is better)")
        print(String(format: "  update + render: %.3f ms (target ≤ 1 ms)   empty 200×60 screen: %.4f ms   ratio %.1f×",
                     key / 1e6, empty / 1e6, key / empty))
        let values = losses.map { "\($0.shortName) \(state.lab.data.value($0))" }.joined(separator: "  ")
        print("  loss after the nudges: \(values)  (checksum \(checksum))")
    }

    /// Median cost of a tick that changes nothing (update and settle, no redraw), on the 200×60 Lab with 10⁵ elements.
    static func idleTick() {
        let n = 100_000
        let input = try! LossInput(x: (0..<n).map { Double($0 % 2) }, xhat: (0..<n).map { 0.05 + 0.9 * Double($0 % 7) / 6 },
                                   losses: Loss.all)
        var state = AppState(width: 200, height: 60, page: .lab, lab: LabState(input: input))
        var times: [Double] = []
        var changed = 0
        for _ in 0..<3000 {
            let before = state
            let start = DispatchTime.now().uptimeNanoseconds
            _ = LossLabApp.update(&state, .tick)
            LossLabApp.settle(&state)
            let end = DispatchTime.now().uptimeNanoseconds
            times.append(Double(end - start))
            if state != before { changed += 1 }
        }
        print("Idle tick on the 200×60 Lab, n = \(n) (median of \(times.count), lower is better)")
        print(String(format: "  update + settle: %.5f ms (target ≤ 0.1 ms)   ticks that changed the state: %d", median(times) / 1e6, changed))
    }

    /// Median time from spawn to the first complete frame in a pty, for losslab and a C ncurses floor.
    static func startUp() {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let losslab = folder.appendingPathComponent("losslab").path
        guard FileManager.default.isExecutableFile(atPath: losslab) else {
            print("start-up: no losslab beside LossLabBench; build it first: swift build -c release --product losslab")
            return
        }
        guard let floor = compileFloor() else { return }
        var ours: [Double] = []
        var theirs: [Double] = []
        for _ in 0..<20 {
            if let t = PtySession.firstFrame([losslab], marker: "quit") { ours.append(t) }
            if let t = PtySession.firstFrame([floor], marker: "quit") { theirs.append(t) }
        }
        guard !ours.isEmpty, !theirs.isEmpty else {
            print("start-up: could not measure in a pty")
            return
        }
        let a = median(ours), b = median(theirs)
        print("Start-up to the first frame in an 80×24 pty (median of \(ours.count), lower is better)")
        print(String(format: "  losslab: %.2f ms   C ncurses floor: %.2f ms   ratio %.2f× (target ≤ 3×)", a / 1e6, b / 1e6, a / b))
    }

    /// Compiles Benchmarks/ncurses_floor.c now, so the floor is measured on this machine in this run.
    static func compileFloor() -> String? {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Benchmarks/ncurses_floor.c")
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("losslab-ncurses-floor-\(getpid())").path
        let cc = Process()
        cc.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        cc.arguments = ["cc", "-O2", source.path, "-lncursesw", "-o", output]
        do { try cc.run() } catch {
            print("start-up: could not run cc (\(error))")
            return nil
        }
        cc.waitUntilExit()
        guard cc.terminationStatus == 0 else {
            print("start-up: cc could not build \(source.path)")
            return nil
        }
        return output
    }

    /// Nanoseconds to render `state`, then to make an empty screen of its size (the floor a render is
    /// compared with), and a count of their cells to keep the work from being optimised away.
    static func timedRender(_ state: AppState) -> (render: Double, empty: Double, cells: Int) {
        let start = DispatchTime.now().uptimeNanoseconds
        let drawn = LossLabApp.render(state)
        let middle = DispatchTime.now().uptimeNanoseconds
        let empty = CellBuffer(width: state.width, height: state.height)
        let end = DispatchTime.now().uptimeNanoseconds
        return (Double(middle - start), Double(end - middle), drawn.cells.count &+ empty.cells.count)
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted[sorted.count / 2]
    }
}

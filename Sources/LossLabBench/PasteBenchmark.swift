import Foundation
import LossKit
import LossLabApp

/// Filling a Lab field with a long list: typed key by key and settled once, and as one bracketed paste.
enum PasteBenchmark {
    static func run() {
        fill(name: "1,000 values", payload(values: 1000))
        fill(name: "10 KB", payload(bytes: 10 * 1024))
    }

    /// `count` predictions such as "0.137", comma separated.
    static func payload(values count: Int) -> [Double] {
        (0..<count).map { Double(($0 * 7919) % 999 + 1) / 1000 }
    }

    /// As many predictions as fill `bytes` bytes of text.
    static func payload(bytes: Int) -> [Double] {
        var values: [Double] = []
        var length = 0
        for value in payload(values: bytes) {
            length += "\(value)".utf8.count + (values.isEmpty ? 0 : 2)
            if length > bytes { break }
            values.append(value)
        }
        return values
    }

    /// Times typing and pasting `xhat` into the x̂ field of an 80×24 Lab whose x has as many values.
    static func fill(name: String, _ xhat: [Double]) {
        let text = xhat.map { "\($0)" }.joined(separator: ", ")
        let x = xhat.indices.map { Double($0 % 2) }
        let lab = LabState(input: try! LossInput(x: x, xhat: [Double](repeating: 0.5, count: x.count), losses: Loss.all))
        func opened() -> AppState {
            var state = AppState(width: 80, height: 24, page: .lab, lab: lab)
            LossLabApp.run(&state, [.key(.char("e")), .key(.ctrl("u"))])
            return state
        }
        print("Filling the x̂ field with \(name) (\(xhat.count) values, \(text.utf8.count) bytes) at 80×24, lower is better")
        var typed = opened()
        let typing = time {
            for character in text { _ = LossLabApp.update(&typed, .key(.char(character))) }
            LossLabApp.settle(&typed)
            _ = LossLabApp.render(typed)
        }
        var pasted = opened()
        let pasting = time {
            _ = LossLabApp.update(&pasted, .paste(text))
            LossLabApp.settle(&pasted)
            _ = LossLabApp.render(pasted)
        }
        let ok = [typed, pasted].allSatisfy { $0.lab.data.predictions == xhat && $0.lab.inputError == nil }
        print(String(format: "  typed key by key, then settled: %.1f ms   one paste: %.1f ms   %@", typing, pasting,
                     ok ? "(both read every value)" : "(a value was not read!)"))
    }

    /// Milliseconds `body` takes.
    static func time(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    }
}

import Foundation

/// Runs a numpy script of Benchmarks/ and reads the figures it prints, one `name number` a line.
enum NumpyReference {
    /// The Benchmarks/ folder of this checkout.
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Benchmarks")

    /// The figures `script` prints; empty (said once) when python3 or numpy is missing, unless the
    /// script is only asked to write files (`expectsFigures` false).
    static func figures(_ script: String, _ arguments: [String], expectsFigures: Bool = true) -> [String: Double] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", folder.appendingPathComponent(script).path] + arguments
        let out = Pipe()
        process.standardOutput = out
        do { try process.run() } catch {
            print("numpy: could not run python3 (\(error)); printing LossLab's figures alone")
            return [:]
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var figures: [String: Double] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: " ")
            if fields.count >= 2, let value = Double(fields[1]) { figures[String(fields[0])] = value }
        }
        if figures.isEmpty && expectsFigures { print("numpy: no figures (is numpy installed? pip install numpy)") }
        return figures
    }

    /// `value / reference` as "0.42", or why there is no ratio.
    static func ratio(_ value: Double, _ reference: Double?) -> String {
        reference.map { String(format: "%.2f", value / $0) } ?? "n/a (numpy not available)"
    }
}

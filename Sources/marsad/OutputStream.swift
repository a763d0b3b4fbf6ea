import Foundation

/// Buffered writing to stdout or stderr.
struct OutputStream {
    private var buffer: [UInt8] = []
    private let handle: FileHandle

    static func stdout() -> OutputStream { OutputStream(handle: .standardOutput) }
    static func stderr() -> OutputStream { OutputStream(handle: .standardError) }

    private init(handle: FileHandle) {
        self.handle = handle
        buffer.reserveCapacity(1 << 16)
    }

    mutating func write(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func write(_ d: Data) {
        buffer.append(contentsOf: d)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}

func warn(_ s: String) {
    FileHandle.standardError.write(Data((s + "\n").utf8))
}

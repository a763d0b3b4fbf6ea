/// The token positions from `a` up to (not including) `b`; empty when `b <= a`. Positions
/// come from separate matches that may overlap, so a plain `a..<b` could trap.
@inline(__always)
func between(_ a: Int, _ b: Int) -> Range<Int> { a < b ? a..<b : a..<a }

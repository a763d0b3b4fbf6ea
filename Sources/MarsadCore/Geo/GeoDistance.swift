/// Great-circle distance on a spherical Earth (haversine), in kilometres.
public enum GeoDistance {
    public static func kilometres(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let r = 6371.0088
        let p = Double.pi / 180
        let dlat = (lat2 - lat1) * p, dlon = (lon2 - lon1) * p
        let a = sinApprox(dlat / 2) * sinApprox(dlat / 2)
            + cosApprox(lat1 * p) * cosApprox(lat2 * p) * sinApprox(dlon / 2) * sinApprox(dlon / 2)
        return 2 * r * asinApprox(min(1, a.squareRoot()))
    }

    // Series approximations keep the core free of Foundation; accurate to < 1e-9 for the
    // angles that occur (|x| ≤ π).
    static func sinApprox(_ x0: Double) -> Double {
        var x = x0
        while x > Double.pi { x -= 2 * Double.pi }
        while x < -Double.pi { x += 2 * Double.pi }
        var term = x, sum = x
        for n in 1...12 {
            term *= -x * x / Double((2 * n) * (2 * n + 1))
            sum += term
        }
        return sum
    }

    static func cosApprox(_ x: Double) -> Double { sinApprox(x + Double.pi / 2) }

    static func asinApprox(_ y: Double) -> Double {
        // Newton's method on sin(x) = y.
        var x = y
        for _ in 0..<30 {
            let c = cosApprox(x)
            if abs(c) < 1e-12 { break }
            let dx = (sinApprox(x) - y) / c
            x -= dx
            if abs(dx) < 1e-14 { break }
        }
        return x
    }
}
